"""Exporting records: JSON, JSON Lines, CSV and the terminal table, to streams given by the caller.

Nothing here opens stdout or decides where files go, except `AtomicWriter`,
which writes an output file through a temporary file in the same folder
and renames it into place, so a reader never sees a half-written export.
"""

from __future__ import annotations

import contextlib
import csv
import json
import os
import tempfile
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from types import TracebackType
from typing import IO, TYPE_CHECKING, Any

from vnextract.outputs.columns import FACT_FIELDS

if TYPE_CHECKING:
    from pydantic import BaseModel

    from vnextract.models import Article, Fact

#: Characters that make a spreadsheet read a cell as a formula (OWASP CSV injection).
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


class FactRows:
    """The facts of one article as the exports write them, each form made once, when needed.

    Three forms of the same facts: `records` (dicts in the contract's field
    order), `texts` (each record's JSON as facts.json and a JSON stdout write
    it, `dumps(record)`) and `csv` (each record's row in facts.csv's default
    dialect, line end included, as `CsvWriter` writes it). Any one given, the
    others are made from it on first use: a re-run served from the cache
    writes the texts and rows it stored, without building, parsing or
    formatting a record.
    """

    __slots__ = ("_csv", "_records", "_texts")

    def __init__(
        self,
        records: list[dict[str, Any]] | None = None,
        texts: list[str] | None = None,
        csv: list[str] | None = None,
    ) -> None:
        if records is None and texts is None:
            raise ValueError("FactRows needs the records or their JSON texts")
        self._records = records
        self._texts = texts
        self._csv = csv

    def __len__(self) -> int:
        return len(self._records if self._records is not None else self.texts)

    @property
    def records(self) -> list[dict[str, Any]]:
        if self._records is None:
            self._records = [json.loads(t) for t in self.texts]
        return self._records

    @property
    def texts(self) -> list[str]:
        if self._texts is None:
            self._texts = [dumps(r) for r in self.records]
        return self._texts

    @property
    def csv(self) -> list[str]:
        if self._csv is None:
            self._csv = csv_rows(self.records)
        return self._csv

    def select(self, keep: Callable[[dict[str, Any]], bool]) -> FactRows:
        """The facts whose record `keep` keeps, with the forms already made."""
        kept = [i for i, r in enumerate(self.records) if keep(r)]
        if len(kept) == len(self):
            return self
        texts, rows = self._texts, self._csv
        return FactRows(
            [self.records[i] for i in kept],
            None if texts is None else [texts[i] for i in kept],
            None if rows is None else [rows[i] for i in kept],
        )


@dataclass
class ResultRecords:
    """One input's result as records: its article record and its fact rows, ready to write.

    The form of every result: extracted (`api.Result`) or served by the
    result cache (`StoredResult`). Its records were validated by the models
    when they were made (`models.records`); writing one builds no model:
    `export_of` hands its records to the writers as they are. `article` and
    `facts` build the pydantic models when asked.
    """

    #: The `Article` record (a dict in the contract's field order).
    article_record: dict[str, Any]
    #: The `Fact` records, in the forms the exports write.
    rows: FactRows = field(default_factory=lambda: FactRows([]))
    #: The raw text when it is not the input file's content (HTML, a record, stdin);
    #: `run_corpus` writes it to `texts/` so the offsets can be checked.
    text: str | None = None

    @property
    def failed(self) -> bool:
        return self.article_record.get("error") is not None

    @property
    def article(self) -> Article:
        """The article as a validated `Article` model."""
        from vnextract.models import Article

        return Article.model_validate(self.article_record)

    @property
    def facts(self) -> list[Fact]:
        """The facts as validated `Fact` models, in text order."""
        from vnextract.models import Fact

        return [Fact.model_validate(r) for r in self.rows.records]


class StoredResult(ResultRecords):
    """A result served by the result cache: the JSON texts and CSV rows it stored.

    Only successful results are stored, so `failed` is False for any entry the
    cache wrote.
    """


def export_of(result: ResultRecords) -> tuple[dict[str, Any], FactRows]:
    """An article's record and its facts as the exports write them."""
    return result.article_record, result.rows


def dumps(obj: Any) -> str:
    """Canonical JSON for one record: UTF-8 text, stable key order as given."""
    return json.dumps(obj, ensure_ascii=False)


