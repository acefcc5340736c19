"""The query layer's fast path (categories, search index, row positions) gives the same answers as
plain pandas, row by row, on a generated dataset: the reference below is the obvious code."""
from __future__ import annotations

import pandas as pd
import pyarrow.parquet as pq
import pytest

from app.query import (Filters, actor_mentions, counts, export_tables, filter_events, filter_figures,
                       filter_proposals, filter_sources, fold, headline_figures, largest_money, load_tables)
from loaders.build import tables_dir
from support import filter_cases

SEARCHED = {  # the columns a search looks into: the text must appear within one of them
    "figures": ["raw", "label_fr", "label_en", "note", "figure_id"],
    "proposals": ["title_fr", "title_en", "summary_fr", "summary_en"],
    "events": ["name", "name_en", "place", "summary_fr", "summary_en"],
    "sources": ["title", "publisher", "summary_fr", "summary_en"],
}


@pytest.fixture(scope="module")
def root(synthetic_root):
    return synthetic_root


@pytest.fixture(scope="module")
def fast(root):
    return load_tables(root)


@pytest.fixture(scope="module")
def plain(root):
    """Every table read with nothing but pyarrow's to_pandas, dates placed as the spec says."""
    folder = tables_dir(root)
    t = {name: pq.read_table(folder / f"{name}.parquet").to_pandas()
         for name in ("figures", "proposals", "events", "sources", "mentions", "actors")}
    published = dict(zip(t["sources"]["source_id"], t["sources"]["published"]))
    for name in ("figures", "proposals"):
        df = t[name]
        df["when"] = pd.to_datetime([d if d is not None else published.get(s)
                                     for d, s in zip(df["date"], df["source_id"])])
    return t


def ref_text(df: pd.DataFrame, table: str, q: str) -> pd.Series:
    needle = fold(q)
    return df[SEARCHED[table]].apply(
        lambda row: any(isinstance(v, str) and needle in fold(v) for v in row), axis=1).astype(bool)


def ref_dates(when: pd.Series, f: Filters) -> pd.Series:
    keep = pd.Series(True, index=when.index)
    if f.date_from:
        keep &= when >= pd.Timestamp(f.date_from)
    if f.date_to:
        keep &= when <= pd.Timestamp(f.date_to)
    return keep


def ref_figures(p, f: Filters) -> pd.DataFrame:
    df = p["figures"]
    keep = ref_dates(df["when"], f) & (ref_text(df, "figures", f.q) if f.q else True)
    for column, wanted in (("theme", f.themes), ("actor_id", f.actors), ("source_id", f.sources)):
        if wanted:
            keep &= df[column].isin(wanted)
    return df[keep]


def ref_proposals(p, f: Filters) -> pd.DataFrame:
    df = p["proposals"]
    keep = ref_dates(df["when"], f) & (ref_text(df, "proposals", f.q) if f.q else True)
    if f.themes:
        keep &= df["theme"].isin(f.themes)
    return df[ref_actors_sources(df, f, "actor_ids", keep)]


def ref_actors_sources(df: pd.DataFrame, f: Filters, actor_column: str, keep):
    """`keep`, narrowed to the rows naming one of the chosen actors in `actor_column` and citing one of the chosen sources."""
    if f.actors:
        keep &= df[actor_column].map(lambda ids: any(a in f.actors for a in ids)).astype(bool)
    if f.sources:
        keep &= df["source_id"].isin(f.sources)
    return keep


def ref_events(p, f: Filters) -> pd.DataFrame:
    df = p["events"]
    keep = ref_text(df, "events", f.q) if f.q else pd.Series(True, index=df.index)
    if f.date_from:
        keep &= pd.to_datetime(df["end"]) >= pd.Timestamp(f.date_from)
    if f.date_to:
        keep &= pd.to_datetime(df["start"]) <= pd.Timestamp(f.date_to)
    return df[ref_actors_sources(df, f, "organiser_ids", keep)]


def ref_sources(p, f: Filters) -> pd.DataFrame:
    df = p["sources"]
    keep = pd.Series(True, index=df.index)
    if f.q:
        keep = ref_text(df, "sources", f.q) | df["source_id"].isin(ref_figures(p, f)["source_id"])
    when = pd.to_datetime(df["published"])
    keep &= ref_dates(when, f) | when.isna()
    if f.sources:
        keep &= df["source_id"].isin(f.sources)
    if f.actors:
        keep &= df["source_id"].isin(p["mentions"].loc[p["mentions"]["actor_id"].isin(f.actors), "source_id"])
    if f.themes:
        g = Filters(themes=f.themes, actors=f.actors, sources=f.sources, date_from=f.date_from, date_to=f.date_to)
        keep &= df["source_id"].isin(set(ref_figures(p, g)["source_id"]) | set(ref_proposals(p, g)["source_id"]))
    return df[keep]


@pytest.fixture(scope="module")
def filters(plain):
    return filter_cases(plain["figures"])


