from __future__ import annotations

from .._models import BaseModel

__all__ = [
    "ThisIsAVeryLongSchemaNameThatGoesOnAndOnBeyondAnyReasonableLengthForAFi_70a92488"
]


class ThisIsAVeryLongSchemaNameThatGoesOnAndOnBeyondAnyReasonableLengthForAFi_70a92488(
    BaseModel
):
    """ThisIsAVeryLongSchemaNameThatGoesOnAndOnBeyondAnyReasonableLengthForAFi_70a92488 (no
    description in the spec).
    """

    x: str | None = None
