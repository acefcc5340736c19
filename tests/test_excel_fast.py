"""The Excel export's table sheets, written with xlsxwriter's typed calls, hold what pandas' writer wrote.

`_pandas_excel_bytes` is the previous `to_excel_bytes` (each table through `DataFrame.to_excel`), kept
here as the reference: every cell read back with openpyxl (value, type, number format) must match.
"""
from __future__ import annotations

import datetime as dt
import decimal
import io
import zipfile
from unittest import mock

import numpy as np
import openpyxl
import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import app.exports.excel_file
from app.exports import about_rows, about_sources, export_frame, to_excel_bytes, write_about
from app.query import Filters, export_tables, load_tables
from loaders.build import load_dataset, write_build


def _pandas_excel_bytes(frames: dict[str, pd.DataFrame], about: list[tuple[str, str]],
                        sources: pd.DataFrame | None = None,
                        header: tuple[str, str] = ("field", "value")) -> bytes:
    """The previous `app.exports.to_excel_bytes`, through pandas' ExcelWriter (the reference)."""
    buffer = io.BytesIO()
    with pd.ExcelWriter(buffer, engine="xlsxwriter",
                        engine_kwargs={"options": {"strings_to_formulas": False,
                                                   "strings_to_urls": False}}) as writer:
        write_about(writer.book, about, sources, header)   # unchanged by the fast writer: shared
        for name, df in frames.items():
            sheet_name = name[:31]
            export_frame(df).to_excel(writer, sheet_name=sheet_name, index=False)
            writer.sheets[sheet_name].freeze_panes(1, 0)
    return buffer.getvalue()


def _cell(cell) -> tuple:
    return (cell.coordinate, cell.value, type(cell.value).__name__, cell.data_type, cell.number_format,
            bool(cell.font.b), bool(cell.alignment.wrap_text), cell.alignment.vertical,
            cell.alignment.horizontal)


def _sheets(data: bytes) -> list[tuple]:
    book = openpyxl.load_workbook(io.BytesIO(data))
    return [(sheet.title, sheet.freeze_panes, sheet.dimensions,
             [[_cell(c) for c in row] for row in sheet.iter_rows()])
            for sheet in book.worksheets]


def assert_same_workbook(frames, about=(("k", "v"),), sources=None) -> bytes:
    """to_excel_bytes and the pandas reference: same sheets, same cells (value, type, format)."""
    new = to_excel_bytes(frames, list(about), sources)
    old = _pandas_excel_bytes(frames, list(about), sources)
    got, want = _sheets(new), _sheets(old)
    assert [s[:3] for s in got] == [s[:3] for s in want]
    for (name, _, _, got_rows), (_, _, _, want_rows) in zip(got, want):
        assert len(got_rows) == len(want_rows), name
        for got_row, want_row in zip(got_rows, want_rows):
            assert got_row == want_row, name
    return new


def _frozen_header(data: bytes, frames: dict[str, pd.DataFrame]) -> None:
    book = openpyxl.load_workbook(io.BytesIO(data))
    assert book.sheetnames == ["about", *[n[:31] for n in frames]]
    for name, df in frames.items():
        sheet = book[name[:31]]
        assert sheet.freeze_panes == "A2"
        header = [c.value for c in next(sheet.iter_rows(max_row=1))] if sheet.max_row else []
        assert header == list(export_frame(df).columns)


