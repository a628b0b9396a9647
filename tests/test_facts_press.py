"""Facts from how the French-language Vietnamese press writes, on sentences written for these tests.

Each rule added while reading real wire copy (tests/real) is covered here by sentences of
our own, never by a phrase copied from an article: the rule must hold for the language,
not for one page. Each case: an article, the fields compared, and the facts expected
(each must be found; with `exact=True` nothing else may be).
"""

from __future__ import annotations

import pytest

from vnextract import extract

F_EVENT = ("type", "metric", "date", "status")


def got(text: str, fields: tuple[str, ...]) -> list[tuple]:
    return [tuple(getattr(f, k) for k in fields) for f in extract(text)]


CASES = [
    # --- policy instruments adopted at a stated date (FACTS.md 7b) -------------------
    # the date told first, then who adopted which document
    (
        "Hanoï, 20 juillet (VNA) - Le 11 juillet 2024, le Conseil populaire de la province a "
        "adopté une résolution sur la gratuité des services publics en ligne.",
        F_EVENT,
        [("event", "other", "2024-07-11", "actual")],
    ),
    (
        "Hanoï, 3 mars (VNA) - Fin 2022, le Comité municipal a publié la résolution 18-NQ/TU "
        "sur le développement de la ville intelligente.",
        F_EVENT,
        [("event", "other", "2022", "actual")],
    ),
    # a Vietnamese document code (no `n°`) before its date, even in parentheses
    (
        "Hanoï, 3 mars (VNA) - La province applique la résolution 07-NQ/TU (du 12 mai 2021) "
        "sur la réforme administrative.",
        F_EVENT,
        [("event", "other", "2021-05-12", "actual")],
    ),
    (
        "Hanoï, 3 mars (VNA) - Selon la Résolution 98/NQ-CP du 2 octobre 2023 du gouvernement, "
        "le centre de données intégrera les bases nationales.",
        F_EVENT,
        [("event", "other", "2023-10-02", "actual")],
    ),
    # a numbered plan, a dispatch
    (
        "Hanoï, 3 mars (VNA) - Le plan n° 11-KH/BCĐ du 4 février 2025 fixe les tâches "
        "numériques de l'année; la dépêche officielle n° 310/UBND-VP du 20 février 2025 "
        "les précise.",
        F_EVENT,
        [("event", "other", "2025-02-04", "actual"), ("event", "other", "2025-02-20", "actual")],
    ),
    # a line that opens a list by its horizon alone (`D'ici 2025 :`) dates the goals listed
    (
        "Hanoï, 16 juin 2021 (VNA) - La stratégie fixe des objectifs chiffrés. D'ici 2025 :\n"
        "- 80 % des services publics en ligne seront fournis au niveau 4 ;\n"
        "- 90 % des dossiers de travail au niveau central seront traités en ligne.",
        ("type", "value", "date", "status"),
        [("percentage", 80.0, "2025", "target"), ("percentage", 90.0, "2025", "target")],
    ),
    # a plan named by what it is for, adopted on a day told before it; an entry into force
    # told with a comma before its day
    (
        "Hanoï, 10 mars 2026 (VNA) - Le Comité populaire provincial a approuvé le 3 mars un plan "
        "de transformation numérique pour 2026.",
        F_EVENT,
        [("event", "other", "2026-03-03", "actual")],
    ),
    (
        "Hanoï, 10 août 2025 (VNA) - Le centre a ouvert quelques semaines après l'entrée en "
        "vigueur, le 1er juillet 2025, de la loi sur les données.",
        F_EVENT,
        [("event", "other", "2025-07-01", "actual")],
    ),
    # a bare year dates a document only right after its number
    (
        "Hanoï, 3 mars (VNA) - Le décret n° 61 datant de 2018 régit le guichet unique.",
        F_EVENT,
        [("event", "other", "2018", "actual")],
    ),
]

F_FIG = ("type", "metric", "value", "out_of")

CASES += [
    # --- index scores (FACTS.md 7b: a score is count/other) ----------------------------
    # scores below 1 listed in brackets after the first one
    (
        "Hanoï, 20 octobre (VNA) - Pour l'année 2022, le ministère de la Justice mène le "
        "classement avec un DTI de 0,6120, devant l'Inspection générale (0,5980) et le "
        "ministère de la Culture (0,5710).",
        F_FIG,
        [
            ("count", "other", 0.612, None),
            ("count", "other", 0.598, None),
            ("count", "other", 0.571, None),
        ],
    ),
    # a score in points of a named index, and its gain in points
    (
        "Hanoï, 20 octobre (VNA) - En 2022, l'indice de réforme administrative de la ville a "
        "atteint 88,2 points, en hausse de 1,7 point sur un an.",
        F_FIG,
        [("count", "other", 88.2, None), ("count", "other", 1.7, None)],
    ),
    # information systems counted are figures whatever their number, as the object of a
    # verb too; `mis en place` before a number is the verb, no place in a ranking
    (
        "Hanoï, 3 mars 2023 (VNA) - Le ministère a achevé la construction de trois bases de "
        "données nationales, reliées à cinq plates-formes. La ville a mis en place quatre "
        "grands entrepôts de données et 6 systèmes d'information partagés.",
        F_FIG,
        [
            ("count", "other", 3, None),
            ("count", "other", 5, None),
            ("count", "other", 4, None),
            ("count", "other", 6, None),
        ],
    ),
    # software and telemedicine in the public services are e-government topics
    (
        "Hanoï, 3 mars 2024 (VNA) - Selon le ministère, 65 % des pharmacies disposent de "
        "logiciels de gestion, et 800 établissements de santé sont reliés à la plateforme de "
        "télémédecine.",
        F_FIG,
        [("percentage", "other", 65.0, None), ("count", "other", 800.0, None)],
    ),
    # downloads of an application are counted online
    (
        "Hanoï, 2 mars 2021 (VNA) - L'application de la ville a atteint plus de 2 millions de "
        "téléchargements, soit une hausse de 15.000 téléchargements en une semaine.",
        F_FIG,
        [("count", "other", 2000000.0, None), ("count", "other", 15000.0, None)],
    ),
    # people counted by what they did in a system
    (
        "Hanoï, 22 juillet 2023 (VNA) - Au total, 410 000 candidats ont enregistré leurs vœux "
        "dans le système d'admission du ministère.",
        ("type", "metric", "value", "label"),
        [("count", "other", 410000.0, "candidats")],
    ),
    # a few things named one by one after their count are a figure, the list's topic told in
    # the sentence or the one before
    (
        "Hanoï, 3 mars 2020 (VNA) - Le visa électronique est accepté dans six aéroports de Noi "
        "Bai (Hanoï), de Da Nang, de Cam Ranh, de Cat Bi, de Can Tho et de Phu Quoc.",
        F_FIG,
        [("count", "other", 6.0, None)],
    ),
    (
        "Hanoï, 21 février 2019 (VNA) - Le visa électronique est étendu à de nouveaux points "
        "d'entrée. Sont concernés trois ports maritimes : Hon Gai (Quang Ninh), Vung Tau et "
        "Chan May.",
        F_FIG,
        [("count", "other", 3.0, None)],
    ),
    # bodies listed together that set up working groups or published plans for a programme of
    # e-government named the sentence before (FACTS.md 7b)
    (
        "Hanoï, 3 mars 2022 (VNA) - Le Premier ministre a présidé une réunion sur le Projet 06. "
        "À ce jour, 36 ministères, organes et localités ont mis en place des groupes de travail; "
        "41 ministères et localités ont publié des plans de mise en œuvre.",
        F_FIG,
        [("count", "other", 36.0, None), ("count", "other", 41.0, None)],
    ),
    # parts of a count told the sentence before (`Parmi ces plateformes, 21 ...`, `Les 14
    # autres ...`)
    (
        "Hanoï, 3 mars 2022 (VNA) - Le pays compte 40 plateformes numériques nationales. Parmi "
        "ces plateformes, 26 sont gérées par des agences de l'État. Les 14 autres sont gérées "
        "par des entreprises.",
        F_FIG,
        [("count", "other", 26.0, None), ("count", "other", 14.0, None)],
    ),
    # artificial intelligence at the administration's counters and payments without cash are
    # e-government topics
    (
        "Hanoï, 3 novembre 2025 (VNA) - Grâce à l'assistant virtuel doté d'intelligence "
        "artificielle, le taux d'erreurs des dossiers est passé de 12 % à 4 %. En août 2025, "
        "280 000 bénéficiaires (83,2 %) ont reçu leur pension par des méthodes sans numéraire.",
        F_FIG,
        [
            ("percentage", "other", 12.0, None),
            ("percentage", "other", 4.0, None),
            ("count", "other", 280000.0, None),
            ("percentage", "other", 83.2, None),
        ],
    ),
    # a part of an amount told without its currency is in the amount's
    (
        "Hanoï, 29 novembre 2025 (VNA) - Le centre de données a nécessité un investissement "
        "total de 12 millions de dollars, dont 8 millions sous forme d'aide non remboursable.",
        ("type", "metric", "value", "unit"),
        [("money", "cost", 12e6, "USD"), ("money", "cost", 8e6, "USD")],
    ),
    # uses of the chip identity card are counted (`d'identité` is no FDI, `IDE`, wherever the
    # words after the figure are cut)
    (
        "Hanoï, 3 mars 2025 (VNA) - Les hôpitaux ont enregistré 12,4 millions de consultations "
        "et actes via la carte d'identité citoyenne à puce.",
        F_FIG,
        [("count", "other", 12.4e6, None)],
    ),
    # a word after the figure is read whole: `important` is no import, wherever the window
    # of the figure's clause ends
    (
        "Hanoï, 3 mars 2025 (VNA) - La plateforme numérique a relié 2 500 hôpitaux de sa ville, "
        "un progrès important.",
        ("type", "value"),
        [("count", 2500.0)],
    ),
    # records of civil servants are records: the staff are what they are of
    (
        "Hanoï, 11 septembre 2025 (VNA) - Le ministère a fait correspondre 1 200 000 "
        "enregistrements de cadres, de fonctionnaires et d'employés du secteur public avec la "
        "base de données nationale sur la population.",
        ("type", "value"),
        [("count", 1.2e6)],
    ),
    # --- X/Y: one record over its total (FACTS.md 7b) ------------------------------------
    (
        "Hanoï, 20 octobre (VNA) - Au 30 juin 2023, le district avait activé 41 200/96 500 "
        "comptes d'identification électronique.",
        F_FIG,
        [("count", "registered_accounts", 41200, 96500)],
    ),
    (
        "Hanoï, 20 octobre (VNA) - En 2023, 40/63 provinces ont adopté un plan de "
        "transformation numérique.",
        F_FIG,
        [("count", "other", 40, 63)],
    ),
    (
        "Hanoï, 20 octobre (VNA) - En 2023, la ville a obtenu 87,5/100 points à l'indice de "
        "satisfaction des services publics en ligne.",
        F_FIG,
        [("count", "other", 87.5, 100)],
    ),
    # a sub-index scored over its maximum
    (
        "Hanoï, 20 octobre 2023 (VNA) - Cette semaine, l'indice des services en ligne de la "
        "province a atteint 17,35/20, soit une hausse de 1,2 point.",
        F_FIG,
        [("count", "other", 17.35, 20), ("count", "other", 1.2, None)],
    ),
    # --- places over a total -------------------------------------------------------------
    (
        "Hanoï, 20 octobre (VNA) - En 2024, le Vietnam se classe 64e/193 pays au classement de "
        "l'ONU sur l'e-gouvernement.",
        F_FIG,
        [("ranking", "un_egov_rank", 64, 193)],
    ),
    (
        "Hanoï, 20 octobre (VNA) - En 2022, le pays se classe 79/193 dans l'enquête de l'ONU "
        "sur l'e-gouvernement.",
        F_FIG,
        [("ranking", "un_egov_rank", 79, 193)],
    ),
    (
        "Hanoï, 20 octobre (VNA) - En 2020, le Vietnam a obtenu la 81e place (sur 193 pays "
        "membres) de l'enquête des Nations unies sur l'e-gouvernement.",
        F_FIG,
        [("ranking", "un_egov_rank", 81, 193)],
    ),
]

CASES += [
    # --- places among provinces or ministries are `other` (FACTS.md 7b) -----------------
    (
        "Hanoï, 20 octobre (VNA) - En 2022, la ville se classe 9e sur 63 provinces et villes "
        "à l'indice de transformation numérique.",
        F_FIG,
        [("ranking", "other", 9, 63)],
    ),
    (
        "Hanoï, 20 octobre (VNA) - En 2023, la Sécurité sociale occupe le premier rang "
        "ministériel de l'indice DTI.",
        F_FIG,
        [("ranking", "other", 1, None)],
    ),
    (
        "Hanoï, 20 octobre (VNA) - En 2019, Da Nang est au 2e rang du classement de "
        "l'e-gouvernement des provinces.",
        F_FIG,
        [("ranking", "other", 2, None)],
    ),
    # the participle `classant` places too
    (
        "Hanoï, 20 octobre 2024 (VNA) - En 2023, l'indice PAR de la province a atteint 81,2 "
        "points, la classant 47e sur 63 provinces et villes.",
        F_FIG,
        [("ranking", "other", 47, 63)],
    ),
    # Vietnam's place among countries stays the UN ranking, whoever reports it
    (
        "Hanoï, 20 octobre (VNA) - En 2020, le Vietnam se classe 86e sur 193 pays, selon le "
        "ministère de l'Information et des Communications.",
        F_FIG,
        [("ranking", "un_egov_rank", 86, 193)],
    ),
]

F_STATUS = ("metric", "value", "qualifier", "date", "status")

CASES += [
    # a year right after the verb of adoption
    (
        "Hanoï, 12 avril 2023 (VNA) - La loi sur l'identification électronique a été "
        "promulguée en 2021.",
        F_EVENT,
        [("event", "other", "2021", "actual")],
    ),
    # --- status (FACTS.md 6): a goal with a horizon is a target, a forecast is planned ---
    (
        "Hanoï, 12 janvier 2022 (VNA) - D'ici 2030, au moins 80 % des procédures "
        "administratives seront fournies en ligne.",
        F_STATUS,
        [("online_services_share", 80, "at_least", "2030", "target")],
    ),
    (
        "Hanoï, 12 décembre 2019 (VNA) - La numérisation des paiements devrait permettre "
        "d'économiser 3.100 milliards de dongs par an grâce au portail.",
        F_STATUS,
        [("annual_savings", 3.1e12, "exact", "2019-12-12", "planned")],
    ),
    # --- a qualifier before a list covers the list (FACTS.md 7b) -------------------------
    (
        "Hanoï, 12 juillet 2023 (VNA) - Au moins 90 %, 70 % et 50 % des dossiers seront "
        "traités en ligne aux niveaux central, provincial et communal d'ici 2026.",
        ("value", "qualifier"),
        [(90, "at_least"), (70, "at_least"), (50, "at_least")],
    ),
    (
        "Hanoï, 12 juillet 2023 (VNA) - Le portail a reçu près de 6.100 commentaires et "
        "2.300 appels des usagers.",
        ("value", "qualifier"),
        [(6100, "approx"), (2300, "approx")],
    ),
    # each item with its own qualifier keeps it; a value compared with is no list item
    (
        "Hanoï, 12 juillet 2023 (VNA) - Le portail a reçu plus de 6.100 commentaires et "
        "environ 2.300 appels des usagers.",
        ("value", "qualifier"),
        [(6100, "at_least"), (2300, "approx")],
    ),
]

CASES += [
    # a place kept has change 0 (FACTS.md 7b)
    (
        "Hanoï, 12 juillet 2024 (VNA) - Le Vietnam a conservé son rang dans l'enquête 2024 de "
        "l'ONU sur l'e-gouvernement, à la 71e place sur 193 pays.",
        ("metric", "value", "out_of", "change"),
        [("un_egov_rank", 71, 193, 0)],
    ),
    (
        "Hanoï, 12 juillet 2024 (VNA) - Dans l'enquête de l'ONU sur l'e-gouvernement, le "
        "Vietnam se classe 71e sur 193 pays en 2024, soit la même place qu'en 2022.",
        ("metric", "value", "out_of", "change", "compared_to"),
        [("un_egov_rank", 71, 193, 0, "2022")],
    ),
]

CASES += [
    # a rate told apart from its noun, in a sentence about e-government accounts
    (
        "Hanoï, 20 juin 2023 (VNA) - Au 15 juin 2023, le district n'avait activé que 12.300 "
        "comptes d'identification électronique, atteignant seulement 41,2 %, la commune de "
        "Tan Lap (atteignant 28,5 %) étant la dernière.",
        ("type", "metric", "value"),
        [("percentage", "other", 41.2), ("percentage", "other", 28.5)],
    ),
]

CASES += [
    # the index named after the economy brings the sentence back to e-government
    (
        "Hanoï, 20 octobre 2022 (VNA) - La ville mène en matière de gouvernement numérique, "
        "d'économie numérique et de société numérique, avec un DTI de 0,5312.",
        F_FIG,
        [("count", "other", 0.5312, None)],
    ),
]

CASES += [
    # --- launches, as the press tells them ---------------------------------------------
    # a ceremony's name, then `s'est tenue` and its date
    (
        "Hanoï, 5 avril 2022 (VNA) - La cérémonie de lancement de la plateforme nationale de "
        "paiement électronique des frais s'est tenue le 1er avril à Hanoï.",
        F_EVENT,
        [("event", "system_launch", "2022-04-01", "actual")],
    ),
    # a date opening the sentence dates the launch it tells, however far
    (
        "Hanoï, 19 mai 2024 (VNA) - Le 18 mai, au siège du ministère à Hanoï, en présence de "
        "nombreux invités, le vice-Premier ministre a présidé la mise en service officielle de "
        "la base de données nationale sur l'assurance.",
        F_EVENT,
        [("event", "system_launch", "2024-05-18", "actual")],
    ),
]

CASES += [
    # national digital platforms are no platforms built by domestic firms; the parts of an
    # `other` count are `other`; an as-of day is not after an article dated by its month
    (
        "Selon la liste mise à jour au 3 juillet 2024, il existe 120 plateformes numériques "
        "de ministères déployées à l'échelle nationale, dont 85 plateformes des ministères.",
        ("metric", "value", "status"),
        [("other", 120, "actual"), ("other", 85, "actual")],
    ),
]

CASES += [
    # --- deadlines (FACTS.md 4): what must be done by a date ------------------------------
    (
        "Hanoï, 18 septembre 2025 (VNA) - Le ministère de la Justice est chargé de soumettre, "
        "d'ici décembre, un projet de décret sur l'état civil électronique.",
        F_EVENT,
        [("event", "deadline", "2025-12", "planned")],
    ),
    (
        "Hanoï, 18 mars 2025 (VNA) - La connexion des systèmes de gestion des dossiers à la "
        "base de données nationale sur la population doit être achevée en 2026.",
        F_EVENT,
        [("event", "deadline", "2026", "planned")],
    ),
    # a launch on a weekday: the latest such day before the dispatch, or its month
    (
        "Hanoï, 10 mars 2024 (VNA) - Le ministère a inauguré mardi la plateforme nationale de "
        "paiement en ligne.",
        ("type", "metric", "date", "date_source"),
        [("event", "system_launch", "2024-03-05", "published")],
    ),
    (
        " date 2019-10 Hai Duong (VNA) - La province a inauguré mardi après-midi la plate-forme "
        "de services des administrations locales de la province.",
        ("type", "metric", "date"),
        [("event", "other", "2019-10")],
    ),
    # a completion told in the future with `au plus tard`
    (
        "Hanoï, 10 mars 2024 (VNA) - Le système d'identification électronique sera achevé au "
        "plus tard le 30 juin 2024.",
        F_EVENT,
        [("event", "deadline", "2024-06-30", "planned")],
    ),
    # a law's entry into force after the article is planned
    (
        "Hanoï, 10 mars 2024 (VNA) - La loi sur les transactions électroniques, adoptée le 22 "
        "juin 2023, entre en vigueur le 1er juillet 2024.",
        F_EVENT,
        [("event", "other", "2023-06-22", "actual"), ("event", "other", "2024-07-01", "planned")],
    ),
    # an aim to complete something in a year, the year at the end of its clause
    (
        "Hanoï, 12 janvier 2021 (VNA) - Le ministère vise à achever la base de données "
        "nationale sur le foncier en 2022, a déclaré le ministre.",
        F_EVENT,
        [("event", "deadline", "2022", "planned")],
    ),
    # a completion `au plus tard début 2026`: the start of a year is still that year
    (
        "Hanoï, 5 juin 2025 (VNA) - La numérisation des registres d'état civil devra être "
        "achevée au plus tard début 2026.",
        F_EVENT,
        [("event", "deadline", "2026", "planned")],
    ),
    # a month opening the sentence, then what must be completed by then
    (
        "Hanoï, 5 mars 2025 (VNA) - À partir d'octobre 2025, tous les hôpitaux du pays devront "
        "achever la mise en place des dossiers médicaux électroniques.",
        F_EVENT,
        [("event", "deadline", "2025-10", "planned")],
    ),
    # an entry into force told with a year only
    (
        "Hanoï, 5 mars 2014 (VNA) - Selon le décret, le guichet unique national doit entrer en "
        "vigueur en 2016.",
        F_EVENT,
        [("event", "other", "2016", "planned")],
    ),
    # a year opening the sentence, then a completion in the future
    (
        "Hanoï, 8 février 2022 (VNA) - En 2023, la province achèvera le partage des données "
        "entre ses services publics en ligne.",
        F_EVENT,
        [("event", "deadline", "2023", "planned")],
    ),
]

CASES += [
    # staff counted by what they did online are no size of the civil service; a cut by a share
    # with its qualifier (`réduire d'au moins 30 %`) of the administration's time and costs
    (
        "Hanoï, 8 août 2025 (VNA) - Dans le quartier, 100 % du personnel a utilisé des "
        "documents électroniques signés numériquement.",
        ("type", "metric", "value"),
        [("percentage", "other", 100.0)],
    ),
    (
        "Hanoï, 8 octobre 2025 (VNA) - La ville vise à réduire d'au moins 30 % le temps et les "
        "coûts des procédures administratives.",
        ("type", "metric", "value"),
        [("percentage", "other", 30.0)],
    ),
]

CASES += [
    # a first place among the provinces told in words (`est arrivée en tête des 63 ...`)
    (
        " date 2018-05 Quang Ninh (VNA) - La province est arrivée en tête des 63 villes et "
        "provinces du pays en termes de réforme administrative.",
        ("type", "metric", "value", "out_of"),
        [("ranking", "other", 1.0, 63)],
    ),
]

CASES += [
    # a system put in place from a day, named right after the date: its launch
    (
        "Hanoï, 5 mai 2014 (VNA) - L'Administration des douanes a mis en place, à partir du "
        "premier avril 2014, un système de dédouanement automatisé.",
        F_EVENT,
        [("event", "system_launch", "2014-04-01", "actual")],
    ),
]

CASES += [
    # digital-signature certificates and official e-mail addresses are issued, not digitized
    (
        "Hanoï, 5 mars 2025 (VNA) - En 2024, la province a délivré près de 12 400 certificats "
        "numériques spécialisés et créé 11 000 adresses électroniques officielles.",
        ("type", "metric", "value"),
        [("count", "other", 12400.0), ("count", "other", 11000.0)],
    ),
]

CASES += [
    # dossiers waiting or dropped are no dossiers processed
    (
        "Hanoï, 5 novembre 2025 (VNA) - Le centre a traité 845 dossiers et 156 sont en attente "
        "de résultats.",
        ("type", "metric", "value"),
        [("count", "dossiers_processed", 845.0), ("count", "other", 156.0)],
    ),
    (
        "Hanoï, 5 novembre 2025 (VNA) - Il reste toutefois 17 dossiers en souffrance et 222 "
        "dossiers sont en cours de traitement.",
        ("type", "metric", "value"),
        [("count", "other", 17.0), ("count", "other", 222.0)],
    ),
]

CASES += [
    # an equivalent in another currency is the same amount: one record; a USD one is its
    # value_usd
    (
        "Hanoï, 5 février 2021 (VNA) - Le projet de ville intelligente devrait coûter 70 "
        "milliards de dongs (2,8 millions d'euros).",
        ("type", "metric", "value", "unit", "value_usd"),
        [("money", "cost", 70000000000.0, "VND", None)],
    ),
    (
        "Hanoï, 5 février 2021 (VNA) - Le projet de portail coûte 1 200 milliards de dongs (50 "
        "millions de dollars).",
        ("type", "metric", "value", "unit", "value_usd"),
        [("money", "cost", 1200000000000.0, "VND", 50000000.0)],
    ),
]

CASES += [
    # a fee for one service is its price: no value of online payments, no project's cost; the
    # online payments of fees, summed, are payments
    (
        "Hanoï, 25 janvier 2017 (VNA) - Le règlement des frais de visa, qui sont de 25 dollars "
        "américains, s'effectuera par virement bancaire en ligne.",
        ("type", "metric", "value", "label"),
        [("money", "other", 25.0, "frais")],
    ),
    (
        "Hanoï, 25 janvier 2017 (VNA) - Le coût de ce visa électronique est de 25 dollars.",
        ("type", "metric", "value"),
        [("money", "other", 25.0)],
    ),
    (
        "Hanoï, 25 décembre 2020 (VNA) - Les paiements en ligne des frais de dossier ont dépassé "
        "150 milliards de dông.",
        ("type", "metric", "value"),
        [("money", "payment_amount", 150000000000.0)],
    ),
]

CASES += [
    # a smart city's intelligent operations centre inaugurated in a province: a local system
    (
        " date 2022-05 Tra Vinh (VNA) - Un centre d'opérations intelligent (IOC) a été inauguré "
        "mardi 10 mai dans la province de Tra Vinh.",
        ("type", "metric", "date", "label"),
        [("event", "other", "2022-05-10", "mise en service d'un système local")],
    ),
]

CASES += [
    # a service or a rule in place since a day (`délivre depuis le 1er février`, `en vigueur
    # depuis le 1er juillet`): its start; a count since a day is no start
    (
        "Hanoï, 5 mars 2017 (VNA) - Le pays délivre depuis le 1er février 2017 des visas "
        "électroniques aux ressortissants de 40 pays.",
        F_EVENT,
        [("event", "other", "2017-02-01", "actual")],
    ),
    (
        "Hanoï, 5 mars 2022 (VNA) - Selon la loi sur l'immigration, en vigueur depuis le 1er "
        "juillet 2020, les étrangers peuvent demander un visa électronique.",
        F_EVENT,
        [("event", "other", "2020-07-01", "actual")],
    ),
]

CASES += [
    # a place in a provincial index (PAPI, SIPAS, PAR INDEX) is a national place; its score
    # told `avec un score total de`; points per area after `les meilleurs scores`
    (
        "Hanoï, 16 avril 2025 (VNA) - Selon l'indice PAPI 2024, Thai Binh se hisse à la "
        "première place avec un score total de 45,17.",
        ("type", "metric", "value", "label"),
        [
            ("ranking", "other", 1.0, "classement national"),
            ("count", "other", 45.17, "indice"),
        ],
    ),
    (
        "Hanoï, 16 avril 2025 (VNA) - La province a obtenu les meilleurs scores dans 6 des 8 "
        "domaines, notamment la transparence (6,21 points) et la gouvernance électronique "
        "(4,12 points).",
        ("type", "metric", "value"),
        [("count", "other", 6.21), ("count", "other", 4.12)],
    ),
]

CASES += [
    # a count over a period up to now (`Du 1er juillet 2025 à aujourd'hui`) is dated by the
    # article, not by the period's start
    (
        "Hanoï, 20 août 2025 (VNA) - Du 1er juillet 2025 à aujourd'hui, le centre de services "
        "administratifs de la commune a reçu 204 demandes en ligne.",
        ("type", "value", "date"),
        [("count", 204.0, "2025-08-20")],
    ),
]

CASES += [
    # electronic authentication is e-government's
    (
        "Hanoï, 5 décembre 2025 (VNA) - Plus de 4 millions de transactions d'authentification "
        "ont été enregistrées.",
        F_FIG,
        [("count", "other", 4000000.0, None)],
    ),
]

CASES += [
    # a project's funding told as support (`soutiendra ... d'un montant total de`)
    (
        "Hanoï, 5 mars 2013 (VNA) - L'agence coréenne soutiendra le développement du système "
        "d'information foncière, d'un montant total de 4,2 millions de dollars.",
        ("type", "metric", "value", "unit"),
        [("money", "cost", 4200000.0, "USD")],
    ),
    # what a count's own clause says after it, however long, tells what it is about
    (
        "Hanoï, 5 mars 2025 (VNA) - Selon le ministère, environ 512 établissements sur un total "
        "de 1 480 ont mis en œuvre avec succès des dossiers médicaux électroniques.",
        F_FIG,
        [("count", "other", 512.0, None)],
    ),
]

CASES += [
    # a part told again as a share after a long clause (`36 des 280 formalités ..., soit 13 %`);
    # the national single window is an online system; `ce taux` then goes on
    (
        "Hanoï, 5 mars 2016 (VNA) - Aujourd'hui, 42 des 300 formalités douanières peuvent être "
        "accomplies par l'intermédiaire du guichet unique national, soit 14 %. Le pays entend "
        "porter ce taux à 70 % d'ici à 2018.",
        ("type", "metric", "value", "out_of"),
        [
            ("count", "online_public_services", 42.0, 300),
            ("percentage", "online_services_share", 14.0, None),
            ("percentage", "online_services_share", 70.0, None),
        ],
    ),
    # a law named with what it is on and its day
    (
        "Hanoï, 20 janvier 2017 (VNA) - Le règlement du portail applique la loi sur les "
        "transactions électroniques du 29 novembre 2005.",
        F_EVENT,
        [("event", "other", "2005-11-29", "actual")],
    ),
]

CASES += [
    # a share of procedures is of those online only when something says so
    (
        "Hanoï, 8 août 2024 (VNA) - Au total, 40,1 % de ces dossiers de procédures "
        "administratives ont été traités avant la date limite.",
        ("type", "metric", "value"),
        [("percentage", "other", 40.1)],
    ),
    (
        "Hanoï, 8 août 2024 (VNA) - Au total, 40,1 % des procédures administratives sont "
        "fournies en ligne.",
        ("type", "metric", "value"),
        [("percentage", "online_services_share", 40.1)],
    ),
]

CASES += [
    # a few bodies that did something online or for the administration are a figure
    (
        "Hanoï, 26 juin 2025 (VNA) - Cinq provinces ont finalisé la configuration des "
        "procédures administratives sur leurs systèmes.",
        F_FIG,
        [("count", "other", 5.0, None)],
    ),
    (
        "Hanoï, 26 juin 2025 (VNA) - Sept districts ont déjà publié leurs données sur la "
        "plateforme numérique de la province.",
        F_FIG,
        [("count", "other", 7.0, None)],
    ),
]

CASES += [
    # a rule on identity starting on a day (`à partir du`, `à compter du`)
    (
        "Hanoï, 3 mars 2024 (VNA) - Selon la nouvelle loi, à partir du 1er juillet 2024, "
        "l'identification des citoyens pourra être intégrée au permis de conduire.",
        F_EVENT,
        [("event", "other", "2024-07-01", "planned")],
    ),
    (
        "Hanoï, 3 juillet 2025 (VNA) - La circulaire précise qu'à compter du 1er août 2025, le "
        "numéro d'identification personnel remplacera le numéro d'assurance sociale.",
        F_EVENT,
        [("event", "other", "2025-08-01", "planned")],
    ),
    # adopted `par l'Assemblée nationale le` a day; `1 er` (a superscript flattened) is `1er`
    (
        "Hanoï, 3 mars 2024 (VNA) - La loi sur l'identité, adoptée par l'Assemblée nationale le "
        "27 novembre 2023, entre en vigueur le 1 er juillet 2024.",
        F_EVENT,
        [("event", "other", "2023-11-27", "actual"), ("event", "other", "2024-07-01", "planned")],
    ),
]

