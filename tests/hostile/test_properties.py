"""Property-based tests (hypothesis) of the loader and the renderer.

- Loader: any bytes give either a document or positioned problems, never an exception; a
  document holds only dicts, lists, strings and None (no YAML typing); and any text written as
  a quoted YAML value comes back exactly, or the file is refused with a positioned problem.
- Renderer: any text in any Text field, in either language, renders (through
  ``render_pages`` and Markdown with the site's extensions) to HTML whose elements and
  attributes are only those our templates produce for plain text, and whose text shows it.
"""

from __future__ import annotations

import json
import tempfile
from collections.abc import Iterator
from datetime import date
from functools import cache
from pathlib import Path
from typing import Any

import markdown
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from pymdownx.slugs import slugify

from docgen import Written, documents
from factsheet.load.loader import Document, load_file
from factsheet.model.records import FactFile
from factsheet.problems import Severity
from factsheet.project import Project, assemble
from factsheet.render import LANGS, render_pages

from .htmlread import norm, read_page

TODAY = date(2026, 11, 28)
SETTINGS = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
# mkdocs.yml's extensions, and fenced_code, which MkDocs always adds.
EXTENSIONS = ["toc", "attr_list", "tables", "admonition", "def_list", "footnotes", "fenced_code"]
EXTENSION_CONFIGS = {"toc": {"permalink": True, "slugify": slugify(case="lower")}}

YAML_PIECES = st.sampled_from(
    ["topic:", "facts:", "- ", "  ", "\n", ": ", "{", "}", "[", "]", ",", "'", '"', "&a ",
     "*a", "!!str ", "<<: ", "---\n", "...\n", "? ", "|\n", ">-\n", "#", "\t", "%YAML 1.1\n",
     "id: x", "ar: ", "en: ", "no", "010", "1e3", "2020-02-30", "~", "null", "\\u202e", "\ufeff"]
)  # fmt: skip


@cache
def scratch() -> Path:
    root = Path(tempfile.mkdtemp(prefix="factsheet-prop-"))
    (root / "facts").mkdir()
    return root


def load_bytes(data: bytes) -> tuple[Document | None, list[Any]]:
    root = scratch()
    path = root / "facts" / "p.yaml"
    path.write_bytes(data)
    return load_file(root, path)


def plain(value: Any) -> Iterator[Any]:
    """Every value inside loaded data."""
    yield value
    if isinstance(value, dict):
        for key, item in value.items():
            yield key
            yield from plain(item)
    elif isinstance(value, list):
        for item in value:
            yield from plain(item)


def assert_loaded_or_positioned(data: bytes) -> None:
    doc, problems = load_bytes(data)
    for problem in problems:
        assert problem.line >= 1 and problem.col >= 1 and problem.code and problem.message
        assert problem.severity is not Severity.ERROR or problem.hint
    if doc is None:
        assert any(p.severity is Severity.ERROR for p in problems)
    else:
        assert all(isinstance(v, dict | list | str | type(None)) for v in plain(doc.data))


@SETTINGS
@given(st.binary(max_size=2000))
def test_any_bytes_load_or_give_positioned_problems(data: bytes) -> None:
    assert_loaded_or_positioned(data)


@SETTINGS
@given(st.lists(YAML_PIECES, max_size=60).map("".join))
def test_yaml_like_text_loads_or_gives_positioned_problems(text: str) -> None:
    assert_loaded_or_positioned(text.encode("utf-8"))


@SETTINGS
@given(st.text(max_size=200), st.booleans())
def test_quoted_text_comes_back_exactly_or_is_refused(value: str, ascii_only: bool) -> None:
    source = f"topic: {json.dumps(value, ensure_ascii=ascii_only)}\n"
    doc, problems = load_bytes(source.encode("utf-8", "surrogatepass"))
    if doc is None:
        assert problems and all(p.line >= 1 and p.col >= 1 for p in problems)
    else:
        assert doc.data["topic"] == value


def hostile_project(texts: dict[str, dict[str, str]], file: str = "facts/p.yaml") -> Project:
    """One of each record, every Text field from ``texts`` (by field name)."""
    data = {
        "topics": [{"id": "t", "order": "1", "title": texts["title"], "summary": texts["summary"],
                    "sections": [{"id": "s", "title": texts["section"]}]}],
        "entities": [{"id": "e", "kind": "person", "label": texts["entity"],
                      "description": texts["description"],
                      "roles": [{"title": texts["role"], "as_of": "2022-10-31",
                                 "sources": ["src"]}]}],
        "sources": [{"id": "src", "kind": "news-article", "publisher": texts["publisher"],
                     "title": texts["source"], "language": "en", "note": texts["note"],
                     "url": "https://example.org/a", "published": "2022-10-31"}],
        "topic": "t",
        "facts": [{"id": "f", "section": "s", "subject": "e", "label": texts["label"],
                   "statement": texts["statement"], "value": {"type": "text"},
                   "as_of": "2022-10-31", "method": texts["method"],
                   "rank_reason": texts["reason"], "key": "true",
                   "claims": [{"source": "src", "stated": texts["stated"],
                               "locator": {"section": texts["locator"]}}]}],
    }  # fmt: skip
    doc = Document(file, data)
    return assemble(scratch(), [(doc, FactFile.model_validate(data))])


