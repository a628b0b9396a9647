"""A sentence with what was found in it, a fact draft, and sentence-level helpers.

`_Sent` holds a sentence's text, its folded form (same length: offsets carry over)
and its quantities and dates; `_Context` the as-of date of a running statistics
report (FACTS.md section 6.2); `_Draft` a fact before its date and grounding are final.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from vnextract.facts.lexicon import Metric, Stems, fold
from vnextract.nlp.components import SentenceSpan

if TYPE_CHECKING:
    from vnextract.recognizers.dates import DateMention
    from vnextract.recognizers.quantities import QuantityRecord


_KIND_TO_TYPE = {"money": "money", "percent": "percentage", "ordinal": "ranking", "number": "count"}


@dataclass
class _Sent:
    """A sentence with its folded text and what was found in it."""

    span: SentenceSpan
    text: str
    folded: str
    quantities: list[QuantityRecord]
    dates: list[DateMention]
    #: whether a metric's `requires` stems occur in the sentence's scope, by `id(stems)`:
    #: every figure of the sentence asks the same question of every metric
    scope_hits: dict[int, bool] = field(default_factory=dict)

    @property
    def start(self) -> int:
        return self.span.start

    def in_scope(self, stems: Stems, scope: str) -> bool:
        """`stems.search(scope)`, remembered for the sentence (its scope never changes)."""
        hit = self.scope_hits.get(id(stems))
        if hit is None:
            hit = self.scope_hits[id(stems)] = stems.search(scope) is not None
        return hit

    def local(self, pos: int) -> int:
        return pos - self.span.start


@dataclass
class _Context:
    """The as-of date of a running statistics report (FACTS.md section 6.2)."""

    date: str
    paragraph: int
    subjects: frozenset[str]


@dataclass
class _Draft:
    fact: dict[str, Any]
    start: int
    end: int
    sentence: _Sent
    date_is_asof: bool = False
    extra: dict[str, Any] = field(default_factory=dict)


#: The things a statistics report is about; a later paragraph naming one of them goes on
#: with the report (and its as-of date).
_SUBJECT_WORDS = (
    "portail",
    "systeme",
    "plate-forme",
    "plateforme",
    "base de donnees",
    "classement",
)


def _subjects(folded: str) -> frozenset[str]:
    return frozenset(w for w in _SUBJECT_WORDS if w in folded)


class _FoldTable(dict[int, str]):
    """`str.translate` table folding each character alone, filled as characters are met."""

    def __missing__(self, code: int) -> str:
        folded = self[code] = fold(chr(code))[:1] or " "
        return folded


_FOLD_TABLE = _FoldTable()


#: Runs of characters beyond ASCII (the only ones the table does more to than `lower`),
#: captured: `split` gives the text between them, then each of them, alternately.
_NON_ASCII = re.compile(r"([^\x00-\x7f]+)")


def _fold_same_length(text: str) -> str:
    """`fold(text)` one character for one, so that offsets into it are offsets into `text`.

    A character that folds to nothing (a combining accent typed apart) becomes a space.
    Only the characters beyond ASCII go through the table (`translate` with a dict is slow
    per character); `lower` then folds the ASCII ones and leaves the table's as they are
    (none of them has a lower case of its own: tested over every code point).
    """
    parts = _NON_ASCII.split(text)
    parts[1::2] = [run.translate(_FOLD_TABLE) for run in parts[1::2]]
    return "".join(parts).lower()


def _last_match(pattern: re.Pattern[str], text: str) -> re.Match[str] | None:
    """The last match of a pattern in a text (the one nearest its end)."""
    last = None
    for last in pattern.finditer(text):  # noqa: B007
        pass
    return last


def _overlaps(q: QuantityRecord, d: DateMention) -> bool:
    return q.start < d.end and d.start < q.end


def _clean_value(v: float) -> float | int:
    return int(v) if float(v).is_integer() and abs(v) < 2**53 else v


def _gap(s: _Sent, start: int, end: int) -> str:
    return s.text[s.local(start) : s.local(end)]


def speaks_of_future(s: _Sent) -> bool:
    """Whether the sentence's verbs speak of the future (`seront traités en ligne`)."""
    from vnextract.recognizers.dates import load_lexicon, tells_future

    return tells_future(s.text, load_lexicon())


def later_than(date: str, published: str) -> bool:
    """Whether `date` is after the publication date, compared at the precision both give
    (`2024-07-03` is not after an article dated `2024-07`)."""
    n = min(len(date), len(published))
    return date[:n] > published[:n]


def _event(metric: Metric, iso: str, status: str, start: int, end: int, s: _Sent) -> _Draft:
    f: dict[str, Any] = {
        "type": "event",
        "metric": metric.key,
        "value": None,
        "unit": None,
        "qualifier": "exact",
        "out_of": None,
        "change": None,
        "compared_to": None,
        "per": None,
        "value_usd": None,
        "date": iso,
        "date_source": "explicit",
        "status": status,
        "label": metric.label,
    }
    return _Draft(f, start, end, s)
