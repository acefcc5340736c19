"""In a real browser (Debian's Chromium): an address, 'www.' or an e-mail in the data's labels, titles
and summaries is shown as text, never as a link (Streamlit's Markdown would make it one)."""
from __future__ import annotations

import pytest

from browser_support import opened, shot
from conftest import TINY, serve_for_browser, write_tables

pytestmark = pytest.mark.browser
ADDRESS = "voir https://example.org/rapport"


@pytest.fixture(scope="module")
def server(linky_build):
    """Overrides conftest's for this module: the browser's server serves the tiny dataset with addresses."""
    yield from serve_for_browser(linky_build, "text-is-text-server.log")


@pytest.fixture(scope="module")
def linky_build(tmp_path_factory):
    """The tiny dataset with addresses in its text."""
    from loaders.build import load_dataset, write_build
    tables = {k: [dict(r) for r in v] for k, v in TINY.items()}
    tables["sources"][0].update(title=f"Un article, {ADDRESS}", summary_fr="Écrire à contact@example.org")
    tables["figures"][0].update(label_fr=f"Investissements {ADDRESS}")
    tables["proposals"][0].update(title_fr=f"Financer, {ADDRESS}", summary_fr="Résumé, www.example.org")
    root = tmp_path_factory.mktemp("linky-browser")
    write_build(load_dataset(write_tables(root / "data", tables)), root / "build")
    return root / "build"


@pytest.mark.parametrize("path", ["", "sources", "proposals"])
def test_an_address_in_the_data_is_text_not_a_link(context, server, path):
    with opened(context, server, path) as page:
        shot(page, f"text-is-text-{path or 'overview'}")
        main = page.locator('[data-testid="stMain"]')
        assert "example.org" in main.inner_text()                              # the address is shown...
        assert main.locator('a[href*="example.org"]').count() == 0             # ...as text
        assert main.locator('a[href^="mailto:"]').count() == 0
