"""The locator map's region: its extent, its projection and its country outlines.

The outlines are Natural Earth's (public domain), clipped to the extent and simplified once by
``scripts/region_map.py``, which wrote ``region.json`` beside this module with the data's name,
version and licence. The validator (``factsheet.checks.locations``) rejects a place outside the
extent; the renderers (``factsheet.render.map``) draw the outlines and the places.
"""

from __future__ import annotations

import json
import math
from dataclasses import dataclass
from functools import cache
from importlib import resources


@dataclass(frozen=True)
class Country:
    """One country's outline inside the extent, as SVG path data in map units."""

    id: str  # ISO 3166-1 numeric code, as Natural Earth gives it
    name: str  # Natural Earth's English name
    path: str
    label: tuple[float, float]  # where a label fits inside the outline


@dataclass(frozen=True)
class Region:
    west: float
    east: float
    south: float
    north: float
    width: int
    height: int
    countries: tuple[Country, ...]
    data: dict[str, str]  # name, version, licence of the outlines

    def contains(self, latitude: float, longitude: float) -> bool:
        return self.south <= latitude <= self.north and self.west <= longitude <= self.east

    def project(self, latitude: float, longitude: float) -> tuple[float, float]:
        """Map units (x east, y down) of a point, as the script projected the outlines:
        equirectangular, longitudes scaled by the cosine of the middle latitude."""
        middle = math.cos(math.radians((self.south + self.north) / 2))
        scale = self.width / ((self.east - self.west) * middle)
        return (longitude - self.west) * middle * scale, (self.north - latitude) * scale

    def describe_extent(self) -> str:
        """The extent in degrees, for messages: 37.0-51.0°E, 37.5-45.0°N."""
        return f"{self.west}-{self.east}°E, {self.south}-{self.north}°N"


@cache
def region() -> Region:
    """The region of ``region.json``, read once."""
    raw = json.loads(resources.files("factsheet").joinpath("region.json").read_text("utf-8"))
    extent = raw["extent"]
    countries = tuple(
        Country(c["id"], c["name"], c["path"], (c["label"][0], c["label"][1]))
        for c in raw["countries"]
    )
    return Region(
        west=extent["west"],
        east=extent["east"],
        south=extent["south"],
        north=extent["north"],
        width=raw["width"],
        height=raw["height"],
        countries=countries,
        data=raw["data"],
    )
