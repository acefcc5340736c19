"""Claims: one number as first stated and every report of it over time (who repeated, rounded,
converted, misreported or disputed it), each with its source. `?claim=<claim_id>` opens one."""
from __future__ import annotations

import pandas as pd
import streamlit as st
from app.auth import editor
from app.fmt import format_figure, format_partial_date
from app.i18n import t
from app.query import actor_names
from app.query.claims import claim_reports, claims_kept, discrepancies
from app.ui import bullets, context, empty_state, label, link_to, plain, unreviewed_mark

PICK = "claims_pick"
tables, f = context()
lang = f.lang
names = actor_names(tables, lang)
st.title(t("claims.title", lang))
st.caption(t("claims.intro", lang))

claims = claims_kept(tables, f)
if claims.empty:
    empty_state(lang)
    st.caption(t("claims.none", lang))
    st.stop()
st.markdown(t("claims.count", lang, claims=len(claims), figures=int(claims["kept"].sum())))


def value_of(c) -> str:
    return format_figure(c["measure"], c["value"], c["unit"], lang, "exact", c["value_high"]
                         if pd.notna(c["value_high"]) else None)


by_id = claims.set_index("claim_id")
options = list(claims["claim_id"])
asked = st.query_params.get("claim")
if asked in by_id.index and st.session_state.get("_claim_asked") != asked:
    st.session_state[PICK] = asked   # a link from another page opens its claim once
st.session_state["_claim_asked"] = asked
if st.session_state.get(PICK) not in options:
    st.session_state[PICK] = options[0]
chosen = st.selectbox(t("claims.pick", lang), options, key=PICK,
                      format_func=lambda c: f"{by_id.loc[c, f'label_{lang}']} — {value_of(by_id.loc[c])}")
if asked and asked not in by_id.index:   # a link to a claim unknown, or left out by the filters: said
    st.caption(t("claims.asked_unknown", lang, claim=plain(asked[:60])))


def when(r) -> str:
    if pd.isna(r["published"]):
        return t("claims.undated", lang)
    return format_partial_date(r["published"], r["published_precision"], lang)


def show_report(r) -> None:
    """One report: when, who, in which words, how it stands to the claim, and its links."""
    mark = f":blue-badge[{t('claims.origin_mark', lang)}] " if r["origin"] else ""
    colour = {"disputes": "red", "misreports": "orange", "revises": "violet"}.get(r["stance"], "gray")
    stance = f":{colour}-badge[{label(r['stance'], lang)}]"
    line = t("claims.report_line", lang, when=plain(when(r)), publisher=plain(r["publisher"]),
             raw=plain(r["raw"]), stance=stance)
    st.markdown(f"{mark}{unreviewed_mark(r['review'], lang)}{line}  \n"
                f":gray[{plain(r[f'label_{lang}'])} · {plain(r['title'])}]")
    left, right = st.columns(2)
    with left:
        link_to("sources", t("claims.open_source", lang), icon="📄", query_params={"focus": r["source_id"]})
    if isinstance(r["url"], str):
        right.markdown(f"[{t('claims.read_original', lang)}]({r['url']})")


claim = by_id.loc[chosen]
reports = claim_reports(tables, chosen)
with st.container(border=True):
    disputed = f" :red-badge[{t('claims.disputed_badge', lang)}]" if claim["disputed"] else ""
    st.markdown(f"#### {plain(claim[f'label_{lang}'])}{disputed}")
    st.markdown(t("claims.meta", lang, value=value_of(claim), period=label(claim["period"], lang),
                  status=label(claim["status"], lang), sources=int(claim["sources"]),
                  reports=int(claim["reports"])))
    origin = reports[reports["origin"]]
    source_title = origin["title"].iloc[0] if len(origin) else claim["origin_source_id"]
    who = names.get(claim["origin_actor_id"], "") if isinstance(claim["origin_actor_id"], str) else ""
    st.markdown(plain(t("claims.origin", lang, who=who or t("overview.nobody", lang), source=source_title)))
    link_to("sources", t("claims.origin_source", lang), icon="📌",
            query_params={"focus": claim["origin_source_id"]})
    if isinstance(claim["note"], str) and editor() is not None:   # the editors' working note, in one language
        st.caption(f"{t('claims.editors_note', lang)} {plain(claim['note'])}")
    st.markdown(f"**{t('claims.discrepancies', lang)}**")
    bullets(discrepancies(claim, reports, lang))
    st.markdown(f"**{t('claims.reports', lang)}**")
    for _, r in reports.iterrows():
        with st.container(border=True):
            show_report(r)

st.subheader(t("claims.table", lang))
st.dataframe(pd.DataFrame({
    t("claims.pick", lang): claims[f"label_{lang}"],
    t("common.value", lang): [value_of(c) for _, c in claims.iterrows()],
    t("nav.sources", lang): claims["sources"],
    t("claims.n_reports", lang): claims["reports"],
    t("claims.disputed_badge", lang): claims["disputed"],
}), hide_index=True, width="stretch")
