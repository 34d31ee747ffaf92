from __future__ import annotations

from typing import Any

from pydantic import Field

from .._models import BaseModel

__all__ = ["Widget"]


class Widget(BaseModel):
    """A widget with names that need care.

    Triple quotes \"\"\" and a backslash \\ and a trailing quote\"
    """

    id: str | None = None

    display_name: str = Field(alias="displayName")
    """Shown to people."""

    class_: str = Field(alias="class")
    """A Python keyword."""

    from_: str | None = Field(default=None, alias="from")

    str_: str | None = Field(default=None, alias="str")
    """Shadows a builtin used in annotations."""

    json_: str | None = Field(default=None, alias="json")
    """Shadows a pydantic method."""

    model_config_: str | None = Field(default=None, alias="model_config")

    init: str | None = Field(default=None, alias="__init__")

    field_2fa: bool | None = Field(default=None, alias="2fa")

    links_2: dict[str, Any] | None = Field(default=None, alias="_links")

    links: str | None = None

    http_status_2: int | None = Field(default=None, alias="HTTPStatus")

    http_status: int | None = None

    secret: str | None = None

    nickname: str | None = None

    deprecated_field: str | None = None
    """Deprecated."""

    tags: list[str] = Field(default_factory=list)

    settings: WidgetSettings | None = None
    """Nested inline object."""


# Imported last: models may refer to each other in cycles.
from .widget_settings import WidgetSettings
