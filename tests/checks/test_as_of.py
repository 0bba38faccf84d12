"""The as_of check: a fact is not dated later than the sources it cites (issue 11)."""

from __future__ import annotations

from factsheet.problems import Severity

from .helpers import FACT, REGISTRY, Run, found, only

# The seed source was published on 2022-11-01, web on 2022-10-31 (helpers.REGISTRY).
LATER = FACT.replace("as_of: 2022-10-31", "as_of: 2025-11").replace(
    "      - source: web", "      - source: web\n      - source: seed"
)


def test_as_of_after_every_source_is_an_error_at_as_of(run: Run) -> None:
    problems = run({"facts.yaml": LATER})
    assert found(problems, "as-of-") == [("as-of-after-sources", "facts/facts.yaml", 9, 12)]
    problem = only(problems, "as-of-after-sources")
    assert problem.severity is Severity.ERROR
    assert "(2022-11-01)" in problem.message and "scheduled: true" in (problem.hint or "")


def test_the_latest_date_counts_and_stated_on_is_a_date(run: Run) -> None:
    # As of 2022-11: not after the seed source, published 2022-11-01.
    same_month = LATER.replace("as_of: 2025-11", "as_of: 2022-11")
    assert found(run({"facts.yaml": same_month}), "as-of-") == []
    # A claim said later than the sources' publication (stated_on) dates it.
    stated = LATER.replace("as_of: 2025-11", "as_of: 2022-11-02").replace(
        "      - source: seed", "      - source: seed\n        stated_on: 2022-11-02"
    )
    assert found(run({"facts.yaml": stated}), "as-of-") == []


def test_a_scheduled_event_may_be_later(run: Run) -> None:
    scheduled = LATER.replace("    as_of: 2025-11", "    as_of: 2025-11\n    scheduled: true")
    assert found(run({"facts.yaml": scheduled}), "as-of-") == []


def test_an_undated_cited_source_is_a_warning_naming_it(run: Run) -> None:
    registry = REGISTRY.replace("    published: 2022-10-31\n", "")
    problems = run({"registry.yaml": registry, "facts.yaml": LATER})
    assert found(problems, "as-of-") == [("as-of-source-undated", "facts/registry.yaml", 30, 9)]
    problem = only(problems, "as-of-source-undated")
    assert problem.severity is Severity.WARNING
    assert "source 'web'" in problem.message and "'summit-length'" in problem.message
    # Not cited: no warning.
    seed_only = FACT.replace("source: web", "source: seed")
    assert found(run({"registry.yaml": registry, "facts.yaml": seed_only}), "as-of-") == []


def test_a_role_as_of_after_its_sources(run: Run) -> None:
    registry = REGISTRY.replace("as_of: 2022-10-31", "as_of: 2023-01")
    assert found(run({"registry.yaml": registry}), "as-of-") == [
        ("as-of-after-sources", "facts/registry.yaml", 19, 16)
    ]


def test_an_undated_source_is_dated_by_the_claims_stated_on(run: Run) -> None:
    registry = REGISTRY.replace("    published: 2022-10-31\n", "")
    fact = FACT.replace("      - source: web", "      - source: web\n        stated_on: 2022-10-01")
    problems = run({"registry.yaml": registry, "facts.yaml": fact})
    assert found(problems, "as-of-") == [
        ("as-of-after-sources", "facts/facts.yaml", 9, 12),  # 2022-10-31 after 2022-10-01
        ("as-of-source-undated", "facts/registry.yaml", 30, 9),
    ]


def test_each_as_of_problem_says_what_is_wrong_and_how_to_fix_it(run: Run) -> None:
    after = only(run({"facts.yaml": LATER}), "as-of-after-sources")
    assert (after.message, after.hint) == (
        "as_of 2025-11 is after the latest date of the sources it cites (2022-11-01)",
        "as_of is the date the figure or event refers to, as the sources give it; if the "
        "sources announce it for a later day, add 'scheduled: true' to the fact",
    )
    registry = REGISTRY.replace("    published: 2022-10-31\n", "")
    undated = only(run({"registry.yaml": registry, "facts.yaml": LATER}), "as-of-source-undated")
    assert (undated.message, undated.hint) == (
        "source 'web' has no published date (cited by 'summit-length'), so the as_of of the "
        "facts citing it cannot be checked against it",
        "add 'published: YYYY-MM-DD' (or YYYY-MM, YYYY) as the page gives it, or give the "
        "claims' stated_on",
    )


def test_a_claims_latest_date_is_the_one_that_ends_last(run: Run) -> None:
    # Published in October 2022 (to its last day) and said on 15 October: as of 20 October is
    # not after the source, though it is after the day the words were said.
    registry = REGISTRY.replace("    published: 2022-10-31\n", "    published: 2022-10\n")
    fact = FACT.replace("as_of: 2022-10-31", "as_of: 2022-10-20").replace(
        "      - source: web", "      - source: web\n        stated_on: 2022-10-15"
    )
    assert found(run({"registry.yaml": registry, "facts.yaml": fact}), "as-of-") == []


def test_an_invalid_stated_on_is_left_to_the_dates_check(run: Run) -> None:
    fact = FACT.replace("      - source: web", "      - source: web\n        stated_on: 2022-02-30")
    problems = run({"facts.yaml": fact})
    assert [p.code for p in problems] == ["date-invalid"]


def test_every_fact_is_checked_not_only_the_first(run: Run) -> None:
    later = FACT.split("facts:\n", 1)[1].replace("summit-length", "later")
    facts = FACT + later.replace("as_of: 2022-10-31", "as_of: 2025-11")
    assert found(run({"facts.yaml": facts}), "as-of-") == [
        ("as-of-after-sources", "facts/facts.yaml", 18, 12)
    ]


def test_an_undated_source_cited_by_a_role_names_the_entity(run: Run) -> None:
    registry = REGISTRY.replace("    published: 2022-11-01\n", "")
    problem = only(run({"registry.yaml": registry}), "as-of-source-undated")
    assert problem.message.startswith("source 'seed' has no published date (cited by 'putin')")
