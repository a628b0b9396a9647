"""Score vnextract on the real-article corpus (tests/real), batch by batch.

The texts of real pages are not ours to commit: they live in the ignored cache
`tests/real/.cache/<doc_id>.txt`, rebuilt from `tests/real/manifest.jsonl` with the
search tool (see tests/real/README.md). This script checks the cache against the
manifest (bytes and sha256), runs the extractor on it and scores it against
`tests/real/gold.jsonl` and `gold-articles.jsonl` by FACTS.md section 8.

usage: python scripts/eval_real.py [--verbose] [--json] [--batch B ...]
Exit status: 0 (scored, or the cache is absent: then it says how to rebuild it), 1 when
the cache does not match the manifest.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import subprocess
import sys
import tempfile
from collections import defaultdict
from pathlib import Path

from vnextract.evaluate import load_records, score

ROOT = Path(__file__).resolve().parent.parent
REAL = ROOT / "tests" / "real"
CACHE = REAL / ".cache"


def check_cache(manifest: list[dict]) -> tuple[list[str], list[str]]:
    """Doc ids whose text is missing, and those whose text differs from the manifest."""
    missing, wrong = [], []
    for row in manifest:
        path = CACHE / f"{row['doc_id']}.txt"
        if not path.is_file():
            missing.append(row["doc_id"])
            continue
        data = path.read_bytes()
        if len(data) != row["bytes"] or hashlib.sha256(data).hexdigest() != row["sha256"]:
            wrong.append(row["doc_id"])
    return missing, wrong


def published_ok(gold: dict, got: str | None) -> bool:
    return got == gold["published"] or got in gold.get("published_alt", [])


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--verbose", action="store_true", help="list missed, spurious, off facts")
    ap.add_argument("--json", action="store_true", help="one JSON object on stdout")
    ap.add_argument("--batch", nargs="*", help="only these batches")
    args = ap.parse_args()

    manifest = load_records(REAL / "manifest.jsonl")
    missing, wrong = check_cache(manifest)
    if missing:
        print(
            f"eval-real: {len(missing)} of {len(manifest)} texts are not in "
            f"{CACHE.relative_to(ROOT)}: rebuild the cache with the search tool"
            " as tests/real/README.md says.",
            file=sys.stderr,
        )
        return 0
    if wrong:
        print(f"eval-real: cache differs from the manifest for {', '.join(wrong)}", file=sys.stderr)
        return 1
    batches = {r["doc_id"]: r["batch"] for r in manifest}
    if args.batch:
        batches = {d: b for d, b in batches.items() if b in args.batch}
    gold = [g for g in load_records(REAL / "gold.jsonl") if g["doc_id"] in batches]
    gold_arts = [a for a in load_records(REAL / "gold-articles.jsonl") if a["doc_id"] in batches]

    with tempfile.TemporaryDirectory() as tmp:
        src = Path(tmp) / "in"
        src.mkdir()
        for doc in batches:
            (src / f"{doc}.txt").write_bytes((CACHE / f"{doc}.txt").read_bytes())
        out = Path(tmp) / "out"
        cmd = [sys.executable, "-m", "vnextract", "run", str(src), "-o", str(out), "-q"]
        subprocess.run([*cmd, "--no-cache"], check=True, stdout=subprocess.DEVNULL)
        preds = load_records(out / "facts.json")
        arts = {a["doc_id"]: a.get("published") for a in load_records(out / "articles.json")}

    rows = []
    by_batch: dict[str, list[str]] = defaultdict(list)
    for doc, b in batches.items():
        by_batch[b].append(doc)
    gold_pub = {a["doc_id"]: a for a in gold_arts}
    for b in [*sorted(by_batch), "all"]:
        docs = set(by_batch[b]) if b != "all" else set(batches)
        s = score(gold, preds, docs)
        pub = sum(published_ok(gold_pub[d], arts.get(d)) for d in docs if d in gold_pub)
        rows.append(
            {
                "batch": b,
                "articles": len(docs),
                "facts": s.gold,
                "predicted": s.pred,
                "strict_f1": round(s.strict[2], 3),
                "lenient_f1": round(s.lenient[2], 3),
                "published_right": f"{pub}/{len(docs)}",
            }
        )
        if b == "all":
            total = s
    if args.json:
        print(
            json.dumps({"batches": rows, **total.as_dict(verbose=args.verbose)}, ensure_ascii=False)
        )
        return 0
    print(
        f"{'batch':<8}{'articles':>9}{'facts':>7}{'pred':>6}{'strict':>8}{'lenient':>9}  published"
    )
    for r in rows:
        print(
            f"{r['batch']:<8}{r['articles']:>9}{r['facts']:>7}{r['predicted']:>6}"
            f"{r['strict_f1']:>8.3f}{r['lenient_f1']:>9.3f}  {r['published_right']}"
        )
    if args.verbose:
        for doc in sorted(batches):
            got = arts.get(doc)
            if doc in gold_pub and not published_ok(gold_pub[doc], got):
                print(f"PUB   {doc}: got {got}, gold {gold_pub[doc]['published']}")
        for kind, recs, words in (
            ("MISS", total.missed, "evidence"),
            ("SPUR", total.spurious, "text"),
        ):
            for r in recs:
                print(
                    f"{kind}  {r['doc_id']}: {r['type']} {r['metric']} {r['value']} {r['date']}"
                    f" «{r[words]}»"
                )
        for p, g in total.lenient_not_strict:
            print(
                f"OFF   {g['doc_id']}: gold {g['metric']} {g['date']}"
                f" / got {p['metric']} {p['date']} «{g['evidence']}»"
            )
    return 0


if __name__ == "__main__":
    sys.exit(main())
