from __future__ import annotations

from .._models import BaseModel

__all__ = ["ImportRequest"]


class ImportRequest(BaseModel):
    """Body of `POST /v1/imports`: asks Framelane to fetch a remote file into its storage."""

    url: str
    """Where to fetch the file from: a public URL, a Dropbox or Google Drive share link, or
    a YouTube URL.

    Constraints: 1 to 2083 characters, format uri.
    """

    filename: str | None = None
    """File name hinting the extension when the URL has none."""
