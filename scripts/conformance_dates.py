"""Print how many of Recognizers-Text's French date spans `find_dates` finds.

Usage: python scripts/conformance_dates.py [PEER_DIR] [--verbose]

PEER_DIR defaults to ../shared/peer (next to the repository). Each case of
`DateTime_French_DateExtractor.json` lists the date spans expected in one
sentence. An expected span is *found* when a mention of `find_dates`
overlaps it, and *exact* when the mention's text equals the expected text
(the peer often includes cues such as `pour le`, which vnextract keeps out of
the span). Many cases are relative dates (`demain`, `il y a deux ans`,
`vendredi prochain`) or bare weekdays and day numbers (`le 27`), which
vnextract does not read on purpose: a mention must carry a day, month or
year of the calendar. They are reported apart as out of scope, so that the
share on calendar dates says what it should. No threshold: a report only.
`--verbose` lists the misses.
"""

from __future__ import annotations

import json
import re
import sys
from dataclasses import dataclass, field
from pathlib import Path

from vnextract.recognizers.dates import find_dates, load_lexicon

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_PEER = ROOT.parent / "shared" / "peer"
PEER_FILE = "recognizers-text/DateTime_French_DateExtractor.json"


def _calendar_regex() -> re.Pattern[str]:
    """Expected spans that name a calendar date: a month, or a date in figures."""
    months = "|".join(sorted((re.escape(m) for m in load_lexicon().months), key=len, reverse=True))
    return re.compile(
        rf"(?<![^\W\d_])(?:{months})(?![^\W\d_])|\d{{1,4}}[/.\-]\d{{1,2}}|\d{{4}}", re.IGNORECASE
    )


@dataclass
class Report:
    """Counts of expected spans, found ones and misses, in and out of scope."""

    expected: int = 0
    found: int = 0
    exact: int = 0
    in_scope: int = 0
    in_scope_found: int = 0
    false_alarms: int = 0
    misses: list[tuple[str, str, bool]] = field(default_factory=list)

    def share(self, part: int, whole: int) -> float:
        return part / whole if whole else 0.0


def score(path: Path) -> Report:
    """Run every case of the peer file through `find_dates` and count."""
    cases = json.loads(path.read_text(encoding="utf-8-sig"))
    calendar = _calendar_regex()
    report = Report()
    for case in cases:
        text = case["Input"]
        mentions = find_dates(text)
        if not case["Results"] and mentions:
            report.false_alarms += 1
        for result in case["Results"]:
            start = result["Start"]
            end = start + result.get("Length", len(result["Text"]))
            scoped = bool(calendar.search(result["Text"]))
            report.expected += 1
            report.in_scope += scoped
            hit = [m for m in mentions if m.start < end and start < m.end]
            if hit:
                report.found += 1
                report.in_scope_found += scoped
                report.exact += any(m.text == result["Text"] for m in hit)
            else:
                report.misses.append((text, result["Text"], scoped))
    return report


def main(argv: list[str] | None = None) -> int:
    args = list(sys.argv[1:] if argv is None else argv)
    verbose = "--verbose" in args
    paths = [a for a in args if not a.startswith("-")]
    peer = Path(paths[0]) if paths else DEFAULT_PEER
    path = peer / PEER_FILE
    if not path.is_file():
        print(f"no peer file at {path}", file=sys.stderr)
        return 2
    r = score(path)
    out_scope = r.expected - r.in_scope
    print(f"DateExtractor (French): {r.expected} expected date spans")
    print(f"  found (overlap):    {r.found}/{r.expected} = {r.share(r.found, r.expected):.2f}")
    print(f"  same text:          {r.exact}/{r.expected} = {r.share(r.exact, r.expected):.2f}")
    print(
        f"  calendar dates:     {r.in_scope_found}/{r.in_scope} = "
        f"{r.share(r.in_scope_found, r.in_scope):.2f} (month or date in figures written)"
    )
    print(f"  out of scope:       {out_scope} (relative dates, bare weekdays or day numbers)")
    print(f"  cases without a date where something was found: {r.false_alarms}")
    if verbose:
        for text, expected, scoped in r.misses:
            tag = "MISS" if scoped else "out "
            print(f"  {tag} {expected!r:40} in {text!r}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
