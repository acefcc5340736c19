"""Tests for loaders.french.amounts: tables of French expressions and what they read as, plus properties."""
from __future__ import annotations

import math
from decimal import Decimal

import pytest
from babel.numbers import format_decimal
from hypothesis import given, settings
from hypothesis import strategies as st

from loaders.french.amounts import AmountError, parse_amount, parse_amounts, parse_amounts_in

NBSP, NNBSP = "\u00a0", "\u202f"


def summary(a):
    return (a.measure, a.value, a.value_high, a.currency, a.bound)


# Every `raw` of shared/gold/seed_figures.csv, copied here (tests do not read ../shared).
# Gold "percent" is our "share". Each row: raw, default_currency, expected amounts.
SEED_FIGURES = [
    ("une cinquantaine", None, [("count", 50, None, None, "approx")]),
    ("dix propositions", None, [("count", 10, None, None, "exact")]),
    ("25 %", None, [("share", 25, None, None, "exact")]),
    ("plus de cinq programmes", None, [("count", 5, None, None, "more_than")]),
    ("4%", None, [("share", 4, None, None, "exact")]),
    ("109 milliards de dollars", None, [("money", 109e9, None, "USD", "exact")]),
    ("150 grands groupes", None, [("count", 150, None, None, "exact")]),
    ("33 recommandations", None, [("count", 33, None, None, "exact")]),
    ("136 entreprises et administrations", None, [("count", 136, None, None, "exact")]),
    ("70 groupes et startups", None, [("count", 70, None, None, "exact")]),
    ("sept grands axes", None, [("count", 7, None, None, "exact")]),
    ("cinq recommandations-clés", None, [("count", 5, None, None, "exact")]),
    ("de 100 000 à 10 millions d'euros", None, [("money", 1e5, 1e7, "EUR", "range")]),
    ("500 milliards $", None, [("money", 5e11, None, "USD", "exact")]),
    ("100 milliards dès 2025", "USD", [("money", 1e11, None, "USD", "exact")]),
    ("300 Md€", None, [("money", 3e11, None, "EUR", "exact")]),
    ("Plus de 150 dirigeants", None, [("count", 150, None, None, "more_than")]),
    ("trois nouveaux dispositifs", None, [("count", 3, None, None, "exact")]),
    ("huit thèmes", None, [("count", 8, None, None, "exact")]),
    ("27 nouvelles entreprises", None, [("count", 27, None, None, "exact")]),
    ("2,6 Md€", None, [("money", 2.6e9, None, "EUR", "exact")]),
    ("1,2 Md€", None, [("money", 1.2e9, None, "EUR", "exact")]),
    ("trois projets", None, [("count", 3, None, None, "exact")]),
    ("une soixantaine d'acteurs", None, [("count", 60, None, None, "approx")]),
    # Gold says up_to, from the words before it in the article ("jusqu'à"): the raw alone is exact.
    ("3 millions d'euros", None, [("money", 3e6, None, "EUR", "exact")]),
    ("onze établissements", None, [("count", 11, None, None, "exact")]),
    ("50 %", None, [("share", 50, None, None, "exact")]),
    ("264 milliards d'euros", None, [("money", 2.64e11, None, "EUR", "exact")]),
    ("500 et 200 millions d'euros", None,
     [("money", 5e8, None, "EUR", "exact"), ("money", 2e8, None, "EUR", "exact")]),
    ("près de 180 dirigeants", None, [("count", 180, None, None, "approx")]),
]

