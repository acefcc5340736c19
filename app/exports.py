"""Exports of the filtered tables: CSV, Excel (with a sheet on filters, version and sources) and Parquet.

Built only when the user asks (the download buttons call these lazily). Any
text cell a spreadsheet would run as a formula is defused with a leading quote
(CSV and Excel; Parquet is read by programs, not spreadsheets, and keeps the
values and lists as they are).
"""
from __future__ import annotations

import csv
import datetime as dt
import decimal
import io
import warnings

import numpy as np
import pandas as pd
import pyarrow as pa
import pyarrow.compute as pc
from pandas.api.types import infer_dtype, is_bool, is_float, is_integer, is_scalar

from .filters import describe_filters
from .fmt import format_partial_date
from .i18n import t
from .query import Filters, Tables, actor_names, theme_labels

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
LIST_JOIN = ";"
HELPER_COLUMNS = ("when", "until")   # derived by the query layer for filtering, not data


def defuse(value):
    """'=1+1' -> "'=1+1": a spreadsheet shows the text instead of running it. Non-text passes."""
    if isinstance(value, str) and value.startswith(FORMULA_STARTS):
        return "'" + value
    return value


def _is_list(value) -> bool:
    return isinstance(value, (list, tuple, np.ndarray))


def clean_frame(df: pd.DataFrame) -> pd.DataFrame:
    """A copy without the query layer's helper columns (`_search`, `when`, `until`)."""
    return df[[c for c in df.columns if not c.startswith("_") and c not in HELPER_COLUMNS]].copy()


def export_frame(df: pd.DataFrame) -> pd.DataFrame:
    """A copy ready for a spreadsheet: no helper columns, lists joined with ';', text defused."""
    out = clean_frame(df)
    for column in out.columns:
        series = out[column]
        if series.dtype == object or isinstance(series.dtype, (pd.StringDtype, pd.CategoricalDtype)):
            series = series.astype(object)
            first = series.dropna().head(1)
            if len(first) and _is_list(first.iloc[0]):   # a list column (the schema's lists are whole columns)
                series = series.map(lambda v: LIST_JOIN.join(map(str, v)) if _is_list(v) else v)
            try:   # vectorised `defuse`: a Python call per cell cost ~1 s for 50,000 rows
                risky = series.str.startswith(FORMULA_STARTS, na=False).astype(bool)
            except AttributeError:   # not a text column (dates are objects too), or mixed
                out[column] = series.map(defuse)
                continue
            if risky.any():
                series = series.where(~risky, "'" + series[risky].astype(str))
            out[column] = series
    return out


def to_csv_bytes(df: pd.DataFrame) -> bytes:
    """UTF-8 CSV with a byte-order mark (Excel then reads accents right), comma-separated, ISO dates.

    The text pandas' `to_csv` writes for `export_frame(df)` (Python's csv module, minimal quoting, floats
    as numpy's `str`), built column by column with Arrow kernels: pandas took ~650 ms of the ~850 ms for
    50,000 figures, mostly turning each cell into a Python object. Arrow's own CSV writer is not used:
    it quotes every text cell. A column of a kind not handled below sends the whole table down pandas.
    """
    columns = [i for i, c in enumerate(df.columns)
               if not (isinstance(c, str) and (c.startswith("_") or c in HELPER_COLUMNS))]
    if not columns or isinstance(df.columns, pd.MultiIndex):
        return _to_csv_bytes_pandas(df)
    try:
        cells = [_csv_cells(df.iloc[:, i]) for i in columns]
    except _NotArrow:
        return _to_csv_bytes_pandas(df)
    header = io.StringIO()
    csv.writer(header, lineterminator="\n").writerow([df.columns[i] for i in columns])
    if len(cells) == 1:   # the csv module writes a row of one empty field as "" (else it is a blank line)
        empty = pc.equal(pc.fill_null(cells[0], ""), "")
        cells[0] = pc.if_else(empty, _large('""'), cells[0])
    last = pc.fill_null(cells[-1], "")   # each row ends with "\n": the rows' bytes are then the body
    cells[-1] = pc.binary_join_element_wise(last, _large("\n"), _large(""))
    # The file's bytes come from the C library's malloc, not the app's pool (jemalloc handing freed
    # memory back at once): there each export's ~14 MB were new pages, ~4,500 page faults (~15 ms);
    # malloc reuses the block freed by the last export without keeping more.
    lines = pc.binary_join_element_wise(*cells, _large(","), null_handling="replace", null_replacement="",
                                        memory_pool=pa.system_memory_pool())
    if isinstance(lines, pa.ChunkedArray):
        lines = lines.combine_chunks()
    body = b""
    if len(lines):   # the rows' bytes, end to end
        _, offsets, data = lines.buffers()
        bounds = np.frombuffer(offsets, dtype=np.int64)[lines.offset:lines.offset + len(lines) + 1]
        body = memoryview(data)[bounds[0]:bounds[-1]]
    return b"".join(["\ufeff".encode("utf-8"), header.getvalue().encode("utf-8"), body])


