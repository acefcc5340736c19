"""The sector's organisations the actors table does not (yet) hold, and how context names or unnames one.

data/organisations.csv (name, aliases separated by ";", kind) lists companies, funds, media,
universities and institutions the press names: found in a text, they come back as organisations
with their canonical name ("Les Echos" -> "Les Échos", "L'Agefi" keeps its article) and no
actor id. Rows of kind "programme" ("Horizon Europe", "IPCEI") name plans and programmes: found in a
text they are neither actors nor dates ("France 2030" is no year). An organisation the corpus curates moves to data/actors.csv, which wins over this list.

Context rules, for what the statistical NER labels:
- a role is no actor: "ministre de l'Economie", "secrétaire d'État au Numérique", nor is what a
  government title governs ("ministre déléguée à l'Intelligence artificielle", "ministre des Armées");
- an abbreviation of the trade is no organisation: "un CA de 70 milliards", "les PME";
- a photo credit or a byline is cut off the name: "DR STMicroelectronics", "© AFP";
- a number word is no name: "Sept États";
- a capitalised name after "le groupe", "la start-up", "l'éditeur", "la fédération", "le rachat de", "chez"...
  is an organisation, and so is one before ", spécialiste de", ", fondée en 2015", " a racheté", or before
  what it raised in parentheses ("Reev (3 millions)"); so is the source of a figure ("selon Canalys").

Error policy: a malformed organisations file raises DataError naming the line; the rules never raise.
"""
from __future__ import annotations

import csv
import re
from pathlib import Path

from functools import cache

from loaders.errors import DataError, DataProblem
from loaders.french.numbers import WORDS_PATTERN
from loaders.french.text import APOSTROPHES, surface_key, without_capital_accents

KINDS = {"company", "fund", "media", "university", "research", "institution", "programme"}
PROGRAMME = "programme"  # a plan, programme or act ("Horizon Europe"): named in the press, yet no actor
GAZETTEER_ID = "gazetteer:"  # entity ids of the gazetteer's ruler patterns: the prefix, then the name


def _with_unaccented(names: list[str]) -> list[str]:
    """The names, and each written without its capitals' accents when that differs ("Agence de l'Eau")."""
    return names + [n for n in map(without_capital_accents, names) if n not in names]


class Gazetteer:
    """Every way data/organisations.csv names an organisation, looked up by `surface_key`."""

    def __init__(self, rows: list[tuple[str, list[str]]], programmes: list[tuple[str, list[str]]] = ()):
        self.names = {name: _with_unaccented([name, *aliases]) for name, aliases in rows}
        self.programmes = {name for name, _ in programmes}
        self.names.update({name: _with_unaccented([name, *aliases]) for name, aliases in programmes})
        self._by_key = {surface_key(s): name for name, surfaces in self.names.items() for s in surfaces}

    def lookup(self, text: str) -> str | None:
        return self._by_key.get(surface_key(text))

    def surfaces(self) -> list[tuple[str, str]]:
        """(surface as written in a text, canonical name), both apostrophes included."""
        out = set()
        for name, surfaces in self.names.items():
            for s in surfaces:
                straight = s.translate(APOSTROPHES)
                out |= {(s, name), (straight, name), (straight.replace("'", "’"), name)}
        return sorted(out)


def read_gazetteer(data_dir: Path) -> Gazetteer:
    """data/organisations.csv as a Gazetteer (empty when the file is absent)."""
    path = data_dir / "organisations.csv"
    if not path.exists():
        return Gazetteer([])
    rows, programmes, problems = [], [], []
    with path.open(encoding="utf-8-sig", newline="") as f:
        for line, row in enumerate(csv.DictReader(f), start=2):
            name = (row.get("name") or "").strip()
            kind = (row.get("kind") or "").strip()
            if not name:
                problems.append(DataProblem(str(path), line, "name: empty"))
            elif kind not in KINDS:
                problems.append(DataProblem(str(path), line, f"kind: {kind!r} is not one of {sorted(KINDS)}"))
            else:
                aliases = [a.strip() for a in (row.get("aliases") or "").split(";") if a.strip()]
                (programmes if kind == PROGRAMME else rows).append((name, aliases))
    if problems:
        raise DataError(problems)
    return Gazetteer(rows, programmes)


