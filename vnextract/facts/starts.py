"""Starts and steps read from the dates of a sentence, the events of a service beginning.

A day (or a month) a public service or a rule starts (`à partir du 15 mai 2022`, `en
vigueur le 1er juillet`, `Depuis le 12 mai, le portail fournit ...`, the start of the span a
pilot runs for); a step of e-government taken since a year or begun in it (`Depuis 2021, le
tribunal met en œuvre ...`, `a commencé à mettre en œuvre ... en 2000`); a project's step told
with its date (`Le 1er avril 2025, l'hôpital a lancé un projet pilote`), and a timeline's line
(`- 1er juillet 2022 : ...`). Each is an `other` event (a `system_launch` when a system is put
in place that day); `events.py` calls them for the dates its launch and adoption rules left.
"""

from __future__ import annotations

import re
from datetime import date
from functools import cache
from typing import TYPE_CHECKING

from vnextract.facts.cues import (
    _ADMINISTRATION,
    _CAMPAIGN,
    _EGOV_SERVICE,
    _IDENTITY_CARDS,
    _LOCAL_SYSTEM,
    _OPENING_DATE,
    _PROCEDURES,
    _SERVICE_CENTRE,
    _is_egov_topic,
    cues,
    reorganisation_after,
)
from vnextract.facts.lexicon import Metric
from vnextract.facts.metrics import _other
from vnextract.facts.sentences import _Draft, _event, _Sent, later_than, speaks_of_future
from vnextract.resources import load_toml

if TYPE_CHECKING:
    from vnextract.recognizers.dates import DateMention


@cache
def _start_cues() -> frozenset[str]:
    """The cues of a start (`à partir de`, `à compter de`; data/published.toml)."""
    return frozenset(load_toml("published.toml")["start_cues"])


#: A rule taking effect (`en vigueur`, `prendra effet`), in the words before its date.
_IN_FORCE = re.compile(r"\bvigueur\b|\beffet\b")
#: The entry into function of something (`l'entrée en fonctionnement`), before what enters.
_ENTRY = re.compile(r"\bentree en (?:fonction|vigueur|service)|\bmise en (?:place|oeuvre)")


def _year_starts(s: _Sent, d: DateMention) -> bool:
    """Whether a bare year is a start: of a rule entering into force (`doit entrer en vigueur
    en 2016`), or of a step of e-government taken since it, with nothing counted since
    (`Depuis 2021, le tribunal met en œuvre la notification électronique des actes`). Any
    other year a service started in is told as a period."""
    dl = s.local(d.start)
    if "vigueur" in _match_text(cues().start_cue.search(s.folded, max(0, dl - 32), dl)):
        return True
    if _BEGUN_BEFORE.search(s.folded, max(0, dl - 120), dl):
        return True  # `a commencé à mettre en œuvre l'administration électronique en 2000`
    if (
        d.cue in _start_cues()
        and cues().deploy_verbs.search(s.folded)
        and all(q.kind == "ordinal" or (q.kind == "number" and q.value < 10) for q in s.quantities)
    ):
        # `À partir du début de 2018, les factures électroniques seront déployées`: a service
        # deployed from a year, with no figure of its own (a goal from a year has one)
        return True
    return bool(
        _SINCE.search(s.folded, max(0, dl - 30), dl)
        and _stepped_since(s, d)
        and not _COUNTED_SINCE.search(s.folded)
        and all(q.kind == "ordinal" for q in s.quantities)
    )


def _stepped_since(s: _Sent, d: DateMention) -> bool:
    """Whether the sentence tells a step of e-government taken since the date, and counts
    nothing since (`Depuis mai 2017, la Sécurité sociale a expérimenté le versement en ligne`,
    `a mis en place le paiement dématérialisé depuis juin 2021`)."""
    dl = s.local(d.start)
    return bool(
        _SINCE_STEP.search(s.folded, max(0, dl - 100), s.local(d.end) + 120)
        and (
            _PROCEDURES.search(s.folded)
            or _SERVICE_CENTRE.search(s.folded)
            or _is_egov_topic(s.folded)
        )
    )


