"""Check ``locations``: a place's coordinates are a point on Earth, inside the locator map.

An entity may give its ``location`` (``latitude``, ``longitude`` in decimal degrees, with the
``sources`` that give them, checked like any other source id by ``references``). The locator
map on the home and parties pages, and in the PDF, marks every located place, so a place must
lie inside the map's region (``factsheet.region``: 37.0-51.0°E, 37.5-45.0°N, the South
Caucasus with Sochi and the Caspian coast). A latitude outside -90..90 or a longitude outside
-180..180 is no point at all, most often a slip or latitude and longitude swapped.

Passes::

    entities:
      - id: sochi
        kind: place
        label: {ar: سوتشي, en: Sochi}
        location: {latitude: 43.6, longitude: 39.7, sources: [atlas]}

Fails (``location-out-of-range`` on the latitude: 139.7 is not a latitude; then
``location-outside-map``: Prague is not in the map's region)::

    entities:
      - id: sochi
        location: {latitude: 139.7, longitude: 43.6, sources: [atlas]}
      - id: prague
        location: {latitude: 50.1, longitude: 14.4, sources: [atlas]}
"""

from __future__ import annotations

from collections.abc import Iterator

from factsheet.checks.context import CheckContext
from factsheet.model.records import Entity, Location
from factsheet.problems import Problem
from factsheet.region import region

CODES: dict[str, str] = {
    "location-out-of-range": "a latitude outside -90..90 or a longitude outside -180..180",
    "location-outside-map": "a place's coordinates are outside the locator map's region",
}

LIMITS = {"latitude": 90.0, "longitude": 180.0}


def check(ctx: CheckContext) -> Iterator[Problem]:
    for _kind, entity in ctx.records("entity"):
        if entity.location is not None:
            yield from _location(ctx, entity, entity.location)


def _location(ctx: CheckContext, entity: Entity, location: Location) -> Iterator[Problem]:
    wrong = False
    for axis, limit in LIMITS.items():
        value = getattr(location, axis)
        if not -limit <= value <= limit:
            wrong = True
            yield ctx.problem(
                entity,
                ("location", axis),
                "location-out-of-range",
                f"{value} is not a {axis}: it must be between {-limit:g} and {limit:g}",
                "write decimal degrees as the source gives them (south and west negative); "
                "check that latitude and longitude are not swapped",
            )
    if wrong or region().contains(location.latitude, location.longitude):
        return
    yield ctx.problem(
        entity,
        ("location",),
        "location-outside-map",
        f"{location.latitude}, {location.longitude} is outside the locator map "
        f"({region().describe_extent()})",
        "check the coordinates against the source; a place outside the region needs no "
        "location (the map cannot show it)",
    )
