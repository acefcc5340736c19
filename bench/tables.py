"""One generator per table: sources, actors, mentions, figures, proposals, events, rates, drawn
from bench/words.py's lists with bench/columns.py's helpers (the themes and levers are the real ones).

The shapes follow the real data: a few themes, actors and sources take most rows; dates over
2016-2025 at day, month or year precision; money from 1e4 to 1e12 EUR, USD or GBP, converted with
rates generated alongside; labels in French and English. `raw` is written the way the loaders read
amounts. Every actor a figure, proposal or event cites is one its source mentions.
"""
from __future__ import annotations

import csv
import re
import unicodedata
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import pyarrow as pa
import pyarrow.compute as pc

from loaders.build import to_arrow
from loaders.normalise import _clean
from loaders.paths import DATA_DIR
from loaders.schema import TABLES, Actor, FxRate, Row, arrow_schema

from . import columns as col
from .words import (ACTIONS, BOUNDS, BOUND_WORDS, CITIES, COUNTRIES, CURRENCY_WEIGHTS, EVENT_WEIGHTS,
                   EVENT_WORDS, FIGURE_STATUSES, FIRST_NAMES, GOVERNMENT_COUNTRIES, LAST_NAMES, MEASURES,
                   MEASURE_WEIGHTS, MONEY_SUFFIXES, MULTIPLIERS, NOTES, ORGANISATIONS, PERIODS, PERSON_SHARE,
                   PLACES, PRECISIONS, PROPOSAL_KINDS, PROPOSAL_STATUSES, PUBLISHERS, REVIEWS, ROLES, SCALES,
                   SMALL_WORDS, SOURCE_KINDS, SUBJECTS, SUBJECT_COUNT, SUBJECT_START, SUFFIXES, TITLE_STARTS,
                   TOPICS, UNITS, YEARS)


def read_taxonomy(table: str, data_dir: Path = DATA_DIR) -> list[Row]:
    """The real themes or levers from `data_dir`: the taxonomy is data, not code.

    Cells are read as the loaders read them (blank is null, lists split on ';').
    """
    model = TABLES[table][0]
    with open(Path(data_dir) / f"{table}.csv", encoding="utf-8", newline="") as fh:
        return [model.model_validate(_clean(table, r)) for r in csv.DictReader(fh)]


def _review(rng: np.random.Generator, table: str, n: int) -> dict[str, pa.Array]:
    """The `review` column, mostly accepted, for the tables whose schema declares one."""
    if "review" not in arrow_schema(table).names:
        return {}
    return {"review": col.enum(col.codes(rng, n, REVIEWS), REVIEWS)}


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
    publisher = col.zipf(rng, len(PUBLISHERS), n, 1.0)
    name, slug, site, language = (list(col) for col in zip(*PUBLISHERS))
    english = (np.array(language) == "en")[publisher] ^ (rng.random(n) < 0.1)
    days, precision = col.random_days(rng, n), col.codes(rng, n, [0.7, 0.25, 0.05])
    undated = rng.random(n) < 0.005
    days = np.where(undated, np.datetime64("NaT"), col.at_precision(days, precision))
    start, topic, place = (rng.integers(0, len(w), n) for w in (TITLE_STARTS, TOPICS, PLACES))
    said = {lang: col.join(col.pick([s[i] for s in TITLE_STARTS], start), " ", col.pick([t[i] for t in TOPICS], topic))
            for i, lang in enumerate(["fr", "en"])}
    summary = rng.random(n) >= 0.5
    source_id = col.join(col.pick(slug, publisher), "-", col.ids("", n))
    columns = {
        "source_id": source_id,
        "title": pc.if_else(pa.array(english), said["en"], said["fr"]),
        "publisher": col.pick(name, publisher),
        "published": pa.array(days, pa.date32()),
        "published_precision": col.enum(precision, PRECISIONS, mask=undated),
        "kind": col.enum(col.codes(rng, n, SOURCE_KINDS), SOURCE_KINDS),
        "language": col.pick(["fr", "en"], english.astype(np.int8)),
        "url": pc.if_else(pa.array(rng.random(n) < 0.6), col.join("https://www.", col.pick(site, publisher), "/",
                                                                source_id), None),
        "retrieved": pa.nulls(n, pa.date32()),   # a synthetic source was never read anywhere
        "document": pc.if_else(pa.array(rng.random(n) < 0.25), col.join(source_id, ".txt"), None),
        **{f"summary_{lang}": pc.if_else(pa.array(summary), col.join(
            said[lang], ", ", col.pick([p[i] for p in PLACES], place), "."), None)
           for i, lang in enumerate(["fr", "en"])},
        **_review(rng, "sources", n),
    }
    return col.schema_table("sources", columns), days




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
    kinds = col.codes(rng, n - n_people, [ORGANISATIONS[t][0] for t in types])
    country_codes, country_draws = list(COUNTRIES), col.codes(rng, n, COUNTRIES)
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
    employers = col.zipf(rng, len(organisations), n_people, 1.0)
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
    pairs = np.unique(source * n_actors + col.zipf(rng, n_actors, len(source), 1.0))
    source, actor = pairs // n_actors, pairs % n_actors
    count = np.bincount(source, minlength=n_sources)
    return Mentions(source, actor, np.concatenate([[0], np.cumsum(count)[:-1]]), count)


