"""Read a built page as a browser would: decoded text, title, meta, links, scripts, attributes.

``html.parser`` with ``convert_charrefs`` decodes character references exactly once, as the
browser does, so "shown literally" means: the decoded text equals the fact's text.
"""

from __future__ import annotations

import html
import json
from dataclasses import dataclass, field
from html.parser import HTMLParser
from typing import Any

RAW_TEXT = frozenset({"script", "style", "title", "textarea"})


def norm(text: str) -> str:
    """Whitespace runs as one space: Markdown and HTML fold them, nothing else may change."""
    return " ".join(text.split())


@dataclass
class PageRead(HTMLParser):
    """Everything a test asserts about one page."""

    title: str = ""
    meta: dict[str, str] = field(default_factory=dict)
    text: list[str] = field(default_factory=list)
    links: list[tuple[str, str]] = field(default_factory=list)  # (href, text)
    scripts: list[tuple[dict[str, str | None], str]] = field(default_factory=list)
    attrs: list[tuple[str, str, str]] = field(default_factory=list)
    tags: list[str] = field(default_factory=list)

    def __post_init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self._stack: list[tuple[str, dict[str, str | None]]] = []
        self._raw: list[str] = []
        self._link: tuple[str, list[str]] | None = None

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        amap = dict(attrs)
        self.tags.append(tag)
        self.attrs += [(tag, name, value or "") for name, value in attrs]
        if tag == "meta" and amap.get("name"):
            self.meta[str(amap["name"])] = amap.get("content") or ""
        if tag == "a" and amap.get("href") is not None:
            self._link = (str(amap["href"]), [])
        if tag in RAW_TEXT:
            self._stack.append((tag, amap))
            self._raw = []

    def handle_endtag(self, tag: str) -> None:
        if tag == "a" and self._link is not None:
            self.links.append((self._link[0], norm("".join(self._link[1]))))
            self._link = None
        if self._stack and self._stack[-1][0] == tag:
            name, amap = self._stack.pop()
            body = "".join(self._raw)
            if name == "title":
                self.title = norm(body)
            elif name == "script":
                self.scripts.append((amap, body))

    def handle_data(self, data: str) -> None:
        if self._stack:
            self._raw.append(data)
            return
        self.text.append(data)
        if self._link is not None:
            self._link[1].append(data)

    @property
    def body_text(self) -> str:
        return norm("".join(self.text))

    def jsonld(self) -> list[Any]:
        return [
            json.loads(body)
            for amap, body in self.scripts
            if (amap.get("type") or "") == "application/ld+json"
        ]


def read_page(markup: str) -> PageRead:
    page = PageRead()
    page.feed(markup)
    page.close()
    return page


def html_to_text(fragment: str) -> str:
    """The text a browser shows for an HTML fragment (the search index holds HTML)."""
    page = read_page(fragment)
    return page.body_text


def unescape_once(text: str) -> str:
    return norm(html.unescape(text))