class _NotArrow(Exception):
    """A column the Arrow path does not write exactly as pandas: the table goes through pandas."""


_NAT = type(pd.NaT)


def _large(text: str) -> pa.Scalar:
    return pa.scalar(text, pa.large_string())


def _csv_cells(series: pd.Series) -> pa.Array:
    """One column as CSV fields (Arrow large strings, null for an empty field), as pandas writes them."""
    dtype = series.dtype
    if isinstance(dtype, pd.CategoricalDtype):
        categories = dtype.categories
        if len(categories) and infer_dtype(categories, skipna=True) != "string":
            raise _NotArrow(series.name)
        codes = series.cat.codes.to_numpy()
        if len(categories) > len(series):   # a big dictionary: cheaper on the rows than on every label
            return _text_cells(pa.array(series.astype(object), type=pa.large_string(), from_pandas=True))
        labels = _text_cells(pa.array(np.asarray(categories, dtype=object), type=pa.large_string()))
        return labels.take(pa.array(codes, mask=codes < 0))
    if isinstance(dtype, pd.StringDtype):
        return _text_cells(pa.array(series, from_pandas=True).cast(pa.large_string()))
    if dtype == object:
        values = series.to_numpy()
        kind = infer_dtype(values, skipna=True)
        if kind in ("string", "empty"):
            return _text_cells(pa.array(values, type=pa.large_string(), from_pandas=True))
        if kind == "date" and not any(issubclass(t, dt.datetime) and t is not _NAT   # a datetime has a time
                                      for t in set(map(type, values))):
            return pa.array(values, type=pa.date32(), from_pandas=True).cast(pa.large_string())
        first = series.dropna().head(1)
        if len(first) and _is_list(first.iloc[0]):   # a list column: "a;b"
            return _text_cells(_joined(series))
        if not len(first):   # None, NaN and NaT alone
            return pa.nulls(len(values), pa.large_string())
        raise _NotArrow(series.name)
    if dtype == np.float64:
        return _float_cells(series.to_numpy())
    if dtype.kind in "iu" and isinstance(dtype, np.dtype):
        return pa.array(series.to_numpy()).cast(pa.large_string())
    if dtype == np.bool_:
        return pc.if_else(pa.array(series.to_numpy()), _large("True"), _large("False"))
    if dtype.kind == "M" and isinstance(dtype, np.dtype):   # naive datetimes: the date alone
        values = series.to_numpy()
        years = values[~np.isnat(values)].astype("datetime64[Y]").astype(np.int64) + 1970
        if len(years) and (years.min() < 1000 or years.max() > 9999):
            raise _NotArrow(series.name)
        return pa.array(values, from_pandas=True).cast(pa.date32()).cast(pa.large_string())
    raise _NotArrow(series.name)


