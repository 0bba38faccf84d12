"""The urls check: only plain https links to public hosts, at the exact value."""

from __future__ import annotations

import pytest

from factsheet.checks.urls import url_problem
from factsheet.problems import Severity

from .helpers import FACT, REGISTRY, Run, found, only


@pytest.mark.parametrize(
    "url",
    [
        "https://example.org/news/1",
        "https://sputnikarabic.ae/amp/20221031/%D8%A7%D9%86%D8%B7%D9%84%D8%A7%D9%82.html",
        "https://www.example.org:8443/a?b=c#d",
        "https://xn--e1afmkfd.xn--p1ai/",  # пример.рф, one script per label
        "https://münchen.example/",
        "HTTPS://Example.ORG/",
    ],
)
def test_good_urls(url: str) -> None:
    assert url_problem(url) is None


@pytest.mark.parametrize(
    ("url", "code"),
    [
        ("javascript:alert(1)", "url-scheme"),
        ("data:text/html,<script>alert(1)</script>", "url-scheme"),
        ("file:///etc/passwd", "url-scheme"),
        ("ftp://example.org/file", "url-scheme"),
        ("example.org/news", "url-scheme"),
        ("https:example.org", "url-scheme"),
        ("//example.org/news", "url-scheme"),
        ("http://example.org/", "url-insecure"),
        ("https:///path", "url-no-host"),
        ("https://user:pw@example.org/", "url-userinfo"),
        ("https://example.org@evil.example/", "url-userinfo"),
        ("https://example.org:99999/", "url-port"),
        ("https://example.org:0/", "url-port"),
        ("https://example.org:/", "url-port"),
        ("https://example.org:80a/", "url-port"),
        ("https://exa mple.org/", "url-whitespace"),
        ("https://example.org/\ta", "url-whitespace"),
        ("https://example.org\\@evil.example/", "url-backslash"),
        ("https://127.0.0.1/", "url-ip-literal"),
        ("https://[::1]/", "url-ip-literal"),
        ("https://2130706433/", "url-ip-literal"),
        ("https://0x7f.1/", "url-ip-literal"),
        ("https://localhost/", "url-localhost"),
        ("https://app.localhost./", "url-localhost"),
        ("https://intranet/", "url-host"),
        ("https://a..example.org/", "url-host"),
        ("https://my_site.example.org/", "url-host"),
        ("https://-bad.example.org/", "url-host"),
        ("https://\u0430pple.com/", "url-mixed-script"),  # Cyrillic а
        ("https://xn--pple-43d.com/", "url-mixed-script"),  # the same in punycode
        ("https://\u03bfpenai.com/", "url-mixed-script"),  # Greek ο
    ],
)
def test_bad_urls(url: str, code: str) -> None:
    problem = url_problem(url)
    assert problem is not None and problem[0] == code, problem


def test_problem_at_the_url_value(run: Run) -> None:
    registry = REGISTRY.replace(
        "url: https://example.org/news/1", "url: http://example.org/news/1"
    ).replace("stored: seeds/article.txt", "stored: seeds/article.txt\n    url: 'javascript:x'")
    problems = run({"registry.yaml": registry, "facts.yaml": FACT})
    assert found(problems, "url-") == [
        ("url-scheme", "facts/registry.yaml", 30, 10),
        ("url-insecure", "facts/registry.yaml", 36, 10),
    ]
    assert only(problems, "url-insecure").severity is Severity.WARNING
    assert only(problems, "url-scheme").severity is Severity.ERROR
    assert only(problems, "url-scheme").hint == "write the full address starting with https://"


@pytest.mark.parametrize("bad_first", [False, True])
def test_a_file_with_one_good_and_one_bad_url_reports_the_bad_one(
    run: Run, bad_first: bool
) -> None:
    # Most files are cleared at once when all their URLs are fine: one good URL must not
    # clear a file that also holds a bad one, whichever comes first.
    good, bad = "https://example.org/news/1", "https://www.aa.com.tr@evil.example/"
    first, second = (bad, good) if bad_first else (good, bad)
    registry = REGISTRY.replace(f"url: {good}", f"url: {first}").replace(
        "    title: {ar: مقال تجريبي, en: Test article}\n",
        f"    title: {{ar: مقال تجريبي, en: Test article}}\n    url: {second}\n",
    )
    problems = run({"registry.yaml": registry, "facts.yaml": FACT})
    line = 36 if bad_first else 26
    assert found(problems, "url-") == [("url-userinfo", "facts/registry.yaml", line, 10)]


