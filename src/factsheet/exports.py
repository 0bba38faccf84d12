"""The downloadable exports: ``facts.json``, ``facts.csv`` and ``factsheet.schema.json``.

``facts.json`` is versioned (:data:`EXPORT_VERSION`): keys may be added within a version, never
removed or changed in meaning. It holds every topic, entity, source and fact as the model has
them, plus, per claim, whether its quote was checked against a stored copy.

``facts.csv`` has one row per fact and claim. It is UTF-8 with a byte-order mark because Excel
and LibreOffice otherwise guess a legacy code page and garble Arabic. Cells that a spreadsheet
would read as a formula (starting with ``= + - @``, tab or carriage return) get a leading
apostrophe: the CSV-injection guard OWASP recommends.

The schema is the one ``factsheet schema`` writes (:func:`factsheet.model.json_schema.render`).
Everything is deterministic for a given project and date, so exports can be golden-tested.
"""

from __future__ import annotations

import csv
import io
import json
import re
from datetime import date
from pathlib import Path
from typing import Any

from factsheet.model.records import (
    Claim,
    DateValue,
    EntityValue,
    Fact,
    QuantityValue,
    TextValue,
)
from factsheet.project import Project

EXPORT_VERSION = 1
DOWNLOADS_DIR = "downloads"
JSON_NAME = "facts.json"
CSV_NAME = "facts.csv"
SCHEMA_NAME = "factsheet.schema.json"


def pdf_name(lang: str) -> str:
    """The file name of the one-page PDF in ``lang`` (:mod:`factsheet.handout`), published
    under ``downloads/`` beside the exports."""
    return f"factsheet-{lang}.pdf"


_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
# A row's cells each after a NUL: a cell that starts a formula is a NUL and a formula sign.
# (A NUL inside a cell can only raise a false alarm, and then every cell is checked.) The
# pattern starts with a fixed character, which the regex engine skips ahead to.
_CELL_SEPARATOR = "\x00"
_FORMULA_IN_ROW = re.compile(f"{_CELL_SEPARATOR}[{re.escape(''.join(_FORMULA_START))}]")

CSV_COLUMNS = [
    "fact_id", "topic", "section", "label_ar", "label_en", "statement_ar", "statement_en",
    "as_of", "value_type", "unit", "best", "low", "high", "approximate", "bound", "date",
    "entity", "rank", "claim", "source_id", "source_publisher_en", "source_url",
    "claim_best", "claim_low", "claim_high", "stated_on", "quote", "quote_lang",
    "paragraph", "quote_checked", "claim_figure",
]  # fmt: skip


def _dump(record: Any) -> Any:
    return record.model_dump(mode="json", exclude_none=True)


def facts_document(project: Project, today: date) -> dict[str, Any]:
    """The ``facts.json`` document as a dict."""
    facts = []
    for fact in project.facts.values():
        data = _dump(fact)
        for claim, out in zip(fact.claims, data["claims"], strict=True):
            out["quote_checked"] = project.quote_verified(claim)
        facts.append(data)
    return {
        "format": "factsheet-export",
        "version": EXPORT_VERSION,
        "generated": today.isoformat(),
        "topics": [_dump(t) for t in sorted(project.topics.values(), key=lambda t: t.order)],
        "entities": [_dump(e) for e in project.entities.values()],
        "sources": [_dump(s) for s in project.sources.values()],
        "facts": facts,
    }


def guard_cell(value: str) -> str:
    """Neutralise a cell a spreadsheet would evaluate as a formula."""
    return "'" + value if value.startswith(_FORMULA_START) else value


def _num(n: int | float | None) -> str:
    return "" if n is None else str(n)


