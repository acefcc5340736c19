"""The query layer's one cache: per build once, per filters the last few, arrays handed out read-only."""
from __future__ import annotations

import threading
from types import SimpleNamespace

import numpy as np
import pytest

from app.query import Filters
from app.query.cache import KEPT, Cache, per_build, per_filters


def tables() -> SimpleNamespace:
    return SimpleNamespace(cache=Cache())


def test_per_build_computes_once_per_arguments():
    calls = []

    @per_build
    def labels(t, lang):
        calls.append(lang)
        return {"lang": lang}

    t = tables()
    assert labels(t, "fr") is labels(t, "fr")
    labels(t, "en")
    assert calls == ["fr", "en"]
    labels(tables(), "fr")   # another build: computed again
    assert calls == ["fr", "en", "fr"]


def test_per_filters_keeps_the_last_ones_and_sets_the_language_aside():
    calls = []

    @per_filters("mask")
    def mask(t, f):
        calls.append(f)
        return np.ones(3, dtype=bool)

    t = tables()
    first = mask(t, Filters(q="a"))
    assert mask(t, Filters(q="a", lang="en")) is first   # a mask does not depend on the language
    with pytest.raises(ValueError):
        first[0] = False                                  # shared by every session: read-only
    for i in range(KEPT["mask"]):
        mask(t, Filters(q=str(i)))
    mask(t, Filters(q="a"))                               # pushed out by the newer ones: computed again
    assert len(calls) == KEPT["mask"] + 2


def test_sessions_asking_at_once_all_get_the_one_value_kept():
    @per_build
    def slow(t):
        return object()

    t, got = tables(), []
    threads = [threading.Thread(target=lambda: got.append(slow(t))) for _ in range(8)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert len({id(v) for v in got}) == 1
