"""Overview: headline figures as cards, what the dataset holds, and the money amounts compared in euros."""
from __future__ import annotations

import datetime as dt

import streamlit as st

from app.charts import MONEY_BARS, money_bars
from app.fmt import format_figure, format_money, format_number, format_partial_date
from app.i18n import t
from app.query import (actor_names, counts, headline_figures, largest_money, mixes_periods, source_rows,
                       source_titles)
from app.query.lookups import FIGURE_STATUSES, PERIODS
from app.query.overview import bar_claims
from app.ui import chart_block, context, empty_state, label, link_to, plain, unreviewed_mark

CARD_LINK_CHARS = 40   # a card is a quarter of the page: a longer source title is cut with '…'
tables, f = context()
lang = f.lang
st.title(t("overview.title", lang))
st.caption(t("overview.intro", lang))

titles = source_titles(tables)
names = actor_names(tables, lang)   # 'European Union' in English, not 'Union européenne'

st.subheader(t("overview.headlines", lang))
heads = headline_figures(tables, f)
if heads.empty:
    empty_state(lang)
else:
    for column, (_, fig) in zip(st.columns(len(heads)), heads.iterrows()):
        with column.container(border=True):
            if fig.get("review") == "candidate":
                st.markdown(unreviewed_mark("candidate", lang))
            st.metric(plain(fig[f"label_{lang}"]), format_figure(fig.measure, fig.value, fig.unit, lang,
                                                                 fig.bound, fig.value_high),
                      label_visibility="collapsed")
            st.markdown(f"**{plain(fig[f'label_{lang}'])}**")   # in full: a metric's label is cut short
            src = source_rows(tables, [fig.source_id]).iloc[0]
            who = names.get(fig.actor_id) if isinstance(fig.actor_id, str) else None
            if not who and isinstance(src["publisher"], str):   # no actor named: who published it
                who = t("overview.published_by", lang, publisher=src["publisher"])
            if isinstance(fig.date, dt.date):
                when = format_partial_date(fig.date, fig.date_precision, lang)
            elif isinstance(src["published"], dt.date):   # no date of its own: say when the source said it
                when = t("overview.said_on", lang, when=format_partial_date(src["published"], src["published_precision"], lang))
            else:
                when = t("overview.undated", lang)
            facts = [who, when] + [label(v, lang) for v in (fig.period, fig.status) if isinstance(v, str)]
            st.caption(plain(" · ".join(x for x in facts if x)))
            link_to("sources", t("common.source_link", lang, title=titles.get(fig.source_id, fig.source_id)),
                    icon="📄", query_params={"focus": fig.source_id}, limit=CARD_LINK_CHARS)
            if isinstance(fig.get("claim_id"), str):   # a card is a claim: its other reports are one click away
                link_to("claims", t("overview.see_claim", lang), icon="🔁", query_params={"claim": fig.claim_id})

st.subheader(t("overview.counts", lang))
n = counts(tables, f)
for column, key in zip(st.columns(6), ("sources", "figures", "claims", "proposals", "actors", "events")):
    column.metric(t(f"overview.n_{key}", lang), format_number(n[key], lang),   # "100 000", not "100000"
                  help=t("overview.n_claims_help", lang) if key == "claims" else None)

st.subheader(t("overview.money_chart", lang))
largest = largest_money(tables, f, limit=MONEY_BARS)
money = largest.rows   # largest first
if money.empty:
    empty_state(lang)
else:
    claims = bar_claims(tables, money)   # a bar that stands for a claim says how often it was reported
    bar_of = dict(zip(money["claim_id"], money["figure_id"]))
    lines = {bar_of[c.claim_id]: t("overview.bar_reports", lang, reports=int(c.reports), sources=int(c.sources))
             for c in claims.itertuples()}
    fig = money_bars(money, {p: label(p, lang) for p in PERIODS}, {s: label(s, lang) for s in FIGURE_STATUSES},
                     t("overview.original", lang, value="%{customdata[1]}"), t("common.value_eur", lang), lang,
                     claim_lines=lines)
    if mixes_periods(money):   # the query layer's comparability rule, the one every page warns by
        st.warning(t("overview.money_caveat", lang), icon="⚠️")
    summary = t("overview.money_summary", lang, n=len(money), top=money[f"label_{lang}"].iloc[0],
                low=format_money(money["value_eur"].iloc[-1], "EUR", lang),
                high=format_money(money["value_eur"].iloc[0], "EUR", lang))
    shown = money[["figure_id", f"label_{lang}", "raw", "value", "unit", "value_eur", "period", "status",
                   "source_id", "claim_id"]]
    if largest.cut:
        st.caption(t("figures.capped", lang, n=len(money), total=format_number(largest.total, lang)))
    chart_block(fig, summary, shown, lang, key="overview_money", filter_key="theme")
    st.caption(t("common.click_to_filter", lang))
    if len(claims):   # each bar that is a claim opens it: who said it first, who repeated it
        st.markdown(f"**{t('overview.bar_claims', lang, n=len(claims))}**")
        for column, c in zip(st.columns(2) * len(claims), claims.itertuples()):
            with column:
                link_to("claims", t("overview.bar_claim_link", lang, label=getattr(c, f"label_{lang}"),
                                    reports=int(c.reports)), icon="🔁", query_params={"claim": c.claim_id})
