"""Every page, through Streamlit's AppTest: default, filtered, empty-result and English states."""
from __future__ import annotations

import base64
import re
import html
import json

import numpy as np

import pytest
from streamlit.testing.v1 import AppTest

from conftest import PROJECT

from app.frame import PAGES as ROUTES
from app.query.columnar import fold

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
               "actors": "Actors", "timeline": "Timeline", "sources": "Sources", "claims": "Claims",
               "export": "Export", "import": "Import", "review": "Review"}
    assert english[page] in texts(at)


@pytest.mark.parametrize("page", PAGES)
def test_page_filtered_by_theme(app, page):
    at = open_page(app(theme="cloud"), page)
    assert at.session_state["f_theme"] == ["cloud"]


@pytest.mark.parametrize("page", [p for p in PAGES if p not in ("actors", "import", "review")])   # no filtered data
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


def test_overview_bars_say_euros_and_status_and_keep_the_amount_as_written_in_the_hover(app, seed_tables):
    at = open_page(app(), "overview")
    fig = plotly_figures(at)[0]
    bars = [(y, x, text, data) for trace in fig["data"] for y, x, text, data in
            zip(trace_values(trace["y"]), trace_values(trace["x"]), trace["text"], trace["customdata"])]
    top = max(bars, key=lambda bar: bar[1])
    assert fig["layout"]["yaxis"]["categoryarray"][-1] == top[0]   # plotly draws the last category on top
    figures = seed_tables["figures"].set_index("figure_id")
    assert all(text.split(" · ")[0].endswith("€") for _, _, text, _ in bars)   # the chart is in euros
    assert top[2] == "442,8\u00a0Md€ · " + {"announced": "annoncé", "estimated": "estimé", "committed": "engagé",
                                            "spent": "dépensé"}[figures.loc[top[0], "status"]]
    assert "109\u00a0Md$" in [data[1] for *_, data in bars]          # the Summit's announcement, as written
    assert {data[3] for *_, data in bars} <= {"ponctuel", "annuel", "pluriannuel"}   # period on hover
    # a range is drawn as an interval from its low end to its high end, both in euros
    ranged = figures[(figures["bound"] == "range") & figures["value_eur"].notna()].index
    shown = [(y, text) for y, _, text, _ in bars if y in ranged]
    assert shown and all(" – " in text for _, text in shown)
    ups = {y: up for trace in fig["data"] for y, up in zip(trace_values(trace["y"]),
                                                          trace_values(trace["error_x"]["array"]))}
    for y, _ in shown:
        assert ups[y] == pytest.approx(figures.loc[y, "value_eur_high"] - figures.loc[y, "value_eur"])
    # the axis shows short labels, the hover the label in full
    assert all(len(html.unescape(label)) <= 40 for label in fig["layout"]["yaxis"]["ticktext"])


@pytest.mark.parametrize("lang, periods, nobody", [("fr", ("ponctuel", "annuel", "pluriannuel"), "non précisé"),
                                                   ("en", ("one-off", "annual", "multi-year"), "not given")])
def test_overview_cards_say_who_when_period_and_status(app, lang, periods, nobody):
    at = open_page(app(lang=lang), "overview")
    cards = [c.value.replace("\\", "") for c in at.caption if " · " in c.value][:len(at.metric) - 5]
    assert len(cards) == 4
    assert all(any(p in card for p in periods) for card in cards)   # the period of every headline figure
    assert all(nobody not in card for card in cards)


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


def test_proposals_over_time_count_undated_and_year_only_proposals_apart(app, seed_tables):
    proposals = seed_tables["proposals"]
    undated = int(proposals["date"].isna().sum())
    by_year = int((proposals["date_precision"] == "year").sum())
    assert undated and by_year   # the seed slice has both: 17 undated recommendations, 2 dated 2025
    at = open_page(app(), "proposals")
    summary = next(c.value for c in at.caption if "pic" in c.value).replace("\\", "")
    assert f"{undated} sans date propre" in summary and f"{by_year} datée(s) de l'année seulement" in summary
    assert "pic : janvier 2025" not in summary
    bars = plotly_figures(at)[2]
    drawn = sum(sum(trace_values(tr["y"])) for tr in bars["data"] if tr.get("type") == "bar")
    assert drawn == len(proposals) - undated - by_year   # only those dated to the day or month


