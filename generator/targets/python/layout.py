"""Black's layout for the long statements the templates emit most, computed directly.

Big specs make long names, and every line over 88 characters would otherwise send its statement through black
(the slowest stage by far). The shapes below are the common ones — a model field, a method parameter — and for
each the layout black chooses is reproduced here; ``tests/unit/test_layout.py`` compares this module with black
on generated inputs. A shape this module does not know returns ``None`` and is left to black.
"""

from __future__ import annotations

import re

from ... import literals

LIMIT = 88
_ATOM = re.compile(r'^(None|True|False|-?[0-9][0-9_.eE+-]*|"[^"\\]*"|\'[^\'\\]*\')$')
_ATTRIBUTE = re.compile(r"^[A-Za-z_][A-Za-z0-9_]*(\.[A-Za-z_][A-Za-z0-9_]*)+$")
_NAME = re.compile(r"^[A-Za-z_][A-Za-z0-9_.]*$")


def split_top_level(text: str, separator: str) -> list[str]:
    """``text`` cut at each ``separator`` outside brackets and string literals (escapes respected); the
    pieces stripped, empty ones dropped."""
    parts: list[str] = []
    depth = 0
    current: list[str] = []
    quote = ""
    escaped = False
    for ch in text:
        if quote:
            current.append(ch)
            if escaped:
                escaped = False
            elif ch == "\\":
                escaped = True
            elif ch == quote:
                quote = ""
        elif ch in "\"'":
            quote = ch
            current.append(ch)
        elif ch in "[({":
            depth += 1
            current.append(ch)
        elif ch in "])}":
            depth -= 1
            current.append(ch)
        elif ch == separator and depth == 0:
            parts.append("".join(current).strip())
            current = []
        else:
            current.append(ch)
    parts.append("".join(current).strip())
    return [part for part in parts if part]


def split_union(annotation: str) -> list[str]:
    """The top-level ``|`` members of an annotation."""
    return split_top_level(annotation, "|")


def _fits(line: str) -> bool:
    return len(line) <= LIMIT


def annotated(
    indent: int, name: str, annotation: str, value: str | None, comma: bool = False
) -> str | None:
    """``name: annotation[ = value][,]`` at ``indent`` spaces, laid out as black does; ``None`` when the
    shape is not one this module knows (black decides then)."""
    pad = " " * indent
    inner = " " * (indent + 4)
    tail = "," if comma else ""
    rhs = f" = {value}" if value is not None else ""
    line = f"{pad}{name}: {annotation}{rhs}{tail}"
    if _fits(line):
        return line
    members = split_union(annotation)
    if value is not None and not (
        _ATOM.match(value) or _NAME.match(value) or value.startswith("Field(")
    ):
        return None
    # Only an assignment statement gets black's optional parentheses around its value; a parameter's
    # default does not (``comma`` marks a parameter).
    if value is not None and not comma:
        if value.startswith("Field("):
            head = f"{pad}{name}: {annotation} = Field("
            if _fits(head):
                return _call_arguments(head, value[len("Field(") : -1], pad, tail)
        head = f"{pad}{name}: {annotation} = ("
        if _fits(head):
            if _fits(inner + value) and _fits(f"{pad}){tail}"):
                return f"{head}\n{inner}{value}\n{pad}){tail}"
            return None
    if _NAME.match(annotation) and comma:
        # A parameter's lone name cannot be split: black leaves it long.
        return line
    if len(members) > 1 or (_NAME.match(annotation) and value is not None):
        closing = f"{pad}){rhs}{tail}"
        if not _fits(closing) or not _fits(f"{pad}{name}: ("):
            return None
        if _fits(inner + annotation):
            return f"{pad}{name}: (\n{inner}{annotation}\n{closing}"
        body_lines = _delimited(members, "| ", "", indent + 4)
        if body_lines is None:
            return None
        body = "\n".join(body_lines)
        return f"{pad}{name}: (\n{body}\n{closing}"
    if value is None:
        match = _SUBSCRIPT.match(annotation)
        if match:
            # Black omits its optional parentheses when the subscript's inside can be split or fits.
            contents = match.group(2)
            if not _fits(inner + contents) and not _splittable(contents):
                return None
            split = _bracketed(f"{name}: ", annotation, tail, indent)
            return None if split is None else "\n".join(split)
        if (
            _NAME.match(annotation)
            and _fits(inner + annotation)
            and _fits(f"{pad}{name}: (")
        ):
            return f"{pad}{name}: (\n{inner}{annotation}\n{pad}){tail}"
        return None
    return None


