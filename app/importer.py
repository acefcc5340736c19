"""The Import page's work, outside Streamlit: extract a document, propose candidate rows, save them.

The spaCy pipeline behind extraction is loaded once per process (`extractor`, cached by the
page with st.cache_resource). Saving goes through `loaders.ingest.apply_plan` (nothing is written
unless the whole dataset still builds) and then a normal build, so the new rows reach every page.
"""
from __future__ import annotations

import datetime as dt
from pathlib import Path

from loaders.build import load_dataset, write_build
from loaders.documents import Document
from loaders.extract import Extractor, FileResult, Found
from loaders.ingest import IngestPlan, SourceInfo, plan_rows

# Columns of a candidate figure the reviewer may change on the page; the rest come from extraction.
EDITABLE = ("raw", "label_fr", "label_en", "theme", "actor_id", "period", "status")
COLOURS = {"money": "green", "percent": "blue", "count": "violet", "date": "orange", "actor": "red",
           "theme": "gray"}


def extract(extractor: Extractor, document: Document, published: dt.date | None) -> list[Found]:
    """Every item found in `document`, each with its sentence."""
    return next(iter(extractor.extract_documents([document], published)))[1]


def propose(document: Document, found: list[Found], info: SourceInfo, theme_ids: list[str]) -> IngestPlan:
    """The candidate rows (a source, its figures, its mentions) the page shows for review."""
    return plan_rows(FileResult(Path(document.path.name), document, found), info, theme_ids)


def save(plan: IngestPlan, kept_figures: list[dict], data_dir: Path, build_root: Path) -> dict[str, int]:
    """Append the source and the figures the reviewer kept (as corrected), then rebuild the tables.

    Raises DataError (nothing written, previous build kept) when the rows would break the dataset.
    """
    from loaders.ingest import apply_plan

    by_id = {row["figure_id"]: row for row in plan.rows["figures"]}
    plan.rows["figures"] = [{**by_id[row["figure_id"]], **{k: row[k] for k in EDITABLE if k in row}}
                            for row in kept_figures if row["figure_id"] in by_id]
    added = apply_plan(plan, data_dir)
    write_build(load_dataset(data_dir), build_root)
    return added


def marked_pieces(text: str, found: list[Found]) -> list[tuple[str, str | None]]:
    """`text` cut into (piece, kind or None): the items found, without overlaps, in order."""
    pieces, at = [], 0
    for f in sorted(found, key=lambda f: (f.item.start, -(f.item.end - f.item.start))):
        start, end = f.item.start, f.item.end
        if start < at or f.item.kind == "theme" and any(
                g.item.kind != "theme" and g.item.start < end and start < g.item.end for g in found):
            continue   # overlaps an item already marked (a theme word inside an actor's name...)
        if start > at:
            pieces.append((text[at:start], None))
        pieces.append((text[start:end], f.item.kind))
        at = end
    if at < len(text):
        pieces.append((text[at:], None))
    return pieces
