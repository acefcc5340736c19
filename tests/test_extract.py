"""loaders/articles/extract.py and `python -m loaders extract`: items, actors and themes found in new articles."""
from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from loaders.articles.documents import Document
from loaders.articles.extract import Extractor, extract_paths
from loaders.cli import cli
from conftest import TINY, write_tables

THEMES = [{"theme_id": "cloud", "label_fr": "Cloud", "label_en": "Cloud",
           "keywords_fr": "cloud souverain;hébergement"},
          {"theme_id": "ai", "label_fr": "IA", "label_en": "AI",
           "keywords_fr": "intelligence artificielle;centre de données"}]

ARTICLE = ("Paris, le 12 mars 2025. L’Alliance française des industries du numérique (AFNUM) "
           "réclame 2 milliards d’euros pour les centres de données. "
           "Selon l’Union des opérateurs de réseaux ouverts (UORO), 40 % des communes manquent de fibre. "
           "« Il faut agir vite », a déclaré Jeanne Martin, présidente de la société Nuvelia. "
           "L’UORO et l’AFNUM défendent un cloud souverain.")

KEYS = ["file", "kind", "text", "start", "end", "value", "value_high", "currency", "unit", "bound",
        "precision", "name", "actor_id", "inferred", "sentence_start", "sentence_end"]


@pytest.fixture(scope="module")
def data_dir(tmp_path_factory) -> Path:
    tables = {k: [dict(r) for r in v] for k, v in TINY.items()}
    tables["themes"] = THEMES
    return write_tables(tmp_path_factory.mktemp("extract") / "data", tables)


@pytest.fixture(scope="module")
def extractor(data_dir) -> Extractor:
    return Extractor(data_dir)


@pytest.fixture(scope="module")
def found(extractor):
    [(_, found)] = list(extractor.extract_documents([Document(Path("a.txt"), ARTICLE, "utf-8")]))
    return found


def _by_text(found, kind):
    return {f.item.text: f.item for f in found if f.item.kind == kind}


def test_known_actor_is_found_by_name_and_acronym_with_its_id(found):
    actors = _by_text(found, "actor")
    for text in ("Alliance française des industries du numérique", "AFNUM"):
        assert (actors[text].actor_id, actors[text].name) == (
            "afnum", "Alliance française des industries du numérique")
    assert sum(1 for f in found if f.item.actor_id == "afnum") == 3


def test_acronym_learned_from_the_text_names_an_unknown_organisation(found):
    bare = [f.item for f in found if f.item.kind == "actor" and f.item.text == "UORO"]
    assert len(bare) == 2
    assert {(i.name, i.actor_id) for i in bare} == {("Union des opérateurs de réseaux ouverts", None)}


def test_unknown_person_comes_back_with_a_name_and_no_id(found):
    actors = _by_text(found, "actor")
    assert actors["Jeanne Martin"].name == "Jeanne Martin"
    assert actors["Jeanne Martin"].actor_id is None


def test_themes_come_from_the_keywords_in_the_themes_table(found):
    themes = {(f.item.text, f.item.value) for f in found if f.item.kind == "theme"}
    assert themes == {("centres de données", "ai"), ("cloud souverain", "cloud")}


def test_every_item_sits_inside_its_sentence_at_the_right_offsets(found):
    assert {"money", "percent", "date", "actor", "theme"} <= {f.item.kind for f in found}
    for f in found:
        assert ARTICLE[f.item.start:f.item.end] == f.item.text
        assert f.sentence_start <= f.item.start < f.item.end <= f.sentence_end
    money = next(f for f in found if f.item.kind == "money")
    assert ARTICLE[money.sentence_start:money.sentence_end].startswith("L’Alliance")
    assert ARTICLE[money.sentence_start:money.sentence_end].endswith("centres de données.")


@pytest.fixture
def loaded_once(extractor, data_dir, monkeypatch):
    """The CLI's runs over `data_dir` read with the module's `extractor` (the same tables), not a fresh
    spaCy load per run; any other folder still loads its own."""
    import loaders.articles.extract as extract
    real = extract.load_extractor
    monkeypatch.setattr(extract, "load_extractor",
                        lambda folder=extract.DATA_DIR: extractor if Path(folder) == data_dir else real(folder))


def _write(folder: Path, files: dict[str, bytes]) -> list[str]:
    folder.mkdir(parents=True, exist_ok=True)
    for name, data in files.items():
        (folder / name).write_bytes(data)
    return [str(folder / name) for name in files]


