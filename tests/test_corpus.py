"""The shipped corpus: real, traceable sources from 2019 to 2026, broad enough to be worth exploring.

Every source but the five seeds (whose text is in ../shared/seeds) must carry the address it was
read at: a row we cannot trace to a real page is not in the dataset.
"""
from __future__ import annotations

import pandas as pd

ACCEPTED = "accepted"


def _accepted(df: pd.DataFrame) -> pd.DataFrame:
    return df[df["review"] == ACCEPTED] if "review" in df else df


def test_every_source_without_a_shipped_text_has_its_web_address(shipped_tables):
    sources = shipped_tables["sources"]
    untraceable = sources[sources["document"].isna() & sources["url"].isna()]
    assert untraceable.empty, f"sources with neither a seed text nor an address: {list(untraceable.source_id)}"


def test_no_address_is_listed_twice(shipped_tables):
    urls = shipped_tables["sources"]["url"].dropna()
    assert not urls.duplicated().any(), f"addresses listed twice: {sorted(set(urls[urls.duplicated()]))}"


def test_the_corpus_spans_2019_to_2026_across_many_publishers(shipped_tables):
    sources = _accepted(shipped_tables["sources"])
    years = set(pd.to_datetime(sources["published"]).dt.year.dropna().astype(int))
    assert len(sources) >= 120
    assert sources["url"].notna().mean() >= 0.95
    assert sources["publisher"].nunique() >= 30
    assert {2019, 2026} <= years and len(years) >= 6, sorted(years)


def test_the_corpus_meets_its_breadth_targets(shipped_tables):
    t = {name: _accepted(df) for name, df in shipped_tables.items()}
    assert len(t["figures"]) >= 600
    assert set(t["figures"]["measure"]) >= {"money", "share", "count"}
    assert len(t["proposals"]) >= 250 and t["proposals"]["actor_ids"].map(len).gt(0).all()
    assert t["proposals"]["theme"].notna().all()
    assert len(t["events"]) >= 80
    assert len(t["actors"]) >= 300 and t["actors"]["type"].notna().all()


def test_every_theme_of_the_taxonomy_is_covered(shipped_tables):
    t = {name: _accepted(df) for name, df in shipped_tables.items()}
    used = set(t["figures"]["theme"]) | set(t["proposals"]["theme"])
    missing = set(t["themes"]["theme_id"]) - used
    assert not missing, f"themes with no figure and no proposal: {sorted(missing)}"


def test_no_amount_is_beyond_the_scale_of_the_european_economy(shipped_tables):
    """A misread scale (an English billion read as a French one) makes amounts 1000 times too big:
    nothing in this debate exceeds the EU's yearly GDP (about 17,000 Md€)."""
    eur = shipped_tables["figures"][["figure_id", "raw", "value_eur"]].dropna()
    huge = eur[eur["value_eur"] > 2e13]
    assert huge.empty, huge.to_string()
