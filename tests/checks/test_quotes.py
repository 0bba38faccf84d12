"""The quotes check and ``factsheet.seeds``: quotes found in stored texts, at exact places."""

from __future__ import annotations

from pathlib import Path

import pytest

from factsheet import seeds
from factsheet.problems import Severity
from factsheet.project import load_project
from factsheet.seeds import FoldedText, closest_passage, locate, paragraphs

from .helpers import SEED, Run, found, only

REPO = Path(__file__).resolve().parents[2]

FACTS = """
topic: summit
facts:
  - id: treaty
    label: {ar: معاهدة, en: Treaty}
    statement: {ar: نص, en: Text}
    value: {type: text}
    as_of: 2022-10-31
    claims:
      - source: seed
        quote:
          text: اكد قادةُ روسيا وأرمينيا وأذربيجان أهميةَ الاستعداد
          lang: ar
        locator: {paragraph: 2}
      - source: seed
        quote: {text: "روسيا من جانبها … تسوية نهائية وشاملة", lang: ar}
      - source: seed
        quote: {text: روسيا ستبذل كل جهدها لضمان التوصل, lang: ar}
      - source: seed
        quote: {text: روسيا من جانبها ستبذل, lang: ar}
        locator: {paragraph: 2}
      - source: seed
        quote: {text: روسيا من جانبها, lang: ar}
        locator: {paragraph: 7}
      - source: web
        quote: {text: قال بوتين, lang: ar, translations: {en: Putin said}}
"""


def test_quotes_against_the_stored_text(run: Run) -> None:
    problems = run({"facts.yaml": FACTS})
    assert found(problems, "quote-") == [
        ("quote-not-found", "facts/facts.yaml", 17, 23),
        ("quote-wrong-paragraph", "facts/facts.yaml", 20, 30),
        ("quote-wrong-paragraph", "facts/facts.yaml", 23, 30),
        ("quote-not-checked", "facts/facts.yaml", 25, 23),
        ("quote-lang-mismatch", "facts/facts.yaml", 25, 40),
    ]
    not_found = only(problems, "quote-not-found")
    assert not_found.hint is not None
    assert not_found.hint.startswith(
        "the closest passage (paragraph 3) reads: «روسيا من جانبها ستبذل قصارى جهدها لضمان التوصل»"
    )
    wrong = [p.message for p in problems if p.code == "quote-wrong-paragraph"]
    assert wrong == [
        "the quote is in paragraph 3, not paragraph 2",
        "the quote is in paragraph 3, not paragraph 7 (the stored text has 3 paragraphs)",
    ]
    assert only(problems, "quote-not-checked").severity is Severity.INFO
    assert only(problems, "quote-not-checked").message.startswith("quote not machine-checked")


def test_quote_status(run: Run, tmp_path: Path) -> None:
    run({"facts.yaml": FACTS})
    project, _ = load_project(tmp_path)
    claims = project.facts["treaty"].claims
    assert [project.quote_status(c) for c in claims] == [
        "verified",
        "verified",
        "not-found",
        "not-found",  # found, but not in the paragraph its locator names
        "not-found",
        "not-checked",
    ]


def test_paragraphs_and_locate() -> None:
    assert len(paragraphs(SEED)) == 3
    assert locate(SEED, "باكو ويريفان أكد قادة روسيا") == (1, 2)
    assert locate(SEED, "لا يوجد") is None
    assert closest_passage("", "نص") is None


def test_docstring_example_against_the_real_seed() -> None:
    seed = (REPO / "seeds" / "000_c700498ac00d7f2d.txt").read_text(encoding="utf-8")
    assert locate(seed, "روسيا من جانبها ستبذل قصارى جهدها") == (5,)


def test_folding_ignores_arabic_spelling_variants() -> None:
    # tatweel, ه for ة, bare alef for أ / إ, ى for ي, tashkeel, other punctuation and spacing
    variants = [
        "لإبرام معاهده سلام",
        "لابرام   معاهدة   سلامٍ",
        "روسـيا وأرمينيا",
        "الاستعداد، واتخاذ الإجراءات",
        "روسيا من جانبها [...] نهائية وشاملة",
        "التوصل الي تسويه",
    ]
    for quote in variants:
        assert locate(SEED, quote) is not None, quote
    # Parts around an elision must come in order.
    assert locate(SEED, "نهائية وشاملة … روسيا من جانبها") is None


