"""Shaping filtered frames for the Figures, Proposals and Timeline charts.

The second half of the query layer: `query.py` loads and filters, this module
turns what the filters keep into the small frames a chart draws. Every chart
frame is capped (`limit`), so no page ships a million points to the browser;
the functions say how many rows there were before the cap.
"""
from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import pandas as pd

from .query import (Filters, Tables, _pointing_at, figure_mask, filter_events, proposal_mask,
                    proposals_by_actor_theme)

MEASURE_ORDER = ("money", "share", "count", "duration")   # the order a reader wants them in
POINTS = 300      # most points a scatter of single figures draws
ACTORS = 15       # rows of the actor charts and of the proposals matrix
TIMELINE = 500    # most items on the timeline's lanes
EVENT_LAYER = 40  # most events drawn over another page's time chart


@dataclass(frozen=True)
class Capped:
    """A chart's rows and how many things there were before the cap (rows, or actors for a matrix)."""

    rows: pd.DataFrame
    total: int
    shown: int | None = None   # things kept, when they are not the rows (actors of the matrix)

    @property
    def cut(self) -> bool:
        return (len(self.rows) if self.shown is None else self.shown) < self.total


def plotted_value(figures: pd.DataFrame) -> pd.Series:
    """What a chart puts on the value axis: euros for money (any currency compared), else the value."""
    is_money = figures["measure"] == "money"
    return figures["value_eur"].where(is_money & figures["value_eur"].notna(), figures["value"])


def measures_present(figures: pd.DataFrame) -> dict[str, int]:
    """How many figures of each measure, in the order a reader wants them: money, share, count."""
    found = figures["measure"].value_counts()
    return {m: int(found[m]) for m in MEASURE_ORDER if found.get(m, 0)}


def largest_figures(figures: pd.DataFrame, measure: str, limit: int = POINTS,
                    keep: np.ndarray | None = None) -> Capped:
    """The figures of one measure (among the `keep` mask's), largest plotted value first (those
    without a value last), at most `limit`, with a `plotted` column.

    Reads the value columns and takes only the rows it returns: no copy of what the filters keep.
    """
    mask = (figures["measure"] == measure).to_numpy()
    if keep is not None:
        mask = mask & keep
    positions = np.flatnonzero(mask)
    values = figures["value"].to_numpy(dtype=float)[positions]
    if measure == "money":   # plotted_value of these rows, read from two columns rather than copied rows
        eur = figures["value_eur"].to_numpy(dtype=float)[positions]
        values = np.where(np.isnan(eur), values, eur)
    ranked = np.where(np.isnan(values), -np.inf, values)
    candidates = np.arange(len(positions))
    if len(positions) > limit:   # the `limit` largest of a million without sorting them all
        kth = -np.partition(-ranked, limit - 1)[limit - 1]
        candidates = np.flatnonzero(ranked >= kth)   # every value tied with the last one kept too
    # Largest first; equal values in table order, so the charts and the table keep the same ties.
    top = candidates[np.lexsort((positions[candidates], -ranked[candidates]))][:limit]
    rows = figures.iloc[positions[top]].assign(plotted=values[top])
    return Capped(rows, len(positions))


def largest_money(t: Tables, f: Filters, limit: int = POINTS) -> Capped:
    """The largest amounts in euros the filters keep (those without a rate to euros left out).

    Kept per filters (the Overview's chart, what most visits open first): callers must not change it."""
    def compute() -> Capped:
        keep = figure_mask(t, f) & t.figures["value_eur"].notna().to_numpy()
        return largest_figures(t.figures, "money", limit, keep)
    return t.remembered(("largest_money", f.without_lang(), limit), compute)


def measures_kept(t: Tables, keep: np.ndarray) -> dict[str, int]:
    """measures_present of the figures the `keep` mask holds, counted on the column's codes (no copy)."""
    column = t.figures["measure"]
    if not isinstance(column.dtype, pd.CategoricalDtype):
        return measures_present(t.figures[keep])
    counts = np.bincount(column.cat.codes.to_numpy()[keep] + 1, minlength=len(column.cat.categories) + 1)[1:]
    found = dict(zip(column.cat.categories, counts))
    return {m: int(found[m]) for m in MEASURE_ORDER if found.get(m, 0)}


def top_actors_kept(t: Tables, keep: np.ndarray, n: int = ACTORS) -> list[str]:
    """top_actor_ids of the figures the `keep` mask holds, counted on the actors' row numbers."""
    counts = np.bincount(t.positions["figures.actor"][keep] + 1, minlength=len(t.actors) + 1)[1:]
    found = np.flatnonzero(counts)
    ids = t.actors["actor_id"].to_numpy()[found]
    order = sorted(range(len(found)), key=lambda i: (-counts[found[i]], ids[i]))
    return [str(ids[i]) for i in order[:n]]


def of_actors(t: Tables, actors: list[str]) -> np.ndarray:
    """Mask of the figures said by one of `actors`."""
    return _pointing_at(t, "figures.actor", "actors", "actor_id", actors, t.figures["actor_id"])


