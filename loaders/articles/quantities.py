"""Items found in running text: money, percentages, counts and dates, with exact character offsets.

The figures come from loaders.french.amounts (parse_amounts), the dates from loaders.french.text_dates; this
module only turns both into one list of `Item`s, in order of appearance. Actors and themes are
added by the text extractor, which uses the same `Item` type.

Error policy: find_quantities never raises; text it cannot read yields no item.
"""
from __future__ import annotations

import bisect
import datetime as dt
import itertools
import re
from dataclasses import dataclass, fields

from loaders.articles.implied_currency import (canadian_address, canadian_dollars, carry_currencies, pacific_address,
                                              pacific_francs, pounds)
from loaders.french.amounts import AmountError, french_scale, parse_amounts_in
from loaders.french.text import counted_noun
from loaders.french.text_dates import find_dates
from loaders.schema import Bound, Precision

_MEASURE_KIND = {"money": "money", "share": "percent", "count": "count"}


@dataclass(frozen=True)
class Item:
    kind: str  # "money" | "percent" | "count" | "date" | "actor" | "programme" | "theme"
    text: str  # as written in the text
    start: int  # character offsets into the text given
    end: int
    # money: base units (1.09e11); percent: points; date: ISO at its precision, or None when a
    # relative date cannot be resolved
    value: float | str | None = None
    value_high: float | str | None = None  # upper bound of a range, or end date of a date range
    currency: str | None = None  # ISO 4217, money only
    unit: str | None = None  # "percent" for percentages; the counted noun for counts
    bound: Bound | None = None
    precision: Precision | None = None  # dates only
    name: str | None = None  # actors (set by the extractor)
    actor_id: str | None = None
    inferred: bool = False  # money: the currency is carried from the context, not written by the amount

    def to_json(self) -> dict:
        """The item as a JSONL record (the extractor adds file and sentence offsets)."""
        # Every field is a plain value: no deep copy (`dataclasses.asdict` took a third of a bulk run's
        # parent process, writing a hundred items per document)
        return {name: getattr(self, name) for name in _ITEM_FIELDS}


_ITEM_FIELDS = tuple(f.name for f in fields(Item))


# Percentage points: "0,5 point", "2 points de pourcentage".
_POINTS = re.compile(r"\s+points?(?P<of>\s+de\s+pourcentage)?(?![^\W\d_])")


# Counted nouns that mark page furniture, not figures: "6 min" (reading time), "68 pages", "5,4 Mo".
NOISE_NOUNS = {"min", "mn", "pages", "Mo", "Ko"}


def _amount_items(text: str, language: str | None, canadian: bool = False) -> list[Item]:
    try:
        amounts = parse_amounts_in(text, language)
    except (AmountError, ArithmeticError):
        return []
    items: list[Item] = []
    for a in amounts:
        kind, currency, unit = _MEASURE_KIND[a.measure], a.currency, None
        if kind == "percent":
            unit = "percent"
        elif kind == "count":
            unit = counted_noun(text, a.end)
            if unit in NOISE_NOUNS:
                continue
        points = _POINTS.match(text, a.end) if kind == "count" and unit in ("point", "points") else None
        if points and (a.value != int(a.value) or points["of"]):  # "0,5 point": "trois points" is a list
            items.append(Item("percent", text[a.start:points.end()], a.start, points.end(), a.value, a.value_high,
                              None, "percent", a.bound))
            continue
        items.append(Item(kind, a.text, a.start, a.end, a.value, a.value_high, currency, unit, a.bound))
    scales = {a.start: french_scale(a.scale) if language == "en" else a.scale for a in amounts}
    # a Canadian paper counts in its dollars when it writes no currency at all ("la prise de contrôle
    # de 26 milliards de Shaw" in La Presse)
    return carry_currencies(text, items, scales, language, "CAD" if canadian else None)


_COUNTED_BACK = re.compile(r"(?i)il\sy\sa\s")


def _date_items(text: str, published) -> list[Item]:
    return [Item("date", d.text, d.start, d.end, d.value, d.value_high, precision=d.precision)
            for d in find_dates(text, published)]


def find_quantities(text: str, published: dt.date | str | None = None, language: str | None = None,
                    address: str | None = None) -> list[Item]:
    """Money, percentages, counts and dates in `text`, in order of appearance; never raises on any str.

    `published` (a date, or an ISO date at any precision such as "2025-06") resolves the dates written
    without a year; without it, a dateline or "Publié le ..." in the text is used, if any.
    On overlap a money amount or percentage wins over a date ("2025 €"), a date over a count.
    An amount whose currency is implied ("près de 16 milliards" after "2 milliards d'euros") is
    money marked `inferred` (loaders.articles.implied_currency). `language` "en" reads English
    numbers ("€264 billion", "$109bn", "100,000"); any other value, or None, reads French.
    `address`, the article's URL when known: a Canadian publication's bare dollars are CAD.

    >>> items = find_quantities("Le 8 décembre, 2,6 Md€ pour 27 entreprises", "2026-01")
    >>> [(i.kind, i.text, i.value) for i in items]
    [('date', 'Le 8 décembre', '2025-12-08'), ('money', '2,6 Md€', 2600000000.0), ('count', '27', 27.0)]
    """
    canadian = language != "en" and canadian_address(address)
    amounts, dates = _amount_items(text, language, canadian), _date_items(text, published)
    strong = [a for a in amounts if a.kind != "count"]
    # a number like a year that counts a noun is a count: "avec 1945 demandes", "les 2000 salariés"
    counted_years = [a for a in amounts if a.kind == "count" and a.unit and a.text.isdigit() and len(a.text) == 4]
    dates = not_overlapping(dates, strong + counted_years)
    # "il y a cinq ans" is a date and still five years: a year counted back leaves its count
    counts = not_overlapping([a for a in amounts if a.kind == "count"],
                             [d for d in dates if not _COUNTED_BACK.match(d.text)])
    if language != "en":
        strong = pacific_francs(text, canadian_dollars(text, strong, canadian), pacific_address(address))
        counts = pounds(text, counts)
    return sorted(strong + counts + dates, key=lambda i: (i.start, i.end))


def overlap_test(spans: list[tuple[int, int]]):
    """A function telling whether (start, end) overlaps any of `spans`, each call in log n (a long text
    has thousands of spans: comparing with each would be quadratic)."""
    spans = sorted(spans)
    starts = [s for s, _ in spans]
    reach = list(itertools.accumulate((e for _, e in spans), max))  # furthest end among the first k

    def overlaps(start: int, end: int) -> bool:
        k = bisect.bisect_left(starts, end)  # spans[:k] start before this one ends
        return k > 0 and reach[k - 1] > start
    return overlaps


def not_overlapping(items: list[Item], others: list[Item]) -> list[Item]:
    """`items` that overlap none of `others`, in n log n (a long text has thousands of each)."""
    overlaps = overlap_test([(o.start, o.end) for o in others])
    return [item for item in items if not overlaps(item.start, item.end)]
