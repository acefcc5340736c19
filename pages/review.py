"""Review (editors only): the queue of candidate rows, corrected in place, accepted or rejected one by
one or in bulk with a reason; every save is checked for conflicts, logged and rebuilt."""
from __future__ import annotations

import pandas as pd
import streamlit as st

from app.auth import editors_only, require_editor
from app.i18n import t
from app.review import COLUMNS, STATUSES, accept_claim, claim_queue, edits_from, queue, reject_claim, save
from app.ui import bullets, context, plain
from loaders.changes import ConflictError, NotAnEditorError, key_column
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



def review_claims() -> None:
    """The suggester's groupings of figures into claims, one at a time: accept (a new claim with its
    labels, or into the claim it joins) or reject with a reason, as `loaders claims` does, logged."""
    flash = st.session_state.pop(CLAIM_FLASH, None)
    if flash:
        st.success(flash, icon="✅")
    if CLAIM_QUEUE not in st.session_state:   # read again only after a decision or when asked
        try:
            st.session_state[CLAIM_QUEUE] = claim_queue(data_dir)
        except DataError as e:   # the data no longer builds: say where, suggest nothing
            st.error("\n".join(f"- {plain(p)}" for p in e.problems), icon="🚫")
            return
    if st.button(t("review.reload", lang), icon="🔄", key="review_claims_reload"):
        st.session_state.pop(CLAIM_QUEUE, None)
        st.rerun()
    suggestions = {s["suggestion_id"]: s for s in st.session_state[CLAIM_QUEUE]}
    st.caption(t("review.claims_count", lang, n=len(suggestions)))
    if not suggestions:
        st.info(t("review.claims_empty", lang), icon="📭")
        return
    sid = st.selectbox(t("review.claims_pick", lang), list(suggestions), key="review_claim_pick",
                       format_func=lambda i: t("review.claims_option", lang, score=f"{suggestions[i]['score']:.2f}",
                                               raw=suggestions[i]["figures"][0]["raw"], n=len(suggestions[i]["figures"])))
    s = suggestions[sid]
    score = f"{s['score']:.2f}"
    st.dataframe(pd.DataFrame(s["figures"]).rename(columns={"figure_id": t("review.id", lang)}), hide_index=True)
    st.markdown(f"**{t('review.claims_reasons', lang, score=score)}**")
    bullets(s["reasons"])
    first = s["figures"][0]
    if s["claim_id"]:
        st.markdown(t("review.claims_joins", lang, claim=plain(s["claim_id"])))
    else:
        st.text_input(t("review.claims_id", lang), max_chars=80, key=f"review_claim_id_{sid}")
        st.text_input(t("review.label_fr", lang), value=first["label_fr"], max_chars=300, key=f"review_claim_fr_{sid}")
        st.text_input(t("review.label_en", lang), value=first["label_en"], max_chars=300, key=f"review_claim_en_{sid}")
    reason = st.text_input(t("review.reason", lang), max_chars=500, key="review_claim_reason").strip()
    b1, b2 = st.columns(2)
    accept = b1.button(t("review.claims_accept", lang), type="primary", icon="✅", key="review_claim_accept")
    reject = b2.button(t("review.claims_reject", lang), icon="🗑️", key="review_claim_reject")
    if not (accept or reject):
        return
    who = require_editor(lang)   # asked again now: a session that lost its editor's login writes nothing
    if reject and not reason:
        st.error(t("review.reason_needed", lang), icon="✍️")
        return
    try:
        with st.spinner(t("review.saving", lang)):
            if accept:
                done = accept_claim(data_dir, build_root, sid, who, reason,
                                    st.session_state.get(f"review_claim_id_{sid}", ""),
                                    st.session_state.get(f"review_claim_fr_{sid}", ""),
                                    st.session_state.get(f"review_claim_en_{sid}", ""))
            else:
                done = reject_claim(data_dir, build_root, sid, who, reason)
    except NotAnEditorError:
        st.error(t("auth.refused", lang), icon="🔒")
    except DataError as e:
        st.error(f"**{t('review.claims_not_saved', lang)}**\n\n" + "\n".join(f"- {plain(p)}" for p in e.problems),
                 icon="🚫")
    else:
        st.session_state.pop(CLAIM_QUEUE, None)
        st.session_state[CLAIM_FLASH] = t("review.claims_accepted" if accept else "review.claims_rejected", lang,
                                          claim=done.claim_id or "", n=len(done.figure_ids))
        st.rerun()


CLAIM_QUEUE, CLAIM_FLASH = "review_claims_queue", "review_claims_flash"
kind = st.segmented_control(t("review.kind", lang), ["rows", "claims"], default="rows", key="review_kind",
                            format_func=lambda k: t(f"review.kind_{k}", lang))
if kind == "claims":
    review_claims()
    st.stop()

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
except DataError as e:
    st.error(f"**{t('review.not_saved', lang)}**\n\n" + "\n".join(f"- {plain(p)}" for p in e.problems), icon="🚫")
else:
    st.session_state.pop(SNAPSHOT, None)
    st.session_state[FLASH] = t("review.saved", lang, n=len(written))
    st.rerun()
