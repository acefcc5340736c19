"""Shared fixtures: a tiny, valid curated dataset written into a temporary folder, the shipped data
built once, and one synthetic dataset (bench's generator) built once per test session."""
from __future__ import annotations

import csv
import os
from pathlib import Path

import pytest
from hypothesis import settings

from loaders.schema import csv_columns
from support import SYNTHETIC_FIGURES, SYNTHETIC_SEED

# Property tests check behaviour, never speed: no per-example deadline (the machine is small and
# shared, and a deadline is a timing assertion by another name).
settings.register_profile("project", deadline=None)
settings.load_profile("project")

PROJECT = Path(__file__).resolve().parent.parent
SHARED = PROJECT.parent / "shared"

TINY = {
    "themes": [{"theme_id": "cloud", "label_fr": "Cloud", "label_en": "Cloud"},
               {"theme_id": "ai", "label_fr": "IA", "label_en": "AI"}],
    "levers": [{"lever_id": "funding", "label_fr": "Financement", "label_en": "Funding"}],
    "fx_rates": [{"currency": "USD", "period": "2025", "rate": "1.1293", "source": "ECB"},
                 {"currency": "USD", "period": "2025-02", "rate": "1.0413", "source": "ECB"}],
    "sources": [{"source_id": "src-a", "title": "Un article", "publisher": "Alliancy",
                 "published": "2025-09-09", "kind": "article", "language": "fr"}],
    "actors": [{"actor_id": "afnum", "name": "Alliance française des industries du numérique",
                "short_name": "AFNUM", "aliases": "Afnum", "type": "industry_body", "country": "FR"},
               {"actor_id": "marc-charriere", "name": "Marc Charriere", "short_name": "M. Charriere",
                "type": "person", "parent_id": "afnum", "role": "président", "role_en": "president"}],
    "figures": [
        {"figure_id": "summit-investment", "source_id": "src-a", "raw": "109 milliards de dollars",
         "label_fr": "Investissements annoncés", "label_en": "Announced investment", "theme": "ai",
         "actor_id": "afnum", "date": "2025-02", "period": "one_off", "status": "announced"},
        {"figure_id": "compute-share", "source_id": "src-a", "raw": "4%",
         "label_fr": "Part du calcul mondial", "label_en": "Share of world compute",
         "theme": "cloud", "period": "one_off", "status": "measured"},
        {"figure_id": "members", "source_id": "src-a", "raw": "une cinquantaine", "unit": "members",
         "label_fr": "Membres", "label_en": "Members", "theme": "cloud", "period": "one_off",
         "status": "measured"},
    ],
    "proposals": [{"proposal_id": "p1", "source_id": "src-a", "actor_ids": "afnum",
                   "title_fr": "Financer", "title_en": "Fund", "theme": "ai", "lever": "funding",
                   "kind": "proposal", "date": "2025-09-09", "status": "proposed"}],
    "events": [{"event_id": "summit", "name": "Sommet IA", "name_en": "AI summit", "kind": "summit",
                "start": "2025-02-10", "end": "2025-02-11", "place": "Paris", "source_id": "src-a"}],
    "mentions": [{"source_id": "src-a", "actor_id": "marc-charriere"}],
}


def write_tables(folder: Path, tables: dict[str, list[dict]]) -> Path:
    """Write `tables` as curated CSV files (every declared column, blanks where absent)."""
    folder.mkdir(parents=True, exist_ok=True)
    for name, rows in tables.items():
        with open(folder / f"{name}.csv", "w", newline="", encoding="utf-8") as fh:
            w = csv.DictWriter(fh, fieldnames=csv_columns(name))
            w.writeheader()
            for row in rows:
                w.writerow(row)
    return folder


def candidates_dataset(folder: Path) -> tuple[Path, Path]:
    """The tiny dataset with every figure but the first waiting for review, and its build:
    (curated folder, build root), for the Review page's tests in AppTest and in Chromium."""
    from loaders.build import load_dataset, write_build
    tables = {k: [dict(r) for r in v] for k, v in TINY.items()}
    for row in tables["figures"][1:]:
        row["review"] = "candidate"
    data = write_tables(folder / "data", tables)
    root = folder / "build"
    write_build(load_dataset(data), root)
    return data, root


