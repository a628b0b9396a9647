"""Outputs and the run, tried as a user would and as someone trying to break them (issue 18).

Every test goes through the real command line (`python -m vnextract ...` in a
subprocess, run from a folder that is not the project's) and checks the
result or the one stderr line and exit code the README documents: a reader
that stops early, runs killed at random points and a reader beside them,
two runs on one folder, output folders that are files, read-only or full,
an unreadable input folder, filtered runs beside a full run's exports, the
report from another folder, the table at 80 columns and what timelines
leave out.
"""

from __future__ import annotations

import json
import os
import random
import re
import shutil
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest

from tests.conftest import RAW

SAMPLES = sorted(RAW.glob("*.txt"))
EXPORTS = ("facts.json", "facts.csv", "articles.json")
TRACEBACK = "Traceback"


def vnx(*args: object, cwd: Path, **kw: object) -> subprocess.CompletedProcess[str]:
    """`python -m vnextract ARGS` from `cwd`, stdout and stderr captured as text."""
    return subprocess.run(
        [sys.executable, "-m", "vnextract", *map(str, args)],
        cwd=cwd,
        capture_output=True,
        text=True,
        timeout=300,
        **kw,  # type: ignore[arg-type]
    )


def exports(out: Path) -> tuple[bytes, ...]:
    """The three exports as read at their documented paths."""
    return tuple((out / name).read_bytes() for name in EXPORTS)


def copies(folder: Path, n: int, prefix: str = "") -> Path:
    """A folder of `n` copies of the samples, under names of their own."""
    folder.mkdir(parents=True, exist_ok=True)
    for i in range(n):
        src = SAMPLES[i % len(SAMPLES)]
        (folder / f"{prefix}{i:04d}-{src.name}").write_bytes(src.read_bytes())
    return folder


def lines(stderr: str) -> list[str]:
    return [ln for ln in stderr.splitlines() if ln.strip()]


# -- a reader that stops early ---------------------------------------------------------


def test_a_reader_that_stops_reading_costs_no_export(tmp_path, seed_out):
    """`vnextract run data/raw | head -2`: exit 0, stdout quiet, every export written."""
    r, w = os.pipe()
    os.close(r)  # the reader is gone before the first line: every write meets EPIPE
    try:
        proc = subprocess.run(
            [sys.executable, "-m", "vnextract", "run", RAW, "-o", tmp_path / "out", "--no-cache"],
            cwd=tmp_path,
            stdout=w,
            stderr=subprocess.PIPE,
            text=True,
            timeout=300,
        )
    finally:
        os.close(w)
    assert proc.returncode == 0, proc.stderr
    assert proc.stderr == ""
    assert exports(tmp_path / "out") == exports(seed_out)