def test_cli_prints_jsonl_and_reports_bad_files_without_stopping(tmp_path, data_dir, loaded_once):
    paths = _write(tmp_path, {"good.txt": ARTICLE.encode("cp1252", "replace"), "empty.txt": b"",
                              "photo.txt": b"\xff\xd8\xff\xe0\x00\x10JFIF\x00" * 50,
                              "also.md": "Le Sénat vote 15 millions d’euros.".encode("utf-8")})
    result = CliRunner().invoke(cli, ["extract", *paths, "--data", str(data_dir)])
    assert result.exit_code == 1
    records = [json.loads(line) for line in result.stdout.splitlines()]
    assert all(list(r) == KEYS for r in records)
    assert {Path(r["file"]).name for r in records} == {"good.txt", "also.md"}
    assert result.stderr.splitlines() == [
        f"{paths[1]}: empty file", f"{paths[2]}: binary file (NUL bytes), not text",
        "2 file(s) could not be read."]
    money = [r for r in records if r["kind"] == "money"]
    assert {(r["value"], r["currency"]) for r in money} == {(2e9, "EUR"), (15e6, "EUR")}


def test_cli_table_format_and_progress_bar_for_many_files(tmp_path, data_dir, loaded_once):
    paths = _write(tmp_path, {f"n{i}.txt": f"Le budget atteint {i + 1} millions d’euros.".encode()
                              for i in range(6)})
    result = CliRunner().invoke(cli, ["extract", str(tmp_path), "--format", "table",
                                      "--data", str(data_dir)])
    assert result.exit_code == 0, result.output
    assert result.stdout.count("== ") == 6
    assert f"== {paths[2]}: 1 item(s)" in result.stdout
    assert "3e+06 EUR" in result.stdout
    assert "6/6" in result.stderr          # tqdm's bar, on stderr only


def test_two_worker_processes_give_the_same_items_in_the_same_order(tmp_path, data_dir, loaded_once):
    paths = [Path(p) for p in _write(tmp_path, {
        "a.txt": ARTICLE.encode(), "b.txt": b"\x00\x01", "c.txt": "Microsoft investit 4 %.".encode()})]
    one = [(r.path, r.problem, [f.to_json() for f in r.found]) for r in extract_paths(paths, data_dir=data_dir)]
    two = [(r.path, r.problem, [f.to_json() for f in r.found])
           for r in extract_paths(paths, data_dir=data_dir, workers=2)]
    assert one == two
    assert [p.name for p, problem, _ in one if problem] == ["b.txt"]


@pytest.mark.parametrize("name, lone_first_word, kept", [
    ("Jeanne Martin", False, True),
    ("Nuvelia", False, True),
    ("Présidente de", False, False),          # a title cut off by the model
    ("Directoire d’", False, False),
    ("hyperscalers", False, False),           # no capital: a common noun
    ("Politique", True, False),               # a heading or list item's first word
    ("Politique", False, True),
])
def test_unknown_names_worth_reporting(name, lone_first_word, kept):
    from loaders.articles.actors import plausible_unknown
    assert plausible_unknown(name, lone_first_word) is kept


def test_a_blank_line_ends_a_sentence_but_a_wrapped_line_does_not(extractor):
    text = "Financement\n\nLa région versera 3 millions d’euros\naux écoles, a dit Paul Riviera."
    [(_, found)] = list(extractor.extract_documents([Document(Path("b.txt"), text, "utf-8")]))
    money = next(f for f in found if f.item.kind == "money")
    assert text[money.sentence_start:money.sentence_end] == text[len("Financement\n\n"):]


def test_the_publication_date_resolves_relative_dates(extractor):
    import datetime as dt
    doc = Document(Path("c.txt"), "Le contrat a été signé le mois dernier.", "utf-8")
    [(_, without)] = list(extractor.extract_documents([doc]))
    [(_, with_date)] = list(extractor.extract_documents([doc], dt.date(2025, 6, 10)))
    assert [f.item.value for f in without if f.item.kind == "date"] == [None]
    assert [(f.item.value, f.item.precision) for f in with_date if f.item.kind == "date"] == [
        ("2025-05", "month")]