def groupable_dataset(folder: Path) -> tuple[Path, Path]:
    """The tiny dataset plus a second source reporting the Summit's 109 bn in euros, no claim yet:
    the suggester proposes it with the dollar figure as one claim. (curated folder, build root)."""
    from loaders.build import load_dataset, write_build
    tables = {k: [dict(r) for r in v] for k, v in TINY.items()}
    tables["sources"].append({"source_id": "src-b", "title": "Un autre", "publisher": "Le Monde",
                              "published": "2025-02-12", "kind": "article", "language": "fr"})
    tables["figures"].append({"figure_id": "summit-eur", "source_id": "src-b", "raw": "109 milliards d'euros",
                              "label_fr": "Investissements annoncés au Sommet", "label_en": "Investment announced at the Summit",
                              "theme": "ai", "actor_id": "afnum", "date": "2025-02", "period": "one_off",
                              "status": "announced"})
    tables["claims"], tables["claim_reports"] = [], []
    data = write_tables(folder / "data", tables)
    root = folder / "build"
    write_build(load_dataset(data), root)
    return data, root


def open_page(build: Path, monkeypatch, page: str, timeout: float = 60, **params):
    """An AppTest of the dashboard on `build`, opened on `page` with the URL's `params`, run once
    without an exception (bench/page_app.py: the frame with a chosen default page)."""
    from streamlit.testing.v1 import AppTest
    monkeypatch.setenv("DASHBOARD_DATA", str(build))
    at = AppTest.from_file(str(PROJECT / "bench" / "page_app.py"), default_timeout=timeout)
    for key, value in params.items():
        at.query_params[key] = value
    at.session_state["start_page"] = page
    at.run()
    assert not at.exception, [e.message for e in at.exception]
    return at


@pytest.fixture
def tiny_data(tmp_path) -> Path:
    """A valid curated dataset of a few rows per table."""
    return write_tables(tmp_path / "data", {k: [dict(r) for r in v] for k, v in TINY.items()})


@pytest.fixture
def tiny_tables(tiny_data, tmp_path):
    """The tiny dataset, built and loaded as the app loads it."""
    from app.query import load_tables
    from loaders.build import load_dataset, write_build
    root = tmp_path / "build"
    write_build(load_dataset(tiny_data), root)
    return load_tables(root)


@pytest.fixture(scope="session")
def shared_dir() -> Path:
    """../shared, which CI puts beside the clone: missing under CI is a failure, not a skip."""
    if not (SHARED / "gold").is_dir():
        if os.environ.get("CI"):
            pytest.fail(f"{SHARED} is missing: CI must provide ../shared beside the clone")
        pytest.skip(f"{SHARED} not found (outside CI)")
    return SHARED


@pytest.fixture(scope="session")
def shipped_extractor():
    """The extractor over the shipped data/ (spaCy model, rulers, themes), loaded once for the run."""
    from loaders.articles.extract import Extractor
    return Extractor(PROJECT / "data")


@pytest.fixture(scope="session")
def shipped_build(tmp_path_factory) -> Path:
    """The shipped data/ built once per test session into a temporary build root."""
    from loaders.build import load_dataset, write_build
    root = tmp_path_factory.mktemp("shipped") / "build"
    write_build(load_dataset(PROJECT / "data"), root)
    return root


def _seed_subset(data: Path, out: Path) -> Path:
    """Copy `data` keeping only the seed sources (those whose text we ship, `document` set), the rows
    taken from them and the actors those rows name."""
    out.mkdir(parents=True)
    read = lambda name: list(csv.DictReader(open(data / f"{name}.csv", encoding="utf-8")))
    sources = [r for r in read("sources") if r.get("document")]
    kept = {r["source_id"] for r in sources}
    tables = {"sources": sources}
    for name in ("figures", "proposals", "events", "mentions"):
        tables[name] = [r for r in read(name) if r["source_id"] in kept]
    named = ({r["actor_id"] for r in tables["figures"] + tables["mentions"]}
             | {a for r in tables["proposals"] for a in r["actor_ids"].split(";")}
             | {a for r in tables["events"] for a in r["organiser_ids"].split(";")})
    actors = [r for r in read("actors") if r["actor_id"] in named]
    parents = {r["parent_id"] for r in actors}
    tables["actors"] = [r for r in read("actors") if r["actor_id"] in named | parents]
    for name in ("themes", "levers", "fx_rates"):
        tables[name] = read(name)
    for name, rows in tables.items():
        with open(out / f"{name}.csv", "w", encoding="utf-8", newline="") as f:
            w = csv.DictWriter(f, list(rows[0]), lineterminator="\n")
            w.writeheader()
            w.writerows(rows)
    return out