def test_timeline_lists_a_year_item_under_its_year_and_counts_undated_apart(app, seed_tables):
    at = open_page(app(), "timeline")
    blocks = [m.value for m in at.markdown]
    year_only = seed_tables["proposals"][seed_tables["proposals"]["date_precision"] == "year"]
    years = {str(d.year) for d in year_only["date"]}
    for year in years:
        under = blocks[blocks.index(f"##### {year}") + 1]
        assert under.count("📝") == sum(str(d.year) == year for d in year_only["date"])
    undated = int(seed_tables["figures"]["date"].isna().sum() + seed_tables["proposals"]["date"].isna().sum())
    assert f"{undated} sans date propre" in texts(at).replace("\\", "")


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
    assert len(table) == bars and "Valeur en euros" in table.columns   # the chart's own rows, as a table


@pytest.mark.parametrize("page, table", [("overview", "overview_money"), ("figures", "figures_by_theme"),
                                         ("proposals", "proposals_matrix"), ("proposals", "proposals_over_time"),
                                         ("timeline", "timeline")])
@pytest.mark.parametrize("lang", ["fr", "en"])
def test_a_chart_table_reads_in_words(app, page, table, lang):
    at = app(lang=lang)
    at.session_state[f"{table}_table"] = True   # the table opened
    at = open_page(at, page)
    shown = at.dataframe[0].value
    assert not [c for c in shown.columns if "_" in c or c in ("n", "raw", "value", "period")]   # no raw name
    cells = shown.astype(str).to_numpy().ravel().tolist()
    assert not [c for c in cells if c in ("None", "nan", "NaT", "<NA>")]                     # '–' for nothing
    assert not [c for c in cells if re.fullmatch(r"\d{7,}(\.\d+)?", c)]                    # no raw 109000000000
    assert not [c for c in cells if re.fullmatch(r"\d{4}-\d\d-\d\d.*", c)]                  # dates in words


def test_the_overview_table_writes_amounts_as_the_chart_does(app):
    at = app()
    at.session_state["overview_money_table"] = True
    shown = open_page(at, "overview").dataframe[0].value
    assert "109\u00a0Md$" in list(shown["Valeur"])            # the Summit's announcement, as written
    assert all(v.endswith("€") for v in shown["Valeur en euros"])


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


def test_the_lever_bars_hover_in_words_and_a_click_lists_only_that_lever(app, seed_tables):
    at = open_page(app(), "proposals")
    bars = next(fig for fig in plotly_figures(at) if fig["data"][0].get("orientation") == "h")["data"][0]
    assert "proposition(s)" in bars["hovertemplate"] and "%{y}" in bars["hovertemplate"]
    levers = [data[0] for data in bars["customdata"]]   # what a click hands to the page
    assert set(levers) == set(seed_tables["proposals"]["lever"])
    from app.ui import select_filter
    clicked = levers[-1]
    at.session_state["proposals_by_lever"] = {"selection": {"points": [{"customdata": [clicked]}]}}

    def click(key=None):   # the chart's on_select callback, as Streamlit runs it before the rerun
        select_filter("proposals_by_lever", "proposals_lever")
    from unittest import mock
    with mock.patch("streamlit.session_state", at.session_state):
        click()
    at.run()
    assert not at.exception, [e.message for e in at.exception]
    assert at.multiselect(key="proposals_lever").value == [clicked]
    listed = [m.value for m in at.markdown if m.value.startswith("**")]
    n = int((seed_tables["proposals"]["lever"] == clicked).sum())
    assert len(listed) == min(n, 50) and 0 < n < len(seed_tables["proposals"])


@pytest.mark.parametrize("page, query, tab", [("sources", "cloud", None), ("actors", "cloud", "Propositions"),
                                              ("actors", "cloud", "Chiffres"), ("proposals", "cyber", None)])
def test_the_search_is_highlighted_on_the_page(app, page, query, tab):
    # on Actors, the profile of the seed actor with cloud proposals and figures (the Secretary of State)
    at = open_page(app(q=query, **({"actor": "secretariat-etat-numerique"} if tab else {})), page)
    if tab:   # the profile's part the reader opens
        at.session_state["actors_tab"] = next(t.label for t in at.tabs if t.label.startswith(tab))
        at.run()
    marked = re.findall(r":orange-background\[([^\]]*)\]", texts(at))
    assert marked and all(fold(m.replace("\\", "")) == query for m in marked)


