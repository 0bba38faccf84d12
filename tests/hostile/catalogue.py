"""The catalogue of hostile inputs: one :class:`Case` per input, grouped as the threat model is.

Sources of cases: the YAML test suite's error cases (tabs, undefined aliases, a second
document, bad indentation, unclosed flows), PyYAML's known traps (duplicate keys, YAML 1.1
typing, alias bombs, Python tags), the OWASP XSS filter evasion cheat sheet (scheme
obfuscation with case, tabs and entities; see ``markup.py`` for the script payloads), the
Trojan Source paper (bidi controls), and the WHATWG URL standard (numeric hosts, backslashes).

Positions are 1-based line:col as an editor shows them; see the templates in ``project``.
"""

from __future__ import annotations

from .project import Case, fact, source

F = "facts/case.yaml"
S = "facts/extra-source.yaml"


def _f(case_id: str, text: str | bytes, code: str, line: int, col: int, exit_code: int = 1) -> Case:
    """A case whose whole input is the facts file ``facts/<id>.yaml``."""
    name = f"facts/{case_id}.yaml"
    return Case(case_id, {name: text}, code, line, col, exit_code=exit_code)


BOMB = "\n".join(
    ["a: &a [x, x, x, x, x, x, x, x, x]"]
    + [f"{n}: &{n} [*{p}, *{p}, *{p}, *{p}, *{p}, *{p}, *{p}, *{p}, *{p}]"
       for p, n in zip("abcdefgh", "bcdefghi", strict=True)]
)  # fmt: skip

