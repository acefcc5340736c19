"""One curated table read through the loaders' own parsing and validation, for tools that need only it."""
from __future__ import annotations

from pathlib import Path

from .errors import DataError, DataProblem
from .normalise import normalise_row
from .records import read_csv_rows
from .schema import Row, csv_columns, required_csv_columns


def read_table(data_dir: Path, table: str) -> list[Row]:
    """The validated rows of `data_dir/<table>.csv`; DataError listing every problem found.

    Only tables that need no other table to normalise (actors, themes, levers) can be
    read alone; figures need the rates and sources that `load_dataset` reads first.
    """
    path = Path(data_dir) / f"{table}.csv"
    if not path.exists():
        raise DataError([DataProblem(str(path), None, "missing file")])
    csv_rows, problems = read_csv_rows(path, csv_columns(table), required_csv_columns(table))
    rows = []
    for csv_row in csv_rows:
        row, found = normalise_row(table, csv_row, [], {})
        problems += found
        if row is not None:
            rows.append(row)
    if problems:
        raise DataError(problems)
    return rows
