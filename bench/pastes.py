"""`python -m bench pastes`: adversarial pastes on the Import page at once, and another visitor meanwhile.

The shipped data is built and served as `make edit` serves it (loopback, the local user an
editor). A visitor's Overview load is timed in a fresh tab while the server is quiet (median of
`--quiet` loads); then `--at-once` tabs paste `--chars` characters of "1 % " repeated (the paste
that took 212 s and 5.6 GB for three) and click "Repérer les éléments" together, and the visitor loads the
Overview again and again until every paste has its answer (its items, or a message). The pasting
tabs run in a browser of their own, lowered to nice +10 (`PASTERS_NICE`): the pasters' browsers are
other people's machines, and on this 2-core rig their drawing would otherwise be measured as the
server's unfairness; the CPU each side used during the pastes is printed. Printed: the
visitor's quiet and busy load times (targets: the busy median within 1.5× the quiet one), what
each paste got and when, and the server's peak resident memory (VmHWM; target ≤ 1 GB), with its
reading process's beside it (loaders.articles.reader: the model and the reading live there).
"""
from __future__ import annotations

import os
import statistics
import tempfile
import time
from pathlib import Path

from .apptest import PROJECT
from .served import CHROMIUM, DONE, FLAGS, ServeError, _open, cpu_seconds, memory_mb, served

PASTE_UNIT = "1 % "
PASTERS_NICE = 10   # the pasting browser's priority: someone else's machine, not the server's cores
# What a paste can get back: the counts of what was found, or one of these messages (app/messages.toml)
SAID = ("D'autres imports sont en cours", "Ce document ne peut pas être lu", "Rien à lire")


