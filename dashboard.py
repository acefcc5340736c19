"""Entry point: `streamlit run dashboard.py`. The frame (sidebar filters) and the router."""
from __future__ import annotations

import streamlit as st

from app.i18n import t
from app.query import NoTablesError
from app.ui import get_tables, plain, sidebar

st.set_page_config(page_title="Souveraineté numérique", page_icon="🇪🇺", layout="wide")

PAGES = [  # (file, key in the catalogue's [nav] section, icon, URL path)
    ("pages/overview.py", "overview", "🏠", "overview"),
    ("pages/figures.py", "figures", "📊", "figures"),
    ("pages/proposals.py", "proposals", "📝", "proposals"),
    ("pages/actors.py", "actors", "🕸️", "actors"),
    ("pages/timeline.py", "timeline", "🗓️", "timeline"),
    ("pages/sources.py", "sources", "📚", "sources"),
    ("pages/export.py", "export", "⬇️", "export"),
]

try:
    tables = get_tables()
except NoTablesError as e:
    st.error(f"**{t('app.no_tables')}** {plain(e)}\n\n{t('app.how_to_build')}")
    st.stop()

filters = sidebar(tables)
st.session_state["_filters"] = filters
lang = filters.lang
pages = [st.Page(path, title=t(f"nav.{key}", lang), icon=icon, url_path=url, default=(i == 0))
         for i, (path, key, icon, url) in enumerate(PAGES)]
st.navigation(pages).run()
