"""Accepting or rejecting a grouping of figures into a claim: the one place both the command line
(`python -m loaders claims accept|reject`) and the Review page decide.

Accepting appends a claim (when it is new) and its reports to data/claims.csv and
data/claim_reports.csv; rejecting appends the figures to data/claim_rejections.csv, so the
suggester never pairs them again. Nothing stays written unless the whole dataset, the new rows
included, still passes `loaders check`; every problem raises `DataError`. With an `author` (an
editor on the Review page), each decision is also logged in data/changes.csv.
"""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from ..build import load_dataset
from ..changes import NotAnEditorError, REASON_CHARS, _lock, append_log, now_utc
from ..errors import DataError, DataProblem
from ..schema import STANCES
from .link import report_date
from .store import read_rejections, write_acceptance, write_rejection
from .suggest import Suggestion, suggest

FILES = ("claims.csv", "claim_reports.csv", "claim_rejections.csv")


@dataclass(frozen=True)
class Decision:
    """What a decision wrote: the claim (new or joined), the figures, and the change-log lines."""

    claim_id: str | None
    figure_ids: tuple[str, ...]
    new_claim: bool
    logged: tuple[dict, ...] = ()


def _problem(message: str) -> DataError:
    return DataError([DataProblem("claims", None, message)])


def current_suggestions(data_dir: Path) -> tuple[object, list[Suggestion]]:
    """The dataset and the groupings the suggester proposes on it now (rejections left out)."""
    dataset = load_dataset(data_dir)
    return dataset, suggest(dataset.tables["figures"], read_rejections(data_dir))


def figure_ids_of(items, dataset, suggestions) -> tuple[list[str], str | None]:
    """Suggestion ids and figure ids to figure ids (and the claim a suggestion joins)."""
    known = {f.figure_id for f in dataset.tables["figures"]}
    by_id = {s.suggestion_id: s for s in suggestions}
    ids, claim = [], None
    for item in items:
        if item in by_id:
            ids += by_id[item].figure_ids
            claim = claim or by_id[item].claim_id
        elif item in known:
            ids.append(item)
        else:
            raise _problem(f"{item}: neither a current suggestion nor a figure id")
    return list(dict.fromkeys(ids)), claim


def accept_grouping(data_dir: Path, items, claim_id: str | None = None, label_fr: str | None = None,
                    label_en: str | None = None, origin_source_id: str | None = None,
                    origin_actor_id: str | None = None, stances: dict[str, str] | None = None, note: str = "",
                    author: str | None = None, reason: str = "") -> Decision:
    """Accept a suggestion (or figure ids) as a new claim `claim_id`, or add it to an existing claim."""
    data_dir = Path(data_dir)
    with _lock(data_dir):
        dataset, suggestions = current_suggestions(data_dir)
        ids, joined = figure_ids_of(items, dataset, suggestions)
        claim_id = (claim_id or "").strip() or joined
        if not claim_id:
            raise _problem("claim: give the claim's id")
        stances = dict(stances or {})
        for fid, stance in stances.items():
            if fid not in ids or stance not in STANCES:
                raise _problem(f"stance {fid}={stance}: expected a figure of this grouping and one of "
                               f"{', '.join(STANCES)}")
        existing = {c.claim_id for c in dataset.tables["claims"]}
        claim = None
        if claim_id not in existing:
            if not ((label_fr or "").strip() and (label_en or "").strip()):
                raise _problem("label: a new claim needs its label in both languages")
            figures = [f for f in dataset.tables["figures"] if f.figure_id in ids]
            published = {s.source_id: (s.published,) for s in dataset.tables["sources"]}
            first = min(figures, key=lambda f: (report_date(f, published) is None,
                                                report_date(f, published) or f.date or 0, f.figure_id))
            claim = {"claim_id": claim_id, "label_fr": label_fr.strip(), "label_en": label_en.strip(),
                     "origin_source_id": origin_source_id or first.source_id,
                     "origin_actor_id": origin_actor_id or first.actor_id or "", "note": note, "review": ""}
        reports = [{"figure_id": fid, "claim_id": claim_id, "stance": stances.get(fid, "reports")} for fid in ids]
        _write_checked(data_dir, lambda: write_acceptance(data_dir, claim, reports))
        logged = []
        if author:
            at = now_utc()
            if claim is not None:
                logged.append(_entry(at, author, "claims", claim_id, "review", "accepted", reason))
            logged += [_entry(at, author, "claim_reports", r["figure_id"], "claim_id", f"{claim_id} ({r['stance']})",
                              reason) for r in reports]
            append_log(data_dir, logged)
    return Decision(claim_id, tuple(ids), claim is not None, tuple(logged))


def reject_grouping(data_dir: Path, items, reason: str, author: str | None = None) -> Decision:
    """Reject a suggestion (or figure ids): these figures are never suggested together again."""
    if not (reason or "").strip():
        raise _problem("reason: say why the figures are not one claim")
    data_dir = Path(data_dir)
    with _lock(data_dir):
        dataset, suggestions = current_suggestions(data_dir)
        ids, claim = figure_ids_of(items, dataset, suggestions)
        if claim:   # a figure refused for a claim: pair it with the claim's figures, so it is not proposed again
            ids += [f.figure_id for f in dataset.tables["figures"] if f.claim_id == claim]
        _write_checked(data_dir, lambda: write_rejection(data_dir, ids, reason.strip()))
        logged = []
        if author:
            logged = [_entry(now_utc(), author, "claim_rejections", ";".join(ids), "review", "rejected", reason)]
            append_log(data_dir, logged)
    return Decision(claim, tuple(ids), False, tuple(logged))


def require_author(author: str | None) -> str:
    """The editor's name, or NotAnEditorError before anything is read (the Review page's writes)."""
    if not (author or "").strip():
        raise NotAnEditorError("only an editor can write")
    return author.strip()


def _entry(at: str, author: str, table: str, row_id: str, field: str, after: str, reason: str) -> dict:
    return {"at": at, "who": author.strip(), "table": table, "row_id": row_id, "field": field, "before": "",
            "after": after, "reason": (reason or "")[:REASON_CHARS]}


def _write_checked(data_dir: Path, write) -> None:
    """Run `write`, then check the whole dataset; on a problem, put the files back as they were."""
    before = {n: (data_dir / n).read_bytes() if (data_dir / n).exists() else None for n in FILES}
    write()
    try:
        load_dataset(data_dir)
        read_rejections(data_dir)
    except DataError as e:
        for n, content in before.items():
            if content is None:
                (data_dir / n).unlink(missing_ok=True)
            else:
                (data_dir / n).write_bytes(content)
        raise DataError(list(e.problems) + [DataProblem("claims", None, "nothing was written")]) from None
