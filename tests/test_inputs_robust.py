"""Inputs as users really have them: nested folders, clashing names, stray bytes, bad records.

Every case runs the real command line (`python -m vnextract run` in a
subprocess), except the library API's, which call `extract` itself. Each must
end in the right result, or in one clear stderr line and a documented exit
code: never silence, a wrong figure or a traceback.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap
import unicodedata
from pathlib import Path

import pytest

from tests.conftest import CORPUS, RAW
from vnextract import extract
from vnextract.inputs.sources import MAX_BYTES

FIXTURES = Path(__file__).resolve().parent / "fixtures"
PAGE = FIXTURES / "002_egov.html"
SAMPLE = RAW / "002_6ef02ea0a4775475.txt"
TEXT = SAMPLE.read_text(encoding="utf-8")
TIMEOUT = 600


def run(*args: str, stdin: bytes | None = None) -> subprocess.CompletedProcess[str]:
    """`python -m vnextract run ARGS -q --no-cache` as a subprocess; stdout and stderr as text."""
    proc = subprocess.run(
        [sys.executable, "-m", "vnextract", "run", *args, "-q", "--no-cache", "-f", "jsonl"],
        input=stdin,
        capture_output=True,
        timeout=TIMEOUT,
        env={**os.environ, "PYTHONIOENCODING": "utf-8"},
        check=False,
    )
    out = subprocess.CompletedProcess(
        proc.args, proc.returncode, proc.stdout.decode("utf-8"), proc.stderr.decode("utf-8")
    )
    assert "Traceback" not in out.stderr, out.stderr
    return out


def articles(out: Path) -> list[dict]:
    return json.loads((out / "articles.json").read_text(encoding="utf-8"))


def facts(out: Path) -> list[dict]:
    return json.loads((out / "facts.json").read_text(encoding="utf-8"))


def what(fs: list[dict], doc_id: str) -> list[tuple]:
    """What a document's facts say (metric, value, unit, date), in order."""
    return [(f["metric"], f["value"], f["unit"], f["date"]) for f in fs if f["doc_id"] == doc_id]


# --- folders ---------------------------------------------------------------------------------


def test_subfolders_are_read_with_readable_unique_ids(tmp_path):
    corpus = tmp_path / "corpus"
    for year in ("2020", "2021"):
        (corpus / year / "vna").mkdir(parents=True)
        (corpus / year / "vna" / "article1.txt").write_text(TEXT, encoding="utf-8")
    (corpus / "top.txt").write_text(TEXT, encoding="utf-8")
    (corpus / "2020" / "notes.pdf").write_bytes(b"%PDF-1.4")
    (corpus / "photo.jpg").write_bytes(b"\xff\xd8\xff")
    res = run(str(corpus), "--out", str(tmp_path / "out"))
    assert res.returncode == 0, res.stderr
    ids = [a["doc_id"] for a in articles(tmp_path / "out")]
    assert ids == ["2020/vna/article1", "2021/vna/article1", "top"]
    fs = facts(tmp_path / "out")
    assert what(fs, "2020/vna/article1") == what(fs, "top") and what(fs, "top")
    (line,) = [x for x in res.stderr.splitlines() if "skipped" in x]
    assert "2 files" in line and "unsupported" in line and ".jpg" in line and ".pdf" in line


@pytest.mark.parametrize("kind", ["empty", "unsupported-only"])
def test_an_input_without_any_article_is_a_warning_and_exit_1(tmp_path, kind):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    if kind == "unsupported-only":
        (corpus / "a.pdf").write_bytes(b"%PDF-1.4")
    res = run(str(corpus), "--out", str(tmp_path / "out"))
    assert res.returncode == 1
    assert any("no article" in line for line in res.stderr.splitlines()), res.stderr


def test_a_run_without_any_article_is_not_replayed_as_up_to_date(tmp_path):
    """Run twice with the result cache: the second run says it again and exits 1 again."""
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    args = [sys.executable, "-m", "vnextract", "run", str(corpus), "--out", str(tmp_path / "out")]
    for _ in range(2):
        res = subprocess.run(
            [*args, "-q", "-f", "jsonl", "--cache-dir", str(tmp_path / "cache")],
            capture_output=True,
            text=True,
            timeout=TIMEOUT,
            env={**os.environ, "PYTHONIOENCODING": "utf-8"},
            check=False,
        )
        assert res.returncode == 1, res.stderr
        assert res.stderr == f"vnextract: warning: no article in {corpus}\n"


