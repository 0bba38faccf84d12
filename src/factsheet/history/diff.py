"""Compare two snapshots record by record: what a reviewer (and a reader) needs to know.

Facts are matched by id; a removed fact and an added one with the same content but for the id
are a rename. Claims are matched by source (the n-th claim on a source with the n-th). The
result is plain data that :mod:`factsheet.history.words` writes in either language and that
``factsheet diff --format json`` prints (:data:`JSON_VERSION`).

Review flags (what a reviewer must look at):

- ``figure-without-claim``: the figure changed, and no claim was added or changed with it;
- ``quote-changed``: a quote was changed (``quote_found`` says whether the new one is in the
  stored copy of its source, when the new state was given with its seeds);
- ``quote-not-found``: a new or changed quote is not in the stored copy of its source;
- ``source-url-changed``: a source's URL changed;
- ``removed-still-referenced``: a removed fact is still listed under ``related`` by others.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import asdict, dataclass, field
from typing import Any

from factsheet.history.snapshot import REGISTRIES, Record, Snapshot

JSON_VERSION = 1
# The order in which a changed fact's fields are reported: what a reader sees first.
FACT_FIELDS = (
    "value", "as_of", "period", "statement", "label", "rank", "rank_reason", "method",
    "topic", "section", "subject", "key", "related",
)  # fmt: skip
RECORD_FIELDS = ("url", "label", "title", "publisher", "published", "retrieved", "stored")
# Answers whether a claim's quote is in the stored copy of its source (None: not checked).
QuoteCheck = Callable[[Record], bool | None]


@dataclass
class FieldChange:
    name: str
    old: Any
    new: Any


@dataclass
class ClaimChange:
    kind: str  # added, removed, changed
    source: str
    fields: list[str] = field(default_factory=list)
    quote: str | None = None  # the new quote's text, when it is new or changed
    quote_found: bool | None = None


@dataclass
class FactChange:
    kind: str  # added, removed, renamed, changed
    id: str
    label: dict[str, str]
    topic: str | None
    old_id: str | None = None
    fields: list[FieldChange] = field(default_factory=list)
    claims: list[ClaimChange] = field(default_factory=list)
    review: list[str] = field(default_factory=list)
    referenced_by: list[str] = field(default_factory=list)


@dataclass
class RecordChange:
    registry: str  # sources, entities
    kind: str  # added, removed, changed
    id: str
    fields: list[FieldChange] = field(default_factory=list)
    review: list[str] = field(default_factory=list)
    name: dict[str, str] = field(default_factory=dict)  # a source's title, an entity's label


@dataclass
class Diff:
    facts: list[FactChange] = field(default_factory=list)
    records: list[RecordChange] = field(default_factory=list)
    # Entity labels of entity-valued figures, so the words layer can name them.
    entity_labels: dict[str, dict[str, str]] = field(default_factory=dict)

    @property
    def empty(self) -> bool:
        return not self.facts and not self.records

    @property
    def review_count(self) -> int:
        return sum(len(c.review) for c in self.facts) + sum(len(r.review) for r in self.records)

    def to_json(self) -> dict[str, Any]:
        return {"version": JSON_VERSION, **asdict(self)}

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> Diff:
        facts = [
            FactChange(
                **{
                    **c,
                    "fields": [FieldChange(**f) for f in c["fields"]],
                    "claims": [ClaimChange(**x) for x in c["claims"]],
                }
            )
            for c in data["facts"]
        ]
        records = [
            RecordChange(**{**r, "fields": [FieldChange(**f) for f in r["fields"]]})
            for r in data["records"]
        ]
        return cls(facts, records, data.get("entity_labels", {}))


def _key(value: Any) -> str:
    return json.dumps(value, sort_keys=True, ensure_ascii=False)


def _label(record: Record) -> dict[str, str]:
    label = record.get("label")
    if isinstance(label, dict):
        return {lang: str(label.get(lang) or record["id"]) for lang in ("ar", "en")}
    return {"ar": record["id"], "en": record["id"]}


def _without_id(record: Record) -> str:
    return _key({k: v for k, v in record.items() if k != "id"})


def _fields(old: Record, new: Record, order: tuple[str, ...]) -> list[FieldChange]:
    names = [n for n in order if n in old or n in new]
    names += sorted((set(old) | set(new)) - set(order) - {"id", "claims"})
    return [
        FieldChange(n, old.get(n), new.get(n))
        for n in names
        if _key(old.get(n)) != _key(new.get(n))
    ]


def _by_source(claims: Any) -> dict[tuple[str, int], Record]:
    out: dict[tuple[str, int], Record] = {}
    for claim in claims if isinstance(claims, list) else []:
        if isinstance(claim, dict):
            source = str(claim.get("source"))
            n = sum(1 for s, _ in out if s == source)
            out[(source, n)] = claim
    return out


def _quote(claim: Record) -> str | None:
    quote = claim.get("quote")
    return str(quote.get("text")) if isinstance(quote, dict) else None


def _claim_fields(old: Record, new: Record) -> list[str]:
    """The claim's fields that changed; a quote whose text is the same but whose translation
    changed is ``translation``, not ``quote``."""
    names = [f.name for f in _fields(old, new, ("value", "quote", "stated", "locator"))]
    if "quote" in names and _quote(old) == _quote(new):
        names[names.index("quote")] = "translation"
    return names


def compare_claims(old: Any, new: Any, check: QuoteCheck) -> list[ClaimChange]:
    before, after = _by_source(old), _by_source(new)
    changes: list[ClaimChange] = []
    for key, claim in after.items():
        prior = before.get(key)
        if prior is not None and _key(prior) == _key(claim):
            continue
        quote = _quote(claim)
        new_quote = quote is not None and (prior is None or _quote(prior) != quote)
        change = ClaimChange("added" if prior is None else "changed", key[0])
        if prior is not None:
            change.fields = _claim_fields(prior, claim)
        if new_quote:
            change.quote, change.quote_found = quote, check(claim)
        changes.append(change)
    changes += [ClaimChange("removed", key[0]) for key in before if key not in after]
    return changes


def _fact_review(change: FactChange) -> list[str]:
    flags = []
    figure = any(f.name == "value" for f in change.fields)
    if figure and not any(c.kind in ("added", "changed") for c in change.claims):
        flags.append("figure-without-claim")
    if any(c.kind == "changed" and "quote" in c.fields for c in change.claims):
        flags.append("quote-changed")
    if any(c.quote_found is False for c in change.claims):
        flags.append("quote-not-found")
    return flags


def compare_fact(old: Record, new: Record, check: QuoteCheck) -> FactChange | None:
    """What changed in one fact, or None if nothing did."""
    fields = _fields(old, new, FACT_FIELDS)
    claims = compare_claims(old.get("claims"), new.get("claims"), check)
    if not fields and not claims:
        return None
    change = FactChange("changed", new["id"], _label(new), new.get("topic"), None, fields, claims)
    change.review = _fact_review(change)
    return change


def _renames(removed: list[str], added: list[str], a: Snapshot, b: Snapshot) -> dict[str, str]:
    """Added id -> removed id, for facts whose content but for the id is the same."""
    by_content: dict[str, list[str]] = {}
    for old_id in removed:
        by_content.setdefault(_without_id(a.facts[old_id]), []).append(old_id)
    found = {}
    for new_id in added:
        olds = by_content.get(_without_id(b.facts[new_id]))
        if olds:
            found[new_id] = olds.pop(0)
    return found


def _added(record: Record, kind: str = "added", old_id: str | None = None) -> FactChange:
    return FactChange(kind, record["id"], _label(record), record.get("topic"), old_id)


def compare_facts(a: Snapshot, b: Snapshot, check: QuoteCheck) -> list[FactChange]:
    # A fact of a file that one state could not read is unknown there: neither added nor
    # removed (the state's errors say why).
    removed = [i for i in a.facts if i not in b.facts and a.fact_files[i] not in b.unreadable]
    added = [i for i in b.facts if i not in a.facts and b.fact_files[i] not in a.unreadable]
    renames = _renames(removed, added, a, b)
    changes: list[FactChange] = []
    for fact_id, record in b.facts.items():
        if fact_id in renames:
            changes.append(_added(record, "renamed", renames[fact_id]))
        elif fact_id in added:
            changes.append(_added(record))
        elif fact_id not in a.facts:
            continue
        else:
            change = compare_fact(a.facts[fact_id], record, check)
            if change is not None:
                changes.append(change)
    for fact_id in removed:
        if fact_id not in renames.values():
            change = _added(a.facts[fact_id], "removed")
            change.referenced_by = b.referrers(fact_id)
            change.review = ["removed-still-referenced"] if change.referenced_by else []
            changes.append(change)
    return changes


def _name(record: Record) -> dict[str, str]:
    """A source's title or an entity's label, in both languages (the id when missing)."""
    return _label({"id": record["id"], "label": record.get("title") or record.get("label")})


def compare_records(a: Snapshot, b: Snapshot) -> list[RecordChange]:
    changes: list[RecordChange] = []
    for name in REGISTRIES:
        old, new = a.registry(name), b.registry(name)
        for rid, record in new.items():
            if rid not in old:
                changes.append(RecordChange(name, "added", rid, name=_name(record)))
            elif _key(old[rid]) != _key(record):
                fields = _fields(old[rid], record, RECORD_FIELDS)
                review = ["source-url-changed"] if any(f.name == "url" for f in fields) else []
                changes.append(RecordChange(name, "changed", rid, fields, review, _name(record)))
        changes += [
            RecordChange(name, "removed", rid, name=_name(record))
            for rid, record in old.items()
            if rid not in new
        ]
    return changes


def compare(a: Snapshot, b: Snapshot, check: QuoteCheck = lambda claim: None) -> Diff:
    """Everything that changed from ``a`` to ``b``."""
    diff = Diff(compare_facts(a, b, check), compare_records(a, b))
    values = [f for c in diff.facts for f in c.fields if f.name == "value"]
    for value in [v for f in values for v in (f.old, f.new) if isinstance(v, dict)]:
        entity = value.get("entity")
        if isinstance(entity, str):
            record = b.entities.get(entity) or a.entities.get(entity) or {"id": entity}
            diff.entity_labels[entity] = _label(record)
    return diff
