"""The command line through typer's CliRunner: help, exports, stdout formats, exit codes."""

from __future__ import annotations

import csv
import io
import json

import pytest
from typer.main import get_command
from typer.testing import CliRunner

from tests.conftest import GOLD, RAW
from vnextract import __version__
from vnextract.cli.main import app
from vnextract.models import Article, Fact

runner = CliRunner()
COMMANDS = sorted(get_command(app).commands)  # type: ignore[attr-defined]


def test_every_command_is_listed():
    assert {"run", "eval", "metrics", "schema"} <= set(COMMANDS)


@pytest.mark.parametrize("command", COMMANDS)
def test_every_command_has_help_with_examples(command):
    result = runner.invoke(app, [command, "--help"])
    assert result.exit_code == 0, result.output
    assert "Examples" in result.output
    assert "Usage" in result.output


def test_version():
    result = runner.invoke(app, ["--version"])
    assert result.exit_code == 0
    assert result.output.strip() == f"vnextract {__version__}"


@pytest.fixture(scope="module")
def run_jsonl(tmp_path_factory):
    out = tmp_path_factory.mktemp("out")
    result = runner.invoke(app, ["run", str(RAW), "--out", str(out), "--quiet"])
    return out, result


def test_run_writes_three_valid_exports(run_jsonl):
    out, result = run_jsonl
    assert result.exit_code == 0, result.output
    facts = json.loads((out / "facts.json").read_text(encoding="utf-8"))
    articles = json.loads((out / "articles.json").read_text(encoding="utf-8"))
    assert len(articles) == len(list(RAW.glob("*.txt")))
    assert facts, "the sample corpus has facts"
    for f in facts:
        Fact.model_validate(f)
    for a in articles:
        Article.model_validate(a)
    assert sum(a["facts"] for a in articles) == len(facts)
    keys = [(f["doc_id"], f["start"]) for f in facts]
    assert keys == sorted(keys), "facts.json is ordered by doc_id then start"


def test_piped_stdout_is_json_lines_of_the_same_facts(run_jsonl):
    out, result = run_jsonl
    lines = [json.loads(line) for line in result.stdout.splitlines()]
    facts = json.loads((out / "facts.json").read_text(encoding="utf-8"))
    assert lines == facts


def test_csv_has_the_same_rows_as_json(run_jsonl):
    out, _ = run_jsonl
    facts = json.loads((out / "facts.json").read_text(encoding="utf-8"))
    with (out / "facts.csv").open(encoding="utf-8", newline="") as fh:
        rows = list(csv.DictReader(fh))
    assert len(rows) == len(facts)
    assert list(rows[0]) == list(Fact.model_fields)
    for row, fact in zip(rows, facts, strict=True):
        assert row["doc_id"] == fact["doc_id"]
        assert row["metric"] == fact["metric"]
        assert int(row["start"]) == fact["start"]
        if fact["value"] is not None:
            assert float(row["value"]) == pytest.approx(fact["value"])
        else:
            assert row["value"] == ""


def test_format_json_and_csv_on_stdout(tmp_path):
    r1 = runner.invoke(app, ["run", str(RAW), "-o", str(tmp_path), "-q", "--format", "json"])
    assert r1.exit_code == 0
    arr = json.loads(r1.stdout)
    assert isinstance(arr, list) and arr
    r2 = runner.invoke(app, ["run", str(RAW), "-o", str(tmp_path), "-q", "--format", "csv"])
    rows = list(csv.DictReader(io.StringIO(r2.stdout)))
    assert len(rows) == len(arr)


def test_missing_input_is_a_usage_error(tmp_path):
    result = runner.invoke(app, ["run", str(tmp_path / "nope"), "-o", str(tmp_path / "o")])
    assert result.exit_code == 2
    assert "no such file" in result.stderr


def test_output_inside_input_is_refused(tmp_path):
    src = tmp_path / "in"
    src.mkdir()
    (src / "a.txt").write_text("Hanoï, 10 mars (VNA) - Rien.", encoding="utf-8")
    result = runner.invoke(app, ["run", str(src), "-o", str(src / "out"), "-q"])
    assert result.exit_code == 2
    assert "inside the input folder" in result.stderr
    assert not (src / "out" / "facts.json").exists()


def test_eval_scores_a_run(run_jsonl):
    out, _ = run_jsonl
    result = runner.invoke(app, ["eval", str(GOLD), str(out), "--format", "json", "--verbose"])
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    assert 0.0 <= data["strict"]["f1"] <= 1.0
    assert data["gold"] == len(GOLD.read_text(encoding="utf-8").splitlines())
    assert "missed" in data and "spurious" in data


def test_eval_missing_gold_is_usage_error(tmp_path):
    result = runner.invoke(app, ["eval", str(tmp_path / "none.jsonl"), str(tmp_path)])
    assert result.exit_code == 2


def test_schema_is_the_models_json_schema():
    result = runner.invoke(app, ["schema", "fact"])
    assert result.exit_code == 0
    assert json.loads(result.stdout) == Fact.model_json_schema()


def test_metrics_lists_the_contract_vocabulary():
    result = runner.invoke(app, ["metrics", "--format", "json"])
    keys = {m["key"] for m in json.loads(result.stdout)}
    assert {"portal_launch", "registered_accounts", "un_egov_rank", "annual_savings"} <= keys


def test_user_lexicon_adds_a_metric(tmp_path):
    lex = tmp_path / "my.toml"
    lex.write_text(
        '[metrics.digital_signatures]\ntype = "count"\nlabel = "signatures numériques"\n'
        'nouns = ["signature"]\ncontext = ["numerique", "delivr"]\n',
        encoding="utf-8",
    )
    art = tmp_path / "in"
    art.mkdir()
    (art / "a.txt").write_text(
        "Hanoï, 3 juin (VNA) - Au 1er juin 2022, plus de 3 millions de signatures "
        "numériques avaient été délivrées aux citoyens, selon le ministère.\n",
        encoding="utf-8",
    )
    result = runner.invoke(
        app, ["run", str(art), "-o", str(tmp_path / "o"), "-q", "--lexicon", str(lex)]
    )
    assert result.exit_code == 0, result.output
    facts = [json.loads(line) for line in result.stdout.splitlines()]
    assert [(f["metric"], f["value"], f["date"]) for f in facts] == [
        ("digital_signatures", 3_000_000, "2022-06-01")
    ]
    result = runner.invoke(app, ["metrics", "--lexicon", str(lex), "--format", "json"])
    assert "digital_signatures" in {m["key"] for m in json.loads(result.stdout)}


def test_bad_lexicon_is_a_usage_error(tmp_path):
    lex = tmp_path / "bad.toml"
    lex.write_text('[metrics.x]\ntype = "weird"\n', encoding="utf-8")
    result = runner.invoke(app, ["run", str(RAW), "-o", str(tmp_path / "o"), "--lexicon", str(lex)])
    assert result.exit_code == 2
    assert "weird" in result.stderr
