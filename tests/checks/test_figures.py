"""The figures check: claims say what they give about the figure, and some claim gives it."""

from __future__ import annotations

import shutil
from pathlib import Path

from factsheet.pipeline import validate
from factsheet.problems import Severity

from .helpers import TODAY, Run, found, only

REPO = Path(__file__).resolve().parents[2]

FACTS = """
    topic: summit
    facts:
      - id: force
        label: {ar: القوة, en: The force}
        statement: {ar: نص, en: Text}
        value: {type: quantity, unit: serviceman, best: 1960}
        as_of: 2022-10-31
        claims:
          - source: seed
          - source: web
            value: {type: quantity, unit: serviceman, best: 2000, approximate: true}
          - source: web
            stated: {ar: عدة آلاف, en: Several thousand troops.}
          - source: web
            figure: fact
            value: {type: quantity, unit: serviceman, best: 1960}
          - source: web
            figure: none
"""


def test_every_claim_says_what_it_gives_when_they_differ(run: Run) -> None:
    problems = run({"facts.yaml": FACTS})
    assert found(problems, "claim-figure-") == [
        ("claim-figure-implicit", "facts/facts.yaml", 9, 17),
        ("claim-figure-implicit", "facts/facts.yaml", 12, 17),
        ("claim-figure-both", "facts/facts.yaml", 15, 17),
        ("claim-figure-no-words", "facts/facts.yaml", 18, 17),
    ]
    implicit = [p for p in problems if p.code == "claim-figure-implicit"]
    assert "claim of 'web' does not say what it gives" in implicit[1].message
    for choice in ("'figure: fact'", "'value: {...}'", "'figure: none'"):
        assert choice in (implicit[1].hint or "")


def test_explicit_claims_pass_and_bare_claims_stay_the_common_case(run: Run) -> None:
    explicit = FACTS.split("        claims:")[0] + (
        "        claims:\n"
        "          - source: seed\n"
        "            figure: fact\n"
        "          - source: web\n"
        "            value: {type: quantity, unit: serviceman, best: 2000, approximate: true}\n"
        "          - source: web\n"
        "            figure: none\n"
        "            stated: {ar: عدة آلاف, en: Several thousand troops.}\n"
    )
    assert found(run({"facts.yaml": explicit}), "claim-figure-") == []
    bare = FACTS.split("          - source: web\n            value")[0]
    assert found(run({"facts.yaml": bare + "          - source: web\n"}), "claim-figure-") == []


def test_a_figure_no_claim_gives_is_an_error(run: Run) -> None:
    # Issue 18, bug 2: every claim had its own 5,000 and the fact said 6,500; the page read
    # "about 6,500 people · 2 sources agree" and validation said nothing.
    unsourced = """
        topic: summit
        facts:
          - id: deaths
            label: {ar: القتلى, en: Deaths}
            statement: {ar: نص, en: Text}
            value: {type: quantity, unit: person, best: 6500, approximate: true}
            as_of: 2022-10-31
            claims:
              - source: seed
                value: {type: quantity, unit: person, best: 5000}
              - source: web
                value: {type: quantity, unit: person, best: 5000}
    """
    problems = run({"facts.yaml": unsourced})
    problem = only(problems, "claim-figure-unsourced")
    assert (problem.file, problem.line, problem.col) == ("facts/facts.yaml", 6, 12)
    assert problem.severity is Severity.ERROR
    # A claim whose own value means the fact's figure gives it.
    same = unsourced.replace(
        "best: 5000}\n              - source: web",
        "best: 6500, approximate: true}\n              - source: web",
    )
    assert found(run({"facts.yaml": same}), "claim-figure-") == []


def test_text_facts_are_not_compared(run: Run) -> None:
    text_fact = """
        topic: summit
        facts:
          - id: said
            label: {ar: قال, en: Said}
            statement: {ar: نص, en: Text}
            value: {type: text}
            as_of: 2022-10-31
            claims:
              - source: seed
              - source: web
                figure: none
                stated: {ar: نص, en: Words.}
    """
    assert found(run({"facts.yaml": text_fact}), "claim-figure-") == []


def test_the_old_kyiv_independent_claim_is_rejected_with_its_position(tmp_path: Path) -> None:
    """The Kyiv Independent wrote "several thousand"; written as a bare claim with only its
    words, the site showed it beside the fact's 1,960."""
    shutil.copytree(REPO / "facts", tmp_path / "facts")
    shutil.copytree(REPO / "seeds", tmp_path / "seeds")
    path = tmp_path / "facts" / "peacekeepers.yaml"
    lines = path.read_text(encoding="utf-8").split("\n")
    at = lines.index("      - source: s74")
    assert lines[at + 1] == "        figure: none"
    del lines[at + 1]
    path.write_text("\n".join(lines), encoding="utf-8")
    problems = validate(tmp_path, today=TODAY)[1]
    assert found(problems, "claim-figure-") == [
        ("claim-figure-implicit", "facts/peacekeepers.yaml", at + 1, 17)
    ]
    assert "'peacekeepers-size'" in only(problems, "claim-figure-implicit").message


def test_the_real_facts_pass() -> None:
    problems = validate(REPO, today=TODAY)[1]
    assert [p for p in problems if p.severity is Severity.ERROR] == []


def test_each_figure_problem_says_what_is_wrong_and_how_to_fix_it(run: Run) -> None:
    problems = run({"facts.yaml": FACTS})
    both = only(problems, "claim-figure-both")
    assert (both.message, both.hint) == (
        "figure: fact and a value of its own",
        "keep 'value' if the source gave that figure, else remove it",
    )
    no_words = only(problems, "claim-figure-no-words")
    assert (no_words.message, no_words.hint) == (
        "figure: none, but the claim of 'web' records no words to show",
        "add 'stated' (what the source said, in our words) or its 'quote'",
    )
    # One claim, with a figure of its own that is not the fact's.
    facts = FACTS.split("          - source: seed\n")[0] + (
        "          - source: web\n            value: {type: quantity, unit: serviceman, best: 5}\n"
    )
    problem = only(run({"facts.yaml": facts}), "claim-figure-unsourced")
    assert (problem.message, problem.hint) == (
        "no claim gives the fact's figure: each has a figure of its own or none",
        "cite the source that gives this figure (with 'figure: fact'), or make the "
        "fact's value a figure one of its sources gave",
    )
