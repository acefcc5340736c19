"""Amounts whose currency the text leaves implied: "près de 16 milliards" in an article about euros.

The press writes the currency once and then drops it: "2 milliards d'euros ... Au total, près de
16 milliards seront mobilisés", "54 milliards d'euros, dont 38 ont déjà été engagés". Read alone,
those are counts of nothing. This module gives them the currency of the nearest money written in
the same paragraph, else the currency most of the article's money is written in, and says so: the
item is marked `inferred`, for a reviewer to check.

What is carried, and what is not:
- a number with a scale word ("16 milliards", "500 millions") that counts no noun: "seront",
  "dans l'industrie", "au niveau européen" follow it, or a noun of money ("720 millions de
  financements publics"). "500 millions d'utilisateurs" counts users and stays a count;
- a bare number with no noun right after money with a scale, in the same sentence, no other
  quantity between them ("54 milliards d'euros, dont 38 ont déjà été engagés"): it takes the scale
  too (38 milliards); not after a count ("1 Md€, 2 000 salariés dont 1 370 en France");
- a number followed by "de" and a name, whose money it is: "100 millions de Xavier Niel" (not
  "10 millions de Français", people);
- nothing when the article writes no currency at all.

English text ("$109bn ... 16 billion will be spent") follows the same rules; there a counted
noun comes right after the number ("500 million users"), so any word other than a verb, a
preposition or a noun of money after it keeps it a count.

Error policy: pure functions over items already found; they never raise.
"""
from __future__ import annotations

import collections
import dataclasses
import re
from urllib.parse import urlsplit

from loaders.french.numbers import REFERENCE_WORDS, scale_multiplier

# Nouns that name money, not things: after "de" they leave the amount money ("de financements").
MONEY_NOUNS = {
    "financement", "financements", "crédits", "subventions", "aides", "dépenses", "investissements",
    "fonds", "recettes", "revenus", "budget", "budgets", "commandes", "achats", "prêts", "capitaux",
    "chiffre", "pertes", "bénéfices", "économies", "amendes", "dettes", "levées", "dotations",
    # and singular: "100 millions d'aide européenne"
    "aide", "subvention", "dotation", "enveloppe", "investissement", "crédit", "prêt", "apport", "levée",
    # and money itself: "1,7 milliard d'argent frais", "3 milliards de dette"
    "argent", "liquidités", "trésorerie", "cash", "dette", "capital", "impôts", "taxes", "salaires", "profits",
    # and whose money: "20 millions de la part de l'État"
    "part",
}
_DE_NOUN = re.compile(r"\s+(?:de\s+(?:la\s+(?=part\s))?|d['’]\s*)([^\W\d_]+)")
_NEXT_WORD = re.compile(r"\s+([^\W\d_]+)")
# English words after a scaled number that name no counted thing ("16 billion will be", "in 2025").
EN_NOT_COUNTED = {
    "will", "would", "could", "should", "may", "might", "must", "can", "is", "are", "was", "were",
    "be", "been", "has", "have", "had", "in", "on", "at", "for", "to", "by", "from", "of", "over",
    "into", "and", "or", "but", "a", "an", "the", "this", "that", "these", "those", "each", "per",
    "more", "less", "than", "with", "since", "until", "last", "next", "so", "already", "still",
    "funding", "investment", "investments", "spending", "subsidies", "revenue", "budget", "loans",
}
# A line break ends a paragraph after a blank line or a sentence's end; text wrapped at a fixed
# width breaks lines mid-sentence ("500 milliards $ dont\n100 milliards dès 2025").
_PARAGRAPH = re.compile(r"\n\s*\n|(?<=[.!?»:])[ \t]*\n")
_SAME_SENTENCE = re.compile(r"[.!?]\s|\n\s*\n")
_REFERENCE_BEFORE = re.compile(r"(?<!\S)(?:" + "|".join(map(re.escape, sorted(REFERENCE_WORDS))) + r")\s$",
                               re.IGNORECASE)
_AGAINST_BEFORE = re.compile(r"(?<!\w)contre\s$")
_RANGE_ON = re.compile(r"\s?(?:à|et|-|–)\s?\d")
NEAR = 120  # characters: "38" must follow its "54 milliards d'euros" closely


def counts_no_thing(text: str, end: int, language: str | None = None) -> bool:
    """True when a scaled number ending at `end` counts no noun ("16 milliards seront", "150 millions
    de financements"); False for "500 millions d'utilisateurs" (English: "500 million users")."""
    if language == "en":
        word = _NEXT_WORD.match(text, end)
        return word is None or word.group(1).lower() in EN_NOT_COUNTED
    named = _DE_NOUN.match(text, end)
    if named is None or named.group(1).lower() in MONEY_NOUNS:
        return True
    # "100 millions de Xavier Niel", "le demi-milliard de Google": whose money, not what is counted
    # ("10 millions de Français" count people: a plural demonym ends in s)
    word = named.group(1)
    return word[:1].isupper() and not word.endswith("s")


