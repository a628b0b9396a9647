"""Fact building on French sentences written for these tests (not taken from the samples).

Each case is a short article (a dateline gives the publication day) and the
facts expected from it, as tuples of the fields that matter for the case.
"""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from vnextract.api import process_source
from vnextract.inputs.sources import from_text


def facts_of(text: str):
    return process_source(from_text(text, doc_id="t")).facts


def brief(f, fields):
    return tuple(getattr(f, k) for k in fields)


# (article, fields, expected facts as tuples of those fields)
CASES = [
    # a mark passed: the figure is a lower bound, even a scale word alone (`du million`)
    (
        "Hué, 12 octobre (VNA) - Lancée en 2019, l'application de la ville a franchi la barre "
        "du million d'utilisateurs. Le portail provincial a dépassé le cap des 2 millions "
        "de visites.",
        ("metric", "value", "qualifier"),
        [
            ("registered_accounts", 1_000_000, "at_least"),
            ("portal_visits", 2_000_000, "at_least"),
        ],
    ),
    # the pronoun `en` before the verb stands for the noun counted before it
    (
        "Hanoï, 3 mars (VNA) - Le centre a reçu 12 000 dossiers en 2022 et en a traité 11 500 "
        "dans les délais. Sur les 1 827 procédures administratives, la ville en a fourni "
        "1 312 en ligne. Il en a 2 000 autres.",
        ("metric", "value"),
        [
            ("dossiers_processed", 12_000),
            ("dossiers_processed", 11_500),
            ("online_public_services", 1_312),
        ],
    ),
    # the date of a value compared with (`contre 38 % en 2022`) dates no later sentence
    (
        "Hô Chi Minh-Ville, 2 février (VNA) - Le taux de dossiers traités en ligne a atteint "
        "62,3 %, contre 38 % en 2022. La ville a ainsi reçu plus de 2,6 millions de dossiers "
        "en ligne.",
        ("value", "date_source"),
        [(62.3, "published"), (38, "explicit"), (2_600_000, "published")],
    ),
    # a USD equivalent in brackets after the periodicity; a noun phrase ends at `depuis`
    (
        "Hanoï, 5 mai (VNA) - Le paiement en ligne a permis d'économiser environ 1 200 "
        "milliards de dongs par an (près de 50 millions de dollars). La plateforme a traité "
        "plus de 1,3 milliard de transactions depuis sa mise en service.",
        ("value", "value_usd", "per", "text"),
        [
            (1_200_000_000_000, 50_000_000, "year", "1 200 milliards de dongs"),
            (1_300_000_000, None, None, "1,3 milliard de transactions"),
        ],
    ),
    # the edition or classement a change is measured against is its compared_to
    (
        "Hanoï, 20 septembre (VNA) - Le Vietnam occupe la 71e place du classement mondial de "
        "l'e-gouvernement des Nations unies, soit un bond de 15 rangs par rapport à l'édition "
        "2022.",
        ("metric", "value", "change", "compared_to"),
        [("un_egov_rank", 71, 15, "2022")],
    ),
    # a change told after the place is its own; a place held before (`où il occupait`) takes
    # the year it is compared with, and no change
    (
        "Hanoï, 20 septembre (VNA) - Le Vietnam s'est classé 71e sur 193 pays dans l'Enquête "
        "des Nations unies sur l'e-gouvernement 2024, publiée à New York par le Département "
        "des affaires économiques et sociales des Nations unies, soit un bond de 15 places par "
        "rapport à l'édition 2022, où il occupait la 86e place.",
        ("value", "change", "compared_to", "date"),
        [(71, 15, "2022", "2024"), (86, None, None, "2022")],
    ),
    # `pour atteindre` after a change that happened tells its result; `l'an dernier` is no
    # periodicity
    (
        "Hanoï, 12 octobre 2022 (VNA) - L'an dernier, le portail a traité 5,6 millions de "
        "dossiers. Le nombre de transactions de paiement en ligne a augmenté de 52 % pour "
        "atteindre 4,3 millions.",
        ("value", "status", "per", "date"),
        [(5_600_000, "actual", None, "2021"), (4_300_000, "actual", None, "2022-10-12")],
    ),
    # `passé de X à Y`: each figure its own date, or the ends of the period told
    (
        "Hanoï, 12 février 2024 (VNA) - Le nombre de services publics en ligne est passé de "
        "2 800 en 2020 à 4 500 en 2023. Entre 2020 et 2023, le nombre de comptes est passé de "
        "2 millions à plus de 9 millions.",
        ("value", "date"),
        [(2_800, "2020"), (4_500, "2023"), (2_000_000, "2020"), (9_000_000, "2023")],
    ),
    (
        "Hanoï, 12 février 2024 (VNA) - Entre 2020 et 2023, le portail a reçu 9 millions de "
        "dossiers.",
        ("value", "date"),
        [(9_000_000, "2024-02-12")],
    ),
    # two figures, one noun told after the second; a factor is no count
    (
        "Hanoï, 12 février 2024 (VNA) - Hanoï et Hô Chi Minh-Ville ont reçu respectivement "
        "1,2 million et 2,5 millions de dossiers en ligne en 2023. Le nombre de comptes a été "
        "multiplié par trois en deux ans, pour atteindre 9 millions.",
        ("metric", "value", "status", "text"),
        [
            ("dossiers_processed", 1_200_000, "actual", "1,2 million"),
            ("dossiers_processed", 2_500_000, "actual", "2,5 millions de dossiers en ligne"),
            ("registered_accounts", 9_000_000, "actual", "9 millions"),
        ],
    ),
    # `dont 99,5 %` after a count is a share of what it counts
    (
        "Hanoï, 12 février 2024 (VNA) - Le centre de services de l'administration publique a "
        "traité 320 000 dossiers en 2023, dont 99,5 % dans les délais.",
        ("type", "value", "date"),
        [("count", 320_000, "2023"), ("percentage", 99.5, "2023")],
    ),
    # counts with their noun, qualifier and an as-of date
    (
        "Hanoï, 6 janvier (VNA) - Au 31 décembre 2022, le Portail national des services publics "
        "comptait plus de 4,5 millions de comptes enregistrés.",
        ("metric", "value", "qualifier", "date", "date_source"),
        [("registered_accounts", 4_500_000, "at_least", "2022-12-31", "explicit")],
    ),
    (
        "Hanoï, 14 juillet (VNA) - En juin 2023, le portail a accueilli environ 12 millions "
        "d'accès et près de 350.000 dossiers ont été soumis en ligne.",
        ("metric", "value", "qualifier", "date"),
        [
            ("portal_visits", 12_000_000, "approx", "2023-06"),
            ("dossiers_processed", 350_000, "approx", "2023-06"),
        ],
    ),
    # money, per year, USD equivalent
    (
        "Hanoï, 2 avril (VNA) - Selon le ministère, la plateforme a permis d'économiser "
        "quelque 6.300 milliards de dongs (environ 270 millions de dollars) par an depuis 2021.",
        ("metric", "value", "unit", "qualifier", "per", "value_usd"),
        [("annual_savings", 6_300_000_000_000, "VND", "approx", "year", 270_000_000)],
    ),
    (
        "Hanoï, 9 mai (VNA) - En 2022, plus de 12 millions de transactions de paiement en ligne "
        "ont été réalisées via le portail, pour une valeur totale de 5.400 milliards de dongs.",
        ("metric", "value", "unit", "date"),
        [
            ("payment_transactions", 12_000_000, None, "2022"),
            ("payment_amount", 5_400_000_000_000, "VND", "2022"),
        ],
    ),
    (
        "Hanoï, 20 octobre (VNA) - Le projet de base de données nationale sur la population a "
        "coûté 3.000 milliards de dongs, a indiqué le vice-ministre le 18 octobre 2021.",
        ("metric", "value", "unit"),
        [("cost", 3_000_000_000_000, "VND")],
    ),
    # connections
    (
        "Hanoï, 3 août (VNA) - À ce jour, la plateforme nationale d'intégration des données est "
        "connectée à 22 ministères et agences et aux 63 provinces et villes du pays.",
        ("metric", "value"),
        [("connected_agencies", 22), ("connected_localities", 63)],
    ),
    # insurance and digitization
    (
        "Hanoï, 11 septembre (VNA) - La base de données sur l'assurance contient désormais les "
        "informations de 88 millions de personnes couvertes par l'assurance maladie.",
        ("metric", "value"),
        [("insured_people", 88_000_000)],
    ),
    (
        "Hanoï, 11 septembre (VNA) - L'Agence a achevé la numérisation de 15 millions de "
        "dossiers d'assurance sociale.",
        ("metric", "value"),
        [("digitized_records", 15_000_000)],
    ),
    # feedback
    (
        "Hanoï, 1er mars (VNA) - En 2021, le système a reçu 25.600 réclamations et "
        "recommandations des citoyens et des entreprises.",
        ("metric", "value", "date"),
        [("feedback_received", 25_600, "2021")],
    ),
    # rankings
    (
        "Hanoï, 25 septembre (VNA) - Le Vietnam s'est classé 71e sur 193 pays dans l'indice de "
        "développement de l'e-gouvernement des Nations unies en 2024, en hausse de 15 places "
        "par rapport à 2022.",
        ("metric", "value", "out_of", "change", "compared_to", "date"),
        [("un_egov_rank", 71, 193, 15, "2022", "2024")],
    ),
    (
        "Hanoï, 25 septembre (VNA) - Dans ce classement, le pays occupe la cinquième place "
        "parmi les 11 pays de l'ASEAN.",
        ("metric", "value", "out_of"),
        [("regional_egov_rank", 5, 11)],
    ),
    (
        "Hanoï, 12 juillet (VNA) - Le Vietnam a reculé de 3 places dans le classement mondial de "
        "l'e-gouvernement de l'ONU, à la 89e position sur 193.",
        ("metric", "value", "change"),
        [("un_egov_rank", 89, -3)],
    ),
    # percentages and targets
    (
        "Hanoï, 7 juin (VNA) - Le gouvernement vise à porter le taux de services publics en "
        "ligne de niveau 4 à 80 % d'ici 2025.",
        ("type", "metric", "value", "unit", "status", "date"),
        [("percentage", "online_services_share", 80, "%", "target", "2025")],
    ),
    (
        "Hanoï, 7 juin (VNA) - À la fin de 2022, 42,5 % des procédures administratives étaient "
        "proposées en ligne de niveau 4.",
        ("metric", "value", "status", "date"),
        [("online_services_share", 42.5, "actual", "2022")],
    ),
    # events
    (
        "Hanoï, 20 août (VNA) - L'application VNeID a été lancée le 5 juillet 2022 par le "
        "ministère de la Sécurité publique.",
        ("type", "metric", "date", "status"),
        [("event", "system_launch", "2022-07-05", "actual")],
    ),
    (
        "Hanoï, 4 avril (VNA) - Les localités doivent achever la connexion de leurs systèmes au "
        "portail au plus tard en décembre 2022.",
        ("type", "metric", "date", "status"),
        [("event", "deadline", "2022-12", "planned")],
    ),
    # `respectivement` maps figures to the nouns told before, with their own date
    (
        "Hanoï, 3 janvier (VNA) - En 2022, le portail a enregistré 19 millions de comptes, "
        "7,6 millions de dossiers en ligne et plus de 240 millions de visites, contre "
        "respectivement 12,5 millions, 5,2 millions et 150 millions en 2021.",
        ("metric", "value", "date"),
        [
            ("registered_accounts", 19_000_000, "2022"),
            ("portal_visits", 240_000_000, "2022"),
            ("registered_accounts", 12_500_000, "2021"),
            ("dossiers_processed", 5_200_000, "2021"),
            ("portal_visits", 150_000_000, "2021"),
        ],
    ),
    # a USD equivalent after `soit`
    (
        "Hanoï, 7 septembre (VNA) - En 2021, la plateforme a permis d'économiser près de "
        "2,3 billions de dongs, soit environ 100 millions de dollars américains.",
        ("metric", "value", "unit", "value_usd"),
        [("annual_savings", 2_300_000_000_000, "VND", 100_000_000)],
    ),
    # a growth rate is not a share; a level reached is
    (
        "Hanoï, 12 janvier (VNA) - Le nombre de comptes enregistrés sur le portail a atteint "
        "3,2 millions à la fin de 2021, soit une hausse de 45 % par rapport à l'année "
        "précédente. L'objectif est de porter la part des services publics en ligne à 50 %.",
        ("type", "metric", "value", "status"),
        [
            ("count", "registered_accounts", 3_200_000, "actual"),
            ("percentage", "online_services_share", 50, "target"),
        ],
    ),
    # a place in a sub-index of the survey is `other`
    (
        "Hanoï, 30 juillet (VNA) - Dans l'enquête 2022 de l'ONU sur l'e-gouvernement, le "
        "Vietnam a reculé de deux places, à la 86e position. L'indice des services en ligne "
        "du pays s'est amélioré, passant au 75e rang.",
        ("metric", "value", "change", "date"),
        [("un_egov_rank", 86, -2, "2022"), ("other", 75, None, "2022")],
    ),
    # `sur les N` with a noun of its own is still `X sur Y`: one fact over its total (FACTS.md
    # 7b); only `sur un total de N` gives the total as a figure in its own right
    (
        "Hanoï, 11 avril (VNA) - Au 10 avril 2021, 2.900 services publics sur les 6.700 "
        "procédures administratives étaient intégrés au portail, soit 43 %.",
        ("metric", "value", "out_of", "date"),
        [
            ("online_public_services", 2900, 6700, "2021-04-10"),
            ("online_services_share", 43, None, "2021-04-10"),
        ],
    ),
    (
        "Hanoï, 11 avril (VNA) - Au 10 avril 2021, 2.900 services publics sur un total de 6.700 "
        "procédures administratives étaient intégrés au portail.",
        ("metric", "value", "out_of", "date"),
        [
            ("online_public_services", 2900, None, "2021-04-10"),
            ("public_services_total", 6700, None, "2021-04-10"),
        ],
    ),
    # `X des Y provinces`: one fact with a denominator
    (
        "Hanoï, 20 novembre (VNA) - Au 15 novembre 2018, 48 des 63 provinces et villes avaient "
        "mis en place un centre de services d'administration publique.",
        ("metric", "value", "out_of", "date"),
        [("service_centers", 48, 63, "2018-11-15")],
    ),
    # a decision adopted on a stated date
    (
        "Hanoï, 2 mars (VNA) - Le Premier ministre a signé le 1er mars 2023 la décision "
        "n°206/QD-TTg approuvant le plan de mise en œuvre du Projet 06.",
        ("type", "metric", "date"),
        [("event", "other", "2023-03-01")],
    ),
    # a date closing an enumeration dates every item of it
    (
        "Hanoï, 10 mars (VNA) - Le Portail a enregistré plus de 120 millions de visites, plus "
        "de 380.000 comptes d'utilisateurs et plus de 1,4 million de dossiers synchronisés au "
        "28 février 2021.",
        ("metric", "value", "date"),
        [
            ("portal_visits", 120_000_000, "2021-02-28"),
            ("registered_accounts", 380_000, "2021-02-28"),
            ("dossiers_processed", 1_400_000, "2021-02-28"),
        ],
    ),
    # `X procédures, dont Y de niveau 4`: the head is the total
    (
        "Hanoï, 18 mai (VNA) - En 2021, le portail de la ville de Hanoï fournissait 1.989 "
        "procédures administratives, dont 1.174 procédures de niveau 4.",
        ("metric", "value"),
        [("public_services_total", 1989), ("online_public_services", 1174)],
    ),
    # a directive with a horizon is a target; a deadline without a figure is a deadline
    (
        " date 2021-02 Hanoï, 16 février (VNA) - Le Premier ministre a demandé que d'ici fin "
        "2021, 100 % des services publics soient fournis en ligne de niveau 4. Il a exigé que "
        "les localités achèvent la connexion de leurs bases de données au plus tard le 30 juin.",
        ("metric", "value", "status", "date"),
        [
            ("online_services_share", 100, "target", "2021"),
            ("deadline", None, "planned", "2021-06-30"),
        ],
    ),
    # a level reached is actual even when an objective is named after it
    (
        "Hanoï, 26 décembre (VNA) - Le taux de services publics en ligne de niveau 3 et 4 a "
        "atteint 30,86 % en 2020, dépassant l'objectif de 30 % fixé par le gouvernement.",
        ("metric", "value", "status"),
        [("online_services_share", 30.86, "actual"), ("online_services_share", 30, "target")],
    ),
    # a share of ministries is no share of services; those that did not do something are a
    # figure, but not of those that did
    (
        "Hanoï, 11 mars (VNA) - En 2020, quelque 98 % des ministères ont mis en place un portail "
        "de services publics. Cinq ministères n'ont pas encore connecté leur système.",
        ("metric", "value"),
        [("other", 98), ("other", 5)],
    ),
    # counts per day and per month
    (
        "Hanoï, 2 octobre (VNA) - En 2021, plus de 1.500 dossiers d'état civil ont été numérisés "
        "chaque jour dans la ville, soit environ 45.000 par mois.",
        ("metric", "value", "per"),
        [("digitized_records", 1500, "day"), ("digitized_records", 45_000, "month")],
    ),
    # `ce taux` takes up the share told in the sentence before
    (
        "Hanoï, 4 juin (VNA) - En 2019, le programme prévoit que d'ici 2025, 80 % des services "
        "publics en ligne soient fournis au niveau 4. À l'horizon 2030, ce taux devra atteindre "
        "100 %.",
        ("metric", "value", "date"),
        [("online_services_share", 80, "2025"), ("online_services_share", 100, "2030")],
    ),
    # `trois mois après son lancement` dates nothing: the month told before is the count's
    (
        "Hanoï, 4 novembre (VNA) - L'application VNeID a franchi le cap des 10 millions "
        "d'utilisateurs en octobre 2022, trois mois seulement après son lancement officiel.",
        ("type", "metric", "date"),
        [("count", "registered_accounts", "2022-10")],
    ),
    # a periodicity belongs to its own figure, not to the next one's clause
    (
        "Hanoï, 9 octobre (VNA) - En 2019, le système a permis de traiter 1.047 dossiers, soit "
        "une économie de 169 milliards de dongs par an.",
        ("metric", "value", "per"),
        [("dossiers_processed", 1047, None), ("annual_savings", 169_000_000_000, "year")],
    ),
    # `il` continues the system named in the sentence before
    (
        "Hanoï, 9 octobre (VNA) - Le gouvernement a mis en service le système e-Cabinet le "
        "21 juin 2019. Depuis, il a permis d'organiser 25 réunions et de traiter 1.047 dossiers.",
        ("type", "metric", "value"),
        [
            ("event", "system_launch", None),
            ("count", "other", 25),
            ("count", "dossiers_processed", 1047),
        ],
    ),
    # not facts
    (
        "Hanoï, 8 mai (VNA) - Les deux parties ont discuté de cinq sujets lors de la 3e réunion, "
        "conformément à la résolution n°17/NQ-CP et au décret 45/2020/ND-CP, pendant la "
        "pandémie de COVID-19. Contact : 024 3825 1234, https://dichvucong.gov.vn.",
        ("metric",),
        [],
    ),
    (
        "Hanoï, 4 janvier (VNA) - Les deux parties ont signé trois accords. La conférence a "
        "réuni 500 délégués. Le numéro vert 1900 1234 est ouvert 24h/24. Le Vietnam compte "
        "près de 100 millions d'habitants et les exportations ont atteint 371 milliards de "
        "dollars en 2022. L'application a été téléchargée 3 millions de fois.",
        ("metric",),
        [],
    ),
    (
        "Hanoï, 8 mai (VNA) - La stratégie pour la période 2021-2025 fixe trois principaux "
        "contenus. Depuis trois ans, le niveau 4 est la priorité de la 4e révolution industrielle.",
        ("metric",),
        [],
    ),
]


