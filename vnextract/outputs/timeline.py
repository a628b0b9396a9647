"""Consolidating facts across articles: one dated series per metric.

A *point* of a series is one value of a metric at one date (and status and
unit: a target is not a measure, dongs are not dollars). The same figure
reported by several articles is one point listing them all in `sources`;
values within 0.1 % of each other are the same figure (the evaluation's
tolerance). Two different values for the same metric, date, status and unit
are a *conflict* when one article gives only the one and another article
only the other: both points are kept and flagged. Copies of one article
(`vnextract.outputs.duplicates`) count as one report: `articles` counts stories, not
files. Facts with no date, and the catch-all metric `other`, have no place on
a timeline and are counted apart.
"""

from __future__ import annotations

import json
from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

from vnextract.outputs.duplicates import THRESHOLD, DuplicateGroup, find_duplicates

#: Relative difference under which two values are the same figure.
TOLERANCE = 0.001

TIMELINE_FIELDS = (
    "metric",
    "type",
    "date",
    "value",
    "unit",
    "qualifier",
    "status",
    "articles",
    "sources",
    "conflict",
    "conflicting_values",
    "text",
)


@dataclass
class Point:
    """One value of a metric at a date, with the articles that report it."""

    metric: str
    type: str
    date: str
    value: float | None
    unit: str | None
    qualifier: str
    status: str
    articles: int
    sources: list[str]
    conflict: bool = False
    conflicting_values: list[float] = field(default_factory=list)
    text: str = ""


@dataclass
class Timeline:
    """Every series, the copies found, and what was left out."""

    points: list[Point]
    duplicates: list[DuplicateGroup]
    undated: int = 0
    other: int = 0
    unchecked: list[str] = field(default_factory=list)
    #: The run folder (generation) the timeline was made from, where it is written.
    folder: Path | None = None

    @property
    def conflicts(self) -> int:
        return sum(p.conflict for p in self.points)

    def left_out(self) -> str:
        """What the timeline leaves out and why, in words ('' when nothing)."""
        parts = []
        if self.undated:
            parts.append(f"{self.undated} fact{'s' * (self.undated != 1)} with no date")
        if self.other:
            parts.append(
                f"{self.other} fact{'s' * (self.other != 1)} of the catch-all metric 'other'"
            )
        return f"left out: {' and '.join(parts)} (no place on a timeline)" if parts else ""

    def summary(self) -> str:
        """One line: points, series, conflicts, and what was left out."""
        line = f"{len(self.points)} points in {len(self.series())} series"
        line += f", {self.conflicts} in conflict"
        left = self.left_out()
        return f"{line}; {left}" if left else line

    def series(self) -> dict[str, list[Point]]:
        """Points grouped by metric, in the order of the points."""
        out: dict[str, list[Point]] = {}
        for p in self.points:
            out.setdefault(p.metric, []).append(p)
        return out

    def as_dict(self) -> dict[str, Any]:
        """The timeline as JSON-ready data (what `timeline.json` holds)."""
        return {
            "series": [
                {"metric": m, "type": pts[0].type, "points": [_point_dict(p) for p in pts]}
                for m, pts in self.series().items()
            ],
            "duplicates": [
                {"kept": g.kept, "copies": list(g.copies), "similarity": g.similarity}
                for g in self.duplicates
            ],
            "conflicts": self.conflicts,
            "undated_facts": self.undated,
            "other_facts": self.other,
            "texts_not_found": self.unchecked,
        }


def _point_dict(p: Point) -> dict[str, Any]:
    d = asdict(p)
    del d["metric"], d["type"]
    return d


def _same(a: float | None, b: float | None) -> bool:
    if a is None or b is None:
        return a is b
    if a == b:
        return True
    return abs(a - b) <= TOLERANCE * max(abs(a), abs(b))


