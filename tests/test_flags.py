"""A figure's detail on the Figures page (app/figure_detail.py): its history from the change log,
and readers' flags (loaders/flags.py), bounded, plain and rate-limited per session."""
from __future__ import annotations

import pytest
from streamlit.testing.v1 import AppTest

from conftest import PROJECT, TINY, write_tables
from loaders.build import load_dataset, write_build
from loaders.changes import Edit, apply_edits
from loaders.flags import FLAG_CHARS, add_flag, clean_flag, read_flags


@pytest.fixture
def curated(tmp_path, monkeypatch):
    data = write_tables(tmp_path / "data", {k: [dict(r) for r in v] for k, v in TINY.items()})
    apply_edits(data, [Edit("figures", "members", "label_fr", "Membres", "Adhérents")], "alice@example.org",
                "le rapport dit adhérents")
    root = tmp_path / "build"
    write_build(load_dataset(data), root)
    monkeypatch.setenv("DASHBOARD_CURATED", str(data))
    monkeypatch.setenv("DASHBOARD_DATA", str(root))
    monkeypatch.delenv("DASHBOARD_EDIT", raising=False)    # a reader: no login, not `make edit`
    return data


def open_detail(figure_id):
    at = AppTest.from_file(str(PROJECT / "bench" / "page_app.py"), default_timeout=120)
    at.session_state["start_page"] = "figures"
    at.session_state["figures_measure"] = "count"
    at.session_state["figures_detail"] = True     # the detail expander, opened
    at.run()
    at.selectbox(key="figure_detail_id").set_value(figure_id).run()
    assert not at.exception, at.exception
    return at


def flag(at, text):
    at.text_area[0].set_value(text)
    next(b for b in at.button if "Signaler" in b.label).click()
    at.run()
    assert not at.exception, at.exception
    return at


def test_a_figure_shows_who_changed_it_when_and_why(curated):
    at = open_detail("members")
    # what a reader reads: Markdown's escapes and the invisible joiner that keeps an address from becoming a link dropped
    lines = " ".join(m.value for m in at.markdown).replace("\\", "").replace("\u2060", "")
    assert "modifié le" in lines and "alice@example.org" in lines and "Membres → Adhérents" in lines
    assert "le rapport dit adhérents" in lines


def test_a_reader_flags_a_figure_and_a_session_is_limited(curated):
    at = open_detail("members")
    for n in range(3):
        flag(at, f"Le chiffre {n} est faux")
        assert any("file des éditeurs" in s.value for s in at.success)
    flag(at, "encore")
    assert any("plus tard" in w.value for w in at.warning)
    assert [f["text"] for f in read_flags(curated)] == [f"Le chiffre {n} est faux" for n in range(3)]
    assert {f["figure_id"] for f in read_flags(curated)} == {"members"}


def test_an_empty_flag_is_refused_and_sends_nothing(curated):
    at = flag(open_detail("members"), "   ")
    assert any("Rien n'a été envoyé" in e.value for e in at.error)
    assert read_flags(curated) == []


@pytest.mark.parametrize("text, kept", [
    ("  faux\x00\x1b[31m  ", "faux  [31m"),
    ("x" * (FLAG_CHARS + 50), "x" * FLAG_CHARS),
    ("ligne 1\nligne 2", "ligne 1\nligne 2"),
])
def test_flags_are_plain_bounded_text(text, kept):
    assert clean_flag(text) == kept


def test_a_flag_on_an_unknown_figure_is_refused(curated):
    with pytest.raises(ValueError, match="unknown figure"):
        add_flag(curated, "nope", "faux")
    assert read_flags(curated) == []