@pytest.mark.parametrize(
    ("url", "problem"),
    [
        ("https://intranet/", ("url-host", "'intranet' is not a public domain name",
                               "write the full domain name, e.g. www.example.org")),
        ("https://example.org.my_site/", ("url-host",
            "'my_site' is not a valid label of a domain name",
            "a label has letters, digits and inner hyphens only")),
        ("https://mü_nchen.example/", ("url-host",
            "'mü_nchen' is not a valid label of a domain name",
            "a label has letters, digits and inner hyphens only")),
        ("https://\u0430p\u03b1le.com/", ("url-mixed-script",
            "the host label '\u0430p\u03b1le' mixes scripts (CYRILLIC, GREEK, LATIN)",
            "a look-alike letter from another script may be hiding here; type the domain again")),
    ],
)  # fmt: skip
def test_host_problems_say_which_label_and_how_to_fix_it(
    url: str, problem: tuple[str, str, str]
) -> None:
    # Every label is looked at, not only the first; the message names the bad one.
    assert url_problem(url) == problem


# One URL per problem: the editor reads what is wrong and how to fix it.
URL_PROBLEMS = [
    (
        "javascript:alert(1)",
        (
            "url-scheme",
            "the URL has 'javascript:'; links must be https",
            "write the full address starting with https://",
        ),
    ),
    (
        "example.org/news",
        (
            "url-scheme",
            "the URL has no scheme; links must be https",
            "write the full address starting with https://",
        ),
    ),
    (
        "http://example.org/",
        (
            "url-insecure",
            "the URL uses http, not https",
            "use the https address if the site has one",
        ),
    ),
    ("https:///path", ("url-no-host", "the URL has no host name", "write https://<domain>/<path>")),
    (
        "https://user:pw@example.org/",
        (
            "url-userinfo",
            "the URL has a user name or password before the host",
            "remove everything between '//' and '@'",
        ),
    ),
    (
        "https://example.org:99999/",
        (
            "url-port",
            "the port in 'example.org:99999' is not a number from 1 to 65535",
            "remove the port, or correct it",
        ),
    ),
    (
        "https://exa mple.org/",
        (
            "url-whitespace",
            "the URL contains spaces or control characters",
            "copy the address again from the browser; spaces are written %20",
        ),
    ),
    (
        "https://example.org\\@evil.example/",
        ("url-backslash", "the URL contains a backslash", "use forward slashes (/)"),
    ),
    (
        "https://127.0.0.1/",
        (
            "url-ip-literal",
            "the host 127.0.0.1 is an IP address",
            "link to the site by its domain name",
        ),
    ),
    (
        "https://a.b.1/",
        (
            "url-ip-literal",
            "the host a.b.1 is an IP address",
            "link to the site by its domain name",
        ),
    ),
    (
        "https://app.localhost./",
        (
            "url-localhost",
            "the host app.localhost is this computer, not a public site",
            "link to the public address of the page",
        ),
    ),
    (
        "https://intranet/",
        (
            "url-host",
            "'intranet' is not a public domain name",
            "write the full domain name, e.g. www.example.org",
        ),
    ),
    (
        "https://a..example.org/",
        (
            "url-host",
            "'a..example.org' is not a public domain name",
            "write the full domain name, e.g. www.example.org",
        ),
    ),
]


@pytest.mark.parametrize(("url", "problem"), URL_PROBLEMS)
def test_each_url_problem_says_what_is_wrong_and_how_to_fix_it(
    url: str, problem: tuple[str, str, str]
) -> None:
    assert url_problem(url) == problem


def test_a_control_character_is_whitespace_but_an_invisible_one_is_left_to_text_safety() -> None:
    assert url_problem("https://example.org/a\x07b") == URL_PROBLEMS[6][1]
    # U+200B is not printable but neither a space nor a control: the text-safety check
    # reports it (text-invisible) in every field, URLs included.
    assert url_problem("https://example.org/a\u200bb") is None
