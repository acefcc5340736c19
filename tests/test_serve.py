"""`make run` serves through app.serve: the tables are read before the server answers, so the
first visitor does not wait for them; a server without tables still starts."""
from __future__ import annotations

from pathlib import Path

from streamlit.testing.v1 import AppTest

import app.ui as ui
from app.serve import warm

PROJECT = Path(__file__).resolve().parent.parent


def test_the_first_visit_reuses_the_tables_read_at_start(shipped_build, monkeypatch):
    monkeypatch.setenv("DASHBOARD_DATA", str(shipped_build))
    ui._tables_for.clear()
    reads = []
    real = ui.load_tables
    monkeypatch.setattr(ui, "load_tables", lambda root: reads.append(root) or real(root))
    said = warm()
    assert "read in" in said and "first view prepared" in said
    assert len(reads) == 1
    at = AppTest.from_file(str(PROJECT / "bench" / "page_app.py"), default_timeout=60)
    at.run()
    assert not at.exception, [e.message for e in at.exception]
    assert at.title and len(reads) == 1          # the visit drew the page from the tables read at start
    ui._tables_for.clear()


def test_a_server_without_tables_still_starts_and_says_so(tmp_path, monkeypatch):
    monkeypatch.setenv("DASHBOARD_DATA", str(tmp_path / "nothing-built"))
    ui._tables_for.clear()
    assert warm().startswith("no tables yet")
    ui._tables_for.clear()


def test_malloc_is_kept_to_few_arenas_on_glibc():
    """In a child process: the setting is process-wide. The machines we serve from run glibc."""
    import subprocess
    import sys
    said = subprocess.run([sys.executable, "-c", "from app.serve import lean_malloc; print(lean_malloc())"],
                          cwd=PROJECT, capture_output=True, text=True, check=True).stdout.strip()
    assert said == "True"
