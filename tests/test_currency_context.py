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


LETEMPS = "https://www.letemps.ch/economie/cyber/swiss-cloud-une-strategie-illisible-110-millions-francs"
LAVENIR = ("https://www.lavenir.net/actu/belgique/2022/11/30/le-premier-ministre-de-croo-en-visite-au-centre-pour-"
           "la-cybersecurite-AIM6JTAOJBAL5N26MZGXW46ORU/")
TV5MONDE = "https://information.tv5monde.com/info/5g-pas-de-surprise-parmi-les-candidats-aux-frequences-348643"


def test_francs_are_swiss_francs_and_cfa_francs_are_not():
    text = ("Berne a fixé au 3 février le délai pour un appel d’offres d’une valeur de 110 millions de francs pour "
            "son «Swiss cloud».")   # LETEMPS
    assert money(text) == [(1.1e8, None, "CHF", False)]
    assert money("un budget de 500 millions de francs CFA") == []


def test_the_beginning_of_next_year_is_next_year():
    from loaders.articles.quantities import find_quantities
    text = "Le centre emploie désormais 100 personnes. Au début de l’année prochaine, il y en aura jusqu’à 120."  # LAVENIR
    assert [(i.text, i.value) for i in find_quantities(text, "2022-11-30") if i.kind == "date"] == [
        ("début de l’année prochaine", "2023")]


def test_units_of_frequency_are_no_organisation(shipped_extractor):
    extractor = shipped_extractor
    text = ("L'attribution se fera en deux phases, avec dans un premier temps l'attribution de blocs de 50 MégaHertz "
            "(MHz) par opérateur à un prix fixe de 350 millions d'euros par bloc")   # TV5MONDE
    assert [i.text for i in extractor._items(extractor.nlp(text), None) if i.kind == "actor"] == []
