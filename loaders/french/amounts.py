"""Read amounts (money, shares, counts) out of French text: "2,6 Md€", "plus de 150", "25 %".

How it works, in three passes over a normalised copy of the text (whitespace runs collapsed,
apostrophes unified, every character mapped back to the original so offsets stay exact):

1. a tokenizer regex finds *atoms*: [currency] number [scale] [currency | percent];
2. a small grammar joins neighbouring atoms into ranges ("de X à Y", "entre X et Y", "X à Y")
   and lists ("X et Y", "X, Y et Z"), and shares the last member's scale, currency or percent
   with the earlier ones ("500 et 200 millions d'euros");
3. context rules drop bare numbers that are not quantities (years, days, names such as
   "France 2030", references such as "p. 12", list markers, times), then bounds are read from
   the words before ("plus de" -> more_than, "près de" -> approx, ...).

Choices worth knowing: "au moins" reads as more_than (a floor); "M", "k" and "K" are scales only
next to a currency ("5 M€", "€ 5 M"), since "5 M" alone may be "Monsieur"; in "X et Y milliards"
X borrows the scale only if it has none and is below 1000 ("500 et 200 millions" vs "de 100 000
à 10 millions"); a word number ("sept") is a count only before a noun, and "un"/"une" only
before a scale or currency; "autour de" is read as approx even where it means "built around";
"est passée de 18 % à 31 %" (a verb of change before "de") is two figures, not a range; "deux
tiers" is a fraction, not two things; two bare numbers side by side ("au 17 17") are a code.

Error policy: parse_amounts and parse_amount raise AmountError (a ValueError) when nothing can be
read; a vague quantity ("plusieurs milliers de milliards") has no value and is never returned.
"""
from __future__ import annotations

import bisect
import dataclasses
import functools
import math
import re
from dataclasses import dataclass
from decimal import Decimal

from babel.numbers import NumberFormatError

from loaders.french import numbers as fr
from loaders.schema import Bound, Measure


@dataclass(frozen=True)
class Amount:
    measure: Measure
    value: float  # base units (1.09e11 for "109 milliards de dollars"); percent points for shares
    value_high: float | None  # upper bound of a range, else None
    currency: str | None  # ISO 4217 for money, else None
    scale: str | None  # the scale word as written ("milliards", "Md", "M", "k"...), else None
    bound: Bound
    text: str  # the substring of the input this amount was read from
    start: int  # offsets of `text` in the input
    end: int


# Dollars other than the United States' that a text may write "$" or "dollars" alone: a Québec paper's
# "30 millions $" is Canadian (loaders.articles.implied_currency), and a figure row may say so in `unit`.
OTHER_DOLLARS = frozenset({"CAD", "AUD", "NZD", "HKD", "SGD"})
_US_DOLLAR_WRITTEN = re.compile(r"(?<![^\W\d_])(?:US|USD)(?![^\W\d_])|(?i:am[ée]ricain)")


def writes_a_bare_dollar(text: str) -> bool:
    """Whether `text` writes a dollar without saying it is the United States' ("30 millions $", not
    "30 M$ US", "US$30m" or "30 millions de dollars américains").

    >>> [writes_a_bare_dollar(t) for t in ("30 millions $", "2 milliards de dollars", "30 M$ US", "40 M€")]
    [True, True, False, False]
    """
    return ("$" in text or "dollar" in text.lower()) and not _US_DOLLAR_WRITTEN.search(text)


class AmountError(ValueError):
    """Raised when an expression holds no amount, or one that cannot be read (message says why)."""