YAML_CASES = [
    # --- encodings and bytes -----------------------------------------------------------------
    _f("utf16-le-bom", b"\xff\xfe" + fact().encode("utf-16-le"), "encoding-not-utf8", 1, 1),
    _f("utf16-be-no-bom", fact().encode("utf-16-be"), "encoding-not-utf8", 1, 1),
    _f("utf32-le-bom", b"\xff\xfe\x00\x00" + fact().encode("utf-32-le"), "encoding-not-utf8", 1, 1),
    _f(
        "latin1-byte",
        fact().encode().replace(b"Place", b"Pl\xe9ce"),
        "encoding-invalid-utf8",
        4,
        35,
    ),
    _f(
        "windows-1256",
        b"topic: summit\nlabel: " + "قمة".encode("cp1256"),
        "encoding-invalid-utf8",
        2,
        8,
    ),
    _f("overlong-utf8-slash", b"topic: summit\nx: \xc0\xaf\n", "encoding-invalid-utf8", 2, 4),
    _f("utf8-bom-warning", b"\xef\xbb\xbf" + fact().encode(), "encoding-bom", 1, 1, exit_code=0),
    _f("nul-byte", fact().replace("Sochi", "So\x00chi"), "yaml-control-character", 5, 72),
    _f(
        "escape-char-raw", fact().replace("Sochi", "So\x1b[31mchi"), "yaml-control-character", 5, 72
    ),
    _f("lone-cr", fact().replace("\n    as_of", "\r    as_of"), "yaml-control-character", 6, 42),
    _f("nel-u0085", fact().replace("Sochi", "So\x85chi"), "yaml-control-character", 5, 72),
    _f(
        "line-separator-raw",
        fact().replace("Sochi", "So\u2028chi"),
        "yaml-control-character",
        5,
        72,
    ),
    _f("c1-control-raw", fact().replace("Sochi", "So\x9bchi"), "yaml-control-character", 5, 72),
    _f(
        "escaped-control",
        fact(statement='    statement: {ar: عقدت القمة., en: "Held\\x1b[2J."}'),
        "text-control",
        5,
        38,
    ),
    _f("binary-png", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "encoding-invalid-utf8", 1, 1),
    # --- keys -------------------------------------------------------------------------------
    _f(
        "duplicate-key",
        fact("    label: {ar: غير ذلك, en: Something else}"),
        "yaml-duplicate-key",
        10,
        5,
    ),
    _f("duplicate-top-key", fact() + "topic: summit\n", "yaml-duplicate-key", 10, 1),
    _f("duplicate-quoted-key", fact('    "as_of": 2022-10-30'), "yaml-duplicate-key", 10, 5),
    _f("merge-key", fact("    <<: {rank: preferred}"), "yaml-merge-key", 10, 5),
    _f("empty-key", fact('    "": value'), "yaml-empty-key", 10, 5),
    _f("empty-key-plain", fact("    : value"), "yaml-syntax", 10, 5),
    _f("null-key", fact("    ~: value"), "yaml-empty-key", 10, 5),
    _f("mapping-key", fact("    ? {a: b}\n    : value"), "yaml-key-not-string", 10, 7),
    _f("unknown-field", fact("    lable: {ar: خطأ, en: Typo}"), "schema-unknown-field", 10, 5),
    # --- tags, anchors, aliases ---------------------------------------------------------------
    _f(
        "python-tag",
        fact("    rank: !!python/object/apply:os.system [echo pwned]"),
        "yaml-tag",
        10,
        11,
    ),
    _f("binary-tag", fact("    rank: !!binary aGVsbG8="), "yaml-tag", 10, 11),
    _f("local-tag", fact("    rank: !preferred normal"), "yaml-tag", 10, 11),
    _f(
        "tag-directive",
        "%TAG !p! tag:yaml.org,2002:python/\n---\nx: !p!name os\n",
        "yaml-tag",
        3,
        4,
    ),
    _f("anchor", fact().replace("{type: entity", "&v {type: entity"), "yaml-anchor", 6, 12),
    _f(
        "alias",
        fact().replace("{type: entity", "&v {type: entity") + "extra: *v\n",
        "yaml-alias",
        10,
        8,
    ),
    _f("undefined-alias", fact("    rank: *nothing"), "yaml-alias", 10, 11),
    _f("billion-laughs", BOMB + "\n", "yaml-anchor", 1, 4),
    # --- documents, structure, size -------------------------------------------------------------
    _f("second-document", fact() + "---\ntopic: summit\n", "yaml-multiple-documents", 10, 1),
    _f("document-end-then-more", fact() + "...\ntopic: summit\n", "yaml-syntax", 11, 1),
    _f("top-level-list", "- topic: summit\n", "yaml-top-level", 1, 1),
    _f("top-level-scalar", "hello\n", "yaml-top-level", 1, 1),
    _f("empty-file", b"", "yaml-empty", 1, 1),
    _f("only-comments", "# nothing here\n---\n", "yaml-empty", 1, 1),
    _f("flow-nesting-bomb", "x: " + "[" * 5000 + "]" * 5000 + "\n", "yaml-too-deep", 1, 35),
    _f(
        "block-nesting-40",
        "".join(f"{'  ' * i}k{i}:\n" for i in range(40)) + "  " * 40 + "v\n",
        "yaml-too-deep",
        33,
        65,
    ),
    _f("too-large", "topic: summit\n" + "# padding\n" * 110_000, "file-too-large", 1, 1),
    _f("tab-indent", fact().replace("    as_of", "\tas_of"), "yaml-syntax", 7, 1),
    _f("unclosed-quote", fact(label='    label: {ar: "مكان, en: Place}'), "yaml-syntax", 10, 1),
    _f("unclosed-flow", fact(label="    label: {ar: مكان, en: Place"), "yaml-syntax", 5, 14),
    _f(
        "colon-in-plain",
        fact(label="    label: {ar: مكان, en: Place: Sochi}"),
        "yaml-syntax",
        4,
        32,
    ),
    # --- from the YAML test suite's error cases ------------------------------------------------
    _f(
        "invalid-escape",
        fact(label='    label: {ar: مكان, en: "bad \\q escape"}'),
        "yaml-syntax",
        4,
        32,
    ),
    _f(
        "escape-out-of-range",
        fact(label='    label: {ar: مكان, en: "\\U00110000"}'),
        "yaml-syntax",
        4,
        30,
    ),
    _f(
        "content-after-quoted", fact(label='    label: {ar: مكان, en: "a" b}'), "yaml-syntax", 4, 31
    ),
    _f("flow-missing-comma", fact(label="    label: {ar: مكان en: Place}"), "yaml-syntax", 4, 24),
    _f("yaml-2-directive", "%YAML 2.0\n---\n" + fact(), "yaml-syntax", 1, 1),
    _f("reserved-at", fact(label="    label: {ar: مكان, en: @place}"), "yaml-syntax", 4, 27),
    _f("reserved-backtick", fact(label="    label: {ar: مكان, en: `place`}"), "yaml-syntax", 4, 27),
    _f("implicit-key-over-1024", fact("    " + "k" * 1100 + ": v"), "yaml-syntax", 10, 1105),
    _f("key-indented-one-more", fact().replace("    as_of", "     as_of"), "yaml-syntax", 7, 6),
    _f("block-scalar-bad-indicator", fact(label="    label: |x\n      text"), "yaml-syntax", 4, 13),
    _f(
        "comment-without-space",
        fact(as_of="    as_of: 2022-10-31#comment"),
        "schema-pattern",
        7,
        12,
    ),
    _f("nested-sequence-top", "- - - x\n", "yaml-top-level", 1, 1),
    # --- YAML 1.1 typing: every scalar stays text, and the schema says what is wrong ------------
    _f("bool-yes", fact("    key: yes"), "schema-bool", 10, 10),
    _f("bool-on", fact("    key: on"), "schema-bool", 10, 10),
    _f("bool-y", fact("    key: y"), "schema-bool", 10, 10),
    _f(
        "octal-010",
        fact(value="    value: {type: quantity, unit: hour, best: 010}"),
        "value-leading-zero",
        6,
        47,
    ),
    _f(
        "hex-number",
        fact(value="    value: {type: quantity, unit: hour, best: 0x1F}"),
        "value-not-number",
        6,
        47,
    ),
    _f(
        "underscore-number",
        fact(value="    value: {type: quantity, unit: hour, best: 1_000}"),
        "value-not-number",
        6,
        47,
    ),
    _f(
        "exponent",
        fact(value="    value: {type: quantity, unit: hour, best: 1e3}"),
        "value-not-number",
        6,
        47,
    ),
    _f(
        "sexagesimal",
        fact(value="    value: {type: quantity, unit: hour, best: 12:30}"),
        "value-not-number",
        6,
        47,
    ),
    _f("timestamp-as-of", fact(as_of="    as_of: 2022-10-31 10:00:00"), "schema-pattern", 7, 12),
    _f(
        "null-text",
        fact(label="    label: {ar: مكان القمة, en: null}"),
        "schema-string-type",
        4,
        29,
    ),
    _f("empty-text", fact(label="    label: {ar: مكان القمة, en: }"), "schema-string-type", 4, 29),
    _f(
        "list-for-text",
        fact(label="    label: {ar: مكان القمة, en: [a, b]}"),
        "schema-string-type",
        4,
        33,
    ),
    _f("long-id", fact(id="  - id: " + "a" * 81), "schema-string-too-long", 3, 9),
]

