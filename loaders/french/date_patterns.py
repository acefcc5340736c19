"""The vocabulary of written French dates, as regular expressions, for loaders.french.text_dates.

Facts about how French writes dates ("1er", "févr.", "mi-2025", "les 26 et 27 juin") and the
words around them, kept apart from the reading logic. Patterns are matched with re.IGNORECASE
against the text as written (no normalisation): \\s covers no-break spaces, ['’] both apostrophes.
"""
from __future__ import annotations

import functools
import re

_MONTHS = {"janv": 1, "fév": 2, "fev": 2, "mars": 3, "avr": 4, "mai": 5, "juin": 6, "juil": 7,
           "aoû": 8, "aou": 8, "sept": 9, "oct": 10, "nov": 11, "déc": 12, "dec": 12}
_AP = "['’]"
_M = (r"(?<![^\W\d_])(?:janvier|f[ée]vrier|mars|avril|mai|juin|juillet|ao[ûu]t|septembre|octobre"
      r"|novembre|d[ée]cembre|janv\.|f[ée]vr?\.|avr\.|juill?\.|sept\.|oct\.|nov\.|d[ée]c\.)(?![^\W\d_])")
_WD = r"(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)"
_D = r"(?<![\w,.])(?:1\s?er|1ᵉʳ|premier|[12][0-9]|3[01]|0?[1-9])(?![\d,.]\d)"
_YD = r"(?:19[0-9]{2}|20[0-9]{2}|2100)"  # the years a text about today's policy may name
# not a year: a digit run, a decimal, a share, an amount ("2025 euros"), a version ("v2025.1")
_Y_END = r"(?![\d]|[.,]\d|\s?(?:%|€|\$|euros?\b|dollars?\b|mill?iards?\b|millions?\b|Mds?€))"
_Y_START = r"(?<![\d,./])(?<!\d-)"
_Y = _Y_START + _YD + _Y_END
_REL = r"\s(?P<rel>dernier|derni[èe]re|prochain|prochaine)(?![^\W\d_])"
_ART = r"(?:(?:le|du|les|au)\s)?"
_QUAL = r"(?P<q>(?<![^\W\d_])(?:début|fin|mi-|mi\s|courant)\s?)?"
_PREP = (rf"(?P<prep>(?<![^\W\d_])(?:en|dès|depuis|d{_AP}ici|jusqu{_AP}en|mois\sde|avant|après|à\spartir\sde"
         rf"|de|d{_AP})\s?)?")
