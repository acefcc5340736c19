"""The Parquet export: the table as it is (types and lists kept), each column described as in the schema,
and the export's description (filters, version, licence, how to cite) in the file's key-value metadata."""
from __future__ import annotations

import io

import pandas as pd
import pyarrow as pa
import pyarrow.parquet as pq

from loaders.schema import TABLES

from .about import About, about_metadata
from .cells import clean_frame

ADDED = {"theme_label": "Theme label, in the export's language"}   # columns the export adds to a table


def column_descriptions(table: str | None) -> dict[str, str]:
    """Each column's description: the schema's for `table`'s fields, and the export's own columns."""
    fields = TABLES[table][0].model_fields if table in TABLES else {}
    return {**{name: f.description or "" for name, f in fields.items()}, **ADDED}


def to_parquet_bytes(df: pd.DataFrame, table: str | None = None, about: About | None = None) -> bytes:
    """Parquet of the table as it is (types and lists kept), without helper columns; with `table`, each
    column's description from the schema in its field metadata ("description"); with `about`, the
    export's description in the file's metadata ("filters", "dataset_version", "licence", "citation"...)."""
    data = pa.Table.from_pandas(clean_frame(df), preserve_index=False)
    described = column_descriptions(table)
    metadata = {**(data.schema.metadata or {}),
                **{key.encode(): value.encode() for key, value in (about_metadata(about) if about else {}).items()}}
    schema = pa.schema([f.with_metadata({"description": described[f.name]}) if f.name in described else f
                        for f in data.schema], metadata=metadata)
    buffer = io.BytesIO()
    pq.write_table(pa.Table.from_arrays(data.columns, schema=schema), buffer)
    return buffer.getvalue()
