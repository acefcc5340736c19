"""The grouping files of data/: claims.csv, claim_reports.csv and claim_rejections.csv.

Accepting or rejecting appends rows (a person may edit the files by hand as well); the files are
read back through the loaders' own validation before anything is written, so a bad grouping is
refused with the same messages as `loaders check`.
"""
from __future__ import annotations

import csv
import datetime as dt
from pathlib import Path

from ..errors import DataError, DataProblem
from ..records import read_csv_rows
from ..schema import csv_columns

REJECTIONS = "claim_rejections.csv"
REJECTION_COLUMNS = ["figure_ids", "reason", "rejected"]


def read_rejections(data_dir: Path) -> list[tuple[str, ...]]:
    """The figure sets people said are not one claim (each pair inside one is never suggested again)."""
    path = Path(data_dir) / REJECTIONS
    if not path.exists():
        return []
    rows, problems = read_csv_rows(path, REJECTION_COLUMNS, ["figure_ids", "reason"])
    for r in rows:
        if not r.values["reason"].strip():
            problems.append(DataProblem(r.file, r.line, "reason: say why the figures are not one claim"))
    if problems:
        raise DataError(problems)
    return [tuple(x.strip() for x in r.values["figure_ids"].split(";") if x.strip()) for r in rows]


def append_rows(path: Path, columns: list[str], rows: list[dict]) -> None:
    """Add rows to a CSV file (created with its header when absent), keeping every row already there."""
    new = not path.exists() or path.stat().st_size == 0
    if not new and not path.read_bytes().endswith(b"\n"):
        with open(path, "a", encoding="utf-8", newline="") as fh:
            fh.write("\n")
    with open(path, "a", encoding="utf-8", newline="") as fh:
        w = csv.DictWriter(fh, fieldnames=columns, lineterminator="\n")
        if new:
            w.writeheader()
        w.writerows(rows)


def write_acceptance(data_dir: Path, claim: dict | None, reports: list[dict]) -> None:
    """Append a new claim (when `claim` is given) and its reports."""
    if claim is not None:
        append_rows(Path(data_dir) / "claims.csv", csv_columns("claims"), [claim])
    append_rows(Path(data_dir) / "claim_reports.csv", csv_columns("claim_reports"), reports)


def write_rejection(data_dir: Path, figure_ids: list[str], reason: str) -> None:
    append_rows(Path(data_dir) / REJECTIONS, REJECTION_COLUMNS,
                [{"figure_ids": ";".join(figure_ids), "reason": reason,
                  "rejected": dt.date.today().isoformat()}])
