"""The Review page (AppTest, `make edit`'s local editor): accept and reject with a reason, one or in
bulk, conflicts between two sessions, and the pure helpers behind it (app/review.py)."""
from __future__ import annotations

import pyarrow.parquet as pq
import pytest
from streamlit.testing.v1 import AppTest

from app.review import edits_from, history, queue
from conftest import PROJECT, candidates_dataset, groupable_dataset
from loaders.build import tables_dir
from loaders.changes import Edit, read_rows


@pytest.fixture
def curated(tmp_path, monkeypatch, local_editing):
    """A small dataset with two candidate figures and one candidate source, and its build."""
    data, root = candidates_dataset(tmp_path)
    monkeypatch.setenv("DASHBOARD_CURATED", str(data))
    monkeypatch.setenv("DASHBOARD_DATA", str(root))
    return data, root


def open_review(table="figures"):
    at = AppTest.from_file(str(PROJECT / "bench" / "page_app.py"), default_timeout=120)
    at.session_state["start_page"] = "review"
    at.run()
    assert not at.exception, at.exception
    if table != "figures":
        at.selectbox(key="review_table").set_value(table).run()
    return at


def pick(at, *ids):
    [chooser] = [m for m in at.multiselect if m.key.startswith("review_pick_")]
    chooser.set_value(list(ids)).run()
    return at


def click(at, key):
    at.button(key=key).click().run()
    assert not at.exception, at.exception
    return at


def reviews(data):
    return {r["figure_id"]: r["review"] or "accepted" for r in read_rows(data, "figures")}


def test_an_editor_accepts_one_candidate_with_a_reason_and_it_is_accepted_everywhere(curated):
    data, root = curated
    at = open_review()
    assert "2 ligne(s)" in " ".join(c.value for c in at.caption)
    pick(at, "compute-share")
    at.text_input(key="review_reason").set_value("vérifié dans l'étude").run()
    click(at, "review_accept")
    assert any("1 modification" in s.value for s in at.success), [e.value for e in at.error]
    assert reviews(data) == {"summit-investment": "accepted", "compute-share": "accepted", "members": "candidate"}
    built = pq.read_table(tables_dir(root) / "figures.parquet").to_pandas().set_index("figure_id")
    assert built.loc["compute-share", "review"] == "accepted"
    log = history(root, "figures", "compute-share")
    assert list(log[["field", "before", "after", "reason"]].iloc[0]) == [
        "review", "candidate", "accepted", "vérifié dans l'étude"]
    assert log["who"].iloc[0].endswith("@localhost")
    assert "1 ligne(s)" in " ".join(c.value for c in at.caption)   # the queue was read again


def test_rejecting_in_bulk_needs_a_reason_and_keeps_the_rows_marked(curated):
    data, root = curated
    at = open_review()
    click(at, "review_pick_all")
    click(at, "review_reject")
    assert any("raison" in e.value for e in at.error)
    assert reviews(data)["members"] == "candidate" and not (data / "changes.csv").exists()
    at.text_input(key="review_reason").set_value("libellés copiés de l'article").run()
    click(at, "review_reject")
    assert reviews(data) == {"summit-investment": "accepted", "compute-share": "rejected", "members": "rejected"}
    built = set(pq.read_table(tables_dir(root) / "figures.parquet").column("figure_id").to_pylist())
    assert built == {"summit-investment"}                     # kept in data/, left out of the tables
    at.selectbox(key="review_status").set_value("rejected").run()
    assert "2 ligne(s)" in " ".join(c.value for c in at.caption)


def test_an_accept_whose_rebuild_fails_says_so_and_changes_nothing(curated, monkeypatch):
    # A full disk under the build: the page said "the dataset would no longer build" while the CSVs
    # and the change log kept the accept and the served tables did not show it.
    import loaders.build
    data, root = curated
    before = {p.name: p.read_bytes() for p in data.glob("*.csv")}
    at = open_review()
    pick(at, "compute-share")
    at.text_input(key="review_reason").set_value("vérifié").run()

    def full_disk(*args, **kwargs):
        raise OSError(28, "No space left on device")
    monkeypatch.setattr(loaders.build.pq, "write_table", full_disk)
    click(at, "review_accept")
    assert not at.success and any("remis dans son état précédent" in e.value for e in at.error)
    assert {p.name: p.read_bytes() for p in data.glob("*.csv")} == before   # no changes.csv either
    built = pq.read_table(tables_dir(root) / "figures.parquet").to_pandas().set_index("figure_id")
    assert built.loc["compute-share", "review"] == "candidate"


def test_a_second_editor_sees_a_conflict_with_both_versions_and_nothing_is_overwritten(curated):
    data, _ = curated
    first, second = open_review(), open_review()      # two sessions read the same queue
    pick(first, "members")
    first.text_input(key="review_reason").set_value("ok").run()
    click(first, "review_accept")
    saved = (data / "figures.csv").read_bytes(), (data / "changes.csv").read_bytes()
    pick(second, "members")
    second.text_input(key="review_reason").set_value("doublon").run()
    click(second, "review_reject")
    assert any("Conflit" in e.value for e in second.error)
    [table] = second.table
    shown = table.value
    assert list(shown.iloc[0]) == ["members", "review", "accepted", "rejected", "candidate"]
    assert ((data / "figures.csv").read_bytes(), (data / "changes.csv").read_bytes()) == saved
    assert reviews(data)["members"] == "accepted"


