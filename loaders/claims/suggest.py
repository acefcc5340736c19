"""Suggest which figures report the same claim: scored, with reasons, never applied silently.

Two figures are compared only when they measure the same thing (money, share, count) over the same
kind of period, and their values agree: equal, equal after rounding ("près de 260" and 264), or
within a tolerance once converted to euros at each figure's own date. Agreeing values are not
enough (200 Md€ of AI investment is not 200 Md€ of public procurement): the pair also needs a
shared actor, theme or wording, and the score adds them up. Pairs a person rejected
(data/claim_rejections.csv) are never proposed again.

>>> from types import SimpleNamespace as F
>>> a = F(figure_id="a", source_id="s1", measure="money", value=2.64e11, value_eur=2.64e11, unit="EUR",
...       bound="exact", period="annual", date=None, actor_id="asteres", theme="cloud", claim_id=None,
...       label_fr="Achats de cloud américain", label_en="US cloud purchases")
>>> b = F(**{**vars(a), "figure_id": "b", "source_id": "s2", "value": 2.6e11, "value_eur": 2.6e11, "bound": "approx"})
>>> score_pair(a, b)[1]
['rounded: 264 and 260 (1.5% apart)', 'same actor', 'same theme', 'wording alike (100%)']
"""
from __future__ import annotations

import hashlib
import math
import re
from dataclasses import dataclass

from ..french.text import fold

ROUNDING = 0.035      # "près de 260" for 264: values this close agree when one of them is round
CONVERTED = 0.10      # amounts in two currencies agree within this once converted at their dates
THRESHOLD = 0.6       # the score a pair needs to be suggested
STOP = set("de des du la le les l d a au aux en et pour par sur dans un une the of in for to and by "
           "on at an from with its their que qui est".split())


@dataclass(frozen=True)
class Suggestion:
    """Figures that may report one claim (or join `claim_id`, an existing claim)."""

    suggestion_id: str
    figure_ids: tuple[str, ...]
    score: float
    reasons: tuple[str, ...]
    claim_id: str | None = None


def words(figure) -> set[str]:
    text = fold(f"{figure.label_fr} {figure.label_en}")
    return {w for w in re.findall(r"[a-z0-9]+", text) if w not in STOP and len(w) > 2}


