"""What the pages say about each source's figure (issue 11; issue 18, bug 2)."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest

from factsheet.model.records import Fact
from factsheet.pipeline import validate
from factsheet.project import Project
from factsheet.render import render_pages
from factsheet.render.facts import agreement
from factsheet.render.i18n import count_phrase, t

from .conftest import TODAY

REPO = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def real() -> Project:
    project, problems = validate(REPO, today=TODAY)
    assert not [p for p in problems if p.severity.value == "error"]
    return project


def block(project: Project, lang: str, fact_id: str) -> str:
    """The Markdown of one fact's block on its page."""
    fact = project.facts[fact_id]
    page = {p.path: p for p in render_pages(project, lang, TODAY)}[f"{fact.topic}.md"]
    # Up to the next heading: a fact's (## before the first section, ### in one) or a section's.
    return re.split(r"\n#{2,3} ", page.markdown.split(f"{{#{fact_id}}}")[1])[0]


def fact(value: dict[str, Any], *claims: dict[str, Any]) -> Fact:
    return Fact.model_validate(
        {
            "id": "f",
            "label": {"ar": "ت", "en": "t"},
            "statement": {"ar": "ت", "en": "t"},
            "value": value,
            "as_of": "2022-10-31",
            "claims": list(claims),
        }
    )


ABOUT_6500 = {"type": "quantity", "unit": "person", "best": "6500", "approximate": "true"}
EXACT_5000 = {"type": "quantity", "unit": "person", "best": "5000"}


@pytest.mark.parametrize("lang", ["en", "ar"])
def test_no_number_beside_the_kyiv_independent(real: Project, lang: str) -> None:
    shown = block(real, lang, "peacekeepers-size")
    table = shown.split("**" + ("Sources" if lang == "en" else "المصادر") + "**")[0]
    assert "sources.md#s1)" in table and "sources.md#s16)" in table
    assert "sources.md#s74" not in table  # "several thousand": no figure, no row
    listed = [line for line in shown.split("\n") if "sources.md#s74" in line]
    assert len(listed) == 1 and ("several thousand" in listed[0] or "عدة آلاف" in listed[0])
    assert "1,960" not in listed[0] and "1960" not in listed[0]


@pytest.mark.parametrize(
    "fact_id", ["summit-duration", "exodus-arrivals", "summit-context-clashes"]
)
def test_figures_that_differ_in_precision_are_not_disputed(real: Project, fact_id: str) -> None:
    assert agreement(real.facts[fact_id]) == "precision"
    en, ar = block(real, "en", fact_id), block(real, "ar", fact_id)
    assert t("disputed", "en") not in en and count_phrase("agreeing-source", 2, "en") in en
    assert "with different precision" in en
    assert t("disputed", "ar") not in ar


def test_conflicting_figures_stay_disputed(real: Project) -> None:
    assert agreement(real.facts["deaths-total"]) == "disputed"  # "nearly 5,000" vs about 6,500
    assert agreement(real.facts["deaths-civilians-azerbaijani"]) == "disputed"  # 93 vs 100


def test_sources_agree_only_when_a_source_gives_the_figure() -> None:
    # Issue 18, bug 2: each claim has its own 5,000, the fact says about 6,500.
    both_own = fact(
        ABOUT_6500, {"source": "a", "value": EXACT_5000}, {"source": "b", "value": EXACT_5000}
    )
    assert agreement(both_own) == "disputed"
    agreeing = fact(ABOUT_6500, {"source": "a"}, {"source": "b"})
    assert agreement(agreeing) == "agree"


def test_each_state() -> None:
    words = {"source": "c", "figure": "none", "stated": {"ar": "آلاف", "en": "Thousands."}}
    assert agreement(fact(EXACT_5000, {"source": "a"})) == "per_source"
    assert agreement(fact(EXACT_5000, {"source": "a", "figure": "fact"}, words)) == "per_source"
    precise = {"source": "b", "value": ABOUT_6500 | {"best": "5000"}}
    assert agreement(fact(EXACT_5000, {"source": "a", "figure": "fact"}, precise)) == "precision"
    same = {"source": "b", "value": EXACT_5000}
    assert agreement(fact(EXACT_5000, {"source": "a", "figure": "fact"}, same, words)) == "agree"
    assert agreement(fact({"type": "text"}, {"source": "a"}, {"source": "b"})) == "several"


def test_the_csv_says_what_each_claim_gives(real: Project) -> None:
    from factsheet.exports import csv_rows

    rows = [r for r in csv_rows(real) if r["fact_id"] == "peacekeepers-size"]
    gives = {(r["source_id"], r["claim_figure"], r.get("claim_best", "")) for r in rows}
    assert gives == {
        ("s1", "fact", ""),
        ("s3", "fact", ""),
        ("s16", "own", "2000"),
        ("s74", "none", ""),
    }


@pytest.mark.parametrize("lang", ["en", "ar"])
def test_key_figure_cards_carry_the_qualifier(real: Project, lang: str) -> None:
    word = t("disputed", lang)
    home = {p.path: p for p in render_pages(real, lang, TODAY)}["index.md"].markdown
    cards = {c.split("](")[1].split(")")[0]: c for c in home.split("\n- ")[1:] if "fs-card" in c}
    assert word in cards["war.md#deaths-total"]  # "nearly 5,000" and about 6,500 conflict
    assert word not in cards["summit.md#summit-duration"]  # they differ in precision only
    putin = "according to Vladimir Putin" if lang == "en" else "بحسب فلاديمير بوتين"
    assert putin in cards["summit.md#summit-duration"]  # his word, in both sources
    assert putin not in cards["war.md#deaths-total"]  # several speakers and none


@pytest.mark.parametrize(
    ("lang", "scheduled", "as_of"),
    [("en", "Scheduled for", "As of"), ("ar", "موعده المقرر", "تاريخ المعلومة")],
)
def test_a_scheduled_event_reads_scheduled_for(
    real: Project, lang: str, scheduled: str, as_of: str
) -> None:
    meta = block(real, lang, "armenia-election-2026").split("\n\n")[1]
    assert f"**{scheduled}**" in meta and as_of not in meta  # 7 June 2026, never "as of"
    meta = block(real, lang, "draft-constitution-2026").split("\n\n")[1]
    assert f"**{as_of}**" in meta and f"**{scheduled}**" in meta  # the source's date, the plan's
    timeline = {p.path: p for p in render_pages(real, lang, TODAY)}["timeline.md"].markdown
    election = [line for line in timeline.split("\n") if "#armenia-election-2026" in line]
    assert len(election) == 1 and f"({t('when_scheduled', lang)})" in election[0]


def test_a_source_cited_twice_is_counted_once(real: Project) -> None:
    # The article twice and Arab Observer: two sources, not three.
    assert len(real.facts["peacekeepers-putin-mission"].claims) == 3
    meta = block(real, "en", "peacekeepers-putin-mission").split("\n\n")[1]
    assert count_phrase("source", 2, "en") in meta
    # The article twice and Sputnik Arabic give Aliyev: two sources agree.
    meta = block(real, "en", "leader-azerbaijan").split("\n\n")[1]
    assert count_phrase("agreeing-source", 2, "en") in meta
    twice = fact(EXACT_5000, {"source": "a"}, {"source": "a"})
    assert agreement(twice) == "per_source"
