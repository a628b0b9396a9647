"""Bad inputs mixed into good ones: one clear line each, the rest fully processed, no traceback.

The folder built here holds copies of the sample articles beside every bad
input of issue 7. The real command line runs on it as a subprocess (twice,
under different time zones, locales and hash seeds, which must not change a
byte of the exports). What counts as a failed input (exit code 1):

- unreadable bytes: binary, too large, a directory or FIFO named `.txt`, a
  broken symlink, no permission, malformed JSON records;
- no article text: an empty or blank file, a file with only a `Voir plus`
  tail, an HTML page with only scripts.

An article with text but no figures is not a failure: zero facts, exit 0.
Issue 18's cases are there too: a subfolder, files of other kinds, names that
would share a doc id, stray cp1252 bytes in UTF-8, NFD, UTF-32, soft hyphens,
a web page saved as `.txt`, a JSONL line that is not UTF-8, an impossible
publication date. What they must give is a warning line, not a failure.
"""

from __future__ import annotations

import hashlib
import json
import os
import random
import subprocess
import sys
import unicodedata
from pathlib import Path

import pytest

from tests.conftest import RAW
from vnextract.inputs.sources import decode_bytes, name_safe, read_file

SAMPLES = sorted(RAW.glob("*.txt"))
SAMPLE_TEXTS = {p.stem: p.read_text(encoding="utf-8") for p in SAMPLES}
#: A sample whose every character exists in cp1252, so its cp1252 copy is the same text.
CP1252_STEM = next(
    s for s, t in SAMPLE_TEXTS.items() if t.encode("cp1252", "ignore").decode("cp1252") == t
)
#: A sample with Vietnamese letters (photo captions), which only Unicode encodings can hold.
UNICODE_STEM = next(s for s, t in SAMPLE_TEXTS.items() if "ả" in t)
LATIN1_TEXT = SAMPLE_TEXTS[CP1252_STEM].translate(
    {0x2019: "'", 0x2013: "-", 0x2014: "-", 0x2026: "."}
)
IS_ROOT = hasattr(os, "geteuid") and os.geteuid() == 0
#: A file name that is not UTF-8 (bytes from a Windows scraper): it must not break the exports.
LATIN1_NAME = os.fsdecode(b"caf\xe9.txt")
RUN_TIMEOUT = 600

#: Inputs that must fail, with a fragment of the reason their stderr line must give.
FAILURES: dict[str, str] = {
    "empty.txt": "no article text",
    "blank.txt": "no article text",
    "voir-plus-only.txt": "no article text",
    "binary.txt": "binary",
    "huge.txt": "too large",
    "x.txt": "is a directory",
    "broken-link.txt": "no such file",
    "fifo.txt": "not a regular file",
    "fifo.jsonl": "not a regular file",
    "scripts-only.html": "no article text",
    "records.jsonl:2": "malformed JSON",
    "records.jsonl:3": "nested too deeply",
    "records.jsonl:4": "not an object",
    "records.jsonl:5": "no text",
    "records.jsonl:7": "not UTF-8",
}
#: Warning lines the mixed folder must give (a fragment of each), one each.
WARNINGS = (
    "2 files skipped in the input folders: hidden (1), unsupported type .pdf (1)",
    "doc id 'dup' of {folder}/dup.text is already taken: it is 'dup~2'",
    "doc id 'fifo' of {folder}/fifo.jsonl is already taken: it is 'fifo~2'",
    "doc id 'rec-good' of {folder}/records2.jsonl:1 is already taken: it is 'rec-good~2'",
    "{folder}/records.jsonl:8: published date '2021-02-30' is not a real date, ignored",
)
PAGE = Path(__file__).resolve().parent / "fixtures" / "002_egov.html"
#: A French sentence with a figure, to tell small articles apart.
SENTENCE = "Hanoï, 10 mars (VNA) - Le portail a reçu {} millions de visites en 2020.\n"
if not IS_ROOT:
    FAILURES["unreadable.txt"] = "permission denied"


