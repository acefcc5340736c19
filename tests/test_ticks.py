"""app/ticks.py: axis ticks the reader's way (plotly's own are English)."""
from __future__ import annotations

import datetime as dt

import pytest

from app.ticks import date_ticks, value_ticks


@pytest.mark.parametrize("values, log, ticks", [
    ([3e6, 4.4e11], True, [1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12]),
    ([0, 47], False, [0.0, 10.0, 20.0, 30.0, 40.0, 50.0]),
    ([4, 50], False, [0.0, 10.0, 20.0, 30.0, 40.0, 50.0]),
    ([], True, []),
])
def test_value_ticks_cover_the_values(values, log, ticks):
    assert value_ticks(values, log) == pytest.approx(ticks)


def test_date_ticks_are_french_month_names_or_years():
    ticks, texts = date_ticks(["2024-03-20", "2025-12-10"], "fr")
    assert texts[0] == "janv. 2024" and ticks[0] == dt.date(2024, 1, 1) and len(ticks) <= 8
    _, english = date_ticks(["2024-03-20", "2025-12-10"], "en")
    assert english[0] == "Jan 2024"
    _, years = date_ticks(["2015-01-01", "2025-12-10"], "fr")
    assert all(len(y) == 4 for y in years)
