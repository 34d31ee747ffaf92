from __future__ import annotations

from .._models import BaseModel

__all__ = ["ApiKeyCreateRequest"]


class ApiKeyCreateRequest(BaseModel):
    """Body of `POST /v1/api-keys`."""

    name: str
    """Label that helps you recognise the key.

    Constraints: 1 to 255 characters.
    """
