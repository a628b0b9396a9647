"""What one sentence carries to the next: a plan's horizon, an index's edition year, the change
of the place told just before.

The fact builder (`build.py`) reads an article sentence by sentence; these helpers say what a
sentence sets for the ones after it (`D'ici 2030, ... Au moins 80 % des procédures devront`,
`Objectifs spécifiques d'ici 2025`, `l'indice PAPI pour 2023. ... 40,596 points`, `48e sur 61
provinces. ... une chute de 17 places`).
"""

from __future__ import annotations

import re

from vnextract.facts.cues import _COMPARED_NEAR, _INDEX_EDITION, _PLACE_LOST, cues
from vnextract.facts.sentences import _Draft, _Sent


def change_of_previous_place(
    drafts: list[_Draft], prev_rank: _Draft | None, s: _Sent
) -> list[_Draft]:
    """`se classant 48e sur 61 provinces. ... entraînant une chute de 17 places`: places gained
    or lost told in the sentence after a place with no change of its own are that change."""
    if prev_rank is None or prev_rank.fact["change"] is not None:
        return drafts
    if prev_rank.sentence.span.paragraph != s.span.paragraph:
        return drafts
    moved = [d for d in drafts if "place_change" in d.extra]
    if len(moved) != 1 or any(d.fact["type"] == "ranking" for d in drafts):
        return drafts
    d = moved[0]
    lost = _PLACE_LOST.search(s.folded, max(0, s.local(d.start) - 60), s.local(d.start))
    prev_rank.fact["change"] = -d.fact["value"] if lost else d.fact["value"]
    return [x for x in drafts if x is not d]


def heading_horizon(s: _Sent, published: str | None) -> str | None:
    """For a heading (a short line with no final stop), the horizon it names for the goals
    under it (`Objectifs spécifiques d'ici 2025 et avant 2026`: `2025`), or "" for a heading
    that names none (it ends the section); None for a sentence."""
    from vnextract.recognizers.dates import resolve

    text = s.text.strip()
    if len(text) > 90 or text[-1:] in '.!?:;»")' or "\n" in text:
        return None
    if not _GOALS_HEADING.search(s.folded):
        return ""
    for d in s.dates:
        if d.kind == "date" and d.year is not None and (d.future or d.cue in HEADING_CUES):
            return resolve(d, published, future=True) or ""
    return ""


#: The cues of a heading's horizon (`d'ici 2025`, `vers 2030`, `à l'horizon 2045`).
HEADING_CUES = frozenset({"d'ici", "horizon", "vers", "avant", "pour", "jusqu'en"})
#: A heading that announces goals.
_GOALS_HEADING = re.compile(r"\b(?:objectifs?|cibles?|perspectives?|orientations?)\b")


def edition_year(s: _Sent) -> str | None:
    """The edition year of an index the sentence names (`l'indice PAPI pour 2023`, `(PAR
    INDEX) 2020`, `le classement de l'EGDI 2022`), not one it is compared with (`par rapport
    à l'indice PAPI de 2022`)."""
    c = cues()
    for d in s.dates:
        if d.kind != "date" or d.year is None or d.month is not None:
            continue
        left = s.folded[max(0, s.local(d.start) - 60) : s.local(d.start)]
        if not _INDEX_EDITION.search(left):
            continue
        wide = s.folded[max(0, s.local(d.start) - 80) : s.local(d.start)]
        if c.compared.search(left) or _COMPARED_NEAR.search(wide):
            continue
        return str(d.year)
    return None


def next_horizon(horizon: str | None, drafts: list[_Draft]) -> str | None:
    """The horizon the goals told next share: that of a target dated in this sentence, kept
    while the paragraph goes on with goals; an actual figure ends it (a new paragraph too)."""
    targets = [d.fact["date"] for d in drafts if d.fact["status"] == "target" and d.fact["date"]]
    if targets:
        return str(targets[-1])
    if any(d.fact["status"] == "actual" for d in drafts):
        return None
    return horizon


def aim_horizon(s: _Sent, published: str | None, drafts: list[_Draft]) -> str | None:
    """A plan's aim told with its horizon and no figure (`Le plan vise également, d'ici 2019,
    le traitement de ... par ce biais`): the horizon of the goals told next."""
    from vnextract.recognizers.dates import resolve

    # (or a line opening a list by its horizon: `D'ici 2025 :`, then the goals)
    opens_list = s.text.rstrip().endswith(":")
    if any(d.fact["type"] != "event" for d in drafts) or not (
        cues().target.search(s.folded) or opens_list
    ):
        return None
    for d in s.dates:
        if d.kind == "date" and d.year is not None and d.cue in HEADING_CUES:
            return resolve(d, published, future=True)
    return None
