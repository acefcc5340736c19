"""Import: paste a text or upload a file, see every item found in it highlighted, correct or reject the
candidate figures, and save the accepted ones into data/ as rows to review (the tables are rebuilt)."""
from __future__ import annotations

import dataclasses

import pandas as pd
import streamlit as st

from app.auth import editors_only, require_editor
from app.fmt import format_number
from app.i18n import t
from app.ui import context, label, plain
from loaders.articles.documents import MAX_UPLOAD_CHARS, read_pasted, read_upload
from loaders.articles.ingest import (EDITABLE, MAX_CANDIDATES, BusyError, SourceInfo, propose, shown_pieces,
                                     reading_turn, save)
from loaders.articles.reader import read_document
from loaders.changes import SaveError
from loaders.errors import DataError
from loaders.paths import DATA_DIR, import_target
from loaders.schema import FIGURE_STATUSES, PERIODS

RESULT = "import_result"
SHOWN_SKIPPED = 20   # reasons listed; the rest are counted
LISTED = 200         # dates and actors listed under the text; the rest are counted
COLOURS = {"money": "green", "percent": "blue", "count": "violet", "date": "orange", "actor": "red",
           "programme": "yellow", "theme": "gray"}   # one highlight colour per kind of item found
tables, f = context()
lang = f.lang
st.title(t("import.title", lang))
editors_only(lang)   # a reader sees why, and no uploader
st.caption(t("import.intro", lang))
target = import_target()
if target is None:
    st.warning(t("import.no_target", lang), icon="🔒")


def problems(error: DataError) -> str:
    return "\n".join(f"- {plain(p)}" for p in error.problems)


paste, upload = st.tabs([t("import.paste_tab", lang), t("import.upload_tab", lang)])
with paste:
    pasted = st.text_area(t("import.paste", lang), height=180, max_chars=MAX_UPLOAD_CHARS, key="import_text")
with upload:
    # No `type=`: Streamlit's own check of the name raised on a NUL or a trailing newline (the page
    # was replaced by an error). The kind is read from the content, and the name is only a label.
    uploaded = st.file_uploader(t("import.upload", lang), key="import_file", help=t("import.upload_help", lang))
c1, c2, c3, c4 = st.columns([3, 3, 3, 2])
publisher = c1.text_input(t("import.publisher", lang), max_chars=120, key="import_publisher").strip()
title = c2.text_input(t("import.source_title", lang), max_chars=200, key="import_title").strip()
published = c3.date_input(t("import.published", lang), value=None, key="import_published",
                          format="DD/MM/YYYY" if lang == "fr" else "YYYY-MM-DD")
language = c4.selectbox(t("import.language", lang), ("fr", "en"), key="import_language",
                        format_func=lambda x: {"fr": "Français", "en": "English"}[x],
                        help=t("import.language_help", lang))
address = st.text_input(t("import.url", lang), max_chars=500, key="import_url", placeholder="https://…",
                        help=t("import.url_help", lang)).strip()
if address and not address.startswith(("https://", "http://")):
    st.warning(t("import.url_invalid", lang), icon="🔗")
    address = ""

if st.button(t("import.extract", lang), type="primary", icon="🔍"):
    if not uploaded and not (pasted or "").strip():   # an upload over the size limit never arrives
        st.warning(t("import.nothing", lang), icon="📄")
    else:
        try:
            document = read_upload(uploaded.getvalue(), uploaded.name) if uploaded else read_pasted(pasted)
            if address:   # where it was published: a Québec paper's "$" is Canadian
                document = dataclasses.replace(document, address=address)
            # Read in the reading process (loaders.articles.reader), one import at a time: spaCy holds
            # the GIL, and in the server's process it slowed every other visitor's page.
            with st.spinner(t("import.extracting", lang)), reading_turn():
                found = read_document(target[0] if target else DATA_DIR, document, published, language=language)
            st.session_state[RESULT] = (document, found, language)
        except DataError as e:
            st.session_state.pop(RESULT, None)
            said = "busy" if isinstance(e, BusyError) else "unreadable"
            st.error(f"**{t('import.' + said, lang)}**\n\n{problems(e)}", icon="🚫")

if RESULT not in st.session_state:
    st.info(t("import.start", lang), icon="📥")
    st.stop()

document, found, language = st.session_state[RESULT]   # the language it was read in
kinds = pd.Series([x.item.kind for x in found], dtype="object").value_counts()
st.subheader(t("import.found", lang, name=plain(document.path.name)))
for column, kind in zip(st.columns(len(COLOURS)), COLOURS):
    column.metric(t(f"import.kind_{kind}", lang), format_number(int(kinds.get(kind, 0)), lang, 0))
