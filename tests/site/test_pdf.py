"""The one-page PDF of each language: built by ``mkdocs build``, linked, readable, and the build
fails with the Debian packages to install when WeasyPrint's libraries are missing.

Text comes out of the PDFs with pypdf. The English text comes back whole. The Arabic comes
back in logical order with real spaces, but letters that Noto Naskh draws from one dotless
base glyph plus dots (ب ت ث ن ي, ح ج خ, ...) share that glyph's single ToUnicode entry, so a
word holding them may come back with a sibling letter; the Arabic tested here is what the
extractor gives back exactly: words without such letters, the figures and the Latin title.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from pypdf import PdfReader
from sitebuild import REPO_ROOT, copy_project, run_build

from factsheet.exports import pdf_name
from factsheet.pipeline import validate
from factsheet.render.facts import value_text

LANGS = {"ar": "", "en": "en/"}


def pdf_of(site: Path, lang: str) -> Path:
    return site / LANGS[lang] / "downloads" / pdf_name(lang)


def fonts(reader: PdfReader) -> set[str]:
    names: set[str] = set()
    for page in reader.pages:
        for font in page["/Resources"].get_object().get("/Font", {}).values():
            names.add(str(font.get_object()["/BaseFont"]))
    return names


def text_of(reader: PdfReader) -> str:
    return "\n".join(page.extract_text() for page in reader.pages)


@pytest.mark.parametrize("lang", LANGS)
def test_each_language_has_a_one_or_two_page_pdf_with_naskh(built_site: Path, lang: str) -> None:
    reader = PdfReader(pdf_of(built_site, lang))
    assert 1 <= len(reader.pages) <= 2
    # DejaVu Sans has Arabic letters too: Naskh is embedded only if the Arabic used it.
    naskh = {name.split("+")[-1] for name in fonts(reader) if "Naskh" in name}
    assert "Noto-Naskh-Arabic" in naskh, fonts(reader)
    box = reader.pages[0].mediabox
    assert (round(float(box.width) * 25.4 / 72), round(float(box.height) * 25.4 / 72)) == (210, 297)


def key_values(lang: str) -> list[str]:
    project = validate(REPO_ROOT)[0]
    return [
        text
        for fact in project.facts.values()
        if fact.key and (text := value_text(project, fact.value, lang))
    ]


def english_name() -> str:
    site = validate(REPO_ROOT)[0].site
    assert site is not None
    return site.name.en


def test_english_pdf_holds_the_title_and_key_figures(built_site: Path) -> None:
    text = " ".join(text_of(PdfReader(pdf_of(built_site, "en"))).split())
    assert english_name() in text
    values = key_values("en")
    assert values and [v for v in values if v not in text] == []
    project = validate(REPO_ROOT)[0]
    figures = [s for t in project.topics.values() for s in t.sections if s.chart == "figures"]
    assert figures and all(s.title.en in text for s in figures)  # each figures section's title
    assert "AzerNews (2,783 servicemen)" in text  # a source with the figure it gave


def test_arabic_pdf_holds_what_the_extractor_gives_back(built_site: Path) -> None:
    text = " ".join(text_of(PdfReader(pdf_of(built_site, "ar"))).split())
    assert english_name() in text  # the other language's title, under the Arabic one
    for figure in ("6,500", "100,417", "2,783", "3,773"):
        assert figure in text
    for word in ("الخريطة", "حدود الدول", "مصادر"):
        assert word in text


@pytest.mark.parametrize("lang", LANGS)
def test_home_and_downloads_link_to_the_pdf(built_site: Path, lang: str) -> None:
    root = built_site / LANGS[lang]
    name = pdf_name(lang)
    assert f'href="downloads/{name}"' in (root / "index.html").read_text("utf-8")
    assert f'href="{name}"' in (root / "downloads" / "index.html").read_text("utf-8")


def test_missing_system_libraries_fail_the_build_unless_the_pdf_is_off(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # A weasyprint whose import fails as it does without Pango: a real build, a real message.
    fake = tmp_path / "fake" / "weasyprint"
    fake.mkdir(parents=True)
    (fake / "__init__.py").write_text(
        "raise OSError(\"cannot load library 'libpango-1.0-0': No such file\")\n", "utf-8"
    )
    project = copy_project(tmp_path / "project")
    monkeypatch.setenv("PYTHONPATH", str(fake.parent))
    failed = run_build(project, tmp_path / "site")
    config = project / "mkdocs.yml"
    text = config.read_text("utf-8")
    # The plugin's line, with or without options: "pdf: false" is added under it.
    off_text = re.sub(r"^  - factsheet:?\n", "  - factsheet:\n      pdf: false\n", text, flags=re.M)
    assert off_text != text
    config.write_text(off_text, "utf-8")
    off = run_build(project, tmp_path / "site-off")
    assert failed.returncode != 0
    assert "sudo apt-get install libpango-1.0-0 libpangoft2-1.0-0 libharfbuzz-subset0" in (
        failed.output
    )
    assert "pdf: false" in failed.output
    assert off.returncode == 0, off.output
    assert not pdf_of(tmp_path / "site-off", "ar").exists()
    assert "factsheet-ar.pdf" not in (tmp_path / "site-off" / "index.html").read_text("utf-8")
