"""The dashboard as users get it: a served app, opened in Debian's Chromium (Playwright).

Measures the server's start until `/_stcore/health` answers, the first page until the app says it
is done (`data-test-script-state="notRunning"`, no skeleton, as Streamlit's own browser tests
wait), the bytes the server sends on the websocket for each page, and the server process's peak
resident memory (VmHWM in /proc, which the kernel keeps for the whole life of the process).
"""
from __future__ import annotations

import os
import socket
import statistics
import subprocess
import sys
import time
import urllib.request
from contextlib import contextmanager
from pathlib import Path

from .apptest import PROJECT

CHROMIUM = Path("/usr/bin/chromium")
FLAGS = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
         "--disable-background-networking", "--disable-component-update", "--disable-sync"]
DONE = '[data-testid="stApp"][data-test-script-state="notRunning"]'


class ServeError(Exception):
    """The server did not start, or the browser could not open it."""


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def memory_mb(pid: int, field: str = "VmHWM") -> float | None:
    """VmHWM (peak resident since start) or VmRSS (resident now) of `pid`, in MB (Linux /proc)."""
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith(field + ":"):
                return int(line.split()[1]) / 1024
    except OSError:
        return None
    return None


def cpu_seconds(pid: int) -> float | None:
    """User + system CPU time `pid` has used so far, in seconds (Linux /proc)."""
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
        return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")
    except (OSError, IndexError, ValueError):
        return None


def peak_rss_mb(pid: int) -> float | None:
    """Peak resident memory of a live process, in MB (Linux /proc; None elsewhere)."""
    return memory_mb(pid, "VmHWM")


@contextmanager
def healthy(url: str, proc: subprocess.Popen, timeout: float, log: Path | None = None):
    """Once the server `proc` at `url` answers (ServeError when it does not), the block runs;
    then the server is stopped, killed if it does not end within 10 s."""
    try:
        _wait_healthy(url, proc, timeout, log)
        yield
    finally:
        proc.terminate()
        try:
            proc.wait(10)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()


def _wait_healthy(url: str, proc: subprocess.Popen, timeout: float, log: Path | None = None) -> None:
    """Return once the server at `url` answers `/_stcore/health`; ServeError, with the end of its
    log, when the process ends first or `timeout` seconds pass (polling: nothing else to wait on)."""
    start = time.perf_counter()
    while True:
        try:
            with urllib.request.urlopen(f"{url}/_stcore/health", timeout=2) as r:
                if r.status == 200:
                    return
        except OSError:
            pass
        if proc.poll() is not None or time.perf_counter() - start > timeout:
            said = log.read_text(errors="replace")[-800:] if log is not None and log.exists() else ""
            raise ServeError("the dashboard did not start"
                             + (f" (no health answer in {timeout:.0f} s)" if proc.poll() is None else "")
                             + (f":\n{said}" if said else ""))
        time.sleep(0.05)


@contextmanager
def served(data_root: Path, timeout: float = 120, log: Path | None = None, script: str | None = None,
           env: dict[str, str] | None = None):
    """Start the dashboard on DATA as `make run` does (app.serve: tables read, then served), or
    `streamlit run script` when a script is given; yields (url, process, seconds until healthy).

    The server's output goes to `log` (a file: a pipe nobody reads would block a busy server),
    or nowhere; when the server does not start, ServeError carries the end of the log.
    """
    port = free_port()
    env = dict(os.environ, **(env or {}), DASHBOARD_DATA=str(data_root))
    if log is not None:
        log.parent.mkdir(parents=True, exist_ok=True)
    out = open(log, "wb") if log is not None else subprocess.DEVNULL
    start = time.perf_counter()
    try:
        command = [sys.executable, "-m", "app.serve"] if script is None else \
            [sys.executable, "-m", "streamlit", "run", script]
        proc = subprocess.Popen([*command,
                                 "--server.port", str(port), "--server.headless", "true",
                                 "--server.address", "127.0.0.1", "--browser.gatherUsageStats", "false"],
                                cwd=PROJECT, env=env, stdout=out, stderr=subprocess.STDOUT)
    finally:
        if log is not None:
            out.close()
    url = f"http://127.0.0.1:{port}"
    with healthy(url, proc, timeout, log):
        yield url, proc, time.perf_counter() - start


def _open(page, url: str, timeout_ms: float) -> float:
    start = time.perf_counter()
    page.goto(url)
    page.wait_for_selector(DONE, timeout=timeout_ms)
    page.wait_for_selector('[data-testid="stSkeleton"]', state="detached", timeout=timeout_ms)
    return time.perf_counter() - start


