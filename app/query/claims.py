"""The Claims page's answers: the claims the filters keep, one claim's reports over time, and what
differs between them (spread, currency or scale, period, rounding, first and latest report) in words.

A claim is kept when the filters keep at least one of its reports. Values are compared as the
reports wrote them: in euros for money (each converted at its own date), in points for shares.
"""
from __future__ import annotations

import numpy as np
import pandas as pd

from ..fmt import format_figure, format_partial_date, format_share
from ..i18n import t as say
from .cache import per_build, per_filters
from .filters import Filters
from .select import rows
from .tables import Tables

ROUNDING = 0.035   # the suggester's tolerance: a round value this close is a rounding, not a revision
REPORT_COLUMNS = ["figure_id", "claim_id", "stance", "raw", "label_fr", "label_en", "measure", "value",
                  "value_high", "value_eur", "unit", "bound", "period", "date", "review", "source_id"]


@per_filters()
def claims_kept(t: Tables, f: Filters) -> pd.DataFrame:
    """The claims at least one kept report points to, most sources first, with `kept` (how many of
    their reports the filters keep) and `disputed` (how many dispute them)."""
    figures = t.figures
    kept = rows(t, "figures", f) & figures["claim_id"].notna().to_numpy()
    counts = figures.loc[kept, "claim_id"].astype(str).value_counts()
    disputes = figures.loc[figures["stance"] == "disputes", "claim_id"].astype(str).value_counts()
    out = t.claims[t.claims["claim_id"].isin(counts.index)].copy()
    out["kept"] = out["claim_id"].map(counts).astype(int)
    out["disputed"] = out["claim_id"].map(disputes).fillna(0).astype(int)
    return out.sort_values(["sources", "reports", "claim_id"], ascending=[False, False, True]).reset_index(drop=True)


def claim_reports(t: Tables, claim_id: str) -> pd.DataFrame:
    """One claim's reports in the order they were published (undated last), each with its source's
    title, publisher, date and address, and `origin` marking the origin source's own reports."""
    figures = t.figures
    mask = (figures["claim_id"] == claim_id).to_numpy()
    out = figures.loc[mask, REPORT_COLUMNS].copy()
    for column in ("claim_id", "stance", "measure", "unit", "bound", "period", "review", "source_id"):
        out[column] = out[column].astype(object)
    sources = t.sources.set_index("source_id")
    for column in ("title", "publisher", "published", "published_precision", "url"):
        out[column] = out["source_id"].map(sources[column]).to_numpy(dtype=object)
    origin = t.claims.loc[t.claims["claim_id"] == claim_id, "origin_source_id"]
    out["origin"] = out["source_id"] == (origin.iloc[0] if len(origin) else None)
    out["_when"] = pd.to_datetime(out["published"]).fillna(pd.to_datetime(out["date"]))
    return out.sort_values(["_when", "figure_id"], na_position="last").drop(columns="_when").reset_index(drop=True)


def _compared(values: pd.DataFrame) -> np.ndarray:
    """Each report's value as compared: euros for money, the value itself otherwise."""
    return np.where(values["measure"] == "money", values["value_eur"], values["value"]).astype(float)


def _when(r, lang: str) -> str:
    return format_partial_date(r["published"], r["published_precision"], lang) if r["published"] is not None \
        and not pd.isna(r["published"]) else say("claims.undated", lang)


def discrepancies(claim: pd.Series, reports: pd.DataFrame, lang: str) -> list[str]:
    """What differs between a claim's reports, one plain sentence each (first and latest report last)."""
    out = []
    agreeing = reports[reports["stance"].isin(["reports", "revises"])]
    shown = lambda v, unit="EUR": format_figure(claim["measure"], v, unit if claim["measure"] == "money" else claim["unit"], lang)
    values = _compared(agreeing)
    values = values[~np.isnan(values)]
    if len(values) and values.max() > values.min():
        out.append(say("claims.spread", lang, low=shown(values.min()), high=shown(values.max()),
                       gap=format_share(round(100 * (values.max() - values.min()) / values.max()), lang)))
    elif len(values):
        out.append(say("claims.same_value", lang, value=shown(values[0]), n=len(agreeing)))
    base = claim["value"]
    for _, r in reports.iterrows():
        who = r["publisher"]
        if claim["measure"] == "money" and r["unit"] != claim["unit"]:
            out.append(say("claims.currency", lang, who=who, raw=r["raw"], unit=r["unit"], claim_unit=claim["unit"]))
        elif base and r["value"] and max(r["value"], base) / min(r["value"], base) >= 100:
            out.append(say("claims.scale", lang, who=who, raw=r["raw"]))
        elif base and r["value"] != base and abs(r["value"] - base) / base <= ROUNDING and r["stance"] == "reports":
            out.append(say("claims.rounded", lang, who=who, raw=r["raw"], value=shown(base, claim["unit"])))
        if r["period"] != claim["period"]:
            out.append(say("claims.period", lang, who=who, period=say(f"enums.{r['period']}", lang),
                           claim_period=say(f"enums.{claim['period']}", lang)))
        if r["stance"] in ("disputes", "revises", "misreports"):
            out.append(say(f"claims.stance_{r['stance']}", lang, who=who, raw=r["raw"]))
    dated = reports[reports["published"].notna()]
    if len(dated):
        first, last = dated.iloc[0], dated.iloc[-1]
        out.append(say("claims.first", lang, who=first["publisher"], when=_when(first, lang)))
        if len(dated) > 1:
            out.append(say("claims.latest", lang, who=last["publisher"], when=_when(last, lang),
                           n=len(reports)))
    return out


@per_build
def claim_codes(t: Tables) -> np.ndarray:
    """Each figure's claim as a number (-1 outside any claim), to count and pick without text;
    once per build (factorizing a million ids on every count cost the Overview 10 ms a rerun)."""
    column = t.figures["claim_id"]
    if isinstance(column.dtype, pd.CategoricalDtype):
        return column.cat.codes.to_numpy()
    return pd.factorize(column)[0]   # a build where no figure is in a claim may hold plain nulls


def claims_among(t: Tables, mask: np.ndarray) -> int:
    """How many distinct claims the figures of `mask` report."""
    codes = claim_codes(t)[mask]
    return int(np.unique(codes[codes >= 0]).size)


def claim_counts(t: Tables, f: Filters) -> dict[str, int]:
    """How many figures the filters keep, and how many distinct facts they are: each claim counted
    once, each figure outside a claim once."""
    kept = rows(t, "figures", f)
    return {"figures": int(kept.sum()), "claims": claims_among(t, kept),
            "facts": int(one_per_claim(t, kept).sum())}


def one_per_claim(t: Tables, mask: np.ndarray) -> np.ndarray:
    """`mask` with each claim kept once: figures outside a claim stay, and of a claim's kept reports
    only one (one that reports it, not one that disputes or misreports it, when there is one), so
    a number ten sources repeat is one card and one bar, not ten."""
    codes = claim_codes(t)
    claimed = np.flatnonzero(mask & (codes >= 0))
    if not len(claimed):
        return mask
    other = (t.figures["stance"].to_numpy(dtype=object)[claimed] != "reports")
    order = claimed[np.lexsort((claimed, other, codes[claimed]))]   # per claim: reports first, then row order
    _, first = np.unique(codes[order], return_index=True)
    out = mask & (codes < 0)
    out[order[first]] = True
    return out
