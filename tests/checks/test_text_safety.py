"""The text safety check: hidden, spoofing and unnormalised characters, at their column."""

from __future__ import annotations

import pytest

from factsheet.checks import text_safety
from factsheet.checks.text_safety import classify

from .helpers import FACT, REGISTRY, Run, found, only

FACTS = (
    "topic: summit\n"
    "facts:\n"
    "  - id: length\n"
    "    label: {ar: \ufe91\ufeee\ufe97\ufef4\ufee6, en: Putin\u200f}\n"
    "    statement:\n"
    '      ar: "نص\u202eمقلوب"\n'
    '      en: "two\\thours, \\u200bzero\u00adwidth and \u200bagain"\n'
    '    method: {ar: \u0627\u0653\u0645\u0646, en: "Cafe\u0301"}\n'
    "    value: {type: text}\n"
    "    as_of: 2022-10-31\n"
    "    claims:\n"
    "      - source: web\n"
    '        quote: {text: "Putin\u200f said\\Lmore", lang: en}\n'
)


def test_each_kind_once_per_string_at_its_column(run: Run) -> None:
    problems = run({"facts.yaml": FACTS})
    assert found(problems, "text-") == [
        ("text-presentation-form", "facts/facts.yaml", 4, 17),
        ("text-bidi-control", "facts/facts.yaml", 6, 14),
        # Escapes in a double-quoted value: the column of the value itself.
        ("text-control", "facts/facts.yaml", 7, 11),
        ("text-invisible", "facts/facts.yaml", 7, 11),
        ("text-not-nfc", "facts/facts.yaml", 8, 18),
        ("text-not-nfc", "facts/facts.yaml", 8, 28),
        ("text-line-separator", "facts/facts.yaml", 13, 23),
    ]
    presentation = only(problems, "text-presentation-form")
    assert presentation.hint == "use the base Arabic letters: بوتين"
    assert "(5 times)" in presentation.message
    invisible = only(problems, "text-invisible")
    assert invisible.message.startswith("U+200B ZERO WIDTH SPACE (3 times)")
    nfc = [p.hint for p in problems if p.code == "text-not-nfc"]
    assert nfc == [
        "replace it with its NFC form: \u0622\u0645\u0646",
        "replace it with its NFC form: Caf\u00e9",
    ]
    # The presentation forms are still Arabic letters for the bilingual check.
    assert found(problems, "bilingual-") == []


def test_direction_marks_only_in_prose(run: Run) -> None:
    registry = REGISTRY.replace(
        "url: https://example.org/news/1", "url: https://example.org/\u200fnews/1"
    ).replace("stored: seeds/article.txt", "stored: seeds/article.txt\n    reference: S\u200d29")
    problems = run({"registry.yaml": registry, "facts.yaml": FACT})
    assert found(problems, "text-") == [
        ("text-direction-mark", "facts/registry.yaml", 30, 17),
        ("text-direction-mark", "facts/registry.yaml", 36, 30),
    ]
    assert found(problems, "bilingual-") == []


def test_classify() -> None:
    assert classify("\u200f", prose=True) is None
    assert classify("\u200f", prose=False) == "text-direction-mark"
    assert classify("\n", prose=True) is None
    assert classify("\n", prose=False) == "text-control"
    assert classify("\ud800", prose=True) == "text-surrogate"
    assert classify("\ue000", prose=True) == "text-private-use"
    assert classify("\u2066", prose=True) == "text-bidi-control"
    assert classify("\ufeff", prose=True) == "text-invisible"
    assert classify("\u2060", prose=True) == "text-invisible"
    assert classify("\ufdf2", prose=True) == "text-presentation-form"
    assert classify("ب", prose=False) is None
    assert set(text_safety.CODES) >= {
        "text-bidi-control",
        "text-invisible",
        "text-surrogate",
        "text-not-nfc",
    }


BIDI_CONTROLS = "\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069"


def test_every_bidi_control_is_reported_as_one(run: Run) -> None:
    # Each of the nine embeddings, overrides and isolates, in prose and in an identifier-like
    # field, is a bidi control (not merely invisible): the hint tells the editor why it matters.
    for control in BIDI_CONTROLS:
        facts = FACT.replace("Length of the summit", f"Length{control} of the summit")
        problems = run({"facts.yaml": facts})
        assert found(problems, "text-") == [("text-bidi-control", "facts/facts.yaml", 6, 38)], (
            f"U+{ord(control):04X}"
        )
        assert classify(control, prose=False) == "text-bidi-control"


