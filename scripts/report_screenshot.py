"""Make docs/report.png, the README's picture of `vnextract report`, with headless Chromium.

    python scripts/report_screenshot.py [--out docs/report.png] [--height 1700]

Runs vnextract on the sample corpus and the saved web page of the tests, writes
the report, and screenshots it (Debian's `chromium`; `apt-get install -y chromium`).
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
FLAGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--hide-scrollbars",
]


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--out", type=Path, default=ROOT / "docs" / "report.png")
    ap.add_argument("--width", type=int, default=1200)
    ap.add_argument("--height", type=int, default=1700)
    ap.add_argument("--doc", action="append", default=[], help="only these articles (globs)")
    args = ap.parse_args()
    browser = shutil.which("chromium") or shutil.which("chromium-browser")
    if browser is None:
        print("chromium not found: apt-get install -y chromium", file=sys.stderr)
        return 2
    vnx = [sys.executable, "-m", "vnextract"]
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp) / "out"
        inputs = [str(ROOT / "data" / "raw"), str(ROOT / "tests" / "fixtures" / "002_egov.html")]
        run = [*vnx, "run", *inputs, "--out", str(out), "-q", "-f", "json", "--no-cache"]
        subprocess.run(run, check=True, stdout=subprocess.DEVNULL)
        docs = [x for d in args.doc for x in ("--doc", d)]
        subprocess.run([*vnx, "report", str(out), *docs], check=True, stdout=subprocess.DEVNULL)
        args.out.parent.mkdir(parents=True, exist_ok=True)
        shot = [
            browser,
            *FLAGS,
            f"--user-data-dir={Path(tmp) / 'profile'}",
            f"--window-size={args.width},{args.height}",
            f"--screenshot={args.out.resolve()}",
            (out / "report.html").as_uri(),
        ]
        subprocess.run(shot, check=True, capture_output=True, timeout=120)
    print(args.out)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