_ROLE = re.compile(
    r"(?i)^(?:(?:premi[eè]re?\s)?ministre|ministre\sd[eé]l[eé]gu[eé]e?|secr[eé]taire\sd['’][eé]tat|"
    r"pr[eé]sidente?|vice-pr[eé]sidente?|directeur|directrice|pdg|porte-parole|d[eé]put[eé]e?|"
    r"s[eé]nat(?:eur|rice)|commissaire|rapporteur|rapporteure|d[eé]l[eé]gu[eé]e?)(?:\s|$)")
# A government title and what it governs, all of it the role: "ministre déléguée à l'Intelligence artificielle
# et au Numérique", "secrétaire d'État chargée du Numérique", "commissaire européen à la Concurrence". The
# complement is a chain of nouns (a bare "commissaire à la CNIL" sits at the CNIL, which stays an actor) (each with at most two lowercase adjectives) joined by "et" or a comma and a
# preposition, so "le ministre des Armées Sébastien Lecornu" ends before the person.
_ROLE_PREP = (r"(?:(?:charg[ée]e?\s|en\scharge\s)?(?:de\sla\s|de\sl['’]|du\s|des\s|de\s|d['’])"
              r"|à\sla\s|à\sl['’]|au\s|aux\s|à\s)")
_ROLE_NOUN = r"[^\W\d_][\w-]*(?:\s(?:et\s)?[a-zàâçéèêëîïôöûü][a-zàâçéèêëîïôöûü-]{3,}){0,2}"
_ROLE_SPAN = re.compile(   # each regex first tests its first letter: most positions fail there, fast
    r"(?=[mMpPsScChH])(?<![\w-])(?i:(?:premi[eè]re?\s)?ministres?(?:\sd[ée]l[ée]gu[ée]e?s?)?"
    # "ministre fédéral allemand de l'Économie": adjectives before what the minister governs
    r"(?:\s(?!(?:de|du|des|chargée?|en)\s)[a-zàâçéèêëîïôöûü-]{4,}){0,2}|secr[ée]taire\sd['’][ée]tat"
    r"|(?:haute?-)?commissaire\seurop[ée]en(?:ne)?|haute?-commissaire)"
    rf"(?:\s(?:{_ROLE_PREP}{_ROLE_NOUN})(?:(?:\set\s|,\s){_ROLE_PREP}{_ROLE_NOUN})*)?(?![\w-])")
# Abbreviations of the business press that name no organisation ("un CA de 70 milliards", "les PME").
NOT_ORGANISATIONS = frozenset(
    "CA PIB PME ETI TPE GE IA R&D RH DRH DSI DAF SI IT SaaS PaaS IaaS HT TTC TVA PDG DG CEO CTO CFO COO CDO "
    "B2B B2C BtoB BtoC KPI ROI API IoT GPU CPU LLM RSE CDI CDD BFR EBITDA EBIT ARR MRR IPO M&A OPA ETP OTT "
    "Hz kHz MHz GHz THz Mo Go To Po Mbit/s Gbit/s kWh MWh GWh TWh MW GW "   # units ("3,5 GHz")
    "RGPD GDPR DMA DSA NIS NIS2 DORA "   # regulations, not their authors
    "CAC40 SBF120 "   # stock indices (not "Nasdaq", the exchange that lists "les rares françaises cotées sur le Nasdaq")
    "NDLR Ndlr N.D.L.R. "     # the editors' note
    "2G 3G 4G 5G 6G LTE FTTH FttH FTTx FTTO ADSL VDSL xDSL Wi-Fi WiFi "   # networks ("les boucles locales 4G, 5G")
    "HPC GIP GIE SNC Benelux "   # high-performance computing; interest groupings, partnerships (legal forms); a region
    "LPM "   # "la loi de programmation militaire (LPM)": a law
    "EPR EPR2 SMR AMR "   # reactors
    "EBE IFRS IFRS15 PSAN PSCA CASP CFP CFA "   # accounts, crypto-asset licences, the Pacific and African francs
    "GAFAM GAFA BATX NATU".split()   # groups of firms named together, none of them
    + ["CAC 40", "SBF 120", "Euro Stoxx 50", "CAC", "SBF", "Stoxx", "STOXX", "Stoxx 600", "Euro Stoxx", "Bourse de Paris",
       "Conseil d'administration", "Conseil d’administration", "Conseil de surveillance"])   # a company's boards
