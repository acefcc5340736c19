"""Actors: one actor's profile (who, who belongs to it, what it proposes, says and organises, where it
is named), and the network of actors named together in the same sources."""
from __future__ import annotations

import math
from html import escape   # plotly reads <b>, <a>... in labels: names stay text

import networkx as nx
import numpy as np
import pandas as pd
import plotly.graph_objects as go
import streamlit as st

from app.charts import PALETTE, style
from app.fmt import BABEL, format_figure, format_partial_date
from app.i18n import t
from app.query import actor_choices, actor_profile, actor_types, network_graph
from app.ui import chart_block, context, empty_state, label, link_to, plain

tables, f = context()
lang = f.lang
PICK = "actors_pick"
TAB, PART = "actors_tab", "_actors_part"   # the profile's open tab (its label), and what it lists
LIST_ROWS = 50   # lines per tab of the profile; the Export page gives them all
WIDEST = 6   # shared sources from which a link is drawn at its widest
SYMBOLS = ["circle", "diamond", "square"]   # beyond the palette's eight colours, the shape differs
st.title(t("actors.title", lang))
st.caption(t("actors.intro", lang))

actors = tables.actors.set_index("actor_id")
names = actors["name"].to_dict()


def kind(actor_type) -> str:
    return t(f"actors.type_{actor_type}", lang)


def country(code) -> str:
    if not isinstance(code, str):
        return "–"
    return BABEL[lang].territories.get(code, code)


def bullets(lines: list[str]) -> None:
    """Data text as a Markdown list, every line escaped."""
    st.markdown("\n".join(f"- {plain(line)}" for line in lines))


def pick_actor(choices: list[str]) -> str:
    """The selectbox; a new sidebar actor filter (or a click on the network) moves it."""
    state = st.session_state
    if f.actors and state.get("_actors_seen") != f.actors:
        state[PICK] = f.actors[0]
    state["_actors_seen"] = f.actors
    options = list(dict.fromkeys([*f.actors, *choices]))
    if state.get(PICK) not in options:
        state[PICK] = options[0]
    return st.selectbox(t("actors.pick", lang), options, key=PICK,
                        format_func=lambda a: names.get(a, a), help=t("actors.pick_help", lang))


def show_identity(actor_id: str) -> None:
    row = actors.loc[actor_id]
    st.header(plain(row["name"]))
    given = row["aliases"] if hasattr(row["aliases"], "__len__") else []
    aliases = [a for a in given if a and a not in (row["name"], row["short_name"])]
    facts = [(t("actors.type", lang), kind(row["type"])),
             (t("actors.country", lang), country(row["country"])),
             (t("actors.short_name", lang), row["short_name"]),
             (t("actors.aliases", lang), ", ".join(aliases) or "–")]
    if isinstance(row["parent_id"], str):
        facts.append((t("actors.parent", lang), names.get(row["parent_id"], row["parent_id"])))
    role = row["role_en" if lang == "en" else "role"]
    if isinstance(role, str):
        facts.append((t("actors.role", lang), role))
    for column, (key, value) in zip(st.columns(len(facts)), facts):
        column.caption(key)
        column.markdown(plain(value))


def show_profile(actor_id: str) -> None:
    p = actor_profile(tables, f, actor_id, limit=LIST_ROWS)
    parts = ["members", "proposals", "figures", "events", "sources"]
    parts.sort(key=lambda k: p[k][1] == 0)   # what the actor has comes first (sort is stable)
    labels = {k: t(f"actors.tab_{k}", lang, n=p[k][1]) for k in parts}
    state = st.session_state
    # The part the reader had open stays open when its label changes (its count, with the filters or
    # the actor): to Streamlit, tabs whose labels change are new tabs, opened on their default.
    chosen = {label: k for k, label in labels.items()}.get(state.get(TAB))
    if chosen:
        state[PART] = chosen
    else:
        state.pop(TAB, None)
    # Only the open tab's list is built and sent (a click on another reruns the page): five lists of
    # fifty lines, of which a reader sees one, were a third of a rerun at scale.
    tabs = st.tabs(list(labels.values()), key=TAB, default=labels.get(state.get(PART)), on_change="rerun")
    for tab, key in zip(tabs, parts):
        rows, total = p[key]
        if not tab.open:
            continue
        with tab:
            if not total:
                st.caption(t(f"actors.none_{key}", lang))
            else:
                if total > LIST_ROWS:   # a big actor has tens of thousands of figures at scale
                    st.caption(t("actors.list_capped", lang, n=LIST_ROWS, total=total))
                SHOW[key](rows)


def show_members(df: pd.DataFrame) -> None:
    role = "role_en" if lang == "en" else "role"
    bullets([f"{r['name']} — {r[role] if isinstance(r[role], str) else kind(r['type'])}"
             for r in df.to_dict("records")])


def show_proposals(df: pd.DataFrame) -> None:
    bullets([f"{r[f'title_{lang}']} ({label(r['status'], lang)}, "
             f"{format_partial_date(r['date'], r['date_precision'], lang)})" for r in df.to_dict("records")])