FIELDS = (
    "title", "summary", "section", "entity", "description", "role", "publisher", "source",
    "note", "label", "statement", "method", "reason", "stated", "locator",
)  # fmt: skip


def tags_and_attributes(
    project: Project, edit: str | None = None
) -> tuple[set[tuple[str, str]], dict[str, str]]:
    """(tag, attribute) pairs of every rendered page, and each page's shown text, by page."""
    pairs: set[tuple[str, str]] = set()
    shown: dict[str, str] = {}
    for lang in LANGS:
        for page in render_pages(project, lang, TODAY, edit_url_base=edit):
            html = markdown.Markdown(
                extensions=EXTENSIONS, extension_configs=EXTENSION_CONFIGS
            ).convert(page.markdown)
            read = read_page(html)
            pairs |= {(tag, "") for tag in read.tags}
            pairs |= {(tag, name) for tag, name, _value in read.attrs}
            shown[f"{lang}/{page.path}"] = read.body_text
    return pairs, shown


@cache
def template_markup() -> frozenset[tuple[str, str]]:
    """What our templates produce around plain text (Latin and Arabic, digits)."""
    texts = {name: {"ar": "نص abc 12", "en": "Text abc 12"} for name in FIELDS}
    return frozenset(tags_and_attributes(hostile_project(texts))[0])


# Text an editor could write: any printable character, markup and Markdown syntax included
# (the validator rejects controls and invisible characters before the renderer sees them).
EDITOR_TEXT = st.text(
    st.characters(blacklist_categories=("Cc", "Cs", "Co", "Cn", "Cf", "Zl", "Zp")),
    min_size=1,
    max_size=60,
).filter(lambda s: s.strip() != "")
HOSTILE = st.one_of(
    EDITOR_TEXT,
    st.lists(
        st.sampled_from(["<script>", "</", "<img src=x onerror=y>", "[a](javascript:b)", "{:",
                         " onclick=x}", "--8<--", "{{", "}}", "{%", "&lt;", "&#60;", '"', "'",
                         "|", "\n", "# ", "!!! ", "[^1]", "*[", "]:", "`", "<bdi>", "ب", "a"]),
        min_size=1, max_size=12,
    ).map("".join).filter(lambda s: s.strip() != ""),
)  # fmt: skip


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.sampled_from(FIELDS), HOSTILE, st.sampled_from(LANGS))
def test_any_text_in_any_field_renders_inert_and_shown(field: str, text: str, lang: str) -> None:
    texts = {name: {"ar": "نص", "en": "Text"} for name in FIELDS}
    texts[field] = {**texts[field], lang: text}
    pairs, shown = tags_and_attributes(hostile_project(texts))
    assert pairs <= template_markup(), sorted(pairs - template_markup())
    assert any(norm(text) in page for key, page in shown.items() if key.startswith(lang))


EDIT = "https://github.com/o/r/edit/main/"


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(EDITOR_TEXT.filter(lambda s: "/" not in s and s not in (".", "..")))
def test_any_file_name_gives_an_inert_edit_link(name: str) -> None:
    """File names are the editor's too: the "edit this fact" link is built from them."""
    texts = {field: {"ar": "نص", "en": "Text"} for field in FIELDS}
    baseline = tags_and_attributes(hostile_project(texts), EDIT)[0]
    project = hostile_project(texts, f"facts/{name}.yaml")
    pairs, _shown = tags_and_attributes(project, EDIT)
    assert pairs <= baseline, sorted(pairs - baseline)
    for lang in LANGS:
        for page in render_pages(project, lang, TODAY, edit_url_base=EDIT):
            html = markdown.Markdown(extensions=EXTENSIONS).convert(page.markdown)
            hrefs = [v for _t, a, v in read_page(html).attrs if a == "href"]
            assert all(":" not in h.split("/")[0] or h.startswith("https://") for h in hrefs)


@SETTINGS
@given(documents(), st.integers(min_value=0), st.integers(min_value=0, max_value=255))
def test_a_fact_file_with_one_byte_changed_loads_or_gives_positioned_problems(
    generated: tuple[Written, str | None], at: int, byte: int
) -> None:
    """Beside any bytes (which almost never load), files that are one byte from a valid one."""
    written, broken = generated
    data = bytearray((broken if broken is not None else written.text).encode("utf-8"))
    if data:  # a broken copy may be cut to nothing
        data[at % len(data)] = byte
    assert_loaded_or_positioned(bytes(data))
