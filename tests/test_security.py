"""Outputs safe to open: no CSV formula, no markup from an article, no file outside the output.

- CSV: a cell that starts with `=`, `+`, `-`, `@`, a tab or a carriage return
  is prefixed with `'` (OWASP, CSV injection); numbers stay numbers, so a
  fall of 3 places is still the number -3.
- HTML report: an article's `<script>` or `<img onerror=...>`, in its text or
  its file name, is shown as text, never parsed as markup.
- File names: an id from a record (`../../x`, `/etc/x`) never names a file
  outside the output folder.
"""

from __future__ import annotations

import csv
import io
import json
import os
from html.parser import HTMLParser
from pathlib import Path
from typing import Any

import pytest

from vnextract.outputs.columns import FACT_FIELDS
from vnextract.outputs.export import EXCEL_CSV, CsvWriter, safe_cell
from vnextract.outputs.texts import TEXTS_DIR, text_name
from vnextract.running.runner import run_corpus

FORMULA_STARTS = ["=", "+", "-", "@", "\t", "\r"]

ARTICLE = (
    "Hanoï, 10 mars (VNA) - Le portail national a reçu plus de 116 millions de visites "
    "en 2021.\n\n"
    '=HYPERLINK("http://evil.example") Plus de 468.000 comptes ont été enregistrés sur le '
    "portail national des services publics au 8 mars 2021.\n\n"
    "Le Vietnam s'est classé 86e sur 193 pays en 2020, en baisse de 3 places par rapport "
    "à 2018, selon les Nations unies.\n"
)


@pytest.mark.parametrize("start", FORMULA_STARTS)
def test_formula_cells_are_neutralised(start):
    assert safe_cell(f"{start}1+1") == f"'{start}1+1"


@pytest.mark.parametrize("value", [-3, -3.5, 0, 86, 2.5e12, "86e sur 193", "", None, "a=b"])
def test_other_cells_are_left_as_they_are(value):
    assert safe_cell(value) == value


def _csv_rows(rec: dict[str, Any], **dialect: str) -> dict[str, str]:
    buf = io.StringIO()
    w = CsvWriter(buf, FACT_FIELDS, **dialect)
    w.write(rec)
    delimiter = dialect.get("delimiter", ",")
    return next(csv.DictReader(io.StringIO(buf.getvalue()), delimiter=delimiter))


RECORD = {
    "doc_id": "@x",
    "type": "ranking",
    "metric": "un_egov_rank",
    "value": 86.0,
    "change": -3.0,
    "value_usd": -2.5,
    "label": "-rang",
    "text": "+86e",
    "sentence": "=SUM(A1)\r",
    "compared_to": "2018",
    "start": 0,
    "end": 4,
}


def test_csv_keeps_negative_numbers_as_numbers():
    row = _csv_rows(RECORD)
    assert row["change"] == "-3"
    assert row["value_usd"] == "-2.5"
    assert row["value"] == "86"
    assert row["doc_id"] == "'@x"
    assert row["label"] == "'-rang"
    assert row["text"] == "'+86e"
    assert row["sentence"] == "'=SUM(A1)\r"


def test_excel_csv_keeps_negative_numbers_as_numbers():
    row = _csv_rows(RECORD, delimiter=EXCEL_CSV["delimiter"], decimal=EXCEL_CSV["decimal"])
    assert row["change"] == "-3"
    assert row["value_usd"] == "-2,5"
    assert row["label"] == "'-rang"


@pytest.fixture(scope="module")
def hostile_run(tmp_path_factory):
    """A run on articles whose file names and sentences start with formula characters."""
    base = tmp_path_factory.mktemp("hostile")
    src = base / "in"
    src.mkdir()
    names = ["=cmd|'calc'!A0", "+1+1", "-2+3", "@SUM(1)", "\tTAB", "\rCR", "plain"]
    for name in names:
        (src / f"{name}.txt").write_text(ARTICLE, encoding="utf-8")
    out = base / "out"
    run_corpus([src], out)
    return names, out


def test_every_csv_cell_from_text_is_neutralised(hostile_run):
    names, out = hostile_run
    facts = json.loads((out / "facts.json").read_text(encoding="utf-8"))
    with (out / "facts.csv").open(encoding="utf-8", newline="") as fh:
        rows = list(csv.DictReader(fh))
    assert len(rows) == len(facts) and facts
    assert {f["doc_id"] for f in facts} == set(names)
    neutralised = 0
    for fact, row in zip(facts, rows, strict=True):
        for key, value in fact.items():
            cell = row[key]
            if isinstance(value, str) and value[:1] in FORMULA_STARTS:
                assert cell == "'" + value, (key, value, cell)
                neutralised += 1
            elif isinstance(value, str):
                assert cell == value
                assert cell[:1] not in FORMULA_STARTS
            elif value is None:
                assert cell == ""
            else:
                assert float(cell) == value, (key, value, cell)
    assert neutralised >= len(names) - 1, "the hostile names and the =HYPERLINK sentence"
    sentences = [f["sentence"] for f in facts if f["sentence"].startswith("=")]
    assert sentences, "a sentence starting with = reaches the CSV"
    changes = [(f["change"], r["change"]) for f, r in zip(facts, rows, strict=True) if f["change"]]
    assert (-3, "-3") in changes, "a fall in a ranking stays the number -3"