class JsonArrayWriter:
    """Writes records as a pretty JSON array, one record at a time (constant memory)."""

    def __init__(self, stream: IO[str]) -> None:
        self.stream = stream
        self.count = 0
        stream.write("[")

    def write(self, obj: dict[str, Any]) -> None:
        self.stream.write((",\n  " if self.count else "\n  ") + dumps(obj))
        self.count += 1

    def write_rows(self, rows: FactRows) -> None:
        """Write facts from their JSON texts."""
        if len(rows):
            sep = ",\n  "
            self.stream.write((sep if self.count else "\n  ") + sep.join(rows.texts))
            self.count += len(rows)

    def close(self) -> None:
        self.stream.write("\n]\n" if self.count else "]\n")


class JsonLinesWriter:
    """Writes one JSON object per line."""

    def __init__(self, stream: IO[str]) -> None:
        self.stream = stream

    def write(self, obj: dict[str, Any]) -> None:
        self.stream.write(dumps(obj) + "\n")

    def write_rows(self, rows: FactRows) -> None:
        """Write facts from their JSON texts."""
        if len(rows):
            self.stream.write("\n".join(rows.texts) + "\n")

    def close(self) -> None:
        self.stream.flush()


def safe_cell(value: Any) -> Any:
    """Neutralise a CSV cell a spreadsheet would run as a formula; numbers stay numbers."""
    if isinstance(value, str) and value.startswith(_FORMULA_START):
        return "'" + value
    return value


class _LfRows:
    """A stream for `csv` rows ended by CRLF, stored ended by LF.

    `csv` quotes a field only for the characters of its line terminator: with
    `\n` alone, a lone `\r` in a field (a file name, a raw span) went out
    unquoted and split the row in two for every reader.
    """

    def __init__(self, stream: IO[str]) -> None:
        self.stream = stream

    def write(self, row: str) -> int:
        return self.stream.write(row[:-2] + "\n" if row.endswith("\r\n") else row)


class CsvWriter:
    """Writes records as CSV rows with the given columns (header first)."""

    def __init__(
        self,
        stream: IO[str],
        fields: Sequence[str] = FACT_FIELDS,
        delimiter: str = ",",
        decimal: str = ".",
    ) -> None:
        self.fields = list(fields)
        self.decimal = decimal
        self.stream = stream
        self.writer = csv.writer(_LfRows(stream), delimiter=delimiter, lineterminator="\r\n")
        self.writer.writerow(self.fields)
        #: rows of this dialect are `FactRows.csv`, ready-made
        self._default = tuple(self.fields) == FACT_FIELDS and (delimiter, decimal) == (",", ".")

    def write(self, obj: dict[str, Any]) -> None:
        get = obj.get
        if self.decimal == ".":
            self.writer.writerow([_csv_value(get(k)) for k in self.fields])
        else:
            mark = self.decimal
            self.writer.writerow([_decimal(_csv_value(get(k)), mark) for k in self.fields])

    def write_rows(self, rows: FactRows) -> None:
        """Write facts' rows (the rows they hold when the dialect is the default one)."""
        if self._default:
            self.stream.write("".join(rows.csv))
        else:
            for r in rows.records:
                self.write(r)

    def close(self) -> None:
        return None


#: The CSV dialect of `--excel`: what a spreadsheet set to a French (or most European)
#: locale opens by double-click: a BOM so it reads UTF-8, `;` between cells because `,`
#: is the decimal separator there, and so decimal commas (`26,7`), or 26.7 reads as text.
EXCEL_CSV: dict[str, str] = {"encoding": "utf-8-sig", "delimiter": ";", "decimal": ","}


class Kept:
    """A stream that keeps what is written to it, in parts."""

    def __init__(self) -> None:
        self.parts: list[str] = []

    def write(self, text: str) -> int:
        self.parts.append(text)
        return len(text)


def csv_rows(records: Iterable[dict[str, Any]]) -> list[str]:
    """Each fact record's row in facts.csv's default dialect, as `CsvWriter` writes it."""
    kept = Kept()
    w = CsvWriter(kept)  # type: ignore[arg-type]  # it only writes
    rows = []
    for r in records:
        kept.parts.clear()
        w.write(r)
        rows.append("".join(kept.parts))
    return rows


def _decimal(value: Any, mark: str) -> Any:
    return str(value).replace(".", mark) if isinstance(value, float) else value


