"""Figures: every figure the filters keep, by theme, by actor and over time, then the table of where
each comes from. Money is compared in euros; a chart mixing annual and one-off amounts says so."""
from __future__ import annotations

from urllib.parse import urlencode

import pandas as pd
import streamlit as st

from app.charts import add_events_layer, figure_dots, figures_over_time
from app.fmt import format_figure, format_number, format_partial_date
from app.figure_detail import figure_detail
from app.i18n import t
from app.query.claims import one_per_claim
from app.query import (POINTS, actor_names, actor_short_names, events_layer, figure_mask, filter_events,
                       largest_figures, measures_kept, mixes_periods, of_actors, placed_on_axis, source_titles,
                       theme_labels, top_actors_kept)
from app.query.lookups import PERIODS
from app.ui import chart_block, context, empty_state, highlighted_table, label, shippable

TABLE_ROWS = 300   # the export gives every row; a longer table weighs on every rerun
MEASURE = "figures_measure"

tables, f = context()
lang = f.lang
st.title(t("figures.title", lang))
st.caption(t("figures.intro", lang))

# The kept figures as a mask: the page reads a few columns of them and takes only the rows it shows.
kept = figure_mask(tables, f)
if not kept.any():
    empty_state(lang)
    st.stop()

if st.toggle(t("figures.one_per_claim", lang), key="figures_per_claim", help=t("figures.one_per_claim_help", lang)):
    kept = one_per_claim(tables, kept)   # claims, not reports: a number repeated by ten sources counts once
themes = theme_labels(tables, lang)
names = actor_names(tables, lang)
short = actor_short_names(tables, lang)
periods = {p: label(p, lang) for p in PERIODS}
present = measures_kept(tables, kept)
if st.session_state.get(MEASURE) not in present:   # the filters may have removed the chosen kind
    st.session_state[MEASURE] = next(iter(present))
measure = st.segmented_control(t("figures.measure", lang), list(present), key=MEASURE, required=True,
                               format_func=lambda m: t(f"figures.measure_{m}", lang, n=present[m]))
log = st.toggle(t("common.log_scale", lang), value=measure in ("money", "count"), key=f"figures_log_{measure}")
axis = t(f"figures.axis_{measure}", lang)


def readable(rows: pd.DataFrame) -> pd.DataFrame:
    """Columns the charts show: the label in the reader's language and the value as they write it
    (each figure formatted once a rerun: the charts and the table show many of the same)."""
    shown = [written.get(i) or written.setdefault(i, format_figure(r.measure, r.value, r.unit, lang, r.bound,
                                                                   r.value_high))
             for i, r in zip(rows.index, rows.itertuples())]
    return rows.assign(label=rows[f"label_{lang}"].astype(object), shown=shown)


written: dict[int, str] = {}
ranked = largest_figures(tables.figures, measure, limit=max(TABLE_ROWS, POINTS), keep=kept)
table = readable(ranked.rows)
rows, total = table.head(POINTS), ranked.total   # the charts' points: the table's first rows
if measure == "money":
    if mixes_periods(rows):
        st.warning(t("figures.mix_caveat", lang), icon="⚠️")
    if (rows["status"] == "announced").any():
        st.caption(t("figures.announced_caveat", lang))
if len(rows) < total:
    st.caption(t("figures.capped", lang, n=format_number(len(rows), lang), total=format_number(total, lang)))

by_theme, by_actor, over_time = st.tabs([t("figures.by_theme", lang), t("figures.by_actor", lang),
                                         t("figures.over_time", lang)])
with by_theme:
    top = rows.iloc[0]
    summary = t("figures.summary_theme", lang, n=total, k=rows["theme"].nunique(),
                top=top["label"], value=top["shown"], theme=themes.get(top["theme"], top["theme"]))
    shown = rows[["figure_id", "label", "shown", "raw", "theme", "period", "status", "source_id"]]
    chart_block(figure_dots(rows, "theme", themes, periods, measure, log, axis, lang), summary, shown, lang,
                key="figures_by_theme", filter_key="theme")