CASES += [
    # a law voted on a day told first (`ont voté en faveur de la loi`, `ont voté pour`)
    (
        "Hanoï, 23 juin 2023 (VNA) - Lors de la séance du 22 juin, les députés ont voté en "
        "faveur de la loi modifiée sur les transactions électroniques.",
        F_EVENT,
        [("event", "other", "2023-06-22", "actual")],
    ),
    # an official communiqué, a numbered notice, an official document issued on a day
    (
        "Hanoï, 8 août 2025 (VNA) - Le 7 août 2025, le Comité populaire provincial a publié le "
        "communiqué officiel n° 1299/UBND-HCC sur les services publics en ligne.",
        F_EVENT,
        [("event", "other", "2025-08-07", "actual")],
    ),
    (
        "Hanoï, 8 avril 2025 (VNA) - Le 4 avril 2025, le Centre de services de l'administration "
        "publique a publié l'avis n° 16/TB-TT sur le traitement des dossiers en ligne.",
        F_EVENT,
        [("event", "other", "2025-04-04", "actual")],
    ),
    (
        "Hanoï, 8 avril 2025 (VNA) - Mi-mars 2025, le ministère de la Santé a également publié "
        "un document officiel sur les dossiers médicaux électroniques.",
        F_EVENT,
        [("event", "other", "2025-03", "actual")],
    ),
]

CASES += [
    # --- the start of an online service -----------------------------------------------
    (
        " date 2023-03 Hanoi (VNA) - À partir du 20 mars 2023, la police de la capitale "
        "pilotera la délivrance des permis de conduire sur le portail national des services "
        "publics.",
        F_EVENT,
        [("event", "other", "2023-03-20", "planned")],
    ),
    (
        "Hanoï, 3 mars 2023 (VNA) - Ce service public en ligne sera généralisé à tout le pays "
        "à compter du 1er juillet 2023.",
        F_EVENT,
        [("event", "other", "2023-07-01", "planned")],
    ),
]

F_SCORE = ("type", "metric", "value", "date")

CASES += [
    # an index score written with `%` is `percentage` / `other` (FACTS.md 7b), dated by the
    # edition the sentence names
    (
        "Hanoï, 20 mai 2022 (VNA) - La province de Ninh Binh est en tête de l'indice SIPAS 2021 "
        "avec 91,3 %, suivie par Hai Duong (90,7 %).",
        F_SCORE,
        [("percentage", "other", 91.3, "2021"), ("percentage", "other", 90.7, "2021")],
    ),
    # in an article about an index, a place told with its score
    (
        "Hanoï, 24 juin 2021 (VNA) - Le Comité a publié l'indice PAR INDEX 2020.\n\nLa "
        "province demeure en tête des 63 provinces avec 91,04 %, talonnée par Hai Phong "
        "(90,5 %).",
        F_SCORE,
        [("percentage", "other", 91.04, "2020"), ("percentage", "other", 90.5, "2020")],
    ),
    # a list of places that follow the first, each with its score (`S'ensuivent X avec ...`)
    (
        "Hanoï, 2 juin 2021 (VNA) - Dans l'indice PAR INDEX 2020, la province de Ben Tre est "
        "première avec 88,1 %. S'ensuivent Can Tho avec 86,4 % et la province de Long An "
        "(85,2 %).",
        F_SCORE,
        [
            ("percentage", "other", 88.1, "2020"),
            ("percentage", "other", 86.4, "2020"),
            ("percentage", "other", 85.2, "2020"),
        ],
    ),
    # the lowest score, in brackets after the place told
    (
        "Hanoï, 6 septembre 2013 (VNA) - Le PAR INDEX 2013 a été publié. Le ministère de la "
        "Justice est en tête avec un indice de 82,4 %. Le Comité des affaires ethniques a "
        "enregistré le plus faible niveau (65,2 %).",
        F_SCORE,
        [("percentage", "other", 82.4, "2013"), ("percentage", "other", 65.2, "2013")],
    ),
    # the score told before the place (`avec un résultat de ...`)
    (
        "Hanoï, 2 juin 2021 (VNA) - Le classement SIPAS 2020 a été publié. Avec un résultat de "
        "92,7 %, Hanoï est arrivée en tête.",
        F_SCORE,
        [("percentage", "other", 92.7, "2020")],
    ),
    # the satisfaction of the public with the administration's services (SIPAS), even
    # with no index named in the sentence
    (
        "Hanoï, 8 avril 2025 (VNA) - L'an dernier, la satisfaction à l'égard de la prestation "
        "des services administratifs publics s'élevait à 81,7 %. La satisfaction de la "
        "population a atteint 80,2 % en 2023.",
        F_SCORE,
        [("percentage", "other", 81.7, "2024"), ("percentage", "other", 80.2, "2023")],
    ),
    # the satisfaction of the population with the administration, in a sentence about dossiers
    # filed by Internet; a rate of satisfaction after a sentence about a service online
    (
        "Hanoï, 3 mars 2011 (VNA) - La plupart des dossiers soumis par Internet ont été traités, "
        "et 93 % de la population est satisfaite du fonctionnement de l'administration locale.",
        F_SCORE,
        [("percentage", "other", 93.0, "2011-03-03")],
    ),
    (
        "Hanoï, 3 mars 2019 (VNA) - L'application permet de déposer des plaintes en ligne. Le "
        "taux de satisfaction a atteint près de 78 %.",
        F_SCORE,
        [("percentage", "other", 78.0, "2019-03-03")],
    ),
    # a rate of satisfaction is labelled as such, not as a share online
    (
        "Hanoï, 8 avril 2025 (VNA) - En 2024, la satisfaction des citoyens à l'égard des "
        "services publics a atteint 82,6 %.",
        ("type", "value", "label"),
        [("percentage", 82.6, "taux de satisfaction")],
    ),
    # in an article about an index's edition, the survey's shares told with no date of their
    # own take the edition's year, not the day of the announcement
    (
        "Hanoï, 17 avril 2024 (VNA) - Le ministère a annoncé les résultats du SIPAS 2023.\n\n"
        "Selon le rapport, 81,5 % des personnes interrogées étaient satisfaites des services "
        "publics, et 6,2 % étaient prêtes à donner leur avis en ligne.",
        ("type", "value", "date"),
        [("percentage", 81.5, "2023"), ("percentage", 6.2, "2023")],
    ),
    # scores in points of an index named in the sentence before, dated by its edition year,
    # not by the edition it is compared with
    (
        "Hanoï, 3 avril 2024 (VNA) - Le PNUD a publié mardi l'indice PAPI pour 2023. La "
        "province a obtenu 41,25 points, avec une hausse pour la gouvernance électronique "
        "(0,12 point). Par rapport à l'indice PAPI de 2022, le score de la transparence a "
        "diminué de 1,2 point.",
        F_SCORE,
        [
            ("count", "other", 41.25, "2023"),
            ("count", "other", 0.12, "2023"),
            ("count", "other", 1.2, "2023"),
        ],
    ),
]

F_METRIC = ("type", "metric", "value", "date", "status")

CASES += [
    # a share told `X % en ligne` after the services it is a share of
    (
        "Hanoï, 3 mars 2021 (VNA) - Le plan vise à moderniser les services publics, avec 90 % "
        "en ligne d'ici 2025.",
        F_METRIC,
        [("percentage", "online_services_share", 90.0, "2025", "target")],
    ),
    # `le système` of the sentence before: a share of what it changes is e-government's
    (
        "Hanoï, 10 juillet 2019 (VNA) - Viettel a présenté le système e-Cabinet du gouvernement. "
        "D'après Viettel, le système devrait réduire de 30 % la durée des réunions.",
        ("type", "value", "status"),
        [("percentage", 30.0, "planned")],
    ),
    # `pour les ministères` after a share says whose it is, not what it is a share of; the
    # digitisation of dossiers is e-government's
    (
        "Hanoï, 31 août 2024 (VNA) - En 2024, le taux de numérisation des dossiers devra atteindre "
        "au moins 70 % pour les ministères et au moins 30 % pour les collectivités locales.",
        ("type", "metric", "value", "date", "status"),
        [
            ("percentage", "other", 70.0, "2024", "target"),
            ("percentage", "other", 30.0, "2024", "target"),
        ],
    ),
    # what the administration saves (`réduire de 86 % le temps passé sur les formalités`)
    (
        "Hanoï, 3 septembre 2024 (VNA) - Cette réforme a permis de réduire de 86 % le temps passé "
        "sur les formalités administratives.",
        ("type", "metric", "value"),
        [("percentage", "other", 86.0)],
    ),
    # a national axis of documents is a national system
    (
        "Hanoï, 14 mars 2019 (VNA) - Le Premier ministre a assisté le 12 mars au lancement de "
        "l'axe national des documents électroniques.",
        F_EVENT,
        [("event", "system_launch", "2019-03-12", "actual")],
    ),
    # a yearly rise (`une augmentation annuelle de 5 %`) is a rate of change, no share
    (
        "Hanoï, 3 mars 2021 (VNA) - La province vise un taux de services en ligne de 70 % en "
        "2025, avec une augmentation annuelle de 5 % par la suite.",
        F_METRIC,
        [
            ("percentage", "online_services_share", 70.0, "2025", "target"),
            ("percentage", "other", 5.0, "2025", "target"),
        ],
    ),
    # a result compared with the plan (`7 % de plus que prévu`) is no plan
    (
        "Hanoï, 20 septembre 2022 (VNA) - Le nombre de dossiers traités en ligne a été "
        "multiplié par 3, soit 7 % de plus que prévu.",
        ("type", "value", "status"),
        [("percentage", 7.0, "actual")],
    ),
    (
        "Hanoï, 3 mars 2021 (VNA) - Le taux de services publics en ligne a connu une "
        "augmentation annuelle de 15 %.",
        ("type", "metric", "value"),
        [("percentage", "other", 15.0)],
    ),
]

F_RANK = ("type", "metric", "value", "change")

CASES += [
    # bodies ranked on their use of IT (`TI`), one of them named `... du Vietnam`
    (
        "Hanoï, 3 mars 2013 (VNA) - Le ministère des Finances et la Banque d'État du Vietnam "
        "se sont classés respectivement deuxième et quatrième, selon un rapport sur "
        "l'application des TI au sein des ministères.",
        ("type", "metric", "value"),
        [("ranking", "other", 2.0), ("ranking", "other", 4.0)],
    ),
    # a parenthesis opened by a year after a place is an aside of its own: its year dates its
    # own score and place, not the place before (nor is it a year compared with)
    (
        "Hanoï, 17 avril 2024 (VNA) - Avec 88,1 points, l'indice de réforme administrative de "
        "la province en 2023 s'est classé 18e sur 63 provinces, en hausse de 12 places par "
        "rapport à 2022 (en 2022, la province a obtenu 84,6 points, se classant 30e).",
        ("type", "value", "date"),
        [
            ("count", 88.1, "2023"),
            ("ranking", 18.0, "2023"),
            ("count", 84.6, "2022"),
            ("ranking", 30.0, "2022"),
        ],
    ),
    # a year in brackets right after a place is its own
    (
        "Hanoï, 17 avril 2024 (VNA) - Dans le classement de l'indice de transformation "
        "numérique, la province s'est classée 22e sur 63 provinces (en 2023) et 30e en 2022.",
        ("type", "value", "date"),
        [("ranking", 22.0, "2023"), ("ranking", 30.0, "2022")],
    ),
    # places kept in an index that ranks provinces only, named with the provinces in brackets
    (
        "Hanoï, 6 septembre 2014 (VNA) - Dans le PAPI 2013, Lang Son et Ha Giang ont conservé "
        "leurs places (Lang Son, 37e, Ha Giang, 52e).",
        ("type", "metric", "value", "change"),
        [("ranking", "other", 37.0, 0), ("ranking", "other", 52.0, 0)],
    ),
    # places gained in a sub-index, with no place told: a count of the ranking
    (
        "Hanoï, 20 août 2018 (VNA) - Par rapport à 2016, le Vietnam a progressé de 7 places "
        "pour l'indice des services en ligne.",
        ("type", "metric", "value"),
        [("count", "other", 7.0)],
    ),
    # places gained told after others they are coordinated with, the verb far before them
    (
        "Hanoï, 20 août 2018 (VNA) - Par rapport à 2016, le Vietnam a connu des progressions dont "
        "6 places pour l'indice du capital humain et 12 places pour l'indice des services en "
        "ligne.",
        ("type", "metric", "value"),
        [("count", "other", 6.0), ("count", "other", 12.0)],
    ),
    # a fall told in the sentence after a place is that place's change
    (
        "Hanoï, 3 avril 2024 (VNA) - La province a obtenu 41,2 points, se classant 48e sur 61 "
        "provinces dans l'indice PAPI 2023. Par rapport à l'indice de 2022, son score a diminué "
        "de 1,1 point, entraînant une chute de 17 places.",
        F_RANK,
        [("ranking", "other", 48.0, -17.0), ("count", "other", 1.1, None)],
    ),
]

CASES += [
    # two places told together share the survey named after the second, not its region
    (
        "Hanoï, 3 mars 2018 (VNA) - Le ministre a assuré que le Vietnam ne pointait qu'au 66e "
        "rang mondial\net au 6e rang aséanien en termes de gouvernance électronique, il\n"
        "entendait rattraper son retard.",
        ("type", "metric", "value"),
        [("ranking", "un_egov_rank", 66.0), ("ranking", "regional_egov_rank", 6.0)],
    ),
    # the month named after `mois` dates the figure (`À la fin du mois de septembre`)
    (
        "Hanoï, 12 octobre 2024 (VNA) - À la fin du mois de septembre, 72 % des dossiers de la "
        "province avaient été déposés en ligne.",
        ("type", "value", "date"),
        [("percentage", 72.0, "2024-09")],
    ),
    # a national portal of data or of information is another system than the public service
    # portal
    (
        "Hanoï, 12 octobre 2024 (VNA) - Le portail national de données a été lancé le 30 "
        "septembre 2024.",
        F_EVENT,
        [("event", "system_launch", "2024-09-30", "actual")],
    ),
    (
        "Hanoï, 12 octobre 2024 (VNA) - Le portail d'information électronique du gouvernement a "
        "été inauguré le 30 septembre 2024.",
        F_EVENT,
        [("event", "system_launch", "2024-09-30", "actual")],
    ),
    (
        "Hanoï, 12 octobre 2024 (VNA) - Le portail national a été inauguré le 9 décembre 2019.",
        F_EVENT,
        [("event", "portal_launch", "2019-12-09", "actual")],
    ),
    # places told in a sentence that names no ranking go on with the survey named just before
    (
        "Hanoï, 12 octobre 2024 (VNA) - Selon l'Enquête des Nations unies sur l'e-gouvernement, le "
        "Vietnam a nettement progressé. Il est passé de la 88e place en 2018 à la 86e en 2020, "
        "puis à la 71e en 2024.",
        ("metric", "value", "date"),
        [
            ("un_egov_rank", 88.0, "2018"),
            ("un_egov_rank", 86.0, "2020"),
            ("un_egov_rank", 71.0, "2024"),
        ],
    ),
    # (`par rapport à 2022` names no report of its own)
    (
        "Hanoï, 12 octobre 2024 (VNA) - Selon l'Enquête des Nations unies sur l'e-gouvernement, le "
        "Vietnam a nettement progressé. Il est à la 71e place en 2024, soit un gain de 15 places "
        "par rapport à 2022.",
        ("metric", "value", "change"),
        [("un_egov_rank", 71.0, 15.0)],
    ),
    # a place set between commas, the ranking named in the complement after it
    (
        "Hanoï, 12 octobre 2024 (VNA) - Le Vietnam a reculé de deux places, à la 88e place, dans "
        "le classement de l'ONU sur l'e-gouvernement 2024.",
        ("type", "metric", "value", "change", "date"),
        [("ranking", "un_egov_rank", 88.0, -2.0, "2024")],
    ),
    # a place told by a superlative among a whole named before it, on a line wrapped by hand
    # before the figure
    (
        "Hanoï, 3 juillet 2018 (VNA) - Dans le classement de l'ONU sur l'e-gouvernement, le "
        "Vietnam est 88e sur 193 pays. Parmi les 10 pays de l'ASEAN, il est le\n6e pays le plus "
        "avancé.",
        ("type", "metric", "value", "out_of"),
        [("ranking", "un_egov_rank", 88.0, 193), ("ranking", "regional_egov_rank", 6.0, 10)],
    ),
]

CASES += [
    # a place among a whole told with it, then another place of the same list: both among the
    # provinces, each with its own year; the change told after the second is the second's
    (
        "Hanoï, 3 mars 2022 (VNA) - Si en 2020, la province n'était que la 31e des 63 villes et "
        "provinces en matière de transformation numérique, elle était la 22e en 2021, soit une "
        "progression de neuf rangs.",
        ("type", "metric", "value", "out_of", "date", "change"),
        [
            ("ranking", "other", 31.0, 63, "2020", None),
            ("ranking", "other", 22.0, 63, "2021", 9.0),
        ],
    ),
]

CASES += [
    # a part of a whole and its share (`329/492 hôpitaux, soit 66,9 %`), in a list whose topic
    # the sentence before tells
    (
        "Hanoï, 3 octobre 2025 (VNA) - 881 hôpitaux ont déployé les dossiers médicaux "
        "électroniques. Parmi eux, 27/45 hôpitaux relèvent du ministère de la Santé, soit "
        "60,0 % ; 329/492 hôpitaux provinciaux, soit 66,9 %.",
        ("type", "metric", "value", "out_of"),
        [
            ("count", "other", 27.0, 45),
            ("percentage", "other", 60.0, None),
            ("count", "other", 329.0, 492),
            ("percentage", "other", 66.9, None),
        ],
    ),
    # chip identity cards and Projet 06 are e-government's (the e-ID builds on them)
    (
        "Hanoï, 16 août 2020 (VNA) - À ce jour, environ 16 millions de cartes CCCD ont été "
        "délivrées.",
        ("type", "metric", "value", "qualifier"),
        [("count", "other", 16e6, "approx")],
    ),
    (
        "Hanoï, 3 mars 2022 (VNA) - Après un mois de mise en œuvre du Projet 06, 38 ministères, "
        "organes et localités ont mis en place des groupes de travail.",
        ("type", "metric", "value"),
        [("count", "other", 38.0)],
    ),
    # a few bodies that built a system are a figure, the first of a pair counted too
    (
        "Hanoï, 5 juillet 2024 (VNA) - Au 30 juin 2024, 8 communes et 12 quartiers ont créé une "
        "base de données foncière numérique.",
        ("type", "metric", "value"),
        [("count", "other", 8.0), ("count", "other", 12.0)],
    ),
    (
        "Hanoï, 5 janvier 2024 (VNA) - En 2023, cinq provinces ont construit leur propre "
        "plateforme de services publics en ligne.",
        ("type", "metric", "value"),
        [("count", "other", 5.0)],
    ),
    (
        "Hanoï, 5 janvier 2023 (VNA) - Trois ministères ont développé leur système de gestion "
        "des dossiers électroniques en 2022.",
        ("type", "metric", "value"),
        [("count", "other", 3.0)],
    ),
    # a word cut at the end of the window read for the future is no future (`valeur` is no
    # `va`)
    (
        "Hanoï, 5 janvier 2024 (VNA) - En 2023, le Portail a traité 12 millions de transactions "
        "de paiement en ligne pour une valeur de 8.300 milliards de dongs.",
        ("type", "metric", "value", "status"),
        [
            ("count", "payment_transactions", 12e6, "actual"),
            ("money", "payment_amount", 8.3e12, "actual"),
        ],
    ),
    # ... but the whole they are among is counted (`parmi les six bases de données`)
    (
        "Hanoï, 25 février 2021 (VNA) - La base de données sur la population est la plus "
        "importante parmi les six bases de données nationales de l'administration en ligne.",
        ("type", "value"),
        [("count", 6.0)],
    ),
    # people counted by their own registration on an e-government system are its accounts
    (
        "Hanoï, 24 novembre 2022 (VNA) - Au 20 novembre, plus de 1,5 million d'entreprises, de "
        "ménages et de commerçants s'étaient inscrits pour utiliser les factures électroniques.",
        ("type", "metric", "value", "qualifier"),
        [("count", "registered_accounts", 1.5e6, "at_least")],
    ),
    (
        "Hanoï, 24 novembre 2022 (VNA) - Fin octobre, 640.000 citoyens se sont inscrits sur le "
        "portail de la province.",
        ("type", "metric", "value"),
        [("count", "registered_accounts", 640000.0)],
    ),
    # a span counted since the launch up to a date is dated by its end (FACTS.md 6), and the
    # launch has no day there
    (
        "Hanoï, 12 mars 2025 (VNA) - Depuis son lancement jusqu'au 25 février 2025, le portail "
        "a reçu plus de 28,6 millions de visites.",
        ("type", "metric", "value", "date"),
        [("count", "portal_visits", 28.6e6, "2025-02-25")],
    ),
    (
        "Hanoï, 12 mars 2025 (VNA) - De sa mise en service à fin février 2025, la plateforme a "
        "acheminé plus de 28,6 millions de documents électroniques.",
        ("type", "metric", "value", "date"),
        [("count", "dossiers_processed", 28.6e6, "2025-02")],
    ),
    # (after `depuis`, a day told with `au` is the launch's, `jusqu'au` the end's)
    (
        "Hanoï, 12 mars 2020 (VNA) - Depuis son inauguration au 9 décembre 2019 jusqu'au 25 "
        "février 2020, le portail national a enregistré plus de 65.000 comptes.",
        ("type", "metric", "date"),
        [("event", "portal_launch", "2019-12-09"), ("count", "registered_accounts", "2020-02-25")],
    ),
    # `en` before a verb of the system's work counts what the count before counts; a
    # periodicity after the figure names nothing counted
    (
        "Hanoï, 12 mars 2025 (VNA) - La plateforme a acheminé plus de 28,6 millions de documents "
        "électroniques. Elle en achemine aujourd'hui quelque 35 000 par jour.",
        ("type", "metric", "value", "per"),
        [
            ("count", "dossiers_processed", 28.6e6, None),
            ("count", "dossiers_processed", 35000.0, "day"),
        ],
    ),
    # the rate of people an insurance covers is a share of its database
    (
        "Hanoï, 21 mars 2024 (VNA) - À la fin de 2023, le taux de couverture de l'assurance "
        "maladie a atteint 93,35 % de la population.",
        ("type", "metric", "value", "date"),
        [("percentage", "other", 93.35, "2023")],
    ),
    # a figure told N years before the one it is compared with is dated N years earlier, by
    # the date the sentence gives or, with none, by the date the figure before takes
    (
        "Hanoï, 19 septembre 2024 (VNA) - Fin 2023, le portail comptait 12 millions de comptes, "
        "contre 5 millions deux ans plus tôt.",
        ("type", "metric", "value", "date"),
        [
            ("count", "registered_accounts", 12e6, "2023"),
            ("count", "registered_accounts", 5e6, "2021"),
        ],
    ),
    (
        "Hanoï, 19 septembre 2024 (VNA) - Le Vietnam se classe à la 71e place dans l'enquête "
        "2024 des Nations unies sur l'e-gouvernement. Son score EGDI est de 0,7709, contre "
        "0,6787 deux ans plus tôt.",
        ("type", "value", "date"),
        [("count", 0.7709, "2024"), ("count", 0.6787, "2022")],
    ),
    # a goal's year after a figure (`loin de l'objectif de 30 % fixé pour 2020`) is the goal's
    # date, not the figure's; a country behind (`en retard`) tells no rate of work on time
    (
        "Hanoï, 10 octobre 2019 (VNA) - Le ministre a rappelé que le pays restait en retard : le "
        "taux de services publics en ligne ne dépassait pas encore 7,6 %, loin de l'objectif de "
        "30 % fixé pour 2020.",
        ("type", "value", "date", "status"),
        [("percentage", 7.6, "2019-10-10", "actual"), ("percentage", 30.0, "2020", "target")],
    ),
    # places called points are counted, an index's points are not a count of things
    (
        "Hanoï, 5 avril 2024 (VNA) - Les titulaires d'un visa électronique peuvent entrer au "
        "Vietnam par 42 points de passage.",
        ("type", "metric", "value"),
        [("count", "other", 42.0)],
    ),
    # the counted noun as the subject, its number told after `au nombre de`
    (
        "Hanoï, 3 octobre 2023 (VNA) - Au 30 septembre, les comptes d'identification "
        "électronique de niveau 2 activés étaient, eux, au nombre de 43,6 millions.",
        ("type", "metric", "value", "date"),
        [("count", "registered_accounts", 43.6e6, "2023-09-30")],
    ),
    # a year compared with (`six fois supérieur à celui de 2021`) dates nothing; a sentence
    # opened by the year it reports on starts a report even after a later as-of day
    (
        "Hanoï, 14 mars 2023 (VNA) - Au 28 février 2023, le portail comptait 8,2 millions de "
        "comptes.\n\nEn 2022, 9,5 millions de dossiers ont été traités en ligne via le portail. "
        "Les paiements en ligne ont totalisé 6.700 milliards de dongs, un montant six fois "
        "supérieur à celui de 2021.",
        ("type", "metric", "value", "date"),
        [
            ("count", "registered_accounts", 8.2e6, "2023-02-28"),
            ("count", "dossiers_processed", 9.5e6, "2022"),
            ("money", "payment_amount", 6.7e12, "2022"),
        ],
    ),
    # a pronoun subject is the portal the sentence before named: its visits
    (
        "Hanoï, 14 mars 2023 (VNA) - Au 28 février 2023, le portail national proposait 4.432 "
        "services publics en ligne. Il avait reçu plus de 300 millions de visites depuis son "
        "ouverture.",
        ("type", "metric", "value", "date"),
        [
            ("count", "online_public_services", 4432.0, "2023-02-28"),
            ("count", "portal_visits", 300e6, "2023-02-28"),
        ],
    ),
    # a count compared with the one its sentence is about is that count a year earlier
    (
        "Hanoï, 9 janvier 2025 (VNA) - Au 31 décembre 2024, 250 procédures administratives "
        "relevant de 13 ministères étaient connectées au Guichet unique national, contre 224 "
        "un an plus tôt.",
        ("type", "metric", "value", "date"),
        [
            ("count", "online_public_services", 250.0, "2024-12-31"),
            ("count", "connected_agencies", 13.0, "2024-12-31"),
            ("count", "online_public_services", 224.0, "2023-12-31"),
        ],
    ),
    # a value compared with the share before it is the same share, at the same period a year
    # earlier
    (
        "Hanoï, 14 avril 2023 (VNA) - Au premier trimestre 2023, la province a reçu 310 000 "
        "dossiers, dont 58 % déposés en ligne, contre 35 % à la même période de l'an dernier.",
        ("type", "metric", "value", "date"),
        [
            ("percentage", "other", 58.0, "2023-03"),
            ("percentage", "other", 35.0, "2022-03"),
        ],
    ),
    (
        "Hanoï, 14 avril 2023 (VNA) - Au premier trimestre 2023, la part des services publics "
        "en ligne a atteint 80 %, contre 62 % sur la même période de l'année précédente.",
        ("type", "metric", "value", "date"),
        [
            ("percentage", "online_services_share", 80.0, "2023-03"),
            ("percentage", "online_services_share", 62.0, "2022-03"),
        ],
    ),
    # a launch told ahead in the active voice, its day between the verb and the thing
    (
        "Hanoï, 18 mars 2024 (VNA) - Le ministère mettra en service le 1er juillet une plateforme "
        "de données ouvertes.",
        F_EVENT,
        [("event", "system_launch", "2024-07-01", "planned")],
    ),
    (
        "Hanoï, 18 mars 2024 (VNA) - Le ministère mettra par ailleurs en service le mois "
        "prochain une nouvelle plateforme d'évaluation en ligne.",
        F_EVENT,
        [("event", "system_launch", "2024-04", "planned")],
    ),
    (
        "Hanoï, 10 octobre 2018 (VNA) - Le gouvernement prévoit de mettre en service en 2019 "
        "un portail national des services publics.",
        F_EVENT,
        [("event", "portal_launch", "2019", "planned")],
    ),
    # a system rolled out to the whole country on a day is launched then
    (
        "Hanoï, 24 novembre 2022 (VNA) - Le système de factures électroniques a été généralisé à "
        "l'ensemble du pays le 1er juillet 2022, après une phase pilote dans six provinces.",
        F_EVENT,
        [("event", "system_launch", "2022-07-01", "actual")],
    ),
    (
        "Hanoï, 24 mars 2023 (VNA) - L'application de paiement des amendes a été déployée à "
        "l'échelle nationale le 15 mars.",
        F_EVENT,
        [("event", "system_launch", "2023-03-15", "actual")],
    ),
    # the total a part is told out of, with `le` (`sur le total de`) as with `un`
    (
        "Hanoï, 14 mai 2025 (VNA) - Actuellement, la province fournit 1.310 services publics en "
        "ligne complets sur le total de 1.805 procédures administratives.",
        ("type", "metric", "value"),
        [("count", "online_public_services", 1310.0), ("count", "public_services_total", 1805.0)],
    ),
    # an index's score named after it, and the world's average after the index named
    (
        "Hanoï, 18 septembre 2024 (VNA) - Selon l'enquête de l'ONU, l'indice EGDI du Vietnam "
        "atteint 0,7709. La moyenne mondiale s'établit à 0,6382. Le pays obtient en outre 0,7833 "
        "pour l'indice des services en ligne (OSI).",
        ("type", "metric", "value"),
        [("count", "other", 0.7709), ("count", "other", 0.6382), ("count", "other", 0.7833)],
    ),
    # what a thing had at its launch is dated by the launch told before; a figure of today in
    # the same sentence is not
    (
        "Hanoï, 9 décembre 2024 (VNA) - Le portail national a été inauguré le 9 décembre 2019. "
        "Lors de son lancement, le portail ne proposait que 8 services publics en ligne.",
        ("type", "metric", "value", "date"),
        [
            ("event", "portal_launch", None, "2019-12-09"),
            ("count", "online_public_services", 8.0, "2019-12-09"),
        ],
    ),
    (
        "Hanoï, 9 décembre 2024 (VNA) - Le portail national a été inauguré le 9 décembre 2019. "
        "Il fournit aujourd'hui plus de 3.900 procédures administratives, contre seulement 8 au "
        "moment de son lancement.",
        ("type", "value", "date"),
        [("count", 3900.0, "2024-12-09"), ("count", 8.0, "2019-12-09")],
    ),
    # dossiers submitted to a vote are dossiers, no vote's tally
    (
        "Hanoï, 24 juin 2024 (VNA) - Depuis son lancement, le système e-Cabinet a servi à "
        "traiter plus de 1 900 dossiers soumis au vote des membres du gouvernement.",
        ("type", "metric", "value"),
        [("count", "dossiers_processed", 1900.0)],
    ),
    # e-health records created are records in digital form, no dossiers processed
    (
        "Hanoï, 5 octobre 2024 (VNA) - À la fin de septembre, la province avait créé 1,26 million "
        "de dossiers de santé électroniques pour ses habitants.",
        ("type", "metric", "value"),
        [("count", "digitized_records", 1.26e6)],
    ),
    # a smart city's operation centre is e-government's: what it counts is a figure
    (
        "Hanoï, 5 novembre 2021 (VNA) - Le système de caméras relié au centre IOC de la "
        "province compte désormais 1.320 caméras.",
        ("type", "metric", "value"),
        [("count", "other", 1320.0)],
    ),
    # benefits paid by bank transfer or into a bank account are e-government's
    (
        "Hanoï, 10 novembre 2022 (VNA) - Fin octobre dernier, 61.500 personnes touchaient leur "
        "pension par virement bancaire, soit 38,4 % des bénéficiaires de la province.",
        ("type", "value", "date"),
        [("percentage", 38.4, "2022-10")],
    ),
    (
        "Hanoï, 10 novembre 2022 (VNA) - La province vise qu'au moins 50 % des retraités "
        "reçoivent leur pension sur un compte bancaire d'ici fin 2023.",
        ("type", "value", "date", "status"),
        [("percentage", 50.0, "2023", "target")],
    ),
    # a plan endowed with a sum (`doté de`) costs it, planned, dated by the plan's adoption
    (
        "Hanoï, 10 mars 2026 (VNA) - Le Comité populaire provincial a approuvé un plan de "
        "transformation numérique pour 2026, doté de 312 milliards de dongs.",
        ("type", "metric", "value", "status"),
        [("money", "cost", 312e9, "planned")],
    ),
    (
        "Hanoï, 20 mars 2024 (VNA) - Le Comité populaire provincial a approuvé le 15 mars un plan "
        "de transformation numérique doté de 46 milliards de dongs.",
        ("type", "metric", "value", "date", "status"),
        [("money", "cost", 46e9, "2024-03-15", "planned")],
    ),
    # money to be spent by a horizon is planned, no objective
    (
        "Hanoï, 5 novembre 2021 (VNA) - La province prévoit d'investir 215 milliards de dongs "
        "d'ici 2025 pour étendre le réseau de caméras.",
        ("type", "metric", "value", "date", "status"),
        [("money", "cost", 215e9, "2025", "planned")],
    ),
    # money given to digitizing records is a cost of e-government
    (
        "Hanoï, 14 mai 2025 (VNA) - Selon ce plan, la ville consacrera 850 milliards de dongs "
        "pour numériser les registres d'état civil et les dossiers fonciers.",
        ("type", "metric", "value", "status"),
        [("money", "cost", 850e9, "planned")],
    ),
    # a share in a sentence opened as the parts of the count before is a share of it
    (
        "Hanoï, 20 juillet 2018 (VNA) - Au premier semestre, les centres ont reçu plus de 2,3 "
        "millions de dossiers. Parmi eux, 97,6 % ont été réglés dans les délais.",
        ("type", "metric", "value", "date"),
        [
            ("count", "dossiers_processed", 2.3e6, "2018-06"),
            ("percentage", "other", 97.6, "2018-06"),
        ],
    ),
    # the part of an index's ranked whole that passed a bar is a figure of the index
    (
        "Hanoï, 3 octobre 2025 (VNA) - Selon l'indice DTI 2024, Da Nang reste en tête. Au total, "
        "27 des 63 localités dépassent la barre des 0,6 point.",
        ("type", "metric", "value", "out_of"),
        [("count", "other", 27.0, 63)],
    ),
    # commercial banks are banks, not the economy at large: their deadline to connect counts
    (
        "Hanoï, 14 janvier 2026 (VNA) - Les banques commerciales devront achever la connexion "
        "de leurs systèmes à la base de données nationale sur la population au plus tard le 30 "
        "juin prochain.",
        F_EVENT,
        [("event", "deadline", "2026-06-30", "planned")],
    ),
    # the PAR-Index written with its hyphen; a place told later in an article on such an
    # index is a place in it
    (
        "Hanoï, 18 mai 2021 (VNA) - Selon le PAR-Index 2020, la province de Dong Nai gagne 12 "
        "places pour se hisser à la 9e place.",
        ("type", "metric", "value", "change"),
        [("ranking", "other", 9.0, 12)],
    ),
    (
        "Nhân Dân - Le Comité de pilotage a annoncé le 18 mai à Hanoï les résultats de l'indice "
        "de réforme administrative (PAR-Index) 2020.\n\nLa ville a reçu de nombreux éloges. La "
        "plus forte progression revient à Binh Phuoc, qui gagne 15 places pour se hisser à la "
        "11e place.",
        ("type", "metric", "value", "change"),
        [("ranking", "other", 11.0, 15)],
    ),
    # the whole a place is among, told after the ranking's name
    (
        "Hanoï, 12 avril 2024 (VNA) - La province s'est hissée à la 14e place du classement de "
        "l'indice de transformation numérique (DTI) 2023 des 63 provinces et villes.",
        ("type", "metric", "value", "out_of"),
        [("ranking", "other", 14.0, 63)],
    ),
    # a price for one entry or one transaction is a fee, whatever verb pays it
    (
        "Hanoï, 5 avril 2024 (VNA) - Le demandeur remplit un formulaire en ligne, puis règle des "
        "frais de 25 dollars pour une entrée unique.",
        ("type", "metric", "value", "unit"),
        [("money", "other", 25.0, "USD")],
    ),
    # a ranking pointed back to (`du classement`) is the one told before; the region's has
    # 11 countries, so a place past 11 after it is the world's
    (
        "Hanoï, 19 septembre 2024 (VNA) - Le Vietnam se classe à la 71e place dans l'enquête "
        "2024 de l'ONU sur l'e-gouvernement. Au sein de l'ASEAN, il se classe 5e. Le Vietnam "
        "s'est fixé pour objectif de figurer parmi les 50 premiers pays du classement à "
        "l'horizon 2030.",
        ("type", "metric", "value", "date", "status"),
        [
            ("ranking", "un_egov_rank", 71.0, "2024", "actual"),
            ("ranking", "regional_egov_rank", 5.0, "2024", "actual"),
            ("ranking", "un_egov_rank", 50.0, "2030", "target"),
        ],
    ),
    (
        "Hanoï, 19 juillet 2017 (VNA) - Selon l'ONU, le Vietnam se classe 4e en Asie du Sud-Est "
        "pour l'e-gouvernement. En 2014, il se situait à la 99e place.",
        ("type", "metric", "value"),
        [("ranking", "regional_egov_rank", 4.0), ("ranking", "un_egov_rank", 99.0)],
    ),
    # a place told by a verb of being or arriving, in a sentence naming the ranking
    (
        "Hanoï, 19 septembre 2024 (VNA) - Le Vietnam est 71e dans l'enquête 2024 des Nations "
        "unies sur l'e-gouvernement.",
        ("type", "metric", "value"),
        [("ranking", "un_egov_rank", 71.0)],
    ),
    (
        "Hanoï, 12 avril 2024 (VNA) - Dans l'indice de transformation numérique (DTI) 2023, la "
        "province de Quang Ninh arrive 3e parmi les 63 provinces et villes.",
        ("type", "metric", "value", "out_of"),
        [("ranking", "other", 3.0, 63)],
    ),
    # the e-participation index by its acronym is a sub-index
    (
        "Hanoï, 19 septembre 2024 (VNA) - Dans l'enquête 2024 de l'ONU sur l'e-gouvernement, le "
        "pays occupe la 22e place de l'indice EPART.",
        ("type", "metric", "value"),
        [("ranking", "other", 22.0)],
    ),
    # a place among a whole told bare, by its size (`la 5e place sur 11.`)
    (
        "Hanoï, 18 septembre 2024 (VNA) - Selon l'enquête de l'ONU sur l'e-gouvernement, le "
        "Vietnam est 71e sur 193 pays. Au sein de l'ASEAN, il occupe la 5e place sur 11.",
        ("type", "metric", "value", "out_of"),
        [("ranking", "un_egov_rank", 71.0, 193), ("ranking", "regional_egov_rank", 5.0, 11)],
    ),
    (
        "Hanoï, 18 septembre 2018 (VNA) - Dans l'enquête de l'ONU sur l'e-gouvernement, le pays "
        "se place en Asie du Sud-Est au 6e rang sur 11, derrière Singapour et la Malaisie.",
        ("type", "metric", "value", "out_of"),
        [("ranking", "regional_egov_rank", 6.0, 11)],
    ),
    # a share of dossiers is no share of services online, whatever else the sentence names
    # (`les services de la ville`: its departments)
    (
        "Hanoï, 8 janvier 2026 (VNA) - En 2025, les services de la ville ont reçu près de 4,9 "
        "millions de dossiers, dont plus de 80 % ont été déposés en ligne.",
        ("type", "metric", "value"),
        [("count", "dossiers_processed", 4.9e6), ("percentage", "other", 80.0)],
    ),
    (
        "Hanoï, 8 janvier 2026 (VNA) - Pour 2026, la ville vise à porter à 90 % la part des "
        "dossiers déposés en ligne et à simplifier ses procédures.",
        ("type", "metric", "value", "status"),
        [("percentage", "other", 90.0, "target")],
    ),
    # things told connected to a system or a body, in the passive
    (
        "Hanoï, 5 septembre 2024 (VNA) - Quelque 13.000 établissements de santé sont connectés "
        "avec l'assurance sociale, ce qui facilite le remboursement des soins.",
        ("type", "metric", "value", "qualifier"),
        [("count", "other", 13000.0, "approx")],
    ),
    (
        "Hanoï, 5 septembre 2024 (VNA) - À ce jour, 2.500 pharmacies ont été reliées au système "
        "d'ordonnances du ministère.",
        ("type", "metric", "value"),
        [("count", "other", 2500.0)],
    ),
    # bodies a system involves are connected to it
    (
        "Hanoï, 14 mars 2019 (VNA) - En janvier 2019, le système a été mis en service à titre "
        "expérimental, impliquant 95 organes, dont 31 ministères, et les 63 villes et provinces.",
        ("type", "metric", "value", "date"),
        [
            ("count", "connected_agencies", 95.0, "2019-01"),
            ("count", "connected_agencies", 31.0, "2019-01"),
            ("count", "connected_localities", 63.0, "2019-01"),
        ],
    ),
    # bodies counted by what they put in place or accept online
    (
        "Hanoï, 3 juin 2019 (VNA) - À ce jour, 31 villes et provinces ont mis en œuvre les "
        "dossiers médicaux électroniques.",
        ("type", "metric", "value"),
        [("count", "other", 31.0)],
    ),
    # a city's operations centre inaugurated is a local system
    (
        "Tam Ky, 29 novembre 2025 (VNA) - La ville de Tam Ky a officiellement inauguré le 27 "
        "novembre son centre d'opérations intelligent.",
        F_EVENT,
        [("event", "other", "2025-11-27", "actual")],
    ),
    # people counted by the accounts they opened
    (
        "Hanoï, 3 août 2024 (VNA) - Plus de 589 000 personnes ont enregistré un compte sur "
        "l'application de la ville.",
        ("type", "metric", "value", "qualifier"),
        [("count", "registered_accounts", 589000.0, "at_least")],
    ),
    # establishments given accounts on a national system
    (
        "Hanoï, 3 février 2025 (VNA) - Fin 2024, plus de 45 000 établissements de santé privés "
        "ont obtenu des comptes sur le système national de prescription.",
        ("type", "metric", "value", "qualifier"),
        [("count", "registered_accounts", 45000.0, "at_least")],
    ),
    # a price per document is a fee (`other`), a project's cost is a cost
    (
        "Hanoï, 3 mars 2019 (VNA) - Le visa électronique est délivré au coût de 25 US, et le "
        "certificat coûte 10 dollars.",
        ("type", "metric", "value", "unit"),
        [("money", "other", 25.0, "USD"), ("money", "other", 10.0, "USD")],
    ),
    (
        "Hanoï, 3 mars 2019 (VNA) - Le projet de visa électronique a coûté 25 millions de dollars.",
        ("type", "metric", "value", "unit"),
        [("money", "cost", 25e6, "USD")],
    ),
    # a document the article tells of taking effect on a day, whatever its subject
    (
        "Hanoï, 10 janvier 2017 (VNA) - La présente décision entre en vigueur à compter du 20 "
        "janvier 2017.",
        F_EVENT,
        [("event", "other", "2017-01-20", "planned")],
    ),
    (
        "Hanoï, 6 décembre 2025 (VNA) - La loi sur le casier judiciaire, adoptée hier, entrera "
        "en vigueur le 1er juillet 2026.",
        F_EVENT,
        [("event", "other", "2026-07-01", "planned")],
    ),
    # a law or a decree the National Assembly or the government adopted on a day, whatever
    # it is on
    (
        "Hanoï, 6 décembre 2025 (VNA) - Le 5 décembre après-midi, l'Assemblée nationale a "
        "adopté le projet de loi sur les archives judiciaires.",
        F_EVENT,
        [("event", "other", "2025-12-05", "actual")],
    ),
    (
        "Hanoï, 22 mars 2025 (VNA) - Le 20 mars, le gouvernement a promulgué le décret n° 70 "
        "sur les factures et documents comptables.",
        F_EVENT,
        [("event", "other", "2025-03-20", "actual")],
    ),
    # a service deployed from a year, or put in the place of paper, with no figure of its own
    (
        "Hanoï, 3 mars 2017 (VNA) - À partir du début de 2019, les reçus électroniques seront "
        "utilisés à la place des reçus papier.",
        F_EVENT,
        [("event", "other", "2019", "planned")],
    ),
    (
        "Hanoï, 3 mars 2017 (VNA) - À partir de 2019, la signature numérique sera déployée dans "
        "toutes les administrations.",
        F_EVENT,
        [("event", "other", "2019", "planned")],
    ),
    # a project led since a day at a public service centre
    (
        "Hanoï, 3 septembre 2024 (VNA) - Depuis le 10 octobre 2023, l'arrondissement met en "
        "œuvre un projet pilote : le centre de services de l'administration publique du quartier "
        "reçoit les dossiers des procédures administratives.",
        F_EVENT,
        [("event", "other", "2023-10-10", "actual")],
    ),
    # a service one can use online since a day
    (
        "Hanoï, 3 décembre 2022 (VNA) - Depuis le 14 novembre 2022, il est possible de changer "
        "son permis de conduire en ligne.",
        F_EVENT,
        [("event", "other", "2022-11-14", "actual")],
    ),
]

