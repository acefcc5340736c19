"""Hostile input: any URL parameter gives the normal page with a note, and text from sources is never
rendered as markup (HTML, Markdown, Streamlit directives, plotly tags) nor run as a formula in exports.

The dataset is tiny and written here, every free-text cell carrying the same payload: an <img
onerror>, a <script>, a javascript: Markdown link, an image, LaTeX, a :red[] directive and a plotly
<b> tag, after a formula ('=HYPERLINK(...)', '+33...', '-2+3', '@SUM(...)'). AppTest runs every
page of dashboard.PAGES over it, and a real browser opens each page with hostile URL values and
checks nothing ran and the sidebar shows a note. test_filters.py covers parse_query_params itself.
"""
from __future__ import annotations

import csv
import datetime as dt
import io
import json
import os
import re
import urllib.parse

import openpyxl
import pytest
from streamlit.testing.v1 import AppTest

from app.frame import PAGES
from app.exports import FORMULA_STARTS, about_rows, about_sources, to_csv_bytes, to_excel_bytes
from app.query import Filters, export_tables, load_tables, parse_query_params
from browser_support import served_dashboard, settle, shot
from conftest import PROJECT, TINY, serve_for_browser, write_tables
from loaders.build import load_dataset, write_build

PAYLOAD = ('<img src=x onerror="window.__pwned=1"> <script>window.__pwned=2</script> '
           '[cliquez](javascript:window.__pwned=3) ![pixel](http://evil.example/p.png) '
           '$x^2$ :red[rouge] <b>gras</b>')
# Each piece as Markdown would interpret it: flagged when its special characters are not escaped.
MARKUP = ["<img", "<script", "](javascript:", "![pixel]", "$x^2$", ":red[rouge]", "<b>gras"]
PLOTLY_MARKUP = ["<img", "<script", "<b>gras"]      # plotly reads tags in labels, not Markdown
SPECIALS = set("\\`*_{}[]()#+-.!|<>~$:")
MARKUP_RE = re.compile("|".join("".join(("(?<!\\\\)" if c in SPECIALS else "") + re.escape(c) for c in m)
                                for m in MARKUP))
FORMULAS = ['=HYPERLINK("http://evil.example","clic")', "+33 1 23 45 67 89", "-2+3", "@SUM(A1:A2)"]
TEXT_COLUMNS = {
    "themes": ["label_fr", "label_en", "description_fr", "description_en"],
    "levers": ["label_fr", "label_en"],
    "sources": ["title", "publisher", "summary_fr", "summary_en"],
    "actors": ["name", "short_name", "aliases", "role", "role_en"],
    "figures": ["label_fr", "label_en", "note"],
    "proposals": ["title_fr", "title_en", "summary_fr", "summary_en"],
    "events": ["name", "name_en", "place", "summary_fr", "summary_en"],
}
# Widget fields Streamlit shows as plain text (never Markdown): options, chosen and typed values.
PLAIN_FIELDS = {"multiselect": {"options", "default", "raw_values", "value"},
                "selectbox": {"options", "raw_value", "default", "value"},
                "text_input": {"value", "raw_value", "default"}}


def require(page: str) -> None:
    if not (PROJECT / page).exists():
        if os.environ.get("CI"):
            pytest.fail(f"{page} is routed by the dashboard but missing")
        pytest.skip(f"{page} not written yet")


def hostile_tables() -> dict[str, list[dict]]:
    tables, k = {}, 0
    for name, rows in TINY.items():
        tables[name] = []
        for row in rows:
            row = dict(row)
            for column in TEXT_COLUMNS.get(name, []):
                row[column] = f"{FORMULAS[k % len(FORMULAS)]} {PAYLOAD}"
                k += 1
            tables[name].append(row)
    # The loaders refuse non-web addresses (test_build); a web one can still carry markup.
    tables["sources"][0]["url"] = "https://evil.example/?q=\"><img/src/onerror=window.__pwned=4>"
    tables["figures"][0]["raw"] = "<b>109 milliards de dollars</b>"
    return tables


