"""What each page must contain, and that every internal link lands on a real anchor."""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from pathlib import Path

import pytest

from factsheet.pipeline import example_report, example_yaml
from factsheet.project import Project, load_project
from factsheet.render import LANGS, Page, render_pages, write_tree
from factsheet.render.facts import agreement, meta_line
from factsheet.render.home import latest_source_date
from factsheet.render.page import RenderContext, facts_in_page_order
from factsheet.render.timeline import entries

from .conftest import TODAY

PATHS = [
    "index.md",
    "summit.md",
    "war.md",
    "timeline.md",
    "sources.md",
    "glossary.md",
    "methodology.md",
    "changes.md",
    "downloads.md",
]
_ANCHOR = re.compile(r"\{#([a-z0-9-]+)\}")
_LINK = re.compile(r"\]\(((?:[a-z0-9-]+\.md)?)(?:#([a-z0-9-]+))?\)")


def pages(project: Project, lang: str) -> dict[str, Page]:
    return {p.path: p for p in render_pages(project, lang, TODAY)}


@pytest.mark.parametrize("lang", LANGS)
def test_pages_in_nav_order_with_same_paths(fixture_project: Project, lang: str) -> None:
    rendered = render_pages(fixture_project, lang, TODAY)
    assert [p.path for p in rendered] == PATHS
    assert all(p.title and p.description and p.markdown.endswith("\n") for p in rendered)


def test_unknown_language_is_refused(fixture_project: Project) -> None:
    with pytest.raises(ValueError, match="unknown language"):
        render_pages(fixture_project, "fr", TODAY)


def broken_links(by_path: dict[str, Page]) -> list[str]:
    anchors = {path: set(_ANCHOR.findall(page.markdown)) for path, page in by_path.items()}
    broken = []
    for path, page in by_path.items():
        for target, anchor in _LINK.findall(page.markdown):
            target = target or path
            if target not in anchors or (anchor and anchor not in anchors[target]):
                broken.append(f"{path} -> {target}#{anchor}")
    return broken


@pytest.mark.parametrize("lang", LANGS)
def test_every_internal_link_lands_on_an_anchor(fixture_project: Project, lang: str) -> None:
    by_path = pages(fixture_project, lang)
    assert broken_links(by_path) == []
    links = sum(len(_LINK.findall(p.markdown)) for p in by_path.values())
    assert links > 20  # the check above ran on real links, not on none


@pytest.mark.parametrize("lang", LANGS)
def test_every_fact_has_its_permanent_anchor(fixture_project: Project, lang: str) -> None:
    by_path = pages(fixture_project, lang)
    for fact in fixture_project.facts.values():
        assert f"{{#{fact.id}}}" in by_path[f"{fact.topic}.md"].markdown


def test_agreement_markers(fixture_project: Project) -> None:
    facts = fixture_project.facts
    assert agreement(facts["deaths-total"]) == "disputed"
    assert agreement(facts["summit-date"]) == "per_source"
    en = pages(fixture_project, "en")["war.md"].markdown
    assert "**Sources differ**" in en and "nearly 5,000 people" in en and "Single source" in en


def test_quote_status_and_translation_are_shown(fixture_project: Project) -> None:
    en = pages(fixture_project, "en")["summit.md"].markdown
    assert "Original in Arabic — *found in the stored copy*" in en
    assert "Translation: This came in a statement issued yesterday, Monday" in en
    # The quote is shown in its own language and direction, in a block of its own.
    assert "> «جاء ذلك في بيان صدر، أمس الاثنين" in en
    assert '> {: lang="ar" dir="rtl" }' in en


def test_source_entry_without_stored_copy(fixture_project: Project) -> None:
    en = pages(fixture_project, "en")["sources.md"].markdown
    s47 = en.split("{#s47}")[1].split("\n## ")[0]
    assert "**Stored copy**: no" in s47
    assert "**Retrieved**: not recorded" in s47
    assert "[https&#58;&#47;&#47;www\\.rferl\\.org" in s47
    assert "(https://www.rferl.org/a/armenian-deaths-karabakh-war/31425644.html)" in s47


def test_timeline_is_sorted_and_covers_every_date(fixture_project: Project) -> None:
    found = entries(fixture_project)
    assert [e.date for e in found] == sorted(e.date for e in found)
    dated = {(e.fact.id, e.date) for e in found}
    for fact in fixture_project.facts.values():
        assert (fact.id, fact.as_of) in dated
        if fact.period:
            assert (fact.id, fact.period.start) in dated


def test_home_names_the_latest_source_date(fixture_project: Project) -> None:
    assert latest_source_date(fixture_project) == "2022-11-01"
    home = pages(fixture_project, "en")["index.md"].markdown
    assert "The latest source date is 1 November 2022" in home
    assert "[Deaths in the 2020 war](war.md#deaths-total)" in home


def test_methodology_embeds_the_real_validator_output(fixture_project: Project) -> None:
    example = example_yaml(fixture_project)
    assert example is not None
    file, text = example
    first_fact = next(iter(fixture_project.facts.values()))
    assert f"id: {first_fact.id}" in text
    report = example_report(file, text, TODAY)
    first = report.splitlines()[0]
    assert re.match(rf"{file}:\d+:\d+: error \[[a-z-]+\] ", first), report
    assert "as_of" in first and len(report.splitlines()) == 2 + 1, report
    for lang in LANGS:
        assert first in pages(fixture_project, lang)["methodology.md"].markdown


