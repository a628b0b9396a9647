"""The French cues the fact rules read: `data/cues.toml` compiled once, and the patterns.

`cues()` gives the lists of the data file (status, periodicity, ranking, structure,
adoption cues) as compiled regexes; the module-level patterns are the cues written
in code (noun-phrase stops, comparisons, e-government topics, launches). Most run
on a sentence's folded text (`_Sent.folded`: lower case, no accents); `_USD_BETWEEN`,
`_FEW_WORDS`, `_DATELINE_TAIL` and `_BARE_DIGITS` on the text as written.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache

from vnextract.resources import load_toml


@dataclass(frozen=True)
class _Cues:
    target: re.Pattern[str]
    planned: re.Pattern[str]
    result: re.Pattern[str]
    per: tuple[tuple[str, re.Pattern[str]], ...]
    rank_words: re.Pattern[str]
    horizon_cues: frozenset[str]
    list_gap: re.Pattern[str]
    parts_of_previous: re.Pattern[str]
    parts_follow: re.Pattern[str]
    not_egov: re.Pattern[str]
    survey_scope: re.Pattern[str]
    capacity: re.Pattern[str]
    systems_counted: re.Pattern[str]
    bodies: frozenset[str]
    plans_set_up: re.Pattern[str]
    egov_marker: re.Pattern[str]
    reform_after: re.Pattern[str]
    reform_before: re.Pattern[str]
    subnational: re.Pattern[str]
    kept: re.Pattern[str]
    subindex_names: re.Pattern[str]
    not_countries: frozenset[str]
    among_bodies: re.Pattern[str]
    superlative_after: re.Pattern[str]
    among_before: re.Pattern[str]
    occurrence_after: re.Pattern[str]
    first_to_do: re.Pattern[str]
    class_after: re.Pattern[str]
    subnational_out_of: frozenset[str]
    out_of: re.Pattern[str]
    up: re.Pattern[str]
    down: re.Pattern[str]
    compared: re.Pattern[str]
    part_of_total: re.Pattern[str]
    set_before: re.Pattern[str]
    year_earlier: re.Pattern[str]
    records_of_people: re.Pattern[str]
    people_after: re.Pattern[str]
    database_named: re.Pattern[str]
    database_pointed: re.Pattern[str]
    part_after: re.Pattern[str]
    denominator_words: frozenset[str]
    reset: re.Pattern[str]
    as_of: frozenset[str]
    strong_break: re.Pattern[str]
    np_skip: frozenset[str]
    launch: re.Pattern[str]
    deadline: re.Pattern[str]
    obligation: re.Pattern[str]
    subindex: re.Pattern[str]
    total_left: re.Pattern[str]
    stock_left: re.Pattern[str]
    not_counted: frozenset[str]
    people: frozenset[str]
    growth_left: re.Pattern[str]
    change_from: re.Pattern[str]
    identifier_heads: frozenset[str]
    country_provinces: frozenset[float]
    all_provinces: re.Pattern[str]
    not_identifier: re.Pattern[str]
    documents: re.Pattern[str]
    adoption_verbs: re.Pattern[str]
    adoption_done: re.Pattern[str]
    numbered_doc: re.Pattern[str]
    dated_in_parens: re.Pattern[str]
    adopted_after: re.Pattern[str]
    start_cue: re.Pattern[str]
    deploy_verbs: re.Pattern[str]
    verb_before_year: re.Pattern[str]
    clitic_en: re.Pattern[str]
    fee: re.Pattern[str]
    fee_per: re.Pattern[str]
    paid_fees: re.Pattern[str]
    not_processed: re.Pattern[str]
    vote: re.Pattern[str]
    launch_news: re.Pattern[str]
    not_news: re.Pattern[str]
    launch_today: re.Pattern[str]
    presented: re.Pattern[str]
    account_holders: frozenset[str]
    registered_self: re.Pattern[str]
    opened_account: re.Pattern[str]
    system_users: frozenset[str]
    share_people: frozenset[str]
    used_before: re.Pattern[str]
    used_after: re.Pattern[str]
    change_nouns: frozenset[str]
    fall_stems: tuple[str, ...]
    localities: frozenset[str]
    goes_on: re.Pattern[str]
    used_times: re.Pattern[str]
    used_as: dict[str, str]
    deadline_named: re.Pattern[str]
    reorganisation: re.Pattern[str]


def _any(patterns: Sequence[str]) -> re.Pattern[str]:
    return re.compile("|".join(f"(?:{p})" for p in patterns))


def _stems(stems: Sequence[str]) -> re.Pattern[str]:
    return re.compile("|".join(r"\b" + re.escape(s) for s in sorted(stems, key=len, reverse=True)))


@cache
def cues() -> _Cues:
    """The cue lists of `data/cues.toml`, compiled once."""
    d = load_toml("cues.toml")
    st, rk, ac = d["structure"], d["ranking"], d["accounts"]
    return _Cues(
        target=_any(d["status"]["target"]),
        planned=_any(d["status"]["planned"]),
        result=re.compile(d["status"]["result"]),
        per=tuple((k, _any(v)) for k, v in d["per"].items()),
        rank_words=_any(rk["words"]),
        horizon_cues=frozenset(d["status"]["horizon_cues"]),
        list_gap=re.compile(st["list_gap"]),
        parts_of_previous=re.compile(st["parts_of_previous"]),
        parts_follow=re.compile(st["parts_follow"]),
        not_egov=re.compile(st["not_egov"]),
        survey_scope=re.compile(st["survey_scope"]),
        capacity=re.compile(st["capacity"]),
        systems_counted=re.compile(st["systems_counted"]),
        egov_marker=re.compile(st["egov_marker"]),
        reform_after=re.compile(st["reform_after"]),
        reform_before=re.compile(st["reform_before"]),
        subnational=re.compile(rk["subnational"]),
        kept=re.compile(rk["kept"]),
        subindex_names=re.compile(rk["subindex_names"]),
        not_countries=frozenset(rk["not_countries"]),
        among_bodies=re.compile(rk["among_bodies"]),
        superlative_after=re.compile(rk["superlative_after"]),
        among_before=re.compile(rk["among_before"]),
        occurrence_after=re.compile(rk["occurrence_after"]),
        first_to_do=re.compile(rk["first_to_do"]),
        class_after=re.compile(rk["class_after"]),
        subnational_out_of=frozenset(rk["subnational_out_of"]),
        out_of=re.compile(rk["out_of"]),
        up=re.compile(rk["up"]),
        down=re.compile(rk["down"]),
        compared=re.compile(f"(?:{rk['compared']})|(?:{rk['compared_than']})"),
        part_of_total=re.compile(st["part_of_total"]),
        set_before=re.compile(st["set_before"]),
        year_earlier=re.compile(st["year_earlier"]),
        records_of_people=re.compile(st["records_of_people"]),
        people_after=re.compile(st["people_after"]),
        database_named=re.compile(st["database_named"]),
        database_pointed=re.compile(st["database_pointed"]),
        part_after=re.compile(st["part_after"]),
        denominator_words=frozenset(st["denominator_words"]),
        reset=_any(st["context_reset"]),
        as_of=frozenset(st["as_of"]),
        strong_break=re.compile(st["strong_break"]),
        np_skip=frozenset(st["np_skip"]),
        launch=re.compile(
            f"{_stems(st['launch']).pattern}|{st['launch_nationwide']}|{st['launch_active']}"
        ),
        deadline=_stems(st["deadline_cues"]),
        obligation=_any(st["obligation"]),
        subindex=re.compile(rk["subindex"]),
        total_left=re.compile(st["total_left"]),
        stock_left=re.compile(st["stock_left"]),
        not_counted=frozenset(st["not_counted"]),
        people=frozenset(st["people"]),
        bodies=frozenset(st["bodies"]),
        plans_set_up=re.compile(st["plans_set_up"]),
        growth_left=re.compile(st["growth_left"]),
        change_from=re.compile(st["change_from"]),
        identifier_heads=frozenset(st["identifier_heads"]),
        country_provinces=frozenset(float(n) for n in st["country_provinces"]),
        all_provinces=re.compile(st["all_provinces"]),
        not_identifier=re.compile(st["not_identifier"]),
        documents=_any(d["adoption"]["documents"]),
        adoption_verbs=re.compile(d["adoption"]["verbs"]),
        adoption_done=re.compile(d["adoption"]["verbs_done"]),
        numbered_doc=re.compile(d["adoption"]["numbered"]),
        dated_in_parens=re.compile(d["adoption"]["dated_in_parens"]),
        adopted_after=re.compile(d["adoption"]["adopted_after"]),
        start_cue=re.compile(d["adoption"]["start_cue"]),
        deploy_verbs=re.compile(d["adoption"]["deploy_verbs"]),
        verb_before_year=re.compile(d["adoption"]["verb_before_year"]),
        clitic_en=re.compile(st["clitic_en"]),
        fee=re.compile(st["fee"]),
        fee_per=re.compile(st["fee_per"]),
        paid_fees=re.compile(st["paid_fees"]),
        not_processed=re.compile(st["not_processed"]),
        vote=re.compile(st["vote"]),
        launch_news=re.compile(st["launch_news"]),
        not_news=re.compile(st["not_news"]),
        launch_today=re.compile(st["launch_today"]),
        presented=re.compile(st["presented"]),
        account_holders=frozenset(ac["people"]),
        opened_account=re.compile(ac["opened"]),
        system_users=frozenset(ac["users"]),
        share_people=frozenset(ac["share_people"]),
        used_before=re.compile(ac["used_before"]),
        used_after=re.compile(ac["used_after"]),
        registered_self=re.compile(ac["registered_self"]),
        change_nouns=frozenset(st["change_nouns"]),
        fall_stems=tuple(st["fall_stems"]),
        localities=frozenset(st["localities"]),
        goes_on=re.compile(st["goes_on"]),
        # (the verb, then an optional qualifier right before the figure)
        used_times=re.compile(
            r"\b(" + "|".join(map(re.escape, st["used_times"])) + r")\w*\s+"
            r"(?:(?:plus|pres|pas moins)\s+(?:de|d')\s*|environ\s+|quelque\s+)?$"
        ),
        used_as=dict(st["used_times"]),
        deadline_named=re.compile(st["deadline_named"]),
        reorganisation=re.compile(st["reorganisation"]),
    )


_RESPECTIVELY = re.compile(r"\brespectivement\b")
_BARE_DIGITS = re.compile(r"\d[\d .,]*$")
#: `dont 2.915 de niveau 4`: `de` after a bare number, its noun left out
_ELIDED_NOUN = re.compile(r"\s*(?:de\s|d')\s*(?!\d)")
_BRACKETED = re.compile(r"\([^()]*\)")
_WORD_AT_END = re.compile(r"([\w°]+)['\s]*$")
_NP_DE = re.compile(r"\s*(?:de\s+|d'(?!ici\b))?")
_USD_BETWEEN = re.compile(
    # a periodicity may come first (`1 200 milliards de dongs par an (50 millions de dollars)`)
    r"(?:\s+(?:par|chaque)\s+(?:an|année|mois|jour|semaine|trimestre))?"
    # (or the amount's year: `1.600 milliards de dongs en 2013 (environ 76 millions de dollars)`)
    r"(?:\s+(?:en|fin)\s+(?:19|20)\d\d)?"
    r"\s*(?:\(\s*(?:soit\s+|équivalant à\s+|équivalent à\s+|environ\s+)?|,?\s*soit\s+|"
    r",?\s*(?:l'|l’)?équivalent de\s+|,?\s*équivalant à\s+|"
    # or after the amount's own complement (`120 milliards de dongs dans son centre de données,
    # soit 4,8 millions de dollars`)
    r"\s+[^\d,;.()]{1,60}?,\s*(?:soit|(?:l'|l’)?équivalent de|équivalant à)\s+)"
)
_DEADLINE_LEFT = re.compile(
    r"\b(?:avant(?: le| la fin de| fin)?|au plus tard(?: le| en| a la fin de)?)\s*$"
)
_GENERIC_BASE = frozenset({"total", "ensemble", "totalite", "objectif", "fixe", "prevu"})
_NEGATED = re.compile(r"[^,;.]{0,40}?\b(?:n'|ne\s)(?:\w+\s+){0,2}?(?:pas|jamais|plus)\b")
#: A launch participle's clause opening a sentence, up to its subject (`Mise en service le 1er
#: mars 2021, `, `Lancé en janvier 2022, `).
#: A launch told by a past participle (`lancé`, `inaugurée`, `mis en service`), its ending left
#: to the pattern that uses it.
_LAUNCH_PARTICIPLE = (
    r"(?:lance|inaugure|mise? en (?:service|ligne|exploitation|oeuvre|œuvre|place)|ouvert|"
    r"operationnel)"
)
_LAUNCH_CLAUSE = _LAUNCH_PARTICIPLE + r"\w*\b[^,.;]{0,80},\s*"
_PRONOUN_SUBJECT = re.compile(
    # (after a short opening, or a launch participle's clause: `Mise en service le 1er mars
    # 2021, elle est connectée à 40 banques`)
    rf"^(?:[\w' ]{{0,20}},\s*|{_LAUNCH_CLAUSE})?"
    r"(?:il|elle|ils|elles|celui-ci|celle-ci|ce systeme|cette plate-?forme|"
    r"cette application|le systeme|la plate-?forme|l'application)\b"
)
#: (The word boundary is written once: with the other alternatives around them, the
#: regex parser does not factor out a `\b` per word, and the engine tries each everywhere.)
_PER_STOP = re.compile(r"\d|\b(?:soit|dont|tandis que|et de)\b|;")
_ANAPHORIC_SHARE = re.compile(
    r"\b(?:ce|cet|cette|ces) (?:taux|parts?|ratios?|proportions?|pourcentages?|chiffres?|"
    r"indicateurs?)\b"
)
_ONLINE = re.compile(r"\ben ligne\b|\bniveaux? (?:3|4|trois|quatre)\b|\bde bout en bout\b")
_ENUMERATION_GAP = re.compile(
    r"[^.;:]*?(?:,\s*|\s)(?:dont|parmi lesquels|parmi lesquelles|et|soit|ainsi que|contre)\s+"
    r"|\s*(?:et|,|ainsi que)\s+"
    # the total the figure brings the count to (`1,2 million de comptes, portant le total à
    # 11 millions`, `ce qui porte ce nombre à`, `pour un total de`)
    r"|(?P<total>[^.;:]*?,\s*(?:ce qui |qui )?(?:portant|porte|portent|a porte|porter)\s+"
    r"(?:ainsi\s+)?(?:le|ce|leur|son)\s+(?:nombre\s+)?(?:total|nombre|chiffre)\s+(?:cumule\s+)?a\s+"
    r"|[^.;:]*?,\s*(?:soit|pour)\s+un\s+total\s+de\s+)"
)
#: The end of a part's own clause in an enumeration (`dont 1 420 en ligne, 445 ...`).
_PART_END = re.compile(r"[,;.(]|\b(?:dont|et|tandis que)\b")
#: what a count added is and its total is not (`comptes supplémentaires` -> `comptes`)
_ADDED = re.compile(
    r"\s+(?:supplémentaires?|additionnel(?:le)?s?|de plus)\b|\b(?:nouveaux|nouvelles?|nouvel)\s+"
)


_NP_STOP = re.compile(
    r"[,;:.()«»\"!?]|\b(?:(?:et|ou|ainsi|tandis|sur|parmi|qui|que|dont|ont|sont|avaient|avait|a|"
    r"pour|dans|via|y|se|ne|etaient|etait|sera|seront|d'ici|depuis|avec|selon|lors|grace)\b"
    r"|en\b(?! ligne)"
    # elided `ne`, `se` (`Cinq ministères n'ont pas`, `s'est`)
    r"|\b[ns]'"
    # a year before (`contre 8 millions un an plus tôt`)
    r"|\b(?:un an|(?:deux|trois|quatre|cinq|dix|\d{1,2}) ans) (?:plus tot|auparavant|avant)\b)"
)
#: Places called points (`points de passage`, `points de service`), not a score's points.
_PLACES_CALLED_POINTS = re.compile(
    r"points? (?:(?:de|d'|d) ?)?(?!(?:pourcentage|base|plus|moins|avance|retard|ecart|difference|"
    r"croissance|hausse|baisse|progression|l.indice|indice|par|sur|en|au|a|de|du|des|dans|"
    r"pour|et|ou)\b)[a-z]"
)
_NP_WORD = re.compile(r"[\w'’-]+")


#: The counted noun as the subject, its number told after `au nombre de` (`Les comptes ...
#: activés étaient, eux, au nombre de 43,6 millions`).
_AU_NOMBRE_DE = re.compile(
    r"\b(?:les|des|ces)\s+([\w'-]+(?:\s+[\w'-]+){0,8}?)\s+(?:sont|etaient|seront|se chiffrent|"
    r"se chiffraient)\s*(?:,\s*(?:eux|elles)\s*,\s*)?au nombre de\s+"
    r"(?:pres de |plus de |environ |quelque )?$"
)
_NOMBRE_DE = re.compile(
    # (not a qualifier: `un investissement total de près de 3.100 milliards`)
    r"\b(?:nombre|total|quantite|volume)\s+(?:de\s+|d'|des\s+)"
    r"(?!(?:pres|plus|moins|environ|quelque|au|quasi)\b)([\w'-]+"
    # its complement (`de paiement`), or the second word unless a verb or its auxiliary (`le
    # nombre de comptes a atteint`)
    r"(?:\s+(?:de|des|du|en)\s+[\w'-]+|\s+d'[\w-]+"
    r"|\s+(?!(?:a|ont|est|sont|etait|atteint|depasse|s'eleve|se|de|des|du|en)\b)[\w'-]+)?)"
)


#: Between a count and a share of it: `1 250 questions de citoyens, dont 98 %`
_DONT_SHARE = re.compile(r"[^.;:]{0,60},\s*dont\s+")
#: A figure told as the same measure as the one before (`Au niveau provincial, ce chiffre est de`).
_SAME_FIGURE = re.compile(
    r"\b(?:ce|le meme) (?:chiffre|nombre|total) (?:est|etait|s.eleve|s.elevait|atteint|a atteint|"
    r"passe|est passe)\s+(?:de|a|d.)?\s*(?:plus de |pres de |environ )?$"
)
#: Between a part of a whole and its share: `329/492 hôpitaux, soit 66,9 %`, `1 654 (soit 70,4 %`
_SOIT_SHARE = re.compile(
    r"(?:(?:/|\s+(?:des|sur)\s+)\s*\d[\d .]*)?[^\d.;:]{0,130}?(?:,|\()\s*soit\s+"
    r"(?:un taux de\s+|une proportion de\s+|un pourcentage de\s+)?(?:environ\s+|pres de\s+)?"
)
#: What makes a share told after a count a change instead (`soit 20 % de plus`).
_CHANGE_AFTER = re.compile(
    r"\s*(?:de plus|de moins|d.augmentation|de hausse|de baisse|par rapport)"
)
#: `multiplié par trois`, `divisé par 2`: a factor
_MULTIPLIER_LEFT = re.compile(r"\b(?:multipli|divis)\w*\s+par\s*$")
#: Between two numbers that count the same noun, told after the second
_COORDINATED = re.compile(r"\s*(?:et|ou|a|,)\s*")

#: First words of what follows a number without naming what it counts (`1 312 en ligne`).
_ADVERBIAL_HEADS = frozenset({"en", "au", "aux", "dans", "par", "sur", "a", "pour"})


_SCORE_LEFT = re.compile(
    r"\b(?:indices?|index|sous-indices?|indicateurs?|scores?|egdi|osi|hci|tii|epi|dti|papi|sipas|"
    r"notes?|valeur)\b[^.;]{0,200}$"
)
#: A list of scores after the index or score named, however long (`meilleurs scores dans 7 des
#: 8 domaines : la participation (5,43 points), ..., la gouvernance électronique (4,08 points)`).
_SCORES_LISTED = re.compile(
    r"\b(?:indices?|index|scores?|egdi|dti|papi|sipas)\b[^.;]*\d(?:[.,]\d+)?\s+points?\b[^.;]*$"
)
#: An index named right before its edition year (`l'indice PAPI pour 2023`, `(PAR INDEX) 2020`,
#: `l'EGDI 2022`, `le classement de l'indice ... en 2020`).
_INDEX_EDITION = re.compile(
    # (the UN survey's edition: `l'Enquête sur l'e-gouvernement 2024`, `l'Enquête sur le
    # gouvernement électronique 2016`)
    r"\b(?:index|indices?|egdi|osi|dti|papi|sipas|pci|classement|enquetes?)\b[^.;:]{0,45}?"
    r"[)\s]*(?:pour |de |du |en |d.)?(?:l.annee )?$"
)
#: A verb or noun of change before `N places` (`a gagné 7 places`, `une diminution de 10`).
_PLACE_CHANGE = re.compile(
    r"\b(?:gagn|grimp|progress|hausse|augment|amelior|remont|bond|recul|perd|perte|diminu|baiss|"
    r"chut|degringol|descend)\w*\b[^.;:]{0,50}$"
)
#: A change of places that is a fall (`une chute de 17 places`, `a reculé de 3 places`).
_PLACE_LOST = re.compile(
    r"\b(?:recul|perd|perte|diminu|baiss|chut|degringol|descend)\w*\b[^.;:]{0,50}$"
)

#: A score's words before its value (`un score de`, `score total de`, `score moyen d'`).
_SCORE_WORDS = r"\bscore (?:total |moyen |global |final |general )?(?:de |d.)"
_SCORE_OF = re.compile(_SCORE_WORDS + r"\s*$")
#: How a place's score is given (`en tête avec 95,76 %`, `talonnée par Hai Phong (93,57 %)`,
#: `un score de 85 %`).
_SCORE_GIVEN = re.compile(
    rf"(?:\bavec|{_SCORE_WORDS}|\bnote de|\()\s*(?:un (?:score|resultat|indice|taux) de\s*)?"
    r"(?:plus de |pres de |environ )?$"
)
#: An index's edition named anywhere (`l'Indice de réforme de l'administration publique (PAR
#: INDEX) 2020`, `l'indice PAPI pour 2023`, `SIPAS 2019`).
_INDEX_EDITION_NAMED = re.compile(
    r"\b(?:index|indices?|egdi|dti|papi|sipas)\b[^.;:]{0,30}?[)\s]*"
    r"(?:pour |de |du |en )?(?:19|20)\d\d\b"
)
#: A place told in words (`en tête`, `classée première`, `talonnée par`).
_PLACE_TOLD = re.compile(
    r"\b(?:en tete|premiere?s?|classee?s?|rangs?|places?|suivie?s?|talonnee?s?|derniere?s?|"
    r"(?:s.en)?suiv(?:ent|ait|aient)|s.ensuit|"
    r"(?:le|la|les) plus (?:faible|bas|basse|elevee?|haute?)s?)\b"
)
#: A sentence that names an index by its name or its acronym (`l'indice PAPI 2023`).
_INDEX_NAMED = re.compile(
    r"\b(?:indices? (?:de |d.|du |des )?[a-z]|index\b|egdi|dti|papi|sipas|par[ -]index)"
)
#: `87,5/100 points à l'indice de satisfaction`: the index named just after the score.
_SCORE_RIGHT = re.compile(r"[^.;]{0,40}?\b(?:indices?|index|score|egdi|osi|dti)\b")


#: The staff of the administration: the economy's words, unless counted by what they did online.
# (`personnel` the noun, after its determiner: `compte personnel` is a personal account)
_STAFF_WORDS = r"effectifs?|fonctionnaires|(?:le |du |au |son |leur |de |d.)personnel"
_STAFF = re.compile(rf"(?:{_STAFF_WORDS})")
_ECONOMY = re.compile(
    r"\b(?:pib|produit interieur|export\w*|import(?:ation|ateur)?s?|import-export|"
    r"croissance (?:economique|du pib)|"
    # (`les banques commerciales` are banks, whose links to e-government systems count)
    r"productivite|inflation|touris\w*|commerce|(?<!banques )(?<!banque )commercial\w*|"
    r"investissements? directs?|ide|"
    r"chiffre d.affaires|recettes?|budget de l.etat|emplois?|chomage|population active|"
    rf"etats membres|pays membres|habitants? du pays|grdp|{_STAFF_WORDS}|"
    r"salaires?)\b"
)


#: What may come between a figure and its own date: a few words, no figure, no clause break.
_FEW_WORDS = re.compile(r"\s*(?:[^\W\d]+['’]?\s*){0,3}")
#: `à 4 500`: the end of a change opened by `passé de 2 800` (cues.toml `change_from`)
_TO_LEFT = re.compile(
    r"^\s*(?:[^\W\d]+\s+){0,3}a\s+(?:quelque\s+|pres de\s+|plus de\s+|environ\s+)?$"
)


#: `contre 38 %`, `contre respectivement 12,5 millions`: a value compared with
_COMPARED_VALUE = re.compile(
    r"\bcontre\s+(?:respectivement\s+)?(?:seulement\s+|uniquement\s+|a peine\s+)?$"
)
#: `par rapport à fin 2021`, `contre 12,5 millions en 2021`: the date of a comparison
#: A year compared with, a few words after its cue (not in a parenthesis opened after them:
#: `par rapport à 2022 (en 2022, la province a atteint ...)`).
_COMPARED_NEAR = re.compile(r"\b(?:par rapport a(?:ux?)?|compar\w*|en glissement)\b[^,;(]{0,30}$")
#: (a verb of plan coordinated after a goal opens a clause too: `vise 100 % ... d'ici 2025 et
#: prévoit d'investir 120 milliards l'année prochaine`)
_SUBCLAUSE_BREAK = re.compile(
    r"[,;()]|\b(?:contre|tandis que|alors que|mais)\b"
    r"|\bet (?=(?:prevoi|envisag|projett?)\w*\s+(?:de |d.))"
    # (`... d'ici fin 2022 et vise à ce que 80 % des dossiers ... d'ici 2025`)
    r"|\bet (?=(?:vise|visent|ambitionne|ambitionnent|entend|entendent)\s+(?:a |de |d.))"
    # two aims joined, each with its horizon (`d'intégrer 1.000 services d'ici fin juin 2020 et
    # de porter à 30 % la part ... d'ici fin 2020`)
    r"|\bet (?=(?:de |d.)(?:porter|atteindre|augmenter|faire passer|elever|relever)\b)"
    # (or after a verb of will, the infinitive alone: `veut numériser 100 % ... d'ici la fin de
    # l'année et atteindre 95 % ... d'ici 2030`)
    r"|\bet (?=(?:porter|atteindre|faire passer|elever|relever)\b)"
)


_DATELINE_TAIL = re.compile(r"\s*\((?:VNA|AVI|[A-Z]{2,6})\)")


_TOP_LEFT = re.compile(r"\b(?:top|groupe)\s*(?:de\s+|des\s+)?$")
_TOP_RIGHT = re.compile(
    r"^\s*(?:premiers|premieres|meilleurs|meilleures|principaux|principales|"
    # (or the noun first: `parmi les cinq localités leaders`)
    r"(?:[\w-]+\s+){1,2}(?:leaders?|de tete|les plus performant\w*))\b"
)
#: `le top de quatre pays`: after `top`, the countries counted
_TOP_COUNTRIES = re.compile(r"^\s*(?:premiers|premieres|meilleurs|meilleures|principaux|pays)\b")
#: `parmi les 50 premiers`, `dans le groupe des 50 principaux pays`, not `occupent les trois
#: premières places`
_TOP_MEMBERSHIP = re.compile(
    r"\b(?:parmi|dans|entre|rejoindre|integrer|entrer dans)\s+(?:les|le|le groupe des)\s*$"
)


#: `où il occupait la`, `contre la`, `il était`: the place of a ranking before, told last
_PAST_PLACE = re.compile(
    r"\b(?:n.)?(?:occupait|occupaient|etait|etaient|se classait|se situait|figurait|detenait|"
    r"contre|(?:l.)?avai(?:t|ent) (?:ete )?class\w*|s.etai(?:t|ent) (?:class|hiss|situ)\w*)"
    # (or in the negative: `où il n'occupait que la 99e place`)
    r"\s+(?:que\s+|qu.)?(?:(?:la|le|au|a\s+la)\s+)?$"
)


#: Words of e-government, in two regexes: the engine skips straight to the first letters
#: of the plain words (all the alternatives of a regex must start with a letter for that);
#: only the words that need a boundary are tried at every position.
_EGOV_TOPIC_WORDS = re.compile(
    r"e-gouvernement|gouvernement electronique|gouvernance electronique|administration "
    r"electronique|egdi|nations unies|en ligne|numerique|e-participation|"
    r"portail|plate-?forme|base de donnees|vneid|dichvucong|signature numerique|identification"
)
_EGOV_TOPIC_BOUNDED = re.compile(
    r"\b(?:onu\b|e-\w+|donnees\b|electroniques?\b|a puce\b|cccd\b|projet 0?6\b|numeris\w*|"
    # (a smart city's operation centre: `le centre IOC`, `ville intelligente`)
    r"ioc\b|villes? intelligentes?\b|operations? intelligent\w*|"
    r"dematerialis\w*|"
    r"(?:application|applique\w*|utilis\w*(?: efficacement)?) (?:des|les) "
    r"(?:technologies de l.information|ti)\b|"
    r"sites? (?:web|internet|electroniques?)|propres? sites?|"
    r"systemes? (?:d.information|informatiques?|d.informations)\b|"
    # benefits paid into accounts, not in cash (`recevant leurs pensions par l'intermédiaire de
    # leurs comptes personnels`)
    r"(?:via|par l.intermediaire d(?:e|es)|sur) (?:leurs?|ses|son|les|un|une) comptes? "
    r"(?:bancaires?|personnels?)\b|"
    # (or by bank transfer: `touchaient leur pension par virement bancaire`, `versé par voie
    # bancaire`)
    r"par (?:virements? bancaires?|voie bancaire)\b|"
    r"authentifi\w*|logiciels?\b|tele-?(?:medecine|sante)|telechargements?\b|"
    r"cartes? d.identite (?:citoyenne|electronique|a puce)|"
    # the satisfaction of the administration's users (SIPAS)
    r"satisfaction (?:des (?:citoyens|usagers|habitants|entreprises|personnes|organisations)|"
    r"du public|de la population)\b|"
    r"satisf\w* [^.;]{0,60}?\b(?:services? (?:administratifs?|publics?)|administration)\b|"
    # done online (`soumis par Internet`), not access to the internet
    r"(?:par|via) internet\b|"
    # artificial intelligence and virtual assistants at the administration's counters,
    # payments without cash (pensions paid into accounts), smart cities
    r"intelligence artificielle|assistants? virtuels?|chatbots?|sans (?:numeraire|especes)\b|"
    r"non numeraires?\b|villes? intelligentes?)"
)


def _is_egov_topic(folded: str) -> bool:
    """Whether folded text speaks of e-government."""
    return bool(_EGOV_TOPIC_WORDS.search(folded) or _EGOV_TOPIC_BOUNDED.search(folded))


#: What an e-government system does to the things it counts (for `other` counts).
_EGOV_ACTIVITY = re.compile(
    r"\b(?:(?:connect|reli|integr|delivr|emis|emet|trait|numeris|enregistr|authentifi|activ|"
    r"organis|heberg|stock|utilis|install|deploy|effectu|realis|telecharg|soumis|depos|"
    r"envoy|echang|partag|synchronis|certifi|verifi|adopt|elabor|approuv|promulgu|"
    r"fonctionn|appliqu|accept|consolid|collect|compren|regroup|rassembl)\w*|"
    r"mis en (?:oeuvre|œuvre|place|service)|"
    r"servi[rst]?|servent|contien\w*|"
    r"contenai\w*|signee?s?)\b"
)


#: The nouns of a start (`lancement`, `mise en service`, `inauguration`, `entrée en vigueur`).
LAUNCH_NOUN = (
    r"(?:lancement|mise en (?:service|ligne|exploitation|oeuvre|œuvre)|ouverture|inauguration|"
    r"creation|entree en (?:service|fonction|vigueur))"
)
#: A span counted from a start up to a date (`Depuis son lancement jusqu'au`, `De sa mise en
#: service à fin`, `De son ouverture au`).
#: (`Depuis son inauguration au 9 décembre 2019 jusqu'au ...`: after `depuis`, `au` tells the
#: launch's day and only `jusqu'au` the end)
_SINCE_START_UNTIL = re.compile(
    r"\b(?:depuis\s+{start}(?:jusqu.(?:au|a|en))|(?:de|des)\s+{start}(?:jusqu.(?:au|a|en)|a|au))"
    r"(?:\s+la)?(?:\s+fin(?: de)?)?\s*$".format(
        # (the start's own date may be told: `Depuis son lancement en décembre 2019 jusqu'à`)
        start=rf"(?:son|sa|leur|le|la|l.)\s*{LAUNCH_NOUN}\s+(?:officielle?s?\s+)?(?:\([^)]*\)\s+)?"
        r"(?:(?:en|le|du|au)\s+[^,;.()]{1,25}?\s+)?"
    )
)
#: Money allotted to a plan, up to the sum (`un plan de transformation numérique doté de`).
_ENDOWED_WITH = r"\bdote(?:e|s|es)? d(?:e|')\s*(?:pres de |plus de |environ )?"
_SINCE_LAUNCH = re.compile(r"\b(?:apres|depuis|avant|des)\s+(?:son|sa|leur|le|la|l')\s*$")
_CEREMONY = re.compile(
    r"ceremonie d.ouverture|ouverture (?:a|de) la signature|ouverture (?:du|de la|des) "
    r"(?:forum|sommet|congres|salon|conference|session|reunion|exposition|festival)"
)
_SYSTEM_WORDS = re.compile(
    # (`l'e-gouvernance`, `l'e-commerce` are domains, no system)
    r"\be-(?!gouvern|commerce)\w+|\bsysteme|plate-?forme|\bapplication|\bportail|"
    r"base de donnees|\blogiciel|centres? (?:national |nationaux )?de donnees|"
    r"centres? d.operations? intelligent|\bioc\b"
)
#: Topic words that make a launched system an e-government one (the UN is no system).
_EGOV_SYSTEM_TOPIC = re.compile(
    r"e-gouvernement|gouvernement (?:electronique|numerique)|gouvernance electronique|"
    r"administration (?:electronique|en ligne)|en ligne|numerique|electroniques?\b|\be-\w+|"
    r"portail|plate-?forme|base de donnees|vneid|dichvucong|\bdonnees\b|service public|"
    r"services publics|identification|signature|dossiers?\b|documents?\b|informati\w+|"
    r"\bapplications?\b|operations? intelligent\w*|ville intelligente|guichets? uniques?|"
    r"dedouanement|douanes? electroniques?"
)


#: What a comparison is made with, then its year: `par rapport à (l'édition | son
#: classement de | l'année) 2022`
_COMPARING = r"par rapport a|comparativement a|compare a"
_YEAR_COMPARED = (
    r"(?:l'annee\s+|celui de\s+(?:l'annee\s+)?|(?:la\s+|l')?edition\s+(?:de\s+)?"
    r"|(?:le\s+|son\s+|l'|la\s+)?(?:precedente?\s+|derni\w+\s+)?(?:classement|rapport|enquete|"
    r"evaluation)\s+(?:de\s+)?)?(\d{4})\b"
)
#: The last year a ranking is compared with, in the words before a place held then.
_LAST_COMPARED_YEAR = re.compile(
    rf"\b(?:{_COMPARING})\s+{_YEAR_COMPARED}(?!.*\b(?:{_COMPARING})\b)"
)
_COMPARED_DATE = re.compile(rf"\s*(?:,\s*)?(?:{_COMPARING}|contre|depuis)\s+{_YEAR_COMPARED}")


_DEADLINE_TAIL = re.compile(
    r"\s*(?:(?:le|la|l'|les|en|au|a|a la|de|d'|du|des|fin|la fin de|la fin du|fin de|debut|"
    r"debut de|le debut de|mois)\s*)*"
)


# The press's phrasings read by events.py, rankings.py and metrics.py.
#: Public administration and its services: what the documents adopted must be about.
_ADMINISTRATION = re.compile(
    r"\badministrati\w*|\bservices? publics?\b|\bprocedures?\b|\bguichets? uniques?\b|"
    r"\bprojet 0?6\b|\bvilles? intelligentes?\b"
)
#: A public administration service centre (`centre de services de l'administration publique`).
_SERVICE_CENTRE = re.compile(
    r"\bcentres? (?:de services? |des services )?(?:d.|de l.)?(?:administration publique|"
    r"administratifs? publics?|services? administratifs? publics?)"
)
#: What an online service is (the subject of a start date).
_EGOV_SERVICE = re.compile(
    r"\bservices? (?:publics? )?en ligne\b|\bportail\b|\bvneid\b|\bdichvucong\b|"
    r"\bplate-?forme\b|\ben ligne\b"
)
#: `s'est tenue`, `a eu lieu`: a ceremony's verb between its name and its date.
_HELD = re.compile(r"\b(?:s.est tenue?s?|a eu lieu|ont eu lieu|organisee?s?)\b")
#: A sentence that opens on its date: `Le 18 août,`, `Mardi 12 mars,`, `En mai 2019,`.
_OPENING_DATE = re.compile(r"\s*(?:le |la |en |dans la matinee du |\w+di )?[^,;.]{0,30},")
#: A sentence that opens on the occasion its date is told in (`Lors d'une conférence tenue
#: samedi 2 mars à Cao Lanh,`, `À l'occasion de la cérémonie du 12 juin,`).
_OPENING_OCCASION = re.compile(r"\s*(?:lors|au cours|a l.occasion|en marge) d[eu'][^,;.]{0,80},")
#: A place whose subject is a pronoun or the country named before (`il figurait à la 99e place`).
#: (Named apart from `_PRONOUN_SUBJECT` above, which it used to shadow.)
_PLACE_SUBJECT = re.compile(
    r"(?:^|,\s*|\.\s*)(?:il|elle|le pays|le vietnam|ce dernier)\s+(?:\w+\s+){0,2}?$"
    # (also in the negative: `le pays n'occupait encore que la 86e place`)
    r"|\b(?:il|elle|le pays|le vietnam|ce dernier) (?:ne |n.)?(?:s.est |a |avait |etait |figur|"
    r"occup|se )"
    r"|^\s*(?:il|elle|le pays|le vietnam|ce dernier)\b"
    # (the country as the object of a goal: `vise à placer le Vietnam parmi les 50 premiers`)
    r"|\b(?:placer|hisser|porter|amener|faire (?:entrer|figurer)) (?:le pays|le vietnam)\b"
)
_SAME_AS_IN = re.compile(r"\s*qu.(?:en|a)\s+((?:19|20)\d\d)\b")
#: Indices provinces and ministries are ranked in (`DTI`, `PAR Index`, `indice de ...`).
_INDEX_WORDS = re.compile(r"\b(?:indices?|index|dti|papi|sipas)\b")
#: Economic indices provinces are ranked in (the PCI): no e-government place.
_COMPETITIVENESS = re.compile(
    r"\b(?:competitivite|pci|gci|gii|idi|innovation|technologies de l.information)\b"
)
#: A country named with its article right before a place: `le Niger 192ème`.
_NAMED_BEFORE = re.compile(
    r"(?:^|[\s,;(])(?:[Ll]e|[Ll]a|[Ll]es|[Ll]['’])\s*([A-ZÀ-Ý][^\W\d_]+(?:[\s-]+(?:du |de |d['’])?"
    r"[A-ZÀ-Ý][^\W\d_]+)*)(?=[^A-ZÀ-Ý]*$)"
)
#: A name opening its clause, then the verb of a place: `Hanoï est au 12e rang`, `Dà Nang a
#: reculé au 4e rang`.
_NAMED_SUBJECT = re.compile(
    r"(?:^|[,;:…]\s*|\.\s+)(?!(?:Il|Elle|Ils|Elles|On|Ce|Cet|Cette|Celui|Celle)\b)"
    r"([A-ZÀ-Ý][^\W\d_]+(?:[\s-]+[A-ZÀ-Ý][^\W\d_]+)*)\s+"
    r"(?:est|a|occupe|se classe|se hisse|s['’]est \w+|figure|reste|arrive|recule|progresse|"
    r"grimpe|remonte)\b[^,;]*$"
)

#: What a public service launched is made of.
_PROCEDURES = re.compile(
    r"\bprocedures?\b|\bservices? publics?\b|\bdemarches?\b|\bformalites?\b|\bguichets? uniques?\b"
)
#: Campaigns and contests are launched too, but are no service.
_CAMPAIGN = re.compile(r"\b(?:mouvements?|campagnes?|concours|emulation|competitions?|forums?)\b")
#: A system of a province, a city or a district.
_LOCAL_SYSTEM = re.compile(
    r"\b(?:provincia(?:l|le|ux|les)|(?:de|dans) la province|municipa(?:l|le|ux|les)|"
    r"(?:de |dans )?la ville de|"
    r"du district|de l.arrondissement|de la commune|communa(?:l|le|ux|les))\b"
    # (a province or a city as the sentence's subject: `La province méridionale de Binh Duong a
    # mis en service ... un nouveau système`)
    r"|(?:^\s*|[-–—]\s+)la (?:province|ville)\b"
    # (after a short opening phrase: `Dans le Centre, la province de Thua Thien-Hue a lancé`)
    r"|(?:^|[-–—])[^-–—,.;]{0,30},\s*la (?:province|ville)\b"
)


@cache
def _names(kind: str) -> str:
    """data/cues.toml [places] `kind` (`provinces`, `countries`) as one alternation, the longest
    names first."""
    names = sorted(load_toml("cues.toml")["places"][kind], key=len, reverse=True)
    return "|".join(re.escape(n) for n in names)


@cache
def _place_opens() -> re.Pattern[str]:
    return re.compile(rf"\s*(?:{_names('provinces')})\b(?!\s*[,(])")


@cache
def _place_ends() -> re.Pattern[str]:
    return re.compile(rf"\b(?:{_names('provinces')}),\s*$")


@cache
def _country_ends() -> re.Pattern[str]:
    # (or a participle in apposition after the comma: `Singapour, classé 12e`)
    return re.compile(
        rf"\b(?:{_names('countries')})\s*[,(]\s*(?:(?:classee?s?|placee?s?)\s+(?:au\s+|a la\s+)?)?$"
    )


def country_before(folded: str, end: int) -> bool:
    """Whether another country is named right before `end`, a comma or a bracket after it
    (`Singapour (` before its place `11e`, `Singapour, classé ` before `12e`)."""
    return _country_ends().search(folded, max(0, end - 40), end) is not None


def place_before(folded: str, end: int) -> bool:
    """Whether a province or a city is named right before `end`, a comma after it (`suivie de
    Da Nang, ` before its place `2e`)."""
    return _place_ends().search(folded.replace("đ", "d"), max(0, end - 40), end) is not None


def opens_with_place(folded: str, start: int) -> bool:
    """Whether the words from `start` open on a province or a city as the subject (`Hô Chi
    Minh-Ville a lancé ...`; not a dateline's `Hanoï, 10 mars` nor `Hanoï (VNA)`)."""
    return _place_opens().match(folded.replace("đ", "d"), start) is not None


#: What a step is of, right after its noun or verb (`l'entrée en fonctionnement| de l'`).
_OF_THE = re.compile(r"\w*\s+(?:de |du |des |d.)(?:la |l.|les )?(?:nouvelle |nouveau )?")


def reorganisation_after(folded: str, at: int) -> bool:
    """Whether what the step ending at `at` is of is an administrative reorganisation
    (`l'entrée en fonctionnement de l'administration locale à deux niveaux`: no e-government
    event starts)."""
    of = _OF_THE.match(folded, at)
    return of is not None and cues().reorganisation.match(folded, of.end()) is not None


#: Identity cards, which Projet 06 and the e-ID build on: a project on them is e-government's.
_IDENTITY_CARDS = re.compile(r"\bcartes? d.identite\b|\bloi sur l.identite\b")


#: Small numbers written in words (`deux places`, `un an plus tôt`).
_SMALL = {
    "un": 1, "une": 1, "deux": 2, "trois": 3, "quatre": 4, "cinq": 5, "six": 6, "sept": 7,
    "huit": 8, "neuf": 9, "dix": 10, "onze": 11, "douze": 12, "treize": 13, "quatorze": 14,
    "quinze": 15, "seize": 16, "vingt": 20, "trente": 30,
}  # fmt: skip


def _small_number(word: str) -> int | None:
    """A small number written in digits or in words, else None."""
    if word.isdigit():
        return int(word)
    return _SMALL.get(word)
