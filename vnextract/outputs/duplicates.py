"""Finding the same article scraped twice, by the similarity of its text (not its name).

Two copies of one wire story differ in noise: one has glued words
(`duVietnam`), captions, a repeated lead, teasers after `Voir plus`. The
comparison is made on the cleaned article text (`vnextract.cleaning.clean`: teasers
and captions gone) reduced to its letters and digits, lower-cased, with no
spaces at all, so glued and unglued words read the same. Texts are compared
as sets of character 9-grams (shingles): two articles are copies when the
shingles of the shorter one are nearly all in the other (containment, 0.8 by
default: the held-out and sample corpora show copies at 1.0 and distinct
articles on the same subject below 0.3).

Candidates are found with MinHash and locality-sensitive hashing (64 hashes in
32 bands of 2), so a corpus is not compared pair by pair; every candidate is
then checked on its exact shingles. Hashes are seeded: runs are repeatable.
"""

from __future__ import annotations

import hashlib
import unicodedata
from collections import defaultdict
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

import numpy as np

#: Shingle length, in characters of the normalised text.
SHINGLE = 9
#: Shortest normalised text compared; shorter ones are never called copies.
MIN_CHARS = 200
#: Containment at or above which two texts are copies of one article.
THRESHOLD = 0.8

_HASHES = 64
_BANDS = 32
_MASKS = np.random.default_rng(20210310).integers(0, 2**63, size=_HASHES, dtype=np.uint64)


def normalise(text: str) -> str:
    """Letters and digits only, lower-cased, NFKC: `du Vietnam` and `duVietnam` read the same."""
    return "".join(ch for ch in unicodedata.normalize("NFKC", text).lower() if ch.isalnum())


def shingles(text: str, k: int = SHINGLE) -> np.ndarray:
    """The sorted unique 64-bit hashes of the k-character shingles of a normalised text."""
    hashes = {
        int.from_bytes(hashlib.blake2b(text[i : i + k].encode(), digest_size=8).digest(), "big")
        for i in range(len(text) - k + 1)
    }
    return np.array(sorted(hashes), dtype=np.uint64)


def containment(a: np.ndarray, b: np.ndarray) -> float:
    """Share of the smaller shingle set found in the other (0 when one is empty)."""
    if not len(a) or not len(b):
        return 0.0
    common = len(np.intersect1d(a, b, assume_unique=True))
    return common / min(len(a), len(b))


@dataclass(frozen=True)
class DuplicateGroup:
    """Articles that are copies of one story; `kept` represents them."""

    kept: str
    copies: tuple[str, ...]
    similarity: float


def find_duplicates(
    texts: Mapping[str, str], threshold: float = THRESHOLD, rank: Mapping[str, int] | None = None
) -> list[DuplicateGroup]:
    """Group the articles whose cleaned texts are copies of each other.

    Args:
        texts: cleaned article text by doc_id.
        threshold: containment at or above which two articles are copies.
        rank: preference for the article kept in a group (higher wins, e.g. its fact
            count); ties go to the first doc_id in sorted order.

    Returns:
        One group per story found more than once, sorted by the kept doc_id.
    """
    ids = sorted(texts)
    sets = {d: shingles(normalise(texts[d])) for d in ids}
    sets = {d: s for d, s in sets.items() if len(s) >= MIN_CHARS - SHINGLE + 1}
    buckets: dict[tuple[int, bytes], list[str]] = defaultdict(list)
    rows = _HASHES // _BANDS
    for d, s in sets.items():
        sig = np.min(s[None, :] ^ _MASKS[:, None], axis=1)
        for band in range(_BANDS):
            buckets[(band, sig[band * rows : (band + 1) * rows].tobytes())].append(d)
    parent = {d: d for d in sets}

    def find(d: str) -> str:
        while parent[d] != d:
            parent[d] = parent[parent[d]]
            d = parent[d]
        return d

    best: dict[frozenset[str], float] = {}
    checked: set[tuple[str, str]] = set()
    for members in buckets.values():
        for i, a in enumerate(members):
            for b in members[i + 1 :]:
                pair = (a, b) if a < b else (b, a)
                if pair in checked:
                    continue
                checked.add(pair)
                c = containment(sets[a], sets[b])
                if c >= threshold:
                    best[frozenset(pair)] = c
                    parent[find(a)] = find(b)
    groups: dict[str, list[str]] = defaultdict(list)
    for d in sets:
        groups[find(d)].append(d)
    out = []
    for members in groups.values():
        if len(members) < 2:
            continue
        members.sort()
        kept = _pick(members, rank or {})
        sims = [c for pair, c in best.items() if pair <= set(members)]
        out.append(
            DuplicateGroup(
                kept=kept,
                copies=tuple(m for m in members if m != kept),
                similarity=round(min(sims), 3),
            )
        )
    return sorted(out, key=lambda g: g.kept)


def _pick(members: Sequence[str], rank: Mapping[str, int]) -> str:
    top = max(rank.get(m, 0) for m in members)
    return next(m for m in members if rank.get(m, 0) == top)
