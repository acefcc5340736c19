"""app/charts.py: what each builder draws, at the edges a reader would notice."""
from __future__ import annotations

import pandas as pd
import plotly.graph_objects as go

import pytest

from app.charts import figure_dots, figures_over_time, matrix, network, ranked_bars, short_label, timeline_lanes

LANES = {"event": "Événements", "figure": "Chiffres", "proposal": "Propositions"}


def _markers(fig, name):
    return next(tr for tr in fig.data if tr.name == name)


def test_a_year_only_item_is_drawn_over_its_year_not_on_the_first_of_january():
    items = pd.DataFrame({"lane": ["figure", "figure"], "label": ["Annuel", "Daté"],
                          "when": pd.to_datetime(["2015-01-01", "2015-03-10"]),
                          "until": pd.to_datetime(["2015-01-01", "2015-03-10"]), "precision": ["year", "day"]})
    fig = timeline_lanes(items, LANES, "fr")
    dots = _markers(fig, "Chiffres")
    assert pd.Timestamp(dots.x[0]).month == 7             # mid-year, an open marker
    assert dots.marker.symbol[0].endswith("-open") and not dots.marker.symbol[1].endswith("-open")
    assert pd.Timestamp(dots.x[1]) == pd.Timestamp("2015-03-10")
    span = [tr for tr in fig.data if tr.mode == "lines"][0]
    assert [pd.Timestamp(x) for x in span.x[:2]] == [pd.Timestamp("2015-01-01"), pd.Timestamp("2015-12-31")]
    assert [row[1] for row in dots.customdata] == ["2015", "10 mars 2015"]   # the hover at each precision


def test_figures_over_time_draw_a_year_figure_as_its_year():
    rows = pd.DataFrame({"period": ["annual", "annual"], "when": pd.to_datetime(["2024-01-01", "2024-06-01"]),
                         "date_precision": ["year", "month"], "plotted": [1e9, 2e9], "theme": ["cloud", "cloud"],
                         "label": ["a", "b"], "shown": ["1 Md€", "2 Md€"], "raw": ["1 Md€", "2 Md€"]})
    fig = figures_over_time(rows, {"annual": "annuel"}, "money", True, "€", "fr")
    dots = _markers(fig, "annuel")
    assert pd.Timestamp(dots.x[0]).month == 7 and pd.Timestamp(dots.x[1]) == pd.Timestamp("2024-06-01")
    assert [row[4] for row in dots.customdata] == ["2024", "juin 2024"]


@pytest.mark.parametrize("text, shown", [
    ("Cloud de confiance", "Cloud de confiance"),
    ("Le marché européen du cloud atteindra des centaines de milliards d'euros d'ici 2030",
     "Le marché européen du cloud atteindra…"),
    ("x" * 60, "x" * 39 + "…"),
])
def test_a_long_label_is_cut_at_a_word_with_an_ellipsis(text, shown):
    assert short_label(text) == shown and len(short_label(text)) <= 40


def test_a_range_is_drawn_as_an_interval_from_its_low_to_its_high_end():
    rows = pd.DataFrame({"period": ["one_off", "one_off"], "theme": ["cloud", "ia"], "measure": ["money"] * 2,
                         "plotted": [1e5, 2e9], "value": [1e5, 2e9], "value_high": [1e10, None],
                         "value_eur": [1e5, 2e9], "value_eur_high": [1e10, None], "bound": ["range", "exact"],
                         "label": ["a", "b"], "shown": ["100 k€ – 10 Md€", "2 Md€"], "raw": ["r", "s"]})
    fig = figure_dots(rows, "theme", {"cloud": "Cloud", "ia": "IA"}, {"one_off": "ponctuel"}, "money", True,
                      "€", "fr")
    bars = fig.data[0].error_x
    assert list(bars.array) == [1e10 - 1e5, 0] and list(bars.arrayminus) == [0, 0]
    assert max(fig.layout.xaxis.tickvals) >= 1e10   # the axis reaches the high end, above the largest value


