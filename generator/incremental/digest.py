"""Digests of IR values: equal digests mean equal values.

The IR is frozen dataclasses of tuples, strings, numbers and JSON-like dicts, with no sets and no custom
``__repr__``: its ``repr`` spells every value out (floats exactly, dicts in their insertion order, which lowering
makes deterministic), so the digest of the ``repr`` identifies the value. It is faster than pickling here, and
unlike pickle's bytes it does not depend on which equal objects happen to be shared.
"""

from __future__ import annotations

import hashlib


def digest(value: object) -> str:
    """A short hex digest that identifies ``value`` (an IR object, or tuples and strings of them)."""
    return hashlib.sha256(repr(value).encode("utf-8", "surrogatepass")).hexdigest()[:32]


def digest_text(text: str) -> str:
    """The SHA-256 of a file's text as written (the digest the writer's manifest keeps)."""
    return hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()
