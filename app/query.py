"""The query layer: the built tables loaded once, filtered and aggregated for the pages.

Pages call these functions and only present what they return; nothing here
draws or parses. Every function is pure (tables and filters in, frames out),
so tests and the benchmark call them without Streamlit.
"""
from __future__ import annotations

import datetime as dt
import json
import threading
from collections import OrderedDict
from dataclasses import dataclass, field, replace
from pathlib import Path

import numpy as np
import pandas as pd

from loaders.build import MANIFEST, tables_dir
from loaders.schema import TABLES

from .columnar import ListIndex, SearchIndex, as_category, fold, read_frame, use_lean_memory_pool

# The text columns free-text search looks into, per table.
SEARCHED = {
    "figures": ["raw", "label_fr", "label_en", "note", "figure_id"],
    "proposals": ["title_fr", "title_en", "summary_fr", "summary_en"],
    "events": ["name", "name_en", "place", "summary_fr", "summary_en"],
    "sources": ["title", "publisher", "summary_fr", "summary_en"],
    "actors": ["name", "short_name", "role", "role_en"],
}


class NoTablesError(Exception):
    """The built tables are missing or unreadable; the message says how to build them."""


@dataclass(frozen=True)
class Filters:
    """What the user asked for: the sidebar's state, and the URL's query string."""

    themes: tuple[str, ...] = ()
    actors: tuple[str, ...] = ()
    sources: tuple[str, ...] = ()
    date_from: dt.date | None = None
    date_to: dt.date | None = None
    q: str = ""
    lang: str = "fr"
    hide_unreviewed: bool = False   # leave out rows `loaders ingest` added that nobody checked yet

    def is_empty(self) -> bool:
        return self == Filters(lang=self.lang)

    def without_lang(self) -> "Filters":
        return replace(self, lang="fr")

    def to_query_params(self) -> dict[str, list[str] | str]:
        """The query string that reproduces this view (defaults left out)."""
        out: dict[str, list[str] | str] = {}
        for key, values in (("theme", self.themes), ("actor", self.actors), ("source", self.sources)):
            if values:
                out[key] = list(values)
        if self.date_from:
            out["from"] = self.date_from.isoformat()
        if self.date_to:
            out["to"] = self.date_to.isoformat()
        if self.q:
            out["q"] = self.q
        if self.lang != "fr":
            out["lang"] = self.lang
        if self.hide_unreviewed:
            out["unreviewed"] = "hide"
        return out


@dataclass
class Tables:
    """Every built table as a DataFrame, with the build's manifest.

    `search` and `lists` are the indexes `_prepare` builds (see app/columnar.py): without
    them the filters fall back to folding text row by row.
    """

    frames: dict[str, pd.DataFrame]
    manifest: dict = field(default_factory=dict)
    search: dict[str, SearchIndex] = field(default_factory=dict, repr=False)
    lists: dict[str, ListIndex] = field(default_factory=dict, repr=False)
    positions: dict[str, np.ndarray] = field(default_factory=dict, repr=False)
    # Results derived from the tables alone (lookups, bounds), computed on first use.
    derived_cache: dict = field(default_factory=dict, repr=False)
    # The row masks of the last filters asked (every session shares them): one rerun asks the same
    # filters from the sidebar, the counts and the page; a mask is a byte a row.
    masks: OrderedDict = field(default_factory=OrderedDict, repr=False)
    # Small results kept the same way (a chart's rows, the headline cards, actor counts): apart, so
    # they do not push the masks out.
    results: OrderedDict = field(default_factory=OrderedDict, repr=False)
    lock: threading.Lock = field(default_factory=threading.Lock, repr=False)

    def __getattr__(self, name: str) -> pd.DataFrame:
        try:
            return self.__dict__["frames"][name]
        except KeyError:
            raise AttributeError(name) from None

    @property
    def version(self) -> str:
        return self.manifest.get("version", "unknown")

    def derived(self, key: str, compute):
        """`compute()` once per build: for what depends on the tables and not on the filters."""
        try:
            return self.derived_cache[key]
        except KeyError:
            value = self.derived_cache[key] = compute()   # two sessions may compute it: same value
            return value

    def mask(self, key: tuple, compute) -> np.ndarray:
        """The row mask `key` ((table, filters)) names, from the last MASKS asked or computed (read-only)."""
        def read_only() -> np.ndarray:
            value = np.asarray(compute(), dtype=bool)
            value.flags.writeable = False
            return value
        return self._kept(self.masks, MASKS, key, read_only)

    def remembered(self, key: tuple, compute):
        """`compute()` for `key` (what, filters), kept among the last RESULTS results any session
        asked for: the callers must not change what they get."""
        return self._kept(self.results, RESULTS, key, compute)

    def forget(self) -> None:
        """Drop every kept mask and result (the benchmark times each step from scratch)."""
        with self.lock:
            self.masks.clear()
            self.results.clear()

    def _kept(self, store: OrderedDict, limit: int, key: tuple, compute):
        with self.lock:
            found = store.get(key)
            if found is not None:
                store.move_to_end(key)
                return found
        value = compute()
        with self.lock:
            store[key] = value
            while len(store) > limit:
                store.popitem(last=False)
        return value


