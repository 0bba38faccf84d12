"""A last check over the built HTML: nothing executable that the theme did not put there.

Fact text is escaped by the renderer for the context it lands in, so nothing here should ever
fire. This is the second line of defence: if an escaping bug, a Markdown extension or a theme
template lets fact text become markup, the build fails instead of publishing it.

:func:`check_html` is a pure function over one page's HTML (``html.parser``, no MkDocs), and
:func:`check_site` runs it over every ``*.html`` file of a built site. A page is unsafe if it
has any of:

- an event-handler attribute (``onclick``, ``onerror``, any ``on*``);
- a ``javascript:``, ``vbscript:`` or ``data:`` URL in ``href``, ``src``, ``action``,
  ``formaction``, ``xlink:href``, ``poster`` or ``srcset``;
- a ``<script>`` that is not the theme's: allowed are ``src`` under ``assets/`` of this site,
  JSON data blocks (``application/json``, ``application/ld+json``) that parse as JSON, and
  inline scripts whose text is one of Material's own (:func:`theme_inline_scripts`);
- ``<iframe>``, ``<object>``, ``<embed>``, ``<frame>``, ``<base>``, a refresh ``<meta>``, or a
  ``<form>`` other than the theme's search form;
- a resource fetched from another host (``<img src="https://...">``, a stylesheet, ...);
- any element inside ``<title>``.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from html.parser import HTMLParser
from pathlib import Path
from typing import Any

from factsheet.plugin.safety.html_scan import scan

URL_ATTRIBUTES = frozenset({"href", "src", "action", "formaction", "xlink:href", "poster"})
DANGEROUS_SCHEMES = ("javascript:", "vbscript:", "data:")
FORBIDDEN_ELEMENTS = frozenset({"iframe", "object", "embed", "frame", "frameset", "base"})
JSON_SCRIPT_TYPES = frozenset({"application/json", "application/ld+json"})
# Elements whose src/href the browser fetches on its own, without a click.
FETCHING = frozenset({"img", "script", "link", "source", "video", "audio", "track", "input"})
LINK_RELS_NOT_FETCHED = frozenset({"alternate", "canonical", "prev", "next"})
# Material's own inline scripts live one per <script> in partials/javascripts/*.html.
THEME_SCRIPT_PARTIALS = "partials/javascripts"
_SCRIPT_BODY = re.compile(r"<script>(.*?)</script>", re.DOTALL)
_JINJA_EXPRESSION = re.compile(r"\\\{\\\{.*?\\\}\\\}")
# What a template expression inside a theme script may become: a relative URL such as "../..".
_URL_VALUE = r"[\w./:-]*"
# A script of this site: a path into assets/, relative (or, in 404.html, root-relative such
# as /en/assets/...), optionally with a ?v= cache buster.
_ASSET_SCRIPT = re.compile(r"(?:/(?:[\w-]+/)*|(?:\.\./|\./)*)assets/[\w./-]+\.js(?:\?[\w=.&-]*)?")
_CONTROL_AND_SPACE = re.compile(r"[\x00-\x20\x7f]+")


def inert_markup() -> re.Pattern[str]:
    """A run of text and tags that no rule can fire on, outside ``<title>``.

    Start tags other than the elements with rules, whose attributes are double-quoted and
    neither event handlers nor URLs (``href`` only with a value that cannot hold a scheme);
    end tags other than ``</title>``, ``</script>``, ``</style>``. Every tag it matches is also
    read by the plain grammar of :mod:`factsheet.plugin.safety.html_scan`, so skipping it loses
    nothing.
    """
    ws = r"[ \t\n\r\f]"
    ruled = "|".join(
        sorted(FORBIDDEN_ELEMENTS | FETCHING | {"form", "meta", "title", "script", "style"})
    )
    risky = "|".join(sorted(URL_ATTRIBUTES | {"srcset", "on"}))
    name = rf"(?!(?i:{ruled})[ \t\n\r\f/>])[a-zA-Z][a-zA-Z0-9-]*"
    attribute = rf'{ws}+(?!(?i:{risky}))[a-zA-Z_:][-a-zA-Z0-9_:.]*="[^"]*"'
    safe_href = rf'{ws}+href="(?:https?://[^"]*|[^":&\x00-\x20]*)"'
    start = rf"<{name}(?:{attribute}|{safe_href})*{ws}*/?>"
    end = r"</(?!(?i:title|script|style)>)[a-zA-Z][a-zA-Z0-9-]*>"
    return re.compile(f"(?:[^<]+|{start}|{end})*+")


INERT_MARKUP = inert_markup()


@dataclass(frozen=True)
class Finding:
    """One unsafe thing in one page: where (1-based line, column) and what."""

    line: int
    col: int
    message: str

    def __str__(self) -> str:
        return f"{self.line}:{self.col}: {self.message}"


def has_dangerous_scheme(url: str) -> bool:
    """True for ``javascript:``/``vbscript:``/``data:`` URLs, however they are spaced or cased
    (browsers drop control characters and whitespace inside the scheme)."""
    folded = _CONTROL_AND_SPACE.sub("", url).lower()
    return folded.startswith(DANGEROUS_SCHEMES)


def is_external(url: str) -> bool:
    """True for a URL the browser would fetch from another host."""
    stripped = url.strip().lower()
    return stripped.startswith("//") or bool(re.match(r"[a-z][a-z0-9+.-]*:", stripped))


def theme_inline_scripts(template_dirs: Iterable[Path]) -> tuple[re.Pattern[str], ...]:
    """Patterns for the inline scripts of the theme's ``partials/javascripts/*.html``.

    Each ``<script>`` body becomes a pattern that matches it exactly, except that a Jinja
    expression (``{{ base_url }}``) may be any relative URL. Reading them from the installed
    theme keeps the allow-list right when Material changes its scripts.
    """
    patterns: list[re.Pattern[str]] = []
    for template_dir in template_dirs:
        for partial in sorted((Path(template_dir) / THEME_SCRIPT_PARTIALS).glob("*.html")):
            for body in _SCRIPT_BODY.findall(partial.read_text(encoding="utf-8")):
                patterns.append(
                    re.compile(_JINJA_EXPRESSION.sub(lambda _: _URL_VALUE, re.escape(body)))
                )
    return tuple(patterns)


def material_template_dir() -> Path:
    """The installed Material theme's templates folder."""
    import material.templates

    return Path(material.templates.__file__).parent


