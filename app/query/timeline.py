"""The Timeline's answers (events, dated figures and proposals on one time axis), and the time
charts the Figures and Proposals pages share: counts per period and the events drawn over them."""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, replace

import numpy as np
import pandas as pd

from .cache import per_build
from .figures import Capped
from .filters import Filters
from .select import filter_events, rows
from .tables import Tables

TIMELINE = 500    # most items on the timeline's lanes
DEBATE_START = dt.date(2019, 1, 1)   # the year the dataset's sources start: the Timeline opens on 2019-today
DENSE = 300       # more items than this in the window: the chart counts them per month or quarter
LATER = 200       # most items dated after today listed apart
EVENT_LAYER = 40  # most events drawn over another page's time chart


def time_step(when: pd.Series) -> str:
    """'month' when the dates span up to six years, else 'year': enough bars to read, not too many."""
    when = when.dropna()
    if when.empty or (when.max() - when.min()).days <= 6 * 366:
        return "month"
    return "year"


def placed_on_axis(frame: pd.DataFrame, step: str) -> tuple[pd.DataFrame, int, int]:
    """The rows of `frame` a time axis of `step` ('month' or 'year') can place, and the two counts it
    cannot, to be said apart: rows dated only by year on a month axis, and rows with no date of their
    own (their `when` is their source's publication, not when the thing happened). `frame` needs
    date and date_precision."""
    dated = frame["date"].notna().to_numpy()
    coarse = dated & (frame["date_precision"].astype(object).to_numpy() == "year") if step == "month" \
        else np.zeros(len(frame), dtype=bool)
    return frame[dated & ~coarse], int(coarse.sum()), int((~dated).sum())


def undated_in_view(t: Tables, f: Filters) -> int:
    """How many figures and proposals the filters keep have no date of their own (off the Timeline)."""
    return int((rows(t, "figures", f) & ~_dated(t, "figures")).sum()
               + (rows(t, "proposals", f) & ~_dated(t, "proposals")).sum())


def counts_over_time(frame: pd.DataFrame, by: str, step: str) -> pd.DataFrame:
    """Rows per period (first day of the month or year of `when`) and per value of `by`."""
    if frame.empty:
        return pd.DataFrame(columns=["period", by, "n"])
    period = frame["when"].dt.to_period("M" if step == "month" else "Y").dt.start_time
    out = (frame.assign(period=period).groupby(["period", by], observed=True).size()
           .rename("n").reset_index())
    return out.sort_values(["period", by], ignore_index=True)


def events_layer(events: pd.DataFrame, within: pd.Series | None = None, limit: int = EVENT_LAYER) -> pd.DataFrame:
    """The events to draw over a time chart: those inside the chart's dates, most recent first, at most `limit`."""
    rows = events
    if within is not None and within.notna().any():
        rows = rows[(rows["until"] >= within.min()) & (rows["when"] <= within.max())]
    return rows.sort_values("when", ascending=False).head(limit).sort_values("when")


def timeline_items(figures: pd.DataFrame, proposals: pd.DataFrame, events: pd.DataFrame,
                   lang: str, limit: int = TIMELINE) -> Capped:
    """Events, dated figures and proposals on one time axis, most recent first, at most `limit`.

    Columns: lane (event, figure, proposal), when, until, label, kind, ref (the row's id),
    source_id, precision, review. Figures and proposals without a date of their own are left out:
    their place would be their source's publication, not when the thing happened.
    """
    parts = [
        pd.DataFrame({"lane": "event", "when": events["when"], "until": events["until"],
                      "label": events["name_en" if lang == "en" else "name"], "kind": events["kind"].astype(str),
                      "ref": events["event_id"], "source_id": events["source_id"],
                      "precision": events["precision"].astype(str)}),
    ]
    dated = figures[figures["date"].notna()]
    parts.append(pd.DataFrame({"lane": "figure", "when": dated["when"], "until": dated["when"],
                               "label": dated[f"label_{lang}"], "kind": dated["measure"].astype(str),
                               "ref": dated["figure_id"], "source_id": dated["source_id"],
                               "precision": dated["date_precision"].astype(str)}))
    dated = proposals[proposals["date"].notna()]
    parts.append(pd.DataFrame({"lane": "proposal", "when": dated["when"], "until": dated["when"],
                               "label": dated[f"title_{lang}"], "kind": dated["kind"].astype(str),
                               "ref": dated["proposal_id"], "source_id": dated["source_id"],
                               "precision": dated["date_precision"].astype(str)}))
    for part, frame in zip(parts, (events, figures[figures["date"].notna()], proposals[proposals["date"].notna()])):
        part["review"] = frame["review"].astype(str) if "review" in frame else "accepted"
    items = pd.concat([p for p in parts if len(p)], ignore_index=True) if any(len(p) for p in parts) \
        else parts[0]
    items = items.sort_values(["when", "lane", "ref"], ascending=[False, True, True], ignore_index=True)
    return Capped(items.head(limit), len(items))


