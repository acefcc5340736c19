"""The query layer: what each filter keeps, on the tiny dataset and on the shipped one."""
from __future__ import annotations

import datetime as dt

import pytest

from app.query import (Filters, NoTablesError, counts, filter_events, filter_figures, filter_proposals,
                       filter_sources, fold, headline_figures, load_tables)
from loaders.build import load_dataset, write_build
from reference import actor_network, proposals_by_actor_theme


@pytest.fixture
def tiny(tiny_data, tmp_path):
    write_build(load_dataset(tiny_data), tmp_path / "build")
    return load_tables(tmp_path / "build")


def ids(df, column):
    return sorted(df[column])


def test_no_filter_keeps_everything(tiny):
    assert ids(filter_figures(tiny, Filters()), "figure_id") == ["compute-share", "members", "summit-investment"]


def test_theme_actor_and_text_filters(tiny):
    assert ids(filter_figures(tiny, Filters(themes=("cloud",))), "figure_id") == ["compute-share", "members"]
    assert ids(filter_figures(tiny, Filters(actors=("afnum",))), "figure_id") == ["summit-investment"]
    # accents and case do not matter: 'annonces' finds 'Investissements annoncés'
    assert ids(filter_figures(tiny, Filters(q="ANNONCES")), "figure_id") == ["summit-investment"]
    assert filter_figures(tiny, Filters(q="zzz")).empty


def test_undated_figures_take_their_source_date(tiny):
    # compute-share has no date: it is placed at its source's publication (2025-09-09)
    kept = filter_figures(tiny, Filters(date_from=dt.date(2025, 9, 1), date_to=dt.date(2025, 9, 30)))
    assert ids(kept, "figure_id") == ["compute-share", "members"]


def test_events_overlapping_the_dates_are_kept(tiny):
    assert len(filter_events(tiny, Filters(date_from=dt.date(2025, 2, 11)))) == 1
    assert filter_events(tiny, Filters(date_from=dt.date(2025, 2, 12))).empty


def test_proposals_by_any_selected_actor(tiny):
    assert len(filter_proposals(tiny, Filters(actors=("afnum", "ghost")))) == 1
    assert filter_proposals(tiny, Filters(actors=("marc-charriere",))).empty


def test_sources_follow_actor_and_theme(tiny):
    assert len(filter_sources(tiny, Filters(actors=("marc-charriere",)))) == 1
    assert filter_sources(tiny, Filters(themes=("cloud",), q="zzz")).empty


def test_headline_puts_largest_money_first_then_a_share(tiny):
    assert list(headline_figures(tiny, Filters())["figure_id"]) == ["summit-investment", "compute-share"]


def test_missing_build_raises_a_plain_error(tmp_path):
    with pytest.raises(NoTablesError, match="loaders build"):
        load_tables(tmp_path / "nothing")


def test_fold_ignores_accents_and_case():
    assert fold("Numérique ÉTAT") == "numerique etat"


def test_shipped_heatmap_and_network(seed_build):
    t = load_tables(seed_build)
    matrix = proposals_by_actor_theme(t.proposals)
    assert matrix["proposals"].sum() >= len(t.proposals)
    edges = actor_network(t, Filters())
    assert (edges["sources"] >= 1).all() and len(edges) > 10
    n = counts(t, Filters())
    assert n["sources"] == 5 and n["proposals"] == len(t.proposals)
