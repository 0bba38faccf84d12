"""Check ``urls``: every link is a plain https address of a public web site.

Links on the site come only from ``url`` fields, so this check is what stands between a fact
file and a ``javascript:`` link or a look-alike domain. Every ``url`` of every record must:

- use ``https`` (``http`` is a warning: the page may be changed on the way; other schemes such
  as ``javascript:``, ``data:``, ``file:`` or ``ftp:`` and a missing scheme are errors);
- have a host: a public domain name with at least one dot, not ``localhost`` and not an IP
  address (``127.0.0.1``, ``[::1]``, and the numeric shorthands browsers also accept such as
  ``2130706433`` or ``0x7f.1``);
- have no user name or password (``https://user@host`` hides the real host from a quick look);
- have a valid port (1-65535) if any;
- contain no spaces, control characters or backslashes (browsers read ``\\`` as ``/``);
- not mix scripts inside one label of the host name: ``аpple.com`` with a Cyrillic ``а`` looks
  like ``apple.com`` (an IDN homograph). Punycode labels (``xn--...``) are decoded first. A label
  written wholly in another script (``пример.рф``) is allowed; a whole-script look-alike cannot
  be told from a real name without a list of confusables, and is not detected.

Parsing uses ``urllib.parse`` and ``ipaddress`` from the standard library.

Passes::

    url: https://www.aa.com.tr/ar/%D8%A3%D8%AE%D8%A8%D8%A7%D8%B1

Fails (``url-scheme``; ``url-userinfo``)::

    url: javascript:alert(1)
    url: https://www.aa.com.tr@evil.example/
"""

from __future__ import annotations

import ipaddress
import re
import unicodedata
from collections.abc import Iterator
from typing import Any
from urllib.parse import SplitResult, urlsplit

from factsheet.checks.context import CheckContext, FileRule, is_field
from factsheet.load.loader import PathKey
from factsheet.problems import Problem, Severity

CODES: dict[str, str] = {
    "url-scheme": "not an https (or http) URL: missing scheme, javascript:, data:, file:, ...",
    "url-insecure": "an http URL; use https (warning)",
    "url-no-host": "a URL without a host name",
    "url-userinfo": "a URL with a user name or password before the host",
    "url-port": "a URL with an invalid port",
    "url-whitespace": "a URL with spaces or control characters",
    "url-backslash": "a URL with a backslash",
    "url-ip-literal": "a URL whose host is an IP address",
    "url-localhost": "a URL pointing at localhost",
    "url-host": "a host name that is not a public domain name",
    "url-mixed-script": "a host label mixing scripts (IDN homograph)",
}

URL_FIELDS = frozenset({"url"})
_NUMERIC_LABEL = re.compile(r"^(0x[0-9a-f]*|[0-9]+)$")
_LABEL = re.compile(r"^[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?$")


FILE_KEYS = URL_FIELDS


def _good(url: str) -> bool:
    return url_problem(url) is None


RULE = FileRule({key: (_good,) for key in URL_FIELDS})


def check(ctx: CheckContext) -> Iterator[Problem]:
    for _kind, record in ctx.records():
        if ctx.cleared(record, RULE):
            continue  # most files: every URL is fine (no paths needed)
        for sub, value in ctx.values(record):
            if isinstance(value, str) and is_field(sub, URL_FIELDS) and not RULE.fine(value, "url"):
                problem = url_problem(value)
                if problem is not None:
                    yield _problem(ctx, record, sub, *problem)


def _problem(
    ctx: CheckContext, record: Any, sub: PathKey, code: str, message: str, hint: str
) -> Problem:
    severity = Severity.WARNING if code == "url-insecure" else Severity.ERROR
    return ctx.problem(record, sub, code, message, hint, severity)


