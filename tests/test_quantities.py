"""Tests of the French quantity recognizer (vnextract.recognizers.quantities, contract section 9).

Tables of French written from the language: every digit notation, scale
word, number word, currency spelling, percent form, ordinal form and
qualifier cue, and the traps that must not be read as quantities. Then
property tests (hypothesis): French-formatted numbers parse back to
themselves, and no string makes the recognizer raise or break its offsets.
"""

from __future__ import annotations

import math

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from text_to_num import text2num

from vnextract import recognize_quantities
from vnextract.models import Quantity
from vnextract.recognizers.quantities import _recognize

NBSP = "\u00a0"
NNBSP = "\u202f"

Row = tuple[str, float, str | None, str]


def summary(text: str) -> list[Row]:
    """(kind, value, unit, qualifier) of every quantity, checking the offsets on the way."""
    out = []
    for q in _recognize(text):
        assert text[q.start : q.end] == q.text
        out.append((q.kind, q.value, q.unit, q.qualifier))
    return out


def check(text: str, expected: list[Row]) -> None:
    got = summary(text)
    assert len(got) == len(expected), f"{text!r}: {got}"
    for g, e in zip(got, expected, strict=True):
        assert g[0] == e[0] and g[2] == e[2] and g[3] == e[3], f"{text!r}: {got}"
        assert g[1] == pytest.approx(e[1], rel=1e-9, abs=1e-12), f"{text!r}: {got}"


def num(value: float, qualifier: str = "exact") -> Row:
    return ("number", value, None, qualifier)


def money(value: float, unit: str, qualifier: str = "exact") -> Row:
    return ("money", value, unit, qualifier)


def pct(value: float, qualifier: str = "exact") -> Row:
    return ("percent", value, "%", qualifier)


def rank(value: float, qualifier: str = "exact") -> Row:
    return ("ordinal", value, None, qualifier)


# ------------------------------------------------------------------ digit notations

DIGITS: list[tuple[str, list[Row]]] = [
    ("Le portail compte 468.000 comptes.", [num(468000)]),
    ("plus de 2.800 services", [num(2800, "at_least")]),
    ("1.234.567 habitants", [num(1234567)]),
    ("12.000.000.000 de dongs", [money(12e9, "VND")]),
    ("un réseau de 1 873 caméras", [num(1873)]),
    (f"un réseau de 1{NBSP}873 caméras", [num(1873)]),
    (f"un réseau de 1{NNBSP}873 caméras", [num(1873)]),
    ("un réseau de 1\u2009873 caméras", [num(1873)]),
    ("179 000 emplois", [num(179000)]),
    ("1 414 021 100 habitants", [num(1414021100)]),
    (f"1{NNBSP}234{NNBSP}567,89 est un nombre", [num(1234567.89)]),
    ("1.234.567,89 dongs", [money(1234567.89, "VND")]),
    ("un taux de 26,7", [num(26.7)]),
    ("351,53 tonnes", [num(351.53)]),
    ("4,800 tonnes", [num(4.8)]),
    ("0,5 point", [num(0.5)]),
    ("0,08 mètre", [num(0.08)]),
    ("une variation de -9,23", [num(-9.23)]),
    ("une variation de −9,23", [num(-9.23)]),
    ("une température de -1", [num(-1)]),
    ("95 550/271 926 dossiers", [num(95550), num(271926)]),
    ("sur 193 pays", [num(193)]),
    ("les 63 provinces", [num(63)]),
    ("14 ministères et 37 localités", [num(14), num(37)]),
    ("0 incident", [num(0)]),
    ("12567 mots", [num(12567)]),
    ("123456789101231 octets", [num(123456789101231)]),
    ("en 2019 3 000 comptes", [num(3000)]),
    ("en 2020, 1 500 dossiers", [num(1500)]),
    ("423 0000 sont deux nombres", [num(423), num(0), num(2)]),
    ("1, 234, 567", [num(1), num(234), num(567)]),
    ("192,", [num(192)]),
    (",08", [num(0.08)]),
    ("½ litre", [num(0.5)]),
    ("1e10 opérations", [num(1e10)]),
    ("-12e-1", [num(-1.2)]),
    ("12,32e+14", [num(1.232e15)]),
    ("2,5^-1", [num(0.4)]),
    ("1,1^23", [num(1.1**23)]),
    ("10k abonnés", [num(10000)]),
    ("2,33 k abonnés", [num(2330)]),
    ("10M d'abonnés", [num(1e7)]),
    ("10 M de personnes", [num(1e7)]),
    ("2,5 Mds de dollars", [money(2.5e9, "USD")]),
    ("3 Md de dollars", [money(3e9, "USD")]),
    ("1 million 200 000 visites", [num(1.2e6)]),
    ("Le portail a reçu 1 million 200 000.", [num(1.2e6)]),
    ("2 millions 300 personnes", [num(2e6), num(300)]),
    ("2 milliards 500 millions de dongs", [money(2.5e9, "VND")]),
    ("67.000transactions", [num(67000)]),
    ("de14 ministères", [num(14)]),
    ("aux systèmesde14 ministères", [num(14)]),
    ("le code14", []),
    ("la covid19", []),
    ("sur 24millions de familles", [num(24e6)]),
    ("1.5 million de dossiers", [num(1.5e6)]),
    ("2.5 %", [pct(2.5)]),
]

# ------------------------------------------------------------------ scale words