CASES += [
    # a plan's aim told with its horizon and no figure dates the goal told next
    (
        "Hanoï, 12 novembre 2018 (VNA) - Le plan vise, d'ici 2019, le traitement en ligne du "
        "plus grand nombre de procédures. Au moins 80 % des procédures concernées devront ainsi "
        "être couvertes.",
        ("type", "value", "date", "status"),
        [("percentage", 80.0, "2019", "target")],
    ),
]

CASES += [
    # a heading that names its goals' horizon dates the goals under it, whatever their tense,
    # up to the next heading
    (
        "Hanoï, 3 juin 2025 (VNA) - La province accélère sa transformation numérique.\n\n"
        "Objectifs spécifiques d'ici 2025\n\n100 % des démarches des entreprises sont "
        "effectuées en ligne.\n\nAu moins 80 % des démarches seront entièrement effectuées en "
        "ligne.\n\nBilan de l'année\n\nLe portail a reçu 3 millions de visites.",
        ("type", "value", "date", "status"),
        [
            ("percentage", 100.0, "2025", "target"),
            ("percentage", 80.0, "2025", "target"),
            ("count", 3e6, "2025-06-03", "actual"),
        ],
    ),
]

CASES += [
    # places listed per year in the national ranking named before them
    (
        "Hanoï, 3 mars 2025 (VNA) - La ville est restée parmi les cinq premières du classement "
        "national de la transformation numérique, se classant 2e en 2021, 4e en 2022 et 3e en "
        "2023.",
        ("type", "metric", "value", "date"),
        [
            ("ranking", "other", 2.0, "2021"),
            ("ranking", "other", 4.0, "2022"),
            ("ranking", "other", 3.0, "2023"),
        ],
    ),
]

CASES += [
    # the UN survey named with a place wins over provinces named earlier in the sentence
    (
        "Hanoï, 3 juin 2020 (VNA) - D'ici 2025, 90 % des dossiers des ministères et des provinces "
        "seront traités en ligne, et le Vietnam devra se hisser dans le top 70 du classement de "
        "l'ONU sur l'e-gouvernement.",
        ("type", "metric", "value"),
        [("ranking", "un_egov_rank", 70.0)],
    ),
]

CASES += [
    # a first place told in words, in the index named; kept, it has change 0
    (
        "Hanoï, 3 avril 2025 (VNA) - La province arrive en tête du classement national SIPAS 2024.",
        ("type", "metric", "value", "date", "change"),
        [("ranking", "other", 1.0, "2024", None)],
    ),
    (
        "Hué, 3 juillet 2018 (VNA) - La province est la localité en tête du pays dans le "
        "développement de l'e-gouvernement au niveau provincial.",
        ("type", "metric", "value", "date", "change"),
        [("ranking", "other", 1.0, "2018-07-03", None)],
    ),
    (
        "Hanoï, 3 mai 2020 (VNA) - La Banque d'État et la province de Quang Ninh demeurent en "
        "tête du classement de l'indice PAR INDEX 2019.",
        ("type", "metric", "value", "date", "change"),
        [("ranking", "other", 1.0, "2019", 0)],
    ),
]

CASES += [
    # a top N of e-governance is the UN ranking's, aimed at: the plan's horizon dates it
    (
        "Hanoï, 3 juin 2020 (VNA) - D'ici 2030, 100 % des services publics seront fournis en "
        "ligne. Le Vietnam vise aussi le groupe des 50 principaux pays en termes "
        "d'e-gouvernance.",
        ("type", "metric", "value", "date", "status"),
        [("ranking", "un_egov_rank", 50.0, "2030", "target")],
    ),
]

CASES += [
    # a place out of 187 countries is no UN e-government place (193 members) nor a region's
    (
        "Hanoï, 3 mars 2020 (VNA) - Selon l'inventaire mondial des données ouvertes, le Vietnam "
        "est classé 86e/187 pays, à la fois dans la région et dans le monde.",
        ("type", "metric", "value", "out_of"),
        [("ranking", "other", 86.0, 187)],
    ),
    # a launch's participle right before its date dates what the sentence is about, even with
    # no system noun: national ...
    (
        "Hanoï, 3 mars 2023 (VNA) - La filière des contrats électroniques du Vietnam, lancée en "
        "2022, facilite l'authentification en ligne des contrats.",
        F_EVENT,
        [("event", "system_launch", "2022", "actual")],
    ),
    # ... or a province's
    (
        "Hanoï, 3 mars 2019 (VNA) - Mis en service depuis 2014, le modèle du centre provincial "
        "d'administration publique est apprécié des habitants.",
        F_EVENT,
        [("event", "other", "2014", "actual")],
    ),
    # a launch told with an adverb inside (`entré officiellement en service`), or nationwide
    (
        "Hanoï, 3 décembre 2014 (VNA) - Le système de dédouanement, entré officiellement en "
        "service depuis le 12 novembre 2014, relie les douanes.",
        F_EVENT,
        [("event", "system_launch", "2014-11-12", "actual")],
    ),
    (
        "Hanoï, 3 août 2019 (VNA) - Le dossier médical électronique sera mis en oeuvre à "
        "l'échelle nationale en juillet 2019.",
        F_EVENT,
        [("event", "system_launch", "2019-07", "planned")],
    ),
    # the national single window is an e-government system
    (
        "Hanoï, 3 décembre 2014 (VNA) - Le guichet unique national est officiellement employé "
        "depuis le 30 novembre 2014.",
        F_EVENT,
        [("event", "system_launch", "2014-11-30", "actual")],
    ),
    # a numbered document with its year (`l'arrêté N°61 en 2018`)
    (
        "Hanoï, 3 mars 2020 (VNA) - Le ministère a promulgué l'arrêté N°61 en 2018 sur le "
        "guichet unique des procédures administratives.",
        F_EVENT,
        [("event", "other", "2018", "actual")],
    ),
    # a province's system in service is no national system (`system_launch` is national)
    (
        "Hanoï, 18 septembre 2018 (VNA) - Le guichet unique du Centre provincial de promotion "
        "des investissements est opérationnel depuis le 19 juin 2017.",
        F_EVENT,
        [("event", "other", "2017-06-19", "actual")],
    ),
    # a province's portal opened is no national portal
    (
        "Hanoï, 3 mars 2021 (VNA) - En 2016, le portail de services publics de la province a "
        "été ouvert.",
        F_EVENT,
        [("event", "other", "2016", "actual")],
    ),
    # invoices issued electronically are dossiers processed (FACTS.md 7b)
    (
        "Hanoï, 3 mars 2025 (VNA) - En 2024, plus de 8 milliards de factures électroniques ont "
        "été émises.",
        ("type", "metric", "value"),
        [("count", "dossiers_processed", 8e9)],
    ),
    # a rate of digitisation of records is no share of services offered online
    (
        "Hanoï, 3 août 2025 (VNA) - Hanoï affiche un taux de numérisation des dossiers de "
        "procédures administratives traitées en ligne de 80,88 %.",
        ("type", "metric", "value"),
        [("percentage", "other", 80.88)],
    ),
    # the satisfaction of the administration's users is e-government's, and no share of services
    (
        "Hanoï, 3 mars 2025 (VNA) - Le taux de satisfaction des citoyens envers les services "
        "administratifs dépasse 95 %.",
        ("type", "metric", "value"),
        [("percentage", "other", 95.0)],
    ),
]

CASES += [
    # a part of a whole (`23/25`, `5/10`) is a measure whatever its size, in a sentence about
    # the administration
    (
        "Hanoï, 18 septembre 2018 (VNA) - La province compte 23/25 départements et 457/480 "
        "unités de niveau communal qui ont mis en œuvre le mécanisme de guichet unique.",
        ("type", "metric", "value", "out_of"),
        [("count", "other", 23.0, 25), ("count", "other", 457.0, 480)],
    ),
    (
        "Hanoï, 3 mars 2025 (VNA) - La province a connecté 5/10 bases de données nationales.",
        ("type", "metric", "value", "out_of"),
        [("count", "other", 5.0, 10)],
    ),
    # provinces told as administrative units that created their public service centres
    (
        "Hanoï, 3 mars 2020 (VNA) - 59 des 63 unités administratives du pays ont créé des "
        "centres d'administration publique.",
        ("type", "metric", "value", "out_of"),
        [("count", "service_centers", 59.0, 63)],
    ),
    # nouns that begin with `de` (`déclarations`, `demandes`) are no elided `de`
    (
        "Hanoï, 3 décembre 2014 (VNA) - Le système de dédouanement électronique a traité "
        "201.325 déclarations douanières et 12.500 demandes.",
        ("type", "metric", "value"),
        [("count", "dossiers_processed", 201325.0), ("count", "dossiers_processed", 12500.0)],
    ),
    # `en ligne` before a figure says how, it names nothing; `ce chiffre est de` counts what the
    # figure told before counts
    (
        "Hanoï, 3 mars 2017 (VNA) - Les ministères ont mis en ligne 1.551 services publics. Au "
        "niveau provincial, ce chiffre est de 45.374.",
        ("type", "metric", "value"),
        [("count", "online_public_services", 1551.0), ("count", "online_public_services", 45374.0)],
    ),
    # a count of things at work online, its label without the verb
    (
        "Hanoï, 3 mars 2025 (VNA) - Plus de 700 salles de réunion en ligne fonctionnent "
        "régulièrement.",
        ("type", "value", "label"),
        [("count", 700.0, "salles de réunion en ligne")],
    ),
]

CASES += [
    # a verb in the future in the figure's own clause makes it a plan
    (
        "Hanoï, 3 mars 2025 (VNA) - « Nous prévoyons que d'ici une dizaine d'années, 100 % des "
        "Vietnamiens disposeront de certificats de signature numérique », a-t-elle déclaré.",
        ("type", "value", "status"),
        [("percentage", 100.0, "planned")],
    ),
    # telecom coverage in the clause before, work online in the figure's own
    (
        "Hanoï, 3 mars 2025 (VNA) - La couverture mobile atteint 99,7 % des villages ; 100 % des "
        "agences de la province travaillent dans un environnement électronique.",
        ("type", "value"),
        [("percentage", 100.0)],
    ),
    # the economy in the clause before, e-government in the figure's own
    (
        "Hanoï, 3 mars 2020 (VNA) - L'économie numérique représentera 25 % du PIB d'ici 2025, "
        "et 100 % des agences de l'État fourniront des données ouvertes.",
        ("type", "value", "date", "label"),
        [("percentage", 100.0, "2025", "des agences de l'État")],
    ),
]

CASES += [
    # a year opening a sentence in the conditional tells a forecast, not a measure
    (
        "Hanoï, 3 mars 2021 (VNA) - En 2025, les services publics en ligne représenteraient "
        "80 % des procédures administratives.",
        ("type", "value", "date", "status"),
        [("percentage", 80.0, "2025", "planned")],
    ),
]

CASES += [
    # a service done online since a month starts then; a count since a month starts nothing
    (
        "Dà Nang, 3 mars 2020 (VNA) - Depuis septembre 2019, les habitants peuvent effectuer "
        "leurs démarches administratives en ligne.",
        F_EVENT,
        [("event", "other", "2019-09", "actual")],
    ),
    (
        "Hanoï, 3 octobre 2018 (VNA) - Au bureau du gouvernement, depuis le mois de mai, les "
        "dossiers sont traités en ligne.",
        F_EVENT,
        [("event", "other", "2018-05", "actual")],
    ),
]

CASES += [
    # a rule on public services taking effect on a day (`en vigueur du`, `entrera en vigueur le`)
    (
        "Hanoï, 20 mai 2024 (VNA) - La résolution sur la gratuité des procédures administratives "
        "effectuées en ligne, en vigueur du 1er juillet 2024 au 31 décembre 2025, a été adoptée.",
        F_EVENT,
        [("event", "other", "2024-07-01", "planned")],
    ),
    # a start told without its year is the one nearest the article, ahead of it ...
    (
        "Hanoï, 25 juin 2025 (VNA) - L'objectif est que le portail national des services "
        "publics devienne le point d'accès unique à compter du 27 juin.",
        F_EVENT,
        [("event", "other", "2025-06-27", "planned")],
    ),
    # ... or just past
    (
        "Hanoï, 3 juillet 2025 (VNA) - Les services publics en ligne fonctionnent sans "
        "interruption dès le 1er juillet.",
        F_EVENT,
        [("event", "other", "2025-07-01", "actual")],
    ),
]

