"""Writing records fast, to the same bytes: CSV cells, ready-made fact rows."""

from __future__ import annotations

import csv
import io
import json
from typing import Any

import pytest

from vnextract.outputs.columns import ARTICLE_FIELDS, FACT_FIELDS
from vnextract.outputs.export import (
    EXCEL_CSV,
    CsvWriter,
    FactRows,
    JsonArrayWriter,
    JsonLinesWriter,
    csv_rows,
    export_of,
    safe_cell,
)

DIALECTS = [{}, {"delimiter": EXCEL_CSV["delimiter"], "decimal": EXCEL_CSV["decimal"]}]


def reference_csv(records: list[dict[str, Any]], fields, delimiter=",", decimal=".") -> str:
    """facts.csv as vnextract wrote it before rows were made ready (csv.DictWriter)."""

    class LfRows:
        def __init__(self, stream):
            self.stream = stream

        def write(self, row):
            return self.stream.write(row[:-2] + "\n" if row.endswith("\r\n") else row)

    def value(v):
        if v is None:
            return ""
        if isinstance(v, float) and v.is_integer() and abs(v) < 2**53:
            return int(v)
        if isinstance(v, (list, dict)):
            return safe_cell(json.dumps(v, ensure_ascii=False))
        return safe_cell(v)

    def dec(v):
        return str(v).replace(".", decimal) if isinstance(v, float) else v

    buf = io.StringIO()
    w = csv.DictWriter(
        LfRows(buf), fieldnames=list(fields), delimiter=delimiter, lineterminator="\r\n"
    )
    w.writeheader()
    for r in records:
        row = {k: value(r.get(k)) for k in fields}
        if decimal != ".":
            row = {k: dec(v) for k, v in row.items()}
        w.writerow(row)
    return buf.getvalue()


CELLS = [
    None,
    "",
    "plain",
    "=1+1",
    "+33",
    "-rang",
    "@x",
    "\ttab",
    "\rcr",
    "a,b",
    "a;b",
    'quo"te',
    "line\nbreak",
    " lead",
    "é€ß",
    0,
    -3,
    86,
    2**60,
    True,
    False,
    0.0,
    -0.5,
    26.7,
    1e16,
    2.0**53,
    -(2.0**53) + 1,
    1.5e-7,
    float("inf"),
    ["a", "=b"],
    {"k": 1},
    [],
]


@pytest.mark.parametrize("dialect", DIALECTS, ids=["default", "excel"])
def test_csv_rows_are_those_of_the_dictwriter(dialect):
    fields = ["a", "b", "c"]
    records = [{"a": v, "b": w, "c": "x"} for v in CELLS for w in (None, "=", 1.25)]
    records.append({"a": 1})  # missing fields are empty
    buf = io.StringIO()
    w = CsvWriter(buf, fields, **dialect)
    for r in records:
        w.write(r)
    assert buf.getvalue() == reference_csv(records, fields, **dialect)


def fact(i: int, **changes: Any) -> dict[str, Any]:
    rec: dict[str, Any] = dict.fromkeys(FACT_FIELDS)
    rec.update(
        doc_id="doc,1",
        type="count",
        metric="portal_visits",
        value=116e6 + i,
        qualifier="approx",
        change=-2.5,
        date="2021-03",
        date_source="explicit",
        status="actual",
        label="=visites",
        text="116 millions",
        start=10 * i,
        end=10 * i + 12,
        sentence="Le portail a reçu\n116 millions de « visites »; 26,7 %.",
    )
    rec.update(changes)
    return rec


RECORDS = [fact(0), fact(1, value=26.7, unit="%", doc_id="-x"), fact(2, per="year", out_of=193)]


def test_fact_rows_agree_whichever_form_they_start_from():
    rows = FactRows(RECORDS)
    texts = [json.dumps(r, ensure_ascii=False) for r in RECORDS]
    assert rows.texts == texts
    assert rows.csv == csv_rows(RECORDS)
    assert "".join(rows.csv) == reference_csv(RECORDS, FACT_FIELDS).split("\n", 1)[1]
    from_texts = FactRows(texts=texts)
    assert len(from_texts) == 3
    assert from_texts.records == RECORDS
    assert from_texts.csv == rows.csv
    with pytest.raises(ValueError):
        FactRows()


def test_selected_rows_keep_their_forms():
    rows = FactRows(texts=[json.dumps(r, ensure_ascii=False) for r in RECORDS], csv=["a", "b", "c"])
    kept = rows.select(lambda r: r["start"] != 10)
    assert kept.records == [RECORDS[0], RECORDS[2]]
    assert kept.csv == ["a", "c"]
    assert rows.select(lambda r: True) is rows
    assert len(rows.select(lambda r: False)) == 0


@pytest.mark.parametrize("dialect", DIALECTS, ids=["default", "excel"])
def test_writing_rows_is_writing_each_record(dialect):
    for make in (JsonArrayWriter, JsonLinesWriter, lambda s: CsvWriter(s, **dialect)):
        one, many = io.StringIO(), io.StringIO()
        w1, w2 = make(one), make(many)
        for r in RECORDS:
            w1.write(r)
        w2.write_rows(FactRows(RECORDS[:1]))
        w2.write_rows(FactRows([]))
        w2.write_rows(FactRows(texts=[json.dumps(r, ensure_ascii=False) for r in RECORDS[1:]]))
        w1.close()
        w2.close()
        assert many.getvalue() == one.getvalue()


def test_export_of_a_result_is_made_once(seed_results):
    result = next(r for r in seed_results if r.facts)
    article, rows = export_of(result)
    assert export_of(result)[1] is rows
    assert tuple(article) == ARTICLE_FIELDS
    assert all(tuple(r) == FACT_FIELDS for r in rows.records)
