"""The timeline across articles: merged figures, conflicts, copies of one article counted once."""

from __future__ import annotations

import csv
import io
import json
import shutil

import pytest
from typer.testing import CliRunner

from tests.conftest import CORPUS, RAW
from vnextract.cli import app
from vnextract.outputs.duplicates import containment, find_duplicates, normalise, shingles
from vnextract.outputs.export import format_value
from vnextract.outputs.timeline import build_timeline, timeline_of_run

runner = CliRunner()
GLUED, CLEAN = "000_69a3c7bbeae0bcbd", "002_6ef02ea0a4775475"


def fact(doc, metric, value, date="2021-03-08", **kw):
    base = {
        "doc_id": doc,
        "type": "count",
        "metric": metric,
        "value": value,
        "unit": None,
        "qualifier": "exact",
        "date": date,
        "date_source": "explicit",
        "status": "actual",
        "text": f"{value}",
        "start": kw.pop("start", 0),
        "end": 1,
    }
    base.update(kw)
    return base


@pytest.fixture(scope="module")
def out(seed_out, tmp_path_factory):
    """A copy of the sample run's folder (the commands write into it)."""
    return shutil.copytree(seed_out, tmp_path_factory.mktemp("timeline") / "out")


@pytest.fixture(scope="module")
def seed_timeline(out):
    return timeline_of_run(out)


def test_the_article_scraped_twice_is_found_by_its_text(seed_timeline):
    (group,) = seed_timeline.duplicates
    assert {group.kept, *group.copies} == {GLUED, CLEAN}
    assert group.similarity >= 0.9


def test_copies_are_found_whatever_their_names(tmp_path):
    from vnextract.cleaning.clean import clean
    from vnextract.inputs.sources import read_file

    texts = {}
    for src, name in ((GLUED, "zz-first"), (CLEAN, "aa-second"), ("003_8e020954984e23db", "m")):
        path = tmp_path / f"{name}.txt"
        shutil.copy(RAW / f"{src}.txt", path)
        texts[name] = clean(read_file(path).raw).text
    (group,) = find_duplicates(texts)
    assert {group.kept, *group.copies} == {"zz-first", "aa-second"}


def test_articles_on_the_same_subject_are_not_copies():
    from vnextract.cleaning.clean import clean
    from vnextract.inputs.sources import read_file

    files = sorted((CORPUS / "articles").glob("*.txt")) + sorted(RAW.glob("00[1-4]*.txt"))
    texts = {p.stem: clean(read_file(p).raw).text for p in files}
    assert len(texts) > 20
    assert find_duplicates(texts) == []


def test_normalisation_ignores_glue_spaces_and_case():
    assert normalise("au 8mars 2021, le portailnational") == normalise(
        "Au 8 mars 2021, le portail national"
    )
    a = shingles(normalise("Le portail a reçu plus de 116 millions de visites. " * 8))
    b = shingles(normalise("Le portail a reçuplus de 116 millions devisites. " * 8))
    assert containment(a, b) == 1.0


def test_a_figure_in_both_copies_counts_once(seed_timeline):
    (p,) = [
        x for x in seed_timeline.points if x.metric == "portal_visits" and x.date == "2021-03-08"
    ]
    assert p.value == 116_000_000
    assert p.sources == [GLUED, CLEAN]
    assert p.articles == 1
    assert not p.conflict


def test_an_event_reported_by_several_articles_is_one_point(seed_timeline):
    launches = [
        x for x in seed_timeline.points if x.metric == "portal_launch" and x.date == "2019-12-09"
    ]
    assert len(launches) == 1
    (p,) = launches
    assert len(p.sources) >= 3
    assert p.articles == len(p.sources) - 1  # the two copies are one article


def test_conflicts_are_flagged_between_articles():
    facts = [
        fact("a", "portal_visits", 116_000_000),
        fact("b", "portal_visits", 120_000_000),
        fact("c", "portal_visits", 116_050_000),  # within 0.1 %: the same figure as a
        fact("a", "portal_visits", 17_000_000, date="2020-02-25"),
    ]
    tl = build_timeline(facts)
    at = {(p.date, p.value): p for p in tl.points}
    assert set(at) == {
        ("2020-02-25", 17_000_000),
        ("2021-03-08", 116_000_000),
        ("2021-03-08", 120_000_000),
    }
    assert at[("2021-03-08", 116_000_000)].sources == ["a", "c"]
    assert at[("2021-03-08", 116_000_000)].conflict
    assert at[("2021-03-08", 116_000_000)].conflicting_values == [120_000_000]
    assert at[("2021-03-08", 120_000_000)].conflicting_values == [116_000_000]
    assert not at[("2020-02-25", 17_000_000)].conflict
    assert tl.conflicts == 2


def test_two_values_in_one_article_are_two_measures_not_a_conflict():
    facts = [
        fact("a", "annual_savings", 8.1e12, unit="VND", type="money"),
        fact("a", "annual_savings", 1.2e12, unit="VND", type="money", start=5),
        fact("b", "annual_savings", 8.1e12, unit="VND", type="money"),
    ]
    tl = build_timeline(facts)
    assert [p.conflict for p in tl.points] == [False, False]


def test_status_unit_and_catch_all_are_kept_apart():
    facts = [
        fact("a", "online_services_share", 30, date="2020", status="target", unit="%"),
        fact("b", "online_services_share", 25, date="2020", unit="%"),
        fact("a", "cost", 14e6, unit="USD", type="money"),
        fact("b", "cost", 3.2e11, unit="VND", type="money"),
        fact("a", "other", 17),
        fact("a", "portal_visits", 5, date=None),
    ]
    tl = build_timeline(facts, metric_order=["online_services_share", "cost"])
    assert tl.conflicts == 0
    assert [p.metric for p in tl.points] == ["online_services_share"] * 2 + ["cost"] * 2
    assert (tl.other, tl.undated) == (1, 1)


