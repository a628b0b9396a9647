"""Tests of vnextract.recognizers.dates: French date expressions found, read, given a year.

The tables are written from the language (how French wire copy writes dates),
not from the sample articles. Nothing here depends on today's date or the
machine's time zone: run them under `TZ=Pacific/Auckland` too.
"""

from __future__ import annotations

import datetime as dt
import json
import re

import pytest
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

from vnextract.recognizers.dates import (
    DateMention,
    _find,
    _pipeline,
    build_pipeline,
    find_dates,
    infer_year,
    load_patterns,
    parse_dateline,
    resolve,
    years_for_dating,
)

D, P = "date", "period"

# --------------------------------------------------------------------------
# find_dates: text -> [(text, year, month, day, kind)]

FIND_CASES: list[tuple[str, list[tuple[str, int | None, int | None, int | None, str]]]] = [
    # day, month, year
    (
        "Le portail a été inauguré le 9 décembre 2019 à Hanoï.",
        [("9 décembre 2019", 2019, 12, 9, D)],
    ),
    ("La loi est entrée en vigueur le 1er juillet 2021.", [("1er juillet 2021", 2021, 7, 1, D)]),
    ("Signé le premier janvier 2020, l'accord", [("premier janvier 2020", 2020, 1, 1, D)]),
    ("Au 31 décembre 2020, le pays comptait", [("31 décembre 2020", 2020, 12, 31, D)]),
    ("La guerre a pris fin le 30 avril 1975.", [("30 avril 1975", 1975, 4, 30, D)]),
    ("le 2 septembre 1945", [("2 septembre 1945", 1945, 9, 2, D)]),
    ("le 01 septembre 2019", [("01 septembre 2019", 2019, 9, 1, D)]),
    ("le 05 mai 2018", [("05 mai 2018", 2018, 5, 5, D)]),
    ("le 18 juin 2022", [("18 juin 2022", 2022, 6, 18, D)]),
    ("le 28 octobre 2016", [("28 octobre 2016", 2016, 10, 28, D)]),
    ("le 11 novembre 2023", [("11 novembre 2023", 2023, 11, 11, D)]),
    ("le 14 mars 2024", [("14 mars 2024", 2024, 3, 14, D)]),
    ("le 16 avril 2021", [("16 avril 2021", 2021, 4, 16, D)]),
    ("le 3 février 2020", [("3 février 2020", 2020, 2, 3, D)]),
    ("le 20 janvier 2017", [("20 janvier 2017", 2017, 1, 20, D)]),
    ("le 7 août 2015", [("7 août 2015", 2015, 8, 7, D)]),
    ("le 29 février 2020", [("29 février 2020", 2020, 2, 29, D)]),
    # spellings without accents, capitals, abbreviations
    ("le 9 decembre 2019", [("9 decembre 2019", 2019, 12, 9, D)]),
    ("le 12 fevrier 2020", [("12 fevrier 2020", 2020, 2, 12, D)]),
    ("le 15 aout 2021", [("15 aout 2021", 2021, 8, 15, D)]),
    ("Le 2 Septembre 1945", [("2 Septembre 1945", 1945, 9, 2, D)]),
    ("LE 9 DÉCEMBRE 2019", [("9 DÉCEMBRE 2019", 2019, 12, 9, D)]),
    ("le 9 déc. 2019", [("9 déc. 2019", 2019, 12, 9, D)]),
    ("le 3 janv. 2022", [("3 janv. 2022", 2022, 1, 3, D)]),
    ("le 14 févr. 2023", [("14 févr. 2023", 2023, 2, 14, D)]),
    ("le 5 fév. 2019", [("5 fév. 2019", 2019, 2, 5, D)]),
    ("le 21 sept. 2018", [("21 sept. 2018", 2018, 9, 21, D)]),
    ("le 2 oct 2017", [("2 oct 2017", 2017, 10, 2, D)]),
    ("le 6 nov. 2016", [("6 nov. 2016", 2016, 11, 6, D)]),
    ("le 8 avr. 2015", [("8 avr. 2015", 2015, 4, 8, D)]),
    ("le 4 juil. 2014", [("4 juil. 2014", 2014, 7, 4, D)]),
    ("le 1er janv. 2020", [("1er janv. 2020", 2020, 1, 1, D)]),
    # text glued by the scraper
    ("Selon le bureau, au 8mars 2021, plus de", [("8mars 2021", 2021, 3, 8, D)]),
    ("inauguré le 9décembre2019 à Hanoï", [("9décembre2019", 2019, 12, 9, D)]),
    ("au8 mars 2021", [("8 mars 2021", 2021, 3, 8, D)]),
    ("en décembre2020, près de", [("décembre2020", 2020, 12, None, D)]),
    ("le 22-avril 2019", [("22-avril 2019", 2019, 4, 22, D)]),
    ("le 9\u00a0décembre\u00a02019", [("9\u00a0décembre\u00a02019", 2019, 12, 9, D)]),
    ("du portailnational le 9 décembre 2019,a rapporté", [("9 décembre 2019", 2019, 12, 9, D)]),
    # two dates in a row
    (
        "Depuis son inauguration au 9 décembre 2019 jusqu’au 25 février 2020, le portail",
        [("9 décembre 2019", 2019, 12, 9, D), ("25 février 2020", 2020, 2, 25, D)],
    ),
    (
        "du 1er janvier 2020 au 31 décembre 2020",
        [("1er janvier 2020", 2020, 1, 1, D), ("31 décembre 2020", 2020, 12, 31, D)],
    ),
    (
        "lancée le 12 mars 2019, puis élargie le 9 décembre 2019",
        [("12 mars 2019", 2019, 3, 12, D), ("9 décembre 2019", 2019, 12, 9, D)],
    ),
    # a weekday next to the date belongs to it
    ("tenue mercredi 12 février à Hanoi", [("mercredi 12 février", None, 2, 12, D)]),
    ("le lundi 9 décembre 2019", [("lundi 9 décembre 2019", 2019, 12, 9, D)]),
    ("mardi, le 12 mars 2019", [("mardi, le 12 mars 2019", 2019, 3, 12, D)]),
    ("Jeudi 23 mai, le ministre", [("Jeudi 23 mai", None, 5, 23, D)]),
    ("dimanche 1er janvier 2017", [("dimanche 1er janvier 2017", 2017, 1, 1, D)]),
    # day and month only
    ("Le 23 mai, à Moscou, le ministre", [("23 mai", None, 5, 23, D)]),
    ("a rapporté le 10 mars le bureau", [("10 mars", None, 3, 10, D)]),
    ("tenu le 27 février à Hanoï", [("27 février", None, 2, 27, D)]),
    ("le 1er juillet prochain", [("1er juillet prochain", None, 7, 1, D)]),
    ("le 10 mars dernier", [("10 mars dernier", None, 3, 10, D)]),
    ("le 15 août", [("15 août", None, 8, 15, D)]),
    ("le premier octobre", [("premier octobre", None, 10, 1, D)]),
    ("Le 5 décembre à Hanoï", [("5 décembre", None, 12, 5, D)]),
    # month and year
    ("envisage de l'ouvrir en novembre 2019.", [("novembre 2019", 2019, 11, None, D)]),
    ("En décembre 2020, près de 40 plates-formes", [("décembre 2020", 2020, 12, None, D)]),
    ("au plus tard en juillet 2021", [("juillet 2021", 2021, 7, None, D)]),
    ("d'ici janvier 2020", [("janvier 2020", 2020, 1, None, D)]),
    ("depuis mars 2020", [("mars 2020", 2020, 3, None, D)]),
    ("fin décembre 2020", [("décembre 2020", 2020, 12, None, D)]),
    ("à la mi-juillet 2021", [("juillet 2021", 2021, 7, None, D)]),
    ("en janv. 2020", [("janv. 2020", 2020, 1, None, D)]),
    ("en sept. 2019", [("sept. 2019", 2019, 9, None, D)]),
    ("Mars 2020 a été un mois difficile", [("Mars 2020", 2020, 3, None, D)]),
    ("en août 2021", [("août 2021", 2021, 8, None, D)]),
    ("en avril 2022", [("avril 2022", 2022, 4, None, D)]),
    ("en octobre 2018", [("octobre 2018", 2018, 10, None, D)]),
    ("en juin 2017", [("juin 2017", 2017, 6, None, D)]),
    ("en mai 2016", [("mai 2016", 2016, 5, None, D)]),
    ("en février 2023", [("février 2023", 2023, 2, None, D)]),
    # month alone: only after a cue, a part word or with prochain/dernier
    ("en novembre, le portail", [("novembre", None, 11, None, D)]),
    ("depuis janvier", [("janvier", None, 1, None, D)]),
    ("fin mars", [("mars", None, 3, None, D)]),
    ("mi-juillet", [("juillet", None, 7, None, D)]),
    ("début septembre", [("septembre", None, 9, None, D)]),
    ("d'ici octobre", [("octobre", None, 10, None, D)]),
    ("jusqu'en décembre", [("décembre", None, 12, None, D)]),
    ("en juillet prochain", [("juillet prochain", None, 7, None, D)]),
    ("Il reviendra en mai.", [("mai", None, 5, None, D)]),
    ("au mois de juin", [("juin", None, 6, None, D)]),
    # the same cue elided before a vowel
    ("sera mis en exploitation au mois d'août", [("août", None, 8, None, D)]),
    ("au mois d’octobre 2025", [("octobre 2025", 2025, 10, None, D)]),
    ("au cours du mois de mai, le portail", [("mai", None, 5, None, D)]),
    ("pour le seul mois de mai", [("mai", None, 5, None, D)]),
    ("lancé mars dernier", [("mars dernier", None, 3, None, D)]),
    ("le ministre Mai Tien Dung a déclaré", []),
    ("Mars est une planète", []),
    ("sept ministères et agences", []),
    ("la mission de mai", []),
    # years
    ("en 2020, le Vietnam", [("2020", 2020, None, None, D)]),
    ("à partir de 2020, les plates-formes", [("2020", 2020, None, None, D)]),
    ("d'ici 2025", [("2025", 2025, None, None, D)]),
    ("d'ici fin 2025", [("2025", 2025, None, None, D)]),
    ("fin 2020", [("2020", 2020, None, None, D)]),
    ("début 2021", [("2021", 2021, None, None, D)]),
    ("mi-2021", [("2021", 2021, None, None, D)]),
    ("Mi-2021, le projet", [("2021", 2021, None, None, D)]),
    ("depuis 2016", [("2016", 2016, None, None, D)]),
    ("l'année 2019 a été", [("2019", 2019, None, None, D)]),
    ("en hausse de 2 places par rapport à 2018", [("2018", 2018, None, None, D)]),
    ("orientations jusqu’en 2030", [("2030", 2030, None, None, D)]),
    ("la Vision 2045 du pays", [("2045", 2045, None, None, D)]),
    ("En 2019 et 2020, le nombre", [("2019", 2019, None, None, D), ("2020", 2020, None, None, D)]),
    (
        "les années 2019, 2020 et 2021",
        [
            ("2019", 2019, None, None, D),
            ("2020", 2020, None, None, D),
            ("2021", 2021, None, None, D),
        ],
    ),
    ("En 2020 les services", [("2020", 2020, None, None, D)]),
    ("le rapport 2019 du ministère", [("2019", 2019, None, None, D)]),
    ("fixés pour 2020 dans la résolution", [("2020", 2020, None, None, D)]),
    ("en 2020.Le portail", [("2020", 2020, None, None, D)]),
    # periods
    ("la stratégie 2021-2025", [("2021-2025", 2021, None, None, P)]),
    ("durant la période 2016-2020", [("2016-2020", 2016, None, None, P)]),
    ("pour la période 2021 – 2025", [("2021 – 2025", 2021, None, None, P)]),
    ("la période 2021–2025", [("2021–2025", 2021, None, None, P)]),
    ("de 2016 à 2020, le pays", [("2016 à 2020", 2016, None, None, P)]),
    ("entre 2019 et 2021", [("2019 et 2021", 2019, None, None, P)]),
    ("1996-2005 : une phase d'intensification", [("1996-2005", 1996, None, None, P)]),
    ("pour le mandat 2026-2031", [("2026-2031", 2026, None, None, P)]),
    ("le plan 2021-25", [("2021-25", 2021, None, None, P)]),
    ("de janvier à mars 2021", [("janvier à mars 2021", 2021, 1, None, P)]),
    ("entre mars et juin", [("mars et juin", None, 3, None, P)]),
    ("le mois 2019-12", [("2019-12", 2019, 12, None, D)]),
    # quarters and half-years: dates at year precision
    ("au premier trimestre 2021", [("premier trimestre 2021", 2021, None, None, D)]),
    ("au deuxième trimestre de 2020", [("deuxième trimestre de 2020", 2020, None, None, D)]),
    ("au cours du dernier trimestre 2019", [("dernier trimestre 2019", 2019, None, None, D)]),
    ("au premier semestre 2022", [("premier semestre 2022", 2022, None, None, D)]),
    ("au 3e trimestre 2018", [("3e trimestre 2018", 2018, None, None, D)]),
    ("au 1er trimestre 2021", [("1er trimestre 2021", 2021, None, None, D)]),
    ("au second semestre", [("second semestre", None, None, None, D)]),
    # figures
    ("le 12/03/2019", [("12/03/2019", 2019, 3, 12, D)]),
    ("le 12-03-2019", [("12-03-2019", 2019, 3, 12, D)]),
    ("publié 2019-12-09 à 10h", [("2019-12-09", 2019, 12, 9, D)]),
    ("le 12.03.2019", [("12.03.2019", 2019, 3, 12, D)]),
    ("le 2019/12/09", [("2019/12/09", 2019, 12, 9, D)]),
    ("le 9/12/19", [("9/12/19", 2019, 12, 9, D)]),
    ("en 03/2019", [("03/2019", 2019, 3, None, D)]),
    ("le 15/06, le ministre", [("15/06", None, 6, 15, D)]),
    ("vendredi 06/07/2018", [("vendredi 06/07/2018", 2018, 7, 6, D)]),
    ("le 29/02/2020", [("29/02/2020", 2020, 2, 29, D)]),
    ("15/06 des votants", []),
    ("3/4 des services", []),
    ("le 1/3 des provinces", []),
    ("le 2/3 du budget", []),
    ("le 31/02/2020", []),
    ("le 13/13/2020", []),
    ("le 29 février 2019", []),
    ("le 32 mars 2020", [("mars 2020", 2020, 3, None, D)]),
    # traps: numbers that are not dates
    ("la pandémie de COVID-19", []),
    ("26,7 milliards de dongs", []),
    ("plus de 8.100 milliards de dongs chaque année", []),
    ("chaque année", []),
    ("14 ministères et agences ainsi que de 37 localités", []),
    ("plus de 2.800 sur un total de près de 6.800 services", []),
    ("la résolution n°17/NQ-CP", []),
    ("le décret 45/2020/ND-CP", []),
    ("le décret 12/2020/ND-CP du gouvernement", []),
    ("la décision n° 749/QĐ-TTg", []),
    ("l'industrie 4.0", []),
    ("à 14h30 à Hanoï", []),
    ("En vigueur depuis deux ans", []),
    ("plus de 2000 entreprises", []),
    ("environ 1950 dossiers", []),
    ("2020 dossiers ont été traités", []),
    ("près de 1990 personnes", []),
    ("le 14e Congrès du Parti", []),
    ("la 4e révolution industrielle", []),
    ("le Projet 06", []),
    ("le site www.dichvucong.gov.vn", []),
    ("le site www.2020.gov.vn", []),
    ("écrire à contact2020@mic.gov.vn", []),
    ("téléphone 024 3825 2020", []),
    ("1 873 comptes", []),
    ("30 % des services", []),
    ("le 86e rang sur 193 pays", []),
    ("la souche COVID-2019", []),
    ("3.500 milliards de dongs", []),
    ("95 550/271 926 dossiers", []),
    ("8 billions de dôngs", []),
    ("le 1er prix", []),
    ("la 1ère fois", []),
    ("1,9 million de dossiers", []),
    ("55 provinces et villes sur 63", []),
    ("neuf mois de construction", []),
    ("au cours des 10 dernières années", []),
    ("les deux parties", []),
    ("", []),
    ("   ", []),
    ("2020", [("2020", 2020, None, None, D)]),
    ("Décision 749/QĐ-TTg du 3 juin 2020", [("3 juin 2020", 2020, 6, 3, D)]),
    ("au niveau 4 en 2020", [("2020", 2020, None, None, D)]),
    ("un budget de 2021 milliards de dongs", []),
    ("3000 ans d'histoire", []),
    ("la norme ISO 9001", []),
    ("le 1er mai", [("1er mai", None, 5, 1, D)]),
    ("de 1000 à 2000 dollars", []),
    ("entre 1950 et 2000 personnes", []),
    ("plus de 2019-2020 dossiers", []),
    ("de 2019 à 2020, le nombre a doublé", [("2019 à 2020", 2019, None, None, P)]),
    ("pendant la période de 2021 à 2025", [("2021 à 2025", 2021, None, None, P)]),
    ("au cours de la période 2016-2020", [("2016-2020", 2016, None, None, P)]),
    ("le 30/6/2020", [("30/6/2020", 2020, 6, 30, D)]),
    ("jusqu'au 30-6-2020", [("30-6-2020", 2020, 6, 30, D)]),
    ("du 9/12/2019 au 25/2/2020", [("9/12/2019", 2019, 12, 9, D), ("25/2/2020", 2020, 2, 25, D)]),
    ("les années 1990", [("1990", 1990, None, None, D)]),
    ("l'an 2000", [("2000", 2000, None, None, D)]),
    ("à 2020 m d'altitude", []),
    ("le numéro 2020 du magazine", []),
    ("1900 kilomètres de côtes", []),
    ("la circulaire 01/2020/TT-BTTTT", []),
    ("selon Mai Tien Dung", []),
    ("pour Mai Tien Dung, ministre", []),
    ("à Mai Chau en 2019", [("2019", 2019, None, None, D)]),
    ("HANOÏ, 10 MARS 2021", [("10 MARS 2021", 2021, 3, 10, D)]),
    # digits int() does not read (`²` is a digit to str.isdigit) once broke the whole text
    ("0000²", []),
    ("le 9 décembre 2019, puis 2020²", [("9 décembre 2019", 2019, 12, 9, D)]),
]


