"""Who may write: editors, named in configuration; everybody else reads.

Identity comes from Streamlit's OpenID Connect login (`st.login`, `st.user`), configured by an
`[auth]` section of `.streamlit/secrets.toml`. Editors are listed in an `[editors]` section of the
same file: `emails` (compared without case), and/or a `claim` of the ID token with the `values`
that make an editor (a group, a role):

    [editors]
    emails = ["alice@example.org"]
    claim = "groups"
    values = ["observatory-editors"]

Without `[auth]` nobody logs in and the app is read-only, except under `make edit`: served on
127.0.0.1 only with DASHBOARD_EDIT=local, where the local user is the editor (a desktop).
The pages ask `editor()` for the identity to write under at the moment they write: a session
without one gets no write control, and a write it still sends is refused (`require_editor`).
"""
from __future__ import annotations

import getpass
import os
from collections.abc import Mapping
from dataclasses import dataclass

import streamlit as st

from .i18n import t

ENV_LOCAL = "DASHBOARD_EDIT"
LOOPBACK = {"127.0.0.1", "localhost", "::1"}


@dataclass(frozen=True)
class Editors:
    """The editors' list from configuration."""

    emails: frozenset[str] = frozenset()
    claim: str | None = None
    values: frozenset[str] = frozenset()


def editors_from(section: Mapping | None) -> Editors:
    """The `[editors]` section of the secrets as an Editors (empty when absent)."""
    section = section or {}
    def texts(value) -> frozenset[str]:
        items = [value] if isinstance(value, str) else list(value or [])
        return frozenset(str(v).strip() for v in items if str(v).strip())
    return Editors(frozenset(e.lower() for e in texts(section.get("emails"))),
                   str(section.get("claim") or "").strip() or None, texts(section.get("values")))


def editor_identity(user: Mapping, editors: Editors) -> str | None:
    """The identity a logged-in user writes under when `editors` lists them, else None.

    >>> editor_identity({"is_logged_in": True, "email": "Alice@Example.org"}, Editors(frozenset({"alice@example.org"})))
    'alice@example.org'
    """
    if not user.get("is_logged_in"):
        return None
    email = str(user.get("email") or "").strip().lower()
    if email and user.get("email_verified") is False:
        email = ""   # a provider that says the address is unverified: it names nobody
    who = email or str(user.get("sub") or "").strip()
    if email and email in editors.emails:
        return email
    if editors.claim and who:
        claimed = user.get(editors.claim)
        claimed = claimed if isinstance(claimed, (list, tuple)) else [claimed]
        if any(str(c) in editors.values for c in claimed if c is not None):
            return who
    return None


def _secrets_section(name: str) -> Mapping | None:
    try:
        section = st.secrets.get(name)
    except (FileNotFoundError, KeyError, OSError):   # no secrets file: no login configured
        return None
    return section if isinstance(section, Mapping) else None


def login_configured() -> bool:
    """True when `[auth]` is configured: people log in, and editors are those the list names."""
    return bool(_secrets_section("auth"))


def local_editor() -> str | None:
    """The local user under `make edit` (DASHBOARD_EDIT=local, served on loopback, no login), else None."""
    if os.environ.get(ENV_LOCAL) != "local" or login_configured():
        return None
    if str(st.get_option("server.address") or "") not in LOOPBACK:
        return None   # served to a network: no anonymous editor, whatever the environment says
    return f"{getpass.getuser()}@localhost"


def editor() -> str | None:
    """The identity this session writes under, or None for a reader; asked again at every write."""
    if login_configured():
        return editor_identity(st.user.to_dict(), editors_from(_secrets_section("editors")))
    return local_editor()


def require_editor(lang: str) -> str:
    """The editor's identity; for a reader, a message, and the page stops before writing anything."""
    who = editor()
    if who is None:
        st.error(t("auth.refused", lang), icon="🔒")
        st.stop()
    return who


def editors_only(lang: str) -> str:
    """For a page that writes: the editor's identity, or, for a reader, why not and how to log in."""
    who = editor()
    if who is None:
        st.info(t("auth.editors_only" if login_configured() else "auth.read_only", lang), icon="🔒")
        if login_configured() and not st.user.is_logged_in:
            st.button(t("auth.login", lang), on_click=st.login, key="auth_login_page", icon="🔑")
        st.stop()
    return who


def account(lang: str) -> None:
    """The sidebar's account line: log in, or who is logged in, as what, and log out."""
    from .ui import plain
    if not login_configured():
        if local_editor():
            st.sidebar.caption(t("auth.local", lang, who=plain(local_editor())))
        return
    if not st.user.is_logged_in:
        st.sidebar.button(t("auth.login", lang), on_click=st.login, key="auth_login", icon="🔑")
        return
    who = str(st.user.get("email") or st.user.get("name") or st.user.get("sub") or "?")
    role = t("auth.role_editor" if editor() else "auth.role_reader", lang)
    st.sidebar.caption(t("auth.logged_in", lang, who=plain(who), role=role))
    st.sidebar.button(t("auth.logout", lang), on_click=st.logout, key="auth_logout", icon="🚪")