# --- tokenizer -----------------------------------------------------------------------------------
_CENTS = "cents"   # not a currency: the dollar's hundredth, read as dollars (see _read_atom)
_CURRENCIES = [  # (pattern of what is written, ISO code); first match wins, so specific first
    # ("10,7 milliards US", "400 millions US": the US dollar, after a scale word only)
    (r"US\s?\$|\$\s?US|\$|USD|(?i:dollars?\s(?:am[ée]ricains?|US))|(?<=(?:ions|ards|lion|iard)\s)US", "USD"),
    (r"(?i:dollars?\scanadiens)|CAD", "CAD"),
    (r"(?i:dollars?\saustraliens)|AUD", "AUD"),
    (r"(?i:dollars?)", "USD"),
    (r"¢|(?i:cents)", _CENTS),   # a dollar's hundredth ("55 ¢ par action", "13 cents du kilowattheure")
    (r"€|EUR|(?i:euros?)", "EUR"),
    (r"£|GBP|(?i:livres?\ssterling)", "GBP"),
    (r"CHF|(?i:francs?\ssuisses?)", "CHF"),
    (r"XPF|(?i:francs?\sCFP|F\s?CFP|francs?\sPacifique)", "XPF"),   # New Caledonia's and French Polynesia's franc ("21 milliards de Fcfp")
    (r"(?i:francs?)(?!\s?CF[AP])", "CHF"),   # the franc of today's press is the Swiss one ("francs CFA" are not)
    (r"¥|JPY|(?i:yens?)", "JPY"),
    (r"CNY|(?i:yuans?|renminbis?)", "CNY"),
    (r"SEK|(?i:couronnes?\ssu[ée]doises?)", "SEK"),
    (r"NOK|(?i:couronnes?\snorv[ée]giennes?)", "NOK"),
    (r"DKK|(?i:couronnes?\sdanoises?)", "DKK"),
    (r"RUB|(?i:roubles?)", "RUB"),
    (r"BRL|(?i:r[ée]ais|r[ée]als?)", "BRL"),   # "774 milliards de reais"
    (r"INR|(?i:roupies?\sindiennes?)", "INR"),
    (r"PLN|(?i:zlotys?)", "PLN"),   # "5,14 milliards de PLN"
]
_CURRENCY = "(?:" + "|".join(p for p, _ in _CURRENCIES) + ")" + r"(?:(?<!\w)|(?![^\W\d_]))"
_CUR_AFTER = r"\s?(?:de\s|d'|en\s)?" + _CURRENCY  # "300 Md€", "500 milliards $", "millions d'euros", "millions en francs suisses"
_CUR_BEFORE = r"(?<![\w$€£¥])(?:US\s?\$|[€$£¥]|(?:EUR|USD|GBP|CHF|JPY|CNY|CAD|AUD)(?=\s))\s?"
_PERCENT = r"\s?%|\s(?i:pour\s?cents?|pourcents?)" + fr.NO_LETTER_AFTER
# (or glued to an ISO code, as the stock-market wires write: "828 MEUR", "12 MUSD")
_AMBIGUOUS = (r"(?:" + fr.AMBIGUOUS_SCALE_PATTERN + r"(?:(?![^\W\d_])|(?=(?:EUR|USD|CHF|GBP|CAD)(?![^\W\d_])))"
              r"|m(?=[€$]))")   # and "772 m€", a lower-case million before a currency sign
_UNIT_AHEAD = rf"\s?(?:{fr.SCALE_WORDS_PATTERN}|{_AMBIGUOUS}(?={_CUR_AFTER}))|{_CUR_AFTER}|{_PERCENT}"
# The characters an atom can open with: a digit, a currency before its number ("US$", "€", "EUR "),
# or the first letter of a number word ("un", "deux"... "mille"), of "une centaine" or of "ce", "le",
# "du", "au", "demi" (see <one> below). Checked first, this one class rejects most positions, a third
# of the word starts included ("et", "pour", "la"...), before any alternative is tried (speed: x1.7).
# The letters are those of "udtqcshnovmla" in either case, and "ſ", which re.IGNORECASE takes for "s":
# spelled out, as one class, because a case-insensitive group would cost an alternation at each position.
_ATOM_OPENS = r"(?=[0-9€$£¥EGJ" r"ACDHLMNOQSTUVacdhlmnoqstuvſ])"
_ATOM = re.compile(
    _ATOM_OPENS + r"(?<!\w)"  # every alternative starts a word
    rf"(?:(?P<pre>{_CUR_BEFORE}))?"
    rf"(?:(?P<approx>{fr.APPROX_PATTERN})|(?P<digits>{fr.digits_pattern(_UNIT_AHEAD)})"
    rf"|(?P<words>{fr.WORDS_PATTERN})"
    # "ce milliard d'euros", "le million de dollars" (one, of money), "un demi-milliard" (a half)
    r"|(?P<one>(?i:ce|le|du|au)(?=\s(?i:milliard|million)\s(?:de\s|d'))|(?i:demi)(?=-(?i:milliard|million))))"
    # "une centaine de millions"; "M"/"k" only count as a scale next to a currency ("5 M€")
    rf"(?:(?(approx)\s(?:de\s|d')|(?(one)[\s-]|\s?))(?P<scale>{fr.SCALE_WORDS_PATTERN}"
    rf"|{_AMBIGUOUS}(?={_CUR_AFTER})|(?(pre){_AMBIGUOUS}|(?!))))?"
    r"(?(scale)(?P<half>\set\sdemie?(?!\w))?)"   # "deux milliards et demi d'euros": 2,5 milliards
    rf"(?:(?P<cur>{_CUR_AFTER})|(?P<pct>{_PERCENT}))?"
    r"(?:(?<!\w)|(?!\w))"  # an atom ending in a letter or digit must not run into a word: "5G"
)
# Phone numbers look like lists of small counts: mask them first. Both forms open on "+" or "0":
# saying so first spares the alternatives at every other position (speed).
_PHONE = re.compile(r"(?=[+0])(?:\+[0-9]{2,3}\s?(?:\(0\)\s?)?[0-9]|(?<![0-9])0[0-9])(?:[\s.\-]?[0-9]{2}){4}(?![0-9])")


