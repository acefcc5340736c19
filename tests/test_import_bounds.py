"""The Import page's work is bounded (loaders/articles/ingest): long texts are read in pieces with the
items at their true offsets, reading stops with a message past its time budget, and at most
MAX_CANDIDATES figures are proposed per document."""
from __future__ import annotations

from pathlib import Path

import pytest

from loaders.articles.documents import read_pasted
from loaders.articles.extract import FileResult, Found
from loaders.articles.ingest import (CHUNK_CHARS, MAX_CANDIDATES, SourceInfo, extract_document, plan_rows,
                                     shown_pieces, text_pieces)
from loaders.articles.quantities import Item
from loaders.errors import DataError

ARTICLE = ("Le ministère a confirmé mardi 3 juin 2025 une enveloppe de 1,5 milliard d'euros pour le cloud "
           "de confiance. Selon Numeum, 40 % des entreprises interrogées hésitent encore.\n\n")


@pytest.fixture(scope="module")
def extractor(shipped_extractor):
    return shipped_extractor   # loaded once for the whole run (tests/conftest.py)


def _kinds(found):
    return [(f.item.kind, f.item.text) for f in found]


def test_a_long_text_is_read_in_pieces_with_every_item_at_its_place(extractor):
    one = extract_document(extractor, read_pasted(ARTICLE), None)
    copies = CHUNK_CHARS * 5 // 2 // len(ARTICLE) + 1
    long = read_pasted(ARTICLE * copies)
    assert len(list(text_pieces(long.text))) == 3
    found = extract_document(extractor, long, None)
    assert _kinds(found) == _kinds(one) * copies               # each copy read like the article alone
    for f in found:                                             # offsets point into the whole text
        assert long.text[f.item.start:f.item.end] == f.item.text
        assert f.sentence_start <= f.item.start < f.item.end <= f.sentence_end


def test_reading_past_its_budget_stops_with_a_message(extractor):
    long = read_pasted("Un budget de 3 M€ en région. " * (CHUNK_CHARS // 20))
    with pytest.raises(DataError, match="reading stopped after 0 s at character"):
        extract_document(extractor, long, None, budget_s=0)
    assert extract_document(extractor, read_pasted(ARTICLE), None, budget_s=0)   # one piece: always read


def test_at_most_max_candidates_figures_are_proposed_and_the_rest_counted():
    text = "1 % " * 1000
    doc = read_pasted(text)
    found = [Found("t", Item(kind="percent", text="1 %", start=4 * i, end=4 * i + 3, value=1.0, unit="percent"),
                   0, len(text)) for i in range(1000)]
    found.append(Found("t", Item(kind="theme", text="cloud", start=0, end=1, value="ai"), 0, len(text)))
    plan = plan_rows(FileResult(Path("t"), doc, found), SourceInfo(publisher="p"), ["cloud", "ai"])
    assert len(plan.rows["figures"]) == MAX_CANDIDATES and plan.capped == 1000 - MAX_CANDIDATES
    assert {r["theme"] for r in plan.rows["figures"]} == {"ai"}   # the sentence's theme, for all
    assert [r["raw"] for r in plan.rows["figures"]] == ["1 %"] * MAX_CANDIDATES


def test_imports_are_read_one_at_a_time_and_a_long_wait_is_a_message():
    import threading

    from loaders.articles.ingest import BusyError, reading_turn
    inside, leave = threading.Event(), threading.Event()

    def reader():
        with reading_turn():
            inside.set()
            leave.wait(60)
    other = threading.Thread(target=reader)
    other.start()
    assert inside.wait(60)
    with pytest.raises(BusyError, match="other imports are being read"):
        with reading_turn(wait_s=0.1):
            pass
    leave.set()
    other.join(60)
    with reading_turn(wait_s=5):   # the turn is free again
        pass



def _percentages(n: int, gap: str = "1 % ") -> tuple[str, list[Found]]:
    text = gap * n
    return text, [Found("t", Item(kind="percent", text="1 %", start=len(gap) * i, end=len(gap) * i + 3, value=1.0,
                                  unit="percent"), 0, len(text)) for i in range(n)]


def test_the_highlighted_text_stops_after_so_many_items_and_says_what_is_left():
    text, found = _percentages(5000)
    shown, rest_chars, rest_items = shown_pieces(text, found, items=1000, chars=60_000)
    assert sum(1 for _, kind in shown if kind) == 1000 and rest_items == 4000
    joined = "".join(piece for piece, _ in shown)
    assert text.startswith(joined) and rest_chars == len(text) - len(joined)
    text, found = _percentages(500, gap="1 % et encore bien des mots. ")   # the characters' cap comes first
    shown, rest_chars, rest_items = shown_pieces(text, found, items=1000, chars=1_000)
    joined = "".join(piece for piece, _ in shown)
    assert len(joined) <= 1_000 and text.startswith(joined) and rest_chars == len(text) - len(joined)
    assert all(piece == "1 %" for piece, kind in shown if kind)            # never cut inside an item
    assert rest_items == 500 - sum(1 for _, kind in shown if kind)
    text, found = _percentages(20)                                          # a usual text: all of it
    shown, rest_chars, rest_items = shown_pieces(text, found)
    assert "".join(p for p, _ in shown) == text and (rest_chars, rest_items) == (0, 0)
