"""Interface words, numbers, dates and counted nouns in Arabic and English.

:mod:`formatting` writes numbers and dates through Babel, :mod:`grammar` puts a number with its
noun, :mod:`catalogue` holds the interface words. The renderers import from here.
"""

from factsheet.render.i18n.catalogue import (
    KINDS,
    LANGUAGE_NAMES,
    STRINGS,
    in_language_name,
    kind_name,
    language_name,
    t,
)
from factsheet.render.i18n.formatting import (
    LOCALES,
    cldr_language_name,
    format_date,
    format_number,
    format_period,
    format_range,
)
from factsheet.render.i18n.grammar import (
    AR_ONE_TWO,
    COUNTED,
    accusative,
    arabic_form,
    arabic_noun,
    count_phrase,
    format_quantity,
    join_and,
    number_phrase,
    unit_label,
)

__all__ = [
    "AR_ONE_TWO",
    "COUNTED",
    "KINDS",
    "LANGUAGE_NAMES",
    "LOCALES",
    "STRINGS",
    "accusative",
    "arabic_form",
    "arabic_noun",
    "cldr_language_name",
    "count_phrase",
    "format_date",
    "format_number",
    "format_period",
    "format_quantity",
    "format_range",
    "in_language_name",
    "join_and",
    "kind_name",
    "language_name",
    "number_phrase",
    "t",
    "unit_label",
]
