"""The metric vocabulary: loading `data/metrics.toml`, merging a user file, matching stems.

Stems are matched on *folded* text (lower case, accents removed, typographic
apostrophes made plain), each stem word against the start of a text word.
"""

from __future__ import annotations

import dataclasses
import re
import unicodedata
from dataclasses import dataclass, field
from functools import cache, cached_property
from pathlib import Path
from typing import Any

from vnextract.resources import load_toml

TYPES = ("event", "count", "money", "percentage", "ranking")


class LexiconError(ValueError):
    """A user vocabulary file that cannot be used; the message says why."""


def fold(text: str) -> str:
    """Lower-case, strip accents, plain apostrophes; keeps the length of most French text."""
    text = text.replace("’", "'").replace("ʼ", "'").lower()
    if text.isascii():
        return text
    decomposed = unicodedata.normalize("NFD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c))


_WORD = re.compile(r"[a-z0-9]+(?:-[a-z0-9]+)*|'")


def words(folded: str) -> list[str]:
    """Split folded text into words (hyphenated words kept whole, apostrophes dropped)."""
    return [w for w in _WORD.findall(folded) if w != "'"]


def _stem_words(stem: str) -> list[str]:
    """The words of a folded stem, as its pattern matches them one after the other (a
    trailing `$`, the whole-word mark, left out)."""
    return [w for w in re.split(r"[ ']+", stem.removesuffix(WHOLE_WORD)) if w]


#: Written after a stem, it matches that word and its plural only (`reglement$`: a payment,
#: not `réglementation`); a stem without it matches every word it starts.
WHOLE_WORD = "$"


#: The length from which `Stems` looks for the first words of its stems before its regex.
_PREFILTER_MIN_LENGTH = 200


@dataclass(frozen=True)
class Stems:
    """A list of stems matched as one regex over folded text.

    The regex is compiled on first use: a run whose articles all come from the
    result cache never matches a stem, and compiling every list of the
    vocabulary costs a tenth of a second. `Stems(items, pattern)` keeps a
    pattern given ready-made.
    """

    items: tuple[str, ...]
    given: re.Pattern[str] | None = field(default=None, compare=False, repr=False)

    @classmethod
    def of(cls, stems: list[str] | tuple[str, ...]) -> Stems:
        return cls(tuple(fold(s) for s in stems))

    @cached_property
    def pattern(self) -> re.Pattern[str] | None:
        """The stems as one regex, longest first (None for no stems)."""
        if self.given is not None or not self.items:
            return self.given
        parts = []
        for stem in sorted(self.items, key=len, reverse=True):
            # inner words may take an inflection (`services publics`); the last is a prefix,
            # or a whole word when marked
            ws = [re.escape(w) for w in _stem_words(stem)]
            end = r"[sx]?\b" if stem.endswith(WHOLE_WORD) else ""
            parts.append(r"\b" + r"\w{0,3}[\s'-]+".join(ws) + end)
        return re.compile("|".join(parts))

    @cached_property
    def needles(self) -> tuple[str, ...] | None:
        """The first word of every stem: a text that contains none of them cannot match.

        None when that cannot be told (a pattern given ready-made, a stem of no word).
        """
        if self.given is not None:
            return None
        firsts = [next(iter(_stem_words(s)), "") for s in self.items]
        return None if "" in firsts else tuple(dict.fromkeys(firsts))

    def _first_possible(self, folded: str) -> int:
        """Where the first match can begin at the earliest; -1 when no stem can match.

        On a long text, substring tests for the first words are cheaper than the regex
        (which tries every stem at every word start), rule most texts out and let the
        regex start at the first of them. On a short text they cost more than they save.
        """
        needles = self.needles
        if needles is None:
            return 0
        found = [i for n in needles if (i := folded.find(n)) >= 0]
        return min(found) if found else -1

    def search(self, folded: str) -> re.Match[str] | None:
        """First match of any stem in folded text."""
        pattern = self.pattern
        if not pattern or len(folded) < _PREFILTER_MIN_LENGTH:
            return pattern.search(folded) if pattern else None
        start = self._first_possible(folded)
        return pattern.search(folded, start) if start >= 0 else None

    def count(self, folded: str) -> int:
        """Number of distinct stems matching in folded text."""
        pattern = self.pattern
        if not pattern:
            return 0
        start = self._first_possible(folded) if len(folded) >= _PREFILTER_MIN_LENGTH else 0
        if start < 0:
            return 0
        return len({m.group(0) for m in pattern.finditer(folded, start)})

    def __bool__(self) -> bool:
        return bool(self.items)


@dataclass(frozen=True)
class Metric:
    """One key of the vocabulary with its cues."""

    key: str
    type: str
    label: str
    nouns: Stems
    context: Stems
    requires: Stems
    excludes: Stems
    weight: float = 0.0
    topic: Stems = Stems((), None)
    near: Stems = Stems((), None)
    role: str | None = None
    as_of: bool = True


@dataclass(frozen=True)
class Lexicon:
    """The vocabulary in force: built-in metrics plus user overrides."""

    metrics: dict[str, Metric] = field(default_factory=dict)
    sources: tuple[str, ...] = ()

    def compile(self) -> Lexicon:
        """Compile every stem pattern now (each is compiled on first use otherwise).

        `parallel.warm` calls it before worker processes are forked, so that they
        all start with the patterns compiled once, in the parent.
        """
        for m in self.metrics.values():
            for f in dataclasses.fields(m):
                stems = getattr(m, f.name)
                if isinstance(stems, Stems):
                    _ = stems.pattern
        return self

    def of_type(self, type_: str) -> tuple[Metric, ...]:
        """Metrics of one fact type, in file order."""
        return self._by_type.get(type_, ())

    @cached_property
    def _by_type(self) -> dict[str, tuple[Metric, ...]]:
        # asked for every figure; a vocabulary is not changed once built
        by_type: dict[str, list[Metric]] = {}
        for m in self.metrics.values():
            by_type.setdefault(m.type, []).append(m)
        return {t: tuple(ms) for t, ms in by_type.items()}

    def describe(self) -> list[dict[str, Any]]:
        """The vocabulary as plain records (for `vnextract metrics`)."""
        return [
            {
                "key": m.key,
                "type": m.type,
                "label": m.label,
                "nouns": list(m.nouns.items),
                "context": list(m.context.items),
                "requires": list(m.requires.items),
                "excludes": list(m.excludes.items),
                "topic": list(m.topic.items),
                "near": list(m.near.items),
                "role": m.role,
                "as_of": m.as_of,
            }
            for m in self.metrics.values()
        ]


def _metric(key: str, spec: dict[str, Any], where: str) -> Metric:
    type_ = spec.get("type")
    if type_ not in TYPES:
        raise LexiconError(f"{where}: metric {key!r} has type {type_!r}, expected one of {TYPES}")
    for name in ("nouns", "context", "requires", "excludes", "topic", "near"):
        value = spec.get(name, [])
        if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
            raise LexiconError(f"{where}: metric {key!r}: {name} must be a list of strings")
    return Metric(
        key=key,
        type=type_,
        label=str(spec.get("label", key)),
        nouns=Stems.of(spec.get("nouns", [])),
        context=Stems.of(spec.get("context", [])),
        requires=Stems.of(spec.get("requires", [])),
        excludes=Stems.of(spec.get("excludes", [])),
        weight=float(spec.get("weight", 0.0)),
        topic=Stems.of(spec.get("topic", [])),
        near=Stems.of(spec.get("near", [])),
        role=spec.get("role"),
        as_of=bool(spec.get("as_of", True)),
    )


@cache
def builtin() -> Lexicon:
    """The vocabulary shipped in `vnextract/data/metrics.toml`."""
    data = load_toml("metrics.toml")
    metrics = {k: _metric(k, v, "metrics.toml") for k, v in data["metrics"].items()}
    return Lexicon(metrics=metrics, sources=("builtin",))


def load_lexicon(path: str | Path | None = None) -> Lexicon:
    """The built-in vocabulary, extended or overridden key by key by a user TOML file."""
    base = builtin()
    if path is None:
        return base
    import tomllib

    p = Path(path)
    try:
        data = tomllib.loads(p.read_text(encoding="utf-8"))
    except OSError as exc:
        raise LexiconError(f"cannot read lexicon {p}: {exc.strerror or exc}") from exc
    except (tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
        raise LexiconError(f"lexicon {p} is not valid TOML: {exc}") from exc
    table = data.get("metrics")
    if not isinstance(table, dict):
        raise LexiconError(f"lexicon {p} has no [metrics.KEY] tables")
    metrics = dict(base.metrics)
    for key, spec in table.items():
        if not isinstance(spec, dict):
            raise LexiconError(f"lexicon {p}: metrics.{key} must be a table")
        merged = dict(_spec_of(metrics[key])) if key in metrics else {}
        merged.update(spec)
        metrics[key] = _metric(key, merged, str(p))
    return Lexicon(metrics=metrics, sources=(*base.sources, str(p)))


def _spec_of(m: Metric) -> dict[str, Any]:
    return {
        "type": m.type,
        "label": m.label,
        "nouns": list(m.nouns.items),
        "context": list(m.context.items),
        "requires": list(m.requires.items),
        "excludes": list(m.excludes.items),
        "weight": m.weight,
        "topic": list(m.topic.items),
        "near": list(m.near.items),
        "as_of": m.as_of,
        **({"role": m.role} if m.role else {}),
    }
