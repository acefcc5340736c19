"""The Actors page's answers: who the kept sources name, one actor's profile, the co-mention network."""
from __future__ import annotations

from dataclasses import replace

import numpy as np
import pandas as pd

from .cache import per_build, per_filters
from .columnar import fold
from .filters import Filters
from .lookups import actor_names, id_index
from .select import filter_events, mentions_in, rows
from .tables import Tables, targets_of


def actor_mentions(t: Tables, f: Filters) -> pd.DataFrame:
    """Actors named in the sources the filters keep (the actor filter aside), most-named first.

    Columns: actor_id, name, short_name, type, sources (how many kept sources name the actor).
    Shared (the actor list and the network both ask): do not change the frame returned.
    """
    return _actor_mentions(t, replace(f, actors=()))


@per_filters()
def _actor_mentions(t: Tables, f: Filters) -> pd.DataFrame:
    kept = mentions_in(t, rows(t, "sources", f))
    # counted on the actors' row numbers: no copy of the mentions
    per_actor = np.bincount(t.positions["mentions.actor"][kept] + 1, minlength=len(t.actors) + 1)[1:]
    named = np.flatnonzero(per_actor)
    df = t.actors[["actor_id", "name", "short_name", "type"]].iloc[named].assign(sources=per_actor[named])
    return df.sort_values(["sources", "name"], ascending=[False, True], ignore_index=True)


def actor_choices(t: Tables, f: Filters) -> list[str]:
    """Actors the filters leave in view: named in a kept source, or behind a kept figure, proposal or
    event; most-named first, then by name. The actor filter is set aside: it picks, not narrows."""
    g = replace(f, actors=())
    ranked = list(actor_mentions(t, f)["actor_id"])
    said = targets_of(t, "figures.actor", rows(t, "figures", g), len(t.actors))
    others = set(t.actors["actor_id"].to_numpy()[said])
    for table in ("proposals", "events"):
        others.update(listed(t, table, rows(t, table, g)))
    names = actor_names(t)
    rest = sorted((a for a in others - set(ranked) if a in names), key=lambda a: fold(names[a]))
    return ranked + rest


def listed(t: Tables, table: str, kept: np.ndarray) -> set[str]:
    """Every id the actor list of the `kept` rows (a mask) of `table` (proposals, events) holds."""
    index = t.lists[table]
    return set(index.items[kept[index.rows]].unique())


@per_build
def _listed_targets(t: Tables, table: str) -> np.ndarray:
    return id_index(t, "actors").get_indexer(t.lists[table].items)


def listed_actors(t: Tables, table: str, kept: np.ndarray) -> np.ndarray:
    """Mask of the actors the list column of the `kept` rows (a mask) of `table` names, through the
    flattened lists' row numbers in the actors table, no set of ids."""
    out = np.zeros(len(t.actors) + 1, dtype=bool)
    out[_listed_targets(t, table)[kept[t.lists[table].rows]]] = True   # -1 (unknown) lands on the extra last cell
    return out[:-1]


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

    def first(table: str) -> tuple[pd.DataFrame, int]:
        kept = np.flatnonzero(rows(t, table, g))
        return t.frames[table].iloc[kept[:limit]], len(kept)

    return {"members": (members.drop(columns="_person").head(limit), len(members)),
            "proposals": first("proposals"), "figures": first("figures"),
            "events": (events.head(limit), len(events)), "sources": first("sources")}


def network_graph(t: Tables, f: Filters, limit: int = 40) -> tuple[pd.DataFrame, pd.DataFrame]:
    """Nodes and edges of the co-mention network, kept to the `limit` most-named linked actors.

    Nodes as actor_mentions (selected actors first, so they are never cut), among the actors linked
    to another (to a selected one, when actors are selected); edges (a, b, sources: how many sources
    name both, a < b) between kept nodes only. The pairs are counted for the kept nodes alone: all
    pairs of 300,000 mentions would take a third of a second.
    """
    kept = mentions_in(t, rows(t, "sources", replace(f, actors=())))
    kept = kept & _first_mentions(t)
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
    rank[id_index(t, "actors").get_indexer(node_ids)] = np.arange(len(node_ids))
    ranks = rank[actor]
    in_nodes = ranks >= 0
    edges = pair_counts(pd.DataFrame({"source": source[in_nodes], "actor": ranks[in_nodes]}), node_ids)
    if f.actors:
        edges = edges[edges["a"].isin(f.actors) | edges["b"].isin(f.actors)]
    return nodes, edges.reset_index(drop=True)


def network_facts(nodes: pd.DataFrame, edges: pd.DataFrame) -> dict:
    """What the network's summary says: n nodes, e edges, the hub (most links) and its links, the
    most shared pair (a, b) and how many sources (k) name both. Names are the nodes' full names."""
    full = dict(zip(nodes["actor_id"], nodes["name"]))
    degree = pd.concat([edges["a"], edges["b"]]).value_counts()
    top = edges.iloc[0]
    return dict(n=len(nodes), e=len(edges), hub=full[degree.index[0]], links=int(degree.iloc[0]),
                a=full[top["a"]], b=full[top["b"]], k=int(top["sources"]))


@per_build
def _first_mentions(t: Tables) -> np.ndarray:
    """Mask of the mentions that are the first of their (source, actor) pair: a source names an actor once."""
    width = len(t.actors) + 1
    pairs = t.positions["mentions.source"].astype(np.int64) * width + t.positions["mentions.actor"] + 1
    first = np.zeros(len(pairs), dtype=bool)
    first[np.unique(pairs, return_index=True)[1]] = True
    return first


def pair_counts(named: pd.DataFrame, ids: np.ndarray | None = None) -> pd.DataFrame:
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
