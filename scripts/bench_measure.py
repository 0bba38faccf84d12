"""Measurements for scripts/bench.py: timed subprocesses, the floor build, mkdocs serve, and
page weight. See BENCHMARK.md for what each number means."""

from __future__ import annotations

import contextlib
import gzip
import os
import re
import shutil
import socket
import statistics
import subprocess
import sys
import threading
import time
import urllib.request
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from functools import partial
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

from factsheet.plugin.theme import STYLESHEETS, THEME_DIR

BIN = Path(sys.executable).parent
ENV = {**os.environ, "NO_MKDOCS_2_WARNING": "1", "PYTHONHASHSEED": "0"}
# Both floor builds in one interpreter, as the plugin's nested build runs in the root build's:
# two processes would charge the floor a second start-up that the plugin build does not pay.
FLOOR_DRIVER = (
    "import sys\n"
    "from mkdocs.commands.build import build\n"
    "from mkdocs.config import load_config\n"
    "for path in sys.argv[1:]:\n"
    "    build(load_config(path))\n"
)


@dataclass
class Timing:
    """Wall times and peak resident memory of repeated runs of one command."""

    seconds: list[float] = field(default_factory=list)
    cpu_seconds: list[float] = field(default_factory=list)
    peak_kib: list[int] = field(default_factory=list)
    load: list[float] = field(default_factory=list)

    def as_dict(self) -> dict[str, Any]:
        return {
            "median_s": round(statistics.median(self.seconds), 3),
            "runs_s": [round(s, 3) for s in self.seconds],
            # CPU time (user + system) suffers less than wall time from other processes.
            "cpu_median_s": round(statistics.median(self.cpu_seconds), 3),
            "peak_rss_mib": round(statistics.median(self.peak_kib) / 1024, 1),
            "load_1min_before": self.load,
        }


def run_timed(
    cmd: list[str], cwd: Path, runs: int, before: Callable[[], None] | None = None
) -> Timing:
    """Run ``cmd`` ``runs`` times (``before`` is called before each run, untimed); wall time
    and peak RSS of each run (os.wait4 gives the child's own rusage, unlike RUSAGE_CHILDREN,
    which keeps the maximum over all children)."""
    timing = Timing()
    for _ in range(runs):
        if before is not None:
            before()
        timing.load.append(round(os.getloadavg()[0], 2))
        start = time.perf_counter()
        proc = subprocess.Popen(
            cmd, cwd=cwd, env=ENV, stdout=subprocess.PIPE, stderr=subprocess.STDOUT
        )
        assert proc.stdout is not None
        output = proc.stdout.read()
        _, status, usage = os.wait4(proc.pid, 0)
        timing.seconds.append(time.perf_counter() - start)
        proc.returncode = os.waitstatus_to_exitcode(status)
        if proc.returncode != 0:
            tail = output.decode("utf-8", "replace")[-3000:]
            raise RuntimeError(f"{' '.join(cmd)} failed in {cwd} ({proc.returncode}):\n{tail}")
        timing.cpu_seconds.append(usage.ru_utime + usage.ru_stime)
        timing.peak_kib.append(usage.ru_maxrss)  # KiB on Linux
    return timing


def snapshot(repo: Path, into: Path, live: bool) -> Path:
    """The code and the real project to measure: ``HEAD`` of ``repo`` (``git archive``), or
    with ``live`` the working tree as it is. Subprocesses import the package from there
    (PYTHONPATH), so edits made while a long run goes on do not change what it measures."""
    parts = ["src", "facts", "seeds", "mkdocs.yml", "docs"]
    into.mkdir(parents=True)
    if live:
        for part in parts:
            copy = shutil.copytree if (repo / part).is_dir() else shutil.copy2
            copy(repo / part, into / part)
    else:
        archive = subprocess.run(
            ["git", "archive", "HEAD", *parts], cwd=repo, capture_output=True, check=True
        ).stdout
        subprocess.run(["tar", "-x", "-C", str(into)], input=archive, check=True)
    ENV["PYTHONPATH"] = str(into / "src")
    return into


def tree_size(folder: Path) -> dict[str, int]:
    files = [p for p in folder.rglob("*") if p.is_file()]
    return {"bytes": sum(p.stat().st_size for p in files), "files": len(files)}


def copy_site_config(repo: Path, root: Path) -> None:
    """The repository's mkdocs.yml and static files, into ``root`` (the theme is in the
    package)."""
    shutil.copy2(repo / "mkdocs.yml", root / "mkdocs.yml")
    for folder in ("docs",):
        shutil.copytree(repo / folder, root / folder, dirs_exist_ok=True)


def floor_configs(root: Path) -> list[Path]:
    """``factsheet render`` + ``export`` output and one plain config per language: the
    repository's mkdocs.yml without the factsheet plugin, same theme (the plugin's theme
    folder as custom_dir, its stylesheet) and extensions."""
    md = root / "md"
    factsheet = str(BIN / "factsheet")
    subprocess.run([factsheet, "render", "--out", str(md)], cwd=root, env=ENV, check=True)
    base = re.sub(
        r"(?m)^  - factsheet(?::\n(?:    .*\n|\s*\n)*|\n)", "", (root / "mkdocs.yml").read_text()
    )
    configs = []
    downloads = root / "downloads"
    subprocess.run(
        [factsheet, "export", "--out", str(downloads)],
        cwd=root, env=ENV, check=True, stdout=subprocess.DEVNULL,
    )  # fmt: skip
    for lang, prefix, other in (("ar", "", "en/"), ("en", "en/", "../")):
        shutil.copytree(root / "docs", md / lang, dirs_exist_ok=True)
        shutil.copytree(downloads, md / lang / "downloads", dirs_exist_ok=True)
        (root / f"floor-base-{lang}.yml").write_text(
            base.replace("lang: [ar]", f"lang: [{lang}]"), encoding="utf-8"
        )
        alternate = (
            f"[{{name: العربية, lang: ar, link: '{'../' if prefix else ''}'}}, "
            f"{{name: English, lang: en, link: '{'' if prefix else other}'}}]"
        )
        config = root / f"floor-{lang}.yml"
        config.write_text(
            f"INHERIT: floor-base-{lang}.yml\ndocs_dir: md/{lang}\n"
            f"site_dir: site-floor/{prefix}\n"
            f"theme: {{language: {lang}, custom_dir: '{THEME_DIR}'}}\n"
            f"extra_css: [{', '.join(STYLESHEETS)}]\nextra: {{alternate: {alternate}}}\n",
            encoding="utf-8",
        )
        configs.append(config)
    return configs


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def fetch(url: str) -> str | None:
    try:
        with urllib.request.urlopen(url, timeout=5) as response:
            return str(response.read().decode("utf-8", "replace"))
    except OSError:
        return None


