"""What every spreadsheet-bound export does to a table: helper columns left out, lists joined,
formulas defused.

Any text cell a spreadsheet would run as a formula is defused with a leading quote (CSV and
Excel; Parquet is read by programs, not spreadsheets, and keeps the values and lists as they are).
A spreadsheet may also split our comma-separated file on ';' (French Excel does) or at a line break
inside a quoted field: a formula start right after a ',', a ';' or a line break in a cell gets the
same quote there ("Budget;=2+5" -> "Budget;'=2+5"), so no piece of a cell can start a formula.
"""
from __future__ import annotations

import re

import numpy as np
import pandas as pd
import pyarrow as pa
import pyarrow.compute as pc

from ..query.tables import DERIVED_COLUMNS

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
LIST_JOIN = ";"
# A separator (either) or a line break, any quotes, then a formula start: where a reader splitting on
# ';' or at the line starts a cell. "\r" is left out of the starts as it is one of the breaks (matches
# must not overlap); a tab is a start (readers trim it). Python's re and Arrow's RE2 read it alike.
INNER_FORMULA = r'([,;\n\r]"*)([=+\-@\t])'
INNER_DEFUSED = r"\1'\2"
_INNER = re.compile(INNER_FORMULA)
_INNER_FOUND = re.compile(r'[,;\n\r]"*[=+\-@\t]')   # the same, without groups


def defuse(value):
    """'=1+1' -> "'=1+1", 'Budget;=2+5' -> "Budget;'=2+5": a spreadsheet shows the text instead of
    running it, whichever separator it splits on. Non-text passes."""
    if isinstance(value, str):
        if value.startswith(FORMULA_STARTS):
            value = "'" + value
        return _INNER.sub(INNER_DEFUSED, value)
    return value


def _inner_formulas(series: pd.Series) -> np.ndarray:
    """Which cells of a text column hold a formula start behind a separator (Arrow's regex engine: a
    Python one per cell doubled `export_frame`'s time)."""
    try:
        text = pa.array(series.to_numpy(), type=pa.large_string(), from_pandas=True)
    except (pa.ArrowException, TypeError, ValueError):   # not only text: cell by cell
        return series.map(lambda v: isinstance(v, str) and _INNER_FOUND.search(v) is not None).to_numpy(bool)
    return pc.fill_null(pc.match_substring_regex(text, INNER_FORMULA), False).to_numpy(zero_copy_only=False)


def is_list(value) -> bool:
    return isinstance(value, (list, tuple, np.ndarray))


def is_helper(column) -> bool:
    """A column the query layer adds for its own use (derived, or private with a leading `_`), not data:
    a frame handed to a writer straight from the tables leaves them out."""
    return isinstance(column, str) and (column.startswith("_") or column in DERIVED_COLUMNS)


def clean_frame(df: pd.DataFrame) -> pd.DataFrame:
    """A copy without the query layer's helper columns."""
    return df[[c for c in df.columns if not is_helper(c)]].copy()


def export_frame(df: pd.DataFrame) -> pd.DataFrame:
    """A copy ready for a spreadsheet: no helper columns, lists joined with ';', text defused."""
    out = clean_frame(df)
    for column in out.columns:
        series = out[column]
        if series.dtype == object or isinstance(series.dtype, (pd.StringDtype, pd.CategoricalDtype)):
            series = series.astype(object)
            first = series.dropna().head(1)
            if len(first) and is_list(first.iloc[0]):   # a list column (the schema's lists are whole columns)
                series = series.map(lambda v: LIST_JOIN.join(map(str, v)) if is_list(v) else v)
            try:   # vectorised `defuse`: a Python call per cell cost ~1 s for 50,000 rows
                risky = series.str.startswith(FORMULA_STARTS, na=False).astype(bool)
                inner = _inner_formulas(series)
            except AttributeError:   # not a text column (dates are objects too), or mixed
                out[column] = series.map(defuse)
                continue
            if risky.any():
                series = series.where(~risky, "'" + series[risky].astype(str))
            if inner.any():
                series = series.where(~inner, series[inner].astype(str).str.replace(_INNER, INNER_DEFUSED,
                                                                                    regex=True))
            out[column] = series
    return out
