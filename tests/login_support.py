"""A real OpenID Connect provider (oidc-provider-mock) on loopback, and the dashboard served with an
`[auth]` configuration pointing at it, for the browser tests of logins (tests/test_login_browser.py).

Nothing stands in for `st.user`: Streamlit runs its own login flow (authorization code, ID token)
against the provider, and Chromium fills the provider's form as a person would.
"""
from __future__ import annotations

import os
import re
import secrets
import subprocess
import sys
import threading
from contextlib import contextmanager
from pathlib import Path

from bench.served import free_port, healthy
from browser_support import settle
from conftest import PROJECT


@contextmanager
def oidc_provider():
    """oidc-provider-mock on 127.0.0.1 (a free port), in a thread; yields its issuer URL.

    Any client id and secret are accepted; whoever the form names logs in, with that as e-mail.
    """
    import oidc_provider_mock
    from werkzeug.serving import make_server
    server = make_server("127.0.0.1", 0, oidc_provider_mock.app(), threaded=True)
    thread = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.1}, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_port}"
    finally:
        server.shutdown()
        thread.join(10)
        server.server_close()


def write_secrets(path: Path, app_url: str, issuer: str, editors: list[str]) -> Path:
    """The `.streamlit/secrets.toml` a deployment writes, for this app and provider."""
    emails = ", ".join(f'"{e}"' for e in editors)
    path.write_text(f"""[auth]
redirect_uri = "{app_url}/oauth2callback"
cookie_secret = "{secrets.token_hex(32)}"
client_id = "dashboard"
client_secret = "{secrets.token_hex(16)}"
server_metadata_url = "{issuer}/.well-known/openid-configuration"

[editors]
emails = [{emails}]
""", encoding="utf-8")
    return path


@contextmanager
def served_app(curated: Path, build_root: Path, workdir: Path, issuer: str | None = None,
               editors: list[str] = (), timeout: float = 120):
    """The dashboard (`python -m app.serve`) on 127.0.0.1; yields its URL.

    With `issuer`, people log in through it and `editors` are the editors; without, the secrets
    file is empty: no login configured, whatever a developer keeps in .streamlit/. It reads
    `build_root` and saves into `curated`; its log is workdir/server.log.
    """
    port = free_port()
    url = f"http://127.0.0.1:{port}"
    secrets_file = workdir / "secrets.toml"
    if issuer:
        write_secrets(secrets_file, url, issuer, list(editors))
    else:
        secrets_file.write_text("", encoding="utf-8")
    env = dict(os.environ, DASHBOARD_DATA=str(build_root), DASHBOARD_CURATED=str(curated))
    env.pop("DASHBOARD_EDIT", None)
    log = workdir / "server.log"
    with open(log, "wb") as out:
        proc = subprocess.Popen([sys.executable, "-m", "app.serve", "--server.port", str(port),
                                 "--server.address", "127.0.0.1", "--server.headless", "true",
                                 "--browser.gatherUsageStats", "false", "--secrets.files", str(secrets_file)],
                                cwd=PROJECT, env=env, stdout=out, stderr=subprocess.STDOUT)
    with healthy(url, proc, timeout, log):
        yield url


def log_in(page, app_url: str, who: str, timeout: float = 60_000) -> None:
    """Log in through the app's button and the provider's form, as a person would."""
    page.goto(app_url)
    settle(page, timeout)
    page.get_by_role("button", name="Se connecter").first.click()
    page.get_by_placeholder("sub").fill(who)
    page.get_by_role("button", name="Authorize").click()
    page.wait_for_url(f"{app_url}/**", timeout=timeout)
    # The address as a reader sees it: the app keeps it from turning into a mail link with an
    # invisible word joiner after the '@', which the page's text holds
    shown = re.compile("Connecté : " + re.escape(who).replace("@", "@\u2060?"))
    page.get_by_text(shown).wait_for(timeout=timeout)
    settle(page, timeout)
