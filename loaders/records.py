"""Reading the curated CSV files of `data/`: rows with their line numbers, nothing lost."""
from __future__ import annotations

import csv
from dataclasses import dataclass
from pathlib import Path

from .errors import DataProblem


@dataclass(frozen=True)
class CsvRow:
    """One record of a CSV file: its values by column and the line it starts on."""

    file: str
    line: int
    values: dict[str, str]


def read_csv_rows(path: Path, columns: list[str], required: list[str], label: str | None = None
                  ) -> tuple[list[CsvRow], list[DataProblem]]:
    """Rows of a CSV file whose header must hold `columns` (any order, `required` ones present).

    A row with the wrong number of fields, a missing or unknown column, or text
    that is not UTF-8 becomes a problem naming the file and line; the other rows
    are still returned so that every problem is reported in one run.
    """
    label = label or str(path)
    problems: list[DataProblem] = []
    try:
        text = path.read_text(encoding="utf-8-sig")
    except UnicodeDecodeError as e:
        line = path.read_bytes()[: e.start].count(b"\n") + 1
        return [], [DataProblem(label, line, f"not UTF-8 text ({e.reason} at byte {e.start})")]
    reader = csv.reader(text.splitlines(keepends=True), strict=True)
    rows: list[CsvRow] = []
    try:
        header = next(reader, None)
    except csv.Error as e:
        return [], [DataProblem(label, 1, f"unreadable header: {e}")]
    if not header:
        return [], [DataProblem(label, 1, "empty file: expected a header row")]
    header = [h.strip() for h in header]
    unknown = [h for h in header if h not in columns]
    missing = [c for c in required if c not in header]
    dupes = sorted({h for h in header if header.count(h) > 1})
    for what, names in (("unknown column", unknown), ("missing column", missing),
                        ("repeated column", dupes)):
        if names:
            problems.append(DataProblem(label, 1, f"{what}{'s' if len(names) > 1 else ''}: "
                                                  + ", ".join(names)
                                                  + f" (expected: {', '.join(columns)})"))
    if problems:
        return [], problems
    end_of_previous = reader.line_num
    while True:
        try:
            fields = next(reader)
        except StopIteration:
            break
        except csv.Error as e:
            problems.append(DataProblem(label, end_of_previous + 1, f"malformed CSV: {e}"))
            break
        line = end_of_previous + 1
        end_of_previous = reader.line_num
        if not fields or all(not f.strip() for f in fields):
            continue
        if len(fields) != len(header):
            problems.append(DataProblem(
                label, line, f"expected {len(header)} fields, found {len(fields)}"))
            continue
        rows.append(CsvRow(label, line, dict(zip(header, fields))))
    return rows, problems
