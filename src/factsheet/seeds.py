"""Find a quote in a stored source text, the way a careful reader would.

A quote is *verified* only when its words are found in the stored copy of its source (under
``seeds/``), after both are folded with :func:`factsheet.arabic.fold`: diacritics, tatweel,
alef forms, ya / alef maqsura, ta marbuta, digits, thousands separators, punctuation and
spacing do not count. An elision written ``...``, ``…`` or ``[...]`` inside a quote may stand
for any words, as long as the parts come in order. The quote and each part between elisions
start and end at word boundaries (never inside a word or a number: «500 شخص» is not in «6500
شخص»); only a conjunction و / ف joined to the article may be left out at a part's start
(«الحرب» in «والحرب»). Paragraphs are the non-empty lines of the stored text, counted from 1
(the headline is paragraph 1).

A quote from a source that has no stored copy is *not checked*: the site must say so and never
call it verified. :meth:`factsheet.project.Project.quote_status` is what the site, the exports
and the quotes check ask.
"""

from __future__ import annotations

import bisect
import difflib
import functools
import heapq
import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Literal

from factsheet.arabic import fold

QuoteStatus = Literal["verified", "not-found", "not-checked"]

_ELISION = re.compile(r"\[\s*(?:\.\.\.|…)\s*\]|\.\.\.|…")


def paragraphs(text: str) -> list[str]:
    """The non-empty lines of a stored text; paragraph N is ``paragraphs(text)[N - 1]``."""
    return [line.strip() for line in text.splitlines() if line.strip()]


def segments(quote: str) -> list[str]:
    """The folded parts of a quote between elisions, empty parts dropped."""
    return [part for part in (fold(p) for p in _ELISION.split(quote)) if part]


@functools.lru_cache(maxsize=1024)
def _parts(quote: str) -> tuple[str, ...]:
    """:func:`segments` of a quote, kept: a quote is located, then looked for in the
    paragraph its locator names, and folding it is most of the cost of both."""
    return tuple(segments(quote))


# Where a part of a quote may start in folded text (words joined by single spaces): at a word's
# start, or after a conjunction و / ف joined to the article (the quote «الحرب» in «والحرب»).
# Any other attached letter belongs to the word: ب ل ك are prepositions («بروسيا» is "in
# Russia"), and a و / ف that is not before ال cannot be told from a word's own first letter
# («وزير», «فرنسا»). A part ends where the source's word ends.
_WORD_START = r"(?:(?<![^ ])|(?<![^ ])[وف](?=ال))"


@functools.lru_cache(maxsize=1024)
def _whole_words(part: str) -> re.Pattern[str]:
    """The pattern of a folded part that starts and ends at word boundaries."""
    return re.compile(f"{_WORD_START}({re.escape(part)})(?![^ ])")


def _find(haystack: str, parts: Sequence[str]) -> tuple[int, int] | None:
    """Start and end of the parts found in order, as whole words, in ``haystack``, or None."""
    start = end = -1
    for part in parts:
        match = _whole_words(part).search(haystack, max(end, 0))
        if match is None:
            return None
        start = match.start(1) if start < 0 else start
        end = match.end(1)
    return (start, end) if start >= 0 else None


@dataclass(frozen=True)
class FoldedText:
    """A stored text split into paragraphs and folded once, so that many quotes can be
    looked up in it without folding the whole text again for each (see
    :meth:`factsheet.project.Project.folded_seed`, which keeps one per stored file)."""

    paragraphs: list[str]
    folded: list[str]
    joined: str
    starts: list[int]

    @classmethod
    def of(cls, text: str) -> FoldedText:
        paras = paragraphs(text)
        folded = [fold(p) for p in paras]
        starts, offset = [], 0
        for para in folded:
            starts.append(offset)
            offset += len(para) + 1
        return cls(paras, folded, " ".join(folded), starts)

    def locate(self, quote: str) -> tuple[int, ...] | None:
        """The paragraphs (1-based) that the first occurrence of ``quote`` spans, or None."""
        span = _find(self.joined, _parts(quote))
        if span is None:
            return None
        first = bisect.bisect_right(self.starts, span[0])
        last = bisect.bisect_right(self.starts, max(span[1] - 1, span[0]))
        return tuple(range(first, last + 1))

    def in_paragraph(self, quote: str, number: int) -> bool:
        """Whether ``quote`` is wholly inside paragraph ``number`` (1-based)."""
        if not 1 <= number <= len(self.folded):
            return False
        return _find(self.folded[number - 1], _parts(quote)) is not None


def locate(text: str, quote: str) -> tuple[int, ...] | None:
    """The paragraphs (1-based) that the first occurrence of ``quote`` spans, or None."""
    return FoldedText.of(text).locate(quote)


COMPARE_BUDGET = 400_000
"""Characters of window and quote compared when looking for the closest passage. A stored
text of a few pages is searched exhaustively; past the budget only the windows sharing most
words with the quote are compared (comparing every window of a long text took minutes)."""


def closest_passage(text: str, quote: str) -> tuple[int, str] | None:
    """The passage of ``text`` most like ``quote`` as (paragraph, original words).

    Windows of about as many words as the quote slide over each paragraph; each is compared
    to the quote after folding (see :func:`_likeness`), and the hint shows the source's own
    spelling of the best. Within :data:`COMPARE_BUDGET` every window is compared; beyond it,
    the windows holding the most of the quote's words.
    """
    target = " ".join(segments(quote))
    size = max(1, len(target.split()))
    paras = [para.split() for para in paragraphs(text)]
    widths = range(max(1, size - 1), size + 3)
    windows = sum(max(1, len(words) - size + 1) for words in paras) * len(widths)
    limit = max(1, COMPARE_BUDGET // (2 * len(target) + 1))
    count = max(1, limit // len(widths))
    starts = _likely_starts(paras, target, size, count) if windows > limit else None
    best: tuple[float, int, str] | None = None
    for number, words in enumerate(paras, 1):
        # Windows a little shorter and longer than the quote catch a dropped or added word.
        for width in widths:
            for i in range(max(1, len(words) - width + 1)):
                if starts is not None and (number, i) not in starts:
                    continue
                window = " ".join(words[i : i + width])
                score = _likeness(fold(window), target)
                if best is None or score > best[0]:
                    best = (score, number, window)
    # Quotation marks and punctuation at the window's edges are not part of the passage.
    return (best[1], best[2].strip("\"'“”«».,:;،؛")) if best else None


def _likely_starts(
    paras: list[list[str]], target: str, size: int, count: int
) -> set[tuple[int, int]]:
    """(paragraph, word index) of the ``count`` windows that hold most of the quote's words,
    found in linear time (one fold per word, a running count per window)."""
    wanted = set(target.split())
    folded: dict[str, bool] = {}  # words repeat: fold each distinct word once
    scored: list[tuple[int, int, int]] = []
    for number, words in enumerate(paras, 1):
        hits = [0]
        for word in words:
            if word not in folded:
                folded[word] = fold(word).strip() in wanted
            hits.append(hits[-1] + folded[word])
        for i in range(max(1, len(words) - size + 1)):
            scored.append((hits[min(len(words), i + size)] - hits[i], -number, -i))
    return {(-n, -i) for _, n, i in heapq.nlargest(count, scored)}


def _likeness(window: str, target: str) -> float:
    """Similarity times the share of the quote matched: a window that holds all of the
    quote's words beats a shorter one that is merely similar."""
    matcher = difflib.SequenceMatcher(None, window, target, autojunk=False)
    matched = sum(block.size for block in matcher.get_matching_blocks())
    return matcher.ratio() * matched / max(1, len(target))