def _joined(series: pd.Series) -> pa.Array:
    """A list column as "a;b" text (a cell that is not a list stays as it is)."""
    try:
        lists = pa.array(series.to_numpy(), from_pandas=True)
    except (pa.ArrowException, TypeError, ValueError):
        lists = None
    if (lists is not None and pa.types.is_list(lists.type) and pa.types.is_string(lists.type.value_type)
            and lists.values.null_count == 0):
        return pc.binary_join(lists, LIST_JOIN).cast(pa.large_string())
    joined = series.map(lambda v: LIST_JOIN.join(map(str, v)) if _is_list(v) else v).to_numpy()
    if infer_dtype(joined, skipna=True) not in ("string", "empty"):
        raise _NotArrow(series.name)
    return pa.array(joined, type=pa.large_string(), from_pandas=True)


def _text_cells(text: pa.Array) -> pa.Array:
    """Text as CSV fields: formulas defused (`defuse`), a bare "\r" or "\r\n" as "\n", quoted if needed.

    Which cells need it is read from the UTF-8 bytes with numpy (every character looked for is ASCII,
    and no byte of a multi-byte character is): a few times faster than Arrow's per-string kernels.
    """
    if isinstance(text, pa.ChunkedArray):
        text = text.combine_chunks()
    bounds, data = _utf8_bytes(text)
    starts = bounds[:-1] - bounds[0]
    risky = (bounds[1:] > bounds[:-1]) & _FORMULA_BYTE[data[np.minimum(starts, max(len(data) - 1, 0))]] \
        if len(data) else np.zeros(len(text), dtype=bool)
    if risky.any():
        text = pc.replace_with_mask(text, pa.array(risky), pc.binary_join_element_wise(
            _large("'"), text.filter(pa.array(risky)), _large("")))
        bounds, data = _utf8_bytes(text)
    # Python's csv module (lineterminator "\n", minimal quoting) quotes a field holding , " or \n; it
    # does not quote a bare "\r" (which splits the row in some readers): written "\n", the field is quoted.
    hits = np.flatnonzero(_CSV_SPECIAL_BYTE[data]) + bounds[0]
    if len(hits):
        special = np.zeros(len(text), dtype=bool)
        special[np.searchsorted(bounds, hits, side="right") - 1] = True
        fields = text.filter(pa.array(special))
        if (data[hits - bounds[0]] == ord("\r")).any():
            fields = pc.replace_substring_regex(fields, "\r\n?", "\n")
        quoted = pc.binary_join_element_wise(
            _large('"'), pc.replace_substring(fields, '"', '""'), _large('"'), _large(""))
        text = pc.replace_with_mask(text, pa.array(special), quoted)
    return text


def _byte_table(chars) -> np.ndarray:
    table = np.zeros(256, dtype=bool)
    for c in chars:
        assert len(c.encode("utf-8")) == 1, c   # one ASCII byte: found in UTF-8 bytes as is
        table[ord(c)] = True
    return table


_FORMULA_BYTE = _byte_table(FORMULA_STARTS)
_CSV_SPECIAL_BYTE = _byte_table(',"\n\r')


def _utf8_bytes(text: pa.Array) -> tuple[np.ndarray, np.ndarray]:
    """(offsets of each cell, the cells' bytes) of Arrow large strings, as numpy views."""
    _, offsets, data = text.buffers()
    bounds = np.frombuffer(offsets, dtype=np.int64)[text.offset:text.offset + len(text) + 1]
    if data is None or len(bounds) == 0:
        return (bounds if len(bounds) else np.zeros(1, dtype=np.int64)), np.zeros(0, dtype=np.uint8)
    return bounds, np.frombuffer(data, dtype=np.uint8)[bounds[0]:bounds[-1]]


