"""Timeline: events, dated figures and proposals on one time axis, then the same items as a list,
newest first, grouped by month."""
from __future__ import annotations

import streamlit as st

from app.charts import timeline_lanes
from app.fmt import format_number, format_partial_date
from app.i18n import t
from app.query import source_titles, timeline_in_view, undated_in_view
from app.query.lookups import event_places
from app.ui import chart_block, context, empty_state, label, plain, unreviewed_mark

LANE_ICONS = {"event": "🗓️", "figure": "📊", "proposal": "📝"}
LIST_ROWS = 150   # the list under the chart; the chart itself holds up to query.timeline.TIMELINE items

tables, f = context()
lang = f.lang
st.title(t("timeline.title", lang))
st.caption(t("timeline.intro", lang))

items = timeline_in_view(tables, f, lang)   # picks the shown items without copying the kept rows
if items.rows.empty:
    empty_state(lang)
    st.stop()

rows = items.rows
lanes = {k: t(f"timeline.lane_{k}", lang) for k in ("event", "figure", "proposal")}
per_lane = rows["lane"].value_counts()
if items.cut:
    st.caption(t("timeline.capped", lang, n=format_number(len(rows), lang), total=format_number(items.total, lang)))
summary = t("timeline.summary", lang, events=int(per_lane.get("event", 0)), figures=int(per_lane.get("figure", 0)),
            proposals=int(per_lane.get("proposal", 0)),
            first=format_partial_date(rows["when"].min().date(), rows.loc[rows["when"].idxmin(), "precision"], lang),
            last=format_partial_date(rows["until"].max().date(), rows.loc[rows["until"].idxmax(), "precision"], lang))
undated = undated_in_view(tables, f)
if undated:   # their place would be their source's publication, not when the thing happened
    summary += " " + t("common.undated_apart", lang, n=format_number(undated, lang))
shown = rows.assign(lane=rows["lane"].map(lanes), kind=rows["kind"].map(lambda k: label(k, lang)))
chart_block(timeline_lanes(rows, lanes, lang), summary, shown.drop(columns=["precision"]), lang, key="timeline")

st.subheader(t("timeline.list", lang))
if len(rows) > LIST_ROWS:
    st.caption(t("timeline.capped", lang, n=LIST_ROWS, total=format_number(items.total, lang)))
titles = source_titles(tables)   # built once per build: 100,000 titles
places = event_places(tables)
listed = rows.head(LIST_ROWS)
# An item dated only by year goes under its year, not under January of it
heading = [format_partial_date(w.date(), "year" if p == "year" else "month", lang).capitalize()
           for w, p in zip(listed["when"], listed["precision"])]
for title, group in listed.groupby(heading, sort=False):
    st.markdown(f"##### {plain(title)}")
    lines = []
    for r in group.itertuples():
        when = format_partial_date(r.when.date(), r.precision, lang)
        until = format_partial_date(r.until.date(), r.precision, lang)
        if until != when:   # "avril 2025" for a month-long event, not "avril 2025 → avril 2025"
            when += f" → {until}"
        place = places.get(r.ref) if r.lane == "event" else None
        where = f", {t('timeline.place', lang, place=place)}" if isinstance(place, str) else ""
        lines.append(f"- {LANE_ICONS[r.lane]} {unreviewed_mark(r.review, lang)}**{plain(r.label)}** — "
                     f"{plain(when + where)} "
                     f":gray[({plain(label(r.kind, lang))} · {plain(titles.get(r.source_id, r.source_id))})]")
    st.markdown("\n".join(lines))
