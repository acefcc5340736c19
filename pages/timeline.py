"""Timeline: events, dated figures and proposals on one time axis over the debate's years (targets and
projections beyond today listed apart), then the same items as a list, newest first, grouped by month."""
from __future__ import annotations

import datetime as dt

import streamlit as st

from app.charts import timeline_counts, timeline_lanes
from app.fmt import format_number, format_partial_date
from app.i18n import t
from app.query import source_titles
from app.query.lookups import event_places
from app.query.timeline import DENSE, timeline_density, timeline_window
from app.ui import chart_block, context, empty_state, highlighted, label, plain, unreviewed_mark

LANE_ICONS = {"event": "🗓️", "figure": "📊", "proposal": "📝"}
LIST_ROWS = 150   # the list under the chart; the chart itself holds up to query.timeline.TIMELINE items

tables, f = context()
lang = f.lang
st.title(t("timeline.title", lang))
st.caption(t("timeline.intro", lang))

today = dt.date.today()
everything = st.toggle(t("timeline.everything", lang), key="timeline_everything",
                       help=t("timeline.everything_help", lang))
window = timeline_window(tables, f, lang, today, everything)
items = window.items
apart = []   # what the window leaves out, counted: never silently
if window.before:
    apart.append(t("timeline.before", lang, n=format_number(window.before, lang), year=window.start.year))
if window.later.total:
    apart.append(t("timeline.later", lang, n=format_number(window.later.total, lang)))
if window.undated:   # their place would be their source's publication, not when the thing happened
    apart.append(t("common.undated_apart", lang, n=format_number(window.undated, lang)))
if window.start or window.end:
    st.markdown(t("timeline.window" if window.end == today else "timeline.window_dates", lang,
                  start=format_partial_date(window.start, "day" if f.date_from else "year", lang) if window.start else "…",
                  end=format_partial_date(window.end, "day", lang) if window.end else "…"))
if apart:
    st.caption(" · ".join(apart))
titles = source_titles(tables)   # built once per build: 100,000 titles
places = event_places(tables)


def lines_of(listed) -> None:
    """Items as Markdown lines under their month (a year item under its year), the search highlighted."""
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
            lines.append(f"- {LANE_ICONS[r.lane]} {unreviewed_mark(r.review, lang)}**{highlighted(r.label, f.q)}** — "
                         f"{plain(when + where)} "
                         f":gray[({plain(label(r.kind, lang))} · {plain(titles.get(r.source_id, r.source_id))})]")
        st.markdown("\n".join(lines))


if len(window.later.rows):
    with st.expander(t("timeline.later_list", lang, n=format_number(window.later.total, lang))):
        lines_of(window.later.rows)

if items.rows.empty:
    empty_state(lang)
    st.stop()

rows = items.rows
lanes = {k: t(f"timeline.lane_{k}", lang) for k in ("event", "figure", "proposal")}
per_lane = rows["lane"].value_counts()
summary = t("timeline.summary", lang, events=int(per_lane.get("event", 0)), figures=int(per_lane.get("figure", 0)),
            proposals=int(per_lane.get("proposal", 0)),
            first=format_partial_date(rows["when"].min().date(), rows.loc[rows["when"].idxmin(), "precision"], lang),
            last=format_partial_date(rows["until"].max().date(), rows.loc[rows["until"].idxmax(), "precision"], lang))
shown = rows.assign(lane=rows["lane"].map(lanes), kind=rows["kind"].map(lambda k: label(k, lang)))
if items.total > DENSE:   # a mark per item would pile up: counted per month or quarter, every item of the window
    per_period, per_year, step = timeline_density(tables, f, window)
    st.caption(t(f"timeline.dense_{step}", lang, n=format_number(items.total, lang),
                 by_year=format_number(int(per_year["n"].sum()), lang)))
    counted = per_period.groupby("lane")["n"].sum().add(per_year.groupby("lane")["n"].sum(), fill_value=0)
    summary = t("timeline.dense_summary", lang, events=int(counted.get("event", 0)),
                figures=int(counted.get("figure", 0)), proposals=int(counted.get("proposal", 0)),
                start=format_partial_date(window.start, "day" if f.date_from else "year", lang) if window.start else "…",
                end=format_partial_date(window.end, "day", lang) if window.end else "…")
    fig = timeline_counts(per_period, per_year, step, lanes, t("timeline.year_only", lang), t("timeline.count", lang),
                          t("timeline.quarter", lang), lang)
else:
    fig = timeline_lanes(rows, lanes, lang)
chart_block(fig, summary, shown, lang, key="timeline")   # readable_table words each date at its precision

st.subheader(t("timeline.list", lang))
if len(rows) > LIST_ROWS or items.cut:
    st.caption(t("timeline.capped", lang, n=min(LIST_ROWS, len(rows)), total=format_number(items.total, lang)))
lines_of(rows.head(LIST_ROWS))