@pytest.fixture(scope="module")
def hostile_build(tmp_path_factory):
    root = tmp_path_factory.mktemp("hostile")
    write_build(load_dataset(write_tables(root / "data", hostile_tables())), root / "build")
    return root / "build"


@pytest.fixture(scope="module")
def server(hostile_build):
    """Overrides conftest's for this module: the browser's server serves hostile data."""
    yield from serve_for_browser(hostile_build, "hostile-server.log")


@pytest.fixture
def app(hostile_build, monkeypatch):
    monkeypatch.setenv("DASHBOARD_DATA", str(hostile_build))

    def run(page: tuple, **params) -> AppTest:
        """One run of the frame (sidebar from the URL, then `page`), as bench/page_app.py draws it."""
        path, key = page[:2]
        require(path)
        at = AppTest.from_file(str(PROJECT / "bench" / "page_app.py"), default_timeout=60)
        at.session_state["start_page"] = key
        for name, value in params.items():
            at.query_params[name] = value
        at.run()
        assert not at.exception, [e.message for e in at.exception]
        return at
    return run


# --- what a page hands the browser -----------------------------------------------------------------
def _strings(message, path=""):
    for field, value in message.ListFields():
        values = list(value) if hasattr(value, "__len__") and not isinstance(value, (str, bytes)) \
            and not hasattr(value, "ListFields") else [value]
        for v in values:
            if hasattr(v, "ListFields"):
                yield from _strings(v, f"{path}.{field.name}")
            elif isinstance(v, (str, bytes)):
                yield f"{path}.{field.name}", v


def _nodes(node):
    if getattr(node, "proto", None) is not None and hasattr(node.proto, "ListFields"):
        yield node
    children = getattr(node, "children", None) or {}
    for child in children.values() if isinstance(children, dict) else children:
        yield from _nodes(child)


def _json_strings(value):
    if isinstance(value, dict):
        for v in value.values():
            yield from _json_strings(v)
    elif isinstance(value, list):
        for v in value:
            yield from _json_strings(v)
    elif isinstance(value, str):
        yield value


def rendered_markup(at: AppTest) -> tuple[list[str], bool]:
    """(fields where payload markup would be interpreted, whether the payload is shown at all)."""
    bad, shown = [], False
    for node in _nodes(at._tree):
        kind = getattr(node, "type", "") or type(node).__name__
        for path, value in _strings(node.proto):
            text = value.decode("utf-8", "replace") if isinstance(value, bytes) else value
            shown = shown or "onerror" in text
            if isinstance(value, bytes) or path.rsplit(".", 1)[-1] in PLAIN_FIELDS.get(kind, ()):
                continue
            if kind == "plotly_chart" and path.endswith(".spec"):   # plotly reads <b>, <a>... tags
                bad += [f"plotly {s[:80]!r}" for s in _json_strings(json.loads(text))
                        if any(m in s for m in PLOTLY_MARKUP)]
                continue
            if MARKUP_RE.search(text):
                bad.append(f"{kind}{path}: {text[:100]!r}")
    return bad, shown


@pytest.mark.parametrize("lang", ["fr", "en"])
@pytest.mark.parametrize("page", PAGES, ids=[p[1] for p in PAGES])
def test_pages_show_source_text_as_text_never_as_markup(app, page, lang):
    at = app(page, lang=lang)
    assert at.title, f"{page}: no title"
    bad, shown = rendered_markup(at)
    assert shown, f"{page}: the hostile text is not on the page at all (nothing was checked)"
    assert bad == [], f"{page} renders source text as markup:\n" + "\n".join(bad)


