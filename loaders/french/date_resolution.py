"""Give a year to dates written without one ("le 22 mars dernier", "lundi 26 mai", "l'an dernier").

The reference is the text's publication date, known to a day, a month or a year (a PartialDate):
- "... dernier" is the latest such day on or before the end of the reference period, or the latest
  such month strictly before the reference's month ("février dernier" written in September 2025 is
  February 2025; written in February 2025 it is February 2024);
- "... prochain" is the first such day on or after the start of the reference (month: strictly after);
  so is a date in a sentence whose verb is in the future tense ("futur": "se tiendra le 12 juin",
  "sera remis en mai"; a month may then be the reference's own);
- a bare "le 8 décembre" is the latest occurrence on or before the end of the reference period, or
  30 days after its start when that is later: press reports mostly what happened, and what it
  announces is usually within the month (this is a choice, written down so it can be revisited);
- a weekday beside the date must agree: among that year, the year before and the year after (in
  this order) the first where the day falls on that weekday wins; when none does, no year is given.

Error policy: these functions never raise on well-formed calendar input; they return None with a
reason (see `Resolved.problem`) when no year can be trusted.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from loaders.french.dates import PartialDate

WEEKDAY_NUMBERS = {"lundi": 0, "mardi": 1, "mercredi": 2, "jeudi": 3, "vendredi": 4, "samedi": 5,
                   "dimanche": 6}
_WINDOW_AFTER_START = dt.timedelta(days=30)


@dataclass(frozen=True)
class Resolved:
    year: int | None
    problem: str | None = None


def _valid(year: int, month: int, day: int) -> dt.date | None:
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def _default_year(month: int, day: int | None, relative: str | None, ref: PartialDate) -> int:
    """The year a year-less day (or month, when `day` is None) most likely belongs to."""
    if day is None:  # months: compare (year, month) pairs
        ref_month = (ref.end.year, ref.end.month) if relative == "dernier" else (ref.start.year, ref.start.month)
        if relative == "dernier":
            return ref_month[0] if month < ref_month[1] else ref_month[0] - 1
        if relative == "prochain":
            return ref_month[0] if month > ref_month[1] else ref_month[0] + 1
        if relative == "futur":
            return ref_month[0] if month >= ref_month[1] else ref_month[0] + 1
        limit = max(ref.end, ref.start + _WINDOW_AFTER_START)
        return limit.year if month <= limit.month else limit.year - 1
    if relative in ("prochain", "futur"):
        limit, step = ref.start, 1
    else:
        limit = ref.end if relative == "dernier" else max(ref.end, ref.start + _WINDOW_AFTER_START)
        step = -1
    year = limit.year
    for _ in range(9):  # 29 February needs up to 8 years
        d = _valid(year, month, day)
        if d and (d >= limit if step == 1 else d <= limit):
            return year
        year += step
    return limit.year


def resolve_year(month: int, day: int | None, relative: str | None, weekday: str | None,
                 ref: PartialDate | None) -> Resolved:
    """The year of a date written as day (or None) and month, with an optional weekday.

    >>> ref = PartialDate(dt.date(2026, 1, 1), dt.date(2026, 1, 31), "month")
    >>> resolve_year(5, 26, None, "lundi", ref)
    Resolved(year=2025, problem=None)
    >>> resolve_year(3, 22, "dernier", None, PartialDate(dt.date(2024, 3, 1), dt.date(2024, 3, 31), "month"))
    Resolved(year=2024, problem=None)
    >>> resolve_year(2, None, "dernier", None, PartialDate(dt.date(2025, 9, 9), dt.date(2025, 9, 9), "day"))
    Resolved(year=2025, problem=None)
    >>> resolve_year(5, 26, None, "mercredi", ref).problem
    'no year near 2025 where 26/05 is a mercredi'
    """
    if ref is None:
        return Resolved(None, "no year written and no publication date to resolve it")
    year = _default_year(month, day, relative, ref)
    if weekday is None or day is None:
        return Resolved(year)
    for candidate in (year, year - 1, year + 1):
        d = _valid(candidate, month, day)
        if d and d.weekday() == WEEKDAY_NUMBERS[weekday.lower()]:
            return Resolved(candidate)
    return Resolved(None, f"no year near {year} where {day:02d}/{month:02d} is a {weekday.lower()}")


def weekday_problem(date: dt.date, weekday: str | None) -> str | None:
    """Why a written weekday contradicts a full date, or None when it agrees (or is absent).

    >>> weekday_problem(dt.date(2025, 5, 26), "lundi") is None
    True
    >>> weekday_problem(dt.date(2025, 5, 26), "mardi")
    '2025-05-26 is a lundi, not a mardi'
    """
    if weekday is None or date.weekday() == WEEKDAY_NUMBERS[weekday.lower()]:
        return None
    actual = next(k for k, v in WEEKDAY_NUMBERS.items() if v == date.weekday())
    return f"{date.isoformat()} is a {actual}, not a {weekday.lower()}"


def weekday_near(weekday: str, relative: str | None, ref: PartialDate | None) -> dt.date | None:
    """'ce mercredi': the nearest such day to a publication day (the earlier on a tie); 'mercredi
    dernier' / 'prochain': the one strictly before / after it. None unless the reference is a day.

    >>> weekday_near("mercredi", None, PartialDate(dt.date(2025, 6, 4), dt.date(2025, 6, 4), "day"))
    datetime.date(2025, 6, 4)
    >>> weekday_near("lundi", "dernier", PartialDate(dt.date(2025, 6, 4), dt.date(2025, 6, 4), "day"))
    datetime.date(2025, 6, 2)
    """
    if ref is None or ref.precision != "day":
        return None
    ahead = (WEEKDAY_NUMBERS[weekday.lower()] - ref.start.weekday()) % 7  # 0..6 days forward
    if relative == "dernier":
        return ref.start - dt.timedelta(days=(7 - ahead) if ahead else 7)
    if relative == "prochain":
        return ref.start + dt.timedelta(days=ahead or 7)
    if relative == "passé":      # a bare weekday in the past tense: that day or the one before it
        return ref.start - dt.timedelta(days=(7 - ahead) % 7)
    if relative == "à venir":    # in the future tense: that day or the one after it
        return ref.start + dt.timedelta(days=ahead)
    return ref.start + dt.timedelta(days=ahead if ahead <= 3 else ahead - 7)


def relative_month(word: str, ref: PartialDate | None) -> str | None:
    """'dernier' -> the month before the reference's, 'prochain' -> after, 'ce' -> the same (ISO).

    >>> relative_month("dernier", PartialDate(dt.date(2025, 1, 9), dt.date(2025, 1, 9), "day"))
    '2024-12'
    """
    if ref is None or ref.precision == "year":
        return None
    months = ref.start.year * 12 + ref.start.month - 1 + {"dernier": -1, "prochain": 1, "ce": 0}[word]
    return f"{months // 12:04d}-{months % 12 + 1:02d}"


def relative_year(word: str, ref: PartialDate | None) -> Resolved:
    """'dernier' -> the year before the reference's, 'prochain' -> after, 'cette' -> the same."""
    if ref is None:
        return Resolved(None, "relative year and no publication date to resolve it")
    return Resolved(ref.start.year + {"dernier": -1, "prochain": 1, "cette": 0}[word])
