"""The site's languages and the nested MkDocs build that writes the second one.

The site is built in Arabic at the root (``/``) and in English under ``/en/``. Arabic is the
root because the source article is Arabic and the Arabic readers are the first audience; the
English build is the translation that lives beside it. Each language is a complete MkDocs
build of its own (own ``<html lang dir>``, Material's UI strings, own search index), because
mkdocs-static-i18n crashes on ``File.generated`` pages and shares one search index.

The second build is started by the plugin at the end of the first one
(:func:`nested_config` + ``mkdocs.commands.build.build``). MkDocs caches plugin instances
that define ``on_startup`` (Material's search plugin does) in a class-level cache, so loading a
second configuration reconfigures the *same* search plugin object: the nested build may only
start after the first build's search plugin has written its index.
"""

from __future__ import annotations

import os
import posixpath
from typing import Any

from mkdocs.config import load_config
from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import PluginError
from mkdocs.localization import parse_locale

from factsheet.languages import LANGUAGES, Language, find


def get_language(code: str) -> Language:
    """The site language for ``code``; a PluginError names the supported ones."""
    language = find(code)
    if language is not None:
        return language
    known = ", ".join(lang.code for lang in LANGUAGES)
    raise PluginError(f"factsheet: theme.language {code!r} is not a site language ({known})")


def path_between(current: Language, other: Language) -> str:
    """The relative path from the root of ``current``'s build to the root of ``other``'s."""
    return "../" * current.depth + other.prefix


def alternates(current: Language) -> list[dict[str, str]]:
    """``extra.alternate`` entries for ``current``'s build: every language, with ``link``
    relative to this build's root. The ``alternate.html`` override appends the page's own
    URL so the switcher leads to the same page in the other language."""
    return [
        {"name": lang.name, "lang": lang.code, "link": path_between(current, lang)}
        for lang in LANGUAGES
    ]


def nested_config(config: MkDocsConfig, language: Language) -> MkDocsConfig:
    """A fresh configuration for ``language``'s build from the same ``mkdocs.yml``.

    Only what differs per language is changed: ``site_dir`` (a sub-folder of the root
    build's), ``site_url``, ``theme.language`` and the search language. Options given on the
    command line of the root build (``-d``, ``--strict``, ``--no-directory-urls``) carry over.
    """
    options: dict[str, Any] = {
        "site_dir": os.path.join(config.site_dir, *language.prefix.rstrip("/").split("/")),
        "strict": config.strict,
        "use_directory_urls": config.use_directory_urls,
    }
    if config.site_url:
        options["site_url"] = posixpath.join(config.site_url, language.prefix)
    nested = load_config(config_file=config.config_file_path, **options)
    nested.theme["language"] = language.code
    nested.theme["locale"] = parse_locale(language.code)
    search = nested.plugins.get("material/search") or nested.plugins.get("search")
    if search is not None:
        search.config.lang = [language.code]
    return nested
