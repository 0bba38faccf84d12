"""``factsheet.arabic``: folding and search terms, pinned to a per-character reference.

``fold`` and ``search_terms`` were rewritten for speed (str.replace per variant, one word regex,
each distinct token folded once, also across texts with ``SearchTerms``). The first, plainly
written versions are kept here as the reference: the fast ones must give exactly the same
string for any text, since quote checking, coverage and the search index all compare folded
forms.
"""

from __future__ import annotations

import re
import unicodedata

from hypothesis import given, settings
from hypothesis import strategies as st

from factsheet.arabic import SearchTerms, fold, search_terms, strip_marks, without_article

# The reference is written out in full here: a reference that called the functions under test
# would agree with any mistake in them.
_REFERENCE_MARKS = re.compile("[\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed\u0640]")
_REFERENCE_ARTICLES = ("وال", "بال", "فال", "كال", "لل", "ال")

_REFERENCE_FOLD = str.maketrans(
    {
        "أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا", "ى": "ي", "ة": "ه", "ؤ": "و", "ئ": "ي",
        "ک": "ك", "ی": "ي", "٠": "0", "١": "1", "٢": "2", "٣": "3", "٤": "4", "٥": "5",
        "٦": "6", "٧": "7", "٨": "8", "٩": "9",
    }
)  # fmt: skip
_REFERENCE_NON_WORD = re.compile(r"[^\w]+")
_REFERENCE_GROUPED = re.compile(r"(?<=\d)[,٬\u00a0\u202f ](?=\d{3}(?!\d))")


def reference_fold(text: str) -> str:
    text = unicodedata.normalize("NFKC", text)
    text = _REFERENCE_MARKS.sub("", text).translate(_REFERENCE_FOLD)
    text = _REFERENCE_GROUPED.sub("", text)
    text = _REFERENCE_NON_WORD.sub(" ", text)
    return " ".join(text.lower().split())


def reference_search_terms(text: str) -> str:
    seen: dict[str, None] = {}
    for word in reference_fold(text).split():
        seen.setdefault(word, None)
        seen.setdefault(reference_without_article(word), None)
    return " ".join(seen)


def reference_without_article(word: str) -> str:
    for prefix in _REFERENCE_ARTICLES:
        if word.startswith(prefix) and len(word) - len(prefix) >= 2:
            return word[len(prefix) :]
    return word


# Characters that exercise every branch: Arabic letters and their variants, tashkeel, tatweel,
# Arabic-Indic digits, separators, Latin with case, presentation forms (NFKC), punctuation and
# odd whitespace; the article prefixes are drawn as whole strings so they occur often.
_ALPHABET = (
    "اأإآٱبتةثجحخدذرزسشصضطظعغفقكلمنهويىؤئکیـ\u064b\u064e\u0650\u0651\u0652\u0670"
    "٠١٢٣٤٥٦٧٨٩0123456789,٬.،؛:«»\"'-–() \u00a0\u202f\t\nAbCİßﻻﺍ_"
)
_PIECES = st.sampled_from(["وال", "بال", "فال", "كال", "لل", "ال", "6,500", "1 234 567", " "])
_TEXTS = st.lists(st.one_of(st.text(_ALPHABET, max_size=6), _PIECES), max_size=30).map("".join)


@settings(max_examples=400, deadline=None)
@given(_TEXTS)
def test_fold_matches_the_reference(text: str) -> None:
    assert fold(text) == reference_fold(text)


@settings(max_examples=400, deadline=None)
@given(_TEXTS)
def test_search_terms_match_the_reference(text: str) -> None:
    assert search_terms(text) == reference_search_terms(text)


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=40))
def test_fold_matches_the_reference_on_any_text(text: str) -> None:
    assert fold(text) == reference_fold(text)
    assert search_terms(text) == reference_search_terms(text)


@settings(max_examples=200, deadline=None)
@given(st.lists(_TEXTS, max_size=8))
def test_one_search_terms_table_for_many_texts_matches_the_reference(texts: list[str]) -> None:
    # Tokens folded for an earlier text are reused, never change a later text's terms.
    terms = SearchTerms()
    assert [terms(text) for text in texts] == [reference_search_terms(text) for text in texts]


def test_fold_examples() -> None:
    assert fold("الأرمنُ ـ قتلى: 6,500 شخص!") == "الارمن قتلي 6500 شخص"
    assert fold("١٢٣ İstanbul") == "123 i̇stanbul"


def test_search_terms_keep_two_letters_after_the_article() -> None:
    # "الى" keeps its article (one letter would remain); "للسلام" loses "لل", not "ل".
    assert search_terms("الأرمن الى للسلام والأرمن الأرمن") == "الارمن ارمن الي للسلام سلام والارمن"


def test_each_article_prefix_is_taken_off() -> None:
    # و ب ف ك joined to the article, لل (ل + ال), and the article alone.
    for word in ("والحرب", "بالحرب", "فالحرب", "كالحرب", "للحرب", "الحرب"):
        assert without_article(word) == "حرب", word
        assert search_terms(word).split() == [word, "حرب"], word
    # Not a prefix: a word that merely starts with و / ب / ل, or two letters would not remain.
    for word in ("وزير", "بوتين", "لبنان", "الى", "للي", "ولد", "حرب"):
        assert without_article(word) == word, word
    assert without_article("") == ""


def test_strip_marks_removes_tashkeel_and_tatweel_only() -> None:
    assert strip_marks("قُتِلَ ـــ الأرْمَنُ") == "قتل  الأرمن"
    assert strip_marks("\u0610\u061a\u064b\u065f\u0670\u06d6\u06ed") == ""
    assert strip_marks("أإآ ىة 6,500") == "أإآ ىة 6,500"
