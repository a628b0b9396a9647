"""Loading the package's language data files (TOML/JSONL under vnextract/data), once."""

from __future__ import annotations

import json
import tomllib
from functools import cache
from importlib import resources
from typing import Any


@cache
def load_toml(name: str) -> dict[str, Any]:
    """Parse `vnextract/data/<name>` (cached: data files are read once per process)."""
    text = resources.files("vnextract").joinpath("data", name).read_text(encoding="utf-8")
    return tomllib.loads(text)


@cache
def load_jsonl(name: str) -> tuple[dict[str, Any], ...]:
    """Parse `vnextract/data/<name>` as JSON Lines (cached)."""
    text = resources.files("vnextract").joinpath("data", name).read_text(encoding="utf-8")
    return tuple(json.loads(line) for line in text.splitlines() if line.strip())
