"""Lighthouse (mobile preset) on every page of both languages; writes BENCHMARK.md's section.

    make lighthouse                                  # npm ci, then this script
    .venv/bin/python scripts/bench_lighthouse.py --runs 3 --pages index,war

The site is built with ``mkdocs build --strict`` into a temporary folder and served with gzip
on 127.0.0.1 (bench_measure.gzip_server, as GitHub Pages serves it). Lighthouse is the npm
package pinned in scripts/lighthouse/package-lock.json, run with the machine's Node and
Debian's Chromium (CHROME_PATH). Scores are noisy on a shared machine: with ``--runs N`` each
page's median run (by performance score) is kept. Not a test: the exit code is 0 whatever
the budgets say, unless ``--enforce``.
"""

from __future__ import annotations

import argparse
import datetime
import json
import os
import re
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any

from bench_measure import gzip_server, site_pages

REPO = Path(__file__).resolve().parents[1]
CLI = REPO / "scripts" / "lighthouse" / "node_modules" / "lighthouse" / "cli" / "index.js"
CHROMIUM = os.environ.get("CHROME_PATH", "/usr/bin/chromium")
CHROME_FLAGS = (
    "--headless --no-sandbox --disable-gpu --disable-background-networking "
    "--disable-component-update --disable-sync --no-first-run"
)
CATEGORIES = ("performance", "accessibility", "best-practices", "seo")
METRICS = {  # audit id -> (column, scale to the unit shown)
    "first-contentful-paint": ("FCP s", 0.001),
    "largest-contentful-paint": ("LCP s", 0.001),
    "total-blocking-time": ("TBT ms", 1.0),
    "cumulative-layout-shift": ("CLS", 1.0),
    "speed-index": ("SI s", 0.001),
}
# Issue 14's budgets, every page: (column, limit, higher is better).
BUDGETS = (
    ("performance", 95, True),
    ("accessibility", 100, True),
    ("best-practices", 100, True),
    ("seo", 100, True),
    ("CLS", 0.02, False),
    ("TBT ms", 150, False),
    ("LCP s", 2.0, False),
)
BEGIN, END = "<!-- lighthouse:begin -->", "<!-- lighthouse:end -->"


def run_once(url: str, out: Path) -> dict[str, Any]:
    """One Lighthouse run; the scores, metrics and the audits that lost points."""
    cmd = [
        "node", str(CLI), url, "--quiet", "--output=json", f"--output-path={out}",
        f"--chrome-flags={CHROME_FLAGS}", f"--only-categories={','.join(CATEGORIES)}",
    ]  # fmt: skip
    env = {**os.environ, "CHROME_PATH": CHROMIUM}
    subprocess.run(cmd, env=env, check=True, stdout=subprocess.DEVNULL)
    report = json.loads(out.read_text("utf-8"))
    row: dict[str, Any] = {c: round(report["categories"][c]["score"] * 100) for c in CATEGORIES}
    for audit, (column, scale) in METRICS.items():
        row[column] = round(report["audits"][audit]["numericValue"] * scale, 3)
    row["lost"] = sorted(
        ref["id"]
        for c in CATEGORIES[1:]
        for ref in report["categories"][c]["auditRefs"]
        if ref["weight"] and (report["audits"][ref["id"]]["score"] or 0) < 1
        and report["audits"][ref["id"]]["scoreDisplayMode"] == "binary"
    )  # fmt: skip
    return row


def measure(site: Path, pages: list[str], runs: int) -> dict[str, dict[str, Any]]:
    rows: dict[str, dict[str, Any]] = {}
    with gzip_server(site) as base, tempfile.TemporaryDirectory() as tmp:
        for page in pages:
            tries = [run_once(base + page, Path(tmp) / "report.json") for _ in range(runs)]
            median = statistics.median_low(t["performance"] for t in tries)
            rows["/" + page] = next(t for t in tries if t["performance"] == median)
            print(f"/{page}: {json.dumps(rows['/' + page])}", file=sys.stderr)
    return rows


