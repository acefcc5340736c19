"""Reference rates: the one matching the figure's date at its precision."""
import datetime as dt

import pytest

from loaders.fx import Rate, is_iso_currency, pick_rate, to_eur

RATES = [Rate("USD", "2024", 1.0824), Rate("USD", "2025", 1.1293), Rate("USD", "2025-02", 1.0413)]


@pytest.mark.parametrize("when,precision,period", [
    (dt.date(2025, 2, 10), "day", "2025-02"),      # the month's average
    (dt.date(2025, 2, 1), "month", "2025-02"),
    (dt.date(2025, 1, 1), "year", "2025"),         # a year-only date takes the year, not January
    (dt.date(2025, 7, 14), "day", "2025"),         # no July rate: the year's
    (dt.date(2026, 3, 1), "month", "2025-02"),     # after every rate: the latest earlier one
    (None, None, "2025-02"),                       # undated: the latest
])
def test_pick_rate(when, precision, period):
    assert pick_rate(RATES, "USD", when, precision or "day").period == period


def test_no_rate_for_a_currency_without_one():
    assert pick_rate(RATES, "GBP", dt.date(2025, 1, 1)) is None


def test_to_eur_divides_by_the_rate_and_keeps_euros():
    assert to_eur(1.09e11, "USD", Rate("USD", "2025-02", 1.0413)) == pytest.approx(1.0468e11, rel=1e-4)
    assert to_eur(2.6e9, "EUR", None) == 2.6e9
    assert to_eur(None, "USD", RATES[0]) is None


def test_iso_currencies_come_from_babel():
    assert is_iso_currency("USD") and is_iso_currency("CHF") and not is_iso_currency("XYZ")
