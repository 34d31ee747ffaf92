"""Every TypeScript identifier the TypeScript target emits comes from here.

Names are made from the spec's own words (wire names, operation ids, tags, JSON pointers), never from the Python
names lowering chose: camelCase for methods, parameters and resources, PascalCase for types, and property keys
written as they travel (quoted when they are not identifiers). The hazards are listed here: reserved words, the
names the generated modules import, leading digits, non-ASCII, and collisions (resolved in sorted order, so a name
never depends on the order of the document).
"""

from __future__ import annotations

import hashlib
import json
import re
from collections.abc import Callable, Iterable

from ... import naming

# ECMAScript reserved words, strict-mode and TypeScript's contextual type names that cannot name a type.
RESERVED = frozenset(
    "break case catch class const continue debugger default delete do else enum export extends false finally "
    "for function if import in instanceof new null return super switch this throw true try typeof var void "
    "while with implements interface let package private protected public static yield await arguments eval "
    "any boolean never number object string symbol undefined unknown bigint type of as async declare "
    "constructor get set module namespace require readonly keyof infer is asserts".split()
)

# Type names the generated modules use themselves (the runtime's exports and TypeScript's globals).
RESERVED_TYPES = frozenset(
    "Array Record Partial Promise Date Error Map Set Blob File Response Request Headers Uint8Array ArrayBuffer "
    "Object String Number Boolean Symbol Function RegExp JSON Math URL FormData AbortSignal ReadableStream "
    "UnknownTag Uploadable APIPromise PagePromise CursorPage RequestOptions ClientOptions Core "
    "Readonly Required Pick Omit Exclude Extract NonNullable ReturnType".split()
)

# Members every resource class has (its runtime fields), which a method must not replace.
RESERVED_MEMBERS = frozenset(
    "constructor client _client wait upload unwrap verifySignature sign withOptions toString".split()
)

_IDENTIFIER = re.compile(r"^[A-Za-z_$][A-Za-z0-9_$]*$")
MAX_IDENTIFIER = 80


def _digest(text: str) -> str:
    return hashlib.sha1(text.encode("utf-8", "surrogatepass")).hexdigest()[:8]


def words(text: str) -> list[str]:
    """The words of any spec string (``render_id``, ``gaze-redirect``, ``ApiKeyCreated``, ``v1 Jobs``)."""
    return naming.words(text)


def _shorten(name: str, original: str) -> str:
    if len(name) <= MAX_IDENTIFIER:
        return name
    return f"{name[: MAX_IDENTIFIER - 9]}_{_digest(original)}"


def camel(parts: Iterable[str]) -> str:
    """``camelCase`` of words; ``""`` when there are none."""
    found = [w for w in parts if w]
    if not found:
        return ""
    first, rest = found[0], found[1:]
    head = first.lower() if not first.isupper() or len(first) > 1 else first.lower()
    return head + "".join(w[:1].upper() + w[1:].lower() for w in rest)


def pascal(parts: Iterable[str]) -> str:
    """``PascalCase`` of words (acronyms keep one capital: ``HttpServer``)."""
    return "".join(w[:1].upper() + w[1:].lower() for w in parts if w)


def _safe(name: str, original: str, prefix: str) -> str:
    if not name:
        name = f"{prefix}{_digest(original)}"
    if name[0].isdigit():
        name = f"{prefix}{name}"
    return _shorten(name, original)


def value_name(
    text: str, reserved: frozenset[str] = frozenset(), *, member: bool = False
) -> str:
    """A camelCase identifier for a parameter, method or resource named ``text``. A ``member`` (a method or
    property, always written after a dot) may be a reserved word (``webhooks.delete()``); a variable may not.
    """
    name = _safe(camel(words(text)), text, "_")
    if (name in RESERVED and not member) or name in reserved:
        name += "_"
    return name


def type_name(parts: Iterable[str], original: str) -> str:
    """A PascalCase type name made of ``parts`` (words of spec strings)."""
    name = _safe(pascal(parts), original, "T")
    if name.lower() in RESERVED or name in RESERVED_TYPES:
        name += "Type"
    return name


def is_identifier(text: str) -> bool:
    """Whether ``text`` can be written bare as a property key (``width``, not ``Idempotency-Key``)."""
    return bool(_IDENTIFIER.match(text))


def property_key(wire: str) -> str:
    """A property as written in an interface or an object literal: bare when it is an identifier, else a
    JSON-escaped string literal (which is a valid TypeScript string literal and cannot end early).
    """
    return wire if is_identifier(wire) else string(wire)


def string(text: str) -> str:
    """A TypeScript string literal of ``text``: JSON escaping, plus the line and paragraph separators and
    ``</`` (harmless in a module, but kept out of any HTML a bundle lands in)."""
    return (
        json.dumps(text, ensure_ascii=False)
        .replace("\u2028", "\\u2028")
        .replace("\u2029", "\\u2029")
        .replace("</", "<\\/")
    )


def resolve(
    candidates: dict[str, str],
    taken: Iterable[str] = (),
    rank: Callable[[str], int] = lambda key: 0,
) -> dict[str, str]:
    """Unique names for ``{key: wanted name}``: in order of ``rank``, then of the keys, a name already taken
    gets the next free numeric suffix (``Job``, ``Job2``), so the result depends only on the keys and names,
    not their order.
    """
    used = set(taken)
    result: dict[str, str] = {}
    for key in sorted(candidates, key=lambda k: (rank(k), k)):
        wanted = candidates[key]
        name = wanted
        counter = 2
        while name in used:
            name = f"{wanted}{counter}"
            counter += 1
        used.add(name)
        result[key] = name
    return result


def doc(text: str, indent: str = "") -> str:
    """A TSDoc comment of ``text`` (empty when there is none). ``*/`` inside the text is broken (``*\\/``)
    so that spec text can never end the comment, and every line starts with `` * ``."""
    text = text.strip()
    if not text:
        return ""
    safe = text.replace("*/", "*\\/").replace("\r\n", "\n").replace("\r", "\n")
    safe = safe.replace("\u2028", " ").replace("\u2029", " ")
    lines = safe.split("\n")
    body = "\n".join(
        f"{indent} *{' ' + line.rstrip() if line.strip() else ''}" for line in lines
    )
    return f"{indent}/**\n{body}\n{indent} */\n"


def fields_doc(description: str, deprecated: bool, extra: str = "") -> str:
    """The text of a doc comment: the description, then ``extra``, then ``@deprecated`` when it is."""
    text = description.strip()
    if extra:
        text = f"{text}\n\n{extra}" if text else extra
    if deprecated:
        text = f"{text}\n\n@deprecated" if text else "@deprecated"
    return text
