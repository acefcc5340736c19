"""Claims: which figures are suggested as one claim, how accepted groupings are validated and
remembered, and the shipped corpus's claims (the Cigref/Asterès 264 Md€ among them)."""
from __future__ import annotations

import datetime as dt
from types import SimpleNamespace

import pytest
from click.testing import CliRunner

from conftest import PROJECT, TINY, write_tables
from loaders.build import load_dataset
from loaders.claims.suggest import score_pair, suggest
from loaders.cli import cli
from loaders.errors import DataError


def fig(figure_id, value, unit="EUR", value_eur=None, **kw):
    base = dict(figure_id=figure_id, source_id=f"src-{figure_id}", measure="money", value=value,
                value_eur=value if unit == "EUR" else value_eur, unit=unit, bound="exact",
                period="annual", date=None, actor_id="asteres", theme="cloud", claim_id=None,
                review="accepted", label_fr="Achats européens de cloud américain",
                label_en="European purchases of US cloud")
    return SimpleNamespace(**{**base, **kw})


GROUPING_CASES = [
    # (case, first figure, second figure, grouped?)
    ("same value, same wording", fig("a", 2.64e11), fig("b", 2.64e11), True),
    ("rounded: près de 260 against 264", fig("a", 2.64e11), fig("b", 2.6e11, bound="approx"), True),
    ("rounded to 265", fig("a", 2.64e11), fig("b", 2.65e11), True),
    ("converted: 109 bn dollars against 100 bn euros", fig("a", 1.0e11, period="one_off"),
     fig("b", 1.09e11, unit="USD", value_eur=1.047e11, period="one_off"), True),
    ("too far apart: 264 against 250", fig("a", 2.64e11), fig("b", 2.5e11), False),
    ("an exact 262 is not a rounding of 264", fig("a", 2.64e11), fig("b", 2.62e11), False),
    ("different period: yearly against multi-year", fig("a", 2.64e11), fig("b", 2.64e11, period="multi_year"), False),
    ("the same yearly amount for two years", fig("a", 6.5, measure="share", unit="percent", date=dt.date(2023, 1, 1)),
     fig("b", 6.5, measure="share", unit="percent", date=dt.date(2024, 1, 1)), False),
    ("same value but another claim (AI investment, public procurement)",
     fig("a", 2e11, period="multi_year", actor_id="commission-europeenne", theme="ai",
         label_fr="Investissements dans l'IA que l'UE veut mobiliser", label_en="AI investment the EU aims to mobilise"),
     fig("b", 2e11, period="multi_year", actor_id=None, theme="public_procurement",
         label_fr="Commande publique annuelle en France", label_en="Annual public procurement in France"), False),
    ("the same number in dollars and euros", fig("a", 1.09e11, period="one_off"),
     fig("b", 1.09e11, unit="USD", value_eur=1.047e11, period="one_off"), True),
    ("a share against an amount", fig("a", 80.0, measure="share", unit="percent"), fig("b", 8e10), False),
]


@pytest.mark.parametrize("case, a, b, grouped", GROUPING_CASES, ids=[c[0] for c in GROUPING_CASES])
def test_grouping_cases(case, a, b, grouped):
    score, reasons = score_pair(a, b)
    assert (score >= 0.6) is grouped, reasons
    assert [s.figure_ids for s in suggest([a, b])] == ([("a", "b")] if grouped else [])


def test_a_suggestion_gives_its_reasons():
    score, reasons = score_pair(fig("a", 2.64e11), fig("b", 2.6e11, bound="approx"))
    assert reasons[0] == "rounded: 264 and 260 (1.5% apart)"
    assert "same actor" in reasons and "same theme" in reasons


def test_a_rejected_pair_is_not_suggested_again():
    a, b, c = fig("a", 2.64e11), fig("b", 2.64e11), fig("c", 2.65e11)
    assert [s.figure_ids for s in suggest([a, b, c])] == [("a", "b", "c")]
    assert [s.figure_ids for s in suggest([a, b, c], rejections=[("a", "c"), ("b", "c")])] == [("a", "b")]


def test_a_figure_like_a_claimed_one_is_suggested_for_that_claim():
    a, b = fig("a", 2.64e11, claim_id="asteres-264bn"), fig("b", 2.6e11, bound="approx")
    [s] = suggest([a, b])
    assert (s.figure_ids, s.claim_id) == (("b",), "asteres-264bn")


# --- the curated grouping files, through the build --------------------------------------------

def tiny_with_claims(tmp_path, claims, reports, more_figures=()):
    tables = {k: [dict(r) for r in v] for k, v in TINY.items()}
    tables["sources"].append({"source_id": "src-b", "title": "Un autre", "publisher": "Le Monde",
                              "published": "2025-02-12", "kind": "article", "language": "fr"})
    tables["figures"] += list(more_figures)
    tables["claims"], tables["claim_reports"] = claims, reports
    return write_tables(tmp_path / "data", tables)


SUMMIT_EUR = {"figure_id": "summit-eur", "source_id": "src-b", "raw": "109 milliards d'euros",
              "label_fr": "Investissements annoncés au Sommet", "label_en": "Investment announced at the Summit",
              "theme": "ai", "actor_id": "afnum", "date": "2025-02", "period": "one_off", "status": "announced"}
CLAIM = {"claim_id": "summit-109bn", "label_fr": "Investissements du Sommet", "label_en": "Summit investment",
         "origin_source_id": "src-b"}