CASES += [
    # the date told first, then, past a clause with commas, who adopted which document
    (
        "Hanoï, 3 février 2024 (VNA) - Le 27 novembre 2023, lors de sa 6e session, à Hanoï, "
        "l'Assemblée nationale a adopté la loi relative aux cartes d'identité.",
        F_EVENT,
        [("event", "other", "2023-11-27", "actual")],
    ),
    # a document with its date in parentheses, after who issued it
    (
        "Hanoï, 3 mars 2023 (VNA) - La province applique la résolution sur la transformation "
        "numérique du Comité provincial du Parti (du 5 février 2022).",
        F_EVENT,
        [("event", "other", "2022-02-05", "actual")],
    ),
    # a Vietnamese document code names a document without its noun
    (
        "Hanoï, 6 octobre 2025 (VNA) - Le texte n° 190/CD-TTg du 4 octobre 2025 demande de "
        "simplifier les procédures administratives.",
        F_EVENT,
        [("event", "other", "2025-10-04", "actual")],
    ),
    # a step of e-government taken since a year or a month, with nothing counted since
    (
        "Hanoï, 12 mai 2024 (VNA) - Depuis 2022, le tribunal provincial met en œuvre la "
        "notification électronique des jugements.",
        ("type", "metric", "date", "status"),
        [("event", "other", "2022", "actual")],
    ),
    (
        "Hanoï, 12 mai 2024 (VNA) - La signature numérique des contrats n'est déployée dans la "
        "province que depuis 2023.",
        ("type", "metric", "date", "status"),
        [("event", "other", "2023", "actual")],
    ),
    (
        "Hanoï, 12 mai 2024 (VNA) - L'hôpital a mis en place le paiement en ligne des frais de "
        "consultation depuis octobre 2022.",
        ("type", "metric", "date", "status"),
        [("event", "other", "2022-10", "actual")],
    ),
    # a share of bodies by what they have, told as a list of complements: the list says it is
    # the administration's digital infrastructure
    (
        "Hanoï, 5 août 2024 (VNA) - Désormais, 100 % des communes disposent d'un réseau local, "
        "d'une connexion Internet haut débit et d'une ligne spécialisée de transmission de "
        "données.",
        ("type", "metric", "value"),
        [("percentage", "other", 100.0)],
    ),
    # a bare part of a count told in the sentence before, by its state: `other`, its noun the
    # head's
    (
        "Hanoï, 5 août 2024 (VNA) - Au premier semestre, le centre a reçu 2 310 dossiers "
        "administratifs. Parmi ceux-ci, 2 290 ont été réglés dans les délais.",
        ("type", "metric", "value", "label"),
        [
            ("count", "dossiers_processed", 2310.0, "dossiers administratifs"),
            ("count", "other", 2290.0, "dossiers administratifs"),
        ],
    ),
    # a top N among provinces is a place in a national ranking
    (
        "Hanoï, 5 août 2023 (VNA) - La province vise à se classer parmi les 15 premières "
        "provinces en matière de transformation numérique d'ici 2025.",
        ("type", "metric", "value", "qualifier", "status", "date"),
        [("ranking", "other", 15.0, "at_most", "target", "2025")],
    ),
    # a year after the verb of adoption and its agent
    (
        "Hanoï, 5 mars 2022 (VNA) - Ces systèmes relèvent du programme de numérisation des "
        "services publics, approuvé par le Comité permanent de l'Assemblée nationale en 2019.",
        ("type", "metric", "date", "status"),
        [("event", "other", "2019", "actual")],
    ),
    # `prendre une décision`: a decision taken on the day told first
    (
        "Hanoï, 5 mars 2020 (VNA) - Le 3 février 2020, le Premier ministre a pris une décision "
        "sur la connexion des services publics en ligne des ministères.",
        ("type", "metric", "date", "status"),
        [("event", "other", "2020-02-03", "actual")],
    ),
    # a launch told as done with no date of its own is the article's news: dated by it
    (
        "Hanoï, 5 mars 2025 (VNA) - La base de données nationale sur les fonctionnaires a été "
        "officiellement mise en service.",
        ("type", "metric", "date", "date_source", "status"),
        [("event", "system_launch", "2025-03-05", "published", "actual")],
    ),
    (
        "Hanoï, 5 mars 2025 (VNA) - Les délégués ont assisté à la cérémonie de lancement de la "
        "plateforme nationale de partage des données.",
        ("type", "metric", "date", "date_source"),
        [("event", "system_launch", "2025-03-05", "published")],
    ),
    # `d'ici à` is `d'ici`; `accomplir` completes like `achever`
    (
        "Hanoï, 5 mars 2022 (VNA) - D'ici à 2026, toutes les communes devront achever la "
        "numérisation de leurs registres.",
        ("type", "metric", "date", "status"),
        [("event", "deadline", "2026", "planned")],
    ),
    (
        "Hanoï, 5 mars 2021 (VNA) - La province devrait accomplir la construction de "
        "l'administration numérique en 2027.",
        ("type", "metric", "date", "status"),
        [("event", "deadline", "2027", "planned")],
    ),
    # `compte personnel` is a personal account, not the staff; `importante` is no import
    (
        "Hanoï, 5 mars 2024 (VNA) - Le taux d'utilisateurs ayant créé un compte personnel sur le "
        "portail a doublé pour atteindre 6,4 %.",
        ("type", "metric", "value"),
        [("percentage", "other", 6.4)],
    ),
    (
        "Hanoï, 5 mars 2024 (VNA) - Une avancée importante : 100 % des communes ont publié leurs "
        "procédures sur le portail national.",
        ("type", "metric", "value"),
        [("percentage", "other", 100.0)],
    ),
    # businesses counted by their use of an e-government system are its users
    (
        "Hanoï, 5 mars 2024 (VNA) - Depuis son lancement, la plateforme de dédouanement a servi "
        "8 200 entreprises.",
        ("type", "metric", "value"),
        [("count", "registered_accounts", 8200.0)],
    ),
    (
        "Hanoï, 5 mars 2024 (VNA) - Près de 12 000 entreprises utilisent désormais le système de "
        "factures électroniques.",
        ("type", "metric", "value", "qualifier"),
        [("count", "registered_accounts", 12000.0, "approx")],
    ),
    # stems are word starts: `identité` is no FDI (`IDE`), `important` no import
    (
        "Hanoï, 5 mars 2024 (VNA) - Le projet de base de données sur l'identité électronique a "
        "coûté 50 milliards de dongs.",
        ("type", "metric", "value", "unit"),
        [("money", "cost", 50e9, "VND")],
    ),
    (
        "Hanoï, 5 mars 2024 (VNA) - Ce projet important de plateforme numérique a coûté 30 "
        "milliards de dongs.",
        ("type", "metric", "value", "unit"),
        [("money", "cost", 30e9, "VND")],
    ),
    # a step told in the passive, its subject before it, and its date cue (`dès la mi-mai`)
    (
        "Hanoï, 5 novembre 2025 (VNA) - Ce service de paiement en ligne via VNeID avait été mis "
        "en œuvre à titre expérimental dès la mi-mai 2025.",
        ("type", "metric", "date", "status", "label"),
        [
            (
                "event",
                "other",
                "2025-05",
                "actual",
                "étape: avait été mis en œuvre à titre expérimental",
            )
        ],
    ),
    # `mettre en route` launches
    (
        "Hanoï, 5 novembre 2013 (VNA) - Le projet de gouvernement électronique avait été mis en "
        "route en 2008.",
        ("type", "date", "status"),
        [("event", "2008", "actual")],
    ),
    # a step begun in a year, its object e-government's
    (
        "Hanoï, 5 novembre 2023 (VNA) - La province a commencé à déployer les services publics "
        "en ligne en 2015.",
        ("type", "metric", "date", "status"),
        [("event", "other", "2015", "actual")],
    ),
    # the start of the span an online service runs for
    (
        "Hanoï, 20 septembre 2024 (VNA) - Le programme pilote de délivrance des cartes via "
        "l'application VNeID se déroulera du 1er octobre 2024 au 30 juin 2025.",
        ("type", "metric", "date", "status"),
        [("event", "other", "2024-10-01", "planned")],
    ),
    # the first class of a ranking is its first place
    (
        "Hanoï, 5 mars 2019 (VNA) - Dà Nang a décroché pour la dixième année consécutive la "
        "première classe du classement ICT Index des provinces.",
        ("type", "metric", "value"),
        [("ranking", "other", 1.0)],
    ),
    # what a system's deployment is estimated at is its cost
    (
        "Hanoï, 5 mars 2019 (VNA) - Le déploiement du logiciel de gestion des dossiers d'un "
        "hôpital est estimé à 20 milliards de dongs.",
        ("type", "metric", "value", "unit"),
        [("money", "cost", 20e9, "VND")],
    ),
    # places kept, listed with their provinces after `leurs places`
    (
        "Hanoï, 5 septembre 2013 (VNA) - Da Nang, Hue et Bac Kan ont conservé leurs places "
        "(Hue, 41e, Bac Kan, 58e) dans le PAR INDEX 2013.",
        ("type", "metric", "value", "change"),
        [("ranking", "other", 41.0, 0.0), ("ranking", "other", 58.0, 0.0)],
    ),
    # a share told after a part of a count (`dont 654 dans les délais, soit 97,47 %`, `soit un
    # taux de 100 %`) is the part's share, `other`
    (
        "Hanoï, 5 août 2025 (VNA) - Au total, 671 dossiers ont été traités, dont 654 dans les "
        "délais, soit 97,47 %.",
        ("type", "metric", "value", "label"),
        [("percentage", "other", 97.47, "part dossiers")],
    ),
    (
        "Hanoï, 5 août 2025 (VNA) - En juillet, le centre a reçu 1 210 dossiers. Parmi ceux-ci, "
        "1 210 ont été traités dans les délais, soit un taux de 100 %.",
        ("type", "metric", "value"),
        [("percentage", "other", 100.0)],
    ),
    # the administration's work done on time, as a share
    (
        "Hanoï, 5 septembre 2024 (VNA) - Au cours des huit premiers mois, 98,5 % des tâches "
        "administratives de la province ont été accomplies dans les délais.",
        ("type", "metric", "value"),
        [("percentage", "other", 98.5)],
    ),
    # `ces taux`: the shares told just before, in the plural
    (
        "Hanoï, 1er septembre 2024 (VNA) - En 2024, la part des dossiers entièrement en ligne "
        "devra atteindre 60 % pour les ministères. En 2025, ces taux devront atteindre 80 % pour "
        "les ministères et 50 % pour les provinces.",
        ("type", "value", "date", "status"),
        [("percentage", 80.0, "2025", "target"), ("percentage", 50.0, "2025", "target")],
    ),
    # what is planned by a date in the future, with no figure: a deadline
    (
        "Hanoï, 5 octobre 2010 (VNA) - D'ici 2015, le pays perfectionnera ses infrastructures "
        "techniques au service de l'e-gouvernement.",
        ("type", "metric", "date", "status"),
        [("event", "deadline", "2015", "planned")],
    ),
    # paperless (`dématérialisé`) is e-government's word
    (
        "Hanoï, 5 mars 2024 (VNA) - L'hôpital provincial a mis en place le paiement dématérialisé "
        "des frais de consultation depuis avril 2022.",
        ("type", "metric", "date", "status"),
        [("event", "other", "2022-04", "actual")],
    ),
    # a timeline's lines: each day with what it tells
    (
        "Calendrier de la facture électronique\n\n- 1er novembre 2020 : les entreprises peuvent "
        "émettre des factures électroniques.\n- 1er juillet 2022 : la facture électronique devient "
        "obligatoire pour toutes les entreprises.",
        ("type", "metric", "date"),
        [("event", "other", "2020-11-01"), ("event", "other", "2022-07-01")],
    ),
    # `l'application des technologies de l'information` in the administration is e-government
    (
        "Hanoï, 5 mars 2018 (VNA) - Depuis mars 2017, la Sécurité sociale expérimente "
        "l'application des technologies de l'information pour le versement des allocations.",
        ("type", "metric", "date", "status"),
        [("event", "other", "2017-03", "actual")],
    ),
    # a date told first, then a document approved in the passive, its subject before the verb
    (
        "Hanoï, 5 mars 2025 (VNA) - En août 2024, ce projet de notification électronique a été "
        "approuvé par la Cour suprême populaire.",
        ("type", "metric", "date", "status"),
        [("event", "other", "2024-08", "actual")],
    ),
    # another country's place opening the sentence (`La Côte d'Ivoire est classée`), and
    # Vietnam's set against it in the same ranking
    (
        "Hanoï, 5 mars 2019 (VNA) - La Côte d’Ivoire est classée au 172e rang sur 193 pays selon "
        "le classement 2018 de l’ONU sur l'e-gouvernement, tandis que le Vietnam est classé au "
        "88e rang.",
        ("type", "metric", "value", "out_of"),
        [("ranking", "other", 172.0, 193), ("ranking", "un_egov_rank", 88.0, 193)],
    ),
    # `acte` (a civil-status record) also starts `acteurs`: no records digitized
    (
        "Hanoï, 5 juin 2025 (VNA) - La plateforme numérisée réunit 1 500 acteurs du secteur.",
        ("type", "metric"),
        [("count", "other")],
    ),
    # a loan (`un prêt de`) to a digital project is its cost
    (
        "Hanoï, 5 juin 2025 (VNA) - La BAD a accordé un prêt de 50 millions de dollars au projet "
        "de plateforme numérique.",
        ("type", "metric", "value", "unit"),
        [("money", "cost", 50e6, "USD")],
    ),
    # a place told after a progression is as of its end (`de la 126e place en 2006 à la 90e
    # en 2010, ainsi qu'en 6e position`)
    (
        "Hanoï, 14 juillet 2011 (VNA) - Selon le rapport de l'ONU, le Vietnam est passé de la "
        "105e place mondiale en 2008 à la 90e en 2010, ainsi qu'en 6e position au sein de "
        "l'ASEAN.",
        ("type", "metric", "value", "date"),
        [
            ("ranking", "un_egov_rank", 90.0, "2010"),
            ("ranking", "regional_egov_rank", 6.0, "2010"),
        ],
    ),
    # `comme en 2017`: a year compared with, not the place's
    (
        "Hanoï, 5 mai 2018 (VNA) - Selon le Vietnam ICT Index 2018, Hô Chi Minh-Ville est en "
        "deuxième position des provinces, comme en 2017.",
        ("type", "value", "date"),
        [("ranking", 2.0, "2018")],
    ),
    # the administration's websites are e-government's
    (
        "Hanoï, 14 juillet 2011 (VNA) - Près de 70 % des ministères et administrations possèdent "
        "leur propre site web.",
        ("type", "metric", "value", "qualifier"),
        [("percentage", "other", 70.0, "approx")],
    ),
    # launching into e-government (a domain) is a step, no system launched
    (
        "Hanoï, 5 mai 2019 (VNA) - Le Vietnam s'est lancé dans la mise en place de "
        "l'e-gouvernance en 2000.",
        ("type", "metric", "date"),
        [("event", "other", "2000")],
    ),
    # a document published with what it does (`un document promouvant ...`) is a policy
    # instrument, its date told first
    (
        "Hanoï, 20 mai 2025 (VNA) - Mi-mars 2025, le ministère de la Santé a publié un document "
        "promouvant la transformation numérique des hôpitaux.",
        ("type", "metric", "date", "status"),
        [("event", "other", "2025-03", "actual")],
    ),
    # the issuer, or a comma, between a document's number and its day
    (
        "Hanoï, 9 mars 2019 (VNA) - Selon la circulaire n° 46/2018/TT-BYT datée le 28 décembre "
        "2018, les hôpitaux déploieront les dossiers médicaux électroniques.",
        ("type", "metric", "date", "status"),
        [("event", "other", "2018-12-28", "actual")],
    ),
    (
        "Hanoï, 3 février 2023 (VNA) - Conformément à la décision n° 77 du Premier ministre du "
        "9 janvier 2023 sur les services publics en ligne, la province a agi.",
        ("type", "metric", "date", "status"),
        [("event", "other", "2023-01-09", "actual")],
    ),
    (
        "Hanoï, 3 octobre 2024 (VNA) - La décision 512/QD-BTTTT, du 20 septembre 2024, fixe les "
        "critères de la transformation numérique des communes.",
        ("type", "metric", "date", "status"),
        [("event", "other", "2024-09-20", "actual")],
    ),
    (
        "Hanoï, 9 mai 2024 (VNA) - Les districts appliquent la dépêche n° 33/CD-UBND du Comité "
        "populaire provincial, datée du 2 avril 2024, sur les dossiers en ligne.",
        ("type", "metric", "date", "status"),
        [("event", "other", "2024-04-02", "actual")],
    ),
    # a document named with its day, and the day it takes effect
    (
        "Hanoï, 20 avril 2020 (VNA) - Selon le décret du 15 avril, qui prendra effet le 22 mai "
        "2020, les démarches administratives en ligne ont la même valeur que sur papier.",
        ("type", "metric", "date", "status", "label"),
        [
            ("event", "other", "2020-04-15", "actual", "adoption: décret"),
            ("event", "other", "2020-05-22", "planned", "entrée en vigueur"),
        ],
    ),
    # a passive whose subject, the project, is told long before its date
    (
        "Hanoï, 25 février 2021 (VNA) - Le projet sur la production, la délivrance et la gestion "
        "des cartes d'identité nationales a été approuvé par le gouvernement, en septembre "
        "dernier.",
        F_EVENT,
        [("event", "other", "2020-09", "actual")],
    ),
    # a document just signed, with no day of its own: adopted on the article's day
    (
        "Hanoï, 3 janvier 2026 (VNA) - Le Premier ministre vient de signer la décision "
        "n° 12/QĐ-TTg approuvant le programme d'enregistrement des naissances en ligne.",
        ("type", "metric", "date", "date_source"),
        [("event", "other", "2026-01-03", "published")],
    ),
]

CASES += [
    # the launch of a public service with no system named (`a lancé ... l'accueil des démarches`)
    (
        "Hanoï, 20 août 2022 (VNA) - La ville a lancé le 15 août l'accueil des démarches "
        "administratives dans les bureaux de poste.",
        F_EVENT,
        [("event", "other", "2022-08-15", "actual")],
    ),
    # centres that enter into service (plural participle)
    (
        "Hanoï, 3 août 2025 (VNA) - En juillet 2025, 40 centres de services de l'administration "
        "publique des communes sont entrés en service.",
        F_EVENT,
        [("event", "other", "2025-07", "actual")],
    ),
]

CASES += [
    # the verb right before its date (`a déployé le 30 août le projet ... des procédures`)
    (
        "Dà Nang, 5 septembre 2019 (VNA) - La ville, en partenariat avec la poste, a déployé le "
        "30 août le projet pilote de transfert des procédures administratives.",
        F_EVENT,
        [("event", "other", "2019-08-30", "actual")],
    ),
    # a start told with its hour (`Dès 18h00 le 27 juin 2025`)
    (
        "Hanoï, 28 juin 2025 (VNA) - Dès 18h00 le 27 juin 2025, les provinces ont été connectées "
        "au portail national des services publics.",
        F_EVENT,
        [("event", "other", "2025-06-27", "actual")],
    ),
    # a date opening a sentence whose verb launches, extends or deploys an e-government project
    (
        "Hanoï, 10 juillet 2025 (VNA) - Le 1er avril 2025, l'hôpital a lancé un projet pilote "
        "de dossiers médicaux électroniques. En juin 2025, ce projet de dossiers électroniques a "
        "été étendu à un deuxième établissement.",
        F_EVENT,
        [("event", "other", "2025-04-01", "actual"), ("event", "other", "2025-06", "actual")],
    ),
]

CASES += [
    # a public service centre's opening is an `other` event (no national system)
    (
        "Hoa Binh, 4 septembre 2019 (VNA) - Le centre de services de l'administration publique "
        "de la province a été officiellement inauguré le 2 septembre.",
        F_EVENT,
        [("event", "other", "2019-09-02", "actual")],
    ),
]

CASES += [
    # `Parmi eux figurent ...`: the parts of the count told just before count the same thing
    (
        "Hanoï, 5 septembre 2025 (VNA) - Au total, 41 établissements se sont connectés à "
        "l'application VNeID. Parmi eux figurent 35 banques ainsi que six portefeuilles "
        "électroniques.",
        ("metric", "value"),
        [("other", 41), ("other", 35), ("other", 6)],
    ),
]

CASES += [
    # the total a count brings the whole to counts the same thing, at the same date
    (
        "Hanoï, 14 octobre 2024 (VNA) - En septembre, le portail a enregistré 800 000 nouveaux "
        "comptes, portant le total à plus de 12 millions.",
        ("metric", "value", "qualifier", "date"),
        [
            ("registered_accounts", 800000, "exact", "2024-09"),
            ("registered_accounts", 12000000, "at_least", "2024-09"),
        ],
    ),
    (
        "Hanoï, 2 avril 2023 (VNA) - Au premier trimestre, 250 000 dossiers ont été déposés en "
        "ligne, ce qui porte le total à 3,1 millions depuis l'ouverture du portail.",
        ("metric", "value", "date"),
        [("dossiers_processed", 250000, "2023-03"), ("dossiers_processed", 3100000, "2023-03")],
    ),
    (
        "Hanoï, 2 avril 2023 (VNA) - La province a reçu 40 000 dossiers en ligne en mars, pour "
        "un total de 120 000.",
        ("metric", "value"),
        [("dossiers_processed", 40000), ("dossiers_processed", 120000)],
    ),
    # a system's entry into service told in the future
    (
        "Hanoï, 12 mai 2024 (VNA) - La nouvelle plateforme de paiement des frais entrera en "
        "service le 1er juillet prochain.",
        F_EVENT,
        [("event", "system_launch", "2024-07-01", "planned")],
    ),
    (
        "Hanoï, 12 mai 2024 (VNA) - Le centre de données régional est entré en exploitation le "
        "15 avril.",
        F_EVENT,
        [("event", "system_launch", "2024-04-15", "actual")],
    ),
]

CASES += [
    # a place told with the day its survey came out is the edition's, dated by its year
    (
        "Hanoï, 18 septembre 2024 (VNA) - L'enquête des Nations unies sur l'e-gouvernement, "
        "publiée le 17 septembre, classe le Vietnam au 71e rang sur 193 pays.",
        ("metric", "value", "date"),
        [("un_egov_rank", 71, "2024")],
    ),
    (
        "Hanoï, 2 août 2022 (VNA) - Dans son rapport rendu public le 28 juillet 2022, l'ONU "
        "place le Vietnam à la 86e place sur 193 pays en matière d'e-gouvernement.",
        ("metric", "value", "date"),
        [("un_egov_rank", 86, "2022")],
    ),
    # a day the place is told as of stays a day
    (
        "Hanoï, 18 septembre 2024 (VNA) - Au 12 septembre 2024, le Vietnam est 71e sur 193 "
        "pays dans le classement de l'ONU sur l'e-gouvernement.",
        ("metric", "value", "date"),
        [("un_egov_rank", 71, "2024-09-12")],
    ),
]

CASES += [
    # a rate of dossiers processed on time after a sentence about the service is a figure;
    # never the share of services online
    (
        "Hanoï, 8 juillet 2025 (VNA) - Le portail provincial a reçu 80 000 dossiers en ligne "
        "en juin. Le taux de dossiers traités dans les délais a atteint 97,2 %.",
        ("metric", "value"),
        [("dossiers_processed", 80000), ("other", 97.2)],
    ),
    # a period opened by `au cours de` / `pendant` is the as-of date of the report it opens,
    # like `au premier semestre`
    (
        "Hanoï, 8 juillet 2025 (VNA) - Au cours des six premiers mois de 2025, le portail a "
        "reçu 1,2 million de dossiers. Le nombre de comptes a atteint 300 000.",
        ("metric", "value", "date"),
        [("dossiers_processed", 1200000, "2025-06"), ("registered_accounts", 300000, "2025-06")],
    ),
    (
        "Hanoï, 8 octobre 2024 (VNA) - Pendant les neuf premiers mois de 2024, le portail a "
        "reçu 2 millions de dossiers. Il a enregistré 400 000 paiements en ligne.",
        ("value", "date"),
        [(2000000, "2024-09"), (400000, "2024-09")],
    ),
]

CASES += [
    # the procedures a body has are the whole of them; the part online is online
    (
        "Hanoï, 8 juillet 2025 (VNA) - La province compte actuellement 1 865 procédures "
        "administratives, dont 1 420 sont fournies en ligne de bout en bout.",
        ("metric", "value"),
        [("public_services_total", 1865), ("online_public_services", 1420)],
    ),
    (
        "Hanoï, 8 juillet 2025 (VNA) - Le quartier gère 391 procédures administratives, dont "
        "126 au niveau communal.",
        ("metric", "value"),
        [("public_services_total", 391), ("public_services_total", 126)],
    ),
    # what a body has online stays online
    (
        "Hanoï, 8 juillet 2025 (VNA) - La ville dispose de 1 200 services publics en ligne.",
        ("metric", "value"),
        [("online_public_services", 1200)],
    ),
]

CASES += [
    # the results of procedures digitized are records, not services offered online
    (
        "Hanoï, 8 juillet 2025 (VNA) - En 2024, 85 % des résultats du traitement des procédures "
        "administratives ont été numérisés, et 92 % des procédures ont été fournies en ligne.",
        ("metric", "value"),
        [("other", 85), ("online_services_share", 92)],
    ),
]

CASES += [
    # social costs cut by a system are savings, whatever the word order; a budget cut is a cost
    (
        "Hanoï, 8 juillet 2022 (VNA) - Le système a permis de réduire 1 000 milliards de dongs "
        "par an de coûts sociaux.",
        ("metric", "value", "per"),
        [("annual_savings", 1e12, "year")],
    ),
    (
        "Hanoï, 8 juillet 2022 (VNA) - Le projet du système a réduit son budget à 900 milliards "
        "de dongs.",
        ("metric", "value"),
        [("cost", 9e11)],
    ),
]

CASES += [
    # an as-of day opening its sentence starts the report the next sentence goes on with, even
    # when a later day (the announcement's) was told before
    (
        "Hanoï, 21 novembre 2023 (VNA) - Le portail a reçu 150 millions de visites, a annoncé "
        "le 20 novembre 2023 le Bureau du gouvernement. Au 15 novembre, le portail comptait "
        "9,5 millions de comptes. Plus de 5,8 millions de dossiers ont été traités en ligne.",
        ("metric", "value", "date"),
        [
            ("portal_visits", 150000000, "2023-11-20"),
            ("registered_accounts", 9500000, "2023-11-15"),
            ("dossiers_processed", 5800000, "2023-11-15"),
        ],
    ),
]

CASES += [
    # in an article that names an index's edition, a share of a report told as of a year is
    # of that year, not of the index's edition
    (
        "Hanoï, 14 mars 2024 (VNA) - La ville avait été classée 5e dans l'indice DTI 2022. En "
        "2023, la ville a fourni 1.100 services publics en ligne. Le taux de dossiers en ligne "
        "a atteint 62 %, contre 40 % en 2022.",
        ("type", "value", "date"),
        [
            ("ranking", 5, "2022"),
            ("count", 1100, "2023"),
            ("percentage", 62, "2023"),
            ("percentage", 40, "2022"),
        ],
    ),
]

CASES += [
    # people named before their number, by what they have or use, are a figure
    (
        "Hanoï, 14 mars 2024 (VNA) - Selon le plan, le nombre de citoyens disposant d'une "
        "identité numérique atteindra 8 millions d'ici 2025.",
        ("metric", "value", "date", "status"),
        [("other", 8000000, "2025", "target")],
    ),
]

CASES += [
    # a launch participle whose subject is a pronoun launches what the sentence before named;
    # what it had at its launch is of that day; `en` counts what the count before counts
    (
        "Hanoï, 10 décembre 2024 (VNA) - Le portail national des services publics a fêté ses "
        "cinq ans. Ouvert le 9 décembre 2019 avec seulement 8 services publics, il en propose "
        "aujourd'hui plus de 4.400.",
        ("type", "metric", "value", "date"),
        [
            ("event", "portal_launch", None, "2019-12-09"),
            ("count", "online_public_services", 8, "2019-12-09"),
            ("count", "online_public_services", 4400, "2024-12-10"),
        ],
    ),
    (
        "Hanoï, 10 décembre 2024 (VNA) - La plateforme nationale de paiement a traité 2 "
        "millions de transactions. Mise en service le 1er mars 2021, elle a été intégrée au "
        "portail.",
        ("type", "metric", "date"),
        [("count", "payment_transactions", "2024-12-10"), ("event", "system_launch", "2021-03-01")],
    ),
    (
        "Hanoï, 10 janvier 2025 (VNA) - Le portail a reçu 43 millions de dossiers en ligne depuis "
        "son ouverture. En 2024, il en a reçu 12 millions.",
        ("metric", "value", "date"),
        [("dossiers_processed", 43000000, "2025-01-10"), ("dossiers_processed", 12000000, "2024")],
    ),
]

CASES += [
    # what a system launched in a participle clause is connected to, its subject a pronoun
    (
        "Hanoï, 10 décembre 2024 (VNA) - La plateforme nationale de paiement a traité 2 "
        "millions de transactions. Mise en service le 1er mars 2021 après deux ans d'essais, "
        "elle est aujourd'hui connectée à 41 banques.",
        ("type", "metric", "value"),
        [
            ("count", "payment_transactions", 2000000),
            ("event", "system_launch", None),
            ("count", "other", 41),
        ],
    ),
]

CASES += [
    # a day a change starts, after a sentence about e-government, is an event of its own
    (
        "Hanoï, 20 mai 2025 (VNA) - Les assurés peuvent présenter leur carte via l'application "
        "VNeID. À partir du 1er juin 2025, les caisses ne délivreront plus de cartes papier.",
        ("type", "metric", "date", "status"),
        [("event", "other", "2025-06-01", "planned")],
    ),
]

CASES += [
    # a long list of scores after the index named: each is the index's
    (
        "Hanoï, 5 mai 2024 (VNA) - Selon l'indice PAPI 2023 publié par le PNUD, la province a "
        "obtenu de bons résultats dans la plupart des domaines évalués à l'échelle du pays, "
        "notamment la participation des citoyens au niveau local (5,43 points), la transparence "
        "dans la prise de décision (6,52 points), la responsabilité envers les citoyens (5,09 "
        "points), le contrôle de la corruption dans le secteur public (7,36 points) et la "
        "gouvernance électronique (4,08 points).",
        ("type", "metric", "value"),
        [
            ("count", "other", 5.43),
            ("count", "other", 6.52),
            ("count", "other", 5.09),
            ("count", "other", 7.36),
            ("count", "other", 4.08),
        ],
    ),
]

CASES += [
    # what is connected to an information system is a figure of e-government
    (
        "Hanoï, 5 mai 2024 (VNA) - Plus de 13.000 établissements de santé sont connectés au "
        "système d'information de la sécurité sociale.",
        ("type", "metric", "value", "qualifier"),
        [("count", "other", 13000, "at_least")],
    ),
]

CASES += [
    # a progression from one place to another: the later place's change is the places gained
    # from the first (lost when it is worse); a period between dates the first and the last
    (
        "Hanoï, 5 octobre 2024 (VNA) - Dans le classement de l'ONU sur l'e-gouvernement, le "
        "Vietnam est passé de la 86e à la 71e place entre 2022 et 2024.",
        ("metric", "value", "date", "change"),
        [("un_egov_rank", 86, "2022", None), ("un_egov_rank", 71, "2024", 15)],
    ),
    (
        "Hanoï, 5 octobre 2014 (VNA) - Dans le classement de l'ONU sur l'e-gouvernement, le "
        "Vietnam est passé du 90e rang en 2010 au 99e en 2014.",
        ("metric", "value", "date", "change"),
        [("un_egov_rank", 90, "2010", None), ("un_egov_rank", 99, "2014", -9)],
    ),
]

CASES += [
    # a start told in the future of a verb wordfreq knows little (`piloteront`) is planned,
    # in an article dated by its month only
    (
        " date 2022-05\nPasseports en ligne\n\nÀ partir du 15 mai 2022, les services de "
        "l'immigration piloteront la délivrance de passeports sur le portail national des "
        "services publics.",
        F_EVENT,
        [("event", "other", "2022-05-15", "planned")],
    ),
]

CASES += [
    # a goal whose horizon is told from the article's date is a target too
    (
        "Hanoï, 5 mars 2024 (VNA) - D'ici la fin de l'année, 50 % des dossiers devront être "
        "traités en ligne.",
        F_STATUS,
        [("other", 50, "exact", "2024", "target")],
    ),
    (
        "Hanoï, 5 mars 2024 (VNA) - D'ici le 30 juin, 80 % des procédures devront être fournies "
        "en ligne.",
        F_STATUS,
        [("online_services_share", 80, "exact", "2024-06-30", "target")],
    ),
]

CASES += [
    # `d'ici` after a share is its horizon, no noun of what it is a share of
    (
        "Hanoï, 5 mars 2024 (VNA) - La province vise à porter le taux de services publics en "
        "ligne à 50 % d'ici la fin de l'année.",
        F_STATUS,
        [("online_services_share", 50, "exact", "2024", "target")],
    ),
]

CASES += [
    # a rate of growth has its periodicity; a share has none
    (
        "Hanoï, 5 mars 2024 (VNA) - Le nombre de comptes sur le portail augmentera de 20 % "
        "chaque année.",
        ("type", "value", "per"),
        [("percentage", 20, "year")],
    ),
    (
        "Hanoï, 5 mars 2024 (VNA) - Chaque année, 90 % des dossiers du portail sont traités "
        "dans les délais.",
        ("type", "value", "per"),
        [("percentage", 90, None)],
    ),
]

CASES += [
    # a place kept, told by a verb of keeping before it, has change 0 (FACTS.md 7b)
    (
        "Hanoï, 5 mars 2024 (VNA) - Le Vietnam se maintient toujours au 6e rang en Asie du "
        "Sud-Est dans le classement de l'ONU sur l'e-gouvernement.",
        ("metric", "value", "change"),
        [("regional_egov_rank", 6, 0)],
    ),
    (
        "Hanoï, 5 mars 2024 (VNA) - Quang Ninh continue d'occuper le premier rang de l'indice "
        "PAR INDEX.",
        ("type", "value", "change"),
        [("ranking", 1, 0)],
    ),
    (
        "Hanoï, 5 mars 2024 (VNA) - Hanoï reste à la 2e place du classement DTI.",
        ("type", "value", "change"),
        [("ranking", 2, 0)],
    ),
    # a place reached is no place kept
    (
        "Hanoï, 5 mars 2024 (VNA) - La province se classe 12e dans le classement DTI.",
        ("type", "value", "change"),
        [("ranking", 12, None)],
    ),
]

CASES += [
    # a first place told in words with a verb in the singular (`reste`, `figure`), kept or not
    (
        "Hanoï, 5 mars 2024 (VNA) - Quang Ninh reste en tête de l'indice PAR INDEX 2023.",
        ("type", "value", "date", "change"),
        [("ranking", 1, "2023", 0)],
    ),
    (
        "Hanoï, 5 mars 2023 (VNA) - Hai Phong figure en tête du classement SIPAS 2022.",
        ("type", "value", "date", "change"),
        [("ranking", 1, "2022", None)],
    ),
]

CASES += [
    # the items of a list take the date, or the goals' horizon, of the line that opens it
    (
        "Hanoï, 28 décembre 2024 (VNA) - Voici les principaux résultats obtenus par la ville en "
        "2024 :\n\n- 1.250 services publics en ligne ;\n- 6,5 millions de dossiers reçus, dont "
        "4,2 millions en ligne ;\n- 3,1 millions de comptes VNeID activés.",
        ("value", "date", "status"),
        [
            (1250, "2024", "actual"),
            (6500000, "2024", "actual"),
            (4200000, "2024", "actual"),
            (3100000, "2024", "actual"),
        ],
    ),
    (
        "Hanoï, 28 décembre 2024 (VNA) - Pour 2025, la ville vise les objectifs suivants :\n\n"
        "- 100 % des procédures en ligne ;\n- 80 % des dossiers traités en ligne.",
        ("value", "date", "status"),
        [(100, "2025", "target"), (80, "2025", "target")],
    ),
    # a line that opens a list with no date of its own leaves its items to the article's date
    (
        "Hanoï, 28 décembre 2024 (VNA) - Le portail compte désormais :\n\n- 1.250 services "
        "publics en ligne ;\n- 3,1 millions de comptes.",
        ("value", "date", "status"),
        [(1250, "2024-12-28", "actual"), (3100000, "2024-12-28", "actual")],
    ),
]

CASES += [
    # a launch whose subject is a demonstrative (`cet « axe »`) launches what was named before
    (
        "Hanoï, 15 octobre 2020 (VNA) - Le gouvernement a construit l'axe national d'échange de "
        "documents électroniques. En janvier 2019, cet « axe » a été mis en service à titre "
        "expérimental.",
        F_EVENT,
        [("event", "system_launch", "2019-01", "actual")],
    ),
]

CASES += [
    # a plan or a campaign launched is an `other` event, not a system put in service; a
    # project of a database is a system
    (
        "Hanoï, 10 janvier 2025 (VNA) - Lancé en janvier 2022, le Projet 06 a permis de "
        "numériser de nombreuses bases de données.",
        F_EVENT,
        [("event", "other", "2022-01", "actual")],
    ),
    (
        "Hanoï, 10 janvier 2017 (VNA) - En 2014, Hanoï a lancé un projet de ville intelligente "
        "doté d'une plateforme de données.",
        F_EVENT,
        [("event", "other", "2014", "actual")],
    ),
    (
        "Hanoï, 10 janvier 2021 (VNA) - Le 5 mars 2020, le ministère a officiellement lancé le "
        "projet de base de données nationale sur la population.",
        F_EVENT,
        [("event", "system_launch", "2020-03-05", "actual")],
    ),
]

CASES += [
    # the places a count was made in are no figure of their own; places that have what is
    # counted are
    (
        "Hué, 15 juillet 2025 (VNA) - La province a mis en place des centres de services "
        "administratifs publics dans 130 communes et quartiers.",
        ("metric", "value"),
        [("service_centers", 130)],
    ),
]

CASES += [
    # a price per unit after an amount is a fee, whatever verb pays it
    (
        "Hanoï, 3 octobre 2025 (VNA) - Le ministère a lancé la délivrance de fiches de casier "
        "judiciaire sur l'application VNeID. Les frais ont été ramenés à 100.000 dongs par "
        "demande.",
        ("type", "metric", "value", "unit"),
        [("money", "other", 100000, "VND")],
    ),
    (
        "Hanoï, 3 juillet 2018 (VNA) - Les candidats règlent sur le portail 25.000 dongs par "
        "dossier d'inscription.",
        ("type", "metric", "value"),
        [("money", "other", 25000)],
    ),
]

CASES += [
    # a public service begun on a system is an `other` event, not a national system's launch
    (
        "Hanoï, 3 octobre 2025 (VNA) - Depuis le lancement du service en janvier 2024 sur "
        "l'application VNeID, plus de 2,5 millions de demandes ont été déposées.",
        F_EVENT,
        [("event", "other", "2024-01", "actual")],
    ),
    (
        "Hanoï, 3 octobre 2025 (VNA) - Le service de délivrance en ligne de fiches de casier "
        "judiciaire a été lancé le 1er janvier 2024 sur VNeID.",
        F_EVENT,
        [("event", "other", "2024-01-01", "actual")],
    ),
    # a system of payment of services is a system
    (
        "Hanoï, 3 octobre 2020 (VNA) - Le 5 mars 2020, le ministère a lancé la plateforme "
        "nationale de paiement des services publics.",
        F_EVENT,
        [("event", "system_launch", "2020-03-05", "actual")],
    ),
]

CASES += [
    # a part of an e-government count told after a figure of the economy is a figure
    (
        "Hanoï, 15 février 2025 (VNA) - L'économie numérique représentait 18,3 % du PIB en "
        "2024, et le portail national a reçu 5 millions de dossiers, dont 2 millions en ligne.",
        ("metric", "value"),
        [("dossiers_processed", 5000000), ("dossiers_processed", 2000000)],
    ),
]

CASES += [
    # benefits paid into the beneficiaries' accounts are a figure of e-government
    (
        "Hanoï, 6 septembre 2025 (VNA) - La province compte 17 477 personnes recevant leurs "
        "pensions par l'intermédiaire de leurs comptes personnels, soit un taux de 57,8 %.",
        ("type", "value"),
        [("count", 17477), ("percentage", 57.8)],
    ),
]

