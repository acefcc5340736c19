"""The words and weights the synthetic tables are drawn from, read from bench/words.toml (data,
edited there), with what follows from them: how each amount's suffix is written, and where each
kind of subject starts. bench/tables.py draws the tables from these names.
"""
from __future__ import annotations

import tomllib
from pathlib import Path

import numpy as np

_WORDS = tomllib.loads((Path(__file__).with_name("words.toml")).read_text(encoding="utf-8"))


def _take(*keys: str) -> tuple:
    """words.toml's lists, in the order named."""
    return tuple(_WORDS[k] for k in keys)


YEARS = np.arange(2016, 2026)
YEAR_WEIGHTS = 1.25 ** np.arange(len(YEARS))      # more sources in recent years

# --- words (French, English) ----------------------------------------------------------------------
# COUNT_SUBJECTS: (label fr, label en, noun in `raw`, `unit`); PUBLISHERS: (name, slug, site, language)
(MONEY_SUBJECTS, SHARE_SUBJECTS, COUNT_SUBJECTS, TOPICS, PLACES, TITLE_STARTS, ACTIONS,
 EVENT_WORDS, EVENT_WEIGHTS, CITIES, NOTES, PUBLISHERS) = _take(
    "money_subjects", "share_subjects", "count_subjects", "topics", "places", "title_starts",
    "actions", "event_words", "event_weights", "cities", "notes", "publishers")

# --- how often each value of an enumeration is drawn ---------------------------------------------
(SOURCE_KINDS, PERIODS, FIGURE_STATUSES, PROPOSAL_KINDS, PROPOSAL_STATUSES, REVIEWS, PRECISIONS) = _take(
    "source_kinds", "periods", "figure_statuses", "proposal_kinds", "proposal_statuses", "reviews",
    "precisions")

# --- how amounts are written: "plus de 2,5 milliards d'euros", "entre 10 et 15 %", "1 200 emplois"
# BOUND_WORDS: (words before the number, code in BOUNDS, weight); MONEY_WORDS, by currency:
# (plain, after a scale, symbol)
(MEASURES, MEASURE_WEIGHTS, BOUNDS, BOUND_WORDS, CURRENCIES, CURRENCY_WEIGHTS, MONEY_WORDS) = _take(
    "measures", "measure_weights", "bounds", "bound_words", "currencies", "currency_weights",
    "money_words")
MULTIPLIERS = np.array([1, 10**6, 10**6, 10**9, 10**9])   # by scale kind: none, million(s), milliard(s)


def _money_suffixes() -> tuple[list[str], list[str | None]]:
    """Suffix and scale as written, indexed by currency * 10 + symbols * 5 + scale kind."""
    suffixes, scales = [], []
    for plain, after_scale, symbol in MONEY_WORDS:
        for scale, suffix in zip([None, "million", "millions", "milliard", "milliards"],
                                 [plain, *(f"{w} {after_scale}" for w in
                                           ["million", "millions", "milliard", "milliards"])]):
            suffixes.append(" " + suffix)
            scales.append(scale)
        suffixes += [f" {symbol}", f" M{symbol}", f" M{symbol}", f" Md{symbol}", f" Md{symbol}"]
        scales += [None, "M", "M", "Md", "Md"]
    return suffixes, scales


MONEY_SUFFIXES, MONEY_SCALES = _money_suffixes()
SUFFIXES = MONEY_SUFFIXES + [" %", "%"] + [f" {noun}" for *_, noun, _ in COUNT_SUBJECTS]
SCALES = MONEY_SCALES + [None] * (len(SUFFIXES) - len(MONEY_SUFFIXES))
SUBJECTS = [*MONEY_SUBJECTS, *SHARE_SUBJECTS, *((fr, en) for fr, en, *_ in COUNT_SUBJECTS)]
SUBJECT_START = np.array([0, len(MONEY_SUBJECTS), len(MONEY_SUBJECTS) + len(SHARE_SUBJECTS)])
SUBJECT_COUNT = np.array([len(MONEY_SUBJECTS), len(SHARE_SUBJECTS), len(COUNT_SUBJECTS)])
UNITS = CURRENCIES + ["percent"] + [unit for *_, unit in COUNT_SUBJECTS]

# --- organisations and people ----------------------------------------------------------------------
# type: (weight, lists a name is drawn from, one item of each joined)
ORGANISATIONS = {kind: (o["weight"], *o["parts"]) for kind, o in _WORDS["organisations"].items()}
PERSON_SHARE = _WORDS["person_share"]
FIRST_NAMES = _WORDS["first_names"]
LAST_NAMES = _WORDS["last_names"]
ROLES = _WORDS["roles"]                     # (fr, en)
COUNTRIES = _WORDS["countries"]
GOVERNMENT_COUNTRIES = _WORDS["government_countries"]
SMALL_WORDS = set(_WORDS["small_words"])    # left out of acronyms
