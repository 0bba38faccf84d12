"""Escaping: fact text becomes Markdown, HTML or SVG that shows it literally, nothing more.

Python-Markdown passes raw HTML, ``javascript:`` links and ``attr_list`` attributes through, and
extensions add their own syntax (snippets ``--8<--``, tables ``|``, admonitions ``!!!``, magic
links on ``https:``). So every ASCII punctuation character of a fact's text is neutralised:

* characters Python-Markdown knows how to backslash-escape (``\\ ` * _ { } [ ] ( ) > # + - . !``)
  get a backslash; its escape pass runs before ``attr_list``, so ``\\{: onclick=x}`` stays text;
* characters with a meaning in raw HTML or in an extension (``< & | : ~ ^ = " ' $ @ ? /``)
  become numeric character references, which every Markdown engine passes through as the
  literal character; the rest (``, ; %``) has no Markdown meaning and stays as it is;
* runs of whitespace (newlines included) become one space, so no text can start a new block
  (a heading, a list item, an indented code block, a setext underline).

Our own generated markup (headings, tables, ``<bdi>``, the SVG chart) is written around escaped
text and never built from unescaped input. Text for HTML or SVG goes through :func:`html_text`.

Bidirectional text: in Arabic pages, Latin-script runs and numbers inside the text are wrapped
in ``<bdi>`` (see :func:`isolate`). We chose ``<bdi>`` over the Unicode isolates (U+2066-2069)
because the isolates are invisible characters that end up in copied text, in the search index
and in ``<title>``, and the validator forbids them in fact text so they would never round-trip;
``<bdi>`` lives only in the rendered body and does nothing in plain-text contexts.

Marks on an Arabic page for text that is not Arabic interface text (tested on the built site
by ``tests/site/test_arabic_pages.py``): text in another language carries its ``lang``
(quotes, the other language's name); a name, a term, a URL or code written in Latin script
carries ``translate="no"`` (Latin runs in :func:`md_inline`, :func:`url_link`, code blocks).
"""

from __future__ import annotations

import html
import re
import string
import unicodedata
from functools import lru_cache
from urllib.parse import quote, unquote, urlsplit

RTL_LANGS = frozenset({"ar", "fa", "he", "ur", "ku"})
# Python-Markdown's own ESCAPED_CHARS (markdown.Markdown.ESCAPED_CHARS): safe to backslash.
_BACKSLASH = frozenset("\\`*_{}[]()>#+-.!")
# Characters with a meaning in raw HTML or in an extension (tables |, emoji and magic links :,
# tilde ~, caret ^, mark =, smart quotes " ', arithmatex $, mentions @, details ???, blocks ///):
# character references.
_ENTITY = frozenset("<&|:~^=\"'$@?/")
_WHITESPACE = re.compile(r"\s+")
# C0/C1 controls other than whitespace (the validator rejects them in fact text; Python-Markdown
# uses STX/ETX as its own placeholders): dropped, never passed on.
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f-\x84\x86-\x9f]")
# A run of Latin letters or digits, with inner spaces and number punctuation, inside Arabic text.
_LATIN_RUN = re.compile(
    r"[A-Za-z0-9\u00c0-\u024f](?:[A-Za-z0-9\u00c0-\u024f .,:%/'’\-–]*[A-Za-z0-9\u00c0-\u024f%])?"
)
# What each character of _BACKSLASH and _ENTITY becomes, and a regex finding them: the C regex
# engine scans the text and only the (few) punctuation characters cost a Python call.
_ESCAPES = {ch: "\\" + ch for ch in _BACKSLASH} | {ch: f"&#{ord(ch)};" for ch in _ENTITY}
_SPECIAL = re.compile("[" + re.escape("".join(sorted(_ESCAPES))) + "]")
# A Latin run (group 1) or else a character to escape: md_inline's one pass over the text.
_RUN_OR_SPECIAL = re.compile(f"({_LATIN_RUN.pattern})|{_SPECIAL.pattern}")
# Most escaped texts recur: interface words on every fact, a source's name and title on every
# claim citing it, an entity's name wherever it is named, a URL on every citation (at 1,000
# facts four calls in five repeat an earlier text). The functions are pure, so they are cached.
_CACHED = 8192


def _escape_match(match: re.Match[str]) -> str:
    return _ESCAPES[match[0]]


def _escape(flat: str) -> str:
    """Every character of :data:`_ESCAPES` in ``flat`` escaped, the rest as it is."""
    return _SPECIAL.sub(_escape_match, flat)


def _flatten(text: str) -> str:
    """``text`` without control characters, each run of whitespace one space (not stripped)."""
    # A printable string has no control character and no whitespace other than " " (both
    # checked in C); most texts are, and at most have a double space to collapse.
    if text.isprintable():
        return _WHITESPACE.sub(" ", text) if "  " in text else text
    return _WHITESPACE.sub(" ", _CONTROL.sub("", text))


@lru_cache(maxsize=_CACHED)
def md_text(text: str) -> str:
    """``text`` as inline Markdown that renders exactly as the text, on one line."""
    return _escape(_flatten(text).strip())


def _run_or_special(match: re.Match[str]) -> str:
    run = match[1]
    if run is None:
        return _ESCAPES[match[0]]
    # A run with a letter is a name or a term written in Latin script (ABC News, CCBS), not
    # a word of the interface: marked translate="no", the mark the Arabic-pages test reads.
    if any(map(str.isalpha, run)):
        return f'<bdi translate="no">{_escape(run)}</bdi>'
    return f"<bdi>{_escape(run)}</bdi>"


