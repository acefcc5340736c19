"""What every spreadsheet-bound export does to a table: helper columns left out, lists joined,
formulas defused.

Any text cell a spreadsheet would run as a formula is defused with a leading quote (CSV and
Excel; Parquet is read by programs, not spreadsheets, and keeps the values and lists as they are).
"""
from __future__ import annotations

import numpy as np
import pandas as pd

from ..query.tables import DERIVED_COLUMNS

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
LIST_JOIN = ";"


def defuse(value):
    """'=1+1' -> "'=1+1": a spreadsheet shows the text instead of running it. Non-text passes."""
    if isinstance(value, str) and value.startswith(FORMULA_STARTS):
        return "'" + value
    return value


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
            except AttributeError:   # not a text column (dates are objects too), or mixed
                out[column] = series.map(defuse)
                continue
            if risky.any():
                series = series.where(~risky, "'" + series[risky].astype(str))
            out[column] = series
    return out
