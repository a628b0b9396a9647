"""The date patterns without spaCy (`datematch`) find what spaCy's Matcher finds.

`find_dates` runs the shipped patterns through `datematch`: a port of spaCy's
tokenizer algorithm on the rules of spaCy's French tokenizer, and a small
interpreter of the pattern file. spaCy stays the reference: these tests compare
the two token by token and date by date, on every text shipped with the project
and on random strings made of the words, figures and punctuation dates are
written with.
"""

from __future__ import annotations

import json
import random
from pathlib import Path

import pytest

from vnextract.cleaning.clean import clean
from vnextract.recognizers import datematch, dates

from .conftest import CORPUS, RAW, ROOT

BLIND = ROOT / "tests" / "blind"

# Words, figures and signs dates are written with, and the ones around them that
# tokenizers treat specially: elisions, hyphenated words, abbreviations, specials.
VOCABULARY = [
    "le",
    "la",
    "l'",
    "l’",
    "d'",
    "d’",
    "de",
    "du",
    "au",
    "aux",
    "en",
    "à",
    "entre",
    "et",
    "fin",
    "début",
    "mi",
    "mi-",
    "premier",
    "1er",
    "2e",
    "trimestre",
    "semestre",
    "mois",
    "année",
    "an",
    "ans",
    "cette",
    "ce",
    "dernier",
    "dernière",
    "prochain",
    "prochaine",
    "passé",
    "en",
    "cours",
    "ci",
    "-ci",
    "janvier",
    "février",
    "mars",
    "avril",
    "mai",
    "juin",
    "juillet",
    "août",
    "septembre",
    "octobre",
    "novembre",
    "décembre",
    "janv.",
    "févr.",
    "avr.",
    "juill.",
    "sept.",
    "sept",
    "oct.",
    "oct",
    "nov.",
    "déc.",
    "déc",
    "Mars",
    "Mai",
    "lundi",
    "mardi",
    "mercredi",
    "2019",
    "2020",
    "2021",
    "2022",
    "2023",
    "2024",
    "2025",
    "20",
    "21",
    "1",
    "9",
    "15",
    "31",
    "12",
    "06",
    "15/06/2021",
    "2020-2021",
    "2021–2025",
    "2020-21",
    "06/2021",
    "8mars",
    "8mars2021",
    "au8",
    "mars2021",
    "n°",
    "N°",
    "n°17",
    "etc.",
    "a-t-il",
    "e-gouvernement",
    "vice-Premier",
    "dix-sept",
    "vingt-cinq",
    "aujourd'hui",
    "aujourd’hui",
    "(",
    ")",
    "[",
    "]",
    "«",
    "»",
    '"',
    "'",
    ",",
    ".",
    ";",
    ":",
    "!",
    "?",
    "…",
    "...",
    "-",
    "–",
    "—",
    "/",
    "%",
    "€",
    "$",
    "+",
    "12h30",
    "5km",
    "4%",
    "3/4",
    "d'ici",
    "jusqu'en",
    "qu'en",
    "six",
    "sept",
    "huit",
    "neuf",
    "onze",
    "douze",
    "premiers",
    "mois",
    "de",
    "l'année",
    "2020.Le",
    "portail.Le",
    "M.",
    "Dr.",
    ":)",
    "T3/2021",
    "COVID-19",
    "www.dichvucong.gov.vn",
]
SEPARATORS = [" ", " ", " ", "", "  ", "\n", "\u00a0", ", ", ". ", "\t"]

EDGE_CASES = [
    "",
    " ",
    "  au 8 mars 2021",
    "au 8 mars 2021 ",
    "au 8 mars 2021  ",
    "au  8\n\nmars 2021",
    "le 9 déc. 2019, puis le 1er janv. 2020.",
    "(n°17/2020/ND-CP) du 15/06/2021",
    "ce mois-ci, mi-juillet, fin-2020 et à la mi-2021",
    "a-t-il dit le 12 mars ; qu'est-ce qu'en 2020 ?",
    "au premier trimestre de l'année dernière",
    "les neuf premiers mois de l’année 2023",
    "de janvier à mars 2021, entre 2019 et 2021, 2021-2025",
    "8mars2021 au8mars 9décembre2019 2019,a rapporté en 2020.Le portail",
    "« 2021 » [2021] (2021). 2021… ...2021 —2021 2021—",
]


def _texts() -> list[str]:
    """The articles shipped with the project, raw and cleaned."""
    paths = sorted(RAW.glob("*.txt"))
    for folder in (CORPUS, BLIND):
        paths += sorted((folder / "articles").glob("*"))
    texts = []
    for path in paths:
        raw = path.read_text(encoding="utf-8", errors="replace")
        texts += [raw, clean(raw).text]
    fixtures = ROOT / "tests" / "fixtures" / "corpus.jsonl"
    if fixtures.exists():
        for line in fixtures.read_text(encoding="utf-8").split("\n"):
            try:
                record = json.loads(line)
            except ValueError:  # the fixture holds a broken line on purpose
                continue
            texts += [v for v in record.values() if isinstance(v, str) and len(v) > 20]
    return texts


