"""Streamlit glue shared by every page: the cached tables, the sidebar filters, and common blocks.

Pages call `context()` for (tables, filters) and lay out widgets; they never
parse or aggregate themselves.
"""
from __future__ import annotations

import contextlib
import datetime as dt
import re

import pandas as pd
import streamlit as st

from loaders.paths import default_build_root

from .fmt import format_partial_date, match_spans, split_matches
from .i18n import LANGS, t
from .readable import readable_table
from .query import Filters, Tables, actor_names, count_unreviewed, load_tables, parse_query_params, theme_labels
from .query.lookups import SOURCE_CHOICES, actors_by_name, date_bounds, source_choices, valid_ids
from .chart_image import IMAGE_FORMATS, explained

KEYS = {"theme": "f_theme", "actor": "f_actor", "source": "f_source", "q": "f_q",
        "from": "f_from", "to": "f_to", "lang": "f_lang", "unreviewed": "f_unreviewed"}
_MARKDOWN_SPECIAL = re.compile(r"([\\`*_{}\[\]()#+\-.!|<>~$:])")
# Streamlit's Markdown (remark-gfm) turns "https://…", "www.…" and "a@b.org" into links after the
# parse, in the text escapes leave: a backslash does not stop it. An invisible word joiner does.
_AUTOLINK_START = re.compile(r"(?i)(https?(?=:/)|www(?=\.)|@)")
WORD_JOINER = "\u2060"


@st.cache_resource(show_spinner=False, max_entries=1)   # one live build: a rebuild releases the previous
def _tables_for(root: str, stamp: float) -> Tables:
    return load_tables(root)


def get_tables() -> Tables:
    """The built tables, read once per process (again only when a new build lands)."""
    root = default_build_root()
    current = root / "current"
    stamp = current.lstat().st_mtime if current.is_symlink() else 0.0
    return _tables_for(str(root), stamp)


def plain(text) -> str:
    """Text safe to pass to st.markdown: no markup, no HTML from sources or URLs, and no link: an
    address in a label stays text ('https' then a word joiner, then the escaped rest)."""
    unlinked = _AUTOLINK_START.sub(lambda m: m.group(1) + WORD_JOINER, "" if text is None else str(text))
    return _MARKDOWN_SPECIAL.sub(r"\\\1", unlinked)


def _seed_from_url(tables: Tables) -> None:
    """On a session's first run, copy the URL's filters into the widgets, noting what was ignored."""
    if st.session_state.get("_seeded"):
        return
    params = {k: st.query_params.get_all(k) for k in st.query_params.keys()}
    valid = valid_ids(tables)
    f, notes = parse_query_params(params, valid)
    st.session_state.update({KEYS["theme"]: list(f.themes), KEYS["actor"]: list(f.actors),
                             KEYS["source"]: list(f.sources), KEYS["q"]: f.q,
                             KEYS["from"]: f.date_from, KEYS["to"]: f.date_to,
                             KEYS["lang"]: f.lang, KEYS["unreviewed"]: f.hide_unreviewed,
                             "_notes": notes, "_seeded": True})


def warm(tables: Tables) -> None:
    """Build what every session's sidebar reads (lookups, bounds, choices) before the first visitor."""
    valid_ids(tables)
    actors_by_name(tables)
    source_choices(tables, [])
    date_bounds(tables)
    count_unreviewed(tables)
    for lang in LANGS:
        theme_labels(tables, lang)


def _reset() -> None:
    for key in ("theme", "actor", "source"):
        st.session_state[KEYS[key]] = []
    st.session_state.update({KEYS["q"]: "", KEYS["from"]: None, KEYS["to"]: None, KEYS["unreviewed"]: False,
                             "_notes": []})


