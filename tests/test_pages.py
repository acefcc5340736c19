"""Every page, through Streamlit's AppTest: default, filtered, empty-result and English states."""
from __future__ import annotations

import base64
import json

import numpy as np

import pytest
from streamlit.testing.v1 import AppTest

from conftest import PROJECT

from app.frame import PAGES as ROUTES

PAGES = [key for _, key, _, _ in ROUTES]


@pytest.fixture
def app(seed_build, monkeypatch):
    monkeypatch.setenv("DASHBOARD_DATA", str(seed_build))

    def make(**params):
        # page_app.py is the dashboard's frame with a chosen default page (see its docstring)
        at = AppTest.from_file(str(PROJECT / "bench" / "page_app.py"), default_timeout=60)
        for key, value in params.items():
            at.query_params[key] = value
        return at
    return make


def open_page(at, page):
    at.session_state["start_page"] = page
    at.run()
    assert not at.exception, [e.message for e in at.exception]
    return at


def texts(at) -> str:
    parts = [m.value for m in at.markdown] + [c.value for c in at.caption] + [s.value for s in at.subheader]
    parts += [t.value for t in at.title] + [i.value for i in at.info] + [w.value for w in at.warning]
    parts += [str(m.label) + str(m.value) for m in at.metric]
    return "\n".join(map(str, parts))


def plotly_figures(at) -> list[dict]:
    return [json.loads(el.proto.spec) for el in at.get("plotly_chart")]


def trace_values(array) -> list:
    """A trace's data array: plotly ships numbers as typed arrays ({"dtype", "bdata"}), text as lists."""
    if isinstance(array, dict) and "bdata" in array:
        return np.frombuffer(base64.b64decode(array["bdata"]), dtype=array["dtype"]).tolist()
    return list(array or [])


@pytest.mark.parametrize("page", PAGES)
def test_page_default_state_shows_content(app, page):
    at = open_page(app(), page)
    assert at.title, f"{page} has no title"
    assert not at.get("stException")


@pytest.mark.parametrize("page", PAGES)
def test_page_in_english(app, page):
    at = open_page(app(lang="en"), page)
    assert at.session_state["f_lang"] == "en"
    english = {"overview": "Overview", "figures": "Figures", "proposals": "Proposals",
               "actors": "Actors", "timeline": "Timeline", "sources": "Sources", "claims": "Claims", "export": "Export",
               "import": "Import"}
    assert english[page] in texts(at)


@pytest.mark.parametrize("page", PAGES)
def test_page_filtered_by_theme(app, page):
    at = open_page(app(theme="cloud"), page)
    assert at.session_state["f_theme"] == ["cloud"]


@pytest.mark.parametrize("page", [p for p in PAGES if p not in ("actors", "import")])   # no filtered data
def test_page_with_no_result_shows_the_empty_state(app, page):
    at = open_page(app(q="zzzqqq"), page)
    assert "Aucun résultat" in texts(at)


def test_malformed_url_values_give_a_note_not_an_error(app):
    at = open_page(app(theme=["cloud", "<script>x</script>"], **{"from": "2025-02-30"}), "overview")
    notes = " ".join(w.value for w in at.sidebar.warning)
    assert "<script>x</script>" in notes.replace("\\", "") and "2025-02-30" in notes.replace("\\", "")
    assert at.session_state["f_theme"] == ["cloud"]


def test_overview_cards_and_money_chart(app):
    at = open_page(app(), "overview")
    values = [m.value for m in at.metric]
    assert "264\u00a0Md€" in values            # the Cigref/Asterès study, the French way
    fig = plotly_figures(at)[0]
    assert fig["layout"]["xaxis"]["type"] == "log"
    euros = [x for trace in fig["data"] for x in trace_values(trace["x"])]
    assert max(euros) == pytest.approx(5e11 / 1.1293)   # Stargate, converted at the 2025 rate


def test_overview_bars_put_the_largest_on_top_and_write_each_amount_as_its_source_did(app):
    at = open_page(app(), "overview")
    fig = plotly_figures(at)[0]
    bars = [(y, x, text) for trace in fig["data"]
            for y, x, text in zip(trace_values(trace["y"]), trace_values(trace["x"]), trace["text"])]
    top = max(bars, key=lambda bar: bar[1])
    assert fig["layout"]["yaxis"]["categoryarray"][-1] == top[0]   # plotly draws the last category on top
    assert "109\u00a0Md$" in [text for _, _, text in bars]          # the Summit's announcement, in dollars
    hovers = {y: h for trace in fig["data"] for y, h in zip(trace_values(trace["y"]), trace["hovertext"])}
    assert hovers[top[0]] == "442,8\u00a0Md€"   # Stargate's 500 billion dollars, in euros the French way


def test_overview_theme_filter_narrows_the_chart(app):
    everything = sum(len(trace_values(t["x"])) for t in plotly_figures(open_page(app(), "overview"))[0]["data"])
    cloud = sum(len(trace_values(t["x"])) for t in plotly_figures(open_page(app(theme="cloud"), "overview"))[0]["data"])
    assert 0 < cloud < everything


