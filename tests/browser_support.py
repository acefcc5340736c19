"""What the browser tests share: Chromium's path and flags, a served dashboard (the server
process for its memory, its log in a file: a pipe nobody reads blocks the server once it fills),
screenshots, and `settle`, the wait for the app to be done (a condition, never a fixed sleep).

conftest.py builds the `server` and `browser` fixtures from these; tests import them from here,
never from another test module.
"""
from __future__ import annotations

import os
from contextlib import contextmanager
from pathlib import Path

from bench.served import CHROMIUM, FLAGS, ServeError, cpu_seconds, memory_mb, served

__all__ = ["ARTIFACTS", "CHROMIUM", "FLAGS", "READY", "cpu_seconds", "memory_mb", "opened", "require_chromium",
           "served_dashboard", "settle", "settle_async", "shot"]
ARTIFACTS = Path(__file__).resolve().parent.parent / "test-artifacts"
# Done, as Streamlit's own browser tests wait: connected, the script not running, no skeleton,
# and no element left stale from a previous run.
READY = """() => {
  const app = document.querySelector('[data-testid="stApp"]');
  return !!app && app.getAttribute('data-test-script-state') === 'notRunning'
    && app.getAttribute('data-test-connection-state') === 'CONNECTED'
    && !document.querySelector('[data-testid="stSkeleton"]')
    && !document.querySelector('[data-testid="stElementContainer"][data-stale="true"]');
}"""


def require_chromium() -> None:
    """Debian's Chromium must be there: a failure under CI (it installs it), a skip elsewhere."""
    import pytest
    if not CHROMIUM.exists():
        if os.environ.get("CI"):
            pytest.fail("Debian's chromium is missing: scripts/ensure-chromium installs it")
        pytest.skip("chromium not installed (run scripts/ensure-chromium)")


@contextmanager
def opened(context, server: str, path: str = ""):
    """A fresh tab of `context` (conftest's: one per module) on the served app's `path`, settled;
    closed after the block. conftest's `browser` has opened the server's root once (a fresh server
    may answer "page not found" to a first deep link)."""
    page = context.new_page()
    try:
        page.goto(f"{server}/{path}")
        settle(page)
        yield page
    finally:
        page.close()


def settle(pg, timeout: float = 60_000) -> None:
    """Wait (Playwright, sync) until the app is done: see READY."""
    pg.wait_for_function(READY, timeout=timeout)


async def settle_async(pg, timeout: float = 60_000) -> None:
    """`settle` for Playwright's async API."""
    await pg.wait_for_function(READY, timeout=timeout)


def shot(pg, name: str) -> None:
    """A full-page screenshot in test-artifacts/, for people to look at."""
    ARTIFACTS.mkdir(exist_ok=True)
    pg.screenshot(path=str(ARTIFACTS / f"{name}.png"), full_page=True)


@contextmanager
def served_dashboard(build_root: Path, log: Path, start_timeout: float = 60):
    """`streamlit run dashboard.py` on loopback over `build_root`; yields (url, process).

    bench.served starts it (one way to serve the app for tests and benchmarks); RuntimeError,
    with the end of the log, when it does not start.
    """
    try:
        with served(build_root, start_timeout, log) as (url, proc, _):
            yield url, proc
    except ServeError as e:
        raise RuntimeError(str(e)) from None
