from __future__ import annotations

from pydantic import Field

from .._models import BaseModel

__all__ = ["Condition"]


class Condition(BaseModel):
    """AWS style: a recursive reference annotated with allOf [ref, description]."""

    field: str | None = Field(default=None, alias="Field")

    not_: Condition | None = Field(default=None, alias="Not")

    and_: list[Condition] | None = Field(default=None, alias="And")
