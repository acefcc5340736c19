"""Synthetic datasets shaped like the curated one, at any size, built column by column.

`generate_tables(figures, seed)` draws every table (bench/tables.py, from the word lists of
bench/words.py) with numpy and assembles its text with pyarrow compute: no Python loop per row
for sources, figures, proposals, events and mentions (the two thousand actors are built as
pydantic rows). `raw` is written the way the loaders read amounts, so
`loaders.french.amounts.parse_amount(raw)` gives back the row's value, bound and scale. Every actor a
figure, proposal or event cites is one its source mentions, as `loaders build` guarantees.

`check_tables` validates the result (schema, enumerations, keys, references, and a sample of rows
through the pydantic models) and `publish_tables` writes it in the layout of `loaders build`.
"""
from __future__ import annotations

import time
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import pyarrow as pa
import pyarrow.compute as pc
from pydantic import ValidationError

from loaders.build import REFERENCES, publish_build, to_arrow
from loaders.errors import DataError
from loaders.paths import DATA_DIR
from loaders.schema import TABLES, _enum_values, arrow_schema

from . import columns as col
from .columns import SyntheticDataError
from .tables import actors, events, figures, fx_rates, mentions, proposals, read_taxonomy, sources

__all__ = ["SyntheticDataError", "Sizes", "check_tables", "generate_tables", "publish_tables", "write_synthetic"]
ROW_GROUP = 100_000
SAMPLE = 2_000                                     # rows per table checked through pydantic


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
        "mentions": col.schema_table("mentions", {"source_id": source_ids.take(pa.array(cited.source)),
                                        "actor_id": actor_ids.take(pa.array(cited.actor))}),
        "claims": to_arrow("claims", []),
        "claim_reports": to_arrow("claim_reports", []),
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
                "built_at": None,   # stamped when published, under the lock
                "rows": rows, "warnings": [],
                "synthetic": {"figures": figure_count, "seed": seed, "generator": "python -m bench generate"}}
    final = publish_tables(root, tables, manifest)
    seconds["write"] = time.perf_counter() - clock
    return Report(final, rows, seconds, sum(p.stat().st_size for p in final.iterdir()))