@pytest.mark.parametrize(("text", "expected"), FIND_CASES)
def test_find_dates(text, expected):
    got = [(m.text, m.year, m.month, m.day, m.kind) for m in find_dates(text)]
    assert got == expected


# --------------------------------------------------------------------------
# cues and part words (mention text, cue, part)

CUE_CASES = [
    ("au 8 mars 2021", "8 mars 2021", "au", None),
    ("jusqu’au 25 février 2020", "25 février 2020", "jusqu'au", None),
    ("jusqu'au 25 février 2020", "25 février 2020", "jusqu'au", None),
    ("en novembre 2019", "novembre 2019", "en", None),
    ("en 2020", "2020", "en", None),
    ("à partir de 2020", "2020", "à partir de", None),
    ("à partir du 1er juillet 2021", "1er juillet 2021", "à partir de", None),
    ("d'ici 2025", "2025", "d'ici", None),
    ("d’ici 2025", "2025", "d'ici", None),
    ("d'ici à 2030", "2030", "d'ici", None),
    ("d'ici fin 2025", "2025", "d'ici", "fin"),
    ("au plus tard en juillet 2021", "juillet 2021", "au plus tard", None),
    ("au plus tard le 30 juin 2021", "30 juin 2021", "au plus tard", None),
    ("fin 2020", "2020", "fin", "fin"),
    ("début 2021", "2021", "début", "début"),
    ("mi-2021", "2021", "mi", "mi"),
    ("à la mi-juillet", "juillet", "mi", "mi"),
    ("à la fin de 2020", "2020", "fin", "fin"),
    ("à la fin de l'année 2020", "2020", "fin", "fin"),
    ("à la fin du mois de septembre", "septembre", "fin", "fin"),
    ("au début du mois de mars 2024", "mars 2024", "début", "début"),
    # (the month's name elided after `d'`)
    ("à la fin du mois d'octobre 2022", "octobre 2022", "fin", "fin"),
    ("d’ici la fin du mois d’avril", "avril", "d'ici", "fin"),
    ("avant le 31 décembre 2020", "31 décembre 2020", "avant", None),
    ("avant 2025", "2025", "avant", None),
    ("depuis 2016", "2016", "depuis", None),
    ("depuis le 1er janvier 2020", "1er janvier 2020", "depuis", None),
    ("le 9 décembre 2019", "9 décembre 2019", "le", None),
    ("Le 23 mai, à Moscou", "23 mai", "le", None),
    ("dès le 1er janvier 2021", "1er janvier 2021", "dès", None),
    ("à compter du 15 mars 2020", "15 mars 2020", "à compter de", None),
    ("par rapport à 2018", "2018", "par rapport à", None),
    ("l'année 2019", "2019", "année", None),
    ("pour la période 2021-2025", "2021-2025", "période", None),
    ("de 2016 à 2020", "2016 à 2020", "de", None),
    ("entre 2019 et 2021", "2019 et 2021", "entre", None),
    ("jusqu'en 2030", "2030", "jusqu'en", None),
    ("au premier trimestre 2021", "premier trimestre 2021", "au", None),
    ("Il a déclaré qu'en 2019", "2019", "en", None),
    ("a rapporté le 10 mars", "10 mars", "le", None),
    ("ces données du 8 mars 2021", "8 mars 2021", "du", None),
    ("vers 2030", "2030", "vers", None),
    ("à l'horizon 2030", "2030", "horizon", None),
    ("Depuis son inauguration au 9 décembre 2019", "9 décembre 2019", "au", None),
    ("mercredi 12 février", "mercredi 12 février", None, None),
    ("2019-12-09", "2019-12-09", None, None),
    ("en date du 5 mai 2020", "5 mai 2020", "au", None),
    ("au8mars 2021", "8mars 2021", "au", None),
    ("pendant l'année 2020", "2020", "année", None),
    ("au cours de 2019", "2019", "au cours de", None),
    ("courant 2021", "2021", "courant", "courant"),
    ("dans le courant de mars", "mars", "courant", "courant"),
    ("jusqu'à fin 2025", "2025", "jusqu'à", "fin"),
    ("après le 15 mai 2020", "15 mai 2020", "après", None),
    ("au début de 2021", "2021", "début", "début"),
    ("En décembre 2020", "décembre 2020", "en", None),
    ("pour l'année 2021", "2021", "pour", None),
    ("Depuis le début de l’année 2021", "2021", "depuis", "début"),
    ("d’ici le 30 juin", "30 juin", "d'ici", None),
    ("avant la fin de 2020", "2020", "avant", "fin"),
    ("d'ici la fin de l'année 2025", "2025", "d'ici", "fin"),
    ("à fin juillet", "juillet", "fin", "fin"),
]


