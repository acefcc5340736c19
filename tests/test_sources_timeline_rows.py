"""The Sources and Timeline pages' row-number paths give what the frame paths give, on a generated
dataset: same sources in the same order, same contents per source, same timeline rows."""
from __future__ import annotations

import datetime as dt

import pandas as pd
import pytest

from app.query import (Filters, column_values, filter_events, filter_figures, filter_proposals, load_tables,
                       source_content_rows, sources_in_view_rows, timeline_in_view, timeline_items)
from reference import source_contents, sources_in_view


@pytest.fixture(scope="module")
def t(synthetic_root):
    return load_tables(synthetic_root)


def filters(t):
    themes = list(t.themes["theme_id"])
    return [Filters(), Filters(lang="en"), Filters(themes=(themes[0],)), Filters(themes=(themes[1],), lang="en"),
            Filters(q="cloud"), Filters(date_to=dt.date(2019, 1, 1)), Filters(q="zzzzqqq"),
            Filters(hide_unreviewed=True), Filters(sources=tuple(t.sources["source_id"][:3]))]


def test_sources_in_view_rows_same_order_and_state(t):
    outside = t.sources["source_id"].iloc[-1]
    for f in filters(t):
        kept = sources_in_view(t, f)[0]["source_id"]
        for focus in (None, kept.iloc[len(kept) // 2] if len(kept) else None, outside, "no-such-source"):
            frame, state = sources_in_view(t, f, focus)
            rows, fast_state = sources_in_view_rows(t, f, focus)
            assert fast_state == state
            assert list(t.sources["source_id"].iloc[rows]) == list(frame["source_id"])


def test_source_content_rows_same_contents(t):
    rows, _ = sources_in_view_rows(t, Filters())
    shown = rows[:60]
    for where, c in zip(shown, source_content_rows(t, shown)):
        ref = source_contents(t, t.sources["source_id"].iloc[where])
        for name, id_column in (("figures", "figure_id"), ("proposals", "proposal_id"), ("events", "event_id"),
                                ("actors", "actor_id")):
            assert list(t.frames[name][id_column].iloc[c[name]]) == list(ref[name][id_column])
        assert column_values(t, "figures", "label_fr", c["figures"]) == list(ref["figures"]["label_fr"])
        assert column_values(t, "events", "precision", c["events"]) == list(ref["events"]["precision"])
        assert column_values(t, "actors", "name", c["actors"]) == list(ref["actors"]["name"])


def test_column_values_keeps_missing(t):
    rows = list(range(len(t.figures)))
    for column in ("unit", "raw", "value_high"):
        got, ref = column_values(t, "figures", column, rows), list(t.figures[column])
        assert [None if pd.isna(v) else v for v in got] == [None if pd.isna(v) else v for v in ref]


@pytest.mark.parametrize("limit", [500, 40])
def test_timeline_in_view_same_rows(t, limit):
    for f in filters(t):
        ref = timeline_items(filter_figures(t, f), filter_proposals(t, f), filter_events(t, f), f.lang, limit)
        got = timeline_in_view(t, f, f.lang, limit)
        pd.testing.assert_frame_equal(got.rows, ref.rows)
        assert got.total == ref.total