# A legal form before a name is no part of it: "la SAS Campus Cyber", "la SARL Dupont Numérique".
_LEGAL_FORM = re.compile(r"^(?:SASU|SAS|SARL|SA|SCOP|SCIC|GIE|EURL)\s(?=[A-Z0-9])")
_CREDIT = re.compile(r"^(?:DR|©|\(c\)|Cr[ée]dits?(?:\sphotos?)?\s?:|Photos?\s?:|Illustration\s?:)\s*")
_NUMBER_WORD = re.compile(WORDS_PATTERN + r"\s")
# Words that announce an organisation's name: "le groupe X", "la start-up X", "chez X", "l'éditeur américain
# de cybersécurité X", "la fédération sectorielle X", "le rachat de X". Between the cue and the name, at most
# two lowercase adjectives and one lowercase complement ("de la cybersécurité", "de puces"); the name is
# capitalised, so "l'éditeur américain de cybersécurité a obtenu" names nobody.
_LOWER = r"[a-zàâçéèêëîïôöûüœ][a-zàâçéèêëîïôöûüœ'’-]*"
# Names run to at most eight words: an unbounded run made each pattern quadratic on a long capitalised text
# (a 200,000-character paste of "Aa Aa ..." read each run again from every word).
_NAME = r"(?P<name>[A-Z][\w.&’'-]*(?:(?<![a-zàâçéèêëîïôöûü]\.)\s(?:[A-Z0-9][\w.&-]*)){0,7})"
_CUE = re.compile(
    r"(?=[lLdD])(?i:\b(?:du\sfonds|le\sgroupe|la\sstart-?up|la\sjeune\spousse|la\ssoci[ée]t[ée]|l['’][ée]diteur|le\sfonds"
    r"|l['’]entreprise|le\sg[ée]ant|l['’]op[ée]rateur|l['’]h[ée]bergeur|la\sfirme|le\scabinet"
    r"|le\ssp[ée]cialiste|le\sfabricant|le\sconstructeur|le\sfournisseur|la\sfintech|la\sbiotech"
    r"|la\sscale-?up|l['’]ESN|la\sf[ée]d[ée]ration|l['’]association|le\ssyndicat|la\slicorne|la\sp[ée]pite"
    r"|l['’]int[ée]grateur|le\sd[ée]veloppeur|le\slaboratoire|l['’]institut|le\srevendeur|le\sdistributeur"
    r"|l['’][ée]quipementier|le\sprestataire|le\ssous-traitant|l['’]assureur|l['’]industriel|le\squotidien"
    r"|l['’]hebdomadaire|le\smagazine|le\sjournal|le\sm[ée]dia|la\sradio|la\scha[iî]ne))"
    rf"(?:\s{_LOWER}){{0,2}}?(?:\s(?i:de|du|des|d['’]|en)\s?(?i:la\s|l['’]|les\s)?{_LOWER}(?:\s{_LOWER})?)?\s"
    + _NAME)
# A company's head, its shareholders or its parent name it: "Frédéric Salles, patron de Matooma", "le PDG de
# Worldline", "actionnaires d'EPI", "filiale de Bouygues".
_CUE_HEAD = re.compile(r"(?=[pPcCfFdDaA])(?<![\w-])(?i:patronne|patron|ceo|pdg|p-dg|co-?fondat(?:eur|rice)|fondat(?:eur|rice)"
                       r"|dirigeante?|directeur\sg[ée]n[ée]ral|directrice\sg[ée]n[ée]rale|actionnaires?|filiale)\s(?:de\s|d['’])"
                       + _NAME)
_CUE_DEAL = re.compile(r"(?=[cClLrRaAeE])(?i:\b(?:ex-(?=[A-Z])|chez|le\srachat\sd[e'’]|l['’]acquisition\sd[e'’]|la\sreprise\sd[e'’]"
                       r"|rach[eè]te|a\sracheté|a\sacquis|acquiert))\s?" + _NAME)
# Who a figure or a finding comes from is an organisation or a person: "selon Canalys", "d'après une étude
# de Newfund", "un rapport du cabinet Wavestone", "rapportés par l'Agefi" ("selon la France" is a place).
_CUE_SOURCE = re.compile(
    r"(?=[sSdDuUlLrRpPmM])(?i:\b(?:selon|d['’]apr[eè]s|(?:une|l['’])\s?[ée]tude|(?:un|le)\srapport|le\sbarom[eè]tre"
    r"|les\s(?:chiffres|donn[ée]es|estimations|calculs|[ée]tudes|enqu[êe]tes|travaux|pr[ée]visions|projections)"
    r"|le\s(?:d[ée]compte|classement|recensement|palmar[eè]s)|rapport[ée]e?s?\spar|publi[ée]e?s?\spar|r[ée]alis[ée]e?s?\spar"
    r"|men[ée]e?s?\spar)(?:\s(?:d[eu]|des|de\sl['’]|de\sla|d['’]))?(?:\s?(?:le\s|la\s|l['’])?(?:cabinet|institut"
    r"|agence|soci[ée]t[ée]|groupe|firme))?)(?:\s(?:la|le|les)|\sl['’])?\s?" + _NAME)
