"""Dates in French news: finding date expressions, reading them, and giving them a year.

This package owns everything about calendar dates written in the text (FACTS.md
sections 5 and 6), one stage per module:

- `lexicon`: the French calendar words (`data/dates.toml`), the token patterns
  (`data/date_patterns.jsonl`, spaCy `Matcher` patterns) and what is derived
  from them;
- `matching`: the `vnx_dates` spaCy component: spaCy's `Matcher` on the doc's
  tokens, around the places a prefilter finds;
- `reading` and `context`: a matched span read at the precision written, with
  the cue before it (`au`, `d'ici`, ...) and whether the words around it speak
  of the future;
- `resolving`: `resolve` turns a mention into an ISO 8601 string, taking a
  missing year from the publication date and counting relative dates
  (`l'an dernier`) from it with dateparser;
- `dating`: `infer_year`, `years_for_dating` and `parse_dateline`, for article
  dating (`vnextract.recognizers.published`).

`find_dates(text)` runs the date component on a text. Nothing here depends on
today's date or the machine's time zone. dateparser also reads the spans of
user-added patterns whose label this package does not know how to read.

Choices worth knowing:

- Quarters and half-years (`au premier trimestre 2021`) are dates at year
  precision with `subperiod` "Q1".."Q4"/"H1"/"H2": ISO 8601 dates have no
  quarter, and a month would claim a precision the text does not give.
- `fin 2020`, `début 2021`, `mi-2021` are dates at year precision with `part`
  set; the part word is the cue unless a preposition stands before it
  (`d'ici fin 2025`: cue `d'ici`, part `fin`). Cues and part words are not in
  the span: the span is the calendar expression itself.
- A bare four-digit number is a year only in 1900..2099, and not when a
  quantity word comes before it (`plus de 2000`) or a unit or a plural noun
  after it (`2000 entreprises`): French wire copy writes counts above 999
  with a separator (`2.800`), so a bare `2020` is almost always a year.
- Year ranges (`2021-2025`, `de 2016 à 2020`, `entre 2019 et 2021`) and month
  ranges (`de janvier à mars 2021`) are periods; two full dates
  (`du 9 décembre 2019 au 25 février 2020`) stay two dates.
- A weekday written alone (`mercredi`) is not a mention: it has no field to
  resolve. A day number alone (`le 15`) is not one either, nor a day/month in
  figures without a cue (`15/06` may be a fraction; `le 15/06` is a date).

Relative dates, counted from the publication date (`offset_years`,
`offset_months` of `DateMention`; `year` is None):

- `cette année`, `l'année en cours` -> the publication year; `l'an dernier`,
  `l'année dernière/passée/précédente` -> the year before; `l'an prochain`,
  `l'année prochaine` -> the year after (future). `ce mois-ci`, `le mois
  dernier/passé/prochain/en cours` -> a month (month precision; None when
  the publication date has no month). The span holds the determiner
  (`l'an dernier`, `cette année`) except `le`/`du`, which are cues as before
  a day (`le mois dernier`: span `mois dernier`, cue `le`).
  `le 3 de ce mois`, `le 20 du mois dernier` are a day of such a month (day
  precision; `month` None, `offset_months` 0 or -1).
- `l'année` alone is a date only after a part word: `d'ici la fin de
  l'année` (span `l'année`, cue `d'ici`, part `fin`), `depuis le début de
  l'année`, `fin d'année` (span `année`). `au cours de l'année` and `en cours
  d'année` are not dates: which year they mean is for the reader to guess.
- `les N premiers mois de 2023` is the figure cumulated to the end of month N:
  a date at month precision, `2023-0N` (`neuf premiers mois de 2023` ->
  2023-09), like an as-of date. `de l'année`, `de cette année` or nothing
  after it -> month N of the publication year, or of the year before when
  the publication date is before month N and the text does not speak of
  the future (FACTS.md 6.1: `les onze premiers mois` told on 5 January are
  last year's); `de l'année dernière` -> month N of the year before.
  Quarters take a relative year the same way (`premier trimestre de l'année
  dernière`: `subperiod` Q1, `offset_years` -1).
- Durations are not dates: `il y a deux ans`, `depuis deux ans`, `les douze
  derniers mois`, `les six premiers mois du mandat`; nor anaphoras (`cette
  année-là`) or other years (`l'année scolaire`). A year written after the
  noun is the date (`à la fin de l'année 2020` -> 2020).
"""

