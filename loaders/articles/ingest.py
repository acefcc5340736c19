"""Adding a new article and what was extracted from it to data/, as candidates a reviewer accepts or corrects.

What is written: one row in sources.csv, one row in figures.csv per amount, share or
count found (with `review` = candidate; its theme, actor and date are the first of each
found in the same sentence), and the known actors it names in mentions.csv. Dates become
no events: an event needs a name and kind that only a reader can give.
Ids are stable: the source id comes from the publisher and a hash of the text, a figure
id from the source id and the item's offset, so ingesting the same file twice is refused
rather than duplicated. Nothing is written unless the whole dataset, new rows included,
still passes `load_dataset`; the files are then replaced one by one by renames.
"""
from __future__ import annotations

import bisect
import collections
import contextlib
import csv
import dataclasses
import datetime as dt
import hashlib
import io
import itertools
import os
import shutil
import tempfile
import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

from loaders.articles.documents import Document
from loaders.articles.extract import Extractor, FileResult, Found
from loaders.build import load_dataset
from loaders.changes import added_entries, data_lock, saving
from loaders.errors import DataError, DataProblem
from loaders.french.amounts import AmountError, parse_amounts_in
from loaders.french.text import slug
from loaders.fx import Rate
from loaders.normalise import normalise_row
from loaders.records import CsvRow
from loaders.schema import TABLES, csv_columns

CANDIDATE = "candidate"
LABEL_CHARS = 200
MAX_CANDIDATES = 300   # candidate figures proposed per document: more is junk no reviewer reads
_NONE = object()
CHUNK_CHARS = 20_000     # characters read by spaCy at once on the Import page (memory ~ one piece)
EXTRACT_SECONDS = 60.0   # one import's reading budget
READING_AT_ONCE = 1      # imports read at the same time per process (the rest wait their turn)
QUEUE_WAIT_S = 30.0      # how long an import waits for its turn


@dataclass(frozen=True)
class SourceInfo:
    """What the analyst tells us about a document (the rest is read from it)."""

    publisher: str
    title: str | None = None
    published: str | None = None      # ISO date at its precision: 2025, 2025-09, 2025-09-09
    kind: str = "article"
    language: str = "fr"
    url: str | None = None
    retrieved: str = field(default_factory=lambda: dt.date.today().isoformat())  # when it was read


@dataclass
class IngestPlan:
    """Rows to append, by table, and what was left out and why."""

    rows: dict[str, list[dict]] = field(default_factory=lambda: collections.defaultdict(list))
    skipped: list[str] = field(default_factory=list)
    inferred: dict[str, str] = field(default_factory=dict)  # figure_id -> currency read from the context
    unknown_actors: int = 0
    capped: int = 0      # figures found beyond MAX_CANDIDATES, not proposed


def source_id(info: SourceInfo, text: str) -> str:
    return f"{slug(info.publisher)}-{hashlib.sha256(text.encode()).hexdigest()[:8]}"


def _first_of_each_per_sentence(found: list[Found]) -> dict[int, tuple]:
    """Per sentence (its start): the first theme, actor id and date found in it, in one pass.

    The figure's theme, actor and date are those of its sentence; looking them up per figure in
    the sentence's list was quadratic when one "sentence" holds tens of thousands of items.
    `_NONE` marks a sentence without a theme (the document's main theme is used then).
    """
    near: dict[int, list] = {}
    for f in found:
        g = f.item
        first = near.setdefault(f.sentence_start, [_NONE, None, None])
        if g.kind == "theme" and first[0] is _NONE:
            first[0] = g.value
        elif g.kind in ("actor", "programme") and g.actor_id and first[1] is None:
            first[1] = g.actor_id
        elif g.kind == "date" and isinstance(g.value, str) and first[2] is None:
            first[2] = g.value   # the sentence's date is the best guess of when the figure applies
    return {start: tuple(first) for start, first in near.items()}


def _sentence(text: str, start: int, end: int) -> str:
    s = " ".join(text[start:end].split())
    return s if len(s) <= LABEL_CHARS else s[:LABEL_CHARS - 1] + "…"


def _reads_alone(item, language: str) -> bool:
    """True when the words of an inferred amount give its value once its currency is said ("16
    milliards"), False when it also borrowed a scale ("54 milliards d'euros, dont 38")."""
    try:
        return [a.value for a in parse_amounts_in(item.text, language, item.currency)] == [item.value]
    except AmountError:
        return False


