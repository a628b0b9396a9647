"""Events read from the dates of a sentence: launches, adoptions, deadlines.

A launch cue near a date (`lancé le 9 décembre 2019`) dates the portal or the
system named nearest it; an adoption verb or a numbered document before a date
dates an adoption; an obligation with `au plus tard`, `avant` dates a deadline.
"""

from __future__ import annotations

import re
from datetime import date, timedelta
from functools import cache
from typing import TYPE_CHECKING

from vnextract.facts.cues import (
    _ADMINISTRATION,
    _CAMPAIGN,
    _CEREMONY,
    _DEADLINE_TAIL,
    _ECONOMY,
    _EGOV_SERVICE,
    _EGOV_SYSTEM_TOPIC,
    _HELD,
    _IDENTITY_CARDS,
    _LAUNCH_CLAUSE,
    _LAUNCH_PARTICIPLE,
    _LOCAL_SYSTEM,
    _OPENING_DATE,
    _OPENING_OCCASION,
    _PROCEDURES,
    _SERVICE_CENTRE,
    _SINCE_LAUNCH,
    _SINCE_START_UNTIL,
    _SYSTEM_WORDS,
    _is_egov_topic,
    cues,
    opens_with_place,
    reorganisation_after,
)
from vnextract.facts.dating import _is_dateline
from vnextract.facts.lexicon import Lexicon, Metric, fold
from vnextract.facts.metrics import _other, _whole_words
from vnextract.facts.sentences import (
    _Draft,
    _event,
    _last_match,
    _Sent,
    later_than,
    speaks_of_future,
)
from vnextract.facts.starts import _opening_step, _service_start, _year_starts
from vnextract.resources import load_toml

if TYPE_CHECKING:
    from vnextract.recognizers.dates import DateMention


def _events_of_sentence(
    s: _Sent,
    published: str | None,
    lexicon: Lexicon,
    facts: list[_Draft],
    prev: _Sent | None = None,
    about: str = "",
) -> list[_Draft]:
    """The events of one sentence; `about` is the folded text of the page's heading and lead.

    Each kind is read in turn, and a date one takes (`used_dates`, by id) dates no other.
    """
    out: list[_Draft] = []
    issued = _just_issued(s, published)
    if issued is not None:
        out.append(issued)
    told = _launch_told(s, published, lexicon)
    if told is not None:
        out.append(told)
    if not s.dates and _WEEKDAY_AFTER.search(s.folded) is None:
        return out  # every other event is read from a date (or a weekday) of the sentence
    used_dates: set[int] = set()
    out += _dated_launches(s, published, lexicon, prev, about, used_dates)
    out += _adoptions(s, published, prev, used_dates, out)
    out += _service_starts(s, published, lexicon, prev, used_dates)
    out += _deadlines(s, published, lexicon, facts, used_dates)
    return out