UNICODE_CASES = [
    _f("bidi-override-en", fact().replace("Sochi", "So\u202echi"), "text-bidi-control", 5, 72),
    _f("bidi-isolate-ar", fact().replace("سوتشي", "سو\u2067تشي"), "text-bidi-control", 5, 37),
    _f(
        "bidi-escaped-in-reference",
        source('    reference: "S29\\u202e"'),
        "text-bidi-control",
        9,
        16,
    ),
    _f("zero-width-space", fact().replace("Sochi", "So\u200bchi"), "text-invisible", 5, 72),
    _f("zero-width-nbsp-bom", fact().replace("Sochi", "So\ufeffchi"), "text-invisible", 5, 72),
    _f("soft-hyphen", fact().replace("Sochi", "So\u00adchi"), "text-invisible", 5, 72),
    _f(
        "rlm-in-url",
        source(url="    url: https://example.org/\u200fnews"),
        "text-direction-mark",
        7,
        30,
    ),
    _f("private-use", fact().replace("Sochi", "So\ue000chi"), "text-private-use", 5, 72),
    _f("presentation-forms", fact().replace("سوتشي", "ﺳﻮﺗﺸﻲ"), "text-presentation-form", 5, 35),
    _f("not-nfc", fact().replace("Sochi", "Socho\u0301"), "text-not-nfc", 5, 47),
    _f("homoglyph-id", fact(id="  - id: summit-plаce"), "schema-pattern", 3, 9),
    _f("uppercase-id", fact(id="  - id: Summit-Place"), "schema-pattern", 3, 9),
    _f("fullwidth-id", fact(id="  - id: ｓｕｍｍｉｔ"), "schema-pattern", 3, 9),
    _f(
        "persian-letters-ar",
        fact().replace("عقدت القمة في", "عقدت القمة فی"),
        "text-persian-letter",
        5,
        33,
        exit_code=0,
    ),
    _f(
        "arabic-indic-digits",
        fact(value="    value: {type: quantity, unit: hour, best: ٦٥٠٠}"),
        "value-non-ascii-digits",
        6,
        47,
    ),
    _f(
        "persian-digits",
        fact(value="    value: {type: quantity, unit: hour, best: ۶۵۰۰}"),
        "value-non-ascii-digits",
        6,
        47,
    ),
    _f(
        "mixed-digits",
        fact(value="    value: {type: quantity, unit: hour, best: 6٥00}"),
        "value-mixed-digits",
        6,
        47,
    ),
    _f(
        "fullwidth-digits",
        fact(value="    value: {type: quantity, unit: hour, best: ６５}"),
        "value-non-ascii-digits",
        6,
        47,
    ),
    _f(
        "superscript-digit",
        fact(value="    value: {type: quantity, unit: hour, best: ²}"),
        "value-not-number",
        6,
        47,
    ),
    _f("arabic-indic-date", fact(as_of="    as_of: ٢٠٢٢-١٠-٣١"), "schema-pattern", 7, 12),
]

