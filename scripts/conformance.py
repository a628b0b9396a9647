"""Print the quantity recognizer's conformance with Recognizers-Text's French spec files.

Usage: python scripts/conformance.py [PEER_DIR] [--verbose]

PEER_DIR defaults to ../shared/peer (next to the repository). The table
gives, per peer file, the expected results found over those in scope (the
figure the goals apply to), the same over all expected results, and the
out-of-scope count (listed with their reasons in vnextract/data/conformance.toml).
`--verbose` also lists every out-of-scope and missed result. Exit code: 0,
or 1 when a file is below its goal (currency 0.95, numbers 0.85, ordinals
0.90, percentages 0.95); 0 with a message when the peer suite is absent.
"""

from __future__ import annotations

import sys
from collections import Counter
from pathlib import Path

from peer_conformance import GOALS, run_conformance

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_PEER = ROOT.parent / "shared" / "peer"


def main(argv: list[str] | None = None) -> int:
    args = list(sys.argv[1:] if argv is None else argv)
    verbose = "--verbose" in args
    paths = [a for a in args if not a.startswith("-")]
    peer = Path(paths[0]) if paths else DEFAULT_PEER
    if not peer.is_dir():
        print(
            f"conformance: no peer suite at {peer}; the Recognizers-Text French spec files "
            "live in ../shared/peer (next to this repository). Nothing to measure."
        )
        return 0
    results = run_conformance(peer)
    header = f"{'file':<12} {'found':>6} {'in scope':>9} {'rate':>6} {'goal':>5} "
    header += f"{'all':>6} {'out of scope':>13}  status"
    print(header)
    failed = False
    for name, r in results.items():
        ok = r.rate >= GOALS[name]
        failed |= not ok
        print(
            f"{name:<12} {r.found:>6} {r.in_scope:>9} {r.rate:>6.3f} {GOALS[name]:>5.2f} "
            f"{r.rate_all:>6.3f} {len(r.out_of_scope):>13}  {'ok' if ok else 'BELOW GOAL'}"
        )
    reasons = Counter(m.reason for r in results.values() for m in r.out_of_scope)
    print("out of scope by reason: " + ", ".join(f"{k} {v}" for k, v in reasons.most_common()))
    if verbose:
        for name, r in results.items():
            for m in r.out_of_scope:
                print(f"  out of scope  {name} #{m.case} {m.text!r} ({m.reason}) in {m.input!r}")
            for m in r.missed:
                print(f"  missed        {name} #{m.case} {m.text!r} = {m.value} {m.unit or ''}")
                print(f"                in {m.input!r}; got {', '.join(m.got) or 'nothing'}")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