def top_actor_ids(ids: pd.Series, n: int = ACTORS) -> list[str]:
    """The `n` actor ids met most often in `ids` (ties broken by id, so the order is stable); the
    Figures page counts on row numbers (`top_actors_kept`), this stays as the plain definition."""
    counts = ids.dropna().value_counts()
    counts = counts.rename_axis("id").reset_index(name="n").sort_values(["n", "id"], ascending=[False, True])
    return list(counts["id"].head(n))


def mixes_periods(money: pd.DataFrame) -> bool:
    """True when annual amounts sit beside multi-year or one-off announced ones: not like for like."""
    annual = money["period"] == "annual"
    return bool(annual.any() and (~annual).any())


def proposals_matrix(proposals: pd.DataFrame, n: int = ACTORS) -> Capped:
    """Proposals per (actor, theme) for the `n` actors with the most proposals; total = actors before the cap."""
    pairs = proposals_by_actor_theme(proposals)
    if pairs.empty:
        return Capped(pairs, 0)
    per_actor = pairs.groupby("actor_id")["proposals"].sum()
    per_actor = per_actor.rename_axis("id").reset_index(name="n").sort_values(["n", "id"], ascending=[False, True])
    keep = list(per_actor["id"].head(n))
    return Capped(pairs[pairs["actor_id"].isin(keep)].reset_index(drop=True), len(per_actor), len(keep))


def time_step(when: pd.Series) -> str:
    """'month' when the dates span up to six years, else 'year': enough bars to read, not too many."""
    when = when.dropna()
    if when.empty or (when.max() - when.min()).days <= 6 * 366:
        return "month"
    return "year"


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


def proposals_matrix_kept(t: Tables, keep: np.ndarray, n: int = ACTORS) -> Capped:
    """proposals_matrix of the proposals the `keep` mask holds, counted on the flattened actor lists'
    codes: no copy or explode of the kept proposals (200,000 at scale)."""
    index, df = t.lists.get("proposals"), t.proposals
    if (index is None or index.size != len(df) or not isinstance(df.index, pd.RangeIndex)
            or not isinstance(df["theme"].dtype, pd.CategoricalDtype)):
        return proposals_matrix(df[keep], n)
    actors, ids = t.derived("proposals.actor_codes", lambda: pd.factorize(index.items.to_numpy(dtype=object), sort=True))
    themes = df["theme"].cat.codes.to_numpy()[index.rows]
    width = len(df["theme"].cat.categories)
    kept = keep[index.rows] & (themes >= 0)
    cells = np.bincount(actors[kept].astype(np.int64) * width + themes[kept], minlength=len(ids) * width)
    found = np.flatnonzero(cells)
    if not len(found):
        return proposals_matrix(df.iloc[:0], n)
    pairs = pd.DataFrame({"actor_id": pd.Series(np.asarray(ids, dtype=object)[found // width], dtype="str"),
                          "theme": pd.Categorical.from_codes(found % width, dtype=df["theme"].dtype),
                          "proposals": cells[found].astype(np.int64)})
    per_actor = pairs.groupby("actor_id")["proposals"].sum()
    per_actor = per_actor.rename_axis("id").reset_index(name="n").sort_values(["n", "id"], ascending=[False, True])
    top = list(per_actor["id"].head(n))
    return Capped(pairs[pairs["actor_id"].isin(top)].reset_index(drop=True), len(per_actor), len(top))


def timeline_in_view(t: Tables, f: Filters, lang: str, limit: int = TIMELINE) -> Capped:
    """`timeline_items` of what the filters keep (figures, proposals, events), without copying the kept
    rows: the dates of the kept dated rows pick the candidates (every row at least as recent as the
    `limit`-th most recent), and timeline_items orders those. Same rows, order and total."""
    events = filter_events(t, f)
    figures = np.flatnonzero(figure_mask(t, f) & t.derived(
        "figures.dated", lambda: t.figures["date"].notna().to_numpy()))
    proposals = np.flatnonzero(proposal_mask(t, f) & t.derived(
        "proposals.dated", lambda: t.proposals["date"].notna().to_numpy()))
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


def newest_proposals(t: Tables, rows: np.ndarray, limit: int) -> pd.DataFrame:
    """The first `limit` of the proposals at `rows`, newest first (then by rank, then id; undated last):
    only the newest `limit` (and any tie with the last) are taken and sorted, not all of them."""
    stamps = t.proposals["when"].to_numpy()[rows]
    dated = ~np.isnat(stamps)
    if len(rows) > limit and dated.sum() >= limit:
        ticks = stamps[dated].astype(np.int64)
        cut = np.partition(ticks, len(ticks) - limit)[len(ticks) - limit]
        rows = rows[dated][ticks >= cut]
    return (t.proposals.iloc[rows].sort_values(["when", "rank", "proposal_id"], ascending=[False, True, True],
                                               na_position="last").head(limit))
