"""Editors' writes to data/ (loaders/changes.py): the change log, conflicts, refusals, rejected rows."""
from __future__ import annotations

import csv

import pyarrow.parquet as pq
import pytest

from conftest import TINY, write_tables
from loaders.build import load_dataset, tables_dir, write_build
from loaders.changes import (ConflictError, Edit, NotAnEditorError, apply_edits, data_lock, log_added, read_changes,
                             read_rows)
from loaders.errors import DataError


@pytest.fixture
def data(tmp_path):
    tables = {k: [dict(r) for r in v] for k, v in TINY.items()}
    tables["figures"][1]["review"] = "candidate"          # compute-share waits for review
    return write_tables(tmp_path / "data", tables)


def figure(data, figure_id):
    return next(r for r in read_rows(data, "figures") if r["figure_id"] == figure_id)


def log_lines(data):
    with open(data / "changes.csv", encoding="utf-8") as fh:
        return list(csv.DictReader(fh))


def test_accepting_a_candidate_logs_who_when_what_and_why_and_the_build_publishes_it(data, tmp_path):
    apply_edits(data, [Edit("figures", "compute-share", "review", "candidate", "accepted")],
                "alice@example.org", "checked against the report")
    assert figure(data, "compute-share")["review"] == "accepted"
    [line] = log_lines(data)
    assert line["who"] == "alice@example.org" and line["table"] == "figures"
    assert (line["row_id"], line["field"], line["before"], line["after"]) == (
        "compute-share", "review", "candidate", "accepted")
    assert line["reason"] == "checked against the report" and line["at"].endswith("Z")
    root = write_build(load_dataset(data), tmp_path / "build")
    changes = pq.read_table(tables_dir(root) / "changes.parquet").to_pylist()
    assert [(c["row_id"], c["who"], c["after"]) for c in changes] == [
        ("compute-share", "alice@example.org", "accepted")]
    figures = pq.read_table(tables_dir(root) / "figures.parquet").to_pandas().set_index("figure_id")
    assert figures.loc["compute-share", "review"] == "accepted"


def test_the_log_is_only_appended_to(data):
    apply_edits(data, [Edit("figures", "members", "label_fr", "Membres", "Adhérents")], "a@x.org", "wording")
    first = (data / "changes.csv").read_text(encoding="utf-8")
    apply_edits(data, [Edit("figures", "members", "label_fr", "Adhérents", "Membres actifs")], "b@x.org", "")
    text = (data / "changes.csv").read_text(encoding="utf-8")
    assert text.startswith(first) and len(log_lines(data)) == 2
    assert [c.who for c in read_changes(data)] == ["a@x.org", "b@x.org"]


def test_two_editors_cannot_overwrite_each_other(data):
    # Both read "Membres"; the first saves, the second is told, with both versions, and writes nothing.
    apply_edits(data, [Edit("figures", "members", "label_fr", "Membres", "Adhérents")], "a@x.org", "")
    before = {p.name: p.read_bytes() for p in data.glob("*.csv")}
    with pytest.raises(ConflictError) as caught:
        apply_edits(data, [Edit("figures", "members", "label_fr", "Membres", "Membres actifs"),
                           Edit("figures", "members", "theme", "cloud", "ai")], "b@x.org", "")
    [conflict] = caught.value.conflicts
    assert (conflict.edit.after, conflict.saved) == ("Membres actifs", "Adhérents")
    assert {p.name: p.read_bytes() for p in data.glob("*.csv")} == before


def test_a_save_that_would_break_the_dataset_writes_nothing_and_names_row_and_field(data):
    before = {p.name: p.read_bytes() for p in data.glob("*.csv")}
    with pytest.raises(DataError) as caught:
        apply_edits(data, [Edit("figures", "members", "label_fr", "Membres", "Adhérents"),
                           Edit("figures", "summit-investment", "raw", "109 milliards de dollars", "beaucoup")],
                    "a@x.org", "")
    message = str(caught.value)
    assert "figures.csv" in message and "row summit-investment" in message and "raw" in message
    assert str(data) not in message                       # names data/'s file, not a scratch copy
    assert {p.name: p.read_bytes() for p in data.glob("*.csv")} == before


def test_an_unknown_row_or_column_is_refused_by_name(data):
    with pytest.raises(DataError, match="row nope: no such row"):
        apply_edits(data, [Edit("figures", "nope", "label_fr", "", "x")], "a@x.org", "")
    with pytest.raises(DataError, match="row members: value: not a column"):
        apply_edits(data, [Edit("figures", "members", "value", "", "1")], "a@x.org", "")
    assert not (data / "changes.csv").exists()


@pytest.mark.parametrize("author", ["", "   ", None])
def test_nobody_writes_without_being_an_editor(data, author):
    before = {p.name: p.read_bytes() for p in data.glob("*.csv")}
    with pytest.raises(NotAnEditorError):
        apply_edits(data, [Edit("figures", "members", "label_fr", "Membres", "x")], author, "")
    with pytest.raises(NotAnEditorError):
        log_added(data, {"figures": [{"figure_id": "members"}]}, author, "")
    assert {p.name: p.read_bytes() for p in data.glob("*.csv")} == before


def test_rejected_rows_stay_in_data_but_leave_the_built_tables(data, tmp_path):
    apply_edits(data, [Edit("figures", "compute-share", "review", "candidate", "rejected")], "a@x.org", "wrong")
    assert figure(data, "compute-share")["review"] == "rejected"
    root = write_build(load_dataset(data), tmp_path / "build")
    ids = set(pq.read_table(tables_dir(root) / "figures.parquet").column("figure_id").to_pylist())
    assert ids == {"summit-investment", "members"}


def test_a_rejected_source_takes_what_was_taken_from_it_out_of_the_build(data, tmp_path):
    apply_edits(data, [Edit("sources", "src-a", "review", "accepted", "rejected")], "a@x.org", "not a source")
    root = write_build(load_dataset(data), tmp_path / "build")
    for table in ("sources", "figures", "proposals", "events", "mentions"):
        assert pq.read_table(tables_dir(root) / f"{table}.parquet").num_rows == 0, table


def test_a_writer_holding_the_lock_logs_without_taking_it_again(data):
    # The Import page's save holds data/'s lock while it logs its rows: taking it a second time
    # waited for itself until the lock's timeout, then said "another save is writing".
    with data_lock(data, timeout=1):
        [line] = log_added(data, {"figures": [{"figure_id": "members", "review": "candidate"}]},
                           "a@x.org", "import", held=True)
    assert line["after"] == "candidate" and log_lines(data) == [line]
    with data_lock(data, timeout=1), pytest.raises(DataError, match="lock held"):
        with data_lock(data, timeout=0.1):   # what a second taking does
            pass