# --- doc ids ---------------------------------------------------------------------------------


def test_no_two_inputs_share_a_doc_id(tmp_path):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    other = RAW / "000_69a3c7bbeae0bcbd.txt"
    (corpus / "a.txt").write_text(other.read_text(encoding="utf-8"), encoding="utf-8")
    (corpus / "a.html").write_bytes(PAGE.read_bytes())
    (corpus / "b.TXT").write_text(TEXT, encoding="utf-8")
    (corpus / "b.text").write_text("Le portail a reçu 7 millions de visites en 2020.\n", "utf-8")
    rec = {"id": "x", "text": "Le portail a reçu 3 millions de visites en 2020."}
    (corpus / "r1.jsonl").write_text(json.dumps(rec) + "\n", encoding="utf-8")
    rec2 = {"id": "x", "text": "Le portail a reçu 4 millions de visites en 2020."}
    rec3 = {"id": "a", "text": "Le portail a reçu 5 millions de visites en 2020."}
    (corpus / "r2.jsonl").write_text(json.dumps(rec2) + "\n" + json.dumps(rec3) + "\n", "utf-8")
    res = run(str(corpus), "--out", str(tmp_path / "out"))
    assert res.returncode == 0, res.stderr
    arts = articles(tmp_path / "out")
    ids = [a["doc_id"] for a in arts]
    assert len(ids) == 7 and len(set(ids)) == 7, ids
    by_path = {a["path"].replace(f"{corpus}{os.sep}", ""): a for a in arts}
    # deterministic: sorted input order, the first keeps the plain id
    assert by_path["a.html"]["doc_id"] == "a" and by_path["a.txt"]["doc_id"] == "a~2"
    assert by_path["b.TXT"]["doc_id"] == "b" and by_path["b.text"]["doc_id"] == "b~2"
    assert by_path["r1.jsonl:1"]["doc_id"] == "x" and by_path["r2.jsonl:1"]["doc_id"] == "x~2"
    assert by_path["r2.jsonl:2"]["doc_id"] == "a~3"
    fs = facts(tmp_path / "out")
    # each article's facts under its own id only
    assert [f["value"] for f in fs if f["doc_id"] == "a~3"] == [5_000_000]
    assert [f["value"] for f in fs if f["doc_id"] == "x~2"] == [4_000_000]
    assert [f["value"] for f in fs if f["doc_id"] == "b~2"] == [7_000_000]
    texts = tmp_path / "out" / "texts"
    assert len(list(texts.iterdir())) == 4  # a.html and the three records: one file each
    reported = [line for line in res.stderr.splitlines() if "doc id" in line]
    assert len(reported) == 4, res.stderr


# --- encodings -------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def encodings(tmp_path_factory):
    """One run over copies of a sample in odd encodings and forms, beside the plain copy."""
    base = tmp_path_factory.mktemp("enc")
    corpus = base / "corpus"
    corpus.mkdir()
    data = TEXT.encode("utf-8")
    (corpus / "ref.txt").write_bytes(data)
    # one cp1252 right quote in a UTF-8 file, in the middle, then at the very end
    cut = data.index(b"Hano")
    (corpus / "stray-mid.txt").write_bytes(data[:cut] + b"l\x92an " + data[cut:])
    (corpus / "stray-end.txt").write_bytes(data + b"\x92")
    (corpus / "nfd.txt").write_text(unicodedata.normalize("NFD", TEXT), encoding="utf-8")
    (corpus / "utf32.txt").write_bytes(TEXT.encode("utf-32"))
    soft = "Hanoï, 10 mars (VNA) - Le portail comptait 468\u00ad000 comptes enregistrés.\n"
    (corpus / "soft.txt").write_text(soft, encoding="utf-8")
    res = run(str(corpus), "--out", str(base / "out"))
    return corpus, base / "out", res


def test_encodings_run_cleanly(encodings):
    _, _, res = encodings
    assert res.returncode == 0, res.stderr


