"""``factsheet diff``'s three outputs: text for a terminal, Markdown for a pull request's
summary, and versioned JSON (:data:`~factsheet.history.diff.JSON_VERSION`).

A state that does not validate is named with its errors (``file:line:col``) above the changes,
which are still shown as far as the files could be read.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, TextIO

from factsheet.history.diff import JSON_VERSION, Diff, FactChange
from factsheet.history.words import fact_phrases, record_phrases, review_phrases
from factsheet.problems import Problem
from factsheet.render.i18n import t

MAX_PROBLEMS = 20  # errors listed per invalid state; the rest are counted


@dataclass
class State:
    """One side of the comparison: how it was named, and its errors."""

    name: str  # a short commit id, or the working tree's name in the report's language
    revision: str | None  # the full commit id; None for the working tree
    errors: list[Problem] = field(default_factory=list)


def _counts(diff: Diff) -> dict[str, int]:
    kinds = [c.kind for c in diff.facts]
    counts = {k: kinds.count(k) for k in ("added", "changed", "removed", "renamed")}
    return {**counts, "review": diff.review_count}


def _problem(p: Problem) -> str:
    return f"{p.file}:{p.line}:{p.col}: {p.severity} [{p.code}] {p.message}"


def _invalid(state: State, lang: str) -> list[str]:
    if not state.errors:
        return []
    head = t("diff_invalid", lang).format(state=state.name, n=len(state.errors))
    lines = [_problem(p) for p in state.errors[:MAX_PROBLEMS]]
    if len(state.errors) > MAX_PROBLEMS:
        lines.append(f"... {len(state.errors) - MAX_PROBLEMS} more")
    return [head, *lines]


def _fact_title(c: FactChange, lang: str) -> tuple[str, str]:
    return c.label.get(lang, c.id), f"{c.id}, {c.topic}" if c.topic else c.id


def _items(diff: Diff, lang: str) -> list[tuple[str, str, list[str], list[str]]]:
    """(title, id, what changed, what to review) of every changed record."""
    items = []
    for c in diff.facts:
        title, ident = _fact_title(c, lang)
        phrases = fact_phrases(c, lang, diff.entity_labels, detail=True)
        items.append((title, ident, phrases, review_phrases(c, lang)))
    for r in diff.records:
        kind = t("change_sources" if r.registry == "sources" else "change_entities", lang)
        title = f"{kind}: {r.name.get(lang, r.id)}"
        items.append((title, r.id, record_phrases(r, lang, True), review_phrases(r, lang)))
    return items


def write_text(diff: Diff, base: State, head: State, lang: str, out: TextIO) -> None:
    out.write(t("diff_heading", lang).format(base=base.name, head=head.name) + "\n")
    for state in (base, head):
        for line in _invalid(state, lang):
            out.write(f"  {line}\n")
    if diff.empty:
        out.write(t("diff_nothing", lang) + "\n")
        return
    out.write(t("diff_counts", lang).format(**_counts(diff)) + "\n\n")
    for title, ident, phrases, review in _items(diff, lang):
        out.write(f"{title} ({ident})\n")
        for phrase in phrases:
            out.write(f"  - {phrase}\n")
        for flag in review:
            out.write(f"  ! {t('review_title', lang)}: {flag}\n")


_GFM = str.maketrans({"&": "&amp;", "<": "&lt;", ">": "&gt;"} | {c: "\\" + c for c in "\\`*_[]|~#"})


def md_text(text: str) -> str:
    """Plain text as GitHub Markdown that shows it literally, on one line."""
    return " ".join(text.split()).translate(_GFM)


def _md_item(title: str, ident: str, phrases: list[str], review: list[str], lang: str) -> str:
    lines = [f"- **{md_text(title)}** (`{ident}`)"]
    lines += [f"  - {md_text(p)}" for p in phrases]
    lines += [f"  - :warning: **{md_text(t('review_title', lang))}**: {md_text(r)}" for r in review]
    return "\n".join(lines)


def write_markdown(diff: Diff, base: State, head: State, lang: str, out: TextIO) -> None:
    """A pull request's summary; Arabic in a right-to-left block."""
    blocks = [f"### {md_text(t('diff_heading', lang).format(base=base.name, head=head.name))}"]
    for state in (base, head):
        invalid = _invalid(state, lang)
        if invalid:
            blocks.append(f"> [!CAUTION]\n> {md_text(invalid[0])}\n>\n> ```\n" + "".join(
                f"> {line}\n" for line in invalid[1:]) + "> ```")  # fmt: skip
    if diff.empty:
        blocks.append(md_text(t("diff_nothing", lang)))
    else:
        blocks.append(md_text(t("diff_counts", lang).format(**_counts(diff))))
        items = sorted(_items(diff, lang), key=lambda item: not item[3])  # to review first
        blocks.append("\n".join(_md_item(*item, lang) for item in items))
    body = "\n\n".join(blocks)
    if lang == "ar":
        body = f'<div dir="rtl" lang="ar">\n\n{body}\n\n</div>'
    out.write(body + "\n")


def json_document(diff: Diff, base: State, head: State) -> dict[str, Any]:
    def state(s: State) -> dict[str, Any]:
        return {"name": s.name, "revision": s.revision, "errors": [_problem(p) for p in s.errors]}

    return {
        **diff.to_json(),
        "version": JSON_VERSION,
        "base": state(base),
        "head": state(head),
        "counts": _counts(diff),
    }
