"""The records vnextract produces: facts, articles and quantities (the contract, FACTS.md)."""

from __future__ import annotations

import re
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator

from vnextract.outputs.columns import ARTICLE_FIELDS, FACT_FIELDS

FactType = Literal["event", "count", "money", "percentage", "ranking"]
Qualifier = Literal["exact", "approx", "at_least", "at_most"]
DateSource = Literal["explicit", "context", "published"]
Status = Literal["actual", "planned", "target"]
Per = Literal["year", "quarter", "month", "week", "day"]
PublishedSource = Literal["header", "dateline", "record", "html", "inferred", "unknown"]
QuantityKind = Literal["number", "ordinal", "percent", "money"]

_ISO_DATE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")
#: The ISO check in the JSON Schema too (`vnextract schema`), for tools that validate exports.
_ISO_FIELD: dict[str, Any] = {
    "pattern": _ISO_DATE.pattern,
    "description": "ISO 8601 date at the precision known: YYYY, YYYY-MM or YYYY-MM-DD",
}


def _check_iso(value: str | None) -> str | None:
    if value is not None and not _ISO_DATE.match(value):
        raise ValueError(f"not an ISO 8601 date at year, month or day precision: {value!r}")
    return value


class Quantity(BaseModel):
    """A French quantity found in a string (contract section 9).

    `start`/`end`/`text` cover the number with its scale word and unit
    (`8.100 milliards de dongs`), not the qualifier words before it; those
    are in `qualifier_text` when present.
    """

    model_config = ConfigDict(frozen=True)

    kind: QuantityKind
    value: float
    unit: str | None = None
    qualifier: Qualifier = "exact"
    start: int
    end: int
    text: str
    qualifier_text: str | None = None
    qualifier_start: int | None = None


class Fact(BaseModel):
    """One dated figure or event of an article (contract section 3)."""

    model_config = ConfigDict(extra="forbid")

    doc_id: str
    type: FactType
    metric: str
    value: float | None = None
    unit: str | None = None
    qualifier: Qualifier = "exact"
    out_of: int | None = None
    change: float | None = None
    compared_to: str | None = Field(default=None, json_schema_extra=_ISO_FIELD)
    per: Per | None = None
    value_usd: float | None = None
    date: str | None = Field(default=None, json_schema_extra=_ISO_FIELD)
    date_source: DateSource = "published"
    status: Status = "actual"
    label: str = ""
    text: str
    start: int = Field(ge=0)
    end: int = Field(ge=0)
    sentence: str = ""

    @field_validator("date", "compared_to")
    @classmethod
    def _iso_date(cls, value: str | None) -> str | None:
        return _check_iso(value)


class Article(BaseModel):
    """One input article and what was learnt about it (contract section 5)."""

    model_config = ConfigDict(extra="forbid")

    doc_id: str
    path: str
    title: str = ""
    published: str | None = Field(default=None, json_schema_extra=_ISO_FIELD)
    published_source: PublishedSource = "unknown"
    facts: int = 0
    sha256: str
    encoding: str = "utf-8"
    error: str | None = None

    @field_validator("published")
    @classmethod
    def _iso_published(cls, value: str | None) -> str | None:
        return _check_iso(value)


# The exports' columns are declared in `columns` (no pydantic there); they must be the models'.
for _model, _columns in ((Fact, FACT_FIELDS), (Article, ARTICLE_FIELDS)):
    if tuple(_model.model_fields) != _columns:
        raise RuntimeError(
            f"vnextract.outputs.columns does not list the fields of {_model.__name__}"
        )
del _model, _columns


def json_schemas() -> dict[str, Any]:
    """The JSON Schema of each model, by name: what `vnextract/data/schemas.json` holds."""
    return {m.__name__: m.model_json_schema() for m in (Quantity, Fact, Article)}