def _dated_launches(
    s: _Sent,
    published: str | None,
    lexicon: Lexicon,
    prev: _Sent | None,
    about: str,
    used_dates: set[int],
) -> list[_Draft]:
    """Launches dated by a date near their verb or noun, or by a weekday told right after it."""
    from vnextract.recognizers.dates import load_lexicon, resolve, tells_future

    out: list[_Draft] = []
    c = cues()
    portal = lexicon.metrics.get("portal_launch")
    system = lexicon.metrics.get("system_launch")
    opening = _lead_in_end(s)  # where the sentence's own words start, after a dateline
    for tm in c.launch.finditer(s.folded):
        if _QUOTE_SAID.search(s.folded, max(0, tm.start() - 10), tm.start()):
            continue  # `« ... », a lancé M. Hung`: a verb of saying after a quotation
        if reorganisation_after(s.folded, tm.end()):
            # `l'entrée en fonctionnement de l'administration locale à deux niveaux`: the
            # administration reorganised starts, no system (one put into service with it is
            # still one: `mis en service le 1er juillet, avec l'administration ...`)
            continue
        date = _date_near(s, tm.start(), tm.end())
        on_weekday = None
        if date is None:
            # `a inauguré mardi après-midi la plate-forme`: the weekday before the dispatch
            on_weekday = _weekday_day(s, tm.end(), published)
            if on_weekday is None:
                continue
        elif id(date) in used_dates:
            continue
        elif _SINCE_START_UNTIL.search(
            s.folded, max(0, s.local(date.start) - 70), s.local(date.start)
        ):
            # `De sa mise en service à fin février 2025, la plateforme a acheminé`: the end of
            # a span counted since the launch, not its day
            continue
        near_date = s.local(date.start) if date is not None else tm.end()
        if c.numbered_doc.search(s.folded[max(0, near_date - _NUMBER_REACH) : near_date]):
            # `Lancé en vertu de la décision n°06/QD-TTg du 6 janvier 2022`: the decision's date
            continue
        if _CEREMONY.search(s.folded[max(0, tm.start() - 30) : tm.end() + 30]):
            # `la cérémonie d'ouverture à la signature de la Convention`: not a system
            continue
        if _OPEN_AS_ADJECTIVE.search(s.folded, max(0, tm.start() - 20), tm.end()):
            continue  # `les données ouvertes`, `le code source ouvert`: open, nothing opened
        metric = _launched_thing(s, tm.start(), portal, system)
        from_about = False
        if prev is not None and _PARTICIPLE_THEN_PRONOUN.match(s.folded, opening):
            # `Lancé le 9 décembre 2019 avec 8 services, il en propose 4.400`: `il` is the thing
            # the sentence before named
            metric = _launched_thing(prev, 0, portal, system) or metric
        elif (
            metric is None
            and prev is not None
            and (
                _DEMONSTRATIVE_SUBJECT.search(s.folded, max(0, tm.start() - 60), tm.start())
                # `Il comptait ... depuis son inauguration, le 9 décembre 2019`: the launch of
                # the sentence's subject, a pronoun for what the sentence before named
                or (
                    _PRONOUN_OPENS.match(s.folded, opening) is not None
                    and s.folded.endswith(("son ", "sa "), 0, tm.start())
                )
            )
        ):
            # `En janvier 2019, cet « axe » a été mis en service`: the thing named before
            metric = _launched_thing(prev, 0, portal, system)
            if (
                metric is None
                and system is not None
                and _DEMONSTRATIVE_SUBJECT.search(s.folded, max(0, tm.start() - 60), tm.start())
                and c.launch.search(about)
                and (_is_egov_topic(about) or _ADMINISTRATION.search(about))
            ):
                # (or the thing whose launch the page's heading and lead tell: `Lancement de
                # l'axe national des documents administratifs`)
                metric = system
                from_about = True
        topic = s.folded + " " + (prev.folded if prev is not None else "")
        if from_about:
            topic += " " + about
        if metric is None and system is not None and _SYSTEM_WORDS.search(s.folded):
            # `Lancé le 21 juin 2019, l'e-Cabinet ...`: a named e-government system
            metric = system
        if metric is system and (
            _SERVICE_LAUNCHED.match(s.folded, tm.end())
            or _SERVICE_SUBJECT.search(s.folded, max(0, tm.start() - 120), tm.start())
        ):
            # `depuis le lancement du service en janvier 2024`, `Le service de délivrance en
            # ligne ... a été lancé le 1er janvier`: a public service begun on a system, not a
            # national system (FACTS.md 4)
            metric = _other("début d'un service en ligne", "event")
        if metric is system and (
            _PLAN_LAUNCHED.match(s.folded, tm.end())
            or _PARTICIPLE_THEN_PLAN.match(s.folded, opening)
        ):
            # `Hanoï a lancé un projet de ville intelligente`, `Lancé en janvier 2022, le Projet
            # 06 a permis ...`: a plan or a campaign launched is a step, no system put in service
            # (`le projet de base de données` is one)
            metric = _other("lancement d'un projet", "event")
        if metric is not None:
            metric = _localized(metric, s, portal, system, opening)
        centre = _SERVICE_CENTRE.search(s.folded, max(0, tm.start() - 140), tm.end() + 60)
        if centre is not None and metric is not portal:
            # `Le siège du centre d'administration publique de la province a été inauguré le
            # 3 septembre`: a public service centre's opening, no national system
            metric = _other("ouverture: " + s.text[centre.start() : centre.end()], "event")
        elif metric is system and not _EGOV_SYSTEM_TOPIC.search(topic):
            # `un réseau de 1 873 caméras IA sera mis en service`: not e-government
            if (
                date is None
                or not _LAUNCHED_ON.match(s.folded, tm.end(), s.local(date.start))
                or c.planned.search(s.folded, max(0, tm.start() - 60), tm.end())
            ):
                continue
            # (but a participle dated right after it and told as done, `Mis en service depuis
            # 2014, ce modèle`, dates what the page is about: the rule below decides from the
            # page's topic)
            metric = None
        if (
            metric is None
            and tm.group(0).startswith("lanc")
            and _EGOV_DOMAIN.search(s.folded, max(0, tm.start() - 100), tm.end() + 90)
        ):
            # `Le Vietnam s'est lancé dans la mise en place de l'e-gouvernance en 2000`, `a lancé
            # une série d'actions pour accélérer l'e-gouvernance`: a step, no system
            metric = _other("lancement d'une démarche", "event")
        if metric is None and _launches_procedures(s, tm.end()):
            # `ont lancé le 15 août un traitement expérimental de procédures administratives
            # dans des bureaux de poste`: a public service started, no system named
            metric = _other("lancement d'un service public", "event")
        if (
            metric is None
            and system is not None
            and date is not None
            and _LAUNCHED_ON.match(s.folded, tm.end(), s.local(date.start))
            and any(_is_egov_topic(t) or _ADMINISTRATION.search(t) for t in (topic, about))
            and not _CAMPAIGN.search(s.folded, tm.end(), tm.end() + 120)
        ):
            # `le projet de connexion « guichet national unique » a été lancé en 2015`, `Mis en
            # service depuis 2014, ce modèle ...`: the participle dates what the sentence is about
            # (told of `le guichet` on a page whose heading or lead says which: the page's topic)
            local = _LOCAL_SYSTEM.search(topic)
            metric = _other("mise en service d'un système local", "event") if local else system
        if metric is None:
            continue
        # (told as ahead around its verb: `sera lancé`, `mettra en service`, `prochain`)
        around_verb = _whole_words(s.folded, max(0, tm.start() - 60), tm.end() + 10)
        status = (
            "planned"
            if c.planned.search(around_verb) or tells_future(around_verb, load_lexicon())
            else "actual"
        )
        if date is None:
            assert on_weekday is not None
            weekday = _WEEKDAY_AFTER.match(s.folded, tm.end())
            end = s.start + (weekday.end() if weekday else tm.end())
            draft = _event(metric, on_weekday, status, s.start + tm.start(), end, s)
            draft.fact["date_source"] = "published"
            out.append(draft)
            continue
        iso = resolve(date, published, future=True if status == "planned" else None)
        if iso is None:
            continue
        if status == "actual" and published and later_than(iso, published):
            # (`le mois prochain` in a March dispatch: April, ahead)
            status = "planned"
        used_dates.add(id(date))
        start = min(s.start + tm.start(), date.start)
        end = max(s.start + tm.end(), date.end)
        if end - start > 70:
            start, end = date.start, date.end
        out.append(_event(metric, iso, status, start, end, s))
    return out


