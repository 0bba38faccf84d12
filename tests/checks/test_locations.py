"""The locations check: a point on Earth, inside the locator map, reported at file:line:col."""

from __future__ import annotations

from .helpers import FACT, Run, found, only

PLACES = """
entities:
  - id: sochi
    kind: place
    label: {ar: سوتشي, en: Sochi}
    location: {latitude: 43.6, longitude: 39.7, sources: [web]}
  - id: swapped
    kind: place
    label: {ar: مكان, en: Swapped}
    location:
      latitude: 139.7
      longitude: -190
      sources: [web]
  - id: prague
    kind: place
    label: {ar: براغ, en: Prague}
    location: {latitude: 50.1, longitude: 14.4, sources: [web]}
  - id: unsourced
    kind: place
    label: {ar: مكان آخر, en: Elsewhere}
    location: {latitude: 40.2, longitude: 44.5, sources: [atlas]}
"""


def test_location_problems_at_the_offending_value(run: Run) -> None:
    problems = run({"facts.yaml": FACT, "places.yaml": PLACES})
    assert found(problems, "location-") == [
        ("location-out-of-range", "facts/places.yaml", 10, 17),
        ("location-out-of-range", "facts/places.yaml", 11, 18),
        ("location-outside-map", "facts/places.yaml", 16, 15),
    ]
    assert "139.7 is not a latitude" in problems[0].message
    assert "37.0-51.0°E" in only(problems, "location-outside-map").message
    assert found(problems, "ref-unknown-source") == [
        ("ref-unknown-source", "facts/places.yaml", 20, 59)
    ]


def test_located_place_inside_the_map_passes(run: Run) -> None:
    places = PLACES.split("  - id: swapped")[0]
    assert found(run({"facts.yaml": FACT, "places.yaml": places}), "") == []


def test_location_needs_a_source(run: Run) -> None:
    places = """
    entities:
      - id: baku
        kind: place
        label: {ar: باكو, en: Baku}
        location: {latitude: 40.4, longitude: 49.9, sources: []}
    """
    problems = run({"facts.yaml": FACT, "places.yaml": places})
    assert [(p.code, p.file, p.line) for p in problems] == [
        ("schema-too-short", "facts/places.yaml", 5)
    ]


EDGES = """
entities:
  - id: north
    kind: place
    label: {ar: شمال, en: North}
    location: {latitude: 90, longitude: -180, sources: [web]}
  - id: south
    kind: place
    label: {ar: جنوب, en: South}
    location: {latitude: -90, longitude: 180, sources: [web]}
  - id: beyond
    kind: place
    label: {ar: أبعد, en: Beyond}
    location: {latitude: -90.5, longitude: 180.5, sources: [web]}
"""
DEGREES = (
    "write decimal degrees as the source gives them (south and west negative); "
    "check that latitude and longitude are not swapped"
)
OUTSIDE = (
    "check the coordinates against the source; a place outside the region needs no location "
    "(the map cannot show it)"
)


def test_the_limits_are_points_on_earth_and_each_problem_says_how_to_fix_it(run: Run) -> None:
    # ±90 and ±180 are on Earth (outside the map); half a degree more is not.
    problems = run({"facts.yaml": FACT, "places.yaml": EDGES})
    assert [(p.line, p.col, p.message, p.hint) for p in problems if p.code[:9] == "location-"] == [
        (5, 15, "90, -180 is outside the locator map (37.0-51.0°E, 37.5-45.0°N)", OUTSIDE),
        (9, 15, "-90, 180 is outside the locator map (37.0-51.0°E, 37.5-45.0°N)", OUTSIDE),
        (13, 26, "-90.5 is not a latitude: it must be between -90 and 90", DEGREES),
        (13, 44, "180.5 is not a longitude: it must be between -180 and 180", DEGREES),
    ]
