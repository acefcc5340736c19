"""Acronyms defined in the text itself: "Alliance française des industries du numérique (AFNUM)".

The matching is Schwartz & Hearst's (2003): the acronym's letters are found right to
left in the words before the parenthesis, the first letter at the start of a word, so
"AFNUM" fits "Alliance française des industries du numérique" although it is not made
of initials only. The reverse order, "AFNUM (Alliance française ...)", is read too.
"""
from __future__ import annotations

import re

_SHORT = re.compile(r"[A-ZÉ][A-Za-zÉ0-9&-]{1,11}")
# Every parenthesis, then the words around it: parentheses are rare, so this stays linear.
_PARENTHESIS = re.compile(r"\(([^()]{2,120})\)")
_WORDS_BEFORE = 14
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
    for m in _PARENTHESIS.finditer(text):
        inside = " ".join(m.group(1).split())
        before = text[max(0, m.start() - 300):m.start()].split()
        if _SHORT.fullmatch(inside) and _is_acronym(inside):          # long form (ACRONYM)
            found = long_form(inside, " ".join(before[-_WORDS_BEFORE:]))
            if found and inside not in pairs:
                pairs[inside] = found
        elif before and " " in inside and _SHORT.fullmatch(before[-1]) and _is_acronym(before[-1]):
            short = before[-1]                                           # ACRONYM (long form)
            found = long_form(short, inside)
            if found == _ELISION.sub("", inside) and short not in pairs:
                pairs[short] = found
    return pairs
