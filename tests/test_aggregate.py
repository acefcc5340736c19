"""What the Figures, Proposals and Timeline charts are drawn from: capped, ordered, honest."""
from __future__ import annotations

import datetime as dt

import pandas as pd
import pytest

from app.query import counts_over_time, events_layer, largest_figures, mixes_periods, time_step, timeline_items
from app.query import Filters, filter_events, filter_figures, filter_proposals, load_tables
from app.ticks import date_ticks, value_ticks
from tests.reference import measures_present, proposals_matrix, top_actor_ids


@pytest.fixture(scope="module")
def shipped(shipped_build):
    return load_tables(shipped_build)


def test_largest_figures_are_compared_in_euros_and_capped(shipped):
    money = largest_figures(shipped.figures, "money", limit=3)
    assert money.total == (shipped.figures["measure"] == "money").sum() and money.cut
    assert list(money.rows["plotted"]) == sorted(money.rows["plotted"], reverse=True)
    # 500 Md$ (Stargate) converted at the 2025 rate outranks 300 Md€: dollars are not euros
    assert money.rows.iloc[0]["figure_id"] == "stargate-total-investment"
    assert money.rows.iloc[0]["plotted"] == pytest.approx(5e11 / 1.1293)
    shares = largest_figures(shipped.figures, "share")
    assert not shares.cut and set(shares.rows["plotted"]) == {50.0, 25.0, 4.0}


def test_measures_in_reading_order(shipped):
    assert list(measures_present(shipped.figures)) == ["money", "share", "count"]
    assert sum(measures_present(shipped.figures).values()) == len(shipped.figures)


def test_annual_beside_one_off_amounts_is_flagged(shipped):
    money = shipped.figures[shipped.figures["measure"] == "money"]
    assert mixes_periods(money)                           # 264 Md€ a year beside 109 Md$ announced
    assert not mixes_periods(money[money["period"] != "annual"])


def test_proposals_matrix_keeps_the_busiest_actors(shipped):
    full = proposals_matrix(shipped.proposals)
    two = proposals_matrix(shipped.proposals, n=2)
    assert two.total == full.total and two.cut
    assert two.rows["actor_id"].nunique() == 2
    per_actor = full.rows.groupby("actor_id")["proposals"].sum()
    assert set(two.rows["actor_id"]) == set(per_actor.sort_values(ascending=False).index[:2])
    assert full.rows["proposals"].sum() == shipped.proposals["actor_ids"].map(len).sum()


def test_top_actor_ids_counts_and_breaks_ties_by_id():
    assert top_actor_ids(pd.Series(["b", "a", "b", None, "c", "a"]), n=2) == ["a", "b"]


def test_counts_over_time_by_month():
    frame = pd.DataFrame({"when": pd.to_datetime(["2025-01-05", "2025-01-20", "2025-03-01"]),
                          "kind": ["call", "call", "measure"]})
    out = counts_over_time(frame, "kind", "month")
    assert out.to_dict("records") == [
        {"period": pd.Timestamp("2025-01-01"), "kind": "call", "n": 2},
        {"period": pd.Timestamp("2025-03-01"), "kind": "measure", "n": 1}]
    assert time_step(frame["when"]) == "month"
    assert time_step(pd.Series(pd.to_datetime(["2010-01-01", "2025-01-01"]))) == "year"


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


@pytest.mark.parametrize("values, log, ticks", [
    ([3e6, 4.4e11], True, [1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12]),
    ([0, 47], False, [0.0, 10.0, 20.0, 30.0, 40.0, 50.0]),
    ([4, 50], False, [0.0, 10.0, 20.0, 30.0, 40.0, 50.0]),
    ([], True, []),
])
def test_value_ticks_cover_the_values(values, log, ticks):
    assert value_ticks(values, log) == pytest.approx(ticks)


def test_date_ticks_are_french_month_names_or_years():
    ticks, texts = date_ticks(["2024-03-20", "2025-12-10"], "fr")
    assert texts[0] == "janv. 2024" and ticks[0] == dt.date(2024, 1, 1) and len(ticks) <= 8
    _, english = date_ticks(["2024-03-20", "2025-12-10"], "en")
    assert english[0] == "Jan 2024"
    _, years = date_ticks(["2015-01-01", "2025-12-10"], "fr")
    assert all(len(y) == 4 for y in years)


def test_largest_figures_keep_ties_in_table_order_at_the_cut():
    """Equal values at the cut: the first rows of the table are kept, in table order, whatever the
    order a partial sort leaves them in (the charts and the table then show the same figures)."""
    import numpy as np
    values = [5.0, 9.0, 5.0, 7.0, 5.0, np.nan, 5.0, 9.0]
    figures = pd.DataFrame({"figure_id": [f"f{i}" for i in range(8)], "measure": "count", "value": values,
                            "value_eur": np.nan})
    got = largest_figures(figures, "count", limit=5)
    assert list(got.rows["figure_id"]) == ["f1", "f7", "f3", "f0", "f2"]
    assert got.total == 8
    everything = largest_figures(figures, "count", limit=20)
    assert list(everything.rows["figure_id"]) == ["f1", "f7", "f3", "f0", "f2", "f4", "f6", "f5"]   # no value last
    kept = largest_figures(figures, "count", limit=2, keep=np.array([True, False] * 4))
    assert list(kept.rows["figure_id"]) == ["f0", "f2"] and kept.total == 4


@pytest.mark.parametrize("as_category", [True, False])
def test_the_proposals_list_picks_by_lever_and_kind(as_category):
    from app.query.proposals import kinds_present, picked_proposals
    kept = pd.DataFrame({"lever": ["funding", "rules", "funding"], "kind": ["call", "measure", "measure"]})
    if as_category:
        kept = kept.astype({"kind": pd.CategoricalDtype(["call", "measure", "priority"])})
    assert kinds_present(kept) == ["call", "measure"]   # only the kinds present, not the category's every value
    assert picked_proposals(kept, [], []).tolist() == [True, True, True]
    assert picked_proposals(kept, ["funding"], []).tolist() == [True, False, True]
    assert picked_proposals(kept, ["funding"], ["measure"]).tolist() == [False, False, True]
