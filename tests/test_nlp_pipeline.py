"""The spaCy pipeline: `vnextract.load_nlp()`, its registered components and tokenizer,
the extractor running on it, and the relative dates of FACTS.md section 6."""

from __future__ import annotations

import subprocess
import sys

import pytest
import spacy

import vnextract
from tests.conftest import CORPUS, RAW
from vnextract.nlp.french import French

# two facts: 116 millions of visits at 8 March 2021, and the 80 millions compared with, of 2020
TEXT = (
    "Hanoï, 10 mars (VNA) - Au 8 mars 2021, le portail national des services publics "
    "a reçu plus de 116 millions de visites, contre 80 millions l'an dernier."
)


@pytest.fixture(scope="session")
def stock_french():
    """spaCy's own blank French, its `TOKEN_MATCH` and all (4 to 6 s to build, once)."""
    return spacy.blank("fr")


@pytest.fixture(scope="session")
def nlp():
    return vnextract.load_nlp()


def _cleaned_texts() -> list[str]:
    from vnextract.cleaning.clean import clean

    paths = sorted(RAW.glob("*.txt")) + sorted((CORPUS / "articles").glob("*.txt"))
    return [clean(p.read_text(encoding="utf-8")).text for p in paths]


# --------------------------------------------------------------------------
# The French tokenizer: spaCy's data without TOKEN_MATCH


def test_the_french_data_is_spacys(stock_french):
    """A drift test: a new spaCy with other French rules shows here."""
    from vnextract.nlp import french

    defaults = stock_french.Defaults
    assert defaults.prefixes == french.PREFIXES
    assert defaults.suffixes == french.SUFFIXES
    assert defaults.infixes == french.INFIXES
    assert defaults.tokenizer_exceptions == french.TOKENIZER_EXCEPTIONS
    assert french.FrenchDefaults.url_match is defaults.url_match
    assert defaults.token_match is not None and french.FrenchDefaults.token_match is None


SAME_TOKENS = [
    # elisions
    "L'an dernier, l'administration d'État qu'il dirige a reçu 1 873 dossiers.",
    "Aujourd'hui, jusqu'au 8 mars 2021, c'est-à-dire l’année dernière, qu’on",
    "D'ici fin 2025, n'importe quelle province s'y connectera.",
    # numbers with spaces, dots and commas; ordinals; percentages
    "Le 1er juillet 2021, le taux a atteint 98,5% contre 12,3 % le 10/03/2021.",
    "Les 2.800 entreprises ont versé 1,5 milliard de dôngs (65,2 millions de dollars).",
    "Au 3e trimestre, le 2e semestre, la 1re phase, 14h30, 4.0, 5G, +12 %, -3,5%.",
    # dates in figures, ranges, identifiers
    "Du 9 décembre 2019 au 25 février 2020, 45/2020/ND-CP, n°17/NQ-CP, 2021-2025.",
    "Le 2019-12-09, le 15/06, le 1/3 des provinces, 12.03.2019, 03/2021.",
    # glued punctuation and words
    "au 8mars 2021, en 2020.Le portail, 9décembre2019, mi-2021, fin-2020",
    "Selon lui, «le portail» a reçu plus de 116 millions de visites (+12 %) ; voir "
    "www.dichvucong.gov.vn.",
    "Est-ce que le projet sera lancé le 15 août prochain? Oui! Peut-être.",
    # abbreviations kept whole
    "M. Nguyen, Mme. Tran, janv. 2021, déc. 2019, 9 déc., av. J.-C., etc.",
    "Hanoï, 10 mars (VNA) - Le Vietnam a enregistré 3,2 millions d'usagers.",
    "Bà Rịa-Vũng Tàu, Thừa Thiên-Huế, COVID-19, après-midi, au-delà, rendez-vous.",
]


@pytest.mark.parametrize("text", SAME_TOKENS)
def test_the_tokens_the_rules_read_are_spacys(stock_french, text):
    ours = French()
    assert [t.text for t in ours(text)] == [t.text for t in stock_french(text)]


HYPHENATED = [
    ("mi-juillet", ["mi", "-", "juillet"]),
    ("e-gouvernement", ["e", "-", "gouvernement"]),
    ("porte-parole", ["porte", "-", "parole"]),
    ("vice-ministre", ["vice", "-", "ministre"]),
    ("Sud-Est", ["Sud", "-", "Est"]),
]


@pytest.mark.parametrize(("word", "tokens"), HYPHENATED)
def test_words_that_token_match_kept_whole_are_split_at_their_hyphen(stock_french, word, tokens):
    """The one difference: what spaCy's `TOKEN_MATCH` keeps whole, the infixes split."""
    assert [t.text for t in stock_french(word)] == [word]
    assert [t.text for t in French()(word)] == tokens


