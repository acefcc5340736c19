"""ISO dates at their precision, as the curated records write them."""
import datetime as dt

import pytest

from loaders.french.dates import format_partial_date, parse_partial_date

D = dt.date


@pytest.mark.parametrize("text,start,end,precision", [
    ("2025-09-09", D(2025, 9, 9), D(2025, 9, 9), "day"),
    ("2025-02", D(2025, 2, 1), D(2025, 2, 28), "month"),
    ("2024-02", D(2024, 2, 1), D(2024, 2, 29), "month"),
    ("2015", D(2015, 1, 1), D(2015, 12, 31), "year"),
    (" 2025-12 ", D(2025, 12, 1), D(2025, 12, 31), "month"),
])
def test_partial_dates_span_their_period(text, start, end, precision):
    d = parse_partial_date(text)
    assert (d.start, d.end, d.precision) == (start, end, precision)
    assert d.iso() == text.strip()


@pytest.mark.parametrize("text,message", [
    ("2025-02-30", "impossible date"), ("2025-13", "impossible date"), ("2025-00-10", "impossible date"),
    ("09/09/2025", "malformed date"), ("2025-9-9", "malformed date"), ("", "malformed date"),
    ("septembre 2025", "malformed date"),
])
def test_bad_dates_say_what_is_wrong(text, message):
    with pytest.raises(ValueError, match=message):
        parse_partial_date(text)


def test_format_partial_date_keeps_precision():
    assert format_partial_date(D(2025, 2, 1), "month") == "2025-02"
    assert format_partial_date(D(2025, 1, 1), "year") == "2025"