def measure_served(data_root: Path, pages: list[str], timeout: float = 120, starts: int = 3) -> dict:
    """Server start, the first page cold in a browser, each page's websocket bytes, peak memory.

    The first page is timed on `starts` fresh servers (the median is reported, each one kept):
    one server start gives one sample, and this machine's noise is ±30 %."""
    if not CHROMIUM.exists():
        raise ServeError(f"{CHROMIUM} is missing: scripts/ensure-chromium installs it")
    from playwright.sync_api import sync_playwright
    out: dict = {"pages": {}}
    with served(data_root, timeout) as (url, proc, started), sync_playwright() as p:
        pid = proc.pid
        out["server_start_s"] = started
        browser = p.chromium.launch(executable_path=str(CHROMIUM), args=FLAGS, headless=True)
        try:
            received = [0]

            def fresh_tab():
                """A new tab per page: one that choked on a huge page cannot hold up the next."""
                tab = browser.new_page(viewport={"width": 1400, "height": 1000})
                tab.set_default_timeout(timeout * 1000)   # navigation too: a busy server is slow, not broken
                tab.on("websocket", lambda ws: ws.on(
                    "framereceived", lambda frame: received.__setitem__(
                        0, received[0] + len(frame.encode() if isinstance(frame, str) else frame))))
                return tab

            page = fresh_tab()
            # First page after the server is up (app.serve has read the tables before it answers).
            try:
                out["first_page_cold_s"] = _open(page, url, timeout * 1000)
            except Exception as e:   # too slow: say so, and still open the other pages
                out["first_page_error"] = f"{e.__class__.__name__}: {str(e).splitlines()[0][:200]}"
            out["first_page_bytes"] = received[0]
            for slug in pages:
                page.close()
                page = fresh_tab()
                received[0] = 0
                try:
                    seconds = _open(page, f"{url}/{slug}", timeout * 1000)
                except Exception as e:   # too slow or broken: say so, measure the other pages
                    out["pages"][slug] = {"error": f"{e.__class__.__name__}: {str(e).splitlines()[0][:200]}",
                                          "ws_bytes": received[0]}
                    continue
                out["pages"][slug] = {"load_s": seconds, "ws_bytes": received[0]}
        finally:
            browser.close()
        out["server_peak_mb"] = peak_rss_mb(pid)
    firsts = [out["first_page_cold_s"]] if "first_page_cold_s" in out else []
    firsts += [s for s in (first_page(data_root, timeout) for _ in range(starts - 1)) if s is not None]
    if firsts:
        out["first_page_cold_runs_s"] = firsts
        out["first_page_cold_s"] = statistics.median(firsts)
    for kind, key in FLOORS.items():
        floors = [s for s in (floor_page(timeout, kind) for _ in range(starts)) if s is not None]
        out[key] = statistics.median(floors) if floors else None
    return out


def first_page(data_root: Path, timeout: float = 120) -> float | None:
    """Seconds until the root page is done in a new browser, on a fresh server (None if it fails)."""
    from playwright.sync_api import sync_playwright
    try:
        with served(data_root, timeout) as (url, _, _), sync_playwright() as p:
            browser = p.chromium.launch(executable_path=str(CHROMIUM), args=FLAGS, headless=True)
            try:
                return _open(browser.new_page(viewport={"width": 1400, "height": 1000}), url, timeout * 1000)
            finally:
                browser.close()
    except Exception:   # reported through the first server's own error, if any
        return None


# bench/floor_app.py's sizes, and where their medians go in the results
FLOORS = {"bare": "floor_bare_s", "chart": "floor_page_s", "sidebar": "floor_sidebar_s"}


def floor_page(timeout: float = 120, kind: str = "chart") -> float | None:
    """Seconds the same browser takes to show bench/floor_app.py (`kind`: a title; and one plotly
    chart; and a sidebar of filters) on a fresh server: what such a Streamlit page costs here before
    the dashboard adds anything."""
    from playwright.sync_api import sync_playwright
    try:
        with served(PROJECT, timeout, script="bench/floor_app.py", env={"FLOOR": kind}) as (url, _, _), \
                sync_playwright() as p:
            browser = p.chromium.launch(executable_path=str(CHROMIUM), args=FLAGS, headless=True)
            try:
                return _open(browser.new_page(viewport={"width": 1400, "height": 1000}), url, timeout * 1000)
            finally:
                browser.close()
    except Exception:   # the floor is context, not a result: leave it out rather than fail the run
        return None
