"""`python -m bench run` on the tests' small synthetic dataset: every page is measured and reported (no timing asserted)."""
from __future__ import annotations

import json

import pytest

from app.frame import PAGES
from bench.run import run_benchmark, save, table
from support import SYNTHETIC_FIGURES


@pytest.fixture(scope="module")
def result(synthetic_root):
    return run_benchmark(SYNTHETIC_FIGURES, synthetic_root, repeat=2, browser=False, timeout=120,
                         echo=lambda _: None)


def test_every_router_page_is_run_cold_then_rerun_after_a_filter_change(result):
    assert [p["page"] for p in result["pages"]] == [key for _, key, _, _ in PAGES]
    for p in result["pages"]:
        assert p["error"] is None, p
        assert p["cold_s"] > 0 and len(p["warm_s"]) == 2
        assert p["cold_bytes"] > 1000 and all(b > 1000 for b in p["warm_bytes"])   # a page sends its elements


def test_query_steps_and_exports_are_timed_on_the_filtered_rows(result):
    assert set(result["steps_median_s"]) >= {"filter_figures", "counts", "export_tables"}
    assert result["exports"]["rows"] == SYNTHETIC_FIGURES          # fewer than 50,000 figures: all of them
    assert result["exports"]["csv_bytes"] > SYNTHETIC_FIGURES * 50 and result["exports"]["excel_bytes"] > 0


def test_the_report_names_every_page_and_the_commit_and_is_saved_as_json(result, tmp_path):
    text = table(result)
    for _, key, _, _ in PAGES:
        assert f"| {key} |" in text
    assert result["commit"] in text and "Served app not measured" not in text
    out = save(result, tmp_path / "r.json")
    assert json.loads(out.read_text())["figures"] == SYNTHETIC_FIGURES
