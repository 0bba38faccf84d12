"""The locator map: country outlines and the places whose coordinates are facts, as inline SVG.

Drawn at build time from ``factsheet.region`` (Natural Earth outlines, clipped and simplified
once by ``scripts/region_map.py``): no tiles, no script, no request to any host. A country is
labelled when an entity of kind ``state`` has its English name, in the page's language; a place
is marked when its entity has a ``location`` (checked by ``factsheet.checks.locations``), with
its label in the page's language. The SVG has a title and a description; the table of the
places, with their coordinates and sources, is its text alternative. With no located place the
table is replaced by a sentence saying so, computed from the data.
"""

from __future__ import annotations

from dataclasses import dataclass

from factsheet.model.records import Entity
from factsheet.project import Project
from factsheet.region import Region, region
from factsheet.render.citations import source_name_md
from factsheet.render.i18n import t
from factsheet.render.markup import heading, html_text, md_inline, md_text, table

SEA = "#dcebf2"
LAND = "#f3f0e8"
PARTY = "#e2d8c3"  # a country that facts name
BORDER = "#7d7d7d"
INK = "#1f1f1f"
LABEL_SIZE = 17
PLACE_SIZE = 15


@dataclass(frozen=True)
class Place:
    entity: Entity
    x: float
    y: float


@dataclass(frozen=True)
class Label:
    """A name on the map, centred (a country) or beside its dot (a place), in map units."""

    x: float
    y: float
    text: str
    kind: str  # "country" or "place"


def wants_map(project: Project) -> bool:
    """Whether the fact sheet asks for the locator map: a topic declares ``map: true`` (the
    home page and the PDF then show it too). The region is this generator's one region."""
    return any(topic.map for topic in project.topics.values())


def located_places(project: Project) -> list[Place]:
    """Entities with a location inside the map, in file order."""
    shape = region()
    places = []
    for entity in project.entities.values():
        where = entity.location
        if where is not None and shape.contains(where.latitude, where.longitude):
            x, y = shape.project(where.latitude, where.longitude)
            places.append(Place(entity, x, y))
    return places


def named_countries(project: Project) -> dict[str, Entity]:
    """Natural Earth country name -> the state entity with that English label."""
    return {e.label.en: e for e in project.entities.values() if e.kind == "state"}


def map_description(project: Project, lang: str) -> str:
    """The SVG's description: which countries are labelled and how many places are marked."""
    states = named_countries(project)
    shown = [states[c.name].label.get(lang) for c in region().countries if c.name in states]
    places = located_places(project)
    text = t("map_countries", lang).format(names=t("sep", lang).join(shown))
    if places:
        names = t("sep", lang).join(p.entity.label.get(lang) for p in places)
        return f"{text} {t('map_places', lang).format(n=len(places), names=names)}"
    return f"{text} {t('map_no_places', lang)}"


def map_svg(project: Project, lang: str, *, text: bool = True) -> str:
    """The map as one SVG element on one line per shape (no blank line: one HTML block).

    ``text=False`` leaves the names out, for a renderer that sets them over the SVG itself
    (the PDF: WeasyPrint's SVG text does not shape Arabic)."""
    shape = region()
    states = named_countries(project)
    rtl = lang == "ar"
    parts = [
        f'<svg xmlns="http://www.w3.org/2000/svg" class="factsheet-map" role="img" '
        f'viewBox="0 0 {shape.width} {shape.height}" direction="{"rtl" if rtl else "ltr"}" '
        f'aria-labelledby="fs-map-title fs-map-desc">',
        f'<title id="fs-map-title">{html_text(t("map_title", lang))}</title>',
        f'<desc id="fs-map-desc">{html_text(map_description(project, lang))}</desc>',
        f'<rect width="{shape.width}" height="{shape.height}" fill="{SEA}"></rect>',
    ]
    for country in shape.countries:
        fill = PARTY if country.name in states else LAND
        parts.append(
            f'<path d="{country.path}" fill="{fill}" stroke="{BORDER}" '
            f'stroke-width="0.8" stroke-linejoin="round"></path>'
        )
    for place in located_places(project):
        x, y = round(place.x, 1), round(place.y, 1)
        parts.append(f'<circle cx="{x}" cy="{y}" r="4.5" fill="{INK}"></circle>')
    if text:
        parts += [label_svg(label) for label in map_labels(project, lang)]
    parts.append("</svg>")
    return "\n".join(parts)


def map_labels(project: Project, lang: str) -> list[Label]:
    """The names on the map: labelled countries, then places (beside their dots, after the
    dot in the reading direction)."""
    shape: Region = region()
    states = named_countries(project)
    labels = [
        Label(c.label[0], c.label[1], states[c.name].label.get(lang), "country")
        for c in shape.countries
        if c.name in states
    ]
    offset = -8 if lang == "ar" else 8
    labels += [
        Label(round(p.x + offset, 1), round(p.y, 1), p.entity.label.get(lang), "place")
        for p in located_places(project)
    ]
    return labels


def label_svg(label: Label) -> str:
    if label.kind == "country":
        style = f'text-anchor="middle" font-size="{LABEL_SIZE}" opacity="0.8"'
    else:
        style = f'text-anchor="start" font-size="{PLACE_SIZE}" font-weight="700"'
    return (
        f'<text x="{label.x}" y="{label.y + 5}" {style} fill="{INK}">{html_text(label.text)}</text>'
    )


def places_md(project: Project, lang: str) -> str:
    """The text alternative: a table of the marked places with coordinates and sources."""
    places = located_places(project)
    if not places:
        return md_text(t("map_no_places", lang))
    rows = []
    for place in places:
        where = place.entity.location
        assert where is not None
        sources = t("sep", lang).join(
            source_name_md(project.sources.get(ref), ref, lang) for ref in where.sources
        )
        rows.append(
            [
                md_inline(place.entity.label.get(lang), lang),
                md_text(t("latitude_north", lang).format(n=f"{where.latitude:.2f}")),
                md_text(t("longitude_east", lang).format(n=f"{where.longitude:.2f}")),
                sources,
            ]
        )
    header = [t(key, lang) for key in ("map_place", "latitude", "longitude", "sources")]
    return table([md_text(h) for h in header], rows)


def map_md(project: Project, lang: str) -> str:
    """The map section of a page: heading, the figure with its caption, the places."""
    # The data's name is Latin text: isolated, so an Arabic caption keeps its order.
    data = f'<bdi lang="en" translate="no">{html_text(region().data["name"])}</bdi>'
    caption = html_text(t("map_caption", lang)).format(data=data)
    figure = (
        f'<figure class="factsheet-figure fs-map">\n{map_svg(project, lang)}\n'
        f"<figcaption>{caption}</figcaption>\n</figure>"
    )
    title = heading(2, md_text(t("map_heading", lang)), "map")
    return f"{title}\n\n{figure}\n\n{places_md(project, lang)}"