MORE_CASES = [
    # money: scales, symbols and words, before or after, glued or spaced
    ("jusqu’à 3 millions d’euros", None, [("money", 3e6, None, "EUR", "up_to")]),
    ("264 milliards d’euros", None, [("money", 2.64e11, None, "EUR", "exact")]),
    ("1 200 000 euros", None, [("money", 1.2e6, None, "EUR", "exact")]),
    (f"1{NNBSP}200{NNBSP}000 €", None, [("money", 1.2e6, None, "EUR", "exact")]),
    (f"1{NBSP}200 000,50 €", None, [("money", 1200000.5, None, "EUR", "exact")]),
    ("1.000.000 d'euros", None, [("money", 1e6, None, "EUR", "exact")]),
    ("1.000 €", None, [("money", 1000, None, "EUR", "exact")]),
    ("2.5 Md€", None, [("money", 2.5e9, None, "EUR", "exact")]),
    ("2,6Md€", None, [("money", 2.6e9, None, "EUR", "exact")]),
    ("5 Mds€", None, [("money", 5e9, None, "EUR", "exact")]),
    ("4 Mrd €", None, [("money", 4e9, None, "EUR", "exact")]),
    ("12 Md$", None, [("money", 1.2e10, None, "USD", "exact")]),
    ("5 M€", None, [("money", 5e6, None, "EUR", "exact")]),
    ("€ 5 M", None, [("money", 5e6, None, "EUR", "exact")]),
    ("10 k€", None, [("money", 1e4, None, "EUR", "exact")]),
    ("$100", None, [("money", 100, None, "USD", "exact")]),
    ("US$ 3 millions", None, [("money", 3e6, None, "USD", "exact")]),
    ("40 $US", None, [("money", 40, None, "USD", "exact")]),
    ("7 USD", None, [("money", 7, None, "USD", "exact")]),
    ("2 milliards de dollars américains", None, [("money", 2e9, None, "USD", "exact")]),
    ("3 £", None, [("money", 3, None, "GBP", "exact")]),
    ("8 millions de livres sterling", None, [("money", 8e6, None, "GBP", "exact")]),
    ("15 francs suisses", None, [("money", 15, None, "CHF", "exact")]),
    ("CHF 15", None, [("money", 15, None, "CHF", "exact")]),
    ("300 millions de yens", None, [("money", 3e8, None, "JPY", "exact")]),
    ("20 milliards de yuans", None, [("money", 2e10, None, "CNY", "exact")]),
    ("5 milliards de renminbi", None, [("money", 5e9, None, "CNY", "exact")]),
    ("2025 euros", None, [("money", 2025, None, "EUR", "exact")]),
    ("un milliard de dollars", None, [("money", 1e9, None, "USD", "exact")]),
    ("deux millions d'euros", None, [("money", 2e6, None, "EUR", "exact")]),
    ("une centaine de millions d'euros", None, [("money", 1e8, None, "EUR", "approx")]),
    ("3 milliers de milliards de dollars", None, [("money", 3e12, None, "USD", "exact")]),
    ("1 billion d'euros", None, [("money", 1e12, None, "EUR", "exact")]),
    ("5 000 mille euros", None, [("money", 5e6, None, "EUR", "exact")]),
    ("109 milliards\nde dollars", None, [("money", 1.09e11, None, "USD", "exact")]),
    ("100 000", "EUR", [("money", 1e5, None, "EUR", "exact")]),
    ("3 millions de personnes", "EUR", [("count", 3e6, None, None, "exact")]),
    # shares
    ("12,5 %", None, [("share", 12.5, None, None, "exact")]),
    (f"4{NBSP}%", None, [("share", 4, None, None, "exact")]),
    (f"4{NNBSP}%", None, [("share", 4, None, None, "exact")]),
    ("50 pour cent", None, [("share", 50, None, None, "exact")]),
    ("cinq pour cent", None, [("share", 5, None, None, "exact")]),
    ("2 à 3 %", None, [("share", 2, 3, None, "range")]),
    # counts
    ("vingt-sept salariés", None, [("count", 27, None, None, "exact")]),
    ("deux cents projets", None, [("count", 200, None, None, "exact")]),
    ("2 000 entreprises", None, [("count", 2000, None, None, "exact")]),
    ("100 000", None, [("count", 1e5, None, None, "exact")]),
    ("une dizaine de startups", None, [("count", 10, None, None, "approx")]),
    ("une douzaine", None, [("count", 12, None, None, "approx")]),
    ("une quinzaine", None, [("count", 15, None, None, "approx")]),
    ("une vingtaine", None, [("count", 20, None, None, "approx")]),
    ("une trentaine", None, [("count", 30, None, None, "approx")]),
    ("une quarantaine", None, [("count", 40, None, None, "approx")]),
    ("une centaine", None, [("count", 100, None, None, "approx")]),
    ("un millier d'emplois", None, [("count", 1000, None, None, "approx")]),
    ("plus d'une centaine d'élus", None, [("count", 100, None, None, "more_than")]),
    # bounds
    ("au-delà de 40 %", None, [("share", 40, None, None, "more_than")]),
    ("supérieur à 10 millions d'euros", None, [("money", 1e7, None, "EUR", "more_than")]),
    ("au moins 3 projets", None, [("count", 3, None, None, "more_than")]),
    ("pas moins de 20 sites", None, [("count", 20, None, None, "more_than")]),
    ("environ 200 sites", None, [("count", 200, None, None, "approx")]),
    ("quelque 200 sites", None, [("count", 200, None, None, "approx")]),
    ("autour de 5 %", None, [("share", 5, None, None, "approx")]),
    ("approximativement 30 sites", None, [("count", 30, None, None, "approx")]),
    ("~100 personnes", None, [("count", 100, None, None, "approx")]),
    ("jusqu'à 40 %", None, [("share", 40, None, None, "up_to")]),
    ("au plus 4 sites", None, [("count", 4, None, None, "up_to")]),
    ("au maximum 4 sites", None, [("count", 4, None, None, "up_to")]),
    ("moins de 10 %", None, [("share", 10, None, None, "less_than")]),
    ("d'environ 5 millions d'euros", None, [("money", 5e6, None, "EUR", "approx")]),
    # ranges and lists
    ("de 100 000 à 10 millions d’euros", None, [("money", 1e5, 1e7, "EUR", "range")]),
    ("entre 2 et 3 milliards d’euros", None, [("money", 2e9, 3e9, "EUR", "range")]),
    ("de 2 à 3 milliards d'euros", None, [("money", 2e9, 3e9, "EUR", "range")]),
    ("entre 1950 et 2000 euros", None, [("money", 1950, 2000, "EUR", "range")]),
    ("de 10 à 20 salariés", None, [("count", 10, 20, None, "range")]),
    ("2 milliards et 500 millions d'euros", None,
     [("money", 2e9, None, "EUR", "exact"), ("money", 5e8, None, "EUR", "exact")]),
    ("1, 2 et 3 milliards d'euros", None,
     [("money", 1e9, None, "EUR", "exact"), ("money", 2e9, None, "EUR", "exact"),
      ("money", 3e9, None, "EUR", "exact")]),
    ("en 2024 et 200 millions d'euros", None, [("money", 2e8, None, "EUR", "exact")]),
    ("1, 2 à 3 %", None, [("count", 1, None, None, "exact"), ("share", 2, 3, None, "range")]),
    ("3 millions à 5 entreprises", None,
     [("count", 3e6, None, None, "exact"), ("count", 5, None, None, "exact")]),
]


