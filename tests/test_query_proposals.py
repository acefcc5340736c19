"""app/query/proposals.py: the matrix keeps the busiest actors; the list picks by lever and kind."""
from __future__ import annotations

import pandas as pd
import pytest

from app.query import load_tables
from app.query.proposals import kinds_present, picked_proposals
from reference import proposals_matrix


@pytest.fixture(scope="module")
def shipped(seed_build):
    return load_tables(seed_build)


def test_proposals_matrix_keeps_the_busiest_actors(shipped):
    full = proposals_matrix(shipped.proposals)
    two = proposals_matrix(shipped.proposals, n=2)
    assert two.total == full.total and two.cut
    assert two.rows["actor_id"].nunique() == 2
    per_actor = full.rows.groupby("actor_id")["proposals"].sum()
    assert set(two.rows["actor_id"]) == set(per_actor.sort_values(ascending=False).index[:2])
    assert full.rows["proposals"].sum() == shipped.proposals["actor_ids"].map(len).sum()


@pytest.mark.parametrize("as_category", [True, False])
def test_the_proposals_list_picks_by_lever_and_kind(as_category):
    kept = pd.DataFrame({"lever": ["funding", "rules", "funding"], "kind": ["call", "measure", "measure"]})
    if as_category:
        kept = kept.astype({"kind": pd.CategoricalDtype(["call", "measure", "priority"])})
    assert kinds_present(kept) == ["call", "measure"]   # only the kinds present, not the category's every value
    assert picked_proposals(kept, [], []).tolist() == [True, True, True]
    assert picked_proposals(kept, ["funding"], []).tolist() == [True, False, True]
    assert picked_proposals(kept, ["funding"], ["measure"]).tolist() == [False, False, True]
