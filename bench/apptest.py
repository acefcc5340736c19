"""Page timings through Streamlit's AppTest, in this process: cold first run and warm reruns per page.

Bytes per rerun are measured here as the serialized size of every element and block proto the
run produced (`proto.ByteSize()` summed over the element tree): those protos are what the server
puts in its ForwardMsg deltas to the browser, so the sum is the payload of one rerun, minus a few
bytes of framing per delta.
"""
from __future__ import annotations

import statistics
import time
from dataclasses import dataclass, field
from pathlib import Path

from streamlit.testing.v1 import AppTest

PROJECT = Path(__file__).resolve().parent.parent
ENTRY = PROJECT / "bench" / "page_app.py"
THEME_KEY = "f_theme"


def page_keys() -> list[str]:
    """Every page the router lists (app.frame.PAGES), in its order: new pages are timed by themselves."""
    from app.frame import PAGES
    return [key for _, key, _, _ in PAGES]


def tree_bytes(at: AppTest, root=None) -> int:
    """Serialized size of every proto in the app's element tree (main area and sidebar), or under `root`."""
    total, stack = 0, [at._tree if root is None else root]
    while stack:
        node = stack.pop()
        proto = getattr(node, "proto", None)
        if proto is not None and hasattr(proto, "ByteSize"):
            total += proto.ByteSize()
        children = getattr(node, "children", None)
        if isinstance(children, dict):
            stack.extend(children.values())
    return total


@dataclass
class PageTiming:
    """One page: cold first run, warm reruns after a theme change (seconds), bytes per rerun."""

    page: str
    cold_s: float | None = None
    warm_s: list[float] = field(default_factory=list)
    cold_cpu_s: float | None = None
    warm_cpu_s: list[float] = field(default_factory=list)
    cold_bytes: int | None = None
    warm_bytes: list[int] = field(default_factory=list)
    sidebar_bytes: int | None = None
    error: str | None = None

    def summary(self) -> dict:
        med = (lambda xs: statistics.median(xs) if xs else None)
        return {"page": self.page, "cold_s": self.cold_s, "warm_median_s": med(self.warm_s),
                "warm_s": self.warm_s, "cold_cpu_s": self.cold_cpu_s, "warm_median_cpu_s": med(self.warm_cpu_s),
                "warm_cpu_s": self.warm_cpu_s, "cold_bytes": self.cold_bytes,
                "warm_median_bytes": med(self.warm_bytes), "warm_bytes": self.warm_bytes,
                "sidebar_bytes": self.sidebar_bytes,
                "error": self.error}


def _timed_run(at: AppTest) -> float:
    return _timed_runs(at)[0]


def _timed_runs(at: AppTest) -> tuple[float, float]:
    """(wall seconds, CPU seconds of this whole process) of one run. On a machine shared with
    other work the wall clock waits for the CPU; the CPU time says what the run itself cost."""
    start, cpu = time.perf_counter(), time.process_time()
    at.run()
    return time.perf_counter() - start, time.process_time() - cpu


def _settle_selectboxes(at: AppTest) -> None:
    """Point a selectbox whose value left its options at its first option, as the browser shows it.

    A page may keep a pick (a proposal, an actor) in session state that a filter change takes
    out of the options; AppTest then refuses to send the widget states at all ("not in list").
    """
    for box in at.selectbox:
        try:
            box._widget_state
        except ValueError:
            box.select_index(0 if box.options else None)


def _failed(at: AppTest) -> str | None:
    if at.exception:
        return "; ".join(str(e.message).splitlines()[0] for e in at.exception)[:300]
    return None


def time_page(page: str, themes: list[str], timeout: float) -> PageTiming:
    """A fresh session opens `page` (cold), then reruns once per theme in `themes` (warm).

    Each rerun picks a theme the session has not shown yet, so no result is served from a
    cache of the same filters; the themes come largest first, the slowest case.
    """
    result = PageTiming(page)
    at = AppTest.from_file(str(ENTRY), default_timeout=timeout)
    at.session_state["start_page"] = page
    try:
        result.cold_s, result.cold_cpu_s = _timed_runs(at)
        result.cold_bytes = tree_bytes(at)
        result.sidebar_bytes = tree_bytes(at, at.sidebar)
        result.error = _failed(at)
        if result.error:
            return result
        for theme in themes:
            at.multiselect(key=THEME_KEY).set_value([theme])
            _settle_selectboxes(at)
            wall, cpu = _timed_runs(at)
            result.warm_s.append(wall)
            result.warm_cpu_s.append(cpu)
            result.warm_bytes.append(tree_bytes(at))
            result.error = _failed(at)
            if result.error:
                return result
    except Exception as e:   # a page that cannot run is reported, the others still measured
        result.error = f"{e.__class__.__name__}: {e}"[:300]
    return result


def load_in_process(timeout: float) -> float | None:
    """Seconds of the first run in this process (the tables are read and prepared once); None if
    it takes longer than `timeout`."""
    try:
        return _timed_run(AppTest.from_file(str(ENTRY), default_timeout=timeout))
    except RuntimeError:   # AppTest's timeout: the pages that follow say more
        return None
