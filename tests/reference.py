"""Plain-pandas versions of what the query layer computes through row positions and indexes: the
obvious code, kept here (not in the app) so the tests can check the fast code gives the same answers."""
from __future__ import annotations

from dataclasses import replace

import pandas as pd

from app.query import ACTORS, Capped, Filters, Tables, actor_mentions, filter_sources
from app.query.actors import pair_counts
from app.query.lookups import MEASURES
from app.query.select import mentions_in, rows


def measures_present(figures: pd.DataFrame) -> dict[str, int]:
    """How many figures of each measure, in the order a reader wants them: money, share, count."""
    found = figures["measure"].value_counts()
    return {m: int(found[m]) for m in MEASURES if found.get(m, 0)}


def top_actor_ids(ids: pd.Series, n: int = ACTORS) -> list[str]:
    """The `n` actor ids met most often in `ids` (ties broken by id, so the order is stable)."""
    counts = ids.dropna().value_counts()
    counts = counts.rename_axis("id").reset_index(name="n").sort_values(["n", "id"], ascending=[False, True])
    return list(counts["id"].head(n))


def proposals_by_actor_theme(proposals: pd.DataFrame) -> pd.DataFrame:
    """Count of proposals per (actor_id, theme): one row per pair, for a heatmap."""
    if proposals.empty:
        return pd.DataFrame(columns=["actor_id", "theme", "proposals"])
    exploded = proposals[["proposal_id", "actor_ids", "theme"]].explode("actor_ids")
    return (exploded.rename(columns={"actor_ids": "actor_id"})
            .groupby(["actor_id", "theme"], observed=True).size()
            .rename("proposals").reset_index())


def proposals_matrix(proposals: pd.DataFrame, n: int = ACTORS) -> Capped:
    """Proposals per (actor, theme) for the `n` actors with the most proposals; total = actors before the cap."""
    pairs = proposals_by_actor_theme(proposals)
    if pairs.empty:
        return Capped(pairs, 0)
    per_actor = pairs.groupby("actor_id")["proposals"].sum()
    per_actor = per_actor.rename_axis("id").reset_index(name="n").sort_values(["n", "id"], ascending=[False, True])
    keep = list(per_actor["id"].head(n))
    return Capped(pairs[pairs["actor_id"].isin(keep)].reset_index(drop=True), len(per_actor), len(keep))


def actor_network(t: Tables, f: Filters, min_sources: int = 1) -> pd.DataFrame:
    """Pairs of actors named in the same sources: (a, b, sources) with the count of shared sources."""
    mentions = t.mentions[mentions_in(t, rows(t, "sources", replace(f, actors=())))]
    named = pd.DataFrame({"source": pd.factorize(mentions["source_id"])[0],
                          "actor": mentions["actor_id"].to_numpy(dtype=object)}).drop_duplicates()
    edges = pair_counts(named)
    edges = edges[edges["sources"] >= min_sources]
    if f.actors:
        edges = edges[edges["a"].isin(f.actors) | edges["b"].isin(f.actors)]
    return edges.reset_index(drop=True)


def network_graph_by_pairs(t: Tables, f: Filters, limit: int) -> tuple[pd.DataFrame, pd.DataFrame]:
    """network_graph from every pair."""
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
    """The kept sources, newest first, with the `focus` source put first, and the focus' state."""
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
    events (by date) and the actors it names (by name)."""
    def of(table: str) -> pd.DataFrame:
        frame = t.frames[table]
        return frame[(frame["source_id"] == source_id).to_numpy()]
    named = of("mentions")["actor_id"]
    return {"figures": of("figures"), "proposals": of("proposals"),
            "events": of("events").sort_values("when"),
            "actors": t.actors[t.actors["actor_id"].isin(named)].sort_values("name")}