SCALES: list[tuple[str, list[Row]]] = [
    ("1,9 million de dossiers", [num(1.9e6)]),
    ("100,5 millions de visites", [num(100.5e6)]),
    ("2 millions de comptes", [num(2e6)]),
    ("2 million", [num(2e6)]),
    ("26,7 milliards", [num(26.7e9)]),
    ("1 milliard", [num(1e9)]),
    ("8 billions", [num(8e12)]),
    ("1,37 billion", [num(1.37e12)]),
    ("1 billions", [num(1e12)]),
    ("3 trillions", [num(3e18)]),
    ("10 mille", [num(10000)]),
    ("100 mille", [num(100000)]),
    ("-10 mille", [num(-10000)]),
    ("10 mille milliards", [num(1e13)]),
    ("3 millions et demi d'habitants", [num(3.5e6)]),
    ("2 milliards et demi", [num(2.5e9)]),
    ("5 millions et quart", [num(5.25e6)]),
    ("5 milliards et trois quarts", [num(5.75e9)]),
    ("6 millions et deux tiers", [num(6e6 + 2e6 / 3)]),
    ("3 douzaines", [num(36)]),
    ("2 douzaine", [num(24)]),
    ("3 milliers de personnes", [num(3000, "approx")]),
    ("treize lakhs", [num(1.3e6)]),
    ("un crore de boîtes", [num(1e7)]),
    ("24millions", [num(24e6)]),
    ("2millions SEK", [money(2e6, "SEK")]),
    ("une dizaine de provinces", [num(10, "approx")]),
    ("une quinzaine de jours", [num(15, "approx")]),
    ("une vingtaine de pays", [num(20, "approx")]),
    ("une trentaine d'experts", [num(30, "approx")]),
    ("une quarantaine de plates-formes", [num(40, "approx")]),
    ("une cinquantaine de sites", [num(50, "approx")]),
    ("une soixantaine de délégués", [num(60, "approx")]),
    ("une centaine de services", [num(100, "approx")]),
    ("deux centaines de services", [num(200, "approx")]),
    ("un millier de comptes", [num(1000, "approx")]),
    ("une dizaine de milliers de personnes", [num(10000, "approx")]),
    ("plus d'une centaine de services", [num(100, "at_least")]),
    ("des centaines de services", []),
    ("des milliers de comptes", []),
    ("des millions de visites", []),
    ("mis en quarantaine", []),
]

# ------------------------------------------------------------------ number words

WORDS: list[tuple[str, list[Row]]] = [
    ("zéro", [num(0)]),
    ("deux provinces", [num(2)]),
    ("trois", [num(3)]),
    ("Vingt-six personnes", [num(26)]),
    ("vingt-cinq", [num(25)]),
    ("vingt cinq", [num(25)]),
    ("vingt et un", [num(21)]),
    ("vingt-et-un", [num(21)]),
    ("trente et une", [num(31)]),
    ("soixante et onze", [num(71)]),
    ("soixante-dix", [num(70)]),
    ("soixante-dix-sept", [num(77)]),
    ("quatre-vingts", [num(80)]),
    ("quatre-vingt", [num(80)]),
    ("quatre-vingt-un", [num(81)]),
    ("quatre-vingt-quinze", [num(95)]),
    ("quatre-vingt-dix-neuf", [num(99)]),
    ("quatre vingt dix neuf", [num(99)]),
    ("septante-huit", [num(78)]),
    ("octante", [num(80)]),
    ("huitante", [num(80)]),
    ("nonante", [num(90)]),
    ("dix-sept", [num(17)]),
    ("dix sept", [num(17)]),
    ("seize", [num(16)]),
    ("cent", [num(100)]),
    ("cent six", [num(106)]),
    ("cent un", [num(101)]),
    ("deux cents", [num(200)]),
    ("deux cent trois", [num(203)]),
    ("trois cent vingt-quatre", [num(324)]),
    ("cinq cent trente cinq", [num(535)]),
    ("mille", [num(1000)]),
    ("deux mille", [num(2000)]),
    ("deux mille deux cents", [num(2200)]),
    ("deux cent deux mille", [num(202000)]),
    ("neuf mille neuf cent quatre-vingt-dix-neuf", [num(9999)]),
    ("dix-neuf cent", [num(1900)]),
    ("douze cents", [num(1200)]),
    ("un million", [num(1e6)]),
    ("un million deux cent mille", [num(1.2e6)]),
    ("trois million sept", [num(3000007)]),
    ("deux millions de comptes", [num(2e6)]),
    ("trois milliards et demi", [num(3.5e9)]),
    ("un milliard", [num(1e9)]),
    ("un billion", [num(1e12)]),
    ("mille milliards", [num(1e12)]),
    ("un demi-million", [num(5e5)]),
    ("une demi-douzaine", [num(6)]),
    ("une douzaine", [num(12)]),
    ("un et demi", [num(1.5)]),
    ("deux et demi", [num(2.5)]),
    ("cinq et un quart", [num(5.25)]),
    ("cent et trois quarts", [num(100.75)]),
    ("cent trois et deux tiers", [num(103 + 2 / 3)]),
    ("deux cent virgule trois", [num(200.3)]),
    ("deux cent virgule zéro trois", [num(200.03)]),
    ("cinq virgule cinq", [num(5.5)]),
    ("négatif un", [num(-1)]),
    ("négative cinq", [num(-5)]),
    ("vingt et un ou vingt-deux", [num(21), num(22)]),
    ("de zéro à dix", [num(0), num(10)]),
    ("trois cinq", [num(3), num(5)]),
    ("huit sur cinq", [num(8), num(5)]),
    ("douze dans six boîtes", [num(12), num(6)]),
    # articles and pronouns
    ("un portail", []),
    ("une plateforme", []),
    ("L'un des points forts", []),
    ("d'une réunion", []),
    ("un ou deux jours", [num(2)]),
    # `neuf` meaning new, `sept.` meaning September
    ("neuf mois", [num(9)]),
    ("pendant neuf mois", [num(9)]),
    ("un bâtiment neuf", []),
    ("remis à neuf", []),
    ("quoi de neuf ?", []),
    ("en sept. 2020", []),
    ("sept provinces", [num(7)]),
    # number words inside names
    ("Trois-Rivières", []),
    ("Pont-Neuf", []),
    ("le Quai-Cinq", []),
    # fractions in words are left out, numerator included
    ("les deux tiers des provinces", []),
    ("un quart des services", []),
    ("trois cinquièmes", []),
    ("trois cinquième", []),
    ("vingt et trois cinquièmes", []),
    ("la moitié des dossiers", []),
    ("un centième de seconde", []),
    ("demi-finale", []),
]

# ------------------------------------------------------------------ money

