"""Saves are all or nothing (loaders.changes.saving, behind the Import page's loaders.articles.ingest.save
and the Review page's app.review.save; loaders.build.build_from): the curated rows, the change log
and the served build change together, a failed build puts data/ back (changes.csv included), a
killed save is rolled back at the next start, and a build that read data/ before a save cannot
publish after it."""
from __future__ import annotations

import signal
import subprocess
import sys
import textwrap
import threading
from pathlib import Path

import pyarrow.parquet as pq
import pytest

import loaders.build
from conftest import PROJECT
from loaders.articles.documents import read_pasted
from loaders.articles.extract import FileResult
from loaders.articles.ingest import SourceInfo, plan_rows, save
from app.review import save as review_save
from loaders.build import build_from, build_lock, load_dataset, tables_dir, write_build
from loaders.changes import Edit, SaveError, apply_edits, read_changes, recover_interrupted

EDITOR = "alice@example.org"

def _snapshot(folder: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted(folder.glob("*.csv"))}


def _plan(text: str = "Un texte sans chiffre."):
    """A source row and one candidate figure, as the Import page proposes them (no extraction needed)."""
    doc = read_pasted(text)
    plan = plan_rows(FileResult(Path(doc.path.name), doc, []), SourceInfo(publisher="La Gazette"), ["cloud"])
    sid = plan.rows["sources"][0]["source_id"]
    plan.rows["figures"].append({
        "figure_id": f"{sid}-0", "source_id": sid, "raw": "12 millions d’euros", "unit": "",
        "label_fr": "Budget", "label_en": "Budget", "theme": "cloud", "actor_id": "", "date": "",
        "period": "one_off", "status": "announced", "note": "", "review": "candidate"})
    return plan, sid


def _served_sources(root: Path) -> set[str]:
    return set(pq.read_table(tables_dir(root) / "sources.parquet").column("source_id").to_pylist())


@pytest.fixture
def built(tmp_path, tiny_data):
    root = tmp_path / "build"
    write_build(load_dataset(tiny_data), root)
    return tiny_data, root


def test_a_build_that_fails_puts_data_back_and_a_retry_succeeds(built, monkeypatch):
    data, root = built
    before = _snapshot(data)
    plan, sid = _plan()

    def full_disk(*args, **kwargs):
        raise OSError(28, "No space left on device")
    with monkeypatch.context() as m:
        m.setattr(loaders.build.pq, "write_table", full_disk)
        with pytest.raises(SaveError) as e:
            save(plan, list(plan.rows["figures"]), data, root, EDITOR, "test")
    assert e.value.rolled_back and "No space left" in str(e.value)
    assert _snapshot(data) == before                      # the rows are not in data/ ...
    assert sid not in _served_sources(root)               # ... nor served
    assert not list(data.glob(".save-*"))
    plan, sid = _plan()                                   # the retry is not "already ingested"
    added = save(plan, list(plan.rows["figures"]), data, root, EDITOR, "test")
    assert added == {"sources": 1, "figures": 1}
    assert sid in _served_sources(root)


def test_invalid_rows_write_nothing_and_are_not_a_build_failure(built):
    data, root = built
    before = _snapshot(data)
    plan, _ = _plan()
    plan.rows["mentions"] = [{"source_id": plan.rows["sources"][0]["source_id"], "actor_id": "nobody"}]
    with pytest.raises(Exception) as e:
        save(plan, list(plan.rows["figures"]), data, root, EDITOR, "test")
    assert not isinstance(e.value, SaveError) and "unknown actor id 'nobody'" in str(e.value)
    assert _snapshot(data) == before


def test_a_save_killed_before_publishing_is_rolled_back_at_start(built):
    data, root = built
    before = _snapshot(data)
    # A save whose process dies (SIGKILL) after data/ was replaced, while the build is being written.
    script = textwrap.dedent(f"""
        import os, signal, sys
        sys.path[:0] = [{str(PROJECT)!r}, {str(PROJECT / 'tests')!r}]
        from pathlib import Path
        import loaders.articles.ingest as ingest
        import loaders.changes as changes
        from test_save_atomic import _plan
        changes.write_build = lambda *a, **k: os.kill(os.getpid(), signal.SIGKILL)
        plan, _ = _plan()
        ingest.save(plan, list(plan.rows["figures"]), Path({str(data)!r}), Path({str(root)!r}), "a@x.org", "kill")
    """)
    run = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=300)
    assert run.returncode == -signal.SIGKILL, run.stderr
    assert _snapshot(data) != before and list(data.glob(".save-*"))   # the split the kill left
    assert len(recover_interrupted(data, root)) == 1
    assert _snapshot(data) == before and not list(data.glob(".save-*"))
    plan, sid = _plan()
    save(plan, list(plan.rows["figures"]), data, root, EDITOR, "test")
    assert sid in _served_sources(root)


def test_a_killed_save_that_had_published_keeps_its_rows(built):
    data, root = built
    plan, sid = _plan()
    save(plan, list(plan.rows["figures"]), data, root, EDITOR, "test")
    after = _snapshot(data)
    leftover = data / ".save-killed"          # a folder left by a kill after the build was published
    (leftover / "old").mkdir(parents=True)
    (leftover / "old" / "sources.csv").write_text("source_id\n", encoding="utf-8")
    assert recover_interrupted(data, root) == [".save-killed"]
    assert _snapshot(data) == after and not leftover.exists()