def _float_cells(values: np.ndarray) -> pa.Array:
    """Floats as pandas writes them, numpy's `str` (Python's repr): 109000000000.0, -5.0, 1e-07; NaN empty.

    Arrow formats most of them (shortest digits, as repr): whole numbers below 2**53 as integers + ".0",
    other numbers Arrow writes without exponent as they are; numpy formats the rest (exponents, -0.0, inf).
    """
    finite = np.isfinite(values)
    magnitude = np.abs(values, where=finite, out=np.zeros(len(values)))
    whole = finite & (values == np.trunc(values, where=finite, out=np.zeros(len(values)))) \
        & (magnitude < 2.0 ** 53) & ~((values == 0) & np.signbit(values))
    plain = finite & ~whole & (magnitude >= 1e-4) & (magnitude < 1e16)   # repr writes no exponent there
    arrow = pa.array(values[plain]).cast(pa.large_string())
    exponent = pc.match_substring(arrow, "e").to_numpy(zero_copy_only=False)
    if exponent.any():   # Arrow chose an exponent where repr does not: numpy writes those
        plain[np.flatnonzero(plain)[exponent]] = False
        arrow = arrow.filter(pa.array(~exponent))
    rest = ~np.isnan(values) & ~whole & ~plain
    whole, plain, rest = np.flatnonzero(whole), np.flatnonzero(plain), np.flatnonzero(rest)
    pieces = pa.concat_arrays([
        pc.binary_join_element_wise(pa.array(values[whole].astype(np.int64)).cast(pa.large_string()),
                                    _large(".0"), _large("")),
        arrow,
        pa.array(values[rest].astype(str).astype(object), type=pa.large_string()),
    ])
    where = np.zeros(len(values), dtype=np.int64)   # row -> its cell in `pieces`; NaN rows are null
    where[np.concatenate([whole, plain, rest])] = np.arange(len(pieces))
    return pieces.take(pa.array(where, mask=np.isnan(values)))


def _to_csv_bytes_pandas(df: pd.DataFrame) -> bytes:
    """`to_csv_bytes` through pandas' writer (~850 ms for 50,000 figures): columns the Arrow path skips."""
    out = export_frame(df)
    for column in out.columns:   # a bare "\r" in a cell is not quoted by the writer and splits the row
        series = out[column]
        if series.dtype == object or pd.api.types.is_string_dtype(series):
            try:
                has_cr = series.str.contains("\r", regex=False, na=False).astype(bool)
            except AttributeError:   # dates and other non-text objects
                continue
            if has_cr.any():
                out[column] = series.where(~has_cr, series[has_cr].str.replace("\r\n?", "\n", regex=True))
    return out.to_csv(index=False, date_format="%Y-%m-%d").encode("utf-8-sig")


def to_parquet_bytes(df: pd.DataFrame) -> bytes:
    """Parquet of the table as it is (types and lists kept), without helper columns."""
    buffer = io.BytesIO()
    clean_frame(df).to_parquet(buffer, index=False)
    return buffer.getvalue()


def _built_at(stamp: str | None, lang: str) -> str:
    """'20261122T230649360224' (the build's UTC stamp) -> '22 novembre 2026, 23:06 UTC'."""
    try:
        when = dt.datetime.strptime(stamp or "", "%Y%m%dT%H%M%S%f")
    except ValueError:
        return stamp or t("common.unknown", lang)
    return f"{format_partial_date(when.date(), 'day', lang)}, {when:%H:%M} UTC"


def about_rows(tables: Tables, f: Filters, today: dt.date | None = None) -> list[tuple[str, str]]:
    """(field, value) rows of the export's first sheet: what, which filters, which data, how to cite."""
    lang = f.lang
    labels = {"theme": theme_labels(tables, lang), "actor": actor_names(tables),
              "source": dict(zip(tables.sources["source_id"], tables.sources["title"]))}
    today_text = format_partial_date(today or dt.date.today(), "day", lang)
    built = _built_at(tables.manifest.get("built_at"), lang)
    return [
        (t("export.about_title", lang), t("app.title", lang)),
        (t("export.about_filters", lang), "\n".join(describe_filters(f, labels))),
        (t("export.about_version", lang), tables.version),
        (t("export.about_built", lang), built),
        (t("export.about_exported", lang), today_text),
        (t("export.about_themes", lang), t("export.about_themes_text", lang)),
        (t("export.about_cite", lang), t("export.cite_text", lang, title=t("app.title", lang),
                                         version=tables.version, built=built, today=today_text)),
    ]