# A name before words that only an organisation takes: "X, spécialiste de", "X, une start-up française",
# "X, fondée en 2015", "X a racheté". Not "Bordeaux, la start-up Tehtris": a definite article announces
# the next name, and the cue must go on in lowercase.
_CUE_AFTER = re.compile(
    r"(?=[A-Z])(?<![\w.’'-])(?P<name>[A-Z][\w.&’'-]*(?:(?<![a-zàâçéèêëîïôöûü]\.)\s[A-Z0-9][\w.&-]*){0,7})"
    r"(?:,\s(?:(?:un|une)\s)?(?:sp[ée]cialiste|[ée]diteur|fabricant|start-?up|scale-?up|fintech"
    r"|soci[ée]t[ée]|entreprise|groupe)\s(?=[a-zàâçéèêëîïôöûü])|,\s(?:fond[ée]e?|cr[ée][ée]e?)\sen\s[12]\d{3}"
    r"|\sa\s(?:rachet[ée]|acquis|lev[ée])\s)")
# A capitalised name ending on a word only organisations end on: "Ring Capital", "360 Capital Partners",
# "Danone Manifesto Ventures", "DS Participation", "BNP Paribas Développement".
_ORG_WORDS = ("Capital|Ventures|Partners|Invest|Investissements?|Investments|Participations?|Développement|Gestion"
              "|Group|Groupe|Holding|Technologies|Systems|Solutions|Labs|Networks|Telecom|Télécom|Consulting"
              "|Software|Semiconductors?|Industries|Robotics|Analytics|Bank|Banque|Finance|Foundation|Fondation")
# Or on a capitalised word only organisations open on, followed by capitalised words: "Groupe Altice",
# "Fonds Innovation Défense", "Institut Montaigne" (not the word alone: "l'Agence" names one already named).
_ORG_HEADS = ("Groupe|Fonds|Banque|Caisse|Institut|Agence|Fondation|Université|Laboratoire|Association|Fédération"
              "|Syndicat|Autorité|Office|Tribunal|Cour")
# Found from the rare word outwards (a pattern opening on every capitalised word cost a millisecond a document).
_ORG_WORD = re.compile(r"(?<=\s)(?:" + _ORG_WORDS + r")(?:(?<![a-zàâçéèêëîïôöûü]\.)\s[A-Z][\w.&-]*)?(?![\w-])")
# (the first may follow an elided article: "d'Alcatel Submarine Networks")
# (not an elided article before a common noun: "L’opérateur Bouygues Telecom" is Bouygues Telecom)
_WORDS_BEFORE_IT = re.compile(r"(?:(?<![\w.’'-])|(?<=\b[dlDL]['’]))(?:(?![DL]['’][a-zàâçéèêëîïôöûü])[A-Z0-9][\w.&’'-]*\s){1,4}$")
# (a particle may tie its capitalised words: "Fondation Saint Vincent de Paul"). In every name pattern a
# word ending on a lower-case letter and a full stop ends the sentence, and the name: "Groupe Hima. La"
_HEADED = re.compile(r"(?=[GFBCIAULSOT])(?<![\w.’'-])(?:" + _ORG_HEADS
                     + r")(?:(?<![a-zàâçéèêëîïôöûü]\.)\s[A-Z][\w.&’'-]*){1,3}(?:\s(?:de|du|des)\s[A-Z][\w.&’'-]*)?(?![\w-])")
# A word that names a kind of organisation, alone and capitalised, refers back to one: "l'Agence", "le Groupe".
GENERIC_HEADS = frozenset(_ORG_HEADS.split("|") + ["Commission", "Conseil", "Ministère", "Gouvernement", "Région",
                                                   "Ville", "Préfecture", "Direction", "Comité", "Société"])
