"""The loaders' one error type: a problem in a data file, with where it is."""
from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class DataProblem:
    """One problem, located: `data/figures.csv:12: raw: no amount found in 'dix'`."""

    file: str
    line: int | None
    message: str

    def __str__(self) -> str:
        where = f"{self.file}:{self.line}" if self.line else self.file
        return f"{where}: {self.message}"


class DataError(Exception):
    """Raised when the data cannot be built; carries every problem found, not just the first."""

    def __init__(self, problems: list[DataProblem]):
        self.problems = list(problems)
        super().__init__("\n".join(str(p) for p in self.problems))
