"""The load stage: a spec file into an ``openapi_pydantic`` OpenAPI object.

The package's modules are its steps: ``reading`` (JSON, or YAML 1.2 through ``yaml12``), ``refs`` (the one
walk over references), ``bundle`` (other files' schemas), ``normalize`` and ``operation_repairs`` (mistakes
repaired with a warning), then this module's checks and the parse.

JSON or YAML; OpenAPI 3.0.x or 3.1.x (Swagger 2.0 is refused with a pointer to a converter); references into
other files beside the spec are bundled in (``bundle``); common mistakes are repaired with a warning
(``normalize``); every internal ``$ref`` must point somewhere. Anything else that stops the load is a
``SpecError`` carrying the JSON pointer (or the line and column of a syntax error).
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Union

import openapi_pydantic
from openapi_pydantic.v3 import v3_0, v3_1
from pydantic import ValidationError

from .. import pointer as jp
from .bundle import Bundler
from ..errors import Diagnostics, SpecError
from .normalize import Normalizer
from .reading import MAX_SPEC_BYTES, read_document
from .refs import spell, walk
from .units import Prepared
from ..incremental.loading import LoadMemo

__all__ = [
    "MAX_SPEC_BYTES",
    "OpenAPI",
    "Spec",
    "check_references",
    "load",
    "one_line",
    "read_document",
]

OpenAPI = Union[v3_0.OpenAPI, v3_1.OpenAPI]

_REPAIR_ROUNDS = 8


@dataclass(frozen=True)
class Spec:
    """A loaded spec: the typed document, the raw one it came from, and where it was read."""

    document: OpenAPI
    raw: dict[str, Any]
    version: str
    path: Path
    extra_files: tuple[Path, ...] = ()
    # The component names given to schemas of other files (``schemas.pet``), which yield a contested name.
    bundled: frozenset[str] = frozenset()


def load(
    path: Path,
    diagnostics: Diagnostics,
    *,
    allow_external_refs: bool = False,
    max_bytes: int = MAX_SPEC_BYTES,
    cache_dir: Path | None = None,
) -> Spec:
    """Load and validate ``path``; repairs and degradations go to ``diagnostics``. With ``cache_dir``, the
    parts of the document the last load found in no need of repair are not walked again (``units``).

    A ``SpecError`` quotes the spec (a pointer, a ``$ref``, a name); its text is made one printable line, so
    that a hostile spec can neither break the one-line error format nor send escape sequences to a terminal.
    """
    try:
        return _load(
            path,
            diagnostics,
            allow_external_refs=allow_external_refs,
            max_bytes=max_bytes,
            cache_dir=cache_dir,
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
    cache_dir: Path | None,
) -> Spec:
    raw = read_document(path, max_bytes=max_bytes, warn=diagnostics.warn)
    if not isinstance(raw, dict):
        raise SpecError("#", f"the spec must be an object, found {type(raw).__name__}")
    version = _version(raw)
    # One walk finds every reference: when none leaves the file (the usual case) there is nothing to bundle,
    # and the same references are checked after the repairs (which move or drop references, never make one).
    # With a cache, the units the last run found clean are not walked again (``units``).
    prepared = Prepared(
        raw, LoadMemo(cache_dir, path, version) if cache_dir is not None else None
    )
    found = prepared.references
    extra: tuple[Path, ...] = ()
    bundled: frozenset[str] = frozenset()
    local = all(ref.startswith("#") for ref in found)
    if local:
        prepared.repair(version, diagnostics)
    else:
        bundler = Bundler(
            path,
            raw,
            allow_outside=allow_external_refs,
            load=lambda p: read_document(p, max_bytes=max_bytes, warn=diagnostics.warn),
        )
        bundler.run()
        extra = tuple(sorted(p for p in bundler.files if p != bundler.root))
        bundled = frozenset(bundler.bundled.values())
        Normalizer(raw, version, diagnostics).run()
    _fill_required(raw, diagnostics)
    check_references(raw, found if local else None)
    document = _parse(raw, diagnostics)
    return Spec(
        document=document,
        raw=raw,
        version=version,
        path=path,
        extra_files=extra,
        bundled=bundled,
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


def check_references(raw: dict[str, Any], candidates: set[str] | None = None) -> None:
    """Every ``$ref`` must resolve, and no reference may lead only to other references in a loop. A
    ``$ref`` inside data (an example, a default, an extension: ``refs``) is not a reference.

    ``candidates``, when given, are references found in an earlier state of ``raw`` that holds all of its
    references (and maybe more): when every one of them passes, so do those of ``raw``, and ``raw`` is not
    walked; when one fails, ``raw`` is walked to tell whether it still holds it, and where.
    """
    if candidates is not None:
        try:
            _check(raw, {ref: "#" for ref in candidates})
            return
        except SpecError:
            pass
    # A pointer is spelled out only for the first use of each reference: spelling one for every node of a
    # big spec would cost more than the walk.
    refs: dict[str, str] = {}
    for node, trail, _ in walk(raw):
        ref = node.get("$ref")
        if isinstance(ref, str) and ref not in refs:
            refs[ref] = jp.join(spell(trail), "$ref")
    _check(raw, refs)


def _check(raw: dict[str, Any], refs: dict[str, str]) -> None:
    """Resolve each reference of ``refs`` (by where it is first used), following chains of references."""
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
