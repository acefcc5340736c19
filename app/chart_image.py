"""What a chart says about itself, so that a downloaded image explains itself: its title, a source line
and the dataset version drawn inside the figure, and plotly's image button set to save PNG or SVG
under a file name made of the title and the version (app/ui.py's chart block applies it to every chart).
"""
from __future__ import annotations

import html
import textwrap

from loaders.french.text import slug

from .i18n import catalogue, t

# A chart's key -> its heading in the catalogue, where that is not the key's first "_" made a "."
# (figures_by_theme -> figures.by_theme); the page is the key's first word.
CHART_HEADINGS = {"overview_money": "overview.money_chart", "timeline": "timeline.title"}


def chart_title(key: str, lang: str) -> str:
    """What a chart shows, in words: its page and its heading ('Chiffres — Par thème')."""
    page = key.split("_", 1)[0]
    heading = CHART_HEADINGS.get(key, key.replace("_", ".", 1))
    words = [t(k, lang) for k in dict.fromkeys((f"{page}.title", heading)) if k in catalogue()]
    return " — ".join(dict.fromkeys(words)) or key


IMAGE_FORMATS = ("png", "svg")
# Plotly does not wrap text: the title and source line are cut into lines that fit a phone (390 px),
# and the top margin grows by their height (px per line at 14 px and 11 px).
TITLE_CHARS, SOURCE_CHARS, TITLE_LINE, SOURCE_LINE = 36, 46, 19, 15


def explained(fig, key: str, lang: str, version: str, image: str = "png"):
    """`fig`, made to say what it is, where its data come from and which build: a title and a
    source line inside the figure (a downloaded image carries them); and the plotly config whose image
    button saves it as `image` (PNG at twice the pixels, or SVG), named after the title and version."""
    title = chart_title(key, lang)
    source = t("common.chart_source", lang, title=t("app.short_title", lang), version=version)
    title_lines = textwrap.wrap(title, TITLE_CHARS) or [title]
    source_lines = textwrap.wrap(source, SOURCE_CHARS) or [source]
    block = len(title_lines) * TITLE_LINE + len(source_lines) * SOURCE_LINE + 14
    text = "<br>".join([f"<b>{_plotly_text(line)}</b>" for line in title_lines]
                       + [f"<span style='font-size:11px;color:#555555'>{_plotly_text(line)}</span>"
                          for line in source_lines])
    # In place: copying a figure (plotly validates it all again) cost up to 160 ms for the timeline.
    # The builders make a new figure on every run; one already explained is left as it is.
    out = fig
    if (out.layout.meta or {}) == {"explained": True}:
        return out, _image_config(title, lang, version, image)
    height = out.layout.height or 450
    top = out.layout.margin.t if out.layout.margin.t is not None else 30
    out.update_layout(title=dict(text=text, x=0, xanchor="left", xref="container", y=1, yanchor="top",
                                 yref="container", pad=dict(t=12, l=10), font=dict(size=14)),
                      margin=dict(t=top + block), height=height + block)
    legend = out.layout.legend
    if out.layout.showlegend is not False and (legend.y is None or legend.y >= 1):
        # A legend above the plot goes under the title, in the figure's own coordinates.
        out.update_layout(legend=dict(yref="container", y=1 - (block + 4) / (height + block), yanchor="top"))
    out.update_layout(meta={"explained": True})
    return out, _image_config(title, lang, version, image)


def _image_config(title: str, lang: str, version: str, image: str) -> dict:
    """Plotly's config: its image button saves `image` (PNG at twice the pixels, or SVG), named after
    the chart's title and the dataset version."""
    return {"displaylogo": False, "locale": lang,
            "toImageButtonOptions": {"format": image, "filename": f"{slug(title, 80)}-{version}",
                                     "scale": 2 if image == "png" else 1}}


def _plotly_text(text: str) -> str:
    """Text for plotly's little HTML: '<', '>' and '&' escaped, quotes left as they are."""
    return html.escape(text, quote=False)
