"""The query layer and the exports timed alone, without Streamlit: load, filter-and-aggregate, files."""
from __future__ import annotations

import statistics
import time
from pathlib import Path

from app.exports import about_rows, to_csv_bytes, to_excel_bytes
from app.query import (Filters, Tables, actor_mentions, counts, export_tables, filter_events,
                       filter_figures, filter_proposals, filter_sources, headline_figures, load_tables)

EXPORT_ROWS = 50_000
# What a filter change asks of the query layer; the pages call these (some several times).
STEPS = {"filter_figures": filter_figures, "filter_proposals": filter_proposals,
         "filter_events": filter_events, "filter_sources": filter_sources, "counts": counts,
         "headline_figures": headline_figures, "actor_mentions": actor_mentions,
         "export_tables": export_tables}


def _seconds(fn, *args) -> float:
    start = time.perf_counter()
    fn(*args)
    return time.perf_counter() - start


def themes_by_size(tables: Tables) -> list[str]:
    """Theme ids, the one with the most figures first: filter changes are timed on the largest."""
    return list(tables.figures["theme"].astype(object).value_counts().index)


def time_load(root: Path) -> tuple[Tables, float]:
    start = time.perf_counter()
    tables = load_tables(root)
    return tables, time.perf_counter() - start


def time_steps(tables: Tables, themes: list[str]) -> dict[str, float]:
    """Median seconds of each query step over one filter change per theme in `themes`.

    Each step is timed from scratch: the masks and results the query layer keeps per filters
    (Tables.forget) are dropped first, or a step would be timed on what the one before computed.
    """
    times: dict[str, list[float]] = {name: [] for name in STEPS}
    for theme in themes:
        f = Filters(themes=(theme,))
        for name, fn in STEPS.items():
            tables.forget()
            times[name].append(_seconds(fn, tables, f))
    return {name: statistics.median(xs) for name, xs in times.items()}


def time_exports(tables: Tables, repeat: int) -> dict[str, float | int]:
    """CSV (median of `repeat`) and Excel (once) of the first 50,000 figures the filters keep."""
    f = Filters()
    rows = filter_figures(tables, f).head(EXPORT_ROWS)
    csv_s = statistics.median(_seconds(to_csv_bytes, rows) for _ in range(repeat))
    size = len(to_csv_bytes(rows))
    about = about_rows(tables, f)
    start = time.perf_counter()
    xlsx = to_excel_bytes({"figures": rows}, about)
    return {"rows": len(rows), "csv_s": csv_s, "csv_bytes": size,
            "excel_s": time.perf_counter() - start, "excel_bytes": len(xlsx)}
