"""The columns of the exports (the fact and article fields, in the contract's order, read
from the pydantic models) and the names of the exports in an output folder."""

from __future__ import annotations

from vnextract.models import Article, Fact

FACT_FIELDS: tuple[str, ...] = tuple(Fact.model_fields)
ARTICLE_FIELDS: tuple[str, ...] = tuple(Article.model_fields)

#: The exports of every run, in its output folder.
EXPORTS = ("facts.json", "facts.csv", "articles.json")
#: The folder of the raw texts vnextract made (web pages, records, stdin; `outputs.texts`).
TEXTS_DIR = "texts"
