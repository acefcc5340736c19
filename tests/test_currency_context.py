"""Amounts whose reading depends on the text around them: a Canadian text's dollars, a range whose low
end is in the scale below ("700 à 1 milliard"). Passages quote the articles at the addresses beside them."""
from __future__ import annotations

import pytest

from loaders.articles.quantities import find_quantities

JOURNALMETRO = "https://journalmetro.com/actualites/national/3051751/mila-un-comite-dexperts-pour-encadrer-lintelligence-artificielle/"
LEMAGIT = ("https://www.lemagit.fr/actualites/366582832/Rachat-des-activites-sensibles-par-lEtat-comment-Atos-"
           "en-est-arrive-la")


def money(text):
    return [(i.value, i.value_high, i.currency, i.inferred) for i in find_quantities(text) if i.kind == "money"]


def test_the_dollars_of_a_text_about_quebec_are_canadian_and_marked_inferred():
    text = ("Cette somme qui vise spécifiquement à soutenir les activités de recherche en termes d’éthique s’ajoute "
            "à l’appui financier de Québec, à hauteur de 7 M$ par année d’ici 2025 sur un budget annuel de quelque "
            "35 M$.")   # JOURNALMETRO
    assert money(text) == [(7e6, None, "CAD", True), (3.5e7, None, "CAD", True)]


@pytest.mark.parametrize("text", [
    "Nvidia vaut désormais 3 000 milliards de dollars.",                        # no Canada: US dollars
    "Le Québec attire 2 milliards de dollars américains d'investissements.",    # written US
    "OpenAI lève 6 milliards de dollars aux États-Unis, et le Canada regarde.",  # both countries: as written
])
def test_dollars_stay_us_dollars_unless_the_text_is_canadian(text):
    assert [c for _, _, c, _ in money(text)] == ["USD"]


def test_a_range_whose_low_end_is_in_the_scale_below():
    text = ("À ce stade, Atos aurait besoin de 1,1 milliard d’euros pour maintenir ces activités-là sur la période "
            "qui va de juin 2024 à mai 2025. Bercy parle d’investir 700 à 1 milliard d’euros.")   # LEMAGIT
    assert money(text) == [(1.1e9, None, "EUR", False), (7e8, 1e9, "EUR", False)]
    assert money("de 2 à 3 milliards d'euros") == [(2e9, 3e9, "EUR", False)]     # the same scale when it fits
