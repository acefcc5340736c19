"""One figure's detail on the Figures page: its history from the change log ("modifié le … par …"),
and, for every visitor, a way to flag an error to the editors (rate-limited per session)."""
from __future__ import annotations

import time

import pandas as pd
import streamlit as st

from loaders.flags import FLAG_CHARS, add_flag
from loaders.paths import default_build_root, import_target

from .i18n import t
from .review import history
from .ui import plain

FLAGS_PER_WINDOW, WINDOW_S = 3, 600   # a session may send 3 flags in 10 minutes
SENT = "flags_sent"


def figure_detail(table: pd.DataFrame, lang: str) -> None:
    """Pick one of the figures shown; show its history and the flag form."""
    labels = dict(zip(table["figure_id"], table["label"]))
    chosen = st.selectbox(t("figures.detail_pick", lang), list(labels), index=None, key="figure_detail_id",
                          format_func=lambda i: f"{labels[i]} ({i})")
    if chosen is None:
        return
    changes = history(default_build_root(), "figures", chosen)
    if changes.empty:
        st.caption(t("figures.history_none", lang))
    else:
        st.markdown("\n".join("- " + t("figures.history_line", lang, when=plain(c.at.replace("T", " ")[:16]),
                                       who=plain(c.who), field=plain(c.field), before=plain(c.before or "–"),
                                       after=plain(c.after or "–"), reason=plain(c.reason or "–"))
                              for c in changes.itertuples()))
    flag_form(chosen, lang)


def flag_form(figure_id: str, lang: str) -> None:
    """"Signaler une erreur": plain text to the editors' queue, at most FLAGS_PER_WINDOW a session."""
    target = import_target()
    if target is None:   # the app reads a build nobody curates: nowhere to send a flag
        return
    with st.form("figure_flag", clear_on_submit=True, border=True):
        text = st.text_area(t("flags.text", lang), max_chars=FLAG_CHARS, height=90)
        sent = st.form_submit_button(t("flags.send", lang), icon="🚩")
    if not sent:
        return
    now = time.monotonic()
    recent = [s for s in st.session_state.get(SENT, []) if now - s < WINDOW_S]
    if len(recent) >= FLAGS_PER_WINDOW:
        st.warning(t("flags.too_many", lang, n=FLAGS_PER_WINDOW, minutes=WINDOW_S // 60), icon="⏳")
        return
    try:
        add_flag(target[0], figure_id, text)
    except ValueError:
        st.error(t("flags.empty", lang), icon="✍️")
        return
    st.session_state[SENT] = [*recent, now]
    st.success(t("flags.sent", lang), icon="🚩")
