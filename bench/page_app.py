"""AppTest entry: the dashboard's frame opening the page named in session state ("start_page").

AppTest's switch_page runs a page without the entry script (no sidebar, no filters), so the
benchmark and the page tests open each page as the default page of a fresh session instead, as a
visitor's first view is.
"""
import streamlit as st

from app.frame import run

run(default=st.session_state.get("start_page", "overview"))
