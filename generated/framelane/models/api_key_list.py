from __future__ import annotations

from .._models import BaseModel

__all__ = ["ApiKeyList"]


class ApiKeyList(BaseModel):
    """A page of the workspace's API keys, revoked ones included, newest first."""

    data: list[ApiKey]
    """The items of this page."""

    next_cursor: str | None
    """Pass as `cursor` to get the next page; null on the last page."""

    has_more: bool
    """Whether another page follows."""


# Imported last: models may refer to each other in cycles.
from .api_key import ApiKey
