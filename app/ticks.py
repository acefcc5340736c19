"""Axis ticks written the reader's way. Plotly's own are English whatever the locale ('1B', 'Jan 2025'),
so value and date axes get explicit tick values and texts formatted by app.fmt (babel)."""
from __future__ import annotations

import datetime as dt
import math
from collections.abc import Callable, Iterable

import pandas as pd
from babel.dates import format_date

from .fmt import BABEL, format_compact, format_money, format_share

MAX_TICKS = 8


def value_formatter(measure: str, lang: str) -> Callable[[float], str]:
    """How a value axis writes its ticks: '100 Md€' for money (in euros), '25 %', '1,2 k'."""
    if measure == "money":
        return lambda v: format_money(v, "EUR", lang)
    if measure == "share":
        return lambda v: format_share(v, lang)
    return lambda v: format_compact(v, lang)


def value_ticks(values: Iterable[float], log: bool, whole: bool = False) -> list[float]:
    """Round tick positions covering `values`: powers of ten on a log axis, 1-2-5 steps otherwise.

    >>> value_ticks([3e6, 4.4e11], log=True)[:3]
    [1000000.0, 10000000.0, 100000000.0]
    >>> value_ticks([0, 47], log=False)
    [0.0, 10.0, 20.0, 30.0, 40.0, 50.0]
    >>> value_ticks([1.7e11, 2.5e12], log=True)
    [100000000000.0, 200000000000.0, 500000000000.0, 1000000000000.0, 2000000000000.0, 5000000000000.0]
    >>> value_ticks([0, 1], log=False, whole=True)
    [0.0, 1.0]
    """
    finite = [float(v) for v in values if v is not None and math.isfinite(v) and (v > 0 or not log)]
    if not finite:
        return []
    lo, hi = min(finite), max(finite)
    if log:
        first, last = math.floor(math.log10(lo)), math.ceil(math.log10(hi))
        if last - first <= 2:   # within two decades powers of ten leave one tick or none: 1-2-5 steps
            near = [m * 10.0 ** e for e in range(first, last + 1) for m in (1, 2, 5)]
            inside = [v for v in near if lo / 2 <= v <= hi * 2]
            if len(inside) >= 2:
                return inside
        step = max(1, math.ceil((last - first + 1) / MAX_TICKS))
        return [10.0 ** e for e in range(first, last + 1, step)]
    lo = min(lo, 0.0)
    span = (hi - lo) or abs(hi) or 1.0
    raw = span / (MAX_TICKS - 2)
    magnitude = 10 ** math.floor(math.log10(raw))
    step = next(m * magnitude for m in (1, 2, 5, 10) if m * magnitude >= raw)
    if whole:   # counts: no step of 0.2 between 0 and 1
        step = max(step, 1.0)
    start = math.floor(lo / step) * step
    return [float(round(start + i * step, 12)) for i in range(int(math.ceil((hi - start) / step)) + 1)]


def date_ticks(whens: Iterable, lang: str) -> tuple[list[dt.date], list[str]]:
    """First days of months, quarters or years covering `whens`, labelled 'janv. 2025' or '2025'."""
    stamps = pd.to_datetime(pd.Series(list(whens)), errors="coerce").dropna()
    if stamps.empty:
        return [], []
    lo, hi = stamps.min(), stamps.max()
    months = (hi.year - lo.year) * 12 + hi.month - lo.month + 1
    step = next((s for s in (1, 2, 3, 6, 12, 24, 60, 120) if months / s <= MAX_TICKS), 240)
    first = dt.date(lo.year, 1 if step >= 12 else ((lo.month - 1) // step) * step + 1, 1)
    ticks, at = [], first
    while at <= hi.date():
        ticks.append(at)
        total = at.year * 12 + at.month - 1 + step
        at = dt.date(total // 12, total % 12 + 1, 1)
    pattern = "y" if step >= 12 else "MMM y"
    return ticks, [format_date(d, pattern, locale=BABEL[lang]) for d in ticks]
