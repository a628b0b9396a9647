"""Cleaning: the Voir plus cut, captions, header, spaces, glued words, and the offset map."""

from __future__ import annotations

import unicodedata

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tests.conftest import RAW
from vnextract.cleaning.clean import clean, glue_splits

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
    # a noun ending like an adverb still splits from a glued article
    ("transactions depaiement en ligne", "transactions de paiement en ligne"),
    # an auxiliary glued after a word still splits, even one ending like a verb's tense
    ("les bases de données nationalesavaient été", "les bases de données nationales avaient été"),
    ("les provincesseraient connectées", "les provinces seraient connectées"),
]

KEPT = [
    # real words and names that must not be split
    "gouvernement", "e-gouvernement", "dichvucong.gov.vn", "COVID-19", "86e", "1er", "14h30",
    "5G", "Industrie 4.0", "Kaspersky", "Rostelecom", "jusqu'à", "aujourd'hui", "interopérabilité",
    "cybersécurité", "Nguyên Xuân Phuc", "2.800", "26,7", "VNeID", "iPhone", "McDonald", "l'ASEAN",
    "numérisation", "téléphone", "parmi", "visioconférence", "n°17/NQ-CP", "d'ici",
    # acronyms are not glued words (`SIPAS` is no `si pas`)
    "SIPAS", "(SIPAS) 2020", "PAPI", "ONU",
    # verbs in the future, the conditional or the imperfect are no infinitive glued to avoir
    # (`piloter ont`), adverbs no adjective glued to `ment`; their tense decides a status
    "Les services piloteront la délivrance", "ils connecteront leurs bases",
    "il numérisera les registres", "elles contrôleraient les dossiers", "ils ajouteraient",
    "la province groupait les dossiers", "conformement au décret", "proportionnellement",
    "les entreprises exporteront", "il universaliserait",
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
        # no credit, a table cell's bar
        "Le projet vise 500 000 comptes en 2019. Photo d'illustration |",
    ],
)
def test_captions_are_dropped(caption):
    c = clean(f"Titre\n\n{caption}\n\nLe corps de l'article reste.\n")
    assert "Photo" not in c.text and "ảnh" not in c.text and "Source:" not in c.text
    assert "Le corps de l'article reste." in c.text


@settings(max_examples=500, deadline=None)
@given(
    st.lists(
        st.sampled_from(
            [
                "(",
                ")",
                " ",
                "\u00a0",
                "Photo",
                "PHOTOS",
                "source",
                "Crédit photo",
                " d'",
                "’",
                "archives",
                "illustration",
                ":",
                "VNA",
                ".",
                "x",
            ]
        ),
        max_size=12,
    )
)
def test_credit_regex_needs_the_credit_mark(pieces):
    """`_is_caption` tries the credit regex only on lines with `caption_credit_mark`."""
    from vnextract.cleaning.clean import _config

    cfg = _config()
    line = "".join(pieces)
    if cfg.credit.search(line):
        assert cfg.credit_mark in line
    assert not cfg.credit.search(line.replace(cfg.credit_mark, " "))


def test_spaces_are_normalised_and_paragraphs_kept():
    c = clean("Un\u00a0\u00a0mot  et\u202fun autre.\n\n\n\nDeuxième paragraphe.\n")
    assert c.text == "Un mot et un autre.\n\nDeuxième paragraphe."
    assert len(c.paragraphs) == 2


def test_title_is_first_line():
    assert clean("\n\n  Le titre \nLe texte.").title == "Le titre"