def _csv_value(value: Any) -> Any:
    kind = type(value)  # the common cells first: a record's strings and integers
    if kind is str:
        return "'" + value if value.startswith(_FORMULA_START) else value
    if kind is int:
        return value
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer() and abs(value) < 2**53:
        return int(value)
    if isinstance(value, (list, dict)):
        return safe_cell(json.dumps(value, ensure_ascii=False))
    return safe_cell(value)


class AtomicWriter:
    """A text file written to a temporary name in its folder and renamed on success.

    On an exception (or if `commit()` is never reached) the temporary file is
    removed and any previous file of that name is left untouched.
    """

    def __init__(self, path: str | Path, newline: str | None = "", encoding: str = "utf-8") -> None:
        self.path = Path(path)
        self.newline = newline
        self.encoding = encoding
        self._tmp: str | None = None
        self.stream: IO[str] | None = None

    def __enter__(self) -> IO[str]:
        self.path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(
            prefix=f".{self.path.name}.", suffix=".tmp", dir=self.path.parent
        )
        self._tmp = tmp
        mask = os.umask(0)
        os.umask(mask)
        os.fchmod(fd, 0o666 & ~mask)  # mkstemp's 0600 would hide the exports from other readers
        self.stream = os.fdopen(fd, "w", encoding=self.encoding, newline=self.newline)
        return self.stream

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        assert self.stream is not None and self._tmp is not None
        try:
            if exc_type is None:
                self.stream.flush()
                os.fsync(self.stream.fileno())
                self.stream.close()
                os.replace(self._tmp, self.path)
            else:
                # the file is dropped: a close that fails to write what it holds (a full
                # disk) must not hide the error that stopped the writing
                with contextlib.suppress(OSError):
                    self.stream.close()
        finally:
            if os.path.exists(self._tmp):
                os.unlink(self._tmp)


class ParquetUnavailable(ImportError):
    """`--format parquet` without pyarrow installed."""


def parquet_available() -> bool:
    """True when pyarrow's Parquet writer can be imported (the `vnextract[parquet]` extra)."""
    try:
        import pyarrow.parquet  # noqa: F401
    except ImportError:
        return False
    return True


def arrow_schema(model: type[BaseModel]) -> Any:
    """The pyarrow schema of a record model, from its JSON Schema (nullable where optional)."""
    import pyarrow as pa

    types = {"integer": pa.int64(), "number": pa.float64(), "boolean": pa.bool_()}
    cols = []
    for name, prop in model.model_json_schema()["properties"].items():
        options = prop.get("anyOf", [prop])
        kinds = [o.get("type", "string") for o in options]
        kind = next((k for k in kinds if k != "null"), "string")
        cols.append(pa.field(name, types.get(kind, pa.string()), nullable=True))
    return pa.schema(cols)


class ParquetWriter:
    """Writes records to a Parquet file, in row groups, atomically (temporary file, rename).

    Needs pyarrow (`pip install 'vnextract[parquet]'`); raises `ParquetUnavailable` without.
    Call `close()` to commit the file, `abort()` to drop it.
    """

    ROW_GROUP = 10_000

    def __init__(self, path: str | Path, model: type[BaseModel]) -> None:
        try:
            import pyarrow.parquet as pq
        except ImportError as exc:
            raise ParquetUnavailable(
                "Parquet output needs pyarrow: pip install 'vnextract[parquet]'"
            ) from exc
        self.path = Path(path)
        self.schema = arrow_schema(model)
        self.path.parent.mkdir(parents=True, exist_ok=True)
        fd, self._tmp = tempfile.mkstemp(
            prefix=f".{self.path.name}.", suffix=".tmp", dir=self.path.parent
        )
        os.close(fd)
        self._writer = pq.ParquetWriter(self._tmp, self.schema)
        self._rows: list[dict[str, Any]] = []
        self._closed = False
        self.count = 0

    def write_rows(self, rows: FactRows) -> None:
        for r in rows.records:
            self.write(r)

    def write(self, obj: dict[str, Any]) -> None:
        self._rows.append(obj)
        self.count += 1
        if len(self._rows) >= self.ROW_GROUP:
            self._flush()

    def _flush(self) -> None:
        import pyarrow as pa

        names = self.schema.names
        rows = [{k: r.get(k) for k in names} for r in self._rows]
        self._writer.write_table(pa.Table.from_pylist(rows, self.schema))
        self._rows = []

    def close(self) -> None:
        if self._rows or self.count == 0:
            self._flush()
        self._closed = True
        self._writer.close()
        os.replace(self._tmp, self.path)

    def abort(self) -> None:
        """Drop the file unless `close()` committed it (safe to call after `close()`)."""
        if not self._closed:
            self._closed = True
            with contextlib.suppress(OSError):  # dropped anyway (e.g. a full disk)
                self._writer.close()
        if os.path.exists(self._tmp):
            os.unlink(self._tmp)


