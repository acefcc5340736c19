"""A development set of press passages with what a careful reader finds in them, in two parts.

DEV is what the extraction rules were written against (the same passages drive
tests/test_press_quantities.py and tests/test_organisations.py); HELD_OUT was annotated once and
never tuned against: `python -m bench extraction-press` reports scores on both. Each passage is a
short quotation (at most about 300 characters) of the article at the address beside it.

Expected items: money as (value, ISO currency), percent as values, actors as the surface written
(organisations and people only).
"""
from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class Passage:
    source: str | None  # the article's address; None for a sentence written for the test
    text: str
    money: list[tuple[float, str]] = field(default_factory=list)
    percent: list[float] = field(default_factory=list)
    actors: list[str] = field(default_factory=list)


DEV = [
    Passage("https://www.vie-publique.fr/en-bref/300037-cnil-des-amendes-prononcees-lencontre-de-google-et-de-shein",
            "amendes records : 325 millions d'euros pour la plateforme américaine et 150 millions pour la marque "
            "d'ultra-fast fashion chinoise.", money=[(3.25e8, "EUR"), (1.5e8, "EUR")]),
    Passage("https://www.informatiquenews.fr/quand-on-na-plus-acces-a-notre-propre-numerique-ca-tourne-vite-a-la-"
            "catastrophe-dorothee-decrop-hexatrust-105063",
            "« Près de 265 milliards d’euros par an quittent l’Europe pour payer nos clouds et logiciels "
            "professionnels ; réorienter seulement 15 % des budgets des grands comptes pourrait injecter 150 "
            "milliards dans l’industrie française en dix ans »",
            money=[(2.65e11, "EUR"), (1.5e11, "EUR")], percent=[15]),
    Passage("https://www.channelnews.fr/syntec-numerique-estime-a-46-le-recul-du-secteur-it-cette-annee-mais-table-"
            "sur-une-reprise-en-2021-100306",
            "le syndicat professionnel a estimé à -4,6% la baisse du chiffre d’affaires du secteur", percent=[-4.6]),
    Passage("https://www.channelnews.fr/marche-du-numerique-2025-un-ralentissement-moindre-que-redoute-grace-a-un-"
            "debut-de-reprise-en-fin-dannee-153689",
            "Si le marché des ESN recule encore sur l’ensemble de l’exercice (–1,8 %), la décroissance est moins "
            "prononcée que redouté au printemps (-2,1 %)", percent=[-1.8, -2.1]),
    Passage("https://www.channelnews.fr/numeum-la-croissance-du-secteur-du-numerique-ralentit-136551",
            "selon le baromètre semestriel du syndicat professionnel Numeum et du cabinet d’études PAC.",
            actors=["Numeum", "PAC"]),
    Passage("https://www.lemagit.fr/actualites/366622921/EuroStack-linitiative-qui-veut-donner-une-place-a-lEurope-"
            "dans-le-cloud",
            "Amazon Web Services (AWS), Microsoft (Azure) et Google représentent aujourd’hui 64 % des "
            "investissements mondiaux dans le cloud, selon Canalys.",
            percent=[64], actors=["Amazon Web Services", "AWS", "Microsoft", "Azure", "Google", "Canalys"]),
    Passage("https://harfanglab.io/fr/blog/strategie/rapport-entreprises-europeennes-souverainete",
            "Sapio Research a interrogé 800 responsables informatiques et de la cybersécurité au deuxième "
            "trimestre 2025", actors=["Sapio Research"]),
    Passage("https://www.klaerenn.fr/les-264-milliards-de-liceberg-ce-que-letude-asteres-cigref-cache-sur-la-"
            "dependance-cloud",
            "des retours sur investissement cloud allant jusqu'à 361% selon IDC et une création nette de valeur "
            "de 542 milliards d'euros selon la Commission européenne",
            money=[(5.42e11, "EUR")], percent=[361], actors=["IDC", "Commission européenne"]),
    Passage("https://www.cnews.fr/france/2021-10-12/france-2030-quest-ce-que-ce-plan-dinvestissement-presente-ce-"
            "mardi-par-emmanuel",
            "dont la vocation est de préparer le pays «aux succès économiques des vingt ou trente prochaines "
            "années», selon Bruno Le Maire, ministre de l'Economie.", actors=["Bruno Le Maire"]),
]