def _service_start(
    s: _Sent,
    d: DateMention,
    published: str | None,
    system: Metric | None = None,
    prev: _Sent | None = None,
) -> _Draft | None:
    """The day an online service or a rule on public services starts (`À partir du 15 mai 2022,
    le Département pilotera la délivrance de passeports sur le portail`, `sera déployé à
    l'échelle nationale à partir du 1er juin`, `la résolution, en vigueur du 1er juin`): an
    `other` event, planned when it is ahead of the article."""

    c = cues()
    dl = s.local(d.start)
    since = _SINCE.search(s.folded, max(0, dl - 30), dl) is not None
    counted = _COUNTED_SINCE.search(s.folded) is not None
    stepped = since and _stepped_since(s, d)
    # `Le programme pilote se déroulera du 1er octobre 2024 au 30 juin 2025`: the start of a
    # span the service runs for, unless what is counted over it is the news
    span_start = (
        d.day is not None
        and d.cue == "du"
        and _SPAN_TO.match(s.folded, s.local(d.end)) is not None
        and not counted
        # (`Du 9 décembre 2019 au 9 mars 2020, le portail comptait 77 200 comptes`: the period
        # of the figures)
        and all(q.kind == "ordinal" or (q.kind == "number" and q.value < 10) for q in s.quantities)
    )
    # (the date recognizer reads the cue, with a part between: `à partir du début de 2018`)
    start_cued = d.cue in _start_cues()
    if (
        not since
        and not span_start
        and not start_cued
        and not c.start_cue.search(s.folded, max(0, dl - 32), dl)
    ):
        return None
    # `Le Vietnam délivre depuis le 1er février 2017 des visas électroniques`, `en vigueur
    # depuis le 1er juillet 2020`: a day a service or a rule started, in a sentence that counts
    # nothing since (`Depuis le 1er juillet, le portail a traité 2 millions de dossiers`)
    since_day = since and d.day is not None and not counted
    if since and not since_day and not _DONE_ONLINE.match(s.folded, s.local(d.end)) and not stepped:
        # `Depuis septembre 2019, les habitants peuvent effectuer leurs démarches en ligne`: a
        # service online since a month; `Depuis octobre 2022, le portail a traité 2 millions de
        # dossiers` counts, it starts nothing
        return None
    # the words of a rule taking effect right before its date (`entre en vigueur à compter du`)
    in_force = _IN_FORCE.search(s.folded, max(0, dl - 32), dl)
    before = s.folded[max(0, dl - 80) : dl]
    after = s.folded[s.local(d.end) : s.local(d.end) + 80]
    if (c.reorganisation.search(before) and not c.documents.search(before)) or any(
        reorganisation_after(after, m.end()) for m in _ENTRY.finditer(after)
    ):
        # `la fusion des provinces ..., entrée en vigueur le 1er juillet 2025`, `Depuis le 1er
        # juillet, avec l'entrée en fonctionnement de l'administration locale à deux niveaux`:
        # what starts is the administration's reorganisation, no e-government service or
        # document (one that starts with it is still read: `À partir du 1er juillet 2025, avec
        # l'administration locale à deux niveaux, le centre ...`)
        return None
    if not (
        _EGOV_SERVICE.search(s.folded)
        or _ADMINISTRATION.search(s.folded)
        # a rule on identity and its electronic uses (`à partir du 1er juillet 2024,
        # l'identification des citoyens peut être intégrée au permis de conduire`)
        # (or from a year: `à partir de 2018, les factures électroniques seront déployées`)
        or (
            (d.day is not None or start_cued)
            and (_is_egov_topic(s.folded) or _IDENTITY_CARDS.search(s.folded))
        )
        # a day a change starts, in a story the sentence before tells of e-government (`À
        # partir du 1er décembre 2025, les voyageurs pourront accéder aux portes grâce à la
        # reconnaissance biométrique`, after the VNeID application)
        or (
            d.day is not None
            and start_cued
            and prev is not None
            and (_is_egov_topic(prev.folded) or _IDENTITY_CARDS.search(prev.folded))
        )
        or stepped
        # a document the article tells of taking effect on a day (`La présente décision entre
        # en vigueur à compter du 20 janvier 2017`)
        or (
            d.day is not None
            and in_force is not None
            and bool(c.documents.search(s.folded, max(0, in_force.start() - 80), in_force.start()))
        )
    ):
        return None
    # a day names the start itself (`à compter du 27 juin, le portail sera la passerelle
    # unique`); a month or a year needs a verb of deployment to be more than a period
    if d.day is None and not since and not in_force and not c.deploy_verbs.search(s.folded):
        return None
    iso = _nearest_start(d, published)
    if iso is None:
        return None
    ahead = (
        d.future or speaks_of_future(s) or (published is not None and later_than(iso, published))
    )
    online = _EGOV_SERVICE.search(s.folded) is not None
    said = "début d'un service en ligne" if online else "début d'un service public"
    label = _other("entrée en vigueur" if in_force else said, "event")
    if (
        system is not None
        and _PUT_IN_PLACE.search(s.folded, max(0, dl - 45), dl)
        and _SYSTEM_AFTER.match(s.folded, s.local(d.end))
    ):
        # `a mis en place, à partir du premier avril 2014, un système de dédouanement
        # automatisé`: a system put in service that day
        local = _LOCAL_SYSTEM.search(s.folded)
        label = _other("mise en service d'un système local", "event") if local else system
    return _event(label, iso, "planned" if ahead else "actual", d.start, d.end, s)


