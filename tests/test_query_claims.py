"""The Claims page's query layer and the page itself, on the shipped corpus's claims (the claims are
curated over the whole corpus, not the seed slice), and counts that take each claim once."""
from __future__ import annotations

import pytest
from streamlit.testing.v1 import AppTest

from conftest import PROJECT, TINY, open_page, write_tables
from app.query import Filters, export_tables, load_tables
from app.query.claims import claim_counts, claim_reports, claims_kept, discrepancies
from loaders.build import load_dataset, write_build


@pytest.fixture(scope="module")
def shipped(shipped_build):
    return load_tables(shipped_build)


def claim(tables, claim_id):
    kept = claims_kept(tables, Filters())
    return kept.set_index("claim_id").loc[claim_id]


def test_the_264_bn_claim_comes_first_with_its_dispute(shipped):
    kept = claims_kept(shipped, Filters())
    first = kept.iloc[0]
    assert (first["claim_id"], first["sources"], first["disputed"]) == ("asteres-264bn", 10, 1)
    assert (kept["sources"] >= 2).all() and len(kept) >= 40


def test_reports_come_in_order_of_publication_with_the_origin_marked(shipped):
    reports = claim_reports(shipped, "asteres-264bn")
    dated = reports["published"].dropna().tolist()
    assert dated == sorted(dated) and reports["published"].isna().sum() == len(reports) - len(dated)
    assert reports.loc[reports["origin"], "publisher"].unique().tolist() == ["Archimag"]
    assert reports["title"].notna().all()   # every report names its source (the page links to it)
    assert reports["url"].notna().sum() == 10   # and to the original when the dataset knows its address


def test_the_264_bn_discrepancies_in_plain_words(shipped):
    words = discrepancies(claim(shipped, "asteres-264bn"), claim_reports(shipped, "asteres-264bn"), "fr")
    assert words[0].startswith("Les valeurs vont de 260") and "(écart de 2 %)" in words[0].replace("\u202f", " ").replace("\xa0", " ")
    assert "Distributique arrondit : « près de 260 Md€ » pour 264" in " ".join(words).replace("\xa0", " ")
    assert "Klaerenn conteste le chiffre (« 264 milliards d'euros »)." in words
    assert words[-2].startswith("Première reprise datée : Alliancy, 2025")
    assert words[-1].startswith("Dernière reprise datée : Alliancy, janvier 2026")


def test_a_report_in_dollars_is_named_a_currency_mismatch(shipped):
    words = discrepancies(claim(shipped, "ai-summit-109bn"), claim_reports(shipped, "ai-summit-109bn"), "en")
    assert "Alliancy writes “109 milliards de dollars”: in USD, while the claim is in EUR (another currency)." in words
    assert "Alliancy misreports it (“109 milliards de dollars”: wrong currency, scale or year)." in words


def test_a_claim_is_kept_when_the_filters_keep_one_of_its_reports(shipped):
    only_klaerenn = Filters(sources=("klaerenn-799e2579",))
    kept = claims_kept(shipped, only_klaerenn)
    assert kept["claim_id"].tolist() == ["asteres-264bn"] and kept["kept"].tolist() == [1]


def test_counts_count_each_claim_once(tmp_path):
    tables = {k: [dict(r) for r in v] for k, v in TINY.items()}
    tables["sources"].append({"source_id": "src-b", "title": "Autre", "publisher": "Le Monde",
                              "published": "2025-02-12", "kind": "article", "language": "fr"})
    tables["figures"].append({**tables["figures"][0], "figure_id": "summit-eur", "source_id": "src-b",
                              "raw": "109 milliards d'euros"})
    tables["claims"] = [{"claim_id": "summit", "label_fr": "Sommet", "label_en": "Summit", "origin_source_id": "src-b"}]
    tables["claim_reports"] = [{"figure_id": "summit-eur", "claim_id": "summit"},
                               {"figure_id": "summit-investment", "claim_id": "summit", "stance": "misreports"}]
    root = tmp_path / "build"
    write_build(load_dataset(write_tables(tmp_path / "data", tables)), root)
    counts = claim_counts(load_tables(root), Filters())
    assert counts == {"figures": 4, "claims": 1, "facts": 3}


def test_the_claims_page_opens_the_claim_of_its_link(shipped_build, monkeypatch):
    monkeypatch.setenv("DASHBOARD_DATA", str(shipped_build))
    at = AppTest.from_file(str(PROJECT / "bench" / "page_app.py"), default_timeout=60)
    at.query_params["claim"], at.query_params["lang"] = "ai-summit-109bn", "en"
    at.session_state["start_page"] = "claims"
    at.run()
    assert not at.exception, [e.message for e in at.exception]
    assert at.selectbox(key="claims_pick").value == "ai-summit-109bn"
    shown = "\n".join(m.value for m in at.markdown)
    assert "Private AI investment in France announced at the AI Action Summit" in shown
    assert "in USD, while the claim is in EUR" in shown
    assert shown.count("“109") >= 5   # each report, in its own words


