"""Evaluation gate: the extractor's score on hand-checked gold must not fall under pinned floors."""

from __future__ import annotations

import json

import pytest

from tests.conftest import GOLD, GOLD_ARTICLES, ROOT
from vnextract.evaluate import load_records, publication_accuracy, score

BASELINE = json.loads((ROOT / "tests" / "eval_baseline.json").read_text(encoding="utf-8"))


def _score(results, gold_path, articles_path):
    preds = [f.model_dump(mode="json") for r in results for f in r.facts]
    s = score(load_records(gold_path), preds)
    pub = publication_accuracy(
        load_records(articles_path), [r.article.model_dump(mode="json") for r in results]
    )
    return s, pub


def test_seed_corpus_meets_floor(seed_results):
    s, pub = _score(seed_results, GOLD, GOLD_ARTICLES)
    floor = BASELINE["seeds"]
    detail = s.as_dict(verbose=True)
    assert s.strict[2] >= floor["strict_f1"], detail
    assert s.lenient[2] >= floor["lenient_f1"], detail
    assert pub >= floor["published_accuracy"]
    assert min(s.fields.values()) >= floor["fields_min"], s.fields


@pytest.mark.parametrize("name", ["corpus", "blind", *(f"blind{n}" for n in range(2, 41))])
def test_own_corpora_meet_floor(name):
    from vnextract.api import extract_articles

    folder = ROOT / "tests" / name
    results = list(extract_articles(folder / "articles"))
    s, pub = _score(results, folder / "gold.jsonl", folder / "gold-articles.jsonl")
    floor = BASELINE[name]
    assert s.strict[2] >= floor["strict_f1"], s.as_dict(verbose=True)
    assert s.lenient[2] >= floor["lenient_f1"], s.as_dict(verbose=True)
    assert pub >= floor["published_accuracy"]
    assert min(s.fields.values()) >= floor["fields_min"], s.fields