def test_a_build_that_read_data_before_a_save_does_not_publish_after_it(built, monkeypatch):
    data, root = built
    read, go = threading.Event(), threading.Event()
    real = loaders.build.load_dataset

    def slow_first_read(folder):
        dataset = real(folder)
        if threading.current_thread().name == "cli-build":
            read.set()
            go.wait(60)
        return dataset
    monkeypatch.setattr(loaders.build, "load_dataset", slow_first_read)
    first = threading.Thread(target=build_from, args=(data, root), name="cli-build")
    first.start()
    assert read.wait(60)
    plan, sid = _plan()
    saving = threading.Thread(target=save, args=(plan, list(plan.rows["figures"]), data, root, EDITOR, "test"))
    saving.start()
    saving.join(timeout=5)      # without one lock over read-validate-publish the save lands here
    go.set()
    first.join(120)
    saving.join(120)
    assert sid in _served_sources(root)          # the save published last: its rows are served



def _full_disk(*args, **kwargs):
    raise OSError(28, "No space left on device")


def test_an_import_whose_build_fails_puts_the_change_log_back_too(built, monkeypatch):
    data, root = built
    apply_edits(data, [Edit("figures", "members", "label_fr", "Membres", "Adhérents")], EDITOR, "wording")
    log_before = (data / "changes.csv").read_bytes()           # the log exists, with one line
    plan, sid = _plan()
    with monkeypatch.context() as m:
        m.setattr(loaders.build.pq, "write_table", _full_disk)
        with pytest.raises(SaveError) as e:
            save(plan, list(plan.rows["figures"]), data, root, EDITOR, "test")
    assert e.value.rolled_back
    assert (data / "changes.csv").read_bytes() == log_before   # no line for rows that are not there


def test_a_review_save_whose_build_fails_is_put_back_whole(built, monkeypatch):
    data, root = built
    before = _snapshot(data)
    served = pq.read_table(tables_dir(root) / "figures.parquet").to_pandas().set_index("figure_id")
    edit = [Edit("figures", "members", "label_fr", "Membres", "Adhérents")]
    with monkeypatch.context() as m:
        m.setattr(loaders.build.pq, "write_table", _full_disk)
        with pytest.raises(SaveError) as e:
            review_save(edit, EDITOR, "wording", data, root)
    assert e.value.rolled_back and "No space left" in str(e.value)
    assert _snapshot(data) == before and not (data / "changes.csv").exists()
    assert not list(data.glob(".save-*"))
    [line] = review_save(edit, EDITOR, "wording", data, root)   # the retry is no conflict
    assert line["after"] == "Adhérents"
    now = pq.read_table(tables_dir(root) / "figures.parquet").to_pandas().set_index("figure_id")
    assert (served.at["members", "label_fr"], now.at["members", "label_fr"]) == ("Membres", "Adhérents")
    assert pq.read_table(tables_dir(root) / "changes.parquet").num_rows == 1


def test_a_killed_review_save_is_rolled_back_at_start(built):
    data, root = built
    before = _snapshot(data)
    script = textwrap.dedent(f"""
        import os, signal, sys
        sys.path[:0] = [{str(PROJECT)!r}]
        from pathlib import Path
        import loaders.changes as changes
        from app.review import save
        changes.write_build = lambda *a, **k: os.kill(os.getpid(), signal.SIGKILL)
        save([changes.Edit("figures", "members", "label_fr", "Membres", "Adhérents")], "a@x.org", "kill",
             Path({str(data)!r}), Path({str(root)!r}))
    """)
    run = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=300)
    assert run.returncode == -signal.SIGKILL, run.stderr
    assert (data / "changes.csv").exists() and list(data.glob(".save-*"))   # the split the kill left
    assert len(recover_interrupted(data, root)) == 1
    assert _snapshot(data) == before and not list(data.glob(".save-*"))


def test_an_import_save_waits_for_a_build_and_neither_waits_for_itself(built):
    # The build's lock and data/'s are each taken once per save, in one order: a save started while
    # `loaders build` holds the build's lock publishes after it, and no lock is waited on twice.
    data, root = built
    plan, sid = _plan()
    with build_lock(root):
        saving = threading.Thread(target=save, args=(plan, list(plan.rows["figures"]), data, root, EDITOR, "t"))
        saving.start()
        saving.join(timeout=2)
        assert sid not in _served_sources(root)   # nothing published while the build's lock is held
    saving.join(120)
    assert sid in _served_sources(root)
    assert {c.row_id for c in read_changes(data)} == {sid, f"{sid}-0"}   # logged once, by the same save


def test_a_claim_decision_whose_build_fails_is_put_back_whole(tmp_path, monkeypatch):
    # The Review page's claim groupings are saves too: claims files, change log and build together.
    from app.review import accept_claim, claim_queue, reject_claim
    from conftest import groupable_dataset
    data, root = groupable_dataset(tmp_path)
    before = _snapshot(data)
    [suggestion] = claim_queue(data)
    with monkeypatch.context() as m:
        m.setattr(loaders.build.pq, "write_table", _full_disk)
        with pytest.raises(SaveError) as e:
            accept_claim(data, root, suggestion["suggestion_id"], EDITOR, "same", "summit-109bn", "Sommet", "Summit")
        assert e.value.rolled_back
        assert _snapshot(data) == before and not list(data.glob(".save-*"))
        with pytest.raises(SaveError):
            reject_claim(data, root, suggestion["suggestion_id"], EDITOR, "two announcements")
        assert _snapshot(data) == before
    done = accept_claim(data, root, suggestion["suggestion_id"], EDITOR, "same", "summit-109bn", "Sommet", "Summit")
    assert done.claim_id == "summit-109bn"
    figures = pq.read_table(tables_dir(root) / "figures.parquet").to_pandas().set_index("figure_id")
    assert figures.at["summit-eur", "claim_id"] == "summit-109bn"
