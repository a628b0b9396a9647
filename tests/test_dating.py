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
    # the year an index is published for is its edition's, past, not a horizon: with a year's
    # total told, a `16 mars` dispatch is of the next year
    (
        "Titre\n\nHô Chi Minh-Ville, 16 mars (VNA) - La ville a inauguré hier son portail. En "
        "2022, elle a reçu 2,1 millions de dossiers en ligne. Dans l'indice DTI publié pour 2022, "
        "elle s'est classée 4e sur 63.",
        ("2023-03-16", "inferred"),
    ),
    # a horizon told before a saying verb (`d'ici 2020, a indiqué`) is ahead of the day
    (
        "Titre\n\nHanoï, 28 décembre (VNA) - Le ministère a dressé le bilan de l'année. En 2015, "
        "le portail a traité 8 millions de dossiers. Un budget de 900 milliards de dongs devrait "
        "être mobilisé d'ici 2020, a indiqué le vice-ministre.",
        ("2015-12-28", "inferred"),
    ),
    # a year whose total is told (`En 2022, la ville a reçu ...`) is over, or nearly: a dispatch of
    # March is of the next year; a total so far (`déjà`) is of the year in course
    (
        "Titre\n\nHô Chi Minh-Ville, 15 mars (VNA) - La ville a inauguré hier son portail. En "
        "2022, elle a reçu plus de 2,3 millions de dossiers en ligne.",
        ("2023-03-15", "inferred"),
    ),
    (
        "Titre\n\nHô Chi Minh-Ville, 15 mars (VNA) - La ville a inauguré hier son portail. En "
        "2022, elle a déjà reçu plus de 300.000 dossiers en ligne.",
        ("2022-03-15", "inferred"),
    ),
    # a dateline's year is no older than what the text names: the Projet 06 is of 2022, the
    # two-level local administration of 2025
    (
        "Titre\n\nHanoï, 8 novembre (VNA) - Le bilan du Projet 06 a été dressé hier. Le paiement "
        "des amendes en ligne, lancé à titre pilote le 1er juillet 2021, est désormais proposé "
        "partout.",
        ("2022-11-08", "inferred"),
    ),
    (
        "Titre\n\nLe bilan de l'administration locale à deux niveaux a été dressé. En 2024, la "
        "province avait reçu 2 millions de dossiers en ligne.",
        ("2025", "inferred"),
    ),
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
    # a plan's period is told from its first year: a plan is news when it is adopted
    (
        "Hanoï, 12 mai (VNA) - Le ministère de la Justice a publié le 10 mai une décision qui "
        "fixe les tâches de la numérisation de l'état civil au cours de la période 2024-2026. "
        "D'ici 2030, tous les actes seront délivrés en ligne.",
        ("2024-05-12", "inferred"),
    ),
    (
        "Titre\n\nChaque foyer disposera d'un compte numérique en 2027, selon l'objectif fixé "
        "par le programme national de données pour la période 2022-2027.",
        ("2022", "inferred"),
    ),
    # a plan named among others, with no day to check it against, dates nothing
    (
        "Titre\n\nLors de la rencontre, le ministre a présenté les priorités du pays, notamment "
        "la stratégie nationale de données pour la période 2022-2027 et le décret sur "
        "l'identification électronique.",
        (None, "unknown"),
    ),
    # a period the sentence looks back on is told from its end
    (
        "Hanoï, 9 mars (VNA) - Au terme du plan pour la période 2016-2020, la province vise "
        "désormais 90 % de dossiers en ligne d'ici 2025.",
        ("2020-03-09", "inferred"),
    ),
    # a header with its day is the day, whatever day the lead tells
    (
        " date 2025-08-19 Le 18 août, à Hanoï, le Premier ministre a inauguré le centre de "
        "données.",
        ("2025-08-19", "header"),
    ),
    # a header month without an agency dateline: the lead's day may be the event's, not today
    (
        " date 2021-10 Hanoi (VNA) - Lors d'un séminaire tenu mardi 19 octobre, le ministère a "
        "publié l'indice de 2020.",
        ("2021-10", "header"),
    ),
    # a byline: an outlet's or author's name with a numeric date, above the text
    (
        "Le portail gagne des usagers\n\nBáo Tin Tức•12/04/2023\n\nLe portail a reçu 3 millions "
        "de dossiers en 2022.",
        ("2023-04-12", "dateline"),
    ),
    (
        "Les actes de naissance en ligne\nNGUYỄN VĂN AN 06/01/2026 09:27 (GMT+7)\nLa ville a "
        "délivré 12.000 actes en 2025.",
        ("2026-01-06", "dateline"),
    ),
    # a numeric date inside a sentence is no byline
    (
        "Titre\n\nLa décision prise le 05/03/2021 a ouvert le portail. Il a reçu 2 millions de "
        "dossiers en 2022.",
        ("2022", "inferred"),
    ),
    # the lead says a document was just signed: its date is the news
    (
        "Titre\n\nLe Premier ministre vient de signer la décision n° 12/QĐ-TTg du 3 mars 2022 "
        "approuvant le plan de numérisation des registres d'état civil.",
        ("2022-03-03", "inferred"),
    ),
    # a document quoted in the lead dates nothing; the as-of date of a report gives its year: the
    # report is written after that day, in a month the text does not tell (FACTS.md 5 rule 4)
    (
        "En application de la dépêche n° 15/UBND du 9 juin 2023, au 19 juin 2023, la ville "
        "comptait 95.000 comptes activés.",
        ("2023", "inferred"),
    ),
    # no day at all: the latest year told as past or present, never a horizon
    (
        "En 2023, la province a traité 1,2 million de dossiers en ligne; elle vise 80 % d'ici "
        "2025.",
        ("2023", "inferred"),
    ),
    # a future event's day is not the publication day
    (
        "Titre\n\nLe portail sera inauguré le 20 septembre, a annoncé le ministère, qui a traité "
        "3 millions de dossiers en 2021.",
        ("2021", "inferred"),
    ),
    # nor a day told as past (`dernier`)
    (
        "Le portail, lancé le 9 décembre dernier, dessert une population de 96 millions en 2019.",
        ("2019", "inferred"),
    ),
    # a start told in the lead (`à compter du 27 juin`) is not the day of writing
    (
        "Titre\n\nLe portail deviendra le guichet unique à compter du 14 mars. Le ministre l'a "
        "demandé dans la dépêche publiée le 12 mars, selon le plan du 3 mars 2025.",
        ("2025-03-12", "inferred"),
    ),
    # a year governed by a verb of aim is ahead of the article, whatever the verb's tense
    (
        "Le ministre a répondu aux députés. Seuls 10 % des services sont numérisés. Nous nous "
        "engageons à porter ce taux à 40 % en 2021.",
        (None, "unknown"),
    ),
    (
        "En 2019, le pays était 86e. Il vise le top 50 du classement de l'ONU en 2030.",
        ("2019", "inferred"),
    ),
    # a goal starting `à partir de 2020` is not the present
    (
        "En 2018, le pays se classait 88e; le gouvernement vise les 50 premiers à partir de 2020.",
        ("2018", "inferred"),
    ),
    # an objective stated as the subject aims ahead like a verb of aim
    (
        "Le guichet unique relie neuf ministères depuis 2016. L'objectif, c'est qu'à la fin de "
        "2022, toutes les formalités y soient réglées.",
        ("2016", "inferred"),
    ),
    # a goal's year (`Objectif : ...`) is ahead of the day told in the lead, and gives its year
    # when the text tells of no other
    (
        "Titre\n\nLe ministre a présenté le projet lors du forum tenu le 12 mai à Hanoï. "
        "Objectif : 80 % des dossiers traités en ligne à la fin de 2021.",
        ("2021-05-12", "inferred"),
    ),
    # a year opening a sentence whose verb is in the conditional is a forecast's
    (
        "En 2019, le portail comptait 3 millions de comptes. En 2025, les services en ligne "
        "représenteraient 80 % des procédures.",
        ("2019", "inferred"),
    ),
    # a text that dates only a start gives that start's year (unknown needs no date at all)
    (
        "Titre\n\nLe gouvernement a promulgué la résolution sur le visa électronique, qui entre "
        "en vigueur à compter du 1er juillet 2020.",
        ("2020", "inferred"),
    ),
    # a document's date in the lead (`selon le décret du 15 avril`) is no day of the article
    (
        "Titre\n\nLes démarches en ligne ont la même validité que sur papier. Selon le décret du "
        "15 avril, qui prendra effet le 22 mai 2020, les organismes partagent leurs données.",
        ("2020", "inferred"),
    ),
    # a verb of aim governs its list of goals after a semicolon
    (
        "Titre\n\nLe portail national a ouvert ses services en 2019. Le projet vise 500 000 "
        "comptes en 2019 ; 1 million de comptes en 2020.",
        ("2019", "inferred"),
    ),
    # a start in brackets (`(à partir du 1er février 2019)`) tells no present
    (
        "Titre\n\nEn 2018, l'Assemblée a décidé de prolonger de deux ans (à partir du 1er "
        "février 2019) la délivrance du visa électronique.",
        ("2018", "inferred"),
    ),
    # `avant 2026` is a horizon: it tells no year the text is written in
    (
        "Titre\n\nObjectifs spécifiques d'ici 2025 et avant 2026\n\n100 % des démarches "
        "seront effectuées en ligne.",
        (None, "unknown"),
    ),
    # a page's stamp: a line that is little but a whole day ...
    (
        "Titre\n\nPublié le 12 mars 2021\n\nLe portail a reçu 3 millions de visites en 2020.",
        ("2021-03-12", "dateline"),
    ),
    (
        "Titre\n\n12 mars 2021 | 15h30\n\nLe portail a reçu 3 millions de visites en 2020.",
        ("2021-03-12", "dateline"),
    ),
    # ... or a whole day opening the body like a dateline
    (
        "Titre\n\nHanoi, le 5 mai 2021 - Le portail a reçu 3 millions de visites en 2020.",
        ("2021-05-05", "dateline"),
    ),
    (
        " date 2019-07 HANOI, Vietnam, 10 juillet 2019 /PRNewswire/ — Viettel a lancé le système.",
        ("2019-07-10", "dateline"),
    ),
    # a title that tells the day of its news is no stamp
    (
        "Lancement du portail national le 9 décembre 2019\n\nLe portail a été lancé le 9 "
        "décembre 2019 à Hanoï.",
        ("2019", "inferred"),
    ),
    # the start of a period up to now and a year compared with tell nothing of the present
    (
        "Titre\n\nLe 31 août, le Premier ministre a présidé une conférence. De 2011 à nos jours, "
        "le pays a connu deux phases. En 2024, le taux devra atteindre 70 %.",
        ("2024-08-31", "inferred"),
    ),
    (
        "Titre\n\nLe système est en service à partir du 1er avril 2014. Les déclarations ont "
        "augmenté de 23 % par rapport à la moyenne mensuelle de 2003.",
        ("2014", "inferred"),
    ),
    # a year set between commas before a verb in the future (`qui, dès 2020, devrait`)
    (
        "Titre\n\nEn 2018, le pays est 88e. La résolution porte sur un e-gouvernement qui, dès "
        "2020, devrait fournir des services publics en ligne.",
        ("2018", "inferred"),
    ),
    # a rule taking effect on a day is ahead of the news that it was adopted
    (
        "Titre\n\nLe matin du 27 novembre, l'Assemblée nationale a adopté la loi, après le "
        "rapport n° 666 du 24 octobre 2023. La loi est en vigueur à partir du 1er juillet 2024.",
        ("2023-11-27", "inferred"),
    ),
    # a byline stamped in English, with its time
    (
        "Le guichet unique de la province\n\nNgoc Anh September 18, 2018 11:31\n\nLa province "
        "compte 21 districts reliés au guichet unique depuis 2017.",
        ("2018-09-18", "dateline"),
    ),
    # a dateline that writes its year is the whole publication day, whatever later years the
    # text names
    (
        "Titre\n\nHanoï, 20 mai 2024 (VNA) - La résolution, valable jusqu'au 31 décembre 2025, "
        "a été adoptée.",
        ("2024-05-20", "dateline"),
    ),
    # an entry into force is a start, told ahead of the news as often as behind it: the year
    # it names still dates a vote a few days before it
    (
        "Titre\n\nLors de la séance du 18 juin, les députés ont voté la loi sur l'archivage "
        "numérique. Entrée en vigueur le 1er juillet 2026, cette loi compte 40 articles.",
        ("2026-06-18", "inferred"),
    ),
    # every year told is ahead of the lead's day: the year before
    (
        "Titre\n\nLe 3 novembre après-midi, l'Assemblée nationale a adopté la loi sur les "
        "données. Cette loi entrera en vigueur le 1er mars 2027.",
        ("2026-11-03", "inferred"),
    ),
    # a start told in the future tense a few days after it is still the year it names
    (
        "Titre\n\nLe 6 mars, la Sécurité sociale a publié une circulaire. À compter du 1er mars "
        "2026, le numéro d'identité remplacera le numéro d'assurance.",
        ("2026-03-06", "inferred"),
    ),
    # the start of a span is not the day of writing (`du 1er juillet au 22 août 2025`): its
    # end is the as-of date of the figures, and gives the year
    (
        "Titre\n\nLe quartier a reçu 903 dossiers en près de deux mois (du 3 juin au 28 juillet "
        "2026).",
        ("2026", "inferred"),
    ),
    # `vision 2030` is a horizon, no year the article speaks from
    (
        "Titre\n\nLa province poursuit son programme de villes intelligentes, période 2020-2022 "
        "avec vision 2030, lancé en 2019 dans le cadre du plan national.",
        ("2019", "inferred"),
    ),
    # the whole day of the event the lead reports, its year written
    (
        "Titre\n\nLe 12 mai 2026, le Comité populaire provincial a publié une dépêche sur les "
        "services publics en ligne. D'ici fin 2026, 40 % des dossiers seront numérisés.",
        ("2026-05-12", "inferred"),
    ),
    (
        "Titre\n\nLe pays a progressé. Il s'agit d'un bilan partagé lors d'une conférence tenue "
        "le 14 janvier 2027 à Hanoï, sur la mise en œuvre du Projet 06 en 2026.",
        ("2027-01-14", "inferred"),
    ),
    # a statement the lead reports with its whole day is the article's news, even after a
    # period told from that day, and before an earlier as-of day of the figures
    (
        "Titre\n\nLe portail a reçu depuis le début de l'année 150 millions de visites, a "
        "annoncé le 20 novembre 2026 le Bureau du gouvernement. Au 15 novembre, il comptait "
        "9,5 millions de comptes, contre 7,2 millions l'année dernière.",
        ("2026-11-20", "inferred"),
    ),
    # a lead's day opening its sentence after the outlet's credit
    (
        "Titre\n\nNhân Dân - Le 9 décembre 2026, le portail national a fêté ses cinq ans. Lancé "
        "le 9 décembre 2021, il propose 4.400 services.",
        ("2026-12-09", "inferred"),
    ),
    (
        "Titre\n\n(VOVWORLD) – Le 3 mars 2026, la province a inauguré son centre de données. En "
        "2025, elle avait reçu 2 millions de dossiers.",
        ("2026-03-03", "inferred"),
    ),
    # the lead's launch with its whole day (FACTS.md 5, rule 3: `a mis en service le 12 mars`)
    (
        "Titre\n\nLe pays a lancé son visa électronique le 1er mars 2026. La plateforme a "
        "rencontré des difficultés en 2025 lors des essais.",
        ("2026-03-01", "inferred"),
    ),
    # a weekday finds the year even when the only year told is one compared with
    (
        "Titre\n\nLa Banque d'État a annoncé, ce jeudi 14 août à Hanoï, que le nettoyage des "
        "dossiers clients était achevé. Par rapport à la période précédant le 1er juillet 2024, "
        "les fraudes ont baissé.",
        ("2025-08-14", "inferred"),
    ),
    # a document the lead says was issued `datée du` its day
    (
        "Titre\n\nLe ministère a publié la circulaire n° 12/2026/TT-BKHCN datée du 3 mars 2026, "
        "sur les logiciels de signature numérique. Elle s'appliquera dès 2027.",
        ("2026-03-03", "inferred"),
    ),
    # an obligation in the present for a year, and no other date: that year
    (
        "Titre\n\nSelon le vice-ministre, le ministère doit achever en 2026 la construction de "
        "six bases de données.",
        ("2026", "inferred"),
    ),
    # the day an anniversary commemorates is near the article on either side: it bounds
    # nothing
    (
        "Titre\n\nLe 14 mars, le Premier ministre a publié la directive n° 07 sur les dossiers "
        "médicaux électroniques en 2026. À l'occasion du 81e anniversaire de la fête nationale "
        "(2 septembre 1945 - 2 septembre 2026), le vice-ministre a accordé un entretien.",
        ("2026-03-14", "inferred"),
    ),
    # the only year told is one compared with: the text speaks from a later one, most often
    # the next
    (
        "Titre\n\nLe taux d'habitants utilisant le portail a doublé par rapport à 2021, "
        "s'établissant à 7,1 %.",
        ("2022", "inferred"),
    ),
    # a day that recurs every year is no day of writing
    (
        "Titre\n\nLe gouvernement a institué la Journée nationale de l'administration en ligne le "
        "12 mars de chaque année. En 2024, son thème était l'usage des données.",
        ("2024", "inferred"),
    ),
    # the end of a span, of a campaign or of the figures counted over it, gives the year
    (
        "Titre\n\nDu 1er mars au 30 avril 2025, les compagnies ont testé l'enregistrement "
        "biométrique via VNeID.",
        ("2025", "inferred"),
    ),
    (
        "Titre\n\nDu 1er mars au 30 avril 2025, le quartier a reçu 903 dossiers en ligne.",
        ("2025", "inferred"),
    ),
    # a lead's day followed by a later day told as past is background, not the news
    (
        "Titre\n\nLe 22 décembre 2024, le Politburo a publié la résolution 57 sur la "
        "transformation numérique. Puis, le 18 mars 2025, le Comité du Parti a publié la "
        "résolution n° 03.",
        ("2025", "inferred"),
    ),
    # a later bound (`jusqu'au`) is no day told as past
    (
        "Titre\n\nLe Vietnam a lancé son e-visa le 1er février 2017. L'exemption de visa est en "
        "place jusqu'au 30 juin 2017.",
        ("2017-02-01", "inferred"),
    ),
    # a meeting's days (`du 14 au 15 juillet`): the news is its opening, on the weekday the
    # lead tells it opened
    (
        "Titre\n\nLe colloque national sur l'e-gouvernement a commencé jeudi à Hanoï. Ce "
        "colloque de deux jours, du 14 au 15 juillet, réunit des experts. Selon le rapport de "
        "l'ONU de 2010, le Vietnam est 90e.",
        ("2011-07-14", "inferred"),
    ),
    # a day told in an interview's answer is background, no day of news
    (
        "Titre\n\nLe directeur a accordé une interview sur les dossiers médicaux électroniques.\n"
        "Journaliste : Comment le ministère avance-t-il ?\nDr Nguyen Van An : Le 14 mars, le "
        "Premier ministre a publié une directive. Mi-mars 2025, le ministère a publié un plan.",
        ("2025", "inferred"),
    ),
    # a start told as done (`à compter du ..., le département a organisé`) is past: its year
    # is the one the text speaks from, not the decree's before it
    (
        "Titre\n\nEn application du décret du 25 juin 2024, à compter du 1er juillet 2025, le "
        "département de l'immigration de la province a officiellement organisé la délivrance "
        "des comptes.",
        ("2025", "inferred"),
    ),
    # `d'ici` with what was done by then (passé composé) is as of that date, past: the year
    # the text speaks from; with a verb in the future, a horizon, not the present
    (
        "Titre\n\nSelon le ministère, les hôpitaux devaient finir avant le 30 juin 2023. D'ici "
        "la fin de 2024, plus de 60 000 pharmacies de détail du pays ont obtenu des comptes.",
        ("2024", "inferred"),
    ),
    (
        "Titre\n\nSelon le ministère, les hôpitaux devaient finir avant le 30 juin 2023. D'ici "
        "la fin de 2024, plus de 60 000 pharmacies de détail du pays obtiendront des comptes.",
        ("2023", "inferred"),
    ),
    # how long an exemption or a stay holds (`jusqu'au 30 juin 2021`) tells no present
    (
        "Titre\n\nAvec plus de 15 millions de touristes en 2018, le pays propose une exemption "
        "de visa pour 24 pays, pour des séjours de 15 jours jusqu'au 30 juin 2021.",
        ("2018", "inferred"),
    ),
    # a date something is postponed to is ahead of the text; a deadline's day (`un délai ...
    # jusqu'au 31 octobre`) is no day of news
    (
        "Titre\n\nLe gouvernement reporte l'obligation des reçus électroniques à juillet 2023. "
        "Le décret de 2019 octroyait un délai de deux ans, jusqu'au 31 octobre.",
        ("2019", "inferred"),
    ),
    # the goals set for a year are ahead of the text
    (
        "Titre\n\nEn 2016, le secteur a dépassé ses objectifs, mais il reste beaucoup à faire "
        "pour atteindre les objectifs fixés en 2017.",
        ("2016", "inferred"),
    ),
    # a page wrapped by hand: its title does not run into the lead opened by the credit, whose
    # meeting day dates it
    (
        "Justice : plus de 12 millions d'actes d'état civil désormais numérisés sur le portail\n"
        "VOV.VN - Lors d'une conférence organisée mardi 8 novembre à Hanoï, le ministère a\n"
        "annoncé que la base de données comptait 12 millions d'actes, dont 4 millions\n"
        "numérisés depuis 2020.\n"
        "Au 31 octobre 2022, plus de 512 000 dossiers avaient été déposés en ligne.\n",
        ("2022-11-08", "inferred"),
    ),
    # a weekday that agrees with no year told: the latest agreeing year between the years told
    # as past (an old start) and the first told ahead, not the one nearest the old start
    (
        "Titre\n\nLe Comité populaire de la province a tenu ce lundi 2 octobre une conférence "
        "sur le Projet 06. Les communes ont numérisé 5,2 millions de registres d'état civil "
        "établis depuis 1945. Le président a demandé d'achever la numérisation des registres "
        "fonciers avant la fin de 2024.",
        ("2023-10-02", "inferred"),
    ),
    # no date at all
    ("Un texte sans date ni lieu.", (None, "unknown")),
    # a year opening its sentence, the aim told after it, is a goal's too
    (
        "Can Tho, 8 janvier (VNA) - Les résultats de l'indice 2020 ont été publiés fin décembre. "
        "En 2021, la ville vise à porter à 60 % la part des dossiers déposés en ligne.",
        ("2021-01-08", "inferred"),
    ),
    (
        "Le taux de dossiers en ligne a atteint 43 % en 2023. Pour 2024, le ministère se fixe "
        "l'objectif de porter ce taux à 50 %.",
        ("2023", "inferred"),
    ),
    # a deadline set after a comma (`, jusqu'à la fin de l'année 2016,`) opens its clause: the
    # verb after it (`doivent`) puts it ahead, and it fits a September dispatch of that year
    (
        "Hanoï, 9 septembre (VNA) - Le ministère a publié hier les résultats de l'enquête 2016. "
        "Selon la résolution adoptée le 14 octobre 2015, jusqu'à la fin de l'année 2016, au moins "
        "30 % des services doivent être fournis en ligne au niveau 3.",
        ("2016-09-09", "inferred"),
    ),
    # but a year opening a sentence of what was done stays the year spoken from
    (
        "En 2022, la province a traité 900.000 dossiers. En 2023, elle en a traité 1,2 million, "
        "au-delà de l'objectif fixé.",
        ("2023", "inferred"),
    ),
    # what an official calls on others to do, or asks them to, is ahead of the day it is said
    (
        "Hanoï, 28 décembre (VNA) - L'année 2019 a vu le portail ouvrir ses portes. Le ministre a "
        "appelé les provinces à numériser en 2020 les registres d'état civil.",
        ("2019-12-28", "inferred"),
    ),
    (
        "Hanoï, 27 décembre (VNA) - Le portail a traité 3 millions de dossiers en 2022. Le Premier "
        "ministre a demandé aux ministères d'achever en 2023 la connexion de leurs bases.",
        ("2022-12-27", "inferred"),
    ),
    # a time limit told far after its obligation (`doivent ... avant le 31 décembre 2024`) is
    # ahead of the day: the year it names fits the dispatch
    (
        "Hanoï, 12 novembre (VNA) - Le décret a été publié le 2 octobre 2024. Les ministères "
        "doivent, quant à eux, achever la migration de leurs registres vers la plateforme "
        "nationale de partage avant le 31 décembre 2024.",
        ("2024-11-12", "inferred"),
    ),
    # an entry into force told as done (a participle set after a comma, a passé composé) is no
    # start ahead of the news: a January review of last year fits it
    (
        "Hanoï, 8 janvier (VNA) - Au 31 décembre 2024, 60 millions de comptes étaient activés. "
        "La loi sur les données, entrée en vigueur le 1er juillet 2024, a permis le partage des "
        "registres.",
        ("2025-01-08", "inferred"),
    ),
    (
        "Hanoï, 8 janvier (VNA) - Au 31 décembre 2024, 60 millions de comptes étaient activés. "
        "Le décret est entré en vigueur le 1er juillet 2024.",
        ("2025-01-08", "inferred"),
    ),
    # (a participle opening its sentence may tell it ahead: it still bounds the year)
    (
        "Lors de la séance du 22 juin, les députés ont voté la loi. Entrée en vigueur le 1er "
        "juillet 2024, cette loi comprend 53 articles.",
        ("2024-06-22", "inferred"),
    ),
    # the tasks set for a year (`déployer les tâches de 2026`) are ahead of the review
    (
        "Hier, la police provinciale a tenu une conférence pour faire le bilan de l'année 2025 et "
        "déployer les tâches de 2026. En 2025, elle a activé 900.000 comptes.",
        ("2025", "inferred"),
    ),
    # only dates ahead: the weekday of the start the article announces finds its year, at or
    # before the earliest year named (1 March 2027 is a Monday; 2021 is one too, but further)
    (
        "Titre\n\nÀ compter du lundi 1er mars, la nouvelle plateforme sera mise en service dans "
        "toutes les communes. Le gouvernement vise 90 % de dossiers en ligne d'ici fin 2027.",
        ("2027", "inferred"),
    ),
    (
        "Titre\n\nLe vendredi 15 août prochain, le portail provincial ouvrira ses services de "
        "paiement. L'objectif est d'atteindre un million d'usagers à l'horizon 2030.",
        ("2025", "inferred"),
    ),
    # a figure to bring something to, an aim the writer set itself: the year is ahead
    (
        "Titre\n\nAu 30 septembre 2022, la province comptait 410.000 comptes. Elle s'est fixé pour "
        "objectif de numériser tous les registres et de porter à 60 % la part des dossiers "
        "déposés en ligne en 2023.",
        ("2022", "inferred"),
    ),
    (
        "Titre\n\nEn 2022, la province a reçu 1,2 million de dossiers. Le comité entend porter à "
        "70 % leur part en ligne en 2023.",
        ("2022", "inferred"),
    ),
    # an entry into force told by an opening participle, the sentence going on in the present
    # with `désormais` (or a passé composé), is done: not ahead of a January article
    (
        "Titre\n\nLe 9 janvier, le ministère a tenu sa conférence bilan de l'année 2024. Le "
        "service en ligne, lancé le 1er octobre 2024, a séduit 80.000 usagers. Entré en vigueur "
        "le 1er juillet 2024, le décret permet désormais d'utiliser les données de l'état civil.",
        ("2025-01-09", "inferred"),
    ),
    # without a weekday, the start does not tell its year
    (
        "Titre\n\nÀ compter du 1er mars, la nouvelle plateforme sera mise en service dans "
        "toutes les communes. Le gouvernement vise 90 % de dossiers en ligne d'ici fin 2027.",
        (None, "unknown"),
    ),
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