@pytest.mark.parametrize("page", PAGES, ids=[p[1] for p in PAGES])
def test_pages_show_source_text_as_text_with_every_filter_set(app, page):
    at = app(page, theme=["cloud", "ai"], actor=["afnum", "marc-charriere"], source="src-a",
             q="109", **{"from": "2020-01-01"})
    bad, _ = rendered_markup(at)
    assert bad == [], f"{page} renders source text as markup:\n" + "\n".join(bad)


# --- hostile URL values ----------------------------------------------------------------------------
URL_CASES = {
    "very long values": dict(theme="x" * 100_000, actor="é" * 50_000, q="y" * 100_000),
    "script tags": dict(theme="<script>alert(1)</script>", actor=PAYLOAD, source="<img src=x>",
                        q=PAYLOAD),
    "malformed dates": {"from": "2025-99-99", "to": "'; DROP TABLE figures;--"},
    "impossible and reversed dates": {"from": "2025-02-30", "to": "0000-00-00"},
    "unknown ids": dict(theme="astrology", actor="ghost", source="nowhere", focus="nowhere",
                        lang="xx"),
    "repeated hundreds of times": dict(theme=["cloud"] * 300 + ["ghost"] * 200,
                                       actor=["afnum", "<b>x</b>"] * 100, lang=["en"] * 150,
                                       q=["cloud"] * 50),
    "control and odd characters": dict(theme="\x00\x1b[31m\u202e\ufeff", q="\x00%00%zz\r\n",
                                       **{"from": "\u0662\u0660\u0662\u0665-01-01"}),
}


@pytest.mark.parametrize("case", URL_CASES, ids=list(URL_CASES))
def test_hostile_url_values_give_the_first_page_with_a_note(app, case):
    at = app(PAGES[0], **URL_CASES[case])
    assert at.title and not at.get("error")
    notes = [w.value for w in at.sidebar.warning]
    assert notes, f"{case}: no note says what was ignored"
    assert all(len(n) < 600 for n in notes)            # a long value is quoted short, not echoed
    bad, _ = rendered_markup(at)
    assert bad == [], "\n".join(bad)


def test_one_value_parameters_given_many_times_get_a_note():
    f, notes = parse_query_params({"lang": ["en"] * 300, "from": ["2025-01-01", "x"], "q": ["a", "b"]},
                                  {"theme": set(), "actor": set(), "source": set()})
    assert (f.lang, f.date_from, f.q) == ("en", dt.date(2025, 1, 1), "a")   # the first one is read
    assert [(k, v["param"], v["n"]) for k, v in notes] == [
        ("filters.note_repeated", "from", 2), ("filters.note_repeated", "q", 2),
        ("filters.note_repeated", "lang", 300)]


def test_more_parameters_than_streamlit_reads_give_the_default_page(app):
    """Beyond 1000 parameters Streamlit drops the whole query string before the app sees it: no
    note is possible, but the page is the normal one with no filter."""
    at = app(PAGES[0], theme=["ghost"] * 1200)
    assert at.title and not at.get("error") and at.session_state["f_theme"] == []


@pytest.mark.parametrize("page", PAGES, ids=[p[1] for p in PAGES])
def test_every_page_stays_normal_with_hostile_url_values(app, page):
    params = {k: v for case in URL_CASES.values() for k, v in case.items()}   # all at once
    at = app(page, **params)
    assert at.title and not at.get("error")
    assert len(at.sidebar.warning) >= 4          # unknown ids, dates, language, too many values
    assert at.session_state["f_theme"] in ([], ["cloud"])
    bad, _ = rendered_markup(at)
    assert bad == [], "\n".join(bad)


# --- exports ---------------------------------------------------------------------------------------
@pytest.fixture(scope="module")
def hostile_frames(hostile_build):
    return load_tables(hostile_build), export_tables(load_tables(hostile_build), Filters())


