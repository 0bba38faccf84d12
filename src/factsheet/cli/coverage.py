"""``factsheet coverage``: which sentences of each stored source article the facts cover.

The site promises that what a stored article says is on the site as sourced facts. This
command makes the promise checkable: it splits every stored source text (a source with
``stored``) into sentences and lists, for each one, the facts that cover it.

How the text is split (simple on purpose, so an editor can predict it):

- **paragraphs** are the non-empty lines of the stored text, counted from 1; the headline is
  paragraph 1. This is the same count as a claim's ``locator.paragraph``.
- **sentences** end at ``.``, ``!``, ``?`` or the Arabic ``؟`` (with any closing quotes or
  brackets right after it) followed by a space or the end of the paragraph, so ``2.5`` does
  not end a sentence; neither does ``:`` -- a quotation
  introduced by "he added:" stays in one sentence with its attribution.

A fact covers a sentence when one of its claims cites this source and either

- its quote, compared as whole words with :func:`factsheet.arabic.fold` (no diacritics, one
  alef form, punctuation ignored, ...), is found in the sentence's paragraph and overlaps the
  sentence (a quote across two sentences covers both; a quote across paragraphs covers
  none, so quote within one paragraph), or
- its ``locator.paragraph`` is the sentence's paragraph.

Every sentence is treated as factual, so full coverage means every sentence is covered; the
command exits 1 when one is not. Coverage is a share of sentences, not of words.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field, replace
from itertools import groupby
from typing import IO, Any

from factsheet.arabic import fold
from factsheet.model.records import Claim, Fact, Source
from factsheet.project import Project

# The end of a sentence: terminal punctuation, closing quotes/brackets, then space or the end
# (so "2.5" and "example.com" stay whole).
_SENTENCE_END = re.compile(r"[.!?؟][\"'»”’)\]]*(?=\s|$)")
REPORT_VERSION = 1


@dataclass(frozen=True)
class Sentence:
    """One sentence of a stored text: paragraph and sentence numbers (1-based), where it
    starts in the file (1-based line and column), its text, and the facts that cover it."""

    paragraph: int
    number: int
    line: int
    col: int
    text: str
    facts: tuple[str, ...] = ()

    @property
    def covered(self) -> bool:
        return bool(self.facts)

    def to_dict(self) -> dict[str, Any]:
        return {
            "paragraph": self.paragraph,
            "sentence": self.number,
            "line": self.line,
            "col": self.col,
            "text": self.text,
            "facts": list(self.facts),
        }


@dataclass
class SourceCoverage:
    """The sentences of one stored source; ``error`` says why the text could not be read."""

    source: str
    stored: str
    sentences: list[Sentence] = field(default_factory=list)
    error: str | None = None

    @property
    def covered(self) -> int:
        return sum(1 for s in self.sentences if s.covered)


def split_sentences(paragraph: str) -> Iterator[tuple[int, str]]:
    """(0-based start offset, text) of each sentence of one paragraph, stripped."""
    start = 0
    for match in _SENTENCE_END.finditer(paragraph):
        yield from _piece(paragraph, start, match.end())
        start = match.end()
    yield from _piece(paragraph, start, len(paragraph))


def _piece(text: str, start: int, end: int) -> Iterator[tuple[int, str]]:
    chunk = text[start:end]
    stripped = chunk.strip()
    if stripped:
        yield start + (len(chunk) - len(chunk.lstrip())), stripped


def split_text(text: str) -> list[Sentence]:
    """Every sentence of a stored text, numbered by paragraph (non-empty line) and within it."""
    sentences: list[Sentence] = []
    paragraph = 0
    for line_no, line in enumerate(text.splitlines(), start=1):
        if not line.strip():
            continue
        paragraph += 1
        for number, (offset, sentence) in enumerate(split_sentences(line), start=1):
            sentences.append(Sentence(paragraph, number, line_no, offset + 1, sentence))
    return sentences


def _spans(haystack: str, needle: str) -> Iterator[tuple[int, int]]:
    """Every (start, end) of ``needle`` in ``haystack`` as whole words (both are folded)."""
    padded = f" {haystack} "
    at = padded.find(f" {needle} ")
    while needle and at >= 0:
        yield at, at + len(needle)
        at = padded.find(f" {needle} ", at + 1)


def _covered_in_paragraph(
    sentences: list[Sentence], claims: list[tuple[str, Claim]]
) -> list[set[str]]:
    """For each sentence of one paragraph, the ids of the facts whose claims cover it."""
    folded = [fold(s.text) for s in sentences]
    # The paragraph in folded form, and where each sentence lies in it (offsets in the padded
    # string that _spans searches, which starts with one space).
    bounds: list[tuple[int, int]] = []
    at = 1
    for text in folded:
        bounds.append((at, at + len(text)))
        at += len(text) + 1
    paragraph = " ".join(folded)
    covered: list[set[str]] = [set() for _ in sentences]
    for fact_id, claim in claims:
        if claim.locator is not None and claim.locator.paragraph == sentences[0].paragraph:
            for found in covered:
                found.add(fact_id)
        if claim.quote is None:
            continue
        for start, end in _spans(paragraph, fold(claim.quote.text)):
            for found, (low, high) in zip(covered, bounds, strict=True):
                if start < high and low < end:
                    found.add(fact_id)
    return covered


def cover(sentences: list[Sentence], facts: list[Fact], source: Source) -> list[Sentence]:
    """``sentences`` (of one text, in order) with the facts that cover each, in fact order."""
    claims = [(f.id, c) for f in facts for c in f.claims if c.source == source.id]
    order = {f.id: i for i, f in enumerate(facts)}
    result: list[Sentence] = []
    for _, group in groupby(sentences, key=lambda s: s.paragraph):
        part = list(group)
        for sentence, ids in zip(part, _covered_in_paragraph(part, claims), strict=True):
            result.append(replace(sentence, facts=tuple(sorted(ids, key=order.__getitem__))))
    return result


def coverage(project: Project) -> list[SourceCoverage]:
    """Coverage of every source that has a stored text, in registry order."""
    facts = list(project.facts.values())
    result: list[SourceCoverage] = []
    for source in project.sources.values():
        if not source.stored:
            continue
        item = SourceCoverage(source.id, source.stored)
        text = project.seed_text(source.stored)
        if text is None:
            item.error = f"cannot read {source.stored} (it must be a UTF-8 file under seeds/)"
        else:
            item.sentences = cover(split_text(text), facts, source)
        result.append(item)
    return result


def is_complete(items: list[SourceCoverage]) -> bool:
    """True when every stored text was read and every sentence is covered."""
    return all(item.error is None and item.covered == len(item.sentences) for item in items)


def _share(covered: int, total: int) -> str:
    if not total:
        return "no sentences"
    return f"{covered} of {total} sentences covered ({covered / total:.0%})"


def report_text(items: list[SourceCoverage], out: IO[str]) -> None:
    """Each source, each sentence as ``stored:line:col [paragraph.sentence]`` with the facts
    covering it (or NOT COVERED) and its text, then one summary line."""
    for item in items:
        out.write(f"source {item.source}: {item.stored}\n")
        if item.error:
            out.write(f"  error: {item.error}\n")
        for s in item.sentences:
            status = "covered by " + ", ".join(s.facts) if s.covered else "NOT COVERED"
            out.write(f"  {item.stored}:{s.line}:{s.col} [{s.paragraph}.{s.number}] {status}\n")
            out.write(f"      {s.text}\n")
        out.write(f"  {_share(item.covered, len(item.sentences))}\n")
    total = sum(len(item.sentences) for item in items)
    covered = sum(item.covered for item in items)
    where = f"{len(items)} stored source" + ("" if len(items) == 1 else "s")
    out.write(f"coverage: {_share(covered, total)} in {where}\n")


def json_document(items: list[SourceCoverage]) -> dict[str, Any]:
    """The coverage report, version 1: ``summary`` (sources, sentences, covered, share, ok)
    and ``sources``, each with ``source``, ``stored``, ``error`` and its ``sentences``
    (paragraph, sentence, line, col, text, facts)."""
    total = sum(len(item.sentences) for item in items)
    covered = sum(item.covered for item in items)
    return {
        "version": REPORT_VERSION,
        "tool": "factsheet",
        "report": "coverage",
        "summary": {
            "ok": is_complete(items),
            "sources": len(items),
            "sentences": total,
            "covered": covered,
            "share": round(covered / total, 4) if total else 1.0,
        },
        "sources": [
            {
                "source": item.source,
                "stored": item.stored,
                "error": item.error,
                "sentences": [s.to_dict() for s in item.sentences],
            }
            for item in items
        ],
    }