CASES += [
    # people in the database pointed back to (`la base`) are its records
    (
        "Hanoï, 28 juin 2021 (VNA) - La base de données nationale sur la population est "
        "opérationnelle. Selon le ministre, la base contient déjà les informations de près de 98 "
        "millions de citoyens.",
        ("metric", "value", "qualifier"),
        [("digitized_records", 98000000, "approx")],
    ),
]

CASES += [
    # people who filed their applications online count the applications filed
    (
        "Hanoï, 28 février 2025 (VNA) - L'application VNeID compte 60 millions de comptes. Plus "
        "de 1,2 million de citoyens y ont déposé leur demande d'extrait de casier judiciaire.",
        ("metric", "value", "qualifier"),
        [("dossiers_processed", 1200000, "at_least")],
    ),
]

CASES += [
    # a participle of adoption goes back to its document however long its title
    (
        "Hanoï, 28 septembre 2022 (VNA) - Le pays poursuit la mise en œuvre de la Stratégie "
        "nationale de développement de l'e-gouvernement vers le gouvernement numérique pour la "
        "période 2021-2025, avec une vision à l'horizon 2030, approuvée par le Premier ministre "
        "le 15 juin 2021.",
        F_EVENT,
        [("event", "other", "2021-06-15", "actual")],
    ),
]

CASES += [
    # a progression's first figure keeps the date told after it; the figure it went to has its
    # own date, or the article's
    (
        "Hanoï, 10 juin 2024 (VNA) - Le nombre de comptes sur le portail est passé de 5 millions "
        "fin 2023 à 10 millions.",
        ("value", "date"),
        [(5000000, "2023"), (10000000, "2024-06-10")],
    ),
]

CASES += [
    # a launch told as news with no date of its own, after `des` (the article, not `dès`)
    (
        "Hanoï, 10 octobre 2024 (VNA) - Le portail national des services publics a été "
        "officiellement lancé aujourd'hui.",
        F_EVENT,
        [("event", "portal_launch", "2024-10-10", "actual")],
    ),
    # a portal at a province's address is a local portal
    (
        "Hanoï, 10 octobre 2024 (VNA) - Le portail des services publics en ligne, à l'adresse "
        "dichvucong.thuathienhue.gov.vn, a été mis en service le 2 octobre.",
        F_EVENT,
        [("event", "other", "2024-10-02", "actual")],
    ),
]

CASES += [
    # a launch told in the active voice as today's news is an event of the article's day
    (
        "Hanoï, 10 octobre 2024 (VNA) - Le ministère a mis en service ce matin la plateforme "
        "nationale d'identification.",
        F_EVENT,
        [("event", "system_launch", "2024-10-10", "actual")],
    ),
    (
        "Hanoï, 10 octobre 2024 (VNA) - Ce matin, le ministère de la Sécurité publique a "
        "inauguré le centre national de données.",
        F_EVENT,
        [("event", "system_launch", "2024-10-10", "actual")],
    ),
]

CASES += [
    # a time or a cost cut by a share, named before the share
    (
        "Hanoï, 12 novembre 2024 (VNA) - Le système a permis de réduire le temps de traitement "
        "des dossiers de 30 %.",
        ("type", "metric", "value", "label"),
        [("percentage", "other", 30, "réduction: le temps de traitement des dossiers")],
    ),
]

CASES += [
    # a plan's goals go on in a paragraph opened as more of the same; a past figure does not
    (
        "Hanoï, 19 août 2025 (VNA) - La Stratégie fixe pour horizon 2030 l'intégration de 100 % "
        "des bases de données nationales.\n\nParallèlement, au moins 90 % des procédures "
        "administratives éligibles devront être entièrement dématérialisées.\n\nPar ailleurs, "
        "le portail a reçu 3 millions de dossiers en juillet.",
        ("value", "date", "status"),
        [(100, "2030", "target"), (90, "2030", "target"), (3000000, "2025-07", "actual")],
    ),
]

CASES += [
    # a deadline named by its noun
    (
        "Hanoï, 12 mars 2025 (VNA) - Le délai de mise en œuvre est fixé au 31 décembre 2025.",
        F_EVENT,
        [("event", "deadline", "2025-12-31", "planned")],
    ),
    (
        "Hanoï, 12 mars 2025 (VNA) - La date limite de dépôt des dossiers en ligne est le 15 "
        "avril.",
        F_EVENT,
        [("event", "deadline", "2025-04-15", "planned")],
    ),
    (
        "Hanoï, 12 mars 2025 (VNA) - Le gouvernement a fixé l'échéance de fin 2025 pour "
        "l'intégration des services publics essentiels.",
        F_EVENT,
        [("event", "deadline", "2025", "planned")],
    ),
]

CASES += [
    # a place among a whole at home told with `leaders` after the noun; a denominator of units
    (
        "Hanoï, 12 mars 2024 (VNA) - La ville vise à figurer parmi les cinq localités leaders en "
        "matière d'administration numérique d'ici 2025.",
        ("type", "value", "qualifier", "date", "status"),
        [("ranking", 5, "at_most", "2025", "target")],
    ),
    (
        "Hanoï, 12 mars 2024 (VNA) - Dans l'indice SIPAS 2023, le Trésor de la province se "
        "classe 129e sur 703 unités évaluées.",
        ("type", "value", "out_of", "date"),
        [("ranking", 129, 703, "2023")],
    ),
]

CASES += [
    # a thing downloaded or consulted N times: N downloads, N consultations
    (
        "Hanoï, 12 mars 2024 (VNA) - L'application VNeID a été téléchargée plus de 40 millions "
        "de fois.",
        ("type", "metric", "value", "label"),
        [("count", "other", 40000000, "téléchargements")],
    ),
    (
        "Hanoï, 12 mars 2024 (VNA) - Le portail national des services publics a été consulté "
        "plus d'un milliard de fois depuis son lancement.",
        ("metric", "value", "qualifier"),
        [("portal_visits", 1000000000, "at_least")],
    ),
]

CASES += [
    # `ce chiffre` after a semicolon counts what the figure before it counts
    (
        "Hanoï, 12 mars 2024 (VNA) - Au niveau provincial, 1 200 procédures sont fournies en "
        "ligne ; au niveau communal, ce chiffre est de 450.",
        ("metric", "value"),
        [("online_public_services", 1200), ("online_public_services", 450)],
    ),
]

CASES += [
    # e-health booklets created are records in digital form
    (
        "Hanoï, 12 mars 2024 (VNA) - Plus de 9 millions de carnets de santé électroniques ont été "
        "créés pour les habitants de la province.",
        ("metric", "value"),
        [("digitized_records", 9000000)],
    ),
    # a launch told of `le guichet` on a page whose heading and lead say which one
    (
        "Guichet unique : les formalités d'import-export simplifiées\n\nHanoï, 12 mars 2024 "
        "(VNA) - Le Guichet unique national a encore élargi son champ d'action en 2023, selon "
        "les douanes.\n\nLes entreprises y déposent désormais leurs documents une seule fois. "
        "Mis en service en décembre 2015, le guichet couvre 250 formalités.",
        F_EVENT,
        [("event", "system_launch", "2015-12", "actual")],
    ),
    # the same period of the year before the figure's, or of a year told
    (
        "Hanoï, 12 mars 2024 (VNA) - Au cours des 6 premiers mois de 2023, le taux des dossiers "
        "en ligne a atteint 68,4 %, contre 57,2 % dans la même période de l'année dernière.",
        ("value", "date"),
        [(68.4, "2023-06"), (57.2, "2022-06")],
    ),
    (
        "Hanoï, 12 mars 2024 (VNA) - Au cours des neuf premiers mois de 2023, plus de 3,4 millions "
        "de dossiers ont été traités en ligne, contre 2,1 millions à la même période de 2022.",
        ("value", "date"),
        [(3400000, "2023-09"), (2100000, "2022-09")],
    ),
    # bodies a system linked, in the imperfect; bodies connected, with an adverb between
    (
        "Hanoï, 12 mars 2024 (VNA) - Fin juin dernier, le système reliait 13 ministères et "
        "secteurs.",
        ("metric", "value"),
        [("connected_agencies", 13)],
    ),
    (
        "Hanoï, 12 mars 2024 (VNA) - Plus de 12.300 établissements de santé sont par ailleurs "
        "connectés au système d'examen des remboursements de l'assurance maladie.",
        ("type", "value"),
        [("count", 12300)],
    ),
    # documents that went through a platform were processed on it, whatever was signed before
    (
        "Hanoï, 12 mars 2024 (VNA) - Les documents signés numériquement circulent désormais en "
        "quelques secondes entre les ministères. En 2023, plus de 5 millions de documents "
        "électroniques ont transité par la plateforme.",
        ("metric", "value"),
        [("dossiers_processed", 5000000)],
    ),
    # the country as the object of a goal among the first of the ranking told before
    (
        "Hanoï, 12 mars 2024 (VNA) - Le Vietnam se classe 71e sur 193 pays dans l'enquête de l'ONU "
        "sur l'e-gouvernement 2024. Le gouvernement vise à placer le Vietnam parmi les 50 premiers "
        "pays du classement d'ici 2030.",
        ("metric", "value", "qualifier", "date", "status"),
        [("un_egov_rank", 50, "at_most", "2030", "target")],
    ),
]

CASES += [
    # the date told right after a compared figure is that figure's, not the next clause's
    (
        "Hanoï, 9 décembre 2024 (VNA) - Au 30 novembre 2024, le portail comptait plus de 14,6 "
        "millions de comptes enregistrés, contre 65.900 à la fin de février 2020, et avait "
        "synchronisé plus de 37,8 millions de dossiers.",
        ("value", "date"),
        [(14600000, "2024-11-30"), (65900, "2020-02"), (37800000, "2024-11-30")],
    ),
    # (a change worked out from the two is of the later figure)
    (
        "Hanoï, 9 décembre 2025 (VNA) - Fin décembre 2024, le nombre de certificats de "
        "signature numérique émis s'élevait à 4 millions, contre 6 millions en octobre 2025, "
        "soit une augmentation de 50 %.",
        ("value", "date"),
        [(50, "2025-10")],
    ),
]

CASES += [
    # funds released (`débloqué`) and a project's total capital are its cost
    (
        "Hanoï, 9 décembre 2024 (VNA) - Pour équiper les nouveaux centres de services publics, le "
        "gouvernement a débloqué 800 milliards de dongs destinés à l'achat d'ordinateurs.",
        ("metric", "value"),
        [("cost", 800000000000)],
    ),
    (
        "Hanoï, 9 décembre 2024 (VNA) - Le projet de base de données foncière, d'un capital total "
        "de 650 milliards de dongs, sera achevé en 2026.",
        ("metric", "value"),
        [("cost", 650000000000)],
    ),
]

CASES += [
    # `au plus tard` with a date makes a deadline of itself, with no verb of obligation
    (
        "Hanoï, 9 mars 2024 (VNA) - Le gouvernement a fixé pour objectif de faire de "
        "l'application VNeID l'unique moyen d'authentification des citoyens, au plus tard le 31 "
        "décembre 2025.",
        F_EVENT,
        [("event", "deadline", "2025-12-31", "planned")],
    ),
]

CASES += [
    # the infinitive `entrer en service` after a verb of forecast: a planned launch; the cost
    # estimated of what is still to be built is planned too, dated by the article
    (
        "Hanoï, 5 juillet 2023 (VNA) - La plateforme nationale d'intégration des données, d'un "
        "coût estimé à 700 milliards de dongs, devrait entrer en service à la fin de l'année "
        "prochaine.",
        ("type", "metric", "date", "status"),
        [
            ("event", "system_launch", "2024", "planned"),
            ("money", "cost", "2023-07-05", "planned"),
        ],
    ),
]

CASES += [
    # `X sur Y provinces`, the noun told after the denominator only: one record over Y
    (
        "Hanoï, 30 novembre 2017 (VNA) - Seulement 21 sur 63 provinces et villes ont mis en place "
        "le paiement en ligne des frais et charges.",
        ("value", "out_of"),
        [(21, 63)],
    ),
]

CASES += [
    # a city's departments linked by a system are agencies connected, its wards localities
    (
        "Hanoï, 22 juin 2011 (VNA) - Le système relie 20 services municipaux ainsi que 56 "
        "quartiers et communes.",
        ("metric", "value"),
        [("connected_agencies", 20), ("connected_localities", 56)],
    ),
]

CASES += [
    # a place in brackets after the year it is compared with is that year's, with no change
    (
        "Hanoï, 20 juillet 2020 (VNA) - Le Vietnam se classe 86e sur 193 pays dans l'enquête de "
        "l'ONU sur l'e-gouvernement 2020, gagnant 2 places par rapport à 2018 (88e).",
        ("value", "date", "change"),
        [(86, "2020", 2), (88, "2018", None)],
    ),
]

CASES += [
    # a saving told as an estimate (`une économie estimée à`)
    (
        "Hanoï, 25 juin 2020 (VNA) - Le logiciel remplace les documents papier, soit une économie "
        "estimée à 95 milliards de dongs par an.",
        ("metric", "value", "per"),
        [("annual_savings", 95000000000, "year")],
    ),
    # `à la même période l'an dernier`, without `de`
    (
        "Hanoï, 5 juillet 2022 (VNA) - La plate-forme a traité 5,4 millions de documents "
        "électroniques au premier semestre, contre 4,8 millions à la même période l'an dernier.",
        ("value", "date"),
        [(4800000, "2021-06")],
    ),
    # a deadline's cue a few words before its month (`au plus tard à la fin du mois de`)
    (
        "Hanoï, 5 avril 2019 (VNA) - Il a demandé que les ministères qui ne sont pas encore "
        "connectés le soient au plus tard à la fin du mois de mai 2019.",
        F_EVENT,
        [("event", "deadline", "2019-05", "planned")],
    ),
]

CASES += [
    # a share told in apposition between the firms counted and their verb; firms that adopted
    # an online system are its users
    (
        "Hanoï, 24 octobre 2014 (VNA) - Au 30 septembre 2014, 301 000 entreprises, soit 94,2 % "
        "des entreprises en activité, avaient adopté la déclaration fiscale en ligne.",
        ("metric", "value", "date"),
        [("registered_accounts", 301000, "2014-09-30"), ("other", 94.2, "2014-09-30")],
    ),
]

CASES += [
    # fines paid online are payments made
    (
        "Hanoï, 8 novembre 2022 (VNA) - Au cours des dix premiers mois de l'année, plus de "
        "230.000 amendes ont été réglées en ligne via le portail national.",
        ("metric", "value"),
        [("payment_transactions", 230000)],
    ),
]

CASES += [
    # a share told after the online part and its total is the share of services online
    (
        "Da Nang, 9 juillet 2014 (VNA) - La ville propose actuellement 226 services publics en "
        "ligne de niveau 3, sur un total de 1.256 procédures administratives, soit près de 18 %.",
        ("metric", "value", "qualifier", "label"),
        [("online_services_share", 18, "approx", "part des services publics en ligne")],
    ),
]

CASES += [
    # the parcels a land database holds are records in digital form
    (
        "Hanoï, 6 mars 2023 (VNA) - La base de données cadastrales de la province couvre "
        "désormais plus de 1,12 million de parcelles.",
        ("metric", "value"),
        [("digitized_records", 1120000)],
    ),
]

CASES += [
    # a total told bare after the online procedures: the total of procedures (FACTS.md 7b)
    (
        "Hanoï, 5 mars 2026 (VNA) - Fin février dernier, 4.620 procédures administratives étaient "
        "proposées en ligne sur le portail, sur un total de 6.300, selon le Bureau.",
        ("metric", "value", "date"),
        [("online_public_services", 4620, "2026-02"), ("public_services_total", 6300, "2026-02")],
    ),
]

CASES += [
    # `porter à N le nombre de X`: the figure of the thing numbered after it
    (
        "Hanoï, 5 janvier 2023 (VNA) - La ville a porté à 820 le nombre de services publics "
        "disponibles en ligne.",
        ("metric", "value"),
        [("online_public_services", 820)],
    ),
]

CASES += [
    # what a building or a system was built for is its cost
    (
        "Hanoï, 31 octobre 2015 (VNA) - Construit en huit mois pour 75 milliards de dongs, le "
        "centre d'administration publique rassemble les guichets des services provinciaux.",
        ("metric", "value"),
        [("cost", 75000000000)],
    ),
]

CASES += [
    # a place in an index's edition announced later is of the edition's year, not the day it
    # was announced
    (
        "Hanoï, 5 juillet 2023 (VNA) - Dans l'indice de transformation numérique (DTI) 2022 "
        "annoncé en mai dernier, la province s'est classée 17e sur 63 provinces et villes.",
        ("type", "value", "out_of", "date"),
        [("ranking", 17, 63, "2022")],
    ),
]

CASES += [
    # a share of people names them first, whatever they use; taxes paid electronically are
    # payments made
    (
        "Hanoï, 20 décembre 2025 (VNA) - En 2026, la province vise à ce qu'au moins 70 % des "
        "adultes utilisent les services publics en ligne.",
        ("metric", "value", "status"),
        [("other", 70, "target")],
    ),
    (
        "Hanoï, 20 décembre 2022 (VNA) - Cette année, 98 % des entreprises paient leurs impôts "
        "par voie électronique, pour un montant de 1.200.000 milliards de dongs.",
        ("metric", "value"),
        [("payment_amount", 1200000000000000)],
    ),
]

CASES += [
    # the members of the teams just counted are a figure of theirs
    (
        "Hanoï, 5 janvier 2026 (VNA) - La province compte 980 équipes technologiques numériques "
        "communautaires avec plus de 5.100 membres, qui guident les habitants.",
        ("type", "value", "qualifier"),
        [("count", 980, "exact"), ("count", 5100, "at_least")],
    ),
]

CASES += [
    # a province named before its place in a national index is no country in the UN survey,
    # even when the sentence before spoke of digital government
    (
        "Hanoï, 5 août 2024 (VNA) - Sur le pilier du gouvernement numérique, Da Nang a obtenu "
        "0,7386, le score le plus élevé du pays.\n\nDerrière Da Nang figure la province de Quang "
        "Ninh, 2e avec 0,5812, puis Hô Chi Minh-Ville.",
        ("type", "metric", "value"),
        [("ranking", "other", 2)],
    ),
]

CASES += [
    # the year a plan is for is not the date of the bodies that published it; its budget's it is
    (
        "Thanh Hoa, 5 août 2023 (VNA) - Au 30 juin 2023, 25/25 départements ont publié leur plan "
        "de transformation numérique pour 2023 ; les communes ont mis en place 3 100 équipes de "
        "technologie numérique communautaires.",
        ("value", "date"),
        [(25, "2023-06-30"), (3100, "2023-06-30")],
    ),
    (
        "Hanoï, 22 avril 2026 (VNA) - Le Comité populaire provincial a approuvé le 3 mars un plan "
        "de transformation numérique pour 2026, doté de 150 milliards de dongs.",
        ("metric", "date"),
        [("cost", "2026")],
    ),
]

CASES += [
    # more of what the count before counts, at another level
    (
        "Hanoï, 5 octobre 2019 (VNA) - La province fournit 1.650 procédures administratives, dont "
        "380 en ligne au niveau 3 et 74 au niveau 4.",
        ("metric", "value"),
        [("online_public_services", 380), ("online_public_services", 74)],
    ),
    (
        "Hanoï, 5 octobre 2012 (VNA) - Le pays compte 700 services publics en ligne de premier et "
        "2e niveau, 850 de 3e niveau, 9 de 4e niveau.",
        ("metric", "value"),
        [("online_public_services", 850), ("online_public_services", 9)],
    ),
]

CASES += [
    # a span counted since a launch whose own date is told is dated by its end
    (
        "Hanoï, 4 mars 2024 (VNA) - Depuis son lancement en décembre 2019 jusqu'au 29 février, le "
        "portail a enregistré plus de 15,1 millions de transactions de paiement en ligne.",
        ("metric", "value", "date"),
        [("payment_transactions", 15100000, "2024-02-29")],
    ),
    # what a thing had at its opening, the opening's day told after the figure
    (
        "Hanoï, 5 janvier 2021 (VNA) - Le portail proposait 2.700 services publics en ligne fin "
        "2020, contre 8 services seulement lors de son ouverture en décembre 2019.",
        ("value", "date"),
        [(2700, "2020"), (8, "2019-12")],
    ),
]

CASES += [
    # the places a centre's system links are connected, not places with a centre
    (
        "Da Nang, 14 mars 2017 (VNA) - Le guichet unique électronique du Centre d'administration "
        "publique relie désormais les 45 quartiers et communes de la ville.",
        ("metric", "value"),
        [("connected_localities", 45)],
    ),
]

CASES += [
    # a thousands dot a scraper spaced ends no sentence and splits no figure
    (
        "Hanoï, 2 mars 2021 (VNA) - La province arrive en tête avec 52. 418 téléchargements de "
        "l'application, soit 41 % de sa population.",
        ("type", "value"),
        [("count", 52418)],
    ),
]

CASES += [
    # the survey's edition named as an `enquête` dates its places; a place held in the year
    # compared with dates no later place
    (
        "Hanoï, 18 septembre 2024 (VNA) - Le Vietnam progresse, selon l'Enquête sur "
        "l'e-gouvernement 2024 publiée mardi par l'ONU.\n\nLe Vietnam occupe désormais la 71e "
        "place (sur 193 pays membres), en hausse de 15 places par rapport à 2022, quand il était "
        "86e.\n\nEn Asie du Sud-Est, le pays se classe 5e sur 11.",
        ("value", "date"),
        [(71, "2024"), (86, "2022"), (5, "2024")],
    ),
    (
        "Hanoï, 18 septembre 2024 (VNA) - Le Vietnam occupe désormais la 71e place (sur 193 pays "
        "membres) du classement de l'ONU, en hausse de 15 places par rapport à 2022, quand il "
        "était 86e.\n\nEn Asie du Sud-Est, le pays se classe 5e sur 11.",
        ("value", "date"),
        [(86, "2022"), (5, "2024-09-18")],
    ),
]

CASES += [
    # the whole a sentence's places are among, told once before them or after a list of places
    # told `respectivement`
    (
        "Hanoï, 12 mars 2023 (VNA) - Selon l'indice DTI 2022, dans le groupe des 19 ministères et "
        "organes, le ministère de la Justice obtient la 1re place, suivi du ministère des "
        "Finances, 2e, et de la Sécurité sociale, 3e.",
        ("value", "out_of"),
        [(1, 19), (2, 19), (3, 19)],
    ),
    (
        "Hanoï, 12 mars 2025 (VNA) - Au PAR Index 2024, les deux provinces se classaient "
        "respectivement 12e (Bac Ninh) et 27e (Bac Giang) sur 63 localités.",
        ("value", "out_of"),
        [(12, 63), (27, 63)],
    ),
]

CASES += [
    # an index's edition after its acronym in brackets dates its places, whatever word follows
    (
        "Hanoï, 5 avril 2024 (VNA) - Selon les résultats de l'indice de transformation numérique "
        "(DTI) 2023 rendus publics par le ministère, la province s'est classée 11e sur 63 "
        "provinces.",
        ("type", "value", "date"),
        [("ranking", 11, "2023")],
    ),
    # a USD equivalent told after the amount's year is the amount's
    (
        "Hanoï, 5 avril 2014 (VNA) - Le budget consacré aux technologies de l'information dans "
        "les administrations a atteint 1.450 milliards de dongs en 2013 (environ 69 millions de "
        "dollars).",
        ("type", "value", "value_usd", "date"),
        [("money", 1450000000000, 69000000, "2013")],
    ),
]

CASES += [
    # a body's place told in apposition, in an article about an index that ranks bodies
    (
        "Hanoï, 5 avril 2023 (VNA) - Le ministère a publié le PAR Index 2022. Parmi les "
        "ministères, la Banque d'État arrive en tête. Le ministère de la Culture, 16e, ferme la "
        "marche.",
        ("type", "value", "date"),
        [("ranking", 16, "2022")],
    ),
]

CASES += [
    # `en` with figures listed `respectivement` takes up the whole counted the sentence before
    (
        "Hanoï, 29 septembre 2025 (VNA) - Au 25 septembre, les centres communaux avaient reçu 8,2 "
        "millions de dossiers, dont 5,9 millions déposés en ligne. Les centres de Hanoï et de Hai "
        "Phong en ont reçu respectivement plus de 710.000 et 290.000.",
        ("metric", "value", "date"),
        [
            ("dossiers_processed", 710000, "2025-09-25"),
            ("dossiers_processed", 290000, "2025-09-25"),
        ],
    ),
]

CASES += [
    # a clause of its own, joined by `, et`, naming what it counts is no part of the count before
    # it, and the figure it is compared with (`contre 42`) counts the same
    (
        "Hanoï, 10 avril (VNA) - Le nombre de comptes d'identification électronique de niveau 2 a "
        "dépassé les 60 millions fin mars 2025, et 38 applications sont désormais reliées à la "
        "plateforme VNeID, contre 31 à la fin de l'année dernière.",
        F_METRIC,
        [
            ("count", "registered_accounts", 60_000_000.0, "2025-03", "actual"),
            ("count", "other", 38.0, "2025-03", "actual"),
            ("count", "other", 31.0, "2024", "actual"),
        ],
    ),
    # but a figure with no noun of its own still counts the noun told before it
    (
        "Hanoï, 10 avril 2025 (VNA) - Le nombre de comptes VNeID de niveau 2 a atteint 57,6 "
        "millions, et celui des comptes de niveau 1, près de deux millions.",
        ("type", "metric", "value"),
        [
            ("count", "registered_accounts", 57_600_000.0),
            ("count", "registered_accounts", 2_000_000.0),
        ],
    ),
]

CASES += [
    # people counted by the account they hold are accounts registered; those paid who hold one
    # are not
    (
        "Thai Binh, 2 octobre (VNA) - Au 30 septembre 2025, 812.400 habitants de la province, soit "
        "91,3 % des personnes concernées, possédaient un compte VNeID de niveau 2.",
        F_METRIC,
        [
            ("count", "registered_accounts", 812_400.0, "2025-09-30", "actual"),
            ("percentage", "other", 91.3, "2025-09-30", "actual"),
        ],
    ),
    (
        "Hanoï, 5 février 2024 (VNA) - Des prestations de sécurité sociale non monétaires ont été "
        "versées à 640 212 personnes qui possédaient un compte VNeID pendant le Têt 2024.",
        ("type", "metric", "value"),
        [("count", "other", 640_212.0)],
    ),
    # a share of a set whose count has a thousands dot is read to the end of its clause
    (
        "Thai Binh, 2 octobre 2025 (VNA) - Côté protection sociale, 100 % des 31.500 retraités et "
        "bénéficiaires d'allocations mensuelles de la ville perçoivent leurs prestations par "
        "virement bancaire, a ajouté la Sécurité sociale provinciale.",
        ("type", "metric", "value"),
        [("percentage", "other", 100.0), ("count", "other", 31_500.0)],
    ),
]

CASES += [
    # a place told by a participle opening the sentence is in the ranking the sentence names
    (
        "Hanoï, 8 mai 2023 (VNA) - Le ministère a présenté son bilan. Classé 86e en 2022, le "
        "Vietnam vise le top 50 de l'Enquête des Nations unies sur l'e-gouvernement d'ici 2030.",
        F_RANK,
        [("ranking", "un_egov_rank", 86.0, None)],
    ),
    # a place told by a verb of being the sentence after the survey is named, and a place kept
    (
        "Hanoï, 8 mai 2025 (VNA) - L'Enquête 2026 des Nations unies sur l'e-gouvernement paraîtra "
        "au second semestre. Le pays y était 71e en 2024.",
        F_RANK,
        [("ranking", "un_egov_rank", 71.0, None)],
    ),
    (
        "Hanoï, 12 août 2022 (VNA) - Dans l'enquête de l'ONU sur l'e-gouvernement 2022, le Vietnam "
        "est 86e sur 193 pays. En Asie du Sud-Est, il reste 6e, derrière Singapour et la Malaisie.",
        F_RANK,
        [("ranking", "regional_egov_rank", 6.0, 0.0)],
    ),
]

CASES += [
    # the country's place in apposition, with its year, in a sentence naming the survey
    (
        "Hanoï, 20 octobre 2024 (VNA) - Selon l'enquête des Nations unies sur l'e-gouvernement, le "
        "Vietnam, 88e en 2018, a progressé jusqu'à la 71e place sur 193 pays en 2024.",
        F_METRIC,
        [
            ("ranking", "un_egov_rank", 88.0, "2018", "actual"),
            ("ranking", "un_egov_rank", 71.0, "2024", "actual"),
        ],
    ),
    # a place told in the negative (`n'occupait que`) goes on with the ranking told before
    (
        "Hanoï, 20 octobre 2024 (VNA) - Le Vietnam se classe 71e sur 193 États membres de l'ONU "
        "pour l'e-gouvernement. En 2016, le pays n'occupait encore que la 89e place.",
        F_METRIC,
        [("ranking", "un_egov_rank", 89.0, "2016", "actual")],
    ),
]

CASES += [
    # the world's average score told after a place among member states is a figure of the report
    # (FACTS.md 7b); the members are the place's whole, no economy
    (
        "Hanoï, 20 octobre 2024 (VNA) - Le Vietnam se classe 71e sur 193 États membres de l'ONU, "
        "avec un EGDI de 0,7709, au-dessus de la moyenne mondiale (0,6382) et de celle de l'Asie "
        "(0,6990).",
        ("type", "metric", "value"),
        [("count", "other", 0.7709), ("count", "other", 0.6382), ("count", "other", 0.699)],
    ),
]

CASES += [
    # `augmente N places` is a change; `par rapport à l'an 2014` the year compared with; the
    # survey's edition, named with its long name the sentence before, dates the place
    (
        "Hanoï, 2 août 2018 (VOV) - Hier, le ministère a présenté les résultats de l'Enquête sur "
        "le gouvernement électronique 2018 des Nations unies. Selon le rapport, le Vietnam a été "
        "classé à la 88e place sur 193 pays, augmente 1 place par rapport à l'an 2016.",
        ("type", "metric", "value", "date", "change"),
        [("ranking", "un_egov_rank", 88.0, "2018", 1.0)],
    ),
]

CASES += [
    # `prévoit qu'à l'horizon 2025, ...` sets a goal; a place aimed at dates no place told after it
    (
        "Hanoï, 12 avril 2019 (VNA) - La résolution prévoit qu'à l'horizon 2025, le Vietnam figure "
        "parmi les 4 premiers pays de l'ASEAN dans le classement de l'e-gouvernement des Nations "
        "unies. Le pays occupe actuellement la sixième place régionale.",
        F_METRIC,
        [
            ("ranking", "regional_egov_rank", 4.0, "2025", "target"),
            ("ranking", "regional_egov_rank", 6.0, "2019-04-12", "actual"),
        ],
    ),
]

CASES += [
    # a plan coordinated after a goal is the figure's clause: planned, dated by its own date
    (
        "Nam Dinh, 3 octobre 2025 (VNA) - La province vise 100 % de dossiers traités en ligne "
        "d'ici la fin de 2025 et prévoit d'investir 85 milliards de dongs dans son centre de "
        "données l'année prochaine.",
        F_METRIC,
        [
            ("percentage", "other", 100.0, "2025", "target"),
            ("money", "cost", 85_000_000_000.0, "2026", "planned"),
        ],
    ),
]

CASES += [
    # a province as the subject of a launch puts a local system in service (FACTS.md 4)
    (
        "Long An, 4 mars 2022 (VNA) - La province méridionale de Long An a mis en service le 1er "
        "mars un nouveau système d'information de règlement des procédures administratives.",
        F_EVENT,
        [("event", "other", "2022-03-01", "actual")],
    ),
]

CASES += [
    # the day of a start named after an opening `Depuis` dates no figure: it holds now
    (
        "Nam Dinh, 3 octobre 2025 (VNA) - Le bilan a été présenté. Depuis la mise en place des "
        "collectivités locales à deux niveaux, le 1er juillet dernier, les 64 communes de la "
        "province disposent chacune d'un centre de services de l'administration publique.",
        ("type", "value", "date"),
        [("count", 64.0, "2025-10-03")],
    ),
]

CASES += [
    # what has worked since a date was launched then
    (
        "Hanoï, 5 juillet 2024 (VNA) - Le portail national des services publics, qui fonctionne "
        "depuis décembre 2019, a traité plus de 40 millions de dossiers.",
        F_EVENT,
        [("event", "portal_launch", "2019-12", "actual")],
    ),
]

