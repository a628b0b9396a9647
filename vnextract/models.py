"""The records vnextract produces: facts, articles and quantities (the contract, FACTS.md).

These models are the one schema source: the exports' columns
(`vnextract.outputs.columns`), the JSON Schema of `vnextract schema`, and the
validation of every record a run writes (`record`, `records`) all come from them.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from functools import cache
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, TypeAdapter, field_validator

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


#: The models by name, as `record` and `records` take them.
MODELS: dict[str, type[BaseModel]] = {"Fact": Fact, "Article": Article, "Quantity": Quantity}


@cache
def _list_adapter(name: str) -> TypeAdapter[list[Any]]:
    """A validator of a list of `name` records (built once: building one costs ~1 ms)."""
    model = MODELS[name]
    return TypeAdapter(list[model])  # type: ignore[valid-type]


def records(name: str, rows: Iterable[Mapping[str, Any]]) -> list[dict[str, Any]]:
    """The records of the model `name` made from these fields, validated in one call.

    Each is a plain dict in the model's field order with the values
    `model_dump(mode="json")` gives (an int given for a float field is a float).
    Validation is strict: a value of another JSON type (`"12"` for an integer)
    is refused rather than converted, since only this package's code builds them.

    Raises:
        pydantic.ValidationError: (a `ValueError`) when a record is refused.
    """
    adapter = _list_adapter(name)
    dumped: list[dict[str, Any]] = adapter.dump_python(
        adapter.validate_python(list(rows), strict=True), mode="json"
    )
    return dumped


def record(name: str, /, **fields: Any) -> dict[str, Any]:
    """One record of the model `name` with these fields (see `records`)."""
    return records(name, [fields])[0]
