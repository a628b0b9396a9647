"""Export options of `run` (parquet, --excel, filters); the `schema` and `metrics` commands."""

from __future__ import annotations

import csv
import io
import json
import sys

import pytest
from typer.testing import CliRunner

from tests.conftest import RAW
from vnextract.cli import app
from vnextract.outputs.columns import ARTICLE_FIELDS, FACT_FIELDS
from vnextract.outputs.filters import FactFilter, FilterError, period

runner = CliRunner()


@pytest.fixture(scope="module")
def full(tmp_path_factory):
    """An unfiltered run of the sample corpus: its facts and articles."""
    out = tmp_path_factory.mktemp("full")
    result = runner.invoke(app, ["run", "-j", "1", str(RAW), "--out", str(out), "-q", "-f", "json"])
    assert result.exit_code == 0, result.stderr
    facts = json.loads((out / "facts.json").read_text(encoding="utf-8"))
    articles = json.loads((out / "articles.json").read_text(encoding="utf-8"))
    return facts, articles


# -- Parquet --------------------------------------------------------------------------------


def test_parquet_on_stdout_and_in_the_folder(tmp_path, full):
    pq = pytest.importorskip("pyarrow.parquet")
    out = tmp_path / "out"
    result = runner.invoke(
        app, ["run", "-j", "1", str(RAW), "--out", str(out), "-q", "-f", "parquet"]
    )
    assert result.exit_code == 0, result.stderr
    stdout = tmp_path / "stdout.parquet"
    stdout.write_bytes(result.stdout_bytes)
    assert result.stdout_bytes == (out / "facts.parquet").read_bytes()
    table = pq.read_table(stdout)
    assert table.column_names == list(FACT_FIELDS)
    assert table.to_pylist() == full[0]
    assert str(table.schema.field("value").type) == "double"
    assert str(table.schema.field("start").type) == "int64"


def test_parquet_without_pyarrow_is_a_usage_error(tmp_path, monkeypatch):
    monkeypatch.setitem(sys.modules, "pyarrow", None)  # as if not installed
    result = runner.invoke(
        app, ["run", "-j", "1", str(RAW), "--out", str(tmp_path), "-f", "parquet"]
    )
    assert result.exit_code == 2
    assert "pip install 'vnextract[parquet]'" in result.stderr
    assert not (tmp_path / "facts.json").exists(), "nothing is run before the check"


# -- Excel-friendly CSV ---------------------------------------------------------------------


def test_excel_csv_has_a_bom_semicolons_and_decimal_commas(tmp_path, full):
    out = tmp_path / "out"
    result = runner.invoke(
        app, ["run", "-j", "1", str(RAW), "--out", str(out), "-q", "--excel", "-f", "csv"]
    )
    assert result.exit_code == 0, result.stderr
    data = (out / "facts.csv").read_bytes()
    assert data.startswith(b"\xef\xbb\xbf")
    text = data.decode("utf-8-sig")
    assert text.splitlines()[0] == ";".join(FACT_FIELDS)
    rows = list(csv.DictReader(io.StringIO(text), delimiter=";"))
    assert len(rows) == len(full[0])
    for row, fact in zip(rows, full[0], strict=True):
        if fact["value"] is not None:
            assert float(row["value"].replace(",", ".")) == fact["value"]
        assert row["text"].lstrip("'") == fact["text"]
    # stdout gets the same dialect
    assert result.stdout.startswith("\ufeff" + ";".join(FACT_FIELDS))


def test_excel_dialect_writes_decimal_commas():
    from vnextract.outputs.export import EXCEL_CSV, CsvWriter

    buf = io.StringIO()
    w = CsvWriter(buf, ["value", "text"], EXCEL_CSV["delimiter"], EXCEL_CSV["decimal"])
    w.write({"value": 26.7, "text": "26,7 %; soit"})
    w.write({"value": 26700000000.0, "text": "=1+1"})
    assert buf.getvalue().splitlines() == [
        "value;text",
        '26,7;"26,7 %; soit"',
        "26700000000;'=1+1",
    ]


def test_plain_csv_is_unchanged_by_default(tmp_path):
    out = tmp_path / "out"
    assert (
        runner.invoke(
            app, ["run", "-j", "1", str(RAW), "--out", str(out), "-q", "-f", "json"]
        ).exit_code
        == 0
    )
    data = (out / "facts.csv").read_bytes()
    assert not data.startswith(b"\xef\xbb\xbf") and data.startswith(b"doc_id,type,")


# -- filters --------------------------------------------------------------------------------


def filtered(tmp_path, *opts):
    out = tmp_path / "out"
    result = runner.invoke(
        app, ["run", "-j", "1", str(RAW), "--out", str(out), "-q", "-f", "json", *opts]
    )
    assert result.exit_code == 0, result.stderr
    facts = json.loads((out / "facts.json").read_text(encoding="utf-8"))
    articles = json.loads((out / "articles.json").read_text(encoding="utf-8"))
    csv_rows = list(csv.DictReader(io.StringIO((out / "facts.csv").read_text("utf-8"))))
    assert json.loads(result.stdout) == facts, "stdout and exports show the same facts"
    assert len(csv_rows) == len(facts)
    return facts, articles