WAR = "وأسفرت الحرب الأخيرة في 2020 عن مقتل حوالى 6500 شخص.\nوقال بوتين إن روسيا ستبذل جهدها.\n"


def test_a_quote_starts_and_ends_at_word_boundaries() -> None:
    # A part of a number or of a word is not the source's words.
    assert locate(WAR, "500 شخص") is None
    assert locate(WAR, "6500 شخص") == (1,)
    assert locate(WAR, "6,500 شخص") == (1,)
    assert locate(SEED, "ادة روسيا") is None  # «قادة روسيا» cut at the start
    assert locate(SEED, "قادة روس") is None  # ... and at the end
    assert locate(SEED, "قادة روسيا") == (2,)
    # Every part between elisions is held to the same rule.
    assert locate(SEED, "قادة روسيا … ستبذل") == (2, 3)
    assert locate(SEED, "قادة روسيا … تبذل") is None
    assert locate(SEED, "ادة روسيا … ستبذل") is None


def test_attached_letters_at_the_start_of_a_quote() -> None:
    # و or ف joined to the article may be left out: «الحرب» from «والحرب».
    text = "والحرب الأخيرة فالرئيس قال بالحرب للحرب وقال بوتين"
    assert locate(text, "الحرب الأخيرة") == (1,)
    assert locate(text, "الرئيس قال") == (1,)
    # Not the article itself, a preposition, or a و / ف that is not before the article.
    assert locate(text, "حرب الأخيرة") is None
    assert locate(text, "الحرب للحرب") is None  # «بالحرب» is "in the war"
    assert locate(text, "حرب وقال") is None  # «للحرب» is "for the war"
    assert locate(text, "قال بوتين") is None  # «وقال»: write the و
    assert locate(text, "وقال بوتين") == (1,)
    # The same rule where a quote is looked for in one paragraph.
    assert FoldedText.of(WAR).in_paragraph("500 شخص", 1) is False
    assert FoldedText.of(WAR).in_paragraph("قال بوتين", 2) is False
    assert FoldedText.of(WAR).in_paragraph("وقال بوتين", 2) is True
    assert FoldedText.of(WAR).in_paragraph("الحرب الأخيرة", 1) is True


def test_quote_cut_inside_a_word_is_not_found(run: Run) -> None:
    facts = FACTS.split("      - source: seed\n        quote:\n", 1)[0] + (
        "      - source: seed\n        quote: {text: ادة روسيا, lang: ar}\n"
    )
    problems = run({"facts.yaml": facts})
    assert found(problems, "quote-") == [("quote-not-found", "facts/facts.yaml", 10, 23)]


def test_where_a_quote_is_at_the_edges_of_paragraphs() -> None:
    assert locate(SEED, "روسيا وأرمينيا") == (1,)  # the very start of the text
    assert locate(SEED, "وأضاف روسيا من جانبها") == (3,)  # the start of a later paragraph
    assert locate(SEED, "روسيا وأرمينيا … قادة روسيا") == (1, 2)  # from the text's start
    # A quote that ends with a one-letter word opening the next paragraph spans both.
    assert locate("قال الرئيس\nو في الختام", "الرئيس و") == (1, 2)
    # A quote of nothing but an elision is not found anywhere.
    assert locate(SEED, "…") is None
    assert FoldedText.of(SEED).in_paragraph("قادة روسيا", 0) is False
    assert FoldedText.of(SEED).in_paragraph("قادة روسيا", 4) is False
    assert FoldedText.of(SEED).in_paragraph("قادة روسيا", 2) is True


def test_quote_status_without_a_quote_or_a_known_source(run: Run, tmp_path: Path) -> None:
    run({"facts.yaml": FACTS})
    project, _ = load_project(tmp_path)
    claim = project.facts["treaty"].claims[0]
    assert project.quote_status(claim) == "verified"
    assert project.quote_status(claim.model_copy(update={"quote": None})) == "not-checked"
    assert project.quote_status(claim.model_copy(update={"source": "nope"})) == "not-checked"


LONG_WORDS = [f"كلمة{n}" for n in range(3000)]