def _short(value: float) -> str:
    """264 for 2.64e11: the number as a reader says it, without its scale."""
    scale = 10 ** (3 * max(0, int(math.log10(abs(value))) // 3)) if value else 1
    return f"{value / scale:.4g}"


def is_round(figure) -> bool:
    """Written as an approximation, or a number ending in 0 or 5 at its scale."""
    if figure.bound != "exact":
        return True
    digits = _short(figure.value).replace(".", "")
    return digits.rstrip("0").endswith("5") or digits.endswith("0")


def value_agreement(a, b) -> str | None:
    """Why two values agree ("same value", "rounded", "converted"), or None when they do not."""
    if a.unit == b.unit:
        gap = abs(a.value - b.value) / max(abs(a.value), abs(b.value), 1e-12)
        if gap == 0:
            return "same value"
        if gap <= ROUNDING and (is_round(a) or is_round(b)):
            return f"rounded: {_short(a.value)} and {_short(b.value)} ({gap:.1%} apart)"
        return None
    if a.measure != "money" or a.value_eur is None or b.value_eur is None:
        return None
    if a.value == b.value:   # "109 milliards de dollars" for 109 bn euros: grouped, and flagged
        return f"same number in {a.unit} and {b.unit}: a currency mix-up?"
    gap = abs(a.value_eur - b.value_eur) / max(a.value_eur, b.value_eur)
    if gap <= CONVERTED:
        return f"converted: {_short(a.value)} {a.unit} and {_short(b.value)} {b.unit} ({gap:.1%} apart in euros)"
    return None


def score_pair(a, b) -> tuple[float, list[str]]:
    """How likely two figures report one claim (0 when they cannot), and why."""
    if a.measure != b.measure or a.period != b.period:
        return 0.0, []
    if a.period == "annual" and a.date and b.date and a.date.year != b.date.year:
        return 0.0, []   # the same yearly amount for two different years is two facts
    agree = value_agreement(a, b)
    if agree is None:
        return 0.0, []
    score, reasons = (0.4 if agree == "same value" else 0.3), [agree]
    if a.actor_id and a.actor_id == b.actor_id:
        score += 0.25
        reasons.append("same actor")
    if a.theme == b.theme:
        score += 0.15
        reasons.append("same theme")
    wa, wb = words(a), words(b)
    alike = len(wa & wb) / len(wa | wb) if wa | wb else 0.0
    if alike >= 0.15:
        score += 0.3 * min(1.0, alike * 2)
        reasons.append(f"wording alike ({alike:.0%})")
    if a.source_id == b.source_id:
        score -= 0.1
        reasons.append("same source")
    if len(reasons) == 1 or (a.measure != "money" and alike < 0.3):
        return 0.0, []   # a value alone (or a small count with other words) is no evidence
    return round(score, 2), reasons


def _rejected_pairs(rejections: list[tuple[str, ...]]) -> set[frozenset]:
    return {frozenset((x, y)) for ids in rejections for x in ids for y in ids if x < y}


def suggestion_id(figure_ids, claim_id=None) -> str:
    h = hashlib.sha1(";".join(sorted(figure_ids) + [claim_id or ""]).encode()).hexdigest()[:8]
    return f"s-{h}"


def suggest(figures: list, rejections: list[tuple[str, ...]] = (), threshold: float = THRESHOLD
            ) -> list[Suggestion]:
    """Groupings of figures not yet in a claim, and figures that may join an existing claim, best first."""
    refused = _rejected_pairs(rejections)
    pairs: list[tuple[float, object, object, list[str]]] = []
    by_key: dict[tuple, list] = {}
    for f in figures:
        if f.review == "accepted" and f.value:
            by_key.setdefault((f.measure, f.period), []).append(f)
    for group in by_key.values():
        group.sort(key=lambda f: f.value_eur if f.value_eur is not None else f.value)
        for i, a in enumerate(group):
            for b in group[i + 1:]:
                va = a.value_eur if a.value_eur is not None else a.value
                vb = b.value_eur if b.value_eur is not None else b.value
                if vb > va * (1 + CONVERTED) + 1e-9:
                    break   # sorted by value in euros: every later figure is further apart
                if a.claim_id and b.claim_id or frozenset((a.figure_id, b.figure_id)) in refused:
                    continue
                score, reasons = score_pair(a, b)
                if score >= threshold:
                    pairs.append((score, a, b, reasons))
    return _group(pairs)


def _group(pairs) -> list[Suggestion]:
    """Pairs joined into groups (union of pairs sharing a figure); one claimed figure names the claim."""
    parent: dict[str, str] = {}

    def root(x):
        while parent.setdefault(x, x) != x:
            x = parent[x]
        return x
    for _, a, b, _ in pairs:
        parent[root(a.figure_id)] = root(b.figure_id)
    groups: dict[str, dict] = {}
    for score, a, b, reasons in pairs:
        g = groups.setdefault(root(a.figure_id), {"ids": set(), "scores": [], "reasons": [], "claims": set()})
        g["ids"] |= {f.figure_id for f in (a, b) if not f.claim_id}
        g["claims"] |= {f.claim_id for f in (a, b) if f.claim_id}
        g["scores"].append(score)
        g["reasons"].append(f"{a.figure_id} ~ {b.figure_id}: {', '.join(reasons)} (score {score:.2f})")
    out = []
    for g in groups.values():
        claim = sorted(g["claims"])[0] if len(g["claims"]) == 1 else None
        if len(g["claims"]) > 1:
            g["reasons"].append("links figures of several claims: " + ", ".join(sorted(g["claims"])))
        ids = tuple(sorted(g["ids"]))
        out.append(Suggestion(suggestion_id(ids, claim), ids, round(min(g["scores"]), 2),
                              tuple(g["reasons"]), claim))
    return sorted(out, key=lambda s: (-s.score, s.suggestion_id))