def _round_like(tenths: np.ndarray, unscaled_money: np.ndarray) -> np.ndarray:
    """Round as people write: whole thousands for unscaled money, one decimal below 100, else whole."""
    return np.where(unscaled_money, np.round(tenths / 10_000) * 10_000,
                    np.where(tenths < 1000, np.round(tenths), np.round(tenths / 10) * 10)).astype(np.int64)


def amounts(rng: np.random.Generator, n: int) -> dict[str, np.ndarray]:
    """Measure, bound, currency and value of n amounts, as codes and numbers (tenths as written)."""
    measure = col.codes(rng, n, MEASURE_WEIGHTS)
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
    wording = col.codes(rng, n, [w for *_, w in BOUND_WORDS])
    bound = np.array([b for _, b, _ in BOUND_WORDS], dtype=np.int8)[wording]
    plural = np.where(bound == 5, high, low) >= 20
    scale_kind = np.where(scale_kind > 0, scale_kind + plural, 0)
    currency = col.codes(rng, n, CURRENCY_WEIGHTS)
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
    number = col.join(col.pick([w for w, *_ in BOUND_WORDS], a["wording"]), col.french_number(a["low"]))
    number = pc.if_else(pa.array(ranged), col.join(number, " et ", col.french_number(a["high"])), number)
    return col.join(number, col.pick(SUFFIXES, a["suffix"]))


