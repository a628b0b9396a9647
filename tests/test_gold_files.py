"""The gold folders (tests/corpus and tests/blind, tests/blind2 ... tests/blind7) pass
tests/check_gold.py, which fails on damage."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

TESTS = Path(__file__).resolve().parent
CHECKER = TESTS / "check_gold.py"
FOLDERS = ["corpus", "blind", *(f"blind{n}" for n in range(2, 41))]


def run_checker(folder: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, str(CHECKER), str(folder)],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )


@pytest.mark.parametrize("name", FOLDERS)
def test_gold_folder_passes(name):
    res = run_checker(TESTS / name)
    assert res.returncode == 0, res.stdout + res.stderr
    assert "PROBLEM" not in res.stdout
    assert " 0 problems" in res.stdout


def _damage_first_count(folder: Path, field: str) -> dict:
    """Break `field` of the first count fact of gold.jsonl; return the damaged record."""
    path = folder / "gold.jsonl"
    lines = path.read_text(encoding="utf-8").splitlines()
    facts = [json.loads(line) for line in lines]
    i = next(n for n, f in enumerate(facts) if f["type"] == "count")
    fact = facts[i]
    if field == "evidence":
        fact["evidence"] += " zzz-not-in-the-article"
    else:
        fact["value"] += 1
    lines[i] = json.dumps(fact, ensure_ascii=False)
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return fact


@pytest.mark.parametrize(
    ("name", "field", "expected"),
    [
        ("corpus", "evidence", "evidence not found in the article before 'Voir plus'"),
        ("blind", "evidence", "evidence not found in the article before 'Voir plus'"),
        ("corpus", "value", "gold value"),
        ("blind", "value", "gold value"),
    ],
)
def test_checker_fails_on_damaged_copy(tmp_path, name, field, expected):
    copy = tmp_path / name
    shutil.copytree(TESTS / name, copy)
    fact = _damage_first_count(copy, field)
    res = run_checker(copy)
    assert res.returncode == 1, res.stdout + res.stderr
    problems = [line for line in res.stdout.splitlines() if line.startswith("PROBLEM")]
    assert len(problems) == 1, res.stdout
    assert expected in problems[0]
    assert fact["doc_id"] in problems[0]
    assert repr(fact["evidence"]) in problems[0]
    if field == "value":
        assert f"gold value {fact['value']}" in problems[0]