PATTERNS = [  # (kind, regex); on overlap the earliest, then the longest match wins
    # At most 30 listed days: an unbounded list backtracks over the whole of "1, 2, 3, ..." at each start.
    ("day_range", rf"{_ART}(?:(?P<wd1>{_WD})\s)?(?P<d1>{_D})(?:,\s{_D}){{0,30}}(?:\s(?P<m1>{_M})(?:\s(?P<y1>{_Y}))?)?"
                  rf"\s?(?:au|et|à|-|–)\s?(?:le\s)?(?:(?P<wd2>{_WD})\s)?(?P<d2>{_D})\s(?P<m2>{_M})"
                  rf"(?:\s(?P<y2>{_Y}))?(?:{_REL})?"),
    # "ce" opens a day only before a weekday: "ce lundi 19 mai" is one date, "Ce 9 septembre" starts at 9
    ("day", rf"(?:ce\s(?={_WD})|{_ART})(?:(?P<wd>{_WD})\s)?(?P<d>{_D})\s(?P<m>{_M})(?:\s(?P<y>{_Y}))?(?:{_REL})?"),
    ("numeric", rf"(?<![\d/.])(?P<d>[0-3]?[0-9])([/.])(?P<m>[01]?[0-9])\2(?P<y>{_YD})(?![\d]|[/.]\d)"),
    ("iso", rf"(?<![\d\-])(?P<y>{_YD})-(?P<m>[01][0-9])-(?P<d>[0-3][0-9])(?![\d\-])"),
    # (without a year, both months lowercase: "entre janvier et mars", by the publication date)
    ("month_range", rf"(?:de|d{_AP}|entre)\s?(?P<m1>{_M})(?:\s(?P<y1>{_Y}))?\s(?:à|au|et)\s(?:(?:fin|début|mi)[\s-])?(?P<m2>{_M})"
                    rf"(?:\s(?P<y2>{_Y})|(?<=[a-zé.])(?![^\W\d_]|\s(?:dernier|prochain|\d)))"),
    # "en juin de la même année": the year of the date named before (see text_dates.find_dates)
    ("same_year", rf"{_PREP}{_QUAL}(?P<m>{_M})\s(?:de\s(?:la|cette)\s|d{_AP}une\s)?même\sannée(?![^\W\d_])"),
    ("month", rf"{_PREP}{_QUAL}(?P<m>{_M})(?:\s(?:de\s|d{_AP})?(?P<y>{_Y})|{_REL})?"),
    ("year_range", rf"(?:(?P<entre>entre)\s|de\s)?(?P<y1>{_Y_START}{_YD}(?!\d))"
                   rf"\s?(?(entre)et|(?:-|–|à))\s?(?P<y2>{_YD}{_Y_END})"),
    ("year", rf"{_QUAL}(?P<y>{_Y})"),
    # Half-years and quarters: "au premier semestre 2024", "au T3 2025", "le dernier trimestre" (a month range).
    ("period", rf"(?:(?P<ord>premier|1\s?er|1ᵉʳ|second|seconde|deuxi[èe]me|2\s?(?:e|è|ème|nd)|troisi[èe]me"
               rf"|3\s?(?:e|è|ème)|quatri[èe]me|4\s?(?:e|è|ème)|dernier)\s(?P<unit>semestre|trimestre)"
               rf"|(?<![\w-])(?P<abbr>[TSHQ][1-4])(?=\s{_YD}))(?![^\W\d_])"
               rf"(?:\s(?:de\s|d{_AP})?(?:l{_AP}(?:année|exercice)\s)?(?P<y>{_Y})"
               rf"|\s(?P<ry>de\sl{_AP}année\s(?:dernière|précédente|prochaine)|de\sl{_AP}an\s(?:dernier|prochain)"
               rf"|de\scette\sannée)(?![^\W\d_]))?"),
    # "les six premiers mois de 2022", "des trois premiers mois de l'année": a half-year, a quarter
    ("first_months", rf"(?P<n>trois|six)\spremiers\smois\s(?:de\s|d{_AP})"
                     rf"(?:l{_AP}(?:année|exercice)(?:\s(?P<y2>{_Y}))?|(?P<y>{_Y}))(?![^\W\d_])"),
    # "il y a deux ans": the publication year less N (year precision)
    ("years_ago", r"il\sy\sa\s(?P<n>\d{1,2}|un|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|quinze|vingt)\sans?"
                  r"(?![^\W\d_])"),
    # "un an plus tôt": the date just named in the sentence, a year before (see text_dates.find_dates)
    ("year_earlier", rf"(?:un\san\s(?:plus\stôt|auparavant)|l{_AP}année\sprécédente)(?![^\W\d_])"),
    ("relative_weekday", rf"(?:ce\s(?P<wd>{_WD})|(?P<wd2>{_WD})\s(?P<rel>dernier|prochain)"
                         rf"|(?P<wd3>{_WD})\s(?:matin|midi|soir|après-midi)"
                         # a bare "lundi" ("victime lundi d'une attaque"), not a habit ("le lundi", "chaque lundi",
                         # "du lundi au vendredi") nor a day of the week ("tombe un jeudi")
                         rf"|(?<!le\s)(?<!les\s)(?<!chaque\s)(?<!du\s)(?<!au\s)(?<!un\s)(?P<wd4>{_WD})"
                         rf"(?!\sau\s))(?![^\W\d_])"),
    # "hier": the day before publication; "annonce ce jour" the day itself (not "à ce jour", so far, nor "ce
    # jour-là"); "Aujourd'hui, la ministre a annoncé": the day itself, when it opens
    # the sentence ("utilise aujourd'hui", "jusqu'à aujourd'hui" mean nowadays; "de demain" the future), or after
    # a past participle ("s'est félicitée aujourd'hui", "a annoncé aujourd'hui": an event of the day)
    ("relative_day", rf"(?:(?<![^\W\d_])(?P<rd>hier)|(?<![^\W\d_])(?<!à\s)(?<!À\s)ce\sjour(?![^\W\d_]|-là|\soù)|(?:^|(?<=[.!?]\s)|(?<=\n)|(?<=[-–—]\s))aujourd{_AP}hui(?=,)"
                     rf"|(?:(?<=é\s)|(?<=ée\s)|(?<=és\s)|(?<=ées\s))aujourd{_AP}hui)(?![^\W\d_])"),
    # "la veille", "le lendemain": the day before or after the day just named, else the publication's
    # ("la veille de Noël", "à la veille des élections" name another eve)
    ("eve", r"(?<![^\W\d_])(?<!à\s)(?:la\s(?P<eve>veille)|le\slendemain)(?![^\W\d_])(?!\s(?:de|du|des|d['’])\s?)"),
    # "à l'été 2023", "au printemps 2024": a season, as the months it spans (winter straddles two years)
    ("season", rf"(?P<s>printemps|été|automne)\s(?:de\s|d{_AP})?(?P<y>{_Y})"),
    ("relative_month", r"le\smois\s(?P<rel>dernier|prochain)(?![^\W\d_])|(?P<c>ce)\smois-ci"),
    # "(au) début de l'année prochaine" is next year's, not this one's: the period's word goes first
    ("relative_year", rf"(?:(?:fin|début|milieu|courant)\s(?:de\s)?)?(?:l{_AP}an|l{_AP}année)\s"
                      rf"(?P<w>dernier|derni[èe]re|pass[ée]e?|prochaine?)(?![^\W\d_])"
                      rf"|(?P<c>cette\sannée|(?:fin|début|milieu|courant)\s(?:de\s)?[ld]{_AP}année)(?!\s(?:19|20)\d\d(?!\d|[.,]\d))"),
    # "cet été", "ce printemps": the season of the publication's year
    ("this_season", r"(?<![^\W\d_])(?:cet|ce)\s(?P<s>printemps|été|automne)(?![^\W\d_])"),
]
COMPILED = [(k, re.compile(p, re.IGNORECASE)) for k, p in PATTERNS]
DAY_RX = COMPILED[1][1]
# The patterns that can open on a digit; a date opening on a word may be of any kind but these two.
_DIGIT_KINDS = {"day_range", "day", "numeric", "iso", "year_range", "year", "period"}
OPENING_ON_DIGIT = [(k, rx) for k, rx in COMPILED if k in _DIGIT_KINDS]
OPENING_ON_WORD = [(k, rx) for k, rx in COMPILED if k not in ("numeric", "iso")]
# The characters each kind can open with, matched case-insensitively as the patterns are: "le", "du",
# "les", "au" (_ART), a weekday (_WD), a day (_D: digits, "premier"), a month (_M: j f m a s o n d),
# a year (_YD), "début", "fin", "mi", "courant" (_QUAL), the prepositions of _PREP...
_OPENS_WITH = {
    "day_range": "lda" "lmjvsd" "0-9p",
    "day": "c" "lda" "lmjvsd" "0-9p",
    "numeric": "0-9",
    "iso": "12",
    "month_range": "de",
    "same_year": "edjmaà" "dfmc" "jfmasond",
    "month": "edjmaà" "dfmc" "jfmasond",
    "year_range": "ed" "12",
    "year": "dfmc" "12",
    "period": "psdtq" "1234" "tshq",
    "years_ago": "i",
    "year_earlier": "ul",
    "relative_weekday": "c" "lmjvsd",
    "relative_day": "hac",
    "first_months": "ts",
    "eve": "l",
    "season": "péa",
    "this_season": "c",
    "relative_month": "lc",
    "relative_year": "fdmcl",
}
_OPENING_CLASS = {kind: re.compile(f"[{chars}]", re.IGNORECASE) for kind, chars in _OPENS_WITH.items()}


