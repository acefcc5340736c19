"""Comparing and naming French text: folding for matching, keys for names, slugs for ids, counted nouns.

Each rule lives here once; the article flow, the build and the tests read them from here.
Error policy: every function takes any str and never raises.
"""
from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from loaders.french.numbers import NOT_A_NOUN

APOSTROPHES = str.maketrans({"’": "'", "`": "'", "ʼ": "'"})


def fold(text: str) -> str:
    """Lowercase without accents, for matching.

    >>> fold("Numérique")
    'numerique'
    >>> fold("ÉLYSÉE")
    'elysee'
    """
    decomposed = unicodedata.normalize("NFKD", str(text))
    return "".join(c for c in decomposed if not unicodedata.combining(c)).casefold()


def slug(text: str, limit: int = 30) -> str:
    """An id part from a name: ASCII letters and digits joined by '-', at most `limit` characters.

    >>> slug("Le Monde Informatique")
    'le-monde-informatique'
    >>> slug("Élysée & Co.")
    'elysee-co'
    >>> slug("***")
    'source'
    """
    ascii_text = fold(text).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]+", "-", ascii_text).strip("-")[:limit].strip("-") or "source"


_CAPITAL_ACCENTS = str.maketrans("ÉÈÊËÀÂÎÏÔÙÛÇ", "EEEEAAIIOUUC")


def without_capital_accents(text: str) -> str:
    """`text` with its capitals' accents dropped, as much of the press writes them: "l'Economie", "Etat".

    >>> without_capital_accents("Ministère de l'Économie et des Finances")
    "Ministère de l'Economie et des Finances"
    """
    return text.translate(_CAPITAL_ACCENTS)


@lru_cache(maxsize=65536)   # the same names are looked up several times a document, and across documents
def surface_key(text: str) -> str:
    """The form names are compared in: lower case, straight apostrophes, single spaces, no leading article.

    >>> surface_key("  L’Alliance   française ")
    'alliance française'
    """
    text = unicodedata.normalize("NFC", text).translate(APOSTROPHES).lower()
    text = re.sub(r"\s+", " ", text).strip(" \"'«»“”.,;:")
    return re.sub(r"^(?:l'|la |le |les )", "", text)


# Adjectives that stand between a number and its noun ("trois nouveaux dispositifs").
_COUNT_ADJECTIVES = {"de", "grands", "grandes", "nouveaux", "nouvelles", "petits", "petites", "premiers",
                     "premières", "derniers", "dernières", "principaux", "principales", "autres", "gros"}


# What ends a sentence: the noun a number counts is in its own sentence.
_SENTENCE_END = re.compile(r"[.!?…](?:\s|$)|\n\s*\n")


def counted_noun(text: str, end: int) -> str | None:
    """The noun a count ending at `end` counts, as written, or None when no noun follows.

    >>> counted_noun("150 grands groupes", 3)
    'groupes'
    >>> counted_noun("une soixantaine d’acteurs", 15)
    'acteurs'
    >>> counted_noun("3 fois plus", 1) is None
    True
    >>> counted_noun("levé 20 millions. Sept investisseurs", 16) is None   # the next sentence's number word
    True
    """
    window = text[end:end + 60]
    cut = _SENTENCE_END.search(window)
    window = window[:cut.start()] if cut else window
    words = re.findall(r"[^\W\d_][\w\-]*", window.replace("’", "'").replace("d'", "de "))[:3]
    words = [w for w in words if w.lower() not in _COUNT_ADJECTIVES and w.lower() not in ("plus", "moins")]
    if words and len(words[0]) == 1:
        return None   # an elided article or pronoun: "800 l'an prochain", "12 s'ajoutent"
    if not words or words[0].lower() in NOT_A_NOUN:
        return None
    return words[0]
