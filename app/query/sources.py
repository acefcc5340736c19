"""The Sources page's answers, as row numbers: the kept sources in order, and what each one gave."""
from __future__ import annotations

import numpy as np
from pandas.core.sorting import nargsort

from .cache import per_build
from .filters import Filters
from .lookups import id_index
from .select import rows
from .tables import Tables


def sources_in_view_rows(t: Tables, f: Filters, focus: str | None = None) -> tuple[np.ndarray, str]:
    """The kept sources as row numbers of `t.sources`, newest first (equal dates in table order,
    undated last), with the `focus` source (from a link) put first; no copy of the kept rows.

    Returns (rows, state): state is "none" (no focus asked), "shown" (focus among the kept
    sources), "outside" (a known source the filters leave out: added first anyway) or "unknown".
    """
    kept = rows(t, "sources", f)
    found = np.flatnonzero(kept)
    found = found[nargsort(t.sources["published"].to_numpy()[found], kind="quicksort", ascending=False,
                           na_position="last")]
    if not focus:
        return found, "none"
    where = id_index(t, "sources").get_indexer([focus])[0]
    if where < 0:
        return found, "unknown"
    state = "shown" if kept[where] else "outside"
    return np.concatenate([[where], found[found != where]]), state


@per_build
def _by_source(t: Tables, table: str) -> tuple[np.ndarray, np.ndarray]:
    """The rows of `table` grouped by source (a stable sort of their source positions) and where each
    source's group starts: a page listing sources then costs a slice per source, not a scan."""
    positions = t.positions[f"{table}.source"]
    order = np.argsort(positions, kind="stable")
    return order, np.searchsorted(positions[order], np.arange(len(t.sources) + 1))


def rows_of_source(t: Tables, table: str, where: int) -> np.ndarray:
    """Row numbers of `table` that come from the source at row `where` of t.sources, in table order."""
    order, starts = _by_source(t, table)
    return order[starts[where]:starts[where + 1]]


def source_content_rows(t: Tables, sources) -> list[dict[str, np.ndarray]]:
    """What the dataset took from the sources at row numbers `sources` of t.sources, whatever the
    filters, as row numbers: of t.figures and t.proposals (table order), t.events (by date) and
    t.actors (those the source names, by name), for a page that reads a few columns of them."""
    out = []
    for where in sources:
        found = {table: rows_of_source(t, table, where) for table in ("figures", "proposals", "events", "mentions")}
        events = found["events"]
        events = events[nargsort(t.events["when"].to_numpy()[events], kind="quicksort")]
        actors = np.unique(t.positions["mentions.actor"][found["mentions"]])
        actors = actors[actors >= 0]
        actors = actors[nargsort(t.actors["name"].array.take(actors), kind="quicksort")]
        out.append({"figures": found["figures"], "proposals": found["proposals"], "events": events,
                    "actors": actors})
    return out
