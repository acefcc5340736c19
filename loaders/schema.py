"""The tables the loaders build, declared once.

Each table is a pydantic model: the field types validate every row, the same
types give the parquet (Arrow) schema, and the descriptions document the README
and label the exports. A field marked ``derived`` is computed by the loaders;
every other field is a column of the curated CSV file of the same name in
``data/`` (see ``CSV_COLUMNS``).
"""
from __future__ import annotations

import datetime as dt
import types
import typing
from typing import Annotated, Literal, Union

import pyarrow as pa
from pydantic import BaseModel, BeforeValidator, ConfigDict, Field, StringConstraints

Id = Annotated[str, StringConstraints(pattern=r"^[a-z0-9][a-z0-9_-]*$", max_length=80)]
Text = Annotated[str, StringConstraints(min_length=1, strip_whitespace=True)]
# Pages turn addresses into links: only web ones, never `javascript:` or `file:`.
WebAddress = Annotated[str, StringConstraints(pattern=r"^https?://[^\s]+$", max_length=2000)]
# Every vocabulary is declared here once, as the Literal type that validates it and, below, as the
# tuple of its words in order that loaders, pages and charts read (menus, orders, labels).
Precision = Literal["day", "month", "year"]
Measure = Literal["money", "share", "count"]
Bound = Literal["exact", "approx", "more_than", "less_than", "up_to", "range"]
Period = Literal["one_off", "annual", "multi_year"]
FigureStatus = Literal["announced", "committed", "spent", "estimated", "measured", "proposed"]
SourceKind = Literal["article", "editorial", "interview", "manifesto", "study", "press_release"]
ActorType = Literal[
    "industry_body", "company", "ministry", "agency", "person", "think_tank", "media",
    "event", "government", "parliament", "international_org", "programme",
]
ProposalKind = Literal["proposal", "recommendation", "measure", "call", "priority"]
ProposalStatus = Literal["proposed", "announced", "launched", "adopted", "implemented"]
ReviewState = Literal["accepted", "candidate", "rejected"]
Review = Annotated[ReviewState, BeforeValidator(lambda v: v or "accepted")]
# How a figure stands to the claim it reports (data/claim_reports.csv); a blank cell reports it.
Stance = Literal["reports", "disputes", "revises", "misreports"]
StanceCell = Annotated[Stance, BeforeValidator(lambda v: v or "reports")]
EventKind = Literal[
    "summit", "conference", "meeting", "announcement", "publication", "founding", "trial",
    "incident", "trade_measure", "award", "other",
]

PRECISIONS: tuple[str, ...] = typing.get_args(Precision)
MEASURES: tuple[str, ...] = typing.get_args(Measure)
BOUNDS: tuple[str, ...] = typing.get_args(Bound)
PERIODS: tuple[str, ...] = typing.get_args(Period)
FIGURE_STATUSES: tuple[str, ...] = typing.get_args(FigureStatus)
SOURCE_KINDS: tuple[str, ...] = typing.get_args(SourceKind)
ACTOR_TYPES: tuple[str, ...] = typing.get_args(ActorType)
PROPOSAL_KINDS: tuple[str, ...] = typing.get_args(ProposalKind)
PROPOSAL_STATUSES: tuple[str, ...] = typing.get_args(ProposalStatus)
REVIEW_STATES: tuple[str, ...] = typing.get_args(ReviewState)
EVENT_KINDS: tuple[str, ...] = typing.get_args(EventKind)
STANCES: tuple[str, ...] = typing.get_args(Stance)


def one_of(words: tuple[str, ...]) -> str:
    """A vocabulary as a description says it.

    >>> one_of(PERIODS)
    'one_off, annual or multi_year'
    """
    return ", ".join(words[:-1]) + " or " + words[-1]


def derived(description: str, **kw):
    """A field the loaders compute (it has no column in the curated CSV)."""
    return Field(description=description, json_schema_extra={"derived": True}, **kw)


