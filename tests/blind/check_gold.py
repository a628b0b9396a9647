#!/usr/bin/env python3
"""Sanity checker for the blind evaluation corpus (tests/blind/).

Checks that:
- every line of gold.jsonl and gold-articles.jsonl parses as a JSON object;
- the fields are exactly those of the seed gold (plus optional "metric_alt");
- enums (type, metric, qualifier, per, date_source, status, published_source)
  are valid, and metric/type agree with the vocabulary of FACTS.md section 4;
- values, units, dates (ISO 8601 at year, month or day precision) are well formed;
- every evidence occurs verbatim in its article, before the "Voir plus" line;
- date_source "published" facts carry the article's publication date;
- there is one gold record per distinct fact (no duplicate key);
- every article has one gold-articles record and a "Voir plus" line.

Usage: python tests/blind/check_gold.py [BLIND_DIR]
Exit status 0 when everything is valid, 1 otherwise.
"""

import datetime
import json
import re
import sys
from collections import Counter
from pathlib import Path

HERE = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).resolve().parent

FACT_FIELDS = [
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
OPTIONAL_FACT_FIELDS = ["metric_alt"]
ARTICLE_FIELDS = ["doc_id", "published", "published_source"]

TYPES = {"event", "count", "money", "percentage", "ranking"}
METRICS = {  # FACTS.md section 4: key -> type (None: any)
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
QUALIFIERS = {"exact", "approx", "at_least", "at_most"}
PERS = {None, "year", "month", "week", "day", "quarter"}
DATE_SOURCES = {"explicit", "context", "published"}
STATUSES = {"actual", "planned", "target"}
PUBLISHED_SOURCES = {"header", "dateline", "inferred", "unknown"}
DATE_RE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")
VOIR_PLUS_RE = re.compile(r"^[ \t\u00a0]*Voir plus[ \t\u00a0]*$", re.M)

errors = []


def err(where, msg):
    errors.append(f"{where}: {msg}")


def is_num(x):
    return isinstance(x, (int, float)) and not isinstance(x, bool)


def valid_date(s):
    if not isinstance(s, str) or not DATE_RE.match(s):
        return False
    parts = [int(p) for p in s.split("-")]
    try:
        if len(parts) == 3:
            datetime.date(*parts)
        elif len(parts) == 2 and not 1 <= parts[1] <= 12:
            return False
    except ValueError:
        return False
    return 1990 <= parts[0] <= 2100


def load_jsonl(path):
    rows = []
    if not path.exists():
        err(path.name, "missing")
        return rows
    for i, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip():
            err(f"{path.name}:{i}", "empty line")
            continue
        try:
            obj = json.loads(line)
        except json.JSONDecodeError as e:
            err(f"{path.name}:{i}", f"invalid JSON: {e}")
            continue
        if not isinstance(obj, dict):
            err(f"{path.name}:{i}", "not a JSON object")
            continue
        rows.append((i, obj))
    return rows


def main():
    art_dir = HERE / "articles"
    articles = {}
    for p in sorted(art_dir.glob("*.txt")):
        raw = p.read_bytes().decode("utf-8")
        m = VOIR_PLUS_RE.search(raw)
        if not m:
            err(p.name, 'no "Voir plus" line')
            body = raw
        else:
            body = raw[: m.start()]
        articles[p.stem] = body
        if not re.match(r"^\d{3}_[A-Za-z0-9-]+$", p.stem):
            err(p.name, "file name is not NNN_<slug>.txt")
    if not articles:
        err(str(art_dir), "no articles")

    # ---- gold-articles.jsonl
    published = {}
    for i, a in load_jsonl(HERE / "gold-articles.jsonl"):
        where = f"gold-articles.jsonl:{i}"
        if sorted(a) != sorted(ARTICLE_FIELDS):
            err(where, f"fields {sorted(a)} != {sorted(ARTICLE_FIELDS)}")
        d = a.get("doc_id")
        if d not in articles:
            err(where, f"unknown doc_id {d!r}")
        if d in published:
            err(where, f"duplicate doc_id {d!r}")
        if not valid_date(a.get("published")) and a.get("published") is not None:
            err(where, f"bad published {a.get('published')!r}")
        if a.get("published_source") not in PUBLISHED_SOURCES:
            err(where, f"bad published_source {a.get('published_source')!r}")
        published[d] = a.get("published")
    for d in articles:
        if d not in published:
            err("gold-articles.jsonl", f"no record for article {d}")

    # ---- gold.jsonl
    keys = Counter()
    per_doc = Counter()
    per_metric = Counter()
    per_type = Counter()
    for i, f in load_jsonl(HERE / "gold.jsonl"):
        where = f"gold.jsonl:{i}"
        fields = [k for k in f if k not in OPTIONAL_FACT_FIELDS]
        if sorted(fields) != sorted(FACT_FIELDS):
            missing = set(FACT_FIELDS) - set(fields)
            extra = set(fields) - set(FACT_FIELDS)
            err(where, f"fields: missing {sorted(missing)} extra {sorted(extra)}")
            continue
        d, t, m, v = f["doc_id"], f["type"], f["metric"], f["value"]
        where = f"gold.jsonl:{i} ({d}, {m}, {f['evidence']!r})"
        if d not in articles:
            err(where, "unknown doc_id")
        if t not in TYPES:
            err(where, f"bad type {t!r}")
        if m not in METRICS:
            err(where, f"bad metric {m!r}")
        elif METRICS[m] is not None and METRICS[m] != t:
            err(where, f"metric {m} has type {METRICS[m]}, not {t}")
        if "metric_alt" in f:
            ma = f["metric_alt"]
            if not isinstance(ma, list) or not ma:
                err(where, "metric_alt must be a non-empty list")
            else:
                for x in ma:
                    if x not in METRICS or x == m:
                        err(where, f"bad metric_alt {x!r}")
        # value / unit
        if t == "event":
            if v is not None:
                err(where, "event value must be null")
            if f["unit"] is not None:
                err(where, "event unit must be null")
        else:
            if not is_num(v):
                err(where, f"value must be a number, got {v!r}")
            elif v < 0:
                err(where, "negative value")
        if t == "money":
            if not (isinstance(f["unit"], str) and re.match(r"^[A-Z]{3}$", f["unit"])):
                err(where, f"money unit must be an ISO 4217 code, got {f['unit']!r}")
        elif t == "percentage":
            if f["unit"] != "%":
                err(where, "percentage unit must be '%'")
            if is_num(v) and v > 1000:
                err(where, "implausible percentage")
        elif t != "event" and f["unit"] is not None:
            err(where, f"unit must be null for {t}")
        if t == "ranking" and is_num(v) and v != int(v):
            err(where, "ranking value must be an integer")
        if f["qualifier"] not in QUALIFIERS:
            err(where, f"bad qualifier {f['qualifier']!r}")
        if f["out_of"] is not None and not (
            isinstance(f["out_of"], int) and not isinstance(f["out_of"], bool) and f["out_of"] > 0
        ):
            err(where, f"bad out_of {f['out_of']!r}")
        if f["out_of"] is not None and is_num(v) and v > f["out_of"]:
            err(where, "value greater than out_of")
        if f["change"] is not None and not is_num(f["change"]):
            err(where, f"bad change {f['change']!r}")
        if f["compared_to"] is not None and not isinstance(f["compared_to"], str):
            err(where, "compared_to must be a string")
        if f["change"] is not None and f["compared_to"] is None:
            err(where, "change without compared_to")
        if f["per"] not in PERS:
            err(where, f"bad per {f['per']!r}")
        if f["value_usd"] is not None and not (is_num(f["value_usd"]) and f["value_usd"] > 0):
            err(where, f"bad value_usd {f['value_usd']!r}")
        if f["value_usd"] is not None and t != "money":
            err(where, "value_usd on a non-money fact")
        # dates
        if not valid_date(f["date"]):
            err(where, f"bad date {f['date']!r}")
        if not isinstance(f["date_alt"], list):
            err(where, "date_alt must be a list")
        else:
            for x in f["date_alt"]:
                if not valid_date(x):
                    err(where, f"bad date_alt {x!r}")
                if x == f["date"]:
                    err(where, "date_alt repeats date")
            if len(set(f["date_alt"])) != len(f["date_alt"]):
                err(where, "duplicate date_alt")
        if f["date_source"] not in DATE_SOURCES:
            err(where, f"bad date_source {f['date_source']!r}")
        if f["date_source"] == "published" and d in published and f["date"] != published[d]:
            err(where, f"date_source published but date {f['date']} != published {published[d]}")
        if f["status"] not in STATUSES:
            err(where, f"bad status {f['status']!r}")
        if t == "event" and f["metric"] == "deadline" and f["status"] == "actual":
            err(where, "a deadline should be planned")
        # evidence
        ev = f["evidence"]
        if not isinstance(ev, str) or not ev.strip():
            err(where, "empty evidence")
        elif d in articles and ev not in articles[d]:
            err(where, "evidence not found in the article before 'Voir plus'")
        key = (d, t, m, v, f["unit"], f["date"])
        if keys[key]:
            err(where, f"duplicate fact key {key}")
        keys[key] += 1
        per_doc[d] += 1
        per_metric[m] += 1
        per_type[t] += 1

    n_facts = sum(per_doc.values())
    print(f"articles: {len(articles)}  gold facts: {n_facts}")
    print("per type:  " + ", ".join(f"{k}={v}" for k, v in sorted(per_type.items())))
    print("per metric: " + ", ".join(f"{k}={v}" for k, v in sorted(per_metric.items())))
    print(
        "per article: "
        + ", ".join(f"{k.split('_')[0]}={per_doc.get(k, 0)}" for k in sorted(articles))
    )
    if errors:
        print(f"\n{len(errors)} problem(s):")
        for e in errors:
            print("  " + e)
        return 1
    print("OK")
    return 0


if __name__ == "__main__":
    sys.exit(main())
