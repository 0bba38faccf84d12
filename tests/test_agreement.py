"""Agreement of figures from what they mean (factsheet.model.agreement), issue 11.

A table of pairs covers every pair of kinds (exact, about, each bound, range, dates of each
precision, entities, and mixed kinds); the property tests state the rules: agreement is
symmetric, every figure agrees with itself, disjoint ranges conflict, and widening a range
never turns agreement into conflict.
"""

from __future__ import annotations

from typing import Any, Literal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from factsheet.model.agreement import (
    agreement,
    claim_figure,
    fact_agreement,
    figures_differ,
    meaning,
    relation,
)
from factsheet.model.records import (
    Claim,
    DateValue,
    EntityValue,
    Fact,
    QuantityValue,
    TextValue,
    Value,
)


def q(unit: str = "person", **fields: Any) -> QuantityValue:
    return QuantityValue(type="quantity", unit=unit, **fields)


def d(written: str, precision: str | None = None) -> DateValue:
    return DateValue(type="date", date=written, precision=precision)  # type: ignore[arg-type]


def e(entity: str) -> EntityValue:
    return EntityValue(type="entity", entity=entity)


PAIRS: list[tuple[str, Value, Value, str]] = [
    # exact with exact, about, each bound and a range
    ("exact = exact", q(best=93), q(best=93), "same"),
    ("exact != exact", q(best=93), q(best=100), "conflict"),
    ("exact in about", q(best=1960), q(best=2000, approximate=True), "precision"),
    ("exact far from about", q(best=1500), q(best=2000, approximate=True), "conflict"),
    ("exact above more-than", q(best=100417), q(best=100000, bound="more-than"), "precision"),
    ("exact at more-than", q(best=100000), q(best=100000, bound="more-than"), "conflict"),
    ("exact at at-least", q(best=5000), q(best=5000, bound="at-least"), "precision"),
    ("exact below at-least", q(best=4999), q(best=5000, bound="at-least"), "conflict"),
    ("exact at up-to", q(best=5000), q(best=5000, bound="up-to"), "precision"),
    ("exact above up-to", q(best=5001), q(best=5000, bound="up-to"), "conflict"),
    ("exact at fewer-than", q(best=5000), q(best=5000, bound="fewer-than"), "conflict"),
    ("exact under fewer-than", q(best=4000), q(best=5000, bound="fewer-than"), "precision"),
    ("exact under nearly", q(best=286), q(best=300, bound="nearly"), "precision"),
    ("exact at nearly", q(best=300), q(best=300, bound="nearly"), "conflict"),
    ("exact far under nearly", q(best=200), q(best=300, bound="nearly"), "conflict"),
    ("exact in range", q(best=60), q(low=50, high=70), "precision"),
    ("exact out of range", q(best=80), q(low=50, high=70), "conflict"),
    # about with about, bounds and ranges
    ("about = about", q(best=6500, approximate=True), q(best=6500, approximate=True), "same"),
    (
        "about overlaps about",
        q(best=2000, approximate=True),
        q(best=2300, approximate=True),
        "precision",
    ),
    ("about apart", q(best=2000, approximate=True), q(best=6500, approximate=True), "conflict"),
    (
        "about vs at-least",
        q(best=6500, approximate=True),
        q(best=5000, bound="at-least"),
        "precision",
    ),
    ("about vs nearly", q(best=6500, approximate=True), q(best=5000, bound="nearly"), "conflict"),
    ("about vs range", q(best=60, approximate=True), q(low=50, high=58), "precision"),
    # bounds with bounds and ranges
    (
        "more-than vs at-least",
        q("hour", best=2, bound="more-than"),
        q("hour", best=2, bound="at-least"),
        "precision",
    ),
    (
        "at-least vs nearly",
        q(best=5000, bound="at-least"),
        q(best=5000, bound="nearly"),
        "conflict",
    ),
    (
        "at-least vs up-to, touching",
        q(best=5000, bound="at-least"),
        q(best=5000, bound="up-to"),
        "precision",
    ),
    (
        "more-than vs up-to, touching",
        q(best=5000, bound="more-than"),
        q(best=5000, bound="up-to"),
        "conflict",
    ),
    (
        "at-least vs fewer-than",
        q(best=10, bound="at-least"),
        q(best=10, bound="fewer-than"),
        "conflict",
    ),
    (
        "more-than vs more-than",
        q(best=4000, bound="more-than"),
        q(best=5000, bound="more-than"),
        "precision",
    ),
    ("range vs at-least", q(low=10, high=20), q(best=15, bound="at-least"), "precision"),
    ("range vs disjoint range", q(low=10, high=20), q(low=21, high=30), "conflict"),
    ("range = range", q(low=10, high=20), q(low=10, high=20), "same"),
    ("range in range", q(low=12, high=18), q(low=10, high=20), "precision"),
    ("low only vs high only", q(low=10), q(high=9), "conflict"),
    # units and kinds
    ("other unit", q("hour", best=2), q("day", best=2), "conflict"),
    ("quantity vs date", q(best=2022), d("2022"), "conflict"),
    ("date vs entity", d("2022-10-31"), e("sochi"), "conflict"),
    # dates with their precision
    ("day = day", d("2022-10-31"), d("2022-10-31"), "same"),
    ("day != day", d("2020-11-09"), d("2020-11-10"), "conflict"),
    ("day in month", d("2022-10-31"), d("2022-10"), "precision"),
    ("day out of month", d("2022-11-01"), d("2022-10"), "conflict"),
    ("month in year", d("2022-10"), d("2022"), "precision"),
    ("day in year", d("2022-10-31"), d("2022"), "precision"),
    ("month != month", d("2022-10"), d("2022-11"), "conflict"),
    ("precision shown as month", d("2022-10-05", "month"), d("2022-10-31"), "precision"),
    ("same month, one as month", d("2022-10-05", "month"), d("2022-10"), "same"),
    # entities
    ("entity = entity", e("sochi"), e("sochi"), "same"),
    ("entity != entity", e("fsb-border-service"), e("armenia"), "conflict"),
]


