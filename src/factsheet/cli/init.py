"""``factsheet init DIR``: start a new fact sheet, the smallest one that validates and builds.

It writes ``mkdocs.yml`` (Arabic at the root, English under ``en/``), ``facts/`` with one
topic, one source, one entity and one fact, an empty ``seeds/`` and ``docs/``, a README, and
a ``.gitignore`` for what a build writes (``site/``, ``.cache/``).
The one fact is true of the new fact sheet itself (when it was started, and by which command),
so nothing in it is invented; the editor replaces it with the first real fact. The folder must
be new or empty: nothing is ever written over.
"""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

from factsheet.model.json_schema import SCHEMA_PATH, render
from factsheet.project import FACTS_DIR, SEEDS_DIR
from factsheet.render.i18n import format_date

MODELINE = "# yaml-language-server: $schema=../" + SCHEMA_PATH + "\n"


def _q(text: str) -> str:
    """A YAML scalar for any text (JSON strings are YAML)."""
    return json.dumps(text, ensure_ascii=False)


MKDOCS_YML = """\
# A bilingual fact sheet made by `factsheet init`. This build is Arabic at the site root; the
# factsheet plugin builds English into en/ at the end of it (`mkdocs build --strict`).
# Every page is generated from facts/ by the plugin; the site's name comes from facts/topics.yaml.
site_name: {name_ar}
docs_dir: docs
site_dir: site
use_directory_urls: true

theme:
  name: material
  language: ar
  font: false

extra:
  generator: false

markdown_extensions:
  - toc:
      permalink: true
      slugify: !!python/object/apply:pymdownx.slugs.slugify
        kwds:
          case: lower
  - attr_list
  - tables
  - admonition
  - def_list
  - footnotes

plugins:
  - search:
      lang: [ar]
      separator: '[\\s\\-،؛؟,.;:!?"«»()\\[\\]]+'
  - factsheet
"""

TOPICS = """\
site:
  name: {{ar: {name_ar}, en: {name_en}}}
  description: {{ar: {about_ar}, en: {about_en}}}
topics:
  - id: about
    order: 1
    title: {{ar: عن هذا الملف, en: About this fact sheet}}
    summary: {{ar: متى بدأ هذا الملف وكيف., en: When and how this fact sheet was started.}}
"""

SOURCES = """\
sources:
  - id: factsheet-init
    kind: reference
    title: {{ar: الملفات التي كتبها الأمر factsheet init, en: The files written by factsheet init}}
    language: en
    published: {today}
"""

ENTITIES = """\
entities:
  - id: this-fact-sheet
    kind: document
    label: {{ar: {name_ar}, en: {name_en}}}
"""

FACT = """\
topic: about
facts:
  - id: started
    subject: this-fact-sheet
    label: {{ar: بداية الملف, en: Started}}
    statement:
      ar: {statement_ar}
      en: {statement_en}
    value: {{type: date, date: {today}}}
    as_of: {today}
    claims:
      - source: factsheet-init
"""

README = """\
# {name_en}

A bilingual (Arabic and English) fact sheet, built from the sourced facts in `facts/` by
factsheet, MkDocs and Material for MkDocs.

    factsheet validate              # every problem, as file:line:col with a hint
    mkdocs serve                    # preview on http://127.0.0.1:8000
    mkdocs build --strict           # the site, Arabic in site/ and English in site/en/

Replace the fact in `facts/about.yaml` with the first real one: every fact cites a source, and
a quote from a source stored under `seeds/` is checked against it.
"""


# What a build writes: the site, and the PDFs and git history the plugin keeps between builds.
GITIGNORE = "site/\n.cache/\n"


def init(folder: Path, name_ar: str, name_en: str, today: date) -> list[Path]:
    """Write a new fact sheet into ``folder`` (new or empty); returns the files written."""
    if folder.exists() and (not folder.is_dir() or any(folder.iterdir())):
        raise ValueError(f"{folder} is not an empty folder; choose a new one")
    day = today.isoformat()
    names = {"name_ar": _q(name_ar), "name_en": _q(name_en)}
    statement_ar = f"بدأ هذا الملف بالأمر factsheet init في {format_date(day, 'day', 'ar')}."
    statement_en = (
        f"This fact sheet was started with factsheet init on {format_date(day, 'day', 'en')}."
    )
    files = {
        "mkdocs.yml": MKDOCS_YML.format(**names),
        "README.md": README.format(name_en=name_en),
        ".gitignore": GITIGNORE,
        f"{FACTS_DIR}/topics.yaml": MODELINE
        + TOPICS.format(
            **names,
            about_ar=_q(f"وقائع مسندة إلى مصادرها: {name_ar}."),
            about_en=_q(f"Sourced facts: {name_en}."),
        ),
        f"{FACTS_DIR}/sources.yaml": MODELINE + SOURCES.format(today=day),
        f"{FACTS_DIR}/entities.yaml": MODELINE + ENTITIES.format(**names),
        f"{FACTS_DIR}/about.yaml": MODELINE
        + FACT.format(statement_ar=_q(statement_ar), statement_en=_q(statement_en), today=day),
        f"{SEEDS_DIR}/.gitkeep": "",
        "docs/.gitkeep": "",
        SCHEMA_PATH: render(),
    }
    written = []
    for name, text in files.items():
        path = folder / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
        written.append(path)
    return written
