"""Dates in running French text: "du 20 au 22 mars 2024", "lundi 26 mai", "février dernier", "fin 2024".

Each mention gets an ISO value at its precision ("2024", "2024-03", "2024-03-21") and, for ranges,
a `value_high`. Year-less and relative dates are resolved against the publication date (see
loaders.french.date_resolution); without one their value is None and the precision is still set.

What counts as a date, and what does not (choices, so that the tests can hold us to them):
- a bare year is a date at year precision ("en 2025", "depuis 2015", "le bilan 2024");
- "mi-2025", "début 2025", "fin 2024" are that year at year precision, the qualifier in the span;
- a year right after a capitalised word is part of a name, not a date ("France 2030",
  "Paris 2024", "Horizon 2020"), and so is one after a reference word ("article 2024", "p. 2019");
- a bare month needs a preposition before it ("en mars", "début juin"): "Mars" alone is a planet;
- a time ("10 h 30") and decades ("les années 90") are no dates; "ce mercredi", "lundi dernier",
  "mardi prochain" are, given a publication day, and so is a weekday with a part of the day
  ("mardi matin", "lundi soir": the nearest such day), but only when that day is known; so is a bare
  weekday ("victime lundi d'une attaque": that day or the one before in the past tense, that day or
  the one after in the future tense), not a habit ("le lundi", "du lundi au vendredi", "tombe un jeudi");
  "hier" is the day before publication, and "Aujourd'hui," opening a sentence the day itself ("utilise
  aujourd'hui" means nowadays: no date);
- relative periods: "l'an dernier", "cette année", "la fin de l'année" (year), "le mois dernier",
  "ce mois-ci" (month), "il y a deux ans" (the publication year less two), "un an plus tôt" (the date
  just named in the same sentence, a year before; nothing when the sentence names none);
- half-years and quarters are month ranges: "au premier semestre 2024" is 2024-01 .. 2024-06, "au T3 2025"
  2025-07 .. 2025-09 (precision month: a year is not January); without a year, the latest such
  period begun by the publication date (or ahead of it when the verb is in the future tense); seasons
  too: "en été 2021" is 2021-06 .. 2021-09, "au printemps 2025" 2025-03 .. 2025-06, "l'automne" 09 .. 12
  (the months each has days in; winter, across two years, is left out); a weekday that contradicts a full date leaves the value None ("problem"
  says why), as does an impossible day ("29 février 2023");
- a date after "d'ici", "au plus tard" or "à partir" lies ahead of the publication date.
Without `published`, a dateline ("Paris, le 3 février 2025 –") or "Publié le ..." is used.
Error policy: find_dates never raises on any str; unreadable pieces are simply not dates.
"""
from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from loaders.french import date_patterns as pat
from loaders.french import date_resolution as res
from loaders.french import numbers as fr
from loaders.french.dates import PartialDate, parse_partial_date
from loaders.schema import Precision



@dataclass(frozen=True)
class DateMention:
    text: str
    start: int
    end: int
    value: str | None  # ISO at its precision, None when a relative date could not be resolved
    value_high: str | None  # end of a range
    precision: Precision
    problem: str | None = None  # why value is None (no reference, weekday mismatch)


# The last word before a space (not a line break) that ends the window; (?<!\S): the leftmost match
# is always at a word's start, and saying so spares trying \S+ from inside the words (speed).
_LAST_WORD = re.compile(r"(?<!\S)(\S+)[^\S\n]$")


def _is_name_or_reference(text: str, start: int) -> bool:
    """A year right after a capitalised word or a reference word: "France 2030", "article 2024"."""
    prev = _LAST_WORD.search(text[max(0, start - 40):start])  # same line only
    word = prev.group(1).lstrip("([«\"“‘'").replace("’", "'") if prev else ""
    if word.lower() in fr.REFERENCE_WORDS or word.lower().split("'")[-1] in fr.REFERENCE_WORDS:
        return True
    return bool(re.search(r"[^\W\d_]$", word)) and word[:1].isupper() and word.lower() not in fr.FUNCTION_WORDS \
        and word.lower() not in pat.SENTENCE_STARTERS


