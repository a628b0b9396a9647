"""What a figure measures: its noun phrase, its metric, its status and periodicity.

The counted noun phrase is read after the figure (`116 millions de visites`), or
before it (`le nombre de comptes ...`), or from the pronoun `en`; every metric of
the figure's type is scored on it and on the clause (`_best_metric`); an
e-government figure no key fits is `other` (`_other_metric`, FACTS.md section 4). Some
cues decide the metric before the words are weighed (`_metric_by_cue`: accounts opened,
users of a system, a share told again after its count, a score, a fee).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import TYPE_CHECKING

from vnextract.facts.cues import (
    _ADMINISTRATION,
    _ADVERBIAL_HEADS,
    _AU_NOMBRE_DE,
    _BRACKETED,
    _ECONOMY,
    _EGOV_ACTIVITY,
    _GENERIC_BASE,
    _INDEX_NAMED,
    _NOMBRE_DE,
    _NP_DE,
    _NP_STOP,
    _NP_WORD,
    _PLACES_CALLED_POINTS,
    _PROCEDURES,
    _PRONOUN_SUBJECT,
    _RESPECTIVELY,
    _SCORE_LEFT,
    _SCORE_OF,
    _SCORE_RIGHT,
    _SCORES_LISTED,
    _SERVICE_CENTRE,
    _STAFF,
    _SYSTEM_WORDS,
    _WORD_AT_END,
    _is_egov_topic,
    cues,
)
from vnextract.facts.labels import tidy_label
from vnextract.facts.lexicon import Lexicon, Metric, Stems, fold
from vnextract.facts.sentences import _KIND_TO_TYPE, _last_match, _Sent
from vnextract.recognizers.dates import load_lexicon, tells_future

if TYPE_CHECKING:
    from vnextract.recognizers.quantities import QuantityRecord


def _is_identifier(s: _Sent, q: QuantityRecord) -> bool:
    """`niveau 4`, `Projet 06`, `centre d'appels 1022`: a number right after a noun names it;
    a number written with a leading zero is a phone number or a code."""
    if re.match(r"0\d", q.text):
        return True  # `024 3825 1234`, `0912`: a phone number or a code, never a quantity
    left = s.folded[max(0, s.local(q.start) - 30) : s.local(q.start)]
    if cues().not_identifier.search(left):
        return False  # `a mis en ligne 1.551 services`: `en ligne` says how, names nothing
    m = _WORD_AT_END.search(left)
    return m is not None and m.group(1) in cues().identifier_heads


#: The number of a thing named after a figure (`à 130 le nombre de procédures`).
_THE_NUMBER_OF = re.compile(r"\s*le (?:nombre|total) (?:de |d')\s*")


def _named_base(np_words: list[str]) -> bool:
    """Whether a share's noun phrase starts with the noun of its base (`98 % des ministères`),
    not a generic word (`du total`) or an adverb."""
    return (
        bool(np_words) and np_words[0] not in _GENERIC_BASE and np_words[0] not in _ADVERBIAL_HEADS
    )


def _noun_phrase(s: _Sent, q: QuantityRecord) -> tuple[list[str], str]:
    """Words of the noun phrase a quantity counts (`comptes enregistrés`)."""
    local = s.local(q.end)
    # the noun phrase ends where a date begins (`dossiers synchronisés au 28 février`)
    limit = min((s.local(d.start) for d in s.dates if d.start >= q.end), default=len(s.text))
    limit = max(local, min(limit, local + 90))
    dm = re.search(
        r"\s+(?:au|le|en|a la fin de|fin|d'ici|depuis|jusqu'au|au cours d(?:u|e la|es)|pendant"
        r"|durant)\s*$",
        s.folded[local:limit],
    )
    if dm and limit < local + 90:
        limit = local + dm.start()
    rest = s.folded[local:limit]
    # skip `de`/`d'` after a scale word (`116 millions de visites`)
    m = _NP_DE.match(rest)
    offset = m.end() if m else 0
    # `porter à 130 le nombre de procédures`: the figure of the thing numbered after it
    numbered = _THE_NUMBER_OF.match(rest, offset)
    if numbered:
        offset = numbered.end()
    stop = _NP_STOP.search(rest, offset)
    stop_at = stop.start() if stop else len(rest)
    seg = rest[offset:stop_at]
    ws = _NP_WORD.findall(seg)[:6]
    skip = cues().np_skip
    while ws and ws[0] in skip:
        ws.pop(0)
    if not ws:
        return [], ""
    raw_seg = s.text[local + offset : local + stop_at].strip()
    return ws, raw_seg


def _noun_of_en(
    s: _Sent, q: QuantityRecord, before: Sequence[QuantityRecord], prev: _Sent | None = None
) -> tuple[list[str], str]:
    """The noun the pronoun `en` stands for before a bare number's verb, if it has one.

    `en` takes up the last noun counted before it in the sentence (`12 000 dossiers`), else in
    the sentence before (`... 9,7 millions de dossiers. Les centres de Hanoï et de Hai Phong en
    ont reçu respectivement 820.000 et 310.000`).
    """
    if q.kind != "number":
        return [], ""
    told = s.local(q.qualifier_start or q.start)
    # (past the figures listed before this one after the verb: `respectivement 820.000, `)
    listed = s.folded[max(0, told - 90) : told]
    window = _LISTED_BEFORE.sub("", listed, count=1)
    if not cues().clitic_en.search(window[-60:]):
        return [], ""
    for other in reversed(before):
        if other.kind == "number":
            words, text = _noun_phrase(s, other)
            if words:
                return words, text
    # (a stock verb, `Il en compte 4 400`, makes the figure a total before its noun is known,
    # so the sentence before is read only for figures listed `respectivement`)
    if prev is not None and _RESPECTIVELY.search(listed):
        for other in reversed(prev.quantities):
            left = prev.folded[: prev.local(other.qualifier_start or other.start)]
            if other.kind == "number" and not _PART_BEFORE.search(left):
                # (the whole, not a part of it: `9,7 millions de dossiers, dont 6,9 millions
                # déposés en ligne`)
                words, text = _noun_phrase(prev, other)
                if words and words[0] not in _ADVERBIAL_HEADS:
                    return words, text
    return [], ""


#: What opens a part of a figure told before (`, dont`, `, soit`).
_PART_BEFORE = re.compile(r"\b(?:dont|soit)\s*$")
#: Figures listed after a verb, before the one being read (`respectivement plus de 820.000, `).
_LISTED_BEFORE = re.compile(
    r"(?:\s+respectivement)?(?:\s*(?:plus de |pres de |environ |quelque )?\d[\d .]*(?:,\d+)?"
    r"\s*(?:,|et)\s*)*(?:\s+respectivement)?\s*$"
)


def _left_noun(
    s: _Sent, q: QuantityRecord, counted: Sequence[tuple[int, str]] = ()
) -> tuple[list[str], str]:
    """`le nombre de X ... 2 millions`: the counted noun named before the number.

    `counted`: the counts told before in the sentence (start, label); one told between the
    noun and the number with a label of its own takes the number from the noun.
    """
    left = s.folded[: s.local(q.qualifier_start or q.start)]
    m = _last_match(_NOMBRE_DE, left) or _AU_NOMBRE_DE.search(left)
    if m is None:
        return [], ""
    ws = _NP_WORD.findall(m.group(1))
    if any(
        m.end() < s.local(start) and _NP_WORD.findall(fold(label))[:1] != ws[:1]
        for start, label in counted
    ):
        # a count of a noun of its own came between: the number after it is compared with
        # that one (`le nombre de comptes a dépassé les 60 millions ..., et 45 utilitaires
        # sont intégrés, contre 42`)
        return [], ""
    return ws, s.text[m.start(1) : m.end(1)]


def _clause_left(s: _Sent, q: QuantityRecord) -> str:
    """Folded words from the start of q's clause (a strong break or the sentence start) to q.

    A rate brought to the figure and named after it (`porter à 30 % d'ici 2020 la part des
    services publics en ligne`) is told as if named before it: its words end the clause.
    """
    left = s.folded[: s.local(q.start)]
    last = _last_match(cues().strong_break, left)
    clause = left[last.end() :] if last else left
    if _RAISE_TO.search(clause):
        rate = _RATE_AFTER.match(s.folded, s.local(q.end))
        if rate is not None:
            clause += " " + rate.group("rate")
    return clause


#: A figure something is brought to (`porter à 30 %`, `de porter à plus de 50 %`), and the rate
#: told after it, past a horizon (`d'ici 2020 la part des services publics en ligne`).
_RAISE_TO = re.compile(r"\b(?:porter|portera|porteront|portant)\s+a\s+(?:plus de |pres de )?$")
_RATE_AFTER = re.compile(
    r"\s*(?:(?:d.ici|en|avant|a l.horizon)\s+[^,;.]{0,25}?\s+)?"
    r"(?P<rate>(?:la part|le taux|la proportion|le pourcentage)\s+(?:de |des |du |d.)[^,;.]{0,80})"
)


def _comma_clause_left(s: _Sent, q: QuantityRecord) -> str:
    left = s.folded[: s.local(q.start)]
    cut = max(left.rfind(","), left.rfind(";"), left.rfind("("))
    return left[cut + 1 :]


#: Where a subordinate clause of its own starts (`et que`, `et qu'`).
_OWN_CLAUSE = re.compile(r"\bet qu(?:e\b|.)")


def _best_metric(
    q: QuantityRecord,
    np_words: list[str],
    clause_left: str,
    after: str,
    s: _Sent,
    lexicon: Lexicon,
    role: str | None,
    scope: str,
) -> Metric | None:
    """The metric a quantity measures, scored on its noun phrase and clause; None if none fits."""
    fact_type = _KIND_TO_TYPE[q.kind]
    np = " ".join(np_words)
    head = np_words[0] if np_words else ""
    clause_right = after[:120]
    strong = cues().strong_break.search(clause_right)
    if strong:
        clause_right = clause_right[: strong.start()]
    near_left = _comma_clause_left(s, q)
    # (a clause of its own starts at `et que`: `90 % des dossiers soient déposés en ligne et que
    # 100 % des services publics éligibles soient fournis en ligne`)
    # (and at a colon: `le pays restait en retard : le taux de services publics en ligne ...`)
    own_left = _OWN_CLAUSE.split(near_left)[-1].rsplit(":", 1)[-1]
    # a share of people names them first (data/cues.toml [accounts] share_people)
    share_of_people = (
        fact_type == "percentage" and bool(np_words) and np_words[0] in cues().share_people
    )
    # the words around the figure, the same for every metric
    near_words = clause_left + " " + np + " " + clause_right[:60]
    clause_words = clause_left + " " + np + " " + clause_right
    best: tuple[float, Metric] | None = None
    # Every test below only skips a metric, so their order is free: the noun phrase first
    # (it rejects most metrics), then the excluded words, then the scope (two sentences).
    for m in lexicon.of_type(fact_type):
        if m.role and role and m.role != role:
            continue
        role_match = bool(m.role and m.role == role)
        score = m.weight + (3 if m.role and m.role == role else 0)
        if m.nouns:
            hm = m.nouns.search(np)
            if hm and hm.start() == 0 and head and np.startswith(hm.group(0)):
                score += 4
            elif hm and fact_type != "count" and not share_of_people:
                # (a share of people names them first: `80 % des adultes utilisent les services
                # publics en ligne` is a share of adults, whatever follows)
                score += 2
            elif fact_type == "count":
                # a count counts the head of its noun phrase (`cinq principes du guichet`
                # counts principles); a noun merely nearby is not what it counts
                continue
            elif fact_type == "percentage" and _named_base(np_words):
                # `98 % des ministères` is a share of ministries, whatever the sentence says;
                # `des services publics avec 80 % en ligne` names no base after the figure
                continue
            elif fact_type == "percentage" and not m.nouns.search(clause_left[-120:]):
                # `le taux de services en ligne a atteint 45 %`: the base is named before
                continue
            else:
                score += 1
        if m.excludes and (
            m.excludes.search(np) or (not role_match and m.excludes.search(own_left))
        ):
            continue
        if m.requires and not role_match and not s.in_scope(m.requires, scope):
            continue
        if m.topic and not s.in_scope(m.topic, scope):
            continue
        if (
            m.near
            and not m.near.search(near_words)
            # (`Il ... avait reçu plus de 300 millions de visites`: `il` is the portal the
            # sentence before named)
            and not (_PRONOUN_SUBJECT.search(s.folded[:120]) and m.near.search(scope))
        ):
            continue
        context = m.context.count(clause_words)
        context += m.context.count(near_left)
        # small counts with nothing around them are discourse (`trois recommandations`);
        # money and percentages need at least one word of their metric too
        if context == 0 and not role_match and (fact_type != "count" or q.value < 100):
            continue
        score += min(3, context)
        if fact_type == "count" and score < 4:
            continue
        if best is None or score > best[0]:
            best = (score, m)
    return best[1] if best else None


def _other_metric(
    s: _Sent,
    q: QuantityRecord,
    np_words: list[str],
    np_text: str,
    clause_left: str,
    after: str,
    lexicon: Lexicon,
    prev: _Sent | None = None,
    out_of: int | None = None,
    index_article: bool = False,
) -> Metric | None:
    """`other` for an e-government figure no key fits (FACTS.md section 4).

    A percentage about e-government things (`42 % des dossiers traités en ligne`, `le
    nombre de transactions a bondi de 42 %`), an index score (`un EGDI de 0,7709`), or a
    count of a concrete noun in a clause about an e-government system and what it did
    (`reliée à 44 banques`). Figures of the economy at large (GDP, exports, tourism) are not.
    """
    c = cues()
    near_left = _comma_clause_left(s, q)
    np = " ".join(np_words)
    own = clause_left + " " + np + " " + _words_within(after, 40)
    # the economy told in the clause before a comma, e-government in the figure's own
    # (`25 % du PIB d'ici 2025, 100 % des agences de l'État fourniront des données ouvertes`)
    comma_clause = near_left + " " + np + " " + _words_within(after, 60)
    # (`193 États membres` is the whole a place is among, no economy: `71e sur 193 États membres
    # de l'ONU, avec un EGDI de 0,7709, supérieur à la moyenne mondiale (0,6382)`)
    economy = _ECONOMY.search(_MEMBERS_WHOLE.sub(lambda m: " " * len(m.group(0)), own))
    if (
        economy
        and _STAFF.fullmatch(economy.group(0))
        and _EGOV_ACTIVITY.search(after[:80])
        and _is_egov_topic(after[:80])
    ):
        # `100 % du personnel a utilisé des documents électroniques`: staff by what they did
        # online, not the civil service's size
        economy = None
    elif (
        economy
        and _STAFF.fullmatch(economy.group(0))
        and np_words
        and economy.start() > len(clause_left)
        and not _STAFF.fullmatch(np_words[0])
    ):
        # `1 365 761 enregistrements de cadres, de fonctionnaires ...`: the staff are what the
        # thing counted is of, not what is counted
        economy = None
    if economy and np_words and _PROCEDURES.match(np.removeprefix("des ").removeprefix("les ")):
        # `80 % des formalités relatives au commerce`, `les procédures d'import-export`: the
        # administration's procedures, whatever they are about
        economy = None
    if economy and (
        _ECONOMY.search(near_left + " " + np) or not c.egov_marker.search(comma_clause)
    ):
        return None
    # what the figure's own clause says after it, up to a comma (`657 établissements sur un
    # total de 1 650 ont mis en œuvre ... des dossiers médicaux électroniques`), or past the
    # commas of a list of complements (`disposent d'un réseau local, d'une connexion Internet
    # et d'une ligne de transmission de données`)
    own_clause = _CLAUSE_END.split(after[:200], maxsplit=1)[0]
    topic = clause_left + " " + np + " " + (after[:100] if len(own_clause) < 100 else own_clause)
    left_np = near_left + " " + np
    # a noun counted by the vocabulary makes the figure e-government's: for a share, its own
    # noun phrase (`98 % des dossiers`), not any noun of its clause (`accès`, `agences de presse`)
    # and bodies (`des agences de presse`, `des provinces`) are counted by many things
    nouns_of = np if q.kind == "percent" else left_np
    egov = _is_egov_topic(topic) or any(
        m.nouns.search(nouns_of)
        for m in lexicon.of_type("count")
        if q.kind != "percent" or m.key not in _BODY_METRICS
    )
    if q.kind == "percent" and not egov and prev and _PRONOUN_SUBJECT.search(near_left.strip()):
        # `D'après Viettel, le système devrait réduire de 30 % la durée des réunions`: the
        # system named before
        egov = _is_egov_topic(prev.folded)
    if q.kind == "percent" and not egov and _INSURANCE_COVERAGE.search(s.folded):
        # `le taux de couverture de l'assurance maladie a atteint 93,35 %`: the share of
        # people the insurance database covers (FACTS.md 4: insured people)
        egov = True
    if q.kind == "percent" and not egov and _ADMINISTRATION.search(np):
        # `99,9 % des tâches administratives ont été accomplies avant les délais`: the
        # administration's work done on time
        egov = bool(_ON_TIME.search(topic))
    if q.kind == "percent" and not egov and _CUT_BY.search(near_left[-30:]):
        # `a permis de réduire de 86 % le temps passé sur les formalités administratives`: what
        # the administration saves
        egov = bool(_ADMINISTRATION.search(topic) and _SAVED.match(after.lstrip()))
    cut_noun = _CUT_NOUN_BY.search(near_left) if q.kind == "percent" and not egov else None
    if cut_noun is not None:
        # `Le système a permis de réduire le temps de traitement des dossiers de 30 %`: the
        # time or cost cut named before the figure, of a service or a system told of
        egov = bool(
            _ADMINISTRATION.search(near_left)
            or _DOSSIERS_OR_PROCEDURES.search(near_left)
            or (prev is not None and _is_egov_topic(prev.folded))
            or _is_egov_topic(s.folded)
        )
    if q.kind == "percent":
        # a rate told apart from its noun (`..., atteignant 35,14 %`, `Hung Dung (atteignant
        # 26,54 %)`, `le taux de dossiers traités en ligne est passé à 98 %`): the sentence
        # says what it is a rate of
        if not egov and not np_words:
            egov = _is_egov_topic(s.folded) and not _ECONOMY.search(s.folded)
            if (
                not egov
                and prev is not None
                and (
                    _SATISFIED.search(s.folded)
                    # (the dossiers named here or just before: `le centre a reçu 58.214 dossiers
                    # ... Le taux de règlement dans les délais a atteint 99,1 %`)
                    or (
                        _ON_TIME.search(clause_left)
                        and _DOSSIERS_OR_PROCEDURES.search(clause_left + " " + prev.folded)
                    )
                )
            ):
                # `Le taux de satisfaction a atteint près de 80 %`, `Le taux de dossiers traités
                # dans les délais a atteint 98,6 %`: of the service the sentence before told of
                egov = _is_egov_topic(prev.folded) and not _ECONOMY.search(s.folded)
        if not egov and _index_score(s, q, np_words, prev):
            # `classée première avec un score de 95,88 %`, `l'indice SIPAS ... avec 95,76 %,
            # talonnée par Hai Phong (93,57 %)`: an index score written with `%` (FACTS.md 7b)
            return _other(INDEX_SCORE, "percentage")
        if not egov:
            return None
        if not np_words and _SATISFIED.search(clause_left):
            # `la satisfaction des citoyens ... a atteint 83,84 %`: a rate of satisfaction
            return _other("taux de satisfaction", "percentage")
        if cut_noun is not None and not np_words:
            # (labelled by what is cut: `réduction: le temps de traitement des dossiers`)
            base = s.local(q.start) - len(near_left)
            what = s.text[base + cut_noun.start("what") : base + cut_noun.end("what")]
            return _other("réduction: " + what.strip(), "percentage")
        if not np_words and _ON_TIME.search(re.split(r"[:;(]", clause_left)[-1]):
            # `Le taux de dossiers traités dans les délais a atteint 98,6 %` (in the figure's
            # own clause: `le pays restait en retard : le taux de services en ligne ...` is no
            # rate of work done on time)
            return _other("taux de traitement dans les délais", "percentage")
        grown = c.growth_left.search(s.folded, 0, s.local(q.qualifier_start or q.start))
        if grown is not None and (
            not np_words or np_words[0] in _ADVERBIAL_HEADS or _per(" ".join(np_words)) is not None
        ):
            # `soit une hausse de 1,28 % par rapport à 2023`: a change, named by its noun (a
            # verb's by its direction: `augmentera de 20 %` is a rise)
            words = s.text[grown.start() : grown.end()].split()
            head = fold(words[0])
            if head in c.change_nouns:
                return _other(" ".join(words[:-1]) or words[0], "percentage")
            return _other("baisse" if head.startswith(c.fall_stems) else "hausse", "percentage")
        if not np_text:
            # `Le taux de paiement en ligne a atteint 78,5 %`: the rate named before the figure
            rate = _last_match(_RATE_OF, s.folded[: s.local(q.start)])
            if rate is not None:
                return _other(tidy_label(s.text[rate.start() : rate.end()], ""), "percentage")
        return _other("part " + tidy_label(np_text, "en ligne"), "percentage")
    if q.kind != "number":
        return None
    if 0 < q.value < 1 and _SCORE_LEFT.search(s.folded[: s.local(q.start)]):
        return _other(INDEX_SCORE, "count")
    if told_as_score(q) and (
        index_article
        or _INDEX_NAMED.search(s.folded)
        or (prev is not None and _INDEX_NAMED.search(prev.folded))
    ):
        # `Thua Thien Hue, 2e avec 0,5865`, `Le ministère de la Justice, avec 0,5836, perd 4
        # places`: a fraction told to four places, where an index is told of, is one of its
        # scores (a threshold, `un score supérieur à 0,5`, is not told so)
        return _other(INDEX_SCORE, "count")
    if 0 < q.value < 1 and (
        _SCORE_RIGHT.match(s.folded, s.local(q.end))
        or (
            _AVERAGE.search(s.folded, 0, s.local(q.start))
            and prev is not None
            and _INDEX_NAMED.search(prev.folded)
        )
    ):
        # `le Vietnam obtient 0,7833 pour l'indice des services en ligne`: the index named
        # after its score; `La moyenne mondiale s'établit à 0,6382` after the index named
        return _other(INDEX_SCORE, "count")
    if _SCORE_OF.search(s.folded, max(0, s.local(q.start) - 30), s.local(q.start)) and (
        _INDEX_NAMED.search(s.folded) or (prev is not None and _INDEX_NAMED.search(prev.folded))
    ):
        # `se hissant à la première place avec un score total de 47,82` in the PAPI index
        return _other(INDEX_SCORE, "count")
    if index_points(s, q, np_words, prev):
        return _other(INDEX_POINTS, "count")
    if s.text[s.local(q.end) : s.local(q.end) + 1] == "/" and _SCORE_LEFT.search(
        s.folded[: s.local(q.start)]
    ):
        # `L'indice de numérisation des documents a atteint 20,78/22`: a score over its maximum
        return _other(INDEX_SCORE, "count")
    # a part of a whole told as such (`23/25 départements`, `5/10 bases de données`) measures,
    # whatever its size, in a sentence about the administration
    # (or the sentence before: `... ont déployé les dossiers médicaux électroniques. Parmi
    # ceux-ci, 329/492 hôpitaux provinciaux ...`)
    around = s.folded + " " + (prev.folded if prev is not None else "")
    # (or an index's: `27 des 63 localités dépassent la barre des 80 %` in its results, `36
    # provinces et villes sur 63 obtiennent un score supérieur à la moyenne`)
    ratio = out_of is not None and bool(
        _ADMINISTRATION.search(around)
        or _is_egov_topic(around)
        or _INDEX_NAMED.search(around)
        or _A_SCORE.search(s.folded)
        # (or on a page about an index's edition: `27 des 63 localités dépassent la barre des
        # 80 %` two sentences after the PAR-Index named)
        or index_article
    )
    # `Cinq provinces ont intégré leur portail`, `huit localités ont publié des données`: a
    # few bodies or things that did something for the administration or online are a figure;
    # a few topics or parties (`les deux parties`, `trois principaux contenus`) are discourse
    did = bool(
        np_words
        and _DID_ONLINE.match(_past_aside(after[len(np_text) + 1 :] if np_text else after))
        and (
            _is_egov_topic(after[:200])
            or _ADMINISTRATION.search(after[:200])
            # what they registered or filed in a system (`390 000 candidats ont enregistré
            # leurs vœux dans le système d'admission`; not `installé ... dans le système
            # électrique`)
            or (_IN_SYSTEM.search(after[:200]) and _FILED.match(after[len(np_text) + 1 :]))
            # bodies that set up a plan or a working group for a programme named just before
            # (`38 ministères, organes et localités ont mis en place des groupes de travail`,
            # after Projet 06 named; FACTS.md 7b)
            or (
                np_words[0] in c.bodies
                and c.plans_set_up.search(after[:120]) is not None
                and prev is not None
                and _is_egov_topic(prev.folded)
            )
        )
    )
    # things told connected to a system or a body (`13.000 établissements sanitaires sont
    # connectés avec la Sécurité sociale`, `1.000 points d'examen ont été connectés`): the
    # links a system has, not the grid's, the roads' or the Internet's
    linked = _CONNECTED.match(after[len(np_text) + 1 :] if np_text else after)
    did = did or bool(
        np_words and linked is not None and not _NOT_EGOV_LINK.match(after, linked.end())
    )
    systems = bool(np_words) and c.systems_counted.match(np) is not None
    # the counters of a public service centre named here or just before (`Le Centre dispose de
    # 67 guichets de transaction`) are a figure of the centre
    systems = systems or (
        bool(np_words)
        and np_words[0] in ("guichet", "guichets")
        and (_SERVICE_CENTRE.search(around) is not None or _THE_CENTRE.search(s.text) is not None)
    )
    # a few things named one by one right after their count (`huit aéroports internationaux
    # de Noi Bai (Hanoï), de Tan Son Nhat ...`, `trois postes-frontières : Tay Trang, ...`)
    listed = bool(np_words) and 1 < q.value < 10 and _names_listed(s, q, int(q.value))
    if np_words and np_words[0] in COUNTRIES and _AN_INDEX.search(topic):
        # `40 pays figurent désormais dans le groupe à indice « très élevé »`: countries counted
        # by their place in an index, figures about the world from the UN report (FACTS.md 7b)
        return _other(np_text or np, "count")
    if (
        not np_words
        # (the part of a whole measures what it counts: `14 des 64 tâches du plan`)
        or (
            np_words[0] in c.not_counted
            and not ratio
            and not _PLACES_CALLED_POINTS.match(" ".join(np_words))
        )
        or (q.value < 10 and not ratio and not did and not systems and not listed)
    ):
        return None
    if listed and prev is not None:
        # (the list's sentence may leave its topic to the one before: `Sont concernés trois
        # postes-frontières : ...` after the e-visa named)
        topic += " " + prev.folded
    if np_words[0][0].isdigit():
        return None  # `3825 1234`: the rest of a phone number, no noun counted
    if prev is not None and _PRONOUN_SUBJECT.search(s.folded[:120]):
        # `Depuis, il a permis d'organiser 25 réunions`: `il` is the system named before
        topic += " " + prev.folded
    if ratio:
        return _other(np_text or np, "count")
    if not (_is_egov_topic(topic) or did or systems):
        return None
    # (the people named before the figure, what they did told after them: `le nombre de
    # citoyens disposant d'une identité numérique atteindra 8 millions`)
    told_at = near_left.rfind(np_words[0])
    if np_words[0] in c.people and not (
        _EGOV_ACTIVITY.search(near_left + " " + after[:80])
        # (the members of the teams just counted: `1.245 équipes technologiques numériques
        # communautaires avec plus de 6.800 membres`)
        or (np_words[0] == "membres" and _TEAMS_WITH.search(s.folded, 0, s.local(q.start)))
        or _USED_BY_PEOPLE.match(after)
        or (told_at >= 0 and _USED_BY_PEOPLE.match(near_left, told_at + len(np_words[0])))
    ):
        # things of e-government counted are its figures (`82 groupes de services`, `12 bases de
        # données nationales`); people are only by what they did with it (`1,1 million
        # d'habitants` is a population)
        return None
    return _other(np_text or np, "count")


#: Teams or groups, then the members they have (`équipes ... avec plus de`, `comptant`).
_TEAMS_WITH = re.compile(
    r"\b(?:equipes?|groupes?|brigades?)\b[^.;]{0,80}?\b(?:avec|comptant|regroupant|rassemblant)"
    r"\s+(?:au total\s+)?(?:plus de\s+|pres de\s+|environ\s+|quelque\s+)?$"
)
#: A public service centre named before by its own name (`Le Centre dispose de ...`).
_THE_CENTRE = re.compile(r"\b[Ll]e Centre\b")

#: What people counted did with an e-government service or document, as its users, told right
#: after them (`ont consulté des informations sur le portail`, `réglaient leurs frais en ligne`,
#: `qui possédaient un compte`, `recevant leur pension sur leur compte`); not what they can do
#: (`1,2 million d'habitants, qui peuvent consulter le portail`).
_USED_BY_PEOPLE = re.compile(
    r"(?:(?!\b(?:peuv|peut|pourr|doiv|doit|devr)\w*)[^,;.]){0,40}?"
    r"\b(?:consult|regl|pai|pay|possed|dispos|recev|recoiv|recoi)\w*"
)

#: Something done in or with a system (`dans le système d'admission`, `sur la plateforme`).
_IN_SYSTEM = re.compile(
    r"\b(?:dans|sur|via|par|avec) (?:le|la|les|ce|cette|leur) "
    r"(?:systeme|plate-?forme|application)s?\b"
)

#: People who filed their application (`de citoyens ont déposé leur demande`): applications.
_PEOPLE_FILED = re.compile(
    r"\s*(?:de\s+|d')?(?:citoyens|personnes|habitants|usagers|contribuables|demandeurs)\b"
    r"[^.;]{0,30}?\b(?:ont|avaient|a)\s+(?:(?:par ailleurs|deja|egalement|ainsi)\s+)*"
    r"(?:depose|soumis|envoye|introduit|presente)\w*\s+(?:leurs?|des|une|un)\s+"
    r"(?:demandes?|dossiers?)\b"
)

#: Registered or filed (`ont enregistré`, `ont soumis`, `se sont inscrits`).
_FILED = re.compile(
    r"[^.;]{0,30}?\b(?:ont|a|avaient|avait|se sont|s.est)\s+(?:deja\s+)?"
    r"(?:enregistr|inscri|soumis|depos|declar|telecharg)\w*"
)


def _names_listed(s: _Sent, q: QuantityRecord, n: int) -> bool:
    """Whether the `n` things counted are named one by one right after their noun: a list of
    `n` items, the first told after the noun with `:` or `de`, the others opening on a capital
    (`... terrestres : Tay Trang (Dien Bien), Na Meo (Thanh Hoa) et La Lay (Quang Tri)`,
    `huit aéroports de Noi Bai (Hanoï), de Tan Son Nhat (...) et de Phu Bai (...)`)."""
    rest = _LIST_END.split(s.text[s.local(q.end) :], maxsplit=1)[0]
    items = [i.strip() for i in _LIST_SEP.split(_BRACKETED.sub("", rest)) if i.strip()]
    return (
        len(items) == n
        and _FIRST_NAMED.search(items[0]) is not None
        and all(_NAMED_ITEM.match(i) for i in items[1:])
    )


_LIST_END = re.compile(r"[;.](?:\s|$)")
_LIST_SEP = re.compile(r",\s*(?:et\s+)?|\s+et\s+")
_FIRST_NAMED = re.compile(r"(?::|\b(?:de|du|d')|\bd’)\s*[A-ZÀ-Ý]")
_NAMED_ITEM = re.compile(r"(?:(?:de|du|des|d'|d’)\s*)?[A-ZÀ-Ý]")


def _parts_of_sets(s: _Sent, qs: Sequence[QuantityRecord]) -> dict[int, int]:
    """The parts of a set named before them in the sentence, each a bare number told by its
    verb, as part index -> set index (`Sur les 64 tâches du plan, 14 ont été réalisées, 21 sont
    en bonne voie`, `des 17 ministères ..., et 16 d'entre eux ont progressé`)."""
    c = cues()
    out: dict[int, int] = {}
    for j, part in enumerate(qs):
        if part.kind != "number" or not part.value.is_integer():
            continue
        after = s.folded[s.local(part.end) :]
        told = c.part_after.match(after)
        if told is None:
            continue
        among = "entre" in told.group(0)
        for i in range(j - 1, -1, -1):
            head = qs[i]
            if i in out or head.kind != "number" or not head.value.is_integer():
                continue  # another part, a share or a score between them
            left = s.folded[: s.local(head.qualifier_start or head.start)]
            if head.value > part.value and (
                c.set_before.search(left) or (among and _noun_phrase(s, head)[0])
            ):
                out[j] = i
            break
    return out


def _amount_part_of(s: _Sent, qs: list[QuantityRecord], idx: int, after: str) -> bool:
    """Whether `qs[idx]`, a bare number in millions or billions, is a part of the amount of
    money right before it (`10 millions de dollars, dont 9 millions sous forme d'aide`)."""
    q = qs[idx]
    if q.kind != "number" or idx == 0 or qs[idx - 1].kind != "money":
        return False
    head = qs[idx - 1]
    gap = s.folded[s.local(head.end) : s.local(q.qualifier_start or q.start)]
    return (
        _PART_GAP.fullmatch(gap) is not None
        and _SCALED.search(q.text) is not None
        and _COUNTED_AFTER.match(after) is None
    )


#: Between an amount and a part of it (`, dont`, `, soit`).
_PART_GAP = re.compile(r"\s*,?\s*(?:dont|soit|y compris)\s*")
#: A number written with its scale (`9 millions`, `1,2 milliard`).
_SCALED = re.compile(r"\b(?:millions?|milliards?|mds?|mio)\b", re.IGNORECASE)
#: A noun counted after a number (`de citoyens`, `d'habitants`).
_COUNTED_AFTER = re.compile(r"\s*(?:de|d')\s*[^\W\d]")


def _words_within(text: str, n: int) -> str:
    """The first `n` characters of `text`, up to the end of the word they cut (`d'ide` of
    `d'identité` would read as FDI, `import` of `important` as imports)."""
    end = _WORD_END.search(text, min(n, len(text)))
    return text[: end.start()] if end else text


_WORD_END = re.compile(r"\W|$")

#: The rate of people an insurance covers (`taux de couverture de l'assurance maladie`).
_INSURANCE_COVERAGE = re.compile(
    r"\btaux de (?:couverture|participation)\b[^.;]{0,60}\bassurances?\b|"
    r"\bassurances?\b[^.;]{0,80}\btaux de (?:couverture|participation)\b"
)
#: A fraction told to three or four places (`0,5865`, `0,741`): how index scores are written.
_FOUR_PLACES = re.compile(r"0[,.]\d{3,4}")


def told_as_score(q: QuantityRecord) -> bool:
    """Whether a number is written as an index score is: a fraction to three or four places."""
    return q.kind == "number" and 0 < q.value < 1 and _FOUR_PLACES.fullmatch(q.text) is not None


#: A score told (`obtiennent un score supérieur à la moyenne`, `dépassent le score moyen`).
_A_SCORE = re.compile(r"\bscores?\b")

#: Countries counted (`40 pays`, `76 États membres`) and an index they are counted by.
COUNTRIES = frozenset({"pays", "etats", "nations", "economies"})
_AN_INDEX = re.compile(r"\b(?:indices?|index|egdi|osi)\b")

#: An average of an index's scores (`La moyenne mondiale s'établit à 0,6382`).
_AVERAGE = re.compile(r"\bmoyennes?\b[^.;]{0,60}$")

#: Satisfaction told before a rate (`la satisfaction du public ... a atteint`).
_SATISFIED = re.compile(r"\bsatisf(?:action|aite?s?)\b")

#: A rate named before its figure, up to its verb (`le taux de paiement en ligne a atteint`).
_RATE_OF = re.compile(
    r"\b(?:taux|part|proportion|pourcentage|ratio)\s+(?:de\s+|d'|des\s+|du\s+)[\w'-]+"
    r"(?:\s+(?!(?:a|ont|est|sont|etait|atteint|atteignant|depasse|s'eleve|se|pour|avec|ne|n'\w+)\b)"
    r"[\w'-]+){0,5}"
)

#: What is done on time or late (`taux de dossiers traités dans les délais`).
_DOSSIERS_OR_PROCEDURES = re.compile(r"\b(?:dossiers?|procedures?|demandes?|traitement)\b")

#: Work done on time or late (`dans les délais`, `avant les délais impartis`, `en retard`).
_ON_TIME = re.compile(r"\b(?:dans|avant) les delais\b|\ba temps\b|\ben retard\b|\bhors delai")

#: The members of a ranking's whole (`sur 193 États membres`).
_MEMBERS_WHOLE = re.compile(r"\b\d+ (?:etats|pays) membres\b")

#: The end of a clause: a stop, or a comma that opens no further item of a list of
#: complements (`, d'une connexion`, `, de réseaux`).
#: (a dot between digits is a thousands dot: `100 % des 48.000 retraités ... reçoivent`)
_CLAUSE_END = re.compile(r"[;:]|(?<!\d)\.|\.(?!\d)|,(?!\s+(?:d'une?\b|de\b|des\b|du\b))")

#: A share told in apposition after a figure (`283 500 entreprises, soit 92,6 % des entreprises
#: en activité, avaient adopté`), between it and its verb.
_APPOSED_SHARE = re.compile(r"\s*,\s*soit\s+(?:\d+,\d+|[^,;.])*,")


def _past_aside(rest: str) -> str:
    """What follows a counted noun phrase, past a share told in apposition."""
    m = _APPOSED_SHARE.match(rest)
    return rest[m.end() :] if m else rest


#: A verb in the past right after a counted noun phrase (`ont publié`, `ont été connectés`).
#: (the verbs are the e-government activities of `_EGOV_ACTIVITY`, and completing or opening)
_DID_ONLINE = re.compile(
    # (after the noun counted, the others it is listed with, counted too or not: `ministères,
    # organes et localités`, `8 communes et 12 quartiers`)
    r"(?:\s*(?:,|\bet\b)\s*(?:\d[\d.,\s]*\s)?[^\W\d]+){0,3}?"
    r"\s*(?:,\s*)?(?:ont|a|avaient|avait)\s+(?:(?:deja|egalement|aussi|officiellement|ete)\s+)*"
    rf"(?:{_EGOV_ACTIVITY.pattern}|(?:publi|mis|achev|termin|lanc|fourni|inaugur|ouvert|offert|"
    # (what they built: `ont créé une base de données`, `ont construit leur plateforme`)
    r"finalis|configur|construi|developp|etabli)\w*|creee?s?\b)"
)
#: Told connected (`sont connectés`, `ont été reliés`, `seront interconnectés`).
_CONNECTED = re.compile(
    r"[^.;\d]{0,60}?\b(?:sont|est|etaient|etait|seront|sera|ont ete|a ete|avaient ete)\s+"
    r"(?:(?:deja|desormais|tous|toutes|officiellement|egalement|aussi|actuellement|"
    r"par ailleurs|en outre|entierement)\s+)*"
    r"(?:inter)?(?:connecte|relie)e?s?\b"
)
#: What links no e-government system (the Internet, the grid, roads).
_NOT_EGOV_LINK = re.compile(
    r"[^.;]{0,40}?\b(?:internet|electri\w*|routes?|fibre|haut debit|[345]g|wifi|wi-fi)\b"
)
_CUT_VERB = r"\b(?:reduire|reduit|reduction|diminuer|diminue|raccourcir)\w*\s+"
_QUALIFIED = r"(?:au moins\s+|environ\s+|pres de\s+|plus de\s+)?$"
#: What is cut: time, delays, costs, paper.
_SAVED_NOUN = r"(?:le |la |les |l.)?(?:temps|delais?|durees?|couts?|frais|papier|deplacements?)\b"
#: A cut by a share (`réduire de 86 %`, `réduire d'au moins 30 %`, `une réduction de 30 %`).
_CUT_BY = re.compile(rf"{_CUT_VERB}(?:de\s+|d.){_QUALIFIED}")
#: What is cut named before the figure (`réduire le temps de traitement des dossiers de`).
_CUT_NOUN_BY = re.compile(
    rf"{_CUT_VERB}(?:de\s+|du\s+)?(?P<what>{_SAVED_NOUN}[^,.;\d]{{0,60}}?)\s+de\s+{_QUALIFIED}"
)
_SAVED = re.compile(_SAVED_NOUN)

#: Metrics that count bodies: a share of bodies is e-government's only by what they do.
_BODY_METRICS = frozenset({"connected_agencies", "connected_localities", "service_centers"})

#: The labels of index scores: dated like the places of their index (its edition year).
INDEX_SCORE, INDEX_POINTS = "indice", "points d'indice"


def index_points(
    s: _Sent, q: QuantityRecord, np_words: list[str], prev: _Sent | None = None
) -> bool:
    """A score in points of an index the sentence names (`l'indice PAR de la province a atteint
    84,6 points`, `a progressé de 2,21 points`), or the sentence before it names (`Le PNUD a
    publié l'indice PAPI 2023. La province n'a obtenu que 40,596 points`): a count of the
    index, not of things."""
    if q.kind != "number" or not np_words or np_words[0] not in ("point", "points"):
        return False
    after = s.folded[s.local(q.end) :]
    points = after.find("point")
    left = s.folded[: s.local(q.start)]
    return bool(
        _SCORE_LEFT.search(left)
        or _SCORES_LISTED.search(left)
        or (points >= 0 and _SCORE_RIGHT.match(after, points + len("points")))
        or (prev is not None and _INDEX_NAMED.search(prev.folded))
    )


def _index_score(
    s: _Sent, q: QuantityRecord, np_words: list[str], prev: _Sent | None = None
) -> bool:
    """A percentage given as a score in an index the sentence names before it, with nothing
    counted after it (`un score de 95,88 %`, `l'indice SIPAS 2020 ... avec 95,76 %`), or as the
    average of the index the sentence before names (`La moyenne nationale s'établit à 76,57 %`
    after `Le ministère a publié le PAR INDEX 2017`)."""
    if np_words and np_words[0] not in ("point", "points"):
        return False
    left = s.folded[: s.local(q.start)]
    if _ECONOMY.search(left):
        return False
    return bool(_SCORE_LEFT.search(left)) or bool(
        _AVERAGE.search(left) and prev is not None and _INDEX_NAMED.search(prev.folded)
    )


def _other(label: str, type_: str) -> Metric:
    empty = Stems((), None)
    return Metric("other", type_, label.strip(), empty, empty, empty, empty)


def _per(folded: str) -> str | None:
    for key, pattern in cues().per:
        if pattern.search(folded):
            return key
    return None


def _status(s: _Sent, q: QuantityRecord | None, at: int | None = None) -> str:
    """Target when an objective is named in the sentence before the figure; planned when
    its own clause speaks of the future; else actual."""
    c = cues()
    pos = s.local(q.start) if q is not None else (at or 0)
    # an objective named before the figure (`l'objectif de 30 %`, `atteindre ... 30 %`);
    # `a atteint 30,86 %, dépassant l'objectif de 30 %` is an actual figure
    window = _whole_words(s.folded, max(0, pos - 160), pos)
    aim = _last_match(c.target, window)
    if (
        aim is not None
        and not c.result.search(window)
        # (a plan told after the goal is the figure's: `vise 100 % de dossiers en ligne d'ici
        # 2025 et prévoit d'investir 120 milliards l'année prochaine`)
        and not _PLAN_VERB.search(window, aim.end())
    ):
        return "target"
    left = _whole_words(s.folded, max(0, pos - 100), pos)
    cut = max(left.rfind(","), left.rfind(";"))
    if c.planned.search(left[cut + 1 :] + _whole_words(s.folded, pos, pos + 30)):
        return "planned"
    # a verb in the simple future in the figure's own clause (`100 % des Vietnamiens
    # disposeront de certificats`)
    right = re.split(r"[,;:«»()]", _whole_words(s.folded, pos, pos + 60), maxsplit=1)[0]
    if tells_future(left[cut + 1 :] + right, load_lexicon()):
        return "planned"
    return "actual"


#: A verb of plan opening a clause of its own (`et prévoit d'investir`, `envisage de`).
_PLAN_VERB = re.compile(r"\b(?:prevoi[rt]|prevoient|envisag\w*|projett?\w*)\s+(?:de |d.)")


def _whole_words(text: str, lo: int, hi: int) -> str:
    """`text[lo:hi]` without the pieces of words cut at its ends (`valeur` cut to `va` would
    read as the future `va`)."""
    while 0 < lo < hi and text[lo - 1].isalnum() and text[lo].isalnum():
        lo += 1
    while lo < hi < len(text) and text[hi - 1].isalnum() and text[hi].isalnum():
        hi -= 1
    return text[lo:hi]


def _counts_accounts(
    s: _Sent, q: QuantityRecord, np_words: list[str], np_text: str, after: str
) -> bool:
    """Registered accounts told as the people who opened them (`589 000 personnes ont
    enregistré un compte`), or as the businesses and users of an e-government system (`ce
    système a profité à plus de 49.880 entreprises`, `11.000 entreprises qui utilisent ce
    système`; FACTS.md 7b; the words: data/cues.toml [accounts])."""
    if q.kind != "number" or not np_words:
        return False
    c = cues()
    rest = _past_aside(after[len(np_text) + 1 :] if np_text else after)
    if np_words[0] in c.account_holders and c.opened_account.match(rest):
        return True
    if (
        np_words[0] in c.account_holders
        and c.registered_self.match(rest)
        and (_SYSTEM_WORDS.search(s.folded) or _is_egov_topic(s.folded))
    ):
        # `1,8 million d'entreprises se sont inscrites pour utiliser les factures électroniques`
        return True
    if np_words[0] not in c.system_users:
        return False
    lo = s.local(q.qualifier_start if q.qualifier_start is not None else q.start)
    used = (
        c.used_before.search(s.folded, max(0, lo - 60), lo)
        or c.used_after.match(after)
        or c.used_after.match(rest)
    )
    return bool(used and (_SYSTEM_WORDS.search(s.folded) or _is_egov_topic(s.folded)))


def _metric_by_cue(
    q: QuantityRecord,
    s: _Sent,
    lexicon: Lexicon,
    share_of: str | None,
    share_head: str | None,
    *,
    accounts: bool,
    score: bool,
    place_change: bool,
    growth: bool,
    prev: _Sent | None = None,
) -> tuple[bool, Metric | None]:
    """The metric a cue around the figure decides before its words are weighed.

    `(True, metric)` when a cue decides: accounts registered, a share told again after its
    count (`share_of`, the count's metric `share_head`), an index score, places gained or lost,
    a rate of change (no metric: `other` may take it later), a fee. `(False, None)` otherwise.
    """
    c = cues()
    if accounts:
        return True, lexicon.metrics.get("registered_accounts")
    if share_of is not None and share_head == "online_public_services":
        # `36 des 280 formalités peuvent être effectuées en ligne, soit 13 %`: the share of
        # online services told again as a percentage
        return True, lexicon.metrics.get("online_services_share")
    if share_of is not None and share_head != "public_services_total":
        # (of dossiers processed, of accounts, ...: `other`, FACTS.md 4; after a total, `2.900
        # services sur les 6.700 procédures, soit 43 %`, the words decide)
        return True, _other("part " + share_of, "percentage")
    if score:
        return True, _other(INDEX_SCORE, "percentage")
    if place_change:
        return True, _other("places gagnées ou perdues", "count")
    if growth:
        return True, None
    lo = s.local(q.start)
    insured = lexicon.metrics.get("insured_people")
    before = s.folded[
        max(0, s.local(q.qualifier_start or q.start) - 40) : s.local(q.qualifier_start or q.start)
    ]
    if (
        q.kind == "number"
        and c.records_of_people.search(before)
        and c.people_after.match(s.folded, s.local(q.end))
        and (
            c.database_named.search(s.folded)
            # (`la base contient les informations de 98 millions de citoyens`, the database
            # named the sentence before)
            or (
                prev is not None
                and c.database_pointed.search(s.folded) is not None
                and c.database_named.search(prev.folded) is not None
            )
        )
        # (the insurance's database counts insured people: what that metric requires)
        and not (insured is not None and insured.requires.search(s.folded))
    ):
        # `la base de données contient les informations de plus de 98 millions de citoyens`:
        # their records, digitized (FACTS.md 7b)
        return True, lexicon.metrics.get("digitized_records")
    if q.kind == "number" and _PEOPLE_FILED.match(s.folded, s.local(q.end)):
        # `Plus d'un million de citoyens ont déposé leur demande d'extrait de casier judiciaire
        # via l'application`: as many applications filed
        return True, lexicon.metrics.get("dossiers_processed")
    if (
        q.kind == "money"
        and (
            c.fee.search(s.folded, max(0, lo - 50), lo) or c.fee_per.match(s.folded, s.local(q.end))
        )
        # (`les paiements en ligne des frais ont dépassé 150 milliards`: what was paid)
        and not c.paid_fees.search(s.folded, max(0, lo - 80), lo)
    ):
        # `les frais de visa, qui sont de 25 dollars`, `au coût de 25 US`: a fee for one
        # service is its price, no value of payments nor a project's cost
        return True, _other("frais", "money")
    return False, None
