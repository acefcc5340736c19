"""The query layer: the built tables loaded once, filtered and aggregated for the pages.

Pages call these functions and only present what they return; nothing here
draws or parses. Every function is pure (tables and filters in, frames out),
so tests and the benchmark call them without Streamlit.
"""
from __future__ import annotations

import datetime as dt
import json
import unicodedata
from dataclasses import dataclass, field, replace
from itertools import combinations
from pathlib import Path

import pandas as pd
import pyarrow.parquet as pq

from loaders.build import MANIFEST, tables_dir
from loaders.schema import TABLES

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


def fold(text: str) -> str:
    """Lowercase without accents, for matching: 'Numérique' -> 'numerique'."""
    decomposed = unicodedata.normalize("NFKD", str(text))
    return "".join(c for c in decomposed if not unicodedata.combining(c)).casefold()


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
        return out


@dataclass
class Tables:
    """Every built table as a DataFrame, with the build's manifest."""

    frames: dict[str, pd.DataFrame]
    manifest: dict = field(default_factory=dict)

    def __getattr__(self, name: str) -> pd.DataFrame:
        try:
            return self.__dict__["frames"][name]
        except KeyError:
            raise AttributeError(name) from None

    @property
    def version(self) -> str:
        return self.manifest.get("version", "unknown")


def load_tables(root: Path) -> Tables:
    """Read the current build under `root` (or a folder of tables) once; NoTablesError if absent."""
    folder = tables_dir(root)
    frames = {}
    for name in TABLES:
        path = folder / f"{name}.parquet"
        if not path.exists():
            raise NoTablesError(f"{path} is missing: run `python -m loaders build` (or `make run`).")
        try:
            frames[name] = pq.read_table(path).to_pandas()
        except Exception as e:  # a truncated or foreign file: say so, never a traceback
            raise NoTablesError(f"{path} cannot be read ({e.__class__.__name__}: {e}).") from None
    manifest_path = folder / MANIFEST
    manifest = json.loads(manifest_path.read_text()) if manifest_path.exists() else {}
    _prepare(frames)
    return Tables(frames, manifest)


def _prepare(frames: dict[str, pd.DataFrame]) -> None:
    """Derived columns the pages share: folded search text, dates as timestamps, names."""
    for name, columns in SEARCHED.items():
        df = frames[name]
        text = df[columns].astype("string").fillna("").agg(" ".join, axis=1) if len(df) else ""
        df["_search"] = pd.Series(text, index=df.index, dtype="string").map(fold) if len(df) else ""
    published = frames["sources"].set_index("source_id")["published"]
    figures = frames["figures"]
    # A figure without a date of its own is placed at its source's publication date.
    figures["when"] = pd.to_datetime(figures["date"].fillna(figures["source_id"].map(published)))
    proposals = frames["proposals"]
    proposals["when"] = pd.to_datetime(proposals["date"].fillna(proposals["source_id"].map(published)))
    events = frames["events"]
    events["when"] = pd.to_datetime(events["start"])
    events["until"] = pd.to_datetime(events["end"])
    names = frames["actors"].set_index("actor_id")["short_name"]
    figures["actor_name"] = figures["actor_id"].map(names)


def _in_dates(when: pd.Series, f: Filters) -> pd.Series:
    keep = pd.Series(True, index=when.index)
    if f.date_from:
        keep &= when >= pd.Timestamp(f.date_from)
    if f.date_to:
        keep &= when <= pd.Timestamp(f.date_to)
    return keep


def _matches(df: pd.DataFrame, q: str) -> pd.Series:
    if not q:
        return pd.Series(True, index=df.index)
    return df["_search"].str.contains(fold(q), regex=False)


def filter_figures(t: Tables, f: Filters) -> pd.DataFrame:
    """Figures in the selected themes, actors, sources, dates and matching the text."""
    df = t.figures
    keep = _in_dates(df["when"], f) & _matches(df, f.q)
    if f.themes:
        keep &= df["theme"].isin(f.themes)
    if f.actors:
        keep &= df["actor_id"].isin(f.actors)
    if f.sources:
        keep &= df["source_id"].isin(f.sources)
    return df[keep]


def filter_proposals(t: Tables, f: Filters) -> pd.DataFrame:
    """Proposals in the selected themes, by any selected actor, in the dates and matching the text."""
    df = t.proposals
    keep = _in_dates(df["when"], f) & _matches(df, f.q)
    if f.themes:
        keep &= df["theme"].isin(f.themes)
    if f.actors:
        wanted = set(f.actors)
        keep &= df["actor_ids"].map(lambda ids: bool(wanted.intersection(ids)))
    if f.sources:
        keep &= df["source_id"].isin(f.sources)
    return df[keep]


