"""Scoring facts against a gold file by the rules of FACTS.md section 8.

Lenient match: same doc and type, and the value agrees (relative difference
at most 0.1 %; for events the date, `date` or one of `date_alt`; for money
also the currency; for rankings also `out_of` when gold has one). Strict
match: lenient plus the metric (or one of `metric_alt`) and the date.
Predictions are deduplicated on (doc_id, type, metric, value, unit, date);
matching is one to one, in gold order.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

FIELDS = ("qualifier", "status", "per", "value_usd", "out_of", "change")

Record = dict[str, Any]


def load_records(path: str | Path) -> list[Record]:
    """Facts from a JSON array or a JSON Lines file."""
    text = Path(path).read_text(encoding="utf-8").strip()
    if not text:
        return []
    if text.startswith("["):
        data = json.loads(text)
        if not isinstance(data, list):
            raise ValueError(f"{path}: expected a JSON array of facts")
        return data
    return [json.loads(line) for line in text.splitlines() if line.strip()]


def values_agree(a: Any, b: Any, tolerance: float = 1e-3) -> bool:
    """Numbers equal within a relative tolerance; two nulls agree."""
    if a is None or b is None:
        return a is None and b is None
    try:
        x, y = float(a), float(b)
    except (TypeError, ValueError):
        return False
    return x == y or abs(x - y) <= tolerance * max(abs(x), abs(y))


def _date_ok(p: Record, g: Record) -> bool:
    return p.get("date") == g.get("date") or p.get("date") in (g.get("date_alt") or [])


def _metric_ok(p: Record, g: Record) -> bool:
    return p.get("metric") == g.get("metric") or p.get("metric") in (g.get("metric_alt") or [])


def lenient_match(p: Record, g: Record) -> bool:
    """Same type and value (section 8's lenient rule)."""
    if p.get("type") != g.get("type"):
        return False
    if g["type"] == "event":
        return _date_ok(p, g)
    if not values_agree(p.get("value"), g.get("value")):
        return False
    if g["type"] == "money" and (p.get("unit") or "").upper() != (g.get("unit") or "").upper():
        return False
    return not (
        g["type"] == "ranking"
        and g.get("out_of") is not None
        and not values_agree(p.get("out_of"), g["out_of"])
    )


def strict_match(p: Record, g: Record) -> bool:
    """Lenient, plus the same metric and date."""
    return lenient_match(p, g) and _metric_ok(p, g) and _date_ok(p, g)


def _field_ok(name: str, p: Record, g: Record) -> bool:
    if name in ("value_usd", "out_of", "change"):
        return values_agree(p.get(name), g.get(name), 5e-3)
    return (p.get(name) or None) == (g.get(name) or None)


def dedup(preds: Sequence[Record]) -> list[Record]:
    """Predictions without repeats of (doc_id, type, metric, value, unit, date)."""
    seen: set[tuple[Any, ...]] = set()
    out = []
    for p in preds:
        key = tuple(p.get(k) for k in ("doc_id", "type", "metric", "value", "unit", "date"))
        if key not in seen:
            seen.add(key)
            out.append(p)
    return out


def _pairs(
    preds: Sequence[Record], golds: Sequence[Record], rule: Callable[[Record, Record], bool]
) -> list[tuple[Record, Record]]:
    used: set[int] = set()
    pairs = []
    for g in golds:
        for i, p in enumerate(preds):
            if i not in used and p.get("doc_id") == g.get("doc_id") and rule(p, g):
                used.add(i)
                pairs.append((p, g))
                break
    return pairs


def prf(tp: int, n_pred: int, n_gold: int) -> tuple[float, float, float]:
    """Precision, recall, F1."""
    p = tp / n_pred if n_pred else 0.0
    r = tp / n_gold if n_gold else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


@dataclass
class Score:
    """The result of scoring predictions against gold."""

    gold: int
    pred: int
    lenient: tuple[float, float, float]
    strict: tuple[float, float, float]
    fields: dict[str, float]
    metric_accuracy: float
    date_accuracy: float
    missed: list[Record] = field(default_factory=list)
    spurious: list[Record] = field(default_factory=list)
    lenient_not_strict: list[tuple[Record, Record]] = field(default_factory=list)

    def as_dict(self, verbose: bool = False) -> dict[str, Any]:
        """Plain JSON-ready form; with `verbose`, the missed and spurious facts too."""
        out: dict[str, Any] = {
            "gold": self.gold,
            "pred": self.pred,
            "lenient": dict(zip(("precision", "recall", "f1"), self.lenient, strict=True)),
            "strict": dict(zip(("precision", "recall", "f1"), self.strict, strict=True)),
            "fields": self.fields,
            "metric_accuracy": self.metric_accuracy,
            "date_accuracy": self.date_accuracy,
        }
        if verbose:
            out["missed"] = [_brief(g) for g in self.missed]
            out["spurious"] = [_brief(p) for p in self.spurious]
            out["lenient_not_strict"] = [
                {"gold": _brief(g), "pred": _brief(p)} for p, g in self.lenient_not_strict
            ]
        return out


def _brief(r: Record) -> Record:
    keys = ("doc_id", "type", "metric", "value", "unit", "date", "status", "evidence", "text")
    return {k: r[k] for k in keys if k in r}


def score(gold: Sequence[Record], preds: Sequence[Record], docs: set[str] | None = None) -> Score:
    """Score predicted facts against gold facts (FACTS.md section 8)."""
    if docs is not None:
        gold = [g for g in gold if g.get("doc_id") in docs]
        preds = [p for p in preds if p.get("doc_id") in docs]
    preds = dedup(preds)
    spairs = _pairs(preds, gold, strict_match)
    lpairs = _pairs(preds, gold, lenient_match)
    n = len(lpairs)
    matched_g = {id(g) for _, g in lpairs}
    matched_p = {id(p) for p, _ in lpairs}
    strict_g = {id(g) for _, g in spairs}
    return Score(
        gold=len(gold),
        pred=len(preds),
        lenient=prf(n, len(preds), len(gold)),
        strict=prf(len(spairs), len(preds), len(gold)),
        fields={f: (sum(_field_ok(f, p, g) for p, g in lpairs) / n if n else 0.0) for f in FIELDS},
        metric_accuracy=sum(_metric_ok(p, g) for p, g in lpairs) / n if n else 0.0,
        date_accuracy=sum(_date_ok(p, g) for p, g in lpairs) / n if n else 0.0,
        missed=[g for g in gold if id(g) not in matched_g],
        spurious=[p for p in preds if id(p) not in matched_p],
        lenient_not_strict=[(p, g) for p, g in lpairs if id(g) not in strict_g],
    )


def publication_accuracy(gold_articles: Sequence[Record], articles: Sequence[Record]) -> float:
    """Share of gold publication dates the articles record gets exactly right."""
    got = {a["doc_id"]: a.get("published") for a in articles}
    if not gold_articles:
        return 0.0
    return sum(got.get(g["doc_id"]) == g["published"] for g in gold_articles) / len(gold_articles)
