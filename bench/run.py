"""`python -m bench run`: every timing of the issue in one run, printed as a table and kept as JSON.

Order matters for honest figures: the served app runs in its own process first (server start,
first page cold in a browser, websocket bytes, the server's peak memory); then this process
runs every page through AppTest (cold first run, warm reruns after a theme change, bytes per
rerun), then times the query steps and the exports on the tables the app already holds.
"""
from __future__ import annotations

import datetime as dt
import json
import os
import platform
import resource
import subprocess
import sys
import tempfile
from pathlib import Path

from .apptest import PROJECT, load_in_process, page_keys, time_page
from .served import FLOORS, ServeError, measure_served

RESULTS = PROJECT / "bench" / "results"
TARGETS = {"warm_s": 0.150, "first_page_cold_s": 2.5, "csv_s": 0.100, "peak_mb": 700, "bytes": 1_000_000}


def _commit() -> dict:
    def git(*args):
        return subprocess.run(["git", *args], cwd=PROJECT, capture_output=True, text=True).stdout.strip()
    status = subprocess.run(["git", "status", "--porcelain", "--untracked-files=no"], cwd=PROJECT,
                            capture_output=True, text=True).stdout   # not stripped: "XY path" per line
    # The results themselves change with every run: they are not a change to what is measured.
    dirty = [line[3:] for line in status.splitlines() if not line[3:].startswith("bench/results/")]
    return {"commit": git("rev-parse", "--short", "HEAD"), "modified_files": dirty}


def generate(figures: int, root: Path) -> None:
    """The dataset, written by a child process so its memory does not count as this one's."""
    subprocess.run([sys.executable, "-m", "bench", "generate", "--figures", str(figures), "--out", str(root)],
                   cwd=PROJECT, check=True, stdout=subprocess.DEVNULL)


def run_benchmark(figures: int, data_root: Path | None = None, repeat: int = 5, browser: bool = True,
                  timeout: float = 300, echo=print) -> dict:
    """Measure everything on a dataset of `figures` figures (generated unless `data_root` is given)."""
    tmp = None
    if data_root is None:
        tmp = tempfile.TemporaryDirectory(prefix="bench-data-")
        data_root = Path(tmp.name)
        echo(f"generating {figures:,} figures in {data_root} ...")
        generate(figures, data_root)
    before = os.environ.get("DASHBOARD_DATA")
    try:
        return _measure(figures, Path(data_root), repeat, browser, timeout, echo)
    finally:
        if before is None:   # the app in this process read this dataset; leave the caller's setting
            os.environ.pop("DASHBOARD_DATA", None)
        else:
            os.environ["DASHBOARD_DATA"] = before
        if tmp is not None:
            tmp.cleanup()