def edge_frame() -> pd.DataFrame:
    long_text = "é" * 40_000                      # beyond Excel's 32,767 characters: both truncate
    return pd.DataFrame({
        "text": ["=1+1", "+33 1 23", "-5", "@SUM(A1)", "", None, "plain", "\tTab", "http://x.fr/a"],
        "text_nan": ["a", np.nan, pd.NA, pd.NaT, "b", "", "=x", "c", "mailto:a@b.c"],
        "string": pd.Series(["=a", None, "", "b", "c", "-", "+", "@", "x"], dtype="str"),
        "category": pd.Categorical(["=cat", "b", None, "b", "", "=cat", "c", "c", "d"]),
        "number": [1.5, np.nan, -0.0, 1e-7, 1.09e11, np.inf, -np.inf, 2.0 ** 53 + 2, 0.1],
        "count": np.arange(9, dtype="int64") * (2 ** 40),
        "small": np.arange(9, dtype="int32"),
        "nullable": pd.array([1, None, 3, 4, 5, 6, 7, 8, 9], dtype="Int64"),
        "flag": [True, False] * 4 + [True],
        "maybe": pd.array([True, None, False, True, None, False, True, None, False], dtype="boolean"),
        "date": [dt.date(2025, 2, 1), None, pd.NaT, dt.date(1900, 1, 1), dt.date(1900, 3, 1),
                 dt.date(9999, 12, 31), np.nan, dt.date(2000, 2, 29), dt.datetime(2025, 1, 2, 3, 4, 5)],
        "published": pd.to_datetime(["2025-02-10", None, "2025-02-10 13:45:59.5", "1950-01-01",
                                     None, "2100-12-31", "2025-01-01", "2025-01-01", "2025-01-01"], format="ISO8601"),
        "ids": [["afnum", "ima"], [], None, ["=x"], ["a"], ["b", "c"], [], ["-y", "z"], ["1"]],
        "long": [long_text, "x" * 32_767, "y" * 32_768, "", None, "a\nb", "a\r\nb", " lead", "trail "],
        "mixed": [1, "a", 2.5, None, True, dt.date(2025, 1, 1), decimal.Decimal("1.25"), b"by", "=m"],
        "span": [dt.timedelta(days=1, hours=6)] * 8 + [None],
        "when": pd.to_datetime(["2025-01-01"] * 9),   # the query layer's helpers: left out
        "_search": ["s"] * 9,
    })


def test_edge_cases_read_back_as_pandas_wrote_them():
    frames = {"edge": edge_frame(), "empty": edge_frame().head(0),
              "a name longer than thirty-one characters": edge_frame().head(3)}
    with pytest.warns(UserWarning):               # as pandas: text beyond 32,767 characters is cut
        data = assert_same_workbook(frames)
    _frozen_header(data, frames)
    sheet = openpyxl.load_workbook(io.BytesIO(data))["edge"]
    header = [c.value for c in sheet[1]]
    row = {h: c for h, c in zip(header, sheet[2])}
    assert row["text"].value == "'=1+1" and row["text"].data_type == "s"
    assert row["number"].value == 1.5 and row["count"].value == 0 and row["flag"].value is True
    assert row["date"].is_date and row["date"].number_format == "YYYY-MM-DD"
    assert row["published"].is_date and row["published"].number_format == "YYYY-MM-DD HH:MM:SS"
    assert row["ids"].value == "afnum;ima"
    second = {h: c for h, c in zip(header, sheet[3])}
    assert second["number"].value is None and second["date"].value is None
    assert second["published"].value is None and second["text_nan"].value is None
    assert sheet["A6"].value is None and sheet["A7"].value is None   # "" and None: empty cells
    assert second["text"].value == "'+33 1 23"
    assert "when" not in header and "_search" not in header


def test_text_beyond_what_a_cell_holds_is_cut_with_a_warning():
    long = pd.DataFrame({"text": ["a" * 40_000, "b"], "mixed": ["c", 1]})
    with pytest.warns(UserWarning, match="truncated to 32767"):   # the fast text path, alone
        data = to_excel_bytes({"long": long[["text"]]}, [])
    assert len(openpyxl.load_workbook(io.BytesIO(data))["long"]["A2"].value) == 32_767
    with pytest.warns(UserWarning, match="truncated to 32767"):   # and the per-cell path
        to_excel_bytes({"long": long.assign(mixed=["a" * 40_000, 1])[["mixed"]]}, [])


def test_a_table_of_no_column_and_columns_of_nothing():
    assert_same_workbook({"none": pd.DataFrame(), "nothing": pd.DataFrame({"a": [None, None],
                                                                            "b": [np.nan, np.nan]})})


def test_timezones_are_refused_as_pandas_does():
    df = pd.DataFrame({"at": pd.to_datetime(["2025-01-01"]).tz_localize("UTC")})
    with pytest.raises(ValueError, match="timezones"):
        _pandas_excel_bytes({"t": df}, [])
    with pytest.raises(ValueError, match="timezones"):
        to_excel_bytes({"t": df}, [])


