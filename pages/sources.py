"""Sources: every source the filters keep, as a card saying what it is and what the dataset took from
it. A link with `?focus=<source_id>` puts that source first, opened and marked."""
from __future__ import annotations

from urllib.parse import quote

import numpy as np
import pandas as pd
import streamlit as st
from app.fmt import BABEL, format_figure, format_partial_date
from app.i18n import t
from app.query import column_values, source_content_rows, sources_in_view_rows
from app.ui import bullets, context, empty_state, highlighted, plain, unreviewed_mark

PAGE = 25   # source cards per page
tables, f = context()
lang = f.lang
st.title(t("sources.title", lang))
st.caption(t("sources.intro", lang))


def language_name(code) -> str:
    return BABEL[lang].languages.get(code, code) if isinstance(code, str) else "–"


def text(value) -> str | None:
    """A text cell, or None when empty (missing values come back as NaN)."""
    return value if isinstance(value, str) and value.strip() else None


def column(table: str, name: str, rows) -> list:
    """One column's values at row numbers `rows` of a table: a few cells, not whole rows."""
    return column_values(tables, table, name, rows)


def figure_lines(rows) -> list[str]:
    cells = zip(*(column("figures", c, rows) for c in (f"label_{lang}", "raw", "measure", "value", "unit",
                                                      "bound", "value_high")))
    return [t("sources.figure_line", lang, label=label, raw=raw,
              value=format_figure(measure, value, unit, lang, bound, high))
            for label, raw, measure, value, unit, bound, high in cells]


def event_lines(rows) -> list[str]:
    names = column("events", "name_en" if lang == "en" else "name", rows)
    return [f"{name} — {format_partial_date(start, precision, lang)}"
            for name, start, precision in zip(names, column("events", "start", rows), column("events", "precision", rows))]


def show_contents(c: dict, figures: list[str], expanded: bool) -> None:
    """Counts of what the dataset took from the source (`c`: row numbers; `figures`: their lines),
    then the lists in an expander."""
    st.markdown(t("sources.took", lang, figures=len(c["figures"]), proposals=len(c["proposals"]),
                  events=len(c["events"]), actors=len(c["actors"])))
    if not any(len(rows) for rows in c.values()):
        return
    with st.expander(t("sources.details", lang), expanded=expanded, icon="🧾"):
        lists = {"figures": figures,
                 "proposals": column("proposals", f"title_{lang}", c["proposals"]),
                 "events": event_lines(c["events"])}
        for key, lines in lists.items():
            if lines:
                st.markdown(f"**{t('sources.list_' + key, lang, n=len(lines))}**")
                bullets(lines, f.q)
        if len(c["actors"]):   # often dozens of names: one paragraph, not a long list
            st.markdown(f"**{t('sources.list_actors', lang, n=len(c['actors']))}**")
            st.markdown(highlighted(" · ".join(column("actors", "name", c["actors"])), f.q))


def show_card(r: pd.Series, c: dict, figures: list[str], focused: bool, outside: bool) -> None:
    with st.container(border=True):
        if focused:
            st.badge(t("sources.focused", lang), icon="📌", color="orange")
            if outside:
                st.caption(t("sources.outside_filters", lang))
        st.markdown(f"#### {unreviewed_mark(r.get('review'), lang)}{highlighted(r['title'], f.q)}")
        when = format_partial_date(r["published"], r["published_precision"], lang)
        meta = [r["publisher"], when, t(f"sources.kind_{r['kind']}", lang),
                t("sources.language", lang, language=language_name(r["language"]))]
        st.caption(highlighted(" · ".join(meta), f.q))
        url = text(r["url"])
        if url and url.lower().startswith(("https://", "http://")):   # never a javascript: link
            # quotes and angle brackets percent-encoded: an address is a link, never markup
            st.link_button(t("sources.open", lang), quote(url, safe=":/?&=#%+,;@~!$'()*[]"), icon="🔗")
        else:
            st.caption(t("sources.no_url", lang))
        summary = text(r[f"summary_{lang}"])
        if summary:
            st.markdown(highlighted(summary, f.q))
        else:
            st.caption(t("sources.no_summary", lang))
        show_contents(c, figures, expanded=focused)


focus = st.query_params.get("focus")
rows, state = sources_in_view_rows(tables, f, focus)   # row numbers: only the page's 25 rows are read
if state == "unknown":
    st.info(t("sources.unknown_focus", lang, id=plain(focus[:80])), icon="ℹ️")
if not len(rows):
    empty_state(lang)
else:
    st.caption(t("sources.count", lang, n=len(rows) - (state == "outside")))
    pages = -(-len(rows) // PAGE)
    page = 1
    if pages > 1:   # at scale the filters may keep 100,000 sources: cards come a page at a time
        page = st.number_input(t("sources.page", lang, pages=pages), min_value=1, max_value=pages, value=1,
                               step=1, key="sources_page")
    shown = rows[(page - 1) * PAGE: page * PAGE]
    contents = source_content_rows(tables, shown)   # row numbers: only the columns shown are read
    # every figure line of the page in one read of each column, then cut per card
    lines = figure_lines(np.concatenate([c["figures"] for c in contents]))
    ends = np.cumsum([len(c["figures"]) for c in contents])
    for (_, row), c, end in zip(tables.sources.iloc[shown].iterrows(), contents, ends):
        is_focus = state in ("shown", "outside") and row["source_id"] == focus
        show_card(row, c, lines[end - len(c["figures"]):end], focused=is_focus, outside=state == "outside")