with by_actor:
    actors = top_actors_kept(tables, kept & (tables.figures["measure"] == measure).to_numpy())
    if not actors:
        st.info(t("figures.no_actor", lang), icon="👤")
    else:
        mine = readable(largest_figures(tables.figures, measure, keep=kept & of_actors(tables, actors)).rows)
        per_actor = mine["actor_id"].value_counts()
        summary = t("figures.summary_actor", lang, k=len(actors), actor=names[per_actor.index[0]],
                    n=int(per_actor.iloc[0]))
        shown = mine[["figure_id", "label", "shown", "raw", "actor_id", "period", "status", "source_id"]]
        chart_block(figure_dots(mine, "actor_id", short, periods, measure, log, axis, lang), summary, shown, lang,
                    key="figures_by_actor", filter_key="actor")
with over_time:   # only figures dated of their own: a source's date is not when the amount applies
    placed, _, undated = placed_on_axis(rows, "year")
    apart = t("common.undated_apart", lang, n=undated) if undated else ""
    if placed.empty:
        st.info(f"{t('common.none_on_axis', lang)} {apart}", icon="🗓️")
    else:
        events = events_layer(filter_events(tables, f), within=placed["when"])
        fig = add_events_layer(figures_over_time(placed, periods, measure, log, axis, lang), events,
                               t("figures.events_layer", lang), lang)
        ends = placed.sort_values("when").iloc[[0, -1]]
        first, last = (format_partial_date(r.when.date(), r.date_precision, lang) for r in ends.itertuples())
        summary = t("figures.summary_time", lang, n=len(placed), e=len(events), first=first, last=last)
        shown = placed[["figure_id", "label", "shown", "when", "period", "status", "source_id"]]
        chart_block(fig, f"{summary} {apart}".strip(), shown, lang, key="figures_over_time", filter_key="theme")
st.caption(t("figures.click_hint", lang))

st.subheader(t("figures.table", lang))
table = table.head(TABLE_ROWS)
if len(table) < total:
    st.caption(t("figures.table_capped", lang, n=format_number(len(table), lang),
                 total=format_number(total, lang)))
titles = source_titles(tables)
link = {k: v for k, v in f.to_query_params().items() if k in ("lang",)}
st.dataframe(highlighted_table(shippable(pd.DataFrame({
    t("common.label", lang): table["label"],
    t("common.raw", lang): table["raw"],
    t("figures.col_value", lang): table["shown"],
    t("figures.col_eur", lang): [format_figure("money", v, "EUR", lang, b, h if pd.notna(h) else None)   # both ends
                                 if pd.notna(v) else "–" for v, b, h in zip(table["value_eur"], table["bound"],
                                                                           table["value_eur_high"])],
    t("common.bound", lang): table["bound"].map(lambda b: label(b, lang)),
    t("common.period", lang): table["period"].map(lambda p: label(p, lang)),
    t("common.status", lang): table["status"].map(lambda s: label(s, lang)),
    t("common.theme", lang): [themes.get(v, v) for v in table["theme"]],   # dict lookups: Series.map(dict)
    # would first turn the whole dict (100,000 titles) into a Series
    t("common.said_by", lang): [names.get(a) or "–" if isinstance(a, str) else "–" for a in table["actor_id"]],
    t("figures.col_date", lang): [format_partial_date(d, p, lang)
                                  for d, p in zip(table["date"], table["date_precision"])],
    t("figures.col_source", lang): [titles.get(s) or "–" for s in table["source_id"]],
    t("common.review", lang): [t("common.unreviewed", lang) if r == "candidate" else "✓"
                               for r in table.get("review", pd.Series("accepted", index=table.index))],
    "🔗": ["sources?" + urlencode({**link, "focus": s}) for s in table["source_id"]],
})), f.q, skip=("🔗",)), hide_index=True, column_config={
    "🔗": st.column_config.LinkColumn("🔗", display_text=t("common.see_source", lang), width="small")})

# One figure's detail: its history of changes ("modifié le … par …"), built only once opened.
detail = st.expander(t("figures.detail", lang), key="figures_detail", on_change="rerun")
if detail.open:
    with detail:
        figure_detail(table, lang)
