"""The committed stylesheets that scripts generate from the built site are current.

material.css is Material's stylesheet without the rules the site cannot use: a page that gains
a class Material styles (a new kind of admonition, say) needs its rules back, so the file must
be regenerated (``.venv/bin/python scripts/material_css.py``) when this test says so.
"""

from __future__ import annotations

from pathlib import Path

import material_css


def test_material_css_is_current(built_site: Path) -> None:
    expected = material_css.generate(built_site)
    assert material_css.OUT.read_bytes() == expected, (
        "docs/assets/stylesheets/material.css is stale: run .venv/bin/python "
        "scripts/material_css.py and commit the file"
    )


def test_material_css_comes_from_the_installed_material() -> None:
    (main,) = material_css.THEME.glob("main.*.min.css")
    assert main.name in material_css.OUT.read_text("utf-8").splitlines()[0]
