"""The record format (contract §1) as pydantic models.

The models are the schema: `timeline schema` generates the JSON Schema from
them, and docs/schema.md describes the same fields in prose. They check the
shape of one record; rules that need more context (the file name, other files,
the order of events) live in `check.py`.
"""

from __future__ import annotations

import datetime as dt
import math
import re
from enum import Enum
from typing import Annotated, Any, Literal

from pydantic import AfterValidator, BaseModel, BeforeValidator, ConfigDict, Field, StringConstraints, WithJsonSchema
from pydantic_core import PydanticCustomError

from timeline.core.dates import to_date

from .codes import WARNINGS


class Status(str, Enum):
    """Where a policy stands. Closed set (contract §1)."""

    proposed = "proposed"
    announced = "announced"
    active = "active"
    suspended = "suspended"
    enjoined = "enjoined"
    terminated = "terminated"

    def __str__(self) -> str:
        return self.value


class Action(str, Enum):
    """What kind of act an event records. Closed set (contract §1)."""

    proposed = "proposed"
    announced = "announced"
    implemented = "implemented"
    expanded = "expanded"
    narrowed = "narrowed"
    amended = "amended"
    suspended = "suspended"
    resumed = "resumed"
    enjoined = "enjoined"
    stayed = "stayed"
    vacated = "vacated"
    terminated = "terminated"
    reinstated = "reinstated"
    rebranded = "rebranded"
    superseded = "superseded"

    def __str__(self) -> str:
        return self.value


class Relation(str, Enum):
    """How one policy relates to another, read from the record that names the other. Closed set (docs/schema.md)."""

    exception_to = "exception-to"  # following this policy exempts a person from the other's restriction
    implements = "implements"  # this policy carries out the other
    succeeds = "succeeds"  # this policy took over the other's role when the other ended
    complements = "complements"  # designed to operate alongside the other
    amends = "amends"  # this policy changes the terms of the other

    def __str__(self) -> str:
        return self.value


IN_EFFECT = Status.active
STATUSES = tuple(s.value for s in Status)
ACTIONS = tuple(a.value for a in Action)
RELATIONS = tuple(r.value for r in Relation)

_ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")
_SLUG = r"^[a-z0-9]+(?:-[a-z0-9]+)*$"
SLUG = re.compile(_SLUG)  # what an id looks like (and so the name of a record's file)
# What the JSON Schema says of dates and URLs, in patterns that mean in a JSON Schema validator (ECMA-262) what
# `_as_date` and `_as_url` accept: a date is YYYY-MM-DD (and, by its format, a day that exists); a URL is http(s)
# with a host and no spaces inside. tests/test_schema.py checks them against the models on good and bad values.
DATE_PATTERN = r"^[0-9]{4}-[0-9]{2}-[0-9]{2}$"
URL_PATTERN = r"^\s*https?://[^\s/]+[./]\S*\s*$"
_URL = re.compile(r"https?://[^\s/]+[./]\S*")


def _as_date(value: Any) -> dt.date:
    """Accept a YAML date or an ISO string; refuse numbers, times and impossible days, each with its code."""
    if isinstance(value, bool):
        raise PydanticCustomError("yaml-typed", "expected a date (YYYY-MM-DD), got the boolean {value}",
                                  {"value": value})
    if isinstance(value, int | float):
        raise PydanticCustomError(
            "number-as-date",
            "a date written as a number ({value}) is not a date; write it as YYYY-MM-DD",
            {"value": value},
        )
    if isinstance(value, dt.datetime):
        raise PydanticCustomError("invalid-date", "expected a date without a time of day, got {value}",
                                  {"value": str(value)})
    if isinstance(value, str) and value != value.strip():
        raise PydanticCustomError("invalid-date", "'{value}' has spaces around the date", {"value": value})
    day = to_date(value)
    if day is not None:
        return day
    if isinstance(value, str):
        if _ISO_DATE.fullmatch(value.strip()):
            raise PydanticCustomError("invalid-date", "'{value}' is not a day that exists in the calendar",
                                      {"value": value})
        raise PydanticCustomError("invalid-date", "'{value}' is not a date in YYYY-MM-DD form", {"value": value})
    raise PydanticCustomError("invalid-date", "expected a date (YYYY-MM-DD)")