@pytest.mark.parametrize("as_editor", [False, True])
def test_the_editors_note_on_a_claim_is_for_editors_only(shipped_build, monkeypatch, as_editor, request):
    """The note says, in the editors' words and one language, how a grouping was decided: a French
    reader is not shown an English sentence; an editor sees it, marked as theirs."""
    monkeypatch.setenv("DASHBOARD_DATA", str(shipped_build))
    if as_editor:
        request.getfixturevalue("local_editing")
    at = AppTest.from_file(str(PROJECT / "bench" / "page_app.py"), default_timeout=60)
    at.query_params["claim"] = "asteres-264bn"
    at.session_state["start_page"] = "claims"
    at.run()
    assert not at.exception, [e.message for e in at.exception]
    captions = "\n".join(c.value for c in at.caption)
    assert ("The Asterès study for Cigref is not in the dataset" in captions) is as_editor
    assert ("Note des éditeurs" in captions) is as_editor


def test_exports_carry_the_claims_and_each_figures_claim_and_stance(shipped):
    from app.exports import to_csv_bytes
    frames = export_tables(shipped, Filters(sources=("klaerenn-799e2579",)))
    figures = frames["figures"].set_index("figure_id")
    assert (figures.loc["klaerenn-799e2579-840", "claim_id"], figures.loc["klaerenn-799e2579-840", "stance"]) \
        == ("asteres-264bn", "disputes")
    assert frames["claims"]["claim_id"].tolist() == ["asteres-264bn"]   # only the claims the figures report
    header = to_csv_bytes(frames["claims"]).decode("utf-8-sig").splitlines()[0]
    assert header.startswith("claim_id,label_fr,label_en,origin_source_id,origin_actor_id")


def test_overview_counts_and_money_chart_count_each_claim_once(shipped):
    from app.query import counts, headline_figures, largest_money
    money = largest_money(shipped, Filters()).rows
    claimed = money["claim_id"].dropna()
    assert claimed.is_unique and "asteres-264bn" in set(claimed)
    assert (money["claim_id"] == "asteres-264bn").sum() == 1   # one bar, not eleven
    assert money.loc[money["claim_id"] == "asteres-264bn", "stance"].tolist() == ["reports"]
    assert headline_figures(shipped, Filters())["claim_id"].dropna().is_unique
    assert counts(shipped, Filters())["claims"] == len(shipped.claims)
    assert counts(shipped, Filters(sources=("klaerenn-799e2579",)))["claims"] == 1
    assert claim_counts(shipped, Filters())["facts"] == len(shipped.figures) - int((shipped.claims["reports"] - 1).sum())


def test_the_figures_page_shows_claims_or_reports_as_the_reader_chooses(shipped_build, shipped, monkeypatch):
    monkeypatch.setenv("DASHBOARD_DATA", str(shipped_build))
    at = AppTest.from_file(str(PROJECT / "bench" / "page_app.py"), default_timeout=60)
    at.query_params["lang"] = "en"
    at.session_state["start_page"] = "figures"
    at.run()
    amounts = lambda: next(o for o in at.get("button_group")[0].proto.options if o.content.startswith("Amounts"))
    money = shipped.figures["measure"] == "money"
    assert amounts().content == f"Amounts ({int(money.sum())})"
    at.toggle(key="figures_per_claim").set_value(True).run()
    assert not at.exception
    repeated = shipped.claims.loc[shipped.claims["measure"] == "money", "reports"]
    assert amounts().content == f"Amounts ({int(money.sum() - (repeated - 1).sum())})"


def open_overview(shipped_build, monkeypatch, **params):
    return open_page(shipped_build, monkeypatch, "overview", timeout=120, **params)


def claim_links(at) -> list[str]:
    return [link.proto.query_string.removeprefix("claim=") for link in at.get("page_link")
            if link.proto.page == "claims"]


def test_each_overview_bar_that_is_a_claim_links_to_it_and_says_how_often_it_was_reported(
        shipped_build, shipped, monkeypatch):
    import json
    at = open_overview(shipped_build, monkeypatch)
    from app.charts import MONEY_BARS
    from app.query import largest_money
    money = largest_money(shipped, Filters(), limit=MONEY_BARS).rows
    bars = set(money["claim_id"].dropna())
    assert "asteres-264bn" in bars and set(claim_links(at)) == bars   # one link per claim drawn, no other
    fig = json.loads(at.get("plotly_chart")[0].proto.spec)
    hover = {y: data[5] for trace in fig["data"] for y, data in zip(trace["y"], trace["customdata"])}
    bar = money.loc[money["claim_id"] == "asteres-264bn", "figure_id"].iloc[0]
    reports = int(shipped.claims.set_index("claim_id").loc["asteres-264bn", "reports"])
    assert f"reprise {reports} fois" in hover[bar]
    unclaimed = money.loc[money["claim_id"].isna(), "figure_id"]
    assert all(hover[y] == "" for y in unclaimed)   # a single report says nothing of claims


def test_an_overview_card_that_is_a_claim_links_to_it(shipped_build, monkeypatch):
    at = open_overview(shipped_build, monkeypatch, source="archimag-0bc19230")   # the 264 Md€ origin
    cards = [link.proto.query_string for link in at.get("page_link") if "dit d'abord" in link.proto.label]
    assert "claim=asteres-264bn" in cards   # the 264 Md€ card, with the study's other claims


@pytest.mark.parametrize("asked", ["no-such-claim", "<script>x</script>", "x" * 5000])
def test_a_link_to_an_unknown_claim_says_so_and_shows_the_first(shipped_build, monkeypatch, asked):
    at = open_page(shipped_build, monkeypatch, "claims", timeout=120, claim=asked)
    said = " ".join(c.value for c in at.caption)
    assert "n'existe pas ou les filtres l'écartent" in said and asked[:60] in said.replace("\\", "")
    assert at.selectbox(key="claims_pick").index == 0   # the first claim of the list is shown
