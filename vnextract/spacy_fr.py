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
`_sre.compile` in tens of milliseconds (`vnextract.rxcache`, which says how
the cache is keyed and where it lives). The tokenizer, and so every output,
is exactly the same.
"""

from __future__ import annotations

import importlib
import re
import sys
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from typing import TYPE_CHECKING, Any

from vnextract.rxcache import CACHE_MIN, compile_cached, regex_cache_dir

__all__ = ["blank_french", "compile_cached", "import_french", "regex_cache_dir"]

if TYPE_CHECKING:
    from spacy.language import Language

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
