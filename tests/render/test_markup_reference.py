"""The fast escaping of :mod:`factsheet.render.markup` against its first, per-character form.

``md_text``, ``md_text_keep_space`` and ``md_inline`` now escape with one regex pass and skip
the whitespace regexes for printable text. The plain versions they replaced are kept here as
the reference: for any text the output must be the same string, so the site stays
byte-identical (the goldens check the fixture; this checks every other text).
"""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from factsheet.render.markup import md_inline, md_text, md_text_keep_space

_BACKSLASH = frozenset("\\`*_{}[]()>#+-.!")
_ENTITY = frozenset("<&|:~^=\"'$@?/")
_WHITESPACE = re.compile(r"\s+")
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f-\x84\x86-\x9f]")
_LATIN_RUN = re.compile(
    r"[A-Za-z0-9\u00c0-\u024f](?:[A-Za-z0-9\u00c0-\u024f .,:%/'’\-–]*[A-Za-z0-9\u00c0-\u024f%])?"
)


def _escape_char(ch: str) -> str:
    if ch in _BACKSLASH:
        return "\\" + ch
    if ch in _ENTITY:
        return f"&#{ord(ch)};"
    return ch


def reference_keep_space(text: str) -> str:
    return "".join(_escape_char(ch) for ch in _WHITESPACE.sub(" ", _CONTROL.sub("", text)))


def reference_md_text(text: str) -> str:
    flat = _WHITESPACE.sub(" ", _CONTROL.sub("", text)).strip()
    return "".join(_escape_char(ch) for ch in flat)


def reference_md_inline(text: str, lang: str) -> str:
    if lang != "ar":
        return reference_md_text(text)
    flat = _WHITESPACE.sub(" ", _CONTROL.sub("", text)).strip()
    out, pos = [], 0
    for match in _LATIN_RUN.finditer(flat):
        out.append(reference_keep_space(flat[pos : match.start()]))
        run = match.group()
        # A run with a Latin letter is a name or a term: marked translate="no".
        mark = ' translate="no"' if any(ch.isalpha() for ch in run) else ""
        out.append(f"<bdi{mark}>{reference_md_text(run)}</bdi>")
        pos = match.end()
    out.append(reference_keep_space(flat[pos:]))
    return "".join(out)


# Arabic, Latin with accents, digits, every escaped character, number punctuation, controls,
# and whitespace of every kind (double spaces, tabs, newlines, NBSP, line separators).
_ALPHABET = (
    "ابتةسلمنوي قمة Sochi éÀz09 \\`*_{}[]()>#+-.!<&|:~^=\"'$@?/,;%’–—"
    "  \t\n\r\x0b\x0c\x1c\x85\u00a0\u2028\u2029\u200f\x00\x02\x03\x7f\x9f"
)
# Whole pieces too, so double spaces, Latin runs and numbers occur often.
_PIECES = st.sampled_from(["  ", " \n ", "Putin's", "6,500", "2,783–2,906", "a.b", "https://x"])
_TEXTS = st.one_of(
    st.lists(st.one_of(st.text(_ALPHABET, max_size=5), _PIECES), max_size=12).map("".join),
    st.text(max_size=40),
)


@settings(max_examples=500, deadline=None)
@given(_TEXTS)
def test_md_text_matches_the_reference(text: str) -> None:
    assert md_text(text) == reference_md_text(text)
    assert md_text_keep_space(text) == reference_keep_space(text)


@settings(max_examples=500, deadline=None)
@given(_TEXTS, st.sampled_from(["ar", "en"]))
def test_md_inline_matches_the_reference(text: str, lang: str) -> None:
    assert md_inline(text, lang) == reference_md_inline(text, lang)


def test_md_inline_example() -> None:
    text = "قال Vladimir Putin: 6,500 (تقريبًا) — a.b"
    assert md_inline(text, "ar") == reference_md_inline(text, "ar")
    assert md_inline(text, "ar") == (
        'قال <bdi translate="no">Vladimir Putin&#58; 6,500</bdi> \\(تقريبًا\\) — '
        '<bdi translate="no">a\\.b</bdi>'
    )