def sidebar(tables: Tables) -> Filters:
    """Draw the filters in the sidebar, keep them in the URL, and return them."""
    _seed_from_url(tables)
    sb = st.sidebar
    lang = sb.segmented_control("Langue / Language", LANGS, key=KEYS["lang"], required=True,
                                format_func=lambda x: {"fr": "Français", "en": "English"}[x]) or "fr"
    sb.header(t("filters.header", lang))
    themes = theme_labels(tables, lang)
    names = actor_names(tables, lang)
    titles = source_choices(tables, st.session_state.get(KEYS["source"]) or [])
    sb.multiselect(t("filters.theme", lang), list(themes), key=KEYS["theme"], placeholder=t("filters.choose", lang),
                   format_func=lambda x: themes.get(x, x))
    sb.multiselect(t("filters.actor", lang), actors_by_name(tables, lang),
                   placeholder=t("filters.choose", lang),
                   key=KEYS["actor"], format_func=lambda x: names.get(x, x))
    low, high = date_bounds(tables)
    # One under the other: side by side in the sidebar, each field was too narrow for the year.
    sb.date_input(t("filters.date_from", lang), key=KEYS["from"], min_value=dt.date(1990, 1, 1),
                  max_value=dt.date(2100, 1, 1), format="DD/MM/YYYY" if lang == "fr" else "YYYY-MM-DD",
                  help=" → ".join(format_partial_date(d, "day", lang) for d in (low, high)))   # in words
    sb.date_input(t("filters.date_to", lang), key=KEYS["to"], min_value=dt.date(1990, 1, 1),
                  max_value=dt.date(2100, 1, 1), format="DD/MM/YYYY" if lang == "fr" else "YYYY-MM-DD")
    sb.multiselect(t("filters.source", lang), list(titles), key=KEYS["source"], placeholder=t("filters.choose", lang),
                   help=t("filters.source_help", lang, n=SOURCE_CHOICES) if len(titles) < len(tables.sources) else None,
                   format_func=lambda x: titles.get(x, x))
    sb.text_input(t("filters.search", lang), key=KEYS["q"], max_chars=200,
                  help=t("filters.search_help", lang))
    unreviewed = count_unreviewed(tables)
    if unreviewed:   # only datasets that hold `loaders ingest` candidates need the switch
        sb.toggle(t("filters.hide_unreviewed", lang), key=KEYS["unreviewed"],
                  help=t("filters.unreviewed_help", lang, n=unreviewed))
    sb.button(t("filters.reset", lang), on_click=_reset, use_container_width=True)
    s = st.session_state
    date_from, date_to = s.get(KEYS["from"]), s.get(KEYS["to"])
    if date_from and date_to and date_from > date_to:
        date_from, date_to = date_to, date_from
    f = Filters(themes=tuple(s[KEYS["theme"]]), actors=tuple(s[KEYS["actor"]]),
                sources=tuple(s[KEYS["source"]]), date_from=date_from, date_to=date_to,
                q=(s.get(KEYS["q"]) or "").strip(), lang=lang,
                hide_unreviewed=bool(s.get(KEYS["unreviewed"])))
    _write_url(f)
    for key, values in s.get("_notes", []):
        sb.warning(plain(t(key, lang, **values)), icon="⚠️")
    sb.caption(t("filters.link_help", lang))
    sb.caption(t("app.version", lang, version=tables.version))
    return f


def _write_url(f: Filters) -> None:
    """Put the filters in the query string, leaving other parameters (a page's `focus`) alone."""
    wanted = f.to_query_params()
    for key in KEYS:
        value = wanted.get(key)
        if value is None:
            if key in st.query_params:
                del st.query_params[key]
        elif st.query_params.get_all(key) != (value if isinstance(value, list) else [value]):
            st.query_params[key] = value


def context() -> tuple[Tables, Filters]:
    """(tables, filters) for the page being drawn; set by dashboard.py before the page runs."""
    if "_filters" not in st.session_state and not st.session_state.get("_frame_rerun"):
        # A fresh server sees a pages/ folder and runs a deep link's page alone, without the frame
        # (Streamlit's older multipage mode, left only once st.navigation has run). Leave that
        # mode and run again (once): the frame then draws the sidebar and routes to this page.
        from streamlit.runtime.pages_manager import PagesManager
        PagesManager.uses_pages_directory = False
        st.session_state["_frame_rerun"] = True
        st.rerun()
    return get_tables(), st.session_state["_filters"]


def empty_state(lang: str) -> None:
    """What a page shows when the filters keep nothing: say so and say what to do."""
    st.info(f"**{t('common.empty', lang)}** {t('common.empty_hint', lang)}", icon="🔎")


def select_filter(chart_key: str, filter_keys: str | tuple[str, ...]) -> None:
    """on_select callback: a clicked bar, dot or cell sets sidebar filters from its customdata.

    With one key ("theme"), the point's first customdata value sets it; with several
    (("theme", "actor")), customdata[i] sets the i-th. A key that is not a sidebar filter's names a
    page's own widget ("proposals_lever"), set the same way.
    """
    keys = (filter_keys,) if isinstance(filter_keys, str) else tuple(filter_keys)
    state = st.session_state.get(chart_key)
    points = (state or {}).get("selection", {}).get("points", []) if state else []
    picked: dict[str, list[str]] = {k: [] for k in keys}
    for p in points:
        data = p.get("customdata")
        data = data if isinstance(data, list) else [data]
        for key, value in zip(keys, data):
            if value:
                picked[key].append(str(value))
    for key, values in picked.items():
        if values:
            st.session_state[KEYS.get(key, key)] = list(dict.fromkeys(values))