def test_a_reader_gets_no_queue_and_no_control(curated, monkeypatch):
    monkeypatch.delenv("DASHBOARD_EDIT")
    data, _ = curated
    at = open_review()
    assert not at.main.button and not at.main.multiselect and not at.get("arrow_data_frame")
    assert any("make edit" in i.value for i in at.info)


def test_edits_are_matched_by_id_and_carry_what_the_editor_saw(curated):
    data, _ = curated
    seen = queue(data, "figures")
    edited = seen.drop(columns="review").iloc[::-1].reset_index(drop=True)    # another order
    edited.loc[edited["figure_id"] == "members", "label_fr"] = "Adhérents "
    assert edits_from("figures", seen, edited) == [Edit("figures", "members", "label_fr", "Membres", "Adhérents")]
    assert edits_from("figures", seen, edited, "reject", ["compute-share"])[-1] == Edit(
        "figures", "compute-share", "review", "candidate", "rejected")


@pytest.mark.parametrize("status, q, ids", [
    ("candidate", "", ["compute-share", "members"]),
    ("candidate", "CALCUL", ["compute-share"]),
    ("accepted", "", ["summit-investment"]),
    ("rejected", "", []),
])
def test_the_queue_is_filtered_by_status_and_text(curated, status, q, ids):
    data, _ = curated
    assert list(queue(data, "figures", status, q)["figure_id"]) == ids


# --- groupings into claims ----------------------------------------------------------------------

@pytest.fixture
def groupable(tmp_path, monkeypatch, local_editing):
    """The tiny dataset plus a second source reporting the Summit's 109 bn in euros: the suggester
    proposes it with the dollar figure as one claim."""
    data, root = groupable_dataset(tmp_path)
    monkeypatch.setenv("DASHBOARD_CURATED", str(data))
    monkeypatch.setenv("DASHBOARD_DATA", str(root))
    return data, root


def open_claims_review():
    at = open_review()
    at.segmented_control(key="review_kind").set_value("claims").run()
    assert not at.exception, at.exception
    return at


def test_an_editor_accepts_a_suggested_grouping_as_a_new_claim_logged_under_their_name(groupable):
    data, root = groupable
    at = open_claims_review()
    assert "1 regroupement(s)" in " ".join(c.value for c in at.caption)
    assert any("a currency mix-up?" in m.value.replace("\\", "") for m in at.markdown)   # the suggester's reasons, shown
    [sid] = at.selectbox(key="review_claim_pick").options
    sid = at.selectbox(key="review_claim_pick").value
    at.text_input(key=f"review_claim_id_{sid}").set_value("summit-109bn").run()
    at.text_input(key="review_claim_reason").set_value("même annonce du Sommet").run()
    click(at, "review_claim_accept")
    assert any("summit-109bn" in s.value for s in at.success), [e.value for e in at.error]
    built = pq.read_table(tables_dir(root) / "figures.parquet").to_pandas().set_index("figure_id")
    assert set(built.index[built["claim_id"] == "summit-109bn"]) == {"summit-eur", "summit-investment"}
    log = pq.read_table(tables_dir(root) / "changes.parquet").to_pandas()
    assert set(log["table"]) == {"claims", "claim_reports"}
    assert log["who"].str.endswith("@localhost").all() and (log["reason"] == "même annonce du Sommet").all()
    assert "0 regroupement(s)" in " ".join(c.value for c in at.caption)   # accepted: not proposed again


def test_a_rejected_grouping_needs_a_reason_and_is_never_proposed_again(groupable):
    data, root = groupable
    at = open_claims_review()
    click(at, "review_claim_reject")
    assert any("raison" in e.value for e in at.error) and not (data / "claim_rejections.csv").exists()
    at.text_input(key="review_claim_reason").set_value("deux annonces différentes").run()
    click(at, "review_claim_reject")
    assert any("ne sera plus proposé" in s.value for s in at.success), [e.value for e in at.error]
    assert "deux annonces différentes" in (data / "claim_rejections.csv").read_text(encoding="utf-8")
    log = pq.read_table(tables_dir(root) / "changes.parquet").to_pandas()
    assert list(log[["table", "after"]].iloc[0]) == ["claim_rejections", "rejected"]
    click(at, "review_claims_reload")
    assert "0 regroupement(s)" in " ".join(c.value for c in at.caption)
    fresh = open_claims_review()   # another session, after the rejection: nothing to pick
    assert not [w for w in [*fresh.selectbox, *fresh.button] if w.key in ("review_claim_pick", "review_claim_reject")]


def test_a_new_claim_without_its_id_is_refused_and_nothing_is_written(groupable):
    data, _ = groupable
    at = open_claims_review()
    click(at, "review_claim_accept")
    assert any("Rien n'a été enregistré" in e.value for e in at.error)
    assert (data / "claim_reports.csv").read_text().count("\n") == 1   # the header only
    assert not (data / "changes.csv").exists()


def test_a_reader_sees_no_grouping_and_no_write_control(groupable, monkeypatch):
    monkeypatch.delenv("DASHBOARD_EDIT")
    at = open_review()
    assert not at.main.button and not at.main.selectbox
    assert [w.key for w in at.get("segmented_control")] == ["f_lang"]   # the sidebar's language only
    assert not any("regroupement" in c.value for c in at.caption)


def test_groupings_of_data_that_no_longer_builds_say_where_instead_of_failing(groupable):
    data, _ = groupable
    with open(data / "claim_reports.csv", "a", encoding="utf-8") as fh:
        fh.write("no-such-figure,no-such-claim,reports\n")
    at = open_claims_review()
    assert any("claim_reports.csv" in e.value.replace("\\", "") for e in at.error)
    assert not [b for b in at.button if b.key == "review_claim_accept"]
