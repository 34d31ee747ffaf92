from __future__ import annotations

from pydantic import Field

from .._models import BaseModel

__all__ = ["Headers"]


class Headers(BaseModel):
    """Wire names that are not Python names, in the functional syntax."""

    content_type: str = Field(alias="content-type")

    class_: str | None = Field(default=None, alias="class")

    private: int | None = Field(default=None, alias="__private")

    str_: bool | None = Field(default=None, alias="str")