_SUBSCRIPT = re.compile(r"^([A-Za-z_][A-Za-z0-9_.]*)\[(.*)\]$")


def _splittable(contents: str) -> bool:
    """Whether black can split the inside of a bracket: it has a top-level comma or ``|``."""
    return len(split_top_level(contents, ",")) > 1 or len(split_union(contents)) > 1


def _bracketed(
    prefix: str, expression: str, suffix: str, indent: int
) -> list[str] | None:
    """The lines of ``prefix + expression + suffix`` at ``indent`` as black's right-hand split makes them:
    one line when it fits; a subscript cut at its last bracket pair, its inside laid out one level deeper; a
    name or a literal too long for the line left long (black cannot split it). ``None``: black decides.
    """
    pad = " " * indent
    line = f"{pad}{prefix}{expression}{suffix}"
    if _fits(line):
        return [line]
    if _NAME.match(expression) or _ATOM.match(expression):
        return [line]
    match = _SUBSCRIPT.match(expression)
    if match is None or "[" in match.group(1):
        return None
    head = f"{pad}{prefix}{match.group(1)}["
    closing = f"{pad}]{suffix}"
    if not _fits(head) or not _fits(closing):
        return None
    contents = _inside(match.group(2), indent + 4)
    return None if contents is None else [head, *contents, closing]


def _inside(contents: str, indent: int) -> list[str] | None:
    """The inside of a bracket pair at ``indent``: one line when it fits, else one item per line (a comma
    after each, as black adds one) or one union member per line."""
    pad = " " * indent
    if _fits(pad + contents):
        return [pad + contents]
    items = split_top_level(contents, ",")
    if len(items) > 1:
        return _delimited(items, "", ",", indent, each=True)
    members = split_union(contents)
    if len(members) > 1:
        return _delimited(members, "| ", "", indent)
    return _bracketed("", contents, "", indent)


def _delimited(
    parts: list[str], separator: str, suffix: str, indent: int, *, each: bool = False
) -> list[str] | None:
    """``parts`` one per line at ``indent``, each after the first prefixed by ``separator``; ``suffix`` ends
    every line (``each``) or the last one."""
    found: list[str] = []
    for i, part in enumerate(parts):
        prefix = separator if i else ""
        end = suffix if each or i == len(parts) - 1 else ""
        lines = _member(prefix, part, end, indent)
        if lines is None:
            return None
        found.extend(lines)
    return found


def _member(prefix: str, part: str, suffix: str, indent: int) -> list[str] | None:
    """One item or union member on its own line(s): a union inside a comma-separated item is split at its
    ``|`` when it does not fit."""
    pad = " " * indent
    if _fits(f"{pad}{prefix}{part}{suffix}"):
        return [f"{pad}{prefix}{part}{suffix}"]
    members = split_union(part)
    if len(members) > 1:
        return _delimited(members, "| ", suffix, indent) if not prefix else None
    return _bracketed(prefix, part, suffix, indent)


def call_assignment(indent: int, target: str, function: str, argument: str) -> str:
    """``target = function(argument)`` at ``indent`` spaces in black's layout (one argument, no commas)."""
    pad = " " * indent
    line = f"{pad}{target} = {function}({argument})"
    if _fits(line):
        return line
    head = f"{pad}{target} = {function}("
    if _fits(head) and _fits(f"{pad}    {argument}"):
        return f"{head}\n{pad}    {argument}\n{pad})"
    if (
        _fits(f"{pad}{target} = (")
        and _fits(f"{pad}    {function}(")
        and _fits(f"{pad}        {argument}")
    ):
        return f"{pad}{target} = (\n{pad}    {function}(\n{pad}        {argument}\n{pad}    )\n{pad})"
    return f"{head}\n{pad}    {argument}\n{pad})"


