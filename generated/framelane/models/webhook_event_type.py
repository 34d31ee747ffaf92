from .._models import OpenStrEnum

__all__ = ["WebhookEventType"]


class WebhookEventType(OpenStrEnum):
    """Kinds of events Framelane delivers to webhook endpoints.

    Values this client does not list yet are accepted too.
    """

    RENDER_COMPLETED = "render.completed"
    RENDER_FAILED = "render.failed"
    RENDER_PROGRESS = "render.progress"
    TASK_COMPLETED = "task.completed"
    TASK_FAILED = "task.failed"
    TASK_PROGRESS = "task.progress"
    ASSET_READY = "asset.ready"