# Every spelling a French article may use, with the code it means.
CURRENCY_NAMES: list[tuple[str, str]] = [
    ("dongs", "VND"),
    ("dong", "VND"),
    ("dông", "VND"),
    ("dôngs", "VND"),
    ("đồng", "VND"),
    ("dongs vietnamiens", "VND"),
    ("dollars", "USD"),
    ("dollar", "USD"),
    ("dollars américains", "USD"),
    ("dollars US", "USD"),
    ("US", "USD"),
    ("dollars des États-Unis", "USD"),
    ("euros", "EUR"),
    ("euro", "EUR"),
    ("yens", "JPY"),
    ("yen", "JPY"),
    ("yens japonais", "JPY"),
    ("yuans", "CNY"),
    ("yuan", "CNY"),
    ("yuans chinois", "CNY"),
    ("renminbi", "CNY"),
    ("roubles", "RUB"),
    ("rouble", "RUB"),
    ("wons", "KRW"),
    ("won", "KRW"),
    ("wons sud-coréens", "KRW"),
    ("bahts", "THB"),
    ("baht", "THB"),
    ("livres sterling", "GBP"),
    ("livre sterling", "GBP"),
    ("roupies", "INR"),
    ("roupies indiennes", "INR"),
    ("roupies pakistanaises", "PKR"),
    ("ringgits", "MYR"),
    ("ringgit", "MYR"),
    ("rupiahs", "IDR"),
    ("rupiah", "IDR"),
    ("francs suisses", "CHF"),
    ("franc suisse", "CHF"),
    ("francs CFA", "XOF"),
    ("francs", "FRF"),
    ("dollars de Singapour", "SGD"),
    ("dollars singapouriens", "SGD"),
    ("dollars australiens", "AUD"),
    ("dollars canadiens", "CAD"),
    ("dollars de Hong Kong", "HKD"),
    ("dollars hongkongais", "HKD"),
    ("dollars néo-zélandais", "NZD"),
    ("dollars taïwanais", "TWD"),
    ("kips", "LAK"),
    ("riels", "KHR"),
    ("kyats", "MMK"),
    ("pesos philippins", "PHP"),
    ("pesos mexicains", "MXN"),
    ("couronnes suédoises", "SEK"),
    ("couronnes norvégiennes", "NOK"),
    ("couronnes danoises", "DKK"),
    ("couronnes tchèques", "CZK"),
    ("zlotys", "PLN"),
    ("forints", "HUF"),
    ("hryvnias", "UAH"),
    ("shekels", "ILS"),
    ("riyals saoudiens", "SAR"),
    ("dirhams émiratis", "AED"),
    ("dirhams marocains", "MAD"),
    ("dinars koweïtiens", "KWD"),
    ("dinars algériens", "DZD"),
    ("livres égyptiennes", "EGP"),
    ("livres turques", "TRY"),
    ("rands", "ZAR"),
    ("nairas", "NGN"),
    ("reais", "BRL"),
    ("réals brésiliens", "BRL"),
    ("marks finlandais", "FIM"),
    ("deutsche marks", "DEM"),
    ("florins hollandais", "NLG"),
    ("takas", "BDT"),
    ("tugriks", "MNT"),
    ("droits de tirage spéciaux", "XDR"),
]

CODES: list[tuple[str, str]] = [
    ("VND", "VND"),
    ("VNĐ", "VND"),
    ("USD", "USD"),
    ("EUR", "EUR"),
    ("JPY", "JPY"),
    ("CNY", "CNY"),
    ("RMB", "CNY"),
    ("KRW", "KRW"),
    ("THB", "THB"),
    ("GBP", "GBP"),
    ("SGD", "SGD"),
    ("AUD", "AUD"),
    ("CAD", "CAD"),
    ("CHF", "CHF"),
    ("INR", "INR"),
    ("RUB", "RUB"),
    ("MYR", "MYR"),
    ("IDR", "IDR"),
    ("SEK", "SEK"),
    ("HKD", "HKD"),
]

SYMBOLS: list[tuple[str, str]] = [
    ("$", "USD"),
    ("€", "EUR"),
    ("£", "GBP"),
    ("¥", "JPY"),
    ("₫", "VND"),
    ("₩", "KRW"),
    ("₹", "INR"),
    ("฿", "THB"),
    ("₽", "RUB"),
    ("US$", "USD"),
    ("HK$", "HKD"),
    ("S$", "SGD"),
    ("A$", "AUD"),
    ("C$", "CAD"),
    ("NZ$", "NZD"),
    ("NT$", "TWD"),
    ("R$", "BRL"),
]

MONEY: list[tuple[str, list[Row]]] = [
    *[(f"un coût de 5 millions de {name}.", [money(5e6, iso)]) for name, iso in CURRENCY_NAMES],
    *[(f"un coût de 5 millions {code}.", [money(5e6, iso)]) for code, iso in CODES],
    *[(f"un coût de 1 200 {code}.", [money(1200, iso)]) for code, iso in CODES[:8]],
    *[(f"un coût de {code} 5 millions.", [money(5e6, iso)]) for code, iso in CODES[:6]],
    *[(f"un coût de {sym}75 millions.", [money(75e6, iso)]) for sym, iso in SYMBOLS],
    *[(f"un coût de 48,2 millions {sym}.", [money(48.2e6, iso)]) for sym, iso in SYMBOLS[:9]],
    (
        "plus de 8.100 milliards de dongs (351,53 millions de dollars)",
        [money(8.1e12, "VND", "at_least"), money(351.53e6, "USD")],
    ),
    ("8 billions de dôngs", [money(8e12, "VND")]),
    ("1,37 billion de dongs", [money(1.37e12, "VND")]),
    ("un montant total de 26,7 milliards de dongs", [money(26.7e9, "VND")]),
    ("trois milliards et demi de dongs", [money(3.5e9, "VND")]),
    ("un million de dollars", [money(1e6, "USD")]),
    ("cinq millions de yens", [money(5e6, "JPY")]),
    ("treize euros", [money(13, "EUR")]),
    ("un dollar", [money(1, "USD")]),
    ("une yen controversée", [money(1, "JPY")]),
    ("un euro symbolique", [money(1, "EUR")]),
    ("$5", [money(5, "USD")]),
    ("5 $", [money(5, "USD")]),
    ("5$", [money(5, "USD")]),
    ("$ 75 millions", [money(75e6, "USD")]),
    ("75 millions de $", [money(75e6, "USD")]),
    ("94.000 $", [money(94000, "USD")]),
    ("12,345 $", [money(12.345, "USD")]),
    ("125.000,50 $", [money(125000.5, "USD")]),
    ("€1000", [money(1000, "EUR")]),
    ("1000 €", [money(1000, "EUR")]),
    ("2 millions de €", [money(2e6, "EUR")]),
    ("323 millions d'euros", [money(323e6, "EUR")]),
    ("£ 8,10 millions", [money(8.1e6, "GBP")]),
    ("60000 £", [money(60000, "GBP")]),
    ("361 millions de livres", [money(361e6, "GBP")]),
    ("3 livres de cuisine", [num(3)]),
    ("16,4 millions de $ c", [money(16.4e6, "CAD")]),
    ("16,4 millions de $CAD", [money(16.4e6, "CAD")]),
    ("150 millions de $ usd", [money(150e6, "USD")]),
    ("10,05 milliards de $ hk", [money(10.05e9, "HKD")]),
    ("usd$ 15", [money(15, "USD")]),
    ("aud$ 15", [money(15, "AUD")]),
    ("mxn$ 15", [money(15, "MXN")]),
    ("5 $ a été payé", [money(5, "USD")]),
    ("10 M€", [money(1e7, "EUR")]),
    ("2,5 Mds de dollars", [money(2.5e9, "USD")]),
    ("4 000 milliards de VND", [money(4e12, "VND")]),
    ("5 000 VNĐ", [money(5000, "VND")]),
    ("₫5.000", [money(5000, "VND")]),
    ("5 000 VNÐ", [money(5000, "VND")]),
    ("un coût de 5 tỷ đồng", [money(5e9, "VND")]),
    ("350 triệu đồng", [money(350e6, "VND")]),
    ("15 dollars et 15 cents", [money(15.15, "USD")]),
    ("treize euros et quarante-cinq centimes", [money(13.45, "EUR")]),
    ("Cela coûte 3 euros 50.", [money(3.5, "EUR")]),
    ("5 dollars et 10 euros", [money(5, "USD"), money(10, "EUR")]),
    ("5 dollars, 20 personnes", [money(5, "USD"), num(20)]),
    # a sub-unit has no ISO code: the number stays a number
    ("50 cents", [num(50)]),
    ("470 pence", [num(470)]),
    ("197 centimes", [num(197)]),
    # words that look like currencies
    ("un franc succès", []),
    ("un dialogue franc", []),
    ("un gel des avoirs", []),
    ("ils sont 5 ILS", [money(5, "ILS")]),
    ("ils sont 5 ils", [num(5)]),
    ("PHP 7", []),
]

