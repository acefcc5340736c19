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

from ..errors import DataError
from ..paths import DATA_DIR
from ..schema import STANCES
from .decide import accept_grouping, current_suggestions, reject_grouping

data_option = click.option(
    "--data", "data_dir", type=click.Path(file_okay=False, path_type=Path), default=DATA_DIR,
    show_default="data/", help="Folder of curated CSV files.")


def _fail(problems) -> None:
    for p in problems:
        click.echo(str(p), err=True)
    sys.exit(1)


def _dataset_and_suggestions(data_dir: Path):
    try:
        return current_suggestions(data_dir)
    except DataError as e:
        _fail(e.problems)


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
    stance_of = {}
    for s in stances:
        fid, _, stance = s.partition("=")
        stance_of[fid] = stance
    try:
        done = accept_grouping(data_dir, items, claim_id, label_fr, label_en, origin_source_id, origin_actor_id,
                               stance_of, note)
    except DataError as e:
        _fail(e.problems)
    click.echo(f"claim {done.claim_id}: {len(done.figure_ids)} report(s) added")


@claims.command(help="Reject a suggestion (or figure ids): these figures are never suggested together again.")
@click.argument("items", nargs=-1, required=True)
@click.option("--reason", required=True, help="Why they are not one claim.")
@data_option
def reject(items, reason, data_dir):
    try:
        done = reject_grouping(data_dir, items, reason)
    except DataError as e:
        _fail(e.problems)
    click.echo(f"rejected: {', '.join(done.figure_ids)}")
