"""The bilingual check: both languages present, each in its own script, at exact places."""

from __future__ import annotations

from factsheet.checks import bilingual

from .helpers import FACT, REGISTRY, Run, found, only

FACTS = """
topic: summit
facts:
  - id: length
    label: {ar: Length, en: ""}
    statement:
      ar: "   "
      en: استمرت القمة أكثر من ساعتين. It lasted long.
    method: {ar: تقدير, en: 'An estimate; the headline read "روسيا وأرمينيا وأذربيجان تؤكد".'}
    value: {type: text}
    as_of: 2022-10-31
    claims:
      - source: web
        quote:
          text: The summit lasted
          lang: ar
          translations: {en: القمة استمرت}
"""


def test_every_text_in_both_languages(run: Run) -> None:
    problems = run({"facts.yaml": FACTS})
    assert found(problems, "bilingual-") == [
        ("bilingual-no-arabic", "facts/facts.yaml", 4, 17),
        ("bilingual-empty", "facts/facts.yaml", 4, 29),
        ("bilingual-empty", "facts/facts.yaml", 6, 11),
        ("bilingual-arabic-in-english", "facts/facts.yaml", 7, 11),
        ("bilingual-no-arabic", "facts/facts.yaml", 14, 17),
        ("bilingual-arabic-in-english", "facts/facts.yaml", 16, 30),
    ]
    problem = next(p for p in problems if p.code == "bilingual-arabic-in-english")
    assert "استمرت القمة أكثر من ساعتين" in problem.message
    assert problem.hint is not None and "translate" in problem.hint


def test_registry_texts_are_walked_too(run: Run) -> None:
    registry = REGISTRY.replace("en: President of Russia", "en: ' '").replace(
        "ar: ناشر آخر", "ar: Other"
    )
    problems = run({"registry.yaml": registry})
    assert found(problems, "bilingual-") == [
        ("bilingual-empty", "facts/registry.yaml", 17, 37),
        ("bilingual-no-arabic", "facts/registry.yaml", 32, 21),
    ]
    assert only(problems, "bilingual-empty").path == "entities[1].roles[0].title.en"


def test_variant_text_follows_its_language_tag(run: Run) -> None:
    registry = REGISTRY.replace(
        "    roles:\n",
        "    variants:\n      - {text: Putin, lang: ar}\n      - {text: بوتين, lang: en}\n"
        "    roles:\n",
        1,
    )
    problems = run({"registry.yaml": registry})
    assert found(problems, "bilingual-") == [
        ("bilingual-no-arabic", "facts/registry.yaml", 17, 16),
        ("bilingual-arabic-in-english", "facts/registry.yaml", 18, 16),
    ]


def test_codes_are_documented() -> None:
    assert set(bilingual.CODES) == {
        "bilingual-empty",
        "bilingual-no-arabic",
        "bilingual-arabic-in-english",
    }


def test_each_bilingual_problem_says_what_is_wrong_and_how_to_fix_it(run: Run) -> None:
    name = "write the Arabic text here (a name keeps its Arabic spelling, e.g. بوتين)"
    translate = "translate it into English; put an Arabic name or title you cite in quotes"
    problems = [p for p in run({"facts.yaml": FACTS}) if p.code.startswith("bilingual-")]
    assert [(p.message, p.hint) for p in problems] == [
        ("the Arabic text 'Length' has no Arabic letter", name),
        (
            "the English text is empty",
            "write the English text; every text is shown in both languages",
        ),
        (
            "the Arabic text is empty",
            "write the Arabic text; every text is shown in both languages",
        ),
        ("the English text has an Arabic sentence: 'استمرت القمة أكثر من ساعتين'", translate),
        ("the Arabic text 'The summit lasted' has no Arabic letter", name),
        ("the English text has an Arabic sentence: 'القمة استمرت'", translate),
    ]


EDGES = """
topic: summit
facts:
  - id: length
    label: {ar: LONG, en: Length}
    statement: {ar: نص, en: 'Summit قمتين. Sochi سوتشي. قال بوتين "روسيا" اليوم.'}
    value: {type: text}
    as_of: 2022-10-31
    claims:
      - source: web
  - id: other
    label: {ar: LONGER, en: Other}
    statement: {ar: نص, en: Text}
    value: {type: text}
    as_of: 2022-10-31
    claims:
      - source: web
""".replace("LONGER", "b  " + "c" * 60).replace("LONG", "a" * 60)


def test_an_arabic_sentence_is_one_mostly_of_arabic_letters_and_texts_are_shortened(
    run: Run,
) -> None:
    # 'Summit قمتين' has 5 Arabic letters of 11 and 'Sochi سوتشي' 5 of 10: not mostly Arabic.
    # The quoted Arabic is left out of the sentence shown. A text of 60 characters is shown
    # whole, a longer one cut to 59 and '…', its spaces made single.
    problems = [p for p in run({"facts.yaml": EDGES}) if p.code.startswith("bilingual-")]
    assert [p.message for p in problems] == [
        f"the Arabic text '{'a' * 60}' has no Arabic letter",
        "the English text has an Arabic sentence: 'قال بوتين اليوم'",
        f"the Arabic text 'b {'c' * 57}…' has no Arabic letter",
    ]


def test_an_empty_quote_in_another_language_names_its_language(run: Run) -> None:
    fact = FACT.replace(
        "      - source: web", '      - source: web\n        quote: {text: " ", lang: ru}'
    )
    problem = only(run({"facts.yaml": fact}), "bilingual-empty")
    assert (problem.line, problem.message) == (12, "the ru text is empty")