@dataclass
class _Atom:
    start: int  # offsets in the normalised text
    end: int
    number: Decimal  # as written, before the scale
    scale: str | None
    multiplier: int
    currency: str | None
    share: bool
    approx: bool  # "une cinquantaine"
    in_words: bool
    year_like: bool  # a bare "2025" is a year, not 2025 things
    negative: bool = False  # "-4,6 %": the sign is part of `start`..`end`


@functools.lru_cache(maxsize=256)  # a text writes its currencies over and over ("milliards d'euros")
def _currency_code(written: str) -> str:
    written = re.sub(r"^\s?(?:de\s|d'|en\s)?", "", written)
    if written == "US":   # read after a scale word ("10,7 milliards US"), which is not in `written`
        return "USD"
    return next(code for pattern, code in _CURRENCIES if re.fullmatch(pattern, written))


_MINUS = "-\u2212\u2013"
_SPACED_MINUS = re.compile(r"[(\[][-\u2212\u2013] $")
_YEAR = re.compile(r"(?:19[0-9]{2}|20[0-9]{2}|2100)")


_ONE_TO = re.compile(r"\s(?:à|ou)\s(?:deux|trois|quatre|cinq|dix)\s(?i:milliards?|millions?|milliers|mille)(?![^\W\d_])")


def _read_atom(m: re.Match) -> _Atom | None:
    scale, cur = m["scale"], m["pre"] or m["cur"]
    if m["approx"]:
        number = Decimal(fr.APPROX_NOUNS[m["approx"].split()[-1].lower()])
    elif m["digits"]:
        try:
            number = fr.digits_to_decimal(m["digits"])
        except NumberFormatError:   # a digit string no locale writes: no figure, and never an error
            return None
    elif m["one"]:
        if not scale:
            return None
        number = Decimal("0.5") if m["one"].lower() == "demi" else Decimal(1)
    else:
        if m["words"].lower() in fr.ARTICLE_ONLY and not (scale or cur) and not _ONE_TO.match(m.string, m.end()):
            return None  # "un investissement": an article, not a figure ("d'un à deux millions" is one)
        number = fr.words_to_decimal(m["words"])
        if number is None:
            return None
    if m["half"]:
        number += Decimal("0.5")
    code = _currency_code(cur.strip()) if cur else None
    if code == _CENTS:
        if not m["digits"] or scale:
            return None   # "deux cents" is two hundred, read as words, never here
        number, code = number / 100, "USD"
    year_like = bool(m["digits"] and _YEAR.fullmatch(m["digits"]))
    sign = 0   # the characters of a minus sign before the digits
    if m["digits"] and not m["pre"]:
        if m.start() > 0 and m.string[m.start() - 1] in _MINUS:
            sign = 1
        elif _SPACED_MINUS.search(m.string, max(0, m.start() - 3), m.start()):
            sign = 2   # "soixante CFM56 (- 44 %)": a sign set apart inside brackets is a sign all the same
    negative = sign > 0
    return _Atom(m.start() - sign, m.end(), -number if negative else number, scale,
                 fr.scale_multiplier(scale) if scale else 1, code,
                 bool(m["pct"]), bool(m["approx"]), bool(m["words"]), year_like, negative)


# --- grammar -------------------------------------------------------------------------------------
# The gaps between two atoms that join them (no anchor, no look behind: matched in place, see _groups)
_RANGE_GAP = re.compile(r"\s(?:à|au)\s")
# ("annoncé à 5,7 puis 5,9 milliards d'euros"; "respectivement à 27, à 15 et à 10 millions d'euros")
_AND_GAP = re.compile(r"\s(?:et|ou|puis)\s(?:à\s)?")
_COMMA_GAP = re.compile(r",\s(?:à\s)?")
_RANGE_START = re.compile(r"(?i)(?<!\w)(?:de\s|d'|du\s|entre\s)$")
_BETWEEN = re.compile(r"(?i)(?<!\w)entre\s$")
# A year after these words is a date, never the low end of a range: "culminé en 2022 à 1,41 milliard",
# "par rapport au premier trimestre 2018 à 1,096 milliard"
_YEAR_BEFORE = re.compile(r"(?i)(?<!\w)(?:en|dès|depuis|trimestre|semestre|année|exercice|fin|début|mi"
                          r"|janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre)[\s-]$")