@pytest.mark.parametrize("raw, default, expected", SEED_FIGURES + MORE_CASES)
def test_parse_amounts_reads_table(raw, default, expected):
    found = parse_amounts(raw, default_currency=default)
    assert [summary(a) for a in found] == [
        (m, float(v), None if h is None else float(h), c, b) for m, v, h, c, b in expected
    ]
    for a in found:
        assert a.text == raw[a.start:a.end]


@pytest.mark.parametrize("raw, default, expected", [r for r in SEED_FIGURES + MORE_CASES if len(r[2]) == 1])
def test_parse_amount_reads_single(raw, default, expected):
    assert summary(parse_amount(raw, default_currency=default))[0] == expected[0][0]


@pytest.mark.parametrize("raw, scale, text", [
    ("109 milliards de dollars", "milliards", "109 milliards de dollars"),
    ("2,6 Md€", "Md", "2,6 Md€"),
    ("5 M€", "M", "5 M€"),
    ("10 k€", "k", "10 k€"),
    ("3 mille euros", "mille", "3 mille euros"),
    ("Plus de 150 dirigeants", None, "Plus de 150"),
    ("une soixantaine d'acteurs", None, "une soixantaine"),
    ("(de 100 000 à 10 millions d’euros),", "millions", "de 100 000 à 10 millions d’euros"),
])
def test_scale_and_text_are_kept_as_written(raw, scale, text):
    a = parse_amount(raw)
    assert (a.scale, a.text, raw[a.start:a.end]) == (scale, text, text)