@pytest.mark.parametrize("doc", ["stray-mid", "stray-end", "nfd", "utf32"])
def test_same_facts_as_the_plain_copy(encodings, doc):
    _, out, _ = encodings
    fs = facts(out)
    assert what(fs, doc) == what(fs, "ref") and what(fs, "ref")


@pytest.mark.parametrize("doc", ["stray-mid", "stray-end", "nfd", "utf32"])
def test_offsets_are_true_to_the_text_as_read(encodings, doc):
    corpus, out, _ = encodings
    from vnextract.inputs.sources import read_file

    raw = read_file(corpus / f"{doc}.txt").raw
    for f in facts(out):
        if f["doc_id"] == doc:
            assert raw[f["start"] : f["end"]] == f["text"]


def test_a_stray_byte_is_repaired_where_it_is(encodings):
    corpus, out, _ = encodings
    from vnextract.inputs.sources import read_file

    raw = read_file(corpus / "stray-mid.txt").raw
    assert "l\u2019an " in raw and "décembre" in raw and "Ã" not in raw
    enc = {a["doc_id"]: a["encoding"] for a in articles(out)}
    assert enc["utf32"] == "utf-32" and enc["stray-mid"] == "utf-8+cp1252"
    # the text as read, which no plain decoding of the file gives, is in texts/
    assert (out / "texts" / "stray-mid.txt").read_text(encoding="utf-8") == raw


def test_a_soft_hyphen_inside_a_number_gives_no_wrong_value(encodings):
    _, out, _ = encodings
    values = [f["value"] for f in facts(out) if f["doc_id"] == "soft"]
    assert values == [468000]


def test_soft_hyphen_and_nfd_through_the_library():
    text = "Hanoï, 10 mars (VNA) - 468\u00ad000 comptes enregistrés en décembre 2020."
    got = extract(text=text)
    assert [(f.value, f.date) for f in got] == [(468000, "2020-12")]
    assert text[got[0].start : got[0].end] == got[0].text
    nfd = unicodedata.normalize("NFD", text.replace("\u00ad", ""))
    got_nfd = extract(text=nfd)
    assert [(f.value, f.date) for f in got_nfd] == [(468000, "2020-12")]
    assert nfd[got_nfd[0].start : got_nfd[0].end] == got_nfd[0].text


def _facts_of(text: str) -> list[tuple]:
    """What the extractor reads in `text`, field by field, to compare two forms of one page."""
    return [(f.type, f.metric, f.value, f.date, f.status, f.out_of) for f in extract(text=text)]


def test_a_file_saved_with_crlf_keeps_its_cut_and_its_dates():
    # what follows `Voir plus` is another article: its date must not date this one
    text = (
        "Le portail progresse\n\nLe portail national a reçu 1,2 million de dossiers en ligne, a "
        "annoncé mardi 10 mars le Bureau du gouvernement.\n\nVoir plus\n\nUn autre article, "
        "sur un mandat émis le 5 décembre 2025.\n"
    )
    assert _facts_of(text.replace("\n", "\r\n")) == _facts_of(text)


def test_runs_of_spaces_hide_no_cut_line_and_no_caption():
    # a caption with no credit (`Photo d'illustration |`) and a teaser after `Voir plus`: with
    # their words set apart by two spaces, they are still no text of the article
    text = (
        "Le portail progresse\n\nLe portail national a reçu 1,2 million de dossiers en ligne en "
        "2020.\n\nLe portail vise 2 millions de comptes en 2021. Photo d'illustration |\n\n"
        "Voir plus\n\nEn 2025, la ville a accueilli 3 millions de visiteurs en ligne.\n"
    )
    assert _facts_of(text.replace(" ", "  ")) == _facts_of(text)


def _wrapped(text: str, width: int = 78) -> str:
    """`text` wrapped by hand, as some pages come (VOV World): each paragraph cut into lines."""
    return "\n".join(
        "\n".join(textwrap.wrap(line, width)) if line.strip() else line for line in text.split("\n")
    )


@pytest.mark.parametrize(
    "path",
    sorted(RAW.glob("*.txt")) + sorted((CORPUS / "articles").glob("*.txt")),
    ids=lambda p: p.stem[:12],
)
def test_a_page_wrapped_by_hand_gives_the_same_facts(path):
    text = path.read_text(encoding="utf-8")
    wrapped = _wrapped(text)
    assert _facts_of(wrapped) == _facts_of(text)
    # and every span is still the text as read, line breaks and all
    assert all(wrapped[f.start : f.end] == f.text for f in extract(text=wrapped))


