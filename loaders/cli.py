"""`python -m loaders`: build and check the tables from the curated data; the article commands
(extract, ingest, score, score-seeds) are declared in loaders.articles.cli and registered here."""
from __future__ import annotations

import sys
from pathlib import Path

import click

from .articles.cli import extract, ingest, score, score_seeds_command
from .build import build_from, load_dataset
from .claims.cli import claims
from .errors import DataError
from .paths import BUILD_DIR, DATA_DIR
from .schema import markdown_schema, replace_schema_section

data_option = click.option(
    "--data", "data_dir", type=click.Path(file_okay=False, path_type=Path), default=DATA_DIR,
    show_default="data/", help="Folder of curated CSV files (one per table).")


def _summary(dataset) -> None:
    for name, n in dataset.counts().items():
        click.echo(f"  {name:<10} {n:>6} rows")
    for w in dataset.warnings:
        click.echo(f"  warning: {w}")
    click.echo(f"  dataset version {dataset.version}, {len(dataset.warnings)} warning(s)")


def _load(data_dir: Path):
    try:
        return load_dataset(data_dir)
    except DataError as e:
        for p in e.problems:
            click.echo(str(p), err=True)
        click.echo(f"{len(e.problems)} problem(s) found; nothing was written.", err=True)
        sys.exit(1)


@click.group(help="Build the dashboard's parquet tables from the curated records in data/.")
def cli() -> None:
    pass


@cli.command(help="Validate data/ and write the tables (the previous build is kept until the new one is complete).")
@data_option
@click.option("--out", "out_dir", type=click.Path(file_okay=False, path_type=Path), default=BUILD_DIR,
              show_default="data/build/", help="Build folder; the tables land in OUT/current/.")
def build(data_dir: Path, out_dir: Path) -> None:
    try:   # read, validate and publish under one lock: an Import save cannot land in between
        dataset, final = build_from(data_dir, out_dir)
    except DataError as e:
        for p in e.problems:
            click.echo(str(p), err=True)
        click.echo(f"{len(e.problems)} problem(s) found; nothing was written.", err=True)
        sys.exit(1)
    click.echo(f"Built {final}")
    _summary(dataset)


@cli.command(help="Validate data/ without writing anything; exit 1 with one line per problem.")
@data_option
def check(data_dir: Path) -> None:
    dataset = _load(data_dir)
    click.echo(f"{data_dir}: valid")
    _summary(dataset)


@cli.command(help="Print every table's columns, types and descriptions as Markdown; "
                   "with --readme FILE, rewrite the part of FILE between the schema markers.")
@click.option("--readme", type=click.Path(dir_okay=False, path_type=Path), default=None,
              help="Markdown file with <!-- schema:start --> and <!-- schema:end --> markers.")
def schema(readme: Path | None) -> None:
    if readme is None:
        click.echo(markdown_schema())
        return
    text = readme.read_text(encoding="utf-8")
    try:
        updated = replace_schema_section(text, markdown_schema())
    except ValueError as e:
        click.echo(f"{readme}: {e}", err=True)
        sys.exit(1)
    readme.write_text(updated, encoding="utf-8")
    click.echo(f"{readme}: schema section updated")


# The article commands (reading new articles, scoring how well they are read) and the claims' review.
for command in (extract, ingest, score, score_seeds_command, claims):
    cli.add_command(command)
