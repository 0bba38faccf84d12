"""Regenerate docs/assets/stylesheets/material.css: Material's stylesheet without the rules this
site cannot use.

    .venv/bin/python scripts/material_css.py           # rebuild the site, rewrite the file
    .venv/bin/python scripts/material_css.py --check   # exit 1 when the committed file is stale

Material ships one stylesheet for every feature it has (code blocks, tabs, annotations, a dozen
admonition types, key caps, ...). overrides/main.html loads this file instead. A selector is
kept when every class it needs occurs in the built site: in a class attribute of a page, or as
a word in a script the site loads (Material's bundle adds classes such as the search results'
at run time). Classes inside :not(), :is(), :where() and :has() are not required, so a rule
is dropped only when it surely cannot match. Attribute, element and id selectors are kept.
Material's palette stylesheet is not loaded at all: it defines the dark scheme and the named
colours, and this site sets its own colours (factsheet.css) with the default scheme.
"""

from __future__ import annotations

import argparse
import os
import re
import subprocess
import sys
import tempfile
from pathlib import Path

import material

REPO = Path(__file__).resolve().parents[1]
OUT = REPO / "docs" / "assets" / "stylesheets" / "material.css"
THEME = Path(material.__file__).parent / "templates" / "assets" / "stylesheets"
KEEP_VERBATIM = ("@font-face", "@keyframes", "@-webkit-keyframes", "@page", "@property")
CLASS = re.compile(r"\.(-?[_a-zA-Z][\w-]*)")
FUNCTIONAL = re.compile(r":(?:not|is|where|has|matches|-webkit-any)\(")
WORD = re.compile(r"[A-Za-z_][\w-]*")


def build_site(out: Path) -> None:
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1"}
    cmd = [sys.executable, "-m", "mkdocs", "build", "--strict", "-q", "--site-dir", str(out)]
    subprocess.run(cmd, cwd=REPO, env=env, check=True)


def used_words(site: Path) -> set[str]:
    """Class names in the pages, and every word of the scripts the pages load."""
    words: set[str] = set()
    for page in site.rglob("*.html"):
        for value in re.findall(r'class="([^"]*)"', page.read_text("utf-8")):
            words.update(value.split())
    for script in site.rglob("*.js"):
        words.update(WORD.findall(script.read_text("utf-8", "replace")))
    return words


def matching_end(css: str, start: int) -> int:
    """Index just past the brace that closes the block opening at ``css[start] == '{'``."""
    depth, i, quote = 0, start, ""
    while i < len(css):
        char = css[i]
        if quote:
            if char == "\\":
                i += 1
            elif char == quote:
                quote = ""
        elif char in "\"'":
            quote = char
        elif char == "{":
            depth += 1
        elif char == "}":
            depth -= 1
            if depth == 0:
                return i + 1
        i += 1
    raise ValueError("unbalanced braces in Material's stylesheet")


def split_selectors(prelude: str) -> list[str]:
    """A selector list split on its top-level commas."""
    parts, depth, current = [], 0, ""
    for char in prelude:
        depth += (char in "([") - (char in ")]")
        if char == "," and depth == 0:
            parts.append(current)
            current = ""
        else:
            current += char
    return [*parts, current]


def required_classes(selector: str) -> set[str]:
    """Classes an element path must carry to match: those outside functional pseudo-classes."""
    plain, depth, i = "", 0, 0
    while i < len(selector):
        match = FUNCTIONAL.match(selector, i) if depth == 0 else None
        if match:
            depth, i = 1, match.end()
            continue
        if depth:
            depth += (selector[i] == "(") - (selector[i] == ")")
        else:
            plain += selector[i]
        i += 1
    return set(CLASS.findall(plain))


def purge(css: str, used: set[str]) -> str:
    """``css`` without the style rules none of whose selectors can match."""
    out, i = [], 0
    while i < len(css):
        brace, semicolon = css.find("{", i), css.find(";", i)
        if brace < 0:
            break
        if 0 <= semicolon < brace and css[i:semicolon].lstrip().startswith("@"):
            out.append(css[i : semicolon + 1])  # @charset, @import, @layer a, b;
            i = semicolon + 1
            continue
        end = matching_end(css, brace)
        prelude, body = css[i:brace].strip(), css[brace + 1 : end - 1]
        if prelude.startswith(KEEP_VERBATIM):
            out.append(css[i:end])
        elif prelude.startswith("@"):
            inner = purge(body, used)
            if inner:
                out.append(f"{prelude}{{{inner}}}")
        else:
            kept = [s for s in split_selectors(prelude) if required_classes(s) <= used]
            if kept:
                out.append(f"{','.join(kept)}{{{body}}}")
        i = end
    return "".join(out)


def generate(site: Path) -> bytes:
    (main,) = THEME.glob("main.*.min.css")
    css = re.sub(r"/\*.*?\*/", "", main.read_text("utf-8"), flags=re.S)
    header = (
        f"/* Generated by scripts/material_css.py from Material's {main.name}: do not edit.\n"
        "   Material for MkDocs, MIT License, (c) Martin Donath. */\n"
    )
    return (header + purge(css, used_words(site)) + "\n").encode("utf-8")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--check", action="store_true", help="exit 1 if the file is stale")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        build_site(Path(tmp))
        data = generate(Path(tmp))
    current = OUT.read_bytes() if OUT.exists() else b""
    if args.check:
        if data != current:
            print(f"stale: {OUT.relative_to(REPO)}; run scripts/material_css.py", file=sys.stderr)
        return int(data != current)
    OUT.write_bytes(data)
    print(f"wrote {OUT.relative_to(REPO)}: {len(data)} bytes")
    return 0


if __name__ == "__main__":
    sys.exit(main())
