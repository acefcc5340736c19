"""`python -m bench extraction-press`: precision and recall on press passages, tuned-on and held-out apart.

The passages and what a reader finds in them are in tests/press_set.py (DEV, HELD_OUT, HELD_OUT_2...);
"held-out, all" sums every held-out list. Money matches on (value, currency), percentages on value,
actors on the written surface, dates on the ISO value string (a range on its start; a month range that
is a half-year, a quarter or a season also matches the set's "2024-H1", "2024-Q1", "2023-summer"). Among actors,
precision is the share of returned actors the reader marked: the rest are roles, places, products,
common words or a name cut wrong.

Dates are scored only on passages annotated for them (`dates` not None), each read with the
article's `published` date; a returned date whose value stays None (a relative date no publication
date settles) is not scored, since the reader did not count those either.
"""
from __future__ import annotations

import collections
import importlib.util
import sys

from loaders.articles.extract import Extractor
from loaders.french.text import surface_key
from loaders.paths import PROJECT

KINDS = ("money", "percent", "dates", "actors")


def _passages():
    spec = importlib.util.spec_from_file_location("press_set", PROJECT / "tests" / "press_set.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules["press_set"] = module   # dataclasses look their module up there
    spec.loader.exec_module(module)
    lists = {"dev": module.DEV, "held-out": module.HELD_OUT}
    n = 2
    while hasattr(module, f"HELD_OUT_{n}"):   # HELD_OUT_2, HELD_OUT_3...: each annotated apart
        lists[f"held-out-{n}"] = getattr(module, f"HELD_OUT_{n}")
        n += 1
    return lists


def _found(extractor: Extractor, text: str, published: str | None = None, address: str | None = None
           ) -> dict[str, list]:
    # The article's address is known to the reader, as to an editor importing it (a Québec paper's "$")
    items = extractor.read_text(text, published, address=address)
    return {"money": [(round(i.value), i.currency) for i in items if i.kind == "money"],
            "percent": [round(i.value, 2) for i in items if i.kind == "percent"],
            "dates": [_period(i) for i in items if i.kind == "date" and i.value is not None],
            # The reader lists each actor once per distinct surface, however often it is written
            "actors": list(dict.fromkeys(surface_key(i.text) for i in items if i.kind == "actor"))}


_PERIODS = {(1, 6): "H1", (7, 12): "H2", (1, 3): "Q1", (4, 6): "Q2", (7, 9): "Q3", (10, 12): "Q4",
            (3, 6): "spring", (6, 9): "summer", (9, 12): "autumn"}   # seasons: loaders.french.date_patterns


def _period(item) -> str | tuple[str, str]:
    """A date's value; a month range that is a half-year or a quarter (2024-01 .. 2024-06) is both its
    start and the press set's notation for the period ("2024-H1"), so it matches either."""
    low, high = item.value, item.value_high
    if item.precision == "month" and isinstance(high, str) and low[:4] == high[:4]:
        label = _PERIODS.get((int(low[5:7]), int(high[5:7])))
        if label:
            return (f"{low[:4]}-{label}", low)
    return low


def _expected(p) -> dict[str, list]:
    expected = {"money": [(round(v), c) for v, c in p.money], "percent": [round(v, 2) for v in p.percent],
                "actors": [surface_key(a) for a in p.actors]}
    if p.dates is not None:
        expected["dates"] = list(p.dates)
    return expected


def compare(extractor: Extractor, p) -> dict[str, tuple[list, list, list]]:
    """kind -> (matched, missed, wrong) for one passage; kinds the passage is not annotated for are left out."""
    found = _found(extractor, p.text, p.published, p.source)
    out = {}
    for kind, expected in _expected(p).items():
        left = collections.Counter(expected)
        matched, wrong = [], []
        for g in found[kind]:
            g = next((a for a in g if left[a] > 0), g[0]) if isinstance(g, tuple) and kind == "dates" else g
            if left[g] > 0:
                left[g] -= 1
                matched.append(g)
            else:
                wrong.append(g)
        out[kind] = (matched, list(left.elements()), wrong)
    return out


def score(extractor: Extractor, passages) -> dict[str, tuple[int, int, int]]:
    """kind -> (true positives, returned, expected), over every passage."""
    totals = collections.defaultdict(lambda: [0, 0, 0])
    for p in passages:
        for kind, (matched, missed, wrong) in compare(extractor, p).items():
            t = totals[kind]
            t[0] += len(matched)
            t[1] += len(matched) + len(wrong)
            t[2] += len(matched) + len(missed)
    return {k: tuple(totals[k]) for k in KINDS if k in totals}


def report() -> str:
    extractor = Extractor()
    lines = [f"{'set':<14} {'kind':<8} {'precision':>9} {'recall':>7} {'found':>6} {'expected':>8}"]

    def add(name, scores, n):
        for kind, (hits, returned, expected) in scores.items():
            precision = hits / returned if returned else 1.0
            recall = hits / expected if expected else 1.0
            lines.append(f"{name:<14} {kind:<8} {precision:>9.2f} {recall:>7.2f} {returned:>6} {expected:>8}")
        lines.append(f"{name:<14} ({n} passages)")

    sets = _passages()
    for name, passages in sets.items():
        add(name, score(extractor, passages), len(passages))
    every = [p for name, passages in sets.items() if name != "dev" for p in passages]
    add("held-out, all", score(extractor, every), len(every))
    return "\n".join(lines)
