"""`make edit` for AppTest: DASHBOARD_EDIT=local with the server's address set to loopback, as the
Makefile serves it (the local user is then the editor; nothing stands in for a login)."""
from __future__ import annotations

import pytest


@pytest.fixture
def local_editing(monkeypatch):
    from streamlit import config
    monkeypatch.setenv("DASHBOARD_EDIT", "local")
    before = config.get_option("server.address")
    config.set_option("server.address", "127.0.0.1")
    yield
    config.set_option("server.address", before)
