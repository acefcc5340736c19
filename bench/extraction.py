"""`python -m bench extraction`: documents of 1,000 words a second through `loaders extract`, NER included.

The documents are cut from a French corpus at run time (by default ../shared/seeds, the
press articles beside the clone, and the test corpus tests/corpus, repeated), or made from
sentence templates when the seeds are absent, so no third-party text is stored here. Three
figures: the model's load, the steady rate of one process (model loaded, texts in memory),
and the end-to-end rate of `extract_paths` on files with one and two processes (reading,
the one model load and the pool's start in).
"""
from __future__ import annotations

import os
import random
import resource
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

from loaders.articles.documents import Document
from loaders.articles.extract import BATCH, Extractor, extract_paths
from loaders.paths import DATA_DIR, PROJECT

SEEDS = PROJECT.parent / "shared" / "seeds"
TEST_CORPUS = PROJECT / "tests" / "corpus"
WORDS = 1_000

_TEMPLATES = [
    "Le {day} {month} 2025, {actor} a annoncé {n} millions d’euros pour les centres de données.",
    "Selon {actor}, {p} % des entreprises françaises utilisent un cloud souverain.",
    "« Nous devons investir dans l’intelligence artificielle », a déclaré {person} devant {actor}.",
    "La commande publique représente {n} milliards d’euros par an, rappelle le rapport.",
    "Près de {n} start-up ont rejoint le programme, dont une cinquantaine en région.",
    "{actor} et {actor2} défendent une réglementation plus simple pour les PME.",
    "La cybersécurité des hôpitaux reste fragile : {p} % ont subi une cyberattaque l’an dernier.",
]
_PEOPLE = ["Claire Dubois", "Antoine Moreau", "Sophie Laurent", "Hugo Lefèvre", "Inès Garnier"]
_MONTHS = ["janvier", "février", "mars", "avril", "mai", "juin", "septembre", "octobre"]


@dataclass
class ExtractionTimes:
    docs: int
    words: int
    load_s: float
    steady_docs_s: float
    cpu_ms_per_doc: float            # one BLAS thread: what one free core spends on a document
    files_docs_s: dict[int, float]   # workers -> documents per second, end to end
    workers_cpu_ms: float            # CPU of the worker processes per document (the model is loaded before they fork)
    items: int
    corpus: str
    load_average: tuple[float, float]   # 1-minute load before and after: other work on the machine
    files_loaded_docs_s: dict[int, float] = None   # the same, from the first batch's answer on (model loaded)
    cli_docs_s: float | None = None   # `python -m loaders extract DIR --out OUT` in a fresh process, start to exit
    cli_docs: int = 0                 # the documents that run extracted


def _synthetic_words(rng: random.Random, actors: list[str], n: int) -> list[str]:
    words: list[str] = []
    while len(words) < n:
        t = rng.choice(_TEMPLATES)
        words += t.format(day=rng.randint(1, 28), month=rng.choice(_MONTHS), n=rng.randint(2, 900),
                          p=rng.randint(2, 95), actor=rng.choice(actors), actor2=rng.choice(actors),
                          person=rng.choice(_PEOPLE)).split()
    return words


def make_documents(n: int, corpus: Path | None = SEEDS, seed: int = 0) -> tuple[list[str], str]:
    """`n` texts of `WORDS` words each, and where they come from."""
    rng = random.Random(seed)
    files = sorted(corpus.glob("*.txt")) if corpus and corpus.is_dir() else []
    if files and corpus == SEEDS:
        files += sorted(TEST_CORPUS.glob("*.txt"))
    if files:
        pool = " ".join(f.read_text(encoding="utf-8") for f in files).split()
        where = f"{len(files)} articles in {corpus}" + (" and tests/corpus" if corpus == SEEDS else "")
    else:
        from loaders.curated import read_table
        actors = [a.name for a in read_table(DATA_DIR, "actors")]
        pool = _synthetic_words(rng, actors, 20 * WORDS)
        where = "sentence templates"
    starts = range(max(len(pool) - WORDS, 1))
    # Distinct cuts while the pool allows it: `loaders extract --out` skips a text it has done already
    picked = rng.sample(starts, n) if n <= len(starts) else [rng.choice(starts) for _ in range(n)]
    return [" ".join(pool[start:start + WORDS]) for start in picked], where


