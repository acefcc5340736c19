"""loaders/french/text_dates.py, dates in running French text: what is a date, its value at its precision, and its resolution."""
from __future__ import annotations

import datetime as dt

import pytest

from loaders.french.text_dates import find_dates, find_publication_date

PUB = dt.date(2025, 9, 9)


@pytest.mark.parametrize("text, published, expected", [
    # explicit dates: (text as found, value, value_high, precision)
    ("Ce 9 septembre 2025, le syndicat", None, [("9 septembre 2025", "2025-09-09", None, "day")]),
    ("réunis du 20 au 22 mars 2024 à Strasbourg", None,
     [("du 20 au 22 mars 2024", "2024-03-20", "2024-03-22", "day")]),
    ("du 30 juin au 2 juillet 2025", None, [("du 30 juin au 2 juillet 2025", "2025-06-30", "2025-07-02", "day")]),
    ("du 20 décembre au 3 janvier 2025", None,
     [("du 20 décembre au 3 janvier 2025", "2024-12-20", "2025-01-03", "day")]),
    ("les 26 et 27 juin 2025", None, [("les 26 et 27 juin 2025", "2025-06-26", "2025-06-27", "day")]),
    ("le 1er juillet 2025", None, [("le 1er juillet 2025", "2025-07-01", None, "day")]),
    ("en janvier 2025, puis depuis 2015", None,
     [("janvier 2025", "2025-01", None, "month"), ("2015", "2015", None, "year")]),
    ("de janvier à mars 2025", None, [("de janvier à mars 2025", "2025-01", "2025-03", "month")]),
    ("le cadre 2021-2027 et entre 2019 et 2024", None,
     [("2021-2027", "2021", "2027", "year"), ("entre 2019 et 2024", "2019", "2024", "year")]),
    ("fin 2024, mi-2025 et début 2026", None,
     [("fin 2024", "2024", None, "year"), ("mi-2025", "2025", None, "year"), ("début 2026", "2026", None, "year")]),
    ("le 21/05/2021 et le 2023-12-22", None,
     [("21/05/2021", "2021-05-21", None, "day"), ("2023-12-22", "2023-12-22", None, "day")]),
    # relative dates, resolved against the publication date
    ("le 22 mars dernier", dt.date(2024, 4, 2), [("le 22 mars dernier", "2024-03-22", None, "day")]),
    ("le Sommet de février dernier", PUB, [("février dernier", "2025-02", None, "month")]),
    ("attendu avant la fin de l'année, en début d’année", PUB,
     [("fin de l'année", "2025", None, "year"), ("début d’année", "2025", None, "year")]),
    ("l'an dernier et l’année prochaine", PUB,
     [("l'an dernier", "2024", None, "year"), ("l’année prochaine", "2026", None, "year")]),
    ("Le 8 décembre, Alliancy accueillait", "2026-01", [("Le 8 décembre", "2025-12-08", None, "day")]),
    ("Le rapport sera remis en mai.", "2025-01-15", [("mai", "2025-05", None, "month")]),
    ("Le rapport a été remis en mai.", "2025-01-15", [("mai", "2024-05", None, "month")]),
    ("lundi 26 mai", "2026-01", [("lundi 26 mai", "2025-05-26", None, "day")]),
    ("un bilan promis au plus tard le 14 juillet", "2025-02-03", [("le 14 juillet", "2025-07-14", None, "day")]),
    ("le samedi 14 juin", "2026-01", [("le samedi 14 juin", "2025-06-14", None, "day")]),
    ("a dévoilé ce mercredi sa stratégie", dt.date(2025, 6, 4), [("ce mercredi", "2025-06-04", None, "day")]),
    ("lundi dernier et mardi prochain", dt.date(2025, 6, 4),
     [("lundi dernier", "2025-06-02", None, "day"), ("mardi prochain", "2025-06-10", None, "day")]),
    ("ce mercredi", "2025-06", [("ce mercredi", None, None, "day")]),  # a month is too coarse
    ("du lundi 2 au vendredi 6 juin 2025", None,
     [("du lundi 2 au vendredi 6 juin 2025", "2025-06-02", "2025-06-06", "day")]),
    ("les 2, 3 et 4 juin", "2025-05-20", [("les 2, 3 et 4 juin", "2025-06-02", "2025-06-04", "day")]),
    ("à la mi-mars et le 12.03.2024", "2025-05-20",
     [("mi-mars", "2025-03", None, "month"), ("12.03.2024", "2024-03-12", None, "day")]),
    ("le mois dernier, ce mois-ci", dt.date(2025, 1, 9),
     [("le mois dernier", "2024-12", None, "month"), ("ce mois-ci", "2025-01", None, "month")]),
    ("le 29 février 2023", None, [("le 29 février 2023", None, None, "day")]),  # no such day: no value
    # without a publication date the precision stays, the value is unknown
    ("le 21 mars dernier", None, [("le 21 mars dernier", None, None, "day")]),
    ("l'an dernier", None, [("l'an dernier", None, None, "year")]),
])
def test_dates_found_with_value_and_precision(text, published, expected):
    found = [(d.text, d.value, d.value_high, d.precision) for d in find_dates(text, published)]
    assert found == expected


