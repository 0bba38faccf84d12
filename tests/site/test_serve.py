"""``make serve``'s command, ``mkdocs serve --dirty --livereload``, on a copy of the project:
an edited fact appears in both languages, a broken one stops the rebuild and prints the
positioned message (no traceback), fixing it brings the preview back, and an edit to a fact
the one-page PDF shows reaches the PDF.

Not a timing test: how fast the rebuild is, is measured by ``scripts/bench.py``.
"""

from __future__ import annotations

import io
import os
import socket
import subprocess
import time
import urllib.request
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest
from pypdf import PdfReader
from sitebuild import MKDOCS, copy_project

FACTS = "facts/afterwards.yaml"
OLD_EN = "breaching the agreements reached in Sochi"
OLD_AR = "إليها في سوتشي،"
TIMEOUT = 120.0


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def fetch(url: str) -> str:
    try:
        with urllib.request.urlopen(url, timeout=10) as response:
            return str(response.read().decode("utf-8"))
    except OSError:
        return ""


def wait_until(check: Callable[[], bool], what: str, log: Path) -> None:
    deadline = time.monotonic() + TIMEOUT
    while time.monotonic() < deadline:
        if check():
            return
        time.sleep(0.1)
    pytest.fail(f"{what} within {TIMEOUT} s; mkdocs serve printed:\n{log.read_text('utf-8')}")


@contextmanager
def serving(project: Path) -> Iterator[tuple[str, Path]]:
    """``mkdocs serve --dirty --livereload`` on 127.0.0.1, as ``make serve`` runs it."""
    port = free_port()
    log = project / "serve.log"
    command = [str(MKDOCS), "serve", "--dirty", "--livereload", "-a", f"127.0.0.1:{port}"]
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1"}
    with log.open("wb") as out:
        proc = subprocess.Popen(command, cwd=project, env=env, stdout=out, stderr=subprocess.STDOUT)
        try:
            yield f"http://127.0.0.1:{port}/", log
        finally:
            proc.terminate()
            proc.wait(timeout=30)


def edit(path: Path, old: str, new: str) -> None:
    text = path.read_text(encoding="utf-8")
    assert old in text
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


@pytest.mark.slow
def test_serve_shows_an_edit_in_both_languages_and_survives_a_broken_fact(
    tmp_path: Path,
) -> None:
    project = copy_project(tmp_path / "project")
    facts = project / FACTS
    with serving(project) as (base, log):
        ar, en = base + "afterwards/", base + "en/afterwards/"
        wait_until(lambda: bool(fetch(ar)) and bool(fetch(en)), "no first build", log)
        time.sleep(1)  # the watcher's first scan

        edit(facts, OLD_EN, OLD_EN + " Zqserve")
        edit(facts, OLD_AR, "إليها في سوتشي تجربةمعاينة،")
        wait_until(
            lambda: "Zqserve" in fetch(en) and "تجربةمعاينة" in fetch(ar),
            "the edit did not appear in both languages",
            log,
        )

        # MkDocs holds requests back while the build fails ("the server will appear stuck
        # until build errors are resolved"); the terminal shows the positioned message.
        edit(facts, "value: {type: text}", "value: {type: txt}")
        wait_until(lambda: "appear stuck" in log.read_text("utf-8"), "no error", log)
        printed = log.read_text("utf-8")
        assert f"{FACTS}:23:19: error [schema-choice]" in printed
        assert "Traceback" not in printed

        edit(facts, "value: {type: txt}", "value: {type: text}")
        edit(facts, " Zqserve", " Zqfixed")
        wait_until(lambda: "Zqfixed" in fetch(en), "no rebuild after the fix", log)


def pdf_text(url: str) -> str:
    try:
        with urllib.request.urlopen(url, timeout=10) as response:
            data = response.read()
    except OSError:
        return ""
    if not data.startswith(b"%PDF"):
        return ""  # the empty place a rebuild writes until the PDF is made
    text = " ".join(page.extract_text() for page in PdfReader(io.BytesIO(data)).pages)
    return " ".join(text.split())


@pytest.mark.slow
def test_serve_remakes_the_pdf_after_an_edit_it_shows(tmp_path: Path) -> None:
    # The rebuild does not wait for the PDF (factsheet.plugin.pdf); it arrives after the page.
    project = copy_project(tmp_path / "project")
    facts = project / "facts/summit.yaml"
    old = "which Armenia and Azerbaijan dispute."
    with serving(project) as (base, log):
        pdf = base + "en/downloads/factsheet-en.pdf"
        wait_until(lambda: old in pdf_text(pdf), "no first PDF", log)
        time.sleep(1)  # the watcher's first scan
        edit(facts, old, old[:-1] + " Zqpdf.")
        wait_until(lambda: "Zqpdf" in fetch(base + "en/summit/"), "no edit on the page", log)
        wait_until(lambda: "Zqpdf" in pdf_text(pdf), "no edit in the PDF", log)
        assert "Traceback" not in log.read_text("utf-8")
