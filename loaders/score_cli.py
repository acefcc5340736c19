"""`python -m loaders score DIR` and `score-seeds`: how well find_quantities reads annotated texts."""
from __future__ import annotations

import sys
from pathlib import Path

import click

from .errors import DataError
from .gold_texts import score_folder, score_seeds
from .paths import DATA_DIR, PROJECT
from .scoring import format_scores

_SHARED = PROJECT.parent / "shared"  # CI lays shared/ beside the clone


def _show(scores, verbose: bool) -> None:
    click.echo(format_scores(scores))
    if not verbose:
        return
    for s in scores.values():
        for m in s.misses:
            click.echo(f"  missed {s.kind}: {m}")
        for p in s.false_alarms:
            click.echo(f"  false {s.kind}: {p.get('file', '')} {p['start']}-{p['end']} {p['text']!r} "
                       f"value={p.get('value')} high={p.get('value_high')}")


verbose_option = click.option("--verbose", "-v", is_flag=True, help="List every miss and false alarm.")


@click.command(help="Score the money, percentages, counts and dates found in DIR/NAME.txt against the "
                    "gold items of DIR/NAME.json; print gold, predicted, true positives, P, R, F1 per kind.")
@click.argument("folder", type=click.Path(exists=True, file_okay=False, path_type=Path))
@click.option("--published-from-json", is_flag=True,
              help='Resolve year-less dates with the "published" date of each NAME.json '
                   "(otherwise only a dateline in the text is used).")
@verbose_option
def score(folder: Path, published_from_json: bool, verbose: bool) -> None:
    try:
        scores = score_folder(folder, published_from_json)
    except DataError as e:
        click.echo(str(e), err=True)
        sys.exit(1)
    _show(scores, verbose)


@click.command("score-seeds", help="Recall of the seeds' gold figures and dates (shared/gold) as found "
                                   "in shared/seeds, with publication dates from data/sources.csv.")
@click.option("--shared", type=click.Path(file_okay=False, path_type=Path), default=_SHARED,
              show_default="../shared", help="Folder holding seeds/ and gold/.")
@click.option("--sources", type=click.Path(dir_okay=False, path_type=Path), default=DATA_DIR / "sources.csv",
              show_default="data/sources.csv", help="Curated sources, whose `published` and `document` are used.")
@verbose_option
def score_seeds_command(shared: Path, sources: Path, verbose: bool) -> None:
    if not (shared / "gold").is_dir() or not (shared / "seeds").is_dir():
        click.echo(f"{shared}: expected seeds/ and gold/ folders", err=True)
        sys.exit(1)
    try:
        scores = score_seeds(shared, sources)
    except (DataError, OSError) as e:
        click.echo(str(e), err=True)
        sys.exit(1)
    click.echo("seeds (gold not exhaustive: only recall means something; pred = found)")
    _show(scores, verbose)
