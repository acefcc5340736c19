"""French numerals and the vocabulary around them, for loaders.french.amounts.

Everything here is a fact about written French (how digits are grouped, which words are numbers,
what "milliard" is worth, which words announce a date or a reference), not about amounts.
The regex fragments assume text whose whitespace runs were collapsed to one " " (or to "\\n" when
the run held a line break), with typographic apostrophes turned into "'": parts of an expression are
joined by \\s (a line break may fall anywhere), digit groups only by " " (never across lines).
"""
from __future__ import annotations

import re
from decimal import Decimal, InvalidOperation
from functools import lru_cache

from babel.numbers import parse_decimal
from text_to_num import text2num

# "not glued to a letter": \w minus digits and "_", so "5G", "1er", "Web3" never look like numbers.
NO_LETTER_AFTER = r"(?![^\W\d_])"

# --- digits --------------------------------------------------------------------------------------
# Preceded by none of these: a number glued to a word, a version ("4.0"), a date ("21/03"),
# a time ("10:30"), an interval or sign ("20-22", "-3"), "n°12", "#3".
_NOT_AFTER = r"(?<![\w.,/:°#\-\u2013\u2212])"
# A minus sign (hyphen, en dash or U+2212) that opens a word: "-4,6 %", "(–1,8 %)", never "20-22".
MINUS_BEFORE = r"(?:(?<=^[-\u2212\u2013])|(?<=[\s(\[][-\u2212\u2013]))"
# Followed by none of these, for the same reasons ("2024-03-21", "10:30", "4.0").
_NOT_BEFORE = r"(?![0-9]|[.,:/\-\u2013][0-9])"


def digits_pattern(unit_ahead: str) -> str:
    """Regex for a digit string, a minus sign before it excluded ("-4,6": see MINUS_BEFORE).

    A dot before three digits groups thousands ("300.000", as the press writes them); any
    other lone dot ("2.5") is a decimal, read only when a unit follows ("2.5 Md€", never "4.0").
    """
    return (
        r"(?:" + MINUS_BEFORE + "|" + _NOT_AFTER + r")(?:"
        r"[0-9]{1,3}(?: [0-9]{3})+(?:,[0-9]+)?"  # 1 200 000 / 1 200,5 (any space: see module doc)
        r"|[0-9]{1,3}(?:\.[0-9]{3})+(?:,[0-9]+)?"  # 300.000 / 1.000.000: French press groups with dots
        r"|[0-9]{1,3}(?:['’][0-9]{3})+(?:[.,][0-9]+)?"  # 180'000 / 1’200’000: Swiss press groups with apostrophes
        r"|[0-9]+\.[0-9]+(?=" + unit_ahead + r")"  # 1.000 € / 2.5 Md€, never bare "Industrie 4.0"
        r"|(?:(?<=[€$£¥])|(?<=[€$£¥]\s))[0-9]+\.[0-9]+"  # €0.5, $ 2.3: a currency before it says it is money
        r"|[0-9]+(?:,[0-9]+)?"
        r")" + _NOT_BEFORE
    )


@lru_cache(maxsize=4096)  # years and round figures recur across texts; babel's parsing is the costly part
def digits_to_decimal(written: str) -> Decimal:
    """'1 200 000' -> 1200000, '2,6' -> 2.6, '1.000.000' -> 1000000, '1.000' -> 1000, '2.5' -> 2.5,
    "180'000" -> 180000 (Swiss), '2.840,1' -> 2840.1 (a dot for thousands, a comma for decimals).

    >>> digits_to_decimal("2.840,1"), digits_to_decimal("1.000.000"), digits_to_decimal("2.5")
    (Decimal('2840.1'), Decimal('1000000'), Decimal('2.5'))
    """
    written = written.replace("'", "").replace("’", "")
    if written.count(".") > 1 or re.fullmatch(r"[0-9]{1,3}\.[0-9]{3}(?:,[0-9]+)?|[0-9]+\.[0-9]{3}", written):
        written = written.replace(".", "")  # dots as thousands separators (German/Belgian style)
    else:
        written = written.replace(".", ",")  # a single dot that is not a group: an English decimal
    # babel knows the fr_FR grouping (U+202F) and decimal comma; hand it that canonical form.
    return parse_decimal(written.replace(" ", "\u202f"), locale="fr_FR")


# --- number words --------------------------------------------------------------------------------
_WORDS = (
    "un une deux trois quatre cinq six sept huit neuf dix onze douze treize quatorze quinze seize "
    "vingt vingts trente quarante cinquante soixante septante huitante octante nonante cent cents mille"
).split()
_WORD = r"(?:" + "|".join(sorted(_WORDS, key=len, reverse=True)) + r")" + NO_LETTER_AFTER
# "et" only joins in "vingt et un", "soixante et onze", "mille et une"; elsewhere it joins two figures.
_SEP = r"(?:-|\s|[\s-]et[\s-](?=(?:une?|onze)" + NO_LETTER_AFTER + r"))"
WORDS_PATTERN = r"(?<![\w\-])(?i:" + _WORD + r"(?:" + _SEP + _WORD + r")*)"
ARTICLE_ONLY = {"un", "une"}  # "un investissement" is not an amount; "un milliard" is