@functools.lru_cache(maxsize=None)  # a text's candidate starts open on a few dozen distinct characters
def opening_on(char: str) -> tuple[tuple[str, re.Pattern], ...]:
    """The (kind, regex) pairs that may match at a start whose first character is `char`, in order.

    At each candidate start every pattern used to be tried, nearly all in vain (a thousand failed
    `match` calls per document): the others cannot match there, so skipping them changes nothing.
    """
    tried = OPENING_ON_DIGIT if char.isdigit() else OPENING_ON_WORD
    return tuple((kind, rx) for kind, rx in tried if _OPENING_CLASS[kind].match(char))
LOWER_MONTH = re.compile(_M)  # a bare month must be lowercase ("Mars" alone is a planet)
PUBLISHED = re.compile(rf"(?i)(?:publié|mis\sen\sligne|mis\sà\sjour|paru)\s(?:le\s)?(?P<when>{_D}\s{_M}\s{_Y})"
                        rf"|^\W*(?:[A-ZÉ][\w\-]+,\s)?(?:le\s)?(?P<line>{_D}\s{_M}\s{_Y})")


# The months a half-year or a quarter spans, by ordinal ("second", "2e", "T2") and unit.
def period_months(ordinal: str | None, unit: str | None, abbr: str | None) -> tuple[int, int]:
    """('premier', 'semestre', None) -> (1, 6); (None, None, 'T3') -> (7, 9); ('dernier', 'trimestre', None) -> (10, 12)."""
    if abbr:
        n, size = int(abbr[1]), 6 if abbr[0] in "SH" else 3
    else:
        size = 6 if unit.lower().startswith("semestre") else 3
        o = ordinal.lower()
        n = (12 // size if o.startswith("dernier") else 1 if o.startswith(("premier", "1")) else
             2 if o.startswith(("second", "deux", "2")) else 3 if o.startswith(("trois", "3")) else 4)
    n = min(n, 12 // size)   # "S3" does not exist: the last half
    return size * (n - 1) + 1, size * n


SEASON_MONTHS = {"printemps": (3, 6), "été": (6, 9), "automne": (9, 12)}  # the months each season has days in


def month_number(word: str) -> int:
    """'mars' -> 3, 'Déc.' -> 12, 'fevrier' -> 2."""
    w = word.lower().rstrip(".")
    return next(n for k, n in _MONTHS.items() if w.startswith(k))


def day_number(word: str) -> int:
    """'1er' -> 1, 'premier' -> 1, '09' -> 9."""
    return 1 if word.lower().startswith(("1", "p")) and not word[1:2].isdigit() else int(word)


# Capitalised at a sentence start, these announce a date rather than name a plan ("Fin 2024").
SENTENCE_STARTERS = {"fin", "début", "mi", "courant", "depuis", "dès", "avant", "après", "vers",
                     "jusqu'en", "d'ici", "année", "l'année",
                     # conjunctions and adverbs opening a sentence: "Mais 2021 était une année exceptionnelle"
                     "mais", "et", "or", "donc", "car", "puis", "ainsi", "pourtant", "cependant", "enfin", "seul",
                     "seule", "déjà", "encore", "surtout", "sauf", "hormis", "outre", "pendant", "durant",
                     # the year of a result: "un CA 2023 de 10 693 millions d'euros"
                     "ca"}

# A date in a sentence whose verb is in the future tense is looked for after the publication date.
SENTENCE_END = re.compile(r"[.!?;]\s|\n")
# Lowercase words ending like a verb in the future tense ("sera", "tiendra", "devront").
FUTURE_VERB = re.compile(r"(?<![^\W\d_])(?:[a-zàâçéèêëîïôûù]{2,}(?:ra|ront)"
                         # and the modal verbs of what is expected: "nous devrions franchir le million en juin"
                         r"|devr(?:ai[st]?|aient|ions|iez)|pourr(?:ai[st]?|aient|ions|iez))(?![^\W\d_])")
# The near future right before the date: "le gouvernement va lancer dès lundi", "vont signer mardi".
NEAR_FUTURE_BEFORE = re.compile(r"(?i)(?<![^\W\d_])(?:va|vont)\s[^\W\d_]+(?:er|ir|re|oir)\s(?:[^\W\d_]+\s){0,2}"
                                r"(?<!depuis\s)(?:dès\s)?$")
# Words just before a date that set a deadline or a start, hence a date ahead ("d'ici le 14 juillet").
# A past tense in the words before a deadline word: "elle a ouvert cinq enquêtes dès le 25 mars" is a past start.
PAST_BEFORE = re.compile(r"(?<![^\W\d_])(?:a|ont|avait|avaient)\s(?:déjà\s|été\s)?[^\W\d_]{2,}"
                         r"(?:é|ée|és|ées|i|is|it|u|us|ert|erts)(?![^\W\d_])")
DEADLINE_BEFORE = re.compile(r"(?i)(?:d['’]ici|au\splus\stard|à\spartir|(?<![^\W\d_])dès)\s$")
# The near future anywhere in the date's clause: "vont recruter jusqu'à 500 personnes jusqu'en décembre".
NEAR_FUTURE_VERB = re.compile(r"(?<![^\W\d_])(?:va|vont)\s(?:[^\W\d_]+\s)?[^\W\d_]{2,}(?:er|ir|re|oir)(?![^\W\d_])")
NOT_FUTURE = {"extra", "ultra", "caméra", "opéra", "front", "affront", "mantra", "cobra", "contra"}


# Every date holds a digit, a month or "l'an"/"cette année". The patterns are slow to try at every
# position, so they are tried only at the word starts a little before one of those (speed: x5).
# Each word alternative opens on one of these letters ([TSHQ] or, in any case, j f m a s o n d l c t i u v h):
# checked first, one class spares trying them all at the word starts that open on any other (speed).
_TRIGGER_WORD_OPENS = r"(?=(?i:[jfmasondlctiuvhq]))"
_TRIGGER = re.compile(rf"\d+|{_TRIGGER_WORD_OPENS}(?<!\w)(?:[TSHQ][1-4](?=\s{_YD})|(?i:janv|f[ée]v|mars|avr|mai|juin|juil|ao[ûu]|sept"
                      rf"|oct|nov|d[ée]c|[ld]['’]an|cette\sann|mois|semestre|trimestre|il\sy\sa\s\w+\sans?\b"
                      rf"|un\san\s(?:plus|aup)|{_WD}|aujourd|hier|la\sveille|le\slendemain|ce\sjour|cet?\s(?:printemps|été|automne)|(?:trois|six)\spremiers\smois))")
# The words a date may open with before its digits or month ("du", "lundi", "à partir de", "fin").
# Checked first, the class of their opening characters ("1", and l d a c m j v s e à p t q f é in
# either case, "ſ" being an "s" to re.IGNORECASE) spares trying them all at most positions (speed).
_OPENING_WORD = re.compile(rf"(?=[1ACDEFJLMPQSTVacdefjlmpqstvÀÉàéſ])(?<!\w)(?i:le|du|les|au|ce|{_WD}|en|dès|depuis|d{_AP}|jusqu|mois|de|avant|après|à"
                           r"|début|premier|1er|1ᵉʳ|second|seconde|deuxi[èe]me|troisi[èe]me|quatri[èe]me|dernier"
                           r"|fin|mi|milieu|courant|entre|printemps|été|automne)(?!\w)")
_REACH_BACK = 30  # the longest words before a trigger: "à partir de courant ", "quatrième trimestre "


def candidate_starts(text: str) -> list[int]:
    """Where a date may begin: each trigger, and the opening words just before it."""
    starts: set[int] = set()
    scanned = 0
    for t in _TRIGGER.finditer(text):
        starts.add(t.start())
        opening = _OPENING_WORD.finditer(text, max(t.start() - _REACH_BACK, scanned), t.start())
        starts.update(w.start() for w in opening)
        scanned = t.start()
    return sorted(starts)
