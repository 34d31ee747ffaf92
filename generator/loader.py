"""Load a spec file into an ``openapi_pydantic`` OpenAPI object.

JSON or YAML; OpenAPI 3.0.x or 3.1.x (Swagger 2.0 is refused with a pointer to a converter); references into
other files beside the spec are bundled in (``bundle``); common mistakes are repaired with a warning
(``normalize``); every internal ``$ref`` must point somewhere. Anything else that stops the load is a
``SpecError`` carrying the JSON pointer (or the line and column of a syntax error).
"""

from __future__ import annotations

import datetime
import json
import math
import re
import unicodedata
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Union

import openapi_pydantic
import yaml
from openapi_pydantic.v3 import v3_0, v3_1
from pydantic import ValidationError

from . import pointer as jp
from .bundle import Bundler
from .errors import Diagnostics, SpecError
from .normalize import Normalizer

OpenAPI = Union[v3_0.OpenAPI, v3_1.OpenAPI]

MAX_SPEC_BYTES = 64 * 1024 * 1024
_REPAIR_ROUNDS = 8


@dataclass(frozen=True)
class Spec:
    """A loaded spec: the typed document, the raw one it came from, and where it was read."""

    document: OpenAPI
    raw: dict[str, Any]
    version: str
    path: Path
    extra_files: tuple[Path, ...] = ()