def _adoptions(
    s: _Sent,
    published: str | None,
    prev: _Sent | None,
    used_dates: set[int],
    earlier: list[_Draft],
) -> list[_Draft]:
    """Documents adopted, signed or coming into force on a date of the sentence, or on a weekday
    told right after the verb; `earlier`: the sentence's events read before."""
    from vnextract.recognizers.dates import resolve

    out: list[_Draft] = []
    c = cues()
    # a document adopted is an e-government fact only in a sentence about it (not a dispatch
    # on floods in the same wire)
    around = s.folded + " " + (prev.folded if prev is not None else "")
    adoption_topic = (
        _is_egov_topic(around)
        or bool(_ADMINISTRATION.search(around))
        or bool(_IDENTITY_CARDS.search(around))
    )
    # (or a law or a decree the National Assembly or the government adopted on a day: the
    # article tells of it, whatever it is on)
    national = _NATIONAL_ADOPTION.search(s.folded) is not None
    for d in s.dates:
        if id(d) in used_dates or d.kind != "date" or _is_dateline(s, d):
            continue
        if not adoption_topic and not (national and d.day is not None):
            continue
        dl = s.local(d.start)
        left = s.folded[max(0, dl - 100) : dl]
        near = s.folded[max(0, dl - _DOC_REACH) : s.local(d.end) + 120]
        after = _adopted_after(s, d, published)
        if after is not None:
            out.append(after)
            used_dates.add(id(d))
            continue
        # a bare year dates a document only right after its number (`Décret n° 107 de 2021`)
        # or its verb; a law's name with its year (`la loi de 2014 sur l'identification`) is
        # a name, no stated adoption
        numbered = c.numbered_doc.search(s.folded[max(0, dl - _NUMBER_REACH) : dl])
        if numbered is not None and _NOT_INSTRUMENT.search(
            s.folded, max(0, dl - _NUMBER_REACH - 12), max(0, dl - _NUMBER_REACH) + numbered.start()
        ):
            # `le rapport n° 666 du 24 octobre 2023`: a report numbered, no policy adopted
            numbered = None
        if (
            d.month is None
            and d.offset_months is None
            and not numbered
            and not c.verb_before_year.search(left)
        ):
            continue
        # `la résolution 09-NQ/TU du Comité provincial (du 5 février 2022)`
        in_parens = d.month is not None and c.dated_in_parens.search(left[-20:])
        # `selon le décret du 15 avril`: a document named with its day
        # (`la loi sur les transactions électroniques du 29 novembre 2005`: with what it is on)
        named = _last_match(c.documents, left)
        dated_doc = (
            d.day is not None
            and named is not None
            and _DATED_AFTER_DOC.fullmatch(left[named.end() :]) is not None
        )
        if not (c.adoption_verbs.search(left) or numbered or in_parens or dated_doc):
            continue
        verb = _last_match(c.adoption_verbs, left)
        if (
            verb is not None
            and not numbered
            and _NOT_INSTRUMENT.search(left, max(0, verb.start() - 20), verb.start())
        ):
            # `selon un rapport publié le mois dernier par le comité ... du Projet 06`: a report
            # put out, no policy adopted
            continue
        doc_m = c.documents.search(near)
        if in_parens and not numbered:
            # the document is named before the parentheses, in the same clause
            clause = re.split(r"[;]", s.folded[max(0, dl - 160) : dl])[-1][-130:]
            doc_m = _last_match(c.documents, clause)
            near = clause
        if doc_m is None and numbered and _DOC_CODE.search(numbered.group(0)):
            # a Vietnamese document code names a document by itself (`n° 187/CD-TTg du`)
            doc_m = _DOC_CODE.search(near)
        far_doc = None
        doc_text = None
        vm_near = c.adoption_verbs.search(left)
        if doc_m is None and vm_near is not None:
            # `la Stratégie de développement ... pour la période 2021-2025, avec vision à
            # l'horizon 2030, approuvée par le Premier ministre le 15 juin 2021`: the document
            # the participle goes back to, told long before it
            reach = max(0, dl - _FAR_DOC_REACH)
            far_doc = _last_match(c.documents, s.folded[reach : dl - len(left) + vm_near.start()])
            if far_doc is None:
                # `Ce texte, qui entrera en vigueur le 21 juin`: the document named before
                doc_text = _document_told_before(s, prev, dl - len(left) + vm_near.start())
                if doc_text is None:
                    continue
            else:
                near = s.folded[reach:dl]
                doc_m = far_doc
        if doc_m is None and doc_text is None:
            continue
        # (`Le décret, signé le 17 avril, entrera en vigueur le 1er juillet prochain`: a date
        # right after a participle of adoption is past, whatever the sentence goes on to)
        iso = resolve(
            d, published, future=False if _ADOPTED_ON.search(left[-30:]) is not None else None
        )
        if iso is None:
            continue
        used_dates.add(id(d))
        vm = c.adoption_verbs.search(left)
        start = s.start + dl - len(left) + vm.start() if vm else s.start + dl
        if numbered and not vm:
            start = max(s.start + dl - _NUMBER_REACH + numbered.start(), s.start + dl - len(left))
        if doc_text is None:
            assert doc_m is not None
            base = (
                dl - len(near)
                if (in_parens and not numbered) or far_doc
                else max(0, dl - _DOC_REACH)
            )
            doc_text = s.text[base + doc_m.start() : base + doc_m.end()]
        adoption = _other(f"adoption: {doc_text.strip()}", "event")
        # `entre en vigueur le 1er juillet 2024` in a March 2024 dispatch: not yet
        ahead = published is not None and later_than(iso, published)
        out.append(_event(adoption, iso, "planned" if ahead else "actual", start, d.end, s))
    if adoption_topic and not any(
        e.fact["label"].startswith("adoption:") for e in [*earlier, *out]
    ):
        weekday_adoption = _adopted_on_weekday(s, published)
        if weekday_adoption is not None:
            out.append(weekday_adoption)
    return out


def _service_starts(
    s: _Sent,
    published: str | None,
    lexicon: Lexicon,
    prev: _Sent | None,
    used_dates: set[int],
) -> list[_Draft]:
    """Services and steps started on a date of the sentence."""
    out: list[_Draft] = []
    system = lexicon.metrics.get("system_launch")
    for d in s.dates:
        if id(d) in used_dates or d.kind != "date" or _is_dateline(s, d):
            continue
        if d.month is None and not _year_starts(s, d):
            continue
        begins = _service_start(s, d, published, system, prev) or _opening_step(s, d, published)
        if begins is not None:
            used_dates.add(id(d))
            out.append(begins)
    return out


