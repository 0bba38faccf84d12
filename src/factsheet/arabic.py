"""Arabic-aware text normalisation, shared by quote checking, coverage and search.

Arabic media spell the same word in several ways: with or without diacritics (tashkeel), with
tatweel (ـ) stretching, with أ إ آ ٱ or bare ا, with ى or ي at the end, with ة or ه. Quotes
copied from a page often differ from the stored text in exactly these ways, and readers type
search terms without them. ``fold`` maps all of these to one form; it is deliberately lossy and
only ever used to *compare* texts, never to display them.
"""

from __future__ import annotations

import re
import unicodedata
from itertools import chain

# Harakat, tanwin, shadda, sukun, dagger alef, Quranic marks.
_TASHKEEL = re.compile("[\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed]")
_TATWEEL = "\u0640"
_ARABIC_BLOCK_CHAR = re.compile("[\u0600-\u06ff]")
# One character for another, never a target as a source (so the order of the replacements does
# not matter). Applied with one str.replace per pair present: CPython's str.translate looks
# every character of the text up in the table, which is slower on Arabic text.
_FOLD: dict[str, str] = {
    "أ": "ا",
    "إ": "ا",
    "آ": "ا",
    "ٱ": "ا",
    "ى": "ي",
    "ة": "ه",
    "ؤ": "و",
    "ئ": "ي",
    "ک": "ك",  # Persian keheh
    "ی": "ي",  # Persian yeh
    "٠": "0",
    "١": "1",
    "٢": "2",
    "٣": "3",
    "٤": "4",
    "٥": "5",
    "٦": "6",
    "٧": "7",
    "٨": "8",
    "٩": "9",
}
# A word is a run of letters and digits; everything else separates words (punctuation, quotes,
# dashes).
_WORD = re.compile(r"\w+")
# A thousands separator between digit groups: 6,500 / 6٬500 / 6 500 -> 6500. The separator
# comes first and the digit before it is looked behind for: a pattern that starts with a
# character set lets the regex engine skip ahead to the next candidate.
_SEPARATOR = "[,٬\u00a0\u202f ]"
_GROUPED_NUMBER = re.compile(rf"{_SEPARATOR}(?<=\d{_SEPARATOR})(?=\d{{3}}(?!\d))")
_ARTICLE_PREFIXES = ("وال", "بال", "فال", "كال", "لل", "ال")
_ARTICLE_STARTS = frozenset(prefix[0] for prefix in _ARTICLE_PREFIXES)


def strip_marks(text: str) -> str:
    """Remove tashkeel and tatweel; keep everything else."""
    return _TASHKEEL.sub("", text).replace(_TATWEEL, "")


def fold(text: str) -> str:
    """The comparison form: NFKC, no tashkeel/tatweel, one alef/ya/ta-marbuta form, ASCII
    digits, no thousands separators, punctuation as single spaces, lower case."""
    return " ".join(_WORD.findall(_unify_letters(_prepare(text)))).lower()


def _prepare(text: str) -> str:
    """The steps of :func:`fold` that look across spaces: NFKC, no marks, numbers ungrouped.

    The separator is found next to digits of either script; the Arabic-Indic digits become
    ASCII later (a digit for a digit), so the order of the two steps does not matter.
    """
    return _GROUPED_NUMBER.sub("", strip_marks(unicodedata.normalize("NFKC", text)))


def _unify_letters(text: str) -> str:
    """One form of each letter and digit that :data:`_FOLD` maps (never a space)."""
    for variant, standard in _FOLD.items():
        if variant in text:
            text = text.replace(variant, standard)
    return text


def without_article(word: str) -> str:
    """The word without a leading definite article (and a joined و/ب/ف/ك/ل before it)."""
    if word[:1] not in _ARTICLE_STARTS:
        return word
    for prefix in _ARTICLE_PREFIXES:
        if word.startswith(prefix) and len(word) - len(prefix) >= 2:
            return word[len(prefix) :]
    return word


def search_terms(text: str) -> str:
    """Extra words to index so a reader finds a word typed without ال, diacritics or hamza:
    the folded text plus every folded word without its article, each once."""
    return SearchTerms()(text)


class SearchTerms:
    """:func:`search_terms` for many texts, each distinct token folded once for all of them.

    A search index repeats its words from entry to entry (interface words, names, dates), so
    after the steps that look across spaces (:func:`_prepare`) each whitespace-separated token
    is looked up in a table of its folded words and their bare forms. Folding works token by
    token from there (no letter mapping, word split or lower-casing makes or removes a space),
    and a repeated token adds no new word, so the result is exactly :func:`search_terms`.
    """

    def __init__(self) -> None:
        self._terms: dict[str, tuple[str, ...]] = {}

    def __call__(self, text: str) -> str:
        terms = self._terms
        tokens = dict.fromkeys(_prepare(text).split())
        new = [token for token in tokens if token not in terms]
        if new:
            # One pass of the letter mapping over all new tokens (no token holds a newline).
            for token, unified in zip(new, _unify_letters("\n".join(new)).split("\n"), strict=True):
                terms[token] = _token_terms(unified)
        return " ".join(dict.fromkeys(chain.from_iterable(map(terms.__getitem__, tokens))))


def _token_terms(token: str) -> tuple[str, ...]:
    """Each folded word of a token, then the word without its article, in order."""
    out: list[str] = []
    for word in _WORD.findall(token):
        word = word.lower()
        out += (word, without_article(word))
    return tuple(out)


def has_arabic_letter(text: str) -> bool:
    # The regex finds the block's characters in C; only those get a category lookup.
    return any(
        unicodedata.category(found.group()).startswith("L")
        for found in _ARABIC_BLOCK_CHAR.finditer(text)
    )