@pytest.mark.parametrize("i", range(14))
def test_filters_keep_the_same_rows_as_plain_pandas(fast, plain, filters, i):
    f = filters[i]
    for fast_fn, ref_fn, key in ((filter_figures, ref_figures, "figure_id"),
                                 (filter_proposals, ref_proposals, "proposal_id"),
                                 (filter_events, ref_events, "event_id"),
                                 (filter_sources, ref_sources, "source_id")):
        got, want = list(fast_fn(fast, f)[key]), list(ref_fn(plain, f)[key])
        assert got == want, (fast_fn.__name__, f)


@pytest.mark.parametrize("i", range(14))
def test_counts_actors_and_exports_agree_with_plain_pandas(fast, plain, filters, i):
    f = filters[i]
    sources = ref_sources(plain, f)
    named = plain["mentions"][plain["mentions"]["source_id"].isin(sources["source_id"])]
    assert counts(fast, f) == {"sources": len(sources), "figures": len(ref_figures(plain, f)),
                               "claims": ref_figures(plain, f)["claim_id"].nunique(),
                               "proposals": len(ref_proposals(plain, f)),
                               "actors": named["actor_id"].nunique(), "events": len(ref_events(plain, f))}
    g = Filters(themes=f.themes, sources=f.sources, date_from=f.date_from, date_to=f.date_to, q=f.q)
    per_actor = plain["mentions"][plain["mentions"]["source_id"].isin(ref_sources(plain, g)["source_id"])]
    want = per_actor["actor_id"].value_counts()
    got = actor_mentions(fast, f)
    assert dict(zip(got["actor_id"], got["sources"])) == want.to_dict()
    assert list(got["sources"]) == sorted(want, reverse=True)
    exported = export_tables(fast, f)
    figures, proposals, events = ref_figures(plain, f), ref_proposals(plain, f), ref_events(plain, f)
    source_ids = (set(sources["source_id"]) | set(figures["source_id"]) | set(proposals["source_id"])
                  | set(events["source_id"]))
    actor_ids = (set(plain["mentions"].loc[plain["mentions"]["source_id"].isin(source_ids), "actor_id"])
                 | set(figures["actor_id"].dropna()) | {a for ids in proposals["actor_ids"] for a in ids}
                 | {a for ids in events["organiser_ids"] for a in ids})
    assert set(exported["sources"]["source_id"]) == source_ids
    assert set(exported["actors"]["actor_id"]) == actor_ids
    assert list(exported["figures"]["figure_id"]) == list(figures["figure_id"])


@pytest.mark.parametrize("i", range(14))
def test_headlines_are_the_largest_amounts_then_a_share(fast, plain, filters, i):
    f = filters[i]
    figures = ref_figures(plain, f)
    money = figures[figures["measure"] == "money"].sort_values("value_eur", ascending=False)
    shares = figures[figures["measure"] == "share"]
    want = pd.concat([money.head(4 - min(1, len(shares))), shares.head(1)]).head(4)
    got = headline_figures(fast, f)
    # equal amounts may come in either order: the values and the share must be the same
    assert list(got["value_eur"].fillna(-1)) == list(want["value_eur"].fillna(-1))
    assert list(got["measure"]) == list(want["measure"])


@pytest.mark.parametrize("i", range(14))
def test_the_overview_chart_holds_the_largest_amounts_in_euros(fast, plain, filters, i):
    f = filters[i]
    figures = ref_figures(plain, f)
    money = figures[(figures["measure"] == "money") & figures["value_eur"].notna()]
    want = money.sort_values("value_eur", ascending=False, kind="stable").head(25)
    for _ in range(2):   # the second answer comes from what the first left: the same
        got = largest_money(fast, f, limit=25)
        assert list(got.rows["figure_id"]) == list(want["figure_id"])
        assert got.total == len(money)


def test_text_held_as_categories_reads_and_sorts_as_text(fast, plain):
    got, want = fast.figures, plain["figures"]
    for column in ("label_fr", "label_en", "theme", "unit", "note", "raw", "source_id", "actor_id"):
        assert got[column].astype(object).where(got[column].notna(), None).tolist() == \
            want[column].astype(object).where(want[column].notna(), None).tolist(), column
    assert isinstance(got["theme"].dtype, pd.CategoricalDtype)   # the lever is in use at this size
    for by in (["theme", "unit", "figure_id"], ["label_fr", "figure_id"]):
        assert got.sort_values(by)["figure_id"].tolist() == want.sort_values(by)["figure_id"].tolist()