def _random_strings(seed: int, count: int) -> list[str]:
    rnd = random.Random(seed)
    out = []
    for _ in range(count):
        s = "".join(
            rnd.choice(VOCABULARY) + rnd.choice(SEPARATORS) for _ in range(rnd.randint(1, 14))
        )
        out.append(s.strip() if rnd.random() < 0.5 else s)
    return out


@pytest.fixture(scope="module")
def spacy_pipeline():
    return dates.build_pipeline()


@pytest.fixture(scope="module")
def plain():
    finder = dates._plain()
    assert isinstance(finder, dates._PlainSpanner), "the shipped patterns must not need spaCy"
    return finder


def _windows(text: str) -> list[str]:
    rx = dates._regexes(dates.load_lexicon())
    anchors = dates._anchors(text.lower(), rx)
    return [text[lo:hi] for lo, hi in dates._windows(text, anchors)] if anchors else []


def test_shipped_texts_are_tokenized_as_spacy_does(spacy_pipeline, plain):
    spacy_tokenizer = spacy_pipeline.tokenizer.tokenizer  # under the glue splitter
    windows = [w for text in _texts() for w in _windows(text)]
    assert len(windows) > 500
    for window in windows + EDGE_CASES:
        expected = [(t.text, t.idx, t.whitespace_) for t in spacy_tokenizer(window)]
        assert plain.tokenizer(window) == expected, window


def test_random_strings_are_tokenized_as_spacy_does(spacy_pipeline, plain):
    spacy_tokenizer = spacy_pipeline.tokenizer.tokenizer
    for s in _random_strings(seed=1, count=3000):
        expected = [(t.text, t.idx, t.whitespace_) for t in spacy_tokenizer(s)]
        assert plain.tokenizer(s) == expected, repr(s)


def test_glued_dates_are_split_as_spacy_splits_them(spacy_pipeline, plain):
    for s in EDGE_CASES + _random_strings(seed=2, count=500):
        s = dates._plain_spaces(s)
        expected = [(t.text, t.idx, t.whitespace_) for t in spacy_pipeline.tokenizer(s)]
        tokens = datematch.tokenize(s, plain.tokenizer, plain.classify, plain._glued)
        assert [(t.text, t.idx, t.whitespace_) for t in tokens] == expected, repr(s)


def test_shipped_texts_give_the_dates_spacy_gives(spacy_pipeline, plain):
    texts = _texts()
    found = 0
    for text in texts:
        expected = dates._find(text, spacy_pipeline)
        assert dates._find(text, plain) == expected
        found += len(expected)
    assert found > 500  # the comparison saw real dates


def test_random_strings_give_the_dates_spacy_gives(spacy_pipeline, plain):
    found = 0
    for s in EDGE_CASES + _random_strings(seed=3, count=3000):
        expected = dates._find(s, spacy_pipeline)
        assert dates._find(s, plain) == expected, repr(s)
        found += len(expected)
    assert found > 1000


# -- the matcher ------------------------------------------------------------------------


def _tokens(*texts: str) -> list[datematch.Token]:
    out, at = [], 0
    for text in texts:
        out.append(datematch.Token(text, at, " ", ""))
        at += len(text) + 1
    return out


def test_matcher_keeps_the_longest_match_per_label_then_across_labels():
    matcher = datematch.TokenMatcher(
        [
            ("A", [{"LOWER": "a"}, {"LOWER": "b", "OP": "?"}, {"LOWER": "c", "OP": "?"}]),
            ("B", [{"LOWER": "c"}, {"LOWER": "d"}]),
            ("C", [{"LOWER": "x", "OP": "+"}]),
            ("D", [{"SHAPE": "dddd"}, {"ORTH": "-", "OP": "*"}, {"SHAPE": "dd"}]),
        ]
    )
    spans = matcher(_tokens("a", "b", "c", "d", "x", "x", "x", "2021", "-", "-", "22", "2021"))
    assert [(s.label_, s.start, s.end) for s in spans] == [
        ("A", 0, 3),  # `a b c` beats `c d`: longer
        ("C", 4, 7),  # `+` takes the whole run
        ("D", 7, 11),  # `*` takes both dashes; a shape cut at four digits
    ]


