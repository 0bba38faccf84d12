"""Mutation testing of the modules that carry the project's guarantees (``make mutants``).

Runs mutmut (configured in pyproject.toml, ``[tool.mutmut]``) one group of modules at a time,
each mutant against only the tests that call the mutated function, and prints the score per
group: killed (a test failed, or the mutant timed out) out of all mutants of the group. A mutant
that no test reaches counts as surviving. MUTATION.md keeps the scores and explains each
surviving mutant that cannot change behaviour.

    python scripts/mutants.py                 # every group
    python scripts/mutants.py seeds arabic    # some groups
    python scripts/mutants.py --report        # only print the scores of the last runs
    python scripts/mutants.py --survivors seeds   # the surviving mutants of a group
"""

from __future__ import annotations

import argparse
import re
import subprocess
import sys
from collections import Counter
from pathlib import Path

BIN = Path(sys.executable).parent
# Group name -> mutmut name patterns (module path, then x_function or xǁClassǁmethod).
GROUPS: dict[str, tuple[str, ...]] = {
    "seeds": ("factsheet.seeds.*",),
    "arabic": ("factsheet.arabic.*",),
    "agreement": ("factsheet.model.agreement.*",),
    "safety": ("factsheet.plugin.safety.*",),
    # on_post_build is decorated, and mutmut leaves decorated functions alone: the check that
    # fails the build is a function of its own.
    "wiring": ("factsheet.plugin.x_check_safety*", "factsheet.plugin.x_nested*"),
    "load.decode": ("factsheet.load.decode.*",),
    "load.compose": ("factsheet.load.compose.*",),
    "load.data": ("factsheet.load.data.*",),
    "load.loader": ("factsheet.load.loader.*",),
    "checks.urls": ("factsheet.checks.urls.*",),
    "checks.text_safety": ("factsheet.checks.text_safety.*",),
    "checks.quotes": ("factsheet.checks.quotes.*",),
    "checks.figures": ("factsheet.checks.figures.*",),
    "checks.scan": ("factsheet.checks.scan.*",),
    "checks.registry": ("factsheet.checks.x*",),
    "checks.context": ("factsheet.checks.context.*",),
    "checks.values": ("factsheet.checks.values.*",),
    "checks.dates": ("factsheet.checks.dates.*",),
    "checks.bilingual": ("factsheet.checks.bilingual.*",),
    "checks.consistency": ("factsheet.checks.consistency.*",),
    "checks.references": ("factsheet.checks.references.*",),
    "checks.as_of": ("factsheet.checks.as_of.*",),
    "checks.locations": ("factsheet.checks.locations.*",),
    "checks.site": ("factsheet.checks.site.*",),
}
KILLED = {"killed", "timeout", "caught by type check"}
_RESULT = re.compile(r"^\s*(\S+): (.+)$")


def results() -> dict[str, str]:
    """Mutant name -> status, for every mutant mutmut knows."""
    done = subprocess.run(
        [str(BIN / "mutmut"), "results", "--all", "true"],
        capture_output=True, text=True, check=True,
    )  # fmt: skip
    return {m[1]: m[2] for line in done.stdout.splitlines() if (m := _RESULT.match(line))}


def in_group(name: str, patterns: tuple[str, ...]) -> bool:
    from fnmatch import fnmatchcase

    return any(fnmatchcase(name.replace("__init__.", ""), p) for p in patterns)


def score_lines(statuses: dict[str, str], groups: list[str]) -> list[str]:
    lines = [
        f"{'group':<20} {'mutants':>7} {'killed':>7} {'survived':>8} {'no test':>7} {'score':>6}"
    ]
    for group in groups:
        counts = Counter(s for n, s in statuses.items() if in_group(n, GROUPS[group]))
        total = sum(counts.values())
        killed = sum(counts[s] for s in KILLED)
        score = f"{100 * killed / total:.1f}%" if total else "-"
        lines.append(
            f"{group:<20} {total:>7} {killed:>7} {counts['survived']:>8} "
            f"{counts['no tests']:>7} {score:>6}"
            + (f"  (not run: {counts['not checked']})" if counts["not checked"] else "")
        )
    return lines


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("groups", nargs="*", choices=[[], *GROUPS], default=[])
    parser.add_argument("--report", action="store_true", help="print the scores only")
    parser.add_argument("--survivors", action="store_true", help="list surviving mutants")
    parser.add_argument("--jobs", type=int, default=1, help="mutants run at once (default 1)")
    args = parser.parse_args()
    groups = args.groups or list(GROUPS)
    if not (args.report or args.survivors):
        for group in groups:
            print(f"== {group}", flush=True)
            command = [str(BIN / "mutmut"), "run", "--max-children", str(args.jobs)]
            subprocess.run([*command, *GROUPS[group]], check=True, stdout=subprocess.DEVNULL)
    statuses = results()
    if args.survivors:
        for name, status in sorted(statuses.items()):
            if status not in KILLED and any(in_group(name, GROUPS[g]) for g in groups):
                print(f"{name}: {status}")
        return 0
    print("\n".join(score_lines(statuses, groups)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
