"""Conformance of the quantity recognizer with Recognizers-Text's French spec files.

The peer suite lives outside the repository, in ../shared/peer (see its
README); these tests skip when it is absent. Goals from issue 3: currency
>= 0.95, numbers >= 0.85, ordinals >= 0.90, percentages >= 0.95 of the
expected results in scope; out-of-scope results are listed with a reason in
vnextract/data/conformance.toml.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest
from peer_conformance import (
    GOALS,
    PEER_FILES,
    FileResult,
    conformance_data,
    reasons,
    run_conformance,
)

PEER = Path(__file__).resolve().parent.parent.parent / "shared" / "peer"
SUITE = PEER / "recognizers-text"

pytestmark = pytest.mark.skipif(
    not SUITE.is_dir(),
    reason=f"peer suite absent: the Recognizers-Text French spec files live in {PEER}",
)


@pytest.fixture(scope="module")
def results() -> dict[str, FileResult]:
    return run_conformance(PEER)


def test_every_peer_file_is_scored(results: dict[str, FileResult]) -> None:
    assert set(results) == set(PEER_FILES)
    for r in results.values():
        assert r.expected > 0


@pytest.mark.parametrize("name", sorted(GOALS))
def test_goal_is_met(results: dict[str, FileResult], name: str) -> None:
    r = results[name]
    missed = "\n".join(f"  #{m.case} {m.text!r} in {m.input!r}: got {m.got}" for m in r.missed)
    assert r.rate >= GOALS[name], f"{name}: {r.found}/{r.in_scope} = {r.rate:.3f}\n{missed}"


def _entries() -> Iterator[dict[str, str]]:
    yield from conformance_data()["out_of_scope"]


@pytest.mark.parametrize("name", ["currency", "percentages"])
def test_nothing_is_found_where_the_peer_expects_nothing(
    results: dict[str, FileResult], name: str
) -> None:
    assert results[name].spurious_on_empty == 0


def test_out_of_scope_entries_name_real_cases_and_reasons() -> None:
    known = reasons()
    cases: dict[str, list[dict]] = {}
    for name, file in PEER_FILES.items():
        cases[name] = json.loads((SUITE / file).read_text(encoding="utf-8-sig"))
    for entry in _entries():
        assert entry["reason"] in known, entry
        matching = [c for c in cases[entry["file"]] if c["Input"] == entry["input"]]
        assert matching, f"no peer case {entry['input']!r} in {entry['file']}"
        if "text" in entry:
            texts = {r["Text"] for c in matching for r in c.get("Results") or []}
            assert entry["text"] in texts, entry


def test_out_of_scope_is_counted_and_listed(results: dict[str, FileResult]) -> None:
    listed = sum(len(r.out_of_scope) for r in results.values())
    assert listed > 0
    for r in results.values():
        assert r.found + len(r.missed) + len(r.out_of_scope) == r.expected
        assert 0.0 <= r.rate_all <= r.rate <= 1.0


def test_script_prints_a_table(capsys: pytest.CaptureFixture[str]) -> None:
    import importlib.util

    path = Path(__file__).resolve().parent.parent / "scripts" / "conformance.py"
    spec = importlib.util.spec_from_file_location("conformance_script", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    assert module.main([str(PEER)]) == 0
    out = capsys.readouterr().out
    for name in GOALS:
        assert name in out
    assert module.main([str(PEER / "nowhere")]) == 0
    assert "../shared/peer" in capsys.readouterr().out
