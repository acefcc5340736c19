"""What every export says about itself: the filters applied, the dataset's version, when it was built and
exported, its licence and how to cite it. Written into the Excel `about` sheet, the Parquet file's
metadata and the Data Package's `datapackage.json`, from this one place.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from ..fmt import format_partial_date
from ..i18n import t
from ..query import Filters, Tables, actor_names, describe_filters, theme_labels

# The dataset's licence, as a Data Package licence ({"name": an Open Definition id, "path": its
# address, "title": its name}). None: the project has not chosen one yet, and every export says so
# rather than guessing; set it here and the Excel sheet, the Parquet metadata and datapackage.json state it.
LICENCE: dict[str, str] | None = None


@dataclass(frozen=True)
class About:
    """An export's description, its texts in the export's language."""

    lang: str
    title: str
    filters: tuple[str, ...]     # one line per filter, "Aucun filtre" when none
    version: str
    built: str                   # "22 novembre 2026, 23:06 UTC"
    built_at: str | None         # the build's stamp, ISO 8601 (None when unknown)
    exported: str                # the export's day, in words
    exported_on: dt.date
    licence: str                 # in words: the licence's title, or that none is chosen
    citation: str


def built_at(stamp: str | None, lang: str) -> str:
    """'20261122T230649360224' (the build's UTC stamp) -> '22 novembre 2026, 23:06 UTC'."""
    when = _stamp(stamp)
    if when is None:
        return stamp or t("common.unknown", lang)
    return f"{format_partial_date(when.date(), 'day', lang)}, {when:%H:%M} UTC"


def _stamp(stamp: str | None) -> dt.datetime | None:
    try:
        return dt.datetime.strptime(stamp or "", "%Y%m%dT%H%M%S%f").replace(tzinfo=dt.timezone.utc)
    except ValueError:
        return None


def export_about(tables: Tables, f: Filters, today: dt.date | None = None) -> About:
    """What an export of `tables` under `f` says about itself, in `f.lang`."""
    lang = f.lang
    labels = {"theme": theme_labels(tables, lang), "actor": actor_names(tables),
              "source": dict(zip(tables.sources["source_id"], tables.sources["title"]))}
    today = today or dt.date.today()
    today_text = format_partial_date(today, "day", lang)
    stamp = tables.manifest.get("built_at")
    built = built_at(stamp, lang)
    when = _stamp(stamp)
    title = t("app.title", lang)
    licence = (LICENCE.get("title") or LICENCE.get("name") or LICENCE.get("path")) if LICENCE else None
    return About(
        lang=lang, title=title, filters=tuple(describe_filters(f, labels)), version=tables.version,
        built=built, built_at=when.isoformat() if when else None, exported=today_text, exported_on=today,
        licence=licence or t("export.licence_none", lang),
        citation=t("export.cite_text", lang, title=title, version=tables.version, built=built, today=today_text))


def about_rows(tables: Tables, f: Filters, today: dt.date | None = None) -> list[tuple[str, str]]:
    """(field, value) rows of the Excel export's first sheet: what, which filters, which data, how to cite."""
    about, lang = export_about(tables, f, today), f.lang
    return [
        (t("export.about_title", lang), about.title),
        (t("export.about_filters", lang), "\n".join(about.filters)),
        (t("export.about_version", lang), about.version),
        (t("export.about_built", lang), about.built),
        (t("export.about_exported", lang), about.exported),
        (t("export.about_themes", lang), t("export.about_themes_text", lang)),
        (t("export.about_licence", lang), about.licence),
        (t("export.about_cite", lang), about.citation),
    ]


def about_metadata(about: About) -> dict[str, str]:
    """The description as a file's key-value metadata (Parquet): plain keys, text values."""
    return {
        "title": about.title,
        "filters": "\n".join(about.filters),
        "dataset_version": about.version,
        "built": about.built,
        "exported": about.exported_on.isoformat(),
        "licence": about.licence,
        "citation": about.citation,
        "language": about.lang,
    }
