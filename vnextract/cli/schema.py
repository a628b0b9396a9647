"""`vnextract schema`: the JSON Schema of the records, as the pydantic models give it."""

from __future__ import annotations

import json
from typing import Annotated

import typer

from vnextract.cli.common import app, fail


@app.command("schema")
def schema_cli(
    which: Annotated[str, typer.Argument(help="fact, article or all.")] = "all",
) -> None:
    """Print the JSON Schema of the fact and article records.

    Examples:

      vnextract schema fact

      vnextract schema > schema.json
    """
    from vnextract.models import Article, Fact

    schemas = {"fact": Fact.model_json_schema(), "article": Article.model_json_schema()}
    if which not in (*schemas, "all"):
        raise fail(f"unknown schema {which!r}: choose fact, article or all")
    data = schemas if which == "all" else schemas[which]
    print(json.dumps(data, ensure_ascii=False, indent=2))