# A name and what it raised, in a round-up: "Reev (3 millions), MerciYanis (2,7 millions)", "Wynd (72 M€)".
# ("le Big Data (5,4 milliards d'euros)": a market after an article, not a company)
_NAME_AND_AMOUNT = re.compile(r"(?<![\w.’'-])(?<!(?i:le|la|du|au)\s)(?<!(?i:les|des|aux)\s)(?<![lL]['’])(?P<name>[A-Z][\w.&’'-]*(?:(?<![a-zàâçéèêëîïôöûü]\.)\s[A-Z][\w.&’'-]*){0,2})\s\((?=[^()]{0,12}\d)"
                              r"[^()]{0,40}(?:millions?|milliards?|M€|Md€|M\$|€|euros?|dollars?|\d{3}\.\d{3})[^()]{0,20}\)")
_CAPITALISED_BEFORE = re.compile(r"[A-Z][\w.&’'-]*\s$")
# A speaker's name opening an interview's answer: "Octave Klaba : Nous maintenons...".
_SPEAKER = re.compile(r"(?m)^(?P<name>[A-Z][\w’'-]+(?:\s(?:[Dd]e\s|[Dd]u\s|[Ll]e\s|[Vv]an\s)?[A-Z][\w’'-]+){1,2})"
                      r"\s?:\s")
# An establishment named by its kind and its place, lowercase head included: "le centre hospitalier de
# Villefranche-sur-Saône", "l'hôpital de Castelluccio", "l'université de Lille", "le CHU de Rennes",
# "le tribunal administratif de Versailles", "la Ville de Laval", "la région Île-de-France" (as administrations).
# ("région Pays de la Loire", "université Paris 1 Panthéon-Sorbonne")
_PLACE_NAME = (r"[A-ZÉÈÎ][\w’'-]*(?:\s(?:de\sla\s|de\sl['’]|(?:de|du|des|la|le|sur|en)\s|d['’])?"
               r"(?:[A-ZÉÈÎ][\w’'-]*|\d{1,2}(?=\s[A-ZÉÈÎ]))){0,7}")
_OF = r"(?:de\s(?:la\s|l['’])?|d['’]|du\s|des\s)"
_ESTABLISHMENT = re.compile(
    r"(?<![\w-])(?P<name>(?:"
    # hospitals and universities, with or without "de": "hôpital de Castelluccio", "pôle santé Léonard de Vinci"
    # ("Grand Hôpital de Charleroi": the adjective is part of the name)
    r"(?:Grand\s|Grande\s|Nouvel\s)?(?i:centre\shospitalier(?:\suniversitaire|\sr[ée]gional)?|groupe\shospitalier|h[oô]pital|polyclinique"
    r"|clinique|hospices\scivils|p[oô]le\ssant[ée]|p[oô]le\suniversitaire|universit[ée]|[ée]tablissement\shospitalier|haute\s[ée]cole)\s"
    r"(?:(?i:priv[ée]e?|public|publique|universitaire|militaire|d['’]instruction\sdes\sarm[ée]es|f[ée]d[ée]rale"
    r"|catholique|libre|populaire)\s)?" + _OF + "?"
    # administrations and courts, with it ("le Département Dominique Bussereau" is its president)
    r"|(?i:mairie|conseil\sr[ée]gional|conseil\sd[ée]partemental|conseil\smunicipal|m[ée]tropole|ville|commune"
    r"|d[ée]partement|communaut[ée]\sde\scommunes|communaut[ée]\sd['’]agglom[ée]ration|communaut[ée]\surbaine"
    r"|agglom[ée]ration|municipalit[ée]|syndicat\sintercommunal"
    r"|tribunal\s(?:administratif|judiciaire|de\scommerce)|cour\sadministrative\sd['’]appel|cour\sd['’]appel"
    r"|barreau|chambre\sde\scommerce\set\sd['’]industrie|chambre\sde\sm[ée]tiers(?:\set\sde\sl['’]artisanat)?)\s" + _OF
    # a region, without it: "la région Île-de-France" (not a company's "région Amériques")
    + r"|(?i:r[ée]gion)\s(?!Am[ée]riques|Europe|Asie|Afrique|EMEA|APAC)"
    # and, capitalised, a port authority ("le port de Marseille" may be the place): "Port de Marseille Fos"
    r"|(?:CHU|CHR|CPAS|CCAS|CCI|Grand\s[Pp]ort\smaritime|Port\sautonome|Port)\s" + _OF + r")" + _PLACE_NAME
    # and a city's metropolis after its name: "Brest métropole", "Nantes Métropole"
    + r"|[A-ZÉÈÎ][\w’'-]*(?:(?<![a-zàâçéèêëîïôöûü]\.)\s[A-ZÉÈÎ][\w’'-]*){0,3}\s[Mm][ée]tropole(?![\w-]))")