@lru_cache(maxsize=_CACHED)
def md_inline(text: str, lang: str) -> str:
    """:func:`md_text`, with Latin runs and numbers isolated in Arabic pages."""
    if lang != "ar":
        return md_text(text)
    # A run starts with a letter or digit, never with a character to escape, so finding runs
    # and escapes in one pass sees the same runs as looking for runs alone.
    return _RUN_OR_SPECIAL.sub(_run_or_special, _flatten(text).strip())


@lru_cache(maxsize=_CACHED)
def md_text_keep_space(text: str) -> str:
    """:func:`md_text` for a fragment, keeping its leading and trailing spaces."""
    return _escape(_flatten(text))


def md_format(template: str, **parts: str) -> str:
    """An interface sentence with placeholders (``حتى {date}``) as Markdown: the template's
    own words escaped, each ``{name}`` replaced by ``parts[name]``, already Markdown (a date
    in ``<bdi>``, a link)."""
    out = []
    for literal, name, _, _ in string.Formatter().parse(template):
        out.append(md_text_keep_space(literal))
        if name is not None:
            out.append(parts[name])
    return "".join(out)


def isolate(md: str, lang: str) -> str:
    """Wrap already-escaped Markdown (a figure, a date, a range) in ``<bdi>`` on Arabic pages,
    so "2,783–2,906" or "31 أكتوبر 2022" keep their order inside a right-to-left sentence."""
    return f"<bdi>{md}</bdi>" if lang == "ar" else md


def direction(lang: str) -> str:
    """``rtl`` for a right-to-left language, else ``ltr``."""
    return "rtl" if lang in RTL_LANGS else "ltr"


def lang_code(lang: str) -> str:
    """A language code fit for a ``lang`` attribute: the schema's two or three letters, or
    ``und`` (undetermined) for anything else, so no attribute can be broken out of."""
    return lang if re.fullmatch(r"[a-z]{2,3}", lang) else "und"


def in_language(md: str, lang: str) -> str:
    """Already-escaped Markdown in a span marked with its language and direction, so Arabic in
    an English sentence (or English in an Arabic one) is isolated and set in its own font."""
    return f'<span lang="{lang_code(lang)}" dir="{direction(lang)}">{md}</span>'


def nowrap(md: str) -> str:
    """Already-escaped Markdown kept on one line (a figure or a date in a table cell): a fixed
    span of ours, styled by the site's CSS (``.fs-nowrap``)."""
    return f'<span class="fs-nowrap">{md}</span>' if md else md


def html_text(text: str) -> str:
    """Text for an HTML/SVG element or attribute: every ``& < > " '`` escaped."""
    return html.escape(_WHITESPACE.sub(" ", text).strip(), quote=True)


@lru_cache(maxsize=_CACHED)
def safe_url(url: str | None) -> str | None:
    """An http(s) URL fit for a Markdown link destination, or None.

    The validator already checks source URLs; this is a second line: any other scheme is
    dropped, and characters that could end the destination (spaces, brackets, quotes, angle
    brackets, backslashes) are percent-encoded.
    """
    if not url:
        return None
    try:
        parts = urlsplit(url.strip())
    except ValueError:
        return None
    if parts.scheme.lower() not in ("http", "https") or not parts.netloc:
        return None
    return quote(url.strip(), safe="/:?#[]@!$&*+,;=%-._~")


# Characters that stay percent-encoded in a printed address: they could end an ``attr_list``
# value or an HTML attribute, or are invisible (controls, bidi and other format characters).
_PRINT_KEEP_ENCODED = frozenset("\"'{}<>\\` ")


def _printable_char(char: str) -> str:
    if char in _PRINT_KEEP_ENCODED or unicodedata.category(char)[0] in "CZ":
        return quote(char, safe="")
    return char


@lru_cache(maxsize=_CACHED)
def print_address(url: str | None) -> str | None:
    """The address of :func:`safe_url` as a reader types it, for print: percent-encoded
    letters decoded (an Arabic path reads as Arabic), but quotes, braces, angle brackets,
    spaces and invisible characters kept encoded, so it is safe inside an attribute."""
    safe = safe_url(url)
    if safe is None:
        return None
    return "".join(_printable_char(char) for char in unquote(safe))


def url_link(url: str) -> str:
    """A URL shown as its own link text: left to right, and marked ``translate="no"`` (an
    address, not words of the page's language)."""
    return f'{md_link(md_text(url), url)}{{: translate="no" dir="ltr" }}'


def md_link(label_md: str, url: str) -> str:
    """A Markdown link from escaped label Markdown and a URL made by :func:`safe_url` or our
    own relative page paths (``war.md#fact-id``)."""
    return f"[{label_md}]({url})"


def heading(level: int, text_md: str, anchor: str | None = None) -> str:
    """An ATX heading with an explicit id (``attr_list``); ``anchor`` must be a slug we made.

    Pass :func:`md_text`, not :func:`md_inline`: a heading's text also becomes the table of
    contents entry and the page title, where ``<bdi>`` has no business.
    """
    if anchor is not None and not re.fullmatch(r"[a-z0-9]+(?:-[a-z0-9]+)*", anchor):
        raise ValueError(f"not a slug anchor: {anchor!r}")
    suffix = f" {{#{anchor}}}" if anchor else ""
    return f"{'#' * level} {text_md}{suffix}"


def table(header: list[str], rows: list[list[str]]) -> str:
    """A Markdown table from cells that are already escaped Markdown (so no raw ``|``)."""
    lines = ["| " + " | ".join(header) + " |", "|" + "---|" * len(header)]
    lines += ["| " + " | ".join(row) + " |" for row in rows]
    return "\n".join(lines)
