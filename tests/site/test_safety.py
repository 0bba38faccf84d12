"""The post-build safety check: each kind of injected markup is caught, the theme's own
markup is not, and JSON-LD is serialised so no text can end its script element."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from factsheet.plugin.safety.check import (
    FETCHING,
    FORBIDDEN_ELEMENTS,
    URL_ATTRIBUTES,
    check_html,
    check_site,
    has_dangerous_scheme,
    inert_markup,
    json_for_script,
    material_template_dir,
    theme_inline_scripts,
)

THEME_SCOPE_SCRIPT = (
    '__md_scope=new URL("../..",location),__md_hash=e=>[...e].reduce(((e,_)=>(e<<5)-e+'
    "_.charCodeAt(0)),0),__md_get=(e,_=localStorage,t=__md_scope)=>JSON.parse(_.getItem("
    't.pathname+"."+e)),__md_set=(e,_,t=localStorage,a=__md_scope)=>{try{t.setItem('
    'a.pathname+"."+e,JSON.stringify(_))}catch(e){}}'
)


def page(head: str = "", body: str = "") -> str:
    return (
        f'<!doctype html><html lang="ar"><head><title>عنوان</title>{head}</head>'
        f'<body dir="rtl">{body}</body></html>'
    )


def messages(html: str) -> list[str]:
    return [finding.message for finding in check_html(html)]


def test_a_theme_like_page_is_clean() -> None:
    html = page(
        head=f'<link rel="stylesheet" href="../assets/stylesheets/main.css"><script>'
        f"{THEME_SCOPE_SCRIPT}</script>"
        '<script type="application/ld+json">{"@type": "Event"}</script>',
        body='<form class="md-search__form" name="search"><input name="query"></form>'
        '<a href="https://example.org/report">source</a><img src="../assets/x.png" alt="">'
        '<script id="__config" type="application/json">{"base": ".."}</script>'
        '<script src="../assets/javascripts/bundle.a5f9d56c.min.js"></script>',
    )
    assert check_html(html) == []


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ('<img src="x" onerror="alert(1)">', "event-handler attribute 'onerror' on <img>"),
        ('<p ONCLICK="alert(1)">x</p>', "event-handler attribute 'onclick' on <p>"),
        ('<svg><g onload="alert(1)"></g></svg>', "event-handler attribute 'onload' on <g>"),
    ],
)
def test_event_handler_attributes(body: str, expected: str) -> None:
    assert messages(page(body=body)) == [expected]


@pytest.mark.parametrize(
    "markup",
    [
        '<a href="javascript:alert(1)">x</a>',
        '<a href="  JaVaScRiPt:alert(1)">x</a>',
        '<a href="java&#x09;script:alert(1)">x</a>',
        '<a href="vbscript:msgbox(1)">x</a>',
        '<a href="data:text/html,<script>alert(1)</script>">x</a>',
        '<form class="md-search__form" name="search" action="javascript:alert(1)"></form>',
        '<button formaction="javascript:alert(1)">x</button>',
        '<svg><a xlink:href="javascript:alert(1)">x</a></svg>',
        '<img srcset="a.png 1x, javascript:alert(1) 2x">',
    ],
)
def test_executable_urls(markup: str) -> None:
    found = messages(page(body=markup))
    assert found and all("executable URL" in m or "form" in m for m in found), found


@pytest.mark.parametrize(
    ("script", "expected"),
    [
        ("<script>alert(1)</script>", "inline <script> that is not the theme's"),
        (f"<script>{THEME_SCOPE_SCRIPT};alert(1)</script>", "inline <script> that is not"),
        ('<script src="https://evil.example/x.js"></script>', "is not one of the site's assets"),
        ('<script src="//evil.example/x.js"></script>', "is not one of the site's assets"),
        ('<script src="../uploads/x.js"></script>', "is not one of the site's assets"),
        ('<script src="../assets/x.js">alert(1)</script>', "is not one of the site's assets"),
        ('<script type="application/ld+json">{"a": </script>', "does not hold valid JSON"),
        ('<script type="module">import "./x.js"</script>', "inline <script> that is not"),
    ],
)
def test_scripts_that_are_not_the_themes(script: str, expected: str) -> None:
    found = messages(page(body=script))
    assert any(expected in m for m in found), found


@pytest.mark.parametrize("tag", ["iframe", "object", "embed", "frame", "base"])
def test_forbidden_elements(tag: str) -> None:
    assert messages(page(body=f'<{tag} src="x"></{tag}>')) == [f"<{tag}> is not allowed"]


def test_forms_other_than_the_search_form() -> None:
    found = messages(page(body='<form action="/login" method="post"><input></form>'))
    assert found == ["<form> other than the theme's search form"]


def test_meta_refresh() -> None:
    found = messages(page(head='<meta http-equiv="Refresh" content="0; url=https://x.example">'))
    assert found == ["<meta http-equiv=refresh> is not allowed"]


@pytest.mark.parametrize(
    "markup",
    [
        '<img src="https://tracker.example/p.gif">',
        '<link rel="stylesheet" href="https://fonts.googleapis.com/css?family=Roboto">',
        '<link rel="preconnect" href="https://fonts.gstatic.com">',
        '<video src="//cdn.example/v.mp4"></video>',
    ],
)
def test_resources_from_other_hosts(markup: str) -> None:
    found = messages(page(body=markup))
    assert len(found) == 1 and "from another host" in found[0], found


def test_links_to_other_hosts_are_not_fetches() -> None:
    html = page(
        head='<link rel="canonical" href="https://example.org/ar/">',
        body='<a href="https://example.org/">x</a>',
    )
    assert check_html(html) == []


def test_markup_inside_title() -> None:
    html = "<html><head><title>x <script>alert(1)</script></title></head><body></body></html>"
    found = messages(html)
    assert "<script> inside <title>" in found


def test_escaped_markup_inside_title_is_text() -> None:
    html = "<html><head><title>x &lt;script&gt;alert(1)&lt;/script&gt;</title></head></html>"
    assert check_html(html) == []


def test_findings_carry_positions() -> None:
    html = '<html>\n<body>\n  <p>ok</p>\n  <img src=x onerror="alert(1)">\n</body></html>'
    (finding,) = check_html(html)
    assert (finding.line, finding.col) == (4, 3)
    assert str(finding).startswith("4:3: event-handler attribute")


def test_check_site_names_files_and_skips_nested_builds(tmp_path: Path) -> None:
    (tmp_path / "war").mkdir()
    (tmp_path / "en").mkdir()
    (tmp_path / "index.html").write_text(page(body="<p>ok</p>"), "utf-8")
    (tmp_path / "war" / "index.html").write_text(page(body="<iframe></iframe>"), "utf-8")
    (tmp_path / "en" / "index.html").write_text(page(body="<embed>"), "utf-8")
    assert check_site(tmp_path, skip=("en/",)) == ["war/index.html:1:81: <iframe> is not allowed"]
    assert len(check_site(tmp_path)) == 2


def test_theme_inline_scripts_come_from_the_installed_material() -> None:
    patterns = theme_inline_scripts([material_template_dir()])
    assert len(patterns) >= 5
    assert any(p.fullmatch(THEME_SCOPE_SCRIPT) for p in patterns)
    assert not any(
        p.fullmatch(THEME_SCOPE_SCRIPT.replace("../..", '"+alert(1)+"')) for p in patterns
    )


@pytest.mark.parametrize(
    ("url", "dangerous"),
    [
        ("javascript:x", True),
        ("\x00java\nscript:x", True),
        ("DATA:text/html,x", True),
        ("https://example.org/javascript:x", False),
        ("../javascript/", False),
        ("#data:", False),
    ],
)
def test_has_dangerous_scheme(url: str, dangerous: bool) -> None:
    assert has_dangerous_scheme(url) is dangerous


def test_json_for_script_cannot_close_the_script() -> None:
    data = [{"name": "</script><script>alert(1)</script>", "note": "a & b <!--"}]
    text = json_for_script(data)
    assert "<" not in text and ">" not in text and "&" not in text
    assert json.loads(text) == data
    html = page(head=f'<script type="application/ld+json">{text}</script>')
    assert check_html(html) == []


@pytest.mark.parametrize(
    "src",
    [
        "assets/javascripts/bundle.js",
        "../../assets/javascripts/bundle.js",
        "/assets/javascripts/bundle.js",
        "/en/assets/javascripts/bundle.js?v=1",
    ],
)
def test_site_asset_scripts_are_allowed(src: str) -> None:
    assert check_html(page(body=f'<script src="{src}"></script>')) == []


def test_an_alternate_stylesheet_from_another_host_is_a_fetch() -> None:
    # rel="alternate" alone is a link the browser does not fetch; "alternate stylesheet" is
    # a stylesheet the browser downloads.
    found = messages(
        page(head='<link rel="alternate stylesheet" href="https://evil.example/a.css">')
    )
    assert len(found) == 1 and "fetches 'https://evil.example/a.css' from another host" in found[0]
    other = '<link rel="alternate" hreflang="en" href="https://example.org/en/">'
    assert check_html(page(head=other)) == []


def test_a_page_rewritten_by_a_dirty_build_is_checked(tmp_path: Path) -> None:
    # An incremental build checks the pages it wrote (modified at or after it started); pages
    # left from before were checked when they were written.
    old, new = tmp_path / "old.html", tmp_path / "new.html"
    old.write_text(page(body="<iframe></iframe>"), "utf-8")
    new.write_text(page(body="<embed>"), "utf-8")
    started = 1_700_000_000.0
    os.utime(old, (started - 60, started - 60))
    os.utime(new, (started + 1, started + 1))
    assert check_site(tmp_path, since=started) == ["new.html:1:81: <embed> is not allowed"]
    os.utime(new, (started, started))  # written in the same instant the build started
    assert check_site(tmp_path, since=started) == ["new.html:1:81: <embed> is not allowed"]
    assert len(check_site(tmp_path)) == 2


def test_json_for_script_is_compact_in_order_and_keeps_arabic() -> None:
    data = {"name": "قمة <سوتشي> & co", "a": [1, None]}
    assert json_for_script(data) == '{"name":"قمة \\u003cسوتشي\\u003e \\u0026 co","a":[1,null]}'


def test_script_findings_are_at_their_script_tag() -> None:
    html = (
        "<html>\n<body>\n  <script>alert(1)</script>\n"
        '    <script type="application/ld+json">{x</script>\n'
        '<script src="https://evil.example/x.js"></script>\n</body></html>'
    )
    assert [str(f) for f in check_html(html)] == [
        "3:3: inline <script> that is not the theme's: 'alert(1)'",
        "4:5: <script type='application/ld+json'> does not hold valid JSON",
        "5:1: <script> fetches 'https://evil.example/x.js' from another host",
        "5:1: <script src='https://evil.example/x.js'> is not one of the site's assets",
    ]


def test_long_urls_are_cut_at_60_characters_in_messages() -> None:
    url = "https://evil.example/" + "a" * 100
    script = messages(page(body=f'<script src="{url}"></script>'))
    assert script[1] == f"<script src={url[:60]!r}> is not one of the site's assets"
    (image,) = messages(page(body=f'<img src="{url}" alt="">'))
    assert image == f"<img> fetches {url[:60]!r} from another host"
    (inline,) = messages(page(body=f"<script>{url}</script>"))
    assert inline == f"inline <script> that is not the theme's: {url[:60]!r}"


def test_a_link_whose_every_rel_is_not_fetched_is_not_a_fetch() -> None:
    link = '<link rel="alternate canonical next prev" href="https://example.org/">'
    assert check_html(page(head=link)) == []


# Every element a rule looks at.
RULED = sorted(FORBIDDEN_ELEMENTS | FETCHING | {"form", "meta", "title", "script", "style"})


def test_inert_markup_skips_only_what_no_rule_fires_on() -> None:
    # The fast reader passes over runs this pattern matches without looking: it may match
    # plain text and tags, never an element, attribute or end tag that a rule reads.
    inert = inert_markup()
    plain = [
        "text <p>more</p>",
        '<div class="a"\tid="b">x</div>',
        "<br/>",
        "<P>x</P>",
        '<a href="https://example.org/a">x</a>',
        '<a href="../war/#x">x</a>',
        "<hr >",
    ]
    for markup in plain:
        assert inert.fullmatch(markup), markup
    ruled = [f"<{tag}>" for tag in RULED] + [f"<{tag.upper()} >" for tag in RULED]
    risky = (*(URL_ATTRIBUTES - {"href"}), "srcset", "onclick", "ON")
    attributes = [f'<p {name}="x">' for name in risky]  # href: only with a safe value
    hrefs = ['<a href="javascript:alert(1)">', '<a href="data:x">', "<a href='x'>"]
    ends = ["</title>", "</script>", "</style>", "</TITLE>"]
    for markup in ruled + attributes + hrefs + ends:
        assert not inert.fullmatch(markup), markup


def test_srcset_is_split_at_commas_and_other_attributes_are_not_urls() -> None:
    # A candidate after a comma with no space before it is still a candidate.
    found = messages(page(body='<img src="a.png" srcset="a.png 1x,javascript:alert(1) 2x">'))
    assert found == ["srcset on <img> holds an executable URL"]
    # Text that names a scheme after a comma, in an attribute that is no URL, is text.
    assert messages(page(body='<img src="a.png" alt="a scheme, javascript: in words">')) == []


def test_executable_urls_are_cut_at_40_characters_in_messages() -> None:
    url = "javascript:" + "a" * 60
    (found,) = messages(page(body=f'<a href="{url}">x</a>'))
    assert found == f"href={url[:40]!r} on <a> is an executable URL"


def test_a_self_closing_script_is_checked_as_a_script() -> None:
    # ``<script .../>`` is read by html.parser as a start and an end at once.
    found = messages(page(body='<script src="../uploads/x.js"/>'))
    assert found == ["<script src='../uploads/x.js'> is not one of the site's assets"]
