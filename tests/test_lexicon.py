"""The metric vocabulary's stem patterns: compiled on first use, the same as compiled eagerly."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st


def eager_pattern(items: tuple[str, ...]) -> str:
    """The regex `Stems.of` compiled before it became lazy (with the whole-word mark `$`
    added since)."""
    parts = []
    for stem in sorted(items, key=len, reverse=True):
        ws = [re.escape(w) for w in re.split(r"[ ']+", stem.removesuffix("$")) if w]
        end = r"[sx]?\b" if stem.endswith("$") else ""
        parts.append(r"\b" + r"\w{0,3}[\s'-]+".join(ws) + end)
    return "|".join(parts)


def all_stems(lex=None):
    import dataclasses

    from vnextract.facts.lexicon import Stems, load_lexicon

    for m in (lex or load_lexicon()).metrics.values():
        for f in dataclasses.fields(m):
            value = getattr(m, f.name)
            if isinstance(value, Stems):
                yield f"{m.key}.{f.name}", value


def test_stem_patterns_are_compiled_when_first_used():
    from vnextract.facts.lexicon import Stems

    stems = Stems.of(["Services publics", "portail"])
    assert "pattern" not in vars(stems)
    assert stems.search("le portail national")
    assert "pattern" in vars(stems)
    assert Stems.of([]).pattern is None and not Stems.of([]).search("x")
    assert Stems((), None).count("x") == 0
    given = re.compile("x")
    assert Stems(("y",), given).pattern is given
    assert Stems.of(["a"]) == Stems(("a",), re.compile("nothing"))  # equal by their stems


def test_a_stem_marked_whole_matches_its_word_and_plural_only():
    from vnextract.facts.lexicon import Stems

    stems = Stems.of(["acte$", "service public"])
    assert stems.search("des actes de naissance") and stems.search("un acte")
    assert not stems.search("1 500 acteurs du secteur")
    assert stems.search("les services publics")  # unmarked: a prefix, as before
    long = "x " * 150 + "les actes"  # past the length where first words are looked for
    assert stems.search(long) and stems.count(long) == 1


def test_lazy_stem_patterns_are_the_eager_ones():
    text = (
        "le portail national des services publics a recu 116 millions de visites; "
        "comptes enregistres, dossiers en ligne, classement onu, e-gouvernement, "
        "services publics en ligne de niveau 4, procedures administratives"
    )
    for name, stems in all_stems():
        if not stems.items:
            assert stems.pattern is None, name
            continue
        eager = re.compile(eager_pattern(stems.items))
        assert stems.pattern is not None and stems.pattern.pattern == eager.pattern, name
        assert stems.count(text) == len({m.group(0) for m in eager.finditer(text)}), name
        found = stems.search(text)
        expected = eager.search(text)
        assert (found and found.span()) == (expected and expected.span()), name


def test_lexicon_compile_compiles_every_pattern():
    from vnextract.facts.lexicon import Lexicon, _metric
    from vnextract.resources import load_toml

    spec = load_toml("metrics.toml")["metrics"]
    lex = Lexicon({k: _metric(k, v, "metrics.toml") for k, v in spec.items()})
    assert not any("pattern" in vars(s) for _, s in all_stems(lex))
    assert lex.compile() is lex
    assert all("pattern" in vars(s) for _, s in all_stems(lex))


def test_first_word_prefilter_finds_what_the_regex_finds():
    """On long texts `Stems` looks for its stems' first words before running its regex."""
    from vnextract.facts.lexicon import _PREFILTER_MIN_LENGTH, Stems

    stems = Stems.of(["connect", "base de donnees", "en ligne"])
    assert stems.needles == ("connect", "base", "en")
    pad = "x " * _PREFILTER_MIN_LENGTH
    assert stems.search(pad + "reconnecte") is None  # `connect` inside a word
    found = stems.search(pad + "les bases de donnees")
    assert found is not None and found.span() == (len(pad) + 4, len(pad) + 20)
    assert stems.count(pad + "interconnecte, connecte, en ligne") == 2
    assert stems.count(pad) == 0 and stems.search(pad) is None
    assert Stems(("y",), re.compile("x")).needles is None  # a given pattern: no prefilter


@settings(max_examples=300, deadline=None)
@given(
    st.lists(
        st.sampled_from(
            [
                "connect",
                "conn",
                "reli",
                "e",
                "en",
                "ligne",
                "-",
                "'",
                " ",
                "s",
                "es",
                "de",
                "base",
                "donnees",
                "x",
                "é",
                "2",
            ]
        ),
        max_size=60,
    )
)
def test_prefiltered_stems_match_as_the_plain_regex(pieces):
    from vnextract.facts.lexicon import _PREFILTER_MIN_LENGTH

    text = "".join(pieces) + " " * _PREFILTER_MIN_LENGTH
    for name, stems in all_stems():
        if not stems.items:
            continue
        plain = re.compile(eager_pattern(stems.items))
        found, expected = stems.search(text), plain.search(text)
        assert (found and found.span()) == (expected and expected.span()), name
        assert stems.count(text) == len({m.group(0) for m in plain.finditer(text)}), name
