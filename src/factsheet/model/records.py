"""The typed model of a fact sheet: topics, entities, sources and facts.

Every file under ``facts/`` is one :class:`FactFile`: a mapping that may hold any of the
registries (``topics``, ``entities``, ``sources``) and, for one topic, its ``facts``. The loader
hands us plain data in which every scalar is still the text the editor wrote (YAML 1.1 coercion
is off), so the types below parse numbers, booleans and dates themselves and say precisely what
is wrong. The JSON Schema that editors' YAML language servers read is generated from here
(``factsheet schema``).

Everything a reader sees is a :class:`Text` with both ``ar`` and ``en``.
"""

from __future__ import annotations

from typing import Annotated, Any, Literal

from pydantic import (
    BaseModel,
    BeforeValidator,
    ConfigDict,
    Field,
    WithJsonSchema,
    model_validator,
)
from pydantic_core import PydanticCustomError

from factsheet.model.numbers import parse_number

ID_PATTERN = r"^[a-z0-9]+(?:-[a-z0-9]+)*$"
DATE_PATTERN = r"^[0-9]{4}(-[0-9]{2}(-[0-9]{2})?)?$"
LANG_PATTERN = r"^[a-z]{2,3}$"


def _parse_bool(value: Any) -> Any:
    # YAML 1.2 core booleans only: ``no``/``yes``/``on`` stay text and are rejected here,
    # instead of silently becoming False/True as YAML 1.1 would make them.
    if isinstance(value, bool):
        return value
    if isinstance(value, str):
        if value in ("true", "True", "TRUE"):
            return True
        if value in ("false", "False", "FALSE"):
            return False
        raise PydanticCustomError(
            "schema-bool",
            "'{text}' is not a boolean; write true or false",
            {"text": value},
        )
    return value


def _parse_count(value: Any) -> Any:
    if isinstance(value, str):
        number = parse_number(value)
        if isinstance(number, float):
            raise PydanticCustomError(
                "value-not-integer", "'{text}' is not a whole number", {"text": value}
            )
        return number
    return value


def _parse_real(value: Any) -> Any:
    if isinstance(value, str):
        return parse_number(value)
    return value


Slug = Annotated[
    str,
    Field(
        pattern=ID_PATTERN,
        max_length=80,
        description="A lowercase ASCII slug: letters a-z, digits and single hyphens.",
    ),
]
DateText = Annotated[
    str,
    Field(
        pattern=DATE_PATTERN,
        description="A date written YYYY-MM-DD, or YYYY-MM / YYYY when only the month or year "
        "is known. Checked to be a real calendar date that is not in the future.",
    ),
]
Lang = Annotated[
    str, Field(pattern=LANG_PATTERN, description="An ISO 639 language code, e.g. ar, en, ru.")
]
YamlBool = Annotated[
    bool,
    BeforeValidator(_parse_bool),
    WithJsonSchema({"type": "boolean"}),
]
Count = Annotated[
    int,
    BeforeValidator(_parse_count),
    WithJsonSchema({"type": "integer", "minimum": 0}),
]
Real = Annotated[
    int | float,
    BeforeValidator(_parse_real),
    WithJsonSchema({"type": "number"}),
]


class Model(BaseModel):
    """Base for every record: unknown fields are errors, never silently dropped."""

    model_config = ConfigDict(extra="forbid", frozen=True, str_strip_whitespace=False)


class Text(Model):
    """A human-readable text in both languages. Both are required and must not be empty."""

    ar: str = Field(description="The Arabic text, written as an Arabic editor would write it.")
    en: str = Field(description="The English text.")

    def get(self, lang: str) -> str:
        return self.ar if lang == "ar" else self.en


# --- topics -------------------------------------------------------------------------------


ChartKind = Literal["figures"]


class Section(Model):
    """A heading inside a topic's page; facts name it with ``section``."""

    id: Slug
    title: Text
    chart: ChartKind | None = Field(
        default=None,
        description="A chart of the section's facts above them. 'figures': a table of every "
        "figure each source gave for the section's quantity facts, and a bar chart of the same "
        "figures on one scale.",
    )


class Topic(Model):
    """A page of the site. Facts belong to exactly one topic (and optionally a section)."""

    id: Slug
    title: Text
    summary: Text = Field(description="One or two sentences on what the page covers.")
    order: Count = Field(description="Position in the navigation, smallest first.")
    sections: list[Section] = Field(default_factory=list)
    map: YamlBool = Field(
        default=False,
        description="Show the locator map on this page, after its summary (the home page "
        "always shows it).",
    )
    handout: YamlBool = Field(
        default=False,
        description="Summarise this topic on the one-page PDF: its summary and its first "
        "four facts.",
    )