def plan_rows(result: FileResult, info: SourceInfo, theme_ids: list[str]) -> IngestPlan:
    """The candidate rows for one extracted file (pure: reads nothing, writes nothing)."""
    doc = result.document
    sid = source_id(info, doc.text)
    plan = IngestPlan()
    first_line = next((ln.strip(" #\t") for ln in doc.text.splitlines() if ln.strip(" #\t")), "")
    plan.rows["sources"].append({
        "source_id": sid, "title": info.title or doc.title or first_line[:120] or doc.path.stem,
        "publisher": info.publisher, "published": info.published or "", "kind": info.kind,
        "language": info.language, "url": info.url or "", "retrieved": info.retrieved,
        "document": doc.path.name,
        "review": CANDIDATE})
    found = result.found
    doc_themes = collections.Counter(f.item.value for f in found if f.item.kind == "theme")
    fallback_theme = doc_themes.most_common(1)[0][0] if doc_themes else theme_ids[0]
    actor_ids = sorted({f.item.actor_id for f in found   # a programme of the actors table is mentioned too
                        if f.item.kind in ("actor", "programme") and f.item.actor_id})
    plan.unknown_actors = len({f.item.name for f in found if f.item.kind == "actor" and not f.item.actor_id})
    plan.rows["mentions"] = [{"source_id": sid, "actor_id": a} for a in actor_ids]
    near = _first_of_each_per_sentence(found)
    labels: dict[tuple[int, int], str] = {}   # one label per sentence, not one per item
    for f in found:
        item = f.item
        if item.kind not in ("money", "percent", "count"):
            continue
        theme, actor, date = near[f.sentence_start]
        theme = fallback_theme if theme is _NONE else theme
        # A count's unit is the noun it counts (french.text.counted_noun, read by find_quantities).
        unit = item.unit if item.kind == "count" and item.unit else None
        if item.kind == "count" and not unit:
            plan.skipped.append(f"{doc.path}:{item.start}: count {item.text!r}: no counted noun")
            continue
        if len(plan.rows["figures"]) >= MAX_CANDIDATES:   # counted, not read further: bounded work
            plan.capped += 1
            continue
        if item.inferred:  # "16 milliards" in an article about euros: the unit column names the currency
            if not _reads_alone(item, info.language):
                plan.skipped.append(f"{doc.path}:{item.start}: {item.text!r}: its scale is carried from "
                                    "the amount before it; write it in full to keep it")
                continue
            unit = item.currency
            plan.inferred[f"{sid}-{item.start}"] = item.currency
        span = (f.sentence_start, f.sentence_end)
        label = labels.get(span) or labels.setdefault(span, _sentence(doc.text, *span))
        plan.rows["figures"].append({
            "figure_id": f"{sid}-{item.start}", "source_id": sid, "raw": item.text,
            "unit": unit or "", "label_fr": label, "label_en": label, "theme": theme,
            "actor_id": actor or "", "date": date or "", "period": "one_off",
            "status": "announced" if item.kind == "money" else "measured",
            "note": f"Candidate from loaders ingest: {doc.path.name}, characters {item.start}-{item.end}; "
                    "label is the sentence it was found in.",
            "review": CANDIDATE})
    return plan


def _read(path: Path) -> tuple[list[str], list[list[str]]]:
    if not path.exists():
        return [], []
    rows = list(csv.reader(io.StringIO(path.read_text(encoding="utf-8-sig"))))
    return (rows[0], rows[1:]) if rows else ([], [])


def _merged_csv(path: Path, table: str, new_rows: list[dict]) -> str:
    """The file's text with `new_rows` appended; columns they need and the header lacks are added."""
    header, rows = _read(path)
    header = header or csv_columns(table)
    missing = [c for row in new_rows for c in row if c not in header]
    header = header + list(dict.fromkeys(missing))
    out = io.StringIO()
    w = csv.writer(out, lineterminator="\n")
    w.writerow(header)
    w.writerows(r + [""] * (len(header) - len(r)) for r in rows)
    w.writerows([row.get(c, "") for c in header] for row in new_rows)
    return out.getvalue()


def _check_figures(rows: list[dict], data_dir: Path, plan: IngestPlan) -> list[dict]:
    """Candidate figures that normalise alone; the others are skipped with the reason."""
    dataset = load_dataset(data_dir)
    rates = [Rate(r.currency, r.period, r.rate) for r in dataset.tables["fx_rates"]]
    # Each raw read in its source's language ("$109bn" is an amount in English only); the date
    # only picks a rate, which the build sets.
    languages = {r["source_id"]: (None, None, r.get("language") or "fr") for r in plan.rows["sources"]}
    kept = []
    for row in rows:
        values = {c: str(row.get(c, "")) for c in csv_columns("figures")}
        _, problems = normalise_row("figures", CsvRow("figures.csv", 0, values), rates, languages)
        if problems:
            plan.skipped.append(f"{row['raw']!r}: " + "; ".join(p.message for p in problems))
        else:
            kept.append(row)
    return kept


