"""Exports of the filtered tables: CSV, Excel (with a sheet on filters, version and sources) and Parquet.

Built only when the user asks (the download buttons call these lazily). Any
text cell a spreadsheet would run as a formula is defused with a leading quote.
"""
from __future__ import annotations

import io

import pandas as pd

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
LIST_JOIN = ";"


def defuse(value):
    """'=1+1' -> "'=1+1": a spreadsheet shows the text instead of running it. Non-text passes."""
    if isinstance(value, str) and value.startswith(FORMULA_STARTS):
        return "'" + value
    return value


def export_frame(df: pd.DataFrame) -> pd.DataFrame:
    """A copy ready to leave the app: no helper columns, lists joined, text defused."""
    out = df[[c for c in df.columns if not c.startswith("_") and c not in ("when", "until")]].copy()
    for column in out.columns:
        series = out[column]
        if series.dtype == object or isinstance(series.dtype, (pd.StringDtype, pd.CategoricalDtype)):
            if series.map(lambda v: isinstance(v, (list, tuple)) or hasattr(v, "tolist")).any():
                series = series.map(lambda v: LIST_JOIN.join(map(str, v)) if v is not None
                                    and not isinstance(v, str) else v)
            out[column] = series.astype(object).map(defuse)
    return out


def to_csv_bytes(df: pd.DataFrame) -> bytes:
    """UTF-8 CSV with a byte-order mark (Excel then reads accents right), comma-separated, ISO dates."""
    return export_frame(df).to_csv(index=False, date_format="%Y-%m-%d").encode("utf-8-sig")


def to_parquet_bytes(df: pd.DataFrame) -> bytes:
    buffer = io.BytesIO()
    export_frame(df).to_parquet(buffer, index=False)
    return buffer.getvalue()


def to_excel_bytes(frames: dict[str, pd.DataFrame], about: list[tuple[str, str]]) -> bytes:
    """One sheet per table plus a first sheet `about` of (field, value) rows."""
    buffer = io.BytesIO()
    with pd.ExcelWriter(buffer, engine="xlsxwriter",
                        engine_kwargs={"options": {"strings_to_formulas": False,
                                                   "strings_to_urls": False}}) as writer:
        pd.DataFrame(about, columns=["", " "]).map(defuse).to_excel(
            writer, sheet_name="about", index=False)
        writer.sheets["about"].set_column(0, 0, 28)
        writer.sheets["about"].set_column(1, 1, 100)
        for name, df in frames.items():
            sheet = name[:31]
            export_frame(df).to_excel(writer, sheet_name=sheet, index=False)
            writer.sheets[sheet].freeze_panes(1, 0)
    return buffer.getvalue()
