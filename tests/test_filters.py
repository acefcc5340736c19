"""Filters from the URL: valid values kept, anything else ignored with a note, never an exception."""
import datetime as dt

from hypothesis import given, settings
from hypothesis import strategies as st

from app.query.filters import MAX_TEXT, MAX_VALUES, Filters, describe_filters, parse_query_params

VALID = {"theme": {"cloud", "ai"}, "actor": {"afnum", "ima"}, "source": {"src-a"}}


def parse(**params):
    return parse_query_params(params, VALID)


def test_valid_parameters_give_filters_without_notes():
    f, notes = parse(theme=["cloud", "ai"], actor=["afnum"], source=["src-a"],
                     **{"from": ["2024-01-01"], "to": ["2025-12-31"]}, q=["cloud"], lang=["en"])
    assert notes == []
    assert f == Filters(("cloud", "ai"), ("afnum",), ("src-a",), dt.date(2024, 1, 1),
                        dt.date(2025, 12, 31), "cloud", "en")


def test_round_trip_through_the_query_string():
    f = Filters(("cloud",), ("afnum", "ima"), (), dt.date(2025, 1, 1), None, "souverain", "en")
    assert parse_query_params(f.to_query_params(), VALID) == (f, [])
    assert Filters().to_query_params() == {}


def test_unknown_ids_are_dropped_and_named():
    f, notes = parse(theme=["cloud", "astrology"], actor=["<script>alert(1)</script>"])
    assert f.themes == ("cloud",) and f.actors == ()
    assert [n[0] for n in notes] == ["filters.note_unknown", "filters.note_unknown"]
    assert "'astrology'" in notes[0][1]["values"]


def test_malformed_and_reversed_dates():
    f, notes = parse(**{"from": ["2025-02-30"], "to": ["hier"]})
    assert (f.date_from, f.date_to) == (None, None)
    assert [n[0] for n in notes] == ["filters.note_bad_date"] * 2
    f, notes = parse(**{"from": ["2025-12-31"], "to": ["2024-01-01"]})
    assert (f.date_from, f.date_to) == (dt.date(2024, 1, 1), dt.date(2025, 12, 31))
    assert notes[0][0] == "filters.note_swapped"


def test_repeats_and_long_text_are_capped():
    f, notes = parse(theme=["cloud"] * 500, q=["x" * 10_000])
    assert f.themes == ("cloud",) and len(f.q) == MAX_TEXT
    assert {n[0] for n in notes} == {"filters.note_too_many", "filters.note_long_text"}
    assert notes[0][1]["n"] == 500 and notes[0][1]["max"] == MAX_VALUES


def test_unknown_language_falls_back_to_french():
    f, notes = parse(lang=["de"])
    assert f.lang == "fr" and notes


@settings(max_examples=300, deadline=None)
@given(st.dictionaries(st.sampled_from(["theme", "actor", "source", "from", "to", "q", "lang", "x"]),
                       st.lists(st.text(max_size=300), max_size=80)))
def test_any_query_string_gives_valid_filters(params):
    f, notes = parse_query_params(params, VALID)
    assert set(f.themes) <= VALID["theme"] and set(f.actors) <= VALID["actor"]
    assert f.lang in ("fr", "en") and len(f.q) <= MAX_TEXT
    assert not (f.date_from and f.date_to and f.date_from > f.date_to)


def test_describe_filters_in_words():
    f = Filters(themes=("cloud",), q="souverain", lang="en")
    assert describe_filters(f, {"theme": {"cloud": "Cloud computing"}}) == [
        "Theme: Cloud computing", "Search: souverain"]
    assert describe_filters(Filters(), {}) == ["Aucun filtre"]


def test_describe_filters_the_french_way_with_a_space_before_the_colon_and_dates_in_words():
    f = Filters(themes=("cloud",), date_from=dt.date(2024, 3, 1), lang="fr")
    assert describe_filters(f, {"theme": {"cloud": "Cloud"}}) == ["Thème : Cloud", "Dates : 1er mars 2024 → …"]
    f = Filters(date_from=dt.date(2024, 3, 1), date_to=dt.date(2024, 3, 31), lang="en")
    assert describe_filters(f, {}) == ["Dates: 1 March 2024 → 31 March 2024"]