def measure(chars: int = 200_000, at_once: int = 3, quiet: int = 3, timeout: float = 300) -> dict:
    if not CHROMIUM.exists():
        raise ServeError(f"{CHROMIUM} is missing: scripts/ensure-chromium installs it")
    from playwright.sync_api import sync_playwright

    from loaders.build import load_dataset, write_build
    text = (PASTE_UNIT * (chars // len(PASTE_UNIT) + 1))[:chars]
    with tempfile.TemporaryDirectory(prefix="bench-pastes-") as tmp:
        root = Path(tmp) / "build"
        write_build(load_dataset(PROJECT / "data"), root)
        env = {"DASHBOARD_EDIT": "local"}   # served on 127.0.0.1 by `served`: the local user edits
        with served(root, timeout, log=Path(tmp) / "server.log", env=env) as (url, proc, _), \
                sync_playwright() as p:
            browser = p.chromium.launch(executable_path=str(CHROMIUM), args=FLAGS, headless=True)
            before = set(_chromium_pids())
            others = p.chromium.launch(executable_path=str(CHROMIUM), args=FLAGS, headless=True)
            pasters_browser = set(_chromium_pids()) - before   # its browser, zygotes, GPU: renderers fork from these
            for pid in pasters_browser:
                _renice(pid, PASTERS_NICE)
            try:
                def visitor() -> float:
                    tab = browser.new_page(viewport={"width": 1400, "height": 1000})
                    try:
                        return _open(tab, url, timeout * 1000)
                    finally:
                        tab.close()
                visitor()   # the first load of a fresh server is not a quiet visit's
                quiet_s = [visitor() for _ in range(quiet)]
                pasters = []
                for _ in range(at_once):
                    tab = others.new_page(viewport={"width": 1400, "height": 1000})
                    tab.set_default_timeout(timeout * 1000)
                    _open(tab, f"{url}/import", timeout * 1000)
                    tab.locator("textarea").first.fill(text)
                    pasters.append(tab)
                for pid in _descendants(pasters_browser):
                    _renice(pid, PASTERS_NICE)
                baseline_mb = memory_mb(proc.pid, "VmRSS")
                cpu_before = _cpu_by_side(proc.pid, pasters_browser)
                start = time.perf_counter()
                for tab in pasters:
                    tab.get_by_role("button", name="Repérer les éléments").click()
                answered: dict[int, tuple[float, str]] = {}
                busy_s = []
                while len(answered) < at_once and time.perf_counter() - start < timeout:
                    for pid in _descendants(pasters_browser):   # Chromium sets its renderers' priority itself
                        _renice(pid, PASTERS_NICE)
                    busy_s.append(visitor())
                    for i, tab in enumerate(pasters):
                        if i not in answered and tab.locator(DONE).count() and (said := _answer(tab)):
                            answered[i] = (time.perf_counter() - start, said)
                cpu = {side: used - cpu_before.get(side, 0.0)
                       for side, used in _cpu_by_side(proc.pid, pasters_browser).items()}
                out = {"busy_window_s": time.perf_counter() - start, "cpu_s": cpu, "chars": chars, "at_once": at_once, "quiet_s": quiet_s, "busy_s": busy_s,
                       "answers": [answered.get(i, (None, "no answer before the timeout")) for i in range(at_once)],
                       "baseline_mb": baseline_mb, "peak_mb": memory_mb(proc.pid, "VmHWM"),
                       "worker_peak_mb": max((memory_mb(c, "VmHWM") or 0 for c in _children(proc.pid)),
                                             default=None)}
            finally:
                others.close()
                browser.close()
    return out


def _chromium_pids() -> list[int]:
    pids = []
    for d in Path("/proc").iterdir():
        if d.name.isdigit():
            try:
                if (d / "comm").read_text().strip() == "chromium":
                    pids.append(int(d.name))
            except OSError:
                pass
    return pids


def _renice(pid: int, nice: int) -> None:
    try:
        os.setpriority(os.PRIO_PROCESS, pid, nice)
    except OSError:
        pass


def _descendants(pids: set[int]) -> set[int]:
    """`pids` and every process forked from them (their renderers)."""
    found, frontier = set(pids), list(pids)
    while frontier:
        for child in _children(frontier.pop()):
            if child not in found:
                found.add(child)
                frontier.append(child)
    return found


def _cpu_by_side(server: int, pasters_browser: set[int]) -> dict[str, float]:
    """CPU seconds so far of the server, its reading process, and the pasters' browser (live processes)."""
    readers = _children(server)
    return {"server": cpu_seconds(server) or 0.0, "reader": sum(cpu_seconds(c) or 0.0 for c in readers),
            "pasters' browser": sum(cpu_seconds(c) or 0.0 for c in _descendants(pasters_browser))}


def _children(pid: int) -> list[int]:
    """The server's child processes (the reading worker; Linux /proc)."""
    try:
        return [int(c) for task in Path(f"/proc/{pid}/task").iterdir()
                for c in (task / "children").read_text().split()]
    except OSError:
        return []


def _answer(tab) -> str | None:
    """What the page answered a paste, in short; None while it has not."""
    for alert in tab.locator('[data-testid="stAlert"]').all_inner_texts():
        if any(said in alert for said in SAID):
            return " ".join(alert.split())[:100]
    metrics = tab.locator('[data-testid="stMetric"]').all_inner_texts()
    return "found: " + ", ".join(m.replace("\n", " ") for m in metrics[:3]) if metrics else None


def report(r: dict) -> str:
    quiet, busy = statistics.median(r["quiet_s"]), statistics.median(r["busy_s"]) if r["busy_s"] else float("nan")
    lines = [f"{r['at_once']} pastes of {r['chars']:,} characters of {PASTE_UNIT!r} at once",
             f"  visitor's Overview, quiet: {quiet:.2f} s (median of {', '.join(f'{s:.2f}' for s in r['quiet_s'])})",
             f"  visitor's Overview, during the pastes: {busy:.2f} s median, {max(r['busy_s'], default=0):.2f} s max "
             f"over {len(r['busy_s'])} loads → {busy / quiet:.2f}× quiet (target ≤ 1.5×) "
             f"{'✓' if busy <= 1.5 * quiet else '✗'}"]
    if r.get("cpu_s"):
        lines.append(f"  CPU during the {r['busy_window_s']:.0f} s of pastes: "
                     + ", ".join(f"{side} {used:.1f} s" for side, used in r["cpu_s"].items())
                     + f" (the pasters' browser at nice +{PASTERS_NICE})")
    for i, (at, said) in enumerate(r["answers"], 1):
        lines.append(f"  paste {i}: " + (f"answered after {at:.1f} s: {said}" if at is not None else said))
    lines.append(f"  server: {r['baseline_mb']:.0f} MB before the pastes, peak {r['peak_mb']:.0f} MB "
                 f"(target ≤ 1024 MB) {'✓' if r['peak_mb'] <= 1024 else '✗'}")
    if r.get("worker_peak_mb") is not None:
        lines.append(f"  reading process: peak {r['worker_peak_mb']:.0f} MB "
                     f"(server and reader together {r['peak_mb'] + r['worker_peak_mb']:.0f} MB)")
    return "\n".join(lines)