@pytest.mark.parametrize(("name", "a", "b", "expected"), PAIRS, ids=[p[0] for p in PAIRS])
def test_every_pair_of_kinds(name: str, a: Value, b: Value, expected: str) -> None:
    assert relation(a, b) == expected, name
    assert relation(b, a) == expected, name


def test_several_figures_conflict_when_no_truth_fits_all() -> None:
    # Each pair of the first three could be true together, and so can all three.
    fits = [
        q(best=6500, approximate=True),
        q(best=5000, bound="at-least"),
        q(best=4000, bound="more-than"),
    ]
    assert agreement(fits) == "precision"
    assert agreement([*fits, q(best=5000, bound="nearly")]) == "conflict"
    assert agreement([q(best=7)] * 3) == "same"


def test_text_values_are_not_compared() -> None:
    assert meaning(TextValue(type="text")) is None
    assert relation(TextValue(type="text"), TextValue(type="text")) == "same"


# --- properties ---------------------------------------------------------------------------

numbers = st.integers(min_value=0, max_value=10_000)


@st.composite
def quantities(draw: st.DrawFn) -> QuantityValue:
    shape = draw(st.sampled_from(["exact", "about", "bound", "range", "low", "high"]))
    n = draw(numbers)
    if shape == "exact":
        return q(best=n)
    if shape == "about":
        return q(best=n, approximate=True)
    if shape == "bound":
        bound = draw(st.sampled_from(["at-least", "more-than", "nearly", "up-to", "fewer-than"]))
        return q(best=n, bound=bound)
    if shape == "range":
        return q(low=n, high=n + draw(numbers), approximate=draw(st.booleans()))
    return q(low=n) if shape == "low" else q(high=n)


@st.composite
def dates(draw: st.DrawFn) -> DateValue:
    year = draw(st.integers(min_value=2019, max_value=2021))
    month = draw(st.integers(min_value=1, max_value=12))
    day = draw(st.integers(min_value=1, max_value=28))
    return d(
        draw(st.sampled_from([f"{year}", f"{year}-{month:02d}", f"{year}-{month:02d}-{day:02d}"]))
    )


figures = st.one_of(
    quantities(), dates(), st.sampled_from(["sochi", "armenia"]).map(e), st.just(q("hour", best=2))
)


@given(figures, figures)
def test_agreement_is_symmetric(a: Value, b: Value) -> None:
    assert relation(a, b) == relation(b, a)


