"""Loading spaCy's French language in a fraction of a second instead of seven.

Importing `spacy.lang.fr` compiles one regular expression, the tokenizer's
`TOKEN_MATCH` (hyphenated and elided words such as `faux-vampire`), that is
1.4 million characters long with `(?iu)` case folding over large Unicode
classes: CPython's `re` spends about 6 s on it, in every process (each
worker, each test session, each `vnextract run` on one file).

`import_french()` imports the module with that compilation served from a
disk cache: the first process compiles the pattern as `re` always does and
stores the compiled program (the list of opcodes `re` hands to `_sre`);
later processes rebuild the identical pattern object from it with
`_sre.compile` in tens of milliseconds (`vnextract.nlp.rxcache`, which says how
the cache is keyed and where it lives). The tokenizer, and so every output,
is exactly the same.
"""

from __future__ import annotations

import importlib
import re
import sys
import threading
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from pathlib import Path
from typing import TYPE_CHECKING, Any

from vnextract.nlp.rxcache import CACHE_MIN, compile_cached, regex_cache_dir
from vnextract.resources import package_key, read_marshal, user_cache_dir, write_marshal

__all__ = [
    "blank_french",
    "compile_cached",
    "export_rules",
    "french_tokenizer_rules",
    "import_french",
    "regex_cache_dir",
]

if TYPE_CHECKING:
    from spacy.language import Language

    from vnextract.recognizers.datematch import TokenizerRules

_LOCK = threading.Lock()


@contextmanager
def _compiles_cached() -> Iterator[None]:
    """Route `re.compile` of long patterns through the disk cache while spaCy builds French."""
    original = re.compile

    def compile_(pattern: Any, flags: int = 0) -> Any:
        if isinstance(pattern, str) and len(pattern) >= CACHE_MIN:
            return compile_cached(pattern, flags)
        return original(pattern, flags)

    with _LOCK:
        re.compile = compile_
        try:
            yield
        finally:
            re.compile = original


def import_french() -> None:
    """Import `spacy.lang.fr` (once), its big tokenizer regex compiled through the disk cache."""
    if "spacy.lang.fr" in sys.modules:
        return
    with _compiles_cached():
        if "spacy.lang.fr" not in sys.modules:
            importlib.import_module("spacy.lang.fr")


def blank_french() -> Language:
    """`spacy.blank("fr")`, without the seconds of regex compilation after the first process.

    The tokenizer's prefix, suffix and infix patterns, compiled when it is
    built, go through the cache as well (about 0.08 s a process).
    """
    import_french()
    import spacy

    with _compiles_cached():
        return spacy.blank("fr")


# --------------------------------------------------------------------------
# The French tokenizer's rules as data, for `datematch.Tokenizer`

#: Part of the rules cache key: bump when the exported form changes.
_RULES_FORMAT = "2"
_INLINE_FLAGS = re.compile(r"^\(\?([aiLmsux]+)\)")
_FLAG_LETTERS = {"a": re.A, "i": re.I, "L": re.L, "m": re.M, "s": re.S, "u": re.U, "x": re.X}


def _pattern_of(method: Any) -> tuple[str, int] | None:
    """`(pattern, flags)` of a tokenizer attribute such as `prefix_search`; None if unset.

    The flags are the ones given to `re.compile`: those written inline at the
    head of the pattern (`(?iu)`) and `re.UNICODE`, implied for text, are taken
    off, so that the pattern is compiled, and its program cached, as spaCy did.
    """
    if method is None:
        return None
    compiled = getattr(method, "__self__", None)
    if not isinstance(compiled, re.Pattern) or not isinstance(compiled.pattern, str):
        raise TypeError(f"not a bound method of a compiled pattern: {method!r}")
    flags = compiled.flags & ~re.UNICODE
    head = _INLINE_FLAGS.match(compiled.pattern)
    for letter in head.group(1) if head else "":
        flags &= ~_FLAG_LETTERS[letter]
    return compiled.pattern, flags


def export_rules(tokenizer: Any) -> TokenizerRules:
    """The rules of a spaCy `Tokenizer`, as plain data `datematch.Tokenizer` runs on."""
    from spacy.attrs import ORTH

    from vnextract.recognizers.datematch import Tokenizer as PlainTokenizer
    from vnextract.recognizers.datematch import TokenizerRules

    if not tokenizer.faster_heuristics:
        raise ValueError("only a tokenizer with faster_heuristics is supported")
    patterns = {
        "prefix": _pattern_of(tokenizer.prefix_search),
        "suffix": _pattern_of(tokenizer.suffix_search),
        "infix": _pattern_of(tokenizer.infix_finditer),
        "token_match": _pattern_of(tokenizer.token_match),
        "url_match": _pattern_of(tokenizer.url_match),
    }
    specials = {
        string: [str(spec.get(ORTH, spec.get("ORTH", ""))) for spec in substrings]
        for string, substrings in tokenizer.rules.items()
    }
    plain = PlainTokenizer(TokenizerRules(patterns, specials, {}), compile_cached)
    phrases = {
        s: plain.split(s, with_specials=False) for s in sorted(specials) if plain.needs_phrase(s)
    }
    return TokenizerRules(patterns, specials, phrases)


def _rules_cache_path() -> Path | None:
    """The cache file for this spaCy: its version and the size and date of its language files."""
    folder = user_cache_dir("tokenizer")
    if folder is None:
        return None

    def files(root: Path) -> list[Path]:
        return sorted((root / "lang").glob("*.py")) + sorted((root / "lang" / "fr").glob("*.py"))

    key = package_key("spacy", files, [_RULES_FORMAT, sys.version])
    return None if key is None else folder / f"tokenizer-fr-{key}.bin"


def french_tokenizer_rules() -> TokenizerRules:
    """The rules of `spacy.blank("fr")`'s tokenizer, without importing spaCy after the first time.

    Read from the user cache folder (`tokenizer/`, a `marshal` file: 3 ms where
    JSON took 25 ms); on a miss (first run, another spaCy or Python, a damaged
    file), exported from spaCy's tokenizer and stored.
    """
    from vnextract.recognizers.datematch import TokenizerRules

    path = _rules_cache_path()
    if path is not None:
        try:
            data = read_marshal(path)
            return TokenizerRules(
                {k: (tuple(v) if v else None) for k, v in data["patterns"].items()},
                dict(data["specials"]),
                dict(data["phrases"]),
            )
        except (OSError, ValueError, KeyError, TypeError, AttributeError):
            pass
    rules = export_rules(blank_french().tokenizer)
    if path is not None:
        patterns = {  # the flags are re.RegexFlag, which marshal does not take
            k: None if v is None else (v[0], int(v[1])) for k, v in rules.patterns.items()
        }
        data = {"patterns": patterns, "specials": rules.specials, "phrases": rules.phrases}
        if write_marshal(path, data):
            for old in path.parent.glob("tokenizer-fr-*.json"):  # the JSON of earlier releases
                with suppress(OSError):
                    old.unlink()
    return rules
