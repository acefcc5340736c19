"""`python -m bench extraction-press`: precision and recall on press passages, tuned-on and held-out apart.

The passages and what a reader finds in them are in tests/press_set.py (DEV, HELD_OUT). Money
matches on (value, currency), percentages on value, actors on the written surface; "not an actor"
counts the actors returned that the reader did not mark (roles, credits, common words).
"""
from __future__ import annotations

import collections
import importlib.util
import sys

from loaders.articles.extract import Extractor
from loaders.french.text import surface_key
from loaders.paths import PROJECT


def _passages():
    spec = importlib.util.spec_from_file_location("press_set", PROJECT / "tests" / "press_set.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules["press_set"] = module   # dataclasses look their module up there
    spec.loader.exec_module(module)
    return {"dev": module.DEV, "held-out": module.HELD_OUT}


def _found(extractor: Extractor, text: str) -> dict[str, list]:
    items = extractor._items(extractor.nlp(text), None)
    return {"money": [(round(i.value), i.currency) for i in items if i.kind == "money"],
            "percent": [round(i.value, 2) for i in items if i.kind == "percent"],
            "actors": [surface_key(i.text) for i in items if i.kind == "actor"]}


def score(extractor: Extractor, passages) -> dict[str, tuple[int, int, int]]:
    """kind -> (true positives, returned, expected), over every passage."""
    totals = collections.defaultdict(lambda: [0, 0, 0])
    for p in passages:
        expected = {"money": [(round(v), c) for v, c in p.money], "percent": [round(v, 2) for v in p.percent],
                    "actors": [surface_key(a) for a in p.actors]}
        for kind, got in _found(extractor, p.text).items():
            left = collections.Counter(expected[kind])
            hits = sum(1 for g in got if left[g] > 0 and not left.subtract([g]))
            t = totals[kind]
            t[0], t[1], t[2] = t[0] + hits, t[1] + len(got), t[2] + len(expected[kind])
    return {k: tuple(v) for k, v in totals.items()}


def report() -> str:
    extractor = Extractor()
    lines = [f"{'set':<9} {'kind':<8} {'precision':>9} {'recall':>7} {'found':>6} {'expected':>8}"]
    for name, passages in _passages().items():
        for kind, (hits, returned, expected) in score(extractor, passages).items():
            precision = hits / returned if returned else 1.0
            recall = hits / expected if expected else 1.0
            lines.append(f"{name:<9} {kind:<8} {precision:>9.2f} {recall:>7.2f} {returned:>6} {expected:>8}")
        lines.append(f"{name:<9} ({len(passages)} passages)")
    return "\n".join(lines)
