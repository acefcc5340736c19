"""From curated CSV rows to validated table rows: parse, normalise, validate one row at a time."""
from __future__ import annotations

import typing

from pydantic import ValidationError

from .french.amounts import OTHER_DOLLARS, AmountError, parse_amounts_in, writes_a_bare_dollar
from .french.dates import parse_partial_date
from .errors import DataProblem
from .fx import Rate, is_iso_currency, pick_rate, to_eur
from .records import CsvRow
from .schema import LIST_SEPARATOR, PARTIAL_DATES, TABLES, Row


class RowProblem(ValueError):
    """A problem in one row; the caller adds the file and line."""


def _is_list_field(model: type[Row], name: str) -> bool:
    ann = model.model_fields[name].annotation
    return typing.get_origin(ann) is list


def _clean(table: str, values: dict[str, str]) -> dict[str, object]:
    """Strip cells, read empty cells as null, split list cells, read partial dates."""
    model = TABLES[table][0]
    out: dict[str, object] = {}
    for name, text in values.items():
        text = text.strip()
        if _is_list_field(model, name):
            out[name] = [p.strip() for p in text.split(LIST_SEPARATOR) if p.strip()]
        else:
            out[name] = text or None
    for name in PARTIAL_DATES.get(table, []):
        if out.get(name) is None:
            continue
        try:
            out[name] = parse_partial_date(str(out[name]))
        except ValueError as e:
            raise RowProblem(f"{name}: {e}") from None
    return out


def _dates(table: str, row: dict[str, object]) -> None:
    """Replace partial dates by (date, precision) columns, as the table declares them."""
    if table == "events":
        start, end = row.get("start"), row.get("end")
        if start is None:
            return
        row["start"], row["precision"] = start.start, start.precision
        row["end"] = (end or start).end
        if row["end"] < row["start"]:
            raise RowProblem(f"end: {row['end']} is before start {row['start']}")
        return
    for name in PARTIAL_DATES.get(table, []):
        value = row.get(name)
        precision_column = f"{name}_precision" if name != "date" else "date_precision"
        if value is not None:
            row[name], row[precision_column] = value.start, value.precision


def _figure(row: dict[str, object], rates: list[Rate], source) -> None:
    """Parse `raw` (in its source's language) into value, unit, scale and bound; convert money to
    euros. `source` is the source's (published, precision, language)."""
    published, language = source[:2], source[2]
    raw = str(row.get("raw") or "")
    given_unit = row.get("unit")
    hint = given_unit if isinstance(given_unit, str) and given_unit.isupper() else None
    if hint and not is_iso_currency(hint):
        raise RowProblem(f"unit: unknown currency {hint!r}")
    try:
        amounts = parse_amounts_in(raw, language, default_currency=hint)
    except AmountError as e:
        raise RowProblem(f"raw: {e}") from None
    pick = row.get("pick")
    if pick is None and len(amounts) > 1:
        raise RowProblem(f"raw: {len(amounts)} amounts in {raw!r}; say which one in `pick`")
    try:
        index = int(pick) - 1 if pick is not None else 0
    except ValueError:
        raise RowProblem(f"pick: not a whole number: {pick!r}") from None
    if not 0 <= index < len(amounts):
        raise RowProblem(f"pick: {pick} but {raw!r} holds {len(amounts)} amount(s)")
    a = amounts[index]
    row.update(measure=a.measure, value=a.value, value_high=a.value_high, scale=a.scale,
               bound=a.bound)
    if a.measure == "money":
        currency = a.currency
        if given_unit in OTHER_DOLLARS and currency == "USD" and writes_a_bare_dollar(a.text):
            currency = given_unit   # "30 millions $" in a Québec paper: the row says whose dollar
        if given_unit and given_unit != currency:
            raise RowProblem(f"unit: {given_unit!r} but {raw!r} is in {currency}")
        row["unit"] = currency
        when, precision = (row["date"], row.get("date_precision")) if row.get("date") else published
        rate = None if currency == "EUR" else pick_rate(rates, currency, when, precision or "day")
        if currency != "EUR" and rate is None:
            raise RowProblem(f"unit: no reference rate for {currency} in fx_rates.csv")
        row["value_eur"] = to_eur(a.value, currency, rate)
        row["value_eur_high"] = to_eur(a.value_high, currency, rate)
        if rate is not None:
            row["fx_rate"], row["fx_period"] = rate.rate, rate.period
    elif a.measure == "share":
        if given_unit and given_unit != "percent":
            raise RowProblem(f"unit: {given_unit!r} but {raw!r} is a percentage")
        row["unit"] = "percent"
    elif not given_unit:
        raise RowProblem("unit: a count needs the counted noun (members, proposals...)")


def validation_messages(error: ValidationError) -> list[str]:
    """Pydantic's errors as `column: problem` lines."""
    out = []
    for err in error.errors():
        where = ".".join(str(p) for p in err["loc"]) or "row"
        value = err.get("input")
        shown = f" (got {value!r})" if value is not None and not isinstance(value, dict) else ""
        out.append(f"{where}: {err['msg']}{shown}")
    return out


def normalise_row(table: str, csv_row: CsvRow, rates: list[Rate], published_by_source: dict
                  ) -> tuple[Row | None, list[DataProblem]]:
    """One CSV row to one validated table row, or the problems that stop it."""
    model = TABLES[table][0]
    try:
        row = _clean(table, csv_row.values)
        _dates(table, row)
        if table == "figures":
            _figure(row, rates, published_by_source.get(row.get("source_id"), (None, None, None)))
    except RowProblem as e:
        return None, [DataProblem(csv_row.file, csv_row.line, str(e))]
    try:
        return model.model_validate(row), []
    except ValidationError as e:
        return None, [DataProblem(csv_row.file, csv_row.line, m) for m in validation_messages(e)]
