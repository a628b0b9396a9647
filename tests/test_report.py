"""The HTML report: highlighted spans equal the facts, text escaped, self-contained page."""

from __future__ import annotations

import json
import shutil
from html.parser import HTMLParser
from pathlib import Path

import pytest
from typer.testing import CliRunner

from tests.conftest import RAW
from vnextract.cli import app
from vnextract.outputs.report import PALETTE, highlight

runner = CliRunner()
FIXTURES = Path(__file__).resolve().parent / "fixtures"

#: A hostile article: markup in the text must stay text.
HOSTILE = (
    "Hanoï, 12 mars (VNA) - <script>document.title='pwned'</script> Le portail a reçu "
    'plus de 120 millions de visites au 10 mars 2021 <img src=x onerror="alert(1)"> & '
    "près de 500.000 comptes enregistrés.\r\nFin.\n"
)


class Marks(HTMLParser):
    """Collects every <mark> with its attributes and text content (nested marks included)."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.open: list[dict] = []
        self.marks: list[dict] = []
        self.tags: list[str] = []
        self.attrs: list[tuple[str, str | None]] = []

    def handle_starttag(self, tag, attrs):
        self.tags.append(tag)
        self.attrs.extend(attrs)
        if tag == "mark":
            m = dict(attrs) | {"text": ""}
            self.open.append(m)
            self.marks.append(m)

    def handle_endtag(self, tag):
        if tag == "mark":
            self.open.pop()

    def handle_data(self, data):
        for m in self.open:
            m["text"] += data


def parse(page: str) -> Marks:
    p = Marks()
    p.feed(page)
    p.close()
    return p


def check_marks(page: str, facts: list[dict]) -> Marks:
    """Every fact is highlighted once, and each highlight's text is its fact's text."""
    got = parse(page)
    by_span = {(f["doc_id"], f["start"], f["end"]): f for f in facts}
    seen = set()
    for m in got.marks:
        key = (m["data-doc"], int(m["data-start"]), int(m["data-end"]))
        assert m["text"] == by_span[key]["text"]
        assert by_span[key]["metric"] in m["title"]
        seen.add(key)
    assert seen == set(by_span)
    return got


@pytest.fixture(scope="module")
def out(tmp_path_factory):
    """A run over the sample corpus, the saved web page, a JSONL corpus and a hostile article."""
    src = tmp_path_factory.mktemp("report_in")
    for p in RAW.glob("*.txt"):
        shutil.copy(p, src / p.name)
    shutil.copy(FIXTURES / "002_egov.html", src / "page.html")
    (src / "hostile.txt").write_bytes(HOSTILE.encode("utf-8"))
    out = tmp_path_factory.mktemp("report") / "out"
    result = runner.invoke(app, ["run", "-j", "1", str(src), "--out", str(out), "-q", "-f", "json"])
    assert result.exit_code == 0, result.stderr
    result = runner.invoke(app, ["report", str(out)])
    assert result.exit_code == 0, result.stderr
    assert result.stdout.strip() == str(out / "report.html")
    return out


@pytest.fixture(scope="module")
def page(out):
    return (out / "report.html").read_text(encoding="utf-8")


@pytest.fixture(scope="module")
def facts(out):
    return json.loads((out / "facts.json").read_text(encoding="utf-8"))


def test_every_fact_is_highlighted_with_its_own_text(page, facts):
    assert len(facts) > 40
    check_marks(page, facts)


def test_each_article_has_its_section_and_fact_table(page, out):
    articles = json.loads((out / "articles.json").read_text(encoding="utf-8"))
    got = parse(page)
    assert got.tags.count("section") == len(articles)
    for a in articles:
        assert f'id="doc-{a["doc_id"]}"' in page
    assert page.count('<table class="facts">') == sum(1 for a in articles if a["facts"])


def test_article_markup_stays_text(page, facts):
    assert "<script" not in page.lower()
    assert "&lt;script&gt;document.title=&#x27;pwned&#x27;&lt;/script&gt;" in page or (
        "&lt;script&gt;document.title='pwned'&lt;/script&gt;" in page
    )
    assert "<img" not in page
    assert "&amp; près de" in page
    hostile = [f for f in facts if f["doc_id"] == "hostile"]
    assert {f["metric"] for f in hostile} >= {"portal_visits", "registered_accounts"}


def test_the_page_is_self_contained(page):
    assert "Content-Security-Policy" in page and "default-src 'none'" in page
    got = parse(page)
    assert not {"script", "img", "link", "iframe", "object", "embed"} & set(got.tags)
    names = {name for name, _ in got.attrs}
    assert not {"src", "srcset", "onerror", "onload"} & names
    hrefs = [v for name, v in got.attrs if name == "href"]
    assert hrefs and all(v.startswith("#") for v in hrefs)
    assert "@import" not in page and "url(" not in page


def test_one_chart_per_metric_and_unit(page):
    assert page.count("<svg") >= 15
    assert ">portal_visits</h3>" in page
    assert ">annual_savings (VND)</h3>" in page


def test_copies_are_pointed_out(page):
    assert "A copy of" in page and "counted once on the timeline" in page


def test_html_article_is_shown_from_its_extracted_text(page):
    start = page.index('id="doc-page"')
    section = page[start : page.index("</section>", start)]
    assert "Résultats notables" in section and "adSlots" not in section
    assert "<mark" in section


def test_report_is_repeatable(out, page):
    assert runner.invoke(app, ["report", str(out)]).exit_code == 0
    assert (out / "report.html").read_text(encoding="utf-8") == page


def test_report_filters(out, facts, tmp_path):
    copy = shutil.copytree(out, tmp_path / "out")
    result = runner.invoke(app, ["report", str(copy), "--doc", "002*", "--metric", "portal_visits"])
    assert result.exit_code == 0, result.stderr
    filtered = (copy / "report.html").read_text(encoding="utf-8")
    keep = [f for f in facts if f["doc_id"].startswith("002") and f["metric"] == "portal_visits"]
    assert len(keep) == 1
    check_marks(filtered, keep)
    assert parse(filtered).tags.count("section") == 1


def test_moved_inputs_are_said_not_available(facts, tmp_path):
    src = tmp_path / "in"
    src.mkdir()
    shutil.copy(RAW / "002_6ef02ea0a4775475.txt", src / "a.txt")
    out = tmp_path / "out"
    assert (
        runner.invoke(
            app, ["run", "-j", "1", str(src), "--out", str(out), "-q", "-f", "json"]
        ).exit_code
        == 0
    )
    (src / "a.txt").write_text("changed", encoding="utf-8")
    assert runner.invoke(app, ["report", str(out)]).exit_code == 0
    page = (out / "report.html").read_text(encoding="utf-8")
    assert "Text not available" in page and "<mark" not in page


def test_report_of_a_folder_that_is_not_a_run(tmp_path):
    result = runner.invoke(app, ["report", str(tmp_path / "nothing")])
    assert result.exit_code == 2 and "not the output folder of a run" in result.stderr


# -- highlighting ---------------------------------------------------------------------------


def f(start, end, raw, metric="portal_visits"):
    return {
        "doc_id": "d",
        "start": start,
        "end": end,
        "text": raw[start:end],
        "metric": metric,
        "type": "count",
        "value": 1.0,
        "unit": None,
        "qualifier": "exact",
        "date": None,
        "date_source": "published",
        "status": "actual",
    }


def test_nested_spans_are_nested_marks():
    raw = "le portail lancé le 9 décembre 2019 a reçu"
    outer, inner = f(3, 35, raw, "portal_launch"), f(20, 35, raw, "deadline")
    html, skipped = highlight(raw, [outer, inner], {"portal_launch": PALETTE[0]})
    assert not skipped
    check_marks(html, [outer, inner])


def test_crossing_spans_cannot_both_be_marked():
    raw = "abcdefghijklmnop"
    a, b = f(2, 8, raw), f(5, 12, raw)
    html, skipped = highlight(raw, [a, b], {})
    assert skipped == {1}
    check_marks(html, [a])


def test_a_span_that_does_not_match_the_text_is_not_marked():
    raw = "plus de 116 millions"
    bad = f(8, 20, raw) | {"text": "117 millions"}
    html, skipped = highlight(raw, [bad], {})
    assert skipped == {0} and "<mark" not in html


def test_carriage_returns_and_markup_survive():
    raw = "a\r\n<b>x</b> 12 & 13"
    span = f(0, len(raw), raw)
    html, _ = highlight(raw, [span], {})
    assert "&#13;" in html and "&lt;b&gt;" in html and "&amp;" in html
    (m,) = parse(html).marks
    assert m["text"] == raw


def test_report_of_articles_without_facts(tmp_path):
    src = tmp_path / "in"
    src.mkdir()
    (src / "a.txt").write_text("Hanoï, 3 mars (VNA) - Une réunion sans chiffres.\n", "utf-8")
    out = tmp_path / "out"
    assert (
        runner.invoke(
            app, ["run", "-j", "1", str(src), "--out", str(out), "-q", "-f", "json"]
        ).exit_code
        == 0
    )
    assert runner.invoke(app, ["report", str(out)]).exit_code == 0
    page = (out / "report.html").read_text(encoding="utf-8")
    assert parse(page).marks == []
    assert "No dated figures" in page and "Une réunion sans chiffres" in page
