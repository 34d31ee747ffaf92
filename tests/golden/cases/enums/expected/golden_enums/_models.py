"""The base of every generated model and enum.

Models keep fields they do not know (the server may be newer than the client) and are built on first use, so
importing a model is cheap. Enums accept values they do not list for the same reason: an unknown value becomes
a member of its own instead of an error.
"""

from __future__ import annotations

import enum
import functools
import math
from collections.abc import Callable
from typing import TYPE_CHECKING, Any, Literal

import pydantic

__all__ = [
    "BaseModel",
    "OpenStrEnum",
    "OpenIntEnum",
    "OtherTag",
    "UnknownTag",
    "UnknownVariant",
    "discriminate",
]


class BaseModel(pydantic.BaseModel):
    """Base of the generated models: wire names as aliases, unknown fields kept.

    Responses are built leniently unless the client was made with ``strict_response_validation=True`` (see
    ``_construct``): a field the server left out is absent, and reading it raises ``AttributeError``.
    """

    model_config = pydantic.ConfigDict(
        extra="allow",
        validate_by_name=True,
        validate_by_alias=True,
        defer_build=True,
        use_attribute_docstrings=True,
        protected_namespaces=(),
    )

    def to_dict(
        self,
        *,
        mode: Literal["json", "python"] = "json",
        by_alias: bool = True,
        exclude_unset: bool = True,
        exclude_none: bool = False,
    ) -> dict[str, Any]:
        """The model as a dict: by default JSON-ready data (``mode="python"`` keeps datetimes, enums and
        models as objects) with the wire names (``by_alias=False``: the Python names), without the fields
        the server did not send (``exclude_unset=False`` adds them with their defaults), and with ``None``
        values unless ``exclude_none``. A model built leniently gives what it received.
        """
        # warnings=False: a leniently built model holds values of other types than its annotations say;
        # they are written as they are, which is what was received.
        return self.model_dump(
            mode=mode,
            by_alias=by_alias,
            exclude_unset=exclude_unset,
            exclude_none=exclude_none,
            warnings=False,
        )

    def to_json(
        self,
        *,
        indent: int | None = 2,
        by_alias: bool = True,
        exclude_unset: bool = True,
        exclude_none: bool = False,
    ) -> str:
        """The model as JSON text, indented by ``indent`` spaces (``None``: compact); the other options are
        those of ``to_dict``."""
        return self.model_dump_json(
            indent=indent,
            by_alias=by_alias,
            exclude_unset=exclude_unset,
            exclude_none=exclude_none,
            warnings=False,
        )

    if not TYPE_CHECKING:
        # Only reached when normal lookup fails. A declared field that is not there was left out by the
        # server and the model was built leniently: say so, rather than pydantic's "no attribute".

        def __getattr__(self, name: str) -> Any:
            if name in type(self).__pydantic_fields__:
                raise AttributeError(
                    f"{type(self).__name__}.{name} is not set: the server's response did not include this "
                    "required field (pass strict_response_validation=True to the client to reject such "
                    "responses instead)",
                    name=name,
                    obj=self,
                )
            return super().__getattr__(name)


class UnknownVariant(BaseModel):
    """The base of the models of union members whose tag this client does not know yet (``UnknownWebhookEvent``);
    their data is kept as extra fields."""


class UnknownTag(enum.Enum):
    """The tag of a union member that this client does not know yet. Its ``value`` is the tag as sent (a
    string, number, boolean or null); it equals another unknown tag of the same value, and no known tag.
    ``OTHER`` stands for a value that had no tag."""

    OTHER = ""

    _value_: Any

    @classmethod
    def _missing_(cls, value: object) -> Any:
        if value is not None and not isinstance(value, (str, int, float)):
            return None
        member = object.__new__(cls)
        member._name_ = "OTHER"
        member._value_ = value
        return member

    if not TYPE_CHECKING:
        # Two decodings of one tag are equal (and so are the models that hold them). Hidden from type
        # checkers: a custom ``__eq__`` stops mypy from narrowing a union by comparing its tag.

        def __eq__(self, other: object) -> bool:
            return isinstance(other, UnknownTag) and (
                type(self._value_),
                self._value_,
            ) == (type(other._value_), other._value_)

        def __hash__(self) -> int:
            return hash(self._value_)

    def __str__(self) -> str:
        return str(self.value)


if TYPE_CHECKING:
    # Type checkers see every unknown tag as one member, of a type that no known tag has: comparing a union's
    # tag with a known one then narrows the union to its member with that tag.
    OtherTag = Literal[UnknownTag.OTHER]
else:
    OtherTag = UnknownTag


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
    """The tag of a union member: the value of the property ``field`` (a wire name) mapped
    through ``tags``; ``""`` (the unknown variant) for a value the client does not know.
    Tags are JSON texts (``"cat"``, ``"1"``, ``"2.5"``, ``"true"``), as mappings have them.
    """

    def tag(value: Any) -> str:
        if isinstance(value, dict):
            found = value.get(field)
        elif isinstance(value, pydantic.BaseModel):
            # A built model (when dumping) holds the property under its Python name.
            name = _attribute(type(value), field)
            found = (
                getattr(value, name, None)
                if name
                else (value.model_extra or {}).get(field)
            )
        else:
            found = getattr(value, field, None)
        text = _tag_text(found)
        return tags.get(text, "") if text is not None else ""

    return tag


@functools.lru_cache(maxsize=None)
def _attribute(model: type[pydantic.BaseModel], wire: str) -> str | None:
    """The Python name of the field whose wire name is ``wire``."""
    for name, info in model.model_fields.items():
        if (info.alias or name) == wire:
            return name
    return None


def _tag_text(value: Any) -> str | None:
    """A tag value's JSON text; ``None`` for what cannot be a tag (objects, arrays, null)."""
    if isinstance(value, enum.Enum):
        value = value.value
    if isinstance(value, str):
        return value
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int):
        return str(value)
    if isinstance(value, float) and math.isfinite(value):
        # JSON does not tell 2 from 2.0; both are the tag "2".
        return str(int(value)) if value.is_integer() else repr(value)
    return None
