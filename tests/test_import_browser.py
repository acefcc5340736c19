"""The Import page's uploader in a real browser (Chromium), served as `make edit` serves it: a file
over the size limit is said to be too large, and a file named with a newline is read, not an error.
What AppTest cannot show: the browser's own refusal of a large file, and the names it sends."""
from __future__ import annotations

import re

import pytest

from bench.served import ServeError, served
from browser_support import ARTIFACTS, require_chromium, settle, shot
from conftest import WARMED

ARTICLE = "Le ministère a confirmé une enveloppe de 1,5 milliard d'euros pour le cloud souverain."


@pytest.fixture(scope="module")
def server(shipped_build):
    """The dashboard over the shipped build, on loopback with DASHBOARD_EDIT=local: the local user edits."""
    require_chromium()
    try:
        with served(shipped_build, 180, ARTIFACTS / "import-browser-server.log",
                    env={"DASHBOARD_EDIT": "local"}) as (url, _, _):
            yield url
            WARMED.discard(url)   # a later server may get the same port: it is a fresh one
    except ServeError as e:   # did not start: the log says why
        pytest.fail(str(e))


@pytest.fixture
def import_page(context, server):
    pg = context.new_page()   # conftest's `browser` opened the server's root once (first deep link)
    pg.goto(f"{server}/import")
    settle(pg)
    yield pg
    pg.close()


def _upload_and_read(pg, name: str, content: bytes) -> None:
    pg.get_by_role("tab", name="Déposer un fichier").click()
    pg.locator('[data-testid="stFileUploaderDropzoneInput"]').set_input_files(
        {"name": name, "mimeType": "text/plain", "buffer": content})
    pg.locator('[data-testid="stFileChip"]').wait_for()                       # the file is listed...
    pg.locator('[data-testid="stFileChipIconSpinner"]').wait_for(state="detached")   # ...and sent
    settle(pg)
    pg.get_by_role("button", name="Repérer les éléments").click()
    pg.locator('[data-testid="stAlert"], h3').filter(
        has_text=re.compile("Rien à lire|Ce qui a été trouvé|ne peut pas être lu")).first.wait_for(timeout=120_000)
    settle(pg, 120_000)


def test_a_six_megabyte_upload_is_said_too_large_not_empty(import_page):
    pg = import_page
    _upload_and_read(pg, "rapport.txt", b"x " * 3_000_000)
    shot(pg, "import-six-megabytes")
    text = pg.locator('[data-testid="stMain"]').inner_text()
    assert pg.locator('[data-testid="stException"]').count() == 0
    assert "empty" not in text and "vide" not in text
    assert "Rien à lire" in text and "5 Mo au plus" in text
    refused = pg.locator('[data-testid="stFileUploader"] [role="alert"]').inner_text()   # the uploader's own word
    assert "5.0MB" in refused and pg.locator('[data-testid="stFileChipIconError"]').count() == 1


@pytest.mark.parametrize("name", ["note.txt\n", "a\nb.txt"])
def test_an_upload_named_with_a_newline_is_read(import_page, name):
    pg = import_page
    _upload_and_read(pg, name, ARTICLE.encode())
    assert pg.locator('[data-testid="stException"]').count() == 0
    assert "Ce qui a été trouvé dans" in pg.locator('[data-testid="stMain"]').inner_text()
