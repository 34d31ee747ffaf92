"""Read a spec file into a JSON-like document: JSON or YAML text, checked before it is trusted.

The file's size is bounded before and during the read; the text must be UTF-8; a syntax error names the file,
line and column; YAML aliases may neither form a cycle nor expand into a bomb; lone surrogates become U+FFFD;
YAML's non-JSON values (dates, binary, non-string keys) become JSON ones. Everything that stops the read is a
``SpecError``.
"""

from __future__ import annotations

import json
import math
import re
from collections.abc import Callable
from pathlib import Path
from typing import Any

from .. import pointer as jp
from . import yaml12
from ..errors import SpecError

MAX_SPEC_BYTES = 64 * 1024 * 1024


def read_document(
    path: Path,
    *,
    max_bytes: int = MAX_SPEC_BYTES,
    warn: Callable[[str, str], None] | None = None,
) -> Any:
    """Parse a JSON or YAML (1.2) file; syntax errors carry the file, line and column. ``warn`` hears
    (pointer, message) of what was read with a repair: a YAML key written twice keeps its last value.

    The size is checked before anything is read, and the read itself stops one byte past the limit, so that a
    file that grows, a pipe or a device (``/dev/zero``) cannot exhaust memory either.
    """
    try:
        size = path.stat().st_size
    except (OSError, ValueError) as exc:
        raise SpecError("", f"cannot read {path}: {_reason(exc)}") from None
    if size > max_bytes:
        raise SpecError("", _too_big(path, size, max_bytes))
    try:
        with path.open("rb") as handle:
            data = handle.read(max_bytes + 1)
    except (OSError, ValueError) as exc:
        raise SpecError("", f"cannot read {path}: {_reason(exc)}") from None
    if len(data) > max_bytes:
        raise SpecError("", _too_big(path, len(data), max_bytes))
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise SpecError("", f"{path}: not UTF-8 text (byte {exc.start})") from None
    is_json = path.suffix.lower() == ".json" or (
        path.suffix.lower() not in (".yaml", ".yml") and text.lstrip()[:1] in "{["
    )
    try:
        if is_json:
            document = json.loads(text, parse_constant=_constant)
        else:
            tree, duplicates = yaml12.parse(text)
            _check_expansion(path, tree)
            document = _plain(tree)
            for duplicate in duplicates:
                if warn is not None:
                    warn(
                        jp.join(duplicate.pointer, duplicate.key),
                        f"{path}:{duplicate.line}:{duplicate.column}: key written twice; the last one is kept",
                    )
    except json.JSONDecodeError as exc:
        raise SpecError(
            "", f"{path}:{exc.lineno}:{exc.colno}: invalid JSON: {exc.msg}"
        ) from None
    except yaml12.YamlSyntaxError as exc:
        where = f"{path}:{exc.line}:{exc.column}" if exc.line else str(path)
        raise SpecError("", f"{where}: invalid YAML: {exc.problem}") from None
    except RecursionError:
        raise SpecError("", f"{path}: nested too deeply to parse") from None
    except ValueError as exc:
        # Not a syntax error: a value the parser cannot represent, such as an integer of more digits than
        # Python converts (``sys.get_int_max_str_digits()``).
        raise SpecError("", _unreadable_value(path, text, exc)) from None
    if _lone_surrogate_in_json(text) if is_json else _SURROGATE_ESCAPE.search(text):
        document = _replace_surrogates(document)
    return document


def _reason(exc: BaseException) -> str:
    return (exc.strerror if isinstance(exc, OSError) else None) or str(exc)


def _too_big(path: Path, size: int, max_bytes: int) -> str:
    return (
        f"{path} is over the {max_bytes // 1048576} MiB limit of a spec "
        f"({size} bytes or more); refusing to parse it"
    )


def _unreadable_value(path: Path, text: str, exc: ValueError) -> str:
    """Where the parser gave up on a value: an overlong run of digits (the usual culprit) with its line and
    column, else the parser's own words."""
    match = re.search(r"[0-9]{%d,}" % (_MAX_DIGITS + 1), text)
    if match is None:
        return f"{path}: cannot parse a value: {exc}"
    line = text.count("\n", 0, match.start()) + 1
    column = match.start() - (text.rfind("\n", 0, match.start()) + 1) + 1
    return (
        f"{path}:{line}:{column}: a number of {len(match.group())} digits is too long to read "
        f"(at most {_MAX_DIGITS})"
    )


_MAX_DIGITS = 4300  # sys.get_int_max_str_digits() by default


# YAML anchors and aliases share one node between several places: a few hundred bytes can stand for billions of
# nodes once expanded ("billion laughs"), and an alias inside its own anchor makes a cycle. Both are refused
# before anything walks the tree as a tree.
MAX_EXPANDED_NODES = 5_000_000
_EXPANSION_RATIO = 20


