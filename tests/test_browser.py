"""The report in a real browser: headless Chromium renders it; the highlights are the facts.

Skipped, with the reason, when no Chromium is installed (`apt-get install -y chromium`);
in CI (`CI` set) a missing browser fails the test: `.ci/run` installs it.
"""

from __future__ import annotations

import json
import os
import shutil
import struct
import subprocess
from pathlib import Path

import pytest
from typer.testing import CliRunner

from tests.conftest import RAW
from tests.test_report import HOSTILE, check_marks
from vnextract.cli import app

FIXTURES = Path(__file__).resolve().parent / "fixtures"
BROWSERS = ("chromium", "chromium-browser", "google-chrome", "google-chrome-stable")
#: Flags that work in a container as root, with no network and no desktop session.
FLAGS = (
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--hide-scrollbars",
)
runner = CliRunner()


@pytest.fixture(scope="module")
def chromium() -> str:
    for name in BROWSERS:
        found = shutil.which(name)
        if found:
            return found
    if os.environ.get("CI"):
        pytest.fail("Chromium not found in CI: .ci/run should have installed it")
    pytest.skip("Chromium not found (apt-get install -y chromium): browser test skipped")


def browse(chromium: str, tmp: Path, *args: str) -> subprocess.CompletedProcess[bytes]:
    profile = tmp / "profile"
    profile.mkdir(exist_ok=True)
    cmd = [chromium, *FLAGS, f"--user-data-dir={profile}", *args]
    return subprocess.run(cmd, capture_output=True, timeout=60, check=False, cwd=tmp)


@pytest.fixture(scope="module")
def out(tmp_path_factory):
    src = tmp_path_factory.mktemp("browser_in")
    for name in ("000_69a3c7bbeae0bcbd.txt", "002_6ef02ea0a4775475.txt"):
        shutil.copy(RAW / name, src / name)
    shutil.copy(FIXTURES / "002_egov.html", src / "page.html")
    (src / "hostile.txt").write_bytes(HOSTILE.encode("utf-8"))
    out = tmp_path_factory.mktemp("browser") / "out"
    assert (
        runner.invoke(
            app, ["run", "-j", "1", str(src), "--out", str(out), "-q", "-f", "json"]
        ).exit_code
        == 0
    )
    assert runner.invoke(app, ["report", str(out)]).exit_code == 0
    return out


def test_rendered_highlights_are_the_facts(chromium, out, tmp_path):
    done = browse(chromium, tmp_path, "--dump-dom", (out / "report.html").as_uri())
    assert done.returncode == 0, done.stderr.decode(errors="replace")[-2000:]
    dom = done.stdout.decode("utf-8")
    facts = json.loads((out / "facts.json").read_text(encoding="utf-8"))
    assert {f["doc_id"] for f in facts} == {
        "000_69a3c7bbeae0bcbd",
        "002_6ef02ea0a4775475",
        "page",
        "hostile",
    }
    got = check_marks(dom, facts)
    assert len(got.marks) == len(facts)
    # the article's <script> stayed text: no script element, and it never ran
    assert "script" not in got.tags
    assert "<title>vnextract report</title>" in dom
    assert "document.title='pwned'" in dom.replace("&#x27;", "'")


def test_screenshot_of_the_report(chromium, out, tmp_path):
    shot = tmp_path / "report.png"
    done = browse(
        chromium,
        tmp_path,
        f"--screenshot={shot}",
        "--window-size=1200,1600",
        (out / "report.html").as_uri(),
    )
    assert done.returncode == 0, done.stderr.decode(errors="replace")[-2000:]
    data = shot.read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    width, height = struct.unpack(">II", data[16:24])
    assert (width, height) == (1200, 1600)
    assert len(data) > 50_000, "a blank page compresses to a few kB"
