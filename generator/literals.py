"""Text from the spec, made safe to place in Python source.

This is the one place where spec text is escaped: string literals (in black's preferred quoting, so that the
output is already formatted) and docstrings. Nothing from the spec reaches generated code any other way than
through these functions or as an identifier from ``naming``.
"""

from __future__ import annotations

import datetime
import functools
import math
import re
import textwrap
import unicodedata
import uuid
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


# Everything _escape_char would change: backslash, control characters, and all non-ASCII (checked one by one).
_SPECIAL = re.compile(r"[\\\x00-\x1f\x7f-\U0010ffff]")
# The same, but for docstrings, which keep newlines and turn tabs into spaces first.
_SPECIAL_DOC = re.compile(r"[\\\x00-\x09\x0b-\x1f\x7f-\U0010ffff]")


def _escape(text: str) -> str:
    """``text`` with every character ``_escape_char`` changes escaped; plain ASCII text (the common case)
    costs one regular-expression scan."""
    return _SPECIAL.sub(lambda m: _escape_char(m.group()), text)


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
    """A Python string literal for ``value`` in black's style: double quotes unless single quotes need fewer
    escapes (black's own rule, so black leaves the literal as it is).

    One exception: a literal never contains three double quotes in a row, which line-based tools (and the
    generator's own blank-line and long-line passes) would take for a docstring delimiter. When single quotes
    would show such a run, the literal stays double-quoted and writes the double quotes beyond the number of
    single quotes as ``\\x22``: black then counts as many escapes either way and keeps double quotes.
    """
    body = _escape(value)
    doubles, singles = body.count('"'), body.count("'")
    if doubles <= singles:
        return '"' + body.replace('"', '\\"') + '"'
    if '"""' not in body:
        return "'" + body.replace("'", "\\'") + "'"
    parts = body.split('"')
    out = [parts[0]]
    for index, part in enumerate(parts[1:]):
        out.append(('\\"' if index < singles else "\\x22") + part)
    return '"' + "".join(out) + '"'


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


# The text forms of RFC 3339 (what JSON Schema's formats mean), checked before ``fromisoformat``, which also
# reads ISO 8601 forms such as week dates that a JSON value of these formats never has. Seconds and the offset
# may be left out, as pydantic allows when it reads them.
_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")
_TIME = r"\d{2}:\d{2}(:\d{2}(\.\d{1,6})?)?([Zz]|[+-]\d{2}:\d{2})?"
_CLOCK = re.compile(_TIME)
_DATE_TIME = re.compile(r"\d{4}-\d{2}-\d{2}[Tt ]" + _TIME)


def temporal(kind: str, text: str) -> str | None:
    """A Python expression that builds the value ``text`` spells, for a ``kind`` of ``date``, ``date-time``,
    ``time`` or ``uuid`` (``datetime.date(2020, 1, 2)``, ``uuid.UUID("...")``); ``None`` when ``text`` is
    not such a value. The expressions need ``import datetime`` or ``import uuid``."""
    try:
        if kind == "date" and _DATE.fullmatch(text):
            day = datetime.date.fromisoformat(text)
            return f"datetime.date({day.year}, {day.month}, {day.day})"
        if kind == "date-time" and _DATE_TIME.fullmatch(text):
            moment = datetime.datetime.fromisoformat(_utc(text))
            numbers = [moment.year, moment.month, moment.day]
            numbers += _clock(
                moment.hour, moment.minute, moment.second, moment.microsecond
            )
            return _call("datetime.datetime", numbers, moment.utcoffset())
        if kind == "time" and _CLOCK.fullmatch(text):
            clock = datetime.time.fromisoformat(_utc(text))
            numbers = _clock(clock.hour, clock.minute, clock.second, clock.microsecond)
            return _call("datetime.time", numbers, clock.utcoffset())
        if kind == "uuid":
            return f"uuid.UUID({string(str(uuid.UUID(text)))})"
    except ValueError:
        return None
    return None


def _utc(text: str) -> str:
    return text[:-1] + "+00:00" if text[-1:] in "Zz" else text


def _clock(hour: int, minute: int, second: int, microsecond: int) -> list[int]:
    """The clock's arguments without the trailing zeros the constructors default to."""
    numbers = [hour, minute, second, microsecond]
    while len(numbers) > 2 and numbers[-1] == 0:
        numbers.pop()
    return numbers


def _call(name: str, numbers: list[int], offset: datetime.timedelta | None) -> str:
    arguments = [str(n) for n in numbers]
    if offset is not None:
        arguments.append(f"tzinfo={_zone(offset)}")
    return f"{name}({', '.join(arguments)})"


def _zone(offset: datetime.timedelta) -> str:
    seconds = int(offset.total_seconds())
    if seconds == 0:
        return "datetime.timezone.utc"
    unit, size = next(
        (unit, size)
        for unit, size in (("hours", 3600), ("minutes", 60), ("seconds", 1))
        if seconds % size == 0
    )
    return f"datetime.timezone(datetime.timedelta({unit}={seconds // size}))"


_QUOTE_RUN = re.compile('"{2,}')


def _docstring_body(text: str) -> str:
    body = _SPECIAL_DOC.sub(
        lambda m: _escape_char(m.group()), text.replace("\t", "    ")
    )
    # A run of three quotes would end the docstring early, and two raw ones beside an escaped one still read
    # as three to line-based tools: every quote of a run escaped. A quote at either end would merge with the
    # delimiters.
    body = _QUOTE_RUN.sub(lambda m: '\\"' * len(m.group()), body)
    if body.endswith('"') and not _odd_trailing_backslash(body[:-1]):
        # An unescaped quote at the end (one already escaped, as after a run of three, stays as it is).
        body = body[:-1] + '\\"'
    if body.startswith('"'):
        body = "\\" + body
    return body


# Big specs repeat descriptions (a parameter's, shared by many operations): GitHub's 29,600 docstrings are
# 8,500 different ones.
@functools.lru_cache(maxsize=16384)
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
    # Black removes the indentation that all lines after the first share (as ``inspect.cleandoc`` does).
    rest = [line for line in lines[1:] if line.strip()]
    common = min((len(line) - len(line.lstrip()) for line in rest), default=0)
    if common:
        lines = [lines[0]] + [
            line[common:] if line.strip() else "" for line in lines[1:]
        ]
    if len(lines) == 1:
        # Black keeps a one-line docstring on one line, whatever its length, and puts a space between a final
        # quote (escaped or not) and the closing ones.
        tail = " " if lines[0].endswith('"') else ""
        return f'{pad}"""{lines[0]}{tail}"""'
    body = "\n".join((pad + line) if line else "" for line in lines)
    return f'{pad}"""{body.lstrip()}\n{pad}"""'


def _odd_trailing_backslash(line: str) -> bool:
    count = len(line) - len(line.rstrip("\\"))
    return count % 2 == 1


def comment(text: str) -> str:
    """One line of text safe inside a ``#`` comment."""
    return _escape(text.replace("\n", " ")).strip()
