"""The Proposals page's answers: who proposes what (actors x themes), by lever, the list's choices."""
from __future__ import annotations

import numpy as np
import pandas as pd

from .cache import per_build
from .figures import ACTORS, Capped
from .tables import Tables


@per_build
def _actor_codes(t: Tables) -> tuple[np.ndarray, pd.Index]:
    """The flattened proposals' actor ids as codes into their sorted distinct ids."""
    return pd.factorize(t.lists["proposals"].items.to_numpy(dtype=object), sort=True)


def proposals_matrix_kept(t: Tables, keep: np.ndarray, n: int = ACTORS) -> Capped:
    """Proposals per (actor, theme) for the `n` actors with the most proposals among the `keep`
    mask's; total = actors before the cap. Counted on the flattened actor lists' codes: no copy or
    explode of the kept proposals (200,000 at scale)."""
    index, df = t.lists["proposals"], t.proposals
    actors, ids = _actor_codes(t)
    theme = df["theme"]
    if isinstance(theme.dtype, pd.CategoricalDtype):
        codes, dtype = theme.cat.codes.to_numpy(), theme.dtype
    else:   # a small table keeps its few themes as plain text
        codes, uniques = pd.factorize(theme, sort=True)
        dtype = pd.CategoricalDtype(uniques)
    themes = codes[index.rows]
    width = len(dtype.categories)
    kept = keep[index.rows] & (themes >= 0)
    cells = np.bincount(actors[kept].astype(np.int64) * width + themes[kept], minlength=len(ids) * width)
    found = np.flatnonzero(cells)
    if not len(found):
        return Capped(pd.DataFrame(columns=["actor_id", "theme", "proposals"]), 0)
    pairs = pd.DataFrame({"actor_id": pd.Series(np.asarray(ids, dtype=object)[found // width], dtype="str"),
                          "theme": pd.Categorical.from_codes(found % width, dtype=dtype),
                          "proposals": cells[found].astype(np.int64)})
    per_actor = pairs.groupby("actor_id")["proposals"].sum()
    per_actor = per_actor.rename_axis("id").reset_index(name="n").sort_values(["n", "id"], ascending=[False, True])
    top = list(per_actor["id"].head(n))
    return Capped(pairs[pairs["actor_id"].isin(top)].reset_index(drop=True), len(per_actor), len(top))


def proposals_by_lever(proposals: pd.DataFrame) -> pd.DataFrame:
    """Count of proposals per lever, largest first."""
    counts = proposals.groupby("lever", observed=True).size().rename("proposals")
    return counts.sort_values(ascending=False).reset_index()


def kinds_present(kept: pd.DataFrame) -> list[str]:
    """The kinds of the `kept` proposals, sorted (read from the category's codes, not per row)."""
    column = kept["kind"]
    if isinstance(column.dtype, pd.CategoricalDtype) and (column.cat.codes.to_numpy() >= 0).all():
        names = np.array([str(c) for c in column.cat.categories], dtype=object)
        return sorted(names[np.bincount(column.cat.codes.to_numpy(), minlength=len(names)) > 0])
    return sorted(column.astype(str).unique())


def picked_proposals(kept: pd.DataFrame, levers: list[str], kinds: list[str]) -> np.ndarray:
    """Mask of the `kept` proposals of one of `levers` and one of `kinds` (none picked: all of them)."""
    picked = kept["lever"].isin(levers or kept["lever"].unique()).to_numpy()
    column = kept["kind"]
    if isinstance(column.dtype, pd.CategoricalDtype) and (column.cat.codes.to_numpy() >= 0).all():
        if kinds:
            names = np.array([str(c) for c in column.cat.categories], dtype=object)
            picked = picked & np.isin(names, kinds)[column.cat.codes.to_numpy()]
        return picked
    text = column.astype(str)
    return picked & text.isin(kinds or text.unique()).to_numpy()


def newest_proposals(t: Tables, rows: np.ndarray, limit: int) -> pd.DataFrame:
    """The first `limit` of the proposals at `rows`, newest first (then by rank, then id; undated last):
    only the newest `limit` (and any tie with the last) are taken and sorted, not all of them."""
    stamps = t.proposals["when"].to_numpy()[rows]
    dated = ~np.isnat(stamps)
    if len(rows) > limit and dated.sum() >= limit:
        ticks = stamps[dated].astype(np.int64)
        cut = np.partition(ticks, len(ticks) - limit)[len(ticks) - limit]
        rows = rows[dated][ticks >= cut]
    return (t.proposals.iloc[rows].sort_values(["when", "rank", "proposal_id"], ascending=[False, True, True],
                                               na_position="last").head(limit))
