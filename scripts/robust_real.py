"""Run the real-article corpus in the forms pages come in, and count the facts that change.

Each real article (the ignored cache `tests/real/.cache/`, see tests/real/README.md) is
extracted as read and in each form below; a fact is (type, metric, value, date, status), and
the script reports, per form, how many facts of the page as read are lost, how many are
gained and how many articles change. A form that changes nothing is one the extractor reads
as well as the page as read. No gold is needed: this measures robustness, not accuracy.

usage: python scripts/robust_real.py [--form F ...] [--with-z] [--show N]
`--with-z` includes batch Z, whose misses are kept unread (left out by default).
Exit status: 0; 1 when the cache is absent.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import textwrap
import unicodedata
from collections import Counter
from collections.abc import Callable
from pathlib import Path

from vnextract import extract

ROOT = Path(__file__).resolve().parent.parent
REAL = ROOT / "tests" / "real"
CACHE = REAL / ".cache"


def _wrap(text: str) -> str:
    """Wrapped by hand at 78 columns, as VOV World pages come."""
    return "\n".join(
        "\n".join(textwrap.wrap(line, 78)) if line.strip() else line for line in text.split("\n")
    )


FORMS: dict[str, Callable[[str], str]] = {
    "wrapped": _wrap,
    "crlf": lambda t: t.replace("\n", "\r\n"),
    "nfd": lambda t: unicodedata.normalize("NFD", t),
    "straight-apostrophes": lambda t: t.replace("’", "'"),
    "curly-apostrophes": lambda t: t.replace("'", "’"),
    "narrow-nbsp": lambda t: re.sub(r"(?<=\d) (?=\d{3}\b)", "\u202f", t).replace(" %", "\u202f%"),
    "double-spaces": lambda t: t.replace(" ", "  "),
    "one-line": lambda t: re.sub(r"\s*\n\s*", " ", t),
}


def _facts(text: str) -> Counter[tuple]:
    return Counter((f.type, f.metric, f.value, f.date, f.status) for f in extract(text=text))


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--form", nargs="*", choices=sorted(FORMS), help="only these forms")
    ap.add_argument("--with-z", action="store_true", help="include batch Z (kept unread)")
    ap.add_argument("--show", type=int, default=0, help="list the first N changed articles")
    args = ap.parse_args()
    if not CACHE.is_dir():
        print("no cache: see tests/real/README.md to rebuild it", file=sys.stderr)
        return 1
    batch_of = {}
    for line in (REAL / "manifest.jsonl").read_text(encoding="utf-8").splitlines():
        row = json.loads(line)
        batch_of[row["doc_id"]] = str(row.get("batch", ""))
    forms = args.form or list(FORMS)
    total: Counter[str] = Counter()
    lost: Counter[str] = Counter()
    gained: Counter[str] = Counter()
    changed: Counter[str] = Counter()
    shown: dict[str, list[str]] = {f: [] for f in forms}
    for path in sorted(CACHE.glob("*.txt")):
        if not args.with_z and batch_of.get(path.stem, "").startswith("Z"):
            continue
        text = path.read_text(encoding="utf-8")
        base = _facts(text)
        for form in forms:
            got = _facts(FORMS[form](text))
            total[form] += sum(base.values())
            lost[form] += sum((base - got).values())
            gained[form] += sum((got - base).values())
            if base != got:
                changed[form] += 1
                shown[form].append(path.stem)
    for form in forms:
        print(
            f"{form:22} facts {total[form]:5}  lost {lost[form]:4}  gained {gained[form]:4}  "
            f"articles changed {changed[form]:3}"
        )
        for doc in shown[form][: args.show]:
            print(f"    {doc}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