@pytest.mark.parametrize("i", [0, 1, 3, 6, 11])
def test_network_counts_the_same_pairs_as_a_loop_over_sources(fast, plain, filters, i):
    from itertools import combinations

    from reference import actor_network
    f = filters[i]
    g = Filters(themes=f.themes, sources=f.sources, date_from=f.date_from, date_to=f.date_to, q=f.q)
    mentions = plain["mentions"][plain["mentions"]["source_id"].isin(ref_sources(plain, g)["source_id"])]
    pairs: dict[tuple[str, str], int] = {}
    for _, group in mentions.groupby("source_id"):
        for a, b in combinations(sorted(set(group["actor_id"])), 2):
            pairs[(a, b)] = pairs.get((a, b), 0) + 1
    if f.actors:
        pairs = {k: n for k, n in pairs.items() if k[0] in f.actors or k[1] in f.actors}
    got = actor_network(fast, f)
    assert dict(zip(zip(got["a"], got["b"]), got["sources"])) == pairs
    assert list(got["sources"]) == sorted(pairs.values(), reverse=True)


def test_a_source_contents_are_its_rows_in_table_order(fast, plain):
    from reference import source_contents
    ids = list(plain["figures"]["source_id"].value_counts().index[:3]) + [plain["sources"]["source_id"].iloc[-1],
                                                                         "no-such-source"]
    for source_id in ids:
        got = source_contents(fast, source_id)
        for name, key in (("figures", "figure_id"), ("proposals", "proposal_id"), ("events", "event_id")):
            want = plain[name][plain[name]["source_id"] == source_id]
            if name == "events":
                want = want.assign(_w=pd.to_datetime(want["start"])).sort_values("_w")
            assert list(got[name][key]) == list(want[key]), (source_id, name)
        named = set(plain["mentions"].loc[plain["mentions"]["source_id"] == source_id, "actor_id"])
        assert set(got["actors"]["actor_id"]) == named


@pytest.mark.parametrize("i", range(14))
def test_network_graph_keeps_the_nodes_and_edges_all_pairs_give(fast, filters, i):
    """network_graph counts pairs for the kept nodes only; counting every pair must give the same graph."""
    from app.query import network_graph
    from reference import network_graph_by_pairs
    f = filters[i]
    for limit in (40, 5):
        nodes, edges = network_graph(fast, f, limit)
        want_nodes, want_edges = network_graph_by_pairs(fast, f, limit)
        pd.testing.assert_frame_equal(nodes, want_nodes)
        pd.testing.assert_frame_equal(edges, want_edges)
        assert len(want_nodes) or not len(want_edges)


@pytest.mark.parametrize("i", [0, 1, 5, 6, 12])
def test_actor_profile_gives_the_first_rows_and_the_totals_of_the_filters(fast, filters, i):
    """The profile copies only the rows it lists: they must be the first rows the filters give, and
    the totals their counts, for the busiest actor and for one with little."""
    from app.query import actor_profile, filter_events, filter_proposals, filter_sources
    f = filters[i]
    busiest = fast.figures["actor_id"].value_counts()
    for actor in (busiest.index[0], busiest.index[-1]):
        g = Filters(themes=f.themes, actors=(actor,), sources=f.sources, date_from=f.date_from,
                    date_to=f.date_to, q=f.q)
        want = {"proposals": filter_proposals(fast, g), "figures": filter_figures(fast, g),
                "events": filter_events(fast, g).sort_values("when"), "sources": filter_sources(fast, g)}
        got = actor_profile(fast, f, actor, limit=5)
        for key, frame in want.items():
            rows, total = got[key]
            assert total == len(frame), (key, actor)
            pd.testing.assert_frame_equal(rows, frame.head(5))
        assert got["figures"][1] > 0 or actor != busiest.index[0]


@pytest.mark.parametrize("i", range(14))
def test_actor_choices_are_the_named_then_the_other_actors_in_view(fast, filters, i):
    from app.query import actor_choices, actor_names
    f = filters[i]
    g = Filters(themes=f.themes, sources=f.sources, date_from=f.date_from, date_to=f.date_to, q=f.q)
    ranked = list(actor_mentions(fast, f)["actor_id"])
    others = (set(filter_figures(fast, g)["actor_id"].dropna())
              | {a for ids in filter_proposals(fast, g)["actor_ids"] for a in ids}
              | {a for ids in filter_events(fast, g)["organiser_ids"] for a in ids})
    names = actor_names(fast)
    rest = sorted((a for a in others - set(ranked) if a in names), key=lambda a: fold(names[a]))
    assert actor_choices(fast, f) == ranked + rest


def test_the_source_filter_offers_the_chosen_sources_first_then_the_most_recent(fast):
    from app.query.lookups import source_choices
    SOURCE_CHOICES = 50   # noqa: N806  (the generated dataset has 300 sources: offer fewer)
    assert len(fast.sources) > SOURCE_CHOICES      # else the filter offers every source
    by_date = fast.sources.sort_values("published", ascending=False, na_position="last")
    recent, old = list(by_date["source_id"].head(SOURCE_CHOICES)), by_date["source_id"].iloc[-1]
    assert list(source_choices(fast, [], SOURCE_CHOICES)) == recent
    chosen = [recent[5], old]
    offered = list(source_choices(fast, chosen, SOURCE_CHOICES))
    assert offered[:2] == chosen and set(offered[2:]) == set(recent) - {recent[5]}
