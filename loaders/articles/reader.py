"""The Import page's reading, in a process of its own: spaCy holds the GIL for much of its work, so
read in the server's process it slowed every other visitor's page, whatever the thread's priority.

One worker per server, started on the first import (spawned: the server's threads are never
forked), at a lower CPU priority, holding its own Extractor (the model loaded once). It runs
`extract_document`, pieces and time budget included. A worker that dies (killed, out of memory)
is a DataError with a message, and the next import starts a fresh one.
"""
from __future__ import annotations

import contextlib
import datetime as dt
import hashlib
import multiprocessing
import os
import sys
import threading
import time
import types
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures import TimeoutError as FutureTimeout
from concurrent.futures.process import BrokenProcessPool
from pathlib import Path

from threadpoolctl import threadpool_limits

from loaders.articles.documents import Document
from loaders.articles.extract import Extractor, Found
from loaders.articles.ingest import EXTRACT_SECONDS, extract_document
from loaders.errors import DataError, DataProblem

NICE_STEP = 10           # the worker's CPU priority below the server's
START_S = 120.0          # loading the model in a fresh worker, on top of the reading budget
ORPHAN_CHECK_S = 2.0     # how often the worker checks that its server still runs

_extractor: Extractor | None = None     # in the worker: its own pipeline
_pool: ProcessPoolExecutor | None = None
_pool_dir: str | None = None
_lock = threading.Lock()


def _start(data_dir: str, nice_step: int, server_pid: int) -> None:
    """The worker's initializer: lower priority, load the model, leave when the server is gone."""
    global _extractor
    with contextlib.suppress(OSError):
        os.nice(nice_step)
    with contextlib.suppress(OSError, AttributeError):   # Linux: run only on a core nobody else wants
        os.sched_setscheduler(0, os.SCHED_IDLE, os.sched_param(0))
    threadpool_limits(1)   # one core's worth of reading: OpenBLAS's second thread could take the visitors' core
    _extractor = Extractor(Path(data_dir))

    def watch() -> None:   # a server killed outright runs no exit handler: the worker ends itself
        while os.getppid() == server_pid:
            time.sleep(ORPHAN_CHECK_S)
        os._exit(0)
    threading.Thread(target=watch, daemon=True).start()


def _read(document: Document, published: dt.date | None, language: str,
          budget_s: float) -> tuple[list[Found], list[DataProblem]]:
    """In the worker: (items, []) or ([], problems). A DataError does not survive pickling (its
    args are the joined message), so its problems travel as a value."""
    try:
        return extract_document(_extractor, document, published, budget_s, language=language), []
    except DataError as e:
        return [], e.problems
    except MemoryError:
        return [], [DataProblem(document.path.name, None, "reading ran out of memory: cut the text")]


# The tables an Extractor reads: the worker is kept while their content is the same, wherever they
# lie, and replaced when an editor changes one (a worker keyed by the folder kept stale actors).
EXTRACTOR_TABLES = ("actors.csv", "themes.csv", "organisations.csv")


def _tables_key(data_dir: Path | str) -> str:
    digest = hashlib.sha256()
    for name in EXTRACTOR_TABLES:
        path = Path(data_dir) / name
        digest.update(name.encode() + b"\0" + (path.read_bytes() if path.is_file() else b"") + b"\0")
    return digest.hexdigest()


def _worker(data_dir: Path | str) -> ProcessPoolExecutor:
    global _pool, _pool_dir
    key = _tables_key(data_dir)
    with _lock:
        if _pool is None or _pool_dir != key:
            if _pool is not None:
                _pool.shutdown(wait=False, cancel_futures=True)
            _pool = ProcessPoolExecutor(max_workers=1, mp_context=multiprocessing.get_context("spawn"),
                                        initializer=_start, initargs=(str(data_dir), NICE_STEP, os.getpid()))
            _pool_dir = key
            with _bare_main():
                _pool.submit(os.getpid)   # the worker process starts here, synchronously
        return _pool


@contextlib.contextmanager
def _bare_main():
    """While the worker starts, `__main__` is a bare module. Streamlit runs each page as `__main__`
    (and AppTest its script), and a spawned process re-runs the parent's `__main__` by its path: the
    worker would run the page script, and die there. A bare one names no file: the worker imports
    only what it unpickles."""
    main = sys.modules["__main__"]
    sys.modules["__main__"] = types.ModuleType("__main__")
    try:
        yield
    finally:
        sys.modules["__main__"] = main


def _drop(pool: ProcessPoolExecutor, kill: bool = False) -> None:
    """Forget `pool` (the next import starts a fresh worker); `kill` ends a worker that overran."""
    global _pool
    with _lock:
        if _pool is pool:
            _pool = None
    if kill:
        for process in list((pool._processes or {}).values()):   # noqa: SLF001 (no public handle)
            with contextlib.suppress(Exception):
                process.kill()
    pool.shutdown(wait=False, cancel_futures=True)


def read_document(data_dir: Path | str, document: Document, published: dt.date | None, language: str = "fr",
                  budget_s: float = EXTRACT_SECONDS) -> list[Found]:
    """`extract_document` run in the reading worker for `data_dir`'s actors and themes; DataError
    past the budget, or when the worker died."""
    pool = _worker(data_dir)
    try:
        found, problems = pool.submit(_read, document, published, language, budget_s).result(
            timeout=budget_s + START_S)
    except BrokenProcessPool:
        _drop(pool)
        raise DataError([DataProblem(document.path.name, None,
                                     "the reading process stopped before the end (out of memory, or ended); "
                                     "try again, or cut the text")]) from None
    except FutureTimeout:   # one piece that never ends: the budget is checked between pieces only
        _drop(pool, kill=True)
        raise DataError([DataProblem(document.path.name, None,
                                     f"reading stopped after {budget_s:.0f} s: too much for one import, "
                                     "cut the text")]) from None
    if problems:
        raise DataError(problems)
    return found


def worker_pid(data_dir: Path | str) -> int:
    """The reading worker's process id (started if needed): not the server's."""
    pool = _worker(data_dir)
    try:
        return pool.submit(os.getpid).result(timeout=START_S)
    except BrokenProcessPool:
        _drop(pool)
        raise