@pytest.mark.parametrize(("text", "mention", "cue", "part"), CUE_CASES)
def test_cue_and_part(text, mention, cue, part):
    (m,) = find_dates(text)
    assert (m.text, m.cue, m.part) == (mention, cue, part)


# --------------------------------------------------------------------------
# future: the words around the date

FUTURE_CASES = [
    # `d'ici` ending its clause is a horizon, whatever the saying verb after it; opening its
    # clause, what was done by then (`ont obtenu`) makes it an as-of date
    (
        "Un budget de 900 milliards de dongs devrait être mobilisé d'ici 2020, a indiqué le "
        "ministre.",
        True,
    ),
    ("D'ici la fin de 2024, plus de 60 000 pharmacies ont obtenu un compte.", False),
    ("le 1er juillet prochain", True),
    ("Le portail sera lancé le 15 août.", True),
    ("Le portail a été lancé le 15 août.", False),
    ("d'ici 2025", True),
    ("au plus tard en juillet 2021", True),
    ("à l'horizon 2030", True),
    ("Le gouvernement envisage de l'ouvrir en novembre.", True),
    ("Le système devra être achevé avant le 30 juin.", True),
    ("Les données devront être partagées en juillet.", True),
    ("Le ministère lancera la plateforme le 1er octobre.", True),
    ("Le ministère ouvrira le portail en décembre.", True),
    ("La réunion se tiendra le 5 mars.", True),
    ("Le projet sera achevé fin 2021.", True),
    ("Le portail va être lancé le 1er juin.", True),
    ("La plateforme doit être opérationnelle d'ici juin.", True),
    ("Le pays atteindra 30 % en 2025.", True),
    ("Le ministère finira le projet en mai.", True),
    ("Les travaux commenceront en septembre prochain.", True),
    ("La conférence prévue le 20 avril", True),
    ("a rapporté le 10 mars le bureau", False),
    ("Le 23 mai, à Moscou, le ministre a eu une séance de travail.", False),
    ("En décembre 2020, 40 plates-formes avaient été introduites.", False),
    ("Le portail, qui a été inauguré le 9 décembre, sera élargi.", False),
    ("le 12 mars dernier", False),
    ("lors d'une conférence tenue mercredi 12 février à Hanoi", False),
    ("Les résultats obtenus en 2019", False),
    ("Un extra budget voté le 5 mai", False),
    ("Il sera présent. Le portail a ouvert le 5 mai.", False),
    ("Le rapport publié le 3 juin a montré", False),
    ("Le 15 août sera une date clé.", True),
    ("Le portail inauguré le 9 décembre permettra d'économiser", False),
    # a date opening its sentence governs the clause after its comma: its first verb decides
    ("Le 9 décembre, le portail sera élargi.", True),
    ("Le 9 décembre, le ministre a annoncé que le portail sera élargi.", False),
    ("En 2025, l'économie numérique représenterait 20 % du PIB.", True),
    ("En 2019, le portail a reçu 3 millions de visites, ce qui aurait permis d'économiser.", False),
    # a time limit takes the tense of its sentence's nearest verb, however far before it
    (
        "Les provinces doivent, pour leur part, achever le raccordement de leurs registres "
        "fonciers à la plateforme nationale de partage avant le 30 septembre.",
        True,
    ),
    (
        "Les provinces ont, pour leur part, achevé le raccordement de leurs registres "
        "fonciers à la plateforme nationale de partage avant le 30 septembre.",
        False,
    ),
]