MASKS = 64   # ~64 MB at a million figures: the filters of a few dozen sessions' last reruns
RESULTS = 64   # a few kB to a few hundred kB each


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
    search, lists = _prepare(frames)
    return Tables(frames, manifest, search, lists, _positions(frames))


def _prepare(frames: dict[str, pd.DataFrame]) -> tuple[dict[str, SearchIndex], dict[str, ListIndex]]:
    """Derived columns the pages share (dates as timestamps, names), and the filters' indexes.

    Returns the search index of every searched table and the flattened actor lists
    (`proposals` actor_ids, `events` organiser_ids).
    """
    search = {name: SearchIndex.build(frames[name], columns) for name, columns in SEARCHED.items()}
    lists = {"proposals": ListIndex.build(frames["proposals"]["actor_ids"]),
             "events": ListIndex.build(frames["events"]["organiser_ids"])}
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
    return search, lists


def _positions(frames: dict[str, pd.DataFrame]) -> dict[str, np.ndarray]:
    """Each row's source (or actor) as a row number of the sources (actors) table, -1 if unknown:
    "which sources do the kept figures come from" becomes an array lookup, not a join."""
    out = {}
    for key, column, target, target_id in (
            ("figures.source", "source_id", "sources", "source_id"),
            ("proposals.source", "source_id", "sources", "source_id"),
            ("events.source", "source_id", "sources", "source_id"),
            ("figures.actor", "actor_id", "actors", "actor_id"),
            ("mentions.source", "source_id", "sources", "source_id"),
            ("mentions.actor", "actor_id", "actors", "actor_id")):
        codes, uniques = pd.factorize(frames[key.split(".")[0]][column])
        found = pd.Index(frames[target][target_id]).get_indexer(uniques)
        out[key] = np.append(found, -1)[codes]
    return out


def _kept_targets(t: Tables, key: str, rows: np.ndarray, size: int) -> np.ndarray:
    """Which rows of the target table (sources, actors) the kept `rows` point to, as a mask."""
    out = np.zeros(size + 1, dtype=bool)
    out[t.positions[key][rows]] = True   # -1 (unknown) lands on the extra last cell
    return out[:size]


def _dated(df: pd.DataFrame, published: pd.Series) -> pd.Series:
    """`date` as a timestamp, or when it has none its source's publication date (looked up only for
    the undated rows: a lookup of a million ids costs a second)."""
    when = pd.to_datetime(df["date"])
    missing = when.isna().to_numpy()
    if missing.any():
        when[missing] = pd.to_datetime(df["source_id"][missing].map(published)).to_numpy()
    return when


def _in_dates(when: pd.Series, f: Filters) -> pd.Series:
    keep = pd.Series(True, index=when.index)
    if f.date_from:
        keep &= when >= pd.Timestamp(f.date_from)
    if f.date_to:
        keep &= when <= pd.Timestamp(f.date_to)
    return keep


def _matches(df: pd.DataFrame, q: str, index: SearchIndex | None = None, table: str = "") -> pd.Series:
    """Rows where the folded text `q` appears within one of the table's searched columns."""
    if not q:
        return pd.Series(True, index=df.index)
    if index is not None:
        return pd.Series(index.matches(q, len(df)), index=df.index)
    needle = fold(q)
    columns = SEARCHED.get(table) or [c for c in df.columns if df[c].dtype == object]
    found = pd.Series(False, index=df.index)
    for column in columns:
        found |= df[column].map(lambda v: isinstance(v, str) and needle in fold(v)).astype(bool)
    return found


def _reviewed(df: pd.DataFrame, f: Filters) -> pd.Series | bool:
    """Rows a person has checked, when the filters hide unreviewed candidates; else every row."""
    if not f.hide_unreviewed or "review" not in df:
        return True
    return df["review"] != "candidate"


def count_unreviewed(t: Tables) -> int:
    """How many rows of the dataset are unreviewed candidates (figures, proposals, events, sources)."""
    return t.derived("unreviewed", lambda: sum(int((t.frames[name]["review"] == "candidate").sum())
               for name in ("figures", "proposals", "events", "sources") if "review" in t.frames[name]))


def filter_figures(t: Tables, f: Filters) -> pd.DataFrame:
    """Figures in the selected themes, actors, sources, dates and matching the text."""
    return _kept(t.figures, _figure_rows(t, f))


def _kept(df: pd.DataFrame, rows: np.ndarray) -> pd.DataFrame:
    """The kept rows; all of them without copying a million rows (copy-on-write keeps the
    shared table safe from a page that adds a column to what it gets)."""
    return df.copy(deep=False) if rows.all() else df[rows]


def figure_mask(t: Tables, f: Filters) -> np.ndarray:
    """Which figures the filters keep, as a read-only mask over `t.figures`: for a page that reads a
    few columns of the kept rows, where `filter_figures` would copy them all."""
    return _figure_rows(t, f)


def _figure_rows(t: Tables, f: Filters) -> np.ndarray:
    return t.mask(("figures", f.without_lang()), lambda: _compute_figure_rows(t, f))


