"""Organisations in press text: the gazetteer (data/organisations.csv), roles, photo credits, cue words.

Passages quote published articles (address beside each); names are compared, not ids, since an
organisation of the gazetteer may move to data/actors.csv as the corpus grows.
"""
from __future__ import annotations

import pytest

from loaders.articles.actors import ActorIndex, find_actors
from loaders.articles.organisations import read_gazetteer
from loaders.curated import read_table
from loaders.errors import DataError
from loaders.paths import DATA_DIR

CHANNELNEWS = "https://www.channelnews.fr/numeum-la-croissance-du-secteur-du-numerique-ralentit-136551"
LEMAGIT = "https://www.lemagit.fr/actualites/366622921/EuroStack-linitiative-qui-veut-donner-une-place-a-lEurope-dans-le-cloud"
HARFANGLAB = "https://harfanglab.io/fr/blog/strategie/rapport-entreprises-europeennes-souverainete"
KLAERENN = ("https://www.klaerenn.fr/les-264-milliards-de-liceberg-ce-que-letude-asteres-cigref-cache-sur-la-"
            "dependance-cloud")
CNEWS = ("https://www.cnews.fr/france/2021-10-12/france-2030-quest-ce-que-ce-plan-dinvestissement-presente-ce-"
         "mardi-par-emmanuel")
NOSDEPUTES = "https://2017-2022.nosdeputes.fr/15/intervention/1171601"


@pytest.fixture(scope="module")
def extractor(shipped_extractor):
    return shipped_extractor   # loaded once for the whole run (tests/conftest.py)


def names(extractor, text):
    return [i.name for i in find_actors(extractor.nlp(text), extractor.actors)]


@pytest.mark.parametrize("source, text, expected", [
    (CHANNELNEWS, "selon le baromètre semestriel du syndicat professionnel Numeum et du cabinet d’études PAC.",
     {"Numeum", "Pierre Audoin Consultants"}),
    (LEMAGIT, "Amazon Web Services (AWS), Microsoft (Azure) et Google représentent aujourd’hui 64 % des "
              "investissements mondiaux dans le cloud, selon Canalys.",
     {"Amazon Web Services", "Microsoft", "Google", "Canalys"}),
    (HARFANGLAB, "Sapio Research a interrogé 800 responsables informatiques et de la cybersécurité au deuxième "
                 "trimestre 2025", {"Sapio Research"}),
    (KLAERENN, "des retours sur investissement cloud allant jusqu'à 361% selon IDC et une création nette de valeur "
               "de 542 milliards d'euros selon la Commission européenne", {"International Data Corporation", "Commission européenne"}),
    (NOSDEPUTES, "C'est de cette manière que nous avons obtenu le logiciel Doctolib, aujourd'hui référencé dans le "
                 "marché multi-éditeurs. C'est également le cas de Talentsoft", {"Doctolib", "Talentsoft"}),
])
def test_organisations_named_by_the_press_are_found(extractor, source, text, expected):
    assert expected <= {n.split(" (")[0] for n in names(extractor, text)}


@pytest.mark.parametrize("text, expected", [
    ("Selon L'Agefi, la levée attire Index Ventures et Accenture.", ["L'Agefi", "Index Ventures", "Accenture"]),
    ("Mistral.AI signe avec Microsoft Azure, Alibaba Cloud et Tencent Cloud.",
     ["Mistral AI", "Microsoft Azure", "Alibaba", "Tencent Cloud"]),
    ("Data4 et VMware ouvrent un site ; Tata Sons observe.", ["Data4", "VMware", "Tata Sons"]),
])
def test_the_gazetteer_gives_canonical_names(extractor, text, expected):
    assert names(extractor, text) == expected


@pytest.mark.parametrize("source, text, unwanted", [
    (CNEWS, "dont la vocation est de préparer le pays «aux succès économiques des vingt ou trente prochaines "
            "années», selon Bruno Le Maire, ministre de l'Economie.", "ministre de l'Economie"),
    (None, "Sept États membres ont signé la déclaration.", "Sept États"),
])
def test_roles_and_number_words_are_no_actors(extractor, source, text, unwanted):
    assert unwanted not in names(extractor, text)