@pytest.mark.parametrize(("text", "future"), FUTURE_CASES)
def test_future(text, future):
    (m,) = find_dates(text)
    assert m.future is future


# --------------------------------------------------------------------------
# resolve: (text, published, future override) -> ISO

RESOLVE_CASES = [
    # `à la fin de l'année` told as past in January is the year just ended; ahead, the year in
    # course
    ("Le portail comptait 17 millions de comptes à la fin de l'année.", "2026-01-07", None, "2025"),
    ("Le portail sera achevé d'ici la fin de l'année.", "2026-01-07", None, "2026"),
    ("Le portail comptait 17 millions de comptes à la fin de l'année.", "2025-06-07", None, "2025"),
    # a month (or a day) of a year told relatively (`de l'an dernier`, `de cette année`)
    ("en mars de l'an dernier", "2022-07-02", None, "2021-03"),
    ("le 5 décembre de l'année précédente", "2022-07-02", None, "2021-12-05"),
    ("fin mai de cette année", "2022-07-02", None, "2022-05"),
    ("le 9 décembre 2019", "2021-03-10", None, "2019-12-09"),
    ("en novembre 2019", "2019-05-23", None, "2019-11"),
    ("en 2020", "2021-03-10", None, "2020"),
    ("le 10 mars", "2021-03-10", None, "2021-03-10"),
    ("le 23 mai", "2019-05-23", None, "2019-05-23"),
    ("le 27 février", "2020-02-27", None, "2020-02-27"),
    ("le 25 décembre", "2021-03-10", None, "2020-12-25"),
    ("le 15 mars", "2021-03-10", None, "2020-03-15"),
    ("le 5 mars", "2021-03-10", None, "2021-03-05"),
    ("le 11 mars", "2021-03-10", None, "2020-03-11"),
    ("le 1er janvier", "2021-01-01", None, "2021-01-01"),
    ("le 31 décembre", "2021-01-01", None, "2020-12-31"),
    ("Le portail sera lancé le 15 août.", "2021-03-10", None, "2021-08-15"),
    ("Le portail sera lancé le 15 février.", "2021-03-10", None, "2022-02-15"),
    ("Le portail sera lancé le 10 mars.", "2021-03-10", None, "2021-03-10"),
    ("le 1er juillet prochain", "2021-03-10", None, "2021-07-01"),
    ("le 1er janvier prochain", "2021-03-10", None, "2022-01-01"),
    ("en décembre", "2021-03-10", None, "2020-12"),
    ("en mars", "2021-03-10", None, "2021-03"),
    ("en février", "2021-03-10", None, "2021-02"),
    ("en avril", "2021-03-10", None, "2020-04"),
    ("en mars prochain", "2021-03-10", None, "2022-03"),
    ("en avril prochain", "2021-03-10", None, "2021-04"),
    ("en mars dernier", "2021-03-10", None, "2020-03"),
    ("en juin dernier", "2021-03-10", None, "2020-06"),
    ("en juin dernier", "2021-09-01", None, "2021-06"),
    ("d'ici juin", "2021-03-10", None, "2021-06"),
    ("d'ici janvier", "2021-03-10", None, "2022-01"),
    ("d'ici mars", "2021-03-10", None, "2021-03"),
    ("le 15 août", "2021-03-10", True, "2021-08-15"),
    ("le 15 août", "2021-03-10", False, "2020-08-15"),
    ("Le portail sera lancé le 15 août.", "2021-03-10", False, "2020-08-15"),
    ("le 10 mars", "2021-03", None, "2021-03-10"),
    ("le 25 mars", "2021-03", None, "2021-03-25"),
    ("le 25 avril", "2021-03", None, "2020-04-25"),
    ("le 25 février", "2021-03", None, "2021-02-25"),
    ("le 25 avril", "2021", None, "2021-04-25"),
    ("en octobre", "2021", None, "2021-10"),
    ("le 10 mars", None, None, None),
    ("le 10 mars", "", None, None),
    ("le 10 mars", "mars 2021", None, None),
    ("2021-2025", "2021-03-10", None, None),
    ("de 2016 à 2020", "2021", None, None),
    ("de janvier à mars 2021", "2021", None, None),
    ("au premier trimestre 2021", "2021-05-01", None, "2021-03"),
    ("au premier trimestre", "2021-05-01", None, "2021-03"),
    ("au quatrième trimestre", "2021-02-01", None, "2020-12"),
    ("au deuxième trimestre", "2021-05-20", True, "2021-06"),
    ("au premier trimestre", "2021-05-20", True, "2022-03"),
    ("au second semestre", "2021-03-01", True, "2021-12"),
    ("fin 2020", "2021-03-10", None, "2020"),
    ("d'ici fin 2025", "2021-03-10", None, "2025"),
    ("le 12/03/2019", "2021", None, "2019-03-12"),
    ("le 15/06", "2021-03-10", None, "2020-06-15"),
    ("le 29 février", "2021-03-10", None, "2020-02-29"),
    ("Le portail sera lancé le 29 février.", "2021-03-10", None, "2024-02-29"),
    ("le 29 février", "2020-03-01", None, "2020-02-29"),
    ("au 8mars 2021", "2020", None, "2021-03-08"),
    ("le 9 décembre", "2019-12-09T08:00:00+07:00", None, "2019-12-09"),
    ("le 9 décembre", "2019-12-09 08:00", None, "2019-12-09"),
    ("en novembre 2019", None, None, "2019-11"),
    ("2019-12-09", None, None, "2019-12-09"),
    ("le mois 2019-12", None, None, "2019-12"),
    ("le 3 janvier", "2020-01-05", None, "2020-01-03"),
    ("le 30 décembre", "2020-01-05", None, "2019-12-30"),
    ("Le forum se tiendra le 3 janvier.", "2019-12-20", None, "2020-01-03"),
    # with the year alone known, a December told as past is the year before's (no month of the
    # year comes after it), a January told as next the year after's; other months stay in it
    ("en décembre dernier", "2020", None, "2019-12"),
    ("le 9 décembre dernier", "2020", None, "2019-12-09"),
    ("en janvier prochain", "2020", None, "2021-01"),
    ("en mai dernier", "2020", None, "2020-05"),
]


@pytest.mark.parametrize(("text", "published", "future", "expected"), RESOLVE_CASES)
def test_resolve(text, published, future, expected):
    (m,) = find_dates(text)
    assert resolve(m, published, future) == expected


# --------------------------------------------------------------------------
# weekdays: read, and agreeing with the year chosen

WEEKDAY_CASES = [
    ("mercredi 12 février", 2),
    ("le lundi 9 décembre 2019", 0),
    ("Jeudi 23 mai", 3),
    ("mardi, le 12 mars", 1),
    ("dimanche 1er janvier 2017", 6),
    ("vendredi 06/07/2018", 4),
    ("samedi 23 mai", 5),
    ("le 12 février", None),
    ("MERCREDI 12 FÉVRIER", 2),
]


@pytest.mark.parametrize(("text", "weekday"), WEEKDAY_CASES)
def test_weekday_read(text, weekday):
    (m,) = find_dates(text)
    assert m.weekday == weekday