def _check_expansion(path: Path, tree: Any) -> None:
    """Refuse a YAML tree whose aliases form a cycle or expand it far beyond its size in memory."""
    sizes: dict[int, int] = {}
    on_path: set[int] = set()
    stack: list[tuple[Any, bool]] = [(tree, False)]
    distinct = 0
    while stack:
        node, children_done = stack.pop()
        if not isinstance(node, (dict, list)):
            continue
        key = id(node)
        if children_done:
            on_path.discard(key)
            items = node.values() if isinstance(node, dict) else node
            sizes[key] = 1 + sum(
                sizes.get(id(item), 1) if isinstance(item, (dict, list)) else 1
                for item in items
            )
            continue
        if key in on_path:
            raise SpecError(
                "", f"{path}: a YAML alias refers to its own anchor (a cycle)"
            )
        if key in sizes:
            continue
        distinct += 1
        on_path.add(key)
        stack.append((node, True))
        children = node.values() if isinstance(node, dict) else node
        stack.extend((child, False) for child in children)
    expanded = sizes.get(id(tree), 1)
    if expanded > MAX_EXPANDED_NODES or expanded > max(
        100_000, _EXPANSION_RATIO * distinct
    ):
        raise SpecError(
            "",
            f"{path}: YAML aliases expand {distinct} objects and lists into {expanded} nodes; refusing a possible alias bomb",
        )


# A JSON escape of a UTF-16 surrogate: paired ones decode to one character, a lone one stays a lone surrogate.
_SURROGATE_ESCAPE = re.compile(r"\\(u[dD][89abcdefABCDEF]|U0000[dD][89abcdefABCDEF])")
_LONE_SURROGATE = re.compile("[\ud800-\udfff]")
# `\uD8xx`-`\uDFxx`: an escape when an even run of backslashes precedes it (an odd run escapes its `\`).
_JSON_SURROGATE = re.compile(r"\\u([dD][89a-fA-F][0-9a-fA-F]{2})")


def _lone_surrogate_in_json(text: str) -> bool:
    """Whether the JSON text escapes a surrogate that is not half of a pair (a pair is a high escape followed
    at once by a low one, which the decoder joins into one character). Most big specs escape emoji as pairs:
    this scan of the text spares them a walk over the whole document."""
    high_end = -1
    for match in _JSON_SURROGATE.finditer(text):
        start = match.start()
        before = start
        while before > 0 and text[before - 1] == "\\":
            before -= 1
        if (start - before) % 2:
            continue
        if int(match.group(1), 16) >= 0xDC00:
            if high_end != start:
                return True
            high_end = -1
        elif high_end != -1:
            return True
        else:
            high_end = match.end()
    return high_end != -1


def _replace_surrogates(node: Any) -> Any:
    """Replace lone surrogates (not Unicode text: no UTF-8 encoder writes them, so they could only crash a
    later stage) by U+FFFD in every key and string of the document."""

    def fix(value: Any) -> Any:
        if isinstance(value, str) and _LONE_SURROGATE.search(value):
            return _LONE_SURROGATE.sub("\ufffd", value)
        return value

    root: list[Any] = [node]
    stack: list[tuple[Any, Any]] = [(root, 0)]
    while stack:
        parent, key = stack.pop()
        value = parent[key]
        if isinstance(value, dict):
            fixed = {fix(k): v for k, v in value.items()}
            parent[key] = fixed
            stack.extend((fixed, k) for k in fixed)
        elif isinstance(value, list):
            stack.extend((value, i) for i in range(len(value)))
        else:
            parent[key] = fix(value)
    return root[0]


def _constant(name: str) -> float:
    # JSON has no Infinity or NaN, but Python's encoder writes them and some specs carry them.
    return {"Infinity": math.inf, "-Infinity": -math.inf, "NaN": math.nan}[name]


def _plain(node: Any) -> Any:
    """YAML gives binary values, sets and non-string keys; make the tree JSON-like, iteratively."""
    root: list[Any] = [node]
    stack: list[tuple[Any, Any]] = [(root, 0)]
    while stack:
        parent, key = stack.pop()
        value = parent[key]
        if isinstance(value, dict):
            converted = {
                (k if isinstance(k, str) else str(k)): v for k, v in value.items()
            }
            parent[key] = converted
            stack.extend((converted, k) for k in converted)
        elif isinstance(value, (list, tuple)):
            converted_list = list(value)
            parent[key] = converted_list
            stack.extend((converted_list, i) for i in range(len(converted_list)))
        elif isinstance(value, (set, frozenset)):
            # A YAML !!set is a mapping whose values are all null.
            parent[key] = {str(k): None for k in sorted(value, key=str)}
        elif isinstance(value, bytes):
            parent[key] = value.decode("utf-8", "replace")
    return root[0]
