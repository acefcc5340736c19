"""Text from the data stays text on every page: an address is not a link, '<b>' is not markup and a
quote is a quote, in Markdown (Streamlit) and in charts (plotly)."""
from __future__ import annotations

import json
import re

import pytest

from conftest import TINY, open_page, write_tables

from app.ui import plain

ADDRESS = "voir https://example.org/rapport"
# What Streamlit's Markdown (remark-gfm) turns into a link once escapes are read: its own patterns
# (an address, "www.", an e-mail), run on the text the parser leaves.
AUTOLINKS = [re.compile(r"(?i)(https?://|www(?=\.))[-.\w]+"),
             re.compile(r"(?<![\w.+-])[-.\w+]+@[-\w]+(?:\.[-\w]+)+")]
ESCAPE = re.compile(r"\\([!-/:-@\[-`{-~])")


def links_in(markdown: str) -> list[str]:
    """The addresses the browser would make links of, in `markdown` as Streamlit renders it."""
    text = ESCAPE.sub(r"\1", markdown)
    return [m.group(0) for pattern in AUTOLINKS for m in pattern.finditer(text)]


@pytest.mark.parametrize("text", [ADDRESS, "http://example.org", "HTTPS://EXAMPLE.ORG", "www.example.org",
                                  "écrire à contact@example.org", "(https://example.org)", "« https://a.fr »"])
def test_an_address_or_an_email_in_data_text_is_no_link(text):
    assert links_in(text)                 # what the data holds would be a link...
    assert not links_in(plain(text))      # ...and is text once made plain


@pytest.mark.parametrize("text", ["Cloud de confiance", "Part : 4 %", "2,6 Md€ (estimation)", "[note] *x*"])
def test_plain_text_reads_the_same(text):
    assert ESCAPE.sub(r"\1", plain(text)) == text


@pytest.fixture(scope="module")
def linky_build(tmp_path_factory):
    """The tiny dataset with addresses, an e-mail, quotes and '<b>' in its labels, titles and summaries."""
    from loaders.build import load_dataset, write_build
    tables = {k: [dict(r) for r in v] for k, v in TINY.items()}
    tables["sources"][0].update(title=f"Un article, {ADDRESS}", summary_fr="Écrire à contact@example.org",
                                summary_en="Write to www.example.org")
    tables["figures"][0].update(label_fr=f'Investissements "annoncés" <b>gras</b> {ADDRESS}',
                                label_en=f'Announced "investment" <b>bold</b> {ADDRESS}')
    tables["proposals"][0].update(title_fr=f"Financer, {ADDRESS}", title_en=f"Fund, {ADDRESS}",
                                  summary_fr="Résumé, www.example.org", summary_en="Summary, www.example.org")
    root = tmp_path_factory.mktemp("linky")
    write_build(load_dataset(write_tables(root / "data", tables)), root / "build")
    return root / "build"


def markdown_shown(at) -> list[str]:
    """Every piece of Markdown the page sends: text, captions, titles, metric labels, link labels."""
    parts = [e.value for kind in ("markdown", "caption", "title", "header", "subheader", "info", "warning")
             for e in getattr(at, kind)]
    parts += [m.label for m in at.metric]
    parts += [link.proto.label for link in at.get("page_link")]
    return [str(p) for p in parts]


@pytest.mark.parametrize("lang", ["fr", "en"])
@pytest.mark.parametrize("page", ["overview", "figures", "proposals", "sources", "actors"])
def test_no_address_of_the_data_becomes_a_link(linky_build, monkeypatch, page, lang):
    at = open_page(linky_build, monkeypatch, page, lang=lang)
    shown = markdown_shown(at)
    if page in ("overview", "proposals", "sources"):   # the address is on the page...
        assert any("example" in text for text in shown)
    assert not [link for text in shown for link in links_in(text)]   # ...as text


@pytest.mark.parametrize("lang, quoted, bold", [("fr", '"annoncés"', "&lt;b&gt;gras&lt;/b&gt;"),
                                                ("en", '"investment"', "&lt;b&gt;bold&lt;/b&gt;")])
def test_a_chart_shows_a_quote_as_a_quote_and_markup_as_text(linky_build, monkeypatch, lang, quoted, bold):
    at = open_page(linky_build, monkeypatch, "overview", lang=lang)
    texts = "\n".join(strings_in([json.loads(el.proto.spec) for el in at.get("plotly_chart")]))
    assert quoted in texts and "&quot;" not in texts and "&#x27;" not in texts
    assert bold in texts and "<b>gras" not in texts and "<b>bold" not in texts


def strings_in(value) -> list[str]:
    """Every string in a chart's spec (labels, hovers, ticks)."""
    if isinstance(value, str):
        return [value]
    if isinstance(value, dict):
        value = list(value.values())
    return [s for item in value for s in strings_in(item)] if isinstance(value, list) else []
