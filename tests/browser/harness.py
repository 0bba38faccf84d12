"""What the browser tests share: build the site, serve it on 127.0.0.1, visit a page and record
everything a reader's browser would do with it (console errors, failed or foreign requests).

The site is built once per session with ``mkdocs build --strict`` into a temporary folder and
served by ``http.server`` in a thread. Chromium is Debian's ``/usr/bin/chromium``: Playwright's
own browser download does not work offline, so it is launched through ``executable_path``.
"""

from __future__ import annotations

import functools
import os
import re
import subprocess
import sys
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import axe_playwright_python
from playwright.sync_api import BrowserContext, Page, Request, Route

REPO_ROOT = Path(__file__).resolve().parents[2]
ARTIFACTS = REPO_ROOT / "test-artifacts"
CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
LANGUAGES = ("ar", "en")
# The pages every language must have (file stem; "index" is the language's home page).
PAGES = (
    "index",
    "parties",
    "summit",
    "remarks",
    "war",
    "ceasefire",
    "peacekeepers",
    "statements-2021",
    "afterwards",
    "timeline",
    "sources",
    "glossary",
    "methodology",
    "changes",
    "downloads",
)
LOCAL_HOST = "127.0.0.1"
AXE_SCRIPT = (Path(axe_playwright_python.__file__).parent / "axe.min.js").read_text("utf-8")
BLOCKING_IMPACTS = ("serious", "critical")


def build_site(out: Path) -> None:
    """``mkdocs build --strict`` into ``out``; the build's own output explains any failure."""
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1"}
    command = [sys.executable, "-m", "mkdocs", "build", "--strict", "--site-dir", str(out)]
    result = subprocess.run(
        command, cwd=REPO_ROOT, env=env, capture_output=True, text=True, check=False
    )
    if result.returncode != 0:
        raise RuntimeError(
            f"mkdocs build --strict failed ({result.returncode}):\n{result.stdout}{result.stderr}"
        )


def html_lang(page_file: Path) -> str | None:
    """The ``lang`` attribute of a built page's ``<html>`` element."""
    match = re.search(r"<html[^>]*\slang=\"([^\"]+)\"", page_file.read_text("utf-8"))
    return match.group(1) if match else None


@dataclass(frozen=True)
class SiteLayout:
    """Where each language lives in the built site: one at the root, the other in a folder."""

    root: Path
    base_url: str
    prefixes: dict[str, str]

    @classmethod
    def discover(cls, root: Path, base_url: str) -> SiteLayout:
        """Read the languages from the built HTML instead of assuming the plugin's choice."""
        root_lang = html_lang(root / "index.html")
        prefixes = {lang: f"{lang}/" for lang in LANGUAGES if lang != root_lang}
        if root_lang in LANGUAGES:
            prefixes[root_lang] = ""
        missing = [
            lang for lang in LANGUAGES if not (root / prefixes[lang] / "index.html").exists()
        ]
        if root_lang not in LANGUAGES or missing:
            raise RuntimeError(f"root page lang={root_lang!r}; languages without a home: {missing}")
        return cls(root, base_url, prefixes)

    def path(self, lang: str, page: str) -> str:
        """The site path of ``page`` in ``lang`` (directory URLs, as MkDocs writes them)."""
        return self.prefixes[lang] + ("" if page == "index" else f"{page}/")

    def path_of(self, url: str) -> str:
        """The site path of a URL on this server, without query (``?h=``) or fragment."""
        parts = urlsplit(url)
        return parts.path.removeprefix(urlsplit(self.base_url).path)

    def lang_of(self, path: str) -> str:
        """The language a site path belongs to (the folder's language, else the root's)."""
        for lang, prefix in self.prefixes.items():
            if prefix and path.startswith(prefix):
                return lang
        return next(lang for lang, prefix in self.prefixes.items() if not prefix)

    def url(self, lang: str, page: str) -> str:
        return self.base_url + self.path(lang, page)

    def built_pages(self, lang: str) -> set[str]:
        """Every HTML page built for ``lang`` (the other language's folder excluded)."""
        base = self.root / self.prefixes[lang]
        others = [self.root / p for code, p in self.prefixes.items() if code != lang and p]
        pages = set()
        for index in base.rglob("index.html"):
            if any(other in index.parents for other in others):
                continue
            rel = index.parent.relative_to(base).as_posix()
            pages.add("index" if rel == "." else rel)
        return pages


