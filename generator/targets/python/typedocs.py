"""The documentation written from types: a field's and a method's docstrings and the sentence naming a type's
bounds (the client documents them; the server enforces them)."""

from __future__ import annotations

import json

from ... import ir
from . import names


def field_doc(field: ir.Field | ir.ParamKey) -> str:
    """A field's (or a TypedDict key's) docstring: its description, then its bounds and deprecation."""
    parts = [field.description.strip()] if field.description.strip() else []
    note = constraint_note(field.type)
    if note:
        parts.append(note)
    if field.deprecated:
        parts.append("Deprecated.")
    return "\n\n".join(parts)


def operation_doc(op: ir.Operation) -> str:
    """A method's docstring: summary, description, then one line per documented argument."""
    parts = []
    summary = op.summary.strip()
    description = op.description.strip()
    if summary:
        parts.append(summary if summary.endswith((".", "!", "?")) else summary + ".")
    if description and description != summary:
        parts.append(description)
    if not parts:
        parts.append(f"{op.method.upper()} {op.path}")
    if op.deprecated:
        parts.append("Deprecated.")
    args = []
    for argument in names.arguments(op):
        p = argument.of
        text = " ".join(p.description.split())
        note = constraint_note(p.type)
        if note:
            text = f"{text} {note}".strip()
        if text:
            args.append(f"    {argument.name}: {text}")
    if op.body is not None and not op.body.flattened and op.body.description.strip():
        args.append(
            f"    {names.body_argument(op)}: {' '.join(op.body.description.split())}"
        )
    if args:
        parts.append("Args:\n" + "\n".join(args))
    return "\n\n".join(parts)


def constraint_note(t: ir.TypeRef) -> str:
    """A sentence naming a type's bounds (the client documents them; the server enforces them)."""
    if isinstance(t, ir.NullableType):
        return constraint_note(t.inner)
    bits: list[str] = []
    if isinstance(t, ir.PrimitiveType):
        c = t.constraints
        low = (
            f"{_num(c.ge)} <="
            if c.ge is not None
            else (f"{_num(c.gt)} <" if c.gt is not None else "")
        )
        high = (
            f"<= {_num(c.le)}"
            if c.le is not None
            else (f"< {_num(c.lt)}" if c.lt is not None else "")
        )
        if low or high:
            bits.append(" ".join(x for x in (low, "value", high) if x))
        if c.multiple_of is not None:
            bits.append(f"a multiple of {_num(c.multiple_of)}")
        if c.min_length is not None or c.max_length is not None:
            if c.min_length is not None and c.max_length is not None:
                bits.append(f"{c.min_length} to {c.max_length} characters")
            elif c.min_length is not None:
                bits.append(f"at least {c.min_length} characters")
            else:
                bits.append(f"at most {c.max_length} characters")
        if c.pattern:
            bits.append(f"matching ``{c.pattern}``")
        if t.format and t.kind == "string":
            bits.append(f"format {t.format}")
    elif isinstance(t, ir.LiteralType) and float_values(t):
        bits.append("one of " + ", ".join(json.dumps(v) for v in t.values))
    elif isinstance(t, ir.ListType):
        if t.min_items is not None and t.max_items is not None:
            bits.append(f"{t.min_items} to {t.max_items} items")
        elif t.min_items is not None:
            bits.append(f"at least {t.min_items} items")
        elif t.max_items is not None:
            bits.append(f"at most {t.max_items} items")
    return ("Constraints: " + ", ".join(bits) + ".") if bits else ""


def _num(value: float) -> str:
    return (
        str(int(value))
        if float(value).is_integer() and abs(value) < 1e15
        else repr(value)
    )


def float_values(t: ir.LiteralType) -> list[float]:
    """The literal's float values: Python has no float literal types (mypy rejects ``Literal[1.5]``)."""
    return [v for v in t.values if isinstance(v, float)]