CASES += [
    # a place in a national ranking named right after it (`classée 9e au classement national`)
    (
        "Hai Phong, 23 mars 2017 (VNA) - Le budget a été approuvé. La province, classée 12e au "
        "classement national de préparation à l'application des TIC (Vietnam ICT Index) 2016, "
        "veut progresser.",
        F_METRIC,
        [("ranking", "other", 12.0, "2016", "actual")],
    ),
]

CASES += [
    # a place `du pays` is a province's in the country: a national ranking
    (
        "Nghe An, 5 août 2020 (VNA) - À la fin de juillet 2020, la province a intégré 980 services "
        "publics en ligne sur le Portail national des services publics, se classant au 2e rang du "
        "pays pour le nombre de services intégrés.",
        ("type", "metric", "value"),
        [("ranking", "other", 2.0)],
    ),
]

CASES += [
    # a rate of settling on time, the dossiers named the sentence before
    (
        "Can Tho, 8 octobre 2021 (VNA) - En neuf mois, le centre a reçu 41.300 dossiers, dont "
        "15.200 déposés en ligne. Le taux de règlement dans les délais a atteint 98,4 %.",
        ("type", "metric", "value"),
        [("percentage", "other", 98.4)],
    ),
]

CASES += [
    # but a goal naming both e-government and cybersecurity keeps its e-government place
    (
        "Hô Chi Minh-Ville, 2 mars 2021 (VNA) - La ville s'efforce de figurer parmi les cinq "
        "localités leader en matière d'administration numérique d'ici 2025, et dans le top 3 en "
        "termes de cybersécurité.",
        ("type", "value", "status"),
        [("ranking", 5.0, "target")],
    ),
]

CASES += [
    # a place `au monde` after a region's is the world's
    (
        "Hanoï, 3 février 2025 (VNA) - Le plan fixe pour objectif qu'à l'horizon 2030, le Vietnam "
        "figure parmi les 4 premiers pays de l'ASEAN et parmi les 60 premiers au monde pour "
        "l'e-gouvernement.",
        F_METRIC,
        [
            ("ranking", "regional_egov_rank", 4.0, "2030", "target"),
            ("ranking", "un_egov_rank", 60.0, "2030", "target"),
        ],
    ),
]

CASES += [
    # `plus haut que la même période de l'année 2019`: the year compared with, no date of the rate
    (
        "Dong Thap, 20 août 2020 (VNA) - Le taux des dossiers reçus en ligne a atteint 31,5 % en "
        "sept mois, plus haut que la même période de l'année 2019.",
        ("type", "value", "date"),
        [("percentage", 31.5, "2020-08-20")],
    ),
]

CASES += [
    # a figure compared with as now (`contre 5 % aujourd'hui`) is of the day of writing, actual,
    # and counts what the share before it counts
    (
        "Hanoï, 12 avril 2019 (VNA) - En 2021, 40 % des services publics devront être fournis en "
        "ligne au niveau 4, contre à peine 5 % aujourd'hui.",
        F_METRIC,
        [
            ("percentage", "online_services_share", 40.0, "2021", "planned"),
            ("percentage", "online_services_share", 5.0, "2019-04-12", "actual"),
        ],
    ),
]

CASES += [
    # only a date that opens the sentence reaches a launch told far after it: a later date in
    # the clause is another step's (`l'entrée en application, le 1er mars 2026, du décret`)
    (
        "Hanoï, 28 décembre 2025 (VNA) - Pour 2026, le ministère entend préparer l'entrée en "
        "application, le 1er mars 2026, du décret sur les données personnelles, et mettre en "
        "service le système national d'authentification à distance.",
        F_EVENT,
        [("event", "system_launch", "2026", "planned")],
    ),
]

CASES += [
    # a province or a city as the subject after a short opening phrase launches its own system
    (
        "Hanoï, 20 mai 2024 (VNA) - Dans le Nord, la province de Bac Ninh a lancé le mois dernier "
        "une nouvelle version de son application de services publics.",
        F_EVENT,
        [("event", "other", "2024-04", "actual")],
    ),
    # a participle set after a comma tells of the thing named before it, not of the one after
    (
        "Hanoï, 4 avril 2024 (VNA) - L'application mobile est désormais reliée au Portail "
        "national des services publics, lancé en décembre 2019, ainsi qu'à la base de données "
        "nationale sur la population.",
        F_EVENT,
        [("event", "portal_launch", "2019-12", "actual")],
    ),
]

CASES += [
    # a date told after `après la signature` is the signature's: the document's adoption, not
    # the launch's; the noun of the act before a date dates the document named after it
    (
        "Hanoï, 20 juin 2024 (VNA) - La mise en service du système national intervient un mois "
        "après la signature, le 15 mai, par le Premier ministre, du décret n°45/2024/ND-CP sur "
        "les données.",
        F_EVENT,
        [("event", "other", "2024-05-15", "actual")],
    ),
    (
        "Hanoï, 20 juin 2024 (VNA) - Les ministères ont accéléré la numérisation des registres "
        "après la promulgation, le 9 janvier, de la loi sur les données.",
        F_EVENT,
        [("event", "other", "2024-01-09", "actual")],
    ),
]

CASES += [
    # a step named after `après` that is no act leaves the date to the launch
    (
        "Hanoï, 20 juillet 2024 (VNA) - La plateforme nationale de signature numérique a été mise "
        "en service après la phase pilote, le 1er juillet.",
        F_EVENT,
        [("event", "system_launch", "2024-07-01", "actual")],
    ),
]

CASES += [
    # a day of a month counted from the dispatch (`le 3 de ce mois`, `le 20 du mois dernier`)
    (
        "Hanoï, 18 octobre 2023 (VNA) - Le ministère a mis en service le 3 de ce mois la "
        "plateforme nationale de signature numérique à distance.",
        F_EVENT,
        [("event", "system_launch", "2023-10-03", "actual")],
    ),
    (
        "Hanoï, 5 janvier 2023 (VNA) - Les provinces doivent achever la connexion de leurs "
        "guichets uniques au portail national avant le 20 de ce mois.",
        F_EVENT,
        [("event", "deadline", "2023-01-20", "planned")],
    ),
]

CASES += [
    # `hier` right after a launch's verb is the day before the dispatch
    (
        "Hanoï, 12 mai 2024 (VNA) - Le ministère de la Sécurité publique a inauguré hier la "
        "plateforme nationale d'authentification électronique.",
        F_EVENT,
        [("event", "system_launch", "2024-05-11", "actual")],
    ),
    # a local authority's own portal is no national one (FACTS.md 4)
    (
        "Da Nang, 12 mai 2024 (VNA) - Le Comité populaire de Da Nang a inauguré hier son portail "
        "de services publics unifié.",
        F_EVENT,
        [("event", "other", "2024-05-11", "actual")],
    ),
]

CASES += [
    # a time given to do something (`ont jusqu'au ... pour`) is a deadline
    (
        "Hanoï, 3 mars 2025 (VNA) - Les provinces ont jusqu'au 30 juin 2025 pour connecter leurs "
        "registres fonciers à la plateforme nationale de partage des données.",
        F_EVENT,
        [("event", "deadline", "2025-06-30", "planned")],
    ),
]

CASES += [
    # a month counted from the dispatch (`le mois dernier`) dates an adoption as a month does
    (
        "Hanoï, 14 juin 2024 (VNA) - Le Premier ministre a approuvé le mois dernier la stratégie "
        "nationale sur les données.",
        F_EVENT,
        [("event", "other", "2024-05", "actual")],
    ),
]

CASES += [
    # `ce texte` stands for the document the sentence before names
    (
        "Hanoï, 2 juillet 2019 (VNA) - Le Premier ministre a signé le décret n°45/2019/ND-CP sur "
        "le guichet unique. Ce texte, qui entrera en vigueur le 1er août prochain, impose à tous "
        "les ministères de créer un service de ce type.",
        F_EVENT,
        [("event", "other", "2019-08-01", "planned")],
    ),
]

CASES += [
    # a top the country aims at, sentences after the page told a ranking, is in that ranking
    (
        "Hanoï, 5 mars 2024 (VNA) - Selon l'enquête de l'ONU sur l'e-gouvernement, le Vietnam se "
        "classe 71e. Le portail propose 4.400 services. Un responsable a déclaré, rappelant que "
        "le Vietnam vise une place dans le top 50 mondial d'ici 2030.",
        ("metric", "value", "qualifier", "date", "status"),
        [("un_egov_rank", 50.0, "at_most", "2030", "target")],
    ),
]

CASES += [
    # the economy in another clause after the deadline's (`, et que ... des fonctionnaires`) does
    # not make it an economic one
    (
        "Hanoï, 5 janvier 2023 (VNA) - Le ministre a indiqué que le plan sur les données ouvertes "
        "devra être soumis au gouvernement avant le 31 mars, et que la priorité de l'année sera "
        "la formation des fonctionnaires.",
        F_EVENT,
        [("event", "deadline", "2023-03-31", "planned")],
    ),
]

CASES += [
    # `depuis son inauguration` in a sentence whose subject is a pronoun: the launch of what
    # the sentence before named
    (
        "Hanoï, 12 janvier 2022 (VNA) - Fin 2021, le Portail national des services publics "
        "proposait 3.719 procédures en ligne. Il avait reçu plus de 180 millions de visites "
        "depuis son inauguration, le 9 décembre 2019.",
        F_EVENT,
        [("event", "portal_launch", "2019-12-09", "actual")],
    ),
]

CASES += [
    # what is launched is read past a date set between commas after the verb
    (
        "Hanoï, 10 décembre 2024 (VNA) - Le ministère prévoit de lancer, le 1er février 2025, la "
        "délivrance en ligne des extraits de casier judiciaire via VNeID.",
        F_EVENT,
        [("event", "other", "2025-02-01", "planned")],
    ),
]

CASES += [
    # a province or a city named as the subject the sentence opens on launches a local system
    (
        "Hanoï, 18 octobre 2023 (VNA) - Quang Ninh a mis en service le 3 octobre son "
        "application de services publics pour les habitants.",
        F_EVENT,
        [("event", "other", "2023-10-03", "actual")],
    ),
    (
        "Hanoï, 18 octobre 2023 (VNA) - Dà Nang a inauguré le 2 octobre son portail de "
        "services publics unifié.",
        F_EVENT,
        [("event", "other", "2023-10-02", "actual")],
    ),
]

CASES += [
    # a demonstrative subject (`cette « dorsale »`) the sentence before does not name: the
    # thing whose launch the page's heading and lead tell
    (
        "Lancement de la dorsale nationale des documents administratifs.\n\n"
        "Hanoï, 15 juin (VNA) - Le Bureau du gouvernement a tenu une cérémonie le 15 juin pour "
        "le lancement de la dorsale nationale des documents administratifs, une avancée vers "
        "l'e-gouvernement.\n\n"
        "Depuis août 2019, le Bureau a étudié les technologies pour concevoir cette "
        "« dorsale ».\n\n"
        "Selon le ministre, en mars 2020, cette « dorsale » a été mise en service à titre "
        "expérimental, impliquant 95 organes.",
        F_EVENT,
        [("event", "system_launch", "2020-03", "actual")],
    ),
]

CASES += [
    # a participle dated right after it (`Mis en service depuis 2015, ce modèle`) dates what the
    # page is about, even when a system noun it reaches is no e-government topic of its own
    (
        "Le centre d'administration publique de Bac Ninh fête ses cinq ans.\n\n"
        "Bac Ninh, 4 mai 2020 (VNA) - Le centre d'administration publique de la province reçoit "
        "chaque jour des centaines de citoyens.\n\n"
        "Mis en service depuis 2015, ce modèle est apprécié par les entreprises.",
        F_EVENT,
        [("event", "other", "2015", "actual")],
    ),
]

CASES += [
    # an inverted passive (`qu'a été mis en service le système`) tells its subject after it
    (
        "Hanoï, 2 octobre 2023 (VNA) - Le Comité national de la transformation numérique a tenu "
        "ce lundi sa réunion trimestrielle.\n\n"
        "C'est au cours de la réunion qu'a été mis en service le système national de suivi de la "
        "qualité des services publics.",
        F_EVENT,
        [("event", "system_launch", "2023-10-02", "actual")],
    ),
]

NOT_FACTS = [
    # the length of an identifier is no count
    "Hanoï, 3 mars 2023 (VNA) - Dans la base de données du secteur, chaque élève est identifié "
    "par un code unique à 12 chiffres.",
    # all of the country's provinces, named as those a thing is of or met with
    "Hanoï, 9 janvier 2024 (VNA) - Le ministère a tenu une conférence en ligne sur la "
    "transformation numérique en présence des dirigeants des ministères et des 63 provinces et "
    "villes.",
    "Hanoï, 9 janvier 2024 (VNA) - Le ministère a rendu public l'indice de transformation "
    "numérique (DTI) 2023 des ministères, des organismes et des 63 provinces et villes du pays.",
    # the places left to connect are no count of connected ones
    "Hanoï, 3 juillet 2024 (VNA) - Le Bureau du gouvernement a demandé aux trois provinces "
    "restantes d'achever rapidement leur connexion à la plateforme.",
    # the places a videoconference links are its audience, no system's links
    "Hanoï, 22 juin 2024 (VNA) - La visioconférence a permis de relier 87 quartiers et communes "
    "de la province.",
    # a smart city's population is no figure of its operation centre
    "Hanoï, 5 novembre 2021 (VNA) - La ville intelligente de Binh Duong compte 2,7 millions "
    "d'habitants.",
    # the first of a kind is no place in a ranking
    "Hanoï, 12 avril 2024 (VNA) - Selon le Bureau du gouvernement, c'est la 1re résolution sur "
    "l'e-gouvernement.",
    # a coverage rate that is no insurance's
    "Hanoï, 21 mars 2024 (VNA) - Le taux de couverture forestière de la province a atteint "
    "54,5 % de la superficie.",
    # the end of a span counted since a launch is no day of the launch
    "Hanoï, 12 mars 2025 (VNA) - De son ouverture au 25 février 2025, la plateforme nationale "
    "n'a connu aucune panne.",
    # an average that is no index's
    "Hanoï, 18 septembre 2024 (VNA) - Le chômage a reculé cette année. La moyenne des "
    "ménages s'établit à 0,8 voiture par foyer.",
    # the few things named before, pointed back to, are counted by nothing
    "Hanoï, 24 novembre 2022 (VNA) - Le vice-ministre a appelé les deux secteurs à mieux "
    "partager leurs données sur la plateforme nationale.",
    # people who registered for something that is no e-government system
    "Hanoï, 24 novembre 2022 (VNA) - Au 20 novembre, 3.000 étudiants se sont inscrits au "
    "concours national de mathématiques.",
    # platforms deployed nationwide, as a state at an as-of date: no launch
    "Hanoï, 5 juillet 2024 (VNA) - Selon la liste des plateformes déployées à l'échelle "
    "nationale mise à jour au 3 juillet 2024, la plupart sont des plateformes des ministères.",
    # connected to the Internet or the grid: no link of an e-government system
    "Hanoï, 5 septembre 2024 (VNA) - Dans la province, 13.000 foyers sont connectés à Internet "
    "et 500 villages sont reliés au réseau électrique national.",
    # a few bodies that built something outside e-government
    "Hanoï, 5 janvier 2024 (VNA) - Cette année, trois provinces ont développé le tourisme "
    "rural et cinq communes ont construit de nouvelles routes.",
    # a processing time cut, or work done on time, names no deadline
    "Hanoï, 12 mars 2025 (VNA) - Le délai de traitement des dossiers a été réduit de moitié en "
    "2024.",
    # ... not the costs of firms
    "Hanoï, 12 novembre 2024 (VNA) - Les entreprises ont réduit leurs coûts de production de "
    "15 % grâce aux nouvelles machines.",
    # an active launch with no day at all is background, no event
    "Hanoï, 10 octobre 2024 (VNA) - Le ministère a mis en service la plateforme nationale "
    "d'identification, qui relie les bases de données.",
    # a launch the sentence looks back from (`dès sa mise en service`) is no news
    "Hanoï, 10 octobre 2024 (VNA) - Dès sa mise en service, la plateforme a été utilisée par "
    "les ministères.",
    # a part of a figure of the digital economy is of the economy too
    "Hanoï, 15 février 2025 (VNA) - Le Vietnam compte aujourd'hui plus de 70.000 entreprises "
    "technologiques numériques, dont 3.800 start-up.",
    # ... not a thing of another kind named before
    "Hanoï, 15 octobre 2020 (VNA) - La ville a construit un nouveau pont. Cet ouvrage a été mis "
    "en service le 1er mars 2020.",
    # ... not what is connected to another system
    "Hanoï, 5 mai 2024 (VNA) - Plus de 13.000 foyers sont connectés au système électrique "
    "national.",
    # ... not after a sentence about something else
    "Hanoï, 20 mai 2025 (VNA) - Les prix du carburant ont augmenté en avril. À partir du 1er "
    "juin 2025, les stations ne vendront plus d'essence RON92.",
    # people who can use a service, named before their number: a population
    "Hanoï, 14 mars 2024 (VNA) - Le nombre d'habitants qui peuvent consulter le portail atteint "
    "1,2 million.",
    # `prêt à` (ready) is no loan: no cost
    "Hanoï, 5 juin 2025 (VNA) - Le centre de données de la province, prêt à fonctionner, "
    "accueillera 2 000 milliards de dongs d'équipements.",
    # stems are word starts: `règlement` (a payment) also starts `réglementation`
    "Hanoï, 5 juin 2025 (VNA) - Sur le portail, 2 400 réglementations commerciales ont été "
    "supprimées ou simplifiées depuis 2021, sur un total de 15 801 réglementations figurant "
    "dans 275 textes juridiques.",
    # what a meeting hears is no count
    "Hanoï, 14 juillet 2011 (VNA) - Le colloque sur l'e-gouvernement verra la présentation de "
    "six rapports sur les services publics en ligne.",
    # a share of administrative staff is no work done
    "Hanoï, 5 septembre 2024 (VNA) - Les femmes représentent 45 % des cadres administratifs de "
    "la province.",
    "Hanoï, 5 mars 2019 (VNA) - Le chiffre d'affaires du commerce électronique est estimé à 20 "
    "milliards de dollars.",
    # foreign direct investment is the economy's, even in digital projects
    "Hanoï, 5 mars 2024 (VNA) - Les investissements directs étrangers (IDE) dans les projets "
    "numériques ont atteint 2 milliards de dollars.",
    # businesses using something that is no e-government system
    "Hanoï, 5 mars 2024 (VNA) - La province compte 12 000 entreprises qui utilisent des "
    "machines agricoles.",
    # a part of a population is no figure either
    "Hanoï, 5 août 2024 (VNA) - La province compte 120 000 habitants. Parmi eux, 30 000 vivent "
    "en ville.",
    # a list of bodies is no list of complements: what they were asked is no e-government figure
    "Hanoï, 5 août 2024 (VNA) - Les 15 districts, communes et la ville ont été invités à aider "
    "les personnes âgées dans leurs démarches numériques.",
    # a link to another article (`>> ...`, Le Courrier's pages) is no part of the article
    "Hanoï, 20 juin 2023 (VNA) - Le portail a été amélioré.\n>> La ville achèvera la "
    "rénovation de 300 logements avant le 30 juin\nLa suite de l'article.",
    # the digital economy and internet use are not e-government (FACTS.md 7b)
    "Hanoï, 20 juin 2023 (VNA) - Les services informatiques ont le plus contribué à "
    "l'économie numérique, avec une part d'environ 28 % en 2022.",
    "Hanoï, 20 juin 2023 (VNA) - Le nombre d'entreprises du numérique est estimé à 58.000 en "
    "2022, en hausse de 8,1 %.",
    "Hanoï, 20 juin 2023 (VNA) - Selon le rapport, les internautes représentent 61,3 % de la "
    "population en 2022.",
    # procedures decentralised or abolished: administrative reform, nothing done online
    "Hanoï, 20 juin 2025 (VNA) - Au total, 412 procédures administratives ont également été "
    "décentralisées vers les provinces, dont 120 dans la santé.",
    "Hanoï, 20 juin 2025 (VNA) - Les ministères ont supprimé 35 procédures et simplifié 140 "
    "réglementations en 2025.",
    # a share of people with access to the media is no e-government figure, whatever nouns
    # of the vocabulary its clause holds (`accès`, `agences`)
    "Hanoï, 12 janvier 2021 (VNA) - Le taux de population des zones reculées ayant accès à au "
    "moins un média devrait atteindre 95 % en 2021, et 75 % des agences de presse auront une "
    "rédaction convergente.",
    # telecom coverage and mobile subscribers are no e-government figures (FACTS.md 7b)
    "Hanoï, 3 mars 2025 (VNA) - À ce jour, la couverture mobile et Internet atteint plus de "
    "99,7 % des villages, et 63 % des foyers disposent d'un accès Internet haut débit.",
    "Hanoï, 3 mars 2025 (VNA) - Le Vietnam compte 140 millions d'abonnés mobiles sur 100 "
    "millions d'habitants.",
    # `la seconde moitié` is no place
    "Hanoï, 3 mars 2020 (VNA) - Pour l'ouverture des données, le pays se situe dans la seconde "
    "moitié du classement.",
    # a capacity is no measured count; the digital industry's growth is the economy's
    "Hanoï, 29 décembre 2025 (VNA) - Le centre des services publics en ligne a une capacité "
    "d'accueil simultanée de 800 à 1.000 dossiers.",
    "Hanoï, 3 mars 2021 (VNA) - L'industrie numérique du Vietnam a augmenté de plus de 9 % en "
    "2020, trois fois plus que le PIB.",
    # what a survey or an index covers is its scope, not a count of e-government
    "Hanoï, 16 avril 2025 (VNA) - L'indice repose sur les retours d'information de près de "
    "18 000 citoyens issus de 63 provinces et villes du pays, reflétant leur expérience de "
    "l'administration publique et de la prestation de services.",
    "Hanoï, 24 juin 2021 (VNA) - L'indice de réforme de l'administration publique évalue les "
    "réformes dans 63 provinces et villes, et 19 ministères et organes.",
    "Hanoï, 24 juin 2021 (VNA) - L'enquête impliquant plus de 20.000 fonctionnaires et 33.000 "
    "usagers porte sur les services publics en ligne.",
    # a few of anything else, as an object, are discourse
    "Hanoï, 3 mars 2023 (VNA) - Le directeur a cité deux exemples et trois provinces pour la "
    "plateforme numérique.",
    # the IT industry is no e-government
    "Hanoï, 3 mars 2013 (VNA) - Selon le rapport, l'entreprise s'est classée deuxième parmi "
    "les fournisseurs de services TI du pays.",
    # the software industry is the economy's
    "Hanoï, 3 mars 2024 (VNA) - Les exportations de logiciels du Vietnam ont atteint 5 milliards "
    "de dollars en 2023, en hausse de 12 %.",
    # a system that is no information system
    "Hanoï, 22 juillet 2023 (VNA) - Quelque 1 200 foyers ont installé des panneaux solaires "
    "dans le système électrique de la commune.",
    # a few things named one by one, in a sentence about something else than e-government
    "Hanoï, 3 mars 2020 (VNA) - Le Vietnam a signé des accords commerciaux avec trois pays : "
    "France, Japon et Corée.",
    # bodies that published plans for something else than e-government
    "Hanoï, 3 mars 2022 (VNA) - Le Premier ministre a présidé une réunion sur la prévention des "
    "inondations. À ce jour, 38 ministères, organes et localités ont publié des plans de "
    "prévention.",
    # access to the Internet is a figure of the economy (FACTS.md 7b), told in the figure's
    # clause
    "Hanoï, 3 mars 2011 (VNA) - Plus de 90 % des foyers ont accès à Internet.",
    # the size of the civil service is no figure of e-government
    "Hanoï, 3 mars 2025 (VNA) - La province compte 3 000 fonctionnaires et 1 200 agents "
    "contractuels.",
    # the satisfaction of a business's customers is no figure of the administration
    "Hanoï, 8 avril 2025 (VNA) - Le taux de satisfaction des clients des banques a atteint "
    "85,2 % en 2024, et 78 % des touristes se sont dits satisfaits des services hôteliers.",
    # a few people or topics are discourse, whatever the topic
    "Hanoï, 26 juin 2025 (VNA) - Trois experts ont présenté des rapports sur la plateforme "
    "numérique de la province.",
    # nights are a duration
    "Hanoï, 3 mars 2017 (VNA) - Le visa électronique permet un séjour de 30 jours, soit 29 "
    "nuits, sur le territoire.",
    # a vote's tally is no figure of e-government
    "Hanoï, 28 novembre 2023 (VNA) - Avec 440/470 députés participant au vote en faveur (soit "
    "93,6 %), la loi sur les transactions électroniques a été adoptée.",
    # the tasks of a plan are its structure, no count of anything done
    "Hanoï, 3 mars 2024 (VNA) - Le plan de mise en œuvre du Projet 06 pour 2024 comprend 18 "
    "tâches générales et 52 tâches spécifiques.",
    # the civil service's staff cut is administrative reform, nothing done online
    "Hanoï, 8 octobre 2025 (VNA) - Les effectifs de fonctionnaires ont été réduits de 10 % en "
    "2024.",
    # people with nothing done with the system are a population, not its figure
    "Hanoï, 12 octobre 2022 (VNA) - La plateforme numérique de Hué, une ville de 1,1 million "
    "d'habitants, est en service.",
    # an ordinal written with a space (`80 e anniversaire`) counts nothing
    "Hanoï, 2 septembre 2025 (VNA) - Les prestations sociales sont versées par VNeID à "
    "l'occasion du 80 e anniversaire de la Fête nationale.",
    # the parts of a law are its structure, no count of anything done
    "Hanoï, 28 novembre 2023 (VNA) - La loi sur l'identification électronique comprend 7 "
    "chapitres et 46 articles.",
    # a platform pointed back to is the one named before: e-commerce is the economy's
    "Hanoï, 3 août 2023 (VNA) - Le district a mis sur pied une plate-forme de commerce "
    "électronique. Cette plateforme propose plus de 95.000 produits et enregistre près de 4 "
    "millions de transactions par an.",
    # an excerpt cut right after a figure: what it counts is lost
    "Hanoï, 25 décembre 2025 (VNA) - La plateforme numérique traite désormais jusqu'à 20 000 tran",
    "Hanoï, 25 décembre 2022 (VNA) - La plateforme numérique de la ville est en service, "
    "tandis que 14 d",
    # a superlative with no whole named before it is no place in a ranking
    "Hanoï, 3 juillet 2024 (VNA) - Le Vietnam est le 15e pays le plus peuplé du monde.",
    # trade through a port is the economy's, even next to the single window
    "Hanoï, 3 juillet 2024 (VNA) - Grâce au guichet national unique, 75 % des échanges "
    "commerciaux de la province passent désormais par le port de Hai Phong.",
    # a bank's counters are no figure of e-government
    "Hanoï, 12 octobre 2024 (VNA) - La banque a ouvert 40 guichets dans la province.",
    # the points of a meeting are discourse, even counted over their set
    "Hanoï, 3 juillet 2024 (VNA) - Sur les 12 points abordés lors de la réunion, 8 ont été "
    "adoptés.",
    # a population that can use a service is no count of its users
    "Hanoï, 3 juillet 2024 (VNA) - La province compte 1,2 million d'habitants, qui peuvent "
    "désormais consulter le portail en ligne.",
    "Hanoï, 3 juillet 2024 (VNA) - Avec le portail en ligne, 1,2 million d'habitants peuvent "
    "désormais consulter leurs dossiers.",
    # a rate of the economy with no noun of its own, next to e-government
    "Hanoï, 3 juillet 2024 (VNA) - La province a modernisé son portail des services publics en "
    "ligne, tandis que sa croissance économique a atteint 7 %.",
]


@pytest.mark.parametrize("text", NOT_FACTS, ids=range(len(NOT_FACTS)))
def test_no_fact(text):
    assert extract(text) == []


F_RANK = ("metric", "value", "date")

CASES += [
    # a year compared with (`par rapport à la précédente enquête de 2016`) is not the place's;
    # `qui l'avait classé à la 89e place` is the place of that year
    (
        "Hanoï, 20 août 2018 (VNA) - Dans l'enquête 2018 de l'ONU sur l'e-gouvernement, le "
        "Vietnam occupe la 88e place sur 193 pays.\n\nLe pays fait mieux par rapport à la "
        "précédente enquête de 2016, qui l'avait classé à la 89e place.",
        F_RANK,
        [("un_egov_rank", 88, "2018"), ("un_egov_rank", 89, "2016")],
    ),
    # a ranking told on with a pronoun keeps its ranking
    (
        "Hanoï, 20 août 2018 (VNA) - Le Vietnam se classe 88e sur 193 pays dans l'enquête "
        "2018 de l'ONU sur l'e-gouvernement. En 2014, il figurait à la 99e place.",
        F_RANK,
        [("un_egov_rank", 88, "2018"), ("un_egov_rank", 99, "2014")],
    ),
]

CASES += [
    # other countries' places are `other` (FACTS.md 7b); Vietnam's stays the UN ranking; places
    # set against it (`tandis que`) are among the same 193 countries
    (
        "Hanoï, 20 juillet 2020 (VNA) - Dans l'enquête 2020 de l'ONU sur l'e-gouvernement, le "
        "Vietnam se classe 86e sur 193 pays, tandis que l'Érythrée est 191e et le Soudan du "
        "Sud 192e.",
        F_FIG,
        [
            ("ranking", "un_egov_rank", 86, 193),
            ("ranking", "other", 191, 193),
            ("ranking", "other", 192, 193),
        ],
    ),
    # a year right after another place is that place's (`contre 89ème en 2016`)
    (
        "Hanoï, 20 juillet 2018 (VNA) - Dans l'enquête 2018 de l'ONU sur l'e-gouvernement, le "
        "Vietnam se classe 88ème sur 193 pays, contre 89ème en 2016, et reste au 6ème rang en "
        "Asie du Sud-Est.",
        F_RANK,
        [("un_egov_rank", 89, "2016"), ("regional_egov_rank", 6, "2018")],
    ),
    # a document's date after its code and `le`
    (
        "Hanoï, 20 juillet 2018 (VNA) - La province a créé son centre d'administration publique "
        "selon la décision 985/QD-TTg le 12 mai 2016 du Premier ministre.",
        F_EVENT,
        [("event", "other", "2016-05-12", "actual")],
    ),
]

CASES += [
    # a horizon right before the figure (`d'ici 2023 90 %`) is its date
    (
        "Hanoï, 12 mars 2021 (VNA) - La province s'efforcera de traiter en ligne d'ici 2024 "
        "85% des dossiers au niveau provincial.",
        ("value", "date", "status"),
        [(85, "2024", "target")],
    ),
]

CASES += [
    # the goals of a plan told after its horizon share it; a new paragraph ends it
    (
        "La province s'efforcera d'ici fin 2026 à ce que 85 % des services publics en ligne "
        "soient accessibles sur mobile. Environ 95 % des dossiers au niveau provincial seront "
        "traités en ligne.\n\nLe portail provincial a reçu 3 millions de visites en 2023.",
        ("value", "date", "status"),
        [(85, "2026", "target"), (95, "2026", "target"), (3_000_000, "2023", "actual")],
    ),
]

CASES += [
    # a count since a start is dated by the article (FACTS.md 6), not by the start
    (
        "Hanoï, 12 mars 2023 (VNA) - Depuis octobre 2022, plus de 1,4 million de dossiers ont "
        "été soumis en ligne via le portail de la ville.",
        ("value", "date"),
        [(1_400_000, "2023-03-12")],
    ),
]

CASES += [
    # a city or a body named as the subject of a place is no country: `other`
    (
        "Hanoï, 20 avril 2019 (VNA) - Dans le classement 2018 de l'e-gouvernement des "
        "provinces, Thua Thiên-Huê occupe le premier rang. Can Tho est au 9e rang.",
        F_FIG,
        [("ranking", "other", 1, None), ("ranking", "other", 9, None)],
    ),
    (
        "Hanoï, 20 avril 2019 (VNA) - Parmi les agences gouvernementales, la Sécurité sociale "
        "du Vietnam est en première position du classement 2018 de l'e-gouvernement.",
        F_FIG,
        [("ranking", "other", 1, None)],
    ),
    # `Il se classe 6e`: a pronoun is the country told before
    (
        "Hanoï, 20 avril 2022 (VNA) - Le Vietnam progresse dans l'enquête 2022 de l'ONU. Il se "
        "classe 6e sur les 11 pays d'Asie du Sud-Est.",
        F_FIG,
        [("ranking", "regional_egov_rank", 6, 11)],
    ),
]

