"""Dates as our records write them: ISO strings at their precision."""
from __future__ import annotations

import calendar
import datetime as dt
import re
from dataclasses import dataclass

from loaders.schema import Precision

_PARTIAL = re.compile(r"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$")


@dataclass(frozen=True)
class PartialDate:
    """A date known to a day, a month or a year; `start` and `end` bound the period."""

    start: dt.date
    end: dt.date
    precision: Precision

    def iso(self) -> str:
        """Back to the ISO form at its precision: '2025', '2025-02' or '2025-02-10'."""
        return format_partial_date(self.start, self.precision)


def parse_partial_date(text: str) -> PartialDate:
    """Read an ISO date at its precision; ValueError says what is wrong.

    >>> parse_partial_date("2025-02")
    PartialDate(start=datetime.date(2025, 2, 1), end=datetime.date(2025, 2, 28), precision='month')
    >>> parse_partial_date("2025").precision
    'year'
    >>> parse_partial_date("2025-02-30")
    Traceback (most recent call last):
    ...
    ValueError: impossible date '2025-02-30': day is out of range for month
    """
    m = _PARTIAL.match(text.strip())
    if not m:
        raise ValueError(f"malformed date {text!r}: expected YYYY, YYYY-MM or YYYY-MM-DD")
    year, month, day = (int(g) if g else None for g in m.groups())
    try:
        if day is not None:
            d = dt.date(year, month, day)
            return PartialDate(d, d, "day")
        if month is not None:
            last = calendar.monthrange(year, month)[1] if 1 <= month <= 12 else 0
            return PartialDate(dt.date(year, month, 1), dt.date(year, month, last), "month")
        return PartialDate(dt.date(year, 1, 1), dt.date(year, 12, 31), "year")
    except ValueError as e:
        raise ValueError(f"impossible date {text!r}: {e}") from None


def format_partial_date(start: dt.date, precision: Precision) -> str:
    """The ISO form of a date at its precision: (2025-02-01, 'month') -> '2025-02'."""
    # isoformat, not strftime: glibc's %Y writes the year 1 as '1', which does not parse back
    return start.isoformat()[:{"year": 4, "month": 7, "day": 10}[precision]]
