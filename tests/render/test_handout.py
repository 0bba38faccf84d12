"""The handout's content (factsheet.handout.content): from the facts, with the site's address
when it is known, and no link left pointing at a Markdown file."""

from __future__ import annotations

import re
from html import unescape
from pathlib import Path

import pytest

from factsheet.handout import pdf
from factsheet.handout.content import handout_html
from factsheet.project import Project
from factsheet.render.facts import value_text

from .conftest import TODAY


def test_handout_holds_the_key_figures_and_the_address(fixture_project: Project) -> None:
    html = unescape(handout_html(fixture_project, "en", TODAY, "https://example.org/fs"))
    site = fixture_project.site
    assert site is not None and site.name.en in html and site.name.ar in html
    keys = [f for f in fixture_project.facts.values() if f.key]
    assert keys
    for fact in keys:
        shown = value_text(fixture_project, fact.value, "en")
        assert shown is None or shown in html
    assert '<a href="https://example.org/fs/en/">https://example.org/fs/en/</a>' in html
    assert 'class="factsheet-map"' in html and "<text" not in html  # names set as HTML
    assert not re.search(r'href="[^"]*\.md', html)


def test_without_an_address_links_become_text(fixture_project: Project) -> None:
    html = handout_html(fixture_project, "ar", TODAY, None)
    assert "<a " not in html
    assert 'dir="ltr"' in html  # the English title under the Arabic one keeps its direction


def test_a_font_weasyprint_cannot_load_stops_the_pdf(
    fixture_project: Project, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    fonts = tmp_path / "fonts"
    fonts.mkdir(parents=True)
    for name in pdf.NASKH_FILES.values():
        (fonts / name).write_bytes(b"not a font")
    monkeypatch.setattr(pdf, "FONTS_DIR", fonts)
    with pytest.raises(pdf.PdfUnavailable, match="could not use the site's font"):
        pdf.handout_pdf(fixture_project, "ar", TODAY, None)


def test_missing_system_libraries_name_the_debian_packages(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    def fail(name: str) -> None:
        raise OSError("cannot load library 'libpango-1.0-0'")

    monkeypatch.setattr(pdf.importlib, "import_module", fail)
    with pytest.raises(pdf.PdfUnavailable) as caught:
        pdf.load_weasyprint()
    assert "sudo apt-get install libpango-1.0-0 libpangoft2-1.0-0 libharfbuzz-subset0" in str(
        caught.value
    )


def test_the_engine_fingerprint_changes_with_the_font_files(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # The plugin keeps a PDF by this fingerprint: new font files must not reuse an old PDF.
    fonts = tmp_path / "fonts"
    fonts.mkdir()
    for name in pdf.NASKH_FILES.values():
        (fonts / name).write_bytes((pdf.FONTS_DIR / name).read_bytes())
    monkeypatch.setattr(pdf, "FONTS_DIR", fonts)
    before = pdf.engine_fingerprint()
    name = next(iter(pdf.NASKH_FILES.values()))
    (fonts / name).write_bytes((fonts / name).read_bytes() + b"\0")
    assert pdf.engine_fingerprint() != before