def chart_block(fig, summary: str, data: pd.DataFrame, lang: str, key: str,
                filter_key: str | tuple[str, ...] | None = None, wide: bool = False) -> None:
    """A chart, its one-sentence summary, and its data as a table; clicks filter by `filter_key`.
    The chart carries its title, source line and dataset version; its image saves as PNG or SVG.
    A `wide` chart (a matrix of many columns) keeps a readable width on a phone and scrolls
    sideways in its frame (app.frame's style) instead of squeezing its columns together."""
    kwargs = {}
    if filter_key:
        kwargs = dict(on_select=lambda: select_filter(key, filter_key), selection_mode="points")
    # The image button saves one format: the reader picks it under the chart (read here, drawn below).
    image = st.session_state.get(f"{key}_image") or "png"
    fig, config = explained(fig, key, lang, get_tables().version, image if image in IMAGE_FORMATS else "png")
    with st.container(key=f"wide-{key}") if wide else contextlib.nullcontext():
        st.plotly_chart(fig, key=key, config=config, **kwargs)
    st.segmented_control(t("common.chart_image", lang), IMAGE_FORMATS, default="png", key=f"{key}_image",
                         format_func=str.upper, help=t("common.chart_image_help", lang))
    st.caption(plain(summary))
    # Built only once opened: a closed expander's table was still sent and drawn (the grid is the
    # heaviest thing a first page draws in the browser). Opening it reruns the page.
    table = st.expander(t("common.show_table", lang), key=f"{key}_table", on_change="rerun")
    if table.open:
        with table:
            st.dataframe(shippable(readable_table(data, get_tables(), lang)), hide_index=True)


def shippable(df: pd.DataFrame) -> pd.DataFrame:
    """`df` with its category columns as plain text: Arrow would ship a category's every value
    (100,000 labels at scale) with the few rows shown."""
    cats = [c for c in df.columns if isinstance(df[c].dtype, pd.CategoricalDtype)]
    return df.astype({c: object for c in cats}) if cats else df


def as_cells(df: pd.DataFrame) -> pd.DataFrame:
    """`df` as the text of its cells, an empty cell where nothing is known: a preview of a CSV shows
    what the file holds (the grid would print 'None', and cut a long number from the left)."""
    return pd.DataFrame({c: ["" if v is None or v is pd.NaT or (isinstance(v, float) and v != v) else str(v)
                             for v in df[c]] for c in df.columns}, index=df.index)


def label(value, lang: str) -> str:
    """An enum value in words ('annual' -> 'annuel'), or the value itself when unknown."""
    try:
        return t(f"enums.{value}", lang)
    except KeyError:
        return str(value)


def bullets(lines: list[str], query: str = "") -> None:
    """Data text as a Markdown list, every line escaped, the search's matches highlighted."""
    st.markdown("\n".join(f"- {highlighted(line, query)}" for line in lines))


def highlighted(text, query: str) -> str:
    """Markdown of `text` (escaped) with every match of `query` marked, accents and case ignored."""
    return "".join(f":orange-background[{plain(piece)}]" if hit else plain(piece)
                   for piece, hit in split_matches("" if text is None else str(text), query))


HIGHLIGHT_CSS = "background-color: rgba(255, 164, 33, 0.35)"   # Streamlit's orange-background, in a table


def highlighted_table(df: pd.DataFrame, query: str, skip=()):
    """`df` for st.dataframe with the cells that match `query` highlighted, but in columns `skip` (the
    same matching as `highlighted`: a table cell cannot hold Markdown, so the whole cell is marked)."""
    if not query:
        return df
    text = [c for c in df.columns if df[c].dtype == object and c not in skip]
    return df.style.map(lambda v: HIGHLIGHT_CSS if isinstance(v, str) and match_spans(v, query) else "",
                        subset=text)


def link_to(page: str, label: str, query_params: dict | None = None, icon: str | None = None,
            limit: int | None = None) -> None:
    """A link to another page of the dashboard ("sources"), keeping the language; `label` is escaped.
    With `limit`, a longer label is cut at a word with '…'; any link too long for its column ends
    in '…' (app.frame's style) and gives its label in full on hover."""
    from .charts import short_label   # plotly's import is the charts' cost, not every page's
    params = dict(query_params or {})
    lang = st.session_state["_filters"].lang
    if lang != "fr":
        params["lang"] = lang
    shown = short_label(label, limit) if limit else label
    # The whole label on hover when it is cut here, or may be cut with '…' by its column (app.frame)
    st.page_link(st.session_state["_pages"][page], label=plain(shown), icon=icon, query_params=params,
                 help=plain(label) if shown != label or len(label) > 30 else None)


def unreviewed_mark(review, lang: str) -> str:
    """A Markdown badge for a row `loaders ingest` added and nobody has checked yet; '' otherwise."""
    return f":orange-badge[{t('common.unreviewed', lang)}] " if review == "candidate" else ""
