"""How the query layer holds big tables so a filter change stays fast at a million rows.

- `read_frame`: a parquet table as a DataFrame whose repetitive text columns (labels, titles,
  themes, units) are pandas categories with sorted categories (so sorting by them still sorts
  by text): a label repeated a million times is held once. Ids stay plain text, because pages
  map and fill them, which a category would refuse.
- `SearchIndex`: per searched column, each row's code into its distinct values, folded once
  (lowercase, no accents). A search folds the query, matches the distinct values (a few
  thousand, or one per row for ids) and maps the hits back to rows through the codes.
- `ListIndex`: a list column (a proposal's actors) flattened once, so "any of these actors"
  is one `isin` over the flattened values instead of a Python call per row.
"""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import numpy as np
import pandas as pd
import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.parquet as pq

from loaders.french.text import fold  # one folding rule for the loaders and the query layer

PLAIN_TEXT = ("raw", "url", "document")   # text that rarely repeats: categories would not pay


def fold_values(values: pa.Array) -> pa.Array:
    """`fold` of every value: ASCII text is only lowercased (the same result, in C), the rest in Python."""
    values = values.cast(pa.string())
    lowered = pc.ascii_lower(values)
    other = pc.invert(pc.string_is_ascii(values)).fill_null(False)
    if not pc.any(other).as_py():
        return lowered
    rest = values.filter(other).to_pylist()
    return pc.replace_with_mask(lowered, other, pa.array(_fold_many(rest), pa.string()))


def _fold_many(texts: list[str]) -> list[str]:
    """`fold` of many texts at once: `fold` works character by character (NFKD, marks dropped,
    casefold), so one translation table of the characters present folds them all in C."""
    joined = "\0".join(texts)
    if joined.count("\0") != len(texts) - 1:   # a text holds the separator itself: one by one
        return [fold(t) for t in texts]
    table = {ord(c): fold(c) for c in set(joined)}
    return joined.translate(table).split("\0") if texts else []


def _may_repeat(field: pa.Field) -> bool:
    return (pa.types.is_string(field.type) or pa.types.is_large_string(field.type)) and not (
        field.name.endswith("_id") or field.name in PLAIN_TEXT)


def as_category(series: pd.Series) -> pd.Series:
    """`series` as a category with sorted categories when its values repeat (at most one distinct
    value for two rows), else as plain text."""
    if not isinstance(series.dtype, pd.CategoricalDtype):
        codes, uniques = pd.factorize(series, sort=True)
        if len(uniques) * 2 > len(series):
            return series
        return pd.Series(pd.Categorical.from_codes(codes, categories=pd.Index(uniques, dtype="str")),
                         index=series.index, name=series.name)
    categories = series.cat.categories
    if len(categories) * 2 > len(series):
        return series.astype("str")
    if not categories.is_monotonic_increasing:
        series = series.cat.reorder_categories(categories.sort_values())
    return series


def use_lean_memory_pool() -> None:
    """Have Arrow allocate with jemalloc and hand freed memory back to the system at once.

    Reading a million rows goes through large temporary buffers; Arrow's default pool keeps
    them, so the process's peak stayed ~200 MB higher (at 1M figures: 715 MB against 521 MB
    for the load alone, same time). Process-wide, which is what the dashboard's process wants.
    """
    try:
        pa.set_memory_pool(pa.jemalloc_memory_pool())
        pa.jemalloc_set_decay_ms(0)
    except (NotImplementedError, pa.ArrowNotImplementedError):   # a pyarrow built without jemalloc
        pass


def read_frame(path: Path) -> pd.DataFrame:
    """The parquet table at `path` as a DataFrame, repetitive text columns held as categories."""
    schema = pq.read_schema(path)
    texts = [f.name for f in schema if _may_repeat(f)]
    table = pq.read_table(path, read_dictionary=texts)
    # Text kept as Arrow strings comes in one chunk per row group; taking rows from ten chunks
    # made Arrow rebuild the column each time (a few rows of one source: 19 ms a column; a
    # theme's figures: 3-7 times slower). One chunk per column, made one column at a time.
    for i, field in enumerate(table.schema):
        if pa.types.is_string(field.type) or pa.types.is_large_string(field.type):
            if table.column(i).num_chunks > 1:
                table = table.set_column(i, field, pa.chunked_array([table.column(i).combine_chunks()]))
    df = table.to_pandas()
    del table
    for name in texts:
        df[name] = as_category(df[name])
    return df


@dataclass
class SearchIndex:
    """Folded distinct values of the searched columns, and each row's code into them (-1: empty)."""

    columns: list[tuple[np.ndarray, pa.Array]]

    @classmethod
    def build(cls, df: pd.DataFrame, names: list[str]) -> "SearchIndex":
        columns = []
        for name in names:
            s = df[name]
            if isinstance(s.dtype, pd.CategoricalDtype):
                codes, uniques = s.cat.codes.to_numpy(), s.cat.categories
            elif name.endswith("_id") and s.notna().all():   # an id: one value per row, no need to hash
                codes, uniques = np.arange(len(s)), s
            else:
                codes, uniques = pd.factorize(s)
            columns.append((codes.astype(np.int32), fold_values(pa.array(np.asarray(uniques, dtype=object),
                                                                         pa.string()))))
        return cls(columns)

    def matches(self, q: str, rows: int) -> np.ndarray:
        """Rows where `q` (folded) appears within one of the columns."""
        needle = fold(q)
        keep = np.zeros(rows, dtype=bool)
        for codes, folded in self.columns:
            hit = pc.match_substring(folded, needle).to_numpy(zero_copy_only=False)
            keep |= np.append(hit, False)[codes]   # code -1 (no value) picks the final False
        return keep


@dataclass
class ListIndex:
    """A list column flattened: every item, and the position of the row it belongs to."""

    items: pd.Series
    rows: np.ndarray
    size: int

    @classmethod
    def build(cls, column: pd.Series) -> "ListIndex":
        flat = column.reset_index(drop=True).explode()
        present = flat.notna().to_numpy()
        return cls(flat[present].astype("str").reset_index(drop=True),
                   flat.index.to_numpy()[present].astype(np.int64), len(column))

    def any_of(self, wanted) -> np.ndarray:
        """Rows whose list holds at least one of `wanted`."""
        keep = np.zeros(self.size, dtype=bool)
        keep[self.rows[self.items.isin(list(wanted)).to_numpy()]] = True
        return keep
