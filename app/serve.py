"""`python -m app.serve [options of streamlit run]`: read the built tables, then serve the dashboard.

`streamlit run dashboard.py` reads the tables on the first visit, so the first visitor waits for
them (seconds at a million figures). Here they are read before the server answers: the server
takes that time to come up, and no visitor waits for it. Options are passed to `streamlit run`.
"""
from __future__ import annotations

import ctypes
import gc
import sys
import time
from pathlib import Path

PROJECT = Path(__file__).resolve().parent.parent


def warm() -> str:
    """Read the tables into the process's cache (the one the pages use) and prepare what the first
    view (the Overview, unfiltered) needs; what happened, in words.

    On a fresh server the first visitor otherwise paid ~1.5 s more than the next one at a million
    figures: the sidebar's lookups, the unfiltered masks, and plotly's lazily imported validators.
    """
    from .query import NoTablesError
    from .ui import get_tables
    start = time.perf_counter()
    try:
        tables = get_tables()
    except NoTablesError as e:   # the pages say how to build: serve anyway
        return f"no tables yet ({e})"
    read = time.perf_counter() - start
    try:
        _first_view(tables)
    except Exception as e:   # only a head start: the pages compute it themselves, and say what fails
        return (f"tables {tables.version} read in {read:.1f} s; first view not prepared "
                f"({e.__class__.__name__}: {e})")
    # Everything read so far lives as long as the process: out of the collector's full passes (once,
    # before any session exists, so no session's short-lived objects are frozen with them).
    gc.collect()
    gc.freeze()
    return (f"tables {tables.version} read in {read:.1f} s, first view prepared in "
            f"{time.perf_counter() - start - read:.1f} s")


def _first_view(tables) -> None:
    import plotly.graph_objects as go
    from streamlit import delta_generator, string_util  # a Streamlit without them fails the warm-up only

    from . import charts, exports  # noqa: F401  (imported by the pages: once, here)
    from .fmt import format_number
    from loaders.schema import FIGURE_STATUSES, PERIODS

    from .i18n import LANGS, catalogue
    from .query import Filters, actor_names, counts, headline_figures, largest_money, source_titles
    from .ui import warm as warm_sidebar
    warm_sidebar(tables)
    source_titles(tables)
    actor_names(tables)
    everything = Filters()
    counts(tables, everything)
    headline_figures(tables, everything)
    money = largest_money(tables, everything, limit=charts.MONEY_BARS).rows
    # The Overview's chart in each language, thrown away: babel reads a locale's data when it first
    # formats in it, plotly imports a trace type's or a layout key's validators when a figure first
    # uses them (~0.25 s of a first visit, with the scatter charts of the other pages).
    catalogue()   # the interface's words, read on first use
    for lang in LANGS:
        format_number(1234, lang)
        if len(money):
            charts.money_bars(money, {p: p for p in PERIODS}, {s: s for s in FIGURE_STATUSES}, "%{text}", "",
                              lang).to_plotly_json()
    go.Figure(data=[dict(type="scatter")]).to_plotly_json()
    # Streamlit's once-per-process costs of a first run: the emoji table behind a favicon (0.13 s),
    # and its check, on the first element drawn, of whether it runs in a REPL, to warn (a walk of the
    # call stack and of every module's file, 0.1 s). Served by `streamlit run`, it never warns: the
    # check is marked done (a private flag, hence the guard).
    string_util.is_emoji("🇪🇺")
    if hasattr(delta_generator, "_use_warning_has_been_displayed"):
        delta_generator._use_warning_has_been_displayed = True


M_ARENA_MAX = -8   # glibc's mallopt parameter (malloc.h)


def lean_malloc(arenas: int = 2) -> bool:
    """Keep glibc's malloc to `arenas` arenas: by default each thread that allocates gets its own (up
    to eight per core), and memory freed in one stays there. Every session runs its script in a
    thread of its own: at a million figures the server grew ~170 MB over eight page visits, ~85 MB
    with two arenas. Must run before the server's threads start; False where there is no glibc."""
    try:
        return bool(ctypes.CDLL("libc.so.6").mallopt(M_ARENA_MAX, arenas))
    except (OSError, AttributeError):
        return False


def recover() -> str:
    """Roll back or clear what a save killed half-way left in data/ (its `.save-*` folders)."""
    from loaders.changes import recover_interrupted
    from loaders.errors import DataError
    from loaders.paths import import_target
    target = import_target()
    try:
        done = recover_interrupted(*target) if target else []
    except DataError as e:
        return f"interrupted saves not recovered ({e})"
    return f"{len(done)} interrupted save(s) recovered" if done else "no interrupted save"


def main(argv: list[str]) -> None:
    lean_malloc()
    print(f"dashboard: {recover()}", flush=True)
    print(f"dashboard: {warm()}", flush=True)
    from streamlit.web import cli
    sys.argv = ["streamlit", "run", str(PROJECT / "dashboard.py"), *argv]
    cli.main(prog_name="streamlit")


if __name__ == "__main__":
    main(sys.argv[1:])