URL_CASES = [
    _f(f"url-{name}", source(url=f"    url: {url}"), code, 7, 10)
    for name, url, code in [
        ("javascript", "javascript:alert(document.domain)", "url-scheme"),
        ("javascript-mixed-case", "JaVaScRiPt:alert(document.domain)", "url-scheme"),
        ("javascript-entity", "javascript&#58;alert(document.domain)", "url-scheme"),
        ("javascript-tab", '"java\\tscript:alert(document.domain)"', "url-whitespace"),
        ("data-html", "data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==", "url-scheme"),
        ("vbscript", "vbscript:msgbox", "url-scheme"),
        ("file", "file:///etc/passwd", "url-scheme"),
        ("no-slashes", "https:evil.example", "url-scheme"),
        ("protocol-relative", "//evil.example/x", "url-scheme"),
        ("userinfo", "https://www.aa.com.tr@evil.example/", "url-userinfo"),
        ("backslash", "https://evil.example\\@www.aa.com.tr/", "url-backslash"),
        ("space", '"https://example.org/a b"', "url-whitespace"),
        ("ipv4", "https://127.0.0.1/admin", "url-ip-literal"),
        ("ipv6", "https://[::1]/admin", "url-ip-literal"),
        ("decimal-ip", "https://2130706433/", "url-ip-literal"),
        ("hex-ip", "https://0x7f.1/", "url-ip-literal"),
        ("localhost", "https://localhost:8000/", "url-localhost"),
        ("port-too-big", "https://example.org:99999/", "url-port"),
        ("port-zero", "https://example.org:0/", "url-port"),
        ("port-text", "https://example.org:http/", "url-port"),
        ("mixed-script-host", "https://аpple.com/", "url-mixed-script"),
        ("punycode-homograph", "https://xn--pple-43d.com/", "url-mixed-script"),
        ("no-dot-host", "https://intranet/", "url-host"),
    ]
] + [
    _f(
        "url-http-warning",
        source(url="    url: http://example.org/"),
        "url-insecure",
        7,
        10,
        exit_code=0,
    )
]

