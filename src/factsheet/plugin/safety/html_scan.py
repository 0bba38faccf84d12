"""A strict, fast tokenizer for the plain HTML that MkDocs and Material write.

The post-build safety check (:mod:`factsheet.plugin.safety.check`) reads every built page. Python's
``html.parser`` takes about 10 µs per tag, which made the check the largest cost of the plugin
on big sites. Almost every tag the build writes is plain: a lowercase-able name and
attributes whose values are quoted or simple. :func:`scan` reads such a page with a few
regular expressions and hands the same events to a handler as ``html.parser`` would:

- ``start(tag, attrs, self_closing)`` with the tag and attribute names lowercased and the
  values unescaped (``None`` for an attribute without a value), as ``HTMLParser`` gives them;
- ``data(text)`` with the raw text of a ``<script>`` or ``<style>`` element (the only text the
  safety rules look at; other text is skipped);
- ``end(tag)``.

It returns ``False`` as soon as it meets anything it does not read exactly like
``html.parser`` (a comment, a processing instruction, an unquoted value that ends in ``/``,
whitespace other than ASCII's, an unterminated ``<script>``, a stray ``<``...): the caller then
falls back to ``html.parser`` for that page. So the scanner never has to be right about odd
markup; it only has to be right about what it accepts, which ``tests/site/test_html_scan.py``
compares with ``html.parser`` event by event.
"""

from __future__ import annotations

import re
from html import unescape
from typing import Protocol

# ASCII whitespace only: html.parser ends a tag name at [\t\n\r\f ] but reads other
# whitespace (\v, \xa0, ...) as part of the name, so a page with those falls back.
_WS = "[ \t\n\r\f]"
_VALUE = r"""(?:"[^"]*"|'[^']*'|[^\s"'=<>`/]+(?=[ \t\n\r\f>]))"""
_NAME = r"[a-zA-Z_:][-a-zA-Z0-9_:.]*"
# One pattern for the three plain constructs, so each tag costs one match: a start tag
# (name, attributes, "/"), an end tag (name), or a doctype.
_TAG = re.compile(
    rf"<(?:([a-zA-Z][a-zA-Z0-9-]*)((?:{_WS}+{_NAME}(?:{_WS}*={_WS}*{_VALUE})?)*){_WS}*(/?)>"
    r"|/([a-zA-Z][a-zA-Z0-9-]*)>"
    rf"|!(?i:doctype){_WS}[^<>]*>)"
)
_ATTRIBUTE = re.compile(
    rf"""{_WS}+({_NAME})(?:{_WS}*={_WS}*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`/]+)))?"""
)
# Elements whose content html.parser does not parse (CDATA_CONTENT_ELEMENTS), and the end tag
# that closes each, with the same pattern html.parser uses (set_cdata_mode).
_RAW_TEXT = {name: re.compile(rf"</\s*{name}\s*>", re.IGNORECASE) for name in ("script", "style")}

Attributes = list[tuple[str, str | None]]


class Handler(Protocol):
    """What :func:`scan` reports to."""

    def start(self, tag: str, attrs: Attributes, self_closing: bool) -> None: ...

    def end(self, tag: str) -> None: ...

    def data(self, text: str) -> None: ...

    def may_skip(self) -> bool:
        """Whether :func:`scan` may pass over the markup its ``skip`` pattern matches."""
        ...


def attributes(source: str) -> Attributes:
    """The attributes of one start tag's attribute part, as html.parser lists them."""
    found: Attributes = []
    for match in _ATTRIBUTE.finditer(source):
        name, double, single, bare = match.groups()
        value = next((v for v in (double, single, bare) if v is not None), None)
        found.append((name.lower(), None if value is None else unescape(value)))
    return found


def scan(html: str, handler: Handler, skip: re.Pattern[str] | None = None) -> bool:
    """Feed ``handler`` the tags of ``html``; False (maybe midway) if a construct is not plain.

    ``skip`` matches a run of text and tags that the handler has no use for; while
    ``handler.may_skip()``, such runs are passed over in one match, without events. It must
    only match constructs that the plain grammar below reads (see ``plugin.safety.check``).
    """
    # Built pages repeat the same attribute lists (Material's navigation) thousands of times.
    parsed: dict[str, Attributes] = {"": []}
    i = 0
    while True:
        if skip is not None and handler.may_skip():
            run = skip.match(html, i)
            i = run.end() if run else i
        i = html.find("<", i)
        if i < 0:
            return True
        match = _TAG.match(html, i)
        if match is None:
            return False
        i = match.end()
        name, attrs, slash, end = match.groups()
        if end is not None:
            handler.end(end.lower())
        elif name is not None:
            tag, self_closing = name.lower(), bool(slash)
            if attrs not in parsed:
                parsed[attrs] = attributes(attrs)
            handler.start(tag, parsed[attrs], self_closing)
            if tag in _RAW_TEXT and not self_closing:
                close = _RAW_TEXT[tag].search(html, i)
                if close is None:
                    return False
                if close.start() > i:
                    handler.data(html[i : close.start()])
                handler.end(tag)
                i = close.end()
