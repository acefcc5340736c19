"""Editors' writes to data/: cell edits checked for conflicts and validity, and the change log.

Every write goes through `apply_edits` (or `log_added` for rows the Import page appends) and
appends one line per changed cell to `data/changes.csv`: when, who, table, row id, field, before,
after, reason. That file is only ever appended to (a plain CSV a person can read, diff and blame);
the build publishes it as the `changes` table.

An edit carries the value the editor saw (`before`). When the file holds something else, another
editor saved first: `ConflictError` lists both versions and nothing is written. An edit that would
break the dataset raises `DataError` naming the row and the field, and nothing is written either.
"""
from __future__ import annotations

import csv
import datetime as dt
import io
import os
import shutil
import tempfile
from dataclasses import dataclass
from pathlib import Path

from filelock import FileLock, Timeout

from .errors import DataError, DataProblem
from .schema import TABLES, csv_columns

LOG = "changes.csv"
LOG_COLUMNS = csv_columns("changes")
REVIEWED = ("sources", "figures", "proposals", "events")   # the tables with a `review` column
REASON_CHARS = 500


class NotAnEditorError(PermissionError):
    """A write was asked without an editor's identity: refused before anything is read."""


@dataclass(frozen=True)
class Edit:
    """One cell to change: `before` is the value the editor saw, `after` the one they want."""

    table: str
    row_id: str
    field: str
    before: str
    after: str


@dataclass(frozen=True)
class Conflict:
    """An edit whose cell changed since the editor read it: their version and the saved one."""

    edit: Edit
    saved: str


class ConflictError(Exception):
    """Another editor saved the same cells first; nothing was written."""

    def __init__(self, conflicts: list[Conflict]):
        self.conflicts = list(conflicts)
        super().__init__("; ".join(f"{c.edit.table} {c.edit.row_id} {c.edit.field}: saved {c.saved!r}, "
                                   f"yours {c.edit.after!r} (you saw {c.edit.before!r})" for c in conflicts))


