"""A development set of press passages with what a careful reader finds in them, in three parts.

DEV is what the extraction rules were written against (the same passages drive
tests/test_press_quantities.py and tests/test_organisations.py); HELD_OUT and HELD_OUT_2 were each
annotated once, by reading, before any extraction was run on them, and are never tuned against:
`python -m bench extraction-press` reports scores on each. Each passage is a short quotation (at
most about 300 characters) of the article at the address beside it.

Expected items: money as (value, ISO currency), percent as values, actors as the surface written
(organisations and people only: not roles, not countries or states, not places, events or products).
A range counts as its low value ("entre 30 et 50 milliards" is 30 milliards); an amount whose currency
the sentence implies ("16 milliards" beside "54 milliards d'euros") is money in that currency.

`dates` (None: the passage was not annotated for dates) lists every date or period written, as ISO
at its precision, the notation of loaders.french.text_dates: "2024-03-08", "2024-03", "2024"; a
date range counts as its start. Periods that notation has no precision for are written "2024-Q1"
(quarter), "2024-H1" (half year) and "2023-spring" (season). `published` is the article's date as
the page gives it (ISO at its precision); relative dates ("mardi", "l'an dernier") are annotated
only when it, with the passage, settles them.
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
    dates: list[str] | None = None  # None: not annotated for dates
    published: str | None = None    # the article's date, ISO at the precision the page gives


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

# Annotated by reading, before any extraction ran on them; never tuned against. Every passage is
# quoted from the article at its address; `published` is the date that page gives (None: none found).
HELD_OUT_2 = [
    Passage("https://www.frenchweb.fr/cloud-souverain-on-remet-une-piece-dans-la-machine/453477",
            "Le 14 avril dernier, lors de la Soirée de la souveraineté numérique à Bercy, Clara Chappaz, ministre "
            "déléguée à l’Intelligence artificielle et au Numérique, a confirmé le lancement d’un appel à projets « pour "
            "renforcer l’offre de services cloud » dans le cadre du plan France 2030.",
            actors=["Clara Chappaz"], dates=["2025-04-14"], published="2025-04"),
    Passage("https://www.frenchweb.fr/cloud-souverain-on-remet-une-piece-dans-la-machine/453477",
            "Le précédent du Health Data Hub, attribué à Microsoft, a illustré la vulnérabilité du système.",
            actors=["Health Data Hub", "Microsoft"], dates=[], published="2025-04"),
    Passage("https://www.finyear.com/Mistral-AI-ce-Francais-de-l-IA-qui-serait-en-train-de-lever-100-millions-d-"
            "euros_a49420.html",
            "Selon des informations parues dans le quotidien Les Echos (5 mai 2023), une levée de fonds d'un montant "
            "de 100 millions d'euros serait sur le point d'être bouclée au profit de l'entreprise Mistral AI.",
            money=[(1e8, "EUR")], actors=["Les Echos", "Mistral AI"], dates=["2023-05-05"], published="2023-05"),
    Passage("https://portail.free.fr./tech/high-tech/une-levee-de-fonds-de-385-millions-deuros-pour-la-start-up-"
            "francaise-mistral-ai",
            "Ce second tour fait de Mistral AI une société valorisée à 2 milliards de dollars, soit 1,85 millard "
            "d’euros.",
            money=[(2e9, "USD"), (1.85e9, "EUR")], actors=["Mistral AI"], dates=[]),
    Passage("https://portail.free.fr./tech/high-tech/une-levee-de-fonds-de-385-millions-deuros-pour-la-start-up-"
            "francaise-mistral-ai",
            "Dans son communiqué, Mistral AI précise que parmi ses bailleurs de fonds figurent l’éditeur américain de "
            "logiciels Salesforce, la banque BNP Paribas, ou encore le transporteur CMA CGM.",
            actors=["Mistral AI", "Salesforce", "BNP Paribas", "CMA CGM"], dates=[]),
    Passage("https://siecledigital.fr/2024/04/18/ambitieux-mistral-ai-part-a-la-recherche-de-nouveaux-financements/",
            "En parallèle, Mistral AI a obtenu en février le soutien d’une pointure du secteur des nouvelles "
            "technologies : Microsoft. Ce dernier qui est déjà partenaire avec OpenAI, a investi 16 millions d’euros "
            "dans la start-up française.",
            money=[(1.6e7, "EUR")], actors=["Mistral AI", "Microsoft", "OpenAI"], dates=["2024-02"],
            published="2024-04-18"),
    Passage("https://siecledigital.fr/2024/04/18/ambitieux-mistral-ai-part-a-la-recherche-de-nouveaux-financements/",
            "Parmi les actionnaires de l’entreprise, Xavier Niel, président d’Iliad, Rodolphe Saadé, le dirigeant de "
            "CMA CGM, ou encore Éric Schmidt, l’ancien président exécutif d’Alphabet.",
            actors=["Xavier Niel", "Iliad", "Rodolphe Saadé", "CMA CGM", "Éric Schmidt", "Alphabet"], dates=[],
            published="2024-04-18"),
    Passage("https://www.maddyness.com/2025/06/10/mistral-ai-envisage-de-lever-un-milliard-de-dollars/",
            "L'entreprise a déjà levé plus d'un milliard de dollars depuis sa création il y a deux ans. Elle a "
            "notamment levé 600 millions de dollars l'année dernière et est valorisée 6 milliards d'euros.",
            money=[(1e9, "USD"), (6e8, "USD"), (6e9, "EUR")], dates=["2023", "2024"], published="2025-06-10"),
    Passage("https://www.silicon.fr/mistral-ai-385-millions-leves-pour-le-champion-francais-de-lia-generative-"
            "474095.html",
            "Mistral AI tient son rang de pépite nationale de l’IA générative avec une levée de fonds de 385 millions "
            "$ pour sa Série A, après les 105 millions € récoltés sur un tour d’amorçage au printemps dernier.",
            money=[(3.85e8, "USD"), (1.05e8, "EUR")], actors=["Mistral AI"], dates=["2023-spring"],
            published="2023-12"),
    Passage("https://lemondeinformatique.fr/actualites/lireamp-mistral-ai-en-route-vers-une-valorisation-a-2-md$-"
            "92338.html",
            "Dans le détail, on apprend que l’accord comprend plus de 325 millions d'euros de capitaux propres "
            "provenant d'investisseurs dirigés par Andreessen Horowitz, qui est en pourparlers pour investir 200 "
            "millions d'euros (environ 216 M $) dans le financement, selon des personnes proches du dossier.",
            money=[(3.25e8, "EUR"), (2e8, "EUR"), (2.16e8, "USD")], actors=["Andreessen Horowitz"], dates=[]),
    Passage("https://www.channelnews.fr/ovhcloud-rehausse-sa-prevision-de-croissance-en-2022-apres-une-acceleration-"
            "au-premier-semestre-113725",
            "Au niveau des activités, le cloud privé progresse de 15,8% à 233 millions d’euros et le cloud public de "
            "24,4% à 60 millions d’euros.",
            money=[(2.33e8, "EUR"), (6e7, "EUR")], percent=[15.8, 24.4], dates=[], published="2022-04"),
    Passage("https://www.channelnews.fr/ovhcloud-rehausse-sa-prevision-de-croissance-en-2022-apres-une-acceleration-"
            "au-premier-semestre-113725",
            "Pour autant le groupe creuse ses pertes avec un résultat net négatif de 26 millions d’euros au premier "
            "semestre contre 7 millions un an plus tôt.",
            money=[(2.6e7, "EUR"), (7e6, "EUR")], dates=["2022-H1", "2021-H1"], published="2022-04"),
    Passage("https://www.silicon.fr/ovhcloud-sante-financiere-420663.html",
            "D’autres acquisitions, survenues en 2020, ont induit quelques frais résiduels sur l’exercice 2021. En "
            "l’occurrence, celles d’OpenIO (juillet 2020) et d’Exten (août 2020).",
            actors=["OpenIO", "Exten"], dates=["2020", "2021", "2020-07", "2020-08"], published="2021-11"),
    Passage("https://www.silicon.fr/ovhcloud-sante-financiere-420663.html",
            "Dans son inventaire des « événements significatifs », OVHcloud fait figurer l’acquisition de BuyDRM. Il "
            "y a investi l’équivalent de 12,791 millions d’euros, intégralement en trésorerie.",
            money=[(1.2791e7, "EUR")], actors=["OVHcloud", "BuyDRM"], dates=[], published="2021-11"),
    # published: the address ends in the Unix time of 12 July 2022, a Tuesday as the passage says
    Passage("https://www.francebleu.fr/infos/economie-social/emmanuel-macron-chez-st-micro-a-crolles-c-est-le-fruit-"
            "de-35-ans-de-travail-et-un-formidable-1657616912",
            "Emmanuel Macron se rend à Crolles ce mardi 12 juillet, sur le site de ST Microelectronics, pour confirmer "
            "la construction d'une nouvelle usine et l'investissement de 5,7 milliards d'euros. Le maire de Crolles, "
            "Philippe Lorimier, et le patron de CEA Leti Sébastien Dauvé disent leur satisfaction.",
            money=[(5.7e9, "EUR")],
            actors=["Emmanuel Macron", "ST Microelectronics", "Philippe Lorimier", "CEA Leti", "Sébastien Dauvé"],
            dates=["2022-07-12"], published="2022-07-12"),
    Passage("https://datanews.levif.be/actualite/business-it/hardware/une-mega-subvention-pour-lusine-de-puces-"
            "francaise-stmicroelectronics-et-globalfoundries/",
            "Selon le ministre français de l’économie, Bruno Le Maire, la nouvelle usine sera en effet subventionnée à "
            "hauteur de 2,9 milliards d’euros.",
            money=[(2.9e9, "EUR")], actors=["Bruno Le Maire"], dates=[], published="2023-06"),
    Passage("https://datanews.levif.be/actualite/business-it/hardware/une-mega-subvention-pour-lusine-de-puces-"
            "francaise-stmicroelectronics-et-globalfoundries/",
            "L’usine de puces de Crolles fera croître la capacité de production européenne de quelque 6 pour cent, "
            "toujours selon le ministre français de l’économie. Concrètement, cela représentera pour la France "
            "620.000 ‘wafers’ par an d’ici 2028.",
            percent=[6], dates=["2028"], published="2023-06"),
    Passage("https://datanews.levif.be/actualite/business-it/hardware/une-mega-subvention-pour-lusine-de-puces-"
            "francaise-stmicroelectronics-et-globalfoundries/",
            "La méga-subvention, quasiment la plus élevée en cinq ans pour une firme française, sera financée via le "
            "plan ‘France 2030’ qui prévoit en tout quasiment 5,5 milliards d’euros pour le secteur des "
            "semi-conducteurs.",
            money=[(5.5e9, "EUR")], dates=[], published="2023-06"),
    Passage("https://www.usinenouvelle.com/article/le-chips-act-europeen-est-definitivement-adopte.N2156437",
            "Le conseil européen a approuvé à l'unanimité, le 25 juillet 2023, le texte déjà voté au Parlement "
            "européen le 11 juillet 2023.",
            actors=["conseil européen", "Parlement européen"], dates=["2023-07-25", "2023-07-11"],
            published="2023-07"),
    Passage("https://www.usinenouvelle.com/article/le-chips-act-europeen-est-definitivement-adopte.N2156437",
            "Le programme devrait mobiliser 43 milliards d'euros d'investissements, dont 3,3 milliards d'euros sur le "
            "budget de l'UE, dans le but de doubler la part du Vieux continent dans la production mondiale de "
            "semi-conducteurs à 20 % en 2030.",
            money=[(4.3e10, "EUR"), (3.3e9, "EUR")], percent=[20], actors=["UE"], dates=["2030"],
            published="2023-07"),
    Passage("https://www.rtl.be/page-videos/semi-conducteurs-lunion-europeenne-mise-43-milliards-pour-semanciper-de-"
            "lasie/2022-02-08/video/454962",
            "La Commission européenne a proposé de débloquer 43 milliards d'euros en faveur de l'industrie des "
            "semi-conducteurs pour réduire sa dépendance envers l'Asie dans ce secteur stratégique qui subit des "
            "pénuries, avec l'objectif d'avoir 20% du marché mondial en 2030, soit deux fois plus qu'aujourd'hui.",
            money=[(4.3e10, "EUR")], percent=[20], actors=["Commission européenne"], dates=["2030"],
            published="2022-02-08"),
    Passage("https://www.letemps.ch/economie/aides-detat-lue-chine",
            "L’Union européenne (UE) n’a pas à rougir de son initiative visant à subventionner la recherche et la "
            "production industrielle de semi-conducteurs.",
            actors=["Union européenne", "UE"], dates=[]),
    Passage("https://www.letemps.ch/economie/aides-detat-lue-chine",
            "Le Chip Act présenté mardi par la Commission marque un tournant non seulement dans la transition "
            "numérique, mais également en matière d’aides étatiques.",
            actors=["Commission"], dates=[]),
    Passage("https://itforbusiness.fr/perspectives-positives-en-2024-pour-le-numerique-selon-numeum-70673",
            "Une croissance de 6,5%, un chiffre d’affaires annuel de 66,2 milliards d’euros, un secteur qui continue "
            "d’embaucher fortement, un secteur riche en startups et donc dynamique. Avec à la clé, un CA de plus de "
            "70 milliards d’euros en 2024.",
            money=[(6.62e10, "EUR"), (7e10, "EUR")], percent=[6.5], dates=["2024"], published="2023-12-14"),
    Passage("https://lemondeinformatique.fr/actualites/lire-numeum-revoit-a-la-baisse-la-croissance-du-marche-it-en-"
            "france-en-2024-94130.html",
            "Désormais, ils estiment que les revenus des entreprises de services numériques enregistreront une hausse "
            "annuelle de 2,1 %, contre 3,4 % précédemment, pour se situer à 35 Md€.",
            money=[(3.5e10, "EUR")], percent=[2.1, 3.4], dates=[]),
    Passage("https://kulturegeek.fr/news-321382/croissance-secteur-numerique-francais-ralenti-2024",
            "Les éditeurs de logiciels et les plateformes de cloud se maintiennent ainsi à 8,2% de croissance (contre "
            "+10,3% en 2023), tandis que la croissance est tombée à 0,7% du côté des entreprises de services "
            "numériques (+4,1% en 2023) et à 1% s’agissant du conseil en technologies (+5,5% en 2023).",
            percent=[8.2, 10.3, 0.7, 4.1, 1, 5.5], dates=["2023", "2023", "2023"], published="2024-12"),
    Passage("https://kulturegeek.fr/news-321382/croissance-secteur-numerique-francais-ralenti-2024",
            "L’organisation prévoit l’an prochain une croissance de 4,1%, poussée par la croissance des éditeurs et "
            "plateformes cloud (+9%).",
            percent=[4.1, 9], dates=["2025"], published="2024-12"),
    Passage("https://www.archimag.com/vie-numerique/2024/12/11/coup-frein-secteur-numerique-francais-numeum-alerte-"
            "croissance-divisee-deux",
            "Le secteur numérique français, dont le chiffre d’affaires atteint 69,4 milliards d’euros en 2024, subit "
            "un ralentissement marqué, avec une croissance divisée par deux : de 6,5 % en 2023 à 3,5 % en 2024, "
            "selon la dernière étude semestrielle de Numeum.",
            money=[(6.94e10, "EUR")], percent=[6.5, 3.5], actors=["Numeum"], dates=["2024", "2023", "2024"],
            published="2024-12-11"),
    Passage("https://www.globalsecuritymag.fr/15-milliards-d-euros-pour-developper-des-datacenters-en-france-data4-"
            "au.html",
            "Brookfield a annoncé ce matin son intention d’investir 20 milliards d’euros d’ici 2030 dans "
            "l’infrastructure d’IA en France. 15 milliards seront dédiés à l’investissement dans les centres de "
            "données sous la houlette de la société Data4.",
            money=[(2e10, "EUR"), (1.5e10, "EUR")], actors=["Brookfield", "Data4"], dates=["2030"],
            published="2025-02"),
    Passage("https://www.journaldunet.com/business/1541699-choose-france-2025-paris-accelere-sur-l-ia-avec-des-"
            "projets-geants/",
            "Sur les 37 milliards annoncés par l'Élysée, 20 milliards correspondent à des projets \"entièrement "
            "nouveaux\". Une part significative de ces investissements concerne l'intelligence artificielle, avec 17 "
            "milliards d'euros répartis sur plusieurs sites, en majorité liés à la construction de data centers.",
            money=[(3.7e10, "EUR"), (2e10, "EUR"), (1.7e10, "EUR")], actors=["Élysée"], dates=[]),
    Passage("https://www.journaldunet.com/business/1541699-choose-france-2025-paris-accelere-sur-l-ia-avec-des-"
            "projets-geants/",
            "De son côté, Digital Realty confirme un engagement de 2,3 milliards d'euros pour deux centres de données "
            "situés à Marseille et Dugny, avec 750 emplois associés, selon France 24.",
            money=[(2.3e9, "EUR")], actors=["Digital Realty", "France 24"], dates=[]),
    Passage("https://www.solutions-numeriques.com/?p=238049&post_type=post",
            "Une joint-venture entre Bpifrance, MGX, le fonds d’investissement émirati spécialisé dans l’IA et les "
            "technologies avancées, la licorne Mistral AI et Nvidia vise à développer le plus grand campus d’IA "
            "d’Europe.",
            actors=["Bpifrance", "MGX", "Mistral AI", "Nvidia"], dates=[]),
    Passage("https://www.solutions-numeriques.com/?p=238049&post_type=post",
            "Les travaux de construction devraient débuter au second semestre 2026, pour une mise en service prévue "
            "d’ici 2028. Le montant d’investissement atteint 8,5 milliards d’euros.",
            money=[(8.5e9, "EUR")], dates=["2026-H2", "2028"]),
    Passage("https://laktu.com/science/investissement-25-milliards-euros-eclairion-au-sommet-choose-france",
            "Sur les 2,5 milliards d’investissements prévus par Eclairion, 500 millions d’euros seront alloués au "
            "renforcement des data centers déjà en place, notamment à Bruyères-le Châtel, dans l’Essonne, et à "
            "Bessé-sur-Braye dans la Sarthe.",
            money=[(2.5e9, "EUR"), (5e8, "EUR")], actors=["Eclairion"], dates=[]),
    Passage("https://laktu.com/science/investissement-25-milliards-euros-eclairion-au-sommet-choose-france",
            "Les deux milliards d’euros restants seront dédiés à la construction de deux nouveaux data centers. "
            "Eclairion a remporté deux appels à projets sur des sites EDF en Moselle.",
            money=[(2e9, "EUR")], actors=["Eclairion", "EDF"], dates=[]),
    Passage("https://www.journaldunet.com/business/action-publique/1539037-macron-annonce-109-milliards-d-"
            "investissements-dans-l-ia-en-france/",
            "Ce chiffre de 109 milliards n'a pas été choisi au hasard, puisqu'il est l'équivalent rapporté à la "
            "population française du projet Stargate de Donald Trump, qui présente un investissement de 500 "
            "milliards de dollars.",
            money=[(1.09e11, "EUR"), (5e11, "USD")], actors=["Donald Trump"], dates=[], published="2025-02"),
    Passage("https://www.macommune.info/intelligence-artificielle-emmanuel-macron-annonce-109-milliards-deuros-"
            "dinvestissements-en-france",
            "Le président Emmanuel Macron a annoncé des investissements privés à hauteur de 109 milliards d'euros en "
            "France, dans les prochaines années, pour développer l'intelligence artificielle lors d’une interview "
            "accordée à France 2 dimanche 9 février 2025.",
            money=[(1.09e11, "EUR")], actors=["Emmanuel Macron", "France 2"], dates=["2025-02-09"],
            published="2025-02-10"),
    Passage("https://www.linfodurable.fr/cybersecurite-vitalite-mais-manque-dinnovation-pour-les-start-francaises-"
            "32667",
            "Ces sociétés ont levé 630 millions d'euros en 2021, contre 100 millions d'euros en 2020 et 2019. Ce "
            "montant record comprend toutefois une méga-levée, celle de Ledger (330 millions d'euros)",
            money=[(6.3e8, "EUR"), (1e8, "EUR"), (3.3e8, "EUR")], actors=["Ledger"],
            dates=["2021", "2020", "2019"]),
    Passage("https://www.lemondeinformatique.fr/actualites/lireamp-bercy-valide-le-rachat-de-hornetsecurity-par-"
            "proofpoint-98740.html",
            "Feu vert définitif pour l’acquisition de Hornetsecurity par Proofpoint. L’éditeur américain de "
            "cybersécurité a obtenu le quitus du ministère de l’Economie pour cette opération évaluée à 1,8 milliard "
            "de dollars.",
            money=[(1.8e9, "USD")], actors=["Hornetsecurity", "Proofpoint", "ministère de l’Economie"], dates=[]),
    Passage("https://www.lemondeinformatique.fr/actualites/lireamp-bercy-valide-le-rachat-de-hornetsecurity-par-"
            "proofpoint-98740.html",
            "En 2019, Proofpoint avait accusée Vade de vol de code source et d'informations confidentielles. Reconnu "
            "coupable en 2021, le français avait versé 14 M$ à son concurrent. Celui-ci avait ensuite enclenché une "
            "autre procédure à la fin 2021 pour réclamer 29 M$, mais il a été débouté de cette demande.",
            money=[(1.4e7, "USD"), (2.9e7, "USD")], actors=["Proofpoint", "Vade"], dates=["2019", "2021", "2021"]),
    Passage("https://www.channelnews.fr/baisse-des-fusions-et-acquisitions-dans-la-cybersecurite-en-2022-121327",
            "La valeur des transactions enregistre en revanche une baisse massive de 56,7% en s’établissant à 48,3 "
            "Md$ contre 111,5 Md$ un an plus tôt.",
            money=[(4.83e10, "USD"), (1.115e11, "USD")], percent=[56.7], dates=[]),
    Passage("https://www.channelnews.fr/baisse-des-fusions-et-acquisitions-dans-la-cybersecurite-en-2022-121327",
            "Parmi les acquisitions majeures, on peut rappeler celles de Mandiant par Google pour 5,4 Md$, de Datto "
            "par Kaseya pour 6,2 Md$ ou encore de SailPoint par Thoma Bravo pour 6,9 Md$.",
            money=[(5.4e9, "USD"), (6.2e9, "USD"), (6.9e9, "USD")],
            actors=["Mandiant", "Google", "Datto", "Kaseya", "SailPoint", "Thoma Bravo"], dates=[]),
    Passage("https://www.channelnews.fr/la-suisse-en-passe-de-se-doter-dun-cloud-souverain-141595",
            "Le coût de développement de cette infrastructure hybride multicloud souveraine est évalué à 320 millions "
            "de francs suisses, soit 431 millions d’euros. Le pays s’est d’ores et déjà alloué un premier crédit de "
            "250 millions de francs suisses pour la mise en place de son Swiss Government Cloud (SGC).",
            money=[(3.2e8, "CHF"), (4.31e8, "EUR"), (2.5e8, "CHF")], dates=[]),
    Passage("https://www.channelnews.fr/la-suisse-en-passe-de-se-doter-dun-cloud-souverain-141595",
            "D’après Matthias Stürmer, professeur à la Haute école spécialisée bernoise (BFH) interrogé par la chaîne "
            "RTS, le coût d’une telle transition n’est pas un obstacle : « Le secteur public dépense de toute manière "
            "déjà des milliards dans le numérique ».",
            actors=["Matthias Stürmer", "Haute école spécialisée bernoise", "BFH", "RTS"], dates=[]),
    Passage("https://trends.levif.be/a-la-une/tech-medias/investissements-records-pour-les-entreprises-"
            "technologiques-belges-avec-un-oeil-sur-lia/",
            "Les entreprises technologiques belges ont levé 1,43 milliard d’euros d’investissements depuis le début "
            "de l’année, a rehaussé jeudi la fédération sectorielle Agoria dans un communiqué.",
            money=[(1.43e9, "EUR")], actors=["Agoria"], dates=["2024"], published="2024-12"),
    Passage("https://trends.levif.be/a-la-une/tech-medias/investissements-records-pour-les-entreprises-"
            "technologiques-belges-avec-un-oeil-sur-lia/",
            "L’an dernier, le secteur technologique avait injecté 738 millions d’euros pour dynamiser ses activités. "
            "Une année creuse après une progression globalement continue depuis 2013 et ses 97 millions "
            "d’investissements. Ces derniers avaient ensuite culminé en 2022 à 1,41 milliard d’euros.",
            money=[(7.38e8, "EUR"), (9.7e7, "EUR"), (1.41e9, "EUR")], dates=["2023", "2013", "2022"],
            published="2024-12"),
    Passage("https://www.vrt.be/vrtnws/fr/2022/10/22/google-achete-un-terrain-a-feluy-pour-un-potentiel-nouveau-"
            "centr/",
            "Pour Jacques Gobert, le président de l'intercommunale Idea, cet investissement pourrait avoir un impact "
            "positif sur l'attractivité de la communauté locale et la création d'emplois à long terme.",
            actors=["Jacques Gobert", "Idea"], dates=[], published="2022-10-22"),
    Passage("https://trendstop.levif.be/fr/ontop/entreprendre/les-entreprises-numeriques-innovantes-pourraient-nous-"
            "rapporter-17-milliards-1021-1526343.aspx",
            "Des petites start-up aux grandes scale-up, comme TechWolf, Accountable, Deliverect et Galapagos, ces "
            "entreprises versent en moyenne des salaires 60% plus élevés et sont 48% plus productives que "
            "l’entreprise belge moyenne.",
            percent=[60, 48], actors=["TechWolf", "Accountable", "Deliverect", "Galapagos"], dates=[]),
    Passage("https://kulturegeek.fr/news-307733/france-veut-utiliser-lintelligence-artificielle-transformation-"
            "numerique",
            "Cette feuille de route, élaborée par le cabinet de Marina Ferrari, secrétaire d’État chargée du Numérique "
            "et la direction générale des entreprises (DGE) de Bercy, synthétise l’ensemble des dispositifs et "
            "politiques publiques mis en place ces dernières années",
            actors=["Marina Ferrari", "direction générale des entreprises", "DGE", "Bercy"], dates=[],
            published="2024-03"),
    Passage("https://kulturegeek.fr/news-307733/france-veut-utiliser-lintelligence-artificielle-transformation-"
            "numerique",
            "L’Union européenne a pour objectif que 80% des personnes entre 16 à 74 ans sachent utiliser le numérique "
            "dans leurs tâches quotidiennes et d’atteindre 20 millions de spécialistes des technologies numériques "
            "d’ici à 2030.",
            percent=[80], actors=["Union européenne"], dates=["2030"], published="2024-03"),
    Passage("https://www.20minutes.fr/economie/2910087-20201117-cybersecurite-teletravail-va-accentuer-vulnerabilites-"
            "numeriques-estime-patron-start-up-bordelaise-tehtris",
            "Installée à Pessac dans la banlieue de Bordeaux, la start-up Tehtris vient de réaliser une levée de fonds "
            "de 20 millions d’euros, et ambitionne de devenir un leader européen dans le secteur de la cybersécurité.",
            money=[(2e7, "EUR")], actors=["Tehtris"], dates=[], published="2020-11-17"),
    Passage("https://www.20minutes.fr/economie/2910087-20201117-cybersecurite-teletravail-va-accentuer-vulnerabilites-"
            "numeriques-estime-patron-start-up-bordelaise-tehtris",
            "Depuis quelques jours, Laurent Oudot et Eléna Poincet, deux ex-agents de la DGSE (Direction générale de "
            "la sécurité extérieure) qui ont monté en 2010 la start-up Tehtris, ne touchent plus terre.",
            actors=["Laurent Oudot", "Eléna Poincet", "DGSE", "Direction générale de la sécurité extérieure",
                    "Tehtris"], dates=["2010"], published="2020-11-17"),
]
