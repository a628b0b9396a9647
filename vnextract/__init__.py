"""vnextract: dated, verifiable facts from French-language news about Vietnam's e-government.

The public API is imported lazily so that `vnextract --help` and `--version`
never pay for spaCy or dateparser. `load_nlp()` gives the spaCy pipeline the
extractor runs (`vnextract.nlp.components`); importing it registers the
`vnx_*` components, which spaCy also finds through the `spacy_factories`
entry points.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

__version__ = "0.1.0"

__all__ = [
    "Article",
    "Fact",
    "Quantity",
    "__version__",
    "extract",
    "extract_articles",
    "load_nlp",
    "recognize_quantities",
]

if TYPE_CHECKING:
    from vnextract.api import extract, extract_articles
    from vnextract.models import Article, Fact, Quantity
    from vnextract.nlp.components import load_nlp
    from vnextract.recognizers.quantities import recognize_quantities

_LAZY = {
    "Article": "vnextract.models",
    "Fact": "vnextract.models",
    "Quantity": "vnextract.models",
    "extract": "vnextract.api",
    "extract_articles": "vnextract.api",
    "load_nlp": "vnextract.nlp.components",
    "recognize_quantities": "vnextract.recognizers.quantities",
}


def __getattr__(name: str) -> Any:
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(f"module 'vnextract' has no attribute {name!r}")
    import importlib

    return getattr(importlib.import_module(module), name)
