"""Parse numbers exactly as written: plain ASCII digits only, with a reason when not.

YAML 1.1 would read ``010`` as 8 and ``1e3`` as 1000.0; our loader keeps the text, and this
module decides what a number may look like in a fact file: an optional minus sign, ASCII digits,
and an optional decimal part. Anything else is rejected with an explanation the editor can act
on (Arabic-Indic digits, thousands separators, NaN, exponents, leading zeros).
"""

from __future__ import annotations

import re
import unicodedata

from pydantic_core import PydanticCustomError

_PLAIN = re.compile(r"^-?(0|[1-9][0-9]*)(\.[0-9]+)?$")
MAX_DIGITS = 15
"""Most digits a number may have (leading zeros aside): every decimal of up to 15 digits
survives the round trip through a binary float (and a JavaScript number in facts.json)
unchanged; more would be silently rounded, or become infinity."""
_ARABIC_INDIC = set("٠١٢٣٤٥٦٧٨٩")
_EXTENDED_ARABIC_INDIC = set("۰۱۲۳۴۵۶۷۸۹")


def digit_systems(text: str) -> set[str]:
    """Names of the digit systems used in ``text`` (e.g. {'ascii', 'arabic-indic'})."""
    systems: set[str] = set()
    for ch in text:
        if "0" <= ch <= "9":
            systems.add("ascii")
        elif ch in _ARABIC_INDIC:
            systems.add("arabic-indic")
        elif ch in _EXTENDED_ARABIC_INDIC:
            systems.add("extended-arabic-indic")
        elif unicodedata.category(ch) == "Nd":
            systems.add(unicodedata.name(ch, "other").split(" DIGIT")[0].lower())
    return systems


def parse_number(text: str) -> int | float:
    """Return the number ``text`` writes, or raise a positioned-ready PydanticCustomError."""
    stripped = text.strip()
    if _PLAIN.match(stripped):
        digits = len(stripped.lstrip("-").replace(".", "").lstrip("0"))
        if digits > MAX_DIGITS:
            raise PydanticCustomError(
                "value-too-many-digits",
                "'{text}' has {digits} digits; at most {limit} can be stored exactly "
                "(more would be rounded, or become infinity)",
                {"text": text[:40], "digits": digits, "limit": MAX_DIGITS},
            )
        return float(stripped) if "." in stripped else int(stripped)
    systems = digit_systems(stripped)
    if len(systems) > 1:
        raise PydanticCustomError(
            "value-mixed-digits",
            "'{text}' mixes digit systems ({systems}); write the number in ASCII digits 0-9",
            {"text": text, "systems": ", ".join(sorted(systems))},
        )
    if systems and "ascii" not in systems:
        ascii_form = "".join(
            str(unicodedata.digit(ch)) if unicodedata.category(ch) == "Nd" else ch
            for ch in stripped
        )
        raise PydanticCustomError(
            "value-non-ascii-digits",
            "'{text}' is written in {systems} digits; numbers in fact files use ASCII digits "
            "(write {ascii_form}); the site shows them in each language's style",
            {"text": text, "systems": ", ".join(sorted(systems)), "ascii_form": ascii_form},
        )
    lowered = stripped.lower().lstrip("+-.")
    if lowered in ("nan", "inf", "infinity"):
        raise PydanticCustomError(
            "value-not-finite", "'{text}' is not a finite number", {"text": text}
        )
    if re.fullmatch(r"-?[0-9]{1,3}([, ٬'][0-9]{3})+", stripped):
        raise PydanticCustomError(
            "value-separator",
            "'{text}' has thousands separators; write {plain}",
            {"text": text, "plain": re.sub(r"[^0-9-]", "", stripped)},
        )
    if re.fullmatch(r"-?0[0-9]+", stripped):
        raise PydanticCustomError(
            "value-leading-zero",
            "'{text}' has a leading zero (YAML 1.1 would read it as octal); write {plain}",
            {"text": text, "plain": str(int(stripped))},
        )
    raise PydanticCustomError(
        "value-not-number",
        "'{text}' is not a number; write digits 0-9 with an optional decimal point",
        {"text": text},
    )
