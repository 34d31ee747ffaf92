from __future__ import annotations

from typing import Annotated, Union

from pydantic import Discriminator, Tag
from typing_extensions import TypeAliasType

from .._models import discriminate

__all__ = ["WebhookEvent"]

WebhookEvent = TypeAliasType(
    "WebhookEvent",
    Annotated[
        Union[
            Annotated["RenderCompletedEvent", Tag("render.completed")],
            Annotated["RenderFailedEvent", Tag("render.failed")],
            Annotated["RenderProgressEvent", Tag("render.progress")],
            Annotated["TaskCompletedEvent", Tag("task.completed")],
            Annotated["TaskFailedEvent", Tag("task.failed")],
            Annotated["TaskProgressEvent", Tag("task.progress")],
            Annotated["AssetReadyEvent", Tag("asset.ready")],
            Annotated["UnknownWebhookEvent", Tag("")],
        ],
        Discriminator(
            discriminate(
                "type",
                {
                    "render.completed": "render.completed",
                    "render.failed": "render.failed",
                    "render.progress": "render.progress",
                    "task.completed": "task.completed",
                    "task.failed": "task.failed",
                    "task.progress": "task.progress",
                    "asset.ready": "asset.ready",
                },
            )
        ),
    ],
)
"""Any webhook event, chosen by its `type`."""

from .asset_ready_event import AssetReadyEvent
from .render_completed_event import RenderCompletedEvent
from .render_failed_event import RenderFailedEvent
from .render_progress_event import RenderProgressEvent
from .task_completed_event import TaskCompletedEvent
from .task_failed_event import TaskFailedEvent
from .task_progress_event import TaskProgressEvent
from .unknown_webhook_event import UnknownWebhookEvent
