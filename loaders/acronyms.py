"""Acronyms defined in the text itself: "Alliance française des industries du numérique (AFNUM)".

The matching is Schwartz & Hearst's (2003): the acronym's letters are found right to
left in the words before the parenthesis, the first letter at the start of a word, so
"AFNUM" fits "Alliance française des industries du numérique" although it is not made
of initials only. The reverse order, "AFNUM (Alliance française ...)", is read too.
"""
from __future__ import annotations

import re

_SHORT = r"[A-ZÉ][A-Za-zÉ0-9&-]{1,11}"
_LONG_BEFORE = re.compile(rf"((?:[^\s()]+\s+){{1,14}})\(\s*({_SHORT})\s*\)")
_SHORT_BEFORE = re.compile(rf"(?<![\w-])({_SHORT})\s+\(([^()]{{4,120}})\)")
_ELISION = re.compile(r"^(?:[ldLD]['’]|[Ll]a |[Ll]e |[Ll]es )")


def _is_acronym(short: str) -> bool:
    """At least two capitals and more capitals than not: "AFNUM", "CNNum", not "Paris"."""
    caps = sum(c.isupper() for c in short)
    return caps >= 2 and caps * 2 >= sum(c.isalpha() for c in short)


def long_form(short: str, candidate: str) -> str | None:
    """The shortest end of `candidate` that `short` abbreviates, or None.

    >>> long_form("AFNUM", "c'est l'ambition de l'Alliance française des industries du numérique")
    'Alliance française des industries du numérique'
    """
    s, i = len(short) - 1, len(candidate) - 1
    while s >= 0:
        c = short[s].lower()
        if not c.isalnum():
            s -= 1
            continue
        while i >= 0 and (candidate[i].lower() != c
                          or (s == 0 and i > 0 and candidate[i - 1].isalnum())):
            i -= 1
        if i < 0:
            return None
        i -= 1
        s -= 1
    start = max(candidate.rfind(" ", 0, i + 1), candidate.rfind("'", 0, i + 1),
                candidate.rfind("’", 0, i + 1)) + 1
    found = _ELISION.sub("", " ".join(candidate[start:].split()))
    words = found.split()
    if not words or len(words) > min(len(short) + 5, len(short) * 2) or found.lower() == short.lower():
        return None
    return found


def acronym_pairs(text: str) -> dict[str, str]:
    """Acronym -> long form for every pair the text defines (the first definition wins)."""
    pairs: dict[str, str] = {}
    for m in _LONG_BEFORE.finditer(text):
        short = m.group(2)
        if _is_acronym(short) and short not in pairs:
            found = long_form(short, m.group(1).strip())
            if found:
                pairs[short] = found
    for m in _SHORT_BEFORE.finditer(text):
        short, inside = m.group(1), m.group(2).strip()
        if _is_acronym(short) and short not in pairs and " " in inside:
            found = long_form(short, inside)
            if found == _ELISION.sub("", " ".join(inside.split())):
                pairs[short] = found
    return pairs
