"""The floor of a first page in this browser on this machine: a bare Streamlit page with a title
and one small plotly chart, no data. `bench run` opens it beside the dashboard, so the dashboard's
first page reads as this floor plus what the dashboard adds."""
import plotly.graph_objects as go
import streamlit as st

st.title("Floor")
st.plotly_chart(go.Figure(go.Bar(x=["a", "b"], y=[1, 2])))
