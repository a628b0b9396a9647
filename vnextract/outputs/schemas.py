"""The records' JSON Schemas, and records validated by them without importing pydantic.

`vnextract/data/schemas.json` holds the JSON Schema of each model of
`vnextract.models` (`Quantity`, `Fact`, `Article`) exactly as pydantic writes it
(`Model.model_json_schema()`); `tests/test_schemas.py` fails the day the file and
the models differ (regenerate it with `python scripts/write_schemas.py`).

A run builds its records with `record()`, which checks them against those
schemas: importing pydantic and building the models costs about 0.2 s per
process, a third of a run on one article and more than extracting 25 articles.
The library API still returns the pydantic models (`pipeline.Result.facts`,
`recognize_quantities`), validated from the same records.

The check covers what the schemas say, as pydantic checks it: required fields,
defaults, no unknown field where `additionalProperties` is false, the JSON type
of each value (an int given for a number becomes a float, as pydantic makes it),
the allowed values of an `enum`, a string's `pattern` (the ISO dates) and a
number's `minimum`. It is stricter than pydantic's lax mode in one way: it
converts nothing else (no `"12"` for an integer), which only the code of this
package would get wrong.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Mapping
from functools import cache
from re import compile as rx
from typing import Any

from vnextract.resources import data_bytes

#: Each field's check: the value in, the value to store out; raises `_Refused`.
_Check = Callable[[Any], Any]
#: A field's default when the schema gives one; a field without one is required.
_NO_DEFAULT = object()


class RecordError(ValueError):
    """A record its model's schema refuses (a bug of the code that built it)."""


class _Refused(Exception):
    """A value a field's schema refuses; the field's name is added by `record`."""


def _type_check(kind: str) -> _Check:
    """The check of one JSON type."""
    if kind == "string":

        def check(v: Any) -> Any:
            if isinstance(v, str):
                return v
            raise _Refused("not a string")

    elif kind == "integer":

        def check(v: Any) -> Any:
            if isinstance(v, int) and not isinstance(v, bool):
                return v
            raise _Refused("not an integer")

    elif kind == "number":

        def check(v: Any) -> Any:
            if isinstance(v, float):
                return v
            if isinstance(v, int) and not isinstance(v, bool):
                return float(v)  # pydantic's `float` field stores an int as a float
            raise _Refused("not a number")

    elif kind == "null":

        def check(v: Any) -> Any:
            if v is None:
                return v
            raise _Refused("not null")

    else:
        raise ValueError(f"JSON type {kind!r} is not one records use")
    return check


def _compile(node: Mapping[str, Any]) -> _Check:
    """The check of a property's schema (the subset pydantic writes for these models)."""
    check: _Check
    if "anyOf" in node:
        options = [_compile(n) for n in node["anyOf"]]

        def first(v: Any) -> Any:
            reasons = []
            for option in options:
                try:
                    return option(v)
                except _Refused as exc:
                    reasons.append(str(exc))
            raise _Refused(" and ".join(reasons))

        check = first
    else:
        check = _type_check(node["type"])
    allowed = node.get("enum")
    pattern = node.get("pattern")
    minimum = node.get("minimum")
    if allowed is None and pattern is None and minimum is None:
        return check
    allowed_set = frozenset(allowed) if allowed is not None else None
    allowed_text = ", ".join(allowed or ())
    search = rx(pattern).search if pattern is not None else None

    def constrained(v: Any) -> Any:
        v = check(v)
        if allowed_set is not None and v not in allowed_set:
            raise _Refused(f"not one of {allowed_text}")
        if search is not None and isinstance(v, str) and search(v) is None:
            raise _Refused(f"does not match {pattern}")
        if minimum is not None and isinstance(v, int | float) and v < minimum:
            raise _Refused(f"less than {minimum}")
        return v

    return constrained


class RecordSchema:
    """One model's schema, compiled: `build(**fields)` is the validated record."""

    def __init__(self, name: str, schema: Mapping[str, Any]) -> None:
        self.name = name
        required = set(schema.get("required", ()))
        self.fields: tuple[tuple[str, _Check, Any], ...] = tuple(
            (field, _compile(node), _NO_DEFAULT if field in required else node["default"])
            for field, node in schema["properties"].items()
        )
        self.names = frozenset(f for f, _, _ in self.fields)
        self.closed = schema.get("additionalProperties") is False

    def build(self, fields: Mapping[str, Any]) -> dict[str, Any]:
        """The record of these fields, in the schema's order; raises `RecordError`."""
        out: dict[str, Any] = {}
        for field, check, default in self.fields:
            value = fields.get(field, default)
            if value is _NO_DEFAULT:
                raise RecordError(f"{self.name}.{field}: missing")
            try:
                out[field] = check(value)
            except _Refused as exc:
                raise RecordError(f"{self.name}.{field}: {exc}: {value!r}") from None
        if self.closed and not self.names.issuperset(fields):
            unknown = sorted(set(fields) - self.names)
            raise RecordError(f"{self.name}: unknown fields {', '.join(unknown)}")
        return out


@cache
def json_schemas() -> dict[str, Any]:
    """The shipped JSON Schemas, by model name."""
    schemas: dict[str, Any] = json.loads(data_bytes("schemas.json")[1])
    return schemas


@cache
def schema(name: str) -> RecordSchema:
    """The compiled schema of the model `name` (`Fact`, `Article` or `Quantity`)."""
    return RecordSchema(name, json_schemas()[name])


def record(name: str, /, **fields: Any) -> dict[str, Any]:
    """The record of the model `name` with these fields, validated by its schema.

    A plain dict in the model's field order, with the values pydantic's
    `model_dump(mode="json")` gives for the same fields. Raises `RecordError`
    (a `ValueError`) when the schema refuses them.
    """
    return schema(name).build(fields)
