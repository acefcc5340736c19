"""Exports: exact CSV text, formulas defused in CSV and Excel, the Excel `about` sheet, typed Parquet."""
from __future__ import annotations

import csv
import datetime as dt
import io

import math
from unittest import mock

import numpy as np
import openpyxl
import pandas as pd
import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from app.exports import (FORMULA_STARTS, about_rows, about_sources, defuse, export_frame, to_csv_bytes,
                         to_excel_bytes, to_parquet_bytes)
from app.query import Filters, export_tables, load_tables
from loaders.build import load_dataset, write_build


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


@pytest.mark.parametrize("text, cell", [
    ("Budget;=2+5", "Budget;'=2+5"),            # French Excel splits on ';': the second piece is defused
    ("Budget,=2+5", "Budget,'=2+5"),
    ("a;=1;b;@x", "a;'=1;b;'@x"),
    ('a;"=1', 'a;"\'=1'),                       # a quote opening the piece does not hide it
    ("deux lignes\n=3+4", "deux lignes\n'=3+4"),   # a reader that ends the row at the line break
    ("=1;-1", "'=1;'-1"),
    ("\r=1", "'\r'=1"),
    ("Budget ; =2+5", "Budget ; =2+5"),          # a space before: text in every reader, left as written
    ("baisse de 5 %, -3 points", "baisse de 5 %, -3 points"),
])
def test_csv_defuses_formulas_behind_a_separator(text, cell):
    df = pd.DataFrame({"label": [text]})
    rows = list(csv.reader(io.StringIO(to_csv_bytes(df).decode("utf-8-sig"), newline="")))
    assert rows[1] == [cell.replace("\r", "\n")]
    assert export_frame(df)["label"][0] == cell          # the Excel sheet and the preview say the same


@pytest.mark.parametrize("text", ["=1+1", "+33 1", "-2+3", "@SUM(A1:A2)", "Budget;=2+5"])
def test_excel_defuses_formulas_everywhere(text):
    frames = {"figures": pd.DataFrame({"raw": [text], "ids": [[text, "b"]]})}
    book = workbook(to_excel_bytes(frames, [(text, text)], sources=pd.DataFrame({"title": [text]})))
    assert all(cell.data_type != "f" for cell in cells(book))
    want = defuse(text)
    assert want != text
    assert book["figures"]["A2"].value == want
    assert book["about"]["A2"].value == want and book["about"]["B2"].value == want
    assert want in [cell.value for cell in cells(book) if cell.parent.title == "about"][2:]


def test_excel_about_sheet_records_filters_version_and_sources(tiny_tables):
    f = Filters(themes=("cloud",), q="cinquantaine")
    frames = export_tables(tiny_tables, f)
    about = about_rows(tiny_tables, f, today=dt.date(2025, 10, 1))
    book = workbook(to_excel_bytes(frames, about, sources=about_sources(frames["sources"], f.lang)))
    assert book.sheetnames == ["about", "figures", "proposals", "events", "sources", "actors", "themes", "claims"]
    text = "\n".join(str(c.value) for c in cells(book) if c.parent.title == "about" and c.value)
    assert "Thème : Cloud" in text and "Recherche : cinquantaine" in text   # a space before the colon, in French
    assert tiny_tables.version in text and "1er octobre 2025" in text   # French typography: the first is "1er"
    assert "Un article" in text and "Alliancy" in text and "9 septembre 2025" in text
    assert [c.value for c in book["figures"][1]][:1] == ["figure_id"]
    assert book["figures"].max_row == 2                      # the header and the one figure kept


def test_about_rows_in_english(tiny_tables):
    rows = dict(about_rows(tiny_tables, Filters(lang="en"), today=dt.date(2025, 10, 1)))
    assert rows["Filters applied"] == "No filter"
    assert rows["Dataset version"] == tiny_tables.version
    assert tiny_tables.version in rows["How to cite"] and "1 October 2025" in rows["How to cite"]
    assert rows["Licence"] == "not stated (no licence has been chosen for this dataset yet)"   # never a guess


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


def test_exported_columns_are_the_schemas_with_the_theme_label(tiny_tables):
    from loaders.schema import TABLES
    for name, df in export_tables(tiny_tables, Filters()).items():
        want = list(TABLES[name][0].model_fields)
        if name in ("figures", "proposals"):
            want.insert(want.index("theme") + 1, "theme_label")
        assert list(df.columns) == want, name   # no `actor_name`, `when`... from the query layer


def test_parquet_describes_each_column_as_the_schema_does(tiny_tables):
    import pyarrow.parquet as pq

    from loaders.schema import TABLES
    figures = export_tables(tiny_tables, Filters())["figures"]
    schema = pq.read_schema(io.BytesIO(to_parquet_bytes(figures, "figures")))
    fields = TABLES["figures"][0].model_fields
    for name in fields:
        assert schema.field(name).metadata[b"description"].decode() == fields[name].description
    assert schema.field("theme_label").metadata[b"description"]


