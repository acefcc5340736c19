"""A bulk extraction that can be stopped and started again: `loaders extract DIR --out OUT`.

OUT holds one file of items per document, named by the SHA-256 of the document's bytes
(OUT/items/<digest>.jsonl, one JSON object per item as `loaders extract` prints them), and
OUT/manifest.jsonl, one line per finished document: its digest, path, number of items and the
size of its items file in bytes. A
rerun with the same OUT skips every document the manifest lists whose items file is there: what
is finished is not redone, a file only moved or renamed is not redone either (same digest), an
edited one is (new digest). Two files with the same bytes are one document, done once.

Writes are ordered so that a kill at any moment leaves no half record: the items file is written
under a temporary name and renamed, then its manifest line is appended and flushed. A kill
between the two redoes that one document on the next run, which writes the same file again, so
every document is there once. A manifest line cut by a kill is ignored.

A kill loses nothing the run flushed (the system keeps it); a power cut may lose what the system
had not yet put on disk. The manifest is synced to disk at most once a second (`SYNC_EVERY`; a sync
per document cost a bulk run's parent a millisecond a document, on the cores the workers use) and
when the run closes; and a document whose items file is not the size its manifest line records (cut
short by a power cut) counts as not done and is extracted again.

OUT/settings.json keeps what the items depend on besides the bytes (publication date, language,
data folder): a rerun with other settings is refused rather than mixing two kinds of results.

Error policy: a file that cannot be hashed is left to the extraction, which reports it; an OUT
that cannot be written raises DataError naming it.
"""
from __future__ import annotations

import hashlib
import json
import os
import time
from pathlib import Path

from loaders.articles.extract import FileResult
from loaders.errors import DataError, DataProblem

MANIFEST = "manifest.jsonl"
ITEMS = "items"
SETTINGS = "settings.json"
SYNC_EVERY = 1.0   # seconds between two syncs of the manifest to disk


def file_digest(path: Path) -> str:
    """The SHA-256 of a file's bytes, in hex."""
    digest = hashlib.sha256()
    with open(path, "rb") as f:
        for block in iter(lambda: f.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def read_manifest(out_dir: Path) -> dict[str, dict]:
    """digest -> manifest record, for the documents a run in `out_dir` finished."""
    path = out_dir / MANIFEST
    if not path.exists():
        return {}
    done = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        try:
            record = json.loads(line)
        except json.JSONDecodeError:
            continue   # the last line of a killed run, cut mid-write
        if isinstance(record, dict) and isinstance(record.get("digest"), str):
            done[record["digest"]] = record
    return done


class ResumableRun:
    """Which documents are left to do in OUT, and the saving of each one finished."""

    def __init__(self, out_dir: Path, settings: dict[str, str | None] | None = None):
        self.out_dir = Path(out_dir)
        settings = {k: None if v is None else str(v) for k, v in (settings or {}).items()}
        try:
            (self.out_dir / ITEMS).mkdir(parents=True, exist_ok=True)
            saved = self.out_dir / SETTINGS
            before = json.loads(saved.read_text(encoding="utf-8")) if saved.exists() else None
            if before is None:   # written whole or not at all: a kill leaves no half file
                partial = saved.with_suffix(".part")
                partial.write_text(json.dumps(settings, ensure_ascii=False, indent=1), encoding="utf-8")
                os.replace(partial, saved)
        except OSError as e:
            raise DataError([DataProblem(str(self.out_dir), None, f"cannot write here: {e.strerror or e}")]
                            ) from None
        except json.JSONDecodeError:
            before = {}
        if before is not None and not isinstance(before, dict):
            before = {}
        if before is not None and before != settings:
            changed = ", ".join(f"{k}={before.get(k)!r}" for k in sorted(settings) if before.get(k) != settings[k])
            raise DataError([DataProblem(str(self.out_dir), None,
                                         f"made with other settings ({changed}): give another --out, "
                                         "or the same settings to go on")])
        self._done = {d for d, r in read_manifest(self.out_dir).items() if self._kept(d, r)}
        self._digest: dict[Path, str] = {}
        self.skipped = 0   # documents found done, or the same bytes as another
        self.saved = 0
        self._manifest = None   # opened at the first save, closed by `close`
        self._synced = 0.0

    def _kept(self, digest: str, record: dict) -> bool:
        """Whether a listed document's items are all there: its file exists, at the size recorded
        (lines from before sizes were recorded: the file exists)."""
        try:
            size = (self.out_dir / ITEMS / f"{digest}.jsonl").stat().st_size
        except OSError:
            return False
        return not isinstance(record.get("bytes"), int) or record["bytes"] == size

    def todo(self, paths: list[Path]) -> list[Path]:
        """`paths` without the documents already done (or already listed under other bytes' name)."""
        left, seen = [], set(self._done)
        for path in paths:
            try:
                digest = file_digest(path)
            except OSError:
                left.append(path)   # the extraction says why it cannot be read
                continue
            if digest in seen:
                self.skipped += 1
                continue
            seen.add(digest)
            self._digest[path] = digest
            left.append(path)
        return left

    def save(self, result: FileResult) -> None:
        """Write one finished document's items, then record it in the manifest."""
        digest = self._digest.get(result.path) or file_digest(result.path)
        target = self.out_dir / ITEMS / f"{digest}.jsonl"
        partial = target.with_suffix(".part")
        result = result.as_lines()   # made in the workers already, in a bulk run
        content = result.lines
        partial.write_bytes(content)
        os.replace(partial, target)
        record = {"digest": digest, "file": str(result.path), "items": result.count, "bytes": len(content)}
        manifest = self._open_manifest()
        manifest.write((json.dumps(record, ensure_ascii=False) + "\n").encode("utf-8"))
        manifest.flush()   # a kill from here on keeps the line
        if time.monotonic() - self._synced >= SYNC_EVERY:
            os.fsync(manifest.fileno())
            self._synced = time.monotonic()
        self._done.add(digest)
        self.saved += 1

    def _open_manifest(self):
        if self._manifest is None:
            self._manifest = open(self.out_dir / MANIFEST, "a+b")
            self._manifest.seek(0, os.SEEK_END)
            if self._manifest.tell():
                self._manifest.seek(-1, os.SEEK_END)
                if self._manifest.read(1) != b"\n":   # a line cut by a kill: start on a fresh one
                    self._manifest.seek(0, os.SEEK_END)
                    self._manifest.write(b"\n")
        return self._manifest

    def close(self) -> None:
        """Sync the manifest to disk and close it (a run's last step; a second call does nothing)."""
        if self._manifest is not None:
            self._manifest.flush()
            os.fsync(self._manifest.fileno())
            self._manifest.close()
            self._manifest = None

    def summary(self) -> str:
        return (f"{self.saved} document(s) extracted into {self.out_dir}, "
                f"{self.skipped} already done there (skipped)")