def now_utc() -> str:
    return dt.datetime.now(dt.timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")


def key_column(table: str) -> str:
    """The column that names a row of `table` (its one-column primary key)."""
    key = TABLES[table][1]
    if len(key) != 1:
        raise ValueError(f"{table} has no single-column id")
    return key[0]


@dataclass
class CsvTable:
    """A curated CSV as written: header, rows of text, and the lines each row spans."""

    header: list[str]
    rows: list[list[str]]
    lines: list[tuple[int, int]]

    def index(self, column: str) -> dict[str, int]:
        at = self.header.index(column)
        return {r[at]: i for i, r in enumerate(self.rows) if len(r) > at}

    def cell(self, i: int, column: str) -> str:
        at = self.header.index(column) if column in self.header else None
        row = self.rows[i]
        return row[at] if at is not None and at < len(row) else ""

    def set(self, i: int, column: str, value: str) -> None:
        if column not in self.header:
            self.header.append(column)
        width = len(self.header)
        for row in self.rows:
            row.extend([""] * (width - len(row)))
        self.rows[i][self.header.index(column)] = value

    def text(self) -> str:
        out = io.StringIO()
        w = csv.writer(out, lineterminator="\n")
        w.writerow(self.header)
        w.writerows(self.rows)
        return out.getvalue()


def read_table(path: Path) -> CsvTable:
    """A curated CSV file as text cells, with each row's first and last line (for messages)."""
    reader = csv.reader(io.StringIO(path.read_text(encoding="utf-8-sig")))
    header = next(reader, [])
    rows, lines, last = [], [], reader.line_num
    for row in reader:
        if row:
            rows.append(row)
            lines.append((last + 1, reader.line_num))
        last = reader.line_num
    return CsvTable(header, rows, lines)


def read_rows(data_dir: Path, table: str) -> list[dict[str, str]]:
    """Every row of `data_dir/table.csv` as {column: text}, blanks included (for the Review page)."""
    t = read_table(Path(data_dir) / f"{table}.csv")
    return [{c: (row[i] if i < len(row) else "") for i, c in enumerate(t.header)} for row in t.rows]


def shown(table: str, field: str, value: str) -> str:
    """A cell as the dataset reads it: a blank `review` is `accepted`."""
    return (value or "accepted") if field == "review" and table in REVIEWED else value


def _lock(data_dir: Path) -> FileLock:
    # The one lock of writes to data/, shared with `loaders ingest` (build/ is not versioned).
    path = data_dir / "build" / ".ingest.lock"
    path.parent.mkdir(exist_ok=True)
    return FileLock(str(path), timeout=60)


def apply_edits(data_dir: Path, edits: list[Edit], author: str, reason: str) -> list[dict[str, str]]:
    """Write `edits` into data_dir's CSVs and log them; the change-log lines written.

    NotAnEditorError without an author; ConflictError when a cell no longer holds the value the
    editor saw; DataError (naming table, row and field) when a row is unknown or the dataset would
    no longer build. In every error case nothing is written.
    """
    if not (author or "").strip():
        raise NotAnEditorError("only an editor can write")
    data_dir = Path(data_dir)
    try:
        with _lock(data_dir):
            return _apply_locked(data_dir, edits, author.strip(), reason)
    except Timeout:
        raise DataError([DataProblem(str(data_dir), None, "another save is writing (lock held)")]) from None
    except OSError as e:
        raise DataError([DataProblem(str(e.filename or data_dir), None, f"cannot write: {e.strerror or e}")]) from None


def _apply_locked(data_dir: Path, edits: list[Edit], author: str, reason: str) -> list[dict[str, str]]:
    tables: dict[str, CsvTable] = {}
    problems, conflicts, entries = [], [], []
    at = now_utc()
    for e in edits:
        if e.table not in tables:
            tables[e.table] = read_table(data_dir / f"{e.table}.csv")
        t = tables[e.table]
        where = t.index(key_column(e.table)).get(e.row_id)
        if where is None:
            problems.append(DataProblem(f"{e.table}.csv", None, f"row {e.row_id}: no such row (deleted?)"))
            continue
        if e.field not in csv_columns(e.table):
            problems.append(DataProblem(f"{e.table}.csv", t.lines[where][0],
                                        f"row {e.row_id}: {e.field}: not a column that can be edited"))
            continue
        saved = shown(e.table, e.field, t.cell(where, e.field))
        if saved != shown(e.table, e.field, e.before):
            conflicts.append(Conflict(e, saved))
            continue
        if saved == shown(e.table, e.field, e.after):
            continue   # nothing to change, nothing to log
        t.set(where, e.field, e.after)
        entries.append({"at": at, "who": author, "table": e.table, "row_id": e.row_id, "field": e.field,
                        "before": e.before, "after": e.after, "reason": reason[:REASON_CHARS]})
    if problems:
        raise DataError(problems)
    if conflicts:
        raise ConflictError(conflicts)
    if entries:
        _replace_checked(data_dir, tables)
        append_log(data_dir, entries)
    return entries


def _replace_checked(data_dir: Path, tables: dict[str, CsvTable]) -> None:
    """Write `tables` over their files if the whole dataset still builds; else DataError, nothing written."""
    from .build import load_dataset
    tmp = Path(tempfile.mkdtemp(prefix=".edit-", dir=data_dir))
    try:
        for name in TABLES:
            if (data_dir / f"{name}.csv").exists():
                shutil.copy2(data_dir / f"{name}.csv", tmp / f"{name}.csv")
        for name, t in tables.items():
            (tmp / f"{name}.csv").write_text(t.text(), encoding="utf-8")
        try:
            load_dataset(tmp)
        except DataError as e:
            raise DataError([_located(p, tmp, tables) for p in e.problems]) from None
        for name in tables:
            os.replace(tmp / f"{name}.csv", data_dir / f"{name}.csv")
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


def _located(problem: DataProblem, tmp: Path, tables: dict[str, CsvTable]) -> DataProblem:
    """The problem with the file named as in data/ and the row named by its id, not its line."""
    name = Path(problem.file).stem
    t = tables.get(name)
    message = problem.message
    if t is not None and problem.line is not None:
        key = t.header.index(key_column(name))
        row = next((r for r, (a, b) in zip(t.rows, t.lines) if a <= problem.line <= b), None)
        if row is not None:
            message = f"row {row[key]}: {message}"
    return DataProblem(problem.file.replace(str(tmp) + os.sep, ""), problem.line, message)


def log_added(data_dir: Path, rows: dict[str, list[dict]], author: str, reason: str) -> list[dict[str, str]]:
    """Log rows a write appended (the Import page's candidates): one line per row, field `review`."""
    if not (author or "").strip():
        raise NotAnEditorError("only an editor can write")
    at = now_utc()
    entries = [{"at": at, "who": author.strip(), "table": table, "row_id": row[key_column(table)],
                "field": "review", "before": "", "after": row.get("review") or "accepted",
                "reason": reason[:REASON_CHARS]}
               for table, added in rows.items() if table in REVIEWED for row in added]
    with _lock(Path(data_dir)):
        append_log(Path(data_dir), entries)
    return entries


def append_log(data_dir: Path, entries: list[dict[str, str]]) -> None:
    """Append `entries` to data_dir/changes.csv (its header first when the file is new); synced to disk."""
    append_csv(Path(data_dir) / LOG, LOG_COLUMNS, entries)


def append_csv(path: Path, columns: list[str], rows: list[dict[str, str]]) -> None:
    """Append `rows` to the CSV at `path`, its header first when the file is new or empty, and sync
    it to disk; the caller holds the data folder's lock (the change log and the flags both append)."""
    new = not path.exists() or path.stat().st_size == 0
    with open(path, "a", newline="", encoding="utf-8") as fh:
        w = csv.DictWriter(fh, fieldnames=columns, lineterminator="\n")
        if new:
            w.writeheader()
        w.writerows(rows)
        fh.flush()
        os.fsync(fh.fileno())


def read_changes(data_dir: Path) -> list:
    """The change log as validated rows (empty when there is none); DataError naming bad lines."""
    from .records import read_csv_rows
    from .schema import Change
    path = Path(data_dir) / LOG
    if not path.exists():
        return []
    rows, problems = read_csv_rows(path, LOG_COLUMNS, ["at", "who", "table", "row_id", "field"], str(path))
    out = []
    for r in rows:
        try:
            out.append(Change(**{c: (v if v != "" or c in ("at", "who", "table", "row_id", "field") else None)
                                 for c, v in r.values.items() if c in LOG_COLUMNS}))
        except ValueError as e:
            problems.append(DataProblem(str(path), r.line, f"not a change-log line ({e.errors()[0]['msg']})"))
    if problems:
        raise DataError(problems)
    return out


