"""Every page at phone width (390 px), in French and in English, in a real browser (Debian's
Chromium): nothing pushes the page sideways, a link too long for its column ends in '…', and every chart keeps its words inside itself (no tick
label, legend entry, title or source line cut at the chart's edge) with its axis labels apart.
Screenshots go to test-artifacts/ for people to look at."""
from __future__ import annotations

import pytest

from app.frame import PAGES as ROUTES
from browser_support import settle, shot

PAGES = [key for _, key, _, _ in ROUTES]
PATHS = {"overview": ""}
PHONE = {"width": 390, "height": 844}
CHARTED = {"overview", "figures", "proposals", "actors", "timeline"}   # pages that open on a chart

pytestmark = pytest.mark.browser

# For each plotly chart: the chart's box, and the box of each of its words, by kind. Ticks are
# grouped per axis so that overlaps are looked for between labels of one axis only.
CHART_WORDS = """() => [...document.querySelectorAll('.js-plotly-plot')].map(plot => {
  const box = plot.getBoundingClientRect();
  const rect = e => { const r = e.getBoundingClientRect(); return [r.left, r.top, r.right, r.bottom]; };
  const words = sel => [...plot.querySelectorAll(sel)].filter(e => e.textContent.trim() && r_visible(e))
                        .map(e => ({text: e.textContent, box: rect(e)}));
  function r_visible(e) { const r = e.getBoundingClientRect(); return r.width > 0 && r.height > 0; }
  const axes = [...plot.querySelectorAll('g.xaxislayer-above, g.yaxislayer-above')].map(
    // slanted labels (plotly turns them when they would not fit flat) have boxes that overlap
    // where their letters do not: only flat labels are compared
    g => [...g.querySelectorAll('text')].filter(e => e.textContent.trim() && r_visible(e)
                                             && !(e.getAttribute('transform') || '').includes('rotate')).map(rect));
  return {box: [box.left, box.top, box.right, box.bottom],
          words: words('.xtick text, .ytick text, .legendtext, .gtitle, .annotation-text, .g-xtitle text, .g-ytitle text'),
          axes: axes};
})"""


# True once every plotly chart shown (not in a closed tab) has drawn its SVG with words, and those
# words' places are those of the previous look.
CHARTS_DRAWN = """() => {
  const shown = [...document.querySelectorAll('[data-testid="stPlotlyChart"]')].filter(c => c.offsetWidth > 0);
  if (shown.some(c => !c.querySelector('.main-svg text'))) return false;
  const now = JSON.stringify(shown.map(c => [...c.querySelectorAll('text')].map(t => {
    const r = t.getBoundingClientRect(); return [t.textContent, Math.round(r.left), Math.round(r.top), Math.round(r.right)]; })));
  const same = window.__chartWords === now;
  window.__chartWords = now;
  return same;
}"""


def overlap(a, b, slack: float = 1.0) -> bool:
    return a[0] < b[2] - slack and b[0] < a[2] - slack and a[1] < b[3] - slack and b[1] < a[3] - slack


@pytest.fixture(scope="module")
def phone(browser, server):
    """One phone-sized tab for every page: each test opens its page by URL, as a reader would."""
    context = browser.new_context(viewport=PHONE, device_scale_factor=1, is_mobile=True, has_touch=True)
    pg = context.new_page()
    pg.goto(server)   # a fresh server may say "page not found" to a first deep link
    settle(pg)
    yield pg
    context.close()


@pytest.mark.parametrize("lang", ["fr", "en"])
@pytest.mark.parametrize("name", PAGES)
def test_a_page_reads_at_phone_width(phone, server, name, lang):
    phone.goto(f"{server}/{PATHS.get(name, name)}?lang={lang}")
    settle(phone)
    # plotly lays its words out once the script is done: wait until every chart shown is drawn and
    # its words have stopped moving (the same on two looks 150 ms apart), not a fixed 800 ms
    phone.evaluate("() => { window.__chartWords = null; }")
    phone.wait_for_function(CHARTS_DRAWN, polling=150, timeout=60_000)
    shot(phone, f"phone-{name}-{lang}")
    assert phone.locator('[data-testid="stException"]').count() == 0
    wide = phone.evaluate("() => document.querySelector('[data-testid=\"stMain\"]').scrollWidth")
    assert wide <= PHONE["width"] + 1, f"the page is {wide} px wide on a {PHONE['width']} px screen"
    cut_links = phone.evaluate("""() => [...document.querySelectorAll(
        '[data-testid="stPageLink-NavLink"] [data-testid="stMarkdownContainer"] p')]
        .filter(p => p.scrollWidth > p.clientWidth + 1 && getComputedStyle(p).textOverflow !== 'ellipsis')
        .map(p => p.textContent)""")
    assert not cut_links, f"links cut mid-letter without '…' on {name} ({lang}): {cut_links[:3]}"
    charts = [c for c in phone.evaluate(CHART_WORDS) if c["box"][2] > c["box"][0]]   # shown (not in a closed tab)
    if name in CHARTED:
        assert charts and all(c["words"] for c in charts), f"{name} ({lang}) shows no chart with words"
    for chart in charts:
        left, _, right, _ = chart["box"]
        cut = [w["text"] for w in chart["words"] if w["box"][0] < left - 2 or w["box"][2] > right + 2]
        assert not cut, f"words cut at the chart's edge on {name} ({lang}): {cut[:5]}"
        for labels in chart["axes"]:
            piled = [(a, b) for i, a in enumerate(labels) for b in labels[i + 1:] if overlap(a, b)]
            assert not piled, f"axis labels drawn over each other on {name} ({lang}): {len(piled)} pairs"


@pytest.mark.parametrize("name, chart", [("proposals", "proposals_matrix"), ("actors", "actors_network")])
def test_a_dense_chart_keeps_its_width_and_scrolls_in_its_frame_on_a_phone(phone, server, name, chart):
    """Squeezed into 350 px, the matrix's twenty-odd columns piled their counts on each other and
    the network's names ran into each other: such a chart keeps 720 px and its frame scrolls
    sideways, while the page itself stays the screen's width."""
    phone.goto(f"{server}/{name}")
    settle(phone)
    frame = phone.evaluate("""(key) => { const f = document.querySelector('.st-key-wide-' + key);
        const svg = f && f.querySelector('.main-svg');
        return f && svg && {frame: f.clientWidth, scroll: f.scrollWidth, chart: svg.getBoundingClientRect().width}; }""",
                          chart)
    assert frame, "the matrix is drawn in its own frame"
    assert frame["chart"] >= 720 and frame["scroll"] > frame["frame"], frame
    assert phone.evaluate("() => document.querySelector('[data-testid=\"stMain\"]').scrollWidth") <= PHONE["width"] + 1