ANCHOR_REACH = 300   # characters: a full date anchors the year-less days written soon after it


def _anchor(found: list[DateMention], start: int) -> PartialDate | None:
    """The last full date (a day with its year) found shortly before `start`, as a reference."""
    for d in reversed(found):
        if start - d.end > ANCHOR_REACH:
            return None
        if d.precision == "day" and d.value and d.value_high is None and d.problem is None:
            day = dt.date.fromisoformat(d.value)
            return PartialDate(day, day, "day")
    return None


def _ref(published) -> PartialDate | None:
    """The publication date as a period; None when unreadable or at the calendar's edges (year 1, 9999)."""
    if isinstance(published, PartialDate) or published is None:
        ref = published
    elif isinstance(published, dt.date):
        ref = PartialDate(published, published, "day")
    else:
        try:
            ref = parse_partial_date(str(published))
        except ValueError:
            return None
    return ref if ref is None or 2 <= ref.start.year <= 9998 else None  # resolving steps a year either way


def _iso(year, month, day) -> tuple[str | None, str | None]:
    try:
        return dt.date(year, month or 1, day or 1).isoformat()[:4 + 3 * bool(month) + 3 * bool(day)], None
    except (ValueError, TypeError) as e:
        return None, f"impossible date: {e}"


def _year_word(words: str) -> str:
    """Which year the words name, as `date_resolution.relative_year` takes it: "cette" (de cette année),
    "prochain" (l'an prochain, l'année prochaine) or "dernier" (dernière, passée, précédente)."""
    words = words.lower()
    return "cette" if "cette" in words else "prochain" if "prochain" in words else "dernier"


def _relative(m) -> str | None:
    """'dernier' or 'prochain' as written after the date; else 'futur' when the sentence's verb is."""
    rel = m.groupdict().get("rel")
    if rel:
        return "prochain" if rel.lower().startswith("prochain") else "dernier"
    text = m.string
    deadline = pat.DEADLINE_BEFORE.search(m.string, max(0, m.start() - 20), m.start())
    if deadline and deadline.group().lower().startswith("dès"):
        # "dès lundi" looks ahead, but "elle a ouvert cinq enquêtes dès le 25 mars" started in the past
        lo = max([e.end() for e in pat.SENTENCE_END.finditer(text, max(0, m.start() - 100), deadline.start())],
                 default=max(0, m.start() - 100))
        if pat.PAST_BEFORE.search(text, lo, deadline.start()):
            deadline = None
    if deadline or pat.NEAR_FUTURE_BEFORE.search(m.string, max(0, m.start() - 40), m.start()):
        return "futur"
    lo = max(0, m.start() - 300)  # a sentence is rarely longer: bounded, so long texts stay linear
    starts = [b.end() for b in pat.SENTENCE_END.finditer(text, lo, m.start())]
    end = pat.SENTENCE_END.search(text, m.end(), m.end() + 300)
    first = starts[-1] if starts else lo
    sentence = text[first:end.start() if end else m.end() + 300]
    # The tense of the date's own clause: "l'a annoncé en septembre : il n'y aura pas..." is past
    at, until = m.start() - first, m.end() - first
    clause_start = max((c.end() for c in _CLAUSE_END.finditer(sentence, 0, at)), default=0)
    clause_end = _CLAUSE_END.search(sentence, until)
    clause = sentence[clause_start:clause_end.start() if clause_end else len(sentence)]
    return "futur" if (any(w not in pat.NOT_FUTURE for w in pat.FUTURE_VERB.findall(clause))
                       # ("dont va bénéficier la France, ont annoncé lundi": not past its comma)
                       or pat.NEAR_FUTURE_VERB.search(clause, clause.rfind(", ", 0, at - clause_start) + 1,
                                                      at - clause_start)) else None


# (a relative clause after a comma has its own tense: "rendu mi-mars par le Comité, qui estimait que la
# France devrait investir"; "dont" opens one even without: "l'enveloppe dont va bénéficier la France, ont
# annoncé lundi")
_CLAUSE_END = re.compile(r"\s[:;]\s|\s[–—]\s|,\s(?:qui|que|qu['’]|dont|où)\s|\sdont\s")


