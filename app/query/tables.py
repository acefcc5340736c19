"""The built tables, read once per build, with the indexes every filter uses.

`load_tables` reads each parquet table (repetitive text as categories, see columnar.py), adds the
derived columns the pages share (`when`, `until`, `actor_name`, `_published`) and builds, once:
the search index of each searched table, the flattened actor lists, and the row positions
("which row of sources is this figure's source"), so that following a link between tables is an
array lookup, not a join.
"""
from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np
import pandas as pd

from loaders.build import MANIFEST, tables_dir
from loaders.schema import TABLES

from .cache import Cache
from .columnar import ListIndex, SearchIndex, as_category, read_frame, use_lean_memory_pool

# The text columns free-text search looks into, per table.
SEARCHED = {
    "figures": ["raw", "label_fr", "label_en", "note", "figure_id"],
    "proposals": ["title_fr", "title_en", "summary_fr", "summary_en"],
    "events": ["name", "name_en", "place", "summary_fr", "summary_en"],
    "sources": ["title", "publisher", "summary_fr", "summary_en"],
    "actors": ["name", "short_name", "role", "role_en"],
}
# Each link between tables followed by row number: (table.target, column, target table, its id column).
LINKS = (("figures.source", "source_id", "sources", "source_id"),
         ("proposals.source", "source_id", "sources", "source_id"),
         ("events.source", "source_id", "sources", "source_id"),
         ("figures.actor", "actor_id", "actors", "actor_id"),
         ("mentions.source", "source_id", "sources", "source_id"),
         ("mentions.actor", "actor_id", "actors", "actor_id"))
LISTS = {"proposals": "actor_ids", "events": "organiser_ids"}   # list columns of actor ids
# The columns load_tables adds for the pages (not data: the exports leave them out).
DERIVED_COLUMNS = ("when", "until", "actor_name", "_published")


class NoTablesError(Exception):
    """The built tables are missing or unreadable; the message says how to build them."""


@dataclass
class Tables:
    """Every built table as a DataFrame, the build's manifest, the indexes and the one cache.

    The frames are shared by every session: read them, never change them in place.
    """

    frames: dict[str, pd.DataFrame]
    manifest: dict = field(default_factory=dict)
    search: dict[str, SearchIndex] = field(default_factory=dict, repr=False)
    lists: dict[str, ListIndex] = field(default_factory=dict, repr=False)
    positions: dict[str, np.ndarray] = field(default_factory=dict, repr=False)
    cache: Cache = field(default_factory=Cache, repr=False)

    def __getattr__(self, name: str) -> pd.DataFrame:
        try:
            return self.__dict__["frames"][name]
        except KeyError:
            raise AttributeError(name) from None

    @property
    def version(self) -> str:
        return self.manifest.get("version", "unknown")

    def forget(self) -> None:
        """Drop every kept mask and result (the benchmark times each step from scratch)."""
        self.cache.forget()


def load_tables(root: Path) -> Tables:
    """Read the current build under `root` (or a folder of tables) once; NoTablesError if absent."""
    folder = tables_dir(root)
    use_lean_memory_pool()
    frames = {}
    for name in TABLES:
        path = folder / f"{name}.parquet"
        if not path.exists():
            raise NoTablesError(f"{path} is missing: run `python -m loaders build` (or `make run`).")
        try:
            frames[name] = read_frame(path)
        except Exception as e:  # a truncated or foreign file: say so, never a traceback
            raise NoTablesError(f"{path} cannot be read ({e.__class__.__name__}: {e}).") from None
    manifest_path = folder / MANIFEST
    manifest = json.loads(manifest_path.read_text()) if manifest_path.exists() else {}
    _add_derived_columns(frames)
    search = {name: SearchIndex.build(frames[name], columns) for name, columns in SEARCHED.items()}
    lists = {name: ListIndex.build(frames[name][column]) for name, column in LISTS.items()}
    return Tables(frames, manifest, search, lists, _positions(frames))


def _add_derived_columns(frames: dict[str, pd.DataFrame]) -> None:
    """Derived columns the pages share: dates as timestamps, each figure's actor's short name."""
    published = frames["sources"].set_index("source_id")["published"]
    figures = frames["figures"]
    # A figure without a date of its own is placed at its source's publication date.
    figures["when"] = _dated(figures, published)
    proposals = frames["proposals"]
    proposals["when"] = _dated(proposals, published)
    events = frames["events"]
    events["when"] = pd.to_datetime(events["start"])
    events["until"] = pd.to_datetime(events["end"])
    names = frames["actors"].set_index("actor_id")["short_name"]
    codes, ids = pd.factorize(figures["actor_id"])   # map 2,000 ids, not a million rows
    figures["actor_name"] = as_category(pd.Series(np.append(ids.map(names).to_numpy(dtype=object), None)[codes],
                                                  index=figures.index, dtype="str"))
    sources = frames["sources"]
    sources["_published"] = pd.to_datetime(sources["published"])   # once, not on every filter


def _positions(frames: dict[str, pd.DataFrame]) -> dict[str, np.ndarray]:
    """Each row's source (or actor) as a row number of the sources (actors) table, -1 if unknown:
    "which sources do the kept figures come from" becomes an array lookup, not a join."""
    out = {}
    for key, column, target, target_id in LINKS:
        codes, uniques = pd.factorize(frames[key.split(".")[0]][column])
        found = pd.Index(frames[target][target_id]).get_indexer(uniques)
        out[key] = np.append(found, -1)[codes]
        out[key].flags.writeable = False
    return out


def _dated(df: pd.DataFrame, published: pd.Series) -> pd.Series:
    """`date` as a timestamp, or when it has none its source's publication date (looked up only for
    the undated rows: a lookup of a million ids costs a second)."""
    when = pd.to_datetime(df["date"])
    missing = when.isna().to_numpy()
    if missing.any():
        when[missing] = pd.to_datetime(df["source_id"][missing].map(published)).to_numpy()
    return when


def targets_of(t: Tables, key: str, rows: np.ndarray, size: int) -> np.ndarray:
    """Which rows of the target table (sources, actors) the kept `rows` point to through `key`, as a mask."""
    out = np.zeros(size + 1, dtype=bool)
    out[t.positions[key][rows]] = True   # -1 (unknown) lands on the extra last cell
    return out[:size]


def pointing_at(t: Tables, key: str, target: str, column: str, ids) -> np.ndarray:
    """Mask of the rows whose `key` position points at one of `ids` in `target` (a lookup in an array
    of the target's size, not a text comparison of a million ids)."""
    picked = np.append(t.frames[target][column].isin(ids).to_numpy(), False)
    return picked[t.positions[key]]
