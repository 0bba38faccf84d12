"""Interface words, numbers, dates and counted nouns in Arabic and English.

:mod:`formatting` writes numbers and dates through Babel, :mod:`grammar` puts a number with its
noun, :mod:`catalogue` holds the interface words. The renderers import from here.
"""

from factsheet.render.i18n.catalogue import (
    KINDS,
    LANGUAGE_NAMES,
    STRINGS,
    kind_name,
    language_name,
    t,
)
from factsheet.render.i18n.formatting import (
    LOCALES,
    format_date,
    format_number,
    format_period,
    format_range,
)
from factsheet.render.i18n.grammar import (
    AR_ONE_TWO,
    accusative,
    arabic_noun,
    count_phrase,
    format_quantity,
    number_phrase,
    unit_label,
)

__all__ = [
    "AR_ONE_TWO",
    "KINDS",
    "LANGUAGE_NAMES",
    "LOCALES",
    "STRINGS",
    "accusative",
    "arabic_noun",
    "count_phrase",
    "format_date",
    "format_number",
    "format_period",
    "format_quantity",
    "format_range",
    "kind_name",
    "language_name",
    "number_phrase",
    "t",
    "unit_label",
]