def _call_arguments(head: str, arguments: str, pad: str, tail: str) -> str | None:
    """The arguments of a call split off its head: on one line when they fit, else one per line."""
    inner = pad + "    "
    items = _split_arguments(arguments)
    if not items:
        return None
    if _fits(inner + arguments) and not arguments.rstrip().endswith(","):
        return f"{head}\n{inner}{arguments}\n{pad}){tail}"
    if all(_fits(f"{inner}{item},") for item in items):
        body = "".join(f"{inner}{item},\n" for item in items)
        return f"{head}\n{body}{pad}){tail}"
    return None


def _split_arguments(arguments: str) -> list[str]:
    return split_top_level(arguments, ",")


def from_import(module: str, names: str | list[str], indent: int = 0) -> str:
    """``from module import names`` in black's layout: one line when it fits, else one name per line."""
    listed = [names] if isinstance(names, str) else list(names)
    pad = " " * indent
    line = f"{pad}from {module} import {', '.join(listed)}"
    if len(line) <= LIMIT:
        return line
    inner = "".join(f"{pad}    {name},\n" for name in listed)
    return f"{pad}from {module} import (\n{inner}{pad})"


def class_line(name: str, base: str) -> str:
    """``class Name(Base):`` in black's layout (the base on its own line when the header is too long)."""
    line = f"class {name}({base}):"
    return line if len(line) <= LIMIT else f"class {name}(\n    {base}\n):"


def all_line(names: list[str]) -> str:
    """``__all__ = [...]`` in black's layout."""
    items = ", ".join(literals.string(n) for n in names)
    line = f"__all__ = [{items}]"
    if len(line) <= LIMIT:
        return line
    if len(names) == 1 or 4 + len(items) <= LIMIT:
        return f"__all__ = [\n    {items}\n]"
    return (
        "__all__ = [\n" + "".join(f"    {literals.string(n)},\n" for n in names) + "]"
    )


def tidy_blank_lines(text: str) -> str:
    """Blank lines as black puts them, so that templates can stay readable Jinja: at most two between
    top-level statements and one inside a block, none at the start of a block or at the end of the file, and
    exactly two around top-level classes and functions; and the closing quotes of a docstring whose last
    line is too long on a line of their own."""
    out: list[str] = []
    blank = 0
    in_string = False
    after_definition = False
    opening_indent = ""
    for line in text.split("\n"):
        if in_string:
            if line.count('"""') % 2 == 1:
                in_string = False
                if len(line) > LIMIT and line.endswith('"""') and line.strip() != '"""':
                    # Black moves the closing quotes of a long last docstring line to a line of their own.
                    out.append(line[:-3].rstrip())
                    line = opening_indent + '"""'
            out.append(line)
            continue
        if not line.strip():
            blank += 1
            continue
        top_level = not line.startswith((" ", ")", "]", "}"))
        if out:
            previous = out[-1]
            opens_block = previous.rstrip().endswith(
                ":"
            ) and not previous.lstrip().startswith("#")
            allowed = 0 if opens_block else (1 if line.startswith(" ") else 2)
            count = min(blank, allowed)
            if top_level and not opens_block and not previous.startswith(("@", "#")):
                definition = line.startswith(("class ", "def ", "async def ", "@"))
                if definition or after_definition:
                    count = 2
            out.extend([""] * count)
        blank = 0
        out.append(line)
        if top_level:
            if line.startswith(("class ", "def ", "async def ", "@")):
                after_definition = True
            elif not line.startswith("#"):
                after_definition = False
        if line.count('"""') % 2 == 1:
            in_string = True
            opening_indent = line[: len(line) - len(line.lstrip())]
    return "\n".join(out) + "\n"