class _QuietHandler(SimpleHTTPRequestHandler):
    """Serve files without logging each request to stderr."""

    def log_message(self, format: str, *args: Any) -> None:
        return


@contextmanager
def serve(directory: Path) -> Iterator[str]:
    """Serve ``directory`` on 127.0.0.1 on a free port; yield the base URL ending in ``/``."""
    handler = functools.partial(_QuietHandler, directory=str(directory))
    server = ThreadingHTTPServer((LOCAL_HOST, 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://{LOCAL_HOST}:{server.server_address[1]}/"
    finally:
        server.shutdown()
        server.server_close()
        thread.join()


@dataclass
class Visit:
    """What happened while a page loaded and was used."""

    console_errors: list[str] = field(default_factory=list)
    failed_requests: list[str] = field(default_factory=list)
    foreign_requests: list[str] = field(default_factory=list)

    def record(self, page: Page) -> None:
        """Listen to ``page``; requests to any host but 127.0.0.1 are blocked and noted."""
        page.on("console", self._on_console)
        page.on("pageerror", lambda error: self.console_errors.append(f"uncaught: {error}"))
        page.on("requestfailed", self._on_failed)
        page.on("response", self._on_response)
        page.route("**/*", self._route)

    def _on_console(self, message: Any) -> None:
        if message.type == "error":
            self.console_errors.append(f"{message.text} ({message.location.get('url', '')})")

    def _on_failed(self, request: Request) -> None:
        if not is_foreign(request.url):  # blocked foreign requests are reported on their own
            self.failed_requests.append(f"{request.url}: {request.failure}")

    def _on_response(self, response: Any) -> None:
        if response.status >= 400:
            self.failed_requests.append(f"{response.url}: HTTP {response.status}")

    def _route(self, route: Route) -> None:
        if is_foreign(route.request.url):
            self.foreign_requests.append(route.request.url)
            route.abort("blockedbyclient")
        else:
            route.continue_()


def is_foreign(url: str) -> bool:
    """True for a request that would leave this machine (``data:``/``blob:`` stay inside)."""
    parts = urlsplit(url)
    if parts.scheme in ("data", "blob", "about"):
        return False
    return parts.hostname != LOCAL_HOST


def open_page(context: BrowserContext, url: str) -> tuple[Page, Visit]:
    """Open ``url`` in a new tab, recording from the first request, and wait for it to settle."""
    page = context.new_page()
    visit = Visit()
    visit.record(page)
    page.goto(url, wait_until="networkidle")
    return page, visit


def axe_violations(page: Page) -> list[str]:
    """Serious and critical axe-core violations on ``page``, one line per rule."""
    page.evaluate(AXE_SCRIPT)
    results = page.evaluate("axe.run(document, {resultTypes: ['violations']})")
    found = []
    for violation in results["violations"]:
        if violation.get("impact") in BLOCKING_IMPACTS:
            targets = [node["target"] for node in violation["nodes"][:3]]
            found.append(f"{violation['impact']} {violation['id']}: {violation['help']} {targets}")
    return found


def type_query(page: Page, query: str) -> None:
    """Type into the focused field. Letters that no US key makes (Arabic) arrive as text input,
    as from an input method, which sends no key events; Material searches on keyup, so a final
    End key stands for the key a reader releases last."""
    page.keyboard.type(query)
    page.keyboard.press("End")