def test_the_dates_found_are_the_same_on_spacys_tokenizer(stock_french):
    """Over the sample and corpus texts, the date component finds the same mentions on
    spaCy's own French tokenizer as on vnextract's."""
    from vnextract.recognizers.dates import find_dates

    stock = spacy.blank("fr")  # a second one: the component changes the vocab's NORMs
    stock.add_pipe("vnx_dates")
    texts = _cleaned_texts()
    texts.append("À la mi-juillet, mi-2021, au 8mars 2021, fin d'année, d'e-gouvernement en 2020")
    for text in texts:
        assert find_dates(text, nlp=stock) == find_dates(text)


def test_odd_spaces_are_read_as_spaces_and_the_text_kept():
    from vnextract.nlp.french import doc_text

    text = "le 9\u00a0décembre\u202f2019"
    doc = French()(text)
    assert [t.text for t in doc] == ["le", "9", "décembre", "2019"]
    assert doc_text(doc) == text


def test_the_registered_tokenizer_is_set_in_the_config():
    config = French().config
    assert config["nlp"]["tokenizer"] == {"@tokenizers": "vnextract.fr_tokenizer.v1"}
    nlp = spacy.blank("xx", config={"nlp": {"tokenizer": config["nlp"]["tokenizer"]}})
    assert [t.text for t in nlp("l'an dernier, le 1er")] == [
        "l'",
        "an",
        "dernier",
        ",",
        "le",
        "1er",
    ]


# --------------------------------------------------------------------------
# The pipeline


def test_load_nlp_gives_facts_on_the_doc(nlp):
    assert isinstance(nlp, spacy.Language)
    assert nlp.lang == "fr"
    assert nlp.pipe_names == [
        "vnx_dates",
        "vnx_sentences",
        "vnx_quantities",
        "vnx_published",
        "vnx_facts",
    ]
    doc = nlp(TEXT)
    assert [(s.text, s.label_) for s in doc.spans["dates"]] == [
        ("10 mars", "date"),
        ("8 mars 2021", "date"),
        ("l'an dernier", "date"),
    ]
    assert doc.spans["dates"][1]._.date.year == 2021
    assert [s.text for s in doc.spans["quantities"]] == ["116 millions", "80 millions"]
    assert doc.spans["quantities"][0]._.quantity.value == 116e6
    assert doc._.published.published == "2021-03-10"
    (fact, *_) = doc._.facts
    assert (fact["metric"], fact["value"], fact["date"]) == ("portal_visits", 116e6, "2021-03-08")
    assert vnextract.Fact(**fact).value == 116e6
    assert len(list(doc.sents)) == 1


@pytest.mark.parametrize(
    ("text", "sentences"),
    [
        # a page wrapped by hand: a line the next goes on in lower case is one sentence
        (
            "Celui-ci\na assuré que le portail\nfonctionne bien. Le ministre l'a dit.",
            ["Celui-ci\na assuré que le portail\nfonctionne bien.", "Le ministre l'a dit."],
        ),
        # a line ended by punctuation, or followed by a capital, ends its sentence
        (
            "Le portail fonctionne:\nil reçoit des dossiers.",
            ["Le portail fonctionne:", "il reçoit des dossiers."],
        ),
        ("Titre du portail\nLe ministre l'a dit.", ["Titre du portail", "Le ministre l'a dit."]),
    ],
)
def test_sentences_of_lines_wrapped_by_hand(nlp, text, sentences):
    assert [s.text.strip() for s in nlp(text).sents] == sentences


def test_the_extractor_gives_what_the_pipeline_gives(nlp):
    """The same facts, but for the id the extractor gives a text (`text1`)."""
    (result,) = vnextract.extract_articles([TEXT])
    assert [{**r, "doc_id": "text"} for r in result.rows.records] == nlp(TEXT)._.facts


def test_pipe_with_contexts(nlp):
    docs = list(nlp.pipe([(TEXT, 1), ("Rien ici.", 2)], as_tuples=True))
    assert [(len(doc._.facts), n) for doc, n in docs] == [(2, 1), (0, 2)]


@pytest.mark.parametrize(
    ("name", "config"),
    [
        ("vnx_dates", {"patterns_path": None}),
        ("vnx_sentences", {}),
        ("vnx_quantities", {}),
        ("vnx_facts", {"lexicon_path": None}),
    ],
)
def test_the_components_are_added_the_spacy_way(name, config):
    nlp = spacy.blank("xx")
    nlp.add_pipe(name, config=config)
    assert nlp.pipe_names == [name]
    assert nlp.get_pipe_meta(name).assigns


