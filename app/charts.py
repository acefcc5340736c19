"""Chart builders: plotly figures from aggregated frames, with a colour-blind-safe palette."""
from __future__ import annotations

import datetime as dt
import functools
import html
import math

import numpy as np
import pandas as pd
import plotly.graph_objects as go

from .fmt import format_figure, format_partial_date
from .query.lookups import ACTOR_TYPES, PERIODS
from .ticks import date_ticks, value_formatter, value_ticks

# Okabe & Ito's palette: distinguishable with every common colour-vision deficiency.
PALETTE = ["#0072B2", "#E69F00", "#009E73", "#CC79A7", "#56B4E9", "#D55E00", "#F0E442", "#000000"]
SEQUENTIAL = "Cividis"   # perceptually uniform and colour-blind safe, for heatmaps
FONT = dict(family="DejaVu Sans, Arial, sans-serif", size=13)
MONEY_BARS = 25   # the largest amounts the Overview draws; the Figures page and the export hold the rest


def style(fig: go.Figure, height: int = 420) -> go.Figure:
    """The house style: palette, font, tight margins, no title (the page writes it)."""
    fig.update_layout(colorway=PALETTE, font=FONT, height=height, margin=dict(l=10, r=10, t=30, b=10),
                      legend=dict(orientation="h", yanchor="bottom", y=1.02, x=0),
                      separators=", ", hoverlabel=dict(font=FONT))
    return fig


def separators(lang: str) -> str:
    """Plotly's decimal and thousands separators: ', ' (French: 2,6 and 1 000) or '.,'."""
    return ", " if lang == "fr" else ".,"


def colon(lang: str) -> str:
    """' : ' in French (a no-break space before), ': ' in English."""
    return "\u00a0: " if lang == "fr" else ": "


def value_axis(fig: go.Figure, axis: str, values, measure: str, log: bool, title: str, lang: str) -> None:
    """A value axis with ticks the reader's way ('100 Md€', '25 %'), linear or log."""
    values = [float(v) for v in values if pd.notna(v)]
    ticks = value_ticks(values, log, whole=measure == "count")
    write = value_formatter(measure, lang)
    spec = dict(type="log" if log else "linear", title=title, tickvals=ticks, ticktext=[write(v) for v in ticks])
    positive = [v for v in values if v > 0]
    if log and ticks and positive:   # the axis spans its ticks: plotly's own range can hide all but one
        spec["range"] = [math.log10(min(ticks[0], min(positive))) - 0.05, math.log10(max(ticks[-1], max(positive))) + 0.05]
    fig.update_layout({f"{axis}axis": spec})


def date_axis(fig: go.Figure, axis: str, whens, lang: str) -> None:
    """A time axis labelled 'janv. 2025' (plotly's own month names are English only)."""
    ticks, texts = date_ticks(whens, lang)
    fig.update_layout({f"{axis}axis": dict(type="date", tickvals=ticks, ticktext=texts)})


# --- builders ------------------------------------------------------------------------------------
# Text from the data goes through `_esc` before plotly sees it: plotly reads <b>, <a>... in hover
# labels and tick texts, and source text must never become markup. Quotes stay quotes: plotly reads
# '&lt;' and '&amp;' back, but shows '&quot;' as it is.
PERIOD_ORDER = PERIODS   # the schema's order: a period keeps its colour and symbol on every page
LANE_ORDER = ("event", "figure", "proposal")


def esc(text) -> str:
    """Data text as plotly text: '<b>' shows as '<b>', a quote as a quote."""
    return html.escape(str(text), quote=False)


def _esc(values) -> np.ndarray:
    return np.array([esc(v) for v in values], dtype=object)


def _columns(*columns) -> np.ndarray:
    """customdata as one array (a column per field): plotly validates a list of tuples item by item,
    four times slower for a few hundred points."""
    return np.column_stack([np.asarray(c, dtype=object) for c in columns]) if len(columns[0]) else \
        np.empty((0, len(columns)), dtype=object)


