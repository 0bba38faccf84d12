"""The PDFs are kept under ``.cache/factsheet/`` by what they were made from: a build of the
same page copies its PDF instead of laying it out again, and a changed page is laid out anew
and takes the old PDF's place."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from sitebuild import copy_project

from factsheet.exports import pdf_name
from factsheet.pipeline import validate
from factsheet.plugin.pdf import CACHE_DIR, PdfCache
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
    return sorted((project.root / CACHE_DIR).glob("en-*.pdf"))


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
