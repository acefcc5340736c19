"""Drawing and assembling columns with numpy and pyarrow compute: no Python loop per row.

Weighted draws (Zipf-like, or by a list of weights), enumerations, ids, French numbers, dates at
day, month or year precision, and the cast of a table's columns to its declared schema.
"""
from __future__ import annotations

import numpy as np
import pyarrow as pa
import pyarrow.compute as pc

from loaders.schema import arrow_schema

from .words import YEAR_WEIGHTS, YEARS


class SyntheticDataError(Exception):
    """The generated tables break the schema or the references; one line per problem."""

    def __init__(self, problems: list[str]):
        self.problems = problems
        super().__init__("synthetic data is invalid:\n  " + "\n  ".join(problems))


def zipf(rng: np.random.Generator, n: int, size: int, s: float, shuffle: bool = True) -> np.ndarray:
    """`size` draws from range(n), item k weighing 1/k**s: a few items take most draws.

    With `shuffle` the heavy items are spread at random over range(n), else they are the first ones.
    """
    weights = 1.0 / np.arange(1, n + 1) ** s
    draws = rng.choice(n, size=size, p=weights / weights.sum())
    return (rng.permutation(n)[draws] if shuffle else draws).astype(np.int32)


def codes(rng: np.random.Generator, size: int, weights) -> np.ndarray:
    """Indices into `weights` (a list, or a dict's values) drawn with those weights."""
    p = np.asarray(list(weights.values()) if isinstance(weights, dict) else weights, dtype=float)
    return rng.choice(len(p), size=size, p=p / p.sum()).astype(np.int8)


def enum(codes: np.ndarray, values, mask: np.ndarray | None = None) -> pa.DictionaryArray:
    """A dictionary-encoded enumeration column: values[codes], null where `mask`."""
    return pa.DictionaryArray.from_arrays(pa.array(codes, pa.int8(), mask=mask), pa.array(list(values)))


def pick(words, idx: np.ndarray, mask: np.ndarray | None = None) -> pa.Array:
    """words[idx] as a string column, null where `mask`."""
    return pa.array(list(words), pa.string()).take(pa.array(idx, mask=mask))


def join(*parts) -> pa.Array:
    return pc.binary_join_element_wise(*parts, "")


def text(numbers: np.ndarray) -> pa.Array:
    return pc.cast(pa.array(numbers), pa.string())


def ids(prefix: str, n: int) -> pa.Array:
    """'prefix-000000', 'prefix-000001'... zero-padded so they sort as they were numbered."""
    return join(prefix, pc.utf8_lpad(text(np.arange(n)), width=max(6, len(str(n - 1))), padding="0"))


def french_number(tenths: np.ndarray) -> pa.Array:
    """Tenths written in French: 12345 -> '1 234,5', 25_000_000 -> '2 500 000'."""
    whole, decimal = tenths // 10, tenths % 10
    low, mid, high = whole % 1000, whole // 1000 % 1000, whole // 1_000_000
    pad = lambda x: pc.utf8_lpad(text(x), width=3, padding="0")  # noqa: E731
    out = pc.if_else(pa.array(high > 0), join(text(high), " ", pad(mid), " ", pad(low)),
                     pc.if_else(pa.array(mid > 0), join(text(mid), " ", pad(low)), text(low)))
    return pc.if_else(pa.array(decimal > 0), join(out, ",", text(decimal)), out)


def random_days(rng: np.random.Generator, size: int) -> np.ndarray:
    """Days over 2016-2025, more of them in recent years."""
    years = rng.choice(YEARS, size=size, p=YEAR_WEIGHTS / YEAR_WEIGHTS.sum())
    start = (years - 1970).astype("datetime64[Y]").astype("datetime64[D]")
    length = ((years + 1 - 1970).astype("datetime64[Y]").astype("datetime64[D]") - start).astype(np.int64)
    return start + rng.integers(0, length)


def at_precision(days: np.ndarray, precision: np.ndarray) -> np.ndarray:
    """Each day cut to the first day of its precision (0 day, 1 month, 2 year)."""
    month = days.astype("datetime64[M]").astype("datetime64[D]")
    year = days.astype("datetime64[Y]").astype("datetime64[D]")
    return np.where(precision == 0, days, np.where(precision == 1, month, year))


def dates_near(rng, published: np.ndarray, source: np.ndarray, undated_share: float):
    """Dates up to two years before each row's source publication; (days, precision, null mask).

    A row is left undated only when its source has a date (the app then uses the source's).
    """
    base = published[source]
    no_source_date = np.isnat(base)
    base = np.where(no_source_date, random_days(rng, len(source)), base)
    room = np.minimum(730, (base - np.datetime64("2016-01-01")).astype(np.int64) + 1)
    days = base - (rng.random(len(source)) * room).astype(np.int64)
    precision = codes(rng, len(source), [0.5, 0.35, 0.15])
    undated = (rng.random(len(source)) < undated_share) & ~no_source_date
    return at_precision(days, precision), precision, undated



def schema_table(name: str, columns: dict[str, pa.Array]) -> pa.Table:
    """The columns as a table cast to the declared schema (types, nullability, enumerations)."""
    schema = arrow_schema(name)
    if list(columns) != schema.names:
        raise SyntheticDataError([f"{name}: columns {list(columns)} are not {schema.names}"])
    try:
        return pa.table(columns).cast(schema)
    except (ValueError, pa.ArrowInvalid, pa.ArrowNotImplementedError) as e:
        raise SyntheticDataError([f"{name}: {e}"]) from None