_OPENS_ASIDE = re.compile(r"\(\s?(?:(?:soit|environ|ou|près\sde|quelque)\s)?$")
_CLOSES_ASIDE = re.compile(r"\s?\)")


def _aside(text: str, item) -> bool:
    """Whether money stands alone in brackets, a conversion: "(2,6 milliards de francs)", "(soit 3 M$)"."""
    return bool(_OPENS_ASIDE.search(text, max(0, item.start - 16), item.start) and _CLOSES_ASIDE.match(text, item.end))


def _paragraph(text: str, at: int) -> tuple[int, int]:
    start = max((m.end() for m in _PARAGRAPH.finditer(text, 0, at)), default=0)
    end = _PARAGRAPH.search(text, at)
    return start, end.start() if end else len(text)


# Money named without an amount ("une dizaine de millions d'euros", "des milliards de dollars"): the
# currency the article counts in, when it writes no amount with one.
_VAGUE_MONEY = re.compile(r"(?i)(?<!\w)(?:dizaines?|centaines?|milliers|millions|milliards)\s(?:de\s(?:millions|milliards)\s)?"
                         r"(?:d['’]\s?(?P<currency>euros)|de\s(?P<currency2>dollars))(?!\w)")
_VAGUE_CURRENCIES = {"euros": "EUR", "dollars": "USD"}


def carry_currencies(text: str, items: list, scales: dict[int, str | None], language: str | None = None,
                     fallback: str | None = None) -> list:
    """`items` (money, percent and count Items in order) with the implied currencies filled in.

    `scales` maps each item's start to the French scale word it stands for ("milliards"), if any;
    `fallback`, the currency of a text that names none (a Canadian paper's, by its address).
    """
    written = [i for i in items if i.kind == "money"]
    if not written:
        # no amount of money, but money named all the same: "des levées de fonds qui se chiffrent en dizaine
        # de millions d'euros. Au premier semestre 2021, 5,14 milliards ont été injectés"
        named = _VAGUE_MONEY.search(text) if any(i.kind == "count" and scales.get(i.start) for i in items) else None
        if named is None and fallback is None:
            return items
        currency = _VAGUE_CURRENCIES[(named["currency"] or named["currency2"]).lower()] if named else fallback
        return [_money(i, currency) if i.kind == "count" and scales.get(i.start) and counts_no_thing(
            text, i.end, language) else i for i in items]
    counts = collections.Counter(i.currency for i in written)
    out: list = []
    for item in items:
        out.append(_carried(text, item, written, counts, scales, language, out) or item)
    return out


def _article_currency(item, written: list, counts: collections.Counter) -> str:
    """The currency most of the article's money is written in; on a tie, the nearest one before."""
    top = max(counts.values())
    tied = [w for w in written if counts[w.currency] == top]
    before = [w for w in tied if w.end <= item.start]
    return (before[-1] if before else tied[0]).currency


def _carried(text: str, item, written: list, counts: collections.Counter, scales: dict[int, str | None],
             language: str | None, before: list = ()):
    if item.kind != "count":
        return None
    scale = scales.get(item.start)
    if scale and counts_no_thing(text, item.end, language):
        p_start, p_end = _paragraph(text, item.start)
        near = [w for w in written if p_start <= w.start < p_end]
        before = [w for w in near if w.end <= item.start]
        # a conversion in brackets is an aside: "2,4 milliards d'euros (2,6 milliards de francs) et celui
        # d'Ingenico 3,4 milliards" counts in euros
        before = [w for w in before if not _aside(text, w)] or before
        source = before[-1] if before else near[0] if near else None
        return _money(item, source.currency if source else _article_currency(item, written, counts))
    nearest = before[-1] if before else None
    if (scale is None and item.unit is None and nearest is not None and nearest.kind == "money"
            and not scales.get(nearest.start) and _AGAINST_BEFORE.search(text, max(0, item.start - 8), item.start)
            and item.start - nearest.end <= NEAR and not _SAME_SENTENCE.search(text, nearest.end, item.start)
            and isinstance(item.value, float) and nearest.value and 0.1 <= item.value / abs(nearest.value) <= 10):
        # "7 500 euros en moyenne, contre 10 500 en 2021": the figure it is compared with, in its currency
        return _money(item, nearest.currency)
    # the last money with a scale before it, written or itself carried ("271,5 millions (dont 138 en capital)")
    previous = next((w for w in reversed(before) if w.kind == "money" and scales.get(w.start)), None)
    nearest = before[-1] if before else None
    # (the bare number goes with the quantity right before it: "1 Md€, 2 000 salariés dont 1 370" counts
    # people; "13 millions d'euros en 2022, contre 9,7 en 2021 et 6,5 en 2019" are all money)
    if (scale is None and item.unit is None and previous is not None and nearest.kind == "money"
            and scales.get(previous.start)
            and item.start - previous.end <= NEAR and not _SAME_SENTENCE.search(text, previous.end, item.start)
            and isinstance(item.value, float) and item.value < abs(previous.value or 0)
            and not _RANGE_ON.match(text, item.end)   # "de 100 à 200 salariés": a range of a noun after it
            and not _REFERENCE_BEFORE.search(text, max(0, item.start - 20), item.start)):   # "le programme 354"
        multiplier = scale_multiplier(scales[previous.start])  # "54 milliards d'euros, dont 38"
        high = item.value_high * multiplier if item.value_high is not None else None
        return _money(dataclasses.replace(item, value=item.value * multiplier, value_high=high),
                      previous.currency)
    return None


