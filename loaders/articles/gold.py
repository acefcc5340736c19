"""Read annotated texts and score find_quantities on them: a folder of NAME.txt + NAME.json, or the seeds.

A folder's NAME.json is {"published": "2025-03-01" (optional, any ISO precision), "items": [{"kind",
"start", "end", "value", "value_high", "currency", "unit", "bound", "precision"}, ...]}.
The seeds' gold (shared/gold/seed_figures.csv and seed_dates.csv) has no offsets: each gold `raw`
is looked up in its text (any whitespace, either apostrophe), and a money amount or percentage is
found only when its span holds the raw text, or lies inside it where the raw names two amounts
("500 et 200 millions d'euros"); counts and dates need only overlap one occurrence of the raw.
Problems in these files are raised as DataError naming the file and what is wrong.
"""
from __future__ import annotations

import csv
import json
import re
from pathlib import Path

from loaders.articles.quantities import find_quantities
from loaders.articles.scoring import KindScore, add_scores, same_value, score_items
from loaders.errors import DataError, DataProblem
from loaders.french.dates import parse_partial_date


def read_annotated(txt: Path) -> tuple[str, list[dict], str | None]:
    """The text, gold items and publication date of NAME.txt with its NAME.json."""
    gold_file = txt.with_suffix(".json")
    try:
        gold = json.loads(gold_file.read_text(encoding="utf-8"))
        text = txt.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as e:
        raise DataError([DataProblem(str(gold_file if isinstance(e, json.JSONDecodeError) else txt), None,
                                     f"cannot read: {e}")]) from None
    items = gold.get("items") if isinstance(gold, dict) else None
    if not isinstance(items, list):
        raise DataError([DataProblem(str(gold_file), None, 'expected an object with an "items" list')])
    problems = [DataProblem(str(gold_file), None, f"item {n}: needs kind, start and end within the text")
                for n, it in enumerate(items, 1)
                if not (isinstance(it, dict) and it.get("kind") and isinstance(it.get("start"), int)
                        and isinstance(it.get("end"), int) and 0 <= it["start"] < it["end"] <= len(text))]
    if problems:
        raise DataError(problems)
    return text, items, gold.get("published")


def score_folder(folder: Path, published_from_json: bool = True) -> dict[str, KindScore]:
    """Tallies over every NAME.txt of `folder` that has a NAME.json beside it."""
    total: dict[str, KindScore] = {}
    texts = sorted(p for p in folder.glob("*.txt") if p.with_suffix(".json").exists())
    if not texts:
        raise DataError([DataProblem(str(folder), None, "no NAME.txt with a NAME.json beside it")])
    for txt in texts:
        text, gold, published = read_annotated(txt)
        predicted = [i.to_json() for i in find_quantities(text, published if published_from_json else None)]
        for record in predicted + gold:
            record.setdefault("file", txt.name)
        add_scores(total, score_items(predicted, gold))
    return total


def raw_spans(text: str, raw: str) -> list[tuple[int, int]]:
    """Where `raw` occurs in `text`, whatever the whitespace and apostrophes.

    >>> raw_spans("dès\\n2025 et en\\u00a02025", "en 2025")
    [(12, 19)]
    """
    parts = [re.sub("['’]", "['’]", re.escape(w)) for w in raw.split()]
    return [m.span() for m in re.finditer(r"(?<!\w)" + r"\s+".join(parts) + r"(?!\w)", text)]


def _seed_figure_found(row: dict, spans, predicted: list[dict]) -> bool:
    kind = row["kind"]
    for p in predicted:
        if p["kind"] != kind or not same_value(p["value"], float(row["value"])):
            continue
        if row["value_high"] and not same_value(p["value_high"], float(row["value_high"])):
            continue
        if kind == "money" and p["currency"] != row["unit"]:
            continue
        for s, e in spans:
            holds = p["start"] <= s and e <= p["end"]
            inside = s <= p["start"] and p["end"] <= e
            overlaps = p["start"] < e and s < p["end"]
            if (holds or inside) if kind in ("money", "percent") else overlaps:
                return True
    return False


def _seed_date_found(row: dict, spans, predicted: list[dict]) -> bool:
    for p in predicted:
        if p["kind"] != "date" or p["value"] is None or p["precision"] != row["precision"]:
            continue
        start, end = parse_partial_date(p["value"]).start, parse_partial_date(p["value_high"] or p["value"]).end
        if (start.isoformat(), end.isoformat()) == (row["start"], row["end"]) and any(
                p["start"] < e and s < p["end"] for s, e in spans):
            return True
    return False


def score_seeds(shared: Path, sources_csv: Path) -> dict[str, KindScore]:
    """Recall of the seeds' gold figures and dates (the gold is not exhaustive: no precision)."""
    def rows(name):
        with open(shared / "gold" / name, encoding="utf-8", newline="") as fh:
            return list(csv.DictReader(fh))
    with open(sources_csv, encoding="utf-8", newline="") as fh:
        published = {r["document"]: r["published"] or None for r in csv.DictReader(fh) if r.get("document")}
    scores = {k: KindScore(k) for k in ("money", "percent", "count", "date")}
    found_cache: dict[str, tuple[str, list[dict]]] = {}
    for row in rows("seed_figures.csv") + rows("seed_dates.csv"):
        seed = row["seed"]
        if seed not in found_cache:
            text = (shared / "seeds" / seed).read_text(encoding="utf-8")
            found_cache[seed] = text, [i.to_json() for i in find_quantities(text, published.get(seed))]
        text, predicted = found_cache[seed]
        kind = row.get("kind", "date")
        spans = raw_spans(text, row["raw"])
        if not spans:
            raise DataError([DataProblem(str(shared / "gold"), None, f"{seed}: {row['raw']!r} not in the text")])
        found = (_seed_date_found if kind == "date" else _seed_figure_found)(row, spans, predicted)
        s = scores[kind]
        s.gold, s.true_positives, s.predicted = s.gold + 1, s.true_positives + found, s.predicted + found
        if not found:
            s.misses.append({"seed": seed, **row})
    return scores
