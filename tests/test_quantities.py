"""loaders/articles/quantities.py, find_quantities on running French text: tables of sentences and items, and the annotated corpus."""
from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

from loaders.articles.gold import score_folder
from loaders.articles.quantities import Item, find_quantities

CORPUS = Path(__file__).parent / "corpus"


def _short(items):
    return [(i.kind, i.text, i.value, i.value_high, i.currency or i.unit or i.precision, i.bound)
            for i in items]


@pytest.mark.parametrize("text, published, expected", [
    ("Le programme représente 2,6 Md€ dont 1,2 Md€ de fonds publics.", None,
     [("money", "2,6 Md€", 2.6e9, None, "EUR", "exact"), ("money", "1,2 Md€", 1.2e9, None, "EUR", "exact")]),
    ("Une valorisation de près de 6 milliards de $US.", None,
     [("money", "près de 6 milliards de $US", 6e9, None, "USD", "approx")]),
    ("Plus de 150 dirigeants réunis du 20 au 22 mars 2024.", None,
     [("count", "Plus de 150", 150.0, None, "dirigeants", "more_than"),
      ("date", "du 20 au 22 mars 2024", "2024-03-20", "2024-03-22", "day", None)]),
    ("Stargate : 500 milliards $ dont 100 milliards dès 2025.", None,
     [("money", "500 milliards $", 5e11, None, "USD", "exact"),
      ("money", "100 milliards", 1e11, None, "USD", "exact"), ("date", "2025", "2025", None, "year", None)]),
    ("La part est passée de 18 % à 31 % depuis 2019.", None,
     [("percent", "18 %", 18.0, None, "percent", "exact"), ("percent", "31 %", 31.0, None, "percent", "exact"),
      ("date", "2019", "2019", None, "year", None)]),
    ("un coût de 250 à 300 M€ et une croissance de 8 à 10 %", None,
     [("money", "de 250 à 300 M€", 2.5e8, 3e8, "EUR", "range"), ("percent", "de 8 à 10 %", 8.0, 10.0, "percent", "range")]),
    ("les dix plus grandes plateformes, deux plus deux", None,
     [("count", "dix", 10.0, None, "plateformes", "exact")]),
    ("Une centaine d'administrations et trois nouveaux dispositifs", None,
     [("count", "Une centaine", 100.0, None, "administrations", "approx"),
      ("count", "trois", 3.0, None, "dispositifs", "exact")]),
    ("France 2030, Llama 3, la 5G, Industrie 4.0, le CAC 40, p. 12, l'article 16, à 10 h 30, "
     "salle 204, deux tiers, au 01 44 87 17 17, 7 j/7 et 24 h/24 au 17 17, GPT-4o, la loi n° 2024-449.", None, []),
    ("Le 11 mars dernier, 1\u202f200\u00a0000 € ont été votés.", "2025-03-14",
     [("date", "Le 11 mars dernier", "2025-03-11", None, "day", None),
      ("money", "1\u202f200\u00a0000 €", 1.2e6, None, "EUR", "exact")]),
    ("une hausse de 0,5 point, soit 2 points de pourcentage, sur trois points clés", None,
     [("percent", "0,5 point", 0.5, None, "percent", "exact"),
      ("percent", "2 points de pourcentage", 2.0, None, "percent", "exact"),
      ("count", "trois", 3.0, None, "points", "exact")]),
    ("jusqu'à 3 millions d'euros pour onze établissements", None,
     [("money", "jusqu'à 3 millions d'euros", 3e6, None, "EUR", "up_to"),
      ("count", "onze", 11.0, None, "établissements", "exact")]),
])
def test_items_found_in_sentences(text, published, expected):
    assert _short(find_quantities(text, published)) == expected


@pytest.mark.parametrize("text", ["", " ", "\x00\n\t", "€€€ %%% 10^400", "9" * 400 + " €", "du 99 au 98 mars 2024",
                                  "le 31 février 2025", "1er 1er 1er", "l'an dernier " * 50, "2025-13-45",
                                  "lundi lundi 32 mai"])
