"""The Import page reads in a process of its own (loaders/articles/reader): not the server's, at a lower
CPU priority, with the same items as reading in-process; a worker that dies is a message, and the
next import gets a fresh one."""
from __future__ import annotations

import os
import shutil
import signal
import sys
import time
import types

import pytest

from conftest import PROJECT
from loaders.articles import reader
from loaders.articles.documents import read_pasted
from loaders.articles.extract import Extractor
from loaders.articles.ingest import CHUNK_CHARS, extract_document
from loaders.errors import DataError
from test_import import ARTICLE, curated, open_import  # noqa: F401 (curated is a fixture)

DATA = PROJECT / "data"
ENGLISH = "The summit closed with $109bn of private investment pledged by Mistral AI and the State on 10 February 2025."


def _gone(pid: int, wait_s: float = 30) -> bool:
    deadline = time.monotonic() + wait_s
    while time.monotonic() < deadline:
        try:
            os.kill(pid, 0)
        except ProcessLookupError:
            return True
        time.sleep(0.1)
    return False


def test_reading_runs_in_another_process_at_a_lower_priority():
    pid = reader.worker_pid(DATA)
    assert pid != os.getpid()
    assert os.getpriority(os.PRIO_PROCESS, pid) > os.getpriority(os.PRIO_PROCESS, os.getpid()) \
        or os.getpriority(os.PRIO_PROCESS, os.getpid()) == 19
    assert os.sched_getscheduler(pid) == os.SCHED_IDLE   # it reads only on a core no visitor wants
    assert reader.worker_pid(DATA) == pid   # one long-lived worker, not one per import


@pytest.mark.parametrize("text, language", [(ARTICLE, "fr"), (ENGLISH, "en")])
def test_the_worker_finds_what_reading_in_process_finds(shipped_extractor, text, language):
    document = read_pasted(text)
    here = extract_document(shipped_extractor, document, None, language=language)   # Extractor(DATA), loaded once
    there = reader.read_document(DATA, document, None, language=language)
    assert there == here and {f.item.kind for f in there} >= {"money"}


def test_a_reading_past_its_budget_in_the_worker_is_the_same_message():
    long = read_pasted("Un budget de 3 M€ en région. " * (CHUNK_CHARS // 20))
    with pytest.raises(DataError, match="reading stopped after 0 s at character"):
        reader.read_document(DATA, long, None, budget_s=0)


def test_a_killed_worker_is_a_message_and_the_next_import_gets_a_fresh_one():
    pid = reader.worker_pid(DATA)
    os.kill(pid, signal.SIGKILL)
    assert _gone(pid)
    with pytest.raises(DataError, match="the reading process stopped before the end") as e:
        reader.read_document(DATA, read_pasted(ARTICLE), None)
    assert len(e.value.problems) == 1
    found = reader.read_document(DATA, read_pasted(ARTICLE), None)
    assert {f.item.text for f in found} >= {"1,5 milliard d'euros", "40 %"}
    assert reader.worker_pid(DATA) != pid


def test_the_import_page_reads_in_the_worker_not_in_the_server(curated, monkeypatch):  # noqa: F811
    def no_model_here(*args, **kwargs):
        raise AssertionError("the model was loaded in the server's process")
    monkeypatch.setattr(Extractor, "__init__", no_model_here)   # the spawned worker imports its own
    at = open_import()
    at.text_area(key="import_text").set_value(ARTICLE)
    at.button[0].click().run()
    assert not at.exception and not at.error, [e.value for e in at.error]
    marked = " ".join(m.value for m in at.markdown)
    assert ":green-background[1,5 milliard d'euros]" in marked


def test_a_worker_killed_under_the_import_page_is_said_and_the_next_reading_works(curated):  # noqa: F811
    at = open_import()
    at.text_area(key="import_text").set_value(ARTICLE)
    at.button[0].click().run()
    assert not at.error
    os.kill(reader.worker_pid(curated[0]), signal.SIGKILL)
    at.button[0].click().run()
    assert not at.exception
    said = " ".join(e.value for e in at.error)
    assert "Ce document ne peut pas être lu" in said and "the reading process stopped" in said
    at.button[0].click().run()
    assert not at.exception and not at.error
    assert ":green-background[1,5 milliard d'euros]" in " ".join(m.value for m in at.markdown)


def test_a_server_killed_outright_leaves_no_reading_process(tmp_path):
    # SIGKILL runs no exit handler: the worker sees its parent gone and ends itself (no model left in memory).
    import subprocess
    import sys
    code = ("import os, signal, sys; sys.path.insert(0, sys.argv[1]); from loaders.articles import reader; "
            "print(reader.worker_pid(sys.argv[2]), flush=True); os.kill(os.getpid(), signal.SIGKILL)")
    out = tmp_path / "pid"
    with out.open("w") as printed:   # a file, not a pipe: the worker inherits the server's output
        subprocess.run([sys.executable, "-c", code, str(PROJECT), str(DATA)], stdout=printed, timeout=300)
    pid = int(out.read_text().split()[0])
    gone = _gone(pid, wait_s=60)
    if not gone:
        os.kill(pid, signal.SIGKILL)
    assert gone, f"reading process {pid} outlived its server"


def test_the_worker_starts_whatever_script_runs_as_main(tmp_path, monkeypatch):
    """Streamlit runs each page as `__main__`: the worker must not run that script again (spawn
    re-imports the parent's main by its path) - it died there, after the page tests had run."""
    script = tmp_path / "page.py"
    script.write_text("raise SystemExit('the page script ran in the reading process')\n", encoding="utf-8")
    page = types.ModuleType("__main__")
    page.__file__ = str(script)
    monkeypatch.setitem(sys.modules, "__main__", page)
    data = tmp_path / "data"
    shutil.copytree(DATA, data, ignore=shutil.ignore_patterns("build"))
    with (data / "organisations.csv").open("a", encoding="utf-8") as f:   # other tables: a fresh worker
        f.write("\n")
    assert reader.worker_pid(data) != os.getpid()
    assert sys.modules["__main__"] is page   # and the page's own main is left as it was


def test_the_worker_is_kept_for_the_same_tables_and_replaced_when_an_editor_changes_one(tmp_path):
    copy = tmp_path / "copy"
    shutil.copytree(DATA, copy, ignore=shutil.ignore_patterns("build"))
    pid = reader.worker_pid(DATA)
    assert reader.worker_pid(copy) == pid          # the same actors, themes and organisations: no new model load
    with (copy / "actors.csv").open("a", encoding="utf-8") as f:
        f.write("\n")                              # actors.csv edited: the reading must see the new table
    assert reader.worker_pid(copy) != pid


def test_the_servers_import_page_modules_leave_spacy_to_the_reading_process():
    """The server imports what the Import page needs; spaCy (and its hundreds of MB) stays in the reader."""
    import subprocess
    code = ("import sys; import loaders.articles.ingest, loaders.articles.reader, loaders.articles.documents; "
            "print('spacy' in sys.modules)")
    out = subprocess.run([sys.executable, "-c", code], cwd=PROJECT, capture_output=True, text=True, timeout=120)
    assert out.returncode == 0, out.stderr
    assert out.stdout.strip() == "False"
