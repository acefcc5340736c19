"""loaders/articles/ingest.py and `python -m loaders ingest`: new articles added to data/ as candidates."""
from __future__ import annotations

import csv
from pathlib import Path

from click.testing import CliRunner

from loaders.build import load_dataset
from loaders.cli import cli

ARTICLE = ("Le 4 juin 2025, l’Alliance française des industries du numérique (AFNUM) a réclamé "
           "2 milliards de dollars pour le cloud. Selon Marc Charriere, 30 % des entreprises "
           "attendent. Elle compte une quarantaine d’adhérents.")
OTHER = "La région investit 12 millions d’euros dans trois centres de formation."


def _rows(folder: Path, table: str) -> list[dict]:
    with open(folder / f"{table}.csv", encoding="utf-8", newline="") as fh:
        return list(csv.DictReader(fh))


def _snapshot(folder: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted(folder.glob("*.csv"))}


def _ingest(data: Path, *args: str):
    return CliRunner().invoke(cli, ["ingest", *args, "--data", str(data)])


def test_ingest_adds_the_source_and_candidate_figures_and_a_rebuild_takes_them(tmp_path, tiny_data):
    article = tmp_path / "afnum.txt"
    article.write_text(ARTICLE, encoding="utf-8")
    result = _ingest(tiny_data, str(article), "--publisher", "La Gazette du Net",
                     "--published", "2025-06-05", "--title", "L’AFNUM réclame des fonds")
    assert result.exit_code == 0, result.output
    [source] = [r for r in _rows(tiny_data, "sources") if r["review"] == "candidate"]
    assert source["source_id"].startswith("la-gazette-du-net-")
    assert (source["title"], source["published"], source["document"]) == (
        "L’AFNUM réclame des fonds", "2025-06-05", "afnum.txt")
    figures = {r["raw"]: r for r in _rows(tiny_data, "figures") if r["review"] == "candidate"}
    assert set(figures) == {"2 milliards de dollars", "30 %", "une quarantaine"}
    assert figures["une quarantaine"]["unit"] == "adhérents"
    assert figures["2 milliards de dollars"]["actor_id"] == "afnum"
    assert figures["2 milliards de dollars"]["date"] == "2025-06-04"     # the sentence's date
    assert figures["30 %"]["date"] == ""
    assert figures["30 %"]["figure_id"] == f"{source['source_id']}-{ARTICLE.index('30 %')}"
    dataset = load_dataset(tiny_data)          # the build passes, old rows are still accepted
    review = {f.figure_id: f.review for f in dataset.tables["figures"]}
    assert review["summit-investment"] == "accepted"
    assert sorted(v for k, v in review.items() if k.startswith(source["source_id"])) == ["candidate"] * 3
    money = next(f for f in dataset.tables["figures"] if f.raw == "2 milliards de dollars")
    assert (money.value, money.unit, money.value_eur is not None) == (2e9, "USD", True)
    mentioned = {m.actor_id for m in dataset.tables["mentions"] if m.source_id == source["source_id"]}
    assert mentioned == {"afnum", "marc-charriere"}


def test_the_same_file_twice_is_refused_and_nothing_changes(tmp_path, tiny_data):
    article = tmp_path / "a.txt"
    article.write_text(OTHER, encoding="utf-8")
    assert _ingest(tiny_data, str(article), "--publisher", "Ouest Région").exit_code == 0
    before = _snapshot(tiny_data)
    again = _ingest(tiny_data, str(article), "--publisher", "Ouest Région")
    assert again.exit_code == 1
    assert "already ingested as source ouest-region-" in again.stderr
    assert _snapshot(tiny_data) == before


def test_rows_that_would_break_the_build_write_nothing_and_say_why(tmp_path, tiny_data):
    article = tmp_path / "a.txt"
    article.write_text(OTHER, encoding="utf-8")
    before = _snapshot(tiny_data)
    result = _ingest(tiny_data, str(article), "--publisher", "Ouest Région", "--language", "french")
    assert result.exit_code == 1
    assert f"{tiny_data / 'sources.csv'}:3: language" in result.stderr
    assert _snapshot(tiny_data) == before


def test_a_bad_file_does_not_stop_the_others_and_old_csvs_gain_the_review_column(tmp_path, tiny_data):
    # A figures.csv written before the review column existed.
    rows = _rows(tiny_data, "figures")
    columns = [c for c in rows[0] if c != "review"]
    with open(tiny_data / "figures.csv", "w", encoding="utf-8", newline="") as fh:
        w = csv.DictWriter(fh, fieldnames=columns, extrasaction="ignore", lineterminator="\n")
        w.writeheader()
        w.writerows(rows)
    assert {f.review for f in load_dataset(tiny_data).tables["figures"]} == {"accepted"}
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "good.md").write_text(OTHER, encoding="utf-8")
    (tmp_path / "in" / "bad.txt").write_bytes(b"\x00\x01\x02")
    result = _ingest(tiny_data, str(tmp_path / "in"), "--publisher", "Ouest Région")
    assert result.exit_code == 1
    assert f"{tmp_path / 'in' / 'bad.txt'}: binary file" in result.stderr
    figures = _rows(tiny_data, "figures")
    assert list(figures[0])[-1] == "review"
    assert [r["review"] for r in figures] == [""] * len(rows) + ["candidate"]
    assert figures[-1]["raw"] == "12 millions d’euros"