# ------------------------------------------------------------------ percentages

PERCENTS: list[tuple[str, list[Row]]] = [
    ("30%", [pct(30)]),
    ("30 %", [pct(30)]),
    (f"30{NBSP}%", [pct(30)]),
    (f"30{NNBSP}%", [pct(30)]),
    ("35,14 %", [pct(35.14)]),
    ("4,800%", [pct(4.8)]),
    ("100%", [pct(100)]),
    ("-9,23 %", [pct(-9.23)]),
    ("+5 %", [pct(5)]),
    ("0,5 %", [pct(0.5)]),
    ("30 pour cent", [pct(30)]),
    ("100 pour-cent", [pct(100)]),
    ("100 pourcent", [pct(100)]),
    ("10 pourcents", [pct(10)]),
    ("100 pourcentage", [pct(100)]),
    ("trente pour cent", [pct(30)]),
    ("cent pour cent", [pct(100)]),
    ("cent pourcentages", [pct(100)]),
    ("vingt-deux pour-cent", [pct(22)]),
    ("deux cent dix pour-cent", [pct(210)]),
    ("un pour cent", [pct(1)]),
    ("9,2321312%", [pct(9.2321312)]),
    ("dépassant de 5,84 % l'objectif", [pct(5.84)]),
    ("dépassant les 30 %", [pct(30, "at_least")]),
    ("atteindre 30% des services", [pct(30)]),
    ("entre 10 et 15 %", [pct(10), pct(15)]),
    ("10-15 %", [pct(10), pct(15)]),
    ("de 20 à 30 %", [pct(20), pct(30)]),
    ("2 ou 3 %", [pct(2), pct(3)]),
    ("2,5 points de pourcentage", [num(2.5)]),
    # after its article, `pourcentage` is the noun: no 1 %
    ("un pourcentage supérieur à la moyenne de 25 %", [pct(25)]),
    ("un pourcentage élevé des dossiers", []),
]

# ------------------------------------------------------------------ ordinals

ORDINALS: list[tuple[str, list[Row]]] = [
    ("à la 86e position sur 193 pays", [rank(86), num(193)]),
    ("la 86ème place", [rank(86)]),
    ("la 86è place", [rank(86)]),
    ("classé 88e parmi 193 pays", [rank(88), num(193)]),
    ("et 6e parmi 11 pays de l'ASEAN", [rank(6), num(11)]),
    ("le 1er rang", [rank(1)]),
    ("la 1re place", [rank(1)]),
    ("la 1ère femme", [rank(1)]),
    ("la 2nde place", [rank(2)]),
    ("le 2nd pays", [rank(2)]),
    ("le 4ᵉ rang", [rank(4)]),
    ("le 1ᵉʳ pays", [rank(1)]),
    ("11eme", [rank(11)]),
    ("255eme", [rank(255)]),
    ("500000eme", [rank(500000)]),
    ("la 111e année", [rank(111)]),
    ("le sixième rang", [rank(6)]),
    ("premier", [rank(1)]),
    ("la première fois", [rank(1)]),
    ("s'est classé premier", [rank(1)]),
    ("Premier pays à le faire", [rank(1)]),
    ("deuxième", [rank(2)]),
    ("Elle a fini deuxième!", [rank(2)]),
    ("la troisième place", [rank(3)]),
    ("onzième", [rank(11)]),
    ("onzieme", [rank(11)]),
    ("vingtième", [rank(20)]),
    ("trentième", [rank(30)]),
    ("vingt-cinquième", [rank(25)]),
    ("vingt-et-unième", [rank(21)]),
    ("Le vingt et unième jour", [rank(21)]),
    ("cent vingt cinquieme", [rank(125)]),
    ("cent vingt-cinquième", [rank(125)]),
    ("soixante-dixieme", [rank(70)]),
    ("quatre-vingtième", [rank(80)]),
    ("septante-huitieme", [rank(78)]),
    ("deux centième", [rank(200)]),
    ("trois millième", [rank(3000)]),
    ("neuf milliardième", [rank(9e9)]),
    ("la seconde édition du forum", []),
    ("au second semestre", []),
    ("une seconde", []),
    ("les 10 premiers pays", [num(10), rank(1)]),
    ("les deux premiers livres", [num(2), rank(1)]),
    ("un cinquième rang", [rank(5)]),
]