def _deadlines(
    s: _Sent,
    published: str | None,
    lexicon: Lexicon,
    facts: list[_Draft],
    used_dates: set[int],
) -> list[_Draft]:
    """Deadlines: what must be done by a date of the sentence, and deadlines named as such."""
    from vnextract.recognizers.dates import resolve

    out: list[_Draft] = []
    c = cues()
    deadline = lexicon.metrics.get("deadline")
    fact_dates = {d.fact["date"] for d in facts}
    # an obligation, or a completion told in the future (`sera achevé au plus tard le 30 juin`)
    # (`au plus tard` is one of itself: `faire du portail le point d'entrée unique ..., au plus
    # tard le 30 juin 2025`)
    obliged = (
        c.obligation.search(s.folded)
        or _AT_THE_LATEST.search(s.folded)
        or (
            speaks_of_future(s)
            and (
                _COMPLETED.search(s.folded) is not None
                # `D'ici 2015, le Vietnam perfectionnera ses infrastructures ...`: what is planned
                # by a date, with no figure to make it a target (`fournira tous les services en
                # ligne d'ici 2030` is one: all of them)
                or (
                    all(q.kind == "ordinal" for q in s.quantities)
                    and _ALL_OF.search(s.folded) is None
                )
            )
        )
    )
    # a deadline named as such (`La date limite de dépôt des dossiers est le 15 avril`, `Le
    # délai de mise en œuvre est fixé au 31 décembre`, `l'échéance de fin 2025`)
    named = c.deadline_named.search(s.folded)
    if deadline is not None and named is not None and not _ECONOMY.search(s.folded):
        for d in s.dates:
            if id(d) in used_dates or d.kind != "date" or _is_dateline(s, d):
                continue
            if d.start < s.start + named.end() or not _DEADLINE_IS.search(
                s.folded, named.end(), s.local(d.start)
            ):
                continue
            iso = resolve(d, published, future=True)
            if iso is not None and iso not in fact_dates:
                used_dates.add(id(d))
                out.append(_event(deadline, iso, "planned", s.start + named.start(), d.end, s))
    if deadline is not None and obliged:
        for d in s.dates:
            if id(d) in used_dates or d.kind != "date" or _is_dateline(s, d):
                continue
            # (the economy in the deadline's own clause: not `..., et que les priorités de
            # l'année seront la formation des fonctionnaires` told after it)
            ends = [
                m.start()
                for m in (
                    _THAT_CLAUSE.search(s.folded, s.local(d.end)),
                    c.strong_break.search(s.folded, s.local(d.end)),
                )
                if m is not None
            ]
            if _ECONOMY.search(s.folded, 0, min(ends, default=len(s.folded))):
                continue
            left = s.folded[max(0, s.local(d.start) - _CUE_REACH) : s.local(d.start)]
            cm = _last_match(c.deadline, left)
            # the cue governs the date (`au plus tard en juillet 2021`), and an objective's
            # horizon (`atteindre 80 % d'ici 2025`) is the target's date, not a deadline
            opening_completion = (
                s.local(d.start) < 40
                and _OPENING_DATE.match(s.folded, max(0, s.local(d.start) - 4), s.local(d.end) + 2)
                and _COMPLETES.search(s.folded, s.local(d.end), s.local(d.end) + 60)
            )
            if opening_completion:
                # `En 2023, Bac Giang achèvera le partage des données`
                iso = resolve(d, published, future=True)
                if iso is not None and iso not in fact_dates:
                    out.append(_event(deadline, iso, "planned", d.start, d.end, s))
                continue
            if cm is None or not _DEADLINE_TAIL.fullmatch(left[cm.end() :]):
                completion = _COMPLETE_BY.search(s.folded, 0, s.local(d.start))
                if completion is None:
                    continue
                # `vise à achever le développement du gouvernement électronique en 2021`
                start = s.start + completion.start()
                iso = resolve(d, published, future=True)
                if iso is not None and iso not in fact_dates:
                    out.append(_event(deadline, iso, "planned", start, d.end, s))
                continue
            iso = resolve(d, published, future=True)
            if iso is None or iso in fact_dates:
                continue
            start = s.start + max(0, s.local(d.start) - _CUE_REACH) + cm.start()
            out.append(_event(deadline, iso, "planned", start, d.end, s))
    return out


#: A document named by a word that stands for one told before (`Ce texte, qui entrera en vigueur`).
_THIS_DOCUMENT = re.compile(
    r"\b(?:ce|ces) (?:textes?|documents?)\b|^\s*(?:le|ce) (?:texte|nouveau texte)\b"
)


def _document_told_before(s: _Sent, prev: _Sent | None, upto: int) -> str | None:
    """The document `ce texte` stands for, before `upto` in `s`: the last one `prev` names."""
    if prev is None or _THIS_DOCUMENT.search(s.folded, 0, upto) is None:
        return None
    named = _last_match(cues().documents, prev.folded)
    return prev.text[named.start() : named.end()] if named is not None else None


#: A clause of its own joined after a comma (`, et que`, `, qu'`); the others begin at
#: data/cues.toml `strong_break` (`tandis que`, `;`).
_THAT_CLAUSE = re.compile(r",\s*(?:et\s+)?qu(?:e\b|.)")


#: How far before its date a deadline's cue is read (`au plus tard à la fin du mois de mai`).
_CUE_REACH = 40
#: A limit of time that makes a clause an obligation (`au plus tard le 30 juin 2025`).
_AT_THE_LATEST = re.compile(r"\bau plus tard\b")
#: A deadline named by its noun (`la date limite`, `le délai`, `l'échéance`).
#: Between a deadline's noun and its date: what it is for, then `est (fixé) au` or `de`.
_DEADLINE_IS = re.compile(
    r"(?:[^.;]{0,80}?\b(?:est|sera|etait|a ete)\s+(?:fixee?s?\s+)?(?:au|le|a|en|pour|a la fin de)"
    r"|\s+(?:de|du|fixee? au|fixee? a)(?:\s+(?:la\s+)?fin(?:\s+(?:de|du))?)?)\s*$"
)