def _compute_figure_rows(t: Tables, f: Filters) -> np.ndarray:
    df = t.figures
    keep = _in_dates(df["when"], f) & _matches(df, f.q, t.search.get("figures"), "figures")
    keep &= _reviewed(df, f)
    if f.themes:
        keep &= df["theme"].isin(f.themes)
    if f.actors:
        keep &= _pointing_at(t, "figures.actor", "actors", "actor_id", f.actors, df["actor_id"])
    if f.sources:
        keep &= _pointing_at(t, "figures.source", "sources", "source_id", f.sources, df["source_id"])
    return np.asarray(keep, dtype=bool)


def _pointing_at(t: Tables, key: str, target: str, column: str, ids, values: pd.Series) -> np.ndarray:
    """Mask of the rows whose `key` position points at one of `ids` in `target` (a lookup in an array
    of the target's size, not a text comparison of a million ids); `values.isin` without positions."""
    if key not in t.positions:
        return values.isin(ids).to_numpy()
    picked = np.append(t.frames[target][column].isin(ids).to_numpy(), False)
    return picked[t.positions[key]]


def filter_proposals(t: Tables, f: Filters) -> pd.DataFrame:
    """Proposals in the selected themes, by any selected actor, in the dates and matching the text."""
    return _kept(t.proposals, _proposal_rows(t, f))


def _proposal_rows(t: Tables, f: Filters) -> np.ndarray:
    return t.mask(("proposals", f.without_lang()), lambda: _compute_proposal_rows(t, f))


def _compute_proposal_rows(t: Tables, f: Filters) -> np.ndarray:
    df = t.proposals
    keep = _in_dates(df["when"], f) & _matches(df, f.q, t.search.get("proposals"), "proposals")
    keep &= _reviewed(df, f)
    if f.themes:
        keep &= df["theme"].isin(f.themes)
    if f.actors:
        keep &= _any_actor(df, "actor_ids", f.actors, t.lists.get("proposals"))
    if f.sources:
        keep &= df["source_id"].isin(f.sources)
    return np.asarray(keep, dtype=bool)


def _any_actor(df: pd.DataFrame, column: str, actors, index: ListIndex | None) -> pd.Series:
    """Rows whose list `column` names one of `actors` (through the flattened index when built)."""
    if index is not None and index.size == len(df):
        return pd.Series(index.any_of(actors), index=df.index)
    wanted = set(actors)
    return df[column].map(lambda ids: bool(wanted.intersection(ids))).astype(bool)


def filter_events(t: Tables, f: Filters) -> pd.DataFrame:
    """Events overlapping the dates, organised by a selected actor, from a selected source.

    Events carry no theme: the theme filter leaves them all.
    """
    df = t.events
    keep = _matches(df, f.q, t.search.get("events"), "events")
    keep &= _reviewed(df, f)
    if f.date_from:
        keep &= df["until"] >= pd.Timestamp(f.date_from)
    if f.date_to:
        keep &= df["when"] <= pd.Timestamp(f.date_to)
    if f.actors:
        keep &= _any_actor(df, "organiser_ids", f.actors, t.lists.get("events"))
    if f.sources:
        keep &= df["source_id"].isin(f.sources)
    return df[keep]


def filter_sources(t: Tables, f: Filters) -> pd.DataFrame:
    """Sources selected, published in the dates, that mention a selected actor and match the text."""
    return _kept(t.sources, _source_rows(t, f))


def _sources_of(t: Tables, table: str, rows: np.ndarray) -> pd.Series | np.ndarray:
    """Mask of the sources the kept `rows` of `table` (figures, proposals) come from."""
    if f"{table}.source" in t.positions:
        return _kept_targets(t, f"{table}.source", rows, len(t.sources))
    return t.sources["source_id"].isin(t.frames[table]["source_id"][rows].unique()).to_numpy()


def _source_rows(t: Tables, f: Filters) -> np.ndarray:
    return t.mask(("sources", f.without_lang()), lambda: _compute_source_rows(t, f))


def _compute_source_rows(t: Tables, f: Filters) -> np.ndarray:
    df = t.sources
    keep = _matches(df, f.q, t.search.get("sources"), "sources")
    if f.q:
        keep |= _sources_of(t, "figures", _figure_rows(t, f))
    keep &= _reviewed(df, f)
    when = df["_published"] if "_published" in df else pd.to_datetime(df["published"])
    keep &= _in_dates(when, f) | when.isna()
    if f.sources:
        keep &= df["source_id"].isin(f.sources)
    if f.actors:
        keep &= _sources_naming(t, f.actors)
    if f.themes:
        g = replace(f, q="")
        keep &= _sources_of(t, "figures", _figure_rows(t, g)) | _sources_of(t, "proposals", _proposal_rows(t, g))
    return np.asarray(keep, dtype=bool)


def _sources_naming(t: Tables, actors) -> np.ndarray:
    """Mask of the sources that name one of `actors`: through the mentions' row positions, no join."""
    if "mentions.actor" not in t.positions:
        return t.sources["source_id"].isin(t.mentions.loc[t.mentions["actor_id"].isin(actors), "source_id"]).to_numpy()
    picked = np.append(t.actors["actor_id"].isin(actors).to_numpy(), False)[t.positions["mentions.actor"]]
    return _kept_targets(t, "mentions.source", picked, len(t.sources))