CASES += [
    # a top N (`le top de quatre pays`, `le groupe des 50 principaux pays`) is at_most N
    (
        "Hanoï, 12 mars 2019 (VNA) - Le gouvernement vise à se situer dans le top de cinq pays "
        "aséaniens du classement de l'e-gouvernement d'ici 2025.",
        ("metric", "value", "qualifier", "date"),
        [("regional_egov_rank", 5, "at_most", "2025")],
    ),
    (
        "Hanoï, 12 mars 2019 (VNA) - Le programme vise à faire entrer le Vietnam dans le groupe "
        "des 40 principaux pays en matière d'e-gouvernement d'ici 2030.",
        ("metric", "value", "qualifier", "date"),
        [("un_egov_rank", 40, "at_most", "2030")],
    ),
]

CASES += [
    # the UN survey's sub-indices named before their places (FACTS.md 7b: other)
    (
        "Hanoï, 5 août 2016 (VNA) - Ce classement repose sur trois indices : les services en "
        "ligne (le Vietnam est 71e), les infrastructures de télécommunication (104e) et le "
        "capital humain (120e).",
        F_FIG,
        [
            ("ranking", "other", 71, None),
            ("ranking", "other", 104, None),
            ("ranking", "other", 120, None),
        ],
    ),
]

CASES += [
    # a service that starts working on a date (`prêt à fonctionner ... à partir du`)
    (
        " date 2025-06 Hanoi (VNA) - Le portail national des services publics est prêt à "
        "fonctionner sous le mode du guichet unique à partir du 1er juillet 2025.",
        F_EVENT,
        [("event", "other", "2025-07-01", "planned")],
    ),
]

NOT_RANKINGS = [
    # the first to do something is no place
    "Hanoï, 8 mai 2025 (VNA) - L'Enquête 2026 des Nations unies sur l'e-gouvernement sera la "
    "première à mesurer les effets de la réforme, selon le ministère.",
    "Hanoï, 8 mai 2017 (VNA) - Le classement des villes intelligentes a été publié. Da Nang est la "
    "première localité du pays et l'une des 20 villes d'Asie à bénéficier de ce programme.",
    # a class after `de` is a category, and `en première ligne` no place
    "Hô Chi Minh-Ville, 3 mars 2019 (VNA) – Selon la circulaire du ministère de la Santé, d'ici "
    "2023, tous les hôpitaux de première classe s'activent dans l'établissement du système de "
    "technologies de l'information (TI) afin de déployer les dossiers médicaux électroniques.",
    "Hanoï, 5 mars 2019 (VNA) - La province est en première ligne de l'administration en ligne.",
    # places in indices of the economy, of ICT or of innovation (GCI, IDI, GII: FACTS.md 7b)
    "Hanoï, 3 juin 2020 (VNA) - Le Vietnam figurerait parmi les 50 premiers pays en termes de "
    "technologies de l'information (IDI), dans le top 50 en termes d'indice de compétitivité "
    "(GCI).",
    # a place in another ranking than the UN survey's (the Universal Postal Union's)
    "Hanoï, 20 octobre 2018 (VNA) - Le Vietnam a gagné cinq places dans le classement de "
    "l'Union postale universelle : il se trouve au cinquième rang sur 172.",
    # `les deux pays`: two countries, no top
    "Hanoï, 12 mars 2023 (VNA) - Les relations entre les deux pays ont progressé en matière "
    "de gouvernement numérique.",
    # an occurrence, not a place
    "Hanoï, 20 octobre (VNA) - Pour la première fois, le Vietnam entre dans le groupe très "
    "élevé de l'indice de l'ONU sur l'e-gouvernement en 2024.",
    # a province's place in an economic index is no e-government fact
    "Hanoï, 20 octobre (VNA) - En 2023, la province s'est classée au 4e rang de l'indice de "
    "compétitivité provinciale (PCI) et a développé ses services en ligne.",
    # the years a place is held count occurrences, no place
    "Hanoï, 20 octobre (VNA) - C'est la troisième année consécutive que la province conserve "
    "son rang dans l'indice PAR INDEX.",
]


@pytest.mark.parametrize("text", NOT_RANKINGS, ids=range(len(NOT_RANKINGS)))
def test_no_ranking(text):
    assert [f for f in extract(text) if f.type == "ranking"] == []


NOT_EVENTS = [
    # a report put out (`un rapport publié le mois dernier`) is no policy adopted, whatever
    # programme its authors are named after
    "Hanoï, 10 août 2023 (VNA) - Selon un rapport publié le mois dernier par le comité de "
    "pilotage du Projet 06 de la ville, 1,2 million de comptes VNeID ont été activés.",
    # what starts with an administrative reorganisation is no e-government event
    "Ninh Binh, 10 janvier 2026 (VNA) - Six mois après la fusion des provinces de Ninh Binh, Ha "
    "Nam et Nam Dinh, entrée en vigueur le 1er juillet 2025, la province accélère sa "
    "transformation numérique.",
    "Hanoï, 10 janvier 2026 (VNA) - Depuis le 1er juillet, avec l'entrée en fonctionnement de "
    "l'administration locale à deux niveaux, les communes accueillent les habitants en ligne.",
    # a launch named as where a change starts: the date after the figure reached is that figure's
    "Hanoï, 3 juillet 2024 (VNA) - Le nombre de services en ligne de l'application est passé de "
    "12 au moment de son lancement à 2 100 fin juin.",
    # `a lancé` after a quotation says, it launches nothing
    "Hanoï, 28 décembre 2022 (VNA) - « L'an prochain doit être celui des bases de données », a "
    "lancé le ministre devant les responsables des plateformes numériques du secteur.",
    # putting a share of procedures online by a horizon is a target, no launch that day
    "Hanoï, 13 octobre 2025 (VNA) - La ville vise la mise en ligne de 100 % des procédures "
    "liées aux entreprises d'ici la fin de l'année.",
    # a thing put in service on a page about no administration: no system launched
    "Le port de Hai Phong en plein essor\n\nHai Phong, 12 mars 2024 (VNA) - Le port de Hai Phong "
    "a accueilli 3 millions de conteneurs en 2023.\n\nLes navires y accostent désormais sans "
    "attendre. Inauguré en mai 2018, le terminal peut recevoir 50 navires.",
    # a report numbered and dated is no policy adopted
    "Hanoï, 28 novembre 2023 (VNA) - La plupart des députés étaient d'accord avec le nom du "
    "projet de loi et de la carte d'identité, comme expliqué dans le rapport n° 666 du 24 "
    "octobre 2023 du Comité permanent révisant le projet de loi sur l'identité.",
    # `données ouvertes` (open data) are open, not opened: no launch that day
    "Hanoï, 5 mai 2020 (VNA) - Le 12 mars 2020, le ministère a publié sur la plateforme "
    "nationale les données ouvertes de 20 ministères.",
    # `données ouvertes` (open data) opens nothing
    "Hanoï, 5 mai 2020 (VNA) - En 2019, la Banque mondiale a mené une évaluation de la "
    "préparation du Vietnam au gouvernement numérique et aux données ouvertes.",
    # `ouvriers` (workers) opens nothing
    "Hanoï, 5 juin 2025 (VNA) - Le 3 mai 2025, les ouvriers ont achevé le chantier du centre de "
    "données de la province.",
    # a goal from a year has its figure: no start of its own
    "Hanoï, 3 mars 2017 (VNA) - À partir de 2020, 100 % des procédures seront fournies en ligne.",
    # a law adopted in a month, on a subject outside e-government, is no fact of it
    "Hanoï, 6 décembre 2025 (VNA) - En novembre 2025, l'Assemblée nationale a adopté la loi sur "
    "la pêche.",
    # a timeline of something else than e-government
    "Programme du festival\n\n- 3 juin 2024 : ouverture de l'exposition de peinture.",
    # `tous les services` by a date is a target of all of them, no deadline of its own
    "Hanoï, 21 décembre 2020 (VNA) - La ville fournira tous les services publics en ligne au "
    "niveau 4 d'ici 2030.",
    # the span of the figures told is no start
    "Hanoï, 10 mars 2020 (VNA) - Du 9 décembre 2019 au 9 mars 2020, le portail national "
    "comptait plus de 77 200 comptes.",
    # a step begun that is no e-government's
    "Hanoï, 5 novembre 2023 (VNA) - L'entreprise a commencé à construire une usine en 2019.",
    # a launch told as a landmark, or with nothing launched named, is no news of its own
    "Hanoï, 5 mars 2025 (VNA) - Depuis que la plateforme nationale a été lancée, les citoyens "
    "déposent leurs dossiers en ligne.",
    "Hanoï, 5 mars 2025 (VNA) - De nombreuses solutions numériques ont été lancées et mises en "
    "œuvre.",
    # a figure counted since a year: the year is a period, no step of its own
    "Hanoï, 5 mars 2025 (VNA) - Depuis 2020, le district a mis en œuvre la numérisation de "
    "45 000 actes d'état civil.",
    # `la mise en place` is a noun, no step taken since the month
    "Hanoï, 5 juin 2019 (VNA) - Le cabinet conseille depuis mars 2019 le ministère pour la mise "
    "en place de son administration numérique.",
    # what was counted since a day starts nothing
    "Hanoï, 5 août 2024 (VNA) - Depuis le 1er juillet 2024, le portail a traité 2 millions de "
    "dossiers.",
    # a law named with its year: a name, no adoption told (4 of 5 such years in tests/real
    # were no fact)
    "Hanoï, 3 mars 2021 (VNA) - Selon la loi sur l'identification de 2014, les citoyens "
    "reçoivent une carte d'identité électronique.",
    "Hanoï, 3 mars 2024 (VNA) - La loi de 2023 sur l'identification remplacera la loi de 2014 "
    "sur l'identification des citoyens.",
    # a date then a verb with no document adopted
    "Hanoï, 3 mars (VNA) - Le 11 juillet 2024, le ministère a adopté une nouvelle approche "
    "du service aux usagers.",
    # a plan that is no document
    "Hanoï, 3 mars (VNA) - Sur le plan technique, le portail a été amélioré en 2023.",
    # a document adopted on another subject than public administration
    "Hanoï, 3 mars (VNA) - Le Premier ministre a signé le 2 mars 2025 la dépêche officielle "
    "n° 45/CD-TTg demandant aux provinces de se préparer aux crues et aux glissements de terrain.",
    # places gained in another ranking than an e-government one (the Universal Postal Union's)
    "Hanoï, 20 octobre 2018 (VNA) - Le Vietnam a gagné cinq places dans le classement de "
    "l'Union postale universelle : il se trouve au cinquième rang sur 172.",
    # a count since a month: the start of nothing
    "Hanoï, 3 mars 2023 (VNA) - Depuis octobre 2022, le portail a traité 2 millions de dossiers "
    "en ligne.",
    # a campaign launched on a date opening the sentence is no step of a project
    "Hanoï, 20 mars 2024 (VNA) - Le 3 mars 2024, la ville a lancé une campagne de "
    "sensibilisation aux services publics en ligne.",
    # a campaign launched is no service
    "Hanoï, 20 mars 2023 (VNA) - La ville a lancé le 3 mars une campagne d'émulation sur la "
    "réforme des procédures administratives.",
    # `à partir du` before a rank in a list, not a date
    "Hanoï, 3 mars 2024 (VNA) - Les frais des procédures administratives sont remboursés à "
    "partir du troisième certificat demandé.",
    # a month after `à partir de` without a start of service: a period of a figure
    "Hanoï, 3 mars 2024 (VNA) - À partir de janvier 2024, la part des dossiers traités en "
    "ligne a augmenté de 5 %.",
]


CASES += [
    # things of e-government counted in a sentence about it are its figures, whatever verb
    # tells them (`a annoncé`, `dispose de`); a denominator with no noun of its own counts what the
    # figure counts
    (
        "Hanoï, 5 avril 2022 (VNA) - Jusqu'en mars 2022, le ministère a annoncé 35 plateformes "
        "numériques nationales au service de la transformation numérique.",
        F_FIG,
        [("count", "other", 35.0, None)],
    ),
    (
        "Hanoï, 10 mai 2025 (VNA) - Pour ses services en ligne, la province dispose de 12 bases "
        "de données spécialisées.",
        F_FIG,
        [("count", "other", 12.0, None)],
    ),
    (
        "Hanoï, 25 décembre 2022 (VNA) - À ce jour, 21 services publics essentiels sur 25 "
        "destinés aux citoyens ont été mis en ligne.",
        F_FIG,
        [("count", "online_public_services", 21.0, 25)],
    ),
    # one of the N with the most of something: a top N
    (
        "Hanoï, 14 novembre 2024 (VNA) - Le portail d'information du gouvernement fait partie "
        "des 10 sites Web vietnamiens les plus visités.",
        ("type", "metric", "value", "qualifier"),
        [("ranking", "other", 10.0, "at_most")],
    ),
    # a place told with a verb of place and the number ranked (`occupant 89 sur 193 pays`)
    (
        "Hanoï, 5 août 2016 (VNA) - Le Vietnam a progressé de dix rangs dans le classement de "
        "l'ONU sur l'e-gouvernement, occupant 89 sur le total de 193 pays.",
        ("type", "metric", "value", "out_of", "change"),
        [("ranking", "un_egov_rank", 89.0, 193, 10.0)],
    ),
]