class Row(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


def review_field():
    """Rows that `loaders ingest` adds unreviewed say so; a blank or absent cell means accepted,
    so curated CSVs written before the column existed stay valid."""
    return Field("accepted", description="accepted; candidate: extracted by `loaders ingest` and not yet "
                 "checked by a person; rejected: turned down by an editor, kept so it is not proposed again "
                 "(left out of the built tables)")


class Theme(Row):
    theme_id: Id = Field(description="Theme identifier (fixed taxonomy)")
    label_fr: Text = Field(description="Label in French")
    label_en: Text = Field(description="Label in English")
    description_fr: str | None = Field(None, description="What the theme covers, in French")
    description_en: str | None = Field(None, description="What the theme covers, in English")
    keywords_fr: list[str] = Field(default_factory=list, description="French words that signal the "
                                   "theme in a text, for `loaders extract` (plural -s/-x matches too)")


class Lever(Row):
    lever_id: Id = Field(description="Policy lever identifier")
    label_fr: Text = Field(description="Label in French")
    label_en: Text = Field(description="Label in English")


class Source(Row):
    source_id: Id = Field(description="Source identifier")
    title: Text = Field(description="Title as published (or descriptive title when it has none)")
    publisher: Text = Field(description="Outlet or organisation that published it")
    published: dt.date | None = Field(None, description="Publication date (first day of its precision)")
    published_precision: Precision | None = derived("Precision of the publication date", default=None)
    kind: SourceKind = Field(description="Kind of document")
    language: Annotated[str, StringConstraints(pattern=r"^[a-z]{2}$")] = Field(description="ISO 639-1 language")
    url: WebAddress | None = Field(None, description="Address of the original, when known")
    retrieved: dt.date | None = Field(None, description="When we read the source at its address")
    document: str | None = Field(None, description="File name of the source text, when we hold it")
    summary_fr: str | None = Field(None, description="Our summary, in French")
    summary_en: str | None = Field(None, description="Our summary, in English")
    review: Review = review_field()


class Actor(Row):
    actor_id: Id = Field(description="Actor identifier")
    name: Text = Field(description="Canonical name")
    short_name: Text = Field(description="Short name or acronym")
    aliases: list[str] = Field(default_factory=list, description="Other names found in sources")
    type: ActorType = Field(description="Kind of actor")
    country: Annotated[str, StringConstraints(pattern=r"^[A-Z]{2}$")] | None = Field(
        None, description="ISO 3166 alpha-2 country (EU for the Union's bodies)")
    parent_id: Id | None = Field(None, description="For a person, the organisation they belong to")
    role: str | None = Field(None, description="For a person, their role (French)")
    role_en: str | None = Field(None, description="For a person, their role (English)")
    name_en: str | None = Field(None, description="Name in English, where it differs (blank: the name)")
    short_name_en: str | None = Field(None, description="Short name in English, where it differs (blank: the short name)")


class Figure(Row):
    figure_id: Id = Field(description="Stable figure identifier")
    source_id: Id = Field(description="Source the figure is taken from")
    raw: Text = Field(description="The expression exactly as written in the source")
    pick: int | None = Field(None, ge=1, description="Which amount of `raw`, when it holds several")
    measure: Measure = derived(one_of(MEASURES))
    value: float = derived("Value in base units (1.09e11 for 109 billion; percent points for shares)")
    value_high: float | None = derived("Upper bound of a range", default=None)
    unit: Text = Field(description="ISO 4217 code for money, 'percent' for shares, the counted noun for counts")
    scale: str | None = derived("Scale word as written (milliards, Md, millions...)", default=None)
    bound: Bound = derived(one_of(BOUNDS))
    value_eur: float | None = derived("Money value converted to euros at the reference rate", default=None)
    value_eur_high: float | None = derived("Upper bound converted to euros", default=None)
    fx_rate: float | None = derived("Units of the currency for one euro used for value_eur", default=None)
    fx_period: str | None = derived("Period of the reference rate used (2025-02, 2025)", default=None)
    label_fr: Text = Field(description="What the figure measures, in French")
    label_en: Text = Field(description="What the figure measures, in English")
    theme: Id = Field(description="Theme identifier")
    actor_id: Id | None = Field(None, description="Who the figure is attributed to")
    date: dt.date | None = Field(None, description="Date the figure refers to (first day of its precision)")
    date_precision: Precision | None = derived("Precision of the date", default=None)
    period: Period = Field(description=one_of(PERIODS))
    status: FigureStatus = Field(description=one_of(FIGURE_STATUSES))
    note: str | None = Field(None, description="Context, ours")
    review: Review = review_field()
    claim_id: Id | None = derived("The claim this figure reports (data/claim_reports.csv), when grouped",
                                  default=None)
    stance: Stance | None = derived(f"How the figure stands to its claim: {one_of(STANCES)}", default=None)


class Claim(Row):
    """One number as first stated (a study, an announcement), whatever the reports that repeat it.

    People type who said it and in which words; the value, period and status are read from the
    origin's report (the figure of the origin source, else the earliest report), never typed twice.
    """
    claim_id: Id = Field(description="Claim identifier")
    label_fr: Text = Field(description="What the claim states, in our words, French")
    label_en: Text = Field(description="What the claim states, in our words, English")
    origin_source_id: Id = Field(description="The primary source (the study, the announcement) when "
                                 "the dataset holds it, else the earliest report")
    origin_actor_id: Id | None = Field(None, description="Who made the claim")
    note: str | None = Field(None, description="Context, ours (how the grouping was decided)")
    review: Review = review_field()
    measure: Measure | None = derived(one_of(MEASURES), default=None)
    value: float | None = derived("Value as first stated, in base units", default=None)
    value_high: float | None = derived("Upper bound as first stated", default=None)
    unit: str | None = derived("Unit as first stated (ISO 4217 code for money)", default=None)
    currency: str | None = derived("ISO 4217 currency of a money claim", default=None)
    value_eur: float | None = derived("Value in euros as first stated", default=None)
    period: Period | None = derived(one_of(PERIODS), default=None)
    status: FigureStatus | None = derived(one_of(FIGURE_STATUSES), default=None)
    date: dt.date | None = derived("Date of the first report", default=None)
    reports: int | None = derived("How many figures report, dispute, revise or misreport it", default=None)
    sources: int | None = derived("How many sources carry it", default=None)


class ClaimReport(Row):
    figure_id: Id = Field(description="A figure that reports a claim (each figure reports one claim at most)")
    claim_id: Id = Field(description="The claim")
    stance: StanceCell = Field("reports", description=f"{one_of(STANCES)} (blank: reports)")


class Proposal(Row):
    proposal_id: Id = Field(description="Proposal identifier")
    source_id: Id = Field(description="Source the proposal is taken from")
    actor_ids: list[Id] = Field(min_length=1, description="Actors who make the proposal")
    title_fr: Text = Field(description="Short title, French")
    title_en: Text = Field(description="Short title, English")
    theme: Id = Field(description="Theme identifier")
    lever: Id = Field(description="Policy lever identifier")
    rank: int | None = Field(None, ge=1, description="Rank when the source ranks them")
    kind: ProposalKind = Field(description=one_of(PROPOSAL_KINDS))
    date: dt.date | None = Field(None, description="Date made (first day of its precision)")
    date_precision: Precision | None = derived("Precision of the date", default=None)
    status: ProposalStatus = Field(description=one_of(PROPOSAL_STATUSES))
    summary_fr: str | None = Field(None, description="One sentence, French")
    summary_en: str | None = Field(None, description="One sentence, English")
    review: Review = review_field()


class Event(Row):
    event_id: Id = Field(description="Event identifier")
    name: Text = Field(description="Name in French")
    name_en: Text = Field(description="Name in English")
    kind: EventKind = Field(description="Kind of event")
    start: dt.date = Field(description="First day")
    end: dt.date = Field(description="Last day (end of the period at its precision)")
    precision: Precision = derived("Precision of start and end")
    place: str | None = Field(None, description="City or venue")
    organiser_ids: list[Id] = Field(default_factory=list, description="Organising actors")
    source_id: Id = Field(description="Source that reports it")
    summary_fr: str | None = Field(None, description="One sentence, French")
    summary_en: str | None = Field(None, description="One sentence, English")
    review: Review = review_field()


class Mention(Row):
    source_id: Id = Field(description="Source")
    actor_id: Id = Field(description="Actor named in the source")


class FxRate(Row):
    currency: Annotated[str, StringConstraints(pattern=r"^[A-Z]{3}$")] = Field(description="ISO 4217 code")
    period: Annotated[str, StringConstraints(pattern=r"^\d{4}(-\d{2})?$")] = Field(
        description="Month (2025-02) or year (2025) the average covers")
    rate: float = Field(gt=0, description="Units of the currency for one euro")
    source: Text = Field(description="Where the rate comes from")
    url: WebAddress | None = Field(None, description="Address of the rate's source")
    note: str | None = Field(None, description="How it was taken")


class Change(Row):
    at: Annotated[str, StringConstraints(pattern=r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?Z$")] = Field(
        description="When the change was saved (UTC, ISO 8601)")
    who: Text = Field(description="The editor who saved it (e-mail or account name)")
    table: str = Field(description="Table changed")
    row_id: str = Field(description="Id of the row changed")
    field: str = Field(description="Column changed (`review` when a row is added, accepted or rejected)")
    before: str | None = Field(None, description="Value before, as written in the CSV (empty for a new row)")
    after: str | None = Field(None, description="Value after")
    reason: str | None = Field(None, description="Why, as the editor said")


# Table name -> (model, primary key). The order is the build order: a table
# may only refer to tables above it.
TABLES: dict[str, tuple[type[Row], tuple[str, ...]]] = {
    "themes": (Theme, ("theme_id",)),
    "levers": (Lever, ("lever_id",)),
    "fx_rates": (FxRate, ("currency", "period")),
    "sources": (Source, ("source_id",)),
    "actors": (Actor, ("actor_id",)),
    "figures": (Figure, ("figure_id",)),
    "proposals": (Proposal, ("proposal_id",)),
    "events": (Event, ("event_id",)),
    "mentions": (Mention, ("source_id", "actor_id")),
    "claims": (Claim, ("claim_id",)),
    "claim_reports": (ClaimReport, ("figure_id",)),
}

# Tables the build publishes besides the curated ones: the change log (data/changes.csv, appended
# to by every write, never edited; see loaders/changes.py).
LOGS: dict[str, tuple[type[Row], tuple[str, ...]]] = {"changes": (Change, ())}
PUBLISHED = {**TABLES, **LOGS}

# Columns holding an ISO partial date ("2025", "2025-02", "2025-02-10") in the
# CSV; the loader turns each into a date and a precision.
# Tables whose CSV may be absent (read as no rows): datasets written before claims existed stay valid.
OPTIONAL_TABLES = ("claims", "claim_reports")
PARTIAL_DATES = {"sources": ["published"], "figures": ["date"], "proposals": ["date"],
                 "events": ["start", "end"]}
LIST_SEPARATOR = ";"


def is_derived(field) -> bool:
    return bool((field.json_schema_extra or {}).get("derived"))


def csv_columns(table: str) -> list[str]:
    """The columns of the curated CSV file for `table` (model fields minus derived ones)."""
    model = PUBLISHED[table][0]
    return [name for name, f in model.model_fields.items() if not is_derived(f)]


def required_csv_columns(table: str) -> list[str]:
    model = TABLES[table][0]
    return [n for n in csv_columns(table) if model.model_fields[n].is_required()]


def _arrow_type(annotation) -> tuple[pa.DataType, bool]:
    """Arrow type and nullability for a field annotation."""
    nullable = False
    origin = typing.get_origin(annotation)
    if origin in (Union, types.UnionType):
        args = [a for a in typing.get_args(annotation) if a is not type(None)]
        nullable = len(args) < len(typing.get_args(annotation))
        annotation = args[0]
        origin = typing.get_origin(annotation)
    if origin is Annotated:
        annotation = typing.get_args(annotation)[0]
        origin = typing.get_origin(annotation)
    if origin is Literal:
        # Enumerations are dictionary-encoded: small on disk, categorical in pandas.
        return pa.dictionary(pa.int8(), pa.string()), nullable
    if origin is list:
        return pa.list_(pa.string()), nullable
    simple = {str: pa.string(), float: pa.float64(), int: pa.int32(), dt.date: pa.date32()}
    return simple[annotation], nullable


def arrow_schema(table: str) -> pa.Schema:
    """The parquet schema of `table`, with each column's description as field metadata."""
    model = PUBLISHED[table][0]
    fields = []
    for name, f in model.model_fields.items():
        typ, nullable = _arrow_type(f.annotation)
        if name in PUBLISHED[table][1] or f.is_required() and not nullable:
            nullable = False
        fields.append(pa.field(name, typ, nullable=nullable,
                               metadata={"description": f.description or ""}))
    return pa.schema(fields, metadata={"table": table})


def _enum_values(annotation) -> list[str]:
    for arg in [annotation, *typing.get_args(annotation)]:
        if typing.get_origin(arg) is Literal:
            return list(typing.get_args(arg))
    return []


def describe(table: str) -> list[tuple[str, str, str, str]]:
    """(column, type, in CSV or derived, description) for documentation."""
    model = PUBLISHED[table][0]
    rows = []
    for name, f in model.model_fields.items():
        typ, nullable = _arrow_type(f.annotation)
        shown = " \\| ".join(_enum_values(f.annotation)) if pa.types.is_dictionary(typ) else str(typ)
        if nullable:
            shown += "?"
        rows.append((name, shown, "derived" if is_derived(f) else "csv", f.description or ""))
    return rows


def markdown_schema() -> str:
    """The schema of every table as Markdown (pasted into the README by `python -m loaders schema`)."""
    out = []
    for table in PUBLISHED:
        out.append(f"#### `{table}`\n\n| column | type | origin | description |\n|---|---|---|---|")
        for name, typ, origin, desc in describe(table):
            out.append(f"| `{name}` | {typ} | {origin} | {desc} |")
        out.append("")
    return "\n".join(out)


SCHEMA_START, SCHEMA_END = "<!-- schema:start -->", "<!-- schema:end -->"


def replace_schema_section(text: str, schema_markdown: str) -> str:
    """`text` with the part between the schema markers replaced; ValueError if the markers are missing."""
    start, end = text.find(SCHEMA_START), text.find(SCHEMA_END)
    if start < 0 or end < start:
        raise ValueError(f"markers {SCHEMA_START} ... {SCHEMA_END} not found")
    return text[: start + len(SCHEMA_START)] + "\n" + schema_markdown + "\n" + text[end:]
