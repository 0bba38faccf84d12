"""Regenerate the site's Arabic font files and their CSS (the theme's assets/stylesheets/fonts.css).

    .venv/bin/python scripts/fonts.py           # rebuild the site, rewrite subsets and CSS
    .venv/bin/python scripts/fonts.py --check   # exit 1 when the committed output is stale

Noto Naskh Arabic ships as two full WOFF2 files (one per weight, Arabic script only). From
them this script writes:

- a subset of each weight holding only the characters the built site uses (its Arabic text,
  its interface and search strings), with every OpenType layout feature, so joining forms and
  marks still shape. Its @font-face lists exactly those characters in ``unicode-range``; the
  full file is declared under the same family for every other Arabic character, so a
  character outside the subset (a new fact, a reader's search query) loads the full font
  instead of showing a missing glyph;
- the full file of each weight as TrueType under ``src/factsheet/handout/fonts/``, for the
  one-page PDF (WeasyPrint reads TrueType directly; a WOFF2 it decompresses in Python on
  every build);
- a fallback face per local font in FALLBACKS, scaled (``size-adjust``) so the site's Arabic
  words take the same width as in Noto Naskh Arabic, and with Noto Naskh's ascent, descent and
  line gap (``*-override``), so the text does not move when the web font replaces it.

The widths are measured by shaping every Arabic word of the site with HarfBuzz in both fonts
(contextual forms differ in width from the isolated letters), weighted by how often it occurs.
"""

from __future__ import annotations

import argparse
import io
import json
import os
import re
import subprocess
import sys
import tempfile
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

import uharfbuzz as hb
from fontTools import subset
from fontTools.ttLib import TTFont

REPO = Path(__file__).resolve().parents[1]
FONTS = REPO / "src/factsheet/plugin/theme/assets/fonts"
PRINT_FONTS = REPO / "src/factsheet/handout/fonts"
CSS = REPO / "src/factsheet/plugin/theme/assets/stylesheets/fonts.css"
FAMILY = "Noto Naskh Arabic"
WEIGHTS = (400, 700)
# The full files' range (Noto Naskh's Arabic subset as Fontsource publishes it).
FULL_RANGE = (
    "U+0600-06FF, U+0750-077F, U+0870-088E, U+0890-0891, U+0897-08E1, U+08E3-08FF, "
    "U+200C-200E, U+2010-2011, U+204F, U+2E41, U+FB50-FDFF, U+FE70-FE74, U+FE76-FEFC"
)
ARABIC = re.compile(r"[\u0600-\u06ff\u0750-\u077f\u0870-\u08ff\ufb50-\ufdff\ufe70-\ufefc]+")
# Always kept: the vowel marks, Arabic digits and punctuation, joiners and direction marks.
ALWAYS = {*range(0x060C, 0x0620), *range(0x064B, 0x0671), 0x0640, *range(0x200C, 0x2010)}
DEJAVU = Path("/usr/share/fonts/truetype/dejavu")


@dataclass(frozen=True)
class Fallback:
    """A font a reader's system may have, by its local() names, and its file here."""

    name: str
    local: tuple[str, ...]
    files: dict[int, Path]


FALLBACKS = (
    Fallback(
        "DejaVu Sans",
        ("DejaVu Sans", "DejaVuSans"),
        {400: DEJAVU / "DejaVuSans.ttf", 700: DEJAVU / "DejaVuSans-Bold.ttf"},
    ),
)
# local() names of the bold face, per fallback (Chromium matches full or PostScript names).
BOLD_LOCAL = {"DejaVu Sans": ("DejaVu Sans Bold", "DejaVuSans-Bold")}


def full_file(weight: int) -> Path:
    return FONTS / f"noto-naskh-arabic-arabic-{weight}-normal.woff2"


def subset_file(weight: int) -> Path:
    return FONTS / f"noto-naskh-arabic-site-{weight}-normal.woff2"


def print_file(weight: int) -> Path:
    """The full file of ``weight`` as TrueType, for the PDF (WeasyPrint would otherwise
    decompress the WOFF2 on every build)."""
    return PRINT_FONTS / f"noto-naskh-arabic-arabic-{weight}-normal.ttf"