@pytest.mark.parametrize(("text", "fields", "expected"), CASES, ids=range(len(CASES)))
def test_facts_of_french_sentences(text, fields, expected):
    got = [brief(f, fields) for f in facts_of(text)]
    for exp in expected:
        assert exp in got, (exp, got)
    if not expected:
        assert got == []


def test_planned_launch_date_without_year_is_the_next_one():
    facts = facts_of(
        "Hanoï, 15 février (VNA) - Le Portail national des services publics sera officiellement "
        "lancé le 10 mars prochain. En 2019, le Vietnam a adopté la stratégie."
    )
    launch = [f for f in facts if f.metric == "portal_launch"]
    assert [(f.date, f.status) for f in launch] == [("2019-03-10", "planned")]


def test_context_date_carries_over_within_a_report():
    facts = facts_of(
        "Hanoï, 10 mai (VNA) - Selon le bureau du gouvernement, au 30 avril 2022, le portail "
        "national avait enregistré plus de 2,1 millions de comptes.\n\n"
        "Le portail a également reçu plus de 150 millions de visites.\n\n"
        "Par ailleurs, la stratégie nationale a été adoptée."
    )
    got = {(f.metric, f.date, f.date_source) for f in facts}
    assert ("registered_accounts", "2022-04-30", "explicit") in got
    assert ("portal_visits", "2022-04-30", "context") in got


