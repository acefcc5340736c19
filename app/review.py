"""The Review page's work, outside Streamlit: the queue read from data/, edits made of the editor's
changes, the save (conflicts checked, logged, rebuilt), and a row's history from the `changes` table.

The queue is read from the curated CSVs, not from the built tables: the values an editor sees are
the ones their save is checked against (`loaders.changes.Edit.before`), and rejected rows, which
the build leaves out, can be listed and taken back.
"""
from __future__ import annotations

from pathlib import Path

import pandas as pd
import pyarrow.parquet as pq

from loaders.build import load_dataset, tables_dir, write_build
from loaders.changes import Edit, apply_edits, key_column, read_rows, shown

# What an editor sees and may correct of each table's rows, after the id.
COLUMNS = {   # the first is the one the page opens on
    "figures": ["raw", "label_fr", "label_en", "theme", "actor_id", "date", "period", "status"],
    "sources": ["title", "publisher", "published", "kind", "url"],
    "proposals": ["title_fr", "title_en", "theme", "lever", "kind", "date", "status"],
    "events": ["name", "name_en", "kind", "start", "end", "place"],
}
STATUSES = ("candidate", "rejected", "accepted")
DECISIONS = {"accept": "accepted", "reject": "rejected"}


def queue(data_dir: Path, table: str, status: str = "candidate", q: str = "") -> pd.DataFrame:
    """The rows of `table` whose review is `status` and whose text holds `q`: id, columns, review."""
    key = key_column(table)
    columns = [key, *COLUMNS[table], "review"]
    rows = [{c: row.get(c, "") for c in columns} for row in read_rows(data_dir, table)]
    frame = pd.DataFrame(rows, columns=columns, dtype="object").fillna("")
    frame["review"] = [shown(table, "review", v) for v in frame["review"]]
    kept = frame["review"] == status
    if q.strip():
        needle = q.strip().casefold()
        kept &= frame[columns[:-1]].apply(lambda col: col.str.casefold().str.contains(needle, regex=False)).any(axis=1)
    return frame[kept].reset_index(drop=True)


def edits_from(table: str, seen: pd.DataFrame, edited: pd.DataFrame, decision: str | None = None,
               picked: list[str] = ()) -> list[Edit]:
    """The cells the editor changed in the grid, then, with a decision, the picked rows' review.

    `seen` is the queue as it was read (what the save is checked against); `edited` the grid's
    frame. Rows are matched by id, never by position.
    """
    key = key_column(table)
    before = seen.set_index(key)
    edits = []
    for row in edited.to_dict("records"):
        row_id = row[key]
        if row_id not in before.index:
            continue
        for column in COLUMNS[table]:
            old, new = str(before.at[row_id, column] or ""), _text(row.get(column))
            if new != old:
                edits.append(Edit(table, row_id, column, old, new))
    for row_id in picked if decision else ():
        if row_id in before.index:
            edits.append(Edit(table, row_id, "review", str(before.at[row_id, "review"]), DECISIONS[decision]))
    return edits


def _text(value) -> str:
    if value is None or (isinstance(value, float) and pd.isna(value)):
        return ""
    return str(value).strip()


def save(edits: list[Edit], author: str, reason: str, data_dir: Path, build_root: Path) -> list[dict]:
    """Write the edits (loaders.changes.apply_edits: checked, logged), then rebuild; the log lines written.

    Raises what apply_edits raises (NotAnEditorError, ConflictError, DataError), nothing written then.
    """
    entries = apply_edits(data_dir, edits, author, reason)
    if entries:
        write_build(load_dataset(data_dir), build_root)
    return entries


def history(build_root: Path, table: str, row_id: str) -> pd.DataFrame:
    """A row's changes in the published `changes` table, latest first (empty when none or no log)."""
    path = tables_dir(build_root) / "changes.parquet"
    columns = ["at", "who", "field", "before", "after", "reason"]
    if not path.exists():
        return pd.DataFrame(columns=columns)
    found = pq.read_table(path, filters=[("table", "=", table), ("row_id", "=", row_id)]).to_pandas()
    return found[columns].iloc[::-1].reset_index(drop=True)


# --- claims: the suggester's groupings of figures, accepted or rejected as `loaders claims` does ---

def claim_queue(data_dir: Path) -> list[dict]:
    """The groupings `loaders claims suggest` proposes now, best first (rejected ones never come back):
    suggestion_id, score, reasons, the claim it would join, and its figures (id, raw, labels, source's
    publisher and date)."""
    from loaders.claims.decide import current_suggestions
    dataset, suggestions = current_suggestions(data_dir)
    figures = {f.figure_id: f for f in dataset.tables["figures"]}
    sources = {s.source_id: s for s in dataset.tables["sources"]}
    return [{"suggestion_id": s.suggestion_id, "score": s.score, "reasons": list(s.reasons), "claim_id": s.claim_id,
             "figures": [{"figure_id": i, "raw": figures[i].raw, "label_fr": figures[i].label_fr,
                          "label_en": figures[i].label_en, "publisher": sources[figures[i].source_id].publisher,
                          "published": sources[figures[i].source_id].published} for i in s.figure_ids]}
            for s in suggestions]


def accept_claim(data_dir: Path, build_root: Path, suggestion_id: str, author: str, reason: str = "",
                 claim_id: str = "", label_fr: str = "", label_en: str = ""):
    """Accept one suggestion as claim `claim_id` (new: with its labels) or into the claim it joins,
    logged under `author`, then rebuild. NotAnEditorError without an author; DataError, nothing written."""
    from loaders.claims.decide import accept_grouping, require_author
    who = require_author(author)
    done = accept_grouping(data_dir, [suggestion_id], claim_id or None, label_fr, label_en, author=who,
                           reason=reason)
    write_build(load_dataset(data_dir), build_root)
    return done


def reject_claim(data_dir: Path, build_root: Path, suggestion_id: str, author: str, reason: str):
    """Reject one suggestion (never proposed again), logged under `author`, then rebuild."""
    from loaders.claims.decide import reject_grouping, require_author
    who = require_author(author)
    done = reject_grouping(data_dir, [suggestion_id], reason, author=who)
    write_build(load_dataset(data_dir), build_root)
    return done
