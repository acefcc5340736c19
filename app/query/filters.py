"""The one set of filters: what the user asked for, its URL form (read back, checked), and in words.

`parse_query_params` is pure: any input (unknown ids, malformed dates, script
tags, thousands of repeats) gives valid Filters plus notes saying what was
ignored, never an exception.
"""
from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace

from ..i18n import LANGS, t


@dataclass(frozen=True)
class Filters:
    """What the user asked for: the sidebar's state, and the URL's query string."""

    themes: tuple[str, ...] = ()
    actors: tuple[str, ...] = ()
    sources: tuple[str, ...] = ()
    date_from: dt.date | None = None
    date_to: dt.date | None = None
    q: str = ""
    lang: str = "fr"
    hide_unreviewed: bool = False   # leave out rows `loaders ingest` added that nobody checked yet

    def is_empty(self) -> bool:
        return self == Filters(lang=self.lang)

    def without_lang(self) -> "Filters":
        return replace(self, lang="fr")

    def to_query_params(self) -> dict[str, list[str] | str]:
        """The query string that reproduces this view (defaults left out)."""
        out: dict[str, list[str] | str] = {}
        for key, values in (("theme", self.themes), ("actor", self.actors), ("source", self.sources)):
            if values:
                out[key] = list(values)
        if self.date_from:
            out["from"] = self.date_from.isoformat()
        if self.date_to:
            out["to"] = self.date_to.isoformat()
        if self.q:
            out["q"] = self.q
        if self.lang != "fr":
            out["lang"] = self.lang
        if self.hide_unreviewed:
            out["unreviewed"] = "hide"
        return out


MAX_VALUES = 50        # repeated parameters beyond this are ignored
MAX_TEXT = 200         # longest free-text query kept
MAX_SHOWN = 40         # longest rejected value quoted back in a note


def _shown(value: str) -> str:
    value = value if len(value) <= MAX_SHOWN else value[:MAX_SHOWN] + "…"
    return repr(value)


def parse_query_params(params: Mapping[str, Sequence[str] | str], valid: Mapping[str, set[str]]
                       ) -> tuple[Filters, list[tuple[str, dict]]]:
    """Filters from a query string, and notes (message key, values) for what was ignored.

    `valid` holds the known ids for "theme", "actor" and "source".
    """
    def values(key: str) -> list[str]:
        raw = params.get(key, [])
        return [raw] if isinstance(raw, str) else [str(v) for v in raw]

    def first(key: str) -> str | None:
        """The value of a one-value parameter; a note when it is given more than once."""
        given = values(key)
        if len(given) > 1:
            notes.append(("filters.note_repeated", {"param": key, "n": len(given)}))
        return given[0] if given else None

    notes: list[tuple[str, dict]] = []
    lists: dict[str, tuple[str, ...]] = {}
    for key in ("theme", "actor", "source"):
        given = values(key)
        if len(given) > MAX_VALUES:
            notes.append(("filters.note_too_many", {"param": key, "n": len(given), "max": MAX_VALUES}))
            given = given[:MAX_VALUES]
        kept = tuple(dict.fromkeys(v for v in given if v in valid[key]))
        unknown = [v for v in dict.fromkeys(given) if v not in valid[key]]
        if unknown:
            notes.append(("filters.note_unknown", {"param": key,
                                                   "values": ", ".join(_shown(v) for v in unknown[:5])}))
        lists[key] = kept
    dates: dict[str, dt.date | None] = {}
    for key in ("from", "to"):
        given = first(key)
        dates[key] = None
        if given is not None:
            try:
                dates[key] = dt.date.fromisoformat(given)
            except ValueError:
                notes.append(("filters.note_bad_date", {"param": key, "value": _shown(given)}))
    if dates["from"] and dates["to"] and dates["from"] > dates["to"]:
        notes.append(("filters.note_swapped", {}))
        dates["from"], dates["to"] = dates["to"], dates["from"]
    q = (first("q") or "").strip()
    if len(q) > MAX_TEXT:
        notes.append(("filters.note_long_text", {"max": MAX_TEXT}))
        q = q[:MAX_TEXT]
    lang = first("lang")
    lang = "fr" if lang is None else lang
    if lang not in LANGS:
        notes.append(("filters.note_unknown", {"param": "lang", "values": _shown(lang)}))
        lang = "fr"
    unreviewed = first("unreviewed")
    if unreviewed not in (None, "show", "hide"):
        notes.append(("filters.note_unknown", {"param": "unreviewed", "values": _shown(unreviewed)}))
    return Filters(themes=lists["theme"], actors=lists["actor"], sources=lists["source"],
                   date_from=dates["from"], date_to=dates["to"], q=q, lang=lang,
                   hide_unreviewed=unreviewed == "hide"), notes


def describe_filters(f: Filters, labels: Mapping[str, Mapping[str, str]]) -> list[str]:
    """The filters in words, one line each (for the Excel export's filter sheet and summaries)."""
    from ..fmt import format_partial_date
    lines, lang = [], f.lang
    line = lambda key, values: t("filters.described", lang, name=t(f"filters.{key}", lang), values=values)  # noqa: E731
    for key, values in (("theme", f.themes), ("actor", f.actors), ("source", f.sources)):
        if values:
            lines.append(line(key, ", ".join(labels.get(key, {}).get(v, v) for v in values)))
    if f.date_from or f.date_to:
        ends = [format_partial_date(d, "day", lang) if d else "…" for d in (f.date_from, f.date_to)]
        lines.append(line("dates", " → ".join(ends)))
    if f.q:
        lines.append(line("search", f.q))
    if f.hide_unreviewed:
        lines.append(t("filters.hide_unreviewed", f.lang))
    return lines or [t("filters.none", f.lang)]