@pytest.mark.parametrize(
    "lead",
    [
        "VOV.VN - Lors d'une conférence organisée mardi 8 novembre à Hanoï, le ministère a",
        "(VOVWORLD) - Lors d'une conférence organisée mardi 8 novembre à Hanoï, le ministère",
        "Hanoï, 8 novembre (VNA) - Lors d'une conférence organisée mardi à Hanoï, le ministère",
    ],
)
def test_a_wrapped_title_stops_before_the_credit_of_the_lead(lead):
    # a page wrapped by hand joins its lines back, but not its title to the lead's credit
    title = "Justice : plus de 12 millions d'actes d'état civil désormais numérisés en ligne"
    raw = f"{title}\n{lead}\nannoncé que la base comptait 12 millions d'actes\nnumérisés.\n"
    assert clean(raw).title == title


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
            # the cleaned text is in NFC: a character is (in) the NFC of the raw ones it maps to
            s, e = c.to_raw(i, i + 1)
            assert ch in unicodedata.normalize("NFC", text[s:e])
            if unicodedata.is_normalized("NFC", text):
                assert text[c.offsets[i]] == ch
    if c.text:
        s, e = c.to_raw(0, len(c.text))
        assert 0 <= s <= e <= len(text)


@given(st.text(max_size=300))
def test_decomposed_text_cleans_as_its_composed_form(text):
    nfc = unicodedata.normalize("NFC", text)
    for form in ("NFD", "NFC"):
        raw = unicodedata.normalize(form, text)
        c = clean(raw)
        assert c.text == clean(nfc).text
        for i in range(len(c.text)):
            s, e = c.to_raw(i, i + 1)
            assert 0 <= s < e <= len(raw)


@pytest.mark.parametrize(
    ("raw", "cleaned"),
    [
        ("468\u00ad000 comptes", "468000 comptes"),
        ("en\u00adregistrés", "enregistrés"),
        ("de\u0301cembre 2020", "décembre 2020"),
        ("Hanoi\u0308, 10 mars", "Hanoï, 10 mars"),
    ],
)
def test_soft_hyphens_vanish_and_accents_compose(raw, cleaned):
    c = clean(raw)
    assert c.text == cleaned
    # a span ending on a composed letter ends after its combining accent in the raw text
    s, e = c.to_raw(0, len(c.text))
    assert raw[s:e] == raw


def test_glue_splits_needs_common_pieces():
    assert glue_splits("portailnational") == [7]
    assert glue_splits("xqzwvbn") == []


# --- The line emitter against the per-token definition it replaced -----------------------


