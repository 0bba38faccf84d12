"""What the site says about its data is true of the data (issue 11, part 4).

The counts are checked against the YAML read independently (plain yaml, not the model or
factsheet.render.promises), and each promise is broken on purpose: a sentence that says
"every" or "each" must change as soon as one record falls short.
"""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest
import yaml

from factsheet.model.records import Quote
from factsheet.pipeline import validate
from factsheet.project import Project
from factsheet.render import render_pages

from .conftest import TODAY

REPO = Path(__file__).resolve().parents[2]


def raw_counts() -> dict[str, int]:
    """The counts the pages state, read from facts/*.yaml with plain yaml."""
    facts, claims, sources, variants = [], [], [], []
    for path in sorted((REPO / "facts").glob("*.yaml")):
        data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
        facts += data.get("facts") or []
        sources += data.get("sources") or []
        variants += [v for e in data.get("entities") or [] for v in e.get("variants") or []]
    claims = [c for f in facts for c in f["claims"]]
    return {
        "facts": len(facts),
        "quoting": sum(1 for f in facts if any("quote" in c for c in f["claims"])),
        "claims": len(claims),
        "words": sum(1 for c in claims if "stated" in c or "quote" in c),
        "sources": len(sources),
        "undated": sum(1 for s in sources if "published" not in s),
        "variants": len(variants),
        "sourced": sum(1 for v in variants if v.get("sources")),
    }


@pytest.fixture(scope="module")
def real() -> Project:
    return validate(REPO, today=TODAY)[0]


def page(project: Project, lang: str, path: str) -> str:
    found = {p.path: p for p in render_pages(project, lang, TODAY)}[path].markdown
    return found.replace("\\", "")  # Markdown escapes: "123\." reads "123."


def test_the_counts_on_the_pages_are_the_data(real: Project) -> None:
    n = raw_counts()
    home, method, glossary = (
        page(real, "en", p) for p in ("index.md", "methodology.md", "glossary.md")
    )
    assert f"{n['quoting']} of the {n['facts']} facts quote a source in its own words" in home
    assert f"{n['words']} of the {n['claims']} citations also record" in method
    assert (
        f"{n['undated']} of the {n['sources']} sources have no recorded publication date" in method
    )
    assert f"recorded for {n['sourced']} of the {n['variants']} spellings" in glossary
    ar = page(real, "ar", "index.md")
    assert f"عدد الوقائع التي تقتبس كلام مصدر بلفظه&#58; {n['quoting']} من {n['facts']}" in ar


def test_no_promise_of_what_the_data_does_not_hold(real: Project) -> None:
    # Sentences the site used to say that the data does not bear out.
    for lang in ("en", "ar"):
        text = " ".join(page(real, lang, p) for p in ("index.md", "methodology.md", "glossary.md"))
        for stale in (
            "each citation records what that source itself stated",
            "with the original words of the source beside a translation",
            "with its spellings and where each is found",
            "وقائع موثقة",
            "ويسجَّل مع كل استشهاد ما قاله المصدر نفسه.",
        ):
            assert stale not in text


def without_translation(project: Project) -> Project:
    """The project with the translations of its first quote removed."""
    for fact_id, fact in project.facts.items():
        for i, claim in enumerate(fact.claims):
            if claim.quote is not None:
                quote = Quote(text=claim.quote.text, lang=claim.quote.lang)
                claims = [*fact.claims]
                claims[i] = claim.model_copy(update={"quote": quote})
                facts = dict(project.facts)
                facts[fact_id] = fact.model_copy(update={"claims": claims})
                return replace(project, facts=facts)
    raise AssertionError("no quote")


def test_each_quote_beside_a_translation_only_while_it_is_true(real: Project) -> None:
    assert (
        "each quote is shown in its own language, with our translation when it is in another"
        in page(real, "en", "index.md")
    )
    broken = without_translation(real)
    home = page(broken, "en", "index.md")
    assert (
        "each quote is shown in its own language, with our translation when it is in another"
        not in home
    )
    quotes = sum(1 for f in real.facts.values() for c in f.claims if c.quote)
    assert f"{quotes - 1} of the {quotes} quotes have our translation into the other" in home


def test_every_citation_records_words_only_when_each_does(real: Project) -> None:
    facts = {
        fact_id: fact.model_copy(
            update={
                "claims": [
                    c if c.stated or c.quote else c.model_copy(update={"stated": fact.statement})
                    for c in fact.claims
                ]
            }
        )
        for fact_id, fact in real.facts.items()
    }
    every = replace(real, facts=facts)
    assert "each citation records what that source itself said" in page(
        every, "en", "methodology.md"
    )
    assert "each citation records" not in page(real, "en", "methodology.md")


def test_every_source_on_the_sources_page_is_cited(real: Project) -> None:
    # The sources page says "Every source the facts draw on"; a source no record cites would
    # make it false.
    assert "Every source the facts draw on" in page(real, "en", "sources.md")
    cited = {c.source for f in real.facts.values() for c in f.claims}
    cited |= {s for e in real.entities.values() for r in e.roles for s in r.sources}
    cited |= {s for e in real.entities.values() for v in e.variants for s in v.sources}
    assert set(real.sources) - cited == set()
