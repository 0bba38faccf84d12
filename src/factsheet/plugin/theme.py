"""The factsheet theme: templates and assets on top of Material, shipped in this package.

``plugin/theme/`` holds the template overrides (the language switcher that leads to the same
page, the head with the page's JSON-LD, the Arabic interface strings, the 404 page) and the
assets (the stylesheet, the self-hosted Naskh font, the Arabic search folding). Every fact
sheet gets them, also one made by ``factsheet init``: the plugin puts the folder among the
theme's folders, after a project's own ``custom_dir`` (which still wins) and before
Material's, so MkDocs finds the templates there and copies the assets into the site.
"""

from __future__ import annotations

from pathlib import Path

from mkdocs.config.defaults import MkDocsConfig

THEME_DIR = Path(__file__).parent / "theme"
# fonts.css (scripts/fonts.py: the Arabic font's subsets and fallbacks) before the site's own,
# then the print layout (on top of Material's: paper width, print sizes, sources' addresses).
STYLESHEETS = (
    "assets/stylesheets/fonts.css",
    "assets/stylesheets/factsheet.css",
    "assets/stylesheets/print.css",
)


def use_theme(config: MkDocsConfig) -> None:
    """Add the package's theme folder and its stylesheets to ``config`` (once)."""
    dirs = config.theme.dirs
    if str(THEME_DIR) not in dirs:
        dirs.insert(1 if config.theme.custom_dir else 0, str(THEME_DIR))
    for stylesheet in STYLESHEETS:
        if stylesheet not in config.extra_css:
            config.extra_css.append(stylesheet)