def test_every_export_format_builds_a_file(tiny_tables):
    from app.exports import FORMATS
    assert {fmt.name for fmt in FORMATS} == {"csv", "parquet", "xlsx", "datapackage"}
    for fmt in FORMATS:
        data = fmt.build(tiny_tables, Filters(), None if fmt.whole else "figures")
        assert isinstance(data, bytes) and data, fmt.name


def test_parquet_keeps_types_and_lists():
    back = pd.read_parquet(io.BytesIO(to_parquet_bytes(small_frame().assign(raw=["=1", "x"]))))
    assert list(back.columns) == ["figure_id", "label", "date", "published", "value", "actor_ids", "raw"]
    assert list(back.loc[0, "actor_ids"]) == ["afnum", "ima"] and back.loc[0, "raw"] == "=1"
    assert back.loc[0, "value"] == 1.09e11


# --- the CSV writer against pandas' ---------------------------------------------------------------
def pandas_csv(df: pd.DataFrame) -> bytes:
    """The CSV as pandas wrote it before the Arrow writer: the reference for every byte."""
    out = export_frame(df)
    for column in out.columns:
        series = out[column]
        if series.dtype == object or pd.api.types.is_string_dtype(series):
            try:
                has_cr = series.str.contains("\r", regex=False, na=False).astype(bool)
            except AttributeError:
                continue
            if has_cr.any():
                out[column] = series.where(~has_cr, series[has_cr].str.replace("\r\n?", "\n", regex=True))
    return out.to_csv(index=False, date_format="%Y-%m-%d").encode("utf-8-sig")


TEXT = st.one_of(st.none(), st.text(max_size=12),
                 st.builds(lambda a, sep, q, start, b: a + sep + q + start + b,   # a formula behind a separator
                           st.text(max_size=3), st.sampled_from((",", ";", "\n", "\r", "\r\n")),
                           st.sampled_from(("", '"', '""')), st.sampled_from(FORMULA_STARTS), st.text(max_size=3)),
                 st.sampled_from(FORMULA_STARTS + (",", '"', "\r", "\n", "\r\n", "é")).flatmap(
                     lambda c: st.text(max_size=6).map(lambda t: c + t + c)))
FLOAT = st.one_of(st.floats(), st.integers(-2 ** 60, 2 ** 60).map(float),
                  st.sampled_from([109000000000.0, -5.0, 0.1, 1e-7, 2.6e9, 1e16, 1e15, -0.0, 1e-4,
                                   9.999999999999999e-05, 9999999999999998.0, 2.0 ** 53, 2.0 ** 53 + 2]))
DATE = st.one_of(st.none(), st.dates(dt.date(1, 1, 1), dt.date(9999, 12, 31)))


@st.composite
def frames(draw):
    n = draw(st.integers(0, 6))
    texts = draw(st.lists(TEXT, min_size=n, max_size=n))
    df = pd.DataFrame({
        "text": pd.Series(texts, dtype=object),
        "string": pd.Series(texts, dtype="str"),
        "python_string": pd.Series(texts, dtype=pd.StringDtype("python")),
        "category": pd.Series(texts, dtype="category"),
        "category_big": pd.Categorical(texts, categories=sorted(     # more labels than rows
            {t for t in texts if t is not None} | {"=unused", "a,b", "c", "d", "e", "f", "g"})),
        "ids": pd.Series(draw(st.lists(st.one_of(st.none(), st.lists(st.text(max_size=5).filter(
            lambda t: t == "" or t[0] not in FORMULA_STARTS) | TEXT.filter(lambda t: t is not None),
            max_size=3), st.lists(st.integers(-9, 9), max_size=2)), min_size=n, max_size=n)), dtype=object),
        "date": pd.Series(draw(st.lists(st.one_of(DATE, st.just(pd.NaT)), min_size=n, max_size=n)),
                          dtype=object),
        "value": pd.Series(draw(st.lists(FLOAT, min_size=n, max_size=n)), dtype="float64"),
        "count": pd.Series(draw(st.lists(st.integers(-2 ** 63, 2 ** 63 - 1), min_size=n, max_size=n)),
                           dtype="int64"),
        "flag": pd.Series(draw(st.lists(st.booleans(), min_size=n, max_size=n)), dtype=bool),
        "published": pd.Series(draw(st.lists(st.one_of(st.none(), st.datetimes(
            dt.datetime(1000, 1, 1), dt.datetime(9999, 12, 31, 23, 59, 59))), min_size=n, max_size=n)),
            dtype="datetime64[s]"),
        "when": pd.Series([pd.Timestamp(2025, 1, 1)] * n, dtype="datetime64[s]"),   # helper: left out
    })
    keep = draw(st.lists(st.sampled_from(list(df.columns)), min_size=1, max_size=4, unique=True))
    return df[keep if keep != ["when"] else ["text", "when"]]