WEEKDAY_RESOLVE_CASES = [
    ("mercredi 12 février", "2020-02-12", "2020-02-12"),
    ("mercredi 12 février", "2020-03-01", "2020-02-12"),
    ("mercredi 12 février", "2024-06-01", "2025-02-12"),
    ("mercredi 12 février", "2021", "2020-02-12"),
    ("lundi 9 décembre", "2019-12-10", "2019-12-09"),
    ("lundi 9 décembre", "2021-03-10", "2019-12-09"),
    ("jeudi 23 mai", "2019-05-30", "2019-05-23"),
    ("jeudi 23 mai", "2021-05-30", "2019-05-23"),
    ("jeudi 1er juillet", "2021-06-20", "2021-07-01"),
    ("vendredi 5 octobre", "2018", "2018-10-05"),
    ("mercredi 15 juin", "2022-06-10", "2022-06-15"),
    ("mardi 12 mars", "2019-03-12", "2019-03-12"),
    ("lundi 9 décembre 2019", "2021", "2019-12-09"),
    ("jeudi 29 février", "2023-01-01", "2024-02-29"),
    ("mercredi 12 février", None, None),
]


@pytest.mark.parametrize(("text", "published", "expected"), WEEKDAY_RESOLVE_CASES)
def test_weekday_agrees(text, published, expected):
    (m,) = find_dates(text)
    iso = resolve(m, published)
    assert iso == expected
    if iso is not None and m.weekday is not None:
        assert dt.date.fromisoformat(iso).weekday() == m.weekday


# --------------------------------------------------------------------------
# infer_year: (day, month, weekday, years mentioned) -> year

INFER_YEAR_CASES = [
    (12, 2, 2, [2019, 2020], 2020),
    (12, 2, 2, [2019, 2020, 2025], 2025),  # both agree: the latest; filter targets first
    (12, 2, 2, [2019], 2020),
    (12, 2, 2, [2020, 2019, 2019], 2020),
    (10, 3, 2, [2019, 2020], 2021),
    (23, 5, 3, [2019], 2019),
    (23, 5, 3, [2018, 2020], 2019),
    (27, 2, 3, [2019, 2020], 2020),
    (27, 2, None, [2019, 2020], 2020),
    (27, 2, None, [2020, 2018], 2020),
    (27, 2, None, [], None),
    (12, 2, 2, [], None),
    (29, 2, None, [2019, 2020, 2021], 2020),
    (29, 2, 3, [2024], 2024),
    (29, 2, 3, [2023], 2024),
    (31, 4, None, [2020], None),
    (31, 4, 2, [2020], None),
    (9, 12, 0, [2019], 2019),
    (9, 12, 0, [2020, 2021], 2019),
    (1, 1, 6, [2016, 2017], 2017),
    (15, 8, 0, [2010, 2016], 2016),
    (5, 10, 4, [2018], 2018),
    (1, 7, 3, [2020, 2021], 2021),
]


@pytest.mark.parametrize(("day", "month", "weekday", "years", "expected"), INFER_YEAR_CASES)
def test_infer_year(day, month, weekday, years, expected):
    assert infer_year(day, month, weekday, years) == expected


def test_years_for_dating_leaves_out_targets_and_periods():
    text = (
        "Le 12 février, le Premier ministre a salué les résultats de 2019 et fixé des "
        "objectifs pour 2020 ; la stratégie 2021-2025 vise le portail d'ici 2025, "
        "orientations jusqu'en 2030. Au 9 février 2020, le portail comptait 44.200 comptes."
    )
    assert years_for_dating(find_dates(text)) == [2019, 2020]
    assert infer_year(12, 2, 2, years_for_dating(find_dates(text))) == 2020


# --------------------------------------------------------------------------
# parse_dateline

DATELINE_CASES = [
    ("Hanoï, 10 mars (VNA) -L'un des points forts", (10, 3)),
    ("Hanoi, 3 juin (VNA) – Le ministre", (3, 6)),
    ("Ho Chi Minh-Ville, 1er avril (VNA) - Le", (1, 4)),
    ("Hanoi (VNA) - Le 23 mai, à Moscou", None),
    ("Hanoï (VNA) – Le gouvernement électronique", None),
    (" date 2021-03 Hanoï, 10 mars (VNA) - L'un", (10, 3)),
    ("Paris, 5 décembre (VNA) - Le", (5, 12)),
    ("Da Nang, 22 août (VNA) -", (22, 8)),
    ("Hanoï, 31 février (VNA) -", None),
    ("Hanoï, 10 mars 2021 (VNA) -", (10, 3)),
    ("Hanoi,10 mars(VNA)-Le", (10, 3)),
    ("Hanoï, le 10 mars (VNA) -", (10, 3)),
    ("Can Tho, 9 déc. (VNA) -", (9, 12)),
    ("Washington, 4 juillet (VNA/CVN) -", (4, 7)),
    ("Bruxelles, 2 février (AVI) -", (2, 2)),
    ("Hanoi, 3 Juin (VNA)", (3, 6)),
    ("Hanoï, 1er janvier (VNA) -", (1, 1)),
    ("Hanoï, 29 février (VNA) -", (29, 2)),
    ("Le ministre a parlé le 10 mars.", None),
    ("", None),
    ("Hanoi (VNA) - texte\nVoir plus\nHanoï, 5 décembre (VNA) - autre", None),
    ("Titre\n\nRésumé du 3 mai.\nHanoï, 10 mars (VNA) -L'un", (10, 3)),
    ("Texte\nVoir plus\nHanoï, 5 décembre (VNA) - autre", None),
    # the Voice of Vietnam's datelines too
    ("Hanoï, 8 janvier (VOV) - Le vice-ministre", (8, 1)),
    ("Hanoi, 4 juillet (VOVWORLD) - Lors", (4, 7)),
    ("Hanoï (VOV) - Le 12 mai, le ministère", None),
]


@pytest.mark.parametrize(("text", "expected"), DATELINE_CASES)
def test_parse_dateline(text, expected):
    assert parse_dateline(text) == expected


# --------------------------------------------------------------------------
# the pipeline and its data


def test_pipeline_writes_spans():
    nlp = build_pipeline()
    doc = nlp("Au 8mars 2021, pour la période 2021-2025")
    assert [(s.text, s.label_) for s in doc.spans["dates"]] == [
        ("8mars 2021", "date"),
        ("2021-2025", "period"),
    ]
    assert [s._.date.year for s in doc.spans["dates"]] == [2021, 2021]
    # the glued token was split, and the text is unchanged
    assert doc.text == "Au 8mars 2021, pour la période 2021-2025"
    assert [t.text for t in doc[:4]] == ["Au", "8", "mars", "2021"]


PLAIN_KEYS = {"CLASS", "ORTH", "LOWER", "SHAPE", "OP", "SPACY"}


def test_shipped_patterns_use_plain_attributes_only():
    # Set and regex predicates run Python code on every token: the speed of
    # find_dates relies on patterns made of plain attribute tests.
    classes = {
        "month",
        "weekday",
        "day",
        "relative",
        "sub_ordinal",
        "sub_unit",
        "range_from",
        "range_to",
        "dash",
        "numeric_date",
        "year_range",
        "the",
        "of",
        "this",
        "rel_noun",
        "previous",
        "count",
    }
    for entry in load_patterns():
        for token in entry["pattern"]:
            assert set(token) <= PLAIN_KEYS, entry["id"]
            assert not any(isinstance(v, dict) for v in token.values()), entry["id"]
            if "CLASS" in token:
                assert token["CLASS"] in classes, entry["id"]


def test_user_pattern_read_by_dateparser(tmp_path):
    # A label this module does not read from tokens goes to dateparser, with
    # settings that do not depend on the clock.
    patterns = tmp_path / "patterns.jsonl"
    lines = [json.dumps(e, ensure_ascii=False) for e in load_patterns()]
    extra = {
        "label": "OTHER",
        "id": "month-day-comma-year",
        "pattern": [{"CLASS": "month"}, {"CLASS": "day"}, {"ORTH": ","}, {"SHAPE": "dddd"}],
    }
    patterns.write_text("\n".join([*lines, json.dumps(extra)]) + "\n", encoding="utf-8")
    nlp = build_pipeline(patterns_path=str(patterns))
    (m,) = find_dates("signé décembre 9, 2019 à Hanoï", nlp=nlp)
    assert (m.text, m.year, m.month, m.day, m.precision) == ("décembre 9, 2019", 2019, 12, 9, "day")


def test_precision():
    got = {m.text: m.precision for m in find_dates("le 9 décembre 2019, en mars 2020, en 2021")}
    assert got == {"9 décembre 2019": "day", "mars 2020": "month", "2021": "year"}


