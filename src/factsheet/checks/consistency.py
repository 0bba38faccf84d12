"""Check: consistency (being written)."""

from __future__ import annotations

from collections.abc import Iterator

from factsheet.checks import CheckContext
from factsheet.problems import Problem

CODES: dict[str, str] = {}


def check(ctx: CheckContext) -> Iterator[Problem]:
    yield from ()
