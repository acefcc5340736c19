"""Chart builders: plotly figures from aggregated frames, with a colour-blind-safe palette."""
from __future__ import annotations

import plotly.graph_objects as go

# Okabe & Ito's palette: distinguishable with every common colour-vision deficiency.
PALETTE = ["#0072B2", "#E69F00", "#009E73", "#CC79A7", "#56B4E9", "#D55E00", "#F0E442", "#000000"]
SEQUENTIAL = "Cividis"   # perceptually uniform and colour-blind safe, for heatmaps
FONT = dict(family="DejaVu Sans, Arial, sans-serif", size=13)


def style(fig: go.Figure, height: int = 420) -> go.Figure:
    """The house style: palette, font, tight margins, no title (the page writes it)."""
    fig.update_layout(colorway=PALETTE, font=FONT, height=height, margin=dict(l=10, r=10, t=30, b=10),
                      legend=dict(orientation="h", yanchor="bottom", y=1.02, x=0),
                      separators=", ", hoverlabel=dict(font=FONT))
    return fig


def separators(lang: str) -> str:
    """Plotly's decimal and thousands separators: ', ' (French: 2,6 and 1 000) or '.,'."""
    return ", " if lang == "fr" else ".,"
