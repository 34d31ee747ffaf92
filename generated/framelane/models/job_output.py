from __future__ import annotations

from .._models import BaseModel

__all__ = ["JobOutput"]


class JobOutput(BaseModel):
    """The artifact of a completed job. Fields the engine cannot know (for example
    dimensions of a transcript) are null.
    """

    url: str | None = None
    """Signed URL of the artifact. It expires; `GET .../download` always gives a fresh one.

    Constraints: format uri.
    """

    width: int | None = None
    """Width of the artifact in pixels."""

    height: int | None = None
    """Height of the artifact in pixels."""

    duration: float | None = None
    """Length of the artifact in seconds."""

    size_bytes: int | None = None
    """Size of the artifact file in bytes."""