def _read(kind: str, m: re.Match, text: str, ref: PartialDate | None) -> DateMention | None:
    """One match into a mention, or None when it is not a date after all."""
    g = m.groupdict()
    span = (m.start("q") if g.get("q") else m.start("m"), m.end()) if kind == "month" else m.span()
    def mention(v, hi, p, problem=None):
        return DateMention(text[span[0]:span[1]], *span, v, hi, p, problem)
    if kind in ("year", "year_range") and _is_name_or_reference(text, m.start("y" if kind == "year" else "y1")):
        return None
    if kind == "year":
        return mention(g["y"], None, "year")
    if kind == "year_range":
        return mention(g["y1"], g["y2"], "year") if g["y1"] < g["y2"] else None
    if kind == "relative_weekday":
        if g["wd3"] and (ref is None or ref.precision != "day"):
            return None  # "lundi soir" with no publication day is a time of the week, not a date
        if g["wd4"] and (ref is None or ref.precision != "day"):
            return None  # a bare "lundi" with no publication day names no date
        rel = g["rel"] and g["rel"].lower()
        if g["wd4"]:   # the tense says which: "a été victime lundi" the one before, "se tiendra lundi" after
            rel = "à venir" if _relative(m) == "futur" else "passé"
        r = res.weekday_near(g["wd"] or g["wd2"] or g["wd3"] or g["wd4"], rel, ref)
        return mention(r.isoformat() if isinstance(r, dt.date) else None, None, "day", None if r else
                       "a weekday alone needs a publication date known to the day")
    if kind == "relative_day":
        if ref is None or ref.precision != "day":
            return mention(None, None, "day", "needs a publication date known to the day")
        shift = -1 if g["rd"] else 0
        return mention((ref.start + dt.timedelta(days=shift)).isoformat(), None, "day")
    if kind == "first_months":
        last = {"trois": 3, "six": 6}[g["n"].lower()]
        if g["y"] or g["y2"]:
            year = int(g["y"] or g["y2"])
        elif ref is not None:
            year = ref.start.year
        else:
            return mention(None, None, "month", "needs a publication date")
        return mention(f"{year}-01", f"{year}-{last:02d}", "month")
    if kind == "this_season":
        if ref is None:
            return mention(None, None, "month", "needs a publication date")
        first, last = pat.SEASON_MONTHS[g["s"].lower()]
        year = ref.start.year
        if ref.precision != "year" and ref.start.month < first and _relative(m) != "futur":
            year -= 1   # "depuis cet été", written in February: the summer before
        return mention(_iso(year, first, None)[0], _iso(year, last, None)[0], "month")
    if kind == "season":
        first, last = pat.SEASON_MONTHS[g["s"].lower()]
        return mention(_iso(int(g["y"]), first, None)[0], _iso(int(g["y"]), last, None)[0], "month")
    if kind == "period":
        first, last = pat.period_months(g["ord"], g["unit"], g["abbr"])
        if g["y"]:
            r = res.Resolved(int(g["y"]))
        elif g["ry"]:   # "le premier trimestre de l'année dernière"
            r = res.relative_year(_year_word(g["ry"]), ref)
        else:
            r = res.resolve_year(first, None, _relative(m), None, ref)
        if r.year is None:
            return mention(None, None, "month", r.problem)
        return mention(_iso(r.year, first, None)[0], _iso(r.year, last, None)[0], "month")
    if kind == "years_ago":
        n = int(g["n"]) if g["n"].isdigit() else int(fr.words_to_decimal(g["n"]))
        if ref is None:
            return mention(None, None, "year", "a year counted back needs a publication date")
        return mention(str(ref.start.year - n), None, "year")
    if kind == "relative_month":
        value = res.relative_month("ce" if g["c"] else g["rel"].lower(), ref)
        return mention(value, None, "month", None if value else "needs a publication date known to the month")
    if kind == "relative_year":
        r = res.relative_year("cette" if g["c"] else _year_word(g["w"]), ref)
        return mention(None if r.year is None else str(r.year), None, "year", r.problem)
    if kind == "month" and not (g["y"] or g["rel"] or (
            (g["prep"] or g["q"]) and pat.LOWER_MONTH.fullmatch(g["m"]))):
        return None  # "Mars" or "mai" alone: no date without a year, "dernier" or "en"/"fin"
    if kind == "month":
        month, year = pat.month_number(g["m"]), g.get("y")
        r = res.Resolved(int(year)) if year else res.resolve_year(month, None, _relative(m), None, ref)
        value = None if r.year is None else _iso(r.year, month, None)[0]
        return mention(value, None, "month", r.problem)
    if kind == "month_range":
        m1, m2 = pat.month_number(g["m1"]), pat.month_number(g["m2"])
        if g["y2"]:
            y2 = int(g["y2"])
        else:   # "entre janvier et mars", written in April: this year's, by the publication date
            r = res.resolve_year(m2, None, _relative(m), None, ref)
            if r.year is None:
                return mention(None, None, "month", r.problem)
            y2 = r.year
        y1 = int(g["y1"]) if g["y1"] else y2 - (m1 > m2)
        return mention(_iso(y1, m1, None)[0], _iso(y2, m2, None)[0], "month")
    if kind in ("numeric", "iso"):
        value, problem = _iso(int(g["y"]), int(g["m"]), int(g["d"]))
        return mention(value, None, "day", problem) if value else None
    return _read_days(kind, m, ref, mention)


