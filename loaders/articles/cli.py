"""The article commands of `python -m loaders`: `extract` and `ingest` (items found in new articles,
printed or added as candidates), `score` and `score-seeds` (how well find_quantities reads annotated texts).

The spaCy model is loaded only when a command extracts (loaders.articles.actors.load_pipeline), so
`loaders build` and every `--help` stay fast.
"""
from __future__ import annotations

import datetime as dt
import sys
from pathlib import Path
from typing import Callable

import click

from loaders.articles.documents import MAX_BYTES, MAX_CHARS, expand_paths, shown
from loaders.articles.extract import FileResult, extract_paths
from loaders.articles.gold import score_folder, score_seeds
from loaders.articles.ingest import MAX_CANDIDATES, SourceInfo, apply_plan, plan_rows
from loaders.articles.output import FORMATS, table_lines
from loaders.articles.resume import ResumableRun
from loaders.articles.scoring import format_scores
from loaders.curated import read_table
from loaders.errors import DataError
from loaders.french.dates import parse_partial_date
from loaders.paths import DATA_DIR, PROJECT
from loaders.schema import SOURCE_KINDS

PROGRESS_FROM = 5   # a progress bar only when there are more files than this


def resumable_run(out_dir: Path, settings: dict) -> ResumableRun:
    """The run writing into `out_dir` (loaders.articles.resume); exits with a message if it cannot."""
    try:
        return ResumableRun(out_dir, settings)
    except DataError as e:
        for p in e.problems:
            click.echo(str(p), err=True)
        sys.exit(1)


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
language_option = click.option("--language", default="fr", show_default=True,
                               help="ISO 639-1 language of the files: en reads English amounts "
                                    "('$109bn', '€2.5 billion'); any other, French.")
workers_option = click.option("--workers", type=click.IntRange(min=1), default=None,
                              help="Processes, forked once the model is loaded; default 2 from 32 files, else 1.")


def run_extraction(files: tuple[str, ...], published, data_dir: Path, workers: int | None,
                   on_result: Callable[[FileResult], None], language: str | None = None,
                   todo: Callable[[list[Path]], list[Path]] | None = None, address: str | None = None,
                   as_lines: bool = False) -> list[str]:
    """Extract every file (those `todo` keeps, if given), handing each readable one to `on_result`;
    the problems, each already reported on stderr, are returned. A broken actors or themes table
    exits with its problems."""
    paths, problems = expand_paths(list(files))
    paths = todo(paths) if todo else paths
    failures = [str(p) for p in problems]
    for message in failures:
        click.echo(message, err=True)
    if not paths:
        return failures
    from tqdm import tqdm   # only the commands need it
    with tqdm(total=len(paths), unit="file", file=sys.stderr,
              disable=len(paths) <= PROGRESS_FROM) as bar:
        try:
            for result in extract_paths(paths, published, data_dir, workers, language, address, as_lines):
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
@language_option
@click.option("--out", "out_dir", type=click.Path(file_okay=False, path_type=Path),
              help="Write each file's items to OUT/items/ (JSON lines) and list it in OUT/manifest.jsonl "
                   "instead of printing them; a rerun with the same OUT skips the files already done.")
def extract(files, published, fmt: str, data_dir: Path, workers, language: str, out_dir: Path | None) -> None:
    def show(result: FileResult) -> None:
        if fmt == "jsonl":
            if result.lines:
                click.echo(result.lines.decode("utf-8"), nl=False)
            return
        click.echo("\n".join(table_lines(str(result.path), result.found)))

    run = resumable_run(out_dir, {"published": published, "language": language,
                                  "data": data_dir.resolve()}) if out_dir else None
    try:
        failures = run_extraction(files, published, data_dir, workers, run.save if run else show, language,
                                  run.todo if run else None, as_lines=fmt == "jsonl" or run is not None)
    finally:
        if run:
            run.close()
    if run:
        click.echo(run.summary(), err=True)
    if failures:
        click.echo(f"{len(failures)} file(s) could not be read.", err=True)
        sys.exit(1)


def _partial_date(ctx, param, value: str | None):
    if value is None:
        return None
    try:
        parse_partial_date(value)
    except ValueError as e:
        raise click.BadParameter(str(e)) from None
    return value


@click.command(help="Extract FILES and add each as a source in data/, its amounts, shares and counts "
                    "as candidate figures (review = candidate) and the known actors it names as "
                    "mentions. Nothing is written for a file whose rows would break the build.")
@files_argument
@click.option("--publisher", required=True, help="Outlet or organisation that published the files.")
@click.option("--title", help="Title (one file only) [default: the HTML title, else the first line].")
@click.option("--published", callback=_partial_date, metavar="YYYY[-MM[-DD]]",
              help="Publication date; also resolves relative dates in the text.")
@click.option("--kind", type=click.Choice(SOURCE_KINDS), default="article",
              show_default=True, help="Kind of document.")
@click.option("--language", default="fr", show_default=True,
              help="ISO 639-1 language: en reads English amounts ('$109bn'); any other, French.")
@click.option("--url", help="Address of the original (one file only); a Canadian publication's address "
              "makes its bare dollars Canadian.")
@data_option
@workers_option
def ingest(files, publisher, title, published, kind, language, url, data_dir: Path, workers) -> None:
    if (title or url) and (len(files) > 1 or Path(files[0]).is_dir()):
        raise click.UsageError("--title and --url describe one file: give a single FILE")
    info = SourceInfo(publisher, title, published, kind, language, url)
    try:
        themes = [t.theme_id for t in read_table(data_dir, "themes")]
    except DataError as e:
        for p in e.problems:
            click.echo(str(p), err=True)
        sys.exit(1)
    not_written: list[str] = []

    def add(result: FileResult) -> None:
        plan = plan_rows(result, info, themes)
        try:
            added = apply_plan(plan, data_dir)
        except DataError as e:
            not_written.append(str(result.path))
            for p in e.problems:
                click.echo(f"{shown(result.path)}: not added: {p}", err=True)
            return
        for reason in plan.skipped:
            click.echo(f"{shown(result.path)}: figure left out: {reason}", err=True)
        if plan.capped:
            click.echo(f"{shown(result.path)}: {plan.capped} more figure(s) left out: at most "
                       f"{MAX_CANDIDATES} candidates per file", err=True)
        sid = plan.rows["sources"][0]["source_id"]
        click.echo(f"{shown(result.path)}: source {sid}, {added.get('figures', 0)} candidate figure(s), "
                   f"{added.get('mentions', 0)} known actor(s); {plan.unknown_actors} unknown actor "
                   "name(s) not added (add them to actors.csv to link them)")

    start = parse_partial_date(published).start if published else None
    failures = run_extraction(files, start, data_dir, workers, add, language, address=url) + not_written
    if failures:
        click.echo(f"{len(failures)} file(s) not added.", err=True)
        sys.exit(1)


# --- scoring
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
