"""Property-based tests (hypothesis) over the parsers and the exports: any text gives a value or the
documented error, and what we write the French way reads back.

test_amounts.py already checks that parse_amounts raises nothing but AmountError on any text and
reads back numbers formatted by babel with scale words; here: parse_amount (one amount), money as
babel and the dashboard print it, ISO partial dates, text items, export cells, uploads, and
extraction over the largest upload the Import page takes.
"""
from __future__ import annotations

import calendar
import csv
import datetime as dt
import io
import math
import time
from pathlib import PurePosixPath
from decimal import ROUND_HALF_EVEN, Decimal

import openpyxl
import pandas as pd
import pytest
from babel.numbers import format_currency, format_percent
from hypothesis import assume, example, given, settings
from hypothesis import strategies as st

from app.exports import FORMULA_STARTS, to_csv_bytes, to_excel_bytes
from app.fmt import format_money
from loaders.french.amounts import AmountError, parse_amount
from loaders.french.dates import format_partial_date, parse_partial_date
from loaders.articles.documents import Document
from loaders.articles.documents import MAX_UPLOAD_CHARS, read_upload
from loaders.articles.quantities import find_quantities
from loaders.errors import DataError
from loaders.french.text_dates import find_dates

SYMBOL_CURRENCIES = ["EUR", "USD", "GBP", "JPY"]   # the ones the dashboard prints as a symbol
PRECISIONS = ["day", "month", "year"]


# --- amounts -------------------------------------------------------------------------------------
@settings(max_examples=300)
@given(st.text(), st.sampled_from([None, "EUR", "USD"]))
def test_parse_amount_of_any_text_raises_only_amount_error(text, default_currency):
    try:
        a = parse_amount(text, default_currency)
    except AmountError as e:
        assert str(e)                          # the message says why
        return
    assert text[a.start:a.end] == a.text and math.isfinite(a.value)


@settings(max_examples=200)
@given(x=st.decimals(min_value=0, max_value=10**9, places=2, allow_nan=False, allow_infinity=False),
       currency=st.sampled_from(["EUR", "USD", "GBP", "CHF", "JPY"]))
def test_babel_french_currency_reads_back(x, currency):
    written = format_currency(x, currency, locale="fr_FR")     # '1 234,56 €', '12 500,00 $US'
    shown = x.quantize(Decimal(1) if currency == "JPY" else Decimal("0.01"), ROUND_HALF_EVEN)
    a = parse_amount(written)
    assert (a.measure, a.currency, a.value) == ("money", currency, float(shown))


@settings(max_examples=200)
@given(x=st.decimals(min_value=0, max_value=100, places=3, allow_nan=False, allow_infinity=False))
def test_babel_french_percent_reads_back(x):
    written = format_percent(x / 100, locale="fr_FR", decimal_quantization=False)   # '12,5 %'
    a = parse_amount(written)
    assert (a.measure, a.value) == ("share", pytest.approx(float(x)))


@settings(max_examples=300)
@given(value=st.floats(min_value=1, max_value=1e15), currency=st.sampled_from(SYMBOL_CURRENCIES + ["CHF"]))
@example(value=999_999.0, currency="EUR")     # babel rounds it to '1000 k€'
def test_money_as_the_dashboard_prints_it_reads_back(value, currency):
    """'2,6 Md€', '12,3 k$': the cards and charts show amounts a reader (and our parser) can read."""
    a = parse_amount(format_money(value, currency, "fr"))
    assert (a.measure, a.currency) == ("money", currency)
    assert a.value == pytest.approx(value, rel=0.05)          # one decimal after the scale


def test_money_in_a_currency_without_symbol_reads_back():
    a = parse_amount(format_money(2.6e9, "CHF", "fr"))
    assert (a.currency, a.value) == ("CHF", 2.6e9)


def test_trillions_as_the_dashboard_prints_them_read_back():
    a = parse_amount(format_money(3.2e12, "EUR", "fr"))
    assert (a.currency, a.value) == ("EUR", 3.2e12)


# --- partial dates -------------------------------------------------------------------------------
@settings(max_examples=500)
@given(st.one_of(st.text(), st.from_regex(r"\A\s?[0-9]{1,5}(-[0-9]{1,3}(-[0-9]{1,3})?)?\s?\Z")))
@example("0001")                              # used to come back as '1'
def test_partial_date_of_any_text_is_a_date_or_value_error(text):
    try:
        d = parse_partial_date(text)
    except ValueError as e:
        assert "date" in str(e)                # 'malformed date ...' or 'impossible date ...'
        return
    assert d.start <= d.end and d.iso() == text.strip()   # nothing read that was not written


