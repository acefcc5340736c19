"""The Proposals and Export pages' fast paths (counts on the flattened lists' codes, export masks,
previews) give what the plain functions give, on a generated dataset under the scale tests' filters."""
from __future__ import annotations

import pandas as pd
import pytest

from app.exports import export_frame, to_csv_bytes
from app.query import (EXPORTED, export_preview, export_rows, export_table, export_tables, filter_proposals,
                       load_tables, proposal_mask, proposals_matrix_kept)
from reference import proposals_matrix
from support import filter_cases


@pytest.fixture(scope="module")
def fast(synthetic_root):
    return load_tables(synthetic_root)


@pytest.fixture(scope="module")
def filters(fast):
    return filter_cases(fast.figures)


@pytest.mark.parametrize("i", range(14))
def test_proposals_matrix_from_the_mask_is_the_exploded_one(fast, filters, i):
    f = filters[i]
    for n in (15, 3):
        ref, got = proposals_matrix(filter_proposals(fast, f), n), proposals_matrix_kept(fast, proposal_mask(fast, f), n)
        if ref.rows.empty:
            assert got.rows.empty and got.total == 0
            continue
        pd.testing.assert_frame_equal(got.rows, ref.rows)
        assert (got.total, got.shown, got.cut) == (ref.total, ref.shown, ref.cut)


@pytest.mark.parametrize("i", range(14))
def test_export_tables_one_by_one_and_their_previews_match_export_tables(fast, filters, i):
    f = filters[i]
    full, rows = export_tables(fast, f), export_rows(fast, f)
    assert list(rows) == list(full) == list(EXPORTED)
    for name in EXPORTED:
        assert int(rows[name].sum()) == len(full[name])
        one = export_table(fast, f, name)
        pd.testing.assert_frame_equal(one, full[name])
        assert to_csv_bytes(one) == to_csv_bytes(full[name])
        pd.testing.assert_frame_equal(export_frame(export_preview(fast, f, name, 50)), export_frame(full[name].head(50)))