def test_figures_carry_their_claim_and_the_claim_its_origin(tmp_path):
    data = tiny_with_claims(tmp_path, [CLAIM], [
        {"figure_id": "summit-eur", "claim_id": "summit-109bn"},
        {"figure_id": "summit-investment", "claim_id": "summit-109bn", "stance": "misreports"}], [SUMMIT_EUR])
    ds = load_dataset(data)
    stances = {f.figure_id: (f.claim_id, f.stance) for f in ds.tables["figures"]}
    assert stances["summit-eur"] == ("summit-109bn", "reports")
    assert stances["summit-investment"] == ("summit-109bn", "misreports")
    assert stances["members"] == (None, None)
    [claim] = ds.tables["claims"]
    # The value is the origin's (109 bn euros), not the dollar misreport's.
    assert (claim.value, claim.currency, claim.reports, claim.sources) == (1.09e11, "EUR", 2, 2)
    assert claim.date == dt.date(2025, 2, 12)


@pytest.mark.parametrize("claims, reports, message", [
    ([CLAIM], [{"figure_id": "summit-eur", "claim_id": "no-such-claim"}], "claim_id: unknown claim id 'no-such-claim'"),
    ([CLAIM], [{"figure_id": "summit-eur", "claim_id": "summit-109bn", "stance": "repeats"}], "stance: Input should be"),
    ([CLAIM], [{"figure_id": "no-such-figure", "claim_id": "summit-109bn"}], "figure_id: unknown figure id"),
    ([CLAIM], [], "claim summit-109bn: no figure reports it"),
    ([CLAIM], [{"figure_id": "summit-eur", "claim_id": "summit-109bn"},
               {"figure_id": "compute-share", "claim_id": "summit-109bn"}], "its figures mix money, share"),
    ([{**CLAIM, "origin_source_id": "nowhere"}], [{"figure_id": "summit-eur", "claim_id": "summit-109bn"}],
     "origin_source_id: unknown source id 'nowhere'"),
])
def test_bad_groupings_stop_the_build_with_a_clear_message(tmp_path, claims, reports, message):
    data = tiny_with_claims(tmp_path, claims, reports, [SUMMIT_EUR])
    with pytest.raises(DataError) as e:
        load_dataset(data)
    assert message in str(e.value)


def test_cli_suggests_accepts_and_remembers_a_rejection(tmp_path):
    data = tiny_with_claims(tmp_path, [], [], [SUMMIT_EUR])
    (data / "claims.csv").unlink()
    (data / "claim_reports.csv").unlink()
    run = lambda *args: CliRunner().invoke(cli, ["claims", *args, "--data", str(data)])
    out = run("suggest")
    assert out.exit_code == 0, out.output
    assert "summit-eur" in out.output and "summit-investment" in out.output and "a currency mix-up?" in out.output
    sid = out.output.split()[0]
    refused = run("reject", sid, "--reason", "not the same announcement")
    assert refused.exit_code == 0, refused.output
    assert run("suggest").output.strip() == "0 suggestion(s)"
    (data / "claim_rejections.csv").unlink()
    sid = run("suggest").output.split()[0]
    new = run("accept", sid, "--claim", "summit-109bn", "--label-fr", "Sommet", "--label-en", "Summit",
              "--stance", "summit-investment=misreports")
    assert new.exit_code == 0, new.output
    assert {f.figure_id: f.stance for f in load_dataset(data).tables["figures"]}["summit-investment"] == "misreports"
    assert run("suggest").output.strip() == "0 suggestion(s)"


def test_cli_refuses_a_new_claim_without_labels_and_writes_nothing(tmp_path):
    data = tiny_with_claims(tmp_path, [], [], [SUMMIT_EUR])
    out = CliRunner().invoke(cli, ["claims", "accept", "summit-eur", "summit-investment", "--claim", "x",
                                   "--data", str(data)])
    assert out.exit_code == 1 and "a new claim needs its label in both languages" in out.output
    assert (data / "claim_reports.csv").read_text().count("\n") == 1   # the header only


# --- the shipped corpus ------------------------------------------------------------------------

@pytest.fixture(scope="module")
def shipped():
    return load_dataset(PROJECT / "data")


def test_the_264_bn_claim_and_its_real_reports(shipped):
    claim = next(c for c in shipped.tables["claims"] if c.claim_id == "asteres-264bn")
    reports = {f.figure_id: f for f in shipped.tables["figures"] if f.claim_id == "asteres-264bn"}
    publishers = {s.source_id: s.publisher for s in shipped.tables["sources"]}
    assert (claim.value, claim.currency, claim.period, claim.origin_actor_id) == (2.64e11, "EUR", "annual", "asteres")
    assert {publishers[f.source_id] for f in reports.values()} >= {
        "Archimag", "Distributique", "Alliancy", "Klaerenn", "VeilleMag", "InformatiqueNews", "Yunova Consulting"}
    assert {f.raw for f in reports.values()} >= {"264 milliards d’euros", "près de 260 Md€", "265 milliards d’euros"}
    assert [f.figure_id for f in reports.values() if f.stance == "disputes"] == ["klaerenn-799e2579-840"]


def test_the_shipped_claims_reach_the_targets(shipped):
    claims = shipped.tables["claims"]
    assert sum(c.sources >= 2 for c in claims) >= 40
    assert any(c.sources >= 3 for c in claims)
    assert any(f.stance == "disputes" for f in shipped.tables["figures"])


def test_every_suggestion_on_the_shipped_data_was_reviewed(shipped):
    from loaders.claims.store import read_rejections
    assert suggest(shipped.tables["figures"], read_rejections(PROJECT / "data")) == []