# ------------------------------------------------------------------ qualifiers

QUALIFIER_CUES: list[tuple[str, str]] = [
    ("plus de", "at_least"),
    ("Plus de", "at_least"),
    ("au moins", "at_least"),
    ("pas moins de", "at_least"),
    ("au minimum", "at_least"),
    ("supérieur à", "at_least"),
    ("supérieure à", "at_least"),
    ("supérieurs à", "at_least"),
    ("au-delà de", "at_least"),
    ("au-dessus de", "at_least"),
    ("un peu plus de", "at_least"),
    ("près de", "approx"),
    ("environ", "approx"),
    ("Environ", "approx"),
    ("quelque", "approx"),
    ("quelques", "approx"),
    ("autour de", "approx"),
    ("quasiment", "approx"),
    ("quasi", "approx"),
    ("approximativement", "approx"),
    ("presque", "approx"),
    ("aux alentours de", "approx"),
    ("de l'ordre de", "approx"),
    ("de l’ordre de", "approx"),
    ("à peu près", "approx"),
    ("plus ou moins", "approx"),
    ("pas loin de", "approx"),
    ("moins de", "at_most"),
    ("jusqu'à", "at_most"),
    ("jusqu’à", "at_most"),
    ("au maximum", "at_most"),
    ("au plus", "at_most"),
    ("tout au plus", "at_most"),
    ("pas plus de", "at_most"),
    ("inférieur à", "at_most"),
    ("inférieure à", "at_most"),
    ("en dessous de", "at_most"),
    ("en deçà de", "at_most"),
    ("un peu moins de", "at_most"),
]

ELIDED_CUES: list[tuple[str, str]] = [
    ("plus d'", "at_least"),
    ("plus d’", "at_least"),
    ("près d'", "approx"),
    ("près d’", "approx"),
    ("moins d'", "at_most"),
    ("autour d'", "approx"),
    ("au-delà d'", "at_least"),
]

QUALIFIERS: list[tuple[str, list[Row]]] = [
    *[(f"{cue} 500 comptes", [num(500, kind)]) for cue, kind in QUALIFIER_CUES],
    *[(f"{cue} 30 %", [pct(30, kind)]) for cue, kind in QUALIFIER_CUES[::3]],
    *[
        (f"{cue} 2 millions de dollars", [money(2e6, "USD", kind)])
        for cue, kind in QUALIFIER_CUES[::4]
    ],
    *[(f"{cue}un million de visites", [num(1e6, kind)]) for cue, kind in ELIDED_CUES],
    ("30 % environ", [pct(30, "approx")]),
    ("500 comptes environ", [num(500)]),
    # a cue after an elided `de` (`un montant d'environ`, `une hausse d’au moins`)
    ("un montant d'environ 300 millions de dongs", [money(300e6, "VND", "approx")]),
    ("une hausse d’au moins 30 %", [pct(30, "at_least")]),
    ("une part d'au plus 5 %", [pct(5, "at_most")]),
    # ... or an elided `que` (`l'objectif est qu'au moins 80 %`)
    ("l'objectif est qu'au moins 80 % des dossiers", [pct(80, "at_least")]),
    ("il faut qu’environ 5 000 dossiers", [num(5000, "approx")]),
    ("un budget d'un peu plus de 2 millions de dollars", [money(2e6, "USD", "at_least")]),
    ("116 millions de visites et plus de 468.000 comptes", [num(116e6), num(468000, "at_least")]),
    ("le surplus de 500 tonnes", [num(500)]),
    (
        "plus de 2.800 sur un total de près de 6.800 services",
        [num(2800, "at_least"), num(6800, "approx")],
    ),
    ("plus de 2 000", [num(2000, "at_least")]),
    ("au moins 10 ans", [num(10, "at_least")]),
    ("moins de 5 %", [pct(5, "at_most")]),
    ("plus de 2020 dossiers", [num(2020, "at_least")]),
    # a figure passed is a lower bound
    ("le nombre d'utilisateurs a dépassé 50 millions", [num(50e6, "at_least")]),
    ("ont dépassé les 2 millions de comptes", [num(2e6, "at_least")]),
    ("le taux dépasse 30 %", [pct(30, "at_least")]),
    ("a franchi 1 million d'abonnés", [num(1e6, "at_least")]),
    # a mark passed, reached, approached or not reached: the number is a bound
    ("a franchi le cap des 10 millions de visites", [num(10e6, "at_least")]),
    ("ont dépassé la barre des 500 comptes", [num(500, "at_least")]),
    ("a atteint le seuil de 3 000 dossiers", [num(3000, "at_least")]),
    ("le palier des 20 millions de comptes", [num(20e6, "at_least")]),
    ("au-dessus de la barre symbolique des 50 %", [pct(50, "at_least")]),
    ("au-delà du seuil psychologique de 2 millions", [num(2e6, "at_least")]),
    ("reste sous la barre des 30 %", [pct(30, "at_most")]),
    ("en dessous du seuil de 10 %", [pct(10, "at_most")]),
    ("approche la barre des 100 millions de visites", [num(100e6, "approx")]),
    ("frôle le cap des 5 000 services", [num(5000, "approx")]),
    ("la barre des deux millions de comptes", [num(2e6, "at_least")]),
    ("a franchi la barre du million d'utilisateurs", [num(1e6, "at_least")]),
    ("dépassé le cap du milliard de dongs", [money(1e9, "VND", "at_least")]),
    # a scale word alone is a number only as the mark of `du`
    ("le million de visites", []),
    ("des millions de personnes", []),
    ("au milliard près", []),
    ("le cap de 2025", []),
]

# ------------------------------------------------------------------ not quantities

