"""Shared fixtures: paths of the project's sample corpus and gold, one extraction per session."""

from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
RAW = ROOT / "data" / "raw"
GOLD = ROOT / "tests" / "gold" / "seeds.jsonl"
GOLD_ARTICLES = ROOT / "tests" / "gold" / "seeds-articles.jsonl"
CORPUS = ROOT / "tests" / "corpus"
SHARED = ROOT.parent / "shared"


@pytest.fixture(scope="session")
def seed_results():
    """Results of the extractor on the sample corpus (computed once)."""
    from vnextract.api import extract_articles

    return list(extract_articles(RAW))


@pytest.fixture(scope="session")
def seed_out(tmp_path_factory):
    """An output folder written by a real `run_corpus` on the sample corpus."""
    from vnextract.running.runner import run_corpus

    out = tmp_path_factory.mktemp("seed_out")
    run_corpus([RAW], out)
    return out
