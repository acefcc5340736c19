"""A served dashboard for browser tests that need more than test_browser's `server` fixture gives:
the server process (its memory) and its log in a file (a pipe nobody reads blocks the server once
it fills, which a test under load can do)."""
from __future__ import annotations

import os
from contextlib import contextmanager
from pathlib import Path

from bench.served import ServeError, memory_mb, served

__all__ = ["served_dashboard", "memory_mb", "cpu_seconds", "require_chromium"]
CHROMIUM = Path("/usr/bin/chromium")


def require_chromium() -> None:
    """Debian's Chromium must be there: a failure under CI (it installs it), a skip elsewhere."""
    import pytest
    if not CHROMIUM.exists():
        if os.environ.get("CI"):
            pytest.fail("Debian's chromium is missing: scripts/ensure-chromium installs it")
        pytest.skip("chromium not installed (run scripts/ensure-chromium)")


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


def cpu_seconds(pid: int) -> float | None:
    """User + system CPU time `pid` has used so far, in seconds (Linux /proc)."""
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
        return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")
    except (OSError, IndexError, ValueError):
        return None