def test_one_item_gets_whole_steps_and_a_colour_scale_from_zero():
    bars = ranked_bars(["Incitation fiscale"], [1], "fr", "Nombre")
    assert bars.layout.xaxis.tickvals == (0.0, 1.0)                 # not 0, 0,2, 0,4...
    cells = pd.DataFrame({"actor_id": ["a"], "theme": ["cloud"], "proposals": [1]})
    squares = matrix(cells, {"a": "A"}, {"cloud": "Cloud"}, "fr", "propositions").data[0].marker
    assert (squares.cmin, squares.cmax) == (0, 2)                   # not a scale of 0,6 to 1,4


def test_two_amounts_within_a_decade_keep_several_ticks_on_a_log_axis():
    rows = pd.DataFrame({"period": ["one_off"] * 2, "theme": ["cloud"] * 2, "measure": ["money"] * 2,
                         "plotted": [3e9, 6e9], "label": ["a", "b"], "shown": ["3 Md€", "6 Md€"], "raw": ["r", "s"]})
    axis = figure_dots(rows, "theme", {"cloud": "Cloud"}, {"one_off": "ponctuel"}, "money", True, "€", "fr").layout.xaxis
    inside = [v for v in axis.tickvals if 10 ** axis.range[0] <= v <= 10 ** axis.range[1]]
    assert len(inside) >= 2 and "5\u00a0Md€" in axis.ticktext


@pytest.mark.parametrize("lang, hover", [("fr", "%{y}\u00a0: %{x}<extra></extra>"), ("en", "%{y}: %{x}<extra></extra>")])
def test_bar_hovers_name_the_bar_with_the_readers_colon(lang, hover):
    assert ranked_bars(["Incitation fiscale", "Commande publique"], [2, 1], lang, "n").data[0].hovertemplate == hover


def test_the_network_names_the_most_cited_actors_without_piling_labels():
    n = 40   # the corpus' network: 40 actors, most of them linked to most others
    nodes = pd.DataFrame({"actor_id": [f"a{i}" for i in range(n)], "short_name": [f"Acteur {i}" for i in range(n)],
                          "name": [f"Acteur numéro {i}" for i in range(n)], "type": ["company"] * n,
                          "sources": list(range(n, 0, -1))})
    edges = pd.DataFrame([(f"a{i}", f"a{j}", 1 + (i + j) % 3) for i in range(n) for j in range(i + 1, n)
                          if (i * j) % 3 == 0], columns=["a", "b", "sources"])
    fig = network(nodes, edges, {"company": "entreprise"}, ["a39"], "%{customdata[2]} sources")
    names = next(tr for tr in fig.data if tr.mode == "text")
    dots = next(tr for tr in fig.data if tr.mode == "markers")
    named = list(zip(names.x, names.y, names.text))
    assert 2 <= len(named) <= 15 and "Acteur 0" in [t for *_, t in named]   # the most cited
    assert "Acteur 39" in [t for *_, t in named]   # the actor picked in the filter is always named
    span_x, span_y = max(dots.x) - min(dots.x), max(dots.y) - min(dots.y)
    for i, (x1, y1, t1) in enumerate(named):   # no two labels' boxes overlap (as sized for 600 px)
        for x2, y2, t2 in named[i + 1:]:
            apart_x = abs(x1 - x2) >= (len(t1) + len(t2)) * 3 * span_x / 600
            apart_y = abs(y1 - y2) >= 16 * span_y / 540
            assert apart_x or apart_y, (t1, t2)


def _events(n: int) -> pd.DataFrame:
    when = pd.date_range("2025-01-01", periods=n, freq="7D")
    return pd.DataFrame({"when": when, "until": when, "name": [f"Événement {i}" for i in range(n)],
                         "name_en": [f"Event {i}" for i in range(n)], "precision": "day"})


def test_a_few_events_get_a_line_down_the_chart_many_only_their_marker():
    from app.charts import LINED_EVENTS, add_events_layer
    for n, lined in ((3, True), (LINED_EVENTS + 20, False)):
        fig = add_events_layer(go.Figure(go.Bar(x=["2025-01-01"], y=[1])), _events(n), "Événements", "fr")
        lines, markers = fig.data[-2], fig.data[-1]
        assert len(markers.x) == n                        # every event keeps its marker and hover
        assert bool(lines.x and len(lines.x)) is lined    # a hatch of 32 dotted lines would hide the bars
