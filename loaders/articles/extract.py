"""Extraction from documents: quantities and dates, actors and themes, each placed in its sentence.

The spaCy pipeline is loaded once and fed in batches with `nlp.pipe`; for many files the
work is spread over processes forked once the model is loaded (none loads it again),
because the NER is most of the cost and the machine has more than one core. While the
model loads (seconds, on one core), a process forked before it reads the first files and
finds their numbers, dates and themes, which need no model: the other core is not idle.
Error policy: a file that cannot be read becomes a `FileResult` with a `problem`; the
other files go on. Only a broken actors or themes table stops everything (DataError).
"""
from __future__ import annotations

import bisect
import dataclasses
import datetime as dt
import multiprocessing
import os
import queue
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterable, Iterator

import orjson

from loaders.articles.actors import ActorIndex, TextNames, find_actors, for_the_model, load_pipeline, text_names
from loaders.articles.documents import Document, read_document
from loaders.articles.organisations import load_word_lists, read_gazetteer
from loaders.articles.quantities import Item, not_overlapping, find_quantities
from loaders.articles.themes import ThemeLexicon
from loaders.curated import read_table
from loaders.errors import DataError, DataProblem
from loaders.paths import DATA_DIR

BATCH = 16               # documents per nlp.pipe batch and per task sent to a worker
PARALLEL_FROM = 32       # below this many files, starting a second model costs more than it saves


@dataclass(frozen=True)
class Found:
    """An item located in a file, with the sentence it sits in (character offsets into the text)."""

    file: str
    item: Item
    sentence_start: int
    sentence_end: int

    def to_json(self) -> dict:
        return {"file": self.file, **self.item.to_json(),
                "sentence_start": self.sentence_start, "sentence_end": self.sentence_end}


def json_line(found: Found) -> bytes:
    """One item as a JSON line's bytes (UTF-8 kept as is, not \\u-escaped), without its line break.
    orjson writes it in a third of the standard library's time."""
    return orjson.dumps(found.to_json())


@dataclass
class FileResult:
    """What one file gave: its document and items, or the problem that stopped it.

    `as_lines` results (`extract_paths(..., as_lines=True)`, what `loaders extract` prints or saves)
    carry their items as JSON lines instead, `lines` (one per item, each ending in a line break) and
    their number `count`, and no document: bytes cross from a worker process in a fraction of the
    time a hundred items do, and the parent, which shares the cores with the workers, writes them
    out as they are."""

    path: Path
    document: Document | None = None
    found: list[Found] = field(default_factory=list)
    problem: str | None = None
    lines: bytes | None = None
    count: int = 0

    def as_lines(self) -> "FileResult":
        if self.problem is not None or self.lines is not None:
            return self
        return FileResult(self.path, None, [], None, b"".join(json_line(f) + b"\n" for f in self.found),
                          len(self.found))


@dataclass(frozen=True)
class TextItems:
    """What a text gives without the model: its quantities (money, shares, counts, dates), themes, and
    the spans the name rules read in its words."""

    quantities: list[Item]
    themes: list[Item]
    names: TextNames


@dataclass(frozen=True)
class ReadAhead:
    """A file read, and its text items found, before the model was loaded; or why it could not be read."""

    document: Document | None
    items: TextItems | None
    problem: str | None = None


class TextFinder:
    """Quantities and themes: the part of extraction that needs no spaCy (cheap to build)."""

    def __init__(self, data_dir: Path = DATA_DIR):
        self.themes = ThemeLexicon(read_table(data_dir, "themes"))

    def find(self, text: str, published: dt.date | None, language: str | None = None,
             address: str | None = None) -> TextItems:
        """`address`: where the text was published, when known (a Canadian paper's "$" is CAD)."""
        return TextItems(find_quantities(text, published, language, address), self.themes.find(text),
                         text_names(text))

    def read(self, path: Path, published: dt.date | None, language: str | None = None,
             address: str | None = None) -> ReadAhead:
        """`address`: where the file was published, if the caller knows (else the page's own, if any)."""
        try:
            document = read_document(path)
        except DataError as e:
            return ReadAhead(None, None, "; ".join(str(p) for p in e.problems))
        if address:
            document = dataclasses.replace(document, address=address)
        return ReadAhead(document, self.find(document.text, published, language, document.address))


