from __future__ import annotations

from .._models import BaseModel

__all__ = ["UploadRequest"]


class UploadRequest(BaseModel):
    """Body of `POST /v1/uploads`: announces a file you are about to upload."""

    content_type: str
    """MIME type of the file. Allowed: video/mp4, video/quicktime, video/webm,
    video/x-msvideo, video/x-matroska, video/mpeg; audio/mpeg, audio/mp4, audio/wav,
    audio/x-wav, audio/aac, audio/flac, audio/ogg; image/jpeg, image/png, image/webp,
    image/gif, image/tiff; font/ttf, font/otf, font/woff, font/woff2. Anything else is
    refused with 422 `unsupported_content_type`. The later PUT must send the same
    `Content-Type`.
    """

    filename: str | None = None
    """Original file name; only its extension is used."""
