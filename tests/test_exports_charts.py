"""Chart images explain themselves: every chart carries its title, a source line and the dataset version
inside the figure (so a downloaded image does too), and its image button saves PNG or SVG as the reader
picks, named after the chart and the version. Through AppTest: the figure's JSON and its plotly config."""
from __future__ import annotations

import json
import re

import pytest
from streamlit.testing.v1 import AppTest

from app.query import load_tables
from conftest import PROJECT


@pytest.fixture
def app(seed_build, monkeypatch):
    monkeypatch.setenv("DASHBOARD_DATA", str(seed_build))

    def make(page: str, lang: str = "fr"):
        at = AppTest.from_file(str(PROJECT / "bench" / "page_app.py"), default_timeout=60)
        at.session_state["start_page"] = page
        if lang != "fr":
            at.query_params["lang"] = lang
        at.run()
        assert not at.exception, [e.message for e in at.exception]
        return at
    return make


def words(title: str) -> str:
    """The title as a reader sees it: its lines joined, plotly's tags left out."""
    return re.sub(r"<[^>]+>", "", title.replace("<br>", " "))


def charts(at) -> list[tuple[dict, dict]]:
    """(figure, plotly config) of each chart on the page."""
    return [(json.loads(el.proto.spec), json.loads(el.proto.config)) for el in at.get("plotly_chart")]


@pytest.mark.parametrize("page", ["overview", "figures", "proposals", "actors", "timeline"])   # the pages with charts
def test_every_chart_names_itself_its_source_and_the_dataset_version(app, seed_build, page):
    version = load_tables(seed_build).version
    found = charts(app(page))
    assert found
    for figure, config in found:
        title = words(figure["layout"]["title"]["text"])
        assert "Source\u00a0: Souveraineté numérique, jeu de données" in title
        assert version in title
        options = config["toImageButtonOptions"]
        assert options["format"] == "png" and options["filename"].endswith(f"-{version}")
        assert options["filename"] != "newplot" and " " not in options["filename"]


def test_the_overview_chart_says_what_it_shows_and_saves_as_svg_when_asked(app, seed_build):
    version = load_tables(seed_build).version
    at = app("overview")
    (figure, config), = charts(at)
    assert words(figure["layout"]["title"]["text"]).startswith("Vue d'ensemble — Montants comparés, en euros")
    assert config["toImageButtonOptions"] == {
        "format": "png", "filename": f"vue-d-ensemble-montants-compares-en-euros-echelle-logarithmique-{version}",
        "scale": 2}
    picker, = [c for c in at.segmented_control if c.label == "Image du graphique"]
    assert picker.value == "png"
    picker.set_value("svg").run()
    (figure, config), = charts(at)
    assert config["toImageButtonOptions"]["format"] == "svg"
    assert version in figure["layout"]["title"]["text"]     # the SVG carries the same words


def test_charts_explain_themselves_in_english(app, seed_build):
    version = load_tables(seed_build).version
    (figure, config), = charts(app("overview", "en"))
    title = words(figure["layout"]["title"]["text"])
    assert title.startswith("Overview") and f"Source: Digital sovereignty, dataset {version}" in title
    assert config["toImageButtonOptions"]["filename"].startswith("overview-")
    assert config["locale"] == "en"