def print_font(weight: int) -> bytes:
    font = TTFont(full_file(weight), recalcTimestamp=False)
    font.flavor = None
    out = io.BytesIO()
    font.save(out)
    return out.getvalue()


def build_site(out: Path) -> None:
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1"}
    cmd = [sys.executable, "-m", "mkdocs", "build", "--strict", "-q", "--site-dir", str(out)]
    subprocess.run(cmd, cwd=REPO, env=env, check=True)


def site_text(site: Path) -> str:
    """Every character a reader can see: the HTML (text, attributes, Material's interface
    strings in its config) and the search index (result snippets)."""
    parts = [p.read_text("utf-8") for p in sorted(site.rglob("*.html"))]
    for index in sorted(site.rglob("search_index.json")):
        parts.append(json.dumps(json.loads(index.read_text("utf-8")), ensure_ascii=False))
    return "\n".join(parts)


def arabic_words(text: str) -> Counter[str]:
    return Counter(ARABIC.findall(text))


def hb_font(path: Path) -> tuple[hb.Font, int]:
    """A HarfBuzz font from a TTF or WOFF2 file (decompressed by fontTools)."""
    data = io.BytesIO()
    font = TTFont(path)
    font.flavor = None
    font.save(data)
    face = hb.Face(hb.Blob(data.getvalue()))
    return hb.Font(face), face.upem


def shaped_width(path: Path, words: Counter[str]) -> float:
    """Total advance, in em, of every occurrence of ``words`` shaped in the font at ``path``."""
    font, upem = hb_font(path)
    total = 0
    for word, count in words.items():
        buf = hb.Buffer()
        buf.add_str(word)
        buf.guess_segment_properties()
        hb.shape(font, buf, {})
        total += count * sum(pos.x_advance for pos in buf.glyph_positions)
    return total / upem


def vertical_metrics(path: Path) -> tuple[float, float, float]:
    """Ascent, descent and line gap in em as Chromium reads them (OS/2 typo metrics when the
    font sets USE_TYPO_METRICS, else hhea)."""
    font = TTFont(path)
    upem = font["head"].unitsPerEm
    os2, hhea = font["OS/2"], font["hhea"]
    if os2.fsSelection & (1 << 7):
        values = (os2.sTypoAscender, -os2.sTypoDescender, os2.sTypoLineGap)
    else:
        values = (hhea.ascent, -hhea.descent, hhea.lineGap)
    return (values[0] / upem, values[1] / upem, values[2] / upem)


def ranges(codepoints: set[int]) -> str:
    """``unicode-range`` text for a set of code points (U+0621-063A, U+0640, ...)."""
    out: list[str] = []
    points = sorted(codepoints)
    start = prev = points[0]
    for point in [*points[1:], -1]:
        if point == prev + 1:
            prev = point
            continue
        out.append(f"U+{start:04X}" + (f"-{prev:04X}" if prev != start else ""))
        start = prev = point
    return ", ".join(out)


def parse_ranges(text: str) -> set[int]:
    """The code points of a ``unicode-range`` text (the inverse of ranges())."""
    points: set[int] = set()
    for part in text.replace("U+", "").split(","):
        first, _, last = part.strip().partition("-")
        points.update(range(int(first, 16), int(last or first, 16) + 1))
    return points


def write_subset(weight: int, chars: set[int]) -> set[int]:
    """Subset the full file of ``weight`` to ``chars``; returns the code points it maps."""
    font = TTFont(full_file(weight), recalcTimestamp=False)
    kept = chars & set(font.getBestCmap())
    options = subset.Options()
    options.layout_features = ["*"]
    options.flavor = "woff2"
    options.name_IDs = ["*"]
    options.notdef_outline = True
    subsetter = subset.Subsetter(options)
    subsetter.populate(unicodes=sorted(kept))
    subsetter.subset(font)
    out = io.BytesIO()
    font.save(out)
    subset_file(weight).write_bytes(out.getvalue())
    return kept


def face(weight: int, src: str, unicode_range: str, display: str) -> str:
    return (
        f'@font-face {{\n  font-family: "{FAMILY}";\n  font-style: normal;\n'
        f"  font-weight: {weight};\n  font-display: {display};\n  src: {src};\n"
        f"  unicode-range: {unicode_range};\n}}\n"
    )