# "est passée de 18 % à 31 %" is a change between two figures, not a range
# ("a triplé son profit cash de 450 millions à 1,4 milliard": what doubled or tripled went from one to the other)
_CHANGE = re.compile(r"(?i)(?<!\w)(?:(?:pass|grimp|chut|tomb|bond|évolu|recul|cro[iî]t)\w*\s(?:\w+\s)?"
                     r"|(?:doubl|tripl|quadrupl|décupl|multipli)\w*\s(?:[\w'’]+\s){0,3})de\s$")
_DE = r"(?:de\s|d')"
_BOUND = re.compile(  # read on the words just before an amount; longest phrase wins (leftmost)
    rf"(?i)(?<!\w)(?:(?P<more_than>pas\smoins\s{_DE}|plus\s{_DE}|au-delà\s{_DE}|sup[ée]rieure?s?\sà\s"
    rf"|au\smoins\s|[>≥]\s?)|(?P<up_to>pas\splus\s{_DE}|jusqu'(?:à|au)\s|au\splus\s|au\smaximum\s"
    rf"|au\smax\s|≤\s?)|(?P<less_than>moins\s{_DE}|inf[ée]rieure?s?\sà\s|<\s?)"
    rf"|(?P<approx>près\s{_DE}|environ\s|quelque\s|autour\s{_DE}|approximativement\s|presque\s"
    rf"|aux\salentours\s{_DE}|de\sl'ordre\s{_DE}|[~≈]\s?))$"
)
_VAGUE = re.compile(r"(?i)(?<!\w)(?:plusieurs|quelques|des|de\snombreu(?:x|ses))\s"
                    r"(?:dizaines|douzaines|centaines|milliers|millions|milliards|billions)")


def _window(norm: str, start: int, width: int = 40) -> str:
    return norm[max(0, start - width):start]


def _groups(norm: str, atoms: list[_Atom]):
    """Yield (kind, members): kind is "single", "range" or "list"."""
    i = 0

    def gap_is(pattern: re.Pattern, k: int) -> bool:
        """Whether the text between atoms k and k + 1 is all `pattern` (matched in place: the gap is
        most often a long stretch of text, and copying it out three times cost more than the match)."""
        return bool(pattern.fullmatch(norm, atoms[k].end, atoms[k + 1].start))
    while i < len(atoms):
        if i + 1 < len(atoms) and (gap_is(_RANGE_GAP, i) or (
                gap_is(_AND_GAP, i) and _BETWEEN.search(_window(norm, atoms[i].start)))):
            yield "range", atoms[i:i + 2]
            i += 2
            continue
        j = i
        while j + 1 < len(atoms) and gap_is(_COMMA_GAP, j):
            j += 1
        if j + 1 < len(atoms) and gap_is(_AND_GAP, j):
            yield "list", atoms[i:j + 2]  # a comma list only counts when closed by "et"/"ou"
            i = j + 2
        else:  # an unclosed comma chain is just neighbours; its last may still open a range
            for k in range(i, max(j, i + 1)):
                yield "single", atoms[k:k + 1]
            i = max(j, i + 1)


def _share_units(kind: str, members: list[_Atom]) -> None:
    """Give earlier members the last one's percent, scale and currency ("2 à 3 milliards d'euros")."""
    last = members[-1]
    for m in members[:-1]:
        if kind == "list" and m.year_like:
            continue  # "en 2024 et 200 millions d'euros": the year takes nothing
        bare = not (m.scale or m.currency or m.share)
        m.share = m.share or (bare and last.share)
        # "de 2 à 3 milliards" is 2e9, but "de 100 000 à 10 millions" is 1e5
        if bare and last.scale and m.number < 1000 and not m.approx:
            m.scale, m.multiplier = last.scale, last.multiplier
        if m.currency is None and last.currency and not m.share and (
                kind == "range" or m.scale or not last.scale):
            m.currency = last.currency


# The last word before a space that ends the window. The leftmost match is always at a word's start: saying
# so, (?<!\S), spares growing and shrinking \S+ from every position inside the words (speed).
_LAST_WORD = re.compile(r"(?<!\S)(\S+)\s$")


def _prev_word(norm: str, start: int) -> str:
    found = _LAST_WORD.search(_window(norm, start))
    return found.group(1).lstrip("([{«“\"'") if found else ""  # "(p. 12)" -> "p."