DATE_NUMBER_CASES = [
    _f("date-feb-30", fact(as_of="    as_of: 2022-02-30"), "date-invalid", 7, 12),
    _f("date-month-13", fact(as_of="    as_of: 2022-13-01"), "date-invalid", 7, 12),
    _f("date-not-leap", fact(as_of="    as_of: 2023-02-29"), "date-invalid", 7, 12),
    _f("date-year-zero", fact(as_of="    as_of: 0000-01-01"), "date-invalid", 7, 12),
    _f("date-future", fact(as_of="    as_of: 2099-01-01"), "date-future", 7, 12),
    _f("date-day-month-year", fact(as_of="    as_of: 31/10/2022"), "schema-pattern", 7, 12),
    _f("date-hijri-words", fact(as_of="    as_of: 6 ربيع الآخر 1444"), "schema-pattern", 7, 12),
    _f("date-iso-week", fact(as_of="    as_of: 2022-W44"), "schema-pattern", 7, 12),
    _f("date-trailing-newline", fact(as_of='    as_of: "2022-10-31\\n"'), "schema-pattern", 7, 12),
    _f(
        "period-reversed",
        fact("    period: {start: 2022-11-01, end: 2022-10-01}"),
        "date-period-order",
        10,
        38,
    ),
    _f(
        "number-nan",
        fact(value="    value: {type: quantity, unit: hour, best: .nan}"),
        "value-not-finite",
        6,
        47,
    ),
    _f(
        "number-inf",
        fact(value="    value: {type: quantity, unit: hour, best: -.inf}"),
        "value-not-finite",
        6,
        47,
    ),
    _f(
        "number-comma",
        fact(value='    value: {type: quantity, unit: hour, best: "6,500"}'),
        "value-separator",
        6,
        47,
    ),
    _f(
        "number-arabic-separator",
        fact(value="    value: {type: quantity, unit: hour, best: 6٬500}"),
        "value-separator",
        6,
        47,
    ),
    _f(
        "number-plus",
        fact(value="    value: {type: quantity, unit: hour, best: +5}"),
        "value-not-number",
        6,
        47,
    ),
    _f(
        "number-range-text",
        fact(value="    value: {type: quantity, unit: hour, best: 5-6}"),
        "value-not-number",
        6,
        47,
    ),
    _f(
        "number-range-order",
        fact(value="    value: {type: quantity, unit: hour, low: 9, high: 2}"),
        "value-range-order",
        6,
        46,
    ),
    _f(
        "number-negative",
        fact(value="    value: {type: quantity, unit: hour, best: -3}"),
        "value-negative",
        6,
        47,
    ),
    _f(
        "number-many-digits",
        fact(value="    value: {type: quantity, unit: hour, best: " + "9" * 400 + ".5}"),
        "value-too-many-digits",
        6,
        47,
    ),
    _f(
        "number-rounded",
        fact(value="    value: {type: quantity, unit: hour, best: 0.12345678901234567}"),
        "value-too-many-digits",
        6,
        47,
    ),
    _f(
        "count-decimal",
        fact(value="    value: {type: quantity, unit: person, best: 2.5}"),
        "value-not-whole",
        6,
        49,
    ),
]

FILE_CASES = [
    _f("stored-traversal", source('    stored: "../secret.txt"'), "ref-stored-path", 9, 13),
    _f("stored-absolute", source("    stored: /etc/passwd"), "ref-stored-path", 9, 13),
    _f("stored-outside-seeds", source("    stored: facts/registry.yaml"), "ref-stored-path", 9, 13),
    _f(
        "stored-backslash",
        source('    stored: "seeds\\\\..\\\\..\\\\secret.txt"'),
        "ref-stored-path",
        9,
        13,
    ),
    _f("stored-home", source("    stored: ~/secret.txt"), "ref-stored-path", 9, 13),
    _f("id-traversal", fact(id="  - id: ../../etc/passwd"), "schema-pattern", 3, 9),
    _f("topic-traversal", fact(topic="topic: ../summit"), "schema-pattern", 1, 8),
    Case(
        # Two files whose names differ in case only (one file on macOS and Windows), with
        # the same fact id: both are read on Linux and the second id is a duplicate.
        "files-equal-after-casefold",
        {"facts/Same.yaml": fact(), "facts/same.yaml": fact()},
        "ref-duplicate-id",
        3,
        9,
        file="facts/same.yaml",
    ),
    Case("not-yaml-file", {"facts/notes.txt": "hello"}, "file-not-yaml", 1, 1, exit_code=0),
    Case("uppercase-extension", {"facts/case.YAML": fact()}, "file-not-yaml", 1, 1, exit_code=0),
]
