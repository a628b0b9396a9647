"""What the words around a matched span say: its cue and part word (`d'ici fin`),
whether it sits inside an identifier (`12/2020/ND-CP`), whether a bare number is a
year, whether a relative expression is a date, and whether the sentence speaks of
the future."""

from __future__ import annotations

import re
from collections.abc import Iterable

from vnextract.recognizers.dates.lexicon import DateLexicon, _Regexes, _regexes
from vnextract.recognizers.dates.mention import _norm
from vnextract.recognizers.dates.reading import _Fields
from vnextract.recognizers.forms import ACRONYM_BEFORE

# Bare years are only trusted in this range (see the module docstring); a year
# next to a month or day may be anything with four digits.
_BARE_YEAR_MIN, _BARE_YEAR_MAX = 1900, 2099

_MAX_CUE_WORDS = 7  # `à la fin de l' année`, `au cours de la période`


def _cue_and_part(text: str, start: int, rx: _Regexes) -> tuple[str | None, str | None]:
    """The cue and the part word written just before `start` (`d'ici fin 2025`)."""
    # `(à partir du 1er février)`: a bracket opens no word of the cue
    window = _norm(text[max(0, start - 48) : start]).replace("'", "' ").replace("(", " ")
    if window.rstrip().endswith("-"):  # `mi-2021`, `à la mi-juillet`
        window = window.rstrip()[:-1]
    words = window.split()[-_MAX_CUE_WORDS:]
    if start - 48 > 0 and words and len(words) == len(window.split()):
        words = words[1:]  # the first word may be cut by the window
    part = None
    for k in range(min(_MAX_CUE_WORDS, len(words)), 0, -1):
        found = rx.parts.get(" ".join(words[-k:]))
        if found is not None:
            part, words = found, words[:-k]
            break
    for k in range(min(_MAX_CUE_WORDS, len(words)), 0, -1):
        found = rx.cues.get(" ".join(words[-k:]))
        if found is not None:
            return found, part
    return None, part


def _inside_identifier(text: str, start: int, end: int) -> bool:
    """Whether text[start:end] is part of an identifier rather than a date.

    Decree numbers (`12/2020/ND-CP`), numbered references (`n°17/2020`), URLs,
    e-mail addresses, names such as `COVID-2019`: the run of non-space
    characters around the span and the few characters before it tell.
    """
    lo = start
    while lo > 0 and not text[lo - 1].isspace() and start - lo < 80:
        lo -= 1
    hi = end
    while hi < len(text) and not text[hi].isspace() and hi - end < 80:
        hi += 1
    chunk = text[lo:hi]
    if "@" in chunk or "www." in chunk or "://" in chunk:
        return True
    before, after = text[lo:start], text[end:hi]
    if after[:1] == "/" or before[-1:] == "/":
        return True
    # `2020.vn`, `4.0.2020`; but `en 2020.Le` is a glued sentence end.
    if after[:1] == "." and (after[1:2].isdigit() or after[1:2].islower()):
        return True
    if before.endswith("-") and before[:-1][-1:].isalpha():
        word = before[:-1].lower()
        if not word.endswith(("mi", "fin", "début", "debut")):
            return True
    near = _norm(text[max(0, start - 12) : start]).rstrip()
    return near.endswith(("n°", "nº", "no.", "numéro", "n° :"))


# Sentence ends bound the words searched for future markers.
_SENTENCE_END = re.compile(r"[.!?;]\s|\n")
_FUTURE_TENSE = re.compile(r"^[^\W\d_]{2,}(?:[eiu]ra|[eiu]ront|[dtr]ra|[dtr]ront)$")
#: The conditional of reported plans (`représenterait`, `figureraient`).
_CONDITIONAL = re.compile(r"^[^\W\d_]{2,}(?:[eiu]r|[dtr]r)(?:ait|aient)$")


def _sentence_window(text: str, start: int, end: int, before: int, after: int) -> tuple[str, str]:
    """The words of the same sentence before and after a span, bounded in length."""
    left = text[max(0, start - before) : start]
    cut = None
    for found in _SENTENCE_END.finditer(left):
        cut = found.end()
    if cut is not None:
        left = left[cut:]
    right = text[end : end + after]
    stop = _SENTENCE_END.search(right)
    if stop:
        right = right[: stop.start()]
    return _norm(left), _norm(right)


