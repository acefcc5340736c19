"""AppTest entry: the dashboard's frame with the page named in session state as the default page.

AppTest's switch_page runs a page without the entry script (no sidebar, no filters), so the page
tests open each page as the default one instead.
"""
import streamlit as st

from app.frame import run

run(default=st.session_state.get("test_page", "overview"))
