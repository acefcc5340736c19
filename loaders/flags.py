"""Readers' flags on a figure ("Signaler une erreur"): appended to data/flags.csv for the editors' queue.

A flag is the only thing a reader writes, and it never touches the dataset: plain text (control
characters removed, at most FLAG_CHARS), the figure's id (which must exist) and the time. How often
one session may flag is the page's business (app/figure_detail.py); here, what is written.
"""
from __future__ import annotations

import csv
import re
from pathlib import Path

from .changes import _lock, append_csv, now_utc, read_rows

FLAGS = "flags.csv"
FLAG_COLUMNS = ["at", "figure_id", "text"]
FLAG_CHARS = 1000
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f]")


def clean_flag(text: str) -> str:
    """The flag's text as kept: no control characters, trimmed, at most FLAG_CHARS; ValueError if empty."""
    kept = _CONTROL.sub(" ", text or "").strip()[:FLAG_CHARS].strip()
    if not kept:
        raise ValueError("empty flag")
    return kept


def add_flag(data_dir: Path, figure_id: str, text: str) -> dict[str, str]:
    """Append one flag on `figure_id`; ValueError when the text is empty or the figure unknown."""
    data_dir = Path(data_dir)
    row = {"at": now_utc(), "figure_id": figure_id, "text": clean_flag(text)}
    if figure_id not in {r["figure_id"] for r in read_rows(data_dir, "figures")}:
        raise ValueError(f"unknown figure {figure_id!r}")
    with _lock(data_dir):
        append_csv(data_dir / FLAGS, FLAG_COLUMNS, [row])
    return row


def read_flags(data_dir: Path) -> list[dict[str, str]]:
    """Every flag, oldest first (none when the file does not exist)."""
    path = Path(data_dir) / FLAGS
    if not path.exists():
        return []
    with open(path, newline="", encoding="utf-8") as fh:
        return list(csv.DictReader(fh))