def about_sources(sources: pd.DataFrame, lang: str) -> pd.DataFrame:
    """The exported sources for the first sheet: title, publisher, date (as precise as known), address."""
    return pd.DataFrame({
        t("common.title", lang): sources["title"].astype(object),
        t("common.publisher", lang): sources["publisher"].astype(object),
        t("common.published", lang): [format_partial_date(d, p, lang) for d, p in
                                      zip(sources["published"], sources["published_precision"])],
        t("export.url", lang): sources["url"].astype(object).where(sources["url"].notna(), ""),
    })


def to_excel_bytes(frames: dict[str, pd.DataFrame], about: list[tuple[str, str]],
                   sources: pd.DataFrame | None = None,
                   header: tuple[str, str] = ("field", "value")) -> bytes:
    """One sheet per table after a first sheet `about`: the (field, value) rows, then `sources`.

    Every cell of `about` is written as text (never a formula), defused like the tables. The tables'
    cells are those pandas' `export_frame(df).to_excel(writer, index=False)` wrote (same values, types,
    date formats, empty cells), written column by column with xlsxwriter's typed calls: through pandas'
    per-cell formatting layer 50,000 figures took 10.5-11.7 s, now ~4.9 s (the rest is xlsxwriter's own).
    """
    import xlsxwriter   # here, as pandas did: ~70 ms the app's start does not need

    buffer = io.BytesIO()
    book = xlsxwriter.Workbook(buffer, {"strings_to_formulas": False, "strings_to_urls": False})
    try:
        write_about(book, about, sources, header)
        formats: dict[str, object] = {}
        for name, df in frames.items():
            sheet_name = name[:31]
            _write_table(book, formats, sheet_name, export_frame(df))
    finally:
        book.close()
    return buffer.getvalue()


def write_about(book, about: list[tuple[str, str]], sources: pd.DataFrame | None,
                header: tuple[str, str]) -> None:
    """The workbook's first sheet, `about`: the (field, value) rows, then `sources`, all as text."""
    bold, wrap = book.add_format({"bold": True, "valign": "top"}), book.add_format(
        {"text_wrap": True, "valign": "top"})
    sheet = book.add_worksheet("about")
    sheet.set_column(0, 0, 30)
    sheet.set_column(1, 1, 90)
    sheet.set_column(2, 3, 30)
    rows = [header, *about]
    for i, (key, value) in enumerate(rows):
        sheet.write_string(i, 0, str(defuse(key)), bold)
        sheet.write_string(i, 1, str(defuse(value)), bold if i == 0 else wrap)
    if sources is not None and len(sources.columns):
        start = len(rows) + 1
        for j, column in enumerate(sources.columns):
            sheet.write_string(start, j, str(defuse(column)), bold)
        for i, values in enumerate(sources.itertuples(index=False), start=start + 1):
            for j, value in enumerate(values):
                sheet.write_string(i, j, "" if pd.isna(value) else str(defuse(value)), wrap)


_EXCEL_MAX_ROWS, _EXCEL_MAX_COLS, _EXCEL_MAX_TEXT = 1_048_576, 16_384, 32_767
_DATETIME_FORMAT, _DATE_FORMAT = "YYYY-MM-DD HH:MM:SS", "YYYY-MM-DD"   # pandas' ExcelWriter defaults


def _write_table(book, formats: dict, sheet_name: str, df: pd.DataFrame) -> None:
    """`df` on sheet `sheet_name` as pandas' `df.to_excel(writer, sheet_name, index=False)` writes it
    (header text in row 1, no index), first row frozen. Each column's cells are written with the
    xlsxwriter call pandas' writer ends in for them; a column of a kind not handled below goes cell by
    cell through the same conversion as pandas (`_excel_value`) and `worksheet.write`."""
    if isinstance(df.columns, pd.MultiIndex):
        raise ValueError("MultiIndex columns: not a table of the app")
    if len(df) + 1 > _EXCEL_MAX_ROWS or len(df.columns) > _EXCEL_MAX_COLS:
        raise ValueError(f"This sheet is too large! Your sheet size is: {len(df) + 1}, {len(df.columns)} "
                         f"Max sheet size is: {_EXCEL_MAX_ROWS}, {_EXCEL_MAX_COLS}")
    sheet = book.get_worksheet_by_name(sheet_name) or book.add_worksheet(sheet_name)

    def fmt(kind: str | None):
        if kind is None:
            return None
        if kind not in formats:
            formats[kind] = book.add_format({"num_format": kind})
        return formats[kind]

    sheet.freeze_panes(1, 0)
    for col, name in enumerate(df.columns):
        value, kind = _excel_value(name)
        sheet.write(0, col, value, fmt(kind))
    for col in range(len(df.columns)):
        _write_column(sheet, col, df.iloc[:, col], fmt)


