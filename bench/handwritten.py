"""The baseline of the per-call benchmarks: what a developer writes by hand with httpx and pydantic for the same
calls, with models of the same fields and types as the generated ``Job`` and ``JobList`` (enums, datetimes,
nested models), validated the usual way (``Model.model_validate(response.json())``).
"""

from __future__ import annotations

import datetime
import enum
import uuid
from typing import Any

import httpx
import pydantic


class JobKind(str, enum.Enum):
    RENDER = "render"
    TASK = "task"


class JobStatus(str, enum.Enum):
    INGESTING = "ingesting"
    QUEUED = "queued"
    PROCESSING = "processing"
    COMPLETED = "completed"
    FAILED = "failed"
    CANCELLED = "cancelled"


class TaskType(str, enum.Enum):
    REMOVE_BACKGROUND = "remove_background"
    GAZE_REDIRECT = "gaze_redirect"
    SUPER_RESOLUTION = "super_resolution"
    TRANSCRIBE = "transcribe"


class ProgressStage(str, enum.Enum):
    DOWNLOADING = "downloading"
    COMPOSITING = "compositing"
    ENCODING = "encoding"
    UPLOADING = "uploading"


class JobOutput(pydantic.BaseModel):
    url: str | None = None
    width: int | None = None
    height: int | None = None
    duration: float | None = None
    size_bytes: int | None = None


class JobError(pydantic.BaseModel):
    code: str
    message: str
    details: dict[str, Any] | None = None


class Job(pydantic.BaseModel):
    id: str
    kind: JobKind
    workspace_id: str
    status: JobStatus
    created_at: datetime.datetime
    updated_at: datetime.datetime
    task_type: TaskType | None = None
    progress_percent: float | None = None
    progress_stage: ProgressStage | None = None
    output: JobOutput | None = None
    error: JobError | None = None
    metadata: dict[str, str] | None = None
    completed_at: datetime.datetime | None = None


class JobList(pydantic.BaseModel):
    data: list[Job]
    next_cursor: str | None
    has_more: bool


HEADERS = {"Authorization": "Bearer sk_bench", "Accept": "application/json"}
RENDER = {"width": 1920, "height": 1080, "elements": [{"type": "text", "text": "hi"}]}


def retrieve(http: httpx.Client, base: str) -> Job:
    response = http.get(f"{base}/v1/renders/render_00000001", headers=HEADERS)
    response.raise_for_status()
    return Job.model_validate(response.json())


def create(http: httpx.Client, base: str) -> Job:
    headers = {**HEADERS, "Idempotency-Key": str(uuid.uuid4())}
    response = http.post(f"{base}/v1/renders", json=RENDER, headers=headers)
    response.raise_for_status()
    return Job.model_validate(response.json())


def list_jobs(http: httpx.Client, base: str) -> list[Job]:
    response = http.get(f"{base}/v1/renders", params={"limit": 100}, headers=HEADERS)
    response.raise_for_status()
    return JobList.model_validate(response.json()).data


async def aretrieve(http: httpx.AsyncClient, base: str) -> Job:
    response = await http.get(f"{base}/v1/renders/render_00000001", headers=HEADERS)
    response.raise_for_status()
    return Job.model_validate(response.json())


async def acreate(http: httpx.AsyncClient, base: str) -> Job:
    headers = {**HEADERS, "Idempotency-Key": str(uuid.uuid4())}
    response = await http.post(f"{base}/v1/renders", json=RENDER, headers=headers)
    response.raise_for_status()
    return Job.model_validate(response.json())


async def alist_jobs(http: httpx.AsyncClient, base: str) -> list[Job]:
    response = await http.get(
        f"{base}/v1/renders", params={"limit": 100}, headers=HEADERS
    )
    response.raise_for_status()
    return JobList.model_validate(response.json()).data
