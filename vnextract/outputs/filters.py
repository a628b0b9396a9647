"""Selecting facts: by metric, by article and by date (`--metric`, `--doc`, `--since`, `--until`).

Dates are compared as periods at the precision they are written in: a fact
dated `2020` covers 2020-01-01 to 2020-12-31, so it is kept by
`--since 2020-06` (the periods overlap) and by `--until 2020-03`. A fact
with no date is dropped as soon as `--since` or `--until` is given.
"""

from __future__ import annotations

import calendar
import re
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from fnmatch import fnmatchcase
from typing import Any

_ISO = re.compile(r"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$")


class FilterError(ValueError):
    """A filter that cannot be used (e.g. a malformed date); the message says why."""


def period(value: str) -> tuple[date, date]:
    """The first and last day of an ISO date at year, month or day precision.

    Raises:
        FilterError: when `value` is not such a date.
    """
    m = _ISO.match(value.strip())
    if not m:
        raise FilterError(f"not an ISO date (YYYY, YYYY-MM or YYYY-MM-DD): {value!r}")
    y = int(m.group(1))
    try:
        if m.group(3):
            d = date(y, int(m.group(2)), int(m.group(3)))
            return d, d
        if m.group(2):
            mo = int(m.group(2))
            return date(y, mo, 1), date(y, mo, calendar.monthrange(y, mo)[1])
        return date(y, 1, 1), date(y, 12, 31)
    except ValueError as exc:
        raise FilterError(f"not a valid date: {value!r}") from exc


@dataclass(frozen=True)
class FactFilter:
    """Which facts to keep; an empty filter keeps every fact."""

    metrics: frozenset[str] = frozenset()
    docs: tuple[str, ...] = ()
    since: str | None = None
    until: str | None = None

    @classmethod
    def build(
        cls,
        metrics: Iterable[str] = (),
        docs: Iterable[str] = (),
        since: str | None = None,
        until: str | None = None,
    ) -> FactFilter:
        """A filter from option values (comma-separated lists allowed); checks the dates.

        Raises:
            FilterError: for a malformed date or `since` after `until`.
        """
        split = [x.strip() for item in metrics for x in item.split(",") if x.strip()]
        doc_list = tuple(x.strip() for item in docs for x in item.split(",") if x.strip())
        if since is not None and until is not None and period(since)[0] > period(until)[1]:
            raise FilterError(f"--since {since} is after --until {until}")
        for value in (since, until):
            if value is not None:
                period(value)
        return cls(frozenset(split), doc_list, since, until)

    @property
    def active(self) -> bool:
        return bool(self.metrics or self.docs or self.since or self.until)

    def __call__(self, fact: dict[str, Any]) -> bool:
        """True when a fact record (a dict with the contract's fields) is kept."""
        if self.metrics and fact["metric"] not in self.metrics:
            return False
        if self.docs and not any(fnmatchcase(fact["doc_id"], d) for d in self.docs):
            return False
        if self.since is None and self.until is None:
            return True
        if not fact.get("date"):
            return False
        lo, hi = period(fact["date"])
        if self.since is not None and hi < period(self.since)[0]:
            return False
        return not (self.until is not None and lo > period(self.until)[1])