def test_context_stops_at_a_reset():
    facts = facts_of(
        "Hanoï, 10 mai (VNA) - Au 30 avril 2022, le portail national comptait 2 millions de "
        "comptes enregistrés.\n\n"
        "Jusqu'à présent, le système de rapports est connecté à 20 ministères et agences."
    )
    agencies = [f for f in facts if f.metric == "connected_agencies"]
    assert [(f.date, f.date_source) for f in agencies] == [("2022-05-10", "published")]


def test_repeated_fact_is_one_record_at_first_mention():
    text = (
        "Hanoï, 10 mai (VNA) - Le portail a reçu 3 millions de visites en 2021.\n\n"
        "Rappelons que le portail a reçu 3 millions de visites en 2021."
    )
    facts = facts_of(text)
    visits = [f for f in facts if f.metric == "portal_visits"]
    assert len(visits) == 1
    assert visits[0].start == text.index("3 millions")


def test_real_unrelated_wire_copy_gives_no_fact():
    """The teasers after `Voir plus` in the samples are real VNA texts on other subjects
    (jobs, typhoons, the Party congress, cybercrime, AI cameras): read as articles of their
    own, they must give no e-government fact."""
    from tests.conftest import RAW

    for path in sorted(RAW.glob("*.txt")):
        raw = path.read_text(encoding="utf-8")
        cut = raw.find("\nVoir plus")
        if cut < 0:
            continue
        teasers = "Hanoï, 10 mars (VNA) - Teasers.\n\n" + raw[cut + len("\nVoir plus") :]
        got = [(f.metric, f.value, f.text) for f in facts_of(teasers)]
        assert got == [], (path.name, got)