def reference_clean(raw: str) -> tuple[str, list[int], list[tuple[int, int]]]:
    """`clean` as it was written token by token, character by character (text, offsets,
    paragraphs): the definition the per-line emitter must keep to the byte."""
    import re

    from vnextract.cleaning.clean import (
        _LETTER,
        _LOWER,
        _SPACES,
        _TOKEN,
        _UPPER,
        _ZERO_WIDTH,
        _config,
        _is_caption,
    )

    token_run = re.compile(rf"[^ \r{_SPACES}{_ZERO_WIDTH}]+")
    space_char = re.compile(rf"[ \r{_SPACES}]")
    punct_glue = re.compile(
        rf"(?<=[,;:)»])(?=[{_LETTER}«(])|(?<=[{_LOWER}]{{2}}[.!?])(?=[{_UPPER}])"
    )
    max_token = 100

    def emit_token(start: int, end: int) -> None:
        token = raw[start:end]
        cuts: set[int] = {m.start() for m in punct_glue.finditer(token)}
        if len(token) > max_token:
            cuts.update(range(max_token, len(token), max_token))
        for m in _TOKEN.finditer(token):
            word = m.group(0).rstrip(".,")
            cuts.update(m.start() + c for c in glue_splits(word))
        prev = 0
        for k in sorted(c for c in cuts if c < len(token)):
            chars.extend(token[prev:k])
            offs.extend(range(start + prev, start + k))
            chars.append(" ")
            offs.append(start + k)
            prev = k
        chars.extend(token[prev:])
        offs.extend(range(start + prev, end))

    def emit_line(start: int, end: int) -> None:
        prev = None
        for m in token_run.finditer(raw, start, end):
            if prev is not None:
                space = space_char.search(raw, prev, m.start())
                if space is not None:
                    chars.append(" ")
                    offs.append(space.start())
            emit_token(m.start(), m.end())
            prev = m.end()

    cfg = _config()
    cut_m = cfg.cut.search(raw)
    limit = cut_m.start() if cut_m else len(raw)
    pos = 0
    hm = cfg.header.match(raw, 0, limit)
    if hm:
        pos = hm.end()
    # (or the scraper's line among the first three lines of text, under a title: its words go)
    late = None
    if hm is None:
        found = re.compile(cfg.header.pattern, re.MULTILINE).search(raw, 0, min(limit, 1500))
        text_lines = (
            [
                ln
                for ln in raw[: found.start()].splitlines()
                if ln.strip(" \t\r" + _SPACES + _ZERO_WIDTH)
            ]
            if found
            else []
        )
        if found and len(text_lines) <= 3:
            late = found
    chars: list[str] = []
    offs: list[int] = []
    paragraphs: list[tuple[int, int]] = []
    para_start: int | None = None
    blank_run = 0
    # a page wrapped by hand (no long line; a line with no final punctuation going on in lower
    # case, twice at least) has the breaks inside its sentences joined with a space
    blank = " \t\r" + _SPACES + _ZERO_WIDTH
    all_lines = [ln.strip(blank) for ln in raw[pos:limit].split("\n")]
    wrapped = (
        all(len(ln) <= cfg.wrapped_max for ln in all_lines)
        and sum(
            1
            for i in range(len(all_lines) - 1)
            if all_lines[i]
            and all_lines[i + 1][:1].islower()
            and all_lines[i][-1] not in '.!?…:;»"|)]'
        )
        >= cfg.wrapped_min_breaks
    )
    last = ""
    for lm in re.compile(r"[^\n]*\n?").finditer(raw, pos, limit):
        if lm.start() == lm.end():
            break
        line = lm.group(0).rstrip("\r\n")
        first = lm.start()
        if late is not None and first < late.end() <= first + len(line):
            first = late.end()
        stripped = raw[first : lm.start() + len(line)].strip(" \t\r" + _SPACES + _ZERO_WIDTH)
        if not stripped:
            blank_run += 1
            continue
        if _is_caption(stripped, cfg):
            continue
        if chars:
            if blank_run or para_start is None:
                if para_start is not None:
                    paragraphs.append((para_start, len(chars)))
                chars.extend("\n\n")
                offs.extend((lm.start(), lm.start()))
                para_start = len(chars)
            elif (
                wrapped
                and last[-1] not in '.!?…:;»"|)]'
                and stripped[0] not in "-–—•*"
                and (
                    len(last) >= cfg.wrapped_full or stripped[0].islower() or stripped[0].isdigit()
                )
            ):
                chars.append(" ")
                offs.append(lm.start() - 1)
            else:
                chars.append("\n")
                offs.append(lm.start())
        else:
            para_start = 0
        blank_run = 0
        last = stripped
        emit_line(first, lm.start() + len(line))
    if para_start is not None and chars:
        paragraphs.append((para_start, len(chars)))
    offs.append(offs[-1] + 1 if offs else 0)
    return "".join(chars), offs, paragraphs


def assert_cleans_as_reference(raw: str) -> None:
    c = clean(raw)
    text, offsets, paragraphs = reference_clean(raw)
    assert c.text == text
    assert c.offsets == offsets
    assert c.paragraphs == paragraphs


#: Pieces of scraped text that exercise every rule of the emitter.
FRAGMENTS = [
    "réunion,le", "informatisées.Le", "permisd'économiser", "8mars", "de40", "leVietnam",
    "duVietnam", "portailnational", "iPhone", "McDonald", "1Le", "2.500comptes", "jusqu'à",
    "aujourd'hui", "(VNA)", "«Le", "»,le", "10.000commentaires.", "a.,'bc", "e-gouvernement",
    "ont.Le", "ab.C", "a.B", ":le", ",le", ";(", "),«", "x" * 101, "y" * 250, "&" * 230,
    "é" * 100, "z" * 99 + "\u200b" + "z" * 5, "a" * 150 + ",le", "lesministères" * 9,
    "Voir plus", " date 2022-07 ", "Photo: VNA", "ảnh 1",
]  # fmt: skip
SEPARATORS = [
    " ", "  ", "\t", "\u00a0", "\u202f", "\u2009", "\u3000", "\r", "\u200b", "\ufeff", "\u2060",
    "\u200b \u200c", "\u200b\u00a0", "\n", "\n\n", "\r\n", "\r\n\r\n", "\n \n",
]  # fmt: skip
CHARS = "aeéÉLlVv8 ,.;:!?)(«»'’-\u00a0\u200b\r\n\tx"


