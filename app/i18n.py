"""Every word the interface shows, French first, English second, from one catalogue."""
from __future__ import annotations

import tomllib
from functools import lru_cache
from pathlib import Path

LANGS = ("fr", "en")
DEFAULT_LANG = "fr"
CATALOGUE = Path(__file__).with_name("messages.toml")


@lru_cache(maxsize=1)
def catalogue() -> dict[str, dict[str, str]]:
    """{"section.key": {"fr": ..., "en": ...}} read from messages.toml."""
    data = tomllib.loads(CATALOGUE.read_text(encoding="utf-8"))
    flat: dict[str, dict[str, str]] = {}
    for section, entries in data.items():
        for key, texts in entries.items():
            flat[f"{section}.{key}"] = texts
    return flat


def t(key: str, lang: str = DEFAULT_LANG, **values) -> str:
    """The text of `key` in `lang`, with {placeholders} filled: t("overview.title", "en")."""
    texts = catalogue()[key]
    text = texts.get(lang) or texts[DEFAULT_LANG]
    return text.format(**values) if values else text
