"""spaCy's French token pattern, factored to compile fast, keeps the same words whole.

The tokenizer asks one thing of the pattern: does this string match? The factored pattern must
answer as the original does for every alternative's words (and near misses), and for every word of
our corpus and press passages; and the loaded pipeline must be using it.
"""
import re
import re._parser as sre_parse
from pathlib import Path

import pytest

from loaders.articles import token_pattern
from loaders.articles.actors import MODEL
from tests import press_set

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="module")
def patterns():
    original = token_pattern._model_token_pattern(MODEL)
    assert original, "the French model's token pattern could not be read"
    # re.UNICODE changes nothing ("(?iu)" already says it) but is another key in Python's cache: this
    # compiles the original itself, whatever was primed under its text.
    return re.compile(original, re.UNICODE), re.compile(token_pattern.factored(original))


def _sample(tree, pick) -> str:
    """One string the parsed pattern matches, taking `pick` (0 or -1) of each choice."""
    out = []
    for op, av in tree:
        name = str(op)
        if name == "LITERAL":
            out.append(chr(av))
        elif name == "IN":
            members = [m for m in av if str(m[0]) in ("LITERAL", "RANGE")]
            kind, value = members[pick]
            out.append(chr(value if str(kind) == "LITERAL" else value[0 if pick == 0 else 1]))
        elif name in ("MAX_REPEAT", "MIN_REPEAT"):
            low, high, sub = av
            out.append(_sample(sub, pick) * (max(low, 1) if pick == 0 else max(low, 2)))
        elif name == "SUBPATTERN":
            out.append(_sample(av[-1], pick))
        elif name == "BRANCH":
            out.append(_sample(av[1][pick], pick))
        elif name == "AT":
            continue
        else:
            raise AssertionError(f"unexpected {name} in the token pattern")
    return "".join(out)


def _alternative_words(original: str) -> set[str]:
    tree = sre_parse.parse(original)
    branches = [node for node in tree if str(node[0]) == "BRANCH"]
    assert branches, "the token pattern is not an alternation"
    words = set()
    for alternative in branches[0][1][1]:
        for pick in (0, -1):
            word = _sample(alternative, pick)
            words |= {word, word.upper(), word.capitalize(), word + "1", word[:-1], word[1:], "x" + word,
                      word.replace("-", " "), word + "'"}
    return words


def test_every_alternative_matches_the_same_words_factored(patterns):
    original, factored = patterns
    words = _alternative_words(original.pattern)
    assert len(words) > 4000
    matched = [w for w in words if original.match(w)]
    assert len(matched) > 1000                      # the samples do exercise the pattern
    assert [w for w in words if bool(original.match(w)) != bool(factored.match(w))] == []


def test_the_corpus_and_press_words_match_the_same_factored(patterns):
    original, factored = patterns
    texts = [p.read_text(encoding="utf-8") for p in (ROOT / "tests" / "corpus").rglob("*.txt")]
    texts += [p.text for name in dir(press_set) if name.startswith(("DEV", "HELD_OUT"))
              for p in getattr(press_set, name)]
    words = {w.strip(".,;:!?()«»\"") for text in texts for w in text.split()}
    assert len(words) > 8000
    assert any(original.match(w) for w in words)    # "c'est-à-dire"-like words are there
    assert [w for w in words if bool(original.match(w)) != bool(factored.match(w))] == []


def test_the_loaded_pipeline_tokenizes_with_the_factored_pattern(shipped_extractor):
    pattern = shipped_extractor.nlp.tokenizer.token_match.__self__.pattern
    assert pattern == token_pattern.factored(token_pattern._model_token_pattern(MODEL))
    doc = shipped_extractor.nlp.make_doc("Un faux-semblant, entr'ouvert, et la start-up à Aix-en-Provence.")
    assert "faux-semblant" in [t.text for t in doc]


def test_other_shapes_are_left_alone():
    assert token_pattern.factored("(?i)abc") is None          # no alternatives
    assert token_pattern.factored("(?:^a[b]$)") is None       # one alternative: nothing to share


def test_an_escaped_bracket_is_not_taken_for_a_class():
    pattern = r"(?:^a\[b]$)|(?:^c[b]$)|(?:^d[b]$)"
    shorter = token_pattern.factored(pattern)
    assert shorter.count("[b]$") == 2                        # "a\[b]" keeps its own tail
    words = ["ab", "a[b]", "cb", "db", "a[b", "c[b]", "abc", "d"]
    assert [bool(re.match(pattern, w)) for w in words] == [bool(re.match(shorter, w)) for w in words]