def write_json_array(path: str | Path, records: Iterable[dict[str, Any]]) -> int:
    """Write records to `path` as a JSON array, atomically; return how many."""
    with AtomicWriter(path, newline=None) as stream:
        w = JsonArrayWriter(stream)
        for r in records:
            w.write(r)
        w.close()
        return w.count


def format_value(fact: dict[str, Any]) -> str:
    """`> 116 000 000`, `≈ 9.9e12 VND / year`, `86 / 193 (+2)`: a fact's value for people."""
    if fact["type"] == "event":
        return "—"
    q = {"exact": "", "approx": "≈ ", "at_least": "≥ ", "at_most": "≤ "}[fact["qualifier"]]
    v = fact["value"]
    out = q + _human(float(v))
    if fact["unit"] == "%":
        out += " %"
    elif fact["unit"]:
        out += f" {fact['unit']}"
    if fact.get("out_of"):
        out += f" / {fact['out_of']}"
    if fact.get("change"):
        out += f" ({fact['change']:+g})"
    if fact.get("per"):
        out += f" / {fact['per']}"
    return out


def _human(v: float) -> str:
    """`8.1 Md`, `116 M`, `468 000`, `26.7`: short for a table cell, exact below a million."""
    a = abs(v)
    for scale, word in ((1e12, "T"), (1e9, "Md"), (1e6, "M")):
        if a >= scale:
            return f"{v / scale:.4g} {word}"
    return f"{v:,.0f}".replace(",", " ") if v.is_integer() else f"{v:g}"


def short_ids(ids: Iterable[str], width: int = 10) -> dict[str, str]:
    """Each doc id shortened to about `width` characters, no two alike: `000_69a3c…`, `…article2`.

    Ids that fit are kept. The others are cut the same way (their start, their end,
    or both ends around `…`), the first way that keeps every id distinct; when none
    does at this width, a wider one is tried, up to the full ids.
    """
    unique = sorted(set(ids))
    longest = max((len(i) for i in unique), default=0)
    w = max(width, 3)
    while w < longest:
        for way in ("start", "end", "both"):
            short = {i: i if len(i) <= w else _cut(i, w - 1, way) for i in unique}
            if len(set(short.values())) == len(unique):
                return short
        w += 2
    return {i: i for i in unique}


def _cut(text: str, keep: int, way: str) -> str:
    """`text` cut to `keep` characters and a `…`: its start, its end, or both ends."""
    if way == "start":
        return text[:keep] + "…"
    if way == "end":
        return "…" + text[-keep:]
    return text[: keep // 2] + "…" + text[-(keep - keep // 2) :]


def facts_table(
    facts: Sequence[dict[str, Any]], title: str | None = None, caption: str | None = None
) -> Any:
    """A rich Table of facts that reads at 80 columns: doc, metric, value, date and status, words.

    Doc ids are shortened without two alike (`short_ids`: the full ids are in the
    exports); the date cell holds the status under it, and the source words wrap.
    """
    from rich import box
    from rich.table import Table

    short = short_ids(f["doc_id"] for f in facts)
    table = Table(
        title=title, caption=caption, header_style="bold", box=box.SIMPLE_HEAD, pad_edge=False
    )
    table.add_column("doc", no_wrap=True, min_width=max(map(len, short.values()), default=3))
    table.add_column("metric", style="cyan", overflow="fold", ratio=1, min_width=12)
    table.add_column("value", justify="right", no_wrap=True)
    table.add_column("date", no_wrap=True, min_width=10)
    table.add_column("source words", overflow="fold", ratio=1, min_width=12)
    marks = {"explicit": "", "context": " ctx", "published": " pub"}
    for f in facts:
        # the status (and where an implicit date came from) under the date: one narrow column
        date = f["date"] or "no date"
        status = f["status"] + (marks[f["date_source"]] if f["date"] else "")
        table.add_row(
            short[f["doc_id"]], f["metric"], format_value(f), f"{date}\n{status}", f["text"]
        )
    return table