def test_figures_page_compares_money_in_euros_with_french_ticks_and_a_caveat(app, seed_tables):
    at = open_page(app(), "figures")
    assert any("pas de même nature" in w.value for w in at.warning)   # annual beside one-off amounts
    fig = plotly_figures(at)[0]
    assert any(text.endswith("Md€") for text in fig["layout"]["xaxis"]["ticktext"])
    assert fig["layout"]["xaxis"]["type"] == "log"
    plotted = [x for trace in fig["data"] for x in trace_values(trace["x"])]
    assert at.session_state["figures_measure"] == "money"
    assert len(plotted) == (seed_tables["figures"]["measure"] == "money").sum()


def test_figures_page_follows_the_theme_filter(app):
    at = open_page(app(theme="cloud"), "figures")
    fig = plotly_figures(at)[0]
    assert {y for trace in fig["data"] for y in trace["y"]} == {"Cloud"}
    assert not at.warning or all("pas de même nature" in w.value for w in at.warning)


def test_figures_page_switches_to_shares_on_a_linear_axis(app):
    at = open_page(app(lang="en"), "figures")
    at.button_group(key="figures_measure").set_value("share").run()
    fig = plotly_figures(at)[0]
    assert fig["layout"]["xaxis"]["type"] == "linear"
    assert sorted(x for trace in fig["data"] for x in trace_values(trace["x"])) == [4.0, 25.0, 50.0]
    assert "50%" in fig["layout"]["xaxis"]["ticktext"]


def test_proposals_page_highlights_the_search(app):
    at = open_page(app(q="cyber"), "proposals")
    marked = [m.value for m in at.markdown if ":orange-background[" in m.value]
    assert marked and all("cyber" in m.lower() for m in marked)
    matrix = plotly_figures(at)[0]
    assert matrix["data"][0]["customdata"]          # (theme, actor) of each cell, for click-to-filter


def test_timeline_page_puts_events_figures_and_proposals_on_one_axis(app):
    at = open_page(app(lang="en"), "timeline")
    names = {trace.get("name") for trace in plotly_figures(at)[0]["data"]}
    assert {"Events", "Figures", "Proposals"} <= names
    assert "AI Action Summit" in texts(at)


def test_proposals_list_narrows_to_the_kind_and_lever_picked(app):
    at = open_page(app(), "proposals")
    kinds = at.multiselect(key="proposals_kind")
    everything = [m.value for m in at.markdown if m.value.startswith("**")]
    kind = kinds.options[0]
    kinds.set_value([kinds.options[0]])
    at.run()
    assert not at.exception, [e.message for e in at.exception]
    kept = [m.value for m in at.markdown if m.value.startswith("**")]
    assert 0 < len(kept) < len(everything)
    from app.ui import label
    assert all(label(kind, "fr") in m.value for m in at.markdown if m.value.startswith("**"))
    levers = at.multiselect(key="proposals_lever")
    levers.set_value([levers.options[0]])
    at.run()
    assert not at.exception, [e.message for e in at.exception]
    assert len([m.value for m in at.markdown if m.value.startswith("**")]) <= len(kept)


def test_a_chart_table_is_sent_only_once_opened(app):
    at = open_page(app(), "overview")
    assert [e.label for e in at.expander] == ["Voir les données du graphique"]
    assert not at.dataframe                                # closed: nothing sent, nothing drawn
    at.session_state["overview_money_table"] = True        # what the reader's click sets
    at.run()
    assert not at.exception, [e.message for e in at.exception]
    table = at.dataframe[0].value
    bars = sum(len(trace_values(t["x"])) for t in plotly_figures(at)[0]["data"])
    assert len(table) == bars and "figure_id" in table.columns   # the chart's own rows, as a table


def test_an_actor_profile_builds_only_the_tab_the_reader_is_on(app, seed_tables):
    at = open_page(app(), "actors")
    labels = [tab.label for tab in at.tabs]
    sources = next(label for label in labels if label.startswith("Sources"))
    assert at.session_state["actors_tab"] == labels[0] != sources        # the first tab is open...
    assert not at.get("page_link")                                       # ...and the sources' is not built
    at.session_state["actors_tab"] = sources                             # what the reader's click sets
    at.run()
    assert not at.exception, [e.message for e in at.exception]
    named = int(sources.split("(")[1].rstrip(")"))
    assert len(at.get("page_link")) == named > 0                        # one link per source naming it
    assert not any(m.value.startswith("- ") for m in at.markdown)       # the figures' list is gone


def test_the_profile_part_the_reader_opened_stays_open_when_its_count_changes(app):
    at = open_page(app(), "actors")
    sources = next(tab.label for tab in at.tabs if tab.label.startswith("Sources"))
    at.session_state["actors_tab"] = sources
    at.run()
    at.multiselect(key="f_theme").set_value(["cloud"])   # the counts, and so the tabs' labels, change
    at.run()
    assert not at.exception, [e.message for e in at.exception]
    now = next(tab.label for tab in at.tabs if tab.label.startswith("Sources"))
    assert now != sources and at.session_state["actors_tab"] == now
