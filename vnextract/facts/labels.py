"""Labels: the French words naming what a figure measures (FACTS.md 3, `label`).

A figure's noun phrase is read as written (`services publics en ligne de niveau 4`), but
the scraped sentence may run on into a verb or a clause, or the words after a figure may
say where or when rather than what (`au niveau du district`, `d'ici la fin de`). The word
lists are in `data/cues.toml` ([labels]).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from vnextract.resources import load_toml

#: A verb in the future or the conditional (`fourniront`, `disposeraient`), or a plural verb
#: in the present (`fonctionnent`, `utilisent`; nouns in `-ment` are nouns) ends a noun phrase.
_FUTURE_VERB = re.compile(
    r"^(?:[^\W\d_]{3,}(?:eront|iront|ront|eraient|iraient|rait|raient)"
    r"|[^\W\d_]{4,}(?<!m)(?:ent))$"
)


#: Nouns and adjectives in `-ent` that are no verb.
_NOT_VERBS = frozenset(
    {
        "président", "client", "patient", "agent", "accident", "parent", "équivalent",
        "différent", "excellent", "permanent", "pertinent", "récent", "urgent", "fréquent",
        "continent", "argent", "talent", "intelligent", "indépendant", "présent", "absent",
    }
)  # fmt: skip


@dataclass(frozen=True)
class _LabelWords:
    stops: frozenset[str]
    trailing: frozenset[str]
    not_nouns: tuple[str, ...]
    max_chars: int


@cache
def _words() -> _LabelWords:
    d = load_toml("cues.toml")["labels"]
    return _LabelWords(
        frozenset(d["stops"]), frozenset(d["trailing"]), tuple(d["not_nouns"]), d["max_chars"]
    )


def tidy_label(phrase: str, fallback: str) -> str:
    """The words of `phrase` that name a thing, else `fallback` (the metric's label).

    >>> tidy_label("des démarches administratives soient assurées", "x")
    'des démarches administratives'
    >>> tidy_label("au niveau du district", "part des services publics en ligne")
    'part des services publics en ligne'
    """
    w = _words()
    words = phrase.split()
    for i, word in enumerate(words):
        low = word.lower()
        if i > 0 and (low in w.stops or (_FUTURE_VERB.match(low) and low not in _NOT_VERBS)):
            words = words[:i]
            break
    while words and sum(len(x) + 1 for x in words) - 1 > w.max_chars:
        words.pop()
    while words and words[-1].lower().strip(",;:") in w.trailing:
        words.pop()
    label = " ".join(words).strip(" ,;:")
    low = label.lower()
    if not label or any(low == n or low.startswith(n + " ") for n in w.not_nouns):
        return fallback
    return label
