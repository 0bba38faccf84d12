"""The PDFs are kept under ``.cache/factsheet/`` by what they were made from: a build of the
same page copies its PDF instead of laying it out again, and a changed page is laid out anew
and takes the old PDF's place. Under ``mkdocs serve`` a rebuild does not wait for its PDF:
the PDF is written when it is made, unless a newer rebuild started, and a failure is logged."""

from __future__ import annotations

import shutil
import subprocess
from concurrent.futures import Future
from datetime import date
from pathlib import Path

import pytest
from sitebuild import copy_project

from factsheet.cache import CACHE_ROOT
from factsheet.exports import pdf_name
from factsheet.handout import PdfUnavailable
from factsheet.pipeline import validate
from factsheet.plugin.pdf import CACHE_NAME, PdfCache
from factsheet.project import Project

TODAY = date(2026, 12, 5)


@pytest.fixture(scope="module")
def project(tmp_path_factory: pytest.TempPathFactory) -> Project:
    return validate(copy_project(tmp_path_factory.mktemp("pdf-cache") / "project"))[0]


def build(project: Project, site: Path, today: date = TODAY) -> bytes:
    """One build's PDF work for English, as the plugin does it: a new cache (a new process),
    started, then written; returns the PDF the site got."""
    cache = PdfCache()
    cache.start(project, today, {"en": None})
    laid_out = "en" in cache.pending
    cache.write("en", site)
    assert cache.pool is None  # the second process ended with the last PDF
    written = (site / "downloads" / pdf_name("en")).read_bytes()
    assert written.startswith(b"%PDF") or not laid_out
    return written


def cached(project: Project) -> list[Path]:
    return sorted((project.root / CACHE_ROOT / CACHE_NAME).glob("en-*.pdf"))


def test_the_same_page_is_copied_from_the_cache_not_laid_out_again(
    project: Project, tmp_path: Path
) -> None:
    pdf = build(project, tmp_path / "one")
    [stored] = cached(project)
    assert stored.read_bytes() == pdf
    stored.write_bytes(b"what the cache holds")  # so the next site shows where its PDF came from
    second = PdfCache()
    second.start(project, TODAY, {"en": None})
    assert second.pending == {} and second.pool is None
    second.write("en", tmp_path / "two")
    assert (tmp_path / "two" / "downloads" / pdf_name("en")).read_bytes() == (
        b"what the cache holds"
    )
    stored.write_bytes(pdf)


def test_a_changed_page_is_laid_out_again_and_replaces_the_cached_pdf(
    project: Project, tmp_path: Path
) -> None:
    before = build(project, tmp_path / "one")
    [old] = cached(project)
    after = build(project, tmp_path / "two", today=date(2027, 1, 2))  # the data's date
    [new] = cached(project)
    assert new != old and new.read_bytes() == after and after != before


def serve_rebuild(tmp_path: Path) -> tuple[PdfCache, Future[bytes], Path]:
    """A cache whose English PDF is being made, written as mkdocs serve's rebuilds write it
    (not waiting); returns the cache, the PDF's future and where the site gets it."""
    cache = PdfCache()
    cache.folder = tmp_path / "cache"
    future: Future[bytes] = Future()
    cache.pending["en"] = ("new", future)
    cache.write("en", tmp_path / "site", wait=False)
    return cache, future, tmp_path / "site" / "downloads" / pdf_name("en")


def test_a_serve_rebuild_writes_the_pdf_once_it_is_made(tmp_path: Path) -> None:
    cache, future, target = serve_rebuild(tmp_path)
    assert not target.exists()  # the pages did not wait for it
    future.set_result(b"%PDF-new")
    assert target.read_bytes() == b"%PDF-new"
    assert cache.made["en"] == ("new", b"%PDF-new") and cache.pending == {}
    assert [p.name for p in (tmp_path / "cache").iterdir()] == ["en-new.pdf"]


def test_a_pdf_made_for_an_older_rebuild_is_not_written(tmp_path: Path) -> None:
    cache, future, target = serve_rebuild(tmp_path)
    cache.close(wait=False)  # the next rebuild's start, which makes its own PDF
    newer: Future[bytes] = Future()
    cache.pending["en"] = ("newer", newer)
    future.set_result(b"%PDF-old")
    assert not target.exists() and "en" not in cache.made
    assert cache.pending == {"en": ("newer", newer)}


def test_a_pdf_that_fails_in_a_serve_rebuild_is_logged(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    _, future, target = serve_rebuild(tmp_path)
    future.set_exception(PdfUnavailable("the PDF needs WeasyPrint's system libraries"))
    assert not target.exists()
    assert "system libraries" in caplog.text and "pdf: false" in caplog.text


def test_a_pdf_committed_under_dot_cache_is_not_published(project: Project, tmp_path: Path) -> None:
    # A pull request could commit a forged PDF under the name the next build would look for.
    build(project, tmp_path / "one")
    [stored] = cached(project)
    stored.write_bytes(b"%PDF forged")
    subprocess.run(["git", "init", "-q", str(project.root)], check=True)
    subprocess.run(["git", "-C", str(project.root), "add", "-f", str(stored)], check=True)
    try:
        assert build(project, tmp_path / "two").startswith(b"%PDF-")
    finally:
        shutil.rmtree(project.root / ".git")
        stored.unlink()


def test_a_kept_pdf_that_is_a_link_is_not_followed(project: Project, tmp_path: Path) -> None:
    pdf = build(project, tmp_path / "one")
    [stored] = cached(project)
    secret = tmp_path / "secret.pdf"
    secret.write_bytes(b"%PDF outside the project")
    stored.unlink()
    stored.symlink_to(secret)
    assert build(project, tmp_path / "two") == pdf