@settings(max_examples=400, deadline=None)
@given(
    st.lists(
        st.one_of(
            st.sampled_from(FRAGMENTS),
            st.sampled_from(SEPARATORS),
            st.text(st.sampled_from(list(CHARS)), max_size=12),
        ),
        max_size=30,
    )
)
def test_clean_equals_the_per_token_definition(parts):
    assert_cleans_as_reference("".join(parts))


@pytest.mark.parametrize(
    "raw",
    [
        "réunion,le ministre",
        "réunion,\u200ble",  # tokens glued by a zero-width space stay glued, uncut
        "ont.\u200bLe",
        "ab \u200b\u00a0 cd",  # the space of a run is its first space, not the zero-width one
        "a\u200b\u200bb",
        "\u200b \tlead and trail \u00a0\u200b",
        " un  deux   trois ",
        "x" * 100,
        "x" * 101,
        "x" * 250 + " " + "y" * 201 + "\u200b" + "z" * 300,
        "un\r\ndeux\r\n\r\ntrois\r",
        "a\rb",
        "\n\n\n",
        "",
        "Titre\n\nPhoto: VNA\n\nleVietnam et 8mars.\n\nVoir plus\nleVietnam",
        " date 2022-07 permisd'économiser ici",
    ],
)
def test_clean_equals_the_per_token_definition_on_edges(raw):
    assert_cleans_as_reference(raw)


CORPORA = [RAW, RAW.parent.parent / "tests" / "corpus" / "articles"]


@pytest.mark.parametrize(
    "path", sorted(p for d in CORPORA for p in d.glob("*.txt")), ids=lambda p: p.name
)
def test_clean_equals_the_per_token_definition_on_articles(path):
    assert_cleans_as_reference(path.read_text(encoding="utf-8"))


# --- The word-frequency cache -------------------------------------------------------------


@pytest.fixture
def freq_cache(tmp_path, monkeypatch):
    monkeypatch.setenv("VNEXTRACT_CACHE_DIR", str(tmp_path))
    return tmp_path / "wordfreq"


def _wordfreq_dict():
    from wordfreq import get_frequency_dict

    return get_frequency_dict("fr")


def _no_wordfreq(*args, **kwargs):
    raise AssertionError("wordfreq read although the cache is there")


def test_frequency_cache_is_written_then_read_with_the_same_values(freq_cache, monkeypatch):
    import wordfreq

    from vnextract.cleaning import clean as cleaning

    first = cleaning._freqs.__wrapped__()  # no cache: wordfreq, and the cache is written
    files = list(freq_cache.iterdir())
    assert [f.suffix for f in files] == [".bin"]  # no temporary file left
    with monkeypatch.context() as m:
        m.setattr(wordfreq, "get_frequency_dict", _no_wordfreq)
        second = cleaning._freqs.__wrapped__()  # read from the cache, not from wordfreq
    assert isinstance(second.__self__, cleaning._FreqTable)
    freqs = _wordfreq_dict()
    assert all(second(w) == f for w, f in freqs.items())  # every word, the very same float
    words = sorted(freqs)
    for absent in ["", "xqzwvbn", "portailnational", words[0][:-1] or "\x00", words[-1] + "z",
                   "\U0010ffff", "\ud800", "le\ud800", "Le", "le\n"]:  # fmt: skip
        assert first(absent) is None and second(absent) is None
    assert first("le") == second("le") > 0


def _expected_cache_file():
    from vnextract.cleaning import clean as cleaning

    where = cleaning._freq_cache_path()
    assert where is not None
    return where


