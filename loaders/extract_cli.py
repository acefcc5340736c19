"""`python -m loaders extract` and `ingest`: items found in new articles, printed or added as candidates."""
from __future__ import annotations

import datetime as dt
import sys
from pathlib import Path
from typing import Callable

import click

from .documents import MAX_BYTES, MAX_CHARS, expand_paths
from .errors import DataError
from .extract import FileResult, extract_paths
from .extract_output import FORMATS, jsonl_line, table_lines
from .paths import DATA_DIR

PROGRESS_FROM = 5   # a progress bar only when there are more files than this


def _iso_date(ctx, param, value: str | None) -> dt.date | None:
    if value is None:
        return None
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise click.BadParameter(f"{value!r} is not a date like 2025-09-09") from None


files_argument = click.argument("files", nargs=-1, required=True)
published_option = click.option("--published", callback=_iso_date, metavar="YYYY-MM-DD",
                                help="Publication date: resolves 'mardi', 'le mois dernier', dates without a year.")
data_option = click.option("--data", "data_dir", type=click.Path(file_okay=False, path_type=Path),
                           default=DATA_DIR, show_default="data/",
                           help="Curated tables (actors and theme keywords are read from there).")
workers_option = click.option("--workers", type=click.IntRange(min=1), default=None,
                              help="Processes (each loads the model once); default 2 from 32 files, else 1.")


def run_extraction(files: tuple[str, ...], published, data_dir: Path, workers: int | None,
                   on_result: Callable[[FileResult], None]) -> list[str]:
    """Extract every file, handing each readable one to `on_result`; the problems, each already
    reported on stderr, are returned. A broken actors or themes table exits with its problems."""
    paths, problems = expand_paths(list(files))
    failures = [str(p) for p in problems]
    for message in failures:
        click.echo(message, err=True)
    if not paths:
        return failures
    from tqdm import tqdm   # only the commands need it
    with tqdm(total=len(paths), unit="file", file=sys.stderr,
              disable=len(paths) <= PROGRESS_FROM) as bar:
        try:
            for result in extract_paths(paths, published, data_dir, workers):
                bar.update(1)
                if result.problem:
                    failures.append(result.problem)
                    bar.write(result.problem, file=sys.stderr)
                else:
                    on_result(result)
        except DataError as e:
            bar.close()
            for p in e.problems:
                click.echo(str(p), err=True)
            sys.exit(1)
    return failures


@click.command(help="Print the money, percentages, counts, dates, actors and themes found in FILES "
                    "(.txt, .md, .html; folders and globs too), one item per line. "
                    f"Files over {MAX_BYTES // 1_000_000} MB or {MAX_CHARS:,} characters of text are "
                    "refused. Exit code 1 when any file could not be read.")
@files_argument
@published_option
@click.option("--format", "fmt", type=click.Choice(FORMATS), default="jsonl", show_default=True,
              help="jsonl: one JSON object per item; table: aligned columns for reading.")
@data_option
@workers_option
def extract(files, published, fmt: str, data_dir: Path, workers) -> None:
    def show(result: FileResult) -> None:
        if fmt == "jsonl":
            lines = [jsonl_line(found) for found in result.found]
        else:
            lines = table_lines(str(result.path), result.found)
        if lines:
            click.echo("\n".join(lines))

    failures = run_extraction(files, published, data_dir, workers, show)
    if failures:
        click.echo(f"{len(failures)} file(s) could not be read.", err=True)
        sys.exit(1)