def _nearest_start(d: DateMention, published: str | None) -> str | None:
    """A start told without its year (`à compter du 27 juin`) is the one nearest the article:
    news announces the next start, or reports one just past, never one a year away."""
    from vnextract.recognizers.dates import resolve

    if d.future:
        return resolve(d, published, future=True)  # `le 1er juillet prochain`
    past = resolve(d, published, future=False)
    if d.year is not None or published is None or len(published) < 10 or past is None:
        return past
    ahead = resolve(d, published, future=True)
    if ahead is None or len(past) < 10:
        return past
    day = date.fromisoformat(published)
    return min((past, ahead), key=lambda iso: abs((date.fromisoformat(iso) - day).days))


def _opening_step(s: _Sent, d: DateMention, published: str | None) -> _Draft | None:
    """A date opening a sentence whose verb launches, deploys or extends an e-government
    project (`Le 1er avril 2025, l'hôpital a lancé un projet pilote de dossiers médicaux
    électroniques`, `En juin 2025, ce projet a été étendu`): a step of it, an `other` event."""
    from vnextract.recognizers.dates import resolve

    dl = s.local(d.start)
    lead = _DATELINE_LEAD.match(s.text)
    begin = lead.end() if lead else 0
    before = _STEP_VERB_BEFORE.search(s.folded, max(0, dl - 60), dl)
    if before is not None:
        # `ont déployé le 30 août le projet ... des procédures administratives`; a passive's
        # subject before it (`Ce service via VNeID avait été mis en œuvre à titre expérimental
        # dès la mi-avril 2025`)
        clause = (
            s.folded[: before.start()][-160:]
            if before.group("passive")
            else s.folded[s.local(d.end) :][:160]
        )
        if _CAMPAIGN.search(clause):
            return None  # `a lancé le 3 mars une campagne d'émulation`
        if _PROCEDURES.search(clause) or _PROJECT_THING.search(clause):
            iso = resolve(d, published, future=None)
            if iso is not None:
                ahead = d.future or (published is not None and later_than(iso, published))
                said = s.text[before.start() : before.start("cue")]
                label = _other("étape: " + said.strip(), "event")
                status = "planned" if ahead else "actual"
                return _event(label, iso, status, s.start + before.start(), d.end, s)
        return None
    begun = _BEGUN_BEFORE.search(s.folded, max(0, dl - 120), dl)
    if begun is not None and _is_egov_topic(begun.group(0)):
        # `Le Vietnam a commencé à mettre en œuvre l'administration électronique en 2000`
        iso = resolve(d, published, future=None)
        if iso is None:
            return None
        said = s.text[begun.start() : begun.start("what")].strip()
        return _event(
            _other("étape: " + said, "event"), iso, "actual", s.start + begun.start(), d.end, s
        )
    if (
        dl - begin <= 4
        and d.day is not None
        and _TIMELINE_COLON.match(s.folded, s.local(d.end))
        and _is_egov_topic(s.folded)
    ):
        # `- 1er juillet 2022 : La facturation électronique est devenue obligatoire`: a
        # timeline's line, the day of what it tells
        iso = resolve(d, published, future=None)
        if iso is None:
            return None
        ahead = d.future or (published is not None and later_than(iso, published))
        label = _other("étape d'un calendrier", "event")
        return _event(label, iso, "planned" if ahead else "actual", d.start, d.end, s)
    if dl - begin > 12 or not _OPENING_DATE.match(s.folded, begin, s.local(d.end) + 2):
        return None  # the date must open the sentence (`Le 4 juillet 2025, ...`)
    clause = s.folded[s.local(d.end) :][:160]
    verb = _STEP_VERB.search(clause)
    if verb is None or _CAMPAIGN.search(clause) or not _PROJECT_THING.search(s.folded):
        return None
    iso = resolve(d, published, future=None)
    if iso is None:
        return None
    ahead = d.future or (published is not None and later_than(iso, published))
    label = _other("étape: " + s.text[s.local(d.end) :][verb.start() : verb.end()], "event")
    return _event(label, iso, "planned" if ahead else "actual", d.start, d.end, s)


def _match_text(m: re.Match[str] | None) -> str:
    return m.group(0) if m is not None else ""


