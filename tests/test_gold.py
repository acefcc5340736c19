"""The shipped dataset holds every figure, date and proposal of ../shared/gold, normalised right."""
from __future__ import annotations

import csv
import re
from collections import Counter

import pandas as pd
import pytest

from loaders.schema import TABLES

MEASURES = {"money": "money", "percent": "share", "count": "count"}


def norm(text: str) -> str:
    """Compare expressions as a reader would: curly or straight apostrophes, any spaces, any case."""
    text = text.replace("’", "'").replace("\u00a0", " ").replace("\u202f", " ")
    return re.sub(r"\s+", " ", text).strip().casefold()


def gold(shared_dir, name):
    with open(shared_dir / "gold" / name, encoding="utf-8") as fh:
        return list(csv.DictReader(fh))


@pytest.fixture(scope="module")
def built(shipped_tables):
    return shipped_tables


def _source_of(built, seed):
    rows = built["sources"][built["sources"]["document"] == seed]
    assert len(rows) == 1, f"no source row for {seed}"
    return rows.iloc[0]["source_id"]


def _iso(value, precision):
    if value is None or pd.isna(value):
        return ""
    return pd.Timestamp(value).strftime({"day": "%Y-%m-%d", "month": "%Y-%m", "year": "%Y"}[precision])


def test_every_gold_figure_is_present_with_its_normalised_value(built, shared_dir):
    figures = built["figures"]
    missing = []
    for g in gold(shared_dir, "seed_figures.csv"):
        source = _source_of(built, g["seed"])
        candidates = figures[(figures["source_id"] == source)
                             & figures["raw"].map(lambda r: norm(g["raw"]) in norm(r))]
        def ok(f):
            high = float(g["value_high"]) if g["value_high"] else None
            return (f.measure == MEASURES[g["kind"]] and f.value == pytest.approx(float(g["value"]))
                    and (f.value_high == pytest.approx(high) if high else pd.isna(f.value_high))
                    and f.unit == g["unit"] and f.bound == g["bound"]
                    and _iso(f.date, f.date_precision) == g["refers_to"])
        if not any(ok(f) for f in candidates.itertuples()):
            missing.append(f"{g['seed']}: {g['raw']!r} = {g['value']} {g['unit']} {g['bound']} "
                           f"({g['refers_to'] or 'no date'}); have {candidates[['raw','value','unit','bound','date']].to_dict('records')}")
    assert not missing, "\n".join(missing)


def test_money_figures_carry_a_euro_value(built):
    money = built["figures"][built["figures"]["measure"] == "money"]
    assert money["value_eur"].notna().all()
    eur = money[money["unit"] == "EUR"]
    assert (eur["value_eur"] == eur["value"]).all()
    usd = money[money["unit"] == "USD"]
    assert ((usd["value_eur"] < usd["value"]) & usd["fx_rate"].notna()).all()


def test_every_gold_date_is_an_event(built, shared_dir):
    events = built["events"]
    have = Counter((e.source_id, _iso(e.start, e.precision), _iso(e.end, e.precision), e.precision)
                   for e in events.itertuples())
    want = Counter()
    for g in gold(shared_dir, "seed_dates.csv"):
        p = g["precision"]
        want[(_source_of(built, g["seed"]), _iso(g["start"], p), _iso(g["end"], p), p)] += 1
    assert not (want - have), f"missing events: {want - have}"


def test_every_gold_proposal_is_present(built, shared_dir):
    actors = built["actors"]
    ids_by_name = {}
    for a in actors.itertuples():
        for name in [a.name, a.short_name, *list(a.aliases)]:
            ids_by_name[norm(name)] = a.actor_id
    have = Counter()
    for p in built["proposals"].itertuples():
        have[(p.source_id, tuple(sorted(p.actor_ids)), p.kind, int(p.rank) if pd.notna(p.rank) else None,
              p.theme, p.lever, _iso(p.date, p.date_precision) if pd.notna(p.date) else "")] += 1
    want = Counter()
    for g in gold(shared_dir, "seed_proposals.csv"):
        names = g["actor"].split(";")
        unknown = [n for n in names if norm(n) not in ids_by_name]
        assert not unknown, f"gold actor(s) {unknown} not in actors (name, short name or alias)"
        want[(_source_of(built, g["seed"]), tuple(sorted(ids_by_name[norm(n)] for n in names)),
              g["kind"], int(g["rank"]) if g["rank"] else None, g["theme"], g["lever"], g["date"])] += 1
    assert not (want - have), f"missing proposals: {want - have}"


def test_every_raw_expression_is_quoted_from_its_source(built, shared_dir):
    """Seeds only: the corpus's other sources are not shipped (their address is checked instead)."""
    documents = built["sources"].set_index("source_id")["document"].dropna()
    wrong = []
    for f in built["figures"].itertuples():
        if f.source_id not in documents.index:
            continue
        text = (shared_dir / "seeds" / documents[f.source_id]).read_text(encoding="utf-8")
        if re.sub(r"\s+", " ", f.raw) not in re.sub(r"\s+", " ", text):
            wrong.append(f"{f.figure_id}: {f.raw!r}")
    assert not wrong, "raw not found verbatim in its source:\n" + "\n".join(wrong)


def test_no_summary_copies_a_sentence_of_the_sources(built, shared_dir):
    """Labels and summaries are ours: none may share a run of 8 words with a seed."""
    seeds = " ".join(norm(p.read_text(encoding="utf-8")) for p in (shared_dir / "seeds").glob("*.txt"))
    words = re.findall(r"\w+", seeds)
    grams = {" ".join(words[i:i + 8]) for i in range(len(words) - 7)}
    copied = []
    for table, columns in {"figures": ["label_fr", "note"], "proposals": ["title_fr", "summary_fr"],
                           "sources": ["summary_fr"], "events": ["name", "summary_fr"]}.items():
        for column in columns:
            for text in built[table][column].dropna():
                w = re.findall(r"\w+", norm(text))
                if any(" ".join(w[i:i + 8]) in grams for i in range(len(w) - 7)):
                    copied.append(f"{table}.{column}: {text[:80]}")
    assert not copied, "\n".join(copied)


def test_shipped_tables_match_the_declared_schema(shipped_build):
    import pyarrow.parquet as pq
    from loaders.build import tables_dir
    from loaders.schema import arrow_schema
    for name in TABLES:
        assert pq.read_schema(tables_dir(shipped_build) / f"{name}.parquet").equals(arrow_schema(name))
