"""Press passages the extraction once misread, each fixed by a general rule (the address beside each).

Year or amount: a year after "en" is a date, not the low end of a range. Misspelt scales. Programme
names ("France 2030") that are neither dates nor actors. Roles and abbreviations that are no actors.
Half-years and quarters as month ranges. Organisations announced by the press's cue words.
"""
from __future__ import annotations

import pytest

from loaders.articles.quantities import find_quantities

TRENDS_BELGES = ("https://trends.levif.be/a-la-une/tech-medias/investissements-records-pour-les-entreprises-"
                 "technologiques-belges-avec-un-oeil-sur-lia/")
ARCHIMAG = ("https://www.archimag.com/vie-numerique/2024/12/11/coup-frein-secteur-numerique-francais-numeum-"
            "alerte-croissance-divisee-deux")
FREE_MISTRAL = ("https://portail.free.fr./tech/high-tech/une-levee-de-fonds-de-385-millions-deuros-pour-la-start-up-"
                "francaise-mistral-ai")


def _read(text, published=None):
    return [(i.kind, i.value, i.value_high, i.currency) for i in find_quantities(text, published)
            if i.kind in ("money", "percent", "date")]


@pytest.mark.parametrize("source, text, expected", [
    (TRENDS_BELGES, "Ces derniers avaient ensuite culminé en 2022 à 1,41 milliard d’euros.",
     [("date", "2022", None, None), ("money", 1.41e9, None, "EUR")]),
    (ARCHIMAG, "avec une croissance divisée par deux : de 6,5 % en 2023 à 3,5 % en 2024, selon la dernière étude",
     [("percent", 6.5, None, None), ("date", "2023", None, None), ("percent", 3.5, None, None),
      ("date", "2024", None, None)]),
    (None, "un budget porté de 100 000 à 10 millions d’euros", [("money", 1e5, 1e7, "EUR")]),
    (None, "de 2 à 3 milliards d’euros dès 2025", [("money", 2e9, 3e9, "EUR"), ("date", "2025", None, None)]),
])
def test_a_year_is_no_low_end_of_a_range(source, text, expected):
    assert _read(text) == expected


def test_the_misspelt_milliard_is_a_milliard():
    text = "Ce second tour fait de Mistral AI une société valorisée à 2 milliards de dollars, soit 1,85 millard d’euros."
    assert _read(text) == [("money", 2e9, None, "USD"), ("money", 1.85e9, None, "EUR")]   # FREE_MISTRAL


DATANEWS_PUCES = ("https://datanews.levif.be/actualite/business-it/hardware/une-mega-subvention-pour-lusine-de-puces-"
                  "francaise-stmicroelectronics-et-globalfoundries/")
JDN_109 = ("https://www.journaldunet.com/business/action-publique/1539037-macron-annonce-109-milliards-d-"
           "investissements-dans-l-ia-en-france/")


@pytest.fixture(scope="module")
def extractor(shipped_extractor):
    return shipped_extractor   # loaded once for the whole run (tests/conftest.py)


def _kinds(extractor, text, published=None):
    return [(i.kind, i.text) for i in extractor._items(extractor.nlp(text), published)
            if i.kind in ("actor", "programme", "date", "count")]


@pytest.mark.parametrize("source, text, programme", [
    (DATANEWS_PUCES, "La méga-subvention, quasiment la plus élevée en cinq ans pour une firme française, sera "
                     "financée via le plan ‘France 2030’ qui prévoit en tout quasiment 5,5 milliards d’euros",
     "France 2030"),
    (JDN_109, "l'équivalent rapporté à la population française du projet Stargate de Donald Trump", "Stargate"),
    (None, "Le consortium a obtenu un financement du programme Horizon Europe et de Digital Europe.",
     "Horizon Europe"),
])
def test_a_programme_is_neither_an_actor_nor_a_date(extractor, source, text, programme):
    found = _kinds(extractor, text, "2023-06")
    assert ("programme", programme) in found
    assert not [t for k, t in found if k != "programme" and (programme in t or t in programme)]


