"""The Overview's answers: the headline cards, the counts, the largest amounts in euros."""
from __future__ import annotations

import numpy as np
import pandas as pd

from .cache import per_filters
from .claims import claims_among, one_per_claim
from .figures import POINTS, Capped, largest_figures
from .filters import Filters
from .select import mentions_in, rows
from .tables import Tables


@per_filters()
def headline_figures(t: Tables, f: Filters, n: int = 4) -> pd.DataFrame:
    """The largest money amounts in euros, then the shares: what a reader sees first (shared: do not change)."""
    df, kept = t.figures, one_per_claim(t, rows(t, "figures", f))   # a claim once, not once per report
    shares = np.flatnonzero(kept & (df["measure"] == "share").to_numpy())[:1]
    money = df["value_eur"][kept & (df["measure"] == "money").to_numpy()]
    k = n - len(shares)
    top = money.nlargest(k)   # the k largest of a million without sorting them all
    if len(top) < k:          # too few amounts in euros: those without come after, as a sort puts them
        top = money.sort_values(ascending=False).head(k)
    return pd.concat([df.loc[top.index], df.iloc[shares]]).head(n)


@per_filters()
def largest_money(t: Tables, f: Filters, limit: int = POINTS) -> Capped:
    """The largest amounts in euros the filters keep (those without a rate to euros left out).
    Shared (the Overview's chart, what most visits open first): do not change it."""
    keep = one_per_claim(t, rows(t, "figures", f)) & t.figures["value_eur"].notna().to_numpy()
    return largest_figures(t.figures, "money", limit, keep)


def counts(t: Tables, f: Filters) -> dict[str, int]:
    """How many sources, figures (and the claims they report), proposals, actors and events the filters keep."""
    sources, figures = rows(t, "sources", f), rows(t, "figures", f)
    return {
        "sources": int(sources.sum()),
        "figures": int(figures.sum()),
        "claims": claims_among(t, figures),
        "proposals": int(rows(t, "proposals", f).sum()),
        "actors": t.mentions.loc[mentions_in(t, sources), "actor_id"].nunique(),
        "events": int(rows(t, "events", f).sum()),
    }


def bar_claims(t: Tables, money: pd.DataFrame) -> pd.DataFrame:
    """The claims the Overview's bars stand for, in the bars' order: claim_id, label_fr, label_en,
    reports and sources (a bar outside any claim is a single report and is left out)."""
    claimed = money["claim_id"].dropna().astype(str)
    by_id = t.claims.set_index("claim_id")
    out = by_id.loc[by_id.index.intersection(claimed), ["label_fr", "label_en", "reports", "sources"]]
    return out.reindex([c for c in claimed if c in out.index]).rename_axis("claim_id").reset_index()