def test_metric_filter_applies_to_stdout_and_exports_not_articles(tmp_path, full):
    facts, articles = filtered(tmp_path, "--metric", "portal_visits,registered_accounts")
    assert facts == [f for f in full[0] if f["metric"] in ("portal_visits", "registered_accounts")]
    assert len(facts) >= 4
    assert articles == full[1], "articles.json stays complete, with full fact counts"


def test_doc_filter_takes_globs(tmp_path, full):
    facts, _ = filtered(tmp_path, "--doc", "00[34]*", "--metric", "portal_visits")
    assert facts and {f["doc_id"][:3] for f in facts} == {"003", "004"}
    assert facts == [
        f for f in full[0] if f["doc_id"][:3] in ("003", "004") and f["metric"] == "portal_visits"
    ]


def test_since_and_until_compare_periods(tmp_path, full):
    facts, _ = filtered(tmp_path, "--since", "2020-02", "--until", "2020")
    want = [f for f in full[0] if f["date"] and "2020-02" <= f["date"][:7] <= "2020-12"]
    want += [f for f in full[0] if f["date"] == "2020" and f not in want]
    assert sorted(map(json.dumps, facts)) == sorted(map(json.dumps, want))
    assert any(f["date"] == "2020" for f in facts), "a year overlaps the period"


@pytest.mark.parametrize(
    ("opts", "message"),
    [
        (["--since", "mars 2020"], "not an ISO date"),
        (["--until", "2020-13"], "not a valid date"),
        (["--since", "2021", "--until", "2020"], "after --until"),
        (["--metric", "portal_vists"], "unknown metric portal_vists"),
    ],
)
def test_bad_filters_are_usage_errors(tmp_path, opts, message):
    result = runner.invoke(app, ["run", "-j", "1", str(RAW), "--out", str(tmp_path), *opts])
    assert result.exit_code == 2
    assert message in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1


@pytest.mark.parametrize(
    ("date", "since", "until", "kept"),
    [
        ("2020", "2020-06", None, True),
        ("2020", None, "2020-03", True),
        ("2019-12-09", "2019-12-10", None, False),
        ("2019-12", "2019-12-10", "2019-12-10", True),
        ("2021-03-08", "2021", "2021", True),
        (None, "2000", None, False),
        (None, None, None, True),
    ],
)
def test_fact_filter_periods(date, since, until, kept):
    keep = FactFilter.build(since=since, until=until)
    assert keep({"metric": "m", "doc_id": "d", "date": date}) is kept


def test_period_bounds():
    assert [str(d) for d in period("2020-02")] == ["2020-02-01", "2020-02-29"]
    with pytest.raises(FilterError):
        period("2020-02-30")


# -- schema and metrics ---------------------------------------------------------------------


def test_schema_validates_every_exported_record(full):
    jsonschema = pytest.importorskip("jsonschema")
    result = runner.invoke(app, ["schema"])
    assert result.exit_code == 0
    schemas = json.loads(result.stdout)
    assert list(schemas["fact"]["properties"]) == list(FACT_FIELDS)
    assert list(schemas["article"]["properties"]) == list(ARTICLE_FIELDS)
    facts, articles = full
    for f in facts:
        jsonschema.validate(f, schemas["fact"])
    for a in articles:
        jsonschema.validate(a, schemas["article"])
    bad = dict(facts[0], qualifier="roughly")
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate(bad, schemas["fact"])
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate(dict(facts[0], date="10/03/2021"), schemas["fact"])


def test_schema_of_one_record_and_unknown_names():
    fact = json.loads(runner.invoke(app, ["schema", "fact"]).stdout)
    assert fact["title"] == "Fact"
    result = runner.invoke(app, ["schema", "facts"])
    assert result.exit_code == 2 and "choose fact, article or all" in result.stderr


def test_metrics_formats(tmp_path):
    piped = runner.invoke(app, ["metrics"])
    keys = [m["key"] for m in json.loads(piped.stdout)]
    assert "portal_visits" in keys
    table = runner.invoke(app, ["metrics", "--format", "table"])
    assert table.exit_code == 0 and "metric vocabulary" in table.stdout
    assert not table.stdout.lstrip().startswith("[")
    rows = list(csv.DictReader(io.StringIO(runner.invoke(app, ["metrics", "-f", "csv"]).stdout)))
    assert [r["key"] for r in rows] == keys


def test_metrics_filter_accepts_user_metrics(tmp_path):
    lex = tmp_path / "lex.toml"
    lex.write_text(
        '[metrics.digital_signatures]\ntype = "count"\nlabel = "signatures numériques"\n'
        'nouns = ["signature numerique"]\n',
        encoding="utf-8",
    )
    args = ["run", "-j", "1", str(RAW), "--out", str(tmp_path / "o"), "-q", "-f", "json"]
    result = runner.invoke(app, [*args, "--lexicon", str(lex), "--metric", "digital_signatures"])
    assert result.exit_code == 0, result.stderr
    assert json.loads(result.stdout) == []
