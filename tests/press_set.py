"""A development set of press passages with what a careful reader finds in them, in three parts.

DEV is what the extraction rules were written against (the same passages drive
tests/test_press_quantities.py and tests/test_organisations.py); HELD_OUT and HELD_OUT_2 were each
annotated once, by reading, before any extraction was run on them, and are never tuned against:
`python -m bench extraction-press` reports scores on each. HELD_OUT_3 was annotated blind, by reading
only, without any extraction run on its passages; HELD_OUT_4 was annotated blind too, without any
extraction run on its passages. HELD_OUT_5 was annotated blind as well, by reading only, without any
extraction run on its passages. HELD_OUT_6 to HELD_OUT_39 were annotated blind, by reading only, without any
extraction run on their passages. Each passage is a short quotation (at
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

# Annotated blind, by reading only: no extraction was run on these passages before or while they were
# annotated. `published` is the date the page gives (None: none found).
HELD_OUT_3 = [
    Passage("https://www.boursorama.com/actualite-economique/actualites/substrat-pour-semi-conducteurs-soitec-"
            "va-doubler-la-capacite-de-son-usine-a-singapour-7e9118e44280ebcc95d4a0fbbd2cd5a4",
            "L'investissement représente environ 420 millions d'euros, dont 200 millions d'euros pour la "
            "construction du bâtiment attenant à l'usine existante de Pasir Ris (est de Singapour), selon le "
            "groupe.",
            money=[(4.2e8, "EUR"), (2e8, "EUR")], dates=[], published="2022-06"),
    Passage("https://siecledigital.fr/2023/09/29/a-cote-de-grenoble-soitec-ouvre-une-usine-de-semi-conducteurs-"
            "pour-vehicules-electriques/",
            "En tout, 380 millions d’euros ont été dépensés pour la construction de l’usine de Soitec. 30 % de la "
            "somme a été fournie par la France et l’Union européenne.",
            money=[(3.8e8, "EUR")], percent=[30], actors=["Soitec", "Union européenne"], dates=[],
            published="2023-09-29"),
    Passage("https://siecledigital.fr/2023/09/29/a-cote-de-grenoble-soitec-ouvre-une-usine-de-semi-conducteurs-"
            "pour-vehicules-electriques/",
            "La quatrième usine de Soitec a été inaugurée sur son site à Bernin, après avoir été annoncée en mars "
            "2022.",
            actors=["Soitec"], dates=["2022-03"], published="2023-09-29"),
    Passage("https://www.frenchweb.fr/le-vrai-defi-de-la-cybersecurite-francaise-labsence-de-fonds-growth-"
            "nationaux/455421",
            "Avec 289 millions d’euros levés entre juin 2024 et mai 2025, les startups françaises du secteur "
            "affichent une progression des montants mobilisés.",
            money=[(2.89e8, "EUR")], dates=["2024-06"]),
    Passage("https://www.frenchweb.fr/le-vrai-defi-de-la-cybersecurite-francaise-labsence-de-fonds-growth-"
            "nationaux/455421",
            "les tours en dessous de 10 millions d’euros ont chuté à 9 opérations pour un total de 17 millions, "
            "contre 21 levées et 56 millions en 2024.",
            money=[(1e7, "EUR"), (1.7e7, "EUR"), (5.6e7, "EUR")], dates=["2024"]),
    Passage("https://region-aura.latribune.fr/innovation/2022-04-21/financement-avec-109-millions-deja-leves-"
            "debut-2022-les-startups-d-aura-tiennent-leur-rang-tandis-que-d-autres-territoires-explosent-"
            "914671.html",
            "Soit une hausse sur tous les tableaux ou presque : +259% de croissance sur les montants levés, +173% "
            "de ticket moyen levé, ou encore +21% en nombre d'opérations par rapport à la même période en 2021...",
            percent=[259, 173, 21], dates=["2021"], published="2022-04-21"),
    Passage("https://region-aura.latribune.fr/innovation/2022-04-21/financement-avec-109-millions-deja-leves-"
            "debut-2022-les-startups-d-aura-tiennent-leur-rang-tandis-que-d-autres-territoires-explosent-"
            "914671.html",
            "avec 20 opérations et un montant total de 109 millions d'euros levés, pour un ticket moyen de 5,45 "
            "millions d'euros. Elle avait atteint, pour rappel, un montant total de 482 millions d'euros investis "
            "sur l'ensemble de l'année 2021.",
            money=[(1.09e8, "EUR"), (5.45e6, "EUR"), (4.82e8, "EUR")], dates=["2021"], published="2022-04-21"),
    Passage("https://www.latribune.fr/technos-medias/bleu-l-alliance-dans-le-cloud-entre-microsoft-orange-et-"
            "capgemini-arrivera-en-2024-922906.html",
            "Tant pis pour la rapidité : la plateforme Bleu, annoncée en mai 2021 pour offrir « rapidement » une "
            "solution de « cloud de confiance » pour les entreprises et collectivités françaises, n'arrivera "
            "finalement qu'en 2024, d'après un communiqué conjoint publié par Orange et Capgemini.",
            actors=["Bleu", "Orange", "Capgemini"], dates=["2021-05", "2024"], published="2022-06"),
    Passage("https://kulturegeek.fr/news-226611/microsoft-orange-capgemini-sallient-cloud",
            "Stéphane Richard, le PDG d’Orange, assure que Microsoft « sera un partenaire technologique », mais « "
            "pas capitalistique ».",
            actors=["Stéphane Richard", "Orange", "Microsoft"], dates=[]),
    Passage("https://siecledigital.fr/2022/06/23/le-cloud-de-confiance-de-capgemini-et-orange-verra-le-jour-en-"
            "2024/",
            "Nous savons déjà que Jean Coumaros, actuellement Directeur de la Transformation et membre du Comité "
            "Exécutif du groupe Capgemini, a été choisi pour devenir Directeur Général de Bleu.",
            actors=["Jean Coumaros", "Capgemini", "Bleu"], dates=[], published="2022-06-23"),
    Passage("https://www.agefi.fr/corporate/actualites/quotidien/20201001/l-etat-va-recuperer-pres-28-"
            "milliards-d-euros-5g-306925",
            "Bouygues Telecom et Iliad (Free Mobile) débourseront donc chacun 602 millions, SFR 728 millions et "
            "Orange 854 millions d'euros.",
            money=[(6.02e8, "EUR"), (7.28e8, "EUR"), (8.54e8, "EUR")],
            actors=["Bouygues Telecom", "Iliad", "Free Mobile", "SFR", "Orange"], dates=[], published="2020-10-01"),
    Passage("https://www.agefi.fr/corporate/actualites/quotidien/20201001/l-etat-va-recuperer-pres-28-"
            "milliards-d-euros-5g-306925",
            "D’ici à 2022, Orange, SFR, Bouygues Telecom et Free doivent installer chacun 3.000 antennes 5G sur "
            "le territoire. Puis 8.000 en 2024, et 12.000 en 2025, comme le prévoit le cahier des charges de "
            "l'Arcep.",
            actors=["Orange", "SFR", "Bouygues Telecom", "Free", "Arcep"], dates=["2022", "2024", "2025"],
            published="2020-10-01"),
    Passage("https://korii.slate.fr/biz/comment-etat-veut-empecher-operateurs-se-ruiner-5g-france-encheres-arcep",
            "Pour éviter une telle flambée des prix, quatre blocs de 50 Mhz ont déjà été vendus aux opérateurs "
            "sans enchères, pour un montant fixe de 350 millions d'euros chacun, soit un total de 1,4 milliard "
            "d'euros de gains pour l'État.",
            money=[(3.5e8, "EUR"), (1.4e9, "EUR")], dates=[], published="2020-09"),
    Passage("https://www.lci.fr/high-tech/les-encheres-sont-terminees-les-frequences-de-la-5g-se-sont-envolees-"
            "a-pres-de-3-milliards-2166102.html",
            "si le prix plancher qu'il avait fixé est dépassé de 500 millions d'euros, l'opération a évité la "
            "surchauffe, loin des plus de six milliards d'euros engagés en Allemagne et en Italie.",
            money=[(5e8, "EUR"), (6e9, "EUR")], dates=[], published="2020-10"),
    Passage("https://trends.levif.be/economie/entreprises/microsoft-investit-plus-d-un-milliard-en-belgique/"
            "article-news-1497485.html",
            "Après le demi-milliard de Google à Farciennes, Microsoft a annoncé un plan de plus d'un milliard "
            "d'euros sur 10 ans pour la construction de trois data centers.",
            money=[(5e8, "EUR"), (1e9, "EUR")], actors=["Google", "Microsoft"], dates=[], published="2021-12"),
    Passage("https://www.lecho.be/entreprises/technologie/Microsoft-va-investir-plus-d-un-milliard-d-euros-en-"
            "Belgique/10348332",
            "Ceux-ci indiquent que le service cloud de Microsoft et cette nouvelle infrastructure pourraient "
            "aider la Belgique à générer jusqu'à 31,5 milliards d'euros en nouveaux revenus et à créer plus de "
            "60.000 emplois au cours des quatre prochaines années.",
            money=[(3.15e10, "EUR")], actors=["Microsoft"], dates=[], published="2021-11"),
    Passage("https://www.lecho.be/entreprises/technologie/Microsoft-va-investir-plus-d-un-milliard-d-euros-en-"
            "Belgique/10348332",
            "Pour étayer ses propos, l'entreprise, présente depuis 1989 en Belgique, s'appuie sur des chiffres "
            "d’IDC (International Data Corporation).",
            actors=["IDC", "International Data Corporation"], dates=["1989"], published="2021-11"),
    Passage("https://www.pme.ch/actualites/2025/12/23/un-vent-de-fraicheur-souffle-sur-la-scene-tech-suisse-"
            "893789",
            "Le CEO Arthur Mensch vient de Deep Mind de Google, Guillaume Lample et Timothée Lacroix ont fait des "
            "recherches sur les grands modèles linguistiques chez Meta. En avril 2023, ils ont fondé Mistral avec "
            "une mission: l'Europe a besoin de ses propres modèles d'IA.",
            actors=["Arthur Mensch", "Deep Mind", "Google", "Guillaume Lample", "Timothée Lacroix", "Meta", "Mistral"],
            dates=["2023-04"], published="2025-12-23"),
    Passage("https://entrepriseromande.ch/web/er/w/l-ia-%C3%A0-la-peine-dans-les-entreprises-suisses-comment-y-"
            "rem%C3%A9dier-",
            "En informatique et dans les domaines touchant à la cybersécurité, 46% des acteurs interrogés "
            "auraient commencé à implémenter l’IA générative à l’échelle de toute l’entreprise, ou au moins de "
            "manière «limitée». Ce taux serait de 36% dans les domaines du marketing, de la vente et du service "
            "client.",
            percent=[46, 36], dates=[], published="2025-02-27"),
    Passage("https://www.directioninformatique.com/budget-du-quebec-2019-329-m-pour-lia-au-quebec/68779",
            "Quant à l’Institut des algorithmes d’apprentissage de Montréal (Mila), il pourra compter sur 32,5 "
            "millions de dollars, notamment afin de créer des partenariats de recherche avec des petites et "
            "moyennes entreprises (PME) du Québec.",
            money=[(3.25e7, "CAD")], actors=["Institut des algorithmes d’apprentissage de Montréal", "Mila"],
            dates=[]),
    Passage("https://www.ledevoir.com/economie/546567/nouveaux-bureaux-nouveaux-besoins",
            "Le Mila, qui constitue la pierre angulaire de l’écosystème québécois en intelligence artificielle "
            "(IA), s’est vu accorder en 2017 une enveloppe de 80 millions de dollars sur cinq ans de la part de "
            "Québec et de 44 millions du gouvernement fédéral, par l’entremise de l’Institut canadien de "
            "recherches avancées.",
            money=[(8e7, "CAD"), (4.4e7, "CAD")], actors=["Mila", "Institut canadien de recherches avancées"],
            dates=["2017"], published="2019-01"),
    Passage("https://journalmetro.com/actualites/national/3051751/mila-un-comite-dexperts-pour-encadrer-"
            "lintelligence-artificielle/",
            "Cette somme qui vise spécifiquement à soutenir les activités de recherche en termes d’éthique "
            "s’ajoute à l’appui financier de Québec, à hauteur de 7 M$ par année d’ici 2025 sur un budget annuel "
            "de quelque 35 M$.",
            money=[(7e6, "CAD"), (3.5e7, "CAD")], dates=["2025"]),
    # published: the address carries the date code 20200115
    Passage("https://l.bfmtv.com/economie/entreprises/services/la-french-tech-bat-un-nouveau-record-de-levees-"
            "de-fonds-en-2019_AN-202001150265.html",
            "Derrière, Doctolib a levé 150 millions d'euros tandis la start-up d'élevage d'insectes pour "
            "l'alimentation animale, Ynsect, a levé 110.5 millions d'euros. Mano Mano (110 millions) et Wynd (72 "
            "millions) complètent ce Top 5.",
            money=[(1.5e8, "EUR"), (1.105e8, "EUR"), (1.1e8, "EUR"), (7.2e7, "EUR")],
            actors=["Doctolib", "Ynsect", "Mano Mano", "Wynd"], dates=[], published="2020-01-15"),
    Passage("https://www.latribune.fr/technos-medias/innovation-et-start-up/la-french-tech-a-leve-5-milliards-"
            "d-euros-en-2019-mais-le-plafond-est-encore-loin-837227.html",
            "Au niveau européen, la France accroche la troisième place, loin devant le Royaume-Uni (11,43 "
            "milliards d'euros) et au coude-à-coude avec l'Allemagne (6,09 milliards), qui affiche une croissance "
            "sur un an quasiment exactement similaire à celle de la France (+39% en valeur et +13% en volume).",
            money=[(1.143e10, "EUR"), (6.09e9, "EUR")], percent=[39, 13], dates=[]),
    Passage("https://www.journaldunet.com/web-tech/start-up/1189344-levees-de-fonds/",
            "Alors qu'elles avaient cru de 37% entre 2017 et 2018, leur nombre a peu varié en 2019 (662, contre "
            "616 en 2018). Avec plus de fonds mais presque autant d'opérations, le ticket moyen est donc en "
            "augmentation, à 6,9 millions d'euros en 2019, contre 5,4 millions en 2018.",
            money=[(6.9e6, "EUR"), (5.4e6, "EUR")], percent=[37], dates=["2017", "2019", "2018", "2019", "2018"],
            published="2020-01"),
    Passage("https://www.latribune.fr/technos-medias/innovation-et-start-up/2-8-milliards-d-euros-3-licornes-"
            "premier-semestre-exceptionnel-pour-la-french-tech-822363.html",
            "Au premier semestre 2019, les pépites françaises ont levé, d'après nos calculs*, presque 2,8 "
            "milliards d'euros, pour 134 opérations, soit une progression d'environ 32% par rapport à l'an "
            "dernier (1,9 milliard d'euros).",
            money=[(2.8e9, "EUR"), (1.9e9, "EUR")], percent=[32], dates=["2019-H1", "2018"], published="2019-07"),
    Passage("https://mediacites.fr/decryptage/lille/2021/10/15/pourquoi-ovhcloud-a-joue-la-prudence-pour-son-"
            "entree-en-bourse",
            "Le 5 octobre dernier, l’objectif avait été ramené à 350 millions d’euros au lieu des 400 millions "
            "d’euros envisagés deux semaines auparavant.",
            money=[(3.5e8, "EUR"), (4e8, "EUR")], dates=["2021-10-05"], published="2021-10-15"),
    Passage("https://www.nextinpact.com/lebrief/47411/ovhcloud-prepare-sa-cotation-sur-euronext-et-livre-"
            "quelques-chiffres",
            "Elle en profite pour indiquer que son chiffre d'affaires « a atteint 632 millions d'euros, pour un "
            "EBITDA courant de 255 millions d'euros. Le Groupe a également poursuivi avec succès sa stratégie "
            "d’expansion mondiale avec 50 % du chiffre d’affaires réalisé hors de France en 2020 ».",
            money=[(6.32e8, "EUR"), (2.55e8, "EUR")], percent=[50], dates=["2020"], published="2021-06"),
    # published: the address carries the date code 20210613, a Sunday, so "ce lundi" is 14 June
    Passage("https://www.bfmtv.com/economie/votre-argent/bourse/ovhcloud-en-bourse-annonce-imminente_AV-"
            "202106130052.html",
            "C'est en tout cas ce qu'annonce le JDD dans son édition du 13 juin, qui assure que le groupe "
            "annoncera officiellement son intention de s'introduire en Bourse ce lundi. Selon Reuters, cetre "
            "annonce portera notamment sur le calendrier de l'IPO (introduction en Bourse).",
            actors=["JDD", "Reuters"], dates=["2021-06-13", "2021-06-14"], published="2021-06-13"),
    Passage("https://cloud-computing.developpez.com/actu/313247/OVHcloud-lance-le-processus-d-une-eventuelle-"
            "introduction-en-bourse-selon-un-porte-parole-de-l-entreprise/",
            "Lors d'une de ses dernières levées de fonds en 2016 (de 250 millions d'euros, KKR et TowerBrook "
            "Capital ayant pris une participation minoritaire à cette occasion), la pépite a été évaluée à 1,2 "
            "milliard d'euros.",
            money=[(2.5e8, "EUR"), (1.2e9, "EUR")], actors=["KKR", "TowerBrook Capital"], dates=["2016"]),
    Passage("https://www.boursorama.com/patrimoine/actualites/la-french-tech-leve-5-4-milliards-d-euros-en-"
            "2020-6ccb47e1c32f51164e9a333e4ad8b2d0",
            "C'est 5,4 milliards d'euros qui ont été levés par les start-ups en 2020, soit une augmentation "
            "annuelle de 7 % en valeur par rapport à l'année 2019. Le baromètre de EY note par ailleurs une "
            "baisse de 16 % en volume.",
            money=[(5.4e9, "EUR")], percent=[7, 16], actors=["EY"], dates=["2020", "2019"], published="2021-02"),
    Passage("https://www.latribune.fr/technos-medias/informatique/pour-assurer-son-avenir-atos-va-se-scinder-"
            "en-deux-a-peine-arrive-le-nouveau-dg-part-921682.html",
            "À l'inverse, les activités d'Evidian, qui pesaient 4,9 milliards d'euros de chiffre d'affaires en "
            "2021, étaient en croissance de 5%, avec une marge opérationnelle de 7,8%, selon Atos qui compte "
            "réaliser 700 millions d'euros de cessions d'actifs pour mener à bien ce projet.",
            money=[(4.9e9, "EUR"), (7e8, "EUR")], percent=[5, 7.8], actors=["Evidian", "Atos"], dates=["2021"]),
    Passage("https://www.lemagit.fr/actualites/366582832/Rachat-des-activites-sensibles-par-lEtat-comment-Atos-"
            "en-est-arrive-la",
            "Sur les 9,76 milliards d’euros de chiffre d’affaires qu’Atos devrait réaliser cette année (-3,3 % "
            "par rapport à 2023), les activités sensibles du groupe pèseront environ 900 millions d’euros de "
            "revenus.",
            money=[(9.76e9, "EUR"), (9e8, "EUR")], percent=[-3.3], actors=["Atos"], dates=["2024", "2023"],
            published="2024-04"),
    Passage("https://www.lemagit.fr/actualites/366582832/Rachat-des-activites-sensibles-par-lEtat-comment-Atos-"
            "en-est-arrive-la",
            "À ce stade, Atos aurait besoin de 1,1 milliard d’euros pour maintenir ces activités-là sur la "
            "période qui va de juin 2024 à mai 2025. Bercy parle d’investir 700 à 1 milliard d’euros.",
            money=[(1.1e9, "EUR"), (7e8, "EUR")], actors=["Atos", "Bercy"], dates=["2024-06"], published="2024-04"),
    Passage("https://www.tf1info.fr/justice-faits-divers/video-hopitaux-pourquoi-sont-ils-victimes-de-"
            "cyberattaques-2230088.html",
            "En février 2021 à Dax (Landes), les ordinateurs et le matériel de radiothérapie étaient à l'arrêt. "
            "Il a fallu plus de quatre mois et 2 400 000 euros pour résoudre le problème.",
            money=[(2.4e6, "EUR")], dates=["2021-02"], published="2022-08"),
    Passage("https://alliancy.fr/?p=129239",
            "« Signe de l’importance prise par les enjeux numériques au sein de l’administration, le budget de la "
            "Dinum (Direction interministérielle du numérique, NDLR) a été multiplié par cinq entre 2019 et 2022 "
            "», souligne le travail mené par la quatrième section de la première chambre de la Cour.",
            actors=["Dinum", "Direction interministérielle du numérique", "Cour"], dates=["2019"]),
    Passage("https://www.lesoir.be/386854/article/2021-07-30/update-hausse-du-chiffre-daffaires-mais-aussi-des-"
            "depenses-pour-proximus-au-2e",
            "In fine, le bénéfice net du groupe atteint 118 millions d'euros au deuxième trimestre, en recul de "
            "21,4%, et 241 millions d'euros sur le premier semestre, en retrait de 21,8% par rapport à la même "
            "période de 2020.",
            money=[(1.18e8, "EUR"), (2.41e8, "EUR")], percent=[21.4, 21.8], dates=["2021-Q2", "2021-H1", "2020"],
            published="2021-07-30"),
    Passage("https://www.lesoir.be/386854/article/2021-07-30/update-hausse-du-chiffre-daffaires-mais-aussi-des-"
            "depenses-pour-proximus-au-2e",
            "S'agissant du déploiement de la fibre optique, sur lequel Proximus mise beaucoup, 89.000 foyers et "
            "entreprises supplémentaires ont été raccordés au deuxième trimestre, pour un total de 621.000.",
            actors=["Proximus"], dates=["2021-Q2"], published="2021-07-30"),
    Passage("https://www.lesoir.be/357514/article/2021-02-26/update-pic-impact-du-covid-de-49-millions-deuros-"
            "pour-proximus-qui-va-continuer",
            "L'opérateur a d'ailleurs accéléré l'an dernier le déploiement de la fibre, pour atteindre 460.000 "
            "foyers et entreprises raccordées fin 2020. Plus largement, ses investissements ont franchi la barre "
            "du milliard d'euros l'an dernier, hors spectre et droits de diffusion du football.",
            money=[(1e9, "EUR")], dates=["2020", "2020", "2020"], published="2021-02-26"),
    Passage("https://www.lecho.be/entreprises/telecom/Proximus-donne-un-coup-de-boost-au-deploiement-de-la-"
            "fibre/10242221",
            "Pour ce deuxième trimestre de l’année, Proximus enregistre une baisse de son chiffre d’affaires de "
            "5,9% à 1.330 millions d’euros .",
            money=[(1.33e9, "EUR")], percent=[5.9], actors=["Proximus"], dates=[]),
    Passage("https://www.lagazettedescommunes.com/1018369/selon-lademe-limpact-energetique-des-data-centers-"
            "dans-les-territoires-est-tres-incertain",
            "L’Ademe a dressé un état des lieux des centres de données en France. Elle en a recensé 352 ayant "
            "consommé 8,16 TWh d’électricité en 2024, soit 1,8 % de la consommation totale comptabilisée par RTE "
            "cette année-là.",
            percent=[1.8], actors=["Ademe", "RTE"], dates=["2024"]),
    Passage("https://siecledigital.fr/2021/06/15/qwant-le-moteur-de-recherche-francais-souhaite-emprunter-8-"
            "millions-deuros-a-huawei/",
            "En effet, le média Politico vient d’annoncer que le PDG de Qwant, Jean-Claude Ghinozzi, aurait "
            "demandé aux actionnaires d’accepter un financement de 8 millions d’euros auprès de la firme chinoise "
            "le mois dernier.",
            money=[(8e6, "EUR")], actors=["Politico", "Qwant", "Jean-Claude Ghinozzi"], dates=["2021-05"],
            published="2021-06-15"),
    Passage("https://siecledigital.fr/2021/06/15/qwant-le-moteur-de-recherche-francais-souhaite-emprunter-8-"
            "millions-deuros-a-huawei/",
            "Selon des documents récemment consultés par Politico, Qwant aurait demandé le 18 mai un financement "
            "à hauteur de 8 millions d’euros via des obligations convertibles à Hubble, la branche de "
            "capital-risque de Huawei.",
            money=[(8e6, "EUR")], actors=["Politico", "Qwant", "Hubble", "Huawei"], dates=["2021-05-18"],
            published="2021-06-15"),
    Passage("https://www.dhnet.be/dernieres-depeches/2023/07/07/linstitut-imec-a-louvain-essentiel-pour-les-"
            "ambitions-de-lue-sur-les-semi-conducteurs-ADC4ETQWYJGVVFGSMJPPWACOME/",
            "Avec l'investissement de 750 millions d'euros, la Flandre complètera un financement de l'Union "
            "européenne. L'investissement total pourrait atteindre 1,5 milliard d'euros.",
            money=[(7.5e8, "EUR"), (1.5e9, "EUR")], actors=["Union européenne"], dates=[], published="2023-07-07"),
    Passage("https://www.usinenouvelle.com/article/l-imec-investit-1-5-milliard-d-euros-dans-le-developpement-"
            "de-puces-subnanometriques.N2153117",
            "C’est-ce que Jo Brouns, le ministre flamand de l’Innovation, a annoncé lors de la visite d’Ursula "
            "von der Leyen, présidente de la Commission européenne, le 7 juillet 2023, dans ce joyau européen de "
            "la recherche et de l’innovation dans les semi-conducteurs.",
            actors=["Jo Brouns", "Ursula von der Leyen", "Commission européenne"], dates=["2023-07-07"],
            published="2023-07"),
    Passage("https://www.lalibre.be/economie/entreprises-startup/les-puces-du-futur-une-affaire-belgo-flamande-"
            "60a649b77b50a61dfed5fc56",
            "Créé au départ de la KU Leuven en 1984, il compte aujourd’hui 4 555 chercheurs actifs à Louvain, "
            "Gand et Anvers, mais aussi à l’étranger, et réalise un chiffre d’affaires supérieur à 600 millions "
            "d’euros. Chaque année, le gouvernement flamand y investit plus de 100 millions.",
            money=[(6e8, "EUR"), (1e8, "EUR")], actors=["KU Leuven"], dates=["1984"], published="2021-05"),
    Passage("https://www.directioninformatique.com/le-crtc-accepte-de-laisser-rogers-acheter-les-services-de-"
            "diffusion-de-shaw/96221",
            "L’approbation ne s’applique qu’à la partie diffusion de la fusion de 26 milliards de dollars "
            "canadiens entre les deux entreprises.",
            money=[(2.6e10, "CAD")], dates=[], published="2022-03-29"),
    # published: the page gives 22/11/2021, a Monday
    Passage("https://cumulus.lesaffaires.com/secteurs-d-activite/medias-et-telecommunications/debut-des-"
            "audiences-du-crtc-sur-le-projet-de-rogers-d-acquerir-shaw/629081",
            "Les audiences du régulateur fédéral des télécommunications doivent débuter lundi sur le projet "
            "d’acquisition de 26 milliards $ de Shaw Communications par Rogers Communications.",
            money=[(2.6e10, "CAD")], actors=["Shaw Communications", "Rogers Communications"], dates=["2021-11-22"],
            published="2021-11-22"),
    # no publication date found, so "vendredi 17 novembre" (no year written) is left out
    Passage("https://strategies.fr/actualites/culture-tech/LQ2588859C/xavier-niel-et-rodolphe-saade-presentent-"
            "kyutai-leur-labo-dia.html",
            "Xavier Niel (Iliad) et Rodolphe Saadé (CMA CGM) ont annoncé vendredi 17 novembre la création à Paris "
            "d'un laboratoire doté de 300 millions d'euros, lors d'une conférence sur l'IA soutenue par Emmanuel "
            "Macron.",
            money=[(3e8, "EUR")], actors=["Xavier Niel", "Iliad", "Rodolphe Saadé", "CMA CGM", "Emmanuel Macron"],
            dates=[]),
    Passage("https://www.numerama.com/tech/1564996-pourquoi-xavier-niel-lance-kyutai-si-on-ne-fait-rien-il-ne-"
            "se-passera-rien.html",
            "Financé à hauteur de 250-300 millions d’euros (100 millions de Xavier Niel, 100 millions de Rodolphe "
            "Saadé et le reste par la fondation d’Eric Schmidt), Kyutai est une fondation qui se veut plus grande "
            "qu’OpenAI à ses débuts, avec pour objectif de réussir tout aussi bien.",
            money=[(2.5e8, "EUR"), (1e8, "EUR"), (1e8, "EUR")],
            actors=["Xavier Niel", "Rodolphe Saadé", "Eric Schmidt", "Kyutai", "OpenAI"], dates=[]),
    Passage("https://www.blick.ch/fr/suisse/cyberattaques-les-infrastructures-suisses-dans-le-viseur-"
            "id21258549.html",
            "Le secteur financier est le plus touché avec 19,7% des cas, devant l’informatique (9%) et l’énergie "
            "(7,8%).",
            percent=[19.7, 9, 7.8], dates=[], published="2025-09-24"),
    Passage("http://handelszeitung.ch/insurance/la-suisse-reste-vulnerable-face-aux-cyberattaques-710139",
            "Signe de l'importance accrue de la thématique, l'ancien Centre national pour la cybersécurité, "
            "jusque-là rattaché au Département fédéral des finances, a été transformé au 1er janvier 2024 en "
            "Office fédéral de la cybersécurité (OFCS), rattaché au Département fédéral de la défense.",
            actors=["Centre national pour la cybersécurité", "Département fédéral des finances",
                    "Office fédéral de la cybersécurité", "OFCS", "Département fédéral de la défense"],
            dates=["2024-01-01"]),
]

# Annotated blind, by reading only: no extraction was run on these passages before or while they were
# annotated. `published` is the date the page gives (None: none found).
HELD_OUT_4 = [
    Passage("https://www.rtl.fr/actu/sciences-tech/ce-que-stmicroelectronics-va-faire-en-3-4-ans-a-crolles-on-a-"
            "mis-30-ans-a-le-faire-estime-son-pdg-sur-rtl-7900171508",
            "Le Franco-italien STMicroelectronics et l'Américain GlobalFoundries ont annoncé, lundi 11 juillet, la "
            "construction d'une usine de semi-conducteurs pour 5,7 milliards d'euros à Crolles, près de Grenoble.",
            money=[(5.7e9, "EUR")], actors=["STMicroelectronics", "GlobalFoundries"], dates=[]),
    Passage("https://www.rtl.fr/actu/sciences-tech/ce-que-stmicroelectronics-va-faire-en-3-4-ans-a-crolles-on-a-"
            "mis-30-ans-a-le-faire-estime-son-pdg-sur-rtl-7900171508",
            "\"C'est une fierté et une ambition, celle d'atteindre un revenu de plus de 20 milliards d'euros en "
            "2025\", rappelle sur RTL Jean-Marc Chéry, le président et directeur général de ST Microelectronics, "
            "un des leaders du secteur à l'international.",
            money=[(2e10, "EUR")], actors=["RTL", "Jean-Marc Chéry", "ST Microelectronics"], dates=["2025"]),
    Passage("https://region-aura.latribune.fr/strategie/industrie/2022-07-11/microelectronique-stmicroelectronics-"
            "et-globalfoundries-annoncent-l-ouverture-d-une-unite-de-production-conjointe-en-isere-925210.html",
            "Cette nouvelle unité devrait atteindre sa pleine capacité d'ici 2026 pour produire jusqu'à 620 000 "
            "plaques 300 mm par an (~42 % pour ST et ~58 % pour GF)",
            percent=[42, 58], actors=["ST", "GF"], dates=["2026"], published="2022-07-11"),
    Passage("https://region-aura.latribune.fr/strategie/industrie/2022-07-11/microelectronique-stmicroelectronics-"
            "et-globalfoundries-annoncent-l-ouverture-d-une-unite-de-production-conjointe-en-isere-925210.html",
            "Un projet qui représente 5,7 milliards d'euros d'investissements, selon l'Elysée.",
            money=[(5.7e9, "EUR")], actors=["Elysée"], dates=[], published="2022-07-11"),
    Passage("https://www.brefeco.com/actualite/immobilier-dentreprise/stmicroelectronics-et-globalfoundries-vont-"
            "construire-une-nouvelle",
            "Le premier construira une usine États-Unis (Texas) pour un investissement de 17 milliards de dollars. "
            "Le second a officialisé un investissement de 33 milliards d’euros en Europe dont 17 milliards d'euros "
            "dans un méga site de fabrication de semi-conducteurs en Allemagne.",
            money=[(1.7e10, "USD"), (3.3e10, "EUR"), (1.7e10, "EUR")], dates=[]),
    Passage("https://www.brefeco.com/actualite/immobilier-dentreprise/stmicroelectronics-et-globalfoundries-vont-"
            "construire-une-nouvelle",
            "Le projet bénéficiera d'un « soutien financier important de l'État français », selon les déclarations "
            "de Jean-Marc Chery, Président de STMicroelectronics. Ce programme industriel nécessitera un "
            "investissement de l’ordre de 5,7 milliards d'euros.",
            money=[(5.7e9, "EUR")], actors=["Jean-Marc Chery", "STMicroelectronics"], dates=[]),
    Passage("https://www.clubic.com/semi-conducteur/actualite-438189-megafab-milliards-d-euros-investis-mais-ou-va-"
            "la-france-sur-le-terrain-des-semi-conducteurs.html",
            "En association avec GlobalFoundries, le plus grand fondeur américain de puces, STMicroelectronics va "
            "installer une mégafab à Crolles, en Isère, qui devrait entrer en production dès 2023.",
            actors=["GlobalFoundries", "STMicroelectronics"], dates=["2023"]),
    Passage("https://cbnews.fr/digital/image-france-veritable-terrain-investissements-centres-donnees-86483",
            "Quatre milliards d'euros par Microsoft, 1,2 par Amazon annoncés en mai... La France cumule les "
            "investissements dans des centres de données, au cœur de l'économie numérique, sans être confrontée "
            "jusqu'à présent à l'opposition rencontrée ailleurs.",
            money=[(4e9, "EUR"), (1.2e9, "EUR")], actors=["Microsoft", "Amazon"], dates=[]),
    Passage("https://cbnews.fr/digital/image-france-veritable-terrain-investissements-centres-donnees-86483",
            "Dans la capitale, l'industrie des centres de données pèse 1,2 milliard d'euros, selon le cabinet "
            "spécialisé Structure Research.",
            money=[(1.2e9, "EUR")], actors=["Structure Research"], dates=[]),
    Passage("https://cbnews.fr/digital/image-france-veritable-terrain-investissements-centres-donnees-86483",
            "En 2030, la capacité des centres de données français devrait toutefois être multipliée par deux, avec "
            "au moins 30 à 40% d'entre eux dédiés spécifiquement à l'intelligence artificielle, d'après un récent "
            "rapport de France Datacenter, association professionnelle du secteur.",
            percent=[30], actors=["France Datacenter"], dates=["2030"]),
    Passage("https://onemedia.fr/high-tech/la-france-pourrait-tripler-sa-puissance-en-data-centers-dici-2033",
            "Selon une étude du cabinet EY, la puissance installée en France pourrait passer de 600 mégawatts "
            "actuellement à 1,8 gigawatt d’ici 2033. Lors d’un sommet sur l’intelligence artificielle tenu au Grand "
            "Palais à Paris en février, des investissements dépassant les 100 milliards d’euros ont été annoncés.",
            money=[(1e11, "EUR")], actors=["EY"], dates=["2033"]),
    Passage("https://www.noovo.info/nouvelle/pres-de-100-millions-pour-des-projets-dia-dans-des-entreprises-du-"
            "quebec.html",
            "Ceux-ci totaliseront des investissements de 98,6 millions $. Environ le tiers de ces sommes proviennent "
            "de fonds du gouvernement fédéral, tandis que le reste est injecté par les entreprises elles-mêmes.",
            money=[(9.86e7, "CAD")], dates=[]),
    Passage("https://www.noovo.info/nouvelle/pres-de-100-millions-pour-des-projets-dia-dans-des-entreprises-du-"
            "quebec.html",
            "Le ministre fédéral de l’Intelligence artificielle et de l’Innovation numérique, Evan Solomon, fait une "
            "annonce lors d'une visite à Scale AI, à Montréal, le jeudi 10 juillet 2025.",
            actors=["Evan Solomon", "Scale AI"], dates=["2025-07-10"]),
    Passage("https://www.journaldemontreal.com/2020/12/07/quebec-injecte-25m-en-intelligence-artificielle",
            "Le gouvernement Legault injecte plus de 25 M$ pour la réalisation projets d’entreprises québécoises dans "
            "le domaine de l’intelligence artificielle (IA), qui représenteront des investissements totaux de près "
            "de 65M$ à la grandeur du Québec.",
            money=[(2.5e7, "CAD"), (6.5e7, "CAD")], dates=[], published="2020-12-07"),
    # published 2020-12-07 is a Monday, so "lundi" is that day
    Passage("https://www.journaldemontreal.com/2020/12/07/quebec-injecte-25m-en-intelligence-artificielle",
            "a insisté le ministre de l’Économie Pierre Fitzgibbon lundi lors de l’évènement Forum – de l’IA à "
            "l’entreprise organisé par Québec et avec la collaboration de l’organisme Forum IA Québec.",
            actors=["Pierre Fitzgibbon", "Forum IA Québec"], dates=["2020-12-07"], published="2020-12-07"),
    Passage("https://www.letemps.ch/economie/cyber/swiss-cloud-une-strategie-illisible-110-millions-francs",
            "Berne a fixé au 3 février le délai pour un appel d’offres d’une valeur de 110 millions de francs pour "
            "son «Swiss cloud». Mais les contours et le but de cet appel d’offres ne sont pas compréhensibles par "
            "des observateurs externes.",
            money=[(1.1e8, "CHF")], dates=[]),
    Passage("https://www.letemps.ch/economie/cyber/swiss-cloud-une-strategie-illisible-110-millions-francs",
            "Et, problème supplémentaire, la société genevoise Infomaniak, active dans le cloud, soupçonne la "
            "Confédération de favoriser Microsoft pour ce contrat.",
            actors=["Infomaniak", "Microsoft"], dates=[]),
    Passage("https://www.letemps.ch/economie/confederation-sort-silence-tire-prise-cloud-suisse",
            "Dans une rare prise de position dans le cadre d’un contrat de 110 millions de francs attribué à des "
            "multinationales étrangères, le Conseil fédéral a défendu sa stratégie.",
            money=[(1.1e8, "CHF")], actors=["Conseil fédéral"], dates=[]),
    Passage("https://www.silicon.fr/microsoft-365-suisse-433154.html",
            "Brique centrale de la démarche, l’environnement de test Microsoft 365 est en place depuis décembre "
            "2020. En toile de fond, l’ouverture, à l’été 2019, de datacenters Microsoft dans les régions de Genève "
            "et de Zurich.",
            actors=["Microsoft"], dates=["2020-12", "2019-summer"]),
    Passage("https://silicon.fr/Thematique/actualites-1367/Breves/Budget-2023-la-part-belle-au-numerique--402155/"
            "amp.htm",
            "Combien pour France très haut débit ? L'État propose d'allouer à ce programme environ 438 M€ en crédits "
            "de paiement sur l'année 2023. Puis un peu plus de 800 M€ sur la période 2024-2025.",
            money=[(4.38e8, "EUR"), (8e8, "EUR")], dates=["2023", "2024"]),
    Passage("https://silicon.fr/Thematique/actualites-1367/Breves/Budget-2023-la-part-belle-au-numerique--402155/"
            "amp.htm",
            "Tout comme la French Tech, dont le dispositif « Tremplin » bénéficiera de 13 M€ de crédits en 2023, "
            "dans le cadre du programme « Développement des entreprises et régulations ». En parallèle, la "
            "trajectoire de subvention de Business France sera augmentée de 16 M€.",
            money=[(1.3e7, "EUR"), (1.6e7, "EUR")], actors=["Business France"], dates=["2023"]),
    Passage("https://information.tv5monde.com/info/5g-pas-de-surprise-parmi-les-candidats-aux-frequences-348643",
            "L'attribution se fera en deux phases, avec dans un premier temps l'attribution de blocs de 50 MégaHertz "
            "(MHz) par opérateur à un prix fixe de 350 millions d'euros par bloc puis un système d'enchères sur les "
            "110 MHz restant, par tranche de 10MHz et pour un montant minimal de 70 millions d'euros par tranche.",
            money=[(3.5e8, "EUR"), (7e7, "EUR")], dates=[], published="2020-02"),
    Passage("https://information.tv5monde.com/info/5g-pas-de-surprise-parmi-les-candidats-aux-frequences-348643",
            "Comme attendu, les quatre grands opérateurs français ont déposé un dossier de candidature pour "
            "l'attribution des fréquences 5G en France, a annoncé mercredi l'Autorité de régulation des télécoms "
            "(Arcep) dans un communiqué.",
            actors=["Autorité de régulation des télécoms", "Arcep"], dates=[], published="2020-02"),
    Passage("https://information.tv5monde.com/info/5g-l-appel-candidatures-aux-frequences-ouvert-en-france-339344",
            "Le 17 décembre, le gouvernement a accepté la proposition de l'Arcep d'un paiement étalé sur 15 ans, et "
            "non 4 ans comme prévu initialement, pour les fréquences obtenues par les opérateurs",
            actors=["Arcep"], dates=["2019-12-17"], published="2019-12"),
    Passage("https://www.generation-nt.com/arcep-enchere-5g-septembre-actualite-1977065.html",
            "Les nouvelles obligations intègrent notamment de disposer d'une couverture 4G+ pour 75% des sites. "
            "L'Arcep vérifiera par ailleurs que les consommateurs soient correctement informés sur les offres 5G.",
            percent=[75], actors=["Arcep"], dates=[], published="2020-06"),
    Passage("https://www.generation-nt.com/arcep-enchere-5g-septembre-actualite-1977065.html",
            "Si Orange et Free ont indiqué vouloir aller vite, Bouygues Telecom et SFR ont cherché à temporiser et à "
            "repousser l'enchère à l'année prochaine.",
            actors=["Orange", "Free", "Bouygues Telecom", "SFR"], dates=["2021"], published="2020-06"),
    Passage("https://kulturegeek.fr/news-198737/5g-france-encheres-auront-lieu-entre-20-30-septembre",
            "Les enchères devaient initialement avoir lieu le 21 avril dernier, mais elles ont été reportées à cause "
            "de la crise sanitaire. Sébastien Soriano, le président de l’Arcep, avait ensuite fait savoir que les "
            "enchères devraient avoir lieu en juillet ou en septembre.",
            actors=["Sébastien Soriano", "Arcep"], dates=["2020-04-21", "2020-07", "2020-09"], published="2020-06"),
    Passage("https://electronlibre.info/2023/12/07/mistral-ai-bientot-valorise-a-2-milliards-de-dollars",
            "La start-up lancée avec l’aide de BPI France et de l’ancien secrétaire au numérique Cédric O, serait "
            "sur le point selon Bloomberg de lever plus de 450 millions d’euros pour une valorisation approchant "
            "les 2 milliards de dollars.",
            money=[(4.5e8, "EUR"), (2e9, "USD")], actors=["BPI France", "Cédric O", "Bloomberg"], dates=[],
            published="2023-12-07"),
    Passage("https://electronlibre.info/2023/12/07/mistral-ai-bientot-valorise-a-2-milliards-de-dollars",
            "Mistral a déjà réalisé une première levée de pour 113 millions de dollars il y a moins d’un an.",
            money=[(1.13e8, "USD")], actors=["Mistral"], dates=[], published="2023-12-07"),
    Passage("https://siecledigital.fr/2023/12/05/mistral-ai-start-up-francaise-specialisee-dans-lia-va-devenir-"
            "une-licorne/",
            "Selon les informations de Bloomberg, il s’agirait là d’un accord comprenant plus de 325 millions "
            "d’euros de capitaux propres provenant d’investisseurs et de géants du numérique, avec en tête, le fonds "
            "d’investissement Andreessen Horowitz.",
            money=[(3.25e8, "EUR")], actors=["Bloomberg", "Andreessen Horowitz"], dates=[], published="2023-12-05"),
    Passage("https://siecledigital.fr/2023/12/05/mistral-ai-start-up-francaise-specialisee-dans-lia-va-devenir-"
            "une-licorne/",
            "Depuis près d’un an et la dernière levée de fonds de Younited Crédit, aucune start-up française n’avait "
            "réussi à dépasser la valorisation symbolique d’un milliard d’euros.",
            money=[(1e9, "EUR")], actors=["Younited Crédit"], dates=[], published="2023-12-05"),
    Passage("https://intelligence-artificielle.developpez.com/actu/351700/La-start-up-francaise-d-IA-Mistral-"
            "obtient-une-valorisation-de-2-milliards-d-euros-le-groupe-s-apprete-a-cloturer-un-tour-de-table-d-"
            "environ-400-millions-d-euros/",
            "lorsque le groupe, créé il y a quelques semaines, avait levé 105 millions d'euros pour une valorisation "
            "de 240 millions d'euros, dans le cadre d'une opération menée par Lightspeed Venture Partners.",
            money=[(1.05e8, "EUR"), (2.4e8, "EUR")], actors=["Lightspeed Venture Partners"], dates=[]),
    Passage("https://www.maddyness.com/2025/11/14/comment-la-defense-tech-a-emerge-en-dix-ans-en-europe",
            "Parmi ceux qui ont publiquement formulé cette interrogation se trouvait Jean-François Pillou, ingénieur "
            "et fondateur de CommentÇaMarche. Le 15 novembre 2015, dans un message public, il écrivait : « Et si "
            "nous disruptions la lutte contre le terrorisme avec la technologie ? »",
            actors=["Jean-François Pillou", "CommentÇaMarche"], dates=["2015-11-15"], published="2025-11-14"),
    Passage("https://www.qub.ca/article/ia-le-quebec-doit-agir-vite-pour-rattraper-son-retard-125394416",
            "En comparaison, le gouvernement de Justin Trudeau a annoncé l’an dernier des mesures totalisant 2,4 G$ "
            "dans le secteur.",
            money=[(2.4e9, "CAD")], actors=["Justin Trudeau"], dates=[]),
    Passage("https://www.cio.com/article/401284/comment-le-quebec-est-devenu-une-puissance-mondiale-en-ia.html",
            "En décembre 2021, la supergrappe canadienne Scale AI annonçait que trois de ses quatre nouvelles "
            "chaires de recherche en intelligence artificielle s’installeraient à Montréal",
            actors=["Scale AI"], dates=["2021-12"]),
    # published 2022-11-30, so "l'année prochaine" is 2023
    Passage("https://www.lavenir.net/actu/belgique/2022/11/30/le-premier-ministre-de-croo-en-visite-au-centre-pour-"
            "la-cybersecurite-AIM6JTAOJBAL5N26MZGXW46ORU/",
            "Au cours de la législature actuelle, le budget du CCB a donc été doublé. Le centre a été créé en 2015, "
            "alors avec deux personnes, et emploie désormais 100 personnes. Au début de l’année prochaine, il y en "
            "aura jusqu’à 120.",
            actors=["CCB"], dates=["2015", "2023"], published="2022-11-30"),
    Passage("https://www.rtbf.be/article/federal-alexander-de-croo-a-visite-le-centre-belge-pour-la-cybersecurite-"
            "11114912",
            "Au cours du troisième trimestre de cette année, nous avons écrit à plus de 5.000 entreprises et nous "
            "nous sommes adressés à elles en raison de la vulnérabilité de l'un de leurs systèmes. Et nous voulons "
            "augmenter ce chiffre dans l'année à venir\", déclare Miguel De Bruycker, directeur.",
            actors=["Miguel De Bruycker"], dates=["2022-Q3"], published="2022-11"),
    Passage("https://m.rtl.be/info/1352958",
            "Le secrétaire d'État a aussi rappelé que l'ESA (agence spatiale européenne) a récemment réinvesti sur "
            "son site de Redu (province de Luxembourg) pour faire de l'European space Security and Education Centre "
            "(ESEC) un hub européen de la cybersécurité.",
            actors=["ESA", "agence spatiale européenne", "European space Security and Education Centre", "ESEC"],
            dates=[], published="2022-01"),
    Passage("https://bx1.be/evere/la-belgique-espere-accueillir-le-futur-centre-europeen-de-cybersecurite/",
            "L’European Cybersecurity Competence Center (ECCC) disposera d’un budget de 2,8 milliards d’euros pour "
            "son installation et de 2 milliards d’euros pour son développement, issus des fonds de Horizon Europe "
            "et de Digital Europe pour 2021-2028, indique le communiqué.",
            money=[(2.8e9, "EUR"), (2e9, "EUR")], actors=["European Cybersecurity Competence Center", "ECCC"],
            dates=["2021"]),
    Passage("https://bx1.be/evere/la-belgique-espere-accueillir-le-futur-centre-europeen-de-cybersecurite/",
            "expliquent le cabinet du ministre-président, Rudi Vervoort (PS) et du secrétaire d’Etat de "
            "l’Urbanisme, Pascal Smet (SPA) dans un communiqué.",
            actors=["Rudi Vervoort", "PS", "Pascal Smet", "SPA"], dates=[]),
    Passage("https://www.usinenouvelle.com/article/pourquoi-les-cyberattaques-contre-les-hopitaux-ne-vont-pas-s-"
            "arreter.N1061559",
            "Le centre hospitalier de Villefranche-sur-Saône (Rhône) a été victime d’une attaque par ransomware "
            "lundi 15 février.",
            actors=["centre hospitalier de Villefranche-sur-Saône"], dates=["2021-02-15"], published="2021-02"),
    Passage("https://www.silicon.fr/cloud-en-france-les-3-hyperscalers-poursuivent-leur-croissance-470283.html",
            "Ainsi, AWS conserve 45% d’un marché français qui est passé, entre 2020 et 2022, de 1,4 milliards € à "
            "2,5 milliards €. En deuxième position, l’offre Azure de Microsoft s’arroge 18% quand celle de Google "
            "Cloud se fixe à 8 %.",
            money=[(1.4e9, "EUR"), (2.5e9, "EUR")], percent=[45, 18, 8],
            actors=["AWS", "Azure", "Microsoft", "Google Cloud"], dates=["2020"], published="2023-07"),
    Passage("https://www.rtbf.be/tendance/techno/detail_le-cloud-un-marche-en-pleine-croissance-domine-par-les-"
            "americains?id=10281473",
            "Selon le cabinet d'études Gartner, le marché mondial du cloud public devrait croître de 17,5% en 2019, "
            "pour atteindre 214,3 milliards d'euros.",
            money=[(2.143e11, "EUR")], percent=[17.5], actors=["Gartner"], dates=["2019"], published="2019-07"),
    Passage("https://www.latribune.fr/technos-medias/innovation-et-start-up/french-tech-chute-brutale-des-levees-de-"
            "fonds-au-premier-trimestre-2023-958674.html",
            "Au premier trimestre 2023, les levées de fonds en France ont chuté de 68% sur un an, à 1,4 milliard "
            "d'euros entre janvier et mars, d'après une étude de Newfund.",
            money=[(1.4e9, "EUR")], percent=[68], actors=["Newfund"], dates=["2023-Q1", "2023-01"],
            published="2023-04"),
    Passage("https://www.decideurs-magazine.com/finance/57332-levees-de-fonds-l-economie-francaise-resiliente-"
            "malgre-une-annee-difficile.html?tmpl=component&print=1&layout=default&page=",
            "Au rayon des satisfactions, le nombre d’opérations a augmenté de 14% par rapport à l’année précédente "
            "pour atteindre 6738. Pourtant, les montants levés ont diminué de 28% passant de 14 milliards d’euros "
            "à 9 milliards, quand la valeur du ticket moyen baissait de 31% pour se situer à 10 millions d’euros.",
            money=[(1.4e10, "EUR"), (9e9, "EUR"), (1e7, "EUR")], percent=[14, 28, 31], dates=[]),
]

# Annotated blind, by reading only: no extraction was run on these passages before or while they were
# annotated. `published` is the date the page gives (None: none found).
HELD_OUT_5 = [
    Passage("https://www.linfo.re/magazine/high-tech/france/societe/l-anssi-tire-la-sonnette-d-alarme-au-"
            "sujet-de-l-espionnage-des-telephones-mobiles",
            "Le nombre total d’attaques par rançongiciel a connu une hausse de 30% par rapport à celui constaté en "
            "2022, selon les chiffres rapportés par l’agence française de sécurité informatique (Anssi).",
            percent=[30], actors=["agence française de sécurité informatique", "Anssi"], dates=["2022"]),
    # published 2022-08, so "fin mars" is March 2022
    Passage("https://www.lemagit.fr/actualites/252524435/Cybersecurite-la-sante-vraiment-cancre",
            "Fin mars, l’hôpital de Castelluccio, en Corse, tombait dans les griffes de Vice Society. Et l’année "
            "s’était ouverte sur une cyberattaque contre le pôle santé Léonard de Vinci, en Touraine.",
            actors=["hôpital de Castelluccio", "Vice Society", "pôle santé Léonard de Vinci"], dates=["2022-03"],
            published="2022-08"),
    # published: the address carries 2021/02/25; "l'année précédente" is the year before 2020
    Passage("https://www.crossplay.fr/2021/02/25/deux-hopitaux-victimes-dun-ransomware/",
            "L’Agence Nationale pour la Sécurité des Systèmes d’Information (ANSSI) note que ce type d’attaques a "
            "augmenté de 255% en 2020 par rapport à l’année précédente.",
            percent=[255], actors=["Agence Nationale pour la Sécurité des Systèmes d’Information", "ANSSI"],
            dates=["2020", "2019"], published="2021-02-25"),
    # published 2021-02-25, so "lundi 15 février" is 15 February 2021, a Monday
    Passage("https://www.crossplay.fr/2021/02/25/deux-hopitaux-victimes-dun-ransomware/",
            "Lundi 15 février à 04:30 dans la nuit, l’hôpital de Villefranche-sur-Saône a essuyé une cyberattaque "
            "qui a mis en déroute le système téléphonique avant de tenter de se propager aux autres machines du "
            "réseau.",
            actors=["hôpital de Villefranche-sur-Saône"], dates=["2021-02-15"], published="2021-02-25"),
    Passage("https://www.francetvinfo.fr/sante/hopital/ils-s-equipent-et-s-outillent-mieux-250-cyberattaques-"
            "recensees-l-an-dernier-dans-les-hopitaux-un-chiffre-stable_6557840.html",
            "Sur les 581 incidents informatiques recensés l'an dernier par l'Agence du Numérique en Santé dans les "
            "hôpitaux et établissements médico-sociaux, la moitié environ concerne des cyberattaques, c'est à dire "
            "des attaques visant leur système informatique.",
            actors=["Agence du Numérique en Santé"], dates=["2023"], published="2024-05"),
    Passage("https://siecledigital.fr/2023/04/06/chips-act-europe-bientot-acte/",
            "Cette législation, à hauteur de 43 milliards d’euros, a été pensée en tant que réponse directe au Chips "
            "Act américain, qui prévoit d’importantes subventions pour les entreprises souhaitant produire des "
            "semi-conducteurs depuis les États-Unis.",
            money=[(4.3e10, "EUR")], dates=[], published="2023-04-06"),
    Passage("https://siecledigital.fr/2023/04/06/chips-act-europe-bientot-acte/",
            "Le feu vert pour la mise en œuvre du Chips Act européen devrait être donné dès ce 18 avril, d’après "
            "l’agence de presse Reuters qui s’est entretenue avec des personnes proches du dossier.",
            actors=["Reuters"], dates=["2023-04-18"], published="2023-04-06"),
    Passage("https://www.usinenouvelle.com/article/l-ue-donne-son-feu-vert-au-chips-act-le-reglement-"
            "europeen-sur-les-puces.N2122441",
            "Le Chips Act a été proposé en février 2022 par la Commission européenne avec l’ambition de porter le "
            "poids de l’UE dans la production mondiale de semi-conducteurs à 20 % en dix ans, contre moins de 10 % "
            "aujourd’hui.",
            percent=[20, 10], actors=["Commission européenne", "UE"], dates=["2022-02"], published="2023-04"),
    Passage("https://www.servicesmobiles.fr/les-pays-de-lue-approuvent-le-chips-act-88597",
            "Sur les 43 milliards d’euros prévus pour être libérés par la législation et le programme associé, 3,3 "
            "milliards devraient provenir directement du budget de l’UE.",
            money=[(4.3e10, "EUR"), (3.3e9, "EUR")], actors=["UE"], dates=[]),
    # published 2023-09, so "jeudi 21 septembre" is 21 September 2023, a Thursday
    Passage("https://www.usine-digitale.fr/article/semi-conducteurs-le-chips-act-europeen-entre-en-"
            "vigueur.N2173757",
            "L'European Chips Act entre en vigueur ce jeudi 21 septembre, près d'un an et demi après sa présentation "
            "par la Commission européenne. Grâce à ce nouveau texte, l'Union européenne espère atteindre 20% des "
            "parts de marché de l'industrie des puces en 2030",
            percent=[20], actors=["Commission européenne", "Union européenne"], dates=["2023-09-21", "2030"],
            published="2023-09"),
    # no publication date found; "janvier dernier" is the January before the February 2023 the passage names
    Passage("https://www.journaldunet.com/web-tech/start-up/1521241-les-start-up-francaises-levent-492-"
            "millions-d-euros-en-fevrier/",
            "Ce mois de février 2023, les start-up de la French tech annoncent avoir récolté exactement 491, 85 "
            "millions d'euros auprès des investisseurs, d'après nos informations. Soit 28% de moins qu'en janvier "
            "dernier et 34% de moins qu'en février 2022.",
            money=[(4.9185e8, "EUR")], percent=[28, 34], dates=["2023-02", "2023-01", "2022-02"]),
    # no publication date found; "juin dernier" is the June before the June 2023 the passage names
    Passage("https://www.journaldunet.com/web-tech/start-up/1524465-les-start-up-francaises-ont-leve-475-"
            "millions-d-euros-en-juin/",
            "D'après nos estimations, les start-up françaises ont bouclé 68 tours de table et récolté 474,88 "
            "millions d'euros en juin 2023. A titre de comparaison, elles avaient récolté 2,315 milliards d'euros en "
            "juin dernier, atteignant 8,4 milliards d'euros sur le premier semestre 2022.",
            money=[(4.7488e8, "EUR"), (2.315e9, "EUR"), (8.4e9, "EUR")], dates=["2023-06", "2022-06", "2022-H1"]),
    Passage("https://www.maddyness.com/2020/09/18/62-millions-maddymoney-18-septembre/",
            "Yooji a, quant à elle, levé 7,5 millions d’euros. Un montant qui lui permet de se classer en seconde "
            "position. La Foodtech a pu compter sur Danone Manifesto Ventures, Capagro, Caravelle, Pymwymic et DS "
            "Participation pour boucler ce nouveau tour de table.",
            money=[(7.5e6, "EUR")],
            actors=["Yooji", "Danone Manifesto Ventures", "Capagro", "Caravelle", "Pymwymic", "DS Participation"],
            dates=[], published="2020-09-18"),
    Passage("https://maddyness.com/2020/06/19/maddymoney-linkfluence-quarkslab-19-juin-2020",
            "Avec un tour de table à 9 millions de dollars (8 millions d'euros), Linkfluence conclut donc "
            "logiquement la levée la plus importante de la semaine. Ring Capital, Tikehau Capital, Sigma, Kreaxi, "
            "360 Capital Partners et BNP Paribas Développement ont tous participé à l'opération.",
            money=[(9e6, "USD"), (8e6, "EUR")],
            actors=["Linkfluence", "Ring Capital", "Tikehau Capital", "Sigma", "Kreaxi", "360 Capital Partners",
                    "BNP Paribas Développement"],
            dates=[], published="2020-06-19"),
    Passage("https://entreprendre.fr/35-millions-deuros-leves-par-les-startups-francaises-la-semaine-derniere",
            "La semaine record en termes de levées de fonds, reste le milieu du mois de mars 2022, avec 723 millions "
            "d’euros, dont, il est vrai, 500 M€ rien que pour Doctolib.",
            money=[(7.23e8, "EUR"), (5e8, "EUR")], actors=["Doctolib"], dates=["2022-03"]),
    Passage("https://www.nextinpact.com/lebrief/48620/resultats-orange",
            "Le chiffre d’affaires du groupe (au niveau mondial) est en très légère baisse de 0,4 % à 10,508 "
            "milliards d’euros. « Ce léger recul s'explique essentiellement par les moindres cofinancements du "
            "réseau Fibre reçus en France », affirme l’opérateur.",
            money=[(1.0508e10, "EUR")], percent=[0.4], dates=[], published="2021-10"),
    Passage("https://www.generation-nt.com/fibre-optique-orange-ftth-record-resultats-mobile-actualite-"
            "1985479.html",
            "Le dernier trimestre 2020 a été record sur la fibre optique pour Orange en France avec 388 000 ventes "
            "nettes. L'opérateur télécoms porte ainsi son nombre total d'abonnés FTTH (fibre optique de bout en "
            "bout) à 4,5 millions avec une progression de 35,3 % sur un an.",
            percent=[35.3], actors=["Orange"], dates=["2020-Q4"], published="2021-02"),
    # "la période" and "le trimestre précédent" are not named in the passage, so left out
    Passage("https://www.universfreebox.com/article/494449/orange-continue-de-recruter-a-tour-de-bras-dans-"
            "la-fibre-optique-et-fait-mieux-dans-le-mobile",
            "En France, le chiffre d’affaires du groupe pour la période s’établit à 4,546 milliards d’euros (contre "
            "4,404 milliards au trimestre précédent), avec 2,695 milliards pour les services aux clients, 1,434 "
            "milliard pour les services aux opérateurs et 254 millions pour les ventes d’équipements.",
            money=[(4.546e9, "EUR"), (4.404e9, "EUR"), (2.695e9, "EUR"), (1.434e9, "EUR"), (2.54e8, "EUR")],
            dates=[], published="2021-07"),
    Passage("https://journalmetro.com/actualites/national/3057523/le-quebec-sera-t-il-le-leader-mondial-en-"
            "intelligence-artificielle/",
            "Pour Julien Billot, PDG de Scale AI, une importante grappe d’entreprises du secteur basée à Montréal, "
            "il est clair que la ville et la province ont des atouts uniques qui les placent en tête dans la course "
            "mondiale en IA.",
            actors=["Julien Billot", "Scale AI"], dates=[], published="2023-05"),
    # published gives only the month, so "mercredi passé" is left out
    Passage("https://www.rts.ch/info/suisse/2024/article/accusations-de-laxisme-et-de-naivete-contre-la-"
            "gestion-informatique-de-la-confederation-28518101.html",
            "Dernier exemple en date: mercredi passé, le Conseil fédéral a demandé 250 millions de francs au "
            "Parlement pour développer une infrastructure cloud publique-privée, c'est-à-dire un stockage en partie "
            "sur des serveurs externes à la Confédération.",
            money=[(2.5e8, "CHF")], actors=["Conseil fédéral", "Parlement"], dates=[], published="2024-05"),
    Passage("https://www.letemps.ch/economie/face-multiplication-attaques-centre-national-cybersecurite-se-"
            "muera-office-federal",
            "Les cyberattaques qui ravagent la Suisse depuis des mois incitent les autorités à agir. Mercredi, le "
            "Conseil fédéral a décidé de changer le statut de l’actuel Centre national pour la cybersécurité (NCSC): "
            "il deviendra un office à lui seul",
            actors=["Conseil fédéral", "Centre national pour la cybersécurité", "NCSC"], dates=[]),
    # published: the address carries 2025/05/20, so "le 14 mai dernier" is 14 May 2025
    Passage("https://dcod.ch/2025/05/20/cybersecurite-en-suisse-bilan-2024-de-la-strategie-nationale/",
            "L’Office fédéral de la cybersécurité (OFCS) a présenté le 14 mai dernier au Conseil fédéral le premier "
            "rapport sur la mise en œuvre de la Cyberstratégie nationale (CSN).",
            actors=["Office fédéral de la cybersécurité", "OFCS", "Conseil fédéral"], dates=["2025-05-14"],
            published="2025-05-20"),
    Passage("https://www.lacote.ch/suisse/le-conseil-federal-contre-un-office-de-la-cybersecurite-671956",
            "Le conseiller national Franz Grüter (UDC/LU) a déposé une motion cosignée par 58 collègues de tous "
            "bords politiques.",
            actors=["Franz Grüter", "UDC"], dates=[]),
    Passage("https://m.zonebourse.com/cours/action/DIGI-COMMUNICATIONS-N-V-36805788/actualite/La-Belgique-"
            "recolte-1-42-milliard-d-euros-grace-a-la-vente-aux-encheres-de-licences-mobiles-5G-41041242/",
            "L'IBPT a conclu la deuxième et dernière phase de la vente aux enchères, celle de la bande de fréquences "
            "de 1.400 mégahertz, en récoltant 216,5 millions d'euros. Ce montant est largement supérieur au prix de "
            "réserve et s'ajoute aux 1,202 milliard d'euros précédemment récoltés.",
            money=[(2.165e8, "EUR"), (1.202e9, "EUR")], actors=["IBPT"], dates=[]),
    Passage("https://dcmag.fr/belgique-proximus-cherche-a-vendre-ses-datacenters/",
            "Reuters évoque aujourd’hui un mandat confié par Proximus à des banques d’affaires pour accompagner la "
            "cession des trois datacenters opérés par le groupe et des activités de cloud qui leurs sont associées, "
            "une opération qui serait valorisée 300 millions d’euros.",
            money=[(3e8, "EUR")], actors=["Reuters", "Proximus"], dates=[]),
    # no publication date found, so "en juin" (no year written) is left out
    Passage("https://trends.levif.be/economie/magazine/cinq-candidats/article-normal-1543025.html",
            "L’IBPT a annoncé que cinq candidats participeront aux enchères de la 5G en juin. A côté des Proximus, "
            "Orange, Telenet et Cegeka, il y a une surprise wallonne: NRB.",
            actors=["IBPT", "Proximus", "Orange", "Telenet", "Cegeka", "NRB"], dates=[]),
    Passage("https://www.lavenir.net/actu/belgique/2022/06/21/plus-dun-milliard-deuros-depenses-par-les-3-"
            "principaux-operateurs-pour-le-spectre-5g-ZAO22IKNQNHZ3KYU6L6R2WLG7U/",
            "Dans le détail, c’est Proximus, premier opérateur sur le marché belge, qui a le plus délié les cordons "
            "de la bourse: 491 millions d’euros à lui seul. L’entreprise semi-publique a obtenu 20% de spectre de "
            "plus que toutes les entreprises participantes",
            money=[(4.91e8, "EUR")], percent=[20], actors=["Proximus"], dates=[], published="2022-06-21"),
    # published 2025-03, so "en octobre" is October 2024
    Passage("https://datanews.levif.be/actualite/entreprises/rachats/proximus-conclut-la-vente-de-ses-"
            "centres-de-donnees-a-datacenter-united/",
            "Le groupe de télécommunications avait annoncé cette vente de 128 millions d’euros en octobre. "
            "L’acheteur est la société belge Datacenter United. Cette société est en partie détenue par "
            "l’investisseur en infrastructure anversois TINC et, après la transaction, par un autre investisseur en "
            "infrastructure, Cordiant.",
            money=[(1.28e8, "EUR")], actors=["Datacenter United", "TINC", "Cordiant"], dates=["2024-10"],
            published="2025-03"),
    Passage("https://www.latribune.fr/technos-medias/informatique/intelligence-artificielle-macron-presente-"
            "un-plan-d-investissement-de-900-millions-d-euros-966002.html",
            "A court terme, l'Etat va investir 50 millions d'euros pour quadrupler la capacité de calcul de Jean "
            "Zay, où il a déjà investi 40 millions d'euros.",
            money=[(5e7, "EUR"), (4e7, "EUR")], dates=[], published="2023-06"),
    Passage("https://www.nextinpact.com/lebrief/46652/gaia-x-212-nouveaux-membres-dont-pres-8-viennent-dasie-"
            "et-damerique-nord",
            "Il y a quelques jours, le conseil d’administration de l’initiative européenne a validé ces nouvelles "
            "entrées. 40 % sont des vendeurs de solutions techniques et Cloud, 36 % des associations et des "
            "institutions académiques et 25 % des start-ups.",
            percent=[40, 36, 25], dates=[]),
    Passage("https://datanews.levif.be/actualite/ces-212-entreprises-sont-membres-de-gaia-x/",
            "GAIA-X déclare que 92 pour cent de ses membres sont européens, mais ce n’est pas tout à fait vrai. 92 "
            "pour cent des demandes émanent bien d’un pays européen, y compris de filiales européennes d’acteurs "
            "américains.",
            percent=[92, 92], actors=["GAIA-X"], dates=[]),
    Passage("https://clubic.com/pro/it-business/cloud-computing/actualite-12727-gaia-x-le-futur-cloud-"
            "europeen-avance-et-se-constitue-en-association.html",
            "La plateforme, qui vise à établir un Cloud européen et souverain, confirme avoir signé, mardi, les "
            "statuts lui permettant de prendre sa forme juridique, avec ses 22 membres fondateurs, parmi lesquels "
            "OVHcloud, 3DS Outscale, Scaleway et l'IMT.",
            actors=["OVHcloud", "3DS Outscale", "Scaleway", "IMT"], dates=[]),
    Passage("https://www.lejournaldesentreprises.com/article/digital-realty-accompagne-le-developpement-de-"
            "marseille-comme-hub-mondial-de-lhebergement-des-2107121",
            "Durant cette période, Digital Realty, a en effet investi près de 400 millions d’euros pour installer "
            "ses data centers. L’entreprise détient ainsi désormais 99 % du marché local. Le prochain data center, "
            "baptisé MRS5, devrait voir le jour d’ici à 2026",
            money=[(4e8, "EUR")], percent=[99], actors=["Digital Realty"], dates=["2026"]),
    Passage("https://www.tf1info.fr/high-tech/video-tf1-codes-lecteurs-d-empreintes-badges-dans-les-"
            "coulisses-ultra-securises-d-un-data-center-2268514.html",
            "\"On ouvre à peu près une dizaine de data centers par an. (...) Aujourd’hui, on héberge 83% du CAC40, "
            "donc on a déjà une très belle base de clients\", affirme Régis Castagné, directeur général d’Equinix "
            "France.",
            percent=[83], actors=["Régis Castagné", "Equinix France"], dates=[], published="2023-09"),
    # published 2020-07, so "le 1er juillet" is 1 July 2020
    Passage("https://www.frenchweb.fr/marseille-un-data-center-inaugure-dans-une-ancienne-base-allemande-de-"
            "sous-marins/403169",
            "Baptisé MRS3 (troisième centre de données d’Interxion à Marseille), le data center de 16,5 mégawatts et "
            "de 7 000 m³ d’espaces informatiques, a été en partie mis en service le 1er juillet",
            actors=["Interxion"], dates=["2020-07-01"], published="2020-07"),
    Passage("https://www.directioninformatique.com/telus-investira-115-milliards-de-dollars-au-quebec-pour-"
            "soutenir-la-connectivite-reseau-la-durabilite-et-linnovation/100745",
            "Le géant de télécommunications TELUS annonce un investissement de 11,5 milliards de dollars dans son "
            "infrastructure réseau, ses activités d’exploitation et ses licences de spectre au Québec au cours des "
            "cinq prochaines années. L’annonce fait partie de l’engagement de la société à investir 81 milliards de "
            "dollars au Canada d’ici 2027.",
            money=[(1.15e10, "CAD"), (8.1e10, "CAD")], actors=["TELUS"], dates=["2027"], published="2023-05"),
    Passage("https://www.chamblyexpress.ca/actualites/affaires/463262/telus-investira-11-milliards-$-et-"
            "generera-7000-nouveaux-emplois-entre-2022-et-2026",
            "À ce jour, 99 % des entreprises et des foyers dans les régions de son territoire ont accès au réseau "
            "TELUS PureFibre. TELUS poursuit son investissement conjoint avec les gouvernements provincial et "
            "fédéral dans le but de raccorder tous les foyers au service Internet haute vitesse d’ici septembre 2022.",
            percent=[99], actors=["TELUS"], dates=["2022-09"], published="2022-05"),
]

# Annotated blind, by reading only: no extraction was run on these passages before or while they were
# annotated. `published` is the date the page gives (None: none found).
HELD_OUT_6 = [
    Passage("https://www.mind.eu.com/health/?p=57599",
            "Alors que les versions initiales de l’EUCS, prévoyaient un schéma aligné sur ce niveau de protection "
            "élevé, les versions ultérieures l’abandonnèrent, sous la pression du lobbying américain. Le Cnil s’en "
            "était d’ailleurs à l’époque, en juillet 2024, inquiétée.",
            actors=["Cnil"], dates=["2024-07"], published="2025-05-13"),
    Passage("https://iphonesoft.fr/2024/09/11/google-perd-bras-fer-ue-ecope-2-7-milliards-amende",
            "La Cour de Justice de l'Union Européenne (CJUE) a en effet confirmé l'amende record de 2,7 milliards "
            "d'euros infligée au géant américain en 2017 pour abus de position dominante.",
            money=[(2.7e9, "EUR")], actors=["Cour de Justice de l'Union Européenne", "CJUE"], dates=["2017"],
            published="2024-09-11"),
    # "France 2030" is the name of a plan, not a date; Villani is the person the report is named after
    Passage("https://enseignementsup-recherche.gouv.fr/fr/la-strategie-nationale-de-recherche-en-intelligence-"
            "artificielle-49166",
            "La stratégie nationale pour l’intelligence artificielle fait suite aux recommandations du rapport "
            "Villani. Lancée en 2018, elle répond à l'un des objectifs de France 2030 : faire de la France un pays "
            "pionnier en matière d'intelligence artificielle.",
            actors=["Villani"], dates=["2018"], published="2024-10-18"),
    Passage("https://fr.news.yahoo.com/france-%C3%A0-traine-doit-bouger-170513530.html",
            "Cette proposition s’inscrit dans un effort global que propose la commission sur l’IA, au prix d’un "
            "investissement massif de 27 milliards d’euros sur une période de cinq ans pour tenir toutes les mesures "
            "du plan. Concernant la partie sur les superordinateurs, le montant évoqué atteint un milliard d’euros sur "
            "la période.",
            money=[(2.7e10, "EUR"), (1e9, "EUR")], actors=["commission sur l’IA"], dates=[]),
    Passage("https://www.lestartupper.com/2023/06/15/macron-deploie-une-offensive-de-800-millions-deuros-pour-lia-"
            "en-france/",
            "Il a annoncé un investissement supplémentaire de 50 millions d’euros pour quadrupler les capacités du "
            "supercalculateur Jean Zay, administré par le CNRS.",
            money=[(5e7, "EUR")], actors=["CNRS"], dates=[], published="2023-06-15"),
    Passage("https://www.solutions-numeriques.com/cloud-de-confiance-lanssi-remet-les-pendules-a-lheure-sur-"
            "secnumcloud",
            "La qualification SecNumCloud obtenue par S3NS, la coentreprise entre Thales et Google Cloud, a relancé le "
            "débat sur la souveraineté du cloud en Europe.",
            actors=["S3NS", "Thales", "Google Cloud"], dates=[]),
    Passage("https://afnor.org/actualites/secnumcloud-passeport-pour-offres-cloud-de-confiance",
            "Le marché des échanges entre propriétaires de fichiers et hébergeurs s’est développé très rapidement, "
            "atteignant 534 milliards d’euros en 2024 tous segments confondus, selon Databridge.",
            money=[(5.34e11, "EUR")], actors=["Databridge"], dates=["2024"]),
    Passage("https://numerama.com/tech/1956931-lunion-europeenne-condamne-apple-et-meta-a-700-millions-deuros-"
            "damende.html",
            "Dans un communiqué publié le 23 avril 2025, la Commission européenne annonce condamner Apple à une amende "
            "de 500 millions d’euros et Meta à une amende de 200 millions d’euros. En cause dans les deux cas : un "
            "non-respect du DMA, le grand règlement européen sur les marchés numériques.",
            money=[(5e8, "EUR"), (2e8, "EUR")], actors=["Commission européenne", "Apple", "Meta"],
            dates=["2025-04-23"]),
    # "entre mars et novembre 2024" is a range: its start
    Passage("https://journaldunet.com/business/1541161-reglement-dma-bruxelles-inflige-700-millions-d-euros-d-"
            "amende-a-apple-et-meta",
            "De son côté, Meta, maison mère de Facebook et Instagram, doit verser 200 millions d'euros pour avoir "
            "imposé entre mars et novembre 2024 un modèle baptisé \"consentement ou paiement\".",
            money=[(2e8, "EUR")], actors=["Meta", "Facebook", "Instagram"], dates=["2024-03"]),
    Passage("https://www.generation-nt.com/cookies-google-amazon-cnil-amende-actualite-1983209.html",
            "La Commission nationale de l'informatique et des libertés (Cnil) annonce sanctionner Google et Amazon à "
            "respectivement 100 millions d'euros et 35 millions d'euros d'amende pour infraction à la législation "
            "française sur les cookies.",
            money=[(1e8, "EUR"), (3.5e7, "EUR")],
            actors=["Commission nationale de l'informatique et des libertés", "Cnil", "Google", "Amazon"], dates=[],
            published="2020-12"),
    Passage("https://april.org./l-ugap-nouvelle-tenanciere-de-l-open-bar-microsoft-du-ministere-des-armees",
            "En septembre 2022, nous avons obtenu confirmation que le ministère des Armées n'avait pas reconduit "
            "l'accord dit Open Bar qui le liait à Microsoft depuis près de 15 ans ; l'Armée ne prendra plus "
            "directement sa « dose » chez Microsoft.",
            actors=["ministère des Armées", "Microsoft", "Armée"], dates=["2022-09"]),
    Passage("https://www.nextinpact.com/news/107840-justice-marche-public-ne-peut-favoriser-solution-"
            "proprietaire.htm",
            "Une ordonnance rendue à Strasbourg le 16 avril 2019 a trait à un marché de service que voulait passer le "
            "préfet de la région Grand Est.",
            dates=["2019-04-16"], published="2019-05-02"),
    Passage("https://www.lapresse.ca/affaires/entreprises/2023-07-04/un-cloud-quebecois-et-vert-pour-entrainer-l-"
            "ia.php",
            "Alors que l’intelligence artificielle (IA) consomme des quantités astronomiques d’énergie souvent "
            "polluante, deux partenaires québécois, Micro Logic et QScale, pourraient avoir trouvé une solution "
            "alléchante : un centre de traitement de données vert à Lévis propulsé par une plateforme infonuagique "
            "100 % québécoise.",
            percent=[100], actors=["Micro Logic", "QScale"], dates=[], published="2023-07-04"),
    # published Saturday 2025-01-25, so "Mardi dernier" is Tuesday 21 January 2025; ChatGPT is a product
    Passage("https://www.qub.ca/article/pas-de-nouveaux-centres-de-donnees-malgre-les-milliards-de-trump-317376858",
            "Mardi dernier, le président américain Donald Trump a annoncé des projets de 720 G$ d’Oracle, d’OpenAI "
            "(ChatGPT) et de SoftBank ces quatre prochaines années.",
            money=[(7.2e11, "CAD")], actors=["Donald Trump", "Oracle", "OpenAI", "SoftBank"], dates=["2025-01-21"],
            published="2025-01-25"),
    Passage("https://www.lemondeinformatique.fr/actualites/lire-cloud-l-autorite-de-la-concurrence-liste-les-"
            "pratiques-litigieuses-avant-d-agir-90891.html",
            "En 2021, ce trio s'est accaparé « 80% de la croissance des dépenses en infrastructures et applications de "
            "cloud public », observe le régulateur. Dans le détail, 46% des dépenses sont captées par AWS, 17% par "
            "Microsoft et 8% par Google Cloud durant la même période.",
            percent=[80, 46, 17, 8], actors=["AWS", "Microsoft", "Google Cloud"], dates=["2021"]),
    # published 2023-06, so "mercredi 29 juin" is 29 June 2023 (a Thursday, as the page misnames it)
    Passage("https://www.usine-digitale.fr/article/l-autorite-de-la-concurrence-prete-a-lancer-des-procedures-sur-"
            "le-marche-du-cloud.N2148057",
            "Présentées mercredi 29 juin, elles confirment l’existence de plusieurs “risques concurrentiels”, "
            "notamment liés à la position dominante des trois géants américains du secteur : Amazon Web Services, "
            "Microsoft Azure et Google Cloud.",
            actors=["Amazon Web Services", "Microsoft Azure", "Google Cloud"], dates=["2023-06-29"],
            published="2023-06"),
    # the amount is written twice, in words and in figures
    Passage("https://cnil.fr/fr/lautorite-luxembourgeoise-de-protection-des-donnees-prononce-lencontre-damazon-"
            "europe-core-une",
            "Le 16 juillet 2021, la Commission Nationale pour la Protection des Données luxembourgeoise, CNPD, a "
            "prononcé à l’encontre de la société Amazon Europe Core une amende d’un montant de sept cent quarante-six "
            "millions d’euros (EUR 746.000.000).",
            money=[(7.46e8, "EUR"), (7.46e8, "EUR")],
            actors=["Commission Nationale pour la Protection des Données", "CNPD", "Amazon Europe Core"],
            dates=["2021-07-16"]),
    Passage("https://retaildetail.be/fr/news/general/amende-record-infligee-a-amazon-pour-violation-des-regles-de-"
            "confidentialite",
            "La CNPD, l’organisme luxembourgeois de surveillance de la protection des données, a infligé une amende "
            "record de 746 millions d’euros à Amazon pour violation de la législation sur la protection de la vie "
            "privée.",
            money=[(7.46e8, "EUR")], actors=["CNPD", "Amazon"], dates=[]),
    Passage("https://datanews.levif.be/actualite/belgique/la-belgique-candidate-pour-une-usine-dia-europeenne",
            "Si le projet est retenu, le coût de l’AIF belge est évalué à 80 millions d’euros, dont la moitié serait "
            "subsidiée par l’Europe. Une décision est attendue pour septembre 2025.",
            money=[(8e7, "EUR")], dates=["2025-09"]),
    Passage("https://www.alliancy.fr/google-investit-5-milliards-deuros-en-belgique-un-moteur-dinnovation-et-un-"
            "defi-de-souverainete/amp",
            "Google va investir 5 milliards d’euros à Saint-Ghislain, en Wallonie, pour étendre ses centres de données "
            "et infrastructures d’IA. Un projet colossal salué par le gouvernement belge, mais qui relance le débat "
            "européen sur la dépendance technologique face aux géants américains.",
            money=[(5e9, "EUR")], actors=["Google"], dates=[]),
    Passage("https://ictjournal.ch/articles/2022-08-26/dans-les-coulisses-du-contrat-cloud-de-la-confederation",
            "Pour rappel, en été 2021, la Confédération a attribué un contrat d'une valeur totale allant jusqu'à 110 "
            "millions de francs à cinq fournisseurs de cloud publics ( IBM, AWS, Oracle, Azure et Alibaba).",
            money=[(1.1e8, "CHF")], actors=["IBM", "AWS", "Oracle", "Azure", "Alibaba"], dates=["2021-summer"],
            published="2022-08-26"),
    # published: the address carries 20251208, a Monday as the article's "lundi" says
    Passage("https://cug.tradedirect.ch/td/news/story?companyKey=0&id=20251208-1952",
            "Le prix de tous les services utilisés jusqu'à aujourd'hui s'élève à environ 61 millions de francs, pour "
            "un plafond de coûts fixé à 110 millions.",
            money=[(6.1e7, "CHF"), (1.1e8, "CHF")], dates=[], published="2025-12-08"),
    # an interview; "l'exercice 2022-2023" is a range: its start. The quarters are the fiscal year's, unnamed
    Passage("https://www.agefi.fr/news/entreprises/octave-klaba-ovhcloud-a-besoin-de-gagner-en-credibilite-aupres-"
            "du-marche",
            "Michel Paulin : Nous sommes convaincus d’être sur la bonne voie pour atteindre nos nouveaux objectifs pour "
            "l’exercice 2022-2023, car la croissance de notre chiffre d’affaires s’est accélérée entre le premier "
            "trimestre (+11,7% en données comparables) et le deuxième (+13,9%).",
            percent=[11.7, 13.9], actors=["Michel Paulin"], dates=["2022"], published="2023-04"),
    # an interview; "entre 9 et 11%" is a range: its low value
    Passage("https://www.maddyness.com/2025/07/04/octave-klaba-ovh-nous-voulons-proposer-une-alternative-dans-"
            "lia/",
            "Octave Klaba : Nous maintenons nos objectifs pour l'année, avec une prévision de croissance comprise "
            "entre 9 et 11%, et un EBITDA supérieur à 40%. En 2025, nous anticipons un retour à un cash flow positif, "
            "ce qui marquera la première fois depuis plusieurs années.",
            percent=[9, 40], actors=["Octave Klaba"], dates=["2025"], published="2025-07-04"),
    # an interview published 2019-05-23, so "octobre dernier" is October 2018
    Passage("https://objectifaquitaine.latribune.fr/business/l-actu-de-la-french-tech-bordeaux/2019-05-23/les-"
            "sujets-de-la-propriete-et-de-la-protection-de-la-donnee-arrivent-enfin-sur-la-table-michel-paulin-"
            "ovh-818160.html",
            "La Tribune - OVH a fait son entrée au 4e trimestre 2018 dans le top 10 mondial des acteurs du cloud. Mais "
            "en octobre dernier, vous annonciez fermer des bureaux en Europe et Afrique de l'Ouest.",
            actors=["La Tribune", "OVH"], dates=["2018-Q4", "2018-10"], published="2019-05-23"),
    Passage("https://www.frandroid.com/culture-tech/intelligence-artificielle/1861044_face-a-google-adobe-et-"
            "openai-xavier-niel-lance-un-laboratoire-francais-sur-lia",
            "Comme le rapportent nos collègues de Numerama, Kyutai est déjà soutenu par un investissement massif à "
            "hauteur de 300 millions d’euros, chacun des trois cofondateurs ayant apporté sur la table un chèque de "
            "100 millions d’euros.",
            money=[(3e8, "EUR"), (1e8, "EUR")], actors=["Numerama", "Kyutai"], dates=[], published="2023-11"),
    # published 2023-11, so "le 26 septembre dernier" is 26 September 2023
    Passage("https://www.universfreebox.com/article/556995/xavier-niel-lance-kyutai-un-laboratoire-de-recherche-"
            "sur-lia-une-premiere-en-europe",
            "Le groupe de Xavier Niel a déjà annoncé le 26 septembre dernier son lancement dans l’IA en achetant un "
            "supercalculateur de dernière génération de NVIDIA et en lançant des offres Cloud IA pour les entreprises "
            "avec sa filiale Scaleway.",
            actors=["Xavier Niel", "NVIDIA", "Scaleway"], dates=["2023-09-26"], published="2023-11"),
    Passage("https://www.channelnews.fr/le-gouvernement-lance-un-appel-doffre-pour-copier-le-health-data-hub-vers-"
            "une-plateforme-souveraine-149216",
            "En 2020, la Cnil avait demandé au Health Data Hub de préférer une entreprise soumise au droit français. "
            "Le gouvernement s’était engagé à effectuer la transition sous deux ans.",
            actors=["Cnil", "Health Data Hub"], dates=["2020"]),
    Passage("https://www.mediaterranee.com/0652026-health-data-hub-la-france-tourne-la-page-microsoft-pour-ses-"
            "donnees-de-sante.html",
            "Trois ministres ont cosigné le communiqué annonçant cette rupture historique : Stéphanie Rist (Santé), "
            "David Amiel (Réforme de l'État) et Anne Le Henanff (Numérique). « L'attribution de ce marché "
            "interviendra fin mars 2026 », ont-ils précisé, confirmant un calendrier serré pour une migration "
            "effective dès l'été 2026.",
            actors=["Stéphanie Rist", "David Amiel", "Anne Le Henanff"], dates=["2026-03", "2026-summer"]),
    Passage("https://www.clubic.com/actualite-521694-galette-saucisse-et-beurre-sale-microsoft-songe-a-investir-des-"
            "milliards-d-euros-en-bretagne.html",
            "L'espace disponible serait suffisant pour accueillir jusqu'à trois centres de données, et Microsoft "
            "aurait engagé des discussions à ce sujet avec le maire de la ville, Philippe Bonnin.",
            actors=["Microsoft", "Philippe Bonnin"], dates=[]),
    Passage("https://versailles.cour-administrative-appel.fr/decisions-de-justice/dernieres-decisions/la-cour-"
            "autorise-l-agrandissement-du-datacenter-de-wissous",
            "Le tribunal administratif de Versailles a, par un jugement du 27 juin 2023, annulé le refus ainsi opposé "
            "par le maire de Wissous.",
            actors=["tribunal administratif de Versailles"], dates=["2023-06-27"]),
    Passage("https://banquedesterritoires.fr/la-facilitation-de-limplantation-des-datacenters-intervient-un-moment-"
            "ou-les-elus-veulent-les",
            "Dans une étude publiée en septembre 2023, l'institut Paris région constatait, en s'appuyant sur des "
            "études de l'Arcep et l'Ademe, que \"le marché des datacenters tend à s'accélérer avec le risque même de "
            "s'envoler dans les prochaines années\".",
            actors=["institut Paris région", "Arcep", "Ademe"], dates=["2023-09"]),
    # "ces 10 et 11 février 2025" is a range: its start
    Passage("http://direct.lemondeduchiffre.fr/a-la-une/78378-l-union-europeenne-lance-investai-un-plan-de-200-"
            "milliards-d-euros-pour-l-ia.html",
            "Lors du sommet d’action sur l’intelligence artificielle (IA) à Paris ces 10 et 11 février 2025, la "
            "présidente de la Commission européenne, Ursula von der Leyen, a annoncé le lancement d’InvestAI, une "
            "initiative visant à mobiliser 200 milliards d’euros d’investissements dans l’IA.",
            money=[(2e11, "EUR")], actors=["Commission européenne", "Ursula von der Leyen"], dates=["2025-02-10"]),
    # a ministry's release dated 6 December 2024, so "Aujourd'hui" is that day
    Passage("https://www.canada.ca/fr/ministere-finances/nouvelles/2024/12/la-vice-premiere-ministre-annonce-un-"
            "financement-de-240-millions-de-dollars-afin-daider-cohere-a-ameliorer-sa-capacite-de-calcul-pour-"
            "lintelligence.html",
            "Aujourd’hui, l’honorable Chrystia Freeland, vice-première ministre et ministre des Finances, a annoncé un "
            "investissement à hauteur de 240 millions de dollars dans Cohere, un chef de file de l’IA situé à "
            "Toronto.",
            money=[(2.4e8, "CAD")], actors=["Chrystia Freeland", "Cohere"], dates=["2024-12-06"],
            published="2024-12-06"),
    Passage("https://www.lapresse.ca/actualites/politique/2024-04-07/annonces-prebudgetaires/trudeau-veut-investir-"
            "2-4-milliards-en-intelligence-artificielle.php",
            "Le premier ministre a aussi annoncé la création d’un nouvel Institut canadien de la sécurité de "
            "l’intelligence artificielle, doté d’une enveloppe de 50 millions de dollars, pour favoriser le "
            "développement sécuritaire de l’intelligence artificielle.",
            money=[(5e7, "CAD")], actors=["Institut canadien de la sécurité de l’intelligence artificielle"],
            dates=[], published="2024-04-07"),
    # published gives only the month, so "dimanche" is left out
    Passage("https://www.lejournaldejoliette.ca/actualites/politique/608477/trudeau-annonce-des-mesures-totalisant-"
            "24-milliards-en-matiere-dia",
            "Le premier ministre Justin Trudeau a fait dimanche une autre annonce prébudgétaire, cette fois pour "
            "dévoiler des mesures totalisant 2,4 milliards de dollars «pour bâtir l'avantage canadien» en matière "
            "d'intelligence artificielle (IA).",
            money=[(2.4e9, "CAD")], actors=["Justin Trudeau"], dates=[], published="2024-04"),
    Passage("https://republik-it.fr/decideurs-it/cas-usage/la-suite-numerique-lancement-du-collaboratif-souverain-"
            "et-agile-de-l-etat.html",
            "La Suite Numérique, officiellement lancée sur VivaTech par Stanislas Guerini, ministre chargé de la "
            "Transformation et de la Fonction Publiques, le 23 mai 2024, n’est pas comparable à ces mastodontes.",
            actors=["Stanislas Guerini"], dates=["2024-05-23"]),
]

HELD_OUT_7 = [
    # published: the address carries 2021/03/09, a Tuesday, so "lundi" is 8 March 2021
    Passage("https://labearnaise.com/2021/03/09/lhopital-doloron-vise-par-une-cyberattaque/",
            "Le centre hospitalier d’Oloron a été victime lundi d’une cyberattaque qui les prive d’une partie de "
            "leurs données informatiques. Les ravisseurs demandent une rançon de 50 000 dollars en échange.",
            money=[(5e4, "USD")], actors=["centre hospitalier d’Oloron"], dates=["2021-03-08"],
            published="2021-03-09"),
    # published 2022-09, so "le 21 août" is 21 August 2022
    Passage("https://www.monacomatin.mc/sante/hopital-cyberattaque-en-essonne-les-hackers-ont-commence-a-"
            "diffuser-des-donnees-privees-et-confidentielles-796095",
            "L'hôpital situé au sud de Paris, qui assure la couverture sanitaire de près de 700.000 habitants de la "
            "grande couronne, avait été victime le 21 août d'une cyberattaque avec demande de rançon de 10 millions "
            "de dollars. La rançon aurait été ramenée ensuite à un million de dollars, selon plusieurs sources "
            "concordantes.",
            money=[(1e7, "USD"), (1e6, "USD")], dates=["2022-08-21"], published="2022-09"),
    # published 2021-01, so "l'an dernier" is 2020; "lundi" is left out
    Passage("https://www.francebleu.fr/infos/faits-divers-justice/val-de-marne-marolles-en-brie-victime-d-un-"
            "ransomware-une-cyberattaque-1610481423",
            "Selon l'Anssi, les attaques informatiques ont explosé l'an dernier en France. \"Dans les victimes qui "
            "font appel à l'Anssi, avec qui on est en contact, un chiffre à la louche : 50 opérations en 2019, 200 "
            "en 2020, donc c'est X4\" a détaillé le directeur général de l'Agence, Guillaume Poupard, invité lundi "
            "sur BFM Business.",
            actors=["Anssi", "Guillaume Poupard", "BFM Business"], dates=["2020", "2019", "2020"],
            published="2021-01"),
    # "la nuit du mercredi 26 au 27 octobre 2022" counts as its start
    Passage("https://france3-regions.francetvinfo.fr/occitanie/herault/montpellier/herault-la-mairie-de-"
            "frontignan-cible-d-une-cyberattaque-et-d-une-demande-de-rancon-des-hackers-2646304.html",
            "La mairie de Frontignan la Peyrade, près de Sète, a été la cible d'une cyberattaque dans la nuit du "
            "mercredi 26 au 27 octobre 2022. Tous les services informatiques municipaux sont paralysés.",
            actors=["mairie de Frontignan la Peyrade"], dates=["2022-10-26"]),
    Passage("https://www.itespresso.fr/cybersecurite-letat-se-mobilise-pour-la-souverainete-247113.html",
            "Pour remplir cet objectif, l’État entend notamment monter un programme de recherche doté de 65 "
            "millions d’euros. Avec, aux manettes, le trio CEA-CNRS-INRIA. Il compte aussi co-investir dans un "
            "incubateur de start-up (budget total : 50 millions d’euros).",
            money=[(6.5e7, "EUR"), (5e7, "EUR")], actors=["CEA", "CNRS", "INRIA"], dates=[], published="2021-02"),
    Passage("https://www.ticsante.com/story?ID=5562",
            "Sur ce milliard d'euros, 136 millions pilotés par l'Agence nationale de la sécurité des systèmes "
            "d'information (Anssi) seront \"destinés à la cybersécurisation des territoires\", dont 25 millions pour "
            "les établissements de santé et 60 pour les collectivités territoriales",
            money=[(1e9, "EUR"), (1.36e8, "EUR"), (2.5e7, "EUR"), (6e7, "EUR")],
            actors=["Agence nationale de la sécurité des systèmes d'information", "Anssi"], dates=[]),
    Passage("https://siecledigital.fr/2022/02/15/ouverture-du-campus-cyber-a-paris-26-000-metres-carres-au-"
            "coeur-de-la-defense/",
            "Avant cela, en juillet 2019, le Premier ministre de l'époque Edouard Philippe, avait mandaté Michel Van "
            "Den Berghe, actuel président du Cyber Campus et ancien directeur général d'Orange Cyberdefense, pour « "
            "examiner l'opportunité et la faisabilité de ce projet ».",
            actors=["Edouard Philippe", "Michel Van Den Berghe", "Cyber Campus", "Orange Cyberdefense"],
            dates=["2019-07"], published="2022-02-15"),
    # published: the report's registration date, 21 November 2024
    Passage("https://senat.fr/rap/a24-146-9/a24-146-9_mono.html",
            "Avec 425 millions d'euros pour 2025 au lieu de 438 millions d'euros en 2024, les crédits de paiement "
            "de l'action n°2 « Coordination de la sécurité et de la défense » subiront une baisse de 3 % par rapport "
            "à 2024.",
            money=[(4.25e8, "EUR"), (4.38e8, "EUR")], percent=[3], dates=["2025", "2024", "2024"],
            published="2024-11-21"),
    # "9,7" and "6,5" are millions of euros, as the sentence implies
    Passage("https://intelekto.fr/31646-investissements-cybersecurite-europe/",
            "Il s’établit à 13 millions d’euros en 2022 pour les start-up européennes, contre 9,7 en 2021 et à "
            "peine 6,5 en 2019, en période pré-Covid.",
            money=[(1.3e7, "EUR"), (9.7e6, "EUR"), (6.5e6, "EUR")], dates=["2022", "2021", "2019"]),
    Passage("https://afriquepresse.net/?p=57791",
            "Deux jours après le rachat de la pépite cyber française Alsid par l’américain Tenable pour 98 millions "
            "de dollars, c’est au tour d’une autre start-up prometteuse, Sqreen, de passer sous pavillon américain.",
            money=[(9.8e7, "USD")], actors=["Alsid", "Tenable", "Sqreen"], dates=[]),
    # published gives only the month, so "aujourd'hui" is left out
    Passage("https://www.latribune.fr/entreprises-finance/industrie/aeronautique-defense/cybersecurite-pourquoi-"
            "thales-s-est-offert-la-pepite-imperva-992098.html",
            "Quand Patrice Caine présentera aujourd'hui les très bons résultats 2023 de Thales, il ne pourra "
            "évidemment pas oublier l'acquisition très audacieuse du groupe de cybersécurité américain Imperva (500 "
            "millions de dollars de chiffre d'affaires), qui a beaucoup surpris à l'été 2023.",
            money=[(5e8, "USD")], actors=["Patrice Caine", "Thales", "Imperva"], dates=["2023", "2023-summer"],
            published="2024-03"),
    # published 2023-06, so "Mardi 13 juin" is 13 June 2023, a Tuesday
    Passage("https://www.usine-digitale.fr/article/thales-met-la-main-sur-le-groupe-australien-de-"
            "cybersecurite-tesserent.N2142177",
            "Mardi 13 juin, le groupe français de technologies et de défense a officialisé le rachat de Tesserent, "
            "une société australienne spécialisée dans la détection et dans la réponse aux cyberattaques. Montant de "
            "l'opération: 176 millions de dollars australiens, soit 111 millions d’euros.",
            money=[(1.76e8, "AUD"), (1.11e8, "EUR")], actors=["Tesserent"], dates=["2023-06-13"],
            published="2023-06"),
    Passage("https://www.usine-digitale.fr/article/thales-reflechirait-a-s-emparer-de-bds-la-division-"
            "cybersecurite-et-big-data-d-atos.N1780377",
            "Thales réfléchirait à s'emparer de BDS, la branche cycersécurité et big data d'Atos. Cette division du "
            "groupe de conseil informatique pourrait être valorisée 3 milliards de dollars, croit savoir Reuters qui "
            "rapporte l'information mercredi 2 février 2022.",
            money=[(3e9, "USD")], actors=["Thales", "BDS", "Atos", "Reuters"], dates=["2022-02-02"],
            published="2022-02"),
    # no publication date found, so "lundi" is left out
    Passage("https://www.letemps.ch/economie/marche-suisse-cybersecurite-dope-cyberattaques",
            "Les tentatives d’intrusion enregistrées par les entreprises helvétiques ont bondi de 65% par rapport à "
            "2020, selon des chiffres publiés lundi par le spécialiste californien en sécurité informatique Check "
            "Point Software.",
            percent=[65], actors=["Check Point Software"], dates=["2020"]),
    Passage("https://www.swissinfo.ch/fre/swisscom-enregistre-plus-de-200-millions-de-cyberattaques-par-mois/"
            "88982881",
            "Plus de 200 millions de cyberattaques sont enregistrées chaque mois contre l'infrastructure de "
            "Swisscom, soit 77 par seconde, révèle son directeur Christoph Aeschlimann dans la NZZ am Sonntag.",
            actors=["Swisscom", "Christoph Aeschlimann", "NZZ am Sonntag"], dates=[], published="2025-03"),
    Passage("https://www.watson.ch/fr/suisse/cybercrime/637736863-cyberattaque-swisscom-salt-et-sunrise-sont-"
            "concernes",
            "Ibasis, société américaine chargé du transport des données d'opérateurs suisses dont Swisscom, Salt et "
            "Sunrise, a subi tout récemment une grave attaque informatique.",
            actors=["Ibasis", "Swisscom", "Salt", "Sunrise"], dates=[], published="2022-02-14"),
    Passage("https://www.info.gouv.fr/actualite/france-2030-l-etat-presente-sa-strategie-d-investissement-de-"
            "pres-de-5-mdeu-pour-la-filiere",
            "France 2030 consacrera à terme plus de 5 milliards d’euros de soutien au développement de cette filière "
            "stratégique pour notre autonomie et nos entreprises et entraînera un ensemble de plus de 16 milliards "
            "d’euros de projets d’investissements dans l’industrie et l’innovation, avec la création de l’ordre de "
            "5700 emplois directs",
            money=[(5e9, "EUR"), (1.6e10, "EUR")], dates=[], published="2022-07-12"),
    # an interview; published 2022-11-24, a Thursday, so "ce jeudi" is that day
    Passage("https://www.societe.com/actualites/semi-conducteurs_produire_en_france_est_rentable_pour_soitec_"
            "pierre_barnabe_dg-67524.html",
            "Soitec a confirmé, il y a seulement quelques semaines, ses objectifs annuels (qui visent un chiffre "
            "d'affaires attendu à 975 millions de dollars), après avoir enregistré une croissance trimestrielle de "
            "40% : les résultats semestriels présentés ce jeudi confirment-ils cette trajectoire ?",
            money=[(9.75e8, "USD")], percent=[40], actors=["Soitec"], dates=["2022-11-24"],
            published="2022-11-24"),
    # an interview: the answer of Soitec's chief executive
    Passage("https://region-aura.latribune.fr/strategie/industrie/2021-09-27/microelectronique-et-"
            "constructeurs-automobiles-devront-aligner-leurs-roadmaps-paul-boudre-soitec-893057.html",
            "En créant des standards pour la microélectronique et notamment la radiofréquence, près de 80 % de la "
            "population mondiale utilise aujourd'hui les produits de Soitec, que ce soit à travers les smartphones, "
            "la 5G, les produits connectés, ainsi que demain, le secteur de l'automobile...",
            percent=[80], actors=["Soitec"], dates=[], published="2021-09-27"),
    Passage("https://www.usine-digitale.fr/article/semi-conducteurs-microelectronique-le-plan-a-10-milliards-"
            "du-gouvernement.N2029712",
            "Ces projets mobiliseront 150 partenaires, dont X-Fab, Continental, Aledia, Soitec, Murata, Renault, "
            "Valeo, Orange, Atos, et Airbus.",
            actors=["X-Fab", "Continental", "Aledia", "Soitec", "Murata", "Renault", "Valeo", "Orange", "Atos",
                    "Airbus"], dates=[]),
    # published: the address carries 2020/02, so "au mois d'avril" is April 2020
    Passage("https://igen.fr/telecoms/2020/02/5g-les-quatre-operateurs-ont-candidate-pour-les-premieres-"
            "frequences-113251",
            "Les 110 MHz restants (dans le cas où les dossiers des quatre opérateurs sont acceptés) seront vendus "
            "aux enchères par tranche de 10 MHz, coûtant chacune à partir de 70 millions d'euros. Cette phase se "
            "déroulera au mois d'avril.",
            money=[(7e7, "EUR")], dates=["2020-04"], published="2020-02"),
    # published: the address carries the date code 20200929
    Passage("https://l.bfmtv.com/economie/frequences-5g-comment-fonctionneront-les-encheres-entre-les-quatre-"
            "operateurs-mobiles_AD-202009290004.html",
            "En fait les quatre opérateurs mobiles candidats, Orange, SFR (Groupe Altice également propriétaire de "
            "BFM Business), Free et Bouygues Telecom ont déjà acheté chacun un bloc de fréquences de 50 mégahertz "
            "(MHz) dans cette bande, au prix fixe de 350 millions d'euros (soit 1,4 milliard d'euros déjà dans "
            "l'escarcelle de l'État).",
            money=[(3.5e8, "EUR"), (1.4e9, "EUR")],
            actors=["Orange", "SFR", "Groupe Altice", "BFM Business", "Free", "Bouygues Telecom"], dates=[],
            published="2020-09-29"),
    # published 2022-12, so "au 30 septembre" is 30 September 2022
    Passage("https://www.generation-nt.com/actualites/fibre-optique-ftth-arcep-france-2031494",
            "Le nombre d'abonnements FTTH représente 83 % du nombre total d'abonnements à très haut débit (20,7 "
            "millions) et désormais 54 % du nombre total d'abonnements à haut et très haut débit (31,9 millions au "
            "30 septembre).",
            percent=[83, 54], dates=["2022-09-30"], published="2022-12"),
    # the regulator's own release; no publication date found, so "hier" is left out
    Passage("https://arcep.fr/actualites/actualites-et-communiques/detail/n/5g-5.html",
            "L’Arcep a réuni hier à Paris plus de 20 représentants des autorités nationales de 15 Etats membres de "
            "l’Union européenne, afin de leur présenter le projet de modalités et conditions d’attribution de la "
            "bande 3490 - 3800 GHz en France métropolitaine et de recueillir leurs réactions.",
            actors=["Arcep", "Union européenne"], dates=[]),
    Passage("https://datanews.levif.be/actualite/telecoms/orange-et-proximus-saccordent-pour-etendre-le-"
            "deploiement-de-la-fibre-en-wallonie",
            "L’accord définitif ne sera toutefois pas signé avant le quatrième trimestre 2025, après des discussions "
            "avec l’Autorité belge de la concurrence (ABC) et l’Institut belge des services postaux et des "
            "télécommunications (IBPT), préviennent les opérateurs.",
            actors=["Autorité belge de la concurrence", "ABC",
                    "Institut belge des services postaux et des télécommunications", "IBPT"],
            dates=["2025-Q4"]),
    Passage("https://www.lesoir.be/401672/article/2021-10-20/quinze-nouvelles-villes-wallonnes-vont-etre-"
            "raccordees-la-fibre",
            "Unifiber compte, à elle seule, connecter 500.000 foyers wallons d’ici 2028 pour un budget "
            "d’investissement de 800 millions d’euros.",
            money=[(8e8, "EUR")], actors=["Unifiber"], dates=["2028"], published="2021-10-20"),
    # two consecutive paragraphs of the page; published 2021-07-29, so "du 15 juin au 23 juillet dernier" starts
    # on 15 June 2021; "Ottawa" stands for the government and is left out
    Passage("https://www.journaldemontreal.com/2021/07/29/ottawa-recolte-pres-de-9-milliards--avec-les-encheres-"
            "de-spectre-1",
            "Les enchères du spectre de la bande de 3500 MHz, des ressources clés pour les réseaux 5G, ont permis à "
            "Ottawa de récolter 8,91 milliards $. C’est ce qu’a fait savoir le gouvernement fédéral à l’issue des "
            "enchères tenues du 15 juin au 23 juillet dernier.",
            money=[(8.91e9, "CAD")], dates=["2021-06-15"], published="2021-07-29"),
    Passage("https://ici.radio-canada.ca/nouvelle/1820426/bell-canada-quebecor-ouest",
            "La contestation judiciaire de BCE intervient après la vente aux enchères du spectre 5G réalisée par "
            "Innovation, Sciences et Développement économique Canada (ISDEC) plus tôt cet été.",
            actors=["BCE", "Innovation, Sciences et Développement économique Canada", "ISDEC"], dates=[]),
    Passage("https://www.nextinpact.com/lebrief/70889/ordinateur-quantique-startup-francaise-pasqal-leve-100-"
            "millions-deuros",
            "Le communiqué précise que les investisseurs historiques Quantonation, le Fonds Innovation Défense du "
            "ministère des Armées, Daphni et Eni Next, la branche capital-risque d’Eni, participent également à ce "
            "tour de financement.",
            actors=["Quantonation", "Fonds Innovation Défense", "ministère des Armées", "Daphni", "Eni Next", "Eni"],
            dates=[], published="2023-01"),
    Passage("https://www.frenchweb.fr/serie-a-alicebob-leve-27-millions-deuros-pour-accelerer-dans-la-course-a-"
            "lordinateur-quantique/432842",
            "Alors que la course à l’ordinateur quantique bat son plein, entre les géants américains Google et IBM, "
            "la startup française Alice&Bob accélère en levant 27 millions d’euros auprès d’Elaia, Bpifrance (via "
            "son fonds Digital Venture) et Supernova Invest.",
            money=[(2.7e7, "EUR")],
            actors=["Google", "IBM", "Alice&Bob", "Elaia", "Bpifrance", "Digital Venture", "Supernova Invest"],
            dates=[]),
    Passage("https://www.usine-digitale.fr/article/pasqal-la-pepite-francaise-du-quantique-veut-lever-des-"
            "centaines-de-millions-d-euros.N2055817",
            "Pasqal, fleuron du quantique français, séduit. Vitrine des deep tech et de ce que peut donner la "
            "recherche française, elle a été sélectionnée pour une visite du ministre délégué au Numérique "
            "Jean-Noël Barrot le 14 octobre 2022.",
            actors=["Pasqal", "Jean-Noël Barrot"], dates=["2022-10-14"], published="2022-10"),
    Passage("https://evenement.latribune.fr/?p=149732",
            "L’Agence spatiale européenne a donné son accord pour engager sa participation financière de 600 "
            "millions d’euros souscrite lors du Conseil ministériel de novembre 2022) et fléchée pour cette "
            "constellation européenne.",
            money=[(6e8, "EUR")], actors=["Agence spatiale européenne"], dates=["2022-11"]),
    Passage("https://www.clubic.com/actualite-597898-la-premiere-constellation-satellite-europeenne-"
            "concurrente-de-starlink-prete-pour-2029.html",
            "« J'ai demandé à tous les partenaires de redoubler d'efforts et d'accélérer le rythme sur IRIS². Je "
            "suis convaincu que nous pourrons déjà déployer les premiers services d'ici 2029 » a ainsi expliqué le "
            "Commissaire européen à la Défense et à l'Espace, Andrius Kubilius.",
            actors=["Andrius Kubilius"], dates=["2029"], published="2026-01-28"),
    Passage("https://lancezvous.bnpparibas/ressources/french-tech-la-dissolution-le-ralentisseur-des-levees-de-"
            "fonds-en-2024",
            "Selon le baromètre EY du capital-risque en France, les start-up françaises ont levé 7,7 milliards "
            "d'euros en 2024, contre 8,32 milliards en 2023, soit une baisse de 7 %.",
            money=[(7.7e9, "EUR"), (8.32e9, "EUR")], percent=[7], actors=["EY"], dates=["2024", "2023"]),
    # published 2024-11, so "en juin", "en septembre" and "en octobre" are months of 2024
    Passage("https://www.journaldunet.com/start-up/1536217-levee-de-fonds-la-french-tech-vers-une-sortie-de-"
            "crise/",
            "En effet, selon le baromètre des levées de fonds du JDN, les jeunes pousses tricolores ont levé 912 "
            "millions d'euros en juin, 969 millions d'euros en septembre et 851 millions d'euros en octobre",
            money=[(9.12e8, "EUR"), (9.69e8, "EUR"), (8.51e8, "EUR")], actors=["JDN"],
            dates=["2024-06", "2024-09", "2024-10"], published="2024-11"),
    # "de l'année" is the year the article reviews, which the publication date alone does not settle
    Passage("https://optionfinance.fr/actualites/legere-baisse-des-levees-de-fonds-malgre-lengouement-suscite-"
            "par-lia.html?newsletterId=56557",
            "En témoignent les deux plus grosses levées de fonds de l’année, trustés par la pépite française du "
            "secteur Mistral AI (468 millions d’euros) et la jeune pousse franco-américaine Poolside (453 millions "
            "d’euros).",
            money=[(4.68e8, "EUR"), (4.53e8, "EUR")], actors=["Mistral AI", "Poolside"], dates=[],
            published="2025-01-16"),
]

# Annotated blind, by reading only, without any extraction run on its passages. Every passage is quoted
# from the article at its address; `published` is the date that page or its address gives (None: none found).
HELD_OUT_8 = [
    Passage("https://itsocial.fr/contenus/actualites/gaia-x-tient-son-premier-sommet-pour-federer-le-cloud-"
            "souverain-europeen",
            "Sur les quelque 180 organisations de Gaia-X aujourd’hui, membres fondateurs et organisations qui ont "
            "demandé à devenir membres Day 1 ou de première heure, plus de 150 sont des organisations et des "
            "entreprises européennes, représentant une variété de 15 pays européens.",
            actors=["Gaia-X"], dates=[]),
    Passage("https://www.itforbusiness.fr/gaia-x-le-metacloud-federe-europeen-prend-son-envol-40771",
            "L’initiative Gaia-X franchit ce 15 septembre 2020 une nouvelle étape dans la concrétisation d’un "
            "métacloud européen destiné à assurer la souveraineté de l’Europe sur ses données et ses infrastructures "
            "cloud.",
            actors=["Gaia-X"], dates=["2020-09-15"]),
    Passage("https://linformaticien.com/magazine/cloud/51602-95gaia-x-se-concretise.html",
            "Dans l’immédiat, on trouve dans l’association 3DS Outscale, Amadeus, Atos, Beckhoff Automation, BMW, "
            "Bosch, CISPE, DE-CIX, Deutsche Telekom, Docaposte, EDF, Fraunhofer Gesellschaft, German Edge Cloud, IMT, "
            "IDSA, Orange, OVH, PlusServer, Safran, SAP, Scaleway et Siemens.",
            actors=["3DS Outscale", "Amadeus", "Atos", "Beckhoff Automation", "BMW", "Bosch", "CISPE", "DE-CIX",
                    "Deutsche Telekom", "Docaposte", "EDF", "Fraunhofer Gesellschaft", "German Edge Cloud", "IMT",
                    "IDSA", "Orange", "OVH", "PlusServer", "Safran", "SAP", "Scaleway", "Siemens"], dates=[]),
    Passage("https://siecledigital.fr/2020/09/17/le-projet-de-cloud-europeen-gaia-x-se-concretise-par-la-creation-"
            "dune-association/",
            "En juin 2020, les ministres de l’Économie français et allemand, Bruno Le Maire et Peter Altmaier, "
            "dévoilaient les contours du très attendu projet GAIA-X.",
            actors=["Bruno Le Maire", "Peter Altmaier", "GAIA-X"], dates=["2020-06"], published="2020-09-17"),
    Passage("https://www.vie-publique.fr/discours/280312-bruno-le-maire-17052021-stategie-nationale-du-cloud",
            "Déclaration de M. Bruno Le Maire, ministre de l'économie, des finances et de la relance, sur la "
            "stratégie nationale du Cloud, à Paris le 17 mai 2021.",
            actors=["Bruno Le Maire"], dates=["2021-05-17"], published="2021-05-17"),
    Passage("https://www.usinenouvelle.com/article/cinq-nouvelles-mesures-du-gouvernement-pour-accelerer-la-"
            "strategie-nationale-dans-le-cloud.N2042907",
            "Annoncée en mai 2021, cette stratégie commence à produire des résultats avec les cloud de confiance Bleu "
            "de Capgemini et Orange avec Microsoft, et S3NS de Thales avec Google, et un plan d’investissement de 1,8 "
            "milliard d’euros dans le cadre de France 2030, dont 667 millions d’euros de financement public.",
            money=[(1.8e9, "EUR"), (6.67e8, "EUR")],
            actors=["Bleu", "Capgemini", "Orange", "Microsoft", "S3NS", "Thales", "Google"], dates=["2021-05"],
            published="2022-09"),
    Passage("https://www.channelnews.fr/orange-sallie-a-capgemini-pour-lancer-un-cloud-hyperscale-a-la-francaise-"
            "base-sur-la-technologie-microsoft-103580",
            "On notera à ce propos qu’Orange est également partenaire de Google Cloud et d’AWS au travers d’Orange "
            "Busines Services.",
            actors=["Orange", "Google Cloud", "AWS", "Orange Busines Services"], dates=[]),
    Passage("https://incyber.org/article/bleu-obtient-jalon-0-certification-secnumcloud-pour-distribuer-microsoft-"
            "azure",
            "Bleu, la coentreprise d’Orange et de Capgemini qui distribue une version « souveraine » des produits "
            "cloud de Microsoft Azure, a annoncé, le 17 avril 2025, avoir obtenu le jalon 0 de la certification "
            "SecNumCloud.",
            actors=["Bleu", "Orange", "Capgemini", "Microsoft Azure"], dates=["2025-04-17"]),
    # published 2022-06, so "ce 30 juin" is 30 June 2022
    Passage("https://www.usine-digitale.fr/editorial/thales-lance-s3ns-son-offre-de-cloud-de-confiance-avec-google-"
            "cloud.N2021737",
            "Une semaine après Orange, Capgemini et Microsoft, c'est au tour de Thales de présenter ce 30 juin son "
            "offre de \"cloud de confiance\" avec Google Cloud.",
            actors=["Orange", "Capgemini", "Microsoft", "Thales", "Google Cloud"], dates=["2022-06-30"],
            published="2022-06"),
    Passage("https://www.itforbusiness.fr/s3ns-obtient-la-certification-secnumcloud-voila-qui-va-relancer-les-"
            "debats-98899",
            "L’entreprise S3NS est officiellement née en juin 2022, dans le prolongement du partenariat stratégique "
            "noué entre Thales et Google à l’automne 2021.",
            actors=["S3NS", "Thales", "Google"], dates=["2022-06", "2021-autumn"], published="2026-01-05"),
    Passage("https://ecole.org/fr/compte-rendu/html/1445-la-souverainete-retrouvee-le-credo-du-trublion-du-cloud-"
            "computing",
            "Son activité historique d’hébergement de sites web ne représente plus que 10 % environ du chiffre "
            "d’affaires. Celui-ci a atteint 600 millions d’euros en 2019, dont la moitié réalisée en France et le "
            "reste à l’étranger, avec une couverture mondiale.",
            money=[(6e8, "EUR")], percent=[10], dates=["2019"]),
    # published 2024-12-06 (the address), so "Fin octobre" is October 2024
    Passage("https://maddyness.com/2024/12/06/benjamin-revcolevschi-nouveau-patron-dovhcloud-cest-la-plus-belle-"
            "plateforme-qui-existe-en-europe-pour-creer-une-vraie-alternative-aux-acteurs-du-cloud-mondial/",
            "Fin octobre, OVHcloud annonçait que Michel Paulin, son directeur général depuis 2018, avait démissionné "
            "de ses fonctions d’administrateur et de directeur général de l’entreprise nordiste.",
            actors=["OVHcloud", "Michel Paulin"], dates=["2024-10", "2018"], published="2024-12-06"),
    Passage("https://lemondeinformatique.fr/actualites/lireamp-aws-devoile-ses-investissements-en-france-88135.html",
            "Julien Groues, directeur général d’AWS France, a dévoilé un rapport sur l’impact économique d’AWS dans "
            "l’hexagone. On apprend ainsi que depuis l’ouverture de la région Paris en 2017, la société a investi 700 "
            "millions d’euros sur 5 ans pour la mise en place et le maintien de l’infrastructure.",
            money=[(7e8, "EUR")], actors=["Julien Groues", "AWS France", "AWS"], dates=["2017"]),
    # no publication date found, so "Mi-mai" (no year written) is left out
    Passage("https://linformaticien.com/magazine/cloud/62077-aws-cherche-a-renforcer-sa-presence-en-italie.html",
            "La France n'est pas non plus en reste. Mi-mai, Amazon a annoncé un investissement massif de 1,2 Md€ "
            "dans le cadre du sommet Choose France.",
            money=[(1.2e9, "EUR")], actors=["Amazon"], dates=[]),
    Passage("https://www.distributique.com/actualites/lire-quelle-est-l-ampleur-de-la-dependance-economique-aux-"
            "clouds-americains-36173.html",
            "Une étude menée par le cabinet Asteres pour le compte du Cigref fait ressortir que les entreprises "
            "européennes achèteraient par an près de 260 Md€ en services cloud américains. Réorienter 15 % des "
            "montants de ces achats permettrait de créer plus de 450 000 emplois sur le vieux continent.",
            money=[(2.6e11, "EUR")], percent=[15], actors=["Asteres", "Cigref"], dates=[]),
    Passage("http://www.acuite.fr/actualite/legislation/275528/la-cnil-donne-son-feu-vert-microsoft-pour-"
            "lhebergement-des-donnees-de",
            "La Cnam s'est opposée à plusieurs reprises à ce choix dénonçant un « manque total de confiance et de "
            "transparence » vis-à-vis de Microsoft Azure.",
            actors=["Cnam", "Microsoft Azure"], dates=[]),
    Passage("https://www.usine-digitale.fr/article/ou-en-est-l-hebergement-des-donnees-de-sante-du-health-data-"
            "hub.N1781632",
            "\"Je partage pleinement vos préoccupations relatives au risque de divulgation des données hébergées par "
            "la plateforme aux autorités américaines avec le choix de l'entreprise Microsoft\", écrivait Olivier "
            "Véran, le ministre des Solidarités et de la Santé, dans une lettre en novembre 2020.",
            actors=["Microsoft", "Olivier Véran"], dates=["2020-11"], published="2022-02"),
    # no publication date found, so "début février" (no year written) is left out
    Passage("https://www.alliancy.fr/cnil-microsoft-health-data-hub-donnees-sante",
            "La CNIL a validé début février l’autorisation d’hébergement des données du Health Data Hub par "
            "Microsoft.",
            actors=["CNIL", "Health Data Hub", "Microsoft"], dates=[]),
    Passage("https://www.journaldeleconomie.fr/La-Cnil-ne-veut-pas-de-Microsoft-pour-heberger-les-donnees-de-sante-"
            "des-Francais_a9261.html",
            "En l'occurrence, il s'agit d'Azure, la filiale de Microsoft spécialisée dans l'hébergement en ligne. Un "
            "choix qui s'est fait en toute discrétion, sans appel d'offres.",
            actors=["Azure", "Microsoft"], dates=[], published="2020-10"),
    Passage("https://www.medecin-occitanie.org/donnees-de-sante-la-cour-des-comptes-appelle-a-mieux-encadrer-"
            "lhebergement-prive",
            "Le rapport, consacré à la souveraineté des systèmes d’information civils de l’État, rappelle que plus de "
            "300 opérateurs sont aujourd’hui certifiés HDS, dont de grands fournisseurs américains de services cloud "
            "(Amazon, Microsoft, Google).",
            actors=["Amazon", "Microsoft", "Google"], dates=[]),
    Passage("https://clubic.com/amazon-web-services-aws/actualite-363700-doctolib-et-rendez-vous-vaccinal-le-"
            "ministere-de-la-sante-face-au-conseil-d-etat-pour-justifier-sa-strategie.html",
            "Au cœur de cette désapprobation, est dénoncé le fait que Doctolib héberge ses données chez AWS, l'un des "
            "leaders mondiaux du Cloud.",
            actors=["Doctolib", "AWS"], dates=[]),
    Passage("https://www.republik-it.fr/decideurs-it/gouvernance/la-cour-des-comptes-s-inquiete-de-la-souverainete-"
            "des-si-d-etat.html",
            "Par exemples, le 21 janvier 2025, la Cour des Comptes a publié un rapport critique sur les gains de "
            "productivité de l’État issus du numérique et, en juillet 2024, un autre intitulé « Le pilotage de la "
            "transformation numérique de l’État par la direction interministérielle du numérique ».",
            actors=["Cour des Comptes", "direction interministérielle du numérique"],
            dates=["2025-01-21", "2024-07"]),
    Passage("https://www.april.org/souverainete-numerique-pas-de-pilote-a-la-commande-publique",
            "Le rapport de 489 pages, et les 67 recommandations de la commission d'enquête présidée par M. Simon "
            "Uzenat, est le produit de quatre mois de travaux menés entre mars et juillet 2025.",
            actors=["Simon Uzenat"], dates=["2025-03"]),
    Passage("https://www.senat.fr/compte-rendu-commissions/20250609/ce_commande_publique.html",
            "Nous recevons donc M. Anton Carniaux, directeur des affaires publiques et juridiques de Microsoft France, "
            "et M. Pierre Lagarde, directeur technique du secteur public.",
            actors=["Anton Carniaux", "Microsoft France", "Pierre Lagarde"], dates=[], published="2025-06-10"),
    Passage("https://www.senat.fr/seances/s202512/s20251217/s20251217010.html",
            "Trois grands acteurs américains détiennent ainsi près de 70 % du marché de l'informatique en nuage en "
            "Europe",
            percent=[70], dates=[], published="2025-12-17"),
    # published 2022-11 (the page gives it); "en octobre 2021" is written in full
    Passage("https://www.nextinpact.com/lebrief/70378/leducation-nationale-officialise-larret-deploiement-"
            "doffice365-et-google-for-education-dans-ecoles",
            "Mais il affirme avoir informé en octobre 2021 les recteurs de région académique et d'académie de la "
            "doctrine « cloud au centre » du gouvernement et des positions de la Dinum et de la CNIL sur le sujet.",
            actors=["Dinum", "CNIL"], dates=["2021-10"], published="2022-11"),
    # published Thursday 17 November 2022, so "mardi 15 novembre" is 15 November 2022
    Passage("http://touteduc.fr/fr/archives/id-21043-l-offre-de-microsoft-aux-enseignants-et-aux-eleves-est-"
            "proscrite-depuis-plus-d-un-an",
            "Dans sa réponse publiée mardi 15 novembre, le ministère rappelle qu'il avait déjà demandé en octobre "
            "2021 \"d'arrêter tout déploiement ou extension de cette solution ainsi que celle de Google\".",
            actors=["Google"], dates=["2022-11-15", "2021-10"], published="2022-11-17"),
    Passage("https://commission.europa.eu/strategy-and-policy/priorities-2019-2024/europe-fit-digital-age/europes-"
            "digital-decade-digital-targets-2030_fr",
            "Adoption des technologies: 75 % des entreprises de l’UE utilisent l’informatique en nuage, l’IA ou les "
            "mégadonnées",
            percent=[75], dates=[]),
    Passage("https://www.entreprise-europe-sud-ouest.fr/content/news/?SelNewsID=4788",
            "Les États membres vont désormais devoir réexaminer et adapter leurs feuilles de route nationales pour les "
            "aligner sur le niveau d'ambition du programme d'action pour la décennie numérique avant le 2 décembre "
            "2024.",
            dates=["2024-12-02"]),
    Passage("https://news.belgium.be/fr/plan-dapproche-en-vue-de-letablissement-dun-plan-transversal-dadoption-du-"
            "cloud-pour",
            "Le Conseil des ministres a demandé au Ministre en charge de la Digitalisation de présenter un plan "
            "transversal d’adoption du cloud au sein de l’administration fédérale (y inclus les aspects financiers) "
            "pour le 30 septembre 2025.",
            actors=["Conseil des ministres"], dates=["2025-09-30"], published="2024-05-17"),
    Passage("https://channelnews.be/microsoft-ouvre-sa-premiere-region-cloud-belge-des-opportunites-pour-le-canal-"
            "mais-aussi-des-questions-sur-la-souverainete-et-lenergie",
            "Cette région devrait accélérer le stockage local des données et le traitement par l’IA et pourrait "
            "générer, selon IDC, un impact économique pouvant atteindre 59 milliards d’euros.",
            money=[(5.9e10, "EUR")], actors=["IDC"], dates=[]),
    Passage("https://www.ictjournal.ch/news/2021-06-25/les-cinq-fournisseurs-qui-decrochent-le-contrat-de-cloud-"
            "public-de-la-confederation",
            "La Confédération compte investir jusqu’à 110 millions de francs suisses dans les services de cloud "
            "public au cours des cinq prochaines années.",
            money=[(1.1e8, "CHF")], dates=[], published="2021-06-25"),
    Passage("https://www.letemps.ch/economie/cyber/surprise-confederation-se-fournit-chine-cloud",
            "La Confédération a choisi le chinois Alibaba pour se fournir en services cloud. C’est donc un prestataire "
            "de l’Empire du Milieu qui s’occupera d’une partie des données de l’administration fédérale, aux côtés de "
            "quatre multinationales américaines: Amazon, Microsoft, IBM et Oracle.",
            actors=["Alibaba", "Amazon", "Microsoft", "IBM", "Oracle"], dates=[]),
    # no publication date found, so "mercredi" is left out
    Passage("https://www.24heures.ch/google-recourt-contre-la-decision-de-berne-978121491556",
            "Google a évalué en détail les attributions et décidé de déposer un recours, a expliqué mercredi un "
            "porte-parole à Keystone-ATS.",
            actors=["Google", "Keystone-ATS"], dates=[]),
    Passage("https://www.ledevoir.com/politique/quebec/600565/infonuagique-quebec-a-octroye-85-des-contrats-sans-"
            "appel-d-offres-a-trois-geants-americains",
            "Neuf entreprises se sont partagé 42 contrats pour des services infonuagiques totalisant 43 millions de "
            "dollars depuis janvier 2020, selon les données compilées par Le Devoir à partir du registre des contrats "
            "gouvernementaux.",
            money=[(4.3e7, "CAD")], actors=["Le Devoir"], dates=["2020-01"]),
    Passage("https://www.ledevoir.com/politique/quebec/600565/infonuagique-quebec-a-octroye-85-des-contrats-sans-"
            "appel-d-offres-a-trois-geants-americains",
            "Microsoft s’y taille la part du lion en accaparant 71 % de la valeur des ententes signées, alors que IBM "
            "— à travers le revendeur montréalais SIA Innovations — récolte 10 % et Amazon Web Services 5 %.",
            percent=[71, 10, 5], actors=["Microsoft", "IBM", "SIA Innovations", "Amazon Web Services"], dates=[]),
    Passage("https://www.ledevoir.com/economie/614259/autre-gros-contrat-pour-amazon",
            "Québec a octroyé un contrat de gré à gré de plus de 10,5 millions de dollars à Amazon Web Services (AWS) "
            "pour des services infonuagiques destinés à des organisations gouvernementales.",
            money=[(1.05e7, "CAD")], actors=["Amazon Web Services", "AWS"], dates=[], published="2021-06"),
    # published 2021-01-05 (the address), a Tuesday: "décembre dernier" is December 2020, "ce lundi" 4 January 2021
    Passage("https://www.lapresse.ca/affaires/entreprises/2021-01-05/stockage-des-donnees-gouvernementales/une-"
            "entreprise-sur-trois-est-quebecoise.php",
            "La dernière en lice, Micro Logic, a obtenu la confirmation de sa qualification en décembre dernier. Elle "
            "en a fait l’annonce ce lundi par communiqué.",
            actors=["Micro Logic"], dates=["2020-12", "2021-01-04"], published="2021-01-05"),
    # "le gouvernement Legault" is read as the state's executive, not an actor
    Passage("https://www.lapresse.ca/affaires/entreprises/2021-01-05/stockage-des-donnees-gouvernementales/une-"
            "entreprise-sur-trois-est-quebecoise.php",
            "Après 23 mois de préparatifs et deux « appels d’intérêt » qui ont attiré 20 entreprises, le projet du "
            "gouvernement Legault de confier jusqu’à 80 % de ses données au privé démarrera dans quelques semaines.",
            percent=[80], dates=[], published="2021-01-05"),
    Passage("https://infobref.com/quebec-va-confier-ses-donnees-a-amazon-et-microsoft-parce-quaucun-hebergeur-"
            "quebecois-na-ete-certifie-a-temps/",
            "«Il existe trois plateformes infonuagiques québécoises, explique Steve Waterhouse. Des trois, seule celle "
            "de Micro Logic est conforme aux normes exigées par Québec. Mais elle a obtenu cette certification à la "
            "toute dernière minute.».",
            actors=["Steve Waterhouse", "Micro Logic"], dates=[], published="2021-01-11"),
]

# Annotated blind, by reading only: no extraction was run on these passages before or while they were
# annotated. `published` is the date the page gives (None: none found).
HELD_OUT_9 = [
    Passage("https://www.lemondeinformatique.fr/actualites/lire-capgemini-cloture-2021-avec-des-resultats-au-beau-fi"
            "xe-85825.html",
            "Le chiffre d’affaires du groupe sur l'année s’établit à 18,16 milliards d’euros, soit une progression "
            "de 14,6% sur l’année (15,1% à taux de change constant), sur fond de reprise économique et "
            "d’accélération de la transformation digitale des grandes entreprises et organisations.",
            money=[(1.816e10, "EUR")], percent=[14.6, 15.1], dates=[]),
    Passage("https://www.lemondeinformatique.fr/actualites/lire-capgemini-cloture-2021-avec-des-resultats-au-beau-fi"
            "xe-85825.html",
            "Le résultat net part du groupe est en hausse de 21% à 1,157 Md€ et le bénéfice par action (non dilué) "
            "de 20% à 6,87 €. Le directeur général du groupe, Aiman Ezzat, qualifie la performance du groupe de « "
            "remarquable en termes de croissance, de profitabilité et de génération de cash ».",
            money=[(1.157e9, "EUR"), (6.87, "EUR")], percent=[21, 20], actors=["Aiman Ezzat"], dates=[]),
    # published gives only the month, so "ce jeudi" is left out; "l'année" is 2022
    Passage("https://www.latribune.fr/technos-medias/telecoms/bouygues-telecom-loue-une-activite-commerciale-dynamiq"
            "ue-941099.html",
            "Ce jeudi, Bouygues Telecom a publié ses résultats au titre des neuf premiers mois de l'année. "
            "L'opérateur du groupe Bouygues se porte plutôt bien. En témoigne son chiffre d'affaires, en croissance "
            "de 5% sur la période, à plus de 5,5 milliards d'euros.",
            money=[(5.5e9, "EUR")], percent=[5], actors=["Bouygues Telecom", "Bouygues"], dates=["2022"],
            published="2022-11"),
    # published gives only the month, so "mardi" is left out
    Passage("https://www.boursorama.com/bourse/actualites/bouygues-telecom-activite-en-baisse-de-2-au-1t-maintient-s"
            "es-objectifs-875710d2fddacb1b4052a6d9f4b3c109",
            "Le groupe de télécommunications Bouygues Telecom a vu son chiffre d'affaires baisser de 2% au premier "
            "trimestre, à 1,9 milliard d'euros, mais maintient ses objectifs pour 2024, a-t-il annoncé mardi dans "
            "un communiqué.",
            money=[(1.9e9, "EUR")], percent=[2], actors=["Bouygues Telecom"], dates=["2024-Q1", "2024"],
            published="2024-05"),
    Passage("https://www.clubic.com/actualite-526644-microsoft-va-investir-4-milliards-d-euros-en-france-et-on-peut-"
            "dire-merci-au-nucleaire-pour-cela.html",
            "4 milliards d'euros. Voilà la somme conséquente que va investir Microsoft en France. Le projet est "
            "exceptionnel, comme le souligne son patron Brad Smith dans une interview avec l'AFP : « Il s'agit de "
            "l'investissement le plus important que nous ayons jamais réalisé en France. »",
            money=[(4e9, "EUR")], actors=["Microsoft", "Brad Smith", "AFP"], dates=[], published="2024-05"),
    Passage("https://www.rte-france.com/wiki-energie/data-centers-11-chiffres-sur-leur-essor-france-leurs-besoins-el"
            "ectricite",
            "À l’occasion du sommet Choose France, le 13 mai 2024, plusieurs acteurs comme Microsoft, AWS, Equinix "
            "et Telehouse ont confirmé l’attractivité du territoire français et se sont dit prêts à y investir près "
            "de 6 milliards d’euros pour le développement de plusieurs data centers.",
            money=[(6e9, "EUR")], actors=["Microsoft", "AWS", "Equinix", "Telehouse"], dates=["2024-05-13"]),
    Passage("https://www.notre-environnement.gouv.fr/actualites/breves/article/quelle-est-la-consommation-d-electric"
            "ite-des-datacenters-en-france",
            "En 2023, les centres de données installés en France métropolitaine ont consommé entre 4 et 6 "
            "térawatteures (TWh) d’électricité, soit 1 à 1,5 % de la consommation électrique nationale.",
            percent=[1], dates=["2023"]),
    Passage("https://www.notre-environnement.gouv.fr/actualites/breves/article/quelle-est-la-consommation-d-electric"
            "ite-des-datacenters-en-france",
            "Entre 2022 et 2023, leur consommation a augmenté de 21 %. Cette hausse est due aux plus gros sites : "
            "les datacenters dépassant 50 gigawattheure (GWh) par an ont vu leur consommation bondir de 69 %.",
            percent=[21, 69], dates=["2022"]),
    # published: the address carries 2024/08/29, so "en mai dernier" is May 2024
    Passage("https://maddyness.com/2024/08/29/3-fondateurs-sur-5-deja-sur-le-depart-que-se-passe-t-il-chez-h",
            "Si voir des fondateurs quitter leur entreprise est quelque chose de fréquent, des défections aussi "
            "précoces sont cependant assez rares, surtout au vu du potentiel de H, qui a réussi l’exploit de "
            "boucler une levée de fonds d’amorçage de 220 millions de dollars en mai dernier.",
            money=[(2.2e8, "USD")], actors=["H"], dates=["2024-05"], published="2024-08-29"),
    # published: the address carries 2025/02/18, so "en mai dernier" is May 2024
    Passage("https://maddyness.com/2025/02/18/un-cofondateur-de-h-rebondit-chez-meta-la-startup-continue-dinterroger",
            "Lancée avec les honneurs en mai dernier, H bouclait déjà une levée de fonds en amorçage de 220 "
            "millions d’euros avec un excellent syndicat d’investisseurs : Xavier Niel, fondateur d’Iliad, d’Eric "
            "Schmidt, l’ex-PDG de Google, Bernard Arnault, le patron de LVMH via la société de capital-risque Aglaé "
            "Ventures…",
            money=[(2.2e8, "EUR")], actors=["H", "Xavier Niel", "Iliad", "Eric Schmidt", "Google", "Bernard Arnault",
                    "LVMH", "Aglaé Ventures"], dates=["2024-05"], published="2025-02-18"),
    Passage("https://www.sophianet.com/article/cannes-poli-cloud-leve-7-5-me-cinq-mois-lancement",
            "Une levée de fonds d’amorçage à 7,5 M€ moins de 5 mois après son lancement au dernier WAICF (World "
            "Artificial Intelligence Cannes Festival) : c’est ce que vient de réussir la société PoliCloud. Fondée "
            "à Cannes par le sérial entrepreneur David Gurlé (fondateur de la licorne Symphony, de Hivenet)",
            money=[(7.5e6, "EUR")], actors=["PoliCloud", "David Gurlé", "Symphony", "Hivenet"], dates=[]),
    # published: the page gives 16/06/2020, a Tuesday, so "mardi" is that day and "l'an dernier" is 2019
    Passage("https://www.boursorama.com/bourse/actualites/en-2019-la-fibre-a-porte-les-investissements-dans-le-secte"
            "ur-francais-des-telecoms-arcep-97443869339bb2dc405015f443c28119",
            "Les opérateurs de téléphonie ont investi l'an dernier 500 millions d'euros de plus par rapport à 2018 "
            "pour un montant global de 10,4 milliards, relève mardi l'Arcep qui indique aussi que plus de 7,1 "
            "millions de foyers français bénéficiaient fin 2019 d'un accès à la fibre.",
            money=[(5e8, "EUR"), (1.04e10, "EUR")], actors=["Arcep"], dates=["2019", "2018", "2020-06-16", "2019"],
            published="2020-06-16"),
    Passage("https://www.zonebourse.com/actualite-bourse/Les-investissements-dans-le-secteur-francais-des-telecoms-p"
            "our-la-premiere-fois-superieurs-a-10-mill--30775737/?utm_medium=RSS&utm_content=20200616",
            "\"C'est vraiment un chiffre historique et c'est surtout une tendance de fond\", a commenté sur BFM "
            "Business le président de l'autorité de régulation des communications électroniques, Sébastien Soriano.",
            actors=["BFM Business", "autorité de régulation des communications électroniques", "Sébastien Soriano"],
            dates=[], published="2020-06"),
    # published 2019-05, so "l'an passé" is 2018
    Passage("https://www.numerama.com/business/518178-fibre-optique-les-depenses-des-operateurs-battent-des-records-"
            "et-le-regulateur-est-ravi.html",
            "La hausse est continue depuis 2014, passant de 7 milliards à 9,8 milliards d’euros l’an passé. « Le "
            "montant des investissements a augmenté de 40 % en quatre ans », relève ainsi le gendarme des télécoms.",
            money=[(7e9, "EUR"), (9.8e9, "EUR")], percent=[40], dates=["2014", "2018"], published="2019-05"),
    Passage("https://www.lalibre.be/economie/entreprises-startup/2023/08/30/les-geants-de-lia-entrent-au-capital-de-"
            "la-nouvelle-pepite-hugging-face-4LSP4F6PHBDTXNAV4SFAVFHPUI/",
            "Sur le front des investissements, les sociétés à l’origine de ces IA génératives ont déjà levé, depuis "
            "le début de l’année, plus de 14 milliards de dollars (dont 10 milliards, il est vrai, uniquement pour "
            "OpenAI). Parmi les autres acteurs en vue, on trouve notamment Cohere, Mistral AI, Adept et Anthropic.",
            money=[(1.4e10, "USD"), (1e10, "USD")], actors=["OpenAI", "Cohere", "Mistral AI", "Adept", "Anthropic"],
            dates=["2023"], published="2023-08-30"),
    Passage("https://pausehardware.com/hugging-face-refuse-nvidia-pari-open-source",
            "Selon le Financial Times, Hugging Face a décliné fin 2024 une proposition d’investissement de 500 "
            "millions de dollars de Nvidia, qui aurait propulsé sa valorisation à 7 milliards.",
            money=[(5e8, "USD"), (7e9, "USD")], actors=["Financial Times", "Hugging Face", "Nvidia"], dates=["2024"]),
    # published: the address carries 2024-08-01, a Thursday, so "jeudi" is that day
    Passage("https://www.rtl.be/actu/monde/france/atos-perte-nette-d19-milliard-deuros-au-premier-semestre-apres-de-"
            "fortes/2024-08-01/article/696288",
            "Le groupe informatique français Atos, l'un des piliers technologiques des Jeux olympiques de Paris, a "
            "annoncé jeudi avoir enregistré une perte nette d'1,9 milliard d'euros après d'importantes "
            "dépréciations d'actifs et la fin de contrats clients dans la région Amériques.",
            money=[(1.9e9, "EUR")], actors=["Atos"], dates=["2024-08-01"], published="2024-08-01"),
    Passage("https://www.tahiti-infos.com/Atos-dans-le-rouge-au-premier-semestre-apres-de-fortes-depreciations-d-act"
            "ifs_a225310.html",
            "\"Atos est sauvé\", s'est félicité lors d'une conférence avec des journalistes le nouveau PDG "
            "Jean-Pierre Mustier, qui assurait déjà la fonction de président du conseil d'administration depuis "
            "octobre 2023.",
            actors=["Atos", "Jean-Pierre Mustier"], dates=["2023-10"], published="2024-08-01"),
    Passage("https://solutions-entreprise.developpez.com/actu/362217/Atos-a-revu-a-la-baisse-ses-objectifs-financier"
            "s-mais-a-declare-que-la-restructuration-pour-se-sortir-du-desastre-etait-toujours-en-cours-apres-que-la"
            "-celebre-ESN-ait-ete-au-bord-de-l-effondrement/",
            "Atos a déclaré qu'il prévoyait désormais un chiffre d'affaires de 9,7 milliards d'euros (10,72 "
            "milliards de dollars) pour l'année 2024, en baisse par rapport aux 9,8 milliards d'euros estimés "
            "précédemment.",
            money=[(9.7e9, "EUR"), (1.072e10, "USD"), (9.8e9, "EUR")], actors=["Atos"], dates=["2024"]),
    # published 2022-11, so "cette année" is 2022
    Passage("https://www.ledevoir.com/economie/770321/hydro-quebec-prevoit-une-multiplication-des-centres-de-donnees",
            "Dans son plus récent plan d’approvisionnement, Hydro-Québec prévoit que les centres de données lui "
            "achèteront 5,1 térawattheures (TWh) d’électricité en 2032, par rapport à 0,9 TWh cette année.",
            actors=["Hydro-Québec"], dates=["2032", "2022"], published="2022-11"),
    # GDH (Gatineau Data Hub) is the planned data centre, a site, not an organisation
    Passage("https://ici.radio-canada.ca/nouvelle/1973861/centre-donnees-gatineau-hydro-quebec-electricite",
            "Avec son entreprise AVAIO Capital et en partenariat avec la société immobilière locale ADAM, il "
            "annonce, le 10 février 2022, la création de GDH (Gatineau Data Hub), un futur centre de données de "
            "grande capacité (48,8 mégawatts, soit l’équivalent de 18 000 foyers alimentés en électricité)",
            actors=["AVAIO Capital", "ADAM"], dates=["2022-02-10"], published="2023-04"),
    Passage("https://www.zonebourse.com/cours/action/ILIAD-4765/actualite/Iliad-croissance-organique-de-6-6-du-CA-au"
            "-2eme-trimestre-41646433/?utm_medium=RSS&utm_content=20220830",
            "L'EBITDAaL du Groupe est en croissance organique pro forma de 10,1% au 1er semestre 2022 (+12,8% "
            "publié) à 1,58 milliard d'euros grâce notamment à l'Italie (+82 millions d'euros) et la France (+71 "
            "millions d'euros).",
            money=[(1.58e9, "EUR"), (8.2e7, "EUR"), (7.1e7, "EUR")], percent=[10.1, 12.8], dates=["2022-H1"],
            published="2022-08"),
    # published 2025-09-09, a Tuesday, so "mardi matin" is that day
    Passage("https://www.agefi.fr/news/entreprises/mistral-ai-leve-1-7-milliard-deuros-et-accueille-asml-a-son-capit"
            "al",
            "L’information avait largement été éventée, elle est désormais confirmée. Mistral AI a indiqué mardi "
            "matin avoir levé 1,7 milliard d’euros à un prix valorisant l’entreprise 11,7 milliards d’euros après "
            "l’augmentation de capital.",
            money=[(1.7e9, "EUR"), (1.17e10, "EUR")], actors=["Mistral AI"], dates=["2025-09-09"],
            published="2025-09-09"),
    Passage("https://www.lemagit.fr/actualites/366630303/ASML-investit-13-milliard-deuros-dans-Mistral-AI",
            "Le spécialiste néerlandais des équipements de lithographie pour semiconducteurs engage 1,3 milliard "
            "d’euros. Les 400 millions restants sont versés par des investisseurs existants : DST Global, "
            "Andreessen Horowitz, Bpifrance, General Catalyst, Index Venture, Lightspeed et Nvidia.",
            money=[(1.3e9, "EUR"), (4e8, "EUR")], actors=["DST Global", "Andreessen Horowitz", "Bpifrance",
                    "General Catalyst", "Index Venture", "Lightspeed", "Nvidia"], dates=[]),
    Passage("https://www.frenchweb.fr/mistral-ai-double-sa-valorisation-et-franchit-les-12-milliards-deuros-avec-une"
            "-levee-de-17-mde/456977",
            "Mistral emploie désormais plus de 350 personnes et affirme avoir signé des contrats d’une valeur "
            "annuelle de plus de 300 millions d’euros, pour un montant cumulé de 1,4 milliard depuis son lancement "
            "en 2023.",
            money=[(3e8, "EUR"), (1.4e9, "EUR")], actors=["Mistral"], dates=["2023"], published="2025-09-09"),
    Passage("https://dcmag.fr/belgique-google-va-investir-5-milliards-e-en-wallonie-pour-etendre-son-datacenter-de-s"
            "aint-ghislain",
            "Par ailleurs, 80 fournisseurs wallons collaborent déjà avec Google, générant des retombées économiques "
            "estimées à 1,5 milliard d’euros de PIB annuel d’ici 2027, selon une étude de Deloitte et de "
            "l’Université de Mons.",
            money=[(1.5e9, "EUR")], actors=["Google", "Deloitte", "Université de Mons"], dates=["2027"]),
    Passage("https://www.dhnet.be/regions/mons/borinage/google-investit-600-millions-d-euros-supplementaires-a-saint"
            "-ghislain-5cf4cdc19978e27796d0bbd6",
            "Google vient d'annoncer un nouvel investissement d'environ 600 millions d'euros pour la construction "
            "d'un autre data center sur son site actuel à Saint-Ghislain. La quatrième construction portera "
            "l'investissement total en Belgique à 1,6 milliard d'euros.",
            money=[(6e8, "EUR"), (1.6e9, "EUR")], actors=["Google"], dates=[], published="2019-06"),
    Passage("https://www.silicon.fr/truffle-100-marqueurs-annee-crise-412083.html",
            "Avec des revenus en hausse annuelle de 12,6 % (4,024 milliards d’euros), il creuse l’écart sur Sopra "
            "Steria (658,5 millions ; -5,4 %), Murex (580 millions ; +1,9 %) et Cegid (498 millions ; +3,7 %).",
            money=[(4.024e9, "EUR"), (6.585e8, "EUR"), (5.8e8, "EUR"), (4.98e8, "EUR")], percent=[12.6, -5.4, 1.9,
                    3.7], actors=["Sopra Steria", "Murex", "Cegid"], dates=[], published="2021-07"),
    Passage("https://www.silicon.fr/truffle-100-france-top-20-editeurs-logiciels-444826.html",
            "D’une année à l’autre, le chiffre d’affaires global sur le segment édition a crû d’environ 10 %, à "
            "12,7 milliards d’euros. Un niveau sans précédent depuis la première édition du Truffle 100 en 2004.",
            money=[(1.27e10, "EUR")], percent=[10], dates=["2004"], published="2022-07"),
    Passage("https://journeedudatacenter.com/colt-dcs-a-lance-la-construction-de-5-datacenters-hyperscale-au-sud-de-"
            "paris-retour-sur-le-projet",
            "nous vous proposons l’interview de Hedi Ollivier, Directeur du Développement EMEA de Colt Data Centre "
            "Services, accordé à DCmag lors de la pose de la première pierre de Colt Paris 2, le 13 mai 2025, le "
            "premier des cinq datacenters annoncés.",
            actors=["Hedi Ollivier", "Colt Data Centre Services", "DCmag"], dates=["2025-05-13"]),
    # an interview: the answer of Telehouse France's president
    Passage("https://issuu.com./dcmag.fr/docs/datacenter_magazine_05/s/56957635",
            "Car nous avons annoncé, et nous sommes engagés, sur un milliard dʼeuros d'investissements en France "
            "pour l'extension et la création de nouveaux data centers Telehouse.",
            money=[(1e9, "EUR")], actors=["Telehouse"], dates=[]),
    # published: the address ends in the Unix time of 12 September 2019
    Passage("https://www.francebleu.fr/infos/economie-social/stmicoelectronics-va-investir-100-millions-d-euros-dans"
            "-son-usine-de-tours-nord-pour-produire-des-1568296000",
            "Dix millions d'euros devraient être consacrés à la construction du bâtiment, le reste serait dédié à "
            "la ligne de production. STMicroelectronics inscrit ce développement dans le cadre d'un plan européen, "
            "baptisé Nano, impliquant plusieurs pays européens et doté d'1 milliard d'euros de subventions",
            money=[(1e7, "EUR"), (1e9, "EUR")], actors=["STMicroelectronics"], dates=[], published="2019-09-12"),
    Passage("https://www.journaldequebec.com/2022/07/11/semi-conducteurs-stmicro-et-globalfoundries-vont-construire-"
            "une-usine-de-57-mds-euros-en-france",
            "Les fabricants de semi-conducteurs GlobalFoundries (américain) et STMicroelectronics (franco-italien) "
            "vont construire une usine près de Grenoble pour produire des semi-conducteurs, pour un investissement "
            "estimé à 5,7 milliards d'euros, selon les deux entreprises et l'exécutif français.",
            money=[(5.7e9, "EUR")], actors=["GlobalFoundries", "STMicroelectronics"], dates=[],
            published="2022-07-11"),
    Passage("https://rts.ch/info/suisse/13549788-lenjeu-energetique-autour-des-datacenters.html",
            "En 2019, les centres de calcul et salles de serveurs ont utilisé 2,1 térawattheures (TWh), selon "
            "l'Office fédéral de l'énergie, soit 3,6% de la consommation totale d'électricité en Suisse.",
            percent=[3.6], actors=["Office fédéral de l'énergie"], dates=["2019"]),
    Passage("https://www.letemps.ch/economie/une-initiative-lancee-decarboner-centres-donnees",
            "Emmenée par Hewlett Packard Enterprise (HPE), l’alliance à la base de cette opération – baptisée Swiss "
            "Data Efficiency Association (SDEA) – comprend en effet notamment l’EPFL, l’Association suisse des "
            "télécommunications (ASUT) et Digitalswitzerland et collabore avec l’Office fédéral de l’énergie.",
            actors=["Hewlett Packard Enterprise", "HPE", "Swiss Data Efficiency Association", "SDEA", "EPFL",
                    "Association suisse des télécommunications", "ASUT", "Digitalswitzerland",
                    "Office fédéral de l’énergie"], dates=[]),
    # published: the address carries 2020/11/05, so "au troisième trimestre" and "cette année" are 2020
    Passage("https://www.journaldequebec.com/2020/11/05/revenus-en-hausse-de-36-pour-quebecor-au-troisieme-trimestre",
            "Le géant québécois des télécoms Québecor a vu ses revenus bondir de 3,6% au troisième trimestre pour "
            "s'établir à 1,11 milliard $ cette année, en plus de voir son BAIIA ajusté augmenter de 4,1 millions $, "
            "ou 0,8%, pour la même période, à 513,4 millions $ en 2020.",
            money=[(1.11e9, "CAD"), (4.1e6, "CAD"), (5.134e8, "CAD")], percent=[3.6, 0.8], actors=["Québecor"],
            dates=["2020-Q3", "2020", "2020"], published="2020-11-05"),
    # published 2022-08, so "la mi-juin" is June 2022
    Passage("https://www.directioninformatique.com/quebecor-annonce-ses-resultats-du-second-trimestre-de-2022/98472",
            "On se souviendra que Vidéotron a conclu à la mi-juin une entente avec Rogers Communications et Shaw "
            "Communications pour acquérir de Freedom Mobile pour une somme de 2,85 G$, en assumant une encaisse et "
            "un endettement nuls.",
            money=[(2.85e9, "CAD")], actors=["Vidéotron", "Rogers Communications", "Shaw Communications",
                    "Freedom Mobile"], dates=["2022-06"], published="2022-08"),
    Passage("https://www.boursorama.com/actualite-economique/actualites/choose-france-l-elysee-annonce-30-milliards-"
            "d-investissements-made-in-france-5f2c5f6b92cbaca9c22b1908fbccc52d",
            "Le plus spectaculaire demeure la création d'un data center géant, fruit d'une alliance entre Iliad, "
            "EDF et le fonds Infravia. Pour 4 milliards d'euros, le site, doté de plusieurs centaines de mégawatts, "
            "ambitionne de devenir l'un des plus vastes centres de calcul d'Europe.",
            money=[(4e9, "EUR")], actors=["Iliad", "EDF", "Infravia"], dates=[], published="2025-11-16"),
    # published: the page gives 19/05/25
    Passage("https://www.abcbourse.com/marches/amp/ia-culture-data-centers-37-milliards-d-euros-de-projets-annonces-"
            "lors-du-som_664455",
            "Prologis investira 6,4 milliards d’euros pour des entrepôts et quatre data centers dans les régions de "
            "Paris, Marseille, Lyon et Le Havre. Brookfield, le fonds canadien, confirme 10 milliards d’euros à "
            "Cambrai, tandis que Digital Realty déploie 2,3 milliards entre Marseille et Dugny (93).",
            money=[(6.4e9, "EUR"), (1e10, "EUR"), (2.3e9, "EUR")], actors=["Prologis", "Brookfield",
                    "Digital Realty"], dates=[], published="2025-05-19"),
]
# Annotated blind, by reading only, without any extraction run on its passages. City names that stand for
# their administration ("Sombreffe a décidé") are left out, as "Ottawa" is above; "la commune de Fumel",
# "la Ville de Laval" and "mairie de ..." name the administration and are kept.
HELD_OUT_10 = [
    # published: the address carries 20251004, so "vendredi 3 octobre" is 3 October 2025
    Passage("https://www.bfmtv.com/police-justice/ils-ont-crypte-et-aspire-nos-donnees-une-commune-du-lot-et-"
            "garonne-victime-d-une-cyberattaque-avec-demande-de-rancon_AV-202510040109.html",
            "Depuis vendredi 3 octobre, la commune de Fumel, dans le Lot-et-Garonne, est paralysée. En arrivant dans "
            "la matinée, les équipes municipales ont constaté que l'ensemble des serveurs informatiques et des "
            "ordinateurs liés à la mairie étaient inutilisables.",
            actors=["commune de Fumel"], dates=["2025-10-03"], published="2025-10-04"),
    # "Divers Droite" is a political label, not an organisation
    Passage("https://www.bfmtv.com/police-justice/ils-ont-crypte-et-aspire-nos-donnees-une-commune-du-lot-et-"
            "garonne-victime-d-une-cyberattaque-avec-demande-de-rancon_AV-202510040109.html",
            "\"Je viens de signer deux devis pour 24.000 euros. Si nous n'étions pas assurés, nous en serions à "
            "pratiquement 30.000 euros\", explique Jean-Louis Costes, maire Divers Droite, qui estime qu'il faudra une "
            "semaine pour rétablir la situation.",
            money=[(2.4e4, "EUR"), (3e4, "EUR")], actors=["Jean-Louis Costes"], dates=[], published="2025-10-04"),
    Passage("https://www.francebleu.fr/infos/societe/la-ville-de-chaville-dans-les-hauts-de-seine-a-son-tour-"
            "victime-d-une-cyberattaque-1666268080",
            "\"Leurs mots de passe ne fonctionnaient plus. Tous nos fichiers avaient disparu. Nous nous sommes "
            "retrouvés du jour au lendemain sans aucun outil de travail, sans plus aucune donnée\" explique Florence "
            "Cuzacq-Lecroart, directrice générale des services de la ville de Chaville, au micro de France Bleu Paris.",
            actors=["Florence Cuzacq-Lecroart", "ville de Chaville", "France Bleu Paris"], dates=[],
            published="2022-10"),
    # published: the address carries 2022/02/16 (a Wednesday), so "ce jeudi" is not settled and is left out;
    # "du Parisien" is written "Parisien"
    Passage("https://lagazette-ladefense.fr/2022/02/16/cyberattaque-les-hackers-diffusent-des-documents-internes-"
            "apres-le-refus-de-la-mairie-de-payer-la-rancon/",
            "Le groupe de hackers Lockbit 2.0, à l’origine de la cyberattaque menée conjointement contre la Ville de "
            "Saint-Cloud et le ministère de la Justice (voir notre édition du 2 février) le 21 janvier dernier, a mis "
            "ses menaces à exécution en diffusant ce jeudi des documents internes à la Ville, selon les informations "
            "du Parisien.",
            actors=["Lockbit 2.0", "Ville de Saint-Cloud", "ministère de la Justice", "Parisien"],
            dates=["2022-02-02", "2022-01-21"], published="2022-02-16"),
    # no publication date found, so "jeudi 17 août" (no year) is left out
    Passage("https://www.angersmag.info/cyberattaque-limitee-a-la-mairie-de-sartrouville_a10595.html",
            "La mairie de Sartrouville, située dans les Yvelines, a été la victime d'une cyberattaque jeudi 17 août. "
            "Les services touchés sont actuellement en train d'être rétablis.",
            actors=["mairie de Sartrouville"], dates=[]),
    # published 2026-01-31 (the address), so "le 22 janvier dernier" is 22 January 2026; the RGPD is a law
    Passage("https://e-voltaire.fr/2026/01/31/368-millions-de-victimes-de-la-fuite-de-donnees-la-cnil-fustige-un-"
            "systeme-dinformation-profondement-defaillant",
            "C’est en creux le constat dressé par la Commission nationale de l’informatique et des libertés (Cnil) "
            "dans sa décision rendue le 22 janvier dernier dans laquelle elle condamne France Travail (ex-Pôle "
            "Emploi) à une amende de cinq millions d’euros pour avoir violé le Règlement général sur la protection "
            "des données (RGPD).",
            money=[(5e6, "EUR")],
            actors=["Commission nationale de l’informatique et des libertés", "Cnil", "France Travail", "Pôle Emploi"],
            dates=["2026-01-22"], published="2026-01-31"),
    Passage("http://mcinformactions.net/france-travail-ecope-de-5-millions-d-euros-d-amende-pour-sa-gigantesque-"
            "fuite?debut_meme_rubrique=5",
            "Au début de l’année 2024, France Travail était victime d’une cyberattaque avec l’exfiltration de données "
            "personnelles de plus 36,8 millions de personnes. Deux ans plus tard, la CNIL condamne l’organisme à 5 "
            "millions d’euros d’amende et une astreinte de 5 000 euros par jour.",
            money=[(5e6, "EUR"), (5e3, "EUR")], actors=["France Travail", "CNIL"], dates=["2024"],
            published="2026-02-01"),
    # the page went online on 1 February 2026, so "depuis le début de l'année" is 2026; "la Société X" is the
    # name the regulator gave the company; "Free (Mobile)" is annotated "Free"
    Passage("http://mcinformactions.net/france-travail-ecope-de-5-millions-d-euros-d-amende-pour-sa-gigantesque-"
            "fuite?debut_meme_rubrique=5",
            "Rien que depuis le début de l’année, elle a prononcé des sanctions contre France Travail, Intersport "
            "(oups, la Société X) et Free (Mobile). En décembre 2025, c’était contre Nexpublica (Inetum), Mobius "
            "(Deezer), American Express.",
            actors=["France Travail", "Intersport", "Société X", "Free", "Nexpublica", "Inetum", "Mobius", "Deezer",
                    "American Express"],
            dates=["2026", "2025-12"], published="2026-02-01"),
    Passage("https://www.universfreebox.com/article/590894/fuite-de-donnees-chez-france-travail-une-amende-salee-"
            "pour-des-graves-manquements-de-securite",
            "Le 22 janvier 2026, la Commission nationale de l’informatique et des libertés (CNIL) a sanctionné France "
            "Travail, ex Pôle emploi, d’une amende de 5 millions d’euros pour manquement à son obligation de sécurité "
            "des données personnelles. En cause : une cyberattaque survenue au premier trimestre 2024",
            money=[(5e6, "EUR")],
            actors=["Commission nationale de l’informatique et des libertés", "CNIL", "France Travail", "Pôle emploi"],
            dates=["2026-01-22", "2024-Q1"], published="2026-01-29"),
    # no publication date found, so "jeudi 14 décembre" (no year) is left out; "le Département" is the
    # departmental council
    Passage("https://www.lejournaldesentreprises.com/article/un-premier-data-center-de-proximite-en-dordogne-en-"
            "projet-2077161",
            "Le sujet a été évoqué jeudi 14 décembre, devant le ministre délégué au Numérique Jean-Noël Barrot au "
            "cours de son déplacement en Dordogne. Le projet de data center ou centre de données, porté par le "
            "syndicat mixte Périgord numérique (SMPN) et soutenu par le Département est en bonne voie.",
            actors=["Jean-Noël Barrot", "Périgord numérique", "SMPN", "Département"], dates=[]),
    # the department's own release; "la commission Développement Numérique" is a committee of the council
    Passage("https://www.sarthe.fr/actualites/inauguration-du-premier-data-center-public-de-proximite-de-france",
            "Le nouveau centre de données de proximité a été inauguré mardi 2 avril 2024 par Dominique Le Mèner, "
            "Président du Conseil départemental de la Sarthe et président de Sarthe Numérique, Martine Crnkovic et "
            "Joël Métenier, Présidente et vice-président de la commission Développement Numérique",
            actors=["Dominique Le Mèner", "Conseil départemental de la Sarthe", "Sarthe Numérique",
                    "Martine Crnkovic", "Joël Métenier"],
            dates=["2024-04-02"]),
    Passage("https://www.monacomatin.mc/economie/lancement-des-travaux-du-futur-centre-de-donnees-sur-la-commune-"
            "de-mougins-389173",
            "Sous la direction du promoteur mouansois Valimmo, qui a investi 21 millions d'euros pour la construction "
            "de ces 10.000 m², livrés en deux tranches (une première au 3° trimestre 2020 avec 4.500 m² de bureaux "
            "et locaux destinés aux PME-PMI et une livraison finale fin 2020)",
            money=[(2.1e7, "EUR")], actors=["Valimmo"], dates=["2020-Q3", "2020"], published="2019-06"),
    # published 10/10/2020, so "le 9 octobre" is 9 October 2020
    Passage("http://www.aqui.fr/economies/le-4e-data-center-de-la-region-ouvre-ses-portes-a-saint-jean-d-angely,"
            "20630.html",
            "Le président du Département Dominique Bussereau et une dizaine d’élus ont inauguré le 9 octobre le "
            "premier data-center de Charente-Maritime. Implanté à Saint-Jean- d’Angély, le 4e data-center de la "
            "région est un projet privé porté par le groupe industriel Picoty, la société de conseil et d’audit "
            "Atrium Data et la banque des territoires.",
            actors=["Département", "Dominique Bussereau", "Picoty", "Atrium Data", "banque des territoires"],
            dates=["2020-10-09"], published="2020-10-10"),
    # published: the address carries 20221110, a Thursday, so "Ce jeudi" is 10 November 2022
    Passage("https://www.20minutes.fr/societe/4009583-20221110-alpes-maritimes-conseil-departemental-sous-feu-"
            "cyberattaque",
            "Ce jeudi, pour « protéger les données et isoler son système informatique », le conseil départemental des "
            "Alpes-Maritimes annonce avoir « été contraint de couper ses réseaux », la collectivité faisant « face à "
            "une cyberattaque ».",
            actors=["conseil départemental des Alpes-Maritimes"], dates=["2022-11-10"], published="2022-11-10"),
    Passage("https://www.francebleu.fr/infos/faits-divers-justice/cyberattaque-une-rancon-de-dix-milliards-de-"
            "dollars-reclamee-au-departement-de-seine-et-marne-1668699717",
            "\"Nous sommes revenus au papier pour certaines choses mais on a doté des agents de clés 4G, ce qui va nous "
            "permettre d'avoir 600 connexions\", explique Jean-François Parigi, le président du Département de "
            "Seine-et-Marne alors que la collectivité compte au total 5.000 agents, cela représente 25.000 euros pour "
            "six mois.",
            money=[(2.5e4, "EUR")], actors=["Jean-François Parigi", "Département de Seine-et-Marne"], dates=[]),
    Passage("https://www.rtl.fr/actu/sciences-tech/seine-et-marne-les-services-du-departement-touches-par-une-"
            "cyberattaque-7900203727",
            "Depuis cette attaque, la Direction des systèmes d'information et du numérique (DSIN), l'Agence nationale "
            "de la sécurité des systèmes d'information (ANSSI) et Orange cyberdéfense sont mobilisés.",
            actors=["Direction des systèmes d'information et du numérique", "DSIN",
                    "Agence nationale de la sécurité des systèmes d'information", "ANSSI", "Orange cyberdéfense"],
            dates=[], published="2022-11"),
    # Belgian; no publication date found, so "En avril" is left out; the two communes stand for their
    # administrations and are left out
    Passage("https://www.bouke.media/info/lassurance-une-protection-qui-simpose-pour-les-institutions-publiques-"
            "face-aux-cyberattaques/19100",
            "En avril, Jemeppe-sur-Sambre a été victime d’une cyberattaque paralysante. Si la commune fonctionne à "
            "nouveau presque normalement, la facture dépasse les 150 000 euros. À quelques kilomètres de là, "
            "Sombreffe a décidé d’investir dans une assurance.",
            money=[(1.5e5, "EUR")], dates=[]),
    # Belgian; N-VA is a party
    Passage("https://datanews.levif.be/ict/actualite/piratage-a-willebroek-quiconque-doit-rejoindre-la-commune-ce-"
            "lundi-sera-aide/article-news-1244367.html",
            "'La commune et ses collaborateurs sont prêts à limiter à un minimum absolu les difficultés rencontrées "
            "par les habitants de Willebroek', affirme le bourgmestre Eddy Bevers (N-VA).",
            actors=["Eddy Bevers", "N-VA"], dates=[], published="2020-01"),
    # Swiss francs; the page gives no year for "En novembre", so it is left out
    Passage("https://echomagazine.ch/item/786-retro-vd-pirates-a-l-oeuvre",
            "La municipalité «reconnaît avec humilité une certaine naïveté» face à cette attaque. En novembre, le "
            "législatif vote un supplément au budget de près de 180’000 francs pour couvrir les frais qu’elle "
            "engendre.",
            money=[(1.8e5, "CHF")], dates=[]),
    Passage("https://lausannecites.ch/articles/plusieurs-elus-lausannois-victimes-dune-importante-fuite-de-donnees",
            "Selon nos informations, les mots de passe des e-mails du syndic lausannois Grégoire Junod et du "
            "conseiller national vaudois Olivier Feller ont fuité à plusieurs reprises sur la Toile. Trois autres "
            "municipaux, ainsi que le CHUV et les Services industriels lausannois, ont également vu certaines de leurs "
            "données dérobées.",
            actors=["Grégoire Junod", "Olivier Feller", "CHUV", "Services industriels lausannois"], dates=[]),
    # two consecutive paragraphs of the page; published 2021/01/23 (the address), so "la nuit du 16 au 17
    # janvier dernier" starts on 16 January 2021; the vague "il y a une semaine" is left out
    Passage("https://www.journaldequebec.com/2021/01/23/cyberattaque-a-la-ville-de-montmagny",
            "La Ville de Montmagny peine à se relever d’une cyberattaque dont elle a été victime, il y a une semaine, "
            "laquelle a entraîné une paralysie complète de ses systèmes informatiques et téléphoniques. L’attaque de "
            "type rançongiciel a été perpétrée dans la nuit du 16 au 17 janvier dernier.",
            actors=["Ville de Montmagny"], dates=["2021-01-16"], published="2021-01-23"),
    Passage("https://www.lapresse.ca/actualites/2022-09-15/la-ville-de-laval-victime-d-une-attaque-"
            "informatique.php",
            "La Ville de Laval est à son tour visée par une attaque informatique et a dû interrompre certains de ses "
            "services en ligne aux citoyens. Selon le maire Stéphane Boyer, une quantité « limitée » d’information a "
            "été volée, mais la municipalité ignore encore à quels documents elle correspond.",
            actors=["Ville de Laval", "Stéphane Boyer"], dates=[], published="2022-09-15"),
    # two consecutive paragraphs of the page
    Passage("https://www.lyonmag.com/article/124375/informatique-la-ville-de-lyon-veut-troquer-la-suite-office-de-"
            "microsoft-pour-des-logiciels-gratuits",
            "A la fin du mandat, Grégory Doucet et ses équipes seront passés à 80% de bureautique libre et 20% de "
            "bureautique Microsoft. Si la transition doit permettre à terme de faire des économies, elle coûtera près "
            "de 3,5 millions d'euros d'investissements sur le mandat.",
            money=[(3.5e6, "EUR")], percent=[80, 20], actors=["Grégory Doucet", "Microsoft"], dates=[]),
    # "Territoire numérique ouvert" is a product
    Passage("https://www.europesays.com/fr/202973",
            "La suite Territoire numérique ouvert sera développée avec la Métropole de Lyon et le Syndicat "
            "intercommunal des technologies de l’information pour les villes (Sitiv).",
            actors=["Métropole de Lyon", "Syndicat intercommunal des technologies de l’information pour les villes",
                    "Sitiv"], dates=[]),
    Passage("https://www.europesays.com/fr/202973",
            "« Nous sommes fiers d’inscrire la Ville de Lyon dans une trajectoire de souveraineté numérique, dont "
            "l’élection de Donald Trump a rappelé l’importance, insiste Bertrand Maes, adjoint délégué à la politique "
            "numérique.",
            actors=["Ville de Lyon", "Donald Trump", "Bertrand Maes"], dates=[]),
    # "Bretagne Très Haut Débit" is a project
    Passage("https://www.lejournaldesentreprises.com/breve/la-bretagne-sera-entierement-couverte-par-la-fibre-en-"
            "2026-avec-quatre-ans-davance-2116408",
            "Avec 1,7 milliard d’euros investi au total, le déploiement du projet \"Bretagne Très Haut Débit\" arrive "
            "juste derrière les travaux du métro du Grand Paris. Ce projet, initié en 2012 et porté par le syndicat "
            "mixte Mégalis Bretagne, est unique en France et sera terminé avant fin 2026.",
            money=[(1.7e9, "EUR")], actors=["Mégalis Bretagne"], dates=["2012", "2026"]),
    # "la Région" is the regional council
    Passage("https://www.latribune.fr/regions/bretagne/bouygues-et-axione-partenaires-pour-deployer-le-tres-haut-"
            "debit-en-bretagne-819638.html",
            "Le rythme annuel devra passer en 2020 à 100.000 prises construites puis à 150 000 en 2021. Le montant de "
            "l'opération s'élève à 945 millions d'euros et ce marché devra bénéficier à l'économie régionale, a averti "
            "Loïg Chesnais-Girard, président de la Région et de Mégalis Bretagne.",
            money=[(9.45e8, "EUR")], actors=["Loïg Chesnais-Girard", "Région", "Mégalis Bretagne"],
            dates=["2020", "2021"]),
    Passage("https://www.lesinfosdupaysgallo.com/2024/12/05/morbihan-fibre-tous-les-bretons-seront-raccordes-en-"
            "2026/",
            "C’est en tous cas ce qu’affirment le président du syndicat Mégalis en charge du déploiement, Loïg "
            "Chesnais-Girard et le directeur général de ce syndicat, Patrick Malfait dans une conférence de presse : "
            "« nous sommes désormais certains d’avoir terminé à la fin de 2026 ».",
            actors=["Mégalis", "Loïg Chesnais-Girard", "Patrick Malfait"], dates=["2026"], published="2024-12-05"),
    # "la région Île-de-France" is the regional council that orders and pays
    Passage("https://www.affiches-parisiennes.com/numerique-acceleration-du-virage-pris-en-2019-dans-les-lycees-"
            "10030.html",
            "Ainsi, 106 000 ordinateurs et 31 000 tablettes vont être commandés par la région Île-de-France, qui a "
            "engagé 52 millions d'euros pour l'achat de ces équipements.",
            money=[(5.2e7, "EUR")], actors=["région Île-de-France"], dates=[], published="2021-10"),
    Passage("https://www.francebleu.fr/infos/education/dans-les-lycees-de-la-region-sud-les-manuels-scolaires-"
            "seront-desormas-numeriques-1568733208",
            "Cet investissement de 26 millions d'euros pour la seule année 2019 pour le Conseil Régional Provence "
            "Alpes Côtes d’Azur (achat des tablettes et licences mais hors dotation annuelle des lycées) est à ce jour "
            "unique en France.",
            money=[(2.6e7, "EUR")], actors=["Conseil Régional Provence Alpes Côtes d’Azur"], dates=["2019"],
            published="2019-09"),
    # published 2022/08/30 (the address), so "en juin dernier" is June 2022; LR is a party; the Assises du
    # numérique are an event
    Passage("https://lagazette-sqy.fr/2022/08/30/votreville/yvelines/le-departement-offre-des-tablettes-aux-ecoles-"
            "et-colleges/",
            "« On équipe 6e et 4e. Après, les 6e vont devenir des 5e et on refait 6e et 4e, et après, on ne rééquipera "
            "que les 6e, précise Cécile Dumoulin (LR), vice-présidente du Département déléguée aux collèges et au "
            "numérique scolaire, interrogée par les médias en juin dernier en marge des Assises du numérique.",
            actors=["Cécile Dumoulin", "LR", "Département"], dates=["2022-06"], published="2022-08-30"),
    # published 2024-03, so "jeudi 21 mars" is 21 March 2024
    Passage("https://www.francetvinfo.fr/faits-divers/ce-que-l-on-sait-de-la-cyberattaque-et-des-menaces-d-"
            "attentat-qui-ont-vise-une-cinquantaine-de-lycees-d-ile-de-france_6438022.html",
            "Une cinquantaine d'établissements scolaires franciliens ont été visés par des menaces d'attaques à "
            "l'explosif lors d'un piratage de leur espace numérique de travail (ENT), a appris franceinfo de sources "
            "concordantes, jeudi 21 mars.",
            actors=["franceinfo"], dates=["2024-03-21"], published="2024-03"),
    # an interview; published 2021-10, so "au 1er octobre" is 1 October 2021 and "L'année dernière" is 2020
    Passage("https://www.touleco.fr/Alexis-Janicot-French-Tech-Toulouse-On-assiste-a-une-explosion-des-levees-de-"
            "fonds",
            "Du côté de Toulouse, à la French Tech, on était, au 1er octobre, à 206,6 millions d’euros levés par "
            "dix-sept entreprises. L’année dernière, trente-trois levées avant été réalisées pour 176 millions "
            "d’euros. En 2019, il y a eu vingt-cinq levées pour 41 millions d’euros.",
            money=[(2.066e8, "EUR"), (1.76e8, "EUR"), (4.1e7, "EUR")], actors=["French Tech"],
            dates=["2021-10-01", "2020", "2019"], published="2021-10"),
    # "100 millions également" is in euros, as the amount beside it
    Passage("https://www.touleco.fr/Alexis-Janicot-French-Tech-Toulouse-On-assiste-a-une-explosion-des-levees-de-"
            "fonds",
            "Il faut savoir que ces chiffres en très forte augmentation s’expliquent par deux grosses levées en 2020 "
            "et 2021. En 2020, c’est Kinéis qui a levé 100 millions d’euros et, en 2021, AgroNutris 100 millions "
            "également.",
            money=[(1e8, "EUR"), (1e8, "EUR")], actors=["Kinéis", "AgroNutris"],
            dates=["2020", "2021", "2020", "2021"], published="2021-10"),
    # the millions are euros, as the amounts beside them
    Passage("https://toulouse.latribune.fr/entreprises/2023-11-21/levees-de-fonds-des-startups-a-toulouse-un-"
            "barometre-en-trompe-l-oeil-983785.html",
            "Derrière, les opérations de Reev (3 millions), MerciYanis (2,7 millions), Skyted (1 million), Insiteo "
            "(740.000 euros), Bonx (500.000 euros) et Hoope (500.000 euros).",
            money=[(3e6, "EUR"), (2.7e6, "EUR"), (1e6, "EUR"), (7.4e5, "EUR"), (5e5, "EUR"), (5e5, "EUR")],
            actors=["Reev", "MerciYanis", "Skyted", "Insiteo", "Bonx", "Hoope"], dates=[], published="2023-11-21"),
    # the ministry's answer to a parliamentary question, as the page quotes it; France Relance is a plan
    Passage("https://www.lagazettedescommunes.com/868008/comment-mieux-accompagner-les-petites-communes-face-aux-"
            "risques-de-cybersecurite/",
            "Même si cela ne relève pas du périmètre du ministère de l’Intérieur et des Outre-mer, une partie des 136 "
            "millions d’euros, spécialement fléchée sur la cybersécurité dans le cadre du plan France Relance, est "
            "dédiée au renforcement des capacités de cyberdéfense des territoires.",
            money=[(1.36e8, "EUR")], actors=["ministère de l’Intérieur et des Outre-mer"], dates=[],
            published="2023-05"),
    # an interview with the town's head of IT
    Passage("https://www.lalettredumaire.com/article-ville-la-grand-choisit-la-souverainete-numerique-204663.html",
            "La plateforme proposée par Interstis, qui bénéficie d’une certification de l’Anssi (agence nationale de "
            "la sécurité des systèmes d’information), nous offre cette protection permanente.",
            actors=["Interstis", "Anssi", "agence nationale de la sécurité des systèmes d’information"], dates=[]),
    Passage("https://freenews.fr/?p=63207",
            "Après des géants comme SFR, Free, Boulanger ou encore des acteurs divers comme Meilleurtaux, Picard et "
            "Truffaut, deux nouveaux noms s’ajoutent à cette liste préoccupante : Le Point, le célèbre magazine, et "
            "l’enseigne de grande distribution Auchan.",
            actors=["SFR", "Free", "Boulanger", "Meilleurtaux", "Picard", "Truffaut", "Le Point", "Auchan"],
            dates=[]),
    Passage("https://lecourrier.vn/des-centaines-de-milliers-de-donnees-de-clients-dauchan-ont-ete-piratees/"
            "1289308.html",
            "L'année 2025 a été marquée par plusieurs attaques informatiques d'ampleur en France. Début août, plus de "
            "six millions de comptes clients de Bouygues Telecom ont été affectés par une cyberattaque ayant conduit "
            "à la fuite de données, y compris des coordonnées bancaires.",
            actors=["Bouygues Telecom"], dates=["2025", "2025-08"], published="2025-08-22"),
    # published 2021-02, so "vendredi 19 février" is 19 February 2021
    Passage("https://www.francebleu.fr/infos/economie-social/apres-la-cyberattaque-de-beneteau-les-3-900-salaries-"
            "vendeens-ignorent-quand-ils-reprendront-le-1614017583",
            "Depuis vendredi 19 février, c'est l'écran noir. Tous les sites vendéens de l'entreprise Bénéteau sont "
            "touchés par un piratage XXL. Les 3.900 salariés ne peuvent donc plus aller travailler.",
            actors=["Bénéteau"], dates=["2021-02-19"], published="2021-02"),
    # the regulator's president's speech as published (November 2023): "il y 24 ans" is 1999 as well
    Passage("https://www.avicca.org/actualite/trip-dautomne-2023-discours-de-laure-de-la-raudiere-presidente-de-"
            "larcep",
            "Cette situation me rappelle ce que j’ai moi-même vécu, il y 24 ans, lors de la tempête de 1999, avec les "
            "équipes d’intervention quand j’étais responsable de France Télécom en Eure-et-Loir.",
            actors=["France Télécom"], dates=["1999", "1999"], published="2023-11"),
]

# Annotated blind, by reading only: no extraction was run on these passages before or while they were
# annotated. `published` is the date the page gives (None: none found).
HELD_OUT_11 = [
    # "L’exécutif européen" is a role, not a name
    Passage("https://www.ictjournal.ch/news/2025-11-19/bruxelles-propose-un-allegement-de-lai-act-et-du-rgpd",
            "L’exécutif européen évalue les économies potentielles à 5 milliards d’euros d’ici 2029 et jusqu’à 150 "
            "milliards d’euros par an avec l’adoption des portefeuilles numériques.",
            money=[(5e9, "EUR"), (1.5e11, "EUR")], dates=["2029"], published="2025-11-19"),
    Passage("https://www.optionfinance.fr/info-financiere-en-continu/d/2023-04-18-accord-pour-soutenir-le-secteur-"
            "des-semi-conducteurs-en-europe.html",
            "Cet accord devrait créer les conditions nécessaires au développement d'une base industrielle capable de "
            "doubler la part de marché mondiale de l'Union européenne dans le domaine des semi-conducteurs, pour la "
            "faire passer de 10 % à au moins 20 % d'ici à 2030.",
            percent=[10, 20], actors=["Union européenne"], dates=["2030"], published="2023-04-18"),
    Passage("https://www.zonebourse.com/cours/action/INTEL-CORPORATION-4829/actualite/Intel-veut-5-milliards-de-"
            "dollars-de-subventions-supplementaires-en-Allemagne-pour-son-usine-de-fabr-43184149/?utm_medium=RSS&"
            "utm_content=20230307",
            "Les dépenses initiales étaient alors estimées à 33 milliards d'euros, dont 17 milliards d'euros en "
            "Allemagne. Toutefois, selon Bloomberg News, Intel s'attend désormais à dépenser 30 milliards d'euros "
            "pour son projet en Allemagne.",
            money=[(3.3e10, "EUR"), (1.7e10, "EUR"), (3e10, "EUR")], actors=["Bloomberg News", "Intel"], dates=[],
            published="2023-03"),
    # "6,8 milliards" takes its currency from "10 milliards d'euros"
    Passage("https://www.nextinpact.com/lebrief/71927/intel-investit-30-milliards-deuros-en-allemagne",
            "Selon une source de Reuters, le gouvernement allemand se serait engagé à ajouter au projet une "
            "subvention de près de 10 milliards d'euros, alors que le montant initial promis était de 6,8 "
            "milliards.",
            money=[(1e10, "EUR"), (6.8e9, "EUR")], actors=["Reuters"], dates=[]),
    # "(UE) 2022/1925" is the regulation's number, neither an actor nor a date
    Passage("http://direct.lemondedudroit.fr/affaires/274-concurrence-distribution/98827-non-respect-du-dma-meta-"
            "et-apple-sanctionnes.html",
            "Dans un communiqué diffusé le 23 avril 2025, la Commission européenne a annoncé avoir sanctionné "
            "financièrement les sociétés Apple et Meta pour avoir enfreint le règlement (UE) 2022/1925 du 14 "
            "septembre 2022 (Digital Markets Act - DMA).",
            actors=["Commission européenne", "Apple", "Meta"], dates=["2025-04-23", "2022-09-14"]),
    # published: the address carries 2025/03, so "en février" is February 2025
    Passage("https://macg.co/aapl/2025/03/dma-apple-et-meta-pourraient-ecoper-de-modestes-amendes-300303",
            "Donald Trump a menacé en février d’imposer des droits de douane aux pays prenant des sanctions contre "
            "des entreprises américaines. Teresa Ribera, la nouvelle commissaire européenne à la concurrence, a "
            "affirmé qu’elle ne plierait pas face aux pressions.",
            actors=["Donald Trump", "Teresa Ribera"], dates=["2025-02"], published="2025-03"),
    Passage("https://www.clubic.com/actualite-505909-x-com-twitter-et-elon-musk-vont-ils-quitter-le-continent-"
            "europeen.html",
            "En vérité, notre continent représenterait au total, selon les données fournies par Apptopia, 9 % de la "
            "base d'utilisateurs mensuels du réseau social.",
            percent=[9], actors=["Apptopia"], dates=[], published="2023-10"),
    # no publication date found, so "le vendredi 5 décembre" (no year) is left out
    Passage("https://tid.news/fr/8c42e90b-5d00-4569-a2e4-be18f878f69e?tags=DSA",
            "La Commission de l'Union européenne a infligé une amende de €120 millions à X (anciennement Twitter) "
            "pour avoir enfreint le Digital Services Act (DSA) le vendredi 5 décembre.",
            money=[(1.2e8, "EUR")], actors=["Commission de l'Union européenne", "X", "Twitter"], dates=[]),
    # published 2024-04-17, so "à mai" is May 2024; "en début de semaine" names no day and is left out
    Passage("https://siecledigital.fr/2024/04/17/la-validation-du-systeme-de-certification-de-cybersecurite-"
            "achoppe-toujours-sur-la-question-de-la-souverainete/",
            "Les experts de l’agence de l’Union européenne pour la cybersécurité (ENISA) se sont réunis en début de "
            "semaine pour voter le système de certification de cybersécurité (EUCS) destiné aux offres cloud "
            "européennes. En discussion depuis 2020, la décision aurait été de nouveau repoussée, à mai, selon les "
            "informations de Reuters.",
            actors=["agence de l’Union européenne pour la cybersécurité", "ENISA", "Reuters"],
            dates=["2020", "2024-05"], published="2024-04-17"),
    Passage("https://incyber.org/article/cloud-lunion-europeenne-reduit-legerement-ses-criteres-de-souverainete/",
            "L’Union européenne a mis à jour, le 20 novembre 2023, son projet de schéma européen de certification "
            "des services cloud, l’EUCS.",
            actors=["Union européenne"], dates=["2023-11-20"]),
    Passage("https://incyber.org/article/eucs-reve-cloud-souverain-europeen-au-pied-du-mur",
            "« Le cloud, c’est l’ordinateur de quelqu’un d’autre », résume Thomas Sanjullian, responsable "
            "développement de certifications cybersécurité à l’AFNOR Certification.",
            actors=["Thomas Sanjullian", "AFNOR Certification"], dates=[]),
    # published 2023-05, so "ce mois-ci" is May 2023; "fin 2020" is the year 2020
    Passage("https://www.silicon.fr/issue-approche-secnumcloud-europeen-eucs-465151.html",
            "Le dernier brouillon public de l’EUCS date de fin 2020. En coulisse, les travaux sont proches de leur "
            "aboutissement. L’ENISA (Agence de l’Union européenne pour la cybersécurité) doit soumettre ce mois-ci "
            "une proposition aux États membres.",
            actors=["ENISA", "Agence de l’Union européenne pour la cybersécurité"], dates=["2020", "2023-05"],
            published="2023-05"),
    Passage("https://www.frenchweb.fr/cloud-europeen-gaia-x-delivrera-ses-premiers-labels-a-la-fin-de-lannee/418993",
            "Figurent ainsi parmi les membres de Gaia-X les grands noms de la Tech américaine (Google, IBM, Intel, "
            "Microsoft, Oracle, Palantir, Salesforce…) et trois groupes chinois (Huawei, Haier, Alibaba), selon la "
            "liste publiée par Gaia-X.",
            actors=["Gaia-X", "Google", "IBM", "Intel", "Microsoft", "Oracle", "Palantir", "Salesforce", "Huawei",
                    "Haier", "Alibaba"], dates=[], published="2021-03"),
    # no publication date found, so "mi-novembre" is left out
    Passage("https://www.solutions-numeriques.com/scaleway-quitte-gaia-x-en-raison-du-lobbying-trop-efficace-des-"
            "acteurs-non-europeens-du-cloud/",
            "En plein 2e sommet de Gaia-X, Yann Lechelle explique mi-novembre pourquoi il ne renouvellera pas sa "
            "cotisation de 45 000 euros.",
            money=[(4.5e4, "EUR")], actors=["Gaia-X", "Yann Lechelle"], dates=[]),
    # an interview
    Passage("https://www.alliancy.fr/yann-lechelle-scaleway-quitter-gaia-x-creuser-ecart-gafam",
            "Les Français se sont ensuite raccrochés à Gaia-X, donnant naissance à une alliance – entre 11 acteurs "
            "français et 11 autres allemands – portée par les ministres de l’Économie Bruno Le Maire et Peter "
            "Altmaier.",
            actors=["Gaia-X", "Bruno Le Maire", "Peter Altmaier"], dates=[]),
    # an interview: the answer of Scaleway's chief executive
    Passage("https://societe.com/actualites/scaleway_quitte_gaia-x_je_n_ai_plus_de_temps_a_perdre_avec_un_projet_"
            "gangrene_de_l_interieur_par_les_gafam_yann_lechelle_ceo-58306.html",
            "Sa gouvernance et sa philosophie. Mon reproche principal est que Gaia-X laisse beaucoup trop de place "
            "aux acteurs dominants du marché du cloud, c'est-à-dire les américains [Amazon, Microsoft et Google, "
            "Ndlr] et les chinois [Huawei, Alibaba]",
            actors=["Gaia-X", "Amazon", "Microsoft", "Google", "Huawei", "Alibaba"], dates=[],
            published="2021-11-20"),
    Passage("https://www.nextinpact.com/article/48898/scaleway-va-quitter-gaia-x",
            "On trouvait néanmoins nombre de représentants de sociétés françaises : Frederic Etheve (OVHcloud), Aude "
            "Gauthier-Moreau (BNP Paribas), Martine Gouriet (EDF), Vincent Guesdon (Orange) ou Philippe Mareine "
            "(Atos).",
            actors=["Frederic Etheve", "OVHcloud", "Aude Gauthier-Moreau", "BNP Paribas", "Martine Gouriet", "EDF",
                    "Vincent Guesdon", "Orange", "Philippe Mareine", "Atos"], dates=[], published="2021-11"),
    Passage("https://portail-ie.fr/short/2977/retrait-de-scaleway-de-linitiative-gaia-x-un-rendez-vous-manque-pour-"
            "le-cloud-europeen",
            "Initialement porté par des entreprises françaises et allemandes telles que Scaleway (fondée par Xavier "
            "Niel en 1999 et filiale à 94,8 % du groupe Iliad), OVHCloud, Bosch, SAP ou encore Deutsche Telekom, le "
            "projet a grossi pour englober un grand nombre d’entreprises européennes.",
            percent=[94.8], actors=["Scaleway", "Xavier Niel", "Iliad", "OVHCloud", "Bosch", "SAP",
                                    "Deutsche Telekom"], dates=["1999"]),
    # questions and answers with the federal office for a digital Switzerland; "la Confédération" is the state and is
    # left out
    Passage("https://www.digitaldialog.swiss/fr/dialogue/une-strategie-numerique-nationale-pour-quoi-faire",
            "Le Département fédéral de l'environnement, des transports, de l'énergie et de la communication (DETEC) "
            "coordonne les mesures concrètes de la Confédération et continue à développer la stratégie.",
            actors=["Département fédéral de l'environnement, des transports, de l'énergie et de la communication",
                    "DETEC"], dates=[], published="2019-03-20"),
    # published 2025-03-27, a Thursday, so "jeudi" is that day
    Passage("https://www.watson.ch/fr/suisse/technologie/263221431-ia-albert-roesti-signe-la-convention-du-conseil-"
            "de-l-europe",
            "Le conseiller fédéral Albert Rösti a signé jeudi à Strasbourg la Convention du Conseil de l'Europe sur "
            "l'intelligence artificielle. La Suisse donne ainsi un signal pour une utilisation responsable des "
            "technologies d'intelligence artificielle.",
            actors=["Albert Rösti", "Conseil de l'Europe"], dates=["2025-03-27"], published="2025-03-27"),
    # the government's own release
    Passage("https://www.admin.ch/gov/fr/accueil/documentation/communiques.msg-id-101063.html",
            "Le 17 mai 2024, le Comité des Ministres du Conseil de l'Europe a adopté la Convention sur l'intelligence "
            "artificielle (IA) lors de sa 133ème session Ministérielle à laquelle a participé le chef du Département "
            "fédéral des affaires étrangères (DFAE) Ignazio Cassis.",
            actors=["Comité des Ministres", "Conseil de l'Europe", "Département fédéral des affaires étrangères",
                    "DFAE", "Ignazio Cassis"], dates=["2024-05-17"], published="2024-05-17"),
    # the national innovation agency's own news page
    Passage("https://luxinnovation.lu/fr-lu/news/les-infos-qu’il-ne-fallait-pas-rater-au-premier-semestre",
            "Les ministre de l'Économie (Lex Delles) et des Finances (Gilles Roth), ont annoncé des mesures de "
            "financement de 300 millions EUR et un plan en 10 points pour soutenir les start-ups luxembourgeoises.",
            money=[(3e8, "EUR")], actors=["Lex Delles", "Gilles Roth"], dates=[]),
    Passage("https://lequotidien.lu/?p=585639",
            "La réunion s’est tenue sous la présidence du Premier ministre, Luc Frieden, avec la participation du "
            "ministre de l’Économie, des PME, de l’Énergie et du Tourisme, Lex Delles, du ministre des Finances, "
            "Gilles Roth, ainsi que de la ministre déléguée auprès du Premier ministre, chargée des Médias et de la "
            "Connectivité, Elisabeth Margue.",
            actors=["Luc Frieden", "Lex Delles", "Gilles Roth", "Elisabeth Margue"], dates=[]),
    # "2023-2028" is a period, counted as its start
    Passage("https://infos.rtl.lu/news/luxembourg/le-luxembourg-mise-sur-lia-la-data-et-la-technologie-quantique-"
            "2305231",
            "L’accord de coalition 2023-2028 prévoit dans ce contexte trois priorités: la data (les données), "
            "l’intelligence artificielle (IA) et la technologie quantique.",
            dates=["2023"]),
    Passage("https://datanews.levif.be/ict/actualite/la-chute-du-gouvernement-menace-des-projets-it-federaux/"
            "article-normal-1079461.html",
            "De Backer qui, depuis le départ de la N-VA du gouvernement, assume les compétences de l'agenda "
            "numérique, des télécommunications et de la simplification administrative, espère pouvoir clarifier la "
            "situation le plus rapidement possible. En tout, il est question de plus de vingt millions d'euros qui "
            "ne peuvent actuellement pas être dépensés.",
            money=[(2e7, "EUR")], actors=["De Backer", "N-VA"], dates=[], published="2019-01"),
    Passage("https://www.lecho.be/entreprises/telecom/Ericsson-et-Nokia-seront-les-partenaires-5G-de-Proximus/"
            "10256775",
            "La lutte se faisait entre les deux Européens ainsi que deux Chinois : ZTE, le partenaire de Telenet, et "
            "surtout Huawei qui travaille avec Proximus et Orange depuis déjà plusieurs années.",
            actors=["ZTE", "Telenet", "Huawei", "Proximus", "Orange"], dates=[]),
    # "(5,3 milliards de dollars)" converts the Canadian amount, so it is read as US dollars
    Passage("https://megatrade.ca/fr/news/le-canada-annule-la-taxe-numerique-apres-les-menaces-de-trump",
            "Le gouvernement canadien s’attendait à une manne de 7,2 milliards de dollars canadiens (5,3 milliards de "
            "dollars) sur une période de cinq ans, qui aurait commencé rétroactivement en 2022.",
            money=[(7.2e9, "CAD"), (5.3e9, "USD")], dates=["2022"], published="2025-06-30"),
    # Netflix is a company; Disney+ is a service (a product) and is left out
    Passage("https://www.info-globe.ca/le-canada-abolit-la-taxe-sur-le-numérique",
            "La taxe sur les services numériques visait à imposer à hauteur de 3 % les revenus générés au Canada par "
            "des produits numériques étrangers, comme les publicités en ligne ou les services de streaming tels que "
            "Netflix ou Disney+. Elle s’appliquait aux entreprises ayant un chiffre d’affaires supérieur à 1,1 "
            "milliard de dollars.",
            money=[(1.1e9, "CAD")], percent=[3], actors=["Netflix"], dates=[]),
    Passage("https://fm1033.ca/?p=56238",
            "Selon les estimations du gouvernement, Google pourrait devoir verser 172 M $ par année et Facebook, 62 "
            "M $.",
            money=[(1.72e8, "CAD"), (6.2e7, "CAD")], actors=["Google", "Facebook"], dates=[]),
    # published 2023-06, so "le 22 juin" is 22 June 2023 and "en décembre" December 2023
    Passage("https://ici.radio-canada.ca/nouvelle/1991682/medias-canada-facebook-google-c18-explicatif",
            "Le projet de loi C-18 a reçu la sanction royale le 22 juin, mais n'entrera en vigueur qu'en décembre.",
            dates=["2023-06-22", "2023-12"], published="2023-06"),
    # no publication date found, so "dimanche" is left out
    Passage("https://finance-investissement.com/?p=100061",
            "Le premier ministre en a fait l’annonce en conférence de presse dimanche à Montréal, dans les bureaux de "
            "la grappe d’intelligence artificielle Scale-AI, en compagnie du ministre de l’Innovation, "
            "François-Philippe Champagne et de la ministre canadienne des Affaires étrangères, Mélanie Joly.",
            actors=["Scale-AI", "François-Philippe Champagne", "Mélanie Joly"], dates=[]),
    # published: the address carries 2019/12, and 2 December 2019 was a Monday; "Washington" stands for the
    # government and "GAFA" for a group of companies, both left out
    Passage("https://www.confluences.fr/2019/12/washington-taxer-produits-francais/",
            "Lundi 2 décembre, Washington a décidé d’imposer des droits de douane additionnels pouvant aller "
            "jusqu’à 100 %, sur 2,4 milliards de dollars ( 2,15 milliards d’euros) de produits importés français. "
            "Cette mesure répond à la loi française prévoyant d’imposer à hauteur de 3% le chiffre d’affaires des "
            "GAFA réalisé en France.",
            money=[(2.4e9, "USD"), (2.15e9, "EUR")], percent=[100, 3], dates=["2019-12-02"], published="2019-12"),
    Passage("https://www.zonebourse.com/APPLE-INC-4849/actualite/Les-USA-remettront-lundi-leur-rapport-sur-la-taxe-"
            "Gafa-francaise-29650974/?utm_medium=RSS&utm_content=20191127",
            "Ciblant notamment les géants du numérique que sont Google, Apple, Facebook et Amazon - d'où son surnom "
            "de \"taxe Gafa\" - cette taxe de 3% s'applique aux sociétés réalisant un chiffre d'affaires sur leurs "
            "activités numériques de 750 millions d'euros au niveau mondial et de plus de 25 millions d'euros sur le "
            "sol français.",
            money=[(7.5e8, "EUR"), (2.5e7, "EUR")], percent=[3], actors=["Google", "Apple", "Facebook", "Amazon"],
            dates=[], published="2019-11"),
    # published: the address carries 2020/07/15, so "Le 10 juillet" is 10 July 2020
    Passage("https://siecledigital.fr/2020/07/15/taxe-gafa-ladministration-trump-prevoit-de-taxer-les-produits-"
            "cosmetiques-et-les-sacs-a-main-francais/",
            "Le 10 juillet, les États-Unis ont précisé les produits concernés par les 25% de frais de douane "
            "supplémentaires si un compromis entre les deux pays n’était pas trouvé.",
            percent=[25], dates=["2020-07-10"], published="2020-07-15"),
    # published 2024-03, so "en tout début d'année dernière" is early 2023, written at the precision of the year
    Passage("https://www.clubic.com/actualite-522498-la-chine-decide-de-bannir-les-processeurs-amd-et-intel-des-"
            "machines-gouvernementales.html",
            "La concurrence chinoise se fait de plus en plus forte sur ce secteur clé de l'économie mondiale et alors "
            "que les États-Unis représentaient 37 % de la production en 1990, ils n'étaient plus qu'à 13 % en tout "
            "début d'année dernière.",
            percent=[37, 13], dates=["1990", "2023"], published="2024-03"),
    # published: the address carries 2022/septembre, and 14 September 2022 was a Wednesday; "Bruxelles" stands for
    # the Commission and is left out
    Passage("https://www.linfo.re/archives-linfo-re/archives-2011/archives-linfo-re/archives-linfo-re/archives-2022/"
            "septembre/monde/europe/google-la-justice-europeenne-se-prononce-quant-a-une-amende-record",
            "Mercredi 14 septembre, la justice européenne s’est prononcée quant à la validité d’une amende record de "
            "4,3 milliards € infligée par Bruxelles à Google.",
            money=[(4.3e9, "EUR")], actors=["Google"], dates=["2022-09-14"], published="2022-09"),
    # "aujourd’hui" is the day of the dateline, written twice
    Passage("https://www.portugalfrance.com/vodafone-se-felicite-des-orientations-claires-de-bruxelles-concernant-"
            "le-spectre",
            "Lisbonne, 21 janvier 2026 (Lusa) – Vodafone s’est félicitée aujourd’hui de l’orientation claire sur le "
            "spectre et la désactivation des infrastructures en cuivre dans la proposition européenne Digital "
            "Network Act, tout en estimant que celle-ci ne prépare pas l’Europe à concurrencer dans l’écosystème "
            "mondial.",
            actors=["Lusa", "Vodafone"], dates=["2026-01-21", "2026-01-21"], published="2026-01-21"),
    Passage("https://europeannewsroom.com/fr/?p=2058401",
            "Comme déjà annoncé, la nouveauté la plus importante est l’abandon du cuivre : d’ici 2029, chaque pays "
            "membre devra présenter un plan national pour achever la transition vers la fibre d’ici 2035.",
            dates=["2029", "2035"]),
    Passage("https://www.francetvinfo.fr/politique/gouvernement-de-michel-barnier/nouveau-gouvernement-a-quoi-peut-"
            "servir-un-secretariat-d-etat-chargee-de-l-intelligence-artificielle_6795691.html",
            "Pour l'incarner au sein du gouvernement, le Premier ministre Michel Barnier a choisi un visage bien "
            "connu des start-up françaises : Clara Chappaz, directrice de la mission French Tech de 2021 à 2024.",
            actors=["Michel Barnier", "Clara Chappaz", "mission French Tech"], dates=["2021"], published="2024-09"),
]


# Annotated blind, by reading only, without any extraction run on its passages: the digital-sovereignty
# debate (trusted and sovereign cloud, AI compute, dependence on American big tech, public procurement, data
# protection and extraterritorial laws) in French, Belgian, Swiss and Canadian press, official releases and
# interviews. `published` is the date the page gives (None: none found).
HELD_OUT_12 = [
    # "un million" beside "8,3 millions d'euros" is money in euros
    Passage("https://www.lemondeinformatique.fr/actualites/lire-l-education-nationale-explique-choisir-microsoft-"
            "pour-completer-un-existant-80408.html",
            "de solutions Microsoft et services associés » au profit du Ministère de l'Education "
            "Nationale a été publié le 2 août 2020. La valeur estimée du marché est de 8,3 millions d'euros (dont "
            "un million en prestations connexes d'assistance).",
            money=[(8.3e6, "EUR"), (1e6, "EUR")], actors=["Microsoft", "Ministère de l'Education Nationale"],
            dates=["2020-08-02"]),
    # the weekly's issue of 2020-01-30, so "le 22 janvier" is 22 January 2020; Jean-Zay and Turing are machines
    Passage("https://www.pressreader.com/france/le-point/20200130/281771336166284",
            "Inauguré le 22 janvier à Paris-Saclay, le supercalculateur Jean-Zay possède une capacité de calcul de "
            "16 pétaflops, soit 16 millions de milliards d’opérations par seconde. D’un coût de 25 millions "
            "d’euros, il sera 10 fois plus puissant que son prédécesseur nommé Turing, qui datait de 2002.",
            money=[(2.5e7, "EUR")], dates=["2020-01-22", "2002"], published="2020-01-30"),
    # published 2019-07-23, so "le 26 juin dernier" is 26 June 2019
    Passage("https://pp.oodrive.com/fr/blog/reglementation/cloud-act-us-comment-se-proteger-face-aux-lois-a-portee-"
            "extraterritoriale",
            "A la demande du Premier ministre, le député Raphaël Gauvain a donc rendu, le 26 juin dernier, un "
            "rapport visant à rétablir la souveraineté de la France.",
            actors=["Raphaël Gauvain"], dates=["2019-06-26"], published="2019-07-23"),
    Passage("https://operational-ai-ethics.telecom-paris.fr/2021/09/21/les-clouds-de-confiance-francais-bases-sur-"
            "des-solutions-americaines-sont-ils-a-labri-dintrusions-etrangeres-lusine-nouvelle",
            "« On a tendance à en exagérer la portée en Europe et tout particulièrement en France, affirme à "
            "L’Usine Nouvelle Winston Maxwell, professeur de droit des technologies de l’information et de "
            "communication à Télécom Paris.",
            actors=["L’Usine Nouvelle", "Winston Maxwell", "Télécom Paris"], dates=[], published="2021-09-21"),
    # the "2" after "(PIIEC)" is a footnote mark; the project and the committee still to be set up are left out
    Passage("http://www.villesdefrance.fr/ondes_urbaines.php?o=778&id=6016",
            "Au niveau européen également, le Projet Important d’Intérêt Européen Commun (PIIEC)2 Cloud, à hauteur "
            "de 5 milliards d’euros, doit être validé par la Commission européenne afin de développer un cloud "
            "européen. Enfin, une mission de 6 mois de préfiguration d’un Comité stratégie de filière « numérique "
            "de confiance » a été confiée à Michel Paulin.",
            money=[(5e9, "EUR")], actors=["Commission européenne", "Michel Paulin"], dates=[]),
    # a written question to the Prime Minister; "entre 2022 et 2023" is a range, counted as its start
    Passage("https://questions.assemblee-nationale.fr/q17/17-1692QE.htm",
            "Depuis lors, si cette doctrine a permis la croissance significative de l'utilisation des services de "
            "cloud nationaux comme en atteste le montant annuel des commandes adressées aux fournisseurs de cloud "
            "sur le marché opéré par l'Union des groupements d'achats publics (UGAP) a cru de 70 % entre 2022 et "
            "2023",
            percent=[70], actors=["Union des groupements d'achats publics", "UGAP"], dates=["2022"]),
    Passage("https://www.lemagit.fr/actualites/252521876/Cloud-souverain-Bleu-sera-a-point-en-2024",
            "Jean Coumaros, actuellement Directeur de la Transformation du groupe Capgemini (et membre de son "
            "Comité exécutif), a été choisi par les deux actionnaires comme Directeur général pour la future "
            "joint-venture.",
            actors=["Jean Coumaros", "Capgemini"], dates=[]),
    # "fin 2024" is written at the precision of the year
    Passage("https://www.informatiquenews.fr/bleu-cloud-de-confiance-orange-et-capgemini-se-rappelle-a-l-attention-"
            "des-dsi-97041",
            "Alors que son concurrent S3NS a démarré la commercialisation de services « Contrôles locaux » sur "
            "Google Cloud en février 2023, Bleu, le cloud d’Orange et Capgemini en partenariat technologique avec "
            "Microsoft, démarre son activité commerciale en préparation d’une ouverture des services fin 2024.",
            actors=["S3NS", "Google Cloud", "Bleu", "Orange", "Capgemini", "Microsoft"], dates=["2023-02", "2024"],
            published="2024-01"),
    # the certification scheme (EUCS) is not an organisation
    Passage("https://midenews.com/?p=13229",
            "Michel Paulin, CEO d’OVHcloud, avait critiqué en 2022 le manque de courage de l’UE à réguler les "
            "services cloud américains. Comet-Fraigneau se fait l’écho de cette critique, appelant à une "
            "réglementation plus audacieuse et à l’introduction de critères liés à l’extraterritorialité dans "
            "l’EUCS (European Cybersecurity Certification Scheme).",
            actors=["Michel Paulin", "OVHcloud", "UE", "Comet-Fraigneau"], dates=["2022"]),
    # "entre 30 000 à 70 000 dollars" is a range, counted as its low value
    Passage("https://www.staging.libe.io/economie/economie-numerique/au-salon-vivatech-emmanuel-macron-celebre-"
            "lalliance-franco-americaine-entre-mistral-et-nvidia-20250611_JTUR3R65M5F6JGSFZTOFSN3O3A",
            "la future infrastructure IA, prévue pour 2026, sera dotée de «18 000 superpuces Blackwell», parmi les "
            "plus avancées de Nvidia. Et les plus coûteuses : comptez entre 30 000 à 70 000 dollars la pièce. "
            "D’après le Financial Times, l’entreprise française souhaiterait désormais lever un milliard de "
            "dollars supplémentaire.",
            money=[(3e4, "USD"), (1e9, "USD")], actors=["Nvidia", "Financial Times"], dates=["2026"],
            published="2025-06-11"),
    Passage("https://www.alliancy.fr/derriere-espoir-mistral-next-difficile-bataille-pour-independance-"
            "technologique-francaise",
            "Contrairement à de nombreuses autres start-up, Mistral AI est née « licorne » : soutenue par l’ancien "
            "secrétaire d’État au numérique Cédric O, elle a immédiatement vu des patrons comme Rodolphe Saadé de "
            "CMA-CGM ou Xavier Niel de Free investir auprès d’elle.",
            actors=["Mistral AI", "Cédric O", "Rodolphe Saadé", "CMA-CGM", "Xavier Niel", "Free"], dates=[]),
    # "183 milliards" beside "500 milliards de dollars" is money in dollars
    Passage("http://europe-info-hebdo.eu/?p=3493",
            "Face à OpenAI (500 milliards de dollars de valorisation), Anthropic (183 milliards) ou Google "
            "DeepMind, Mistral reste un acteur de niche.",
            money=[(5e11, "USD"), (1.83e11, "USD")], actors=["OpenAI", "Anthropic", "Google DeepMind", "Mistral"],
            dates=[]),
    Passage("https://archimag.com/univers-data/2024/02/01/health-data-hub-cnil-autorise-hebergement-donnees-sante-"
            "chez-microsoft",
            "En mai 2020, Catherine Morin-Desailly, sénatrice de la Seine-Maritime, interrogeait déjà Cédric O, "
            "alors secrétaire d'État chargé du Numérique sur le fait de ne pas avoir sélectionné une entreprise "
            "française ou européenne pour l’hébergement de ces données sensibles.",
            actors=["Catherine Morin-Desailly", "Cédric O"], dates=["2020-05"], published="2024-02-01"),
    # a Belgian think tank's op-ed; no publication date found, so "Aujourd’hui" is left out
    Passage("https://www.v-g-v.be/fr/publications/investir-dans-notre-souveraineté-technologique-doit-être-une-"
            "priorité-nationale",
            "Aujourd’hui, Google, Microsoft et Amazon dominent l’économie du cloud en Europe. À eux seuls, ils "
            "détiennent environ 65 % de parts de marché sur le continent. En Belgique, Google a investi plus de 5 "
            "milliards d’euros depuis 2007 dans des centres de données et des infrastructures réseau.",
            money=[(5e9, "EUR")], percent=[65], actors=["Google", "Microsoft", "Amazon"], dates=["2007"]),
    # published 2023-03-29, a Wednesday: "l’année prochaine" is 2024 and "ce mercredi" that day
    Passage("https://www.lesoir.be/504213/article/2023-03-29/un-cloud-souverain-pour-heberger-les-donnees-sensibles-"
            "des-etats-belge-et",
            "Deux entreprises publiques – l’un belge, Proximus, l’autre luxembourgeois, LuxConnect –, se sont "
            "associées pour pouvoir leur proposer ce nouveau type de service dans le courant de l’année prochaine. "
            "Cette collaboration transfrontalière a été annoncée ce mercredi par les premiers ministres Alexander "
            "De Croo et Xavier Bettel",
            actors=["Proximus", "LuxConnect", "Alexander De Croo", "Xavier Bettel"], dates=["2024", "2023-03-29"],
            published="2023-03-29"),
    Passage("https://datanews.levif.be/ict/actualite/le-gouvernement-neerlandais-bientot-autorise-a-utiliser-des-"
            "acteurs-cloud-commerciaux/article-news-1587827.html",
            "La secrétaire d'Etat néerlandaise à la numérisation, Alexandra van Huffelen, souhaite que les "
            "services gouvernementaux puissent sous conditions recourir aux services dans le nuage.",
            actors=["Alexandra van Huffelen"], dates=[], published="2022-08"),
    Passage("https://rts.ch/info/suisse/12315535-le-cloud-de-la-confederation-fourni-par-quatre-geants-americains-"
            "et-alibaba.html",
            "Microsoft a été sélectionné en raison de son centre de données déjà établi en Suisse, tandis "
            "qu'Amazon a été retenu car son offre a obtenu \"un nombre élevé de points\" par rapport aux critères "
            "fixés. Huit prestataires s'étaient portés candidats.",
            actors=["Microsoft", "Amazon"], dates=[]),
    # "VD" is the canton (a place) and is left out; PLR is the party
    Passage("https://www.letemps.ch/economie/cyber/confederation-sort-silence-tire-prise-cloud-suisse",
            "Ce silence a été brisé à l’initiative d’Isabelle Moret. La conseillère nationale (VD/PLR) a posé une "
            "question au Conseil fédéral, en concertation avec Fathi Derder, coordinateur de l’initiative précitée.",
            actors=["Isabelle Moret", "PLR", "Conseil fédéral", "Fathi Derder"], dates=[]),
    Passage("https://www.ledevoir.com/societe/547164/la-privatisation-des-donnees-de-quebec-en-question",
            "« C’est une très bonne idée, dit Stéphane Garneau, président de Micro Logic, qui exploite un centre "
            "d’infonuagique 100 % québécois.",
            percent=[100], actors=["Stéphane Garneau", "Micro Logic"], dates=[]),
    # "le gouvernement du Québec" is the state and is left out
    Passage("https://www.lapresse.ca/debats/editoriaux/ariane-krol/201902/13/01-5214676-pelleteux-de-nuages-"
            "sabstenir.php",
            "Les 457 centres de traitement informatique exploités par le gouvernement du Québec ne seront bientôt "
            "plus que 2 et conserveront au maximum 20% des données détenues par les ministères et organismes "
            "publics.",
            percent=[20], dates=[], published="2019-02-13"),
    # the address carries 2019/02/13, so "le 4 février dernier" is 4 February 2019
    Passage("https://www.lapresse.ca/debats/editoriaux/ariane-krol/201902/13/01-5214676-pelleteux-de-nuages-"
            "sabstenir.php",
            "On a vu les inquiétudes suscitées par cette initiative annoncée conjointement par le ministre délégué "
            "à la Transformation numérique gouvernementale, Éric Caire, et par le président du Conseil du trésor, "
            "Christian Dubé, le 4 février dernier.",
            actors=["Éric Caire", "Conseil du trésor", "Christian Dubé"], dates=["2019-02-04"],
            published="2019-02-13"),
    # EMC2 is a data warehouse (left out); Azure is kept as in DEV
    Passage("https://www.lemagit.fr/actualites/366622930/Cloud-et-IA-dans-le-secteur-public-instruments-de-"
            "souverainete",
            "Sous la même présidence d’Emmanuel Macron, l’hébergement du Health Data Hub avait déjà été confié à "
            "Microsoft. C’est à présent l’entrepôt européen de données de santé, EMC2, porté par le HDH pour le "
            "compte l’Agence européenne du médicament, qui est voué à adopter les services Azure.",
            actors=["Emmanuel Macron", "Health Data Hub", "Microsoft", "HDH", "Agence européenne du médicament",
                    "Azure"],
            dates=[], published="2025-04"),
    # an interview with Outscale's chief executive; the year is annotated as written
    Passage("https://www.journaldunet.com/cloud/1540339-outscale-enregistre-une-croissance-extremement-forte",
            "Rappelons que c'est ce même Donald Trump qui avait signé en 2017 le Cloud Act (une réglementation qui "
            "autorise l'accès aux données hébergées par tout acteur américain quel que soit leur localisation sur "
            "simple injonction fédérale, ndlr).",
            actors=["Donald Trump"], dates=["2017"]),
    # an interview: the answer of Scaleway's chief executive
    Passage("https://getpodcast.com/it/podcast/monde-numerique/interview-leurope-peut-elle-vraiment-rattraper-son-"
            "retard-dans-le-clou_3e02e90176",
            "envoyer toutes ses données chez des acteurs extérieurs comme OpenAI n’est pas viable à long terme : "
            "cette data est stratégique. Notre rôle, chez Scaleway, est donc de fournir un cloud souverain, "
            "immunisé aux lois extraterritoriales et indépendant des technologies américaines",
            actors=["OpenAI", "Scaleway"], dates=[]),
    # an interview: the answer of OVHcloud's chief executive (its first sentence: the quote is kept short)
    Passage("https://lajauneetlarouge.com/ovhcloud-un-cloud-qui-libere",
            "Nous aurons atteint avant 2025 l’objectif zéro carbone sur l’ensemble de notre chaîne, incluant nos "
            "usines et la logistique ; et avant 2030 nous serons à zéro carbone sur la totalité de la chaîne, en "
            "incluant nos fournisseurs.",
            dates=["2025", "2030"]),
    Passage("https://lajauneetlarouge.com/ovhcloud-un-cloud-qui-libere",
            "Gartner analyse que les clients sont de plus en plus victimes des mécanismes d’enfermement techniques "
            "et financiers de certains acteurs.",
            actors=["Gartner"], dates=[]),
    # the Federal Department of Finance's own release; the Swiss Government Cloud is an infrastructure
    Passage("https://www.publicnow.com/view/C4C9DA914A0654D4C99DB0532EE67C63F0832646",
            "Berne, 22.05.2024 - L'Office fédéral de l'informatique et de la télécommunication (OFIT) sera chargé "
            "de mettre en place le Swiss Government Cloud (SGC), une nouvelle infrastructure en nuage capable de "
            "répondre aux exigences et aux besoins de l'administration fédérale.",
            actors=["Office fédéral de l'informatique et de la télécommunication", "OFIT"], dates=["2024-05-22"],
            published="2024-05-22"),
    Passage("https://www.publicnow.com/view/C4C9DA914A0654D4C99DB0532EE67C63F0832646",
            "Lors de sa séance du 22 mai 2024, le Conseil fédéral a adopté le message concernant un crédit "
            "d'engagement de 246,9 millions de francs en vue de le soumettre au Parlement.",
            money=[(2.469e8, "CHF")], actors=["Conseil fédéral", "Parlement"], dates=["2024-05-22"],
            published="2024-05-22"),
    # the federal audit office's own page; "entre 2025 et 2032" is a range, counted as its start
    Passage("https://www.efk.admin.ch/fr/audit/projet-cle-swiss-government-cloud-avec-accent-sur-le-business-case",
            "Le Parlement a approuvé en décembre 2024 le crédit d’engagement de 246,9 millions de francs pour la "
            "mise en place du programme Swiss Government Cloud (SGC). Sur mandat du Secrétariat général du "
            "Département fédéral des finances (DFF), l’OFIT pilote la réalisation du SGC, prévue entre 2025 et "
            "2032 et pour un coût de 319,4 millions de francs.",
            money=[(2.469e8, "CHF"), (3.194e8, "CHF")],
            actors=["Parlement", "Secrétariat général du Département fédéral des finances", "DFF", "OFIT"],
            dates=["2024-12", "2025"]),
    # "FR" is a canton (a place) and is left out
    Passage("https://www.parlament.ch/fr/services/news/Pages/2024/20240925124627946194158159026_bsf089.aspx",
            "Il est essentiel d'avancer dans ce domaine et d'améliorer la souveraineté numérique, a souligné pour "
            "la commission Gerhard Andrey (Vert-e-s/FR).",
            actors=["Gerhard Andrey", "Vert-e-s"], dates=[], published="2024-09-25"),
    Passage("http://behring.fr/article.php?id=96",
            "Saisie d’une plainte de l’association NOYB, la CNIL a publié une mise en demeure le 10 février 2022. "
            "Cette mise en demeure ne permet pas d’identifier son destinataire mais d’après un communiqué de "
            "l’association, la société en cause serait vraisemblablement Decathlon France SA, Auchan E-commerce "
            "France ou Sephora SAS.",
            actors=["NOYB", "CNIL", "Decathlon France SA", "Auchan E-commerce France", "Sephora SAS"],
            dates=["2022-02-10"]),
    Passage("https://kulturegeek.fr/news-252003/google-analytics-rgpd-cnil-critique-transfert-donnees",
            "Saisie par l’ONG autrichienne de défense de la vie privée NOYB (None of Your Business), la CNIL a "
            "estimé que les conditions de transfert des données collectées par cet outil statistique, faute "
            "d’encadrement, pouvaient exposer les utilisateurs français à des programmes de surveillance aux "
            "États-Unis.",
            actors=["NOYB", "None of Your Business", "CNIL"], dates=[], published="2022-02"),
    # Google Analytics is a product
    Passage("https://electronlibre.info/2022/06/27/transfert-de-donnees-vers-les-etats-unis-le-casse-tete-europeen/",
            "Elle a en conséquence mis en demeure Caffeina, un fournisseur italien de services numériques, pour "
            "son utilisation de Google Analytics. La société dispose à présent de 90 jours pour se trouver un "
            "outil d'analyse de données conforme au RGPD.",
            actors=["Caffeina"], dates=[], published="2022-06-27"),
    # published 2026-01, so "Ce lundi 26 janvier" is 26 January 2026; La Suite Numérique and Visio are products
    Passage("https://www.republik-it.fr/decideurs-it/cas-usage/l-etat-accelere-sur-la-bureautique-souveraine.html",
            "Le 13 janvier 2026, une convention a été signée pour un usage global de La Suite Numérique au sein du "
            "Ministère des Armées. Ce lundi 26 janvier, c’est David Amiel, ministre délégué chargé de la Fonction "
            "publique et de la Réforme de l’État, qui a annoncé la généralisation du module Visio dans l’ensemble "
            "des administrations d’Etat.",
            actors=["Ministère des Armées", "David Amiel"], dates=["2026-01-13", "2026-01-26"], published="2026-01"),
    # the Senate's own record of its commission of inquiry on digital sovereignty
    Passage("http://www2.senat.fr/bulletin/20190930/ce_souverainete.html",
            "M. Franck Montaugé, président. - Les travaux de notre commission d'enquête, entamés le 10 avril 2019, "
            "s'achèvent. Nous avons auditionné une soixantaine de personnes d'horizons différents et pris chacun "
            "conscience des bouleversements entraînés par la révolution numérique sur notre modèle social comme "
            "sur notre souveraineté.",
            actors=["Franck Montaugé"], dates=["2019-04-10"]),
    Passage("https://lemondeinformatique.fr/les-dossiers/lire-les-alternatives-aux-gpu-pour-l-iaet-8239-1590.html",
            "Google, Microsoft, AWS et la majorité des fournisseurs Cloud sont aussi des grands consommateurs de "
            "GPU Nvidia, et à environ 30 000$ en moyenne le GPU H100 et près de 70 000$ le B200, l’addition est "
            "salée.",
            money=[(3e4, "USD"), (7e4, "USD")], actors=["Google", "Microsoft", "AWS", "Nvidia"], dates=[]),
    # published 2024-03, so "le 22 mars" is 22 March 2024
    Passage("https://www.lemagit.fr/actualites/366575232/La-France-veut-insuffler-un-nouvel-elan-a-sa-strategie-"
            "nationale-pour-le-cloud",
            "L’annonce a été faite le 22 mars lors des Journées numériques de Strasbourg organisées par deux "
            "associations majeures du numérique français : le CIGREF et Numeum.",
            actors=["CIGREF", "Numeum"], dates=["2024-03-22"], published="2024-03"),
    # the programme (PIA) and France Relance are plans and are left out; "2021-2022" counts as its start
    Passage("https://www.usine-digitale.fr/article/le-gouvernement-prevoit-1-8-milliard-d-euros-pour-faire-emerger-"
            "des-champions-francais-du-cloud.N1156492",
            "Dans les détails, les financements publics s'élèvent à 667 millions d'euros issus du 4ème Programme "
            "d'investissements d'avenir (PIA) et France Relance. Sont prévues une enveloppe de 553 millions "
            "d'euros sur 2021-2022 puis de 134 millions d'euros pour 2023 et les années suivantes. La part de "
            "financement privé est de 680 millions d'euros.",
            money=[(6.67e8, "EUR"), (5.53e8, "EUR"), (1.34e8, "EUR"), (6.8e8, "EUR")], dates=["2021", "2023"],
            published="2021-11"),
    # "le gouvernement français" is the state and is left out
    Passage("https://wwnews.info/c/fr/article/2591202/ia-et-supercalculateurs-exaflopiques-la-france-remporte-la-"
            "mise-avec-son-projet-jules-verne-revolution-pour-la-recherche",
            "Il sera la propriété de l'entreprise commune européenne EuroHPC qui finance la moitié des 542 "
            "millions d'euros prévus pour l'acquisition et l'exploitation du calculateur pendant cinq ans. L'autre "
            "moitié est financée essentiellement par le gouvernement français.",
            money=[(5.42e8, "EUR")], actors=["EuroHPC"], dates=[], published="2023-06-21"),
]

# Annotated blind, by reading only, before any extraction ran on them; never tuned against. Every passage is
# quoted from the article at its address; `published` is the date that page gives (None: none found).
HELD_OUT_13 = [
    # the company's own results release; no publication date found on the page
    Passage("http://webdisclosure.com/finance/stocks/ovh/news/1201187.html",
            "Chiffre d’affaires de 897 millions d’euros pour l’année 2023, en hausse de +13,4 % par rapport à 2022, "
            "en données comparables",
            money=[(8.97e8, "EUR")], percent=[13.4], dates=["2023", "2022"]),
    # published 2025-06-01, so "début février" is February 2025 and "le 19 mai" 19 May 2025; the summit and Choose
    # France are events
    Passage("https://collectif-accad.fr/site/la-course-au-gigantisme/",
            "Les chiffres donnent le tournis : 109 milliards d’euros d’investissements futurs dans les data centers "
            "et l’intelligence artificielle (IA) ont été annoncés au Sommet de l’IA, début février, dont 26 "
            "milliards confirmés à Choose France le 19 mai.",
            money=[(1.09e11, "EUR"), (2.6e10, "EUR")], dates=["2025-02", "2025-05-19"], published="2025-06-01"),
    # "en fin de semaine dernière" names no day and is left out; "à Bercy" is a place here
    Passage("https://www.lemagit.fr/actualites/366638581/Datacenters-pour-lIA-la-France-se-felicite-"
            "davancees-rapides",
            "Réunissant en fin de semaine dernière les acteurs du secteur à Bercy, Anne Le Hénanff, ministre "
            "déléguée chargée de l’Intelligence artificielle et du Numérique, s’est félicitée de constater des "
            "avancées",
            actors=["Anne Le Hénanff"], dates=[], published="2026-02-03"),
    # the company's release: "ce jour" is the day of the dateline, written twice; the financial year 2021-2022 counts
    # as its start
    Passage("https://itespresso.fr/press-release/soitec-publie-ses-rsultats-annuels-de-lexercice-2021-"
            "2022",
            "Bernin (Grenoble), France, le 8 juin 2022 – Soitec (Euronext Paris), un leader mondial de la "
            "conception et de la production de matériaux semi-conducteurs innovants, annonce ce jour ses résultats "
            "annuels de l’exercice 2021-2022 (clos le 31 mars 2022).",
            actors=["Soitec", "Euronext Paris"], dates=["2022-06-08", "2022-06-08", "2021", "2022-03-31"],
            published="2022-06-08"),
    Passage("https://economiematin.fr/?p=134925",
            "Doctrine, le « Google du droit » selon Les Échos, a été acheté par le fonds américain Summit Partners "
            "pour 120 millions d'euros.",
            money=[(1.2e8, "EUR")], actors=["Doctrine", "Google", "Les Échos", "Summit Partners"], dates=[],
            published="2024-01-05"),
    # "la période équivalente de 2021" is the first quarter of 2021
    Passage("https://www.itforbusiness.fr/lavenir-des-start-up-passe-de-plus-en-plus-par-leur-"
            "acquisition-65195",
            "L’étude calcule ainsi qu’au premier trimestre 2023, les dépenses d’acquisition se sont limitées à 15 "
            "M€ en moyenne par start-up, contre 50 M€ sur la période équivalente de 2021.",
            money=[(1.5e7, "EUR"), (5e7, "EUR")], dates=["2023-Q1", "2021-Q1"], published="2023-07-18"),
    Passage("https://www.itforbusiness.fr/lavenir-des-start-up-passe-de-plus-en-plus-par-leur-"
            "acquisition-65195",
            "C’est la principale statistique de l’étude « Corporate Venture Capital et start-up : comment prolonger "
            "le coup de foudre ? » publiée par BCG et RaiseLab.",
            actors=["BCG", "RaiseLab"], dates=[], published="2023-07-18"),
    Passage("https://www.journaldunet.com/start-up/1506421-levees-de-fonds-septembre-2021",
            "Avec \"seulement\" 472 millions d'euros levés, Mirakl, détenteur du précédent record de fonds levés (300 "
            "millions d'euros en 2020), devra se contenter de la deuxième place.",
            money=[(4.72e8, "EUR"), (3e8, "EUR")], actors=["Mirakl"], dates=["2020"]),
    # "d’un milliard de plus" is money in the euros the sentence implies
    Passage("https://maddyness.com/2021/08/02/maddymoney-juillet-2021-nouveau-milliard-euros-leve-inedit-"
            "ete",
            "Les startups françaises de 10 ans ou moins ont réuni 1,251 milliard d’euros ces quatre dernières "
            "semaines, selon nos calculs. Un niveau inédit, puisque cela représente pas moins d’un milliard de plus "
            "que les sommes récoltées à la même période en 2020 et 2019 – 282 millions et 218 millions d’euros "
            "respectivement",
            money=[(1.251e9, "EUR"), (1e9, "EUR"), (2.82e8, "EUR"), (2.18e8, "EUR")], dates=["2020", "2019"],
            published="2021-08-02"),
    # an interview: the newspaper's question
    Passage("https://region-sud.latribune.fr/economie/2024-03-08/la-france-doit-avoir-une-politique-"
            "industrielle-moins-fragmentee-thomas-kerjean-mailinblack-992418.html",
            "LA TRIBUNE - Quelle réaction vous inspire le rachat du français Vade par l'allemand Hornetsecurity ?",
            actors=["LA TRIBUNE", "Vade", "Hornetsecurity"], dates=[], published="2024-03-08"),
    # the same interview: the answer of Mailinblack's chief executive
    Passage("https://region-sud.latribune.fr/economie/2024-03-08/la-france-doit-avoir-une-politique-"
            "industrielle-moins-fragmentee-thomas-kerjean-mailinblack-992418.html",
            "Il est faux de dire qu'il n'existe pas de fonds en France. Il existe du private equity. Les besoins en "
            "financement allant jusqu'à 400 millions d'euros trouvent des leviers pour être comblés dans notre pays.",
            money=[(4e8, "EUR")], dates=[], published="2024-03-08"),
    # an interview: the answer of Vade's co-founder
    Passage("https://www.channelnews.fr/georges-lotigier-le-rapprochement-avec-hornetsecurity-est-un-"
            "vrai-choix-strategique-de-vade-134229",
            "Il y a bien deux actionnaires anglo-saxons, PSG et TA, basés à Londres, qui gèrent notamment des fonds "
            "levés en Europe, et qui sont minoritaires à moins de 25% d’actions ordinaires chacun.",
            percent=[25], actors=["PSG", "TA"], dates=[]),
    # "au début de la décennie" names no year and is left out
    Passage("https://www.latribune.fr/technos-medias/innovation-et-start-up/sortie-de-route-controlee-"
            "pour-vade-l-ancienne-star-montante-de-la-cybersecurite-francaise-992144.html",
            "La fulgurante ascension de Vade (fondé en 2013) avait reçu un grand coup de frein au début de la "
            "décennie. En cause : un procès lancé par son concurrent Proofpoint, perdu en première instance, suivi "
            "par l'échec d'une levée de fonds de 70 millions d'euros, sous fond de pandémie de coronavirus.",
            money=[(7e7, "EUR")], actors=["Vade", "Proofpoint"], dates=["2013"]),
    # "l’État français" is the state and the French Tech Souveraineté fund a public programme: both left out
    Passage("https://lessordelasecurite.org/?p=32897",
            "Fragilisée par cette décision, Vade avait bénéficié d’un soutien massif de l’État français, à hauteur "
            "de 24 millions d’euros, via le fonds French Tech Souveraineté, censé relancer une ambition européenne "
            "dans le domaine de la cybersécurité.",
            money=[(2.4e7, "EUR")], actors=["Vade"], dates=[]),
    # a senator's written question, as the Senate publishes it
    Passage("https://www.senat.fr/questions/base/2025/qSEQ251006395.html",
            "Or, en mai 2025, Hornetsecurity a annoncé son projet de cession à Proofpoint, son concurrent "
            "américain, pour un montant estimé à plus d'un milliard de dollars.",
            money=[(1e9, "USD")], actors=["Hornetsecurity", "Proofpoint"], dates=["2025-05"], published="2025-10-23"),
    # published 2021-05, so "l'an dernier" is 2020 and "l'année précédente" 2019; "les deux années passées" is left out
    Passage("https://www.generation-nt.com/arcep-telecom-operateur-investissement-reseaux-actualite-"
            "1988545.html",
            "Les opérateurs ont investi 11,5 milliards d'euros l'an dernier, hors enchères 5G, en progression de "
            "8,1% par rapport à l'année précédente, alors que le rythme était de +4,5% les deux années passées.",
            money=[(1.15e10, "EUR")], percent=[8.1, 4.5], dates=["2020", "2019"], published="2021-05"),
    Passage("https://www.usine-digitale.fr/article/la-5g-est-entree-dans-10-des-forfaits-mobiles-en-"
            "france.N2135302",
            "En 2022, ils ont ainsi investi 14,6 milliards d'euros, dont 8,1 milliards d'euros dans les boucles "
            "locales 4G, 5G et FTTH.",
            money=[(1.46e10, "EUR"), (8.1e9, "EUR")], dates=["2022"], published="2023-05"),
    # published 2024-02-23, a Friday: "l'an dernier" is 2023 and "vendredi" that day
    Passage("https://www.rtl.be/actu/monde/economie/chiffre-daffaires-en-hausse-et-benefice-en-baisse-"
            "pour-proximus-en-2023/2024-02-23/article/641051",
            "Le chiffre d'affaires de Proximus a progressé de 2,2% l'an dernier par rapport à 2022, à 6 milliards "
            "d'euros. Le bénéfice avant intérêts et impôts (Ebitda sous-jacent) a reculé de 1,6%, à 1,76 milliard "
            "d'euros, annonce l'opérateur vendredi matin.",
            money=[(6e9, "EUR"), (1.76e9, "EUR")], percent=[2.2, 1.6], actors=["Proximus"],
            dates=["2023", "2022", "2024-02-23"], published="2024-02-23"),
    Passage("https://www.carnetsdubusiness.com/Mistral-AI-ASML-investit-13-Md-et-devient-premier-"
            "actionnaire_a3954.html",
            "Mistral AI a officialisé, le 9 septembre 2025, une levée record de 1,7 milliard d’euros lors de son "
            "tour de table de série C. L’opération est dominée par l’investissement massif d’ASML, qui injecte 1,3 "
            "milliard d’euros et acquiert environ 11 % du capital, devenant ainsi le premier actionnaire.",
            money=[(1.7e9, "EUR"), (1.3e9, "EUR")], percent=[11], actors=["Mistral AI", "ASML"],
            dates=["2025-09-09"]),
    # no publication date found, so "un mois de décembre" (no year) is left out
    Passage("https://www.journaldunet.com/start-up/1547025-moins-d-argent-beaucoup-moins-de-deals-2025-"
            "une-annee-sombre-pour-la-french-tech",
            "A l'issue d'un mois de décembre plutôt calme (364,1 millions d'euros en 29 opérations), le montant "
            "total des fonds levés par les start-up françaises en 2025 s'élève d'après nos calculs à 6,79 milliards "
            "d'euros contre 7,22 milliards d'euros en 2024.",
            money=[(3.641e8, "EUR"), (6.79e9, "EUR"), (7.22e9, "EUR")], dates=["2025", "2024"]),
    Passage("https://www.itforbusiness.fr/72-milliards-deuros-leves-en-2025-la-french-tech-rallume-la-"
            "meche-99232",
            "En 2025, 233 opérations ont été recensées en France, pour une progression de +23 % en valeur, avec un "
            "ticket moyen stable à 31 Millions d’euros, signe d’un marché qui a redémarré mais de façon nettement "
            "plus sélective.",
            money=[(3.1e7, "EUR")], percent=[23], dates=["2025"], published="2026-01-14"),
    # the government's own communication to the Council of Ministers
    Passage("https://www.vie-publique.fr/discours/299027-conseil-des-ministres-12062025-la-souverainete-"
            "numerique-communication",
            "Dans le domaine stratégique du cloud qui héberge les données, les logiciels et les technologies comme "
            "l'intelligence artificielle (IA), 83 % des dépenses numériques européennes vont à des acteurs "
            "étrangers, pour un montant estimé de 264 milliards d'euros chaque année (Cigref, 2025).",
            money=[(2.64e11, "EUR")], percent=[83], actors=["Cigref"], dates=["2025"], published="2025-06-12"),
    # the federal government's release: "Aujourd'hui" is the day of the dateline, written twice
    Passage("https://www.newswire.ca/fr/news-releases/le-canada-investit-dans-le-secteur-des-semi-"
            "conducteurs-en-partenariat-avec-ibm-canada-et-le-c2mi-824708849.html",
            "BROMONT, QC, le 28 nov. 2025 /CNW/ - Aujourd'hui, le Secrétaire parlementaire de la ministre de "
            "l'Industrie et député de Marc-Aurèle-Fortin, Carlos Leitão, annoncera au nom de la ministre de "
            "l'Industrie et ministre responsable de Développement économique Canada pour les régions du Québec, "
            "l'honorable Mélanie Joly",
            actors=["CNW", "Carlos Leitão", "Développement économique Canada pour les régions du Québec",
                    "Mélanie Joly"],
            dates=["2025-11-28", "2025-11-28"], published="2025-11-28"),
    Passage("https://www.newswire.ca/fr/news-releases/le-canada-investit-dans-le-secteur-des-semi-"
            "conducteurs-en-partenariat-avec-ibm-canada-et-le-c2mi-824708849.html",
            "un nouvel investissement fédéral pouvant atteindre 210 millions de dollars dans un projet de 662 "
            "millions de dollars visant à améliorer les capacités de conditionnement et de commercialisation de "
            "semi-conducteurs à l'installation d'IBM Canada à Bromont et au Centre de Collaboration MiQro "
            "Innovation (C2MI)",
            money=[(2.1e8, "CAD"), (6.62e8, "CAD")],
            actors=["IBM Canada", "Centre de Collaboration MiQro Innovation", "C2MI"], dates=[],
            published="2025-11-28"),
    # the federal government's release
    Passage("https://www.newswire.ca/fr/news-releases/le-gouvernement-du-canada-annonce-un-important-"
            "investissement-dans-les-industries-canadiennes-des-semi-conducteurs-et-de-la-photonique-870627091."
            "html",
            "Il a également annoncé l'octroi de 90 millions de dollars au Centre canadien de fabrication de "
            "dispositifs photoniques (CCFDP) du Conseil national de recherches Canada.",
            money=[(9e7, "CAD")],
            actors=["Centre canadien de fabrication de dispositifs photoniques", "CCFDP",
                    "Conseil national de recherches Canada"],
            dates=[], published="2022-02"),
    # 5,18 cents is an amount of Canadian money, in dollars 0.0518
    Passage("https://www.journaldequebec.com/2022/11/11/les-centres-de-donnees-aussi-importants-que-les-"
            "alumineries",
            "Hydro-Québec offre un tarif de 5,18 cents le KWh pour les centres de données, soit le même qu’accordé "
            "aux alumineries.",
            money=[(0.0518, "CAD")], actors=["Hydro-Québec"], dates=[], published="2022-11-11"),
    Passage("https://www.pressreader.com/switzerland/le-temps/20230127/281732683617759",
            "Dans le détail, les start-up helvétiques ont attiré en 2022 des capitaux d’un montant total de 3,969 "
            "milliards de francs, une hausse de 29,7% par rapport à 2021.",
            money=[(3.969e9, "CHF")], percent=[29.7], dates=["2022", "2021"], published="2023-01-27"),
    Passage("https://www.miradorgeneve.ch/?p=726",
            "En parallèle, dans l’actualité récente, Corintis, start-up vaudoise spécialisée dans le "
            "refroidissement de puces pour l’IA, a levé 24 millions de dollars et recruté l’ancien CEO d’Intel, "
            "Lip-Bu Tan, à son conseil d’administration. (Reuters)",
            money=[(2.4e7, "USD")], actors=["Corintis", "Intel", "Lip-Bu Tan", "Reuters"], dates=[]),
    # an interview: the answer of the secretary general for investment; APM, MOKA36, OXA, MIB GD2 and CYBERIA are
    # projects
    Passage("https://www.journaldunet.com/solutions/dsi/1525429-bruno-bonell-gouvernement/",
            "A la fin, il ne restait que nos cinq lauréats : APM par Hackuity avec Inria, Cap Gemini, Tenacy et "
            "Sanofi, MOKA36 par AnozrWay, OXA par Sekoia avec HarfangLab et Glimps, MIB GD2 par MailInBlack et "
            "CYBERIA par Tehtris.",
            actors=["Hackuity", "Inria", "Cap Gemini", "Tenacy", "Sanofi", "AnozrWay", "Sekoia", "HarfangLab",
                    "Glimps", "MailInBlack", "Tehtris"],
            dates=[]),
    Passage("https://banquedesterritoires.fr/le-gouvernement-annonce-un-renforcement-de-loffre-cloud-de-"
            "confiance",
            "Au total, 23 millions d'euros d’aides France 2030 seront mobilisées pour financer ces projets. Cet "
            "appel à projets, lancé en avril 2022 et opéré par Bpifrance, a permis de sélectionner trois projets "
            "lauréats, portés par Wimi, Jamespot et Interstis.",
            money=[(2.3e7, "EUR")], actors=["Bpifrance", "Wimi", "Jamespot", "Interstis"], dates=["2022-04"]),
    # Hermineo Data is the building, a place
    Passage("https://www.channelnews.fr/un-nouveau-datacenter-de-proximite-a-quimper-154230",
            "La communauté d’agglo Quimper Bretagne Occidentale (QBO) et Quimper Communauté Télécom (QCT), filiale "
            "d’Axione, ouvrent un datacenter de proximité, baptisé Hermineo Data, pour renforcer les "
            "infrastructures numériques de Quimper, dans le Finistère (29).",
            actors=["Quimper Bretagne Occidentale", "QBO", "Quimper Communauté Télécom", "QCT", "Axione"], dates=[],
            published="2026-01-22"),
    # "la friche Usinor" names a site, a place, and is left out
    Passage("https://dcmag.fr/le-consortium-brookfield-bt-immo-et-data4-retenu-pour-le-futur-campus-de-"
            "data-centers-a-escaudain",
            "Le consortium Brookfield, BT Immo et Data4 a été choisi par la communauté d’agglomération de la Porte "
            "du Hainaut pour construire le futur campus de data centers à 5 milliards d’euros à Escaudain, près de "
            "Denain, sur la friche Usinor.",
            money=[(5e9, "EUR")],
            actors=["Brookfield", "BT Immo", "Data4", "communauté d’agglomération de la Porte du Hainaut"], dates=[]),
    # published 2023-09, so "28 septembre" is 28 September 2023, a Thursday, the "jeudi" of the passage
    Passage("https://www.boursier.com/actualites/reuters/eutelsat-finalise-son-rapprochement-avec-oneweb-"
            "341425.html",
            "28 septembre (Reuters) - La société de satellites Eutelsat a annoncé jeudi avoir finalisé son "
            "rapprochement avec OneWeb, réseau mondial de télécommunications par satellite en orbite basse, créant "
            "ainsi une nouvelle entité baptisée Eutelsat Group.",
            actors=["Reuters", "Eutelsat", "OneWeb", "Eutelsat Group"], dates=["2023-09-28", "2023-09-28"],
            published="2023-09"),
    Passage("https://datanews.levif.be/actualite/entreprises/rachats/atos-revend-toutes-ses-activites-"
            "doutsourcing-et-son-appellation/",
            "La société d’investissement EP Equity Investment du milliardaire tchèque Daniel Kretinsky propose deux "
            "milliards d’euros pour absorber ‘l’ancienne’ Atos.",
            money=[(2e9, "EUR")], actors=["EP Equity Investment", "Daniel Kretinsky", "Atos"], dates=[],
            published="2023-08"),
    Passage("https://liberte-actus.fr/economie-et-industrie/entreprises/article/l-etat-met-la-main-sur-"
            "les-supercalculateurs-d-atos",
            "Il représente un chiffre d’affaires estimé à 800 millions d’euros en 2025 et mobilise plus de 2 500 "
            "salariés, en majorité en France. L’offre prévoit également jusqu’à 110 millions d’euros de compléments "
            "de prix liés à la performance financière des exercices 2025 et 2026.",
            money=[(8e8, "EUR"), (1.1e8, "EUR")], dates=["2025", "2025", "2026"]),
    # published 2023-02, so "en septembre" is September 2022
    Passage("https://www.boursier.com/actualites/reuters/atos-discute-avec-airbus-de-la-cession-d-une-"
            "part-d-evidian-et-grimpe-en-bourse-319057.html",
            "Il a rejeté en septembre une offre de rachat de la nouvelle entité pour une valeur d'entreprise de 4,2 "
            "milliards d'euros émanant du groupe Onepoint.",
            money=[(4.2e9, "EUR")], actors=["Onepoint"], dates=["2022-09"], published="2023-02"),
    # an interview: its introduction
    Passage("https://www.usinenouvelle.com/article/ma-priorite-c-est-assurer-la-securite-de-nos-salaries-"
            "et-la-continuite-d-activite-affirme-le-patron-du-site-industriel-de-stmicroelectronics-a-crolles."
            "N1074759",
            "Ingénieur de l’Ensimag, Eric Gerondeau, 56 ans, dirige depuis 2017 le site intégré de production et "
            "R&D de STMicroelectronics à Crolles, près de Grenoble (Isère), qui est le site industriel le plus "
            "avancé du fabricant franco-italien de puces avec 4 300 salariés.",
            actors=["Ensimag", "Eric Gerondeau", "STMicroelectronics"], dates=["2017"], published="2021-03"),
    Passage("https://region-aura.latribune.fr/strategie/industrie/2021-04-14/enquete-1-3-la-"
            "microelectronique-ce-secteur-qui-ne-connait-pas-la-crise-et-qui-recrute-882323.html",
            "la filière, qui emploie près de 35.000 personnes au sein de 230 entreprises (dont 91% sont hébergées "
            "en Isère) est plus que jamais tiraillée entre les besoins de ses principaux acteurs.",
            percent=[91], dates=[], published="2021-04-14"),
]


# Annotated blind, by reading only, without any extraction run on its passages: the digital-sovereignty
# debate in French-language press (cloud, AI, data, cybersecurity, public digital policy, European tech champions).
HELD_OUT_14 = [
    # an official release of the Elysée; "l’Etat" is the state, not an actor
    Passage("https://www.elysee.fr/emmanuel-macron/2021/01/21/presentation-de-la-strategie-nationale-sur-les-te"
            "chnologies-quantiques",
            "Un montant total de 1,8 milliard d'euros, dont 1 milliard de l’Etat, pour les 5 prochaines années ;",
            money=[(1.8e9, "EUR"), (1e9, "EUR")], dates=[], published="2021-01-21"),
    # an official release of the Elysée; the summits are events, not actors
    Passage("https://www.elysee.fr/emmanuel-macron/2024/05/22/rassemblement-des-plus-grands-talents-francais-de"
            "-lia",
            "En amont de l'événement, le chef de l'État a clôturé le Sommet sur l’intelligence artificielle de "
            "Séoul en visioconférence où il a notamment annoncé les dates d'un prochain Sommet pour l’action sur "
            "l’IA qui se tiendra en France les 10 et 11 février 2025.",
            dates=["2025-02-10"], published="2024-05-22"),
    # a release of the Québec minister's office; "le gouvernement du Québec" is read as the state's executive, not
    # an actor;
    # "aujourd'hui" is the release's date
    Passage("https://www.newswire.ca/fr/news-releases/le-quebec-se-dote-d-une-vision-forte-pour-sa-souverainete"
            "-numerique-827119272.html",
            "GATINEAU, QC, le 13 févr. 2026 /CNW/ - Le gouvernement du Québec a présenté aujourd'hui sa vision "
            "pour accroître la souveraineté numérique et a annoncé la mise en œuvre d'un premier levier concret "
            "pour soutenir cette vision.",
            actors=["CNW"], dates=["2026-02-13", "2026-02-13"], published="2026-02-13"),
    Passage("https://information.tv5monde.com/info/emmanuel-macron-veut-mettre-la-france-dans-le-trio-de-tete-m"
            "ondial-du-quantique-394280",
            "Selon l'Elysée, le plan quantique annoncé par le président fait passer les crédits publics pour le "
            "quantique \"de 60 millions d'euros par an à 200 millions par an\", ce qui placerait la France au "
            "troisième rang mondial, derrière la Chine et les Etats-Unis.",
            money=[(6e7, "EUR"), (2e8, "EUR")], actors=["Elysée"], dates=[], published="2021-01"),
    Passage("https://www.frenchweb.fr/decoder-lannonce-du-plan-quantique-francais/414007",
            "le plan quantique national a enfin été lancé le jeudi 21 janvier 2021 par le Président de la "
            "République Emmanuel Macron à l’occasion d’une visite du laboratoire C2N du CNRS sur le Plateau de "
            "Saclay.",
            actors=["Emmanuel Macron", "C2N", "CNRS"], dates=["2021-01-21"], published="2021-01"),
    # "jusqu’à 4 mds €" is read as 4 milliards
    Passage("https://www.lemagit.fr/actualites/366619201/Sommet-sur-lIA-la-France-et-lUnion-europeenne-replique"
            "nt-a-Stargate",
            "Fluidstack (10 milliards d’euros), Amazon (6 milliards d’ici à 2031, dont 1,2 milliard déjà "
            "annoncé), Apollo pour Digital Reality (5 mds €), Evroc (jusqu’à 4 mds €), Prologis (3,5 mds €), "
            "Sesterce (400 millions d’euros) et Telehouse (400 millions €) investiront tous dans des "
            "infrastructures cloud ou IA en France.",
            money=[(1e10, "EUR"), (6e9, "EUR"), (1.2e9, "EUR"), (5e9, "EUR"), (4e9, "EUR"), (3.5e9, "EUR"),
                   (4e8, "EUR"), (4e8, "EUR")],
            actors=["Fluidstack", "Amazon", "Apollo", "Digital Reality", "Evroc", "Prologis", "Sesterce", "Telehouse"],
            dates=["2031"]),
    # published 2025-02-11, so "10 février" is 10 February 2025, a Monday, the "lundi" of the passage
    Passage("https://www.webmanagercenter.com/2025/02/11/540589/amazon-evroc-brookfield-qui-sont-les-geants-der"
            "riere-les-109-milliards-investis-en-france/",
            "PARIS, 10 février (TAP) – Le Britannique Fluidstack, les Américains Amazon et Appolo et le Suédois "
            "Evroc figurent au nombre des groupes impliqués dans l’enveloppe de €109 milliards d’investissements "
            "dans l’intelligence artificielle (IA) dont va bénéficier la France, ont annoncé lundi l’Elysée et "
            "Emmanuel Macron.",
            money=[(1.09e11, "EUR")],
            actors=["TAP", "Fluidstack", "Amazon", "Appolo", "Evroc", "Elysée", "Emmanuel Macron"],
            dates=["2025-02-10", "2025-02-10"], published="2025-02-11"),
    Passage("https://macg.co/ailleurs/2025/02/ia-emmanuel-macron-annonce-109-milliards-deuros-dinvestissements-"
            "prives-pour-la-france-148775",
            "Lors d'une interview réalisée le 9 février sur France 2, le chef de l’État a annoncé un total de « "
            "109 milliards d’euros d’investissements dans les prochaines années » pour l’Hexagone.",
            money=[(1.09e11, "EUR")], actors=["France 2"], dates=["2025-02-09"], published="2025-02"),
    Passage("https://talkbox.tech/fr/choose-france-les-data-centers-ne-vont-pas-faire-des-miracles-pour-la-souv"
            "erainete-francaise",
            "Parmi les grandes annonces : l’américain Prologis investira 6,4 milliards d’euros dans un réseau "
            "d’entrepôts à travers le territoire ; le canadien Brookfield confirme un engagement de 10 milliards "
            "pour un méga projet à Cambrai ; tandis que l’américain Digital Realty s’engage à hauteur de 2,3 "
            "milliards d’euros.",
            money=[(6.4e9, "EUR"), (1e10, "EUR"), (2.3e9, "EUR")],
            actors=["Prologis", "Brookfield", "Digital Realty"], dates=[]),
    # InvestAi is a programme, not an actor
    Passage("https://www.channelnews.fr/scaleway-se-projette-dans-lere-des-gigafactories-dia-149009",
            "Avec l’initiative InvestAi, la Commission a prévu de mobiliser 20 milliards d’euros pour 5 de ces "
            "giga-usines.",
            money=[(2e10, "EUR")], actors=["Commission"], dates=[], published="2025-06"),
    Passage("https://www.channelnews.fr/scaleway-se-projette-dans-lere-des-gigafactories-dia-149009",
            "Ses premiers membres sont VSORA, Kyutai, Sopra Steria, SiPearl, Artefact, Eviden Bull, ZML, Hugging "
            "Face et H company.",
            actors=["VSORA", "Kyutai", "Sopra Steria", "SiPearl", "Artefact", "Eviden Bull", "ZML", "Hugging Face", "H company"],
            dates=[], published="2025-06"),
    # the RAISE Summit is an event and "NVIDIA H100" a product; published 2025-07 settles "8 et 9 juillet"
    Passage("https://www.universfreebox.com/article/584406/souverainete-numerique-le-pari-a-1-million-deuros-de"
            "-scaleway-iliad-pour-garder-lia-en-europe",
            "Sponsor vedette du RAISE Summit, qui se tient les 8 et 9 juillet au Carrousel du Louvre, "
            "l’opérateur annonce un concours doté d’un million d’euros de puissance de calcul GPU, dévoile une "
            "session sur ses clusters NVIDIA H100 et officialise un partenariat stockage de 1,8 petaoctet avec "
            "DDN.",
            money=[(1e6, "EUR")], actors=["DDN"], dates=["2025-07-08"], published="2025-07"),
    # published 2021-12-15, so "cet automne" is autumn 2021
    Passage("https://www.agefi.fr/corporate/actualites/quotidien/20211215/campus-cyber-defense-prend-forme-3341"
            "26",
            "Ce campus XXL dédié à la cybersécurité, initialement annoncé pour cet automne, devrait ouvrir «le "
            "15 février 2022», a indiqué Michel Van Den Berghe à la presse. Il a été voulu par Emmanuel Macron, "
            "qui a annoncé en février 2021 un budget d’un milliard d’euros alloué à la cybersécurité.",
            money=[(1e9, "EUR")], actors=["Michel Van Den Berghe", "Emmanuel Macron"],
            dates=["2021-autumn", "2022-02-15", "2021-02"], published="2021-12-15"),
    # "SAS" is the company's legal form; the actor is Campus Cyber
    Passage("https://www.agefi.fr/corporate/actualites/quotidien/20211215/campus-cyber-defense-prend-forme-3341"
            "26",
            "La SAS Campus Cyber est dotée d’un capital social de 8 millions d’euros, dont 3,5 millions détenus "
            "par l’Etat.",
            money=[(8e6, "EUR"), (3.5e6, "EUR")], actors=["Campus Cyber"], dates=[], published="2021-12-15"),
    Passage("https://defense-92.fr/?p=71937",
            "Pour chapeauter ce lieu c’est Michel Van Den Berghe, un ancien d’Orange Cyber Défense qui est à la "
            "manœuvre de cette SAS détenue à 55 % par le privé et 45 % par l’Etat.",
            percent=[55, 45], actors=["Michel Van Den Berghe", "Orange Cyber Défense"], dates=[]),
    Passage("https://www.solutions-numeriques.com/le-campus-cyber-deja-complet-avant-son-ouverture/",
            "Celle-ci compte 112 actionnaires, dont de grands groupes français tels que BNP Paribas, Total, "
            "Veolia, Hermes, La Poste et Banque de France. Ceux-ci sont entrés au capital du Campus Cyber à "
            "hauteur de 4 millions d’euros",
            money=[(4e6, "EUR")],
            actors=["BNP Paribas", "Total", "Veolia", "Hermes", "La Poste", "Banque de France", "Campus Cyber"],
            dates=[]),
    # the year in the report's title counts as a date written; "entre 2023 et 2024" counts as its start
    Passage("https://archimag.com/vie-numerique/2025/03/12/anssi-alerte-hausse-quinze-pourcents-cyberattaques-2"
            "024",
            "dans son Panorama de la cybermenace 2024, publié en février 2025, l’Agence nationale de la sécurité "
            "des systèmes d’information (Anssi) a recensé 15 % d’augmentation des cyberattaques entre 2023 et "
            "2024, soit environ 3 000 signalements et 1 300 incidents.",
            percent=[15], actors=["Agence nationale de la sécurité des systèmes d’information", "Anssi"],
            dates=["2024", "2025-02", "2023"], published="2025-03-12"),
    # no date on the page, so "mardi" is left out
    Passage("https://lemediaplus.com/le-niveau-de-la-menace-informatique-en-france-a-continue-daugmenter-en-202"
            "3-selon-lanssi",
            "«Le nombre total d’attaques par rançongiciel (…) est supérieur de 30% à celui constaté en 2022», "
            "écrit l’Anssi (Agence nationale de la sécurité des systèmes d’information), dans son panorama de la "
            "cybermenace, qui doit être publié mardi.",
            percent=[30], actors=["Anssi", "Agence nationale de la sécurité des systèmes d’information"],
            dates=["2022"]),
    Passage("https://www.alain-bensoussan.com/avocats/zoom-sur-le-rapport-2021-de-lanssi-relatif-a-la-menace-cy"
            "ber/2022/06/30/",
            "L’ANSSI a eu connaissance de 1082 intrusions avérées dans des systèmes d’information en 2021, pour "
            "786 en 2020. Cela représente une hausse de 37% des intrusions avérées dans l’année.",
            percent=[37], actors=["ANSSI"], dates=["2021", "2020"], published="2022-06-30"),
    # "l’année précédente" is relative to the year reviewed, which the passage does not name: left out
    Passage("https://kulturegeek.fr/news-327445/cyberattaques-operations-destabilisation-hausse-15",
            "Le directeur général de l’Anssi, Vincent Strubel, a souligné que « la menace reste à un niveau "
            "particulièrement élevé », avec une progression de 15 % du nombre d’incidents traités par rapport à "
            "l’année précédente.",
            percent=[15], actors=["Anssi", "Vincent Strubel"], dates=[], published="2025-03"),
    Passage("https://datanews.levif.be/ict/actualite/le-projet-cloud-europeen-gaia-x-aura-son-siege-en-belgique"
            "/article-news-1297273.html",
            "Selon The Register, il y avait lors de cette première annonce 22 entreprises françaises et "
            "allemandes prêtes à collaborer. Il s'agit entre autres d'Orange, Bosch, BMW, Siemens, Atos, "
            "OVHcloud et Deutsche Telekom.",
            actors=["The Register", "Orange", "Bosch", "BMW", "Siemens", "Atos", "OVHcloud", "Deutsche Telekom"],
            dates=[], published="2020-06"),
    Passage("https://la-rem.eu/2020/12/gaia-x-un-ecosysteme-des-clouds-europeens",
            "Le ministre de l’économie et des finances, Bruno Le Maire, et son homologue allemand, Peter "
            "Altmaier ont officialisé cette coopération le 4 juin 2020.",
            actors=["Bruno Le Maire", "Peter Altmaier"], dates=["2020-06-04"], published="2020-12"),
    Passage("https://siecledigital.fr/2021/03/31/labels-gaia-x/",
            "« Gaia-X sera capable de proposer en décembre 2021 les premières solutions labellisées Gaia-X qui "
            "rendront plus facile la collaboration » industrielle autour des données, indique l’association dans "
            "un communiqué relayé par l’AFP.",
            actors=["Gaia-X", "AFP"], dates=["2021-12"], published="2021-03-31"),
    # an interview: the interviewee's first answer; the address is given without its tracking parameters
    Passage("https://france3-regions.francetvinfo.fr/hauts-de-france/nord-0/roubaix/roubaix-qu-est-ce-que-cloud"
            "-confiance-que-etat-charge-geant-nordiste-ovh-developper-1734435.html",
            "MICHEL PAULIN : Je n'utilise pas l'expression 'cloud souverain', mais 'cloud de confiance'. En "
            "2012, on l'avait contraint à un marché de niche, avec deux acteurs (CloudWatt et Numergy, NDLR) "
            "dans un Meccano industriel très compliqué qui fonctionnait avec beaucoup d'argent public.",
            actors=["MICHEL PAULIN", "CloudWatt", "Numergy"], dates=["2012"], published="2019-10"),
    # an interview: its first question; "de Paris La Défense" places the Campus Cyber
    Passage("https://www.republik-it.fr/solutions-techno/cybersecurite/joffrey-celestin-urbain-campus-cyber-nou"
            "s-sommes-des-acteurs-du-lien.html",
            "Inauguré en 2022 pour réunir en un même lieu la communauté Cyber française, le Campus Cyber de "
            "Paris La Défense est critiqué par ses détracteurs comme un simple projet immobilier onéreux.",
            actors=["Campus Cyber"], dates=["2022"]),
    # published 2022-01 does not settle "mardi"
    Passage("https://www.levif.be/actualite/belgique/la-belgique-va-investir-78-millions-d-euros-pour-se-proteg"
            "er-des-cybermenaces/article-news-1509131.html",
            "\"La cybersécurité est une priorité pour la Belgique\", assure le Premier ministre Alexander De Croo "
            "dans La Dernière Heure mardi et annonce de ce fait 78 millions d'euros supplémentaires qui vont "
            "être investis pour se protéger des cybermenaces.",
            money=[(7.8e7, "EUR")], actors=["Alexander De Croo", "La Dernière Heure"], dates=[], published="2022-01"),
    # the contract is not an actor; "(2021-2031)" counts as its start
    Passage("https://francoischarlet.ch/2025/strategie-cloud-suisse",
            "En juin 2021, l’Office fédéral de l’informatique et de la télécommunication (OFIT) a attribué le "
            "marché public WTO-20007 « Public Clouds Bund » à cinq fournisseurs pour un montant plafond de 110 "
            "millions CHF sur dix ans (2021-2031).",
            money=[(1.1e8, "CHF")], actors=["Office fédéral de l’informatique et de la télécommunication", "OFIT"],
            dates=["2021-06", "2021"], published="2025"),
    # Québec press: "dollars" are Canadian dollars
    Passage("https://minutetech.info/2026/02/16/14-milliard-pour-la-souverainete-numerique-premier-pas-ou-un-ec"
            "ran-de-fumee",
            "Le gouvernement du Québec veut investir 1,4 milliard de dollars sur dix ans pour renforcer la "
            "souveraineté numérique de l’État.",
            money=[(1.4e9, "CAD")], dates=[], published="2026-02-16"),
    Passage("https://optionfinance.fr/actualites/levees-de-fonds-des-start-up-une-annee-2024-sauvee-par-lia.htm"
            "l",
            "« L’Intelligence artificielle a sauvé l’année 2024, avec des levées de fonds, dont celle de "
            "Poolside AI (475 millions d’euros) et Mistral AI (468 millions), s’élevant au total à 2,026 "
            "milliards d’euros, souligne Nicolas Forey.",
            money=[(4.75e8, "EUR"), (4.68e8, "EUR"), (2.026e9, "EUR")],
            actors=["Poolside AI", "Mistral AI", "Nicolas Forey"], dates=["2024"]),
    Passage("https://www.latribune.fr/technos-medias/informatique/ia-generative-bruno-le-maire-veut-creer-une-p"
            "lace-de-marche-europeenne-de-la-donnee-990145.html",
            "« les investissements dans l'intelligence artificielle sont nettement plus faibles en France et "
            "dans les autres pays européens qu'aux Etats-Unis : quand nous misons 3 milliards d'euros, les "
            "Américains mettent 60 milliards d'euros sur la table », affirme-t-il.",
            money=[(3e9, "EUR"), (6e10, "EUR")], dates=[], published="2024-02"),
    # published 2024-04, so "mi-mars" is March 2024
    Passage("https://kulturegeek.fr/news-308349/ia-generative-france-lance-appel-developpement-dapplications",
            "Cette annonce fait suite au rapport rendu mi-mars à l’Élysée par le Comité de l’intelligence "
            "artificielle générative, qui estimait que la France devrait investir 5 milliards d’euros par an sur "
            "cinq ans si elle voulait rester dans la course face aux États-Unis et à la Chine.",
            money=[(5e9, "EUR")], actors=["Élysée", "Comité de l’intelligence artificielle générative"],
            dates=["2024-03"], published="2024-04"),
    Passage("https://siecledigital.fr/2024/04/12/microsoft-veut-construire-de-nouveaux-data-centers-en-france/",
            "Microsoft serait actuellement en train de discuter avec plusieurs régions françaises intéressées "
            "d’accueillir plusieurs data centers du groupe sur leur territoire. En tout, 1,5 milliard d’euros "
            "seraient investis par la firme de Redmond pour mener à ce bien ce projet gigantesque.",
            money=[(1.5e9, "EUR")], actors=["Microsoft"], dates=[], published="2024-04-12"),
    Passage("https://www.journaldunet.com/start-up/1537861-avec-7-2-milliards-d-euros-leves-en-2024-la-french-t"
            "ech-stoppe-l-hemorragie/",
            "le montant total des fonds levés par les start-up françaises en 2024 s'élève d'après nos calculs à "
            "7,22 milliards d'euros contre 7,67 milliards d'euros en 2023, soit une baisse de 6% des montants "
            "levés.",
            money=[(7.22e9, "EUR"), (7.67e9, "EUR")], percent=[6], dates=["2024", "2023"]),
    Passage("https://www.informatiquenews.fr/les-recaps-de-lete-2025-entre-souverainete-et-autonomie-numerique-"
            "105938",
            "Ce nouveau mandat agit comme un révélateur des dépendances européennes, dans un marché cloud dominé "
            "à 71 % par Amazon, Microsoft et Google.",
            percent=[71], actors=["Amazon", "Microsoft", "Google"], dates=[], published="2025-07"),
]

# Annotated blind, by reading only, before any extraction ran on them; never tuned against.
# Business, economic and regional press on investments, plants, data centres, acquisitions, rounds
# and public procurement, with two official releases, a regulator's report and an interview.
HELD_OUT_15 = [
    # the fund and the plan are programmes, not actors; "de 10 à 40 millions" counts as its low value
    Passage("https://www.usinenouvelle.com/article/la-france-ouvre-des-usines-un-fonds-pour-l-industrialisation-"
            "des-start-up-les-sept-bonnes-nouvelles-de-la-semaine.N2076056",
            "Géré par Bpifrance et doté de 350 millions d'euros, le fonds national de venture industriel va "
            "commencer son activité. Ce dispositif du plan de soutien à l’industrialisation des start-up prendra des "
            "tickets de 10 à 40 millions d’euros dans des fonds de sociétés de gestion privées",
            money=[(3.5e8, "EUR"), (1e7, "EUR")], actors=["Bpifrance"], dates=[], published="2022-12"),
    Passage("https://www.usinenouvelle.com/article/la-france-ouvre-des-usines-un-fonds-pour-l-industrialisation-"
            "des-start-up-les-sept-bonnes-nouvelles-de-la-semaine.N2076056",
            "Le fabricant de jouets Smoby prévoit d’investir 26 millions d’euros afin d’agrandir ses locaux "
            "d’Arinthod (Jura), dans l’objectif de relocaliser sa production. Un nouveau bâtiment pour passer de 36 "
            "000 à 50 000 mètres carrés est envisagé par Simba-Dickie, propriétaire de l'entreprise.",
            money=[(2.6e7, "EUR")], actors=["Smoby", "Simba-Dickie"], dates=[], published="2022-12"),
    Passage("https://www.usinenouvelle.com/article/l-industrie-recrute-chemours-investit-dans-l-oise-mega-"
            "contrat-pour-vinci-les-sept-bonnes-nouvelles-de-la-semaine.N2086171",
            "Le chimiste américain Chemours va investir environ 186 millions d’euros sur son site de "
            "Villers-Saint-Paul, dans l’Oise, afin d'y produire des membranes essentielles pour les applications de "
            "l’hydrogène bas carbone",
            money=[(1.86e8, "EUR")], actors=["Chemours"], dates=[], published="2023-01"),
    Passage("https://www.usinenouvelle.com/article/l-industrie-recrute-chemours-investit-dans-l-oise-mega-"
            "contrat-pour-vinci-les-sept-bonnes-nouvelles-de-la-semaine.N2086171",
            "Via sa filiale Cobra IS et en partenariat avec Siemens Energy, Vinci vient de remporter un contrat "
            "d’une valeur d’environ 4 milliards d’euros pour la conception, la construction et l’installation de "
            "deux plateformes de conversion d'énergie électrique d'origine éolienne au large de l’Allemagne.",
            money=[(4e9, "EUR")], actors=["Cobra IS", "Siemens Energy", "Vinci"], dates=[], published="2023-01"),
    Passage("https://www.usinenouvelle.com/article/la-france-attire-les-investissements-etrangers-future-usine-"
            "de-panneaux-solaires-et-relocalisations-les-sept-bonnes-nouvelles-de-la-semaine.N2107491",
            "Pour accompagner le programme de nouveau nucléaire français, Framatome prévoit 100 millions d’euros "
            "d’investissements pour son site du Creusot (Saône-et-Loire). Cette enveloppe comprend notamment un "
            "nouveau bâtiment pour réaliser les internes de cuves à partir de l’été 2026",
            money=[(1e8, "EUR")], actors=["Framatome"], dates=["2026-summer"], published="2023-03"),
    Passage("https://www.usinenouvelle.com/article/l-europe-met-le-paquet-dans-les-puces-faurecia-grossit-avec-"
            "hella-boom-des-exportations-de-cosmetiques-les-7-bonnes-nouvelles-de-la-semaine.N1783897",
            "Un nouveau géant de l’auto est né. En créant Forvia, Faurecia et Hella revendiquent la place de "
            "septième équipementier mondial. Grâce à ce rachat, Faurecia vise 33 milliards d’euros de chiffre "
            "d’affaires en 2025.",
            money=[(3.3e10, "EUR")], actors=["Forvia", "Faurecia", "Hella"], dates=["2025"], published="2022-02"),
    # "son Fonds Énergies" is left out: an investment vehicle of CMA CGM, read as a fund, not a separate actor
    Passage("https://www.lejournaldesentreprises.com/article/carbon-casino-verkor-orano-ces-investissements-qui-"
            "marqueront-lannee-2025-en-auvergne-rhone-alpes-2108787",
            "cette usine mobilisera 1,6 milliard d’euros d’investissement dont la moitié financée par de la dette, "
            "un quart par des subventions et les 400 millions d’euros restant sur fonds privés provenant des "
            "actionnaires fondateurs de Carbon et la compagnie maritime CMA CGM (via son Fonds Énergies).",
            money=[(1.6e9, "EUR"), (4e8, "EUR")], actors=["Carbon", "CMA CGM"], dates=[]),
    Passage("https://www.lejournaldesentreprises.com/alsace/article/les-investissements-qui-marqueront-2022-dans-"
            "le-grand-est-1748834",
            "Un chantier à près de 220 millions d’euros, qui doit permettre au groupe Solvay, allié sur le projet "
            "avec Veolia, de faire baisser de moitié les émissions de sa soudière lorraine.",
            money=[(2.2e8, "EUR")], actors=["Solvay", "Veolia"], dates=[]),
    Passage("https://www.lejournaldesentreprises.com/auvergne-rhone-alpes/article/stmicroelectronics-usin-lyon-"
            "hef-les-investissements-qui-marqueront-2023-en-aura-2053918",
            "Basée à Crolles, près de Grenoble, sur le site de STMicroelectronics, leader mondial du secteur, cette "
            "usine de fabrication conjointe mobilisera un investissement estimé à 5,7 milliards d'euros.",
            money=[(5.7e9, "EUR")], actors=["STMicroelectronics"], dates=[]),
    # "50 milliards d’investissements" names no currency and the passage implies none: not money
    Passage("https://www.lejournaldesentreprises.com/article/ia-des-projets-bien-lances-en-paca-et-quelques-"
            "zones-de-flou-2118050",
            '"Nous devrions capter environ 11 à 12 % des investissements prévus au niveau national car nous avons '
            "les compétences sur place et nous accompagnons ces sociétés. Nous comptons aussi avoir une partie des "
            '50 milliards d’investissements des Émirats arabes unis", assure Bernard Kleynhoff',
            percent=[11], actors=["Bernard Kleynhoff"], dates=[]),
    Passage("https://www.lejournaldesentreprises.com/article/la-hague-et-caen-sur-la-carte-des-projets-francais-"
            "de-lia-2115008",
            "Parmi les 35 sites prêts à l’emploi pour accueillir des data centers dédiés à l’intelligence "
            "artificielle (IA), en France à partir de 2025, cités par Clara Chappaz, ministre en charge de "
            "l’Intelligence artificielle lors du sommet international sur l’IA au Grand Palais à Paris",
            actors=["Clara Chappaz"], dates=["2025"]),
    # an interview: its first question (the company's name is spelled "Digital Reality" there)
    Passage("https://www.lejournaldesentreprises.com/region-sud/article/interxion-je-nai-jamais-vu-un-hub-"
            "dechange-de-donnees-croitre-aussi-vite-que-celui-de-marseille-2054987",
            "Interxion (groupe européen fusionné depuis 2020 avec l'américain Digital Reality) a postulé à l’appel "
            "d’offres lancé par le Grand port maritime de Marseille pour la valorisation de l'ancien silo à sucre.",
            actors=["Interxion", "Digital Reality", "Grand port maritime de Marseille"], dates=["2020"]),
    # the interview's answer; no date on the page, so "l’an dernier" is left out
    Passage("https://www.lejournaldesentreprises.com/region-sud/article/interxion-je-nai-jamais-vu-un-hub-"
            "dechange-de-donnees-croitre-aussi-vite-que-celui-de-marseille-2054987",
            "Nous avons investi près de 400 millions d’euros ces dernières années sur le port, notamment 27 millions "
            "d’euros pour créer un poste de distribution électrique privé, qui alimente depuis l’an dernier notre "
            "dernier data center.",
            money=[(4e8, "EUR"), (2.7e7, "EUR")], dates=[]),
    # "l’Europôle d’Hambach" is a business park, a place
    Passage("https://www.lejournaldesentreprises.com/article/holosolis-sew-usocome-liebherr-les-investissements-"
            "qui-marqueront-2024-dans-le-grand-est-2077577",
            "L’investissement programmé est de 710 millions d’euros. Installée sur 50 hectares dans l’Europôle "
            "d’Hambach, achetés 5 millions d’euros à la Communauté d’agglomération Sarreguemines confluences, cette "
            "usine produira chaque année 10 millions de panneaux photovoltaïques",
            money=[(7.1e8, "EUR"), (5e6, "EUR")], actors=["Communauté d’agglomération Sarreguemines confluences"],
            dates=[]),
    Passage("https://www.lejournaldesentreprises.com/article/levees-de-fonds-en-france-le-record-de-2021-masque-"
            "des-desequilibres-persistants-1800756",
            "Elles ont levé pas moins de 11 milliards d’euros en 2021 - record 2020 bel et bien battu, et ce à la "
            "faveur d’un boom exceptionnel de 135 % en un an, selon les calculs d’In Extenso Innovation Croissance "
            "et de l’Essec Business School.",
            money=[(1.1e10, "EUR")], percent=[135],
            actors=["In Extenso Innovation Croissance", "Essec Business School"], dates=["2021", "2020"]),
    Passage("https://www.lejournaldesentreprises.com/alsace/article/les-investissements-suivre-en-alsace-en-2019-"
            "135224",
            "À Lauterbourg, le groupe américain Dow (39 000 salariés, CA 2017 : 45 Mds de dollars) fabrique des "
            "additifs pour peintures et revêtements ainsi que des additifs pour plastiques.",
            money=[(4.5e10, "USD")], actors=["Dow"], dates=["2017"]),
    Passage("https://www.journaldunet.com/web-tech/cloud/1506379-info-jdn-cloudhq-veut-eriger-le-plus-grand-"
            "datacenter-de-france/",
            "Une taille largement supérieure aux 40 000 m² du data center dont Interxion a lancé la construction à "
            "la Courneuve et censé être le plus grand de l'Hexagone. Le JDN a pu se procurer l'avis de la Mission "
            "régionale d'autorité environnementale d'Île-de-France (MRAe) sur ce gigantesque projet.",
            actors=["Interxion", "JDN", "Mission régionale d'autorité environnementale d'Île-de-France", "MRAe"],
            dates=[], published="2021-10"),
    Passage("https://cio-online.com/actualites/lire-cloud-public-dans-l-administration-le-contrat-capgemini-"
            "remis-en-jeu-15181.html",
            "C'est ce marché emblématique aujourd'hui entre les mains de Capgemini que l'Ugap renouvelle en publiant "
            "un appel d'offres, évalué à 200 M€ pour une durée de 3 ans (avec des options de reconduction tacite sur "
            "deux périodes de six mois supplémentaires).",
            money=[(2e8, "EUR")], actors=["Capgemini", "Ugap"], dates=[]),
    # "de 5 à 41%" counts as its low value
    Passage("https://cio-online.com/actualites/lire-cloud-public-dans-l-administration-le-contrat-capgemini-"
            "remis-en-jeu-15181.html",
            "Pour les administrations, l'existence de cet accord-cadre permet d'éviter de passer par un appel "
            "d'offres tout en bénéficiant de tarifs déjà négociés (de 5 à 41% de remise sur les prix publics selon "
            "Capgemini), en passant par de simples bons de commande.",
            percent=[5], actors=["Capgemini"], dates=[]),
    Passage("https://politico.eu/article/data-centers-plusieurs-regions-francaises-en-lice-pour-accueillir-un-"
            "megaprojet-de-microsoft",
            "Le géant américain du numérique serait prêt à mettre sur la table plus de 1,5 milliard d’euros pour le "
            "projet, avec plusieurs centaines d’emplois à la clé, selon deux sources proches du dossier.",
            money=[(1.5e9, "EUR")], dates=[]),
    # "la présidence française" is read as an office, not an actor
    Passage("https://www.clubic.com/actualite-552776-un-mega-data-center-pour-l-ia-va-s-implanter-en-france-"
            "finance-par-l-argent-du-petrole.html",
            "Le méga data center de 1 gigawatt annoncé par la présidence française sera financé par un consortium "
            "franco-émirati dirigé par le fonds d'investissement MGX, adossé aux Émirats arabes unis. On évoque un "
            "financement compris entre 30 et 50 milliards d'euros",
            money=[(3e10, "EUR")], actors=["MGX"], dates=[], published="2025-02"),
    # the elided article is dropped from "l'Informé", as from "l'Arcep"
    Passage("https://next.ink/briefs/le-brief-du-04-juillet-2025/",
            "En juin 2024, l'Informé révélait que cette participation portait sur 16% du capital, en échange de près "
            "de 43 millions d'euros. L'opération valorisait donc, à l'époque, Brut à environ 268 millions d'euros.",
            money=[(4.3e7, "EUR"), (2.68e8, "EUR")], percent=[16], actors=["Informé", "Brut"], dates=["2024-06"],
            published="2025-07-04"),
    # an official release; France 2030 is a plan, not an actor
    Passage("https://www.gouvernement.fr/communique/1-an-de-france-2030-la-premiere-ministre-presente-les-"
            "premiers-resultats-concrets-de-france-2030-et-ses-perspectives-strategiques",
            "France 2030, ce sont des moyens inédits, 54 milliards d’euros sur 5 ans, dont 8,4 milliards d’euros qui "
            "ont été investis pour la première année dans 1 752 projets innovants sur tout le territoire au travers "
            "d’une cinquantaine d’appels à projets.",
            money=[(5.4e10, "EUR"), (8.4e9, "EUR")], dates=[]),
    # an official release (a Canadian state-owned utility)
    Passage("http://nouvelles.hydroquebec.com/fr//communiques-de-presse/1889/hydro-quebec-ne-travaille-"
            "aucunement-a-lattraction-de-centres-de-donnees/",
            "À la suite de la publication d’articles sur le sujet, Hydro-Québec souhaite réitérer qu’elle ne "
            "travaille pas du tout dans une optique d’attirer des centres de données au Québec.",
            actors=["Hydro-Québec"], dates=[], published="2022-11-11"),
    Passage("https://trends.levif.be/a-la-une/politique-economique/wallonie/pourquoi-la-wallonie-attire-les-"
            "geants-du-numerique",
            "Alors qu’Amazon vient d’annoncer un milliard d’euros d’investissement en Belgique, Google frappe plus "
            "fort encore. Le géant américain injectera 5 milliards d’euros entre 2026 et 2027, portant à 11 "
            "milliards le total de ses investissements en Wallonie depuis 2007.",
            money=[(1e9, "EUR"), (5e9, "EUR"), (1.1e10, "EUR")], actors=["Amazon", "Google"],
            dates=["2026", "2007"]),
    # "entre 250 millions d’euros et 300 millions d’euros" counts as its low value
    Passage("https://www.journal.lu/top-navigation/article/google-puissance-4/",
            "Si jusqu’à présent les enveloppes libérées fluctuaient entre 250 millions d’euros et 300 millions "
            "d’euros, le groupe monte cette fois à 600 millions d’euros.",
            money=[(2.5e8, "EUR"), (6e8, "EUR")], dates=[]),
    # published 2025-07, so "Cette année" is 2025
    Passage("https://www.swissinfo.ch/fre/le-meilleur-du-contenu-ssr/financement-des-start-up-une-majeure-partie-"
            "de-largent-va-%C3%A0-une-minorit%C3%A9/89711809?utm_source=multiple&utm_campaign=swi-"
            "rss&utm_medium=rss&utm_content=o",
            "Cette année, les start-up du pays ont déjà reçu près de 1,5 milliard de francs, soit presque 40% de "
            "plus qu’à la même période en 2024.",
            money=[(1.5e9, "CHF")], percent=[40], dates=["2025", "2024"], published="2025-07"),
    # published 2020-05-14, so "il y a une année" is 2019 (annotated at year precision)
    Passage("http://www.pressreader.com/switzerland/le-temps/20200514/281711206831992",
            "Lancée il y a une année par la société zurichoise VI Partners, la récolte de fonds a permis de "
            "rassembler 75 millions de francs, un peu moins que les 80 millions visés. «En temps normal, on aurait "
            "levé un peu plus», lâche Alain Nicod, directeur de la société",
            money=[(7.5e7, "CHF"), (8e7, "CHF")], actors=["VI Partners", "Alain Nicod"], dates=["2019"],
            published="2020-05-14"),
    # "le site KH-SK" names the Velux subsidiary's plant by the subsidiary: kept as an actor
    Passage("https://www.tracesecritesnews.fr/actualite/en-bref-dans-l-est-investissements-choose-france-"
            "bourgogne-franche-comte-et-grand-est-ineos-inovyn-contournement-de-chatenois-colleag-et-parc-lafayette-"
            "wattwiller-200527",
            "En Haute-Sâone, le fabricant danois de fenêtres Velux va étendre le site KH-SK de volets roulants de "
            "Marnay pour 40 millions d’€ par la construction d’une unité supplémentaire de production (15.000 m2 en "
            "fabrication et stockage pour 15 millions d’€, complétés des équipements intérieurs).",
            money=[(4e7, "EUR"), (1.5e7, "EUR")], actors=["Velux", "KH-SK"], dates=[]),
    # Alsa is a brand, a product
    Passage("https://www.tracesecritesnews.fr/actualite/en-bref-marbre-197437",
            "L’ancien propriétaire, l’Allemand Dr Oetker cède en effet le site de 93 salariés à ce groupe "
            "agroalimentaire italien de 2.100 salariés (chiffre d’affaires de 556 millions d’€ en 2021), mais il "
            "conserve dans son portefeuille son fleuron, la marque Alsa",
            money=[(5.56e8, "EUR")], actors=["Dr Oetker"], dates=["2021"]),
    Passage("https://www.tracesecritesnews.fr/actualite/breves-alsace-gestion-startegies-151157",
            "ce groupe a engagé un plan d’investissement de 85 millions d’€ jusqu’en 2024 afin de doubler sa "
            "capacité de production d’immunoglobuline de la porter ainsi à 12 tonnes par an, indique l’Adira, "
            "l’agence de développement alsacienne qui suit l’entreprise.",
            money=[(8.5e7, "EUR")], actors=["Adira"], dates=["2024"]),
    # "18 milliards" beside "3,5 milliards d’euros" is money in euros
    Passage("https://www.frenchweb.fr/bercy-veut-debloquer-30-milliards-deuros-pour-le-financement-des-startups-"
            "dici-2022/423681",
            "Avec plus de 3,5 milliards d’euros mobilisés par les 21 investisseurs partenaires, dont beaucoup "
            "d’assureurs, qui ont généré 18 milliards d’investissements dans une cinquantaine de fonds, « cette "
            "initiative a donné plus que les résultats attendus », s’est réjoui Bruno Le Maire",
            money=[(3.5e9, "EUR"), (1.8e10, "EUR")], actors=["Bruno Le Maire"], dates=[], published="2021-06"),
    Passage("https://www.linfodurable.fr/investir-durable/en-bref/les-levees-de-fonds-saccelerent-du-cote-des-"
            "start-francaises-31862",
            "Le Royaume-Uni reste le champion européen, avec 6,54 milliards d'euros levés (+27% par rapport au "
            "premier trimestre 2021), devant la France et ses 4,96 milliards d'euros levés, puis l'Allemagne avec "
            "2,3 milliards d'euros.",
            money=[(6.54e9, "EUR"), (4.96e9, "EUR"), (2.3e9, "EUR")], percent=[27], dates=["2021-Q1"]),
    # a regulator's own annual report
    Passage("https://media.autoritedelaconcurrence.fr/adlc-bilan-activite-2024/controle-des-concentrations",
            "En 2024, l’Autorité de la concurrence a examiné un nombre record de 295 opérations, soit une hausse de "
            "10 % par rapport au précédent pic de 2021.",
            percent=[10], actors=["Autorité de la concurrence"], dates=["2024", "2021"]),
]

# Annotated blind, by reading only, without any extraction run on its passages: digital sovereignty in
# French-language trade, general and regional press (cloud, AI, cybersecurity, public procurement, big tech,
# start-up funding), with official pages (a government site, a parliamentary question, a Senate report, a
# city) and an interview. `published` is the date the page or its address gives (None: none found).
HELD_OUT_16 = [
    # published 2025-03, so "Le 14 mars" is 14 March 2025; "l’État" is the state
    Passage("https://www.frenchweb.fr/microsoft-a-lecole-de-la-republique-quand-la-souverainete-numerique-devient-une-"
            "option/452424",
            "Le 14 mars, la publication du contrat entre le ministère de l’Éducation nationale et Microsoft a mis une "
            "nouvelle fois en lumière une contradiction majeure de la stratégie numérique de l’État.",
            actors=["ministère de l’Éducation nationale", "Microsoft"], dates=["2025-03-14"], published="2025-03"),
    # published 2026-03-09, so "Fin février" is February 2026; "Washington" stands for the administration
    Passage("https://www.mac4ever.com/societe/195055-l-education-nationale-deconseille-microsoft-puis-lui-signe-un-"
            "cheque-de-152-millions-d-euros",
            "Fin février, elle a ordonné à toutes les agences fédérales de cesser d'utiliser les technologies "
            "d'Anthropic, pour avoir refusé d'ouvrir son IA à l'armée. En mai 2025, Microsoft avait supprimé le compte "
            "e-mail du procureur de la Cour pénale internationale sous la pression de Washington.",
            actors=["Anthropic", "Microsoft", "Cour pénale internationale"], dates=["2026-02", "2025-05"],
            published="2026-03-09"),
    # a written question to the minister, with the ministry's answer
    Passage("https://www.assemblee-nationale.fr/dyn/17/questions/QANR5L17QE5312",
            "Cet accord cadre, qui prévoit seulement un montant maximum de dépenses fixé à 152 millions d'euros hors "
            "taxe, pour une durée maximale de quatre ans, est censé répondre aux besoins des agents des services "
            "centraux ou déconcentrés du ministère de l'éducation nationale",
            money=[(1.52e8, "EUR")], actors=["ministère de l'éducation nationale"], dates=[]),
    # published 2025-11-12, so "en juin dernier" is June 2025; "gouvernement américain" is the state
    Passage("https://www.generation-nt.com/actualites/microsoft-souverainete-numerique-europe-cloud-act-donnees-"
            "2065952",
            "Cette initiative fait directement suite à une audition tendue au Sénat français en juin dernier, où un "
            "dirigeant de l'entreprise avait reconnu que les données des citoyens européens pouvaient, en théorie, être "
            "transmises au gouvernement américain si la loi l'exigeait.",
            actors=["Sénat"], dates=["2025-06"], published="2025-11-12"),
    # published 2022-06, so "ce 22 juin" is 22 June 2022; "la fin 2022" is the year 2022
    Passage("https://www.usine-digitale.fr/article/bleu-le-cloud-de-confiance-d-orange-microsoft-et-capgemini-sera-"
            "operationnel-en-2024.N2017937",
            "Les premiers clients devraient être accompagnés d'ici la fin 2022 afin d'être prêts à migrer dès que le "
            "service sera pleinement disponible, en 2024, d'après un communiqué publié ce 22 juin.",
            dates=["2022", "2024", "2022-06-22"], published="2022-06"),
    Passage("https://www.lemondeinformatique.fr/actualites/lireamp-dassault-aviation-embarque-bleu-pour-son-cloud-de-"
            "confiance-98827.html",
            "Zoom était également en lice, mais il ne dispose pas de certification SecNumCloud. Enfin, le contrat avec "
            "Bleu entre en vigueur le 1er janvier 2026 et les premiers services vont voir le jour à l’été 2026.",
            actors=["Zoom", "Bleu"], dates=["2026-01-01", "2026-summer"]),
    Passage("https://portail-ie.fr/univers/blockchain-data-et-ia/2023/mistral-ai-nouveau-fer-de-lance-de-"
            "lintelligence-artificielle-a-la-francaise",
            "La start-up française Mistral AI, spécialisée dans l’intelligence artificielle (IA), a réussi à lever 385 "
            "millions d’euros lors de son second tour de financement, atteignant ainsi une valorisation d’environ 2 "
            "milliards de dollars.",
            money=[(3.85e8, "EUR"), (2e9, "USD")], actors=["Mistral AI"], dates=[], published="2023"),
    # published 2023-12-10, so "octobre dernier" is October 2023
    Passage("https://maddyness.com/2023/12/10/cest-desormais-officiel-mistral-ai-leve-385-millions-deuros",
            "Les rumeurs allaient bon train depuis octobre dernier. Le site The information affirmait alors que "
            "l’entreprise française cherchait à lever 300 millions de dollars, deux mois seulement après avoir levé 105 "
            "millions d'euros.",
            money=[(3e8, "USD"), (1.05e8, "EUR")], actors=["The information"], dates=["2023-10"],
            published="2023-12-10"),
    # published 2024-06, so "en février" is February 2024
    Passage("https://www.boursorama.com/actualite-economique/actualites/ia-mistral-annonce-une-levee-de-fonds-de-600-"
            "millions-d-euros-437db2fc30b8ad31a22d512e0b0c22d5",
            "Microsoft, qui a investi en février près de 15 million d'euros dans Mistral AI, ne fait pas partie de "
            "cette nouvelle levée de fonds.",
            money=[(1.5e7, "EUR")], actors=["Microsoft", "Mistral AI"], dates=["2024-02"], published="2024-06"),
    Passage("https://siecledigital.fr/2024/01/24/des-chercheurs-de-deepmind-envisagent-de-fonder-une-start-up-en-"
            "france/",
            "Selon les informations obtenues par Bloomberg, plusieurs chercheurs de DeepMind se seraient mis d’accord "
            "pour quitter la division IA de Google afin de fonder leur propre start-up au sein de la capitale française.",
            actors=["Bloomberg", "DeepMind", "Google"], dates=[], published="2024-01-24"),
    # no date on the page: "la fin de l’année" and "jeudi 5 février" are left out; "le gouvernement" is the state
    Passage("https://puissance-pc.net/news/health-data-hub-nos-donnees-de-sante-ne-resteront-pas-chez-microsoft",
            "D’ici la fin du mois de mars 2026, le nom de la société qui remplacera Microsoft devrait être connu. Et la "
            "migration devra être effective d’ici la fin de l’année : une accélération du calendrier et un changement "
            "de stratégie actés par le gouvernement, dans un communiqué du jeudi 5 février.",
            actors=["Microsoft"], dates=["2026-03"]),
    Passage("https://www.ticsante.com/story?ID=4937",
            "Microsoft Azure fournit notamment \"le stockage, la gestion des logs et des annuaires\" et la puissance de "
            "calcul du hub, a précisé Stéphanie Combes.",
            actors=["Microsoft Azure", "Stéphanie Combes"], dates=[]),
    # a Senate report; "136 ( * )" is a footnote mark; the Observatoire is a publication; "entre 2018 et 2019"
    # counts as its start
    Passage("https://www.senat.fr/rap/r20-678/r20-67810.html",
            "Selon l'édition 2020 de l'Observatoire de la confiance numérique, la cybersécurité et la sécurité "
            "numérique réalisent en France 13 milliards d'euros de chiffre d'affaires 136 ( * ) , avec 8,8 % de "
            "croissance entre 2018 et 2019, dégage 6,1 milliards d'euros de valeur ajoutée et employait 67 000 "
            "personnes.",
            money=[(1.3e10, "EUR"), (6.1e9, "EUR")], percent=[8.8], dates=["2020", "2018"]),
    Passage("https://faceaurisque.com/2021/08/17/cybersecurite-un-marche-toujours-prospere",
            "L’activité des entreprises de cybersécurité a progressé de 7 % en France en 2020, selon les études d’En "
            "Toute Sécurité",
            percent=[7], actors=["En Toute Sécurité"], dates=["2020"], published="2021-08-17"),
    # "7 milliards" beside "25 milliards €" is money in euros
    Passage("https://www.cymbioz.com/plan-cybersecurite-des-maux-et-des-actes/",
            "un chiffre d’affaires consolidé de 25 milliards € d’ici 2025 (contre 7 milliards aujourd’hui), doublement "
            "des emplois dans le secteur, 3 licornes cyber, hausse de 20% des brevets",
            money=[(2.5e10, "EUR"), (7e9, "EUR")], percent=[20], dates=["2025"]),
    # an interview (the director general of the FIC); the Forum is an event
    Passage("https://www.latribune.fr/entreprises-finance/industrie/aeronautique-defense/avisa-partners-ne-fait-l-"
            "objet-d-aucune-poursuite-penale-guillaume-tissier-directeur-general-du-fic-957672.html",
            "L'édition 2023 s'annonce très bien. Nous attendons plus de 15.000 personnes pendant les trois jours du "
            "Forum autour de 650 partenaires publics et privés.",
            dates=["2023"], published="2023-04"),
    Passage("https://www.latribune.fr/entreprises-finance/industrie/aeronautique-defense/avisa-partners-ne-fait-l-"
            "objet-d-aucune-poursuite-penale-guillaume-tissier-directeur-general-du-fic-957672.html",
            "Il y a au départ, une polémique, déjà ancienne, orchestrée par des médias militants jetant le doute sur "
            "certaines activités de communication d'Avisa Partners, actionnaire de CEIS, organisateur du Forum.",
            actors=["Avisa Partners", "CEIS"], dates=[], published="2023-04"),
    # the Cyberscope is a publication
    Passage("https://www.silicon.fr/cyberscope-2023-campus-cyberscope-468470.html",
            "La deuxième section du Cyberscope s’intitule « Menaces et opérations ». Elle comporte aussi cinq "
            "indicateurs. À commencer par le nombre d’incidents majeurs (109) que l’ANSSI a traités en 2022.",
            actors=["ANSSI"], dates=["2022"], published="2023-06"),
    Passage("https://www.solutions-numeriques.com/?p=239009&post_type=post",
            "Posons la question à un témoin de valeur : Guillaume Poupard, directeur général adjoint de Docaposte, "
            "filiale numérique de La Poste, et ancien directeur général de l’ANSSI.",
            actors=["Guillaume Poupard", "Docaposte", "La Poste", "ANSSI"], dates=[]),
    # "la fin de 2026" is the year 2026
    Passage("https://datanews.levif.be/analyse/arriere-plan/la-belgique-antenne-dia-en-europe-quand-les-ambitions-"
            "numeriques-se-heurtent-aux-limites-du-reseau-electrique",
            "La capacité de colocation et d’hyperscale dépassera 260 MW de capacité IT d’ici la fin de 2026, répartie "
            "en 105 MW pour le secteur de la colocation et 158 MW pour les centres de données hyperscale. C’est ce "
            "qu’a calculé la Belgian Digital Infrastructure Association (BDIA)",
            actors=["Belgian Digital Infrastructure Association", "BDIA"], dates=["2026"]),
    Passage("https://www.teamfrance-export.fr/infos-sectorielles/38018/38018-la-belgique-veut-heberger-une-usine-"
            "dintelligence-artificielle-a-80-m-eur",
            "Le coût total du projet est estimé à 80 M EUR, dont la moitié pourrait être financée par des fonds "
            "européens. Le consortium technique repose sur la collaboration entre l’institut flamand Imec et le centre "
            "de recherche wallon Cenaero.",
            money=[(8e7, "EUR")], actors=["Imec", "Cenaero"], dates=[]),
    Passage("https://intelligence-artificielle.developpez.com/actu/376590/Google-prevoit-d-investir-5-milliards-en-"
            "Belgique-pour-developper-son-infrastructure-IA-et-son-reseau-de-centres-de-donnees-creant-ainsi-des-"
            "centaines-d-emplois-et-soutenant-la-croissance-economique-locale/",
            "Google a annoncé un investissement de 5 milliards d'euros en Belgique afin de développer son "
            "infrastructure d'intelligence artificielle (IA) et son réseau de centres de données, renforçant ainsi la "
            "position du pays en tant que pôle numérique en Europe.",
            money=[(5e9, "EUR")], actors=["Google"], dates=[], published="2025-10-09"),
    Passage("https://kulturegeek.fr/news-244949/cloud-france-devoile-plan-18-milliard-deuros",
            "À ce jour, Amazon Web Services (AWS), Microsoft Azure, Google détiennent 69% du marché européen du cloud, "
            "quand les grands européens, OVHCloud et l’allemand Deutsche Telekom, en ont 2%.",
            percent=[69, 2],
            actors=["Amazon Web Services", "AWS", "Microsoft Azure", "Google", "OVHCloud", "Deutsche Telekom"],
            dates=[]),
    # an official page of the government
    Passage("https://info.gouv.fr/actualite/le-cloud",
            "Le marché du Cloud est estimé à 21 milliards d'euros en Europe pour l'année 2019 et à plus de 10 "
            "milliards d'euros en France avec une croissance annuelle de 38%.",
            money=[(2.1e10, "EUR"), (1e10, "EUR")], percent=[38], dates=["2019"], published="2023-01-01"),
    Passage("https://info.gouv.fr/actualite/le-cloud",
            "La concentration du marché Cloud autour de quelques acteurs (Amazon, Microsoft et Google contrôlent 66% du "
            "marché Européen contre moins de 16% pour l'ensemble des acteurs européens) expose les entreprises et les "
            "administrations françaises à un risque sur la maîtrise de leurs données",
            percent=[66, 16], actors=["Amazon", "Microsoft", "Google"], dates=[], published="2023-01-01"),
    # published 2023-07, so "vendredi 30 juin" is 30 June 2023; "la semaine dernière" has no day and is left out
    Passage("https://www.usine-digitale.fr/article/le-centre-hospitalier-de-saint-renantouche-par-une-attaque-par-"
            "rancongiciel.N2150342",
            "Après le CHU de Rennes, touché la semaine dernière, c’est le centre hospitalier de Saint-Renan, dans le "
            "Finistère, qui a été victime, vendredi 30 juin, d’une intrusion dans son système informatique.",
            actors=["CHU de Rennes", "centre hospitalier de Saint-Renan"], dates=["2023-06-30"], published="2023-07"),
    # published 2023-06-22, a Thursday, so "mercredi" is 21 June 2023; the article is dropped from "le Télégramme"
    Passage("https://www.20minutes.fr/rennes/4042402-20230622-rennes-chu-victime-cyberattaque",
            "Selon le Télégramme et Ouest France, l’alerte a été donnée mercredi en début de soirée et une cellule de "
            "crise a été rapidement mise en place.",
            actors=["Télégramme", "Ouest France"], dates=["2023-06-21"], published="2023-06-22"),
    Passage("https://cms.barreau.qc.ca/fr/nouvelle/article/souverainete-numerique-gestion-donnees",
            "Car le risque est grand, comme l’explique Me Pierre Trudel, professeur titulaire au Centre de recherche en "
            "droit public (CRDP) de la Faculté de droit de l’Université de Montréal.",
            actors=["Pierre Trudel", "Centre de recherche en droit public", "CRDP",
                    "Faculté de droit de l’Université de Montréal"], dates=[], published="2026-01-19"),
    Passage("https://innovations.fr/cloud-souverain-canadien-une-revolution-numerique",
            "Quatre acteurs majeurs du secteur technologique canadien – ThinkOn, Hypertec Group, Aptum et eStruxture – "
            "ont uni leurs forces pour proposer une solution de cloud entièrement souveraine, conçue spécifiquement "
            "pour répondre aux besoins du gouvernement canadien.",
            actors=["ThinkOn", "Hypertec Group", "Aptum", "eStruxture"], dates=[]),
    # Teams is a product
    Passage("https://www.europeanscientist.com/fr/big-data-fr/microsoft-face-au-desir-croissant-de-souverainete-"
            "numerique-en-europe",
            "En 2023, l’Union européenne avait ouvert une enquête antitrust visant Microsoft, en raison de la manière "
            "dont l’entreprise lie Teams à ses autres logiciels professionnels.",
            actors=["Union européenne", "Microsoft"], dates=["2023"]),
    # the amounts after the first imply euros; "³" is a footnote mark
    Passage("https://www.klaerenn.fr/we-are-the-champions-or-not",
            "Bpifrance, dont la mission est d'irriguer l'écosystème, n'est présente que dans 8 entreprises sur 150 — "
            "pour des tours totalisant plus de 160 millions d'euros. Tikehau Capital, près de 120 millions. Banque des "
            "Territoires, près de 80 millions. Ace Capital, plus de 50 millions³.",
            money=[(1.6e8, "EUR"), (1.2e8, "EUR"), (8e7, "EUR"), (5e7, "EUR")],
            actors=["Bpifrance", "Tikehau Capital", "Banque des Territoires", "Ace Capital"], dates=[]),
    Passage("https://atlantico.fr/article/decryptage/souverainete-numerique-apprendre-a-dependre-sans-se-soumettre-"
            "frederic-gaven",
            "En 2025, près de 72 % des données publiques françaises transitent encore par des clouds soumis au Cloud "
            "Act américain.",
            percent=[72], dates=["2025"], published="2025-11-17"),
    Passage("https://frontpopulaire.fr/o/Content/co400820/informatique-les-pepites-francaises-une-fois-encore-"
            "pillees-par-des-entrepr",
            "le « rapport de Philippe Tibi, remis à Bruno Le Maire en juillet 2019 » faisait état d’un vivier "
            "d’entreprises technologiques important dans l’Hexagone",
            actors=["Philippe Tibi", "Bruno Le Maire"], dates=["2019-07"], published="2021-02-16"),
    # a Swiss association's page
    Passage("https://clusis.com/2023/03/31/cybersecurite-comment-leurope-tente-de-rattraper-son-retard/",
            "explique François Lavaste, directeur d’investissements au sein de l’équipe cybersécurité de Tikehau "
            "Capital. Elles ont ainsi réalisé pas moins de 67 tours de table et levé 1,6 milliard d’euros en 2022.",
            money=[(1.6e9, "EUR")], actors=["François Lavaste", "Tikehau Capital"], dates=["2022"],
            published="2023-03-31"),
    Passage("https://www.theodo.fr/digital-et-strategie/quand-le-cloud-est-politique-retour-sur-letat-dans-le-nuage"
            "?hs_amp=true",
            "Cette démarche bénéficie d’un investissement de 109 milliards d’euros pour accompagner la construction "
            "d’infrastructures souveraines.",
            money=[(1.09e11, "EUR")], dates=[]),
    # a city's own page; Bretagne cyber alliance is a label, the Ateliers des Capucins a place
    Passage("https://brest.fr/actualites/la-cybersecurite-affirme-sa-place-sur-la-metropole",
            "Après Rennes et Lannion, c’est donc Brest métropole qui a été labellisée Bretagne cyber alliance ce 3 "
            "juillet, aux Ateliers des Capucins.",
            actors=["Brest métropole"], dates=["2025-07-03"], published="2025-07-03"),
    # the European Cyber Week is an event
    Passage("https://gref-bretagne.com/ressources/cybersecurite-zoom-sur-une-filiere-bretonne-dynamique-a-forts-"
            "enjeux-mais-faiblement-feminisee",
            "L’European Cyber Week a aussi été l’occasion d’évoquer la faible féminisation de la filière qui comptait, "
            "en 2021, au national, 11 % de femmes, selon une étude de l’Agence nationale de la sécurité des systèmes "
            "d’information (Anssi).",
            percent=[11], actors=["Agence nationale de la sécurité des systèmes d’information", "Anssi"],
            dates=["2021"]),
    # "d’entre 11 % et 13 %" and "9-10 %" count as their low values
    Passage("https://siecledigital.fr/2024/04/24/ovhcloud-revoit-a-la-baisse-son-ca-previsionnel-son-action-chute/",
            "Alors que les précédentes prévisions tablaient sur une croissance d’entre 11 % et 13 % pour l’année 2024, "
            "OVHcloud a réduit son estimation à 9-10 %.",
            percent=[11, 9], actors=["OVHcloud"], dates=["2024"], published="2024-04-24"),
    Passage("https://itsocial.fr/cloud-infrastructure-it/cloud-infrastructure-it-actualites/un-premier-semestre-"
            "solide-pour-ovhcloud-tire-par-le-cloud-public-les-offres-souveraines-et-linternational",
            "Sur les six premiers mois de son exercice décalé (clos le 28 février 2025), le groupe affiche 536 millions "
            "d’euros de revenus, soit un bond organique de 10,2 % par rapport à 2024.",
            money=[(5.36e8, "EUR")], percent=[10.2], dates=["2025-02-28", "2024"]),
]

# Annotated blind, by reading only, without any extraction run on its passages: the same debate seen from
# industry and Europe (semiconductors, telecoms and 5G, submarine cables, satellites, data centres and energy,
# EU regulation, competition cases, defence and space) in French, Belgian, Swiss, Luxembourg and Canadian
# press, with a regulator's release and two interviews. `published` is the date the page or its address
# gives (None: none found); a day or month written without its year is left out when `published` does not
# settle it.
HELD_OUT_17 = [
    # "Bercy" stands for the ministry, as above; "l'État" is the state
    Passage("https://actu-transport-logistique.fr/journal-de-la-marine-marchande/shipping/letat-va-acquerir-80-du-"
            "capital-dalcatel-submarine-networks-914048.php",
            "Selon une estimation de Bercy, l'État devrait débourser environ 100 M€ pour acquérir ASN dont la "
            "valorisation est estimée à 350 M€ (chiffre d’affaires de plus d’1 Md€, 2 000 salariés dont 1 370 en "
            "France, notamment à Calais).",
            money=[(1e8, "EUR"), (3.5e8, "EUR"), (1e9, "EUR")], actors=["Bercy", "ASN"], dates=[]),
    Passage("https://lemondeinformatique.fr/actualites/lire-l-etat-rachete-80-d-alcatel-submarine-networks-94146.html",
            "En effet, le ministère de l’Economie a annoncé la signature d’une promesse d’achat en vue de "
            "l’acquisition de 80% du capital d’Alcatel Submarine Networks (ASN). Cette société était devenue la "
            "propriété de Nokia lors du rachat d’Alcatel. L’opération est estimée à 100 M€ valorisant l’entreprise "
            "à hauteur de 350 M€.",
            money=[(1e8, "EUR"), (3.5e8, "EUR")], percent=[80],
            actors=["ministère de l’Economie", "Alcatel Submarine Networks", "ASN", "Nokia", "Alcatel"], dates=[]),
    Passage("http://www.agefi.fr/corporate/actualites/quotidien/20191220/l-autorite-concurrence-sanctionne-google-"
            "premiere-289827",
            "Le gendarme français vient d’infliger une amende forfaitaire de 150 millions d’euros à l’encontre de "
            "Google pour abus de position dominante sur le marché de la publicité liée aux recherches.",
            money=[(1.5e8, "EUR")], actors=["Google"], dates=[], published="2019-12-20"),
    Passage("https://www.agefi.fr/corporate/actualites/quotidien/20191223/google-n-echappe-plus-aux-gendarmes-"
            "concurrence-289847",
            "Après les trois amendes infligées par la Commission européenne à la filiale d’Alphabet pour un total de "
            "8,2 milliards d’euros, l’Autorité de la concurrence française a sanctionné Google pour la première fois, "
            "à hauteur de 150 millions d’euros.",
            money=[(8.2e9, "EUR"), (1.5e8, "EUR")],
            actors=["Commission européenne", "Alphabet", "Autorité de la concurrence", "Google"], dates=[],
            published="2019-12-23"),
    # the surface is written in lower case here
    Passage("https://ozap.com/actu/publicite-en-ligne-l-autorite-de-la-concurrence-inflige-une-amende-de-220-millions-"
            "d-euros-a-google/605325",
            "En 2018, le géant américain avait déjà été condamné à 150 millions d'euros d'amende par l'autorité de la "
            "concurrence pour des pratiques anticoncurrentielles.",
            money=[(1.5e8, "EUR")], actors=["autorité de la concurrence"], dates=["2018"]),
    # "Bruxelles" stands for the Commission: a city standing for its administration is left out
    Passage("https://www.levif.be/international/google-echoue-a-faire-annuler-une-amende-record-devant-la-justice-de-"
            "lue/",
            "Le géant américain de l’internet Google a échoué à faire annuler une amende record de 4,3 milliards "
            "d’euros infligée en 2018 par Bruxelles pour avoir abusé de la position dominante de son système "
            "d’exploitation Android, selon un arrêt du Tribunal de l’UE.",
            money=[(4.3e9, "EUR")], actors=["Google", "Tribunal de l’UE"], dates=["2018"]),
    # "vendredi 20 décembre" has no year and the page gives no date: left out
    Passage("https://lemondeinformatique.fr/actualites/lire-le-rachat-de-run-ai-par-nvidia-valide-en-europe-pas-en-"
            "chine-95632.html",
            "La Commission européenne a donc donné son accord vendredi 20 décembre au projet de rachat par Nvidia de "
            "l'entreprise israélienne Run:ai Labs, spécialisée dans les logiciels d’orchestration et d’optimisation "
            "des charges de travail IA sur les accélérateurs.",
            actors=["Commission européenne", "Nvidia", "Run:ai Labs"], dates=[]),
    Passage("https://strategies.fr/actualites/culture-tech/LQ2758662C/lue-enquetera-sur-linvestissement-de-microsoft-"
            "dans-openai.html",
            "Le géant des logiciels a investi environ 13 milliards de dollars dans la start-up californienne fondée "
            "en 2015. Microsoft a annoncé fin novembre qu’un représentant du groupe rejoindrait le conseil "
            "d’administration d’OpenAI en qualité d’observateur.",
            money=[(1.3e10, "USD")], actors=["Microsoft", "OpenAI"], dates=["2015"]),
    Passage("https://vipress.net/?p=48292",
            "Le budget total de ce projet, dévoilé en juillet 2022, s’élève à près de 7,5 milliards d’euros (en "
            "investissements (Capex), maintenance et dépenses annexes), et bénéficie d’un soutien de l’Etat à hauteur "
            "d’un maximum de 2,9 milliards d’euros.",
            money=[(7.5e9, "EUR"), (2.9e9, "EUR")], dates=["2022-07"]),
    # "5,7 milliards" beside "7,4 milliards d’euros" is money in euros
    Passage("https://vipress.net/?p=47624",
            "Tel en a décidé la Commission européenne, qui au passage, évalue désormais le montant total de "
            "l’investissement à 7,4 milliards d’euros, contre 5,7 milliards à l’annonce du projet le 12 juillet 2022.",
            money=[(7.4e9, "EUR"), (5.7e9, "EUR")], actors=["Commission européenne"], dates=["2022-07-12"]),
    # Choose France is an event; "Le Gouvernement" is the executive, left out as "le gouvernement" is
    Passage("https://www.silicon.fr/stmicro-globalfoundries-ue-feu-vert-projet-controverse-464290.html",
            "Le Gouvernement avait officialisé ce partenariat en ouverture du dernier sommet Choose France (juillet "
            "2022). Il était alors question d’un investissement global de 5,7 milliards d’euros. Dont plus de 40 % "
            "d’aides d’État, allait-on apprendre par après.",
            money=[(5.7e9, "EUR")], percent=[40], dates=["2022-07"], published="2023-05"),
    # the page gives the month only, so "vendredi" is left out
    Passage("https://www.boursier.com/actualites/reuters/la-france-autorisee-a-financer-la-nouvelle-usine-de-stm-et-"
            "globalfoundries-326434.html",
            "BRUXELLES (Reuters) - La Commission européenne a annoncé vendredi avoir autorisé la France à soutenir le "
            "projet de création d'une nouvelle usine de semi-conducteurs par STMicroelectronics (ST) et "
            "GlobalFoundries (GF) à Crolles, en Isère.",
            actors=["Reuters", "Commission européenne", "STMicroelectronics", "ST", "GlobalFoundries", "GF"],
            dates=[], published="2023-04"),
    Passage("https://www.nextinpact.com/lebrief/71864/microelectronique-et-communication-commission-europeenne-met-81-"
            "milliards-deuros-sur-table",
            "« Les États membres fourniront jusqu'à 8,1 milliards d'euros de fonds publics, ce qui devrait permettre "
            "de mobiliser 13,7 milliards d'euros supplémentaires d'investissements privés ».",
            money=[(8.1e9, "EUR"), (1.37e10, "EUR")], dates=[], published="2023-06"),
    Passage("https://www.lesoir.be/430134/article/2022-03-15/intel-annonce-un-plan-dinvestissement-massif-en-europe",
            "Le programme comprend 17 milliards d'euros pour installer un site de pointe en Allemagne, à Magdebourg "
            "(nord-est), mais aussi la création d'un centre de recherche et développement et de conception en France "
            "et des investissements en Irlande, en Italie, en Pologne, en Espagne",
            money=[(1.7e10, "EUR")], dates=[], published="2022-03-15"),
    # an interview: the newspaper's question, its speaker label kept as the organisation; "17 millions" as written
    Passage("https://www.latribune.fr/technos-medias/pat-gelsinger-intel-toutes-les-innovations-majeures-dans-l-"
            "industrie-des-semi-conducteurs-sont-nees-aux-etats-unis-ou-en-europe-906296.html",
            "LA TRIBUNE- Vous venez d'annoncer 17 millions d'euros d'investissement dans une usine de production de "
            "semi-conducteurs à Magdebourg, en Allemagne. Quel type de puces sera fabriqué dans cette nouvelle usine "
            "et qu'est-ce qui vous a conduit à choisir cet emplacement ?",
            money=[(1.7e7, "EUR")], actors=["LA TRIBUNE"], dates=[], published="2022-03"),
    # published 2022-06-21, so "le 1er juin dernier" is 2022-06-01
    Passage("https://www.lesoir.be/449710/article/2022-06-21/5g-la-vente-aux-encheres-des-frequences-rapporte-12-"
            "milliard-deuros-letat",
            "Cette phase principale avait débuté le 1er juin dernier. Les opérateurs ont fait ensemble une offre de "
            "899 millions d’euros pour le spectre radioélectrique mis aux enchères. Un montant nettement supérieur au "
            "prix d’entrée prévu dans la loi sur les télécommunications (431 millions), se félicite l’IBPT.",
            money=[(8.99e8, "EUR"), (4.31e8, "EUR")], actors=["IBPT"], dates=["2022-06-01"],
            published="2022-06-21"),
    # "38 millions" beside "69,65 millions d'euros" is money in euros
    Passage("https://www.lalibre.be/economie/digital/2022/07/20/la-mise-aux-encheres-du-spectre-radioelectrique-a-"
            "rapporte-plus-de-14-milliard-deuros-Z4NXV6H3GNCHFDHMAFZ6FIEUZA/",
            "La moitié (45 MHz) a été acquise par Proximus, pour près de 109 millions d'euros. Orange acquiert 35 MHz "
            "pour 69,65 millions d'euros et Telenet les 15 MHz restants pour 38 millions.",
            money=[(1.09e8, "EUR"), (6.965e7, "EUR"), (3.8e7, "EUR")], actors=["Proximus", "Orange", "Telenet"],
            dates=[], published="2022-07-20"),
    Passage("https://www.lematin.ch/economie/Sunrise-proposera-la-5G-d-ici-fin-mars/story/14322416",
            "Actuellement, seuls 30% des ménages et des entreprises sont directement raccordés à un réseau de fibre "
            "optique. Les 70% restants doivent se contenter de solutions hybrides (combinant le réseau à fibre "
            "optique et le réseau de cuivre) ou de raccordements DSL plus lents dans les zones suburbaines et "
            "rurales, explique Sunrise.",
            percent=[30, 70], actors=["Sunrise"], dates=[], published="2019-02"),
    Passage("https://www.letemps.ch/economie/5g-operateurs-colere-contre-conseil-federal",
            "Le 22 avril, le Conseil fédéral présentait son plan d’action pour la 5G. Mais les mesures annoncées "
            "suscitent l’incompréhension des opérateurs de téléphonie mobile. Jeudi, à l’occasion de la présentation "
            "des résultats trimestriels, le directeur de Swisscom, Urs Schaeppi, a regretté la passivité des "
            "autorités.",
            actors=["Conseil fédéral", "Swisscom", "Urs Schaeppi"], dates=[]),
    Passage("https://www.latribune.fr/technos-medias/telecoms/le-conseil-constitutionnel-approuve-la-loi-anti-huawei-"
            "877016.html",
            "A la différence d'Orange et de Free, qui ne recourent pas aux services de Huawei dans l'Hexagone, "
            "l'opérateur de Patrick Drahi et celui de Martin Bouygues l'utilisent sur la moitié de leurs réseaux.",
            actors=["Orange", "Free", "Huawei", "Patrick Drahi", "Martin Bouygues"], dates=[], published="2021-02"),
    Passage("https://www.universfreebox.com/article/58127/5g-avec-huawei-pas-d-indemnisations-prevues-pour-bouygues-"
            "et-sfr-pour-le-demontage-d-antennes",
            "Bouygues Telecom et SFR, les deux opérateurs utilisant le plus les équipements de la firme chinoise, ne "
            "recevront pas d’aide du gouvernement suite à sa demande de démonter les antennes Huawei d’ici à 2028.",
            actors=["Bouygues Telecom", "SFR", "Huawei"], dates=["2028"], published="2020-09"),
    # published 2021-04, so "début février" is 2021-02
    Passage("https://www.frenchweb.fr/loi-anti-huawei-les-operateurs-pourront-finalement-reclamer-des-indemnisations-"
            "juge-le-conseil-detat/419659",
            "Quand le Conseil constitutionnel a validé début février la loi du 1er août 2019 visant à préserver « les "
            "intérêts de la défense et de la sécurité nationale » dans le cadre notamment de l’exploitation des "
            "réseaux mobiles, certains opérateurs pensaient que le dossier était définitivement clos.",
            actors=["Conseil constitutionnel"], dates=["2021-02", "2019-08-01"], published="2021-04"),
    # published 2021-02, so the government's "en septembre" is 2020-09
    Passage("https://kulturegeek.fr/news-217801/5g-loi-anti-huawei-validee-embete-sfr-bouygues-telecom",
            "Les deux opérateurs avaient d’ailleurs demandé 2 milliards d’euros d’indemnisation à l’État pour le "
            "retrait des antennes 5G de Huawei. Mais le gouvernement l’a annoncé en septembre : il n’y aura pas "
            "d’indemnisation.",
            money=[(2e9, "EUR")], actors=["Huawei"], dates=["2020-09"], published="2021-02"),
    # published Thursday 2022-05-19, so "jeudi" is that day
    Passage("https://www.tvanouvelles.ca/2022/05/19/le-canada-exclut-huawei-du-developpement-de-la-5g",
            "«Notre gouvernement annonce son intention d’interdire l’utilisation des composantes et des services de "
            "Huawei et de ZTE dans les systèmes de télécommunication au Canada», a déclaré jeudi en fin d’après-midi "
            "le ministre de l’Innovation, des Sciences et de l’Industrie, François-Philippe Champagne.",
            actors=["Huawei", "ZTE", "François-Philippe Champagne"], dates=["2022-05-19"], published="2022-05-19"),
    # published 2021-01, so "en juillet" is 2020-07
    Passage("https://www.latribune.fr/regions/bretagne/5g-souveraine-comment-le-projet-b-com-fait-rebondir-lannion-"
            "871691.html",
            "« Je l'avais dit en juillet aux salariés de Nokia : nous ne laisserons pas Lannion et ses savoir-faire "
            "mourir à petit feu. Avec Frédérique Vidal, je suis heureuse d'annoncer le soutien de l'État au projet 5G "
            "souveraine porté par l'IRT B-com. »",
            actors=["Nokia", "Frédérique Vidal", "IRT B-com"], dates=["2020-07"], published="2021-01"),
    Passage("https://www.bretagne-economique.com/?p=52960",
            "Nokia, le géant finlandais des télécoms a annoncé, ce mercredi 19 novembre 2025 vouloir supprimer 427 "
            "postes en France, dont 84 sur le site de Lannion dans les Côtes-d'Armor.",
            actors=["Nokia"], dates=["2025-11-19"]),
    # "mardi" is left out: the page gives the month only
    Passage("https://www.boursorama.com/bourse/actualites/satellites-ses-annonce-l-acquisition-de-100-d-intelsat-pour-"
            "2-8-milliards-d-euros-ebc9a851e38e49740f9b0f98c4181d0a",
            "L'opérateur européen de télécommunications par satellite SES a annoncé mardi l'acquisition de la "
            "totalité de son rival américain Intelsat pour un montant de 3,1 milliards de dollars (2,8 milliards "
            "d'euros), dans un communiqué.",
            money=[(3.1e9, "USD"), (2.8e9, "EUR")], actors=["SES", "Intelsat"], dates=[], published="2024-04"),
    # "37 pour cent" is a percent; "un tiers" is a fraction, not one; the Luxembourg state is a state
    Passage("https://land.lu/page/article/595/341595/FRE/index.html",
            "L’État luxembourgeois détient (en direct et via la BCEE et la SNCI) 37 pour cent des droits de vote dans "
            "SES (un tiers via les actions de catégorie B et le reste via ses titres de catégorie A).",
            percent=[37], actors=["BCEE", "SNCI", "SES"], dates=[]),
    Passage("https://www.wort.lu/fr/luxembourg/ses-pourrait-devenir-devenir-le-geant-mondial-des-satellites-"
            "642432e6de135b9236ed47ba",
            "Parmi eux, SES, qui est implanté au Luxembourg depuis 1985. L'entreprise luxembourgeoise n'est autre que "
            "le premier fournisseur de services de télécommunications par satellites au monde avec plus de 2 "
            "milliards d'euros de chiffre d'affaires.",
            money=[(2e9, "EUR")], actors=["SES"], dates=["1985"], published="2023-03"),
    # "l'État britannique" is a state
    Passage("https://www.generation-nt.com/actualites/eutelsat-augmentation-capital-starlink-iris2-souverainete-"
            "2067860",
            "Le reste du capital est partagé entre l'entreprise indienne Bharti Space Limited (près de 18 %), l'État "
            "britannique (11 %), l'armateur français CMA CGM (7,5 %) et le Fonds stratégique de participations (5 %).",
            percent=[18, 11, 7.5, 5], actors=["Bharti Space Limited", "CMA CGM", "Fonds stratégique de participations"],
            dates=[], published="2025-12-15"),
    # published 2025-11-18, so "En juin" is 2025-06
    Passage("https://www.boursorama.com/bourse/actualites/satellites-premiere-etape-de-l-augmentation-de-capital-d-"
            "eutelsat-lancee-accd3fd96e069af1d28ed15ac2e9a4ba",
            "En juin, l'État français avait indiqué qu'il investirait au total 717 millions d'euros. Déjà actionnaire "
            "à hauteur de 13%, il devrait détenir au terme des deux opérations 29% du capital d'Eutelsat.",
            money=[(7.17e8, "EUR")], percent=[13, 29], actors=["Eutelsat"], dates=["2025-06"],
            published="2025-11-18"),
    # Iris² is a programme; a share's subscription price is money
    Passage("https://air-cosmos.com/article/eutelsat-annonce-le-lancement-d-une-augmentation-de-capital-70715",
            "Eutelsat s’est engagé à financer Iris² à hauteur de 2 milliards d’euros. C’est donc dans ce cadre que "
            "l’opérateur lance une augmentation de capital par l’émission d’actions, au prix de souscription de 1.35 "
            "€ par action nouvelle.",
            money=[(2e9, "EUR"), (1.35, "EUR")], actors=["Eutelsat"], dates=[], published="2025-11-27"),
    # "+11 millions" beside "45 millions d'euros" is money in euros
    Passage("https://toulouse.latribune.fr/entreprises/business/2024-06-28/spatial-les-salaries-de-thales-alenia-"
            "space-a-toulouse-vent-debout-contre-les-suppressions-de-postes-1000965.html",
            "Cette décision a été prise après les pertes significatives essuyées en 2023 par TAS : 45 millions "
            "d'euros en 2023 (contre +11 millions, en 2022), selon les informations de La Tribune.",
            money=[(4.5e7, "EUR"), (1.1e7, "EUR")], actors=["TAS", "La Tribune"], dates=["2023", "2023", "2022"],
            published="2024-06-28"),
    # Ariane 6 is a product
    Passage("https://www.usinenouvelle.com/article/l-europe-joue-son-va-tout-pour-sauver-ariane-6-et-son-industrie-"
            "spatiale.N1129799",
            "A moins d’un an du premier vol du futur lanceur européen prévu avant la fin du 1er semestre 2022, l’ESA "
            "(Agence spatiale européenne) a soumis à ses Etats membres une résolution pour garantir la pérennité "
            "d’Ariane 6.",
            actors=["ESA", "Agence spatiale européenne"], dates=["2022-H1"], published="2021-07"),
    # "entre 7 et 11 milliards" counts as its low value; "20 milliards" beside "45 milliards d’euros" is euros
    Passage("https://www.enderi.fr/Programme-SAFE-les-18-pays-reclament-des-prets-superieurs-au-plafond-prevu_a1485."
            "amp.html",
            "Selon Toute l’Europe, la Pologne demande à elle seule environ 45 milliards d’euros, la France près de 20 "
            "milliards, et l’Italie jusqu’à 15 milliards. La Belgique, quant à elle, oscille entre 7 et 11 "
            "milliards.",
            money=[(4.5e10, "EUR"), (2e10, "EUR"), (1.5e10, "EUR"), (7e9, "EUR")], actors=["Toute l’Europe"],
            dates=[]),
    # published 2025-09-13, so "hier" is 2025-09-12
    Passage("https://www.clubic.com/actualite-579076-data-act-ce-que-l-entree-en-vigueur-du-reglement-implique-pour-"
            "vos-objets-connectes.html",
            "Depuis hier, le Data Act s'applique dans toute l'Europe. Entré en vigueur en janvier 2024, ce règlement "
            "attendait neuf mois avant de produire ses premiers effets.",
            dates=["2025-09-12", "2024-01"], published="2025-09-13"),
    # a regulator's own page
    Passage("https://cnil.fr/fr/reglement-donnees-data-act-nouveau-cadre-europeen-pour-partage-utilisation-donnees",
            "Le règlement sur les données établit un cadre européen pour organiser le partage et l’utilisation des "
            "données des objets connectés. Il renforce les droits des utilisateurs et crée de nouvelles obligations "
            "pour les acteurs concernés. La CNIL présente son rôle et les nouvelles règles applicables.",
            actors=["CNIL"], dates=[], published="2025-12-22"),
    # an interview on the regulator's site
    Passage("https://arcep.fr/actualites/les-prises-de-parole/detail/n/interview-ldlr-echos-republicain-080124.html",
            "L’ex-députée (Agir Ensemble) de la troisième circonscription d’Eure-et-Loir a été nommée, par Emmanuel "
            "Macron, à la présidence de l’Autorité de régulation des communications électroniques, des postes et de "
            "la distribution de la presse (Arcep), le 27 janvier 2021.",
            actors=["Agir Ensemble", "Emmanuel Macron",
                    "Autorité de régulation des communications électroniques, des postes et de la distribution de la "
                    "presse", "Arcep"],
            dates=["2021-01-27"]),
    # published 2026-01-26: "au printemps" follows "février 2025", so it is 2025's spring
    Passage("https://www.revolution-energetique.com/breves/un-raccordement-electrique-express-pour-le-megaprojet-de-"
            "campus-ia-francais/",
            "L’accord marque une première historique pour RTE avec l’activation de la procédure de raccordement « Fast "
            "track », annoncée lors du sommet pour l’action sur l’intelligence artificielle de février 2025 et validée "
            "par la Commission de régulation de l’énergie (CRE) au printemps.",
            actors=["RTE", "Commission de régulation de l’énergie", "CRE"], dates=["2025-02", "2025-spring"],
            published="2026-01-26"),
    Passage("https://trends.levif.be/a-la-une/energie/derriere-les-5-milliards-de-google-une-bombe-energetique-a-"
            "retardement",
            "En 2024, les centres de données belges ont consommé 3,2 TWh, soit 4% de la consommation nationale "
            "d’électricité, le double de la moyenne européenne (2%).",
            percent=[4, 2], dates=["2024"]),
    # the page gives no date, so "Lundi" is left out
    Passage("https://lequotidien.lu/a-la-une/data-center-google-reste-fidele-a-la-belgique",
            "Lundi, un nouvel investissement de 600 millions d’euros a été annoncé pour étendre encore une fois "
            "l’antre de Google en Belgique. Un quatrième data center doit sortir de terre d’ici 2021. Le volume "
            "investi par Google à Saint-Ghislain monte ainsi à 1,6 milliard d’euros.",
            money=[(6e8, "EUR"), (1.6e9, "EUR")], actors=["Google"], dates=["2021"]),
]

# Annotated blind, by reading only, without any extraction run on its passages: digital sovereignty in trade
# and general press (sovereign cloud and SecNumCloud, AI and quantum start-ups and their rounds, big-tech
# contracts with the State, cyberattacks and their cost, European digital rules, chips) in French, Belgian
# and Canadian press, with a ministry's release, a regulator's release and two interviews. `published` is
# the date the page or its address gives (None: none found); a day or month written without its year is left
# out when `published` does not settle it.
HELD_OUT_18 = [
    Passage("https://www.enderi.fr/Souverainete-numerique-Mistral-AI-valorisee-117-Md--sous-influence-neerlandaise_"
            "a1535.html",
            "Le 9 septembre 2025, Mistral AI a annoncé une levée de fonds de 1,7 milliard d’euros, dominée par "
            "l’investissement massif d’ASML. Le groupe néerlandais, leader mondial de la lithographie, injecte 1,3 "
            "milliard et prend environ 11 % du capital",
            money=[(1.7e9, "EUR"), (1.3e9, "EUR")], percent=[11], actors=["Mistral AI", "ASML"],
            dates=["2025-09-09"]),
    # "l’été 2024" is a season
    Passage("https://www.tech-generation.fr/2025/11/14/mistral-ai-la-france-tient-elle-vraiment-son-champion-"
            "europeen-de-lintelligence-artificielle",
            "Après avoir été valorisée à 6 milliards de dollars à l’été 2024, Mistral AI a vu son envergure exploser "
            "avec une nouvelle levée en septembre 2025, emmenée cette fois par le géant néerlandais des "
            "semi-conducteurs ASML. Montant de l’opération : 1,3 milliard d’euros investis, nouvelle valorisation "
            "turbo : près de 14 milliards de dollars.",
            money=[(6e9, "USD"), (1.3e9, "EUR"), (1.4e10, "USD")], actors=["Mistral AI", "ASML"],
            dates=["2024-summer", "2025-09"], published="2025-11-14"),
    Passage("https://www.mac4ever.com/securite/194510-microsoft-n-hebergera-pas-les-donnees-de-l-assurance-maladie",
            "Le futur prestataire devra impérativement être qualifié SecNumCloud, un label délivré par l’ANSSI qui "
            "impose notamment de ne dépendre d’aucune législation non européenne. Cette exigence exclut de facto les "
            "hyperscalers américains comme Microsoft, Amazon Web Services ou Google",
            actors=["ANSSI", "Microsoft", "Amazon Web Services", "Google"], dates=[], published="2026-02-06"),
    # a listed company's own release
    Passage("https://fr.advfn.com/bourses/EURONEXT/ovh-groupe-OVH/actualites/87829703/ovhcloud-resultats-du-premier-"
            "semestre-2022",
            "Forte croissance confirmée tout au long du semestre du Cloud public, à +24,4 %, et du Cloud privé, à "
            "+15,8 %, en données publiées.",
            percent=[24.4, 15.8], dates=[]),
    # "début 2020" is 2020
    Passage("https://www.lemagit.fr/actualites/366618153/Ransomware-2024-lannee-de-laccalmie-pour-la-France",
            "Certes, l’ampleur du phénomène n’est que très partiellement quantifiable ; au mieux, environ 10 % des cas "
            "sont connus, du moins pour la France, comme l’estimait déjà Guillaume Poupard début 2020.",
            percent=[10], actors=["Guillaume Poupard"], dates=["2020"], published="2025-01"),
    Passage("https://facetcom.fr/?p=1028",
            "On y lit notamment que la menace cyber est prégnante sur notre territoire avec 3004 signalements et 1361 "
            "incidents cyber traités en 2024, soit une hausse de +15 % des événements de sécurité signalés en "
            "comparaison avec 2023.",
            percent=[15], dates=["2024", "2023"]),
    Passage("https://polesocietes.com/actualites/cac-40/semi-conducteurs-le-chips-act-europeen-est-entre-en-vigueur",
            "Le Chips Act est un règlement à l’initiative de Thierry Breton, commissaire européen au marché intérieur, "
            "qui vise à porter la production de puces électroniques de l’UE à 20 % de la capacité mondiale d’ici "
            "2030, contre 10 % actuellement.",
            percent=[20, 10], actors=["Thierry Breton", "UE"], dates=["2030"]),
    Passage("https://www.tf1.fr/tf1/jt-20h/videos/cyberattaques-les-collectivites-locales-impuissantes-83856540.html",
            "Il est impossible de savoir combien de données de patients ont été volées. L'établissement n'a pas payé "
            "la rançon de 900 000 euros. Le coût de l'attaque s'élève à 450 000 euros.",
            money=[(9e5, "EUR"), (4.5e5, "EUR")], dates=[], published="2022-11"),
    # published 2022-08, so "L'an dernier" is 2021
    Passage("https://www.francetvinfo.fr/internet/securite-sur-internet/cyberattaques/cyberattaques-de-plus-en-plus-d-"
            "hopitaux-vises-par-des-pirates_5321722.html",
            "L'an dernier, 380 cyberattaques ont été dénombrées, un chiffre en hausse de 70% par rapport à 2020. Cinq "
            "d'entre elles ont mis en danger la vie des patients.",
            percent=[70], dates=["2021", "2020"], published="2022-08"),
    # Sud-Ouest is the newspaper; "l'édile" is a role
    Passage("https://www.rtl.fr/actu/justice-faits-divers/lot-et-garonne-les-pirates-informatiques-ranconnent-la-"
            "mairie-de-sainte-colombe-en-bruilhois-7783186395",
            "Hubert Duffour, l'édile local est catastrophé. Dans les colonnes de Sud-Ouest, il raconte que sa "
            "secrétaire a reçu un mail pour confirmer les méfaits",
            actors=["Hubert Duffour", "Sud-Ouest"], dates=[]),
    Passage("https://www.francebleu.fr/infos/faits-divers-justice/en-mayenne-comme-ailleurs-les-cyberattaques-restent-"
            "tabou-pour-les-collectivites-9309357",
            "En fin de semaine dernière, Laval Mayenne Technopole a organisé son West Data Festival avec une journée "
            "entière consacrée à la cybersécurité, en partenariat avec l'Association des Maires de France.",
            actors=["Laval Mayenne Technopole", "Association des Maires de France"], dates=[], published="2023-03"),
    Passage("https://www.generation-nt.com/actualites/dma-apple-meta-europe-amende-2057363",
            "Ce sont les premières amendes qui tombent pour non-respect des obligations du règlement européen sur les "
            "marchés numériques (DMA ; Digital Markets Act). Elles visent les groupes Apple et Meta avec 500 millions "
            "d'euros et 200 millions d'euros.",
            money=[(5e8, "EUR"), (2e8, "EUR")], actors=["Apple", "Meta"], dates=[]),
    Passage("https://2b-advice.com/fr/2025/04/28/lue-inflige-700-millions-deuros-damendes-a-apple-et-meta-pour-"
            "violation-de-la-directive-sur-les-donnees-personnelles/",
            "Le 23 avril 2025, la Commission européenne a adopté ses deux premières décisions de sanction pour "
            "violation du Digital Markets Act (DMA). Des amendes de 500 millions d'euros et de 200 millions d'euros "
            "respectivement ont été infligées aux groupes technologiques américains Apple et Meta",
            money=[(5e8, "EUR"), (2e8, "EUR")], actors=["Commission européenne", "Apple", "Meta"],
            dates=["2025-04-23"], published="2025-04-28"),
    # the ministry is named by its administration, "L'Éducation nationale"
    Passage("https://www.clubic.com/actualite-603991-l-education-nationale-pietine-la-souverainete-et-signe-a-nouveau-"
            "avec-microsoft.html",
            "L'Éducation nationale a officialisé la prolongation de son accord-cadre avec Microsoft jusqu'en 2029, "
            "pour un montant pouvant atteindre 152 millions d'euros hors taxes.",
            money=[(1.52e8, "EUR")], actors=["Éducation nationale", "Microsoft"], dates=["2029"]),
    # "environ 75 millions d’euros, pouvant atteindre 152 millions": both amounts, in euros
    Passage("https://www.silico.fr/archives/7956",
            "Ce contrat, d’une durée de quatre ans, s’élève à environ 75 millions d’euros, pouvant atteindre 152 "
            "millions, et couvre divers types de licences pour les agents des ministères concernés. La société Crayon "
            "France a remporté la majorité de ces contrats",
            money=[(7.5e7, "EUR"), (1.52e8, "EUR")], actors=["Crayon France"], dates=[]),
    Passage("https://teknomers.com/fr/?p=781682",
            "Le premier tour de financement de Mistral AI valorise la société parisienne à 240 millions d’euros, fonds "
            "levés compris, selon des proches de l’entreprise.",
            money=[(2.4e8, "EUR")], actors=["Mistral AI"], dates=[]),
    Passage("https://itsocial.fr/actualites/orange-et-capgemini-allies-a-microsoft-creent-bleu-un-nouveau-cloud-"
            "souverain/",
            "Capgemini et Orange viennent d’annoncer leur intention de créer une nouvelle société, baptisée Bleu, qui "
            "fournira un cloud de confiance conçu pour répondre aux besoins de souveraineté de l’État français",
            actors=["Capgemini", "Orange", "Bleu"], dates=[]),
    # "dimanche 22 novembre" follows "samedi 21 novembre 2020": the year is the passage's
    Passage("http://journalismes-info.ejdg.fr/?p=5772",
            "Le groupe Ouest-France a été victime, samedi 21 novembre 2020, d’une attaque de son système "
            "informatique. Si bien qu’une seule édition n’a pu être éditée dimanche 22 novembre, contre dix en temps "
            "normal.",
            actors=["Ouest-France"], dates=["2020-11-21", "2020-11-22"]),
    Passage("https://tvvendee.fr/actu/cyberattaques-une-multiplication-des-cas-ces-dernieres-semaines/",
            "Ces intrusions dans les systèmes informatiques ont augmenté de 250 % en un an et elles devraient "
            "continuer selon Digitémis. Cette société vendéenne créée en 2014 à La Merlatière et présente aussi "
            "aujourd’hui à Rezé, est spécialisée dans la cybersécurité.",
            percent=[250], actors=["Digitémis"], dates=["2014"]),
    Passage("https://midenews.com/vers-une-souverainete-numerique-renforcee-la-france-lance-un-nouvel-appel-a-"
            "projets-cloud/",
            "Le 22 mars 2024 à Strasbourg, un cap décisif a été franchi dans le renforcement de l’infrastructure "
            "numérique de la France et de l’Europe. Sous la conduite de Marina Ferrari, Secrétaire d’État chargée du "
            "Numérique, et en coordination avec Bruno Bonnell, Secrétaire général pour l’Investissement",
            actors=["Marina Ferrari", "Bruno Bonnell"], dates=["2024-03-22"]),
    # France 2030 is a plan
    Passage("https://distributique.com/actualites/lire-l-etat-lance-un-appel-a-projets-pour-renforcer-le-secteur-"
            "francais-du-cloud-34968.html",
            "Opéré par Bpifrance pour le compte de l'Etat dans le cadre du plan France 2030, l'appel à projets "
            "« Renforcement de l'offre de services cloud » s'inscrit en réponse au développement des IA génératives.",
            actors=["Bpifrance"], dates=[]),
    # "le cabinet de Marina Ferrari" is her office, not a separately named organisation
    Passage("https://www.republik-it.fr/solutions-techno/infrastructure-service/l-etat-encore-a-la-rescousse-du-"
            "cloud-souverain.html",
            "La part de marché cumulée de ces trois acteurs, en France, est de l’ordre de 70 % selon les chiffres "
            "communiqués par le cabinet de Marina Ferrari, l’actuelle Secrétaire d’Etat au numérique. Même si des "
            "acteurs français comme OVH, Orange, Cloud Temple, Scaleway ou Outscale proposent des offres pertinentes",
            percent=[70], actors=["Marina Ferrari", "OVH", "Orange", "Cloud Temple", "Scaleway", "Outscale"],
            dates=[]),
    # "70 à 90 %" is a range: its low value; the observatory is a body the ministry created
    Passage("https://www.numerama.com/politique/1951001-le-gouvernement-relance-son-fameux-projet-de-cloud-souverain-"
            "pour-sortir-de-la-dependance-americaine.html",
            "Clara Chappaz en a profité pour présenter un nouvel Observatoire de la souveraine numérique, créé « pour "
            "dresser un état des lieux lucide de la situation actuelle ». Elle souligne que 70 à 90 % de l’offre "
            "actuelle de cloud en France est dominée par les acteurs américains",
            percent=[70], actors=["Clara Chappaz", "Observatoire de la souveraine numérique"], dates=[],
            published="2025-04"),
    # an interview: the newspaper's question; published 2023-06, so "en février dernier" is 2023-02; French Tech
    # 2030 is a programme
    Passage("https://www.latribune.fr/technos-medias/innovation-et-start-up/la-tech-est-la-meilleure-chance-de-la-"
            "france-de-rester-une-grande-puissance-965827.html",
            "LA TRIBUNE - Vous dévoilez la composition du French Tech 2030, le nouveau programme stratégique de la "
            "Mission French Tech annoncé en février dernier par Emmanuel Macron lui-même.",
            actors=["LA TRIBUNE", "Mission French Tech", "Emmanuel Macron"], dates=["2023-02"], published="2023-06"),
    # Canadian press: "dollars" is CAD
    Passage("https://www.lemanic.ca/2022/01/17/qscale-pourrait-faire-pleuvoir-des-milliards-a-baie-comeau/",
            "Son prochain campus, l’entreprise le voit encore plus grand que celui de Lévis, un projet de 140 "
            "mégawatts et dont l’investissement se chiffre à 867 millions de dollars.",
            money=[(8.67e8, "CAD")], dates=[], published="2022-01-17"),
    # Belgian press: its "dollars" beside "459 millions d’euros" read as US dollars
    Passage("https://datanews.levif.be/actualite/entreprises/finances/microsoft-va-investir-un-demi-milliard-de-"
            "dollars-dans-les-infrastructure-cloud-et-dia-au-canada/",
            "Microsoft investira 500 millions de dollars (459 millions d’euros) dans les infrastructures cloud et "
            "d’IA de la province canadienne du Québec au cours des deux prochaines années.",
            money=[(5e8, "USD"), (4.59e8, "EUR")], actors=["Microsoft"], dates=[], published="2023-11"),
    # the regulator's own release, as distributed
    Passage("https://pubt.io/view/BF0494AC815083C740D47CC32F1B82DDA1ACD996",
            "En octobre 2024, un attaquant est parvenu à s'infiltrer dans le système d'information des sociétés et à "
            "accéder à des données personnelles concernant 24 millions de contrats d'abonnés, dont des IBAN lorsque "
            "les personnes étaient à la fois clientes de la société FREE MOBILE et de la société FREE.",
            actors=["FREE MOBILE", "FREE"], dates=["2024-10"], published="2026-01-14"),
    Passage("https://www.quechoisir.org/billet-de-la-presidente-donnees-personnelles-free-lourdement-sanctionnee-par-"
            "la-cnil-apres-une-exposition-massive-des-donnees-des-abonnes-n173794/",
            "Quand la CNIL rappelle à l’ordre le groupe Iliad (Free Mobile et Free) avec une sanction de 42 millions "
            "d’euros pour manquement à la sécurité des données des consommateurs abonnés, je suis partagée entre me "
            "réjouir et m’inquiéter.",
            money=[(4.2e7, "EUR")], actors=["CNIL", "Iliad", "Free Mobile", "Free"], dates=[], published="2026-01-19"),
    # an interview: the magazine's question, its speaker label kept as the organisation; the page gives no date,
    # so "Jeudi dernier" is left out; the fiscal year is annotated as written, its half-year unnamed
    Passage("https://e-voltaire.fr/?p=9223",
            "L’Usine Nouvelle – Jeudi dernier, vous avez annoncé un chiffre d’affaires en baisse de 29 % et une perte "
            "nette de 67 millions d’euros pour le premier semestre de votre exercice fiscal 2026.",
            money=[(6.7e7, "EUR")], percent=[29], actors=["L’Usine Nouvelle"], dates=["2026"]),
    Passage("https://www.zonebourse.com/actualite-bourse/soitec-plonge-dans-le-rouge-au-premier-semestre-2026-"
            "ce7d5ed9db8cf625",
            "Le chiffre d'affaires semestriel s'établit à 231 millions d'euros, en repli de 32% en données publiées "
            "et de 29% à périmètre et taux de change constants.",
            money=[(2.31e8, "EUR")], percent=[32, 29], dates=[], published="2025-11-19"),
    # the ministry's own release; "l'État" is the state and "l'activité Advanced Computing" a business line, both
    # left out
    Passage("https://presse.economie.gouv.fr/letat-annonce-avoir-signe-avec-atos-un-contrat-portant-sur-lacquisition-"
            "de-lactivite-advanced-computing",
            "Eric Lombard, ministre de l'Economie, des Finances et de la Souveraineté industrielle et numérique, "
            "annonce la signature par l'État d'un contrat avec Atos portant sur l'acquisition de l'activité Advanced "
            "Computing le 31 juillet 2025.  La valeur d'entreprise retenue est de 410 millions d'euros, dont 110 "
            "millions d'euros de complément de prix.",
            money=[(4.1e8, "EUR"), (1.1e8, "EUR")], actors=["Eric Lombard", "Atos"], dates=["2025-07-31"],
            published="2025-08-01"),
    # "500 à 625 millions d’euros" is a range: its low value; the division is a business line
    Passage("https://www.lemagit.fr/actualites/366625302/Nationalisation-dAtos-lEtat-rachete-moins-cher-que-prevu",
            "Comme il s’y était engagé en novembre 2024, l’État va donc nationaliser la division Advanced Computing "
            "d’Atos, mais en la rachetant 410 millions d’euros et plus, « 500 à 625 millions d’euros », comme "
            "l’avait (à l’époque) annoncé le ministère de l’Économie.",
            money=[(4.1e8, "EUR"), (5e8, "EUR")], actors=["Atos", "ministère de l’Économie"], dates=["2024-11"],
            published="2025-06"),
    Passage("https://www.journaldeleconomie.fr/letat-nationalise-les-supercalculateurs-datos/",
            "La transaction concerne quelque 2.500 salariés, majoritairement basés en France. La division a réalisé "
            "un chiffre d’affaires de 570 millions d’euros en 2023, témoignant de son poids économique et "
            "stratégique.",
            money=[(5.7e8, "EUR")], dates=["2023"], published="2025-06"),
    Passage("https://avocats.ey.com/law/accord-provisoire-sur-l-ai-act",
            "Les sanctions s'élèveront ainsi à : 35 millions d'euros ou à 7 % du chiffre d’affaires annuel global "
            "pour les violations relatives en particulier aux applications d'IA interdites ; 15 millions d'euros ou "
            "à 3 % du chiffre d’affaires annuel global pour les violations des obligations",
            money=[(3.5e7, "EUR"), (1.5e7, "EUR")], percent=[7, 3], dates=[]),
    Passage("https://lemondeinformatique.fr/actualites/lire-informatique-quantique-la-start-up-francaise-pasqal-leve-"
            "100-meteuro-89307.html",
            "C'est pourtant ce que parvient à faire la start-up française Pasqal, nichée sur le plateau de Saclay, "
            "qui était déjà parvenue à séduire les investisseurs en juin 2021. Ils avaient injecté 25 M€ dans le "
            "cadre d'un tour de table serie A.",
            money=[(2.5e7, "EUR")], actors=["Pasqal"], dates=["2021-06"]),
    # an article of Les Echos as a European press review reproduces it
    Passage("https://ec.europa.eu/newsroom/eismea/redirection/item/777819/default/3098",
            "Le finlandais IQM a certes amassé 128 millions d'euros en 2022. Mais cette enveloppe comprenait "
            "notamment un prêt de la Banque européenne d'investissement. A l'inverse, Pasqal certifie que son "
            "financement est constitué « à 100 % d'equity ».",
            money=[(1.28e8, "EUR")], percent=[100],
            actors=["IQM", "Banque européenne d'investissement", "Pasqal"], dates=["2022"], published="2023-02-22"),
    Passage("https://www.latribune.fr/technos-medias/informatique/ordinateur-quantique-le-francais-pasqal-reussit-une-"
            "levee-de-fonds-record-de-100-millions-d-euros-pour-pasqal-949073.html",
            "C'est même un saut quantique par rapport au précédent record français, détenu par Alice & Bob et leurs "
            "27 millions d'euros en mars 2022.",
            money=[(2.7e7, "EUR")], actors=["Alice & Bob"], dates=["2022-03"]),
    # Belgian; the page gives no date, so "le 16 décembre dernier" is left out
    Passage("https://actualites.fr/la-cyberattaque-de-decembre-2021-a-coute-225-millions-a-la-defense.html",
            "L’attaque cybernétique dont le ministère de la Défense a été victime le 16 décembre dernier – et ensuite "
            "attribuée à des groupes de pirates informatiques chinois – a coûté 2,25 millions d’euros au département "
            "en coûts directs, a indiqué la ministre Ludivine Dedonder.",
            money=[(2.25e6, "EUR")], actors=["ministère de la Défense", "Ludivine Dedonder"], dates=[]),
    Passage("https://www.lesoir.be/400444/article/2021-10-14/les-ransomwares-le-cybermal-du-moment-qui-frappe-"
            "entreprises-et-institutions",
            "Cette semaine, c’était la Clinique Saint-Luc de Bouge, à Namur. La précédente, c’était le barreau de "
            "Charleroi.",
            actors=["Clinique Saint-Luc de Bouge", "barreau de Charleroi"], dates=[], published="2021-10-14"),
    # published 2025-09-20, so "début septembre" is 2025-09
    Passage("https://www.rtl.be/actu/magazine/hi-tech/il-y-beaucoup-dattaques-russes-mais-pas-seulement-qui-sont-les-"
            "cybercriminels/2025-09-20/article/764216",
            "L’exemple de Jaguar Land Rover, touché par une cyberattaque depuis début septembre en Angleterre, en "
            "témoigne : l’entreprise est incapable de produire de nouveaux véhicules et subit des pertes estimées à 57 "
            "millions d’euros par semaine.",
            money=[(5.7e7, "EUR")], actors=["Jaguar Land Rover"], dates=["2025-09"], published="2025-09-20"),
    Passage("https://www.dhnet.be/actu/belgique/le-teletravail-une-aubaine-pour-les-cybercriminels-"
            "613f8b929978e2642a123df1",
            "En 2020, le CERT, le service opérationnel du Centre pour la cybersécurité en Belgique (CCB), a reçu 7 433 "
            "rapports de toutes sortes de cyberattaques ou de problèmes liés à la cybersécurité.",
            actors=["CERT", "Centre pour la cybersécurité en Belgique", "CCB"], dates=["2020"], published="2021-09"),
    # published 2025-09-09, so "En début d'année" is 2025
    Passage("https://www.bfmtv.com/economie/entreprises/mistral-ai-devient-la-premiere-start-up-francaise-qualifiee-"
            "de-decacorne-c-est-quoi-une-licorne-une-decacorne-une-pentacorne_AN-202509090532.html",
            "En début d'année, la France comptait 29 licornes, dont Doctolib, Back Market ou Qonto selon le décompte "
            "de CB Insights. On en compte plus de 1.300 à l'échelle mondiale, dont près de 500 sont liées à l'IA.",
            actors=["Doctolib", "Back Market", "Qonto", "CB Insights"], dates=["2025"], published="2025-09-09"),
    Passage("https://www.revueconflits.com/la-france-qui-gagne",
            "Dans le cadre de sa troisième levée de fonds de 1,7 Md€, ASML va investir 1,3 Md€ dans Mistral, fondée "
            "par Arthur Mensch, Guillaume Lample et Thimothée Lacroix. Ce qui valorise la société à 11,7 Md€.",
            money=[(1.7e9, "EUR"), (1.3e9, "EUR"), (1.17e10, "EUR")],
            actors=["ASML", "Mistral", "Arthur Mensch", "Guillaume Lample", "Thimothée Lacroix"], dates=[]),
    # a press review quoting Challenges
    Passage("https://ade-ci.com/lia-chamboule-les-equilibres-du-capital-risque",
            "Après avoir fait l’essentiel de sa carrière chez Orange, notamment au sein de l’activité venture de "
            "l’opérateur télécoms, il s’est retrouvé en charge de plus de 2 milliards d’euros d’actifs en gestion. Le "
            "nouveau fonds de Cathay, doté d’un milliard d’euros, est parmi les plus importants d’Europe.",
            money=[(2e9, "EUR"), (1e9, "EUR")], actors=["Orange", "Cathay"], dates=[], published="2024-02-12"),
    # NVIDIA Blackwell is a product
    Passage("https://www.clubic.com/actualite-583795-donald-trump-tient-une-nouvelle-victoire-avec-cette-annonce-"
            "conjointe-de-nvidia-et-tsmc.html",
            "De fait, la dernière publication de NVIDIA sonne comme une victoire pour Donald Trump puisque "
            "l'entreprise de Jensen Huang et son partenaire TSMC viennent d'annoncer rien de moins que le « premier "
            "wafer NVIDIA Blackwell produit sur le sol des États-Unis ».",
            actors=["NVIDIA", "Donald Trump", "Jensen Huang", "TSMC"], dates=[], published="2025-10-19"),
    # published 2021-05, so "le 17 mai" is 17 May 2021
    Passage("https://www.boursorama.com/actualite-economique/actualites/microsoft-va-permettre-a-orange-et-capgemini-"
            "d-exploiter-sa-technologie-cloud-959964099566bacc7d315290c2209a38",
            "Bleu vise pour ses services l'obtention du label \"cloud de confiance\", annoncé le 17 mai par le "
            "gouvernement pour caractériser les services cloud qui présentent des standards techniques élevés et sont "
            "exploités en Europe, par des acteurs européens.",
            actors=["Bleu"], dates=["2021-05-17"], published="2021-05"),
]

# Annotated blind, by reading only, without any extraction run on its passages: the public sector and the
# regions (local authorities, hospitals, universities and schools and their digital tools, regional data centres
# and fibre networks, regional start-ups and funds, public procurement, cyberattacks on hospitals and towns) in
# French national, regional and trade press, Belgian, Swiss and Québec press, with official releases (the Swiss
# federal government, a French government site, the French digital-health agency) and interviews. `published` is
# the date the page or its address gives (None: none found); a day or month written without its year, or a
# relative date, is left out when `published` does not settle it.
HELD_OUT_19 = [
    # published 2021-03: "fin février" is 2021-02
    Passage("https://www.francetvinfo.fr/internet/securite-sur-internet/cyberattaques/pyrenees-atlantiques-l-hopital-d-"
            "oloron-sainte-marie-victime-d-une-cyberattaque_4326301.html",
            "27 cyberattaques d’hôpitaux ont été recensées en 2020, et une par semaine depuis 2021, avait indiqué fin "
            "février le secrétaire d’Etat à la Transition numérique Cédric O.",
            actors=["Cédric O"], dates=["2020", "2021", "2021-02"], published="2021-03"),
    Passage("https://www.lejournaldesentreprises.com/article/telehouse-projette-de-creer-un-datacenter-de-60-000-metres-"
            "carres-dans-les-bouches-du-rhone-2116384",
            "En France, où il emploie 120 salariés, Telehouse projette d’investir un milliard d’euros dans quatre centres "
            "de données. Outre son projet marseillais, l’entreprise veut construire un nouveau datacenter, dans l’est de "
            "l’Île-de-France, à horizon 2029.",
            money=[(1e9, "EUR")], actors=["Telehouse"], dates=["2029"]),
    # "L’agglomération de Châteauroux" names the intercommunal administration, like "la Ville de Laval"
    Passage("https://pole-medee.com/2019/04/datacenter-geant-le-projet-innovant-de-chateauroux",
            "L’agglomération de Châteauroux (Indre) développe un projet à 700 millions d’euros autour d’un datacenter "
            "géant. Soutenu par la Caisse des dépôts, l’investisseur franco-néerlandais Mado annonce la participation "
            "d’Atos, Siemens, Bouygues et EDF.",
            money=[(7e8, "EUR")],
            actors=["agglomération de Châteauroux", "Caisse des dépôts", "Mado", "Atos", "Siemens", "Bouygues", "EDF"],
            dates=[], published="2019-04"),
    Passage("https://www.entreprises-occitanie.com/actualites/haute-garonne-le-premier-data-center-du-sud-du-departement-"
            "va-bientot-voir-le-jour-au",
            "Début janvier 2023, les élus (étaient présents notamment Jean-Yves Duclos, le maire de Saint-Gaudens, Joël "
            "Aviragnet, député PS de la 8e circonscription de Haute-Garonne et Marc Szultman, conseiller régional) ont "
            "posé la première pierre de ce qui deviendra le premier data center du sud du département.",
            actors=["Jean-Yves Duclos", "Joël Aviragnet", "PS", "Marc Szultman"], dates=["2023-01"]),
    # the page gives no date, so "l'an prochain" is left out
    Passage("https://clubic.com/actualite-543800-le-plus-grand-data-center-de-france-s-intalle-en-seine-saint-denis-et-"
            "fait-deja-grincer-des-dents.html",
            "L'entreprise américaine Digital Realty ouvre largement son portefeuille avec un investissement exceptionnel "
            "de 2 milliards d'euros à Dugny, commune au niveau de laquelle un chantier va débuter l'an prochain.",
            money=[(2e9, "EUR")], actors=["Digital Realty"], dates=[]),
    # "l'arrêt Schrems 2" is a ruling, not an actor
    Passage("https://www.nextinpact.com/lebrief/47253/lutilisation-services-americains-inquiete-cnil-et-cepd",
            "Elle a été interrogée par la Conférence des grandes écoles (CGE) et la Conférence des présidents "
            "d’université (CPU) sur l'utilisation d'outils proposés par des entreprises américaines, et la conformité de "
            "leur usage avec le RGPD, suite à l'arrêt Schrems 2.",
            actors=["Conférence des grandes écoles", "CGE", "Conférence des présidents d’université", "CPU"], dates=[],
            published="2021-05"),
    # "Microsoft365 Education" is a product
    Passage("https://www.lemondeinformatique.fr/actualites/lireamp-microsoft-365-education-traque-illegalement-les-"
            "donnees-des-eleves-98167.html",
            "En effet, le DSB (Datenschutzbehörde) autrichien vient de rendre un jugement intéressant sur l’accès aux "
            "données par les élèves disposant de l’offre Microsoft365 Education. L’affaire commence en 2024 par une "
            "plainte déposée par un parent d’élève et soutenu par l’association Noyb dirigée par Max Schrems.",
            actors=["DSB", "Datenschutzbehörde", "Noyb", "Max Schrems"], dates=["2024"]),
    Passage("https://www.europe1.fr/faits-divers/cyberattaque-dune-commune-bretonne-des-donnees-privees-diffusees-4204278",
            "Les pirates demandaient une rançon de 100.000 dollars, que la commune a refusé de verser. Ils ont mis leur "
            "menace à exécution au cours du week-end en diffusant sur le \"dark web\" de nombreuses informations sur les "
            "administrés de Betton, selon un expert en cybersécurité rennais, le \"hacker éthique\" S.A.X.X.",
            money=[(1e5, "USD")], actors=["S.A.X.X."], dates=[], published="2023-09"),
    # "30 millions" and "240 millions" beside "280 millions d’euros" are euros
    Passage("https://banquedesterritoires.fr/fibre-optique-le-montant-des-enveloppes-destinees-aux-derniers-reseaux-"
            "dinitiative-publique-reveles",
            "Ils comprennent l’enveloppe initiale d’un montant de 280 millions d’euros, une autre d’un montant de 30 "
            "millions affectés par la loi de finances rectificative de juillet 2020, celle de 240 millions prévue par le "
            "plan de relance annoncé à la rentrée",
            money=[(2.8e8, "EUR"), (3e7, "EUR"), (2.4e8, "EUR")], dates=["2020-07"]),
    # an official page; "la Région Bretagne" is the regional council, a member of the syndicate
    Passage("https://europe-en-france.gouv.fr/articles/fonds-europeens-accelerateurs-tres-haut-debit-toute-bretagne",
            "C’est l’ambition portée par Mégalis, un syndicat mixte créé en 1999 qui réunit la Région Bretagne "
            "administrative, 4 départements et ses 60 intercommunalités.",
            actors=["Mégalis", "Région Bretagne"], dates=["1999"], published="2024-05-15"),
    Passage("https://www.latribune.fr/technos-medias/start-up/startups-la-bourgogne-franche-comte-veut-attirer-les-"
            "investisseurs-parisiens-967122.html",
            "Loin derrière se classent la région Hauts-de-France (7% des investissements en valeur, 4% en volume), "
            "Auvergne-Rhône-Alpes (6% en valeur et 11% en volume), selon le dernier baromètre du capital-risque en France "
            "édité par le cabinet EY.",
            percent=[7, 4, 6, 11], actors=["EY"], dates=[], published="2023-06"),
    # the page gives no date, so "Mercredi 6 mars" is left out; "la région BFC" is part of a role
    Passage("https://journal-du-palais.fr/au-sommaire/collectivites/cap-creation-6-un-fonds-pour-garder-nos-start-up-en-"
            "region",
            "Mercredi 6 mars, Marie-Guite Dufay, présidente de la région BFC, Patrick Blasselle et Guillaume Blanchet, "
            "directeurs associés d’UI Investissement ont tenu un point presse dans les locaux de Pixee Medical à Besançon "
            "pour annoncer le lancement d’un nouveau fonds « musclé » de 40 millions d’euros",
            money=[(4e7, "EUR")],
            actors=["Marie-Guite Dufay", "Patrick Blasselle", "Guillaume Blanchet", "UI Investissement", "Pixee Medical"],
            dates=[]),
    # Canadian "$" is CAD; "le gouvernement du Québec" is the state and is left out
    Passage("https://www.ledevoir.com/economie/626808/infonuagique-les-geants-americains-de-l-infonuagique-continuent-de-"
            "prendre-de-plus-en-plus-de-place-au-quebec",
            "Pour sa part, la Ville de Québec a octroyé le plus important des contrats : trois millions de dollars. "
            "L’entente qui la lie à Microsoft vise à déployer des « solutions d’hébergement d’infrastructure "
            "informatique », selon la description publiée dans le Système d’appel d’offres du gouvernement du Québec.",
            money=[(3e6, "CAD")], actors=["Ville de Québec", "Microsoft"], dates=[], published="2021-08"),
    Passage("https://www.lapresse.ca/affaires/techno/2019-05-31/stockage-de-donnees-un-gros-acteur-d-ici-ecarte-de-l-"
            "appel-d-offres-de-quebec",
            "« On est à 99 % conformes, il nous manque seulement un document qu’on va obtenir au courant de l’été, "
            "explique Stéphane Garneau, président de Micro Logic, établie à Québec.",
            percent=[99], actors=["Stéphane Garneau", "Micro Logic"], dates=[], published="2019-05-31"),
    # an official release; "Microsoft 365" is a product and "l’administration fédérale" the state
    Passage("https://www.admin.ch/gov/fr/accueil/documentation/communiques.msg-id-93076.html",
            "Après un examen approfondi et une longue phase de test, l’administration fédérale a décidé de passer au "
            "nouvel environnement Office de Microsoft 365. À cet effet, le Conseil fédéral a approuvé, le 15 février "
            "2023, un crédit d’engagement de 14,9 millions de francs. La migration devrait durer jusqu’en 2025.",
            money=[(1.49e7, "CHF")], actors=["Conseil fédéral"], dates=["2023-02-15", "2025"],
            published="2023-02-15"),
    # "15 millions" beside "26 millions de francs" is francs
    Passage("https://ictjournal.ch/news/2024-10-14/la-confederation-demarre-le-deploiement-de-microsoft-365",
            "Décidé en février 2023, le projet bénéficie d’un budget d’environ 26 millions de francs dont 15 millions via "
            "un crédit d’engagement. D’ici fin 2025, il verra 40’000 postes de travail de l’Etat migrer vers la suite "
            "bureautique en mode cloud.",
            money=[(2.6e7, "CHF"), (1.5e7, "CHF")], dates=["2023-02", "2025"], published="2024-10-14"),
    # published Tuesday 2024-02-20, so both "mardi" are that day
    Passage("https://www.rtl.be/actu/belgique/politique/des-pirates-informatiques-russes-mettent-hors-service-plusieurs-"
            "sites-web/2024-02-20/article/640055",
            "Des pirates informatiques russes ont mis hors service un certain nombre de sites web gouvernementaux pendant "
            "un certain temps mardi. Le site du Premier ministre Alexander De Croo et celui de la Chambre des "
            "représentants ont, entre autres, été brièvement indisponibles mardi après-midi.",
            actors=["Alexander De Croo", "Chambre des représentants"], dates=["2024-02-20", "2024-02-20"],
            published="2024-02-20"),
    Passage("https://linformaticien.com/magazine/cybersecurite/60998-le-chu-de-rennes-cible-d-une-cyberattaque.html",
            "Avant cela, en septembre 2022, le centre hospitalier Sud Francilien (CHSF) de Corbeil-Essonnes était lui "
            "aussi touché. Un acte malveillant qui avait coûté 7 millions d’euros à l’établissement.",
            money=[(7e6, "EUR")], actors=["centre hospitalier Sud Francilien", "CHSF"], dates=["2022-09"]),
    # "Microsoft Office 365" and "Google Workspace" are products
    Passage("https://www.distributique.com/actualites/lire-les-offres-office365-et-workspace-de-microsoft-ne-seront-plus-"
            "gratuites-dans-les-etablissements-scolaires-33225.html",
            "Dans une réponse à une question du député Philippe Latombe, le ministère de l'Education nationale confirme la "
            "fin du déploiement des offres Microsoft Office 365 et Google Workspace à titre gratuit au sein des "
            "établissements scolaires.",
            actors=["Philippe Latombe", "ministère de l'Education nationale"], dates=[]),
    # "150" beside "126,2 millions d'euros" is euros; published 2023-07-19, so "l'année passée" is 2022
    Passage("https://toulouse.latribune.fr/entreprises/2023-07-19/en-occitanie-les-levees-de-fonds-gardent-la-peche-sur-"
            "le-premier-semestre-2023-970176.html",
            "Sur l'ensemble de l'écosystème régional, le cabinet In Extenso Innovation Croissance comptabilise 19 "
            "opérations pour le premier semestre 2023 en Occitanie, soit une stabilisation en comparaison à la même "
            "période sur 2022. À contrario, avec 126,2 millions d'euros, contre les 150 de l'année passée",
            money=[(1.262e8, "EUR"), (1.5e8, "EUR")], actors=["In Extenso Innovation Croissance"],
            dates=["2023-H1", "2022", "2022"], published="2023-07-19"),
    Passage("https://www.cfnews.net/Enquetes-bilans/Enquetes/L-Occitanie-prone-l-equilibre-537555",
            "Pourtant, selon le dernier Bilan Venture, basé sur les données compilées de CFNEWS, l’Occitanie se place au "
            "sixième rang des régions ayant le plus levé en 2024 avec 196 M€ récoltés, en hausse de 60 %, par les jeunes "
            "pousses du cru soit une part de 3,92 % des fonds obtenus sur le segment au niveau national (5 Md€).",
            money=[(1.96e8, "EUR"), (5e9, "EUR")], percent=[60, 3.92], actors=["CFNEWS"], dates=["2024"]),
    Passage("https://gazette-du-midi.fr/au-sommaire/entreprises/levees-de-fonds-l-occitanie-conforte-sa-4e-place-dans-le-"
            "palmares-national",
            "Fondé en 2018, le toulousain OneStock, qui développe une solution BtoB d’optimisation des parcours clients "
            "et d’amélioration des performances commerciales, a levé en mai 2024 près de 65 M€ (72 M$) auprès de Summit "
            "Partners.",
            money=[(6.5e7, "EUR"), (7.2e7, "USD")], actors=["OneStock", "Summit Partners"], dates=["2018", "2024-05"]),
    # an interview
    Passage("https://www.touleco.fr/Pour-la-French-Tech-Toulouse-les-levees-de-fonds-suivent-une,36950",
            "Mais 2021 était une année exceptionnelle avec des levées très importantes comme Loft Orbital (125 millions "
            "d’euros). Nous étions dans la sortie du Covid, avec un réel engouement des investisseurs.",
            money=[(1.25e8, "EUR")], actors=["Loft Orbital"], dates=["2021"], published="2023-02"),
    Passage("https://www.lalibre.be/dernieres-depeches/2023/05/26/cyberattaque-au-chrsm-seuls-les-extremes-urgences-et-"
            "accouchements-pris-en-charge-GHU6HNS3KZADPMVB3HZSUKC5DQ/",
            "\"Certains systèmes ont commencé à montrer des défaillances vers 04h30 du matin\", a expliqué Stéphane "
            "Rillaerts, directeur général du CHRSM. \"Nous avons pu constater assez rapidement qu'il s'agissait d'une "
            "cyberattaque d'origine criminelle.",
            actors=["Stéphane Rillaerts", "CHRSM"], dates=[], published="2023-05-26"),
    # published Tuesday 2026-01-13, so "mardi" is that day; "Le parquet" is left out as a generic institution
    Passage("https://www.rtl.be/actu/belgique/societe/un-hopital-flamand-victime-dune-vaste-cyberattaque-les-hackers-"
            "demandent-une/2026-01-13/article/776372",
            "L’hôpital anversois AZ Monica a été victime mardi d’une cyberattaque, a-t-il indiqué lors d’une conférence "
            "de presse en début d’après-midi. Le parquet a ouvert une enquête.",
            actors=["AZ Monica"], dates=["2026-01-13"], published="2026-01-13"),
    Passage("https://www.lagazettedescommunes.com/813552/cyberattaque-sur-une-communaute-de-communes-le-cout-de-la-"
            "riposte/",
            "L’attaque a coûté exactement 134 932 euros à la 3CMA. La communauté de communes, qui a avancé les frais, a "
            "demandé aux sites concernés le remboursement de la part qui leur revenait.",
            money=[(134932, "EUR")], actors=["3CMA"], dates=[]),
    Passage("https://www.lagazettedescommunes.com/1016524/les-communes-ne-peuvent-plus-ignorer-lequation-budgetaire-liee-"
            "aux-cyberattaques",
            "En 2024, 218 incidents ont été déclarés à l’ANSSI, soit 18 par mois. On parle majoritairement de "
            "rançongiciels ou de compromissions de messagerie, qui peuvent interrompre l’activité d’un instant à "
            "l’autre.",
            actors=["ANSSI"], dates=["2024"]),
    # published 2023-06-19: "début mars" is 2023-03
    Passage("https://www.lagazettedescommunes.com/872509/laddition-tres-salee-dune-cyberattaque-pour-une-collectivite/",
            "A Lille, on a commencé à faire les comptes. L’attaque informatique qui a visé la ville de 236 200 habitants, "
            "début mars, lui a déjà coûté environ un million d’euros. Une somme importante, qui ne représente certes que "
            "0,2 % du budget annuel, mais pourrait encore augmenter.",
            money=[(1e6, "EUR")], percent=[0.2], dates=["2023-03"], published="2023-06-19"),
    # an interview; "le forum InCyber" is an event
    Passage("https://www.mediacites.fr/interview/entretien/lille/2024/04/15/cyberattaques-les-communes-sont-"
            "particulierement-vulnerables/",
            "Dans les allées du forum InCyber, la grand‐messe de la cybersécurité qui se tient chaque année à Lille, "
            "Mediacités a rencontré Jérôme Notin, directeur général du dispositif national d’assistance "
            "Cybermalveillance.gouv.fr créé en 2017.",
            actors=["Mediacités", "Jérôme Notin", "Cybermalveillance.gouv.fr"], dates=["2017"], published="2024-04-15"),
    # the address's date is not read, so "ce vendredi" is left out
    Passage("https://www.francebleu.fr/infos/societe/landes-100-du-departement-sera-raccordable-a-la-fibre-optique-en-"
            "2022-1569000851",
            "Le Conseil Départemental et le SYDEC (Syndicat d'Equipement des Communes des Landes) ont signé ce vendredi "
            "une convention avec l'entreprise Altitude Infrastructure pour le déploiement de la fibre.",
            actors=["Conseil Départemental", "SYDEC", "Syndicat d'Equipement des Communes des Landes",
                    "Altitude Infrastructure"], dates=[], published="2019-09"),
    # "la Rue de Grenelle" names the ministry by its address and is left out as a place
    Passage("https://www.channelnews.fr/faisant-fi-de-la-souverainete-leducation-nationale-prolonge-son-contrat-avec-"
            "microsoft-155442",
            "Le contrat liant le ministère de l’Éducation nationale à Microsoft va finalement se poursuivre jusqu’en 2029. "
            "Selon des informations révélées par Mediapart, la Rue de Grenelle a décidé d’activer l’extension prévue "
            "dans l’accord-cadre signé au printemps 2025.",
            actors=["ministère de l’Éducation nationale", "Microsoft", "Mediapart"], dates=["2029", "2025-spring"],
            published="2026-03-10"),
    # the page gives no date, so "mercredi soir" is left out
    Passage("https://rts.ch/info/regions/vaud/12442317-la-gravite-de-la-cyberattaque-de-la-commune-de-rolle-"
            "sousestimee-par-les-autorites.html",
            "Sollicitée par la RTS, la Municipalité de Rolle a reconnu mercredi soir avoir sous-estimé la gravité du "
            "potentiel d'utilisation des données volées. Par la voix de leur porte-parole Philippe Cathélaz, les "
            "autorités reconnaissent une certaine \"naïveté\" dans la gestion de ce dossier.",
            actors=["RTS", "Municipalité de Rolle", "Philippe Cathélaz"], dates=[]),
    Passage("https://heidi.news/innovation-solutions/en-5-minutes-sur-le-darknet-nous-avons-trouve-9860-acces-de-"
            "collectivites-suisses",
            "Le site Comparis a été ciblé par un ransomware (rançongiciel) et a payé une somme non communiquée pour "
            "récupérer l’accès à son infrastructure informatique. Le réseau de cliniques privées Pallas a aussi été "
            "ciblé par des criminels.",
            actors=["Comparis", "Pallas"], dates=[]),
    # an interview; W.IN.G is the regional fund
    Passage("https://trends.levif.be/economie/high-tech/pierre-rion-w-in-g-un-fonds-vc-pour-les-scale-up-wallonnes-du-"
            "numerique-n-est-pas-encore-necessaire/article-normal-1382413.html",
            "Le W.IN.G compte aujourd'hui 48 start-up dans son portefeuille et a libéré 13,3 millions d'euros pour "
            "financer des jeunes pousses du numérique. Etes-vous satisfait de ces résultats?",
            money=[(1.33e7, "EUR")], actors=["W.IN.G"], dates=[], published="2021-01"),
    Passage("https://trends.levif.be/economie/politique-economique/fusion-sriw-sogepa-sowalfin-les-entreprises-"
            "wallonnes-disent-oui-a-we/article-normal-1621601.html",
            "La question vient à l'esprit quand on lance les chefs d'entreprise sur le terrain de la création de "
            "Wallonie Entreprendre, la structure qui regroupe désormais les anciennes SRIW, Sogepa et Sowalfin.",
            actors=["Wallonie Entreprendre", "SRIW", "Sogepa", "Sowalfin"], dates=[], published="2023-01"),
    Passage("https://www.24matins.fr/un-centre-de-donnees-dedie-a-lia-envisage-dans-le-nord-avec-2-400-emplois-prevus-"
            "1399712",
            "Les collectivités locales viennent d’entériner un projet d’envergure : la construction d’un immense data "
            "center, à la hauteur des ambitions françaises dans ce secteur. L’infrastructure, attendue sur l’ancienne "
            "friche industrielle d’Usinor à Escaudain, mobilisera pas moins de cinq milliards d’euros d’investissements.",
            money=[(5e9, "EUR")], actors=["Usinor"], dates=[]),
    # published 2025-06-24 (the address), so "ce lundi 23 juin" is 2025-06-23
    Passage("https://hightech.bfmtv.com/lyon/la-mairie-de-lyon-se-separe-de-la-suite-microsoft-office-au-titre-de-sa-"
            "souverainete-numerique_AN-202506240691.html",
            "La mairie de Lyon souhaite se dépêtrer des \"solutions logicielles états-uniennes\", dont Microsoft, pour "
            "accroître sa \"souveraineté numérique\", a-t-elle annoncé dans un communiqué, ce lundi 23 juin.",
            actors=["mairie de Lyon", "Microsoft"], dates=["2025-06-23"], published="2025-06-24"),
    Passage("https://www.francebleu.fr/infos/societe/la-collectivite-europeenne-d-alsace-victime-d-une-cyberattaque-"
            "1665500111",
            "Les agents l'ont appris via un mail ce lundi 3 octobre : la Collectivité européenne d'Alsace a été victime "
            "d'une cyberattaque le soir du 28 septembre. Plusieurs services ont été touchés.",
            actors=["Collectivité européenne d'Alsace"], dates=["2022-10-03", "2022-09-28"], published="2022-10"),
    # a night from the 6th to the 7th counts as its start; "ce jeudi" is the 7th
    Passage("https://www.francebleu.fr/infos/faits-divers-justice/grand-est-la-fondation-saint-vincent-de-paul-victime-"
            "d-une-cyberattaque-5157784",
            "La Fondation Saint Vincent de Paul a été victime d'une cyberattaque dans la nuit du mercredi 6 au jeudi 7 "
            "septembre, précise la communication ce jeudi à France Bleu Alsace, confirmant une information de Numerama.",
            actors=["Fondation Saint Vincent de Paul", "France Bleu Alsace", "Numerama"],
            dates=["2023-09-06", "2023-09-07"], published="2023-09"),
    # "2,8M$ américains" is US dollars; published 2020-10-30, so "avant-hier" is 2020-10-28
    Passage("https://nightlife.ca/2020/10/30/vague-de-piratage-informatique-dans-le-systeme-de-sante-de-la-police-et-des-"
            "transports-quebecois/",
            "Alors que la STM (Société de transport de Montréal) subissait une panne majeure il y a un peu plus d’une "
            "semaine due à un « virus informatique » (qui était plutôt une cyber attaque, avec demande de rançon de "
            "2,8M$ américains) et que des milliers de policiers (ou ex-policiers) de la Sûreté du Québec étaient "
            "victimes avant-hier",
            money=[(2.8e6, "USD")], actors=["STM", "Société de transport de Montréal", "Sûreté du Québec"],
            dates=["2020-10-28"], published="2020-10-30"),
    # published 2020-10-30, so "hier" is 2020-10-29
    Passage("https://www.pressreader.com/canada/le-journal-de-montreal/20201030/281685437350093",
            "« Nous sommes pratiquement comme sur une île déconnectée de l’internet », a illustré hier lors d’un point de "
            "presse le Dr Lawrence Rosenberg, PDG du CIUSSS.",
            actors=["Lawrence Rosenberg", "CIUSSS"], dates=["2020-10-29"], published="2020-10-30"),
    # the digital-health agency's press page
    Passage("https://esante.gouv.fr/espace-presse/fermeture-du-guichet-de-candidature-lappel-financement-au-domaine-"
            "annuaires-techniques-et-exposition-sur-internet-du-programme-care",
            "À la date de la fermeture du guichet, 1207 demandes de candidature ont été déposées ce qui correspond à 84% "
            "des établissements éligibles. Parmi ces candidatures, 733 ont été validées par les ARS.",
            percent=[84], actors=["ARS"], dates=[]),
    # a period "(2023-2027)" counts as its start; CaRE is a programme
    Passage("https://hospitalia.fr/m/CaRE-un-programme-national-dedie-a-la-cybersecurite-des-etablissements-de-sante_"
            "a4051.html",
            "Le 18 décembre 2023, ils y ont officiellement lancé le programme national « Cybersécurité, accélération et "
            "résilience des établissements », dit CaRE. Prévu sur cinq ans (2023-2027), celui-ci est doté d’une "
            "enveloppe de 250 millions d’euros jusqu’en 2025, avec l’objectif de porter ce financement à un total de 750 "
            "millions d’euros d’ici à 2027.",
            money=[(2.5e8, "EUR"), (7.5e8, "EUR")], dates=["2023-12-18", "2023", "2025", "2027"]),
    Passage("https://www.annonces-landaises.com/actualites/fibre-optique-le-point-sur-lamenagement-numerique-des-landes-"
            "et-la-fin-du-cuivre/",
            "« En mars 2024, si je prends les chiffres de l’Arcep, seule autorité valable pour les statistiques, nous "
            "étions à 85 % de taux de couverture en fibre du territoire landais, avec des pointes à certains endroits qui "
            "dépassent les 95 %, voire 98 %.",
            percent=[85, 95, 98], actors=["Arcep"], dates=["2024-03"]),
]

# Annotated blind, by reading only, without any extraction run on its passages: digital sovereignty in the mix
# of trade and general press (cloud contracts and migrations, data centres and their power, AI models,
# supercomputers and chips, cybersecurity incidents and budgets, digital taxes and fines on big tech, start-up
# funding rounds, open source in administrations) in French, Belgian, Swiss-listed and Québec pages, with
# official pages (the State's open-source site, the French government's public-information site, the Belgian
# Prime Minister's site) and interviews. `published` is the date the page or its address gives (None: none
# found); a day or month written without its year, or a relative date, is left out when `published` does not
# settle it.
HELD_OUT_20 = [
    Passage("https://www.journaldeleconomie.fr/La-taxe-GAFA-rapportera-plus-de-500-millions-d-euros-en-2022_a10430.html",
            "La taxe a été votée durant l'été 2019. Elle a rapporté 277 millions d'euros durant sa première année, puis "
            "375 millions en 2020 et 358 millions en 2021.",
            money=[(2.77e8, "EUR"), (3.75e8, "EUR"), (3.58e8, "EUR")], dates=["2019-summer", "2020", "2021"]),
    # published Sunday 2023-12-10 (the dispatch's dateline): "dimanche" is that day and "en mai" is 2023-05
    Passage("https://www.tahiti-infos.com/La-start-up-Mistral-AI-s-impose-comme-une-championne-europeenne-de-l-IA_a221137.html",
            "Mistral AI, la start-up française d'intelligence artificielle créée en mai par des pointures du secteur, a "
            "annoncé dimanche avoir levé 385 millions d'euros, devenant ainsi l'une des deux championnes de l'IA en Europe.",
            money=[(3.85e8, "EUR")], actors=["Mistral AI"], dates=["2023-05", "2023-12-10"], published="2023-12-10"),
    Passage("https://www.nextinpact.com/lebrief/48166/la-dinum-autorise-suite-office-mais-proscrit-sa-version-365-hebergee-"
            "dans-cloud-microsoft",
            "Les ministères sont en effet « tenus d’utiliser le cloud interne de l’État ou bien une offre qualifiée "
            "SecNumCloud par l’Agence nationale de la sécurité des systèmes d’information (Anssi) et immunisée contre "
            "toute réglementation extracommunautaire ».",
            actors=["Agence nationale de la sécurité des systèmes d’information", "Anssi"], dates=[]),
    # "(DINUM)" is written beside the role but names the directorate; "Microsoft 365" is a product
    Passage("https://siecledigital.fr/2021/09/24/etat-francais-micorost-365/",
            "Le directeur interministériel du numérique de l’État (DINUM), Nadi Bou Hanna, a publié une circulaire le 15 "
            "septembre pour demander aux administrations françaises de ne plus migrer vers la suite bureautique de "
            "Microsoft hébergée dans le cloud Microsoft 365.",
            actors=["DINUM", "Nadi Bou Hanna", "Microsoft"], dates=["2021-09-15"], published="2021-09-24"),
    Passage("https://la-rem.eu/2024/06/levee-de-fonds-pour-lia-une-strategie-divergente-entre-lallemagne-et-la-france/",
            "Leurs économistes Joseph Briggs et Devesh Kodnani estiment d’ailleurs à 200 milliards de dollars les "
            "investissements mondiaux dans l’IA d’ici à 2025, « avant que l’adoption et les gains d’efficacité ne "
            "commencent à générer des gains de productivité importants ».",
            money=[(2e11, "USD")], actors=["Joseph Briggs", "Devesh Kodnani"], dates=["2025"], published="2024-06"),
    # an interview; the page gives no date, so "Il y a dix ans" is left out
    Passage("https://www.testing.lemoniteur.fr/article/ressources-les-consommations-d-energie-d-espaces-verts-et-meme-d-"
            "eau-sont-preoccupantes-cecile-diguet-est-urbaniste-et-co-autrice-avec-fanny-lopez-du-livre-sous-le-feu-"
            "numerique.2343438",
            "Il y a dix ans, ces grandes infrastructures consommaient entre 5 et 10 MW. Aujourd'hui, Equinix vient "
            "d'inaugurer un site de 28 MW à Meudon-la-Forêt (Hauts-de-Seine) et les demandes d'installation auprès de "
            "RTE atteignent les 120 MW !",
            actors=["Equinix", "RTE"], dates=[]),
    # the State's open-source site; "la mission logiciels libres" is the DINUM unit that organised the meeting
    Passage("https://code.gouv.fr/fr/bluehats/libreoffice-2023/",
            "Le 20 mars 2023, à l'initiative d'un #BlueHats du ministère de l'Intérieur, la mission logiciels libres a "
            "organisé une rencontre sur la question de l'utilisation de LibreOffice dans l'administration.",
            actors=["ministère de l'Intérieur", "mission logiciels libres"], dates=["2023-03-20"]),
    # "Rise with SAP" is an offer (a product)
    Passage("https://lemondeinformatique.fr/actualites/lire-petit-forestier-bascule-vers-rise-with-sap-95024.html",
            "Le 30 juin 2022, Petit Forestier a donc signé pour une migration vers Rise with SAP avec un intégrateur "
            "spécialisé, Synvance, racheté depuis par Viseo.",
            actors=["Petit Forestier", "Synvance", "Viseo"], dates=["2022-06-30"]),
    # "l'association des utilisateurs SAP francophones" spells out USF, like a name written beside its acronym
    Passage("https://www.lemondeinformatique.fr/actualites/lire-quel-futur-pour-les-erp-le-president-de-l-usf-temoigne-"
            "92356.html",
            "Pour Gianmaria Perancin, le président de l'USF (l'association des utilisateurs SAP francophones) et également "
            "président du Sugen (SAP User Group Executive Network, qui regroupe 23 communautés d'utilisateurs dans le "
            "monde), si la direction pointée par l'éditeur est claire, le chemin pour y parvenir l'est beaucoup moins.",
            actors=["Gianmaria Perancin", "USF", "association des utilisateurs SAP francophones", "Sugen",
                    "SAP User Group Executive Network"], dates=[]),
    Passage("https://siecledigital.fr/2022/03/11/les-entreprises-francaises-augmentent-leurs-depenses-en-cybersecurite/",
            "Une récente étude menée par IDC France montre que 70% des entreprises françaises de plus de 500 salariés ont "
            "augmenté leurs dépenses en cybersécurité au cours de l'année 2021, contre 45% en 2020. Les dépenses en "
            "solutions de protection ont atteint 3,9 milliards d'euros et devraient encore croître de 400 millions "
            "d'euros en 2022.",
            money=[(3.9e9, "EUR"), (4e8, "EUR")], percent=[70, 45], actors=["IDC France"],
            dates=["2021", "2020", "2022"], published="2022-03-11"),
    # "6,8 millions" beside "de dollars" amounts is US dollars
    Passage("https://www.latribune.fr/technos-medias/informatique/cybersecurite-les-entreprises-europeennes-restent-"
            "frileuses-dans-leurs-investissements-951898.html",
            "les budget médian des grandes entreprises européennes interrogées dans l'enquête s'élevait à 2 millions de "
            "dollars, contre 3,75 millions de dollars pour la moyenne internationale. Ce décalage doit "
            "cependant être mis en perspective avec la taille des budgets informatiques, respectivement de 6,8 millions "
            "et 12,5 millions de dollars.",
            money=[(2e6, "USD"), (3.75e6, "USD"), (6.8e6, "USD"), (1.25e7, "USD")], dates=[]),
    Passage("https://dev.larevuedudigital.com/cyber-attaques-encore-trop-de-defauts-dans-larmure-des-entreprises",
            "Cette tendance va se poursuivre en 2022 et les dépenses consacrées à la sécurité informatique en France "
            "devraient atteindre 4,7 milliards d’euros contre 4,3 milliards d’euros en 2021, soit une augmentation de "
            "+9,3%.",
            money=[(4.7e9, "EUR"), (4.3e9, "EUR")], percent=[9.3], dates=["2022", "2021"]),
    Passage("https://www.lemondeinformatique.fr/actualites/lire-des-budgets-securite-en-hausse-avec-quelques-nuances-"
            "80999.html",
            "En réalité, si l'on prend en compte la valeur absolue des dépenses, les investissements en sécurité tendent "
            "plutôt à diminuer, en particulier dans les grandes entreprises, où 8,4 millions de dollars sont consacrés à "
            "la cybersécurité en 2020 contre 13,3 millions de dollars en 2019.",
            money=[(8.4e6, "USD"), (1.33e7, "USD")], dates=["2020", "2019"]),
    Passage("https://itsocial.fr/cybersecurite/cybersecurite-articles/un-tiers-des-dirigeants-pensent-que-leur-"
            "organisation-nest-pas-assez-preparee-face-aux-cyberattaques",
            "En moyenne, selon une étude d’Hiscox, les entreprises ont consacré 11 % de leur budget informatique à la "
            "cybersécurité en 2023. Mais plus des deux tiers font état d’une augmentation des menaces.",
            percent=[11], actors=["Hiscox"], dates=["2023"]),
    Passage("https://linformaticien.com/magazine/cybersecurite/62745-les-entreprises-prevoient-d-augmenter-leur-budget-"
            "securite-de-9.html",
            "« En 2024, les grandes entreprises ont été confrontées à 11,6 incidents en moyenne, dépensant chacune 6,2 "
            "millions de dollars pour y remédier, soit 1,1 fois plus que le budget alloué à la sécurité informatique "
            "dans son ensemble. »",
            money=[(6.2e6, "USD")], dates=["2024"]),
    Passage("https://europe1.fr/economie/isere-emmanuel-macron-va-annoncer-limplantation-dune-nouvelle-usine-de-semi-"
            "conducteurs-4122852",
            "L'investissement qui va être réalisé à Crolles est colossal et atteindra près de 6 milliards d'euros. Avec le "
            "soutien de l'État, l'objectif est de doubler la capacité de production actuelle et fabriquer des puces pour "
            "l'industrie automobile, le spatial de défense ou encore de robotique.",
            money=[(6e9, "EUR")], dates=[]),
    # "5.7 milliards" is written with a point as the decimal separator
    Passage("https://lejournaleconomique.fr/tech-start-up/semi-conducteurs-nouvelle-usine-en-france",
            "Porté par le groupe franco-italien STMicroelectronics et le groupe américain Global Foundries, il devrait "
            "créer un millier d’emplois d’ingénieurs et de techniciens, d’ici à 2026, pour un montant de 5.7 milliards "
            "d’euros.",
            money=[(5.7e9, "EUR")], actors=["STMicroelectronics", "Global Foundries"], dates=["2026"]),
    # the page gives no date, so "Lundi 11 juillet" is left out; "Choose France" is an event; "4 milliards" beside
    # "6.7 milliards d’euros" is euros
    Passage("https://lejournaleconomique.fr/tech-start-up/semi-conducteurs-nouvelle-usine-en-france",
            "Lundi 11 juillet, le cinquième sommet Choose France sur l’attractivité de la France s’est tenu à Versailles, "
            "sous la présidence d’Emmanuel Macron. Au total, 14 entreprises se sont engagées pour un montant de 6.7 "
            "milliards d’euros d’investissements, qui s’ajoutent aux 4 milliards promis en début d’année.",
            money=[(6.7e9, "EUR"), (4e9, "EUR")], actors=["Emmanuel Macron"], dates=[]),
    # published Friday 2023-03-17 (the address): "ce vendredi" is that day; "la ville de Lille" is the municipality
    Passage("https://www.20minutes.fr/high-tech/4028461-20230317-lille-donnees-bel-bien-volees-lors-cyberattaque-mairie",
            "Des données ont bel et bien été volées sur les serveurs de la ville de Lille durant la cyberattaque qui a "
            "visé la collectivité le 1er mars, a indiqué, ce vendredi, la mairie, faisant état d’une demande de rançon.",
            actors=["ville de Lille"], dates=["2023-03-01", "2023-03-17"], published="2023-03-17"),
    # "le président (LR) du Département de Seine-et-Marne" is a role; LR is his party
    Passage("https://www.lemoniteur77.com/cyberattaque-une-rancon-de-10-millions-de-dollars-reclamee-au-departement-"
            "116402.html",
            "« Je n'ai aucune raison de payer cette rançon », a affirmé, le 17 novembre, Jean-François Parigi, le "
            "président (LR) du Département deSeine-et-Marne.",
            actors=["Jean-François Parigi", "LR"], dates=["2022-11-17"], published="2022-11"),
    # the page gives no date, so "le 6 novembre" is left out
    Passage("https://kulturegeek.fr/news-269935/cyberattaque-hackers-reclament-10-millions-dollars-departement-seine-marne",
            "Les hackers à l’origine de la cyberattaque visant les services informatiques du conseil départemental de la "
            "Seine-et-Marne depuis le 6 novembre ont exigé une rançon de 10 millions de dollars.",
            money=[(1e7, "USD")], actors=["conseil départemental de la Seine-et-Marne"], dates=[]),
    # the page gives no date, so "en octobre dernier" is left out
    Passage("https://www.lemondeinformatique.fr/les-dossiers/lire-cloud-souverain-une-interpretation-a-geometrie-"
            "variable-1678.html",
            "Selon une étude Ifop réalisée en octobre dernier pour Acteurs Publics et Nuage Public, 74% des DSI déclarent "
            "que la souveraineté est un critère essentiel de choix dans les projets clouds",
            percent=[74], actors=["Ifop", "Acteurs Publics", "Nuage Public"], dates=[]),
    Passage("https://www.alliancy.fr/cloud-de-confiance-hybride-et-technologies-americaines-une-equation-sous-tension",
            "Les acteurs du cloud souverain Bleu (Capgemini, Orange, Microsoft) et S3NS (Thales, Google Cloud) se trouvent "
            "au cœur d’une problématique particulière : chacun repose sur un accord technologique avec un fournisseur "
            "américain.",
            actors=["Bleu", "Capgemini", "Orange", "Microsoft", "S3NS", "Thales", "Google Cloud"], dates=[]),
    Passage("https://www.frenchweb.fr/data-center-le-quebec-nouvel-eldorado-pour-les-geants-de-la-tech/429508",
            "Le géant américain Google, déjà présent dans la province, a prévu de construire son premier centre de "
            "données, un investissement de 735 millions de dollars canadiens (489 millions d’euros) sur un terrain d’une "
            "soixantaine d’hectares.",
            money=[(7.35e8, "CAD"), (4.89e8, "EUR")], actors=["Google"], dates=[], published="2021-10"),
    # "le gouvernement Legault" is the state and is left out
    Passage("https://www.985fm.ca/audio/739602/hydro-quebec-pourrait-fournir-plus-d-energie-a-des-centres-de-donnees-"
            "etrangers",
            "Actuellement, 150 mégawatts sont disponibles pour ce type de structure. En 2035 le gouvernement Legault "
            "souhaiterait que ce nombre augmente à 1 102 mégawatts.",
            dates=["2035"], published="2025-11-24"),
    # published Monday 2025-11-24, so "lundi" is that day; "La commission" is a radio programme
    Passage("https://www.985fm.ca/audio/739602/hydro-quebec-pourrait-fournir-plus-d-energie-a-des-centres-de-donnees-"
            "etrangers",
            "Écoutez Stéphane Garneau, président et chef de la direction de Micrologic, revenir sur cette décision du "
            "gouvernement, lundi, à La commission.",
            actors=["Stéphane Garneau", "Micrologic"], dates=["2025-11-24"], published="2025-11-24"),
    Passage("https://www.clubic.com/pro/entreprises/google/actualite-437544-accusee-de-monopole-sur-le-marche-"
            "publicitaire-google-risque-une-amende-de-25-milliards-d-euros.html",
            "Par exemple, une amende comme celle donnée par l’Autorité de la concurrence à hauteur de 220 millions "
            "d’euros ne représente pas grand-chose pour Google, et ne la convainc pas forcément de changer ses pratiques.",
            money=[(2.2e8, "EUR")], actors=["Autorité de la concurrence", "Google"], dates=[], published="2022-09"),
    Passage("https://lanouvelletribune.info/2019/12/france-google-condamne-a-verser-une-amende-de-150-millions-e/",
            "Pour rappel, c’est en mai 2018 que Google a été condamné à une amende de 50 millions d’euros par la "
            "Commission nationale de l’informatique et des libertés (Cnil).",
            money=[(5e7, "EUR")], actors=["Google", "Commission nationale de l’informatique et des libertés", "Cnil"],
            dates=["2018-05"], published="2019-12"),
    Passage("https://chretiens.com/science-et-technologies/lautorite-de-la-concurrence-inflige-une-amende-de-150-"
            "millions-deuros-a-google/2019/12/20/08/22",
            "L’Autorité française de la concurrence a infligé une amende de 150 millions d’euros à Google, rapporte "
            "l’agence de presse Reuters.",
            money=[(1.5e8, "EUR")], actors=["Autorité française de la concurrence", "Google", "Reuters"], dates=[],
            published="2019-12-20"),
    Passage("https://ch.zonebourse.com/cours/action/OVH-GROUPE-127472031/actualite/OVH-Groupe-Le-prix-de-la-"
            "croissance-44239543/",
            "Sur les cinq dernières années, OVH a généré €1.1 milliard de cash-flows d'exploitation cumulés, mais investi "
            "€1.6 milliard dans ses immobilisations et €65 millions en acquisitions.",
            money=[(1.1e9, "EUR"), (1.6e9, "EUR"), (6.5e7, "EUR")], actors=["OVH"], dates=[]),
    # "l'exercice 2025" is the fiscal year named by its year
    Passage("https://www.boursorama.com/bourse/actualites/ovhcloud-octave-klaba-nomme-pdg-ca-annuel-en-hausse-"
            "bc87da1fc5baf8fee5c1307c5aef1b5c",
            "OVHcloud a annoncé une augmentation de 9,3% en données comparables de son chiffre d'affaires, qui s'élève à "
            "1,08 milliard d'euros pour l'exercice 2025, avec une marge de bénéfice avant intérêts, impôts, dépréciation "
            "et amortissement (Ebitda) ajustée de 40,4%.",
            money=[(1.08e9, "EUR")], percent=[9.3, 40.4], actors=["OVHcloud"], dates=["2025"]),
    # the Belgian Prime Minister's site; "le Microsoft Cloud" is a product
    Passage("https://www.premier.be/fr/microsoft-construit-trois-data-centers-en-belgique",
            "Selon IDC (International Data Corporation), le Microsoft Cloud contribuera à générer 31,5 milliards d'euros "
            "de revenus nouveaux et à créer plus de 60.000 emplois en Belgique au cours des quatre prochaines années.",
            money=[(3.15e10, "EUR")], actors=["IDC", "International Data Corporation"], dates=[]),
    Passage("https://trends.levif.be/economie/entreprises/didier-ongena-microsoft-l-actualite-politique-ne-pese-pas-sur-"
            "notre-decision-d-investissement/article-normal-1502409.html",
            "Le flou décisionnel de la Belgique n'a pas empêché Microsoft d'annoncer récemment un plan d'investissement de "
            "plus d'un milliard d'euros, pour aménager trois data centers dans notre pays.",
            money=[(1e9, "EUR")], actors=["Microsoft"], dates=[], published="2021-12"),
    # the page gives only the month, so "ce matin" is left out
    Passage("https://www.rtbf.be/info/regions/hainaut/detail_google-va-t-il-construire-un-nouveau-data-center-a-"
            "farciennes?id=10150809",
            "L'information a été dévoilée ce matin par nos confrères de la Libre Belgique qui semblent avoir bénéficié "
            "\"d'un vent favorable\" : l'entreprise Google envisage d'ouvrir un second centre de données en Wallonie.",
            actors=["Libre Belgique", "Google"], dates=[], published="2019-02"),
    # a fall "d’environ 40 %" written without a sign is 40
    Passage("https://www.lejournaldesentreprises.com/article/le-financement-des-start-up-connait-il-vraiment-la-crise-"
            "dans-les-pays-de-la-loire-2091195",
            "L’actualité récente en ce domaine nous a en effet poussés à interroger le monde des start-up. Car les experts "
            "sont formels : les levées de fonds se sont écroulées en 2023, d’environ 40 % sur un an, après deux années "
            "post-covid fastes.",
            percent=[40], dates=["2023"]),
    # the page gives no date, so "en juin" is left out
    Passage("https://www.informateurjudiciaire.fr/actualites/financement-20-me-investis-pour-abab/",
            "Créée en 2007 et couvrant les Pays de la Loire, l’association apporte aux créateurs ou repreneurs le temps, "
            "les capitaux et l’expérience de ses membres. Ayant pris la présidence d’Abab en juin à la suite d’Arnaud "
            "Jehenne, François Macé explique",
            actors=["Abab", "Arnaud Jehenne", "François Macé"], dates=["2007"]),
    # a copy of a newspaper article, which the page dates 24 June 2020
    Passage("https://documentation.onisep.fr/doc_num.php?explnum_id=45795",
            "Doctolib, qui a prospecté une dizaine d'autres villes, n'est pas le premier à s'intéresser à Nantes. Avant "
            "lui, le franco-américain Talend, expert de la qualification de données, ou la fintech Nickel ont, eux aussi, "
            "recruté sur place d'importants contingents d'informaticiens.",
            actors=["Doctolib", "Talend", "Nickel"], dates=[], published="2020-06-24"),
    # an interview; "TechTalk" is the programme
    Passage("https://www.informatiquenews.fr/cloud-souverain-et-cloud-de-confiance-reprendre-la-maitrise-de-sa-"
            "strategie-cloud-109836",
            "Pour en décrypter les implications, nous avons reçu sur le plateau TechTalk Cyril Corre, directeur de la "
            "transformation de Sigma, ESN familiale 100 % française forte de plus de 50 ans d’existence, devenue "
            "entreprise à mission en 2024.",
            percent=[100], actors=["Cyril Corre", "Sigma"], dates=["2024"], published="2026-03-10"),
    # "loi 1901" names a law, not a date
    Passage("https://www.nextinpact.com/article/49068/au-cigref-grandes-questions-strategie-migration-dun-si-dans-cloud",
            "Le Cigref (Club Informatique des Grandes Entreprises Françaises) est une association de loi 1901 créée en "
            "1970.",
            actors=["Cigref", "Club Informatique des Grandes Entreprises Françaises"], dates=["1970"]),
    # the French government's public-information site
    Passage("https://www.vie-publique.fr/en-bref/277784-depot-de-cookies-sans-consentement-de-lutilisateur-sanctions-cnil",
            "La décision à l'encontre de la société Amazon Europe Core et la décision à l'encontre des sociétés Google LLC "
            "et Google Ireland Limited ont été adoptées le 7 décembre 2020 par la formation restreinte de la CNIL.",
            actors=["Amazon Europe Core", "Google LLC", "Google Ireland Limited", "CNIL"], dates=["2020-12-07"]),
    Passage("https://www.dalloz-actualite.fr/node/amazon-google-des-sanctions-lourdes-pour-depot-de-icookiesi-"
            "publicitaires-sans-consentement-pre",
            "la Commission nationale de l’informatique et des libertés (CNIL) a prononcé deux sanctions concernant le "
            "traitement de données personnelles par des cookies : l’une à l’encontre d’Amazon, pour un montant de 35 "
            "millions d’euros, l’autre à l’encontre de deux sociétés de Google, "
            "pour un montant total de 100 millions d’euros.",
            money=[(3.5e7, "EUR"), (1e8, "EUR")],
            actors=["Commission nationale de l’informatique et des libertés", "CNIL", "Amazon", "Google"], dates=[]),
    Passage("https://www.clubic.com/actualite-506485-immersion-au-c-ur-du-dark-web-que-contient-il-en-2023-tous-les-"
            "dangers-reveles-en-images.html",
            "Plus de 50 % des sociétés françaises attaquées en 2022 ont payé une rançon.",
            percent=[50], dates=["2022"], published="2023-10"),
    Passage("https://www.europe1.fr/technologies/avec-son-nouveau-supercalculateur-la-france-espere-un-bond-en-"
            "intelligence-artificielle-3945136",
            "Ayant coûté la somme de 25 millions d'euros, ce supercalculateur permet à la France de rester dans la course "
            "au niveau mondial, même si elle est encore très loin des Etats-Unis ou de la Chine.",
            money=[(2.5e7, "EUR")], dates=[], published="2020-01"),
    # "Jean Zay" is the supercomputer (a machine)
    Passage("https://www.dataia.eu/communiques/reportage-paris-saclay-la-recette-de-la-france-pour-faire-naitre-des-"
            "champions-de-lia",
            "« En quelques années, nous sommes passés de 100 % de projets dédiés au calcul haute performance à seulement "
            "40 %. Actuellement, la majorité des usages de Jean Zay sont consacrés à l'IA », explique Pierre-François "
            "Lavallée",
            percent=[100, 40], actors=["Pierre-François Lavallée"], dates=[]),
    # "France 2030" is a plan
    Passage("https://www.rpf-france.org/single-post/l-état-finance-les-super-ordinateurs-du-futur",
            "Il est co-piloté par le CNRS, le CEA et l’Inria (Institut national de recherche en sciences et technologies du "
            "numérique). Ce projet est lancé dans le cadre de « France 2030 » à hauteur de 40,8 millions d’euros.",
            money=[(4.08e7, "EUR")],
            actors=["CNRS", "CEA", "Inria", "Institut national de recherche en sciences et technologies du numérique"],
            dates=[]),
    # published 2025-06, so "ce 11 juin" is 2025-06-11; VivaTech is an event
    Passage("https://www.generation-nt.com/actualites/jensen-huang-nvidia-vivatech-mistral-ia-2058953",
            "Blouson de cuir noir et discours de rock star. Jensen Huang, le charismatique patron de Nvidia, était sans "
            "conteste la grande vedette du salon VivaTech à Paris ce 11 juin.",
            actors=["Jensen Huang", "Nvidia"], dates=["2025-06-11"], published="2025-06"),
    # "130 millions" beside "32 millions d’euros" is euros
    Passage("https://lessentieldeleco.fr/3108-deeptech-ces-start-up-francaises-au-developpement-tres-prometteur",
            "SiPearl – le spécialiste français des semiconducteurs – a finalisé sa levée de fonds de 32 millions d’euros "
            "pour soutenir la production de ses microprocesseurs très haute performance et basse consommation destinés au super calcul et "
            "à l’IA, dans une enveloppe totale de 130 millions.",
            money=[(3.2e7, "EUR"), (1.3e8, "EUR")], actors=["SiPearl"], dates=[]),
]

# Annotated blind, by reading only, without any extraction run on its passages: the economics of it (company
# results and forecasts, acquisitions and mergers, market shares and studies by research firms and consultancies,
# investment plans, national and European budgets and programmes, jobs, public procurement) in French business,
# national, regional and trade press, Belgian, Swiss and Québec press, with releases (the French competition
# authority's annual report, a wire release, a consultancy's release) and an interview. `published` is the date the
# page or its address gives (None: none found); a day or month written without its year, or a relative date, is left
# out when `published` does not settle it.
HELD_OUT_21 = [
    Passage("https://influencia.net/?p=109936",
            "Son Groupe CMA CGM a remis vendredi 26 mai 2023 une promesse d’achat en vue de l’acquisition de 100% du "
            "capital du Groupe HIMA. La Tribune appartient à 72 % à ce groupe, lui-même détenu à 20 % par l’entrepreneur "
            "Jean-Christophe Tortora et 80 % par Franck Julien, patron du groupe de service aux entreprises Atalian.",
            percent=[100, 72, 20, 80],
            actors=["Groupe CMA CGM", "Groupe HIMA", "La Tribune", "Jean-Christophe Tortora", "Franck Julien", "Atalian"],
            dates=["2023-05-26"]),
    # published 2022-09-30: "en février" is 2022-02
    Passage("https://www.abcbourse.com/marches/le-tribunal-de-commerce-autorise-le-rachat-du-groupe-la-provence-par-cma-"
            "cgm_576826",
            "Cet épilogue s'entrevoyait déjà au terme du second appel d'offres lancé en février, quand les co-liquidateurs de "
            "GBT n'avaient retenu que l'offre de CMA CGM qui, avec une proposition à 81 millions d'euros, écrasait celle à 20 "
            "millions d'euros de Xavier Niel, le fondateur de Free.",
            money=[(8.1e7, "EUR"), (2e7, "EUR")], actors=["GBT", "CMA CGM", "Xavier Niel", "Free"], dates=["2022-02"],
            published="2022-09-30"),
    # published 2023-03: "En décembre dernier" is 2022-12
    Passage("https://datanews.levif.be/actualite/idc-sattend-a-moins-de-ventes-de-pc-que-prevu-initialement/",
            "En décembre dernier encore, IDC s’attendait à ce qu’en 2023, 429,5 millions de PC et de tablettes soient "
            "écoulés. A présent, l’analyste revoit sa prévision à la baisse de 26 millions, soit 11,2 pour cent d’appareils "
            "en moins par rapport à 2022.",
            percent=[11.2], actors=["IDC"], dates=["2022-12", "2023", "2022"], published="2023-03"),
    Passage("https://hardware.developpez.com/actu/349360/Les-livraisons-mondiales-de-PC-ont-baisse-de-9-pourcent-au-"
            "troisieme-trimestre-2023-apres-huit-trimestres-consecutifs-de-baisse-le-marche-des-PC-devrait-commencer-a-se-"
            "redresser-au-quatrieme-trimestre-2023/",
            "Les livraisons mondiales de PC ont totalisé 64,3 millions d'unités au troisième trimestre 2023, soit une baisse "
            "de 9 % par rapport au troisième trimestre 2022, selon les résultats préliminaires de Gartner.",
            percent=[9], actors=["Gartner"], dates=["2023-Q3", "2022-Q3"], published="2023-10"),
    # published 2022-11: "en septembre" is 2022-09; France 2030 is a plan
    Passage("https://www.affiches-parisiennes.com/france-2030-10-milliards-d-euros-investis-en-2022-idem-en-2023-116578.html",
            "En effet, en septembre, France 2030 avait déjà investi 8,4 milliards d’euros dans 1 752 projets innovants "
            "émanant de grandes entreprises, de PME, de startup, de collectivités et d’universités, sur tout le territoire "
            "au travers d’une cinquantaine d’appels à projet.",
            money=[(8.4e9, "EUR")], dates=["2022-09"], published="2022-11"),
    # "début 2022" is 2022
    Passage("https://innovations.fr/?p=22901",
            "Ce vaste programme de 54 milliards d'euros sur 5 ans, lancé début 2022 pour faire émerger les champions "
            "industriels de demain, se retrouve impacté par l'absence de loi de finances pour 2025.",
            money=[(5.4e10, "EUR")], dates=["2022", "2025"]),
    Passage("https://republik-it.fr/acteurs-it/logiciel/france-2030-deux-nouveaux-appels-a-projets-et-une-promotion-de-"
            "start-ups-french-tech.html",
            "Six verticales sectorielles ont été prises en compte : agriculture (14 % des lauréats), transition écologique "
            "(38 %), numérique (19 %), « nouvelles frontières » (spatial, quantique… 8 %), éducation (2 %) et santé (20 %).",
            percent=[14, 38, 19, 8, 2, 20], dates=[]),
    # "l’Etat" is the state, left out
    Passage("https://www.usinenouvelle.com/article/la-france-recree-des-usines-l-industrie-embauche-et-on-recycle-les-"
            "composites-les-sept-bonnes-nouvelles-de-la-semaine.N1166112",
            "Le groupe investit 68 millions d’euros, dont 34 millions d’euros sont financés par l’Etat, dans un nouveau "
            "bâtiment sur son site d'Amiens (Somme) qui abritera une nouvelle ligne de remplissage de vaccins anti-Covid "
            "dans des volumes unidoses, avec 200 emplois à la clé d’ici à cinq ans.",
            money=[(6.8e7, "EUR"), (3.4e7, "EUR")], dates=[], published="2021-12"),
    Passage("https://www.usinenouvelle.com/editorial/bilan-industriel-2019-il-s-ouvre-de-plus-en-plus-d-usines-en-"
            "france.N913614",
            "En 2019, quelque 115 sites industriels ont ouvert dans l’Hexagone : 70 nouvelles usines et 45 extensions de "
            "sites existants. L’Usine Nouvelle a recensé seulement 40 fermetures.",
            actors=["L’Usine Nouvelle"], dates=["2019"]),
    # published 2023-04 (the address)
    Passage("https://www.lavenir.net/regions/verviers/2023/04/17/trendy-foods-le-petit-grossiste-en-confiseries-a-bien-"
            "grandi-video-FKNOL77WBFDALIADFUBKWWBOWI/",
            "Bref, Trendy Foods est partout. Tellement partout que le chiffre d’affaires de l’entreprise s’élevait, en "
            "2022, à 1,5 milliard d’euros. Pas trop mal comme résultat.",
            money=[(1.5e9, "EUR")], actors=["Trendy Foods"], dates=["2022"], published="2023-04-17"),
    # "12 millions d’euros d’impôts" is money too
    Passage("https://lesgrandesfortunes.be/",
            "Celui-ci affiche un chiffre d’affaires de 244 millions d’euros et un cash-flow de 42 millions d’euros. Après 12 "
            "millions d’euros d’impôts, le bénéfice net s’élève à 23,8 millions d’euros. L’entreprise tire toujours 85 % "
            "de son chiffre d’affaires des festivals.",
            money=[(2.44e8, "EUR"), (4.2e7, "EUR"), (1.2e7, "EUR"), (2.38e7, "EUR")], percent=[85], dates=[]),
    # a release on a wire; "la 21e Rencontre alternée des premiers ministres" (RAPM) is an event
    Passage("https://www.lelezard.com/communique-21333358.html",
            "MONTRÉAL, le 12 avril 2024 /CNW/ - À l'occasion de la 21e Rencontre alternée des premiers ministres québécois "
            "et français (RAPM), lors de laquelle le premier ministre du Québec, François Legault, a accueilli le premier "
            "ministre de la République française, Gabriel Attal",
            actors=["CNW", "François Legault", "Gabriel Attal"], dates=["2024-04-12"], published="2024-04-12"),
    # "1 milliard $" is Canadian; a fiscal year "2020-2021" counts as its start
    Passage("https://www.journaldemontreal.com/2021/10/12/veritable-explosion-des-placements-prives",
            "Durant l’exercice financier 2020-2021, l’équipe de Placements privés d’IQ a effectué 80 interventions "
            "financières par l’entremise de ses fonds propres pour une valeur globale de plus de 1 milliard $, selon des "
            "données fournies.",
            money=[(1e9, "CAD")], actors=["IQ"], dates=["2020"], published="2021-10-12"),
    # "72 millions" beside "785 millions de francs" is Swiss francs
    Passage("https://www.lfm.ch/actualite/suisse/swisscom-benefice-semestriel-plombe-par-lamende-de-la-comco/",
            "Swisscom a bouclé les six premiers mois de 2022 sur un bénéfice net de 785 millions de francs, en repli de "
            "près d'un quart en rythme annuel. La performance semestrielle a été grevée par une amende de près de 72 "
            "millions infligée par la Commission de la concurrence (Comco) et d'autres effets exceptionnels.",
            money=[(7.85e8, "CHF"), (7.2e7, "CHF")], actors=["Swisscom", "Commission de la concurrence", "Comco"],
            dates=["2022-H1"]),
    # "1,2 milliard" beside "1,29 milliard de francs" is Swiss francs; the page gives no date, so "mardi" is left out
    Passage("https://www.lfm.ch/actualite/suisse/oerlikon-carbure-au-1er-semestre-et-releve-ses-previsions/",
            "Sur les six premiers mois de 2021, le groupe schwytzois a dégagé des entrées de commandes en forte hausse de "
            "19,3% sur un an à 1,29 milliard de francs, alors que le chiffre d'affaires a accéléré de 15,1% à 1,2 "
            "milliard, a annoncé la société mardi dans un communiqué.",
            money=[(1.29e9, "CHF"), (1.2e9, "CHF")], percent=[19.3, 15.1], dates=["2021-H1"]),
    # a Swiss daily's newsletter of 2024-09-03
    Passage("https://newslettercollector.nl/newsletter/un-horloger-jurassien-veut-accelerer-sa-croissance-aux-cotes-de-la-"
            "famille-arnault/?isIframe=true",
            "Le bénéfice opérationnel du gestionnaire d’actifs s’est amoindri de 6% à 605 millions de francs tandis que le "
            "résultat net a diminué de 8% à 508 millions.",
            money=[(6.05e8, "CHF"), (5.08e8, "CHF")], percent=[6, 8], dates=[], published="2024-09-03"),
    Passage("https://www.radiolac.ch/geneve/le-journal-le-temps-rachete-par-la-fondation-aventinus/",
            "La fondation Aventinus est déjà actionnaire de Heidi Media SA depuis décembre 2019, avec une part de 5,81% du "
            "capital.",
            percent=[5.81], actors=["fondation Aventinus", "Heidi Media SA"], dates=["2019-12"]),
    Passage("https://www.channelnews.fr/cloud-les-depenses-des-entreprises-ont-augmente-de-24-au-troisieme-trimestre-119115",
            "Les parts de marché des trois leaders sont respectivement de 34% pour AWS, 21% pour Microsoft et 11% pour "
            "Google, soit à eux trois 66% du marché mondial. Tous trois sont en progression d’un point de pourcentage "
            "depuis le troisième trimestre 2021.",
            percent=[34, 21, 11, 66], actors=["AWS", "Microsoft", "Google"], dates=["2021-Q3"], published="2022-10"),
    Passage("https://actualitecloud.com/aws-mene-le-marche-du-cloud-tandis-que-microsoft-se-rapproche-lentement/",
            "Selon les données récentes du Synergy Research Group, la part de marché d’Amazon dans le secteur mondial de "
            "l’infrastructure cloud s’est établie à 31 % au premier trimestre de 2024",
            percent=[31], actors=["Synergy Research Group", "Amazon"], dates=["2024-Q1"]),
    Passage("https://cloud-computing.developpez.com/actu/361533/Les-depenses-mondiales-en-services-d-infrastructure-cloud-"
            "ont-augmente-de-19-pourcent-au-deuxieme-trimestre-2024-pour-atteindre-78-2-milliards-de-dollars-US-selon-un-"
            "rapport-de-Canalys/",
            "Au deuxième trimestre 2024, les dépenses mondiales en services d'infrastructure cloud ont augmenté de 19 % en "
            "glissement annuel pour atteindre 78,2 milliards de dollars US.",
            money=[(7.82e10, "USD")], percent=[19], dates=["2024-Q2"]),
    # the regulator's annual report
    Passage("https://media.autoritedelaconcurrence.fr/adlc-bilan-activite-2023/aquia-dent-por-sunt-re-eum-comnis-maximolu",
            "Alors que les opérations de fusion-acquisition ont enregistré en 2023 une baisse en valeur de plus de 20 % dans "
            "le monde par rapport à l’année 2022, le nombre d’opérations contrôlées par l’Autorité a continué de "
            "progresser, passant de 257 dossiers en 2022, à 266 en 2023",
            percent=[20], actors=["Autorité"], dates=["2023", "2022", "2022", "2023"]),
    Passage("https://maddyness.com/2025/04/24/poppins-le-jeu-video-qui-vient-en-aide-aux-enfants-dyslexiques-leve-5-"
            "millions-deuros",
            "Aujourd’hui, la société annonce un tour de table de 5 millions d’euros mené par Racine, le fonds "
            "d’investissement à impact de la MGEN opéré par Serena et Makesense.",
            money=[(5e6, "EUR")], actors=["Racine", "MGEN", "Serena", "Makesense"], dates=[], published="2025-04-24"),
    Passage("https://www.frenchweb.fr/meta-30-milliards-de-dollars-sinon-rien-une-faille-juridique-qui-profite-a-uber-"
            "france-figma-brave-les-turbulences-pour-son-ipo/453480",
            "La licorne du design logiciel en ligne, valorisée 12,5 milliards de dollars en 2023, défie un marché refroidi "
            "par le report de plusieurs IPO majeures, dont celles de Klarna et Medline. L’ex-éventuelle cible d’Adobe (pour "
            "20 milliards de dollars) avance seule",
            money=[(1.25e10, "USD"), (2e10, "USD")],
            actors=["Klarna", "Medline", "Adobe"], dates=["2023"], published="2025-04"),
    Passage("https://www.france-hydrogene.org/magazine/un-ipcei-a-plus-de-5-milliards-pour-lhydrogene/?cn-reloaded=1",
            "Les États membres assureront un financement public pouvant aller jusqu’à 5,4 milliards d’euros, qui devraient "
            "stimuler 8,8 milliards d’euros supplémentaires d’investissements privés. Soit un total de 14,2 milliards "
            "d’euros.",
            money=[(5.4e9, "EUR"), (8.8e9, "EUR"), (1.42e10, "EUR")], dates=[]),
    Passage("https://europe-en-nouvelle-aquitaine.eu/fr/actualit%C3%A9s/la-commission-europeenne-autorise-loctroi-daides-"
            "detat-au-secteur-hydrogene.html",
            "Au niveau national, dix entreprises seront financées par la France. Celles-ci déploieront des projets dans les "
            "domaines suivants: gigafactories d’électrolyseurs alcalins (McPhy et John Cockerill), électrolyseurs PEM "
            "(Elogen), électrolyseurs haute température (Genvia), réservoirs d’hydrogène (Faurecia et Plastic Omnium)",
            actors=["McPhy", "John Cockerill", "Elogen", "Genvia", "Faurecia", "Plastic Omnium"], dates=[]),
    # an interview; "41,7" beside "3 millions d’euros" is millions of euros
    Passage("https://www.7jours.fr/?p=77034",
            "Notre chiffre d’affaires a été multiplié par 10 (de 3 millions d’euros en 2019 à 41,7 en 2021, Ndlr). C’est "
            "avec cette même réactivité que nous avons dû gérer la diminution des commandes dès 2022 et la "
            "restructuration.",
            money=[(3e6, "EUR"), (4.17e7, "EUR")], dates=["2019", "2021", "2022"]),
    # published 2020-11-24, so "l’an dernier" is 2019
    Passage("https://www.lapresse.ca/affaires/entreprises/2020-11-24/profits-en-hausse-de-30-pour-couche-tard.php",
            "Les revenus de Couche-Tard se sont chiffrés à 10,7 milliards US, en baisse de 22,1 % par rapport au même "
            "trimestre l’an dernier.",
            money=[(1.07e10, "USD")], percent=[22.1], actors=["Couche-Tard"], dates=["2019"],
            published="2020-11-24"),
    Passage("https://lesgrandesfortunes.be/actualite/nouveau-nouveau-super-dividende-de-35-millions-deuros-pour-la-famille-"
            "van-thillo",
            "Epifin, la holding par laquelle la famille Van Thillo contrôle la société de médias DPG Media Group, versera un "
            "dividende de 35 millions d’euros pour l’année 2024. Le dividende cumulé depuis 2012, année où Epifin a "
            "commencé à verser des dividendes, s’élève désormais à 409 millions d’euros bruts.",
            money=[(3.5e7, "EUR"), (4.09e8, "EUR")], actors=["Epifin", "DPG Media Group"], dates=["2024", "2012"]),
    # "332,7 millions" and "8 milliards" beside "7,217 milliards d'euros" are euros; "un an plus tôt" is relative and left out
    Passage("https://plus.lesoir.be/359557/article/2021-03-08/resultats-2020-tres-solides-pour-dieteren-qui-augmente-"
            "fortement-son-dividende",
            "L'indicateur-clé de performance du groupe, le résultat consolidé ajusté avant impôts, a progressé de 11,2% pour "
            "s'établir à 332,7 millions. Cela malgré une baisse de 10,1% du chiffre d'affaires du groupe, à 7,217 milliards "
            "d'euros, contre plus de 8 milliards un an plus tôt.",
            money=[(3.327e8, "EUR"), (7.217e9, "EUR"), (8e9, "EUR")], percent=[11.2, 10.1], dates=[],
            published="2021-03-08"),
    # the page gives no date, so no relative date here; "le PSE" is a plan
    Passage("https://ojim.fr/plan-social-au-point",
            "La création de 18 postes dans l’IA et le numérique permettra certains reclassements. Si les pertes des deux "
            "dernières années sont supérieures à 11M€, 2025 avec le coût du PSE restera sans doute dans le rouge, la "
            "direction table sur un quasi équilibre en 2026.",
            money=[(1.1e7, "EUR")], dates=["2025", "2026"]),
    Passage("http://jeunediplome.net/defaillances-dentreprises-plans-sociaux-restructurations-une-maree-montante",
            "« Nous devrions atteindre environ 65 000 procédures au total à fin 2024 », estime François-Charles Desprat, "
            "président du Conseil national des administrateurs judiciaires et des mandataires judiciaires.",
            actors=["François-Charles Desprat",
                    "Conseil national des administrateurs judiciaires et des mandataires judiciaires"],
            dates=["2024"]),
    Passage("https://maisondelautomobile.be/industrie/opportunites-relance-emploi-filiere-automobile-francaise/",
            "Une étude réalisée par le cabinet Roland Berger pour la Plateforme automobile (PFA) et la Direction générale "
            "des entreprises (DGE) met en évidence les opportunités liées à la sous-traitance automobile en France.",
            actors=["Roland Berger", "Plateforme automobile", "PFA", "Direction générale des entreprises", "DGE"],
            dates=[]),
    # published 2023-06-23 (the address), a Friday, so "vendredi" is that day
    Passage("https://www.zonebourse.com/cours/action/BMW-AG-56358353/actualite/Etude-du-BCG-l-industrie-automobile-"
            "europeenne-perd-du-terrain-44173539/?utm_medium=RSS&utm_content=20230623",
            "Si la part de marché mondiale passait de 26 à 24 pour cent d'ici 2040, 300 000 emplois seraient perdus et la "
            "performance économique diminuerait de 37 milliards d'euros, ont écrit les experts du secteur dans une étude "
            "publiée vendredi.",
            money=[(3.7e10, "EUR")], percent=[26, 24], dates=["2040", "2023-06-23"], published="2023-06-23"),
    # published 2022-11-29, so "L’an dernier" is 2021
    Passage("https://www.lagazettedescommunes.com/838582/un-niveau-record-pour-la-commande-publique-en-2021/",
            "L’Observatoire économique de la commande publique (OECP) a rendu publics des chiffres sans précédent. Une "
            "tendance à la hausse confirmée par Intercommunalités de France et son baromètre de la commande publique. L’an "
            "dernier, les marchés publics ont représenté près de 152 milliards d’euros.",
            money=[(1.52e11, "EUR")],
            actors=["Observatoire économique de la commande publique", "OECP", "Intercommunalités de France"],
            dates=["2021"], published="2022-11-29"),
    Passage("https://egfbtp.com/recensement-des-marches-publics-2021-en-demi-teinte",
            "Ces données révèlent une augmentation globale du nombre de marchés publics et du montant total alloué par "
            "rapport à 2020 : 185 766 marchés lancés en 2021 contre 169 060 en 2020, correspondant à 128 Mds € dépensés en "
            "2021 contre 111 Mds € en 2020.",
            money=[(1.28e11, "EUR"), (1.11e11, "EUR")], dates=["2020", "2021", "2020", "2021", "2020"]),
    Passage("https://territorial.zepros.fr/actualites/65-commande-publique-premier-semestre-2022",
            "Le premier semestre 2022 connaît une progression de +6,5% de la commande publique, en comparaison avec 2021, "
            "soit 51,2 Md€.",
            money=[(5.12e10, "EUR")], percent=[6.5], dates=["2022-H1", "2021"]),
    # a consultancy's release; a span "Entre janvier et décembre 2023" counts as its start
    Passage("https://www.deloitte.com/ch/fr/about/press-room/m-and-a-activity-of-swiss-sme-2024.html",
            "Entre janvier et décembre 2023, 211 opérations ont été réalisées (contre 244 en 2022), ce qui correspond à un "
            "reflux de 13,5%. C’est ce que révèle l’actuelle étude Deloitte sur l’activité M&A des PME suisses.",
            percent=[13.5], actors=["Deloitte"], dates=["2023-01", "2022"]),
    Passage("https://largeur.com/?p=15545",
            "Fabio Ronga est CEO et co-fondateur de Beqom, société spécialisée dans les ressources humaines basée à Nyon "
            "comptant plus de 300 employés. Déjà établie à l’international, l’entreprise nyonnaise a été rachetée par le "
            "fonds d’investissement américain Sumeru en 2022 pour 300 millions de dollars",
            money=[(3e8, "USD")], actors=["Fabio Ronga", "Beqom", "Sumeru"], dates=["2022"]),
    Passage("https://www.boursier.com/actions/actualites/news/stmicroelectronics-signera-lundi-les-contrats-de-subvention-"
            "pour-la-nouvelle-usine-de-semi-conducteurs-a-crolles-902486.html",
            "L'investissement total s'élève à près de 7,5 milliards d'euros, avec l'objectif d'augmenter les capacités de "
            "production française de 620.000 plaques de semi-conducteurs par an à l'horizon 2028. Le projet permettra "
            "d'ajouter pratiquement 6% de nouvelles capacités de production à la capacité européenne existante.",
            money=[(7.5e9, "EUR")], percent=[6], dates=["2028"]),
    # "3,9 milliards" beside "64,2 milliards d’euros" is euros, and "47,2 milliards" beside "3,2 milliards d’euros"
    Passage("https://www.agefi.fr/news/economie-marches/le-budget-2024-laisse-entier-le-defi-du-desendettement",
            "Plusieurs postes régaliens ont été bien revalorisés, comme l’éducation, qui voit son budget grimper de 3,9 "
            "milliards à 64,2 milliards d’euros, et la défense, qui recevra 3,2 milliards d’euros de plus pour atteindre "
            "47,2 milliards.",
            money=[(3.9e9, "EUR"), (6.42e10, "EUR"), (3.2e9, "EUR"), (4.72e10, "EUR")], dates=[],
            published="2023-09"),
    Passage("https://www.actu-juridique.fr/fiscalite/droit-fiscal/finances-publiques/que-retenir-de-la-loi-de-finances-"
            "pour-2024/",
            "La loi de finances fixe, pour 2024, le déficit budgétaire de l’État à 146,9 Md€ (165 Md€ en 2023) et évalue "
            "son besoin de financement à 295,8 Md€ contre 310,3 Md€ en 2023.",
            money=[(1.469e11, "EUR"), (1.65e11, "EUR"), (2.958e11, "EUR"), (3.103e11, "EUR")],
            dates=["2024", "2023", "2023"], published="2024-01"),
    # published 2023-02-07 (the address), a Tuesday, so "mardi" is that day; "924 millions" is Swiss francs
    Passage("https://www.zonebourse.com/actualite-bourse/Pictet-Cie-se-maintient-en-2022-depart-de-Bertrand-Demole--"
            "42916911/?utm_medium=RSS&utm_content=20230207",
            "Le chiffre d'affaires s'est contracté de 2% à 3,19 milliards de francs suisses, écrit l'établissement genevois "
            "mardi dans un communiqué. Le résultat d'exploitation a progressé de 1% à 924 millions.",
            money=[(3.19e9, "CHF"), (9.24e8, "CHF")], percent=[2, 1], dates=["2023-02-07"], published="2023-02-07"),
    Passage("https://www.letemps.ch/economie/2021-annee-stellaire-gestion-fortune",
            "Surtout, ces profits ont parfois augmenté de 48% pour Vontobel, voire de 55% pour Julius Baer ou même de 75% "
            "pour Pictet. Le leader mondial de la spécialité, UBS, a pour sa part attiré 107 milliards de dollars d’argent "
            "frais (99 milliards de francs), pour un bénéfice net en hausse de 14%, à 7,5 milliards de dollars.",
            money=[(1.07e11, "USD"), (9.9e10, "CHF"), (7.5e9, "USD")], percent=[48, 55, 75, 14],
            actors=["Vontobel", "Julius Baer", "Pictet", "UBS"], dates=[]),
]

# Annotated blind, by reading only, without any extraction run on its passages: digital sovereignty through the
# companies of the French digital sector (cloud providers, software publishers, IT services firms, cybersecurity
# firms, AI start-ups, telecom operators), their rounds, acquisitions, results, contracts and people, in French
# national, regional and trade press, Belgian, Swiss-edition and Québec pages, with official pages (the French
# government's release) and interviews. `published` is the date the page or its address gives (None: none
# found); a day or month written without its year, or a relative date, is left out when `published` does not
# settle it.
HELD_OUT_22 = [
    # published 2025-10-21 (the address), so "ce 20 octobre" is 2025-10-20
    Passage("https://www.maddyness.com/2025/10/21/ovhcloud-octave-klaba-reprend-la-main-a-peine-un-an-apres-larrivee-"
            "dun-nouveau-dg",
            "Pas facile d’exister dans l’ombre d’Octave Klaba. Benjamin Revcolevschi, directeur général d’OVHcloud "
            "depuis un an, l’a appris à ses dépens. En effet, le conseil d’administration du groupe nordiste, réuni ce "
            "20 octobre, a décidé de mettre fin à son mandat à la tête de la société française.",
            actors=["Octave Klaba", "Benjamin Revcolevschi", "OVHcloud"], dates=["2025-10-20"],
            published="2025-10-21"),
    # "au premier trimestre" has no year and the page gives no date: left out
    Passage("https://www.frenchweb.fr/ovhcloud-veut-changer-dechelle-et-revendique-desormais-une-ambition-europeenne/"
            "459865",
            "OVHcloud a réalisé 275 millions d’euros de chiffre d’affaires au premier trimestre, affichant une "
            "croissance organique de 6 %. Le groupe compte aujourd’hui plus de 1,6 million de clients, opère 46 data "
            "centers et emploie environ 3 000 collaborateurs.",
            money=[(2.75e8, "EUR")], percent=[6], actors=["OVHcloud"], dates=[]),
    # "(311,4)" and the others beside "376,5 millions d’euros" are millions of euros
    Passage("https://www.channelnews.fr/les-multiples-de-valorisation-des-esn-francaises-ont-recule-en-2023-136472",
            "Les ESN ayant effectué le plus d’acquisitions en France sont Magellan Partners et Accenture (9 "
            "transactions chacune), Koesio (8) et Xefi (5). En termes de chiffre d’affaires, ce sont Sopra Steria "
            "(376,5 millions d’euros), Accenture (311,4), CGI (245,9), Koesio (172,8) et Magellan Partners (155,3).",
            money=[(3.765e8, "EUR"), (3.114e8, "EUR"), (2.459e8, "EUR"), (1.728e8, "EUR"), (1.553e8, "EUR")],
            actors=["Magellan Partners", "Accenture", "Koesio", "Xefi", "Sopra Steria", "CGI"], dates=[]),
    # "entre 2019 et 2023" counts as its start; the page gives no date, so "l'an dernier" is left out
    Passage("https://distributique.com/actualites/lire-retour-sur-5-annees-d-evolution-en-matiere-de-rachats-d-esn-"
            "35250.html",
            "Une étude de Crescendo Finance et de PAC recense les acquisitions de 382 ESN françaises entre 2019 et "
            "2023. En hausse jusqu'en 2022, le nombre de vente et les multiples de valorisation se sont repliés l'an "
            "dernier.",
            actors=["Crescendo Finance", "PAC"], dates=["2019", "2022"]),
    # « Grand-Angle ESN & ICT » is a survey
    Passage("https://www.silicon.fr/esn-ssii-2020-top-10-france-352918.html",
            "Adaptation, résilience, mutation, relance… KPMG et Syntec Numérique emploient, dans le compte rendu de "
            "leur enquête annuelle « Grand-Angle ESN & ICT », un vocabulaire emblématique de la crise sanitaire.",
            actors=["KPMG", "Syntec Numérique"], dates=[], published="2020-12"),
    Passage("https://www.silicon.fr/esn-ssii-2020-top-10-france-352918.html",
            "Un chiffre ressortait : sur l’ensemble des répondants, la croissance organique médiane en 2018 s’élevait "
            "à 18 % (contre 13 % en 2017).",
            percent=[18, 13], dates=["2018", "2017"], published="2020-12"),
    Passage("https://decideurs-immo.com/finance/58490-mistral-ai-realise-une-nouvelle-levee-de-fonds-et-entre-dans-"
            "la-cour-des-grands-2.html",
            "l’entreprise française spécialisée dans l’intelligence artificielle, Mistral AI, à l’appui d’un "
            "développement tonitruant, boucle un troisième tour de table de 600 millions d’euros pour atteindre une "
            "valorisation de près de 6 milliards d’euros.",
            money=[(6e8, "EUR"), (6e9, "EUR")], actors=["Mistral AI"], dates=[]),
    Passage("https://www.channelnews.fr/les-operateurs-ont-baisse-leurs-depenses-dinvestissement-en-2022-pour-la-"
            "premiere-fois-en-sept-ans-125300",
            "Si les investissements ont baissé, les revenus des opérateurs ont quant à eux progressé de 2% pour "
            "s’établir à 36,7 Md€. C’est la seconde année de hausse consécutive après 10 ans de baisse et elle est "
            "portée entièrement par le marché mobile.",
            money=[(3.67e10, "EUR")], percent=[2], dates=[]),
    # a daily for local officials, its edition of Friday 26 May 2023
    Passage("https://maire-info.com/amenagement-numerique-du-territoire/connectivite-des-territoires-l'arcep-fait-le-"
            "bilan-de-l'effort-porte-par-les-operateurs-en-2022-article-27546",
            "les opérateurs de communications électroniques et les opérateurs d’infrastructures de téléphonie mobile "
            "(towercos) ont engagé 14,6 milliards d’euros en 2022. « Ces montants diminuent de 1,8 % en un an, mais "
            "conservent un niveau élevé, supérieur aux investissements réalisés chaque année avant 2021 » , commente "
            "l’Arcep.",
            money=[(1.46e10, "EUR")], percent=[1.8], actors=["Arcep"], dates=["2022", "2021"],
            published="2023-05-26"),
    Passage("https://www.latribune.fr/technos-medias/informatique/face-a-la-domination-americaine-et-la-deferlante-"
            "de-l-ia-le-gouvernement-veut-pousser-le-cloud-francais-993570.html",
            "L'objectif est de créer davantage de liens entre fournisseurs cloud (OVH, Scaleway, Outscale, Orange) et "
            "développeurs de logiciels d'IA, « et de fédérer plus largement l'ensemble des acteurs privés du cloud "
            "avec la recherche et les centres de calcul public », a précisé le cabinet de Marina Ferrari",
            actors=["OVH", "Scaleway", "Outscale", "Orange", "Marina Ferrari"], dates=[], published="2024-03"),
    # published 2019-07 (a month only), so "mercredi" is left out
    Passage("https://www.latribune.fr/technos-medias/intelligence-artificielle-bruno-le-maire-precise-la-strategie-"
            "francaise-822567.html",
            "Pour fixer une feuille de route de l'IA version française, Bruno Le Maire a signé mercredi un manifeste "
            "avec huit grands acteurs du secteur: Air Liquide, Dassault Aviation, EDF, Renault, Safran, Thales, Total "
            "et Valeo, afin d'avancer sur la question cruciale du partage de données",
            actors=["Bruno Le Maire", "Air Liquide", "Dassault Aviation", "EDF", "Renault", "Safran", "Thales", "Total", "Valeo"],
            dates=[], published="2019-07"),
    # "1,5 milliard", "100 millions" and "500 millions" beside "786 millions d'euros" are euros; the plans are
    # programmes
    Passage("https://www.journaldunet.com/web-tech/cloud/1506457-plan-ia-2-1-milliards-de-plus-pour-soutenir-l-ia/",
            "Un montant qui se répartit entre 1,5 milliard de financement public (issus du Plan d'Investissement "
            "d'Avenir et du plan France 2030), 100 millions d'aide européenne et 500 millions issus du privé. La plus "
            "grosse part de cette seconde enveloppe, soit 786 millions d'euros, sera dédiée à l'éducation",
            money=[(1.5e9, "EUR"), (1e8, "EUR"), (5e8, "EUR"), (7.86e8, "EUR")], dates=[], published="2021-11"),
    # Québec press: "dollars" are Canadian; "le gouvernement du Québec" is a state's government, left out; published
    # 2021-03-18, a Thursday, so "jeudi" is that day
    Passage("https://www.lapresse.ca/affaires/entreprises/2021-03-18/pret-de-55-millions-et-730-nouveaux-emplois-a-"
            "montreal-pour-appdirect.php",
            "Le gouvernement du Québec prêtera 54,8 millions de dollars à l’entreprise américaine de commerce "
            "infonuagique AppDirect Canada. Cet investissement donnera lieu à la création de 730 emplois à Montréal "
            "sur une période de cinq ans, a affirmé le premier ministre du Québec en conférence de presse jeudi après-midi.",
            money=[(5.48e7, "CAD")], actors=["AppDirect Canada"], dates=["2021-03-18"], published="2021-03-18"),
    Passage("https://www.lapresse.ca/affaires/2021-03-11/mirego-l-intrigante-acquisition-de-premier-tech.php",
            "Avec cette transaction, Premier Tech devient ainsi l’actionnaire à 70 % de Mirego. Les sept associés de "
            "Mirego, qui continueront à travailler au sein de l’entreprise, gardent 30 % des actions. Mirego, qui "
            "garde son nom et son équipe de direction, continuera d’être exploitée de façon indépendante.",
            percent=[70, 30], actors=["Premier Tech", "Mirego"], dates=[], published="2021-03-11"),
    # "10.693 millions" is 10 693 millions (a dot as thousands separator)
    Passage("http://bourseanalysis.fr/news/8299/Atos_a_replanifi%C3%A9_la_publication_de_ses_r%C3%A9sultats_annuels",
            "Atos a replanifié la publication de ses résultats annuels complets au 20 mars 2024 car les auditeurs du "
            "groupe, Deloitte et Grant Thornton, n’ont pas finalisé leurs travaux d’audit sur l’impairment du "
            "goodwill. En attendant, Atos a publié un CA 2023 de 10.693 millions d’euros, en croissance organique de 0,4%.",
            money=[(1.0693e10, "EUR")], percent=[0.4], actors=["Atos", "Deloitte", "Grant Thornton"],
            dates=["2024-03-20", "2023"]),
    # "+170 points de base" is not a percentage
    Passage("http://bourseanalysis.fr/news/8299/Atos_a_replanifi%C3%A9_la_publication_de_ses_r%C3%A9sultats_annuels",
            "Aussi, la Marge opérationnelle est ressortie à 4,4% (467 millions d’euros), en progression organique de "
            "+170 points de base.",
            money=[(4.67e8, "EUR")], percent=[4.4], dates=[]),
    # "SecNumCloud 3.2" is a qualification's version
    Passage("https://www.clubic.com/actualite-591883-dassault-aviation-bascule-vers-le-cloud-souverain-francais-bleu-"
            "a-la-sauce-microsoft.html",
            "Bleu, de son côté, est actuellement en pleine course vers la qualification SecNumCloud 3.2 de l'ANSSI. Ce "
            "sésame, le plus exigeant en France pour les infrastructures cloud, garantit trois choses.",
            actors=["Bleu", "ANSSI"], dates=[]),
    # a cloud provider's column on a trade site
    Passage("https://acteurspublics.fr/articles/souverainete-ce-qui-fait-delle-la-clef-de-la-decennie-du-cloud-et-du-"
            "multi-cloud",
            "IDC affirme que la valeur du marché mondial du cloud augmentera de 53 milliards de dollars en 2020 à 560 "
            "milliards de dollars en 2030, faisant du secteur du cloud l’égal de celui des télécoms aujourd’hui.",
            money=[(5.3e10, "USD"), (5.6e11, "USD")], actors=["IDC"], dates=["2020", "2030"]),
    # regional press (Nouvelle-Aquitaine)
    Passage("https://www.aqui.media/article/tehtris-cybersecurite-quand-les-barbouzes-croisent-les-vcs",
            "Une levée de 10 M€ permet de renforcer les fonds propres et de faire entrer ACE Management (fonds lié au "
            "ministère des Armées, désormais rattaché à Tikehau Capital), CNP, des investisseurs régionaux et Thierry "
            "Letailleur, ex-dirigeant d’ACE.",
            money=[(1e7, "EUR")],
            actors=["ACE Management", "ministère des Armées", "Tikehau Capital", "CNP", "Thierry Letailleur", "ACE"],
            dates=[]),
    # "44 millions" and "64 millions" beside "20 millions d’euros" are euros; "Deux ans plus tard" is relative, left
    # out
    Passage("https://lessentieldeleco.fr/2961-2961",
            "En 2020, elle lève 20 millions d’euros. Deux ans plus tard, rebelote avec un tour de table à 44 millions, "
            "mené par Jolt Capital, avec la bénédiction de Tikehau, CNP Assurances et du fonds régional Naco. 64 "
            "millions injectés pour faire émerger un champion européen de la cybersécurité.",
            money=[(2e7, "EUR"), (4.4e7, "EUR"), (6.4e7, "EUR")],
            actors=["Jolt Capital", "Tikehau", "CNP Assurances", "Naco"], dates=["2020"]),
    # an interview: the answer of eShard's chief executive (regional press)
    Passage("https://objectifaquitaine.latribune.fr/business/2021-07-26/les-objets-connectes-qui-nous-entourent-sont-"
            "autant-de-portes-d-entree-pour-des-cyberattaques-889353.html",
            "Nous sommes une trentaine de salariés principalement à Pessac, près de Bordeaux, et Marseille mais nous "
            "avons aussi une antenne à Singapour. On fait 85 % de notre business à l'international",
            percent=[85], dates=[], published="2021-07-26"),
    # the same interview
    Passage("https://objectifaquitaine.latribune.fr/business/2021-07-26/les-objets-connectes-qui-nous-entourent-sont-"
            "autant-de-portes-d-entree-pour-des-cyberattaques-889353.html",
            "Concrètement, on fournit à nos clients, qui sont des grands noms de la tech tels que Google, Thales, Visa "
            "ou Qualcomm, une suite logicielle qui leur permet de tester leurs puces par rapport aux myriades "
            "d'attaques potentielles.",
            actors=["Google", "Thales", "Visa", "Qualcomm"], dates=[], published="2021-07-26"),
    Passage("https://www.frenchweb.fr/hyperscalers-contre-clusters-gpu-le-cloud-europeen-sous-pression-infomaniak-"
            "veut-changer-dechelle/460714",
            "Face à ces hyperscalers, les acteurs européens du cloud ont longtemps occupé des positions plus modestes. "
            "Des entreprises comme OVHcloud, Scaleway ou l’allemand IONOS Cloud ont construit des alternatives "
            "crédibles, mais sans atteindre l’échelle industrielle des géants américains.",
            actors=["OVHcloud", "Scaleway", "IONOS Cloud"], dates=[], published="2026-03-11"),
    Passage("https://legalplanet.pro/reconnaissance-faciale-des-personnes-en-ligne-20-millions-deuros-contre-clearview-ai",
            "La CNIL a sanctionné la société Clearview.ai d’une amende de 20 millions d’euros, assortie d’une "
            "astreinte de 100 000 euros par jour de retard au-delà de deux mois.",
            money=[(2e7, "EUR"), (1e5, "EUR")], actors=["CNIL", "Clearview.ai"], dates=[]),
    # published 2022-03, so "en janvier" is 2022-01; "la French Tech" is the start-up scene here
    Passage("https://www.latribune.fr/technos-medias/innovation-et-start-up/doctolib-leve-500-millions-d-euros-pour-"
            "recruter-3-500-personnes-en-cinq-ans-906202.html",
            "Doctolib devient la startup la mieux valorisée de la French Tech, à 5,8 milliards d'euros. La pépite "
            "parisienne bat ainsi le record de Back Market (5,1 milliards d'euros), qui avait lui-même en janvier "
            "battu le record de Qonto (4,4 milliards d'euros)",
            money=[(5.8e9, "EUR"), (5.1e9, "EUR"), (4.4e9, "EUR")], actors=["Doctolib", "Back Market", "Qonto"],
            dates=["2022-01"], published="2022-03"),
    # "entre 100 et 200 euros" is a range: its low value; the SBF 120 is an index
    Passage("https://www.agefi.fr/corporate/actualites/quotidien/20220316/doctolib-decroche-titre-convoite-licorne-"
            "francaise-339883",
            "Doctolib, dont la valorisation le rendrait éligible à l’indice SBF 120 s’il était coté, revendique autour "
            "de 150.000 professionnels de santé clients. Ceux-ci paient entre 100 et 200 euros par mois pour utiliser "
            "les services de la plateforme",
            money=[(100, "EUR")], actors=["Doctolib"], dates=[], published="2022-03-16"),
    Passage("https://bfmbusiness.bfmtv.com/entreprise/doctolib-est-devenue-une-licorne-francaise-1655792.html",
            "Le fonds d'investissement américain General Atlantic est ainsi entré dans le capital de la société, "
            "tandis que les actionnaires déjà présents - Bpifrance, Eurazeo, Kernel, Accel - ont remis au pot.",
            actors=["General Atlantic", "Bpifrance", "Eurazeo", "Kernel", "Accel"], dates=[]),
    # published 2019-03-27 (the address), so "le 19 mars" is 2019-03-19
    Passage("https://app.brief.eco/article/2019-03-27-373-licorne",
            "La société française spécialisée dans la prise de rendez-vous médicaux en ligne Doctolib est devenue une "
            "« licorne » en annonçant, le 19 mars, que sa valorisation dépassait le milliard d’euros, après avoir "
            "réalisé une nouvelle levée de fonds de 150 millions d’euros.",
            money=[(1e9, "EUR"), (1.5e8, "EUR")], actors=["Doctolib"], dates=["2019-03-19"], published="2019-03-27"),
    # a Belgian regional television's site; "180 millions" beside "deux milliards d’euros" is euros
    Passage("https://tvcom.be/info/economie/la-valeur-dodoo-depasse-deux-milliards-deuros/28881",
            "En l’occurence, Odoo est une licorne à deux têtes ou à deux cornes (ou une double licorne, toujours selon "
            "le jargon du milieu), puisque sa valeur vient de dépasser les deux milliards d’euros après le rachat "
            "d’actions existantes pour 180 millions par le fonds d’investissement américain Summit Partners.",
            money=[(2e9, "EUR"), (1.8e8, "EUR")], actors=["Odoo", "Summit Partners"], dates=[]),
    Passage("https://trends.levif.be/economie/entreprises/fabien-pinckaers-ceo-d-odoo-le-visionnaire-numerique-"
            "wallon/article-normal-1356529.html",
            "\"Le Covid aura bien un impact sur notre société, admet son patron et fondateur, Fabien Pinckaers. Mais "
            "très limité: au lieu des 65% de croissance que l'on ambitionnait de réaliser en 2020, on sera plutôt aux "
            "alentours de 50%.\" Une croissance qu'envient beaucoup d'entrepreneurs.",
            percent=[65, 50], actors=["Fabien Pinckaers"], dates=["2020"], published="2020-11"),
    # an interview: the answer of Odoo's chief executive
    Passage("https://trends.levif.be/entreprises/managers/fabien-pinckaers-odoo-le-monde-va-mieux-quon-ne-le-pense/",
            "Nous allons continuer à croître de 50% pendant de nombreuses années. Notre part de marché est inférieure "
            "à 0,1%, cela nous laisse une belle marge de progression parce que nous pouvons toucher toutes les PME "
            "dans le monde.",
            percent=[50, 0.1], dates=[]),
    Passage("https://trends.levif.be/entreprises/quel-bien-fait-odoo-a-la-belgique/",
            "Plusieurs actionnaires, dont Noshaq et Wallonie Entreprendre, ont revendu une partie de leurs actions à "
            "quelques grands noms du business international : notamment CapitalG – le fonds d’Alphabet (maison mère de "
            "Google) – et Sequoia Capital.",
            actors=["Noshaq", "Wallonie Entreprendre", "CapitalG", "Alphabet", "Google", "Sequoia Capital"],
            dates=[]),
    # "de l'ordre de 4% à 50%" is a range: its low value; "il y a 20 ans" is relative and the page gives no date
    Passage("https://www.lecho.be/opinions/edito/edito/Edito-Odoo-doit-entrainer-la-tech-belge-dans-son-sillage/10575019",
            "Créée il y a 20 ans, Odoo pèse désormais 5 milliards d'euros . Spécialisée dans les logiciels "
            "d'entreprise open source, la société a connu une croissance continue, de l'ordre de 4% à 50% par an. Elle "
            "vise le milliard d'euros de chiffre d'affaires en 2026.",
            money=[(5e9, "EUR"), (1e9, "EUR")], percent=[4], actors=["Odoo"], dates=["2026"]),
    # Québec press: "521,5 millions" and "369,4 millions" beside "1,50 $" are Canadian dollars
    Passage("https://www.lapresse.ca/affaires/entreprises/2022-02-03/cgi-commence-2022-en-force.php",
            "Le bénéfice d’exploitation (BAII ajusté) a atteint 521,5 millions, en hausse de 5,2 % sur un an. Quant au "
            "bénéfice net, il s’est élevé à 369,4 millions, ou 1,50 $ par action, en hausse de 12,8 % par rapport au "
            "trimestre correspondant en 2021",
            money=[(5.215e8, "CAD"), (3.694e8, "CAD"), (1.5, "CAD")], percent=[5.2, 12.8], dates=["2021"],
            published="2022-02-03"),
    # a law firm's blog; "Avis 23-A-08" is a reference number
    Passage("https://blog.avocats.deloitte.fr/cloud-lautorite-de-la-concurrence-rend-son-avis-sur-la-concurrence-du-"
            "secteur",
            "Le 29 juin 2023, l’Autorité de la concurrence (ADLC) a rendu un avis portant sur le fonctionnement "
            "concurrentiel de l’informatique en nuage (« cloud ») (Avis 23-A-08 du 29 juin 2023).",
            actors=["Autorité de la concurrence", "ADLC"], dates=["2023-06-29", "2023-06-29"]),
    Passage("https://www.silicon.fr/cloud-public-credits-frais-sortie-autorite-de-la-concurrence-468974.html",
            "Gare à Bleu et S3NS ? L’Autorité de la concurrence se montre vigilante à l’égard de ces joint-ventures. "
            "Elle en fait part dans un avis sur le secteur du cloud*.",
            actors=["Bleu", "S3NS", "Autorité de la concurrence"], dates=[], published="2023-06"),
    # the company's release of 21 November 2024
    Passage("https://webdisclosure.fr/press-release/lighton-annonce-le-vif-succes-de-son-introduction-en-bourse-sur-"
            "euronext-growth-paris-c00r9FwZL1s",
            "Augmentation de capital de 11,9 M€ après exercice de la Clause d’Extension et susceptible d’être porté à "
            "13,5 M€ en cas d’exercice intégral de l’Option de Surallocation (l’ « Offre »)",
            money=[(1.19e7, "EUR"), (1.35e7, "EUR")], dates=[], published="2024-11-21"),
    Passage("https://webdisclosure.fr/press-release/lighton-annonce-le-vif-succes-de-son-introduction-en-bourse-sur-"
            "euronext-growth-paris-c00r9FwZL1s",
            "Igor CARRON et Laurent DAUDET, co-CEOs et co-fondateurs de LightOn, déclarent :",
            actors=["Igor CARRON", "Laurent DAUDET", "LightOn"], dates=[], published="2024-11-21"),
    # an interview's introduction; "un an après" is relative, left out
    Passage("https://www.journaldunet.com/intelligence-artificielle/1545763-igor-carron",
            "Igor Carron est le président directeur général et cofondateur de LightOn. Il revient pour le JDN sur la "
            "stratégie de l'entreprise un an après l'IPO en novembre 2024.",
            actors=["Igor Carron", "LightOn", "JDN"], dates=["2024-11"]),
    # published 2023-03-16 (the address), so "l'an dernier" is 2022
    Passage("https://www.zonebourse.com/cours/action/ILIAD-4765/actualite/Iliad-benefice-net-en-hausse-de-44-1-en-"
            "2022-43258868/?utm_medium=RSS&utm_content=20230316",
            "Le groupe de Xavier Niel, retiré de la cote, a enregistré un chiffre d'affaires consolidé de 8,37 "
            "milliards d'euros, en croissance de 10,3% sur un an, dépassant l'objectif de 8 milliards d'euros de "
            "revenus annoncé l'an dernier.",
            money=[(8.37e9, "EUR"), (8e9, "EUR")], percent=[10.3], actors=["Xavier Niel"], dates=["2022"],
            published="2023-03-16"),
    # a wire on a Swiss-edition finance site; the page gives no date, so "Le mois dernier" is left out
    Passage("https://www.zonebourse.com/cours/action/VODAFONE-GROUP-PLC-15867071/actualite/Iliad-benefice-net-en-"
            "baisse-en-2023-en-depit-du-forte-croissance-46168561/",
            "Le mois dernier, Iliad et NJJ, holding de Xavier Niel, ont acquis 19,8% du groupe suédois Tele2, un des "
            "principaux opérateurs en Suède et dans les pays baltes, pour un montant d'environ 1,16 milliard d'euros.",
            money=[(1.16e9, "EUR")], percent=[19.8], actors=["Iliad", "NJJ", "Xavier Niel", "Tele2"], dates=[]),
    Passage("https://www.journaldeleconomie.fr/Free-recrute-plus-d-abonnes-que-les-autres-operateurs_a12185.html",
            "Iliad avait proposé 11,25 milliards d'euros pour acheter la filiale italienne de Vodafone. Mais le groupe "
            "britannique a rejeté l'offre, jugée pas suffisamment importante.",
            money=[(1.125e10, "EUR")], actors=["Iliad", "Vodafone"], dates=[], published="2023-03"),
    # a staff union's site; the address gives the year
    Passage("https://inetum.fieci-cfecgc.org/2024/le-fardeau-des-acquisitions-atos-inetum-meme-scenario",
            "Cette offre publique d’acquisition de Gfi Informatique sur Realdolmen fut d’ailleurs un succès "
            "retentissant avec 88,92% de titres apportés à l’offre, surpassant largement l’objectif de 75% que s’était "
            "assigné Gfi !",
            percent=[88.92, 75], actors=["Gfi Informatique", "Realdolmen", "Gfi"], dates=[], published="2024"),
    # the government's own release, published 09/09/2021, so "ce jour" is that day; the forum (FIC) is an event
    Passage("https://www.gouvernement.fr/cybersecurite-le-gouvernement-lance-trois-appels-a-projets-visant-a-"
            "soutenir-le-developpement-de",
            "Cédric O, Secrétaire d’État chargé de la transition numérique et des communications électroniques était "
            "en visite ce jour à Lille au Forum International de la Cybersécurité (FIC), évènement phare réunissant "
            "l’ensemble des acteurs de la cybersécurité, tant en France qu’au niveau européen et international.",
            actors=["Cédric O"], dates=["2021-09-09"], published="2021-09-09"),
    # the same release; the investment programme is a plan
    Passage("https://www.gouvernement.fr/cybersecurite-le-gouvernement-lance-trois-appels-a-projets-visant-a-"
            "soutenir-le-developpement-de",
            "Au total, avec ces trois appels à projets, plus de 250 M€ de financements publics issus du quatrième "
            "programme d’investissement d’avenir seront mobilisés.",
            money=[(2.5e8, "EUR")], dates=[], published="2021-09-09"),
    # "11'112 millions" uses the Swiss thousands separator
    Passage("https://www.tradingsat.com/actualites/informations-societes/swisscom-vise-un-ca-de-111-a-112-mds-de-chf-"
            "1056151.html",
            "Le chiffre d'affaires du Groupe a reculé de 0,6% en 2022 à 11'112 millions de CHF par rapport à 2021. Il "
            "est en hausse de 1,0% à taux de change constants.",
            money=[(1.1112e10, "CHF")], percent=[0.6, 1.0], dates=["2022", "2021"], published="2023-02"),
    Passage("https://ch.zonebourse.com/barons-bourse/CHRISTOPH-AESCHLIMANN-15468/actualites/Swisscom-nomme-"
            "Aeschlimann-a-la-tete-de-l-entreprise-les-elements-exceptionnels-gonflent-le-be-37729618/",
            "Le résultat d'exploitation consolidé avant dépréciation et amortissement (EBITDA) a augmenté de 2,2% à "
            "4,48 milliards de francs suisses en 2021, y compris les éléments non récurrents.",
            money=[(4.48e9, "CHF")], percent=[2.2], dates=["2021"]),
]

# Annotated blind, by reading only, without any extraction run on these passages. Every passage is quoted
# from the article at its address; `published` is the date that page gives (None: none found).
HELD_OUT_23 = [
    # "hier" is relative and the page gives no date, so it is left out
    Passage("https://vipress.net/?p=48392",
            "Les États membres fourniront jusqu’à 8,1 milliards d’euros de financement public, ce qui devrait débloquer "
            "13,7 milliards d’euros supplémentaires d’investissements privés. Soit au total 21,8 milliards d’euros. Dans "
            "le cadre de ce PIIEC, 56 entreprises entreprendront 68 projets",
            money=[(8.1e9, "EUR"), (1.37e10, "EUR"), (2.18e10, "EUR")], dates=[]),
    Passage("https://be.fi-group.com/fr/jusqua-81-milliards-deuros-pour-le-deuxieme-ipcei-dans-le-domaine-de-la-"
            "microelectronique-ipcei-me-ct/",
            "Cela s’ajoute aux 5 autres IPCEI qui ont été évalués précédemment par la Commission : deux sur les batteries, "
            "deux sur l’hydrogène (IPCEI Hy2Tech et IPCEI Hy2Use) et le premier IPCEI sur la microélectronique, approuvé "
            "en 2018 avec un budget de 1,75 milliard d’euros.",
            money=[(1.75e9, "EUR")], actors=["Commission"], dates=["2018"], published="2023-06-20"),
    Passage("https://www.silicon.fr/jules-verne-france-eurohpc-468338.html",
            "Le coût total d’acquisition est estimé à 334,8 M€. Auxquels s’ajouteront 206,9 M€ de coûts d’exploitation. "
            "Soit un budget total de 541,7 M€. L’UE apportera 50 % de ce montant. La France, représentée au consortium "
            "par le GENCI et le CEA, injectera l’essentiel du reste : 263 M€ en l’occurrence.",
            money=[(3.348e8, "EUR"), (2.069e8, "EUR"), (5.417e8, "EUR"), (2.63e8, "EUR")], percent=[50],
            actors=["UE", "GENCI", "CEA"], dates=[], published="2023-06"),
    Passage("https://www.informatiquenews.fr/leurope-veut-devenir-une-puissance-de-calcul-62250",
            "EuroHPC est une structure juridique et financière qui a été créée en novembre 2018 et restera opérationnelle "
            "jusqu’à la fin de 2026 qui met en commun les ressources de 25 pays européens dont la mission est de mettre en "
            "œuvre une infrastructure de supercalcul.",
            actors=["EuroHPC"], dates=["2018-11", "2026"]),
    Passage("https://www.nextinpact.com/lebrief/48203/supercalculateurs-eurohpc-ju-fete-sa-premiere-annee-dautonomie",
            "C’est en effet le 23 septembre 2020 que l’European High-Performance Computing Joint Undertaking (ou entreprise "
            "commune européenne de calcul à haute performance) obtenait « son autonomie vis-à-vis de la Commission "
            "européenne, lui permettant de fonctionner par ses propres moyens et de définir son propre budget ».",
            actors=["European High-Performance Computing Joint Undertaking",
                    "entreprise commune européenne de calcul à haute performance", "Commission européenne"],
            dates=["2020-09-23"], published="2021-09"),
    Passage("https://electroniques.biz/mil-aero/airbus-affiche-de-solides-resultats-pour-2021",
            "« Nous avons enregistré des résultats annuels remarquables », a déclaré Guillaume Faury, Président exécutif "
            "d’Airbus. Le chiffre d’affaires de l’avionneur s’élève effectivement à 52,1 milliards d’euros en 2021, soit "
            "une progression de 4%. Cette amélioration est le reflet de la hausse des livraisons d’avions : 611 en 2021 "
            "contre 566 en 2020.",
            money=[(5.21e10, "EUR")], percent=[4], actors=["Guillaume Faury", "Airbus"],
            dates=["2021", "2021", "2020"]),
    Passage("http://www.perspectivesmed.ma/airbus-ameliore-son-chiffre-daffaires-la-perte-contenue-a-1-6-mrd-deuros-en-"
            "2019/",
            "Le chiffre d’affaires consolidé progresse à 70,5 milliards d’euros (2018 : 63,7 milliards d’euros), reflétant "
            "essentiellement la hausse des livraisons et un mix favorable au sein d’Airbus, ainsi que, dans une moindre "
            "mesure, l’évolution favorable des taux de change.",
            money=[(7.05e10, "EUR"), (6.37e10, "EUR")], actors=["Airbus"], dates=["2018"], published="2020-02"),
    Passage("https://e-voltaire.fr/2024/07/15/airbus-vend-et-livre-presque-deux-fois-plus-que-boeing",
            "Le géant européen a livré 323 avions durant les six premiers mois de l’année, soit 2 % de plus qu’au cours de "
            "la même période l’an dernier. Au mois de juin, il a livré 67 appareils.",
            percent=[2], dates=["2024-H1", "2023", "2024-06"], published="2024-07-15"),
    Passage("https://www.zonebourse.com/THALES-4715/actualite/Thales-A-suivre-aujourd-hui-28335315/?utm_medium=RSS&"
            "utm_content=20190402",
            "Thales a finalisé l'acquisition de Gemalto pour 4,8 milliards d'euros, ce qui donne \"naissance à un Groupe "
            "d'une nouvelle envergure, un leader mondial en identité et sécurité numériques\".",
            money=[(4.8e9, "EUR")], actors=["Thales", "Gemalto"], dates=[], published="2019-04-02"),
    # "Chips Act" is a programme
    Passage("https://www.brefeco.com/actualite/electrique-electronique/stmicroelectronics-et-globalfoundries-assures-dune-"
            "aide-publique",
            "Le ministre de l'Economie, Bruno Le Maire, a donné le montant de l'aide d'État accordée à la nouvelle usine de "
            "semi-conducteurs de ST Microelectronics et GlobalFoundries à Crolles, près de Grenoble : 2,9 milliards "
            "d'euros. Ce projet à 7,5 milliards d'euros s'inscrit dans le cadre du Chips Act",
            money=[(2.9e9, "EUR"), (7.5e9, "EUR")],
            actors=["Bruno Le Maire", "ST Microelectronics", "GlobalFoundries"], dates=[]),
    # "Choose France" is an event; "l’Etat français" is a state
    Passage("https://www.cnews.fr/france/2022-07-11/stmicro-et-globalfoundries-vont-construire-une-usine-de-57-"
            "milliards-deuros",
            "A l'occasion du sommet «Choose France», qui se tient ce lundi 11 juillet au Chateau de Versailles, les géants "
            "franco-italien STMicro et américain GlobalFoundries ont indiqué qu'ils allaient investir en Isère, avec un "
            "«soutien financier important de l’Etat français».",
            actors=["STMicro", "GlobalFoundries"], dates=["2022-07-11"], published="2022-07-11"),
    # a lawyers' bulletin of EU decisions; "(28 avril)" has no year and the page gives no date, so it is left out
    Passage("https://dbfbruxelles.eu/france-aides-detat-puces-electroniques-autorisation-decision-de-la-commission-"
            "leb-1005",
            "La Commission européenne a autorisé un régime d’aides français de 7,4 milliards d’euros à STMicroelectronics "
            "et GlobalFoundries pour construire une nouvelle usine de puces électroniques en France (28 avril)",
            money=[(7.4e9, "EUR")], actors=["Commission européenne", "STMicroelectronics", "GlobalFoundries"],
            dates=[]),
    # "mardi 8 février" has no year and the page gives no date, so it is left out; "Chips Act" is a plan
    Passage("https://callways.fr/avec-le-chips-act-leurope-veut-se-donner-les-moyens-de-ses-ambitions-dans-les-puces",
            "La Commission européenne présente, mardi 8 février, son plan Chips Act qui vise à doubler le poids de l’Europe "
            "dans la production de puces électroniques d’ici 2030. Il marque un tournant majeur dans la politique "
            "industrielle de Bruxelles dans ce secteur clé. Les moyens mobilisés dépassent 40 milliards d'euros en 10 ans.",
            money=[(4e10, "EUR")], actors=["Commission européenne"], dates=["2030"]),
    # the range "à partir de 2022 jusqu’en 2025" counts as its start
    Passage("https://www.nextinpact.com/lebrief/48192/le-gouvernement-annonce-renforcement-hub-france-gaia-x",
            "Le Hub ouvre son comité de pilotage à l’Institut Mines-Telecom, Inria et Numéum (fusion de Syntec Numérique et "
            "Tech In France). De plus, la France « reconduira l’Appel à projets « Plateformes numériques et mutualisation "
            "de données » à partir de 2022 jusqu’en 2025 au moins",
            actors=["Institut Mines-Telecom", "Inria", "Numéum", "Syntec Numérique", "Tech In France"],
            dates=["2022"], published="2021-09"),
    # "ce jeudi" is not settled by a month; Gaia-X is named here as a project
    Passage("https://www.latribune.fr/technos-medias/4-questions-pour-comprendre-gaia-x-le-projet-de-cloud-europeen-"
            "849440.html",
            "Après 18 mois de négociations, la France et l'Allemagne officialisent ce jeudi le lancement du projet de cloud "
            "européen. Baptisé Gaia-X, cet écosystème de services doit voir le jour début 2021.",
            dates=["2021"], published="2020-06"),
    Passage("https://datanews.levif.be/ict/magazine/l-europe-souhaite-son-propre-service-cloud/article-normal-"
            "1216013.html",
            "De grandes entreprises comme Bosch, SAP, Deutsche Telekom, Deutsche Bank et Siemens seront impliquées dans le "
            "développement, de même que d'autres partenaires européens, dont la France.",
            actors=["Bosch", "SAP", "Deutsche Telekom", "Deutsche Bank", "Siemens"], dates=[]),
    Passage("https://www.newtechconsult.ch/post/gaia-x-le-cloud-europ%C3%A9en",
            "Le 4 juin 2020, les ministres Bruno Le Maire et Peter Altmaier officialisent la création de Gaia-X, avec "
            "l’ambition de conserver une souveraineté européenne sur les données tout en évitant un isolement technologique "
            "de type silo...",
            actors=["Bruno Le Maire", "Peter Altmaier", "Gaia-X"], dates=["2020-06-04"]),
    # a wire dispatch of Monday 2020-06-22
    Passage("https://www.gestionsociale.fr/afp/nokia-veut-supprimer-un-tiers-des-effectifs-dalcatel-lucent/",
            "PARIS, 22 juin 2020 (AFP) – L’équipementier télécoms finlandais Nokia, qui veut « réduire ses coûts », a "
            "annoncé lundi la suppression en France de 1.233 emplois de sa filiale Alcatel-Lucent, soit un tiers des "
            "effectifs de cette entreprise dans l’Hexagone",
            actors=["AFP", "Nokia", "Alcatel-Lucent"], dates=["2020-06-22", "2020-06-22"], published="2020-06-22"),
    # "ce mardi 9 mai" has no year and the page gives no date, so it is left out
    Passage("https://syndicoop.info/nouveau-plan-social-chez-nokia-france-173-salaries-menaces",
            "Nokia confirme ce mardi 9 mai à « Marianne » le lancement d’un projet de rupture conventionnelle collective au "
            "sein de sa filiale Alcatel en France. Les 173 postes visés pourraient s’ajouter aux 1 800 suppressions déjà "
            "enregistrées au sein de la société depuis son rachat par le groupe finlandais en 2015.",
            actors=["Nokia", "Marianne", "Alcatel"], dates=["2015"]),
    # "+2,5 points" is a change in percentage points, not a percentage
    Passage("https://www.boursorama.com/bourse/actualites/asml-ne-presente-pas-d-objectifs-du-fait-de-l-incertitude-"
            "liee-au-covid-19-465c1653eeb8a2c5c7b61526dce1dd79",
            "Au premier trimestre, il a généré un bénéfice net de 391 millions d'euros contre 355 millions d'euros un an "
            "plus tôt. Le résultat opérationnel est lui passé de 334 millions à 427 millions d'euros, soit une marge de "
            "17,5% (+2,5 points).",
            money=[(3.91e8, "EUR"), (3.55e8, "EUR"), (3.34e8, "EUR"), (4.27e8, "EUR")], percent=[17.5], dates=[]),
    # published 2021-07, so "Au deuxième trimestre de cette année" is 2021-Q2
    Passage("https://datanews.levif.be/ict/actualite/le-fabricant-neerlandais-de-machines-a-puces-asml-voit-son-carnet-"
            "de-commandes-quasiment-doubler/article-news-1450159.html",
            "Au deuxième trimestre de cette année, ASML a enregistré pratiquement un doublement de son carnet de commandes. "
            "En raison de la pénurie sur le marché des puces, nombre d'entreprises se lancent dans des projets d'extension "
            "et de rénovation, ce qui se traduit par un montant de quelque 8,3 milliards d'euros de commandes.",
            money=[(8.3e9, "EUR")], actors=["ASML"], dates=["2021-Q2"], published="2021-07"),
    # "7 milliards de chiffre d'affaires" of a Belgian firm is read as euros
    Passage("https://www.rtl.be/actu/belgique/societe/vous-avez-ete-victime-de-probleme-avec-proximus-nest-pas-parfait-"
            "sexcuse-le/2025-03-16/article/742820",
            "Guillaume Boutin est le \"grand patron\" de Proximus, l'une des entreprises de télécom belges. Et pour celles "
            "et ceux qui ne le savent pas, Proximus, ce sont cinq millions de clients mobile, 2,3 millions de clients "
            "Internet et 1,7 millions de clients à la télévision... et quelque 7 milliards de chiffre d'affaires.",
            money=[(7e9, "EUR")], actors=["Guillaume Boutin", "Proximus"], dates=[], published="2025-03-16"),
    # the company's release of 2022-04-29: "au cours du mois de juin" is 2022-06, "la fin de l'année" 2022
    Passage("https://www.zonebourse.com/cours/action/PROXIMUS-SA-5983/actualite/Proximus-Resultats-financiers-du-"
            "Groupe-Proximus-Premier-trimestre-de-2022-40196595/?utm_medium=RSS&utm_content=20220429",
            "909.000 foyers et entreprises sont désormais raccordés à notre technologie fibre et nous devrions franchir la "
            "barre symbolique de 1 million au cours du mois de juin. Nous sommes donc en bonne voie d'atteindre notre "
            "objectif de couverture de 22 % du pays d'ici la fin de l'année.",
            percent=[22], dates=["2022-06", "2022"], published="2022-04-29"),
    # an interview
    Passage("https://trends.levif.be/economie/entreprises/guillaume-boutin-revient-sur-ses-deux-ans-a-la-tete-de-"
            "proximus/article-normal-1543011.html",
            "En décembre 2019, il prenait la succession de Dominique Leroy, qui avait annoncé peu avant sa nomination au "
            "poste de CEO de l'opérateur néerlandais KPN - une fonction qu'elle n'a finalement jamais exercée après des "
            "révélations concernant des transactions sur actions.",
            actors=["Dominique Leroy", "KPN"], dates=["2019-12"], published="2022-04"),
    # an interview, published 2021-02, so "l'an dernier" is 2020; "271,5 millions" beside "10 millions d'euros" is euros
    Passage("https://trends.levif.be/economie/politique-economique/olivier-vanderijst-sriw-n-oublions-pas-nos-champions-"
            "ceux-qui-tirent-l-economie-vers-le-haut/article-normal-1388027.html",
            "Les chiffres sont éloquents: la SRIW (Société régionale d'investissement de Wallonie) a investi l'an dernier "
            "271,5 millions (dont 138 en capital) dans 114 entreprises wallonnes. Parmi ces investissements, cinq dépassent "
            "les 10 millions d'euros.",
            money=[(2.715e8, "EUR"), (1.38e8, "EUR"), (1e7, "EUR")],
            actors=["SRIW", "Société régionale d'investissement de Wallonie"], dates=["2020"], published="2021-02"),
    Passage("https://trends.levif.be/economie/politique-economique/wallonie-entreprendre-le-nouvel-outil-economique-de-la-"
            "region-wallonne/article-normal-1619269.html",
            "Ce nouvel outil concentre désormais dans ses mains des participations dans plus de 600 entreprises pour un "
            "total de 4,1 milliards d'euros. WE devrait injecter environ 900 millions d'euros par an dans les entreprises "
            "wallonnes que ce soit en prêt, en capital ou en garantie.",
            money=[(4.1e9, "EUR"), (9e8, "EUR")], actors=["WE"], dates=[], published="2023-01"),
    Passage("https://lequotidien.lu/a-la-une/google-a-bissen-au-point-mort",
            "Le géant de la tech a dû patienter ainsi trois ans pour être sûr de pouvoir s’implanter sur les 33 hectares de "
            "la localité Luxembourg et investir le milliard d’euros prévu. Il faut dire que le projet est pharaonique. Le "
            "site consommera 7 % de l’électricité du pays par exemple.",
            money=[(1e9, "EUR")], percent=[7], dates=[]),
    # "hier" is relative and the page gives no date; "la Chambre" is the parliament
    Passage("https://lequotidien.lu/a-la-une/google-a-bissen-au-point-mort",
            "Le ministre de l’Économie, Franz Fayot, a été interrogé hier à la Chambre par le député CSV Laurent Mosar au "
            "sujet de l’installation du data center de Google à Bissen.",
            actors=["Franz Fayot", "Chambre", "CSV", "Laurent Mosar", "Google"], dates=[]),
    # a parliamentary question; LinkedIn is named as a social network (a product)
    Passage("https://csv.lu/questions-parlementaires/est-ce-que-monsieur-le-premier-ministre-a-discute-du-projet-dun-"
            "centre-de-donnees-a-bissen-avec-les-representants-de-google",
            "Dans un post posté sur le réseau social professionnel LinkedIn, Monsieur le Premier ministre s’est félicité ce "
            "mercredi 15 mars 2023 d’une entrevue fructueuse avec l’entreprise américaine Google",
            actors=["Google"], dates=["2023-03-15"]),
    # Canadian "$"; "Le fédéral" and "Le gouvernement Legault" are governments
    Passage("https://www.gorimouski.com/actualites-nationale/quebec-accorde-29-milliards-$-pour-seduire-northvolt/17440",
            "Le fédéral allouera jusqu’à un maximum de 1,34 milliard $ au projet. Le gouvernement Legault, pour sa part, "
            "accorde 1,37 milliard $ de capitaux dans le projet. Québec ajouterait aussi jusqu’à 1,5 milliard $ sous forme "
            "d’incitatif à la production dans un délai de «cinq à neuf ans».",
            money=[(1.34e9, "CAD"), (1.37e9, "CAD"), (1.5e9, "CAD")], dates=[], published="2023"),
    # "271 millions" beside "231 millions $" is Canadian dollars
    Passage("https://www.journaldequebec.com/2023/09/27/northvolt-au-quebec--demain-sera-une-grande-journee-pour-"
            "leconomie-du-quebec-dit-legault",
            "En effet, Québec prêterait 231 millions $ pour l’achat du terrain de l’ancienne usine d’explosifs de la "
            "Canadian Industries Limited (CIL), près de Montréal. Une participation de 271 millions en Capital-Action "
            "suivrait.",
            money=[(2.31e8, "CAD"), (2.71e8, "CAD")], actors=["Canadian Industries Limited", "CIL"], dates=[],
            published="2023-09-27"),
    Passage("https://www.journaldequebec.com/2023/11/16/au-tour-de-la-caisse-dinvestir-dans-northvolt-a-coup-de-200-m",
            "Après le 1,37 milliard de dollars du gouvernement québécois d'aides de toutes sortes, c’est au tour de la "
            "Caisse de dépôt et placement (CDPQ) d’investir 200 M$ dans Northvolt, sous forme de dette convertible dans la "
            "société mère en Suède.",
            money=[(1.37e9, "CAD"), (2e8, "CAD")], actors=["Caisse de dépôt et placement", "CDPQ", "Northvolt"],
            dates=[], published="2023-11-16"),
    # published Wednesday 2020-01-29, so "mercredi" is that day and "le 31 décembre" is 2019-12-31
    Passage("https://www.journaldequebec.com/2020/01/29/hausse-des-revenus-mais-baisse-des-profits-pour-cgi",
            "La firme informatique a rapporté mercredi des revenus de 3,05 milliards $ pour la période de trois mois close "
            "le 31 décembre, en hausse de 3,1 % comparativement au trimestre correspondant de l'exercice précédent.",
            money=[(3.05e9, "CAD")], percent=[3.1], dates=["2020-01-29", "2019-12-31"], published="2020-01-29"),
    # the company's release
    Passage("https://swisscom.ch/fr/about/news/2022/10/27-report-q3-2022.html",
            "Le chiffre d’affaires du groupe a reculé de 1,4% pour atteindre CHF 8 225 millions. À taux de change "
            "constants, il aurait légèrement augmenté (+0,3%). Avec CHF 6 152 millions, le chiffre d’affaires de l’activité "
            "principale en Suisse est resté stable.",
            money=[(8.225e9, "CHF"), (6.152e9, "CHF")], percent=[1.4, 0.3], dates=[], published="2022-10-27"),
    Passage("https://swisscom.ch/fr/about/news/2024/05/02-report-q1-2024.html",
            "Le résultat d’exploitation consolidé avant amortissements (EBITDA) a légèrement baissé, de 0,8%, pour passer à "
            "CHF 1155 mio. Hors effets exceptionnels et à taux de change constants, il en résulte un recul de 1,5%. La marge "
            "EBITDA a augmenté, passant de 42,4% à 42,7%.",
            money=[(1.155e9, "CHF")], percent=[0.8, 1.5, 42.4, 42.7], dates=[], published="2024-05-02"),
    # "90 points de base" is not a percentage; "mardi soir" is not settled by a page date
    Passage("https://www.radiolac.ch/actualite/suisse/logitech-releve-ses-ambitions-annuelles-apres-un-trimestre-reussi",
            "Le chiffre d'affaires a progressé de 7% à 1,34 milliard de dollars, a indiqué le valdo-californien mardi soir. A "
            "taux de changes constants, la progression des ventes est de 6%. La marge brute ajustée (non Gaap) s'est "
            "améliorée de 90 points de base à 43,2%.",
            money=[(1.34e9, "USD")], percent=[7, 6, 43.2], dates=[]),
    # "De janvier à septembre" has no year and the page gives no date
    Passage("https://www.lfm.ch/actualite/suisse/nestle-avec-des-recettes-en-repli-sur-neuf-mois",
            "De janvier à septembre, le chiffre d'affaires de la multinationale a reculé de 2,4% sur un an à 67,1 milliards "
            "de francs, annonce Nestlé jeudi dans un communiqué. La croissance organique s'est inscrite à 2%, tandis que la "
            "croissance interne réelle (RIG) a atteint 0,5%.",
            money=[(6.71e10, "CHF")], percent=[2.4, 2, 0.5], actors=["Nestlé"], dates=[]),
    # "le cap du milliard d’euros" is an amount too
    Passage("https://www.channelnews.fr/sap-acceleration-dans-le-cloud-en-2019-94430",
            "L’éditeur de Walldorf a enregistré au cours du quatrième trimestre une croissance de 35% de ses revenus "
            "provenant du cloud, dépassant ainsi le cap du milliard d’euros (1,09 milliard d’euros) sur trois mois. Le "
            "trimestre clôturait ainsi une année où les ventes cloud ont bondi de 39% pour atteindre 6,93 milliards d’euros.",
            money=[(1e9, "EUR"), (1.09e9, "EUR"), (6.93e9, "EUR")], percent=[35, 39], dates=[]),
    # published 2020-07, so "Le 30 juin" is 2020-06-30
    Passage("https://www.channelnews.fr/sap-resiste-bien-a-la-crise-98289",
            "Le 30 juin, dopé par le cloud dont les revenus IFRS grimpent de 21% à 2,04 milliards d’euros, le chiffre "
            "d’affaires progresse de 2% à 6,74 milliards d’euros. Les revenus issus du cloud et des licences logicielles "
            "augmentent de 4% à 5,71 milliards d’euros.",
            money=[(2.04e9, "EUR"), (6.74e9, "EUR"), (5.71e9, "EUR")], percent=[21, 2, 4], dates=["2020-06-30"],
            published="2020-07"),
    # published 2022-05-13, so "à fin mars" is 2022-03
    Passage("https://pme.ch/latest-news/2022/05/13/deutsche-telekom-objectifs-releves-apres-un-t1-performant",
            "Le bénéfice net part du groupe à fin mars est ressorti à 3,95 milliards d'euro (4,12 milliards de francs), "
            "faisant plus que quadrupler sur un an.",
            money=[(3.95e9, "EUR"), (4.12e9, "CHF")], dates=["2022-03"], published="2022-05-13"),
    # "l'État allemand" is a state
    Passage("https://www.magazine-decideurs.com/news/timotheus-hoettges-deutsche-telekom-le-connecte-convaincu",
            "Né en 1962, Timotheus Höttges est PDG de Deutsche Telekom AG depuis janvier 2014. Sous sa direction, le "
            "mastodonte des télécommunications basé à Bonn - détenu pour un tiers par l'État allemand - est devenu le plus "
            "grand fournisseur en Europe.",
            actors=["Timotheus Höttges", "Deutsche Telekom AG"], dates=["1962", "2014-01"], published="2021-09"),
    Passage("https://www.channelnews.fr/ericsson-va-supprimer-1-400-emplois-122484",
            "Ce plan de départs « volontaires » a pour but pour « d’accélérer les améliorations de coûts », annonce la "
            "société, avec une réduction de 9 milliards de couronnes suédoises (soient 819 millions d’euros environ) prévue "
            "pour la fin 2023, dont 70% proviendront des marchandises vendues",
            money=[(9e9, "SEK"), (8.19e8, "EUR")], percent=[70], dates=["2023"], published="2023-02"),
    # published Thursday 2026-01-15, so "jeudi" is that day
    Passage("https://www.boursorama.com/bourse/actualites/ericsson-va-supprimer-1-600-emplois-en-suede-"
            "48f85b19a71be0fd3b099cb4ba52d2f9",
            "Le groupe d'équipements de télécommunications Ericsson a annoncé jeudi prévoir de supprimer quelque 1.600 "
            "emplois en Suède.",
            actors=["Ericsson"], dates=["2026-01-15"], published="2026-01-15"),
    # the span "de 2010 à 2019" counts as its start
    Passage("https://www.lalibre.be/economie/conjoncture/enquetes-interminables-amendes-minimales-plaintes-qui-n-"
            "aboutissent-a-rien-l-antitrust-europeen-epingle-par-la-cour-des-comptes-5fb795acd8ad586f51e422b7",
            "Les amendes infligées par la Commission européenne aux entreprises ayant des pratiques anti-concurrentielles "
            "sont parmi les plus élevées au monde : de 2010 à 2019, la Commission en a ainsi infligé pour 28,5 milliards "
            "d'euros.",
            money=[(2.85e10, "EUR")], actors=["Commission européenne", "Commission"], dates=["2010"],
            published="2020-11"),
    # "2,4 milliards" beside "14,8 milliards d’euros" is euros
    Passage("https://paradisfj.info/Concurrence-les-dernieres-confidences-de-Margrethe-Vestager.html",
            "Les sanctions prononcées sont loin d’être anodines, rappelle-t-elle : Google s’est vu infliger une amende 2,4 "
            "milliards, et Apple de 14,8 milliards d’euros (avec les intérêts).",
            money=[(2.4e9, "EUR"), (1.48e10, "EUR")], actors=["Google", "Apple"], dates=[], published="2024-10-31"),
    # "2,282 milliards" beside "2,664 milliards d'euros" is euros
    Passage("https://www.nextinpact.com/news/108448-space19-details-plan-dune-ampleur-exceptionnelle-144-milliards-"
            "deuros-pour-esa.htm",
            "L'Allemagne est le plus gros contributeur avec 3,294 milliards d'euros, suivi par la France (2,664 milliards "
            "d'euros) et l'Italie (2,282 milliards).",
            money=[(3.294e9, "EUR"), (2.664e9, "EUR"), (2.282e9, "EUR")], dates=[], published="2019-11"),
    # a government release
    Passage("https://www.vie-publique.fr/discours/286826-conseil-des-ministres-19102022-bilan-anniversaire-programme-"
            "france-2030",
            "En mobilisant un total de 54 milliards d’euros, le Gouvernement a choisi d’y consacrer des moyens inédits.",
            money=[(5.4e10, "EUR")], dates=[], published="2022-10-19"),
    # "MFF" is a budget
    Passage("https://www.gifas.fr/press-summary/societe-commune-entre-airbus-thales-et-leonardo-un-projet-en-accord-avec-"
            "les-ambitions-spatiales-europeennes",
            "« Ce projet est avant tout un projet de développement », explique Patrice Caine, PDG de Thales, à Challenges. "
            "« Le constat, c’est que le secteur spatial est en train d’exploser. Le prochain MFF (budget pluriannuel "
            "européen) va consacrer 50 Md€ au spatial, contre 15 Md€ dans le MFF actuel.",
            money=[(5e10, "EUR"), (1.5e10, "EUR")], actors=["Patrice Caine", "Thales", "Challenges"], dates=[]),
    # Starlink is a constellation (a product)
    Passage("https://www.kaweru.com/politique-societe/2025/10/25/airbus-thales-et-leonardo-sunissent-pour-creer-un-geant-"
            "europeen-des-satellites",
            "Airbus, Thales et Leonardo ont signé un protocole d’accord jeudi 23 octobre 2025 pour fusionner leurs activités "
            "dans le secteur des satellites, un projet stratégique visant à renforcer la souveraineté européenne face à des "
            "acteurs comme Starlink d’Elon Musk.",
            actors=["Airbus", "Thales", "Leonardo", "Elon Musk"], dates=["2025-10-23"], published="2025-10-25"),
]

# Annotated blind, by reading only, before any extraction ran on them; never tuned against. Every passage is
# quoted from the article at its address; `published` is the date that page gives (None: none found).
HELD_OUT_24 = [
    # a deputy's amendment; "du Gouvernement" is the executive and is left out
    Passage("https://nosdeputes.fr/16/intervention/340517",
            "Il vise à préciser que le passage au cloud, prévu par la doctrine « cloud au centre » du Gouvernement, ne peut "
            "s'opérer, s'il est développé par un tiers, que sur un cloud labellisé SecNumCloud. Ce label est un référentiel "
            "développé par l'Agence nationale de la sécurité des systèmes d'information (Anssi),",
            actors=["Agence nationale de la sécurité des systèmes d'information", "Anssi"], dates=[]),
    # "l'État" is the state
    Passage("https://2017-2022.nosdeputes.fr/15/intervention/1171794",
            "Certaines entreprises publiques ou émanations de l'État ont fait le choix d'aller vers des clouds non souverains. "
            "Je pense au Health Data Hub (HDH), à BPIfrance, mais aussi, récemment, à Engie ou à la SNCF, qui a décidé de "
            "mettre toutes les données de ses gares connectées sur un cloud non souverain.",
            actors=["Health Data Hub", "HDH", "BPIfrance", "Engie", "SNCF"], dates=[]),
    # "EMC2" is a project
    Passage("https://yaourtiere.info/les-entrepots-de-donnees-de-sante-et-les-cloud-non-gouvernementaux-sont-ils-"
            "compatibles-analyse",
            "Le Health Data Hub a récemment obtenu l’autorisation d’utiliser la plateforme Microsoft pour son entrepôt de "
            "données de santé appelé « EMC2 ».",
            actors=["Health Data Hub", "Microsoft"], dates=[]),
    # EUCS is a certification scheme
    Passage("https://incyber.org/article/cnil-critique-eucs-projet-reglement-europeen-sur-cloud",
            "La Cnil a publié, le 19 juillet 2024, un avis très critique sur le projet de certification européenne pour les "
            "services de cloud (EUCS), en raison de son absence d’immunité aux lois extra-territoriales.",
            actors=["Cnil"], dates=["2024-07-19"]),
    # "les États-Unis" is a country
    Passage("https://incyber.org/article/cnil-critique-eucs-projet-reglement-europeen-sur-cloud",
            "La Commission européenne a justement classé, le 10 juillet 2023, les États-Unis parmi ces « pays adéquats ».",
            actors=["Commission européenne"], dates=["2023-07-10"]),
    # "au sein de l’Union Européenne" is a place
    Passage("https://freelance-informatique.fr/actualites/selon-la-cnil-nouvelle-certification-cloud-europeen-devrait-"
            "renforcer-souverainete",
            "Ces réglementations autorisent les agences de sécurité américaines (FBI, CIA, NSA…) à accéder aux données "
            "stockées sur leurs data centers, y compris ceux situés au sein de l’Union Européenne. C’est notamment le cas de "
            "Google, d’Amazon (AWS) et de Microsoft (Azure).",
            actors=["FBI", "CIA", "NSA", "Google", "Amazon", "AWS", "Microsoft", "Azure"], dates=[]),
    Passage("https://www.carnetdebord.info/scaleway-se-retire-de-gaia-x-quelles-consequences-pour-le-projet-de-cloud-"
            "europeen/",
            "Le jeudi 18 novembre 2021 marque un tournant dans l’histoire du projet : Scaleway annonce officiellement qu’il "
            "ne renouvellera pas son adhésion à Gaia-X",
            actors=["Scaleway", "Gaia-X"], dates=["2021-11-18"]),
    Passage("https://www.silicon.fr/gaia-x-scaleway-stop-420731.html",
            "« GAIA-X aura tendance à fonctionner exactement comme les systèmes paradoxaux qui favorisent le statu quo », "
            "affirme Yann Lechelle, le DG de Scaleway.",
            actors=["GAIA-X", "Yann Lechelle", "Scaleway"], dates=[], published="2021-11"),
    Passage("https://www.generation-nt.com/gaia-x-cloud-souverain-scaleway-retrait-actualite-1994964.html",
            "Le français Scaleway (piloté par Iliad) quitte le projet en dénonçant le lobbying des acteurs dominants "
            "étrangers, rapporte le journal Les Echos.",
            actors=["Scaleway", "Iliad", "Les Echos"], dates=[]),
    # the Cloud Act is a law
    Passage("https://incyber.org/union-europeenne-peut-elle-se-defendre-face-cloud-act/",
            "En 2019, dans un rapport de l’Assemblée nationale visant à défendre la souveraineté des entreprises françaises "
            "et européennes face à la juridiction américaine, le Cloud Act est considéré comme « une étape supplémentaire de "
            "l’unilatéralisme extraterritorial américain",
            actors=["Assemblée nationale"], dates=["2019"]),
    # an interview of the Cigref's president
    Passage("https://republik-it.fr/decideurs-it/gouvernance/jean-claude-laroche-cigref-nous-ne-sommes-pas-demunis-face-"
            "aux-fournisseurs-hegemoniques.html",
            "En cumulé, nos membres réalisent environ 2000 milliards d’euros de chiffre d’affaires et ont un budget "
            "informatique de 60 milliards d’euros.",
            money=[(2e12, "EUR"), (6e10, "EUR")], dates=[]),
    # the span "entre 2022 et 2023" counts as its start
    Passage("https://republik-it.fr/decideurs-it/gouvernance/jean-claude-laroche-cigref-nous-ne-sommes-pas-demunis-face-"
            "aux-fournisseurs-hegemoniques.html",
            "Nous sommes dans un contexte inflationniste mais, à activité équivalente, il n’y aucune raison de constater des "
            "hausses de plus de 5 % entre 2022 et 2023.",
            percent=[5], dates=["2022"]),
    # the quote opens mid-sentence
    Passage("https://www.lizenzdirekt.com/fr/nouvelle-etude-du-cispe-les-conditions-des-licences-cloud-microsoft-coutent-"
            "des-milliards-a-leurope/",
            "l’utilisation de licences logicielles dans une infrastructure cloud non gérée par Microsoft a entraîné un "
            "surcoût de 1 010 394 489 euros pour l’économie allemande en 2022.",
            money=[(1010394489, "EUR")], actors=["Microsoft"], dates=["2022"]),
    # Office 365 is a product
    Passage("https://cispe.cloud/?p=23577",
            "Le même modèle appliqué à l’omniprésente suite d’outils de productivité, Office 365, a révélé que les coûts "
            "supplémentaires imposés par Microsoft au titre de son utilisation dans des environnements cloud autres que celui "
            "de Microsoft s’élevaient à 560 000 000 euros par an.",
            money=[(5.6e8, "EUR")], actors=["Microsoft"], dates=[]),
    # the page gives no date, so "Le 1er avril dernier" is left out; Microsoft Cloud is a product line
    Passage("https://www.lizenzdirekt.com/fr/la-hausse-des-prix-de-microsoft-une-sonnette-dalarme-pour-les-entreprises/",
            "Le 1er avril dernier, Microsoft a imposé une nouvelle hausse de prix à ses clients. Ainsi, depuis cette date, "
            "les entreprises doivent débourser 11 % de plus pour les produits Microsoft Cloud.",
            percent=[11], actors=["Microsoft"], dates=[]),
    # "54 milliards" beside "330 milliards d’euros" is euros; "l’Union Européenne" is an economy here, not an actor
    Passage("https://www.hexatrust.com/la-commande-publique-levier-strategique-pour-la-souverainete-numerique-lengagement-"
            "dhexatrust",
            "L’étude Asterès commandée par le CIGREF, a révélé que 83% du marché du cloud-logiciel européen est accaparé "
            "par des entreprises USA soit 54 milliards pour la France par an et 330 milliards d’euros pour l’Union "
            "Européenne.",
            money=[(5.4e10, "EUR"), (3.3e11, "EUR")], percent=[83], actors=["Asterès", "CIGREF"], dates=[]),
    Passage("https://www.hexatrust.com/la-commande-publique-levier-strategique-pour-la-souverainete-numerique-lengagement-"
            "dhexatrust",
            "Le 8 juillet 2025, le Sénat publiait le rapport très attendu de sa commission d’enquête sur les coûts et "
            "modalités effectives de la commande publique et la mesure de son effet d’entraînement sur l’économie française.",
            actors=["Sénat"], dates=["2025-07-08"]),
    # an op-ed by Hexatrust's president
    Passage("https://republik-it.fr/tribunes/technologies-marche/tribune-souverainete-numerique-du-concret-et-du-courage.html",
            "A la suite du rachat de VMWare par Broadcom en 2023, de nombreuses entreprises et acteurs du cloud en situation "
            "de dépendance ont vu leur modèle économique mis en péril du jour au lendemain par une hausse brutale des prix.",
            actors=["VMWare", "Broadcom"], dates=["2023"]),
    # "hors UE" is a place
    Passage("https://www.lemagit.fr/actualites/366630562/UECC25-Quand-le-besoin-de-souverainete-se-heurte-a-la-realite",
            "Reprenant les chiffres du cabinet Asterès mandaté par le Cigref, le président d’Hexatrust a rappelé que 83 % des "
            "produits et services numériques achetés en Europe proviennent d’acteurs hors UE.",
            percent=[83], actors=["Asterès", "Cigref", "Hexatrust"], dates=[], published="2025-09-11"),
    # a Senate committee's record
    Passage("https://www.senat.fr/compte-rendu-commissions/20250519/ce_comm_publique.html",
            "Un message de l'Eurométropole de Strasbourg, dont la dépense annuelle au titre de la commande publiques atteint "
            "470 millions d'euros, a particulièrement retenu notre attention.",
            money=[(4.7e8, "EUR")], actors=["Eurométropole de Strasbourg"], dates=[]),
    # a Senate report; "la plateforme des données de santé" is read as the public body (the GIP) it names
    Passage("https://www.senat.fr/rap/r24-830-1/r24-830-115.html",
            "De fait, comme l'illustre le recours à Microsoft Azure pour l'hébergement de la plateforme des données de santé "
            "(PDS) évoqué dans le présent rapport, les acteurs publics français font preuve, envers les technologies "
            "américaines, d'une véritable « adhérence »",
            actors=["Microsoft Azure", "plateforme des données de santé", "PDS"], dates=[]),
    Passage("https://www.numerama.com/tech/622711-quels-sont-les-logiciels-libres-que-letat-conseille-en-2020.html",
            "Elles reposent sur le retour d’expérience des fonctionnaires qui s’en servent dans leur travail, au sein du "
            "ministère de l’Agriculture et de l’Alimentation, de l’Académie de Versailles, du Commissariat à l’énergie "
            "atomique et aux énergies alternatives, de l’université de Lille ou encore de Pôle Emploi.",
            actors=["ministère de l’Agriculture et de l’Alimentation", "Académie de Versailles",
                    "Commissariat à l’énergie atomique et aux énergies alternatives", "université de Lille", "Pôle Emploi"],
            dates=[], published="2020-05"),
    # the page gives no date, so "L'an dernier" is left out; Viva Technology is an event
    Passage("https://www.latribune.fr/technos-medias/informatique/intelligence-artificielle-macron-promet-un-fonds-d-"
            "investissement-tres-significatif-998036.html",
            "L'an dernier, Emmanuel Macron avait annoncé à l'occasion du salon Viva Technology plus de 900 millions d'euros "
            "d'investissements supplémentaires dans le secteur.",
            money=[(9e8, "EUR")], actors=["Emmanuel Macron"], dates=[]),
    Passage("https://celinethebault.com/les-mesureles-mesures-demmanuel-macron-pour-faire-de-la-france-le-leader-mondial-"
            "de-lia/",
            "Le 21 mai 2024, à la veille de l’ouverture du salon VivaTech, Emmanuel Macron a présenté une série de mesures "
            "destinées à renforcer la stratégie française en intelligence artificielle.",
            actors=["Emmanuel Macron"], dates=["2024-05-21"]),
    Passage("https://archive.nossenateurs.fr/intervention/2052946",
            "Le 19 mars 2019, le président Bruno Retailleau et les membres du groupe Les Républicains, apparentés et "
            "rattachés ont déposé une proposition de résolution dont l'article unique tend à créer une commission d'enquête "
            "« sur les moyens de reconquérir » notre souveraineté numérique.",
            actors=["Bruno Retailleau", "Les Républicains"], dates=["2019-03-19"]),
    Passage("https://www.silicon.fr/strategie-nationale-cloud-iaas-477076.html",
            "Les financements envisagés sont d’un autre ordre que ceux consacrés aux suites bureautiques et mobilisés pour "
            "les espaces de données. Le soutien se focalisera en l’occurrence sur les projets dont l’assiette de dépenses "
            "dépassera 20 millions d’euros.",
            money=[(2e7, "EUR")], dates=[]),
    # PIA4 and France Relance are programmes; the quote stops where the page's excerpt does
    Passage("https://actuia.com/actualite/innovation-cedric-0-annonce-18-milliard-deuros-de-financements-sur-4-ans-pour-la-"
            "filiere-cloud",
            "De ce plan économique de 1,8 milliard d’euros qui s’inscrit dans le cadre du quatrième Programme "
            "d’investissements d’avenir (PIA4) et de France Relance, 667 millions d’euros proviennent de fonds publics, 680 "
            "millions d’euros de financements privés",
            money=[(1.8e9, "EUR"), (6.67e8, "EUR"), (6.8e8, "EUR")], dates=[]),
    # the Belgian Secretary of State for Digitalisation's site
    Passage("https://mathieumichel.be/elaboration-dune-politique-encadrant-lutilisation-de-la-technologie-cloud",
            "Il mandate la Federal Taskforce Public Cloud à fournir des recommandations en vue d’une concrétisation "
            "cohérente et sécurisée d’une politique cloud public et/ou souverain au sein des différentes institutions "
            "fédérales d’ici le 31 janvier 2024.",
            actors=["Federal Taskforce Public Cloud"], dates=["2024-01-31"]),
    # a press release; "la Suisse" is a country
    Passage("https://news.europawire.eu/dans-un-paysage-domine-par-les-hyperscalers-etrangers-la-suisse-construit-"
            "progressivement-un-ecosysteme-cloud-fonde-sur-une-souverainete-numerique-pragmatique-et-adaptee-a-ses-"
            "specificites-nationales/eu-press-release/2025/10/24/22/06/17/164249",
            "Dans un contexte européen où 92 % de l’infrastructure cloud est contrôlée par des entreprises américaines comme "
            "Amazon Web Services, Microsoft Azure ou Google Cloud, la Suisse s’engage dans une stratégie ambitieuse pour "
            "réaffirmer sa souveraineté numérique.",
            percent=[92], actors=["Amazon Web Services", "Microsoft Azure", "Google Cloud"], dates=[],
            published="2025-10-24"),
    Passage("https://news.dayfr.com/trends/4175609.html",
            "Cette option est loin d’être idéale en termes de souveraineté, d’autant que le Conseil fédéral estime qu’en "
            "2032, 78% des besoins de l’administration seront couverts par le cloud public.",
            percent=[78], actors=["Conseil fédéral"], dates=["2032"]),
    Passage("https://e-novinfo.ch/actualites/bientot-un-label-swiss-cloud/",
            "Le Conseil fédéral charge le Département fédéral des finances (DFF) d’examiner la nécessité de la création d’un "
            "« Swiss Cloud » ainsi que la faisabilité du projet.",
            actors=["Conseil fédéral", "Département fédéral des finances", "DFF"], dates=[], published="2021-02-04"),
    # the page gives no date, so "En fin d’année dernière" is left out; Hosted Private Cloud is a product
    Passage("https://cloud-computing.developpez.com/actu/315536/Capgemini-et-Orange-annoncent-le-projet-de-creer-Bleu-une-"
            "societe-qui-fournira-un-Cloud-de-Confiance-en-France/",
            "En fin d’année dernière, le Français OVH a signé un partenariat avec Google Cloud pour proposer Hosted Private "
            "Cloud depuis sa propre infrastructure dédiée, une offre compatible avec les technologies open source et "
            "entièrement exploitée et gérée en Europe par OVHcloud.",
            actors=["OVH", "Google Cloud", "OVHcloud"], dates=[]),
    # published 2021-05, so "ce 27 mai" is 2021-05-27
    Passage("https://www.usine-digitale.fr/article/sur-le-modele-d-ovh-et-de-google-capgemini-et-orange-vont-"
            "commercialiser-les-offres-de-microsoft.N1096989",
            "Capgemini et Orange annoncent dans un communiqué publié ce 27 mai leur projet de créer une société, baptisée "
            "\"Bleu\", chargée de fournir un \"Cloud de confiance\" en France.",
            actors=["Capgemini", "Orange", "Bleu"], dates=["2021-05-27"], published="2021-05"),
    Passage("https://strategies.fr/actualites/marques/4061572W/le-gouvernement-va-lancer-un-label-cloud-de-confiance-.html",
            "La ministre de la Transformation et de la Fonction publique Amélie de Montchalin, le ministre de l'Économie "
            "Bruno Le Maire et le secrétaire d’État chargé de la Transition numérique Cédric O, ont présenté la stratégie "
            "nationale dans le Cloud.",
            actors=["Amélie de Montchalin", "Bruno Le Maire", "Cédric O"], dates=[]),
    Passage("https://www.nextinpact.com/article/47186/cloud-confiance-derriere-vernis-souverain-pied-dans-porte-americains",
            "Cette expérience datant de 2012 a eu des répercussions pendant de longues années sur l'écosystème, avec comme "
            "point final la fermeture de Cloudwatt par Orange en février 2020.",
            actors=["Cloudwatt", "Orange"], dates=["2012", "2020-02"], published="2021-05"),
    # Open Source Expérience is an event
    Passage("https://banquedesterritoires.fr/ces-territoires-qui-font-le-choix-du-logiciel-libre?pk_kwd=2024-12-06",
            "À l'occasion de l'événement Open Source Expérience, 24 territoires ont été récompensés par l'Adullact le 4 "
            "décembre 2024. De son côté, la Dinum a rappelé son attachement à produire des communs numériques réutilisables "
            "le plus largement possible dans la sphère administrative.",
            actors=["Adullact", "Dinum"], dates=["2024-12-04"]),
    # Linux/Ubuntu and LibreOffice are products
    Passage("https://banquedesterritoires.fr/ces-territoires-qui-font-le-choix-du-logiciel-libre?pk_kwd=2024-12-06",
            "Cette dernière a passé 95% de son parc sous Linux/Ubuntu et doté 100% des postes de LibreOffice, lui valant 5 "
            "copy left.",
            percent=[95, 100], dates=[]),
    # the Cigref's release
    Passage("https://windpress.info/it/press-release/723533/la-dpendance-technologique-aux-softwares-and-cloud-services-"
            "amricains-une-estimation-des-consquences-conomiques-en-europe-cigref",
            "80% du total des dépenses liées aux logiciels et services cloud à usage professionnel en Europe est passé "
            "auprès d’entreprises américaines, ce qui représente un volume de 265 milliards d’euros.",
            money=[(2.65e11, "EUR")], percent=[80], dates=[]),
    # "pour l’UE" is an economy here, not an actor
    Passage("https://incyber.org/article/entreprises-americaines-encaissent-80-depenses-cloud-professionnel-en-europe",
            "Si ces derniers contrôlaient 15 % supplémentaires du marché du cloud professionnel d’ici 2035, ils "
            "généreraient 463 000 emplois et 75 milliards d’euros de chiffre d’affaires annuel pour l’UE.",
            money=[(7.5e10, "EUR")], percent=[15], dates=["2035"]),
    # "16 milliards" beside "38 milliards d'euros" is euros
    Passage("https://www.usine-digitale.fr/article/france-2030-8-9-des-fonds-deja-fleches-vers-l-intelligence-"
            "artificielle.N2230444?email=98870165&idbdd=56561",
            "Sur l'enveloppe globale de 54 milliards d'euros prévue pour cinq ans, 38 milliards d'euros ont été investis "
            "dans des projets. Il reste donc près de 16 milliards à dépenser jusqu'en 2026.",
            money=[(5.4e10, "EUR"), (3.8e10, "EUR"), (1.6e10, "EUR")], dates=["2026"]),
    # "France 2030" is a plan's name, not a date; "10 milliards" beside "38 milliards d’euros" is euros
    Passage("https://investinsidernews.com/finance/le-gouvernement-investira-bien-les-15-milliards-deuros-restants-dans-"
            "linnovation/",
            "Or quelque 38 milliards d’euros de ce plan France 2030 ont déjà été engagés depuis trois ans – dont 10 "
            "milliards dans des technologies «duales» -, qui ont permis la création de 150.000 emplois à travers le "
            "soutien d’environ 7500 projets et le dépôt de 6000 brevets,",
            money=[(3.8e10, "EUR"), (1e10, "EUR")], dates=[]),
    # France 2 is a broadcaster
    Passage("https://mushtuto.com/mistral-ai-la-start%e2%80%91up-francaise-qui-veut-batir-une-big-tech-europeenne",
            "Le 16 septembre 2025, Arthur Mensch était invité du journal télévisé de France 2, quelques jours après la levée "
            "record de 1,7 milliard d’euros réalisée par sa société Mistral AI, principalement auprès du néerlandais ASML.",
            money=[(1.7e9, "EUR")], actors=["Arthur Mensch", "France 2", "Mistral AI", "ASML"], dates=["2025-09-16"],
            published="2025-10-28"),
    # "État du Luxembourg" is a state
    Passage("https://mushtuto.com/mistral-ai-la-start%e2%80%91up-francaise-qui-veut-batir-une-big-tech-europeenne",
            "La start-up communique sur 312 millions d’euros de contrats en cours et une trentaine de clients annoncés "
            "(TotalEnergies, SNCF, Stellantis, ministère des Armées, État du Luxembourg…). Elle est valorisée à 11,7 "
            "milliards d’euros par ses investisseurs",
            money=[(3.12e8, "EUR"), (1.17e10, "EUR")],
            actors=["TotalEnergies", "SNCF", "Stellantis", "ministère des Armées"], dates=[], published="2025-10-28"),
    # Llama is a model (a product)
    Passage("https://fr.headtopics.com/news/mistral-ai-arthur-mensch-l-ambitieuse-championne-65713375",
            "Passé par le laboratoire d'IA du géant américain Google, DeepMind, Arthur Mensch a fondé Mistral en avril 2023 "
            "avec deux compatriotes, Guillaume Lample, l'un des créateurs du modèle de langage Llama de Meta, et Timothée "
            "Lacroix, lui aussi ancien chercheur chez Meta.",
            actors=["Google", "DeepMind", "Arthur Mensch", "Mistral", "Guillaume Lample", "Meta", "Timothée Lacroix"],
            dates=["2023-04"], published="2025-02"),
    # "n°2023-146" is a deliberation's number, not a date
    Passage("https://www.delsolavocats.com/La-CNIL-autorise-avec-regret-l-hebergement-d-un-nouvel-entrepot-de-donnees-de-"
            "sante-mis-en-oeuvre-par-la-Plateforme-des-Donnees-de-Sante-par-Microsoft",
            "La CNIL a très récemment publié la délibération n°2023-146 du 21 décembre 2023, qui autorise le groupement "
            "d’intérêt public « Plateforme des données de santé » (ci-après « PDS ») à mettre en œuvre un traitement "
            "automatisé de données à caractère personnel",
            actors=["CNIL", "Plateforme des données de santé", "PDS"], dates=["2023-12-21"]),
    # the regulator's deliberation; "L. 1462-1" is an article of the code
    Passage("https://www.legifrance.gouv.fr/cnil/id/CNILTEXT000049057224?isAdvancedResult=&page=2&pageSize=10&query=*"
            "&searchField=ALL&searchProximity=&searchType=ALL&sortValue=DATE_DECISION_DESC&tab_selection=cnil"
            "&timeInterval=&typePagination=DEFAULT",
            "Le groupement d’intérêt public dénommé \" Plateforme des données de santé \" (GIP PDS), dont les missions sont "
            "précisées à l’article L. 1462-1 du CSP, est le responsable de traitement.",
            actors=["Plateforme des données de santé", "GIP PDS"], dates=[]),
    # the regulator's page; "la Plateforme" is a short reference, not a name, and is left out
    Passage("https://www.cnil.fr/fr/les-principaux-avis-et-recommandations-de-la-cnil-sur-la-plateforme-des-donnees-de-"
            "sante",
            "La CNIL a ainsi rendu son avis sur le projet de loi d’organisation et de transformation du système de santé du "
            "31 janvier 2019 portant création de la Plateforme.",
            actors=["CNIL"], dates=["2019-01-31"], published="2024-01-31"),
]

# Annotated blind, by reading only, before any extraction ran on them; never tuned against. Every passage
# is quoted from the article at its address; `published` is the date that page gives (None: none found).
HELD_OUT_25 = [
    Passage("https://www.msdconnect.fr/innovation-sante/e-sante/health-data-hub-un-projet-davenir-a-la-mise-en-oeuvre-"
            "complexe/",
            "le choix initial de l’entreprise américaine Microsoft ayant été retoqué par la CNIL (Commission Nationale de "
            "l’Informatique et des Libertés), la plateforme se dotera d’ici 2023 d’un nouvel hébergeur, européen cette fois.",
            actors=["Microsoft", "CNIL", "Commission Nationale de l’Informatique et des Libertés"], dates=["2023"]),
    # "à partir de septembre" lies ahead of a July 2022 article
    Passage("https://www.usine-digitale.fr/article/le-health-data-hub-a-ete-choisi-pour-mener-le-futur-espace-europeen-"
            "des-donnees-de-sante.N2028137",
            "Lauréat d'un appel à projets lancé fin 2021, le Health Data Hub a été choisi par la Commission européenne pour "
            "construire à partir de septembre la première version du futur Espace européen des données de santé (EDS).",
            actors=["Health Data Hub", "Commission européenne"], dates=["2021", "2022-09"], published="2022-07"),
    # "LREM" is a party (an organisation)
    Passage("https://www.20minutes.fr/high-tech/3235227-20220217-health-data-hub-megafichier-donnees-sante-suspendu-"
            "presidentielle",
            "En 2018, au moment où Cédric Villani, député alors LREM, remet à Emmanuel Macron son rapport sur "
            "l’intelligence artificielle, il suggère la mise en place d’une plateforme où seraient hébergée une grande "
            "partie des bases de données de santé françaises à des fins de recherche.",
            actors=["Cédric Villani", "LREM", "Emmanuel Macron"], dates=["2018"], published="2022-02-17"),
    # "en avril" is April of the year 2020 just named
    Passage("https://www.usine-digitale.fr/article/ou-en-est-le-health-data-hub.N1092184",
            "Cette structure vient de présenter son bilan pour l'année 2020 qui a été marquée par \"la mise en production "
            "en avril de la plateforme technologique\", explique la directrice Stéphanie Combes.",
            actors=["Stéphanie Combes"], dates=["2020", "2020-04"], published="2021-05"),
    # the page gives no year, so "le 18 février" is left out
    Passage("https://www.ticpharma.com/story/1552/le-detail-des-bases-de-donnees-qui-pourraient-integrer-le-health-data-"
            "hub.html?cible=Politique",
            "Stéphanie Combes a dévoilé le 18 février la liste des bases de données, dans un document également communiqué "
            "à TICpharma.",
            actors=["Stéphanie Combes", "TICpharma"], dates=[]),
    Passage("https://www.kern-consulting.fr/quand-la-technologie-se-fait-enjeu-politique",
            "La Plateforme des données de santé, appelée Health Data Hub, a été créée en novembre 2019 pour faciliter le "
            "partage des données de santé de manière encadrée",
            actors=["Plateforme des données de santé", "Health Data Hub"], dates=["2019-11"], published="2026-01-13"),
    Passage("https://www.mind.eu.com/fintech/article/15619/comment-les-banques-se-positionnent-elles-face-au-cloud",
            "En 2013, l’Autorité de contrôle prudentiel (ACP, devenue depuis ACPR) a publié un document intitulé “les "
            "risques associés au cloud computing”.",
            actors=["Autorité de contrôle prudentiel", "ACP", "ACPR"], dates=["2013"], published="2019-06-03"),
    # "le lancement ... en 2017" and "d'ici 2025"
    Passage("https://www.usine-digitale.fr/article/pourquoi-societe-generale-mise-sur-le-cloud-hybride.N1170562",
            "Le groupe, qui a fait migrer 80% de ses applications sur le cloud depuis le lancement de sa stratégie \"cloud "
            "first\" en 2017, entame une nouvelle étape de sa transformation avec une nouvelle trajectoire de migration qui "
            "vise 75% de cloud de \"2e génération\" d'ici 2025 (50% de cloud privé, et 25% de cloud public).",
            percent=[80, 75, 50, 25], dates=["2017", "2025"]),
    # "l’Elysée" is where the meeting is held (a place)
    Passage("https://www.politico.eu/article/datacenters-raccordements-artificielle-investissements-gouvernement-france-"
            "sam-altman/",
            "Parmi les invités de cette réunion à l’Elysée, on retrouve les deux géants américains Equinix et Digital Realty, "
            "le français Data4, les fournisseurs de cloud et d’IA Microsoft et Google, l’inévitable Arthur Mensch, ainsi "
            "que des investisseurs comme Apollo, JP Morgan, ou encore MGX",
            actors=["Equinix", "Digital Realty", "Data4", "Microsoft", "Google", "Arthur Mensch", "Apollo", "JP Morgan",
                    "MGX"], dates=[], published="2025-02"),
    # published February 2025: Monday 10 February is 2025-02-10
    Passage("https://www.politico.eu/article/datacenters-raccordements-artificielle-investissements-gouvernement-france-"
            "sam-altman/",
            "Les opérateurs de datacenters et leurs investisseurs pourront discuter directement de ces sujets, ce lundi 10 "
            "février, avec les patrons de RTE et d’EDF, plusieurs ministres, mais aussi le président Emmanuel Macron",
            actors=["RTE", "EDF", "Emmanuel Macron"], dates=["2025-02-10"], published="2025-02"),
    Passage("https://fournisseur-energie.com/actualites/data-centers-hausse-raccordement",
            "RTE prévoit une consommation des data centers de 15 à 20 TWh en 2030, pouvant atteindre 28 TWh en 2035.",
            actors=["RTE"], dates=["2030", "2035"]),
    # "(France)", "(Luxembourg)", "(Espagne)" are countries
    Passage("https://www.laerorecrute.fr/un-premier-contrat-pour-spacerise",
            "composé de 3 opérateurs de satellites – Eutelsat (France), SES (Luxembourg) et Hispasat (Espagne) – et "
            "d’industriels, dont notamment Airbus Defence and Space* et Thales Alenia Space* (en tant architecte de la "
            "constellation)",
            actors=["Eutelsat", "SES", "Hispasat", "Airbus Defence and Space", "Thales Alenia Space"], dates=[]),
    Passage("https://www.laerorecrute.fr/un-premier-contrat-pour-spacerise",
            "les opérateurs pourront se prononcer sur la faisabilité de ce programme de constellation multi-orbitale de 290 "
            "satellites, dont 264 en orbite terrestre basse et 18 en orbite terrestre moyenne, d’un montant de 10,6 Md€.",
            money=[(1.06e10, "EUR")], dates=[]),
    # IRIS2 is a constellation (a programme)
    Passage("https://www.actutem.com/eutelsat-commande-un-lot-de-satellites-a-airbus-pour-sa-constellation-oneweb/",
            "« Ce qui nous permettra d’assurer la continuité du service de la constellation existante avec des "
            "caractéristiques de service améliorées, alors que nous nous dirigeons vers une architecture conforme à la "
            "constellation européenne IRIS2 en 2030 », explique Eva Berneke, directrice générale d’Eutelsat",
            actors=["Eva Berneke", "Eutelsat"], dates=["2030"]),
    Passage("https://www.journaldunet.com/cybersecurite/1546579-cyberattaques-contre-les-collectivites-comment-mieux-"
            "coordonner-la-reponse-territoriale",
            "selon le baromètre 2024 de Cybermalveillance.gouv.fr, 86 % des collectivités ne se sentent pas suffisamment "
            "préparées.",
            percent=[86], actors=["Cybermalveillance.gouv.fr"], dates=["2024"]),
    # a government release
    Passage("https://www.vie-publique.fr/en-bref/292012-cybersecurite-des-risques-importants-pour-les-collectivites",
            "Selon l'étude sur la cybersécurité dans les collectivités de moins de 25 000 habitants publiée le 20 novembre "
            "2023, 78% des communes ont été sensibilisées au moins une fois au cours des douze derniers mois.",
            percent=[78], dates=["2023-11-20"]),
    # "1,6 milliard" beside "4,3 milliards d'euros" is euros
    Passage("https://2017-2022.nosdeputes.fr/15/intervention/1237473",
            "L'espace et la cyberdéfense sont deux priorités identifiées, qui se voient dotées de budgets importants pendant "
            "toute la durée de la loi de programmation militaire : 4,3 milliards d'euros pour l'espace, 1,6 milliard pour le "
            "cyber.",
            money=[(4.3e9, "EUR"), (1.6e9, "EUR")], dates=[]),
    # the span "de juillet 2015 à mars 2020" counts as its start
    Passage("https://www.journaldemontreal.com/2022/03/26/martel-rejette-toute-responsabilite",
            "Avant de prendre la barre de Bombardier, Éric Martel a agi à titre de PDG d’Hydro-Québec pendant presque cinq "
            "ans, soit de juillet 2015 à mars 2020.",
            actors=["Bombardier", "Éric Martel", "Hydro-Québec"], dates=["2015-07"], published="2022-03-26"),
    # Québec "$" is CAD
    Passage("http://app.vigile.quebec/articles/hebergement-de-donnees-la-nouvelle-vache-a-lait-d-hydro-quebec",
            "Plus de 1027 personnes avaient un emploi direct ou indirect dans l’un des centres de données du Québec en 2016. "
            "Ce chiffre pourrait passer à 14 000 en 2025 si le scénario de 1000 mégawatts se concrétisait. Les retombées "
            "passeraient de 117 millions $ à 1677 millions $.",
            money=[(1.17e8, "CAD"), (1.677e9, "CAD")], dates=["2016", "2025"]),
    Passage("https://www.aa.com.tr/fr/monde/france-des-pirates-r%C3%A9clament-une-rancon-de-10-millions-de-dollars-%C3%A0-"
            "un-h%C3%B4pital-victime-dune-cyberattaque/2666784",
            "D’après les informations de franceinfo qui cite des sources policières, « les pirates ont réussi à bloquer le "
            "réseau informatique de l'hôpital et réclament une rançon de 10 millions de dollars ».",
            money=[(1e7, "USD")], actors=["franceinfo"], dates=[]),
    Passage("https://initiedelabourse.levif.be/bourse/avis/actions/proximus-a-promis-un-dividende-fixe/article-normal-"
            "623641.html",
            "Le CA a progressé de 0,7% sur une base annuelle à 4,41 milliards d'euros. Mais ce montant n'inclut pas les "
            "revenus de sa filiale très volatile BICS",
            money=[(4.41e9, "EUR")], percent=[0.7], actors=["BICS"], dates=[]),
    # the page gives no year for "Au troisième trimestre"
    Passage("https://initiedelabourse.levif.be/bourse/avis/actions/proximus-grignote-par-sa-filiale-bics/article-normal-"
            "753069.html",
            "Au troisième trimestre, le chiffre d'affaires (CA) domestique est resté pour ainsi dire inchangé, à 1,1 milliard "
            "d'euros. Le CA du groupe, à 1,44 milliard d'euros, est cependant de 3,2% inférieur à celui de la même période "
            "un an plus tôt.",
            money=[(1.1e9, "EUR"), (1.44e9, "EUR")], percent=[3.2], dates=[]),
    # "la Confédération" is a state
    Passage("https://www.letemps.ch/economie/suisse-signe-contrats-cloud-donnees-un-flou-important-demeure",
            "Pour mémoire, la Confédération avait choisi en juin 2021 cinq multinationales étrangères pour se fournir en "
            "services en ligne, que ce soit pour le stockage ou le traitement de données: les américains IBM, Amazon, Oracle "
            "et Microsoft, ainsi que le chinois Alibaba.",
            actors=["IBM", "Amazon", "Oracle", "Microsoft", "Alibaba"], dates=["2021-06"]),
    Passage("https://www.ictjournal.ch/news/2022-03-02/la-confederation-prepare-les-contrats-avec-les-fournisseurs-cloud-"
            "etrangers-retenus",
            "La Chancellerie fédérale prépare actuellement les contrats avec les cinq fournisseurs étrangers retenus "
            "(Microsoft, AWS, IBM, Oracle et Alibaba).",
            actors=["Chancellerie fédérale", "Microsoft", "AWS", "IBM", "Oracle", "Alibaba"], dates=[],
            published="2022-03-02"),
    # an official release; "Public Clouds Confédération" is a project
    Passage("https://www.admin.ch/gov/fr/accueil/documentation/communiques.msg-id-90509.html",
            "Berne, 27.09.2022 - Le projet « Public Clouds Confédération » (OMC-20007) permet à l’administration fédérale "
            "d’acheter des services d’informatique en nuage très évolutifs auprès de cinq grands fournisseurs.",
            dates=["2022-09-27"], published="2022-09-27"),
    # Simap.ch is a platform (a product)
    Passage("https://www.news.admin.ch/fr/newnsb/05OCMKFwymouJPy8DLkwm",
            "La prolongation de cinq ans, à savoir jusqu’en août 2031, du projet « Public Clouds Confédération » a été "
            "publiée sur la plateforme Simap.ch.",
            dates=["2031-08"], published="2025-09-12"),
    # a tag page with no year for "le 22 septembre"
    Passage("http://www.editionmultimedia.fr/tag/vdsl/",
            "Selon le secrétaire général d’Orange, Nicolas Guérin, qui s’exprimait le 22 septembre lors de la conférence « "
            "Territoire connectés » de l’Arcep, l’opérateur historique supporte environ 500 millions d’euros de coût "
            "d’entretien par an pour que le réseau de cuivre fonctionne.",
            money=[(5e8, "EUR")], actors=["Orange", "Nicolas Guérin", "Arcep"], dates=[]),
    # Orange's chief executive before a Senate committee
    Passage("https://archive.nossenateurs.fr/intervention/2591159",
            "En 2021, nos activités ont généré un chiffre d'affaires de 42,5 milliards d'euros, en très légère croissance de "
            "0,5 % par rapport à 2020.",
            money=[(4.25e10, "EUR")], percent=[0.5], dates=["2021", "2020"]),
    # "hier 18 septembre": the date is written in full; the congress is an event
    Passage("https://kulturegeek.fr/news-266212/france-depenser-9-milliards-deuros-secteur-spatial",
            "en ouverture du Congrès international d’astronautique qui se tenait hier 18 septembre, la Première ministre "
            "française Élisabeth Borne a annoncé que la France allait dépenser dans le secteur spatial plus de 9 milliards "
            "d’euros sur les trois prochaines années !",
            money=[(9e9, "EUR")], actors=["Élisabeth Borne"], dates=["2022-09-18"], published="2022-09"),
    # "lundi" is not settled by a page dated to the month only
    Passage("https://www.latribune.fr/entreprises-finance/banques-finance/assurance/les-benefices-d-axa-bondissent-de-71-"
            "par-rapport-a-l-avant-crise-malgre-les-litiges-890079.html",
            "L'assureur a fait état lundi d'un bénéfice net de 4 milliards d'euros au premier semestre 2021, en hausse de "
            "180% sur un an et de 71% par rapport au premier semestre 2019, avant la crise sanitaire.",
            money=[(4e9, "EUR")], percent=[180, 71], dates=["2021-H1", "2019-H1"], published="2021-08"),
    Passage("https://www.boursorama.com/bourse/actualites/axa-profite-d-un-contexte-porteur-malgre-une-baisse-de-"
            "solvabilite-au-3t-b80450db09b0345b02cbefb05b49554b",
            "Mais son ratio de solvabilité, à 221%, est \"en baisse de 6 points par rapport à fin juin 2024\", selon le "
            "communiqué.",
            percent=[221], dates=["2024-06"], published="2024-10"),
    Passage("https://actu365.com/economie/2021/11/05/lassureur-axa-enregistre-un-chiffre-daffaires-en-hausse-de-7/",
            "Le groupe a par ailleurs annoncé un programme de rachat d’actions d’un montant maximal de 1,7 milliard d’euros, "
            "dans un communiqué séparé. Le directeur général adjoint Frédéric de Courtois a salué « une très bonne "
            "dynamique »",
            money=[(1.7e9, "EUR")], actors=["Frédéric de Courtois"], dates=[], published="2021-11-05"),
    # published August 2021: "l'an dernier" is 2020 and "au premier semestre" the first half of 2021
    Passage("https://www.usinenouvelle.com/article/axa-rebondit-apres-la-pandemie-le-resultat-net-s-envole-au-premier-"
            "semestre.N1130289",
            "Sa division Axa XL, spécialisée dans l'assurance dommages aux entreprises et sérieusement malmenée l'an dernier "
            "pour cause de crise sanitaire due au COVID-19, est sortie du rouge au premier semestre, avec un résultat "
            "opérationnel de 619 millions d'euros, contre une perte opérationnelle de 843 millions d'euros",
            money=[(6.19e8, "EUR"), (8.43e8, "EUR")], actors=["Axa XL"], dates=["2020", "2021-H1"], published="2021-08"),
    # an interview
    Passage("https://themeta.news/paris-saclay-the-place-to-be",
            "Vous préconisiez d’augmenter les taux de succès à l’ANR jusqu’à 40%. 25% dans trois ans comme cela est prévu "
            "aujourd’hui, est-ce suffisant ?",
            percent=[40, 25], actors=["ANR"], dates=[]),
    Passage("https://www.rtl.be/actu/magazine/sante/pannes-informatiques-dans-les-hopitaux-charleroi-une-journee-"
            "dinactivite-ferait/2025-01-22/article/736528",
            "Une journée de perdue représente par exemple 2 millions d'euros de pertes au Grand Hôpital de Charleroi.",
            money=[(2e6, "EUR")], actors=["Grand Hôpital de Charleroi"], dates=[], published="2025-01-22"),
    Passage("https://www.rtl.be/actu/vos-temoignages/henri-sinsurge-et-denonce-les-autorites-qui-interdisent-tiktok-mais-"
            "achete-du/2023-09-30/article/577823",
            "Pour ce faire, un appel d'offres a été publié en décembre 2021. Le but était d'acheter 60 moniteurs de patients, "
            "6 systèmes centraux de surveillance et 9 écrans retirés pour les différents services de patients de l'Hôpital "
            "Militaire Reine Astrid, à Neder-Over-Heembeek.",
            actors=["Hôpital Militaire Reine Astrid"], dates=["2021-12"], published="2023-09-30"),
    # Epicure is software (a product)
    Passage("https://plus.lesoir.be/325482/article/2020-09-16/les-cooperatives-lautre-economie-les-professionnels-de-la-"
            "sante-semparent-de",
            "Début 2018, les médecins généralistes apprennent que le logiciel Epicure dont ils se servent à longueur de "
            "journée est vendu à une multinationale.",
            dates=["2018"], published="2020-09-16"),
    Passage("https://www.journaldequebec.com/2021/01/11/quebec-sur-le-point-de-tout-ceder-aux-geants-du-web",
            "« Si les données d’un organisme se retrouvent chez Amazon, achetées ou non d’un fournisseur québécois, les "
            "données et l’argent des Québécois seront au final chez Amazon », a déploré Stéphane Garneau, PDG de Micro Logic",
            actors=["Amazon", "Stéphane Garneau", "Micro Logic"], dates=[], published="2021-01-11"),
    # "la Sem" is not named; "Territoires d’innovation" is a call for projects
    Passage("https://lesepl.fr/epl-en-action/morbihan-terradata-pour-bien-stocker-la-donnee-publique",
            "« Morbihan Energies a été désigné lauréat de l’appel à projets Territoires d’innovation pour impulser une "
            "dynamique de production d’énergies renouvelables et d’innovation numérique dans l’ensemble du département », "
            "explique Jo Brohan, conseiller municipal de Muzillac et président de la Sem.",
            actors=["Morbihan Energies", "Jo Brohan"], dates=[]),
    Passage("https://village-justice.com/articles/sanctions-des-professionnels-sante-par-cnil-2024-etat-des-lieux-"
            "enseignements,52438.html",
            "En 2024, la CNIL a prononcé 84 sanctions cumulant 55 212 400 euros d’amendes.",
            money=[(55212400, "EUR")], actors=["CNIL"], dates=["2024"]),
    Passage("https://www.august-debouzy.com/fr/blog/2122-donnees-de-sante-la-cnil-inflige-sa-premiere-amende-publique-"
            "pour-non-respect-des-formalites-prealables-dans-le-domaine-de-la-sante-entre-autres-manquements",
            "Le 5 septembre 2024, la CNIL a infligé une amende de 800 000 euros à la société CEGEDIM SANTE, éditrice de "
            "logiciels de gestion pour les professionnels de santé",
            money=[(8e5, "EUR")], actors=["CNIL", "CEGEDIM SANTE"], dates=["2024-09-05"], published="2024-09-18"),
    # "1.5 millions" is 1,5 million written with a point
    Passage("https://cneh.fr/?p=36344",
            "Le 15 avril 2022, la formation restreinte de la Commission Nationale de l’Informatique et des Libertés (CNIL) a "
            "sanctionné la société Dedalus Biologie d’une amende 1.5 millions d’euros pour défaut de sécurité ayant conduit à "
            "la fuite de données médicales d’un demi-million de personnes.",
            money=[(1.5e6, "EUR")], actors=["Commission Nationale de l’Informatique et des Libertés", "CNIL",
                                            "Dedalus Biologie"], dates=["2022-04-15"]),
    # published 2019-04-29: "En mars dernier" is March 2019
    Passage("http://www.agefi.com/home/marches-et-produits/detail/edition/online/article/en-droit-guide-%3C%3Ccloud%3E%3E-"
            "swissbanking-quelles-avancees-487248.html",
            "En mars dernier, l’Association suisse des banquiers (ASB) a publié son Guide pour les banques et négociants en "
            "valeurs mobilières qui recourent ou souhaitent recourir au cloud computing.",
            actors=["Association suisse des banquiers", "ASB"], dates=["2019-03"], published="2019-04-29"),
    Passage("https://www.ictjournal.ch/etudes/2025-11-24/la-finma-alerte-sur-les-vulnerabilites-technologiques-du-"
            "secteur-financier-suisse",
            "Près de 47% des incidents signalés en 2024 proviennent désormais de fournisseurs externes, un niveau qui montre "
            "que la stabilité du système financier repose autant sur la solidité de ces partenaires technologiques que sur "
            "les capacités internes des banques et des assureurs.",
            percent=[47], dates=["2024"], published="2025-11-24"),
]


# Annotated blind, by reading only, before any extraction ran on them; never tuned against. Every passage is
# quoted from the article at its address; `published` is the date that page (or its address) gives (None: none found).
HELD_OUT_26 = [
    Passage("https://www.usine-digitale.fr/article/la-fonderie-de-stmicroelectronics-et-globalfoundries-debute-sa-"
            "production-et-recoit-2-9-milliards-d-euros-d-aides.N2139687",
            "Ce projet, qui représente un investissement total de près de 7,5 milliards d'euros, est \"le plus "
            "grand investissement industriel des dernières décennies, hors nucléaire\" selon les déclarations de "
            "Bruno Le Maire en 2022.",
            money=[(7.5e9, "EUR")], actors=["Bruno Le Maire"], dates=["2022"]),
    # "Choose France" is an event, the Château de Versailles a place
    Passage("https://www.econostrum.info/STMicroelectronics-et-GlobalFoundries-investissent-dans-une-usine-de-semi-"
            "conducteurs-en-France_a28072.html",
            "Le Franco-italien STMicroelectronics (ST) et l'Américain GlobalFoundries (GF) vont construire une "
            "usine de production de semi-conducteurs à Crolles, près de Grenoble. Un protocole d'accord en ce sens "
            "a été signé, lundi 11 juillet 2022 au Château de Versailles à l'occasion du sommet \"Choose France\".",
            actors=["STMicroelectronics", "ST", "GlobalFoundries", "GF"], dates=["2022-07-11"], published="2022-07"),
    Passage("https://wordpress.kennycaldieraro.fr/la-data-zdnet-44me-de-commandes-publiques-sur-le-marche-cloud-u",
            "Arrive en seconde position Microsoft à 8,1 millions d’euros. Viennent ensuite Outscale (3,7 M€), "
            "Scaleway (3,6 M€) et AWS (2,2 M€). “Cela montre que les solutions françaises sont assez "
            "significatives”, commente Edward Jossa.",
            money=[(8.1e6, "EUR"), (3.7e6, "EUR"), (3.6e6, "EUR"), (2.2e6, "EUR")],
            actors=["Microsoft", "Outscale", "Scaleway", "AWS", "Edward Jossa"], dates=[]),
    Passage("https://wordpress.kennycaldieraro.fr/la-france-pays-europeen-de-lia-et-aussi-de-la-cybersecurite",
            "D’après les données collectées sur l’investissement en cybersécurité, 12,1 milliards d’euros ont été "
            "levés en 2024 par les startups. Cela représente un rebond de 29% sur un an.",
            money=[(1.21e10, "EUR")], percent=[29], dates=["2024"]),
    # "l'année précédente" is left out: no date on the page settles it
    Passage("https://banquedesterritoires.fr/cybersecurite-les-attaques-par-rancongiciels-des-logiciels-"
            "malveillants-en-baisse-chez-les",
            "l'agence française de sécurité informatique (Anssi) recense 4.386 événements de sécurité dans son "
            "panorama de la cybermenace 2024, soit une augmentation de 15% par rapport à l’année précédente. Pour "
            "autant, la proportion de collectivités victimes de rançongiciels (17%) a diminué par rapport à 2023.",
            percent=[15, 17], actors=["Anssi"], dates=["2024", "2023"]),
    Passage("https://www.clubic.com/antivirus-securite-informatique/actualite-412704-l-anssi-dresse-le-panorama-d-"
            "une-menace-informatique-qui-se-professionnalise-toujours-plus.html",
            "avec 203 attaques traitées par l'ANSSI en 2021, soit 11 de plus qu'en 2020. Les TPE, PME et ETI "
            "représentent à elles seules 34 % des victimes (53 % de plus par rapport à 2020). Suivent les "
            "collectivités (19 %) et les entreprises stratégiques (10 %).",
            percent=[34, 53, 19, 10], actors=["ANSSI"], dates=["2021", "2020", "2020"]),
    # published 2024-05 only: "mercredi" is not settled
    Passage("https://www.rtn.ch/rtn/Actualite/economie/La-Suisse-aura-son-cloud-souverain.html",
            "L'administration fédérale aura son propre service en nuage souverain. Le Conseil fédéral a demandé "
            "mercredi un crédit de 246,9 millions de francs pour ce 'Swiss Governement Cloud' (SGC).",
            money=[(2.469e8, "CHF")], actors=["Conseil fédéral"], dates=[], published="2024-05"),
    # a Canadian article: "dollars" is CAD
    Passage("https://ici.radio-canada.ca/nouvelle/1808698/centre-traitement-donnes-haute-intensite-levis-qscale-"
            "investissement-867-millions",
            "L’entreprise québécoise Fonds QScale S.E.C. va implanter un centre de traitement de données à haute "
            "densité à Lévis. Le projet évalué à 867 millions de dollars sera réalisé en huit phases sur une "
            "période de sept ans et permettra de créer plus de 200 emplois spécialisés.",
            money=[(8.67e8, "CAD")], actors=["Fonds QScale S.E.C."], dates=[]),
    Passage("https://www.lapresse.ca/affaires/2021-06-03/centre-de-traitement-de-donnees/projet-milliardaire-a-"
            "saint-bruno.php",
            "La construction a commencé au premier campus situé à Lévis. La livraison est prévue en novembre 2022. "
            "Le quotidien Le Soleil en a décrit les grandes lignes récemment.",
            actors=["Le Soleil"], dates=["2022-11"], published="2021-06-03"),
    # published 2025-11-21: "le 23 octobre dernier" is 2025-10-23; "2025-2029" is a range: its start. Digital
    # Wallonia is a strategy
    Passage("https://geeko.lesoir.be/2025/11/21/avec-la-strategie-digital-wallonia-la-wallonie-veut-transformer-la-"
            "cybersecurite-en-atout-economique",
            "En adoptant la version 2025-2029 de Digital Wallonia le 23 octobre dernier, il a notamment manifesté "
            "sa volonté d’assurer la résilience de la Wallonie et de ses infrastructures en termes de "
            "cybersécurité, s’alignant ainsi sur les axes de la Digital Decade de L’Europe.",
            dates=["2025", "2025-10-23"], published="2025-11-21"),
    Passage("https://trends.levif.be/economie/high-tech/une-cyber-valley-wallonne/article-normal-1555135.html",
            "Pour combattre cette menace grandissante des pirates informatiques, le groupe belge Rhea vient "
            "d'investir 20 millions d'euros dans la construction d'un futur centre d'excellence européen en "
            "cybersécurité.",
            money=[(2e7, "EUR")], actors=["Rhea"], dates=[], published="2022-05"),
    # published Friday 2022-05-13: "ce vendredi" is that day; the parc Galaxia is a place
    Passage("https://www.lalibre.be/economie/digital/2022/05/13/la-wallonie-inaugure-sa-plateforme-cyberwal-la-"
            "region-doit-etre-souveraine-puisquelle-vise-a-proteger-les-interets-vitaux-du-pays-"
            "ZYBT65IT3BEFFC6DSNERBADI5E/",
            "La plateforme Cyberwal, qui vise à rassembler l'ensemble des acteurs de la cybersécurité au Sud du "
            "pays, a été officiellement inaugurée ce vendredi dans le parc Galaxia de Transinne, en présence entre "
            "autres du secrétaire d'Etat pour la Relance et les Investissements, Thomas Dermine",
            actors=["Cyberwal", "Thomas Dermine"], dates=["2022-05-13"], published="2022-05-13"),
    # published 2025-02-20: "le 7 février dernier" is 2025-02-07
    Passage("https://lpost.be/2025/02/20/la-region-wallonne-investit-pres-de-10-millions-dans-un-nouveau-centre-de-"
            "cybersecurite-a-redu",
            "Au total, c’est un montant de près de 10 millions d’euros que la Région wallonne a investi dans le "
            "nouveau centre de cybersécurité que l’intercommunale de développement Idelux a inauguré le 7 février "
            "dernier.",
            money=[(1e7, "EUR")], actors=["Région wallonne", "Idelux"], dates=["2025-02-07"],
            published="2025-02-20"),
    # an interview (Stéphane Couleaud, Webmecanik)
    Passage("https://souveraine.tech/souverainete-et-technologies-ne-sont-pas-des-oxymores/",
            "Sur ces 10 dernières années, le chiffre d’affaires des éditeurs de SaaS français a doublé, et le "
            "chiffre d’affaires en business model d’abonnement est passé de 10% à 43% (Rapport annuel 2021 par "
            "Numeum et Ernst & Young).",
            percent=[10, 43], actors=["Numeum", "Ernst & Young"], dates=["2021"]),
    # "Roah Data Center" is the facility, not an organisation
    Passage("https://www.lejournaldesentreprises.com/article/thales-oceanopolis-stade-brestois-lidl-les-"
            "investissements-qui-marqueront-2023-2050462",
            "Son ouverture est prévue au second semestre 2023, pour une pleine capacité début 2024. C’est à "
            "Noyal-sur-Vilaine, en région rennaise, que Nation Data Center, filiale du groupe Bakjy, a annoncé le "
            "lancement de \"Roah Data Center\".",
            actors=["Nation Data Center", "Bakjy"], dates=["2023-H2", "2024"]),
    Passage("https://lemondeinformatique.fr/actualites/lireamp-planification-ecologique-l-etat-lance-un-fonds-de-50-"
            "meteuro-pour-des-projets-it-92934.html",
            "C’est chose faite avec la présentation du fonds « numérique et données » doté de 50 M€ pour 2024. Il "
            "est piloté par la Dinum (direction interministérielle du numérique) en partenariat avec le Secrétariat "
            "général à la planification écologique (SGPE).",
            money=[(5e7, "EUR")],
            actors=["Dinum", "direction interministérielle du numérique",
                    "Secrétariat général à la planification écologique", "SGPE"],
            dates=["2024"]),
    Passage("https://mesures.com/informatique-industrielle/le-conseil-dadministration-datos-retient-loffre-de-"
            "onepoint",
            "250 millions d’euros de nouveaux fonds seront aussi injectés en fonds propres répartis ainsi : 175 "
            "millions d’€ provenant du consortium Onepoint et 75 millions d’€ provenant des créanciers.",
            money=[(2.5e8, "EUR"), (1.75e8, "EUR"), (7.5e7, "EUR")], actors=["Onepoint"], dates=[]),
    Passage("https://www.solutions-numeriques.com/atos-a-enfin-choisi-cest-onepoint/",
            "Le Conseil d’administration d’Atos a décidé de poursuivre avec la proposition de restructuration "
            "financière soumise par le consortium Onepoint composé de Onepoint, Butler Industries et Econocom, "
            "ainsi que d’un groupe de certains créanciers financiers de la société.",
            actors=["Atos", "Onepoint", "Butler Industries", "Econocom"], dates=[]),
    # the company's release, dated 2023-06-07 on its page
    Passage("https://itespresso.fr/press-release/soitec-publie-les-rsultats-annuels-de-son-exercice-fiscal-2022-2023",
            "Le chiffre d’affaires s’est élevé à 1,1 Md€, en croissance de 26% en données publiées et de 19% à "
            "périmètre et taux de change constants",
            money=[(1.1e9, "EUR")], percent=[26, 19], dates=[], published="2023-06-07"),
    # EMC2 is a project
    Passage("https://banquedesterritoires.fr/le-conseil-detat-valide-lhebergement-des-donnees-de-sante-par-microsoft",
            "Le Conseil d'État a rejeté définitivement le 19 novembre 2024 les recours déposés par l'Internet "
            "Society France et plusieurs acteurs du numérique contre la délibération de la Commission nationale de "
            "l'informatique et des libertés (Cnil) sur le projet EMC2 du Health Data Hub.",
            actors=["Conseil d'État", "Internet Society France", "Commission nationale de l'informatique et des libertés",
                    "Cnil", "Health Data Hub"],
            dates=["2024-11-19"]),
    # "fin 2019" is 2019
    Passage("https://linformaticien.com/magazine/tendances/51796-89health-data-hub-le-conseil-d-etat-valide-l-"
            "hebergement-par-microsoft-sous-conditions.html",
            "Ce cloud controversé des données de santé lancé en 2018 et mis sur les rails en fin 2019 a été confié "
            "pour la partie hébergement à Microsoft, la maîtrise d'oeuvre revenant à l'ESN Groupe Open.",
            actors=["Microsoft", "Groupe Open"], dates=["2018", "2019"]),
    # no date on the page: "le 13 octobre" and "fin septembre" have no year; "l'Etat" is the state
    Passage("https://solutions-numeriques.com/le-conseil-detat-autorise-microsoft-a-heberger-le-health-data-hub",
            "Le juge des référés a débouté le 13 octobre le collectif SantéNathon, qui avait fait appel fin "
            "septembre devant le Conseil d’État de la décision de l’Etat de confier en 2019 à Microsoft "
            "l’hébergement des données de santé des Français dans son Health Data Hub (HDH).",
            actors=["SantéNathon", "Conseil d’État", "Microsoft", "Health Data Hub", "HDH"], dates=["2019"]),
    # an interview (Marc Oehler, Infomaniak); roles are not actors
    Passage("https://focus.swiss/business/technologie/digitalisation/marc-oehler-un-cloud-ethique-et-souverain-sans-"
            "compromis",
            "J’ai commencé au support client avant d’évoluer progressivement au sein de l’entreprise, en 2013 comme "
            "responsable de produits, en mars 2017 comme Chief Customer Officer, puis comme CEO en décembre 2020.",
            dates=["2013", "2017-03", "2020-12"]),
    # the Data Act is a regulation, not an actor
    Passage("https://www.lemagit.fr/actualites/366632382/Data-Act-SREN-lArcep-publie-des-recommandations-aprement-"
            "discutees",
            "L’Autorité de régulation des communications électroniques articule les liens entre le Data Act, entré "
            "en application le 12 septembre 2025, et la loi SREN (« Sécuriser et Réguler l’Espace Numérique »), "
            "promulguée en mai 2024.",
            actors=["Autorité de régulation des communications électroniques"], dates=["2025-09-12", "2024-05"],
            published="2025-10-03"),
    # "d'octobre à décembre 2024" is a range: its start
    Passage("https://www.clubic.com/actualite-600895-changer-de-fournisseur-cloud-va-devenir-beaucoup-moins-cher-et-"
            "l-arcep-veut-accelerer-les-choses.html",
            "Une consultation menée d'octobre à décembre 2024 avait permis de recueillir 22 contributions d'acteurs "
            "du secteur, de quoi poser les premières bases de ce chantier réglementaire.",
            dates=["2024-10"], published="2026-02-17"),
    # no date on the page: "ce 24 janvier" has no year
    Passage("https://www.usine-digitale.fr/article/ordinateur-quantique-pasqal-entre-dans-une-nouvelle-dimension-en-"
            "levant-100-millions-d-euros.N2092186",
            "La pépite française du quantique, Pasqal, annonce ce 24 janvier une levée de fonds de 100 millions "
            "d'euros en série B.",
            money=[(1e8, "EUR")], actors=["Pasqal"], dates=[]),
    # published Friday 2019-11-01 (the address): "vendredi" is that day, "juin dernier" June 2019
    Passage("https://www.lapresse.ca/actualites/justice-et-faits-divers/201911/01/01-5248031-vol-de-donnees-chez-"
            "desjardins-42-millions-de-victimes.php",
            "Le chef de la direction de Desjardins, Guy Cormier, en a fait l’annonce vendredi, peu avant un "
            "discours devant la Chambre de commerce du Montréal métropolitain. Ainsi, 1,5 million de membres "
            "supplémentaires seraient touchés par cette fuite majeure, dont les premiers détails ont été révélés en "
            "juin dernier.",
            actors=["Desjardins", "Guy Cormier", "Chambre de commerce du Montréal métropolitain"],
            dates=["2019-11-01", "2019-06"], published="2019-11-01"),
    Passage("https://www.sudouest.fr/economie/la-french-tech/french-tech-bordeaux-le-nouveau-bureau-veut-developper-"
            "un-numerique-plus-ecolo-et-inclusif-4091236.php",
            "Le secteur représente désormais plus de 26 000 emplois, hors grands groupes, sur la métropole "
            "bordelaise. Avec de vraies pépites, à l’image de ManoMano, leader européen du bricolage maison et "
            "jardin en ligne, qui a récemment levé 355 millions de dollars ! La société est désormais valorisée 2,6 "
            "milliards de dollars.",
            money=[(3.55e8, "USD"), (2.6e9, "USD")], actors=["ManoMano"], dates=[]),
    # the article's date is not on the page: "le 26 février dernier" is left out
    Passage("https://www.echos-judiciaires.com/?p=6169",
            "La visite du secrétaire d’État au numérique Cédric O à Bordeaux, le 26 février dernier, l’a montré : "
            "la dynamique de l’écosystème innovant demeure malgré la crise. Sur le territoire, French Tech Bordeaux "
            "actionnera en 2021 plusieurs leviers pour l’accompagner.",
            actors=["Cédric O", "French Tech Bordeaux"], dates=["2021"]),
    Passage("https://www.generation-nt.com/actualites/iliad-intelligence-artificielle-supercalculateur-scaleway-"
            "cloud-2040239",
            "Iliad vient de présenter un grand plan autour de l'intelligence artificielle et promet d'y consacrer "
            "200 millions d'euros. Cela passe par l'acquisition d'un supercalculateur qui apportera la puissance de "
            "calcul nécessaire et par l'infrastructure cloud fournie par la filiale Scaleway.",
            money=[(2e8, "EUR")], actors=["Iliad", "Scaleway"], dates=[], published="2023-09"),
    Passage("https://www.channelnews.fr/iliad-devoile-son-plan-dinvestissement-pour-devenir-un-champion-europeen-de-"
            "lia-128519",
            "Iliad annonce par ailleurs la création d’un laboratoire de recherche en intelligence artificielle à "
            "Paris. Déjà doté d’un budget de plus de 100 millions d’euros, il vise à réunir les meilleurs "
            "chercheurs internationaux avec pour mission générale « la construction et la démocratisation d’une "
            "intelligence artificielle générale ».",
            money=[(1e8, "EUR")], actors=["Iliad"], dates=[]),
    # no date on the page: "jeudi" is not settled; "l'Etat luxembourgeois" is the state
    Passage("https://infos.rtl.lu/actu/luxembourg/a/2270070.html",
            "Clarence SA – une joint-venture de LuxConnect et Proximus Luxembourg – a signé jeudi un partenariat "
            "avec l'Etat luxembourgeois en vue de l'exploitation d'un cloud souverain déconnecté.",
            actors=["Clarence SA", "LuxConnect", "Proximus Luxembourg"], dates=[]),
    Passage("https://paperjam.lu/article/proximus-et-luxconnect-vont-cr",
            "Ceci en lien avec Google Cloud, qui a signé un accord avec Proximus pour la distribution de ses "
            "services de cloud souverain sur le territoire Belux. «Je suis fier que cette coopération "
            "belgo-luxembourgeoise sera un pionnier européen en termes de cloud souverain», commente Xavier Bettel.",
            actors=["Google Cloud", "Proximus", "Xavier Bettel"], dates=[]),
    # an interview's introduction (Paul Konsbruck, LuxConnect)
    Passage("https://cc.lu/de/saemtliche-informationen/neuigkeiten/detail/luxconnect-places-fortes-du-monde-"
            "numerique?cHash=8b2a8d37a5f87bd8b6a8a60e317069f9&tx_ccnews_news%5Bpage%5D=2",
            "Paul Konsbruck, arrivé en octobre 2021 à la tête de l’entreprise, nous explique les enjeux de cette "
            "«industrie», pilier de l’économie d’aujourd’hui et de demain.",
            actors=["Paul Konsbruck"], dates=["2021-10"]),
    Passage("https://myconnectivity.lu/fr/les-datacenters-linvisible-infrastructure-numerique-du-luxembourg/"
            "?fromLang=fr&toLang=de",
            "Au cœur de cette infrastructure : des centres de calcul certifiés Tier IV, exploités par la société "
            "publique LuxConnect, offrant une disponibilité annuelle de 99,995% et un réseau de fibre noire de 1900 "
            "km.",
            percent=[99.995], actors=["LuxConnect"], dates=[], published="2025-07-03"),
    # "un milliard d'euros" written in words
    Passage("https://www.maddyness.com/2025/07/10/que-font-les-fonds-le-portrait-de-bpifrance-deeptech-venture/",
            "Pour répondre aux besoins spécifiques de l’innovation de rupture, Bpifrance Deeptech Venture s’appuie "
            "sur une architecture composée de six fonds complémentaires, représentant au total un milliard d’euros "
            "sous gestion.",
            money=[(1e9, "EUR")], actors=["Bpifrance Deeptech Venture"], dates=[], published="2025-07-10"),
    # an interview (Paul-François Fournier, Bpifrance)
    Passage("https://www.frenchweb.fr/paul-francois-fournier-comment-bpifrance-veut-armer-leconomie-francaise/453181",
            "Bpifrance reconnaît que l’écosystème Deep Tech est encore trop dépendant du financement public. Si la "
            "banque publique assume son rôle moteur, l’objectif est de ramener sa part à 20 %, comme dans le "
            "digital.",
            percent=[20], actors=["Bpifrance"], dates=[], published="2025-04"),
    # published 2023-03: "l'an passé" is 2022; "673 millions" is euros beside "deux milliards d'euros"
    Passage("https://www.agefi.fr/private-equity/actualites/le-plan-deeptech-ne-desarme-pas-malgre-les-difficultes-"
            "a-venir",
            "Ces sociétés ont bénéficié de quelque deux milliards d’euros en quatre ans de financements de type "
            "aides à l’innovation, prêts, appels à projets (AAP), concours, dont 673 millions l’an passé octroyés à "
            "870 start-up.",
            money=[(2e9, "EUR"), (6.73e8, "EUR")], dates=["2022"], published="2023-03"),
    # published 2023-03-28 (the address): "L'année dernière" is 2022
    Passage("https://www.maddyness.com/2023/03/28/plan-deeptech-bpifrance-universitaire/",
            "L’année dernière, 673 millions d’euros ont été déployés par Bpifrance auprès de 869 startups deeptech "
            "(+281 % depuis 2019) et 225 ont bénéficié d’un accompagnement.",
            money=[(6.73e8, "EUR")], percent=[281], actors=["Bpifrance"], dates=["2022", "2019"],
            published="2023-03-28"),
    # an Arcep recommendation: the Data Act is a regulation, not an actor
    Passage("https://www.alliancy.fr/cloud-larcep-veut-en-finir-avec-le-verrou-du-changement-de-fournisseur",
            "Le 2 octobre 2025, l’Arcep publie une recommandation sur l’interopérabilité et la portabilité du "
            "cloud. Elle vise à simplifier le passage d’un fournisseur à un autre et à préparer la mise en œuvre du "
            "Data Act européen.",
            actors=["Arcep"], dates=["2025-10-02"]),
    Passage("https://www.tvanouvelles.ca/2019/06/20/les-renseignements-personnels-de-29-millions-de-membres-"
            "desjardins-divulgues",
            "«Qu’un membre ait décidé de trahir d’autres membres, je suis indigné», a déclaré Guy Cormier, "
            "président et chef de la direction du Mouvement Desjardins, en point de presse à Montréal.",
            actors=["Guy Cormier", "Mouvement Desjardins"], dates=[], published="2019-06-20"),
    Passage("https://www.usine-digitale.fr/article/le-groupe-iliad-fait-son-entree-sur-le-terrain-hautement-"
            "convoite-de-l-intelligence-artificielle.N2175522",
            "Bien décidé à ne pas \"regarder le match se faire sans nous\", il s'agit pour la maison-mère de Free "
            "en France de devenir un acteur important du paysage européen l'IA, en déboursant un total estimé à 200 "
            "millions d'euros.",
            money=[(2e8, "EUR")], actors=["Free"], dates=[], published="2023-09"),
    # the Prix Nobel is an award
    Passage("https://linfocr.com/magazine/biz-it/60507-pasqal-leve-100-millions-d-euros.html",
            "Pasqal, jeune pousse française cofondée par le Prix Nobel de Physique Alain Aspect, vient de boucler "
            "son deuxième tour de table, mené par le fond Temasek. La société lève ainsi 100 millions d'euros.",
            money=[(1e8, "EUR")], actors=["Pasqal", "Alain Aspect", "Temasek"], dates=[]),
    # the ministry's answer to a written question, given 2024-03-12; "le Gouvernement" is the state
    Passage("https://xn--nosdputs-e1ad.fr/16/question/QE/11842",
            "Pour répondre à ces enjeux, le Gouvernement met en œuvre depuis 2021 une stratégie cloud reposant sur "
            "4 piliers : la qualification de cybersécurité SecNumCloud, délivrée par l'Agence nationale de la "
            "sécurité des systèmes d'information (ANSSI)",
            actors=["Agence nationale de la sécurité des systèmes d'information", "ANSSI"], dates=["2021"],
            published="2024-03-12"),
    Passage("https://journal-info.fr/2025/02/09/intelligence-artificielle-emmanuel-macron-annonce-un-investissement-"
            "record-de-109-milliards-deuros",
            "À la veille du sommet international sur l’intelligence artificielle à Paris, Emmanuel Macron a dévoilé "
            "un plan d’investissement colossal pour faire de la France un leader dans ce domaine stratégique. Un "
            "montant sans précédent de 109 milliards d’euros sera injecté dans l’IA au cours des prochaines années, "
            "réunissant des fonds publics et privés.",
            money=[(1.09e11, "EUR")], actors=["Emmanuel Macron"], dates=[], published="2025-02-09"),
]

# Annotated blind, by reading only, before any extraction ran on them. Every passage is quoted from the
# article at its address; `published` is the date that page (or its address) gives (None: none found).
HELD_OUT_27 = [
    # published 2025-05: the conference "organisée en mars" is March 2025; the conference name is an event
    Passage("https://www.lemagit.fr/actualites/366623590/Doctrine-cloud-de-lEtat-premier-bilan",
            "Lors de la troisième édition de la conférence « L’État dans le nuage », organisée en mars et dédiée au cloud "
            "dans la sphère publique, la Dinum (Direction interministérielle du Numérique) et la DGE ont dressé un bilan des "
            "12 mois précédents de l’écosystème cloud français.",
            actors=["Dinum", "Direction interministérielle du Numérique", "DGE"], dates=["2025-03"], published="2025-05"),
    # Pi and Nubo are clouds (products); the two ministries are organisations
    Passage("https://www.lemondeinformatique.fr/les-dossiers/lire-une-souverainete-malmenee-a-tous-les-niveaux-1677.html",
            "Selon un rapport de la cour des comptes sur la souveraineté, sur les 3 milliards d’euros du budget numérique de "
            "l’Etat, seulement 6,1 millions €/an (55 M€ en neuf ans) vont vers les clouds souverains internes Pi et Nubo "
            "développés respectivement par le ministère de l’Intérieur et par le ministère des Finances.",
            money=[(3e9, "EUR"), (6.1e6, "EUR"), (5.5e7, "EUR")],
            actors=["cour des comptes", "ministère de l’Intérieur", "ministère des Finances"], dates=[]),
    # no date on the page: "lundi" is left out
    Passage("https://cbnews.fr/digital/image-cloud-arcep-ouvre-consultation-publique-87875",
            "L' Autorité de Régulation des Communications Electroniques, des Postes et de la distribution de la Presse "
            "(Arcep) a ouvert lundi une consultation publique sur la régulation des services de cloud",
            actors=["Autorité de Régulation des Communications Electroniques, des Postes et de la distribution de la Presse",
                    "Arcep"], dates=[]),
    Passage("https://www.mac4ever.com/web/194165-l-arcep-veut-supprimer-les-frais-de-transfert-de-donnees-sur-le-cloud",
            "L’Arcep rappelle que le règlement européen sur les données (Data Act) prévoit déjà une suppression progressive "
            "des frais de changement de fournisseur, avec une interdiction totale à partir du 12 janvier 2027.",
            actors=["Arcep"], dates=["2027-01-12"], published="2026-01-16"),
    # an official release; "fin 2024" is 2024; "zéro euro" is counted as an amount of 0 EUR
    Passage("https://www.arcep.fr/actualites/actualites-et-communiques/detail/n/cloud-160226.html",
            "A la suite d’une consultation publique menée fin 2024 et en application de la loi SREN, l’Arcep a adopté, le 20 "
            "février 2025, une décision proposant de fixer à zéro euro le montant maximal de tarification pour les frais de "
            "transfert de données dans le cadre d’un changement de fournisseur.",
            money=[(0.0, "EUR")], actors=["Arcep"], dates=["2024", "2025-02-20"]),
    Passage("https://www.channelnews.fr/larcep-consulte-sur-les-frais-de-changement-de-fournisseur-cloud-154917",
            "Concrètement, le régulateur soumet deux projets de lignes directrices à la concertation jusqu’au 27 mars 2026.",
            dates=["2026-03-27"], published="2026-02-16"),
    Passage("https://www.clubic.com/actualite-595522-si-vous-changez-de-fournisseur-cloud-les-frais-de-transfert-de-donnees-"
            "sont-desormais-gratuits.html",
            "L'ARCEP ne s'est pas contentée d'appliquer bêtement le règlement européen sur les données de décembre 2023 et la "
            "loi SREN de mai 2024. L'autorité a mené son enquête dès l'automne 2024",
            actors=["ARCEP"], dates=["2023-12", "2024-05", "2024-autumn"], published="2026-01-16"),
    Passage("https://strategies.fr/actualites/culture-tech/LQ2107672C/cloud-lautorite-de-la-concurrence-veut-faire-le-menage.html",
            "Après s’être autosaisie en janvier 2022, l’autorité de la concurrence a remis son rapport sur les "
            "dysfonctionnements au sein du marché du Cloud.",
            actors=["autorité de la concurrence"], dates=["2022-01"]),
    Passage("https://nosdeputes.fr/16/amendement/1674/111",
            "le baromètre France Digitale (septembre 2022) souligne par exemple que 65% des startups françaises ressentent une "
            "dépendance",
            percent=[65], actors=["France Digitale"], dates=["2022-09"], published="2023-09-28"),
    # "21,6" and "7,4" are billions of euros by the amounts beside them
    Passage("https://www.republik-it.fr/acteurs-it/esn-conseil/numeum-se-rejouit-de-la-croissance-responsable-du-numerique.html",
            "En France, le secteur du numérique représente, en 2022, selon ces chiffres, un marché de 61 milliards d’euros "
            "(+7,5 % par rapport à 2021) avec une répartition assez inégale : les ESN représentent ainsi 31,9 milliards "
            "d’euros (+5,1 %), éditeurs et SaaS 21,6 (+11,3 %) et le conseil 7,4 (+7,4 %).",
            money=[(6.1e10, "EUR"), (3.19e10, "EUR"), (2.16e10, "EUR"), (7.4e9, "EUR")],
            percent=[7.5, 5.1, 11.3, 7.4], dates=["2022", "2021"]),
    # published 2022-07 gives no day: "vendredi" is left out
    Passage("https://www.boursorama.com/actualite-economique/actualites/france-le-secteur-du-numerique-revise-en-hausse-sa-"
            "prevision-de-croissance-pour-2022-c98bdad0195052f7aba997f0d0efebed",
            "Numeum, l'organisation professionnelle qui regroupe les entreprises françaises du numérique, prévoit désormais une "
            "croissance de 7,4% en 2022 pour le secteur, contre 7,1% précédemment attendu, a-t-elle indiqué vendredi.",
            percent=[7.4, 7.1], actors=["Numeum"], dates=["2022"], published="2022-07"),
    Passage("https://www.lemondeinformatique.fr/actualites/lire-secteur-it-numeum-vise-une-croissance-2021-et-2022-plus-forte-"
            "85029.html",
            "Les revenus pour l’écosystème devraient atteindre 56,3 milliards d’euros (en France) sur 2021 avec une répartition "
            "de 30 milliards d’euros pour les ESN, 20 milliards pour les éditeurs et les plateformes cloud et le reste pour les "
            "ICT.",
            money=[(5.63e10, "EUR"), (3e10, "EUR"), (2e10, "EUR")], dates=["2021"]),
    # no date on the page: "ce second semestre" is left out
    Passage("https://solutions-numeriques.com/entreprises-du-numerique-une-croissance-attendue-de-75-en-2022",
            "Au point que ces dernières devraient générer plus de 35 000 emplois nets, contre 34 000 en 2021, chiffre Benoit "
            "Darde qui voit l’avenir proche à plus « de 40 000 emplois », alors que les recrutements sont en hausse de 66 % ce "
            "second semestre.",
            percent=[66], actors=["Benoit Darde"], dates=["2021"]),
    Passage("https://www.boursorama.com/actualite-economique/actualites/france-le-secteur-du-numerique-reste-en-croissance-"
            "soutenue-022d65b28f31aa194b86e9e9a38286e0",
            "Selon Numeum, 55% des directions informatiques des entreprises (DSI) prévoient une hausse de leur budget en 2023, "
            "15% entrevoyant une hausse de plus de 10%.",
            percent=[55, 15, 10], actors=["Numeum"], dates=["2023"]),
    # "reculé de 4,6%": the value as written
    Passage("https://www.channelnews.fr/numeum-revoit-ses-previsions-de-croissance-a-la-hausse-pour-le-secteur-du-numerique-"
            "en-2022-116399",
            "Pour rappel, le marché avait reculé de 4,6% en 2020, revenant à 53 milliards d’euros après les 55 milliards "
            "d’euros de 2019.",
            money=[(5.3e10, "EUR"), (5.5e10, "EUR")], percent=[4.6], dates=["2020", "2019"]),
    Passage("https://www.lemagit.fr/actualites/252528438/Le-numerique-en-croissance-de-75-en-2022-Numeum",
            "L’organisation professionnelle, Numeum évalue les résultats du secteur numérique français à 60,9Mds€ (+7,5%).",
            money=[(6.09e10, "EUR")], percent=[7.5], actors=["Numeum"], dates=[], published="2022-12"),
    # an interview; the "Université d’Eté" is an event
    Passage("https://www.republik-it.fr/solutions-techno/cybersecurite/jean-noel-de-galzain-hexatrust-nous-avons-besoin-de-"
            "passer-a-l-ere-de-la-commande.html",
            "Jean-Noël de Galzain, président d’Hexatrust, revient ici sur la stratégie de l’association et sur sa prochaine "
            "Université d’Eté du 9 septembre 2025 dont Républik IT est partenaire.",
            actors=["Jean-Noël de Galzain", "Hexatrust", "Républik IT"], dates=["2025-09-09"]),
    Passage("https://www.senat.fr/compte-rendu-commissions/20250526/ce_comm_pub.html",
            "Audition de M. Guillaume Poupard, directeur général adjoint de Docaposte, ancien directeur général de l'Agence "
            "nationale de la sécurité des systèmes d'information (Anssi)",
            actors=["Guillaume Poupard", "Docaposte", "Agence nationale de la sécurité des systèmes d'information", "Anssi"],
            dates=[]),
    # no date on the page: "En mars dernier" is left out
    Passage("https://wordpress.kennycaldieraro.fr/un-rapport-du-senat-souligne-la-def",
            "En mars dernier, le Sénat avait lancé une commission d’enquête «sur les coûts et les modalités effectifs de la "
            "commande publique et la mesure de leur effet d’entraînement sur l’économie française», à l’initiative du groupe "
            "Les Indépendants – République et Territoires (divers droite, présidé par Claude Malhuret).",
            actors=["Sénat", "Les Indépendants – République et Territoires", "Claude Malhuret"], dates=[]),
    # no date on the page: "en juillet dernier" is left out
    Passage("https://www.alliancy.fr/leurope-sous-contrat-dependance-par-defaut-souverainete-en-option?noamp=mobile",
            "Une matinée organisée en juillet dernier par la Caisse des Dépôts et Alliancy a apporté un éclairage sur les "
            "différentes formes de cette dépendance. Elle a d’abord été l’occasion pour Olivier Sichel, nouveau directeur "
            "général de cette institution",
            actors=["Caisse des Dépôts", "Alliancy", "Olivier Sichel"], dates=[]),
    # a company's regulated release dated Roubaix, 24 octobre 2024: "ce jour" is that day; the text keeps its double space
    Passage("https://finanzwire.fr/press-release/ovhcloud-annonce-des-resultats-annuels-solides-en-ligne-avec-les-objectifs-"
            "et-ouvre-une-nouvelle-phase-de-developpement-eI6cRVM01bS",
            "Offre publique de rachat d’actions (OPRA) par OVH Groupe d’un montant de 350 millions  d’euros à 9,0€ par action, "
            "déposée ce jour auprès de l’Autorité des Marchés Financiers",
            money=[(3.5e8, "EUR"), (9.0, "EUR")], actors=["OVH Groupe", "Autorité des Marchés Financiers"],
            dates=["2024-10-24"], published="2024-10-24"),
    Passage("https://www.jurisconforme.com/cookies-la-cnil-sanctionne-tiktok-a-hauteur-de-5-millions-deuros/",
            "Le 29 décembre 2022, la CNIL a sanctionné le réseau social TIKTOK pour un montant total de 5 millions d’euros pour "
            "deux raisons liées à l’usage de cookies.",
            money=[(5e6, "EUR")], actors=["CNIL", "TIKTOK"], dates=["2022-12-29"]),
    Passage("https://accens-avocats.com/blog/2022/03/15/cookies-publicitaires-la-sanction-prononcee-par-la-cnil-a-lencontre-"
            "de-google-validee-par-le-conseil-detat/",
            "Cette décision fait suite à un recours des sociétés GOOGLE LLC et GOOGLE IRELAND LIMITED contre l’amende de 100 "
            "millions d’euros prononcée par la CNIL en décembre 2020.",
            money=[(1e8, "EUR")], actors=["GOOGLE LLC", "GOOGLE IRELAND LIMITED", "CNIL"], dates=["2020-12"],
            published="2022-03-15"),
    Passage("https://blog.predictice.com/actualites-juridiques/condamnation-google-cnil-150-millions",
            "inflige cette fois-ci au géant du Web une amende record de 150 millions d’euros, ainsi qu’une amende de 60 millions "
            "d’euros à Facebook, par une décision du même jour pour une problématique identique.",
            money=[(1.5e8, "EUR"), (6e7, "EUR")], actors=["Facebook"], dates=[], published="2022-08-04"),
    Passage("https://cabinet-arst.com/publications/contrats/bandeau-cookies/",
            "En juillet 2021, la Société du Figaro a été sanctionnée à hauteur de 50 000 euros pour dépôt des cookies avant "
            "toute action de l’internaute (accord ou refus des cookies).",
            money=[(5e4, "EUR")], actors=["Société du Figaro"], dates=["2021-07"]),
    # the report's title is a document; the DSA is a law
    Passage("https://www.telecom-paris.fr/?p=219903",
            "Il aura fallu plus d’un an aux experts de l’Institut Montaigne pour rendre leur rapport, Infrastructures "
            "numériques : un plan décisif. Cette étude, publiée en mars 2025, s’inscrit dans la lignée du Digital Service Act "
            "(DSA), adopté en 2022,",
            actors=["Institut Montaigne"], dates=["2025-03", "2022"], published="2025-09-26"),
    # Canadian "$" is CAD; no date on the page: "L’an dernier" is left out; "le fédéral" names no organisation
    Passage("https://webjosh.com/article/les-contrats-d-amazon-ont-explos%C3%A9-1648804474-1160",
            "L’an dernier seulement, le fédéral a conclu des contrats pour 24,6 M$ avec Amazon Web Services (AWS), la branche "
            "informatique de la société du milliardaire Jeff Bezos.",
            money=[(2.46e7, "CAD")], actors=["Amazon Web Services", "AWS", "Jeff Bezos"], dates=[]),
    # "Québec" stands for the provincial government here: left out as a place name
    Passage("http://illini-nation.net/deputes-quebec-unis-boycottage-produits-americains.html",
            "Québec dénombre une cinquantaine de contrats d’une valeur de 170 millions de dollars avec l’entreprise de Jeff "
            "Bezos, la plupart avec la filiale Amazon Web Services, qui fournit des services et des infrastructures "
            "d’infonuagique, a expliqué le ministre Caire.",
            money=[(1.7e8, "CAD")], actors=["Jeff Bezos", "Amazon Web Services", "Caire"], dates=[]),
    Passage("https://www.letemps.ch/economie/cyber/negocier-un-contrat-cloud-une-multinationale-un-cauchemar",
            "Vendredi, l’Université de Lausanne organisait une demi-journée de conférence sur le cloud. L’occasion, pour des "
            "représentants du Département fédéral des finances (DFF), de raconter de manière détaillée les négociations aux "
            "contours surréalistes avec SAP, le géant allemand des logiciels de gestion.",
            actors=["Université de Lausanne", "Département fédéral des finances", "DFF", "SAP"], dates=[]),
    Passage("https://www.letemps.ch/economie/affaire-cloud-suisse-tant-dopacite",
            "Evidemment, on a toujours très envie de comprendre pourquoi ce sont cinq multinationales (Oracle, IBM, Microsoft, "
            "Amazon et Alibaba) qui ont été choisies initialement.",
            actors=["Oracle", "IBM", "Microsoft", "Amazon", "Alibaba"], dates=[]),
    # "la Confédération" is the Swiss state: left out; "B-3238/2021" is a case number, not a date
    Passage("https://www.letemps.ch/economie/cloud-suisse-lheure-dobtenir-reponses",
            "Voilà ce que nous attendons de la part de la Confédération après une décision très importante publiée la semaine "
            "passée par le Tribunal administratif fédéral (TAF). Dans son arrêt B-3238/2021, ce dernier a rejeté la demande de "
            "Google d’accorder l’effet suspensif à son recours.",
            actors=["Tribunal administratif fédéral", "TAF", "Google"], dates=[]),
    Passage("https://www.solutions-magazine.com/defense-le-temps-de-la-souverainete",
            "Si le projet du ministre de la Défense Theo Francken (N-VA) a surpris par l’importance du montant alloué, il est "
            "absolument nécessaire.",
            actors=["Theo Francken", "N-VA"], dates=[]),
    # "5,5 milliards" is in euros by the amount before it
    Passage("https://trends.levif.be/a-la-une/tech-medias/pourquoi-les-geants-de-la-tech-misent-ils-sur-la-belgique",
            "Microsoft vient d’inaugurer le premier de ses trois centres de données en Belgique, un investissement d’un "
            "milliard d’euros. Quelques semaines plus tôt, Google annonçait un projet de 5,5 milliards pour renforcer ses "
            "infrastructures cloud et IA dans le pays.",
            money=[(1e9, "EUR"), (5.5e9, "EUR")], actors=["Microsoft", "Google"], dates=[]),
    # published 2023-03-29, a Wednesday: "mercredi" is that day
    Passage("https://www.lalibre.be/economie/digital/2023/03/29/proximus-et-luxconnect-offrent-un-stockage-de-donnees-ultra-"
            "securise-au-belux-HBB3F7PAARG3VIJ2SRU3EOWJEY/",
            "Guillaume Boutin, administrateur délégué de Proximus, a exprimé mercredi sa grande satisfaction d'\"annoncer la "
            "première solution cloud Google déconnectée au Belux\".",
            actors=["Guillaume Boutin", "Proximus", "Google"], dates=["2023-03-29"], published="2023-03-29"),
    Passage("https://jeuxvideo.com/news/1867713/la-bretagne-prete-a-recevoir-des-milliards-d-euros-de-la-part-de-microsoft-"
            "pour-installer-un-data-center-a-la-place-de-l-ancienne-usine-de-peugeot.htm",
            "Outre le projet de Microsoft, d'autres développements sont prévus sur le site, notamment l'installation d'une "
            "usine de production de pièces de moteurs d'avion par Safran, prévue pour 2027.",
            actors=["Microsoft", "Safran"], dates=["2027"]),
    # published 2025-01-08: "le 7 janvier" is 2025-01-07; "conseil régional" is not named
    Passage("https://maldankon.cloud/fr_FR/page/des-milliards-deuros-dinvestissements-normandie-sur-le-point-de-devenir-la-"
            "capitale-des-data-centers-en-france-8bd45c",
            "C'est l'ambition clairement exprimée par Hervé Morin, le président du conseil régional, lors de ses vœux à la "
            "presse le 7 janvier.",
            actors=["Hervé Morin"], dates=["2025-01-07"], published="2025-01-08"),
    # an interview (published 2023-02-15); "depuis cet été" is left out; "à Bercy" is a place
    Passage("https://itforbusiness.fr/lambition-que-nous-portons-est-de-faire-de-la-france-une-grande-nation-numerique-59824",
            "C’est en grand connaisseur des questions économiques, juridiques et de financement de nos entreprises que "
            "Jean-Noël Barrot a rejoint depuis cet été, à Bercy, Bruno Le Maire, pour porter la question de la transition "
            "numérique.",
            actors=["Jean-Noël Barrot", "Bruno Le Maire"], dates=[], published="2023-02-15"),
    # Gaïa-X is named as a project
    Passage("https://archive.nossenateurs.fr/intervention/2315041",
            "La France et l'Allemagne ont par exemple lancé une stratégie européenne sur le cloud avec le projet Gaïa-X ; elle "
            "va donner lieu à des projets financés par les États membres et la Commission européenne.",
            actors=["Commission européenne"], dates=[]),
    Passage("https://nosdeputes.fr/16/intervention/387261",
            "grâce aux mesures dédiées du plan France 2030, auxquelles nous avons consacré environ 700 millions d'euros. Nous "
            "avons en outre confié à M. Michel Paulin, directeur général d'OVHcloud, la mission de préfigurer un comité "
            "stratégique de filière pour le numérique de confiance.",
            money=[(7e8, "EUR")], actors=["Michel Paulin", "OVHcloud"], dates=[]),
    # Gaïa-X named as "le cloud européen" is left out as a project
    Passage("https://nosdeputes.fr/16/intervention/42244",
            "Vous avez accepté le Health Data Hub de Microsoft Azure, accompagné une infiltration de Microsoft dans le cloud "
            "européen Gaïa-X, et promu l'accord entre Thalès et Google pour développer un « cloud de confiance » en qui "
            "personne n'a confiance.",
            actors=["Health Data Hub", "Microsoft Azure", "Microsoft", "Thalès", "Google"], dates=[]),
    # no date on the page: "publié en juin dernier" is left out
    Passage("https://nosdeputes.fr/16/intervention/387400",
            "Comme l'a rappelé l'Autorité de la concurrence dans son avis relatif au secteur du cloud, publié en juin dernier, "
            "ces frais ne sont justifiés ni par des raisons techniques ni par des raisons économiques.",
            actors=["Autorité de la concurrence"], dates=[]),
    Passage("https://www.channelnews.fr/le-cigref-sinquiete-a-son-tour-des-consequences-potentielles-du-rachat-de-vmware-"
            "par-broadcom-116077",
            "L’organisation rappelle que les produits de virtualisation de VMware sont utilisés par 90% des grandes "
            "organisations et l’intégralité des 155 grandes entreprises et administrations publiques françaises membres du "
            "Cigref.",
            percent=[90], actors=["VMware", "Cigref"], dates=[], published="2022-06"),
    # no date on the page: "En novembre dernier" is left out
    Passage("https://www.lemondeinformatique.fr/actualites/lire-face-a-l-intransigeance-de-broadcom-vmware-les-dsi-craquent-"
            "93787.html",
            "En novembre dernier, l'Américain Broadcom mettait la main sur son compatriote VMware, pour la coquette somme de "
            "61 Md$, auxquels s'ajoutent la reprise de la dette de 8 Md$ du spécialiste de la virtualisation.",
            money=[(6.1e10, "USD"), (8e9, "USD")], actors=["Broadcom", "VMware"], dates=[]),
    # "5.167 millions" is 5 167 millions written with a point
    Passage("https://www.boursier.com/actions/actualites/news/capgemini-affiche-une-croissance-record-de-17-7-au-1er-"
            "trimestre-2022-874951.html",
            "(Boursier.com) — Capgemini annonce un Chiffre d'affaires de 5.167 millions d'euros, en croissance de 21% à taux "
            "de change courants et de 17,7% à taux de change constants.",
            money=[(5.167e9, "EUR")], percent=[21, 17.7], actors=["Boursier.com", "Capgemini"], dates=[],
            published="2022-04"),
    Passage("https://archive.nossenateurs.fr/intervention/2220382",
            "Vous êtes, Monsieur Paul Hermelin, un capitaine d'industrie qui présidiez aux destinées de la première entreprise "
            "française de services du numérique, numéro six mondial en 2016, avec un chiffre d'affaires de plus de 17 "
            "milliards d'euros réalisé par 270 000 collaborateurs",
            money=[(1.7e10, "EUR")], actors=["Paul Hermelin"], dates=["2016"]),
    # a company's release dated "Paris, le 21 février 2023": "le 20 février" is 2023-02-20; "comptes1F1" is as printed
    Passage("https://www.itespresso.fr/press-release/capgemini-enregistre-une-nouvelle-performance-record-en-2022",
            "Paris, le 21 février 2023 Réuni le 20 février à Paris sous la présidence de Paul Hermelin, le Conseil "
            "d’Administration de Capgemini SE a examiné et arrêté les comptes1F1 du groupe Capgemini pour l’exercice clos le "
            "31 décembre 2022.",
            actors=["Paul Hermelin", "Capgemini SE", "Capgemini"], dates=["2023-02-21", "2023-02-20", "2022-12-31"],
            published="2023-02-21"),
]

# Annotated blind, by reading only: no extraction was run on these passages before or while they were
# annotated. `published` is the date the page gives (None: none found).
HELD_OUT_28 = [
    # no date on the page; "2,5 milliards" is euros by the amount beside it
    Passage("https://digitechnologie.com/data-centers-en-france-bataille-des-infrastructures",
            "Microsoft injecte 4 milliards d’euros pour étendre ses capacités entre Paris, Marseille et Mulhouse. OpCore, "
            "filiale d’Iliad, réplique avec un projet équivalent en Seine-et-Marne. Eclairion promet 2,5 milliards sur "
            "quatre ans.",
            money=[(4e9, "EUR"), (2.5e9, "EUR")], actors=["Microsoft", "OpCore", "Iliad", "Eclairion"], dates=[]),
    # published 2022-12; "dimanche 4 décembre" is 4 December 2022, a Sunday, so "samedi soir" is 3 December 2022
    Passage("https://www.francetvinfo.fr/internet/securite-sur-internet/cyberattaques/yvelines-ce-que-l-on-sait-de-la-"
            "cyberattaque-qui-a-vise-l-hopital-andre-mignot-de-versailles_5522565.html",
            "L'hôpital André-Mignot du centre hospitalier de Versailles, situé au Chesnay-Rocquencourt, dans les Yvelines, "
            "a été victime d'une cyberattaque samedi soir à 21 heures, révèle franceinfo dimanche 4 décembre.",
            actors=["hôpital André-Mignot", "centre hospitalier de Versailles", "franceinfo"],
            dates=["2022-12-03", "2022-12-04"], published="2022-12"),
    # published 2022-12, so "fin août" is August 2022; "samedi soir" is left out (the page gives only the month)
    Passage("https://www.europe1.fr/societe/yvelines-lhopital-de-versailles-vise-par-une-cyberattaque-4152082",
            "Après le Centre hospitalier Sud Francilien (CHSF) de Corbeil-Essonnes fin août, c'est au tour de "
            "l'établissement hospitalier de Versailles (Yvelines) d'être visé depuis samedi soir par une cyberattaque qui "
            "perturbe son activité.",
            actors=["Centre hospitalier Sud Francilien", "CHSF", "établissement hospitalier de Versailles"],
            dates=["2022-08"], published="2022-12"),
    Passage("https://www.lemondeinformatique.fr/actualites/lire-l-hopital-andre-mignot-dans-la-tourmente-d-une-"
            "cyberattaque-88804.html",
            "Difficile de ne pas faire de rapprochement avec le cas du centre hospitalier de Corbeil-Essonnes victime d’une "
            "cyberattaque. Le groupe Lockbit 3.0 avait revendiqué l’offensive avec une demande de rançon de 10 millions "
            "d’euros sous peine de publier des données sensibles dérobées.",
            money=[(1e7, "EUR")], actors=["centre hospitalier de Corbeil-Essonnes", "Lockbit 3.0"], dates=[]),
    # published 2019-08, so "samedi 10 août" is 10 August 2019, a Saturday; spacing as printed
    Passage("https://france3-regions.francetvinfo.fr/provence-alpes-cote-d-azur/bouches-du-rhone/marseille/marseille-"
            "hopital-clairval-du-groupe-ramsay-victime-cyberattaque-1710262.html",
            "Une cyberattaque a touché, samedi 10 août au matin, l'hôpital privé Clairval , dans le 9ème arrondissement de "
            "Marseille.Selon nos informations, cette attaque n'est pas isolée ; les 120 établissements du groupe français "
            "de santé Ramsay ont été visés, ce qu'a confirmé la direction.",
            actors=["hôpital privé Clairval", "Ramsay"], dates=["2019-08-10"], published="2019-08"),
    Passage("https://www.usinenouvelle.com/article/le-plan-du-gouvernement-pour-faire-bondir-la-production-de-puces-en-"
            "france.N2025617",
            "L’investissement s'élève à 5,7 milliards d’euros. C'est le plus important jamais consenti dans une usine de "
            "semi-conducteurs en France. Il devrait permettre de créer 1 000 emplois directs.",
            money=[(5.7e9, "EUR")], dates=[]),
    Passage("https://www.usinenouvelle.com/article/le-plan-du-gouvernement-pour-faire-bondir-la-production-de-puces-en-"
            "france.N2025617",
            "De quoi conforter l’attractivité de l’écosystème grenoblois d’électronique, qui comprend aussi Soitec "
            "(substrats électroniques innovants), Lynred (capteurs et caméras infrarouges), Teledyne e2v (composants "
            "durcis pour la défense et le spatial), le CEA-Leti (laboratoire d’électronique du CEA)",
            actors=["Soitec", "Lynred", "Teledyne e2v", "CEA-Leti", "CEA"], dates=[]),
    # "La Région" (the region that offers infrastructure) is read as a region, not an actor
    Passage("https://www.latribune.fr/technos-medias/electronique/semi-conducteurs-on-peut-fabriquer-en-isere-et-etre-"
            "competitif-estime-soitec-964432.html",
            "95% de notre production part à l'étranger. La Région offre les infrastructures pour se déployer dans le monde "
            "entier » témoigne Pierre Barnabé, le directeur général de cette société de 2.300 salariés, dont 1.600 en "
            "France qui a reçu le prix International pour la région AURA, décerné par La Tribune.",
            percent=[95], actors=["Pierre Barnabé", "La Tribune"], dates=[], published="2023-06"),
    Passage("https://portail-ie.fr/short/4013/liserois-soitec-confirme-son-statut-de-pilier-de-la-filiere-du-silicium-"
            "en-france",
            "Selon Thomas Piliszczuk, vice-président exécutif global business de Soitec, « Cette usine sera principalement "
            "dédiée à la fabrication de nouveaux substrats en carbure de silicium (SIC) ».",
            actors=["Thomas Piliszczuk", "Soitec"], dates=[]),
    Passage("https://investingrenoblealpes.com/european-chips-act-stmicroelectronics-et-globalfoundries-renforcent-"
            "lecosysteme-fd-soi-avec-une-nouvelle-unite-de-production-300-mm-sur-grenoble-alpes",
            "Il permettra principalement à la multinationale franco-italienne STMicroelectronics, de construire avec un "
            "autre géant du secteur, GlobalFoundries, une nouvelle extension, qui avec 620.000 plaques de puces "
            "supplémentaires produites, doublera le potentiel de fabrication actuel du site de Crolles.",
            actors=["STMicroelectronics", "GlobalFoundries"], dates=[]),
    # the page gives "Le 18 mars" without a year: published is left None
    Passage("https://next.ink/175788/leducation-nationale-signe-pour-100-millions-deuros-de-solutions-et-services-"
            "microsoft/",
            "Le ministère de l’Éducation nationale et de la jeunesse vient d'attribuer le marché public qui vise à équiper "
            "ses services centraux et les établissements supérieurs en solutions Microsoft, des postes client aux "
            "datacenters. L'enveloppe prévisionnelle se monte à un minimum de 74 millions d'euros",
            money=[(7.4e7, "EUR")], actors=["ministère de l’Éducation nationale et de la jeunesse", "Microsoft"],
            dates=[]),
    # DGX SuperPOD and DGX H100 are products
    Passage("https://www.lemondeinformatique.fr/actualites/lire-dgx-superpod-nvidia-laboratoire-conference-iliad-avance-"
            "ses-pions-dans-l-ia-91665.html",
            "Pour cela, le groupe compte s’appuyer sur l’existant, à savoir sa filiale Scaleway. Ainsi, Iliad a fait "
            "l’acquisition du DGX SuperPOD de Nvidia équipé des serveurs DGX H100.",
            actors=["Scaleway", "Iliad", "Nvidia"], dates=[]),
    Passage("https://datanews.levif.be/ict/actualite/la-belgique-accuse-du-retard-sur-le-plan-de-la-cyber-securite/"
            "article-opinion-1461841.html",
            "Voilà ce que prétendent Patrick Coomans et Tatiana Galibus, experts auprès des fédérations sectorielles Sirris "
            "et Agoria, qui publient des chiffres sur le paysage belge.",
            actors=["Patrick Coomans", "Tatiana Galibus", "Sirris", "Agoria"], dates=[], published="2021-08"),
    # published 2021-08, so "en mars dernier" is March 2021
    Passage("https://datanews.levif.be/ict/actualite/la-belgique-accuse-du-retard-sur-le-plan-de-la-cyber-securite/"
            "article-opinion-1461841.html",
            "Lorsqu'en mars dernier, Microsoft lança une mise en garde à propos de pirates chinois qui abusent de brèches "
            "sécuritaires pour pénétrer dans les systèmes mail, le CCB tira la sonnette d'alarme. Le Centre de "
            "Cyber-sécurité belge annonça dans la foulée \"l'arrivée imminente d'un tsunami de cyber-attaques\" en Belgique",
            actors=["Microsoft", "CCB", "Centre de Cyber-sécurité belge"], dates=["2021-03"], published="2021-08"),
    # Belgian trade press; "fédéral belge" is read as the state, not an actor
    Passage("https://www.solutions-magazine.com/cybersecurite-plus-souveraine",
            "Cyber Security Management emporte un appel d’offres d’une valeur de 20 millions EUR au fédéral belge",
            money=[(2e7, "EUR")], actors=["Cyber Security Management"], dates=[]),
    # published 2022-05 gives no day: "vendredi" is left out; the parc Galaxia is a place
    Passage("https://www.dhnet.be/regions/luxembourg/le-cyberwal-a-ete-inaugure-a-transinne-627e8c977b50a603c1f522d5",
            "Dans la foulée de l’investissement de Rhea Group, le parc Galaxia de Transinne a accueilli, vendredi, "
            "l’inauguration du consortium CyberWal, en présence du secrétaire d'Etat pour la Relance et les "
            "Investissements, Thomas Dermine, et du ministre wallon de la Recherche et du Numérique, Willy Borsus.",
            actors=["Rhea Group", "CyberWal", "Thomas Dermine", "Willy Borsus"], dates=[], published="2022-05"),
    # "cyberattaqu e" is as printed
    Passage("https://www.lalibre.be/economie/entreprises-startup/cybersecurite-des-milliers-d-emplois-a-pourvoir-en-"
            "belgique-5e42ccf7d8ad58573c525cbe",
            "tout le monde est désormais la cible potentielle de cyberattaqu e, explique Alain Rasschaert, responsable cybersécurité pour la Belgique et la France de "
            "l’entreprise japonaise Fujitsu. Parfois cela impacte l’activité de l’entreprise pendant des semaines, comme "
            "cela a été le cas pour Picanol.",
            actors=["Alain Rasschaert", "Fujitsu", "Picanol"], dates=[], published="2020-02"),
    # no date on the page: "la fin du mois de janvier" is left out; SAXX is a researcher's pseudonym
    Passage("https://linformaticien.com/magazine/cybersecurite/61522-fouesnant-et-sa-communaute-de-communes-victimes-d-"
            "un-rancongiciel.html",
            "La communauté de communes du Pays Fouesnantais (37 000 habitants) espère un retour à la normale d’ici la fin "
            "du mois de janvier. Plus pessimiste, selon SAXX, évoque plutôt deux à trois mois avant que le système "
            "informatique soit de nouveau parfaitement opérationnel.",
            actors=["communauté de communes du Pays Fouesnantais", "SAXX"], dates=[]),
    # the four communes named bare are read as places
    Passage("https://www.clubic.com/actualite-523860-une-cyberattaque-paralyse-la-ville-de-saint-nazaire-et-4-autres-"
            "communes-limitrophes.html",
            "En plus de Saint-Nazaire, quatre autres communes sont touchées : Montoir-de-Bretagne, Donges, La "
            "Chapelle-des-Marais et Pornichet, parce qu'elles utilisent les mêmes serveurs. C'est le cas aussi de la "
            "Sonadev (aménagement du territoire nazairien) et de l'ADDRN (l'Agence pour le développement durable de la "
            "région nazairienne).",
            actors=["Sonadev", "ADDRN", "Agence pour le développement durable de la région nazairienne"], dates=[],
            published="2024-04"),
    # "la nuit du 30 au 31 août 2023" counts as its start
    Passage("https://www.usine-digitale.fr/article/la-mairie-de-betton-touchee-par-une-cyberattaque.N2166107",
            "Cette fois-ci, c’est la mairie de Betton, une petite commune de 12 000 habitants de la banlieue de Rennes, "
            "dans le département d'Ille-et-Vilaine, qui a été ciblée par des pirates informatiques. L’incident s’est "
            "produit dans la nuit du 30 au 31 août 2023.",
            actors=["mairie de Betton"], dates=["2023-08-30"], published="2023-09"),
    # no date on the page: "mercredi" is left out
    Passage("https://www.letelegramme.fr/france/saint-brevin-la-mairie-victime-dune-cyberattaque-6352889.php",
            "La mairie de Saint-Brevin est victime d’une cyberattaque depuis mercredi, 14 h 30, selon nos confrères de "
            "France Bleu Loire Océan. Elle a commencé quelques heures avant la marche organisée en soutien du maire "
            "démissionnaire de la commune, Yannick Morez.",
            actors=["mairie de Saint-Brevin", "France Bleu Loire Océan", "Yannick Morez"], dates=[]),
    # an official page; the programme d'investissements d'avenir is a programme
    Passage("https://www.entreprises.gouv.fr/en/node/206449",
            "Dans le cadre du 4ème programme d’investissements d’avenir, le Cloud fait partie des marchés identifiés comme "
            "prioritaires, à fort potentiel de croissance et répondant à des enjeux sociétaux majeurs. Une stratégie "
            "d’accélération est en cours d’élaboration, sous le pilotage de la direction générale des entreprises",
            actors=["direction générale des entreprises"], dates=[]),
    Passage("https://investintellect.co.uk/?p=65290",
            "Quand on le lance sur le sujet de la souveraineté numérique, voilà ce que Nicolas Leroy-Fleuriot, PDG du "
            "groupe girondin Cheops Technology (750 collaborateurs, 202 millions d’euros de chiffre d’affaires annuel) "
            "constate.",
            money=[(2.02e8, "EUR")], actors=["Nicolas Leroy-Fleuriot", "Cheops Technology"], dates=[]),
    # a round table's transcript
    Passage("https://www.librealire.org/a-la-decouverte-des-editeurs-francais",
            "Tout d’abord à ma gauche Pierre Baudracco pour la société BlueMind, à ma droite Clément Oudot pour la société "
            "Worteks et enfin Alexandre Brianceau pour la société Rudder.",
            actors=["Pierre Baudracco", "BlueMind", "Clément Oudot", "Worteks", "Alexandre Brianceau", "Rudder"],
            dates=[]),
    # "l’État français" is the state, not an actor
    Passage("https://opexnews.fr/supercalculateurs-atos-dissuasion-nucleaire-souverainete",
            "Atos se sépare de son activité Advanced Computing dans le cadre d’une offre ferme formulée par l’État français, "
            "qui valorise les supercalculateurs à 410 millions d’euros, assortis de 110 millions d’euros de compléments de "
            "prix conditionnels. Cette annonce intervient après des négociations exclusives entamées en novembre 2024",
            money=[(4.1e8, "EUR"), (1.1e8, "EUR")], actors=["Atos"], dates=["2024-11"]),
    # published: the address carries 2026-01-31
    Passage("https://creati.ai/fr/ai-news/2026-01-31/atos-revives-historic-bull-brand-ai-hpc-quantum-technologies",
            "Le changement structurel fait suite à un accord d'achat d'actions signé avec l'État français en juillet 2025, "
            "la transaction finale devant se conclure au premier semestre 2026.",
            dates=["2025-07", "2026-H1"], published="2026-01-31"),
    # the brands Bull and Eviden are read as the companies' names
    Passage("https://www.lejournaldesentreprises.com/breve/le-site-datos-angers-va-retrouver-le-nom-de-bull-2135871",
            "Le groupe Atos (près de 8 Md€ de CA, 63 000 collaborateurs), numéro un européen de la cybersécurité, du cloud "
            "et des supercalculateurs a décidé de relancer la marque Bull, qui se substituera à celle d’Eviden, pour ses "
            "produits de calcul avancé et d’intelligence artificielle.",
            money=[(8e9, "EUR")], actors=["Atos", "Bull", "Eviden"], dates=[]),
    Passage("http://clubic.com/pro/actualite-353036-french-tech-next40-120-connaissez-vous-les-laureats-de-la-promotion-"
            "2021-.html",
            "Il fallait par exemple avoir réalisé au moins une levée de fonds d'un minimum de 20 millions d'euros sur les "
            "trois dernières années ou de 10 millions d'euros sur le dernier exercice mais avec une croissance annuelle de "
            "25% du chiffre d'affaires.",
            money=[(2e7, "EUR"), (1e7, "EUR")], percent=[25], dates=[]),
    # published 2023-02 gives no day: "lundi" is left out; the Élysée is a place
    Passage("https://www.radiofrance.fr/franceinter/flying-whales-verkor-zeplug-ces-start-up-qui-integrent-le-"
            "prestigieux-label-next40-3889851",
            "Le président Emmanuel Macron recevait lundi en fin d’après-midi à l'Élysée plusieurs centaines de dirigeants "
            "du secteur, des entreprises, mais aussi des investisseurs, des associations etc. L’année 2022 a été record "
            "pour les levées de fonds : les entreprises labellisées French Tech 40/120 ont levé 5,8 milliards d’euros.",
            money=[(5.8e9, "EUR")], actors=["Emmanuel Macron"], dates=["2022"], published="2023-02"),
    # "le milliard de dollars" is a threshold written as an amount; "2 milliards" is dollars by the amount beside it
    Passage("https://www.economiematin.fr/news-la-french-tech-compte-une-25e-olicorne",
            "Exotec est la 25e « licorne » française à avoir dépassé le milliard de dollars de valorisation. La jeune "
            "pousse a levé 335 millions de dollars, ce qui la valorise à plus de 2 milliards.",
            money=[(1e9, "USD"), (3.35e8, "USD"), (2e9, "USD")], actors=["Exotec"], dates=[]),
    # published 2022-01 gives no day: "hier" is left out; "17 janvier 2021" is annotated as written
    Passage("https://www.usine-digitale.fr/editorial/la-french-tech-se-targue-d-avoir-25-licornes-et-apres.N1774467",
            "Exotec, qui a annoncé hier sa levée de 335 millions de dollars, est venu décrocher cette 25ème place le 17 "
            "janvier 2021. \"Ce n'est que le début du passage à l'échelle de notre écosystème\", clame Clara Chappaz, la "
            "nouvelle directrice de la Mission French Tech.",
            money=[(3.35e8, "USD")], actors=["Exotec", "Clara Chappaz", "Mission French Tech"], dates=["2021-01-17"],
            published="2022-01"),
    # published 2022-01-17, so "L’an passé" is 2021
    Passage("https://cafetech.fr/2022/01/17/la-french-tech-atteint-son-objectif-de-25-licornes/",
            "L’an passé, les sociétés non cotées françaises ont ainsi levé 11,6 milliards d’euros, selon le baromètre "
            "annuel d’EY. C’est plus du double qu’en 2020.",
            money=[(1.16e10, "EUR")], actors=["EY"], dates=["2021", "2020"], published="2022-01-17"),
    # a regulator's release, republished
    Passage("https://www.globalsecuritymag.fr/sanctions-et-mesures-correctrices-bilan-2024-de-l-action-de-la-cnil-05-"
            "fevrier.html",
            "En 2024, 87 sanctions ont été prononcées par la CNIL, pour un montant total de 55 212 400 euros. Parmi ces "
            "sanctions, 18 ont été prononcées selon la procédure ordinaire et 69 dans le cadre de la procédure simplifiée "
            "mise en place en 2022.",
            money=[(5.52124e7, "EUR")], actors=["CNIL"], dates=["2024", "2022"], published="2025-02"),
    # "au million d’euros" is a threshold written as an amount
    Passage("https://walterbillet.com/actualites/actualites-publications/donnees-personnelles-walter-billet-avocats-"
            "devoile-lobservatoire-des-sanctions-cnil",
            "Avec des amendes souvent supérieures au million d’euros – la plus importante ayant concerné Microsoft (60 "
            "millions) –, la CNIL semble vouloir montrer au marché qu’elle assume aujourd’hui pleinement son rôle de « "
            "gendarme des données personnelles »",
            money=[(1e6, "EUR"), (6e7, "EUR")], actors=["Microsoft", "CNIL"], dates=[]),
    Passage("https://beta.legal500.fr/firms/18400-walter-billet-avocats/c-france/news-and-developments/rgpd-la-cnil-"
            "multiplie-les-amendes-dapres-lobservatoire-des-sanctions-cnil-du-cabinet-walter-billet-avocats",
            "Trois amendes majeures ont été prononcées à l’encontre de Criteo, Amazon France Logistique et Yahoo! EMEA Ltd, "
            "pour un total de 82 millions d’euros.",
            money=[(8.2e7, "EUR")], actors=["Criteo", "Amazon France Logistique", "Yahoo! EMEA Ltd"], dates=[]),
    Passage("https://www.usine-digitale.fr/article/l-europe-investit-dans-sipearl-la-start-up-francaise-qui-developpe-"
            "le-processeur-europeen.N2015572",
            "Cette dernière a annoncé le 14 juin 2022 recevoir 2,5 millions d'euros de subvention ainsi qu'un investissement "
            "en fonds propres de 15 millions d'euros. Cet apport financier fait partie d'une levée de fonds en série A qui "
            "devrait s'élever à plus de 100 millions d'euros",
            money=[(2.5e6, "EUR"), (1.5e7, "EUR"), (1e8, "EUR")], dates=["2022-06-14"], published="2022-06"),
    Passage("https://francedigitale.org/publications/talent-awards-sipearl",
            "Pour devenir un concurrent sérieux avec une R&D à la hauteur des ambitions, SiPearl a pu compter dès ses débuts "
            "sur la France et l’Union européenne grâce à une subvention de 7,4 M€ en janvier 2020",
            money=[(7.4e6, "EUR")], actors=["SiPearl", "Union européenne"], dates=["2020-01"]),
    Passage("https://www.revueconflits.com/leurope-en-route-vers-la-decolonisation-numerique/",
            "Selon Ian Jenks, président du conseil d’administration de SiPearl, il s’agit ni plus ni moins que « du premier "
            "design de CPU réalisé en Europe depuis plus de quarante ans ».",
            actors=["Ian Jenks", "SiPearl"], dates=[]),
    # an interview
    Passage("https://www.lejournaldesentreprises.com/region-sud/article/philippe-notton-sipearl-impossible-de-faire-du-"
            "semi-conducteur-sans-etre-sophia-antipolis-1588903",
            "Le consortium European Processor Initiative (EPI), composé de clients potentiels comme le CEA (Commissariat à "
            "l’énergie atomique et aux énergies alternatives) ou Genci (Grand équipement national de calcul intensif) a "
            "démarré en 2018.",
            actors=["European Processor Initiative", "EPI", "CEA",
                    "Commissariat à l’énergie atomique et aux énergies alternatives", "Genci",
                    "Grand équipement national de calcul intensif"], dates=["2018"]),
    # "130 millions" is euros by the amount beside it
    Passage("https://www.linfodurable.fr/souverainete-technologique-pour-la-start-sipearl-il-faut-sortir-de-la-panique-"
            "52141",
            "Créée en 2019, SiPearl compte désormais 200 salariés et vient de conclure un nouveau tour de table de 32 "
            "millions d'euros, portant à 130 millions les sommes obtenues depuis son lancement.",
            money=[(3.2e7, "EUR"), (1.3e8, "EUR")], actors=["SiPearl"], dates=["2019"]),
    # no date on the page: "en avril" is left out; "le début de l’année 2024" is 2024; Rhéa is a product
    Passage("https://optionfinance.fr/innovation/microprocesseurs-leurope-soutient-sipearl.html",
            "SiPearl a annoncé en avril avoir bouclé une levée de fonds en série A à hauteur de 90 millions d’euros, qui "
            "doit lui permettre de produire d’ici le début de l’année 2024 Rhéa, le premier microprocesseur HPC européen.",
            money=[(9e7, "EUR")], actors=["SiPearl"], dates=["2024"]),
    # Canadian "$" is CAD; published: the address carries 2019/03/18
    Passage("https://www.tvanouvelles.ca/2019/03/18/la-caisse-lance-un-fonds-de-250-millions--pour-developper-"
            "lintelligence-artificielle-1",
            "La Caisse de dépôt et placement du Québec a créé un fonds de 250 millions $ entièrement consacré aux "
            "entreprises québécoises misant sur l’intelligence artificielle (IA).",
            money=[(2.5e8, "CAD")], actors=["Caisse de dépôt et placement du Québec"], dates=[],
            published="2019-03-18"),
    # a Québec ministry's release; ALL IN is an event; the fund Telegraph I is read as an organisation
    Passage("https://www.newswire.ca/fr/news-releases/accelerer-l-innovation-et-l-adoption-de-l-intelligence-"
            "artificielle-898108704.html",
            "MONTRÉAL, le 25 sept. 2025 /CNW/ - À l'occasion de l'événement ALL IN, la ministre de l'Économie, de "
            "l'Innovation et de l'Énergie, Mme Christine Fréchette, a annoncé le lancement du fonds d'investissement "
            "Telegraph I, visant à soutenir la croissance de jeunes entreprises innovantes du secteur de l'intelligence "
            "artificielle (IA).",
            actors=["CNW", "Christine Fréchette", "Telegraph I"], dates=["2025-09-25"], published="2025-09-25"),
    # Canadian dollars; "chaque dollar" is a ratio, not an amount; "le gouvernement du Québec" is the state's executive
    Passage("https://www.newswire.ca/fr/news-releases/accelerer-l-innovation-et-l-adoption-de-l-intelligence-"
            "artificielle-898108704.html",
            "Avec une clôture finale d'une valeur totale d'environ 40 millions de dollars, le fonds Telegraph I est basé sur "
            "le ratio suivant : pour chaque dollar investi par des investisseurs privés et institutionnels, le gouvernement "
            "du Québec injecte un montant équivalent.",
            money=[(4e7, "CAD")], actors=["Telegraph I"], dates=[], published="2025-09-25"),
    # published: the address carries 2024/10/30
    Passage("https://lemeridional.com/index.php/2024/10/30/comment-digital-realty-a-fait-de-marseille-un-hub-mondial-de-"
            "la-data-en-dix-ans",
            "« Marseille, c’est un peu comme une boîte de nuit : tout le monde veut y être, car c’est là que tout se passe, » "
            "résume Fabrice Coquio, CEO de Digital Realty France, leader mondial des centres des données.",
            actors=["Fabrice Coquio", "Digital Realty France"], dates=[], published="2024-10-30"),
    Passage("https://investinprovence.com/actualites/digital-realty-celebre-10-ans-investissement-innovation-marseille",
            "À l'origine, Interxion a acquis un premier data center (rebaptisé MRS1) auprès de SFR, puis a investi 220 "
            "millions d’euros pour construire trois autres data centers, des projets soutenus par Provence Promotion dès "
            "2015 mettant en relation le groupe avec le Port de Marseille Fos.",
            money=[(2.2e8, "EUR")], actors=["Interxion", "SFR", "Provence Promotion", "Port de Marseille Fos"],
            dates=["2015"]),
    Passage("https://gomet.net/data-center-digital-realty-attend-la-reponse-du-port-de-marseille-pour-lancer-mrs5/",
            "Digital Realty s’est d’ailleurs positionné sur l’appel à manifestation d’intérêt lancé en janvier 2022 par le "
            "Port de Marseille (GPMM).",
            actors=["Digital Realty", "Port de Marseille", "GPMM"], dates=["2022-01"]),
    # a Swiss page; "L'administration fédérale suisse" is the state; Public Clouds Bund is a programme
    Passage("https://clarus.news/Post/public-clouds-bund-ladministration-federale-suisse-etablit-une-gouvernance-cloud-"
            "centralisee-20251104",
            "L'administration fédérale suisse met en œuvre avec « Public Clouds Bund » une stratégie multi-cloud gérée de "
            "manière centralisée, qui permet un accès contrôlé aux services de cloud public de cinq hyperscalers (AWS, "
            "Microsoft Azure, Alibaba, IBM, Oracle).",
            actors=["AWS", "Microsoft Azure", "Alibaba", "IBM", "Oracle"], dates=[], published="2025-11-04"),
    # a Swiss page
    Passage("https://infologo.ch/reduire-limpact-du-numerique-en-entreprise-avec-infomaniak/",
            "La démarche écologique d’Infomaniak va plus loin que la compensation des émissions de CO2 à 200%. Notre "
            "nouveau data center revalorise 100% de l’énergie qu’il utilise pour chauffer des ménages, nous faisons évoluer "
            "nos serveurs avec des composants de seconde main pour les utiliser jusqu’à 15 ans",
            percent=[200, 100], actors=["Infomaniak"], dates=[]),
    # a page quoting L’Usine Nouvelle; its address gives no year
    Passage("https://lebulletinfr.xyz/25/03/marseille-port-mondial-de-donnees-lusine-nouvelle/",
            "À quelques kilomètres de là, sur les hauteurs de la Joliette, Free Pro, la filiale B to B du groupe Iliad, a "
            "acquis en 2019 Jaguar Networks.",
            actors=["Free Pro", "Iliad", "Jaguar Networks"], dates=["2019"]),
]


# Annotated blind, by reading only, without any extraction run on their passages; each passage is quoted
# from the article at its address; `published` is the date that page gives (None: none found).
HELD_OUT_29 = [
    # "2,4 milliards" is in euros by the amount before it
    Passage("https://www.tf1info.fr/high-tech/internet-par-satellite-iris-le-grand-projet-de-l-europe-pour-concurrence"
            "r-l-offre-starlink-d-elon-musk-2248510.html",
            "Quant au coût du projet, il est estimé à 6 milliards d'euros, dont 2,4 milliards proviendront du budget de "
            "l'UE et 750 millions d'euros de l’Esa, le secteur privé devant boucler le financement.",
            money=[(6e9, "EUR"), (2.4e9, "EUR"), (7.5e8, "EUR")], actors=["UE", "Esa"], dates=[]),
    # Starlink is a product; "Bruxelles" stands for the Commission, a city standing for its administration: left out
    Passage("https://radiotelecaraibes.com/europe-spatiale-bataille-de-gros-sous-entre-la-commission-et-les-entreprise"
            "s-pour-la-future-constellation-iris2",
            "Cette nouvelle constellation européenne de satellites, censée concurrencer Starlink d’Elon Musk, est "
            "évaluée par l’industrie à 12 milliards d’euros, soit le double de la facture anticipée par Bruxelles.",
            money=[(1.2e10, "EUR")], actors=["Elon Musk"], dates=[]),
    # "l’Etat français" is the state, left out
    Passage("https://www.rnanews.eu/spatial-l-etat-francais-vient-a-la-rescousse-d-eutelsat-895410.html",
            "En souscrivant à plus de la moitié de l’augmentation de capital de 1,35 milliard d’euros du spécialiste "
            "français de l’internet par satellite, l’Etat français va détenir 29 % du capital du groupe et en sera le "
            "premier actionnaire.",
            money=[(1.35e9, "EUR")], percent=[29], dates=[]),
    # published 2023-09-29, so "ce 28 septembre" is 28 September 2023
    Passage("https://siecledigital.fr/2023/09/29/eutelsat-et-oneweb-fusionnent-et-donnent-naissance-a-un-geant/",
            "Les deux firmes ont signé un protocole d’accord en juillet 2022, et annoncent finalement leur fusion après "
            "que les actionnaires d’Eutelsat ont voté en faveur de celle-ci ce 28 septembre. L’accord, évalué à 3,4 "
            "milliards de dollars, combine les satellites géostationnaires d’Eutelsat avec la constellation en orbite "
            "basse de OneWeb.",
            money=[(3.4e9, "USD")], actors=["Eutelsat", "OneWeb"], dates=["2022-07", "2023-09-28"],
            published="2023-09-29"),
    # "le gouvernement britannique" is the state, left out
    Passage("https://www.latribune.fr/entreprises-finance/industrie/aeronautique-defense/eutelsat-et-oneweb-prets-a-s-"
            "envoler-ensemble-926876.html",
            "Après avoir échappé à la faillite au printemps 2020, OneWeb est aujourd'hui détenue entre autres par le "
            "groupe indien Bharti (30 %), Eutelsat (22,9 %) et le gouvernement britannique (17,6%).",
            percent=[30, 22.9, 17.6], actors=["OneWeb", "Bharti", "Eutelsat"], dates=["2020-spring"],
            published="2022-07"),
    Passage("https://www.zonebourse.com/cours/action/EUTELSAT-COMMUNICATIONS-5147/actualite/Eutelsat-sur-le-point-de-m"
            "ettre-la-main-sur-OneWeb-sources-41071581/?utm_medium=RSS&utm_content=20220724",
            "OneWeb a été valorisé 3,4 milliards de dollars (3,33 milliards d'euros) lors de son dernier tour de table, "
            "a dit l'une des sources. Eutelsat est déjà le deuxième actionnaire de OneWeb, derrière l'indien Bharti "
            "Global, avec une participation de 23% au capital.",
            money=[(3.4e9, "USD"), (3.33e9, "EUR")], percent=[23], actors=["OneWeb", "Eutelsat", "Bharti Global"],
            dates=[], published="2022-07-24"),
    # no date on the page: "mardi" is left out; France and the Royaume-Uni are states
    Passage("https://www.boursorama.com/bourse/actualites/les-actionnaires-d-eutelsat-approuvent-son-augmentation-de-c"
            "apital-massive-d6a1c4dff34a7d48a2ac1afc5bc7d8d7",
            "Lors d'une assemblée générale mardi matin, les actionnaires d'Eutelsat ont voté à plus de 99% les "
            "résolutions permettant la mise en oeuvre d'un investissement d'un montant total de 1,5 milliard d'euros, "
            "mené par la France et auquel participe aussi le Royaume-Uni.",
            money=[(1.5e9, "EUR")], percent=[99], actors=["Eutelsat"], dates=[]),
    Passage("https://nouvelles-dujour.com/bruxelles-prend-des-sanctions-contre-la-big-tech-americaine-au-risque-de-pro"
            "voquer-la-colere-de-trump",
            "Apple est condamné à une amende de 500 millions d’euros et Meta à 200 millions d’euros pour des infractions "
            "à sa nouvelle réglementation sur les marchés numériques (DMA).",
            money=[(5e8, "EUR"), (2e8, "EUR")], actors=["Apple", "Meta"], dates=[]),
    # the DMA is a law
    Passage("https://nouvelles-dujour.com/bruxelles-prend-des-sanctions-contre-la-big-tech-americaine-au-risque-de-pro"
            "voquer-la-colere-de-trump",
            "Ces décisions techniques sont les premières applications du DMA, entré en vigueur en mars 2024, une "
            "législation ambitieuse adoptée sous l’égide de l’ex-commissaire Thierry Breton pour réguler le marché des "
            "géants numériques en Europe.",
            actors=["Thierry Breton"], dates=["2024-03"]),
    # "Bruxelles" stands for the EU institutions: left out as a city
    Passage("https://www.finyear.com/L-Europe-sur-le-point-d-etablir-des-regles-historiques-sur-l-IA-apres-le-vote-des"
            "-legislateurs_a50581.html",
            "Bruxelles a peut-être établi une référence pour le reste du monde, a déclaré Patrick Van Eecke, associé du "
            "cabinet d'avocats Cooley.",
            actors=["Patrick Van Eecke", "Cooley"], dates=[]),
    # no date on the page: "le 26 février" has no year and is left out; the AI Act is a law
    Passage("https://itsocial.fr/enjeux-it/enjeux-tech/intelligence-artificielle/le-reglement-europeen-ai-act-va-entre"
            "r-en-scene-assorti-de-sanctions",
            "La startup Mistral AI et Microsoft qui ont annoncé leur partenariat stratégique le 26 février s’opposaient "
            "à certains aspects de l’AI ACT. Notons que l’ex- secrétaire d’État chargé du numérique Cédric O a été "
            "embauché par Mistral AI et qu’il est, à ce titre, un lobbyiste actif auprès des institutions européennes.",
            actors=["Mistral AI", "Microsoft", "Cédric O"], dates=[]),
    # "les Etats membres de l’UE" names the Union as an organisation with members
    Passage("https://www.channelnews.fr/le-data-act-europeen-entre-en-vigueur-aujourdhui-150842",
            "En s’attaquant aux problèmes juridiques, économiques et techniques à l’origine d’une sous-utilisation des "
            "données (contraintes de portabilité des données et d’accès), la Commission européenne table sur l’injection "
            "de 270 milliards d’euros de PIB supplémentaire pour les Etats membres de l’UE d’ici à 2028.",
            money=[(2.7e11, "EUR")], actors=["Commission européenne", "UE"], dates=["2028"], published="2025-09-12"),
    Passage("https://www.generation-nt.com/actualites/data-act-europe-donnees-cloud-objets-connectes-2062394",
            "Jusqu'à présent, changer de fournisseur (passer d'Amazon Web Services à OVHcloud, par exemple) pouvait "
            "s'avérer complexe et coûteux à cause des \"frais de sortie\" ou de migration.",
            actors=["Amazon Web Services", "OVHcloud"], dates=[], published="2025-09-12"),
    Passage("https://electronlibre.info/articles/100237-tiktok-risque-une-amende-de-14-milliard-deuros-pour-violation-"
            "de-la-loi-europeenne-sur-les-services-numeriques/",
            "L’Union européenne signale que TikTok pourrait avoir enfreint la Loi sur les Services Numériques (DSA), une "
            "violation susceptible de lui valoir une amende s’élevant à 1,4 milliard d’euros, soit jusqu’à « 6 % de son "
            "chiffre d’affaires mondial annuel ».",
            money=[(1.4e9, "EUR")], percent=[6], actors=["Union européenne", "TikTok"], dates=[]),
    # "dans l’UE" is a place; user counts are neither money nor percent
    Passage("https://www.netpublic.fr/blog/la-commission-europeenne-ouvre-une-enquete-sur-tiktok-concernant-la-protect"
            "ion-des-mineurs/",
            "En particulier, les grandes plateformes qui comptent plus de 45 millions d’utilisateurs par mois dans l’UE, "
            "une catégorie qui inclut TikTok, qui en compterait environ 135 millions, et pour lesquelles la DSA est "
            "entrée en vigueur en août 2023.",
            actors=["TikTok"], dates=["2023-08"]),
    # published 2024-02-12, so "Le 18 décembre dernier" is 18 December 2023
    Passage("https://siecledigital.fr/2024/02/12/tiktok-devrait-etre-la-prochaine-cible-du-dsa/",
            "Le 18 décembre dernier, c’est X, anciennement Twitter, qui était ciblé par la première investigation menée "
            "par la Commission dans le cadre du Digital Services Act.",
            actors=["X", "Twitter", "Commission"], dates=["2023-12-18"], published="2024-02-12"),
    # "Bruxelles" stands for the Commission: left out as a city
    Passage("https://strategies.fr/actualites/culture-tech/LQ2555902C/bruxelles-enquete-sur-tiktok-et-youtube.html",
            "Bruxelles a ouvert une enquête sur les mesures mises en œuvre par le réseau social TikTok et le site de "
            "vidéos YouTube pour protéger les mineurs, notamment leur « santé mentale et physique ».",
            actors=["TikTok", "YouTube"], dates=[]),
    # Belgian press review; "l’Alliance" names the OTAN a second way
    Passage("https://www.belgium-times.be/2025/06/la-revue-de-la-presse-bruxelles-sans-gouvernement-depuis-un-an-mette"
            "z-enfin-de-cote-vos-ego-et-vos-veto/",
            "Proximus, en consortium avec le Français Thales, décroche un contrat à 100 millions d’euros avec l’OTAN, "
            "pour moderniser et sécuriser les services informatiques de l’Alliance.",
            money=[(1e8, "EUR")], actors=["Proximus", "Thales", "OTAN", "Alliance"], dates=[], published="2025-06"),
    Passage("https://www.lalibre.be/economie/digital/2022/06/27/proximus-connecte-latomium-a-la-fibre-et-renforce-sa-p"
            "osition-face-a-la-concurrence-de-la-a-devenir-monopolistique-ITF5TTDFMVBMBH76JZQJUMQRKM/",
            "En présence du Premier ministre Alexander De Croo, de la ministre des Télécoms Petra De Sutter, du "
            "bourgmestre de Bruxelles Philippe Close, le CEO Guillaume Boutin s’est donc félicité d’avoir accéléré le "
            "mouvement dans le déploiement de la fibre, afin de faire de Proximus un acteur incontournable",
            actors=["Alexander De Croo", "Petra De Sutter", "Philippe Close", "Guillaume Boutin", "Proximus"],
            dates=[], published="2022-06-27"),
    # published 2025-10-09, so "12 septembre dernier" is 12 September 2025; "la Confédération" is the Swiss state
    Passage("https://www.blick.ch/fr/suisse/infomaniak-il-fait-recours-contre-les-services-cloud-a-berne-id21306783.ht"
            "ml",
            "La procédure concerne les contrats-cadres qui lient la Confédération aux multinationales américaines "
            "Amazon, Microsoft, Oracle et IBM, ainsi qu'à la chinoise Alibaba pour la gestion de certaines données "
            "publiques, précise l'article. La décision remonte au 12 septembre dernier.",
            actors=["Amazon", "Microsoft", "Oracle", "IBM", "Alibaba"], dates=["2025-09-12"], published="2025-10-09"),
    Passage("https://itnation.lu/news/google-un-data-center-au-luxembourg-a-lhorizon-2023",
            "Le jeudi 21 novembre 2019, des représentants de Google étaient à Bissen, commune où le géant américain a "
            "mis la main sur un terrain de plus de 33,7 hectares pour y construire un futur centre de données.",
            actors=["Google"], dates=["2019-11-21"], published="2019-12-03"),
    Passage("https://www.wort.lu/fr/economie/la-vision-de-google-sur-son-projet-de-bissen-5dd6544bda2cc1784e350356",
            "Google a annoncé un investissement de plus de trois milliards d'euros dans ses data centers européens. Et "
            "un tiers pourrait profiter au Luxembourg.",
            money=[(3e9, "EUR")], actors=["Google"], dates=[]),
    # Canadian "$" is CAD; Laval and Victoriaville are cities standing for their administrations: left out
    Passage("https://www.ledevoir.com/economie/626808/infonuagique-les-geants-americains-de-l-infonuagique-continuent-"
            "de-prendre-de-plus-en-plus-de-place-au-quebec?utm_source=feedburner&utm_medium=feed&utm_campaign=Feed%3A+"
            "fluxdudevoir+%28Le+fil+de+presse+du+Devoir%29",
            "Laval et Victoriaville ont octroyé des contrats de gré à gré valant respectivement 1,1 million de dollars "
            "et 72 000 $ à Microsoft pour le déploiement de solutions infonuagiques.",
            money=[(1.1e6, "CAD"), (7.2e4, "CAD")], actors=["Microsoft"], dates=[], published="2021-08"),
    # "1 milliard" is in euros by the amounts before it
    Passage("https://www.presse-citron.net/huawei-installe-sa-premiere-usine-de-production-hors-de-chine-en-france/",
            "Pour installer ses chaînes de production en France, Huawei a investi 200 millions d’euros, et annonce 300 "
            "emplois dès l’ouverture de l’usine. À terme, Huawei investira 500 millions d’euros, et produira pour une "
            "valeur de 1 milliard par an.",
            money=[(2e8, "EUR"), (5e8, "EUR"), (1e9, "EUR")], actors=["Huawei"], dates=[], published="2020-12"),
    Passage("https://www.phonandroid.com/huawei-ouvrira-sa-premiere-usine-francaise-en-alsace-en-2023.html",
            "Huawei vient d'annoncer ce mardi 26 janvier 2021 l'ouverture d'une nouvelle usine de production en 2023 en "
            "Alsace. C'est la première fois que le constructeur ouvre un site de production en dehors de la Chine.",
            actors=["Huawei"], dates=["2021-01-26", "2023"], published="2021-01"),
    # no date on the page: "Samedi 2 décembre" has no year and is left out
    Passage("https://rue89strasbourg.com/construction-usine-huawei-debut-brumath-287147",
            "Samedi 2 décembre, Minggang Zhang, directeur général adjoint de Huawei France, a précisé sur France Inter, "
            "que la construction de l’usine avait débuté dans le business parc de Brumath. Un investissement de 200 "
            "millions d’euros pour des bâtiments de 60 000 m² implantés sur huit hectares.",
            money=[(2e8, "EUR")], actors=["Minggang Zhang", "Huawei France", "France Inter"], dates=[]),
    # the "communauté d’agglomération" is an intercommunal body, named
    Passage("https://www.lejournaldesentreprises.com/alsace/article/huawei-precise-ses-ambitions-pour-son-usine-alsaci"
            "enne-la-premiere-hors-de-chine-901308",
            "Claude Sturni, président de la communauté d’agglomération de Haguenau, précise que « Huawei va devenir "
            "propriétaire de huit hectares de foncier et s’insère dans un écosystème remarquable qui compte par exemple "
            "Schaeffler, Sew Usocome, Siemens, 3M, Mars, Hager, Trumpf, etc.",
            actors=["Claude Sturni", "communauté d’agglomération de Haguenau", "Huawei", "Schaeffler", "Sew Usocome", "Siemens", "3M", "Mars", "Hager", "Trumpf"],
            dates=[]),
    # an interview (L’Express), as the page gives it, dated November 2025
    Passage("https://m.ru24.net/foreign/415897527",
            "OVHcloud, le premier fournisseur européen, ne bénéficie guère de cette euphorie boursière : depuis son "
            "introduction en Bourse en 2021, son cours a baissé de plus de 50 %.",
            percent=[50], actors=["OVHcloud"], dates=["2021"], published="2025-11"),
    Passage("https://m.ru24.net/foreign/415897527",
            "L’Express : Président du conseil d’administration d’OVHcloud, vous avez récemment remis votre casquette de "
            "DG. Pour quelles raisons ?",
            actors=["L’Express", "OVHcloud"], dates=[], published="2025-11"),
    # the regulator’s own speech; no date is read from the page, the address only carries "171225"
    Passage("https://www.arcep.fr/actualites/les-prises-de-parole/detail/n/discours-ldlr-voeux-fft-2026-171225.html",
            "Avec 94% des foyers ou entreprises raccordables à la fibre, un déploiement de la 5G soutenu et la fermeture "
            "du réseau cuivre qui rentre dans sa phase industrielle, la France fait partie des pays précurseurs en "
            "Europe.",
            percent=[94], dates=[]),
    # the Digital Network Act is a law
    Passage("https://www.arcep.fr/actualites/les-prises-de-parole/detail/n/discours-ldlr-voeux-fft-2026-171225.html",
            "Et enfin, c’est le fruit du cadre de régulation posé par l’Arcep. Nous sommes attachés à sa stabilité, et "
            "défendons auprès de la commission européenne le maintien d’une boite à outils dans le cadre du futur "
            "Digital Network Act,",
            actors=["Arcep", "commission européenne"], dates=[]),
    Passage("https://fr.itdaily.be/nouvelles/business/asml-investit-1-3-milliard-deuros-mistral-ai",
            "ASML, le fournisseur néerlandais de machines à puces, investit 1,3 milliard d’euros dans Mistral AI, ce qui "
            "porte la valorisation de l’entreprise française d’IA à 10 milliards d’euros.",
            money=[(1.3e9, "EUR"), (1e10, "EUR")], actors=["ASML", "Mistral AI"], dates=[]),
    Passage("https://www.boursorama.com/bourse/actualites/le-neerlandais-asml-devient-le-principal-actionnaire-de-mist"
            "ral-ai-sources-12690c644d75b5a4e37d2ec2db3cd6c5",
            "L'entreprise néerlandaise s'engage à investir 1,3 milliard d'euros dans la levée de fonds d'1,7 milliard "
            "d'euros de Mistral AI. ASML devrait aussi avoir un siège au Conseil d'administration, selon des sources "
            "ayant demandé de garder l'anonymat.",
            money=[(1.3e9, "EUR"), (1.7e9, "EUR")], actors=["Mistral AI", "ASML"], dates=[], published="2025-09-07"),
    Passage("https://www.boursorama.com/bourse/actualites/asml-devient-le-plus-gros-investisseur-de-mistral-ce-qui-sti"
            "mule-les-ambitions-de-l-europe-en-matiere-d-ia-65b48969172a84da46eb2c09d504af5a",
            "Le fabricant néerlandais d'équipements pour puces ASML a investi 1,3 milliard d'euros (1,5 milliard de "
            "dollars) pour devenir le principal investisseur dans la startup française d'intelligence artificielle "
            "Mistral AI, donnant ainsi un coup de pouce significatif aux ambitions de l'Europe en matière d'IA.",
            money=[(1.3e9, "EUR"), (1.5e9, "USD")], actors=["ASML", "Mistral AI"], dates=[]),
    Passage("https://www.zonebourse.com/actualite-bourse/asml-c-est-mistral-gagnant-ce7d59ded980f321",
            "Fondée en 2023 par Arthur Mensch (ex-DeepMind), Timothée Lacroix et Guillaume Lample (anciens de Meta), "
            "Mistral est déjà perçue comme un fleuron de l’IA européenne.",
            actors=["Arthur Mensch", "DeepMind", "Timothée Lacroix", "Guillaume Lample", "Meta", "Mistral"],
            dates=["2023"]),
    # a summary of a CNews article; "fin 2024" is the year 2024
    Passage("https://www.centredepresse.fr/?id=32601&page=communique",
            "Les trois compagnies vont ainsi créer une filiale qui emploiera quelque 25.000 personnes à travers "
            "l'Europe, pour un chiffre d'affaires de 6,5 milliards d'euros (à fin 2024) et un carnet de commandes "
            "représentant plus de trois années de ventes.",
            money=[(6.5e9, "EUR")], dates=["2024"]),
    Passage("https://www.actualites24.fr/couverture/airbus-thales-et-leonardo-signent-un-protocole-daccord-pour-creer-"
            "un-champion-europeen-des-satellites-et-defier-starlink",
            "Le 23 octobre 2025, les groupes industriels Airbus, Thales et Leonardo ont signé un protocole d'accord pour "
            "fusionner leurs activités dédiées aux satellites, à l'exclusion des lanceurs.",
            actors=["Airbus", "Thales", "Leonardo"], dates=["2025-10-23"]),
    Passage("https://www.actualites24.fr/couverture/airbus-thales-et-leonardo-signent-un-protocole-daccord-pour-creer-"
            "un-champion-europeen-des-satellites-et-defier-starlink",
            "La structure capitalistique de la future société a été définie avec précision : Airbus détiendra 35 % des "
            "parts, tandis que Thales et Leonardo en posséderont chacun 32,5 %.",
            percent=[35, 32.5], actors=["Airbus", "Thales", "Leonardo"], dates=[]),
    # no date on the page: "ce vendredi" is left out; "l’État" is the state
    Passage("https://www.gifas.fr/press-summary/l-etat-offre-de-racheter-les-activites-sensibles-d-atos",
            "Atos révèle ce vendredi une offre de 700 M€ de l’État, pour racheter les activités jugées stratégiques et "
            "sensibles du groupe.",
            money=[(7e8, "EUR")], actors=["Atos"], dates=[]),
    # no date on the page: "le 4 octobre" has no year and is left out; "l’État" is the state
    Passage("https://ru24.pro/foreign/fr/389126115",
            "L’offre de l’État de 700 millions d’euros pour racheter les activités sensibles d’Atos, dont des outils de "
            "dissuasion nucléaire, a expiré le 4 octobre, sans accord des deux parties.",
            money=[(7e8, "EUR")], actors=["Atos"], dates=[]),
    # Europe, Chine and Etats-Unis are places and countries
    Passage("https://datanews.levif.be/ict/actualite/la-souverainete-technologique-par-la-collaboration/article-opinio"
            "n-1469609.html",
            "Comment l'Europe peut-elle devenir moins dépendante de pays comme la Chine et les Etats-Unis? En exploitant "
            "ses propres atouts et en collaborant mieux au niveau régional, selon Bart Streukers, CEO de la fédération "
            "technologique Agoria.",
            actors=["Bart Streukers", "Agoria"], dates=[]),
    # an interview; the caption is quoted as printed, double space included
    Passage("https://www.lexpress.fr/economie/thierry-breton-pour-etre-resiliente-l-europe-doit-etablir-des-rapports-d"
            "e-force_2165280.html",
            "Bruxelles, Belgique: Thierry Breton, 66 ans et commissaire européen au marché intérieur, pendant une "
            "interview dans son bureau  de la Commission européenne à Bruxelles, le 22 décembre 2021.",
            actors=["Thierry Breton", "Commission européenne"], dates=["2021-12-22"]),
]


# Annotated blind, by reading only, without any extraction run on their passages; each passage is quoted
# from the article at its address; `published` is the date that page gives (None: none found).
HELD_OUT_30 = [
    # "cette année" is settled by the page's date
    Passage("https://www.numerama.com/cyberguerre/1219264-cyberattaque-la-liste-des-hopitaux-touches-en-"
            "2022.html",
            "C’est d’ailleurs ce groupuscule qui est à l’origine de l’attaque contre le centre hospitalier de "
            "Corbeil-Essonnes, la plus impressionnante et la plus médiatisée cette année.",
            actors=["centre hospitalier de Corbeil-Essonnes"], dates=["2022"], published="2022-12"),
    # "en mars" is March of the 2020 the passage names
    Passage("https://trends.levif.be/economie/entreprises/cyberattaques-contre-hopitaux-et-systemes-de-s"
            "ante-un-phenomene-mondial/article-news-1605617.html",
            "En pleine crise du Covid-19, 27 cyberattaques d'hôpitaux sont notamment recensées en 2020. Parmi les "
            "cas les plus emblématiques, l'Assistance publique-Hôpitaux de Paris (AP-HP), qui gère 39 hôpitaux "
            "publics, est prise pour cible en mars.",
            actors=["Assistance publique-Hôpitaux de Paris", "AP-HP"], dates=["2020", "2020-03"],
            published="2022-11"),
    Passage("https://wp17.wd29.fr/2023/10/16/le-marche-des-data-centers-en-forte-croissance",
            "Le cabinet d’analyse EY-Parthenon a lancé un baromètre sur le secteur des data centers en France. Le "
            "premier constat est que la filière est en constante augmentation. La croissance de la puissance "
            "disponible des centres données commerciaux s’est élevée à plus de 16% par an depuis 2016.",
            percent=[16], actors=["EY-Parthenon"], dates=["2016"], published="2023-10-16"),
    Passage("https://wp17.wd29.fr/2023/10/16/le-marche-des-data-centers-en-forte-croissance",
            "Elle a atteint 566 MW en 2022, répartie sur 250 sites à travers la France. La société d’analyse prévoit "
            "que la puissance disponible va continuer de croitre à un rythme de 11% par an lors des dix prochaines "
            "années pour atteindre 1,8GW en 2033.",
            percent=[11], dates=["2022", "2033"], published="2023-10-16"),
    Passage("https://www.europesays.com/fr/428206",
            "D’autres projets de datacenters hyperscale sont également dans les tuyaux, à commencer par la "
            "construction par Microsoft d’un datacenter près de Mulhouse (Haut-Rhin), pour un coût estimé à deux "
            "milliards d’euros, ou l’ouverture par Google de son premier datacenter dans l’Hexagone, a priori près "
            "de Châteauroux (Indre).",
            money=[(2e9, "EUR")], actors=["Microsoft", "Google"], dates=[]),
    Passage("https://dcmag.fr/scaleway-initie-le-consortium-aion-un-projet-ambitieux-pour-la-prochaine-g"
            "igafactory-europeenne-de-lia",
            "Depuis 2023, Scaleway exploite le premier cluster privé de calcul dédié à l’IA en France, avec près de "
            "5 000 GPU mis à disposition des chercheurs et des start-ups. Son rôle de leader dans les "
            "infrastructures IA souveraines et ouvertes s’est renforcé récemment à la faveur d’un partenariat signé "
            "avec GENCI et le CNRS",
            actors=["Scaleway", "GENCI", "CNRS"], dates=["2023"]),
    # AION is a consortium of partners, kept as an organisation; the page's month gives the year
    Passage("https://www.universfreebox.com/article/583543/la-filiale-diliad-scaleway-lance-un-projet-ge"
            "ant-pour-construire-une-gigafactory-europeenne-de-lia",
            "L’entité cloud de la maison mère de Free annonce ce 26 juin être à l’initiative d’AION, un consortium "
            "visant à construire des infrastructures et plateformes de haut niveau pour doper l’écosystème européen "
            "en matière d’IA.",
            actors=["Free", "AION"], dates=["2025-06-26"], published="2025-06"),
    Passage("https://www.universfreebox.com/article/583543/la-filiale-diliad-scaleway-lance-un-projet-ge"
            "ant-pour-construire-une-gigafactory-europeenne-de-lia",
            "Le projet repose sur trois piliers stratégiques comme “l’ambition” avec le soutien du groupe Iliad, qui "
            "a investi 20 milliards d’euros en infrastructures en Europe sur la dernière décennie.",
            money=[(2e10, "EUR")], actors=["Iliad"], dates=[], published="2025-06"),
    Passage("https://www.universfreebox.com/article/583041/scaleway-iliad-a-lheure-des-grandes-annonces-"
            "pour-devenir-le-champion-technologique-de-la-souverainete-numerique-en-europe",
            "Scaleway, le CNRS et GENCI (Grand Équipement National de Calcul Intensif) ont signé un partenariat "
            "stratégique destiné à créer un continuum public-privé unique en Europe dans le domaine de "
            "l’intelligence artificielle.",
            actors=["Scaleway", "CNRS", "GENCI", "Grand Équipement National de Calcul Intensif"], dates=[],
            published="2025-06"),
    Passage("https://tropheesdesfutureslicornes.fr/2023/01/27/le-capital-de-pasqal-reste-largement-franc"
            "ais-et-europeen-pasqal-leve-100-millions-deuros/",
            "Pasqal annonce une levée de 100 millions d’euros et réaffirme ses ambitions pour cette année 2023 : "
            "passer de 100 à 200 salariés, renforcer sa R&D et construire des ordinateurs quantiques à atome neutre, "
            "plus performants et fonctionnant avec plus de 1 000 qubits.",
            money=[(1e8, "EUR")], actors=["Pasqal"], dates=["2023"], published="2023-01-27"),
    # a range counts as its low value; "En toute sécurité" is the title of a trade journal
    Passage("https://francetvinfo.fr/replay-radio/c-est-mon-boulot/rennes-capitale-de-la-cybersecurite-s"
            "ecteur-qui-embauche_3793367.html",
            "La cybersécurité, c'est 10 à 12% de croissance chaque année, rappelle Patrick Haas, fondateur du "
            "journal spécialisé En toute sécurité, soit environ dix fois plus que l'économie française.",
            percent=[10], actors=["Patrick Haas", "En toute sécurité"], dates=[]),
    # a summary of an Ouest-France article; the double space is as printed
    Passage("https://gref-bretagne.com/ressources/lille-et-vilaine-terre-dexpertise-numerique-et-cyber",
            "Le numérique fait travailler 29 500 salariés dans 2 750 établissements, dont 2 370 dans les services "
            "informatiques. Ce secteur emploie  8,4 % de l’ensemble de l’emploi privé bretillien, indique Loïc "
            "Jézéquélou, responsable de l’information économique, à la chambre de commerce et d’industrie "
            "d’Ille-et-Vilaine (CCI 35).",
            percent=[8.4],
            actors=["Loïc Jézéquélou", "chambre de commerce et d’industrie d’Ille-et-Vilaine", "CCI 35"],
            dates=[]),
    # no date on the page: "en janvier" has no year and is left out
    Passage("https://solutions-numeriques.com/lanssi-va-ouvrir-une-importante-antenne-a-rennes-avec-200-"
            "collaborateurs",
            "Dans une étude publiée en janvier sur son site Internet, l’Insee Bretagne précisait que près de 1 800 "
            "personnes allaient être recrutées d’ici à 2025 à Rennes, soit une hausse de 36 % en 7 ans. On apprend "
            "que l’ANSSI sera de la partie, avec l’ouverture d’une agence comptant 200 collaborateurs à terme.",
            percent=[36], actors=["Insee Bretagne", "ANSSI"], dates=["2025"]),
    Passage("https://www.latribune.fr/regions/bretagne/rennes-confirme-sa-place-dans-la-cybersecurite-83"
            "6807.html",
            "D'Altran Technologies (276 emplois) à Secure-IC (23 emplois) et Woleet (10 emplois), 70 entreprises "
            "représentent un total de 2.600 emplois, auxquels s'ajoutent 800 emplois publics.",
            actors=["Altran Technologies", "Secure-IC", "Woleet"], dates=[]),
    # no date on the page: "le mercredi 27 septembre" has no year and is left out
    Passage("https://france3-regions.francetvinfo.fr/grand-est/bas-rhin/des-pirates-informatiques-ciblen"
            "t-une-mairie-quand-le-tout-numerique-devient-un-piege-3040930.html",
            "Le mercredi 27 septembre, la mairie d'Eschau (Bas-Rhin) découvre que l'ensemble de ses serveurs sont "
            "bloqués. Une semaine après cette cyberattaque, la collectivité assure rester \"entièrement mobilisée\" "
            "pour pallier cette paralysie.",
            actors=["mairie d'Eschau"], dates=[]),
    Passage("https://www.channelnews.fr/pourquoi-cs-group-a-accepte-de-se-faire-racheter-par-sopra-steri"
            "a-117529",
            "Fin juillet, CS Group est entré en négociations exclusives en vue de son acquisition par Sopra Steria "
            "pour un montant estimé à 282,5 millions d’euros. Dans une interview accordée à La Tribune, Eric "
            "Blanc-Garin détaille les raisons de ce choix.",
            money=[(2.825e8, "EUR")], actors=["CS Group", "Sopra Steria", "La Tribune", "Eric Blanc-Garin"],
            dates=["2022-07"], published="2022-09"),
    Passage("https://www.channelnews.fr/capgemini-croque-altran-pour-36-milliards-deuros-90104",
            "Le montant total de la transaction s’élèvera à 3,6 milliards d’euros, avant prise en compte de la dette "
            "financière nette d’environ 1,4 milliard d’euros. Capgemini a d’ores et déjà signé un accord avec le "
            "fonds d’investissement Apax Partners pour l’acquisition d’un bloc de 11% du capital d’Altran.",
            money=[(3.6e9, "EUR"), (1.4e9, "EUR")], percent=[11], actors=["Capgemini", "Apax Partners", "Altran"],
            dates=[], published="2019-06"),
    Passage("https://www.latribune.fr/technos-medias/informatique/informatique-sopra-steria-rachete-son-"
            "concurrent-neerlandais-ordina-955999.html",
            "Conclue à un prix unitaire de 5,75 euros, cette acquisition de 100% des actions d'Ordina représente « "
            "une contrepartie totale d'environ 518 millions d'euros », selon le communiqué.",
            money=[(5.75, "EUR"), (5.18e8, "EUR")], percent=[100], actors=["Ordina"], dates=[],
            published="2023-03"),
    # a Quebec interview: the dollars are Canadian; a date range counts as its start
    Passage("https://semainenumeriqc.com/blogue/parlons-des-demandes-de-financement-en-intelligence-arti"
            "ficielle/",
            "Entre 2017 et 2021, plus de 800 millions de dollars de fonds publics ont été investis dans le domaine "
            "de la recherche et de l’investissement pour les entreprises et plus de 1,5 milliard de dollars en fonds "
            "de capital-risque[2].",
            money=[(8e8, "CAD"), (1.5e9, "CAD")], dates=["2017"]),
    # an official release of the Quebec premier's office, carried by a newswire
    Passage("https://www.lelezard.com/communique-18771264.html",
            "NEW YORK, le 21 mai 2019 /CNW Telbec/ - Le premier ministre du Québec, François Legault, annonce "
            "l'ouverture à Montréal d'un centre d'affaires de l'entreprise new-yorkaise Collective[i], créatrice "
            "d'un des plus grands réseaux internationaux de données intelligentes",
            actors=["CNW Telbec", "François Legault", "Collective[i]"], dates=["2019-05-21"],
            published="2019-05-21"),
    Passage("https://www.lelezard.com/communique-18771264.html",
            "D'ici 2020, la compagnie compte prendre de l'expansion en ingénierie, en ventes et en marketing, "
            "prévoyant ainsi la création d'environ 30 emplois dans la métropole québécoise, dont la moyenne "
            "salariale serait de 130 000 $.",
            money=[(1.3e5, "CAD")], dates=["2020"], published="2019-05-21"),
    # "1 428 milliard" is printed so; the title writes 1,428 milliard: read as 1.428 billion
    Passage("https://trends.levif.be/entreprises/la-tech-belge-etablit-un-record-avec-1428-milliard-deur"
            "os-de-capital-leve",
            "Selon les calculs de la fédération de l’industrie technologique Agoria, qui suit depuis des années ces "
            "levées de fonds, le montant total de capital levé en 2024 atteint aujourd’hui 1 428 milliard d’euros. "
            "Ce chiffre représente quasiment le double des 738 millions d’euros collectés en 2023",
            money=[(1.428e9, "EUR"), (7.38e8, "EUR")], actors=["Agoria"], dates=["2024", "2023"]),
    # "cette semaine" is not settled by the page's month
    Passage("https://www.lecho.be/tech-media/dossiers/disrupt/les-start-ups-belges-sont-sorties-de-la-pu"
            "berte/10333047",
            "Après l'annonce cette semaine par Sortlist et sa plateforme de mise en relation entre entreprises et "
            "agences de communication d’une levée de fonds de 11 millions d’euros 100% belges, est-ce que tout "
            "aurait changé?",
            money=[(1.1e7, "EUR")], percent=[100], actors=["Sortlist"], dates=[], published="2021-09"),
    # no date on the page: "en juin" has no year and is left out
    Passage("https://www.letemps.ch/economie/trust-valley-suisse-voit-grand-entre-vaud-geneve",
            "Annoncée en juin, cette initiative a déjà permis de lister plus de 300 entreprises actives dans la "
            "«confiance numérique», dont 102 entreprises établies (telles Sipca, ELCA ou SGS) et 94 start-up.",
            actors=["Sipca", "ELCA", "SGS"], dates=[]),
    # a Swiss magazine: the francs are Swiss francs; Russie is a state
    Passage("https://pme.ch/dossiers-et-hors-series/digital-shapers-2022/2022/08/30/cybersecurity-guards"
            "-528154",
            "Threema a récemment refusé de transmettre des données d’utilisateurs réclamées par la Russie, préférant "
            "payer une amende de 800 000 roubles (12 300 francs).",
            money=[(8e5, "RUB"), (1.23e4, "CHF")], actors=["Threema"], dates=[], published="2022-08-30"),
    Passage("https://asut.ch/asut/bulletin/print_article.xhtml?articleId=615&bulletinId=37&language=de",
            "La tendance est à la hausse, les investisseurs suisses et étrangers ne s’y trompent pas : ils y ont "
            "investi 455,7 millions de francs en 2019, soit 70 % de plus qu’en 2018. Cette semaine, la start-up "
            "vaudoise Kandou active dans les semi-conducteurs a à elle seule levé 92 millions de francs.",
            money=[(4.557e8, "CHF"), (9.2e7, "CHF")], percent=[70], actors=["Kandou"], dates=["2019", "2018"]),
    # "l'année précédente" is a comparison with no page date: left out
    Passage("https://www.generation-nt.com/telecom-operateur-investissement-reseau-fixe-mobile-record-ac"
            "tualite-2001509.html",
            "Selon les données de l'Arcep, le niveau d'investissement a battu un nouveau record en 2021 en "
            "atteignant 14,9 milliards d'euros (hors acquisition de fréquences mobiles), en progression de 10% par "
            "rapport à l'année précédente.",
            money=[(1.49e10, "EUR")], percent=[10], actors=["Arcep"], dates=["2021"]),
    Passage("https://banquedesterritoires.fr/des-investissements-telecoms-toujours-portes-par-la-couvert"
            "ure-des-zones-rurales",
            "En dix ans, les investissements dans les réseaux télécoms ont doublé pour atteindre 14,9 milliards "
            "d’euros selon l’évaluation provisoire détaillée par l’Arcep le 24 mai 2022.",
            money=[(1.49e10, "EUR")], actors=["Arcep"], dates=["2022-05-24"]),
    # an interview; "LA TRIBUNE" is the newspaper asking, Bleu the joint company; the page's month gives the year
    Passage("https://www.latribune.fr/technos-medias/cloud-de-confiance-avec-les-gafam-les-decideurs-ne-"
            "doivent-pas-etre-naifs-david-chassan-3ds-outscale-923113.html",
            "LA TRIBUNE - Plus d'un an après l'annonce de leur projet, Orange et Capgemini ont révélé mercredi 22 "
            "juin que leur plateforme commune Bleu, qui commercialisera les solutions cloud de Microsoft, sera "
            "disponible en 2024.",
            actors=["LA TRIBUNE", "Orange", "Capgemini", "Bleu", "Microsoft"], dates=["2022-06-22", "2024"],
            published="2022-06"),
    # the strategy is a plan; "Gafam" names a group of companies, not one organisation
    Passage("https://www.latribune.fr/technos-medias/cloud-de-confiance-avec-les-gafam-les-decideurs-ne-"
            "doivent-pas-etre-naifs-david-chassan-3ds-outscale-923113.html",
            "la stratégie Cloud de confiance, dans laquelle s'inscrit Bleu, vise à donner un blanc seing aux "
            "solutions des Gafam (Amazon Web Services, Microsoft Azure, Google Cloud), qui dominent déjà 70% du "
            "marché français.",
            percent=[70], actors=["Bleu", "Amazon Web Services", "Microsoft Azure", "Google Cloud"], dates=[],
            published="2022-06"),
    # "une dizaine de millions" is read as 10 millions; "début avril" is April of the page's year
    Passage("https://www.lemagit.fr/tribune/Collaboratif-souverain-LEtat-repond-a-son-devoir-de-proteger"
            "-les-interets-nationaux",
            "DÉBAT - Début avril, Bpifrance annonçait qu’il retenait trois projets de suites collaboratives "
            "souveraines. Ces « attelages » de plusieurs éditeurs français recevront un soutien financier d’une "
            "dizaine de millions d’euros",
            money=[(1e7, "EUR")], actors=["Bpifrance"], dates=["2023-04"], published="2023-04"),
    Passage("https://www.lemagit.fr/tribune/Collaboratif-souverain-LEtat-repond-a-son-devoir-de-proteger"
            "-les-interets-nationaux",
            "OUTSCALE, la branche cloud (souverain) de Dassault Systèmes, participe à deux des trois projets "
            "sélectionnés par Bpifrance. Sa Directrice Alliances & RSE, Raja Chiky s’est entretenu avec LeMagIT pour "
            "défendre l’intérêt de cette initiative.",
            actors=["OUTSCALE", "Dassault Systèmes", "Bpifrance", "Raja Chiky", "LeMagIT"], dates=[],
            published="2023-04"),
    # the sum the USA put in is read as dollars; the Chips Act is a law
    Passage("https://itforbusiness.fr/?p=60276",
            "Avec Guy Hervier, il s’interroge sur les capacités de l’Europe à soutenir son économie et ses acteurs "
            "économiques alors que parallèlement les USA mettent à nouveau 39 milliards dans leur Chips ACT pour "
            "soutenir leur économie et garder leur leadership sur les composants informatiques.",
            money=[(3.9e10, "USD")], actors=["Guy Hervier"], dates=[], published="2023-03-03"),
    Passage("https://maddyness.com/?p=1382999",
            "Il s’agit de Marina Ferrari, députée MoDem de Savoie. Elle remplace Jean-Noël Barrot, qui était en "
            "poste depuis juillet 2022. Comme son prédécesseur, elle sera rattachée à Bruno Le Maire, le ministre de "
            "l’Économie.",
            actors=["Marina Ferrari", "MoDem", "Jean-Noël Barrot", "Bruno Le Maire"], dates=["2022-07"]),
    Passage("https://planete-business.com/2022/07/10/la-france-nomme-un-nouveau-ministre-delegue-au-nume"
            "rique-avec-un-portefeuille-elargi",
            "La nouvelle liste des membres du gouvernement a été annoncée lundi 4 juillet, deux semaines après le "
            "second tour des élections législatives, qui a vu certains ministres battus dans le scrutin d’assemblée.",
            dates=["2022-07-04"], published="2022-07-10"),
    # the minister's own speech, published by the government's information service
    Passage("https://www.vie-publique.fr/discours/292992-marina-ferrari-12022024-economie-numerique",
            "Je suis très heureuse de rejoindre la belle équipe entourant Bruno Le Maire, avec Olivia Grégoire, "
            "Roland Lescure et Thomas Cazenave.",
            actors=["Bruno Le Maire", "Olivia Grégoire", "Roland Lescure", "Thomas Cazenave"], dates=[]),
    # the company's regulated release
    Passage("https://challenges.webdisclosure.com/actualite.html?id=1247241",
            "Chiffre d’affaires en croissance organique de +10,8% par rapport au premier semestre 2023",
            percent=[10.8], dates=["2023-H1"], published="2024-04-23"),
    # no date on the page: "en février" has no year and is left out
    Passage("https://m.ru24.net/foreign/382354174",
            "Embourbé dans une crise financière depuis près de trois ans, Atos avait enclenché en février une "
            "procédure de restructuration. Alors que l'offre du Français, Onepoint, avait été retenue, ce dernier a "
            "finalement annoncé la retirer quatre jours plus tôt.",
            actors=["Atos", "Onepoint"], dates=[]),
    Passage("https://blog.globaltree.fr/?p=120633",
            "A quatre jours de la remise des offres, les scénarios d’affaires de l’ex fleuron informatique virent au "
            "rouge. Le groupe doit effacer 3,2 milliards d’euros de dette et a besoin d’1,7 milliard d’argent frais.",
            money=[(3.2e9, "EUR"), (1.7e9, "EUR")], dates=[]),
    # no date on the page: "le 27 mai dernier" is left out; the regional council is an institution
    Passage("https://lemondeinformatique.fr/actualites/lireamp-4e-datacenter-interxion-a-marseille-un-in"
            "vestissement-de-125-meteuro-83094.html",
            "Pour accompagner le démarrage des travaux de la quatrième tranche (MRS4) sur le port maritime de "
            "Marseille, Bruno Payan, maire de la ville, et Renaud Muselier, président du conseil régional de la "
            "région Provence-Alpes-Côtes d’Azur, sont venus sur le site le 27 mai dernier",
            actors=["Bruno Payan", "Renaud Muselier", "conseil régional de la région Provence-Alpes-Côtes d’Azur"],
            dates=[]),
    Passage("https://frenchmorning.com/hugging-face-la-nouvelle-licorne-tech-qui-democratise-le-machine-"
            "learning/?page=11",
            "Il y a à peine plus d’un an, Hugging Face levait 40 millions de dollars en pleine pandémie pour "
            "développer sa plateforme open-source de machine learning. Aujourd’hui, la start-up cofondée par Clément "
            "Delangue frappe un grand coup : elle vient de collecter 100 millions de dollars en série C pour une "
            "valorisation de 2 milliards de dollars",
            money=[(4e7, "USD"), (1e8, "USD"), (2e9, "USD")], actors=["Hugging Face", "Clément Delangue"],
            dates=[]),
    Passage("https://decotidien.com/economie/nvidia-google-amazon-les-poids-lourds-de-lia-entrent-au-cap"
            "ital.html",
            "L’ensemble de ces groupes ont participé à un tour de table, annoncé ce jeudi et mené par Salesforce "
            "Ventures, de 235 millions de dollars. Cette opération fait plus que doubler la valorisation de cette "
            "entreprise, créée par des Français et opérant entre Paris et New York. Elle vaut désormais 4,5 "
            "milliards de dollars.",
            money=[(2.35e8, "USD"), (4.5e9, "USD")], actors=["Salesforce Ventures"], dates=[]),
    # the Bundescloud is a product
    Passage("https://www.gcti.cloud/post/la-suisse-se-dote-d-un-cloud-souverain",
            "En effet, en 2023, le ITZBund (Centre d'information technologique du gouvernement allemand) a créé le "
            "premier Cloud fédéral souverain certifié au monde, le Bundescloud",
            actors=["ITZBund", "Centre d'information technologique du gouvernement allemand"], dates=["2023"]),
]


HELD_OUT_31 = [
    # les Etats-Unis are a country; the Health Data Hub is the public platform, kept as an organisation
    Passage("https://www.ifrap.org/agriculture-et-energie/data-centers-ou-en-est-la-france",
            "En 2023, on estimait que 70 % des données françaises étaient stockées et traitées aux Etats-Unis[3]. En "
            "2024, en France, l’hébergement des données de santé du Health Data Hub par Microsoft avait suscité de "
            "nombreuses réactions",
            percent=[70], actors=["Health Data Hub", "Microsoft"], dates=["2023", "2024"]),
    Passage("https://www.pwc.fr/fr/publications/2025/09/intelligence-artificielle-et-infrastructures-numeriques.html",
            "« On double les données produites tous les trois ans », rappelle Olivier Micheli, président de Data4, "
            "leader européen des datacenters.",
            actors=["Olivier Micheli", "Data4"], dates=[], published="2025-09"),
    Passage("https://www.pwc.fr/fr/publications/2025/09/intelligence-artificielle-et-infrastructures-numeriques.html",
            "Jusqu’à récemment, les progrès en efficacité énergétique compensaient cette croissance : « On consommait "
            "6 % d’énergie en plus pour 600 % de puissance informatique supplémentaire. Cette ère est révolue. »",
            percent=[6, 600], dates=[], published="2025-09"),
    Passage("https://motsactu.com/news/data-centers-la-france-numero-6-mondial-pourrait-tripler-sa-puissance-d-ici-dix-"
            "/amp",
            "Une étude de la société EY montre que la puissance électrique installée en France pourrait tripler d'ici "
            "2033. Elle passerait de 600 mégawatts à 1,8 gigawatt.",
            actors=["EY"], dates=["2033"]),
    # "entre 70 et 80 milliards d'euros" is counted as its low value
    Passage("https://motsactu.com/news/data-centers-la-france-numero-6-mondial-pourrait-tripler-sa-puissance-d-ici-dix-"
            "/amp",
            "Six nouvelles centrales doivent être construites d'ici 2038, avec un coût entre 70 et 80 milliards "
            "d'euros.",
            money=[(7e10, "EUR")], dates=["2038"]),
    Passage("https://www.equilibredesenergies.org/16-10-2025-les-data-centers-un-enjeu-strategique-entre-croissance-eco"
            "nomique-et-responsabilite-environnementale",
            "Il y avait ainsi, en mars 2024, 11 800 data centers recensés dans le monde, dont 5 381 aux États-Unis, 521 "
            "en Allemagne, 514 au Royaume-Uni, 449 en Chine et 315 en France (figure 1)1.",
            dates=["2024-03"], published="2025-10-16"),
    Passage("https://maddyness.com/?p=160622",
            "Avec un tour de table de 7,5 millions d'euros bouclé auprès de Eiffeil Investment Group, Arkolia Énergies "
            "signe la levée la plus importante de la semaine mais représente aussi près de la moitié du montant total "
            "levé !",
            money=[(7.5e6, "EUR")], actors=["Eiffeil Investment Group", "Arkolia Énergies"], dates=[]),
    # no date on the page: "le 20 septembre dernier" is left out
    Passage("https://www.journaldunet.com/start-up/1516085-les-start-up-francaises-levent-1-6-milliard-d-euros-en-sept"
            "embre/",
            "La palme d'or revient au producteur d'insectes Innovafeed, basé dans la Somme. La start-up, fondée en "
            "2016, a annoncé le 20 septembre dernier avoir levé 250 millions d'euros.",
            money=[(2.5e8, "EUR")], actors=["Innovafeed"], dates=["2016"]),
    # a page of 2024-04-30: Thursday 25 April is 2024-04-25; "la mairie" alone names no one
    Passage("https://venturytechnology.fr/2024/04/30",
            "En milieu de matinée du jeudi 25 avril, l’alerte a été déclenchée selon les explications de Grégoire "
            "Paccou, directeur général des services de la mairie",
            actors=["Grégoire Paccou"], dates=["2024-04-25"], published="2024-04-30"),
    # "la ville d’Albi" names the municipal administration, like "la ville de Chaville"
    Passage("https://venturytechnology.fr/2024/04/30",
            "Depuis l’aube de lundi 22 avril, les services informatiques de la ville d’Albi sont paralysés par une "
            "cyberattaque d’une envergure significative.",
            actors=["ville d’Albi"], dates=["2024-04-22"], published="2024-04-30"),
    # no date on the page: "jeudi" is left out; "La région Pays de la Loire" names the regional council
    Passage("https://venturytechnology.fr/cyberattaque-loire-atlantique",
            "La région Pays de la Loire a été ciblée par un rançongiciel, perturbant certains de ses services "
            "informatiques. Cette attaque a été revendiquée jeudi par le groupe criminel Lockbit.",
            actors=["région Pays de la Loire", "Lockbit"], dates=[]),
    Passage("https://france3-regions.francetvinfo.fr/pays-de-la-loire/loire-atlantique/nantes/nantes-ouest-france-t-il-"
            "ete-victime-rancongiciel-1898352.html",
            "\"C'est une information confidentielle, nous avons porté plainte bien évidemment, et les services de "
            "l'État spécialisés dans la cyber défense, comme l'Autorité Nationale de la Sécurité des Systèmes "
            "d’Information (ANSSI) sont avertis\".",
            actors=["Autorité Nationale de la Sécurité des Systèmes d’Information", "ANSSI"], dates=[]),
    Passage("https://france3-regions.francetvinfo.fr/centre-val-de-loire/loiret/orleans/cyberattaque-contre-le-departe"
            "ment-du-loiret-une-rancon-exigee-apres-le-vol-de-240-gigaoctets-de-donnees-2873483.html",
            "Des mesures de protection ont été prises immédiatement, dont une investigation numérique du prestataire "
            "Orange Cyberdéfense, ainsi que la suspension des systèmes informatiques concernés, notamment le réseau et "
            "la messagerie.",
            actors=["Orange Cyberdéfense"], dates=[]),
    # no date on the page: "mercredi" is left out
    Passage("https://businessnow.fr/afp/lagglomeration-du-grand-cognac-victime-dune-attaque-informatique/",
            "Le réseau informatique de l'Agglomération du Grand-Cognac (Charente) a été victime d'une attaque au "
            "cryptovirus de type rançongiciel (ransomware), a annoncé mercredi à l'AFP son président Jérôme "
            "Sourisseau, confirmant des informations de médias locaux.",
            actors=["Agglomération du Grand-Cognac", "AFP", "Jérôme Sourisseau"], dates=[]),
    Passage("https://www.universfreebox.com/article/585733/comparatif-des-gains-dabonnes-fixe-et-mobile-orange-renverse-"
            "la-vapeur-au-2e-trimestre-free-est-atone-sfr-rechute-et-bouygues-reste-solide",
            "Sur le mobile, Orange prend la tête avec +116 000 forfaits (hors MtoM) contre seulement 4000 lors du "
            "trimestre précédent. Bouygues Telecom suit à distance (+43 000) mais recrute légèrement moins.",
            actors=["Orange", "Bouygues Telecom"], dates=[], published="2025-09-09"),
    Passage("https://www.universfreebox.com/article/585733/comparatif-des-gains-dabonnes-fixe-et-mobile-orange-renverse-"
            "la-vapeur-au-2e-trimestre-free-est-atone-sfr-rechute-et-bouygues-reste-solide",
            "Les résultats commerciaux des quatre opérateurs nationaux pour le 2e trimestre 2025 sont tombés : l’heure "
            "est au comparatif des recrutements.",
            dates=["2025-Q2"], published="2025-09-09"),
    Passage("https://www.phonandroid.com/orange-bouygues-free-sfr-internet-et-forfaits-mobiles-voici-les-grands-gagnant"
            "s-en-2023.html",
            "Le premier, c’est Free, qui se dégage en leader incontesté en nombre de nouveaux abonnés, puisque la "
            "compagnie de Xavier Niel a engrangé pas moins de 274 000 nouveaux clients au cours du 3e trimestre 2023.",
            actors=["Free", "Xavier Niel"], dates=["2023-Q3"], published="2023-11"),
    # "de 74 à 152 millions d’euros" is counted as its low value; "le ministère" alone names no one
    Passage("https://newsworldstream.com/fr/en-signant-avec-microsoft-leducation-nationale-pietine-souverainete-et-auto"
            "nomie-numerique",
            "Alors que les appels politiques à la défense de la souveraineté technologique se multiplient, le ministère "
            "signe un énorme contrat avec Microsoft. Montant de l’accord : de 74 à 152 millions d’euros.",
            money=[(7.4e7, "EUR")], actors=["Microsoft"], dates=[]),
    # an official report (the Senate); "programme 193 « Recherche spatiale »" is a budget line, not an actor
    Passage("https://senat.fr./rap/r23-697/r23-6971.html",
            "Recommandation n° 4. Simplifier le circuit de financement de la politique spatiale en intégrant au "
            "programme 193 « Recherche spatiale » l'intégralité de la contribution française à l'Agence spatiale "
            "européenne (ESA) (CNES, secrétariat général pour l'investissement).",
            actors=["Agence spatiale européenne", "ESA", "CNES", "secrétariat général pour l'investissement"],
            dates=[]),
    Passage("https://www.tdg.ch/les-data-centers-consomment-davantage-que-lagriculture-187710296103",
            "Les centres de données représentent 4% de la consommation électrique helvétique. Or, selon les "
            "spécialistes, leur forte augmentation est une chance pour la Suisse.",
            percent=[4], dates=[]),
    # "la bourse SIX" is the exchange operator, named SIX
    Passage("https://www.combourse.com/Redirect.php?IdArt=3132951",
            "Nous sommes dans un centre de données du cœur de Zurich appartenant à la société américaine Equinix. Il est "
            "de taille modeste – environ 2500 m² répartis sur quatre étages – mais héberge les serveurs d’un acteur clé "
            "du secteur financier suisse, à savoir la bourse SIX.",
            actors=["Equinix", "SIX"], dates=[]),
    Passage("https://rts.ch/info/economie/12216759-lun-des-plus-grands-datacenters-de-suisse-pourrait-sinstaller-a-sain"
            "ttriphon-vd.html",
            "Un campus adjacent devrait arriver dans un deuxième temps, dédié à des sociétés gravitant autour de ces "
            "centres de calculs. L'ensemble du projet, devisé à 400 millions de francs, devrait aboutir en 2023 ou 2024.",
            money=[(4e8, "CHF")], dates=["2023", "2024"]),
    # no date on the page: "Mardi" and "ce mois-ci" are left out
    Passage("https://www.letemps.ch/economie/cyber/oracle-ouvre-un-data-center-suisse-imitant-google-microsoft",
            "Mardi, Oracle, numéro un mondial des logiciels de gestion des bases de données, a annoncé l’ouverture d’un "
            "tel centre en Suisse ce mois-ci. La société, basée à Redwood City (Californie), suit ainsi Microsoft et "
            "Google, qui ont eux aussi construit, en 2018, des data centers dans le pays.",
            actors=["Oracle", "Microsoft", "Google"], dates=["2018"]),
    # "jusqu'à 600 millions d'euros" is counted as its value
    Passage("https://www.actuevreux.fr/economie/5475",
            "Les rumeurs circulent sur l'ampleur des investissements, \"Des chiffres évoquent jusqu'à 600 millions "
            "d'euros, et pourtant on n'a pas de nouvelles claires sur ces fonds,\" déclare-t-il avec insistance.",
            money=[(6e8, "EUR")], dates=[]),
    Passage("https://www.news247.fr/article/liquidation-dynsect-les-salaries-denoncent-des-detournements-de-fonds",
            "Hadrien Godard, conducteur de ligne licencié le 1er octobre 2025, a confié : « On veut savoir quelles sont "
            "les transactions d'argent entre les filières étrangères d'Ynsect et la filière française.",
            actors=["Hadrien Godard", "Ynsect"], dates=["2025-10-01"]),
    # no date on the page: "la fin du mois de septembre" has no year and is left out
    Passage("https://www.lejournaldesentreprises.com/breve/ynsect-obtient-la-prolongation-de-son-activite-jusquen-septe"
            "mbre-2123100",
            "L’entreprise a vu sa période d’observation prolongée, ce qui lui permet de poursuivre son activité jusqu’à "
            "la fin du mois de septembre. Les actionnaires actuels se seraient engagés à débloquer 8,6 millions d’euros "
            "pour financer l’activité jusque-là.",
            money=[(8.6e6, "EUR")], dates=[]),
    # "Entre avril et août 2024" is a range, counted as its start
    Passage("https://quantstreams.com/?p=19177",
            "Entre avril et août 2024, les fermetures d’usines ont été plus nombreuses que les ouvertures en France, "
            "selon la dernière étude du cabinet Trendeo.",
            actors=["Trendeo"], dates=["2024-04"]),
    Passage("https://environnement-magazine.fr/cleantech/article/2024/10/01/150219/societe-ynsect-sous-procedure-sauvegarde",
            "Symbole d’un renouveau industriel français compatible avec la transition écologique, Ynsect a levé plus de "
            "550 millions d’euros depuis sa création en 2011.",
            money=[(5.5e8, "EUR")], actors=["Ynsect"], dates=["2011"], published="2024-10-01"),
    Passage("https://www.web-agri.fr/economie-agricole/article/891009/liquidation-d-ynsect-start-up-produisant-des-prot"
            "eines-insectes",
            "Spécialisé dans l'élevage et la transformation d'insectes pour l'alimentation animale, humaine et les "
            "engrais, Ynsect a levé au total 600 millions de dollars auprès d'investisseurs depuis sa création en 2011, "
            "y compris de la banque publique d'investissement BPIFrance.",
            money=[(6e8, "USD")], actors=["Ynsect", "BPIFrance"], dates=["2011"]),
    # "En juin de la même année" is June 2025, by the sentence before it
    Passage("https://www.web-agri.fr/economie-agricole/article/891009/liquidation-d-ynsect-start-up-produisant-des-prot"
            "eines-insectes",
            "Confrontée à une rude concurrence dans le secteur des protéines, elle avait été placée en redressement "
            "judiciaire en mars 2025. En juin de la même année, elle avait indiqué à ses salariés prévoir de supprimer "
            "137 postes sur environ 200",
            dates=["2025-03", "2025-06"]),
    # no date on the page: "le dimanche 11 août dernier" has no year and is left out
    Passage("https://lejournaltoulousain.fr/ile-de-france/essonne/cyberattaque-universite-paris-saclay-pirates-menacent-"
            "divulguer-donnees-286676",
            "1 téraoctet de données. C’est ce qu’aurait volé un groupe de ransomware, c’est-à-dire de cybercriminels qui "
            "réclament de l’argent en échange notamment de la restauration de fichiers, lors du piratage de "
            "l’Université Paris-Saclay le dimanche 11 août dernier.",
            actors=["Université Paris-Saclay"], dates=[]),
    # published 2022-02-28: "le 17 février dernier" and "lundi 28 février" are in 2022
    Passage("https://www.watson.ch/fr/suisse/informatique/115473390-les-donnees-volees-a-l-universite-de-neuchatel-ont-"
            "ete-publiees",
            "Après la cyberattaque survenue le 17 février dernier, l'établissement doit faire face à un nouveau "
            "rebondissement. Selon Le Temps, des données volées par les pirates informatiques ont été publiées sur le "
            "darknet lundi 28 février.",
            actors=["Le Temps"], dates=["2022-02-17", "2022-02-28"], published="2022-02-28"),
    # no date on the page: "ce mardi 27 septembre" has no year and is left out
    Passage("https://www.rtl.fr/actu/sciences-tech/info-rtl-une-cyberattaque-fait-fuiter-les-donnees-des-etudiants-du-"
            "pole-universitaire-leonard-de-vinci-7900189584",
            "L'établissement a contacté l'Agence nationale pour la sécurité des systèmes d'information (Anssi) et "
            "l'Office central de lutte contre la criminalité liée aux technologies (OCLTIC). Le dépôt d'une plainte est "
            "prévu ce mardi 27 septembre.",
            actors=["Agence nationale pour la sécurité des systèmes d'information", "Anssi",
                    "Office central de lutte contre la criminalité liée aux technologies", "OCLTIC"], dates=[]),
    # published 2024-10: "ce 10 octobre" is 2024-10-10
    Passage("https://www.numerama.com/cyberguerre/1823862-luniversite-paris-sorbonne-victime-dune-cyberattaque-un-hac"
            "ker-a-vole-des-donnees.html",
            "L’université Paris 1 Panthéon-Sorbonne confirme ce 10 octobre avoir été touché par une cyberattaque. "
            "Contacté par Numerama, l’établissement indique « qu’une extraction de données non confidentielles à "
            "partir de l’annuaire public de l’université » a eu lieu.",
            actors=["université Paris 1 Panthéon-Sorbonne", "Numerama"], dates=["2024-10-10"], published="2024-10"),
    Passage("https://telesatellite.com/actu/56271-orange-des-offres-5g-avant-la-fin-de-annee.html",
            "« La 5G ne sera pas le prétexte à une augmentation de prix », a juré Stéphane Richard, PDG d'Orange, au "
            "cours d'un entretien concédé à Europe 1.",
            actors=["Stéphane Richard", "Orange", "Europe 1"], dates=[]),
    # an interview (the magazine Capital asks, Arthur Dreyfuss answers)
    Passage("https://www.capital.fr/entreprises-marches/la-competition-est-injuste-et-intenable-avec-les-gafa-1345411",
            "Ces derniers s’ajouteront évidemment, et chacun doit bien le comprendre, aux 10 milliards d’euros "
            "d’investissement que mettent chaque année les opérateurs dans les infrastructures fibre et 4G.",
            money=[(1e10, "EUR")], dates=[]),
    Passage("https://www.capital.fr/entreprises-marches/la-competition-est-injuste-et-intenable-avec-les-gafa-1345411",
            "La capacité du réseau permettra surtout, dans un premier temps de répondre à l’explosion de la consommation "
            "des données. Les premières offres commerciales arriveront en 2020 quand nous aurons les fréquences.",
            dates=["2020"]),
    Passage("https://www.capital.fr/entreprises-marches/la-competition-est-injuste-et-intenable-avec-les-gafa-1345411",
            "Capital : Les enchères pour les fréquences 5G pourraient coûter deux à trois fois moins cher que celles de "
            "la 4G, vous confirmez ?",
            actors=["Capital"], dates=[]),
    # published 2020-09-04 (the address), a Friday: "ce vendredi" is 2020-09-04
    Passage("https://www.bfmtv.com/economie/thomas-reynaud-iliad-free-la-france-ne-doit-pas-prendre-de-retard-dans-la-5"
            "g_AV-202009040088.html",
            "Elle constitue pourtant un enjeu majeur pour le pays comme le répète Thomas Reynaud, directeur général "
            "d'Iliad, la maison mère de Free ce vendredi sur BFM Business.",
            actors=["Thomas Reynaud", "Iliad", "Free", "BFM Business"], dates=["2020-09-04"], published="2020-09-04"),
    # "le régulateur" is a role, not a name
    Passage("https://www.nextinpact.com/lebrief/651",
            "« Il faudrait qu'Orange prenne la décision d'éteindre son réseau historique en cuivre dans un calendrier "
            "court partout où la fibre est disponible ou que le régulateur l'y pousse en baissant drastiquement les "
            "tarifs du dégroupage ».",
            actors=["Orange"], dates=[]),
    # an interview; the question is the journalist's, the answer Denis Allard's
    Passage("https://www.francebleu.fr/infos/economie-social/pour-ses-nouveaux-satellites-thales-alenia-space-va-embauc"
            "her-a-toulouse-3871879",
            "Thales Alenia Space est en pleine croissance (2,15 milliards d'euros de chiffres d'affaires en 2022), donc "
            "Toulouse aussi ?",
            money=[(2.15e9, "EUR")], actors=["Thales Alenia Space"], dates=["2022"]),
    Passage("https://www.francebleu.fr/infos/economie-social/pour-ses-nouveaux-satellites-thales-alenia-space-va-embauc"
            "her-a-toulouse-3871879",
            "Denis Allard : Sur le site de Toulouse, c'est 2.800 personnes au niveau des employés propres, et à peu près "
            "une force de travail de 3.200 personnes avec les sous-traitants. Sachant que l'effectif global de Thales "
            "Alenia Space dans le monde est de 8.500 personnes.",
            actors=["Denis Allard", "Thales Alenia Space"], dates=[]),
    Passage("https://www.europesays.com/fr/699659",
            "L’investissement est évalué à au moins trois milliards d’euros – au rythme de 500 millions d’euros par data "
            "center – et calibré pour s’étaler sur plusieurs années.",
            money=[(3e9, "EUR"), (5e8, "EUR")], dates=[]),
    Passage("https://www.lemondeinformatique.fr/actualites/lire-bordeaux-pret-a-accueillir-un-campus-ia-et-un-supercalc"
            "ulateur-99039.html",
            "Créée en septembre 2025, BXIA - une société contrôlée par le promoteur immobilier Nouvelles Fonctions "
            "Urbaines (NFU) et la société de gestion de fonds immobiliers Osae Partners - a lancé un projet de "
            "datacenters IA et d'un supercalculateur localisé à Bordeaux-Lac.",
            actors=["BXIA", "Nouvelles Fonctions Urbaines", "NFU", "Osae Partners"], dates=["2025-09"]),
    Passage("https://france3-regions.francetvinfo.fr/nouvelle-aquitaine/gironde/bordeaux/bordeaux-metropole-un-data-ce"
            "nter-geant-ouvre-ses-portes-a-bruges-2282188.html",
            "Déployé par Orange, Vodafone et Facebook entre les Etats-Unis et l'Europe, transitant par le Porge, ce câble "
            "sous-marin de 6 800 km, véritable autoroute de données, termine sa course à Bruges.",
            actors=["Orange", "Vodafone", "Facebook"], dates=[]),
    Passage("https://kulturegeek.fr/news-346502/bordeaux-valide-bxia-data-center-souverain-3-milliards-deuros-lia",
            "Le site accueillera progressivement six unités de data center à partir de 2028. L’ampleur du dispositif est "
            "important : une puissance électrique totale de 380 mégawatts est prévue, ce qui équivaut à 10 % de la "
            "capacité de la centrale nucléaire voisine du Blayais.",
            percent=[10], dates=["2028"], published="2026-02-02"),
    Passage("https://www.francebleu.fr/infos/economie-social/bordeaux-va-bientot-accueillir-le-plus-gros-data-center-de-"
            "la-region-1623342526",
            "C'est au nord de Bordeaux sur la zone de frêt de Bruges que la société américaine Equinix ( l'un des "
            "leaders mondiaux du data center) a décidé d'investir 32 millions d'euros.",
            money=[(3.2e7, "EUR")], actors=["Equinix"], dates=[], published="2021-06"),
    # "fin 2020" is the year 2020
    Passage("https://www.lemondeinformatique.fr/actualites/lire-equinix-installe-la-tete-de-pont-facebook-a-bordeaux-8440"
            "1.html",
            "Les travaux avaient débuté fin 2020 et devraient être terminés d’ici le mois de novembre 2021. Initialement, "
            "la construction d’un datacenter met entre 4 et 5 ans. Après un investissement initial de 32 millions "
            "d’euros, la firme prévoit un coût maximal de 100 millions d’euros.",
            money=[(3.2e7, "EUR"), (1e8, "EUR")], dates=["2020", "2021-11"]),
    Passage("https://www.maddyness.com/2026/01/30/vers-un-projet-de-data-center-a-3-milliards-deuros-a-bordeaux/?pleni"
            "goSsoLogout=1",
            "\"On a des entreprises spatiales, de défense...\" qui \"ont besoin de protéger, de préserver leurs "
            "données\", résume Christine Bost, présidente socialiste de Bordeaux Métropole.",
            actors=["Christine Bost", "Bordeaux Métropole"], dates=[], published="2026-01-30"),
    Passage("https://cfnews.net/Acces-libre/Growth-2021-l-annee-des-licornes-398323",
            "Back Market sort du troupeau en se valorisant 5,1 Md€, suivi par deux autres, aussi à mi chemin, ou presque, "
            "du statut de décacorne (10 Md€).",
            money=[(5.1e9, "EUR"), (1e10, "EUR")], actors=["Back Market"], dates=[]),
    # "plus de 20 millions d’euros" is a threshold amount; "entre 2020 et 2021" counts as its start
    Passage("https://www.magazine-decideurs.com/news/le-sprint-des-licornes-francaises",
            "D’après Bpifrance, les montants des levées de fonds de plus de 20 millions d’euros ont été multipliés par "
            "trois entre 2020 et 2021 pour atteindre 12 milliards d’euros",
            money=[(2e7, "EUR"), (1.2e10, "EUR")], actors=["Bpifrance"], dates=["2020"], published="2022-01"),
    # no date on the page: "l’an passé" is left out
    Passage("https://www.neoproduits.com/startups/infographie-qui-sont-les-plus-grandes-licornes-francaises/",
            "Parmi celles qui ont atteint ce palier, la dernière en date est Allan. L’Assureur santé a en effet levé des "
            "fonds l’an passé à hauteur de 185 millions d’euros, pour atteindre une valorisation globale de 1,7 "
            "milliard de dollars.",
            money=[(1.85e8, "EUR"), (1.7e9, "USD")], actors=["Allan"], dates=[]),
    # published 2022-01: "Depuis décembre" is December 2021; "le milliard d’euros" is money
    Passage("https://www.tf1.fr/tf1/jt-we/videos/pourquoi-les-licornes-prosperent-en-france-72929016.html",
            "Actuellement, 5,7 millions de personnes l’utilisent. Depuis décembre, Lydia a dépassé le milliard d’euros "
            "de valorisation, sans être coté en bourse.",
            money=[(1e9, "EUR")], actors=["Lydia"], dates=["2021-12"], published="2022-01"),
    # no date on the page: "mardi dernier" is left out; "4,4" is in euros by the amount after it
    Passage("http://www.scoop.it/topic/toulouse-networks/?&tag=Licorne",
            "Entre-temps, Qonto (néobanque) et BackMarket (marketplace spécialisée en objets informatiques "
            "reconditionnés) ont établi deux nouveaux records de valorisation pour des licornes françaises en une seule "
            "journée, mardi dernier, respectivement à 4,4 et 5,1 milliards d’euros.",
            money=[(4.4e9, "EUR"), (5.1e9, "EUR")], actors=["Qonto", "BackMarket"], dates=[]),
    # "au-delà du milliard de dollars" is a threshold amount, kept as money
    Passage("https://cafetech.fr/2022/02/09/plus-de-1-000-start-up-sont-desormais-des-licornes/",
            "Selon le décompte du cabinet CB Insights, plus de 1.000 sociétés non cotées sont désormais valorisées "
            "au-delà du milliard de dollars. Plus de la moitié d’entre elles ont franchi cette barre symbolique en 2021",
            money=[(1e9, "USD")], actors=["CB Insights"], dates=["2021"], published="2022-02-09"),
    # published 2024-04-18, a Thursday: "jeudi" is 2024-04-18; "la police" names no one
    Passage("https://www.rtl.be/actu/belgique/politique/le-site-de-vooruitbrussels-ete-pirate/2024-04-18/article/659977",
            "Vooruit.brussels a immédiatement porté plainte auprès de la police et fait un signalement à l'Autorité de "
            "protection des données, a-t-il fait savoir jeudi.",
            actors=["Vooruit.brussels", "Autorité de protection des données"], dates=["2024-04-18"],
            published="2024-04-18"),
    # published 2023-08 only: "Lundi matin" is not settled and is left out
    Passage("https://www.rtbf.be/article/charleroi-victime-d-une-cyberattaque-le-cpas-ne-paiera-pas-de-rancon-les-serv"
            "ices-seront-assures-a-l-ancienne-11244100",
            "Olivier Jusniaux, directeur général du CPAS de Charleroi décrit les choses : \"les données n’ont pas été "
            "volées mais cryptées. Concrètement, nos serveurs ne pouvaient plus communiquer entre eux.",
            actors=["Olivier Jusniaux", "CPAS de Charleroi"], dates=[], published="2023-08"),
    # published 2023-08-22, a Tuesday: "mardi" is that day and "la veille" the day before
    Passage("https://www.rtl.be/page-videos/le-cpas-de-charleroi-victime-dune-demande-de-rancon/2023-08-22/video/580382",
            "Le CPAS de Charleroi a indiqué, mardi après-midi, que l'attaque informatique qu'il a subi la veille a bien "
            "été suivie d'une demande de rançon. Depuis celle-ci, l'institution a déposé plainte auprès de la police "
            "fédérale.",
            actors=["CPAS de Charleroi", "police fédérale"], dates=["2023-08-22", "2023-08-21"], published="2023-08-22"),
    # no date on the page: "depuis vendredi" is left out
    Passage("https://canalz.levif.be/news/cyberattaque-contre-kaseya-les-hackers-reclament-70-millions-de-dollars-en-bit"
            "coins/video-normal-1444731.html",
            "Un groupe de hackers est parvenu à s'immiscer dans le logiciel de la société américaine Kaseya, utilisé par "
            "quelque 40.000 clients à travers le monde. Il réclame 70 millions de dollars en bitcoins en échange de la "
            "clé de décryptage universelle.",
            money=[(7e7, "USD")], actors=["Kaseya"], dates=[]),
    # Québec: "entre 2 et 10 millions de dollars" is Canadian dollars, counted as its low value
    Passage("https://www.ledevoir.com/economie/674391/innovation-quebec-injecte-6-5-millions-pour-la-croissance-des-st"
            "artups-montrealaises",
            "Une ronde de série A est le premier financement privé en importance qu’obtient normalement une entreprise "
            "en vue d’atteindre une certaine rentabilité. Elle peut généralement valoir quelque chose entre 2 et 10 "
            "millions de dollars.",
            money=[(2e6, "CAD")], dates=[]),
    # Québec: "$" is Canadian; a minister's title is a role
    Passage("https://www.lesaffaires.com/techno/produits-electroniques/les-start-up-technologiques-de-montreal-recoiven"
            "t-pres-3-m/620552",
            "Les incubateurs Bonjour Startup Montréal, le Centech et le CEIM se partageront une nouvelle cagnotte de 2 "
            "809 100 $ afin d’accompagner des jeunes pousses qui misent sur la technologie de pointe de Montréal, a "
            "annoncé la ministre du Développement économique et des Langues officielles, Mélanie Joly.",
            money=[(2809100, "CAD")], actors=["Bonjour Startup Montréal", "Centech", "CEIM", "Mélanie Joly"],
            dates=[], published="2020-10-22"),
    Passage("https://www.lapresse.ca/affaires/2021-07-22/montreal/l-entrepreneuriat-innovant-sort-de-la-tempete.php",
            "Les activités de Montréal inc. sont financées par une fiducie regroupant une vingtaine d’entreprises parmi "
            "les plus influentes dans l’économie de la région métropolitaine.",
            actors=["Montréal inc."], dates=[], published="2021-07-22"),
]

# Annotated blind, by reading only, before any extraction ran on them; never tuned against. Every passage
# is quoted from the article at its address; `published` is the date that page gives (None: none found).
HELD_OUT_32 = [
    # "ce lundi" is not settled by a month-only date and is left out; "l'État" is the state
    Passage("https://www.francebleu.fr/infos/economie-social/l-etat-va-mettre-2-9-milliards-d-euro-dans-la-future-us"
            "ine-st-micro-a-crolles-4237187",
            "C'est l'aide la plus importante accordée par l'État à un projet industriel depuis 2017 : Bruno Lemaire, "
            "ministre de l'économie et des finances a annoncé ce lundi que Bercy allait alloué une enveloppe de 2,9 "
            "milliards d'euros à la nouvelle usine de semi-conducteurs de ST Microlectronics installée à Crolles, en Isère.",
            money=[(2.9e9, "EUR")], actors=["Bruno Lemaire", "Bercy", "ST Microlectronics"], dates=["2017"],
            published="2023-06"),
    # a plan is not an actor
    Passage("https://lyon-entreprises.com/?p=366225",
            "Cette aide de l’Etat se situe dans le cadre du plan France Relance qui prévoit une enveloppe globale de 5,5 "
            "milliards d’euros pour l’ensemble du secteur des semi-conducteurs en France.",
            money=[(5.5e9, "EUR")], dates=[]),
    Passage("https://www.nextinpact.com/article/71429/21-laureats-pour-premier-plan-daccompagnement-vers-secnumcloud-s"
            "ignaux-tres-positifs",
            "Le label de confiance est connu, il s’agit de SecNumCloud. Ce référentiel technique a été développé par "
            "l’ANSSI (Agence nationale de la sécurité des systèmes d’information) a été lancé officiellement en 2016, et "
            "mis à jour à plusieurs reprises depuis.",
            actors=["ANSSI", "Agence nationale de la sécurité des systèmes d’information"], dates=["2016"],
            published="2023-04"),
    # a minister's title is a role; « Cloud au centre » is a strategy, not an actor
    Passage("https://www.lemondeinformatique.fr/actualites/lire-le-gouvernement-precise-sa-strategie-cloud-pour-les-don"
            "nees-sensibles-90599.html",
            "Pour mémoire, en mai 2021, Amélie de Montchallin, alors ministre de la transformation et de la fonction "
            "publiques avait posé les bases de la stratégie cloud de l’Etat baptisée « Cloud au centre ».",
            actors=["Amélie de Montchallin"], dates=["2021-05"]),
    # a release of the Québec government: "$" amounts are Canadian dollars
    Passage("https://www.newswire.ca/fr/news-releases/appui-a-mila-institut-quebecois-d-intelligence-artificielle-le-q"
            "uebec-renforce-son-leadership-mondial-en-intelligence-artificielle-891610286.html",
            "Grâce à cet appui de 36 millions de dollars, Mila pourra renforcer davantage son rôle d'institut de "
            "recherche de classe mondiale, lequel contribue à faire du Québec un chef de file en matière de développement "
            "éthique et responsable de l'IA.",
            money=[(3.6e7, "CAD")], actors=["Mila"], dates=[], published="2026-02-27"),
    # "le gouvernement du Québec" is the state's executive and is left out; the strategy's "2022-2027" counts as its
    # start
    Passage("https://www.lelezard.com/communique-20850748.html",
            "MONTRÉAL, le 12 avril 2023 /CNW/ - Le gouvernement du Québec attribue, dans le cadre de la Stratégie "
            "québécoise de recherche et d'investissement en innovation (SQRI2) 2022-2027, une contribution financière de "
            "21 millions de dollars sur trois ans à Mila - Institut québécois d'intelligence artificielle",
            money=[(2.1e7, "CAD")], actors=["CNW", "Mila - Institut québécois d'intelligence artificielle"],
            dates=["2023-04-12", "2022"], published="2023-04-12"),
    Passage("https://madeinmarseille.net/57312-stockage-donnee-interxion-centre",
            "« Interxion a investi plus de 300 millions d’euros sur les trois premiers data centers. Cela représente nos "
            "investissements à Paris, première place hexagonale, en 15 ans », explique le PDG du groupe en France.",
            money=[(3e8, "EUR")], actors=["Interxion"], dates=[]),
    Passage("https://www.maddyness.com/2023/07/13/quantique-siquance-quobly/",
            "Pour financer son développement, celle-ci annonce un premier tour de table de 19 millions d’euros. "
            "L’opération a été menée par Quantonation, fonds d’investissement spécialisé dans l’investissement en "
            "amorçage dans les technologies quantiques, Bpifrance, Supernova Invest et Innovacom.",
            money=[(1.9e7, "EUR")], actors=["Quantonation", "Bpifrance", "Supernova Invest", "Innovacom"], dates=[],
            published="2023-07-13"),
    Passage("https://www.frenchweb.fr/quandela-leve-15-millions-deuros-pour-proposer-un-premier-ordinateur-quantique-ph"
            "otonique-en-2022/430136",
            "Dernier exemple en date avec la start-up Quandela, spécialiste de la photonique quantique, qui vient de "
            "boucler un tour de table de 15 millions d’euros auprès du fonds Omnes, du Fonds Innovation Défense géré par "
            "Bpifrance et souscrit par l’Agence de l’innovation de défense (AID)",
            money=[(1.5e7, "EUR")],
            actors=["Quandela", "Omnes", "Fonds Innovation Défense", "Bpifrance", "Agence de l’innovation de défense",
                    "AID"],
            dates=[], published="2021-11"),
    Passage("https://www.economiematin.fr/sanction-france-travail-piratage-cnil-donnees",
            "Le 22 janvier 2026, la Commission nationale de l’informatique et des libertés a infligé une amende de cinq "
            "millions d’euros à France Travail.",
            money=[(5e6, "EUR")], actors=["Commission nationale de l’informatique et des libertés", "France Travail"],
            dates=["2026-01-22"]),
    # no date on the page: "jeudi 29 janvier" gives no year and is left out
    Passage("https://parisparlez.com/france-travail-condamne-a-une-amende-de-5-millions-deuros-apres-un-vol-massif-de-d"
            "onnees",
            "La Commission nationale de l’informatique et des libertés (CNIL) a condamné jeudi 29 janvier France Travail "
            "à une amende de 5 millions d’euros après une fuite de données personnelles massive, ayant pu concerner "
            "jusqu’à 36,8 millions d’utilisateurs français en mars 2024.",
            money=[(5e6, "EUR")],
            actors=["Commission nationale de l’informatique et des libertés", "CNIL", "France Travail"],
            dates=["2024-03"]),
    Passage("https://www.lalibre.be/economie/digital/google-investit-600-millions-d-euros-dans-un-nouveau-data-center-e"
            "n-belgique-5cf4cf7e9978e27796d0bbf0",
            "Ce quatrième centre de données, dont la mise en service est prévue pour 2021, représente un investissement "
            "de 600 millions d’euros.",
            money=[(6e8, "EUR")], dates=["2021"]),
    Passage("https://www.wort.lu/fr/granderegion/google-assoit-encore-son-emprise-sur-la-belgique-618a9a9bde135b923606d392",
            "Selon le dernier rapport de Copenhagen Economics, cette nouvelle annonce devrait faire franchir la barre des "
            "trois milliards d'euros réalisés depuis 2009 sur le territoire belge, la plupart étant liés à la mise en "
            "service de data centers.",
            money=[(3e9, "EUR")], actors=["Copenhagen Economics"], dates=["2009"]),
    # a note of the state's export agency
    Passage("https://www.teamfrance-export.fr/infos-sectorielles/39020/39020-google-annonce-un-nouvel-investissement-de"
            "-5-mds-eur-en-belgique-pour-developper-ses-data-centers",
            "Dans le cadre de l’expansion de ses infrastructures numériques, Google prévoit d’investir 5 Mds EUR en "
            "Belgique d’ici 2027 pour étendre son campus de Saint-Ghislain, portant ses investissements cumulés dans le "
            "pays à plus de 11 Mds EUR depuis 2007.",
            money=[(5e9, "EUR"), (1.1e10, "EUR")], actors=["Google"], dates=["2027", "2007"]),
    # the post's own date is not given: "aujourd'hui" is left out
    Passage("https://lafibre.info/attaques/france-travail-condamne-a-une-amende-de-5-millions-deuros-par-la-cnil/msg114"
            "4861",
            "La CNIL a annoncé aujourd'hui avoir condamné France Travail à une amende de 5 millions d'euros pour "
            "manquement à ses obligations de protection des données personnelles, suite à une fuite de données au premier "
            "trimestre 2024, ayant concerné 36 millions de personnes",
            money=[(5e6, "EUR")], actors=["CNIL", "France Travail"], dates=["2024-Q1"]),
    # "DC5" is a building, not an actor
    Passage("https://wordpress.kennycaldieraro.fr/?p=29879",
            "Le supercalculateur, qui comprend 127 systèmes DGX H100 (soit 1 016 GPU H100) est installé en région "
            "parisienne au cœur du DC5, un centre de données opéré par OpCore, filiale data-center d’Iliad.",
            actors=["OpCore", "Iliad"], dates=[]),
    # Geneva press: "francs" are Swiss francs
    Passage("https://www.24heures.ch/a-geneve-infomaniak-va-construire-le-data-center-le-plus-vert-950801062153",
            "«Pourquoi tous les data centers ne font pas d’efforts en matière d’économie d’énergie? Parce que ça coûte "
            "beaucoup plus cher et que les contraintes sont plus nombreuses. Pour construire le data center actuellement "
            "en service, nous avons dépensé 6 millions de francs. Le suivant en vaudra le double, en raison "
            "principalement de la pompe à chaleur.»",
            money=[(6e6, "CHF")], dates=[], published="2021-03"),
    Passage("https://www.24heures.ch/a-geneve-infomaniak-va-construire-le-data-center-le-plus-vert-950801062153",
            "Le projet se fera en partenariat avec les SIG, à La Chapelle-Les Sciers. Le chantier devrait s’achever d’ici "
            "à la fin 2023, ainsi que nous l’explique Boris Siegenthaler, responsable du développement de l’entreprise.",
            actors=["SIG", "Boris Siegenthaler"], dates=["2023"], published="2021-03"),
    # no date on the page: "Le mois dernier" is left out; a federal councillor's title is a role
    Passage("https://www.destunes.fr/engagement-sincere-ou-operation-marketing_8636f0252.html",
            "Le mois dernier, Microsoft a annoncé à Berne un plan d’investissement de 400 millions de dollars pour ses "
            "centres de données en Suisse. Le tout en présence de Guy Parmelin, le conseiller fédéral Suisse.",
            money=[(4e8, "USD")], actors=["Microsoft", "Guy Parmelin"], dates=[]),
    # an interview in a school's magazine (issue of March 2022); "la French Tech" is a label, not an actor
    Passage("https://lajauneetlarouge.com/sekoia-connaitre-et-anticiper-la-menace",
            "Fondée en 2008 par Freddy Milesi alors âgé de 26 ans, SEKOIA est aujourd’hui pressentie comme une future "
            "licorne de la French Tech, une entreprise en forte croissance qui recrute et recherche des profils "
            "atypiques.",
            actors=["Freddy Milesi", "SEKOIA"], dates=["2008"], published="2022-03"),
    # the page reprints an article of Les Echos of 2 October 2019
    Passage("https://mynewsreview.com/ces-pepites-du-renseignement-et-de-la-defense-poussees-dans-les-bras-etrangers/",
            "Certaines – par exemple Dataiku, qui travaille pour Tracfin -, ont déjà basculé. La start-up d’intelligence "
            "artificielle a bouclé un quatrième tour de table de 101 millions de dollars auprès de fonds anglo-saxons de "
            "premier ordre, comme Iconiq Capital, proche du CEO de Facebook, Mark Zuckerberg.",
            money=[(1.01e8, "USD")], actors=["Dataiku", "Tracfin", "Iconiq Capital", "Facebook", "Mark Zuckerberg"],
            dates=[], published="2019-10-02"),
    Passage("https://www.bfmtv.com/economie/le-champion-francais-de-la-securisation-des-emails-contraint-de-renoncer-a-"
            "son-reve-americain_AD-202008290084.html",
            "Cette PME spécialisée dans la sécurisation des courriels d'entreprises et basée à Hem près de Lille, avait "
            "annoncé en juin 2019 un investissement de 70 millions d'euros du fonds américain General Catalyst, basé à "
            "Boston sur la côte Est des États-Unis.",
            money=[(7e7, "EUR")], actors=["General Catalyst"], dates=["2019-06"], published="2020-08-29"),
    # FranceConnect is a service, TECH.GOUV a programme: neither is an actor
    Passage("https://www.lemondeinformatique.fr/actualites/lire-franceconnect-veut-elargir-son-controle-des-identites-a"
            "ux-banques-mutuelles-et-sites-pornographiques-79434.html",
            "« 67% des Français ont confiance dans FranceConnect, 33% dans Facebook ou Google, selon un sondage réalisé "
            "par l'ACSEL » relève Christine Balian, cheffe de mission IDNUM du programme TECH.GOUV à la Dinum.",
            percent=[67, 33], actors=["Facebook", "Google", "ACSEL", "Christine Balian", "Dinum"], dates=[]),
    # a Senate report; a programme is not an actor
    Passage("https://senat.fr./rap/a24-150-1/a24-150-14.html",
            "Lancé en 2020, le projet d'une identité numérique régalienne est porté par le programme interministériel « "
            "France Identité Numérique ». Son déploiement repose sur un budget global de 76 millions d'euros, financé à "
            "la fois par France Titres, dont les crédits sont portés par le programme 354",
            money=[(7.6e7, "EUR")], actors=["France Titres"], dates=["2020"]),
    # "fin 2020" is written at the year's precision
    Passage("https://www.usine-digitale.fr/article/a-quoi-va-servir-franceconnect-et-surtout-qui-va-payer-pour-l-ident"
            "ite-numerique-securisee.N1152362",
            "Le nombre d'entre eux utilisant la plateforme quatre fois par an ou plus est par ailleurs passé de 8 "
            "millions fin 2020 à 12 millions fin septembre 2021.",
            dates=["2020", "2021-09"], published="2021-10"),
    # "l'Éducation nationale" is the ministry's administration
    Passage("https://banquedesterritoires.fr/france-connect-vise-20-millions-dutilisateurs-en-2019",
            "Le dispositif d’authentification simplifié France connect de la Dinsic mise sur l’arrivée de l'Éducation "
            "nationale et de Pôle emploi pour accélérer son développement en 2019. À ce jour 300 collectivités "
            "l’utilisent pour l’accès à leur portail de téléservices.",
            actors=["Dinsic", "Éducation nationale", "Pôle emploi"], dates=["2019"]),
    # no date on the page: "l’été dernier" is left out
    Passage("https://www.ultimatepocket.com/franceconnect-le-dispositf-au-coeur-du-parcours-numerique-des-administres/",
            "Le budget de fonctionnement de FranceConnect, pris en charge par la DINUM, correspond quant à lui à « 4 "
            "millions d’euros par an depuis 2019 », selon un rapport d’information parlementaire paru l’été dernier.",
            money=[(4e6, "EUR")], actors=["DINUM"], dates=["2019"]),
    Passage("https://www.ultimatepocket.com/franceconnect-le-dispositf-au-coeur-du-parcours-numerique-des-administres/",
            "La ministre de la Transformation et de la Fonction publiques, Amélie de Montchalin a de son côté annoncé que "
            "32 millions d’euros sont consacrés à l’accélération de la numérisation des démarches administratives dans le "
            "cadre du plan de relance.",
            money=[(3.2e7, "EUR")], actors=["Amélie de Montchalin"], dates=[]),
    Passage("https://frenchmorning.com/les-francais-de-hugging-face-et-leur-intelligence-artificielle-en-open-source-at"
            "tirent-les-millions-des-investisseurs-americains",
            "Hugging Face, une start-up qui compte révolutionner le machine learning en fournissant des technologies de "
            "traitement du langage naturel (NLP) en mode open source, vient d’annoncer une levée de fonds de série B de "
            "40 millions de dollars.",
            money=[(4e7, "USD")], actors=["Hugging Face"], dates=[]),
    Passage("https://frenchmorning.com/les-francais-de-hugging-face-et-leur-intelligence-artificielle-en-open-source-at"
            "tirent-les-millions-des-investisseurs-americains",
            "Elle a été menée par Lee Fixel (un investisseur de renom qui a déjà investi dans Stripe, Spotify et Peloton) "
            "et son fonds Addition, ainsi que ses investisseurs historiques Lux Capital, A.Capital & Betaworks.",
            actors=["Lee Fixel", "Stripe", "Spotify", "Peloton", "Addition", "Lux Capital", "A.Capital", "Betaworks"],
            dates=[]),
    # no date on the page: "ce jeudi 24 août" gives no year and is left out
    Passage("https://clubi.cc/5082fb0e",
            "Opérant entre Paris et New York, cette entreprise tricolore née en 2016 a récemment clôturé une levée de "
            "fonds de 235 millions de dollars, orchestrée par Salesforce Ventures, indique Le Figaro ce jeudi 24 août.",
            money=[(2.35e8, "USD")], actors=["Salesforce Ventures", "Le Figaro"], dates=["2016"]),
    # "fin 2022" is written at the year's precision
    Passage("https://www.latribune.fr/technos-medias/innovation-et-start-up/photoroom-l-ascension-fulgurante-du-chatgpt"
            "-francais-de-la-retouche-photo-991821.html",
            "Elle vient de réaliser une deuxième levée de fonds de 43 millions d'euros auprès des fonds Balderton "
            "Capital, Aglaé Ventures et de l'incubateur américain Y Combinator, portant sa valorisation à 500 millions "
            "d'euros. Elle avait précédemment levé 19 millions de dollars fin 2022.",
            money=[(4.3e7, "EUR"), (5e8, "EUR"), (1.9e7, "USD")],
            actors=["Balderton Capital", "Aglaé Ventures", "Y Combinator"], dates=["2022"], published="2024-03"),
    Passage("https://www.cscience.ca/2020/11/30/servicenow-va-faire-lacquisition-delement-ai/",
            "ServiceNow a annoncé le lundi 30 novembre la conclusion d’une entente visant l’acquisition d’Element AI, "
            "pionnier québécois et chef de file de l’intelligence artificielle.",
            actors=["ServiceNow", "Element AI"], dates=["2020-11-30"], published="2020-11-30"),
    # "millions US" are US dollars; no date on the page: "lundi matin" is left out
    Passage("https://lp.ca/wkYrXt",
            "La transaction, d’un montant qui n’a pas été confirmé, mais qui serait d’environ 400 millions US, selon deux "
            "sources, devrait être bouclée « au début de 2021 », selon un communiqué publié lundi matin.",
            money=[(4e8, "USD")], dates=["2021"]),
    Passage("https://ici.radio-canada.ca/nouvelle/1753370/intelligence-artificielle-element-ai-vendue-service-now",
            "Fondée en octobre 2016 par un groupe de scientifiques et d’experts montréalais, dont le Dr Yoshua Bengio, "
            "figure de proue de l’industrie québécoise de l’intelligence artificielle, Element AI se spécialise dans "
            "l’application de l’intelligence artificielle dans le domaine des langues, de l’écriture, du clavardage, des "
            "images et des recherches.",
            actors=["Yoshua Bengio", "Element AI"], dates=["2016-10"]),
    # Québec: "$" is Canadian; "le gouvernement du Québec" is the state's executive and is left out
    Passage("https://www.journaldemontreal.com/2020/11/30/element-ai-avalee-par-une-americaine",
            "En septembre 2019, deux ans après une ronde record de 137 millions $, la start-up d’intelligence "
            "artificielle Element AI avait annoncé avoir amassé 200 millions $, dont la moitié de l’argent provient de la "
            "Caisse de dépôt et placement du Québec (CDPQ) et du gouvernement du Québec.",
            money=[(1.37e8, "CAD"), (2e8, "CAD")],
            actors=["Element AI", "Caisse de dépôt et placement du Québec", "CDPQ"], dates=["2019-09"],
            published="2020-11-30"),
    # the page gives a day and month without a year: "aujourd'hui" is left out
    Passage("https://techsense.lu/news/proximus-luxconnect-et-google-lancent-une-initiative-commune-de-cloud-souverain",
            "Dans le sillage du dernier sommet européen, le CEO de Proximus, Guillaume Boutin, a participé aujourd'hui à "
            "la conférence de presse des Premiers Ministres Alexander De Croo et Xavier Bettel annonçant la coopération "
            "entre la Belgique et le Luxembourg en matière de cloud souverain.",
            actors=["Proximus", "Guillaume Boutin", "Alexander De Croo", "Xavier Bettel"], dates=[]),
    Passage("https://www.wort.lu/fr/luxembourg/un-partenariat-pour-des-services-de-cloud-deconnectes-641196ddde135b92364bb"
            "90a",
            "C'est un partenariat important destiné à fournir des services de cloud souverain en Belgique et au "
            "Luxembourg qui a été signé entre Proximus Group et LuxConnect.",
            actors=["Proximus Group", "LuxConnect"], dates=[], published="2023-03"),
    Passage("https://fr.itdaily.be/blogs/business/smals-demontre-comment-gouvernement-numerique-peut-functionner/",
            "Tout d’abord, les chiffres : Smals a vu son chiffre d’affaires croître à 573,6 millions d’euros et a "
            "accueilli plus de deux cents nouveaux employés. À la fin de 2024, l’effectif comptait 2251 employés.",
            money=[(5.736e8, "EUR")], actors=["Smals"], dates=["2024"]),
    Passage("https://www.frenchweb.fr/otan-un-tournant-discret-mais-strategique-vers-le-cloud-europeen/455345",
            "L’Agence d’information et de communication de l’OTAN (NCIA) vient d’attribuer un contrat à Thales et "
            "Proximus, au sein d’un nouveau consortium, pour moderniser l’infrastructure IT de son réseau d’entreprise.",
            actors=["Agence d’information et de communication de l’OTAN", "NCIA", "Thales", "Proximus"], dates=[],
            published="2025-06"),
    Passage("https://www.mutame.com/fonction-publique-territoriale/cybersecurite-les-collectivites-territoriales-face-"
            "a-une-menace-croissante",
            "Les cyberattaques visant les collectivités explosent. En 2024, 218 incidents ont été traités par l’ANSSI, "
            "soit 18 par mois en moyenne.",
            actors=["ANSSI"], dates=["2024"]),
]


# Annotated blind, by reading only, before any extraction ran on them; never tuned against. Every passage is
# quoted from the article at its address; `published` is the date that page gives (None: none found).
HELD_OUT_33 = [
    Passage("https://www.usine-digitale.fr/article/la-ville-de-morlaix-fait-face-a-une-cyberattaque.N2174727",
            "Dans les détails, à la suite de la découverte de l'intrusion dont le point d'entrée reste encore inconnu, "
            "\"les deux serveurs touchés\" ont été immédiatement \"arrêtés\", a confié Jean-Paul Vermot, le maire de "
            "Morlaix, dans le cadre d'un échange accordé à Ouest France.",
            actors=["Jean-Paul Vermot", "Ouest France"], dates=[], published="2023-09"),
    # a page reprinting a Sud Ouest article of 13/01/2026: "le mercredi 7 janvier" is 2026-01-07; the mayor's and
    # the president's titles are roles
    Passage("http://bordeaux-ginko.com/actualite/projet-de-data-center-a-bordeaux-eau-electricite-rejets-quel-est-l-"
            "impact-ecologique-de-ce-type-d-infrastructure--185",
            "Alors qu’ils présentaient leurs vœux au Medef, le maire de Bordeaux Pierre Hurmic et la présidente de la "
            "Métropole Christine Bost ont évoqué la construction d’un campus de l’IA bordelais, le mercredi 7 janvier.",
            actors=["Medef", "Pierre Hurmic", "Christine Bost"], dates=["2026-01-07"], published="2026-01-13"),
    Passage("https://www.latribune.fr/entreprises-finance/industrie/aeronautique-defense/la-nouvelle-industrie-spatiale-"
            "en-plein-essor-a-toulouse-971782.html",
            "Parmi ces nouveaux acteurs figure U-Space. Fondée en 2018 la startup a l'ambition de devenir un maître "
            "d'œuvre de nanosatellites à prix cassés. Pour faire face aux besoins XXL du secteur spatial dans les années "
            "à venir, U-Space va mettre en service à compter du printemps 2024 une usine de 1 000 m2 à Toulouse.",
            actors=["U-Space"], dates=["2018", "2024-spring"]),
    Passage("https://midenews.com/u-space-et-infinite-orbits-renforcent-lelan-spatial-occitan",
            "Le premier mouvement est venu d’U-Space, qui officialise une série A de 24 millions d’euros. Le "
            "constructeur de petits satellites, déjà soutenu en 2022, voit revenir autour de la table ses partenaires "
            "initiaux aux côtés de nouveaux investisseurs.",
            money=[(2.4e7, "EUR")], actors=["U-Space"], dates=["2022"]),
    Passage("https://midenews.com/u-space-et-infinite-orbits-renforcent-lelan-spatial-occitan",
            "La présence du ministère des Armées via son fonds Definvest, celle de Blast ou encore du fonds italien "
            "Primo Space dessinent un ensemble cohérent autour d’une même conviction: l’entreprise est prête pour une "
            "montée d’échelle qu’elle n’aurait pas pu mener seule.",
            actors=["ministère des Armées", "Definvest", "Blast", "Primo Space"], dates=[]),
    # "la Région Occitanie" and "la Métropole" are left out: the region and the metropolis as places
    Passage("https://toulouse.latribune.fr/entreprises/business/2023-12-07/spatial-toulouse-terre-promise-des-acteurs-"
            "du-newspace-du-monde-entier-983760.html",
            "« Depuis un an, c'est vraiment non-stop », remarque Carole Crevel, chargée de mission au sein d'AD'OCC. "
            "L'agence d'attractivité de la Région Occitanie travaille main dans la main avec son homologue de la "
            "Métropole, Invest in Toulouse, pour faire venir des sociétés du monde entier.",
            actors=["Carole Crevel", "AD'OCC", "Invest in Toulouse"], dates=[], published="2023-12-07"),
    Passage("https://www.lejournaldesentreprises.com/occitanie/article/comment-toulouse-est-devenu-lun-des-berceaux-"
            "mondiaux-du-new-space-464454",
            "D’après Euroconsult, leader mondial du conseil spécialisé dans les marchés spatiaux, 147 smallsats ont été "
            "lancés en 2018, un chiffre qui devrait quasiment être multiplié par six d’ici 2028.",
            actors=["Euroconsult"], dates=["2018", "2028"]),
    Passage("https://toulouse.latribune.fr/innovation/2022-02-01/deux-startups-du-spatial-de-toulouse-dans-le-cac40-de-"
            "la-french-tech-903150.html",
            "Avec sa récente levée de fonds de 140 millions de dollars, Loft Orbital fait une entrée fracassante dans ce "
            "classement pour la première fois depuis la création de celui-ci.",
            money=[(1.4e8, "USD")], actors=["Loft Orbital"], dates=[], published="2022-02-01"),
    # Swiss: "francs" are Swiss francs; "entre 300 à 500 millions" counts as its low value
    Passage("https://www.24heures.ch/les-start-up-suisses-ont-leve-plus-dun-milliard-en-2018-894132516831",
            "En tout, le fonds annoncé par le conseiller fédéral se situe entre 300 à 500 millions de francs, suivant le "
            "nombre d'investisseurs prêts à mettre la main au porte-monnaie.",
            money=[(3e8, "CHF")], dates=[]),
    Passage("https://trends.levif.be/bourse/proximus-repond-aux-critiques-notamment-politiques-avec-des-resultats-"
            "remarquables/",
            "“On ne peut pas être plus en forme qu’on ne l’est aujourd’hui”, a résumé le CEO de Proximus, Guillaume "
            "Boutin, à la présentation des résultats annuels de l’opérateur belge de télécoms à Evere.",
            actors=["Proximus", "Guillaume Boutin"], dates=[], published="2025-02"),
    Passage("https://www.rtl.be/actu/monde/economie/proximus-se-felicite-dun-premier-trimestre-positif-avant-"
            "lacquisition-de-route/2024-04-26/article/662789",
            "Le chiffre d'affaires domestique de Proximus a progressé de 4,5% par rapport au premier trimestre 2023, "
            "pour atteindre 1.201 millions d'euros.",
            money=[(1.201e9, "EUR")], percent=[4.5], actors=["Proximus"], dates=["2023-Q1"], published="2024-04-26"),
    # the group's own release; the date is the one its address gives
    Passage("https://proximus.com/fr/news/2024/20240223-financial-results-q4-2023.html",
            "Chiffre d'affaires sous-jacent de 1.534 millions d'euros pour le Groupe Proximus au quatrième trimestre "
            "2023 (-1,6 % en glissement annuel), EBITDA sous-jacent à 421 millions d'euros (+1,4 %)",
            money=[(1.534e9, "EUR"), (4.21e8, "EUR")], percent=[-1.6, 1.4], actors=["Groupe Proximus"],
            dates=["2023-Q4"], published="2024-02-23"),
    # no date on the page: "ce vendredi 3 décembre" has no year and is left out
    Passage("https://france3-regions.francetvinfo.fr/bourgogne-franche-comte/bourgogne/montceau-les-mines-la-ville-"
            "victime-d-une-cyberattaque-des-services-paralyses-une-rancon-demandee-2368156.html",
            "“Les systèmes informatiques de la Ville de Montceau-les-Mines ont été victimes d’une cyberattaque de type "
            "« rançongiciel » ce vendredi 3 décembre”, explique la maire Marie-Claude Jarrot, dans un communiqué de "
            "presse.",
            actors=["Ville de Montceau-les-Mines", "Marie-Claude Jarrot"], dates=[]),
    # a night range counts as its start
    Passage("https://www.linformaticien.com/magazine/cybersecurite/60179-la-mairie-de-chaville-victime-d-une-"
            "cyberattaque.html",
            "« Dans la nuit du vendredi 14 au samedi 15 octobre 2022, les serveurs informatiques de la mairie de "
            "Chaville ont été victimes d’une cyberattaque organisée et de grande ampleur.",
            actors=["mairie de Chaville"], dates=["2022-10-14"]),
    Passage("https://innovations.fr/12-milliards-deuros-dinvestissements-en-datacenters-ia-en-france",
            "C'est en tout cas l'ambition affichée par les géants de la tech, qui prévoient d'investir 12 milliards "
            "d'euros dans l'Hexagone d'ici 2030. Microsoft a annoncé 4 milliards, Iliad 2,5 milliards, Amazon 1,2 "
            "milliard...",
            money=[(1.2e10, "EUR"), (4e9, "EUR"), (2.5e9, "EUR"), (1.2e9, "EUR")],
            actors=["Microsoft", "Iliad", "Amazon"], dates=["2030"]),
    # "30 à 40%" counts as its low value
    Passage("https://innovations.fr/12-milliards-deuros-dinvestissements-en-datacenters-ia-en-france",
            "Selon France Datacenter, 30 à 40% des nouveaux projets seraient dédiés à l'intelligence artificielle, avec "
            "des capacités 10 fois supérieures aux data centers actuels.",
            percent=[30], actors=["France Datacenter"], dates=[]),
    # no date on the page: "au deuxième trimestre" has no year and is left out
    Passage("https://www.latribune.fr/technos-medias/telecoms/deploiement-de-la-fibre-rien-ne-va-plus-alerte-le-"
            "regulateur-des-telecoms-975476.html",
            "D'après l'Arcep, 36,2 millions de locaux sont aujourd'hui raccordables à la fibre, sur les 43,8 millions "
            "recensés. Au total, 83% des Français peuvent bénéficier de cette technologie au deuxième trimestre, soit "
            "deux points de plus qu'au trimestre précédent.",
            percent=[83], actors=["Arcep"], dates=[]),
    Passage("https://degrouptest.com/actualite/deploiement-fibre-arcep-juin-2020",
            "Avec 1,2 million de locaux supplémentaires rendus raccordables au 1er trimestre 2020, dont 700 000 en zone "
            "AMII et 360 000 en zone RIP, le déploiement de la fibre s'inscrit encore dans le sillage d'une année 2019 "
            "record.",
            dates=["2020-Q1", "2019"]),
    # the ministry's own release, published 2025-06-19: "le 17 juin dernier" is 2025-06-17; the Pacte Espace is a plan
    Passage("https://www.defense.gouv.fr/dga/actualites/ministere-armees-concretise-son-ambition-spatiale-militaire-"
            "lancant-plusieurs-projets-majeurs",
            "Après la signature du Pacte Espace par le ministre des armées, Sébastien Lecornu, le 17 juin dernier, la "
            "Direction générale de l’armement (DGA), lance plusieurs projets majeurs destinés à donner aux forces toutes "
            "les capacités spatiales requises pour faire face à l’évolution des menaces.",
            actors=["Sébastien Lecornu", "Direction générale de l’armement", "DGA"], dates=["2025-06-17"],
            published="2025-06-19"),
    # Rivesalt is a contract, not an actor
    Passage("https://www.defense.gouv.fr/dga/actualites/ministere-armees-concretise-son-ambition-spatiale-militaire-"
            "lancant-plusieurs-projets-majeurs",
            "Le troisième projet vise à consolider l’autonomie stratégique de la France en matière de surveillance de "
            "l’espace, avec l’attribution du marché Rivesalt (Reconnaissance et identification pour la vigilance de "
            "l’environnement spatial à toutes les altitudes) à la société Aldoria, au profit du Commandement de "
            "l’Espace (CDE).",
            actors=["Aldoria", "Commandement de l’Espace", "CDE"], dates=[], published="2025-06-19"),
    # AFP dispatch of Tuesday 13/08/2024: "dimanche" is 2024-08-11 and "mardi" 2024-08-13
    Passage("https://www.tahiti-infos.com/L-universite-Paris-Saclay-victime-d-une-attaque-par-rancongiciel_a225481.html",
            "L'université de Paris-Saclay a été victime dimanche d'une cyberattaque par rançongiciel, a indiqué le "
            "prestigieux établissement dont le site internet était inaccessible mardi.",
            actors=["université de Paris-Saclay"], dates=["2024-08-11", "2024-08-13"], published="2024-08-13"),
    # no date on the page: "lundi" is left out; "l’Union européenne" stands for a place
    Passage("https://lejournaltoulousain.fr/ile-de-france/essonne/essonne-luniversite-paris-saclay-victime-dune-"
            "cyberattaque-287696",
            "L’université Paris-Saclay, située en Essonne et reconnue comme la première université de l’Union "
            "européenne selon le classement de Shanghai, a annoncé lundi avoir été la cible d’une cyberattaque par "
            "rançongiciel survenue le dimanche 11 août 2024.",
            actors=["université Paris-Saclay"], dates=["2024-08-11"]),
    # no date on the page: "Le 30 avril dernier" is the April before the 6 May 2024 the passage names
    Passage("https://news.dayfr.com/local/3773598.html",
            "Le 30 avril dernier, l’Université de Guyane a été victime d’une cyberattaque. La direction de l’université "
            "a confirmé cette information dans un souci de transparence lors d’une conférence de presse organisée ce "
            "lundi 6 mai 2024.",
            actors=["Université de Guyane"], dates=["2024-04-30", "2024-05-06"]),
    Passage("https://www.itforbusiness.fr/lex-health-data-hub-devenu-pds-prend-enfin-le-cap-vers-un-cloud-secnumcloud-"
            "souverain-92573",
            "Après que la CNIL ait exhorté le gouvernement à privilégier une entreprise régie par le droit français en "
            "2020, le ministre de la Santé d’alors, Olivier Véran, avait promis une alternative « sous 12 à 18 mois », "
            "engagement resté lettre morte. En 2022, sa directrice Stéphanie Combes visait « l’horizon 2025 »",
            actors=["CNIL", "Olivier Véran", "Stéphanie Combes"], dates=["2020", "2022", "2025"],
            published="2025-07-07"),
    Passage("https://cnll.fr/news/h%C3%A9bergement-de-donn%C3%A9es-de-sant%C3%A9-du-health-data-hub-chez-microsoft",
            "Madame Agnès Buzyn, alors Ministre des Solidarités et de la Santé avait ainsi lancé une mission de "
            "préfiguration du Health Data Hub en juin 2018, dont Madame Stéphanie Combes de la Direction de la "
            "Recherche, des Études, de l'Évaluation et des Statistiques est devenue cheffe de projet.",
            actors=["Agnès Buzyn", "Health Data Hub", "Stéphanie Combes",
                    "Direction de la Recherche, des Études, de l'Évaluation et des Statistiques"], dates=["2018-06"]),
    # "dès lundi" is the Monday after the Friday 6 February 2026 the passage names
    Passage("https://www.generation-nt.com/actualites/donnees-sante-health-data-hub-microsoft-souverainete-numerique-"
            "secnumcloud-2070377",
            "Annoncée officiellement ce vendredi 6 février 2026, la nouvelle marque un changement de cap radical. Le "
            "gouvernement va lancer dès lundi un appel d'offres visant à trouver un nouvel hébergeur pour la Plateforme "
            "de données de santé (PDS), plus connue sous le nom de Health Data Hub",
            actors=["Plateforme de données de santé", "PDS", "Health Data Hub"], dates=["2026-02-06", "2026-02-09"]),
    Passage("https://www.lemondeinformatique.fr/actualites/lire-l-etat-accelere-la-sortie-de-microsoft-azure-du-health-"
            "data-hub-99278.html",
            "Or, l'appel d'offres public concerne bien ce dernier, mais « également la mise à disposition "
            "d'environnements de traitement sécurisé pour tous les porteurs de projets », comme le précise Lise Alter, "
            "directrice de cabinet de Stéphanie Rist, la ministre de la Santé, des familles, de l'autonomie et des "
            "personnes handicapées.",
            actors=["Lise Alter", "Stéphanie Rist"], dates=[]),
    Passage("https://dechiffreur.fr/le-gouvernement-veut-retirer-lhebergement-du-health-data-hub-a-microsoft-dici-fin-"
            "2026",
            "Créée en 2019, la Plateforme de données de santé a été conçue comme un grand entrepôt public destiné à "
            "faciliter l’accès aux données pour la recherche médicale. À terme, elle doit contenir une copie de "
            "l’ensemble des données de l’Assurance maladie concernant les Français.",
            actors=["Plateforme de données de santé", "Assurance maladie"], dates=["2019"]),
    # "groupement d’intérêt public (GIP)" is a legal form, not a name
    Passage("https://www.usine-digitale.fr/souverainete/health-data-hub-comment-letat-tente-de-sortir-dun-cafouillage-"
            "sur-la-souverainete-des-donnees-de-sante.VPKG6MYPA5BAVGF7YIC3RVGITQ.html",
            "Le Health Data Hub est le nom donné au groupement d’intérêt public (GIP), créé par la loi du 24 juillet "
            "2019. Il est chargé d’organiser l’accès, le traitement et la sécurisation d’une immense base de données de "
            "santé éponyme.",
            actors=["Health Data Hub"], dates=["2019-07-24"]),
    # a reprint of a Les Echos article; "la French Tech" is read as the ecosystem, not an organisation
    Passage("https://pro.orange.fr/news/quand-la-french-tech-decouvre-le-tribunal-de-commerce-CNT000002fy0wu.html",
            "Selon une récente étude, les défaillances d'entreprises de la French Tech ont atteint un pic en 2023. Près "
            "de 70 % des start-up françaises concernées avaient levé des fonds au cours des trois dernières années.",
            percent=[70], dates=["2023"]),
    # "fin septembre" has no year and is left out; "l'Etat" is the state
    Passage("https://pro.orange.fr/news/quand-la-french-tech-decouvre-le-tribunal-de-commerce-CNT000002fy0wu.html",
            "Placée en procédure de sauvegarde depuis fin septembre, Ynsect, une jeune pousse industrielle, portée par "
            "l'Etat et une kyrielle d'investisseurs, joue sa survie avec Hélène Bourbouloux, la papesse des "
            "administrateurs judiciaires (Orpea, Atos, Casino…), l'un des professionnels clés dans les procédures "
            "collectives.",
            actors=["Ynsect", "Hélène Bourbouloux", "Orpea", "Atos", "Casino"], dates=[]),
    # "au quatrième trimestre" is that of the year 2022 the sentence names
    Passage("https://www.nextstep-magazine.com/nextstep/restructuring/eclairage/les-start-up-au-regime-sec-724159.php",
            "Or le bilan annuel d’Altares sur les entreprises en difficultés fait ressortir une hausse des procédures "
            "collectives de près de 50 % en 2022 avec 42 500 défaillances enregistrées sur l’année dont 30 % uniquement "
            "au quatrième trimestre.",
            percent=[50, 30], actors=["Altares"], dates=["2022", "2022-Q4"]),
    Passage("https://mesacquisitions.com/start-up-financements-et-anticipation/",
            "Au 19 décembre 2022, le Conseil National des Administrateurs Judiciaires et des Mandataires Judiciaires "
            "dénombrait 39 278 ouvertures de procédures collectives depuis le début de l’année 2022 (soit une hausse de "
            "42,5% par rapport à 2021).",
            percent=[42.5], actors=["Conseil National des Administrateurs Judiciaires et des Mandataires Judiciaires"],
            dates=["2022-12-19", "2022", "2021"]),
    Passage("https://mesacquisitions.com/start-up-financements-et-anticipation/",
            "Mais, le rachat initialement envisagé par le groupe Proman n’ayant pas eu lieu, Iziwork a finalement été "
            "placée en redressement judiciaire le 12 septembre 2023.",
            actors=["Proman", "Iziwork"], dates=["2023-09-12"]),
    # published 2023-09-22: "En août" is 2023-08
    Passage("https://objectifaquitaine.latribune.fr/business/2023-09-22/entreprises-startups-la-fete-est-finie-les-"
            "regles-du-jeu-ont-change-977025.html",
            "En août, le tribunal de commerce de Bordeaux a fait état d'une hausse de 78 % des procédures de "
            "redressement ou liquidation judiciaire par rapport à 2019, repassant au-dessus des niveaux d'avant-Covid.",
            percent=[78], actors=["tribunal de commerce de Bordeaux"], dates=["2023-08", "2019"],
            published="2023-09-22"),
    Passage("https://maddyness.com/?p=530120",
            "En 2016, l’Insee estimait dans son rapport que 90% des startups françaises avaient été confrontées à la "
            "faillite. Un taux d’échec bien plus important que pour les entreprises traditionnelles qu’il s’agirait de "
            "ne plus mettre sous le tapis.",
            percent=[90], actors=["Insee"], dates=["2016"]),
    Passage("https://www.lagazettefrance.fr/article/escaudain-data4-choisi-pour-le-futur-campus-numerique-de-la-porte-"
            "du-hainaut",
            "La communauté d’agglomération de La Porte du Hainaut a sélectionné Data4 pour transformer la friche "
            "industrielle des Soufflantes, à Escaudain, en un campus numérique d’envergure européenne. Un investissement "
            "de 5 milliards d’euros pour une mise en service prévue à partir de 2030.",
            money=[(5e9, "EUR")], actors=["communauté d’agglomération de La Porte du Hainaut", "Data4"],
            dates=["2030"]),
    # "l’ancien site Usinor" names a site, read as a place
    Passage("https://www.economiematin.fr/ia-data-center-2400-emplois-nord",
            "La communauté d’agglomération de la Porte du Hainaut a officialisé, le 9 décembre 2025, la création d’un "
            "gigantesque data center sur l’ancien site Usinor à Escaudain, près de Valenciennes.",
            actors=["communauté d’agglomération de la Porte du Hainaut"], dates=["2025-12-09"]),
    # Belgian; published 2021-04 only: "ce lundi" is not settled and is left out
    Passage("https://m.rtl.be/info/1292631",
            "\"Nos données, hébergées sur nos serveurs locaux, ont été piratées. L’ensemble de ces données sont pour "
            "l’heure cryptées, et par conséquent illisibles\", a indiqué ce lundi le bourgmestre Albert Mabille, sur le "
            "site internet de la commune.",
            actors=["Albert Mabille"], dates=[], published="2021-04"),
    Passage("https://www.vrt.be/vrtnws/fr/2022/12/12/apres-anvers-c_est-au-tour-de-la-ville-de-diest-detre-visee-par/",
            "\"Tous nos services communaux sont hors service\", a confirmé le bourgmestre Christophe De Graef (Open "
            "Diest) à la VRT. Les services aux guichets ne fonctionnent plus, et il est impossible de recevoir ou de "
            "répondre aux courriels.",
            actors=["Christophe De Graef", "Open Diest", "VRT"], dates=[], published="2022-12-12"),
    Passage("https://www.rtl.be/page-videos/belgique/faits-divers/le-cpas-de-mouscron-victime-dune-attaque-informatique/"
            "2022-09-06/video/495748",
            "Le CPAS de Mouscron a été victime d'un piratage informatique. Plus aucun ordinateur n'est utilisable pour "
            "le moment. Les données personnelles de tous les bénéficiaires sont bloquées. Au total, cela concerne 1.500 "
            "personnes, notamment les résidents des maisons de repos.",
            actors=["CPAS de Mouscron"], dates=[], published="2022-09-06"),
    # published 2022-08-23: "début août" is 2022-08
    Passage("https://www.lesoir.be/461208/article/2022-08-23/la-chancellerie-du-premier-ministre-peut-etre-ete-piratee",
            "Le piratage, ou la tentative de piratage, a été constaté début août et proviendrait de l’étranger, selon "
            "Het Nieuwsblad. Les services de la chancellerie approvisionnent de nombreux autres services, dont les "
            "polices locales et fédérale.",
            actors=["Het Nieuwsblad"], dates=["2022-08"], published="2022-08-23"),
    Passage("https://www.lesoir.be/461208/article/2022-08-23/la-chancellerie-du-premier-ministre-peut-etre-ete-piratee",
            "Le parquet fédéral a ouvert une information judiciaire sur un possible piratage des serveurs informatiques "
            "de la chancellerie du Premier ministre, qui assiste Alexander De Croo dans sa fonction et recèle donc "
            "nombre d’informations sensibles.",
            actors=["parquet fédéral", "chancellerie du Premier ministre", "Alexander De Croo"], dates=[],
            published="2022-08-23"),
    # Québec: "dollars" are Canadian; published 2022-02: "en mai" is 2022-05
    Passage("https://ici.radio-canada.ca/nouvelle/1862227/quebec-entreprises-hypercroissance-developpement-international",
            "On vise des entreprises innovantes, qui auraient le potentiel d'atteindre une valeur boursière de 1 "
            "milliard de dollars. La première cohorte sera lancée en mai et comptera 25 entreprises.",
            money=[(1e9, "CAD")], dates=["2022-05"], published="2022-02"),
    # published Wednesday 2021-02-17 (the address): "ce mercredi" is that day
    Passage("https://www.lapresse.ca/affaires/entreprises/2021-02-17/le-centech-se-dote-d-un-fonds-de-capital-de-risque-"
            "de-26-millions.php",
            "L’annonce sera confirmée ce mercredi matin en présence du ministre de l’Économie et de l’Innovation, Pierre "
            "Fitzgibbon.",
            actors=["Pierre Fitzgibbon"], dates=["2021-02-17"], published="2021-02-17"),
    # "passe de 25 à 15 milliards" is a change between two amounts, not a range: both are kept
    Passage("https://www.clubic.com/actualite-581545-sfr-tourne-la-page-sa-maison-mere-altice-france-valide-sa-"
            "restructuration-financiere.html",
            "La restructuration financière d'Altice France a de quoi impressionner. La maison-mère de l'opérateur au "
            "carré rouge, SFR, passe de 25 à 15 milliards d'euros d'endettement.",
            money=[(2.5e10, "EUR"), (1.5e10, "EUR")], actors=["Altice France", "SFR"], dates=[]),
    # a page quoting Challenges; no date found: "au deuxième trimestre" has no year and is left out
    Passage("https://lirelactu.fr/source/challenges/caf11ed1-0ddb-4993-a91d-f2eab8745c7c",
            "Le patron d’Altice, dont l’endettement global atteint 55 milliards d’euros, a enregistré un nouveau recul "
            "de 343 000 abonnés mobile et 87 000 clients fixe à SFR au deuxième trimestre.",
            money=[(5.5e10, "EUR")], actors=["Altice", "SFR"], dates=[]),
    Passage("https://lirelactu.fr/source/challenges/caf11ed1-0ddb-4993-a91d-f2eab8745c7c",
            "Pour faire face, il a entrepris la cession d’actifs comme BFM et RMC en France, l’agence de vidéo "
            "publicitaire en ligne Teads ou encore une participation de 24,5 % dans BT en Angleterre.",
            percent=[24.5], actors=["BFM", "RMC", "Teads", "BT"], dates=[]),
    # an interview given to AFP; no date found: "le 1er octobre" has no year and is left out
    Passage("https://www.boursedirect.fr/fr/actualites/categorie/economie/pour-altice-france-maison-mere-de-sfr-les-"
            "vents-contraires-sont-derriere-afp-28e89e97195fb0782415dfb025868bca33cecf41/amp",
            "\"Les vents contraires sont derrière nous\", assure dans un entretien à l'AFP Arthur Dreyfuss, PDG d'Altice "
            "France, maison-mère de SFR, qui s'apprête à franchir une étape cruciale le 1er octobre en réduisant sa "
            "dette colossale",
            actors=["AFP", "Arthur Dreyfuss", "Altice France", "SFR"], dates=[]),
    # "près de 25 milliards" takes its currency from "15 milliards d'euros" in the same sentence
    Passage("https://www.boursedirect.fr/fr/actualites/categorie/economie/pour-altice-france-maison-mere-de-sfr-les-"
            "vents-contraires-sont-derriere-afp-28e89e97195fb0782415dfb025868bca33cecf41/amp",
            "Réponse : On va sortir de 18 mois de négociations et d'implémentation de cette nouvelle dette. (...) On va "
            "passer de près de 25 milliards à un peu plus de 15 milliards d'euros de dette.",
            money=[(2.5e10, "EUR"), (1.5e10, "EUR")], dates=[]),
]

# Annotated blind, by reading only, before any extraction ran on them; never tuned against.
HELD_OUT_34 = [
    # published 2022-12: every date is written in full
    Passage("https://www.lemagit.fr/actualites/252528355/Ransomware-les-chiffres-du-parquet-de-Paris-confortent-lidee-dune-"
            "stabilisation",
            "L’évolution des demandes d’assistance (hors particuliers) déposées sur Cybermalveillance.gouv.fr font "
            "ressortir la même tendance : elles étaient au nombre de 996 en 2020, puis 1851 en 2021, et 1483 au 30 "
            "novembre 2022.",
            actors=["Cybermalveillance.gouv.fr"], dates=["2020", "2021", "2022-11-30"], published="2022-12"),
    Passage("https://www.lemagit.fr/actualites/366636606/Start-up-cyber-recherche-academique-une-synergie-complexe-a-"
            "mettre-en-place",
            "Émilie Bonnefoy, cofondatrice et CEO d’Open Sezam, un éditeur spécialisé dans la sécurité des identités, "
            "est convaincue de l’importance du rôle que doit jouer la recherche académique dans le développement des "
            "startups de cybersécurité",
            actors=["Émilie Bonnefoy", "Open Sezam"], dates=[], published="2025-12-18"),
    # a reprint of a JDD article; no date on the page: "fin avril" has no year and is left out
    Passage("https://fr.sports.yahoo.com/news/usine-semi-conducteurs-%C3%A0-crolles-152607374.html",
            "Bruno Le Maire a signé les contrats liés à cette enveloppe, approuvée par la Commission européenne fin "
            "avril, conjointement avec Jean-Marc Chéry, le patron du groupe franco-italien STMicroelectronics, et Thomas "
            "Caulfield, dirigeant de l’entreprise américaine GlobalFoundries.",
            actors=["Bruno Le Maire", "Commission européenne", "Jean-Marc Chéry", "STMicroelectronics",
                    "Thomas Caulfield", "GlobalFoundries"], dates=[]),
    # no date on the page: "début février" has no year and is left out; the summit is an event
    Passage("https://infopro-le-moniteur-staging.web.arc-cdn.net/article/foncier-la-france-entend-surfer-sur-la-"
            "revolution-ia.2343363",
            "La France, terre promise des data centers en Europe ? Les 109 Mds € d'investissements privés français et "
            "étrangers annoncés par Emmanuel Macron lors du Sommet pour l'action sur l'intelligence artificielle (IA) à "
            "Paris début février devraient y contribuer.",
            money=[(1.09e11, "EUR")], actors=["Emmanuel Macron"], dates=[]),
    Passage("https://infopro-le-moniteur-staging.web.arc-cdn.net/article/foncier-la-france-entend-surfer-sur-la-"
            "revolution-ia.2343363",
            "« Pour des raisons de délais de raccordement et de coûts, les data centers sont situés à proximité des "
            "postes de transformation et demain, comme aux Etats-Unis, des centrales nucléaires », observe Pierre-Louis "
            "Dumont, directeur exécutif Industrie & Logistique au sein de la société de conseil en immobilier CBRE.",
            actors=["Pierre-Louis Dumont", "CBRE"], dates=[]),
    # an interview (Farah Rigal, Atos)
    Passage("https://incyber.org/farah-rigal-nous-avons-devoir-exigence-envers-start-ups/",
            "Arrivée en 2014 chez Atos, elle a participé au développement de l’activité cybersécurité de la société qui "
            "fait aujourd’hui figure de champion européen.",
            actors=["Atos"], dates=["2014"]),
    Passage("https://tersedia.fr/articles/panorama-des-cybermenaces-2023-lanssi-tire-la-sonnette-dalarme/",
            "En 2023, plus de 10 000 attaques par rançongiciel ont été recensées en France, soit une augmentation de 30% "
            "par rapport à 2022. Le montant moyen des rançons exigées a atteint 100 000 euros.",
            money=[(1e5, "EUR")], percent=[30], dates=["2023", "2022"]),
    # Swiss; published 2023-09: "au début de l'été" is the summer of 2023
    Passage("https://www.clubic.com/actualite-485083-les-grandes-entreprises-seraient-plus-exposees-aux-"
            "cyberattaques.html",
            "Une étude réalisée au début de l'été par le cabinet Deloitte, avec la Haute école de Lucerne, auprès de 400 "
            "membres de conseils d'administration de grandes sociétés cotées en Bourse et de petites et moyennes "
            "entreprises, met en lumière le fait qu'un peu moins de 50 % des entreprises suisses de 250 collaborateurs "
            "et plus",
            percent=[50], actors=["Deloitte", "Haute école de Lucerne"], dates=["2023-summer"], published="2023-09"),
    # Belgian; published 2024-05-14 (the address)
    Passage("https://www.rtl.be/actu/monde/economie/la-fwa-victime-de-cyber-criminels-qui-pensaient-sen-prendre-au-"
            "spw/2024-05-14/article/668736",
            "\"Nous n'avons pas été piratés\", assure toutefois un porte-parole du SPW selon qui les cyber-criminels "
            "auraient pu se tromper de cible.",
            actors=["SPW"], dates=[], published="2024-05-14"),
    # published 2024-05-14: "En mars dernier" is 2024-03; 8Base is a criminal group
    Passage("https://www.rtl.be/actu/monde/economie/la-fwa-victime-de-cyber-criminels-qui-pensaient-sen-prendre-au-"
            "spw/2024-05-14/article/668736",
            "En mars dernier, 8Base s'en était déjà pris, en Belgique, au producteur de produits verriers Sprimoglass "
            "basé à Sprimont.",
            actors=["8Base", "Sprimoglass"], dates=["2024-03"], published="2024-05-14"),
    # Belgian; published Friday 2023-10-13 (the address): "ce vendredi matin" is that day
    Passage("https://www.rtl.be/actu/belgique/societe/la-cyberattaque-contre-les-institutions-belges-ete-revendiquee-"
            "par-un-groupe-de/2023-10-13/article/597724",
            "Le directeur général du centre de cybersécurité belge, Miguel De Bruycker, nous confirme ce vendredi matin "
            "cette cyberattaque.",
            actors=["centre de cybersécurité belge", "Miguel De Bruycker"], dates=["2023-10-13"],
            published="2023-10-13"),
    Passage("https://www.rtl.be/actu/belgique/societe/la-cyberattaque-contre-les-institutions-belges-ete-revendiquee-"
            "par-un-groupe-de/2023-10-13/article/597724",
            "Cette cyberattaque a été revendiquée par un groupe de hackers, connu sous le surnom \"NoName057\".",
            actors=["NoName057"], dates=[], published="2023-10-13"),
    Passage("https://www.latribune.fr/technos-medias/innovation-et-start-up/informatique-quantique-le-francais-pasqal-"
            "cherche-plusieurs-centaines-de-millions-de-dollars-quantonation-et-l-etat-sont-mobilises-937007.html",
            "En France, le record est actuellement détenu par Alice & Bob, qui a levé en mars 2022 27 millions d'euros "
            "pour financer le développement de sa technologie, à peine un peu plus que les 25 millions d'euros obtenus "
            "par Pasqal en 2021.",
            money=[(2.7e7, "EUR"), (2.5e7, "EUR")], actors=["Alice & Bob", "Pasqal"], dates=["2022-03", "2021"],
            published="2022-10"),
    # Alice Recoque is the machine's name here, not a person
    Passage("https://www.itforbusiness.fr/alice-recoque-le-hpc-exascale-francais-qui-va-propulser-le-tgcc-au-coeur-de-"
            "lia-europeenne-97208",
            "Il n’est pas prévu pour s’allumer avant 2027. Mais on en connait désormais les grandes lignes. Le CEA a "
            "confirmé cette semaine que Alice Recoque, le premier HPC exaflopique français, le second en Europe, serait "
            "bien conçu par Eviden et combinerait processeurs AMD et processeurs SiPearl.",
            actors=["CEA", "Eviden", "AMD", "SiPearl"], dates=["2027"], published="2025-11-20"),
    Passage("https://www.generation-nt.com/supercalculateur-jean-zay-28-petaflops-cnrs-actualite-1981032.html",
            "Cette semaine, le CNRS a annoncé qu'après une extension estivale - et notamment 1404 nouveaux "
            "accélérateurs GPU - qui est devenue opérationnelle, ce supercalculateur atteint désormais une puissance de "
            "28 pétaflops.",
            actors=["CNRS"], dates=[], published="2020-10"),
    Passage("http://www.afas.fr/un-nouveau-supercalculateur-jean-zay-sur-le-plateau-de-saclay/",
            "Ce calculateur a été installé pour GENCI, le Grand équipement national de calcul intensif, par HPE "
            "(Hewlett Packard Enterprise) à l’Institut du développement et des ressources en informatique scientifique "
            "(Idris) du CNRS, sur le plateau de Saclay près de Paris.",
            actors=["GENCI", "Grand équipement national de calcul intensif", "HPE", "Hewlett Packard Enterprise",
                    "Institut du développement et des ressources en informatique scientifique", "Idris", "CNRS"],
            dates=[]),
    # published 2024-04: "ce mercredi 17 avril" is 2024-04-17
    Passage("https://www.tf1info.fr/justice-faits-divers/video-tf1-l-hopital-de-cannes-simone-veil-au-ralenti-apres-"
            "une-cyberattaque-2295843.html",
            "C'est une mauvaise surprise pour Rayan ce mercredi 17 avril au matin : à peine arrivé à l'hôpital de Cannes "
            "(Alpes-Maritimes), il doit déjà en repartir, sans être passé par le bloc opératoire.",
            actors=["Rayan", "hôpital de Cannes"], dates=["2024-04-17"], published="2024-04"),
    # no date on the page: "ce mardi matin" is left out
    Passage("https://www.lemondeinformatique.fr/actualites/lire-cannes-cyberattaque-contre-l-hopital-simone-veil-"
            "93509.html",
            "Dernier établissement en date : l'hôpital Simone Veil à Cannes qui sévit depuis ce mardi matin avec à la clé "
            "la paralysie de certaines activités. Une cellule de crise a été activée en lien avec l'ARS Paca, le GHT des "
            "Alpes-Maritimes.",
            actors=["hôpital Simone Veil", "ARS Paca", "GHT des Alpes-Maritimes"], dates=[]),
    # published 2024-03-04 (the address): "le 11 février dernier" is 2024-02-11
    Passage("https://www.arnaudpelletier.com/2024/03/04/cyberattaque-a-lhopital-darmentieres-les-fichiers-derobes-"
            "concernent-environ-300-000-patients/",
            "Selon la direction de l’hôpital d’Armentières, victime d’une cyberattaque le 11 février dernier, les "
            "fichiers dérobés concernent « autour de 300.000 patients ».",
            actors=["hôpital d’Armentières"], dates=["2024-02-11"], published="2024-03-04"),
    # a decision of the Conseil d'État, read on 2026-03-04; "formation restreinte" is a body's function, and the RGPD
    # a regulation
    Passage("https://www.conseil-etat.fr/fr/arianeweb/CE/decision/2026-03-04/482872",
            "d'annuler la délibération de la formation restreinte de la commission nationale de l'informatique et des "
            "libertés (CNIL) en date du 15 juin 2023 mettant à sa charge une amende administrative d'un montant de 40 "
            "millions d'euros pour des manquements au règlement général sur la protection des données (RGPD)",
            money=[(4e7, "EUR")], actors=["commission nationale de l'informatique et des libertés", "CNIL"],
            dates=["2023-06-15"], published="2026-03-04"),
    Passage("https://blog.landot-avocats.net/2022/01/29/recette-dun-cookie-a-100-m-e/",
            "Une recette à 100 M€ ce qui, même pour le géant Google qui va devoir débourser cette somme, reste un peu "
            "indigeste. Car d’autres amendes toutes aussi lourdes — mais non encore jugées — ont été infligées par la "
            "CNIL.",
            money=[(1e8, "EUR")], actors=["Google", "CNIL"], dates=[], published="2022-01-29"),
    # no date on the page: "hier" is left out; "32 millions" takes its currency from "130 millions d’euros"
    Passage("https://www.qant.tech/news/sipearl-p-che-a-ta-wan/fr",
            "Le concepteur français de microprocesseurs SiPearl a annoncé hier avoir complété sa série A à 130 millions "
            "d’euros, avec une troisième tranche de 32 millions.",
            money=[(1.3e8, "EUR"), (3.2e7, "EUR")], actors=["SiPearl"], dates=[]),
    # funds are organisations; "la France" and "l’Europe" stand for states
    Passage("https://www.qant.tech/news/sipearl-p-che-a-ta-wan/fr",
            "L’opération permet l’entrée au capital du fonds taïwanais Cathay Venture – tout à fait distinct du "
            "franco-chinois Cathay Capital –, aux côtés de la France (via French Tech Souveraineté), de l’Europe (via "
            "l’European Innovation Council) et de ses partenaires industriels ARM et Eviden (Atos)",
            actors=["Cathay Venture", "Cathay Capital", "French Tech Souveraineté", "European Innovation Council", "ARM",
                    "Eviden", "Atos"], dates=[]),
    # a reprint of an L'Express article, published 2025-07-12 (the address)
    Passage("https://intellinews.org/2025/07/12/sipearl-le-francais-qui-veut-relancer-lindustrie-des-puces-en-europe",
            "Le marché mondial des semi-conducteurs a atteint les 681 milliards de dollars en 2024 – un chiffre "
            "dantesque, qui souligne l’importance du secteur. Ce nombre agit également comme un rappel amer : l’Europe "
            "ne représente que 10 % de l’industrie, les Etats-Unis, Taïwan et la Chine se taillant la part du lion.",
            money=[(6.81e11, "USD")], percent=[10], dates=["2024"], published="2025-07-12"),
    # budget-programme numbers are no money
    Passage("https://www.silicon.fr/dinum-cour-des-comptes-480490.html",
            "La Dinum tire ses financements de 4 programmes relevant de 3 missions différentes. À l’origine, la Dinsic "
            "avait un budget opérationnel au sein du programme 129 – Coordination du travail intergouvernemental.",
            actors=["Dinum", "Dinsic"], dates=[]),
    Passage("https://www.banquedesterritoires.fr/la-direction-interministerielle-du-numerique-renforce-ses-capacites-"
            "daccompagnement-des",
            "La direction interministérielle du numérique (Dinum) va passer d’ici 2024 à 220 agents en recrutant 40 "
            "experts supplémentaires. \"Un renforcement destiné à nous permettre d’exercer de nouvelles missions\", a "
            "expliqué le 9 mars 2023 Stéphanie Schaer",
            actors=["direction interministérielle du numérique", "Dinum", "Stéphanie Schaer"],
            dates=["2024", "2023-03-09"]),
    # a hearing at the Assemblée nationale; "le Gouvernement" is the state's executive and is left out
    Passage("https://2017-2022.nosdeputes.fr/15/intervention/1154701",
            "La DINUM est placée sous l'autorité de Mme Amélie de Montchalin, ministre de la transformation et de la "
            "fonction publique. Elle conseille le Gouvernement en matière de stratégie du numérique, ainsi que les "
            "administrations pour ce qui relève de sa mise en œuvre.",
            actors=["DINUM", "Amélie de Montchalin"], dates=[]),
    Passage("https://www.lemagit.fr/conseil/HarfangLab-un-EDR-certifie-par-lAnssi-qui-joue-louverture",
            "C’est au printemps 2018 que Grégoire Germain, officier de Marine, a fondé HarfangLab. Cet ancien de Thales "
            "voulait ainsi développer une plateforme d’EDR française susceptible notamment de répondre aux besoins des "
            "environnements les plus sensibles.",
            actors=["Grégoire Germain", "HarfangLab", "Thales"], dates=["2018-spring"]),
    # Québec; published 2019-01-29 (the address): "hier" is 2019-01-28 and "le 7 janvier" 2019-01-07
    Passage("https://www.lapresse.ca/affaires/economie/quebec/201901/29/01-5212755-montreal-inaugure-sa-cite-de-"
            "lintelligence-artificielle.php",
            "Ouverts depuis le 7 janvier, les locaux de Mila - Institut québécois de l'intelligence artificielle - ont "
            "officiellement été inaugurés hier.",
            actors=["Mila - Institut québécois de l'intelligence artificielle"], dates=["2019-01-07", "2019-01-28"],
            published="2019-01-29"),
    # Québec: "dollars" are Canadian
    Passage("https://directioninformatique.com/?p=65354",
            "L’Institut des algorithmes d’apprentissage de Montréal (MILA) recevra 80 millions de dollars sur cinq ans "
            "du ministère de l’Économie du Québec.",
            money=[(8e7, "CAD")], actors=["Institut des algorithmes d’apprentissage de Montréal", "MILA",
                                          "ministère de l’Économie du Québec"], dates=[]),
    # an interview (Valérie Pisano, Mila), published 2020-12-09 (the address)
    Passage("https://www.lapresse.ca/affaires/2020-12-09/grande-entrevue-valerie-pisano-pdg-du-mila/l-ia-toujours-en-"
            "croissance-a-montreal.php",
            "Element AI n’était peut-être pas un fleuron québécois, mais elle était quand même une entreprise phare de "
            "l’intelligence artificielle montréalaise avec son cofondateur Yoshua Bengio, qui est également fondateur et "
            "directeur scientifique du Mila.",
            actors=["Element AI", "Yoshua Bengio", "Mila"], dates=[], published="2020-12-09"),
    Passage("https://innovations.fr/mila-lance-un-fonds-pour-linnovation-en-ia",
            "Pour mener à bien ce projet, l’institut a fait appel à Jonathan Shaanan, ancien directeur général de Circle "
            "K Ventures, le bras de capital-risque de Couche-Tard.",
            actors=["Jonathan Shaanan", "Circle K Ventures", "Couche-Tard"], dates=[]),
    # "l’État" is the state
    Passage("https://www.touleco.fr/La-French-Tech-Toulouse-veut-faire-prevaloir-le-sens-plus-que-la,34768",
            "Née en mars 2019 dans sa nouvelle organisation, La French Tech Toulouse continue de se développer en 2022. "
            "Le pôle des jeunes pousses labellisé par l’État, toujours présidé par Sandrine Jullien-Rouquié, également "
            "dirigeante de Ludilabel, fédère aujourd’hui 300 des 900 start-up répertoriées dans la métropole",
            actors=["La French Tech Toulouse", "Sandrine Jullien-Rouquié", "Ludilabel"], dates=["2019-03", "2022"],
            published="2022-06"),
    # an interview on the radio; "La nouvelle éco" is a programme
    Passage("https://www.francebleu.fr/infos/economie-social/la-nouvelle-eco-la-french-tec-toulouse-leve-plus-de-300-"
            "millions-d-euros-pour-ses-start-1643907336",
            "La nouvelle éco de ce 8 février 2022 nous emmène dans la Silicon Valley toulousaine. Nous invitons le "
            "vice-président en charge des finances à la French Tech Toulouse, Thibault de Bouville.",
            actors=["French Tech Toulouse", "Thibault de Bouville"], dates=["2022-02-08"], published="2022-02"),
    # Belgian; published 2021-12: "en novembre dernier" is 2021-11
    Passage("https://www.lecho.be/entreprises/pharma-biotechnologie/la-biotech-porte-les-levees-de-fonds-wallonnes-en-"
            "2021/10356115",
            "1,37 milliard d'euros pour être précis, soit 40% de plus qu'en 2020. C'est le spécialiste bruxellois de la "
            "gestion des données Collibra qui tient la palme, avec pas moins de 250 millions de dollars (216 millions "
            "d'euros) collectés en novembre dernier.",
            money=[(1.37e9, "EUR"), (2.5e8, "USD"), (2.16e8, "EUR")], percent=[40], actors=["Collibra"],
            dates=["2020", "2021-11"], published="2021-12"),
    # Belgian; the newspaper is an organisation
    Passage("https://digimedia.be/News/fr/24985/record-de-lev-es-de-fonds-des-startup-belges.html",
            "Sur le seul premier trimestre 2022, nos jeunes entreprises en croissance ont récolté 498 millions d'euros, "
            "rapporte le journal l’Echo.",
            money=[(4.98e8, "EUR")], actors=["l’Echo"], dates=["2022-Q1"]),
    # Belgian; "au début de cette année" is the 2019 the sentence names
    Passage("https://trends.levif.be/economie/entreprises/record-de-financement-pour-les-start-ups-belges-en-"
            "informatique-et-biotechnologie/article-news-1158709.html",
            "Mais, en 2019, le plus gros deal reste signé par le spécialiste bruxellois des données Collibra, avec pas "
            "moins de 100 millions de dollars (87 millions d’euros) injectés au début de cette année par CapitalG, un "
            "fonds d’investissement lié au géant de l’internet Google.",
            money=[(1e8, "USD"), (8.7e7, "EUR")], actors=["Collibra", "CapitalG", "Google"], dates=["2019"]),
    # "2,8 milliards" and "11,5 milliards" take their currency from "14,3 milliards d’euros"
    Passage("https://zebaze.fr/fibre-mobile-les-operateurs-francais-ont-depense-115-milliards-deuros-pour-leurs-"
            "reseaux-en-2020/",
            "14,3 milliards d’euros ont été investis par les opérateurs télécoms en 2020, dont 2,8 milliards consacrés à "
            "l’achat de nouvelles fréquences pour la 5G. Avec 11,5 milliards d’investissement dans les réseaux, il "
            "s’agit d’une année record. C’est 8,4% de plus qu’en 2019.",
            money=[(1.43e10, "EUR"), (2.8e9, "EUR"), (1.15e10, "EUR")], percent=[8.4], dates=["2020", "2019"]),
    # "le conseil régional" is read as the regional council, an organisation; "La Ville rose" stands for the city
    Passage("https://toulouse.latribune.fr/entreprises/social/2023-02-27/sur-la-cybersecurite-l-occitanie-est-victime-"
            "d-une-penurie-de-talents-952882.html",
            "Lors d'une étude publiée par le conseil régional en 2021, 1.609 offres d'emploi ont été postées "
            "exclusivement pour le domaine de la cybersécurité. La Ville rose regroupait alors 71% des offres d'emploi "
            "sur son son agglomération tandis que Montpellier, en seconde place, atteignait les 13%.",
            percent=[71, 13], actors=["conseil régional"], dates=["2021"], published="2023-02-27"),
    # "entre 2014 et 2020" counts as its start
    Passage("https://www.touleco.fr/Cybersecurite-Se-preparer-aux-metiers-de-demain,34960",
            "Alors que le chiffre d’affaires des acteurs cyber français a doublé entre 2014 et 2020, il devrait "
            "atteindre 1 milliard d’euros d’ici à 2025 pour des effectifs de 75.000 ETP.",
            money=[(1e9, "EUR")], dates=["2014", "2025"], published="2022-07"),
    Passage("https://objectifaquitaine.latribune.fr/business/2021-10-12/la-cybersecurite-c-est-aussi-et-surtout-une-"
            "affaire-de-gouvernance-893429.html",
            "Or, \"aujourd'hui, soit on ne se sent pas concerné si on n'est pas expert, soit cette notion de sécurité est "
            "perçue comme une contrainte dans le travail. Il y a un grand pas à faire sur le sujet !\", témoigne Hélène "
            "Desliens, vice-présidente de French Tech Bordeaux.",
            actors=["Hélène Desliens", "French Tech Bordeaux"], dates=[], published="2021-10-12"),
    # "l’État" is the state
    Passage("https://financetime.fr/2023/03/29/depuis-2019-bpifrance-a-investi-11-milliard-deuros-dans-des-start-up-"
            "deeptech/",
            "Bpifrance, le bras armé financier de l’État, a injecté 1,1 milliard d’euros en direct dans les start-up "
            "deeptech depuis 2019, contribuant ainsi largement au dynamisme d’un écosystème qui compte désormais 1 800 "
            "jeunes pousses et emploie 50 000 personnes.",
            money=[(1.1e9, "EUR")], actors=["Bpifrance"], dates=["2019"], published="2023-03-29"),
    # an interview (Nicolas Dufourcq, Bpifrance)
    Passage("https://www.decideurs-magazine.com/digital-marketing/38397-n-dufourcq-bpifrance-l-offre-de-growth-capital-"
            "en-france-n-est-pas-encore-suffisante.html?tmpl=component&print=1&layout=default&page=",
            "Chaque année, nous investissons un milliard d’euros en fonds de fonds. En chiffres, Bpifrance a soutenu "
            "plus de 390 levées de fonds, menées par plus de 150 sociétés de gestion. En moyenne, notre participation "
            "dans ces véhicules s’établit autour de 16 %",
            money=[(1e9, "EUR")], percent=[16], actors=["Bpifrance"], dates=[]),
    # a hearing at the Assemblée nationale, 2021-04-15
    Passage("https://2017-2022.nosdeputes.fr/15/seance/8252",
            "L'audition de M. Paul-François Fournier, directeur exécutif en charge de l'innovation de la banque publique "
            "d'investissement Bpifrance, doit nous permettre d'évoquer le financement des entreprises technologiques qui "
            "est évidemment un levier essentiel pour la création de licornes",
            actors=["Paul-François Fournier", "Bpifrance"], dates=[], published="2021-04-15"),
    # the Programme d’investissements d’avenir and France Relance are plans
    Passage("https://www.globalsecuritymag.fr/FIC-2021-le-Campus-Cyber-une,20210917,116167.html",
            "Cette stratégie, dotée d’un budget de 1 039 M€, dont plus de 700 M€ d’argent public (notamment via le "
            "Programme d’investissements d’avenir et plan France Relance), vise à accompagner le développement de la "
            "filière française",
            money=[(1.039e9, "EUR"), (7e8, "EUR")], dates=[], published="2021-09"),
    # an AFP dispatch; a range counts as its low value
    Passage("https://solutions-numeriques.com/letat-apporte-son-soutien-a-un-cybercampus-en-region-parisienne",
            "Michel Van Den Berghe a estimé l’investissement nécessaire à “11 000 euros par poste de travail“, ce qui "
            "représenterait un investissement de 5,5 à 11millions d’euros sur la base d’un effectif de 500 à 1.000 "
            "personnes.",
            money=[(1.1e4, "EUR"), (5.5e6, "EUR")], actors=["Michel Van Den Berghe"], dates=[]),
    Passage("https://www.affiches-parisiennes.com/la-cybersecurite-francaise-inaugure-son-navire-amiral-a-la-defense-"
            "104750.html",
            "« Ce lieu a bien vocation à être le cœur de la cybersécurité en France et en Europe », a martelé Bruno Le "
            "Maire, accompagné de Frédérique Vidal et Cédric O, respectivement ministre de l'Enseignement supérieur et "
            "secrétaire d'Etat au numérique.",
            actors=["Bruno Le Maire", "Frédérique Vidal", "Cédric O"], dates=[]),
    # no date on the page: "l'année dernière" is left out
    Passage("https://clubic.com/actualite-552918-la-cnil-a-double-ses-sanctions-en-2024-la-prospection-commerciale-"
            "dans-le-collimateur.html",
            "La CNIL a rendu 331 décisions l'année dernière, dont 87 sanctions (contre 21 en 2022 et 42 en 2023), 180 "
            "mises en demeure et 64 rappels aux obligations légales.",
            actors=["CNIL"], dates=["2022", "2023"]),
    # SecNumCloud is a label
    Passage("https://lemondeinformatique.fr/actualites/lire-l-anssi-lance-son-appel-a-commentaires-sur-la-mise-a-jour-"
            "de-secnumcloud-84527.html",
            "L'agence nationale de la sécurité des systèmes d'information (Anssi) n'a pas perdu de temps sur le lancement "
            "de son appel public à commentaires concernant la dernière version de son référentiel SecNumCloud. Guillaume "
            "Poupard, directeur général de l'agence",
            actors=["agence nationale de la sécurité des systèmes d'information", "Anssi", "Guillaume Poupard"],
            dates=[]),
    # no date on the page: "l’an dernier" is left out; "218 M€" is money, "+1,2%" a percent
    Passage("https://gazette-du-midi.fr/au-sommaire/entreprises/toulouse-tech-index-les-start-up-haut-garonnaises-ont-"
            "leve-plus-de-220-meur-en",
            "Le montant global des levées de fonds a atteint l’an dernier à 220,7 M€ pour un total de 26 opérations. "
            "Soit une légère progression (+1,2%) par rapport à 2022 (218 M€ levés pour 21 opérations).",
            money=[(2.207e8, "EUR"), (2.18e8, "EUR")], percent=[1.2], dates=["2022"]),
]


# Annotated blind, by reading only, before any extraction ran on them; never tuned against. Every passage is
# quoted from the article at its address; `published` is the date that page gives (None: none found).
HELD_OUT_35 = [
    # published 2025-10-02 (the address): "le 1er octobre" is 2025-10-01; "multipliée par quatre" is no percent
    Passage("https://monde25.info/index.php/2025/10/02/les-datacenters-vont-consommer-4-fois-plus-delectricite-en-fr"
            "ance-dici-10-ans",
            "Publiée le 1er octobre, une étude du Shift Project assure que d’ici dix ans, la consommation électrique "
            "de ces bâtiments — dans lesquels des installations informatiques très énergivores stockent nos données — "
            "pourrait être multipliée par quatre dans le pays. Elle atteindrait dès lors 7,5 % de la demande totale "
            "de courant.",
            percent=[7.5], actors=["Shift Project"], dates=["2025-10-01"], published="2025-10-02"),
    # no date on the page: "ce jeudi 10 avril" has no year and is left out
    Passage("https://gnews.one/la-consommation-d-electricite-des-centres-de-donnees-devrait-doubler-d-ici-a-2030-sel"
            "on-l-aie-323113.html",
            "Leur consommation d’électricité devrait « plus que doubler » d’ici à 2030, selon un rapport de l’Agence "
            "internationale de l’énergie (AIE) publié ce jeudi 10 avril.",
            actors=["Agence internationale de l’énergie", "AIE"], dates=["2030"]),
    Passage("https://www.journaldunet.com/web-tech/start-up/1503591-levees-de-fonds-mai-2021/",
            "En premier lieu celle de Contentsquare, nouveau record de fonds levés pour une start-up française, avec "
            "500 millions de dollars (408 millions d'euros).",
            money=[(5e8, "USD"), (4.08e8, "EUR")], actors=["Contentsquare"], dates=[]),
    Passage("https://www.journaldunet.com/web-tech/start-up/1503591-levees-de-fonds-mai-2021/",
            "La fintech Shift Technology obtient la troisième place, avec une levée de 220 millions de dollars (183 "
            "millions d'euros).",
            money=[(2.2e8, "USD"), (1.83e8, "EUR")], actors=["Shift Technology"], dates=[]),
    # the bare "90 millions", "35 millions" and "12 millions" take euros from the amounts beside them; "35 millions
    # chacune" is one amount
    Passage("https://maddyness.com/?p=1287221",
            "À noter que 5 jeunes pousses ont annoncé des levées supérieures à 10 millions d’euros : PayFit (90 "
            "millions), Cubyn et Step Pharma (35 millions chacune), Pledg (15 millions d’euros) et EG 427 (12 "
            "millions).",
            money=[(1e7, "EUR"), (9e7, "EUR"), (3.5e7, "EUR"), (1.5e7, "EUR"), (1.2e7, "EUR")],
            actors=["PayFit", "Cubyn", "Step Pharma", "Pledg", "EG 427"], dates=[]),
    # published 2021-05-04 (the address): "l’an passé" is 2020; "en 2019 ... le mois d’avril" is 2019-04
    Passage("https://maddyness.com/2021/05/04/maddymoney-avril-821-millions-deuros-leves-trio-secteurs-sort-lot",
            "Sur la même période l’an passé, en plein confinement, 294 millions d’euros avaient ainsi été collectés. "
            "Mieux encore : en 2019, avant la crise, le mois d’avril affichait un total de 413 millions d’euros "
            "recueillis.",
            money=[(2.94e8, "EUR"), (4.13e8, "EUR")], dates=["2020", "2019-04"], published="2021-05-04"),
    Passage("https://www.presse-citron.net/startups-le-recapitulatif-des-levees-de-fonds-de-la-semaine-s28/",
            "ClearSpace et ses employés situés à Lausanne visent 2025 pour lancer un premier modèle de leur satellite "
            "censé « nettoyer l’espace ». La startup est arrivée à remporter l’appel d’offres de l’ESA, face à des "
            "géants comme Airbus et Thales.",
            actors=["ClearSpace", "ESA", "Airbus", "Thales"], dates=["2025"], published="2020-07"),
    # no date on the page: "dimanche" and "ce mardi" are left out
    Passage("https://www.tf1info.fr/justice-faits-divers/video-une-cyberattaque-vise-la-ville-de-caen-2233591.html",
            "Après l’hôpital de Corbeil-Essonnes dimanche, c'est la mairie de Caen (Calvados) qui a été la cible "
            "d'une cyberattaque ce mardi. À 9h, plusieurs serveurs informatiques de la ville étaient ainsi à l'arrêt.",
            actors=["hôpital de Corbeil-Essonnes", "mairie de Caen"], dates=[]),
    Passage("https://www.clubic.com/telephone-portable/operateur-telephonie-mobile/orange/actualite-409743-orange-de"
            "s-revenus-stables-en-2021-et-1-5-million-d-abonnes-recrutes-sur-la-fibre.html",
            "L'opérateur historique a généré un chiffre d'affaires de 42,5 milliards d'euros en 2021, en hausse de "
            "0,8 % sur un an. En France, les revenus (18,1 milliards d'euros, -1,6 % par rapport à 2020), sont "
            "plombés par le chiffre d'affaires généré par le fixe seul",
            money=[(4.25e10, "EUR"), (1.81e10, "EUR")], percent=[0.8, -1.6], dates=["2021", "2020"],
            published="2022-02"),
    # published 2022-02: "le 17 février" is 2022-02-17
    Passage("https://www.clubic.com/telephone-portable/operateur-telephonie-mobile/orange/actualite-409743-orange-de"
            "s-revenus-stables-en-2021-et-1-5-million-d-abonnes-recrutes-sur-la-fibre.html",
            "Avant de passer la main à Christel Heydemann , Stéphane Richard a lui-même présenté, le 17 février, les "
            "résultats trimestriel et annuel d'Orange pour la dernière fois.",
            actors=["Christel Heydemann", "Stéphane Richard", "Orange"], dates=["2022-02-17"], published="2022-02"),
    # an interview of Orange's chief executive
    Passage("https://www.eurobusinessmedia.com/fr/video/orange-resultats-semestriels-2020/",
            "Vous savez qu'on a dû absorber des trafics considérables, avec des hausses de l'ordre de 30 % en moyenne "
            "sur les réseaux fixes comme sur les réseaux mobiles.",
            percent=[30], dates=[]),
    Passage("https://guideit.fr/renouvellement-des-licences-microsoft-quand-leducation-nationale-tend-le-baton",
            "Les deux principaux sont remportés par la société Crayon France, représentant un montant d’environ 75 "
            "M€, avec un maximum pouvant atteindre 152 M€.",
            money=[(7.5e7, "EUR"), (1.52e8, "EUR")], actors=["Crayon France"], dates=[]),
    # the strategy is a plan, not an actor; its range "2023-2027" counts as its start
    Passage("https://april.org./nouvel-open-bar-microsoft-le-ministere-de-l-education-nationale-va-t-il-enfin-commen"
            "cer-sa-cure-de-d",
            "En janvier 2023, le ministère de l'Éducation nationale publiait sa « stratégie numérique pour "
            "l'éducation pour 2023-2027 ».",
            actors=["ministère de l'Éducation nationale"], dates=["2023-01", "2023"]),
    Passage("https://france3-regions.francetvinfo.fr/occitanie/haute-garonne/toulouse/universites-toulouse-etudiants"
            "-personnels-victimes-enorme-piratage-leurs-donnees-personnelles-1790873.html",
            "Contacté par nos soins, Philippe Raimbault, le président de l'Université fédérale Toulouse "
            "Midi-Pyrénées, affirme que '' 30 fichiers ont été téléchargés quatre fois par des programmes "
            "informatiques hébergés en Europe de l'Est.\"",
            actors=["Philippe Raimbault", "Université fédérale Toulouse Midi-Pyrénées"], dates=[]),
    Passage("https://www.mediacites.fr/enquete/toulouse/2020/02/21/les-etudiants-toulousains-victimes-dune-fuite-mas"
            "sive-de-leurs-donnees-personnelles/",
            "Toulouse a beau être le berceau d’Occitanie Data, une structure créée en janvier 2019 et spécialisée "
            "dans l’économie des données, elle a encore des progrès à faire dans la cybersécurité.",
            actors=["Occitanie Data"], dates=["2019-01"], published="2020-02-21"),
    # published Tuesday 2022-09-27 (the address): "ce lundi" is 2022-09-26; "ce week-end" has no notation and is left
    # out
    Passage("https://www.bfmtv.com/paris/hauts-de-seine-le-pole-universitaire-leonard-de-vince-touche-par-une-cybera"
            "ttaque_AV-202209270698.html",
            "Le pôle universitaire Léonard de Vinci, à Courbevoie dans les Hauts-de-Seine, a été la cible d'une "
            "cyberattaque ce week-end. Quelques cours en lignes étaient indisponibles ce lundi mais les données "
            "dérobées sont nombreuses: coordonnées bancaires, états civils, notes des élèves.",
            actors=["pôle universitaire Léonard de Vinci"], dates=["2022-09-26"], published="2022-09-27"),
    # "le milliard et demi" takes euros from the amounts before it; the law's period "2024-2030" counts as its start
    Passage("https://raids.fr/premium/laid-vise-un-budget-de-15-milliard-deuros-par-an-en-fin-de-lpm",
            "Le budget de l’Agence de l’innovation de défense (AID), créée en 2018 sous la DGA, poursuit sa "
            "croissance. Avec à l’origine un budget de 730 millions d’euros, elle a désormais passé le cap du "
            "milliard d’euros et devrait atteindre, voire dépasser, le milliard et demi en fin de loi de "
            "programmation militaire 2024-2030.",
            money=[(7.3e8, "EUR"), (1e9, "EUR"), (1.5e9, "EUR")],
            actors=["Agence de l’innovation de défense", "AID", "DGA"], dates=["2018", "2024"]),
    # an interview; the titles are roles
    Passage("https://caia.net/revue-auteurs-rubriques-numeros/article/l-agence-de-l-innovation-de-defense-br-mise-en"
            "-orbite-effectuee/150",
            "Décidée par Florence Parly, Ministre des armées en mars 2018, l’Agence de l’Innovation de Défense a été "
            "créée dans les textes en septembre 2018. La CAIA a interrogé Alexandre Barouh, son directeur adjoint et "
            "Jean Meyrat, responsable des tutelles et partenariats pour en savoir plus, avec bien sûr, un focus sur "
            "le spatial...",
            actors=["Florence Parly", "Agence de l’Innovation de Défense", "CAIA", "Alexandre Barouh",
                    "Jean Meyrat"],
            dates=["2018-03", "2018-09"]),
    # "premier septembre" is written out and "1erjanvier" lacks its space: both are full dates
    Passage("http://science-innovation-developpement.com/linnovation-de-defense-un-role-moteur-pour-linnovation-de-r"
            "upture/",
            "L’AID a été créée au premier septembre 2018 avec une mise en place opérationnelle au 1erjanvier 2019.",
            actors=["AID"], dates=["2018-09-01", "2019-01-01"]),
    # Belgian; no date on the page: "ce mercredi" is left out
    Passage("https://www.rtbf.be/article/extension-de-la-fibre-optique-par-proximus-un-investissement-necessaire-mai"
            "s-peu-rentable-a-court-terme-11023175",
            "Proximus a annoncé ce mercredi vouloir étendre la couverture de la fibre optique à 95% des foyers et "
            "entreprises belges dans les dix ans à venir. De quoi offrir un Internet fixe, rapide et stable y compris "
            "dans les zones peu peuplées du pays. Pour cela, le géant de la télécommunication devra investir près de "
            "4 milliards d'euros.",
            money=[(4e9, "EUR")], percent=[95], actors=["Proximus"], dates=[]),
    Passage("https://www.costar.com/article/1154951450/belgian-telecom-operator-plans-to-sell-more-than-half-of-its-"
            "buildings",
            "Selon nos confrères de L'Écho, l'opérateur télécom belge Proximus souhaite vendre plus de 60 % de ses "
            "immeubles d'ici à 2035. La raison ? Le déploiement de la fibre qui va lui permettre de libérer près de "
            "500 bâtiments, soit une surface totale d'environ 500 000 m².",
            percent=[60], actors=["L'Écho", "Proximus"], dates=["2035"]),
    Passage("https://trends.levif.be/economie/entreprises/proximus-prepare-le-deploiement-de-la-fibre/article-news-1"
            "364185.html",
            "A cet effet, l'opérateur vient de conclure une collaboration stratégique avec EQT Infrastructure pour le "
            "déploiement de cette fibre dans plusieurs villes flamandes. Il prévoit la création d'une joint-venture "
            "dont Proximus détiendra 49,9%.",
            percent=[49.9], actors=["EQT Infrastructure", "Proximus"], dates=[]),
    Passage("https://www.rtbf.be/info/economie/detail_proximus-veut-etendre-l-internet-ultra-rapide-en-belgique-le-c"
            "out-de-construction-de-la-fibre-est-colossal?id=10864440",
            "\"C’est un investissement de cinq milliards d’euros pour les huit prochaines années et on vise à couvrir "
            "100% des foyers belges, avec un point de passage à 70% de couverture du territoire et des foyers et des "
            "entreprises belges d’ici 2028\", résume Guillaume Boutin, CEO de Proximus.",
            money=[(5e9, "EUR")], percent=[100, 70], actors=["Guillaume Boutin", "Proximus"], dates=["2028"],
            published="2021-10"),
    # Swiss: "francs" are Swiss francs, and the bare "millions" take them; no date on the page: "au troisième
    # trimestre" has no year and is left out
    Passage("https://www.lfm.ch/?p=488979",
            "Le chiffre d'affaires s'est affaissé au troisième trimestre de 0,8% sur un an à 759,1 millions de "
            "francs. Du côté des clients privés, les recettes dans la téléphonie mobile ont fondu de 2,3% à 312,0 "
            "millions et dans le réseau fixe de 0,6% à 292,1 millions.",
            money=[(7.591e8, "CHF"), (3.12e8, "CHF"), (2.921e8, "CHF")], percent=[0.8, 2.3, 0.6], dates=[]),
    # Swiss; no date on the page: "au premier trimestre" has no year and is left out
    Passage("https://www.lfm.ch/actualite/suisse/sunrise-upc-ameliore-sa-rentabilite-trimestrielle",
            "Sunrise UPC a vu sa rentabilité nettement progresser au premier trimestre. Le numéro deux suisse des "
            "télécoms a légèrement accru ses revenus et dégagé un excédent brut d'exploitation (Ebitda) ajusté de "
            "278,2 millions de francs, en hausse de 9,6%.",
            money=[(2.782e8, "CHF")], percent=[9.6], actors=["Sunrise UPC"], dates=[]),
    # an Agefi-Dow Jones dispatch of Thursday 2023-05-25: "jeudi" is that day
    Passage("https://www.zonebourse.com/cours/action/ORANGE-4649/actualite/France-Les-operateurs-telecoms-francais-o"
            "nt-investi-14-6-milliards-d-euros-en-2022-43943085/",
            "Les quatre opérateurs de télécommunications français ont investi un montant de 14,6 milliards d'euros en "
            "2022 dans l'Hexagone afin de déployer leurs réseaux, hors achat de fréquences mobiles, a indiqué jeudi "
            "l'Autorité de régulation des communications électroniques et des postes (Arcep).",
            money=[(1.46e10, "EUR")],
            actors=["Autorité de régulation des communications électroniques et des postes", "Arcep"],
            dates=["2022", "2023-05-25"], published="2023-05-25"),
    # published 2022-11-17 (the address): "le 6 novembre" is 2022-11-06 and "le lundi 7" 2022-11-07
    Passage("https://www.20minutes.fr/societe/4010505-20221117-cyberattaque-seine-marne-pirates-reclament-10-million"
            "s-dollars-departement",
            "Les services informatiques du conseil départemental de la Seine-et-Marne sont en pleine paralysie depuis "
            "le 6 novembre, victimes d’une cyberattaque « d’envergure ». L’attaque a été découverte le lundi 7 au "
            "matin, lorsque les agents ont remarqué qu’ils ne pouvaient plus utiliser leurs ordinateurs.",
            actors=["conseil départemental de la Seine-et-Marne"], dates=["2022-11-06", "2022-11-07"],
            published="2022-11-17"),
    # a range of months counts as its start
    Passage("https://sencemedia.com/la-hausse-des-faillites-de-start-up-en-france",
            "Selon une étude de la Banque de France, 129 start-up françaises ont cessé leurs activités entre janvier "
            "2023 et juin 2024, dont 76 placées en redressement ou liquidation judiciaire en 2023.",
            actors=["Banque de France"], dates=["2023-01", "2023"]),
    Passage("https://sencemedia.com/la-hausse-des-faillites-de-start-up-en-france",
            "Un autre exemple est Sigfox, figure de proue des réseaux pour objets connectés. Malgré des levées "
            "cumulées de 300 millions de dollars, l’entreprise a été revendue en 2023 pour moins de 4 millions "
            "d’euros.",
            money=[(3e8, "USD"), (4e6, "EUR")], actors=["Sigfox"], dates=["2023"]),
    # "5 millions" names no currency and nothing in the passage gives one: no money
    Passage("https://www.bfmtv.com/economie/entreprises/un-retournement-de-cycle-brutal-les-faillites-de-start-up-en"
            "-hausse_AV-202503110677.html",
            "Les faillites se multiplient parmi les start-up. Selon un baromètre publié par Scalex Invest, les "
            "faillites sont en hausse parmi un échantillon de 1.487 entreprises françaises fondées après 2005 et "
            "ayant levé plus de 5 millions (qualifiées de start-up post-série A).",
            actors=["Scalex Invest"], dates=["2005"], published="2025-03-11"),
    # an AFP dispatch reprinted; "la moitié" is no amount written
    Passage("https://www.thepraguepost.cz/fr/Technologie/594708-un-nouveau-projet-de-data-center-pour-lia-a-5-mds-eu"
            "r-dans-le-nord.html",
            "Le fonds canadien Brookfield a annoncé son intention d'investir 20 milliards d'euros en France d'ici "
            "2030, dont la moitié dans le futur data center géant cambrésien.",
            money=[(2e10, "EUR")], actors=["Brookfield"], dates=["2030"]),
    # published 2020-09: "au premier semestre" is 2020-H1; "le groupe" is no part of the name
    Passage("https://www.latribune.fr/technos-medias/telecoms/iliad-voit-ses-benefices-progresser-fortement-856233.h"
            "tml",
            "Le groupe Iliad, maison mère de l'opérateur Free, a plus que triplé son bénéfice net au premier "
            "semestre, à 208 millions d'euros, grâce à des recettes de cession et la croissance de ses ventes en "
            "France et en Italie.",
            money=[(2.08e8, "EUR")], actors=["Iliad", "Free"], dates=["2020-H1"], published="2020-09"),
    Passage("https://www.generation-nt.com/iliad-free-resultats-freebox-pop-mobile-actualite-1979584.html",
            "À 2,8 milliards d'euros, le chiffre d'affaires du groupe est en progression de 6,8 % sur un an. Le "
            "résultat net atteint 208 millions d'euros contre 62 millions d'euros au premier semestre 2019.",
            money=[(2.8e9, "EUR"), (2.08e8, "EUR"), (6.2e7, "EUR")], percent=[6.8], dates=["2019-H1"],
            published="2020-09"),
    # published 2023-03-21 (the address): "le jeudi 9 mars" is 2023-03-09; "Le CHU" alone is a common noun, not a name
    Passage("https://www.20minutes.fr/societe/4028824-20230321-brest-internet-mails-hopital-toujours-galere-apres-cy"
            "berattaque",
            "Le CHU avait été victime « d’une intrusion dans son système d’information » le jeudi 9 mars à 20h33. "
            "Aucun détail n’a été communiqué sur le type de cyberattaque dont il s’agit.",
            dates=["2023-03-09"], published="2023-03-21"),
    # a range of years counts as its start; the director is a role
    Passage("https://www.francetvinfo.fr/internet/securite-sur-internet/cyberattaques/ille-et-vilaine-le-chu-de-renn"
            "es-victime-d-une-cyberattaque_5903720.html",
            "Le phénomène des cyberattaques contre les entreprises est en nette augmentation : +95% entre 2020 et "
            "2021, selon le directeur du pôle expertise de cybermalveillance.gouv.fr.",
            percent=[95], actors=["cybermalveillance.gouv.fr"], dates=["2020"], published="2023-06"),
    Passage("https://alouette.fr/amp/cyberattaque-du-groupe-hospitalier-hospi-activite-ralentie-dans-plusieurs-etabl"
            "issements-de-nos-regions",
            "La cyberattaque qui touche le groupe hospitalier n'est à l'heure actuelle toujours pas résolue. Selon "
            "les informations du quotidien régional Ouest-France, une rançon a été demandée. Hospi Grand Ouest a "
            "porté plainte.",
            actors=["Ouest-France", "Hospi Grand Ouest"], dates=[]),
    # the regulator's own release
    Passage("https://cnil.fr/fr/sanctions-et-mesures-correctrices-la-cnil-presente-le-bilan-2022-de-son-action-repre"
            "ssive",
            "En 2022, 21 sanctions ont été prononcées par la CNIL, pour un montant de 101 277 900 euros. 13 d’entre "
            "elles ont été rendues publiques.",
            money=[(1.012779e8, "EUR")], actors=["CNIL"], dates=["2022"]),
    # "la formation restreinte" is the CNIL's panel, read as the CNIL; GIE is a legal form kept with the name
    Passage("https://joffeassocies.com/newsletter-cnil-retour-sur-une-annee-riche-en-sanctions",
            "Le 8 septembre 2022, la formation restreinte de la CNIL a prononcé une sanction administrative de 250 "
            "000 euros à l’encontre du GIE INFOGREFFE.",
            money=[(2.5e5, "EUR")], actors=["CNIL", "GIE INFOGREFFE"], dates=["2022-09-08"]),
    # published 2023-11-06 (the address): "le 6 août dernier" is 2023-08-06
    Passage("https://objectifaquitaine.latribune.fr/conjoncture/2023-11-06/levees-de-fonds-ca-tangue-fort-pour-les-s"
            "tartups-de-nouvelle-aquitaine-974951.html",
            "« Si vous n'avez pas en trésorerie de quoi tenir au moins neuf mois, vous aurez des problèmes... », "
            "lâche Ludivine Romary, dont la startup MyEli a été liquidée le 6 août dernier.",
            actors=["Ludivine Romary", "MyEli"], dates=["2023-08-06"], published="2023-11-06"),
    # "il y a 20 ans" is left out: an approximate count back
    Passage("https://objectifaquitaine.latribune.fr/business/l-actu-de-la-french-tech-bordeaux/2021-02-08/french-tec"
            "h-120-seulement-deux-startups-de-nouvelle-aquitaine-retenues-877180.html",
            "Fondée il y a 20 ans par des géomètres experts, Geosat connaît depuis 2013 une croissance annuelle de "
            "l'ordre de 40 % pour 13,3 M€ de chiffre d'affaires en 2018",
            money=[(1.33e7, "EUR")], percent=[40], actors=["Geosat"], dates=["2013", "2018"],
            published="2021-02-08"),
    # published 2023-07-12: "le 1er janvier" is 2023-01-01; "S1 2022" is 2022-H1; "il y a un an" is left out
    Passage("https://placeco.fr/gironde/ecosysteme/article/en-nouvelle-aquitaine-des-levees-de-fonds-plus-nombreuses"
            "-mais-moins-consequentes-3194",
            "172 millions d’euros ont ainsi été levés dans la région depuis le 1er janvier (-48% par rapport au S1 "
            "2022), pour un ticket moyen de 4,7 millions d’euros, contre 15 millions il y a un an.",
            money=[(1.72e8, "EUR"), (4.7e6, "EUR"), (1.5e7, "EUR")], percent=[-48], dates=["2023-01-01", "2022-H1"],
            published="2023-07-12"),
    # Swiss: "francs" are Swiss francs; published 2021-02: "l’année dernière" is 2020
    Passage("https://www.24heures.ch/les-start-up-de-lepfl-ont-leve-un-montant-record-de-fonds-692452436167",
            "À elle seule, Sophia Genetics, active dans la médecine basée sur les données, a réussi à s’assurer 100 "
            "millions de francs en fin d’année, ce qui constitue le plus gros montant levé en Suisse l’année "
            "dernière.",
            money=[(1e8, "CHF")], actors=["Sophia Genetics"], dates=["2020"], published="2021-02"),
    # a copy of a Libération article of 2022-02-19 (the address): "En janvier" is 2022-01; "le gouvernement" is a role
    Passage("https://dir.md/economie/economie-numerique/les-licornes-ce-grand-mirage-de-la-start-up-nation-20220219_"
            "LMGTP6SMTZDGTES2NBHAOEK3DQ/?ned=fr&host=www.liberation.fr",
            "En janvier, le gouvernement célébrait 25 entreprises françaises dont la valorisation dépasse le milliard "
            "de dollars.",
            money=[(1e9, "USD")], dates=["2022-01"], published="2022-02-19"),
    Passage("https://www.mediacites.fr/enquete/lyon/2019/01/02/a-lyon-la-bataille-des-data-centers-a-commence/",
            "Le but, « c’est d’être invisible », explique Nicolas Pitance, le président de DCforDATA, l'entreprise "
            "propriétaire des lieux.",
            actors=["Nicolas Pitance", "DCforDATA"], dates=[], published="2019-01-02"),
    # the town's own release of Monday 2021-01-18 (the address): the night from Saturday counts as 2021-01-16; "la
    # Ville" repeats the same body
    Passage("https://www.ville.montmagny.qc.ca/fr/actualites/2021/01/18/la-ville-de-montmagny-victime-d-une-cyberatt"
            "aque",
            "Les ordinateurs de la Ville de Montmagny sont actuellement paralysés en raison d'une cyberattaque visant "
            "les serveurs de la Ville survenue dans la nuit de samedi à dimanche.",
            actors=["Ville de Montmagny"], dates=["2021-01-16"], published="2021-01-18"),
    # Québec; published 2023-12-12 (the address): the night range counts as its start, 2023-11-29
    Passage("https://echodefrontenac.com/2023-12-12/la-ville-en-gestion-de-crise-apres-une-cyberattaque-8431",
            "Dans la nuit du 29 au 30 novembre, la Ville de Lac-Mégantic a été victime d’une attaque ciblée de "
            "pirates informatiques.",
            actors=["Ville de Lac-Mégantic"], dates=["2023-11-29"], published="2023-12-12"),
    # published 2019-07: "le 30 juin" is 2019-06-30 and "le 1er juillet" 2019-07-01; the commissioner is read as the
    # office he heads; "La Municipalité" is a common noun
    Passage("https://ici.radio-canada.ca/nouvelle/1215765/municipalite-la-nation-est-ontarien-cyberattaque-racon",
            "Selon le maire François St-Amour, l’attaque est survenue le 30 juin et a été découverte le 1er juillet "
            "au matin. La Municipalité a aussitôt prévenu la Police provinciale de l’Ontario et le Commissaire à "
            "l’information et à la protection de la vie privée de l‘Ontario.",
            actors=["François St-Amour", "Police provinciale de l’Ontario",
                    "Commissaire à l’information et à la protection de la vie privée de l‘Ontario"],
            dates=["2019-06-30", "2019-07-01"], published="2019-07"),
    # an interview
    Passage("https://www.mind.eu.com/health/?p=3947",
            "Le Health Data Hub a officiellement vu le jour le 1er décembre 2019. Comment est organisée l’équipe "
            "aujourd’hui ? Elle s’agrandit, comptant aujourd’hui environ 35 employés et une quinzaine de "
            "prestataires.",
            actors=["Health Data Hub"], dates=["2019-12-01"], published="2020-06-15"),
    # the business park is a place
    Passage("https://www.deltafm.fr/le-projet-de-data-centers-toujours-d-actualite-dans-la-region-mais-sans-microsof"
            "t",
            "Solicitée par nos confrères de la Voix du Nord, Nicole Chevalier, la présidente, confirme l'existence de "
            "négociations avec plusieurs entreprises intéressées par une implantation au sein du parc d'activités de "
            "la Porte d'Opale.",
            actors=["Voix du Nord", "Nicole Chevalier"], dates=[]),
]


# Annotated blind, by reading only, before any extraction ran on them; never tuned against. Every passage is
# quoted from the article at its address; `published` is the date that page gives (None: none found).
HELD_OUT_36 = [
    # no date on the page: "l’année écoulée" is left out
    Passage("https://www.channelnews.fr/scaleway-passe-le-cap-des-100-me-mais-creuse-ses-pertes-127287",
            "De fait, ses revenus ont progressé de 10% à 103,2 M€ sur l’année écoulée. Mais l’opérateur cloud "
            "avait omis de préciser que ses pertes avaient explosé dans le même temps, passant de 860 K€ en 2021 "
            "à 8,83 M€ en 2022.",
            money=[(1.032e8, "EUR"), (8.6e5, "EUR"), (8.83e6, "EUR")], percent=[10], dates=["2021", "2022"]),
    # "860 000" takes the currency of the amount beside it; the elided article is dropped from "l’Informé";
    # "multiplié par dix" is no percent
    Passage("https://www.linforme.com/tech-telecom/article/scaleway-filiale-cloud-d-iliad-s-enfonce-dans-le-rouge_835"
            ".html",
            "La preuve : la filiale d’Iliad (maison mère de Free) a multiplié par dix ses pertes en un an, "
            "passant de 860 000 à 8,83 millions d’euros en 2022 a constaté l’Informé.",
            money=[(8.6e5, "EUR"), (8.83e6, "EUR")], actors=["Iliad", "Free", "Informé"], dates=["2022"]),
    # published 2025-05: "la fin de cette année" is 2025; the cloud is named as its provider (as "Azure" in DEV)
    Passage("https://www.lemagit.fr/actualites/366623865/Cloud-S3NS-arrivera-en-fin-dannee",
            "On a enfin une date. S3NS, la version de Google Cloud Platform (GCP) non soumise aux lois "
            "extraterritoriales, car exploitée dans un datacenter français sous l’autorité de Thalès, entrera "
            "officiellement en service à la fin de cette année.",
            actors=["S3NS", "Google Cloud Platform", "GCP", "Thalès"], dates=["2025"], published="2025-05"),
    # no date on the page: "ce 3 octobre" has no year and is left out; the conference is an event
    Passage("https://www.silicon.fr/cloud-souverain-bruno-lemaire-relance-dassault-systemes-et-ovh-262679.html?print="
            "pdf",
            "A l’occasion de la conférence Criteo IA Labs qui se tenait à Paris ce 3 octobre, Bruno Lemaire a "
            "annoncé que « la France a engagé les sociétés Dassault Systemes et OVH pour élaborer des plans "
            "visant à briser la domination des entreprises américaines en matière de cloud computing » indique "
            "Reuters.",
            actors=["Bruno Lemaire", "Dassault Systemes", "OVH", "Reuters"], dates=[]),
    Passage("https://www.silicon.fr/cloud-souverain-bruno-lemaire-relance-dassault-systemes-et-ovh-262679.html?print="
            "pdf",
            "«Nous avons demandé à Dassault Systèmes et OVH de travailler sur ce projet et nous aurons les "
            "premiers résultats en décembre 2019», a déclaré le ministre des Finances.",
            actors=["Dassault Systèmes", "OVH"], dates=["2019-12"]),
    # the Salon du Bourget is an event
    Passage("https://air-cosmos.com/article/cloud-souverain-feu-vert-dassault-systmes-21803",
            "Lors de notre entretien avec David Ziegler, vice-président Aérospatiale et Défense de Dassault "
            "Systèmes, lors du dernier Salon du Bourget, ce dernier avait indiqué que \"80 % de nos solutions "
            "sont sur le Cloud et nous travaillons énormément avec nos clients pour transférer toutes nos "
            "opérations pour aller plus loin encore\".",
            percent=[80], actors=["David Ziegler", "Dassault Systèmes"], dates=[], published="2019-10"),
    Passage("https://ournewstech.com/2022/06/30/le-francais-thales-cree-une-societe-de-services-cloud-basee-sur-googl"
            "e/",
            "Les services cloud de S3NS seront disponibles à partir du second semestre 2024, après avoir reçu la "
            "bénédiction de l’agence française de cybersécurité ANSSI via un label dit “cloud de confiance”, a "
            "précisé Thales.",
            actors=["S3NS", "ANSSI", "Thales"], dates=["2024-H2"], published="2022-06-30"),
    # ARM names a processor architecture here
    Passage("https://www.lemondeinformatique.fr/actualites/lire-yann-lechelle-quitte-la-direction-generale-de-scalewa"
            "y-maj-88973.html",
            "Pionnier dans les serveurs bare metal sous ARM, Scaleway (groupe Iliad) connaît une croissance "
            "mensuelle à deux chiffres, selon Yann Lechelle, son directeur général, pour un chiffre d'affaires "
            "annuel dépassant les 100 M€ comme nous l'indiquions dans un dossier de la rédaction.",
            money=[(1e8, "EUR")], actors=["Scaleway", "Iliad", "Yann Lechelle"], dates=[]),
    Passage("https://gamtech.fr/capgemini-et-orange-developpent-conjointement-des-services-cloud",
            "En 2022, les organisations d’origine française Capgemini (chiffre d’affaires : 20 milliards "
            "d’euros) et Orange (chiffre d’affaires : environ 42 milliards d’euros) ont annoncé avoir fondé "
            "conjointement la société Bleu.",
            money=[(2e10, "EUR"), (4.2e10, "EUR")], actors=["Capgemini", "Orange", "Bleu"], dates=["2022"]),
    # published 2021-09-21 (the page); the company's old name is written as a name
    Passage("https://next.ink/4957/entree-en-bourse-dovhcloud-ce-que-nous-apprend-document-denregistrement-1x",
            "Créée en 1999, « On Vous Héberge », devenue depuis OVHcloud, est l'un des leaders européens du "
            "cloud avec un chiffre d'affaires attendu de 655 millions d'euros pour l'exercice clos en août 2021.",
            money=[(6.55e8, "EUR")], actors=["On Vous Héberge", "OVHcloud"], dates=["1999", "2021-08"],
            published="2021-09-21"),
    # "Il y a 5 ans" is left out, as "il y a un an" elsewhere
    Passage("https://next.ink/4957/entree-en-bourse-dovhcloud-ce-que-nous-apprend-document-denregistrement-1x",
            "Il y a 5 ans, les fonds KKR et TowerBrook entraient au capital d'OVHcloud pour 250 millions d'euros "
            "afin d'accélérer le développement de l'hébergeur français",
            money=[(2.5e8, "EUR")], actors=["KKR", "TowerBrook", "OVHcloud"], dates=[], published="2021-09-21"),
    # published 2022-11-21 (the address): the two days count as their start, 2022-11-17
    Passage("https://blog.revolve.team/2022/11/21/gaia-x-2022-partie-1/",
            "Les 17 et 18 novembre s’est tenu à Paris le 3ème sommet de GAIA-X, qui a réuni un peu plus de 60 "
            "conférenciers et plus d’une centaine de participants.",
            actors=["GAIA-X"], dates=["2022-11-17"], published="2022-11-21"),
    # Cash Investigation is a programme
    Passage("https://www.lemondeinformatique.fr/actualites/lire-le-contrat-open-bar-microsoft-de-l-armee-rentre-dans-"
            "les-rangs-de-l-ugap-89030.html",
            "Pour autant, ce contrat open bar a été reconduit en 2013 et en 2017 pour un montant de 120 millions "
            "d’euros, selon une enquête menée par l’émission Cash Investigation en 2016.",
            money=[(1.2e8, "EUR")], dates=["2013", "2017", "2016"]),
    Passage("https://mydatacompany.fr/microsoft-conservera-le-health-data-hub-pour-2-ans-encore/",
            "Ainsi, il « n’existe pas, à court terme, de solution optimale d’un point de vue technique » écrit "
            "Olivier Véran à la Cnil, comme le rapporte Médiapart.",
            actors=["Olivier Véran", "Cnil", "Médiapart"], dates=[]),
    # published Saturday 2026-02-07: "lundi" is 2026-02-09
    Passage("https://kulturegeek.fr/news-346809/donnees-sante-france-abandonne-microsoft-preferant-cloud-souverain",
            "Dès lundi, la France lance la procédure de sélection avec un choix attendu fin mars 2026.",
            dates=["2026-02-09", "2026-03"], published="2026-02-07"),
    Passage("https://kulturegeek.fr/news-346809/donnees-sante-france-abandonne-microsoft-preferant-cloud-souverain",
            "OVH, Cloud Temple et Sens (un consortium du groupe Thales utilisant la technologie cloud de Google) "
            "figurent parmi les candidats potentiels déjà qualifiés.",
            actors=["OVH", "Cloud Temple", "Sens", "Thales", "Google"], dates=[], published="2026-02-07"),
    Passage("https://www.channelnews.fr/qui-va-heberger-les-donnees-de-sante-des-francais-a-la-place-de-microsoft-155"
            "142",
            "En avril 2025, l’ancienne ministre du numérique, Clara Chappaz, a déclaré à l’Assemblée nationale "
            "que l’Etat allait lancer un appel d’offres pour faire migrer le Health Data Hub vers un opérateur "
            "sécurisé.",
            actors=["Clara Chappaz", "Assemblée nationale", "Health Data Hub"], dates=["2025-04"]),
    Passage("https://www.numerama.com/politique/1112554-le-health-data-hub-sur-du-cloud-souverain-ce-nest-pas-pour-de"
            "main.html",
            "Ce constat, c’est Stéphanie Combes, la directrice du Health Data Hub, qui l’a donné à TIC Pharma le "
            "9 septembre 2022.",
            actors=["Stéphanie Combes", "Health Data Hub", "TIC Pharma"], dates=["2022-09-09"], published="2022-09"),
    Passage("https://www.actuia.com/pl/news/ia-et-donnees-de-sante-lancement-dun-appel-doffres-pour-heberger-le-healt"
            "h-data-hub",
            "Créé en 2019, le Health Data Hub (HDH) est un groupement d’intérêt public dont la mission est de "
            "faciliter l’accès sécurisé aux données de santé, à des fins de recherche, d’évaluation ou de "
            "développement de solutions innovantes.",
            actors=["Health Data Hub", "HDH"], dates=["2019"]),
    Passage("https://www.usine-digitale.fr/article/aws-en-pourparlers-avec-l-italie-pour-un-investissement-cloud-de-p"
            "lusieurs-milliards-d-euros.N2213512",
            "Récemment, le géant du cloud a dévoilé un investissement de 15,7 milliards d'euros dans des centres "
            "de données dans la région espagnole d'Aragon, dans le nord-est de l'Espagne, remplaçant un "
            "précédent plan décennal annoncé en 2021, lorsque la société avait réservé 2,5 milliards d'euros au "
            "pays.",
            money=[(1.57e10, "EUR"), (2.5e9, "EUR")], dates=["2021"]),
    # the elided article is dropped from "l’Inria"
    Passage("https://infonet.fr/actualite/levees-de-fonds/policloud-levee-7-5m-cloud-souverain",
            "l’entreprise cannoise, spécialiste du cloud souverain décentralisé, boucle l’un des tours de table "
            "seed les plus disputés de l’année, mené par Global Ventures et soutenu par l’Inria, OneRagtime, Mi8 "
            "et plusieurs business angels.",
            actors=["Global Ventures", "Inria", "OneRagtime", "Mi8"], dates=[]),
    # the page gives the month only: "Dimanche soir" is left out
    Passage("https://www.latribune.fr/technos-medias/informatique/data-centers-investissement-colossal-de-microsoft-e"
            "n-france-997405.html",
            "Dimanche soir, le géant de la tech américaine Microsoft a annoncé un investissement de 4 milliards "
            "d'euros dans des data centers en France.",
            money=[(4e9, "EUR")], actors=["Microsoft"], dates=[], published="2024-05"),
    Passage("https://essentialhomme.fr/microsoft-investit-4-milliards-deuros-en-france-dans-les-secteurs-du-cloud-et-"
            "de-lia",
            "L’engagement de la France en faveur de l’IA est évident dans le soutien qu’elle apporte à des "
            "startups comme Mistral AI, un concurrent d’OpenAI basé à Paris qui a récemment reçu un "
            "investissement de 15 millions d’euros de la part de Microsoft.",
            money=[(1.5e7, "EUR")], actors=["Mistral AI", "OpenAI", "Microsoft"], dates=[]),
    # Luxembourg; no date on the page: "Le 4 juillet" has no year and is left out
    Passage("https://lequotidien.lu/a-la-une/google-fete-ses-25-ans-le-luxembourg-attend-toujours",
            "Le 4 juillet, Franz Fayot a énuméré devant la Chambre des députés un ensemble de facteurs "
            "(pandémie, guerre en Ukraine, prix de l’énergie, croissance économique en berne…) qui plaident en "
            "défaveur de l’installation d’un centre de données de Google à Bissen",
            actors=["Franz Fayot", "Chambre des députés", "Google"], dates=[]),
    # Luxembourg; Google is named twice under one surface
    Passage("https://paperjam.lu/article/pour-bissen-nous-sommes-prets",
            "«Je n’ai rien à vous annoncer», a dit le VP de Google, Anthony Cirot, ici à droite avec Xavier "
            "Bettel et Luc Frieden, en train de symboliquement couper le ruban pour marquer l’arrivée officielle "
            "de Google au Luxembourg.",
            actors=["Google", "Anthony Cirot", "Xavier Bettel", "Luc Frieden"], dates=[]),
    # Swiss: "francs" are Swiss francs; the Confédération is the state and Berne its seat; no date on the page
    Passage("https://www.heidi.news/innovation/le-cloud-suisse-sera-tout-sauf-souverain",
            "110 millions de francs pour développer des services cloud pour la Confédération. L’appel d’offre, "
            "annoncé début décembre, semblait augurer le meilleur pour le développement d’un «Swiss Cloud» "
            "souverain plusieurs fois mentionné par Berne.",
            money=[(1.1e8, "CHF")], dates=[]),
    Passage("https://www.developpez.com/actu/334037/Le-recours-collectif-suite-aux-incendies-d-OVHcloud-compte-140-en"
            "treprises-et-sollicite-plus-de-10-Ms-les-lettres-de-mise-en-demeure-seront-envoyees-a-l-hebergeur-franca"
            "is-cette-semaine/",
            "Le 10 mars 2021, un centre de données d'OVH basé à Strasbourg partait en fumée. Le bâtiment "
            "strasbourgeois de cinq étages contenait plus de 14 000 serveurs. La catastrophe a entraîné l'arrêt "
            "total ou partiel de « 120 000 services », selon OVHcloud.",
            actors=["OVH", "OVHcloud"], dates=["2021-03-10"], published="2022-06"),
    Passage("https://maddyness.com/2022/06/03/ovhcloud-140-clients-demandent-indemnises-incendie-centre-de-donnees",
            "Selon ses derniers comptes disponibles, en date du 28 février 2022, il a déjà distribué pour 24,3 "
            "millions d'euros de bons de services gratuits pour compenser les préjudices subis.",
            money=[(2.43e7, "EUR")], dates=["2022-02-28"], published="2022-06-03"),
    # Belgian; published 2021-03-11 (the address)
    Passage("https://www.lesoir.be/360187/article/2021-03-11/lincendie-dovhcloud-strasbourg-priori-accidentel",
            "En Belgique, le sinistre a eu des répercussions sur plusieurs sites et services en ligne, comme "
            "l'accès à l'annuaire d'Avocats.be ou les sites internet de Bruxelles Environnement, de la Politique "
            "scientifique fédérale (Belspo) et de diverses petites et moyennes entreprises hébergées par "
            "OVHcloud.",
            actors=["Avocats.be", "Bruxelles Environnement", "Politique scientifique fédérale", "Belspo", "OVHcloud"],
            dates=[], published="2021-03-11"),
    # "GAFAM" names a group of firms, not one organisation
    Passage("https://web.developpez.com/actu/318808/Un-incendie-pourrait-couter-105-millions-d-euros-a-OVHcloud-selon"
            "-les-documents-relatifs-a-l-introduction-en-bourse/",
            "La société a reçu le feu vert de l’Autorité française des marchés financiers (AMF) sur son document "
            "d’enregistrement le 17 septembre 2021. Ainsi, OVHcloud espère pouvoir augmenter son capital de 400 "
            "millions d'euros et devenir une alternative européenne sérieuse aux GAFAM.",
            money=[(4e8, "EUR")], actors=["Autorité française des marchés financiers", "AMF", "OVHcloud"],
            dates=["2021-09-17"]),
    # an interview (Olivier Vallet, Docaposte); "le milliard d’euros" is one billion; "la fin 2023" is 2023
    Passage("https://www.lemondeinformatique.fr/actualites/lire-olivier-vallet-pdg-de-docaposte--le-positionnement-de"
            "-numspot-est-pertinent-sur-le-marche-92260.html",
            "Docaposte va approcher le milliard d’euros de chiffre d’affaires à la fin 2023, dont 5% effectués à "
            "l’international et compte aujourd’hui près de 8 000 collaborateurs.",
            money=[(1e9, "EUR")], percent=[5], actors=["Docaposte"], dates=["2023"]),
    # published 2022-12: "début décembre" is 2022-12 and "début janvier" 2023-01
    Passage("https://www.nextinpact.com/lebrief/70612/guillaume-poupard-rejoindra-docaposte-filiale-services-numeriqu"
            "es-groupe-la-poste",
            "Guillaume Poupard, qui a annoncé début décembre quitter l’ANSSI, qu’il dirigeait depuis 8 ans, "
            "deviendra début janvier l'un des quatre directeurs généraux adjoints de Docaposte, la filiale de "
            "services numériques du groupe La Poste.",
            actors=["Guillaume Poupard", "ANSSI", "Docaposte", "La Poste"], dates=["2022-12", "2023-01"],
            published="2022-12"),
    Passage("https://siecledigital.fr/2023/03/14/la-poste-pourrait-reprendre-in-groupe-charge-des-titres-securises/",
            "D’après Les Échos, les discussions seraient en bonne voie entre Le groupe La Poste et l’APE. Si un "
            "accord aboutissait, IN Groupe renforcerait la filiale numérique du groupe, Docaposte.",
            actors=["Les Échos", "La Poste", "APE", "IN Groupe", "Docaposte"], dates=[], published="2023-03-14"),
    Passage("https://www.horizonspublics.fr/numerique/la-dinum-veut-anticiper-le-coup-dapres",
            "L'occasion pour son directeur Nadi Bou Hanna, qui a reçu la presse jeudi 27 août 2020, de dresser "
            "un premier bilan et d'annoncer de nouveaux outils et services numériques comme un \"Sac à dos "
            "numérique\" pour les agents publics",
            actors=["Nadi Bou Hanna"], dates=["2020-08-27"], published="2020-08-28"),
    # an interview; the department inside the direction is read as part of it
    Passage("https://www.journaldunet.com/collaboratif/1538785-les-secrets-de-la-suite-numerique-de-l-etat-devoiles/",
            "Le JDN a eu l'occasion d'interroger en exclusivité Samuel Paccoud, directeur de la suite numérique "
            "au sein du département Opérateur de produits interministériels de la direction interministérielle "
            "du numérique.",
            actors=["JDN", "Samuel Paccoud", "direction interministérielle du numérique"], dates=[],
            published="2025-02"),
    # a ministry's page quoting Acteurs publics, published 2022-09-19: "octobre dernier" is not settled by it and
    # is left out
    Passage("https://bercynumerique.finances.gouv.fr/les-outils-numeriques-de-travail-de-letat-montent-en-puissance",
            "En mars 2021, cette messagerie sécurisée et instantanée de l’État, qui avait été lancée avant la "
            "crise mais ouverte à de nouvelles catégories d’agents au fil de la crise sanitaire, compte plus de "
            "220 000 inscrits, contre 170 000 en octobre dernier, et seulement 85 000 début 2020.",
            dates=["2021-03", "2020"], published="2022-09-19"),
    # published 2022-05: "l'année dernière" is 2021
    Passage("https://www.usine-digitale.fr/article/cloud-public-azure-google-cloud-et-aws-ont-capte-80-de-la-croissan"
            "ce-en-france-en-2021.N2005052",
            "En outre, les trois \"hyperscalers\" ont capté 80% de la croissance du marché l'année dernière, soit "
            "400 millions d'euros de revenus supplémentaires. C'est Microsoft Azure qui a enregistré la "
            "croissance la plus forte (+53%), suivi par Google Cloud (+48%) et AWS (36%)",
            money=[(4e8, "EUR")], percent=[80, 53, 48, 36], actors=["Microsoft Azure", "Google Cloud", "AWS"],
            dates=["2021"], published="2022-05"),
    Passage("https://www.usinenouvelle.com/article/cinq-acteurs-americains-captent-plus-de-41-du-marche-mondial-du-cl"
            "oud-public.N2150877",
            "Après un bond de 29% en 2021, le marché mondial, tous segments confondus, voit sa croissance tomber "
            "à 23% en 2022 pour atteindre 546 milliards de dollars selon le cabinet IDC.",
            money=[(5.46e11, "USD")], percent=[29, 23], actors=["IDC"], dates=["2021", "2022"], published="2023-07"),
    Passage("https://www.usinenouvelle.com/article/qui-sont-ces-six-acteurs-qui-dominent-le-cloud-public-en-2021.N202"
            "1892",
            "Après avoir franchi la barre de 300 milliards de dollars en 2021, le marché mondial des services de "
            "cloud public, tous segments confondus, a bondi de 29 % en 2021, à 408,6 milliards de dollars, selon "
            "le cabinet IDC.",
            money=[(3e11, "USD"), (4.086e11, "USD")], percent=[29], actors=["IDC"], dates=["2021", "2021"],
            published="2022-07"),
    # an analyst firm's note; "jusqu’à l’été 2025" is the season
    Passage("https://sitsi.pacanalyst.com/maieutique-du-cloud-souverain-en-france",
            "Lors de leur journée client commune sous la bannière de SENS, Thales et Google ont annoncé de "
            "concert, le 29 avril 2025, la disponibilité technique échelonnée jusqu’à l’été 2025 de leurs "
            "services cloud souverain",
            actors=["SENS", "Thales", "Google"], dates=["2025-04-29", "2025-summer"]),
    # a copy of an interview given to 01net.com (Philippe Miltin, Outscale)
    Passage("https://product2025.online/actualites/on-na-aucune-dependance-technologique-vis-a-vis-des-etats-unis-le-"
            "secret-doutscale-revele-par-son-pdg.html",
            "Cette stratégie s’est appliquée dès 2010, l’année de sa création, nous explique-t-il. À l’origine, "
            "Outscale voulait « offrir une offre souveraine aux 370 000 clients de Dassault Systèmes dans le "
            "monde » – des clients dans des secteurs aussi divers que la santé, la défense, l’automobile.",
            actors=["Outscale", "Dassault Systèmes"], dates=["2010"]),
    Passage("https://alloforfait.fr/?p=119419",
            "Ce dernier est relativement récent mais déjà plusieurs géants américains se sont imposés, avec "
            "Amazon, Google et Microsoft qui détenaient plus de 70% de celui-ci en 2021 d’après l’Autorité de la "
            "concurrence.",
            percent=[70], actors=["Amazon", "Google", "Microsoft", "Autorité de la concurrence"], dates=["2021"]),
]

# Annotated blind, by reading only, without any extraction run on these passages.
HELD_OUT_37 = [
    # the typo "de d’euros" is the page's
    Passage("https://kulturegeek.fr/news-335811/intelligence-artificielle-francais-mistral-serait-point-lever-pres-mi"
            "lliard-deuros",
            "Depuis sa création, la startup a levé 1,02 milliard de d’euros, atteignant une valorisation globale de "
            "5,55 milliards d’euros.",
            money=[(1.02e9, "EUR"), (5.55e9, "EUR")], dates=[], published="2025-07"),
    # "l’État français" is the state; the Chips Act and France 2030 are a regulation and a plan; the page gives no date
    Passage("https://electroniques.biz/?p=154064",
            "Ce projet représente un coût global estimé à 7,5Md€ et bénéficie d’un soutien de l’État français à "
            "hauteur de 2,9Md€. Il entre également dans les objectifs de l’European Chips Act et fait partie du plan "
            "France 2030.",
            money=[(7.5e9, "EUR"), (2.9e9, "EUR")], dates=[]),
    Passage("https://electroniques.biz/?p=154064",
            "En compagnie de Tom Caulfield, CEO de GF, et de Jean-Marc Chéry, président du directoire et directeur "
            "général de ST, Bruno Le Maire entérine ainsi la création de la nouvelle usine conjointe de puces qui "
            "verra le jour à Crolles et qui produira des puces sur tranches de 300mm.",
            actors=["Tom Caulfield", "GF", "Jean-Marc Chéry", "ST", "Bruno Le Maire"], dates=[]),
    Passage("https://www.channelnews.fr/pasqal-devient-une-licorne-du-quantique-et-prepare-sa-cotation-au-nasdaq-et-a"
            "-paris-155342",
            "L’opération annoncée combine une levée de fonds privée de 170 millions d’euros déjà finalisée et un "
            "financement convertible d’un montant équivalent, soit un total attendu d’au moins 340 millions d’euros.",
            money=[(1.7e8, "EUR"), (3.4e8, "EUR")], dates=[], published="2026-03-05"),
    Passage("https://www.channelnews.fr/pasqal-devient-une-licorne-du-quantique-et-prepare-sa-cotation-au-nasdaq-et-a"
            "-paris-155342",
            "L’opération, qui reste soumise à l’approbation des actionnaires et des autorités réglementaires, "
            "pourrait être finalisée au second semestre 2026 et valoriser la société autour de 2 milliards de "
            "dollars.",
            money=[(2e9, "USD")], dates=["2026-H2"], published="2026-03-05"),
    # the company's release, dated 2022-11-23: the half-year is the fiscal year's, unnamed; the fiscal year 2022-2023
    # counts as its start
    Passage("https://www.itespresso.fr/press-release/rsultats-du-premier-semestre-de-lexercice-2022-2023",
            "Le chiffre d’affaires a atteint 471 M€ au 1er semestre 2022-2023, en hausse de 26% en données publiées "
            "et 18% à périmètre et taux de change constants",
            money=[(4.71e8, "EUR")], percent=[26, 18], dates=["2022"], published="2022-11-23"),
    # the summit is an event, the Grand Palais a place
    Passage("https://www.la-croix.com/societe/sommet-sur-l-ia-un-coup-daccelerateur-pour-rester-dans-la-course-202502"
            "11",
            "Le Sommet pour l’action sur l’intelligence artificielle (IA) s’est achevé mardi 11 février 2025 au "
            "Grand Palais. La France a annoncé 109 milliards d’euros d’investissements, l’Union européenne 200 "
            "milliards",
            money=[(1.09e11, "EUR"), (2e11, "EUR")], actors=["Union européenne"], dates=["2025-02-11"],
            published="2025-02-11"),
    # a range counts as its low value; the Emirates are a country
    Passage("https://fr.headtopics.com/news/la-france-investi-dans-l-ia-un-sommet-strategique-pour-65713050",
            "Les Émirats arabes unis ont annoncé un investissement de 30 à 50 milliards d'euros pour la construction "
            "d'un data center géant en France dans les prochaines années.",
            money=[(3e10, "EUR")], dates=[], published="2025-02"),
    # published 2023-11-20 (the address): the end of September is 2023-09
    Passage("https://journaldugeek.com/2023/11/20/kyutai-xavier-niel-devoile-sa-vision-de-limperialisme-francais-dans"
            "-lia",
            "À la fin du mois de septembre, le groupe Iliad avait annoncé son intention d’investir 200 millions "
            "d’euros dans l’intelligence artificielle afin de placer la France parmi les leaders de cette niche "
            "technologique (voir notre article).",
            money=[(2e8, "EUR")], actors=["Iliad"], dates=["2023-09"], published="2023-11-20"),
    # "Le 17 novembre dernier" is 2023-11-17; the conference is an event
    Passage("https://journaldugeek.com/2023/11/20/kyutai-xavier-niel-devoile-sa-vision-de-limperialisme-francais-dans"
            "-lia",
            "Le 17 novembre dernier, lors de la conférence ai-PULSE de sa filiale Scaleway, le groupe de Xavier Niel "
            "a donné des détails sur cette nouvelle structure, baptisée Kyutai.",
            actors=["Scaleway", "Xavier Niel", "Kyutai"], dates=["2023-11-17"], published="2023-11-20"),
    # "100 autres" is money in the euros of the sentence
    Passage("https://www.itespresso.fr/kyutai-comment-xavier-niel-veut-creer-un-leader-mondial-de-lia-272364.html",
            "Xavier Niel passe à l’offensive et annonce 300 millions € d’investissement stratégique dans "
            "l’intelligence artificielle : 100 millions fournis par son groupe ( Iliad), 100 millions apportés par "
            "le groupe CMA-CGM et 100 autres par le fonds d’investissement The Eric & Wendy Schmidt Fund for "
            "Strategic Innovations.",
            money=[(3e8, "EUR"), (1e8, "EUR"), (1e8, "EUR"), (1e8, "EUR")],
            actors=["Xavier Niel", "Iliad", "CMA-CGM", "The Eric & Wendy Schmidt Fund for Strategic Innovations"],
            dates=[]),
    Passage("https://wordpress.kennycaldieraro.fr/la-startup-h-company-implose-et-perd-trois-de-ses",
            "Seulement quelques mois plus tôt, lors d’un tour de seed, H Company levait 220 millions de dollars. "
            "Parmi les investisseurs, figurent notamment Bpifrance, Eric Schmidt, Xavier Niel, Amazon et Bernard "
            "Arnault.",
            money=[(2.2e8, "USD")],
            actors=["H Company", "Bpifrance", "Eric Schmidt", "Xavier Niel", "Amazon", "Bernard Arnault"], dates=[]),
    # the company's release of 2024-12-10
    Passage("https://www.finanzwire.fr/press-release/credit-cooperatif-epa-lighton-annonce-la-fin-de-la-periode-de-st"
            "abilisation-lexercice-integral-de-loption-de-surallocation-et-la-mise-en-oeuvre-dun-contrat-de-liquidite"
            "-2Xpe3c02rAs",
            "En conséquence, le nombre d’action offertes dans le cadre de l’Introduction en Bourse s’élève à 1 306 "
            "000 actions et le flottant représente désormais environ 21,2% du capital social de LightOn.",
            percent=[21.2], actors=["LightOn"], dates=[], published="2024-12-10"),
    # published 2023-11-07 (the address): "il y a deux ans" is 2021; the fund of the European Innovation Council is
    # read as the Council
    Passage("https://siecledigital.fr/2023/11/07/quandela-obtient-un-finacement-de-50-millions-deuros-pour-son-ordina"
            "teur-quantique-photonique/",
            "Aux côtés des investisseurs historiques, Bpifrance, Omnes Capital et Quantonation, qui avaient déjà "
            "injecté 15 millions d’euros dans l’entreprise il y a deux ans, Serena, Crédit Mutuel Innovation et le "
            "fonds du Conseil européen de l’innovation ont participé à ce tour de table.",
            money=[(1.5e7, "EUR")],
            actors=["Bpifrance", "Omnes Capital", "Quantonation", "Serena", "Crédit Mutuel Innovation",
                    "Conseil européen de l’innovation"],
            dates=["2021"], published="2023-11-07"),
    # the page gives no date: "en janvier", "à l’été" and "le 7 novembre" are left out
    Passage("https://www.usinenouvelle.com/editorial/la-deeptech-quandela-va-installer-son-calculateur-quantique-dans"
            "-les-supercalculateurs-d-exaion-la-filiale-d-edf.N2195208",
            "Après avoir mis en ligne son premier calculateur quantique sur le cloud puis signé sa première commande "
            "auprès d’OVH Cloud en janvier, la deeptech a inauguré son usine à l’été, honoré sa commande dans les "
            "délais et bouclé une levée de fonds de 50 millions d’euros le 7 novembre.",
            money=[(5e7, "EUR")], actors=["OVH Cloud"], dates=[]),
    Passage("https://www.usinenouvelle.com/article/apres-l-expansion-commerciale-la-start-up-quandela-se-lance-dans-l"
            "a-course-a-la-correction-d-erreurs.N2219911",
            "tout en s’associant avec un allié de poids : le Centre de Nanosciences et de Nanotechnologies (C2N), "
            "prestigieux laboratoire du CNRS. Un laboratoire commun doit être inauguré en novembre 2024.",
            actors=["Centre de Nanosciences et de Nanotechnologies", "C2N", "CNRS"], dates=["2024-11"]),
    # the page gives no date: "En novembre dernier" is left out
    Passage("https://bigmedia.bpifrance.fr/portraits/photonique-latout-de-quandela-dans-la-course-a-lordinateur-quant"
            "ique",
            "En novembre dernier, la jeune startup a levé 15 millions d’euros pour mettre à disposition son "
            "ordinateur quantique courant 2022.",
            money=[(1.5e7, "EUR")], dates=["2022"]),
    Passage("https://20252045.xyz/actualite-552041-fleuron-francais-de-l-ordinateur-quantique-alice-bob-decroche-le-j"
            "ackpot-pour-defier-les-geants-americains.html",
            "La start-up Alice & Bob, pionnière des « qubits de chat », vient de boucler un tour de table de 100 "
            "millions d'euros mené par le Fonds Innovation Défense géré par Bpifrance, aux côtés de Future French "
            "Champions et d'AXA Venture Partners.",
            money=[(1e8, "EUR")],
            actors=["Alice & Bob", "Fonds Innovation Défense", "Bpifrance", "Future French Champions",
                    "AXA Venture Partners"],
            dates=[]),
    # "500 millions" and "781 millions" are money in the euros of the passage; the strategy is a plan, "le
    # gouvernement" a role
    Passage("https://alliancy.fr/?p=100981",
            "Après les 1,5 milliard d’euros de la première phase de la stratégie nationale française sur l’IA, le "
            "gouvernement annonce une nouvelle enveloppe de 2 Mds €, dont 500 millions de financement privé. 781 "
            "millions iront à de futurs établissements d’excellence et à la formation à l’IA.",
            money=[(1.5e9, "EUR"), (2e9, "EUR"), (5e8, "EUR"), (7.81e8, "EUR")], dates=[]),
    # the page gives no date: "cette année" is left out
    Passage("https://alliancy.fr/?p=100981",
            "France Digitale recense cette année 502 startups spécialisées dans ces technologies. Le chiffre est en "
            "hausse de 11% sur un an.",
            percent=[11], actors=["France Digitale"], dates=[]),
    # "40 millions" is money in the euros of the sentence
    Passage("https://intelligence-artificielle.com/intelligence-artificielle-en-france",
            "1,22 milliard d’euros sera investi dans les systèmes d’IA embarqués et les plateformes d’IA open "
            "source. D’autre part, le gouvernement encourage les entreprises à adopter les solutions d’IA en offrant "
            "un soutien de 25 millions d’euros à 500 PME et 40 millions aux incubateurs d’entreprises.",
            money=[(1.22e9, "EUR"), (2.5e7, "EUR"), (4e7, "EUR")], dates=[]),
    # Wall Street stands for the market, a place
    Passage("https://www.maddyness.com/2025/06/11/vivatech-le-patron-de-nvidia-devoile-une-offre-cloud-avec-mistral-a"
            "i-et-accelere-en-europe/",
            "Fondateur de cette société valorisée autour des 3 500 milliards de dollars à Wall Street, Jensen Huang "
            "est par conséquent l’un des dirigeants les plus puissants du monde.",
            money=[(3.5e12, "USD")], actors=["Jensen Huang"], dates=[], published="2025-06-11"),
    # « Mistral Compute » and the Blackwell chips are products
    Passage("https://x-pression.media/it/nvidia-jensen-huang-seduit-leurope-a-vivatech-avec-son-plaidoyer-pour-une-ia"
            "-souveraine",
            "La France a été particulièrement mise à l’honneur, avec l’annonce d’un partenariat stratégique entre "
            "Nvidia et la start-up Mistral pour le développement de la plateforme cloud « Mistral Compute », équipée "
            "de 18 000 puces Blackwell – parmi les plus puissantes du marché.",
            actors=["Nvidia", "Mistral"], dates=[]),
    Passage("https://www.usinenouvelle.com/article/grace-a-tesla-apple-et-spacex-stmicroelectronics-vise-plus-de-12-m"
            "illiards-de-dollars-de-revenus-des-2022.N1061204",
            "Dans sa stratégie de croissance, Jean-Marc Chéry, président du directoire et directeur général de "
            "STMicroelectronics, s’est fixé l’ambition de dépasser à moyen terme les 12 milliards de dollars de "
            "chiffre d’affaires. Il se pourrait qu’il atteigne son objectif dès 2022",
            money=[(1.2e10, "USD")], actors=["Jean-Marc Chéry", "STMicroelectronics"], dates=["2022"],
            published="2021-02"),
    Passage("https://www.usinenouvelle.com/article/l-industriel-de-l-annee-jean-marc-chery-une-vision-d-avance-a-la-t"
            "ete-de-stmicroelectronics.N2057037",
            "Sous la direction de Jean-Marc Chéry, le fabricant franco-italien de puces a doublé son chiffre "
            "d’affaires en 2021, à 12,8 milliards de dollars, et ambitionne de dépasser 20 milliards de dollars aux "
            "alentours de 2026.",
            money=[(1.28e10, "USD"), (2e10, "USD")], actors=["Jean-Marc Chéry"], dates=["2021", "2026"]),
    Passage("https://www.zonebourse.com/cours/action/STMICROELECTRONICS-N-V-4710/actualite/STMicroelectronics-N-STMic"
            "rolectronics-plus-optimiste-sur-ses-objectifs-2022-41109846/?utm_medium=RSS&utm_content=20220728",
            "Le résultat net a bondi de 110,4% à 867 millions de dollars et le résultat d’exploitation de 105,4% à 1 "
            "milliard de dollars. Sa marge brute, une mesure de la rentabilité très suivie dans le secteur, est "
            "passée en un an de 40,5% à 47,4%.",
            money=[(8.67e8, "USD"), (1e9, "USD")], percent=[110.4, 105.4, 40.5, 47.4], dates=[], published="2022-07"),
    Passage("https://zonebourse.com/cours/action/STMICROELECTRONICS-N-V-4710/actualite/STMicroelectronics-performance"
            "-trimestrielle-legerement-superieure-aux-objectifs-du-groupe-45195564",
            "Le chiffre d’affaires net est ressorti à 4,43 milliards de dollars, en progression de 2,5% sur un an et "
            "de 2,4% sur le trimestre précédent.",
            money=[(4.43e9, "USD")], percent=[2.5, 2.4], dates=[]),
    # the CAC 40 is an index
    Passage("https://www.optionfinance.fr/info-financiere-en-continu/d/2023-04-27-stmicroelectronics-plus-forte-baiss"
            "e-du-cac-40-a-la-mi-seance-du-jeudi-27-avril-2023.html",
            "L'entreprise mondiale des semi-conducteurs est lanterne rouge du CAC 40 à mi-séance malgré un chiffre "
            "d'affaires net de 4,25 milliards de dollars, en hausse de 19,8 % en variation annuelle, au premier "
            "trimestre 2023.",
            money=[(4.25e9, "USD")], percent=[19.8], dates=["2023-Q1"], published="2023-04-27"),
    # published 2022-07: "Au premier semestre" is 2022-H1
    Passage("https://www.boursier.com/actions/actualites/news/stm-le-resultat-net-grimpe-a-1-61-milliard-de-dollars-a"
            "u-s1-881568.html",
            "Au premier semestre, le chiffre d'affaires net ressort à 7,38 milliards de dollars, la marge brute à "
            "47,1%, la marge d'exploitation à 25,5% et le résultat net à 1,61 milliard de dollars.",
            money=[(7.38e9, "USD"), (1.61e9, "USD")], percent=[47.1, 25.5], dates=["2022-H1"], published="2022-07"),
    # Swiss; published 2024-07-17 (the address): "en juin" is 2024-06
    Passage("https://pme.ch/latest-news/2024/07/17/lautorite-francaise-de-la-concurrence-enquete-sur-nvidia-731085-1",
            "L'Autorité de la concurrence a fait part en juin de ses préoccupations dans le domaine de "
            "l'intelligence artificielle.",
            actors=["Autorité de la concurrence"], dates=["2024-06"], published="2024-07-17"),
    # published 2023-09: "en mai" is 2023-05; "l’année précédente" is a comparison, left out
    Passage("https://kulturegeek.fr/news-296835/locaux-francais-nvidia-ete-perquisitionnes-lautorite-concurrence",
            "Dans son dernier rapport, l’entreprise a annoncé un chiffre d’affaires record de 13,51 milliards de "
            "dollars, soit une augmentation de 101 % par rapport à l’année précédente. La valorisation de "
            "l’entreprise a même dépassé les 1 000 milliards de dollars en mai",
            money=[(1.351e10, "USD"), (1e12, "USD")], percent=[101], dates=["2023-05"], published="2023-09"),
    # Belgian (a Belga dispatch)
    Passage("https://www.lalibre.be/dernieres-depeches/2023/06/22/visite-detat-neerlandaise-les-couples-royaux-decouv"
            "rent-la-technologie-des-puces-au-centre-de-recherche-imec-5SZ7CF5QR5AJVL563AFYNNGNNI/",
            "Lors de cette présentation étaient également présents des CEO et CFO de plusieurs entreprises "
            "technologiques néerlandaises spécialisées dans le domaine des puces électroniques, telles que ASML, "
            "Smart Photonics et NXP Semiconductors.",
            actors=["ASML", "Smart Photonics", "NXP Semiconductors"], dates=[], published="2023-06-22"),
    # Belgian; countries and regions are places
    Passage("https://m.rtl.be/info/1356954",
            "La production mondiale provient d’autres continents : 50% de Taïwan, 20% des Etats-Unis et seulement 8% "
            "en Europe.",
            percent=[50, 20, 8], dates=[], published="2022-02"),
    # Belgian; an interview
    Passage("https://trends.levif.be/entreprises/managers/luc-van-den-hove-quite-limec-les-puces-ne-sont-pas-des-mati"
            "eres-premieres-mais-une-arme-strategique",
            "Luc Van den hove tire sa révérence après dix-sept ans en tant que CEO d’imec. Il est probablement la "
            "personne la plus importante du monde technologique belge.",
            actors=["Luc Van den hove", "imec"], dates=[]),
    # the page gives no publication date: "mardi 8 février" is left out; the Chips Act is a plan
    Passage("https://www.teamfrance-export.fr/infos-sectorielles/15317/15317-la-belgique-au-cur-de-la-strategie-techn"
            "ologique-europeenne",
            "l’Union Européenne a approuvé mardi 8 février le plan « Chips Act » visant à lever jusqu’à 43 Mds EUR "
            "d’ici à 2030 afin de rattraper son retard en la matière par rapport à l’Asie et aux Etats-Unis.",
            money=[(4.3e10, "EUR")], actors=["Union Européenne"], dates=["2030"]),
    # Belgian; published Monday 2020-12-07 (the address): "lundi" is that day; countries are not actors
    Passage("https://plus.lesoir.be/342227/article/2020-12-07/la-belgique-et-12-autres-pays-europeens-sunissent-dans-"
            "les-semi-conducteurs",
            "La Belgique, la France, l'Allemagne et 10 autres pays européens, ont annoncé lundi leur volonté d'unir "
            "leurs forces dans les puces électroniques et les semi-conducteurs, considérés comme un enjeu de "
            "souveraineté face aux Etats-Unis et à l'Asie.",
            dates=["2020-12-07"], published="2020-12-07"),
    # the ministry's page; France 2030 is a plan, "l’État" the state
    Passage("https://entreprises.gouv.fr/priorites-et-actions/autonomie-strategique/soutenir-linnovation-dans-les-sec"
            "teurs-strategiques-de-9",
            "Avec France 2030, l’État consacre 5 milliards d’euros au développement et à l’industrialisation de "
            "technologies électroniques.",
            money=[(5e9, "EUR")], dates=[], published="2024-10-18"),
    # published 2021-10: "mardi 12 octobre" is 2021-10-12; "le président de la République" is a role
    Passage("https://www.usinenouvelle.com/article/production-innovation-les-objectifs-du-plan-france-2030-dans-les-p"
            "uces-electroniques.N1149267",
            "Dans sa présentation de France 2030 mardi 12 octobre, le président de la République Emmanuel Macron a "
            "consacré un volet à la sécurisation d’accès aux composants, jugée comme l’une des cinq conditions du "
            "succès des dix objectifs de ce plan à 30 milliards d’euros.",
            money=[(3e10, "EUR")], actors=["Emmanuel Macron"], dates=["2021-10-12"], published="2021-10"),
    Passage("https://evertiq.fr/news/53504",
            "À l'horizon 2025, une augmentation de près de 50 % de la production électronique est attendue, un jalon "
            "majeur vers l'objectif final de doublement prévu pour 2027.",
            percent=[50], dates=["2025", "2027"]),
    Passage("https://www.boursorama.com/bourse/actualites/soitec-grimpe-en-bourse-apres-l-annonce-du-depart-a-venir-d"
            "e-son-dg-pierre-barnabe-55efcfabe1d89051502dd6576c602b4a",
            "les investisseurs pourraient avoir un avis différent sur la valeur de sa gestion (...), sachant que "
            "l'action Soitec a perdu 80% de sa valeur depuis sa nomination\", a commenté Aleksander Peterc, analyste "
            "chez Bernstein.",
            percent=[80], actors=["Soitec", "Aleksander Peterc", "Bernstein"], dates=[], published="2025-10-01"),
    # the speaker label names the publisher
    Passage("https://www.tradingsat.com/soitec-FR0013227113/actualites/soitec-depuis-sa-nomination-le-cours-a-ete-div"
            "ise-par-4-l-action-soitec-grimpe-apres-l-annonce-du-depart-de-son-directeur-general-1147499.html",
            "(BFM Bourse) - Le dirigeant a annoncé son départ de la société iséroise spécialisée dans les matériaux "
            "de semi-conducteurs d'ici mai 2026, évoquant des \"raisons personnelles\".",
            actors=["BFM Bourse"], dates=["2026-05"]),
    # the fiscal year is annotated as written, its quarter unnamed
    Passage("https://www.channelnews.fr/depart-du-patron-de-soitec-151437",
            "Le chiffre d’affaires du premier trimestre de son exercice fiscal 2026 (clos le 29 juin 2025) affichait "
            "les 92 millions d’euros, soit une chute de 24% en glissement annuel.",
            money=[(9.2e7, "EUR")], percent=[24], dates=["2026", "2025-06-29"], published="2025-10-06"),
    # the division is a unit of Atos, not named as an organisation of its own
    Passage("https://uat.agefi.fr/news/entreprises/la-gouvernance-de-soitec-fait-fuir-les-investisseurs",
            "Pierre Barnabé, actuellement en charge de la division Big Data et Cybersécurité chez Atos, prendra "
            "ainsi la succession de Paul Boudre, qui dirige Soitec depuis 2015.",
            actors=["Pierre Barnabé", "Atos", "Paul Boudre", "Soitec"], dates=["2015"]),
    # "le Groupe" and "le Conseil d'administration" are common nouns; the general meeting is an event
    Passage("https://www.boursier.com/actions/actualites/news/soitec-recherche-871656.html",
            "Pierre Barnabé rejoindra le Groupe le 1er mai 2022 comme chargé de mission par le Conseil "
            "d'administration et travaillera en étroite collaboration avec Paul Boudre jusqu'à l'Assemblée générale "
            "ordinaire prévue en juillet 2022",
            actors=["Pierre Barnabé", "Paul Boudre"], dates=["2022-05-01", "2022-07"], published="2022-03"),
    # a copy of a Libération article of 2024-10-28 (the page's own line)
    Passage("https://lealamouroux.fr/?p=174",
            "A 32 ans, le patron de Mistral AI, licorne portée par toute la macronie et valorisée aujourd’hui à 6 "
            "milliards d’euros, entend rivaliser avec Meta, Google, OpenAI…",
            money=[(6e9, "EUR")], actors=["Mistral AI", "Meta", "Google", "OpenAI"], dates=[],
            published="2024-10-28"),
]

# Annotated blind, by reading only, before any extraction ran on them; never tuned against. Every passage is
# quoted from the article at its address; `published` is the date that page gives (None: none found).
HELD_OUT_38 = [
    # published 2021-03: "ce lundi 8 mars" is 2021-03-08
    Passage("https://www.francebleu.fr/infos/societe/bearn-l-hopital-d-oloron-sainte-marie-victime-d-une-cyberattaque-"
            "1615302439",
            "L'hôpital d'Oloron Sainte-Marie (Pyrénées-Atlantiques) a été victime d'une cyberattaque ce lundi 8 mars en "
            "début d'après-midi. Aucune application ne fonctionne et un message demandant une rançon de 50.000 dollars à "
            "virer sur un compte bitcoin paralyse tout le système informatique.",
            money=[(5e4, "USD")], actors=["hôpital d'Oloron Sainte-Marie"], dates=["2021-03-08"], published="2021-03"),
    # published 2021-03 at month precision: "il y a un mois" is left out; Sud-Ouest is the newspaper
    Passage("https://www.lci.fr/justice-faits-divers/l-hopital-d-oloron-sainte-marie-cible-a-son-tour-par-une-"
            "cyberattaque-2180352.html",
            "\"Nous avons réagi le plus rapidement possible. Ce virus [...] est le même qui a touché l'hôpital de Dax il "
            "y a un mois\", a-t-il précisé dans le quotidien régional Sud-Ouest.",
            actors=["hôpital de Dax", "Sud-Ouest"], dates=[], published="2021-03"),
    Passage("https://electroniques.biz/?p=148847",
            "L’Arcep publie les résultats de son suivi du marché des services fixes à haut et très haut débit à fin "
            "septembre 2022 et notamment le suivi des déploiements de la fibre optique.",
            actors=["Arcep"], dates=["2022-09"]),
    Passage("https://www.latribune.fr/technos-medias/telecoms/telecoms-le-deploiement-de-la-fibre-se-poursuit-a-toute-"
            "vitesse-en-france-905890.html",
            "Résultat : au 31 décembre 2021, 29,7 millions de locaux étaient éligibles à des offres de fibre, soit 23% "
            "que l'année précédente. Désormais, 70% des Français sont éligibles à cette technologie.",
            percent=[23, 70], dates=["2021-12-31"], published="2022-03"),
    # published 2021-12: "vendredi 3 décembre" is 2021-12-03 (a Friday); "la Ville" repeats the same body
    Passage("https://www.tonicradio.fr/montceau-les-mines-la-ville-victime-dune-cyberattaque/",
            "Les services informatiques de la mairie de Montceau-les-Mines ont été victimes d’une cyberattaque, vendredi "
            "3 décembre, a indiqué la Ville via son compte Facebook.",
            actors=["mairie de Montceau-les-Mines", "Facebook"], dates=["2021-12-03"], published="2021-12"),
    # published 2026-01-13: "Mardi 13 janvier" is that day; "la maire" is a role
    Passage("https://www.tendanceouest.com/actualite-435455-manche-cyberattaque-la-mairie-de-la-hague-victime-d-une-"
            "intrusion-informatique",
            "La commune de La Hague est victime d'une cyberattaque. Mardi 13 janvier, la maire signale avoir remarqué "
            "une intrusion dans son système d'informations.",
            actors=["commune de La Hague"], dates=["2026-01-13"], published="2026-01-13"),
    # 20 minutes is the newspaper; "première adjointe au maire" is a role
    Passage("https://www.nextinpact.com/lebrief/71133/lille-victime-depuis-dune-cyberattaque-depuis-mardi-soir",
            "À 20 minutes, Audrey Linkenheld, première adjointe au maire, a déclaré : « Nous avons reçu une alerte de "
            "l’ANSSI qui, elle-même, relayait une information qu’elle avait reçue », puis, « tous les systèmes ont été "
            "coupés » après vérification de la menace, qui était avérée.",
            actors=["20 minutes", "Audrey Linkenheld", "ANSSI"], dates=[], published="2023-03"),
    # PS is the party
    Passage("https://1001infos.net/france/herault-victime-dune-cyberattaque-une-mairie-refuse-de-payer-une-rancon-aux-"
            "hackeurs/",
            "« Aucune possibilité pour nous de communiquer, de sortir ou pour les usagers de se connecter sur le site de "
            "la ville », explique à la chaîne le maire, Michel Arrouy (PS), qui se dit « coupé du monde ».",
            actors=["Michel Arrouy", "PS"], dates=[]),
    # the regulator's own release of 2023-06-26 (the address): "le 4 juillet prochain" is 2023-07-04
    Passage("https://www.arcep.fr/actualites/actualites-et-communiques/detail/n/rapport-annuel-260623.html",
            "Le troisième et dernier tome du rapport annuel de l’Arcep, « L’état d’internet en France », sera publié le "
            "4 juillet prochain et présenté lors d’une conférence de presse.",
            actors=["Arcep"], dates=["2023-07-04"], published="2023-06-26"),
    # "le Gouvernement" is a role
    Passage("https://www.arcep.fr/actualites/actualites-et-communiques/detail/n/rapport-annuel-260623.html",
            "Missionnées par le Gouvernement, l’Arcep et l’ADEME ont ainsi publié en 2022 les deux premiers volets de "
            "leur étude portant sur la méthodologie et l’analyse de l’empreinte environnementale du numérique en France "
            "pour l’année 2020.",
            actors=["Arcep", "ADEME"], dates=["2022", "2020"], published="2023-06-26"),
    # published Monday 2023-10-16 (the address): "dimanche" is 2023-10-15 and "jeudi" 2023-10-12
    Passage("https://www.dhnet.be/actu/belgique/2023/10/16/on-en-sait-plus-sur-la-cyberattaque-qui-a-vise-des-sites-"
            "des-services-publics-dimanche-D3K63Y3VPRCO7LGH5FZTQPTMHE/",
            "Le directeur général du CCB Miguel De Bruycker ajoute que la méthode utilisée pour les attaques menées "
            "dimanche était “différente” de celle des attaques menées jeudi contre ces sites institutionnels.",
            actors=["CCB", "Miguel De Bruycker"], dates=["2023-10-15", "2023-10-12"], published="2023-10-16"),
    # Belgian; published 2020-10: "cette année" is 2020, "vendredi" is left out
    Passage("https://www.lalibre.be/belgique/societe/les-autorites-n-ont-jamais-recu-autant-de-signalements-de-"
            "cyberattaques-le-nombre-reel-est-encore-bien-plus-eleve-5f9baffd9978e20e7059c97e",
            "Le Centre pour la Cybersécurité Belgique (CCB) a déjà reçu cette année 5.387 signalements de cyberattaques "
            "ou d'autres incidents en ligne, relate De Tijd vendredi. C'est plus que sur toute l'année 2019, au cours "
            "de laquelle 4.484 notifications avaient été reçues.",
            actors=["Centre pour la Cybersécurité Belgique", "CCB", "De Tijd"], dates=["2020", "2019"],
            published="2020-10"),
    # Belgian; the parties are organisations; "Le Premier ministre" is a role; "mardi" is left out (month only)
    Passage("https://www.dhnet.be/dernieres-depeches/belga/un-conseil-national-de-securite-consacre-la-cybersecurite-"
            "aura-lieu-le-20-mai-6093ee8b9978e216986e6055",
            "Le Premier ministre était interrogé par les députés Sophie Rohonyi (DéFI), Bert Moyaers (Vooruit), Franky "
            "Demon (CDV) et Michel De Maegd (MR) à la suite de la cyberattaque qui a affecté mardi après-midi le réseau "
            "Belnet, qui héberge notamment l'environnement informatique de la Chambre.",
            actors=["Sophie Rohonyi", "DéFI", "Bert Moyaers", "Vooruit", "Franky Demon", "CDV", "Michel De Maegd", "MR",
                    "Belnet", "Chambre"], dates=[], published="2021-05"),
    # Swiss; published 2025-02: "Ce mercredi 26 février" is 2025-02-26; "un tiers" is no percentage
    Passage("https://www.blick.ch/fr/suisse/donnees-de-ruag-sur-le-darknet-cette-cyberattaque-russe-est-une-galere-de-"
            "plus-pour-larmee-suisse-id20627753.html",
            "La faîtière de l'industrie suisse des machines évoquait que 10% de ses données avaient été volées. Ce "
            "mercredi 26 février, «Le Temps» estime selon ses informations qu'un tiers de ce total est publié sur le "
            "darknet, qui comprend des données sensibles.",
            percent=[10], actors=["Le Temps"], dates=["2025-02-26"], published="2025-02"),
    # Swiss; "la Confédération" is the state; Play is the criminal group
    Passage("https://www.watson.ch/fr/suisse/confederation/162863041-cyberattaque-la-confederation-n-etait-pas-la-"
            "cible-principale",
            "Le vol de données fédérales ne fait pas partie d'une attaque ciblée contre la Confédération, selon le Centre "
            "national de cybersécurité (NCSC). Le groupe «Play», a l'origine du vol, attaque une entreprise à la fois, "
            "déclare le directeur du NCSC, Florian Schütz:",
            actors=["Centre national de cybersécurité", "NCSC", "Play", "Florian Schütz"], dates=[],
            published="2023-07-05"),
    # Swiss; the range "entre début 2020 et début 2021" counts as its start; "La semaine passée" and "l’année
    # précédente" are left out
    Passage("https://www.watson.ch/fr/suisse/cybercrime/952540808-votre-declaration-d-impot-pourrait-se-retrouver-sur-"
            "le-darknet",
            "La semaine passée, le NCSC indiquait, dans son rapport semestriel, avoir reçu 10 234 annonces de "
            "cyberincidents, le double par rapport à l’année précédente. Les attaques par rançongiciel ont triplé, "
            "passant de 32 à 94 cas entre début 2020 et début 2021.",
            actors=["NCSC"], dates=["2020"], published="2021-11"),
    Passage("https://www.leclubdesjuristes.com/en-bref/google-condamne-par-lautorite-de-la-concurrence-francaise-a-une-"
            "amende-de-250-millions-deuros-5448/",
            "L’Autorité de la concurrence française a infligé à Google une amende de 250 millions d’euros pour non-"
            "respect de ses engagements pris en juin 2022 concernant les droits voisins.",
            money=[(2.5e8, "EUR")], actors=["Autorité de la concurrence", "Google"], dates=["2022-06"]),
    Passage("https://kulturegeek.fr/news-307413/droits-voisins-google-ecope-dune-amende-250-millions-deuros-lautorite-"
            "concurrence",
            "L’Autorité de la concurrence française annonce avoir infligé une sanction de 250 millions d’euros à "
            "Alphabet, maison mère de Google, Google Irlande et Google France, pour ne pas avoir respecté certains "
            "engagements rendus obligatoires par une décision de juin 2022 dans le dossier dit des droits voisins.",
            money=[(2.5e8, "EUR")],
            actors=["Autorité de la concurrence", "Alphabet", "Google", "Google Irlande", "Google France"],
            dates=["2022-06"], published="2024-03"),
    # published 2025-12-06 (the address): "le 5 décembre" is 2025-12-05; X is named again by its former name
    Passage("https://news.drynot.com/view/2025-12-06_socialmedia_news.html",
            "La Commission européenne a infligé le 5 décembre une amende record de 120 millions d'euros à X "
            "(ex-Twitter), première sanction sous le Digital Services Act (DSA).",
            money=[(1.2e8, "EUR")], actors=["Commission européenne", "X", "Twitter"], dates=["2025-12-05"],
            published="2025-12-06"),
    # the DSA is a law, not an actor
    Passage("https://www.comparatel.fr/actualites-et-conseils/bruxelles-lance-le-dsa-avec-une-amende-de-120-millions-a-x-"
            "pour-le-cheque-bleu-trompeur-et-lopacite-de-sa-publicite",
            "Le chiffre (120 millions d’euros) est loin d’être symbolique, mais est loin du maximum autorisé par le "
            "DSAqui peut atteindre jusqu’à 6 % du chiffre d’affaires global annuel d’une plateforme dans les cas les "
            "plus graves.",
            money=[(1.2e8, "EUR")], percent=[6], dates=[]),
    # the ranges count as their start
    Passage("https://banquedesterritoires.fr/rancongiciel-les-collectivites-tres-ciblees-par-des-attaques-en-"
            "augmentation-entre-2019-et-2020",
            "La valeur médiane de leurs montants enregistrés auprès des services de police et de gendarmerie (dans 16% "
            "des procédures, ces montants sont révélés par les victimes) a progressé d'environ 50% par an entre 2016 et "
            "2020, à 6.375 euros pour 2020.",
            money=[(6375, "EUR")], percent=[16, 50], dates=["2016", "2020"]),
    Passage("https://cfie.net/2023/05/31/etudes-libertes-individuelles-union-europeenne-tic",
            "Le 22 mai 2023, la Data Protection Commission (DPC), l’équivalent de la CNIL en Irlande, a infligé une "
            "sanction record à Meta (la maison mère de Facebook, Instagram et WhatsApp). Celle-ci devra payer une "
            "amende de 1,2 milliard d’euros pour avoir transféré des données personnelles aux États-Unis.",
            money=[(1.2e9, "EUR")],
            actors=["Data Protection Commission", "DPC", "CNIL", "Meta", "Facebook", "Instagram", "WhatsApp"],
            dates=["2023-05-22"], published="2023-05-31"),
    Passage("https://strategies.fr/actualites/culture-tech/LQ1275521C/rgpd-meta-ecope-dune-lourde-amende-de-265-"
            "millions-deuros.html",
            "Le régulateur irlandais (DPC) pour le compte de l’Union européenne inflige au géant américain des réseaux "
            "sociaux Meta une lourde amende de 265 millions d’euros pour ne pas avoir protégé suffisamment les données "
            "de ses utilisateurs.",
            money=[(2.65e8, "EUR")], actors=["DPC", "Union européenne", "Meta"], dates=[]),
    Passage("https://lemondeinformatique.fr/actualites/lire-meta-condamne-a-251-meteuro-d-amende-par-la-cnil-"
            "irlandaise-95567.html",
            "Tout d'abord 130 M€ pour ne pas avoir contrôlé la privacy by design des systèmes de traitement et 110 M€ "
            "en manquant à ses obligations en tant que responsables du traitement de veiller à ce que, par défaut, "
            "seules les données à caractère personnel nécessaires à des fins spécifiques soient traitées.",
            money=[(1.3e8, "EUR"), (1.1e8, "EUR")], dates=[]),
    # Swiss: "francs" are Swiss francs; no date on the page, so "Lundi" is left out
    Passage("https://www.letemps.ch/economie/meta-ecope-dune-amende-record-12-milliard-deuros-cinq-ans-pile-apres-debuts-"
            "rgpd",
            "Lundi, l’Irish Data Protection Commission, principal régulateur du continent, a infligé une amende de 1,2 "
            "milliard d’euros (1,16 milliard de francs) à Meta, maison mère de Facebook, Instagram et WhatsApp.",
            money=[(1.2e9, "EUR"), (1.16e9, "CHF")],
            actors=["Irish Data Protection Commission", "Meta", "Facebook", "Instagram", "WhatsApp"], dates=[]),
    # published 2021-04 at month precision: "Jeudi" is left out; "le procureur" is a role
    Passage("https://www.europe1.fr/societe/un-hopital-de-haute-garonne-victime-dune-cyberattaque-4037502",
            "Jeudi, vers 4 heures du matin, l'attaque informatique a infecté les serveurs du centre hospitalier, \"avec "
            "un message demandant de payer une rançon en bitcoin\", précise le procureur de Saint-Gaudens Christophe "
            "Amunzateguy.",
            actors=["Christophe Amunzateguy"], dates=[], published="2021-04"),
    Passage("https://www.francetvinfo.fr/internet/securite-sur-internet/cyberattaques/cyberattaque-a-l-hopital-de-"
            "cannes-cartes-d-identite-bilans-medicaux-bulletins-de-salaire-61-gigaoctets-de-donnees-publiees-sur-"
            "internet_6520946.html",
            "Le centre hospitalier Cannes Simone-Veil confirme que 61 gigaoctets de données ont été publiées par le "
            "groupe de hackers Lockbit, à l'origine du vol de données.",
            actors=["centre hospitalier Cannes Simone-Veil", "Lockbit"], dates=[], published="2024-05"),
    # "la gendarmerie" is read as a common noun
    Passage("https://www.clubic.com/actualite-519871-les-pirates-a-l-origine-de-la-cyberattaque-contre-l-hopital-d-"
            "armentieres-font-fuiter-de-potentielles-donnees-de-sante.html",
            "Pour le moment, la Commission Nationale de l'Informatique et des Libertés (CNIL) et la gendarmerie sont "
            "mobilisées afin d'analyser ces liens informatiques et de voir s'il s'agit de données de patients ou bien "
            "de personnels de l'hôpital.",
            actors=["Commission Nationale de l'Informatique et des Libertés", "CNIL"], dates=[], published="2024-02"),
    # an interview; the pairs are mergers of companies, each named
    Passage("https://optiondroitetaffaires.optionfinance.fr/dossiers/benoit-coeure-president-de-lautorite-de-la-"
            "concurrence.html",
            "TF1-M6, But-Conforama, ZEturf-Française des jeux (FDJ)… les projets de rapprochements se suivent à cadence "
            "élevée mais leurs issues ne se ressemblent pas avec en première ligne l’Autorité de la concurrence, "
            "présidée depuis janvier 2022 par l’économiste Benoît Coeuré, 54 ans",
            actors=["TF1", "M6", "But", "Conforama", "ZEturf", "Française des jeux", "FDJ", "Autorité de la concurrence",
                    "Benoît Coeuré"], dates=["2022-01"]),
    Passage("https://optiondroitetaffaires.optionfinance.fr/dossiers/benoit-coeure-president-de-lautorite-de-la-"
            "concurrence.html",
            "J’ai été frappé par le fort niveau d’activité. Pour 2022, cela représente 257 fusions et acquisitions "
            "examinées, 468 millions d’euros de sanctions établies en matière de contentieux et neuf avis rendus.",
            money=[(4.68e8, "EUR")], dates=["2022"]),
    Passage("https://cfecgc-orange.org/2022011311345/actu-numerique/le-numerique-parmi-les-priorites-du-nouveau-"
            "president-de-l-autorite-de-la-concurrence.html",
            "Il regrette que la cellule de l'Autorité de la concurrence spécialisée dans l'économie numérique compte "
            "seulement cinq personnes, alors que son équivalent britannique emploie environ 200 personnes.",
            actors=["Autorité de la concurrence"], dates=[], published="2022-01-13"),
    # published 2023-11-22 (the address): "le 31 août" is 2023-08-31
    Passage("https://www.20minutes.fr/societe/4063435-20231122-bretagne-apres-multiplication-attaques-region-creee-"
            "propre-centre-cybersecurite",
            "Victime d’une cyberattaque le 31 août, la commune de 13.000 habitants située au nord de Rennes a vu 22.000 "
            "de ses fichiers « partir dans la nature », comme l’a expliqué Laurence Besserve.",
            actors=["Laurence Besserve"], dates=["2023-08-31"], published="2023-11-22"),
    Passage("https://jnews.fr/un-hackeur-fait-ses-achats-avec-largent-dune-ville-du-morbihan/?noamp=mobile",
            "Une commune du Morbihan a été victime d’une prise en main à distance après un hameçonnage. L’attaquant a "
            "ensuite tenté de commander plus de 100 000 euros de matériel informatique et téléphonique.",
            money=[(1e5, "EUR")], dates=[]),
    # Swiss; published 2021-08: "le 30 mai dernier" is 2021-05-30, "vendredi" is left out
    Passage("https://www.20min.ch/fr/story/victime-dune-cyberattaque-rolle-ne-cede-pas-au-chantage-459264674237",
            "Une cyberattaque a eu lieu le 30 mai dernier à l’administration communale de Rolle (VD). Des données ont "
            "été volées par un grand groupe de pirates répondant au nom de Vice Society, et ensuite publiées sur le "
            "darknet, révèle vendredi watson.ch .",
            actors=["administration communale de Rolle", "Vice Society", "watson.ch"], dates=["2021-05-30"],
            published="2021-08"),
    # Swiss; "préposé cantonal" is a role
    Passage("https://blick.ch/fr/suisse/cyberattaque-de-rolle-quand-une-cyberattaque-visera-un-barrage-on-rira-moins-"
            "id17222044.html",
            "Au risque d’en rajouter une couche, Blick a demandé son avis à Sébastien Fanti, avocat et préposé cantonal "
            "valaisan à la protection des données.",
            actors=["Blick", "Sébastien Fanti"], dates=[]),
    # Swiss; no date on the page: "le vendredi 25 février" has no year and is left out
    Passage("https://www.24heures.ch/un-reseau-daccueil-de-jour-a-ete-victime-dune-cyberattaque-256447010017",
            "L’Association pour l’entraide familiale et l’accueil de jour des enfants du Gros-de-Vaud et environs "
            "(EFAJE) a été victime d’une cyberattaque le vendredi 25 février.",
            actors=["Association pour l’entraide familiale et l’accueil de jour des enfants du Gros-de-Vaud et environs",
                    "EFAJE"], dates=[]),
    Passage("https://www.lebigdata.fr/sanctions-ai-act-que-risquent-les-entreprises-non-conformes",
            "Le 13 mars 2024, l’Union européenne a adopté l’AI Act. Ce règlement est un cadre juridique unique au monde. "
            "Son objectif est de garantir une IA sûre. Les sanctions financières prévues sont colossales.",
            actors=["Union européenne"], dates=["2024-03-13"], published="2025-08"),
    Passage("https://promptguard.fr/blog/article/ia-act-ue-couts-conformite-impact-revenus-2025",
            "Pour mettre cela en perspective, la pénalité maximale du RGPD est de 20 millions d'euros ou 4% du revenu "
            "global. Depuis le début de l'application du RGPD, il a accumulé environ 5,88 milliards d'euros d'amendes "
            "en janvier 2025.",
            money=[(2e7, "EUR"), (5.88e9, "EUR")], percent=[4], dates=["2025-01"]),
    # the federal privacy commissioner's own briefing of 2024-09-17 (the address): "$" is Canadian; "l’année
    # précédente" is left out
    Passage("https://priv.gc.ca/fr/protection-de-la-vie-privee-et-transparence-au-commissariat/divulgation-proactive/"
            "cpvp-parl-bp/nffn_20240917/fe_20240917",
            "Cela représente une augmentation de 4,5 millions de dollars par rapport à l’année précédente, qui est "
            "attribuable au financement supplémentaire découlant du renouvellement des conventions collectives (2,1 "
            "millions de dollars) et au financement temporaire reçu dans le cadre du budget de 2023 (2,4 millions de "
            "dollars).",
            money=[(4.5e6, "CAD"), (2.1e6, "CAD"), (2.4e6, "CAD")], dates=["2023"], published="2024-09-17"),
    # Québec; "le conseiller en sécurité financière" is a role
    Passage("https://portail-assurance.ca/article/la-commission-dacces-a-linformation-rejette-la-requete-du-demandeur",
            "La Commission d’accès à l’information (CAI) donne raison à la Chambre de la sécurité financière et rejette "
            "la demande de révision du conseiller en sécurité financière José Ariel de Trinidad.",
            actors=["Commission d’accès à l’information", "CAI", "Chambre de la sécurité financière",
                    "José Ariel de Trinidad"], dates=[]),
    # Québec: "$" is Canadian
    Passage("https://portail-assurance.ca/article/la-commission-dacces-a-linformation-rejette-la-requete-du-demandeur",
            "En mai 2021, l’intimé avait été déclaré coupable du seul chef de la plainte. Il a été condamné à une amende "
            "de 4 000 $ en décembre 2021.",
            money=[(4000, "CAD")], dates=["2021-05", "2021-12"]),
    # published 2025-08: "en novembre dernier" is 2024-11; "le conseil départemental" is read as a common noun
    Passage("https://www.webtimemedias.com/article/cagnes-sur-mer-ville-pilote-dans-la-lutte-contre-les-cyberattaques",
            "Les Alpes-Maritimes se souviennent de la cyberattaque dont a été victime en novembre dernier l'ensemble des "
            "réseaux informatiques du conseil départemental.",
            dates=["2024-11"], published="2025-08"),
    # Swiss; "Administration fédérale" and "Conseil fédéral" are bodies
    Passage("https://www.20min.ch/fr/story/les-adresses-des-conseillers-federaux-publies-sur-le-dark-web-750218704171",
            "Pour l'Administration fédérale, il s’agit probablement de la pire attaque de hackers jamais perpétrée, "
            "écrit la «NZZ am Sonntag». Le Conseil fédéral parle de «plusieurs millions de données dérobées».",
            actors=["Administration fédérale", "NZZ am Sonntag", "Conseil fédéral"], dates=[], published="2023-07"),
    # Swiss; published 2021-11-23 (the address): "cet été" is 2021-summer; the communes are named as places
    Passage("https://www.rjb.ch/rjb/Actualite/Region/20211123-Les-communes-se-premunissent-des-hackers.html",
            "Les communes vaudoises de Rolle et de Montreux ont été prises pour cible cet été, des assauts qui n’ont "
            "pas été pris à la légère ici dans la région",
            dates=["2021-summer"], published="2021-11-23"),
    Passage("https://www.astucesmobiles.com/meta-ecope-dune-amende-de-265-millions-deuros-en-irlande-pour-une-fuite-de-"
            "donnees-facebook-en-2021/",
            "La Commission irlandaise de protection des données (DPC) a annoncé aujourd’hui qu’elle avait infligé une "
            "amende de 265 millions d’euros à la filiale irlandaise de Meta.",
            money=[(2.65e8, "EUR")], actors=["Commission irlandaise de protection des données", "DPC", "Meta"],
            dates=[]),
]

HELD_OUT_39 = [
    # published 2024-01: the December just past is 2023-12
    Passage("https://www.journaldunet.com/start-up/1527317-les-start-up-francaises-ont-leve-7-7-milliards-d-euros-en-"
            "2023/",
            "A l'issue d'un mois de décembre plutôt prolifique (827 millions d'euros levés en 49 opérations), "
            "le montant total des fonds levés par les start-up françaises en 2023 s'élève d'après nos calculs "
            "à 7,676 milliards d'euros.",
            money=[(8.27e8, "EUR"), (7.676e9, "EUR")], dates=["2023-12", "2023"], published="2024-01"),
    # an interview (Lucie Texier, French Tech Saint-Étienne Lyon); "Mob- Energy" is kept as the page writes it
    Passage("https://www.brefeco.com/actualite/associations-clubs-et-reseaux/lucie-texier-french-tech-saint-etienne-l"
            "yon-attend-des-start",
            "la greentech, avec les levées de fonds de MyLight System (100 millions d’euros), Mecaware (40 "
            "M€), E-Totem (15 M€), Mob- Energy (10 M€) ; et la fintech, avec Indy (40 M€) et Dougs qui a levé "
            "25 M€ pour son premier tour de table.",
            money=[(1e8, "EUR"), (4e7, "EUR"), (1.5e7, "EUR"), (1e7, "EUR"), (4e7, "EUR"), (2.5e7, "EUR")],
            actors=["MyLight System", "Mecaware", "E-Totem", "Mob- Energy", "Indy", "Dougs"], dates=[]),
    # "MdsE" is milliards d'euros
    Passage("https://www.boursier.com/actualites/economie/levees-de-fonds-la-french-tech-face-au-defi-de-la-crise-du-"
            "financement-49980.html",
            "Au cours du 3ème trimestre (T3) 2023, les levées de fonds en France s'élèvent à 2,3 MdsE, en "
            "recul de seulement 10% par rapport au T3 2022.",
            money=[(2.3e9, "EUR")], percent=[10], dates=["2023-Q3", "2022-Q3"], published="2023-10"),
    # no date on the page: "le 18 janvier" has no year and is left out
    Passage("https://mag.newclickontheblock.com/?p=19196",
            "Selon l’étude “Tech Insights” du cabinet de conseil KPMG, publiée le 18 janvier, les stratup "
            "françaises ont levé 8,3 milliards d’euros en 2023. Cela représente une baisse de 33%, tandis que "
            "leurs homologues britanniques ont connu une baisse de 57% par rapport à 2022.",
            money=[(8.3e9, "EUR")], percent=[33, 57], actors=["KPMG"], dates=["2023", "2022"]),
    # MRS6 is a data centre (a site), not an actor
    Passage("https://gomet.net/10-ans-de-digital-realty-a-marseille",
            "L’investissement total du groupe dans la ville atteint déjà avec le nouvel équipement quelque 750 "
            "millions d’euros. Et il ne compte pas s’arrêter là avec en perspectives MRS6 localisé à "
            "Bouc-Bel-Air qui nécessitera de doubler encore la mise soit un montant de quelque 700 millions "
            "d’euros supplémentaires",
            money=[(7.5e8, "EUR"), (7e8, "EUR")], dates=[]),
    Passage("https://gomet.net/silo-a-sucre-du-gpmm-digital-realty-data-center/",
            "Selon nos dernières informations Digital Realty prévoit d’investir 260 millions d’euros dans son "
            "5e data center marseillais. La phase de démolition et de dépollution est prévue à partir de "
            "janvier 2024",
            money=[(2.6e8, "EUR")], actors=["Digital Realty"], dates=["2024-01"], published="2023-12"),
    Passage("https://madeinmarseille.net/128919-digital-realty-interxion-vise-lancien-silo-a-sucre-du-port-pour-creer"
            "-son-5e-data-center",
            "Mais pas de quoi satisfaire les appétits de Digital Realty, qui évolue dans un secteur en plein "
            "développement. « On est sur des tendances à 140 % de croissance par an », explique Fabrice Coquio.",
            percent=[140], actors=["Digital Realty", "Fabrice Coquio"], dates=[]),
    # "il y a un an" is an approximate count back and is left out
    Passage("https://www.latribune.fr/technos-medias/telecoms/bouygues-telecom-titille-les-2-5-millions-de-clients-a-"
            "la-fibre-917596.html",
            "Celui-ci ressort à 1,8 milliard d'euros, en hausse de 3% par rapport au premier trimestre 2021. "
            "Son résultat opérationnel, lui, s'élève à 92 millions d'euros. C'est-à-dire 30 millions d'euros "
            "de moins qu'il y a un an.",
            money=[(1.8e9, "EUR"), (9.2e7, "EUR"), (3e7, "EUR")], percent=[3], dates=["2021-Q1"],
            published="2022-05"),
    # published gives only the month, so "jeudi" is left out; the nine months of the financial year have no notation
    Passage("https://www.frenchweb.fr/malgre-la-crise-bouygues-telecom-affiche-un-chiffre-daffaires-en-hausse-de-6/41"
            "0045",
            "L’opérateur Bouygues Telecom, filiale du groupe Bouygues, a annoncé jeudi avoir réalisé un "
            "chiffre d’affaires de 4,68 milliards d’euros sur les neuf premiers mois de l’exercice, en "
            "progression de 6% par rapport à la même période un an plus tôt",
            money=[(4.68e9, "EUR")], percent=[6], actors=["Bouygues Telecom", "Bouygues"], dates=[],
            published="2020-11"),
    # an official release of the Québec government; "le gouvernement du Québec" is the state and is left out
    Passage("https://www.newswire.ca/fr/news-releases/investissement-de-pres-de-870-m-en-chaudiere-appalaches-quebec-"
            "accorde-90-m-pour-soutenir-l-implantation-d-un-centre-de-traitement-de-donnees-a-levis-836478551.html",
            "LÉVIS, QC, le 13 juill. 2021 /CNW Telbec/ - Le gouvernement du Québec confirme l'attribution d'un "
            "prêt de 60 millions de dollars à Fonds QScale S.E.C. (QScale) de même qu'un investissement de 30 "
            "millions de dollars en parts de société en commandite dans l'entreprise.",
            money=[(6e7, "CAD"), (3e7, "CAD")], actors=["CNW Telbec", "Fonds QScale S.E.C.", "QScale"],
            dates=["2021-07-13"], published="2021-07-13"),
    # no date on the page: "au premier trimestre" has no year and is left out
    Passage("https://www.channelnews.fr/free-affiche-un-bon-premier-trimestre-96762",
            "Le groupe de Xavier Niel a engrangé au premier trimestre un chiffre d’affaires de 1,38 milliard "
            "d’euros, en croissance de 6,9%, dont 1,23 milliard enregistré dans l’Hexagone (+1,7%). La "
            "croissance de l’Italie atteint 85,7%, malgré les mesures de confinement.",
            money=[(1.38e9, "EUR"), (1.23e9, "EUR")], percent=[6.9, 1.7, 85.7], actors=["Xavier Niel"], dates=[]),
    Passage("https://www.presse-citron.net/malgre-la-crise-covid-iliad-free-est-en-pleine-forme/",
            "Ainsi, le chiffre d’affaires du groupe a augmenté de 6,8% au premier semestre 2020 pour atteindre "
            "les 2,8 milliards d’euros. Au passage, Iliad annonce des revenus et des marges en hausse. "
            "L’EbitdaaL a progressé de 9,4% à 876 millions d’euros.",
            money=[(2.8e9, "EUR"), (8.76e8, "EUR")], percent=[6.8, 9.4], actors=["Iliad"], dates=["2020-H1"],
            published="2020-09"),
    Passage("https://www.channelnews.fr/sfr-perd-plus-de-500-000-abonnes-en-trois-mois-135667",
            "Cette mauvaise dynamique commerciale vaut à Altice France de voir son chiffre d’affaires reculer "
            "de 3,8% sur un an à 2,56 milliards d’euros. Par ailleurs son résultat d’exploitation (Ebitda) "
            "chute de 6,5% à 782 millions d’euros.",
            money=[(2.56e9, "EUR"), (7.82e8, "EUR")], percent=[3.8, 6.5], actors=["Altice France"], dates=[],
            published="2024-05"),
    # published 2024-03: "en novembre dernier" is 2023-11; "la semaine dernière" has no notation and is left out
    Passage("https://www.channelnews.fr/la-fuite-des-clients-continue-chez-sfr-133802",
            "Avant l’annonce la semaine dernière de la cession d’Altice Media à Rodolphe Saadé pour 1,55 "
            "milliard d’euros, l’opérateur avait déjà vendu en novembre dernier 70% de ses centres de données "
            "à Morgan Stanley pour 550 millions d’euros.",
            money=[(1.55e9, "EUR"), (5.5e8, "EUR")], percent=[70],
            actors=["Altice Media", "Rodolphe Saadé", "Morgan Stanley"], dates=["2023-11"], published="2024-03"),
    # no date on the page: "mardi" is left out
    Passage("https://www.boursorama.com/actualite-economique/actualites/altice-france-le-chiffre-d-affaires-en-baisse"
            "-de-2-8-au-troisieme-trimestre-f8bf7260660e33ea8f571c8d24b9909a",
            "Dans cette optique, SFR a annoncé mardi être entré en négociations exclusives avec la banque "
            "Morgan Stanley pour lui vendre 70% de ses centres de données et espaces de bureaux, une opération "
            "qui pourrait lui rapporter quelque 530 millions d'euros.",
            money=[(5.3e8, "EUR")], percent=[70], actors=["SFR", "Morgan Stanley"], dates=[]),
    # published 2023-08: "entre avril et juin" counts as its start, 2023-04; the bare "1,02 milliard" takes euros from
    # the amount beside it
    Passage("https://www.agefi.fr/news/entreprises/sfr-revele-des-resultats-en-baisse-et-une-dette-en-hausse",
            "Les ventes du groupe ont reculé de 2,6% sur un an entre avril et juin, à 2,77 milliards d’euros, "
            "et son excédent brut d’exploitation (Ebitda) a baissé de 5,7%, à 1,02 milliard.",
            money=[(2.77e9, "EUR"), (1.02e9, "EUR")], percent=[2.6, 5.7], dates=["2023-04"], published="2023-08"),
    Passage("https://www.boursorama.com/actualite-economique/actualites/altice-france-abonnes-et-chiffre-d-affaires-e"
            "n-recul-au-deuxieme-trimestre-b907262f4bef648362ba0acd54b0efe9",
            "Les ventes de l'opérateur ont chuté de 9% sur un an, tombant à 2,3 milliards d'euros, pénalisées "
            "par un repli dans les segments du mobile (-11,3%) et des équipements (-14,4%).",
            money=[(2.3e9, "EUR")], percent=[9, -11.3, -14.4], dates=[], published="2025-08-28"),
    # published 2024-08: "Au premier trimestre" is the first quarter of 2024
    Passage("https://www.frandroid.com/marques/sfr/2320570_sfr-devoile-des-resultats-catastrophiques-avec-une-dette-a"
            "-24-milliards-deuros-et-une-hemorragie-dabonnes",
            "Altice dévoile également que ses revenus ont baissé de 5,2 % par rapport à la même période "
            "l’année précédente. Au premier trimestre, cette baisse était de 3,8 %.",
            percent=[5.2, 3.8], actors=["Altice"], dates=["2024-Q1"], published="2024-08"),
    # "de 250 à 500 millions" is a change, not a range: two amounts; the programmes are not actors; the period counts
    # as its start
    Passage("https://www.macommune.info/france-2030-40-millions-deuros-pour-accompagner-des-projets-strategiques-en-b"
            "ourgogne-franche-comte/",
            "Lancé en 2017 dans le cadre du 3e Programme d’investissements d’avenir, le PIA régionalisé "
            '(désormais appelé "France 2030 régionalisé") est doublé, passant de 250 à 500 millions d’euros '
            "sur la période 2021-2025.",
            money=[(2.5e8, "EUR"), (5e8, "EUR")], dates=["2017", "2021"]),
    # an interview (Julie Huguet); published 2025-04-04 (the address): "jusqu’au 28 avril" is 2025-04-28
    Passage("https://www.maddyness.com/2025/04/04/julie-huguet-pour-la-selection-2025-du-next-40-french-tech-120-nous"
            "-porterons-une-attention-particuliere-a-la-capacite-dinnovation-des-entreprises/",
            "Lancé en 2019 par la Mission French Tech, le programme qui vise à épauler les entreprises à fort "
            "potentiel de l’écosystème revient pour une 6e édition. Les sociétés qui souhaitent postuler "
            "peuvent le faire jusqu’au 28 avril.",
            actors=["Mission French Tech"], dates=["2019", "2025-04-28"], published="2025-04-04"),
    # the Next40 is a programme and the CES an event, not actors
    Passage("https://www.latribune.fr/technos-medias/french-tech/data-vs-data-le-next-40-nouveau-label-made-in-france"
            "-ou-vrai-booster-a-l-international-828336.html",
            "L'idée du Next40 ne date pas d'hier: le premier à en parler est l'ancien secrétaire d'État au "
            "numérique Mounir Majhoubi, dès janvier 2019, lorsqu'il se rend au CES de Las Vegas où se trouvent "
            "les poids lourds mondiaux des nouvelles technologies.",
            actors=["Mounir Majhoubi"], dates=["2019-01"], published="2019-09"),
    Passage("https://www.nextinpact.com/brief/--next40---mounir-mahjoubi-lance-un-prix-pour-recompenser-les-40-start-"
            "ups-a-impact-positif-7894.htm",
            "L’appel aux candidatures est lancé jusqu’au 15 mars 2019. Le prix a pour partenaire France "
            "Digitale et BpiFrance.",
            actors=["France Digitale", "BpiFrance"], dates=["2019-03-15"], published="2019-02"),
    Passage("https://lemondeinformatique.fr/actualites/lire-french-tech-next40-120-appel-a-candidatures-pour-la-2eme-"
            "promotion-80992.html",
            "« C’est un enjeu déterminant aussi bien pour la création d'emplois que pour le renforcement de la "
            "souveraineté », insiste Cédric O, secrétaire d’Etat au Numérique, dans la présentation du 2ème "
            "appel à candidatures qu’il vient de lancer pour la promotion 2021. L'appel est ouvert jusqu’au 6 "
            "décembre 2020.",
            actors=["Cédric O"], dates=["2021", "2020-12-06"]),
    # the company's own release
    Passage("https://rss.globenewswire.com/fr/news-release/2024/02/15/2829609/0/fr/Communiqu%C3%A9-de-presse-Orange-I"
            "nformation-financi%C3%A8re-au-31-d%C3%A9cembre-2023-Orange-en-ligne-avec-le-plan-Lead-the-Future.html",
            "Objectifs 2023 atteints : accélération de la croissance de l’EBITDAaL à 1,3% et du Cash-flow "
            "organique à 3,66 milliards d’euros",
            money=[(3.66e9, "EUR")], percent=[1.3], dates=["2023"], published="2024-02-15"),
    Passage("https://www.mobileworldlive.com/french/pour-orange-le-rachat-de-masmovil-ira-jusqua-son-terme/",
            "Au 4e trimestre 2023, le CA s’est élevé à 11,6 milliards d’euros, soit une augmentation de 2 % "
            "d’une année sur l’autre.",
            money=[(1.16e10, "EUR")], percent=[2], dates=["2023-Q4"], published="2024-02"),
    # "MM€" is milliards d'euros
    Passage("https://eurobusinessmedia.com/fr/video/orange-resultats-2023",
            "Tout cela nous permet de publier des chiffres 2023 d’excellente facture avec un EBITDAaL en "
            "progression de 1,3%, des eCapex en retrait de -6,7%, un OCF en progression de 20% à 3,66 MM€",
            money=[(3.66e9, "EUR")], percent=[1.3, -6.7, 20], dates=["2023"]),
    # no date on the page: "ce lundi" is left out; the share price is money
    Passage("https://www.boursier.com/actions/actualites/news/orange-question-de-trajectoire-922839.html",
            "(Boursier.com) — Orange revient sur les 10,50 euros ce lundi (-0,5%), alors que le chiffre "
            "d'affaires annuel s'est établi à 44.122 millions d'euros, en progression de 1,8% sur un an, soit "
            "790 millions d'euros.",
            money=[(10.5, "EUR"), (4.4122e10, "EUR"), (7.9e8, "EUR")], percent=[-0.5, 1.8],
            actors=["Boursier.com", "Orange"], dates=[]),
    Passage("https://www.channelnews.fr/data4-prevoit-dinvestir-1-milliard-deuros-pour-son-nouveau-campus-sur-lancien"
            "-site-de-nokia-a-nozay-124088",
            "Après avoir racheté à Colony Capital le site de l’ancien siège de Nokia à Nozay (Essonne), le "
            "groupe annonce un investissement massif d’un milliard d’euros d’ici 2030 pour revitaliser ce site "
            "de 22 hectares et y créer un nouveau campus de datacenters.",
            money=[(1e9, "EUR")], actors=["Colony Capital", "Nokia"], dates=["2030"], published="2023-04"),
    # "plus d'un milliard" is read as its bound, one milliard
    Passage("https://lemondeinformatique.fr/actualites/lire-data4-implantera-8-datacenters-sur-l-ancien-site-de-nokia"
            "-a-nozay-90078.html",
            "Co-créé en 2006 par Alcatel et le fonds d’investissement Colony Capital, l'opérateur de "
            "datacenters Data4 poursuit sa stratégie d'expansion. Deux mois après avoir annoncé un plan "
            "d'investissement en Allemagne de plus d'un milliard d'euros",
            money=[(1e9, "EUR")], actors=["Alcatel", "Colony Capital", "Data4"], dates=["2006"]),
    Passage("https://linformaticien.com/magazine/tendances/52600-93data4-s-etend-en-europe-du-sud.html",
            "Depuis son implantation en Italie en 2013, le Groupe a construit 4 data centers – soit près d’un "
            "bâtiment par an – pour un investissement total de 150M€. DATA4 entend poursuivre son déploiement "
            "sur ce marché et prévoit d’injecter une somme équivalente dans les 5 prochaines années",
            money=[(1.5e8, "EUR")], actors=["DATA4"], dates=["2013"]),
    Passage("https://objectifaquitaine.latribune.fr/business/2021-02-26/equinix-construit-un-datacenter-de-grande-amp"
            "leur-a-bordeaux-metropole-878584.html",
            "L'entreprise, créée en 1998 et dont le chiffre d'affaires avoisine les six milliards de dollars "
            "en 2020, en opère notamment neuf en région parisienne, à Pantin, Saint-Denis, et Roissy.",
            money=[(6e9, "USD")], dates=["1998", "2020"], published="2021-02-26"),
    # "NP Paribas" is kept as the page writes it
    Passage("https://www.channelnews.fr/data4-leve-22-milliards-deuros-pour-lexpansion-de-ses-centres-de-donnees-en-e"
            "urope-129161",
            "Après une levée de dette de 620 millions d’euros en 2021, le groupe annonce une nouvelle levée de "
            "2,2 milliards d’euros, extensible à 3,2 milliards d’euros, auprès de quatre banques européennes : "
            "NP Paribas, Natixis, ABN AMRO et Deutsche Bank.",
            money=[(6.2e8, "EUR"), (2.2e9, "EUR"), (3.2e9, "EUR")],
            actors=["NP Paribas", "Natixis", "ABN AMRO", "Deutsche Bank"], dates=["2021"], published="2023-10"),
    Passage("https://www.generation-nt.com/actualites/fibre-optique-arcep-qualite-pannes-raccordement-2038034",
            "À la fin du premier trimestre 2023, le nombre d'abonnements en fibre optique (FTTH ; fibre "
            "optique de bout en bout) atteint 19 millions en France, soit environ 60 % du nombre total "
            "d'abonnements Internet.",
            percent=[60], dates=["2023-Q1"], published="2023-07"),
    # an official release of the Québec government; the Fonds Impulsion is a public programme, not an actor
    Passage("https://www.newswire.ca/fr/news-releases/creation-du-fonds-impulsion-le-gouvernement-du-quebec-investit-"
            "dans-les-entreprises-technologiques-innovantes-865689973.html",
            "MONTRÉAL, le 21 oct. 2025 /CNW/ - Le ministre délégué à l'Économie et aux Petites et Moyennes "
            "Entreprises et ministre responsable de la Jeunesse, M. Samuel Poulin, et la présidente-directrice "
            "générale d'Investissement Québec, Mme Bicha Ngo, annoncent la création du Fonds Impulsion.",
            actors=["CNW", "Samuel Poulin", "Investissement Québec", "Bicha Ngo"], dates=["2025-10-21"],
            published="2025-10-21"),
    # Impulsion PME is a programme, not an actor
    Passage("https://www.newswire.ca/fr/news-releases/appui-aux-jeunes-entreprises-innovantes-du-quebec-reouverture-d"
            "u-programme-impulsion-pme-879126569.html",
            "QUÉBEC, le 1er mai 2025 /CNW/ - Le ministre délégué à l'Économie, ministre responsable de la "
            "Lutte contre le racisme et ministre responsable de la région de Laval, M. Christopher Skeete, "
            "annonce la réouverture du programme Impulsion PME, administré par Investissement Québec.",
            actors=["CNW", "Christopher Skeete", "Investissement Québec"], dates=["2025-05-01"],
            published="2025-05-01"),
    Passage("https://www.journaldequebec.com/2019/12/24/une-excellente-cuveeen-capital-de-risque",
            "Coveo (227 millions $), Element AI (200 millions $), Stradigi AI (53 millions $) et Neuvoo (53 "
            "millions $)... nos technos d’intelligence artificielle ont reçu une avalanche de millions $ en "
            "2019.",
            money=[(2.27e8, "CAD"), (2e8, "CAD"), (5.3e7, "CAD"), (5.3e7, "CAD")],
            actors=["Coveo", "Element AI", "Stradigi AI", "Neuvoo"], dates=["2019"], published="2019-12-24"),
    # published Wednesday 2021-02-17 (the address): "mercredi" is that day
    Passage("https://www.journaldemontreal.com/2021/02/17/lancement-dun-fonds-pour-des-microentreprises-en-haute-tech"
            "nologie",
            "Un fonds de 26 millions $ a été lancé mercredi pour aider des entreprises de haute technologie du "
            "Québec dans le domaine des sciences appliquées et du génie.",
            money=[(2.6e7, "CAD")], dates=["2021-02-17"], published="2021-02-17"),
    Passage("https://www.journaldemontreal.com/2021/02/17/lancement-dun-fonds-pour-des-microentreprises-en-haute-tech"
            "nologie",
            "Ce fonds a été créé en partenariat avec l’incubateur technologique Centech et il compte "
            "Investissement Québec, Teralys Capital, Desjardins Capital, BDC Capital, le Groupe Hewitt ainsi "
            "que l’École de technologie supérieure comme partenaires.",
            actors=["Centech", "Investissement Québec", "Teralys Capital", "Desjardins Capital", "BDC Capital",
                    "Groupe Hewitt", "École de technologie supérieure"],
            dates=[], published="2021-02-17"),
    # Canadian dollars; the bare "1,2 milliard" and "700 millions" take them from the amount before
    Passage("https://ici.radio-canada.ca/nouvelle/1796003/capital-risque-jeunes-pousses-record-quebec",
            "Le Réseau Capital, l'association du capital d'investissement, a comptabilisé 39 transactions pour "
            "un total de 468 millions de dollars pendant cette période. Mais ce montant demeure encore "
            "inférieur à ceux générés en Ontario et en Colombie-Britannique, respectivement 1,2 milliard et "
            "700 millions d’investissements.",
            money=[(4.68e8, "CAD"), (1.2e9, "CAD"), (7e8, "CAD")], actors=["Réseau Capital"], dates=[],
            published="2021-05"),
    Passage("https://itdaily.fr/nouvelles/centre-de-donnees/france-construit-plus-grand-campus-centre-de-donnees-ia-e"
            "n-europe",
            "Une collaboration entre Nvidia, Mistral AI, la banque d’investissement française Bpifrance et le "
            "fonds MGX des Émirats arabes unis doit aboutir à la création du plus grand campus de centres de "
            "données d’IA d’Europe.",
            actors=["Nvidia", "Mistral AI", "Bpifrance", "MGX"], dates=[]),
    # "2018" is the page's slip for 2028, annotated as written
    Passage("https://www.channelnews.fr/mgx-bpi-france-mistral-ai-et-nvidia-creent-une-coentreprise-pour-construire-l"
            "e-plus-grand-campus-ia-deurope-147794",
            "Il sera alimenté par un écosystème de partenaires publics et privés, incluant Bouygues, EDF, "
            "l’École Polytechnique, RTE et Sipartech. La phase de construction devrait débuter en 2026 pour "
            "une mise en service prévue en 2018.",
            actors=["Bouygues", "EDF", "École Polytechnique", "RTE", "Sipartech"], dates=["2026", "2018"],
            published="2025-05"),
    # a copy of a Le Figaro article of Sunday 2025-02-09: "Dimanche soir" is that day
    Passage("https://ambitionfrance.org/fr/?view=article&id=2887:ia-emmanuel-macron-annonce-des-investissements-en-fr"
            "ance-de-109-milliards-deuros-dans-les-prochaines-annees&catid=226",
            "Dimanche soir, Ie président français Emmanuel Macron, lors d’une interview spéciale sur France 2, "
            "a annoncé des investissements en France de «109 milliards d’euros dans les prochaines années».",
            money=[(1.09e11, "EUR")], actors=["Emmanuel Macron", "France 2"], dates=["2025-02-09"],
            published="2025-02-09"),
    # published Sunday 2025-02-09: "jeudi soir" is 2025-02-06; the range counts as its low value; the Emirates are a
    # state
    Passage("https://ambitionfrance.org/fr/?view=article&id=2887:ia-emmanuel-macron-annonce-des-investissements-en-fr"
            "ance-de-109-milliards-deuros-dans-les-prochaines-annees&catid=226",
            "Les Émirats arabes unis ont ouvert le bal jeudi soir. Via MGX, la branche technologique du fonds "
            "souverain émirien, de 30 milliards à 50 milliards d’euros vont être investis dans la construction "
            "en France (le lieu est encore inconnu) d’un gigantesque centre de données",
            money=[(3e10, "EUR")], actors=["MGX"], dates=["2025-02-06"], published="2025-02-09"),
    # "le gouvernement fédéral" is the state and is left out
    Passage("https://www.ledevoir.com/economie/591082/technologie-un-exode-difficile-a-freiner",
            "Depuis la création d’Element AI en 2016, le gouvernement fédéral, Investissement Québec et la "
            "Caisse de dépôt et placement ont investi et avancé des prêts totalisant plus de 50 millions de "
            "dollars.",
            money=[(5e7, "CAD")], actors=["Element AI", "Investissement Québec", "Caisse de dépôt et placement"],
            dates=["2016"]),
    Passage("https://www.lapresse.ca/affaires/portfolio/2020-10-07/innovation/se-donner-les-moyens-de-ses-innovations"
            ".php",
            "Pour mener à bien ses projets, elle a clôturé dans les dernières semaines une ronde de "
            "financement de 6,5 millions de dollars grâce à un investissement conjoint du Fonds de solidarité "
            "FTQ et d’Exportation et développement Canada (EDC).",
            money=[(6.5e6, "CAD")], actors=["Fonds de solidarité FTQ", "Exportation et développement Canada", "EDC"],
            dates=[], published="2020-10-07"),
    # Belgian; published 2019-12: "cette année" is 2019
    Passage("https://www.lecho.be/entreprises/general/Avec-745-millions-leves-les-scale-ups-et-start-ups-belges-signe"
            "nt-un-nouveau-record/10194073",
            "À l’issue de cette année, les start-ups et scale-ups belges ont levé 745 millions d’euros de "
            "capitaux frais. Cela représente une hausse de 7 millions par rapport à 2018 qui était déjà une "
            "année record.",
            money=[(7.45e8, "EUR"), (7e6, "EUR")], dates=["2019", "2018"], published="2019-12"),
]

HELD_OUT_43 = [
    # "FranceConnect" is the state's sign-in service (a product), not an actor
    Passage("https://www.bercynumerique.finances.gouv.fr/franceconnect-degaine-une-campagne-de-com-pour-passer-la-vites"
            "se-superieure",
            "Plus de 19 millions de Français ont en effet déjà adopté FranceConnect, alors qu’ils n’étaient que 5 "
            "millions en juin 2018.",
            dates=["2018-06"], published="2022-09-19"),
    Passage("https://www.bercynumerique.finances.gouv.fr/franceconnect-degaine-une-campagne-de-com-pour-passer-la-vites"
            "se-superieure",
            "“des études de notoriété [issues notamment d’ateliers citoyens, ndlr] démontrent qu’1 Français sur 2 "
            "n’en n’a pas entendu parler, qu’un tiers l’a déjà utilisé et que près de 90 % des utilisateurs sont "
            "satisfaits du service”, indique la Dinum à Acteurs publics.",
            percent=[90], actors=["Dinum", "Acteurs publics"], dates=[], published="2022-09-19"),
    Passage("https://www.rtl.fr/actu/bien-etre/doctolib-faut-il-avoir-peur-de-la-plateforme-au-quasi-monopole-7900090343",
            "Et puis avec le Covid, Doctolib devient quasiment un service public. Il équipe 80% des centres de "
            "vaccination, et squatte 90 % des parts de marché. Les concurrents, Keldoc et Maiia, se partagent les "
            "miettes.",
            percent=[80, 90], actors=["Doctolib", "Keldoc", "Maiia"], dates=[], published="2021-10"),
    # a copy of a Le Monde article, which the page dates 20 May 2021; "fin 2019" is the year 2019
    Passage("http://sante-secu-social.npa2009.org/?Le-Monde-fr-Les-ambitions-devorantes-de-Doctolib",
            "Et le nombre d’inscrits sur le site s’est envolé, atteignant 50 millions (45 millions en France, le "
            "solde en Allemagne), contre 40 millions fin 2019.",
            dates=["2019"], published="2021-05-20"),
    Passage("https://cca.asso.fr/?p=5759",
            "Comme en témoigne dans le journal Le Parisien-Aujourd’hui en France Christophe Roumier, "
            "kinésithérapeute dans le Finistère et membre du comité médical de Doctolib",
            actors=["Le Parisien-Aujourd’hui en France", "Christophe Roumier", "Doctolib"], dates=[]),
    # published 2019-05, so "en mars dernier" is March 2019; "des millions d'euros" is no amount
    Passage("https://www.francetvinfo.fr/sante/professions-medicales/doctolib-un-geant-de-la-sante-qui-commence-a-inquiet"
            "er_3447979.html",
            "En cinq ans, elle a embauché 800 salariés et levé des millions d'euros de fonds. Le dernier en date, "
            "d'un montant de 150 millions d'euros en mars dernier, lui a permis d'entrer dans le camp des "
            "\"licornes\"",
            money=[(1.5e8, "EUR")], dates=["2019-03"], published="2019-05"),
    # "un peu plus de cent euros" is counted as 100 EUR
    Passage("https://www.radioclassique.fr/economie/doctolib-quelles-sont-les-cles-de-son-succes/",
            "Ce sont les 140.000 professionnels de santé qui paient un abonnement d’un peu plus de cent euros par "
            "mois pour le service.",
            money=[(100, "EUR")], dates=[]),
    # no date on the page: "ce matin" is left out
    Passage("https://www.radioclassique.fr/economie/doctolib-quelles-sont-les-cles-de-son-succes/",
            "Le patron de Doctolib s’exprime ce matin dans Les Echos. Stanislas Niox-Chateau est finalement très "
            "modeste parce que franchement il ne crâne pas alors qu’il y aurait de quoi.",
            actors=["Doctolib", "Les Echos", "Stanislas Niox-Chateau"], dates=[]),
    # the DNSI is the Region's IT department, named as written
    Passage("https://alliancy.fr/collectivites-comment-les-dsi-territoriales-ont-change-de-perimetre-daction/amp",
            "C’est ainsi que Baptiste Le Coz, à la tête de la DNSI de la Région Bretagne, résume son métier. Epaulé "
            "par deux adjoints et 115 ETP, il incarne cette direction, dotée d’un budget de 17 M€ en 2024, hors "
            "équipements lycées et fonds européens.",
            money=[(1.7e7, "EUR")], actors=["Baptiste Le Coz", "DNSI", "Région Bretagne"], dates=["2024"]),
    # a ministry's written answer; "le Gouvernement" is the state and is left out; the plan is no actor
    Passage("https://www.lagazettedescommunes.com/854256/les-4-000-postes-de-conseillers-numeriques-france-services-ser"
            "ont-ils-perennises/",
            "Pour accompagner et renforcer ce mouvement, le Gouvernement a annoncé la pérennisation du dispositif via "
            "un ancrage au budget général de 44 millions d’euros de crédits dans le projet de loi de finances pour "
            "2023. Les crédits annoncés s’ajoutent aux 28 millions d’euros déjà engagés en 2023",
            money=[(4.4e7, "EUR"), (2.8e7, "EUR")], dates=["2023", "2023"], published="2023-02-23"),
    # a Senate committee report; CNFS are the advisers (people), not an organisation
    Passage("https://conferenceconsensuslogement.senat.fr/rap/a24-148-1/a24-148-13.html",
            "Les crédits alloués au dispositif par le projet de loi de finances pour 2025 sont de 27 millions "
            "d'euros, alors que la loi de finances pour 2024 accordait 41 millions d'euros à l'emploi des CNFS.",
            money=[(2.7e7, "EUR"), (4.1e7, "EUR")], dates=["2025", "2024"]),
    # a deputy's written question; "de 67 millions à 47 millions" is a change, both amounts counted
    Passage("https://questions.assemblee-nationale.fr/dyn/17/questions/QANR5L17QE6174",
            "La réduction de 30 % des crédits alloués à l'inclusion numérique, qui passent dans le PLF 2025 de 67 "
            "millions à 47 millions d'euros, semble ignorer les inégalités d'accès réelles entre les usagers.",
            money=[(6.7e7, "EUR"), (4.7e7, "EUR")], percent=[30], dates=["2025"]),
    # a minister's answer in the Senate on 6 October 2022: "l’année prochaine" is 2023; "l’État" is left out
    Passage("https://archive.nossenateurs.fr/intervention/2512798",
            "Ensuite, au-delà des 44 millions d’euros que vous avez mentionnés, l’État engagera en réalité 72 "
            "millions d’euros l’année prochaine pour les conseillers numériques",
            money=[(4.4e7, "EUR"), (7.2e7, "EUR")], dates=["2023"], published="2022-10-06"),
    Passage("https://archive.nossenateurs.fr/intervention/2512796",
            "Monsieur le ministre, j’ai été interpellée par Emmaüs Connect Lille, qui accompagne les personnes les "
            "plus isolées en agissant sur leur inclusion numérique.",
            actors=["Emmaüs Connect Lille"], dates=[], published="2022-10-06"),
    Passage("https://demarchesadministratives.fr/actualites/france-services-4000-conseillers-numeriques-pour-aider-les-"
            "citoyens",
            "D’après l’Insee, 17 % de la population, en particulier les seniors et les foyers aux revenus modestes, "
            "est touchée par l’illectronisme (ou illettrisme numérique) et a des difficultés pour utiliser les "
            "outils informatiques.",
            percent=[17], actors=["Insee"], dates=[], published="2021-09"),
    # the plan and the scheme are no actors
    Passage("https://alliancy.fr/conseillers-numeriques-france-services-4-millions-accompagnements-realises",
            "Dans le cadre du plan France Relance, doté d’un budget global de 100 milliards d’euros, un dispositif "
            "d’ampleur – appelé « Conseillers numériques France Services » – a été lancé en 2021 afin de rendre "
            "plus accessible aux Français leur usage du numérique.",
            money=[(1e11, "EUR")], dates=["2021"]),
    # no date on the page: "la nuit de samedi à dimanche" is left out; the hospital is not named here
    Passage("https://www.reporters.dz/un-hopital-francais-vise-par-une-cyberattaque-les-hackers-reclament-10-millions-de"
            "-dollars/",
            "Activité perturbée aux urgences et en chirurgie, patients réorientés: un Centre hospitalier au sud-est "
            "de Paris est victime d’une attaque informatique depuis la nuit de samedi à dimanche, selon "
            "l’établissement, auquel le ou les hackers réclament une rançon de 10 millions de dollars.",
            money=[(1e7, "USD")], dates=[]),
    # "fin 2021" is the year 2021
    Passage("https://www.vie-economique.com/actualites/vers-un-data-center-en-perigord/",
            "L’étude décidée fin 2021 par le comité syndical de Périgord Numérique pour créer un data center de "
            "proximité avance.",
            actors=["Périgord Numérique"], dates=["2021"]),
    Passage("https://gazettenpdc.fr/article/france-data-center-s-implante-dans-les-hauts-de-france",
            "Depuis plusieurs années, France Datacenter fédère et promeut les acteurs de la filière des centres de "
            "données en France. En 2022, l’association se délocalise en région et ouvre une antenne régionale dans "
            "les Hauts-de-France.",
            actors=["France Datacenter"], dates=["2022"]),
    # "quelques 12 milliards d’€" is 12 billion euros; "les 10 prochaines années" has no date
    Passage("https://www.avicca.org/actualite/trip-dautomne-2025-mise-en-oeuvre-dun-datacenter-quels-roles-pour-les-terr"
            "itoires",
            "En 2022, la filière comptait en effet 250 datacenters. Les experts prévoyaient une croissance de leur "
            "nombre et de leur puissance de +11% par an mobilisant des investissements de quelques 12 milliards "
            "d’€ dans les 10 prochaines années, majoritairement en région parisienne.",
            money=[(1.2e10, "EUR")], percent=[11], dates=["2022"], published="2025-10"),
    # published 2024-04-02 (the address carries the date code 20240402), so "le 28 mars" is 28 March 2024
    Passage("https://l.bfmtv.com/tech/vie-numerique/pronote-mails-whatsapp-faute-d-ent-parents-et-eleves-misent-sur-le-"
            "systeme-d-pour-communiquer_AV-202404020432.html",
            "Depuis le 28 mars, la messagerie des espaces numériques de travail (ENT) est suspendue. Nicole "
            "Belloubet, ministre de l’Education nationale, a annoncé cette décision dans un communiqué",
            actors=["Nicole Belloubet"], dates=["2024-03-28"], published="2024-04-02"),
    # Pronote is a product; Tech&Co is the site's own tech newsroom
    Passage("https://l.bfmtv.com/tech/vie-numerique/pronote-mails-whatsapp-faute-d-ent-parents-et-eleves-misent-sur-le-"
            "systeme-d-pour-communiquer_AV-202404020432.html",
            "Parmi ces solutions figure Pronote, un logiciel \"embryonnaire utilisé avant l’ENT\", indique Laurent "
            "Zameczkowski, porte-parole national de la Fédération des parents d’élèves de l’enseignement public "
            "(PEEP), à Tech&Co.",
            actors=["Laurent Zameczkowski", "Fédération des parents d’élèves de l’enseignement public", "PEEP",
                    "Tech&Co"], dates=[], published="2024-04-02"),
    Passage("https://halteaucontrolenumerique.fr/?p=6569",
            "En 2020, cette entreprise privée a été rachetée par Docaposte, qui dépend du groupe La Poste, et a "
            "ouvert son capital au Crédit Mutuel. L’application Pronote est aujourd'hui utilisée dans 75% des "
            "collèges et des lycées (ce qui lui donne un quasi monopole)",
            percent=[75], actors=["Docaposte", "La Poste", "Crédit Mutuel"], dates=["2020"]),
    # Ecole directe and Kartable are products; the year of the cited article counts as a date written
    Passage("https://www.20minutes.fr/societe/4057984-20231016-pronote-stress-genere-enorme-selon-lecteurs",
            "Cette application scolaire (ou d’autres comme Ecole directe, Kartable…) est de plus en plus présente "
            "dans le quotidien des parents d’élèves : 10.000 établissements l’utilisent, selon un article du Monde "
            "diplomatique de 2022.",
            actors=["Monde diplomatique"], dates=["2022"], published="2023-10-16"),
    # a regional daily; published 2023-11-12, so "cette année" is 2023
    Passage("https://www.centrepresseaveyron.fr/2023/11/12/le-departement-de-laveyron-equipe-les-eleves-de-5e-en-ordina"
            "teurs-11575398.php",
            "Ainsi, cette année, 3 000 ordinateurs sont donnés aux élèves de 5e des collèges du département et 680 "
            "à leurs professeurs. Ces ordinateurs, d’une valeur de 500 € chacun, sont équipés d’un logiciel "
            "pédagogique de base",
            money=[(500, "EUR")], dates=["2023"], published="2023-11-12"),
    # published Sunday 2023-11-12: "jeudi matin" is 2023-11-09; roles are left out, the school is an organisation
    Passage("https://www.centrepresseaveyron.fr/2023/11/12/le-departement-de-laveyron-equipe-les-eleves-de-5e-en-ordina"
            "teurs-11575398.php",
            "Accueillie par Claudine Iacovo, principale du collège Denayrouze, Francine Lafon, conseillère "
            "départementale, a distribué, jeudi matin, 89 ordinateurs portables aux élèves des 3 classes de 5e "
            "(photo).",
            actors=["Claudine Iacovo", "collège Denayrouze", "Francine Lafon"], dates=["2023-11-09"],
            published="2023-11-12"),
    # published 2023-11-16, so "cette année" is 2023; "Mon collège 12.0" is a scheme
    Passage("https://www.centrepresseaveyron.fr/2023/11/16/0-a-dote-dordinateurs-les-collegiens-de-5e-11584536.php",
            "Arnaud Viala expliquait que c’est grâce au dispositif \"Mon collège 12.0\" mis en place entre le "
            "Département et l’Éducation nationale que cette opération a pu être réalisée. Ainsi, près de 3 000 "
            "ordinateurs seront distribués, cette année dans les 42 collèges publics et privés du département.",
            actors=["Arnaud Viala", "Département", "Éducation nationale"], dates=["2023"], published="2023-11-16"),
    Passage("https://www.francebleu.fr/infos/societe/14-000-ordinateurs-portables-pour-les-collegiens-de-vaucluse-16321"
            "51102",
            "Le Département veut réduire la fracture numérique et investit six millions d'euros dans les "
            "ordinateurs portables et la connexion wifi de tous les collèges. Les classes de 6e sont les premières "
            "équipées. D'ici 2024, tous les niveaux seront équipés.",
            money=[(6e6, "EUR")], actors=["Département"], dates=["2024"], published="2021-09"),
    # no date on the page: "Vendredi dernier" elsewhere in the article is not quoted
    Passage("http://thau-infos.fr/index.php/commune/departement/105355-colleges-des-ordinateurs-pour-tous-2",
            "L’association Nouas Solidarité, partenaire territorial du collège spécialisé dans le recyclage "
            "informatique solidaire, s’est chargée de l’accompagnement pédagogique des familles.",
            actors=["Nouas Solidarité"], dates=[]),
    # published 2020-03, so "mardi 24 mars" is 2020-03-24 and "le 16 mars dernier" is 2020-03-16
    Passage("https://www.francebleu.fr/infos/societe/dordogne-les-collegiens-sans-ordinateurs-ou-tablettes-peuvent-en-"
            "demander-a-leurs-etablissements-1585040918",
            "Germinal Peiro annonce ce mardi 24 mars que des ordinateurs et des tablettes seront prêtés gracieusement "
            "aux collégiens qui n'ont pas d'équipements numériques pendant ce confinement. Depuis le 16 mars "
            "dernier, les établissements scolaires et les collèges notamment sont fermés",
            actors=["Germinal Peiro"], dates=["2020-03-24", "2020-03-16"], published="2020-03"),
    # Ordival is the laptop (a product)
    Passage("https://www.affiches-parisiennes.com/pres-de-4000-ordival-pour-les-enseignantes-et-enseignants-des-college"
            "s-11181.html",
            "L'investissement du Département pour les Ordival remis aux élèves et aux enseignantes et enseignants en "
            "2020 s'élève à 8 millions d'euros.",
            money=[(8e6, "EUR")], actors=["Département"], dates=["2020"], published="2021-10"),
    # Canadian; published Friday 2023-08-25, so "vendredi matin" is that day; the health record is a project
    Passage("https://www.journaldemontreal.com/2023/08/25/dossier-sante-numerique--quebec-mise-sur-une-firme-americaine",
            "C’est le géant américain Epic System Corporation qui a obtenu le contrat pour numériser l’ensemble des "
            "données du réseau de la santé, via le fameux «Dossier santé numérique». Le ministre de la Santé, "
            "Christian Dubé, en a fait l’annonce dans un communiqué de presse vendredi matin.",
            actors=["Epic System Corporation", "Christian Dubé"], dates=["2023-08-25"], published="2023-08-25"),
    # Canadian "$" is CAD; "le gouvernement" and "le ministère" are left out
    Passage("https://www.journaldemontreal.com/2023/08/25/dossier-sante-numerique--quebec-mise-sur-une-firme-americaine",
            "Le montant du contrat n’a pas encore été dévoilé, mais il le sera «dans les prochaines semaines», "
            "précise le ministère dans le communiqué de presse. Selon les estimations avancées par le gouvernement, "
            "la facture pourrait atteindre 3 milliards $.",
            money=[(3e9, "CAD")], dates=[], published="2023-08-25"),
    # Canadian; published 2023-06-08, so "en avril" is April 2023
    Passage("https://www.lesoleil.com/enquete/2023/06/08/dossier-sante-numerique-le-mega-projet-de-quebec-dans-la-mire-d"
            "e-deux-americaines-HFZMV66Q7JAU3OANLUN6MWG5II/",
            "La proposition de l’entreprise française Dedalus, qui avait confirmé son intérêt aux Coops de "
            "l’information en avril, a été jugée «non conforme» lors de l’analyse des offres. Troisième plus gros "
            "joueur mondial de l’industrie, Dedalus avait notamment prévu un partenariat avec la compagnie "
            "montréalaise Medfar Solutions.",
            actors=["Dedalus", "Coops de l’information", "Medfar Solutions"], dates=["2023-04"],
            published="2023-06-08"),
    # Canadian; "Québec" is the provincial government (the state) and is left out
    Passage("https://ici.radio-canada.ca/nouvelle/2006155/quebec-americaine-epic-dossier-sante-numerique",
            "Québec a arrêté son choix sur la firme Epic Systems Corporation, établie au Wisconsin, pour échafauder "
            "l'infrastructure de son ambitieux projet de dossier santé numérique. La première phase de cette "
            "nouvelle transition numérique du réseau de la santé doit prendre la forme d'un projet-pilote dans deux "
            "régions dès 2024.",
            actors=["Epic Systems Corporation"], dates=["2024"]),
    # Canadian; "du 18 mai au 26 septembre 2022" is a range: its start; "2022-7874-14" is a tender number, not a date
    Passage("https://www.journaldequebec.com/2022/10/31/dossier-sante-numerique-quebec-annule-son-appel-doffres",
            "« À la suite de l’affichage de l’appel d’offres 2022-7874-14, qui s’est déroulé du 18 mai au 26 "
            "septembre 2022, le Centre d'acquisitions gouvernementales (CAG) et le MSSS ont convenu d’annuler "
            "l’appel d’offres et de procéder à une republication qui se fera très prochainement »",
            actors=["Centre d'acquisitions gouvernementales", "CAG", "MSSS"], dates=["2022-05-18"],
            published="2022-10-31"),
    # Canadian; published 2023-04-11, so "le 13 mars" is 13 March 2023
    Passage("https://www.latribune.ca/2023/04/11/dossier-sante-numerique--une-societe-francaise-veut-realiser-le-projet"
            "-de-quebec-392930e7843e84638c698e75d04ece94/",
            "Une porte-parole du géant américain a indiqué qu’elle n’avait «aucun commentaire à faire pour le "
            "moment». D’autres entreprises pourraient aussi avoir déposé des propositions lors de l’appel d’offres, "
            "qui s’est terminé le 13 mars.",
            dates=["2023-03-13"], published="2023-04-11"),
    # Belgian; Itsme is the app and FAS the federal sign-in system; "Les autorités fédérales" are the state
    Passage("https://www.lalibre.be/economie/digital/2022/06/28/le-federal-doit-completer-loffre-ditsme-pour-eviter-detr"
            "e-totalement-dependant-SHQKKPSFWRBQ5L6FJ75UYY6K4I/",
            "Les autorités fédérales paient une indemnité pour donner accès au FAS via Itsme. En 2018, cette "
            "indemnité était de 200 000 euros (pour 331 000 utilisateurs). Elle est passée à 350 000 euros en 2021 "
            "(pour 3,8 millions d'utilisateurs). Un plafond a été prévu de 450 000 euros.",
            money=[(2e5, "EUR"), (3.5e5, "EUR"), (4.5e5, "EUR")], dates=["2018", "2021"], published="2022-06-28"),
    # the company's own page; "itsme" here is the account (the product)
    Passage("https://www.itsme-id.com/fr-BE/blog/itsme-turns-4",
            "En quatre ans, quelque 40 % de la population belge adulte s'est créé un compte itsme. Aujourd'hui, plus "
            "de 3 millions de Belges utilisent itsme pour s'identifier en ligne.",
            percent=[40], dates=[]),
    # Belgian; "KBC/CBC" names two banks; "il y a six ans" is an approximate count back and is left out
    Passage("https://trends.levif.be/a-la-une/tech-medias/vous-avez-des-problemes-pour-installer-itsme-voici-comment-le"
            "s-resoudre/",
            "L’application d’identification itsme a été créée il y a six ans par un consortium rassemblant les "
            "grandes banques et les opérateurs télécoms belges (Proximus, Orange, Telenet, Belfius, KBC/CBC, ING et "
            "BNPPF).",
            actors=["Proximus", "Orange", "Telenet", "Belfius", "KBC", "CBC", "ING", "BNPPF"], dates=[],
            published="2023-11"),
    # published 2023-03, so "le 17 mars" is 17 March 2023
    Passage("https://www.silicon.fr/cyberattaque-lille-donnees-personnelles-volees-460802.html",
            "Depuis lors, le ton a à nouveau changé. La dernière communication publique, datée du 17 mars, confirme "
            "l’exfiltration de données dans certains serveurs. « Il apparaît que certaines seraient à caractère "
            "personnel ».",
            dates=["2023-03-17"], published="2023-03"),
    # "Zataz.com" is a news site, an organisation
    Passage("https://www.tf1.fr/tf1/jt-20h/videos/cyberattaque-encore-une-ville-visee-29458053.html",
            "Selon Damien Bancal, expert en cybersécurité, fondateur du site \"Zataz.com\", l'hypothèse du "
            "ransomware, de la prise d'otages informatique est à privilégier.",
            actors=["Damien Bancal", "Zataz.com"], dates=[], published="2023-03"),
    # "la mairie" is left out
    Passage("https://www.20minutes.fr/lille/4028113-20230315-lille-demandes-rancon-envoyees-mail-apres-piratage-informa"
            "tique",
            "« Bien évidemment, cette situation a été immédiatement signalée à la CNIL, à l’ANSSI et à la police "
            "judiciaire », précise la mairie.",
            actors=["CNIL", "ANSSI", "police judiciaire"], dates=[], published="2023-03-15"),
    Passage("https://mairesdefrance.com/m/article/print.php?id=28736",
            "En 2024, 348 000 atteintes numériques ont été enregistrées, soit une augmentation de 74 % en 5 ans, "
            "selon Christophe Husson, chef du Commandement du ministère de l'Intérieur dans le cyberespace.",
            percent=[74], actors=["Christophe Husson", "Commandement du ministère de l'Intérieur dans le cyberespace"],
            dates=["2024"], published="2025-11-21"),
    # an elected official's words; Gravelines is the place
    Passage("https://mairesdefrance.com/m/article/print.php?id=28736",
            "« La question n’est plus de savoir si, en tant que commune, nous allons être attaqués, mais c’est de "
            "savoir quand », a témoigné Bertrand Ringot, maire de Gravelines (Nord, 11 451 hab.) qui a subi une "
            "cyberattaque en avril 2024.",
            actors=["Bertrand Ringot"], dates=["2024-04"], published="2025-11-21"),
    # an interview of the Region's president; "Actuellement" has no date
    Passage("https://www.bretagne-economique.com/actualites/deploiement-de-la-fibre-optique-en-bretagne-actuellement-nou"
            "s-depensons-25-millions-deuros-par-mois/",
            "« Le 1er novembre 2024, nous avons passé le nombre des 750 000 prises installées, indique Loïg "
            "Chesnais-Girard. Actuellement, nous dépensons 25 millions d’euros par mois. »",
            money=[(2.5e7, "EUR")], actors=["Loïg Chesnais-Girard"], dates=["2024-11-01"]),
    # published 2023-06, so "le 16 juin dernier" is 16 June 2023
    Passage("https://mlyon.fr/news/locales/212304/les-hospices-civils-de-lyon-victimes-d-une-cyberattaque?utm_source=Sit"
            "e&utm_medium=RSS&utm_campaign=Link",
            "Ce vol de données a été signalé le 16 juin dernier par un prestataire des Hospices Civils de Lyon.",
            actors=["Hospices Civils de Lyon"], dates=["2023-06-16"], published="2023-06"),
    # published 2023-06-26 (the address carries the date code 20230626), so "Le 20 juin dernier" is 20 June 2023
    Passage("https://auto.bfmtv.com/lyon/les-hospices-civils-de-lyon-portent-plainte-apres-le-vol-de-donnees-lors-d-un-p"
            "iratage-informatique_AN-202306260731.html",
            "Le 20 juin dernier, une évaluation statistique du cabinet Asterès estimait à 2 milliards d'euros le "
            "préjudice des cyberattaques commises contre des organisations publiques et privées françaises en 2022.",
            money=[(2e9, "EUR")], actors=["Asterès"], dates=["2023-06-20", "2022"], published="2023-06-26"),
    Passage("https://france3-regions.francetvinfo.fr/auvergne-rhone-alpes/rhone/lyon/les-hospices-civils-de-lyon-victim"
            "es-d-une-cyberattaque-2803217.html",
            "La CNIL annonce avoir traité 13 160 plaintes en 2022, de particuliers et de professionnels. Le cas des "
            "HCL est loin d'être isolé.",
            actors=["CNIL", "HCL"], dates=["2022"]),
    # a summary of a Le Progrès article; no date on the page, so "Mercredi dernier" is left out; the private
    # hospitals are organisations
    Passage("https://france-alerte.com/?p=93140",
            "Mercredi dernier, plusieurs établissements du groupe Ramsay Santé en ont été la cible d’une cyberattaque "
            "dont l’hôpital privé Jean-Mermoz à Lyon et l’hôpital privé de l’Est Lyonnais, à Saint-Priest, relate "
            "Le Progrès.",
            actors=["Ramsay Santé", "hôpital privé Jean-Mermoz", "hôpital privé de l’Est Lyonnais", "Le Progrès"],
            dates=[]),
]