def test_matcher_reads_in_lists_and_the_whitespace_flag():
    matcher = datematch.TokenMatcher(
        [("N", [{"LOWER": {"IN": ["le", "au"]}}, {"ORTH": "8", "SPACY": False}, {"ORTH": "x"}])]
    )
    tokens = [
        datematch.Token("au", 0, " ", ""),
        datematch.Token("8", 3, "", ""),
        datematch.Token("x", 4, " ", ""),
        datematch.Token("le", 6, " ", ""),
        datematch.Token("8", 9, " ", ""),
        datematch.Token("x", 11, "", ""),
    ]
    assert [(s.start, s.end, s.text) for s in matcher(tokens)] == [(0, 3, "au 8x")]


def test_patterns_outside_the_subset_are_left_to_spacy(monkeypatch):
    assert datematch.supports([{"pattern": [{"LOWER": "a", "OP": "?"}, {"NORM": {"IN": ["x"]}}]}])
    assert not datematch.supports([{"pattern": [{"POS": "NUM"}]}])
    assert not datematch.supports([{"pattern": [{"LOWER": "a", "OP": "{2}"}]}])
    assert not datematch.supports([{"pattern": [{"LOWER": {"REGEX": "^a"}}]}])
    odd = {"label": "Y", "id": "odd", "pattern": [{"LOWER": {"REGEX": "^an$"}}]}
    patterns = [*dates.load_patterns(), odd]
    monkeypatch.setattr(dates, "load_patterns", lambda path=None: patterns)
    dates._plain.cache_clear()
    try:
        finder = dates._plain()
        assert not isinstance(finder, dates._PlainSpanner)
        assert finder.get_pipe("vnextract_dates") is not None  # spaCy's pipeline
    finally:
        dates._plain.cache_clear()


def test_span_reads_like_a_spacy_span():
    tokens = _tokens("le", "9", "déc.", "2019")
    span = datematch.Span(tokens, 1, 4, "DMY")
    assert (len(span), span.text, span.start_char, span.end_char) == (3, "9 déc. 2019", 3, 14)
    assert [t.text for t in span[1:]] == ["déc.", "2019"]
    assert span[-1].text == "2019" and span[:-1].text == "9 déc."
    with pytest.raises(IndexError):
        span[3]


# -- the rules, kept in the user cache ---------------------------------------------------


def test_tokenizer_rules_are_exported_once_then_read_back(tmp_path, monkeypatch, plain):
    from vnextract.nlp import spacy_fr

    # A fresh folder for the rules only: the compiled regexes stay where they are.
    monkeypatch.setattr(spacy_fr, "user_cache_dir", lambda own: tmp_path / own)
    (tmp_path / "tokenizer").mkdir()
    legacy = tmp_path / "tokenizer" / "tokenizer-fr-0123abcd.json"  # an earlier release's file
    legacy.write_text("{}", encoding="utf-8")
    first = spacy_fr.french_tokenizer_rules()  # exported from spaCy, stored
    stored = list((tmp_path / "tokenizer").glob("tokenizer-fr-*.bin"))
    assert len(stored) == 1
    assert not legacy.exists()  # replaced by the marshal file, removed
    monkeypatch.setattr(spacy_fr, "blank_french", None)  # read back, not exported again
    second = spacy_fr.french_tokenizer_rules()
    assert second == first
    assert first.specials["déc."] == ["déc."] and first.phrases["n°"] == ["n", "°"]
    sample = "Le 9 déc. 2019 (n°17), l’an dernier, ce mois-ci : 8mars2021."
    assert datematch.Tokenizer(second)(sample) == plain.tokenizer(sample)
    monkeypatch.undo()
    monkeypatch.setattr(spacy_fr, "user_cache_dir", lambda own: tmp_path / own)
    good = stored[0].read_bytes()
    flipped = good[:-100] + bytes([good[-100] ^ 1]) + good[-99:]
    for damaged in (b"{not json", good[:-1], flipped):
        stored[0].write_bytes(damaged)
        assert spacy_fr.french_tokenizer_rules() == first  # unreadable: exported again
        assert stored[0].read_bytes() == good  # and stored again
    (tmp_path / "tokenizer").rename(tmp_path / "moved")
    (tmp_path / "tokenizer").write_text("a file where the folder should be", encoding="utf-8")
    assert spacy_fr.french_tokenizer_rules() == first  # unwritable folder: exported each time


def test_exported_flags_are_the_ones_spacy_compiled_with():
    import re

    from vnextract.nlp.spacy_fr import _pattern_of

    assert _pattern_of(re.compile("(?iu)^ab").match) == ("(?iu)^ab", 0)
    assert _pattern_of(re.compile("^ab", re.I).search) == ("^ab", re.I)
    assert _pattern_of(None) is None
    with pytest.raises(TypeError):
        _pattern_of(len)


def test_the_shipped_patterns_file_is_read_by_both_interpreters():
    entries = dates.load_patterns()
    assert datematch.supports([{"pattern": dates.expand_pattern(e["pattern"])} for e in entries])
    assert Path(dates.PATTERNS_PATH).exists()