@settings(max_examples=300)
@given(st.dates(min_value=dt.date(1000, 1, 1)), st.sampled_from(PRECISIONS))
def test_partial_date_round_trip(day, precision):
    written = format_partial_date(day, precision)
    d = parse_partial_date(written)
    first = {"day": day, "month": day.replace(day=1), "year": day.replace(month=1, day=1)}[precision]
    last = {"day": day, "month": day.replace(day=calendar.monthrange(day.year, day.month)[1]),
            "year": day.replace(month=12, day=31)}[precision]
    assert (d.start, d.end, d.precision, d.iso()) == (first, last, precision, written)


# --- text items ----------------------------------------------------------------------------------
@settings(max_examples=300, deadline=None)
@given(st.text(), st.one_of(st.none(), st.dates(min_value=dt.date(1900, 1, 1))))
@example("Le 9 septembre 2025, 109 milliards d'euros et 4 % du total", dt.date(2025, 9, 9))
def test_text_items_of_any_text_never_raise_and_point_at_what_they_read(text, published):
    items = find_quantities(text, published)
    assert [(i.start, i.end) for i in items] == sorted((i.start, i.end) for i in items)
    for item in items:
        assert text[item.start:item.end] == item.text
        assert item.kind in ("money", "percent", "count", "date")


AMOUNT_PIECES = ["2", "840", "1", "000", ".", ",", "'", "’", " ", "-", "ME", "M€", "Md€", "MdsE", "M$", "$", "%", "millions",
                 "milliards", " d'euros", " de dollars", " et demi", "de ", "à ", "entre ", " et ", "(", ")", "CHF "]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(AMOUNT_PIECES), max_size=20).map("".join))
@example("Le chiffre d'affaires ressort à 2.840,1 ME, en hausse de 11,6%.")
def test_amounts_of_any_digits_separators_and_units_never_raise(text):
    """Digit strings with any dots, commas and apostrophes before any unit ("2.840,1 ME" once raised)."""
    for item in find_quantities(text):
        assert text[item.start:item.end] == item.text


DATE_PIECES = ["le ", "du ", "au ", "1er ", "3 ", "20 ", "29 ", "31 ", "février ", "mars ", "juin ", "2024",
               "2025", "mi-", "fin ", "lundi ", "dernier", "prochain", "l'an dernier", "cette année",
               "d'ici ", "et ", ", ", "-", "/", "10/02/2025", "2025-02-30", "Paris, le ", "Publié le "]


@settings(max_examples=300)
@given(st.one_of(st.text(max_size=200), st.lists(st.sampled_from(DATE_PIECES), max_size=15).map("".join)),
       st.one_of(st.none(), st.text(max_size=12), st.dates(dt.date(1900, 1, 1), dt.date(2100, 12, 31)),
                 st.from_regex(r"\A(19|20)[0-9]{2}(-[0-9]{2}(-[0-9]{2})?)?\Z")))
def test_dates_in_any_text_against_any_publication_date_never_raise(text, published):
    for d in find_dates(text, published):
        assert text[d.start:d.end] == d.text and d.precision in PRECISIONS
        assert d.value is None or parse_partial_date(d.value).precision == d.precision


# --- export cells --------------------------------------------------------------------------------
CELL = st.one_of(st.text(), st.sampled_from(FORMULA_STARTS).flatmap(lambda c: st.text().map(c.__add__)),
                 st.builds(lambda a, sep, q, start, b: a + sep + q + start + b, st.text(max_size=4),
                           st.sampled_from((",", ";", "\n", "\r", "\r\n")), st.sampled_from(("", '"')),
                           st.sampled_from(FORMULA_STARTS), st.text(max_size=4)))


def defused_spec(text: str) -> str:
    """The rule, character by character: a quote before a formula start that opens the cell, or that
    follows a ',', ';' or line break (quotes between) where a reader splitting on ';' starts a cell."""
    out = []
    for i, c in enumerate(text):
        before = text[:i].rstrip('"')
        if (i == 0 and c in FORMULA_STARTS) or (
                i > 0 and c in FORMULA_STARTS and c != "\r" and before.endswith((",", ";", "\n", "\r"))):
            out.append("'")
        out.append(c)
    return "".join(out)


def _printable(text: str) -> bool:
    """Text an .xlsx cell holds as is (XML 1.0 characters; a "\r" is stored escaped as _x000D_)."""
    return all(c in "\t\n" or 0x20 <= ord(c) < 0xD800 or 0xE000 <= ord(c) <= 0xFFFD
               or ord(c) >= 0x10000 for c in text)