def _money(item, currency: str):
    return dataclasses.replace(item, kind="money", currency=currency, unit=None, inferred=True)


# French-language Canadian press writes its own dollar "$" or "dollars" ("26 milliards $", "7 M$"),
# and the US dollar "$ US" or "dollars américains". In a French text that names Canada and not the
# United States, a dollar written without "US" is a Canadian dollar: read as CAD, marked inferred.
_CANADA = re.compile(r"(?<!\w)(?:Canada|canadien(?:ne)?s?|Québec|québécois(?:es?)?|Montréal|Ottawa|Toronto"
                     r"|Vancouver|Gatineau|Trudeau|Legault|Carney|(?i:infonuagiques?)"
                     r"|Lévis|Sherbrooke|Trois-Rivières|Saguenay|Rimouski|Longueuil|Drummondville|Victoriaville"
                     r"|Terrebonne|Rouyn-Noranda|BAIIA?"
                     r"|(?<!Réserve\s)(?P<federal>f[ée]d[ée]ra(?:l|le|les|ux))(?!\s(?i:am[ée]ricain|des\sÉtats|belge|suisse)))(?!\w)")
# A federal state of Europe, whose "fédéral" is no Canadian's ("le conseiller fédéral", "Berne").
_EUROPEAN_FEDERATION = re.compile(r"(?<!\w)(?:Suisse|suisse|Berne|Genève|Zurich|Lausanne|Confédération|Belgique|belge"
                                  r"|Bruxelles|Wallonie|Flandre|Allemagne|allemand|Autriche)(?!\w)")
# ("infonuagique", Québec's word for the cloud, and "BAIIA", its word for EBITDA, are written nowhere else;
# "le fédéral" is Ottawa's government in every dollar text of our press sets: a Belgian or Swiss text
# that names its federal state counts in euros or francs, and the Fed is the "Réserve fédérale")
# (the United States named as a country: "l'entreprise américaine AppDirect" in a Québec paper says whose
# company it is, not whose dollars the paper counts in)
_UNITED_STATES = re.compile(r"(?<!\w)(?:États-Unis|Etats-Unis|Washington|USA)(?!\w)", re.IGNORECASE)
_US_AFTER = re.compile(r"\s?(?:US|USD|am[ée]ricains?)(?![^\W\d_])", re.IGNORECASE)
_US_WRITTEN = re.compile(r"(?<![^\W\d_])(?:US|USD)(?![^\W\d_])|américain", re.IGNORECASE)


# Québec's own notation "2,4 G$" (milliards of dollars): nobody else writes it. ("98,6 millions $" is
# Québec's too, but French tech press writes "385 millions $" of American rounds as well.)
_GIGA_DOLLARS = re.compile(r"\d\s?G\s?\$")


# Where an article was published says whose dollar it counts in, when its words do not: a Québec
# paper's "227 millions $" is Canadian whatever it names. Canada's addresses end in ".ca" (or
# ".quebec"); these French-language Canadian publishers' do not.
CANADIAN_PUBLISHERS = frozenset({
    "journaldemontreal.com", "journaldequebec.com", "ledevoir.com", "lesaffaires.com", "lactualite.com",
    "ledroit.com", "lesoleil.com", "journalmetro.com", "noovo.info", "directioninformatique.com",
    "lelezard.com", "gorimouski.com", "fm93.com", "cogecomedia.com", "tvanouvelles.com"})