def test_the_closest_passage_in_a_long_text_is_the_one_an_exhaustive_search_finds(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # Past the comparison budget only the windows holding most of the quote's words are
    # compared; the passage they give is the one comparing every window gives.
    paras = [" ".join(LONG_WORDS[i : i + 300]) for i in range(0, 3000, 300)]
    paras[6] = paras[6].replace("كلمة1850", "أكد قادة روسيا وأرمينيا أهمية الاستعداد")
    text = "\n".join(paras)
    quote = "أكد قادة روسيا وأذربيجان أهمية الاستعداد"
    shortlisted = closest_passage(text, quote)
    assert shortlisted == (7, "أكد قادة روسيا وأرمينيا أهمية الاستعداد")
    monkeypatch.setattr(seeds, "COMPARE_BUDGET", 10**12)
    assert closest_passage(text, quote) == shortlisted


def test_the_closest_passage_allows_a_word_more_or_less() -> None:
    text = "مقدمة طويلة هنا\nقال: «روسيا من جانبها ستبذل قصارى جهدها» ثم انتهى.\nخاتمة"
    # A word left out of the quote, or one added: the passage is still found whole, and the
    # quotation marks and punctuation at its edges are not part of it.
    whole = (2, "روسيا من جانبها ستبذل قصارى جهدها")
    assert closest_passage(text, "روسيا ستبذل قصارى جهدها") == whole
    assert closest_passage(text, "روسيا من جانبها ستبذل كل قصارى جهدها") == whole
    assert closest_passage(text, "جهدها") == (2, "جهدها")
    # Two passages alike: the first is shown.
    assert closest_passage("أ ب ج\nأ ب ج", "أ ب د") == (1, "أ ب ج")


def long_text_with(passage: str, at_end: bool) -> str:
    """Ten paragraphs of 300 filler words, ``passage`` inside (or ending) paragraph 7."""
    paras = [" ".join(LONG_WORDS[i : i + 300]) for i in range(0, 3000, 300)]
    paras[6] = paras[6] + " " + passage if at_end else paras[6].replace("كلمة1850", passage)
    return "\n".join(paras)


@pytest.mark.parametrize("at_end", [False, True])
def test_past_the_budget_only_the_shortlist_is_compared(
    monkeypatch: pytest.MonkeyPatch, at_end: bool
) -> None:
    passage = "أكد قادة روسيا وأرمينيا أهمية الاستعداد"
    text = long_text_with(passage, at_end)
    quote = "أكد قادة روسيا وأذربيجان أهمية الاستعداد"
    compared: list[str] = []
    likeness = seeds._likeness
    monkeypatch.setattr(seeds, "_likeness", lambda w, t: compared.append(w) or likeness(w, t))
    assert closest_passage(text, quote) == (7, passage)
    limit = seeds.COMPARE_BUDGET // (2 * len(" ".join(seeds.segments(quote))) + 1)
    assert 0.9 * limit <= len(compared) <= limit  # every window would be 12,000
    # A small budget still finds it: the shortlist holds the windows with most of its words.
    monkeypatch.setattr(seeds, "COMPARE_BUDGET", 2_000)
    compared.clear()
    assert closest_passage(text, quote) == (7, passage)
    assert len(compared) <= 2_000 // 81


def test_the_closest_passage_of_a_long_quote() -> None:
    # Quotes of 200 characters and more are compared letter by letter too (difflib's
    # "popular letters" heuristic would ignore most Arabic letters of such a quote).
    sentence = "روسيا من جانبها ستبذل قصارى جهدها لضمان التوصل إلى تسوية نهائية وشاملة"
    text = "\n".join(["مقدمة عن القمة", f"{sentence} {sentence} {sentence}", "أكد الرؤساء"])
    quote = f"{sentence} {sentence} {sentence}".replace("نهائية", "نهائيه تماما", 1)
    assert len(quote) > 200
    assert closest_passage(text, quote) == (2, f"{sentence} {sentence} {sentence}")


def test_the_closest_passage_keeps_its_own_letters_and_ignores_elisions() -> None:
    assert closest_passage("we saw Malcolm X speak", "saw Malcom X") == (1, "saw Malcolm X")
    text = "روسيا من جانبها ستبذل قصارى جهدها"
    assert closest_passage(text, "روسيا … جهدها") == closest_passage(text, "روسيا جهدها")


def test_within_the_budget_every_window_is_compared(monkeypatch: pytest.MonkeyPatch) -> None:
    compared: list[str] = []
    likeness = seeds._likeness
    monkeypatch.setattr(seeds, "_likeness", lambda w, t: compared.append(w) or likeness(w, t))
    text = "\n".join(" ".join(LONG_WORDS[i : i + 10]) for i in (0, 10))
    assert closest_passage(text, "كلمة3 كلمة4 كلمه5") == (1, "كلمة3 كلمة4 كلمة5")
    # Windows of 2 to 5 words (the quote's 3, one less, two more) at every start.
    assert len(compared) == 2 * (9 + 8 + 7 + 6)


SPANNING = """
topic: summit
facts:
  - id: treaty
    label: {ar: معاهدة, en: Treaty}
    statement: {ar: نص, en: Text}
    value: {type: text}
    as_of: 2022-10-31
    claims:
      - source: seed
        quote: {text: "سلام بين باكو ويريفان. وأضاف", lang: ar}
        locator: {paragraph: 1}
"""


def test_each_quote_problem_says_what_is_wrong_and_how_to_fix_it(run: Run) -> None:
    paragraph = "set paragraph: 3 (paragraphs are the non-empty lines, the headline is 1)"
    problems = [p for p in run({"facts.yaml": FACTS}) if p.code.startswith("quote-")]
    assert [(p.message, p.hint) for p in problems] == [
        (
            "the quote is not in the stored copy of 'seed'",
            "the closest passage (paragraph 3) reads: «روسيا من جانبها ستبذل قصارى جهدها لضمان "
            "التوصل»; copy the words exactly as the source has them",
        ),
        ("the quote is in paragraph 3, not paragraph 2", paragraph),
        (
            "the quote is in paragraph 3, not paragraph 7 (the stored text has 3 paragraphs)",
            paragraph,
        ),
        (
            "quote not machine-checked: source 'web' has no stored copy",
            "store the source's text under seeds/ and set 'stored' so the quote can be checked",
        ),
        (
            "the quote is in 'ar' but source 'web' is in 'en'",
            "quote the source's own words in its language; put our translation under "
            "'translations'",
        ),
    ]


def test_a_quote_across_paragraphs_names_them_all(run: Run) -> None:
    problem = only(run({"facts.yaml": SPANNING}), "quote-wrong-paragraph")
    assert (problem.message, problem.hint) == (
        "the quote spans paragraphs 2, 3, not paragraph 1",
        "set paragraph: 2 (paragraphs are the non-empty lines, the headline is 1)",
    )


@pytest.mark.parametrize("stored", ["", "\n\n"])
def test_a_quote_from_an_empty_stored_text(run: Run, stored: str) -> None:
    problem = only(run({"facts.yaml": SPANNING}, {"article.txt": stored}), "quote-not-found")
    assert (problem.message, problem.hint) == (
        "the quote is not in the stored copy of 'seed'",
        "the stored text is empty",
    )


AT_THE_EDGES = """
topic: summit
facts:
  - id: treaty
    label: {ar: معاهدة, en: Treaty}
    statement: {ar: نص, en: Text}
    value: {type: text}
    as_of: 2022-10-31
    claims:
      - source: seed
        quote: {text: "أكد زعماء روسيا وأرمينيا وأذربيجان أهمية", lang: ar}
      - source: seed
        quote: {text: "أكد قادة روسيا وأرمينيا", lang: ar}
        locator: {paragraph: 3}
"""


def test_the_closest_passage_at_the_start_of_a_paragraph_and_the_last_paragraph(
    run: Run,
) -> None:
    problems = [p for p in run({"facts.yaml": AT_THE_EDGES}) if p.code.startswith("quote-")]
    assert [(p.message, p.hint) for p in problems] == [
        (
            "the quote is not in the stored copy of 'seed'",
            "the closest passage (paragraph 2) reads: «أكد قادة روسيا وأرمينيا وأذربيجان أهمية»; "
            "copy the words exactly as the source has them",
        ),
        # Paragraph 3 is the last one: it exists, so the count of paragraphs is not added.
        (
            "the quote is in paragraph 2, not paragraph 3",
            "set paragraph: 2 (paragraphs are the non-empty lines, the headline is 1)",
        ),
    ]


def test_each_quote_problem_has_its_severity(run: Run) -> None:
    problems = run({"facts.yaml": FACTS})
    assert [(p.code, p.severity) for p in problems if p.code.startswith("quote-")] == [
        ("quote-not-found", Severity.ERROR),
        ("quote-wrong-paragraph", Severity.ERROR),
        ("quote-wrong-paragraph", Severity.ERROR),
        ("quote-not-checked", Severity.INFO),
        ("quote-lang-mismatch", Severity.WARNING),
    ]