def _tense(word: str, lex: DateLexicon) -> bool | None:
    """True for a word marking the future, False for a past auxiliary, else None."""
    if word in lex.future_words:
        return True
    if word in lex.past_words:
        return False
    if word not in lex.not_future and _FUTURE_TENSE.match(word):
        return True
    return None


def tells_future(text: str, lex: DateLexicon) -> bool:
    """Whether a word of `text` marks the future (`pilotera`, `seront`, `prochain`)."""
    return any(_tense(w, lex) for w in re.findall(r"[^\W\d_]+", _norm(text)))


#: A clause whose first verb is in the passé composé: the auxiliary, then its participle
#: (`..., plus de 70 000 établissements ont obtenu`, `..., la province a atteint`).
_DONE = re.compile(
    r"[^,;:.]{0,120}?\b(?:ont|a|avaient|avait)\s+(?:(?:deja|déjà|egalement|également|tous|"
    r"toutes|ete|été)\s+)*\w+(?:é|ée|és|ées|i|ie|is|ies|u|ue|us|ues|int|ert|is)\b"
)


def told_done_by(right: str) -> bool:
    """Whether the clause a date opens tells what was done by then (`D'ici la fin de 2024, plus
    de 70 000 établissements ont obtenu ...`): its first verb, an auxiliary and its participle."""
    return right.startswith(",") and _DONE.match(right[1:]) is not None


def _is_future(left: str, right: str, cue: str | None, f: _Fields, lex: DateLexicon) -> bool:
    """Whether the words around a date put it in the future (FACTS.md section 6).

    The nearest tense marker decides, looking back first (`sera lancé le 15
    août`, `a rapporté le 10 mars`), then at the next three words before a
    comma (`le 15 août sera`): a verb further away usually governs another
    clause.
    """
    if cue in lex.future_cues or (f.relative in lex.future_after):
        return True
    if "à venir" in right[:12]:
        return True
    rx = _regexes(lex)
    for word in reversed(rx.future_word.findall(left)):
        tense = _tense(word, lex)
        if tense is not None:
            return tense
    # After the date only the next few words count, and only listed ones: in
    # `inauguré le 9 décembre permettra de`, the verb after has its own subject.
    for word in rx.future_word.findall(right.split(",", 1)[0])[:3]:
        if word in lex.future_words:
            return True
        if word in lex.past_words:
            return False
    # A date that opens its sentence (`En 2025, l'économie numérique représenterait 20 %`)
    # governs the clause after its comma: a verb in the future or the conditional there
    # tells a plan or a forecast.
    if right.startswith(",") and re.search(r",\s*(?:\S+\s+){0,2}$", left):
        # a date set between commas (`qui, dès 2020, devrait fournir`): the verb right after
        for word in rx.future_word.findall(right[1:])[:2]:
            tense = _tense(word, lex)
            if tense is not None:
                return tense
    opening = left.rsplit(",", 1)[-1].split() if "," in left else []
    if right.startswith(",") and (
        len(left.split()) <= 2
        # a date phrase set after a comma, no verb in it (`Selon cette Résolution, jusqu'à la
        # fin de l'année 2016, au moins 30 % des services doivent être fournis`)
        or (
            0 < len(opening) <= 5
            and opening[0] in lex.until_words
            and all(_tense(w, lex) is None for w in opening)
        )
    ):
        for word in rx.future_word.findall(right[1:].split(",", 1)[0]):
            tense = _tense(word, lex)
            if tense is not None:
                return tense
            if word not in lex.not_future and _CONDITIONAL.match(word):
                return True
    return False


def _year_range_ok(text: str, start: int, end: int, lex: DateLexicon) -> bool:
    """Whether two four-digit numbers joined by a dash or `à` are years, not counts.

    `de 1000 à 2000 dollars`, `entre 1950 et 2000 personnes` are amounts: both
    ends must be bare-year plausible, with nothing counted after the second.
    """
    years = [int(y) for y in re.findall(r"\d{4}", text[start:end])]
    if not years or not all(_BARE_YEAR_MIN <= y <= _BARE_YEAR_MAX for y in years):
        return False
    last = text.rfind(str(years[-1]), start, end)
    return _bare_year_ok(text, last, last + 4, lex) and _bare_year_ok(
        text, start, start + 4, lex, check_after=False
    )


