"""`python -m bench rebuilds`: the served app's memory across rebuilds (each Import or Review save is one).

A generated build of `--figures` figures is served as `make run` serves it; a browser opens the
Overview, then the same tables are published again `--times` times (a new build folder each time,
`current` switched, as `loaders build` does), the Overview opened in a new tab after each, and
the server's resident memory (VmRSS) read once the page is done. The app keeps one live build
(`app.ui._tables_for`, max_entries=1): memory after the tenth rebuild should be at most 1.1×
memory after the first. Before, every build stayed cached (six rebuilds of 200,000 figures took a
server from 299 MB to 785 MB).
"""
from __future__ import annotations

import tempfile
import time
from pathlib import Path

from .generate import generate_tables, publish_tables
from .served import CHROMIUM, FLAGS, ServeError, _open, memory_mb, served


def measure(figures: int = 200_000, times: int = 10, timeout: float = 120, settle_s: float = 2.0) -> dict:
    """Memory of the served process after the first page and after each rebuild, in MB."""
    if not CHROMIUM.exists():
        raise ServeError(f"{CHROMIUM} is missing: scripts/ensure-chromium installs it")
    from playwright.sync_api import sync_playwright
    tables = generate_tables(figures)
    manifest = {"version": f"synthetic-{figures}-seed0", "built_at": None,
                "rows": {name: t.num_rows for name, t in tables.items()}, "warnings": []}
    with tempfile.TemporaryDirectory(prefix="bench-rebuilds-") as tmp:
        root = Path(tmp) / "build"
        publish_tables(root, tables, manifest)
        with served(root, timeout, log=Path(tmp) / "server.log") as (url, proc, _), sync_playwright() as p:
            browser = p.chromium.launch(executable_path=str(CHROMIUM), args=FLAGS, headless=True)
            try:
                def visit() -> float:
                    tab = browser.new_page(viewport={"width": 1400, "height": 1000})
                    try:
                        seconds = _open(tab, url, timeout * 1000)
                    finally:
                        tab.close()
                    time.sleep(settle_s)   # the closed session's run ends and is let go
                    return seconds
                out = {"figures": figures, "first_page_s": visit(), "served_mb": memory_mb(proc.pid, "VmRSS"),
                       "after_rebuild_mb": [], "page_s": []}
                for _ in range(times):
                    publish_tables(root, tables, manifest)
                    out["page_s"].append(visit())
                    out["after_rebuild_mb"].append(memory_mb(proc.pid, "VmRSS"))
                out["peak_mb"] = memory_mb(proc.pid, "VmHWM")
            finally:
                browser.close()
    return out


def report(r: dict) -> str:
    after = r["after_rebuild_mb"]
    lines = [f"{r['figures']:,} figures served: {r['served_mb']:.0f} MB after the first page "
             f"({r['first_page_s']:.1f} s)"]
    lines += [f"  after rebuild {i:>2}: {mb:6.0f} MB   (page {s:.1f} s)"
              for i, (mb, s) in enumerate(zip(after, r["page_s"]), 1)]
    ratio = after[-1] / after[0]
    lines.append(f"after the last / after the first rebuild: {ratio:.2f}× (target ≤ 1.1×) "
                 f"{'✓' if ratio <= 1.1 else '✗'}; peak {r['peak_mb']:.0f} MB")
    return "\n".join(lines)
