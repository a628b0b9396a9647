"""Conformance report of find_dates against Recognizers-Text's French date extractor cases.

No threshold: the peer suite reads relative dates (`demain`, `il y a deux
ans`) that vnextract leaves out on purpose. The test checks that the scoring
runs and that calendar dates are found, and prints the summary (`pytest -s`).
Skipped when ../shared is absent.
"""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
PEER = ROOT.parent / "shared" / "peer"
SCRIPT = ROOT / "scripts" / "conformance_dates.py"


def _script():
    spec = importlib.util.spec_from_file_location("conformance_dates", SCRIPT)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # its dataclasses look their module up there
    spec.loader.exec_module(module)
    return module


@pytest.mark.skipif(
    not (PEER / "recognizers-text" / "DateTime_French_DateExtractor.json").is_file(),
    reason="../shared/peer is absent",
)
def test_peer_date_extractor_report(capsys):
    script = _script()
    report = script.score(PEER / script.PEER_FILE)
    assert report.expected > 0
    assert report.found <= report.expected
    assert report.in_scope_found <= report.in_scope
    assert script.main([str(PEER)]) == 0
    summary = capsys.readouterr().out
    assert "calendar dates:" in summary
    with capsys.disabled():
        print("\n" + summary)
