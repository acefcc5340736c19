"""AppTest entry for the benchmark: the dashboard's frame opening the page named in session state.

AppTest's switch_page runs a page without the entry script (no sidebar, no filters), so each
page is opened as the default page of a fresh session instead, as a visitor's first view is.
"""
import streamlit as st

from app.frame import run

run(default=st.session_state.get("bench_page", "overview"))