def _as_url(value: Any) -> Any:
    if isinstance(value, str):
        text = value.strip()
        if not _URL.fullmatch(text):
            raise PydanticCustomError("bad-url", "'{value}' is not an http(s) URL", {"value": value})
        return text
    return value


IsoDate = Annotated[dt.date, BeforeValidator(_as_date),
                    WithJsonSchema({"type": "string", "format": "date", "pattern": DATE_PATTERN})]
Text = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1)]
Url = Annotated[str, BeforeValidator(_as_url), WithJsonSchema({"type": "string", "pattern": URL_PATTERN})]
def _ignore_help(where: str) -> str:
    return f"{where}: each a warning code and why it does not apply here (docs/validation.md)"


WarningCode = Literal[WARNINGS]  # type: ignore[valid-type] - the codes a record may silence in place
# `ignore: {code: reason}`: warnings a record silences where they occur, each with the reason a reader needs
Ignore = dict[WarningCode, Text] | None
Slug = Annotated[str, StringConstraints(pattern=_SLUG, max_length=100)]


def _finite(value: Any) -> Any:
    """JSON has no NaN or infinity, so an attribute (or anything inside it) cannot be one."""
    pending = [value]
    while pending:
        item = pending.pop()
        if isinstance(item, float) and not math.isfinite(item):
            raise PydanticCustomError("yaml-typed", "{value} is not a number the JSON output can hold",
                                      {"value": str(item)})
        if isinstance(item, dict):
            pending.extend(item.values())
        elif isinstance(item, list):
            pending.extend(item)
    return value


AttributeValue = Annotated[Any, AfterValidator(_finite)]


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True, use_enum_values=False)


class Source(_Model):
    """A document that supports an event."""

    url: Url = Field(description="http(s) address of the source, preferably the primary document")
    title: Text = Field(description="the source's own title")
    publisher: Text | None = Field(default=None, description="who published it (expected)")
    published: IsoDate | None = Field(default=None, description="date of publication (expected)")
    updated: IsoDate | None = Field(default=None, description="date of the last update, when the source shows one")
    quote: Text | None = Field(default=None, description="a short verbatim quote that pins the date or the fact")
    provenance: Literal["curated", "extracted"] = Field(
        default="curated", description="curated by a person (default) or extracted from text by `timeline extract`"
    )
    ignore: Ignore = Field(default=None, description=_ignore_help("warnings silenced on this source"))


class Case(_Model):
    """The court case behind a court action."""

    court: Text = Field(description="the court, e.g. U.S. District Court for the Northern District of California")
    name: Text = Field(description="the case name, e.g. Innovation Law Lab v. Nielsen")
    docket: Text | None = Field(default=None, description="docket or case number as the court writes it")
    citation: Text | None = Field(default=None, description="reporter citation, e.g. 597 U.S. 785")


class Event(_Model):
    """One dated change of a policy's status or attributes."""

    date: IsoDate | None = Field(default=None, description="effective date; omit only for an uncertain window")
    not_before: IsoDate | None = Field(default=None, description="uncertain date: earliest possible day")
    not_after: IsoDate | None = Field(default=None, description="uncertain date: latest possible day")
    announced: IsoDate | None = Field(default=None, description="when the act was announced, if not on its date")
    status: Status = Field(description="the policy's status after this event")
    action: Action | None = Field(default=None, description="what kind of act this was")
    summary: Text = Field(description="one sentence: what changed")
    authority: Text | None = Field(default=None, description="who decided: agency, official or court")
    case: Case | None = Field(default=None, description="for court actions: court, case name, docket")
    attributes: dict[str, AttributeValue] | None = Field(
        default=None, alias="set", description="attributes that change with this event; null removes a key"
    )
    note: Text | None = Field(default=None, description="caveats, and where sources disagree")
    sources: list[Source] = Field(min_length=1, description="at least one source")
    ignore: Ignore = Field(default=None, description=_ignore_help("warnings silenced on this event"))