# Names in a list: "Ring Capital, Tikehau Capital, Sigma, Kreaxi, 360 Capital Partners et BNP Paribas
# Développement" (or "Siemens, 3M, Mars, Hager, etc."). When the text names one of them an organisation, the others are organisations too.
# (a name may open on a lower-case letter before a capital: "eStruxture")
_MEMBER = r"(?:[A-Z0-9]|[a-z][A-Z])[\w.&’'-]*(?:(?<!\w\w\.)\s[A-Z0-9][\w.&’'-]*){0,7}"
_LIST = re.compile(rf"(?<![\w.’'-]){_MEMBER}(?:,\s{_MEMBER}){{0,40}}(?:,?\s(?:et|ou)\s{_MEMBER}|(?<=\w),\setc\.)")
_LIST_MEMBER = re.compile(_MEMBER)
_NOT_A_NAME = {"Il", "Elle", "Ils", "Elles", "On", "Ce", "Cela", "Celle", "Celui", "Le", "La", "Les", "L", "Qui",
               "Cette", "Cet", "Son", "Sa", "Ses", "Leur", "Nous", "Vous", "Je", "Mais", "Et", "Puis", "Dont"}


def is_role(name: str) -> bool:
    """True for a title rather than an actor: "ministre de l'Economie", "Secrétaire d'État"."""
    return bool(_ROLE.match(name))


def role_spans(text: str) -> list[tuple[int, int]]:
    """Spans of government titles with what they govern ("secrétaire d'État chargée du Numérique"), in order:
    nothing in them is an actor but a person ("ministre de l'Économie Bruno Le Maire" ends before him)."""
    return [m.span() for m in _ROLE_SPAN.finditer(text)]


# An interview's questions open on the paper's name in capitals: "LA TRIBUNE - Quelle réaction...",
# "LA TRIBUNE- Vous venez d'annoncer" (kept when the tables know the name, see find_actors).
_CAPITALS_SPEAKER = re.compile(r"(?m)^(?P<name>[A-ZÉÈÀ][A-ZÉÈÀÎÔÇ&'’]+(?:\s[A-ZÉÈÀÎÔÇ&'’]+){0,3})\s?[-–—:]\s")


def capitals_speakers(text: str) -> list[tuple[int, int]]:
    """Spans of the names in capitals that open an interview's lines ("LA TRIBUNE - ...")."""
    return [m.span("name") for m in _CAPITALS_SPEAKER.finditer(text)]


def speakers(text: str) -> list[tuple[int, int]]:
    """Spans of the people an interview gives the floor to ("Michel Paulin : Nous sommes...")."""
    return [m.span("name") for m in _SPEAKER.finditer(text)]


def is_generic(name: str) -> bool:
    """"Agence", "Groupe", "x4", "Aujourd'hui": a word that names no organisation by itself ("la Commission"
    does: the press's name for the European Commission, or the commission the text is about)."""
    name = name.strip()
    return ((name in GENERIC_HEADS and name != "Commission") or bool(re.fullmatch(r"[A-Za-z]{1,2}\d{1,2}", name))
            or (" " not in name and not name.isupper() and name.translate(APOSTROPHES).lower() in _stop_words()))


# A study's or a ranking's title names what it measures, not who made it: "le Baromètre OTT", "le Baromètre
# du capital-risque du cabinet EY" (EY is the actor), "le Palmarès des start-up".
_STUDY = re.compile(r"(?:Baromètre|Palmarès|Classement|Panorama|Indice|Index|Étude|Enquête|Rapport)(?:\s|$)")


def is_a_study(name: str) -> bool:
    return bool(_STUDY.match(name.strip()))


def is_common_abbreviation(name: str) -> bool:
    """"CA" (chiffre d'affaires), "PME", "R&D": an abbreviation of the trade, not an organisation."""
    return name.strip() in NOT_ORGANISATIONS


def credit_length(text: str) -> int:
    """How many leading characters of `text` are a photo credit ("DR ", "© ", "Crédit photo : ") or a
    legal form ("SAS ")."""
    found = _CREDIT.match(text) or _LEGAL_FORM.match(text)
    return found.end() if found and found.end() < len(text) else 0