def show_figures(df: pd.DataFrame) -> None:
    bullets([t("actors.figure_line", lang, label=r[f"label_{lang}"], raw=r["raw"],
               value=format_figure(r["measure"], r["value"], r["unit"], lang, r["bound"], r["value_high"]))
             for r in df.to_dict("records")])


def show_events(df: pd.DataFrame) -> None:
    bullets([f"{r['name_en' if lang == 'en' else 'name']} — "
             f"{format_partial_date(r['start'], r['precision'], lang)}"
             + (f", {r['place']}" if isinstance(r["place"], str) else "") for r in df.to_dict("records")])


def show_sources(df: pd.DataFrame) -> None:
    for r in df.to_dict("records"):
        when = format_partial_date(r["published"], r["published_precision"], lang)
        link_to("sources", f"{r['title']} — {r['publisher']}, {when}", icon="📄",
                query_params={"focus": r["source_id"]})


SHOW = {"members": show_members, "proposals": show_proposals, "figures": show_figures,
        "events": show_events, "sources": show_sources}


def network_figure(nodes: pd.DataFrame, edges: pd.DataFrame) -> go.Figure:
    """Actors as dots (size: sources naming them; colour and shape: type), lines for co-mentions."""
    graph = nx.Graph()
    graph.add_nodes_from(nodes["actor_id"])
    graph.add_weighted_edges_from(edges[["a", "b", "sources"]].itertuples(index=False))
    pos = nx.spring_layout(graph, seed=7, k=2.4 / math.sqrt(max(len(nodes), 1)), iterations=50)
    traces = []   # go.Figure(data=traces) validates once: add_scatter per trace costs three times more
    # One trace per line width, and widths stop growing at WIDEST shared sources: a trace per count
    # cost ~1 ms each, and a big dataset has hundreds of distinct counts.
    for weight, group in edges.groupby(edges["sources"].clip(upper=WIDEST)):
        a = np.array([pos[x] for x in group["a"]]).reshape(-1, 2)
        b = np.array([pos[x] for x in group["b"]]).reshape(-1, 2)
        gap = np.full(len(group), np.nan)   # a NaN between two links: plotly does not join them
        xs = np.column_stack([a[:, 0], b[:, 0], gap]).ravel()
        ys = np.column_stack([a[:, 1], b[:, 1], gap]).ravel()
        traces.append(dict(type="scatter", x=xs, y=ys, mode="lines", hoverinfo="skip", showlegend=False,
                           line=dict(width=0.6 + 1.2 * (weight - 1), color="rgba(110,110,110,0.35)")))
    for i, actor_type in enumerate(actor_types()):   # fixed order: a type keeps colour and place
        group = nodes[nodes["type"] == actor_type]
        if group.empty:
            continue
        traces.append(dict(
            type="scatter", x=np.array([pos[a][0] for a in group["actor_id"]]),
            y=np.array([pos[a][1] for a in group["actor_id"]]), mode="markers+text", name=kind(actor_type),
            text=np.array([escape(n) for n in group["short_name"]], dtype=object),
            textposition="top center", textfont=dict(size=10),
            marker=dict(size=10 + 7 * np.sqrt(group["sources"].to_numpy(dtype=float)),
                        color=PALETTE[i % len(PALETTE)], symbol=SYMBOLS[i // len(PALETTE)],
                        line=dict(width=np.where(group["actor_id"].isin(f.actors).to_numpy(), 3, 1),
                                  color="#333333")),
            customdata=np.column_stack([group["actor_id"].to_numpy(dtype=object),
                                        np.array([escape(n) for n in group["name"]], dtype=object),
                                        group["sources"].to_numpy(dtype=object)]),
            hovertemplate="%{customdata[1]}<br>" + t("actors.hover_sources", lang, n="%{customdata[2]}")
                          + "<extra></extra>"))
    fig = go.Figure(data=traces, layout=dict(xaxis=dict(visible=False), yaxis=dict(visible=False), dragmode="pan",
                                             clickmode="event+select", plot_bgcolor="white"))
    return style(fig, height=420 if len(nodes) <= 12 else 640)


def show_network() -> None:
    st.subheader(t("actors.network", lang))
    st.caption(t("actors.network_intro", lang))
    nodes, edges = network_graph(tables, f)
    if nodes.empty:
        st.info(t("actors.no_network", lang), icon="🕸️")
        return
    full = dict(zip(nodes["actor_id"], nodes["name"]))
    degree = pd.concat([edges["a"], edges["b"]]).value_counts()
    top = edges.iloc[0]
    summary = t("actors.network_summary", lang, n=len(nodes), e=len(edges),
                hub=full[degree.index[0]], links=int(degree.iloc[0]),
                a=full[top["a"]], b=full[top["b"]], k=int(top["sources"]))
    table = pd.DataFrame({t("actors.col_a", lang): edges["a"].map(full),
                          t("actors.col_b", lang): edges["b"].map(full),
                          t("actors.col_shared", lang): edges["sources"]})
    chart_block(network_figure(nodes, edges), summary, table, lang, key="actors_network",
                filter_key="actor")
    st.caption(t("actors.click_node", lang))


choices = actor_choices(tables, f)
if not choices:
    empty_state(lang)
else:
    chosen = pick_actor(choices)
    show_identity(chosen)
    show_profile(chosen)
    st.divider()
    show_network()
