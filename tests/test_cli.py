"""The command line through typer's CliRunner: help, exports, stdout formats, exit codes."""

from __future__ import annotations

import csv
import io
import json
import subprocess
import sys
from importlib.metadata import entry_points

import pytest
from typer.main import get_command
from typer.testing import CliRunner

from tests.conftest import GOLD, RAW
from vnextract import __version__
from vnextract.cli import app, main
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


# -- the `vnextract` process: its entry point, its start-up, its piped stdout ------------------


def vnextract(*args: str, stdin: bytes | None = None) -> subprocess.CompletedProcess[str]:
    """`python -m vnextract ARGS` in a fresh process (stdout and stderr are pipes)."""
    return subprocess.run(
        [sys.executable, "-m", "vnextract", *args],
        input=None if stdin is None else stdin.decode("utf-8"),
        capture_output=True,
        text=True,
        timeout=300,
    )


def test_the_script_is_the_typer_app_s_main():
    (script,) = entry_points(group="console_scripts", name="vnextract")
    assert script.value == "vnextract.cli:main"
    assert script.load() is main


@pytest.mark.parametrize("args", [("--help",), ("--version",), ("run", "--help")])
def test_help_and_version_load_no_pipeline(args):
    """Commands import what they need when they run: `--help` stays quick (about 0.15 s)."""
    proc = subprocess.run(
        [sys.executable, "-X", "importtime", "-m", "vnextract", *args],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert proc.returncode == 0, proc.stderr
    modules = {line.split("|")[-1].strip() for line in proc.stderr.splitlines() if "|" in line}
    assert "vnextract.cli.run" in modules
    heavy = {"spacy", "thinc", "dateparser", "vnextract.models", "vnextract.api", "rich"}
    assert not {m.split(".")[0] for m in modules} & heavy
    assert not modules & heavy


def test_a_piped_run_prints_one_json_fact_per_line(tmp_path):
    out = tmp_path / "out"
    proc = vnextract("run", str(RAW), "-o", str(out), "--no-cache")
    assert proc.returncode == 0, proc.stderr
    assert proc.stderr == ""  # no progress when stderr is not a terminal
    lines = [json.loads(line) for line in proc.stdout.splitlines()]
    assert lines == json.loads((out / "facts.json").read_text(encoding="utf-8"))
    for line in lines:
        Fact.model_validate(line)


def test_a_piped_run_of_stdin_and_its_exit_codes(tmp_path):
    text = "Hanoï, 10 mars (VNA) - Le portail a reçu 116 millions de visites au 8 mars 2021."
    proc = vnextract("run", "-", "-o", str(tmp_path / "a"), "--no-cache", stdin=text.encode())
    assert proc.returncode == 0, proc.stderr
    (fact,) = [json.loads(line) for line in proc.stdout.splitlines()]
    assert (fact["metric"], fact["value"], fact["date"]) == ("portal_visits", 116e6, "2021-03-08")
    # an empty input fails (1), the others are exported
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "empty.txt").write_text("", encoding="utf-8")
    (tmp_path / "in" / "ok.txt").write_text(text, encoding="utf-8")
    proc = vnextract("run", str(tmp_path / "in"), "-o", str(tmp_path / "b"), "--no-cache")
    assert proc.returncode == 1
    assert proc.stderr.startswith("vnextract: skipped ") and "empty.txt" in proc.stderr
    assert [json.loads(line)["doc_id"] for line in proc.stdout.splitlines()] == ["ok"]
    # a bad option or a missing input: usage (2), one line, no traceback
    proc = vnextract("run", str(tmp_path / "missing"), "-o", str(tmp_path / "c"))
    assert proc.returncode == 2 and proc.stdout == ""
    assert proc.stderr == f"vnextract: error: no such file or folder: {tmp_path / 'missing'}\n"
    proc = vnextract("run", "-j", "0", "-o", str(tmp_path / "c"))
    assert proc.returncode == 2 and "Usage:" in proc.stderr and "Traceback" not in proc.stderr