@settings(max_examples=200, deadline=None)
@given(st.lists(CELL, min_size=1, max_size=5))
@example(["ligne 1\rligne 2", "\r=1+1"])     # a bare "\r" used to split the row in two
@example(["Budget;=2+5", 'a;"@b', "x\r\n-1"])   # a formula behind a separator (French Excel splits on ';')
def test_no_csv_cell_starts_a_formula_and_text_survives(texts):
    df = pd.DataFrame({"text": texts, "ids": [[t, "b"] for t in texts]})
    rows = list(csv.reader(io.StringIO(to_csv_bytes(df).decode("utf-8-sig"), newline="")))
    for (text_cell, ids_cell), text in zip(rows[1:], texts):
        assert not text_cell.startswith(FORMULA_STARTS) and not ids_cell.startswith(FORMULA_STARTS)
        defused = defused_spec(text)   # the text, with a quote before each piece that could start a formula
        assert text_cell == defused.replace("\r\n", "\n").replace("\r", "\n")    # line breaks as "\n"


@settings(max_examples=60, deadline=None)
@given(st.lists(CELL.filter(_printable), min_size=1, max_size=4))
def test_no_excel_cell_is_a_formula_and_text_survives(texts):
    assume(all(len(t) < 1000 for t in texts))
    book = openpyxl.load_workbook(io.BytesIO(to_excel_bytes(
        {"t": pd.DataFrame({"text": texts})}, [(t, t) for t in texts])))
    for sheet in book.worksheets:
        for row in sheet.iter_rows():
            for cell in row:
                assert cell.data_type != "f"
                assert not (isinstance(cell.value, str) and cell.value.startswith(FORMULA_STARTS))
    got = [book["t"].cell(row=i + 2, column=1).value or "" for i in range(len(texts))]
    assert got == [defused_spec(t) for t in texts]


# --- uploads and extraction at the upload cap ----------------------------------------------------
@settings(max_examples=200, deadline=None)
@given(st.one_of(st.binary(max_size=2000), st.text(max_size=2000).map(str.encode)),
       st.one_of(st.none(), st.text(max_size=300)))
@example(b"<html><body><p>1 M\xe2\x82\xac</p><script>alert(1)</script></body></html>", "../../x.html")
def test_any_upload_gives_a_document_or_data_error_and_its_name_is_only_a_label(data, name):
    try:
        doc = read_upload(data, name)
    except DataError as e:
        assert e.problems and str(e)
        return
    label = str(doc.path)
    assert "/" not in label and "\\" not in label and not label.startswith(".") and len(label) <= 80
    assert 0 < len(doc.text) <= MAX_UPLOAD_CHARS and "alert(1)" not in doc.text


def _repeat(piece: str) -> str:
    return (piece * (MAX_UPLOAD_CHARS // len(piece) + 1))[:MAX_UPLOAD_CHARS]


# Texts that make naive patterns backtrack: before the day-list pattern was bounded, the first one
# (a pasted column of numbers) took minutes, growing with the square of its length.
WORST_CASES = {"numbers and commas": "1, ", "grouped digits": "1 000 ", "ranges": "de 1 à ",
               "lists": "1 et ", "days": "1er janvier ", "digits": "1", "article": (
                   "Le 3 juin 2025, l'État a annoncé 1,5 milliard d'euros, soit 40 % de plus. ")}


@pytest.mark.parametrize("case", WORST_CASES)
def test_extraction_of_the_largest_upload_finishes_and_stays_consistent(case):
    """No timing asserted: the seconds are printed (pytest -s); a quadratic pattern makes this hang."""
    text = _repeat(WORST_CASES[case])
    started = time.perf_counter()
    items = find_quantities(text, dt.date(2025, 6, 3))
    print(f"\n{case}: {len(text):,} characters, {len(items):,} items, {time.perf_counter() - started:.2f} s")
    assert all(text[i.start:i.end] == i.text for i in items)


# --- the whole extractor (spaCy, actors, themes) -------------------------------------------------
@pytest.fixture(scope="module")
def extractor(shipped_extractor):
    return shipped_extractor   # loaded once for the whole run (tests/conftest.py)


WORDS = ["Numeum", "l'AFNUM", "Cigref", "le ministère de l'Économie", "Bpifrance", "Mistral AI",
         "1,5 milliard d'euros", "40 %", "le 3 juin 2025", "en mars", "cloud souverain", "IA",
         "données", ". ", ", ", "\n\n", " (", ") ", "« ", " »", "<p>", "&nbsp;", "—", " "]


@settings(max_examples=60)
@given(st.one_of(st.text(max_size=300), st.lists(st.sampled_from(WORDS), max_size=30).map("".join)),
       st.one_of(st.none(), st.dates(min_value=dt.date(1990, 1, 1), max_value=dt.date(2100, 1, 1))))
def test_the_extractor_reads_any_text_and_places_every_item(extractor, text, published):
    [(document, found)] = list(extractor.extract_documents([Document(PurePosixPath("t.txt"), text, "utf-8")],
                                                           published))
    assert document.text == text
    for f in found:
        assert text[f.item.start:f.item.end] == f.item.text and f.item.text
        assert f.sentence_start <= f.item.start <= f.sentence_end <= len(text)
