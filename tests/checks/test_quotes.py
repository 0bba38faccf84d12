"""The quotes check and ``factsheet.seeds``: quotes found in stored texts, at exact places."""

from __future__ import annotations

from pathlib import Path

from factsheet.problems import Severity
from factsheet.project import load_project
from factsheet.seeds import closest_passage, locate, paragraphs

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
