"""Property tests: arbitrary and mangled text never breaks the recognizer or the extractor.

Two kinds of input: arbitrary Unicode (alone, and mixed with the French
words and figures the rules look for, where the bugs hide), and the sample
articles mutated the ways scrapers mangle them: cut anywhere, paragraphs
shuffled, spaces doubled, stray digits inserted. For each: no exception, and
every span is grounded (`text[q.start:q.end] == q.text`, `raw[f.start:f.end]
== f.text`). `fuzz/fuzz_extract.py` (`make fuzz`) runs the same checks under
coverage-guided fuzzing for as long as one likes.
"""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.conftest import RAW
from vnextract import recognize_quantities
from vnextract.api import process_source
from vnextract.inputs.sources import from_text
from vnextract.models import Fact
from vnextract.recognizers import quantities

SAMPLES = [p.read_text(encoding="utf-8") for p in sorted(RAW.glob("*.txt"))]

#: The public recognizer never raises (it returns [] on an internal error); the inner
#: function is tested too so that such an error is found instead of hidden.
_recognize = getattr(quantities, "_recognize", recognize_quantities)

#: Words and figures the rules react to: mixed with noise, they reach the deep branches.
TOKENS = [
    " ",
    "\n",
    "\n\n",
    "\u00a0",
    "\u202f",
    ".",
    ",",
    "%",
    "e",
    "er",
    "ème",
    "-",
    "(",
    ")",
    "0",
    "1",
    "9",
    "12",
    "2021",
    "468.000",
    "26,7",
    "1 873 000",
    "8.100",
    "351,53",
    "86e",
    "sur",
    "de",
    "plus de",
    "près de",
    "moins de",
    "environ",
    "au moins",
    "jusqu'à",
    "millions",
    "milliards",
    "billions",
    "mille",
    "million",
    "dongs",
    "VND",
    "USD",
    "dollars",
    "euros",
    "pour cent",
    "places",
    "rang",
    "en hausse de",
    "en baisse de",
    "par rapport à",
    "visites",
    "comptes",
    "services publics",
    "portail national",
    "lancé",
    "inauguré",
    "le 9 décembre 2019",
    "mars",
    "10 mars (VNA) -",
    "Hanoï,",
    " date 2021-03\n",
    "chaque année",
    "par an",
    "d'ici",
    "au plus tard",
    "objectif",
    "Voir plus",
    "ảnh 1",
    "premier",
    "deux",
    "trois",
    "vingt",
    "cent",
    "quatre-vingt",
    "1er",
    "T3",
    "trimestre",
]
FRENCHISH = st.lists(st.one_of(st.sampled_from(TOKENS), st.text(max_size=4)), max_size=40).map(
    "".join
)
ANY_TEXT = st.one_of(st.text(max_size=300), FRENCHISH)

FAST = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
SLOW = settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def check_quantities(text: str) -> None:
    last_end = 0
    for q in _recognize(text):
        assert text[q.start : q.end] == q.text, (q.start, q.end, q.text)
        assert q.start >= last_end, "sorted, never overlapping"
        last_end = q.end
        if q.qualifier_text is not None and q.qualifier_start is not None:
            qs = q.qualifier_start
            assert text[qs : qs + len(q.qualifier_text)] == q.qualifier_text
    # the public function gives the same quantities, each accepted by the `Quantity` model
    assert [q.model_dump() for q in recognize_quantities(text)] == [
        q._asdict() for q in _recognize(text)
    ]


def check_article(raw: str) -> None:
    result = process_source(from_text(raw, doc_id="fuzz"))
    for f in result.facts:
        assert raw[f.start : f.end] == f.text, (f.start, f.end, f.text)
        assert f.text.strip()
        Fact.model_validate(f.model_dump())
    assert result.article.facts == len(result.facts)


@FAST
@given(ANY_TEXT)
def test_recognizer_on_any_text(text):
    check_quantities(text)


@SLOW
@given(ANY_TEXT)
def test_extractor_on_any_text(text):
    check_article(text)


@st.composite
def mutated_article(draw: st.DrawFn) -> str:
    """A sample article mangled like a scraper would: cut, shuffled, respaced, digits added."""
    text = draw(st.sampled_from(SAMPLES))
    if draw(st.booleans()):
        paragraphs = text.split("\n\n")
        text = "\n\n".join(draw(st.permutations(paragraphs)))
    if draw(st.booleans()):
        a = draw(st.integers(0, len(text)))
        b = draw(st.integers(a, len(text)))
        text = text[a:b]
    for _ in range(draw(st.integers(0, 6))):
        spaces = [i for i, c in enumerate(text) if c == " "]
        if not spaces:
            break
        i = draw(st.sampled_from(spaces))
        text = text[:i] + " " + text[i:]
    for _ in range(draw(st.integers(0, 6))):
        i = draw(st.integers(0, len(text)))
        text = text[:i] + draw(st.sampled_from("0123456789")) + text[i:]
    return text


@SLOW
@given(mutated_article())
def test_extractor_on_mangled_articles(raw):
    check_quantities(raw)
    check_article(raw)


@FAST
@given(mutated_article())
def test_recognizer_on_mangled_articles(raw):
    check_quantities(raw)