def _disagree(a: set[str], b: set[str]) -> bool:
    """Two values conflict when some article gives only the one and another only the other.

    One article giving two values for one metric and date (`8.100 milliards ... ainsi
    que 1.200 milliards` saved each year) measures two things, not a conflict.
    """
    return not (a <= b or b <= a)


def build_timeline(
    facts: Sequence[Mapping[str, Any]],
    duplicates: Sequence[DuplicateGroup] = (),
    metric_order: Sequence[str] = (),
) -> Timeline:
    """Consolidate fact records into series.

    Args:
        facts: fact records (dicts with the contract's fields).
        duplicates: groups of copies of one article (see `find_duplicates`).
        metric_order: order of the series (the vocabulary's); other metrics follow, sorted.

    Returns:
        The timeline, points ordered by metric, date, status, unit and value.
    """
    story = {c: g.kept for g in duplicates for c in g.copies}
    by_key: dict[tuple[str, str, str, str], list[Mapping[str, Any]]] = defaultdict(list)
    undated = other = 0
    for f in facts:
        if f["metric"] == "other":
            other += 1
        elif not f.get("date"):
            undated += 1
        else:
            by_key[(f["metric"], f["date"], f["status"], f.get("unit") or "")].append(f)
    points: list[Point] = []
    for key in sorted(by_key):
        clusters: list[list[Mapping[str, Any]]] = []
        for f in sorted(by_key[key], key=lambda f: (f["doc_id"], f["start"])):
            for c in clusters:
                if _same(c[0]["value"], f["value"]):
                    c.append(f)
                    break
            else:
                clusters.append([f])
        stories = [{story.get(f["doc_id"], f["doc_id"]) for f in c} for c in clusters]
        for i, c in enumerate(clusters):
            docs = sorted({f["doc_id"] for f in c})
            quals = Counter(f["qualifier"] for f in c)
            rivals = [
                clusters[j][0]["value"]
                for j in range(len(clusters))
                if j != i and _disagree(stories[i], stories[j])
            ]
            points.append(
                Point(
                    metric=key[0],
                    type=c[0]["type"],
                    date=key[1],
                    value=c[0]["value"],
                    unit=c[0].get("unit"),
                    qualifier=min(quals, key=lambda q: (-quals[q], q)),
                    status=key[2],
                    articles=len(stories[i]),
                    sources=docs,
                    conflict=bool(rivals),
                    conflicting_values=rivals,
                    text=c[0]["text"],
                )
            )
    rank = {m: i for i, m in enumerate(metric_order)}
    points.sort(
        key=lambda p: (
            rank.get(p.metric, len(rank)),
            p.metric,
            p.date,
            p.status,
            p.unit or "",
            p.value if p.value is not None else 0.0,
        )
    )
    return Timeline(points, list(duplicates), undated=undated, other=other)


def timeline_of_run(
    out: str | Path,
    threshold: float = THRESHOLD,
    keep: Any = None,
    raws: Mapping[str, str | None] | None = None,
) -> Timeline:
    """The timeline of a run's output folder (its facts.json, articles.json and texts).

    Args:
        out: the output folder of `vnextract run`.
        threshold: containment at or above which two articles are copies.
        keep: an optional fact filter (`vnextract.outputs.filters.FactFilter`).
        raws: the articles' raw texts by doc_id, when the caller already has them.
    """
    from vnextract.cleaning.clean import clean
    from vnextract.facts.lexicon import load_lexicon
    from vnextract.outputs.runset import relative_base, run_folder
    from vnextract.outputs.texts import load_raw

    folder = run_folder(out)  # once: every file read from the same run
    base = relative_base(folder)
    facts, articles = load_run(folder)
    texts: dict[str, str] = {}
    missing: list[str] = []
    for a in articles:
        if a.get("error"):
            continue
        if raws is not None and a["doc_id"] in raws:
            raw = raws[a["doc_id"]]
        else:
            raw = load_raw(a, folder, base)
        if raw is None:
            missing.append(a["doc_id"])
        else:
            texts[a["doc_id"]] = clean(raw).text
    rank = {a["doc_id"]: int(a.get("facts") or 0) for a in articles}
    groups = find_duplicates(texts, threshold, rank)
    if keep is not None:
        facts = [f for f in facts if keep(f)]
    tl = build_timeline(facts, groups, list(load_lexicon().metrics))
    tl.unchecked = missing
    tl.folder = folder
    return tl


