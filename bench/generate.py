"""Synthetic datasets shaped like the curated one, at any size, built column by column.

`generate_tables(figures, seed)` draws every table with numpy and assembles its text with
pyarrow compute: no Python loop per row for sources, figures, proposals, events and mentions
(the two thousand actors are built as pydantic rows). The shapes follow the real data: a few
themes, actors and sources take most rows (Zipf-like weights); dates over 2016-2025 at day,
month or year precision; money from 1e4 to 1e12 EUR, USD or GBP, converted with rates generated
alongside; labels in French and English. `raw` is written the way the loaders read amounts, so
`loaders.amounts.parse_amount(raw)` gives back the row's value, bound and scale. Every actor a
figure, proposal or event cites is one its source mentions, as `loaders build` guarantees.

`check_tables` validates the result (schema, enumerations, keys, references, and a sample of rows
through the pydantic models) and `publish_tables` writes it in the layout of `loaders build`.
"""
from __future__ import annotations

import csv
import datetime as dt
import re
import time
import unicodedata
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import pyarrow as pa
import pyarrow.compute as pc
from pydantic import ValidationError

from loaders.build import REFERENCES, publish_build, to_arrow
from loaders.errors import DataError
from loaders.normalise import _clean
from loaders.paths import DATA_DIR
from loaders.schema import TABLES, Actor, FxRate, Row, _enum_values, arrow_schema

YEARS = np.arange(2016, 2026)
YEAR_WEIGHTS = 1.25 ** np.arange(len(YEARS))      # more sources in recent years
ROW_GROUP = 100_000
SAMPLE = 2_000                                     # rows per table checked through pydantic


class SyntheticDataError(Exception):
    """The generated tables break the schema or the references; one line per problem."""

    def __init__(self, problems: list[str]):
        self.problems = problems
        super().__init__("synthetic data is invalid:\n  " + "\n  ".join(problems))