def test_the_figures_table_marks_the_cells_the_search_found(app):
    at = open_page(app(q="cloud"), "figures")
    table = at.dataframe[-1]
    assert "255, 164, 33" in table.proto.arrow_data.styler.styles   # the matching cells are marked
    assert "255, 164, 33" not in open_page(app(), "figures").dataframe[-1].proto.arrow_data.styler.styles


@pytest.mark.parametrize("lang, prefix", [("fr", "Source : "), ("en", "Source: ")])
def test_a_cards_source_link_says_source_the_readers_way_and_cuts_a_long_title_with_an_ellipsis(app, lang, prefix):
    at = open_page(app(lang=lang), "overview")
    links = [(link.proto.label.replace("\\", ""), link.proto.help.replace("\\", ""))
             for link in at.get("page_link") if "Source" in link.proto.label]
    assert len(links) == 4 and all(label.startswith(prefix) for label, _ in links)
    cut = [(label, full) for label, full in links if len(full) > 40]
    assert cut   # the seed's headline sources have long titles
    for label, full in cut:
        assert len(label) <= 40 and label.endswith("…") and full.startswith(label[:-1].rstrip())


@pytest.mark.parametrize("lang, shown", [("fr", "DD/MM/YYYY"), ("en", "YYYY-MM-DD")])
def test_the_sidebar_dates_read_the_readers_way_each_on_the_sidebars_whole_width(app, lang, shown):
    at = open_page(app(lang=lang), "overview")
    dates = at.sidebar.date_input
    assert [d.proto.format for d in dates] == [shown, shown]
    assert not re.search(r"\d{4}-\d\d", dates[0].proto.help)   # the span of the data, in words
    assert not any(col.date_input for col in at.sidebar.columns)   # not squeezed two to a row


def chart_words(fig: dict) -> set[str]:
    """The words a chart shows: its categories, texts and names (not its numbers)."""
    words = set()
    for trace in fig["data"]:
        for key in ("x", "y", "text"):
            values = trace.get(key)
            if isinstance(values, list):
                words.update(v for v in values if isinstance(v, str))
        words.update(data[1] for data in trace.get("customdata") or [] if isinstance(data, list) and len(data) > 1
                     and isinstance(data[1], str))
    return {html.unescape(w) for w in words}


@pytest.mark.parametrize("page", ["figures", "proposals", "actors"])
def test_english_charts_name_actors_in_english(app, seed_tables, page):
    actors = seed_tables["actors"]
    translated = actors[actors["short_name_en"].fillna("").ne("") & actors["short_name_en"].ne(actors["short_name"])]
    translated = translated.assign(english=translated["short_name_en"])
    assert {"UE", "Gouvernement"} <= set(translated["short_name"])   # the seed names both, the English data too
    at = open_page(app(lang="en"), page)
    words = set().union(*(chart_words(fig) for fig in plotly_figures(at)))
    french = set(translated["short_name"]) | set(translated["name"])
    assert not words & french, words & french
    assert words & set(translated["english"]) | words & set(translated["name_en"])
    at = open_page(app(lang="fr"), page)
    words = set().union(*(chart_words(fig) for fig in plotly_figures(at)))
    assert words & french   # and in French, in French


def test_the_export_preview_shows_the_csvs_cells_never_none(app):
    at = open_page(app(), "export")
    previews = [d.value for d in at.dataframe]
    assert previews
    cells = [str(v) for df in previews for v in df.to_numpy().ravel()]
    assert "" in cells and not [c for c in cells if c in ("None", "nan", "NaT", "<NA>")]
    figures = previews[0]
    assert "1.09e+11" not in cells and any(c.startswith("109000000000") for c in figures["value"])


def test_the_sidebar_lists_actors_in_the_order_of_the_readers_language(app, seed_tables):
    actors = seed_tables["actors"]
    english = actors[actors["name_en"].fillna("").ne("") & actors["name_en"].ne(actors["name"])]
    assert len(english), "the seed names an actor differently in English"
    for lang in ("fr", "en"):
        at = open_page(app(lang=lang), "overview")
        shown = list(at.sidebar.multiselect[1].options)   # the labels a reader sees, in order
        assert shown == sorted(shown, key=fold), shown[:8]
        mine, other = ("name", "name_en") if lang == "fr" else ("name_en", "name")
        assert set(english[mine]) <= set(shown) and not set(english[other]) & set(shown)