def timeline_in_view(t: Tables, f: Filters, lang: str, limit: int = TIMELINE) -> Capped:
    """`timeline_items` of what the filters keep (figures, proposals, events), without copying the kept
    rows: the dates of the kept dated rows pick the candidates (every row at least as recent as the
    `limit`-th most recent), and timeline_items orders those. Same rows, order and total."""
    events = filter_events(t, f)
    figures = np.flatnonzero(rows(t, "figures", f) & _dated(t, "figures"))
    proposals = np.flatnonzero(rows(t, "proposals", f) & _dated(t, "proposals"))
    # NaT reads as the smallest int64: last, as the sort puts it.
    # As seconds, whatever unit each table's `when` has: the three are compared as integers.
    whens = [events["when"].to_numpy().astype("datetime64[s]").view("i8"),
             t.figures["when"].to_numpy()[figures].astype("datetime64[s]").view("i8"),
             t.proposals["when"].to_numpy()[proposals].astype("datetime64[s]").view("i8")]
    total = sum(len(w) for w in whens)
    picked = [np.ones(len(w), dtype=bool) for w in whens]
    if total > limit:
        every = np.concatenate(whens)
        threshold = np.partition(every, total - limit)[total - limit]   # the limit-th most recent
        picked = [w >= threshold for w in whens]
    for keep in picked:   # one row of every lane that has some: the frame's dtypes stay those of all rows
        if len(keep) and not keep.any():
            keep[0] = True
    items = timeline_items(t.figures.iloc[figures[picked[1]]], t.proposals.iloc[proposals[picked[2]]],
                           events[picked[0]], lang, limit)
    return Capped(items.rows, total)


@per_build
def _dated(t: Tables, table: str) -> np.ndarray:
    """Mask of the rows of `table` with a date of their own."""
    return t.frames[table]["date"].notna().to_numpy()


@dataclass(frozen=True)
class TimelineWindow:
    """What the Timeline shows: the items inside its window (most recent first), those dated after
    today listed apart (soonest first), and how many are left out before the window or undated."""

    start: dt.date | None
    end: dt.date | None
    items: Capped
    later: Capped
    before: int
    undated: int


def timeline_window(t: Tables, f: Filters, lang: str, today: dt.date, everything: bool = False,
                    limit: int = TIMELINE) -> TimelineWindow:
    """The Timeline's window: the filters' own dates, else the debate's years (DEBATE_START to
    `today`), so that a 2050 target does not squeeze 2019-2026 into a corner. Items dated after today
    (projections, targets) are listed apart and counted; older ones are counted. `everything`: every
    date the filters keep, on one axis."""
    start = f.date_from or (None if everything else DEBATE_START)
    end = f.date_to or (None if everything else today)
    items = timeline_in_view(t, replace(f, date_from=start, date_to=end), lang, limit)
    starts, ends = _spans(t, f)
    later, before = Capped(items.rows.iloc[:0], 0), 0
    if end == today and not f.date_to:
        tomorrow = pd.Timestamp(today + dt.timedelta(days=1))
        n = int((starts >= tomorrow).sum())
        if n:
            rows_after = timeline_in_view(t, replace(f, date_from=tomorrow.date()), lang, max(n, 1)).rows
            rows_after = rows_after[rows_after["when"] >= tomorrow].sort_values(["when", "lane", "ref"], ignore_index=True)
            later = Capped(rows_after.head(LATER), n)
    if start == DEBATE_START and not f.date_from:
        before = int((ends < pd.Timestamp(start)).sum())
    return TimelineWindow(start, end, items, later, before, undated_in_view(t, f))


def _spans(t: Tables, f: Filters) -> tuple[pd.Series, pd.Series]:
    """First and last day of every dated item the filters keep (events, figures, proposals)."""
    events = filter_events(t, f)
    starts, ends = [events["when"]], [events["until"]]
    for table in ("figures", "proposals"):
        when = t.frames[table]["when"][rows(t, table, f) & _dated(t, table)]
        starts.append(when)
        ends.append(when)
    return pd.concat(starts, ignore_index=True), pd.concat(ends, ignore_index=True)


def density_step(start, end) -> str:
    """'month' for up to four years, else 'quarter': enough bars to read the rhythm, not too many."""
    return "month" if (pd.Timestamp(end) - pd.Timestamp(start)).days <= 4 * 366 else "quarter"


def timeline_density(t: Tables, f: Filters, window: TimelineWindow) -> tuple[pd.DataFrame, pd.DataFrame, str]:
    """Every item of the window counted per lane: per month or quarter those dated to the day or
    month (`period`, lane, n), and per year those dated only by year (`year`, lane, n), which a month
    would misplace in January. And the step used."""
    inside = replace(f, date_from=window.start, date_to=window.end)
    events = filter_events(t, inside)
    parts = [pd.DataFrame({"lane": "event", "when": events["when"].to_numpy(),
                           "precision": events["precision"].astype(object).to_numpy()})]
    for lane, table in (("figure", "figures"), ("proposal", "proposals")):
        keep = rows(t, table, inside) & _dated(t, table)
        frame = t.frames[table]
        parts.append(pd.DataFrame({"lane": lane, "when": frame["when"].to_numpy()[keep],
                                   "precision": frame["date_precision"].astype(object).to_numpy()[keep]}))
    items = pd.concat(parts, ignore_index=True)
    items["when"] = pd.to_datetime(items["when"])
    step = density_step(items["when"].min(), items["when"].max()) if len(items) else "month"
    by_year = items["precision"] == "year"
    fine = items[~by_year]
    period = fine["when"].dt.to_period("M" if step == "month" else "Q").dt.start_time
    per_period = (fine.assign(period=period).groupby(["period", "lane"]).size().rename("n").reset_index())
    coarse = items[by_year]
    per_year = (coarse.assign(year=coarse["when"].dt.year).groupby(["year", "lane"]).size().rename("n")
                .reset_index())
    return per_period, per_year, step
