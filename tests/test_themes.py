"""loaders/articles/themes.py: theme keywords are data, matched as whole words, singular or plural."""
from __future__ import annotations

import pytest

from loaders.articles.themes import ThemeLexicon
from loaders.schema import Theme

LEXICON = ThemeLexicon([
    Theme(theme_id="cloud", label_fr="Cloud", label_en="Cloud", keywords_fr=["cloud", "hébergeur"]),
    Theme(theme_id="sovereign", label_fr="Souveraineté", label_en="Sovereignty",
          keywords_fr=["cloud souverain", "autonomie stratégique"]),
    Theme(theme_id="compute", label_fr="Calcul", label_en="Compute",
          keywords_fr=["centres de données", "IA"]),
])


@pytest.mark.parametrize("text, found", [
    ("Un cloud souverain pour l'État.", [("cloud souverain", "sovereign")]),   # longest wins
    ("Deux clouds et trois hébergeurs.", [("clouds", "cloud"), ("hébergeurs", "cloud")]),
    ("Un centre de données en Bretagne.", [("centre de données", "compute")]),  # singular of a plural keyword
    ("Des Centres   de\nDonnées.", [("Centres   de\nDonnées", "compute")]),     # any case, any spacing
    ("L’autonomie stratégique.", [("autonomie stratégique", "sovereign")]),
    ("Le soutien des via ferrata et de l'IA.", [("IA", "compute")]),           # whole words only
    ("Nuageux, cloudflare, hébergement.", []),
])
def test_keywords_found_in_text(text, found):
    items = LEXICON.find(text)
    assert [(i.text, i.value) for i in items] == found
    assert all(text[i.start:i.end] == i.text for i in items)


def test_an_empty_lexicon_finds_nothing():
    assert ThemeLexicon([]).find("cloud") == []


def test_the_shipped_lexicon_grouped_by_first_letter_finds_what_one_alternation_finds():
    import re

    from conftest import PROJECT
    from loaders.articles.themes import _keyword_pattern
    from loaders.curated import read_table
    themes = read_table(PROJECT / "data", "themes")
    grouped = ThemeLexicon(themes)
    plain = ThemeLexicon(themes)
    keywords = sorted({k for t in themes for k in t.keywords_fr}, key=len, reverse=True)
    plain._regex = re.compile(r"(?<!\w)(?:" + "|".join(_keyword_pattern(k) for k in keywords) + r")(?!\w)",
                              re.IGNORECASE)
    texts = [p.read_text(encoding="utf-8") for p in sorted((PROJECT / "tests" / "corpus").glob("*.txt"))]
    found = [grouped.find(t) for t in texts]
    assert sum(map(len, found)) > 100
    assert found == [plain.find(t) for t in texts]