def figures(rng: np.random.Generator, n: int, themes: list[str], published: np.ndarray,
            source_ids: pa.Array, actor_ids: pa.Array, cited: Mentions, rates: Rates) -> pa.Table:
    """Figures on a few dominant themes and sources, sorted by theme then date."""
    plan = amounts(rng, n)
    plan["theme"] = col.zipf(rng, len(themes), n, 1.1, shuffle=False)
    plan["source"] = col.zipf(rng, len(source_ids), n, 0.6)
    plan["actor"] = cited.one_actor(rng, plan["source"])
    plan["no_actor"] = rng.random(n) < 0.2
    plan["date"], plan["precision"], plan["undated"] = col.dates_near(rng, published, plan["source"], 0.1)
    plan["period"], plan["status"] = col.codes(rng, n, PERIODS), col.codes(rng, n, FIGURE_STATUSES)
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
    period_text = pc.if_else(pa.array(yearly), col.text(YEARS[0] + month // 12),
                             col.join(col.text(YEARS[0] + month // 12), "-",
                                   pc.utf8_lpad(col.text(month % 12 + 1), width=2, padding="0")))
    subject = {lang: [s[i] for s in SUBJECTS] for i, lang in enumerate(["fr", "en"])}
    columns = {
        "figure_id": col.ids("fig-", n),
        "source_id": source_ids.take(pa.array(plan["source"])),
        "raw": raw_text(plan),
        "pick": pa.nulls(n, pa.int32()),
        "measure": col.enum(plan["measure"], MEASURES),
        "value": pa.array(value),
        "value_high": pa.array(value_high, mask=~ranged),
        "unit": col.pick(UNITS, plan["unit"]),
        "scale": col.pick(SCALES, plan["suffix"]),
        "bound": col.enum(plan["bound"], BOUNDS),
        "value_eur": pa.array(value / rate, mask=~money),
        "value_eur_high": pa.array(value_high / rate, mask=~(money & ranged)),
        "fx_rate": pa.array(rate, mask=~converted),
        "fx_period": pc.if_else(pa.array(converted), period_text, None),
        **{f"label_{lang}": col.join(col.pick(subject[lang], plan["subject"]), " ",
                                  col.pick([t[i] for t in TOPICS], plan["topic"]), " ",
                                  col.pick([p[i] for p in PLACES], plan["place"]))
           for i, lang in enumerate(["fr", "en"])},
        "theme": col.pick(themes, plan["theme"]),
        "actor_id": actor_ids.take(pa.array(plan["actor"], mask=plan["no_actor"])),
        "date": pa.array(plan["date"], pa.date32(), mask=plan["undated"]),
        "date_precision": col.enum(plan["precision"], PRECISIONS, mask=plan["undated"]),
        "period": col.enum(plan["period"], PERIODS),
        "status": col.enum(plan["status"], FIGURE_STATUSES),
        "note": col.pick(NOTES, plan["note"], mask=plan["note"] < 0),
        **_review(rng, "figures", n),
        "claim_id": pa.nulls(n, pa.string()),   # no synthetic claims: grouping is a person's decision
        "stance": pa.nulls(n, pa.string()),
    }
    return col.schema_table("figures", columns)


def proposals(rng: np.random.Generator, n: int, themes: list[str], levers: list[str], published: np.ndarray,
              source_ids: pa.Array, actor_ids: pa.Array, cited: Mentions) -> pa.Table:
    """Proposals by one to three of the actors their source names, on dominant themes and levers."""
    source = col.zipf(rng, len(source_ids), n, 0.8)
    authors = cited.some_actors(rng, source, 1 + rng.binomial(2, 0.25, n))
    date, precision, undated = col.dates_near(rng, published, source, 0.2)
    action, topic, place = (rng.integers(0, len(w), n) for w in (ACTIONS, TOPICS, PLACES))
    summary = rng.random(n) < 0.4
    rank = np.minimum(col.zipf(rng, 30, n, 0.5, shuffle=False) + 1, 30)
    text = {lang: col.join(col.pick([a[i] for a in ACTIONS], action), " ", col.pick([t[i] for t in TOPICS], topic))
            for i, lang in enumerate(["fr", "en"])}
    columns = {
        "proposal_id": col.ids("prop-", n),
        "source_id": source_ids.take(pa.array(source)),
        "actor_ids": pa.ListArray.from_arrays(authors.offsets, actor_ids.take(authors.values)),
        "title_fr": text["fr"], "title_en": text["en"],
        "theme": col.pick(themes, col.zipf(rng, len(themes), n, 1.1, shuffle=False)),
        "lever": col.pick(levers, col.zipf(rng, len(levers), n, 0.9, shuffle=False)),
        "rank": pa.array(rank, pa.int32(), mask=rng.random(n) >= 0.4),
        "kind": col.enum(col.codes(rng, n, PROPOSAL_KINDS), PROPOSAL_KINDS),
        "date": pa.array(date, pa.date32(), mask=undated),
        "date_precision": col.enum(precision, PRECISIONS, mask=undated),
        "status": col.enum(col.codes(rng, n, PROPOSAL_STATUSES), PROPOSAL_STATUSES),
        **{f"summary_{lang}": pc.if_else(pa.array(summary), col.join(
            text[lang], " ", col.pick([p[i] for p in PLACES], place), "."), None)
           for i, lang in enumerate(["fr", "en"])},
        **_review(rng, "proposals", n),
    }
    return col.schema_table("proposals", columns)


def events(rng: np.random.Generator, n: int, source_ids: pa.Array, actor_ids: pa.Array,
           cited: Mentions) -> pa.Table:
    """Events over 2016-2025, organised by zero to two actors their source names."""
    source = rng.integers(0, len(source_ids), n)
    organisers = cited.some_actors(rng, source, col.codes(rng, n, [0.3, 0.5, 0.2]).astype(np.int64))
    precision = col.codes(rng, n, [0.8, 0.15, 0.05])
    start = col.at_precision(col.random_days(rng, n), precision)
    month_end = (start.astype("datetime64[M]") + 1).astype("datetime64[D]") - 1
    year_end = (start.astype("datetime64[Y]") + 1).astype("datetime64[D]") - 1
    end = np.where(precision == 0, start + col.codes(rng, n, [0.6, 0.25, 0.1, 0.05]),
                   np.where(precision == 1, month_end, year_end))
    kind, topic = col.codes(rng, n, EVENT_WEIGHTS), rng.integers(0, len(TOPICS), n)
    year = col.text(start.astype("datetime64[Y]").astype(np.int64) + 1970)
    names = {lang: col.join(col.pick([w[i] for w in EVENT_WORDS.values()], kind), " ",
                         col.pick([t[i] for t in TOPICS], topic), " ", year) for i, lang in enumerate(["fr", "en"])}
    summary = rng.random(n) < 0.5
    place = rng.integers(0, len(CITIES), n)
    columns = {
        "event_id": col.ids("evt-", n),
        "name": names["fr"], "name_en": names["en"],
        "kind": col.enum(kind, EVENT_WORDS),
        "start": pa.array(start, pa.date32()), "end": pa.array(end, pa.date32()),
        "precision": col.enum(precision, PRECISIONS),
        "place": col.pick(CITIES, place, mask=rng.random(n) < 0.2),
        "organiser_ids": pa.ListArray.from_arrays(organisers.offsets, actor_ids.take(organisers.values)),
        "source_id": source_ids.take(pa.array(source)),
        **{f"summary_{lang}": pc.if_else(pa.array(summary), col.join(names[lang], "."), None)
           for lang in ["fr", "en"]},
        **_review(rng, "events", n),
    }
    return col.schema_table("events", columns)
