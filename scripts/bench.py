"""Speed benchmark of the fact-sheet pipeline (issue 7). BENCHMARK.md explains the numbers.

For synthetic projects of each ``--sizes`` (``synthetic``), for the real site, and for the real
fact files cloned to ``--realistic`` facts (``realistic``; validation only) it measures, as the
median of ``--runs`` runs: ``factsheet validate`` (time, peak memory), the
two-language ``mkdocs build --strict`` with the factsheet plugin, the floor (the same Markdown
built by plain MkDocs + Material, no plugin), and the size of ``site/``. On the real site it
also measures the time from saving an edited fact to both languages rebuilt under
``mkdocs serve --dirty`` (what ``make serve`` runs), and the weight of both home pages in
Chromium. It prints a table, writes JSON, and checks the budgets: PASS/FAIL each, exit code 1
on a FAIL only with ``--enforce``.

    make bench                                          # the same, from a fresh clone
    .venv/bin/python scripts/bench.py                   # 100, 1,000, 10,000 facts, 3 runs
    .venv/bin/python scripts/bench.py --quick           # a small smoke run (about a minute)
"""

from __future__ import annotations

import argparse
import html
import json
import os
import platform
import shutil
import subprocess
import sys
import tempfile
import time
from datetime import UTC, date, datetime
from functools import partial
from pathlib import Path
from typing import Any

from bench_history import measure_history
from bench_measure import (
    BIN,
    FLOOR_DRIVER,
    copy_site_config,
    fetch,
    floor_configs,
    free_port,
    page_weight,
    run_timed,
    serving,
    site_pages,
    snapshot,
    static_server,
    tree_size,
    wait_for,
)
from bench_report import budgets, print_report
from factsheet.cache import CACHE_ROOT
from factsheet.handout.content import handout_html
from factsheet.model.records import TextValue
from factsheet.plugin.pdf import CACHE_NAME as PDF_CACHE
from factsheet.project import load_project
from realistic import clone
from synthetic import generate

REPO = Path(__file__).resolve().parent.parent
CHROMIUM = "/usr/bin/chromium"
BIG = 1_000  # sizes above this are measured --big-runs times
SERVE_RUNS = 9  # edits timed under mkdocs serve (each takes about 3 s), at least


def forget_pdfs(root: Path) -> None:
    """Delete the PDFs the plugin keeps between builds: the next build is a first build."""
    shutil.rmtree(root / CACHE_ROOT / PDF_CACHE, ignore_errors=True)


def measure_project(root: Path, label: str, runs: int) -> dict[str, Any]:
    """Validate, build with the plugin, build the floor; sizes of both sites."""
    print(f"[{time.strftime('%H:%M:%S')}] {label}: validate", flush=True)
    validate = run_timed([str(BIN / "factsheet"), "validate"], root, runs)
    command = [str(BIN / "mkdocs"), "build", "--strict", "-d", "site"]
    print(f"[{time.strftime('%H:%M:%S')}] {label}: build with the plugin, no PDF cache", flush=True)
    cold = run_timed(command, root, runs, before=partial(forget_pdfs, root))
    print(f"[{time.strftime('%H:%M:%S')}] {label}: build with the plugin", flush=True)
    build = run_timed(command, root, runs)
    configs = floor_configs(root)
    print(f"[{time.strftime('%H:%M:%S')}] {label}: floor build", flush=True)
    floor_cmd = [sys.executable, "-c", FLOOR_DRIVER, *map(str, configs)]
    floor = run_timed(floor_cmd, root, runs)
    b, c, f = build.as_dict(), cold.as_dict(), floor.as_dict()
    return {
        "label": label,
        "facts": len(load_project(root)[0].facts),
        "validate": validate.as_dict(),
        "build": b,
        "build_cold": c,
        "floor": f,
        "build_over_floor": round(b["median_s"] / f["median_s"], 2),
        "build_over_floor_cpu": round(b["cpu_median_s"] / f["cpu_median_s"], 2),
        "cold_over_floor": round(c["median_s"] / f["median_s"], 2),
        "cold_over_floor_cpu": round(c["cpu_median_s"] / f["cpu_median_s"], 2),
        "site": tree_size(root / "site"),
        "floor_site": tree_size(root / "site-floor"),
    }


def edit_target(root: Path, *, in_pdf: bool = False) -> tuple[Path, int, int, str]:
    """A text fact whose statements are plain one-line scalars (with ``in_pdf``, one the
    one-page PDF shows): its file, the line numbers (0-based) of its ar and en statements, and
    its topic page."""
    project, _ = load_project(root)
    handout = handout_html(project, "en", date.today(), None) if in_pdf else ""
    for fact in project.facts.values():
        if not isinstance(fact.value, TextValue):
            continue
        if in_pdf and html.escape(fact.statement.en, quote=False) not in handout:
            continue
        origin = project.origin(fact)
        path = root / origin.doc.file
        lines = path.read_text(encoding="utf-8").splitlines()
        found = []
        for lang in ("ar", "en"):
            line = origin.mark(("statement", lang)).line - 1
            if lines[line].rstrip().endswith(f"{lang}: {fact.statement.get(lang)}"):
                found.append(line)
        if len(found) == 2:
            return path, found[0], found[1], f"{fact.topic}/"
    raise RuntimeError("no text fact with plain one-line statements to edit")


