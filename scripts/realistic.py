"""A realistic large project: the real fact files cloned until the project holds ``facts`` facts.

Each copy ``k`` of the real topic files gets new topic and fact ids (``-c<k>`` appended) and its
internal references (``topic:``, ``related:``) renamed with them; sources, entities and the
stored seeds are shared, so quotes are checked against the real article. The benchmark measures
validation on it beside the synthetic projects (``scripts/synthetic.py``), whose texts are
shorter and more regular than real ones.
"""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import yaml

from factsheet.project import FACTS_DIR, SEEDS_DIR, load_project

_FACT_ID = re.compile(r"^(\s*- id: )([a-z0-9-]+)\s*$", re.M)
_TOPIC = re.compile(r"^topic: ([a-z0-9-]+)\s*$", re.M)
_RELATED = re.compile(r"^(\s*related: \[)([^\]]*)(\])\s*$", re.M)


def clone(real: Path, root: Path, facts: int) -> int:
    """Write under ``root`` the real project at ``real`` cloned to at least ``facts`` facts;
    returns how many facts it holds."""
    project, _ = load_project(real)
    topic_files = [
        path
        for path in sorted((real / FACTS_DIR).glob("*.yaml"))
        if _TOPIC.search(path.read_text(encoding="utf-8"))
    ]
    per_copy = len(project.facts)
    copies = max(0, -(-(facts - per_copy) // per_copy))
    shutil.copytree(real / SEEDS_DIR, root / SEEDS_DIR)
    shutil.copytree(real / FACTS_DIR, root / FACTS_DIR)
    topics = []
    for k in range(1, copies + 1):
        suffix = f"-c{k}"
        for topic in project.topics.values():
            data = topic.model_dump(mode="json", exclude_none=True)
            data.update(id=topic.id + suffix, order=topic.order + 100 * k)
            topics.append(data)
        for path in topic_files:
            text = path.read_text(encoding="utf-8")
            out = root / FACTS_DIR / f"{path.stem}{suffix}.yaml"
            out.write_text(renamed(text, set(project.facts), suffix), encoding="utf-8")
    extra = yaml.safe_dump({"topics": topics}, allow_unicode=True, sort_keys=False, width=1000)
    (root / FACTS_DIR / "topics-copies.yaml").write_text(extra, encoding="utf-8")
    return per_copy * (copies + 1)


def renamed(text: str, fact_ids: set[str], suffix: str) -> str:
    """A topic file's text with its topic, its fact ids and their references renamed."""

    def rename(fact_id: str) -> str:
        return fact_id + suffix if fact_id in fact_ids else fact_id

    text = _TOPIC.sub(lambda m: f"topic: {m.group(1)}{suffix}", text)
    text = _FACT_ID.sub(lambda m: m.group(1) + rename(m.group(2)), text)
    return _RELATED.sub(
        lambda m: m.group(1) + ", ".join(rename(i.strip()) for i in m.group(2).split(",")) + "]",
        text,
    )