TRAPS: list[tuple[str, list[Row]]] = [
    ("la pandémie de COVID-19", []),
    ("Covid-19", []),
    ("la COVID 19", []),
    ("COVID19", []),
    ("la résolution n°17/NQ-CP", []),
    ("la résolution n° 17", []),
    ("la résolution numéro 17 du Premier ministre", []),
    ("la résolution 17/NQ-CP", []),
    ("le décret 45/2020/ND-CP", []),
    ("la décision 749/QĐ-TTg", []),
    ("la décision 749", []),
    ("le Projet 06", []),
    ("l'article 5 de la loi", []),
    ("conformément au point 3 de l'article 5", []),
    # `mettre au point` is to develop: the number after it is a count again
    ("les entreprises ont mis au point 33 plates-formes", [num(33)]),
    ("la ville mettra au point 12 applications", [num(12)]),
    ("le programme 135", []),
    ("des services de niveau 4", []),
    ("les services publics de niveau 3 et 4", []),
    ("aux niveaux 2, 3 et 4", []),
    ("2.500 services de niveau 4", [num(2500)]),
    # an index's edition after its acronym is a year, whatever follows
    ("l'indice (DTI) 2023 rendus publics", []),
    # a thousands dot a scraper spaced on one side, before a word in lower case
    ("plus de 33 .000 téléchargements", [num(33000, "at_least")]),
    ("avec 47. 937 téléchargements", [num(47937)]),
    # (a sentence's end, then a share or a capital, stays two)
    ("au niveau 4. 100 % des services", [pct(100)]),
    ("au niveau 4. 120 Services", [num(120)]),
    # a count told after a level and `et` is no level of a list (levels are small)
    ("dont 380 au niveau 3 et 74 au niveau 4", [num(380), num(74)]),
    ("au niveau 3, 56 % des services", [pct(56)]),
    ("à quatre niveaux administratifs", [num(4)]),
    ("http://www.dichvucong.gov.vn/p/123", []),
    ("https://www.test.com/search?q=30%25%2020%", []),
    ("dichvucong.gov.vn2", []),
    (
        "voir http://proquest.umi.com/pqdweb?RQT=305&SQ=issn%280024%2D9114%29%20and%20%28ti"
        "%28Using%203D%20CAD%29%20and%20volume%2872%29%20and%20issue%289%29&clientId=17859 ici",
        [],
    ),
    ("écrivez à contact2020@mic.gov.vn", []),
    ("Tél : (84) 24 3825 1234", []),
    ("Tél : 024.3825.1234", []),
    ("appelez le +84 24 3825 1234", []),
    ("appelez le 024 3825 1234", []),
    # Vietnam's hotlines (`1900`, `1800` and the line's digits) are phone numbers
    ("Le numéro vert 1900 6193 reste ouvert.", []),
    ("la ligne 1800.1091 est gratuite", []),
    # (a year or a count of 1900 is still read)
    ("plus de 1900 dossiers en 2023", [num(1900, "at_least")]),
    ("le 0912345678", []),
    ("l'Industrie 4.0", []),
    ("la révolution 4.0", []),
    ("la version 2.1", []),
    ("192.168.1.2", []),
    ("la 5G et la 4G", []),
    ("un film en 3D", []),
    ("l'Airbus A320", []),
    ("le virus H5N1", []),
    ("le G20", []),
    ("l'ASEAN+3", []),
    ("la 4e révolution industrielle", []),
    ("la quatrième révolution industrielle", []),
    ("le Premier ministre", []),
    ("le premier ministre", []),
    ("le premier vice-Premier ministre", []),
    ("le vice-Premier ministre", []),
    ("la Première Dame", []),
    ("le 14e Congrès national du Parti", []),
    ("le 14ᵉ Congrès", []),
    ("le XIIIe Congrès", []),
    ("le Comité central du 14e mandat", []),
    ("la 16e Assemblée nationale", []),
    ("la 6e session", []),
    ("le 4e plénum", []),
    ("la 4ᵉ réunion du Comité", []),
    ("le 75e anniversaire", []),
    ("au XXIe siècle", []),
    ("le premier trimestre", []),
    ("les neuf premiers mois de 2025", [num(9)]),
    ("à 14h30", []),
    ("vers 9h", []),
    ("à 9 h 30", []),
    ("à 14:30", []),
    ("24h/24 et 7j/7", []),
    ("à 9 heures 30", []),
]

DATES: list[tuple[str, list[Row]]] = [
    ("en 2020", []),
    ("2019", []),
    ("en 1998", []),
    ("2021-2025", []),
    ("la période 2021-2025", []),
    ("pour 2021-25", []),
    ("le 9 décembre 2019", []),
    ("le 12 février", []),
    ("le 1er juillet", []),
    ("le 1er juillet prochain", []),
    ("au 8mars 2021", []),
    ("Hanoï, 10 mars (VNA)", []),
    ("les 25 et 26 octobre 2025", []),
    ("du 12 au 15 mars", []),
    ("les 12-13 février", []),
    ("mercredi 12 février", []),
    ("vendredi matin 14 novembre", []),
    ("vendredi 14", []),
    ("le premier juillet", []),
    ("le deux mars", []),
    ("le 17/05/2018", []),
    ("en 03/2021", []),
    ("le 2020-02-12", []),
    ("le 12.02.2020", []),
    ("fin 2020", []),
    ("mi-2020", []),
    ("l'an 2020", []),
    ("le budget 2021", []),
    ("depuis 2019 les comptes", []),
    ("d'ici 2030", []),
    ("en décembre 2020", []),
    ("en 2020 dossiers", []),
    ("2020 dossiers", [num(2020)]),
    ("2.020 dossiers", [num(2020)]),
    ("2020 milliards de dongs", [money(2020e9, "VND")]),
    ("2020 %", [pct(2020)]),
    ("1 800 entreprises", [num(1800)]),
    ("1800 entreprises", [num(1800)]),
    ("en 2019, 3 000 comptes", [num(3000)]),
    ("le 9 décembre 2019, 65.900 comptes", [num(65900)]),
]

RANGES: list[tuple[str, list[Row]]] = [
    ("entre 5 et 10 millions de dollars", [money(5e6, "USD"), money(10e6, "USD")]),
    ("de 2 à 3 milliards de dongs", [money(2e9, "VND"), money(3e9, "VND")]),
    ("3-4 millions de visites", [num(3e6), num(4e6)]),
    ("2 ou 3 millions", [num(2e6), num(3e6)]),
    ("de 500 000 à 1 million de dollars", [money(500000, "USD"), money(1e6, "USD")]),
    ("14 ministères et 37 localités", [num(14), num(37)]),
    ("5 et 10 millions", [num(5), num(10e6)]),
    ("de 2,5 à 3 millions de dollars", [money(2.5e6, "USD"), money(3e6, "USD")]),
    ("entre deux et trois millions de dongs", [money(2e6, "VND"), money(3e6, "VND")]),
    ("passé de 6 à 8 %", [pct(6), pct(8)]),
]

