"""Render Markdown the way the site does, and inspect the HTML for anything live.

``EXTENSIONS`` is the list the site's ``mkdocs.yml`` uses, plus, on purpose, extensions that
add dangerous syntax (``md_in_html``, ``pymdownx.snippets``, ``pymdownx.magiclink``,
``pymdownx.emoji``, ``pymdownx.smartsymbols``, ``tilde``/``caret``/``mark``): escaped fact text
must stay text even with them switched on.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from html.parser import HTMLParser
from pathlib import Path

import markdown
from pymdownx.slugs import slugify

ALLOWED_TAGS = {
    "p", "h1", "h2", "h3", "h4", "h5", "h6", "a", "em", "strong", "ul", "ol", "li",
    "table", "thead", "tbody", "tr", "th", "td", "bdi", "q", "span", "code", "pre", "div",
    "figure", "figcaption", "svg", "title", "text", "rect", "hr", "br", "blockquote",
    "desc", "path", "circle",
}  # fmt: skip
ALLOWED_ATTRS = {
    "id", "class", "href", "lang", "dir", "xmlns", "role", "viewbox", "width", "height",
    "direction", "aria-label", "x", "y", "text-anchor", "font-size", "fill", "opacity", "style",
    "font-weight", "translate", "aria-labelledby", "d", "stroke", "stroke-width",
    "stroke-linejoin", "cx", "cy", "r", "data-url",
}  # fmt: skip


def extensions(snippet_base: Path | None = None) -> tuple[list[str], dict[str, dict[str, object]]]:
    names = [
        "attr_list", "footnotes", "tables", "toc", "admonition", "def_list", "md_in_html",
        "pymdownx.details", "pymdownx.superfences", "pymdownx.magiclink", "pymdownx.tilde",
        "pymdownx.caret", "pymdownx.mark", "pymdownx.smartsymbols", "pymdownx.emoji",
        "pymdownx.snippets",
    ]  # fmt: skip
    config: dict[str, dict[str, object]] = {
        "toc": {"slugify": slugify(case="lower")},
        "pymdownx.snippets": {"base_path": [str(snippet_base or ".")], "check_paths": False},
    }
    return names, config


def to_html(text: str, snippet_base: Path | None = None) -> str:
    names, config = extensions(snippet_base)
    return markdown.Markdown(extensions=names, extension_configs=config).convert(text)


@dataclass
class Inspector(HTMLParser):
    """Collects tags, attributes and the decoded text of an HTML fragment."""

    tags: list[str] = field(default_factory=list)
    attrs: list[tuple[str, str, str]] = field(default_factory=list)
    text: list[str] = field(default_factory=list)

    def __post_init__(self) -> None:
        super().__init__(convert_charrefs=True)

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append(tag)
        self.attrs += [(tag, name, value or "") for name, value in attrs]

    def handle_data(self, data: str) -> None:
        self.text.append(data)


def inspect(html: str) -> Inspector:
    parser = Inspector()
    parser.feed(html)
    parser.close()
    return parser


def live_problems(html: str) -> list[str]:
    """Everything in ``html`` that is not plain generated markup: unknown tags or attributes,
    event handlers, and links that are not relative pages, anchors or https."""
    found = inspect(html)
    problems = [f"tag <{t}>" for t in found.tags if t not in ALLOWED_TAGS]
    for tag, name, value in found.attrs:
        if name not in ALLOWED_ATTRS or name.startswith("on"):
            problems.append(f"attribute {name}= on <{tag}>")
        if (
            name == "href"
            and not value.startswith(("https://", "#"))
            and ":" in value.split("#")[0]
        ):
            problems.append(f"link {value!r}")
    return problems