def _children_cpu() -> float:
    """CPU seconds of this process's finished children (the pool's workers, once it is closed)."""
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def measure_extraction(n: int = 200, corpus: Path | None = SEEDS, workers: tuple[int, ...] = (1, 2)
                       ) -> ExtractionTimes:
    from threadpoolctl import threadpool_limits
    texts, where = make_documents(n, corpus)
    load_before = os.getloadavg()[0]
    t0 = time.perf_counter()
    extractor = Extractor(DATA_DIR)
    load_s = time.perf_counter() - t0
    docs = [Document(Path(f"doc{i:04d}.txt"), t, "utf-8") for i, t in enumerate(texts)]
    list(extractor.extract_documents(docs[:16]))           # warm-up: first batches allocate
    t0 = time.perf_counter()
    items = sum(len(found) for _, found in extractor.extract_documents(docs))
    steady = n / (time.perf_counter() - t0)
    sample = docs[: max(n // 4, 10)]
    with threadpool_limits(1):
        c0 = time.process_time()
        list(extractor.extract_documents(sample))
        cpu_ms = 1000 * (time.process_time() - c0) / len(sample)
    files_rates, loaded_rates = {}, {}
    with tempfile.TemporaryDirectory(prefix="bench-extract-") as tmp:
        paths = []
        (Path(tmp) / "in").mkdir()
        for d in docs:
            path = Path(tmp) / "in" / d.path.name
            path.write_text(d.text, encoding="utf-8")
            paths.append(path)
        workers_cpu_ms = 0.0
        for w in workers:
            c0 = _children_cpu()
            t0 = time.perf_counter()
            done, first = 0, None
            for r in extract_paths(paths, workers=w):
                done += r.problem is None
                if first is None:
                    first = time.perf_counter()   # the model loaded and the first batch read
            end = time.perf_counter()
            files_rates[w] = done / (end - t0)
            # Once the first batch is back, the other workers' first batches are nearly done too: not
            # counted (BATCH * w), so this rate errs low.
            loaded_rates[w] = ((done - BATCH * w) / (end - first) if done > BATCH * w and end > first
                               else float("nan"))
            if w > 1:
                workers_cpu_ms = 1000 * (_children_cpu() - c0) / n
        # What a user runs: a fresh process, from Python's start (spaCy's import, the model load, the
        # read-ahead, the pool) to its exit, each file's items written to disk
        out = Path(tmp) / "out"
        t0 = time.perf_counter()
        run = subprocess.run([sys.executable, "-m", "loaders", "extract", str(Path(tmp) / "in"), "--out", str(out)],
                             cwd=PROJECT, capture_output=True, text=True, timeout=3600)
        cli_s = time.perf_counter() - t0
        manifest = out / "manifest.jsonl"
        cli_docs = len(manifest.read_text(encoding="utf-8").splitlines()) if manifest.exists() else 0
        if run.returncode != 0:
            raise RuntimeError(f"loaders extract failed: {run.stderr[-2000:]}")
    return ExtractionTimes(n, n * WORDS, load_s, steady, cpu_ms, files_rates, workers_cpu_ms, items, where,
                           (load_before, os.getloadavg()[0]), loaded_rates, cli_docs / cli_s, cli_docs)


def report(t: ExtractionTimes, target: float = 50.0) -> str:
    cores = os.cpu_count() or 1
    on_free_cores = cores * 1000 / t.cpu_ms_per_doc
    lines = [f"{t.docs} documents of {WORDS:,} words ({t.corpus}), {t.items:,} items found",
             f"  machine: {cores} cores, load average {t.load_average[0]:.1f} before, "
             f"{t.load_average[1]:.1f} after (others' work slows every wall-clock figure)",
             f"  model and tables loaded         {t.load_s:6.1f} s",
             f"  one process, steady             {t.steady_docs_s:6.1f} docs/s "
             f"({t.steady_docs_s * WORDS:,.0f} words/s; model loaded, texts in memory)",
             f"  CPU per document, 1 thread      {t.cpu_ms_per_doc:6.1f} ms  -> "
             f"{on_free_cores:.1f} docs/s on {cores} free cores "
             f"({'meets' if on_free_cores >= target else 'below'} the {target:g} docs/s target)"]
    for w, rate in t.files_docs_s.items():
        lines.append(f"  files end to end, {w} process(es) {rate:6.1f} docs/s "
                     "(reading, the one model load and the pool start included)")
        if t.files_loaded_docs_s and w in t.files_loaded_docs_s:
            lines.append(f"    after the first batch          {t.files_loaded_docs_s[w]:6.1f} docs/s "
                         "(the model loaded once: what each further file costs)")
    if t.workers_cpu_ms:
        lines.append(f"  CPU per document in the workers {t.workers_cpu_ms:6.1f} ms (the parent's model load not counted)")
    if t.cli_docs_s is not None:
        lines.append(f"  `loaders extract DIR --out OUT`  {t.cli_docs_s:6.1f} docs/s, a fresh process over {t.cli_docs:,} files "
                     f"(Python's start, spaCy's import and the model load included; "
                     f"{'meets' if t.cli_docs_s >= target else 'below'} the {target:g} docs/s target)")
    return "\n".join(lines)
