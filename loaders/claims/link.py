"""Join the curated groupings to the figures: each figure's claim and stance, each claim's value."""
from __future__ import annotations

import datetime as dt

from ..errors import DataError, DataProblem
from ..schema import Row


def report_date(figure: Row, published: dict) -> dt.date | None:
    """When a figure was reported: its source's publication date, else the date it refers to."""
    return (published.get(figure.source_id) or (None,))[0] or figure.date


def origin_figure(claim: Row, reports: list[Row], published: dict) -> Row:
    """The figure a claim's value is read from: the origin source's, else the earliest report."""
    def key(f):
        d = report_date(f, published)
        return (d is None, d or dt.date.max, f.figure_id)
    own = [f for f in reports if f.source_id == claim.origin_source_id and f.stance != "disputes"]
    return min(own or [f for f in reports if f.stance == "reports"] or reports, key=key)


def link_claims(figures: list[Row], claims: list[Row], links: list[Row], published: dict
                ) -> tuple[list[Row], list[Row]]:
    """Figures with `claim_id` and `stance` set, claims with their derived columns; DataError when a
    claim has no report or mixes measures (a share cannot report an amount)."""
    by_figure = {link.figure_id: link for link in links}
    figures = [f.model_copy(update={"claim_id": by_figure[f.figure_id].claim_id,
                                    "stance": by_figure[f.figure_id].stance})
               if f.figure_id in by_figure else f for f in figures]
    reports: dict[str, list[Row]] = {}
    for f in figures:
        if f.claim_id:
            reports.setdefault(f.claim_id, []).append(f)
    problems, out = [], []
    for c in claims:
        rows = reports.get(c.claim_id, [])
        if not rows:
            problems.append(DataProblem("claims", None, f"claim {c.claim_id}: no figure reports it "
                                        "(add its figures to claim_reports.csv)"))
            continue
        measures = {f.measure for f in rows}
        if len(measures) > 1:
            problems.append(DataProblem("claims", None, f"claim {c.claim_id}: its figures mix "
                                        f"{', '.join(sorted(measures))}"))
            continue
        o = origin_figure(c, rows, published)
        dates = [d for d in (report_date(f, published) for f in rows) if d is not None]
        out.append(c.model_copy(update=dict(
            measure=o.measure, value=o.value, value_high=o.value_high, unit=o.unit,
            currency=o.unit if o.measure == "money" else None, value_eur=o.value_eur,
            period=o.period, status=o.status, date=min(dates) if dates else None,
            reports=len(rows), sources=len({f.source_id for f in rows}))))
    if problems:
        raise DataError(problems)
    return figures, out