TABLE = [
    *[pytest.param(t, e, id=f"digits-{i}") for i, (t, e) in enumerate(DIGITS)],
    *[pytest.param(t, e, id=f"scales-{i}") for i, (t, e) in enumerate(SCALES)],
    *[pytest.param(t, e, id=f"words-{i}") for i, (t, e) in enumerate(WORDS)],
    *[pytest.param(t, e, id=f"money-{i}") for i, (t, e) in enumerate(MONEY)],
    *[pytest.param(t, e, id=f"percent-{i}") for i, (t, e) in enumerate(PERCENTS)],
    *[pytest.param(t, e, id=f"ordinal-{i}") for i, (t, e) in enumerate(ORDINALS)],
    *[pytest.param(t, e, id=f"qualifier-{i}") for i, (t, e) in enumerate(QUALIFIERS)],
    *[pytest.param(t, e, id=f"trap-{i}") for i, (t, e) in enumerate(TRAPS)],
    *[pytest.param(t, e, id=f"date-{i}") for i, (t, e) in enumerate(DATES)],
    *[pytest.param(t, e, id=f"range-{i}") for i, (t, e) in enumerate(RANGES)],
]


@pytest.mark.parametrize(("text", "expected"), TABLE)
def test_french_table(text: str, expected: list[Row]) -> None:
    check(text, expected)


def test_table_has_hundreds_of_rows() -> None:
    assert len(TABLE) >= 400


# ------------------------------------------------------------------ spans

SPANS: list[tuple[str, list[str]]] = [
    (
        "plus de 8.100 milliards de dongs (351,53 millions de dollars)",
        ["8.100 milliards de dongs", "351,53 millions de dollars"],
    ),
    ("la 86e position sur 193 pays", ["86e", "193"]),
    ("au 8 mars 2021, plus de 2.800 services", ["2.800"]),
    ("trois milliards et demi de dongs", ["trois milliards et demi de dongs"]),
    ("$ 75 millions d'obligations", ["$ 75 millions"]),
    ("USD 5 millions", ["USD 5 millions"]),
    ("30 pour cent des services", ["30 pour cent"]),
    ("une dizaine de provinces", ["une dizaine"]),
    ("négative quatre-vingt-quinze", ["négative quatre-vingt-quinze"]),
    ("Le portail a reçu 116 millions de visites", ["116 millions"]),
    ("le 4ᵉ rang", ["4ᵉ"]),
    ("sixième rang", ["sixième"]),
    ("15 dollars et 15 cents.", ["15 dollars et 15 cents"]),
    # a part of a whole that could be read as a day and a month is a part of a whole ...
    ("a connecté 5/10 bases de données", ["5", "10"]),
    # ... after no cue of a date; `le 15/06` is a day
    ("ouvert le 15/06 à 8 000 usagers", ["8 000"]),
]


@pytest.mark.parametrize(("text", "spans"), SPANS)
def test_spans(text: str, spans: list[str]) -> None:
    assert [q.text for q in recognize_quantities(text)] == spans


def test_qualifier_text_and_start() -> None:
    text = "Le portail a reçu plus de 116 millions de visites."
    (q,) = recognize_quantities(text)
    assert q.qualifier == "at_least"
    assert q.qualifier_text == "plus de"
    assert q.qualifier_start is not None
    assert text[q.qualifier_start : q.qualifier_start + len(q.qualifier_text)] == "plus de"
    assert q.text == "116 millions"


def test_a_mark_before_the_number_is_the_qualifier_text() -> None:
    text = "L'application a franchi la barre du million d'utilisateurs."
    (q,) = recognize_quantities(text)
    assert (q.value, q.qualifier, q.text) == (1e6, "at_least", "million")
    assert q.qualifier_text == "la barre du"
    assert q.qualifier_start is not None
    assert text[q.qualifier_start :].startswith("la barre du million")


def test_contract_example() -> None:
    qs = recognize_quantities("plus de 8.100 milliards de dongs (351,53 millions de dollars)")
    assert [(q.kind, q.value, q.unit, q.qualifier) for q in qs] == [
        ("money", 8.1e12, "VND", "at_least"),
        ("money", 351530000.0, "USD", "exact"),
    ]


def test_results_are_valid_quantities() -> None:
    text = "plus de 30 % des 2.800 services, la 86e place et 5 millions de dollars"
    for q in recognize_quantities(text):
        assert Quantity.model_validate(q.model_dump()) == q


@pytest.mark.parametrize(
    "text",
    ["1" * 5000, "9" * 400 + " millions de dollars", "1e999999", "2^99999", "1,5^-99999", "0^-1"],
)
def test_absurd_figures_are_left_out(text: str) -> None:
    invariants(text)
    assert all(math.isfinite(q.value) and abs(q.value) < 1e300 for q in _recognize(text))


def test_public_api_never_raises_on_non_strings() -> None:
    assert recognize_quantities("") == []
    assert recognize_quantities(None) == []  # type: ignore[arg-type]
    assert recognize_quantities(12) == []  # type: ignore[arg-type]


# ------------------------------------------------------------------ properties


def invariants(text: str) -> None:
    qs = _recognize(text)
    last_end = 0
    for q in qs:
        assert 0 <= q.start < q.end <= len(text)
        assert text[q.start : q.end] == q.text
        assert q.start >= last_end, "quantities overlap or are not sorted"
        last_end = q.end
        assert q.kind in ("number", "ordinal", "percent", "money")
        assert math.isfinite(q.value)
        assert q.qualifier in ("exact", "approx", "at_least", "at_most")
        if q.kind == "money":
            assert q.unit is not None and len(q.unit) == 3 and q.unit.isupper()
        elif q.kind == "percent":
            assert q.unit == "%"
        else:
            assert q.unit is None
        if q.qualifier_text is not None:
            assert q.qualifier_start is not None
            start = q.qualifier_start
            assert text[start : start + len(q.qualifier_text)] == q.qualifier_text


FRENCHY = st.lists(
    st.sampled_from(
        [
            *"0123456789 ,.-−%$€£¥₫/+()°ᵉ'’aeéèdilmnoprstuxDCMGVNĐ\n",
            *[NBSP, NNBSP, " millions ", " de ", " dongs", " pour cent", " plus de ", "e "],
            *[" vingt", "-et-un", " cent", " mille", " un ", " demi", " tiers", "ième", " et "],
            *[" niveau ", " mars ", " 2020", " n° ", "h", " sur ", " virgule ", " cents", " M"],
            "er ",
        ]
    ),
    max_size=60,
).map("".join)


@settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.text(max_size=200))
def test_any_text_keeps_the_invariants(text: str) -> None:
    invariants(text)


@settings(max_examples=600, deadline=None)
@given(FRENCHY)
def test_french_looking_text_keeps_the_invariants(text: str) -> None:
    invariants(text)


def group_thousands(n: int, sep: str) -> str:
    digits = str(n)
    groups = []
    while digits:
        groups.append(digits[-3:])
        digits = digits[:-3]
    return sep.join(reversed(groups))


SEPARATORS = ["", ".", " ", NBSP, NNBSP]


@settings(max_examples=300, deadline=None)
@given(n=st.integers(min_value=0, max_value=10**15), sep=st.sampled_from(SEPARATORS))
def test_integers_written_the_french_ways_parse_back(n: int, sep: str) -> None:
    written = group_thousands(n, sep) if n >= 1000 else str(n)
    text = f"Le portail a enregistré {written} comptes."
    qs = recognize_quantities(text)
    assert [(q.kind, q.value, q.text) for q in qs] == [("number", float(n), written)]


@settings(max_examples=300, deadline=None)
@given(
    whole=st.integers(min_value=0, max_value=10**9),
    decimals=st.text(alphabet="0123456789", min_size=1, max_size=4),
    sep=st.sampled_from(SEPARATORS),
    sign=st.sampled_from(["", "-"]),
)
def test_decimals_written_the_french_ways_parse_back(
    whole: int, decimals: str, sep: str, sign: str
) -> None:
    written = f"{sign}{group_thousands(whole, sep)},{decimals}"
    text = f"Une variation de {written} points."
    (q,) = recognize_quantities(text)
    expected = float(f"{sign}{whole}.{decimals}")
    assert q.kind == "number"
    assert q.value == pytest.approx(expected, rel=1e-12, abs=1e-12)
    assert q.text == written


SCALE_WORDS = [("mille", 1e3), ("million", 1e6), ("millions", 1e6), ("milliard", 1e9)]
SCALE_WORDS += [("milliards", 1e9), ("billion", 1e12), ("billions", 1e12)]


@settings(max_examples=300, deadline=None)
@given(
    whole=st.integers(min_value=1, max_value=999_999),
    decimals=st.one_of(st.just(""), st.text(alphabet="0123456789", min_size=1, max_size=3)),
    sep=st.sampled_from(SEPARATORS),
    scale=st.sampled_from(SCALE_WORDS),
    unit=st.sampled_from([("", None), (" de dongs", "VND"), (" de dollars", "USD"), (" %", "%")]),
)
def test_scaled_figures_parse_back(
    whole: int, decimals: str, sep: str, scale: tuple[str, float], unit: tuple[str, str | None]
) -> None:
    digits = group_thousands(whole, sep) if whole >= 1000 else str(whole)
    written = digits + (f",{decimals}" if decimals else "") + " " + scale[0] + unit[0]
    text = f"Au total, {written} ont été comptés."
    (q,) = recognize_quantities(text)
    base = float(f"{whole}.{decimals}" if decimals else whole)
    assert q.value == pytest.approx(base * scale[1], rel=1e-12)
    assert q.text == written
    assert q.unit == unit[1]


UNITS = ["", "un", "deux", "trois", "quatre", "cinq", "six", "sept", "huit", "neuf"]
TEENS = ["dix", "onze", "douze", "treize", "quatorze", "quinze", "seize"]
TENS = ["", "dix", "vingt", "trente", "quarante", "cinquante", "soixante"]


def below_hundred(n: int) -> str:
    if n < 10:
        return UNITS[n]
    if n < 17:
        return TEENS[n - 10]
    if n < 20:
        return "dix-" + UNITS[n - 10]
    tens, unit = divmod(n, 10)
    if tens in (7, 9):
        return (
            (TENS[6] if tens == 7 else "quatre-vingt")
            + (" et " if n == 71 else "-")
            + below_hundred(10 + unit)
        )
    head = "quatre-vingt" if tens == 8 else TENS[tens]
    if unit == 0:
        return head + ("s" if tens == 8 else "")
    if unit == 1 and tens != 8:
        return head + " et un"
    return head + "-" + UNITS[unit]


def below_thousand(n: int) -> str:
    hundreds, rest = divmod(n, 100)
    parts = []
    if hundreds:
        parts.append(
            "cent" if hundreds == 1 else UNITS[hundreds] + " cent" + ("s" if not rest else "")
        )
    if rest:
        parts.append(below_hundred(rest))
    return " ".join(parts)


def spell(n: int) -> str:
    """French spelling of 1 <= n < 10^9 (the test's own, independent of the recognizer)."""
    parts = []
    millions, rest = divmod(n, 1_000_000)
    thousands, units = divmod(rest, 1000)
    if millions:
        parts.append(("un" if millions == 1 else below_thousand(millions)) + " million")
        if millions > 1:
            parts[-1] += "s"
    if thousands:
        parts.append("mille" if thousands == 1 else below_thousand(thousands) + " mille")
    if units:
        parts.append(below_thousand(units))
    return " ".join(parts)


@pytest.mark.parametrize("n", [1, 2, 17, 21, 71, 80, 81, 91, 99, 100, 101, 200, 999, 1000, 2022])
def test_spelling_helper_agrees_with_text2num(n: int) -> None:
    assert text2num(spell(n), "fr") == n


@settings(max_examples=400, deadline=None)
@given(st.integers(min_value=2, max_value=999_999_999))
def test_numbers_in_words_parse_back(n: int) -> None:
    words = spell(n)
    assert text2num(words, "fr") == n  # the oracle reads the same number
    text = f"Le registre compte {words} entrées."
    qs = recognize_quantities(text)
    assert [(q.kind, q.value, q.text) for q in qs] == [("number", float(n), words)]


@settings(max_examples=200, deadline=None)
@given(st.integers(min_value=2, max_value=999))
def test_ordinals_in_digits_parse_back(n: int) -> None:
    (q,) = recognize_quantities(f"Le pays se classe à la {n}e place.")
    assert (q.kind, q.value, q.text) == ("ordinal", float(n), f"{n}e")
