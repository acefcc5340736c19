"""Which rows the filters keep, per table: one selection spec per table, one way to apply it.

A spec says, for its table, which columns the dates compare (a span's start and end), whether
undated rows stay, where the theme is, and how "by these actors" and "from these sources" are
followed (through row positions, a list of actor ids, or the sources that name the actors). The
masks are kept per filters (see cache.py), read-only, one byte a row.
"""
from __future__ import annotations

from dataclasses import dataclass, replace

import numpy as np
import pandas as pd

from .cache import per_filters
from .filters import Filters
from .tables import Tables, pointing_at, targets_of


@dataclass(frozen=True)
class Spec:
    """How the filters select the rows of one table."""

    start: str            # the column a row's time starts at (compared with the end of the dates)
    end: str              # where it ends (compared with their start): the same column for a point
    undated_kept: bool    # rows without a date stay whatever the dates
    theme: str | None     # the theme column; None: themes select through the rows that cite the row
    actors: str           # "position": one actor per row; "list": a list of ids; "mentions": named in
    sources: str          # "position": one source per row, through row numbers; "id": the row's own id


SPECS = {
    "figures": Spec("when", "when", False, "theme", actors="position", sources="position"),
    "proposals": Spec("when", "when", False, "theme", actors="list", sources="id"),
    # Events carry no theme: the theme filter leaves them all.
    "events": Spec("when", "until", False, None, actors="list", sources="id"),
    "sources": Spec("_published", "_published", True, None, actors="mentions", sources="id"),
}
SELECTED = tuple(SPECS)


def rows(t: Tables, table: str, f: Filters) -> np.ndarray:
    """Which rows of `table` (figures, proposals, events, sources) the filters keep: a read-only mask."""
    return _rows(t, f, table)


@per_filters("mask")
def _rows(t: Tables, f: Filters, table: str) -> np.ndarray:
    spec, df = SPECS[table], t.frames[table]
    keep = np.ones(len(df), dtype=bool)
    if f.q:
        keep = t.search[table].matches(f.q, len(df))
        if table == "sources":   # a source also matches through the figures it gave that match
            keep |= targets_of(t, "figures.source", rows(t, "figures", f), len(df))
    if f.hide_unreviewed and "review" in df:
        keep &= (df["review"] != "candidate").to_numpy()
    keep &= _in_dates(df[spec.start], df[spec.end], f, spec.undated_kept)
    if f.themes:
        keep &= _of_themes(t, table, spec, f)
    if f.actors:
        keep &= _by_actors(t, table, spec, f.actors)
    if f.sources:
        keep &= (pointing_at(t, f"{table}.source", "sources", "source_id", f.sources) if spec.sources == "position"
                 else df["source_id"].isin(f.sources).to_numpy())
    return keep


def _in_dates(start: pd.Series, end: pd.Series, f: Filters, undated_kept: bool) -> np.ndarray:
    keep = np.ones(len(start), dtype=bool)
    if f.date_from:
        keep &= (end >= pd.Timestamp(f.date_from)).to_numpy()
    if f.date_to:
        keep &= (start <= pd.Timestamp(f.date_to)).to_numpy()
    if undated_kept and (f.date_from or f.date_to):
        keep |= start.isna().to_numpy()
    return keep


def _of_themes(t: Tables, table: str, spec: Spec, f: Filters) -> np.ndarray:
    if spec.theme:
        return t.frames[table][spec.theme].isin(f.themes).to_numpy()
    if table != "sources":   # events: no theme
        return np.ones(len(t.frames[table]), dtype=bool)
    g = replace(f, q="")   # the sources the theme's figures and proposals come from
    return (sources_of(t, "figures", rows(t, "figures", g)) | sources_of(t, "proposals", rows(t, "proposals", g)))


def _by_actors(t: Tables, table: str, spec: Spec, actors) -> np.ndarray:
    if spec.actors == "position":
        return pointing_at(t, f"{table}.actor", "actors", "actor_id", actors)
    if spec.actors == "list":
        return t.lists[table].any_of(actors)
    return sources_naming(t, actors)


def sources_of(t: Tables, table: str, kept: np.ndarray) -> np.ndarray:
    """Mask of the sources the kept rows of `table` (figures, proposals, events) come from."""
    return targets_of(t, f"{table}.source", kept, len(t.sources))


def sources_naming(t: Tables, actors) -> np.ndarray:
    """Mask of the sources that name one of `actors`: through the mentions' row positions, no join."""
    picked = pointing_at(t, "mentions.actor", "actors", "actor_id", actors)
    return targets_of(t, "mentions.source", picked, len(t.sources))


def mentions_in(t: Tables, sources: np.ndarray) -> np.ndarray:
    """Mask of the mentions whose source is kept (`sources`: a mask over the sources table)."""
    return np.append(sources, False)[t.positions["mentions.source"]]


def kept(df: pd.DataFrame, mask: np.ndarray) -> pd.DataFrame:
    """The kept rows; all of them without copying a million rows (copy-on-write keeps the
    shared table safe from a page that adds a column to what it gets)."""
    return df.copy(deep=False) if mask.all() else df[mask]


def filter_figures(t: Tables, f: Filters) -> pd.DataFrame:
    """Figures in the selected themes, actors, sources, dates and matching the text."""
    return kept(t.figures, rows(t, "figures", f))


def filter_proposals(t: Tables, f: Filters) -> pd.DataFrame:
    """Proposals in the selected themes, by any selected actor, in the dates and matching the text."""
    return kept(t.proposals, rows(t, "proposals", f))


def filter_events(t: Tables, f: Filters) -> pd.DataFrame:
    """Events overlapping the dates, organised by a selected actor, from a selected source (any theme)."""
    return t.events[rows(t, "events", f)]


def filter_sources(t: Tables, f: Filters) -> pd.DataFrame:
    """Sources selected, published in the dates, that mention a selected actor and match the text."""
    return kept(t.sources, rows(t, "sources", f))


def figure_mask(t: Tables, f: Filters) -> np.ndarray:
    """Which figures the filters keep, as a read-only mask over `t.figures`: for a page that reads a
    few columns of the kept rows, where `filter_figures` would copy them all."""
    return rows(t, "figures", f)


def proposal_mask(t: Tables, f: Filters) -> np.ndarray:
    """Which proposals the filters keep, as a read-only mask over `t.proposals` (see figure_mask)."""
    return rows(t, "proposals", f)
