"""The query layer's one cache, and its one policy.

- What depends on the tables alone (lookups, indexes, bounds) is kept as long as the tables:
  `per_build`, keyed by the function and its arguments.
- What depends on the filters is kept among the last `KEPT` asked of its kind (row masks apart
  from results, so the Overview's results do not push the masks out): `per_filters`, keyed by the
  function, the filters (the language set aside unless the result is worded) and the arguments.
  Every session shares them: one rerun asks the same filters from the sidebar, the counts and
  the page.
- Values are computed outside the lock (two sessions may compute the same value; the first one
  stored is the one every caller gets). Arrays are handed out read-only; frames and dicts are
  shared: callers must not change them (pandas' copy-on-write makes a page's new column a copy).
"""
from __future__ import annotations

import functools
import threading
from collections import OrderedDict

import numpy as np

KEPT = {"mask": 64,     # ~64 MB at a million figures: the filters of a few dozen sessions' last reruns
        "result": 64}   # a few kB to a few hundred kB each


class Cache:
    """One store per kind: "build" (never dropped while the tables live), "mask" and "result" (the last KEPT)."""

    def __init__(self) -> None:
        self.lock = threading.Lock()
        self.stores: dict[str, OrderedDict] = {"build": OrderedDict(), **{k: OrderedDict() for k in KEPT}}

    def get(self, kind: str, key, compute):
        """The value kept for `key` in `kind`, else `compute()` kept there (read-only when an array)."""
        store = self.stores[kind]
        with self.lock:
            if key in store:
                store.move_to_end(key)
                return store[key]
        value = compute()
        if isinstance(value, np.ndarray):
            value.flags.writeable = False
        with self.lock:
            value = store.setdefault(key, value)
            while len(store) > KEPT.get(kind, len(store)):
                store.popitem(last=False)
        return value

    def drop(self, kind: str, key) -> None:
        with self.lock:
            self.stores[kind].pop(key, None)

    def forget(self) -> None:
        """Drop what was kept per filters (the benchmark times each step from scratch)."""
        with self.lock:
            for kind in KEPT:
                self.stores[kind].clear()


def per_build(fn):
    """`fn(tables, *args)` computed once per build (its arguments must be hashable)."""
    @functools.wraps(fn)
    def kept(t, *args, **kwargs):
        key = (fn.__module__, fn.__qualname__, args, tuple(sorted(kwargs.items())))
        return t.cache.get("build", key, lambda: fn(t, *args, **kwargs))
    kept.uncached = fn
    return kept


def per_filters(kind: str = "result", worded: bool = False):
    """`fn(tables, filters, *args)` kept among the last results (or masks) of `kind`; the language
    is part of the key only when the result is `worded`."""
    def wrap(fn):
        @functools.wraps(fn)
        def kept(t, f, *args, **kwargs):
            key = (fn.__module__, fn.__qualname__, f if worded else f.without_lang(), args,
                   tuple(sorted(kwargs.items())))
            return t.cache.get(kind, key, lambda: fn(t, f, *args, **kwargs))
        kept.uncached = fn
        return kept
    return wrap
