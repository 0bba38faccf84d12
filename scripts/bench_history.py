"""The cost of the facts' history in a build (issue 13): the real site built from a full git
clone with a cold history cache (no ``.cache/``), with a warm one, and from the same files
without git (no history), each the median of ``--runs`` builds. Budgets: warm at most 1.3x the
build without history, cold at most 2x.

    .venv/bin/python scripts/bench_history.py            # alone (about a minute)
    .venv/bin/python scripts/bench.py                    # with the rest of the benchmark
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parent.parent
MKDOCS = Path(sys.executable).with_name("mkdocs")
ENV = {**os.environ, "NO_MKDOCS_2_WARNING": "1"}
BUDGETS = {"warm": 1.3, "cold": 2.0}


def build_seconds(project: Path, cold: bool) -> float:
    if cold:
        shutil.rmtree(project / ".cache", ignore_errors=True)
    site = project / "site"
    started = time.perf_counter()
    subprocess.run(
        [str(MKDOCS), "build", "--strict", "-q", "-d", str(site)],
        cwd=project, env=ENV, check=True, capture_output=True,
    )  # fmt: skip
    return time.perf_counter() - started


def median_build(project: Path, runs: int, cold: bool = False) -> float:
    return statistics.median(build_seconds(project, cold) for _ in range(runs))


def measure_history(work: Path, runs: int) -> dict[str, Any]:
    """Clone the repository (its HEAD, full history) and time the three builds."""
    clone = work / "history-clone"
    subprocess.run(["git", "clone", "-q", "--no-local", str(REPO), str(clone)], check=True)
    plain = work / "history-none"
    shutil.copytree(clone, plain, ignore=shutil.ignore_patterns(".git"))
    build_seconds(clone, cold=False)  # warms the page cache and the history cache
    none = median_build(plain, runs)
    warm = median_build(clone, runs)
    cold = median_build(clone, runs, cold=True)
    result = {"commits": _count(clone), "none_s": none, "warm_s": warm, "cold_s": cold}
    result["warm_ratio"] = round(warm / none, 2)
    result["cold_ratio"] = round(cold / none, 2)
    result["pass"] = all(result[f"{k}_ratio"] <= limit for k, limit in BUDGETS.items())
    return result


def _count(clone: Path) -> int:
    out = subprocess.run(["git", "-C", str(clone), "rev-list", "--count", "HEAD"],
                         capture_output=True, text=True, check=True)  # fmt: skip
    return int(out.stdout)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--runs", type=int, default=3, help="builds per measurement (median)")
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="factsheet-bench-history-") as tmp:
        result = measure_history(Path(tmp), args.runs)
    print(json.dumps(result, indent=2))
    return 0 if result["pass"] else 1


if __name__ == "__main__":
    sys.exit(main())
