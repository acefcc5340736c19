"""The Figures page's answers: the largest figures of a measure, the measures present, the top actors.

Every chart frame is capped (`limit`), so no page ships a million points to the browser; a
`Capped` says how many rows there were before the cap.
"""
from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import pandas as pd

from .lookups import MEASURES
from .tables import Tables, pointing_at

POINTS = 300      # most points a scatter of single figures draws
ACTORS = 15       # rows of the actor charts and of the proposals matrix


@dataclass(frozen=True)
class Capped:
    """A chart's rows and how many things there were before the cap (rows, or actors for a matrix)."""

    rows: pd.DataFrame
    total: int
    shown: int | None = None   # things kept, when they are not the rows (actors of the matrix)

    @property
    def cut(self) -> bool:
        return (len(self.rows) if self.shown is None else self.shown) < self.total


def plotted_value(figures: pd.DataFrame) -> pd.Series:
    """What a chart puts on the value axis: euros for money (any currency compared), else the value."""
    is_money = figures["measure"] == "money"
    return figures["value_eur"].where(is_money & figures["value_eur"].notna(), figures["value"])


def mixes_periods(money: pd.DataFrame) -> bool:
    """The comparability caveat: True when annual amounts sit beside multi-year or one-off ones,
    which are not like for like (the one rule every page warns by)."""
    annual = money["period"] == "annual"
    return bool(annual.any() and (~annual).any())


def largest_figures(figures: pd.DataFrame, measure: str, limit: int = POINTS,
                    keep: np.ndarray | None = None) -> Capped:
    """The figures of one measure (among the `keep` mask's), largest plotted value first (those
    without a value last), at most `limit`, with a `plotted` column.

    Reads the value columns and takes only the rows it returns: no copy of what the filters keep.
    """
    mask = (figures["measure"] == measure).to_numpy()
    if keep is not None:
        mask = mask & keep
    positions = np.flatnonzero(mask)
    values = figures["value"].to_numpy(dtype=float)[positions]
    if measure == "money":   # plotted_value of these rows, read from two columns rather than copied rows
        eur = figures["value_eur"].to_numpy(dtype=float)[positions]
        values = np.where(np.isnan(eur), values, eur)
    ranked = np.where(np.isnan(values), -np.inf, values)
    candidates = np.arange(len(positions))
    if len(positions) > limit:   # the `limit` largest of a million without sorting them all
        kth = -np.partition(-ranked, limit - 1)[limit - 1]
        candidates = np.flatnonzero(ranked >= kth)   # every value tied with the last one kept too
    # Largest first; equal values in table order, so the charts and the table keep the same ties.
    top = candidates[np.lexsort((positions[candidates], -ranked[candidates]))][:limit]
    rows = figures.iloc[positions[top]].assign(plotted=values[top])
    return Capped(rows, len(positions))


def measures_kept(t: Tables, keep: np.ndarray) -> dict[str, int]:
    """How many figures of each measure the `keep` mask holds, in the order a reader wants them
    (money, share, count), counted on the column's codes when it is a category (no copy)."""
    column = t.figures["measure"]
    if isinstance(column.dtype, pd.CategoricalDtype):
        counts = np.bincount(column.cat.codes.to_numpy()[keep] + 1, minlength=len(column.cat.categories) + 1)[1:]
        found = dict(zip(column.cat.categories, counts))
    else:   # a small table keeps its few measures as plain text
        found = column[keep].value_counts()
    return {m: int(found[m]) for m in MEASURES if found.get(m, 0)}


def top_actors_kept(t: Tables, keep: np.ndarray, n: int = ACTORS) -> list[str]:
    """The `n` actors behind the most figures the `keep` mask holds (ties broken by id, so the order
    is stable), counted on the actors' row numbers."""
    counts = np.bincount(t.positions["figures.actor"][keep] + 1, minlength=len(t.actors) + 1)[1:]
    found = np.flatnonzero(counts)
    ids = t.actors["actor_id"].to_numpy()[found]
    order = sorted(range(len(found)), key=lambda i: (-counts[found[i]], ids[i]))
    return [str(ids[i]) for i in order[:n]]


def of_actors(t: Tables, actors: list[str]) -> np.ndarray:
    """Mask of the figures said by one of `actors`."""
    return pointing_at(t, "figures.actor", "actors", "actor_id", actors)
