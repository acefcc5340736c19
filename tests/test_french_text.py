"""loaders/french/text.py: the one fold, slug, name key and counted-noun rule, as tables."""
from __future__ import annotations

import pytest

from loaders.french.text import counted_noun, fold, slug, surface_key


@pytest.mark.parametrize("text, expected", [
    ("La Gazette du Net", "la-gazette-du-net"), ("Élysée & Co.", "elysee-co"), ("***", "source")])
def test_slug(text, expected):
    assert slug(text) == expected


def test_slug_is_cut_at_its_limit_without_a_trailing_dash():
    assert slug("Agence nationale de la sécurité", limit=13) == "agence-nation"
    assert slug("Agence nationale", limit=7) == "agence"


@pytest.mark.parametrize("text, expected", [
    ("Numérique", "numerique"), ("ÉLYSÉE", "elysee"), ("cœur", "cœur"), ("Straße", "strasse")])
def test_fold(text, expected):
    assert fold(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("L’Alliance française", "alliance française"), ("  la   DINUM. ", "dinum"),
    ("Les Echos", "echos"), ("Le\u00a0Monde", "monde")])
def test_surface_key(text, expected):
    assert surface_key(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("150 grands groupes", "groupes"), ("une quarantaine d’adhérents", "adhérents"),
    ("3 nouveaux dispositifs", "dispositifs"), ("12 Start-up", "Start-up"),
    ("3 fois plus", None), ("40 et plus", None), ("12", None)])
def test_counted_noun(text, expected):
    end = next(i for i, c in enumerate(text) if c == " ") if " " in text else len(text)
    if text.startswith("une "):
        end = len("une quarantaine")
    assert counted_noun(text, end) == expected
