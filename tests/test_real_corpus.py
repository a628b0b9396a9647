"""The real-article corpus (tests/real): its committed manifest and gold are well formed.

The texts themselves are not committed (tests/real/README.md): these checks need none of
them. Where the ignored cache is present, each gold evidence must stand in its article.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

REAL = Path(__file__).resolve().parent / "real"
CACHE = REAL / ".cache"
SHARED = Path(__file__).resolve().parents[2] / "shared"
FACT_TYPES = {"event", "count", "money", "percentage", "ranking"}
QUALIFIERS = {"exact", "approx", "at_least", "at_most"}
STATUSES = {"actual", "planned", "target"}
SOURCES = {"explicit", "context", "published"}
PUB_SOURCES = {"html", "record", "header", "dateline", "inferred", "unknown"}
ISO = re.compile(r"^\d{4}(?:-\d{2}(?:-\d{2})?)?$")


def lines(name: str) -> list[dict]:
    rows = []
    for path in [REAL / name, *sorted((REAL / "parts").glob(f"*.{name}"))]:
        if path.exists():
            rows += [json.loads(x) for x in path.read_text("utf-8").splitlines() if x.strip()]
    return rows


MANIFEST = {r["doc_id"]: r for r in lines("manifest.jsonl")}
GOLD = lines("gold.jsonl")
ARTICLES = lines("gold-articles.jsonl")


def metric_types() -> dict[str, str]:
    import tomllib

    data = tomllib.loads((REAL.parents[1] / "vnextract/data/metrics.toml").read_text("utf-8"))
    return {key: m["type"] for key, m in data["metrics"].items()}


def test_the_corpus_is_as_large_as_issue_16_asks():
    """At least 40 articles from 4 outlets and 150 gold facts in the scored corpus."""
    committed = [json.loads(x) for x in (REAL / "manifest.jsonl").read_text().splitlines()]
    assert len(committed) >= 40 and len({r["outlet"] for r in committed}) >= 4
    gold = [x for x in (REAL / "gold.jsonl").read_text().splitlines() if x.strip()]
    assert len(gold) >= 150


@pytest.mark.parametrize("row", list(MANIFEST.values()), ids=list(MANIFEST))
def test_manifest_line(row):
    assert set(row) >= {"doc_id", "url", "query", "rank", "chars", "bytes", "sha256", "batch"}
    assert row["url"].startswith("http") and len(row["sha256"]) == 64
    assert 0 < row["chars"] <= row["bytes"]


def test_no_reserved_page_is_in_the_corpus():
    reserved_file = SHARED / "eval-reserved.txt"
    if not reserved_file.exists():
        pytest.skip("../shared is absent (a user's clone): nothing to check against")
    reserved = {x.strip() for x in reserved_file.read_text().splitlines() if x.startswith("http")}
    assert not reserved & {r["url"] for r in MANIFEST.values()}


@pytest.mark.parametrize("g", GOLD, ids=[f"{g['doc_id']}:{i}" for i, g in enumerate(GOLD)])
def test_gold_fact(g):
    types = metric_types()
    assert g["doc_id"] in MANIFEST
    assert g["type"] in FACT_TYPES and g["qualifier"] in QUALIFIERS
    assert g["status"] in STATUSES and g["date_source"] in SOURCES
    assert g["metric"] == "other" or types[g["metric"]] == g["type"]
    for alt in g.get("metric_alt", []):
        assert alt == "other" or types[alt] == g["type"]
    assert (g["value"] is None) == (g["type"] == "event")
    for d in [g["date"], *g["date_alt"]]:
        assert d is None or ISO.match(d)
    if (CACHE / f"{g['doc_id']}.txt").exists():
        assert g["evidence"] in (CACHE / f"{g['doc_id']}.txt").read_text("utf-8")


@pytest.mark.parametrize("a", ARTICLES, ids=[a["doc_id"] for a in ARTICLES])
def test_gold_article(a):
    assert a["doc_id"] in MANIFEST
    assert a["published_source"] in PUB_SOURCES
    assert (a["published"] is None) == (a["published_source"] == "unknown")
    assert a["published"] is None or ISO.match(a["published"])