@given(figures)
def test_every_figure_agrees_with_itself(a: Value) -> None:
    assert relation(a, a) == "same"


@given(numbers, numbers, numbers, numbers)
def test_disjoint_ranges_conflict(a: int, b: int, c: int, gap: int) -> None:
    low, high = sorted((a, b))
    other = high + 1 + gap
    assert relation(q(low=low, high=high), q(low=other, high=other + c)) == "conflict"


@given(quantities(), numbers, numbers, numbers, numbers)
def test_widening_a_range_never_makes_a_conflict(
    other: QuantityValue, a: int, b: int, wider_low: int, wider_high: int
) -> None:
    low, high = sorted((a, b))
    narrow = q(low=low, high=high)
    wide = q(low=max(0, low - wider_low), high=high + wider_high)
    if relation(narrow, other) != "conflict":
        assert relation(wide, other) != "conflict"


def test_an_approximate_range_reaches_a_tenth_further_on_each_side() -> None:
    about = q(low=1000, high=2000, approximate=True)
    assert meaning(about) == meaning(q(low=900, high=2200))
    assert relation(about, q(best=905)) == "precision"
    assert relation(about, q(best=895)) == "conflict"
    assert relation(about, q(best=2195)) == "precision"
    assert relation(about, q(best=2205)) == "conflict"
    # An open side stays open: "at least 1,000" has no upper end to widen.
    assert relation(q(low=1000, approximate=True), q(best=10**9)) == "precision"
    assert relation(q(high=2000, approximate=True), q(best=0)) == "precision"


def test_a_month_runs_from_its_first_to_its_last_day() -> None:
    month = d("2020-02", "month")
    assert relation(month, d("2020-02-01")) == "precision"
    assert relation(month, d("2020-02-29")) == "precision"  # a leap year's February
    assert relation(month, d("2020-03-01")) == "conflict"
    assert relation(month, d("2020-01-31")) == "conflict"
    assert relation(d("2020", "year"), d("2020-01-01")) == "precision"
    assert relation(d("2020", "year"), d("2019-12-31")) == "conflict"
    # A date written with more than its precision is read at its precision.
    assert relation(d("2020-02-14", "month"), d("2020-02-29")) == "precision"
    assert relation(d("2020-02-14", "year"), d("2020-12-31")) == "precision"


def test_an_invalid_date_agrees_only_with_itself() -> None:
    # The dates check reports it; here it is its own line, so two invalid dates conflict.
    assert relation(d("2022-02-30"), d("2022-02-30")) == "same"
    assert relation(d("2022-02-30"), d("2022-02-31")) == "conflict"
    assert relation(d("2022-02-30"), d("2022-02", "month")) == "conflict"


def _claim(value: Value | None = None, figure: Literal["fact", "none"] | None = None) -> Claim:
    return Claim.model_construct(source="s", value=value, figure=figure)


def _fact(value: Value, *claims: Claim) -> Fact:
    # Only the fields the agreement reads; the others (id, label, ...) are not needed here.
    fields: dict[str, Any] = {"value": value, "claims": list(claims)}
    return Fact.model_construct(**fields)


def test_the_figure_a_claim_gives() -> None:
    fact = _fact(q(best=6500))
    assert claim_figure(fact, _claim()) == q(best=6500)  # bare: the fact's figure
    assert claim_figure(fact, _claim(figure="fact")) == q(best=6500)
    assert claim_figure(fact, _claim(figure="none")) is None  # words only
    assert claim_figure(fact, _claim(q(best=5000))) == q(best=5000)


def test_the_facts_agreement_reads_the_figures_its_claims_give() -> None:
    # Each source gives 5,000 and the fact says 6,500: they do not agree.
    own = _fact(q(best=6500), _claim(q(best=5000)), _claim(q(best=5000)))
    assert fact_agreement(own) == "conflict"
    # Words only leave the fact's figure alone.
    words = _fact(q(best=6500), _claim(figure="none"), _claim(figure="fact"))
    assert fact_agreement(words) == "same"
    assert figures_differ(words) and figures_differ(own)
    assert not figures_differ(_fact(q(best=6500), _claim(), _claim(figure="fact")))
