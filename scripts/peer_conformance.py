"""Conformance of the quantity recognizer with Recognizers-Text's French specification files.

This module owns the scoring of `recognize_quantities` against the peer
suite in `../shared/peer/recognizers-text/` (see its README): every
expected result of every case is looked up among the quantities found in
the case's input. An expected result is *found* when a quantity overlaps
its span with the same value (relative difference at most 1e-6), of the
right kind for the file (ordinal, percent, money) and, for money, with the
expected currency mapped to ISO 4217. Numbers accept any kind: `€1000`
holds the number 1000.

Cases outside the project's scope are listed, with a reason, in
`scripts/conformance.toml`; they are counted and reported, never silently
dropped. The pass rate of a file is found / (expected - out of scope); the
rate over all expected results is reported too.
"""

from __future__ import annotations

import json
import tomllib
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import Any

from vnextract.recognizers.quantities import recognize_quantities

__all__ = ["GOALS", "PEER_FILES", "FileResult", "Miss", "pass_rates", "run_conformance"]

PEER_FILES: dict[str, str] = {
    "currency": "NumberWithUnit_French_CurrencyModel.json",
    "numbers": "Number_French_NumberModel.json",
    "ordinals": "Number_French_OrdinalModel.json",
    "percentages": "Number_French_PercentModel.json",
}
GOALS: dict[str, float] = {"currency": 0.95, "numbers": 0.85, "ordinals": 0.90, "percentages": 0.95}
_KIND = {"currency": "money", "ordinals": "ordinal", "percentages": "percent"}
_TOLERANCE = 1e-6


@dataclass(frozen=True)
class Miss:
    """An expected result: where it is and why it was not counted as found."""

    case: int
    input: str
    text: str
    value: float | None
    unit: str | None
    reason: str = ""
    got: tuple[str, ...] = ()


@dataclass
class FileResult:
    """The score of one peer file."""

    name: str
    file: str
    cases: int = 0
    expected: int = 0
    found: int = 0
    out_of_scope: list[Miss] = field(default_factory=list)
    missed: list[Miss] = field(default_factory=list)
    empty_cases: int = 0
    spurious_on_empty: int = 0

    @property
    def in_scope(self) -> int:
        return self.expected - len(self.out_of_scope)

    @property
    def rate(self) -> float:
        """Found over expected results in scope (the figure the goals apply to)."""
        return self.found / self.in_scope if self.in_scope else 1.0

    @property
    def rate_all(self) -> float:
        """Found over all expected results, out-of-scope ones included."""
        return self.found / self.expected if self.expected else 1.0

    @property
    def goal(self) -> float:
        return GOALS[self.name]


def _peer_value(raw: Any) -> float | None:
    """`"8,5"`, `"1E-12"`, `"100%"`, `"6666666,66666667"` -> float; None when not a number."""
    if raw is None:
        return None
    text = str(raw).strip().rstrip("%").replace(",", ".")
    try:
        return float(text)
    except ValueError:
        return None


def _span(case_input: str, result: dict[str, Any]) -> tuple[int, int]:
    """The expected span, end exclusive (peer `End` is inclusive; some cases lack it)."""
    resolution = result.get("Resolution") or {}
    start = result.get("Start", resolution.get("Start"))
    end = result.get("End", resolution.get("End"))
    if isinstance(start, int) and isinstance(end, int):
        return start, end + 1
    text = str(result.get("Text", ""))
    i = case_input.lower().find(text.lower())
    return (i, i + len(text)) if i >= 0 else (0, len(case_input))


def _close(a: float, b: float) -> bool:
    return abs(a - b) <= _TOLERANCE * max(1.0, abs(a), abs(b))


def _scope_table() -> tuple[dict[tuple[str, str, str], str], dict[tuple[str, str], str]]:
    data = conformance_data()
    reasons = data["reasons"]
    by_result: dict[tuple[str, str, str], str] = {}
    by_case: dict[tuple[str, str], str] = {}
    for entry in data["out_of_scope"]:
        reason = entry["reason"]
        if reason not in reasons:
            raise ValueError(f"conformance.toml: unknown reason {reason!r}")
        if "text" in entry:
            by_result[(entry["file"], entry["input"], entry["text"])] = reason
        else:
            by_case[(entry["file"], entry["input"])] = reason
    return by_result, by_case


def peer_units() -> dict[str, str]:
    """Recognizers-Text unit names mapped to ISO 4217 (`Yen Japonais` -> `JPY`)."""
    return dict(conformance_data()["peer_units"])


def reasons() -> dict[str, str]:
    """The reasons a peer case may be out of scope, by key."""
    return dict(conformance_data()["reasons"])


def _score_file(name: str, path: Path) -> FileResult:
    by_result, by_case = _scope_table()
    units = peer_units()
    cases = json.loads(path.read_text(encoding="utf-8-sig"))
    result = FileResult(name=name, file=path.name, cases=len(cases))
    want_kind = _KIND.get(name)
    for index, case in enumerate(cases):
        case_input = case["Input"]
        expected = case.get("Results") or []
        quantities = recognize_quantities(case_input)
        if not expected:
            result.empty_cases += 1
            if quantities and want_kind is not None:
                result.spurious_on_empty += sum(q.kind == want_kind for q in quantities)
            continue
        for exp in expected:
            result.expected += 1
            resolution = exp.get("Resolution") or {}
            value = _peer_value(resolution.get("value"))
            peer_unit = resolution.get("unit")
            unit = units.get(peer_unit, peer_unit) if peer_unit else None
            text = str(exp.get("Text", ""))
            reason = by_result.get((name, case_input, text)) or by_case.get((name, case_input))
            if reason:
                result.out_of_scope.append(Miss(index, case_input, text, value, unit, reason))
                continue
            lo, hi = _span(case_input, exp)
            hit = value is not None and any(
                q.start < hi
                and lo < q.end
                and _close(q.value, value)
                and (want_kind is None or q.kind == want_kind)
                and (name != "currency" or q.unit == unit)
                for q in quantities
            )
            if hit:
                result.found += 1
            else:
                got = tuple(f"{q.kind}:{q.value:g}{q.unit or ''}@{q.text!r}" for q in quantities)
                result.missed.append(Miss(index, case_input, text, value, unit, "missed", got))
    return result


def run_conformance(peer_dir: str | Path) -> dict[str, FileResult]:
    """Score every peer file found under `peer_dir` (the folder or its `recognizers-text/`).

    Args:
        peer_dir: `../shared/peer` or `../shared/peer/recognizers-text`.

    Returns:
        One `FileResult` per peer file present, keyed `currency`, `numbers`,
        `ordinals`, `percentages`.

    Raises:
        FileNotFoundError: when none of the peer files is there.
    """
    root = Path(peer_dir)
    if (root / "recognizers-text").is_dir():
        root = root / "recognizers-text"
    results = {}
    for name, file in PEER_FILES.items():
        path = root / file
        if path.is_file():
            results[name] = _score_file(name, path)
    if not results:
        raise FileNotFoundError(f"no Recognizers-Text French files under {root}")
    return results


def pass_rates(peer_dir: str | Path) -> dict[str, float]:
    """Per-file pass rate (found / expected in scope), keyed like `PEER_FILES`."""
    return {name: r.rate for name, r in run_conformance(peer_dir).items()}


@cache
def conformance_data() -> dict[str, Any]:
    """The out-of-scope cases and their reasons (`conformance.toml` beside this script)."""
    with open(Path(__file__).with_name("conformance.toml"), "rb") as f:
        return tomllib.load(f)