# --- entities -----------------------------------------------------------------------------

EntityKind = Literal["state", "person", "place", "organisation", "event", "document", "territory"]


class Variant(Model):
    """A spelling of a name as found in a source (for the glossary and for search)."""

    text: str
    lang: Lang
    sources: list[Slug] = Field(
        default_factory=list, description="Ids of sources where this spelling is used."
    )
    note: Text | None = None


class Role(Model):
    """A dated role: Putin is President of Russia as of 2022-10-31."""

    title: Text
    of: Slug | None = Field(default=None, description="Entity id of the state or organisation.")
    as_of: DateText
    sources: list[Slug] = Field(min_length=1)


class Location(Model):
    """Where a place is, as its sources give it: a point in decimal degrees (WGS 84).

    Cited like any fact: only a source that gives the coordinates may be named. The locator
    map marks the place; a point outside the map's region is rejected (``location-*``)."""

    latitude: Real = Field(description="Decimal degrees north (negative south), -90 to 90.")
    longitude: Real = Field(description="Decimal degrees east (negative west), -180 to 180.")
    sources: list[Slug] = Field(
        min_length=1, description="Ids of the sources that give these coordinates."
    )


class Entity(Model):
    """A state, person, place, organisation, event or document that facts refer to."""

    id: Slug
    kind: EntityKind
    label: Text
    description: Text | None = None
    variants: list[Variant] = Field(
        default_factory=list, description="Other spellings in Arabic and English media."
    )
    roles: list[Role] = Field(default_factory=list)
    wikidata: Annotated[str, Field(pattern=r"^Q[1-9][0-9]*$")] | None = None
    location: Location | None = Field(
        default=None, description="A place's coordinates, with their sources (locator map)."
    )


# --- sources ------------------------------------------------------------------------------

SourceKind = Literal[
    "news-article",
    "news-agency-report",
    "official-statement",
    "official-document",
    "transcript",
    "analysis",
    "reference",
    "social-media",
]


class Source(Model):
    """Where a claim comes from. ``stored`` names the copy kept under ``seeds/``, if any."""

    id: Slug
    kind: SourceKind
    publisher: Text | None = Field(
        default=None,
        description="Who published it. Leave it out when the source does not say (the site "
        "then states that the publisher is not recorded); never write a placeholder name.",
    )
    title: Text = Field(
        description="The page's own title, or when it was not recorded, a short description "
        "of the page (say so in note)."
    )
    language: Lang
    url: str | None = Field(default=None, description="https URL of the page.")
    published: DateText | None = None
    retrieved: DateText | None = None
    stored: str | None = Field(
        default=None,
        description="Path of the stored copy relative to the project root, e.g. "
        "seeds/000_c700498ac00d7f2d.txt. Quotes from a stored source are checked against it.",
    )
    reference: str | None = Field(
        default=None, description="The source's number in the curators' reference list (S29)."
    )
    credits: list[Slug] = Field(
        default_factory=list,
        description="Entity ids of the agencies this source credits for parts of its text.",
    )
    note: Text | None = Field(
        default=None, description="What is known and what is inferred about this source."
    )


# --- values -------------------------------------------------------------------------------

Bound = Literal["at-least", "more-than", "nearly", "up-to", "fewer-than"]


class QuantityValue(Model):
    """A number with a unit: best estimate, optional low/high range, and how exact it is."""

    type: Literal["quantity"]
    unit: Slug = Field(description="A unit id from factsheet.model.units (person, day, hour, ...).")
    best: Real | None = None
    low: Real | None = None
    high: Real | None = None
    approximate: YamlBool = False
    bound: Bound | None = Field(
        default=None,
        description="When the source gives a bound: at-least (at least 5,000), more-than, "
        "up-to (at most), fewer-than, or nearly (a little under).",
    )

    @model_validator(mode="after")
    def _has_a_number(self) -> QuantityValue:
        if self.best is None and self.low is None and self.high is None:
            raise PydanticCustomError(
                "value-missing-number", "a quantity needs best, or low and/or high"
            )
        return self


Precision = Literal["day", "month", "year"]
PRECISION_ORDER: dict[str, int] = {"year": 0, "month": 1, "day": 2}
"""Precisions from the coarsest to the finest."""


def written_precision(date: str) -> Precision:
    """The precision a date is written to: ``YYYY-MM-DD`` a day, ``YYYY-MM`` a month, else a
    year."""
    return "day" if len(date) == 10 else "month" if len(date) == 7 else "year"


class DateValue(Model):
    """A date; precision follows from how it is written unless given."""

    type: Literal["date"]
    date: DateText
    precision: Precision | None = None

    @property
    def effective_precision(self) -> str:
        return self.precision or written_precision(self.date)