def test_each_text_problem_says_what_is_wrong_and_how_to_fix_it(run: Run) -> None:
    problems = [p for p in run({"facts.yaml": FACTS}) if p.code.startswith("text-")]
    shown = "'two<U+0009>hours, <U+200B>zero<U+00AD>width and <U+200B>aga…'"
    assert [(p.message, p.hint) for p in problems] == [
        (
            "U+FE91 ARABIC LETTER BEH INITIAL FORM (5 times) in 'ﺑﻮﺗﻴﻦ'",
            "use the base Arabic letters: بوتين",
        ),
        (
            "U+202E RIGHT-TO-LEFT OVERRIDE in 'نص<U+202E>مقلوب'",
            "delete it; the site sets the text direction itself",
        ),
        (f"U+0009 control character in {shown}", "delete it, or replace it with a space"),
        (
            f"U+200B ZERO WIDTH SPACE (3 times) in {shown}",
            "delete it (retype the text around it if you cannot see it)",
        ),
        (
            "'\u0627\u0653\u0645\u0646' is not in Unicode normalisation form C (composed)",
            "replace it with its NFC form: \u0622\u0645\u0646",
        ),
        (
            "'Cafe\u0301' is not in Unicode normalisation form C (composed)",
            "replace it with its NFC form: Caf\u00e9",
        ),
        (
            "U+2028 LINE SEPARATOR in 'Putin<U+200F> said<U+2028>more'",
            "replace it with a space or a normal line break",
        ),
    ]


def test_direction_marks_and_persian_letters_say_how_to_fix_them(run: Run) -> None:
    registry = REGISTRY.replace(
        "url: https://example.org/news/1", "url: https://example.org/\u200fnews/1"
    ).replace("stored: seeds/article.txt", "stored: seeds/article.txt\n    reference: S\u200d29")
    problems = [
        p for p in run({"registry.yaml": registry, "facts.yaml": FACT}) if p.code[:5] == "text-"
    ]
    prose = "delete it; it is only allowed in Arabic or English prose"
    assert [(p.message, p.hint) for p in problems] == [
        ("U+200D ZERO WIDTH JOINER in 'S<U+200D>29'", prose),
        ("U+200F RIGHT-TO-LEFT MARK in 'https://example.org/<U+200F>news/1'", prose),
    ]
    persian = FACT.replace("label: {ar: مدة القمة", "label: {ar: مدة کردی ۱۲ القمة")
    problem = only(run({"registry.yaml": REGISTRY, "facts.yaml": persian}), "text-persian-letter")
    assert (problem.line, problem.col, problem.severity.value) == (6, 21, "warning")
    assert (problem.message, problem.hint) == (
        "U+06A9 ARABIC LETTER KEHEH (Persian) in the Arabic text 'مدة کردی ۱۲ القمة'",
        "use the Arabic letters and digits: مدة كردي ١٢ القمة",
    )


PROSE = (
    FACT.replace(
        "label: {ar: مدة القمة, en: Length of the summit}",
        'label: {ar: "مدة\u200f القمة \ue000", en: "Length\\a of\\a the summit"}',
    )
    .replace(
        "statement: {ar: استمرت القمة أكثر من ساعتين., en: The summit lasted more than two hours.}",
        'statement: {ar: "ﺑﻮﺗﻴﻦ ²", en: "' + "x" * 52 + '\\a"}',
    )
    .replace(
        "      - source: web",
        "      - source: web\n"
        '        quote: {text: "قال\u200f بوتين", lang: en, translations: {ar: "قال\u200f"}}',
    )
)
VARIANT = REGISTRY.replace(
    "    roles:\n", '    variants:\n      - {text: "بوتين\u200f", lang: ar}\n    roles:\n', 1
)


def test_marks_in_prose_unnamed_characters_counts_and_the_shown_text(run: Run) -> None:
    # A direction mark is allowed in an Arabic text, a quote, its translations and a variant.
    # A private-use character has no name; a character found twice says so; a shown text of
    # exactly 60 characters is not cut; only presentation forms are replaced in the hint.
    problems = run({"registry.yaml": VARIANT, "facts.yaml": PROSE})
    assert [(p.line, p.message, p.hint) for p in problems if p.code.startswith("text-")] == [
        (6, "U+E000 in 'مدة<U+200F> القمة <U+E000>'", "replace it with a standard character"),
        (
            6,
            "U+0007 control character (2 times) in 'Length<U+0007> of<U+0007> the summit'",
            "delete it, or replace it with a space",
        ),
        (
            7,
            "U+FE91 ARABIC LETTER BEH INITIAL FORM (5 times) in 'ﺑﻮﺗﻴﻦ ²'",
            "use the base Arabic letters: بوتين ²",
        ),
        (
            7,
            f"U+0007 control character in '{'x' * 52}<U+0007>'",
            "delete it, or replace it with a space",
        ),
    ]


@pytest.mark.parametrize(
    ("point", "code"),
    [
        (0xDFFF, "text-surrogate"),
        (0xFB4F, None),
        (0xFB50, "text-presentation-form"),
        (0xFDFF, "text-presentation-form"),
        (0xFE00, None),
        (0xFE70, "text-presentation-form"),
        (0xFEFE, "text-presentation-form"),
        (ord("X"), None),
    ],
)
def test_classify_at_the_edges_of_each_range(point: int, code: str | None) -> None:
    assert classify(chr(point), prose=True) == code
