"""The operations of ``paths``: each found with its path item (``$ref``s followed), its pointer and the
resource it belongs to (its first tag, else the first path segment after a version)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from openapi_pydantic.v3 import v3_0, v3_1

from .. import pointer as jp
from .context import Context, ref_of

__all__ = [
    "METHODS",
    "RawOperation",
    "collect",
    "resolve_path_item",
    "resource_key",
    "server_url",
]

METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")
_VERSION = re.compile(r"^v\d+(\.\d+)*$|^api$", re.IGNORECASE)


@dataclass(frozen=True)
class RawOperation:
    """An operation found in ``paths`` with what lowering needs to place and name it."""

    path: str
    method: str
    operation: Any
    path_item: Any
    pointer: str
    resource_key: str


def server_url(server: object) -> str:
    """A server's URL with its variables at their defaults."""
    url = str(getattr(server, "url", ""))
    for name, variable in (getattr(server, "variables", None) or {}).items():
        url = url.replace("{" + name + "}", str(getattr(variable, "default", "")))
    return url


def resource_key(path: str, operation: Any) -> str:
    """The resource an operation belongs to: its first tag, else the first path segment after a version."""
    if operation.tags:
        return str(operation.tags[0])
    segments = [s for s in path.split("/") if s and not s.startswith("{")]
    while segments and _VERSION.match(segments[0]) and len(segments) > 1:
        segments = segments[1:]
    return segments[0] if segments else "default"


def collect(ctx: Context) -> list[RawOperation]:
    """Every operation of ``paths`` (document order; callers sort what they emit)."""
    found: list[RawOperation] = []
    for path, item in (ctx.doc.paths or {}).items():
        where = jp.join("#/paths", path)
        item = resolve_path_item(ctx, item, where)
        if item is None:
            continue
        for method in METHODS:
            operation = getattr(item, method, None)
            if operation is not None:
                found.append(
                    RawOperation(
                        path,
                        method,
                        operation,
                        item,
                        jp.join(where, method),
                        resource_key(path, operation),
                    )
                )
    return found


def resolve_path_item(ctx: Context, item: Any, where: str) -> Any:
    """A path item, following its ``$ref`` (to ``components/pathItems`` or elsewhere in the document); its
    own fields, when it has any beside the reference, win over the target's."""
    seen: set[str] = set()
    while True:
        ref = getattr(item, "ref", None) or ref_of(item)
        if not isinstance(ref, str):
            return item
        if ref in seen or not ref.startswith("#"):
            ctx.warn(
                where,
                f"path item $ref {ref} cannot be resolved; its operations are skipped",
            )
            return None
        seen.add(ref)
        target = ctx.typed_at(ref)
        if isinstance(target, dict):
            module = v3_1 if ctx.v31 else v3_0
            target = module.PathItem.model_validate(target)
        own = {
            k: getattr(item, k)
            for k in item.model_fields_set
            if k != "ref" and getattr(item, k) is not None
        }
        item = target.model_copy(update=own) if own else target