from __future__ import annotations

import functools
from typing import Any

from vnextract.recognizers.dates.context import tells_future
from vnextract.recognizers.dates.dating import (
    UP_TO_NOW,
    infer_year,
    parse_dateline,
    years_for_dating,
)
from vnextract.recognizers.dates.lexicon import (
    DATA_DIR,
    LEXICON_PATH,
    PATTERNS_PATH,
    SPAN_KEY,
    DateLexicon,
    expand_pattern,
    glue_pieces,
    load_lexicon,
    load_patterns,
    word_classes,
)
from vnextract.recognizers.dates.matching import warn_dates_lost
from vnextract.recognizers.dates.mention import DateMention, Kind, Precision
from vnextract.recognizers.dates.reading import _read_with_dateparser
from vnextract.recognizers.dates.resolving import relative_date, resolve

__all__ = [
    "DATA_DIR",
    "LEXICON_PATH",
    "PATTERNS_PATH",
    "SPAN_KEY",
    "UP_TO_NOW",
    "DateLexicon",
    "DateMention",
    "Kind",
    "Precision",
    "_read_with_dateparser",
    "build_pipeline",
    "expand_pattern",
    "find_dates",
    "glue_pieces",
    "infer_year",
    "load_lexicon",
    "load_patterns",
    "parse_dateline",
    "relative_date",
    "resolve",
    "tells_future",
    "word_classes",
    "years_for_dating",
]


def build_pipeline(lexicon_path: str | None = None, patterns_path: str | None = None) -> Any:
    """A blank French pipeline with the `vnx_dates` component only (`doc.spans["dates"]`).

    Args:
        lexicon_path: a user calendar-words file with the keys of `data/dates.toml`.
        patterns_path: a user pattern file in the format of `data/date_patterns.jsonl`.
    """
    from vnextract.nlp.components import blank_french

    nlp = blank_french()
    nlp.add_pipe("vnx_dates", config={"lexicon_path": lexicon_path, "patterns_path": patterns_path})
    return nlp


@functools.cache
def _pipeline() -> Any:
    # Built once per process: building the tokenizer and the Matcher is the
    # expensive part, a call on a sentence is cheap.
    return build_pipeline()


def find_dates(text: str, *, nlp: Any = None) -> list[DateMention]:
    """Find the date expressions of a French text.

    Args:
        text: any string (a sentence, a paragraph, an article).
        nlp: a pipeline with the `vnx_dates` component, such as one from
            `build_pipeline` (user lexicon or patterns); by default the shipped
            lexicon and patterns.

    Returns:
        The mentions, sorted by start offset and non-overlapping; offsets index
        `text` (`text[m.start:m.end] == m.text`). Never raises on any input.
    """
    if not isinstance(text, str) or not text:
        return []
    # The pipeline is built outside the guard: a broken pattern file must fail
    # loudly, while no input text may break a run.
    if nlp is None:
        nlp = _pipeline()
    try:
        return _find(text, nlp)
    except Exception as err:  # a date finder must never break a run over one odd string
        warn_dates_lost(text, err)
        return []


def _find(text: str, nlp: Any) -> list[DateMention]:
    """`find_dates` without its guard (the property tests call this one): the
    `vnx_dates` component's steps on the tokens of `text`, its own guard left out."""
    recognizer = nlp.get_pipe("vnx_dates")
    doc = nlp.make_doc(text)
    recognizer.split_glued(doc)
    return [found.mention for found in recognizer.mentions(doc)]