# --- JSON Lines ------------------------------------------------------------------------------


def test_a_bad_jsonl_line_costs_that_line_only(tmp_path):
    lines = [
        json.dumps(
            {"id": "r1", "text": "Le portail a reçu 1 million de visites en 2020."}
        ).encode(),
        b'{"id": "r2", "text": "l\x92an 2020: 2 millions de visites."}',
        b'{"id": "r3", "text": "unterminated',
        json.dumps(
            {"id": "r4", "text": "Le portail a reçu 4 millions de visites en 2020."}
        ).encode(),
        b"\xff\xfe\x00garbage",
        json.dumps(
            {"id": "r6", "text": "Le portail a reçu 6 millions de visites en 2020."}
        ).encode(),
    ]
    corpus = tmp_path / "corpus.jsonl"
    corpus.write_bytes(b"\n".join(lines) + b"\n")
    res = run(str(corpus), "--out", str(tmp_path / "out"))
    assert res.returncode == 1
    ok = [a["doc_id"] for a in articles(tmp_path / "out") if a["error"] is None]
    assert ok == ["r1", "r4", "r6"]
    skipped = [line for line in res.stderr.splitlines() if "skipped" in line]
    assert [line.split(": ")[1] for line in skipped] == [
        f"skipped {corpus}:2",
        f"skipped {corpus}:3",
        f"skipped {corpus}:5",
    ], res.stderr


def test_record_and_stdin_sizes_are_capped(tmp_path):
    big = "Le portail a reçu 1 million de visites. " * (MAX_BYTES // 40 + 10)
    corpus = tmp_path / "corpus.jsonl"
    small = {"id": "small", "text": "Le portail a reçu 1 million de visites en 2020."}
    corpus.write_text(
        json.dumps({"id": "big", "text": big}) + "\n" + json.dumps(small) + "\n", encoding="utf-8"
    )
    res = run(str(corpus), "--out", str(tmp_path / "out"))
    assert res.returncode == 1
    arts = {a["path"]: a["error"] for a in articles(tmp_path / "out")}
    assert "too large" in arts[f"{corpus}:1"] and arts[f"{corpus}:2"] is None
    res = run("-", "--out", str(tmp_path / "out2"), stdin=big.encode("utf-8"))
    assert res.returncode == 1
    assert "too large" in res.stderr


# --- record fields ---------------------------------------------------------------------------


def test_an_impossible_published_date_is_a_warning_and_absent(tmp_path):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    recs = [
        {"id": f"d{i}", "published": bad, "text": TEXT}
        for i, bad in enumerate(["2021-13-45", "2021-02-30", "0000-00-00"])
    ]
    (corpus / "c.jsonl").write_text("\n".join(json.dumps(r) for r in recs) + "\n", "utf-8")
    page = PAGE.read_text(encoding="utf-8")
    head = '<head><meta property="article:published_time" content="2021-02-30T08:00:00+07:00">'
    (corpus / "p.html").write_text(
        page.replace("<head>", head, 1) if "<head>" in page else page, encoding="utf-8"
    )
    # the scraper's header of a text file: no month 13 either
    (corpus / "h.txt").write_text(TEXT.replace(" date 2021-03", " date 2021-13", 1), "utf-8")
    res = run(str(corpus), "--out", str(tmp_path / "out"), "--since", "2021")
    assert res.returncode == 0, res.stderr
    warned = [line for line in res.stderr.splitlines() if "published" in line]
    assert len(warned) == 3, res.stderr
    for a in articles(tmp_path / "out"):
        assert a["published"] is None or a["published_source"] != "record"
        assert a["published"] not in ("2021-02-30", "2021-13")
    res = subprocess.run(
        [sys.executable, "-m", "vnextract", "report", str(tmp_path / "out")],
        capture_output=True,
        text=True,
        timeout=TIMEOUT,
        check=False,
    )
    assert "Traceback" not in res.stderr and res.returncode == 0, res.stderr


def test_a_page_with_an_impossible_meta_date_gets_no_invented_day(tmp_path):
    """htmldate completes `2021-02-29` as `2021-02-01`: the page's date is reported and absent."""
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "p.html").write_text(
        '<!DOCTYPE html><html><head><title>T</title><meta name="date" content="2021-02-29">'
        "</head><body><article><p>Hanoï, 10 mars (VNA) - Le portail national des services "
        "publics a reçu 3 millions de visites en 2020, selon le bureau du gouvernement.</p>"
        "</article></body></html>",
        encoding="utf-8",
    )
    res = run(str(folder), "--out", str(tmp_path / "out"))
    assert res.returncode == 0, res.stderr
    assert "'2021-02-29' is not a real date" in res.stderr
    (a,) = articles(tmp_path / "out")
    assert a["published"] not in ("2021-02-01", "2021-02-29")
    assert a["published_source"] != "html"


