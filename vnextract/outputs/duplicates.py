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

Candidates are found with datasketch's MinHash LSH index: each text finds
the texts whose shingle sets are similar to its own (Jaccard `CANDIDATE` or
more), so a corpus is not compared pair by pair and the time grows with the
number of articles, not of pairs (`make bench`); every candidate is then
checked on its exact shingles, so the groups are exact for the pairs found.
A containment of 0.8 is a Jaccard similarity of 0.67 between texts of one
length, and of 0.36 when one text is half the other: `CANDIDATE` (0.3) keeps
both, pairs of more unequal lengths may be missed. (datasketch's LSH
Ensemble, made for containment, partitions the sets by size at a cost that
grows with the square of the number of sizes: slower than all pairs here.)
Hashes are seeded: runs are repeatable.
"""

from __future__ import annotations

import hashlib
import unicodedata
from collections import defaultdict
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

import numpy as np
from datasketch import MinHash, MinHashLSH

#: Shingle length, in characters of the normalised text.
SHINGLE = 9
#: Shortest normalised text compared; shorter ones are never called copies.
MIN_CHARS = 200
#: Containment at or above which two texts are copies of one article.
THRESHOLD = 0.8

#: Jaccard similarity at which the index proposes a candidate pair (checked exactly after).
CANDIDATE = 0.3
#: MinHash size (datasketch's default) and seed.
_PERMUTATIONS = 128
_SEED = 20210310


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
    parent = {d: d for d in sets}

    def find(d: str) -> str:
        while parent[d] != d:
            parent[d] = parent[parent[d]]
            d = parent[d]
        return d

    best: dict[frozenset[str], float] = {}
    for a, b in candidate_pairs(sets, CANDIDATE):
        c = containment(sets[a], sets[b])
        if c >= threshold:
            best[frozenset((a, b))] = c
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
        sims = [c for pair, c in best.items() if find(next(iter(pair))) == find(members[0])]
        out.append(
            DuplicateGroup(
                kept=kept,
                copies=tuple(m for m in members if m != kept),
                similarity=round(min(sims), 3),
            )
        )
    return sorted(out, key=lambda g: g.kept)


def _sketch(hashes: np.ndarray) -> MinHash:
    """The MinHash of a shingle set (its 64-bit hashes, of which MinHash takes 32 bits)."""
    m = MinHash(num_perm=_PERMUTATIONS, seed=_SEED, hashfunc=_low32)
    m.update_batch(hashes.tolist())
    return m


def _low32(value: int) -> int:
    return value & 0xFFFFFFFF


def candidate_pairs(sets: Mapping[str, np.ndarray], jaccard: float) -> list[tuple[str, str]]:
    """The pairs (sorted) whose Jaccard similarity may be `jaccard` or more, from the index."""
    if len(sets) < 2:
        return []
    sketches = {d: _sketch(s) for d, s in sets.items()}
    index = MinHashLSH(threshold=jaccard, num_perm=_PERMUTATIONS)
    with index.insertion_session() as session:
        for d, m in sketches.items():
            session.insert(d, m)
    pairs = set()
    for d, m in sketches.items():
        for other in index.query(m):
            if other != d:
                pairs.add((d, other) if d < other else (other, d))
    return sorted(pairs)


def _pick(members: Sequence[str], rank: Mapping[str, int]) -> str:
    top = max(rank.get(m, 0) for m in members)
    return next(m for m in members if rank.get(m, 0) == top)