def words_to_decimal(written: str) -> Decimal | None:
    """'vingt-sept' -> 27, 'deux cents' -> 200; None when the words do not make one number."""
    try:
        return Decimal(text2num(" ".join(written.lower().split()), "fr"))
    except (ValueError, InvalidOperation):
        return None


# "une cinquantaine" is an approximate count; only with its article ("des centaines" is vague).
APPROX_NOUNS = {
    "dizaine": 10, "douzaine": 12, "quinzaine": 15, "vingtaine": 20, "trentaine": 30,
    "quarantaine": 40, "cinquantaine": 50, "soixantaine": 60, "centaine": 100, "millier": 1000,
}
APPROX_PATTERN = (
    r"(?<![\w\-])(?i:une?\s(?:" + "|".join(APPROX_NOUNS) + r"))" + NO_LETTER_AFTER
)

# --- scales --------------------------------------------------------------------------------------
_SCALE_WORDS = {
    "milliers de milliards": 10**12, "billion": 10**12, "milliard": 10**9, "millard": 10**9, "million": 10**6,
    "mille": 10**3,
}  # French "billion" is 10^12 (long scale), not the English 10^9; "millard" is how the press misspells "milliard"
_SCALE_ABBREVIATIONS = {"md": 10**9, "mds": 10**9, "mrd": 10**9, "mrds": 10**9,
                        "mio": 10**6, "mios": 10**6, "mia": 10**9}   # Swiss press: "CHF 1155 mio", "2,1 mia"
# "5 M" may be "Monsieur", "4K" a screen, "5G" a network; next to a currency they are scales ("720 G$" in Québec)
_AMBIGUOUS_ABBREVIATIONS = {"M": 10**6, "m": 10**6, "k": 10**3, "K": 10**3, "G": 10**9}   # ("772 m€")
SCALE_WORDS_PATTERN = (
    r"(?i:milliers\sde\smilliards|milliards?|millards?|millions?|billions?|mille|[Mm](?:ds?|rds?|ios?|ia))" + NO_LETTER_AFTER
)
AMBIGUOUS_SCALE_PATTERN = r"(?:M|k|K|G)"


def scale_multiplier(written: str) -> int:
    """'milliards' -> 10**9, 'Md' -> 10**9, 'M' -> 10**6, 'k' -> 1000."""
    if written in _AMBIGUOUS_ABBREVIATIONS:
        return _AMBIGUOUS_ABBREVIATIONS[written]
    key = " ".join(written.lower().split())
    if key in _SCALE_ABBREVIATIONS:
        return _SCALE_ABBREVIATIONS[key]
    return _SCALE_WORDS.get(key) or _SCALE_WORDS[key.rstrip("s")]


# --- context vocabulary --------------------------------------------------------------------------
MONTH_AFTER = re.compile(
    r"\s(?i:janvier|f[ée]vrier|mars|avril|mai|juin|juillet|ao[ûu]t|septembre|octobre|novembre"
    r"|d[ée]cembre|janv\.|f[ée]vr\.|sept\.|oct\.|nov\.|d[ée]c\.)" + NO_LETTER_AFTER
)
FRACTION_AFTER = re.compile(r"\s(?i:tiers|quarts?|cinquièmes?|dixièmes?|centièmes?)" + NO_LETTER_AFTER)
WEEKDAYS = {"lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"}
# Words after which a bare number is an identifier or a decade, not a quantity ("p. 12",
# "article 5", "les années 90").
REFERENCE_WORDS = {
    "p.", "pp.", "page", "pages", "n°", "no", "no.", "nº", "numéro", "numéros", "art.", "article",
    "articles", "chapitre", "section", "tome", "vol.", "volume", "annexe", "fig.", "figure",
    "tableau", "étape", "version", "v.", "saison", "acte", "niveau", "phase", "§", "#", "années",
    "salle", "alinéa", "bâtiment", "programme", "mission", "action", "décret", "loi", "délibération",
}
# Capitalised words that may stand before a count ("Plus de 150", "Les 27"); any other capitalised
# word before a bare number makes it part of a name ("France 2030", "CAC 40", "Llama 3").
FUNCTION_WORDS = {
    "le", "la", "les", "l'", "des", "ces", "ses", "nos", "vos", "leurs", "aux", "au", "du", "de",
    "d'", "en", "et", "ou", "avec", "pour", "par", "sur", "sous", "dans", "selon", "parmi", "entre",
    "dès", "depuis", "environ", "près", "plus", "moins", "quelque", "soit", "dont", "sont", "ont",
    "jusqu'à", "approximativement", "presque", "pas", "seuls", "seules",
}
# Words that cannot be the noun a number counts: after them the number stands alone.
NOT_A_NOUN = {
    "de", "d'", "des", "du", "et", "ou", "à", "au", "aux", "en", "par", "pour", "sur", "dans",
    "avec", "sans", "chez", "entre", "vers", "dès", "depuis", "jusqu'", "que", "qu'", "qui", "dont",
    "ne", "n'", "se", "s'", "est", "sont", "a", "ont", "était", "il", "elle", "ils", "elles", "on",
    "y", "le", "la", "les", "l'", "un", "une", "ce", "cette", "ces", "son", "sa", "ses", "leur",
    "leurs", "plus", "moins", "fois", "contre", "après", "avant", "selon", "soit", "mais", "donc",
    "or", "ni", "car", "comme", "si", "pas", "fin", "début",
}
