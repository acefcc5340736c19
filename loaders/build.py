"""Build the parquet tables from `data/`: read, normalise, cross-check, then write atomically."""
from __future__ import annotations

import contextlib
import datetime as dt
import hashlib
import json
import os
import shutil
import tempfile
from dataclasses import dataclass, field
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq
from filelock import FileLock, Timeout

from .errors import DataError, DataProblem
from .fx import Rate
from .normalise import normalise_row
from .records import CsvRow, read_csv_rows
from .claims.link import link_claims
from .schema import OPTIONAL_TABLES, TABLES, Row, arrow_schema, csv_columns, required_csv_columns

CURRENT = "current"      # the symlink readers follow, inside the build root
MANIFEST = "manifest.json"
KEEP_BUILDS = 2          # the current build and the one before it


@dataclass
class Dataset:
    """Every table's validated rows, plus the warnings worth showing."""

    tables: dict[str, list[Row]]
    version: str
    warnings: list[str] = field(default_factory=list)
    changes: list[Row] = field(default_factory=list)   # data/changes.csv, published as `changes`

    def counts(self) -> dict[str, int]:
        return {name: len(rows) for name, rows in self.tables.items()}


# (table, column, referenced table) for every id that must exist elsewhere.
REFERENCES = [
    ("sources", None, None),
    ("actors", "parent_id", "actors"),
    ("figures", "source_id", "sources"), ("figures", "actor_id", "actors"),
    ("figures", "theme", "themes"),
    ("proposals", "source_id", "sources"), ("proposals", "actor_ids", "actors"),
    ("proposals", "theme", "themes"), ("proposals", "lever", "levers"),
    ("events", "source_id", "sources"), ("events", "organiser_ids", "actors"),
    ("mentions", "source_id", "sources"), ("mentions", "actor_id", "actors"),
    ("claims", "origin_source_id", "sources"), ("claims", "origin_actor_id", "actors"),
    ("claim_reports", "figure_id", "figures"), ("claim_reports", "claim_id", "claims"),
]


def data_version(data_dir: Path) -> str:
    """A short hash of the curated files: the same data always gives the same version."""
    h = hashlib.sha256()
    for name in TABLES:
        path = data_dir / f"{name}.csv"
        if path.exists():
            h.update(name.encode() + b"\0" + path.read_bytes())
    return h.hexdigest()[:12]


def _check_keys_and_references(tables: dict[str, list[tuple[CsvRow, Row]]]) -> list[DataProblem]:
    problems: list[DataProblem] = []
    ids: dict[str, set] = {}
    for name, rows in tables.items():
        key = TABLES[name][1]
        seen: dict[tuple, int] = {}
        for csv_row, row in rows:
            k = tuple(getattr(row, c) for c in key)
            if k in seen:
                problems.append(DataProblem(csv_row.file, csv_row.line,
                                            f"duplicate id {'/'.join(k)} (first on line {seen[k]})"))
            else:
                seen[k] = csv_row.line
        ids[name] = {k[0] for k in seen} if len(key) == 1 else set()
    for table, column, target in REFERENCES:
        if column is None:
            continue
        for csv_row, row in tables.get(table, []):
            value = getattr(row, column)
            for v in value if isinstance(value, list) else [value]:
                if v is not None and v not in ids.get(target, set()):
                    problems.append(DataProblem(csv_row.file, csv_row.line,
                                                f"{column}: unknown {target[:-1]} id {v!r}"))
    return problems


def _implied_mentions(tables: dict[str, list[Row]]) -> list[Row]:
    """Mentions listed in mentions.csv plus every actor a figure, proposal or event cites."""
    from .schema import Mention
    pairs = {(m.source_id, m.actor_id) for m in tables["mentions"]}
    for f in tables["figures"]:
        if f.actor_id:
            pairs.add((f.source_id, f.actor_id))
    for p in tables["proposals"]:
        pairs.update((p.source_id, a) for a in p.actor_ids)
    for e in tables["events"]:
        pairs.update((e.source_id, a) for a in e.organiser_ids)
    return [Mention(source_id=s, actor_id=a) for s, a in sorted(pairs)]