def serve_rebuild(
    root: Path,
    runs: int,
    *,
    dirty: bool = True,
    first: int = 0,
    in_pdf: bool = False,
    timeout: float = 120.0,
) -> dict[str, Any]:
    """Seconds from saving an edited statement to both languages' page showing it.

    Each edit appends a word no edit before it appended (runs are numbered from ``first``:
    a second measurement on the same project must start after the first one's numbers).
    ``in_pdf``: the statement edited is one the one-page PDF shows.
    """
    path, ar_line, en_line, page = edit_target(root, in_pdf=in_pdf)
    port = free_port()
    urls = [f"http://127.0.0.1:{port}/{page}", f"http://127.0.0.1:{port}/en/{page}"]
    times: list[float] = []
    with serving(root, port, dirty) as proc:
        ready = wait_for(lambda: all(fetch(u) for u in urls), timeout=600, step=0.5)
        if ready is None or proc.poll() is not None:
            raise RuntimeError(f"mkdocs serve did not start; see {root / 'serve.log'}")
        time.sleep(2)  # let the watcher settle after the first build
        for run in range(first, first + runs):
            # A new word per run (letters only: a digit would become a number for the checks).
            repeat, letter = divmod(run, 6)
            marker_ar = "تجربة" + "بتثجحخ"[letter] * (repeat + 3)
            marker_en = "Zqbench" + "abcdef"[letter] * (repeat + 3)
            lines = path.read_text(encoding="utf-8").splitlines()
            lines[ar_line] += f" {marker_ar}"
            lines[en_line] += f" {marker_en}"
            path.write_text("\n".join(lines) + "\n", encoding="utf-8")
            start = time.perf_counter()
            seen = wait_for(
                lambda m=(marker_ar, marker_en): all(  # type: ignore[misc]
                    mark in (fetch(url) or "") for url, mark in zip(urls, m, strict=True)
                ),
                timeout,
            )
            if seen is None:
                raise RuntimeError(f"no rebuild within {timeout} s; see {root / 'serve.log'}")
            times.append(round(time.perf_counter() - start, 3))
            time.sleep(1.5)  # the next edit must not land inside this rebuild
    return {"median_s": sorted(times)[len(times) // 2], "runs_s": times, "page": page}


def home_weights(site: Path) -> dict[str, Any]:
    """Page weight of the Arabic and the English home page of a built ``site``."""
    with static_server(site) as base:
        return {"ar": page_weight(base, CHROMIUM), "en": page_weight(base + "en/", CHROMIUM)}


def every_page_gzip(site: Path) -> dict[str, float]:
    """KiB each page of a built ``site`` transfers gzipped (everything it fetches)."""
    with static_server(site) as base:
        return {
            "/" + page: round(page_weight(base + page, CHROMIUM)["gzip_bytes"] / 1024, 1)
            for page in site_pages(site)
        }


def real_project(code: Path, work: Path) -> Path:
    """A copy of the measured project (facts, seeds, site config): edits stay there."""
    root = work / "real"
    for folder in ("facts", "seeds"):
        shutil.copytree(code / folder, root / folder)
    copy_site_config(code, root)
    return root


def machine() -> dict[str, Any]:
    cpu = next(
        (line.split(":", 1)[1].strip() for line in Path("/proc/cpuinfo").read_text().splitlines()
         if line.startswith("model name")), platform.processor(),
    )  # fmt: skip
    versions = subprocess.run(
        [str(BIN / "python"), "-c", "import mkdocs, material; print(mkdocs.__version__, "
         "material.__version__)"], capture_output=True, text=True, check=True,
    ).stdout.split()  # fmt: skip
    return {
        "cpu": cpu,
        "cores": os.cpu_count(),
        "memory_gib": round(os.sysconf("SC_PHYS_PAGES") * os.sysconf("SC_PAGE_SIZE") / 2**30),
        "python": platform.python_version(),
        "mkdocs": versions[0],
        "material": versions[1],
        "load_1_5_15_at_start": [round(x, 2) for x in os.getloadavg()],
    }


def run(args: argparse.Namespace, work: Path) -> dict[str, Any]:
    commit = subprocess.run(
        ["git", "rev-parse", "--short", "HEAD"], cwd=REPO, capture_output=True, text=True
    ).stdout.strip()
    result: dict[str, Any] = {
        "date": datetime.now(UTC).isoformat(timespec="seconds"),
        "commit": commit + ("+working-tree" if args.working_tree else ""),
        "runs": args.runs,
        "machine": machine(),
        "sizes": [],
    }
    # The real site first: its budgets (serve, weight) do not wait for the largest build.
    code = snapshot(REPO, work / "code", args.working_tree)
    real = real_project(code, work)
    result["real"] = measure_project(real, "real site", args.runs)
    save(result, args.out)
    if not args.skip_serve:
        print(f"[{time.strftime('%H:%M:%S')}] real site: mkdocs serve rebuild", flush=True)
        result["serve"] = serve_rebuild(real, max(args.runs, SERVE_RUNS))
        done = len(result["serve"]["runs_s"])
        # The PDF is made again in a second process; the pages do not wait for it.
        result["serve_pdf"] = serve_rebuild(
            real, max(args.runs, SERVE_RUNS), first=done, in_pdf=True
        )
        done += len(result["serve_pdf"]["runs_s"])
        # For comparison, not a budget: plain mkdocs serve rebuilds every page on each edit.
        result["serve_full"] = serve_rebuild(real, 3, dirty=False, first=done)
    if not args.skip_history:
        print(f"[{time.strftime('%H:%M:%S')}] real site: history (cold, warm, none)", flush=True)
        result["history"] = measure_history(work, args.runs)
        save(result, args.out)
    if args.realistic:
        root = work / "realistic"
        count = clone(real, root, args.realistic)
        label = f"real files cloned, {count:,} facts"
        print(f"[{time.strftime('%H:%M:%S')}] {label}: validate", flush=True)
        validate = run_timed([str(BIN / "factsheet"), "validate"], root, args.runs)
        result["realistic"] = {"label": label, "facts": count, "validate": validate.as_dict()}
        save(result, args.out)
    weigh = not args.skip_weight and Path(CHROMIUM).exists()
    if weigh:
        result["weight"] = home_weights(real / "site")
        result["page_gzip_kib"] = every_page_gzip(real / "site")
        save(result, args.out)
    for size in args.sizes:
        root = work / f"synthetic-{size}"
        generate(root, size, seed=args.seed)
        copy_site_config(code, root)
        runs = args.runs if size <= BIG else min(args.runs, args.big_runs)
        result["sizes"].append(measure_project(root, f"{size:,} facts", runs))
        if weigh:  # the search index, fetched by every page, grows with the facts
            result["sizes"][-1]["weight"] = home_weights(root / "site")
        save(result, args.out)  # a long run that is stopped keeps what it measured
    result["load_1_5_15_at_end"] = [round(x, 2) for x in os.getloadavg()]
    return result


def save(result: dict[str, Any], out: Path) -> None:
    result["budgets"] = budgets(result)
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(json.dumps(result, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")


def parse_args(argv: list[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", default="100,1000,10000", help="facts per synthetic project")
    parser.add_argument("--runs", type=int, default=3, help="runs per measurement (median)")
    parser.add_argument(
        "--big-runs",
        type=int,
        default=3,
        help=f"runs for sizes above {BIG:,} facts (a build of 10,000 facts takes about a minute)",
    )
    parser.add_argument("--out", type=Path, default=Path("bench-results/bench.json"))
    parser.add_argument(
        "--realistic",
        type=int,
        default=10_000,
        help="facts of the project made by cloning the real fact files (validation only; 0 skips)",
    )
    parser.add_argument("--quick", action="store_true", help="smoke run: 30 and 100 facts, 1 run")
    parser.add_argument("--seed", type=int, default=0, help="seed of the synthetic projects")
    parser.add_argument("--skip-serve", action="store_true", help="skip the mkdocs serve timing")
    parser.add_argument(
        "--skip-history", action="store_true", help="skip the git history timing (issue 13)"
    )
    parser.add_argument("--skip-weight", action="store_true", help="skip the page weights")
    parser.add_argument(
        "--working-tree",
        action="store_true",
        help="measure the working tree as it is (default: the last commit, HEAD)",
    )
    parser.add_argument("--keep", action="store_true", help="keep the temporary projects")
    parser.add_argument("--enforce", action="store_true", help="exit 1 when a budget fails")
    args = parser.parse_args(argv)
    args.sizes = [30, 100] if args.quick else [int(s) for s in args.sizes.split(",") if s]
    args.runs = 1 if args.quick else args.runs
    args.realistic = min(args.realistic, 500) if args.quick else args.realistic
    return args


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv)
    work = Path(tempfile.mkdtemp(prefix="factsheet-bench-"))
    try:
        result = run(args, work)
    finally:
        if args.keep:
            print(f"projects kept in {work}")
        else:
            shutil.rmtree(work, ignore_errors=True)
    save(result, args.out)
    print_report(result)
    print(f"wrote {args.out}")
    failed = [b for b in result["budgets"] if b["pass"] is False]
    return 1 if args.enforce and failed else 0


if __name__ == "__main__":
    sys.exit(main())