FRENCHWEB = "https://www.frenchweb.fr/cloud-souverain-on-remet-une-piece-dans-la-machine/453477"
KULTUREGEEK = "https://kulturegeek.fr/news-307733/france-veut-utiliser-lintelligence-artificielle-transformation-numerique"
ITFORBUSINESS = "https://itforbusiness.fr/perspectives-positives-en-2024-pour-le-numerique-selon-numeum-70673"


def _actor_names(extractor, text):
    return [i.text for i in extractor._items(extractor.nlp(text), None) if i.kind == "actor"]


@pytest.mark.parametrize("source, text, expected", [
    (FRENCHWEB, "Clara Chappaz, ministre déléguée à l’Intelligence artificielle et au Numérique, a confirmé le "
                "lancement d’un appel à projets", ["Clara Chappaz"]),
    (KULTUREGEEK, "Cette feuille de route, élaborée par le cabinet de Marina Ferrari, secrétaire d’État chargée du "
                  "Numérique et la direction générale des entreprises (DGE)",
     ["Marina Ferrari", "direction générale des entreprises", "DGE"]),
    (None, "la commissaire européenne à la Concurrence Margrethe Vestager a reçu Google", ["Margrethe Vestager",
                                                                                          "Google"]),
])
def test_what_a_title_governs_is_the_role_not_an_actor(extractor, source, text, expected):
    assert _actor_names(extractor, text) == expected


def test_an_abbreviation_of_the_trade_is_no_organisation(extractor):
    text = ("un secteur riche en startups et donc dynamique. Avec à la clé, un CA de plus de 70 milliards d’euros "
            "en 2024.")   # ITFORBUSINESS
    assert _actor_names(extractor, text) == []
    assert _actor_names(extractor, "Les PME et les ETI attendent, selon la DSI de Thales.") == ["Thales"]


def test_a_parenthesis_inside_an_alias_is_part_of_it(extractor):
    text = "L’Union européenne (UE) n’a pas à rougir de son initiative"   # datanews, HELD_OUT_2
    assert [(i.text, i.actor_id) for i in extractor._items(extractor.nlp(text), None) if i.kind == "actor"] == [
        ("Union européenne", "union-europeenne"), ("UE", "union-europeenne")]


CHANNELNEWS_OVH = ("https://www.channelnews.fr/ovhcloud-rehausse-sa-prevision-de-croissance-en-2022-apres-une-"
                   "acceleration-au-premier-semestre-113725")
SOLUTIONS_NUMERIQUES = "https://www.solutions-numeriques.com/?p=238049&post_type=post"
MADDYNESS = "https://www.maddyness.com/2025/06/10/mistral-ai-envisage-de-lever-un-milliard-de-dollars/"


def _dates(text, published=None):
    return [(i.text, i.value, i.value_high, i.precision) for i in find_quantities(text, published) if i.kind == "date"]


@pytest.mark.parametrize("source, text, published, expected", [
    (SOLUTIONS_NUMERIQUES, "Les travaux de construction devraient débuter au second semestre 2026, pour une mise en "
                           "service prévue d’ici 2028.", None,
     [("second semestre 2026", "2026-07", "2026-12", "month"), ("2028", "2028", None, "year")]),
    (CHANNELNEWS_OVH, "un résultat net négatif de 26 millions d’euros au premier semestre contre 7 millions",
     "2022-04", [("premier semestre", "2022-01", "2022-06", "month")]),
    (None, "au premier trimestre 2024, puis au T3 2025 et au 4e trimestre de l’année 2023", None,
     [("premier trimestre 2024", "2024-01", "2024-03", "month"), ("T3 2025", "2025-07", "2025-09", "month"),
      ("4e trimestre de l’année 2023", "2023-10", "2023-12", "month")]),
    (MADDYNESS, "L'entreprise a déjà levé plus d'un milliard de dollars depuis sa création il y a deux ans.",
     "2025-06-10", [("il y a deux ans", "2023", None, "year")]),
])
def test_half_years_and_quarters_are_month_ranges(source, text, published, expected):
    assert _dates(text, published) == expected


