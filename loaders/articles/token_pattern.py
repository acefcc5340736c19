"""spaCy's French token pattern, compiled in a tenth of a second instead of four.

spaCy's French tokenizer keeps words such as "faux-semblant" or "entr'ouvert" whole with one
regular expression of 1.4 MB: some 800 alternatives, nearly every one ending on the same
character classes of all lowercase letters (thousands of code points each). Python compiles every
copy of a class on its own, under case folding: about 4 s at each start of a process that imports
French (`loaders extract`, the Import page's first extraction), a fifth of a 1,000-file run.

`prime()` rewrites the pattern with the alternatives that share a tail grouped in front of it once
("^a-sexualis[a-z…]+$|^binge-watch[a-z…]+$" becomes "^(?:a-sexualis|binge-watch)[a-z…]+$"),
which matches exactly the same strings (the tokenizer only asks whether a string matches), and
puts the compiled result in Python's cache of compiled patterns under the original's text, where
spaCy's `re.compile` of that text finds it. Nothing else changes: if the pattern has another
shape, or a later Python keeps its cache elsewhere, spaCy compiles the original as before, only
slower. tests/test_token_pattern.py checks that both match the same words.
"""
from __future__ import annotations

import re
from functools import cache
from pathlib import Path

# One piece of a pattern: an escape, a character class, a bracket or bar, or a run of anything else.
_PIECE = re.compile(r"\\.|\[\^?\]?(?:\\.|[^\]\\])*\]|[()|]|[^\\\[\]()|]+", re.DOTALL)
# What an alternative ends on, shared by many: character classes (with their repeat) up to "$".
_CLASS_TAIL = re.compile(r"(?:\[\^?\]?(?:\\.|[^\]\\])*\][*+?]?)+\$\Z")
_FLAGS = re.compile(r"\(\?[a-zA-Z]+\)")


def _top_level(body: str) -> list[str] | None:
    """`body` cut at its bars outside any group, or None if its brackets do not balance."""
    parts, depth, start = [], 0, 0
    for piece in _PIECE.finditer(body):
        text = piece.group()
        if text == "(":
            depth += 1
        elif text == ")":
            depth -= 1
            if depth < 0:
                return None
        elif text == "|" and depth == 0:
            parts.append(body[start:piece.start()])
            start = piece.end()
    if depth:
        return None
    parts.append(body[start:])
    return parts


def factored(pattern: str) -> str | None:
    """`pattern` with the alternatives that end on the same classes sharing one copy of them; None
    if it is not a flat alternation of groups (then it is left as it is)."""
    flags = _FLAGS.match(pattern)
    prefix = flags.group() if flags else ""
    alternatives = _top_level(pattern[len(prefix):])
    if not alternatives or len(alternatives) < 2:
        return None
    heads: dict[str, list[str]] = {}   # tail -> heads, in the order first seen; "" holds the others
    for alternative in alternatives:
        inner = alternative[3:-1] if alternative.startswith("(?:") and alternative.endswith(")") else None
        parts = _top_level(inner) if inner is not None else None
        tail = _CLASS_TAIL.search(inner) if parts is not None and len(parts) == 1 else None
        if tail is None or tail.start() not in {p.start() for p in _PIECE.finditer(inner)} \
                or _top_level(inner[:tail.start()]) is None:
            heads.setdefault("", []).append(alternative)
        else:
            heads.setdefault(tail.group(), []).append(inner[:tail.start()])
    grouped = [f"(?:(?:{'|'.join(h)}){tail})" if tail else "|".join(h) for tail, h in heads.items()]
    return prefix + "|".join(grouped)


def _model_token_pattern(model: str) -> str | None:
    """The token pattern saved with the installed model (what its tokenizer compiles on load)."""
    import srsly
    from spacy.util import get_package_path

    try:
        package = get_package_path(model)
        meta = srsly.read_json(package / "meta.json")
        data = srsly.read_msgpack(Path(package) / f"{meta['lang']}_{meta['name']}-{meta['version']}" / "tokenizer")
    except (ImportError, OSError, KeyError, ValueError):
        return None   # the model is missing: loading it says so, with the fix
    pattern = data.get("token_match")
    return pattern if isinstance(pattern, str) else None


@cache
def prime(model: str) -> bool:
    """Put the factored pattern in Python's cache under the text of `model`'s token pattern, before
    spaCy's French (and the model) compile it. True if it is there; once per process."""
    cached = getattr(re, "_cache", None)
    pattern = _model_token_pattern(model)
    shorter = factored(pattern) if pattern else None
    if not isinstance(cached, dict) or shorter is None:
        return False
    cached[type(pattern), pattern, 0] = re.compile(shorter)
    return True
