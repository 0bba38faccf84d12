"""Turn the bytes of a fact file into text, or say precisely why they are not UTF-8 YAML text.

Fact files are UTF-8 without a byte order mark. What editors and tools actually produce is
more varied, so each case gets its own positioned problem instead of a decoder traceback:

* UTF-16 and UTF-32 (with a BOM, or recognised by the NUL bytes around the first ASCII
  character, as the YAML spec detects encodings) -> ``encoding-not-utf8`` at 1:1.
* A UTF-8 BOM -> ``encoding-bom``, a warning: the text is still read (without the BOM), but
  the editor is told, because some tools show it as a stray character.
* Bytes that are not UTF-8 -> ``encoding-invalid-utf8`` at the first bad byte.
* Characters YAML does not allow (C0/C1 controls, DEL, U+FFFE/U+FFFF) and line ends that libyaml
  counts as new lines but editors usually do not (NEL U+0085, U+2028, U+2029, a CR without LF)
  -> ``yaml-control-character``. Rejecting the odd line ends keeps every line number the parser
  reports equal to the line number the editor shows.

Columns are 1-based and count characters (Unicode code points), as libyaml's marks do.
"""

from __future__ import annotations

import re

from factsheet.problems import Mark, Problem, Severity

UTF8_BOM = b"\xef\xbb\xbf"
# Longest first: the UTF-32 LE BOM starts with the UTF-16 LE one.
_BOMS = (
    (b"\xff\xfe\x00\x00", "UTF-32 (little-endian)"),
    (b"\x00\x00\xfe\xff", "UTF-32 (big-endian)"),
    (b"\xff\xfe", "UTF-16 (little-endian)"),
    (b"\xfe\xff", "UTF-16 (big-endian)"),
)
_SAVE_AS_UTF8 = "save the file as UTF-8 (in most editors: 'Save with encoding' -> UTF-8)"

# Everything YAML 1.1 (libyaml) accepts is allowed except NEL (U+0085); U+2028, U+2029 and a
# lone CR are added because libyaml counts them as line breaks and most editors do not.
_FORBIDDEN = re.compile(
    "[^\t\n\r\x20-\x7e\xa0-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]|[\u2028\u2029]|\r(?!\n)"
)
# A cheap test on the bytes first: deleting every byte that may appear leaves nothing, and none
# of the UTF-8 sequences that can encode a forbidden character (C1 controls start with C2) is
# present. Only files that fail it pay for the regex, which finds the exact position.
_PLAIN_BYTES = bytes([0x09, 0x0A, 0x0D, *range(0x20, 0x7F), *range(0x80, 0x100)])
_NAMES = {
    "\x00": "a NUL byte (U+0000)",
    "\r": "a carriage return (U+000D) without a line feed",
    "\x85": "a NEXT LINE character (U+0085)",
    "\u2028": "a LINE SEPARATOR (U+2028)",
    "\u2029": "a PARAGRAPH SEPARATOR (U+2029)",
}


def _utf16_or_32(data: bytes) -> str | None:
    """The encoding a BOM or the NUL pattern of the first character reveals, if not UTF-8."""
    for bom, name in _BOMS:
        if data.startswith(bom):
            return name
    if b"\x00" not in data[:4] or len(data) < 2:
        return None
    head = data[:4].ljust(4, b"\x01")
    if head[1:4] == b"\x00\x00\x00" and head[0]:
        return "UTF-32 (little-endian)"
    if head[0:3] == b"\x00\x00\x00" and head[3]:
        return "UTF-32 (big-endian)"
    if head[0] == 0 and head[1]:
        return "UTF-16 (big-endian)"
    if head[1] == 0 and head[0]:
        return "UTF-16 (little-endian)"
    return None


def position(text: str, index: int) -> tuple[int, int]:
    """1-based line and column of ``text[index]``, counting lines by LF as editors do."""
    line_start = text.rfind("\n", 0, index) + 1
    return text.count("\n", 0, index) + 1, index - line_start + 1


def _invalid_utf8(file: str, data: bytes, exc: UnicodeDecodeError) -> Problem:
    line_start = data.rfind(b"\n", 0, exc.start) + 1
    line = data.count(b"\n", 0, exc.start) + 1
    # Everything before the first bad byte is valid UTF-8, so this decodes cleanly.
    col = len(data[line_start : exc.start].decode("utf-8")) + 1
    return Problem(
        file,
        Mark(line, col),
        "encoding-invalid-utf8",
        f"byte 0x{data[exc.start]:02x} is not valid UTF-8 ({exc.reason})",
        f"{_SAVE_AS_UTF8}; text in Windows-1256 or Latin-1 must be converted, not renamed",
    )


def _control_character(file: str, text: str, match: re.Match[str]) -> Problem:
    char = match.group()
    line, col = position(text, match.start())
    name = _NAMES.get(char, f"the control character U+{ord(char):04X}")
    more = len(_FORBIDDEN.findall(text)) - 1
    extra = f" ({more} more in this file)" if more else ""
    return Problem(
        file,
        Mark(line, col),
        "yaml-control-character",
        f"{name} is not allowed in a fact file{extra}",
        "delete it (it is usually invisible; copy-pasted text often carries it) or, if it is a "
        "line break, replace it with an ordinary new line",
    )


def decode(file: str, data: bytes) -> tuple[str | None, list[Problem]]:
    """Decode ``data`` for the YAML parser. Returns the text (None if unusable) and problems."""
    encoding = _utf16_or_32(data)
    if encoding is not None:
        return None, [
            Problem(
                file,
                Mark(1, 1),
                "encoding-not-utf8",
                f"the file is encoded as {encoding}; fact files must be UTF-8",
                _SAVE_AS_UTF8,
            )
        ]
    problems: list[Problem] = []
    if data.startswith(UTF8_BOM):
        data = data[len(UTF8_BOM) :]
        problems.append(
            Problem(
                file,
                Mark(1, 1),
                "encoding-bom",
                "the file starts with a UTF-8 byte order mark (BOM)",
                "save it as UTF-8 without BOM; the BOM is ignored for now",
                Severity.WARNING,
            )
        )
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        return None, [*problems, _invalid_utf8(file, data, exc)]
    suspect = (
        data.translate(None, _PLAIN_BYTES)
        or b"\r" in data
        or b"\xc2" in data  # C1 controls, NEL
        or b"\xe2\x80\xa8" in data  # U+2028
        or b"\xe2\x80\xa9" in data  # U+2029
        or b"\xef\xbf\xbe" in data  # U+FFFE
        or b"\xef\xbf\xbf" in data  # U+FFFF
    )
    match = _FORBIDDEN.search(text) if suspect else None
    if match is not None:
        return None, [*problems, _control_character(file, text, match)]
    return text, problems
