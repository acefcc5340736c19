"""The Data Package export: a zip that Frictionless' own validator accepts (every cell against its column's
type, keys unique, sizes and hashes right), and that says which filters made it, from which build, under
which licence and how to cite it; the Parquet file carries the same description in its metadata."""
from __future__ import annotations

import datetime as dt
import io
import json
import zipfile

import frictionless
import pandas as pd
import pyarrow.parquet as pq
import pytest
from streamlit.testing.v1 import AppTest

from app.exports import FORMATS, data_package, export_about, parquet_table, to_datapackage_bytes
from app.query import EXPORTED, Filters, export_tables, load_tables
from loaders.schema import TABLES


@pytest.fixture(scope="module")
def shipped(shipped_build):
    return load_tables(shipped_build)


def unpacked(data: bytes, folder) -> dict:
    """The zip extracted into `folder`; its datapackage.json."""
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        assert archive.namelist()[0] == "datapackage.json"
        archive.extractall(folder)
    return json.loads((folder / "datapackage.json").read_text("utf-8"))


def validated(folder) -> None:
    report = frictionless.validate(str(folder / "datapackage.json"))
    assert report.valid, report.flatten(["resourceName", "rowNumber", "fieldName", "type", "note"])[:20]


def test_the_package_of_a_filtered_export_is_valid_and_explains_itself(tiny_tables, tmp_path):
    f = Filters(themes=("cloud",), q="cinquantaine")
    descriptor = unpacked(data_package(tiny_tables, f), tmp_path)
    validated(tmp_path)
    assert [r["name"] for r in descriptor["resources"]] == list(EXPORTED)
    assert descriptor["version"] == tiny_tables.version
    assert descriptor["filters"] == list(export_about(tiny_tables, f).filters)   # the Excel sheet's lines
    assert "Cloud" in descriptor["filters"][0] and "cinquantaine" in descriptor["filters"][1]
    assert tiny_tables.version in descriptor["citation"]
    assert descriptor["licence"] and "Licence" in descriptor["description"]
    assert descriptor["filters"][0] in descriptor["description"]
    assert any(s["title"].startswith("Un article") for s in descriptor["sources"])
    figures = next(r for r in descriptor["resources"] if r["name"] == "figures")
    described = {field["name"]: field for field in figures["schema"]["fields"]}
    model = TABLES["figures"][0].model_fields
    assert described["raw"]["description"] == model["raw"].description
    assert described["value"]["type"] == "number" and described["date"]["type"] == "date"
    assert figures["schema"]["primaryKey"] == ["figure_id"]
    rows = pd.read_csv(tmp_path / "data" / "figures.csv")
    assert len(rows) == len(export_tables(tiny_tables, f)["figures"]) == 1


def test_the_package_of_the_shipped_data_is_valid_in_english(shipped, tmp_path):
    """The whole corpus: every date, amount, list and quote of the real rows against the declared types."""
    descriptor = unpacked(data_package(shipped, Filters(lang="en")), tmp_path)
    validated(tmp_path)
    assert descriptor["filters"] == ["No filter"]
    assert descriptor["title"] == "Digital sovereignty: figures, proposals, actors"
    sources = next(r for r in descriptor["resources"] if r["name"] == "sources")
    assert len(descriptor["sources"]) == len(pd.read_csv(tmp_path / "data" / "sources.csv")) > 100
    assert sources["schema"]["primaryKey"] == ["source_id"]


def test_a_cell_that_breaks_its_declared_type_is_caught(tmp_path):
    """The validator has teeth: a date column holding text fails it (so the valid packages above mean it)."""
    frames = {"themes": pd.DataFrame({"theme_id": ["a", "b"], "label_fr": ["A", "B"], "label_en": ["A", "B"],
                                      "description_fr": ["", ""], "description_en": ["", ""],
                                      "keywords_fr": [["x"], []]})}
    data = to_datapackage_bytes(frames, _about())
    descriptor = unpacked(data, tmp_path)
    validated(tmp_path)
    descriptor["resources"][0]["schema"]["fields"][1]["type"] = "date"   # label_fr is text, not dates
    (tmp_path / "datapackage.json").write_text(json.dumps(descriptor), "utf-8")
    assert not frictionless.validate(str(tmp_path / "datapackage.json")).valid


def _about():
    from app.exports import About
    return About(lang="fr", title="Titre", filters=("Aucun filtre",), version="v1", built="1er janvier 2026",
                 built_at="2026-01-01T00:00:00+00:00", exported="2 janvier 2026", exported_on=dt.date(2026, 1, 2),
                 licence="non précisée", citation="« Titre », v1.")


def test_parquet_carries_the_filters_version_licence_and_citation(tiny_tables):
    f = Filters(themes=("cloud",), lang="en")
    metadata = pq.read_schema(io.BytesIO(parquet_table(tiny_tables, f, "figures"))).metadata
    about = {key.decode(): value.decode() for key, value in metadata.items() if key != b"pandas"}
    assert about["filters"] == "\n".join(export_about(tiny_tables, f).filters) and "Cloud" in about["filters"]
    assert about["dataset_version"] == tiny_tables.version
    assert tiny_tables.version in about["citation"] and about["citation"].startswith("“Digital sovereignty")
    assert about["licence"] == export_about(tiny_tables, f).licence
    assert about["exported"] == dt.date.today().isoformat() and about["language"] == "en"
    back = pd.read_parquet(io.BytesIO(parquet_table(tiny_tables, f, "figures")))   # still a plain table
    assert list(back["figure_id"]) == list(export_tables(tiny_tables, f)["figures"]["figure_id"])


def test_the_export_page_offers_the_package(seed_build, monkeypatch):
    monkeypatch.setenv("DASHBOARD_DATA", str(seed_build))
    from conftest import PROJECT
    at = AppTest.from_file(str(PROJECT / "bench" / "page_app.py"), default_timeout=60)
    at.session_state["start_page"] = "export"
    at.run()
    assert not at.exception, [e.message for e in at.exception]
    package = next(fmt for fmt in FORMATS if fmt.name == "datapackage")
    buttons = [b for b in at.get("download_button") if b.proto.label == "Télécharger le paquet (.zip)"]
    assert len(buttons) == 1 and package.whole
    assert "Paquet de données (Frictionless)" in [s.value for s in at.subheader]
