"""Synthetic fact sheets of any size, for the speed benchmark and for tests.

:func:`generate` writes a project (``facts/*.yaml`` and ``seeds/*.txt``) that is shaped like
the real one and validates without errors: bilingual texts of realistic length made from word
lists, one to five claims per fact with sources, entities with spelling variants and dated
roles, and stored source texts whose quotes really occur in them, so the quote check runs.
The proportions follow the real site (123 facts, 115 sources, 55 entities, 28 % of facts
quoting the stored article, 2.3 claims per fact) and grow the way a real site would:

- about 10 facts per section and 10 sections per topic, so topics grow with the size;
- sources about facts / 5, entities about facts / 10, one stored text per 100 sources.

The texts are nonsense assembled from real words; the numbers and dates in them are the ones
the facts record, so the consistency check passes. Everything is drawn from a seeded
:class:`random.Random`, so a size and a seed always give the same project.
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

from factsheet.model.units import UNITS as UNIT_LABELS
from factsheet.seeds import locate, paragraphs

FACTS_PER_SECTION = 10
SECTIONS_PER_TOPIC = 10
FACTS_PER_SOURCE = 5
FACTS_PER_ENTITY = 10
SOURCES_PER_STORED = 100
RECORDS_PER_FILE = 400  # registries are split so no file nears the loader's 1 MiB limit


def _words(text: str) -> tuple[str, ...]:
    return tuple(text.split())


AR_WORDS = _words(
    "القمة الاتفاق الرئيس الوزراء الحكومة البيان المشترك النزاع السلام الحدود الطرفين "
    "المنطقة الوفد المفاوضات الخارجية العاصمة الجانب الروسي الأرمني الأذربيجاني "
    "الإقليم القوات حفظ الممر الطريق الأمن الاستقرار المجتمع الدولي اللقاء الجولة "
    "الثلاثي التزام التسوية تنفيذ البنود الوضع الإنساني اللاجئين المدنيين العودة "
    "الأسرى تبادل الجهود الوساطة الشركاء معاهدة ترسيم اللجنة الخبراء التقرير المراقبة "
    "الهدنة وقف إطلاق النار المسؤولية التصريحات الصحفي المؤتمر المدينة الجبلية النقل "
    "الاقتصادي المواصلات الفترة الماضية القادمة أكد أعلن أشار أوضح اتفق بحث ناقش دعا "
    "رحب شدد أضاف قال ذكر نقل أفاد"
)
EN_WORDS = _words(
    "summit agreement president minister government statement joint conflict peace border "
    "parties region delegation negotiations foreign capital side Russian Armenian Azerbaijani "
    "territory forces peacekeeping corridor road security stability international meeting "
    "round trilateral commitment settlement implementation points humanitarian situation "
    "refugees civilians return prisoners exchange efforts mediation partners treaty "
    "delimitation commission experts report monitoring truce ceasefire responsibility remarks "
    "press conference city mountain transport economic links period previous next confirmed "
    "announced noted explained agreed discussed called welcomed stressed added said reported "
    "the of and in on with for between after before during under"
)
AR_MONTHS = _words("يناير فبراير مارس أبريل مايو يونيو يوليو أغسطس سبتمبر أكتوبر نوفمبر ديسمبر")
EN_MONTHS = _words(
    "January February March April May June July August September October November December"
)
SYLLABLES = (
    ("ka", "كا"),
    ("ra", "را"),
    ("bel", "بل"),
    ("dor", "دور"),
    ("min", "مين"),
    ("sar", "سار"),
    ("tal", "تال"),
    ("vo", "فو"),
    ("zen", "زين"),
    ("lu", "لو"),
)
UNITS = ("person", "soldier", "civilian", "refugee", "vehicle", "day", "hour", "month", "km")
ENTITY_KINDS = ("state", "person", "place", "organisation", "document", "event", "territory")
SOURCE_KINDS = ("news-article", "news-agency-report", "official-statement", "analysis")
CLAIM_COUNTS = ((1, 21), (2, 46), (3, 23), (4, 7), (5, 3))  # (claims, weight), as in facts/


@dataclass(frozen=True)
class Shape:
    """How many records of each kind a synthetic project of ``facts`` facts has."""

    facts: int
    topics: int
    sources: int
    entities: int
    stored: int

    @classmethod
    def for_size(cls, facts: int) -> Shape:
        if facts < 1:
            raise ValueError("a synthetic project needs at least one fact")
        per_topic = FACTS_PER_SECTION * SECTIONS_PER_TOPIC
        sources = max(3, round(facts / FACTS_PER_SOURCE))
        return cls(
            facts=facts,
            topics=max(1, -(-facts // per_topic)),
            sources=sources,
            entities=max(3, round(facts / FACTS_PER_ENTITY)),
            stored=max(1, round(sources / SOURCES_PER_STORED)),
        )


# libyaml's emitter when PyYAML was built with it: ten times faster on the largest sizes.
_BaseDumper: type[yaml.SafeDumper] = getattr(yaml, "CSafeDumper", yaml.SafeDumper)


class _Dumper(_BaseDumper):  # type: ignore[valid-type,misc]
    """Never writes anchors and aliases: the loader rejects them."""

    def ignore_aliases(self, data: Any) -> bool:
        return True


def dump(data: Any) -> str:
    """YAML for ``data``, one long line per text (as editors write statements)."""
    return yaml.dump(data, Dumper=_Dumper, allow_unicode=True, sort_keys=False, width=10**6)


class _Writer:
    """Draws texts, dates and records from one seeded random generator."""

    def __init__(self, shape: Shape, seed: int) -> None:
        self.shape = shape
        self.rng = random.Random(seed)
        self.stored_texts: dict[str, str] = {}

    # --- texts ------------------------------------------------------------------------------

    def words(self, pool: tuple[str, ...] | list[str], low: int, high: int) -> str:
        return " ".join(self.rng.choice(pool) for _ in range(self.rng.randint(low, high)))

    def text(self, low: int = 13, high: int = 20, end: str = ".") -> dict[str, str]:
        """A bilingual sentence of about 100 (ar) and 125 (en) characters by default."""
        en = self.words(EN_WORDS, low + 2, high + 2)
        return {"ar": self.words(AR_WORDS, low, high) + end, "en": en[0].upper() + en[1:] + end}

    def title(self, low: int, high: int) -> dict[str, str]:
        """A bilingual title or label: a few words, no full stop."""
        return self.text(low, high, end="")

    def name(self) -> dict[str, str]:
        parts = [self.rng.choice(SYLLABLES) for _ in range(self.rng.randint(2, 3))]
        return {"ar": "".join(a for _, a in parts), "en": "".join(e for e, _ in parts).title()}

    def date(self, first: int, last: int) -> tuple[int, int, int]:
        return self.rng.randint(first, last), self.rng.randint(1, 12), self.rng.randint(1, 28)

    # --- registries -------------------------------------------------------------------------

    def topics(self) -> list[dict[str, Any]]:
        out = []
        for t in range(self.shape.topics):
            in_topic = min(self.shape.facts - t * 100, 100)
            sections = [
                {"id": f"section-{s + 1:02d}", "title": self.title(2, 4)}
                for s in range(-(-in_topic // FACTS_PER_SECTION))
            ]
            out.append(
                {
                    "id": f"topic-{t + 1:03d}",
                    "order": t + 1,
                    "title": self.title(2, 5),
                    "summary": self.text(),
                    "sections": sections,
                }
            )
        return out

    def stored_source(self, n: int) -> dict[str, Any]:
        """A source whose Arabic text is stored under seeds/ (its quotes are checked)."""
        path = f"seeds/synthetic-{n + 1:03d}.txt"
        lines = [self.words(AR_WORDS, 8, 12)]
        lines += [" ".join(self.text()["ar"] for _ in range(3)) for _ in range(14)]
        self.stored_texts[path] = "\n\n".join(lines) + "\n"
        record = self.source(n, "ar")
        record.update(id=f"stored-{n + 1:03d}", kind="news-article", stored=path)
        return record

    def source(self, n: int, language: str | None = None) -> dict[str, Any]:
        year, month, day = self.date(2020, 2025)
        published = f"{year:04d}-{month:02d}-{day:02d}"
        return {
            "id": f"source-{n + 1:05d}",
            "kind": self.rng.choice(SOURCE_KINDS),
            "publisher": self.name(),
            "title": self.title(6, 10),
            "language": language or self.rng.choice(("en", "en", "ar", "ru")),
            "url": f"https://www.{self.name()['en'].lower()}.com/news/{n + 1}",
            "published": published,
            "retrieved": published,
            "note": self.text(),
        }

    def entity(self, n: int, sources: list[str]) -> dict[str, Any]:
        kind = "state" if n == 0 else self.rng.choice(ENTITY_KINDS)
        name = self.name()
        record: dict[str, Any] = {"id": f"entity-{n + 1:05d}", "kind": kind, "label": name}
        if self.rng.random() < 0.8:
            record["description"] = self.text(8, 14)
        if self.rng.random() < 0.5:
            record["variants"] = [
                {"text": name[lang] + suffix, "lang": lang, "sources": [self.rng.choice(sources)]}
                for lang, suffix in (("ar", "ي"), ("en", "i"))
            ]
        if kind == "person" and self.rng.random() < 0.3:
            year, month, day = self.date(2000, 2019)
            record["roles"] = [
                {
                    "title": self.title(2, 4),
                    "of": "entity-00001",
                    "as_of": f"{year:04d}-{month:02d}-{day:02d}",
                    "sources": [self.rng.choice(sources)],
                }
            ]
        return record

    # --- facts ------------------------------------------------------------------------------

    def quote_claim(self, stored: dict[str, str]) -> dict[str, Any]:
        """A claim quoting words that really occur in a stored text, with their paragraph."""
        source_id = self.rng.choice(list(stored))
        text = self.stored_texts[stored[source_id]]
        words = self.rng.choice(paragraphs(text)[1:]).split()
        width = self.rng.randint(8, 14)
        start = self.rng.randint(0, len(words) - width)
        quote = " ".join(words[start : start + width]).strip(".")
        found = locate(text, quote)
        assert found is not None, "a window of a stored paragraph is always found in it"
        return {
            "source": source_id,
            "quote": {"text": quote, "lang": "ar", "translations": {"en": self.text()["en"]}},
            "locator": {"paragraph": found[0]},
        }

    def claims(self, pools: _Pools) -> list[dict[str, Any]]:
        counts, weights = zip(*CLAIM_COUNTS, strict=True)
        count = min(self.rng.choices(counts, weights)[0], len(pools.sources))
        out: list[dict[str, Any]] = [
            {"source": source} for source in self.rng.sample(pools.sources, count)
        ]
        for claim in out:
            if self.rng.random() < 0.35:
                claim["stated"] = self.text()
            if pools.people and self.rng.random() < 0.15:
                claim["speaker"] = self.rng.choice(pools.people)
        if self.rng.random() < 0.28:
            out[0] = self.quote_claim(pools.stored)
        return out

    def value(self, record: dict[str, Any], pools: _Pools) -> dict[str, Any]:
        """The typed value, with its numbers or date written into the statement."""
        roll = self.rng.random()
        statement = record["statement"]
        if roll < 0.40:
            return {"type": "text"}
        if roll < 0.89 and roll >= 0.68:
            unit = self.rng.choice(UNITS)
            best = int(10 ** self.rng.uniform(0.5, 4.7))
            for lang in ("ar", "en"):
                label = UNIT_LABELS[unit].label(lang)
                statement[lang] = f"{statement[lang][:-1]} {best:,} {label}."
            value: dict[str, Any] = {"type": "quantity", "unit": unit, "best": best}
            if self.rng.random() < 0.2:
                value.update(low=best * 4 // 5, high=best * 6 // 5)
            return value
        if roll < 0.68:
            year, month, day = (int(part) for part in record["as_of"].split("-"))
            statement["ar"] = f"{statement['ar'][:-1]} في {day} {AR_MONTHS[month - 1]} {year}."
            statement["en"] = f"{statement['en'][:-1]} on {day} {EN_MONTHS[month - 1]} {year}."
            return {"type": "date", "date": record["as_of"]}
        return {"type": "entity", "entity": self.rng.choice(pools.entities)}

    def fact(self, n: int, pools: _Pools) -> dict[str, Any]:
        year, month, day = self.date(1995, 2019)
        record: dict[str, Any] = {
            "id": f"fact-{n + 1:05d}",
            "section": f"section-{(n % 100) // FACTS_PER_SECTION + 1:02d}",
            "subject": self.rng.choice(pools.entities),
            "label": self.title(3, 5),
            "statement": self.text(),
            "as_of": f"{year:04d}-{month:02d}-{day:02d}",
        }
        record["value"] = self.value(record, pools)
        if self.rng.random() < 0.07:
            record["period"] = {"start": f"{year - 1:04d}-{month:02d}-{day:02d}"}
        if self.rng.random() < 0.10:
            record["rank_reason"] = self.text()
        if n % max(1, self.shape.facts // 6) == 0:
            record["key"] = True
        if n % FACTS_PER_SECTION and self.rng.random() < 0.4:
            record["related"] = [f"fact-{n:05d}"]  # the previous fact, in the same section
        record["claims"] = self.claims(pools)
        return record


@dataclass(frozen=True)
class _Pools:
    """Ids that facts draw from."""

    sources: list[str]
    stored: dict[str, str]  # source id -> stored path
    entities: list[str]
    people: list[str]


def _chunks(records: list[dict[str, Any]]) -> list[list[dict[str, Any]]]:
    return [records[i : i + RECORDS_PER_FILE] for i in range(0, len(records), RECORDS_PER_FILE)]


def generate(root: Path, facts: int, seed: int = 0) -> Shape:
    """Write a synthetic project of ``facts`` facts under ``root`` (facts/ and seeds/)."""
    shape = Shape.for_size(facts)
    writer = _Writer(shape, seed)
    stored = [writer.stored_source(i) for i in range(shape.stored)]
    plain = [writer.source(i) for i in range(shape.sources - shape.stored)]
    source_ids = [s["id"] for s in plain]
    entities = [writer.entity(i, source_ids) for i in range(shape.entities)]
    pools = _Pools(
        sources=source_ids,
        stored={s["id"]: s["stored"] for s in stored},
        entities=[e["id"] for e in entities],
        people=[e["id"] for e in entities if e["kind"] == "person"],
    )
    site = {
        "name": {"ar": "ملف وقائع تجريبي", "en": "A synthetic fact sheet"},
        "description": {"ar": "وقائع مولدة لقياس السرعة.", "en": "Generated facts for timing."},
    }
    files: dict[str, Any] = {"topics.yaml": {"site": site, "topics": writer.topics()}}
    for i, chunk in enumerate(_chunks(stored + plain)):
        files[f"sources-{i + 1:02d}.yaml"] = {"sources": chunk}
    for i, chunk in enumerate(_chunks(entities)):
        files[f"entities-{i + 1:02d}.yaml"] = {"entities": chunk}
    all_facts = [writer.fact(n, pools) for n in range(facts)]
    for t in range(shape.topics):
        files[f"topic-{t + 1:03d}.yaml"] = {
            "topic": f"topic-{t + 1:03d}",
            "facts": all_facts[t * 100 : (t + 1) * 100],
        }
    for name, data in files.items():
        target = root / "facts" / name
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(dump(data), encoding="utf-8")
    for path, text in writer.stored_texts.items():
        (root / path).parent.mkdir(parents=True, exist_ok=True)
        (root / path).write_text(text, encoding="utf-8")
    return shape
