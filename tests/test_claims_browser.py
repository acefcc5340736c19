"""A real browser (Chromium) on the served corpus: a bar of the Overview's money chart that stands for a
claim opens that claim on the Claims page."""
from __future__ import annotations

import pytest

from browser_support import settle, shot

pytestmark = pytest.mark.browser


def test_the_link_under_an_overview_bar_opens_its_claim(browser, server, shipped_tables):
    context = browser.new_context(viewport={"width": 1400, "height": 1000})
    page = context.new_page()
    try:
        page.goto(server)
        settle(page)
        claim = shipped_tables["claims"].set_index("claim_id").loc["asteres-264bn"]
        # one link per claim drawn on the chart (a link with its label on hover holds its anchor twice)
        links = page.locator('[data-testid="stPageLink"]').filter(has=page.locator('a[href*="claim=asteres-264bn"]'))
        assert links.count() == 1, "one link per claim drawn on the chart"
        links.locator('a[href*="claim=asteres-264bn"]').first.click()
        settle(page)
        shot(page, "overview-bar-opens-claim")
        assert "/claims" in page.url and "claim=asteres-264bn" in page.url
        main = page.locator('[data-testid="stMain"]')
        assert main.get_by_text(claim["label_fr"], exact=False).count() >= 1   # the claim is the one shown
        assert page.locator('[data-testid="stException"]').count() == 0
    finally:
        context.close()