def test_head_two_in_a_shell(tmp_path, seed_out):
    """The README's own example, in a shell with pipefail: two lines, exit 0, the exports."""
    script = 'set -o pipefail; "$0" -m vnextract run "$1" -o "$2" --no-cache | head -2'
    proc = subprocess.run(
        ["bash", "-c", script, sys.executable, str(RAW), str(tmp_path / "out")],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert proc.returncode == 0, proc.stderr
    assert len(proc.stdout.splitlines()) == 2
    assert TRACEBACK not in proc.stderr and "Exception" not in proc.stderr
    assert exports(tmp_path / "out") == exports(seed_out)


# -- old or new, never a mix ------------------------------------------------------------


@pytest.fixture(scope="module")
def two_runs(tmp_path_factory):
    """Corpus A (the samples) and B (40 copies), and the exports each gives."""
    base = tmp_path_factory.mktemp("sets")
    a = base / "a"
    shutil.copytree(RAW, a)
    b = copies(base / "b", 40, "b")
    refs = {}
    for name, corpus in (("A", a), ("B", b)):
        done = vnx("run", corpus, "-o", base / f"ref-{name}", "-q", "--no-cache", cwd=base)
        assert done.returncode == 0, done.stderr
        refs[name] = exports(base / f"ref-{name}")
    return base, a, b, refs


def which_run(out: Path, refs: dict[str, tuple[bytes, ...]]) -> str:
    """A or B: the run whose three exports `out` holds, all three (else the test fails)."""
    now = exports(out)
    found = [name for name, ref in refs.items() if ref == now]
    per_file = [
        [name for name, ref in refs.items() if ref[i] == now[i]] for i in range(len(EXPORTS))
    ]
    assert found, f"a mix of two runs: {dict(zip(EXPORTS, per_file, strict=True))}"
    return found[0]


def test_runs_killed_at_random_points_leave_the_old_set_or_the_new(tmp_path, two_runs):
    _, a, b, refs = two_runs
    out = tmp_path / "out"
    assert vnx("run", a, "-o", out, "-q", "--no-cache", cwd=tmp_path).returncode == 0
    n_facts = len(json.loads(refs["B"][0]))
    rng = random.Random(18)
    seen = set()
    for attempt in range(6):
        proc = subprocess.Popen(
            [sys.executable, "-m", "vnextract", "run", b, "-o", out, "-q", "--no-cache"],
            cwd=tmp_path,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
        )
        assert proc.stdout is not None
        # half the kills while the facts stream, half once the last fact is out (the commit)
        stop = rng.randint(1, n_facts) if attempt % 2 else n_facts
        for _ in range(stop):
            if not proc.stdout.readline():
                break
        time.sleep(rng.uniform(0, 0.03))
        proc.kill()
        proc.communicate(timeout=60)
        seen.add(which_run(out, refs))
    # the next run completes and cleans up what the killed ones left
    done = vnx("run", b, "-o", out, "-q", "--no-cache", cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    assert which_run(out, refs) == "B"
    assert not [p for p in (out / ".runs").iterdir() if p.name.endswith(".tmp")]
    assert seen <= {"A", "B"}


def consistent_folder(out: Path) -> Path:
    """Where a reader reads one run's set: `.runs/current` resolved once (README)."""
    current = out / ".runs" / "current"
    return Path(os.path.realpath(current)) if current.is_symlink() else out


def test_a_reader_beside_runs_never_sees_a_mix(tmp_path, two_runs):
    _, a, b, refs = two_runs
    out = tmp_path / "out"
    assert vnx("run", a, "-o", out, "-q", "--no-cache", cwd=tmp_path).returncode == 0
    stop = threading.Event()
    reads: list[str] = []
    mixes: list[str] = []
    partial: list[str] = []

    def reader() -> None:
        while not stop.is_set():
            folder = consistent_folder(out)
            try:
                now = exports(folder)
                one = (out / "facts.json").read_bytes()
            except FileNotFoundError:
                continue  # a generation two runs old, removed: resolve again
            names = [n for n, ref in refs.items() if ref == now]
            (reads if names else mixes).append(names[0] if names else "mix")
            if one not in (refs["A"][0], refs["B"][0]):
                partial.append("facts.json")

    t = threading.Thread(target=reader)
    t.start()
    try:
        for corpus in (b, a, b, a):
            done = vnx("run", corpus, "-o", out, "-q", "--no-cache", cwd=tmp_path)
            assert done.returncode == 0, done.stderr
    finally:
        stop.set()
        t.join()
    assert mixes == [], f"{len(mixes)} mixed reads of {len(mixes) + len(reads)}"
    assert partial == []
    assert {"A", "B"} <= set(reads)


# -- one writer at a time ---------------------------------------------------------------


def test_a_second_run_on_the_same_folder_exits_75_and_the_first_completes(tmp_path):
    corpus = copies(tmp_path / "corpus", 300)
    out = tmp_path / "out"
    cmd = [sys.executable, "-m", "vnextract", "run", corpus, "-o", out, "-q", "--no-cache"]
    first = subprocess.Popen(cmd, cwd=tmp_path, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    try:
        assert first.stdout is not None
        assert first.stdout.readline().startswith(b"{")  # the first run is writing
        second = vnx("run", RAW, "-o", out, "-q", "--no-cache", cwd=tmp_path)
        assert first.poll() is None, "the first run ended too soon: grow the corpus"
    finally:
        _, err = first.communicate(timeout=600)
    assert second.returncode == 75, second.stderr
    assert lines(second.stderr) == [
        f"vnextract: error: output folder {out} is being written by another vnextract "
        "process; wait for it to end or choose another --out"
    ]
    assert first.returncode == 0, err.decode()
    assert len(json.loads((out / "articles.json").read_bytes())) == 300


# -- environment errors -----------------------------------------------------------------


@pytest.mark.parametrize("where", ["file", "under a file"])
def test_an_output_folder_that_is_a_file_is_one_line_and_exit_2(tmp_path, where):
    f = tmp_path / "taken.txt"
    f.write_text("mine\n", encoding="utf-8")
    out = f if where == "file" else f / "out"
    done = vnx("run", SAMPLES[0], "-o", out, "-q", "--no-cache", cwd=tmp_path)
    assert done.returncode == 2, done.stderr
    what = "a file" if where == "file" else "under a file, not a folder"
    assert lines(done.stderr) == [
        f"vnextract: error: output folder {out} is {what}; choose another --out"
    ]
    assert f.read_text(encoding="utf-8") == "mine\n"


def test_a_broken_symlink_as_output_folder_is_one_line_and_exit_2(tmp_path):
    out = tmp_path / "gone"
    out.symlink_to(tmp_path / "nowhere")
    done = vnx("run", SAMPLES[0], "-o", out, "-q", "--no-cache", cwd=tmp_path)
    assert done.returncode == 2, done.stderr
    assert lines(done.stderr) == [
        f"vnextract: error: output folder {out} is a broken symlink; choose another --out"
    ]


def test_a_folder_where_an_export_goes_is_left_alone_and_said(tmp_path):
    out = tmp_path / "out"
    (out / "facts.json").mkdir(parents=True)
    (out / "facts.json" / "mine.txt").write_text("mine\n", encoding="utf-8")
    done = vnx("run", SAMPLES[0], "-o", out, "-q", "--no-cache", cwd=tmp_path)
    assert done.returncode == 2, done.stderr
    assert lines(done.stderr) == [
        f"vnextract: error: {out / 'facts.json'} is a folder, where a run writes a file; "
        "move it away"
    ]
    assert (out / "facts.json" / "mine.txt").read_text(encoding="utf-8") == "mine\n"


def test_report_and_timeline_beside_a_run_exit_75(tmp_path):
    """They write into the run's folder too: one writer at a time."""
    out = tmp_path / "out"
    assert vnx("run", RAW, "-o", out, "-q", "--no-cache", cwd=tmp_path).returncode == 0
    corpus = copies(tmp_path / "corpus", 300)
    cmd = [sys.executable, "-m", "vnextract", "run", corpus, "-o", out, "-q", "--no-cache"]
    running = subprocess.Popen(cmd, cwd=tmp_path, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    try:
        assert running.stdout is not None
        assert running.stdout.readline().startswith(b"{")
        report = vnx("report", out, cwd=tmp_path)
        timeline = vnx("timeline", out, "-f", "json", cwd=tmp_path)
        assert running.poll() is None, "the run ended too soon: grow the corpus"
    finally:
        running.communicate(timeout=600)
    busy = f"vnextract: error: output folder {out} is being written by another vnextract process"
    for done in (report, timeline):
        assert done.returncode == 75, done.stderr
        assert lines(done.stderr) == [f"{busy}; wait for it to end or choose another --out"]
    assert running.returncode == 0


@pytest.fixture
def tmpfs(tmp_path):
    """A small tmpfs of our own (a real read-only or full file system); skipped if none."""
    mnt = tmp_path / "mnt"
    mnt.mkdir()
    mounted = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", "size=1m", "tmpfs", str(mnt)],
        capture_output=True,
        text=True,
    )
    if mounted.returncode != 0:
        pytest.skip(f"cannot mount a tmpfs here (needs root): {mounted.stderr.strip()}")
    try:
        yield mnt
    finally:
        subprocess.run(["umount", "-l", str(mnt)], capture_output=True)


def test_a_read_only_output_folder_is_one_line_and_exit_2(tmp_path, tmpfs):
    out = tmpfs / "out"
    assert vnx("run", SAMPLES[0], "-o", out, "-q", "--no-cache", cwd=tmp_path).returncode == 0
    before = exports(out)
    subprocess.run(["mount", "-o", "remount,ro", str(tmpfs)], check=True)
    done = vnx("run", RAW, "-o", out, "-q", "--no-cache", cwd=tmp_path)
    assert done.returncode == 2, done.stderr
    (line,) = lines(done.stderr)
    assert line.startswith(f"vnextract: error: cannot write the output folder {out}: ")
    assert "Read-only file system" in line and "previous exports left as they were" in line
    assert exports(out) == before


def test_a_full_disk_is_one_line_and_exit_2_previous_exports_intact(tmp_path, tmpfs):
    out = tmpfs / "out"
    assert vnx("run", SAMPLES[0], "-o", out, "-q", "--no-cache", cwd=tmp_path).returncode == 0
    before = exports(out)
    with (tmpfs / "filler").open("wb", buffering=0) as f:  # fill the disk to the last byte
        try:
            while True:
                f.write(b"\0" * 4096)
        except OSError:
            pass
    done = vnx("run", RAW, "-o", out, "-q", "--no-cache", cwd=tmp_path)
    assert done.returncode == 2, done.stderr
    (line,) = lines(done.stderr)
    assert line.startswith(f"vnextract: error: cannot write the output folder {out}: ")
    assert "No space left on device" in line
    assert exports(out) == before
    assert not [p for p in (out / ".runs").iterdir() if p.name.endswith(".tmp")]


def _without_dac(cmd: list[str]) -> list[str]:
    """`cmd` as root without the capabilities that let root read any folder (setpriv)."""
    caps = "-dac_override,-dac_read_search"
    return ["setpriv", f"--inh-caps={caps}", f"--bounding-set={caps}", *cmd]


@pytest.fixture
def locked_folder(tmp_path):
    """An input folder its reader may not list (mode 000, read without root's override)."""
    if shutil.which("setpriv") is None:
        pytest.skip("setpriv (util-linux) not found: cannot drop root's file capabilities")
    locked = tmp_path / "in" / "locked"
    locked.mkdir(parents=True)
    shutil.copy(SAMPLES[1], locked)
    locked.chmod(0)
    probe = subprocess.run(_without_dac(["ls", str(locked)]), capture_output=True)
    if probe.returncode == 0:
        pytest.skip("this process can read a folder of mode 000 even without its capabilities")
    try:
        yield locked
    finally:
        locked.chmod(0o755)


def test_an_unreadable_input_folder_is_skipped_and_its_siblings_read(tmp_path, locked_folder):
    ok = tmp_path / "in" / "ok"
    ok.mkdir()
    shutil.copy(SAMPLES[0], ok)
    out = tmp_path / "out"
    cmd = [sys.executable, "-m", "vnextract", "run", str(locked_folder), str(ok), "-o", str(out)]
    done = subprocess.run(
        _without_dac([*cmd, "-q", "--no-cache"]), cwd=tmp_path, capture_output=True, text=True
    )
    assert done.returncode == 1, done.stderr
    assert lines(done.stderr) == [
        f"vnextract: skipped {locked_folder}: cannot read folder: Permission denied"
    ]
    articles = json.loads((out / "articles.json").read_bytes())
    assert [a["doc_id"] for a in articles] == [SAMPLES[0].stem]
    # the unreadable folder alone: nothing to do, one line, exit 2, the exports as they were
    before = exports(out)
    alone = subprocess.run(
        _without_dac([*cmd[:4], str(locked_folder), "-o", str(out), "-q", "--no-cache"]),
        cwd=tmp_path,
        capture_output=True,
        text=True,
    )
    assert alone.returncode == 2, alone.stderr
    assert lines(alone.stderr) == [
        f"vnextract: error: {locked_folder}: cannot read folder: Permission denied"
    ]
    assert exports(out) == before


# -- filtered runs ----------------------------------------------------------------------


def test_a_filtered_run_leaves_a_full_runs_exports_unless_forced(tmp_path):
    out = tmp_path / "out"
    assert vnx("run", RAW, "-o", out, "-q", "--no-cache", cwd=tmp_path).returncode == 0
    assert vnx("report", out, cwd=tmp_path).returncode == 0
    assert vnx("timeline", out, cwd=tmp_path).returncode == 0
    full = exports(out)
    done = vnx("run", RAW, "-o", out, "--metric", "portal_visits", "--no-cache", cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    assert {json.loads(ln)["metric"] for ln in done.stdout.splitlines()} == {"portal_visits"}
    assert lines(done.stderr) == [
        f"vnextract: {out} holds the exports of a run without filters: this filtered run "
        "left them in place (give another --out, or --force to replace them)"
    ]
    assert exports(out) == full
    assert (out / "report.html").is_file() and (out / "timeline.json").is_file()
    # asked to: the filtered run's exports, and no report or timeline of the other run beside
    forced = vnx("run", RAW, "-o", out, "-m", "portal_visits", "--force", "-q", cwd=tmp_path)
    assert forced.returncode == 0, forced.stderr
    facts = json.loads((out / "facts.json").read_bytes())
    assert facts and {f["metric"] for f in facts} == {"portal_visits"}
    assert not (out / "report.html").exists() and not (out / "timeline.json").exists()


def test_a_filtered_run_into_a_folder_of_its_own_writes_its_exports(tmp_path):
    out = tmp_path / "mine"
    done = vnx("run", RAW, "-o", out, "--since", "2021", "-q", "--no-cache", cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    facts = json.loads((out / "facts.json").read_bytes())
    assert facts and all(f["date"] >= "2021" for f in facts)


# -- the report from anywhere -----------------------------------------------------------


def test_the_report_finds_the_texts_from_another_folder(tmp_path):
    work = tmp_path / "work"
    shutil.copytree(RAW, work / "in")
    done = vnx("run", "in", "-o", "out", "-q", "--no-cache", cwd=work)  # relative paths
    assert done.returncode == 0, done.stderr
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    made = vnx("report", work / "out", cwd=elsewhere)
    assert made.returncode == 0, made.stderr
    page = (work / "out" / "report.html").read_text(encoding="utf-8")
    assert "Text not available" not in page
    assert page.count('<div class="text">') == len(SAMPLES)


# -- the terminal table and the summaries -----------------------------------------------


@pytest.fixture(scope="module")
def alike_ids(tmp_path_factory):
    """Two articles whose ids only differ at their end, and a run of them."""
    base = tmp_path_factory.mktemp("alike")
    corpus = base / "in"
    corpus.mkdir()
    for i, src in enumerate(SAMPLES[:2]):
        (corpus / f"vna-2021-gouvernement-electronique-{i + 1}.txt").write_bytes(src.read_bytes())
    return base, corpus


def _check_table(text: str, facts: list[dict], ids: list[str]) -> None:
    """80 columns at most, every status and the source words shown, each id told apart."""
    rows = text.splitlines()
    assert all(len(r) <= 80 for r in rows), max(rows, key=len)
    assert "source words" in text
    statuses = re.findall(r"\b(actual|target|planned)\b", text)
    assert len(statuses) == len(facts), "every fact's status is shown"
    # a fact's first line starts with its doc cell: the id, or its start and end around `…`
    header = next(r for r in rows if "source words" in r)
    at = header.index("doc")
    body = rows[rows.index(header) + 2 :]  # after the header's rule
    cells = [r.split()[0] for r in body if r[at : at + 1].strip()]
    assert len(cells) == len(facts)
    for cell in cells:
        head, cut, tail = cell.partition("…")
        matches = [i for i in ids if i == cell or (cut and i.startswith(head) and i.endswith(tail))]
        assert len(matches) == 1, f"{cell!r} reads as {matches}"
    assert len(set(cells)) == len(ids)


def test_the_table_at_80_columns_keeps_status_and_words_and_tells_ids_apart(alike_ids):
    base, corpus = alike_ids
    env = {**os.environ, "COLUMNS": "80"}
    done = vnx("run", corpus, "-o", base / "out", "-f", "table", "-q", cwd=base, env=env)
    assert done.returncode == 0, done.stderr
    facts = json.loads((base / "out" / "facts.json").read_bytes())
    _check_table(done.stdout, facts, sorted({f["doc_id"] for f in facts}))


def test_the_table_on_an_80_column_terminal(seed_out):
    from rich.console import Console

    from vnextract.outputs.export import facts_table

    facts = json.loads((seed_out / "facts.json").read_bytes())
    for f in facts:  # the sample ids, made alike but for their end
        f["doc_id"] = "vna-2021-gouvernement-electronique-" + f["doc_id"][:3]
    with open(os.devnull, "w") as devnull:
        console = Console(width=80, force_terminal=True, record=True, file=devnull)
        console.print(facts_table(facts))
    _check_table(console.export_text(), facts, sorted({f["doc_id"] for f in facts}))


def test_short_ids_never_make_two_ids_alike():
    from hypothesis import given
    from hypothesis import strategies as st

    from vnextract.outputs.export import short_ids

    @given(st.sets(st.text(alphabet="ab/_-01…", min_size=1, max_size=30), max_size=30))
    def check(ids):
        short = short_ids(ids)
        assert set(short) == ids
        assert len(set(short.values())) == len(ids)

    check()


def test_the_timeline_says_what_it_left_out_and_why(tmp_path):
    corpus = tmp_path / "in"
    corpus.mkdir()
    # two articles: the first speaks from no year at all, so its fact stays undated (an
    # article with a dated sentence gives its other facts the year it speaks from)
    (corpus / "x.txt").write_text(
        "Le portail national des services publics compte désormais 468.000 comptes "
        "enregistrés, selon le ministère.\n",
        encoding="utf-8",
    )
    (corpus / "y.txt").write_text(
        "Le nombre de dossiers traités en ligne a atteint 940.000 le 8 mars 2021.\n",
        encoding="utf-8",
    )
    out = tmp_path / "out"
    assert vnx("run", corpus, "-o", out, "-q", "--no-cache", cwd=tmp_path).returncode == 0
    facts = json.loads((out / "facts.json").read_bytes())
    assert sum(f["date"] is None for f in facts) == 1
    done = vnx("timeline", out, "-f", "json", cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    assert "left out: 1 fact with no date (no place on a timeline)" in done.stderr
    table = vnx("timeline", out, "-f", "table", cwd=tmp_path, env={**os.environ, "COLUMNS": "80"})
    assert "left out: 1 fact with no date" in table.stdout
    assert vnx("report", out, cwd=tmp_path).returncode == 0
    page = (out / "report.html").read_text(encoding="utf-8")
    assert "On the charts, left out: 1 fact with no date (no place on a timeline)." in page


def test_a_filtered_table_says_how_many_facts_the_filters_left_out(tmp_path, seed_out):
    facts = json.loads((seed_out / "facts.json").read_bytes())
    kept = [f for f in facts if f["metric"] == "portal_visits"]
    done = vnx(
        "run", RAW, "-o", tmp_path / "out", "-m", "portal_visits", "-f", "table", "-q",
        cwd=tmp_path, env={**os.environ, "COLUMNS": "80"},
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    assert f"{len(facts) - len(kept)} facts left out by the filters" in done.stdout
