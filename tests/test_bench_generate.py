"""`python -m bench generate`: a synthetic dataset the loaders' schema accepts, shaped like real data."""
from __future__ import annotations

import datetime as dt
import json

import numpy as np
import pyarrow.compute as pc
import pyarrow.parquet as pq
import pytest
from click.testing import CliRunner

from app.query import Filters, counts, load_tables
from bench.__main__ import bench
from bench.generate import Sizes, check_tables, generate_tables, write_synthetic
from loaders.french.amounts import parse_amount
from loaders.schema import TABLES, arrow_schema

FIGURES = 5_000


@pytest.fixture(scope="module")
def tables():
    return generate_tables(FIGURES, seed=3)


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    root = tmp_path_factory.mktemp("synthetic")
    report = write_synthetic(root, FIGURES, seed=3)
    return root, report


def test_every_row_fits_the_loaders_schema(tables):
    assert set(tables) == set(TABLES)
    for name, table in tables.items():
        assert table.schema.equals(arrow_schema(name)), name
    # every row of every table through the pydantic models, keys, references, cited actors mentioned
    check_tables(tables, sample=10**9)


def test_the_written_build_has_the_loaders_layout_and_the_app_reads_it(built):
    root, report = built
    assert (root / "current").is_symlink() and (root / "current").resolve() == report.path
    for name in TABLES:
        assert pq.read_schema(report.path / f"{name}.parquet").equals(arrow_schema(name))
    manifest = json.loads((report.path / "manifest.json").read_text())
    assert manifest["rows"]["figures"] == FIGURES
    t = load_tables(root)
    assert counts(t, Filters())["figures"] == FIGURES


def test_sizes_at_one_million_figures_are_those_of_the_issue():
    size = Sizes.for_figures(1_000_000)
    assert (size.sources, size.actors, size.proposals, size.events) == (100_000, 2_000, 200_000, 20_000)


def test_rows_follow_the_sizes(tables):
    size = Sizes.for_figures(FIGURES)
    assert [tables[n].num_rows for n in ("figures", "sources", "actors", "proposals", "events")] == [
        size.figures, size.sources, size.actors, size.proposals, size.events]
    assert 15 <= tables["themes"].num_rows <= 25   # the real taxonomy, about twenty themes


def test_same_seed_same_data_other_seed_other_data():
    a, b, c = generate_tables(500, seed=1), generate_tables(500, seed=1), generate_tables(500, seed=2)
    assert a["figures"].equals(b["figures"]) and a["proposals"].equals(b["proposals"])
    assert not a["figures"].equals(c["figures"])


def _top_share(column, top: int) -> float:
    counts_ = np.sort(pc.value_counts(column.combine_chunks()).field("counts").to_numpy())[::-1]
    return counts_[:top].sum() / counts_.sum()


def test_a_few_themes_actors_and_sources_dominate(tables):
    themes = tables["themes"].num_rows
    assert _top_share(tables["figures"]["theme"], 3) > 3 * 3 / themes   # three themes: far over their share
    actors = tables["actors"].num_rows
    assert _top_share(tables["mentions"]["actor_id"], actors // 10) > 0.4   # a tenth of actors: most mentions
    sources = tables["sources"].num_rows
    assert _top_share(tables["figures"]["source_id"], sources // 10) > 0.3


def test_ten_years_of_dates(tables):
    dates = tables["figures"]["date"].drop_null()
    assert pc.min(dates).as_py() >= dt.date(2014, 1, 1) and pc.max(dates).as_py() <= dt.date(2025, 12, 31)
    years = set(pc.year(tables["sources"]["published"].drop_null()).to_pylist())
    assert years == set(range(2016, 2026))


def test_labels_have_realistic_lengths(tables):
    for column in ("label_fr", "label_en"):
        lengths = pc.utf8_length(tables["figures"][column]).to_numpy()
        assert 25 <= np.median(lengths) <= 120, column
    assert np.median(pc.utf8_length(tables["sources"]["title"]).to_numpy()) >= 30


def test_raw_reads_back_as_the_row_value(tables):
    figures = tables["figures"].slice(0, 400).to_pylist()
    for row in figures:
        amount = parse_amount(row["raw"])
        assert (amount.measure, amount.bound) == (row["measure"], row["bound"]), row["raw"]
        assert amount.value == pytest.approx(row["value"]), row["raw"]


def test_review_is_mostly_accepted_with_a_few_candidates(tables):
    for name in ("figures", "proposals", "events", "sources"):
        if "review" not in arrow_schema(name).names:
            continue
        review = tables[name]["review"].to_pylist()
        assert set(review) <= {"accepted", "candidate"}
        assert review.count("accepted") > 0.9 * len(review), name


def test_cli_writes_a_dataset_and_says_how_big(tmp_path):
    result = CliRunner().invoke(bench, ["generate", "--figures", "300", "--out", str(tmp_path)])
    assert result.exit_code == 0, result.output
    assert "300 rows" in result.output and (tmp_path / "current" / "figures.parquet").exists()
