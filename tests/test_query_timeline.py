"""app/query/timeline.py: counts per period, the timeline's lanes, the events drawn over a chart."""
from __future__ import annotations

import datetime as dt

import pandas as pd
import pytest

from app.query import (Filters, counts_over_time, events_layer, filter_events, filter_figures, filter_proposals,
                       load_tables, placed_on_axis, time_step, timeline_items)
from app.query.timeline import DEBATE_START, timeline_density, timeline_window


@pytest.fixture(scope="module")
def shipped(seed_build):
    return load_tables(seed_build)


def test_counts_over_time_by_month():
    frame = pd.DataFrame({"when": pd.to_datetime(["2025-01-05", "2025-01-20", "2025-03-01"]),
                          "kind": ["call", "call", "measure"]})
    out = counts_over_time(frame, "kind", "month")
    assert out.to_dict("records") == [
        {"period": pd.Timestamp("2025-01-01"), "kind": "call", "n": 2},
        {"period": pd.Timestamp("2025-03-01"), "kind": "measure", "n": 1}]
    assert time_step(frame["when"]) == "month"
    assert time_step(pd.Series(pd.to_datetime(["2010-01-01", "2025-01-01"]))) == "year"


def test_a_month_axis_places_only_items_dated_to_the_month_and_counts_the_rest_apart():
    frame = pd.DataFrame({"when": pd.to_datetime(["2025-03-04", "2025-01-01", "2025-01-01", "2025-02-01"]),
                          "date": [pd.Timestamp("2025-03-04").date(), pd.Timestamp("2025-01-01").date(), None,
                                   pd.Timestamp("2025-02-01").date()],
                          "date_precision": ["day", "year", None, "month"]})
    placed, by_year, undated = placed_on_axis(frame, "month")
    assert list(placed["date_precision"]) == ["day", "month"]   # never the year item under January
    assert (by_year, undated) == (1, 1)
    placed, by_year, undated = placed_on_axis(frame, "year")   # a year axis can place a year
    assert list(placed["date_precision"]) == ["day", "year", "month"]
    assert (by_year, undated) == (0, 1)


def test_timeline_holds_events_and_only_dated_figures_and_proposals(shipped):
    f = Filters()
    items = timeline_items(filter_figures(shipped, f), filter_proposals(shipped, f), filter_events(shipped, f), "fr")
    lanes = items.rows["lane"].value_counts()
    assert lanes["event"] == len(shipped.events)
    assert lanes["figure"] == shipped.figures["date"].notna().sum()
    assert lanes["proposal"] == shipped.proposals["date"].notna().sum()
    assert items.rows["when"].is_monotonic_decreasing
    capped = timeline_items(filter_figures(shipped, f), filter_proposals(shipped, f), filter_events(shipped, f),
                            "en", limit=5)
    assert capped.cut and len(capped.rows) == 5 and capped.total == items.total


def test_events_layer_keeps_events_inside_the_charts_dates(shipped):
    within = pd.Series(pd.to_datetime(["2024-03-01", "2024-03-31"]))
    names = set(events_layer(shipped.events, within)["event_id"])
    assert "rencontres-numeriques-strasbourg-2024" in names
    assert "sommet-action-ia-paris-2025" not in names


# --- the Timeline's window: the debate's years, what is left out counted -------------------------

TODAY = dt.date(2026, 6, 30)   # a fixed "today": the shipped corpus has targets after it (2030, 2050)


@pytest.fixture(scope="module")
def corpus(shipped_build):
    return load_tables(shipped_build)


def starts(t, table) -> pd.Series:
    """Each dated row's first day, read straight from the table (events: start)."""
    frame = t.frames[table]
    return pd.to_datetime(frame["start"] if table == "events" else frame["date"]).dropna()


def test_the_window_opens_on_the_debate_years_and_lists_later_deadlines_apart(corpus):
    w = timeline_window(corpus, Filters(), "fr", TODAY)
    assert (w.start, w.end) == (DEBATE_START, TODAY)
    rows = w.items.rows
    assert rows["when"].max() <= pd.Timestamp(TODAY) and rows["until"].min() >= pd.Timestamp(DEBATE_START)
    after = sum(int((starts(corpus, name) > pd.Timestamp(TODAY)).sum()) for name in ("events", "figures", "proposals"))
    assert w.later.total == after > 0
    assert (w.later.rows["when"] > pd.Timestamp(TODAY)).all() and w.later.rows["when"].is_monotonic_increasing
    assert pd.Timestamp("2050-01-01") in set(w.later.rows["when"])   # the 2050 projections: listed, not drawn
    assert w.undated == int(corpus.figures["date"].isna().sum() + corpus.proposals["date"].isna().sum())
    everything = timeline_window(corpus, Filters(), "fr", TODAY, everything=True)
    assert everything.later.total == everything.before == 0
    assert w.items.total + w.later.total + w.before == everything.items.total   # every item said somewhere


def test_dates_the_reader_picks_replace_the_default_window(corpus):
    f = Filters(date_from=dt.date(2024, 1, 1), date_to=dt.date(2024, 12, 31))
    w = timeline_window(corpus, f, "fr", TODAY)
    assert (w.start, w.end, w.before, w.later.total) == (f.date_from, f.date_to, 0, 0)
    assert w.items.rows["when"].dt.year.eq(2024).any() and (w.items.rows["when"].dt.year <= 2024).all()


def test_density_counts_every_item_of_the_window_and_year_items_per_year(corpus):
    w = timeline_window(corpus, Filters(), "fr", TODAY)
    per_period, per_year, step = timeline_density(corpus, Filters(), w)
    assert step == "quarter"   # 2019 to mid-2026: more than four years
    assert int(per_period["n"].sum() + per_year["n"].sum()) == w.items.total
    year_only = sum(int((corpus.frames[name]["date_precision"].astype(object) == "year").to_numpy()
                        [(corpus.frames[name]["date"].notna()).to_numpy()
                         & (pd.to_datetime(corpus.frames[name]["date"]) >= pd.Timestamp(DEBATE_START)).to_numpy()
                         & (pd.to_datetime(corpus.frames[name]["date"]) <= pd.Timestamp(TODAY)).to_numpy()].sum())
                    for name in ("figures", "proposals"))
    year_events = corpus.events[(corpus.events["precision"].astype(object) == "year")
                                & (corpus.events["until"] >= pd.Timestamp(DEBATE_START))
                                & (corpus.events["when"] <= pd.Timestamp(TODAY))]
    assert int(per_year["n"].sum()) == year_only + len(year_events) > 0   # none of them in a January bar
    assert (pd.to_datetime(per_period["period"]).dt.month.isin([1, 4, 7, 10])).all()
