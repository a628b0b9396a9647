"""Inputs other than tidy .txt files: saved web pages, JSONL/JSON corpora, stdin, encodings."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from typer.testing import CliRunner

from tests.conftest import RAW
from vnextract.api import extract_articles
from vnextract.cli import app
from vnextract.inputs.html import page_to_text
from vnextract.inputs.records import RecordFields, iter_records
from vnextract.inputs.sources import FailedSource, Source, decode_bytes, read_file
from vnextract.outputs.columns import FACT_FIELDS
from vnextract.outputs.texts import text_name

FIXTURES = Path(__file__).resolve().parent / "fixtures"
PAGE = FIXTURES / "002_egov.html"
CORPUS = FIXTURES / "corpus.jsonl"
TXT = RAW / "002_6ef02ea0a4775475.txt"

#: Everything a fact says, without where it is (offsets differ between a page and a file).
SAME = tuple(f for f in FACT_FIELDS if f not in ("doc_id", "start", "end"))

runner = CliRunner()


def _what(result) -> list[tuple]:
    return [tuple(f.model_dump()[k] for k in SAME) for f in result.facts]


@pytest.fixture(scope="module")
def results():
    """Sample 002 as a text file, as a saved web page and as a JSONL record."""
    txt, page = extract_articles([TXT, PAGE])
    record = next(iter(extract_articles([CORPUS])))
    return {"txt": txt, "html": page, "jsonl": record}


def test_the_text_file_has_facts(results):
    assert len(results["txt"].facts) >= 10


@pytest.mark.parametrize("form", ["html", "jsonl"])
def test_same_facts_as_the_text_file(results, form):
    assert _what(results[form]) == _what(results["txt"])


@pytest.mark.parametrize("form", ["html", "jsonl"])
def test_facts_are_grounded_in_the_written_text(results, form):
    r = results[form]
    assert r.text is not None
    for f in r.facts:
        assert r.text[f.start : f.end] == f.text


def test_html_date_and_title_come_from_the_page_metadata(results):
    a = results["html"].article
    assert (a.published, a.published_source) == ("2021-03-10", "html")
    assert a.title == "Résultats notables de l'édification d'un e-gouvernement au Vietnam"
    # the text file is dated by its header and dateline: same day, another source
    assert results["txt"].article.published == "2021-03-10"


def test_jsonl_record_date_is_the_publication_date(results):
    a = results["jsonl"].article
    assert (a.doc_id, a.published, a.published_source) == ("vna-155893", "2021-03-10", "record")
    assert a.path == f"{CORPUS}:1"


def test_page_boilerplate_is_not_in_the_text():
    raw, meta = page_to_text(PAGE.read_text(encoding="utf-8"))
    assert raw.startswith("Résultats notables de l'édification d'un e-gouvernement au Vietnam\n\n")
    assert "Hanoï, 10 mars (VNA)" in raw
    for junk in (
        "Accueil",  # navigation
        "2.500 nouveaux cas",  # menu
        "adSlots",  # script
        "Articles liés",  # related box
        "79e place",
        "3 millions de comptes",
        "Les plus lus",
        "12.000 entreprises",
        "Licence",  # footer
        "3941 1348",
        "Photo : VNA",  # caption
        "Partager",
    ):
        assert junk not in raw
    assert meta["url"].endswith("155893.vnp")


_BOILERPLATE_ONLY = """<!DOCTYPE html><html lang="fr"><head><meta charset="utf-8">
<title>Le portail national</title>
<script>var stats = {"visits": 116000000, "accounts": 468000};</script></head>
<body><nav><a href="/">Accueil</a> <a href="/c">COVID-19 : 2.500 nouveaux cas</a>
<a href="/t">Top 10</a></nav>
<article><h1>Le portail national</h1>
<p>Hanoï, 10 mars (VNA) - Le Premier ministre a présidé une réunion sur la gouvernance
électronique, consacrée aux priorités de la transformation numérique.</p>
<p>Il a demandé aux ministères de poursuivre leurs efforts pour simplifier les procédures
et mieux servir les citoyens et les entreprises.</p></article>
<aside class="related"><h2>Articles liés</h2><ul>
<li><a href="/1">Plus de 3 millions de comptes enregistrés sur le portail national</a></li>
<li><a href="/2">Le portail a reçu plus de 116 millions de visites en 2021</a></li>
<li><a href="/3">Le Vietnam à la 86e place sur 193 pays</a></li></ul></aside>
<footer><p>© 2008-2021 VNA. Tél. : (+84) 24 3941 1348. Licence n° 1374/GP-BTTTT.</p></footer>
<script>document.title = "5.000 lecteurs";</script></body></html>"""


def test_numbers_in_nav_scripts_related_boxes_and_footer_give_no_fact(tmp_path):
    page = tmp_path / "empty.html"
    page.write_text(_BOILERPLATE_ONLY, encoding="utf-8")
    (r,) = extract_articles([page])
    assert not r.failed
    assert "Premier ministre" in (r.text or "")
    assert r.facts == []


def test_page_without_date_metadata_is_dated_from_its_text(tmp_path):
    page = PAGE.read_text(encoding="utf-8")
    page = re.sub(r'<meta property="(article:[a-z_]+|og:url)"[^>]*>\n', "", page)
    page = re.sub(r'"date(Published|Modified)": "[^"]*",?', "", page)
    page = re.sub(r'<link rel="canonical"[^>]*>\n', "", page)
    assert "2021-03-10" in page  # still in the <time> of the body, which is not metadata
    path = tmp_path / "nodate.html"
    path.write_text(page, encoding="utf-8")
    (r,) = extract_articles([path])
    # not the date of a teaser (15/01/2021) nor of the top bar (25 février 2025)
    assert r.article.published == "2021-03-10"
    assert r.article.published_source in ("dateline", "inferred")  # from the text, not "html"


def test_a_page_with_no_text_is_reported(tmp_path):
    page = tmp_path / "blank.html"
    page.write_text(
        "<html><head><title>x</title></head><body><script>var n = 42;</script></body></html>"
    )
    (r,) = extract_articles([page])
    assert r.failed and "no article text" in (r.article.error or "")


# -- JSON Lines and JSON corpora ------------------------------------------------------------


def test_corpus_records_and_failures_in_file_order():
    got = list(iter_records(CORPUS))
    kinds = [(type(s).__name__, s.path) for s in got]
    assert kinds == [
        ("Source", f"{CORPUS}:1"),
        ("Source", f"{CORPUS}:2"),
        ("FailedSource", f"{CORPUS}:3"),
        ("FailedSource", f"{CORPUS}:4"),
    ]
    assert isinstance(got[2], FailedSource) and got[2].reason.startswith("malformed JSON")
    assert isinstance(got[3], FailedSource) and got[3].reason == "no text in field 'text'"


def test_malformed_line_is_one_stderr_line_and_the_rest_is_processed(tmp_path):
    out = tmp_path / "out"
    result = runner.invoke(
        app, ["run", "-j", "1", str(CORPUS), "--out", str(out), "--quiet", "-f", "json"]
    )
    assert result.exit_code == 1  # some inputs failed, the others exported
    lines = [ln for ln in result.stderr.splitlines() if f"{CORPUS}:3" in ln]
    assert len(lines) == 1 and "malformed JSON" in lines[0]
    articles = json.loads((out / "articles.json").read_text(encoding="utf-8"))
    ok = [a["doc_id"] for a in articles if not a["error"]]
    assert ok == ["vna-155893", "vna-155894"]
    facts = json.loads(result.stdout)
    assert {f["doc_id"] for f in facts} == {"vna-155893", "vna-155894"}
    for f in facts:
        text = (out / "texts" / text_name(f["doc_id"])).read_text(encoding="utf-8")
        assert text[f["start"] : f["end"]] == f["text"]


def test_record_field_names_are_options(tmp_path):
    corpus = tmp_path / "dump.jsonl"
    rows = [
        {
            "url": "https://x/1",
            "date": "2021-03-11T09:00:00+07:00",
            "body": "Le portail a reçu plus de 120 millions de visites au 10 mars 2021.",
        },
        {"url": "https://x/2", "date": "hier", "body": "Hanoï, 12 mars (VNA) - Rien de chiffré."},
    ]
    corpus.write_text("\n".join(json.dumps(r) for r in rows) + "\n", encoding="utf-8")
    out = tmp_path / "out"
    args = [
        "run",
        "-j",
        "1",
        str(corpus),
        "--out",
        str(out),
        "-q",
        "-f",
        "json",
        "--text-field",
        "body",
        "--id-field",
        "url",
        "--date-field",
        "date",
    ]
    result = runner.invoke(app, args)
    assert result.exit_code == 0, result.stderr
    articles = json.loads((out / "articles.json").read_text(encoding="utf-8"))
    first = articles[0]
    assert (first["doc_id"], first["published"], first["published_source"]) == (
        "https://x/1",
        "2021-03-11",
        "record",
    )
    # a date that is not ISO is not taken as the publication date: the text dates the article
    assert articles[1]["published_source"] != "record"
    facts = json.loads(result.stdout)
    assert [(f["metric"], f["value"]) for f in facts] == [("portal_visits", 120_000_000)]
    # an id with a slash still gets a text file inside texts/
    assert (out / "texts" / text_name("https://x/1")).is_file()


def test_json_array_corpus_and_repeated_ids(tmp_path):
    corpus = tmp_path / "c.json"
    text = "Le portail a reçu plus de 10.000 commentaires en 2020."
    corpus.write_text(json.dumps([{"id": "a", "text": text}, {"id": "a", "text": text}, 3]))
    got = list(iter_records(corpus, RecordFields()))
    assert [s.doc_id for s in got] == ["a", "a#2", "c-3"]
    assert isinstance(got[2], FailedSource) and got[2].path == f"{corpus}#3"


def test_malformed_json_file_is_one_failure(tmp_path):
    corpus = tmp_path / "bad.json"
    corpus.write_text('[{"id": 1, "text": "x"')
    (got,) = list(iter_records(corpus))
    assert isinstance(got, FailedSource) and got.reason.startswith("malformed JSON")


def test_jsonl_with_bom_is_read(tmp_path):
    corpus = tmp_path / "bom.jsonl"
    corpus.write_bytes(
        b"\xef\xbb\xbf" + json.dumps({"id": "x", "text": "Texte é"}).encode() + b"\n"
    )
    (src,) = list(iter_records(corpus))
    assert isinstance(src, Source) and (src.raw, src.encoding) == ("Texte é", "utf-8-sig")


# -- stdin ----------------------------------------------------------------------------------


def test_dash_reads_one_article_from_stdin(tmp_path):
    out = tmp_path / "out"
    data = TXT.read_bytes()
    result = runner.invoke(
        app, ["run", "-j", "1", "-", "--out", str(out), "-q", "-f", "json"], input=data
    )
    assert result.exit_code == 0, result.stderr
    facts = json.loads(result.stdout)
    (article,) = json.loads((out / "articles.json").read_text(encoding="utf-8"))
    assert (article["doc_id"], article["path"]) == ("stdin", "-")
    assert article["published"] == "2021-03-10"
    text = (out / "texts" / "stdin.txt").read_text(encoding="utf-8")
    assert text == data.decode("utf-8")
    assert len(facts) >= 10
    assert all(text[f["start"] : f["end"]] == f["text"] for f in facts)


def test_a_web_page_on_stdin_is_read_as_a_page(tmp_path):
    out = tmp_path / "out"
    args = ["run", "-j", "1", "-", "--out", str(out), "-q", "-f", "json"]
    result = runner.invoke(app, args, input=PAGE.read_bytes())
    assert result.exit_code == 0, result.stderr
    (article,) = json.loads((out / "articles.json").read_text(encoding="utf-8"))
    assert (article["published"], article["published_source"]) == ("2021-03-10", "html")
    assert "adSlots" not in (out / "texts" / "stdin.txt").read_text(encoding="utf-8")


def test_stdin_only_once(tmp_path):
    result = runner.invoke(app, ["run", "-j", "1", "-", "-", "--out", str(tmp_path)], input="x")
    assert result.exit_code == 2 and "only once" in result.stderr


# -- encodings ------------------------------------------------------------------------------

FRENCH = (
    "Hanoï, 10 mars (VNA) - Le portail national a reçu plus de 116 millions de visites "
    "et près de 468.000 comptes enregistrés ; l'économie réalisée dépasse 8.100 milliards "
    "de dôngs, a précisé le ministère à la réunion consacrée à l'e-gouvernement.\n"
)


@pytest.mark.parametrize(
    ("data", "accepted"),
    [
        (FRENCH.encode("utf-8"), {"utf-8"}),
        (b"\xef\xbb\xbf" + FRENCH.encode("utf-8"), {"utf-8-sig"}),
        (FRENCH.encode("utf-16"), {"utf-16"}),  # with BOM, machine order
        (b"\xfe\xff" + FRENCH.encode("utf-16-be"), {"utf-16"}),
        (FRENCH.encode("utf-16-le"), {"utf-16-le", "utf-16", "utf_16_le"}),  # no BOM
        (FRENCH.encode("cp1252"), {"cp1252", "windows-1252", "latin_1", "iso8859_15"}),
        (FRENCH.encode("latin-1"), {"cp1252", "windows-1252", "latin_1", "iso8859_15"}),
    ],
    ids=["utf-8", "utf-8-bom", "utf-16", "utf-16-be-bom", "utf-16-le-no-bom", "cp1252", "latin-1"],
)
def test_encodings_are_detected(data, accepted):
    text, encoding = decode_bytes(data)
    assert text == FRENCH
    assert encoding in accepted


def test_cp1252_specific_characters():
    text = "L’objectif « zéro papier » — 30 % d’ici 2025 … œuvre\n" * 3
    assert decode_bytes(text.encode("cp1252"))[0] == text


def test_encodings_are_reported_in_articles_json(tmp_path):
    src = tmp_path / "in"
    src.mkdir()
    (src / "a_utf16.txt").write_bytes(FRENCH.encode("utf-16"))
    (src / "b_cp1252.txt").write_bytes(FRENCH.encode("cp1252"))
    (src / "c_bom.txt").write_bytes(b"\xef\xbb\xbf" + FRENCH.encode("utf-8"))
    out = tmp_path / "out"
    result = runner.invoke(app, ["run", "-j", "1", str(src), "--out", str(out), "-q", "-f", "json"])
    assert result.exit_code == 0, result.stderr
    articles = {a["doc_id"]: a for a in json.loads((out / "articles.json").read_text("utf-8"))}
    assert articles["a_utf16"]["encoding"] == "utf-16"
    assert articles["b_cp1252"]["encoding"] in {"cp1252", "windows-1252", "latin_1"}
    assert articles["c_bom"]["encoding"] == "utf-8-sig"
    # offsets are in the decoded text, whatever the bytes: the same facts in each file
    facts = json.loads(result.stdout)
    by_doc: dict[str, list] = {}
    for f in facts:
        by_doc.setdefault(f["doc_id"], []).append((f["metric"], f["value"], f["start"], f["text"]))
    assert len(by_doc) == 3 and len({tuple(v) for v in by_doc.values()}) == 1
    # a plain file's raw text is the file itself: no copy in texts/
    assert not (out / "texts").exists()


def test_read_file_reports_encoding(tmp_path):
    p = tmp_path / "x.txt"
    p.write_bytes(FRENCH.encode("utf-16"))
    assert read_file(p).encoding == "utf-16"


# -- the texts/ folder ----------------------------------------------------------------------


@pytest.mark.parametrize("doc_id", ["../evil", "a/b", ".hidden", "x" * 300, "", "con:1"])
def test_text_names_stay_in_the_folder(doc_id):
    name = text_name(doc_id)
    assert "/" not in name and not name.startswith(".") and len(name) < 150


def test_text_names_do_not_collide():
    assert text_name("a/b") != text_name("a_b")
    assert text_name("vna-1") == "vna-1.txt"


def test_texts_folder_is_replaced_by_each_run(tmp_path):
    out = tmp_path / "out"
    opts = ["--out", str(out), "-q", "-f", "json"]
    assert runner.invoke(app, ["run", "-j", "1", str(PAGE), *opts]).exit_code == 0
    assert (out / "texts" / "002_egov.txt").is_file()
    assert runner.invoke(app, ["run", "-j", "1", str(TXT), *opts]).exit_code == 0
    assert not (out / "texts").exists(), "a stale text would not match this run's offsets"