def load_dataset(data_dir: Path) -> Dataset:
    """Read and validate every table of `data_dir`; DataError lists every problem found."""
    data_dir = Path(data_dir)
    problems: list[DataProblem] = []
    located: dict[str, list[tuple[CsvRow, Row]]] = {}
    rates: list[Rate] = []
    published: dict[str, tuple[dt.date | None, str | None]] = {}
    for name in TABLES:
        path = data_dir / f"{name}.csv"
        label = str(path)
        if not path.exists() and name in OPTIONAL_TABLES:
            located[name] = []
            continue
        if not path.exists():
            problems.append(DataProblem(label, None, "missing file"))
            located[name] = []
            continue
        csv_rows, found = read_csv_rows(path, csv_columns(name), required_csv_columns(name), label)
        problems += found
        located[name] = []
        for csv_row in csv_rows:
            row, found = normalise_row(name, csv_row, rates, published)
            problems += found
            if row is not None:
                located[name].append((csv_row, row))
        if name == "fx_rates":
            rates = [Rate(r.currency, r.period, r.rate) for _, r in located[name]]
        if name == "sources":
            published = {r.source_id: (r.published, r.published_precision, r.language)
                         for _, r in located[name]}
    problems += _check_keys_and_references(located)
    if problems:
        raise DataError(problems)
    tables = _without_rejected({name: [row for _, row in rows] for name, rows in located.items()})
    tables["mentions"] = _implied_mentions(tables)
    tables["figures"], tables["claims"] = link_claims(tables["figures"], tables["claims"],
                                                      tables["claim_reports"], published)
    warnings = []
    for f in tables["figures"]:
        if f.measure == "money" and f.date is None and published.get(f.source_id, (None,))[0] is None:
            warnings.append(f"figure {f.figure_id}: no date, converted at the latest rate ({f.fx_period})")
    from .changes import read_changes
    return Dataset(tables, data_version(data_dir), warnings, read_changes(data_dir))


def _without_rejected(tables: dict[str, list[Row]]) -> dict[str, list[Row]]:
    """The tables without the rows an editor rejected, nor what was taken from a rejected source.

    Rejected rows stay in data/ (so the same text is not proposed again) but nobody reads them.
    """
    rejected = {s.source_id for s in tables["sources"] if s.review == "rejected"}
    out = {}
    for name, rows in tables.items():
        out[name] = [r for r in rows if getattr(r, "review", None) != "rejected"
                     and getattr(r, "source_id", None) not in rejected]
    return out


def to_arrow(table: str, rows: list[Row]) -> pa.Table:
    """Rows as an Arrow table with the declared schema (raises if a row does not fit)."""
    schema = arrow_schema(table)
    columns = {f.name: [getattr(r, f.name) for r in rows] for f in schema}
    plain = pa.table({f.name: pa.array(columns[f.name], type=f.type.value_type
                                       if pa.types.is_dictionary(f.type) else f.type)
                      for f in schema})
    return plain.cast(schema)


def tables_dir(root: Path) -> Path:
    """The folder holding the tables under a build root (its `current` build), or root itself."""
    root = Path(root)
    current = root / CURRENT
    return current.resolve() if current.exists() else root


def write_build(dataset: Dataset, root: Path, lock_timeout: float = 60, held: bool = False) -> Path:
    """Write every table as parquet into a new folder under `root`, check it, then switch `current` to it.

    Readers follow `root/current`, which is replaced in one atomic rename: a build
    that fails or is killed half-way leaves the previous build in place. A lock
    stops two builds from writing at once.
    """
    manifest = {"version": dataset.version, "built_at": None, "rows": dataset.counts(),
                "changes": len(dataset.changes), "warnings": dataset.warnings}
    tables = {name: _arrow_or_error(name, rows) for name, rows in dataset.tables.items()}
    tables["changes"] = _arrow_or_error("changes", dataset.changes)
    return publish_build(root, tables, manifest, lock_timeout, held=held)


