from __future__ import annotations

from .._models import BaseModel

__all__ = ["Model2xxResponse"]


class Model2xxResponse(BaseModel):
    """Model2xxResponse (no description in the spec)."""

    ok: bool | None = None
