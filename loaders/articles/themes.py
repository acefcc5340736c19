"""Themes in running text, from the keywords people list per theme (themes.csv, column keywords_fr).

The lexicon is data: adding a word to a theme is an edit to data/themes.csv, not to
code. Keywords match whole words, in any case, and a plural in -s or -x matches its
singular ("centres de données" finds "centre de données" and the reverse).
"""
from __future__ import annotations

import re

from loaders.articles.quantities import Item
from loaders.french.text import surface_key
from loaders.schema import Theme


def _stem(word: str) -> str:
    return word[:-1] if len(word) > 3 and word[-1] in "sx" else word


def keyword_key(text: str) -> str:
    """The form a keyword and a match are compared in: `surface_key`, each word without its plural mark."""
    return " ".join(_stem(w) for w in surface_key(text).split())


def _keyword_pattern(keyword: str) -> str:
    words = keyword.translate(str.maketrans({"’": "'"})).split()
    parts = []
    for w in words:
        stem = _stem(w)
        parts.append(re.escape(stem).replace("'", "['’]") + ("(?:s|x)?" if len(w) > 3 else ""))
    return r"\s+".join(parts)


def _by_first_letter(keywords: list[str]) -> str:
    """The keywords' alternation grouped by first letter ("c(?:loud souverain|loud)|..."): the regex
    engine tries one group per position instead of every keyword (the themes' scan: 2.3 ms a
    1,000-word document before). Order within a group is kept, so the longest still wins."""
    groups: dict[str, list[str]] = {}
    for k in keywords:
        pattern, first = _keyword_pattern(k), re.escape(k[0])
        if pattern.startswith(first) and k[0].isalpha():
            groups.setdefault(k[0].lower(), []).append(pattern[len(first):])
        else:
            groups.setdefault("", []).append(pattern)   # anything else: as it is
    return "|".join(f"{re.escape(c)}(?:{'|'.join(rests)})" if c else "|".join(rests)
                    for c, rests in groups.items())


class ThemeLexicon:
    """Keyword -> theme, compiled once into one regular expression."""

    def __init__(self, themes: list[Theme]):
        self.labels = {t.theme_id: t.label_fr for t in themes}
        self._theme_of: dict[str, str] = {}
        for t in themes:
            for kw in t.keywords_fr:
                self._theme_of.setdefault(keyword_key(kw), t.theme_id)
        # Longest first, so "cloud souverain" wins over "cloud" where both fit.
        keywords = sorted({kw for t in themes for kw in t.keywords_fr}, key=len, reverse=True)
        self._regex = (re.compile(r"(?<!\w)(?:" + _by_first_letter(keywords) + r")(?!\w)", re.IGNORECASE)
                       if keywords else None)

    def find(self, text: str) -> list[Item]:
        """A `theme` item per keyword occurrence: value is the theme id, name its French label."""
        if self._regex is None:
            return []
        items = []
        for m in self._regex.finditer(text):
            theme = self._theme_of.get(keyword_key(m.group()))
            if theme is not None:
                items.append(Item("theme", m.group(), m.start(), m.end(), value=theme,
                                  name=self.labels[theme]))
        return items