def test_seed_articles_name_the_actors_the_gold_credits_with_proposals(shared_dir, shipped_extractor):
    """Every actor of ../shared/gold/seed_proposals.csv is found in its seed as a known actor,
    or through a person of the actors table who belongs to it (a minister for a ministry)."""
    import csv
    from loaders.articles.documents import read_document
    extractor = shipped_extractor      # Extractor(DATA_DIR), loaded once for the run
    gold: dict[str, set[str]] = {}
    with open(shared_dir / "gold" / "seed_proposals.csv", encoding="utf-8") as fh:
        for row in csv.DictReader(fh):
            names = [a.strip() for a in row["actor"].split(";")]
            gold.setdefault(row["seed"], set()).update(extractor.actors.lookup(a).actor_id for a in names)
    parent = {a.actor_id: a.parent_id for a in extractor.actors.actors}
    docs = [read_document(shared_dir / "seeds" / seed) for seed in sorted(gold)]
    for document, found in extractor.extract_documents(docs):
        ids = {f.item.actor_id for f in found if f.item.actor_id}
        ids |= {parent[i] for i in ids if parent.get(i)}
        assert gold[document.path.name] <= ids, document.path.name


def test_files_read_while_the_model_loads_are_not_read_again_and_give_the_same_items(tmp_path, data_dir, extractor):
    """The read-ahead (a process forked before the model loads) hands over each file's text and
    numbers: the workers use them as they are, and an unreadable file keeps its problem."""
    from loaders.articles.extract import TextFinder
    paths = [Path(p) for p in _write(tmp_path, {"a.txt": ARTICLE.encode(), "b.txt": b"\x00\x01",
                                                "c.txt": "Le Sénat vote 15 millions d’euros en 2025.".encode()})]
    read = [TextFinder(data_dir).read(p, None) for p in paths]
    fresh = [(r.path.name, r.problem, [f.to_json() for f in r.found]) for r in extractor.extract_files(paths)]
    for p in paths:
        p.unlink()            # gone from the disk: only what was read ahead is left
    ahead = [(r.path.name, r.problem, [f.to_json() for f in r.found])
             for r in extractor.extract_files(paths, ahead=read)]
    assert ahead == fresh
    assert [name for name, problem, _ in ahead if problem] == ["b.txt"]
    assert {f["kind"] for f in ahead[2][2]} >= {"money", "date"}


def test_a_worker_that_cannot_load_the_model_stops_the_run_with_a_message(tmp_path, data_dir, monkeypatch):
    import loaders.articles.extract as extract_module
    from loaders.errors import DataError

    def broken(self, data_dir):
        raise ImportError("no module named spacy")
    monkeypatch.setattr(extract_module.Extractor, "__init__", broken)   # inherited by forked workers
    paths = [Path(p) for p in _write(tmp_path, {"a.txt": b"Texte.", "b.txt": b"Autre texte."})]
    with pytest.raises(DataError, match="could not start: ImportError: no module named spacy"):
        list(extract_paths(paths, data_dir=data_dir, workers=2))


def test_a_batch_of_documents_gives_each_the_items_it_gives_alone(extractor):
    """Batching (nlp.pipe) is a speed-up only: every document's items are those it gets on its own."""
    texts = [ARTICLE, "Le Sénat vote 15 millions d’euros.", ARTICLE.replace("2 milliards", "3 milliards"),
             "Microsoft investit 4 % de plus, selon Jeanne Martin."]
    docs = [Document(Path(f"{i}.txt"), t, "utf-8") for i, t in enumerate(texts)]
    together = [[f.to_json() for f in found] for _, found in extractor.extract_documents(docs)]
    alone = [[f.to_json() for f in next(iter(extractor.extract_documents([d])))[1]] for d in docs]
    assert together == alone
    assert [len(found) for found in together] == [len(found) for found in alone] and all(together)


def test_cli_reads_english_amounts_in_files_declared_english(tmp_path, data_dir, loaded_once):
    [path] = _write(tmp_path, {"en.txt": "Microsoft will spend $109bn, and France 2.5bn euros.".encode()})
    english = CliRunner().invoke(cli, ["extract", path, "--language", "en", "--data", str(data_dir)])
    french = CliRunner().invoke(cli, ["extract", path, "--data", str(data_dir)])
    assert english.exit_code == french.exit_code == 0, english.output
    money = [(r["text"], r["value"], r["currency"]) for r in map(json.loads, english.stdout.splitlines())
             if r["kind"] == "money"]
    assert money == [("$109bn", 1.09e11, "USD"), ("2.5bn euros", 2.5e9, "EUR")]
    assert [r for r in map(json.loads, french.stdout.splitlines()) if r["kind"] == "money"] == []