HELD_OUT = [
    Passage("https://siecledigital.fr/2021/01/20/amazon-microsoft-google-marche-cloud/",
            "Les revenus de ce marché encore très prometteur ont augmenté de 33% au cours du troisième trimestre "
            "2020 par rapport à l’année précédente, pour atteindre les 33 milliards de dollars.",
            money=[(3.3e10, "USD")], percent=[33]),
    Passage("https://siecledigital.fr/2021/01/20/amazon-microsoft-google-marche-cloud/",
            "Une récente étude menée par Synergy Research, montre que le marché du cloud européen a triplé en "
            "valeur du premier trimestre 2017 au troisième trimestre 2020 en passant d’un peu moins de 2 à 6 "
            "milliards d’euros.", money=[(2e9, "EUR")], actors=["Synergy Research"]),
    Passage("https://www.usinenouvelle.com/article/le-cloud-europeen-battu-a-domicile-par-amazon-microsoft-et-"
            "google.N1142932",
            "En cause, le rouleau compresseur du trio nord-américain Amazon, Microsoft et Google, dont le poids en "
            "Europe atteint désormais 69%, contre environ 50% début 2017.",
            percent=[69, 50], actors=["Amazon", "Microsoft", "Google"]),
    Passage("https://www.channelnews.fr/numeum-la-croissance-du-secteur-du-numerique-ralentit-136551",
            "cloud (39,4 milliards d’euros, avec 14,2% de croissance prévue cette année), le Big Data (5,4 "
            "milliards d’euros ; +16,8% en 2024), la cybersécurité (7 milliards d’euros ; +10,6%), "
            "l’intelligence artificielle ou IA (2,8 milliards d’euros ; +35,7%)",
            money=[(3.94e10, "EUR"), (5.4e9, "EUR"), (7e9, "EUR"), (2.8e9, "EUR")],
            percent=[14.2, 16.8, 10.6, 35.7]),
    Passage("https://www.lemagit.fr/actualites/366622921/EuroStack-linitiative-qui-veut-donner-une-place-a-lEurope-"
            "dans-le-cloud",
            "« En 2028, les hyperscalers contrôleront probablement 75 % de nos centres de données.", percent=[75]),
    Passage("https://www.lecho.be/economie-politique/europe/economie/l-europe-vise-deux-fois-plus-de-licornes-d-ici-"
            "2030/10289887",
            "un objectif de 20 millions d'employés dans le secteur des technologies de l'information et la "
            "communication (TIC). Ils étaient 7,8 millions en 2019"),
    Passage("https://www.lecho.be/economie-politique/europe/economie/l-europe-vise-deux-fois-plus-de-licornes-d-ici-"
            "2030/10289887",
            "devrait représenter au moins 20% de la production mondiale en valeur, soit le double de la part de "
            "10% atteinte en 2020.", percent=[20, 10]),
    Passage("https://www.boursorama.com/actualite-economique/actualites/defense-la-france-va-lancer-une-agence-pour-"
            "developper-l-intelligence-artificielle-dans-le-domaine-militaire-d393f6ffdd01f915065b4bcd6d137a13",
            "Le ministre des Armées Sébastien Lecornu, a annoncé vendredi 8 mars le lancement prochain d'une "
            "agence pour développer l'intelligence artificielle dans le domaine de la défense, dotée de 300 "
            "millions d'euros par an.", money=[(3e8, "EUR")], actors=["Sébastien Lecornu"]),
]
