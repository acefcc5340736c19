"""Proposals: who proposes what (actors x themes), by lever and over time, then a searchable list with
the matches highlighted and the detail of one proposal."""
from __future__ import annotations

import numpy as np
import pandas as pd
import streamlit as st

from app.charts import add_events_layer, counts_bars, matrix, ranked_bars
from app.fmt import format_partial_date
from app.i18n import t
from app.query import (actor_names, actor_short_names, counts_over_time, events_layer, filter_events, lever_labels,
                       newest_proposals, placed_on_axis, proposal_mask, proposals_by_lever, proposals_matrix_kept,
                       source_titles, theme_labels, time_step)
from app.query.proposals import kinds_present, picked_proposals
from app.ui import chart_block, context, empty_state, highlighted, label, link_to, plain, unreviewed_mark

LIST_ROWS = 50
LEVER_PICK = "proposals_lever"   # the list's lever filter, which a click on a lever's bar sets

tables, f = context()
lang = f.lang
st.title(t("proposals.title", lang))
st.caption(t("proposals.intro", lang))

# The kept proposals (200,000 at scale) are not copied: the charts and the list read a few columns of
# them, and the rows shown are taken by position.
mask = proposal_mask(tables, f)
positions = np.flatnonzero(mask)
if not len(positions):
    empty_state(lang)
    st.stop()

themes, levers, names = theme_labels(tables, lang), lever_labels(tables, lang), actor_names(tables, lang)
short, titles = actor_short_names(tables, lang), source_titles(tables)
kept = tables.proposals[["when", "date", "date_precision", "lever", "kind"]].iloc[positions]


def when(value, precision) -> str:
    return format_partial_date(value, precision, lang)


st.subheader(t("proposals.matrix", lang))
cells = proposals_matrix_kept(tables, mask)
if cells.cut:
    st.caption(t("proposals.matrix_capped", lang, n=cells.shown, total=cells.total))
top = cells.rows.sort_values(["proposals", "actor_id"], ascending=[False, True]).iloc[0]
summary = t("proposals.matrix_summary", lang, n=len(kept), k=cells.total, actor=names[top["actor_id"]],
            theme=themes.get(top["theme"], top["theme"]), m=int(top["proposals"]))
chart_block(matrix(cells.rows, short, themes, lang, t("proposals.matrix_hover", lang)), summary,
            cells.rows.assign(actor=[names.get(a, a) for a in cells.rows["actor_id"]],
                              theme=[themes.get(v, v) for v in cells.rows["theme"]]),
            lang, key="proposals_matrix", filter_key=("theme", "actor"), wide=True)
st.caption(t("common.click_to_filter", lang))

left, right = st.columns(2)
with left:
    st.subheader(t("proposals.by_lever", lang))
    per_lever = proposals_by_lever(kept)
    lever_names = [levers.get(v, v) for v in per_lever["lever"]]
    summary = t("proposals.lever_summary", lang, lever=lever_names[0], n=int(per_lever["proposals"].iloc[0]),
                total=len(kept))
    # a click lists that lever's proposals: it sets the list's lever filter below
    chart_block(ranked_bars(lever_names, list(per_lever["proposals"]), lang, t("common.count", lang),
                            ids=list(per_lever["lever"]), hover=t("proposals.lever_hover", lang, n="%{x}")),
                summary, per_lever.assign(lever=lever_names), lang, key="proposals_by_lever",
                filter_key=LEVER_PICK)
    st.caption(t("proposals.lever_click", lang))
