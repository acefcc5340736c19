"""The frame every page is drawn in: the tables, the sidebar filters, and the router.

`dashboard.py` calls `run()`; the page tests call it too, with another default page, because
Streamlit's AppTest runs a switched-to page without its entry script (and so without the sidebar).
"""
from __future__ import annotations

from pathlib import Path

import streamlit as st

from .auth import account, editor
from .i18n import t
from .query import NoTablesError
from .ui import get_tables, plain, sidebar

PROJECT = Path(__file__).resolve().parent.parent
PAGES = [  # (file under the project, key in the catalogue's [nav] section, icon, URL path)
    ("pages/overview.py", "overview", "🏠", "overview"),
    ("pages/figures.py", "figures", "📊", "figures"),
    ("pages/proposals.py", "proposals", "📝", "proposals"),
    ("pages/actors.py", "actors", "🕸️", "actors"),
    ("pages/timeline.py", "timeline", "🗓️", "timeline"),
    ("pages/sources.py", "sources", "📚", "sources"),
    ("pages/claims.py", "claims", "🔁", "claims"),
    ("pages/export.py", "export", "⬇️", "export"),
    ("pages/import.py", "import", "📥", "import"),
    ("pages/review.py", "review", "✅", "review"),
]
EDITOR_PAGES = {"import", "review"}   # listed for editors only; a reader opening one is told why


DEFAULT_PAGE = "overview"   # what the root URL opens

# A link to another page is one line: one longer than its column (a card's source, a claim in a
# list) ends in '…' instead of being cut mid-letter. A wide chart (ui.chart_block) keeps 720 px and
# scrolls sideways on a phone. A style alone: Streamlit applies it, draws nothing.
LINKS_CUT_WITH_ELLIPSIS = """<style>
[data-testid="stPageLink-NavLink"] { max-width: 100%; min-width: 0; }
[data-testid="stPageLink-NavLink"] > span:last-child { min-width: 0; overflow: hidden; }
[data-testid="stPageLink-NavLink"] [data-testid="stMarkdownContainer"] p { overflow: hidden; text-overflow: ellipsis; }
[class*="st-key-wide-"] { overflow-x: auto; }
[class*="st-key-wide-"] > [data-testid="stElementContainer"] { min-width: 720px; }
</style>"""


def run(default: str = DEFAULT_PAGE) -> None:
    """Draw the sidebar, then the page the URL asks for (`default` when it asks for none)."""
    st.set_page_config(page_title="Souveraineté numérique", page_icon="🇪🇺", layout="wide")
    try:
        tables = get_tables()
    except NoTablesError as e:
        st.error(f"**{t('app.no_tables')}** {plain(e)}\n\n{t('app.how_to_build')}")
        st.stop()
    st.html(LINKS_CUT_WITH_ELLIPSIS)
    filters = sidebar(tables)
    account(filters.lang)
    st.session_state["_filters"] = filters
    reader = editor() is None
    # Absolute paths: the page tests' entry script lives in tests/, not beside pages/.
    pages = {key: st.Page(PROJECT / path, title=t(f"nav.{key}", filters.lang), icon=icon, url_path=url,
                          default=(key == default),
                          visibility="hidden" if reader and key in EDITOR_PAGES else "visible")
             for path, key, icon, url in PAGES}
    st.session_state["_pages"] = pages   # for page_link (ui.link_to), which wants the Page object
    st.navigation(list(pages.values())).run()