def apply_plan(plan: IngestPlan, data_dir: Path) -> dict[str, int]:
    """Append the plan's rows to data_dir's CSVs if the whole dataset still builds; rows added by table.

    DataError when it would not (nothing is written then), or when a source is already there.
    """
    data_dir = Path(data_dir)
    with data_lock(data_dir), _staged(plan, data_dir) as (folder, changed):
        for table in changed:
            os.replace(folder / f"{table}.csv", data_dir / f"{table}.csv")
    return {t: len(plan.rows[t]) for t in changed}


@contextlib.contextmanager
def _staged(plan: IngestPlan, data_dir: Path):
    """A `.ingest-*` folder in data_dir holding the merged CSVs, and the tables they change;
    removed on leaving (callers hold data/'s lock).

    DataError when the source is there already or the dataset would not build.
    """
    _, existing = _read(data_dir / "sources.csv")
    known = {r[0] for r in existing if r}
    again = [r["source_id"] for r in plan.rows["sources"] if r["source_id"] in known]
    if again:
        raise DataError([DataProblem(str(data_dir / "sources.csv"), None,
                                     f"already ingested as source {sid}; nothing added") for sid in again])
    plan.rows["figures"] = _check_figures(plan.rows["figures"], data_dir, plan)
    tmp = Path(tempfile.mkdtemp(prefix=".ingest-", dir=data_dir))
    try:
        for name in TABLES:
            if (data_dir / f"{name}.csv").exists():
                shutil.copy2(data_dir / f"{name}.csv", tmp / f"{name}.csv")
        changed = [t for t, rows in plan.rows.items() if rows]
        for table in changed:
            text = _merged_csv(data_dir / f"{table}.csv", table, plan.rows[table])
            (tmp / f"{table}.csv").write_text(text, encoding="utf-8")
        try:
            load_dataset(tmp)
        except DataError as e:   # name the real files, not the scratch copy
            raise DataError([DataProblem(p.file.replace(str(tmp), str(data_dir)), p.line,
                                         p.message) for p in e.problems]) from None
        yield tmp, changed
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


# --- the Import page's pipeline, outside Streamlit: extract one document, propose its candidate
# rows, save what the reviewer kept. The spaCy pipeline behind extraction is loaded once per
# process (an Extractor; the page reads in its own reading process, loaders.articles.reader). Saving checks the rows as
# `apply_plan` does (nothing is written unless the whole dataset still builds), then writes, logs
# and rebuilds as one save (loaders.changes.saving), so the new rows reach every page or none.

# Columns of a candidate figure the reviewer may change on the page; the rest come from extraction.
EDITABLE = ("raw", "label_fr", "label_en", "theme", "actor_id", "period", "status")


def extract_document(extractor: Extractor, document: Document, published: dt.date | None,
                     budget_s: float = EXTRACT_SECONDS, language: str = "fr") -> list[Found]:
    """Every item found in `document` (written in `language`: "en" reads "$109bn"), each with its
    sentence; DataError past `budget_s` seconds.

    The text goes through spaCy in pieces of at most CHUNK_CHARS characters, cut at a paragraph,
    a line, a sentence or a space: memory stays that of one piece whatever the text's length, time
    grows linearly, and the budget is checked between pieces. A text shorter than a piece (an
    article) is read whole, as before.
    """
    found: list[Found] = []
    deadline = time.monotonic() + budget_s
    for offset, piece in text_pieces(document.text):
        if offset and time.monotonic() > deadline:   # the first piece is always read
            raise DataError([DataProblem(document.path.name, None,
                                         f"reading stopped after {budget_s:.0f} s at character {offset:,} of "
                                         f"{len(document.text):,}: too much for one import, cut the text")])
        part = dataclasses.replace(document, text=piece)
        for f in next(iter(extractor.extract_documents([part], published, language)))[1]:
            item = dataclasses.replace(f.item, start=f.item.start + offset, end=f.item.end + offset)
            found.append(Found(f.file, item, f.sentence_start + offset, f.sentence_end + offset))
    return found


class BusyError(DataError):
    """Other imports are being read: this one waited its turn for too long."""


_reading = threading.BoundedSemaphore(READING_AT_ONCE)


@contextlib.contextmanager
def reading_turn(wait_s: float = QUEUE_WAIT_S):
    """Wait (at most `wait_s` seconds) for one of the READING_AT_ONCE extraction slots of the process.

    A small global queue: imports are read one after the other, so other visitors keep a core
    (a session itself never reads two at once: Streamlit runs one script run per session).
    """
    if not _reading.acquire(timeout=wait_s):
        raise BusyError([DataProblem("import", None, f"other imports are being read; waited {wait_s:.0f} s")])
    try:
        yield
    finally:
        _reading.release()


