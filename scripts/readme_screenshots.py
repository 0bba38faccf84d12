"""Take the README's screenshots: the home page of each language, as a desktop reader sees it.

Usage: ``make screenshots`` (or ``.venv/bin/python scripts/readme_screenshots.py``). Builds the
site with ``mkdocs build --strict`` into a temporary folder, serves it on 127.0.0.1 and writes
``docs/assets/screenshots/home-<lang>.png`` with Debian's Chromium. Run it after a visible
change to the home page and commit the pictures with that change.
"""

from __future__ import annotations

import functools
import os
import subprocess
import sys
import tempfile
import threading
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

from playwright.sync_api import ViewportSize, sync_playwright

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "docs" / "assets" / "screenshots"
CHROMIUM = "/usr/bin/chromium"
ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-sync"]
# A smallish window keeps the pictures light while showing the header, the switcher and the
# start of the page; the path of each language follows the site layout (Arabic at the root).
VIEWPORT: ViewportSize = {"width": 1280, "height": 720}
PAGES = {"ar": "", "en": "en/"}


class _Quiet(SimpleHTTPRequestHandler):
    def log_message(self, format: str, *args: Any) -> None:
        return


def build(site_dir: Path) -> None:
    """Build both languages strictly; stop with the build's output when it fails."""
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1"}
    command = [sys.executable, "-m", "mkdocs", "build", "--strict", "--site-dir", str(site_dir)]
    result = subprocess.run(command, cwd=ROOT, env=env, capture_output=True, text=True)
    if result.returncode:
        sys.exit(f"mkdocs build failed:\n{result.stdout}{result.stderr}")


def shoot(base_url: str) -> list[Path]:
    """Write one PNG per language and return their paths."""
    OUT.mkdir(parents=True, exist_ok=True)
    written = []
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        page = browser.new_page(viewport=VIEWPORT)
        for lang, path in PAGES.items():
            page.goto(base_url + path, wait_until="networkidle")
            target = OUT / f"home-{lang}.png"
            page.screenshot(path=str(target))
            written.append(target)
        browser.close()
    return written


def main() -> int:
    with tempfile.TemporaryDirectory() as tmp:
        build(Path(tmp))
        handler = functools.partial(_Quiet, directory=tmp)
        server = ThreadingHTTPServer(("127.0.0.1", 0), handler)
        threading.Thread(target=server.serve_forever, daemon=True).start()
        try:
            written = shoot(f"http://127.0.0.1:{server.server_address[1]}/")
        finally:
            server.shutdown()
            server.server_close()
    for path in written:
        print(f"{path.relative_to(ROOT)}: {path.stat().st_size // 1024} KiB")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
