"""The shared test project is clean, so every other test sees only the problems it makes."""

from __future__ import annotations

from factsheet.checks import registry, values

from .helpers import FACT, Run


def test_shared_project_is_clean(run: Run) -> None:
    problems = run({"facts.yaml": FACT})
    assert [(p.code, p.line, p.message) for p in problems] == []


def test_every_check_module_documents_itself() -> None:
    seen: dict[str, str] = {}
    prefixes = {
        "references": "ref-",
        "bilingual": "bilingual-",
        "values": "value-",
        "dates": "date-",
        "as_of": "as-of-",
        "figures": "claim-figure-",
        "text_safety": "text-",
        "urls": "url-",
        "quotes": "quote-",
        "consistency": "consistency-",
        "locations": "location-",
        "site": "site-",
    }
    assert set(prefixes) == set(registry())
    for name, module in registry().items():
        doc = module.__doc__ or ""
        assert doc.startswith(f"Check ``{name}``"), name
        assert "\nPasses" in doc and "\nFails" in doc, name
        assert module.CODES, name
        prefix = prefixes[name]
        for code, meaning in module.CODES.items():
            assert code.startswith(prefix), code
            assert meaning and "\n" not in meaning, code
            assert seen.setdefault(code, name) == name, f"{code} in {seen[code]} and {name}"


def test_typing_codes_are_listed() -> None:
    assert set(values.CODES) >= values.RAISED_WHILE_TYPING
