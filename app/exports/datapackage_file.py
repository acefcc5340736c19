"""The Data Package export (Frictionless Data, https://specs.frictionlessdata.io/): one zip holding each
filtered table as CSV (the CSV export's cells) and `datapackage.json`, which describes every column
(the schema's descriptions and types), the sources, the filters applied, the dataset's version, its
licence and how to cite it: the package explains itself to a person and to a program.
"""
from __future__ import annotations

import datetime as dt
import hashlib
import io
import json
import re
import types
import typing
import zipfile

import numpy as np
import pandas as pd
from pandas.api.types import infer_dtype

from loaders.schema import TABLES

from ..i18n import t
from .about import LICENCE, About
from .cells import clean_frame
from .csv_file import to_csv_bytes
from .parquet_file import column_descriptions

PROFILE = "tabular-data-package"
BOM = "\ufeff".encode("utf-8")


def field_type(series: pd.Series, annotation=None) -> dict:
    """A column's Table Schema type, as the CSV writer writes its cells and the schema declares it:
    floats are numbers, dates YYYY-MM-DD dates, a vocabulary (a `Literal`) text with its words as an
    enum constraint, lists (joined with ';') and the rest text."""
    dtype, declared = series.dtype, _declared(annotation)
    if isinstance(dtype, np.dtype):
        if dtype.kind == "f":      # an int of the schema held as float (missing values) is written "1.0"
            return {"type": "number"}
        if dtype.kind in "iu":
            return {"type": "integer"}
        if dtype.kind == "b":
            return {"type": "boolean"}
        if dtype.kind == "M":      # the CSV writes the date alone
            return {"type": "date"}
        if dtype == object and (declared is dt.date or infer_dtype(series, skipna=True) == "date"):
            return {"type": "date"}
    if typing.get_origin(declared) is typing.Literal:
        return {"type": "string", "constraints": {"enum": [str(word) for word in typing.get_args(declared)]}}
    return {"type": "string"}


def _declared(annotation):
    """`X | None` and `Optional[X]` -> X; anything else as it is."""
    args = typing.get_args(annotation)
    if args and type(None) in args and typing.get_origin(annotation) in (typing.Union, types.UnionType):
        rest = [a for a in args if a is not type(None)]
        return rest[0] if len(rest) == 1 else annotation
    return annotation


def table_schema(name: str, df: pd.DataFrame) -> dict:
    """A table's Table Schema: each column's name, type and description (the schema's), and its primary key."""
    described = column_descriptions(name)
    model = TABLES[name][0].model_fields if name in TABLES else {}
    fields = []
    for column in df.columns:
        field = {"name": column, **field_type(df[column], model[column].annotation if column in model else None)}
        if described.get(column):
            field["description"] = described[column]
        fields.append(field)
    schema: dict = {"fields": fields}
    key = TABLES[name][1] if name in TABLES else ()
    if key and all(column in df.columns for column in key):
        schema["primaryKey"] = list(key)
    return schema


def package_sources(sources: pd.DataFrame | None) -> list[dict]:
    """The exported sources as the package's `sources`: each one's title and address."""
    if sources is None or not len(sources):
        return []
    out = []
    for title, publisher, url in zip(sources["title"], sources["publisher"], sources["url"]):
        source = {"title": f"{title} ({publisher})" if isinstance(publisher, str) and publisher else str(title)}
        if isinstance(url, str) and url:
            source["path"] = url
        out.append(source)
    return out


def package_name(about: About) -> str:
    """The package's `name`: lower-case letters, digits, '-', '.', '_' (the spec's pattern)."""
    stem = t("export.file_stem", about.lang)
    return re.sub(r"[^a-z0-9._-]+", "-", f"{stem}-{about.version}".lower()).strip("-")


def package_descriptor(frames: dict[str, pd.DataFrame], files: dict[str, bytes], about: About) -> dict:
    """`datapackage.json`: the package's description, then one resource per table (`files[name]` its CSV)."""
    lang = about.lang
    description = " ".join([
        t("export.package_description", lang, title=about.title, filters="; ".join(about.filters)),
        t("export.licence_line", lang, licence=about.licence),
        about.citation,
    ])
    descriptor: dict = {
        "profile": PROFILE,
        "name": package_name(about),
        "title": about.title,
        "description": description,
        "version": about.version,
        "created": dt.datetime.now(dt.timezone.utc).replace(microsecond=0).isoformat(),
    }
    if LICENCE:
        descriptor["licenses"] = [dict(LICENCE)]
    descriptor["sources"] = package_sources(frames.get("sources"))
    # The export's own description, as the Excel sheet and the Parquet metadata carry it.
    descriptor.update({"language": lang, "filters": list(about.filters), "built": about.built_at,
                       "exported": about.exported_on.isoformat(), "licence": about.licence,
                       "citation": about.citation})
    descriptor["resources"] = [{
        "name": name,
        "title": t(f"export.table_{name}", lang),
        "description": t(f"export.about_table_{name}", lang),
        "path": f"data/{name}.csv",
        "profile": "tabular-data-resource",
        "format": "csv",
        "mediatype": "text/csv",
        "encoding": "utf-8",
        "bytes": len(files[name]),
        "hash": "sha256:" + hashlib.sha256(files[name]).hexdigest(),
        "schema": table_schema(name, clean_frame(frames[name])),
    } for name in frames]
    return descriptor


def to_datapackage_bytes(frames: dict[str, pd.DataFrame], about: About) -> bytes:
    """The zip: `datapackage.json` first, then `data/NAME.csv` for each table (UTF-8 without the
    byte-order mark the CSV download carries for Excel: the package is read by programs first)."""
    files = {name: _without_bom(to_csv_bytes(df)) for name, df in frames.items()}
    descriptor = package_descriptor(frames, files, about)
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("datapackage.json", json.dumps(descriptor, ensure_ascii=False, indent=2) + "\n")
        for name, data in files.items():
            archive.writestr(f"data/{name}.csv", data)
    return buffer.getvalue()


def _without_bom(data: bytes) -> bytes:
    return data[len(BOM):] if data.startswith(BOM) else data
