"""A figure row's `unit` may say whose dollar a bare "$" is (a Québec paper's "30 millions $" is
Canadian), never relabel a dollar its words call American."""
from __future__ import annotations

import pytest

from loaders.fx import Rate
from loaders.normalise import normalise_row
from loaders.records import CsvRow
from loaders.schema import csv_columns

RATES = [Rate("USD", "2025", 1.1), Rate("CAD", "2025", 1.5)]


def _figure(raw: str, unit: str):
    values = {c: "" for c in csv_columns("figures")}
    values.update(figure_id="f", source_id="s", raw=raw, unit=unit, label_fr="Levée", label_en="Round",
                  theme="industry", date="2025-03-04", period="one_off", status="measured")
    return normalise_row("figures", CsvRow("figures.csv", 7, values), RATES, {"s": (None, None, "fr")})


@pytest.mark.parametrize("raw", ["30 millions $", "30 millions de dollars", "30 M$"])
def test_a_bare_dollar_is_the_dollar_the_row_names(raw):
    row, problems = _figure(raw, "CAD")
    assert problems == [] and row.unit == "CAD" and row.value_eur == pytest.approx(3e7 / 1.5)


@pytest.mark.parametrize("raw", ["30 M$ US", "30 millions de dollars américains", "30 M€"])
def test_a_dollar_written_american_or_another_currency_is_not_relabelled(raw):
    row, problems = _figure(raw, "CAD")
    assert row is None and len(problems) == 1
    assert problems[0].line == 7 and "unit: 'CAD' but" in problems[0].message