def _year_items(when: pd.Series, precision) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Where each item sits on a time axis, and the years of those dated only by year: such an item is
    drawn as its whole year (a span and an open marker at mid-year), never as 1 January.
    Returns (x, mask of year-only items, the end of each item's year)."""
    stamps = pd.to_datetime(when).to_numpy()
    year = np.asarray(precision, dtype=object) == "year"
    x = stamps.copy()
    x[year] = stamps[year] + np.timedelta64(182, "D")
    ends = (stamps.astype("datetime64[Y]") + np.timedelta64(1, "Y")).astype("datetime64[ns]") - np.timedelta64(1, "D")
    return x, year, ends


def _span_lines(starts, ends, ys) -> tuple[list, list]:
    """x and y of separate segments (a None between two: plotly does not join them)."""
    xs, out = [], []
    for start, end, y in zip(starts, ends, ys):
        xs += [start, end, None]
        out += [y, y, None]
    return xs, out


LABEL_CHARS = 40   # an axis label longer than this is cut (with '…'); the hover holds it in full


def short_label(text, limit: int = LABEL_CHARS) -> str:
    """`text` cut at a word before `limit` characters, with an ellipsis: an imported sentence used as
    a label must not crush the chart (and is unreadable at phone width)."""
    text = " ".join(str(text).split())
    if len(text) <= limit:
        return text
    cut = text[:limit - 1].rsplit(" ", 1)[0] if " " in text[:limit - 1] else text[:limit - 1]
    return cut.rstrip(" ,;:.-–") + "…"


def plotted_high(rows: pd.DataFrame) -> np.ndarray:
    """The high end of each figure given as a range, on the plotted scale (euros for money converted,
    else the value), NaN for the others: a range is drawn as an interval, not as its low end."""
    if "value_high" not in rows:
        return np.full(len(rows), np.nan)
    euros = rows["value_eur_high"] if "value_eur_high" in rows else pd.Series(np.nan, index=rows.index)
    in_euros = (rows["measure"] == "money") & rows["value_eur"].notna() if "value_eur" in rows else False
    high = euros.where(in_euros, rows["value_high"]).astype(float)
    return high.where(rows["bound"].astype(object) == "range").to_numpy()


def _with_high_ends(rows: pd.DataFrame, high: np.ndarray) -> pd.Series:
    """The plotted values and the ranges' high ends (`plotted_high(rows)`): the value axis reaches
    the top of every interval."""
    return pd.concat([rows["plotted"], pd.Series(high[~np.isnan(high)])], ignore_index=True)


def range_bars(low, high) -> dict:
    """An error bar from each low end up to its high end (nothing for a single value)."""
    up = np.nan_to_num(np.asarray(high, dtype=float) - np.asarray(low, dtype=float), nan=0.0)
    return dict(type="data", symmetric=False, array=up, arrayminus=np.zeros(len(up)), thickness=2.5, width=7,
                visible=bool((up > 0).any()))


@functools.lru_cache(maxsize=8192)
def _date_text(day: dt.date, precision: str, lang: str) -> str:
    return format_partial_date(day, precision, lang)


def _dates(when: pd.Series, precision, lang: str) -> np.ndarray:
    """Each date at its precision ('2025', 'mars 2025', '1er mars 2025'), for a hover; a chart's
    hundreds of points share few dates, each worded once (babel's formatting is the cost)."""
    return np.array([_date_text(w.date(), p, lang) if pd.notna(w) else "–"
                     for w, p in zip(pd.to_datetime(when), precision)], dtype=object)


def figure_dots(rows: pd.DataFrame, category: str, category_names: dict[str, str],
                period_names: dict[str, str], measure: str, log: bool, value_title: str, lang: str) -> go.Figure:
    """One dot per figure: categories on the y axis, the plotted value on x, colour by period.

    `rows` needs plotted, shown (the value as a reader writes it), raw, label, period and the
    `category` column; clicking a dot hands `category`'s id to the page (customdata[0]).
    """
    traces = []
    order = sorted(rows[category].dropna().unique(), key=lambda c: str(category_names.get(c, c)).casefold())
    high, periods = plotted_high(rows), rows["period"].to_numpy(dtype=object)   # once, not once per period
    for i, period in enumerate(PERIOD_ORDER):
        group = rows[periods == period]
        if group.empty:
            continue
        traces.append(dict(
            type="scatter", x=group["plotted"].to_numpy(), y=_esc(category_names.get(c, c) for c in group[category]),
            mode="markers", name=period_names[period], error_x=range_bars(group["plotted"], high[periods == period]),
            marker=dict(size=11, color=PALETTE[i], symbol=("circle", "square", "diamond")[i], opacity=0.85,
                        line=dict(width=0.5, color="#333333")),
            customdata=_columns(group[category], _esc(group["label"]), _esc(group["shown"]), _esc(group["raw"])),
            hovertemplate="<b>%{customdata[1]}</b><br>%{customdata[2]} · « %{customdata[3]} »<extra>%{y}</extra>"))
    fig = go.Figure(data=traces)   # validated once: add_scatter per trace costs three times more
    value_axis(fig, "x", _with_high_ends(rows, high), measure, log, value_title, lang)
    fig.update_yaxes(categoryorder="array", categoryarray=_esc(category_names.get(c, c) for c in order)[::-1])
    fig.update_layout(separators=separators(lang), clickmode="event+select")
    return style(fig, height=max(260, 34 * len(order) + 120))


def figures_over_time(rows: pd.DataFrame, period_names: dict[str, str], measure: str, log: bool,
                      value_title: str, lang: str) -> go.Figure:
    """Figures dated of their own on a time axis, value on y, colour by period; one dated only by year
    is drawn over its year (a line and an open marker at mid-year). `rows` needs when, date_precision."""
    traces = []
    high, periods = plotted_high(rows), rows["period"].to_numpy(dtype=object)   # once, not once per period
    for i, period in enumerate(PERIOD_ORDER):
        group = rows[periods == period]
        if group.empty:
            continue
        x, year, ends = _year_items(group["when"], group["date_precision"])
        symbol = ("circle", "square", "diamond")[i]
        if year.any():
            xs, ys = _span_lines(group["when"].to_numpy()[year], ends[year], group["plotted"].to_numpy()[year])
            traces.append(dict(type="scatter", x=xs, y=ys, mode="lines", hoverinfo="skip", showlegend=False,
                               line=dict(width=3, color=PALETTE[i]), opacity=0.5))
        traces.append(dict(
            type="scatter", x=x, y=group["plotted"].to_numpy(), mode="markers",
            name=period_names[period], error_y=range_bars(group["plotted"], high[periods == period]),
            marker=dict(size=10, color=PALETTE[i], symbol=np.where(year, symbol + "-open", symbol), opacity=0.85,
                        line=dict(width=np.where(year, 2, 0.5), color=np.where(year, PALETTE[i], "#333333"))),
            customdata=_columns(group["theme"], _esc(group["label"]), _esc(group["shown"]), _esc(group["raw"]),
                                _dates(group["when"], group["date_precision"], lang)),
            hovertemplate="<b>%{customdata[1]}</b><br>%{customdata[2]} · « %{customdata[3]} »<br>"
                          "%{customdata[4]}<extra></extra>"))
    fig = go.Figure(data=traces)
    value_axis(fig, "y", _with_high_ends(rows, high), measure, log, value_title, lang)
    date_axis(fig, "x", rows["when"], lang)
    fig.update_layout(separators=separators(lang), clickmode="event+select")
    return style(fig, height=420)


LINED_EVENTS = 12   # events drawn with a line down the chart; more get their marker only


def add_events_layer(fig: go.Figure, events: pd.DataFrame, name: str, lang: str) -> go.Figure:
    """Events drawn over a time chart: a shaded band (or a line) per event, and a marker to hover."""
    if events.empty:
        return fig
    label = events["name_en" if lang == "en" else "name"]
    # One trace of dotted verticals (at start, and at the end of a span) rather than a plotly shape
    # per event: add_vline/add_vrect cost a second or more per rerun with a few dozen events. Beyond
    # LINED_EVENTS the lines merge into a hatch that hides the bars: the markers alone mark them.
    xs, ys = [], []
    for start, end in zip(events["when"], events["until"]) if len(events) <= LINED_EVENTS else ():
        for x in (start, end) if end > start else (start,):
            xs += [x, x, None]
            ys += [0, 1, None]
    fig.add_traces([
        dict(type="scatter", x=xs, y=ys, yaxis="y9", mode="lines", hoverinfo="skip", showlegend=False,
             line=dict(color="#999999", width=1, dash="dot")),
        dict(type="scatter", x=events["when"].to_numpy(), y=np.ones(len(events)), yaxis="y9", mode="markers",
             name=name, marker=dict(symbol="triangle-down", size=10, color="#555555"),
             customdata=_columns(_esc(label), _dates(events["when"], events["precision"], lang)),
             hovertemplate="%{customdata[0]}<br>%{customdata[1]}<extra></extra>")])
    fig.update_layout(yaxis9=dict(overlaying="y", range=[0, 1.05], visible=False, fixedrange=True))
    return fig


def counts_bars(counts: pd.DataFrame, by: str, names: dict[str, str], lang: str, value_title: str) -> go.Figure:
    """Stacked bars of `n` per period, one colour per value of `by`."""
    fig = go.Figure(data=[dict(type="bar", x=group["period"].to_numpy(), y=group["n"].to_numpy(),
                               name=esc(names.get(value, str(value))), marker_color=PALETTE[i % len(PALETTE)])
                          for i, (value, group) in enumerate(counts.groupby(by, observed=True, sort=True))])
    fig.update_layout(barmode="stack", separators=separators(lang))
    fig.update_yaxes(title=value_title)
    date_axis(fig, "x", counts["period"], lang)
    return style(fig, height=360)


def matrix(cells: pd.DataFrame, row_names: dict[str, str], column_names: dict[str, str],
           lang: str, hover: str) -> go.Figure:
    """A matrix of counts (actor x theme) drawn as sized, shaded squares; click gives (theme, actor)."""
    rows = sorted(cells["actor_id"].unique(), key=lambda a: str(row_names.get(a, a)).casefold())
    fig = go.Figure(go.Scatter(
        x=_esc(cells["theme"].map(lambda c: column_names.get(c, c))),
        y=_esc(cells["actor_id"].map(lambda a: row_names.get(a, a))),
        mode="markers+text", text=cells["proposals"],
        # Cividis runs from dark blue to yellow: white figures on the dark half, black on the light one
        textfont=dict(color=["white" if n < 0.6 * cells["proposals"].max() else "black"
                             for n in cells["proposals"]], size=11),
        # squares no wider than a column (~22 themes share the width): colour carries the count
        marker=dict(symbol="square", size=[16 + 2 * min(n, 4) for n in cells["proposals"]],
                    color=cells["proposals"], colorscale=SEQUENTIAL, showscale=True, cmin=0,
                    cmax=max(2, int(cells["proposals"].max())),   # one cell: no scale of 0,6 to 1,4
                    colorbar=dict(title=hover, thickness=12, dtick=max(1, int(cells["proposals"].max()) // 5))),
        customdata=_columns(cells["theme"], cells["actor_id"]),
        hovertemplate="%{y} × %{x}<br>" + hover + colon(lang) + "%{text}<extra></extra>"))
    fig.update_yaxes(categoryorder="array", categoryarray=_esc(row_names.get(a, a) for a in rows)[::-1])
    fig.update_xaxes(categoryorder="category ascending", tickangle=-30)
    fig.update_layout(separators=separators(lang), clickmode="event+select")
    return style(fig, height=max(300, 40 * len(rows) + 160))


def money_bars(money: pd.DataFrame, period_names: dict[str, str], status_names: dict[str, str],
               original: str, value_title: str, lang: str, claim_lines: dict[str, str] | None = None) -> go.Figure:
    """Horizontal bars of amounts in euros, the largest on top, one colour per period; each bar says
    its amount in euros (a range as 'low – high', drawn as an interval) and its status; the hover adds
    the label in full, the amount as written, the period and the status. Clicking a bar hands its
    theme to the page (customdata[0]).

    `money` needs figure_id, label_<lang>, value, value_high, unit, bound, value_eur, value_eur_high,
    period, status and theme; `original` is the hover's line for the amount as written, with
    %{customdata[1]} where it goes; `claim_lines` a last hover line per figure_id, for the bars that
    stand for a claim (how many reports it has)."""
    claim_lines = claim_lines or {}
    money = money.sort_values("value_eur")   # plotly draws a horizontal bar chart's last category on top
    bars = []   # one trace per period, given to go.Figure at once (validated once)
    high = pd.Series(plotted_high(money), index=money.index)
    for period, group in money.groupby("period", observed=True):
        euros = [format_figure("money", v, "EUR", lang, b, h if pd.notna(h) else None)
                 for v, b, h in zip(group["value_eur"], group["bound"], high[group.index])]
        written = [format_figure("money", v, u, lang, b, h if pd.notna(h) else None) for v, u, b, h in
                   zip(group["value"], group["unit"], group["bound"], group["value_high"])]
        status = [status_names.get(s, s) for s in group["status"].astype(object)]
        bars.append(dict(   # a period keeps its colour on every page
            type="bar", y=group["figure_id"].to_numpy(dtype=object), x=group["value_eur"].to_numpy(), orientation="h",
            name=period_names[period], marker_color=PALETTE[PERIOD_ORDER.index(period)],
            error_x=range_bars(group["value_eur"], high[group.index]),
            customdata=_columns(group["theme"], _esc(written), _esc(group[f"label_{lang}"]),
                                np.full(len(group), period_names[period], dtype=object), _esc(status),
                                np.array(["<br>" + html.escape(claim_lines[i]) if i in claim_lines else ""
                                          for i in group["figure_id"]], dtype=object)),
            text=[f"{e} · {s}" for e, s in zip(euros, status)], textposition="auto", insidetextanchor="end",
            hovertext=euros,
            hovertemplate="<b>%{customdata[2]}</b><br>%{hovertext}<br>" + original
                          + "<br>%{customdata[3]} · %{customdata[4]}%{customdata[5]}<extra></extra>"))
    fig = go.Figure(data=bars)
    value_axis(fig, "x", pd.concat([money["value_eur"], high.dropna()]), "money", True, value_title, lang)
    # Each bar's label above it, over the chart's whole width, not beside it on the axis: at phone
    # width an axis of labels leaves the bars 60 px.
    ids = money["figure_id"].to_numpy(dtype=object)
    fig.update_yaxes(categoryorder="array", categoryarray=ids, tickvals=ids, showticklabels=False,
                     ticktext=_esc(short_label(v) for v in money[f"label_{lang}"]))
    fig.update_traces(width=0.5, textfont=dict(size=11), cliponaxis=False)
    fig.update_layout(separators=separators(lang), barmode="overlay", annotations=[
        dict(xref="paper", x=0, yref="y", y=i, text=text, showarrow=False, xanchor="left", yanchor="bottom",
             yshift=8, font=dict(size=11, color="#333333"))
        for i, text in zip(ids, fig.layout.yaxis.ticktext)])
    return style(fig, height=max(300, 44 * len(money) + 90))


def ranked_bars(names: list[str], values: list[int], lang: str, value_title: str, ids: list[str] | None = None,
                hover: str | None = None) -> go.Figure:
    """Horizontal bars, largest on top. The hover reads 'name : count', or the name then `hover`
    ('%{x} proposition(s)'); with `ids`, clicking a bar hands its id to the page (customdata[0])."""
    template = "<b>%{y}</b><br>" + hover if hover else "%{y}" + colon(lang) + "%{x}"
    bar = dict(x=values, y=_esc(names), orientation="h", marker_color=PALETTE[0], text=values, textposition="auto",
               hovertemplate=template + "<extra></extra>")
    if ids is not None:
        bar["customdata"] = _columns(list(ids))
    fig = go.Figure(go.Bar(**bar))
    fig.update_yaxes(autorange="reversed")
    value_axis(fig, "x", [0, *values], "count", False, value_title, lang)   # whole steps, even for one bar
    fig.update_layout(separators=separators(lang), clickmode="event+select" if ids is not None else "event")
    return style(fig, height=max(260, 32 * len(names) + 100))


def timeline_lanes(items: pd.DataFrame, lane_names: dict[str, str], lang: str) -> go.Figure:
    """Events, figures and proposals on one time axis, one lane each; events with a span drawn as bars,
    and an item dated only by year as its whole year (a bar and an open marker at mid-year)."""
    traces = []
    for i, lane in enumerate(LANE_ORDER):
        group = items[items["lane"] == lane]
        if group.empty:
            continue
        y = np.full(len(group), lane_names[lane], dtype=object)
        x, year, ends = _year_items(group["when"], group["precision"])
        until = np.where(year & (group["until"] <= group["when"]).to_numpy(), ends, group["until"].to_numpy())
        spans = until > group["when"].to_numpy()
        if spans.any():
            xs, ys = _span_lines(group["when"].to_numpy()[spans], until[spans], y[spans])
            traces.append(dict(type="scatter", x=xs, y=ys, mode="lines", line=dict(width=9, color=PALETTE[i]),
                               opacity=0.45, hoverinfo="skip", showlegend=False))
        symbol = ("diamond", "circle", "square")[i]
        traces.append(dict(type="scatter", x=x, y=y, mode="markers", name=lane_names[lane],
                           marker=dict(size=11, color=PALETTE[i], symbol=np.where(year, symbol + "-open", symbol),
                                       line=dict(width=np.where(year, 2, 0.5),
                                                 color=np.where(year, PALETTE[i], "#333333"))),
                           customdata=_columns(_esc(group["label"]), _dates(group["when"], group["precision"], lang)),
                           hovertemplate="%{customdata[0]}<br>%{customdata[1]}<extra></extra>"))
    fig = go.Figure(data=traces)
    fig.update_yaxes(categoryorder="array", categoryarray=[lane_names[k] for k in LANE_ORDER][::-1])
    date_axis(fig, "x", pd.concat([items["when"], items["until"]]), lang)
    fig.update_layout(separators=separators(lang), showlegend=False)
    return style(fig, height=320)


def timeline_counts(per_period: pd.DataFrame, per_year: pd.DataFrame, step: str, lane_names: dict[str, str],
                    year_title: str, count_title: str, quarter: str, lang: str) -> go.Figure:
    """The Timeline when there are too many items for a mark each: items dated to the day or month
    counted per month or quarter (stacked bars, a colour per lane, above), and those dated only by
    year counted per year in a strip below, each bar over its whole year (hatched): a month would
    put them in January. `per_period` has period, lane, n; `per_year` year, lane, n; `quarter` names
    a quarter ('T{q} {year}')."""
    days = 31 if step == "month" else 92
    traces = []
    for i, lane in enumerate(LANE_ORDER):
        fine = per_period[per_period["lane"] == lane]
        when = pd.to_datetime(fine["period"])
        if step == "quarter":
            names = np.array([quarter.format(q=(w.month - 1) // 3 + 1, year=w.year) for w in when], dtype=object)
        else:
            names = np.array([_date_text(w.date(), "month", lang) for w in when], dtype=object)
        traces.append(dict(type="bar", x=when + pd.Timedelta(days=days / 2), y=fine["n"].to_numpy(),
                           name=lane_names[lane], width=days * 0.85 * 86_400_000, marker_color=PALETTE[i],
                           legendgroup=lane, customdata=names, xaxis="x", yaxis="y",
                           hovertemplate="%{customdata}" + colon(lang) + "%{y}<extra>"
                           + html.escape(lane_names[lane]) + "</extra>"))
        coarse = per_year[per_year["lane"] == lane]
        mid = pd.to_datetime(coarse["year"].astype(str) + "-07-02")   # the middle of its year, never January
        traces.append(dict(type="bar", x=mid, y=coarse["n"].to_numpy(), name=lane_names[lane], legendgroup=lane,
                           showlegend=False, width=330 * 86_400_000, xaxis="x2", yaxis="y2",
                           marker=dict(color=PALETTE[i], opacity=0.55, pattern=dict(shape="/")),
                           customdata=coarse["year"].astype(str).to_numpy(dtype=object),
                           hovertemplate="%{customdata}" + colon(lang) + "%{y}<extra>"
                           + html.escape(lane_names[lane]) + "</extra>"))
    whens = pd.concat([pd.to_datetime(per_period["period"]), pd.to_datetime(per_year["year"].astype(str) + "-01-01"),
                       pd.to_datetime(per_year["year"].astype(str) + "-12-31")])
    ticks, texts = date_ticks(whens, lang)
    dates = dict(type="date", tickvals=ticks, ticktext=texts)
    # Two rows sharing the time axis (counts above, year strip below), laid out as make_subplots
    # would (heights 0.72 / 0.28, spacing 0.08) but validated once: add_trace per trace cost 3x more.
    fig = go.Figure(data=traces, layout=dict(
        barmode="stack", separators=separators(lang),
        xaxis=dict(dates, anchor="y", matches="x2", showticklabels=False),
        xaxis2=dict(dates, anchor="y2"),
        yaxis=dict(domain=[0.3376, 1.0], anchor="x", title_text=count_title),
        yaxis2=dict(domain=[0.0, 0.2576], anchor="x2", title_text=year_title)))
    return style(fig, height=440)


WIDEST = 6   # shared sources from which a link of the network is drawn at its widest
SYMBOLS = ["circle", "diamond", "square"]   # beyond the palette's eight colours, the shape differs


NETWORK_LABELS = 15   # the most cited actors are named on the network; the others on hover


def labels_apart(nodes: pd.DataFrame, pos: dict, picked=(), limit: int = NETWORK_LABELS,
                 width_px: int = 600) -> set[str]:
    """The actors to name on the network: those `picked` and the most cited first, each only if its label does not
    overlap one already placed (sized for a chart `width_px` wide, 10 px text: ~6 px a character,
    14 px high), at most `limit`; the others are named on hover."""
    xs = np.array([p[0] for p in pos.values()]) if pos else np.zeros(1)
    ys = np.array([p[1] for p in pos.values()]) if pos else np.zeros(1)
    per_px_x = max(xs.max() - xs.min(), 1e-9) / width_px
    per_px_y = max(ys.max() - ys.min(), 1e-9) / (width_px * 0.9)
    placed, boxes = set(), []
    order = nodes.assign(_picked=nodes["actor_id"].isin(list(picked or ()))).sort_values(
        ["_picked", "sources", "actor_id"], ascending=[False, False, True])
    for actor, name in order[["actor_id", "short_name"]].itertuples(index=False):
        x, y = pos[actor]
        half_w, h = (len(str(name)) * 6 + 6) / 2 * per_px_x, 16 * per_px_y
        box = (x - half_w, x + half_w, y, y + h)
        if any(box[0] < b[1] and b[0] < box[1] and box[2] < b[3] and b[2] < box[3] for b in boxes):
            continue
        boxes.append(box)
        placed.add(actor)
        if len(placed) == limit:
            break
    return placed


def network(nodes: pd.DataFrame, edges: pd.DataFrame, type_names: dict[str, str], picked, hover: str) -> go.Figure:
    """Actors as dots (size: sources naming them; colour and shape: type; `picked` ones ringed), lines
    for co-mentions; `hover` is the line under a name, with %{customdata[2]} for the count."""
    import networkx as nx   # here: only the Actors page draws a network

    graph = nx.Graph()
    graph.add_nodes_from(nodes["actor_id"])
    graph.add_weighted_edges_from(edges[["a", "b", "sources"]].itertuples(index=False))
    pos = nx.spring_layout(graph, seed=7, k=2.4 / math.sqrt(max(len(nodes), 1)), iterations=50)
    labelled = labels_apart(nodes, pos, picked)
    traces = []   # go.Figure(data=traces) validates once: add_scatter per trace costs three times more
    # One trace per line width, and widths stop growing at WIDEST shared sources: a trace per count
    # cost ~1 ms each, and a big dataset has hundreds of distinct counts.
    for weight, group in edges.groupby(edges["sources"].clip(upper=WIDEST)):
        a = np.array([pos[x] for x in group["a"]]).reshape(-1, 2)
        b = np.array([pos[x] for x in group["b"]]).reshape(-1, 2)
        gap = np.full(len(group), np.nan)   # a NaN between two links: plotly does not join them
        xs = np.column_stack([a[:, 0], b[:, 0], gap]).ravel()
        ys = np.column_stack([a[:, 1], b[:, 1], gap]).ravel()
        traces.append(dict(type="scatter", x=xs, y=ys, mode="lines", hoverinfo="skip", showlegend=False,
                           line=dict(width=0.6 + 1.2 * (weight - 1), color="rgba(110,110,110,0.35)")))
    for i, actor_type in enumerate(ACTOR_TYPES):   # fixed order: a type keeps colour and place
        group = nodes[nodes["type"] == actor_type]
        if group.empty:
            continue
        traces.append(dict(
            type="scatter", x=np.array([pos[a][0] for a in group["actor_id"]]),
            y=np.array([pos[a][1] for a in group["actor_id"]]), mode="markers", name=type_names[actor_type],
            marker=dict(size=10 + 7 * np.sqrt(group["sources"].to_numpy(dtype=float)),
                        color=PALETTE[i % len(PALETTE)], symbol=SYMBOLS[i // len(PALETTE)],
                        line=dict(width=np.where(group["actor_id"].isin(picked).to_numpy(), 3, 1),
                                  color="#333333")),
            customdata=np.column_stack([group["actor_id"].to_numpy(dtype=object), _esc(group["name"]),
                                        group["sources"].to_numpy(dtype=object)]),
            hovertemplate="%{customdata[1]}<br>" + hover + "<extra></extra>"))
    named = nodes[nodes["actor_id"].isin(labelled)]
    # The names last, over every dot, with a white halo: legible above the dense centre
    traces.append(dict(type="scatter", x=np.array([pos[a][0] for a in named["actor_id"]]),
                       y=np.array([pos[a][1] for a in named["actor_id"]]), mode="text", text=_esc(named["short_name"]),
                       textposition="top center", hoverinfo="skip", showlegend=False,
                       textfont=dict(size=11, color="#111111", shadow="1px 1px 2px white, -1px -1px 2px white")))
    fig = go.Figure(data=traces, layout=dict(xaxis=dict(visible=False), yaxis=dict(visible=False), dragmode="pan",
                                             clickmode="event+select", plot_bgcolor="white"))
    return style(fig, height=420 if len(nodes) <= 12 else 640)
