"""Readers and editors in a real browser: Chromium on a served dashboard, logging in through a real
OpenID Connect provider (oidc-provider-mock) on loopback.

- Served with no login configured, an anonymous visitor finds no write control on any page.
- An editor logs in, accepts a candidate on the Review page; after the rebuild the row is accepted
  in the tables, with its change-log entry.
- A reader logs in and finds no write control; the editor's own save request, replayed on the
  reader's connection, is refused and changes nothing (the same bytes on the editor's connection write).
"""
from __future__ import annotations

import re

import pyarrow.parquet as pq
import pytest

from app.frame import PAGES
from app.review import history
from browser_support import CHROMIUM, FLAGS, require_chromium, settle
from conftest import candidates_dataset
from loaders.build import tables_dir
from loaders.changes import read_rows
from login_support import log_in, oidc_provider, served_app

pytestmark = pytest.mark.browser
EDITOR, READER = "editor@example.org", "reader@example.org"
WRITE_LABELS = re.compile(r"Enregistrer|Accepter|Rejeter|Repérer|Choisir les")


def reviews(data):
    return {r["figure_id"]: r["review"] or "accepted" for r in read_rows(data, "figures")}


@pytest.fixture(scope="module")
def browser():
    require_chromium()
    from playwright.sync_api import sync_playwright
    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=str(CHROMIUM), args=FLAGS, headless=True)
        yield b
        b.close()


@pytest.fixture(scope="module")
def provider():
    with oidc_provider() as issuer:
        yield issuer


@pytest.fixture(scope="module")
def with_login(tmp_path_factory, provider):
    folder = tmp_path_factory.mktemp("login")
    data, root = candidates_dataset(folder)
    with served_app(data, root, folder, provider, [EDITOR]) as url:
        yield url, data, root


def new_page(browser):
    context = browser.new_context(viewport={"width": 1400, "height": 1000})
    context.set_default_timeout(60_000)
    return context, context.new_page()


def write_controls(page) -> list[str]:
    """What on the page could write: uploaders, text areas, editable grids, save or review buttons."""
    found = [f"uploader x{n}" for n in [page.get_by_test_id("stFileUploader").count()] if n]
    found += [f"text area x{n}" for n in [page.locator('[data-testid="stMain"] textarea').count()] if n]
    found += [f"grid x{n}" for n in [page.locator('[data-testid="stMain"] [data-testid="stDataFrame"]').count()]
              if n and page.locator("h1").first.inner_text() in ("Relecture", "Import")]
    found += [b for b in page.locator("button").all_inner_texts() if WRITE_LABELS.search(b)]
    return found


def test_served_without_login_an_anonymous_visitor_finds_no_write_control(browser, tmp_path):
    data, root = candidates_dataset(tmp_path)
    with served_app(data, root, tmp_path) as url:
        context, page = new_page(browser)
        page.goto(url)
        settle(page)
        nav = page.get_by_test_id("stSidebarNav").inner_text()
        assert "Import" not in nav and "Relecture" not in nav and "Chiffres" in nav
        for _, key, _, path in PAGES:
            page.goto(url if key == "overview" else f"{url}/{path}")
            settle(page)
            assert page.locator("h1").count() >= 1, key
            assert write_controls(page) == [], key
            if key in ("import", "review"):
                assert "make edit" in page.get_by_test_id("stMain").inner_text(), key
        assert page.get_by_role("button", name="Se connecter").count() == 0   # nothing to log in to
        context.close()


