"""``factsheet coverage``: sentence splitting, which facts cover which sentence, the reports."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from conftest import write_project
from factsheet.cli.commands import main
from factsheet.cli.coverage import coverage, is_complete, split_sentences, split_text
from factsheet.project import load_project

# A small stored article: headline, a blank line, then two paragraphs of several sentences.
ARTICLE = (
    "القمة تنتهي في سوتشي\n"
    "\n"
    'عُقدت القمة أمس. وقال بوتين: "استمرت أكثر من ساعتين". هل اتفقوا؟ لا!\n'
    "بلغت النسبة 2.5 في المئة. وانتهت الجلسة\n"
)
SOURCES = """
sources:
  - id: article
    kind: news-article
    publisher: {ar: ناشر, en: Publisher}
    title: {ar: القمة تنتهي في سوتشي, en: The summit ends in Sochi}
    language: ar
    stored: seeds/article.txt
  - id: other
    kind: news-article
    publisher: {ar: ناشر, en: Publisher}
    title: {ar: عنوان, en: Title}
    language: ar
"""


def fact(ident: str, source: str, quote: str | None = None, paragraph: int | None = None) -> str:
    claim = f"      - source: {source}\n"
    if quote is not None:
        claim += f"        quote: {{text: '{quote}', lang: ar}}\n"
    if paragraph is not None:
        claim += f"        locator: {{paragraph: {paragraph}}}\n"
    return (
        f"  - id: {ident}\n"
        "    label: {ar: تسمية, en: Label}\n"
        "    statement: {ar: نص., en: Text.}\n"
        "    value: {type: text}\n"
        "    as_of: 2022-10-31\n"
        "    claims:\n" + claim
    )


def project_with(tmp_path: Path, *facts: str) -> Path:
    files = {
        "facts/sources.yaml": SOURCES,
        "facts/summit.yaml": "topic: summit\nfacts:\n" + "".join(facts),
        "seeds/article.txt": ARTICLE,
    }
    return write_project(tmp_path, files)


def test_split_sentences_on_terminal_punctuation_only() -> None:
    paragraph = 'عُقدت القمة أمس. وقال بوتين: "استمرت أكثر من ساعتين". هل اتفقوا؟ لا!'
    assert list(split_sentences(paragraph)) == [
        (0, "عُقدت القمة أمس."),
        (17, 'وقال بوتين: "استمرت أكثر من ساعتين".'),
        (54, "هل اتفقوا؟"),
        (65, "لا!"),
    ]
    assert [s for _, s in split_sentences("It is 2.5 km. See example.com now")] == [
        "It is 2.5 km.",
        "See example.com now",
    ]


def test_paragraphs_are_non_empty_lines_and_positions_are_in_the_file() -> None:
    sentences = split_text(ARTICLE)
    assert [(s.paragraph, s.number, s.line, s.col) for s in sentences] == [
        (1, 1, 1, 1),
        (2, 1, 3, 1),
        (2, 2, 3, 18),
        (2, 3, 3, 55),
        (2, 4, 3, 66),
        (3, 1, 4, 1),
        (3, 2, 4, 27),
    ]
    assert sentences[-1].text == "وانتهت الجلسة"


def test_quotes_and_paragraph_locators_cover_sentences(tmp_path: Path) -> None:
    root = project_with(
        tmp_path,
        # Written without the damma and with a bare alef: fold() still finds it.
        fact("held", "article", quote="عقدت القمة امس"),
        # A quote across two sentences covers both.
        fact("duration", "article", quote="ساعتين. هل اتفقوا"),
        fact("third", "article", paragraph=3),
        # Claims on another source never cover this one.
        fact("elsewhere", "other", quote="لا", paragraph=1),
    )
    project, problems = load_project(root)
    assert problems == []
    (item,) = coverage(project)
    assert (item.source, item.stored, item.error) == ("article", "seeds/article.txt", None)
    assert [s.facts for s in item.sentences] == [
        (),
        ("held",),
        ("duration",),
        ("duration",),
        (),
        ("third",),
        ("third",),
    ]
    assert item.covered == 5
    assert not is_complete([item])


def test_unreadable_stored_text_is_an_error(tmp_path: Path) -> None:
    root = project_with(tmp_path)
    (root / "seeds/article.txt").unlink()
    (item,) = coverage(load_project(root)[0])
    assert item.error == "cannot read seeds/article.txt (it must be a UTF-8 file under seeds/)"
    assert not is_complete([item])


def run(argv: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[object, str, str]:
    with pytest.raises(SystemExit) as exited:
        main(argv)
    out, err = capsys.readouterr()
    return exited.value.code, out, err


def test_cli_text_lists_every_sentence_and_exits_1_when_one_is_uncovered(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    root = project_with(tmp_path, fact("all-but-headline", "article", paragraph=2))
    code, out, err = run(["coverage", "--root", str(root)], capsys)
    assert (code, err) == (1, "")
    lines = out.splitlines()
    assert lines[:5] == [
        "source article: seeds/article.txt",
        "  seeds/article.txt:1:1 [1.1] NOT COVERED",
        "      القمة تنتهي في سوتشي",
        "  seeds/article.txt:3:1 [2.1] covered by all-but-headline",
        "      عُقدت القمة أمس.",
    ]
    assert lines[-2:] == [
        "  4 of 7 sentences covered (57%)",
        "coverage: 4 of 7 sentences covered (57%) in 1 stored source",
    ]


def test_cli_exits_0_when_every_sentence_is_covered(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    facts = [fact(f"p{n}", "article", paragraph=n) for n in (1, 2, 3)]
    root = project_with(tmp_path, *facts)
    code, out, _ = run(["coverage", "--root", str(root)], capsys)
    assert code == 0
    assert out.splitlines()[-1] == "coverage: 7 of 7 sentences covered (100%) in 1 stored source"


def test_cli_json_report(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    root = project_with(tmp_path, fact("third", "article", paragraph=3))
    code, out, _ = run(["coverage", "--root", str(root), "--format", "json"], capsys)
    assert code == 1
    doc = json.loads(out)
    assert (doc["version"], doc["tool"], doc["report"]) == (1, "factsheet", "coverage")
    assert doc["summary"] == {
        "ok": False,
        "sources": 1,
        "sentences": 7,
        "covered": 2,
        "share": round(2 / 7, 4),
    }
    (source,) = doc["sources"]
    assert source["sentences"][5] == {
        "paragraph": 3,
        "sentence": 1,
        "line": 4,
        "col": 1,
        "text": "بلغت النسبة 2.5 في المئة.",
        "facts": ["third"],
    }


def test_cli_warns_when_files_with_errors_are_left_out(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    root = project_with(tmp_path, fact("p1", "article", paragraph=1).replace("label", "lable"))
    code, _, err = run(["coverage", "--root", str(root)], capsys)
    assert code == 1
    assert err.startswith("factsheet: warning: 1 file with errors left out (their facts are not")


def test_a_quote_matches_whole_words_only(tmp_path: Path) -> None:
    # "قم" is inside "القمة" but is not a word of the text: it covers nothing.
    root = project_with(tmp_path, fact("part-word", "article", quote="قم"))
    (item,) = coverage(load_project(root)[0])
    assert item.covered == 0