def _bare_year_ok(
    text: str, start: int, end: int, lex: DateLexicon, *, check_after: bool = True
) -> bool:
    """Whether a four-digit number standing alone is a year (see module docstring)."""
    if not text[start:end].isdecimal():  # `0000²` has the shape dddd
        return False
    year = int(text[start:end])
    if not _BARE_YEAR_MIN <= year <= _BARE_YEAR_MAX:
        return False
    left = _norm(text[max(0, start - 24) : start])
    # Digits or a decimal/thousands separator glued around it: part of a bigger number.
    if left.endswith((",", ".")) or (left[-1:].isdigit()):
        return False
    if re.search(r"\d\s$", left) or _regexes(lex).year_not_after.search(left):
        return False
    if not check_after:
        return True
    right_raw = text[end : end + 24]
    if right_raw[:1] in (",", ".") and right_raw[1:2].isdigit():
        return False
    if re.match(r"\s?\d", right_raw) and (
        # `2 023 900`: a thousands group after it makes it part of a number; a cue before it
        # makes it a year even with a figure next (`d'ici 2023 90 % des dossiers`)
        re.match(r"\s?\d{3}(?!\d)", right_raw) or not _YEAR_CUE_BEFORE.search(left)
    ):
        return False
    m = re.match(r"\s*([^\s]+)", _norm(right_raw))
    if m:
        nxt = m.group(1).rstrip(",.;:!?)»")
        if nxt in lex.year_units or right_raw.lstrip().startswith("%"):
            return False
        if (
            nxt.isalpha()
            and nxt.islower()
            and len(nxt) > 3
            and nxt[-1] in "sx"
            and nxt not in lex.year_followers
            # (an index's edition is a year before any word: `l'indice (DTI) 2023 rendus
            # publics`, `PAPI 2023 publiés`)
            and not ACRONYM_BEFORE.search(text, max(0, start - 20), start)
        ):
            return False
    return True


#: Words that make the four digits after them a year (`d'ici 2023`, `en 2021`).
_YEAR_CUE_BEFORE = re.compile(r"(?:d'ici|\ben|depuis|horizon|\bfin|d[ée]but|ann[ée]e)\s*$")


# Text around an anchor of the prefilter given to the pipeline: enough for the

_NEXT_WORD = re.compile(r"\s*([^\s,.;:!?()«»\"]+)")
_YEAR_AFTER = re.compile(r"\s*\d{4}(?!\d)")


def _next_word(text: str, end: int) -> str:
    m = _NEXT_WORD.match(text, end, end + 40)
    return _norm(m.group(1)) if m else ""


def _previous_word(text: str, start: int) -> str:
    m = re.search(r"(\S+)\s*$", text[max(0, start - 24) : start])
    return _norm(m.group(1)) if m else ""


def _starts_with_any(word: str, entries: Iterable[str]) -> bool:
    """Whether `word` is one of `entries`, or starts with one ending in an apostrophe."""
    return any(word == e or (e.endswith("'") and word.startswith(e)) for e in entries)


def _relative_ok(
    text: str, start: int, end: int, f: _Fields, part: str | None, lex: DateLexicon
) -> bool:
    """Whether a relative expression is a date (see the module docstring).

    Not when a year follows (`fin de l'année 2020` is 2020), nor before a word
    that makes it another year or an anaphora (`l'année scolaire`, `cette
    année-là`); `mois dernier` needs its article (`le`, `du`: `un mois passé à
    Hanoï` is a stay), a year noun its determiner (`fin d'année`); `l'année`
    alone only counts after a part word (`d'ici la fin de l'année`).
    """
    if _YEAR_AFTER.match(text, end):
        return False
    if _next_word(text, end) in lex.relative_not_before:
        return False
    first = _norm(text[start:end].split()[0])
    if first in lex.relative_nouns:
        before = _previous_word(text, start)
        if first in lex.month_nouns:
            if before not in lex.month_noun_after:
                return False
        elif not any(before.endswith(e) for e in lex.elided_of):
            return False
    return not (f.bare_relative and part is None)