@dataclass(frozen=True)
class Sizes:
    """How many rows each table gets for a number of figures."""

    figures: int
    sources: int
    actors: int
    proposals: int
    events: int

    @classmethod
    def for_figures(cls, figures: int) -> "Sizes":
        """1,000,000 figures: 100,000 sources, 2,000 actors, 200,000 proposals, 20,000 events."""
        return cls(figures, max(20, figures // 10), min(2_000, max(50, figures // 500)),
                   figures // 5, figures // 50)


# --- words (French, English) ----------------------------------------------------------------------
MONEY_SUBJECTS = [
    ("Investissements annoncés", "Announced investment"), ("Budget alloué", "Allocated budget"),
    ("Montant des aides publiques", "Amount of public aid"), ("Levée de fonds", "Funds raised"),
    ("Dépenses publiques", "Public spending"), ("Chiffre d'affaires", "Turnover"),
    ("Valeur des marchés publics", "Value of public contracts"), ("Enveloppe du plan", "Plan envelope"),
    ("Coût estimé", "Estimated cost"), ("Capital investi", "Capital invested"),
    ("Subventions versées", "Grants paid"), ("Dépenses de R&D", "R&D spending"),
]
SHARE_SUBJECTS = [
    ("Part de marché", "Market share"), ("Part des entreprises équipées", "Share of equipped companies"),
    ("Taux d'adoption", "Adoption rate"), ("Part des achats hors d'Europe", "Share of purchases outside Europe"),
    ("Croissance annuelle", "Annual growth"), ("Taux de dépendance", "Dependency rate"),
]
COUNT_SUBJECTS = [  # (label fr, label en, noun in `raw`, `unit`)
    ("Nombre d'entreprises", "Number of companies", "entreprises", "companies"),
    ("Emplois créés", "Jobs created", "emplois", "jobs"),
    ("Personnes formées", "People trained", "personnes", "people"),
    ("Projets financés", "Funded projects", "projets", "projects"),
    ("Startups accompagnées", "Startups supported", "startups", "startups"),
    ("Centres de données", "Data centres", "centres de données", "data centres"),
    ("Chercheurs recrutés", "Researchers hired", "chercheurs", "researchers"),
    ("Brevets déposés", "Patents filed", "brevets", "patents"),
]
TOPICS = [
    ("dans l'intelligence artificielle", "in artificial intelligence"),
    ("pour le cloud souverain", "for sovereign cloud"), ("dans la cybersécurité", "in cybersecurity"),
    ("pour les supercalculateurs", "for supercomputers"), ("dans les semi-conducteurs", "in semiconductors"),
    ("pour la formation numérique", "for digital training"), ("pour les données de santé", "for health data"),
    ("dans le logiciel libre", "in open source software"),
    ("pour les technologies quantiques", "for quantum technologies"),
    ("pour la défense numérique", "for digital defence"), ("des TPE et PME", "of small and medium firms"),
    ("des collectivités territoriales", "of local authorities"),
    ("de la commande publique", "of public procurement"), ("des centres de données", "of data centres"),
    ("de l'industrie du numérique", "of the digital industry"),
    ("des infrastructures critiques", "of critical infrastructure"),
]
PLACES = [
    ("en France", "in France"), ("en Europe", "in Europe"), ("d'ici 2030", "by 2030"),
    ("sur cinq ans", "over five years"), ("par l'État", "by the State"),
    ("en Île-de-France", "in the Paris region"), ("dans l'Union européenne", "in the European Union"),
    ("selon le rapport", "according to the report"), ("depuis 2020", "since 2020"),
    ("au niveau mondial", "worldwide"), ("par les acteurs privés", "by private players"),
    ("dans les régions", "in the regions"),
]
TITLE_STARTS = [
    ("Le gouvernement annonce un plan", "The government announces a plan"),
    ("Les industriels appellent à investir", "Industry calls for investment"),
    ("Un rapport alerte sur la dépendance", "A report warns of dependence"),
    ("Bruxelles dévoile sa stratégie", "Brussels unveils its strategy"),
    ("Tribune : réussir la souveraineté", "Opinion: getting sovereignty right"),
    ("Entretien : l'urgence d'agir", "Interview: the urgency to act"),
    ("Le Sénat adopte un texte", "The Senate adopts a bill"), ("Baromètre annuel", "Annual barometer"),
    ("Étude : les chiffres clés", "Study: the key figures"),
    ("Manifeste pour l'autonomie stratégique", "Manifesto for strategic autonomy"),
    ("Lancement d'un programme", "A programme is launched"),
]
ACTIONS = [
    ("Créer un fonds souverain", "Create a sovereign fund"),
    ("Réserver une part des achats", "Reserve a share of purchasing"),
    ("Former les agents publics", "Train public servants"),
    ("Instaurer un bonus souveraineté", "Introduce a sovereignty bonus"),
    ("Simplifier l'accès aux aides", "Simplify access to public aid"),
    ("Soutenir les champions européens", "Back European champions"),
    ("Financer des capacités de calcul", "Fund computing capacity"),
    ("Harmoniser les normes", "Harmonise standards"), ("Lancer un programme national", "Launch a national programme"),
    ("Renforcer la certification", "Strengthen certification"),
    ("Mutualiser les achats publics", "Pool public purchasing"), ("Créer un label de confiance", "Create a trust label"),
]
EVENT_WORDS = {
    "summit": ("Sommet", "Summit"), "conference": ("Conférence", "Conference"),
    "meeting": ("Réunion", "Meeting"), "announcement": ("Annonce", "Announcement"),
    "publication": ("Rapport", "Report"), "founding": ("Création d'une alliance", "Founding of an alliance"),
    "trial": ("Procès", "Trial"), "incident": ("Incident", "Incident"),
    "trade_measure": ("Mesure commerciale", "Trade measure"), "award": ("Prix", "Award"),
    "other": ("Rencontre", "Gathering"),
}
EVENT_WEIGHTS = [0.15, 0.3, 0.12, 0.12, 0.1, 0.04, 0.02, 0.04, 0.03, 0.03, 0.05]
CITIES = ["Paris", "Lyon", "Bruxelles", "Strasbourg", "Bordeaux", "Lille", "Toulouse", "Nantes",
          "Marseille", "La Baule", "Berlin", "Luxembourg", "Genève", "Londres", "Grenoble", "Rennes"]
NOTES = ["Rounded by the source.", "Figure quoted from the press release.", "Estimate by the author.",
         "Over the whole programme.", "Includes private co-funding.", "Excludes VAT."]
PUBLISHERS = [  # (name, slug, site, language)
    ("Les Echos", "les-echos", "lesechos.fr", "fr"), ("Alliancy", "alliancy", "alliancy.fr", "fr"),
    ("L'Usine Digitale", "usine-digitale", "usine-digitale.fr", "fr"),
    ("Le Monde Informatique", "lmi", "lemondeinformatique.fr", "fr"),
    ("La Tribune", "la-tribune", "latribune.fr", "fr"), ("Le Monde", "le-monde", "lemonde.fr", "fr"),
    ("Le Figaro", "le-figaro", "lefigaro.fr", "fr"), ("Contexte", "contexte", "contexte.com", "fr"),
    ("Acteurs publics", "acteurs-publics", "acteurspublics.fr", "fr"), ("LeMagIT", "lemagit", "lemagit.fr", "fr"),
    ("Silicon.fr", "silicon", "silicon.fr", "fr"), ("Journal du Net", "jdn", "journaldunet.com", "fr"),
    ("Maddyness", "maddyness", "maddyness.com", "fr"), ("Cigref", "cigref", "cigref.fr", "fr"),
    ("Numeum", "numeum", "numeum.fr", "fr"), ("Sénat", "senat", "senat.fr", "fr"),
    ("Cour des comptes", "ccomptes", "ccomptes.fr", "fr"), ("Institut Montaigne", "montaigne", "institutmontaigne.org", "fr"),
    ("Bpifrance", "bpifrance", "bpifrance.fr", "fr"), ("France Stratégie", "france-strategie", "strategie.gouv.fr", "fr"),
    ("Politico Europe", "politico", "politico.eu", "en"), ("Euractiv", "euractiv", "euractiv.com", "en"),
    ("Financial Times", "ft", "ft.com", "en"), ("Reuters", "reuters", "reuters.com", "en"),
    ("The Register", "the-register", "theregister.com", "en"), ("Bloomberg", "bloomberg", "bloomberg.com", "en"),
    ("European Commission", "ec", "commission.europa.eu", "en"), ("OECD", "oecd", "oecd.org", "en"),
]
SOURCE_KINDS = {"article": 0.55, "editorial": 0.08, "interview": 0.12, "manifesto": 0.03,
                "study": 0.1, "press_release": 0.12}
PERIODS = {"one_off": 0.55, "annual": 0.3, "multi_year": 0.15}
FIGURE_STATUSES = {"announced": 0.3, "committed": 0.12, "spent": 0.1, "estimated": 0.2,
                   "measured": 0.23, "proposed": 0.05}
PROPOSAL_KINDS = {"proposal": 0.45, "recommendation": 0.3, "measure": 0.1, "call": 0.08, "priority": 0.07}
PROPOSAL_STATUSES = {"proposed": 0.6, "announced": 0.15, "launched": 0.1, "adopted": 0.1, "implemented": 0.05}
PRECISIONS = ["day", "month", "year"]

# --- how amounts are written: "plus de 2,5 milliards d'euros", "entre 10 et 15 %", "1 200 emplois"
MEASURES = ["money", "share", "count"]
MEASURE_WEIGHTS = [0.55, 0.2, 0.25]
BOUNDS = ["exact", "approx", "more_than", "less_than", "up_to", "range"]
BOUND_WORDS = [("", 0, 0.55), ("près de ", 1, 0.08), ("environ ", 1, 0.07), ("plus de ", 2, 0.09),
               ("au moins ", 2, 0.03), ("moins de ", 3, 0.04), ("jusqu'à ", 4, 0.06), ("entre ", 5, 0.08)]
CURRENCIES = ["EUR", "USD", "GBP"]
CURRENCY_WEIGHTS = [0.7, 0.22, 0.08]
MONEY_WORDS = [("euros", "d'euros", "€"), ("dollars", "de dollars", "$"),
               ("livres sterling", "de livres sterling", "£")]
MULTIPLIERS = np.array([1, 10**6, 10**6, 10**9, 10**9])   # by scale kind: none, million(s), milliard(s)


def _money_suffixes() -> tuple[list[str], list[str | None]]:
    """Suffix and scale as written, indexed by currency * 10 + symbols * 5 + scale kind."""
    suffixes, scales = [], []
    for plain, after_scale, symbol in MONEY_WORDS:
        for scale, suffix in zip([None, "million", "millions", "milliard", "milliards"],
                                 [plain, *(f"{w} {after_scale}" for w in
                                           ["million", "millions", "milliard", "milliards"])]):
            suffixes.append(" " + suffix)
            scales.append(scale)
        suffixes += [f" {symbol}", f" M{symbol}", f" M{symbol}", f" Md{symbol}", f" Md{symbol}"]
        scales += [None, "M", "M", "Md", "Md"]
    return suffixes, scales


MONEY_SUFFIXES, MONEY_SCALES = _money_suffixes()
SUFFIXES = MONEY_SUFFIXES + [" %", "%"] + [f" {noun}" for *_, noun, _ in COUNT_SUBJECTS]
SCALES = MONEY_SCALES + [None] * (len(SUFFIXES) - len(MONEY_SUFFIXES))
SUBJECTS = [*MONEY_SUBJECTS, *SHARE_SUBJECTS, *((fr, en) for fr, en, *_ in COUNT_SUBJECTS)]
SUBJECT_START = np.array([0, len(MONEY_SUBJECTS), len(MONEY_SUBJECTS) + len(SHARE_SUBJECTS)])
SUBJECT_COUNT = np.array([len(MONEY_SUBJECTS), len(SHARE_SUBJECTS), len(COUNT_SUBJECTS)])
UNITS = CURRENCIES + ["percent"] + [unit for *_, unit in COUNT_SUBJECTS]


# --- drawing and assembling columns -----------------------------------------------------------------
def _zipf(rng: np.random.Generator, n: int, size: int, s: float, shuffle: bool = True) -> np.ndarray:
    """`size` draws from range(n), item k weighing 1/k**s: a few items take most draws.

    With `shuffle` the heavy items are spread at random over range(n), else they are the first ones.
    """
    weights = 1.0 / np.arange(1, n + 1) ** s
    draws = rng.choice(n, size=size, p=weights / weights.sum())
    return (rng.permutation(n)[draws] if shuffle else draws).astype(np.int32)


def _codes(rng: np.random.Generator, size: int, weights) -> np.ndarray:
    """Indices into `weights` (a list, or a dict's values) drawn with those weights."""
    p = np.asarray(list(weights.values()) if isinstance(weights, dict) else weights, dtype=float)
    return rng.choice(len(p), size=size, p=p / p.sum()).astype(np.int8)


def _enum(codes: np.ndarray, values, mask: np.ndarray | None = None) -> pa.DictionaryArray:
    """A dictionary-encoded enumeration column: values[codes], null where `mask`."""
    return pa.DictionaryArray.from_arrays(pa.array(codes, pa.int8(), mask=mask), pa.array(list(values)))


def _pick(words, idx: np.ndarray, mask: np.ndarray | None = None) -> pa.Array:
    """words[idx] as a string column, null where `mask`."""
    return pa.array(list(words), pa.string()).take(pa.array(idx, mask=mask))


def _join(*parts) -> pa.Array:
    return pc.binary_join_element_wise(*parts, "")


def _text(numbers: np.ndarray) -> pa.Array:
    return pc.cast(pa.array(numbers), pa.string())


def _ids(prefix: str, n: int) -> pa.Array:
    """'prefix-000000', 'prefix-000001'... zero-padded so they sort as they were numbered."""
    return _join(prefix, pc.utf8_lpad(_text(np.arange(n)), width=max(6, len(str(n - 1))), padding="0"))


def _french_number(tenths: np.ndarray) -> pa.Array:
    """Tenths written in French: 12345 -> '1 234,5', 25_000_000 -> '2 500 000'."""
    whole, decimal = tenths // 10, tenths % 10
    low, mid, high = whole % 1000, whole // 1000 % 1000, whole // 1_000_000
    pad = lambda x: pc.utf8_lpad(_text(x), width=3, padding="0")  # noqa: E731
    out = pc.if_else(pa.array(high > 0), _join(_text(high), " ", pad(mid), " ", pad(low)),
                     pc.if_else(pa.array(mid > 0), _join(_text(mid), " ", pad(low)), _text(low)))
    return pc.if_else(pa.array(decimal > 0), _join(out, ",", _text(decimal)), out)


def _random_days(rng: np.random.Generator, size: int) -> np.ndarray:
    """Days over 2016-2025, more of them in recent years."""
    years = rng.choice(YEARS, size=size, p=YEAR_WEIGHTS / YEAR_WEIGHTS.sum())
    start = (years - 1970).astype("datetime64[Y]").astype("datetime64[D]")
    length = ((years + 1 - 1970).astype("datetime64[Y]").astype("datetime64[D]") - start).astype(np.int64)
    return start + rng.integers(0, length)


def _at_precision(days: np.ndarray, precision: np.ndarray) -> np.ndarray:
    """Each day cut to the first day of its precision (0 day, 1 month, 2 year)."""
    month = days.astype("datetime64[M]").astype("datetime64[D]")
    year = days.astype("datetime64[Y]").astype("datetime64[D]")
    return np.where(precision == 0, days, np.where(precision == 1, month, year))


def _dates_near(rng, published: np.ndarray, source: np.ndarray, undated_share: float):
    """Dates up to two years before each row's source publication; (days, precision, null mask).

    A row is left undated only when its source has a date (the app then uses the source's).
    """
    base = published[source]
    no_source_date = np.isnat(base)
    base = np.where(no_source_date, _random_days(rng, len(source)), base)
    room = np.minimum(730, (base - np.datetime64("2016-01-01")).astype(np.int64) + 1)
    days = base - (rng.random(len(source)) * room).astype(np.int64)
    precision = _codes(rng, len(source), [0.5, 0.35, 0.15])
    undated = (rng.random(len(source)) < undated_share) & ~no_source_date
    return _at_precision(days, precision), precision, undated


# --- tables -------------------------------------------------------------------------------------------
def read_taxonomy(table: str, data_dir: Path = DATA_DIR) -> list[Row]:
    """The real themes or levers from `data_dir`: the taxonomy is data, not code.

    Cells are read as the loaders read them (blank is null, lists split on ';').
    """
    model = TABLES[table][0]
    with open(Path(data_dir) / f"{table}.csv", encoding="utf-8", newline="") as fh:
        return [model.model_validate(_clean(table, r)) for r in csv.DictReader(fh)]


REVIEWS = {"accepted": 0.97, "candidate": 0.03}   # a few rows added by `loaders ingest`, not yet checked


def _review(rng: np.random.Generator, table: str, n: int) -> dict[str, pa.Array]:
    """The `review` column, mostly accepted, for the tables whose schema declares one."""
    if "review" not in arrow_schema(table).names:
        return {}
    return {"review": _enum(_codes(rng, n, REVIEWS), REVIEWS)}


@dataclass
class Rates:
    """Generated reference rates, per currency (EUR, USD, GBP) and month or year since 2016."""

    monthly: np.ndarray   # shape (3, 120); EUR's row is 1
    yearly: np.ndarray    # shape (3, 10)
    table: pa.Table


def fx_rates(rng: np.random.Generator) -> Rates:
    """USD and GBP per euro, month by month over 2016-2025 (a random walk, not the ECB's)."""
    months = len(YEARS) * 12
    monthly, yearly = np.ones((3, months)), np.ones((3, len(YEARS)))
    rows = []
    for c, (currency, start, step) in enumerate([("USD", 1.10, 0.015), ("GBP", 0.86, 0.012)], start=1):
        monthly[c] = np.round(start * np.exp(np.cumsum(rng.normal(0, step, months))), 4)
        yearly[c] = np.round(monthly[c].reshape(len(YEARS), 12).mean(axis=1), 4)
        for i, year in enumerate(YEARS):
            rows.append(FxRate(currency=currency, period=str(year), rate=yearly[c, i],
                               source="Synthetic (python -m bench generate)", note="Mean of the months."))
            rows += [FxRate(currency=currency, period=f"{year}-{m:02d}", rate=monthly[c, i * 12 + m - 1],
                            source="Synthetic (python -m bench generate)") for m in range(1, 13)]
    return Rates(monthly, yearly, to_arrow("fx_rates", rows))


def sources(rng: np.random.Generator, n: int) -> tuple[pa.Table, np.ndarray]:
    """Sources from a few dominant publishers; (table, publication days with NaT when undated)."""
    publisher = _zipf(rng, len(PUBLISHERS), n, 1.0)
    name, slug, site, language = (list(col) for col in zip(*PUBLISHERS))
    english = (np.array(language) == "en")[publisher] ^ (rng.random(n) < 0.1)
    days, precision = _random_days(rng, n), _codes(rng, n, [0.7, 0.25, 0.05])
    undated = rng.random(n) < 0.005
    days = np.where(undated, np.datetime64("NaT"), _at_precision(days, precision))
    start, topic, place = (rng.integers(0, len(w), n) for w in (TITLE_STARTS, TOPICS, PLACES))
    said = {lang: _join(_pick([s[i] for s in TITLE_STARTS], start), " ", _pick([t[i] for t in TOPICS], topic))
            for i, lang in enumerate(["fr", "en"])}
    summary = rng.random(n) >= 0.5
    source_id = _join(_pick(slug, publisher), "-", _ids("", n))
    columns = {
        "source_id": source_id,
        "title": pc.if_else(pa.array(english), said["en"], said["fr"]),
        "publisher": _pick(name, publisher),
        "published": pa.array(days, pa.date32()),
        "published_precision": _enum(precision, PRECISIONS, mask=undated),
        "kind": _enum(_codes(rng, n, SOURCE_KINDS), SOURCE_KINDS),
        "language": _pick(["fr", "en"], english.astype(np.int8)),
        "url": pc.if_else(pa.array(rng.random(n) < 0.6), _join("https://www.", _pick(site, publisher), "/",
                                                                source_id), None),
        "document": pc.if_else(pa.array(rng.random(n) < 0.25), _join(source_id, ".txt"), None),
        **{f"summary_{lang}": pc.if_else(pa.array(summary), _join(
            said[lang], ", ", _pick([p[i] for p in PLACES], place), "."), None)
           for i, lang in enumerate(["fr", "en"])},
        **_review(rng, "sources", n),
    }
    return _table("sources", columns), days


ORGANISATIONS = {  # type: (weight, name = one of each list joined)
    "company": (0.22, ["Cyber", "Data", "Quanti", "Nume", "Sov", "Nova", "Atlas", "Helio", "Orion", "Vega",
                       "Kelt", "Arval", "Lumen", "Sirius", "Tera", "Opti", "Clar", "Axi", "Veri", "Ocea"],
                ["logic", "tek", "ware", "cloud", "sys", "net", "mind", "scale", "gate", "core", "lab"],
                ["", " SAS", " SA", " Technologies", " Group", " Systems", " Europe"]),
    "industry_body": (0.06, ["Alliance française des ", "Fédération des ", "Syndicat national des ",
                             "Association des ", "Union des ", "Club des "],
                      ["industries du numérique", "éditeurs de logiciels", "acteurs du cloud",
                       "entreprises de cybersécurité", "start-up de l'IA", "opérateurs télécoms",
                       "hébergeurs de données", "intégrateurs", "fabricants de composants"],
                      ["", " de France", " d'Europe"]),
    "ministry": (0.04, ["Ministère de ", "Ministère délégué à ", "Secrétariat d'État à ", "Direction générale de "],
                 ["l'Économie", "l'Industrie", "la Défense", "la Santé", "la Recherche", "l'Intérieur",
                  "la Transformation publique", "la Culture", "l'Europe", "la Transition écologique"], [""]),
    "agency": (0.05, ["Agence nationale ", "Agence ", "Office ", "Autorité ", "Institut national "],
               ["de la sécurité numérique", "du numérique en santé", "de la donnée publique",
                "pour l'innovation", "de la recherche", "des fréquences", "du calcul intensif",
                "de la concurrence", "de la protection des données"], [""]),
    "think_tank": (0.04, ["Institut ", "Observatoire ", "Fondation ", "Cercle ", "Centre d'études "],
                   ["de la souveraineté numérique", "du numérique responsable", "pour l'autonomie stratégique",
                    "des technologies critiques", "de l'économie de la donnée", "de la puissance technologique"],
                   [""]),
    "media": (0.05, ["La Revue", "La Lettre", "Le Journal", "Le Courrier", "Le Magazine", "La Gazette"],
              [" du numérique", " de la tech", " des DSI", " du cloud", " de l'innovation", " de la cyber"],
              ["", " Pro", " Hebdo"]),
    "event": (0.03, ["Assises ", "Rencontres ", "Salon ", "Forum ", "Journées "],
              ["du numérique", "de la cybersécurité", "du cloud souverain", "de l'IA", "de la data"],
              ["", " de Paris", " de Lyon", " de Bordeaux", " de Lille", " de La Baule", " de Strasbourg"]),
    "government": (0.02, ["Gouvernement "],
                   ["français", "allemand", "italien", "espagnol", "belge", "néerlandais", "britannique",
                    "américain", "canadien", "japonais", "chinois", "polonais", "estonien", "irlandais"], [""]),
    "parliament": (0.02, ["Commission ", "Mission d'information ", "Délégation "],
                   ["des affaires économiques", "du numérique", "des finances", "de la défense",
                    "des affaires européennes"], [" du Sénat", " de l'Assemblée nationale", " du Parlement européen"]),
    "international_org": (0.03, ["Agence européenne ", "Comité européen ", "Conseil international ",
                                 "Fonds européen ", "Observatoire international "],
                          ["pour la cybersécurité", "de la donnée", "du numérique", "de l'intelligence artificielle",
                           "pour l'innovation", "des semi-conducteurs", "des télécommunications"], [""]),
    "programme": (0.04, ["Programme ", "Plan ", "Stratégie nationale ", "Initiative ", "Appel à projets "],
                  ["France 2030", "Cloud de confiance", "IA souveraine", "Quantique", "Numérique inclusif",
                   "Data Europe", "Compétences numériques", "Industrie du futur", "Calcul exascale"], [""]),
}
PERSON_SHARE = 0.4
FIRST_NAMES = ["Marie", "Jean", "Sophie", "Pierre", "Claire", "Nicolas", "Isabelle", "Thomas", "Camille",
               "Julien", "Anne", "Marc", "Laure", "Olivier", "Hélène", "François", "Emma", "Lucas", "Chloé",
               "Antoine", "Sarah", "David", "Laura", "Michael", "Ursula", "Thierry", "Clara", "Hugo"]
LAST_NAMES = ["Martin", "Bernard", "Dubois", "Thomas", "Robert", "Richard", "Petit", "Durand", "Leroy",
              "Moreau", "Simon", "Laurent", "Lefebvre", "Michel", "Garcia", "David", "Bertrand", "Roux",
              "Vincent", "Fournier", "Morel", "Girard", "André", "Mercier", "Dupont", "Lambert", "Bonnet",
              "François", "Martinez", "Legrand", "Garnier", "Faure", "Rousseau", "Blanc", "Guerin", "Muller",
              "Henry", "Roussel", "Nicolas", "Perrin", "Morin", "Mathieu", "Clement", "Gauthier", "Schmidt",
              "Weber", "Rossi", "Smith", "Jones", "Chevalier", "Fontaine", "Barbier", "Brun", "Schneider"]
ROLES = [("président", "president"), ("directrice générale", "chief executive"), ("ministre", "minister"),
         ("député", "member of parliament"), ("sénatrice", "senator"), ("chercheur", "researcher"),
         ("délégué général", "managing director"), ("fondatrice", "founder"), ("économiste", "economist"),
         ("responsable des affaires publiques", "head of public affairs"), ("journaliste", "journalist"),
         ("directeur technique", "chief technology officer")]
COUNTRIES = {"FR": 0.6, "EU": 0.06, "US": 0.1, "DE": 0.07, "GB": 0.05, "BE": 0.03, "NL": 0.02, "IT": 0.03,
             "ES": 0.02, "CN": 0.02}
GOVERNMENT_COUNTRIES = {"français": "FR", "allemand": "DE", "italien": "IT", "espagnol": "ES", "belge": "BE",
                        "néerlandais": "NL", "britannique": "GB", "américain": "US", "canadien": "CA",
                        "japonais": "JP", "chinois": "CN", "polonais": "PL", "estonien": "EE", "irlandais": "IE"}
SMALL_WORDS = {"de", "des", "du", "la", "le", "les", "l'", "d'", "à", "pour", "et", "en"}


def slug(text: str) -> str:
    """An id from a name: 'Secrétariat d'État' -> 'secretariat-d-etat'."""
    folded = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode().lower()
    return re.sub(r"[^a-z0-9]+", "-", folded).strip("-")[:60]


def _acronym(name: str) -> str:
    words = re.findall(r"[^\W\d_]+", name.replace("'", " "))
    return "".join(w[0] for w in words if w.lower() not in SMALL_WORDS and len(w) > 1).upper()


def actors(rng: np.random.Generator, n: int) -> pa.Table:
    """Organisations of every type, then people who belong to one of them (parent_id).

    A few thousand rows: built as pydantic rows, so each is validated as the loaders do.
    """
    types = list(ORGANISATIONS)
    n_people = int(n * PERSON_SHARE)
    kinds = _codes(rng, n - n_people, [ORGANISATIONS[t][0] for t in types])
    country_codes, country_draws = list(COUNTRIES), _codes(rng, n, COUNTRIES)
    rows: list[Actor] = []
    names: set[str] = set()
    ids: set[str] = set()

    def add(name: str, **fields) -> None:
        base, k = slug(name), 1
        while (actor_id := base if k == 1 else f"{base}-{k}") in ids:
            k += 1
        ids.add(actor_id)
        names.add(name)
        rows.append(Actor(actor_id=actor_id, name=name, **fields))

    def unique_name(parts: list[list[str]]) -> str:
        for _ in range(20):
            name = "".join(p[rng.integers(len(p))] for p in parts)
            if name not in names:
                return name
        return f"{name} {len(rows)}"   # the pool is spent: number the duplicates

    governments: list[int] = []
    for i, kind in enumerate(kinds):
        typ, (_, *parts) = types[kind], ORGANISATIONS[types[kind]]
        name = unique_name(parts)
        country = country_codes[country_draws[i]]
        if typ == "government":
            country = GOVERNMENT_COUNTRIES.get(name.split()[1], country)
            governments.append(len(rows))
        elif typ in ("parliament", "ministry", "agency"):
            country = "EU" if "européen" in name else "FR"
        short = name.split()[0] if typ == "company" else _acronym(name)
        parent = None
        if typ in ("ministry", "agency") and governments and rng.random() < 0.5:
            parent = rows[governments[rng.integers(len(governments))]].actor_id
        add(name, short_name=short or name, type=typ, country=country, parent_id=parent,
            aliases=[short.capitalize()] if short.isupper() and rng.random() < 0.4 else [])
    organisations = [r.actor_id for r in rows]
    employers = _zipf(rng, len(organisations), n_people, 1.0)
    for i, employer in enumerate(employers):
        name = unique_name([FIRST_NAMES, [" "], LAST_NAMES])
        first, last = name.split(" ", 1)
        role = ROLES[rng.integers(len(ROLES))] if rng.random() < 0.9 else (None, None)
        add(name, short_name=f"{first[0]}. {last}", type="person", aliases=[last] if rng.random() < 0.3 else [],
            country=country_codes[country_draws[len(kinds) + i]], parent_id=organisations[employer],
            role=role[0], role_en=role[1])
    return to_arrow("actors", rows)


@dataclass
class Mentions:
    """Which actors each source names: rows sorted by source, `first[s]` and `count[s]` per source."""

    source: np.ndarray
    actor: np.ndarray
    first: np.ndarray
    count: np.ndarray

    def one_actor(self, rng: np.random.Generator, source: np.ndarray) -> np.ndarray:
        """For each row, one of the actors its source mentions."""
        return self.actor[self.first[source] + rng.integers(0, self.count[source])]

    def some_actors(self, rng: np.random.Generator, source: np.ndarray, k: np.ndarray) -> pa.Array:
        """For each row, a list of up to k distinct actors its source mentions (as actor indices)."""
        k = np.minimum(k, self.count[source])
        row = np.repeat(np.arange(len(source)), k)
        offsets = np.concatenate([[0], np.cumsum(k)]).astype(np.int32)
        nth = np.arange(len(row)) - offsets[:-1][row]
        start = rng.integers(0, self.count[source])
        s = source[row]
        return pa.ListArray.from_arrays(offsets, self.actor[self.first[s] + (start[row] + nth) % self.count[s]])


def mentions(rng: np.random.Generator, n_sources: int, n_actors: int) -> Mentions:
    """About three actors per source, a few actors named in many sources; (source, actor) unique."""
    per_source = 1 + rng.binomial(5, 0.45, n_sources)
    source = np.repeat(np.arange(n_sources, dtype=np.int64), per_source)
    pairs = np.unique(source * n_actors + _zipf(rng, n_actors, len(source), 1.0))
    source, actor = pairs // n_actors, pairs % n_actors
    count = np.bincount(source, minlength=n_sources)
    return Mentions(source, actor, np.concatenate([[0], np.cumsum(count)[:-1]]), count)


def _round_like(tenths: np.ndarray, unscaled_money: np.ndarray) -> np.ndarray:
    """Round as people write: whole thousands for unscaled money, one decimal below 100, else whole."""
    return np.where(unscaled_money, np.round(tenths / 10_000) * 10_000,
                    np.where(tenths < 1000, np.round(tenths), np.round(tenths / 10) * 10)).astype(np.int64)


def amounts(rng: np.random.Generator, n: int) -> dict[str, np.ndarray]:
    """Measure, bound, currency and value of n amounts, as codes and numbers (tenths as written)."""
    measure = _codes(rng, n, MEASURE_WEIGHTS)
    money, share, count = measure == 0, measure == 1, measure == 2
    # money over eight orders of magnitude, most around ten million
    value = 10 ** (4 + 8 * rng.beta(2, 2.5, n))
    scale_kind = np.where(value < 1e6, 0, np.where(value < 1e9, 1, 3)) * money
    written = np.where(money, value / MULTIPLIERS[scale_kind], 0) * 10
    written = np.where(share, 1000 * rng.beta(1.3, 3, n), written)
    counted = 10 ** (1 + 5 * rng.beta(1.2, 2.5, n))
    two_digits = 10.0 ** (np.floor(np.log10(counted)) - 1)
    written = np.where(count, np.round(counted / two_digits) * two_digits * 10, written)
    unscaled_money = money & (scale_kind == 0)
    low = _round_like(written, unscaled_money)
    low = np.where(money & ~unscaled_money, np.clip(low, 10, 9990), np.maximum(low, 1))
    low = np.where(count, np.maximum(low, 100), low)
    high = _round_like(low * rng.uniform(1.2, 3, n), unscaled_money)
    high = np.where(share, np.clip(high, low, 1000), np.maximum(high, low))
    wording = _codes(rng, n, [w for *_, w in BOUND_WORDS])
    bound = np.array([b for _, b, _ in BOUND_WORDS], dtype=np.int8)[wording]
    plural = np.where(bound == 5, high, low) >= 20
    scale_kind = np.where(scale_kind > 0, scale_kind + plural, 0)
    currency = _codes(rng, n, CURRENCY_WEIGHTS)
    symbols = rng.random(n) < 0.5
    subject = SUBJECT_START[measure] + (rng.random(n) * SUBJECT_COUNT[measure]).astype(np.int64)
    suffix = np.where(money, currency * 10 + symbols * 5 + scale_kind,
                      np.where(share, len(MONEY_SUFFIXES) + (rng.random(n) < 0.3),
                               len(MONEY_SUFFIXES) + 2 + subject - SUBJECT_START[2]))
    unit = np.where(money, currency, np.where(share, 3, 4 + subject - SUBJECT_START[2]))
    return dict(measure=measure, bound=bound, wording=wording, low=low, high=high,
                multiplier=MULTIPLIERS[scale_kind], currency=currency, suffix=suffix.astype(np.int8),
                unit=unit.astype(np.int8), subject=subject.astype(np.int8))


def raw_text(a: dict[str, np.ndarray]) -> pa.Array:
    """The amounts as a source writes them: 'plus de 2,5 milliards d'euros', 'entre 10 et 15 %'."""
    ranged = a["bound"] == 5
    number = _join(_pick([w for w, *_ in BOUND_WORDS], a["wording"]), _french_number(a["low"]))
    number = pc.if_else(pa.array(ranged), _join(number, " et ", _french_number(a["high"])), number)
    return _join(number, _pick(SUFFIXES, a["suffix"]))


def figures(rng: np.random.Generator, n: int, themes: list[str], published: np.ndarray,
            source_ids: pa.Array, actor_ids: pa.Array, cited: Mentions, rates: Rates) -> pa.Table:
    """Figures on a few dominant themes and sources, sorted by theme then date."""
    plan = amounts(rng, n)
    plan["theme"] = _zipf(rng, len(themes), n, 1.1, shuffle=False)
    plan["source"] = _zipf(rng, len(source_ids), n, 0.6)
    plan["actor"] = cited.one_actor(rng, plan["source"])
    plan["no_actor"] = rng.random(n) < 0.2
    plan["date"], plan["precision"], plan["undated"] = _dates_near(rng, published, plan["source"], 0.1)
    plan["period"], plan["status"] = _codes(rng, n, PERIODS), _codes(rng, n, FIGURE_STATUSES)
    plan["topic"] = rng.integers(0, len(TOPICS), n, dtype=np.int8)
    plan["place"] = rng.integers(0, len(PLACES), n, dtype=np.int8)
    plan["note"] = np.where(rng.random(n) < 0.08, rng.integers(0, len(NOTES), n, dtype=np.int8), np.int8(-1))
    theme_rank = np.argsort(np.argsort(themes))
    day = plan["date"].astype(np.int64)
    order = np.lexsort((np.where(plan["undated"], np.iinfo(np.int64).max, day), theme_rank[plan["theme"]]))
    for k in plan:   # one column at a time: sorting the whole plan at once doubles its memory
        plan[k] = plan[k][order]
    del order, day

    money, ranged = plan["measure"] == 0, plan["bound"] == 5
    value = plan["low"] * plan["multiplier"] / 10
    value_high = plan["high"] * plan["multiplier"] / 10
    # the rate of the figure's month (its year's for a year-precision date), at its source's date if undated
    when = np.where(plan["undated"], published[plan["source"]], plan["date"])
    yearly = plan["precision"] == 2
    month = (when.astype("datetime64[M]").astype(np.int64) - (YEARS[0] - 1970) * 12)
    rate = np.where(yearly, rates.yearly[plan["currency"], month // 12], rates.monthly[plan["currency"], month])
    converted = money & (plan["currency"] > 0)
    period_text = pc.if_else(pa.array(yearly), _text(YEARS[0] + month // 12),
                             _join(_text(YEARS[0] + month // 12), "-",
                                   pc.utf8_lpad(_text(month % 12 + 1), width=2, padding="0")))
    subject = {lang: [s[i] for s in SUBJECTS] for i, lang in enumerate(["fr", "en"])}
    columns = {
        "figure_id": _ids("fig-", n),
        "source_id": source_ids.take(pa.array(plan["source"])),
        "raw": raw_text(plan),
        "pick": pa.nulls(n, pa.int32()),
        "measure": _enum(plan["measure"], MEASURES),
        "value": pa.array(value),
        "value_high": pa.array(value_high, mask=~ranged),
        "unit": _pick(UNITS, plan["unit"]),
        "scale": _pick(SCALES, plan["suffix"]),
        "bound": _enum(plan["bound"], BOUNDS),
        "value_eur": pa.array(value / rate, mask=~money),
        "value_eur_high": pa.array(value_high / rate, mask=~(money & ranged)),
        "fx_rate": pa.array(rate, mask=~converted),
        "fx_period": pc.if_else(pa.array(converted), period_text, None),
        **{f"label_{lang}": _join(_pick(subject[lang], plan["subject"]), " ",
                                  _pick([t[i] for t in TOPICS], plan["topic"]), " ",
                                  _pick([p[i] for p in PLACES], plan["place"]))
           for i, lang in enumerate(["fr", "en"])},
        "theme": _pick(themes, plan["theme"]),
        "actor_id": actor_ids.take(pa.array(plan["actor"], mask=plan["no_actor"])),
        "date": pa.array(plan["date"], pa.date32(), mask=plan["undated"]),
        "date_precision": _enum(plan["precision"], PRECISIONS, mask=plan["undated"]),
        "period": _enum(plan["period"], PERIODS),
        "status": _enum(plan["status"], FIGURE_STATUSES),
        "note": _pick(NOTES, plan["note"], mask=plan["note"] < 0),
        **_review(rng, "figures", n),
    }
    return _table("figures", columns)


def proposals(rng: np.random.Generator, n: int, themes: list[str], levers: list[str], published: np.ndarray,
              source_ids: pa.Array, actor_ids: pa.Array, cited: Mentions) -> pa.Table:
    """Proposals by one to three of the actors their source names, on dominant themes and levers."""
    source = _zipf(rng, len(source_ids), n, 0.8)
    authors = cited.some_actors(rng, source, 1 + rng.binomial(2, 0.25, n))
    date, precision, undated = _dates_near(rng, published, source, 0.2)
    action, topic, place = (rng.integers(0, len(w), n) for w in (ACTIONS, TOPICS, PLACES))
    summary = rng.random(n) < 0.4
    rank = np.minimum(_zipf(rng, 30, n, 0.5, shuffle=False) + 1, 30)
    text = {lang: _join(_pick([a[i] for a in ACTIONS], action), " ", _pick([t[i] for t in TOPICS], topic))
            for i, lang in enumerate(["fr", "en"])}
    columns = {
        "proposal_id": _ids("prop-", n),
        "source_id": source_ids.take(pa.array(source)),
        "actor_ids": pa.ListArray.from_arrays(authors.offsets, actor_ids.take(authors.values)),
        "title_fr": text["fr"], "title_en": text["en"],
        "theme": _pick(themes, _zipf(rng, len(themes), n, 1.1, shuffle=False)),
        "lever": _pick(levers, _zipf(rng, len(levers), n, 0.9, shuffle=False)),
        "rank": pa.array(rank, pa.int32(), mask=rng.random(n) >= 0.4),
        "kind": _enum(_codes(rng, n, PROPOSAL_KINDS), PROPOSAL_KINDS),
        "date": pa.array(date, pa.date32(), mask=undated),
        "date_precision": _enum(precision, PRECISIONS, mask=undated),
        "status": _enum(_codes(rng, n, PROPOSAL_STATUSES), PROPOSAL_STATUSES),
        **{f"summary_{lang}": pc.if_else(pa.array(summary), _join(
            text[lang], " ", _pick([p[i] for p in PLACES], place), "."), None)
           for i, lang in enumerate(["fr", "en"])},
        **_review(rng, "proposals", n),
    }
    return _table("proposals", columns)


def events(rng: np.random.Generator, n: int, source_ids: pa.Array, actor_ids: pa.Array,
           cited: Mentions) -> pa.Table:
    """Events over 2016-2025, organised by zero to two actors their source names."""
    source = rng.integers(0, len(source_ids), n)
    organisers = cited.some_actors(rng, source, _codes(rng, n, [0.3, 0.5, 0.2]).astype(np.int64))
    precision = _codes(rng, n, [0.8, 0.15, 0.05])
    start = _at_precision(_random_days(rng, n), precision)
    month_end = (start.astype("datetime64[M]") + 1).astype("datetime64[D]") - 1
    year_end = (start.astype("datetime64[Y]") + 1).astype("datetime64[D]") - 1
    end = np.where(precision == 0, start + _codes(rng, n, [0.6, 0.25, 0.1, 0.05]),
                   np.where(precision == 1, month_end, year_end))
    kind, topic = _codes(rng, n, EVENT_WEIGHTS), rng.integers(0, len(TOPICS), n)
    year = _text(start.astype("datetime64[Y]").astype(np.int64) + 1970)
    names = {lang: _join(_pick([w[i] for w in EVENT_WORDS.values()], kind), " ",
                         _pick([t[i] for t in TOPICS], topic), " ", year) for i, lang in enumerate(["fr", "en"])}
    summary = rng.random(n) < 0.5
    place = rng.integers(0, len(CITIES), n)
    columns = {
        "event_id": _ids("evt-", n),
        "name": names["fr"], "name_en": names["en"],
        "kind": _enum(kind, EVENT_WORDS),
        "start": pa.array(start, pa.date32()), "end": pa.array(end, pa.date32()),
        "precision": _enum(precision, PRECISIONS),
        "place": _pick(CITIES, place, mask=rng.random(n) < 0.2),
        "organiser_ids": pa.ListArray.from_arrays(organisers.offsets, actor_ids.take(organisers.values)),
        "source_id": source_ids.take(pa.array(source)),
        **{f"summary_{lang}": pc.if_else(pa.array(summary), _join(names[lang], "."), None)
           for lang in ["fr", "en"]},
        **_review(rng, "events", n),
    }
    return _table("events", columns)


def _table(name: str, columns: dict[str, pa.Array]) -> pa.Table:
    """The columns as a table cast to the declared schema (types, nullability, enumerations)."""
    schema = arrow_schema(name)
    if list(columns) != schema.names:
        raise SyntheticDataError([f"{name}: columns {list(columns)} are not {schema.names}"])
    try:
        return pa.table(columns).cast(schema)
    except (ValueError, pa.ArrowInvalid, pa.ArrowNotImplementedError) as e:
        raise SyntheticDataError([f"{name}: {e}"]) from None


def generate_tables(figure_count: int, seed: int = 0, data_dir: Path = DATA_DIR) -> dict[str, pa.Table]:
    """Every table of the schema, synthetic, for `figure_count` figures; the same seed gives the same tables."""
    size = Sizes.for_figures(figure_count)
    rng = dict(zip(TABLES, (np.random.default_rng(s) for s in np.random.SeedSequence(seed).spawn(len(TABLES)))))
    theme_rows, lever_rows = read_taxonomy("themes", data_dir), read_taxonomy("levers", data_dir)
    themes, levers = [t.theme_id for t in theme_rows], [lv.lever_id for lv in lever_rows]
    rates = fx_rates(rng["fx_rates"])
    source_table, published = sources(rng["sources"], size.sources)
    actor_table = actors(rng["actors"], size.actors)
    cited = mentions(rng["mentions"], size.sources, size.actors)
    source_ids, actor_ids = source_table["source_id"].combine_chunks(), actor_table["actor_id"].combine_chunks()
    return {
        "themes": to_arrow("themes", theme_rows),
        "levers": to_arrow("levers", lever_rows),
        "fx_rates": rates.table,
        "sources": source_table,
        "actors": actor_table,
        "figures": figures(rng["figures"], size.figures, themes, published, source_ids, actor_ids, cited, rates),
        "proposals": proposals(rng["proposals"], size.proposals, themes, levers, published, source_ids,
                               actor_ids, cited),
        "events": events(rng["events"], size.events, source_ids, actor_ids, cited),
        "mentions": _table("mentions", {"source_id": source_ids.take(pa.array(cited.source)),
                                        "actor_id": actor_ids.take(pa.array(cited.actor))}),
    }


# --- checks -------------------------------------------------------------------------------------------
def _key(table: pa.Table, columns) -> pa.Array:
    if len(columns) == 1:
        return table[columns[0]]
    return pc.binary_join_element_wise(*(table[c] for c in columns), "\x1f")


def _pair_codes(sources: pa.Array, actors: pa.Array, ids: dict[str, pa.Array]) -> np.ndarray:
    """(source, actor) pairs as integers: source index * actor count + actor index (ids must exist)."""
    s = pc.index_in(sources, value_set=ids["sources"]).to_numpy(zero_copy_only=False).astype(np.int64)
    a = pc.index_in(actors, value_set=ids["actors"]).to_numpy(zero_copy_only=False).astype(np.int64)
    return s * len(ids["actors"]) + a


def _cited_pairs(tables: dict[str, pa.Table], ids: dict[str, pa.Array]) -> dict[str, np.ndarray]:
    """Pair codes of every actor a figure, proposal or event cites, by table."""
    figures = tables["figures"].select(["source_id", "actor_id"])
    figures = figures.filter(pc.is_valid(figures["actor_id"]))
    out = {"figures": _pair_codes(figures["source_id"].combine_chunks(),
                                  figures["actor_id"].combine_chunks(), ids)}
    for name, column in (("proposals", "actor_ids"), ("events", "organiser_ids")):
        lists = tables[name][column].combine_chunks()
        sources = tables[name]["source_id"].combine_chunks().take(pc.list_parent_indices(lists))
        out[name] = _pair_codes(sources, pc.list_flatten(lists), ids)
    return out


def check_tables(tables: dict[str, pa.Table], seed: int = 0, sample: int = SAMPLE) -> None:
    """Raise SyntheticDataError unless every table fits its schema and its references.

    Whole tables: schema, enumeration values, unique keys, ids that exist, cited actors in
    mentions. A random sample of `sample` rows per table: the pydantic model (patterns, bounds).
    """
    problems = []
    rng = np.random.default_rng(seed)
    ids = {}
    for name, (model, key) in TABLES.items():
        table = tables[name]
        if not table.schema.equals(arrow_schema(name)):
            problems.append(f"{name}: schema differs from arrow_schema({name!r})")
            continue
        for field in table.schema:
            if pa.types.is_dictionary(field.type):
                used = set(pc.unique(table[field.name]).to_pylist()) - {None}
                wrong = used - set(_enum_values(model.model_fields[field.name].annotation))
                problems += [f"{name}.{field.name}: unknown values {sorted(wrong)}"] if wrong else []
        keys = _key(table, key)
        if pc.count_distinct(keys).as_py() != table.num_rows:
            problems.append(f"{name}: {table.num_rows - pc.count_distinct(keys).as_py()} duplicate keys")
        ids[name] = keys.combine_chunks() if len(key) == 1 else None
        for row in table.take(rng.choice(table.num_rows, min(sample, table.num_rows), replace=False)).to_pylist():
            try:
                model.model_validate(row)
            except ValidationError as e:
                problems.append(f"{name}: {row} -> {e.errors()[0]['loc']}: {e.errors()[0]['msg']}")
                break
    if problems:
        raise SyntheticDataError(problems)
    for name, column, target in REFERENCES:
        if column is None:
            continue
        values = tables[name][column].combine_chunks()
        values = (pc.list_flatten(values) if pa.types.is_list(values.type) else values).drop_null()
        unknown = values.filter(pc.invert(pc.is_in(values, value_set=ids[target])))
        if len(unknown):
            problems.append(f"{name}.{column}: {len(unknown)} unknown {target} ids, e.g. {unknown[0]}")
    if problems:
        raise SyntheticDataError(problems)
    mentioned = _pair_codes(tables["mentions"]["source_id"].combine_chunks(),
                            tables["mentions"]["actor_id"].combine_chunks(), ids)
    for name, pairs in _cited_pairs(tables, ids).items():
        missing = int((~np.isin(pairs, mentioned)).sum())
        problems += [f"{name}: {missing} cited actors missing from mentions"] if missing else []
    if problems:
        raise SyntheticDataError(problems)


# --- writing ------------------------------------------------------------------------------------------
def publish_tables(root: Path, tables: dict[str, pa.Table], manifest: dict, lock_timeout: float = 60) -> Path:
    """Write `tables` as a new build under `root` and point `root/current` at it, as `loaders build` does.

    Through loaders.build.publish_build, so the same guarantees: read back before it is renamed
    into place, `current` swapped atomically, a lock, two builds kept.
    """
    try:
        return publish_build(root, tables, manifest, lock_timeout, row_group_size=ROW_GROUP)
    except DataError as e:
        raise SyntheticDataError([str(p) for p in e.problems]) from None


@dataclass
class Report:
    """What `write_synthetic` did: where, how many rows, how long each step took, size on disk."""

    path: Path
    rows: dict[str, int]
    seconds: dict[str, float]
    bytes_on_disk: int


def write_synthetic(root: Path, figure_count: int, seed: int = 0) -> Report:
    """Generate, check and publish a synthetic dataset of `figure_count` figures under `root`."""
    clock = time.perf_counter()
    seconds = {}
    tables = generate_tables(figure_count, seed)
    seconds["generate"], clock = time.perf_counter() - clock, time.perf_counter()
    check_tables(tables, seed)
    seconds["check"], clock = time.perf_counter() - clock, time.perf_counter()
    rows = {name: t.num_rows for name, t in tables.items()}
    manifest = {"version": f"synthetic-{figure_count}-seed{seed}",
                "built_at": dt.datetime.now(dt.timezone.utc).strftime("%Y%m%dT%H%M%S%f"),
                "rows": rows, "warnings": [],
                "synthetic": {"figures": figure_count, "seed": seed, "generator": "python -m bench generate"}}
    final = publish_tables(root, tables, manifest)
    seconds["write"] = time.perf_counter() - clock
    return Report(final, rows, seconds, sum(p.stat().st_size for p in final.iterdir()))