@contextlib.contextmanager
def build_lock(root: Path, timeout: float = 60):
    """Hold `root`'s build lock: one build (or Import save) reads, validates and publishes at a time.

    DataError when another holds it for longer than `timeout` seconds or the lock cannot be made.
    """
    root = Path(root)
    try:
        root.mkdir(parents=True, exist_ok=True)
        lock = FileLock(str(root / ".lock"), timeout=timeout)
        lock.acquire()
    except Timeout:
        raise DataError([DataProblem(str(root), None, "another build is running (lock held)")]) from None
    except OSError as e:
        raise DataError([DataProblem(str(root), None, f"cannot write the build: {e}")]) from None
    try:
        yield
    finally:
        lock.release()


def build_from(data_dir: Path, root: Path, lock_timeout: float = 60) -> tuple[Dataset, Path]:
    """Read, validate and publish `data_dir` as one step under the build lock.

    Reading happens inside the lock: a build that read `data/` before an Import save cannot
    publish its older tables after that save's (the save holds the same lock).
    """
    if not Path(root).exists():
        load_dataset(data_dir)   # invalid data creates no build folder (the lock lives in it)
    with build_lock(root, lock_timeout):
        dataset = load_dataset(data_dir)
        return dataset, write_build(dataset, root, held=True)


def publish_build(root: Path, tables: dict[str, pa.Table], manifest: dict, lock_timeout: float = 60,
                  row_group_size: int | None = None, held: bool = False) -> Path:
    """Write `tables` as a new build under `root`, check it, then switch `current` to it.

    The one place builds are published (`loaders build` and `bench generate`): a temporary folder
    read back before it is renamed into place, `current` swapped in one atomic rename, a lock
    (already taken by the caller when `held`), two builds kept. DataError when the lock is held
    or the build cannot be written.
    """
    root = Path(root)
    with contextlib.nullcontext() if held else build_lock(root, lock_timeout):
        try:
            # Stamped once the lock is held: build folders sort in the order they were published, so
            # the newest name is always `current` and pruning never drops a build newer than it.
            manifest = {**manifest, "built_at": dt.datetime.now(dt.timezone.utc).strftime("%Y%m%dT%H%M%S%f")}
            tmp = Path(tempfile.mkdtemp(prefix=".tmp-", dir=root))
            for name, table in tables.items():
                pq.write_table(table, tmp / f"{name}.parquet", row_group_size=row_group_size)
            (tmp / MANIFEST).write_text(json.dumps(manifest, indent=2), encoding="utf-8")
            for name, table in tables.items():   # read back before anyone can see it
                back = pq.read_table(tmp / f"{name}.parquet")   # the whole table: every page decodes
                if back.num_rows != table.num_rows or not back.schema.equals(arrow_schema(name)):
                    raise DataError([DataProblem(name, None, "written table does not read back")])
            final = root / f"build-{manifest['built_at']}-{manifest['version']}"
            os.rename(tmp, final)
            link = root / f".{CURRENT}-{os.getpid()}"
            if link.is_symlink():
                link.unlink()
            os.symlink(final.name, link)
            os.replace(link, root / CURRENT)
            _prune(root, keep=final.name)
            return final
        except OSError as e:   # disk full, permissions, something in the way: a message, not a traceback
            raise DataError([DataProblem(str(root), None, f"cannot write the build: {e}")]) from None
        finally:
            # Clear this build's and killed builds' debris while still holding the lock: once it is
            # released, a waiting build may already be writing its own temporary folder here.
            for stale in root.glob(".tmp-*"):
                shutil.rmtree(stale, ignore_errors=True)
            for stale in root.glob(f".{CURRENT}-*"):
                stale.unlink(missing_ok=True)


def built_version(root: Path) -> str | None:
    """The data version of the build `root/current` serves, or None when there is none."""
    try:
        return json.loads((tables_dir(root) / MANIFEST).read_text(encoding="utf-8")).get("version")
    except (OSError, ValueError):
        return None


def _arrow_or_error(name: str, rows: list[Row]) -> pa.Table:
    try:
        return to_arrow(name, rows)
    except (pa.ArrowException, TypeError, ValueError) as e:
        raise DataError([DataProblem(name, None, f"rows do not fit the table's schema ({e})")]) from None


def _prune(root: Path, keep: str) -> None:
    builds = sorted(p for p in root.glob("build-*") if p.is_dir())
    for old in builds[:-KEEP_BUILDS]:
        if old.name != keep:
            shutil.rmtree(old, ignore_errors=True)
