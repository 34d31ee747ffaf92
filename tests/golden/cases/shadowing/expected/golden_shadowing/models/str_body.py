from __future__ import annotations

import datetime

from pydantic import Field

from .._models import BaseModel

__all__ = ["StrBody"]


class StrBody(BaseModel):
    """StrBody (no description in the spec)."""

    type: str | None = None

    list_: int | None = Field(default=None, alias="list")

    datetime_: datetime.datetime | None = Field(default=None, alias="datetime")
