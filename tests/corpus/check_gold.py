#!/usr/bin/env python3
"""Sanity checks for the held-out corpus (tests/corpus).

- every line of gold.jsonl / gold-articles.jsonl parses and has exactly the expected fields;
- enums and ISO dates are valid (FACTS.md sections 3-6);
- each gold evidence string occurs in its article *before* the `Voir plus` line;
- the number written in the evidence agrees with the gold value (small French number reader);
- facts dated from the publication date carry the article's published date;
- weekday + date mentions agree with the published year;
- article bodies have 150-600 words.

usage: python3 tests/corpus/check_gold.py   (exit code 1 on any problem)
"""

from __future__ import annotations

import datetime as dt
import json
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
ART = HERE / "articles"

FIELDS = [
    "doc_id",
    "type",
    "metric",
    "value",
    "unit",
    "qualifier",
    "out_of",
    "change",
    "compared_to",
    "per",
    "value_usd",
    "date",
    "date_alt",
    "date_source",
    "status",
    "evidence",
]
METRICS = {
    "portal_launch": "event",
    "system_launch": "event",
    "deadline": "event",
    "online_public_services": "count",
    "public_services_total": "count",
    "online_services_share": "percentage",
    "registered_accounts": "count",
    "portal_visits": "count",
    "dossiers_processed": "count",
    "payment_transactions": "count",
    "payment_amount": "money",
    "feedback_received": "count",
    "annual_savings": "money",
    "cost": "money",
    "connected_agencies": "count",
    "connected_localities": "count",
    "service_centers": "count",
    "insured_people": "count",
    "insured_families": "count",
    "digitized_records": "count",
    "domestic_platforms": "count",
    "un_egov_rank": "ranking",
    "regional_egov_rank": "ranking",
    "other": None,
}
ISO = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")
MONTH_NAMES = "janvier février mars avril mai juin juillet août septembre octobre novembre décembre"
MONTHS = {m: i + 1 for i, m in enumerate(MONTH_NAMES.split())}
DAYS = ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"]
WORDS = {
    "deux": 2,
    "trois": 3,
    "quatre": 4,
    "cinq": 5,
    "six": 6,
    "sixième": 6,
    "vingt-cinq": 25,
    "dix": 10,
}
SCALE = {
    "million": 1e6,
    "millions": 1e6,
    "milliard": 1e9,
    "milliards": 1e9,
    "billion": 1e12,
    "billions": 1e12,
}
SEP = "[ .\u00a0\u202f]"
NUM = re.compile(
    rf"(\d{{1,3}}(?:{SEP}\d{{3}})+|\d+)(?:,(\d+))?(?:e|ème|er)?(?:\s*(millions?|milliards?|billions?))?"
)

problems: list[str] = []


def bad(msg: str) -> None:
    problems.append(msg)


def body(doc_id: str) -> str:
    raw = (ART / f"{doc_id}.txt").read_text(encoding="utf-8")
    m = re.search(r"^Voir plus\s*$", raw, re.M)
    return raw[: m.start()] if m else raw


def read_value(ev: str) -> float | None:
    low = ev.lower()
    for w, v in sorted(WORDS.items(), key=lambda kv: -len(kv[0])):
        if re.search(rf"\b{w}\b", low):
            m = re.search(rf"\b{w}\b\s*(millions?|milliards?)?", low)
            return v * (SCALE[m.group(1)] if m and m.group(1) else 1)
    m = NUM.search(ev)
    if not m:
        return None
    whole = re.sub(SEP, "", m.group(1))
    val = float(whole + ("." + m.group(2) if m.group(2) else ""))
    if m.group(3):
        val *= SCALE[m.group(3)]
    return val


