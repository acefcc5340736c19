"""Who is an editor (app/auth.py): the editors' list from configuration read against an OIDC user's
claims, and `make edit`'s local editor, offered on loopback only and never beside a login."""
from __future__ import annotations

import subprocess

import pytest

from app.auth import Editors, editor_identity, editors_from, local_editor
from conftest import PROJECT

LIST = editors_from({"emails": ["Alice@Example.org", " bob@example.org "], "claim": "groups",
                     "values": ["observatory-editors"]})


@pytest.mark.parametrize("user, expected", [
    ({"is_logged_in": True, "email": "alice@example.org"}, "alice@example.org"),
    ({"is_logged_in": True, "email": "ALICE@example.org"}, "alice@example.org"),      # any case
    ({"is_logged_in": True, "email": "bob@example.org", "email_verified": True}, "bob@example.org"),
    ({"is_logged_in": True, "email": "carol@example.org"}, None),                      # a reader
    ({"is_logged_in": True, "email": "carol@example.org", "groups": ["observatory-editors"]}, "carol@example.org"),
    ({"is_logged_in": True, "sub": "u-42", "groups": "observatory-editors"}, "u-42"),  # a claim, no e-mail
    ({"is_logged_in": True, "email": "carol@example.org", "groups": ["readers"]}, None),
    ({"is_logged_in": True, "email": "alice@example.org", "email_verified": False}, None),  # unverified
    ({"is_logged_in": False, "email": "alice@example.org"}, None),                    # logged out
    ({}, None),                                                                        # no login at all
])
def test_editors_are_the_ones_the_configuration_names(user, expected):
    assert editor_identity(user, LIST) == expected


def test_no_editors_section_means_no_editor():
    assert editors_from(None) == Editors()
    assert editor_identity({"is_logged_in": True, "email": "alice@example.org"}, editors_from(None)) is None


def test_the_local_editor_needs_make_edit_and_loopback(local_editing, monkeypatch):
    from streamlit import config
    assert local_editor().endswith("@localhost")
    for address in ("0.0.0.0", "", "192.0.2.7"):          # served to a network: nobody edits anonymously
        config.set_option("server.address", address)
        assert local_editor() is None, address
    config.set_option("server.address", "127.0.0.1")
    monkeypatch.delenv("DASHBOARD_EDIT")
    assert local_editor() is None                           # `make run`: read-only


def test_make_edit_serves_on_loopback_only_with_local_editing():
    out = subprocess.run(["make", "-n", "edit"], cwd=PROJECT, capture_output=True, text=True, check=True).stdout
    [serve] = [line for line in out.splitlines() if "app.serve" in line]
    assert "DASHBOARD_EDIT=local" in serve and "--server.address 127.0.0.1" in serve
    run = subprocess.run(["make", "-n", "run"], cwd=PROJECT, capture_output=True, text=True, check=True).stdout
    assert "DASHBOARD_EDIT" not in run