def is_theme_inline_script(text: str, allowed: Sequence[re.Pattern[str]]) -> bool:
    """True if ``text`` is exactly one of the theme's own inline scripts."""
    body = text.strip()
    return any(pattern.fullmatch(body) for pattern in allowed)


def is_theme_search_form(attrs: dict[str, str | None]) -> bool:
    """Material's search form: exactly ``class="md-search__form" name="search"``."""
    return attrs == {"class": "md-search__form", "name": "search"}


def check_html(
    html: str, allowed_scripts: Sequence[re.Pattern[str]] | None = None
) -> list[Finding]:
    """Every unsafe thing in one HTML page (see the module docstring), in document order.

    ``allowed_scripts`` are the theme's inline scripts; by default the installed Material's.
    A page that :func:`fast_scan` reads to the end without a finding is clean; any other page
    is parsed by ``html.parser``, which gives the findings their positions.
    """
    if allowed_scripts is None:
        allowed_scripts = theme_inline_scripts([material_template_dir()])
    if fast_scan(html, allowed_scripts) == []:
        return []
    checker = _Checker(allowed_scripts)
    checker.feed(html)
    checker.close()
    return checker.rules.findings


def check_site(site_dir: Path, skip: tuple[str, ...] = (), since: float | None = None) -> list[str]:
    """``path:line:col: message`` for every unsafe thing in every HTML file under ``site_dir``,
    except in the folders ``skip`` (relative, ending with ``/``).

    ``since`` (a ``time.time()`` value) limits the check to files written at or after it:
    an incremental rebuild under ``mkdocs serve`` checks only what it wrote, the rest was
    checked when it was written.
    """
    allowed = theme_inline_scripts([material_template_dir()])
    found: list[str] = []
    for path in sorted(site_dir.rglob("*.html")):
        rel = path.relative_to(site_dir).as_posix()
        if rel.startswith(skip) or (since is not None and path.stat().st_mtime < since):
            continue
        html = path.read_text(encoding="utf-8")
        found.extend(f"{rel}:{f}" for f in check_html(html, allowed))
    return found


def json_for_script(data: Any) -> str:
    """``data`` as JSON that is safe inside ``<script type="application/ld+json">``.

    ``<``, ``>`` and ``&`` are written as ``\\u003c`` etc., so no text in the data can close
    the script element or open a comment; the JSON value is unchanged.
    """
    text = json.dumps(data, ensure_ascii=False, sort_keys=False, separators=(",", ":"))
    return text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")