class Extractor:
    """Everything extraction needs, loaded once: the actors and themes tables and the spaCy pipeline."""

    def __init__(self, data_dir: Path = DATA_DIR):
        self.actors = ActorIndex(read_table(data_dir, "actors"), read_gazetteer(data_dir))
        self.text_finder = TextFinder(data_dir)
        self.themes = self.text_finder.themes
        self.nlp = load_pipeline(self.actors)
        load_word_lists()

    def _items(self, doc, published: dt.date | None, language: str | None = None,
               text: str | None = None, found: TextItems | None = None, address: str | None = None) -> list[Item]:
        # `text` is the doc's text when the caller has it: spaCy joins every token's text again on
        # each `doc.text` (it cost 12 ms a document, read three times). `found`: its text items,
        # when they were found ahead (`TextFinder`).
        text = doc.text if text is None else text
        found = found or self.text_finder.find(text, published, language, address)
        actors = find_actors(doc, self.actors, text, found.names)
        programmes = [i for i in actors if i.kind == "programme"]
        quantities = found.quantities
        if programmes:   # "‘France 2030’" names a plan: its number is neither a year nor a count
            quantities = [q for q in quantities if q.kind not in ("date", "count")
                          ] + not_overlapping([q for q in quantities if q.kind in ("date", "count")], programmes)
        named = [i for i in actors if i.kind == "actor"]
        if named:        # "360 Capital Partners", "3DS Outscale": a number in a name counts nothing
            quantities = [q for q in quantities if q.kind != "count"
                          ] + not_overlapping([q for q in quantities if q.kind == "count"], named)
        items = quantities + actors + found.themes
        return sorted(items, key=lambda i: (i.start, i.end, i.kind))

    def read_text(self, text: str, published: dt.date | None = None, language: str | None = None,
                  address: str | None = None) -> list[Item]:
        """The items of one text, as a batch run would find them (for one pasted text, a test, a bench)."""
        return self._items(self.nlp(for_the_model(text)), published, language, text=text, address=address)

    def extract_documents(self, documents: Iterable[Document], published: dt.date | None = None,
                          language: str | None = None, ahead: dict[Path, TextItems] | None = None
                          ) -> Iterator[tuple[Document, list[Found]]]:
        """Each document with its items, in order; the texts go through spaCy in batches.

        `language` is the documents' ISO 639-1 language: "en" reads English amounts ("$109bn"),
        anything else French (loaders.articles.quantities.find_quantities). `ahead`: text items
        already found, by path.
        """
        ahead = ahead or {}
        pairs = ((for_the_model(d.text), d) for d in documents)
        for doc, document in self.nlp.pipe(pairs, as_tuples=True, batch_size=BATCH):
            starts = [s.start_char for s in doc.sents]
            ends = [s.end_char for s in doc.sents]
            found = []
            for item in self._items(doc, published, language, document.text, ahead.get(document.path),
                                    document.address):
                k = max(bisect.bisect_right(starts, item.start) - 1, 0)
                found.append(Found(str(document.path), item, starts[k], ends[k]))
            yield document, found

    def extract_files(self, paths: Iterable[Path], published: dt.date | None = None,
                      language: str | None = None, ahead: list[ReadAhead] | None = None,
                      address: str | None = None) -> list[FileResult]:
        """Read and extract each file; unreadable ones come back with their problem. `ahead`: the
        files as `TextFinder.read` gave them, in the order of `paths`, when they were read ahead.
        `address`: where the files were published (`loaders ingest --url`), if known."""
        paths = list(paths)
        results = {p: FileResult(p) for p in paths}
        if ahead is None:
            ahead = [self.text_finder.read(p, published, language, address) for p in paths]
        readable, items = [], {}
        for path, read in zip(paths, ahead):
            results[path].problem = read.problem
            if read.document is not None and path not in items:
                readable.append(read.document)
                items[path] = read.items
        for document, found in self.extract_documents(readable, published, language, items):
            results[document.path].document = document
            results[document.path].found = found
        return list(results.values())