# --- HTML by content -------------------------------------------------------------------------


def test_a_web_page_saved_as_txt_is_read_as_html(tmp_path):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "page.html").write_bytes(PAGE.read_bytes())
    (corpus / "saved.txt").write_bytes(b"\xef\xbb\xbf\n  " + PAGE.read_bytes())
    res = run(str(corpus), "--out", str(tmp_path / "out"))
    assert res.returncode == 0, res.stderr
    fs = facts(tmp_path / "out")
    assert what(fs, "saved") == what(fs, "page") and what(fs, "page")
    assert {a["doc_id"]: a["title"] for a in articles(tmp_path / "out")}["saved"].startswith(
        "Résultats notables"
    )


# --- the library -----------------------------------------------------------------------------


def test_extract_raises_for_a_missing_path(tmp_path):
    with pytest.raises(FileNotFoundError):
        extract(Path("missing.txt"))
    with pytest.raises(FileNotFoundError):
        extract(path="a/missing/file.txt")
    with pytest.raises(FileNotFoundError):
        extract("a/missing/file.txt")  # one word, no spaces: a path, never article text
    with pytest.raises(FileNotFoundError):
        extract(path=[SAMPLE, tmp_path / "gone.txt"])


def test_extract_says_which_it_is_given(tmp_path):
    by_path = extract(path=SAMPLE)
    assert by_path and by_path == extract(SAMPLE) == extract(str(SAMPLE))
    by_text = extract(text=TEXT)
    assert [f.value for f in by_text] == [f.value for f in by_path]
    assert extract(TEXT) == by_text  # a string with spaces is article text, as before
    # text= never reads a file, even one whose name it is
    assert extract(text=str(SAMPLE)) == []
    with pytest.raises(TypeError):
        extract(TEXT, text=TEXT)


def test_the_dask_engine_gives_the_same_ids(tmp_path):
    pytest.importorskip(
        "distributed", reason="the Dask engine needs: pip install 'vnextract[dask]'"
    )
    corpus = tmp_path / "corpus"
    (corpus / "2020" / "vna").mkdir(parents=True)
    (corpus / "2020" / "vna" / "a.txt").write_text(TEXT, encoding="utf-8")
    (corpus / "a.txt").write_text(TEXT, encoding="utf-8")
    (corpus / "a.text").write_text("Le portail a reçu 7 millions de visites en 2020.\n", "utf-8")
    for name, value in (("r1", 3), ("r2", 4)):
        rec = {"id": "a", "text": f"Le portail a reçu {value} millions de visites en 2020."}
        (corpus / f"{name}.jsonl").write_text(json.dumps(rec) + "\n", encoding="utf-8")
    local = run(str(corpus), "--out", str(tmp_path / "local"))
    dask = run(str(corpus), "--out", str(tmp_path / "dask"), "--engine", "dask", "--workers", "1")
    assert local.returncode == dask.returncode == 0, dask.stderr
    ids = [a["doc_id"] for a in articles(tmp_path / "dask")]
    assert ids == ["2020/vna/a", "a", "a~2", "a~3", "a~4"]
    assert ids == [a["doc_id"] for a in articles(tmp_path / "local")]
    assert facts(tmp_path / "dask") == facts(tmp_path / "local")


