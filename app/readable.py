"""A chart's data as a reader reads it: columns headed in words, ids as names, numbers and dates the
reader's way, and a dash where nothing is known (never "None", never a raw 109000000000).

The pages hand `chart_block` the frame their chart is drawn from; `readable_table` is the one place
that decides how its columns are shown."""
from __future__ import annotations

import math

import pandas as pd

from .fmt import format_money, format_number, format_partial_date
from .i18n import t
from .query import Tables, actor_names, lever_labels, source_titles, theme_labels

MISSING = "–"
HIDDEN = {"figure_id", "proposal_id", "event_id", "claim_id", "ref", "unit", "review", "date_precision",
          "precision", "measure", "value_high", "value_eur_high", "bound"}
# column -> the message key of its header
HEADERS = {
    "label": "common.wording", "label_fr": "common.label", "label_en": "common.label",
    "title_fr": "common.title", "title_en": "common.title", "raw": "common.raw",
    "shown": "common.value", "value": "common.value", "value_eur": "common.value_eur",
    "theme": "common.theme", "actor_id": "common.actor", "actor": "common.actor", "lever": "common.lever",
    "period": "common.period", "status": "common.status", "kind": "common.kind",
    "source_id": "common.source", "when": "common.date", "date": "common.date", "until": "common.until",
    "lane": "common.item", "n": "common.count", "proposals": "proposals.matrix_hover",
}
ENUMS = {"period", "status", "kind"}   # schema words, shown in the reader's language


def _missing(value) -> bool:
    return value is None or (isinstance(value, float) and math.isnan(value)) or value is pd.NaT


def _date_precision(dates: pd.Series) -> str:
    """'year' when every date is a 1 January, 'month' when every one is a first, else 'day'."""
    known = pd.to_datetime(dates.dropna())
    if len(known) and (known.dt.day == 1).all():
        return "year" if (known.dt.month == 1).all() else "month"
    return "day"


def _enum_word(value, lang: str) -> str:
    try:
        return t(f"enums.{value}", lang)
    except KeyError:
        return str(value)


def _amounts(df: pd.DataFrame, column: str, lang: str) -> list[str]:
    """An amount column as written: '109 Md$' with its currency (the `unit` column; euros for
    value_eur), a plain number '50' otherwise."""
    units = df["unit"] if column == "value" and "unit" in df else pd.Series("EUR" if column == "value_eur" else None,
                                                                            index=df.index)
    out = []
    for value, unit in zip(df[column], units):
        if _missing(value):
            out.append(MISSING)
        elif isinstance(unit, str) and len(unit) == 3 and unit.isupper():   # an ISO 4217 currency
            out.append(format_money(float(value), unit, lang))
        else:
            out.append(format_number(float(value), lang) + (f" {unit}" if isinstance(unit, str) and unit else ""))
    return out


def readable_table(df: pd.DataFrame, tables: Tables, lang: str) -> pd.DataFrame:
    """`df` for a reader: known columns renamed to words (the first of two saying the same kept), ids
    replaced by names, amounts and dates formatted, missing cells as '–'; other columns as they are."""
    names = {"theme": theme_labels(tables, lang), "actor_id": actor_names(tables, lang),
             "lever": lever_labels(tables, lang), "source_id": source_titles(tables)}
    out, headers = {}, set()
    for column in df.columns:
        if column in HIDDEN:
            continue
        header = t(HEADERS[column], lang) if column in HEADERS else str(column)
        if header in headers:
            continue
        headers.add(header)
        series = df[column]
        if isinstance(series.dtype, pd.CategoricalDtype):
            series = series.astype(object)
        if column in names:
            series = series.map(lambda v, m=names[column]: MISSING if _missing(v) else m.get(v, v))
        elif column in ("value", "value_eur") and pd.api.types.is_numeric_dtype(series):
            series = pd.Series(_amounts(df, column, lang), index=df.index)
        elif pd.api.types.is_datetime64_any_dtype(series) or (
                series.dtype == object and series.map(lambda v: hasattr(v, "year") or _missing(v)).all()
                and series.notna().any()):
            precisions = (df["date_precision"] if "date_precision" in df else df["precision"] if "precision" in df
                          else pd.Series(_date_precision(series), index=df.index))
            series = pd.Series([MISSING if _missing(d) else format_partial_date(pd.Timestamp(d).date(), p, lang)
                                for d, p in zip(series, precisions)], index=df.index)
        elif column in ENUMS:
            series = series.map(lambda v: MISSING if _missing(v) else _enum_word(v, lang))
        elif series.dtype == object:
            series = series.map(lambda v: MISSING if _missing(v) else v)
        elif pd.api.types.is_float_dtype(series):   # no raw float: '1 234,5', or '–'
            series = series.map(lambda v: MISSING if _missing(v) else format_number(v, lang))
        out[header] = series
    return pd.DataFrame(out, index=df.index)