def test_decimal_arithmetic_gives_the_nearest_float():
    assert parse_amount("2,6 Md€").value == float("2.6e9")
    assert parse_amount("0,1 milliard d'euros").value == float("1e8")


NOT_AMOUNTS = [
    "dès 2025", "en 2024", "depuis 2015", "2026 :", "1er", "10e", "10ème", "XXIe", "France 2030",
    "Industrie 4.0", "la 5G", "Llama 3", "CAC 40", "SBF 120", "API Days", "1. Introduction",
    "10h30", "10 h 30", "01 23 45 67 89", "+33 6 12 34 56 78", "p. 12", "page 4", "le 21 mars",
    "les 26 et 27 juin", "du 20 au 22 mars", "Web3", "un investissement", "une", "21/03/2024",
    "2024-2025", "les années 90", "des milliards d'euros", "plusieurs milliers de milliards de dollars",
    "tous trois", "", "   ", "des centaines de salariés", "note (1)",
]


@pytest.mark.parametrize("raw", NOT_AMOUNTS)
def test_not_an_amount_raises(raw):
    with pytest.raises(AmountError):
        parse_amount(raw)


def test_vague_quantity_says_why():
    with pytest.raises(AmountError, match="vague"):
        parse_amounts("plusieurs milliers de milliards de dollars")


def test_parse_amount_refuses_two_amounts():
    with pytest.raises(AmountError, match="found 2"):
        parse_amount("500 et 200 millions d'euros")


SENTENCES = [
    ("Le programme Stargate, 500 milliards $ dont\n100 milliards dès 2025.", None,
     [("money", 5e11, "500 milliards $"), ("count", 1e11, "100 milliards")]),
    ("Le programme Stargate, 500 milliards $ dont\n100 milliards dès 2025.", "USD",
     [("money", 5e11, "500 milliards $"), ("money", 1e11, "100 milliards")]),
    ("Selon France 2030, qui finance la 5G et le CAC 40, 27 nouvelles entreprises le 21 mars.", None,
     [("count", 27, "27")]),
    ("L’AFNUM, une cinquantaine de membres, avance dix propositions et vise 25 % des fonds.", None,
     [("count", 50, "une cinquantaine"), ("count", 10, "dix"), ("share", 25, "25 %")]),
    ("1. Réduire de 10 %\n2. Investir 2,6 Md€ (p. 12) à 10h30", None,
     [("share", 10, "10 %"), ("money", 2.6e9, "2,6 Md€")]),
    ("Les 26 et 27 juin, les années 90, Llama 3 et l’Industrie 4.0 : un investissement.", None, []),
]


@pytest.mark.parametrize("text, default, expected", SENTENCES)
def test_scan_sentence(text, default, expected):
    try:
        found = parse_amounts(text, default_currency=default)
    except AmountError:
        found = []
    assert [(a.measure, a.value, a.text) for a in found] == [(m, float(v), t) for m, v, t in expected]
    assert all(text[a.start:a.end] == a.text for a in found)


def test_offsets_point_into_the_original_text():
    raw = f"Budget :  près\nde 2,6{NNBSP}Md€ ou plutôt   300{NBSP}Md€"
    first, second = parse_amounts(raw)
    assert (first.bound, first.text) == ("approx", f"près\nde 2,6{NNBSP}Md€")
    assert (second.text, raw[second.start:second.end]) == (f"300{NBSP}Md€", f"300{NBSP}Md€")



# --- properties ----------------------------------------------------------------------------------
SCALES = [("", 1), ("mille", 10**3), ("millions", 10**6), ("milliards", 10**9), ("billions", 10**12),
          ("Md", 10**9), ("Mds", 10**9), ("M", 10**6), ("k", 10**3)]
CURRENCIES = [("€", "EUR"), ("$", "USD"), ("£", "GBP"), ("euros", "EUR"), ("dollars", "USD"),
              ("USD", "USD"), ("EUR", "EUR"), ("CHF", "CHF"), ("$US", "USD"), ("livres sterling", "GBP"),
              ("francs suisses", "CHF"), ("yens", "JPY"), ("yuans", "CNY")]
SPACES = st.sampled_from([" ", NBSP, NNBSP, "\n"])


