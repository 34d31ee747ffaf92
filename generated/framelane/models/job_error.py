from __future__ import annotations

from typing import Any

from .._models import BaseModel

__all__ = ["JobError"]


class JobError(BaseModel):
    """Why a job (or an import) failed. Known codes include `invalid_source` and
    `source_not_found`.
    """

    code: str
    """Machine-readable reason, such as `invalid_source` or `source_not_found`."""

    message: str
    """Human-readable explanation."""

    details: dict[str, Any] | None = None
    """Extra context about the failure, when there is any."""
