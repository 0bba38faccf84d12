"""Positive controls for the browser layer's detectors: each page here has exactly one thing the
harness must report (a console error, a failed request, a request to another host, an axe
violation), and a clean page has none. Without them, the site tests' "nothing found" could come
from a detector that never reports anything.
"""

from __future__ import annotations

import socket
from collections.abc import Iterator
from pathlib import Path

import pytest
from playwright.sync_api import BrowserContext

from .harness import LOCAL_HOST, Visit, axe_violations, open_page, serve

pytestmark = pytest.mark.browser

CONTROLS = Path(__file__).resolve().parent / "controls"


@pytest.fixture(scope="module")
def controls() -> Iterator[str]:
    """The control pages served on 127.0.0.1, as the site is."""
    with serve(CONTROLS) as base_url:
        yield base_url


def visit(context: BrowserContext, url: str) -> Visit:
    page, found = open_page(context, url)
    page.close()
    return found


def test_a_clean_page_reports_nothing(context: BrowserContext, controls: str) -> None:
    page, found = open_page(context, controls + "clean.html")
    assert (found.console_errors, found.failed_requests, found.foreign_requests) == ([], [], [])
    assert axe_violations(page) == []


def test_console_errors_are_reported(context: BrowserContext, controls: str) -> None:
    found = visit(context, controls + "console-error.html")
    errors = found.console_errors
    assert any("control: logged error" in error for error in errors)
    assert any(e.startswith("uncaught: ") and "control: uncaught" in e for e in errors)
    assert (found.failed_requests, found.foreign_requests) == ([], [])


def test_a_missing_file_is_a_failed_request(context: BrowserContext, controls: str) -> None:
    found = visit(context, controls + "failed-request.html")
    assert found.failed_requests == [f"{controls}missing.svg: HTTP 404"]
    assert found.foreign_requests == []


def test_a_refused_connection_is_a_failed_request(context: BrowserContext, controls: str) -> None:
    page, found = open_page(context, controls + "clean.html")
    with socket.socket() as probe:  # a port that was free a moment ago: nothing listens there
        probe.bind((LOCAL_HOST, 0))
        port = probe.getsockname()[1]
    url = f"http://{LOCAL_HOST}:{port}/control"
    page.evaluate("url => fetch(url).catch(() => null)", url)
    assert [failed.split(": ")[0] for failed in found.failed_requests] == [url]
    assert found.foreign_requests == []


def test_a_request_to_another_host_is_blocked_and_reported(
    context: BrowserContext, controls: str
) -> None:
    found = visit(context, controls + "foreign-request.html")
    assert found.foreign_requests == ["https://cdn.example.org/control.png"]
    assert found.failed_requests == []  # reported once, as foreign


def test_an_accessibility_violation_is_reported(context: BrowserContext, controls: str) -> None:
    page, found = open_page(context, controls + "axe-violation.html")
    violations = axe_violations(page)
    assert len(violations) == 1 and violations[0].startswith("critical image-alt: "), violations
    assert found.console_errors == []
