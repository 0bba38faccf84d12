"""Escaping: any text, however hostile, renders as exactly that text and nothing live."""

from __future__ import annotations

import re
from pathlib import Path

import markdown
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from factsheet.render.markup import (
    heading,
    html_text,
    isolate,
    md_inline,
    md_text,
    print_address,
    safe_url,
    table,
)

from .mdcheck import inspect, live_problems, to_html

HOSTILE = [
    "<script>alert(1)</script>",
    "[x](javascript:alert(1))",
    "![img](javascript:alert(1))",
    "<img src=x onerror=alert(1)>",
    "{: onclick=x}",
    "text {: onclick=alert(1) }",
    "# not a heading {#evil}",
    '--8<-- "secret.txt"',
    "--8<-- secret.txt",
    "{{ config }}",
    "{% raw %}{{ x }}{% endraw %}",
    "<https://evil.example>",
    "https://evil.example/x",
    "javascript:alert(1)",
    "&lt;script&gt;",
    "&#60;script&#62;",
    "| a | b |\n|---|---|",
    "line one\n=========",
    "    indented code",
    "!!! danger\n    boom",
    "??? note\n    hidden",
    "1. not a list",
    "- not a list",
    "> not a quote",
    "*em* **strong** _u_ ~~del~~ ^^ins^^ ==mark== `code`",
    ":smile: :fontawesome-brands-github:",
    "[^1] footnote [^1]: here",
    "(c) (tm) --> <-- +/-",
    "a\\b\\\\c \\*",
    '<div markdown="1">*x*</div>',
    "$x$ $$y$$ @mention #123",
    "<!-- comment -->",
    "<![CDATA[x]]>",
    "قره باغ <script>alert('١')</script> {: onclick=x}",
    'وقال "بوتين": [رابط](javascript:alert(1)) — 6,500',
]


CONTROL = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f-\x84\x86-\x9f]")


def rendered_text(markdown_text: str, base: Path | None = None) -> str:
    return "".join(inspect(to_html(markdown_text, base)).text).strip()


def flat(text: str) -> str:
    return " ".join(text.split())


@pytest.mark.parametrize("text", HOSTILE)
def test_md_text_renders_literally(text: str, tmp_path: Path) -> None:
    (tmp_path / "secret.txt").write_text("SECRET", encoding="utf-8")
    html = to_html(md_text(text), tmp_path)
    assert live_problems(html) == []
    assert inspect(html).tags == ["p"]
    assert rendered_text(md_text(text), tmp_path) == flat(text)
    assert "SECRET" not in html


@pytest.mark.parametrize("text", HOSTILE)
@pytest.mark.parametrize("lang", ["ar", "en"])
def test_md_inline_renders_literally(text: str, lang: str) -> None:
    html = to_html(md_inline(text, lang))
    assert live_problems(html) == []
    assert set(inspect(html).tags) <= {"p", "bdi"}
    assert rendered_text(md_inline(text, lang)) == flat(text)


@pytest.mark.parametrize("text", HOSTILE)
def test_heading_with_hostile_label_keeps_our_anchor(text: str) -> None:
    html = to_html(heading(3, md_text(text), "fact-id"))
    assert live_problems(html) == []
    found = inspect(html)
    assert found.tags == ["h3"]
    assert found.attrs == [("h3", "id", "fact-id")]
    assert "".join(found.text) == flat(text)


@pytest.mark.parametrize("text", HOSTILE)
def test_table_cell_with_hostile_text_stays_one_cell(text: str) -> None:
    html = to_html(table([md_text("h1"), md_text("h2")], [[md_text(text), md_text("x")]]))
    assert live_problems(html) == []
    assert inspect(html).tags.count("td") == 2


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=60))
def test_any_text_renders_literally(text: str) -> None:
    html = to_html(md_inline(text, "ar"))
    assert live_problems(html) == []
    visible = CONTROL.sub("", text)
    assert rendered_text(md_inline(text, "ar")) == flat(visible)


def test_isolate_only_in_arabic() -> None:
    assert isolate("2,783–2,906", "ar") == "<bdi>2,783–2,906</bdi>"
    assert isolate("2,783–2,906", "en") == "2,783–2,906"


def test_md_inline_isolates_latin_runs_and_numbers_in_arabic() -> None:
    out = md_inline("نقلت وكالة TASS الروسية في 2022", "ar")
    assert out == 'نقلت وكالة <bdi translate="no">TASS</bdi> الروسية في <bdi>2022</bdi>'
    assert md_inline("TASS in 2022", "en") == "TASS in 2022"


def test_html_text_escapes_for_elements_and_attributes() -> None:
    assert html_text("<a href=\"x\" onclick='y'>&") == (
        "&lt;a href=&quot;x&quot; onclick=&#x27;y&#x27;&gt;&amp;"
    )


@pytest.mark.parametrize(
    "url",
    ["javascript:alert(1)", "JAVASCRIPT:alert(1)", "data:text/html,x", "//evil.example", "", None],
)
def test_safe_url_drops_other_schemes(url: str | None) -> None:
    assert safe_url(url) is None


def test_safe_url_encodes_characters_that_end_a_link() -> None:
    url = safe_url('https://example.org/a (b)"<c>\\d')
    assert url == "https://example.org/a%20%28b%29%22%3Cc%3E%5Cd"
    html = to_html(f"[x]({url})")
    assert inspect(html).attrs == [("a", "href", url)]


def test_print_address_reads_as_typed_and_stays_one_attribute() -> None:
    assert print_address("https://example.org/%D9%82%D9%85%D8%A9") == "https://example.org/قمة"
    hostile = 'https://example.org/a"} onclick=x {: b%E2%80%AE<c>'
    address = print_address(hostile)
    assert address == "https://example.org/a%22%7D%20onclick=x%20%7B:%20b%E2%80%AE%3Cc%3E"
    # The site's attr_list alone (mdcheck's hostile set adds magiclink, which links the URL).
    html = markdown.markdown(
        f'[x](sources.md#s1){{: data-url="{address}" }}', extensions=["attr_list"]
    )
    assert sorted(inspect(html).attrs) == [
        ("a", "data-url", address),
        ("a", "href", "sources.md#s1"),
    ]


@given(st.text())
def test_print_address_never_holds_a_quote_or_brace(text: str) -> None:
    address = print_address(f"https://example.org/{text}")
    assert address is None or not set(address) & set("\"'{}<> \\")


def test_heading_rejects_anchor_that_is_not_a_slug() -> None:
    with pytest.raises(ValueError, match="not a slug"):
        heading(2, "x", 'a" onclick="x')
