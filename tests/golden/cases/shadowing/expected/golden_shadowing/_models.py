"""The base of every generated model and enum.

Models keep fields they do not know (the server may be newer than the client) and are built on first use, so
importing a model is cheap. Enums accept values they do not list for the same reason: an unknown value becomes
a member of its own instead of an error.
"""

from __future__ import annotations

import enum
from collections.abc import Callable
from typing import Any

import pydantic

__all__ = ["BaseModel", "OpenStrEnum", "OpenIntEnum", "UnknownVariant", "discriminate"]


class BaseModel(pydantic.BaseModel):
    """Base of the generated models: wire names as aliases, unknown fields kept."""

    model_config = pydantic.ConfigDict(
        extra="allow",
        validate_by_name=True,
        validate_by_alias=True,
        defer_build=True,
        use_attribute_docstrings=True,
        protected_namespaces=(),
    )

    def to_dict(self) -> dict[str, Any]:
        """The model as JSON-ready data with wire names, without the fields that were never set."""
        return self.model_dump(mode="json", by_alias=True, exclude_unset=True)


class UnknownVariant(BaseModel):
    """A union member whose tag this client does not know yet; its data is kept as extra fields."""


class OpenStrEnum(str, enum.Enum):
    """A string enum that also accepts values it does not list."""

    @classmethod
    def _missing_(cls, value: object) -> Any:
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = value
        member._value_ = value
        return member

    def __str__(self) -> str:
        return str(self.value)


class OpenIntEnum(int, enum.Enum):
    """An integer enum that also accepts values it does not list."""

    @classmethod
    def _missing_(cls, value: object) -> Any:
        if not isinstance(value, int) or isinstance(value, bool):
            return None
        member = int.__new__(cls, value)
        member._name_ = str(value)
        member._value_ = value
        return member

    def __str__(self) -> str:
        return str(self.value)


def discriminate(field: str, tags: dict[str, str]) -> Callable[[Any], str]:
    """The tag of a union member: the value of ``field`` mapped through ``tags``; ``""`` (the unknown
    variant) for a value the client does not know."""

    def tag(value: Any) -> str:
        if isinstance(value, dict):
            found = value.get(field)
        else:
            found = getattr(value, field, None)
            if (
                found is None
                and isinstance(value, pydantic.BaseModel)
                and value.model_extra
            ):
                found = value.model_extra.get(field)
        if isinstance(found, enum.Enum):
            found = found.value
        return tags.get(found, "") if isinstance(found, str) else ""

    return tag