def _just_issued(s: _Sent, published: str | None) -> _Draft | None:
    """A document the sentence says was just signed or issued, told with no day of its own (`Le
    Premier ministre vient de signer la directive n° 07 sur ...`): adopted on the article's
    day, an `other` event dated by the publication (FACTS.md 6.3)."""
    if published is None or any(
        d.kind == "date" and d.month is not None and not _is_dateline(s, d) for d in s.dates
    ):
        return None
    m = _just_issued_cues().search(s.folded)
    if m is None:
        return None
    doc = cues().documents.search(s.folded, m.end(), m.end() + 80)
    if doc is None or not (_is_egov_topic(s.folded) or _ADMINISTRATION.search(s.folded)):
        return None
    adoption = _other(f"adoption: {s.text[doc.start() : doc.end()].strip()}", "event")
    draft = _event(adoption, published, "actual", s.start + m.start(), s.start + doc.end(), s)
    draft.fact["date_source"] = "published"
    return draft


def _launch_told(s: _Sent, published: str | None, lexicon: Lexicon) -> _Draft | None:
    """A launch the sentence tells as done, with no date of its own (`la cérémonie marquant la
    mise en service officielle du projet de base de données`, `un centre de données a été
    inauguré`): the article's news, dated by the publication (FACTS.md 7b)."""
    if published is None or any(d.kind == "date" and not _is_dateline(s, d) for d in s.dates):
        return None
    c = cues()
    m = c.launch_news.search(s.folded) or c.launch_today.search(s.folded)
    if (
        m is None
        or c.not_news.search(s.folded, max(0, m.start() - 40), m.start())
        or _QUOTE_SAID.search(s.folded, max(0, m.start() - 10), m.start())
    ):
        return None
    # (`Le ministère a inauguré ce matin le centre national de données`: the verb told as
    # today's is the launch)
    active = m.group("active") is not None
    start, end = m.span("active") if active else m.span()
    # what is launched: the passive's subject before it, or what the ceremony or the verb
    # launches after it
    # (or after it when the passive is inverted: `C'est au cours de la réunion qu'a été mis en
    # service le système de suivi`)
    inverted = _INVERTED.search(s.folded, max(0, start - 4), start) is not None
    thing = (
        _SYSTEM_WORDS.search(s.folded, end, end + 120)
        if active or inverted or m.group(0).startswith("ceremonie")
        else _last_match(_SYSTEM_WORDS, s.folded[max(0, start - 120) : start])
    )
    if thing is None:
        return None  # `De nombreuses solutions ont été lancées`: no system named
    portal, system = lexicon.metrics.get("portal_launch"), lexicon.metrics.get("system_launch")
    metric = _launched_thing(s, start, portal, system)
    if metric is None or not _EGOV_SYSTEM_TOPIC.search(s.folded):
        return None
    metric = _localized(metric, s, portal, system, _lead_in_end(s))
    draft = _event(metric, published, "actual", s.start + start, s.start + end, s)
    draft.fact["date_source"] = "published"
    return draft


def _localized(
    metric: Metric, s: _Sent, portal: Metric | None, system: Metric | None, opening: int
) -> Metric:
    """A national launch made local when the sentence tells a province's or a city's (FACTS.md
    4: `portal_launch` and `system_launch` are national): named so (`le portail de services
    publics de la province`, `au Centre provincial`), or a province or city the sentence's own
    words open on as the subject (`Hô Chi Minh-Ville a lancé le 3 de ce mois son application`)."""
    if metric is not portal and metric is not system:
        return metric
    local = (_LOCAL_PORTAL if metric is portal else _LOCAL_SYSTEM).search(
        s.folded
    ) is not None or opens_with_place(s.folded, opening)
    if not local:
        return metric
    if metric is portal:
        return _other("ouverture d'un portail local", "event")
    return _other("mise en service d'un système local", "event")


#: `qu'` right before a passive: its subject follows it (`qu'a été mis en service le système`).
_INVERTED = re.compile(r"\bqu.\s*$")


@cache
def _just_issued_cues() -> re.Pattern[str]:
    """`vient de signer`, `vient de promulguer` (data/published.toml), folded."""
    words = load_toml("published.toml")["just_issued"]
    return re.compile("|".join(r"\b" + re.escape(fold(w)) for w in words))


def _launches_procedures(s: _Sent, after: int) -> bool:
    """Whether what a launch verb launches is a public service or procedures (`lancé le 15 août
    un traitement expérimental de procédures administratives`), named within its clause."""
    told = s.folded[after : after + 160]
    # (past a date set between commas: `prévoit de lancer, le 1er janvier 2025, le
    # renouvellement du permis de conduire en ligne`)
    aside = _ASIDE.match(told)
    clause = re.split(r"[,;:]", told[aside.end() if aside else 0 :][:120], maxsplit=1)[0]
    if _CAMPAIGN.search(clause):
        return False  # `a lancé un mouvement d'émulation sur la réforme administrative`
    if _SHARE_LAUNCHED.match(clause):
        return False  # `la mise en ligne de 100 % des procédures d'ici la fin de l'année`: a share
    return bool(_PROCEDURES.search(clause) or _EGOV_SERVICE.search(clause))


#: A short phrase set between commas right after a verb (`, le 1er janvier 2025,`).
_ASIDE = re.compile(r"\w*\s*,[^,;:]{0,30},")
#: A share of what is put online, told right after the launch's noun (`de 100 % des`).
_SHARE_LAUNCHED = re.compile(r"\s*(?:de|d.)\s*(?:au moins\s+|pres de\s+|plus de\s+)?\d[\d,.]*\s*%")


#: How far before its date of adoption a document may be named (the subject of a passive
#: `... a été approuvé par le gouvernement, en septembre dernier`).
#: The National Assembly or the government adopting a law or a decree (`l'Assemblée nationale a
#: adopté la loi`, `le gouvernement a promulgué le décret n° 70`).
_NATIONAL_ADOPTION = re.compile(
    r"\b(?:assemblee nationale|gouvernement|premier ministre)\b[^.;]{0,60}?\b(?:a|ont)\s+"
    r"(?:\w+\s+)?(?:adopte|promulgue|vote|signe|publie)e?s?\s+(?:la|le|les|une?)\s+"
    r"(?:projets? de\s+)?(?:loi|decret|resolution|decision)s?\b"
)