def test_copies_passed_in_make_one_story():
    from vnextract.outputs.duplicates import DuplicateGroup

    facts = [fact("a", "portal_visits", 1e6), fact("a-copy", "portal_visits", 1.2e6)]
    tl = build_timeline(facts, [DuplicateGroup("a", ("a-copy",), 0.97)])
    # one story giving two values: two measures of one article, not two articles in conflict
    assert [(p.articles, p.conflict) for p in tl.points] == [(1, False), (1, False)]
    without = build_timeline(facts)
    assert [(p.articles, p.conflict) for p in without.points] == [(1, True), (1, True)]


# -- the command ----------------------------------------------------------------------------


@pytest.fixture(scope="module")
def piped(out):
    return runner.invoke(app, ["timeline", str(out)])


def test_timeline_is_json_when_piped_and_written_to_the_folder(piped, out):
    assert piped.exit_code == 0, piped.stderr
    data = json.loads(piped.stdout)
    assert json.loads((out / "timeline.json").read_text(encoding="utf-8")) == data
    metrics = [s["metric"] for s in data["series"]]
    assert "portal_visits" in metrics and len(metrics) == len(set(metrics))
    assert data["duplicates"][0]["copies"] in ([CLEAN], [GLUED])
    assert "is a copy of" in piped.stderr


def test_timeline_csv_has_one_row_per_point(piped, out):
    data = json.loads(piped.stdout)
    rows = list(csv.DictReader(io.StringIO((out / "timeline.csv").read_text("utf-8"))))
    assert len(rows) == sum(len(s["points"]) for s in data["series"])
    visits = [r for r in rows if r["metric"] == "portal_visits" and r["date"] == "2021-03-08"]
    assert visits[0]["sources"] == f"{GLUED};{CLEAN}" and visits[0]["articles"] == "1"


def test_timeline_is_repeatable(piped, out):
    again = runner.invoke(app, ["timeline", str(out)])
    assert again.stdout == piped.stdout


def test_timeline_table_and_filters(seed_out, tmp_path):
    out = shutil.copytree(seed_out, tmp_path / "out")
    args = ["timeline", str(out), "-f", "table", "--metric", "portal_visits"]
    result = runner.invoke(app, args, env={"COLUMNS": "160"})
    assert result.exit_code == 0, result.stderr
    assert "portal_visits" in result.stdout and "registered_accounts" not in result.stdout
    shown = format_value({"type": "count", "qualifier": "at_least", "value": 116e6, "unit": None})
    assert shown in result.stdout
    result = runner.invoke(app, ["timeline", str(out), "--since", "2021", "-f", "json"])
    dates = [p["date"] for s in json.loads(result.stdout)["series"] for p in s["points"]]
    assert dates and all(d >= "2021" for d in dates)


def test_timeline_of_a_folder_that_is_not_a_run(tmp_path):
    result = runner.invoke(app, ["timeline", str(tmp_path)])
    assert result.exit_code == 2
    assert "not the output folder of a run" in result.stderr


def test_minhash_finds_a_trimmed_copy_among_many_articles():
    import random

    rng = random.Random(7)
    words = [f"mot{i}" for i in range(3000)]

    def article() -> list[str]:
        return [" ".join(rng.choice(words) for _ in range(12)) + "." for _ in range(25)]

    texts = {f"a{i:03d}": "\n".join(article()) for i in range(150)}
    original = texts["a042"].split("\n")
    texts["copy"] = "\n".join(s for i, s in enumerate(original) if i % 8)  # lead and 3 more cut
    (group,) = find_duplicates(texts)
    assert {group.kept, *group.copies} == {"a042", "copy"}
    assert 0.8 <= group.similarity <= 1.0


def _variants() -> dict[str, str]:
    """The sample and test articles, with a shortened and a retouched copy of six of them."""
    from vnextract.cleaning.clean import clean

    texts = {
        p.stem: clean(p.read_text(encoding="utf-8")).text
        for p in [*sorted(RAW.glob("*.txt")), *sorted((CORPUS / "articles").glob("*.txt"))]
    }
    for name in sorted(texts)[:6]:
        text = texts[name]
        texts[f"{name}_cut"] = text[: len(text) * 6 // 10]
        words = text.split()
        texts[f"{name}_noisy"] = " ".join(
            w.upper() + "x" if i % 20 == 7 else w for i, w in enumerate(words)
        )
    return texts


def test_the_index_finds_the_groups_that_all_pairs_find():
    """The groups, and their similarities, the former index (32 bands of 2 hashes) found."""
    groups = [(g.kept, g.copies, g.similarity) for g in find_duplicates(_variants())]
    cut, noisy = "_cut", "_noisy"
    a, b = "000_69a3c7bbeae0bcbd", "002_6ef02ea0a4775475"
    assert groups == [
        (a, (a + cut, a + noisy, b, b + cut, b + noisy), 0.847),
        *(
            (name, (name + cut, name + noisy), sim)
            for name, sim in (
                ("001_2792bb73c0fc54e4", 0.93),
                ("003_8e020954984e23db", 0.924),
                ("004_3718c56b65c5847c", 0.924),
                ("100_portail-trois-ans-2022", 0.913),
            )
        ),
    ]