def _measure(figures, data_root, repeat, browser, timeout, echo) -> dict:
    result = {"figures": figures, "data": str(data_root), "repeat": repeat, "timeout": timeout, **_commit(),
              "measured_at": dt.datetime.now(dt.timezone.utc).isoformat(timespec="seconds"),
              "machine": {"cpus": os.cpu_count(), "load_avg_1m": os.getloadavg()[0],
                          "python": platform.python_version()},
              "targets": TARGETS}
    pages = page_keys()
    if browser:
        echo("served app in a browser ...")
        try:
            result["served"] = measure_served(data_root, pages, timeout)
        except (ServeError, ImportError) as e:
            result["served"] = {"error": str(e)}
    os.environ["DASHBOARD_DATA"] = str(data_root)
    from app.ui import get_tables   # after DASHBOARD_DATA is set: the app's own cached tables
    from .steps import themes_by_size, time_exports, time_steps
    echo("pages through AppTest ...")
    result["apptest_first_run_s"] = load_in_process(timeout)
    tables = get_tables()   # the app's cached tables (read here if the first run timed out)
    themes = themes_by_size(tables)[:repeat]
    result["pages"] = []
    for page in pages:
        timing = time_page(page, themes, timeout)
        result["pages"].append(timing.summary())
        echo(f"  {page}: cold {timing.cold_s or 0:.3f} s" + (f"  ERROR {timing.error}" if timing.error else ""))
    echo("query steps and exports ...")
    result["steps_median_s"] = time_steps(tables, themes)
    result["exports"] = time_exports(tables, repeat)
    result["bench_process_peak_mb"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    return result


def _fmt_s(x) -> str:
    return "–" if x is None else f"{x * 1000:,.0f} ms" if x < 10 else f"{x:,.1f} s"


def _fmt_b(x) -> str:
    return "–" if x is None else f"{x / 1000:,.0f} kB"


def _mark(ok) -> str:
    return "" if ok is None else " ✓" if ok else " ✗"


def table(result: dict) -> str:
    """The results as Markdown: one row per page, then one row per other measure."""
    tg = result["targets"]
    served = result.get("served", {})
    lines = [f"Figures: {result['figures']:,} · commit {result['commit']}"
             + (" (+ uncommitted changes)" if result["modified_files"] else "")
             + f" · {result['measured_at']} · {result['machine']['cpus']} CPUs, "
               f"load {result['machine']['load_avg_1m']:.1f} · medians of {result['repeat']}",
             "", "| page | cold first run (CPU) | warm rerun after a filter change (CPU) | bytes per rerun, warm (sidebar) "
                 "| browser load | websocket bytes |", "|---|---:|---:|---:|---:|---:|"]
    for p in result["pages"]:
        name = p["page"]
        warm, size = p["warm_median_s"], p["warm_median_bytes"]
        web = served.get("pages", {}).get(name, {})
        lines.append(f"| {name} | {_fmt_s(p['cold_s'])} ({_fmt_s(p.get('cold_cpu_s'))}) "
                     f"| {_fmt_s(warm)}{_mark(None if warm is None else warm <= tg['warm_s'])} "
                     f"({_fmt_s(p.get('warm_median_cpu_s'))})"
                     f" | {_fmt_b(size)}{_mark(None if size is None else size <= tg['bytes'])} ({_fmt_b(p.get('sidebar_bytes'))})"
                     f" | {'error' if 'error' in web else _fmt_s(web.get('load_s'))} | {_fmt_b(web.get('ws_bytes'))}"
                     + (f" | error: {p['error']}" if p["error"] else "") + " |" * (not p["error"]))
    ex, peak = result["exports"], served.get("server_peak_mb")
    first = served.get("first_page_cold_s")
    # The target, as the issue defines the page timings: a new session's first run of the first page
    # (AppTest), the server up (app.serve has read the tables). The browser's time is given beside it,
    # with what the same browser takes for Streamlit pages that hold nothing of the dashboard.
    from app.frame import DEFAULT_PAGE as FIRST_PAGE   # the root URL's page
    opened = next((p for p in result["pages"] if p["page"] == FIRST_PAGE), {})
    cold = opened.get("cold_s")
    floors = " / ".join(_fmt_s(served.get(key)) for key in FLOORS.values())
    lines += ["", "| measure | result | target |", "|---|---:|---:|",
              f"| server start until /_stcore/health | {_fmt_s(served.get('server_start_s'))} | |",
              f"| first page cold, server up: a new session's first run of `{FIRST_PAGE}` (AppTest) | "
              f"{_fmt_s(cold)}{_mark(None if cold is None else cold <= tg['first_page_cold_s'])} "
              f"| ≤ {tg['first_page_cold_s']} s |",
              f"| the same, drawn in Chromium (median of {len(served.get('first_page_cold_runs_s', [])) or 1} "
              f"server starts) | "
              f"{_fmt_s(first) if 'first_page_error' not in served else 'over ' + _fmt_s(result['timeout'])} | |",
              f"| Streamlit alone in the same browser: a title / and one plotly chart / and a sidebar of filters "
              f"(`bench/floor_app.py`) | {floors} | |",
              f"| first run in a fresh process (AppTest, tables read) | {_fmt_s(result['apptest_first_run_s'])} | |",
              *(f"| query step `{k}` | {_fmt_s(v)} | |" for k, v in result["steps_median_s"].items()),
              f"| CSV of {ex['rows']:,} filtered rows | {_fmt_s(ex['csv_s'])}{_mark(ex['csv_s'] <= tg['csv_s'])} "
              f"| ≤ {tg['csv_s'] * 1000:.0f} ms |",
              f"| Excel of {ex['rows']:,} filtered rows | {_fmt_s(ex['excel_s'])} | |",
              "| server peak memory (VmHWM, all pages opened) | "
              + ("–" if peak is None else f"{peak:,.0f} MB{_mark(peak <= tg['peak_mb'])}") + f" | ≤ {tg['peak_mb']} MB |",
              f"| bench process peak memory (AppTest, every page and rerun) | "
              f"{result['bench_process_peak_mb']:,.0f} MB | |"]
    if "error" in served:
        lines.append(f"\nServed app not measured: {served['error']}")
    return "\n".join(lines)


def save(result: dict, out: Path | None = None) -> Path:
    out = out or RESULTS / f"figures-{result['figures']}.json"
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(json.dumps(result, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    return out
