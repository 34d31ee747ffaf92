"""Every Python name the generator emits comes from here.

One function per kind of name (classes, modules, fields, parameters, methods, enum members, resources), each
mapping any string from the spec to a valid identifier, and one collision resolver. The hazards are listed
explicitly (keywords, builtins that annotations use, pydantic's own attributes, leading digits, non-ASCII,
over-long names) rather than read from the running interpreter, so that the output does not depend on the
Python or pydantic version that generates it.
"""

from __future__ import annotations

import functools
import hashlib
import re
import unicodedata
from collections.abc import Callable, Iterable

# Python 3.11's keyword.kwlist, frozen here so that output never depends on the running interpreter.
KEYWORDS = frozenset(
    "False None True and as assert async await break class continue def del elif else except finally for "
    "from global if import in is lambda nonlocal not or pass raise return try while with yield".split()
)

# Attributes of pydantic.BaseModel (v2, including the deprecated v1 names it still defines). A field with
# one of these names would shadow the method and break both pydantic and mypy.
BASEMODEL_ATTRIBUTES = frozenset(
    "model_config model_fields model_computed_fields model_extra model_fields_set model_construct model_copy "
    "model_dump model_dump_json model_json_schema model_parametrized_name model_post_init model_rebuild "
    "model_validate model_validate_json model_validate_strings copy dict json parse_obj parse_raw parse_file "
    "from_orm construct schema schema_json validate update_forward_refs fields".split()
)

# Names the generated model modules use in annotations: a field of the same name would shadow them inside
# the class body.
ANNOTATION_NAMES = frozenset(
    "str int float bool bytes list dict tuple object datetime uuid".split()
)

# Class names taken by the generated package's own imports in model and resource modules.
RESERVED_CLASS_NAMES = frozenset(
    "Any Literal Annotated Union Field BaseModel Enum OpenStrEnum OpenIntEnum Tag Discriminator TypeAlias "
    "NotGiven Omit Sequence Mapping NOT_GIVEN Required TypedDict TYPE_CHECKING OtherTag UnknownTag "
    "UnknownVariant".split()
)

# Python's capitalised builtins (3.11, with those newer versions add): a class of that name would shadow the
# builtin in its module, and an annotation naming it where the class is not imported would silently mean the
# builtin (pydantic resolves such names against builtins).
BUILTIN_CLASS_NAMES = frozenset(
    "ArithmeticError AssertionError AttributeError BaseException BaseExceptionGroup BlockingIOError "
    "BrokenPipeError BufferError BytesWarning ChildProcessError ConnectionAbortedError ConnectionError "
    "ConnectionRefusedError ConnectionResetError DeprecationWarning EOFError Ellipsis EncodingWarning "
    "EnvironmentError Exception ExceptionGroup FileExistsError FileNotFoundError FloatingPointError "
    "FutureWarning GeneratorExit IOError ImportError ImportWarning IndentationError IndexError "
    "InterruptedError IsADirectoryError KeyError KeyboardInterrupt LookupError MemoryError "
    "ModuleNotFoundError NameError NotADirectoryError NotImplemented NotImplementedError OSError "
    "OverflowError PendingDeprecationWarning PermissionError ProcessLookupError PythonFinalizationError "
    "RecursionError ReferenceError ResourceWarning RuntimeError RuntimeWarning StopAsyncIteration "
    "StopIteration SyntaxError SyntaxWarning SystemError SystemExit TabError TimeoutError TypeError "
    "UnboundLocalError UnicodeDecodeError UnicodeEncodeError UnicodeError UnicodeTranslateError "
    "UnicodeWarning UserWarning ValueError Warning ZeroDivisionError".split()
)

# Module names that would clash with the package's own files.
RESERVED_MODULES = frozenset({"__init__", "__main__"})

# Device names that Windows reserves whatever the extension (``con.py`` cannot be created there, ``nul.py``
# writes nowhere): a module (file) name never is one of them.
WINDOWS_DEVICES = frozenset(
    ["con", "prn", "aux", "nul", "conin$", "conout$"]
    + [f"{stem}{n}" for stem in ("com", "lpt") for n in "0123456789\u00b9\u00b2\u00b3"]
)

MAX_IDENTIFIER = 80

