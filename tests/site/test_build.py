"""The real site, built once with ``mkdocs build --strict``: both languages, the switcher,
no request to another host, the folded search index; and builds of broken copies that must
fail (invalid facts) or stay safe (markup in fact text)."""

from __future__ import annotations

import json
import re
from html.parser import HTMLParser
from pathlib import Path, PurePosixPath
from posixpath import normpath

import pytest
from sitebuild import REPO_ROOT, copy_project, run_build

from factsheet.arabic import fold
from factsheet.history.log import load_history
from factsheet.pipeline import build_date, validate
from factsheet.plugin.safety.check import check_site
from factsheet.plugin.search import WORKER_PATH, plain_text
from factsheet.project import load_project
from factsheet.render import render_pages

LANGS = {"ar": ("", "rtl"), "en": ("en/", "ltr")}


def page_dir(path: str) -> str:
    """``summit.md`` -> ``summit/``, ``index.md`` -> ``""`` (directory URLs)."""
    stem = PurePosixPath(path).stem
    return "" if stem == "index" else f"{stem}/"


@pytest.fixture(scope="module")
def page_paths() -> list[str]:
    project, _ = validate(REPO_ROOT)
    return [page.path for page in render_pages(project, "ar", build_date())]


class _Tags(HTMLParser):
    """Start tags with their attributes, in document order."""

    def __init__(self) -> None:
        super().__init__()
        self.tags: list[tuple[str, dict[str, str | None]]] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append((tag, dict(attrs)))


def tags(path: Path) -> list[tuple[str, dict[str, str | None]]]:
    parser = _Tags()
    parser.feed(path.read_text(encoding="utf-8"))
    return parser.tags


def test_every_page_is_built_in_both_languages(built_site: Path, page_paths: list[str]) -> None:
    assert len(page_paths) >= 10
    for prefix, _ in LANGS.values():
        for path in page_paths:
            assert (built_site / prefix / page_dir(path) / "index.html").is_file(), (prefix, path)
        assert (built_site / prefix / "search" / "search_index.json").is_file()


@pytest.mark.parametrize("lang", sorted(LANGS))
def test_html_lang_and_body_dir(built_site: Path, page_paths: list[str], lang: str) -> None:
    prefix, direction = LANGS[lang]
    for path in page_paths:
        found = dict(tags(built_site / prefix / page_dir(path) / "index.html"))
        assert found["html"]["lang"] == lang, path
        assert found["body"]["dir"] == direction, path


@pytest.mark.parametrize("lang", sorted(LANGS))
def test_switcher_leads_to_the_same_page_in_each_language(
    built_site: Path, page_paths: list[str], lang: str
) -> None:
    prefix, _ = LANGS[lang]
    for path in page_paths:
        here = f"{prefix}{page_dir(path)}"
        anchors = [
            attrs
            for tag, attrs in tags(built_site / here / "index.html")
            if tag == "a" and "data-factsheet-language" in attrs
        ]
        links = {attrs["data-factsheet-language"]: attrs["href"] for attrs in anchors}
        assert set(links) == set(LANGS), path
        current = [a["data-factsheet-language"] for a in anchors if "aria-current" in a]
        assert current == [lang], path
        for target_lang, href in links.items():
            assert href is not None
            resolved = normpath(f"{here}{href}").removeprefix(".").lstrip("/")
            expected = f"{LANGS[target_lang][0]}{page_dir(path)}".rstrip("/")
            assert resolved == expected, (path, target_lang, href)


def test_built_html_passes_the_safety_check(built_site: Path) -> None:
    # The build already ran it; this guards against the plugin skipping it (e.g. for en/).
    assert check_site(built_site) == []


def test_nothing_is_fetched_from_another_host(built_site: Path) -> None:
    hosts = re.compile(r"fonts\.googleapis|fonts\.gstatic|api\.github\.com|cdn\.jsdelivr|unpkg")
    for html in built_site.rglob("*.html"):
        assert not hosts.search(html.read_text(encoding="utf-8")), html
    external_css = re.compile(
        r"""(url\(\s*['"]?(https?:)?//|@import\s+(url\()?['"]?(https?:)?//)"""
    )
    for css in built_site.rglob("*.css"):
        assert not external_css.search(css.read_text(encoding="utf-8")), css


def test_arabic_font_is_self_hosted_with_its_licence(built_site: Path) -> None:
    # fonts.css (scripts/fonts.py): per weight the site's subset and the full font behind it.
    css = (built_site / "assets" / "stylesheets" / "fonts.css").read_text(encoding="utf-8")
    fonts = re.findall(r'url\("\.\./fonts/([^"]+)"\)', css)
    assert len(fonts) == 4 and all(name.endswith(".woff2") for name in fonts)
    for prefix, _ in LANGS.values():
        for name in fonts:
            assert (built_site / prefix / "assets" / "fonts" / name).stat().st_size > 10_000
    assert "Open Font License" in (built_site / "assets/fonts/OFL.txt").read_text("utf-8")