@pytest.fixture(scope="module")
def shipped(tmp_path_factory):
    from conftest import PROJECT
    root = tmp_path_factory.mktemp("shipped-excel") / "build"
    write_build(load_dataset(PROJECT / "data"), root)
    return load_tables(root)


@pytest.fixture(scope="module")
def synthetic(synthetic_root):
    return load_tables(synthetic_root)


def _export(tables, f: Filters) -> bytes:
    frames = export_tables(tables, f)
    about = about_rows(tables, f, today=dt.date(2026, 1, 1))
    data = assert_same_workbook(frames, about, about_sources(frames["sources"], f.lang))
    _frozen_header(data, frames)
    return data


def test_tiny_exports_match_pandas(tiny_tables):
    _export(tiny_tables, Filters())
    _export(tiny_tables, Filters(lang="en", themes=("ai",)))


@pytest.mark.parametrize("f", [Filters(), Filters(q="souverain")], ids=["all", "search"])
def test_shipped_exports_match_pandas(shipped, f):
    _export(shipped, f)


def test_synthetic_exports_match_pandas(synthetic):
    _export(synthetic, Filters())
    # the loaded tables as they are (categoricals, helper columns, lists), not through export_tables
    assert_same_workbook({name: getattr(synthetic, name) for name in
                          ("figures", "proposals", "events", "sources", "actors")})


def test_sheet_xml_and_strings_are_those_pandas_wrote(synthetic):
    """Beyond what a reader sees: the sheets' XML and the shared strings are the same bytes today."""
    frames = export_tables(synthetic, Filters())
    about = about_rows(synthetic, Filters(), today=dt.date(2026, 1, 1))
    new, old = (zipfile.ZipFile(io.BytesIO(fn(frames, about))) for fn in
                (to_excel_bytes, _pandas_excel_bytes))
    names = [n for n in old.namelist() if n.startswith("xl/worksheets/") or n == "xl/sharedStrings.xml"]
    assert names and sorted(new.namelist()) == sorted(old.namelist())
    for name in names:
        assert new.read(name) == old.read(name), name


TEXT = st.one_of(st.none(), st.text(max_size=8), st.sampled_from(["=1", "+a", "-", "@b", "", "x;y"]))


@st.composite
def tables(draw):
    n = draw(st.integers(0, 5))

    def column(strategy):
        return draw(st.lists(strategy, min_size=n, max_size=n))
    df = pd.DataFrame({
        "text": pd.Series(column(TEXT), dtype=object),
        "category": pd.Series(column(TEXT), dtype="category"),
        "value": pd.Series(column(st.floats()), dtype="float64"),
        "count": pd.Series(column(st.integers(-2 ** 63, 2 ** 63 - 1)), dtype="int64"),
        "flag": pd.Series(column(st.booleans()), dtype=bool),
        "date": pd.Series(column(st.one_of(st.none(), st.dates(dt.date(1900, 1, 1)))), dtype=object),
        "at": pd.Series(column(st.one_of(st.none(), st.datetimes(dt.datetime(1900, 1, 1)))),
                        dtype="datetime64[us]"),
        "ids": pd.Series(column(st.one_of(st.none(), st.lists(TEXT.filter(bool), max_size=3))),
                         dtype=object),
    })
    return df[draw(st.lists(st.sampled_from(list(df.columns)), min_size=1, max_size=4, unique=True))]


@settings(max_examples=40)
@given(tables())
def test_generated_tables_match_pandas(df):
    assert_same_workbook({"t": df})


def test_the_comparison_fails_when_a_date_is_written_as_text():
    """The check above is not vacuous: a writer that writes dates as text is caught."""
    real = app.exports.excel_file._excel_value

    def dates_as_text(value):
        if isinstance(value, dt.date):
            return value.isoformat(), None
        return real(value)
    frames = {"t": pd.DataFrame({"date": [dt.date(2025, 2, 1), None]})}
    with mock.patch("app.exports.excel_file._excel_value", dates_as_text):
        with pytest.raises(AssertionError):
            assert_same_workbook(frames)
    assert_same_workbook(frames)