_DOC_REACH = 170
#: How far back a participle of adoption may name its document (a title with its period and
#: vision, then `approuvée par le Premier ministre le ...`).
_FAR_DOC_REACH = 320

#: How far before its date a document's number may be (`n° 446 du Premier ministre du`).
_NUMBER_REACH = 90


#: Between a document and its day: `le décret du 15 avril`, `la décision en date du 2 mars`.
_DATED_AFTER_DOC = re.compile(
    r"\s+(?:(?:sur|relative? (?:a|aux|au)|portant sur)\s+[^,;.()]{0,50}?\s+)?"
    r"(?:du|en date du|datee? du)\s*"
)

#: What is numbered without being a policy instrument (`le rapport n° 666`, `l'article 12`).
_NOT_INSTRUMENT = re.compile(r"\b(?:rapports?|articles?|chapitres?|annexes?|dossiers?)\s+$")
#: A Vietnamese document code (`187/CD-TTg`, `05-NQ/TU`, `2836/QĐ-TTg`), folded.
_DOC_CODE = re.compile(r"\b\d+[\w.]*(?:/[a-z\u0111]+)?[-/](?:[a-z\u0111]+)(?:[-/][a-z\u0111]+)*\b")

#: Completing something by a year, the year in the same clause (`vise à achever le
#: développement du gouvernement électronique en 2021`).
_COMPLETE_BY = re.compile(
    r"\b(?:achever|finaliser|terminer|completer|parachever|boucler|accomplir)\b[^,;:()]{0,90}?\ben\s+$"
)

#: A portal of a province or a city (`le portail de services publics de la province`).
#: A quotation closed right before a verb (`« ... », a lancé`): the verb says, it launches nothing.
_QUOTE_SAID = re.compile(r"[»\"”]\s*,\s*(?:a\s+|ont\s+)?$")
_LOCAL_PORTAL = re.compile(
    r"\bportail\b(?! national)[^,.;]{0,40}?\b(?:de la province|provincial|de la ville|municipal|"
    r"du district|de l.arrondissement|de la commune)\b"
    # (or at a province's address: `dichvucong.thuathienhue.gov.vn`, not `dichvucong.gov.vn`)
    r"|\bportail\b(?! national)[^;]{0,80}?\bdichvucong\.(?!gov\.)[a-z]+\.gov\.vn"
    # (or a local authority's own: `Le Comité populaire de la ville a inauguré hier son portail`)
    r"|\b(?:comite populaire|province|ville)\b[^.;]{0,80}?\b(?:son|leur) (?:nouveau |propre )?"
    r"portail\b"
)

#: Between a launch's participle and its date: an adverb at most (`lancé en 2022`, `mis en
#: service officiellement depuis`), and a trial's manner (`lancé à titre pilote le 1er juillet`).
_LAUNCHED_ON = re.compile(
    r"\w*\s+(?:(?:officiellement|deja|effectivement|formellement|progressivement)\s+)?"
    r"(?:a titre (?:pilote|experimental|d.essai)\s+)?"
    r"(?:en|depuis|le|au|des|a partir d[eu])\s+$"
)


#: A completion in the future after an opening date (`En 2023, la province achèvera ...`).
_COMPLETES = re.compile(
    r"\b(?:achevera|acheveront|terminera|termineront|finalisera|finaliseront|completera|"
    r"completeront|sera achevee?s?|seront achevee?s?|"
    r"(?:devront|devra|doivent|doit) (?:achever|terminer|finaliser|completer))\b"
)

#: Something completed or made to work (`sera achevé`, `sera opérationnel`).
_COMPLETED = re.compile(r"\b(?:achev|termin|finalis|complet|operationnel|mis en service)\w*")

#: The auxiliary of a passive (`ce projet a été approuvé`).
_PASSIVE_ADOPTED = re.compile(r"\b(?:a|ont|avait|avaient) ete\b")
#: `ouvert` as an adjective of what is open by nature, not opened (`données ouvertes`).
_OPEN_AS_ADJECTIVE = re.compile(
    r"\b(?:donnees|source|sources|code|architecture|standards?|formats?|normes?|innovation)\s+"
    r"ouverte?s?$"
)
#: E-government as a domain, not a system (`l'e-gouvernance`, `la transformation numérique`).
_EGOV_DOMAIN = re.compile(
    r"\be-gouvern\w*|\bgouvern\w* (?:electronique|numerique)|\badministration (?:electronique|"
    r"numerique)|\btransformation numerique\b"
)
#: A universal quantifier: `tous les services` is a target of all of them.
_ALL_OF = re.compile(r"\b(?:tous|toutes) (?:les|leurs|ses|ces)\b")


def _weekday_day(s: _Sent, at: int, published: str | None) -> str | None:
    """The day of a weekday told right after a launch (`a inauguré mardi`): the latest such
    weekday not after the dispatch's day (`hier`: the day before it), or the dispatch's month
    when only that is known."""
    m = _WEEKDAY_AFTER.match(s.folded, at)
    if m is None or published is None or len(published) < 7:
        return None
    if len(published) == 7:
        return published
    day = date.fromisoformat(published)
    if m.group(1) == "hier":
        return (day - timedelta(days=1)).isoformat()
    back = (day.weekday() - _WEEKDAYS.index(m.group(1))) % 7
    return (day - timedelta(days=back)).isoformat()


#: A participle of adoption right before its date (`signé le`, `adoptée le`, `promulgué en`).
_ADOPTED_ON = re.compile(
    r"\b(?:sign|adopt|approuv|promulgu|ratifi|vot)(?:e|ee|es|ees)\s+(?:le|en|au mois d.)?\s*$"
)


