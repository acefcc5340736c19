"""The scorer: what matches, the tallies per kind, and `python -m loaders score DIR`."""
from __future__ import annotations

import json

import pytest
from click.testing import CliRunner

from loaders.articles.scoring import items_match, score_items
from loaders.cli import cli

GOLD_MONEY = {"kind": "money", "start": 10, "end": 17, "value": 2.6e9, "value_high": None, "currency": "EUR",
              "bound": "exact"}
GOLD_DATE = {"kind": "date", "start": 30, "end": 48, "value": "2024-03-22", "value_high": None, "precision": "day"}


@pytest.mark.parametrize("pred, gold, expected", [
    (GOLD_MONEY, GOLD_MONEY, True),
    ({**GOLD_MONEY, "start": 16, "end": 25}, GOLD_MONEY, True),  # overlapping spans are enough
    ({**GOLD_MONEY, "start": 17, "end": 25}, GOLD_MONEY, False),  # touching is not overlapping
    ({**GOLD_MONEY, "value": 2.6e6}, GOLD_MONEY, False),
    ({**GOLD_MONEY, "currency": "USD"}, GOLD_MONEY, False),
    ({**GOLD_MONEY, "kind": "count", "currency": None}, GOLD_MONEY, False),
    ({**GOLD_MONEY, "bound": "approx"}, GOLD_MONEY, True),  # a bound error, counted apart
    ({**GOLD_DATE, "value": "2024-03"}, GOLD_DATE, False),
    ({**GOLD_DATE, "precision": "month"}, GOLD_DATE, False),
    ({**GOLD_DATE, "value": None}, {**GOLD_DATE, "value": None}, True),  # unresolved on both sides
])
def test_items_match(pred, gold, expected):
    assert items_match(pred, gold) is expected


def test_tallies_per_kind_match_each_item_once():
    predicted = [GOLD_MONEY, {**GOLD_MONEY, "bound": "approx"}, {**GOLD_DATE, "value": "2023-03-22"}]
    scores = score_items(predicted, [GOLD_MONEY, GOLD_DATE])
    money, date = scores["money"], scores["date"]
    assert (money.gold, money.predicted, money.true_positives) == (1, 2, 1)
    assert (money.precision, money.recall) == (0.5, 1.0)
    assert round(money.f1, 3) == 0.667
    assert (date.gold, date.predicted, date.true_positives, date.recall) == (1, 1, 0, 0.0)
    assert date.misses == [GOLD_DATE]


def _write(folder, name, text, items, published=None):
    (folder / f"{name}.txt").write_text(text, encoding="utf-8")
    gold = {"items": items, **({"published": published} if published else {})}
    (folder / f"{name}.json").write_text(json.dumps(gold), encoding="utf-8")


def test_score_command_prints_a_line_per_kind(tmp_path):
    _write(tmp_path, "a", "Le 22 mars dernier, 2,6 Md€ et 25 %.",
           [{"kind": "date", "start": 0, "end": 18, "value": "2024-03-22", "precision": "day"},
            {"kind": "money", "start": 20, "end": 27, "value": 2.6e9, "currency": "EUR"},
            {"kind": "percent", "start": 31, "end": 35, "value": 25}], published="2024-03")
    with_pub = CliRunner().invoke(cli, ["score", str(tmp_path), "--published-from-json"])
    assert with_pub.exit_code == 0, with_pub.output
    rows = {line.split()[0]: line.split() for line in with_pub.output.splitlines()[1:]}
    assert rows["money"][1:4] == ["1", "1", "1"] and rows["date"][1:4] == ["1", "1", "1"]
    without = CliRunner().invoke(cli, ["score", str(tmp_path), "-v"])
    assert {line.split()[0]: line.split() for line in without.output.splitlines()[1:5]}["date"][3] == "0"
    assert "missed date" in without.output


@pytest.mark.parametrize("json_text, message", [
    ("{not json", "cannot read"),
    ('{"items": {}}', 'expected an object with an "items" list'),
    ('{"items": [{"kind": "money", "start": 5, "end": 900}]}', "item 1: needs kind, start and end within the text"),
])
def test_score_command_names_a_bad_gold_file(tmp_path, json_text, message):
    (tmp_path / "a.txt").write_text("Un texte de 12 €.", encoding="utf-8")
    (tmp_path / "a.json").write_text(json_text, encoding="utf-8")
    result = CliRunner().invoke(cli, ["score", str(tmp_path)])
    assert result.exit_code == 1
    assert "a.json" in result.output and message in result.output
    assert "Traceback" not in result.output


def test_score_command_refuses_a_folder_without_annotated_texts(tmp_path):
    result = CliRunner().invoke(cli, ["score", str(tmp_path)])
    assert result.exit_code == 1 and "no NAME.txt with a NAME.json" in result.output