def test_an_editor_logs_in_accepts_a_candidate_and_it_is_accepted_with_its_log_entry(browser, with_login):
    url, data, root = with_login
    context, page = new_page(browser)
    log_in(page, url, EDITOR)
    assert "(éditeur)" in page.get_by_test_id("stSidebar").inner_text()
    page.get_by_test_id("stSidebarNav").get_by_text("Relecture").click()
    page.get_by_text("2 ligne(s)", exact=True).wait_for()
    choose(page, "compute-share")
    page.get_by_label("Raison").fill("vérifié dans l'étude")
    page.get_by_label("Raison").press("Enter")
    page.get_by_role("button", name="Accepter 1 ligne(s)").click()
    page.get_by_text("Enregistré : 1 modification(s)").wait_for()
    assert reviews(data)["compute-share"] == "accepted"
    built = pq.read_table(tables_dir(root) / "figures.parquet").to_pandas().set_index("figure_id")
    assert built.loc["compute-share", "review"] == "accepted"
    entry = history(root, "figures", "compute-share").iloc[0]
    assert (entry["who"], entry["before"], entry["after"], entry["reason"]) == (
        EDITOR, "candidate", "accepted", "vérifié dans l'étude")
    context.close()


def snapshot(data):
    return {p.name: p.read_bytes() for p in sorted(data.glob("*.csv"))}


def until(page, condition, failure: str, timeout: float = 60):
    """Poll `condition` while Playwright delivers the page's events (sync API: only while it waits)."""
    import time
    end = time.monotonic() + timeout
    while not condition():
        assert time.monotonic() < end, failure
        page.wait_for_timeout(50)


def choose(page, row_id):
    box = page.get_by_test_id("stMultiSelect").filter(has_text="Lignes à accepter")
    box.locator("input").fill(row_id)
    page.get_by_role("option", name=row_id).click()
    page.keyboard.press("Escape")
    page.get_by_role("button", name="Accepter 1 ligne(s)").wait_for()


def test_a_reader_finds_no_write_control_and_a_replayed_save_changes_nothing(browser, with_login):
    url, data, root = with_login
    # The editor prepares a save; its request is held back on the way to the server and kept.
    editor_context, editor = new_page(browser)
    held, to_server = [], {}

    def editor_socket(ws):
        server = to_server["editor"] = ws.connect_to_server()
        ws.on_message(lambda m: held.append(m) if to_server.get("hold") else server.send(m))
    editor_context.route_web_socket(re.compile(r".*/_stcore/stream"), editor_socket)
    log_in(editor, url, EDITOR)
    editor.goto(f"{url}/review")
    settle(editor)
    editor.get_by_text("ligne(s)").first.wait_for()
    choose(editor, "members")
    to_server["hold"] = True
    editor.get_by_role("button", name="Accepter 1 ligne(s)").click()
    until(editor, lambda: held, "the editor's save request was not seen")
    before = snapshot(data)

    reader_context, reader = new_page(browser)
    replies = []

    def reader_socket(ws):
        server = to_server["reader"] = ws.connect_to_server()
        server.on_message(lambda m: (replies.append(m), ws.send(m)))
    reader_context.route_web_socket(re.compile(r".*/_stcore/stream"), reader_socket)
    log_in(reader, url, READER)
    sidebar = reader.get_by_test_id("stSidebar").inner_text()
    assert "(lecteur)" in sidebar and "Relecture" not in sidebar and "Import" not in sidebar
    for _, key, _, path in PAGES:
        reader.goto(url if key == "overview" else f"{url}/{path}")
        settle(reader)
        assert write_controls(reader) == [], key
    assert "réservée aux éditeurs" in reader.get_by_test_id("stMain").inner_text()   # ends on Review
    replies.clear()
    for message in held:                      # the editor's request, on the reader's connection
        to_server["reader"].send(message)
    until(reader, lambda: replies, "the server did not answer the replayed request")
    settle(reader)
    assert "réservée aux éditeurs" in reader.get_by_test_id("stMain").inner_text()
    assert snapshot(data) == before
    assert reviews(data)["members"] == "candidate"

    # The same bytes on the editor's own connection do write: the replay was a real save request.
    to_server["hold"] = False
    for message in held:
        to_server["editor"].send(message)
    editor.get_by_text("Enregistré : 1 modification(s)").wait_for()
    assert reviews(data)["members"] == "accepted"
    editor_context.close()
    reader_context.close()