def _adopted_on_weekday(s: _Sent, published: str | None) -> _Draft | None:
    """A document adopted on a weekday told right after the verb (`Le Comité populaire a approuvé
    mardi le plan de transformation numérique de la ville`): dated like a launch on a weekday,
    from the dispatch's day."""
    c = cues()
    for vm in c.adoption_done.finditer(s.folded):
        day = _weekday_day(s, vm.end(), published)
        weekday = _WEEKDAY_AFTER.match(s.folded, vm.end())
        if day is None or weekday is None:
            continue
        doc_m = c.documents.search(s.folded, weekday.end(), weekday.end() + 60)
        if doc_m is None:
            continue
        adoption = _other(f"adoption: {s.text[doc_m.start() : doc_m.end()].strip()}", "event")
        draft = _event(adoption, day, "actual", s.start + vm.start(), s.start + weekday.end(), s)
        draft.fact["date_source"] = "published"
        return draft
    return None


#: An aside opened by a present participle between a subject and its verb (`, reposant sur le
#: Centre national de données, sera`).
_ASIDE_BEFORE_VERB = re.compile(r",\s*\w+ant\b[^,;.]{0,100},\s*(?:\w+\s+){0,2}$")

_WEEKDAYS = ("lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche")
#: A weekday, or `hier`, right after a launch's verb (`a inauguré mardi après-midi`, `a inauguré
#: hier son portail`).
_WEEKDAY_AFTER = re.compile(
    r"\w*\s+(?:\w+\s+)?(lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|hier)\b"
)


def _adopted_after(s: _Sent, d: DateMention, published: str | None) -> _Draft | None:
    """A date told before who adopted which document: `Le 11 juillet 2024, le Conseil populaire
    provincial a adopté une résolution ...` is the resolution's adoption."""
    from vnextract.recognizers.dates import resolve

    c = cues()
    end = s.local(d.end)
    verb = c.adopted_after.match(s.folded, end, end + 150)
    if verb is None:
        return None
    doc = c.documents.match(s.folded, verb.end())
    passive = _PASSIVE_ADOPTED.search(s.folded, end, verb.end())
    if doc is None and passive is not None:
        # `En août 2024, ce projet a été approuvé par la Cour suprême`: its subject, before
        doc = c.documents.search(s.folded, end, passive.start())
    if doc is None:
        return None
    iso = resolve(d, published, future=None)
    if iso is None:
        return None
    doc_text = s.text[doc.start() : doc.end()]
    adoption = _other(f"adoption: {doc_text.strip()}", "event")
    return _event(adoption, iso, "actual", d.start, s.start + doc.end(), s)


def _date_near(s: _Sent, lo: int, hi: int) -> DateMention | None:
    """The date of a launch: the nearest date after the trigger, else just before it.

    After `après son lancement`, `depuis son lancement`, only a date that follows can be
    the launch's: one told before dates something else (`en octobre 2022, trois mois
    après son lancement`).
    """
    best = None
    c = cues()
    reference = bool(_SINCE_LAUNCH.search(s.folded[max(0, lo - 25) : lo]))
    first = next((d for d in s.dates if not _is_dateline(s, d)), None)
    for d in s.dates:
        if d.kind != "date" or (d.cue or "").startswith("jusqu") or _is_dateline(s, d):
            continue
        dl = s.local(d.start)
        if dl >= hi:
            dist = dl - hi
            # `la cérémonie d'inauguration de la plateforme ... s'est tenue le 2 avril`
            reach = 130 if _HELD.search(s.folded, hi, dl) else 80
        elif s.local(d.end) <= lo and not reference:
            dist = (lo - s.local(d.end)) * 2
            # `Le 18 août, à Hoa Lac, le Premier ministre a assisté à l'inauguration ...`: a
            # date opening the sentence dates what the sentence tells
            # (the sentence's first date: not `Pour 2024, ... préparer l'entrée en vigueur,
            # le 1er juillet 2024, de la loi ..., et de mettre en service`), or opening the
            # occasion it tells (`Lors d'une conférence tenue samedi 2 mars à Cao Lanh, ...`)
            occasion = _OPENING_OCCASION.match(s.folded, _lead_in_end(s))
            opens = d is first and (
                _OPENING_DATE.match(s.folded, _lead_in_end(s), s.local(d.end) + 2)
                or (occasion is not None and occasion.end() > s.local(d.end))
            )
            reach = 400 if opens else 80
        else:
            continue
        if dist > reach:
            continue
        between = s.folded[min(hi, dl) : max(lo, dl)]
        if re.search(r"[;]|\bjusqu", between):
            continue
        if dl >= hi and dl - hi <= 80 and _BEFORE_BOUND.search(between):
            # `d'achever la mise en ligne des services restants avant le 30 juin`: a bound, a
            # deadline's; the launch has no day (not even the sentence's opening `Pour 2023,`)
            return None
        if dl < lo and _JOINED_VERB.fullmatch(s.folded, s.local(d.end), lo):
            # `a dressé le bilan de l'année écoulée et lancé la plateforme`, `Développé en 2021 et
            # lancé ...`: the date ends the verb joined before the launch's
            continue
        if (
            dl >= hi
            and _CHANGE_TO.match(between)
            and _CHANGE_FROM.search(s.folded, max(0, lo - 40), lo)
        ):
            # `est passé de 8 au moment de son lancement à 1 583 fin juin`: the launch is where
            # a change starts, the date after the figure it reaches is that figure's
            continue
        if dl >= hi and _OTHER_STEP.search(between) and c.adoption_verbs.search(between):
            # `L'inauguration intervient quelques semaines après la signature, le 23 avril, du
            # décret`: the date of the act named after `après`, not the launch's
            continue
        if best is None or dist < best[0]:
            best = (dist, d)
    return best[1] if best else None


#: What joins a launch's verb to the verb before it (`... de l'année écoulée et lancé`).
_JOINED_VERB = re.compile(r"\s*,?\s*(?:et|puis)\s+(?:a\s+|ont\s+)?(?:officiellement\s+)?")

#: A bound told right before a date (`avant le`, `avant fin`).
_BEFORE_BOUND = re.compile(r"\bavant\s+(?:le\s+|la\s+|l.|fin\s+)?$")