def test_glossary_has_both_names_and_spellings(fixture_project: Project) -> None:
    ar = pages(fixture_project, "ar")["glossary.md"].markdown
    assert "## قره باغ {#karabakh}" in ar and '<span lang="en" dir="ltr">Karabakh</span>' in ar
    assert "صيغة المقال" in ar


def test_search_extra(fixture_project: Project) -> None:
    ar = pages(fixture_project, "ar")["war.md"].search_extra.split()
    assert "باغ" in ar and "حرب" in ar and "ضحايا" in ar  # الضحايا without its article
    en = pages(fixture_project, "en")["war.md"].search_extra.split()
    assert "6500" in en


def test_jsonld(fixture_project: Project) -> None:
    by_path = pages(fixture_project, "en")
    (dataset,) = by_path["downloads.md"].jsonld
    assert dataset["@type"] == "Dataset"
    names = [d["contentUrl"] for d in dataset["distribution"]]
    assert names == [
        "downloads/facts.json",
        "downloads/facts.csv",
        "downloads/factsheet.schema.json",
    ]
    (article,) = by_path["war.md"].jsonld
    assert article["@type"] == "Article" and article["inLanguage"] == "en"
    assert json.dumps(article)  # serialisable


def test_write_tree_writes_both_languages(fixture_project: Project, tmp_path: Path) -> None:
    written = write_tree(fixture_project, tmp_path, TODAY)
    downloads = [
        "downloads/facts.json",
        "downloads/facts.csv",
        "downloads/factsheet.schema.json",
    ]
    assert sorted(str(p.relative_to(tmp_path)) for p in written) == sorted(
        f"{lang}/{path}" for lang in LANGS for path in [*PATHS, *downloads, "changes.xml"]
    )
    assert (tmp_path / "ar" / "war.md").read_text(encoding="utf-8").startswith("---\ntitle: ")


def test_edit_link_only_when_configured(fixture_project: Project) -> None:
    plain = pages(fixture_project, "en")["war.md"].markdown
    assert "Edit this fact" not in plain
    linked = render_pages(fixture_project, "en", TODAY, edit_url_base="https://h.example/e/")
    assert "[Edit this fact](https://h.example/e/facts/war.yaml#L3)" in linked[2].markdown


@pytest.mark.parametrize("lang", LANGS)
def test_real_project_renders_with_sound_links(lang: str) -> None:
    from factsheet.pipeline import validate

    root = Path(__file__).resolve().parents[2]
    project, _ = validate(root, today=TODAY)
    by_path = {p.path: p for p in render_pages(project, lang, TODAY)}
    assert broken_links(by_path) == []
    for fact in project.facts.values():
        assert f"{{#{fact.id}}}" in by_path[f"{fact.topic}.md"].markdown


def test_facts_in_page_order_follows_topics_not_files(make_project: Callable[..., Path]) -> None:
    fact = """
      - id: {id}
        label: {{ar: ت, en: t}}
        statement: {{ar: ت, en: t}}
        value: {{type: text}}
        as_of: 2022-10-31
        claims: [{{source: src}}]
    """
    registry = """
        topics:
          - {id: first, order: 1, title: {ar: أ, en: A}, summary: {ar: أ, en: A}}
          - {id: second, order: 2, title: {ar: ب, en: B}, summary: {ar: ب, en: B}}
        sources:
          - {id: src, kind: news-article, publisher: {ar: ن, en: P}, title: {ar: ع, en: T},
             language: ar}
    """
    root = make_project(
        {
            "facts/a.yaml": "topic: second\nfacts:" + fact.format(id="in-second"),
            "facts/b.yaml": "topic: first\nfacts:" + fact.format(id="in-first"),
            "facts/r.yaml": registry,
        }
    )
    project, problems = load_project(root)
    assert problems == []
    assert list(project.facts) == ["in-second", "in-first"]  # file order
    assert [f.id for f in facts_in_page_order(project)] == ["in-first", "in-second"]


def test_open_period_reads_since(fixture_project: Project) -> None:
    fact = fixture_project.facts["deaths-total"]
    assert fact.period is not None
    open_ended = fact.model_copy(update={"period": fact.period.model_copy(update={"end": None})})
    for lang, expected in (
        ("en", "**Period**: since 27 September 2020"),
        ("ar", "منذ 27 سبتمبر 2020"),
    ):
        ctx = RenderContext(fixture_project, lang, TODAY)
        assert expected in meta_line(ctx, open_ended)


@pytest.mark.parametrize(
    ("lang", "words"),
    [("en", "publisher not named in the stored copy"), ("ar", "لم يُذكر الناشر في النسخة المحفوظة")],
)
def test_missing_publisher_is_said_plainly(fixture_project: Project, lang: str, words: str) -> None:
    """A source with no publisher is cited by its linked title and a note in brackets, never
    by a made-up name; the sources page says the same, in italics, not as a name."""
    by_path = pages(fixture_project, lang)
    summit = by_path["summit.md"].markdown
    assert f"](sources.md#seed-article)* \\({words}\\)" in summit
    entry = by_path["sources.md"].markdown.split("{#seed-article}")[1].split("\n## ")[0]
    label, missing = {
        "en": ("Publisher", "not named in the stored copy"),
        "ar": ("الناشر", "لم يُذكر في النسخة المحفوظة"),
    }[lang]
    assert f"**{label}**: *{missing}*" in entry
    assert "Unknown" not in summit and "غير معروف" not in summit