def test_period_bounds():
    (m,) = find_dates("pour la période 2021-2025")
    assert (m.year, m.end_year, m.precision) == (2021, 2025, "year")
    (m,) = find_dates("de janvier à mars 2021")
    assert (m.year, m.month, m.end_year, m.end_month) == (2021, 1, 2021, 3)
    (m,) = find_dates("au premier trimestre 2021")
    assert m.subperiod == "Q1"
    (m,) = find_dates("au second semestre 2020")
    assert m.subperiod == "H2"
    (m,) = find_dates("au dernier trimestre 2020")
    assert m.subperiod == "Q4"


def test_resolve_hand_made_mentions():
    def mention(**kw):
        base = dict(start=0, end=1, text="x", year=None, month=None, day=None, weekday=None)
        base.update(kind="date", cue=None, future=False)
        base.update(kw)
        return DateMention(**base)

    assert resolve(mention(month=4, day=31), "2021-03-10") is None
    assert resolve(mention(month=2, day=29, year=2019), "2021") is None
    assert resolve(mention(), "2021-03-10") is None
    assert resolve(mention(month=12, day=25), "2021-03-10") == "2020-12-25"
    assert resolve(mention(month=12, day=25, future=True), "2021-03-10") == "2021-12-25"
    assert resolve(mention(month=12, day=25, future=True), "2021-03-10", False) == "2020-12-25"
    assert resolve(mention(year=2020, kind="period", end_year=2025), "2021") is None


# --------------------------------------------------------------------------
# relative dates: counted from the publication date
#
# find_dates: text -> [(text, year, month, offset_years, offset_months, cue, part)]

R = None  # readability: a field the text does not give

RELATIVE_FIND_CASES = [
    # this year, last year, next year
    (
        "Le portail a traité 1,2 million de dossiers cette année.",
        [("cette année", R, R, 0, R, R, R)],
    ),
    ("Cette année, le gouvernement vise 50 %", [("Cette année", R, R, 0, R, R, R)]),
    ("pour cette année", [("cette année", R, R, 0, R, "pour", R)]),
    ("l'an dernier", [("l'an dernier", R, R, -1, R, R, R)]),
    ("L’an dernier, le portail", [("L’an dernier", R, R, -1, R, R, R)]),
    ("l'année dernière", [("l'année dernière", R, R, -1, R, R, R)]),
    ("l'an passé", [("l'an passé", R, R, -1, R, R, R)]),
    ("l'année passée", [("l'année passée", R, R, -1, R, R, R)]),
    ("pendant l'année écoulée", [("l'année écoulée", R, R, -1, R, "pendant", R)]),
    ("Au cours du mois écoulé, le portail", [("mois écoulé", R, R, R, -1, "du", R)]),
    ("l'année précédente", [("l'année précédente", R, R, -1, R, R, R)]),
    ("l'an prochain", [("l'an prochain", R, R, 1, R, R, R)]),
    ("L'année prochaine, le portail", [("L'année prochaine", R, R, 1, R, R, R)]),
    ("l'année en cours", [("l'année en cours", R, R, 0, R, R, R)]),
    ("par rapport à l'an dernier", [("l'an dernier", R, R, -1, R, "par rapport à", R)]),
    ("depuis l'an dernier", [("l'an dernier", R, R, -1, R, "depuis", R)]),
    ("de l’année dernière", [("l’année dernière", R, R, -1, R, "de", R)]),
    # parts of this year: `l'année` alone counts only after a part word
    ("d'ici la fin de l'année", [("l'année", R, R, 0, R, "d'ici", "fin")]),
    ("D’ici la fin de l’année, le Bureau", [("l’année", R, R, 0, R, "d'ici", "fin")]),
    ("la fin de l'année", [("l'année", R, R, 0, R, "fin", "fin")]),
    ("fin de l'année", [("l'année", R, R, 0, R, "fin", "fin")]),
    ("à la fin de l'année, le pays comptait", [("l'année", R, R, 0, R, "fin", "fin")]),
    (
        "avant la fin de l'année prochaine",
        [("l'année prochaine", R, R, 1, R, "avant", "fin")],
    ),
    ("au début de l'année", [("l'année", R, R, 0, R, "début", "début")]),
    ("depuis le début de l'année", [("l'année", R, R, 0, R, "depuis", "début")]),
    ("Depuis le début de l’année, le portail", [("l’année", R, R, 0, R, "depuis", "début")]),
    ("début de l'an prochain", [("l'an prochain", R, R, 1, R, "début", "début")]),
    ("dans le courant de l'année", [("l'année", R, R, 0, R, "courant", "courant")]),
    ("d'ici fin d'année", [("année", R, R, 0, R, "d'ici", "fin")]),
    ("en fin d’année", [("année", R, R, 0, R, "en", "fin")]),
    ("début d'année", [("année", R, R, 0, R, "début", "début")]),
    # months
    ("ce mois-ci", [("ce mois-ci", R, R, R, 0, R, R)]),
    ("Ce mois, le ministère", [("Ce mois", R, R, R, 0, R, R)]),
    ("à la fin de ce mois", [("ce mois", R, R, R, 0, "fin", "fin")]),
    ("le mois dernier", [("mois dernier", R, R, R, -1, "le", R)]),
    ("Le mois passé, le portail", [("mois passé", R, R, R, -1, "le", R)]),
    ("le mois prochain", [("mois prochain", R, R, R, 1, "le", R)]),
    ("les chiffres du mois dernier", [("mois dernier", R, R, R, -1, "du", R)]),
    ("le mois en cours", [("mois en cours", R, R, R, 0, "le", R)]),
    # the first N months: month N of the year (see the module docstring)
    (
        "au cours des sept premiers mois de l'année",
        [("sept premiers mois de l'année", R, 7, 0, R, "au cours de", R)],
    ),
    ("les six premiers mois de l'année", [("six premiers mois de l'année", R, 6, 0, R, R, R)]),
    (
        "Au cours des neuf premiers mois de 2023, le portail",
        [("neuf premiers mois de 2023", 2023, 9, R, R, "au cours de", R)],
    ),
    ("les neuf premiers mois de 2023", [("neuf premiers mois de 2023", 2023, 9, R, R, R, R)]),
    (
        "au cours des onze premiers mois, les exportations",
        [("onze premiers mois", R, 11, 0, R, "au cours de", R)],
    ),
    (
        "pendant les 6 premiers mois de 2020",
        [("6 premiers mois de 2020", 2020, 6, R, R, "pendant", R)],
    ),
    ("les deux premiers mois de 2025", [("deux premiers mois de 2025", 2025, 2, R, R, R, R)]),
    ("le premier mois de l'année", [("premier mois de l'année", R, 1, 0, R, "le", R)]),
    (
        "les trois premiers mois de cette année",
        [("trois premiers mois de cette année", R, 3, 0, R, R, R)],
    ),
    (
        "les six premiers mois de l'année dernière",
        [("six premiers mois de l'année dernière", R, 6, -1, R, R, R)],
    ),
    (
        "les neuf premiers mois de l’an dernier",
        [("neuf premiers mois de l’an dernier", R, 9, -1, R, R, R)],
    ),
    (
        "les huit premiers mois de l’année en cours",
        [("huit premiers mois de l’année en cours", R, 8, 0, R, R, R)],
    ),
    (
        "les dix premiers mois de l'année 2021",
        [("dix premiers mois de l'année 2021", 2021, 10, R, R, R, R)],
    ),
    # quarters and half-years of a relative year
    (
        "au premier semestre de l'année",
        [("premier semestre de l'année", R, R, 0, R, "au", R)],
    ),
    (
        "au premier trimestre de l'année dernière",
        [("premier trimestre de l'année dernière", R, R, -1, R, "au", R)],
    ),
    (
        "au dernier trimestre de l'année",
        [("dernier trimestre de l'année", R, R, 0, R, "au", R)],
    ),
    (
        "au deuxième trimestre de cette année",
        [("deuxième trimestre de cette année", R, R, 0, R, "au", R)],
    ),
    (
        "au premier trimestre de l'année 2020",
        [("premier trimestre de l'année 2020", 2020, R, R, R, "au", R)],
    ),
    # no year after `de`: still a quarter, without the `de`
    ("au premier semestre de la stratégie", [("premier semestre", R, R, R, R, "au", R)]),
    # two in a sentence
    (
        "L'an dernier, le portail a reçu 3 millions de dossiers, et cette année 5 millions.",
        [("L'an dernier", R, R, -1, R, R, R), ("cette année", R, R, 0, R, R, R)],
    ),
    # a year written after the noun is the date, as before
    ("à la fin de l'année 2020", [("2020", 2020, R, R, R, "fin", "fin")]),
    ("l'an 2000", [("2000", 2000, R, R, R, "année", R)]),
    ("cette année 2021", [("2021", 2021, R, R, R, "année", R)]),
    # `fin d'` is a part word before a month too
    ("fin d'août", [("août", R, 8, R, R, "fin", "fin")]),
    # durations and other traps: not dates
    ("il y a deux ans", []),
    ("Il y a deux ans, le portail", []),
    ("depuis deux ans", []),
    ("En vigueur depuis deux ans, la résolution", []),
    ("il y a un an", []),
    ("depuis un an", []),
    ("un an plus tôt", []),
    ("en hausse de 8,2 % sur un an", []),
    ("les deux dernières années", []),
    ("ces derniers mois", []),
    ("les 12 derniers mois", []),
    ("six mois de travaux", []),
    ("chaque mois", []),
    ("deux fois par an", []),
    ("chaque année", []),
    ("cette année-là", []),
    ("Cette année-là, le pays", []),
    ("l'année scolaire", []),
    ("à la fin de l'année scolaire", []),
    ("au cours de l'année", []),  # which year is unclear
    ("en cours d'année", []),
    ("l'année de la transformation numérique", []),
    ("les six premiers mois de la pandémie", []),
    ("les trois premiers mois du mandat", []),
    ("les six premiers mois suivant son lancement", []),
    ("un mois passé à Hanoï", []),
    ("une année passée à Hanoï", []),
    ("d'année en année", []),
    ("les 13 premiers mois", []),
    ("le mois de la cybersécurité", []),
]