#: A project led since a date (`Depuis le 10 octobre 2023, l'arrondissement met en œuvre un
#: projet pilote`, `a continué depuis le 15 avril 2024 à déployer le centre`).
_SINCE_STEP = re.compile(
    r"\b(?:met|mettent|mis|(?<!\bla )(?<!\bune )mises?) en (?:oeuvre|œuvre|place|service)|"
    r"\bdeploi\w*|"
    r"\bdeploye\w*|\bexperiment\w*|"
    r"\bpilote\b|\bprojet pilote\b"
)
#: What was done since a day, counted (`a traité 2 millions de dossiers`, `ont reçu`).
_COUNTED_SINCE = re.compile(
    r"\b(?:a|ont|avait|avaient)\s+(?:\w+\s+){0,2}?(?:trait|recu|enregistr|deliv|accueilli|"
    r"atteint|effectu|fourni|servi|connect|emis|cree|active|install)\w*"
)
_SINCE = re.compile(r"\bdepuis\s+(?:le\s+(?:mois\s+d.\s*)?)?$")
#: The end of a span right after its start (`du 1er octobre 2024 au 30 juin 2025`).
_SPAN_TO = re.compile(
    r"\s*(?:au|jusqu.au|jusqu.a|jusqu.en)\s+(?:la\s+)?(?:fin\s+)?\d|\s*(?:au|jusqu.a)\s+(?:la\s+)?fin\b"
)
#: What is done online from a date on (`peuvent effectuer leurs démarches administratives en
#: ligne`, `les dossiers sont traités en ligne`), with no figure.
_DONE_ONLINE = re.compile(
    r"[^\d.;]{0,40}?\b(?:(?:peuvent|pourront|sont|seront|est|sera)\s+(?:\w+\s+){0,5}?"
    r"(?:effectu|trait|fourni|deliv|soumis|depos|accessibles?|disponibles?)\w*"
    # `il est possible de changer son permis de conduire en ligne`
    r"|il est (?:desormais )?possible de)"
    r"[^\d.;]{0,60}?\ben ligne\b"
)
#: A verb that puts something in place, before the start cue of its date.
_PUT_IN_PLACE = re.compile(
    r"\b(?:mis|mise|mettra|mettront|met|mettent)\s+en\s+(?:place|service|oeuvre|œuvre)\s*,?\s*"
    r"(?:a partir|a compter|des|depuis|le|en)\b"
)
#: A system named right after a date (`..., un système de dédouanement automatisé`).
_SYSTEM_AFTER = re.compile(
    r"\s*,?\s*(?:un|une|le|la|son|sa|leur|les|des)\s+(?:nouve\w+\s+)?"
    r"(?:systeme|plate-?forme|portail|application|base de donnees|logiciel)\b"
)
#: An agency dateline opening a sentence (`Hanoï, 10 juillet (VNA) - `).
_DATELINE_LEAD = re.compile(r"[^()\n]{0,60}\((?:VNA|AVI|CVN|VNS)[^)]{0,20}\)\s*[-–—]\s*")
#: What a project's step does: launched, deployed, extended, put in place (passé composé).
_STEP_VERB = re.compile(
    r"\b(?:a|ont|a ete|ont ete)\s+(?:\w+\s+)?(?:lance|deploye|etendu|generalise|"
    r"mise? en (?:place|oeuvre|œuvre|service))e?s?\b"
)
#: The same verbs right before their date (`ont déployé le 30 août`).
_STEP_VERB_BEFORE = re.compile(
    r"\b(?:a|ont|avait|avaient)\s+(?P<passive>ete\s+)?(?:officiellement\s+)?(?:lance|deploye|"
    r"generalise|mis en (?:place|oeuvre|œuvre))e?s?\s+(?:a titre (?:experimental|pilote)\s+)?"
    r"(?P<cue>(?:le|en|depuis|des|des la|des le)\s+(?:mi-|debut\s+(?:de\s+)?|fin\s+(?:de\s+)?)?)$"
)
#: A step begun, its object, then its year (`a commencé à mettre en œuvre l'administration
#: électronique en 2000`).
_BEGUN_BEFORE = re.compile(
    r"\b(?:a|ont|avait|avaient) commence a (?:mettre en (?:oeuvre|œuvre|place)|deployer|appliquer|"
    r"mettre en service|developper|construire)\b(?P<what>[^,;:()]{0,80}?)\ben\s+$"
)
#: What such a project is made of: a system, a service online, electronic records.
_PROJECT_THING = re.compile(
    r"\b(?:plate-?formes?|systemes?|applications?|logiciels?|portails?|bases? de donnees|"
    r"dossiers? (?:medicaux )?electroniques?|en ligne|numerique|vneid|e-\w+)\b"
)
#: A colon right after a date opening a line: a timeline's entry.
_TIMELINE_COLON = re.compile(r"\s*:\s+\S")