def opens_with_number_word(name: str) -> bool:
    """"Sept États" is seven states, not an organisation."""
    return bool(_NUMBER_WORD.match(name + " "))


def cued_names(text: str) -> list[tuple[int, int]]:
    """Spans of names announced by a cue word ("chez Dataiku", "le groupe Tata Sons", "Kaseya a racheté")."""
    spans = [m.span("name") for cue in (_CUE, _CUE_DEAL, _CUE_SOURCE, _CUE_HEAD) for m in cue.finditer(text)]
    spans += [m.span("name") for m in _CUE_AFTER.finditer(text) if m["name"] not in _NOT_A_NAME]
    spans += [m.span("name") for m in _NAME_AND_AMOUNT.finditer(text) if m["name"] not in _NOT_A_NAME
              and not _CAPITALISED_BEFORE.search(text, max(0, m.start() - 40), m.start())]   # not "Big [Data]"
    return sorted(spans)


@cache
def _stop_words() -> frozenset[str]:
    # imported here: the dashboard's server imports this module and never loads spaCy itself
    from loaders.articles import token_pattern
    from loaders.articles.actors import MODEL
    token_pattern.prime(MODEL)   # importing spaCy's French compiles its token pattern: seconds, unless primed
    from spacy.lang.fr.stop_words import STOP_WORDS
    return frozenset(STOP_WORDS)


def _without_leading_words(text: str, start: int, end: int) -> tuple[int, int]:
    """A span without the capitalised common words a sentence opens on ("Selon Tikehau Capital", "Avec")."""
    stop_words = _stop_words()
    while True:
        word = re.match(r"\S+\s", text[start:end])
        if not word or (word[0].strip().lower() not in stop_words and word[0].strip() not in _NOT_A_NAME):
            return start, end
        start += word.end()


def suffixed_names(text: str) -> list[tuple[int, int]]:
    """Spans of names whose last word only organisations take ("Ring Capital", "DS Participation")."""
    found = []
    for m in _ORG_WORD.finditer(text):
        before = _WORDS_BEFORE_IT.search(text, max(0, m.start() - 120), m.start())
        if before:
            found.append(_without_leading_words(text, before.start(), m.end()))
    found += [_without_leading_words(text, *m.span()) for m in _HEADED.finditer(text)]
    # the longest first where two start together ("Fondation Saint Vincent de Paul", not "Fondation Saint")
    return sorted(((s, e) for s, e in found if text[s:e].count(" ") >= 1), key=lambda span: (span[0], -span[1]))


# A press release's dateline names the newswire that carries it: "MONTRÉAL, le 21 oct. 2025 /CNW/ -",
# "/CNW Telbec/", "/PRNewswire/", "(BUSINESS WIRE)"; so does a news agency's dispatch, in brackets before
# its dash: "Zurich (awp) - Logitech a...", "(AOF) - Soitec progresse", "PARIS (Reuters) -".
_NEWSWIRE = re.compile(r"[/(](?P<name>CNW(?:\sTelbec)?|PRNewswire|GLOBE\sNEWSWIRE|BUSINESS\sWIRE)[/)]"
                       r"|\((?P<agency>AFP|awp|AWP|AOF|Reuters|Belga|ATS|Keystone-ATS|AP|Bloomberg|Relaxnews"
                       r"|Agence\sEcofin|APM|APMnews|dpa)\)(?=\s?[-–—])")


def newswires(text: str) -> list[tuple[int, int]]:
    """Spans of the newswires named in datelines ("/CNW Telbec/" gives "CNW Telbec")."""
    return [m.span(m.lastgroup) for m in _NEWSWIRE.finditer(text)] if "/" in text or "(" in text else []


# A foreign ministry named with its country's adjective: "le ministère britannique de la Défense", "le
# ministère fédéral allemand de l'Économie et de l'Énergie" (the model reads "de la Défense" as a place).
_FOREIGN_MINISTRY = re.compile(
    r"(?<![\w-])(?:[Mm]inist[èe]re)\s(?:f[ée]d[ée]ral\s)?(?!de\s|des\s|du\s|d['’]|charg)[a-zéè]{4,}"
    r"\s(?:de\sla\s|de\sl['’]|des\s|du\s|de\s)[A-ZÉ][\w’'-]*"
    r"(?:(?:,\s|\set\s)(?:de\sla\s|de\sl['’]|des\s|du\s|de\s)[A-ZÉ][\w’'-]*){0,3}")