# The extractor the forked workers inherit: the parent loads the model once and forks, so no
# worker loads it again (copy-on-write memory; a second load cost 3-6 s of the run on 2 cores).
_worker: Extractor | None = None


def _start_worker() -> None:
    from threadpoolctl import threadpool_limits
    # One BLAS thread per worker: the workers already use every core, and two BLAS
    # threads each would fight over them (numpy's default, good for a single process).
    threadpool_limits(1)


def _work(task: tuple[list[Path], dt.date | None, str | None, list[ReadAhead] | None, str | None, bool]
          ) -> list[FileResult]:
    *arguments, as_lines = task
    results = _worker.extract_files(*arguments)
    return [r.as_lines() for r in results] if as_lines else results


def _read_ahead(finder: TextFinder, chunks: list[list[Path]], published: dt.date | None, language: str | None,
                address: str | None, out, stop) -> None:
    """In a process forked before the model loads: the chunks read in order, until told to stop."""
    try:
        for k, chunk in enumerate(chunks):
            if stop.is_set():
                break
            out.put((k, [finder.read(p, published, language, address) for p in chunk]))
    finally:
        out.put(None)


def _collect(process, out) -> dict[int, list[ReadAhead]]:
    """What the read-ahead process sent, once it has stopped (nothing lost if it died: those chunks
    are read again by the workers)."""
    got: dict[int, list[ReadAhead]] = {}
    while True:
        try:
            message = out.get(timeout=1)
        except queue.Empty:
            if not process.is_alive():
                break
            continue
        if message is None:
            break
        got[message[0]] = message[1]
    process.join()
    return got


def default_workers(n_files: int) -> int:
    """One process for a handful of files, one per core (at most 2) for many."""
    return min(2, os.cpu_count() or 1) if n_files >= PARALLEL_FROM else 1


def load_extractor(data_dir: Path = DATA_DIR) -> Extractor:
    """The Extractor, or DataError with the reason it could not be built (a missing library too)."""
    try:
        return Extractor(data_dir)
    except DataError:
        raise
    except Exception as e:   # noqa: BLE001 - shown as a message, never a traceback
        raise DataError([DataProblem("extraction", None, f"could not start: {type(e).__name__}: {e}")]
                        ) from None


def extract_paths(paths: list[Path], published: dt.date | None = None, data_dir: Path = DATA_DIR,
                  workers: int | None = None, language: str | None = None, address: str | None = None,
                  as_lines: bool = False) -> Iterator[FileResult]:
    """FileResults for `paths` in the order given, as they are ready (for a progress bar).

    The model is loaded once, in this process; with `workers` > 1 the processes forked
    from it share it. `language` ("en", else French) is the documents' language; `address`, where
    they were published, when the caller knows it (one file's `--url`). `as_lines`: each result's items
    as JSON lines (`FileResult.as_lines`), made in the workers.
    """
    global _worker
    workers = workers or default_workers(len(paths))
    chunks = [paths[i:i + BATCH] for i in range(0, len(paths), BATCH)]
    if workers <= 1:
        extractor = load_extractor(data_dir)
        for chunk in chunks:
            for result in extractor.extract_files(chunk, published, language, address=address):
                yield result.as_lines() if as_lines else result
        return
    context = multiprocessing.get_context("fork")
    # The model takes seconds to load, on one core: meanwhile a process forked before it reads the
    # first files and finds what needs no model, on the other.
    finder = TextFinder(data_dir)
    out, stop = context.Queue(), context.Event()
    reader = context.Process(target=_read_ahead, args=(finder, chunks, published, language, address, out, stop),
                             daemon=True)
    reader.start()
    try:
        extractor = load_extractor(data_dir)
    finally:
        stop.set()
        ahead = _collect(reader, out)
    _worker = extractor
    try:
        with context.Pool(workers, _start_worker) as pool:
            tasks = [(c, published, language, ahead.get(k), address, as_lines) for k, c in enumerate(chunks)]
            for results in pool.imap(_work, tasks):
                yield from results
    finally:
        _worker = None
