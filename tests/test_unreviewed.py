"""Rows `loaders ingest` adds unreviewed are marked wherever they appear, and a filter hides them."""
from __future__ import annotations

import pytest

from app.query import Filters, count_unreviewed, filter_figures, filter_proposals, load_tables, parse_query_params
from conftest import TINY, open_page, write_tables
from loaders.build import load_dataset, write_build


@pytest.fixture
def with_candidates(tmp_path):
    tables = {k: [dict(r) for r in v] for k, v in TINY.items()}
    tables["figures"][0]["review"] = "candidate"      # summit-investment: extracted, not yet checked
    tables["proposals"][0]["review"] = "candidate"
    root = tmp_path / "build"
    write_build(load_dataset(write_tables(tmp_path / "data", tables)), root)
    return root


def test_the_filter_hides_candidates_and_only_them(with_candidates):
    t = load_tables(with_candidates)
    assert count_unreviewed(t) == 2
    shown = set(filter_figures(t, Filters())["figure_id"])
    hidden = set(filter_figures(t, Filters(hide_unreviewed=True))["figure_id"])
    assert shown - hidden == {"summit-investment"}
    assert filter_proposals(t, Filters(hide_unreviewed=True)).empty


def test_the_url_carries_the_filter():
    f, notes = parse_query_params({"unreviewed": ["hide"]}, {"theme": set(), "actor": set(), "source": set()})
    assert f.hide_unreviewed and not notes
    assert f.to_query_params() == {"unreviewed": "hide"}
    f, notes = parse_query_params({"unreviewed": ["<b>"]}, {"theme": set(), "actor": set(), "source": set()})
    assert not f.hide_unreviewed and notes


def test_candidates_are_marked_on_the_pages(with_candidates, monkeypatch):
    at = open_page(with_candidates, monkeypatch, "proposals")
    assert at.sidebar.toggle(key="f_unreviewed").value is False
    assert any(":orange-badge[à relire]" in m.value for m in at.markdown)
    at = open_page(with_candidates, monkeypatch, "figures")
    table = at.dataframe[-1].value      # the detail table, after the charts' data views
    assert "à relire" in set(table["Relecture"])


def test_hiding_candidates_from_the_url(with_candidates, monkeypatch):
    at = open_page(with_candidates, monkeypatch, "proposals", unreviewed="hide")
    assert at.sidebar.toggle(key="f_unreviewed").value is True
    assert "Aucun résultat" in " ".join(i.value for i in at.info)   # the only proposal is a candidate
