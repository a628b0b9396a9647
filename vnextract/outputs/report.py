"""The HTML report of a run: every article with its facts highlighted, and the timeline charts.

`report.html` is one self-contained file: inline CSS and SVG, no script, no
font, image or stylesheet from anywhere (a Content-Security-Policy forbids
them), so it opens offline and an article's `<script>` can only ever be
text. Every string from the articles or the facts is HTML-escaped.

Each article shows its raw text (the string the offsets point into, up to
the `Voir plus` cut: teasers of other articles are left out) with each fact
span in a `<mark>` whose tooltip gives metric, value, date and status, then a
table of its facts. A fact span inside another is nested in it; a span that
crosses another cannot be (HTML elements nest), so it is listed in the table
and marked there as not highlighted.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Mapping, Sequence
from datetime import date
from html import escape
from pathlib import Path
from typing import Any

from vnextract.outputs.export import AtomicWriter, format_value
from vnextract.outputs.timeline import Point, Timeline

REPORT = "report.html"

#: Colour of each metric's marks, in vocabulary order (cycled); colour-blind friendly pastels.
PALETTE = (
    "#ffd166",
    "#8ecae6",
    "#b7e4c7",
    "#f4a6a6",
    "#cdb4db",
    "#ffc8a2",
    "#a0c4ff",
    "#d8e2a0",
    "#f1c0e8",
    "#9bf6ff",
    "#e9c46a",
    "#c9ada7",
)

_CSS = """
body{font:15px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;margin:0;color:#1d1d1f;
background:#f6f6f4}
header,main{max-width:1100px;margin:0 auto;padding:0 24px}
header{padding-top:18px}
h1{font-size:24px;margin:8px 0}
h2{font-size:19px;margin:28px 0 6px}
h3{font-size:15px;margin:14px 0 4px}
.meta{color:#555;font-size:13px}
.card{background:#fff;border:1px solid #ddd;border-radius:8px;padding:14px 18px;margin:14px 0}
.text{white-space:pre-wrap;font:14px/1.6 Georgia,serif;max-height:34em;overflow:auto;
border-left:3px solid #eee;padding-left:12px}
mark{background:var(--c);border-radius:3px;padding:0 1px;box-shadow:0 0 0 1px rgba(0,0,0,.15)}
mark mark{box-shadow:0 0 0 1px rgba(0,0,0,.45)}
table{border-collapse:collapse;width:100%;font-size:13px;margin-top:8px}
th,td{border-bottom:1px solid #e4e4e4;padding:3px 6px;text-align:left;vertical-align:top}
th{background:#fafafa}
td.num{text-align:right;white-space:nowrap}
.sw{display:inline-block;width:11px;height:11px;border-radius:2px;margin-right:4px;
vertical-align:-1px;border:1px solid rgba(0,0,0,.2)}
.legend span{margin-right:14px;white-space:nowrap;font-size:13px}
.charts{display:grid;grid-template-columns:repeat(auto-fill,minmax(250px,1fr));gap:8px}
.chart{background:#fff;border:1px solid #ddd;border-radius:8px;padding:8px 10px}
.chart h3{margin:0 0 2px;font-size:13px}
.warn{color:#b00020}
.note{color:#666;font-style:italic}
nav.toc li{margin:2px 0}
"""


def _attr(value: Any) -> str:
    return escape(str(value), quote=True)


def _text(value: str) -> str:
    """Escape article text for an HTML text node, keeping every character (CR included)."""
    return escape(value, quote=False).replace("\r", "&#13;").replace("\x00", "\ufffd")


def colours(metrics: Sequence[str]) -> dict[str, str]:
    """A colour per metric, stable for a vocabulary order."""
    return {m: PALETTE[i % len(PALETTE)] for i, m in enumerate(metrics)}


def _tooltip(f: Mapping[str, Any]) -> str:
    date = f.get("date") or "no date"
    return f"{f['metric']} · {format_value(dict(f))} · {date} ({f['date_source']}) · {f['status']}"


def highlight(
    raw: str, facts: Sequence[Mapping[str, Any]], colour: Mapping[str, str], end: int | None = None
) -> tuple[str, set[int]]:
    """The HTML of `raw[:end]` with each fact span in a `<mark>`.

    Args:
        raw: the article's raw text.
        facts: its fact records (with `start`, `end`); their index is their mark's number.
        colour: mark colour by metric.
        end: where the shown text stops (the facts are all before it).

    Returns:
        The HTML, and the indexes of the facts that could not be marked (crossing another).
    """
    stop = len(raw) if end is None else end
    order = sorted(range(len(facts)), key=lambda i: (facts[i]["start"], -facts[i]["end"], i))
    out: list[str] = []
    pos = 0
    stack: list[int] = []
    skipped: set[int] = set()

    def close() -> None:
        nonlocal pos
        top = stack.pop()
        out.append(_text(raw[pos : facts[top]["end"]]))
        pos = facts[top]["end"]
        out.append("</mark>")

    for i in order:
        f = facts[i]
        if not (0 <= f["start"] <= f["end"] <= len(raw)) or raw[f["start"] : f["end"]] != f["text"]:
            skipped.add(i)
            continue
        while stack and facts[stack[-1]]["end"] <= f["start"]:
            close()
        if stack and f["end"] > facts[stack[-1]]["end"]:
            skipped.add(i)
            continue
        out.append(_text(raw[pos : f["start"]]))
        pos = f["start"]
        out.append(
            f'<mark id="{_attr(_anchor(f))}" data-doc="{_attr(f["doc_id"])}" '
            f'data-start="{f["start"]}" data-end="{f["end"]}" '
            f'style="--c:{colour.get(f["metric"], PALETTE[0])}" title="{_attr(_tooltip(f))}">'
        )
        stack.append(i)
    while stack:
        close()
    out.append(_text(raw[pos:stop]))
    return "".join(out), skipped


def _anchor(f: Mapping[str, Any]) -> str:
    return f"f-{f['doc_id']}-{f['start']}-{f['end']}-{f['metric']}"


def _facts_table(
    facts: Sequence[Mapping[str, Any]], skipped: set[int], colour: Mapping[str, str]
) -> str:
    rows = []
    for i, f in enumerate(facts):
        date = f.get("date") or ""
        if date and f["date_source"] != "explicit":
            date += f" ({f['date_source']})"
        where = (
            '<span class="warn">not highlighted (crosses another span)</span>'
            if i in skipped
            else f'<a href="#{_attr(_anchor(f))}">{f["start"]}–{f["end"]}</a>'
        )
        rows.append(
            "<tr>"
            f'<td><span class="sw" style="background:{colour.get(f["metric"], PALETTE[0])}">'
            f"</span>{_text(f['metric'])}</td>"
            f'<td class="num">{_text(format_value(dict(f)))}</td>'
            f"<td>{_text(date)}</td><td>{_text(f['status'])}</td>"
            f"<td>{_text(f.get('label') or '')}</td><td>{_text(f['text'])}</td><td>{where}</td>"
            "</tr>"
        )
    head = (
        "<tr><th>metric</th><th>value</th><th>date</th><th>status</th>"
        "<th>label</th><th>source words</th><th>offsets</th></tr>"
    )
    return f'<table class="facts">{head}{"".join(rows)}</table>'


def _article_section(
    a: Mapping[str, Any],
    facts: Sequence[Mapping[str, Any]],
    raw: str | None,
    colour: Mapping[str, str],
    copy_of: str | None,
) -> str:
    from vnextract.cleaning.clean import clean

    title = a.get("title") or a["doc_id"]
    if len(title) > 140:
        title = title[:139] + "…"
    meta = [
        f"<code>{_text(a['doc_id'])}</code>",
        f"published {_text(a.get('published') or 'unknown')}"
        f" ({_text(a.get('published_source') or '')})",
        f"encoding {_text(a.get('encoding') or '')}",
        f"{len(facts)} facts",
        f"from <code>{_text(a.get('path') or '')}</code>",
    ]
    parts = [
        f'<section class="card article" id="doc-{_attr(a["doc_id"])}" '
        f'data-doc="{_attr(a["doc_id"])}">',
        f"<h2>{_text(title)}</h2>",
        f'<div class="meta">{" · ".join(meta)}</div>',
    ]
    if copy_of:
        parts.append(
            f'<p class="note">A copy of <a href="#doc-{_attr(copy_of)}">{_text(copy_of)}</a>: '
            "counted once on the timeline.</p>"
        )
    if a.get("error"):
        parts.append(f'<p class="warn">Not read: {_text(a["error"])}</p>')
    elif raw is None:
        parts.append(
            '<p class="warn">Text not available (the input was moved or changed since the run);'
            " facts listed below.</p>"
        )
        parts.append(_facts_table(facts, set(), colour))
    else:
        cut = clean(raw).cut_at
        end = len(raw) if cut is None else max([cut, *(f["end"] for f in facts)])
        body, skipped = highlight(raw, facts, colour, end)
        parts.append(f'<div class="text">{body}</div>')
        if end < len(raw):
            parts.append(
                f'<p class="note">{len(raw) - end} characters after the cut '
                "(teasers of other articles) not shown.</p>"
            )
        if facts:
            parts.append(_facts_table(facts, skipped, colour))
    parts.append("</section>")
    return "\n".join(parts)


def _fraction(iso: str) -> float:
    """An ISO date at any precision as a fractional year (the middle of its period)."""
    parts = [int(x) for x in iso.split("-")]
    if len(parts) == 1:
        return parts[0] + 0.5
    if len(parts) == 2:
        return parts[0] + (parts[1] - 0.5) / 12
    d = date(*parts)
    return parts[0] + (d.timetuple().tm_yday - 0.5) / (366 if parts[0] % 4 == 0 else 365)


def _nice(v: float) -> float:
    """The smallest 1, 2 or 5 times a power of ten at or above `v` (an axis maximum)."""
    if v <= 0:
        return 1.0
    import math

    base = 10 ** math.floor(math.log10(v))
    return next(m * base for m in (1, 2, 5, 10) if m * base >= v)


def _short(v: float) -> str:
    for scale, suffix in ((1e12, "T"), (1e9, "G"), (1e6, "M"), (1e3, "k")):
        if abs(v) >= scale:
            return f"{v / scale:.3g}{suffix}"
    return f"{v:.3g}"


def chart(metric: str, unit: str | None, points: Sequence[Point], colour: str) -> str:
    """An inline SVG chart of one series: value against date (events: dates on one line)."""
    w, h, left, right, top, bottom = 250, 118, 40, 14, 14, 22
    xs = [_fraction(p.date) for p in points]
    x0, x1 = min(xs), max(xs)
    if x1 - x0 < 1:
        x0, x1 = x0 - 0.5, x1 + 0.5
    pad = (x1 - x0) * 0.06
    x0, x1 = x0 - pad, x1 + pad
    values = [p.value for p in points if p.value is not None]
    ranking = points[0].type == "ranking"
    if values:
        y0, y1 = min(0.0, min(values)), _nice(max(values) * 1.15)
    else:
        y0, y1 = 0.0, 1.0

    def sx(x: float) -> float:
        return left + (x - x0) / (x1 - x0) * (w - left - right)

    def sy(v: float | None) -> float:
        if v is None:
            return top + (h - top - bottom) / 2
        frac = (v - y0) / (y1 - y0)
        if ranking:  # first place at the top
            frac = 1 - frac
        return h - bottom - frac * (h - top - bottom)

    out = [
        f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {w} {h}" width="{w}" height="{h}" '
        f'role="img" aria-label="{_attr(metric)} over time">',
        f'<line x1="{left}" y1="{h - bottom}" x2="{w - right}" y2="{h - bottom}" stroke="#999"/>',
    ]
    if values:
        out.append(f'<line x1="{left}" y1="{top}" x2="{left}" y2="{h - bottom}" stroke="#999"/>')
        lo_v, hi_v = (y1, y0) if ranking else (y0, y1)
        out.append(
            f'<text x="{left - 4}" y="{top + 8}" font-size="10" text-anchor="end">'
            f"{_short(hi_v)}</text>"
        )
        out.append(
            f'<text x="{left - 4}" y="{h - bottom}" font-size="10" text-anchor="end">'
            f"{_short(lo_v)}</text>"
        )
    for year in range(int(x0) + (x0 > int(x0)), int(x1) + 1):
        x = sx(year)
        out.append(
            f'<line x1="{x:.1f}" y1="{h - bottom}" x2="{x:.1f}" y2="{h - bottom + 4}" '
            'stroke="#999"/>'
        )
        out.append(
            f'<text x="{x:.1f}" y="{h - bottom + 15}" font-size="10" '
            f'text-anchor="middle">{year}</text>'
        )
    actual = sorted(
        (
            (x, p)
            for x, p in zip(xs, points, strict=True)
            if p.status == "actual" and p.value is not None
        ),
        key=lambda t: (t[0], t[1].value or 0.0),
    )
    if len(actual) > 1 and len({x for x, _ in actual}) == len(actual):
        pts = " ".join(f"{sx(x):.1f},{sy(p.value):.1f}" for x, p in actual)
        out.append(f'<polyline points="{pts}" fill="none" stroke="{colour}" stroke-width="2"/>')
    labels: list[tuple[float, float]] = []
    for x, p in zip(xs, points, strict=True):
        cx, cy = sx(x), sy(p.value)
        tip = (
            f"{p.date}: {'' if p.value is None else _short(p.value)} {p.unit or ''} "
            f"({p.status}, {p.articles} article{'s' * (p.articles > 1)}: {', '.join(p.sources)})"
        )
        if p.conflict:
            tip += " CONFLICT with " + ", ".join(_short(v) for v in p.conflicting_values)
        stroke = "#b00020" if p.conflict else "#333"
        fill = colour if p.status == "actual" else "#fff"
        out.append(
            f'<circle cx="{cx:.1f}" cy="{cy:.1f}" r="{4 + min(p.articles, 4)}" fill="{fill}" '
            f'stroke="{stroke}" stroke-width="{2.5 if p.conflict else 1.2}">'
            f"<title>{_text(tip)}</title></circle>"
        )
        if len(points) <= 4 and all(abs(cx - lx) > 45 or abs(cy - ly) > 12 for lx, ly in labels):
            labels.append((cx, cy))
            text = p.date if p.value is None else _short(p.value)
            anchor = "end" if cx > w - 60 else "start"
            dx = -8 if anchor == "end" else 8
            out.append(
                f'<text x="{cx + dx:.1f}" y="{cy - 6:.1f}" font-size="10" fill="#444" '
                f'text-anchor="{anchor}">{_text(text)}</text>'
            )
    out.append("</svg>")
    label = metric + (f" ({unit})" if unit else "") + (" — rank, 1 at top" if ranking else "")
    return f'<div class="chart"><h3>{_text(label)}</h3>{"".join(out)}</div>'


def build_report(
    facts: Sequence[Mapping[str, Any]],
    articles: Sequence[Mapping[str, Any]],
    texts: Mapping[str, str | None],
    timeline: Timeline,
    metric_order: Sequence[str] = (),
    title: str = "vnextract report",
) -> str:
    """The report as one HTML string.

    Args:
        facts: fact records of the run (already filtered, if at all).
        articles: article records (each shown, in order).
        texts: raw text by doc_id (None when not found).
        timeline: the consolidated series (charts and duplicates).
        metric_order: order of metrics for colours and charts.
        title: the page title.
    """
    order = list(metric_order) + sorted({f["metric"] for f in facts} - set(metric_order))
    colour = colours(order)
    by_doc: dict[str, list[Mapping[str, Any]]] = defaultdict(list)
    for f in facts:
        by_doc[f["doc_id"]].append(f)
    copy_of = {c: g.kept for g in timeline.duplicates for c in g.copies}
    used = [m for m in order if any(f["metric"] == m for f in facts)]
    legend = "".join(
        f'<span><span class="sw" style="background:{colour[m]}"></span>{_text(m)}</span>'
        for m in used
    )
    series: dict[tuple[str, str | None], list[Point]] = defaultdict(list)
    for p in timeline.points:
        series[(p.metric, p.unit)].append(p)
    charts = "".join(chart(m, u, pts, colour.get(m, PALETTE[0])) for (m, u), pts in series.items())
    toc = "".join(
        f'<li><a href="#doc-{_attr(a["doc_id"])}">{_text(a["doc_id"])}</a> — '
        f"{len(by_doc.get(a['doc_id'], []))} facts"
        + (" (copy)" if a["doc_id"] in copy_of else "")
        + "</li>"
        for a in articles
    )
    dup = "".join(
        f"<li>{_text(g.kept)} = {_text(', '.join(g.copies))} (similarity {g.similarity:.2f})</li>"
        for g in timeline.duplicates
    )
    sections = "\n".join(
        _article_section(
            a, by_doc.get(a["doc_id"], []), texts.get(a["doc_id"]), colour, copy_of.get(a["doc_id"])
        )
        for a in articles
    )
    conflicts = timeline.conflicts
    return f"""<!DOCTYPE html>
<html lang="fr">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{_text(title)}</title>
<style>{_CSS}</style>
</head>
<body>
<header>
<h1>{_text(title)}</h1>
<p class="meta">{len(articles)} articles · {len(facts)} facts ·
{len(timeline.points)} timeline points ·
<span class="{"warn" if conflicts else ""}">{conflicts} conflicting points</span> ·
{len(timeline.duplicates)} duplicate groups.
{_text("On the charts, " + timeline.left_out() + ".") if timeline.left_out() else ""}
Hover a highlighted span for its metric, value and date.</p>
<div class="legend">{legend}</div>
</header>
<main>
<h2>Timeline</h2>
<p class="meta">One chart per metric across articles; filled dots are measures, hollow ones
targets or plans; a red ring marks a conflict; bigger dots are reported by more articles
(copies of an article count once).</p>
<div class="charts">{charts or '<p class="note">No dated figures.</p>'}</div>
{f"<h3>Duplicates</h3><ul>{dup}</ul>" if dup else ""}
<h2>Articles</h2>
<nav class="toc"><ul>{toc}</ul></nav>
{sections}
</main>
</body>
</html>
"""


def report_of_run(out: str | Path, keep: Any = None) -> str:
    """The report of a run's output folder (its facts.json, articles.json and texts)."""
    from vnextract.facts.lexicon import load_lexicon
    from vnextract.outputs.runset import relative_base, run_folder
    from vnextract.outputs.texts import load_raw
    from vnextract.outputs.timeline import load_run, timeline_of_run

    out = run_folder(out)  # once: every file read from the same run
    base = relative_base(out)
    facts, articles = load_run(out)
    if keep is not None:
        facts = [f for f in facts if keep(f)]
        if keep.docs:
            from fnmatch import fnmatchcase

            articles = [a for a in articles if any(fnmatchcase(a["doc_id"], d) for d in keep.docs)]
    texts = {a["doc_id"]: (None if a.get("error") else load_raw(a, out, base)) for a in articles}
    tl = timeline_of_run(out, keep=keep, raws=texts)
    return build_report(facts, articles, texts, tl, list(load_lexicon().metrics))


def write_report(out: str | Path, keep: Any = None) -> Path:
    """Write `report.html` beside the run it shows, atomically; return its path in `out`.

    Into the run's generation, linked from `out`: a later run's exports never
    stand beside this report.

    Raises:
        OutputError: `out` cannot be written, or another process is writing it.
    """
    from vnextract.outputs import runset

    out = Path(out)
    with runset.locked(out), runset.writing(out):
        folder = runset.run_folder(out)
        page = report_of_run(folder, keep)
        with AtomicWriter(folder / REPORT, newline="") as stream:
            stream.write(page)
        if folder != out:
            runset.link_set(out, (REPORT,))
    return out / REPORT