HOSTILE_IDS = [
    "../../escape",
    "../../../../../../tmp/vnx-escape",
    "/tmp/vnx-absolute",
    "..",
    ".",
    "texts/../../x",
    "a/b\\c",
    "C:\\Windows\\x",
    "nul\x00byte",
    "~",
    "-rf",
    "x" * 400,
]


@pytest.mark.parametrize("doc_id", HOSTILE_IDS)
def test_text_names_stay_a_plain_file_name(doc_id):
    name = text_name(doc_id)
    assert "/" not in name and "\\" not in name and "\x00" not in name
    assert name not in (".", "..", ".txt") and not name.startswith(".")
    assert len(name.encode("utf-8")) < 255


def test_ids_never_write_outside_the_output_folder(tmp_path):
    base = tmp_path / "base"
    out = base / "deep" / "out"
    corpus = tmp_path / "records.jsonl"
    lines = [json.dumps({"id": i, "text": ARTICLE}, ensure_ascii=False) for i in HOSTILE_IDS]
    corpus.write_text("\n".join(lines) + "\n", encoding="utf-8")
    before = set(tmp_path.rglob("*"))
    summary = run_corpus([corpus], out)
    assert summary.articles == len(HOSTILE_IDS) and not summary.failed
    created = set(tmp_path.rglob("*")) - before
    outside = [p for p in created if out != p and out not in p.parents and p not in out.parents]
    assert outside == []
    assert not Path("/tmp/vnx-escape.txt").exists() and not Path("/tmp/vnx-absolute.txt").exists()
    written = sorted((out / TEXTS_DIR).iterdir())
    assert len(written) == len(HOSTILE_IDS), "one file per record, none shared"
    for p in written:
        assert p.resolve().parent == (out / TEXTS_DIR).resolve()
        assert p.read_text(encoding="utf-8") == ARTICLE


class _Tags(HTMLParser):
    """Every start tag and attribute name a browser would see."""

    def __init__(self) -> None:
        super().__init__()
        self.tags: list[str] = []
        self.attrs: list[str] = []
        self.text: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append(tag)
        self.attrs.extend(name for name, _ in attrs)

    def handle_data(self, data: str) -> None:
        self.text.append(data)


XSS = "<script>alert(1)</script>"
IMG = "<img src=x onerror=alert(2)>"


def test_report_shows_markup_of_articles_as_text(tmp_path):
    from vnextract.outputs.report import write_report

    src = tmp_path / "in"
    src.mkdir()
    body = ARTICLE.replace("Hanoï, 10 mars", f"{XSS} Hanoï, 10 mars").replace(
        "selon les Nations unies", f"selon {IMG} les Nations unies"
    )
    (src / "article.txt").write_text(f"{XSS}{IMG} titre\n\n{body}", encoding="utf-8")
    (src / "\"><svg onload=alert(3)>'.txt").write_text(body, encoding="utf-8")
    out = tmp_path / "out"
    summary = run_corpus([src], out)
    assert summary.facts > 0 and not summary.failed
    page = write_report(out).read_text(encoding="utf-8")
    parser = _Tags()
    parser.feed(page)
    assert not {"script", "img", "svg", "iframe", "object", "embed"} & set(parser.tags) - {"svg"}
    assert not [a for a in parser.attrs if a.startswith("on")], "no event handler attribute"
    shown = "".join(parser.text)
    assert XSS in shown and IMG in shown, "the markup is there, as text"
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in page
    assert "alert(3)" in shown


def test_report_has_no_svg_from_articles(tmp_path):
    """The report draws its own SVG charts; an article's `<svg onload>` must not be one."""
    from vnextract.outputs.report import write_report

    src = tmp_path / "in"
    src.mkdir()
    (src / "a.txt").write_text(ARTICLE + "<svg onload=alert(4)>\n", encoding="utf-8")
    out = tmp_path / "out"
    run_corpus([src], out)
    page = write_report(out).read_text(encoding="utf-8")
    assert "<svg onload" not in page
    assert os.path.getsize(out / "report.html") == len(page.encode("utf-8"))