class _Rules:
    """The rules of the module docstring, fed with parse events; collects :class:`Finding`.

    Both readers drive it: :func:`fast_scan` (positions unknown, only whether anything is
    found matters) and :class:`_Checker` (``html.parser``, with positions).
    """

    def __init__(self, allowed_scripts: Sequence[re.Pattern[str]]) -> None:
        self.allowed_scripts = allowed_scripts
        self.findings: list[Finding] = []
        self.pos = (1, 0)  # of the tag being read: set by the reader before each event
        self._in_title = False
        self._script: dict[str, str | None] | None = None
        self._script_text: list[str] = []

    def _add(self, message: str) -> None:
        line, col = self.pos
        self.findings.append(Finding(line, col + 1, message))

    def start(self, tag: str, attrs: list[tuple[str, str | None]], self_closing: bool) -> None:
        amap = dict(attrs)
        if self._in_title:
            self._add(f"<{tag}> inside <title>")
        self._check_attributes(tag, attrs)
        self._check_element(tag, amap)
        if tag == "title":
            self._in_title = True
        elif tag == "script":
            self._script, self._script_text = amap, []
            if self_closing:
                self.end(tag)

    def end(self, tag: str) -> None:
        if tag == "title":
            self._in_title = False
        elif tag == "script" and self._script is not None:
            self._check_script(self._script, "".join(self._script_text))
            self._script = None

    def data(self, text: str) -> None:
        if self._script is not None:
            self._script_text.append(text)

    def may_skip(self) -> bool:
        # Inside <title>, any start tag is a finding.
        return not self._in_title

    def _check_attributes(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        for name, value in attrs:
            if name.startswith("on"):
                self._add(f"event-handler attribute {name!r} on <{tag}>")
            elif name in URL_ATTRIBUTES and value and has_dangerous_scheme(value):
                self._add(f"{name}={value[:40]!r} on <{tag}> is an executable URL")
            elif (
                name == "srcset"
                and value
                and any(has_dangerous_scheme(part) for part in value.split(","))
            ):
                self._add(f"srcset on <{tag}> holds an executable URL")

    def _check_element(self, tag: str, amap: dict[str, str | None]) -> None:
        if tag in FORBIDDEN_ELEMENTS:
            self._add(f"<{tag}> is not allowed")
        elif tag == "form" and not is_theme_search_form(amap):
            self._add("<form> other than the theme's search form")
        elif tag == "meta" and (amap.get("http-equiv") or "").lower() == "refresh":
            self._add("<meta http-equiv=refresh> is not allowed")
        if tag in FETCHING:
            self._check_fetch(tag, amap)

    def _check_fetch(self, tag: str, amap: dict[str, str | None]) -> None:
        rels = set((amap.get("rel") or "").lower().split())
        if tag == "link" and rels and rels <= LINK_RELS_NOT_FETCHED:
            return
        url = amap.get("href") if tag == "link" else amap.get("src")
        if url and is_external(url) and not has_dangerous_scheme(url):
            self._add(f"<{tag}> fetches {url[:60]!r} from another host")

    def _check_script(self, amap: dict[str, str | None], text: str) -> None:
        """At the script's end tag, where ``pos`` is still its start tag's (a script's text
        holds no tag)."""
        src = amap.get("src")
        kind = (amap.get("type") or "").lower()
        if src is not None:
            if text.strip() or not _ASSET_SCRIPT.fullmatch(src):
                self._add(f"<script src={src[:60]!r}> is not one of the site's assets")
        elif kind in JSON_SCRIPT_TYPES:
            try:
                json.loads(text)
            except ValueError:
                self._add(f"<script type={kind!r}> does not hold valid JSON")
        elif not is_theme_inline_script(text, self.allowed_scripts):
            self._add(f"inline <script> that is not the theme's: {text.strip()[:60]!r}")


class _Checker(HTMLParser):
    """``html.parser`` driving :class:`_Rules`, with the position of every tag."""

    def __init__(self, allowed_scripts: Sequence[re.Pattern[str]]) -> None:
        super().__init__(convert_charrefs=True)
        self.rules = _Rules(allowed_scripts)

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.rules.pos = self.getpos()
        self.rules.start(tag, attrs, self_closing=False)

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.rules.pos = self.getpos()
        self.rules.start(tag, attrs, self_closing=True)

    def handle_endtag(self, tag: str) -> None:
        self.rules.end(tag)

    def handle_data(self, data: str) -> None:
        self.rules.data(data)


def fast_scan(html: str, allowed_scripts: Sequence[re.Pattern[str]]) -> list[Finding] | None:
    """The findings of :mod:`factsheet.plugin.safety.html_scan`'s fast reading (without
    positions), or None if the page has markup it leaves to ``html.parser``."""
    rules = _Rules(allowed_scripts)
    return rules.findings if scan(html, rules, INERT_MARKUP) else None
