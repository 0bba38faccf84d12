"""The site check: the site's name and description are defined once, at exact positions."""

from __future__ import annotations

from factsheet.problems import Mark

from .helpers import FACT, REGISTRY, Run, found

SITE = "site:\n  name: {ar: ثان, en: Second}\n  description: {ar: وصف., en: Described.}\n"


def test_the_registry_defines_the_site_once(run: Run) -> None:
    assert found(run({"registry.yaml": REGISTRY, "facts.yaml": FACT}), "site-") == []


def test_no_site_is_reported_at_the_first_file(run: Run) -> None:
    registry = REGISTRY.split("site:", 1)[0]
    problems = run({"registry.yaml": registry, "facts.yaml": FACT})
    assert found(problems, "site-") == [("site-missing", "facts/facts.yaml", 1, 1)]


def test_a_second_site_names_the_first(run: Run) -> None:
    problems = run({"registry.yaml": REGISTRY, "z.yaml": SITE, "facts.yaml": FACT})
    assert found(problems, "site-") == [("site-duplicate", "facts/z.yaml", 1, 1)]
    duplicate = next(p for p in problems if p.code == "site-duplicate")
    first_line = REGISTRY.splitlines().index("site:")
    assert f"facts/registry.yaml:{first_line}" in duplicate.message


def test_each_site_problem_says_what_is_wrong_and_how_to_fix_it(run: Run) -> None:
    registry = REGISTRY.split("site:", 1)[0]
    missing = next(
        p for p in run({"registry.yaml": registry, "facts.yaml": FACT}) if p.code == "site-missing"
    )
    assert (missing.mark, missing.message, missing.hint) == (
        Mark(1, 1, 1, 1),
        "no file under facts/ defines the site's name and description",
        "add to one file (for example this one): "
        "site: {name: {ar: ..., en: ...}, description: {ar: ..., en: ...}}",
    )


def test_a_second_site_points_at_the_first_key(run: Run) -> None:
    problems = run({"registry.yaml": REGISTRY, "z.yaml": SITE, "facts.yaml": FACT})
    duplicate = next(p for p in problems if p.code == "site-duplicate")
    line = REGISTRY.splitlines().index("site:")
    assert (duplicate.mark, duplicate.message, duplicate.hint) == (
        Mark(1, 1, 1, 5),
        f"the site is already defined at facts/registry.yaml:{line}",
        "keep one site: entry and delete this one",
    )
    assert duplicate.related == (("facts/registry.yaml", Mark(line, 1, line, 5)),)