def fallback_face(fallback: Fallback, weight: int, words: Counter[str]) -> str:
    """The @font-face that makes ``fallback`` take Noto Naskh Arabic's room."""
    naskh = full_file(weight)
    scale = shaped_width(naskh, words) / shaped_width(fallback.files[weight], words)
    scale = round(scale * 200) / 200  # to 0.5 %: the CSS changes only when the text really does
    ascent, descent, gap = vertical_metrics(naskh)
    names = fallback.local if weight == 400 else BOLD_LOCAL[fallback.name]
    src = ", ".join(f'local("{name}")' for name in names)
    return (
        f'@font-face {{\n  font-family: "{FAMILY} fallback {fallback.name}";\n'
        f"  font-weight: {weight};\n  src: {src};\n"
        f"  size-adjust: {scale:.2%};\n"
        f"  ascent-override: {ascent / scale:.2%};\n"
        f"  descent-override: {descent / scale:.2%};\n"
        f"  line-gap-override: {gap / scale:.2%};\n"
        f"  unicode-range: {FULL_RANGE};\n}}\n"
    )


def stylesheet(subsets: dict[int, set[int]], words: Counter[str]) -> str:
    """fonts.css: per weight the subset and the full face for every other Arabic character (a
    face is fetched only for characters in its range), then the metric-matched fallbacks and
    the font stack.

    Every face is ``optional``: used if it arrives within the browser's short block period,
    else the fallback stays for that page (the next page finds the font cached), so the text
    never moves. The subsets are preloaded (the theme's main.html) to arrive in time."""
    rules = [
        "/* Generated by scripts/fonts.py from the font files and the built site: do not edit.\n"
        "   Noto Naskh Arabic: SIL Open Font License, see ../fonts/OFL.txt. */\n"
    ]
    for weight in WEIGHTS:
        rest = parse_ranges(FULL_RANGE) - subsets[weight]
        for path, chars in ((full_file(weight), rest), (subset_file(weight), subsets[weight])):
            src = f'url("../fonts/{path.name}") format("woff2")'
            rules.append(face(weight, src, ranges(chars), "optional"))
    rules += [fallback_face(fb, w, words) for fb in FALLBACKS for w in WEIGHTS]
    stack = ", ".join(f'"{FAMILY}"' if n is None else f'"{FAMILY} fallback {n}"' for n in
                      [None, *(fb.name for fb in FALLBACKS)])  # fmt: skip
    rules.append(f":root {{\n  --factsheet-arabic-font: {stack};\n}}\n")
    return "\n".join(rules)


def generate(site: Path) -> dict[Path, bytes]:
    """Write the subsets and return every output file's path and bytes (CSS included)."""
    text = site_text(site)
    words = arabic_words(text)
    chars = {ord(c) for c in "".join(words)} | ALWAYS
    subsets = {weight: write_subset(weight, chars) for weight in WEIGHTS}
    outputs = {subset_file(w): subset_file(w).read_bytes() for w in WEIGHTS}
    outputs.update({print_file(w): print_font(w) for w in WEIGHTS})
    outputs[CSS] = stylesheet(subsets, words).encode("utf-8")
    return outputs


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--check", action="store_true", help="exit 1 if the output is stale")
    args = parser.parse_args()
    files = [CSS, *map(subset_file, WEIGHTS), *map(print_file, WEIGHTS)]
    before = {p: p.read_bytes() if p.exists() else b"" for p in files}
    with tempfile.TemporaryDirectory() as tmp:
        build_site(Path(tmp))
        outputs = generate(Path(tmp))
    stale = sorted(str(p.relative_to(REPO)) for p, data in outputs.items() if before[p] != data)
    if args.check:
        for path, data in before.items():  # --check leaves the committed files as they were
            path.write_bytes(data)
        if stale:
            print(f"stale: {', '.join(stale)}; run scripts/fonts.py", file=sys.stderr)
        return 1 if stale else 0
    CSS.write_bytes(outputs[CSS])
    for weight in WEIGHTS:
        print_file(weight).write_bytes(outputs[print_file(weight)])
    print(f"wrote {CSS.relative_to(REPO)}; changed: {', '.join(stale) or 'nothing'}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
