"""The date recognizer on a spaCy `Doc`: spaCy's `Matcher` runs the patterns of
`data/date_patterns.jsonl` around the places a prefilter finds, and each matched
span is read into a `DateMention` (the `vnx_dates` component, `vnextract.nlp.components`)."""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass
from typing import Any

from vnextract.recognizers.dates.context import (
    _bare_year_ok,
    _cue_and_part,
    _inside_identifier,
    _is_future,
    _next_word,
    _relative_ok,
    _sentence_window,
    _starts_with_any,
    _year_range_ok,
    told_done_by,
)
from vnextract.recognizers.dates.lexicon import (
    CLASS_PREFIX,
    SPAN_KEY,
    DateLexicon,
    _classifier,
    _Regexes,
    _regexes,
    expand_pattern,
    glue_pieces,
    word_classes,
)
from vnextract.recognizers.dates.mention import DateMention, _valid
from vnextract.recognizers.dates.reading import _low, _read_span

_log = logging.getLogger(__name__)


def warn_dates_lost(text: str, err: Exception) -> None:
    """Say on the log (stderr in the CLI, one line) that the dates of `text` could not
    be read, with the error and the text's start; the traceback at debug level."""
    _log.warning(
        "vnextract: warning: dates not read (internal error, please report: %s: %s) "
        "in the text starting %r; its facts go undated",
        type(err).__name__,
        " ".join(str(err).split())[:200],
        " ".join(text[:60].split()),
    )
    _log.debug("dates not read in %r", text[:200], exc_info=True)


def _install_classes(vocab: Any, lexicon: DateLexicon) -> None:
    """Make every lexeme's NORM its date word class (existing and future lexemes)."""
    from spacy.attrs import NORM

    default = vocab.lex_attr_getters.get(NORM)
    if getattr(default, "date_lexicon", None) is lexicon:
        return  # already installed (by build_pipeline, then by the component)
    classify = _classifier(lexicon)

    def norm(string: str) -> str:
        name = classify(string)
        if name is not None:
            return name
        return default(string) if default is not None else string.lower()

    norm.date_lexicon = lexicon  # type: ignore[attr-defined]
    vocab.lex_attr_getters[NORM] = norm
    for lexeme in vocab:
        name = classify(lexeme.orth_)
        if name is not None:
            lexeme.norm_ = name
    # The lexicon's words in the casings news copy uses, so that they are
    # classed even where a tokenizer exception made them before the getter.
    for word in word_classes(lexicon):
        curly = word.replace("'", "’")  # `l’` as well as `l'`
        for variant in {word, word.capitalize(), word.upper(), curly, curly.capitalize()}:
            name = classify(variant)
            if name is not None:
                vocab[variant].norm_ = name


