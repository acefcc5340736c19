"""Helpers several test modules share (test modules never import each other): the synthetic
dataset's size and the filters the scale tests run on it."""
from __future__ import annotations

import datetime as dt

# The one synthetic dataset every scale test reads (bench.generate: same size and seed, same data);
# conftest's `synthetic_root` builds it once per session.
SYNTHETIC_FIGURES, SYNTHETIC_SEED = 3_000, 11


def filter_cases(figures) -> list:
    """Fourteen filter sets over a figures frame: none, themes, actor, source, dates, searches
    (accents, case, a figure id, nothing found), and combinations."""
    from app.query import Filters
    top_theme, second = figures["theme"].value_counts().index[:2]
    actor = figures["actor_id"].value_counts().index[0]
    source = figures["source_id"].value_counts().index[0]
    some_id = figures["figure_id"].iloc[7]
    return [Filters(), Filters(themes=(top_theme,)), Filters(themes=(top_theme, second)),
            Filters(actors=(actor,)), Filters(sources=(source,)),
            Filters(date_from=dt.date(2021, 3, 1), date_to=dt.date(2023, 6, 30)),
            Filters(q="cloud"), Filters(q="SÉCURITÉ"), Filters(q="près de"), Filters(q="md€"),
            Filters(q=some_id.upper()), Filters(q="zzzqqq"),
            Filters(themes=(top_theme,), q="euros", date_from=dt.date(2020, 1, 1)),
            Filters(themes=(second,), actors=(actor,))]
