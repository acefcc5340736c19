"""`python -m loaders claims suggest|accept|reject`: reviewing groupings of figures into claims.

`suggest` prints each proposed grouping with its score and reasons; `accept` writes it to
data/claims.csv and data/claim_reports.csv, `reject` to data/claim_rejections.csv (never proposed
again). Nothing is written unless the whole dataset, the new rows included, still passes
`loaders check`.
"""
from __future__ import annotations

import sys
from pathlib import Path

import click

from ..build import load_dataset
from ..errors import DataError
from ..paths import DATA_DIR
from ..schema import STANCES
from .link import report_date
from .store import read_rejections, write_acceptance, write_rejection
from .suggest import suggest

data_option = click.option(
    "--data", "data_dir", type=click.Path(file_okay=False, path_type=Path), default=DATA_DIR,
    show_default="data/", help="Folder of curated CSV files.")


def _fail(problems) -> None:
    for p in problems:
        click.echo(str(p), err=True)
    sys.exit(1)


def _dataset_and_suggestions(data_dir: Path):
    try:
        dataset = load_dataset(data_dir)
        return dataset, suggest(dataset.tables["figures"], read_rejections(data_dir))
    except DataError as e:
        _fail(e.problems)


def _figure_ids(items: tuple[str, ...], dataset, suggestions) -> tuple[list[str], str | None]:
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
            _fail([f"{item}: neither a current suggestion nor a figure id"])
    return list(dict.fromkeys(ids)), claim


@click.group(help="Group figures that report one number into claims: suggest, then accept or reject.")
def claims() -> None:
    pass


@claims.command(help="Print suggested groupings, best first, each with its score and reasons.")
@data_option
@click.option("--limit", type=int, default=None, help="Print at most this many suggestions.")
def suggest_command(data_dir: Path, limit: int | None) -> None:
    dataset, suggestions = _dataset_and_suggestions(data_dir)
    figures = {f.figure_id: f for f in dataset.tables["figures"]}
    sources = {s.source_id: s for s in dataset.tables["sources"]}
    for s in suggestions[:limit]:
        joins = f", joins claim {s.claim_id}" if s.claim_id else ""
        click.echo(f"{s.suggestion_id}  score {s.score:.2f}{joins}")
        for fid in s.figure_ids:
            f = figures[fid]
            click.echo(f"    {fid}  [{sources[f.source_id].publisher}, {sources[f.source_id].published or '?'}]"
                       f"  {f.raw!r}  {f.label_fr}")
        for reason in s.reasons:
            click.echo(f"      - {reason}")
    click.echo(f"{len(suggestions)} suggestion(s)")


suggest_command.name = "suggest"


@claims.command(help="Accept a suggestion (or figure ids) as a new claim, or add it to an existing one.")
@click.argument("items", nargs=-1, required=True)
@click.option("--claim", "claim_id", required=False, help="The claim's id (new, or existing to add reports).")
@click.option("--label-fr", help="What the claim states, in our words (new claim).")
@click.option("--label-en", help="The same in English (new claim).")
@click.option("--origin", "origin_source_id", help="Primary source; default: the earliest report's source.")
@click.option("--actor", "origin_actor_id", help="Who made the claim; default: the origin figure's actor.")
@click.option("--stance", "stances", multiple=True, metavar="FIGURE=STANCE",
              help=f"A figure's stance other than reports ({', '.join(STANCES[1:])}).")
@click.option("--note", default="", help="How the grouping was decided.")
@data_option
def accept(items, claim_id, label_fr, label_en, origin_source_id, origin_actor_id, stances, note, data_dir):
    dataset, suggestions = _dataset_and_suggestions(data_dir)
    ids, joined = _figure_ids(items, dataset, suggestions)
    claim_id = claim_id or joined
    if not claim_id:
        _fail(["--claim: give the claim's id"])
    existing = {c.claim_id for c in dataset.tables["claims"]}
    stance_of = {}
    for s in stances:
        fid, _, stance = s.partition("=")
        if fid not in ids or stance not in STANCES:
            _fail([f"--stance {s}: expected FIGURE=STANCE with a figure of this grouping and one of "
                   f"{', '.join(STANCES)}"])
        stance_of[fid] = stance
    claim = None
    if claim_id not in existing:
        if not (label_fr and label_en):
            _fail(["--label-fr and --label-en: a new claim needs its label in both languages"])
        figures = [f for f in dataset.tables["figures"] if f.figure_id in ids]
        published = {s.source_id: (s.published,) for s in dataset.tables["sources"]}
        first = min(figures, key=lambda f: (report_date(f, published) is None,
                                            report_date(f, published) or f.date or 0, f.figure_id))
        claim = {"claim_id": claim_id, "label_fr": label_fr, "label_en": label_en,
                 "origin_source_id": origin_source_id or first.source_id,
                 "origin_actor_id": origin_actor_id or first.actor_id or "", "note": note, "review": ""}
    reports = [{"figure_id": fid, "claim_id": claim_id, "stance": stance_of.get(fid, "reports")} for fid in ids]
    _write_checked(data_dir, lambda: write_acceptance(data_dir, claim, reports))
    click.echo(f"claim {claim_id}: {len(reports)} report(s) added")


@claims.command(help="Reject a suggestion (or figure ids): these figures are never suggested together again.")
@click.argument("items", nargs=-1, required=True)
@click.option("--reason", required=True, help="Why they are not one claim.")
@data_option
def reject(items, reason, data_dir):
    dataset, suggestions = _dataset_and_suggestions(data_dir)
    ids, claim = _figure_ids(items, dataset, suggestions)
    if claim:   # a figure refused for a claim: pair it with the claim's figures, so it is not proposed again
        ids += [f.figure_id for f in dataset.tables["figures"] if f.claim_id == claim]
    _write_checked(data_dir, lambda: write_rejection(data_dir, ids, reason))
    click.echo(f"rejected: {', '.join(ids)}")


def _write_checked(data_dir: Path, write) -> None:
    """Run `write`, then check the whole dataset; on a problem, put the files back as they were."""
    names = ("claims.csv", "claim_reports.csv", "claim_rejections.csv")
    before = {n: (data_dir / n).read_bytes() if (data_dir / n).exists() else None for n in names}
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
        _fail(list(e.problems) + ["nothing was written"])
