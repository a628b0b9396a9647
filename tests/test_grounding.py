"""Grounding invariant: every fact's text is exactly raw[start:end], whatever the noise."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.conftest import RAW
from vnextract.api import process_source
from vnextract.inputs.sources import from_text, read_file

SEEDS = sorted(RAW.glob("*.txt"))
SEED_TEXTS = [read_file(p).raw for p in SEEDS]


def _check(raw: str) -> list:
    result = process_source(from_text(raw, doc_id="x"))
    for f in result.facts:
        assert raw[f.start : f.end] == f.text, (f.start, f.end, f.text)
        assert f.text.strip(), "a fact's source words are never blank"
    return result.facts


def test_seed_facts_are_grounded(seed_results):
    for path, result in zip(SEEDS, seed_results, strict=True):
        raw = read_file(path).raw
        assert result.facts, f"{path.name} has facts"
        for f in result.facts:
            assert raw[f.start : f.end] == f.text


def test_nothing_after_voir_plus(seed_results):
    for path, result in zip(SEEDS, seed_results, strict=True):
        raw = read_file(path).raw
        cut = raw.find("\nVoir plus")
        if cut >= 0:
            assert all(f.end <= cut for f in result.facts), path.name


NOISE = st.sampled_from(["\u00a0", "\u202f", "  ", "\t", " "])


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    seed=st.sampled_from(SEED_TEXTS),
    positions=st.lists(st.floats(0, 1), max_size=12),
    noise=st.lists(NOISE, min_size=12, max_size=12),
    caption=st.booleans(),
    tail=st.booleans(),
)
def test_noisy_variations_stay_grounded(seed, positions, noise, caption, tail):
    raw = seed
    spaces = [i for i, c in enumerate(raw) if c == " "]
    for frac, ch in zip(sorted(positions, reverse=True), noise, strict=False):
        if spaces:
            i = spaces[int(frac * (len(spaces) - 1))]
            raw = raw[:i] + ch + raw[i + 1 :]
    if caption:
        cut = raw.find("\n\n")
        raw = (
            raw[:cut] + "\nTitre ảnh 1Le ministre à Hanoï, 3 000 visites. Photo: VNA\n" + raw[cut:]
        )
    if tail:
        raw += "\n\nVoir plus\n\nLe portail a reçu 999 millions de visites en 2031.\n"
    facts = _check(raw)
    if tail:
        assert all(f.value != 999_000_000 for f in facts)


def test_grounding_with_non_breaking_spaces_inside_numbers():
    raw = (
        "Hanoï, 10 mars (VNA) - Selon le bureau, au 8 mars 2021, le portail national a reçu "
        "plus de 116\u00a0millions de visites et 1\u202f873\u00a0000 comptes enregistrés.\n"
    )
    facts = _check(raw)
    assert {f.value for f in facts} >= {116_000_000, 1_873_000}
