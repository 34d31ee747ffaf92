"""Text from the spec, made safe to place in Python source.

This is the one place where spec text is escaped: string literals (in black's preferred quoting, so that the
output is already formatted) and docstrings. Nothing from the spec reaches generated code any other way than
through these functions or as an identifier from ``naming``.
"""

from __future__ import annotations

import math
import textwrap
import unicodedata
from typing import Any

_SIMPLE = {"\\": "\\\\", "\n": "\\n", "\r": "\\r", "\t": "\\t"}


def _escape_char(ch: str) -> str:
    code = ord(ch)
    if ch in _SIMPLE:
        return _SIMPLE[ch]
    if code < 0x20 or code == 0x7F:
        return f"\\x{code:02x}"
    if 0xD800 <= code <= 0xDFFF or _invisible(ch):
        return f"\\u{code:04x}" if code <= 0xFFFF else f"\\U{code:08x}"
    return ch


def _invisible(ch: str) -> bool:
    """Characters that would change how the source reads or splits lines (line and paragraph separators,
    bidi controls, other format and unassigned characters)."""
    if ch.isascii():
        return False
    category = unicodedata.category(ch)
    return (
        category in ("Zl", "Zp", "Cc", "Cf", "Cs", "Co", "Cn")
        or ch in "\x85\u2028\u2029"
    )


def string(value: str) -> str:
    """A Python string literal for ``value`` in black's style (double quotes unless single quotes need fewer
    escapes)."""
    body = "".join(_escape_char(ch) for ch in value)
    if '"' in body and "'" not in body:
        return f"'{body}'"
    return '"' + body.replace('"', '\\"') + '"'


def value(data: Any) -> str:
    """A Python expression for a JSON-like value (defaults, literals, enum values)."""
    if data is None:
        return "None"
    if data is True:
        return "True"
    if data is False:
        return "False"
    if isinstance(data, int):
        return str(data)
    if isinstance(data, float):
        if math.isnan(data):
            return 'float("nan")'
        if math.isinf(data):
            return 'float("inf")' if data > 0 else '-float("inf")'
        text = repr(data)
        return text
    if isinstance(data, str):
        return string(data)
    if isinstance(data, (list, tuple)):
        return "[" + ", ".join(value(item) for item in data) + "]"
    if isinstance(data, dict):
        return (
            "{"
            + ", ".join(f"{string(str(k))}: {value(v)}" for k, v in data.items())
            + "}"
        )
    return string(str(data))


def _docstring_body(text: str) -> str:
    out = []
    for ch in text:
        if ch == "\n":
            out.append(ch)
        elif ch == "\t":
            out.append("    ")
        else:
            out.append(_escape_char(ch))
    body = "".join(out)
    # A run of three quotes would end the docstring early; a quote at either end would merge with the
    # delimiters.
    body = body.replace('"""', '\\"\\"\\"')
    if body.endswith('"'):
        body = body[:-1] + '\\"'
    if body.startswith('"'):
        body = "\\" + body
    return body


def docstring(text: str, indent: int, width: int = 88) -> str:
    """A triple-quoted docstring of ``text`` at ``indent`` spaces: escaped, stripped of trailing spaces,
    long prose lines wrapped to ``width``. Empty text gives an empty string (no docstring).
    """
    cleaned = "\n".join(line.rstrip() for line in text.strip().splitlines())
    cleaned = _docstring_body(cleaned).strip()
    while "\n\n\n" in cleaned:
        cleaned = cleaned.replace("\n\n\n", "\n\n")
    if not cleaned:
        return ""
    pad = " " * indent
    available = max(width - indent, 40)
    lines: list[str] = []
    in_code = False
    for line in cleaned.split("\n"):
        if line.lstrip().startswith("```"):
            in_code = not in_code
        stripped = line.lstrip()
        if in_code or len(line) <= available or stripped.startswith(("|", "#")):
            lines.append(line)
            continue
        leading = line[: len(line) - len(stripped)]
        if stripped.startswith(("- ", "* ")):
            hanging = leading + "  "
        elif leading:
            hanging = leading + "    "
        else:
            hanging = ""
        wrapped = textwrap.wrap(
            stripped,
            available,
            initial_indent=leading,
            subsequent_indent=hanging,
            break_long_words=False,
            break_on_hyphens=False,
        )
        lines.extend(wrapped or [""])
    lines = [line.rstrip() for line in lines]
    # The wrapped text may leave a dangling backslash at a line end (splitting an escape): rejoin it.
    fixed: list[str] = []
    for line in lines:
        if fixed and _odd_trailing_backslash(fixed[-1]):
            fixed[-1] = fixed[-1] + " " + line.lstrip()
        else:
            fixed.append(line)
    lines = fixed
    if len(lines) == 1:
        # Black keeps a one-line docstring on one line, whatever its length.
        return f'{pad}"""{lines[0]}"""'
    body = "\n".join((pad + line) if line else "" for line in lines)
    return f'{pad}"""{body.lstrip()}\n{pad}"""'


def _odd_trailing_backslash(line: str) -> bool:
    count = len(line) - len(line.rstrip("\\"))
    return count % 2 == 1


def comment(text: str) -> str:
    """One line of text safe inside a ``#`` comment."""
    return "".join(_escape_char(ch) for ch in text.replace("\n", " ")).strip()