def test_never_raises_on_odd_text(text):
    assert isinstance(find_quantities(text), list)


@pytest.mark.parametrize("published", [dt.date(9999, 12, 31), dt.date(1, 1, 1), "0001", "9999-12", "pas une date"])
def test_publication_dates_at_the_calendar_edges_leave_relative_dates_unresolved(published):
    items = find_quantities("le 8 décembre, ce lundi, mardi prochain, l'an dernier, en mai", published)
    assert [i.value for i in items] == [None] * 5


def test_item_json_holds_every_field_the_extractor_writes():
    [item] = find_quantities("un budget de 2,6 Md€")
    record = item.to_json()
    assert record == {**record, "kind": "money", "text": "2,6 Md€", "start": 13, "end": 20, "value": 2.6e9,
                      "currency": "EUR", "bound": "exact"}
    assert json.loads(json.dumps(record)) == record
    assert set(record) >= {"value_high", "unit", "precision", "name", "actor_id"}


def test_offsets_point_at_the_text_as_written():
    text = "Le\u00a021 mars dernier, l’Europe a promis 2,6\u202fMd€ et 25 % des fonds."
    for item in find_quantities(text, "2025-04-01"):
        assert text[item.start:item.end] == item.text


@pytest.fixture(scope="module")
def corpus_scores():
    return score_folder(CORPUS, published_from_json=True)


@pytest.mark.parametrize("kind, floor", [("money", 0.95), ("percent", 0.95), ("date", 0.9)])
def test_corpus_precision_and_recall_meet_the_targets(corpus_scores, kind, floor):
    s = corpus_scores[kind]
    assert s.gold >= 20
    assert s.precision >= floor, f"{kind} false alarms: {s.false_alarms}"
    assert s.recall >= floor, f"{kind} misses: {s.misses}"


def test_corpus_gold_spans_point_at_their_text():
    for gold_file in CORPUS.glob("*.json"):
        text = gold_file.with_suffix(".txt").read_text(encoding="utf-8")
        for item in json.loads(gold_file.read_text(encoding="utf-8"))["items"]:
            assert text[item["start"]:item["end"]] == item["text"], gold_file.name


def test_item_is_frozen():
    with pytest.raises(AttributeError):
        Item("money", "5 €", 0, 3).value = 1  # type: ignore[misc]



# English documents (`language="en"`): our own sentences. Text and offsets stay those of the English.
@pytest.mark.parametrize("text, expected", [
    ("The plan is worth €2.5 billion over five years.", [("money", "€2.5 billion", 2.5e9, "EUR", False)]),
    ("Microsoft will spend $109bn on data centres.", [("money", "$109bn", 1.09e11, "USD", False)]),
    ("France adds 2.5bn euros, up 3.5 percent.",
     [("money", "2.5bn euros", 2.5e9, "EUR", False), ("percent", "3.5 percent", 3.5, None, False)]),
    ("It bought 100,000 chips for US$1.2 billion.",
     [("count", "100,000", 1e5, None, False), ("money", "US$1.2 billion", 1.2e9, "USD", False)]),
    ("The EU pledged €20 billion. In all, 16 billion will come from states, for 500 million users.",
     [("money", "€20 billion", 2e10, "EUR", False), ("money", "16 billion", 1.6e10, "EUR", True),
      ("count", "500 million", 5e8, None, False)]),
])
def test_english_amounts_are_read_in_english_documents(text, expected):
    items = [i for i in find_quantities(text, None, "en") if i.kind != "date"]
    assert [(i.kind, i.text, i.value, i.currency, i.inferred) for i in items] == expected
    assert all(text[i.start:i.end] == i.text for i in items)


def test_an_english_billion_read_as_french_is_a_thousand_times_too_big():
    """Why the language matters: the French "billion" is 10**12."""
    [french] = [i for i in find_quantities("The plan is worth €2.5 billion.") if i.kind == "money"]
    [english] = [i for i in find_quantities("The plan is worth €2.5 billion.", None, "en") if i.kind == "money"]
    assert (french.value, english.value) == (2.5e12, 2.5e9)