class RunError(ValueError):
    """An output folder without the exports of a run."""


def load_run(out: str | Path) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    """The fact and article records of a run's output folder, both of the same run.

    Raises:
        RunError: when facts.json or articles.json is missing or not a JSON array.
    """
    from vnextract.outputs.runset import run_folder

    folder = run_folder(out)
    loaded = []
    for name in ("facts.json", "articles.json"):
        path = folder / name
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
        except FileNotFoundError:
            raise RunError(f"no {name} in {out}: run `vnextract run` first") from None
        except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
            raise RunError(f"cannot read {path}: {exc}") from None
        if not isinstance(data, list):
            raise RunError(f"{path} is not a JSON array")
        loaded.append(data)
    return loaded[0], loaded[1]


def timeline_rows(tl: Timeline) -> Iterable[dict[str, Any]]:
    """One flat record per point (what `timeline.csv` holds; lists joined with `;`)."""
    for p in tl.points:
        d = asdict(p)
        d["sources"] = ";".join(p.sources)
        d["conflicting_values"] = ";".join(f"{v:g}" for v in p.conflicting_values)
        yield d


def write_timeline(out: str | Path, tl: Timeline) -> None:
    """Write `timeline.json` and `timeline.csv` beside the run they were made from.

    Into the run's generation (`tl.folder`), linked from `out` while that run is in
    force: a later run's exports never stand beside this timeline.

    Raises:
        OutputError: `out` cannot be written, or another process is writing it.
    """
    from vnextract.outputs import runset
    from vnextract.outputs.export import AtomicWriter, CsvWriter

    out = Path(out)
    with runset.locked(out), runset.writing(out):
        folder = tl.folder or runset.run_folder(out)
        with AtomicWriter(folder / "timeline.json", newline=None) as stream:
            json.dump(tl.as_dict(), stream, ensure_ascii=False, indent=2)
            stream.write("\n")
        with AtomicWriter(folder / "timeline.csv") as stream:
            w = CsvWriter(stream, TIMELINE_FIELDS)
            for row in timeline_rows(tl):
                w.write(row)
        if folder == runset.current(out):
            runset.link_set(out, ("timeline.json", "timeline.csv"))


def timeline_table(tl: Timeline, fmt_value: Any) -> Any:
    """A rich Table of the timeline: one row per point, conflicts in red."""
    from rich.table import Table

    t = Table(
        title=f"timeline: {len(tl.points)} points, {tl.conflicts} in conflict",
        caption=tl.left_out() or None,
        header_style="bold",
    )
    t.add_column("metric", style="cyan", no_wrap=True)
    t.add_column("date", no_wrap=True)
    t.add_column("value", justify="right", no_wrap=True)
    t.add_column("status")
    t.add_column("articles", justify="right")
    t.add_column("sources", overflow="fold")
    t.add_column("")
    from vnextract.outputs.export import short_ids

    short = short_ids(d for p in tl.points for d in p.sources)
    for p in tl.points:
        value = fmt_value(
            {"type": p.type, "qualifier": p.qualifier, "value": p.value, "unit": p.unit}
        )
        flag = "[red]conflict[/red]" if p.conflict else ""
        # doc ids shortened like the facts table's, none alike: the full ids are in timeline.json
        sources = ", ".join(short[d] for d in p.sources)
        t.add_row(p.metric, p.date, value, p.status, str(p.articles), sources, flag)
    return t
