"""French (and English) formats of numbers, dates and search matches, as a reader sees them."""
from __future__ import annotations

import datetime as dt

import pytest

from app.fmt import format_figure, format_money, format_partial_date, format_share, split_matches

NB = "\u00a0"


@pytest.mark.parametrize("value, currency, lang, shown", [
    (1.09e11, "USD", "fr", f"109{NB}Md$"),
    (2.6e9, "EUR", "fr", f"2,6{NB}Md€"),
    (2.64e11, "EUR", "en", "€264B"),
    (3e6, "EUR", "fr", f"3{NB}M€"),
    (1_500, "EUR", "fr", f"1{NB}500{NB}€"),
    (3.2e12, "EUR", "fr", f"3{NB}200{NB}Md€"),       # not babel's 'Bn' (billion), unknown to readers
    (2.6e9, "CHF", "fr", f"2,6{NB}Md{NB}CHF"),
])
def test_money_is_written_the_readers_way(value, currency, lang, shown):
    assert format_money(value, currency, lang).replace("\u202f", NB) == shown


def test_shares_and_bounds():
    assert format_share(4.0, "fr") == f"4{NB}%"
    assert format_share(4.0, "en") == "4%"
    assert format_figure("count", 50, "members", "fr", "approx") == "≈ 50"
    assert format_figure("money", 1e5, "EUR", "fr", "range", 1e7) == f"100{NB}k€ – 10{NB}M€"


@pytest.mark.parametrize("precision, fr, en", [
    ("day", "9 septembre 2025", "9 September 2025"),
    ("month", "septembre 2025", "September 2025"),
    ("year", "2025", "2025"),
])
def test_dates_at_their_precision(precision, fr, en):
    day = dt.date(2025, 9, 9)
    assert format_partial_date(day, precision, "fr") == fr
    assert format_partial_date(day, precision, "en") == en


@pytest.mark.parametrize("day, precision, fr, en", [
    (dt.date(2024, 12, 1), "day", "1er décembre 2024", "1 December 2024"),   # French typography: '1er'
    (dt.date(2024, 12, 2), "day", "2 décembre 2024", "2 December 2024"),
    (dt.date(2024, 12, 1), "month", "décembre 2024", "December 2024"),
])
def test_the_first_of_the_month_reads_1er_in_french(day, precision, fr, en):
    assert format_partial_date(day, precision, "fr") == fr
    assert format_partial_date(day, precision, "en") == en


@pytest.mark.parametrize("text, query, pieces", [
    ("Cloud de confiance", "confi", [("Cloud de ", False), ("confi", True), ("ance", False)]),
    ("Numérique et NUMERIQUE", "numerique", [("Numérique", True), (" et ", False), ("NUMERIQUE", True)]),
    ("Régulation", "REGUL", [("Régul", True), ("ation", False)]),
    ("sans rapport", "cloud", [("sans rapport", False)]),
    ("texte", "", [("texte", False)]),
    ("", "x", [("", False)]),
])
def test_search_matches_ignore_case_and_accents(text, query, pieces):
    assert split_matches(text, query) == pieces
    assert "".join(p for p, _ in pieces) == text    # highlighting never changes the text


def test_zero_reads_zero_whatever_was_formatted_before():
    """Compact amounts are memoised; -0.0 and 0.0 are one key there, and neither may read "-0"."""
    from app.fmt import format_compact
    assert format_compact(-0.0) == "0"
    assert format_compact(0.0) == "0"
    assert format_money(0.0, "EUR") == "0\u00a0€"