def canadian_address(address: str | None) -> bool:
    """Whether `address` (an article's URL) is a Canadian publication's: a ".ca" or ".quebec" host, or
    one of CANADIAN_PUBLISHERS.

    >>> [canadian_address(a) for a in ("https://ici.radio-canada.ca/x", "https://www.ledevoir.com/x",
    ...                                "https://www.lemonde.fr/x", None, "pas une adresse", "https://[::1")]
    [True, True, False, False, False, False]
    """
    if not address:
        return False
    try:
        host = (urlsplit(address.strip()).hostname or "").rstrip(".")
    except ValueError:   # "https://[::1": no host to read, so no country
        return False
    if host.endswith((".ca", ".quebec")):
        return True
    parts = host.split(".")
    return any(".".join(parts[k:]) in CANADIAN_PUBLISHERS for k in range(max(len(parts) - 2, 0) + 1))


def canadian_dollars(text: str, items: list, canadian_source: bool = False) -> list:
    """`items` with the dollars of a Canadian text read as CAD (marked inferred); else as they are.
    `canadian_source`: the text was published in Canada (`canadian_address`), which makes it a
    Canadian text whatever places it names; its "$ US" stays American."""
    # whether the text names Canada, not the United States: read at the first dollar
    canadian_text = True if canadian_source else None

    def canadian(item) -> bool:
        nonlocal canadian_text
        if not (item.kind == "money" and item.currency == "USD" and not _US_WRITTEN.search(item.text)
                and not _US_AFTER.match(text, item.end)):   # "2,8 M$ américains", "500 M$ US"
            return False
        if canadian_text is None:  # most texts write no dollar: searching them all took 4 % of find_quantities
            cues = list(_CANADA.finditer(text))
            only_federal = all(c["federal"] for c in cues)   # a European federal state's "fédéral" is no cue
            canadian_text = bool(cues and not _UNITED_STATES.search(text)
                                 and not (only_federal and _EUROPEAN_FEDERATION.search(text))
                                 or _GIGA_DOLLARS.search(text))   # "33 G$" anywhere: a Québec text
        return canadian_text or bool(_GIGA_DOLLARS.search(item.text))

    return [dataclasses.replace(i, currency="CAD", inferred=True) if canadian(i) else i for i in items]


# The franc of a text about New Caledonia, French Polynesia or Wallis-and-Futuna is the franc CFP (XPF),
# not the Swiss one the press's bare "francs" are read as elsewhere: "110 millions de francs" in Nouméa.
_PACIFIC = re.compile(r"(?<!\w)(?:Nouvelle-Calédonie|Nouvelle‑Calédonie|calédonien(?:ne)?s?|Polynésie|polynésien(?:ne)?s?"
                      r"|Tahiti|Nouméa|Papeete|Wallis|Fenua|province\sdes\sÎles|(?i:F\s?CFP))(?!\w)")
_SWISS_FRANC_WRITTEN = re.compile(r"CHF|(?i:suisses?)|Fr\.")


def pacific_address(address: str | None) -> bool:
    """Whether `address` is a French Pacific publication's: a ".nc", ".pf" or ".wf" host, or a page of
    the public broadcaster's New Caledonian or Polynesian edition.

    >>> [pacific_address(a) for a in ("https://www.lnc.nc/x", "https://la1ere.francetvinfo.fr/nouvellecaledonie/x",
    ...                                "https://www.lemonde.fr/x", None, "https://[::1")]
    [True, True, False, False, False]
    """
    if not address:
        return False
    try:
        parts = urlsplit(address.strip())
        host = (parts.hostname or "").rstrip(".")
    except ValueError:
        return False
    return host.endswith((".nc", ".pf", ".wf")) or bool(re.match(r"/(?:nouvellecaledonie|polynesie|wallisfutuna)/",
                                                                 parts.path))


def pacific_francs(text: str, items: list, pacific_source: bool = False) -> list:
    """`items` with the bare francs of a text about the French Pacific, or published there, read as XPF
    (marked inferred)."""
    if "franc" not in text.lower() or not (pacific_source or _PACIFIC.search(text)):
        return items
    return [dataclasses.replace(i, currency="XPF", inferred=True)
            if i.kind == "money" and i.currency == "CHF" and not _SWISS_FRANC_WRITTEN.search(i.text) else i
            for i in items]


# "8 milliards de livres" in a text about the United Kingdom are pounds sterling (elsewhere they may be books).
_UNITED_KINGDOM = re.compile(r"(?<!\w)(?:Royaume-Uni|britannique|britanniques|Londres|outre-Manche|Angleterre|anglaise?s?"
                             r"|Écosse|sterling)(?!\w)")


def pounds(text: str, items: list) -> list:
    """`items` with the scaled counts of "livres" in a text about the United Kingdom read as GBP (inferred)."""
    if "livres" not in text or not _UNITED_KINGDOM.search(text):
        return items
    return [_money(i, "GBP") if i.kind == "count" and i.unit in ("livres", "livre") and i.value >= 1e6 else i
            for i in items]
