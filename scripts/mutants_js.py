"""Mutation testing of the browser's query fold (docs/assets/javascripts/search-fold.js).

No kept mutation tool for JavaScript works offline here, so the mutants are made by hand from
the script's own tables: each letter mapping, each mark range, each thousands separator left
out, and the steps (NFKC, lower case, digit offset) broken one at a time. Each mutant folds the
samples with node; it is killed when one sample no longer folds as ``factsheet.arabic.fold``
folds it (the comparison tests/site/test_search.py makes).
"""

from __future__ import annotations

import json
import re
import shutil
import subprocess
import tempfile
from collections.abc import Iterator
from pathlib import Path

from factsheet.arabic import fold

SCRIPT = Path(__file__).resolve().parents[1] / "docs/assets/javascripts/search-fold.js"
# Every letter variant, mark, digit and separator in a word, and the steps' own cases; the
# test of the fold (tests/site/test_search.py) folds these too.
SAMPLES = [
    "أحمد", "إلهام", "آذربيجان", "ٱلله", "مستشفى", "قرة", "مؤتمر", "رئيس", "کتاب", "ایران",
    "قُتِلَ", "الأرْمَنُ", "ســوتشي", "\u0610x\u061a", "\u065f\u06d6\u06ed\u0670ب",
    "٠١٢٣٤٥٦٧٨٩", "6,500", "6٬500", "6\u00a0500", "6\u202f500", "6 500", "6 5000", "1,234,567",
    "Putin", "İSTANBUL", "ﻻ", "ﺍ",
]  # fmt: skip


def mutants(source: str) -> Iterator[tuple[str, str]]:
    """(description, mutated source) for each mutation of the script."""
    for line in source.splitlines(keepends=True):
        if re.match(r'\s+"\\u06?[0-9a-f]{3,4}": "', line):
            yield f"letter mapping left out: {line.strip()}", source.replace(line, "", 1)
    marks = re.search(r"var MARKS = /\[(.*?)\]/g;", source)
    assert marks is not None
    for piece in re.findall(r"\\u[0-9a-f]{4}(?:-\\u[0-9a-f]{4})?", marks[1]):
        yield f"mark {piece} left out", source.replace(marks[1], marks[1].replace(piece, "", 1))
    grouped = re.search(r"\(\?<=\\d\)\[(.*?)\]", source)
    assert grouped is not None
    for piece in re.findall(r"\\u[0-9a-f]{4}|.", grouped[1]):
        changed = grouped[1].replace(piece, "", 1)
        yield f"separator {piece!r} left out", source.replace(grouped[1], changed, 1)
    for old, new in [
        ('.normalize("NFKC")', ""),
        (".toLowerCase()", ""),
        ("- 0x0660", "- 0x065f"),
        ("(?!\\d)", ""),
        ("\\d{3}", "\\d{2}"),
        ('out.replace(GROUPED, "")', "out"),
        ('replace(MARKS, "")', 'replace(MARKS, "-")'),
    ]:
        assert old in source, old
        yield f"{old!r} -> {new!r}", source.replace(old, new, 1)


def folds(script: Path) -> list[str]:
    fold_js = f"require({json.dumps(str(script))}).fold"
    code = f"console.log(JSON.stringify({json.dumps(SAMPLES)}.map({fold_js})))"
    node = shutil.which("node") or "node"
    done = subprocess.run([node, "-e", code], capture_output=True, text=True, timeout=60)
    return json.loads(done.stdout) if done.returncode == 0 else []


def main() -> int:
    source = SCRIPT.read_text(encoding="utf-8")
    expected = [fold(sample) for sample in SAMPLES]
    with tempfile.TemporaryDirectory() as scratch:
        script = Path(scratch) / "search-fold.js"
        script.write_text(source, encoding="utf-8")
        assert folds(script) == expected, "the script does not fold the samples as Python does"
        survived = []
        all_mutants = list(mutants(source))
        for description, mutated in all_mutants:
            script.write_text(mutated, encoding="utf-8")
            if folds(script) == expected:
                survived.append(description)
    killed = len(all_mutants) - len(survived)
    print(f"search-fold.js: {killed} of {len(all_mutants)} mutants killed")
    for description in survived:
        print(f"  survived: {description}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
