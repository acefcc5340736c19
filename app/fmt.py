"""Numbers and dates the French way (and the English way): '109 Md$', '2,6 Md€', '4 %', '9 septembre 2025'."""
from __future__ import annotations

import datetime as dt
import functools
import math

from babel import Locale
from babel.dates import format_date
from babel.numbers import format_compact_decimal, format_decimal, get_currency_symbol

LOCALES = {"fr": "fr_FR", "en": "en_GB"}
# Parsed once: babel parses a locale name on every call otherwise (half the cost of a number).
BABEL = {lang: Locale.parse(code) for lang, code in LOCALES.items()}
NBSP = "\u00a0"
# The short symbols people write after the scale; babel's French symbol for USD is "$US".
SHORT_SYMBOLS = {"EUR": "€", "USD": "$", "GBP": "£", "JPY": "¥", "CNY": "¥"}


def currency_symbol(currency: str, lang: str = "fr") -> str:
    return SHORT_SYMBOLS.get(currency) or get_currency_symbol(currency, BABEL[lang])


def format_number(value: float, lang: str = "fr", digits: int = 1) -> str:
    """A plain number: '1 234 567' in French, '1,234,567' in English; at most `digits` decimals."""
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return "–"
    pattern = "#,##0" + ("." + "#" * digits if digits else "")
    return format_decimal(value, format=pattern, locale=BABEL[lang])


def format_compact(value: float, lang: str = "fr") -> str:
    """'109 Md', '2,6 Md', '3 M' in French; '109B', '2.6B' in English; plain below ten thousand."""
    # -0.0 + 0.0 is 0.0: the cache below holds -0.0 and 0.0 as one key, and must not answer "-0" for 0
    return _format_compact(value + 0.0, lang)


@functools.lru_cache(maxsize=65_536)   # amounts repeat (a few thousand distinct in a million figures)
def _format_compact(value: float, lang: str) -> str:
    if abs(value) < 10_000:
        return format_number(value, lang)
    if lang == "fr" and abs(value) >= 1e12:   # babel writes 'Bn' (billion), which French readers do not use
        return f"{format_number(value / 1e9, lang, digits=0)}{NBSP}Md"
    return format_compact_decimal(value, locale=BABEL[lang], fraction_digits=1)


def format_money(value: float, currency: str, lang: str = "fr") -> str:
    """'109 Md$' and '2,6 Md€' in French; '$109B' and '€2.6B' in English."""
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return "–"
    number, symbol = format_compact(value, lang), currency_symbol(currency, lang)
    if lang == "fr":
        glued = number[-1].isalpha() and not symbol[0].isalpha()   # '2,6 Md€', but '2,6 Md CHF'
        return f"{number}{symbol}" if glued else f"{number}{NBSP}{symbol}"
    return f"{symbol}{number}"


def format_share(value: float, lang: str = "fr") -> str:
    """'4 %' in French (no-break space), '4%' in English."""
    return f"{format_number(value, lang)}{NBSP}%" if lang == "fr" else f"{format_number(value, lang)}%"


BOUND_PREFIX = {"fr": {"approx": "≈ ", "more_than": "> ", "less_than": "< ", "up_to": "≤ "},
                "en": {"approx": "≈ ", "more_than": "> ", "less_than": "< ", "up_to": "≤ "}}


def format_figure(measure: str, value: float, unit: str, lang: str = "fr", bound: str = "exact",
                  value_high: float | None = None) -> str:
    """A figure as a reader expects it: '109 Md$', '≈ 50', '4 %', '100 k€ – 10 M€'."""
    def one(v):
        if measure == "money":
            return format_money(v, unit, lang)
        if measure == "share":
            return format_share(v, lang)
        return format_number(v, lang)
    if bound == "range" and value_high is not None:
        return f"{one(value)} – {one(value_high)}"
    return BOUND_PREFIX[lang].get(bound, "") + one(value)


def format_partial_date(value: dt.date | None, precision: str | None, lang: str = "fr") -> str:
    """'9 septembre 2025', 'février 2025', '2025' (or English equivalents); '–' when unknown."""
    if value is None or (not isinstance(value, dt.date)):
        return "–"
    pattern = {"day": "d MMMM y", "month": "MMMM y", "year": "y"}.get(precision or "day", "d MMMM y")
    if lang == "fr" and value.day == 1 and pattern.startswith("d "):
        pattern = "d'er' " + pattern[2:]   # the first of the month is '1er' in French typography
    return format_date(value, pattern, locale=BABEL[lang])


def match_spans(text: str, query: str) -> list[tuple[int, int]]:
    """Where `query` occurs in `text`, ignoring case and accents: ('Numérique', 'numeri') -> [(0, 6)]."""
    from .query.columnar import fold
    needle = fold(query.strip()) if query else ""
    if not needle or not text or needle not in fold(text):   # most texts have no match: one fold, not one per char
        return []
    folded, owner = [], []
    for i, ch in enumerate(text):   # fold char by char so each folded char knows where it came from
        piece = fold(ch)
        folded.append(piece)
        owner.extend([i] * len(piece))
    haystack, spans, at = "".join(folded), [], 0
    while (found := haystack.find(needle, at)) >= 0:
        spans.append((owner[found], owner[found + len(needle) - 1] + 1))
        at = found + len(needle)
    return spans


def split_matches(text: str, query: str) -> list[tuple[str, bool]]:
    """`text` cut into (piece, is_match) for highlighting: ('Cloud de confiance', 'confi')
    -> [('Cloud de ', False), ('confi', True), ('ance', False)]."""
    pieces, at = [], 0
    for start, end in match_spans(text, query):
        if start > at:
            pieces.append((text[at:start], False))
        pieces.append((text[start:end], True))
        at = end
    if at < len(text) or not pieces:
        pieces.append((text[at:], False))
    return pieces
