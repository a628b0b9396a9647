"""French for spaCy without the six-second start: the tokenizer's language data and
`French`, the blank French `Language` vnextract's pipeline is built on.

Importing `spacy.lang.fr` compiles its `TOKEN_MATCH`, a 1.4-million-character
regular expression that keeps some hyphenated and elided words whole
(`faux-vampire`, `entr'abat`): CPython's `re` spends 4 to 6 s on it, in every
process. The date rules never see those words (the infixes then split them at
the hyphen, as they split any other hyphenated word), so this module holds the
rest of spaCy's French tokenizer data, written from `spacy/lang/fr/punctuation.py`
and `tokenizer_exceptions.py` on the same shared building blocks
(`spacy.lang.char_classes`, `spacy.lang.punctuation`, `BASE_EXCEPTIONS`), and
`French`, a `Language` subclass for `fr` whose `Defaults` carry it with no
`token_match`. It is not registered as the language `fr`: `spacy.blank("fr")`
stays spaCy's own. `tests/test_nlp_pipeline.py` checks that the data is still
spaCy's, and that the tokens the rules read are the stock tokenizer's.

The tokenizer (`vnextract.fr_tokenizer.v1`, set in `French`'s config) is spaCy's
`Tokenizer` on that data, reading the odd spaces of scraped copy (no-break,
thin, tab) as plain spaces, one for one so that offsets hold: `9\u00a0décembre`
is then `9` `décembre` as the date patterns expect. The text given is kept in
`doc.user_data["vnx_text"]` (`doc_text`), since `doc.text` shows those spaces
as plain ones.

Left out of spaCy's French data, as nothing here reads them: stop words, the
lexical attributes (`like_num`), noun chunks and the lemmatizer.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

import spacy
from spacy.lang.char_classes import (
    ALPHA,
    ALPHA_LOWER,
    ALPHA_UPPER,
    CONCAT_QUOTES,
    CURRENCY,
    LIST_ELLIPSES,
    LIST_PUNCT,
    LIST_QUOTES,
    UNITS,
    merge_chars,
)
from spacy.lang.punctuation import TOKENIZER_INFIXES, TOKENIZER_PREFIXES
from spacy.lang.tokenizer_exceptions import BASE_EXCEPTIONS
from spacy.language import BaseDefaults, Language
from spacy.symbols import ORTH
from spacy.tokenizer import Tokenizer
from spacy.tokens import Doc
from spacy.util import compile_infix_regex, compile_prefix_regex, compile_suffix_regex, update_exc

# --------------------------------------------------------------------------
# Punctuation (spacy/lang/fr/punctuation.py)

ELISION = "'’"
HYPHENS = "-–—‐‑"
_ELIDED = merge_chars("d l n D L N")
_HYPHEN_SUFFIXES = merge_chars(
    "ce clés elle en il ils je là moi nous on t vous "
    "CE CLÉS ELLE EN IL ILS JE LÀ MOI NOUS ON T VOUS"
)

PREFIXES = [*TOKENIZER_PREFIXES, rf"(?:({_ELIDED})[{ELISION}])(?=[{ALPHA}])"]
SUFFIXES = [
    *LIST_PUNCT,
    *LIST_ELLIPSES,
    *LIST_QUOTES,
    r"(?<=[0-9])\+",
    r"(?<=°[FfCcKk])\.",  # °C. -> ["°C", "."]
    r"(?<=[0-9])%",  # 4% -> ["4", "%"]
    rf"(?<=[0-9])(?:{CURRENCY})",
    rf"(?<=[0-9])(?:{UNITS})",
    rf"(?<=[0-9{ALPHA_LOWER}%²\-\+(?:{CONCAT_QUOTES})])\.",
    rf"(?<=[{ALPHA_UPPER}][{ALPHA_UPPER}])\.",
    rf"(?<=[{ALPHA}])[{HYPHENS}]({_HYPHEN_SUFFIXES})",
]
INFIXES = [*TOKENIZER_INFIXES, rf"(?<=[{ALPHA}][{ELISION}])(?=[{ALPHA}])"]

# --------------------------------------------------------------------------
# Tokenizer exceptions (spacy/lang/fr/tokenizer_exceptions.py, without TOKEN_MATCH)

_ABBREVIATIONS = [
    "av.", "janv.", "févr.", "avr.", "juill.", "sept.", "oct.", "nov.", "déc.", "apr.",
    "Dr.", "M.", "Mr.", "Mme.", "Mlle.", "n°", "d°", "St.", "Ste.",
]  # fmt: skip
_WHOLE = [
    "après-midi", "au-delà", "au-dessus", "celle-ci", "celles-ci", "celui-ci", "cf.",
    "ci-dessous", "elle-même", "en-dessous", "etc.", "jusque-là", "lui-même", "MM.", "No.",
    "peut-être", "pp.", "quelques-uns", "rendez-vous", "Vol.",
]  # fmt: skip


def _exceptions() -> dict[str, list[dict[int, str]]]:
    exc: dict[str, list[dict[int, str]]] = {"J.-C.": [{ORTH: "J."}, {ORTH: "-C."}]}
    for orth in _ABBREVIATIONS + _WHOLE:
        exc[orth] = [{ORTH: orth}]
    for verb in ("a", "est", "semble", "indique", "moque", "passe"):
        for form in (verb, verb.title()):
            for pronoun in ("elle", "il", "on"):
                exc[f"{form}-t-{pronoun}"] = [{ORTH: form}, {ORTH: "-t"}, {ORTH: "-" + pronoun}]
    for form in ("est", "Est"):
        exc[f"{form}-ce"] = [{ORTH: form}, {ORTH: "-ce"}]
    for pre in ("qu'", "n'", "Qu'", "N'"):
        exc[f"{pre}est-ce"] = [{ORTH: pre}, {ORTH: "est"}, {ORTH: "-ce"}]
    for verb, pronoun in (("est", "il"), ("EST", "IL")):
        exc[f"{verb}-{pronoun}"] = [{ORTH: verb}, {ORTH: "-" + pronoun}]
    for s, verb, pronoun in (("s", "est", "il"), ("S", "EST", "IL")):
        exc[f"{s}'{verb}-{pronoun}"] = [{ORTH: s + "'"}, {ORTH: verb}, {ORTH: "-" + pronoun}]
    # `aujourd'hui` with either apostrophe and either hyphen, capitalized or not
    for word in ("aujourd'hui", "aujourd’hui"):
        for form in (word, word[0].upper() + word[1:]):
            exc[form] = [{ORTH: form}]
    return update_exc(BASE_EXCEPTIONS, exc)


TOKENIZER_EXCEPTIONS = _exceptions()


class FrenchDefaults(BaseDefaults):
    """spaCy's French tokenizer data, without `token_match` (see the module docstring)."""

    tokenizer_exceptions = TOKENIZER_EXCEPTIONS
    prefixes = PREFIXES
    suffixes = SUFFIXES
    infixes = INFIXES
    token_match = None
    config = BaseDefaults.config.merge(
        spacy.util.load_config_from_str(
            '[nlp]\n[nlp.tokenizer]\n@tokenizers = "vnextract.fr_tokenizer.v1"\n'
        )
    )