def foreign_ministries(text: str) -> list[tuple[int, int]]:
    """Spans of ministries named with a country's adjective ("ministère britannique de la Défense")."""
    return [m.span() for m in _FOREIGN_MINISTRY.finditer(text)] if "inist" in text else []


def establishments(text: str) -> list[tuple[int, int]]:
    """Spans of hospitals, universities and local authorities named by kind and place
    ("centre hospitalier de Villefranche-sur-Saône"): organisations, though they open in lowercase."""
    return [m.span("name") for m in _ESTABLISHMENT.finditer(text)]


# A list announced as one of organisations: "neuf sociétés françaises : Adista, Alekso, ... et SDV".
_LIST_CUE = re.compile(r"(?i:soci[ée]t[ée]s|entreprises|start-?ups|startups|jeunes\spousses|fonds|investisseurs|partenaires"
                       r"|op[ée]rateurs|[ée]diteurs|banques|groupes|laboratoires|universit[ée]s|[ée]coles|m[ée]dias)"
                       r"(?:\s[^\s.:;]+){0,3}\s?:\s$")


def announced_as_organisations(text: str, start: int) -> bool:
    """Whether the list starting at `start` follows words announcing organisations ("neuf sociétés : ")."""
    return bool(_LIST_CUE.search(text, max(0, start - 80), start))


def listed_names(text: str) -> list[list[tuple[int, int]]]:
    """The members of each list of capitalised names ("A, B, C et D"), as spans, list by list."""
    out = []
    for m in _LIST.finditer(text):
        members = [_without_leading_words(text, m.start() + k.start(), m.start() + k.end())
                   for k in _LIST_MEMBER.finditer(m[0])]
        out.append([(s, e) for s, e in members if e > s])
    return out


@cache
def _place_names() -> frozenset[str]:
    from babel import Locale
    # Countries and regions of the world in French and English; not "Nations unies" (an organisation) nor
    # the European Union and the euro area, which act.
    names = set()
    for locale in ("fr", "en"):
        for code, name in Locale.parse(locale).territories.items():
            if code not in {"UN", "EU", "EZ", "QO"}:
                names |= {surface_key(name), surface_key(without_capital_accents(name))}   # "Etats-Unis" too
    # "l'État", "l'État français": the polity, named like a country, not an organisation of its own; Canada's
    # provinces in French, which datelines abbreviate ("BROMONT, QC, le 28 nov. 2025")
    return frozenset(names | {surface_key(n) for n in (
        "État", "Etat", "État français", "Etat français", "Québec", "Ontario", "Colombie-Britannique", "Alberta",
        "Manitoba", "Saskatchewan", "Nouvelle-Écosse", "Nouveau-Brunswick", "QC", "ON", "BC", "AB")})


@cache
def _subdivision_names() -> frozenset[str]:
    """The regions and départements of France, Belgium's provinces, Switzerland's cantons, Canada's
    provinces (ISO 3166-2): "l'Occitanie se place au sixième rang", "la Haute-Garonne" are places ("la
    région Occitanie" as an administration is read by `establishments`)."""
    import pycountry
    names = set()
    for country in ("FR", "BE", "CH", "CA"):
        for sub in pycountry.subdivisions.get(country_code=country):
            if "," not in sub.name:   # "wallonne, Région": an index form, not how anybody writes it
                names |= {surface_key(sub.name), surface_key(sub.name.replace("-", " ")),
                          surface_key(without_capital_accents(sub.name))}   # "Ile-de-France"
    return frozenset(names)


_ARTICLE = re.compile(r"^(?:la|le|les|l')\s?")


def load_word_lists() -> None:
    """Read the place names and stop words now, in the process that forks the workers, so that each
    does not read them again (pycountry's and babel's tables take a few hundred milliseconds)."""
    _place_names(), _subdivision_names(), _stop_words()


def is_a_country(name: str, subdivisions: bool = True) -> bool:
    """"États-Unis", "la France", "Royaume-Uni": a place, not an actor (unless the actors table says so);
    with `subdivisions`, regions, départements, provinces and cantons too ("l'Occitanie", "Vaud")."""
    key = _ARTICLE.sub("", surface_key(name))
    return key in _place_names() or (subdivisions and key in _subdivision_names())
