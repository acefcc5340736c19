"""CSV exports: UTF-8 with a byte-order mark, comma-separated, ISO dates, as pandas' `to_csv` writes them."""
from __future__ import annotations

import csv
import datetime as dt
import io

import numpy as np
import pandas as pd
import pyarrow as pa
import pyarrow.compute as pc
from pandas.api.types import infer_dtype

from .cells import FORMULA_STARTS, INNER_DEFUSED, INNER_FORMULA, LIST_JOIN, export_frame, is_helper, is_list


def to_csv_bytes(df: pd.DataFrame) -> bytes:
    """UTF-8 CSV with a byte-order mark (Excel then reads accents right), comma-separated, ISO dates.

    The text pandas' `to_csv` writes for `export_frame(df)` (Python's csv module, minimal quoting, floats
    as numpy's `str`), built column by column with Arrow kernels: pandas took ~650 ms of the ~850 ms for
    50,000 figures, mostly turning each cell into a Python object. Arrow's own CSV writer is not used:
    it quotes every text cell. A column of a kind not handled below sends the whole table down pandas.
    """
    columns = [i for i, c in enumerate(df.columns) if not is_helper(c)]
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
        if len(first) and is_list(first.iloc[0]):   # a list column: "a;b"
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
    joined = series.map(lambda v: LIST_JOIN.join(map(str, v)) if is_list(v) else v).to_numpy()
    if infer_dtype(joined, skipna=True) not in ("string", "empty"):
        raise _NotArrow(series.name)
    return pa.array(joined, type=pa.large_string(), from_pandas=True)


def _text_cells(text: pa.Array) -> pa.Array:
    """Text as CSV fields: formulas defused (`defuse`, at the start and after a separator), a bare "\r" or "\r\n" as "\n", quoted if needed.

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
    # "Budget;=2+5" -> "Budget;'=2+5": the regex only where a separator or line break is followed by a
    # quote or a formula start (found in the bytes: the regex on every cell doubled the writer's time).
    breaks = np.flatnonzero(_BREAK_BYTE[data[:-1]] & _AFTER_BREAK_BYTE[data[1:]]) if len(data) > 1 else []
    if len(breaks):
        maybe = np.zeros(len(text), dtype=bool)
        maybe[np.searchsorted(bounds, breaks + bounds[0], side="right") - 1] = True
        some = text.filter(pa.array(maybe))
        text = pc.replace_with_mask(text, pa.array(maybe),
                                    pc.replace_substring_regex(some, INNER_FORMULA, INNER_DEFUSED))
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
_BREAK_BYTE = _byte_table(",;\n\r")                          # INNER_FORMULA's first part...
_AFTER_BREAK_BYTE = _byte_table(('"', "=", "+", "-", "@", "\t"))   # ...and what may follow it


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
