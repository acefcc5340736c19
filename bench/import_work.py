"""`python -m bench import-work`: what one adversarial paste costs the Import page, by step and size.

Each case runs in a fresh process (the model loaded first, so its memory is the baseline): the
extraction (`extract_document`), the candidate planning (`propose`) and the highlighting
(`marked_pieces`) on 20,000 to 200,000 characters of the pastes that were slow or large
("1 % " repeated, "1 " repeated, "de " repeated). Printed: seconds per step and the peak memory
above the baseline; targets: ≤ 10 s and ≤ +300 MB at 200,000 characters, time linear in size.
"""
from __future__ import annotations

import json
import os
import resource
import subprocess
import sys
import time
from pathlib import Path

PASTES = {"1 % ": "percent signs", "1 ": "bare numbers", "de ": "'de de de'"}
SIZES = (20_000, 100_000, 200_000)


def _peak_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def one_case(unit: str, chars: int) -> dict:
    """Time each step on `unit` repeated to `chars` characters (run in its own process)."""
    from loaders.articles.documents import read_pasted
    from loaders.articles.extract import Extractor
    from loaders.articles.ingest import SourceInfo, extract_document, marked_pieces, propose
    from loaders.paths import DATA_DIR
    extractor = Extractor(DATA_DIR)
    extract_document(extractor, read_pasted("Un premier texte de 3 M€."), None)   # warm the pipeline
    base = _peak_mb()
    document = read_pasted((unit * (chars // len(unit) + 1))[:chars])
    out = {"unit": unit, "chars": chars}
    cpu = time.process_time()   # CPU time beside wall time: on a shared machine wall time waits for a core
    start = time.perf_counter()
    found = extract_document(extractor, document, None)
    out["extract_s"] = time.perf_counter() - start
    start = time.perf_counter()
    plan = propose(document, found, SourceInfo(publisher="bench"), ["cloud"])
    out["plan_s"] = time.perf_counter() - start
    start = time.perf_counter()
    marked_pieces(document.text, found)
    out["mark_s"] = time.perf_counter() - start
    out["cpu_s"] = time.process_time() - cpu
    out.update(items=len(found), candidates=len(plan.rows["figures"]), capped=plan.capped,
               peak_mb_over_base=_peak_mb() - base)
    return out


def measure(sizes=SIZES) -> list[dict]:
    results = []
    for unit in PASTES:
        for chars in sizes:
            code = (f"import json, sys; sys.path.insert(0, {str(Path(__file__).parent.parent)!r}); "
                    f"from bench.import_work import one_case; print(json.dumps(one_case({unit!r}, {chars})))")
            run = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
            if run.returncode:
                results.append({"unit": unit, "chars": chars, "error": run.stderr.strip().splitlines()[-1:]})
            else:
                results.append(json.loads(run.stdout.strip().splitlines()[-1]))
    return results


def report(results: list[dict]) -> str:
    lines = [f"{'paste':<15} {'chars':>8} {'items':>7} {'cands':>6} {'extract s':>10} {'plan s':>8} "
             f"{'mark s':>8} {'total s':>8} {'CPU s':>7} {'peak +MB':>9}"]
    for r in results:
        name = PASTES[r["unit"]]
        if "error" in r:
            lines.append(f"{name:<15} {r['chars']:>8}  failed: {r['error']}")
            continue
        total = r["extract_s"] + r["plan_s"] + r["mark_s"]
        lines.append(f"{name:<15} {r['chars']:>8} {r['items']:>7} {r['candidates']:>6} {r['extract_s']:>10.2f} "
                     f"{r['plan_s']:>8.3f} {r['mark_s']:>8.3f} {total:>8.2f} {r['cpu_s']:>7.2f} "
                     f"{r['peak_mb_over_base']:>9.0f}")
    load = os.getloadavg()[0]
    lines.append(f"targets at 200,000 characters: total ≤ 10 s, peak ≤ +300 MB, time linear in size "
                 f"(load average {load:.1f} on {os.cpu_count()} cores at the end)")
    return "\n".join(lines)
