"""Exports of the filtered tables, built only when the user asks (the download buttons call them lazily).

`FORMATS` is the registry the Export page loops over: a format is a name, the catalogue key of its
button, a MIME type, a file extension and a builder; adding one is adding an entry here (and its
button's words in messages.toml). Each format's writer is a module: csv_file, excel_file, parquet_file;
cells.py holds what the spreadsheet formats share (helper columns out, lists joined, formulas defused).
"""
from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from ..i18n import t
from ..query import Filters, Tables, export_table, export_tables
from .cells import FORMULA_STARTS, LIST_JOIN, clean_frame, defuse, export_frame
from .csv_file import to_csv_bytes
from .excel_file import about_rows, about_sources, to_excel_bytes, write_about
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


def workbook(tables: Tables, f: Filters, name: str | None = None) -> bytes:
    """The Excel file: every exported table, after a first sheet on the filters, version and sources."""
    frames = export_tables(tables, f)
    return to_excel_bytes(frames, about_rows(tables, f), sources=about_sources(frames["sources"], f.lang),
                          header=(t("export.about_field", f.lang), t("export.about_value", f.lang)))


FORMATS = (
    ExportFormat("xlsx", "export.download_excel", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                 "xlsx", "📗", True, workbook),
    ExportFormat("csv", "export.download_csv", "text/csv", "csv", "📄", False,
                 lambda tables, f, name: to_csv_bytes(export_table(tables, f, name))),
    ExportFormat("parquet", "export.download_parquet", "application/vnd.apache.parquet", "parquet", "🧱", False,
                 lambda tables, f, name: to_parquet_bytes(export_table(tables, f, name), name)),
)

__all__ = ["FORMATS", "FORMULA_STARTS", "LIST_JOIN", "ExportFormat", "about_rows", "about_sources", "clean_frame",
           "defuse", "export_frame", "to_csv_bytes", "to_excel_bytes", "to_parquet_bytes", "workbook",
           "write_about"]