def _id_index(t: Tables, table: str) -> pd.Index:
    """The ids of `table` ("sources", "actors") as an index, built once per build: row numbers by id."""
    column = {"sources": "source_id", "actors": "actor_id"}[table]
    return t.derived(f"{table}.index", lambda: pd.Index(t.frames[table][column]))


def source_rows(t: Tables, ids) -> pd.DataFrame:
    """The sources table's rows for `ids` (in that order; unknown ids left out), without a scan."""
    where = _id_index(t, "sources").get_indexer(list(ids))
    return t.sources.iloc[where[where >= 0]]


def theme_labels(t: Tables, lang: str) -> dict[str, str]:
    return t.derived(f"themes.{lang}", lambda: dict(zip(t.themes["theme_id"], t.themes[f"label_{lang}"])))


def lever_labels(t: Tables, lang: str) -> dict[str, str]:
    return dict(zip(t.levers["lever_id"], t.levers[f"label_{lang}"]))


def actor_names(t: Tables) -> dict[str, str]:
    return t.derived("actor_names", lambda: dict(zip(t.actors["actor_id"], t.actors["name"])))


def source_titles(t: Tables) -> dict[str, str]:
    """Every source's title by id (built once: 100,000 titles cost ~50 ms)."""
    return t.derived("source_titles", lambda: dict(zip(t.sources["source_id"], t.sources["title"])))


def headline_figures(t: Tables, f: Filters, n: int = 4) -> pd.DataFrame:
    """The largest money amounts in euros, then the shares: what a reader sees first.

    Kept per filters (the Overview's cards, what most visits open first): callers must not change it."""
    return t.remembered(("headlines", f.without_lang(), n), lambda: _headline_figures(t, f, n))


def _headline_figures(t: Tables, f: Filters, n: int) -> pd.DataFrame:
    df, rows = t.figures, _figure_rows(t, f)
    shares = np.flatnonzero(rows & (df["measure"] == "share").to_numpy())[:1]
    money = df["value_eur"][rows & (df["measure"] == "money").to_numpy()]
    k = n - len(shares)
    top = money.nlargest(k)   # the k largest of a million without sorting them all
    if len(top) < k:          # too few amounts in euros: those without come after, as a sort puts them
        top = money.sort_values(ascending=False).head(k)
    return pd.concat([df.loc[top.index], df.iloc[shares]]).head(n)


def proposals_by_actor_theme(proposals: pd.DataFrame) -> pd.DataFrame:
    """Count of proposals per (actor_id, theme): one row per pair, for a heatmap."""
    if proposals.empty:
        return pd.DataFrame(columns=["actor_id", "theme", "proposals"])
    exploded = proposals[["proposal_id", "actor_ids", "theme"]].explode("actor_ids")
    return (exploded.rename(columns={"actor_ids": "actor_id"})
            .groupby(["actor_id", "theme"], observed=True).size()
            .rename("proposals").reset_index())


def proposals_by_lever(proposals: pd.DataFrame) -> pd.DataFrame:
    """Count of proposals per lever, largest first."""
    counts = proposals.groupby("lever", observed=True).size().rename("proposals")
    return counts.sort_values(ascending=False).reset_index()


def actor_network(t: Tables, f: Filters, min_sources: int = 1) -> pd.DataFrame:
    """Pairs of actors named in the same sources: (a, b, sources) with the count of shared sources."""
    mentions = t.mentions[_mentions_in(t, _source_rows(t, replace(f, actors=())))]
    # Every pair (a < b) of actors named by one source, counted over sources: a self-join, not a
    # Python loop over a hundred thousand sources.
    named = pd.DataFrame({"source": pd.factorize(mentions["source_id"])[0],
                          "actor": mentions["actor_id"].to_numpy(dtype=object)}).drop_duplicates()
    # Most shared first; equal counts in name order, so the same data always draws the same graph.
    edges = _pair_counts(named)
    edges = edges[edges["sources"] >= min_sources]
    if f.actors:
        edges = edges[edges["a"].isin(f.actors) | edges["b"].isin(f.actors)]
    return edges.reset_index(drop=True)


def counts(t: Tables, f: Filters) -> dict[str, int]:
    """How many sources, figures, proposals, actors and events the filters keep."""
    sources = _source_rows(t, f)
    return {
        "sources": int(sources.sum()),
        "figures": int(_figure_rows(t, f).sum()),
        "proposals": int(_proposal_rows(t, f).sum()),
        "actors": t.mentions.loc[_mentions_in(t, sources), "actor_id"].nunique(),
        "events": len(filter_events(t, f)),
    }


def _mentions_in(t: Tables, sources: np.ndarray) -> np.ndarray:
    """Mask of the mentions whose source is kept (`sources`: a mask over the sources table)."""
    if "mentions.source" in t.positions:
        return np.append(sources, False)[t.positions["mentions.source"]]
    return t.mentions["source_id"].isin(t.sources["source_id"][sources]).to_numpy()