def test_a_launch_told_relative_to_another_date_is_not_dated_by_it():
    facts = facts_of(
        "Hanoï, 4 novembre (VNA) - L'application VNeID a franchi le cap des 10 millions "
        "d'utilisateurs en octobre 2022, trois mois seulement après son lancement officiel."
    )
    assert [f.type for f in facts] == ["count"]


def test_extract_reads_a_long_one_line_string_as_text():
    """A sentence longer than a file name may be is text, not a path that fails to stat."""
    from vnextract import extract

    text = (
        "Hanoï, 20 septembre 2024 (VNA) - Le portail national des services publics, mis en "
        "service en décembre 2019 pour relier les ministères, les provinces et les villes, "
        "comptait au 31 août 2024 plus de 12,5 millions de comptes enregistrés par les citoyens "
        "et les entreprises de tout le pays."
    )
    assert len(text.encode()) > 255 and "\n" not in text
    facts = extract(text)
    assert ("registered_accounts", 12_500_000) in [(f.metric, f.value) for f in facts]


def test_a_factor_is_no_count():
    facts = facts_of(
        "Hanoï, 12 février 2024 (VNA) - Le nombre de comptes a été multiplié par trois en "
        "deux ans, pour atteindre 9 millions."
    )
    assert [f.value for f in facts] == [9_000_000]


