"""The Export page's answers: which rows of each table the filtered export holds, and the tables.

Every exported row's source and actors can be looked up in the export: sources are the kept sources
plus those the exported rows come from; actors are those these sources name plus those the rows
refer to; claims are those the exported figures report. The columns are the schema's (loaders/schema.py), plus `theme_label` beside `theme`.
"""
from __future__ import annotations

import numpy as np
import pandas as pd

from loaders.schema import TABLES

from .actors import listed_actors
from .cache import per_filters
from .filters import Filters
from .lookups import theme_labels
from .select import kept, mentions_in, rows, sources_of
from .tables import Tables, targets_of

EXPORTED = ("figures", "proposals", "events", "sources", "actors", "themes", "claims")


def exported_columns(table: str) -> list[str]:
    """The columns of `table` an export holds: the schema's fields, in its order."""
    return list(TABLES[table][0].model_fields)


def export_rows(t: Tables, f: Filters) -> dict[str, np.ndarray]:
    """Which rows of each table `export_tables(t, f)` holds, as masks (kept per filters): the Export
    page counts and previews from them, and builds the tables only when a file is asked for."""
    figures, proposals, events = rows(t, "figures", f), rows(t, "proposals", f), rows(t, "events", f)
    sources = _export_sources(t, f)
    return {"figures": figures, "proposals": proposals, "events": events, "sources": sources,
            "actors": _export_actors(t, f),
            "themes": (t.themes["theme_id"].isin(f.themes).to_numpy() if f.themes
                       else np.ones(len(t.themes), dtype=bool)),
            "claims": _export_claims(t, f)}


@per_filters("mask")
def _export_sources(t: Tables, f: Filters) -> np.ndarray:
    out = rows(t, "sources", f).copy()
    for table in ("figures", "proposals", "events"):
        out |= sources_of(t, table, rows(t, table, f))
    return out


@per_filters("mask")
def _export_claims(t: Tables, f: Filters) -> np.ndarray:
    """The claims the exported figures report (each figure's `claim_id` can be looked up)."""
    return t.claims["claim_id"].isin(t.figures["claim_id"][rows(t, "figures", f)].dropna().unique()).to_numpy()


@per_filters("mask")
def _export_actors(t: Tables, f: Filters) -> np.ndarray:
    out = targets_of(t, "mentions.actor", mentions_in(t, _export_sources(t, f)), len(t.actors))
    out |= targets_of(t, "figures.actor", rows(t, "figures", f), len(t.actors))
    for table in ("proposals", "events"):
        out |= listed_actors(t, table, rows(t, table, f))
    return out


def export_table(t: Tables, f: Filters, name: str, limit: int | None = None) -> pd.DataFrame:
    """`export_tables(t, f)[name]` alone, or its first `limit` rows, built from `export_rows`."""
    mask = export_rows(t, f)[name]
    frame = t.frames[name][exported_columns(name)]
    if name == "themes" and not f.themes:
        df = frame
    elif limit is None:
        df = kept(frame, mask) if name in ("figures", "proposals") else frame[mask]
    else:
        df = frame.iloc[np.flatnonzero(mask)[:limit]]
    if limit is not None:
        df = df.head(limit)
    if name in ("figures", "proposals"):
        df = _with_theme_label(df, theme_labels(t, f.lang))
    return df


def export_tables(t: Tables, f: Filters) -> dict[str, pd.DataFrame]:
    """The tables the Export page offers, filtered: figures, proposals, events, sources, actors, themes, claims.
    `theme` keeps ids; `theme_label` adds the label in `f.lang`."""
    return {name: export_table(t, f, name) for name in EXPORTED}


def export_preview(t: Tables, f: Filters, name: str, limit: int) -> pd.DataFrame:
    """The first `limit` rows of `export_table`, category columns as plain values (object): what
    `export_frame` makes of them, without turning every category (100,000 titles) into text."""
    df = export_table(t, f, name, limit).copy()
    for column in df.columns:
        series = df[column]
        if isinstance(series.dtype, pd.CategoricalDtype):
            codes, categories = series.cat.codes.to_numpy(), series.cat.categories
            if len(categories):
                values = categories.take(np.maximum(codes, 0)).to_numpy(dtype=object)
                values[codes < 0] = np.nan
            else:   # a column with no value at all (no figure of the build is in a claim)
                values = np.full(len(codes), np.nan, dtype=object)
            df[column] = pd.Series(values, index=df.index, dtype=object)
    return df


def _with_theme_label(df: pd.DataFrame, labels: dict[str, str]) -> pd.DataFrame:
    """`df` with a theme_label column right after `theme` (which keeps the ids)."""
    out = df.copy(deep=False)   # copy-on-write: the new column does not copy the million rows
    out.insert(out.columns.get_loc("theme") + 1, "theme_label", out["theme"].map(labels))
    return out