#: A change from a figure (`passé de 8 au moment de son lancement`) and the figure it goes to
#: (`à 1 583`), around a launch named as its starting point.
_CHANGE_FROM = re.compile(r"\bde\s+\d[\d .,]*[^\d.;:]{0,30}$")
_CHANGE_TO = re.compile(r"\s*a\s+(?:plus de\s+|pres de\s+)?\d")

#: Another step a launch is placed before or after (`après la signature`, `avant son
#: adoption`): a date told right after the act is the act's.
_OTHER_STEP = re.compile(r"\b(?:apres|avant) (?:la|le|l.|les|son|sa|ses|leur)\b")

#: A subject pronoun (`il`, `elles`).
_PRONOUN = r"(?:il|elle)s?\b"
#: A sentence whose subject is a pronoun (`Il comptait ...`, `Elle a reçu ...`).
_PRONOUN_OPENS = re.compile(rf"\s*{_PRONOUN}")

#: A sentence opened by a launch participle whose subject is a pronoun (`Lancé le 9 décembre
#: 2019, il ...`, `Mise en service en 2021, elle ...`).
_PARTICIPLE_THEN_PRONOUN = re.compile(rf"\s*{_LAUNCH_CLAUSE}{_PRONOUN}")


#: A dispatch's opening before the sentence's own words (`hanoi, 10 mars 2025 (vna) - `), or a
#: site's mark (`vov.vn - `).
_LEAD_IN = re.compile(r"(?:[^.()\n]{0,60}\([a-z]{2,10}\)|[a-z]+\.vn\b)\s*[-–—]*\s*")


def _lead_in_end(s: _Sent) -> int:
    """Where the sentence's own words start, after a dateline if it opens with one."""
    m = _LEAD_IN.match(s.folded)
    return m.end() if m else 0


#: What a plan or a campaign is called, not a system's project (`projet de base de données`).
_PLAN = (
    r"(?:projet|programme|plan|strategie|campagne|mouvement|initiative|concours)\b"
    r"(?!\s+(?:de\s+|d.)(?:la\s+|l.)?(?:bases?|plate|systeme|portail|logiciel|application|"
    r"centre de donnees))"
)
#: A plan launched, named right after the verb (`a lancé un projet de ville intelligente`).
_PLAN_LAUNCHED = re.compile(
    r"\s+(?:officiellement\s+)?(?:un|une|le|la|l.|son|sa|leur)\s*"
    rf"(?:(?:nouveau|nouvelle|premier|premiere|grand|grande)\s+)?{_PLAN}"
)
#: A plan launched, subject after the participle's clause (`Lancé en 2022, le Projet 06 ...`).
_PARTICIPLE_THEN_PLAN = re.compile(rf"\s*{_LAUNCH_CLAUSE}(?:le|la|l.|ce|cette)\s*{_PLAN}")
#: A service launched, named right after the launch (`lancement du service`, `a lancé en janvier
#: 2024 le service de délivrance`).
_SERVICE_LAUNCHED = re.compile(
    r"\s+(?:(?:du|de la|de l.|des)\s+|(?:(?:en|le|au|ce|cette)\s+(?:[\w']+\s+){0,3})?"
    r"(?:le|les|un|des|ce|son|ses|leur)\s+)services?\b(?!\s+(?:de\s+|d.)(?:la\s+)?(?:plate|"
    r"systeme|portail|base))"
)
#: A service as the subject of its launch (`Le service de délivrance en ligne ... a été`).
_SERVICE_SUBJECT = re.compile(
    r"(?:^|[,.;]\s*|\s-\s)(?:le|les|ce|un)\s+services?\b[^,.;]{0,80}?\b(?:a|ont|sera|seront|"
    r"est|sont)\s+(?:ete\s+)?(?:officiellement\s+)?$"
)
#: A demonstrative subject right before a launch (`cet « axe » a été`, `cet outil est`).
_DEMONSTRATIVE_SUBJECT = re.compile(
    r"\b(?:ce|cet|cette|ces)\s+(?:«\s*)?[\w-]+(?:\s*»)?\s+(?:(?:a|ont|est|sont|avait|avaient|"
    r"sera|seront)\s+)?(?:ete\s+)?(?:officiellement\s+)?$"
)


#: A launch told by a past participle (`lancé`, `inaugurée`, `mis en service`), whole words.
_APPOSED_PARTICIPLE = re.compile(_LAUNCH_PARTICIPLE + r"(?:e|s|es)?\b")


def _launched_thing(
    s: _Sent, pos: int, portal: Metric | None, system: Metric | None
) -> Metric | None:
    """Whether a launch is the portal's or another system's: the nearest thing named.

    A participle set after a comma (`au Portail national des services publics, lancé en
    décembre 2019, ainsi qu'à la base de données`) tells of the thing named before it."""
    best: tuple[int, Metric] | None = None
    # `le nouveau portail national des services publics, reposant sur le Centre national de
    # données, sera lancé`: what a present participle's aside names is not the subject
    aside = _ASIDE_BEFORE_VERB.search(s.folded, max(0, pos - 160), pos)
    apposed = _APPOSED_PARTICIPLE.match(s.folded, pos) and re.search(
        r",\s*$", s.folded[max(0, pos - 3) : pos]
    )
    for metric in (portal, system):
        if metric is None or metric.nouns.pattern is None:
            continue
        for m in metric.nouns.pattern.finditer(s.folded):
            if apposed and m.end() > pos:
                continue
            if aside is not None and aside.start() <= m.start() < aside.end():
                continue  # (in an aside between the subject and its verb)
            dist = abs(m.start() - pos)
            named = metric
            if (
                metric is portal
                and system is not None
                and portal.excludes.pattern is not None
                and portal.excludes.pattern.match(s.folded, m.start())
            ):
                # `le portail national de données`, `le portail d'information du gouvernement`:
                # another portal, a system of its own
                named = system
            if best is None or dist < best[0]:
                best = (dist, named)
    if best is None:
        return None
    return best[1]
