"""Exports of the filtered tables: CSV, Excel (with a sheet on filters, version and sources) and Parquet.

Built only when the user asks (the download buttons call these lazily). Any
text cell a spreadsheet would run as a formula is defused with a leading quote
(CSV and Excel; Parquet is read by programs, not spreadsheets, and keeps the
values and lists as they are).
"""
from __future__ import annotations

import datetime as dt
import io

import numpy as np
import pandas as pd

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
    """UTF-8 CSV with a byte-order mark (Excel then reads accents right), comma-separated, ISO dates."""
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

    Every cell of `about` is written as text (never a formula), defused like the tables.
    """
    buffer = io.BytesIO()
    with pd.ExcelWriter(buffer, engine="xlsxwriter",
                        engine_kwargs={"options": {"strings_to_formulas": False,
                                                   "strings_to_urls": False}}) as writer:
        book = writer.book
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
        for name, df in frames.items():
            sheet_name = name[:31]
            export_frame(df).to_excel(writer, sheet_name=sheet_name, index=False)
            writer.sheets[sheet_name].freeze_panes(1, 0)
    return buffer.getvalue()
