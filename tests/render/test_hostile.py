"""A project with hostile text in every field, in both languages, renders nothing live.

The project is loaded without the checks (a hostile URL or an unknown id would be rejected by
validation, but the renderer must be safe on its own: defence in depth). Every page is
converted with the site's Markdown extensions and the HTML is inspected.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

import pytest
import yaml

from factsheet.exports import build_exports
from factsheet.project import Project, load_project
from factsheet.render import LANGS, front_matter, render_pages, write_tree

from .mdcheck import inspect, live_problems, to_html

TODAY = date(2026, 11, 28)
PAYLOAD = "<script>alert(1)</script> [x](javascript:alert(1)) {: onclick=x} {{ config }}"
ARABIC_PAYLOAD = 'قره باغ <img src=x onerror=alert(1)> {% raw %} --8<-- "secret.txt" | a |'


def hostile(tag: str) -> dict[str, str]:
    return {"ar": f"{tag} {ARABIC_PAYLOAD} {PAYLOAD}", "en": f"{tag} {PAYLOAD}\n# {ARABIC_PAYLOAD}"}


def hostile_project() -> dict[str, Any]:
    quote = {"text": f"quote {PAYLOAD}", "lang": "ar", "translations": {"en": PAYLOAD}}
    claim = {
        "source": "src",
        "figure": "fact",
        "stated": hostile("stated"),
        "quote": quote,
        "locator": {"paragraph": "2", "section": hostile("locator")},
        "speaker": "person",
    }
    other = {"source": "src", "value": {"type": "quantity", "unit": "person", "best": "5000"}}
    fact = {
        "id": "fact-one",
        "section": "casualties",
        "subject": "person",
        "key": "true",
        "label": hostile("label"),
        "statement": hostile("statement"),
        "value": {"type": "quantity", "unit": "person", "best": "6500", "approximate": "true"},
        "as_of": "2022-10-31",
        "period": {"start": "2020-09-27", "end": "2020-11-10"},
        "method": hostile("method"),
        "rank_reason": hostile("reason"),
        "related": ["fact-two"],
        "claims": [claim, other],
    }
    fact_two = {
        "id": "fact-two",
        "label": hostile("label2"),
        "statement": hostile("statement2"),
        "value": {"type": "entity", "entity": "person"},
        "as_of": "2022-10",
        "claims": [{"source": "src"}],
    }
    return {
        "site": {"name": hostile("site"), "description": hostile("site-description")},
        "topics": [
            {
                "id": "war",
                "order": "1",
                "title": hostile("topic"),
                "summary": hostile("summary"),
                "sections": [{"id": "casualties", "title": hostile("section"), "chart": "figures"}],
            }
        ],
        "entities": [
            {
                "id": "person",
                "kind": "person",
                "label": hostile("entity"),
                "description": hostile("description"),
                "variants": [
                    {"text": PAYLOAD, "lang": "en", "sources": ["src"], "note": hostile("note")}
                ],
                "roles": [{"title": hostile("role"), "as_of": "2022-10-31", "sources": ["src"]}],
            }
        ],
        "sources": [
            {
                "id": "src",
                "kind": "news-article",
                "publisher": hostile("publisher"),
                "title": hostile("title"),
                "language": "ar",
                "url": "javascript:alert(1)//https://x",
                "published": "2022-11-01",
                "note": hostile("source-note"),
            }
        ],
        "topic": "war",
        "facts": [fact, fact_two],
    }


@pytest.fixture(scope="module")
def project(tmp_path_factory: pytest.TempPathFactory) -> Project:
    root = tmp_path_factory.mktemp("hostile")
    (root / "facts").mkdir()
    text = yaml.safe_dump(hostile_project(), allow_unicode=True, sort_keys=False)
    (root / "facts" / "all.yaml").write_text(text, encoding="utf-8")
    (root / "secret.txt").write_text("SECRET", encoding="utf-8")
    loaded, problems = load_project(root)
    assert problems == [], problems
    assert set(loaded.facts) == {"fact-one", "fact-two"}
    return loaded


def urls(data: Any) -> list[str]:
    """Every value of a ``url``-like key in JSON-LD."""
    if isinstance(data, list):
        return [u for item in data for u in urls(item)]
    if isinstance(data, dict):
        found = [v for k, v in data.items() if k.lower().endswith("url") and isinstance(v, str)]
        return found + [u for v in data.values() for u in urls(v)]
    return []


@pytest.mark.parametrize("lang", LANGS)
def test_every_page_renders_nothing_live(project: Project, lang: str) -> None:
    pages = render_pages(project, lang, TODAY, edit_url_base="https://example.org/edit/")
    for page in pages:
        html = to_html(page.markdown, project.root)
        assert live_problems(html) == [], page.path
        assert "SECRET" not in html, page.path
        assert all(u.startswith(("https://", "http://", "downloads/")) for u in urls(page.jsonld))
        # The words may appear as text (escaped); never as a tag.
        assert "<script" not in html and "<img" not in html, page.path


@pytest.mark.parametrize("lang", LANGS)
def test_hostile_text_is_shown_as_text(project: Project, lang: str) -> None:
    pages = {p.path: p for p in render_pages(project, lang, TODAY)}
    text = "".join(inspect(to_html(pages["war.md"].markdown)).text)
    assert "<script>alert(1)</script>" in text
    assert "[x](javascript:alert(1))" in text
    assert "{: onclick=x}" in text
    assert "{{ config }}" in text


def test_quote_from_unstored_source_is_not_checked(project: Project) -> None:
    war = {p.path: p for p in render_pages(project, "en", TODAY)}["war.md"].markdown
    assert "*not checked&#58; no stored copy*" in war
    assert "found in the stored copy" not in war
    # The sources page counts its quotes and says there is no copy to check them against.
    no_copy = {"en": "no stored copy to check against", "ar": "ولا نسخة محفوظة للمقارنة"}
    for lang, words in no_copy.items():
        sources = {p.path: p for p in render_pages(project, lang, TODAY)}["sources.md"].markdown
        assert words in sources, lang


def test_hostile_url_is_not_linked(project: Project) -> None:
    pages = {p.path: p for p in render_pages(project, "en", TODAY)}
    found = inspect(to_html(pages["sources.md"].markdown))
    hrefs = [value for tag, name, value in found.attrs if name == "href"]
    assert hrefs and all(not h.lower().startswith("javascript") for h in hrefs)
    assert "**Link**: not recorded" in pages["sources.md"].markdown


def test_front_matter_stays_yaml_with_hostile_titles(project: Project, tmp_path: Path) -> None:
    for path in write_tree(project, tmp_path, TODAY):
        if path.suffix != ".md":
            continue
        text = path.read_text(encoding="utf-8")
        head = text.split("---\n")[1]
        meta = yaml.safe_load(head)
        assert set(meta) == {"title", "description"}
    page = render_pages(project, "en", TODAY)[1]
    assert yaml.safe_load(front_matter(page).split("---\n")[1])["title"] == page.title


def test_exports_guard_formula_cells(tmp_path: Path) -> None:
    data = hostile_project()
    data["facts"][0]["label"]["en"] = '=HYPERLINK("http://evil")'
    data["facts"][0]["statement"]["en"] = "+1"
    data["facts"][0]["statement"]["ar"] = "@SUM(A1)"
    root = tmp_path / "p"
    (root / "facts").mkdir(parents=True)
    text = yaml.safe_dump(data, allow_unicode=True, sort_keys=False)
    (root / "facts" / "all.yaml").write_text(text, encoding="utf-8")
    loaded, _ = load_project(root)
    csv_text = build_exports(loaded, TODAY)["facts.csv"].decode("utf-8-sig")
    assert "'=HYPERLINK" in csv_text and "'+1" in csv_text and "'@SUM(A1)" in csv_text
    assert ",=" not in csv_text and ",+" not in csv_text and ",@" not in csv_text
