"""app/query/timeline.py: counts per period, the timeline's lanes, the events drawn over a chart."""
from __future__ import annotations

import pandas as pd
import pytest

from app.query import (Filters, counts_over_time, events_layer, filter_events, filter_figures, filter_proposals,
                       load_tables, placed_on_axis, time_step, timeline_items)


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