def read_document(path: Path, *, max_bytes: int = MAX_SPEC_BYTES) -> Any:
    """Parse a JSON or YAML file; syntax errors carry the file, line and column.

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
            loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
            tree = yaml.load(text, Loader=loader)
            _check_expansion(path, tree)
            document = _plain(tree)
    except json.JSONDecodeError as exc:
        raise SpecError(
            "", f"{path}:{exc.lineno}:{exc.colno}: invalid JSON: {exc.msg}"
        ) from None
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        where = f"{path}:{mark.line + 1}:{mark.column + 1}" if mark else str(path)
        raise SpecError(
            "", f"{where}: invalid YAML: {exc.problem or exc.context}"
        ) from None
    except yaml.YAMLError as exc:
        raise SpecError("", f"{path}: invalid YAML: {exc}") from None
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
    """YAML gives dates, integer keys and other non-JSON values; make the tree JSON-like, iteratively."""
    root: list[Any] = [node]
    stack: list[tuple[Any, Any]] = [(root, 0)]
    while stack:
        parent, key = stack.pop()
        value = parent[key]
        if isinstance(value, dict):
            converted = {(_key(k)): v for k, v in value.items()}
            parent[key] = converted
            stack.extend((converted, k) for k in converted)
        elif isinstance(value, (list, tuple)):
            converted_list = list(value)
            parent[key] = converted_list
            stack.extend((converted_list, i) for i in range(len(converted_list)))
        elif isinstance(value, (datetime.date, datetime.datetime)):
            parent[key] = value.isoformat()
        elif isinstance(value, bytes):
            parent[key] = value.decode("utf-8", "replace")
    return root[0]


def _key(key: Any) -> str:
    if isinstance(key, bool):
        return "true" if key else "false"
    if isinstance(key, (datetime.date, datetime.datetime)):
        return key.isoformat()
    return str(key)


def load(
    path: Path,
    diagnostics: Diagnostics,
    *,
    allow_external_refs: bool = False,
    max_bytes: int = MAX_SPEC_BYTES,
) -> Spec:
    """Load and validate ``path``; repairs and degradations go to ``diagnostics``.

    A ``SpecError`` quotes the spec (a pointer, a ``$ref``, a name); its text is made one printable line, so
    that a hostile spec can neither break the one-line error format nor send escape sequences to a terminal.
    """
    try:
        return _load(
            path,
            diagnostics,
            allow_external_refs=allow_external_refs,
            max_bytes=max_bytes,
        )
    except SpecError as exc:
        raise SpecError(one_line(exc.pointer), one_line(exc.message)) from None


MAX_MESSAGE = 400


def one_line(text: str, limit: int = MAX_MESSAGE) -> str:
    """``text`` as one printable line: line breaks, control, format (bidi) and unassigned characters and lone
    surrogates escaped; over ``limit`` characters, the middle elided."""
    out = []
    for ch in text:
        if ch.isascii() and ch.isprintable():
            out.append(ch)
        elif unicodedata.category(ch) in ("Cc", "Cf", "Cs", "Co", "Cn", "Zl", "Zp"):
            out.append(ascii(ch)[1:-1])
        else:
            out.append(ch)
    line = "".join(out)
    if len(line) > limit:
        half = (limit - 5) // 2
        line = f"{line[:half]} ... {line[-half:]}"
    return line


def _load(
    path: Path,
    diagnostics: Diagnostics,
    *,
    allow_external_refs: bool,
    max_bytes: int,
) -> Spec:
    raw = read_document(path, max_bytes=max_bytes)
    if not isinstance(raw, dict):
        raise SpecError("#", f"the spec must be an object, found {type(raw).__name__}")
    version = _version(raw)
    bundler = Bundler(
        path,
        raw,
        allow_outside=allow_external_refs,
        load=lambda p: read_document(p, max_bytes=max_bytes),
    )
    bundler.run()
    Normalizer(raw, version, diagnostics).run()
    _fill_required(raw, diagnostics)
    check_references(raw)
    document = _parse(raw, diagnostics)
    extra = tuple(sorted(p for p in bundler.files if p != bundler.root))
    return Spec(
        document=document, raw=raw, version=version, path=path, extra_files=extra
    )


def _version(raw: dict[str, Any]) -> str:
    if "openapi" not in raw:
        if "swagger" in raw:
            raise SpecError(
                "#/swagger",
                f"Swagger {raw['swagger']} is not supported; convert the spec to OpenAPI 3 first "
                "(for example with swagger2openapi)",
            )
        raise SpecError("#", "not an OpenAPI document: no 'openapi' version field")
    version = str(raw["openapi"])
    if not (version.startswith("3.0") or version.startswith("3.1")):
        raise SpecError(
            "#/openapi",
            f"OpenAPI version {version!r} is not supported (3.0.x and 3.1.x are)",
        )
    raw["openapi"] = "3.1.0" if version.startswith("3.1") else "3.0.3"
    return version


def _fill_required(raw: dict[str, Any], diagnostics: Diagnostics) -> None:
    """The few top-level fields whose absence would stop parsing, filled with a warning."""
    info = raw.get("info")
    if not isinstance(info, dict):
        diagnostics.warn("#/info", "info is missing; using an empty title")
        info = raw["info"] = {}
    for key, value in (("title", "API"), ("version", "0")):
        if not isinstance(info.get(key), str):
            if key in info:
                info[key] = str(info[key])
            else:
                diagnostics.warn(jp.join("#/info", key), f"info.{key} is missing")
                info[key] = value
    if "paths" in raw and not isinstance(raw["paths"], dict):
        diagnostics.warn("#/paths", "paths is not an object; dropped")
        raw["paths"] = {}
    for key in [k for k in raw.get("paths") or {} if not k.startswith("/")]:
        # Extensions (x-...) are allowed beside the paths; anything else is not a path.
        if not key.startswith("x-"):
            diagnostics.warn(
                jp.join("#/paths", key), "a path must start with '/'; dropped"
            )
        del raw["paths"][key]
    if "paths" not in raw and raw["openapi"].startswith("3.0"):
        raw["paths"] = {}
    servers = raw.get("servers")
    if servers is not None and not (
        isinstance(servers, list)
        and all(isinstance(s, dict) and isinstance(s.get("url"), str) for s in servers)
    ):
        diagnostics.warn("#/servers", "servers is invalid; dropped")
        del raw["servers"]


def check_references(raw: dict[str, Any]) -> None:
    """Every ``$ref`` must resolve, and no reference may lead only to other references in a loop."""
    # Each node carries its trail (parent trail, key) and a pointer is spelled out only for the first use
    # of each reference: spelling one for every node of a big spec would cost more than the walk.
    stack: list[tuple[Any, Any]] = [(raw, None)]
    refs: dict[str, str] = {}
    while stack:
        node, trail = stack.pop()
        if isinstance(node, dict):
            ref = node.get("$ref")
            if isinstance(ref, str) and ref not in refs:
                refs[ref] = jp.join(_spell(trail), "$ref")
            for key, value in node.items():
                if isinstance(value, (dict, list)) and not (
                    key in ("example", "default", "enum", "const")
                    or (key == "examples" and isinstance(value, list))
                ):
                    stack.append((value, (trail, key)))
        elif isinstance(node, list):
            stack.extend(
                (item, (trail, i))
                for i, item in enumerate(node)
                if isinstance(item, (dict, list))
            )
    for ref in sorted(refs):
        where = refs[ref]
        if not ref.startswith("#"):
            raise SpecError(where, f"unresolved external $ref {ref!r}")
        seen = [ref]
        target = _target(raw, ref, where)
        while (
            isinstance(target, dict)
            and set(target) <= {"$ref", "description", "summary"}
            and isinstance(target.get("$ref"), str)
        ):
            nxt = target["$ref"]
            if nxt in seen:
                raise SpecError(
                    where,
                    f"$ref cycle with no schema in it: {' -> '.join(seen + [nxt])}",
                )
            seen.append(nxt)
            target = _target(raw, nxt, where)


def _spell(trail: Any) -> str:
    """The JSON pointer of a ``check_references`` trail."""
    keys: list[str | int] = []
    while trail is not None:
        trail, key = trail
        keys.append(key)
    return jp.join("#", *reversed(keys))


def _target(raw: dict[str, Any], ref: str, where: str) -> Any:
    try:
        return jp.resolve_raw(raw, ref)
    except (KeyError, ValueError):
        raise SpecError(where, f"$ref points to nothing: {ref}") from None


def _parse(raw: dict[str, Any], diagnostics: Diagnostics) -> OpenAPI:
    """Validate with openapi-pydantic; what it still refuses inside a schema or an optional part is dropped
    with a warning, a few rounds at most; anything else is an error."""
    for _ in range(_REPAIR_ROUNDS):
        try:
            return openapi_pydantic.parse_obj(raw)
        except ValidationError as exc:
            errors = exc.errors()
            targets: dict[tuple[str | int, ...], Any] = {}
            for error in errors:
                target = _repair_target(raw, _raw_path(raw, error["loc"]))
                if target is not None:
                    targets.setdefault(target, error)
            if not targets:
                path = _raw_path(raw, errors[0]["loc"])
                raise SpecError(jp.join("#", *path), _message(errors[0])) from None
            # Deepest and last first, so that dropping a list item does not shift another target.
            for target in sorted(targets, key=_sort_key, reverse=True):
                parent = (
                    jp.resolve_raw(raw, jp.join("#", *target[:-1]))
                    if len(target) > 1
                    else raw
                )
                diagnostics.warn(
                    jp.join("#", *target), f"{_message(targets[target])}; dropped"
                )
                del parent[target[-1]]  # type: ignore[arg-type]
        except RecursionError:
            raise SpecError("#", "the spec is nested too deeply") from None
    raise SpecError("#", "the spec could not be repaired into a valid OpenAPI document")


def _message(error: Any) -> str:
    message = str(error.get("msg", "invalid"))
    if error.get("type") == "missing":
        return f"required field {error['loc'][-1]!r} is missing"
    return message[:1].lower() + message[1:]


def _raw_path(raw: dict[str, Any], loc: tuple[Any, ...]) -> list[str | int]:
    """Map a pydantic error location onto the raw document, skipping the union branch labels."""
    path: list[str | int] = []
    node: Any = raw
    for token in loc[1:] if loc and str(loc[0]).startswith("3.") else loc:
        if isinstance(node, dict) and token in node:
            path.append(token)
            node = node[token]
        elif isinstance(node, dict) and str(token) in node:
            path.append(str(token))
            node = node[str(token)]
        elif isinstance(node, list) and isinstance(token, int) and token < len(node):
            path.append(token)
            node = node[token]
        elif isinstance(token, str) and (
            token[:1].isupper()
            or token in ("bool", "list", "dict", "str", "float", "int")
            or "[" in token
        ):
            continue
        else:
            path.append(token)
            break
    return path


_DROPPABLE_PARENTS = frozenset(
    {
        "parameters",
        "servers",
        "tags",
        "security",
        "securitySchemes",
        "callbacks",
        "links",
        "headers",
        "examples",
        "encoding",
    }
)


def _sort_key(path: tuple[str | int, ...]) -> tuple[tuple[int, str, int], ...]:
    return tuple((1, "", t) if isinstance(t, int) else (0, t, 0) for t in path)


def _repair_target(
    raw: dict[str, Any], path: list[str | int]
) -> tuple[str | int, ...] | None:
    """The smallest part around an error that can be dropped without losing an operation: a key of a schema,
    or an item of an optional collection (parameters, servers, tags, security, examples...).
    """
    for depth in range(len(path), 0, -1):
        parent_path, key = path[: depth - 1], path[depth - 1]
        try:
            parent = (
                jp.resolve_raw(raw, jp.join("#", *parent_path)) if parent_path else raw
            )
        except KeyError:
            continue
        container_key = parent_path[-1] if parent_path else None
        in_schema = any(
            p in ("schema", "schemas", "properties", "items", "allOf", "anyOf", "oneOf")
            for p in path[:depth]
        )
        droppable = container_key in _DROPPABLE_PARENTS or (
            in_schema and isinstance(key, str)
        )
        if droppable and (
            (isinstance(parent, dict) and key in parent)
            or (isinstance(parent, list) and isinstance(key, int) and key < len(parent))
        ):
            return tuple(path[:depth])
    return None
