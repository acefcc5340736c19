"""The Timeline page at corpus size (AppTest over the shipped build): it opens on the debate's years,
counts what it leaves out (deadlines after today, undated items), never puts a year-only item in
January, and highlights the search."""
from __future__ import annotations

import base64
import datetime as dt
import json

import numpy as np
import pandas as pd
import pytest
from streamlit.testing.v1 import AppTest

from conftest import PROJECT, open_page


@pytest.fixture
def timeline(shipped_build, monkeypatch):
    return lambda **params: open_page(shipped_build, monkeypatch, "timeline", timeout=120, **params)


def texts(at) -> str:
    return "\n".join([m.value for m in at.markdown] + [c.value for c in at.caption]).replace("\\", "")


def chart(at) -> dict:
    return json.loads(at.get("plotly_chart")[0].proto.spec)


def values(array) -> list:
    if isinstance(array, dict) and "bdata" in array:
        return np.frombuffer(base64.b64decode(array["bdata"]), dtype=array["dtype"]).tolist()
    return list(array or [])


def dated(tables, name) -> pd.DataFrame:
    frame = tables[name]
    start = pd.to_datetime(frame["start"] if name == "events" else frame["date"])
    return pd.DataFrame({"start": start, "precision": frame["precision" if name == "events" else "date_precision"]
                         .astype(object)}).dropna(subset=["start"])


def test_the_timeline_opens_on_2019_to_today_and_counts_deadlines_after_today_and_undated_items(
        timeline, shipped_tables):
    today = dt.date.today()
    at = timeline()
    shown = texts(at)
    assert "De 2019 à aujourd'hui" in shown
    later = sum(int((dated(shipped_tables, n)["start"] > pd.Timestamp(today)).sum())
                for n in ("events", "figures", "proposals"))
    undated = int(shipped_tables["figures"]["date"].isna().sum() + shipped_tables["proposals"]["date"].isna().sum())
    assert later and f"{later} échéance(s) après aujourd'hui" in shown
    assert f"{undated} sans date propre" in shown
    xs = pd.to_datetime([x for trace in chart(at)["data"] for x in values(trace["x"])])
    assert xs.min() >= pd.Timestamp("2019-01-01") and xs.max().year <= today.year   # no 2030 or 2050 on the axis
    at.toggle(key="timeline_everything").set_value(True).run()
    assert not at.exception
    xs = pd.to_datetime([x for trace in chart(at)["data"] for x in values(trace["x"])])
    assert xs.max().year == 2050 and "échéance(s) après" not in texts(at)


def test_year_only_items_are_counted_over_their_year_never_in_january(timeline, shipped_tables):
    today = pd.Timestamp(dt.date.today())
    fig = chart(timeline())
    below = [tr for tr in fig["data"] if tr.get("yaxis") == "y2"]
    above = [tr for tr in fig["data"] if tr.get("yaxis", "y") == "y"]
    assert below and above
    assert all(x.month == 7 for tr in below for x in pd.to_datetime(values(tr["x"])))   # mid-year
    in_window = [d[(d["start"] >= pd.Timestamp("2019-01-01")) & (d["start"] <= today)]
                 for d in (dated(shipped_tables, "figures"), dated(shipped_tables, "proposals"))]
    by_year = sum(int((d["precision"] == "year").sum()) for d in in_window)
    fine = sum(int((d["precision"] != "year").sum()) for d in in_window)
    drawn_below = sum(sum(values(tr["y"])) for tr in below if tr["name"] != "Événements")
    drawn_above = sum(sum(values(tr["y"])) for tr in above if tr["name"] != "Événements")
    assert (drawn_below, drawn_above) == (by_year, fine)   # no year item in a month's bar


def test_the_search_is_highlighted_on_the_timeline(timeline):
    at = timeline(q="cloud", lang="en")
    lines = [line for m in at.markdown if m.value.startswith("- ") for line in m.value.splitlines()]
    marked = [line.split(":orange-background[")[1].split("]")[0] for line in lines if ":orange-background[" in line]
    assert marked and {m.casefold() for m in marked} == {"cloud"}   # the matches, and only them, marked
    assert "From 2019 to today" in texts(at)


def test_the_table_under_the_chart_words_a_year_only_item_as_its_year_never_the_first_of_january(shipped_build,
                                                                                                 monkeypatch):
    monkeypatch.setenv("DASHBOARD_DATA", str(shipped_build))
    at = AppTest.from_file(str(PROJECT / "bench" / "page_app.py"), default_timeout=120)
    at.query_params["lang"] = "en"
    at.session_state["start_page"] = "timeline"
    at.session_state["timeline_table"] = True          # the table under the chart, opened
    at.session_state["timeline_everything"] = True     # every date: 2030-2050 targets, many dated by year only
    at.run()
    assert not at.exception, [e.message for e in at.exception]
    table = at.dataframe[0].value
    cells = set(table.astype(str).to_numpy().ravel())
    assert any(c.isdigit() and len(c) == 4 for c in cells), sorted(cells)[:10]   # '2030': a year item as a year
    assert not [c for c in cells if c.startswith(("1 January", "January 1"))], sorted(cells)[:10]
