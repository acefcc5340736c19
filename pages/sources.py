"""Sources: every source the filters keep, as a card saying what it is and what the dataset took from
it. A link with `?focus=<source_id>` puts that source first, opened and marked."""
from __future__ import annotations

from urllib.parse import quote

import pandas as pd
import streamlit as st
from babel import Locale

from app.fmt import LOCALES, format_figure, format_partial_date
from app.i18n import t
from app.query import source_contents, sources_in_view
from app.ui import context, empty_state, plain, unreviewed_mark

PAGE = 25   # source cards per page
tables, f = context()
lang = f.lang
st.title(t("sources.title", lang))
st.caption(t("sources.intro", lang))


def language_name(code) -> str:
    return Locale.parse(LOCALES[lang]).languages.get(code, code) if isinstance(code, str) else "–"


def text(value) -> str | None:
    """A text cell, or None when empty (missing values come back as NaN)."""
    return value if isinstance(value, str) and value.strip() else None


def bullets(lines: list[str]) -> None:
    """Data text as a Markdown list, every line escaped."""
    st.markdown("\n".join(f"- {plain(line)}" for line in lines))


def figure_line(r: pd.Series) -> str:
    return t("sources.figure_line", lang, label=r[f"label_{lang}"], raw=r["raw"],
             value=format_figure(r["measure"], r["value"], r["unit"], lang, r["bound"], r["value_high"]))


def event_line(r: pd.Series) -> str:
    name = r["name_en"] if lang == "en" else r["name"]
    return f"{name} — {format_partial_date(r['start'], r['precision'], lang)}"


def show_contents(source_id: str, expanded: bool) -> None:
    """Counts of what the dataset took from the source, then the lists in an expander."""
    c = source_contents(tables, source_id)
    st.markdown(t("sources.took", lang, figures=len(c["figures"]), proposals=len(c["proposals"]),
                  events=len(c["events"]), actors=len(c["actors"])))
    if not any(len(df) for df in c.values()):
        return
    with st.expander(t("sources.details", lang), expanded=expanded, icon="🧾"):
        lists = {"figures": [figure_line(r) for _, r in c["figures"].iterrows()],
                 "proposals": list(c["proposals"][f"title_{lang}"]),
                 "events": [event_line(r) for _, r in c["events"].iterrows()]}
        for key, lines in lists.items():
            if lines:
                st.markdown(f"**{t('sources.list_' + key, lang, n=len(lines))}**")
                bullets(lines)
        if len(c["actors"]):   # often dozens of names: one paragraph, not a long list
            st.markdown(f"**{t('sources.list_actors', lang, n=len(c['actors']))}**")
            st.markdown(plain(" · ".join(c["actors"]["name"])))


def show_card(r: pd.Series, focused: bool, outside: bool) -> None:
    with st.container(border=True):
        if focused:
            st.badge(t("sources.focused", lang), icon="📌", color="orange")
            if outside:
                st.caption(t("sources.outside_filters", lang))
        st.markdown(f"#### {unreviewed_mark(r.get('review'), lang)}{plain(r['title'])}")
        when = format_partial_date(r["published"], r["published_precision"], lang)
        meta = [r["publisher"], when, t(f"sources.kind_{r['kind']}", lang),
                t("sources.language", lang, language=language_name(r["language"]))]
        st.caption(plain(" · ".join(meta)))
        url = text(r["url"])
        if url and url.lower().startswith(("https://", "http://")):   # never a javascript: link
            # quotes and angle brackets percent-encoded: an address is a link, never markup
            st.link_button(t("sources.open", lang), quote(url, safe=":/?&=#%+,;@~!$'()*[]"), icon="🔗")
        else:
            st.caption(t("sources.no_url", lang))
        summary = text(r[f"summary_{lang}"])
        if summary:
            st.markdown(plain(summary))
        else:
            st.caption(t("sources.no_summary", lang))
        show_contents(r["source_id"], expanded=focused)


focus = st.query_params.get("focus")
sources, state = sources_in_view(tables, f, focus)
if state == "unknown":
    st.info(t("sources.unknown_focus", lang, id=plain(focus[:80])), icon="ℹ️")
if sources.empty:
    empty_state(lang)
else:
    st.caption(t("sources.count", lang, n=len(sources) - (state == "outside")))
    pages = -(-len(sources) // PAGE)
    page = 1
    if pages > 1:   # at scale the filters may keep 100,000 sources: cards come a page at a time
        page = st.number_input(t("sources.page", lang, pages=pages), min_value=1, max_value=pages, value=1,
                               step=1, key="sources_page")
    for _, row in sources.iloc[(page - 1) * PAGE: page * PAGE].iterrows():
        is_focus = state in ("shown", "outside") and row["source_id"] == focus
        show_card(row, focused=is_focus, outside=state == "outside")