def main() -> int:
    docs = sorted(p.stem for p in ART.glob("*.txt"))
    arts = {}
    for i, line in enumerate(
        (HERE / "gold-articles.jsonl").read_text(encoding="utf-8").splitlines(), 1
    ):
        a = json.loads(line)
        if set(a) != {"doc_id", "published", "published_source"}:
            bad(f"gold-articles:{i} fields {sorted(a)}")
        if a["published_source"] not in ("header", "dateline", "inferred", "unknown"):
            bad(f"gold-articles:{i} published_source {a['published_source']}")
        if a["published"] is not None and not ISO.match(a["published"]):
            bad(f"gold-articles:{i} published {a['published']}")
        if (a["published"] is None) != (a["published_source"] == "unknown"):
            bad(f"gold-articles:{i} published/unknown mismatch")
        arts[a["doc_id"]] = a
    if sorted(arts) != docs:
        bad(f"gold-articles doc ids differ from articles/: {set(arts) ^ set(docs)}")

    n = 0
    for i, line in enumerate((HERE / "gold.jsonl").read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip():
            continue
        n += 1
        g = json.loads(line)
        where = f"gold:{i} {g.get('doc_id')} {g.get('metric')} {g.get('evidence')!r}"
        extra = set(g) - set(FIELDS) - {"metric_alt"}
        if [k for k in FIELDS if k not in g] or extra:
            bad(f"{where}: fields missing {[k for k in FIELDS if k not in g]} extra {extra}")
            continue
        if g["doc_id"] not in arts:
            bad(f"{where}: unknown doc")
            continue
        if g["metric"] not in METRICS:
            bad(f"{where}: metric not in vocabulary")
        want = METRICS.get(g["metric"])
        if want and g["type"] != want:
            bad(f"{where}: type {g['type']} but metric wants {want}")
        for alt in g.get("metric_alt", []):
            if alt not in METRICS:
                bad(f"{where}: metric_alt {alt}")
        if g["type"] not in ("event", "count", "money", "percentage", "ranking"):
            bad(f"{where}: type")
        if g["qualifier"] not in ("exact", "approx", "at_least", "at_most"):
            bad(f"{where}: qualifier")
        if g["date_source"] not in ("explicit", "context", "published"):
            bad(f"{where}: date_source")
        if g["status"] not in ("actual", "planned", "target"):
            bad(f"{where}: status")
        if g["per"] not in (None, "year", "quarter", "month", "week", "day"):
            bad(f"{where}: per")
        for d in [g["date"], *g["date_alt"], g["compared_to"]]:
            if d is not None and not ISO.match(d):
                bad(f"{where}: bad date {d}")
        if g["date"] in g["date_alt"]:
            bad(f"{where}: date repeated in date_alt")
        unit_ok = {"money": lambda u: u in ("VND", "USD", "EUR"), "percentage": lambda u: u == "%"}
        if not unit_ok.get(g["type"], lambda u: u is None)(g["unit"]):
            bad(f"{where}: unit {g['unit']}")
        if g["type"] != "ranking" and (g["change"] is not None or g["compared_to"] is not None):
            bad(f"{where}: change on a non-ranking")
        pub = arts[g["doc_id"]]["published"]
        if g["date_source"] == "published" and g["date"] != pub:
            bad(f"{where}: date_source published but date {g['date']} != {pub}")
        text = body(g["doc_id"])
        if g["evidence"] not in text:
            bad(f"{where}: evidence not found before 'Voir plus'")
        if g["type"] == "event":
            if g["value"] is not None:
                bad(f"{where}: event with a value")
        else:
            v = read_value(g["evidence"])
            if v is None or abs(v - float(g["value"])) > 1e-6 * max(1.0, abs(v)):
                bad(f"{where}: evidence reads {v}, gold value {g['value']}")
    # weekday + date mentions must agree with the published year
    for d in docs:
        a = arts[d]
        text = body(d)
        words = len(re.findall(r"\w+", text))
        if not 150 <= words <= 600:
            bad(f"{d}: {words} words before 'Voir plus'")
        for m in re.finditer(
            rf"\b({'|'.join(DAYS)}) (\d{{1,2}})(?:er)? ({'|'.join(MONTHS)})", text
        ):
            if a["published"]:
                y = int(a["published"][:4])
                wd = dt.date(y, MONTHS[m.group(3)], int(m.group(2))).weekday()
                if DAYS[wd] != m.group(1):
                    bad(f"{d}: {m.group(0)!r} is not a {m.group(1)} in {y}")
        raw = (ART / f"{d}.txt").read_text(encoding="utf-8")
        if "Voir plus" in raw:
            teasers = len(
                re.findall(r"Photo ?:|Photo d’illustration ?:", raw.split("Voir plus", 1)[1])
            )
            if not 3 <= teasers <= 6:
                bad(f"{d}: {teasers} teasers after 'Voir plus'")
    for p in problems:
        print("PROBLEM", p)
    print(f"{len(docs)} articles, {n} gold facts, {len(problems)} problems")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