@pytest.mark.parametrize(
    "damage",
    [
        lambda data: b"garbage",
        lambda data: b"",
        lambda data: data[: len(data) // 2],
        lambda data: data[:-7] + bytes([data[-7] ^ 1]) + data[-6:],  # one bit flipped
        lambda data: data[:30] + b"\x00\x00" + data[32:],  # a broken checksum
    ],
    ids=["garbage", "empty", "truncated", "bit-flip", "checksum"],
)
def test_corrupt_frequency_cache_is_ignored_and_rewritten(freq_cache, damage):
    from vnextract.cleaning import clean as cleaning

    cleaning._freqs.__wrapped__()
    path, key = _expected_cache_file()
    path.write_bytes(damage(path.read_bytes()))
    assert cleaning._load_freqs(path, key) is None
    lookup = cleaning._freqs.__wrapped__()  # falls back on wordfreq
    assert lookup("le") == _wordfreq_dict()["le"]
    assert cleaning._load_freqs(path, key) is not None  # and the cache is written again


def test_stale_frequency_cache_is_ignored(freq_cache, monkeypatch):
    from vnextract import resources
    from vnextract.cleaning import clean as cleaning

    path, key = _expected_cache_file()
    # a cache of another key (another wordfreq) at this very path is not read
    cleaning._store_freqs(path, "other-key", {"le": 0.5})
    assert cleaning._load_freqs(path, key) is None
    assert cleaning._freqs.__wrapped__()("le") == _wordfreq_dict()["le"]
    assert cleaning._load_freqs(path, key) is not None
    # another wordfreq version, or another data file, is another key and another file
    real_versions = resources.library_versions
    monkeypatch.setattr(
        resources,
        "library_versions",
        lambda names: {
            **real_versions(names),
            **({"wordfreq": "0.0"} if "wordfreq" in names else {}),
        },
    )
    other_path, other_key = _expected_cache_file()
    assert other_key != key and other_path != path
    assert cleaning._load_freqs(path, other_key) is None


def test_unwritable_frequency_cache_does_not_fail(tmp_path, monkeypatch):
    from vnextract.cleaning import clean as cleaning

    blocker = tmp_path / "file"
    blocker.write_text("not a folder")
    monkeypatch.setenv("VNEXTRACT_CACHE_DIR", str(blocker))  # mkdir fails under a file
    lookup = cleaning._freqs.__wrapped__()
    assert lookup("le") == _wordfreq_dict()["le"]


@pytest.mark.parametrize(
    ("raw", "text"),
    [
        # under the title and its standfirst, on a line of its own or before the dateline
        (
            "Titre\n\nChapeau du texte.\n\n date 2016-08\nHanoï, 4 août (VNA) - Texte.\n",
            "Titre\n\nChapeau du texte.\n\nHanoï, 4 août (VNA) - Texte.",
        ),
        (
            "Titre\n\n date 2016-08 Hanoï, 4 août (VNA) - Texte.\n",
            "Titre\n\nHanoï, 4 août (VNA) - Texte.",
        ),
    ],
)
def test_a_header_line_under_the_title_is_metadata_too(raw, text):
    c = clean(raw)
    assert c.header_date == "2016-08"
    assert c.text == text


def test_a_date_line_deep_in_the_text_is_no_header():
    raw = "Titre\n\nUn.\n\nDeux.\n\nTrois.\n\n date 2016-08\nQuatre.\n"
    c = clean(raw)
    assert c.header_date is None
    assert "date 2016-08" in c.text


@pytest.mark.parametrize(
    ("header", "date"),
    [(" date 2021-03", "2021-03"), (" date 2021-13", None), (" date 2021-02-30", None)],
)
def test_a_header_date_that_is_no_real_month_is_not_kept(header, date):
    c = clean(f"{header}\nHanoï, 10 mars (VNA) - Le portail a reçu 116 millions de visites.\n")
    assert c.header_date == date
    assert c.text.startswith("Hanoï")
