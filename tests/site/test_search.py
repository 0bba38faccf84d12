"""Arabic-aware search: the folded ``extra`` field of the index, and the browser's query fold
that must agree with :func:`factsheet.arabic.fold`."""

from __future__ import annotations

import json
import shutil
import subprocess

import pytest
from sitebuild import REPO_ROOT

from factsheet.arabic import fold
from factsheet.plugin.safety.check import material_template_dir
from factsheet.plugin.search import enrich_index, material_worker, worker_wrapper
from mutants_js import SAMPLES as JS_MUTATION_SAMPLES

FOLD_SAMPLES = [
    "الأرْمَن",
    "إلهام علييف",
    "آذربيجان",
    "قرة باغ",
    "مستشفىً",
    "6,500",
    "1,234,567",
    "٦٥٠٠",
    "ســوتشي",
    "Putin",
    *JS_MUTATION_SAMPLES,  # each letter, mark, digit and separator (scripts/mutants_js.py)
]


def node() -> str:
    """Node, which runs the browser's search script outside the browser; fail, never skip,
    when it is missing (.ci/run and the pull-request workflow install it)."""
    found = shutil.which("node")
    if found is None:
        pytest.fail("node is not installed: sudo apt-get install nodejs")
    return found


def test_browser_query_fold_matches_the_index_fold() -> None:
    script = REPO_ROOT / "docs/assets/javascripts/search-fold.js"
    code = (
        f"const f = require({json.dumps(str(script))}).fold;"
        f"console.log(JSON.stringify({json.dumps(FOLD_SAMPLES)}.map(f)))"
    )
    done = subprocess.run(
        [node(), "-e", code], capture_output=True, text=True, check=True, timeout=60
    )
    assert json.loads(done.stdout) == [fold(sample) for sample in FOLD_SAMPLES]


def test_enrich_index_adds_folded_words_and_page_extras() -> None:
    index = {
        "config": {"lang": ["ar"], "fields": {"title": {"boost": 1000.0}}},
        "docs": [
            {"location": "war/", "title": "الحرب", "text": "<p>قُتل حوالى 6,500 شخص</p>"},
            {
                "location": "war/#casualties",
                "title": "الضحايا",
                "text": "<p>أرمينيا &amp; أذربيجان</p>",
            },
        ],
    }
    enrich_index(index, {"war/": "قرة باغ كاراباخ", "war/#casualties": "ignored"})
    first, second = index["docs"]
    assert first["extra"].split() == [
        "الحرب", "حرب", "قتل", "حوالي", "6500", "شخص", "قره", "باغ", "كاراباخ"
    ]  # fmt: skip
    assert second["extra"] == "الضحايا ضحايا ارمينيا اذربيجان"
    assert index["config"]["fields"]["extra"] == {"boost": 1.0}
    before = json.dumps(index, ensure_ascii=False)
    enrich_index(index, {"war/": "قرة باغ كاراباخ"})
    assert json.dumps(index, ensure_ascii=False) == before


def test_worker_wrapper_imports_fold_then_materials_worker() -> None:
    worker = material_worker([str(material_template_dir())])
    assert worker.startswith("search.") and worker.endswith(".js")
    lines = worker_wrapper(worker).splitlines()
    # Inside the first message's listener: nothing is fetched before search is used.
    assert lines[2] == 'self.addEventListener("message", function start(event) {'
    assert f'  importScripts("../search-fold.js", "{worker}");' in lines[3:]
    assert lines[-1] == "});"
