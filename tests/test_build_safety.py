"""Builds never lose data: concurrent builds, builds killed at every step, tables that fail validation.

test_build.py covers a CSV error refused by the CLI, one kill while the first table is written, and a
held lock. Here: real concurrent build processes, a SIGKILL at each later step of `write_build`, and
tables refused by the write-time checks (not the CSV validation). Every case ends with a reader
opening `current` as the app does and finding a complete build, and a next build that succeeds.
"""
from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pyarrow.parquet as pq
import pytest

from app.query import load_tables
from conftest import PROJECT, TINY, write_tables
from loaders.build import CURRENT, MANIFEST, load_dataset, tables_dir, write_build
from loaders.errors import DataError
from loaders.schema import TABLES

# A build in its own process. Hooks, chosen by argv, pause or slow it at one step so the test can
# kill it there or run a second build against it:
#   argv: data out stage marker [go]
#   stage "after:<name>"  calls <name>, touches `marker`, then sleeps (to be killed);
#   stage "before:<name>" touches `marker` and sleeps before calling <name>;
#   stage "hold"          takes the lock, touches `marker`, waits for file `go`, finishes, then
#                         sleeps 2 s just after releasing the lock (before its own clean-up);
#   stage "slow"          touches `marker` before asking for the lock, then writes slowly.
BUILDER = r"""
import json, os, shutil, sys, time
import pyarrow.parquet as pq
import loaders.build as b

data, out, stage, marker = sys.argv[1:5]
go = sys.argv[5] if len(sys.argv) > 5 else None
touch = lambda: open(marker, "w").close()
TARGETS = {"write_table": (pq, "write_table"), "read_table": (pq, "read_table"),
           "rename": (os, "rename"), "symlink": (os, "symlink"), "replace": (os, "replace"),
           "prune": (b, "_prune")}

if ":" in stage:
    when, name = stage.split(":")
    owner, attr = TARGETS[name]
    real = getattr(owner, attr)
    def hooked(*a, **k):
        if when == "before":
            touch(); time.sleep(120)
        result = real(*a, **k)
        touch(); time.sleep(120)
        return result
    setattr(owner, attr, hooked)
elif stage == "hold":
    real_write = pq.write_table
    def wait_for_go(*a, **k):
        touch()
        while not os.path.exists(go):
            time.sleep(0.05)
        return real_write(*a, **k)
    pq.write_table = wait_for_go
    class SlowRelease(b.FileLock):
        def release(self, *a, **k):
            super().release(*a, **k)
            time.sleep(2)          # another build takes the lock meanwhile
    b.FileLock = SlowRelease
elif stage == "slow":
    real_write = pq.write_table
    def slow(*a, **k):
        real_write(*a, **k); time.sleep(0.4)
    pq.write_table = slow
    touch()

final = b.write_build(b.load_dataset(data), out)
print(final.name)
"""


def start_build(data: Path, out: Path, stage: str, marker: Path, go: Path | None = None):
    args = [sys.executable, "-c", BUILDER, str(data), str(out), stage, str(marker)]
    return subprocess.Popen(args + ([str(go)] if go else []), cwd=PROJECT,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)


def wait_for(path: Path, proc: subprocess.Popen, timeout: float = 60) -> None:
    deadline = time.monotonic() + timeout
    while not path.exists():
        if proc.poll() is not None:
            pytest.fail(f"build exited before {path.name}:\n{proc.stderr.read()}")
        assert time.monotonic() < deadline, f"build never reached {path.name}"
        time.sleep(0.05)


def finish(proc: subprocess.Popen, timeout: float = 60) -> tuple[int, str, str]:
    try:
        out, err = proc.communicate(timeout=timeout)
    except subprocess.TimeoutExpired:
        proc.kill()
        out, err = proc.communicate()
    return proc.returncode, out, err


def read_current(root: Path) -> dict:
    """Read `current` as the app does; check every table against the manifest; return the manifest."""
    tables = load_tables(root)               # raises NoTablesError when anything is unreadable
    manifest = tables.manifest
    assert set(manifest["rows"]) == set(TABLES)
    for name in TABLES:
        assert len(tables.frames[name]) == manifest["rows"][name], name
    assert (tables_dir(root) / MANIFEST).exists() and tables_dir(root).name.endswith(manifest["version"])
    return manifest


def with_extra_figure(folder: Path) -> Path:
    """TINY plus one figure: a second dataset whose build is told apart by its row count."""
    extra = dict(TINY["figures"][1], figure_id="compute-share-2025", raw="5 %")
    return write_tables(folder, {**TINY, "figures": [*TINY["figures"], extra]})


@pytest.fixture
def two_datasets(tiny_data, tmp_path) -> tuple[Path, Path]:
    return tiny_data, with_extra_figure(tmp_path / "data-b")


def leftovers(root: Path) -> list[str]:
    """Anything in the build root besides builds, `current` and the lock file."""
    return sorted(p.name for p in root.iterdir()
                  if not (p.name.startswith("build-") or p.name in (CURRENT, ".lock")))


