"""The locator map: outlines, labels in the page's language, located places and their table.

The fixture project gives no coordinates (like the real facts); ``located`` adds a test place
with a cited location in a copy of it, so the marks and the text alternative are exercised.
"""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest

from factsheet.pipeline import validate
from factsheet.project import Project
from factsheet.region import region
from factsheet.render.map import map_md, map_svg

from .conftest import FIXTURE, TODAY

MAX_MAP_BYTES = 30 * 1024

PLACES = """
entities:
  - id: test-place
    kind: place
    label: {ar: مكان تجريبي, en: Test place}
    location: {latitude: 40.25, longitude: 45.5, sources: [s50]}
  - id: armenia
    kind: state
    label: {ar: أرمينيا, en: Armenia}
"""


@pytest.fixture(scope="module")
def located(tmp_path_factory: pytest.TempPathFactory) -> Project:
    root = tmp_path_factory.mktemp("located")
    shutil.copytree(FIXTURE, root, dirs_exist_ok=True)
    (root / "facts" / "places.yaml").write_text(PLACES, encoding="utf-8")
    project, problems = validate(root, today=TODAY)
    assert [p for p in problems if p.severity == "error"] == []
    return project


@pytest.mark.parametrize("lang", ["ar", "en"])
def test_map_is_light_accessible_and_offline(fixture_project: Project, lang: str) -> None:
    svg = map_svg(fixture_project, lang)
    assert len(svg.encode("utf-8")) <= MAX_MAP_BYTES
    assert 'role="img"' in svg and 'aria-labelledby="fs-map-title fs-map-desc"' in svg
    assert re.search(r'<title id="fs-map-title">[^<]+</title>', svg)
    assert re.search(r'<desc id="fs-map-desc">[^<]+</desc>', svg)
    # No reference to anything outside the page: the only URL is the SVG namespace.
    assert re.findall(r"https?://[^\"]+", svg) == ["http://www.w3.org/2000/svg"]
    assert svg.count("<path ") == len(region().countries)


def test_without_locations_no_place_is_marked(fixture_project: Project) -> None:
    md = map_md(fixture_project, "en")
    assert "<circle" not in md
    assert "No place is marked on the map" in md
    assert "Places marked" not in md


@pytest.mark.parametrize(
    ("lang", "label", "country", "latitude"),
    [("ar", "مكان تجريبي", "أرمينيا", "40.25° شمالًا"), ("en", "Test place", "Armenia", "40.25° N")],
)
def test_located_place_is_marked_and_listed(
    located: Project, lang: str, label: str, country: str, latitude: str
) -> None:
    svg = map_svg(located, lang)
    x, y = region().project(40.25, 45.5)
    assert f'<circle cx="{round(x, 1)}" cy="{round(y, 1)}"' in svg
    assert f">{label}</text>" in svg
    assert f">{country}</text>" in svg  # the state entity names its country, in the language
    md = map_md(located, lang)
    row = next(line for line in md.splitlines() if line.startswith(f"| {label}"))
    assert latitude in row.replace("\\", "") and "sources.md#s50" in row
    assert "No place is marked" not in md


def test_region_file_records_its_data() -> None:
    data = region().data
    assert data["name"].startswith("Natural Earth")
    assert data["version"] == "4.1.0"
    assert "public domain" in data["licence"]
    assert "world-atlas 2.0.2" in data["package"]
    assert Path(__file__).resolve().parents[2].joinpath(data["made_by"]).is_file()
