"""Review (editors only): the queue of candidate rows, corrected in place, accepted or rejected one by
one or in bulk with a reason; every save is checked for conflicts, logged and rebuilt."""
from __future__ import annotations

import pandas as pd
import streamlit as st

from app.auth import editors_only, require_editor
from app.i18n import t
from app.review import COLUMNS, STATUSES, edits_from, queue, save
from app.ui import context, plain
from loaders.changes import ConflictError, NotAnEditorError, SaveError, key_column
from loaders.errors import DataError
from loaders.flags import read_flags
from loaders.paths import import_target

SNAPSHOT, FLASH = "review_snapshot", "review_flash"
tables, f = context()
lang = f.lang
st.title(t("review.title", lang))
editors_only(lang)
st.caption(t("review.intro", lang))
target = import_target()
if target is None:
    st.warning(t("review.no_target", lang), icon="🔒")
    st.stop()
data_dir, build_root = target
flags = read_flags(data_dir)   # readers' "Signaler une erreur": fixed through the queue below
if flags:
    with st.expander(t("flags.queue", lang, n=len(flags))):
        st.dataframe(pd.DataFrame(flags[::-1]).rename(columns={
            "at": t("flags.at", lang), "figure_id": t("flags.figure", lang), "text": t("flags.text", lang)}),
            hide_index=True)

c1, c2, c3 = st.columns([1, 1, 2])
table = c1.selectbox(t("review.table", lang), list(COLUMNS), key="review_table",
                     format_func=lambda x: t(f"review.table_{x}", lang))
status = c2.selectbox(t("review.status", lang), STATUSES, key="review_status",
                      format_func=lambda x: t(f"review.status_{x}", lang))
q = c3.text_input(t("review.search", lang), max_chars=200, key="review_q")

# The queue as the editor first saw it: what a save is checked against. It is read again only after
# a save or when asked, so that another editor's save meanwhile shows as a conflict, never silently.
wanted = (table, status, q)
snapshot = st.session_state.get(SNAPSHOT)
if snapshot is None or snapshot[0] != wanted:
    snapshot = st.session_state[SNAPSHOT] = (wanted, queue(data_dir, table, status, q),
                                             st.session_state.get("review_generation", 0) + 1)
    st.session_state["review_generation"] = snapshot[2]
_, seen, generation = snapshot

flash = st.session_state.pop(FLASH, None)
if flash:
    st.success(flash, icon="✅")
if st.button(t("review.reload", lang), icon="🔄", key="review_reload"):
    st.session_state.pop(SNAPSHOT, None)
    st.rerun()
st.caption(t("review.count", lang, n=len(seen)))
if seen.empty:
    st.info(t("review.empty", lang), icon="📭")
    st.stop()

key = key_column(table)
config = {key: st.column_config.TextColumn(t("review.id", lang))}
config.update({c: st.column_config.TextColumn(c, max_chars=2000) for c in COLUMNS[table]})
edited = st.data_editor(seen.drop(columns="review"), hide_index=True, disabled=[key], column_config=config,
                        key=f"review_editor_{generation}")
ids = list(seen[key])
pick_key = f"review_pick_{generation}"
st.button(t("review.pick_all", lang, n=len(ids)), key="review_pick_all",
          on_click=lambda: st.session_state.update({pick_key: ids}))
picked = st.multiselect(t("review.select", lang), ids, key=pick_key)
chosen = len(picked)
reason = st.text_input(t("review.reason", lang), max_chars=500, key="review_reason").strip()
b1, b2, b3 = st.columns(3)
actions = {"accept": b1.button(t("review.accept", lang, n=chosen), disabled=not chosen, type="primary",
                               icon="✅", key="review_accept"),
           "reject": b2.button(t("review.reject", lang, n=chosen), disabled=not chosen, icon="🗑️",
                               key="review_reject"),
           None: b3.button(t("review.save_edits", lang), icon="💾", key="review_save")}
decision = next((d for d, clicked in actions.items() if clicked), "none")
if decision == "none":
    st.stop()

who = require_editor(lang)   # asked again now: a session that lost its editor's login writes nothing
if decision == "reject" and not reason:
    st.error(t("review.reason_needed", lang), icon="✍️")
    st.stop()
edits = edits_from(table, seen, edited, decision, picked)
if not edits:
    st.info(t("review.nothing", lang), icon="ℹ️")
    st.stop()
try:
    with st.spinner(t("review.saving", lang)):
        written = save(edits, who, reason, data_dir, build_root)
except NotAnEditorError:
    st.error(t("auth.refused", lang), icon="🔒")
except ConflictError as e:
    st.error(t("review.conflict", lang), icon="⚠️")
    st.table([{t("review.id", lang): c.edit.row_id, t("review.field", lang): c.edit.field,
               t("review.theirs", lang): c.saved, t("review.yours", lang): c.edit.after,
               t("review.seen", lang): c.edit.before} for c in e.conflicts])
except DataError as e:   # what really happened: nothing written, or the build failed and data/ was put back
    said = ("review.not_saved" if not isinstance(e, SaveError)
            else "import.build_failed" if e.rolled_back else "import.split")
    st.error(f"**{t(said, lang)}**\n\n" + "\n".join(f"- {plain(p)}" for p in e.problems), icon="🚫")
else:
    st.session_state.pop(SNAPSHOT, None)
    st.session_state[FLASH] = t("review.saved", lang, n=len(written))
    st.rerun()
