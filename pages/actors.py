"""Actors: one actor's profile (who, who belongs to it, what it proposes, says and organises, where it
is named), and the network of actors named together in the same sources."""
from __future__ import annotations

import pandas as pd
import streamlit as st

from app.charts import network
from app.fmt import BABEL, format_figure, format_partial_date
from app.i18n import t
from app.query import actor_choices, actor_names, actor_profile, actor_short_names, network_facts, network_graph
from app.query.lookups import ACTOR_TYPES
from app.ui import bullets, chart_block, context, empty_state, highlighted, label, link_to

tables, f = context()
lang = f.lang
PICK = "actors_pick"
TAB, PART = "actors_tab", "_actors_part"   # the profile's open tab (its label), and what it lists
LIST_ROWS = 50   # lines per tab of the profile; the Export page gives them all
st.title(t("actors.title", lang))
st.caption(t("actors.intro", lang))

actors = tables.actors.set_index("actor_id")
names, short = actor_names(tables, lang), actor_short_names(tables, lang)   # in English where the data has it


def kind(actor_type) -> str:
    return t(f"actors.type_{actor_type}", lang)


def country(code) -> str:
    if not isinstance(code, str):
        return "–"
    return BABEL[lang].territories.get(code, code)


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
    st.header(highlighted(names[actor_id], f.q))
    given = row["aliases"] if hasattr(row["aliases"], "__len__") else []
    # in English, the French names come first among the others
    aliases = [a for a in dict.fromkeys([row["name"], row["short_name"], *given])
               if a and a not in (names[actor_id], short[actor_id])]
    facts = [(t("actors.type", lang), kind(row["type"])),
             (t("actors.country", lang), country(row["country"])),
             (t("actors.short_name", lang), short[actor_id]),
             (t("actors.aliases", lang), ", ".join(aliases) or "–")]
    if isinstance(row["parent_id"], str):
        facts.append((t("actors.parent", lang), names.get(row["parent_id"], row["parent_id"])))
    role = row["role_en" if lang == "en" else "role"]
    if isinstance(role, str):
        facts.append((t("actors.role", lang), role))
    for column, (key, value) in zip(st.columns(len(facts)), facts):
        column.caption(key)
        column.markdown(highlighted(value, f.q))


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
    bullets([f"{names.get(r['actor_id'], r['name'])} — {r[role] if isinstance(r[role], str) else kind(r['type'])}"
             for r in df.to_dict("records")], f.q)


def show_proposals(df: pd.DataFrame) -> None:
    bullets([f"{r[f'title_{lang}']} ({label(r['status'], lang)}, "
             f"{format_partial_date(r['date'], r['date_precision'], lang)})" for r in df.to_dict("records")], f.q)


def show_figures(df: pd.DataFrame) -> None:
    bullets([t("actors.figure_line", lang, label=r[f"label_{lang}"], raw=r["raw"],
               value=format_figure(r["measure"], r["value"], r["unit"], lang, r["bound"], r["value_high"]))
             for r in df.to_dict("records")], f.q)


def show_events(df: pd.DataFrame) -> None:
    bullets([f"{r['name_en' if lang == 'en' else 'name']} — "
             f"{format_partial_date(r['start'], r['precision'], lang)}"
             + (f", {r['place']}" if isinstance(r["place"], str) else "") for r in df.to_dict("records")], f.q)


def show_sources(df: pd.DataFrame) -> None:
    for r in df.to_dict("records"):
        when = format_partial_date(r["published"], r["published_precision"], lang)
        link_to("sources", f"{r['title']} — {r['publisher']}, {when}", icon="📄",
                query_params={"focus": r["source_id"]})


SHOW = {"members": show_members, "proposals": show_proposals, "figures": show_figures,
        "events": show_events, "sources": show_sources}


def show_network() -> None:
    st.subheader(t("actors.network", lang))
    st.caption(t("actors.network_intro", lang))
    nodes, edges = network_graph(tables, f)
    if nodes.empty:
        st.info(t("actors.no_network", lang), icon="🕸️")
        return
    nodes = nodes.assign(name=nodes["actor_id"].map(names), short_name=nodes["actor_id"].map(short))
    full = dict(zip(nodes["actor_id"], nodes["name"]))
    summary = t("actors.network_summary", lang, **network_facts(nodes, edges))
    table = pd.DataFrame({t("actors.col_a", lang): edges["a"].map(full),
                          t("actors.col_b", lang): edges["b"].map(full),
                          t("actors.col_shared", lang): edges["sources"]})
    fig = network(nodes, edges, {k: kind(k) for k in ACTOR_TYPES}, f.actors,
                  t("actors.hover_sources", lang, n="%{customdata[2]}"))
    chart_block(fig, summary, table, lang, key="actors_network", filter_key="actor", wide=True)   # labels placed for 600+ px
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