def filter_events(t: Tables, f: Filters) -> pd.DataFrame:
    """Events overlapping the dates, organised by a selected actor, from a selected source.

    Events carry no theme: the theme filter leaves them all.
    """
    df = t.events
    keep = _matches(df, f.q)
    if f.date_from:
        keep &= df["until"] >= pd.Timestamp(f.date_from)
    if f.date_to:
        keep &= df["when"] <= pd.Timestamp(f.date_to)
    if f.actors:
        wanted = set(f.actors)
        keep &= df["organiser_ids"].map(lambda ids: bool(wanted.intersection(ids)))
    if f.sources:
        keep &= df["source_id"].isin(f.sources)
    return df[keep]


def filter_sources(t: Tables, f: Filters) -> pd.DataFrame:
    """Sources selected, published in the dates, that mention a selected actor and match the text."""
    df = t.sources
    keep = _matches(df, f.q) | (df["source_id"].isin(filter_figures(t, f)["source_id"]) if f.q else False)
    when = pd.to_datetime(df["published"])
    keep &= _in_dates(when, f) | when.isna()
    if f.sources:
        keep &= df["source_id"].isin(f.sources)
    if f.actors:
        keep &= df["source_id"].isin(t.mentions.loc[t.mentions["actor_id"].isin(f.actors), "source_id"])
    if f.themes:
        themed = set(filter_figures(t, replace(f, q=""))["source_id"]) | set(
            filter_proposals(t, replace(f, q=""))["source_id"])
        keep &= df["source_id"].isin(themed)
    return df[keep]


def theme_labels(t: Tables, lang: str) -> dict[str, str]:
    return dict(zip(t.themes["theme_id"], t.themes[f"label_{lang}"]))


def lever_labels(t: Tables, lang: str) -> dict[str, str]:
    return dict(zip(t.levers["lever_id"], t.levers[f"label_{lang}"]))


def actor_names(t: Tables) -> dict[str, str]:
    return dict(zip(t.actors["actor_id"], t.actors["name"]))


def headline_figures(t: Tables, f: Filters, n: int = 4) -> pd.DataFrame:
    """The largest money amounts in euros, then the shares: what a reader sees first."""
    df = filter_figures(t, f)
    money = df[df["measure"] == "money"].sort_values("value_eur", ascending=False)
    shares = df[df["measure"] == "share"]
    return pd.concat([money.head(n - min(1, len(shares))), shares.head(1)]).head(n)


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
    sources = set(filter_sources(t, replace(f, actors=())) ["source_id"])
    mentions = t.mentions[t.mentions["source_id"].isin(sources)]
    pairs: dict[tuple[str, str], int] = {}
    for _, group in mentions.groupby("source_id"):
        for a, b in combinations(sorted(set(group["actor_id"])), 2):
            pairs[(a, b)] = pairs.get((a, b), 0) + 1
    rows = [(a, b, n) for (a, b), n in pairs.items() if n >= min_sources]
    edges = pd.DataFrame(rows, columns=["a", "b", "sources"])
    if f.actors:
        edges = edges[edges["a"].isin(f.actors) | edges["b"].isin(f.actors)]
    return edges.sort_values("sources", ascending=False, ignore_index=True)


def counts(t: Tables, f: Filters) -> dict[str, int]:
    """How many sources, figures, proposals, actors and events the filters keep."""
    sources = filter_sources(t, f)
    return {
        "sources": len(sources),
        "figures": len(filter_figures(t, f)),
        "proposals": len(filter_proposals(t, f)),
        "actors": t.mentions.loc[t.mentions["source_id"].isin(sources["source_id"]), "actor_id"].nunique(),
        "events": len(filter_events(t, f)),
    }


# --- actors/sources/export helpers ---

def actor_types() -> tuple[str, ...]:
    """Every kind of actor, in the schema's order (so a type keeps its colour whatever the filters)."""
    from typing import get_args

    from loaders.schema import ActorType
    return get_args(ActorType)


