"""The speed-ups of the pipeline compute exactly what the plain code they replaced computed."""

from __future__ import annotations

from unittest import mock

from hypothesis import given, settings
from hypothesis import strategies as st

from tests.conftest import RAW

#: Characters that exercise the line emitter: spaces of every kind, zero-width ones, text.
LINE_CHARS = st.sampled_from(list(" \r\t\u00a0\u202f\u2009\u200b\u200c\ufeff\u2060ab,.É8'’-"))


def reference_emit_line(raw: str, start: int, end: int) -> list[tuple[str, int, int]]:
    """The character-by-character definition the regex emitter replaced, as events."""
    from vnextract.cleaning.clean import _SPACES, _ZERO_WIDTH

    out: list[tuple[str, int, int]] = []
    i, pending = start, None
    while i < end:
        ch = raw[i]
        if ch in _ZERO_WIDTH:
            i += 1
            continue
        if ch in " \r" + _SPACES:
            if pending is None and out:
                pending = i
            i += 1
            continue
        if pending is not None:
            out.append(("space", pending, pending + 1))
            pending = None
        j = i
        while j < end and raw[j] not in " \r" + _SPACES + _ZERO_WIDTH:
            j += 1
        out.append(("token", i, j))
        i = j
    return out


@settings(max_examples=300, deadline=None)
@given(st.text(LINE_CHARS, max_size=40), st.integers(0, 3), st.integers(0, 3))
def test_line_emitter_keeps_the_per_character_definition(text, lead, trail):
    from vnextract.cleaning import clean as cleaning

    raw = "x" * lead + text + "y" * trail
    start, end = lead, lead + len(text)
    pieces: list[str] = []
    offs: list[int] = []
    # the spacing alone: no glued word is cut (cuts are tested in test_cleaning.py)
    with mock.patch.object(cleaning, "_cuts", lambda line: []):
        cleaning._emit_line(raw, start, end, pieces, offs)
    expected = [
        (" ", [i]) if kind == "space" else (raw[i:j], list(range(i, j)))
        for kind, i, j in reference_emit_line(raw, start, end)
    ]
    assert "".join(pieces) == "".join(t for t, _ in expected)
    assert offs == [o for _, span in expected for o in span]


def _setter_starts(nlp, text):
    from vnextract.nlp.components import split_sentences

    doc = nlp.make_doc(text)
    starts = {s.start for s in split_sentences(doc.text)}
    for tok in doc:
        tok.is_sent_start = tok.i == 0 or tok.idx in starts
    return [t.is_sent_start for t in doc]


def test_sentence_starts_set_in_one_pass_equal_the_token_setter():
    from vnextract.cleaning.clean import clean
    from vnextract.nlp.components import shared_nlp

    nlp = shared_nlp()
    texts = [clean(p.read_text(encoding="utf-8")).text for p in sorted(RAW.glob("*.txt"))]
    texts += ["", "a", "Un. Deux. Trois", "x\n\ny. Z", "M. Dupont est là. Le 8 mars 2021. 55 p"]
    for text in texts:
        doc = nlp(text)
        assert doc.text == text
        assert [t.is_sent_start for t in doc] == _setter_starts(nlp, text)


def test_pipeline_components_give_what_the_rule_functions_give():
    """The components put on the doc what the plain functions of the text return."""
    from vnextract.cleaning.clean import clean
    from vnextract.nlp.components import shared_nlp, split_sentences
    from vnextract.recognizers.dates import find_dates
    from vnextract.recognizers.quantities import find_quantities

    nlp = shared_nlp()
    texts = [clean(p.read_text(encoding="utf-8")).text for p in sorted(RAW.glob("*.txt"))]
    texts.append("Au 8 mars 2021, le portail comptait 3,5 millions de comptes (+12 %).")
    for text in texts:
        doc = nlp(text)
        assert [s._.quantity for s in doc.spans["quantities"]] == find_quantities(text)
        assert [s._.date for s in doc.spans["dates"]] == find_dates(text)
        assert doc._.sentences == split_sentences(text)
        assert find_quantities(text) and find_dates(text)


@settings(max_examples=300, deadline=None)
@given(st.text(st.sampled_from(list("ab M.-°'(\t_é ")), max_size=30))
def test_word_before_a_period_is_the_one_found_from_the_line_start(before):
    """`_ends_sentence` reads the word before a period from the last space on, not from 0."""
    import re

    from vnextract.nlp.sentences import _WORD_BEFORE, _abbreviations, _ends_sentence

    chunk = before + ". Suite"
    m = re.compile(r"\.").search(chunk, len(before))
    assert m is not None
    w = _WORD_BEFORE.search(chunk, 0, m.start())
    word = w.group(1) if w else ""
    expected = word not in _abbreviations() and not (len(word) == 1 and word.isupper())
    assert _ends_sentence(chunk, m) == expected
