from __future__ import annotations

import datetime

from .._models import BaseModel

__all__ = ["UploadResponse"]


class UploadResponse(BaseModel):
    """A signed upload slot. PUT the whole file to `upload_url` in one request, with the
    declared `Content-Type` and no `Authorization` header, then use `source_url` in
    renders and tasks.
    """

    upload_url: str
    """Signed storage URL to PUT the file bytes to; valid for one hour.

    Constraints: format uri.
    """

    source_url: str
    """Framelane CDN URL of the file, to pass as `source_url` once the upload is done.

    Constraints: format uri.
    """

    expires_at: datetime.datetime
    """When `upload_url` stops accepting the upload (one hour after issue)."""
