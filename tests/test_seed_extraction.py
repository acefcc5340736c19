"""find_quantities on the five seed articles (read from ../shared at run time) against their gold."""
from __future__ import annotations

import pytest
from click.testing import CliRunner

from loaders.articles.gold import score_seeds
from loaders.cli import cli
from loaders.paths import DATA_DIR


@pytest.fixture(scope="module")
def seed_scores(shared_dir):
    return score_seeds(shared_dir, DATA_DIR / "sources.csv")


@pytest.mark.parametrize("kind", ["money", "percent"])
def test_every_seed_amount_is_found_with_its_value_currency_and_span(seed_scores, kind):
    s = seed_scores[kind]
    assert s.gold > 0
    assert s.misses == [], f"{kind} missed: {s.misses}"


def test_nearly_every_seed_date_is_found_with_its_start_end_and_precision(seed_scores):
    s = seed_scores["date"]
    assert s.gold >= 20
    assert s.recall >= 0.95, f"dates missed: {s.misses}"


def test_score_seeds_prints_recall_per_kind(shared_dir):
    result = CliRunner().invoke(cli, ["score-seeds", "--shared", str(shared_dir)])
    assert result.exit_code == 0, result.output
    lines = {line.split()[0]: line.split() for line in result.output.splitlines()[2:]}
    assert set(lines) == {"money", "percent", "count", "date"}
    assert float(lines["money"][5]) == 1.0  # the R column


def test_score_seeds_names_a_missing_shared_folder(tmp_path):
    result = CliRunner().invoke(cli, ["score-seeds", "--shared", str(tmp_path)])
    assert result.exit_code == 1
    assert "expected seeds/ and gold/" in result.output
