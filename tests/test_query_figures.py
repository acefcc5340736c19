"""app/query/figures.py: the Figures page's frames, capped, ordered, money compared in euros."""
from __future__ import annotations

import numpy as np
import pandas as pd
import pytest

from app.query import largest_figures, load_tables, measures_kept, mixes_periods
from reference import measures_present, top_actor_ids


@pytest.fixture(scope="module")
def shipped(seed_build):
    return load_tables(seed_build)


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
    everything = np.ones(len(shipped.figures), dtype=bool)
    assert measures_kept(shipped, everything) == measures_present(shipped.figures)
    assert list(measures_kept(shipped, everything)) == ["money", "share", "count"]
    assert sum(measures_kept(shipped, everything).values()) == len(shipped.figures)


def test_annual_beside_one_off_amounts_is_flagged(shipped):
    money = shipped.figures[shipped.figures["measure"] == "money"]
    assert mixes_periods(money)                           # 264 Md€ a year beside 109 Md$ announced
    assert not mixes_periods(money[money["period"] != "annual"])


def test_top_actor_ids_counts_and_breaks_ties_by_id():
    assert top_actor_ids(pd.Series(["b", "a", "b", None, "c", "a"]), n=2) == ["a", "b"]


def test_largest_figures_keep_ties_in_table_order_at_the_cut():
    """Equal values at the cut: the first rows of the table are kept, in table order, whatever the
    order a partial sort leaves them in (the charts and the table then show the same figures)."""
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
