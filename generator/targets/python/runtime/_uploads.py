"""Uploads to a signed URL: the file read in chunks (a large file never sits in memory) and sent without the
API's credentials, in one request."""

from __future__ import annotations

import mimetypes
import os
import time
from collections.abc import AsyncIterator, Iterator
from contextlib import contextmanager
from typing import IO, Any

import httpx

from ._base_client import AsyncAPIClient, SyncAPIClient
from ._settings import ClientError
from ._types import RequestOptions

CHUNK_SIZE = 1024 * 1024

UploadInput = str | os.PathLike[str] | bytes | IO[bytes]


def filename_of(file: Any) -> str | None:
    """The file name of a path or of a named file object."""
    if isinstance(file, (str, os.PathLike)):
        return os.path.basename(os.fspath(file))
    name = getattr(
        file, "name", None
    )  # a str from open(), but the path as given from io.FileIO(Path(...))
    if isinstance(name, (str, bytes, os.PathLike)):
        return os.path.basename(os.fsdecode(name)) or None
    return None


def guess_content_type(filename: str | None) -> str:
    """The media type for a file name's extension, or ``application/octet-stream``."""
    guessed = mimetypes.guess_type(filename)[0] if filename else None
    return guessed or "application/octet-stream"


def check_content_type(
    media_type: str, *, guessed: bool, allowed: tuple[str, ...]
) -> None:
    """Refuse, before anything is sent, an upload of a media type the API does not accept (it would answer
    422 after the slot was requested)."""
    if media_type.split(";")[0].strip().lower() in {a.lower() for a in allowed}:
        return
    how = "guessed from the file name" if guessed else "given"
    hint = (
        " Pass content_type= (or a filename with a known extension)." if guessed else ""
    )
    raise ClientError(
        f"Cannot upload {media_type!r} ({how}): the API accepts {', '.join(allowed)}.{hint}"
    )


def _chunks(handle: IO[bytes]) -> Iterator[bytes]:
    while True:
        chunk = handle.read(CHUNK_SIZE)
        if not chunk:
            return
        yield chunk


@contextmanager
def open_upload(file: Any) -> Iterator[tuple[bytes | Iterator[bytes], int | None]]:
    """The content to send (bytes, or chunks read on demand) and its size when known."""
    if isinstance(file, (bytes, bytearray, memoryview)):
        data = bytes(file)
        yield data, len(data)
        return
    if isinstance(file, (str, os.PathLike)):
        with open(file, "rb") as handle:
            yield _chunks(handle), os.fstat(handle.fileno()).st_size
        return
    size: int | None = None
    try:
        if file.seekable():
            position = file.tell()
            size = file.seek(0, os.SEEK_END) - position
            file.seek(position)
    except (AttributeError, OSError):
        size = None
    yield _chunks(file), size


def to_async(content: bytes | Iterator[bytes]) -> bytes | AsyncIterator[bytes]:
    """Chunks for an async request body."""
    if isinstance(content, bytes):
        return content

    async def chunks() -> AsyncIterator[bytes]:
        for chunk in content:
            yield chunk

    return chunks()


def _put_request(
    client: SyncAPIClient | AsyncAPIClient,
    url: str,
    content: Any,
    content_type: str,
    size: int | None,
    options: RequestOptions,
) -> httpx.Request:
    headers = {"Content-Type": content_type}
    if size is not None:
        headers["Content-Length"] = str(size)
    timeout = options.get("timeout", client.timeout)
    return httpx.Request(
        "PUT",
        url,
        headers=headers,
        content=content,
        extensions={"timeout": httpx.Timeout(timeout).as_dict()},
    )


def put_file(
    client: SyncAPIClient,
    url: str,
    file: Any,
    *,
    content_type: str,
    options: RequestOptions,
) -> None:
    """PUT a file's bytes to a signed URL: streamed from disk, no API credentials, one request."""
    with open_upload(file) as (stream, size):
        request = _put_request(client, url, stream, content_type, size, options)
        client._log_request(request)
        started = time.monotonic()
        try:
            response = client._client.send(request)
        except httpx.HTTPError as exc:
            raise client._transport_error(request, exc) from exc
        client._log_response(request, response, started)
        if response.status_code >= 400:
            raise client._status_error(response, response.content)


async def async_put_file(
    client: AsyncAPIClient,
    url: str,
    file: Any,
    *,
    content_type: str,
    options: RequestOptions,
) -> None:
    """The asynchronous twin of ``put_file``."""
    with open_upload(file) as (stream, size):
        request = _put_request(
            client, url, to_async(stream), content_type, size, options
        )
        client._log_request(request)
        started = time.monotonic()
        try:
            response = await client._client.send(request)
        except httpx.HTTPError as exc:
            raise client._transport_error(request, exc) from exc
        client._log_response(request, response, started)
        if response.status_code >= 400:
            raise client._status_error(response, response.content)