# --- actors/sources/export helpers ---

def actor_types() -> tuple[str, ...]:
    """Every kind of actor, in the schema's order (so a type keeps its colour whatever the filters)."""
    from typing import get_args

    from loaders.schema import ActorType
    return get_args(ActorType)


def actor_mentions(t: Tables, f: Filters) -> pd.DataFrame:
    """Actors named in the sources the filters keep (the actor filter aside), most-named first.

    Columns: actor_id, name, short_name, type, sources (how many kept sources name the actor).
    Kept per filters (the actor list and the network both ask): do not change the frame returned.
    """
    return t.remembered(("actor_mentions", replace(f.without_lang(), actors=())), lambda: _actor_mentions(t, f))


def _actor_mentions(t: Tables, f: Filters) -> pd.DataFrame:
    kept = _mentions_in(t, _source_rows(t, replace(f, actors=())))
    if "mentions.actor" in t.positions:   # counted on the actors' row numbers: no copy of the mentions
        per_actor = np.bincount(t.positions["mentions.actor"][kept] + 1, minlength=len(t.actors) + 1)[1:]
        named = np.flatnonzero(per_actor)
        df = t.actors[["actor_id", "name", "short_name", "type"]].iloc[named].assign(sources=per_actor[named])
    else:
        named = t.mentions[kept].groupby("actor_id", observed=True).size().rename("sources")
        df = t.actors[["actor_id", "name", "short_name", "type"]].merge(
            named, left_on="actor_id", right_index=True)
    return df.sort_values(["sources", "name"], ascending=[False, True], ignore_index=True)


def actor_choices(t: Tables, f: Filters) -> list[str]:
    """Actors the filters leave in view: named in a kept source, or behind a kept figure, proposal or
    event; most-named first, then by name. The actor filter is set aside: it picks, not narrows."""
    g = replace(f, actors=())
    ranked = list(actor_mentions(t, f)["actor_id"])
    if "figures.actor" in t.positions:   # through row positions: no copy of up to a million ids
        said = _kept_targets(t, "figures.actor", _figure_rows(t, g), len(t.actors))
        others = set(t.actors["actor_id"].to_numpy()[said])
    else:
        others = set(t.figures["actor_id"][_figure_rows(t, g)].dropna().unique())
    others.update(_listed(t, "proposals", "actor_ids", _proposal_rows(t, g)))
    others.update(_listed(t, "events", "organiser_ids", filter_events(t, g).index))
    names = actor_names(t)
    rest = sorted((a for a in others - set(ranked) if a in names), key=lambda a: fold(names[a]))
    return ranked + rest


def _listed(t: Tables, table: str, column: str, rows) -> set[str]:
    """Every id the list `column` of the kept `rows` of `table` holds (rows: a mask or index labels)."""
    index = t.lists.get(table)
    frame = t.frames[table]
    if index is not None and index.size == len(frame) and isinstance(frame.index, pd.RangeIndex):
        mask = rows if isinstance(rows, np.ndarray) and rows.dtype == bool else frame.index.isin(rows)
        return set(index.items[mask[index.rows]].unique())
    kept = frame[column][rows] if isinstance(rows, np.ndarray) and rows.dtype == bool else frame.loc[rows, column]
    return {a for ids in kept for a in ids}


def actor_profile(t: Tables, f: Filters, actor_id: str,
                  limit: int | None = None) -> dict[str, tuple[pd.DataFrame, int]]:
    """What the dataset holds on one actor under the filters (the actor filter replaced by this actor).

    Keys: members (actors whose parent_id is this actor, persons first), proposals, figures,
    events (it organises) and sources (that name it); each (the first `limit` rows, how many in all).
    Only the rows returned are copied: a big actor has tens of thousands of figures at scale.
    """
    g = replace(f, actors=(actor_id,))
    members = t.actors[t.actors["parent_id"] == actor_id]
    members = members.assign(_person=members["type"] != "person").sort_values(["_person", "name"])
    events = filter_events(t, g).sort_values("when")

    def first(frame: pd.DataFrame, mask: np.ndarray) -> tuple[pd.DataFrame, int]:
        rows = np.flatnonzero(mask)
        return frame.iloc[rows[:limit]], len(rows)

    return {"members": (members.drop(columns="_person").head(limit), len(members)),
            "proposals": first(t.proposals, _proposal_rows(t, g)),
            "figures": first(t.figures, _figure_rows(t, g)),
            "events": (events.head(limit), len(events)),
            "sources": first(t.sources, _source_rows(t, g))}