_WORD = re.compile(
    r"[A-Z]+[0-9]*(?=[A-Z][a-z])|[A-Z]?[a-z]+[0-9]*|[A-Z]+[0-9]*|[0-9]+[a-z]*"
)
_SYMBOLS = {
    "+": "plus",
    "-": "minus",
    "*": "star",
    "/": "slash",
    "<": "lt",
    ">": "gt",
    "=": "eq",
    "!": "not",
    ".": "dot",
    "@": "at",
    "#": "hash",
    "%": "percent",
    "&": "and",
    "|": "or",
    "~": "tilde",
    "^": "caret",
    "$": "dollar",
    "?": "question",
    ":": "colon",
    ",": "comma",
    "_": "underscore",
    " ": "space",
}


_SPELLED = str.maketrans(
    {
        "ß": "ss",
        "æ": "ae",
        "Æ": "AE",
        "ø": "o",
        "Ø": "O",
        "œ": "oe",
        "Œ": "OE",
        "đ": "d",
        "Đ": "D",
        "ł": "l",
        "Ł": "L",
        "þ": "th",
        "Þ": "Th",
    }
)


def _ascii(text: str) -> str:
    """Fold accents away and drop what has no ASCII form."""
    folded = unicodedata.normalize("NFKD", text.translate(_SPELLED))
    return folded.encode("ascii", "ignore").decode("ascii")


def words(text: str) -> list[str]:
    """Split ``text`` into words at separators, case changes and digit runs (``HTTPServer2xx`` ->
    ``HTTP Server 2 xx``)."""
    return list(_words(text))


# The naming functions are pure and called with the same texts again and again (a big spec's lowering asks
# for tens of thousands of names, most of them more than once): they remember their answers.
@functools.lru_cache(maxsize=65536)
def _words(text: str) -> tuple[str, ...]:
    found = _WORD.findall(_ascii(text))
    if found:
        return tuple(found)
    # Only punctuation: name the symbols, so that "+" and "-" stay distinct.
    return tuple(_SYMBOLS[ch] for ch in text if ch in _SYMBOLS)


def _digest(text: str) -> str:
    return hashlib.sha1(text.encode("utf-8", "surrogatepass")).hexdigest()[:8]


def _fallback(text: str, prefix: str) -> str:
    return f"{prefix}{_digest(text)}"


def shorten(name: str, original: str) -> str:
    """Keep identifiers (and the file names made from them) to a sane length, stably."""
    if len(name) <= MAX_IDENTIFIER:
        return name
    return f"{name[: MAX_IDENTIFIER - 9].rstrip('_')}_{_digest(original)}"


@functools.lru_cache(maxsize=65536)
def snake(text: str) -> str:
    """``snake_case`` form of ``text`` (may start with a digit; see the checked variants below)."""
    return "_".join(w.lower() for w in _words(text))


@functools.lru_cache(maxsize=65536)
def pascal(text: str) -> str:
    """``PascalCase`` form of ``text``; words already in capitals keep them (``HTTPError``)."""
    return "".join(w[:1].upper() + w[1:] for w in _words(text))


@functools.lru_cache(maxsize=65536)
def upper_snake(text: str) -> str:
    """``UPPER_SNAKE`` form of ``text``."""
    return "_".join(w.upper() for w in _words(text))


@functools.lru_cache(maxsize=65536)
def class_name(text: str) -> str:
    """A model, enum or alias class name."""
    name = pascal(text) or _fallback(text, "Model")
    if name[0].isdigit():
        name = f"Model{name}"
    if name in RESERVED_CLASS_NAMES or name in KEYWORDS or name in BUILTIN_CLASS_NAMES:
        name = f"{name}Model"
    return shorten(name, text)


@functools.lru_cache(maxsize=65536)
def module_name(text: str) -> str:
    """A module (file) name for a class name: lower case, so case-only differences cannot collide on
    case-insensitive file systems."""
    name = snake(text) or _fallback(text, "m_")
    if name[0].isdigit():
        name = f"m_{name}"
    if name in KEYWORDS or name in RESERVED_MODULES or name in WINDOWS_DEVICES:
        name = f"{name}_"
    return shorten(name, text)


