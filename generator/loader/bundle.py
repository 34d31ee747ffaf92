"""Bring ``$ref``s into other files beside the spec into the spec itself.

A referenced schema becomes a component of the main document, so it keeps a name and may be recursive; any
other referenced object (a parameter, a response, a path item) is copied in place.

A bundled schema is named from where it lives, its file's path (from the spec's folder, without the extension)
and its pointer in that file (less ``components/schemas``, ``definitions`` or ``$defs``), never from what else
is referenced or in what order: ``schemas/pet.json`` is ``schemas.pet`` (the model ``SchemasPet``),
``common.yaml#/components/schemas/Error`` is ``common.Error`` (``CommonError``); the parts are joined by ``.``
and any character a component name may not hold (OpenAPI: ``[a-zA-Z0-9._-]``) becomes ``_``, so the bundled
document stays valid. So adding a reference to another file's ``Pet`` renames no model. Only a name the main document's own components already hold, or one two
files spell alike (``pet.json`` and ``pet.yaml``), gets a suffix: a digest of the file and pointer. References never leave the spec's folder unless the caller allows it, and never reach the
network.
"""

from __future__ import annotations

import copy
import hashlib
import os
import re
from pathlib import Path
from typing import Any

from .. import pointer as jp
from . import refs
from ..errors import SpecError

# What an OpenAPI component name may not hold (its keys match ``^[a-zA-Z0-9._-]+$``).
_NOT_IN_NAMES = re.compile(r"[^A-Za-z0-9_-]")


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
        for node, _, _ in refs.walk(self.document):
            ref = node.get("$ref")
            if isinstance(ref, str) and not ref.startswith("#"):
                return True
        return False

    def run(self) -> None:
        """Rewrite every external reference of the main document in place."""
        if not self.external:
            return
        self._walk(self.document, self.root, "#", refs.ROOT, local_is_main=True)

    # A walk over a subtree of ``kind`` that came from ``origin``; ``local_is_main`` says whether ``#/...``
    # refs in it point into the main document (true for the main file's own nodes). Data (examples,
    # defaults, extensions) is not walked: a ``$ref`` in it is not a reference.
    def _walk(
        self,
        node: Any,
        origin: Path,
        where: str,
        kind: str,
        *,
        local_is_main: bool,
    ) -> None:
        stack: list[tuple[Any, str, str]] = [(node, where, kind)]
        while stack:
            current, ptr, current_kind = stack.pop()
            if isinstance(current, dict):
                ref = current.get("$ref")
                if isinstance(ref, str) and (
                    not ref.startswith("#") or not local_is_main
                ):
                    replacement = self._resolve(ref, origin, ptr, current_kind)
                    if isinstance(replacement, str):
                        current["$ref"] = replacement
                    else:
                        # Already walked relative to its own file by _resolve.
                        current.pop("$ref")
                        for key, value in replacement.items():
                            current.setdefault(key, value)
                    continue
                stack.extend(
                    (value, jp.join(ptr, key), child_kind)
                    for key, value, child_kind in refs.children(current, current_kind)
                )
            elif isinstance(current, list):
                stack.extend(
                    (item, jp.join(ptr, i), current_kind)
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

    def _name(self, target: Path, fragment: str) -> str:
        """The component name of the schema at ``fragment`` in ``target``: from its path and pointer alone
        (see the module docstring), with a digest of both when another schema holds that name.
        """
        path = Path(os.path.relpath(target, self.base_dir)).with_suffix("").as_posix()
        tokens = jp.split(fragment)
        for prefix in (["components", "schemas"], ["definitions"], ["$defs"]):
            if tokens[: len(prefix)] == prefix and len(tokens) > len(prefix):
                tokens = tokens[len(prefix) :]
                break
        parts = [p for p in path.split("/") if p not in ("", ".")] + tokens
        name = ".".join(_NOT_IN_NAMES.sub("_", p) for p in parts)
        if name in self.taken:
            digest = hashlib.sha256(
                f"{path}{target.suffix}#{fragment}".encode("utf-8", "surrogatepass")
            ).hexdigest()[:8]
            name = f"{name}_{digest}"
        return name

    def _resolve(
        self, ref: str, origin: Path, where: str, kind: str
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
        if kind == refs.SCHEMA:
            key = (target, fragment)
            if key not in self.bundled:
                name = self._name(target, fragment)
                self.taken.add(name)
                self.bundled[key] = name
                copied = copy.deepcopy(value)
                schemas = self.document["components"]["schemas"]
                schemas[name] = copied
                self._walk(
                    copied,
                    target,
                    jp.join("#/components/schemas", name),
                    refs.SCHEMA,
                    local_is_main=False,
                )
            return jp.join("#/components/schemas", self.bundled[key])
        copied = copy.deepcopy(value)
        if not isinstance(copied, dict):
            raise SpecError(
                where, f"$ref points to a {type(copied).__name__}, not an object: {ref}"
            )
        self._walk(copied, target, where, kind, local_is_main=False)
        return dict(copied)
