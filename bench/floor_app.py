"""The floor of a first page in this browser on this machine, what Streamlit costs before the
dashboard adds anything. `bench run` opens it beside the dashboard, in three sizes ($FLOOR):

- `bare`: a title;
- `chart` (the default): a title and one small plotly chart;
- `sidebar`: the same, with the kinds of filter widgets the dashboard's sidebar holds.
"""
import os

import plotly.graph_objects as go
import streamlit as st

FLOOR = os.environ.get("FLOOR", "chart")
if FLOOR == "sidebar":
    with st.sidebar:
        st.segmented_control("Langue", ["Français", "English"], default="Français")
        for name in ("Thème", "Acteur", "Source"):
            st.multiselect(name, [f"{name} {i}" for i in range(20)])
        left, right = st.columns(2)
        left.date_input("Du", value=None)
        right.date_input("Au", value=None)
        st.text_input("Recherche")
        st.toggle("Masquer les lignes non relues")
        st.button("Réinitialiser les filtres")
st.title("Floor")
if FLOOR != "bare":
    st.plotly_chart(go.Figure(go.Bar(x=["a", "b"], y=[1, 2])))