def _names_a_thing(norm: str, end: int) -> bool:
    """True when a noun follows ("150 dirigeants", "une soixantaine d'acteurs")."""
    found = re.match(rf"\s{_DE}?([^\W\d_]+'?)(?:\s([^\W\d_]+))?", norm[end:end + 60])
    if not found:
        return False
    first, second = found.group(1).lower(), (found.group(2) or "").lower()
    if first in ("plus", "moins") and second.endswith(("s", "x")):  # "les dix plus grandes plateformes"
        return second not in fr.NOT_A_NOUN and fr.words_to_decimal(second) is None  # not "deux plus deux"
    return first not in fr.NOT_A_NOUN


# The patterns of the context rules, compiled once (re's own cache costs a lookup per call, a few
# thousand calls per document).
_ENDS_IN_LETTER = re.compile(r"[^\W\d_]$")
_HOUR_AFTER = re.compile(r"\sh(?![^\W\d_])")
_PER_DAY_AFTER = re.compile(r"\s?j\s?/")
_DIGIT_AFTER = re.compile(r" [0-9]")
_DIGIT_BEFORE = re.compile(r"[0-9] $")
_LEADING_ZERO = re.compile(r"0[0-9]")


# A number like a year counts things when a plural noun follows it and a word that opens a count stands
# before it: "avec 1945 demandes", "les 2000 salariés" (not "en 2024 dans", "2025 sera", "le budget 2025").
_PLURAL_NOUN_AFTER = re.compile(r"\s(?P<w>[a-zàâçéèêëîïôöûü][a-zàâçéèêëîïôöûü-]{2,}[sx])(?![\w-])")
_COUNT_OPENERS = {"les", "des", "ces", "ses", "leurs", "nos", "avec", "soit", "dont", "environ", "près", "plus",
                  "moins", "quelque", "parmi", "sur", "et"}


_YEAR_OPENERS = {"en", "dès", "depuis", "fin", "début", "mi"}   # "En 2019 utilisateurs et clients ont..."
# Nouns no year is ever followed by: "le groupe compte 2100 salariés", "(2019 employés)".
_PEOPLE_COUNTED = {"salariés", "employés", "collaborateurs", "personnes", "clients", "utilisateurs", "abonnés",
                   "emplois", "postes", "habitants", "étudiants", "ingénieurs", "chercheurs", "agents", "développeurs"}


def _year_counts_things(norm: str, m: _Atom) -> bool:
    noun = _PLURAL_NOUN_AFTER.match(norm, m.end)
    if not noun or noun["w"] in fr.NOT_A_NOUN:
        return False
    prev = _prev_word(norm, m.start).lower()
    return prev in _COUNT_OPENERS or (noun["w"] in _PEOPLE_COUNTED and prev not in _YEAR_OPENERS)


def _is_not_a_quantity(norm: str, m: _Atom, group_end: int) -> bool:
    """Context rules for a number with no unit: years, days, names, references, markers, times."""
    if m.scale or m.currency or m.share or m.approx:
        return False
    if m.year_like:   # before the costlier rules below
        return not _year_counts_things(norm, m)
    prev = _prev_word(norm, m.start)
    before, after = norm[m.start - 1:m.start], norm[m.end:m.end + 1]
    return bool(
        fr.MONTH_AFTER.match(norm, group_end) or prev.lower() in fr.WEEKDAYS  # "les 26 et 27 juin"
        or prev.lower().split("'")[-1] in fr.REFERENCE_WORDS  # "p. 12", "l'article 5"
        or fr.FRACTION_AFTER.match(norm, group_end)  # "deux tiers" is a share, not two things
        or (_ENDS_IN_LETTER.search(prev) and prev != prev.lower()
            and prev.lower() not in fr.FUNCTION_WORDS)  # "France 2030", "CAC 40", "Llama 3"
        or (before in ("", "\n") and after in (".", ")"))  # "1." list marker at a line start
        or (before in ("(", "[") and after in (")", "]"))  # footnote "(1)"
        or _HOUR_AFTER.match(norm[m.end:m.end + 3]) or prev == "h"  # "10 h 30"
        or _PER_DAY_AFTER.match(norm[m.end:m.end + 4])  # "7 j/7"
        or _DIGIT_AFTER.match(norm[m.end:m.end + 2])  # "au 17 17": two bare numbers side by side
        or _DIGIT_BEFORE.search(norm[max(0, m.start - 2):m.start])
        or _LEADING_ZERO.match(norm[m.start:m.end])  # "007", ids
        or (m.in_words and (not _names_a_thing(norm, group_end)  # "neuf" alone is "new"
                            or prev.lower() in ("tous", "toutes")))  # "tous trois"
    )


