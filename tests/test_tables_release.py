"""app.ui.get_tables keeps one live build per process: after a rebuild the previous tables are
released once no session holds them, so memory stays flat across Import saves."""
from __future__ import annotations

import gc
import weakref

from app.ui import get_tables
from loaders.build import load_dataset, write_build


def test_a_rebuild_releases_the_previous_tables(tmp_path, tiny_data, monkeypatch):
    root = tmp_path / "build"
    monkeypatch.setenv("DASHBOARD_DATA", str(root))
    write_build(load_dataset(tiny_data), root)
    first = get_tables()
    assert get_tables() is first                    # read once per build
    released = weakref.ref(first)
    for _ in range(3):                              # three saves, three rebuilds
        write_build(load_dataset(tiny_data), root)
        get_tables()
    del first
    gc.collect()
    assert released() is None                       # no cache still holds the first build
    assert get_tables() is get_tables()
