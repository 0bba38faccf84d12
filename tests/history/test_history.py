"""The history stage on temporary git repositories: factsheet diff and the per-commit log."""

from __future__ import annotations

import contextlib
import io
import json
import os
import re
import shutil
import subprocess
import sys
from datetime import date
from pathlib import Path
from typing import Any
from xml.etree import ElementTree

import atoma
import pytest

from factsheet.cache import CACHE_ROOT
from factsheet.cli.commands import run
from factsheet.history.feed import atom
from factsheet.history.log import CACHE_NAME, load_history
from factsheet.history.words import excerpts
from factsheet.pipeline import validate
from factsheet.render import render_pages

from .gitrepo import ENV, FIXTURE, commit, edit, git, make_repo

GOLDEN = Path(__file__).parent / "golden"
XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"
WAR = "facts/war.yaml"


@pytest.fixture
def repo(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    for key, value in ENV.items():
        monkeypatch.setenv(key, value)
    return make_repo(tmp_path / "repo")


def diff_json(repo: Path, *revisions: str) -> Any:
    return json.loads(diff_output(repo, *revisions, "--format", "json"))


def diff_output(repo: Path, *args: str) -> str:
    out = io.StringIO()
    with contextlib.redirect_stdout(out):
        code = run(["diff", *args, "--root", str(repo)])
    assert code == 0, out.getvalue()
    return out.getvalue()


def change_of(document: Any, fact_id: str) -> Any:
    return next(c for c in document["facts"] if c["id"] == fact_id)


def test_a_renamed_fact_is_a_rename_and_keeps_its_last_change(repo: Path) -> None:
    edit(repo, WAR, "id: deaths-azerbaijani-military", "id: az-military-deaths")
    commit(repo, "rename", "2026-02-01")
    document = diff_json(repo, "HEAD~1", "HEAD")
    assert [(c["kind"], c["id"], c["old_id"]) for c in document["facts"]] == [
        ("renamed", "az-military-deaths", "deaths-azerbaijani-military")
    ]
    history = load_history(repo, cache=False)
    assert history.last_changed["az-military-deaths"].commit.day == "2026-01-10"


def test_a_changed_figure_is_written_as_the_site_writes_it_and_flagged(repo: Path) -> None:
    edit(repo, WAR, "best: 3773}", "best: 3800}")
    document = diff_json(repo, "HEAD")  # HEAD against the working tree
    change = change_of(document, "deaths-armenian-military")
    assert change["review"] == ["figure-without-claim"]
    text = diff_output(repo, "HEAD")
    assert "figure: 3,773 servicemen → 3,800 servicemen" in text
    arabic = diff_output(repo, "HEAD", "--format", "markdown", "--lang", "ar")
    assert "3,773" in arabic and "تغيّر الرقم دون إضافة مصدر أو تعديله" in arabic


def test_a_changed_quote_says_whether_the_stored_source_has_it(repo: Path) -> None:
    edit(repo, WAR, "عن مقتل حوالى 6500 شخص", "عن مقتل أكثر من 6500 شخص")
    change = change_of(diff_json(repo, "HEAD"), "deaths-total")
    assert change["claims"][0]["quote_found"] is False
    assert change["review"] == ["quote-changed", "quote-not-found"]
    assert "(NOT found in the stored copy)" in diff_output(repo, "HEAD")


def test_a_changed_source_url_is_flagged(repo: Path) -> None:
    edit(repo, "facts/registries.yaml", "31425644.html", "31425645.html")
    commit(repo, "url", "2026-02-02")
    document = diff_json(repo, "HEAD~1", "HEAD")
    assert [(r["id"], r["review"]) for r in document["records"]] == [
        ("s47", ["source-url-changed"])
    ]


def test_a_removed_fact_still_referenced_is_flagged(repo: Path) -> None:
    edit(
        repo, WAR, "    rank: preferred\n", "    rank: preferred\n    related: [conflict-origins]\n"
    )
    commit(repo, "related", "2026-02-03")
    text = (repo / WAR).read_text(encoding="utf-8")
    start = text.index("  - id: conflict-origins")
    (repo / WAR).write_text(text[:start] + text[text.index("  - id: deaths-total") :], "utf-8")
    change = change_of(diff_json(repo, "HEAD"), "conflict-origins")
    assert change["kind"] == "removed"
    assert change["review"] == ["removed-still-referenced"]
    assert change["referenced_by"] == ["deaths-total"]
    # The working tree is invalid (a reference to a removed fact): said with its position.
    document = diff_json(repo, "HEAD")
    assert any(e.startswith(f"{WAR}:") for e in document["head"]["errors"])


def test_the_history_dates_each_fact_and_reads_a_first_appearance_as_added(repo: Path) -> None:
    edit(repo, WAR, "best: 3773}", "best: 3800}")
    edit(
        repo,
        "facts/war.yaml",
        "      - source: s47\n",
        "      - source: s47\n        stated: {ar: ٣٨٠٠, en: '3,800'}\n",
    )
    commit(repo, "figure", "2026-03-04")
    history = load_history(repo, cache=False)
    assert [e.commit.day for e in history.entries if e.commit] == ["2026-03-04", "2026-01-10"]
    assert {c.kind for c in history.entries[-1].diff.facts} == {"added"}
    assert history.last_changed["deaths-armenian-military"].commit.day == "2026-03-04"
    assert history.last_changed["summit-date"].commit.day == "2026-01-10"
    # An uncommitted edit is the newest entry, with no commit.
    edit(repo, "facts/summit.yaml", "id: summit-place", "id: summit-city")
    history = load_history(repo, cache=False)
    assert history.entries[0].commit is None
    assert history.last_changed["summit-date"].commit is not None


def test_the_per_commit_cache_is_used(repo: Path) -> None:
    first = load_history(repo)
    cached = list((repo / CACHE_ROOT / CACHE_NAME).glob("*.json"))
    assert len(cached) == 1
    data = json.loads(cached[0].read_text(encoding="utf-8"))
    data["facts"] = data["facts"][:1]  # a cached entry is read, not recomputed
    cached[0].write_text(json.dumps(data), encoding="utf-8")
    assert len(load_history(repo).entries[0].diff.facts) == 1 < len(first.entries[0].diff.facts)


def test_no_history_outside_git(tmp_path: Path) -> None:
    shutil.copytree(FIXTURE, tmp_path / "plain")
    history = load_history(tmp_path / "plain")
    assert history.status == "none" and not history.entries and not history.last_changed
    assert history.note(7) == (
        "no git history: facts show no last-changed date and no change is listed"
    )


def test_a_shallow_clone_dates_only_what_it_can_know(repo: Path, tmp_path: Path) -> None:
    edit(repo, WAR, "best: 3773}", "best: 3800}")
    commit(repo, "figure", "2026-03-04")
    edit(repo, WAR, "best: 2783}", "best: 2790}")
    commit(repo, "figure", "2026-03-05")
    clone = tmp_path / "shallow"
    git(tmp_path, "clone", "-q", "--depth", "2", f"file://{repo}", str(clone))
    history = load_history(clone)
    assert history.status == "shallow" and history.since == "2026-03-04"
    assert [e.commit.day for e in history.entries if e.commit] == ["2026-03-05"]
    assert set(history.last_changed) == {"deaths-azerbaijani-military"}
    assert "history from 2026-03-04" in (history.note(7) or "")


@pytest.fixture
def update_golden(request: pytest.FixtureRequest) -> bool:
    """Rewrite the golden files (``--update-golden``, as in tests/render) instead of comparing."""
    option = request.config.getoption("--update-golden", default=False)
    return bool(option) or os.environ.get("FACTSHEET_UPDATE_GOLDEN") == "1"


def test_golden_markdown_of_one_diff(repo: Path, update_golden: bool) -> None:
    edit(repo, WAR, "best: 3773}", "best: 3800}")
    edit(repo, WAR, "as_of: 2021-08-24", "as_of: 2021-08-25")
    edit(repo, WAR, "id: deaths-azerbaijani-military", "id: az-military-deaths")
    edit(repo, "facts/registries.yaml", "31425644.html", "31425645.html")
    commit(repo, "several", "2026-02-01")
    for lang in ("en", "ar"):
        out = diff_output(repo, "HEAD~1", "HEAD", "--format", "markdown", "--lang", lang)
        # The ids change with the fixture project's files; the golden names them by role.
        base, head = (git(repo, "rev-parse", "--short=10", r).strip() for r in ("HEAD~1", "HEAD"))
        out = out.replace(base, "<BASE>").replace(head, "<HEAD>")
        golden = GOLDEN / f"diff.{lang}.md"
        if update_golden:
            golden.parent.mkdir(exist_ok=True)
            golden.write_text(out, encoding="utf-8")
        assert out == golden.read_text(encoding="utf-8")


def test_the_feed_is_atom(repo: Path) -> None:
    edit(repo, WAR, "best: 3773}", "best: 3800}")
    commit(repo, "figure", "2026-03-04")
    history = load_history(repo)
    short = git(repo, "rev-parse", "--short=10", "HEAD").strip()
    for lang in ("ar", "en"):
        data = atom(history, lang, "Site", "changes/", date(2026, 3, 5))
        parsed = atoma.parse_atom_bytes(data)
        assert_rfc4287(parsed)
        assert ElementTree.fromstring(data).get(XML_LANG) == lang
        assert [e.updated.date().isoformat() for e in parsed.entries] == [
            "2026-03-04",
            "2026-01-10",
        ]
        first = parsed.entries[0]
        assert first.id_.startswith("tag:factsheet,2022:change/")
        assert [link.href for link in first.links] == [f"changes/#change-{short}"]
        assert "3,800" in first.summary.value
        assert parsed.authors[0].name == "Site"
    # Both checks can fail: the parser refuses a feed without its id, the RFC check an entry
    # without its updated date.
    with pytest.raises(atoma.FeedParseError):
        atoma.parse_atom_bytes(re.sub(rb"<id>[^<]*</id>", b"", data, count=1))
    with pytest.raises(AssertionError):
        stale = re.sub(rb"(<entry>.*?)<updated>[^<]*</updated>", rb"\1", data, count=1, flags=re.S)
        assert_rfc4287(atoma.parse_atom_bytes(stale))


def assert_rfc4287(feed: Any) -> None:
    """What RFC 4287 (section 4.1) requires of a feed and its entries, on the parsed feed: an
    id, a title and an updated date each; an author for the feed (entries inherit it); an
    alternate link for entries without content; ids that are absolute IRIs, unique."""
    assert feed.id_ and feed.title and feed.title.value and feed.updated
    assert feed.authors and all(a.name for a in feed.authors)
    ids = [feed.id_]
    for entry in feed.entries:
        assert entry.id_ and entry.title and entry.title.value and entry.updated
        assert entry.content or any(link.rel == "alternate" for link in entry.links)
        ids.append(entry.id_)
    assert all(re.match(r"^[a-z][a-z0-9+.-]*:", i) for i in ids), ids
    assert len(set(ids)) == len(ids)


def test_usage_errors(repo: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert run(["diff", "no-such-revision", "--root", str(repo)]) == 2
    assert "names no commit" in capsys.readouterr().err
    os.makedirs(tmp_path / "plain" / "facts")
    assert run(["diff", "--root", str(tmp_path / "plain")]) == 2


def test_the_site_dates_facts_and_lists_changes_with_uncommitted_edits_first(repo: Path) -> None:
    edit(repo, WAR, "best: 3773}", "best: 3800}")
    commit(repo, "figure", "2026-03-04")
    short = git(repo, "rev-parse", "--short=10", "HEAD").strip()
    edit(repo, "facts/summit.yaml", "id: summit-place", "id: summit-city")
    project, _ = validate(repo, date(2026, 11, 28))
    history = load_history(repo)
    pages = {p.path: p for p in render_pages(project, "en", date(2026, 11, 28), history=history)}
    changes = pages["changes.md"].markdown.replace("\\", "")  # Markdown escapes
    assert changes.index("Not yet committed {#not-committed}") < changes.index(
        f"4 March 2026 {{#change-{short}}}\n\nChange {short}"
    )
    assert "renamed (was summit-place)" in changes
    assert "3,773 servicemen → 3,800 servicemen" in changes
    assert changes.count("added") >= 1  # the first commit: every fact reads "added"
    war = pages["war.md"].markdown
    assert f"[4 March 2026](changes.md#change-{short})" in war
    assert "[10 January 2026](changes.md#change-" in war
    summit = pages["summit.md"].markdown
    assert "[10 January 2026](changes.md#change-" in summit  # a rename keeps the date
    edit(repo, "facts/summit.yaml", "id: summit-date", "id: summit-day")
    edit(repo, "facts/summit.yaml", "2022-10-31}", "2022-10-30}")
    project, _ = validate(repo, date(2026, 11, 28))
    summit = render_pages(project, "ar", date(2026, 11, 28), history=load_history(repo))[1]
    assert "(changes.md#not-committed)" in summit.markdown


def test_a_file_that_is_not_yaml_leaves_its_facts_unknown_not_removed(repo: Path) -> None:
    edit(repo, WAR, "  - id: deaths-total\n", "  - id: deaths-total\n   bad: [\n")
    edit(repo, "facts/summit.yaml", "id: summit-place", "id: summit-city")
    document = diff_json(repo, "HEAD")
    assert [(c["kind"], c["id"]) for c in document["facts"]] == [("renamed", "summit-city")]
    assert any("[yaml-syntax]" in e and e.startswith(WAR) for e in document["head"]["errors"])
    text = diff_output(repo, "HEAD")
    assert "the working tree is invalid" in text


@pytest.mark.parametrize(
    "module",
    ["factsheet.history.words", "factsheet.history.feed", "factsheet.cli.diff", "factsheet.render"],
)
def test_each_module_imports_first_in_a_fresh_interpreter(module: str) -> None:
    """The history stage writes with render.i18n, whose package renders the changes page: an
    import cycle would break whichever of them a process imports first."""
    done = subprocess.run(
        [sys.executable, "-c", f"import {module}"], capture_output=True, text=True
    )
    assert done.returncode == 0, done.stderr


def test_a_changed_text_shows_where_it_changed() -> None:
    old = "the Kremlin confirmed the withdrawal on 17 April 2024 and Azerbaijan declared it"
    new = "the Kremlin confirmed on 17 April 2024 that it had begun, and Azerbaijan declared it"
    assert excerpts(old, new) == (
        "…the Kremlin confirmed «the withdrawal» → «» on 17 April 2024… | "
        "…on 17 April 2024 «» → «that it had begun,» and Azerbaijan declared it…"
    )
