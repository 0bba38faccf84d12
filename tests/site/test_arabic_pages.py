"""No English on an Arabic page: every word of the interface is Arabic (issue 17).

On every Arabic page of the built site (everything outside ``en/``, the 404 page included), a
word in Latin script may appear only where it is marked as not being interface text:

- inside an element whose ``lang`` is another language (a quote in English, the other
  language's name of an entity, the language switcher's "English", the validator's output);
- inside an element marked ``translate="no"``: a name or a term written in Latin script within
  Arabic text (the renderer's Latin runs), a URL shown as its link text, code;
- in the places MkDocs and the chart write as plain text, with no room for a mark (the table of
  contents and navigation, headings, the chart's SVG text, ``<title>``): only a Latin word that
  the Arabic side of the project's own data contains (a name such as ``ABC.az``).

So a raw language code («اللغة: de»), an interface word left in English, or a theme string
falling back to English fails the test, as do Latin words in the accessible names (``aria-label``,
``title``, ``placeholder``, ``alt``) and in the theme's search strings in ``__config``.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from html.parser import HTMLParser
from pathlib import Path
from typing import Any

import pytest
from sitebuild import REPO_ROOT

from factsheet.project import load_project

LATIN_WORD = re.compile(r"[A-Za-z\u00c0-\u024f]+")
VOID = frozenset(
    {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param"}
    | {"source", "track", "wbr", "path", "rect"}
)
# Elements whose text the browser does not show as text.
HIDDEN = frozenset({"script", "style", "template"})
# Plain-text places with no room for a mark: there, a Latin word must be one from the data.
PLAIN = frozenset({"nav", "h1", "h2", "h3", "h4", "h5", "h6", "text", "title"})
NAMED_ATTRIBUTES = ("aria-label", "title", "placeholder", "alt")
MATERIAL_LANGUAGES = Path(__import__("material").__file__).parent / "templates/partials/languages"
OUR_AR = REPO_ROOT / "overrides/partials/languages/ar.html"


@dataclass(frozen=True)
class Finding:
    """A Latin word where only Arabic may be: the page, the element and the text."""

    page: str
    where: str
    text: str


@dataclass
class ArabicPageScan(HTMLParser):
    """Every unmarked Latin word of one Arabic page (see the module's docstring)."""

    page: str
    names: frozenset[str]
    findings: list[Finding] = field(default_factory=list)

    def __post_init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self._open: list[tuple[str, dict[str, str | None]]] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        amap = dict(attrs)
        self._attributes(tag, amap)
        if tag == "script" and amap.get("id") == "__config":
            self._open.append(("config", amap))
        elif tag not in VOID:
            self._open.append((tag, amap))

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self._attributes(tag, dict(attrs))

    def handle_endtag(self, tag: str) -> None:
        for i in range(len(self._open) - 1, -1, -1):
            if self._open[i][0] == tag or (tag == "script" and self._open[i][0] == "config"):
                del self._open[i:]
                return

    def handle_data(self, data: str) -> None:
        if self._open and self._open[-1][0] == "config":
            translations = json.loads(data)["translations"]
            for key, value in translations.items():
                self._check(f"__config {key}", value, plain=False)
            return
        if any(tag in HIDDEN for tag, _ in self._open) or self._marked():
            return
        where = self._open[-1][0] if self._open else "(top)"
        self._check(where, data, plain=any(tag in PLAIN for tag, _ in self._open))

    def _marked(self) -> bool:
        for _, amap in self._open:
            lang = amap.get("lang")
            if (lang and lang != "ar") or amap.get("translate") == "no":
                return True
        return False

    def _attributes(self, tag: str, amap: dict[str, str | None]) -> None:
        if self._marked() or amap.get("translate") == "no":
            return
        for name in NAMED_ATTRIBUTES:
            value = amap.get(name)
            if value:
                self._check(f"{tag}@{name}", value, plain=tag == "text" or name == "title")

    def _check(self, where: str, text: str, plain: bool) -> None:
        words = LATIN_WORD.findall(text)
        if any(not (plain and word in self.names) for word in words):
            self.findings.append(Finding(self.page, where, " ".join(text.split())[:120]))


def latin_in_arabic_data(root: Path) -> frozenset[str]:
    """Every Latin word in the Arabic side of the project's texts (names such as ABC.az)."""
    project, _ = load_project(root)
    words: set[str] = set()

    def walk(node: Any) -> None:
        if isinstance(node, dict):
            if isinstance(node.get("ar"), str):
                words.update(LATIN_WORD.findall(node["ar"]))
            for value in node.values():
                walk(value)
        elif isinstance(node, list):
            for value in node:
                walk(value)

    for registry in (project.topics, project.entities, project.sources, project.facts):
        for record in registry.values():
            walk(record.model_dump())
    return frozenset(words)


def scan_site(site: Path, names: frozenset[str]) -> list[Finding]:
    """The findings of every Arabic page of a built site."""
    findings: list[Finding] = []
    for path in sorted(site.rglob("*.html")):
        relative = path.relative_to(site).as_posix()
        if relative.startswith("en/"):
            continue
        scan = ArabicPageScan(relative, names)
        scan.feed(path.read_text(encoding="utf-8"))
        scan.close()
        findings += scan.findings
    return findings


@pytest.fixture(scope="module")
def data_names() -> frozenset[str]:
    return latin_in_arabic_data(REPO_ROOT)


def test_arabic_pages_have_no_english_interface_text(
    built_site: Path, data_names: frozenset[str]
) -> None:
    findings = scan_site(built_site, data_names)
    pages = {p for p in built_site.rglob("*.html") if "en" not in p.relative_to(built_site).parts}
    assert len(pages) > 10  # the home, topic, sources, timeline, glossary ... and 404 pages
    assert not findings, "\n".join(f"{f.page} <{f.where}>: {f.text}" for f in findings[:40])


@pytest.mark.parametrize(
    ("html", "found"),
    [
        ("<li><strong>اللغة</strong>: de</li>", True),
        ("<h1>404 - Not found</h1>", True),
        ('<button aria-label="Select language"></button>', True),
        ('<script id="__config">{"translations": {"search": "Search"}}</script>', True),
        ("<p>المصدر: <bdi>ABC</bdi></p>", True),
        ('<p>المصدر: <bdi translate="no">ABC</bdi> <path d="M0"/> x</p>', True),
        ('<p>المصدر: <bdi translate="no">ABC</bdi></p>', False),
        ('<blockquote><p lang="en" dir="ltr">“We agreed”</p></blockquote>', False),
        ('<a href="https://x.org/a" translate="no">https://x.org/a</a>', False),
        ("<h2>تقرير لموقع ABC.az</h2><nav><span>ABC.az</span></nav>", False),
        ("<h2>تقرير لموقع XYZ</h2>", True),
        ("<svg><text>نحو 6,500 شخص · ABC.az</text></svg>", False),
    ],
)
def test_the_scan_finds_english_and_passes_marked_text(html: str, found: bool) -> None:
    scan = ArabicPageScan("page.html", frozenset({"ABC", "az"}))
    scan.feed(html)
    scan.close()
    assert bool(scan.findings) is found, scan.findings


def material_keys(path: Path) -> set[str]:
    return set(re.findall(r'^\s*"([\w.]+)":', path.read_text(encoding="utf-8"), re.MULTILINE))


def test_theme_arabic_strings_define_every_key_of_materials_english() -> None:
    # partials/language.html falls back to en.html for a key ar.html lacks: English text.
    english = material_keys(MATERIAL_LANGUAGES / "en.html")
    ours = material_keys(OUR_AR)
    assert english - ours == set(), "keys that would fall back to English"
    assert ours - english == {"not_found"}  # our 404 heading, read by overrides/404.html
