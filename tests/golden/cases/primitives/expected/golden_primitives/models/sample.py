from __future__ import annotations

import datetime
import uuid
from typing import Any

from .._models import BaseModel

__all__ = ["Sample"]


class Sample(BaseModel):
    """Every scalar the generator maps."""

    id: uuid.UUID
    """Identifier."""

    created_at: datetime.datetime

    day: datetime.date | None = None

    homepage: str | None = None
    """Constraints: at most 2083 characters, format uri."""

    blob: str | None = None
    """Base64 data.

    Constraints: format byte.
    """

    raw: str | None = None
    """Constraints: format binary."""

    count: int
    """Constraints: 0 <= value <= 100."""

    ratio: float | None = None
    """Constraints: 0 < value <= 1."""

    score: float | None = None
    """Constraints: a multiple of 0.5."""

    code: str | None = None
    """Constraints: 3 to 3 characters, matching ``^[A-Z]{3}$``."""

    enabled: bool = True

    retries: int = 3

    label: str = 'hello "world"'

    anything: Any = None
