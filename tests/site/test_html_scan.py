"""The fast tokenizer reads what it accepts exactly as html.parser does.

``factsheet.plugin.safety.html_scan.scan`` may give up on any page (the safety check then uses
``html.parser``), but a page it reads to the end must produce the same start tags, attributes,
end tags and raw script/style text as ``html.parser``. Checked on the real built site and on
generated tag soup made of plain and tricky pieces.
"""

from __future__ import annotations

from html.parser import HTMLParser
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from factsheet.plugin.safety.check import (
    _Checker,
    check_html,
    fast_scan,
    material_template_dir,
    theme_inline_scripts,
)
from factsheet.plugin.safety.html_scan import Attributes, scan

Event = tuple[object, ...]
ALLOWED = theme_inline_scripts([material_template_dir()])


class Recorder:
    """The events of :func:`scan`, adjacent texts joined."""

    def __init__(self) -> None:
        self.events: list[Event] = []

    def start(self, tag: str, attrs: Attributes, self_closing: bool) -> None:
        self.events.append(("start", tag, list(attrs), self_closing))

    def end(self, tag: str) -> None:
        self.events.append(("end", tag))

    def data(self, text: str) -> None:
        if self.events and self.events[-1][0] == "data":
            self.events[-1] = ("data", str(self.events[-1][1]) + text)
        else:
            self.events.append(("data", text))


class ParserRecorder(HTMLParser):
    """The same events from html.parser; text only inside script and style, as scan gives it."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.recorder = Recorder()

    def handle_starttag(self, tag: str, attrs: Attributes) -> None:
        self.recorder.start(tag, attrs, False)

    def handle_startendtag(self, tag: str, attrs: Attributes) -> None:
        self.recorder.start(tag, attrs, True)

    def handle_endtag(self, tag: str) -> None:
        self.recorder.end(tag)

    def handle_data(self, data: str) -> None:
        if self.cdata_elem is not None:  # type: ignore[attr-defined]
            self.recorder.data(data)


def parser_events(html: str) -> list[Event]:
    parser = ParserRecorder()
    parser.feed(html)
    parser.close()
    return parser.recorder.events


def scan_events(html: str) -> list[Event] | None:
    recorder = Recorder()
    return recorder.events if scan(html, recorder) else None


PIECES = [
    "text ",
    "نص عربي ",
    "<p>",
    "</p>",
    '<a href="#x" class="md-nav__link">',
    "</a>",
    "<a href='../y/'>",
    "<a href=z>",
    "<a href=a/b>",
    "<p class=a/>",
    "<br/>",
    "<br />",
    '<img src="x.png" alt="">',
    "<img src=x onerror=alert(1)>",
    '<input type="text" disabled>',
    '<x y =  "v" z>',
    "<a b=\"c'd\" e='f\"g'>",
    '<a title="a>b">',
    '<a title="&amp;&#x3a;&lt;">',
    "<a\x0bb>",
    "<a\xa0onclick=x>",
    "<a / href=x>",
    "<a href==x>",
    "</ p>",
    "</p >",
    "<!-- c -->",
    "<!DOCTYPE html>",
    "<!doctype html>",
    "<?pi?>",
    "< p>",
    "a < b ",
    "& &amp; &#x3a; ",
    "<script>",
    "<SCRIPT type=module>",
    "var a = '<p>' + \"</a>\";",
    "</script>",
    "</script >",
    "</SCRIPT>",
    "<script/>",
    "<style>",
    "p > a { color: red }",
    "</style>",
    "<title>",
    "</title>",
    "<svg><g onload=x></g></svg>",
    "<A HREF=X>",
    '<a href="javascript:x">',
    '<a href="https://example.org/a:b">',
    '<a href="jav&#x61;script:x">',
    '<a href=" javascript:x">',
    '<A HREF="javascript:x">',
    '<span class="x" ONCLICK="y">',
    '<div data-x="1" class="c">',
    '<p title="t">',
    '<IFRAME class="x">',
    "<Title>",
    "</TITLE>",
    '<link rel="stylesheet" href="https://cdn.example/x.css">',
    '<form class="md-search__form" name="search">',
    "\n",
    "<",
    ">",
    '"',
    "=",
]


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(PIECES), max_size=25))
def test_scan_reads_what_it_accepts_like_html_parser(pieces: list[str]) -> None:
    html = "".join(pieces)
    events = scan_events(html)
    if events is not None:
        assert events == parser_events(html)


def parser_findings(html: str) -> list[str]:
    checker = _Checker(ALLOWED)
    checker.feed(html)
    checker.close()
    return [finding.message for finding in checker.rules.findings]


@settings(max_examples=500, deadline=None)
@given(st.lists(st.sampled_from(PIECES), max_size=25))
def test_the_fast_verdict_is_html_parsers(pieces: list[str]) -> None:
    """Skipping inert runs (INERT_MARKUP) finds the same things as reading every tag."""
    html = "".join(pieces)
    fast = fast_scan(html, ALLOWED)
    if fast is not None:
        assert [finding.message for finding in fast] == parser_findings(html)


def test_plain_pieces_are_accepted() -> None:
    html = '<!doctype html><p class="a">x <a href="#b">y</a><br/></p><script>1<2</script>'
    assert scan_events(html) == parser_events(html)


def test_the_built_site_is_read_fast_and_identically(built_site: Path) -> None:
    pages = sorted(built_site.rglob("*.html"))
    assert len(pages) > 20
    allowed = theme_inline_scripts([material_template_dir()])
    for page in pages:
        html = page.read_text(encoding="utf-8")
        # Every page of the real site takes the fast path, and reads like html.parser reads it.
        assert scan_events(html) == parser_events(html), page
        assert fast_scan(html, allowed) == [], page


def test_a_finding_found_fast_is_reported_with_html_parser_positions() -> None:
    html = '<html>\n<body>\n  <p>ok</p>\n  <img src="x" onerror="alert(1)">\n</body></html>'
    assert scan_events(html) is not None
    (finding,) = check_html(html)
    assert (finding.line, finding.col) == (4, 3)
