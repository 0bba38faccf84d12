"""Budgets and the printed report of scripts/bench.py (a Markdown table, for BENCHMARK.md)."""

from __future__ import annotations

from typing import Any

KIB = 1024
MIB = 1024 * 1024


def _budget(name: str, value: float | None, limit: float, unit: str) -> dict[str, Any]:
    return {
        "budget": name,
        "value": None if value is None else round(value, 3),
        "limit": limit,
        "unit": unit,
        "pass": None if value is None else value <= limit,
    }


def _by_facts(result: dict[str, Any], facts: int) -> dict[str, Any] | None:
    return next((s for s in result["sizes"] if s["facts"] == facts), None)


def budgets(result: dict[str, Any]) -> list[dict[str, Any]]:
    """Every budget of issues 7 and 14 with its measured value; ``pass`` is None when not
    measured."""
    out = []
    big = _by_facts(result, 10_000)
    out.append(
        _budget("validate 10,000 facts", big["validate"]["median_s"] if big else None, 2.0, "s")
    )
    realistic = result.get("realistic")
    out.append(
        _budget(
            "validate 10,000 facts, real files cloned",
            realistic["validate"]["median_s"] if realistic else None,
            2.0,
            "s",
        )
    )
    for size in [*result["sizes"], *([result["real"]] if "real" in result else [])]:
        out.append(_budget(f"build / floor, {size['label']}", size["build_over_floor"], 1.3, "x"))
    # A first build (a fresh clone, or the handout's facts edited) also lays out the PDFs,
    # which the next builds copy from .cache/; a one-time cost, limited as the history's.
    for size in [*result["sizes"], *([result["real"]] if "real" in result else [])]:
        name = f"first build (no PDF cache) / floor, {size['label']}"
        out.append(_budget(name, size.get("cold_over_floor"), 2.0, "x"))
    small = _by_facts(result, 1_000)
    for what, key in (("build time", "build"), ("site/ bytes", "site")):
        ratio = None
        if small and big:
            field = "median_s" if key == "build" else "bytes"
            ratio = big[key][field] / small[key][field]
        out.append(_budget(f"1,000 -> 10,000 facts, {what}", ratio, 11.0, "x"))
    for key, name in (("serve", "real site"), ("serve_pdf", "real site, a fact the PDF shows")):
        serve = result.get(key)
        value = serve["median_s"] if serve else None
        out.append(_budget(f"serve rebuild, {name}", value, 1.5, "s"))
    history = result.get("history") or {}  # issue 13: dates and changes from git
    for state, limit in (("warm", 1.3), ("cold", 2.0)):
        ratio = history.get(f"{state}_ratio")
        out.append(_budget(f"build with history / without, {state} cache", ratio, limit, "x"))
    weight = result.get("weight") or {}
    for lang, limit in (("ar", 300), ("en", 250)):
        value = weight[lang]["bytes"] / KIB if lang in weight else None
        out.append(_budget(f"home page weight, {lang}", value, limit, "KiB"))
        # Not the budget itself: what a server that gzips (GitHub Pages does) sends.
        value = weight[lang]["gzip_bytes"] / KIB if lang in weight else None
        out.append(_budget(f"(home page weight, {lang}, gzipped)", value, limit, "KiB"))
    pages = result.get("page_gzip_kib") or {}
    heaviest = max(pages, key=lambda page: pages[page], default=None)
    name = f"heaviest page gzipped ({heaviest})" if heaviest else "heaviest page gzipped"
    out.append(_budget(name, pages[heaviest] if heaviest else None, 200, "KiB"))
    return out


def table(result: dict[str, Any]) -> list[str]:
    """The measurements as a Markdown table, one row per project: wall-clock medians, and
    in parentheses the CPU time (user + system), which other processes disturb less."""
    rows = [
        "| project | validate s (cpu) | validate MiB | build s (cpu) | build MiB "
        "| first build s (cpu) | floor s (cpu) | build/floor (cpu) | first/floor (cpu) "
        "| site/ MiB | site/ files | floor site/ MiB |",
        "|---|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|",
    ]
    for s in [*result["sizes"], result["real"]]:
        v, b, c, f = s["validate"], s["build"], s["build_cold"], s["floor"]
        rows.append(
            f"| {s['label']} | {_wall_cpu(v)} | {v['peak_rss_mib']:.0f} "
            f"| {_wall_cpu(b)} | {b['peak_rss_mib']:.0f} | {_wall_cpu(c)} | {_wall_cpu(f)} "
            f"| {s['build_over_floor']:.2f} ({s['build_over_floor_cpu']:.2f}) "
            f"| {s['cold_over_floor']:.2f} ({s['cold_over_floor_cpu']:.2f}) "
            f"| {s['site']['bytes'] / MIB:.1f} | {s['site']['files']} "
            f"| {s['floor_site']['bytes'] / MIB:.1f} |"
        )
    return rows


def _wall_cpu(timing: dict[str, Any]) -> str:
    return f"{timing['median_s']:.2f} ({timing['cpu_median_s']:.2f})"


def print_report(result: dict[str, Any]) -> None:
    m = result["machine"]
    print(
        f"\n{result['date']}, commit {result['commit']}, {m['cpu']}, {m['cores']} cores, "
        f"load {m['load_1_5_15_at_start']} -> {result['load_1_5_15_at_end']}, "
        f"median of {result['runs']} runs\n"
    )
    print("\n".join(table(result)))
    if "serve" in result:
        print(f"\nmkdocs serve --dirty, edit -> both languages: {result['serve']['runs_s']} s")
    if "serve_pdf" in result:
        pdf = result["serve_pdf"]["runs_s"]
        print(f"mkdocs serve --dirty, edit of a fact the PDF shows -> both languages: {pdf} s")
    if "serve_full" in result:
        full = result["serve_full"]["runs_s"]
        print(f"mkdocs serve (no --dirty), edit -> both languages: {full} s")
    weights = [(result["real"], result.get("weight"))] + [
        (s, s.get("weight")) for s in result["sizes"]
    ]
    for s, weight in weights:
        for lang, w in (weight or {}).items():
            index = next((n for f, n in w["files"].items() if "search_index" in f), 0)
            print(
                f"{s['label']}, home page {lang}: {w['bytes'] / KIB:.0f} KiB in "
                f"{w['responses']} responses ({w['gzip_bytes'] / KIB:.0f} KiB gzipped; "
                f"search index {index / KIB:.0f} KiB)"
            )
    print()
    for b in result["budgets"]:
        verdict = {True: "PASS", False: "FAIL", None: "n/a "}[b["pass"]]
        value = "not measured" if b["value"] is None else f"{b['value']:g} {b['unit']}"
        print(f"{verdict}  {b['budget']}: {value} (limit {b['limit']:g} {b['unit']})")
