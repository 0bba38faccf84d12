"""Arabic-aware search: a folded ``extra`` field in the index and a folding search worker.

Material's search (lunr) matches words as written, so ``الأرمن`` does not find ``الارمن``,
``أرمن`` or ``ارمن``, and ``6500`` does not find ``6,500``. Two halves fix that:

- :func:`enrich_index` post-processes ``search/search_index.json`` after Material's search
  plugin wrote it: every entry gets an ``extra`` field with the folded words of its title and
  text, each also without its article (:func:`factsheet.arabic.search_terms`), and the page's
  first entry also gets the renderer's ``Page.search_extra`` (aliases, spelling variants).
- In the browser, ``assets/javascripts/search-fold.js`` folds the query the same way before
  Material's worker sees it. :func:`worker_wrapper` is the worker script the page starts: it
  loads the folding script, then Material's own worker (whose file name carries a hash that
  changes with Material's version, hence found at build time by :func:`material_worker`).
"""

from __future__ import annotations

import html
import json
import re
from collections.abc import Callable, Iterable, Mapping
from itertools import chain
from pathlib import Path
from typing import Any

from factsheet.arabic import SearchTerms

EXTRA_FIELD = "extra"
# Same weight as the text: the field repeats the text in folded form, it must not outrank it.
EXTRA_BOOST = 1.0
# Next to Material's worker: it finds lunr's language files relative to its own URL.
WORKER_PATH = "assets/javascripts/workers/factsheet-search.js"
FOLD_SCRIPT = "../search-fold.js"
_WORKER_GLOB = "assets/javascripts/workers/search.*.min.js"
_TAG = re.compile(r"<[^>]*>")


def plain_text(markup: str) -> str:
    """The text of an index entry's title or text, which Material stores as escaped HTML."""
    return html.unescape(_TAG.sub(" ", markup))


def merge_words(*parts: str) -> str:
    """The words of all ``parts``, each once, in order of first appearance."""
    return " ".join(dict.fromkeys(chain.from_iterable(part.split() for part in parts)))


def enrich_index(index: dict[str, Any], page_extras: Mapping[str, str]) -> dict[str, Any]:
    """Add the folded ``extra`` field to every entry of a Material search index.

    ``page_extras`` maps a page URL (``summit/``) to extra search words for that page; they go
    into the page's first entry (the one whose location has no ``#``). Returns ``index``,
    changed in place; running it twice gives the same result.
    """
    fields = index.setdefault("config", {}).setdefault("fields", {})
    fields[EXTRA_FIELD] = {"boost": EXTRA_BOOST}
    # One table of folded tokens for the whole index: its entries share most of their words.
    search_terms = SearchTerms()
    for doc in index.get("docs", []):
        own = search_terms(plain_text(f"{doc.get('title', '')} {doc.get('text', '')}"))
        location = str(doc.get("location", ""))
        page_extra = "" if "#" in location else page_extras.get(location, "")
        # Most entries are sections (with "#"): their own words are already distinct.
        doc[EXTRA_FIELD] = merge_words(own, search_terms(page_extra)) if page_extra else own
    return index


def enrich_index_file(
    path: Path,
    page_extras: Mapping[str, str],
    complete: Callable[[dict[str, Any]], dict[str, Any]] | None = None,
) -> None:
    """:func:`enrich_index` on the ``search_index.json`` file at ``path``, rewritten in place;
    ``complete``, if given, then adds what the index lacks (in a dirty build, the entries of
    the pages that were not rebuilt)."""
    index = enrich_index(json.loads(path.read_text(encoding="utf-8")), page_extras)
    if complete is not None:
        index = complete(index)
    path.write_text(json.dumps(index, ensure_ascii=False, separators=(",", ":")), "utf-8")


def material_worker(theme_dirs: Iterable[str]) -> str:
    """The file name of Material's search worker in ``assets/javascripts/workers/``, e.g.
    ``search.a7633da7.min.js``; ValueError if the theme has none or several."""
    for theme_dir in theme_dirs:
        found = sorted(Path(theme_dir).glob(_WORKER_GLOB))
        if len(found) == 1:
            return found[0].name
        if found:
            raise ValueError(f"several search workers in {theme_dir}: {[p.name for p in found]}")
    raise ValueError("Material's search worker (assets/javascripts/workers/search.*.js) not found")


def worker_wrapper(worker: str) -> str:
    """The worker script the page starts: the query folding, then Material's worker, both
    loaded only when the first message arrives.

    Material starts its worker at page load but sends it nothing until the search index is
    there, which ``search-defer.js`` holds back until the reader uses search: so the worker's
    scripts (and, through it, lunr's language files) are fetched only then too. Material's
    worker registers its "message" listener when it runs; a listener added while an event is
    being dispatched does not get that event, hence the first message is dispatched again.
    ``importScripts`` resolves both paths against this script's own URL, which is in
    Material's ``workers/`` folder, one level below the folding script.
    """
    return (
        "// Generated by the factsheet MkDocs plugin: on the first message, load the folding of\n"
        "// Arabic search queries and Material's search worker, then hand that message to them.\n"
        'self.addEventListener("message", function start(event) {\n'
        '  self.removeEventListener("message", start);\n'
        f"  importScripts({json.dumps(FOLD_SCRIPT)}, {json.dumps(worker)});\n"
        '  self.dispatchEvent(new MessageEvent("message", { data: event.data }));\n'
        "});\n"
    )
