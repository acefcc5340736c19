"""Converting money to euros at a dated reference rate shipped in `data/fx_rates.csv`."""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from babel.numbers import list_currencies

from .schema import Precision


@dataclass(frozen=True)
class Rate:
    currency: str
    period: str   # "2025-02" or "2025"
    rate: float   # units of `currency` for one euro


def is_iso_currency(code: str) -> bool:
    """True for an ISO 4217 code that babel knows ("EUR", "USD"), False for "XYZ"."""
    return code in list_currencies()


def pick_rate(rates: list[Rate], currency: str, when: dt.date | None,
              precision: Precision = "day") -> Rate | None:
    """The rate to convert `currency` at date `when`, known to `precision`.

    The month's average when we have it (and the date is known to the month),
    else the year's, else the latest earlier one, else the latest one; None
    when the currency has no rate at all.
    """
    mine = [r for r in rates if r.currency == currency]
    if not mine:
        return None
    by_period = {r.period: r for r in mine}
    if when is not None:
        periods = [when.strftime("%Y")] if precision == "year" else [when.strftime("%Y-%m"),
                                                                      when.strftime("%Y")]
        for period in periods:
            if period in by_period:
                return by_period[period]
        earlier = [r for r in mine if r.period <= when.strftime("%Y-%m")]
        if earlier:
            return max(earlier, key=lambda r: r.period)
    return max(mine, key=lambda r: r.period)


def to_eur(value: float | None, currency: str, rate: Rate | None) -> float | None:
    """`value` in euros: EUR passes through, other currencies are divided by their rate."""
    if value is None:
        return None
    if currency == "EUR":
        return value
    return None if rate is None else value / rate.rate