@pytest.mark.parametrize(("text", "expected"), RELATIVE_FIND_CASES)
def test_find_relative_dates(text, expected):
    got = [
        (m.text, m.year, m.month, m.offset_years, m.offset_months, m.cue, m.part)
        for m in find_dates(text)
    ]
    assert got == expected
    for m in find_dates(text):
        assert m.kind == "date"
        assert text[m.start : m.end] == m.text


# resolve: (text, published, future override, ISO)

RELATIVE_RESOLVE_CASES = [
    ("cette année", "2021-03-10", None, "2021"),
    ("cette année", "2021", None, "2021"),
    ("cette année", "2021-03-10T08:00:00+07:00", None, "2021"),
    ("cette année", None, None, None),
    ("cette année", "", None, None),
    ("l'an dernier", "2021-03-10", None, "2020"),
    ("l'année dernière", "2021-01-02", None, "2020"),
    ("l'an passé", "2019", None, "2018"),
    ("l'année précédente", "2021-03-10", None, "2020"),
    ("l'an prochain", "2021-03-10", None, "2022"),
    ("l'année prochaine", "2021-12-31", None, "2022"),
    ("l'année en cours", "2023-05-05", None, "2023"),
    # the text fixes the direction: the future flag does not move these
    ("l'an dernier", "2021-03-10", True, "2020"),
    ("l'an prochain", "2021-03-10", False, "2022"),
    ("d'ici la fin de l'année", "2020-08-28", None, "2020"),
    ("avant la fin de l'année prochaine", "2018-11-20", None, "2019"),
    ("au début de l'année", "2021-03-10", None, "2021"),
    ("depuis le début de l'année", "2021-09-22", None, "2021"),
    ("fin d'année", "2022-06-01", None, "2022"),
    ("ce mois-ci", "2021-03-10", None, "2021-03"),
    ("ce mois-ci", "2021", None, None),  # the month is not known
    ("le mois dernier", "2021-03-10", None, "2021-02"),
    ("le mois dernier", "2021-01-15", None, "2020-12"),
    ("le mois dernier", "2000-01-01", None, "1999-12"),
    ("le mois passé", "2021-03", None, "2021-02"),
    ("le mois prochain", "2021-12-01", None, "2022-01"),
    ("le mois prochain", "2021-03-10", None, "2021-04"),
    ("le mois en cours", "2021-03-10", None, "2021-03"),
    ("le mois dernier", None, None, None),
    ("le mois dernier", "2021", None, None),
    # a day of a month counted from the publication date (`ngày 3 tháng này`, translated)
    ("le 3 de ce mois", "2023-10-20", None, "2023-10-03"),
    ("le 1er de ce mois", "2023-10-20", None, "2023-10-01"),
    ("le 20 du mois dernier", "2023-01-05", None, "2022-12-20"),
    ("le 31 de ce mois", "2023-11-20", None, None),  # November has 30 days
    ("le 3 de ce mois", "2023", None, None),
    # the first N months: month N of the year they are counted in
    ("au cours des sept premiers mois de l'année", "2023-08-22", None, "2023-07"),
    ("les six premiers mois de l'année", "2021-07-15", None, "2021-06"),
    ("les six premiers mois de l'année", "2021", None, "2021-06"),
    ("les neuf premiers mois de 2023", "2023-10-20", None, "2023-09"),
    ("les neuf premiers mois de 2023", None, None, "2023-09"),
    ("au cours des onze premiers mois,", "2018-12-10", None, "2018-11"),
    # told before month N ends they are last year's (FACTS.md 6.1), unless in the future
    ("au cours des onze premiers mois,", "2019-01-05", None, "2018-11"),
    ("au cours des onze premiers mois,", "2019-01-05", True, "2019-11"),
    ("les neuf premiers mois de l'année", "2023-09-28", None, "2023-09"),
    ("les six premiers mois de l'année dernière", "2021-03-10", None, "2020-06"),
    ("les six premiers mois de l'année prochaine", "2021-03-10", None, "2022-06"),
    ("le premier mois de l'année", "2021-03-10", None, "2021-01"),
    ("les six premiers mois de l'année", None, None, None),
    # quarters of a relative year
    ("au premier semestre de l'année", "2021-09-01", None, "2021-06"),
    ("au premier trimestre de l'année dernière", "2021-03-10", None, "2020"),
    ("au second semestre de l'année prochaine", "2021-03-10", None, "2022"),
    ("au premier trimestre de l'année 2020", "2021-03-10", None, "2020-03"),
    ("au premier semestre de l'année", None, None, None),
]


@pytest.mark.parametrize(("text", "published", "future", "expected"), RELATIVE_RESOLVE_CASES)
def test_resolve_relative(text, published, future, expected):
    (m,) = find_dates(text)
    assert resolve(m, published, future) == expected


RELATIVE_FUTURE_CASES = [
    ("l'an prochain", True),
    ("le mois prochain", True),
    ("avant la fin de l'année prochaine", True),
    ("d'ici la fin de l'année", True),
    ("Le portail sera lancé cette année.", True),
    ("Le portail a été lancé cette année.", False),
    ("cette année", False),
    ("l'an dernier", False),
    ("le mois dernier", False),
    ("l'année précédente", False),
    ("Les chiffres seront supérieurs à ceux de l'an dernier", False),
    ("au cours des sept premiers mois de l'année", False),
]


@pytest.mark.parametrize(("text", "future"), RELATIVE_FUTURE_CASES)
def test_relative_future(text, future):
    (m,) = find_dates(text)
    assert m.future is future


def test_relative_precision_and_fields():
    got = {
        m.text: (m.precision, m.relative)
        for m in find_dates(
            "cette année, le mois dernier, l'an prochain, les six premiers mois de l'année"
        )
    }
    assert got == {
        "cette année": ("year", None),
        "mois dernier": ("month", "dernier"),
        "l'an prochain": ("year", "prochain"),
        "six premiers mois de l'année": ("month", None),
    }


def test_other_mentions_have_no_offset():
    # Backward compatibility: mentions of calendar dates keep None offsets.
    for text, _ in FIND_CASES:
        for m in find_dates(text):
            assert (m.offset_years, m.offset_months) == (None, None), text


def test_resolve_hand_made_relative_mentions():
    def mention(**kw):
        base = dict(start=0, end=1, text="x", year=None, month=None, day=None, weekday=None)
        base.update(kind="date", cue=None, future=False)
        base.update(kw)
        return DateMention(**base)

    assert resolve(mention(offset_years=-2), "2021-03-10") == "2019"
    assert resolve(mention(offset_months=-3), "2021-02-10") == "2020-11"
    assert resolve(mention(offset_months=13), "2021-12") == "2023-01"
    assert resolve(mention(offset_years=0, month=12), "2021-12-31") == "2021-12"
    assert resolve(mention(offset_years=-1), "mars 2021") is None
    # a written year wins over an offset
    assert resolve(mention(year=2019, offset_years=1), "2021") == "2019"
    # periods stay unresolved
    assert resolve(mention(kind="period", offset_years=0), "2021") is None


