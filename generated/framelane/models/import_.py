from __future__ import annotations

import datetime

from .._models import BaseModel
from .import_status import ImportStatus

__all__ = ["Import"]


class Import(BaseModel):
    """A remote file being copied into Framelane storage. Poll it until `status` is `ready`
    (or handle the `asset.ready` webhook), then use `source_url`.
    """

    id: str
    """Import id, starting with `import_`."""

    status: ImportStatus
    """Progress of the import."""

    source_url: str | None = None
    """Framelane CDN URL of the file; null until the import is ready.

    Constraints: format uri.
    """

    created_at: datetime.datetime | None = None
    """When the import was requested (UTC)."""

    error: JobError | None = None
    """Why the import failed; null unless `status` is `failed`."""


# Imported last: models may refer to each other in cycles.
from .job_error import JobError