def network_graph(t: Tables, f: Filters, limit: int = 40) -> tuple[pd.DataFrame, pd.DataFrame]:
    """Nodes and edges of the co-mention network, kept to the `limit` most-named linked actors.

    Nodes as actor_mentions (selected actors first, so they are never cut), among the actors linked
    to another (to a selected one, when actors are selected); edges as actor_network, between kept
    nodes only. The pairs are counted for the kept nodes alone: all pairs of 300,000 mentions
    would take a third of a second.
    """
    if "mentions.source" not in t.positions:
        return _network_graph_by_pairs(t, f, limit)
    kept = _mentions_in(t, _source_rows(t, replace(f, actors=())))
    kept = kept & t.derived("mentions.first", lambda: _first_mentions(t))
    source, actor = t.positions["mentions.source"][kept], t.positions["mentions.actor"][kept]
    per_source = np.bincount(source, minlength=len(t.sources))
    if f.actors:
        picked = np.append(t.actors["actor_id"].isin(f.actors).to_numpy(), False)[actor]
        with_picked = np.bincount(source[picked], minlength=len(t.sources)) > 0
        linked = (with_picked[source] & ~picked) | (picked & (per_source[source] >= 2))
    else:
        linked = per_source[source] >= 2
    linked_rows = np.bincount(actor[linked] + 1, minlength=len(t.actors) + 1)[1:] > 0
    linked_ids = set(t.actors["actor_id"].to_numpy()[linked_rows])
    nodes = actor_mentions(t, f)
    nodes = nodes[nodes["actor_id"].isin(linked_ids)]
    nodes = (nodes.assign(_picked=~nodes["actor_id"].isin(f.actors))
             .sort_values(["_picked", "sources", "name"], ascending=[True, False, True])
             .head(limit).drop(columns="_picked").reset_index(drop=True))
    # The nodes' mentions as numbers: each actor by its rank among the node ids in text order (so
    # a < b between ranks is a < b between ids), joined per source; ids are put back on the edges.
    node_ids = np.sort(nodes["actor_id"].to_numpy(dtype=object))
    rank = np.full(len(t.actors) + 1, -1)
    rank[_id_index(t, "actors").get_indexer(node_ids)] = np.arange(len(node_ids))
    ranks = rank[actor]
    in_nodes = ranks >= 0
    edges = _pair_counts(pd.DataFrame({"source": source[in_nodes], "actor": ranks[in_nodes]}), node_ids)
    if f.actors:
        edges = edges[edges["a"].isin(f.actors) | edges["b"].isin(f.actors)]
    return nodes, edges.reset_index(drop=True)


def _first_mentions(t: Tables) -> np.ndarray:
    """Mask of the mentions that are the first of their (source, actor) pair: a source names an actor once."""
    width = len(t.actors) + 1
    pairs = t.positions["mentions.source"].astype(np.int64) * width + t.positions["mentions.actor"] + 1
    first = np.zeros(len(pairs), dtype=bool)
    first[np.unique(pairs, return_index=True)[1]] = True
    return first


def _pair_counts(named: pd.DataFrame, ids: np.ndarray | None = None) -> pd.DataFrame:
    """(a, b, sources): pairs a < b of actors named by one source (`named`: source, actor once each),
    counted over sources, most shared first, then by name. With `ids`, `named` holds each actor as
    its rank in the sorted `ids` (a < b in rank is a < b in id) and the edges get the ids back."""
    pairs = named.merge(named, on="source")
    pairs = pairs[pairs["actor_x"] < pairs["actor_y"]]
    edges = (pairs.groupby(["actor_x", "actor_y"]).size().rename("sources").reset_index()
             .rename(columns={"actor_x": "a", "actor_y": "b"}))
    if ids is not None:
        edges = edges.assign(a=ids[edges["a"].to_numpy()], b=ids[edges["b"].to_numpy()])
    edges = edges.astype({"a": "str", "b": "str"})
    return edges.sort_values(["sources", "a", "b"], ascending=[False, True, True], ignore_index=True)


def _network_graph_by_pairs(t: Tables, f: Filters, limit: int) -> tuple[pd.DataFrame, pd.DataFrame]:
    """network_graph from every pair (tables without row positions)."""
    edges = actor_network(t, f)
    nodes = actor_mentions(t, f)
    nodes = nodes[nodes["actor_id"].isin(set(edges["a"]) | set(edges["b"]))]
    nodes = (nodes.assign(_picked=~nodes["actor_id"].isin(f.actors))
             .sort_values(["_picked", "sources", "name"], ascending=[True, False, True])
             .head(limit).drop(columns="_picked").reset_index(drop=True))
    keep = set(nodes["actor_id"])
    edges = edges[edges["a"].isin(keep) & edges["b"].isin(keep)].reset_index(drop=True)
    return nodes, edges


def sources_in_view(t: Tables, f: Filters, focus: str | None = None) -> tuple[pd.DataFrame, str]:
    """The kept sources, newest first, with the `focus` source (from a link) put first. The Sources
    page uses its row-number twin, `sources_in_view_rows`; this frame version is its reference in tests.

    Returns (sources, state): state is "none" (no focus asked), "shown" (focus among the kept
    sources), "outside" (a known source the filters leave out: added first anyway) or "unknown".
    """
    df = filter_sources(t, f).sort_values("published", ascending=False, na_position="last")
    if not focus:
        return df, "none"
    if focus in set(df["source_id"]):
        state = "shown"
    elif focus in set(t.sources["source_id"]):
        state, df = "outside", pd.concat([t.sources[t.sources["source_id"] == focus], df])
    else:
        return df, "unknown"
    first = df["source_id"] == focus
    return pd.concat([df[first], df[~first]]), state