def test_an_unreadable_subfolder_is_a_failed_input(tmp_path, monkeypatch):
    """Its siblings are read; it gets one stderr line and exit 1, like an unreadable file.

    (No permission is simulated at the listing: root reads any folder.)
    """
    from typer.testing import CliRunner

    from vnextract.cli import app

    corpus = tmp_path / "corpus"
    (corpus / "locked").mkdir(parents=True)
    (corpus / "locked" / "a.txt").write_text(TEXT, encoding="utf-8")
    (corpus / "b.txt").write_text(TEXT, encoding="utf-8")
    real = os.scandir

    def scandir(path):
        if Path(path).name == "locked":
            raise PermissionError(13, "Permission denied", str(path))
        return real(path)

    monkeypatch.setattr(os, "scandir", scandir)
    args = ["run", str(corpus), "-o", str(tmp_path / "out"), "-q", "-j", "1", "--no-cache"]
    result = CliRunner().invoke(app, args)
    assert result.exit_code == 1, result.output
    lines = [line for line in result.stderr.splitlines() if "warning" not in line]
    assert lines == [
        f"vnextract: skipped {corpus / 'locked'}: folder not readable (permission denied)"
    ]
    arts = articles(tmp_path / "out")
    assert [(a["doc_id"], a["error"]) for a in arts] == [
        ("b", None),
        ("locked", "folder not readable (permission denied)"),
    ]


FRAGMENT = """<div class="page">
<nav><ul><li><a href="/">Accueil</a></li><li>Top 10 des 500 articles</li>
<li>12 millions de lecteurs en 2020</li></ul></nav>
<article><h1>Le portail national</h1>
<p>Hanoï, 10 mars (VNA) - Le portail national des services publics a reçu plus de 116 millions
de visites au 8 mars 2021, soit une hausse de 26,7 % par rapport à 2020, selon le bureau.</p>
<p>Plus de 468.000 comptes ont été enregistrés sur le portail depuis son inauguration le
9 décembre 2019, a précisé le bureau lors d'une réunion à Hanoï.</p>
</article>
<footer>Copyright 2021 - 3.000 abonnés</footer>
</div>
"""


@pytest.mark.parametrize("name", ["fragment.md", "saved-page"])
def test_a_page_part_is_read_as_html_whatever_its_name(tmp_path, name):
    page = tmp_path / name
    page.write_text(FRAGMENT, encoding="utf-8")
    res = run(str(page), "--out", str(tmp_path / "out"))
    assert res.returncode == 0, res.stderr
    values = sorted(f["value"] for f in facts(tmp_path / "out") if f["value"] is not None)
    assert values == [26.7, 468_000, 116_000_000]  # nothing from the menu or the footer
    (art,) = articles(tmp_path / "out")
    assert art["title"] == "Le portail national"


def test_a_utf16_corpus_splits_at_line_feeds_only(tmp_path):
    recs = [
        {"id": "r1", "text": "Le portail a reçu 1 million de visites\u2028en 2020."},
        {"id": "r2", "text": "Le portail a reçu 2 millions de visites en 2020."},
    ]
    corpus = tmp_path / "c.jsonl"
    corpus.write_bytes("\n".join(json.dumps(r, ensure_ascii=False) for r in recs).encode("utf-16"))
    res = run(str(corpus), "--out", str(tmp_path / "out"))
    assert res.returncode == 0, res.stderr
    assert [a["doc_id"] for a in articles(tmp_path / "out")] == ["r1", "r2"]


def test_extract_refuses_what_is_neither_text_nor_path():
    with pytest.raises(TypeError):
        extract()
    with pytest.raises(TypeError):
        extract([TEXT, 3])  # type: ignore[list-item]
    with pytest.raises(TypeError):
        extract(text=[SAMPLE])  # type: ignore[list-item]
    with pytest.raises(TypeError):
        extract(path=[SAMPLE, 3])  # type: ignore[list-item]


def test_extract_says_which_articles_gave_no_result(tmp_path, caplog):
    # the library's `extract` returns facts only: an article that failed is named on stderr
    (tmp_path / "vide.txt").write_text("", encoding="utf-8")
    (tmp_path / "bon.txt").write_text(
        "Hanoï, 10 mars 2021 (VNA) - Le portail a reçu 116 millions de visites.", encoding="utf-8"
    )
    with caplog.at_level("WARNING", logger="vnextract"):
        facts = extract(path=tmp_path)
    assert [f.value for f in facts] == [116_000_000]
    assert [r.getMessage() for r in caplog.records] == [
        "vnextract: warning: vide: no article text (empty, or nothing before 'Voir plus')"
    ]