@pytest.mark.parametrize("text", [
    "le plan France 2030 et les Jeux de Paris 2024",
    "Llama 3, la 5G, Industrie 4.0 et SecNumCloud 3.2",
    "voir p. 2019, l'article 2024 et le décret n° 2025",
    "rendez-vous à 10 h 30, lundi soir",
    "les années 90 et la planète Mars",
    "appelez le 01 44 87 17 17",
    "un budget de 2025 euros et 2030 %",
])
def test_names_references_times_and_amounts_are_no_dates(text):
    assert find_dates(text) == []


def test_weekday_that_contradicts_a_full_date_gives_no_value_and_says_why():
    [d] = find_dates("le vendredi 9 octobre 2025")
    assert (d.value, d.precision) == (None, "day")
    assert d.problem == "2025-10-09 is a jeudi, not a vendredi"


def test_weekday_picks_the_year_where_the_day_falls_on_it():
    # 26 May is a Monday in 2025, a Sunday in 2024, a Tuesday in 2026
    assert find_dates("lundi 26 mai", "2024-06")[0].value == "2025-05-26"
    [d] = find_dates("mercredi 26 mai", "2025-06")
    assert d.value is None and "mercredi" in d.problem


@pytest.mark.parametrize("text, expected", [
    ("Paris, le 3 février 2025 – La ministre a présenté le 28 janvier dernier", "2025-02-03"),
    ("Titre\nPublié le 9 septembre 2025 à 10 h", "2025-09-09"),
    ("Un article sans date de publication, le 28 janvier dernier", None),
])
def test_publication_date_read_from_a_dateline(text, expected):
    found = find_publication_date(text)
    assert (found.iso() if found else None) == expected


def test_dateline_resolves_relative_dates_when_no_publication_date_is_given():
    dates = find_dates("Paris, le 3 février 2025 – présenté le 28 janvier dernier")
    assert [d.value for d in dates] == ["2025-02-03", "2025-01-28"]


@pytest.mark.parametrize("text, published, expected", [
    ("Le ministre a présenté ce lundi 19 mai sa feuille de route.", "2025-05-22",
     [("ce lundi 19 mai", "2025-05-19")]),                      # one date, not "ce lundi" and "19 mai"
    ("Le texte a été adopté mardi matin par le Sénat.", "2025-05-22", [("mardi matin", "2025-05-20")]),
    ("Le texte a été adopté mardi matin par le Sénat.", "2025-05", []),  # the day is unknown: no date
])
def test_weekdays_as_the_press_writes_them(text, published, expected):
    assert [(d.text, d.value) for d in find_dates(text, published)] == expected