def load_index(built_site: Path, prefix: str) -> dict[str, object]:
    return json.loads((built_site / prefix / "search/search_index.json").read_text("utf-8"))


def test_each_language_has_its_own_search_index(built_site: Path) -> None:
    ar, en = load_index(built_site, ""), load_index(built_site, "en/")
    assert ar["config"]["lang"] == ["ar"]  # type: ignore[index]
    assert en["config"]["lang"] == ["en"]  # type: ignore[index]
    # The home page's title is in the index's own language (texts may quote the other one).
    ar_home = next(d for d in ar["docs"] if d["location"] == "")  # type: ignore[attr-defined]
    en_home = next(d for d in en["docs"] if d["location"] == "")  # type: ignore[attr-defined]
    assert re.search("[\u0600-\u06ff]{3}", ar_home["title"]) and "Sochi" not in ar_home["title"]
    assert "Sochi" in en_home["title"] and not re.search("[\u0600-\u06ff]", en_home["title"])


def test_arabic_index_has_folded_words_without_article(built_site: Path) -> None:
    index = load_index(built_site, "")
    assert index["config"]["fields"]["extra"] == {"boost": 1.0}  # type: ignore[index]
    docs = index["docs"]  # type: ignore[index]
    checked = 0
    for doc in docs:
        extra = set(doc["extra"].split())
        # Arabic letters and marks (not Arabic punctuation): whole words, with tashkeel.
        words = re.findall("[\u0621-\u065f\u0670]+", plain_text(doc["text"]))
        for word in (w for w in words if w.startswith("ال") and len(fold(w)) >= 5):
            folded = fold(word)
            assert folded in extra, (doc["location"], word)
            assert folded[2:] in extra, (doc["location"], word)
            checked += 1
        for number in re.findall(r"\b\d{1,3}(?:,\d{3})+\b", doc["text"]):
            assert number.replace(",", "") in extra, (doc["location"], number)
            checked += 1
    assert checked > 50


def test_search_worker_wrapper_loads_fold_then_material_worker(built_site: Path) -> None:
    for prefix, _ in LANGS.values():
        wrapper = built_site / prefix / WORKER_PATH
        imports = re.search(r"importScripts\(([^)]*)\)", wrapper.read_text(encoding="utf-8"))
        assert imports is not None
        scripts = re.findall(r'"([^"]+)"', imports.group(1))
        assert len(scripts) == 2
        for script in scripts:
            assert (wrapper.parent / script).resolve().is_file(), script
        page = (built_site / prefix / "index.html").read_text(encoding="utf-8")
        assert '"search": "assets/javascripts/workers/factsheet-search.js"' in page
        # The script that holds the search index back runs before Material's bundle.
        defer = page.index('src="assets/javascripts/search-defer.js"')
        assert defer < page.index('src="assets/javascripts/bundle.')


def test_invalid_facts_fail_the_build_and_keep_the_previous_site(tmp_path: Path) -> None:
    project = copy_project(tmp_path / "project")
    (project / "facts" / "zz-broken.yaml").write_text(
        "topic: summit\nfacts:\n  - id: Not A Valid Id\n    subject: nobody\n", "utf-8"
    )
    site = tmp_path / "site"
    (site / "old").mkdir(parents=True)
    (site / "old" / "index.html").write_text("previous build", "utf-8")
    (site / "en").mkdir()
    (site / "en" / "keep.txt").write_text("english", "utf-8")

    result = run_build(project, site)

    assert result.returncode != 0
    assert re.search(r"facts/zz-broken\.yaml:\d+:\d+: error \[[\w-]+\] ", result.output)
    assert "the site was not built" in result.output
    assert sorted(p.relative_to(site).as_posix() for p in site.rglob("*")) == [
        "en",
        "en/keep.txt",
        "old",
        "old/index.html",
    ]
    assert (site / "old" / "index.html").read_text("utf-8") == "previous build"


def test_markup_in_fact_text_stays_text(tmp_path: Path) -> None:
    project = copy_project(tmp_path / "project")
    topics = project / "facts" / "topics.yaml"
    evil = (
        "Parties <script>alert(1)</script> &amp; <img src=x onerror=alert(2)>"
        " [x](javascript:alert(3)) {: onclick=alert(4) }"
    )
    text = topics.read_text("utf-8").replace(
        "en: Parties and leaders}", f"en: {json.dumps(evil)}}}", 1
    )
    assert evil in text, "topics.yaml changed: update this test"
    topics.write_text(text, "utf-8")
    site = tmp_path / "site"

    result = run_build(project, site)

    assert result.returncode == 0, result.output
    page = (site / "en" / "parties" / "index.html").read_text("utf-8")
    title = re.search(r"<title>(.*?)</title>", page, re.DOTALL)
    assert title and title.group(1).startswith("Parties &lt;script&gt;alert(1)&lt;/script&gt;")
    assert "<script>alert" not in page and "<img src=x" not in page
    assert 'href="javascript:' not in page
    assert not re.search(r"<[^>]*\sonclick\s*=", page)
    # The navigation and the previous/next footer of the home page: escaped once, not twice.
    home = (site / "en" / "index.html").read_text("utf-8")
    assert home.count("Parties &lt;script&gt;alert(1)&lt;/script&gt; &amp;amp; &lt;img") >= 2
    assert "&amp;lt;" not in home
    assert check_site(site) == []