@pytest.mark.parametrize(
    "sentence",
    [
        "Le pays compte 78 millions d'utilisateurs d'Internet et 120 millions d'abonnés mobiles.",
        "Le commerce électronique du Vietnam a atteint 20,5 milliards de dollars en 2023.",
        "Les exportations de produits électroniques ont rapporté 57 milliards de dollars.",
        "La province de Quang Ninh a accueilli 15 millions de touristes en 2023.",
        "Le typhon Yagi a causé des dégâts estimés à 3,3 milliards de dollars.",
    ],
)
def test_figures_of_the_digital_economy_at_large_are_no_e_government_facts(sentence):
    assert facts_of("Hanoï, 12 février 2024 (VNA) - " + sentence) == []


def test_same_length_fold_is_the_per_character_fold_over_every_code_point():
    """`_fold_same_length` lowers the whole text after folding the non-ASCII characters.

    That is the character-by-character fold when every folded non-ASCII character is
    its own lower case (then `lower`, which is per character but for a capital sigma's
    context, leaves it alone) and an ASCII character folds to its lower case.
    """
    from vnextract.facts.lexicon import fold
    from vnextract.facts.sentences import _fold_same_length

    for code in range(0x110000):
        ch = chr(code)
        folded = fold(ch)[:1] or " "
        if code < 0x80:
            assert folded == ch.lower(), code
        else:
            assert folded.lower() == folded, code
    text = "".join(map(chr, range(0x3000))) + " ΑΣ Σ ΣΑ ΟΔΟΣ. İstanbul Straße ǅ ﬁ Å"
    assert _fold_same_length(text) == "".join(fold(c)[:1] or " " for c in text)