@settings(max_examples=300)
@given(frames())
@example(pd.DataFrame({"text": ["", None, "x"]}))        # one column: an empty field is written ""
@example(pd.DataFrame({"a,b": ['say "hi"'], "c": ["=1,\r\n2"]}))
def test_csv_is_byte_for_byte_what_pandas_wrote(df):
    with mock.patch("app.exports.csv_file._to_csv_bytes_pandas", side_effect=AssertionError("pandas fallback")):
        data = to_csv_bytes(df)                      # every kind of column here takes the Arrow path
    assert data == pandas_csv(df)


def test_csv_writes_floats_as_pandas_does():
    """Shortest repr (109000000000.0, -5.0, 1e-07, 1e+16), on random bit patterns and around the switches."""
    rng = np.random.default_rng(0)
    values = np.concatenate([
        rng.integers(0, 2 ** 64, 100_000, dtype=np.uint64).view(np.float64),      # any float at all
        rng.uniform(-1e6, 1e6, 50_000), np.round(rng.uniform(0, 1e4, 50_000), 4),  # amounts, rates
        rng.integers(-2 ** 53, 2 ** 53, 20_000).astype(float) * 10.0 ** rng.integers(-6, 8, 20_000),
        *(np.nextafter(edge, [-np.inf, np.inf]) for edge in (1e-4, 1e16, 2.0 ** 53, 1e15, 1.0, 0.0)),
        [np.nan, np.inf, -np.inf, 0.0, -0.0, 1e16, 1e-4, 2.0 ** 53 + 2, 5e-324, np.finfo(float).max],
    ])
    df = pd.DataFrame({"value": values, "negated": -values})
    with mock.patch("app.exports.csv_file._to_csv_bytes_pandas", side_effect=AssertionError("pandas fallback")):
        data = to_csv_bytes(df)
    assert data == pandas_csv(df)


def test_csv_of_odd_columns_still_goes_through_pandas():
    """Kinds the Arrow writer does not handle (nullable ints, mixed objects) keep pandas' text."""
    df = pd.DataFrame({"n": pd.array([1, None], dtype="Int64"), "mixed": ["=a", 3],
                       "stamp": [dt.datetime(2025, 1, 2, 3, 4), dt.date(2025, 1, 2)],
                       "cat": pd.Categorical([1, 2])})
    assert to_csv_bytes(df) == pandas_csv(df)


@pytest.fixture(scope="module")
def shipped(tmp_path_factory):
    from conftest import PROJECT
    root = tmp_path_factory.mktemp("shipped-exports") / "build"
    write_build(load_dataset(PROJECT / "data"), root)
    return load_tables(root)


def expected_cell(value) -> str:
    """What a reader should get back for a value of `export_frame` (line breaks as "\n")."""
    if value is None or (not isinstance(value, str) and pd.isna(value)):
        return ""
    if isinstance(value, float):
        return repr(value)
    if isinstance(value, (dt.date, pd.Timestamp)):
        return value.strftime("%Y-%m-%d")
    return str(value).replace("\r\n", "\n").replace("\r", "\n")


@pytest.mark.parametrize("f", [Filters(), Filters(themes=("cloud",)), Filters(q="souverain")],
                         ids=["all", "cloud", "search"])
def test_shipped_exports_read_back_value_for_value(shipped, f):
    """Every table of the shipped data, filtered: pandas' bytes, and csv / pandas read back every value."""
    for name, df in export_tables(shipped, f).items():
        with mock.patch("app.exports.csv_file._to_csv_bytes_pandas", side_effect=AssertionError("pandas fallback")):
            data = to_csv_bytes(df)                  # every table of the app takes the Arrow path
        assert data == pandas_csv(df), name
        text = data.decode("utf-8-sig")
        rows = list(csv.reader(io.StringIO(text, newline="")))
        want = export_frame(df)
        assert rows[0] == list(want.columns), name
        assert len(rows) == len(want) + 1, name
        for got, values in zip(rows[1:], want.itertuples(index=False)):
            assert got == [expected_cell(v) for v in values], name
        back = pd.read_csv(io.StringIO(text), keep_default_na=False, dtype=str)
        for column in want.columns:
            if want[column].dtype.kind == "f":   # floats come back exactly
                read = back[column].replace("", "nan").astype(float).to_numpy()
                assert np.array_equal(read, want[column].to_numpy(), equal_nan=True), (name, column)
        assert not any(cell.startswith(FORMULA_STARTS) for row in rows[1:] for cell in row
                       if not _is_number(cell)), name


def _is_number(cell: str) -> bool:
    try:
        return not math.isnan(float(cell))
    except ValueError:
        return False
