"""The columns of the exports: the fact and article fields, by name, in the contract's order;
and the names of the exports in an output folder.

Kept apart from `vnextract.models` so that writing records (a re-run served
from the result cache) never imports pydantic; `models` checks at import that
its models declare exactly these fields, in this order.
"""

from __future__ import annotations

FACT_FIELDS: tuple[str, ...] = (
    "doc_id",
    "type",
    "metric",
    "value",
    "unit",
    "qualifier",
    "out_of",
    "change",
    "compared_to",
    "per",
    "value_usd",
    "date",
    "date_source",
    "status",
    "label",
    "text",
    "start",
    "end",
    "sentence",
)

ARTICLE_FIELDS: tuple[str, ...] = (
    "doc_id",
    "path",
    "title",
    "published",
    "published_source",
    "facts",
    "sha256",
    "encoding",
    "error",
)


#: The exports of every run, in its output folder.
EXPORTS = ("facts.json", "facts.csv", "articles.json")
#: The folder of the raw texts vnextract made (web pages, records, stdin; `outputs.texts`).
TEXTS_DIR = "texts"