def test_year_tail_joined_in_the_pipeline():
    nlp = build_pipeline()
    doc = nlp("au premier trimestre de l'année dernière et les six premiers mois de l'année 2020")
    assert [(s.text, s.label_) for s in doc.spans["dates"]] == [
        ("premier trimestre de l'année dernière", "date"),
        ("six premiers mois de l'année 2020", "date"),
    ]


def test_relative_dates_do_not_date_the_article():
    # Article dating reads explicit years only: relative mentions have none and
    # are left out (vnextract.recognizers.published ignores mentions whose year is None).
    from vnextract.cleaning.clean import clean
    from vnextract.recognizers.published import publication_date

    text = (
        "Hanoï, 10 mars (VNA) - L'an dernier, le portail a reçu 3 millions de dossiers, "
        "contre 1 million en 2019 ; cette année, il en vise 5 millions d'ici la fin de l'année."
    )
    mentions = find_dates(text)
    assert sum(m.offset_years is not None for m in mentions) == 3
    assert years_for_dating(mentions) == [2019]
    c = clean(text)
    # the year comes from `en 2019` alone, as it did before relative dates were read
    assert publication_date(c, find_dates(c.text)).published == "2019-03-10"


@settings(max_examples=200, deadline=None)
@given(
    st.dates(min_value=dt.date(1950, 1, 1), max_value=dt.date(2090, 12, 31)),
    st.sampled_from(
        [
            ("l'an dernier", -1, 0),
            ("cette année", 0, 0),
            ("l'année prochaine", 1, 0),
            ("le mois dernier", 0, -1),
            ("ce mois-ci", 0, 0),
            ("le mois prochain", 0, 1),
        ]
    ),
)
def test_relative_resolves_by_calendar_arithmetic(published, case):
    text, years, months = case
    (m,) = find_dates(f"Selon le bureau, {text}, le portail a reçu 3 millions de dossiers.")
    index = published.year * 12 + published.month - 1 + months
    expected = (
        f"{published.year + years:04d}"
        if m.offset_months is None
        else f"{index // 12:04d}-{index % 12 + 1:02d}"
    )
    assert resolve(m, published.isoformat()) == expected


def test_non_string_input():
    assert find_dates(None) == []  # type: ignore[arg-type]
    assert parse_dateline(None) is None  # type: ignore[arg-type]


# --------------------------------------------------------------------------
# dateparser agrees with the readings from tokens on full dates

_FULL_DATE = re.compile(r"^\d{1,2} [^\W\d_]+\.? \d{4}$")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (m[0], m)
        for _, mentions in FIND_CASES
        for m in mentions
        if _FULL_DATE.match(m[0]) and "\u00a0" not in m[0]
    ],
)
def test_dateparser_agrees(text, expected):
    from vnextract.recognizers.dates import _read_with_dateparser

    fields = _read_with_dateparser(text)
    assert fields is not None
    assert (fields.year, fields.month, fields.day) == expected[1:4]


# --------------------------------------------------------------------------
# properties

# Pieces of French news copy, dates and traps, shuffled into random text.
# fmt: off
_PIECES = st.sampled_from([
    "le", "au", "en", "d'ici", "fin", "mi-", "jusqu’au", " ", "\u00a0", ",", ".", "-", "/",
    "–", "9", "12", "1er", "2019", "2020", "2021-2025", "décembre", "déc.", "mars", "Mai",
    "mercredi", "prochain", "trimestre", "premier", "COVID-19", "26,7", "n°17/NQ-CP",
    "45/2020/ND-CP", "14h30", "\n", "Voir plus", "(VNA)", "Hanoï", "é", "’", "'", "8mars",
    "2019-12-09", "12/03/2019", "www.", "@", "%", "2020.Le", "1 873", "2.800",
    "l'", "l’", "an", "année", "mois", "cette", "dernier", "premiers", "six", "de", "d'", "-là",
    "²", "0000",
])
# fmt: on
_TEXTS = st.one_of(
    st.text(max_size=200),
    st.lists(st.one_of(_PIECES, st.text(max_size=4)), max_size=40).map("".join),
)


@settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(_TEXTS)
def test_find_dates_never_raises_and_offsets_hold(text):
    # `_find` is find_dates without its guard: a bug must show here, not be swallowed.
    mentions = _find(text, _pipeline())
    assert find_dates(text) == mentions
    last_end = -1
    for m in mentions:
        assert isinstance(m, DateMention)
        assert text[m.start : m.end] == m.text
        assert m.start >= last_end
        assert m.start < m.end
        last_end = m.end
        assert m.kind in ("date", "period")
        resolve(m, "2021-03-10")
        resolve(m, None)
    parse_dateline(text)


_MONTH_SPELLINGS = {
    entry_month: spellings
    for entry_month, spellings in (
        (1, ["janvier", "Janvier", "janv."]),
        (2, ["février", "fevrier", "févr."]),
        (3, ["mars", "Mars"]),
        (4, ["avril", "avr."]),
        (5, ["mai"]),
        (6, ["juin", "JUIN"]),
        (7, ["juillet", "juil."]),
        (8, ["août", "aout"]),
        (9, ["septembre", "sept."]),
        (10, ["octobre", "oct."]),
        (11, ["novembre", "nov."]),
        (12, ["décembre", "decembre", "déc."]),
    )
}


@settings(max_examples=300, deadline=None)
@given(
    st.dates(min_value=dt.date(1900, 1, 1), max_value=dt.date(2099, 12, 31)),
    st.data(),
)
def test_day_month_year_round_trip(date, data):
    spelling = data.draw(st.sampled_from(_MONTH_SPELLINGS[date.month]))
    day = "1er" if date.day == 1 and data.draw(st.booleans()) else str(date.day)
    written = f"{day} {spelling} {date.year}"
    text = f"Le portail a été lancé le {written} à Hanoï."
    (m,) = find_dates(text)
    assert (m.text, m.year, m.month, m.day, m.kind) == (
        written,
        date.year,
        date.month,
        date.day,
        "date",
    )
    assert resolve(m, None) == date.isoformat()


@settings(max_examples=200, deadline=None)
@given(st.dates(min_value=dt.date(1900, 1, 1), max_value=dt.date(2099, 12, 31)))
def test_numeric_round_trip(date):
    text = f"Signé le {date.day:02d}/{date.month:02d}/{date.year}, le texte"
    (m,) = find_dates(text)
    assert resolve(m, None) == date.isoformat()


@settings(max_examples=300, deadline=None)
@given(
    st.dates(min_value=dt.date(1950, 1, 1), max_value=dt.date(2090, 12, 31)),
    st.dates(min_value=dt.date(2000, 1, 1), max_value=dt.date(2000, 12, 31)),
    st.booleans(),
)
def test_resolved_year_is_the_nearest_on_the_right_side(published, day_month, future):
    assume(not (day_month.month == 2 and day_month.day == 29))
    text = f"le {day_month.day} {_MONTH_SPELLINGS[day_month.month][0]}"
    (m,) = find_dates(text)
    got = dt.date.fromisoformat(resolve(m, published.isoformat(), future))
    assert (got.month, got.day) == (day_month.month, day_month.day)
    # on the side the text speaks of, less than a year away
    if future:
        assert 0 <= (got - published).days < 366
    else:
        assert 0 <= (published - got).days < 366


_WEEKDAYS = ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"]


@settings(max_examples=200, deadline=None)
@given(
    st.dates(min_value=dt.date(1950, 1, 1), max_value=dt.date(2090, 12, 31)),
    st.dates(min_value=dt.date(1960, 1, 1), max_value=dt.date(2080, 12, 31)),
)
def test_written_weekday_always_agrees(published, event):
    text = f"{_WEEKDAYS[event.weekday()]} {event.day} {_MONTH_SPELLINGS[event.month][0]}"
    (m,) = find_dates(text)
    got = dt.date.fromisoformat(resolve(m, published.isoformat()))
    assert got.weekday() == event.weekday()
    assert (got.month, got.day) == (event.month, event.day)
    # the agreeing year nearest the publication date
    assert abs((got - published).days) <= abs((event - published).days)
