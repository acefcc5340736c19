"""loaders/articles/actors.py: acronym and long-form pairs defined in the text."""
from __future__ import annotations

import pytest

from loaders.articles.actors import acronym_pairs


@pytest.mark.parametrize("text, pairs", [
    ("l’ambition de l’Alliance française des industries du numérique (AFNUM) est claire",
     {"AFNUM": "Alliance française des industries du numérique"}),
    ("selon la Direction interministérielle\ndu numérique (DINUM), rien", {"DINUM": "Direction interministérielle du numérique"}),
    ("la DGE (Direction générale des Entreprises) annonce", {"DGE": "Direction générale des Entreprises"}),
    ("le Conseil national du numérique (CNNum)", {"CNNum": "Conseil national du numérique"}),
    ("le produit intérieur brut (PIB) progresse", {"PIB": "produit intérieur brut"}),
    ("une hausse de 4 % (Insee) et un cabinet (Paris)", {}),          # not abbreviations
    ("le président (PDG) du groupe", {}),                              # letters not in the words
    ("Mistral (MISTRAL) et OVH (OVH)", {}),                             # same word is no definition
])
def test_pairs_defined_in_the_text(text, pairs):
    assert acronym_pairs(text) == pairs