with right:
    st.subheader(t("proposals.over_time", lang))
    # Only proposals with a date of their own, at the axis' precision: a year or a source's date is not a month
    step = time_step(kept.loc[kept["date"].notna(), "when"])
    placed, by_year, undated = placed_on_axis(kept, step)
    apart = " ".join([t("common.year_apart", lang, n=by_year)] * bool(by_year)
                     + [t("common.undated_apart", lang, n=undated)] * bool(undated))
    if placed.empty:
        st.info(f"{t('common.none_on_axis', lang)} {apart}", icon="🗓️")
    else:
        over_time = counts_over_time(placed, "kind", step)
        kinds = {k: label(k, lang) for k in over_time["kind"].unique()}
        events = events_layer(filter_events(tables, f), within=placed["when"])
        fig = add_events_layer(counts_bars(over_time, "kind", kinds, lang, t("common.count", lang)), events,
                               t("figures.events_layer", lang), lang)
        per_period = over_time.groupby("period")["n"].sum()
        summary = t("proposals.time_summary", lang, n=int(per_period.sum()), m=int(per_period.max()),
                    first=when(per_period.index.min().date(), step), last=when(per_period.index.max().date(), step),
                    peak=when(per_period.idxmax().date(), step))
        chart_block(fig, f"{summary} {apart}".strip(), over_time.assign(kind=over_time["kind"].map(kinds)), lang,
                    key="proposals_over_time")

st.subheader(t("proposals.list", lang))
st.caption(t("proposals.list_help", lang))
c1, c2 = st.columns(2)
lever_pick = c1.multiselect(t("proposals.lever_filter", lang), sorted(kept["lever"].unique(), key=levers.get),
                            format_func=lambda v: levers.get(v, v), key=LEVER_PICK,
                            placeholder=t("filters.all", lang))
kind_pick = c2.multiselect(t("proposals.kind_filter", lang), kinds_present(kept),
                           format_func=lambda v: label(v, lang), key="proposals_kind",
                           placeholder=t("filters.all", lang))
picked = picked_proposals(kept, lever_pick, kind_pick)
n_listed = int(picked.sum())
listed = newest_proposals(tables, positions[picked], LIST_ROWS)
if not n_listed:
    st.info(t("proposals.none_for_lever", lang), icon="🔎")
else:
    st.caption(t("proposals.list_count", lang, n=n_listed) if n_listed <= LIST_ROWS
               else t("proposals.list_capped", lang, n=LIST_ROWS, total=n_listed))
    for r in listed.itertuples():
        by = ", ".join(names.get(a, a) for a in r.actor_ids)
        rank = f" · {t('proposals.rank', lang, rank=int(r.rank))}" if pd.notna(r.rank) else ""
        meta = (f"{by} · {themes.get(r.theme, r.theme)} · {levers.get(r.lever, r.lever)} · "
                f"{label(r.kind, lang)}{rank} · {when(r.date, r.date_precision)}")
        summary = getattr(r, f"summary_{lang}")
        st.markdown(f"{unreviewed_mark(getattr(r, 'review', None), lang)}"
                    f"**{highlighted(getattr(r, f'title_{lang}'), f.q)}**  \n"
                    + (highlighted(summary, f.q) if isinstance(summary, str) else "")
                    + f"  \n:gray[{plain(meta)}]")

st.subheader(t("proposals.detail", lang))
shown = listed if n_listed else tables.proposals.iloc[positions[:LIST_ROWS]]
options = list(shown["proposal_id"])
by_id = shown.set_index("proposal_id")
chosen = st.selectbox(t("proposals.detail_pick", lang), options, key="proposals_detail",
                      format_func=lambda p: by_id.loc[p, f"title_{lang}"])
if chosen is not None:
    p = by_id.loc[chosen]
    with st.container(border=True):
        st.markdown(f"#### {unreviewed_mark(p.get('review'), lang)}{plain(p[f'title_{lang}'])}")
        summary = p[f"summary_{lang}"]
        st.markdown(plain(summary) if isinstance(summary, str) else f":gray[{t('proposals.no_summary', lang)}]")
        facts = [(t("proposals.by", lang), ", ".join(names.get(a, a) for a in p["actor_ids"])),
                 (t("common.theme", lang), themes.get(p["theme"], p["theme"])),
                 (t("common.lever", lang), levers.get(p["lever"], p["lever"])),
                 (t("common.kind", lang), label(p["kind"], lang)),
                 (t("common.status", lang), label(p["status"], lang)),
                 (t("common.date", lang), when(p["date"], p["date_precision"]))]
        for column, (key, value) in zip(st.columns(len(facts)), facts):
            column.caption(key)
            column.markdown(plain(value))
        link_to("sources", t("common.source_link", lang, title=titles.get(p["source_id"], p["source_id"])), icon="📄",
                query_params={"focus": p["source_id"]})