#: The regexes of `facts` as they were written before their word boundaries were grouped.
OLD_REGEXES = {
    "_PER_STOP": r"\d|\bsoit\b|\bdont\b|\btandis que\b|\bet de\b|;",
    "_SUBCLAUSE_BREAK": r"[,;()]|\bcontre\b|\btandis que\b|\balors que\b|\bmais\b",
    "_NP_STOP": r"[,;:.()«»\"!?]|\b(?:et|ou|ainsi|tandis|sur|parmi|qui|que|dont|ont|sont|"
    r"avaient|avait|a|pour|dans|via|y|se|ne|etaient|etait|sera|seront|d'ici|depuis|avec|"
    r"selon|lors|grace)\b|\ben\b(?! ligne)|\b[ns]'"
    r"|\b(?:un an|(?:deux|trois|quatre|cinq|dix|\d{1,2}) ans) (?:plus tot|auparavant|avant)\b",
}
OLD_EGOV_TOPIC = (
    r"e-gouvernement|gouvernement electronique|gouvernance electronique|administration "
    r"electronique|egdi|nations unies|\bonu\b|en ligne|numerique|e-participation|\be-\w+|"
    r"portail|plate-?forme|base de donnees|vneid|dichvucong|\bdonnees\b|\belectroniques?\b|"
    r"\ba puce\b|signature numerique|identification"
)
REGEX_PIECES = st.sampled_from(
    [
        "et",
        "en",
        " ligne",
        "contre",
        "mais",
        "soit",
        "dont",
        "tandis que",
        "onu",
        "e-",
        "x",
        "donnees",
        "electronique",
        "s",
        "a puce",
        "portail",
        " ",
        ",",
        ";",
        "3",
        "'",
        "d'ici",
        "deux ans plus tot",
        "un an avant",
    ]
)


@settings(max_examples=400, deadline=None)
@given(st.lists(REGEX_PIECES, max_size=15))
def test_grouped_regexes_match_as_the_ones_they_replace(pieces):
    import re

    from vnextract.facts import cues as facts

    text = "".join(pieces)
    for name, old in OLD_REGEXES.items():
        new = getattr(facts, name)
        assert [m.span() for m in new.finditer(text)] == [
            m.span() for m in re.finditer(old, text)
        ], name
    assert facts._is_egov_topic(text) == bool(re.search(OLD_EGOV_TOPIC, text))
    strong = facts.cues().strong_break
    old_strong = r"\btandis que\b|\balors que\b|\bcependant\b|\bmais\b|;"
    assert [m.span() for m in strong.finditer(text)] == [
        m.span() for m in re.finditer(old_strong, text)
    ]