def verdicts(row: dict[str, Any]) -> list[str]:
    """The budgets ``row`` misses, e.g. ``TBT ms 180 > 150``."""
    missed = []
    for column, limit, higher in BUDGETS:
        value = row[column]
        if (value < limit) if higher else (value > limit):
            missed.append(f"{column} {value} {'<' if higher else '>'} {limit}")
    return missed


def table(rows: dict[str, dict[str, Any]]) -> list[str]:
    columns = [*CATEGORIES, *(c for c, _ in METRICS.values())]
    lines = [
        "| page | " + " | ".join(columns) + " | budgets |",
        "|---|" + "--:|" * len(columns) + "---|",
    ]
    for page, row in rows.items():
        missed = verdicts(row)
        verdict = "all held" if not missed else "MISSED: " + "; ".join(missed)
        if row["lost"]:
            verdict += " (audits failed: " + ", ".join(row["lost"]) + ")"
        cells = [str(row[c]) for c in columns]
        lines.append(f"| `{page}` | " + " | ".join(cells) + f" | {verdict} |")
    return lines


def section(rows: dict[str, dict[str, Any]], runs: int, loads: tuple[float, float]) -> str:
    version = json.loads((CLI.parents[1] / "package.json").read_text("utf-8"))["version"]
    commit = subprocess.run(
        ["git", "rev-parse", "--short", "HEAD"], cwd=REPO, capture_output=True, text=True
    ).stdout.strip()
    held = sum(not verdicts(r) for r in rows.values())
    when = datetime.datetime.now(datetime.UTC).strftime("%Y-%m-%d %H:%M UTC")
    head = (
        f"Run of {when}, commit `{commit}` (working tree), Lighthouse {version}, mobile preset "
        f"(simulated slow 4G, 4x CPU slowdown), {runs} run(s) per page (the median by "
        f"performance score), `{Path(CHROMIUM).name}` headless, the site served with gzip on "
        f"127.0.0.1. 1-minute load {loads[0]:.1f} at the start, {loads[1]:.1f} at the end "
        f"(2 shared cores). Every budget held on {held} of {len(rows)} pages."
    )
    return "\n".join([BEGIN, head, "", *table(rows), END])


def write_benchmark(text: str) -> None:
    """Replace the section between the markers in BENCHMARK.md (or append it)."""
    path = REPO / "BENCHMARK.md"
    old = path.read_text("utf-8")
    pattern = re.compile(re.escape(BEGIN) + ".*?" + re.escape(END), re.S)
    if pattern.search(old):
        new = pattern.sub(lambda _: text, old)
    else:
        new = old.rstrip("\n") + "\n\n## Lighthouse, every page (mobile)\n\n" + text + "\n"
    path.write_text(new, encoding="utf-8")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--runs", type=int, default=1, help="runs per page (median kept)")
    parser.add_argument("--pages", help="comma-separated paths, e.g. ',war/,en/war/'")
    parser.add_argument("--no-write", action="store_true", help="leave BENCHMARK.md as it is")
    parser.add_argument("--enforce", action="store_true", help="exit 1 when a budget is missed")
    args = parser.parse_args()
    if not CLI.exists():
        sys.exit(f"error: {CLI} is missing: run `make lighthouse` (npm ci in scripts/lighthouse)")
    with tempfile.TemporaryDirectory() as tmp:
        site = Path(tmp) / "site"
        env = {**os.environ, "NO_MKDOCS_2_WARNING": "1"}
        build = [sys.executable, "-m", "mkdocs", "build", "--strict", "-q", "-d", str(site)]
        subprocess.run(build, cwd=REPO, env=env, check=True)
        pages = site_pages(site) if args.pages is None else args.pages.split(",")
        start = os.getloadavg()[0]
        rows = measure(site, pages, args.runs)
        text = section(rows, args.runs, (start, os.getloadavg()[0]))
    print(text)
    if not args.no_write:
        write_benchmark(text)
    missed = [page for page, row in rows.items() if verdicts(row)]
    return 1 if args.enforce and missed else 0


if __name__ == "__main__":
    sys.exit(main())