def actor_mentions(t: Tables, f: Filters) -> pd.DataFrame:
    """Actors named in the sources the filters keep (the actor filter aside), most-named first.

    Columns: actor_id, name, short_name, type, sources (how many kept sources name the actor).
    """
    kept = filter_sources(t, replace(f, actors=()))["source_id"]
    named = t.mentions[t.mentions["source_id"].isin(kept)].groupby("actor_id").size().rename("sources")
    df = t.actors[["actor_id", "name", "short_name", "type"]].merge(
        named, left_on="actor_id", right_index=True)
    return df.sort_values(["sources", "name"], ascending=[False, True], ignore_index=True)


def actor_choices(t: Tables, f: Filters) -> list[str]:
    """Actors the filters leave in view: named in a kept source, or behind a kept figure, proposal or
    event; most-named first, then by name. The actor filter is set aside: it picks, not narrows."""
    g = replace(f, actors=())
    ranked = list(actor_mentions(t, f)["actor_id"])
    others = set(filter_figures(t, g)["actor_id"].dropna())
    for column, df in (("actor_ids", filter_proposals(t, g)), ("organiser_ids", filter_events(t, g))):
        others.update(a for ids in df[column] for a in ids)
    names = actor_names(t)
    rest = sorted((a for a in others - set(ranked) if a in names), key=lambda a: fold(names[a]))
    return ranked + rest


def actor_profile(t: Tables, f: Filters, actor_id: str) -> dict[str, pd.DataFrame]:
    """What the dataset holds on one actor under the filters (the actor filter replaced by this actor).

    Keys: members (actors whose parent_id is this actor, persons first), proposals, figures,
    events (it organises) and sources (that name it).
    """
    g = replace(f, actors=(actor_id,))
    members = t.actors[t.actors["parent_id"] == actor_id]
    members = members.assign(_person=members["type"] != "person").sort_values(["_person", "name"])
    return {"members": members.drop(columns="_person"), "proposals": filter_proposals(t, g),
            "figures": filter_figures(t, g), "events": filter_events(t, g).sort_values("when"),
            "sources": filter_sources(t, g)}


def network_graph(t: Tables, f: Filters, limit: int = 40) -> tuple[pd.DataFrame, pd.DataFrame]:
    """Nodes and edges of the co-mention network, kept to the `limit` most-named linked actors.

    Nodes as actor_mentions (selected actors first, so they are never cut); edges as actor_network,
    between kept nodes only.
    """
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
    """The kept sources, newest first, with the `focus` source (from a link) put first.

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
    events and the actors it names."""
    named = t.mentions.loc[t.mentions["source_id"] == source_id, "actor_id"]
    return {"figures": t.figures[t.figures["source_id"] == source_id],
            "proposals": t.proposals[t.proposals["source_id"] == source_id],
            "events": t.events[t.events["source_id"] == source_id].sort_values("when"),
            "actors": t.actors[t.actors["actor_id"].isin(named)].sort_values("name")}


def _with_theme_label(df: pd.DataFrame, labels: dict[str, str]) -> pd.DataFrame:
    """`df` with a theme_label column right after `theme` (which keeps the ids)."""
    out = df.copy()
    out.insert(out.columns.get_loc("theme") + 1, "theme_label", out["theme"].map(labels))
    return out


def export_tables(t: Tables, f: Filters) -> dict[str, pd.DataFrame]:
    """The tables the Export page offers, filtered: figures, proposals, events, sources, actors, themes.

    Every exported row's source and actors can be looked up in the export: sources are the kept
    sources plus those the exported rows come from; actors are those these sources name plus
    those the rows refer to. `theme` keeps ids; `theme_label` adds the label in `f.lang`.
    """
    labels = theme_labels(t, f.lang)
    figures = _with_theme_label(filter_figures(t, f), labels)
    proposals = _with_theme_label(filter_proposals(t, f), labels)
    events = filter_events(t, f)
    source_ids = (set(filter_sources(t, f)["source_id"]) | set(figures["source_id"])
                  | set(proposals["source_id"]) | set(events["source_id"]))
    actor_ids = set(t.mentions.loc[t.mentions["source_id"].isin(source_ids), "actor_id"])
    actor_ids |= set(figures["actor_id"].dropna())
    actor_ids |= {a for ids in proposals["actor_ids"] for a in ids}
    actor_ids |= {a for ids in events["organiser_ids"] for a in ids}
    themes = t.themes[t.themes["theme_id"].isin(f.themes)] if f.themes else t.themes
    return {"figures": figures, "proposals": proposals, "events": events,
            "sources": t.sources[t.sources["source_id"].isin(source_ids)],
            "actors": t.actors[t.actors["actor_id"].isin(actor_ids)], "themes": themes}
