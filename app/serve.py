"""`python -m app.serve [options of streamlit run]`: read the built tables, then serve the dashboard.

`streamlit run dashboard.py` reads the tables on the first visit, so the first visitor waits for
them (seconds at a million figures). Here they are read before the server answers: the server
takes that time to come up, and no visitor waits for it. Options are passed to `streamlit run`.
"""
from __future__ import annotations

import sys
import time
from pathlib import Path

PROJECT = Path(__file__).resolve().parent.parent


def warm() -> str:
    """Read the tables into the process's cache (the one the pages use); what happened, in words."""
    from .query import NoTablesError
    from .ui import get_tables
    start = time.perf_counter()
    try:
        tables = get_tables()
    except NoTablesError as e:   # the pages say how to build: serve anyway
        return f"no tables yet ({e})"
    return f"tables {tables.version} read in {time.perf_counter() - start:.1f} s"


def main(argv: list[str]) -> None:
    print(f"dashboard: {warm()}", flush=True)
    from streamlit.web import cli
    sys.argv = ["streamlit", "run", str(PROJECT / "dashboard.py"), *argv]
    cli.main()


if __name__ == "__main__":
    main(sys.argv[1:])
