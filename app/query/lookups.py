"""Lookups the pages share, built once per build: labels and names by id, rows by id, the
vocabularies (read from the schema), and what the sidebar offers."""
from __future__ import annotations

import datetime as dt
from typing import get_args

import numpy as np
import pandas as pd

from loaders import schema
from loaders.french.text import fold

from .cache import per_build
from .tables import Tables

# Every vocabulary in the schema's order (a period or a type keeps its colour whatever the filters).
MEASURES = get_args(schema.Measure)      # the order a reader wants them in: money, share, count
PERIODS = get_args(schema.Period)
BOUNDS = get_args(schema.Bound)
PRECISIONS = get_args(schema.Precision)
FIGURE_STATUSES = get_args(schema.FigureStatus)
ACTOR_TYPES = get_args(schema.ActorType)
PROPOSAL_KINDS = get_args(schema.ProposalKind)
SOURCE_CHOICES = 300   # the source filter's list: a whole 100,000-title list weighs ~6 MB per rerun


def actor_types() -> tuple[str, ...]:
    """Every kind of actor, in the schema's order (so a type keeps its colour whatever the filters)."""
    return ACTOR_TYPES


IDS = {"themes": "theme_id", "levers": "lever_id", "actors": "actor_id", "sources": "source_id",
       "events": "event_id"}


@per_build
def column_by_id(t: Tables, table: str, column: str) -> dict:
    """`column` of every row of `table` by the row's id (built once: 100,000 titles cost ~50 ms)."""
    return dict(zip(t.frames[table][IDS[table]], t.frames[table][column]))


def theme_labels(t: Tables, lang: str) -> dict[str, str]:
    return column_by_id(t, "themes", f"label_{lang}")


def lever_labels(t: Tables, lang: str) -> dict[str, str]:
    return column_by_id(t, "levers", f"label_{lang}")


def actor_names(t: Tables, lang: str = "fr") -> dict[str, str]:
    """Actors' names by id; in English, the English name where the dataset gives one ('European Union')."""
    return _in_language(t, "name", lang)


def actor_short_names(t: Tables, lang: str = "fr") -> dict[str, str]:
    """Actors' short names by id; in English, the English one where the dataset gives one ('EU', not 'UE')."""
    return _in_language(t, "short_name", lang)


@per_build
def _in_language(t: Tables, column: str, lang: str) -> dict[str, str]:
    names = column_by_id(t, "actors", column)
    if lang == "fr" or f"{column}_en" not in t.actors:   # a build from before the English names
        return names
    english = column_by_id(t, "actors", f"{column}_en")
    return {a: english[a] if isinstance(english[a], str) and english[a] else name for a, name in names.items()}


def source_titles(t: Tables) -> dict[str, str]:
    return column_by_id(t, "sources", "title")


def event_places(t: Tables) -> dict[str, str]:
    return column_by_id(t, "events", "place")


@per_build
def id_index(t: Tables, table: str) -> pd.Index:
    """The ids of `table` ("sources", "actors") as an index: row numbers by id."""
    return pd.Index(t.frames[table][IDS[table]])


def source_rows(t: Tables, ids) -> pd.DataFrame:
    """The sources table's rows for `ids` (in that order; unknown ids left out), without a scan."""
    where = id_index(t, "sources").get_indexer(list(ids))
    return t.sources.iloc[where[where >= 0]]


@per_build
def count_unreviewed(t: Tables) -> int:
    """How many rows of the dataset are unreviewed candidates (figures, proposals, events, sources)."""
    return sum(int((t.frames[name]["review"] == "candidate").sum())
               for name in ("figures", "proposals", "events", "sources") if "review" in t.frames[name])


@per_build
def _category_labels(t: Tables, table: str, column: str) -> np.ndarray:
    return np.append(np.asarray(t.frames[table][column].cat.categories, dtype=object), np.nan)


def column_values(t: Tables, table: str, column: str, rows) -> list:
    """The values of one column at row numbers `rows`, as a list (missing: NaN). A category column is
    read through its labels as an array kept per build: taking from 100,000 arrow labels costs ~0.5 ms a call."""
    series = t.frames[table][column]
    if isinstance(series.dtype, pd.CategoricalDtype):
        labels = _category_labels(t, table, column)
        return labels[series.cat.codes.to_numpy()[rows]].tolist()   # code -1 (missing) reads the NaN
    return series.iloc[rows].tolist()


@per_build
def valid_ids(t: Tables) -> dict[str, set[str]]:
    """The ids a URL may name, per filter (sets built once per build: 100,000 sources)."""
    return {"theme": set(t.themes["theme_id"]), "actor": set(t.actors["actor_id"]),
            "source": set(t.sources["source_id"])}


@per_build
def actors_by_name(t: Tables, lang: str = "fr") -> list[str]:
    """Actor ids in the order of their names in `lang` (accents folded: 'Élysée' among the E)."""
    names = actor_names(t, lang)
    return sorted(names, key=lambda a: fold(names[a]))


@per_build
def recent_sources(t: Tables, limit: int) -> dict[str, str]:
    """The `limit` most recently published sources' titles by id."""
    rows = t.sources.sort_values("published", ascending=False, na_position="last").head(limit)
    return dict(zip(rows["source_id"], rows["title"]))


def source_choices(t: Tables, chosen: list[str], limit: int = SOURCE_CHOICES) -> dict[str, str]:
    """Titles the source filter offers: the sources already chosen, then the most recent ones."""
    if len(t.sources) <= limit:
        return source_titles(t)
    recent = recent_sources(t, limit)
    if not chosen:
        return recent
    titles = source_titles(t)   # the sources chosen first, then the most recent others
    return {**{c: titles[c] for c in chosen if c in titles}, **recent}


@per_build
def date_bounds(t: Tables) -> tuple[dt.date, dt.date]:
    """The first and last dates of figures, proposals and events."""
    whens = pd.concat([t.figures["when"], t.proposals["when"], t.events["when"]]).dropna()
    return (whens.min().date(), whens.max().date()) if len(whens) else (dt.date.today(),) * 2