def wait_for(check: Callable[[], bool], timeout: float, step: float = 0.02) -> float | None:
    """Seconds until ``check()`` holds, or None after ``timeout`` seconds."""
    start = time.perf_counter()
    while time.perf_counter() - start < timeout:
        if check():
            return time.perf_counter() - start
        time.sleep(step)
    return None


@contextmanager
def serving(root: Path, port: int, dirty: bool = True) -> Iterator[subprocess.Popen[bytes]]:
    """``mkdocs serve [--dirty] --livereload`` on 127.0.0.1:port (``make serve`` runs it with
    ``--dirty``), stopped (by its pid) on exit."""
    log = (root / "serve.log").open("wb")
    cmd = [str(BIN / "mkdocs"), "serve", *(["--dirty"] if dirty else []), "--livereload"]
    cmd += ["-a", f"127.0.0.1:{port}"]
    proc = subprocess.Popen(cmd, cwd=root, env=ENV, stdout=log, stderr=subprocess.STDOUT)
    try:
        yield proc
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=15)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()
        log.close()


@contextmanager
def _serving(handler: Any) -> Iterator[str]:
    """A server for ``handler`` on 127.0.0.1, in a thread; yields its base URL."""
    server = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}/"
    finally:
        server.shutdown()
        server.server_close()


def static_server(folder: Path) -> contextlib.AbstractContextManager[str]:
    """A plain HTTP server for ``folder`` on 127.0.0.1; yields its base URL."""
    return _serving(partial(_QuietHandler, directory=str(folder)))


class _QuietHandler(SimpleHTTPRequestHandler):
    def log_message(self, format: str, *args: Any) -> None:
        pass


# What GitHub Pages sends compressed (text), and its cache lifetime.
GZIP_SUFFIXES = (".html", ".css", ".js", ".json", ".svg", ".xml", ".txt", ".csv")


class _GzipHandler(_QuietHandler):
    """Text files gzipped when the client accepts it, as GitHub Pages serves them."""

    def end_headers(self) -> None:
        self.send_header("Cache-Control", "max-age=600")
        super().end_headers()

    def do_GET(self) -> None:
        path = Path(self.translate_path(self.path))
        if path.is_dir() and self.path.split("?")[0].endswith("/"):
            path = path / "index.html"
        accepts = "gzip" in self.headers.get("Accept-Encoding", "")
        if not (accepts and path.is_file() and path.suffix in GZIP_SUFFIXES):
            super().do_GET()
            return
        body = gzip.compress(path.read_bytes(), 6)
        kind = self.guess_type(str(path))
        self.send_response(200)
        self.send_header("Content-Type", f"{kind}; charset=utf-8")
        self.send_header("Content-Encoding", "gzip")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)


def gzip_server(folder: Path) -> contextlib.AbstractContextManager[str]:
    """``folder`` on 127.0.0.1 with gzip; yields its base URL."""
    return _serving(partial(_GzipHandler, directory=str(folder)))


def site_pages(site: Path) -> list[str]:
    """Every page's path, the root language first, then the folder of the other one."""
    pages = [p.parent.relative_to(site).as_posix() for p in site.rglob("index.html")]
    paths = ["" if p == "." else p + "/" for p in pages]
    return sorted(paths, key=lambda p: (p.startswith("en/"), p.removeprefix("en/")))


def page_weight(url: str, chromium: str) -> dict[str, Any]:
    """Bytes of the page and of every response it caused (CSS, JS, fonts, the search
    worker and its index), as Chromium loaded them with an empty cache."""
    from playwright.sync_api import sync_playwright

    seen: dict[str, bytes] = {}
    unread: dict[str, int] = {}  # responses whose body Chromium did not hand over

    def record(response: Any) -> None:
        try:
            seen[response.url] = response.body()
        except Exception:  # e.g. a body too large for the DevTools protocol: count its length
            unread[response.url] = int(response.headers.get("content-length") or 0)

    with sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=chromium, args=["--no-sandbox"])
        context = browser.new_context()
        context.on("response", record)
        page = context.new_page()
        page.goto(url, wait_until="networkidle")
        page.wait_for_timeout(1000)  # the search worker fetches its index after load
        browser.close()
    origin = "/".join(url.split("/", 3)[:3])
    sizes = {u: len(b) for u, b in seen.items()} | unread
    return {
        "bytes": sum(sizes.values()),
        # Bodies that could not be read count uncompressed here too.
        "gzip_bytes": sum(len(gzip.compress(b, 6)) for b in seen.values()) + sum(unread.values()),
        "responses": len(sizes),
        "files": {u.removeprefix(origin): n for u, n in sorted(sizes.items())},
        "unread": sorted(u.removeprefix(origin) for u in unread),
    }