class DateRecognizer:
    """The `vnx_dates` component: date mentions in `doc.spans["dates"]`.

    Each span is labelled with the mention's kind ("date" or "period") and
    carries its `DateMention` in `span._.date`. Scraper-glued date tokens are
    split first (`au 8mars 2021` -> `au` `8` `mars` `2021`, `mi-2021` -> `mi`
    `-` `2021`): they are recognized once per distinct string, when their lexeme
    is made (their NORM is the class `glued`, see `_install_classes`), so finding
    them in a doc is one array comparison.
    """

    def __init__(self, vocab: Any, lexicon: DateLexicon, patterns: list[dict[str, Any]]):
        from spacy.matcher import Matcher
        from spacy.tokens import Doc, Span

        for cls, name in ((Span, "date"), (Doc, "date_mentions")):
            if not cls.has_extension(name):
                cls.set_extension(name, default=None)
        _install_classes(vocab, lexicon)
        self.lexicon = lexicon
        self.rx = _regexes(lexicon)
        self.glued = vocab.strings.add(CLASS_PREFIX + "glued")
        self.matcher = Matcher(vocab)
        by_label: dict[str, list[Any]] = {}
        for entry in patterns:
            by_label.setdefault(entry["label"], []).append(expand_pattern(entry["pattern"]))
        for label, pats in by_label.items():
            self.matcher.add(label, pats, greedy="LONGEST")

    def __call__(self, doc: Any) -> Any:
        from spacy.tokens import Span

        self.split_glued(doc)
        try:
            found = self.mentions(doc)
        except Exception as err:  # as `find_dates` ever did: no odd string may break a run
            # ... but a text whose dates were lost is said on stderr, not hidden
            warn_dates_lost(doc.text, err)
            found = []
        spans = []
        for m in found:
            span = Span(doc, m.token_start, m.token_end, label=m.mention.kind)
            span._.date = m.mention
            spans.append(span)
        doc.spans[SPAN_KEY] = spans
        # the mentions themselves, in order: a span's `_` values are keyed by its offsets, so
        # two mentions in one token would share one (`doc._.date_mentions` never does)
        doc._.date_mentions = [m.mention for m in found]
        return doc

    def split_glued(self, doc: Any) -> None:
        """Split the scraper-glued date tokens of a doc (`8mars` -> `8`, `mars`)."""
        from spacy.attrs import NORM

        hits = (doc.to_array(NORM) == self.glued).nonzero()[0]
        if not len(hits):
            return
        with doc.retokenize() as retokenizer:
            for i in hits:
                token = doc[int(i)]
                pieces = glue_pieces(token.text, self.rx)
                if len(pieces) > 1:
                    retokenizer.split(token, pieces, heads=[(token, 0)] * len(pieces))

    def mentions(self, doc: Any) -> list[_Found]:
        """The date mentions of a doc, in text order, with their token bounds.

        The Matcher runs only on the stretches around the prefilter's anchors
        (`_windows`): most sentences hold no date, and its cost grows with
        every token it sees.
        """
        from spacy.tokens import Span
        from spacy.util import filter_spans

        from vnextract.nlp.french import doc_text

        text = doc_text(doc)
        lex, rx = self.lexicon, self.rx
        found: list[_Found] = []
        for lo, hi in _windows(text, _anchors(text.lower(), rx)):
            window = doc.char_span(lo, hi, alignment_mode="expand")
            if window is None:
                continue
            at = window.start
            spans = [
                Span(doc, at + start, at + end, label=key)
                for key, start, end in self.matcher(window, as_spans=False)
            ]
            joined = _join_year_tails(
                filter_spans(spans), lex, lambda span, end: Span(doc, span.start, end, span.label)
            )
            for span in joined:
                read = _mention(text, span, lex, rx)
                if read is not None:
                    found.append(read)
        found.sort(key=lambda f: f.mention.start)
        return found


@dataclass(frozen=True)
class _Found:
    """A mention and the tokens it covers."""

    mention: DateMention
    token_start: int
    token_end: int


def _join_year_tails(spans: list[Any], lex: DateLexicon, make: Any) -> list[Any]:
    """`premier trimestre de` + `l'année dernière` (+ `2020`) -> one span.

    A quarter or `six premiers mois` pattern ends on `de` when no year
    follows; a relative year right after it (and the year after a bare
    `l'année`) is its year. Joining spans keeps the pattern file to one
    pattern per year expression instead of one per pair. `make(span, end)`
    is `span` stretched to token `end`.
    """
    out = []
    i = 0
    while i < len(spans):
        span = spans[i]
        nxt = spans[i + 1] if i + 1 < len(spans) else None
        if (
            nxt is not None
            and span.label_ in ("SUB", "YTD")
            and span[-1].lower_ == "de"
            and nxt.label_ == "REL"
            and nxt.start == span.end
            and _low(nxt[0]) not in lex.elided_of
            and not any(_low(t) in lex.month_nouns for t in nxt)
        ):
            end = nxt.end
            i += 1
            year = spans[i + 1] if i + 1 < len(spans) else None
            bare = len(nxt) == 2 and _low(nxt[0]) in lex.elided_the
            if bare and year is not None and year.label_ == "Y" and year.start == end:
                end = year.end  # `de l'année 2020`
                i += 1
            span = make(span, end)
        elif (
            nxt is not None
            and span.label_ in ("M", "DMY")
            and _low(span[-1]) in lex.months
            and nxt.label_ == "REL"
            and nxt.start == span.end + 1
            and span.doc[span.end].lower_ == "de"
            and (
                (_low(nxt[0]) in lex.elided_the and len(nxt) >= 3)  # not `de l'année 2020`
                or _low(nxt[0]) in lex.this_words
            )
            and not any(_low(t) in lex.month_nouns for t in nxt)
        ):
            # `en mars de l'an dernier`, `le 5 décembre de cette année`: the month (or the
            # day) of that year
            span = make(span, nxt.end)
            i += 1
        out.append(span)
        i += 1
    return out