class EntityValue(Model):
    """The value is an entity, e.g. the place of a summit."""

    type: Literal["entity"]
    entity: Slug


class TextValue(Model):
    """The value is the statement itself."""

    type: Literal["text"]


Value = Annotated[QuantityValue | DateValue | EntityValue | TextValue, Field(discriminator="type")]


# --- facts --------------------------------------------------------------------------------


class Quote(Model):
    """Words of the source, verbatim, in the source's language, with optional translations.

    Translations are ours and are shown as translations, never as the source's words.
    """

    text: str
    lang: Lang
    translations: dict[Lang, str] = Field(default_factory=dict)


class Locator(Model):
    """Where in the source: ``paragraph`` counts non-empty lines of a stored text from 1
    (the headline is paragraph 1)."""

    paragraph: Count | None = None
    section: Text | None = None


ClaimFigure = Literal["fact", "none"]


class Claim(Model):
    """What one source states about the fact, and what it gives about the figure.

    A claim gives the fact's figure (a bare ``- source: s15``, or ``figure: fact``), its own
    figure (``value``), or no figure (``figure: none``: it speaks of the subject in words
    only, and the site shows its words, never a number). When a fact's claims do not all give
    the fact's figure, every claim says which of the three it is."""

    source: Slug
    figure: ClaimFigure | None = Field(
        default=None,
        description="What this source gives about the figure, when the fact's claims differ: "
        "'fact' (the fact's own figure) or 'none' (no figure: words only, shown as words). "
        "A source that gave a figure of its own has 'value' instead. Leave it out when every "
        "claim of the fact gives the fact's figure.",
    )
    value: Value | None = Field(
        default=None,
        description="The figure this source itself gave, as it gave it ('more than 100,000'), "
        "when it is not the fact's figure.",
    )
    stated: Text | None = Field(default=None, description="What this source stated, in our words.")
    stated_on: DateText | None = Field(
        default=None, description="When the source said it, if not its publication date."
    )
    speaker: Slug | None = Field(
        default=None, description="Entity id of the person the source quotes or reports."
    )
    quote: Quote | None = None
    locator: Locator | None = None


class Period(Model):
    start: DateText
    end: DateText | None = None


Rank = Literal["preferred", "normal", "deprecated"]


class Fact(Model):
    """One sourced, dated statement, in both languages, with a typed value."""

    id: Slug
    topic: Slug | None = Field(default=None, description="Defaults to the file's topic.")
    section: Slug | None = Field(default=None, description="Section id within the topic.")
    subject: Slug | None = Field(default=None, description="Entity id the fact is about.")
    label: Text = Field(description="A short name for the fact (cards, tables, timeline).")
    statement: Text = Field(description="The fact as one or two sentences.")
    value: Value
    as_of: DateText = Field(description="The date the fact refers to.")
    period: Period | None = None
    method: Text | None = Field(default=None, description="How the figure was obtained.")
    rank: Rank = "normal"
    rank_reason: Text | None = None
    scheduled: YamlBool = Field(
        default=False,
        description="The fact is an event scheduled or expected on as_of, not one that has "
        "happened: as_of may then be later than the sources, and the site says 'scheduled for'.",
    )
    key: YamlBool = Field(default=False, description="Show as a key figure on the home page.")
    related: list[Slug] = Field(default_factory=list)
    claims: list[Claim] = Field(min_length=1)

    @property
    def quantity(self) -> QuantityValue | None:
        return self.value if isinstance(self.value, QuantityValue) else None


class Site(Model):
    """The fact sheet's own name and description, shown on its home page and in its head."""

    name: Text = Field(description="The site's name, the heading of its home page.")
    description: Text = Field(
        description="One or two sentences on what the fact sheet covers (home page, metadata)."
    )


class FactFile(Model):
    """One YAML file under ``facts/``. Any mix of registries; ``facts`` need a ``topic``."""

    site: Site | None = Field(
        default=None, description="The fact sheet's name and description; in one file only."
    )
    topics: list[Topic] = Field(default_factory=list)
    entities: list[Entity] = Field(default_factory=list)
    sources: list[Source] = Field(default_factory=list)
    topic: Slug | None = Field(default=None, description="Topic id of the facts in this file.")
    facts: list[Fact] = Field(default_factory=list)

    @model_validator(mode="after")
    def _facts_have_a_topic(self) -> FactFile:
        if self.topic is None and any(f.topic is None for f in self.facts):
            raise PydanticCustomError(
                "schema-missing-topic",
                "facts need a topic: add 'topic: <topic-id>' at the top of the file",
            )
        return self

    def facts_with_topic(self) -> list[Fact]:
        return [f if f.topic else f.model_copy(update={"topic": self.topic}) for f in self.facts]
