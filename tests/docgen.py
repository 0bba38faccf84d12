"""Fact files for property tests that reach past the parser: well-formed, schema-valid fact files
written in the many ways an editor writes YAML (block or flow mappings, plain, single- or
double-quoted scalars, comments, blank lines, CRLF), each with the data and the position of
every value the loader must report; and the same files broken in one small way.

:func:`fact_file` takes a ``random.Random`` so that hypothesis drives it
(``st.randoms(use_true_random=False)``) and a plain seed reproduces it. About a third of the
:data:`documents` it yields load without an error (see test_loader_properties.py, which checks
that share, so the tests that assert about loaded documents really run).
"""

from __future__ import annotations

import json
import random
from dataclasses import dataclass, field
from typing import Any

from hypothesis import strategies as st

Path = tuple[str | int, ...]

AR_TEXT = ["قمة سوتشي", "قره باغ", "روسيا وأرمينيا", "حوالى 6500 شخص", "نص: مع نقطتين", "«اقتباس»"]
EN_TEXT = ["The summit", "Putin said: yes", "6,500 people", "no", "010", "a # not a comment"]
IDS = ["summit", "war-deaths", "s1", "seed-article", "x2"]
DATES = ["2022-10-31", "2020-11-10", "1994-05-12"]
# Breakages an editor makes: each inserted at a random place, or a line changed.
BREAKS = [
    ": ", ":", "- ", "\t", "  ", "{", "}", "[", "]", "'", '"', "&a ", "*a", "!!str ", "<<: ",
    "? ", "|", "#", "\x00", "\x07", "\ufeff", "\u202e", "\r", "---\n", "%YAML 1.1\n",
]  # fmt: skip


@dataclass
class Written:
    """A fact file as text, the data it must load as, and where each value starts."""

    lines: list[str] = field(default_factory=list)
    data: dict[str, Any] = field(default_factory=dict)
    marks: dict[Path, tuple[int, int]] = field(default_factory=dict)
    newline: str = "\n"

    @property
    def text(self) -> str:
        return self.newline.join(self.lines) + self.newline


def scalar(rng: random.Random, value: str) -> str:
    """``value`` as a YAML scalar: plain when that keeps it a string, else quoted."""
    plain_ok = not any(c in value for c in ":#'\"«{}[],&*!|>%@`") and value.strip() == value
    style = rng.choice(["plain", "single", "double"] if plain_ok else ["single", "double"])
    if style == "plain":
        return value
    if style == "single":
        return "'" + value.replace("'", "''") + "'"
    return json.dumps(value, ensure_ascii=rng.random() < 0.3)


def put(out: Written, rng: random.Random, indent: int, path: Path, key: str, value: str) -> None:
    """A ``key: value`` line; records the value's position."""
    prefix = " " * indent + f"{key}: "
    out.lines.append(prefix + scalar(rng, value) + rng.choice(["", "", "  # note"]))
    out.marks[path] = (len(out.lines), len(prefix) + 1)


def text_pair(
    out: Written, rng: random.Random, indent: int, path: Path, key: str
) -> dict[str, str]:
    """A bilingual text ``{ar, en}``, in flow or block style."""
    pair = {"ar": rng.choice(AR_TEXT), "en": rng.choice(EN_TEXT)}
    if rng.random() < 0.5:
        head = " " * indent + f"{key}: {{"
        parts, col = [], len(head) + 1
        for lang, value in pair.items():
            written = f"{lang}: {scalar(rng, value)}"
            out.marks[(*path, lang)] = (len(out.lines) + 1, col + len(lang) + 2)
            parts.append(written)
            col += len(written) + 2
        out.lines.append(head + ", ".join(parts) + "}")
    else:
        out.lines.append(" " * indent + f"{key}:")
        for lang, value in pair.items():
            put(out, rng, indent + 2, (*path, lang), lang, value)
    return pair


def fact(out: Written, rng: random.Random, indent: int, path: Path) -> dict[str, Any]:
    """One schema-valid fact, its first line starting with ``- ``."""
    out.lines.append(
        " " * (indent - 2) + "- id: " + (ident := rng.choice(IDS) + "-" + str(path[-1]))
    )
    out.marks[(*path, "id")] = (len(out.lines), indent + 5)
    data: dict[str, Any] = {"id": ident}
    if rng.random() < 0.3:
        out.lines.append("")
    data["label"] = text_pair(out, rng, indent, (*path, "label"), "label")
    data["statement"] = text_pair(out, rng, indent, (*path, "statement"), "statement")
    out.lines.append(" " * indent + "value: {type: text}")
    data["value"] = {"type": "text"}
    data["as_of"] = rng.choice(DATES)
    put(out, rng, indent, (*path, "as_of"), "as_of", data["as_of"])
    out.lines.append(" " * indent + "claims:")
    out.lines.append(" " * (indent + 2) + "- source: seed")
    claim = {
        "source": "seed",
        "stated": text_pair(out, rng, indent + 4, (*path, "claims", 0, "stated"), "stated"),
    }
    data["claims"] = [claim]
    return data


def fact_file(rng: random.Random) -> Written:
    """A well-formed, schema-valid fact file with one to three facts."""
    out = Written(newline=rng.choice(["\n", "\n", "\r\n"]))
    if rng.random() < 0.3:
        out.lines.append("# facts about " + rng.choice(AR_TEXT))
    out.data["topic"] = rng.choice(IDS)
    put(out, rng, 0, ("topic",), "topic", out.data["topic"])
    out.lines.append("facts:")
    indent = rng.choice([2, 4])
    out.data["facts"] = [fact(out, rng, indent, ("facts", i)) for i in range(rng.randint(1, 3))]
    return out


def broken(rng: random.Random, written: Written) -> str:
    """``written``'s text broken in one small way (which may still load, or not)."""
    text = written.text
    at = rng.randrange(len(text) + 1)
    lines = text.split(written.newline)
    line = rng.randrange(len(lines))
    how = rng.randrange(6)
    if how == 0:
        return text[:at] + rng.choice(BREAKS) + text[at:]
    if how == 1:
        return text[:at]
    if how == 2:
        lines.insert(line, lines[line])  # a repeated line: often a duplicate key
    elif how == 3:
        lines[line] = " " + lines[line]
    elif how == 4:
        del lines[line]
    else:
        lines[line] = lines[line].replace(": ", ":", 1)
    return written.newline.join(lines)


@st.composite
def documents(draw: st.DrawFn) -> tuple[Written, str | None]:
    """A fact file and, two times out of three, a broken copy of its text (else None)."""
    rng = draw(st.randoms(use_true_random=False))
    written = fact_file(rng)
    return written, (broken(rng, written) if rng.random() < 2 / 3 else None)


def document_from_seed(seed: int) -> tuple[Written, str | None]:
    """What :func:`documents` draws, from a plain seed (for measuring shares)."""
    rng = random.Random(seed)
    written = fact_file(rng)
    return written, (broken(rng, written) if rng.random() < 2 / 3 else None)