def test_csv_exports_of_hostile_text_defuse_every_formula(hostile_frames):
    _, frames = hostile_frames
    seen = 0
    for name, df in frames.items():
        rows = list(csv.reader(io.StringIO(to_csv_bytes(df).decode("utf-8-sig"), newline="")))
        assert len(rows) == len(df) + 1 and len({len(r) for r in rows}) == 1, name   # no split rows
        for row in rows[1:]:
            for cell in row:
                assert not cell.startswith(FORMULA_STARTS), (name, cell)
                seen += PAYLOAD in cell
    assert seen >= len(FORMULAS)       # the hostile cells were exported, defused, not dropped


def test_excel_export_of_hostile_text_has_no_formula_anywhere(hostile_frames):
    tables, frames = hostile_frames
    f = Filters(q=FORMULAS[0])
    about = about_rows(tables, f)
    book = openpyxl.load_workbook(io.BytesIO(to_excel_bytes(
        frames, about, sources=about_sources(frames["sources"], "fr"))))
    texts = []
    for sheet in book.worksheets:
        for row in sheet.iter_rows():
            for cell in row:
                assert cell.data_type != "f", (sheet.title, cell.coordinate, cell.value)
                if isinstance(cell.value, str):
                    assert not cell.value.startswith(FORMULA_STARTS), (sheet.title, cell.value)
                    texts.append(cell.value)
    assert sum(PAYLOAD in t for t in texts) >= len(FORMULAS)
    assert any(t.startswith("'" + FORMULAS[0]) for t in texts)


# --- in a real browser -----------------------------------------------------------------------------
BROWSER_PARAMS = [("theme", "cloud"), ("theme", "ai"), ("theme", "<script>window.__pwned=5</script>"),
                  ("from", "2025-99-99"), ("lang", "xx"), ("x", "z" * 8000)] + [("actor", "ghost")] * 200


@pytest.fixture(scope="module")
def warm_server(browser, server):
    """A fresh server may answer a first deep link with "page not found": conftest's `browser` has
    opened its root once."""
    return server


@pytest.mark.browser
@pytest.mark.parametrize("page", PAGES, ids=[p[1] for p in PAGES])
def test_in_a_browser_nothing_from_sources_or_urls_runs(context, warm_server, page):
    require(page[0])
    server = warm_server
    pg = context.new_page()   # a fresh tab, its own session and window globals
    try:
        url_path = page[3]
        pg.goto(f"{server}/{url_path}?{urllib.parse.urlencode(BROWSER_PARAMS)}")
        settle(pg)
        shot(pg, f"hostile-{url_path}")
        assert pg.evaluate("() => window.__pwned") is None
        assert pg.locator("img[onerror], a[href^='javascript:'], img[src*='evil.example']").count() == 0
        assert pg.locator('[data-testid="stException"]').count() == 0 and pg.locator("h1").count() >= 1
        sidebar = pg.locator('[data-testid="stSidebar"]').inner_text()
        assert "2025-99-99" in sidebar and "ghost" in sidebar            # the notes
        assert "onerror" in pg.locator("body").inner_text()              # the text, shown as text
    finally:
        pg.close()


@pytest.mark.browser
def test_a_deep_link_as_a_fresh_servers_first_request_gets_its_page_and_filters(browser,
                                                                                 hostile_build,
                                                                                 tmp_path):
    """After a restart, a bookmarked link used to show an error to everyone until someone opened "/"."""
    with served_dashboard(hostile_build, tmp_path / "server.log") as (url, _):
        for attempt in range(2):                        # the first request, then another user
            context = browser.new_context()
            pg = context.new_page()
            try:
                pg.goto(f"{url}/sources?theme=cloud&theme=ghost")
                settle(pg)
                assert pg.locator('[data-testid="stException"]').count() == 0
                assert pg.locator("h1").first.inner_text() == "Sources"
                assert "ghost" in pg.locator('[data-testid="stSidebar"]').inner_text()
                assert "theme=cloud" in pg.url
            finally:
                context.close()