def value_cells(value: Any) -> dict[str, str]:
    cells = {"value_type": getattr(value, "type", "")}
    if isinstance(value, QuantityValue):
        cells.update(unit=value.unit, best=_num(value.best), low=_num(value.low))
        cells.update(high=_num(value.high), approximate=str(value.approximate).lower())
        cells["bound"] = value.bound or ""
    elif isinstance(value, DateValue):
        cells["date"] = value.date
    elif isinstance(value, EntityValue):
        cells["entity"] = value.entity
    return cells


def claim_cells(project: Project, fact: Fact, index: int, claim: Claim) -> dict[str, str]:
    source = project.sources.get(claim.source)
    cells = {"claim": str(index), "source_id": claim.source, "stated_on": claim.stated_on or ""}
    if source is not None:
        cells["source_publisher_en"] = source.publisher.en if source.publisher else ""
        cells["source_url"] = source.url or ""
    cells["claim_figure"] = claim_gives(fact, claim)
    if isinstance(claim.value, QuantityValue):
        cells.update(claim_best=_num(claim.value.best), claim_low=_num(claim.value.low))
        cells["claim_high"] = _num(claim.value.high)
    if claim.quote is not None:
        cells.update(quote=claim.quote.text, quote_lang=claim.quote.lang)
        cells["quote_checked"] = str(project.quote_verified(claim)).lower()
    if claim.locator and claim.locator.paragraph is not None:
        cells["paragraph"] = str(claim.locator.paragraph)
    return cells


def claim_gives(fact: Fact, claim: Claim) -> str:
    """What a claim gives about the figure: ``fact``, ``own`` (its value), ``none`` (words
    only), or nothing for a text fact (its statement is the value)."""
    if isinstance(fact.value, TextValue):
        return ""
    if claim.value is not None:
        return "own"
    return claim.figure or "fact"


def csv_rows(project: Project) -> list[dict[str, str]]:
    rows = []
    for fact in project.facts.values():
        base = {
            "fact_id": fact.id, "topic": fact.topic or "", "section": fact.section or "",
            "label_ar": fact.label.ar, "label_en": fact.label.en,
            "statement_ar": fact.statement.ar, "statement_en": fact.statement.en,
            "as_of": fact.as_of, "rank": fact.rank, **value_cells(fact.value),
        }  # fmt: skip
        for i, claim in enumerate(fact.claims, 1):
            rows.append({**base, **claim_cells(project, fact, i, claim)})
    return rows


def facts_csv(project: Project) -> bytes:
    """``facts.csv``: BOM, header, one guarded row per fact and claim, CRLF line ends."""
    buffer = io.StringIO(newline="")
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow(CSV_COLUMNS)
    writer.writerows(guarded(row) for row in csv_rows(project))
    return buffer.getvalue().encode("utf-8-sig")


def guarded(row: dict[str, str]) -> list[str]:
    """The row's cells in column order (empty when absent), each passed by :func:`guard_cell`.

    Most rows have no cell to guard: one regex search over the joined row says so, instead of
    a test per cell (thirty cells, a row per claim).
    """
    cells = [row.get(column, "") for column in CSV_COLUMNS]
    if _FORMULA_IN_ROW.search(_CELL_SEPARATOR + _CELL_SEPARATOR.join(cells)):
        return [guard_cell(cell) for cell in cells]
    return cells


def schema_json() -> bytes:
    from factsheet.model.json_schema import render

    return render().encode("utf-8")


def build_exports(project: Project, today: date) -> dict[str, bytes]:
    """Every export by file name (relative to the downloads folder)."""
    document = json.dumps(facts_document(project, today), ensure_ascii=False, indent=2)
    return {
        JSON_NAME: (document + "\n").encode("utf-8"),
        CSV_NAME: facts_csv(project),
        SCHEMA_NAME: schema_json(),
    }


def write_exports(project: Project, out: Path, today: date) -> list[Path]:
    """Write every export under ``out``; returns the paths written."""
    out.mkdir(parents=True, exist_ok=True)
    written = []
    for name, content in build_exports(project, today).items():
        target = out / name
        target.write_bytes(content)
        written.append(target)
    return written
