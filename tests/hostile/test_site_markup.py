"""Guarantee 3 on the built site: every payload is shown literally, and nothing is live.

The hostile project (one topic, fact, source and entity per payload, in Arabic and English) is
built once with ``mkdocs build --strict``. For every payload and language the texts must come
out exactly as written (whitespace runs folded, nothing else) in the page body, ``<title>``,
``<meta name="description">``, the navigation, the search index, the JSON-LD and the exports;
and no page of the site may hold an event handler, a script URL, a script or element that the
payloads tried to add, or the contents of a file a snippet would have read.
"""

from __future__ import annotations

import csv
import html
import io
import json
import re
from functools import cache
from pathlib import Path
from typing import Any

import pytest

from .conftest import SECRET, HostileSite
from .htmlread import PageRead, html_to_text, norm, read_page, unescape_once
from .markup import PAYLOADS, PWN, WORDS, topic_id

LANGS = ("ar", "en")
PREFIX = {"ar": "", "en": "en/"}
URL_ATTRIBUTES = ("href", "src", "action", "formaction", "xlink:href", "poster", "srcdoc")
DANGEROUS_SCHEMES = ("javascript:", "vbscript:", "data:")
# Elements only a payload could have added: the theme and our templates use none of them.
PAYLOAD_ELEMENTS = frozenset(
    {"iframe", "object", "embed", "base", "math", "mglyph", "mtext", "details", "textarea",
     "img", "style"}
)  # fmt: skip


def expected(role: str, lang: str, name: str) -> str:
    return f"{WORDS[lang][role]} {PAYLOADS[name]}"


@cache
def _read(path: Path) -> PageRead:
    return read_page(path.read_text(encoding="utf-8"))


@cache
def _json(path: Path) -> Any:
    return json.loads(path.read_text(encoding="utf-8"))


def page(site: HostileSite, lang: str, rel: str) -> PageRead:
    return _read(site.site / PREFIX[lang] / rel / "index.html")


def test_build_is_clean(hostile_site: HostileSite) -> None:
    assert "WARNING" not in hostile_site.output and "Traceback" not in hostile_site.output
    for path in hostile_site.site.rglob("*"):
        if path.is_file() and path.suffix in (".html", ".json", ".csv", ".xml"):
            assert SECRET not in path.read_text(encoding="utf-8-sig"), path


# The build's own caches (factsheet.cache): named by digests, never by what a fact says.
CACHED = re.compile(r"\.cache(/factsheet(/pdf-v1(/(ar|en)-[0-9a-f]{32}\.pdf)?)?)?")


def test_build_writes_only_into_the_site_folder(hostile_site: HostileSite) -> None:
    """Guarantee 4 for the build: nothing outside ``site/`` and the build's PDF cache is
    written or changed."""
    changed = {
        path
        for path, stat in hostile_site.after.items()
        if hostile_site.before.get(path) != stat and not path.startswith("site/")
    }
    changed -= {"site", "project"}  # folders whose entries changed: site/, .cache/
    others = sorted(p for p in changed if not CACHED.fullmatch(p.removeprefix("project/")))
    assert others == [], others[:10]
    assert any(path.startswith("site/") for path in hostile_site.after)


PARAMS = [pytest.param(name, lang, id=f"{lang}/{name}") for name in PAYLOADS for lang in LANGS]


@pytest.mark.parametrize(("name", "lang"), PARAMS)
def test_payload_is_literal_in_the_page(hostile_site: HostileSite, name: str, lang: str) -> None:
    read = page(hostile_site, lang, topic_id(name))
    title, summary = norm(expected("title", lang, name)), norm(expected("summary", lang, name))
    assert read.title.startswith(f"{title} - "), read.title
    assert norm(read.meta["description"]) == summary
    body = read.body_text
    for role in ("title", "summary", "label", "statement", "publisher", "source"):
        assert norm(expected(role, lang, name)) in body, role
    # Escaped twice somewhere, the reader would see "&lt;". (Titles are left out: the
    # navigation holds every payload's title, and one payload is another one escaped.)
    twice = html.escape(norm(PAYLOADS[name]))
    if twice != norm(PAYLOADS[name]):
        for role in ("summary", "label", "statement", "publisher", "source"):
            assert f"{WORDS[lang][role]} {twice}" not in body + read.meta["description"]
    # The navigation, as another page (the home page) links to this one.
    home = page(hostile_site, lang, ".")
    nav = [text for href, text in home.links if href.rstrip("/").endswith(topic_id(name))]
    assert title in nav, nav


