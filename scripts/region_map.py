"""Make the locator map's country outlines: Natural Earth, clipped to the region, simplified.

Run once (the output is committed); it makes no network request itself:

    npm pack world-atlas@2.0.2 && tar xzf world-atlas-2.0.2.tgz
    .venv/bin/python scripts/region_map.py package/

It reads ``countries-50m.json`` (Natural Earth's Admin 0 countries at 1:50m, version 4.1.0, as
TopoJSON) and ``package.json`` from the unpacked npm package, keeps the countries that reach
into the map's extent, clips them to it, projects them (equirectangular, longitudes scaled by
the cosine of the middle latitude), simplifies them (Douglas-Peucker) and writes
``src/factsheet/region.json`` with the data's name, version and licence. Natural Earth is
in the public domain; the world-atlas package that converts it to TopoJSON is under the ISC
licence. ``factsheet.region`` reads only the written file.
"""

from __future__ import annotations

import json
import math
import sys
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "src" / "factsheet" / "region.json"

# The South Caucasus with Sochi to the north-west and the Caspian coast to the east.
EXTENT = {"west": 37.0, "east": 51.0, "south": 37.5, "north": 45.0}
WIDTH = 640.0
TOLERANCE = 0.6  # of the simplification, in map units (WIDTH wide)

Point = tuple[float, float]


def decode_arcs(topology: dict[str, Any]) -> list[list[Point]]:
    """The topology's arcs in longitude/latitude (quantized, delta-encoded in the file)."""
    (sx, sy), (tx, ty) = topology["transform"]["scale"], topology["transform"]["translate"]
    arcs = []
    for arc in topology["arcs"]:
        x = y = 0
        points = []
        for dx, dy in arc:
            x, y = x + dx, y + dy
            points.append((x * sx + tx, y * sy + ty))
        arcs.append(points)
    return arcs


def ring_points(ring: list[int], arcs: list[list[Point]]) -> list[Point]:
    """A ring from its arc indexes (``~i`` is arc ``i`` reversed); shared ends kept once."""
    points: list[Point] = []
    for index in ring:
        arc = arcs[index] if index >= 0 else arcs[~index][::-1]
        points.extend(arc if not points else arc[1:])
    return points


def clip(ring: list[Point]) -> list[Point]:
    """Sutherland-Hodgman clipping of a ring to the extent (a rectangle in degrees)."""
    edges = [
        (0, EXTENT["west"], True),
        (0, EXTENT["east"], False),
        (1, EXTENT["south"], True),
        (1, EXTENT["north"], False),
    ]
    for axis, bound, keep_above in edges:
        if not ring:
            break

        def inside(p: Point, axis: int = axis, bound: float = bound, up: bool = keep_above) -> bool:
            return p[axis] >= bound if up else p[axis] <= bound

        out: list[Point] = []
        for i, current in enumerate(ring):
            previous = ring[i - 1]
            if inside(current) != inside(previous):
                t = (bound - previous[axis]) / (current[axis] - previous[axis])
                out.append(tuple(a + t * (b - a) for a, b in zip(previous, current, strict=True)))  # type: ignore[arg-type]
            if inside(current):
                out.append(current)
        ring = out
    return ring


def project(point: Point) -> Point:
    """Longitude/latitude to map units: x east, y down."""
    middle = math.radians((EXTENT["south"] + EXTENT["north"]) / 2)
    scale = WIDTH / ((EXTENT["east"] - EXTENT["west"]) * math.cos(middle))
    lon, lat = point
    return (lon - EXTENT["west"]) * math.cos(middle) * scale, (EXTENT["north"] - lat) * scale


def simplify(points: list[Point], tolerance: float) -> list[Point]:
    """Douglas-Peucker: the points that keep the line within ``tolerance``."""
    if len(points) < 3:
        return points
    (ax, ay), (bx, by) = points[0], points[-1]
    length = math.hypot(bx - ax, by - ay) or 1e-9
    far, index = 0.0, 0
    for i, (px, py) in enumerate(points[1:-1], 1):
        distance = abs((bx - ax) * (ay - py) - (ax - px) * (by - ay)) / length
        if distance > far:
            far, index = distance, i
    if far <= tolerance:
        return [points[0], points[-1]]
    return simplify(points[: index + 1], tolerance)[:-1] + simplify(points[index:], tolerance)


def area_centroid(ring: list[Point]) -> tuple[float, Point]:
    """The ring's area and centroid (shoelace formula)."""
    area = cx = cy = 0.0
    for (x0, y0), (x1, y1) in zip(ring, ring[1:] + ring[:1], strict=True):
        cross = x0 * y1 - x1 * y0
        area += cross
        cx += (x0 + x1) * cross
        cy += (y0 + y1) * cross
    if abs(area) < 1e-9:
        return 0.0, ring[0]
    return abs(area) / 2, (cx / (3 * area), cy / (3 * area))


def country(geometry: dict[str, Any], arcs: list[list[Point]]) -> dict[str, Any] | None:
    """One country's clipped, simplified outline as an SVG path, with a label point."""
    polygons = geometry["arcs"] if geometry["type"] == "MultiPolygon" else [geometry["arcs"]]
    path, best = [], (0.0, (0.0, 0.0))
    for polygon in polygons:
        for ring in polygon:
            clipped = [project(p) for p in clip(ring_points(ring, arcs))]
            # A closed ring is simplified as two halves, so both ends survive.
            half = len(clipped) // 2
            points = simplify(clipped[: half + 1], TOLERANCE)[:-1] + simplify(
                clipped[half:], TOLERANCE
            )
            if len(points) < 3 or area_centroid(points)[0] < 4:
                continue
            path.append("M" + "L".join(f"{x:.0f} {y:.0f}" for x, y in points) + "Z")
            best = max(best, area_centroid(points))
    if not path:
        return None
    label = [round(v) for v in best[1]]
    name = geometry["properties"]["name"]
    return {"id": geometry["id"], "name": name, "path": "".join(path), "label": label}


def main(package: Path) -> None:
    meta = json.loads((package / "package.json").read_text("utf-8"))
    topology = json.loads((package / "countries-50m.json").read_text("utf-8"))
    arcs = decode_arcs(topology)
    countries = [country(g, arcs) for g in topology["objects"]["countries"]["geometries"]]
    _, height = project((EXTENT["east"], EXTENT["south"]))
    kept = sorted((c for c in countries if c), key=lambda c: c["name"])
    data = {
        "data": {
            "name": "Natural Earth, Admin 0 - Countries, 1:50m",
            "version": "4.1.0",
            "licence": "public domain (Natural Earth)",
            "package": f"{meta['name']} {meta['version']} (npm; TopoJSON by Mike Bostock, "
            f"{meta['license']} licence), file countries-50m.json",
            "made_by": "scripts/region_map.py",
        },
        "extent": EXTENT,
        "width": round(WIDTH),
        "height": round(height),
        "countries": kept,
    }
    OUT.write_text(json.dumps(data, ensure_ascii=False, indent=1) + "\n", "utf-8")
    print(f"{OUT.relative_to(ROOT)}: {len(kept)} countries, {OUT.stat().st_size} bytes")


if __name__ == "__main__":
    if len(sys.argv) != 2:
        sys.exit(__doc__)
    main(Path(sys.argv[1]))