# --- public API ----------------------------------------------------------------------------------
# Typographic apostrophes and hyphens, unified. A chain of str.replace, not str.translate: translate
# with a table walks the text character by character in Python-object terms (an eighth of
# find_quantities), while replace is a C search that costs nearly nothing when the character is absent.
_UNIFIED = (("’", "'"), ("‘", "'"), ("ʼ", "'"), ("\u2010", "-"), ("\u2011", "-"))


# What is not already a single plain space: a run of two or more whitespace characters, or one that
# is not " ". Written to open on a character class (`\s`), not on an alternation, so that the regex
# engine skips ahead to the next whitespace character in C instead of trying the pattern at each position.
_IRREGULAR_SPACE = re.compile(r"\s(?:\s+|(?<=[^\S ]))")


class _RawOffsets:
    """Where each character of the normalised text starts (or ends) in the raw text: `offsets[i]`.

    Worked out on demand from the collapsed runs: every other character sits at a fixed shift from
    the last run before it. Two lists with an entry per character cost a sixth of find_quantities
    (an int object each), while a text's amounts read only a few dozen entries.
    """
    __slots__ = ("_at", "_spans", "_size", "_ends", "_raw_len")

    def __init__(self, runs: list[tuple[int, int, int]], size: int, ends: bool, raw_len: int):
        self._at = [at for at, _, _ in runs]  # where each run's single character is, in the normalised text
        self._spans = [(s, e) for _, s, e in runs]  # and the raw run it stands for
        self._size, self._ends, self._raw_len = size, ends, raw_len

    def __len__(self) -> int:
        return self._size

    def __getitem__(self, i: int) -> int:
        if i < 0:
            i += self._size
        if not 0 <= i < self._size:
            raise IndexError("normalised offset out of range")
        k = bisect.bisect_right(self._at, i) - 1  # the last run at or before i
        if k >= 0 and self._at[k] == i:
            start, end = self._spans[k]
        else:
            start = i if k < 0 else self._spans[k][1] + (i - self._at[k] - 1)
            end = start + 1
        if not self._ends:
            return start
        return min(end, self._raw_len) if i == self._size - 1 else end  # the added " " ends with `raw`


_WIRE_EUROS = re.compile(r"(?:(?<=\d\sM)|(?<=\dM)|(?<=\d\sMd)|(?<=\dMd)|(?<=\d\sMds)|(?<=\dMds))E(?![\w€])")


def _normalise(raw: str) -> tuple[str, _RawOffsets, _RawOffsets]:
    """Collapse whitespace runs to " " ("\\n" if the run breaks a line); map each char back.

    A trailing " " is added, mapped to the end of `raw`. Single plain spaces, most of a text's
    whitespace, are copied as they are: only the other runs are visited one by one (speed).
    """
    padded, parts, runs, pos, size = raw + " ", [], [], 0, 0
    for run in _IRREGULAR_SPACE.finditer(padded):
        parts.append(padded[pos:run.start()])
        size += run.start() - pos
        parts.append("\n" if "\n" in run.group() or "\r" in run.group() else " ")
        runs.append((size, run.start(), run.end()))
        size += 1
        pos = run.end()
    parts.append(padded[pos:])
    size += len(padded) - pos
    norm = "".join(parts)
    for typographic, plain in _UNIFIED:
        norm = norm.replace(typographic, plain)
    if "E" in norm:   # "548,2 ME", "5,8 MdsE": the stock-market wires' euros (one character for one)
        norm = _WIRE_EUROS.sub("€", norm)
    return norm, _RawOffsets(runs, size, False, len(raw)), _RawOffsets(runs, size, True, len(raw))


def _amount(raw, maps, m: _Atom, high: Decimal | None, scale, bound, start, end) -> Amount | None:
    value, value_high = float(m.number * m.multiplier), None if high is None else float(high)
    if not math.isfinite(value) or (value_high is not None and not math.isfinite(value_high)):
        return None  # a digit string too long for a float is no figure anyone wrote
    measure = "share" if m.share else "money" if m.currency else "count"
    s, e = maps[0][start], maps[1][end - 1]
    currency = m.currency if measure == "money" else None  # "$1%" is a share, not dollars
    return Amount(measure, value, value_high, currency, scale, bound, raw[s:e], s, e)


