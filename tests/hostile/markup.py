"""Markup and script payloads, and the synthetic project that carries all of them at once.

Payloads come from the OWASP XSS filter evasion cheat sheet (tag and attribute break-outs,
mixed case, entities, ``<svg onload>``, ``<body onload>``, ``<iframe srcdoc>``, ``<base>``,
``<meta refresh>``, ``<style>`` URLs, conditional comments, CDATA, mXSS through MathML) and from
the syntax of every Markdown extension and template layer the site has (links, images and
autolinks with script schemes, ``attr_list`` ``{: onclick=...}``, snippets ``--8<--``, Jinja
``{{ }}``/``{% %}``, tables, admonitions, footnotes, abbreviations, ``<bdi>`` break-outs).
Every script payload sets ``window.__pwned`` (the browser layer checks it stays unset) and
none calls ``alert`` directly, so a dialog means something else fired too.

Each payload gets its own topic (title and summary), fact (label and statement), source (title
and publisher) and entity (label), in Arabic and English, so it reaches every context a text
can reach: ``<title>``, ``<meta name=description>``, the navigation, the page body, the search
index, the JSON-LD and the exports.
"""

from __future__ import annotations

from typing import Any

PWN = "window.__pwned=1"
SCRIPT = f"<script>{PWN}</script>"

PAYLOADS: dict[str, str] = {
    "script-tag": SCRIPT,
    "script-mixed-case": f"<ScRiPt>{PWN}</sCrIpT>",
    "img-onerror": f'<img src=x onerror="{PWN}">',
    "svg-onload": f"<svg onload={PWN}>",
    "attribute-breakout": f'"><svg onload={PWN}>',
    "single-quote-breakout": f"'><img src=x onerror={PWN}>",
    "title-breakout": f"</title>{SCRIPT}",
    "script-breakout": f"</script>{SCRIPT}",
    "comment-breakout": f"-->{SCRIPT}<!--",
    "textarea-breakout": f"</textarea>{SCRIPT}",
    "iframe-srcdoc": '<iframe srcdoc="<script>parent.__pwned=1</script>"></iframe>',
    "body-onload": f"<body onload={PWN}>",
    "details-ontoggle": f"<details open ontoggle={PWN}>",
    "md-link-javascript": f"[click](javascript:{PWN})",
    "md-link-entity-scheme": f"[click](jav&#x61;script:{PWN})",
    "md-link-title-breakout": f'[click](https://example.org "x\\" onmouseover=\\"{PWN}")',
    "md-image-onerror": f'![x](x" onerror="{PWN})',
    "md-image-javascript": f"![x](javascript:{PWN})",
    "md-reference-link": f"[click][r]\n\n[r]: javascript:{PWN}",
    "md-autolink": f"<javascript:{PWN}>",
    "attr-list": f'{{: onclick="{PWN}" }}',
    "attr-list-heading": f"# Heading {{: #x onclick={PWN} }}",
    "snippet": '--8<-- "secret.txt"',
    "jinja-expression": "{{ config.extra }} {{ 7*7 }}",
    "jinja-statement": "{% include 'main.html' %}{% raw %}",
    "html-entities": f"&lt;script&gt;{PWN}&lt;/script&gt; &amp;",
    "numeric-entities": f"&#60;script&#62;{PWN}&#60;/script&#62;",
    "style-url": f"<style>*{{background:url(javascript:{PWN})}}</style>",
    "meta-refresh": f'<meta http-equiv=refresh content="0;url=javascript:{PWN}">',
    "base-href": f'<base href="javascript:{PWN}//">',
    "form-action": f"<form action=javascript:{PWN}><button>x</button></form>",
    "table-pipe": f"| a | b |\n|---|---|\n| {SCRIPT} | c |",
    "admonition": f'!!! note "{SCRIPT}"',
    "footnote": f"[^x] [^x]: {SCRIPT}",
    "abbreviation": f"*[HTML]: {SCRIPT}",
    "code-span": f"`{SCRIPT}`",
    "bdi-breakout": f"</bdi>{SCRIPT}<bdi>",
    "mathml-mxss": f"<math><mtext><table><mglyph><style><img src=x onerror={PWN}>",
    "conditional-comment": f"<!--[if gte IE 4]>{SCRIPT}<![endif]-->",
    "cdata": f"<![CDATA[{SCRIPT}]]>",
    "heading-setext": f"{SCRIPT}\n===",
    "list-and-quote": f"- a\n> {SCRIPT}",
}

WORDS = {
    "ar": {"title": "عنوان", "summary": "ملخص", "label": "تسمية", "statement": "بيان",
           "source": "مصدر", "publisher": "ناشر", "entity": "كيان"},
    "en": {"title": "Title", "summary": "Summary", "label": "Label", "statement": "Statement",
           "source": "Source", "publisher": "Publisher", "entity": "Entity"},
}  # fmt: skip


def text(role: str, payload: str) -> dict[str, str]:
    """The bilingual text of one field: a word naming the field, then the payload."""
    return {lang: f"{words[role]} {payload}" for lang, words in WORDS.items()}


def topic_id(name: str) -> str:
    return f"x-{name}"


def hostile_records(name: str, payload: str, order: int) -> dict[str, list[dict[str, Any]]]:
    """The topic, entity, source and fact that carry one payload."""
    tid = topic_id(name)
    return {
        "topics": [
            {"id": tid, "order": str(order), "title": text("title", payload),
             "summary": text("summary", payload)},
        ],
        "entities": [{"id": f"{tid}-entity", "kind": "person", "label": text("entity", payload)}],
        "sources": [
            {"id": f"{tid}-source", "kind": "news-article", "publisher": text("publisher", payload),
             "title": text("source", payload), "language": "en",
             "url": "https://example.org/news/a", "published": "2022-10-31"},
        ],
        "facts": [
            {"id": f"{tid}-fact", "topic": tid, "subject": f"{tid}-entity",
             "label": text("label", payload), "statement": text("statement", payload),
             "value": {"type": "text"}, "as_of": "2022-10-31",
             "claims": [{"source": f"{tid}-source"}]},
        ],
    }  # fmt: skip


def hostile_fact_file() -> dict[str, Any]:
    """One fact file holding every payload's records."""
    merged: dict[str, Any] = {
        "topics": [], "entities": [], "sources": [], "facts": [],
    }  # fmt: skip
    for order, (name, payload) in enumerate(PAYLOADS.items(), start=1):
        for key, records in hostile_records(name, payload, order).items():
            merged[key].extend(records)
    # The site's name and description are in every page's head and header.
    every = " ".join(PAYLOADS.values())
    merged["site"] = {"name": text("title", every), "description": text("summary", every)}
    return merged