def test_two_builds_started_together_both_finish_and_current_is_whole(two_datasets, tmp_path):
    a, b = two_datasets
    out = tmp_path / "build"
    procs = [start_build(d, out, "slow", tmp_path / f"started-{i}") for i, d in enumerate((a, b))]
    results = [finish(p) for p in procs]
    assert [r[0] for r in results] == [0, 0], [r[2] for r in results]   # one waited for the other
    names = {r[1].strip() for r in results}
    assert len(names) == 2 and names <= {p.name for p in out.glob("build-*")}
    manifest = read_current(out)
    assert manifest["rows"]["figures"] in (3, 4)
    assert tables_dir(out).name == max(names)            # the later build is the current one
    assert leftovers(out) == []


def test_a_build_waiting_for_the_lock_is_not_disturbed_by_the_one_before(two_datasets, tmp_path):
    """The first build's clean-up runs after another build took the lock: it must not touch its files."""
    a, b = two_datasets
    out = tmp_path / "build"
    first = start_build(a, out, "hold", tmp_path / "first-holds", go=tmp_path / "go")
    wait_for(tmp_path / "first-holds", first)
    second = start_build(b, out, "slow", tmp_path / "second-started")
    wait_for(tmp_path / "second-started", second)
    time.sleep(1.0)                           # the second build is now waiting for the lock
    (tmp_path / "go").touch()
    results = finish(first), finish(second)
    assert results[0][0] == 0, results[0][2]
    assert results[1][0] == 0, results[1][2]
    assert read_current(out)["rows"]["figures"] == 4     # the second build landed, whole
    assert leftovers(out) == []


STAGES = ["after:read_table", "after:rename", "after:symlink", "after:replace", "before:prune"]


@pytest.mark.parametrize("stage", STAGES)
def test_a_build_killed_at_any_step_leaves_a_whole_build_readable(two_datasets, tmp_path, stage):
    a, b = two_datasets
    out = tmp_path / "build"
    write_build(load_dataset(a), out)
    write_build(load_dataset(a), out)        # two builds already: the next one prunes
    before = read_current(out)
    proc = start_build(b, out, stage, tmp_path / "paused")
    try:
        wait_for(tmp_path / "paused", proc)
        os.kill(proc.pid, signal.SIGKILL)
        proc.wait()
    finally:
        if proc.poll() is None:
            proc.kill()
    after = read_current(out)                # the old build, or the new one complete: never half
    landed = stage in ("after:replace", "before:prune")
    assert after["rows"]["figures"] == (4 if landed else before["rows"]["figures"])
    again = write_build(load_dataset(b), out)            # the lock died with the process
    assert tables_dir(out) == again.resolve() and read_current(out)["rows"]["figures"] == 4
    assert leftovers(out) == []                          # the killed build's debris is cleared


def test_tables_that_do_not_fit_the_schema_are_refused_and_the_old_build_kept(tiny_data, tmp_path):
    out = tmp_path / "build"
    first = write_build(load_dataset(tiny_data), out)
    dataset = load_dataset(tiny_data)
    bad = dataset.tables["figures"][0].model_copy(update={"value": "beaucoup"})   # not a number
    dataset.tables["figures"] = [bad, *dataset.tables["figures"][1:]]
    with pytest.raises(DataError, match="figures"):
        write_build(dataset, out)
    assert tables_dir(out) == first.resolve() and read_current(out)["rows"]["figures"] == 3
    assert leftovers(out) == [] and len(list(out.glob("build-*"))) == 1


def test_tables_that_do_not_read_back_are_refused_and_the_old_build_kept(tiny_data, tmp_path,
                                                                         monkeypatch):
    out = tmp_path / "build"
    first = write_build(load_dataset(tiny_data), out)
    real = pq.read_table
    monkeypatch.setattr(pq, "read_table", lambda path, *a, **k: real(path, *a, **k).slice(0, 1))
    with pytest.raises(DataError, match="does not read back"):
        write_build(load_dataset(with_extra_figure(tmp_path / "data-b")), out)
    monkeypatch.undo()
    assert tables_dir(out) == first.resolve() and read_current(out)["rows"]["figures"] == 3
    assert leftovers(out) == [] and len(list(out.glob("build-*"))) == 1


def test_cli_refuses_unwritable_tables_with_a_message_not_a_traceback(tiny_data, tmp_path):
    out = tmp_path / "build"
    write_build(load_dataset(tiny_data), out)
    (out / CURRENT).unlink()
    (out / CURRENT).mkdir()              # something in the way of the swap: a folder, not a link
    result = subprocess.run([sys.executable, "-m", "loaders", "build", "--data", str(tiny_data),
                             "--out", str(out)], cwd=PROJECT, capture_output=True, text=True)
    assert result.returncode == 1
    assert "Traceback" not in result.stderr and "current" in result.stderr
