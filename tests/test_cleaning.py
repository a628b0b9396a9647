"""Cleaning: the Voir plus cut, captions, header, spaces, glued words, and the offset map."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from tests.conftest import RAW
from vnextract.cleaning import clean, glue_splits

GLUED = [
    # (raw, cleaned): scraper accidents written for these tests, not taken from the samples
    ("lesministères ont", "les ministères ont"),
    ("leportail a reçu", "le portail a reçu"),
    ("les dossiersen ligne", "les dossiers en ligne"),
    ("au 15avril 2022", "au 15 avril 2022"),
    ("près de30 provinces", "près de 30 provinces"),
    ("2.500comptes", "2.500 comptes"),
    ("la plateformenationale", "la plateforme nationale"),
    ("a étéinaugurée", "a été inaugurée"),
    ("villede Hanoï", "ville de Hanoï"),
    ("lacapitale", "la capitale"),
    ("le gouvernementdu Vietnam", "le gouvernement du Vietnam"),
    ("auprèsdu ministère", "auprès du ministère"),
    ("permettantd'économiser", "permettant d'économiser"),
    ("selon lesdonnées", "selon les données"),
    ("versionnumérique", "version numérique"),
    ("desentreprises", "des entreprises"),
    ("leVietnam", "le Vietnam"),
    ("réunion,le ministre", "réunion, le ministre"),
    ("informatisées.Le portail", "informatisées. Le portail"),
]

KEPT = [
    # real words and names that must not be split
    "gouvernement", "e-gouvernement", "dichvucong.gov.vn", "COVID-19", "86e", "1er", "14h30",
    "5G", "Industrie 4.0", "Kaspersky", "Rostelecom", "jusqu'à", "aujourd'hui", "interopérabilité",
    "cybersécurité", "Nguyên Xuân Phuc", "2.800", "26,7", "VNeID", "iPhone", "McDonald", "l'ASEAN",
    "numérisation", "téléphone", "parmi", "visioconférence", "n°17/NQ-CP", "d'ici",
]  # fmt: skip


@pytest.mark.parametrize(("raw", "expected"), GLUED)
def test_glued_words_are_split(raw, expected):
    assert clean(raw).text == expected


@pytest.mark.parametrize("text", KEPT)
def test_words_and_names_are_kept(text):
    assert clean(text).text == text


def test_voir_plus_cuts_the_rest():
    raw = "Titre\n\nLe portail a 3 000 comptes.\n\nVoir plus\n\nAutre article: 5 000 visites.\n"
    c = clean(raw)
    assert "Autre" not in c.text
    assert c.cut_at == raw.index("Voir plus")


def test_header_is_metadata_not_text():
    c = clean(" date 2022-07 Hanoï, 4 juillet (VNA) - Texte.\n")
    assert c.header_date == "2022-07"
    assert c.text.startswith("Hanoï, 4 juillet")


@pytest.mark.parametrize(
    "caption",
    [
        "Le titre repris ảnh 1Le vice-ministre lors de la cérémonie. Photo: VNA",
        "Titre ảnh 2 Nhập mô tả cho ảnh",
        "La séance de travail. Photo : VNA",
        "Le ministre et son homologue (Source: VNA)",
        "Vue de la conférence. Photo d'archives: VNA",
    ],
)
def test_captions_are_dropped(caption):
    c = clean(f"Titre\n\n{caption}\n\nLe corps de l'article reste.\n")
    assert "Photo" not in c.text and "ảnh" not in c.text and "Source:" not in c.text
    assert "Le corps de l'article reste." in c.text


def test_spaces_are_normalised_and_paragraphs_kept():
    c = clean("Un\u00a0\u00a0mot  et\u202fun autre.\n\n\n\nDeuxième paragraphe.\n")
    assert c.text == "Un mot et un autre.\n\nDeuxième paragraphe."
    assert len(c.paragraphs) == 2


def test_title_is_first_line():
    assert clean("\n\n  Le titre \nLe texte.").title == "Le titre"


@pytest.mark.parametrize("path", sorted(RAW.glob("*.txt")), ids=lambda p: p.name)
def test_offset_map_points_at_the_same_characters(path):
    raw = path.read_text(encoding="utf-8")
    c = clean(raw)
    assert len(c.offsets) == len(c.text) + 1
    for i, ch in enumerate(c.text):
        r = raw[c.offsets[i]]
        if ch in " \n":
            continue
        assert r == ch, (i, ch, r)


def test_glued_and_clean_scrapes_of_one_article_clean_alike():
    glued = clean((RAW / "000_69a3c7bbeae0bcbd.txt").read_text(encoding="utf-8")).text
    tidy = clean((RAW / "002_6ef02ea0a4775475.txt").read_text(encoding="utf-8")).text
    body = glued[glued.index("Selon le bureau") :]
    ref = tidy[tidy.index("Selon le bureau") :]
    import difflib

    sm = difflib.SequenceMatcher(a=body.split(), b=ref.split(), autojunk=False)
    differing = [
        (body.split()[i1:i2], ref.split()[j1:j2])
        for op, i1, i2, j1, j2 in sm.get_opcodes()
        if op != "equal"
    ]
    assert len(differing) <= 3, differing


@given(st.text(max_size=300))
def test_any_text_cleans_with_a_consistent_map(text):
    c = clean(text)
    assert len(c.offsets) == len(c.text) + 1
    for i, ch in enumerate(c.text):
        if ch not in " \n":
            assert text[c.offsets[i]] == ch
    if c.text:
        s, e = c.to_raw(0, len(c.text))
        assert 0 <= s <= e <= len(text)


def test_glue_splits_needs_common_pieces():
    assert glue_splits("portailnational") == [7]
    assert glue_splits("xqzwvbn") == []
