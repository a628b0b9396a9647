"""Publication dates: header, dateline, lead date, weekday and year inference (FACTS.md 5)."""

from __future__ import annotations

import pytest

from vnextract.cleaning.clean import clean
from vnextract.recognizers.dates import find_dates
from vnextract.recognizers.published import normalize_given, publication_date


def pub(raw: str, given: str | None = None):
    c = clean(raw)
    p = publication_date(c, find_dates(c.text), given=given)
    return p.published, p.source


CASES = [
    # header month + dateline day
    (
        " date 2022-07 Hanoï, 4 juillet (VNA) - Le portail a été amélioré.",
        ("2022-07-04", "dateline"),
    ),
    # header alone
    (" date 2023-01 Hanoi (VNA) - Le portail a été amélioré.", ("2023-01", "header")),
    # dateline, year from the latest past year of the text
    (
        "Titre\n\nHanoï, 18 avril (VNA) - Au 15 avril 2022, le portail comptait 3 millions de "
        "comptes, contre 1 million en 2020.",
        ("2022-04-18", "inferred"),
    ),
    # a future year does not make the publication year
    (
        "Hanoï, 3 juin (VNA) - En 2021, le portail a reçu 5 millions de dossiers; l'objectif est "
        "d'atteindre 80 % d'ici 2025.",
        ("2021-06-03", "inferred"),
    ),
    # a dateline early in January reporting last December's figures
    (
        "Hanoï, 5 janvier (VNA) - Au 31 décembre 2022, le portail comptait 4 millions de comptes.",
        ("2023-01-05", "inferred"),
    ),
    # no dateline: the lead's day-month, weekday picks the year (5 March 2020 was a Thursday)
    (
        "Titre\n\nHanoi (VNA) - Lors d'une conférence tenue le jeudi 5 mars à Hanoï, le ministre "
        "a dressé le bilan de 2019 et fixé les objectifs pour 2021.",
        ("2020-03-05", "inferred"),
    ),
    # a January dispatch reporting a past year is from the year after it
    (
        "Da Nang, 4 janvier (VNA) - En 2021, le portail de la ville a traité 1,2 million de "
        "dossiers. La ville vise 80 % de dossiers en ligne pour 2022.",
        ("2022-01-04", "inferred"),
    ),
    # horizons (`jusqu'en 2030`, `d'ici 2025`) never date the article; a period does
    (
        "Hanoï, 4 juin (VNA) - Le programme, qui prolonge la stratégie pour la période "
        "2019-2020, vise 80 % de services en ligne d'ici 2025 et jusqu'en 2030.",
        ("2020-06-04", "inferred"),
    ),
    # no date at all
    ("Un texte sans date ni lieu.", (None, "unknown")),
]


@pytest.mark.parametrize(("raw", "expected"), CASES, ids=range(len(CASES)))
def test_publication_date(raw, expected):
    assert pub(raw) == expected


def test_given_date_wins():
    assert pub("Hanoï, 4 juillet (VNA) - Texte.", given="2024-07-04") == ("2024-07-04", "record")


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("2021-03-10T08:00:00+07:00", "2021-03-10"),
        ("2021-03", "2021-03"),
        ("mars", None),
        (None, None),
    ],
)
def test_normalize_given(value, expected):
    assert normalize_given(value) == expected
