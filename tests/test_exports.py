"""Exports: exact CSV text, formulas defused in CSV and Excel, the Excel `about` sheet, typed Parquet."""
from __future__ import annotations

import csv
import datetime as dt
import io

import openpyxl
import pandas as pd
import pytest

from app.exports import about_rows, about_sources, to_csv_bytes, to_excel_bytes, to_parquet_bytes
from app.query import Filters, export_tables, load_tables
from loaders.build import load_dataset, write_build


@pytest.fixture
def tiny_tables(tiny_data, tmp_path):
    """The tiny dataset of conftest, built and loaded as the app loads it."""
    root = tmp_path / "build"
    write_build(load_dataset(tiny_data), root)
    return load_tables(root)


def small_frame() -> pd.DataFrame:
    return pd.DataFrame({
        "figure_id": ["a", "b"],
        "label": ["Dépenses", 'Part, « dite » "x"'],
        "date": [dt.date(2025, 2, 1), None],
        "published": pd.to_datetime(["2025-02-10", None]),
        "value": [1.09e11, -5.0],
        "actor_ids": [["afnum", "ima"], []],
        "when": pd.to_datetime(["2025-02-01", "2025-09-09"]),   # the query layer's helpers: left out
        "_search": ["a", "b"],
    })


def workbook(data: bytes) -> openpyxl.Workbook:
    return openpyxl.load_workbook(io.BytesIO(data))


def cells(book: openpyxl.Workbook):
    for sheet in book.worksheets:
        for row in sheet.iter_rows():
            yield from row


def test_csv_text_is_exact():
    expected = ("\ufefffigure_id,label,date,published,value,actor_ids\n"
                "a,Dépenses,2025-02-01,2025-02-10,109000000000.0,afnum;ima\n"
                'b,"Part, « dite » ""x""",,,-5.0,\n')
    data = to_csv_bytes(small_frame())
    assert data.startswith(b"\xef\xbb\xbf")          # the BOM, so Excel reads the accents right
    assert data.decode("utf-8") == expected


@pytest.mark.parametrize("text", ["=1+1", "+33 1 23 45 67 89", "-2+3", "@SUM(A1:A2)",
                                  "=HYPERLINK(\"http://x\",\"clic\")"])
def test_csv_defuses_formulas(text):
    df = pd.DataFrame({"raw": [text], "value": [-5.0]})
    rows = list(csv.reader(io.StringIO(to_csv_bytes(df).decode("utf-8-sig"))))
    assert rows == [["raw", "value"], ["'" + text, "-5.0"]]   # numbers are left as numbers


@pytest.mark.parametrize("text", ["=1+1", "+33 1", "-2+3", "@SUM(A1:A2)"])
def test_excel_defuses_formulas_everywhere(text):
    frames = {"figures": pd.DataFrame({"raw": [text], "ids": [[text, "b"]]})}
    book = workbook(to_excel_bytes(frames, [(text, text)], sources=pd.DataFrame({"title": [text]})))
    assert all(cell.data_type != "f" for cell in cells(book))
    assert book["figures"]["A2"].value == "'" + text
    assert book["about"]["A2"].value == "'" + text and book["about"]["B2"].value == "'" + text
    assert "'" + text in [cell.value for cell in cells(book) if cell.parent.title == "about"][2:]


def test_excel_about_sheet_records_filters_version_and_sources(tiny_tables):
    f = Filters(themes=("cloud",), q="cinquantaine")
    frames = export_tables(tiny_tables, f)
    about = about_rows(tiny_tables, f, today=dt.date(2025, 10, 1))
    book = workbook(to_excel_bytes(frames, about, sources=about_sources(frames["sources"], f.lang)))
    assert book.sheetnames == ["about", "figures", "proposals", "events", "sources", "actors", "themes"]
    text = "\n".join(str(c.value) for c in cells(book) if c.parent.title == "about" and c.value)
    assert "Thème: Cloud" in text and "Recherche: cinquantaine" in text
    assert tiny_tables.version in text and "1 octobre 2025" in text
    assert "Un article" in text and "Alliancy" in text and "9 septembre 2025" in text
    assert [c.value for c in book["figures"][1]][:1] == ["figure_id"]
    assert book["figures"].max_row == 2                      # the header and the one figure kept


def test_about_rows_in_english(tiny_tables):
    rows = dict(about_rows(tiny_tables, Filters(lang="en"), today=dt.date(2025, 10, 1)))
    assert rows["Filters applied"] == "No filter"
    assert rows["Dataset version"] == tiny_tables.version
    assert tiny_tables.version in rows["How to cite"] and "1 October 2025" in rows["How to cite"]


def test_figures_csv_has_theme_ids_and_labels(tiny_tables):
    figures = export_tables(tiny_tables, Filters())["figures"]
    rows = list(csv.DictReader(io.StringIO(to_csv_bytes(figures).decode("utf-8-sig"))))
    assert {r["theme"] for r in rows} == {"ai", "cloud"}
    assert {(r["theme"], r["theme_label"]) for r in rows} == {("ai", "IA"), ("cloud", "Cloud")}
    assert not any(c.startswith("_") or c in ("when", "until") for c in rows[0])


def test_export_tables_keep_every_reference_resolvable(tiny_tables):
    frames = export_tables(tiny_tables, Filters())
    assert set(frames["figures"]["source_id"]) <= set(frames["sources"]["source_id"])
    assert set(frames["figures"]["actor_id"].dropna()) <= set(frames["actors"]["actor_id"])
    assert {"afnum", "marc-charriere"} <= set(frames["actors"]["actor_id"])


def test_export_tables_follow_the_filters(tiny_tables):
    frames = export_tables(tiny_tables, Filters(q="zzzz"))
    assert all(frames[n].empty for n in ("figures", "proposals", "events", "sources", "actors"))
    assert list(export_tables(tiny_tables, Filters(themes=("ai",)))["themes"]["theme_id"]) == ["ai"]


def test_parquet_keeps_types_and_lists():
    back = pd.read_parquet(io.BytesIO(to_parquet_bytes(small_frame().assign(raw=["=1", "x"]))))
    assert list(back.columns) == ["figure_id", "label", "date", "published", "value", "actor_ids", "raw"]
    assert list(back.loc[0, "actor_ids"]) == ["afnum", "ima"] and back.loc[0, "raw"] == "=1"
    assert back.loc[0, "value"] == 1.09e11