@pytest.mark.parametrize(("name", "lang"), PARAMS)
def test_payload_is_literal_in_search_and_jsonld(
    hostile_site: HostileSite, name: str, lang: str
) -> None:
    index = _json(hostile_site.site / PREFIX[lang] / "search" / "search_index.json")
    docs = [d for d in index["docs"] if d["location"].startswith(f"{topic_id(name)}/")]
    assert unescape_once(docs[0]["title"]) == norm(expected("title", lang, name))
    shown = " ".join(html_to_text(d["text"]) for d in docs)
    assert norm(expected("statement", lang, name)) in shown
    (article,) = page(hostile_site, lang, topic_id(name)).jsonld()[0]
    assert article["headline"] == expected("title", lang, name)
    assert article["description"] == expected("summary", lang, name)
    (work,) = article["citation"]
    assert work["name"] == expected("source", lang, name)
    assert work["publisher"]["name"] == expected("publisher", lang, name)


@pytest.mark.parametrize("name", list(PAYLOADS))
def test_payload_is_exact_in_the_exports(hostile_site: HostileSite, name: str) -> None:
    downloads = hostile_site.site / "downloads"
    data = _json(downloads / "facts.json")
    fact = next(f for f in data["facts"] if f["id"] == f"{topic_id(name)}-fact")
    topic = next(t for t in data["topics"] if t["id"] == topic_id(name))
    for lang in LANGS:
        assert fact["label"][lang] == expected("label", lang, name)
        assert fact["statement"][lang] == expected("statement", lang, name)
        assert topic["title"][lang] == expected("title", lang, name)
    rows = csv.DictReader(io.StringIO((downloads / "facts.csv").read_text(encoding="utf-8-sig")))
    row = next(r for r in rows if r["fact_id"] == f"{topic_id(name)}-fact")
    assert row["label_ar"] == expected("label", "ar", name)
    assert row["statement_en"] == expected("statement", "en", name)


@pytest.mark.parametrize("lang", LANGS)
def test_glossary_and_sources_show_payloads_literally(hostile_site: HostileSite, lang: str) -> None:
    glossary = page(hostile_site, lang, "glossary").body_text
    sources = page(hostile_site, lang, "sources").body_text
    for name in PAYLOADS:
        assert norm(expected("entity", lang, name)) in glossary, name
        assert norm(expected("source", lang, name)) in sources, name


def _live(read: PageRead) -> list[str]:
    found = []
    for tag, attr, value in read.attrs:
        folded = "".join(value.split()).lower()
        if attr.startswith("on"):
            found.append(f"<{tag} {attr}=...>")
        elif attr in URL_ATTRIBUTES and folded.startswith(DANGEROUS_SCHEMES):
            found.append(f"<{tag} {attr}={value[:40]!r}>")
        elif "__pwned" in attr:
            found.append(f"attribute name {attr!r} on <{tag}>")
    found += [f"<{tag}>" for tag in read.tags if tag in PAYLOAD_ELEMENTS]
    for amap, body in read.scripts:
        kind = amap.get("type") or ""
        if "__pwned" in body and kind not in ("application/ld+json", "application/json"):
            found.append(f"script: {body[:60]!r}")
    return found


def test_no_page_has_live_markup(hostile_site: HostileSite) -> None:
    pages = sorted(hostile_site.site.rglob("*.html"))
    assert len(pages) > 2 * len(PAYLOADS)
    problems = {str(p.relative_to(hostile_site.site)): _live(_read(p)) for p in pages}
    assert {k: v for k, v in problems.items() if v} == {}
    # The payload reached the pages as text, so the check above looked at the right thing.
    assert PWN in page(hostile_site, "en", topic_id("script-tag")).body_text


@pytest.mark.parametrize("lang", LANGS)
def test_footer_labels_name_the_neighbours_literally(hostile_site: HostileSite, lang: str) -> None:
    """The previous/next links' aria-label, read by screen readers: each names a page title
    exactly (one escaping too many would make it read "&lt;script&gt;")."""
    titles = {norm(expected("title", lang, name)) for name in PAYLOADS}
    labels = []
    for name in PAYLOADS:
        read = page(hostile_site, lang, topic_id(name))
        labels += [v for tag, a, v in read.attrs if tag == "a" and a == "aria-label" and ": " in v]
    assert len(labels) >= len(PAYLOADS)
    named = [norm(label.split(": ", 1)[1]) for label in labels]
    others = [n for n in named if n not in titles]
    # Labels that are not a payload title name the theme's own pages (home, timeline, ...).
    assert all(WORDS[lang]["title"] not in n for n in others), others