@functools.lru_cache(maxsize=65536)
def field_name(wire: str) -> str:
    """A model field name for the wire name ``wire`` (the wire name stays as the alias)."""
    name = snake(wire)
    if not name:
        return _fallback(wire, "field_")
    if name[0].isdigit():
        name = f"field_{name}"
    if name in KEYWORDS or name in BASEMODEL_ATTRIBUTES or name in ANNOTATION_NAMES:
        name = f"{name}_"
    return shorten(name, wire)


def _identifier(text: str, prefix: str, reserved: frozenset[str]) -> str:
    """A snake_case identifier for ``text``: ``prefix`` before a leading digit (or a hash when nothing is
    left), a trailing underscore after a keyword or a ``reserved`` name."""
    name = snake(text)
    if not name:
        return _fallback(text, prefix)
    if name[0].isdigit():
        name = f"{prefix}{name}"
    if name in KEYWORDS or name in reserved:
        name = f"{name}_"
    return shorten(name, text)


RESERVED_PARAMETERS = frozenset(
    {"self", "options", "extra_headers", "extra_query", "extra_body", "timeout"}
)


@functools.lru_cache(maxsize=65536)
def parameter_name(wire: str) -> str:
    """A method argument name."""
    return _identifier(wire, "param_", RESERVED_PARAMETERS)


# Attributes that resource classes define themselves.
RESERVED_METHODS = frozenset(
    {"with_raw_response", "wait", "upload", "unwrap", "verify_signature", "sign"}
)


@functools.lru_cache(maxsize=65536)
def method_name(text: str) -> str:
    """A resource method name."""
    return _identifier(text, "call_", RESERVED_METHODS)


# Attributes that client classes define themselves.
RESERVED_RESOURCES = frozenset(
    {
        "with_options",
        "close",
        "aclose",
        "api_key",
        "base_url",
        "timeout",
        "max_retries",
        "default_headers",
        "default_query",
        # the runtime's own methods and settings (generated/*/_base_client.py, _core.py)
        "request",
        "request_binary",
        "request_page",
        "poll",
        "poll_options",
        "put_file",
        "initial_retry_delay",
        "max_retry_delay",
        "max_retry_after",
    }
)


@functools.lru_cache(maxsize=65536)
def resource_name(text: str) -> str:
    """A client attribute naming a resource (from a tag or a path segment)."""
    return _identifier(text, "resource_", RESERVED_RESOURCES)


def enum_member_name(value: object) -> str:
    """An enum member name for ``value``; never starts with an underscore (reserved by ``enum``)."""
    text = str(value)
    if isinstance(value, bool):
        text = "true" if value else "false"
    elif isinstance(value, int):
        text = f"minus_{-value}" if value < 0 else str(value)
    name = upper_snake(text)
    if text == "":
        return "EMPTY"
    if not name:
        return _fallback(text, "VALUE_").upper()
    if name[0].isdigit():
        name = f"VALUE_{name}"
    if name in {"NAME", "VALUE", "MRO"}:
        name = f"{name}_"
    return shorten(name, text)


def resolve(
    items: Iterable[tuple[str, str]],
    *,
    taken: Iterable[str] = (),
    exact: Callable[[str, str], bool] = lambda key, candidate: key == candidate,
    fold: Callable[[str], str] = lambda name: name,
    joiner: str = "_",
    rank: Callable[[str], int] = lambda key: 0,
) -> dict[str, str]:
    """Give each ``(key, candidate)`` a unique name, the same way whatever else is in the spec.

    Names that collide (after ``fold``) form a group. In each group the member whose key *is* the candidate
    (``exact``) keeps it, else the member with the smallest ``rank`` and then key; the others get ``joiner``
    and 2, 3, ... in that order. Only the members of a group decide its outcome; ``taken`` names are never
    given out.
    """
    groups: dict[str, list[tuple[str, str]]] = {}
    for key, candidate in items:
        groups.setdefault(fold(candidate), []).append((key, candidate))
    used = {fold(name) for name in taken}
    result: dict[str, str] = {}
    for folded in sorted(groups):
        members = sorted(
            groups[folded], key=lambda kc: (not exact(kc[0], kc[1]), rank(kc[0]), kc[0])
        )
        counter = 1
        for key, candidate in members:
            name = candidate
            while fold(name) in used or (name != candidate and fold(name) in groups):
                counter += 1
                name = f"{candidate}{joiner}{counter}"
            used.add(fold(name))
            result[key] = name
    return result