def _write_column(sheet, col: int, series: pd.Series, fmt) -> None:
    """The cells of one column, from row 2 (row 1 is the header); empty cells are not written."""
    dtype = series.dtype
    if isinstance(dtype, np.dtype) and dtype.kind == "f":
        values = series.to_numpy()
        finite = np.isfinite(values)
        rows = np.flatnonzero(finite)
        write = sheet.write_number
        for row, value in zip((rows + 1).tolist(), values[rows].tolist()):
            write(row, col, value)
        for row in np.flatnonzero(np.isinf(values)).tolist():   # pandas writes inf as the text "inf"
            sheet.write_string(row + 1, col, "inf" if values[row] > 0 else "-inf")
        return
    if isinstance(dtype, np.dtype) and dtype.kind in "iu":
        write = sheet.write_number
        for row, value in enumerate(series.to_numpy().tolist(), start=1):
            write(row, col, value)
        return
    if isinstance(dtype, np.dtype) and dtype.kind == "b":
        write = sheet.write_boolean
        for row, value in enumerate(series.to_numpy().tolist(), start=1):
            write(row, col, value)
        return
    if dtype == object:
        values = series.to_numpy()
        if infer_dtype(values, skipna=True) in ("string", "empty"):
            missing = pd.isna(values)
            rows = np.flatnonzero(~missing)
            write, cut = sheet.write_string, False
            for row, value in zip((rows + 1).tolist(), values[rows].tolist()):
                if value != "":   # "" is an empty cell (xlsxwriter's `write` skips it)
                    cut = cut or len(value) > _EXCEL_MAX_TEXT
                    write(row, col, str(value))   # beyond the limit, xlsxwriter cuts it silently
            if cut:
                _warn_cut()
            return
    for row, value in enumerate(series, start=1):   # dates, datetimes, mixed or other kinds: as pandas
        token, kind = _excel_value(value)
        if token is not None:
            sheet.write(row, col, token, fmt(kind))


def _excel_value(value) -> tuple[object, str | None]:
    """(what pandas' Excel writer passes to `worksheet.write` for a cell, its number format or None).

    pandas' ExcelFormatter._format_value (missing -> "", inf -> "inf", no time zones) then
    ExcelWriter._value_with_fmt. None (an empty cell) where pandas writes "" without a format.
    """
    if is_scalar(value) and pd.isna(value):
        return None, None
    if is_float(value):
        if value == np.inf:
            return "inf", None
        if value == -np.inf:
            return "-inf", None
    if getattr(value, "tzinfo", None) is not None:
        raise ValueError("Excel does not support datetimes with timezones. Please ensure that datetimes "
                         "are timezone unaware before writing to Excel.")
    if is_integer(value):
        return int(value), None
    if is_float(value):
        return float(value), None
    if is_bool(value):
        return bool(value), None
    if isinstance(value, decimal.Decimal):
        return decimal.Decimal(value), None
    if isinstance(value, dt.datetime):
        return value, _DATETIME_FORMAT
    if isinstance(value, dt.date):
        return value, _DATE_FORMAT
    if isinstance(value, dt.timedelta):
        return value.total_seconds() / 86400, "0"
    text = str(value)
    if len(text) > _EXCEL_MAX_TEXT:
        _warn_cut()
    return (text or None), None


def _warn_cut() -> None:
    """pandas' warning for text beyond what an Excel cell holds (the text is cut, as pandas cut it)."""
    warnings.warn(f"Cell contents too long, truncated to {_EXCEL_MAX_TEXT} characters", UserWarning,
                  stacklevel=4)
