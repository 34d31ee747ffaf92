"""The API's types: one module per model, enum or alias, imported on first use (``from
golden_features.models import FilesCreateBody``
loads only that module and what it refers to)."""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .files_create_body import FilesCreateBody as FilesCreateBody
    from .files_create_response import FilesCreateResponse as FilesCreateResponse
    from .job import Job as Job
    from .job_state import JobState as JobState
    from .jobs_create_body import JobsCreateBody as JobsCreateBody
    from .jobs_list_response import JobsListResponse as JobsListResponse

_MODULES: dict[str, str] = {
    "FilesCreateBody": "files_create_body",
    "FilesCreateResponse": "files_create_response",
    "Job": "job",
    "JobState": "job_state",
    "JobsCreateBody": "jobs_create_body",
    "JobsListResponse": "jobs_list_response",
}

__all__ = [
    "FilesCreateBody",
    "FilesCreateResponse",
    "Job",
    "JobsCreateBody",
    "JobsListResponse",
    "JobState",
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
