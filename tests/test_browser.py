"""A real browser (Debian's Chromium, driven by Playwright) on a served dashboard.

Opens every page, applies filters through the URL, downloads the figures CSV and checks its rows.
Screenshots are kept in test-artifacts/ for people to look at.
"""
from __future__ import annotations

import csv
import io
from pathlib import Path
from urllib.parse import parse_qs, urlparse

import pytest

from app.frame import PAGES as ROUTES
from browser_support import settle, shot

PAGES = [key for _, key, _, _ in ROUTES]
# The default page lives at the root: Streamlit gives it the empty path whatever its url_path.
PATHS = {"overview": ""}

pytestmark = pytest.mark.browser


@pytest.fixture
def page(context, server):
    """A fresh tab (its own session) in the module's window; conftest's `browser` opened the
    server's root once (a fresh server may answer "page not found" to a first deep link)."""
    pg = context.new_page()
    yield pg
    pg.close()


@pytest.mark.parametrize("name", PAGES)
def test_every_page_renders_without_error(page, server, name):
    page.goto(f"{server}/{PATHS.get(name, name)}")
    settle(page)
    shot(page, f"page-{name}")
    assert page.locator('[data-testid="stException"]').count() == 0
    assert page.locator("h1").count() >= 1
    assert "Page not found" not in page.content()


def test_url_filter_reaches_the_sidebar_and_survives_navigation(page, server):
    page.goto(f"{server}/figures?theme=cloud&lang=en")
    settle(page)
    shot(page, "figures-theme-cloud-en")
    sidebar = page.locator('[data-testid="stSidebar"]')
    assert sidebar.get_by_text("Cloud", exact=False).count() >= 1
    assert "theme=cloud" in page.url and "lang=en" in page.url


def test_bad_url_values_show_a_note(page, server):
    page.goto(f"{server}/?theme=%3Cscript%3Ealert(1)%3C/script%3E&from=2025-99-99")
    settle(page)
    shot(page, "overview-bad-params")
    text = page.locator('[data-testid="stSidebar"]').inner_text()
    assert "alert(1)" in text and "2025-99-99" in text
    assert page.locator('[data-testid="stException"]').count() == 0


def test_filtered_csv_download_holds_exactly_the_filtered_rows(page, server, shipped_tables):
    page.goto(f"{server}/export?theme=cloud")
    settle(page)
    shot(page, "export-theme-cloud")
    button = page.locator('[data-testid="stDownloadButton"]').filter(has_text="CSV").first
    with page.expect_download(timeout=30_000) as info:
        button.click()
    path = info.value.path()
    rows = list(csv.DictReader(io.StringIO(Path(path).read_text(encoding="utf-8-sig"))))
    figures = shipped_tables["figures"]
    expected = set(figures.loc[figures["theme"] == "cloud", "figure_id"])
    assert rows and {r["theme"] for r in rows} == {"cloud"}
    assert {r["figure_id"] for r in rows} == expected


def test_clicking_a_matrix_cell_filters_by_its_theme_and_actor(page, server, shipped_tables):
    page.goto(f"{server}/proposals")
    settle(page)
    cells = page.locator('[data-testid="stPlotlyChart"]').first.locator("g.points path.point")
    assert cells.count() > 0
    cells.first.click(force=True)
    # the click's rerun writes both filters into the URL; then the app is done drawing them
    page.wait_for_function("() => location.search.includes('theme=') && location.search.includes('actor=')",
                           timeout=30_000)
    settle(page)
    shot(page, "proposals-clicked-cell")
    params = parse_qs(urlparse(page.url).query)
    themes = shipped_tables["themes"].set_index("theme_id")["label_fr"]
    actors = shipped_tables["actors"].set_index("actor_id")["name"]
    chosen = page.locator('[data-testid="stSidebar"] [data-testid="stMultiSelect"]').all_inner_texts()
    assert themes[params["theme"][0]] in chosen[0] and actors[params["actor"][0]] in chosen[1]


def test_a_chart_table_is_drawn_once_its_expander_is_opened(page, server, shipped_tables):
    page.goto(f"{server}/figures?theme=cloud")
    settle(page)
    assert page.locator('[data-testid="stExpander"] [data-testid="stDataFrame"]').count() == 0   # closed: not sent
    page.get_by_text("Voir les données du graphique").first.click()
    page.wait_for_selector('[data-testid="stExpander"] [data-testid="stDataFrame"]', timeout=60_000)
    settle(page)
    shot(page, "figures-chart-table-opened")
    figures = shipped_tables["figures"]
    cloud_money = figures[(figures["theme"] == "cloud") & (figures["measure"] == "money")]
    grid = page.locator('[data-testid="stExpander"] [data-testid="stDataFrame"] table[role="grid"]').first
    assert grid.get_attribute("aria-rowcount") == str(len(cloud_money) + 1)   # a header, then the chart's rows
    assert page.locator('[data-testid="stException"]').count() == 0


def test_an_actor_tab_is_built_once_the_reader_clicks_it(page, server):
    page.goto(f"{server}/actors")
    settle(page)
    tab = page.get_by_role("tab").filter(has_text="Sources qui le citent")
    named = int(tab.inner_text().split("(")[1].split(")")[0])
    assert named > 0 and page.locator('[data-testid="stPageLink"]').filter(has_text="📄").count() == 0
    tab.click()
    page.wait_for_selector('[data-testid="stTabs"] [data-testid="stPageLink"]', timeout=60_000)
    settle(page)
    shot(page, "actors-sources-tab")
    shown = page.locator('[data-testid="stTabs"] [data-testid="stPageLink"]').count()
    # a long list shows its first lines and says how many there are in all
    assert shown == named or page.get_by_text(f"Les {shown} premiers sur {named}").count() == 1
    page.get_by_role("tab").first.click()   # and back: the first tab's list replaces the links
    page.wait_for_selector('[data-testid="stTabs"] [data-testid="stPageLink"]', state="detached", timeout=60_000)
    settle(page)
    assert page.get_by_role("tab").first.get_attribute("aria-selected") == "true"
    assert page.locator('[data-testid="stException"]').count() == 0