def url_problem(url: str) -> tuple[str, str, str] | None:
    """The first problem of ``url`` as (code, message, hint), or None if it is fine."""
    # A printable text without ' ' has neither: every other white space and every control
    # character is not printable. Most URLs are cleared by these two C-speed tests.
    if not (url.isprintable() and " " not in url) and any(
        ch.isspace() or unicodedata.category(ch) == "Cc" for ch in url
    ):
        return (
            "url-whitespace",
            "the URL contains spaces or control characters",
            ("copy the address again from the browser; spaces are written %20"),
        )
    if "\\" in url:
        return "url-backslash", "the URL contains a backslash", "use forward slashes (/)"
    parts = urlsplit(url)
    scheme = parts.scheme.lower()
    if scheme not in ("https", "http") or not url.lower().startswith(f"{scheme}://"):
        shown = f"'{scheme}:'" if scheme else "no scheme"
        return (
            "url-scheme",
            f"the URL has {shown}; links must be https",
            ("write the full address starting with https://"),
        )
    problem = _host_problem(parts)
    if problem is None and scheme == "http":
        return (
            "url-insecure",
            "the URL uses http, not https",
            ("use the https address if the site has one"),
        )
    return problem


def _host_problem(parts: SplitResult) -> tuple[str, str, str] | None:
    if "@" in parts.netloc:
        return (
            "url-userinfo",
            "the URL has a user name or password before the host",
            ("remove everything between '//' and '@'"),
        )
    host = (parts.hostname or "").rstrip(".")
    if not host:
        return "url-no-host", "the URL has no host name", "write https://<domain>/<path>"
    try:
        port = parts.port
    except ValueError:
        port = 0
    if port == 0 or parts.netloc.endswith(":"):
        return (
            "url-port",
            f"the port in '{parts.netloc}' is not a number from 1 to 65535",
            ("remove the port, or correct it"),
        )
    if _is_ip(host):
        return (
            "url-ip-literal",
            f"the host {host} is an IP address",
            ("link to the site by its domain name"),
        )
    if host == "localhost" or host.endswith(".localhost"):
        return (
            "url-localhost",
            f"the host {host} is this computer, not a public site",
            ("link to the public address of the page"),
        )
    return _label_problem(host)


def _is_ip(host: str) -> bool:
    try:
        ipaddress.ip_address(host.strip("[]"))
    except ValueError:
        # Browsers read a host whose last label is a number as an IPv4 address (WHATWG URL).
        return bool(_NUMERIC_LABEL.match(host.rsplit(".", 1)[-1]))
    return True


def _label_problem(host: str) -> tuple[str, str, str] | None:
    labels = host.split(".")
    if len(labels) < 2 or any(not label for label in labels):
        return (
            "url-host",
            f"'{host}' is not a public domain name",
            ("write the full domain name, e.g. www.example.org"),
        )
    for label in labels:
        decoded = _decode(label)
        if decoded.isascii():  # one script (Latin letters), nothing to replace: the common case
            if not _LABEL.match(decoded):
                return _bad_label(label)
            continue
        scripts = _scripts(decoded)
        if len(scripts) > 1:
            return (
                "url-mixed-script",
                (f"the host label '{decoded}' mixes scripts ({', '.join(sorted(scripts))})"),
                "a look-alike letter from another script may be hiding here; type the domain again",
            )
        ascii_form = "".join("a" if ord(ch) > 127 and ch.isalnum() else ch for ch in decoded)
        if not _LABEL.match(ascii_form):
            return _bad_label(label)
    return None


def _bad_label(label: str) -> tuple[str, str, str]:
    return (
        "url-host",
        f"'{label}' is not a valid label of a domain name",
        ("a label has letters, digits and inner hyphens only"),
    )


def _decode(label: str) -> str:
    """The Unicode form of a punycode label (xn--...), or the label itself."""
    if label.startswith("xn--"):
        try:
            return label.encode("ascii").decode("idna")
        except UnicodeError:
            return label
    return label


def _scripts(label: str) -> set[str]:
    """The scripts of the letters of a label, by the first word of their Unicode names."""
    return {
        unicodedata.name(ch, "UNKNOWN").split(" ")[0]
        for ch in label
        if unicodedata.category(ch).startswith("L")
    }