def _read_days(kind, match, ref, mention) -> DateMention:
    """'le 22 mars dernier', 'lundi 26 mai', 'du 30 juin au 2 juillet 2025', 'les 26 et 27 juin'."""
    g, last = match.groupdict(), "" if kind == "day" else "2"
    month, day, weekday = pat.month_number(g["m" + last]), pat.day_number(g["d" + last]), g.get("wd" + last)
    rel = _relative(match)
    if g["y" + last]:
        year, problem = int(g["y" + last]), None
    else:
        r = res.resolve_year(month, day, rel, weekday, ref)
        year, problem = r.year, r.problem
    if year is None:
        return mention(None, None, "day", problem)
    value, problem = _iso(year, month, day)
    if value and weekday:
        problem = res.weekday_problem(dt.date.fromisoformat(value), weekday)
    if kind == "day" or not value or problem:
        return mention(None if problem else value, None, "day", problem)
    m1 = pat.month_number(g["m1"]) if g["m1"] else month
    y1 = int(g["y1"]) if g["y1"] else year - (m1 > month)
    low, problem = _iso(y1, m1, pat.day_number(g["d1"]))
    if low and g["wd1"]:
        problem = res.weekday_problem(dt.date.fromisoformat(low), g["wd1"])
    if problem or low >= value:
        return mention(None, None, "day", problem or f"range ends before it starts: {low} > {value}")
    return mention(low, value, "day")


def _shift_year(value: str | None, years: int) -> str | None:
    """'2024-03' -> '2023-03' for years=-1; None for None or a day that year lacks (29 February)."""
    if not value or not value[:4].isdigit():
        return None
    shifted = f"{int(value[:4]) + years:04d}{value[4:]}"
    try:
        parse_partial_date(shifted)
    except ValueError:
        return None
    return shifted


def _year_earlier(m: re.Match, text: str, found: list[DateMention]) -> DateMention | None:
    """"au premier semestre contre 7 millions un an plus tôt": the period just named in the same
    sentence, a year before; no date when the sentence names none (a year before what is unsaid)."""
    last = found[-1] if found else None
    if last is None or last.value is None or pat.SENTENCE_END.search(text, last.end, m.start()):
        return None
    value = _shift_year(last.value, -1)
    return DateMention(m.group(), m.start(), m.end(), value, _shift_year(last.value_high, -1),
                       last.precision) if value else None


def _same_year(m: re.Match, found: list[DateMention]) -> DateMention | None:
    """"en mars 2025 (...) En juin de la même année": the month, in the year of the date named before."""
    last = next((f for f in reversed(found) if f.value and f.value[:4].isdigit()), None)
    if last is None:
        return None
    return DateMention(m.group(), m.start(), m.end(), f"{last.value[:4]}-{pat.month_number(m['m']):02d}", None, "month")


