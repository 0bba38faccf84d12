"""The languages of the site, defined once: the model, the renderer, Babel and the plugin read
them from here.

Arabic is the root language (the source article is Arabic and its readers come first);
English lives under ``en/``. Every text a reader sees exists in each of them.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Language:
    """One language of the site."""

    code: str
    """The language code (``lang`` attribute, the key of a bilingual text)."""
    name: str
    """The language's own name for itself, as the language switcher shows it."""
    prefix: str
    """The folder of this language's build under the site root: ``""`` or ending with ``/``."""
    locale: str
    """The Babel locale that writes its numbers and dates."""
    permalink_title: str
    """The tooltip of a heading's permalink (Python-Markdown writes it in English)."""

    @property
    def depth(self) -> int:
        """How many folders below the site root this language's build lives."""
        return len([part for part in self.prefix.split("/") if part])


LANGUAGES: tuple[Language, ...] = (
    Language("ar", "العربية", "", "ar", "رابط دائم إلى هذا القسم"),
    Language("en", "English", "en/", "en_GB", "Permanent link to this section"),
)
LANGUAGE_CODES: tuple[str, ...] = tuple(language.code for language in LANGUAGES)
"""The language codes, root language first."""


def find(code: str) -> Language | None:
    """The site language ``code``, or None when the site has no such language."""
    return next((language for language in LANGUAGES if language.code == code), None)