@settings(max_examples=300)
@given(x=st.decimals(min_value=0, max_value=10**7, places=3, allow_nan=False, allow_infinity=False),
       scale=st.sampled_from(SCALES), currency=st.sampled_from(CURRENCIES),
       space=SPACES, space2=SPACES, glued=st.booleans(), of=st.booleans())
def test_round_trip_money(x, scale, currency, space, space2, glued, of):
    written = format_decimal(x, locale="fr_FR")  # U+202F groups, decimal comma
    (scale_word, multiplier), (cur_word, code) = scale, currency
    if scale_word:
        sep = "" if glued and scale_word[0].isupper() else space
        written += sep + scale_word
    if scale_word.islower() and cur_word.islower() and of:
        cur_word = ("d'" if cur_word[0] in "aeiou" else "de ") + cur_word  # "millions d'euros"
    sep = "" if glued and not cur_word[0].isalpha() else space2
    a = parse_amount(written + sep + cur_word)
    assert (a.measure, a.currency, a.value) == ("money", code, float(x * multiplier))


@settings(max_examples=200)
@given(x=st.decimals(min_value=0, max_value=1000, places=2, allow_nan=False, allow_infinity=False),
       sign=st.sampled_from(["%", " %", f"{NBSP}%", f"{NNBSP}%", " pour cent"]))
def test_round_trip_percent(x, sign):
    a = parse_amount(format_decimal(x, locale="fr_FR") + sign)
    assert (a.measure, a.value, a.currency) == ("share", float(x), None)


PIECES = ["1", "200", "2025", "2,6", "1.000", " ", NNBSP, "\n", "milliards", "d'euros", "d’euros", "%",
          " et ", " à ", "de ", "entre ", "plus de ", ", ", "juin", "une ", "cinquantaine", "€", "Md",
          "k", "M", "France ", "trois", "vingt", "-", "$", "(", ")", "p. ", "h", "0", "un ", "mille"]


def check_scan(text):
    try:
        found = parse_amounts(text)
    except AmountError:
        return
    assert found
    for a in found:
        assert a.text == text[a.start:a.end]
        assert math.isfinite(a.value)
        assert a.value_high is None or a.value_high >= a.value
        assert (a.currency is not None) == (a.measure == "money")


@settings(max_examples=500)
@given(st.text())
def test_scan_of_any_text_only_raises_amount_error(text):
    check_scan(text)


@settings(max_examples=500)
@given(st.lists(st.sampled_from(PIECES), max_size=12).map("".join))
def test_scan_of_amount_like_text_is_consistent(text):
    check_scan(text)


def test_decimal_helper_reads_babel_output():
    from loaders.french.numbers import digits_to_decimal
    assert digits_to_decimal(format_decimal(Decimal("1234567.891"), locale="fr_FR").replace(NNBSP, " ")) \
        == Decimal("1234567.891")


@pytest.mark.parametrize("raw, value, scale", [
    ("€264 billion", 2.64e11, "billion"),          # English short scale, not the French billion (1e12)
    ("$500 billion", 5e11, "billion"),
    ("100,000", 1e5, None),                      # a comma groups thousands in English
    ("2.5 million", 2.5e6, "million"),
    ("€1.2 trillion", 1.2e12, "trillion"),
    ("17 percent", 17.0, None),
])
def test_english_sources_amounts_are_read_as_english(raw, value, scale):
    a = parse_amounts_in(raw, "en")[0]
    assert (a.value, a.scale) == (value, scale)


def test_french_sources_keep_the_french_billion():
    assert parse_amounts_in("1 billion d'euros", "fr")[0].value == 1e12


def test_a_dot_for_thousands_with_decimals_is_read_and_no_digit_string_raises():
    """'2.840,1 ME' (a wire's half-year revenue) is 2,840.1 million euros; '2,840,1', which no locale
    writes, is no figure, and reading it raises nothing (it made the extractor raise on a press passage)."""
    from loaders.articles.quantities import find_quantities
    assert [(i.value, i.currency) for i in find_quantities("Le chiffre d’affaires ressort à 2.840,1 ME.")
            if i.kind == "money"] == [(2.8401e9, "EUR")]
    assert [i for i in find_quantities("un chiffre de 2,840,1 millions") if i.kind in ("money", "count")] == []