def text_pieces(text: str, size: int = CHUNK_CHARS) -> Iterator[tuple[int, str]]:
    """(offset, piece) covering `text` in order, each at most `size` characters, cut at the last
    paragraph break, else line break, else sentence end, else space of each window."""
    at = 0
    while len(text) - at > size:
        window = text[at:at + size]
        cut = next((i + len(sep) for sep in ("\n\n", "\n", ". ", " ") if (i := window.rfind(sep)) > size // 2),
                   size)
        yield at, text[at:at + cut]
        at += cut
    yield at, text[at:]


def propose(document: Document, found: list[Found], info: SourceInfo, theme_ids: list[str]) -> IngestPlan:
    """The candidate rows (a source, its figures, its mentions) the page shows for review."""
    return plan_rows(FileResult(Path(document.path.name), document, found), info, theme_ids)


def save(plan: IngestPlan, kept_figures: list[dict], data_dir: Path, build_root: Path, author: str,
         reason: str) -> dict[str, int]:
    """Append the source and the figures the reviewer kept (as corrected), log them under `author`
    (an editor: loaders.changes refuses anyone else), rebuild and publish the tables.

    All or nothing (loaders.changes.saving): under the build's lock the CSVs and the change log are
    replaced, the dataset read back and published; when that fails they are put back.
    DataError (nothing written) when the rows would break the dataset or a lock is held;
    SaveError when the build failed, saying whether data/ was rolled back.
    """
    added_entries({}, author, reason)   # NotAnEditorError before anything is read
    by_id = {row["figure_id"]: row for row in plan.rows["figures"]}
    plan.rows["figures"] = [{**by_id[row["figure_id"]], **{k: row[k] for k in EDITABLE if k in row}}
                            for row in kept_figures if row["figure_id"] in by_id]
    data_dir = Path(data_dir)
    with saving(data_dir, build_root) as written, _staged(plan, data_dir) as (folder, changed):
        for table in changed:
            written.replace(f"{table}.csv", folder / f"{table}.csv")
        written.log(added_entries(plan.rows, author, reason))
    return {t: len(plan.rows[t]) for t in changed}


def marked_pieces(text: str, found: list[Found]) -> list[tuple[str, str | None]]:
    """`text` cut into (piece, kind or None): the items found, without overlaps, in order."""
    # A theme word inside another item (an actor's name...) is not marked: whether any other item
    # overlaps it is a binary search over their starts, with the largest end so far beside them.
    others = sorted((f.item.start, f.item.end) for f in found if f.item.kind != "theme")
    starts = [s for s, _ in others]
    reach = list(itertools.accumulate((e for _, e in others), max))
    pieces, at = [], 0
    for f in sorted(found, key=lambda f: (f.item.start, -(f.item.end - f.item.start))):
        start, end = f.item.start, f.item.end
        if start < at:
            continue   # overlaps an item already marked
        if f.item.kind == "theme":
            before = bisect.bisect_left(starts, end)   # other items starting before this one ends
            if before and reach[before - 1] > start:
                continue
        if start > at:
            pieces.append((text[at:start], None))
        pieces.append((text[start:end], f.item.kind))
        at = end
    if at < len(text):
        pieces.append((text[at:], None))
    return pieces


MARKED_AT_MOST = 1_000    # items highlighted on the Import page; the counts and lists give the rest
SHOWN_CHARS = 60_000      # characters of the document shown highlighted


def shown_pieces(text: str, found: list[Found], items: int = MARKED_AT_MOST,
                 chars: int = SHOWN_CHARS) -> tuple[list[tuple[str, str | None]], int, int]:
    """The beginning of `marked_pieces`: at most `items` marked pieces and about `chars` characters
    (a piece is never cut inside an item), then how many characters and marked items are left out.
    A paste of 50,000 percentages drawn as 50,000 highlights cost every visitor of the server and the
    editor's browser seconds, for a view nobody reads that far."""
    pieces = marked_pieces(text, found)
    shown, length, marked = [], 0, 0
    for piece, kind in pieces:
        if kind and marked == items:
            break
        if length + len(piece) > chars:
            if kind:
                break
            piece = piece[:chars - length]   # plain text may be cut anywhere
        shown.append((piece, kind))
        length += len(piece)
        marked += bool(kind)
        if length >= chars:
            break
    rest_items = sum(1 for _, kind in pieces if kind) - marked
    return shown, len(text) - length, rest_items
