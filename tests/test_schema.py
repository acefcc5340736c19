"""The schema is declared once: it documents the README and types the parquet files."""
import pyarrow as pa

from conftest import PROJECT
from loaders.schema import (TABLES, arrow_schema, csv_columns, markdown_schema,
                            replace_schema_section)


def test_readme_shows_the_current_schema():
    readme = (PROJECT / "README.md").read_text(encoding="utf-8")
    assert replace_schema_section(readme, markdown_schema()) == readme, \
        "README schema is stale: run `make readme`"


def test_enumerations_are_dictionary_encoded_and_ids_not_null():
    figures = arrow_schema("figures")
    assert pa.types.is_dictionary(figures.field("measure").type)
    assert not figures.field("figure_id").nullable and figures.field("value_high").nullable
    assert figures.field("value").type == pa.float64() and figures.field("date").type == pa.date32()


def test_derived_columns_are_not_typed_in_csv():
    assert "value" not in csv_columns("figures") and "raw" in csv_columns("figures")
    assert "published_precision" not in csv_columns("sources")
    for table in TABLES:
        assert set(csv_columns(table)) <= set(arrow_schema(table).names)