class French(Language):
    """A blank French pipeline that starts in a fraction of a second (`French()`)."""

    lang = "fr"
    Defaults = FrenchDefaults


# --------------------------------------------------------------------------
# The tokenizer

_ODD_SPACES = re.compile("[\u00a0\u202f\u2009\u2007\u2002\u2003\t]")


class FrenchTokenizer(Tokenizer):
    """spaCy's `Tokenizer` on the French data, reading odd spaces as plain ones."""

    def __call__(self, text: str) -> Doc:
        # A regex: `str.translate` with a table costs twenty times more on French text.
        doc = super().__call__(_ODD_SPACES.sub(" ", text))
        doc.user_data["vnx_text"] = text
        return doc


@spacy.registry.tokenizers("vnextract.fr_tokenizer.v1")
def create_tokenizer() -> Callable[[Language], Tokenizer]:
    """The registered tokenizer factory: `@tokenizers = "vnextract.fr_tokenizer.v1"`.

    It reads only this module's data, so it gives the same tokens in any
    `Language` (`spacy.blank("fr", config=...)` as well as `French`).
    """

    def make(nlp: Language) -> Tokenizer:
        return FrenchTokenizer(
            nlp.vocab,
            rules=TOKENIZER_EXCEPTIONS,
            prefix_search=compile_prefix_regex(PREFIXES).search,
            suffix_search=compile_suffix_regex(SUFFIXES).search,
            infix_finditer=compile_infix_regex(INFIXES).finditer,
            token_match=None,
            url_match=BaseDefaults.url_match,
        )

    return make


def doc_text(doc: Doc) -> str:
    """The text a doc was made from (`doc.text`, but with its odd spaces as given).

    Kept in `doc.user_data` by the tokenizer, or by the first call (joining the
    tokens' text once rather than once per component).
    """
    text: Any = doc.user_data.get("vnx_text")
    if text is None:
        text = doc.user_data["vnx_text"] = doc.text
    return str(text)
