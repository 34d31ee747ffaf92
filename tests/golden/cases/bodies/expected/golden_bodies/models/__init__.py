"""The API's types: one module per model, enum or alias, imported on first use (``from
golden_bodies.models import PostFormBody``
loads only that module and what it refers to)."""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .post_form_body import PostFormBody as PostFormBody
    from .post_union_body_by_id import PostUnionBodyById as PostUnionBodyById
    from .post_union_body_by_name import PostUnionBodyByName as PostUnionBodyByName
    from .upload_file_body import UploadFileBody as UploadFileBody
    from .upload_file_response import UploadFileResponse as UploadFileResponse

_MODULES: dict[str, str] = {
    "PostFormBody": "post_form_body",
    "PostUnionBodyById": "post_union_body_by_id",
    "PostUnionBodyByName": "post_union_body_by_name",
    "UploadFileBody": "upload_file_body",
    "UploadFileResponse": "upload_file_response",
}

__all__ = [
    "PostFormBody",
    "PostUnionBodyById",
    "PostUnionBodyByName",
    "UploadFileBody",
    "UploadFileResponse",
]


def __getattr__(name: str) -> Any:
    module = _MODULES.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(f".{module}", __name__), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return list(__all__)