def _eve(m: re.Match, found: list[DateMention], ref: PartialDate | None) -> DateMention | None:
    """"a indiqué mardi que l'attaque subie la veille": the day before the day just named (else before the
    publication day, for "la veille"); "le lendemain", the day after the day just named."""
    last = next((f for f in reversed(found) if f.value and f.precision == "day" and f.value_high is None), None)
    if last is not None:
        day = dt.date.fromisoformat(last.value)
    elif m["eve"] and ref is not None and ref.precision == "day":
        day = ref.start
    else:
        return None
    day += dt.timedelta(days=-1 if m["eve"] else 1)
    return DateMention(m.group(), m.start(), m.end(), day.isoformat(), None, "day")


def find_publication_date(text: str) -> PartialDate | None:
    """A "Publié le 9 septembre 2025" anywhere, or a dateline opening the text ("Paris, le 9 mai 2025")."""
    m = pat.PUBLISHED.search(text) or pat.PUBLISHED.search(text.lstrip()[:200])
    if not m:
        return None
    written = m["when"] or m["line"]
    found = _read("day", pat.DAY_RX.match(written), written, None)
    return parse_partial_date(found.value) if found and found.value else None


# The kinds a publication date resolves (or a full date of the text, standing for it).
_NEEDS_A_REFERENCE = {"day", "day_range", "month", "month_range", "period", "relative_weekday", "relative_day", "relative_month",
                      "relative_year", "years_ago", "eve", "first_months", "this_season"}


def find_dates(text: str, published: dt.date | PartialDate | str | None = None) -> list[DateMention]:
    """Every date mention in `text`, in order; never raises on any str.

    >>> [(d.text, d.value, d.value_high) for d in find_dates("Réunis du 20 au 22 mars 2024, puis en 2025.")]
    [('du 20 au 22 mars 2024', '2024-03-20', '2024-03-22'), ('2025', '2025', None)]
    >>> [(d.value, d.precision) for d in find_dates("le 21 mars dernier", dt.date(2024, 4, 2))]
    [('2024-03-21', 'day')]
    >>> find_dates("France 2030 finance le Llama 3 de 10 h 30")
    []
    """
    ref = _ref(published) or find_publication_date(text)
    candidates = sorted(((m.start(), -m.end(), kind, m) for s in pat.candidate_starts(text)
                         for kind, rx in pat.opening_on(text[s])
                         if (m := rx.match(text, s))), key=lambda c: c[:2])
    found, unresolved = _read_all(text, candidates, ref)
    if ref is None and unresolved:
        # With no publication date, the text's latest full date stands for it ("Le 30 avril dernier (...)
        # lors d'une conférence de presse ce lundi 6 mai 2024"; "ce vendredi 6 février 2026 (...) dès lundi"):
        # the same candidates read again against it
        full = [d.value for d in found if d.precision == "day" and d.value and d.value_high is None and not d.problem]
        if full:
            found, _ = _read_all(text, candidates, _ref(max(full)))
    return found


def _read_all(text: str, candidates: list, ref: PartialDate | None) -> tuple[list[DateMention], bool]:
    """The mentions the candidates make against `ref`, and whether one needed a reference it lacked."""
    found, taken_until, unresolved = [], -1, False
    for start, _, kind, m in candidates:
        if start < taken_until:
            continue
        # With no publication date, a day written without its year takes the year of the full date
        # just before it: "samedi 21 novembre 2020 (...) Dimanche 22 novembre"
        near = ref or (_anchor(found, start) if kind in ("day", "day_range") else None)
        mention = (_year_earlier(m, text, found) if kind == "year_earlier" else _same_year(m, found)
                   if kind == "same_year" else _eve(m, found, ref) if kind == "eve" else _read(kind, m, text, near))
        if mention is not None:
            found.append(mention)
            taken_until = m.end()
        if (mention is None or mention.value is None) and kind in _NEEDS_A_REFERENCE:
            unresolved = True
    return found, unresolved