def source_contents(t: Tables, source_id: str) -> dict[str, pd.DataFrame]:
    """Everything the dataset took from one source, whatever the filters: figures, proposals,
    events and the actors it names (the Sources page reads `source_content_rows`; this is its
    reference in tests)."""
    rows = {name: _rows_of_source(t, name, source_id) for name in ("figures", "proposals", "events", "mentions")}
    named = t.mentions["actor_id"].iloc[rows["mentions"]]
    return {"figures": t.figures.iloc[rows["figures"]],
            "proposals": t.proposals.iloc[rows["proposals"]],
            "events": t.events.iloc[rows["events"]].sort_values("when"),
            "actors": t.actors[t.actors["actor_id"].isin(named)].sort_values("name")}


def _rows_of_source(t: Tables, table: str, source_id: str) -> np.ndarray:
    """Row numbers of `table` that come from `source_id`, in table order.

    Through the row positions, grouped by source once (a stable sort, kept in t.positions):
    a page listing sources then costs a slice per source, not a scan of a million rows.
    """
    key = f"{table}.source"
    frame = t.frames[table]
    if key not in t.positions:
        return np.flatnonzero((frame["source_id"] == source_id).to_numpy())
    if f"{key}.order" not in t.positions:   # two sessions may both build it: the same arrays
        order = np.argsort(t.positions[key], kind="stable")
        t.positions[f"{key}.starts"] = np.searchsorted(t.positions[key][order], np.arange(len(t.sources) + 1))
        t.positions[f"{key}.order"] = order
    where = _id_index(t, "sources").get_indexer([source_id])[0]
    if where < 0:
        return np.zeros(0, dtype=np.int64)
    starts = t.positions[f"{key}.starts"]
    return t.positions[f"{key}.order"][starts[where]:starts[where + 1]]


def _with_theme_label(df: pd.DataFrame, labels: dict[str, str]) -> pd.DataFrame:
    """`df` with a theme_label column right after `theme` (which keeps the ids)."""
    out = df.copy(deep=False)   # copy-on-write: the new column does not copy the million rows
    out.insert(out.columns.get_loc("theme") + 1, "theme_label", out["theme"].map(labels))
    return out


def export_tables(t: Tables, f: Filters) -> dict[str, pd.DataFrame]:
    """The tables the Export page offers, filtered: figures, proposals, events, sources, actors, themes.

    Every exported row's source and actors can be looked up in the export: sources are the kept
    sources plus those the exported rows come from; actors are those these sources name plus
    those the rows refer to. `theme` keeps ids; `theme_label` adds the label in `f.lang`.
    """
    return {name: export_table(t, f, name) for name in EXPORTED}


def proposal_mask(t: Tables, f: Filters) -> np.ndarray:
    """Which proposals the filters keep, as a read-only mask over `t.proposals` (see figure_mask)."""
    return _proposal_rows(t, f)


def actor_short_names(t: Tables) -> dict[str, str]:
    return t.derived("actor_short_names", lambda: dict(zip(t.actors["actor_id"], t.actors["short_name"])))


EXPORTED = ("figures", "proposals", "events", "sources", "actors", "themes")


def export_rows(t: Tables, f: Filters) -> dict[str, np.ndarray]:
    """Which rows of each table `export_tables(t, f)` holds, as masks (kept per filters): the Export
    page counts and previews from them, and builds the tables only when a file is asked for."""
    g = f.without_lang()
    figure_rows, proposal_rows = _figure_rows(t, f), _proposal_rows(t, f)
    event_rows = t.mask(("export.events", g), lambda: t.events.index.isin(filter_events(t, f).index))

    def sources():
        return (_source_rows(t, f) | _sources_of(t, "figures", figure_rows)
                | _sources_of(t, "proposals", proposal_rows) | _sources_of(t, "events", event_rows))

    source_rows = t.mask(("export.sources", g), sources)

    def actors():
        if "mentions.actor" in t.positions:
            out = _kept_targets(t, "mentions.actor", _mentions_in(t, source_rows), len(t.actors))
        else:
            out = t.actors["actor_id"].isin(t.mentions.loc[_mentions_in(t, source_rows), "actor_id"].unique()).to_numpy(copy=True)
        if "figures.actor" in t.positions:
            out |= _kept_targets(t, "figures.actor", figure_rows, len(t.actors))
        else:
            out |= t.actors["actor_id"].isin(t.figures["actor_id"][figure_rows].dropna().unique()).to_numpy()
        for table, column, rows in (("proposals", "actor_ids", proposal_rows), ("events", "organiser_ids", event_rows)):
            out |= _listed_actors(t, table, column, rows)
        return out

    actor_rows = t.mask(("export.actors", g), actors)
    theme_rows = t.themes["theme_id"].isin(f.themes).to_numpy() if f.themes else np.ones(len(t.themes), dtype=bool)
    return {"figures": figure_rows, "proposals": proposal_rows, "events": event_rows,
            "sources": source_rows, "actors": actor_rows, "themes": theme_rows}