def test_components_on_spacys_blank_french(stock_french):
    nlp = spacy.blank("fr")
    for name in ("vnx_dates", "vnx_sentences", "vnx_quantities", "vnx_published", "vnx_facts"):
        nlp.add_pipe(name)
    doc = nlp(TEXT)
    assert [f["value"] for f in doc._.facts] == [
        f["value"] for f in vnextract.load_nlp()(TEXT)._.facts
    ]


def test_spacy_finds_the_components_through_the_entry_points():
    """A fresh interpreter that never imports vnextract itself."""
    code = (
        "import sys, spacy\n"
        "nlp = spacy.blank('xx', config={'nlp': {'tokenizer': "
        "{'@tokenizers': 'vnextract.fr_tokenizer.v1'}}})\n"
        "nlp.add_pipe('vnx_dates')\n"
        "doc = nlp('Au 8mars 2021, en mai dernier')\n"
        "print([s.text for s in doc.spans['dates']])\n"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "['8mars 2021', 'mai dernier']"


def test_a_component_failing_on_one_article_fails_that_article_only(monkeypatch):
    from vnextract.facts import build

    real = build.build_facts

    def flaky(doc_id, *args):
        if doc_id == "text2":
            raise ValueError("boom")
        return real(doc_id, *args)

    monkeypatch.setattr(build, "build_facts", flaky)
    results = list(vnextract.extract_articles([TEXT, TEXT, "", TEXT]))
    assert [r.article_record["doc_id"] for r in results] == ["text1", "text2", "text3", "text4"]
    errors = [r.article_record["error"] for r in results]
    assert errors[0] is None and errors[3] is None
    assert errors[1] == "internal error, please report: ValueError: boom"
    assert errors[2] is not None and "no article text" in errors[2]
    assert len(results[0].rows) == len(results[3].rows) == 2
    from vnextract.api import process_source
    from vnextract.inputs.sources import from_text

    with pytest.raises(ValueError, match="boom"):
        process_source(from_text(TEXT, doc_id="text2"))


# --------------------------------------------------------------------------
# Relative dates (FACTS.md section 6), resolved against the publication date

RELATIVE = [
    ("l'an dernier", "2021-03-10", "2020"),
    ("l'année dernière", "2021-03-10", "2020"),
    ("l'année précédente", "2021-03-10", "2020"),
    ("cette année", "2021-03-10", "2021"),
    ("l'an prochain", "2021-03-10", "2022"),
    ("l'année prochaine", "2021-03-10", "2022"),
    ("en mai dernier", "2021-07-02", "2021-05"),
    ("en mai dernier", "2021-03-10", "2020-05"),
    ("fin février dernier", "2021-03-10", "2021-02"),
    ("le mois prochain", "2021-03-10", "2021-04"),
    ("le mois dernier", "2021-01-05", "2020-12"),
    ("ce mois-ci", "2021-03-10", "2021-03"),
    ("au premier semestre 2023", "2023-09-01", "2023-06"),
    ("au cours des six premiers mois de 2023", "2023-09-01", "2023-06"),
    ("en 2023", "2024-01-01", "2023"),
    ("fin 2022", "2021-03-10", "2022"),
    ("d'ici fin 2022", "2021-03-10", "2022"),
    ("d'ici 2030", "2021-03-10", "2030"),
    ("à l'horizon 2045", "2021-03-10", "2045"),
    ("jusqu'au 25 février 2020", "2021-03-10", "2020-02-25"),
]


@pytest.mark.parametrize(("written", "published", "expected"), RELATIVE)
def test_relative_and_period_expressions_resolve_against_publication(written, published, expected):
    from vnextract.recognizers.dates import find_dates, resolve

    (m,) = find_dates(f"Selon le bureau, {written}, le portail a reçu 3 millions de dossiers.")
    assert resolve(m, published) == expected


@pytest.mark.parametrize("written", ["il y a deux ans", "depuis trois ans", "il y a trois mois"])
def test_durations_are_not_dates_of_facts(written):
    from vnextract.recognizers.dates import find_dates

    assert find_dates(f"Le portail, lancé {written}, a reçu 3 millions de dossiers.") == []


@pytest.mark.parametrize(
    ("expression", "published", "expected"),
    [
        ("il y a trois mois", "2021-03-10", "2020-12"),
        ("il y a deux ans", "2021-03-10", "2019-03"),
        ("le mois prochain", "2021-12-31", "2022-01"),
        ("l'année dernière", "2021-03", "2020-03"),
        ("dans 1 an", "2020-02-29", "2021-02"),
        ("l'an dernier", "2021-03-10", None),  # not read by dateparser: `resolve` reads it
        ("il y a trois mois", "2021", None),  # no month to count from
    ],
)
def test_relative_date_counts_with_dateparser(expression, published, expected):
    from vnextract.recognizers.dates import relative_date

    assert relative_date(expression, published) == expected
