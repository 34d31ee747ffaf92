"""Digests of IR values: equal digests mean equal values.

The IR is frozen dataclasses of tuples, strings, numbers and JSON-like dicts, with no sets and no custom
``__repr__``: its ``repr`` spells every value out (floats exactly, dicts in their insertion order, which lowering
makes deterministic), so the digest of the ``repr`` identifies the value. It is faster than pickling here, and
unlike pickle's bytes it does not depend on which equal objects happen to be shared.
"""

from __future__ import annotations

import hashlib
from functools import lru_cache
from pathlib import Path

_GENERATOR = Path(__file__).resolve().parents[1]


def digest(value: object) -> str:
    """A short hex digest that identifies ``value`` (an IR object, or tuples and strings of them)."""
    return hashlib.sha256(repr(value).encode("utf-8", "surrogatepass")).hexdigest()[:32]


def digest_text(text: str) -> str:
    """The SHA-256 of a file's text as written (the digest the writer's manifest keeps)."""
    return hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()


@lru_cache(maxsize=1)
def generator_code() -> str:
    """The SHA-256 of the generator's own code (its Python files and the runtime's TypeScript), by relative
    path. It is asked for several times a run (the skip check, each cache's key) and cannot change while the
    process runs, so it is read once."""
    digest = hashlib.sha256()
    for path in sorted([*_GENERATOR.rglob("*.py"), *_GENERATOR.rglob("*.ts")]):
        digest.update(path.relative_to(_GENERATOR).as_posix().encode())
        try:
            digest.update(path.read_bytes())
        except OSError:
            digest.update(b"<missing>")
    return digest.hexdigest()
