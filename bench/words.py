"""The words and weights the synthetic tables are drawn from, read from bench/words.toml (data,
edited there), with what follows from them: how each amount's suffix is written, and where each
kind of subject starts. bench/tables.py draws the tables from these names.
"""
from __future__ import annotations

import tomllib
from pathlib import Path

import numpy as np

_WORDS = tomllib.loads((Path(__file__).with_name("words.toml")).read_text(encoding="utf-8"))

YEARS = np.arange(2016, 2026)
YEAR_WEIGHTS = 1.25 ** np.arange(len(YEARS))      # more sources in recent years

# --- words (French, English) ----------------------------------------------------------------------
MONEY_SUBJECTS = _WORDS["money_subjects"]
SHARE_SUBJECTS = _WORDS["share_subjects"]
COUNT_SUBJECTS = _WORDS["count_subjects"]   # (label fr, label en, noun in `raw`, `unit`)
TOPICS = _WORDS["topics"]
PLACES = _WORDS["places"]
TITLE_STARTS = _WORDS["title_starts"]
ACTIONS = _WORDS["actions"]
EVENT_WORDS = _WORDS["event_words"]
EVENT_WEIGHTS = _WORDS["event_weights"]
CITIES = _WORDS["cities"]
NOTES = _WORDS["notes"]
PUBLISHERS = _WORDS["publishers"]           # (name, slug, site, language)

# --- how often each value of an enumeration is drawn ---------------------------------------------
SOURCE_KINDS = _WORDS["source_kinds"]
PERIODS = _WORDS["periods"]
FIGURE_STATUSES = _WORDS["figure_statuses"]
PROPOSAL_KINDS = _WORDS["proposal_kinds"]
PROPOSAL_STATUSES = _WORDS["proposal_statuses"]
REVIEWS = _WORDS["reviews"]
PRECISIONS = _WORDS["precisions"]

# --- how amounts are written: "plus de 2,5 milliards d'euros", "entre 10 et 15 %", "1 200 emplois"
MEASURES = _WORDS["measures"]
MEASURE_WEIGHTS = _WORDS["measure_weights"]
BOUNDS = _WORDS["bounds"]
BOUND_WORDS = _WORDS["bound_words"]         # (words before the number, code in BOUNDS, weight)
CURRENCIES = _WORDS["currencies"]
CURRENCY_WEIGHTS = _WORDS["currency_weights"]
MONEY_WORDS = _WORDS["money_words"]         # by currency: (plain, after a scale, symbol)
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
