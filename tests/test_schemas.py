"""A run builds and validates its records with the pydantic models (`models.record(s)`).

The records are what the models give for the same fields (`model_dump(mode="json")`),
and validation is strict: a value the lax model would convert from another
JSON type is refused, since only this package's code builds records.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from pydantic import ValidationError

from vnextract.models import Article, Fact, Quantity, record, records
from vnextract.outputs.export import dumps

ROOT = Path(__file__).resolve().parent.parent
MODELS = {"Fact": Fact, "Article": Article, "Quantity": Quantity}


def _both(name: str, fields: dict[str, Any]) -> tuple[str | None, str | None]:
    """What `record` and the lax model make of the same fields, as the exports write it
    (JSON: `116` and `116.0` differ there, not in a dict), or None if refused."""
    try:
        ours: str | None = dumps(record(name, **fields))
    except ValidationError:
        ours = None
    try:
        theirs: str | None = dumps(MODELS[name](**fields).model_dump(mode="json"))
    except ValidationError:
        theirs = None
    return ours, theirs


def test_every_record_of_the_test_corpora_is_what_the_models_make(seed_results):
    from vnextract.api import extract_articles

    results = [*seed_results, *extract_articles(ROOT / "tests" / "corpus" / "articles")]
    facts = [f for r in results for f in r.rows.records]
    assert len(facts) > 100
    for r in results:
        assert dumps(r.article_record) == dumps(Article(**r.article_record).model_dump(mode="json"))
        for f in r.rows.records:
            assert dumps(f) == dumps(Fact(**f).model_dump(mode="json"))


def test_quantity_records_are_the_models():
    from vnextract.recognizers.quantities import find_quantities, recognize_quantities

    text = (
        "Environ 8.100 milliards de dongs, plus de 40 % des 2,5 millions de dossiers, "
        "la 71e place sur 193 pays et près d'un tiers des 63 provinces."
    )
    records = find_quantities(text)
    assert len(records) >= 5
    models = recognize_quantities(text)
    assert [q.model_dump() for q in models] == [q._asdict() for q in records]
    assert [type(q.value) for q in records] == [float] * len(records)


FACT = {"doc_id": "d", "type": "count", "metric": "m", "text": "t", "start": 0, "end": 1}
ARTICLE = {"doc_id": "d", "path": "p", "sha256": "0" * 64}

#: Values each field must refuse (the model refuses them too).
BAD = [
    ("Fact", "type", "amount"),
    ("Fact", "type", None),
    ("Fact", "qualifier", "about"),
    ("Fact", "per", "decade"),
    ("Fact", "date_source", "guessed"),
    ("Fact", "status", None),
    ("Fact", "date", "2021-3"),
    ("Fact", "date", "8 mars 2021"),
    ("Fact", "date", 2021),
    ("Fact", "compared_to", "20210"),
    ("Fact", "start", -1),
    ("Fact", "end", -5),
    ("Fact", "start", None),
    ("Fact", "out_of", "193 pays"),
    ("Fact", "value", "beaucoup"),
    ("Fact", "value", [1]),
    ("Fact", "label", None),
    ("Fact", "doc_id", 3),
    ("Article", "published", "mars 2021"),
    ("Article", "published", 5),
    ("Article", "published_source", "guess"),
    ("Article", "facts", None),
    ("Article", "sha256", None),
    ("Quantity", "kind", "count"),
    ("Quantity", "start", None),
]


@pytest.mark.parametrize(("name", "field", "value"), BAD)
def test_a_value_the_model_refuses_is_refused(name, field, value):
    base = FACT if name == "Fact" else ARTICLE if name == "Article" else QUANTITY
    ours, theirs = _both(name, {**base, field: value})
    assert theirs is None, "the model accepts it: not a bad value"
    assert ours is None


QUANTITY = {"kind": "number", "value": 3.0, "start": 0, "end": 1, "text": "3"}


@pytest.mark.parametrize(
    ("name", "base", "missing"),
    [("Fact", FACT, f) for f in FACT] + [("Article", ARTICLE, f) for f in ARTICLE],
)
def test_a_missing_required_field_is_refused(name, base, missing):
    fields = {k: v for k, v in base.items() if k != missing}
    assert _both(name, fields) == (None, None)


def test_an_unknown_field_is_refused_where_the_model_forbids_it():
    assert _both("Fact", {**FACT, "score": 1.0}) == (None, None)
    assert _both("Article", {**ARTICLE, "lang": "fr"}) == (None, None)
    # a field missing and an unknown one: as many fields as the record has, still refused
    fields = {**{k: None for k in Fact.model_fields}, **FACT}
    del fields["sentence"]
    fields["sentense"] = ""
    assert _both("Fact", fields) == (None, None)
    # Quantity ignores unknown fields, as its model does
    ours, theirs = _both("Quantity", {**QUANTITY, "note": "x"})
    assert ours == theirs is not None


def test_defaults_and_numbers_are_the_models():
    fields = {**FACT, "value": 116, "change": 3, "value_usd": 1.5e6}
    ours, theirs = _both("Fact", fields)
    assert ours == theirs is not None
    made = record("Fact", **fields)
    assert type(made["value"]) is float and type(made["change"]) is float
    assert (made["qualifier"], made["status"], made["label"]) == ("exact", "actual", "")
    assert list(made) == list(Fact.model_fields)
    ours, theirs = _both("Article", ARTICLE)
    assert ours == theirs is not None
    assert record("Article", **ARTICLE)["published_source"] == "unknown"


_ISO = st.from_regex(r"\A\d{4}(-\d{2}(-\d{2})?)?\Z")
_TEXT = st.one_of(st.none(), st.text(max_size=12), _ISO)
_NUMBER = st.one_of(st.none(), st.integers(-(10**6), 10**6), st.floats(allow_nan=False))
_ANY = st.one_of(_TEXT, _NUMBER, st.booleans())


@settings(max_examples=300, deadline=None)
@given(
    st.fixed_dictionaries(
        {},
        optional={
            "type": st.one_of(st.sampled_from(["count", "money", "ranking"]), _ANY),
            "value": st.one_of(_NUMBER, _ANY),
            "out_of": st.one_of(st.integers(0, 300), _ANY),
            "per": st.one_of(st.sampled_from(["year", "month"]), _ANY),
            "date": st.one_of(_ISO, _ANY),
            "compared_to": _TEXT,
            "start": st.one_of(st.integers(-3, 10**6), _ANY),
            "label": _TEXT,
        },
    )
)
def test_random_facts_are_accepted_and_refused_as_the_model_does(changes):
    ours, theirs = _both("Fact", {**FACT, **changes})
    if theirs is None:
        assert ours is None
    elif ours is None:
        # stricter in one way only: no conversion from another JSON type
        assert any(
            isinstance(v, bool | str) or (isinstance(v, float) and k in ("out_of", "start"))
            for k, v in changes.items()
        ), changes
    else:
        assert ours == theirs


def test_records_validates_a_list_in_one_call_as_record_does_one():
    rows = [{**FACT, "value": 116}, {**FACT, "start": 5, "end": 9, "type": "money"}]
    assert records("Fact", rows) == [record("Fact", **r) for r in rows]
    with pytest.raises(ValidationError) as refused:
        records("Fact", [rows[0], {**FACT, "type": "amount"}])
    assert refused.value.errors()[0]["loc"][:2] == (1, "type")  # says which record