def export_table(t: Tables, f: Filters, name: str, limit: int | None = None) -> pd.DataFrame:
    """`export_tables(t, f)[name]` alone, or its first `limit` rows, built from `export_rows`."""
    rows = export_rows(t, f)[name]
    if name == "themes" and not f.themes:
        df = t.themes
    elif limit is None:
        df = _kept(t.frames[name], rows) if name in ("figures", "proposals") else t.frames[name][rows]
    else:
        df = t.frames[name].iloc[np.flatnonzero(rows)[:limit]]
    if limit is not None:
        df = df.head(limit)
    if name in ("figures", "proposals"):
        df = _with_theme_label(df, theme_labels(t, f.lang))
    return df


def export_preview(t: Tables, f: Filters, name: str, limit: int) -> pd.DataFrame:
    """The first `limit` rows of `export_table`, category columns as plain values (object): what
    `export_frame` makes of them, without turning every category (100,000 titles) into text."""
    df = export_table(t, f, name, limit).copy()
    for column in df.columns:
        series = df[column]
        if isinstance(series.dtype, pd.CategoricalDtype):
            codes = series.cat.codes.to_numpy()
            values = series.cat.categories.take(np.maximum(codes, 0)).to_numpy(dtype=object)
            values[codes < 0] = np.nan
            df[column] = pd.Series(values, index=df.index, dtype=object)
    return df


def sources_in_view_rows(t: Tables, f: Filters, focus: str | None = None) -> tuple[np.ndarray, str]:
    """sources_in_view as row numbers of `t.sources` (same order, same state), without copying the kept
    rows: a page takes only the rows it shows. The order is the same sort of the same `published`
    values as sources_in_view's (equal dates keep its order)."""
    from pandas.core.sorting import nargsort

    kept = _source_rows(t, f)
    rows = np.flatnonzero(kept)
    rows = rows[nargsort(t.sources["published"].to_numpy()[rows], kind="quicksort", ascending=False,
                         na_position="last")]
    if not focus:
        return rows, "none"
    where = _id_index(t, "sources").get_indexer([focus])[0]
    if where < 0:
        return rows, "unknown"
    state = "shown" if kept[where] else "outside"
    return np.concatenate([[where], rows[rows != where]]), state


def source_content_rows(t: Tables, sources) -> list[dict[str, np.ndarray]]:
    """source_contents of the sources at row numbers `sources` of t.sources, as row numbers: of
    t.figures, t.proposals, t.events (by date) and t.actors (by name), in source_contents' order, for
    a page that reads a few columns of them (one slice per source, no id lookup)."""
    from pandas.core.sorting import nargsort

    ids = t.sources["source_id"].iloc[sources].tolist()
    out = []
    for where, source_id in zip(sources, ids):
        rows = {}
        for table in ("figures", "proposals", "events", "mentions"):
            key = f"{table}.source"
            if key in t.positions and f"{key}.order" in t.positions:
                starts = t.positions[f"{key}.starts"]
                rows[table] = t.positions[f"{key}.order"][starts[where]:starts[where + 1]]
            else:   # builds the grouped positions on first use
                rows[table] = _rows_of_source(t, table, source_id)
        events = rows["events"]
        events = events[nargsort(t.events["when"].to_numpy()[events], kind="quicksort")]
        if "mentions.actor" in t.positions:
            actors = np.unique(t.positions["mentions.actor"][rows["mentions"]])
            actors = actors[actors >= 0]
        else:
            actors = np.flatnonzero(t.actors["actor_id"].isin(t.mentions["actor_id"].iloc[rows["mentions"]]).to_numpy())
        actors = actors[nargsort(t.actors["name"].array.take(actors), kind="quicksort")]
        out.append({"figures": rows["figures"], "proposals": rows["proposals"], "events": events, "actors": actors})
    return out


def column_values(t: Tables, table: str, column: str, rows) -> list:
    """The values of one column at row numbers `rows`, as a list (missing: NaN). A category column is
    read through its labels as an array kept per build: taking from 100,000 arrow labels costs ~0.5 ms a call."""
    series = t.frames[table][column]
    if isinstance(series.dtype, pd.CategoricalDtype):
        labels = t.derived(f"labels.{table}.{column}", lambda: np.append(
            np.asarray(series.cat.categories, dtype=object), np.nan))
        return labels[series.cat.codes.to_numpy()[rows]].tolist()   # code -1 (missing) reads the NaN
    return series.iloc[rows].tolist()


def _listed_actors(t: Tables, table: str, column: str, rows: np.ndarray) -> np.ndarray:
    """Mask of the actors the list `column` of the kept `rows` (a mask) of `table` names: `_listed`
    through the flattened lists' row numbers in the actors table, no set of ids."""
    index, frame = t.lists.get(table), t.frames[table]
    if index is None or index.size != len(frame):
        return t.actors["actor_id"].isin(_listed(t, table, column, rows)).to_numpy()
    targets = t.derived(f"{table}.{column}.actors", lambda: _id_index(t, "actors").get_indexer(index.items))
    out = np.zeros(len(t.actors) + 1, dtype=bool)
    out[targets[rows[index.rows]]] = True   # -1 (unknown) lands on the extra last cell
    return out[:-1]