def test_repo_edit_url_adds_edit_links_and_a_copy_without_git_has_no_history(
    tmp_path: Path,
) -> None:
    project = copy_project(tmp_path / "project")
    config = project / "mkdocs.yml"
    base = "https://github.com/OWNER/REPO/edit/main/"
    text = config.read_text("utf-8").replace(
        "  - factsheet\n", f"  - factsheet:\n      repo_edit_url: {base}\n", 1
    )
    assert base in text, "mkdocs.yml changed: update this test"
    config.write_text(text, "utf-8")
    site = tmp_path / "site"

    result = run_build(project, site)

    assert result.returncode == 0, result.output
    for prefix, _ in LANGS.values():
        page = (site / prefix / "summit" / "index.html").read_text("utf-8")
        assert f'href="{base}facts/summit.yaml' in page
        # The copy is not a git repository: no fact is dated, the changes page says why,
        # and the build log says so once, as an INFO (the build is --strict).
        assert "changes/#" not in page
    assert result.output.count("no git history") == 1, result.output
    assert "INFO    -  factsheet: no git history" in result.output
    changes = (site / "en" / "changes" / "index.html").read_text("utf-8")
    assert "built without its git history" in changes


def test_extensions_that_pass_raw_markdown_html_are_refused(tmp_path: Path) -> None:
    project = copy_project(tmp_path / "project")
    config = project / "mkdocs.yml"
    config.write_text(
        config.read_text("utf-8").replace("  - tables\n", "  - tables\n  - md_in_html\n"), "utf-8"
    )
    result = run_build(project, tmp_path / "site")
    assert result.returncode != 0
    assert "markdown extension 'md_in_html' is not allowed" in result.output


class _RecordingServer:
    """Stands in for MkDocs' LiveReloadServer: records the paths it is asked to watch."""

    def __init__(self) -> None:
        self.watched: list[str] = []

    def watch(self, path: str) -> None:
        self.watched.append(path)


def test_serve_watches_facts_and_seeds() -> None:
    from mkdocs.config import load_config

    from factsheet.plugin import FactsheetPlugin

    config = load_config(str(REPO_ROOT / "mkdocs.yml"))
    plugin = config.plugins["factsheet"]
    assert isinstance(plugin, FactsheetPlugin)
    server = _RecordingServer()
    plugin.on_serve(server, config=config, builder=None)  # type: ignore[arg-type]
    assert server.watched == [str(REPO_ROOT / "facts"), str(REPO_ROOT / "seeds")]


def test_the_root_build_must_be_arabic(tmp_path: Path) -> None:
    project = copy_project(tmp_path / "project")
    config = project / "mkdocs.yml"
    config.write_text(
        config.read_text("utf-8").replace("  language: ar\n", "  language: en\n"), "utf-8"
    )
    result = run_build(project, tmp_path / "site")
    assert result.returncode != 0
    assert "theme.language in mkdocs.yml must be the root language (ar)" in result.output


@pytest.mark.parametrize("lang", sorted(LANGS))
def test_search_dialog_has_an_accessible_name(built_site: Path, lang: str) -> None:
    found = tags(built_site / LANGS[lang][0] / "index.html")
    dialogs = [attrs for tag, attrs in found if attrs.get("role") == "dialog"]
    assert dialogs and all(attrs.get("aria-label") for attrs in dialogs)


@pytest.mark.parametrize("lang", ["ar", "en"])
def test_changes_feed_is_atom_and_every_fact_shows_its_last_change(
    built_site: Path, lang: str
) -> None:
    """Every fact the history dates shows its date, linked to its change; the feed (parsed as
    Atom by atoma) lists the page's changes. From a full clone that is every fact; a
    shallow clone or a tarball dates fewer (tests/history covers those on purpose)."""
    import atoma

    history = load_history(REPO_ROOT, cache=False)
    folder = built_site / ("" if lang == "ar" else "en")
    parsed = atoma.parse_atom_bytes((folder / "changes.xml").read_bytes())
    assert parsed.id_ and parsed.title and parsed.updated and parsed.authors
    assert len(parsed.entries) == len([e for e in history.entries if e.commit])
    page = (folder / "changes" / "index.html").read_text("utf-8")
    for entry in parsed.entries:
        assert f'id="{entry.links[0].href.split("#")[1]}"' in page
    project = load_project(REPO_ROOT)[0]
    pages = [(folder / t / "index.html").read_text("utf-8") for t in project.topics]
    dated = sum(p.count('href="../changes/#') for p in pages)
    assert dated == len(history.last_changed)
    if history.status == "full":
        assert dated == len(project.facts)
    head = (folder / "index.html").read_text("utf-8")
    assert '<link rel="alternate" type="application/atom+xml" href="changes.xml"' in head