CASES += [
    # those that have not done something yet are a figure, but not of those that have: `other`
    (
        "Hanoï, 3 juillet (VNA) - Selon le ministère, environ 15 % des communes n'ont pas encore "
        "connecté leur guichet unique au portail national des services publics en 2024.",
        F_FIG,
        [("percentage", "other", 15.0, None)],
    ),
    (
        "Hanoï, 3 juillet (VNA) - Au 30 juin 2024, 2,3 millions de citoyens n'avaient pas encore "
        "activé leur compte d'identification électronique VNeID.",
        F_FIG,
        [("count", "other", 2_300_000.0, None)],
    ),
    # the parts of a set named before them, each a bare number told by its verb, are one record
    # each over the set, which gives none of its own (FACTS.md 7b)
    (
        "Hanoï, 3 juillet 2024 (VNA) - Sur les 40 tâches fixées par le plan de transformation "
        "numérique de la province, 25 ont été achevées, 10 sont en cours et 5 ont pris du retard.",
        F_FIG,
        [
            ("count", "other", 25.0, 40),
            ("count", "other", 10.0, 40),
            ("count", "other", 5.0, 40),
        ],
    ),
    (
        "Hanoï, 3 juillet 2024 (VNA) - Le score moyen des 22 ministères dans l'indice de "
        "transformation numérique a progressé, et 18 d'entre eux ont amélioré leur résultat par "
        "rapport à 2023.",
        F_FIG,
        [("count", "other", 18.0, 22)],
    ),
    (
        "Hanoï, 3 juillet 2024 (VNA) - Parmi les 30 plateformes numériques de la ville, 12 sont "
        "déjà connectées au portail.",
        F_FIG,
        [("count", "other", 12.0, 30)],
    ),
    # formalities are procedures, whatever they are about (trade), and the national single window
    # is written in either order
    (
        "Hanoï, 3 juillet 2024 (VNA) - L'objectif est qu'à la fin de 2025, 90 % des formalités "
        "d'import-export soient réglées via le guichet national unique.",
        ("type", "metric", "value", "status", "date"),
        [("percentage", "online_services_share", 90.0, "target", "2025")],
    ),
    # `qu'en` after a verb of saying opens what is said: its date is the figure's, not a year
    # compared with
    (
        "Hô Chi Minh-Ville, 7 août (VNA) - Le 6 août, la Sécurité sociale de la ville a annoncé "
        "qu'en juillet 2025, 300 000 comptes VNeID avaient été activés par les retraités.",
        ("metric", "value", "date"),
        [("registered_accounts", 300_000.0, "2025-07")],
    ),
    # after a comparative it compares
    (
        "Hanoï, 7 janvier 2024 (VNA) - Le portail a reçu 3 millions de dossiers en ligne, soit "
        "deux fois plus qu'en 2021.",
        ("metric", "value", "date"),
        [("dossiers_processed", 3_000_000.0, "2024-01-07")],
    ),
    # a value told a year before the report's date is dated a year before it (FACTS.md 6), and
    # `un an plus tôt` is no label
    (
        "Hanoï, 12 octobre 2024 (VNA) - Au 31 décembre 2023, 12 millions de comptes étaient "
        "enregistrés sur le portail, contre 8 millions un an plus tôt.",
        ("metric", "value", "date", "label"),
        [
            ("registered_accounts", 12_000_000.0, "2023-12-31", "comptes"),
            ("registered_accounts", 8_000_000.0, "2022-12-31", "comptes"),
        ],
    ),
    (
        "Hanoï, 12 janvier 2024 (VNA) - Le taux de dossiers traités en ligne a atteint 45 % en "
        "2023, contre 30 % un an auparavant.",
        ("value", "date"),
        [(45.0, "2023"), (30.0, "2022")],
    ),
    # a count compared with (`contre 3 millions en 2022`) counts what the count before it counts
    (
        "Hanoï, 12 janvier 2024 (VNA) - Le portail a reçu 4,5 millions de dossiers en ligne en "
        "2023, contre 3 millions en 2022.",
        ("metric", "value", "date"),
        [("dossiers_processed", 4_500_000.0, "2023"), ("dossiers_processed", 3_000_000.0, "2022")],
    ),
    # people whose information a database holds are its records (FACTS.md 7b); the insurance's
    # are insured people, and the databases of ministries connected count ministries
    (
        "Hanoï, 12 octobre 2024 (VNA) - La base de données nationale sur la population contient "
        "les informations de 98 millions de citoyens.",
        F_FIG,
        [("count", "digitized_records", 98_000_000.0, None)],
    ),
    (
        "Hanoï, 12 octobre 2024 (VNA) - Selon le ministère, la base de données sur l'assurance "
        "contient les informations de plus de 89 millions de personnes.",
        F_FIG,
        [("count", "insured_people", 89_000_000.0, None)],
    ),
    (
        "Hanoï, 12 octobre 2024 (VNA) - La plateforme est connectée aux bases de données de 9 "
        "ministères.",
        F_FIG,
        [("count", "connected_agencies", 9.0, None)],
    ),
    # a periodicity framing the whole sentence is its figures'
    (
        "Hanoï, 12 octobre 2024 (VNA) - Chaque mois, le portail reçoit en moyenne 250 000 "
        "dossiers en ligne.",
        ("metric", "value", "per"),
        [("dossiers_processed", 250_000.0, "month")],
    ),
    # the counters of a public service centre are a figure of it, not a count of centres
    (
        "Hanoï, 12 octobre 2024 (VNA) - Le centre de services administratifs publics de la "
        "province a été inauguré le 1er octobre et dispose de 40 guichets.",
        F_FIG,
        [("count", "other", 40.0, None)],
    ),
    # people counted by what they did as users of a service online
    (
        "Hanoï, 3 juillet 2024 (VNA) - Au premier semestre, 52 300 patients ont réglé leurs frais "
        "médicaux en ligne via l'application de l'hôpital.",
        F_FIG,
        [("count", "other", 52_300.0, None)],
    ),
    (
        "Hanoï, 3 juillet 2024 (VNA) - Depuis janvier, 2,1 millions de personnes ont consulté des "
        "informations sur le portail numérique de la province.",
        F_FIG,
        [("count", "other", 2_100_000.0, None)],
    ),
    # a rate with no noun of its own, in a sentence about e-government, whatever verb gives it
    (
        "Hanoï, 3 juillet 2024 (VNA) - En juin, 12 000 dossiers ont été déposés en ligne dans la "
        "province ; le taux de règlement dans les délais a dépassé 97 %.",
        ("type", "metric", "value", "qualifier"),
        [("percentage", "other", 97.0, "at_least")],
    ),
    (
        "Hanoï, 3 juillet (VNA) - En 2024, 12 ministères ne sont pas encore connectés à la "
        "plateforme nationale d'échange de documents.",
        ("type", "metric", "value", "text"),
        [("count", "other", 12.0, "12 ministères")],
    ),
    # identity records in the population database are records entered in a database (FACTS.md
    # 7b), whatever verb tells them
    (
        "Hanoï, 3 juillet 2024 (VNA) - La base de données nationale sur la population compte "
        "aujourd'hui 98,6 millions de fiches d'habitants, mises à jour par la police.",
        F_FIG,
        [("count", "digitized_records", 98_600_000.0, None)],
    ),
    (
        "Hanoï, 3 juillet 2024 (VNA) - Grâce à la vérification avec la base de données "
        "démographique, la province a corrigé 1,4 million de fiches erronées.",
        F_FIG,
        [("count", "digitized_records", 1_400_000.0, None)],
    ),
    # `connexion` is the noun of connecting: what a connection links is connected
    (
        "Hanoï, 3 juillet 2024 (VNA) - Le ministère a terminé les essais de connexion entre la "
        "plateforme et les systèmes de 14 ministères et secteurs.",
        F_FIG,
        [("count", "connected_agencies", 14.0, None)],
    ),
    (
        "Hanoï, 3 juillet 2024 (VNA) - La connexion du logiciel avec 27 provinces et villes est "
        "achevée.",
        F_FIG,
        [("count", "connected_localities", 27.0, None)],
    ),
    # a count whose parts follow it (`parmi lesquelles`) is their total, as with `dont`
    (
        "Hanoï, 3 juillet 2024 (VNA) - La province fournit 1.870 procédures administratives, parmi "
        "lesquelles 1.150 procédures sont proposées en ligne au niveau 4.",
        F_FIG,
        [
            ("count", "public_services_total", 1870.0, None),
            ("count", "online_public_services", 1150.0, None),
        ],
    ),
    # a place compared with (`contre la 86e place`) is in the ranking, over the same whole
    (
        "New York, 17 septembre 2024 (VNA) - L'enquête des Nations unies sur l'e-gouvernement "
        "classe le Vietnam au 64e rang sur 193 pays, contre la 79e place en 2022.",
        ("type", "metric", "value", "out_of"),
        [("ranking", "un_egov_rank", 79.0, 193)],
    ),
    # what an authority recommends or urges others to do by a date is a deadline, as what it
    # asks for is
    (
        "Hanoï, 3 mars 2023 (VNA) - Le ministère a recommandé aux provinces de raccorder leurs "
        "portails à la plateforme de paiement avant le 30 juin.",
        F_EVENT,
        [("event", "deadline", "2023-06-30", "planned")],
    ),
    (
        "Hanoï, 3 mars 2023 (VNA) - Le Premier ministre a exhorté les ministères à connecter "
        "leurs bases de données au centre national d'ici le 31 octobre.",
        F_EVENT,
        [("event", "deadline", "2023-10-31", "planned")],
    ),
    # a province's place in apposition, after the province, in an article on an index that
    # ranks them
    (
        "Hanoï, 10 mai 2024 (VNA) - Dans l'indice DTI 2023 des provinces, Bac Ninh occupe la 1re "
        "place. Elle est suivie de Hai Phong, 2e, et de Binh Duong, 3e.",
        ("type", "metric", "value"),
        [("ranking", "other", 2.0), ("ranking", "other", 3.0)],
    ),
    # `au cours de l'année`: the year the report speaks of, named before, in an article
    # published after it
    (
        "Hanoï, 12 mars 2024 (VNA) - En 2023, le taux de dossiers traités en ligne a atteint 35 %."
        "\n\nLa plateforme de paiement a enregistré 2,6 millions de transactions au cours de "
        "l'année.",
        ("type", "metric", "value", "date"),
        [("count", "payment_transactions", 2_600_000.0, "2023")],
    ),
    # in an article of that year, it is the article's
    (
        "Hanoï, 12 décembre 2023 (VNA) - La plateforme de paiement a enregistré 2,6 millions de "
        "transactions au cours de l'année.",
        ("type", "metric", "value", "date"),
        [("count", "payment_transactions", 2_600_000.0, "2023-12-12")],
    ),
    # a date opening a clause of its own, a figure right after it, is that figure's
    (
        "Hanoï, 20 septembre 2022 (VNA) - Le portail de la province compte 740.000 comptes, "
        "l'an dernier seulement 310.000 comptes.",
        ("type", "metric", "value", "date"),
        [
            ("count", "registered_accounts", 740_000.0, "2022-09-20"),
            ("count", "registered_accounts", 310_000.0, "2021"),
        ],
    ),
    # a bare figure compared with (`contre N`) counts what the clause before it counts: one
    # joined by `et` and a verb, or a part told with `dont`
    (
        "Hanoï, 8 janvier 2021 (VNA) - Au 31 décembre 2020, le portail proposait 2.700 services "
        "en ligne et avait reçu 65 millions de dossiers, contre 1,5 million à la fin juin.",
        ("type", "metric", "value"),
        [("count", "dossiers_processed", 1_500_000.0)],
    ),
    (
        "Hanoï, 8 janvier 2021 (VNA) - La ville propose 1.820 procédures administratives, dont "
        "1.105 aux niveaux 3 et 4, contre 640 fin juin 2019.",
        ("type", "metric", "value"),
        [("count", "online_public_services", 640.0)],
    ),
    # `mettre au point` is to develop: what is developed is counted
    (
        "Hanoï, 3 mars 2023 (VNA) - Les entreprises du pays ont mis au point 41 plates-formes "
        "numériques «Make in Vietnam».",
        ("type", "metric", "value"),
        [("count", "domestic_platforms", 41.0)],
    ),
    # a document adopted on a weekday told right after the verb: dated from the dispatch's day
    (
        "Da Nang, 14 mai 2025 (VNA) - Le Comité populaire de la ville a approuvé lundi le plan de "
        "transformation numérique pour 2025-2026.",
        F_EVENT,
        [("event", "other", "2025-05-12", "actual")],
    ),
    # an e-government architecture framework is a policy instrument adopted on its day
    (
        "Can Tho, 14 avril 2021 (VNA) - Le Comité populaire de la ville a approuvé le 12 avril le "
        "cadre d'architecture de l'administration numérique de la ville, version 2.0.",
        F_EVENT,
        [("event", "other", "2021-04-12", "actual")],
    ),
    # ... but where a service is offered, or what the provinces did, is counted
    (
        "Hanoï, 9 janvier 2024 (VNA) - Le paiement en ligne des amendes est désormais proposé dans "
        "les 63 provinces et villes.",
        ("type", "value"),
        [("count", 63.0)],
    ),
    (
        "Hanoï, 9 janvier 2024 (VNA) - Le service sera délivré sous forme électronique dans "
        "l'ensemble des 63 provinces et villes à partir du mois prochain.",
        ("type", "value"),
        [("count", 63.0)],
    ),
    # a date right after a participle of adoption is past, whatever the sentence goes on to
    (
        "Hanoï, 22 juin 2023 (VNA) - La circulaire sur les signatures électroniques, signée le 5 "
        "mai, entrera en vigueur le 1er août prochain.",
        F_EVENT,
        [("event", "other", "2023-05-05", "actual"), ("event", "other", "2023-08-01", "planned")],
    ),
    # `Le texte` opening the sentence after a document's adoption is that document
    (
        "Hanoï, 24 avril 2018 (VNA) - Le gouvernement a promulgué le 20 avril le décret sur "
        "l'identification électronique. Le texte entrera en vigueur le 15 juin prochain.",
        F_EVENT,
        [("event", "other", "2018-06-15", "planned")],
    ),
    # a share of dossiers filed or handled online is no share of services offered online
    (
        "Hanoï, 8 janvier 2024 (VNA) - Le portail des services publics de la province a reçu "
        "388.000 dossiers en ligne, soit 58 % du total des dossiers reçus.",
        ("type", "metric", "value"),
        [("percentage", "other", 58.0)],
    ),
    (
        "Hanoï, 8 janvier 2024 (VNA) - En 2023, 57 provinces avaient connecté leur système au "
        "Portail national des services publics, et la part des dossiers traités en ligne a "
        "atteint 41 % à l'échelle nationale.",
        ("type", "metric", "value"),
        [("percentage", "other", 41.0)],
    ),
    # ... and a clause of its own (`et que`) is read for itself
    (
        "Hanoï, 8 janvier 2024 (VNA) - La ville vise à ce que 85 % des dossiers des services "
        "publics soient déposés en ligne et que 100 % des services publics éligibles soient "
        "fournis en ligne.",
        ("type", "metric", "value"),
        [("percentage", "other", 85.0), ("percentage", "online_services_share", 100.0)],
    ),
    # a small count listed after another figure is counted, even after `les`
    (
        "Hanoï, 22 juin 2011 (VNA) - Le réseau relie désormais 24 services municipaux, les six "
        "arrondissements et 48 quartiers de la ville.",
        ("type", "metric", "value"),
        [("count", "connected_localities", 6.0)],
    ),
    # `X sur Y` with five words between, and `Sur Y ..., X` without an article
    (
        "Hanoï, 5 mars 2024 (VNA) - La province fournit 1 240 services publics en ligne complets "
        "sur 1 930 procédures administratives relevant de sa compétence.",
        F_FIG,
        [("count", "online_public_services", 1240.0, 1930)],
    ),
    (
        "Hanoï, 5 mars 2024 (VNA) - Sur 1.870 procédures administratives relevant de la ville, "
        "1.260 sont désormais proposées entièrement en ligne.",
        F_FIG,
        [("count", "online_public_services", 1260.0, 1870)],
    ),
    # a service that starts with the reorganisation is still an event
    (
        "Lai Chau, 10 août 2025 (VNA) - À partir du 1er juillet 2025, avec l'administration locale "
        "à deux niveaux, le centre de services de l'administration publique de la province reçoit "
        "les dossiers en ligne des habitants.",
        F_EVENT,
        [("event", "other", "2025-07-01", "actual")],
    ),
    # a system put into service with the reorganisation is still launched
    (
        "Lai Chau, 10 août 2025 (VNA) - Le centre provincial de données a été mis en service le "
        "1er juillet, avec l'administration locale à deux niveaux.",
        F_EVENT,
        [("event", "other", "2025-07-01", "actual")],
    ),
    # what an aside opened by a present participle names is not what the verb launches
    (
        "Hanoï, 8 janvier 2026 (VNA) - Le nouveau portail national des services publics, reposant "
        "sur la plateforme nationale d'intégration des données, sera lancé le 1er avril prochain.",
        F_EVENT,
        [("event", "portal_launch", "2026-04-01", "planned")],
    ),
    # `valides` (still valid) is an adjective, no verb of adoption
    (
        "Hanoï, 2 juillet 2021 (VNA) - Le décret exige que les provinces numérisent les résultats "
        "des procédures administratives toujours valides au plus tard le 31 décembre 2021.",
        F_EVENT,
        [("event", "deadline", "2021-12-31", "planned")],
    ),
    # two aims joined by `et de porter`, each dated by its own horizon
    (
        "Hanoï, 9 décembre 2019 (VNA) - L'objectif est d'y intégrer 1.200 services publics d'ici "
        "fin juin 2020 et de porter à 35 % la part des services publics fournis en ligne au "
        "niveau 4 d'ici fin 2021.",
        ("type", "metric", "value", "date"),
        [
            ("count", "online_public_services", 1200.0, "2020-06"),
            ("percentage", "online_services_share", 35.0, "2021"),
        ],
    ),
    # an aim joined by `et vise à ce que` has its own horizon
    (
        "Hanoï, 9 mars 2021 (VNA) - La province prévoit de connecter son application au portail "
        "national d'ici fin 2022 et vise à ce que 85 % des dossiers soient traités en ligne d'ici "
        "2026.",
        ("type", "value", "date"),
        [("percentage", 85.0, "2026")],
    ),
    # the rest of a whole, told after the figure with its own horizon, does not date the figure
    (
        "Hanoï, 5 mars 2024 (VNA) - À ce jour, 61 provinces et villes sur 63 ont connecté leur "
        "système au portail national, seule Lai Chau devant encore être raccordée d'ici juin.",
        ("type", "value", "date", "status"),
        [("count", 61.0, "2024-03-05", "actual")],
    ),
    (
        "Hanoï, 5 mars 2024 (VNA) - Actuellement, 20 ministères sur 22 sont reliés à la "
        "plateforme, les derniers devant l'être d'ici la fin de l'année.",
        ("type", "value", "date", "status"),
        [("count", 20.0, "2024-03-05", "actual")],
    ),
    # another country's place in apposition, in a sentence naming the survey: `other`
    (
        "New York, 20 juillet 2020 (VNA) - Dans l'enquête de l'ONU sur l'e-gouvernement, le "
        "Vietnam est 86e, loin derrière la Malaisie (47e).",
        ("type", "metric", "value"),
        [("ranking", "un_egov_rank", 86.0), ("ranking", "other", 47.0)],
    ),
    (
        "New York, 20 juillet 2020 (VNA) - Dans l'enquête de l'ONU, le Danemark conserve la tête "
        "du classement, devant la Finlande et Singapour, 4e.",
        ("type", "metric", "value"),
        [("ranking", "other", 4.0)],
    ),
    # a launch told as a trial (`lancé à titre pilote le ...`) is dated like any launch
    (
        "Hanoï, 5 mai 2023 (VNA) - Le paiement en ligne des frais de stationnement, lancé à "
        "titre pilote le 1er juillet 2021 dans trois arrondissements, couvre aujourd'hui toute "
        "la capitale.",
        F_EVENT,
        [("event", "system_launch", "2021-07-01", "actual")],
    ),
    (
        "Hanoï, 5 mai 2023 (VNA) - Mis en service à titre expérimental en mars 2022, le système "
        "de gestion électronique des dossiers de santé est désormais utilisé par les hôpitaux "
        "publics.",
        F_EVENT,
        [("event", "system_launch", "2022-03", "actual")],
    ),
    # a site's mark (`VOV.VN - `) opens the lead like a dateline: the date after it opens the
    # sentence and dates the launch its verb tells further on
    (
        "Le système des dossiers médicaux en service\n\n"
        "VOV.VN - Le jeudi 9 mars 2023, le ministère de la Santé, en présence de nombreux "
        "délégués, a solennellement mis en service le système national de gestion des dossiers "
        "médicaux électroniques.",
        F_EVENT,
        [("event", "system_launch", "2023-03-09", "actual")],
    ),
    # an opening clause telling the occasion and its date (`Lors d'une conférence tenue le ...,`)
    # dates the launch the sentence tells
    (
        "Hanoï, 5 mai 2023 (VNA) - Lors d'une cérémonie organisée le 2 mai à Hanoï, le ministère "
        "de la Justice a officiellement lancé le système national d'état civil électronique.",
        F_EVENT,
        [("event", "system_launch", "2023-05-02", "actual")],
    ),
    # a date ending the verb joined before the launch's is not the launch's
    (
        "Hanoï, 5 mai 2023 (VNA) - Réuni le 2 mai, le ministère de la Justice a fait le point sur "
        "l'année écoulée et lancé le système national d'état civil électronique.",
        F_EVENT,
        [("event", "system_launch", "2023-05-02", "actual")],
    ),
    # `l'année précédente` is the year before the one the sentence speaks of (`l'an dernier`
    # counts from the publication)
    (
        "Hanoï, 12 mai 2021 (VNA) - En 2019, le portail de la province a traité 84.000 dossiers, "
        "contre 61.000 l'année précédente.",
        ("type", "metric", "value", "date"),
        [
            ("count", "dossiers_processed", 84000, "2019"),
            ("count", "dossiers_processed", 61000, "2018"),
        ],
    ),
    (
        "Hanoï, 12 mai 2021 (VNA) - L'indice SIPAS 2019 montre un taux de satisfaction des "
        "usagers de 82,4 %, en hausse par rapport aux 80,1 % de l'année précédente.",
        ("type", "value", "date"),
        [("percentage", 82.4, "2019"), ("percentage", 80.1, "2018")],
    ),
    # the average of an index the sentence before names is one of its scores
    (
        "Hanoï, 12 mai 2021 (VNA) - Le ministère de l'Intérieur a publié jeudi l'indice de "
        "réforme administrative (PAR INDEX) 2020. La moyenne nationale atteint 81,2 %, contre "
        "79,5 % en 2019.",
        ("type", "metric", "value", "date"),
        [("percentage", "other", 81.2, "2020"), ("percentage", "other", 79.5, "2019")],
    ),
    # in an article about an index's edition, a share of what was done since a start is dated
    # by the publication, like the count it is a share of
    (
        "Hanoï, 17 avril 2024 (VNA) - Le ministère a annoncé les résultats du SIPAS 2023.\n\n"
        "Depuis le début de l'année, le centre provincial a reçu 52.300 dossiers, dont 41,5 % "
        "déposés en ligne.",
        ("type", "value", "date"),
        [("count", 52300, "2024-04-17"), ("percentage", 41.5, "2024-04-17")],
    ),
    # money set aside (`a réservé`) for e-government projects is their cost
    (
        "Hanoï, 17 avril 2024 (VNA) - Cette année, la province a réservé 38 milliards de dongs "
        "pour ses projets de gouvernement électronique.",
        ("type", "metric", "value"),
        [("money", "cost", 38e9)],
    ),
    # countries counted by their group in the UN index are figures about the world (FACTS.md
    # 7b), dated like the index's places
    (
        "New York, 20 juillet 2022 (VNA) - Selon l'enquête 2022 des Nations unies sur "
        "l'e-gouvernement, le Vietnam se classe 86e.\n\n"
        "Au total, 60 pays se situent désormais dans le groupe à indice « très élevé », contre "
        "57 en 2020.",
        ("type", "metric", "value", "date"),
        [
            ("ranking", "un_egov_rank", 86, "2022"),
            ("count", "other", 60, "2022"),
            ("count", "other", 57, "2020"),
        ],
    ),
    # a top the page's ranking names as an aim (`l'objectif ... : entrer dans le groupe des 60
    # premiers`) is a target in that ranking, whoever the clause's subject is
    (
        "Hanoï, 20 juillet 2020 (VNA) - Dans l'enquête 2020 des Nations unies sur "
        "l'e-gouvernement, le Vietnam se classe 86e.\n\n"
        "Les efforts restent insuffisants au regard de l'objectif fixé par le gouvernement : "
        "entrer dans le groupe des 60 premiers pays d'ici 2025.",
        ("type", "metric", "value", "date", "status"),
        [
            ("ranking", "un_egov_rank", 86, "2020", "actual"),
            ("ranking", "un_egov_rank", 60, "2025", "target"),
        ],
    ),
    # bodies counted over the whole by their score are an index's result
    (
        "Hanoï, 12 avril 2021 (VNA) - Le ministère de l'Intérieur a publié les résultats de "
        "l'année. Au total, 41 provinces et villes sur 63 obtiennent un score supérieur à la "
        "moyenne nationale.",
        F_FIG,
        [("count", "other", 41, 63)],
    ),
    # the country's place in apposition, named by the UN survey right after it (`onusienne`),
    # is its UN place even on a page about the DTI
    (
        "Hanoï, 12 avril 2023 (VNA) - Selon l'indice DTI 2022, Da Nang conserve la 1re place "
        "des provinces. Ces résultats doivent aider le Vietnam, 86e de l'enquête onusienne de "
        "2022, à progresser.",
        ("type", "metric", "value", "date"),
        [("ranking", "other", 1, "2022"), ("ranking", "un_egov_rank", 86, "2022")],
    ),
    # a place is not dated by the figure compared with told before it (`contre 0,41 en 2020;`),
    # nor by the day its report came out (`rendu public à la fin de juillet`), nor by the
    # edition it is kept from (`comme dans l'année 2020`)
    (
        "Hanoï, 3 mai 2022 (VNA) - Selon l'indice DTI 2021, le score moyen des provinces atteint "
        "0,52, contre 0,41 en 2020; Quang Ninh conserve la 1re place.",
        ("type", "value", "date"),
        [("count", 0.52, "2021"), ("count", 0.41, "2020"), ("ranking", 1, "2021")],
    ),
    (
        "Hanoï, 3 août 2022 (VNA) - Selon l'Enquête 2022 des Nations unies sur l'e-gouvernement, "
        "rendue publique à la fin de juillet, le Vietnam a maintenu la 86e place sur 193 pays, "
        "comme dans l'année 2020.",
        ("type", "metric", "value", "date"),
        [("ranking", "un_egov_rank", 86, "2022")],
    ),
    # tops joined by `et` share the horizon told after the last
    (
        "Hanoï, 10 octobre 2024 (VNA) - Dans l'enquête 2024 des Nations unies sur "
        "l'e-gouvernement, le Vietnam occupe la 71e place.\n\n"
        "Le gouvernement s'est fixé pour objectif d'entrer dans le top 40 mondial et dans le top "
        "2 de l'ASEAN d'ici 2035.",
        ("metric", "value", "date", "status"),
        [
            ("un_egov_rank", 71, "2024", "actual"),
            ("un_egov_rank", 40, "2035", "target"),
            ("regional_egov_rank", 2, "2035", "target"),
        ],
    ),
    # a rate brought to a figure and named after it (`porter à 40 % ... la part des services
    # publics en ligne`) is that rate
    (
        "Hanoï, 5 mars 2019 (VNA) - Le plan fixe pour objectif de porter à 40 % d'ici 2021 la "
        "part des services publics en ligne de niveau 4.",
        ("type", "metric", "value", "date", "status"),
        [("percentage", "online_services_share", 40, "2021", "target")],
    ),
    # a date told after `après` + a step, past the figure's clause, is the step's
    (
        "Hanoï, 5 mars 2024 (VNA) - Le portail propose désormais 2.950 services publics en "
        "ligne, après la simplification de centaines de procédures l'an dernier.",
        ("type", "metric", "value", "date"),
        [("count", "online_public_services", 2950, "2024-03-05")],
    ),
    # a goal compared with a share told just before (`loin de l'objectif de 30 %`) is a goal for
    # that share; `représentent 3 % des services` is a share of services; a clause before a colon
    # (`restait en retard :`) excludes nothing from the rate after it
    (
        "Hanoï, 2 novembre 2018 (VNA) - Au 30 septembre, les ministères fournissaient 84.000 "
        "services publics en ligne, dont 2.100 aux niveaux les plus élevés. Ces derniers ne "
        "représentent que 2,8 % des services offerts, loin de l'objectif de 30 % fixé pour 2020.",
        ("type", "metric", "value", "status"),
        [
            ("count", "online_public_services", 84000, "actual"),
            ("count", "online_public_services", 2100, "actual"),
            ("percentage", "online_services_share", 2.8, "actual"),
            ("percentage", "online_services_share", 30, "target"),
        ],
    ),
    (
        "Hanoï, 2 novembre 2018 (VNA) - Le pays reste en retard : le taux de services publics en "
        "ligne de niveau 4 ne dépasse pas 5,1 %.",
        ("type", "metric", "value"),
        [("percentage", "online_services_share", 5.1)],
    ),
    # shares listed before their noun (`au moins 40 % et 15 % des services publics`) are shares
    # of that noun
    (
        "Hanoï, 4 mai 2014 (VNA) - Le programme prévoit que d'ici 2016, au moins 40 % et 15 % des "
        "services publics soient respectivement fournis en ligne aux niveaux 3 et 4.",
        ("type", "metric", "value", "status"),
        [
            ("percentage", "online_services_share", 40, "target"),
            ("percentage", "online_services_share", 15, "target"),
        ],
    ),
    # another country's world place, in apposition with its scope (`Singapour, 4e au niveau
    # mondial,`) or told by `se hisse`, is `other` (FACTS.md 7b)
    (
        "Hanoï, 20 septembre 2024 (VNA) - Dans l'enquête 2024 des Nations unies sur "
        "l'e-gouvernement, le Vietnam se classe 71e. La Corée, 4e au niveau mondial, reste en "
        "tête de la région.",
        ("metric", "value"),
        [("un_egov_rank", 71), ("other", 4)],
    ),
    (
        "Hanoï, 20 septembre 2024 (VNA) - Dans l'enquête 2024 des Nations unies sur "
        "l'e-gouvernement, le Vietnam se classe 71e. Singapour se hisse quant à elle à la 2e "
        "place mondiale.",
        ("metric", "value"),
        [("un_egov_rank", 71), ("other", 2)],
    ),
    # a deadline told with the month's name elided (`d'ici la fin du mois d'avril`)
    (
        "Hanoï, 10 mars 2025 (VNA) - Le ministre a demandé aux provinces de désigner, d'ici la "
        "fin du mois d'avril, un responsable de la transformation numérique.",
        F_EVENT,
        [("event", "deadline", "2025-04", "planned")],
    ),
    # a fraction told to four places where an index is told of is one of its scores; a
    # threshold told to one place is not
    (
        "Hanoï, 20 juillet 2023 (VNA) - Le ministère a publié l'indice de transformation "
        "numérique (DTI) 2022 des provinces.\n\n"
        "Derrière Da Nang figure Hai Phong, 2e avec 0,6231. Le ministère de la Justice, avec "
        "0,5478, perd quatre places. Les provinces au-dessus de 0,5 sont jugées avancées.",
        ("type", "value", "date"),
        [("ranking", 2, "2022"), ("count", 0.6231, "2022"), ("count", 0.5478, "2022")],
    ),
    # the horizon of a goal told after `vise` is the goal's, not the date of the money before it
    (
        "Hanoï, 5 août 2016 (VNA) - Doté de 380 milliards de dongs, le plan vise à porter à 40 % "
        "la part des procédures offertes en ligne au niveau 4 d'ici 2020.",
        ("type", "value", "date", "status"),
        [("money", 380e9, "2016-08-05", "planned"), ("percentage", 40, "2020", "target")],
    ),
    # the day of a step a figure is told after (`Après la fusion ... le 1er juillet 2025,`) is
    # not the figure's
    (
        "Hanoï, 3 février 2026 (VNA) - Après la fusion avec la province voisine le 1er juillet "
        "2025, la nouvelle province compte 131 communes et quartiers dotés d'un centre de "
        "services de l'administration publique.",
        ("type", "value", "date"),
        [("count", 131, "2026-02-03")],
    ),
    # two aims after a verb of will, joined by `et` and an infinitive, take their own horizons
    (
        "Hanoï, 3 février 2025 (VNA) - La ville veut numériser 100 % des registres d'ici la fin de "
        "l'année et atteindre 90 % de dossiers traités en ligne d'ici 2030.",
        ("type", "value", "date"),
        [("percentage", 100, "2025"), ("percentage", 90, "2030")],
    ),
    # a sub-index told after a contrast is the next place's, not the region's place before it
    (
        "Hanoï, 20 septembre 2024 (VNA) - Dans l'enquête 2024 de l'ONU sur l'e-gouvernement, le "
        "Vietnam se classe 4e sur 11 pays en Asie du Sud-Est, tandis que l'indice des services en "
        "ligne (OSI) le place au 61e rang mondial.",
        ("metric", "value"),
        [("regional_egov_rank", 4), ("other", 61)],
    ),
    # a plan of e-administration approved on a day is a policy instrument adopted
    (
        "Hanoï, 5 août 2021 (VNA) - Ces chiffres s'inscrivent dans le plan d'e-administration "
        "2021-2025 approuvé le 8 mars 2021 par la province.",
        F_EVENT,
        [("event", "other", "2021-03-08", "actual")],
    ),
    # places counted after places are more places, no place where a count was made
    (
        "Hanoï, 14 octobre 2020 (VNA) - La province a déployé son système de gestion des dossiers "
        "en ligne dans ses 12 districts ainsi que dans 118 communes.",
        ("type", "value"),
        [("count", 12), ("count", 118)],
    ),
    # a sub-index told after `tout en` is what else the country did, not the place's survey
    (
        "Hanoï, 10 janvier 2023 (VNA) - Dans le classement des Nations unies publié en septembre "
        "2022, le Vietnam a maintenu sa 86e place (sur 193 pays), tout en améliorant son indice "
        "des services en ligne.",
        ("metric", "value"),
        [("un_egov_rank", 86)],
    ),
    # a date told right after another figure is that figure's, not the place's before it; the
    # main index named after the place is no sub-index, wherever the words read stop
    (
        "Hanoï, 10 janvier 2023 (VNA) - Le Vietnam a conservé l'an dernier sa 86e place sur 193 "
        "pays dans l'enquête des Nations unies sur l'e-gouvernement, son indice de développement "
        "de l'e-gouvernement passant de 0,6667 en 2020 à 0,6787.",
        ("type", "metric", "value", "date"),
        [
            ("ranking", "un_egov_rank", 86, "2022"),
            ("count", "other", 0.6667, "2020"),
            ("count", "other", 0.6787, "2022"),
        ],
    ),
    # an index's score told after it keeps its place when what drove it is the economy's
    (
        "Hanoï, 20 septembre 2024 (VNA) - L'indice des infrastructures de télécommunications "
        "(TII) s'établit à 0,7931, tiré par l'essor du haut débit mobile et de la 5G.",
        ("type", "value"),
        [("count", 0.7931)],
    ),
    # another country's world place told by a participle in apposition (`Singapour, classé 9e
    # au niveau mondial`) is `other`, not the region's nor the country's own
    (
        "Hanoï, 10 octobre 2022 (VNA) - Dans l'enquête 2022 de l'ONU sur l'e-gouvernement, le "
        "Vietnam se classe au 6e rang des 11 pays de l'ASEAN, loin derrière Singapour, classé 9e "
        "au niveau mondial.",
        ("metric", "value"),
        [("regional_egov_rank", 6), ("other", 9)],
    ),
    # a place held at the edition before the page's is dated two years before for the UN survey
    # (held every two years), one year before for a national index
    (
        "Hanoï, 20 septembre 2024 (VNA) - Dans l'enquête 2024 de l'ONU sur l'e-gouvernement, le "
        "Vietnam se classe 71e. En Asie du Sud-Est, il se hisse au 5e rang sur 11 pays, contre la "
        "6e place lors de l'édition précédente.",
        ("metric", "value", "date"),
        [
            ("un_egov_rank", 71, "2024"),
            ("regional_egov_rank", 5, "2024"),
            ("regional_egov_rank", 6, "2022"),
        ],
    ),
    (
        "Hanoï, 12 avril 2024 (VNA) - Selon l'indice PAR INDEX 2023, la province de Binh Dinh "
        "se classe 8e sur 63 provinces, alors qu'elle était 14e lors de l'édition précédente.",
        ("metric", "value", "date"),
        [("other", 8, "2023"), ("other", 14, "2022")],
    ),
    # a part of the whole on a page about an index's edition is one of its results, however far
    # the index was named
    (
        "Hanoï, 12 avril 2021 (VNA) - Le ministère de l'Intérieur a publié jeudi les résultats "
        "du PAR INDEX 2020.\n\n"
        "Quang Ninh obtient le meilleur résultat. Au total, 31 des 63 localités franchissent la "
        "barre des 85 %.",
        F_FIG,
        [("count", "other", 31, 63)],
    ),
    # a place held before told in the negative (`où il n'occupait que la 99e place`) is of the
    # year compared with
    (
        "Hanoï, 5 août 2018 (VNA) - Selon l'enquête 2018 des Nations unies sur l'e-gouvernement, "
        "le Vietnam se classe 88e sur 193 pays, en hausse d'une place par rapport à 2016, où il "
        "n'occupait que la 89e place.",
        ("metric", "value", "date"),
        [("un_egov_rank", 88, "2018"), ("un_egov_rank", 89, "2016")],
    ),
    # a launch bound by `avant le` is a deadline's, and a plan's year opening the sentence
    # (`Pour 2024,`) is no day of what the plan asks
    (
        "Hanoï, 8 janvier 2024 (VNA) - Pour 2024, le gouvernement a demandé d'achever la mise en "
        "ligne des procédures restantes avant le 30 septembre.",
        F_EVENT,
        [("event", "deadline", "2024-09-30", "planned")],
    ),
    # a place told by what a sub-index measures (`pour la participation électronique`) is that
    # sub-index's
    (
        "Hanoï, 18 septembre 2024 (VNA) - Dans l'enquête 2024 des Nations unies sur "
        "l'e-gouvernement, le Vietnam occupe la 71e place. Le pays se classe 47e pour les "
        "données ouvertes.",
        ("metric", "value"),
        [("un_egov_rank", 71), ("other", 47)],
    ),
    # a share worked out from the services online told just before (`, soit un taux de`) is the
    # share of services online
    (
        "Hanoï, 28 août 2020 (VNA) - Ce portail regroupe sur une même plateforme les 1.650 "
        "procédures administratives relevant des services provinciaux, des districts et des "
        "communes, dont 1.122 sont offertes en ligne aux niveaux 3 et 4, soit un taux de 68 %, "
        "parmi les plus élevés du pays.",
        ("type", "metric", "value"),
        [
            ("count", "public_services_total", 1650),
            ("count", "online_public_services", 1122),
            ("percentage", "online_services_share", 68),
        ],
    ),
]


@pytest.mark.parametrize(("text", "fields", "expected"), CASES, ids=range(len(CASES)))
def test_facts_of_press_sentences(text, fields, expected):
    found = got(text, fields)
    for exp in expected:
        assert exp in found, (exp, found)


@pytest.mark.parametrize("text", NOT_EVENTS, ids=range(len(NOT_EVENTS)))
def test_no_adoption_event(text):
    assert [f for f in extract(text) if f.type == "event"] == []


def test_a_change_told_after_a_place_is_no_count_of_its_own():
    text = (
        "Hanoï, 3 avril 2024 (VNA) - La province se classe 48e sur 61 provinces dans l'indice "
        "PAPI 2023. Son score a diminué, entraînant une chute de 17 places."
    )
    assert [(f.type, f.value, f.change) for f in extract(text)] == [("ranking", 48.0, -17.0)]


def test_an_equivalent_told_after_the_amounts_complement_is_its_value_usd():
    text = (
        "Hanoï, 12 octobre 2024 (VNA) - La ville a investi 120 milliards de dongs dans son centre "
        "de données, soit environ 4,8 millions de dollars."
    )
    assert [(f.value, f.unit, f.value_usd) for f in extract(text)] == [
        (120_000_000_000.0, "VND", 4_800_000.0)
    ]


def test_a_set_named_before_its_parts_is_no_fact_of_its_own():
    text = (
        "Hanoï, 3 juillet 2024 (VNA) - Parmi les 30 plateformes numériques de la ville, 12 sont "
        "déjà connectées au portail et 9 ne le sont pas encore."
    )
    assert [(f.value, f.out_of) for f in extract(text)] == [(12.0, 30), (9.0, 30)]


@pytest.mark.parametrize(
    ("text", "label"),
    [
        # the noun after `le nombre de`, with its complement, without the verb after it
        (
            "Hanoï, 10 mars 2021 (VNA) - Le nombre de transactions de paiement en ligne a "
            "atteint 8,5 millions.",
            "transactions de paiement",
        ),
        ("Hanoï, 10 mars 2021 (VNA) - Le nombre de comptes a atteint 2 millions.", "comptes"),
        # a qualifier names nothing: the metric's label
        (
            "Hanoï, 3 juillet 2021 (VNA) - Le projet de base de données a nécessité un "
            "investissement total de près de 3.100 milliards de dongs.",
            "coût et investissement",
        ),
        # a periodicity or a horizon names nothing: the metric's label
        (
            "Hanoï, 10 mars 2021 (VNA) - Le portail permet d'économiser 6.700 milliards de dongs "
            "chaque année.",
            "économies réalisées",
        ),
        # the noun phrase is cut before the verb of its clause
        (
            "Hanoï, 10 mars 2021 (VNA) - D'ici 2025, 80 % des services publics éligibles seront "
            "fournis en ligne au niveau 4.",
            "des services publics éligibles",
        ),
        # the words that open the figure's date (`au cours du premier semestre`) are no label
        (
            "Hanoï, 12 octobre 2024 (VNA) - Le portail a reçu en moyenne plus de 30 000 dossiers "
            "par jour au cours du premier semestre.",
            "dossiers par jour",
        ),
        # a sub-index's name, not the words up to its place
        (
            "Hanoï, 3 juillet 2020 (VNA) - Selon l'enquête de l'ONU, il a reculé de 3 places "
            "pour l'indice des infrastructures de télécommunications, au 69e rang.",
            "indice: infrastructures de télécommunications",
        ),
        # a ministry named before its place is ranked at home, no other country
        (
            "Hanoï, 3 avril 2023 (VNA) - Selon l'indice DTI 2022, le ministère de la Justice "
            "occupe la première place.",
            "classement national",
        ),
        # a city's place in the national DTI is a national ranking, not another country's
        (
            "Hanoï, 12 octobre 2024 (VNA) - Selon le classement DTI 2023, Da Nang se classe "
            "premier, suivi de Hanoï et de Hô Chi Minh-Ville.",
            "classement national",
        ),
        # a province's place among provinces is a national ranking, not another country's
        (
            "Hanoï, 3 mars 2022 (VNA) - Dans l'indice DTI 2021, Thua Thien-Hue s'est classée 2e "
            "sur 63 provinces et villes.",
            "classement national",
        ),
        # a rate named before its figure names the figure
        (
            "Hanoï, 8 juillet 2025 (VNA) - Le taux de paiement en ligne a atteint 78,5 %.",
            "taux de paiement en ligne",
        ),
        # a change is labelled by its word, a verb's by its direction
        (
            "Hanoï, 8 juillet 2025 (VNA) - Le nombre de comptes sur le portail augmentera de "
            "20 % chaque année.",
            "hausse",
        ),
        (
            "Hanoï, 8 juillet 2025 (VNA) - Le nombre de dossiers papier sur le portail a reculé "
            "de 15 % par rapport à 2023.",
            "baisse",
        ),
        # the rate's name stops before a negated verb
        (
            "Hanoï, 10 octobre 2019 (VNA) - Le taux de paiement en ligne ne dépassait pas "
            "encore 21 %.",
            "taux de paiement en ligne",
        ),
    ],
)
def test_labels_name_what_is_measured(text, label):
    assert [f.label for f in extract(text)] == [label]


@pytest.mark.parametrize(
    "text",
    [
        "Hanoï, 5 février 2021 (VNA) - Le projet de ville intelligente devrait coûter 70 "
        "milliards de dongs (2,8 millions d'euros).",
        "Hanoï, 5 février 2017 (VNA) - Le coût de ce visa électronique est de 25,00$ (environ "
        "23,00€).",
    ],
)
def test_an_amount_in_another_currency_is_the_same_amount(text):
    assert len([f for f in extract(text) if f.type == "money"]) == 1


def test_a_place_held_for_years_is_one_place():
    text = (
        "Hanoï, 12 octobre 2024 (VNA) - La ville de Da Nang se classe première dans l'indice de "
        "transformation numérique (DTI) pour la quatrième année consécutive."
    )
    assert [(f.type, f.value) for f in extract(text)] == [("ranking", 1.0)]


def test_a_participle_after_a_figure_is_no_label():
    # `40 % fixé pour 2024`: the participle names nothing measured
    text = (
        "Hanoï, 12 octobre 2024 (VNA) - Le taux de dossiers en ligne a atteint 43,27 %, dépassant "
        "l'objectif de 40 % fixé pour 2024."
    )
    labels = {f.value: f.label for f in extract(text)}
    assert 40.0 in labels and "fixé" not in labels[40.0]


def test_the_places_a_count_was_made_in_are_no_figure():
    text = (
        "Hué, 15 juillet 2025 (VNA) - Du 1er au 14 juillet 2025, la ville a reçu et traité 17 "
        "710 dossiers de procédure administrative dans 40 communes et quartiers, dont le taux de "
        "dépôt en ligne a atteint 75,78 %."
    )
    assert [f.value for f in extract(text) if f.type == "count"] == [17710]


def test_a_denominator_followed_by_a_verb_is_no_count():
    # `9 entreprises sur 10 déclarent ...`: 10 is the denominator, the verb is no noun of its own
    text = (
        "Hanoï, 12 novembre 2024 (VNA) - Près de 9 entreprises sur 10 déclarent désormais leurs "
        "impôts en ligne."
    )
    assert [(f.value, f.out_of) for f in extract(text)] == [(9, 10)]


def test_the_whole_a_place_is_among_is_no_count_of_its_own():
    text = (
        "Hanoï, 12 avril 2024 (VNA) - La province s'est hissée à la 14e place du classement de "
        "l'indice de transformation numérique (DTI) 2023 des 63 provinces et villes."
    )
    assert [(f.type, f.value, f.out_of) for f in extract(text)] == [("ranking", 14.0, 63)]


def test_a_title_figure_told_again_in_the_body_is_the_body_fact():
    # the headline rounds the body's figure and has no date of its own
    text = (
        "Plus de 10 millions de personnes ont intégré leur carnet de santé sur VNeID\n"
        "Hanoï, 21 mars 2024 (VNA) - Selon le ministère de la Santé, jusqu'au 20 mars, plus de "
        "10,2 millions de personnes avaient intégré leur carnet de santé électronique sur "
        "l'application VNeID."
    )
    assert [(f.value, f.date) for f in extract(text)] == [(10.2e6, "2024-03-20")]


def test_a_title_figure_the_body_does_not_tell_is_kept():
    text = (
        "Le portail national a reçu 3 millions de dossiers en 2023\n"
        "Hanoï, 21 mars 2024 (VNA) - Le portail a été salué par les usagers pour sa rapidité."
    )
    assert [(f.value, f.date) for f in extract(text)] == [(3e6, "2023")]


def test_a_title_under_a_site_name_restated_in_the_body_is_the_body_fact():
    # the heading lines of an aggregator's page: its name, the title, a byline
    text = (
        "Vietnam.vn - Nền tảng quảng bá Việt Nam\n"
        "Plus de 10 millions de personnes ont intégré leur carnet de santé sur VNeID\n"
        "Báo Thanh NiênBáo Thanh Niên21/03/2024\n"
        "Selon le ministère de la Santé, jusqu'au 20 mars, plus de 10,2 millions de personnes "
        "avaient intégré leur carnet de santé électronique sur l'application VNeID."
    )
    assert [(f.value, f.date) for f in extract(text)] == [(10.2e6, "2024-03-20")]


def test_a_figure_told_at_two_precisions_of_one_date_is_one_fact():
    # the lead sums up the year, the report gives the day
    text = (
        "Le portail franchit un cap\n\n"
        "Hanoï, 9 janvier 2024 (VNA) - En 2023, le portail a reçu près de 1,2 milliard de "
        "visites.\n\nSelon le rapport, au 31 décembre 2023, le portail avait reçu près de 1,2 "
        "milliard de visites depuis son lancement."
    )
    assert [(f.value, f.date) for f in extract(text)] == [(1.2e9, "2023-12-31")]


def test_places_gained_told_in_words_are_the_change_of_the_place():
    # `deux` is no elided `d'` followed by `ux`
    text = (
        "Hanoï, 16 juin 2021 (VNA) - En 2020, le Vietnam s'est classé 86e sur 193 pays dans "
        "l'enquête de l'ONU sur l'e-gouvernement, gagnant deux places par rapport à 2018."
    )
    assert [(f.type, f.value, f.change) for f in extract(text)] == [("ranking", 86.0, 2)]


def test_a_cybersecurity_place_told_after_the_un_survey_is_no_fact():
    # (FACTS.md 7b: cybersecurity indices give no fact, whatever survey the sentence before named)
    facts = extract(
        "Hanoï, 4 août 2018 (VNA) - L'Enquête des Nations unies sur l'e-gouvernement 2018 classe "
        "le Vietnam 88e. Dans l'Indice mondial de cybersécurité 2018 de l'Union internationale "
        "des télécommunications, le Vietnam figurait au 50e rang. Le pays figure aussi parmi les "
        "25 premiers de l'Indice mondial de cybersécurité pour la région."
    )
    assert [f.value for f in facts if f.type == "ranking"] == [88.0]


def test_a_standfirst_restating_a_body_figure_is_no_fact_of_its_own():
    # the lines before the dispatch's dateline are the title and its standfirst: a figure they
    # restate is the body's fact, dated as the body dates it
    text = (
        " date 2024-01\nLe portail national franchit un nouveau cap\n\n"
        "Plus de 8,7 millions de comptes, près de 1,1 milliard de visites : le portail national "
        "des services publics a confirmé en 2023 sa place centrale.\n\n"
        "Hanoï, 9 janvier (VNA) - Au 31 décembre 2023, le portail national des services publics "
        "comptait plus de 8,7 millions de comptes enregistrés et avait reçu près de 1,1 milliard "
        "de visites."
    )
    accounts = [(f.value, f.date) for f in extract(text) if f.metric == "registered_accounts"]
    assert accounts == [(8_700_000.0, "2023-12-31")]


def test_a_title_event_told_at_the_month_is_the_bodys():
    # the title announces at the month the step the body dates to the day
    text = (
        " date 2024-06\nUn nouveau décret sur l'identification électronique entre en vigueur en "
        "juillet\n\n"
        "Hanoï, 27 juin (VNA) - Le gouvernement a promulgué le 25 juin le décret n°70/2024/NĐ-CP "
        "sur l'identification électronique, qui entrera en vigueur le 1er juillet prochain."
    )
    events = sorted(f.date for f in extract(text) if f.type == "event")
    assert events == ["2024-06-25", "2024-07-01"]
