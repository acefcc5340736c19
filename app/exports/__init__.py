"""Exports of the filtered tables, built only when the user asks (the download buttons call them lazily).

`FORMATS` is the registry the Export page loops over: a format is a name, the catalogue key of its
button, a MIME type, a file extension and a builder; adding one is adding an entry here (and its
button's words in messages.toml). Each format's writer is a module: csv_file, excel_file, parquet_file,
datapackage_file; cells.py holds what the spreadsheet formats share (helper columns out, lists joined,
formulas defused), about.py what every file says about itself (filters, version, licence, citation).
"""
from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from ..i18n import t
from ..query import Filters, Tables, export_table, export_tables
from .about import LICENCE, About, about_metadata, about_rows, export_about
from .cells import FORMULA_STARTS, LIST_JOIN, clean_frame, defuse, export_frame
from .csv_file import to_csv_bytes
from .datapackage_file import package_descriptor, to_datapackage_bytes
from .excel_file import about_sources, to_excel_bytes, write_about
from .parquet_file import to_parquet_bytes


@dataclass(frozen=True)
class ExportFormat:
    """One kind of file the Export page offers."""

    name: str
    label_key: str        # the button's words in the catalogue
    mime: str
    extension: str
    icon: str
    whole: bool           # one file of every table (a workbook), else one file per table
    build: Callable       # (tables, filters, table name or None) -> bytes
    title_key: str = ""   # a whole file's heading and help on the Export page
    help_key: str = ""


def workbook(tables: Tables, f: Filters, name: str | None = None) -> bytes:
    """The Excel file: every exported table, after a first sheet on the filters, version and sources."""
    frames = export_tables(tables, f)
    return to_excel_bytes(frames, about_rows(tables, f), sources=about_sources(frames["sources"], f.lang),
                          header=(t("export.about_field", f.lang), t("export.about_value", f.lang)))


def data_package(tables: Tables, f: Filters, name: str | None = None) -> bytes:
    """The Frictionless Data Package: every exported table as CSV and `datapackage.json` describing them."""
    return to_datapackage_bytes(export_tables(tables, f), export_about(tables, f))


def parquet_table(tables: Tables, f: Filters, name: str) -> bytes:
    """One table as Parquet, its columns described and the export's description in its metadata."""
    return to_parquet_bytes(export_table(tables, f, name), name, export_about(tables, f))


FORMATS = (
    ExportFormat("xlsx", "export.download_excel", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                 "xlsx", "📗", True, workbook, "export.excel", "export.excel_help"),
    ExportFormat("datapackage", "export.download_package", "application/zip", "zip", "📦", True, data_package,
                 "export.package", "export.package_help"),
    ExportFormat("csv", "export.download_csv", "text/csv", "csv", "📄", False,
                 lambda tables, f, name: to_csv_bytes(export_table(tables, f, name))),
    ExportFormat("parquet", "export.download_parquet", "application/vnd.apache.parquet", "parquet", "🧱", False,
                 parquet_table),
)

__all__ = ["FORMATS", "FORMULA_STARTS", "LICENCE", "LIST_JOIN", "About", "ExportFormat", "about_metadata",
           "about_rows", "about_sources", "clean_frame", "data_package", "defuse", "export_about", "export_frame",
           "package_descriptor", "parquet_table", "to_csv_bytes", "to_datapackage_bytes", "to_excel_bytes",
           "to_parquet_bytes", "workbook", "write_about"]