def _read_group(raw, norm, maps, kind, members, default_currency) -> list[Amount]:
    """The amounts of one single, range or list of atoms (noise dropped)."""
    low, high = members[0], members[-1]
    if kind == "range" and low.year_like and _YEAR_BEFORE.search(_window(norm, low.start)):
        return _read_group(raw, norm, maps, "single", [low], default_currency) + _read_group(
            raw, norm, maps, "single", [high], default_currency)  # "culminé en 2022 à 1,41 milliard"
    as_written = [dataclasses.replace(m) for m in members] if kind == "range" else members
    _share_units(kind, members)
    change = kind == "range" and (bool(_CHANGE.search(_window(norm, low.start))) or (
        # each end written with its own unit: two figures, not a range ("de 35 millions d'euros à 861,9 millions
        # d'euros", "de 40,5 % à 47,4 %"); a range writes its unit once ("de 2 à 3 milliards d'euros"), or
        # says it is one ("entre 11 % et 13 %", "de l'ordre de 4 % à 50 %")
        all(m.currency or m.share for m in as_written) and as_written[0].scale == as_written[1].scale
        and not _BOUND.search(_window(norm, low.start)) and not _BETWEEN.search(_window(norm, low.start))))
    if (kind == "range" and low.scale and not as_written[0].scale and low.multiplier >= 1_000_000 and not change
            and low.number * low.multiplier > high.number * high.multiplier
            and low.number * low.multiplier // 1000 <= high.number * high.multiplier):
        # "700 à 1 milliard d'euros": the low end is in the scale below (700 millions)
        low.multiplier //= 1000
    if kind == "range" and (low.share != high.share or low.currency != high.currency
                            or low.number * low.multiplier > high.number * high.multiplier
                            or change):
        kind = "list"  # "3 millions à 5 entreprises" is no range: read each on its own
        if low.number * low.multiplier > high.number * high.multiplier and not change:
            # "de 6,5 % en 2023 à 3,5 %": the low end borrowed units it was never written with (but "passe
            # de 25 à 15 milliards d'euros", a change, is 25 milliards d'euros before)
            members = as_written
            low, high = members
    group_end = high.end if kind != "single" else low.end
    kept = [m for m in members if not _is_not_a_quantity(norm, m, group_end)]
    for m in kept:
        if default_currency and not (m.share or m.currency) and not _names_a_thing(norm, group_end):
            m.currency = default_currency
    if kind == "range" and len(kept) == 2:
        prefix = _RANGE_START.search(_window(norm, low.start))
        start = low.start - (len(prefix.group()) if prefix else 0)
        amount = _amount(raw, maps, low, high.number * high.multiplier, high.scale, "range", start, high.end)
        return [amount] if amount else []
    found = []
    for m in kept:
        start, bound = m.start, "approx" if m.approx else "exact"
        said = _BOUND.search(_window(norm, m.start)) if m is members[0] else None
        if said:
            bound, start = said.lastgroup, start - len(said.group())
        amount = _amount(raw, maps, m, None, m.scale, bound, start, m.end)
        found += [amount] if amount else []
    return found


_EN_SCALES = {"trillion": "billions", "billion": "milliards", "bn": "Md", "million": "millions",
              "thousand": "mille"}  # the English short scale: a billion is a French milliard
# One pass, left to right: thousands groups ("100,000"), a decimal point ("2.5"), "per cent", a
# scale word, glued to its number or not ("$109bn", "2.5 billion"). What is rewritten, with each
# new character mapped back to the span it came from, so offsets stay those of the English text.
_EN_REWRITE = re.compile(
    r"(?P<thousands>(?<![\d.,])\d{1,3}(?:,\d{3})+(?![\d,]))"
    r"|(?P<decimal>(?<=\d)\.(?=\d))"
    r"|(?P<percent>\s?\bper\s?cent\b)"
    r"|(?<![^\W\d_])(?P<scale>(?i:trillion|billion|bn|million|thousand))(?i:s)?\b")
_EN_SCALE = re.compile(r"(?<![^\W\d_])(?i:trillion|billion|bn|million|thousand)(?=(?i:s)?\b)")


def _english_replacement(m: re.Match) -> str:
    if m.lastgroup == "thousands":
        return m.group().replace(",", "")
    if m.lastgroup == "decimal":
        return ","
    if m.lastgroup == "percent":
        return " %"
    return _EN_SCALES[m.group("scale").lower()]


def english_as_french_mapped(raw: str) -> tuple[str, list[int], list[int]]:
    """(rewritten text, where each of its characters starts in `raw`, where each ends in `raw`)."""
    parts, starts, ends, pos = [], [], [], 0
    for m in _EN_REWRITE.finditer(raw):
        parts.append(raw[pos:m.start()])
        starts.extend(range(pos, m.start()))
        ends.extend(range(pos + 1, m.start() + 1))
        new = _english_replacement(m)
        if m.lastgroup == "thousands":   # digit for digit: "100,000" -> "100000"
            digits = [i for i in range(m.start(), m.end()) if raw[i] != ","]
            starts.extend(digits)
            ends.extend(i + 1 for i in digits)
        else:
            starts.extend([m.start()] * len(new))
            ends.extend([m.end()] * len(new))
        parts.append(new)
        pos = m.end()
    parts.append(raw[pos:])
    starts.extend(range(pos, len(raw)))
    ends.extend(range(pos + 1, len(raw) + 1))
    return "".join(parts), starts, ends


def english_as_french(raw: str) -> str:
    """An amount as an English source writes it, rewritten the way the French reader reads it.

    >>> english_as_french("€264 billion, 100,000 chips, $109bn and 2.5 percent")
    '€264 milliards, 100000 chips, $109Md and 2,5 %'
    """
    return english_as_french_mapped(raw)[0]


def french_scale(scale: str | None) -> str | None:
    """The French scale word for an English one ("billion" -> "milliards"); others as they are."""
    return _EN_SCALES.get(scale.lower(), scale) if scale else scale


def parse_amounts_in(raw: str, language: str | None, default_currency: str | None = None
                     ) -> list[Amount]:
    """`parse_amounts` for a source written in `language` (ISO 639-1): English numbers and scales
    ("€264 billion", "$109bn", "100,000") are read as English, every other language as French.
    Text, offsets and scale are those of `raw` as written.

    >>> [(a.value, a.text, a.scale) for a in parse_amounts_in("Microsoft: $109bn.", "en")]
    [(109000000000.0, '$109bn', 'bn')]
    """
    if language != "en":
        return parse_amounts(raw, default_currency)
    french, starts, ends = english_as_french_mapped(raw)
    found = []
    for a in parse_amounts(french, default_currency):
        s, e = starts[a.start], ends[a.end - 1]
        written = _EN_SCALE.search(raw, s, e) if a.scale else None
        scale = written.group() if written else a.scale
        found.append(dataclasses.replace(a, text=raw[s:e], start=s, end=e, scale=scale))
    return found


def parse_amounts(raw: str, default_currency: str | None = None) -> list[Amount]:
    """Every amount in `raw`, in order; AmountError if there is none.

    `default_currency` makes money of amounts that name no currency and count nothing
    ("100 milliards dès 2025", not "150 dirigeants").

    >>> [(a.value, a.currency) for a in parse_amounts("500 et 200 millions d'euros")]
    [(500000000.0, 'EUR'), (200000000.0, 'EUR')]
    >>> a = parse_amounts("Plus de 150 dirigeants, dès 2025, et 4 % du total")
    >>> [(x.measure, x.value, x.bound, x.text) for x in a]
    [('count', 150.0, 'more_than', 'Plus de 150'), ('share', 4.0, 'exact', '4 %')]
    """
    norm, starts, ends = _normalise(raw)
    masked = [p.span() for p in _PHONE.finditer(norm)]  # in order, never overlapping
    masked_starts = [s for s, _ in masked]
    def in_phone(m):
        k = bisect.bisect_left(masked_starts, m.end())
        return k > 0 and masked[k - 1][1] > m.start()
    atoms = [a for m in _ATOM.finditer(norm)
             if not in_phone(m)
             if (a := _read_atom(m)) is not None]
    found = [a for kind, members in _groups(norm, atoms)
             for a in _read_group(raw, norm, (starts, ends), kind, members, default_currency)]
    if not found:
        vague = _VAGUE.search(norm)
        if vague:
            raise AmountError(f"vague quantity {vague.group()!r} has no value")
        raise AmountError(f"no amount found in {raw[:80]!r}")
    return found


def parse_amount(raw: str, default_currency: str | None = None) -> Amount:
    """Exactly one amount (a range counts as one); AmountError otherwise.

    >>> parse_amount("2,6 Md€")
    Amount(measure='money', value=2600000000.0, value_high=None, currency='EUR', scale='Md', bound='exact', text='2,6 Md€', start=0, end=7)
    >>> parse_amount("de 100 000 à 10 millions d’euros").value_high
    10000000.0
    """
    found = parse_amounts(raw, default_currency)
    if len(found) != 1:
        raise AmountError(f"expected one amount in {raw[:80]!r}, found {len(found)}: "
                          + ", ".join(repr(a.text) for a in found))
    return found[0]