def vnextract(*args: str, env: dict[str, str] | None = None) -> subprocess.Popen[str]:
    """Start the real command line (`python -m vnextract`), stdout and stderr piped."""
    return subprocess.Popen(
        [sys.executable, "-m", "vnextract", *args],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=env,
    )


def build_mixed(folder: Path) -> None:
    """Copies of the samples, re-encoded copies, and every kind of bad input, in `folder`."""
    folder.mkdir()
    for p in SAMPLES:
        (folder / p.name).write_bytes(p.read_bytes())
    # valid inputs in other encodings: same text, so the same facts
    (folder / "enc-cp1252.txt").write_bytes(SAMPLE_TEXTS[CP1252_STEM].encode("cp1252"))
    (folder / "enc-latin1.txt").write_bytes(LATIN1_TEXT.encode("latin-1"))
    (folder / "enc-latin1-ref.txt").write_text(LATIN1_TEXT, encoding="utf-8")
    (folder / "enc-utf16.txt").write_bytes(SAMPLE_TEXTS[UNICODE_STEM].encode("utf-16"))
    (folder / "enc-utf16le-nobom.txt").write_bytes(SAMPLE_TEXTS[UNICODE_STEM].encode("utf-16-le"))
    # valid, odd: no sentence punctuation at all; a name that is not UTF-8
    no_punct = SAMPLE_TEXTS[UNICODE_STEM].translate({ord(c): " " for c in ".!?…;:"})
    (folder / "no-punctuation.txt").write_text(no_punct, encoding="utf-8")
    (folder / LATIN1_NAME).write_bytes(SAMPLES[0].read_bytes())
    # failures
    (folder / "empty.txt").write_bytes(b"")
    (folder / "blank.txt").write_text("  \n\n\u00a0\t\n", encoding="utf-8")
    (folder / "voir-plus-only.txt").write_text(
        "Voir plus\n\nLe portail a reçu 999 millions de visites en 2031.\n", encoding="utf-8"
    )
    noise = random.Random(7).randbytes(8192)
    (folder / "binary.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + noise)
    line = (SAMPLE_TEXTS[CP1252_STEM].splitlines()[4] + "\n").encode("utf-8")
    (folder / "huge.txt").write_bytes(line * (20 * 1024 * 1024 // len(line) + 1))
    (folder / "x.txt").mkdir()
    (folder / "broken-link.txt").symlink_to(folder / "nowhere.txt")
    os.mkfifo(folder / "fifo.txt")
    os.mkfifo(folder / "fifo.jsonl")
    (folder / "scripts-only.html").write_text(
        "<html><head><script>alert(1)</script></head>"
        "<body><script>document.write('x')</script></body></html>",
        encoding="utf-8",
    )
    records = [
        json.dumps({"id": "rec-good", "text": SAMPLE_TEXTS[CP1252_STEM]}, ensure_ascii=False),
        '{"id": "rec-bad", "text": "unterminated',
        "[" * 100_000,
        '"just a string"',
        '{"id": "rec-notext"}',
        json.dumps({"id": "rec-\ud800", "text": SAMPLE_TEXTS[CP1252_STEM] + "\udce9"}),
    ]
    lines = [r.encode("utf-8") for r in records]
    lines.append(b'{"id": "rec-cp1252", "text": "l\x92an 2020"}')  # not UTF-8: this line fails
    bad_date = {"id": "rec-baddate", "published": "2021-02-30", "text": SENTENCE.format(8)}
    lines.append(json.dumps(bad_date).encode("utf-8"))
    lines.append(json.dumps({"id": "rec-after", "text": SENTENCE.format(9)}).encode("utf-8"))
    (folder / "records.jsonl").write_bytes(b"\n".join(lines) + b"\n")
    # issue 18: an id of records.jsonl again, in another corpus
    again = {"id": "rec-good", "text": SENTENCE.format(10)}
    (folder / "records2.jsonl").write_text(json.dumps(again) + "\n", encoding="utf-8")
    # issue 18: a subfolder; files that are not articles; names giving one id
    (folder / "sub" / "2020").mkdir(parents=True)
    (folder / "sub" / "2020" / SAMPLES[0].name).write_bytes(SAMPLES[0].read_bytes())
    (folder / "notes.pdf").write_bytes(b"%PDF-1.4\n")
    (folder / ".hidden.txt").write_text(SENTENCE.format(99), encoding="utf-8")
    (folder / "dup.TXT").write_text(SENTENCE.format(11), encoding="utf-8")
    (folder / "dup.text").write_text(SENTENCE.format(12), encoding="utf-8")
    # issue 18: encodings and forms of the same text
    utf8 = SAMPLE_TEXTS[UNICODE_STEM].encode("utf-8")
    cut = utf8.index(b"(VNA)")
    (folder / "enc-stray-mid.txt").write_bytes(utf8[:cut] + b"l\x92an " + utf8[cut:])
    (folder / "enc-stray-end.txt").write_bytes(utf8 + b"\x92")
    nfd = unicodedata.normalize("NFD", SAMPLE_TEXTS[UNICODE_STEM])
    (folder / "enc-nfd.txt").write_text(nfd, encoding="utf-8")
    (folder / "enc-utf32.txt").write_bytes(SAMPLE_TEXTS[UNICODE_STEM].encode("utf-32"))
    soft = SENTENCE.format("468\u00ad000 comptes enregistrés et 3")
    (folder / "soft-hyphen.txt").write_text(soft, encoding="utf-8")
    # issue 18: a web page saved as .txt, beside the same page as .html
    (folder / "page.html").write_bytes(PAGE.read_bytes())
    (folder / "page-saved.txt").write_bytes(b"\n\n" + PAGE.read_bytes())
    if not IS_ROOT:
        unreadable = folder / "unreadable.txt"
        unreadable.write_bytes(SAMPLES[0].read_bytes())
        unreadable.chmod(0)


def tree_digest(folder: Path) -> dict[str, str]:
    """sha256 of every regular file under a folder (FIFOs and directories by kind)."""
    out = {}
    for p in sorted(folder.rglob("*")):
        if p.is_symlink() or p.is_fifo() or p.is_dir():
            out[str(p)] = "special"
        elif os.access(p, os.R_OK):
            out[str(p)] = hashlib.sha256(p.read_bytes()).hexdigest()
    return out


ENV_A = {"TZ": "UTC", "LC_ALL": "C.UTF-8", "LANG": "C.UTF-8", "PYTHONHASHSEED": "0"}
ENV_B = {"TZ": "Pacific/Auckland", "LC_ALL": "C", "LANG": "C", "PYTHONHASHSEED": "4242"}


@pytest.fixture(scope="module")
def mixed_runs(tmp_path_factory):
    """Two runs of the CLI on the mixed folder, under two environments, side by side.

    No result cache: each run extracts every article itself.
    """
    base = tmp_path_factory.mktemp("mixed")
    folder = base / "corpus"
    build_mixed(folder)
    before = tree_digest(folder)
    runs = {}
    procs = {}
    for name, extra in (("a", ENV_A), ("b", ENV_B)):
        env = {k: v for k, v in os.environ.items() if k not in ("LC_ALL", "LANG", "TZ")}
        env.update(extra)
        procs[name] = vnextract(
            "run", str(folder), "--out", str(base / f"out-{name}"), "-q", "--no-cache", env=env
        )
    for name, proc in procs.items():
        stdout, stderr = proc.communicate(timeout=RUN_TIMEOUT)
        runs[name] = (proc.returncode, stdout, stderr, base / f"out-{name}")
    return folder, before, runs


def _facts(out: Path) -> list[dict]:
    return json.loads((out / "facts.json").read_text(encoding="utf-8"))


def _by_doc(facts: list[dict], doc_id: str) -> list[dict]:
    return [{k: v for k, v in f.items() if k != "doc_id"} for f in facts if f["doc_id"] == doc_id]


def test_exit_code_is_1_and_nothing_crashes(mixed_runs):
    _, _, runs = mixed_runs
    for code, stdout, stderr, _ in runs.values():
        assert code == 1, stderr
        assert "Traceback" not in stderr and "Traceback" not in stdout
        for line in stdout.splitlines():
            json.loads(line)  # stdout carries data only


def test_one_clear_stderr_line_per_bad_input(mixed_runs):
    folder, _, runs = mixed_runs
    _, _, stderr, _ = runs["a"]
    lines = [line for line in stderr.splitlines() if not line.startswith("vnextract: warning: ")]
    assert all(line.startswith("vnextract: skipped ") for line in lines), lines
    assert len(lines) == len(FAILURES), lines
    for name, reason in FAILURES.items():
        mine = [line for line in lines if f"{folder / name}: " in line]
        assert len(mine) == 1, (name, lines)
        assert reason in mine[0], (name, mine[0])


def test_one_warning_line_per_thing_to_know(mixed_runs):
    folder, _, runs = mixed_runs
    warnings = [line for line in runs["a"][2].splitlines() if line.startswith("vnextract: warn")]
    assert len(warnings) == len(WARNINGS), warnings
    for fragment in WARNINGS:
        assert sum(fragment.format(folder=folder) in line for line in warnings) == 1, fragment


def test_issue_18_inputs_give_their_facts(mixed_runs):
    folder, _, runs = mixed_runs
    out = runs["a"][3]
    arts = {a["doc_id"]: a for a in json.loads((out / "articles.json").read_text("utf-8"))}
    facts = _facts(out)
    assert arts[f"sub/2020/{SAMPLES[0].stem}"]["error"] is None
    assert _by_doc(facts, f"sub/2020/{SAMPLES[0].stem}") == _by_doc(facts, SAMPLES[0].stem)
    assert [f["value"] for f in facts if f["doc_id"] == "dup"] == [11_000_000]
    assert [f["value"] for f in facts if f["doc_id"] == "dup~2"] == [12_000_000]
    assert [f["value"] for f in facts if f["doc_id"] == "rec-good~2"] == [10_000_000]
    assert [f["value"] for f in facts if f["doc_id"] == "rec-after"] == [9_000_000]
    assert arts["rec-baddate"]["published_source"] != "record"
    assert sorted(f["value"] for f in facts if f["doc_id"] == "soft-hyphen") == [468_000, 3e6]
    assert arts["page-saved"]["title"] == arts["page"]["title"] and arts["page"]["title"]
    keys = ("metric", "value", "unit", "date", "text")
    saved = [tuple(f[k] for k in keys) for f in facts if f["doc_id"] == "page-saved"]
    assert saved == [tuple(f[k] for k in keys) for f in facts if f["doc_id"] == "page"] != []
    what = ("type", "metric", "value", "unit", "qualifier", "date", "status")
    for doc in ("enc-nfd", "enc-stray-mid"):  # same facts; offsets of their own raw text
        raw = read_file(folder / f"{doc}.txt").raw
        mine = _by_doc(facts, doc)
        assert (
            [tuple(f[k] for k in what) for f in mine]
            == [tuple(f[k] for k in what) for f in _by_doc(facts, UNICODE_STEM)]
            != []
        )
        assert all(raw[f["start"] : f["end"]] == f["text"] for f in mine)
    assert arts["enc-utf32"]["encoding"] == "utf-32"
    assert arts["enc-stray-mid"]["encoding"] == "utf-8+cp1252"


def test_articles_json_lists_every_input_with_its_error(mixed_runs):
    folder, _, runs = mixed_runs
    articles = json.loads((runs["a"][3] / "articles.json").read_text(encoding="utf-8"))
    errors = {a["path"]: a["error"] for a in articles if a["error"]}
    assert set(errors) == {str(folder / name) for name in FAILURES}
    ok = {a["doc_id"] for a in articles if not a["error"]}
    assert {p.stem for p in SAMPLES} <= ok
    assert {"enc-cp1252", "enc-utf16", "no-punctuation", "rec-good", "rec-\\ud800"} <= ok
    assert name_safe(Path(LATIN1_NAME).stem) == "caf\\xe9" and "caf\\xe9" in ok


def test_good_files_give_exactly_their_facts_alone(mixed_runs, seed_out):
    _, _, runs = mixed_runs
    mixed = _facts(runs["a"][3])
    alone = _facts(seed_out)
    stems = {p.stem for p in SAMPLES}
    assert alone, "the samples have facts"
    assert [f for f in mixed if f["doc_id"] in stems] == alone


@pytest.mark.parametrize(
    ("copy", "original"),
    [
        ("enc-cp1252", CP1252_STEM),
        ("enc-latin1", "enc-latin1-ref"),
        ("enc-utf16", UNICODE_STEM),
        ("enc-utf16le-nobom", UNICODE_STEM),
        ("rec-good", CP1252_STEM),
        ("caf\\xe9", SAMPLES[0].stem),
        ("enc-stray-end", UNICODE_STEM),
        ("enc-utf32", UNICODE_STEM),
    ],
)
def test_re_encoded_copies_give_the_same_facts(mixed_runs, copy, original):
    facts = _facts(mixed_runs[2]["a"][3])
    expected = _by_doc(facts, original)
    assert expected
    assert _by_doc(facts, copy) == expected


def test_latin1_copy_has_the_facts_of_the_utf8_sample(mixed_runs):
    facts = _facts(mixed_runs[2]["a"][3])
    keys = ("type", "metric", "value", "unit", "qualifier", "date", "status", "start", "end")
    got = [tuple(f[k] for k in keys) for f in _by_doc(facts, "enc-latin1")]
    assert got == [tuple(f[k] for k in keys) for f in _by_doc(facts, CP1252_STEM)]


def test_text_without_punctuation_is_processed_and_grounded(mixed_runs):
    folder, _, runs = mixed_runs
    raw = (folder / "no-punctuation.txt").read_text(encoding="utf-8")
    facts = _by_doc(_facts(runs["a"][3]), "no-punctuation")
    assert facts, "figures are found even when no sentence ends"
    for f in facts:
        assert raw[f["start"] : f["end"]] == f["text"]


def test_inputs_are_never_modified(mixed_runs):
    folder, before, _ = mixed_runs
    assert tree_digest(folder) == before


def test_runs_are_byte_identical_across_zone_locale_and_hash_seed(mixed_runs):
    from vnextract.outputs.runset import run_folder

    _, _, runs = mixed_runs
    # each run's set of files in force (its generation's name differs, its files must not)
    out_a, out_b = run_folder(runs["a"][3]), run_folder(runs["b"][3])
    names = sorted(p.relative_to(out_a).as_posix() for p in out_a.rglob("*") if p.is_file())
    assert {"facts.json", "facts.csv", "articles.json"} <= set(names)
    assert names == sorted(p.relative_to(out_b).as_posix() for p in out_b.rglob("*") if p.is_file())
    for name in names:
        assert (out_a / name).read_bytes() == (out_b / name).read_bytes(), name
    assert runs["a"][1] == runs["b"][1], "stdout too"


def test_unreadable_file_is_reported(tmp_path, monkeypatch):
    """No permission: real with chmod 000 for a normal user; as root (which reads anything)
    the denial the kernel would give is simulated at the read, the only step that differs."""
    from typer.testing import CliRunner

    from vnextract.cli import app

    folder = tmp_path / "in"
    folder.mkdir()
    (folder / SAMPLES[0].name).write_bytes(SAMPLES[0].read_bytes())
    locked = folder / "locked.txt"
    locked.write_bytes(SAMPLES[1].read_bytes())
    locked.chmod(0)
    if IS_ROOT:
        real = Path.read_bytes

        def read_bytes(self: Path) -> bytes:
            if self.name == "locked.txt":
                raise PermissionError(13, "Permission denied", str(self))
            return real(self)

        monkeypatch.setattr(Path, "read_bytes", read_bytes)
    args = ["run", str(folder), "-o", str(tmp_path / "out"), "-q", "-j", "1", "--no-cache"]
    result = CliRunner().invoke(app, args)
    locked.chmod(0o644)
    assert result.exit_code == 1, result.output
    assert result.stderr.splitlines() == [f"vnextract: skipped {locked}: permission denied"]
    arts = json.loads((tmp_path / "out" / "articles.json").read_text(encoding="utf-8"))
    assert [a["error"] for a in arts] == [None, "permission denied"]


def test_a_bug_on_one_article_fails_that_article_only(tmp_path, monkeypatch):
    """An unexpected exception in the extractor costs one input, not the run."""
    from vnextract.facts import build
    from vnextract.running.runner import run_corpus

    real = build.build_facts

    def flaky(doc_id, *args):
        if doc_id == SAMPLES[1].stem:
            raise ValueError("boom\non two lines")
        return real(doc_id, *args)

    monkeypatch.setattr(build, "build_facts", flaky)
    summary = run_corpus([RAW], tmp_path / "out")
    assert summary.articles == len(SAMPLES)
    assert [path for path, _ in summary.failed] == [str(SAMPLES[1])]
    reason = summary.failed[0][1]
    assert reason == "internal error, please report: ValueError: boom on two lines"
    docs = {f["doc_id"] for f in _facts(tmp_path / "out")}
    assert docs == {p.stem for p in SAMPLES} - {SAMPLES[1].stem}


def test_dates_lost_to_a_bug_are_a_warning(tmp_path, monkeypatch, caplog):
    """The date reader never breaks a run, but a text whose dates it lost is a warning
    line on the `vnextract` log (stderr in the CLI), not silence: the facts are still
    there, undated."""
    from vnextract.recognizers.dates.matching import DateRecognizer
    from vnextract.running.runner import run_corpus

    def broken(self, doc):
        raise RuntimeError("boom\non two lines")

    monkeypatch.setattr(DateRecognizer, "mentions", broken)
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / SAMPLES[0].name).write_bytes(SAMPLES[0].read_bytes())
    with caplog.at_level("WARNING", logger="vnextract"):
        summary = run_corpus([folder], tmp_path / "out")
    assert summary.failed == []
    lines = [r.getMessage() for r in caplog.records if r.name.startswith("vnextract")]
    assert lines
    for line in lines:
        assert line.startswith(
            "vnextract: warning: dates not read (internal error, please report: "
            "RuntimeError: boom on two lines) in the text starting "
        ), line
    facts = _facts(tmp_path / "out")
    assert facts and all(f["date"] is None for f in facts)


@pytest.mark.parametrize(
    ("data", "encoding"),
    [
        (SAMPLE_TEXTS[CP1252_STEM].encode("cp1252"), "cp1252"),
        (SAMPLE_TEXTS[UNICODE_STEM].encode("utf-16"), "utf-16"),
        (SAMPLE_TEXTS[UNICODE_STEM].encode("utf-16-le"), "utf-16-le"),
        (SAMPLE_TEXTS[UNICODE_STEM].encode("utf-16-be"), "utf-16-be"),
        (b"\xef\xbb\xbf" + SAMPLE_TEXTS[UNICODE_STEM].encode("utf-8"), "utf-8-sig"),
    ],
)
def test_decoding_gives_back_the_text(data, encoding):
    text, got = decode_bytes(data)
    assert got == encoding
    assert text in SAMPLE_TEXTS.values()


def test_fifo_is_refused_without_blocking(tmp_path):
    from vnextract.inputs.sources import SourceError

    os.mkfifo(tmp_path / "pipe.txt")
    with pytest.raises(SourceError, match="not a regular file"):
        read_file(tmp_path / "pipe.txt")


def test_names_and_texts_that_are_not_utf8_are_made_writable(tmp_path):
    from vnextract.inputs.sources import from_text, text_safe

    assert name_safe(os.fsdecode(b"r\xe9sum\xe9")) == "r\\xe9sum\\xe9"
    assert name_safe("id\ud800") == "id\\ud800"
    assert text_safe("a\udce9b") == "a\ufffdb"
    src = from_text("Le portail\ud800 a reçu 116 millions de visites.", doc_id="x\udcff")
    assert src.doc_id == "x\\xff"
    assert len(src.raw) == len("Le portail\ud800 a reçu 116 millions de visites.")
    src.raw.encode("utf-8")


def test_stderr_line_escapes_control_characters(capsys):
    from vnextract.cli.common import say as _say

    _say("vnextract: skipped a\nb\x1b[31m.txt: binary file")
    err = capsys.readouterr().err
    assert err == "vnextract: skipped a\\nb\\x1b[31m.txt: binary file\n"


def test_one_line_article_with_a_glued_caption_keeps_its_text():
    """An article on one line (a page in one <p>, a JSONL record) containing a photo
    caption marker was dropped whole as a caption."""
    from vnextract.api import process_source
    from vnextract.inputs.sources import from_text

    raw = " ".join(SAMPLE_TEXTS[UNICODE_STEM].split())
    assert "ảnh 1" in raw and "\n" not in raw
    result = process_source(from_text(raw))
    assert result.article.error is None
    assert result.facts


@pytest.mark.parametrize("run", ["a" * 5000, "&" * 20000, "%" * 20000, "(" * 20000])
def test_long_runs_without_spaces_are_neither_a_crash_nor_a_hang(run):
    """A letter run recursed once per letter (RecursionError); a punctuation run made
    spaCy's tokenizer quadratic (100 000 `&` took hours)."""
    import time

    from vnextract.api import process_source
    from vnextract.inputs.sources import from_text

    raw = f"Hanoï, 10 mars (VNA) - Le portail a reçu 116 millions de visites. {run}\n"
    t0 = time.perf_counter()
    result = process_source(from_text(raw))
    assert time.perf_counter() - t0 < 20
    assert [f.value for f in result.facts if f.metric == "portal_visits"] == [116_000_000]


def test_sentences_without_punctuation_are_cut_to_a_bounded_length():
    from vnextract.nlp.components import MAX_SENTENCE, split_sentences

    text = "le portail a reçu 12 visites " * 2000
    spans = split_sentences(text)
    assert len(spans) > 1
    assert all(s.end - s.start <= MAX_SENTENCE for s in spans)
    assert text[spans[0].start : spans[-1].end].strip() == text.strip()


def test_exports_are_readable_by_others_like_any_new_file(tmp_path):
    """mkstemp creates 0600 files: renamed into place they hid the exports from other users."""
    from vnextract.running.runner import run_corpus

    old = os.umask(0o022)
    try:
        run_corpus([SAMPLES[0]], tmp_path / "out")
    finally:
        os.umask(old)
    for name in ("facts.json", "facts.csv", "articles.json"):
        assert (tmp_path / "out" / name).stat().st_mode & 0o777 == 0o644, name


@pytest.mark.parametrize("target", ["texts", "texts/a.txt", "facts.json"])
def test_an_input_the_run_would_overwrite_is_refused(tmp_path, target):
    """`run OUT/texts --out OUT` replaced its own input folder."""
    from typer.testing import CliRunner

    from vnextract.cli import app

    out = tmp_path / "out"
    (out / "texts").mkdir(parents=True)
    (out / "texts" / "a.txt").write_bytes(SAMPLES[0].read_bytes())
    (out / "facts.json").write_text("[]\n", encoding="utf-8")
    before = tree_digest(out)
    result = CliRunner().invoke(app, ["run", str(out / target), "-o", str(out), "-q"])
    assert result.exit_code == 2, result.output
    assert result.stderr.startswith("vnextract: error: input ") and "choose another --out" in (
        result.stderr
    )
    assert tree_digest(out) == before


def test_empty_string_is_an_empty_article_not_the_current_folder(monkeypatch):
    from vnextract.api import extract_articles

    monkeypatch.chdir(RAW)
    results = list(extract_articles(["", "  "]))
    assert [r.article.doc_id for r in results] == ["text1", "text2"]
    assert all(r.article.error and "no article text" in r.article.error for r in results)
