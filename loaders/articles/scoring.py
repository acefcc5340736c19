"""Score found items against gold items: per kind, gold, predicted, true positives, P, R, F1.

A predicted item matches a gold one when both have the same kind, their spans overlap, and their
normalised values agree: value and value_high (numbers within a relative 1e-6, ISO dates exactly),
plus the currency for money and the precision for dates. Bounds and units are not compared: a
"plus de 150" read as exact is a bound error, reported apart (`bound_errors`), not a miss.
Each gold item is matched at most once and each prediction at most once, in order of appearance.

Pure functions over dicts (Item.to_json() or gold JSON records); the files are read by the CLI.
"""
from __future__ import annotations

import math
from dataclasses import dataclass, field

KINDS = ("money", "percent", "count", "date")


@dataclass
class KindScore:
    kind: str
    gold: int = 0
    predicted: int = 0
    true_positives: int = 0
    bound_errors: int = 0
    misses: list[dict] = field(default_factory=list)  # gold items not found
    false_alarms: list[dict] = field(default_factory=list)  # predictions matching no gold item

    @property
    def precision(self) -> float:
        return self.true_positives / self.predicted if self.predicted else 1.0

    @property
    def recall(self) -> float:
        return self.true_positives / self.gold if self.gold else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


def same_value(a, b) -> bool:
    """Numbers agree within a relative 1e-6, anything else must be equal ('2024-03' == '2024-03').

    >>> same_value(2.6e9, 2600000000.0000005), same_value("2024", "2024-01"), same_value(None, None)
    (True, False, True)
    """
    if isinstance(a, (int, float)) and isinstance(b, (int, float)) and not isinstance(a, bool):
        return math.isclose(float(a), float(b), rel_tol=1e-6)
    return a == b


def items_match(pred: dict, gold: dict) -> bool:
    """Same kind, overlapping spans, same normalised value (see the module doc)."""
    if pred.get("kind") != gold.get("kind"):
        return False
    if not (pred["start"] < gold["end"] and gold["start"] < pred["end"]):
        return False
    keys = ["value", "value_high"] + {"money": ["currency"], "date": ["precision"]}.get(gold["kind"], [])
    return all(same_value(pred.get(k), gold.get(k)) for k in keys)


def score_items(predicted: list[dict], gold: list[dict], kinds=KINDS) -> dict[str, KindScore]:
    """Per-kind tallies of one text (or of several, added with `add_scores`)."""
    scores = {k: KindScore(k) for k in kinds}
    used: set[int] = set()
    for g in gold:
        if g.get("kind") not in scores:
            continue
        s = scores[g["kind"]]
        s.gold += 1
        hit = next((i for i, p in enumerate(predicted) if i not in used and items_match(p, g)), None)
        if hit is None:
            s.misses.append(g)
            continue
        used.add(hit)
        s.true_positives += 1
        if g.get("bound") and predicted[hit].get("bound") != g["bound"]:
            s.bound_errors += 1
    for i, p in enumerate(predicted):
        if p.get("kind") in scores:
            scores[p["kind"]].predicted += 1
            if i not in used:
                scores[p["kind"]].false_alarms.append(p)
    return scores


def add_scores(total: dict[str, KindScore], more: dict[str, KindScore]) -> dict[str, KindScore]:
    """Sum two tallies kind by kind (misses and false alarms are concatenated)."""
    for k, s in more.items():
        t = total.setdefault(k, KindScore(k))
        t.gold, t.predicted = t.gold + s.gold, t.predicted + s.predicted
        t.true_positives += s.true_positives
        t.bound_errors += s.bound_errors
        t.misses += s.misses
        t.false_alarms += s.false_alarms
    return total


def format_scores(scores: dict[str, KindScore]) -> str:
    """A fixed-width table, one line per kind."""
    lines = [f"{'kind':<8} {'gold':>5} {'pred':>5} {'tp':>5} {'P':>6} {'R':>6} {'F1':>6} {'bound!':>6}"]
    for s in scores.values():
        lines.append(f"{s.kind:<8} {s.gold:>5} {s.predicted:>5} {s.true_positives:>5} {s.precision:>6.3f}"
                     f" {s.recall:>6.3f} {s.f1:>6.3f} {s.bound_errors:>6}")
    return "\n".join(lines)
