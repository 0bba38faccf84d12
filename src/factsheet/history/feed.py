"""The changes as an Atom feed (RFC 4287), one per language, the same entries as the page.

Links are relative to the feed's own address (RFC 4287 resolves them against it), so the feed
works wherever the site is served; ids are ``tag:`` URIs (RFC 4151) made from the commit id,
which never changes. Uncommitted edits are not published in the feed.
"""

from __future__ import annotations

from datetime import UTC, date, datetime, time
from xml.etree import ElementTree as ET

from factsheet.history.log import Entry, History
from factsheet.history.words import fact_phrases, record_phrases
from factsheet.render.i18n import format_date, t

ATOM = "http://www.w3.org/2005/Atom"
TAG = "tag:factsheet,2022:change"


def _sub(parent: ET.Element, name: str, text: str | None = None, **attrs: str) -> ET.Element:
    element = ET.SubElement(parent, f"{{{ATOM}}}{name}", attrs)
    element.text = text
    return element


def entry_text(entry: Entry, lang: str, entity_labels: dict[str, dict[str, str]]) -> str:
    """What changed, one line per record, in ``lang``."""
    labels = entry.diff.entity_labels | entity_labels
    lines = []
    for c in entry.diff.facts:
        words = t("change_sep", lang).join(fact_phrases(c, lang, labels))
        lines.append(f"{c.label.get(lang, c.id)}: {words}")
    for r in entry.diff.records:
        kind = t("change_sources" if r.registry == "sources" else "change_entities", lang)
        said = t("change_sep", lang).join(record_phrases(r, lang))
        lines.append(f"{kind}: {r.name.get(lang, r.id)}: {said}")
    return "\n".join(lines)


def atom(
    history: History | None,
    lang: str,
    site_name: str,
    page_url: str,
    today: date,
    entity_labels: dict[str, dict[str, str]] | None = None,
) -> bytes:
    """The feed of ``lang``. ``page_url`` is the changes page relative to the feed."""
    ET.register_namespace("", ATOM)
    feed = ET.Element(f"{{{ATOM}}}feed", {"xml:lang": lang})
    entries = [e for e in (history.entries if history else []) if e.commit is not None]
    _sub(feed, "id", f"{TAG}s/{lang}")
    _sub(feed, "title", t("changes_feed_title", lang).format(site=site_name))
    newest = entries[0].commit.iso if entries and entries[0].commit else None
    _sub(feed, "updated", newest or datetime.combine(today, time(), UTC).isoformat())
    _sub(_sub(feed, "author"), "name", site_name)
    _sub(feed, "link", rel="alternate", type="text/html", href=page_url)
    for entry in entries:
        assert entry.commit is not None
        item = _sub(feed, "entry")
        _sub(item, "id", f"{TAG}/{entry.commit.id}/{lang}")
        title = format_date(entry.commit.day, None, lang)
        _sub(item, "title", f"{t('changes_title', lang)}: {title} · {entry.commit.short}")
        _sub(item, "updated", entry.commit.iso)
        _sub(item, "link", rel="alternate", type="text/html", href=f"{page_url}#{entry.anchor}")
        _sub(item, "summary", entry_text(entry, lang, entity_labels or {}), type="text")
    ET.indent(feed)
    return ET.tostring(feed, encoding="utf-8", xml_declaration=True) + b"\n"