def test_the_bench_matches_a_half_year_range_with_the_press_sets_notation():
    from bench.extraction_press import _period
    from loaders.articles.quantities import Item
    assert _period(Item("date", "S1 2024", 0, 7, "2024-01", "2024-06", precision="month")) == ("2024-H1", "2024-01")
    assert _period(Item("date", "2024", 0, 4, "2024", precision="year")) == "2024"


def test_a_year_counted_back_keeps_its_count():
    found = [(i.kind, i.text, i.value) for i in find_quantities("contre soixante administrations il y a cinq ans",
                                                                 "2024-06-28")]
    assert ("date", "il y a cinq ans", "2019") in found and ("count", "cinq", 5.0) in found


CHANNELNEWS_CYBER = "https://www.channelnews.fr/baisse-des-fusions-et-acquisitions-dans-la-cybersecurite-en-2022-121327"
LEMONDEINFO = ("https://www.lemondeinformatique.fr/actualites/lireamp-bercy-valide-le-rachat-de-hornetsecurity-par-"
               "proofpoint-98740.html")
FRANCEBLEU = ("https://www.francebleu.fr/infos/economie-social/emmanuel-macron-chez-st-micro-a-crolles-c-est-le-fruit-"
              "de-35-ans-de-travail-et-un-formidable-1657616912")
USINENOUVELLE = "https://www.usinenouvelle.com/article/le-chips-act-europeen-est-definitivement-adopte.N2156437"


@pytest.mark.parametrize("source, text, expected", [
    (TRENDS_BELGES, "depuis le début de l’année, a rehaussé jeudi la fédération sectorielle Agoria dans un communiqué.",
     ["Agoria"]),
    (LEMONDEINFO, "Feu vert définitif pour l’acquisition de Hornetsecurity par Proofpoint. L’éditeur américain de "
                  "cybersécurité a obtenu le quitus", ["Hornetsecurity", "Proofpoint"]),
    (CHANNELNEWS_CYBER, "on peut rappeler celles de Mandiant par Google pour 5,4 Md$, de Datto par Kaseya pour "
                        "6,2 Md$ ou encore de SailPoint par Thoma Bravo pour 6,9 Md$.",
     ["Mandiant", "Google", "Datto", "Kaseya", "SailPoint", "Thoma Bravo"]),
    (FRANCEBLEU, "Le maire de Crolles, Philippe Lorimier, et le patron de CEA Leti Sébastien Dauvé disent leur "
                 "satisfaction.", ["Philippe Lorimier", "CEA Leti", "Sébastien Dauvé"]),
    (USINENOUVELLE, "Le conseil européen a approuvé à l'unanimité, le 25 juillet 2023, le texte",
     ["conseil européen"]),
    (None, "Installée à Pessac dans la banlieue de Bordeaux, la start-up Tehtris vient de lever 20 millions d’euros",
     ["Tehtris"]),
    (None, "Zama, une start-up française de chiffrement, et Lumio, fondée en 2021, recrutent. Kaseya a racheté Datto.",
     ["Zama", "Lumio", "Kaseya", "Datto"]),
])
def test_organisations_the_press_announces_or_the_gazetteer_knows(extractor, source, text, expected):
    assert _actor_names(extractor, text) == expected


def test_a_programme_named_by_its_acronym_after_its_name_is_a_programme(extractor):
    text = "pour la mise en place de son Swiss Government Cloud (SGC). Le SGC sera prêt en 2032."
    assert [(i.kind, i.text) for i in extractor._items(extractor.nlp(text), None)
            if i.kind in ("actor", "programme")] == [("programme", "Swiss Government Cloud"), ("programme", "SGC"),
                                                     ("programme", "SGC")]


def test_a_year_earlier_is_the_period_just_named_a_year_before():
    text = "un résultat net négatif de 26 millions d’euros au premier semestre contre 7 millions un an plus tôt."
    assert _dates(text, "2022-04") == [("premier semestre", "2022-01", "2022-06", "month"),
                                       ("un an plus tôt", "2021-01", "2021-06", "month")]   # CHANNELNEWS_OVH
    assert _dates("Les ventes ont crû. Un an plus tôt, elles baissaient.", "2022") == []
    assert _dates("le 29 février 2024, contre 2 un an auparavant", "2024")[1:] == []