@pytest.fixture(scope="session")
def seed_build(tmp_path_factory) -> Path:
    """The five seed articles and what the dataset took from them, built once per session: tests
    that name particular figures, counts and events read this stable slice, not the growing corpus."""
    from loaders.build import load_dataset, write_build
    tmp = tmp_path_factory.mktemp("seeds")
    root = tmp / "build"
    write_build(load_dataset(_seed_subset(PROJECT / "data", tmp / "data")), root)
    return root


@pytest.fixture(scope="session")
def seed_tables(seed_build) -> dict:
    """The seed build's tables as DataFrames, by name."""
    return _tables(seed_build)


def _tables(root: Path) -> dict:
    import pyarrow.parquet as pq
    from loaders.build import tables_dir
    from loaders.schema import TABLES
    return {name: pq.read_table(tables_dir(root) / f"{name}.parquet").to_pandas() for name in TABLES}


@pytest.fixture(scope="session")
def shipped_tables(shipped_build) -> dict:
    """The shipped build's tables as DataFrames, by name."""
    return _tables(shipped_build)


@pytest.fixture(scope="session")
def synthetic_root(tmp_path_factory) -> Path:
    """A build root holding bench's synthetic dataset of SYNTHETIC_FIGURES figures, written once per
    session; tests read it (load it into their own tables) and never write under it."""
    from bench.generate import write_synthetic
    root = tmp_path_factory.mktemp("synthetic")
    write_synthetic(root, SYNTHETIC_FIGURES, seed=SYNTHETIC_SEED)
    return root


def serve_for_browser(build: Path, log_name: str = "browser-server.log"):
    """Generator for a server fixture: the dashboard served over `build`, its URL yielded; the log
    goes to test-artifacts/`log_name`. A server that does not start fails the test with its log."""
    from browser_support import ARTIFACTS, require_chromium, served_dashboard
    require_chromium()
    try:
        with served_dashboard(build, ARTIFACTS / log_name) as (url, _):
            try:
                yield url
            finally:
                WARMED.discard(url)   # a later server may get the same port: it is a fresh one
    except RuntimeError as e:   # did not start: the log says why
        pytest.fail(str(e))


@pytest.fixture(scope="session")
def shipped_server(shipped_build):
    """The dashboard served over the session's `shipped_build`, started once for every browser module
    that reads the shipped data (a server start and its first page cost seconds each time); its URL."""
    yield from serve_for_browser(shipped_build)


@pytest.fixture(scope="module")
def server(shipped_server):
    """The URL of the dashboard the module's browser opens: the shared shipped server, unless a
    module overrides this fixture with its own server (its own data or settings)."""
    return shipped_server


# The servers whose root a browser has opened once: a fresh server may answer "page not found" to a
# first deep link, so each server's root is opened once, not once per test.
WARMED: set[str] = set()


@pytest.fixture(scope="module")
def browser(server):
    """Debian's Chromium (Playwright, headless), once per module; the server's root opened once."""
    from playwright.sync_api import sync_playwright

    from browser_support import CHROMIUM, FLAGS, settle
    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=str(CHROMIUM), args=FLAGS, headless=True)
        if server not in WARMED:
            context = b.new_context()
            pg = context.new_page()
            pg.goto(server)
            settle(pg)
            context.close()
            WARMED.add(server)
        yield b
        b.close()


@pytest.fixture(scope="module")
def context(browser):
    """One browser context (a desktop window, downloads accepted) for a module's tests: each test opens
    its own tab, so its own Streamlit session, and the app's scripts are fetched and compiled once."""
    ctx = browser.new_context(viewport={"width": 1400, "height": 1000}, accept_downloads=True)
    yield ctx
    ctx.close()


@pytest.fixture
def local_editing(monkeypatch):
    """`make edit` for AppTest: DASHBOARD_EDIT=local with the server's address on loopback, as the
    Makefile serves it (the local user is the editor; nothing stands in for a login)."""
    from streamlit import config
    monkeypatch.setenv("DASHBOARD_EDIT", "local")
    before = config.get_option("server.address")
    config.set_option("server.address", "127.0.0.1")
    yield
    config.set_option("server.address", before)
