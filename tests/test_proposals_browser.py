"""In a real browser (Debian's Chromium): the Proposals page's lever bars keep their promise, a click
on one lists only that lever's proposals."""
from __future__ import annotations

import pytest
from playwright.sync_api import expect

from browser_support import opened, settle, shot

pytestmark = pytest.mark.browser


def test_a_click_on_a_lever_bar_lists_only_that_levers_proposals(context, server):
    with opened(context, server, "proposals") as page:
        picked = page.locator('.st-key-proposals_lever [data-tag]')
        assert picked.count() == 0                               # no lever picked yet
        chart = page.locator(".stPlotlyChart").nth(1)           # actors × themes, then the levers
        chart.scroll_into_view_if_needed()
        bar = chart.locator(".bars .point path").last           # the least used lever (largest on top)
        box = bar.bounding_box()   # plotly's drag layer lies over the bars: click where the bar is
        page.mouse.click(box["x"] + box["width"] / 2, box["y"] + box["height"] / 2)
        expect(picked).to_have_count(1, timeout=60_000)          # the list's lever filter is set...
        settle(page)
        shot(page, "proposals-lever-clicked")
        y = box["y"] + box["height"] / 2   # the lever named beside the bar clicked
        ticks = chart.locator(".ytick text").all()
        clicked = min(ticks, key=lambda tick: abs(tick.bounding_box()["y"] + tick.bounding_box()["height"] / 2 - y))
        assert picked.get_attribute("aria-label") == clicked.text_content()      # ...to the lever clicked
