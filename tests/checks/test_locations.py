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