class Context(_Model):
    """A dated fact that explains a history without changing the policy's state.

    For example, the CBP One app existed from 2020, years before the
    appointment-scheduling policy the record tracks. Context is shown by
    `timeline show` but never changes a state or a diff.
    """

    date: IsoDate | None = Field(default=None, description="when it happened")
    not_before: IsoDate | None = Field(default=None, description="uncertain date: earliest possible day")
    not_after: IsoDate | None = Field(default=None, description="uncertain date: latest possible day")
    summary: Text = Field(description="one sentence: what happened")
    note: Text | None = Field(default=None, description="caveats, and where sources disagree")
    sources: list[Source] = Field(min_length=1, description="at least one source")


class Related(_Model):
    """Another policy this one relates to."""

    policy: Slug = Field(description="the other policy's id")
    relation: Relation = Field(description="how this policy relates to it: " + ", ".join(r.value for r in Relation))
    note: Text | None = Field(default=None, description="how, in a sentence")
    ignore: Ignore = Field(default=None, description=_ignore_help("warnings silenced on this entry"))


def _description(value: Any) -> Any:
    """A descriptive phrase: words, '...' for a gap of up to twelve words, '*' after a word for any ending."""
    if isinstance(value, str):
        words = value.split()
        gaps = [word for word in words if word in ("...", "…")]
        if not words or len(gaps) == len(words):
            raise PydanticCustomError("bad-description", "a description needs at least one word")
        if words[0] in ("...", "…") or words[-1] in ("...", "…"):
            raise PydanticCustomError("bad-description", "'{value}' starts or ends with '...': a gap goes between "
                                      "words", {"value": value})
        if any("*" in word[:-1] for word in words):
            raise PydanticCustomError("bad-description", "'{value}' has '*' inside a word: it only ends one",
                                      {"value": value})
    return value


Description = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1), AfterValidator(_description)]
LanguageCode = Annotated[str, StringConstraints(pattern=r"^[a-z]{2}$")]


class Policy(_Model):
    """One policy record: a file in the data folder."""

    id: Slug = Field(description="lowercase slug; equals the file name stem")
    name: Text = Field(description="the policy's usual name")
    aliases: list[Text] = Field(default_factory=list, description="other names, used to find the policy in text")
    described_as: dict[LanguageCode, list[Description]] = Field(
        default_factory=dict,
        description="how the press describes the policy without naming it, by language (ISO 639-1 code, e.g. en, "
        "es, pt): phrases `timeline extract` looks for; '...' stands for up to twelve words, '*' after a word for "
        "any ending")
    jurisdiction: Text | None = Field(default=None, description="e.g. US")
    summary: Text | None = Field(default=None, description="what the policy is, and what this record tracks")
    last_reviewed: IsoDate | None = Field(default=None, description="when a person last checked the whole record")
    events: list[Event] = Field(min_length=1, description="the policy's history; at least one event")
    context: list[Context] = Field(default_factory=list, description="dated facts that explain the history "
                                   "without changing the policy's state")
    related: list[Related] = Field(default_factory=list, description="other policies this one relates to")
    ignore: Ignore = Field(default=None,
                           description=_ignore_help("warnings silenced on the record itself (not on its events)"))


__all__ = ["ACTIONS", "Action", "Case", "Context", "Event", "IN_EFFECT", "Policy", "RELATIONS", "Related", "Relation",
           "STATUSES", "Source", "Status"]
