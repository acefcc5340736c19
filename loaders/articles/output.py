"""How `loaders extract` prints what it found: one JSON object per line, or an aligned table."""
from __future__ import annotations

from loaders.articles.extract import Found

FORMATS = ("jsonl", "table")


def _detail(found: Found) -> str:
    i = found.item
    if i.kind in ("actor", "programme"):
        return f"{i.name} [{i.actor_id}]" if i.actor_id else f"{i.name} [unknown]"
    if i.kind == "theme":
        return f"{i.value} ({i.name})"
    if i.kind == "date":
        span = f"{i.value} .. {i.value_high}" if i.value_high else f"{i.value}"
        return f"{span} ({i.precision})" if i.precision else span
    value = f"{i.value:g}" if isinstance(i.value, float) else str(i.value)
    if i.value_high is not None:
        value += f" .. {i.value_high:g}" if isinstance(i.value_high, float) else f" .. {i.value_high}"
    unit = (f"{i.currency}, inferred" if i.inferred else i.currency) or i.unit or ""
    bound = f" ({i.bound})" if i.bound and i.bound != "exact" else ""
    return f"{value} {unit}{bound}".strip()


def table_lines(file: str, found: list[Found]) -> list[str]:
    """A heading naming the file, then one aligned row per item: kind, offsets, text, reading."""
    lines = [f"== {file}: {len(found)} item(s)"]
    for f in found:
        text = " ".join(f.item.text.split())
        text = text if len(text) <= 40 else text[:39] + "…"
        lines.append(f"  {f.item.kind:<8} {f.item.start:>7}-{f.item.end:<7} {text:<40}  {_detail(f)}")
    return lines
