"""Bring ``$ref``s into other files beside the spec into the spec itself.

A referenced schema becomes a component of the main document (named after the last token of its pointer),
so it keeps a name and may be recursive; any other referenced object (a parameter, a response, a path item)
is copied in place. References never leave the spec's folder unless the caller allows it, and never reach the
network.
"""

from __future__ import annotations

import copy
from pathlib import Path
from typing import Any

from . import pointer as jp
from .errors import SpecError

# Keys whose value is a schema, and keys whose value is a list or a map of schemas.
# A media type or parameter holds its schema under "schema".
_SCHEMA_KEYS = jp.SUBSCHEMA_KEYS | {"schema"}
_SCHEMA_LISTS = jp.SUBSCHEMA_LISTS
_SCHEMA_MAPS = jp.SUBSCHEMA_MAPS


class Bundler:
    """Resolves the external references of one spec file."""

    def __init__(
        self, root: Path, document: dict[str, Any], *, allow_outside: bool, load: Any
    ) -> None:
        self.root = root.resolve()
        self.base_dir = self.root.parent
        self.document = document
        self.allow_outside = allow_outside
        self.load = load
        self.files: dict[Path, Any] = {self.root: document}
        # (file, fragment) -> component name already given to that external schema
        self.bundled: dict[tuple[Path, str], str] = {}
        self.external = self._has_external()
        schemas = (
            document.setdefault("components", {}).setdefault("schemas", {})
            if self.external
            else {}
        )
        self.taken = set(schemas) if isinstance(schemas, dict) else set()

    def _has_external(self) -> bool:
        stack: list[Any] = [self.document]
        while stack:
            node = stack.pop()
            if isinstance(node, dict):
                ref = node.get("$ref")
                if isinstance(ref, str) and not ref.startswith("#"):
                    return True
                stack.extend(node.values())
            elif isinstance(node, list):
                stack.extend(node)
        return False

    def run(self) -> None:
        """Rewrite every external reference of the main document in place."""
        if not self.external:
            return
        self._walk(self.document, self.root, "#", in_schema=False, local_is_main=True)

    # A walk over a subtree that came from ``origin``; ``local_is_main`` says whether ``#/...`` refs in it
    # point into the main document (true for the main file's own nodes).
    def _walk(
        self,
        node: Any,
        origin: Path,
        where: str,
        *,
        in_schema: bool,
        local_is_main: bool,
    ) -> None:
        stack: list[tuple[Any, str, bool]] = [(node, where, in_schema)]
        while stack:
            current, ptr, schema_ctx = stack.pop()
            if isinstance(current, dict):
                ref = current.get("$ref")
                if isinstance(ref, str) and (
                    not ref.startswith("#") or not local_is_main
                ):
                    replacement = self._resolve(ref, origin, ptr, schema_ctx)
                    if isinstance(replacement, str):
                        current["$ref"] = replacement
                    else:
                        # Already walked relative to its own file by _resolve.
                        current.pop("$ref")
                        for key, value in replacement.items():
                            current.setdefault(key, value)
                    continue
                for key, value in current.items():
                    child = jp.join(ptr, key)
                    if key in _SCHEMA_KEYS:
                        stack.append((value, child, True))
                    elif key in _SCHEMA_LISTS and isinstance(value, list):
                        stack.extend(
                            (item, jp.join(child, i), True)
                            for i, item in enumerate(value)
                        )
                    elif key in _SCHEMA_MAPS and isinstance(value, dict):
                        stack.extend(
                            (item, jp.join(child, k), True) for k, item in value.items()
                        )
                    elif (
                        key == "schemas"
                        and ptr.endswith("/components")
                        and isinstance(value, dict)
                    ):
                        stack.extend(
                            (item, jp.join(child, k), True) for k, item in value.items()
                        )
                    else:
                        stack.append((value, child, False))
            elif isinstance(current, list):
                stack.extend(
                    (item, jp.join(ptr, i), schema_ctx)
                    for i, item in enumerate(current)
                )

    def _file(self, target: Path, where: str) -> Any:
        if target not in self.files:
            if not self.allow_outside and not target.is_relative_to(self.base_dir):
                raise SpecError(
                    where,
                    f"$ref to {target} leaves the spec's folder; pass --allow-external-refs to allow it",
                )
            try:
                is_file = target.is_file()
            except (OSError, ValueError):
                is_file = False
            if not is_file:
                raise SpecError(where, f"$ref to a missing file: {target}")
            self.files[target] = self.load(target)
        return self.files[target]

    def _resolve(
        self, ref: str, origin: Path, where: str, schema_ctx: bool
    ) -> str | dict[str, Any]:
        file_part, _, fragment = ref.partition("#")
        if "://" in file_part:
            raise SpecError(
                where, f"$ref to a remote document is not supported (no network): {ref}"
            )
        if any(ord(ch) < 0x20 or ord(ch) == 0x7F for ch in file_part):
            raise SpecError(
                where, f"$ref to a file name with control characters: {ref!r}"
            )
        try:
            target = (origin.parent / file_part).resolve() if file_part else origin
        except (OSError, ValueError, RuntimeError) as exc:
            raise SpecError(
                where, f"$ref to an unusable file name {ref!r}: {exc}"
            ) from None
        document = self._file(target, where)
        fragment = fragment or ""
        if target == self.root:
            return f"#{fragment}"
        try:
            value = jp.resolve_raw(document, fragment)
        except (KeyError, ValueError):
            raise SpecError(where, f"$ref points to nothing: {ref}") from None
        if schema_ctx:
            key = (target, fragment)
            if key not in self.bundled:
                tokens = jp.split(fragment)
                stem = tokens[-1] if tokens else target.stem
                name = stem
                counter = 1
                while name in self.taken:
                    counter += 1
                    name = (
                        f"{target.stem}_{stem}"
                        if counter == 2
                        else f"{target.stem}_{stem}_{counter - 1}"
                    )
                self.taken.add(name)
                self.bundled[key] = name
                copied = copy.deepcopy(value)
                schemas = self.document["components"]["schemas"]
                schemas[name] = copied
                self._walk(
                    copied,
                    target,
                    jp.join("#/components/schemas", name),
                    in_schema=True,
                    local_is_main=False,
                )
            return jp.join("#/components/schemas", self.bundled[key])
        copied = copy.deepcopy(value)
        if not isinstance(copied, dict):
            raise SpecError(
                where, f"$ref points to a {type(copied).__name__}, not an object: {ref}"
            )
        self._walk(copied, target, where, in_schema=False, local_is_main=False)
        return dict(copied)