st.caption(" · ".join(f":{colour}-background[{t(f'import.kind_{kind}', lang)}]" for kind, colour in COLOURS.items()))
shown, rest_chars, rest_items = shown_pieces(document.text, found)
with st.container(height=360, border=True):
    st.markdown("".join(f":{COLOURS[kind]}-background[{plain(piece)}]" if kind else plain(piece).replace("\n", "  \n")
                        for piece, kind in shown))
if rest_chars:
    st.caption(t("import.text_cut", lang, chars=format_number(rest_chars, lang, 0), items=format_number(rest_items, lang, 0)))

theme_ids = list(tables.themes["theme_id"])
info = SourceInfo(publisher=publisher or "?", title=title or None,
                  published=published.isoformat() if published else None, language=language,
                  url=document.address)
plan = propose(document, found, info, theme_ids)
st.subheader(t("import.review", lang))
st.caption(t("import.review_help", lang))
candidates = pd.DataFrame(plan.rows["figures"], columns=["figure_id", *EDITABLE])
candidates.insert(0, "keep", True)
# A currency the amount does not write but the article does ("16 milliards" among euros): shown to be checked.
candidates.insert(1, "inferred", [plan.inferred.get(i, "") for i in candidates["figure_id"]])
edited = st.data_editor(
    candidates, hide_index=True, key=f"import_editor_{len(found)}", disabled=["figure_id", "inferred"],
    column_config={
        "keep": st.column_config.CheckboxColumn(t("import.keep", lang)),
        "figure_id": st.column_config.TextColumn(t("import.figure_id", lang)),
        "raw": st.column_config.TextColumn(t("common.raw", lang), required=True, max_chars=200),
        "inferred": st.column_config.TextColumn(t("import.inferred", lang), help=t("import.inferred_help", lang)),
        "label_fr": st.column_config.TextColumn(t("import.label_fr", lang), required=True, max_chars=300),
        "label_en": st.column_config.TextColumn(t("import.label_en", lang), required=True, max_chars=300),
        "theme": st.column_config.SelectboxColumn(t("common.theme", lang), options=theme_ids, required=True),
        "actor_id": st.column_config.SelectboxColumn(t("common.said_by", lang),
                                                     options=[""] + list(tables.actors["actor_id"])),
        "period": st.column_config.SelectboxColumn(t("common.period", lang), required=True,
                                                   options=PERIODS),
        "status": st.column_config.SelectboxColumn(t("common.status", lang), required=True,
                                                   options=FIGURE_STATUSES),
    })
for kind in ("date", "actor"):
    items = [x.item for x in found if x.item.kind == kind]
    if items:
        with st.expander(t(f"import.list_{kind}", lang, n=len(items))):
            st.markdown("\n".join(f"- {plain(i.text)} → {plain(i.value or i.name or i.actor_id or '–')}"
                                  + (f" ({plain(label(i.precision, lang))})" if i.precision else "")
                                  for i in items[:LISTED]))
            if len(items) > LISTED:
                st.caption(t("import.list_cut", lang, n=LISTED, total=format_number(len(items), lang, 0)))
for reason in plan.skipped[:SHOWN_SKIPPED]:
    st.caption(plain(reason))
if plan.capped or len(plan.skipped) > SHOWN_SKIPPED:
    st.caption(t("import.capped", lang, n=plan.capped, cap=MAX_CANDIDATES,
                 more=max(0, len(plan.skipped) - SHOWN_SKIPPED)))

kept = edited[edited["keep"]].drop(columns="keep").fillna("").to_dict("records")
blocked = target is None or not publisher
if not publisher:
    st.caption(t("import.need_publisher", lang))
if st.button(t("import.save", lang, n=len(kept)), disabled=blocked, icon="💾"):
    who = require_editor(lang)   # asked again at the moment of writing
    already_skipped = len(plan.skipped)
    try:
        added = save(plan, kept, *target, author=who, reason=f"import: {document.path.name}")
    except DataError as e:   # what really happened: nothing written, rolled back, or rows without tables
        said = "not_saved" if not isinstance(e, SaveError) else "build_failed" if e.rolled_back else "split"
        st.error(f"**{t('import.' + said, lang)}**\n\n{problems(e)}", icon="🚫")
    else:
        st.session_state.pop(RESULT, None)
        st.success(t("import.saved", lang, figures=added.get("figures", 0), mentions=added.get("mentions", 0)),
                   icon="✅")
        left_out = plan.skipped[already_skipped:]   # kept rows the dataset refused: said, not dropped silently
        if left_out:
            st.warning(t("import.left_out", lang, n=len(left_out)) + "\n\n"
                       + "\n".join(f"- {plain(r)}" for r in left_out[:SHOWN_SKIPPED]), icon="⚠️")
