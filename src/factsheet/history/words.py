"""A :class:`~factsheet.history.diff.Diff` in words, in Arabic or English.

Figures and dates are written as the site writes them (:mod:`factsheet.render.i18n`); a value
that does not type (an invalid state) is shown as written. Everything returned is plain text:
the Markdown writers and the site escape it where it lands.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from difflib import SequenceMatcher
from typing import Any

from pydantic import TypeAdapter, ValidationError

from factsheet.history.diff import ClaimChange, FactChange, FieldChange, RecordChange
from factsheet.model.records import DateValue, EntityValue, QuantityValue, Value
from factsheet.render.i18n import format_date, format_period, format_quantity, t

_VALUE: TypeAdapter[Any] = TypeAdapter(Value)
_FIGURES = ("value", "as_of", "period", "rank", "topic", "section", "url", "published")
_TEXTS = ("statement", "label", "method", "rank_reason", "title", "publisher")
Names = Callable[[str], str]


def _raw(value: Any) -> str:
    return value if isinstance(value, str) else json.dumps(value, ensure_ascii=False)


def figure(value: Any, lang: str, labels: dict[str, dict[str, str]]) -> str:
    """A fact's value as the site writes it; as written when it does not type."""
    try:
        typed = _VALUE.validate_python(value)
    except ValidationError:
        return _raw(value)
    if isinstance(typed, QuantityValue):
        return format_quantity(typed, lang)
    if isinstance(typed, DateValue):
        return date_text(typed.date, lang)
    if isinstance(typed, EntityValue):
        return labels.get(typed.entity, {}).get(lang, typed.entity)
    return t("change_text_value", lang)


def date_text(value: Any, lang: str) -> str:
    try:
        return format_date(str(value), None, lang)
    except (ValueError, TypeError):
        return _raw(value)


def _period(value: Any, lang: str) -> str:
    if not isinstance(value, dict) or "start" not in value:
        return _raw(value)
    if not value.get("end"):
        return t("since", lang).format(date=date_text(value["start"], lang))
    try:
        return format_period(str(value["start"]), str(value["end"]), lang)
    except (ValueError, TypeError):
        return _raw(value)


def _shown(f: FieldChange, value: Any, lang: str, labels: dict[str, dict[str, str]]) -> str:
    if value is None:
        return t("change_none", lang)
    if f.name == "value":
        return figure(value, lang, labels)
    if f.name in ("as_of", "published", "retrieved"):
        return date_text(value, lang)
    if f.name == "period":
        return _period(value, lang)
    if f.name == "rank" and value in ("preferred", "normal", "deprecated"):
        return t(f"change_rank_{value}", lang)
    if isinstance(value, dict) and lang in value:
        return str(value[lang])
    return _raw(value)


def field_name(name: str, lang: str) -> str:
    key = f"change_field_{name}"
    try:
        return t(key, lang)
    except KeyError:
        return name


def excerpts(old: str, new: str, context: int = 4, most: int = 3) -> str:
    """Where two texts differ, word by word, with a few words around each difference:
    ``…the Kremlin confirmed «the withdrawal» → «that the withdrawal had begun,» on 17…``."""
    a, b = old.split(), new.split()
    found = []
    for tag, i1, i2, j1, j2 in SequenceMatcher(a=a, b=b, autojunk=False).get_opcodes():
        if tag != "equal":
            before, after = " ".join(a[max(0, i1 - context) : i1]), " ".join(a[i2 : i2 + context])
            change = f"«{' '.join(a[i1:i2])}» → «{' '.join(b[j1:j2])}»"
            found.append(" ".join(part for part in ("…" + before, change, after + "…") if part))
    shown = found[:most] + ([f"(+{len(found) - most})"] if len(found) > most else [])
    return " | ".join(shown)


def _same_in(f: FieldChange, lang: str) -> bool:
    """Whether a two-language text changed in the other language only."""
    old, new = f.old, f.new
    if not (isinstance(old, dict) and isinstance(new, dict) and lang in old and lang in new):
        return False
    return bool(old[lang] == new[lang])


def field_phrase(
    f: FieldChange, lang: str, labels: dict[str, dict[str, str]], detail: bool = False
) -> str:
    """``figure: about 6,500 people → 7,000 people``; for a text without ``detail``, only
    ``statement changed``."""
    name = field_name(f.name, lang)
    if _same_in(f, lang):
        return t("change_field_text_other", lang).format(field=name)
    if f.name in _TEXTS and not detail:
        return t("change_field_text", lang).format(field=name)
    old, new = _shown(f, f.old, lang, labels), _shown(f, f.new, lang, labels)
    if f.name in _TEXTS and f.old is not None and f.new is not None:
        return f"{name}: {excerpts(old, new)}"
    return t("change_field", lang).format(field=name, old=old, new=new)


def claim_phrase(c: ClaimChange, lang: str, names: Names) -> str:
    source = names(c.source)
    if c.kind == "changed" and c.quote is not None:
        phrase = t("change_quote", lang).format(source=source)
    else:
        phrase = t(f"change_claim_{c.kind}", lang).format(source=source)
        if c.fields:
            phrase += f" ({t('sep', lang).join(field_name(f, lang) for f in c.fields)})"
    if c.quote_found is not None:
        found = "change_quote_found" if c.quote_found else "change_quote_not_found"
        phrase += f" ({t(found, lang)})"
    return phrase


def fact_phrases(
    c: FactChange,
    lang: str,
    labels: dict[str, dict[str, str]],
    names: Names = str,
    detail: bool = False,
) -> list[str]:
    """What happened to one fact: one phrase for added/removed/renamed, else one per change."""
    if c.kind in ("added", "removed"):
        return [t(f"change_{c.kind}", lang)]
    if c.kind == "renamed":
        return [t("change_renamed", lang).format(old=c.old_id)]
    phrases = [field_phrase(f, lang, labels, detail) for f in c.fields]
    return phrases + [claim_phrase(claim, lang, names) for claim in c.claims]


def record_phrases(c: RecordChange, lang: str, detail: bool = False) -> list[str]:
    if c.kind != "changed":
        return [t(f"change_record_{c.kind}", lang)]
    shown = [f for f in c.fields if f.name in _FIGURES + _TEXTS + ("retrieved", "stored")]
    phrases = [field_phrase(f, lang, {}, detail) for f in shown]
    if len(shown) < len(c.fields) or not c.fields:
        phrases.append(t("change_field_text", lang).format(field=field_name("other", lang)))
    return phrases


def review_phrases(c: FactChange | RecordChange, lang: str) -> list[str]:
    ids = ", ".join(c.referenced_by) if isinstance(c, FactChange) else ""
    return [t(f"review_{flag}", lang).format(ids=ids) for flag in c.review]