def test_a_photo_credit_is_cut_off_the_name(extractor):
    assert names(extractor, "DR STMicroelectronics") == ["STMicroelectronics"]


def test_cue_words_announce_an_organisation(extractor):
    text = "Chez Qonto, on recrute. Le groupe Frenchtrust et la start-up Zama lèvent des fonds."
    assert {"Qonto", "Frenchtrust", "Zama"} <= set(names(extractor, text))


def test_the_gazetteer_holds_no_actor_of_the_actors_table():
    index = ActorIndex(read_table(DATA_DIR, "actors"))
    gazetteer = read_gazetteer(DATA_DIR)
    assert [n for n, surfaces in gazetteer.names.items() if any(index.lookup(s) for s in surfaces)] == []


def test_a_bad_gazetteer_row_is_reported_with_its_line(tmp_path):
    (tmp_path / "organisations.csv").write_text("name,aliases,kind\nAcme,,company\nBeta,,planet\n,,media\n",
                                                encoding="utf-8")
    with pytest.raises(DataError) as error:
        read_gazetteer(tmp_path)
    assert [(p.line, p.message.split(":")[0]) for p in error.value.problems] == [(3, "kind"), (4, "name")]


BOURSORAMA = ("https://www.boursorama.com/actualite-economique/actualites/defense-la-france-va-lancer-une-agence-pour-"
              "developper-l-intelligence-artificielle-dans-le-domaine-militaire-d393f6ffdd01f915065b4bcd6d137a13")


def _actors(extractor, text):
    return [(i.text, i.name, i.actor_id) for i in find_actors(extractor.nlp(text), extractor.actors)]


def test_a_full_name_is_one_person_not_a_first_name_and_a_short_name(extractor):
    text = ("dont la vocation est de préparer le pays «aux succès économiques des vingt ou trente prochaines "
            "années», selon Bruno Le Maire, ministre de l'Economie.")   # CNEWS
    assert _actors(extractor, text) == [("Bruno Le Maire", "Bruno Le Maire", "bruno-le-maire")]


def test_the_armees_of_a_ministers_title_is_part_of_the_role(extractor):
    # What a title governs is the role, not an actor (the held-out press set marks "Armées" wrong);
    # the ministry named in full ("le ministère des Armées") is one.
    text = ("Le ministre des Armées Sébastien Lecornu, a annoncé vendredi 8 mars le lancement prochain d'une "
            "agence pour développer l'intelligence artificielle")   # BOURSORAMA
    assert _actors(extractor, text) == [("Sébastien Lecornu", "Sébastien Lecornu", "sebastien-lecornu")]
    assert _actors(extractor, "Le ministère des Armées a annoncé")[0][2] == "ministere-armees"


@pytest.mark.parametrize("text", [
    "Le fonds a levé 20 millions. Sept investisseurs y ont participé.",
    "Sept États membres ont signé la déclaration.",
    "Huit entreprises et Sept États ont signé.",
])
def test_sept_opening_a_sentence_is_the_number_seven_counting_its_own_noun(extractor, text):
    from loaders.articles.quantities import find_quantities
    counts = {i.text: i.unit for i in find_quantities(text) if i.kind == "count"}
    assert counts["Sept"] in ("investisseurs", "États")
    assert "Sept" not in counts.values()          # not the noun the number before it counts
    assert not any(n.startswith("Sept") for n in names(extractor, text))


CHAMBLYEXPRESS = ("https://www.chamblyexpress.ca/actualites/affaires/463262/telus-investira-11-milliards-$-et-"
                  "generera-7000-nouveaux-emplois-entre-2022-et-2026")


def test_a_name_in_capitals_opening_a_sentence_is_a_name_not_a_heading(extractor):
    text = ("À ce jour, 99 % des entreprises et des foyers dans les régions de son territoire ont accès au réseau "
            "TELUS PureFibre. TELUS poursuit son investissement conjoint avec les gouvernements provincial et "
            "fédéral")   # CHAMBLYEXPRESS
    assert "TELUS" in names(extractor, text)
    assert names(extractor, "Adapter les règles aux PME.\n\nPolitique du cloud.") == []   # headings stay out
    assert names(extractor, "EDITO\nLe cloud change de mains cette année.") == []          # in capitals too