_WINDOW = 48


# How far a relative expression reaches around its noun (`courant de l'année`,
# `l'année précédente`): the relative regex only looks that far.
_RELATIVE_REACH = 24


def _anchors(low: str, rx: _Regexes) -> list[tuple[int, int]]:
    """Where the prefilter matches, in text order; a relative noun only as
    part of a relative date, which the relative regex finds around it."""
    first = rx.prefilter.search(low)
    if first is None:
        return []
    found: list[tuple[int, int]] = []
    for m in rx.prefilter.finditer(low, first.start()):
        if m.group() not in rx.relative_keys:
            found.append(m.span())
        elif rx.relative is not None:
            lo, hi = max(0, m.start() - _RELATIVE_REACH), m.end() + _RELATIVE_REACH
            found.extend(r.span() for r in rx.relative.finditer(low, lo, hi))
    found.sort()
    return found


def _windows(text: str, anchors: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Stretches of text around the prefilter's anchors, cut at whitespace, merged.

    Running the pipeline on these rather than the whole sentence is most of the
    speed on long sentences: the Matcher's cost grows with every token. The
    tokenizer splits on whitespace first, so a stretch cut at whitespace is
    tokenized as it would be in place.
    """
    out: list[tuple[int, int]] = []
    n = len(text)
    for start, end in anchors:
        lo, hi = max(0, start - _WINDOW), min(n, end + _WINDOW)
        if out and lo <= out[-1][1]:
            out[-1] = (out[-1][0], max(out[-1][1], hi))
        else:
            out.append((lo, hi))
    snapped: list[tuple[int, int]] = []
    for lo, hi in out:
        while lo > 0 and not text[lo - 1].isspace():
            lo -= 1
        while hi < n and not text[hi].isspace():
            hi += 1
        if snapped and lo <= snapped[-1][1]:
            snapped[-1] = (snapped[-1][0], hi)
        else:
            snapped.append((lo, hi))
    return snapped


def _mention(text: str, span: Any, lex: DateLexicon, rx: _Regexes) -> _Found | None:
    """Read one matched span of the doc of `text` into a mention (None: not a date)."""
    label = span.label_
    # A trailing full stop ends the sentence; it is not part of the date unless
    # it ends an abbreviation (`9 déc.`), which the tokenizer keeps whole.
    if len(span) > 1 and span[-1].text == ".":
        span = span[:-1]
    # The DMY pattern lets `, le` follow an optional weekday; without the
    # weekday they are the cue, not the date.
    while len(span) > 1 and span[0].lower_ in (",", "le"):
        span = span[1:]
    if label == "REL" and len(span) > 1 and _low(span[0]) in lex.elided_of:
        span = span[1:]  # `fin d'année`: `d'` goes with the part word
    if label in ("SUB", "YTD") and len(span) > 1 and span[-1].lower_ == "de":
        # No year after `de`: `premier semestre de la stratégie` is still a
        # quarter, `six premiers mois de la pandémie` no calendar period.
        if label == "YTD":
            return None
        span = span[:-1]
    fields = _read_span(label, span, lex)
    if fields is None:
        return None
    cue_override = None
    if label == "PERIOD" and span[0].lower_ in lex.range_from:
        # `de 2016 à 2020`: the preposition is the cue, not part of the period.
        cue_override = lex.cues.get(span[0].lower_, span[0].lower_)
        span = span[1:]
    start, end = span.start_char, span.end_char
    if _inside_identifier(text, start, end):
        return None
    # (a day of a month counted from the publication date has no month of its own)
    of_counted_month = fields.offset_months is not None and fields.day is not None
    if not _valid(fields.year, fields.month, None if of_counted_month else fields.day):
        return None
    if of_counted_month and not 1 <= (fields.day or 0) <= 31:
        return None
    if fields.end_year is not None and not 1000 <= fields.end_year <= 2999:
        return None
    if (
        fields.kind == "period"
        and fields.month is None
        and not _year_range_ok(text, start, end, lex)
    ):
        return None
    cue, part = _cue_and_part(text, start, rx)
    if cue is None and part is not None:
        cue = part
    if cue_override is not None:
        cue = cue_override
    if fields.bare_year and not _bare_year_ok(text, start, end, lex):
        return None
    if label == "REL" and not _relative_ok(text, start, end, fields, part, lex):
        return None
    if (
        label == "YTD"
        and _low(span[-1]) in lex.month_nouns
        and _starts_with_any(_next_word(text, end), lex.first_months_not_before)
    ):
        return None  # `les six premiers mois du mandat`, `suivant le lancement`
    if fields.month_alone:
        if span[0].lower_.replace("’", "'") not in lex.month_names:
            return None  # `sept`, `oct` alone are words, not months
        if cue not in lex.month_alone_cues and part is None and fields.relative is None:
            return None
        # `Mai Tien Dung`, `Mars Group`: a capitalized month before a
        # capitalized word is a name.
        if span[0].text[:1].isupper() and re.match(r"\s+[A-ZÀ-Ý]", text[end : end + 3]):
            return None
    if fields.numeric_day_month:
        # `3/4` is a fraction, `le 15/06` a date, but `le 1/3 des provinces` a fraction.
        if cue not in lex.numeric_day_month_cues and fields.weekday is None:
            return None
        if re.match(r"\s+(?:de|des|du|d['’])(?![^\W\d_])", text[end : end + 6]):
            return None
    left, right = _sentence_window(text, start, end, 80, 72)
    future = _is_future(left, right, cue, fields, lex)
    if not future and cue in lex.limit_cues:
        # (a time limit's verb may come long before it: the whole sentence before the date)
        future = _is_future(_sentence_window(text, start, end, 240, 0)[0], "", cue, fields, lex)
    if future and cue in lex.told_done_by and len(left.rsplit(",", 1)[-1].split()) <= 5:
        # (the clause's verb may come after a long subject: a wider window; the date opens its
        # clause: `devrait être mobilisé d'ici 2020, a indiqué le vice-ministre` ends one)
        future = not told_done_by(_sentence_window(text, start, end, 0, 180)[1])
    shift = fields.offset_years if fields.offset_years is not None else fields.offset_months
    if shift is not None and shift < 0:
        future = False  # `l'an dernier` is past whatever the verb
    mention = DateMention(
        start=start,
        end=end,
        text=text[start:end],
        year=fields.year,
        month=fields.month,
        day=fields.day,
        weekday=fields.weekday,
        kind=fields.kind,
        cue=cue,
        future=future,
        part=part,
        subperiod=fields.subperiod,
        end_year=fields.end_year,
        end_month=fields.end_month,
        relative=fields.relative,
        offset_years=fields.offset_years,
        offset_months=fields.offset_months,
    )
    return _Found(mention, span.start, span.end)
