"""Lenient parsing: a value built as a type as far as it fits, kept as received where it does not.

A server that drifts from its spec (a required field left out, a number where a string belongs, one odd item in
a list) should not cost the caller the whole answer. ``construct(type_, value)`` validates ``value`` as
``type_`` first, and only where that fails takes it apart: a model is still built (``model_construct``, so no
field is checked) with each field built the same way, the member of a discriminated union is chosen by its tag,
lists and mappings are built item by item, and whatever still does not fit (a string where a number belongs) is
kept as it came. A required field that was not sent is absent: reading it raises ``AttributeError`` (see
``BaseModel.__getattr__`` in ``_models``). The static types stay as declared; only such values break them.
"""

from __future__ import annotations

import functools
import sys
import types
import typing
from collections.abc import Mapping, Sequence
from typing import Any, ForwardRef, Literal, Union

import pydantic
from typing_extensions import TypeAliasType

__all__ = ["construct", "shape_mismatch"]

_adapters: dict[Any, pydantic.TypeAdapter[Any]] = {}
_NO_ADAPTER: Any = object()
# typing_extensions' alias class, and the standard library's where it has one (Python 3.12+).
_ALIAS_TYPES: tuple[type, ...] = tuple(
    {TypeAliasType, getattr(typing, "TypeAliasType", TypeAliasType)}
)


def construct(type_: Any, value: Any) -> Any:
    """``value`` as ``type_``: validated when it fits, else built leniently (see the module's docstring)."""
    fits, result = _validated(type_, value)
    if fits:
        return result
    return _build(type_, value, None)


def shape_mismatch(type_: Any, value: Any) -> bool:
    """Whether ``value`` is not even of the JSON kind ``type_`` needs at its top (an object for a model, an
    array for a list): then there is nothing to build, and a lenient parse fails like a strict one.
    """
    return _mismatch(type_, value, None)


def _mismatch(type_: Any, value: Any, module: str | None) -> bool:
    type_, module = _resolve(type_, module)
    origin = typing.get_origin(type_)
    if origin is typing.Annotated:
        return _mismatch(typing.get_args(type_)[0], value, module)
    if _is_union(type_):
        return all(
            _mismatch(member, value, module) for member in typing.get_args(type_)
        )
    if type_ is type(None) or type_ is None:
        return value is not None
    if isinstance(type_, type) and issubclass(type_, pydantic.BaseModel):
        return not isinstance(value, Mapping)
    if origin in (list, Sequence):
        return not isinstance(value, list)
    if origin in (dict, Mapping):
        return not isinstance(value, Mapping)
    return False


# ------------------------------------------------------------------------------------------ validation


def _validated(type_: Any, value: Any) -> tuple[bool, Any]:
    """``(True, result)`` when pydantic validates ``value`` as ``type_``, else ``(False, None)``."""
    try:
        if isinstance(type_, type) and issubclass(type_, pydantic.BaseModel):
            return True, type_.model_validate(value)
        adapter = _adapter(type_)
        if adapter is _NO_ADAPTER:
            return False, None
        return True, adapter.validate_python(value)
    except (pydantic.ValidationError, pydantic.PydanticUserError):
        # A type pydantic could not complete (a name it could not resolve) is built by hand instead.
        return False, None


def _adapter(type_: Any) -> Any:
    """A cached ``TypeAdapter`` of ``type_``; ``_NO_ADAPTER`` for what pydantic cannot make one of (the value
    is then built without it)."""
    try:
        cached = _adapters.get(type_)
    except TypeError:  # an unhashable annotation: not cached
        cached = None
    if cached is not None:
        return cached
    try:
        adapter: Any = pydantic.TypeAdapter(type_)
    except (pydantic.PydanticUserError, TypeError, NameError):
        adapter = _NO_ADAPTER
    try:
        _adapters[type_] = adapter
    except TypeError:
        pass
    return adapter


# ------------------------------------------------------------------------------------------ building


def _build(type_: Any, value: Any, module: str | None) -> Any:
    """``value``, which failed validation as ``type_``, built as far as it fits."""
    type_, module = _resolve(type_, module)
    if type_ is Any or type_ is None:
        return value
    origin = typing.get_origin(type_)
    if origin is typing.Annotated:
        inner, *metadata = typing.get_args(type_)
        for item in metadata:
            if isinstance(item, pydantic.Discriminator) and callable(
                item.discriminator
            ):
                return _build_tagged(inner, item.discriminator, value, module)
        return _build(inner, value, module)
    if _is_union(type_):
        return _build_union(typing.get_args(type_), value, module)
    if isinstance(type_, type) and issubclass(type_, pydantic.BaseModel):
        return _build_model(type_, value) if isinstance(value, Mapping) else value
    if origin in (list, Sequence):
        if not isinstance(value, list):
            return value
        (item,) = typing.get_args(type_) or (Any,)
        return [_member(item, entry, module) for entry in value]
    if origin in (dict, Mapping):
        if not isinstance(value, Mapping):
            return value
        args = typing.get_args(type_)
        item = args[1] if len(args) == 2 else Any
        return {key: _member(item, entry, module) for key, entry in value.items()}
    # Scalars, literals, enums, datetimes, tuples: validation already refused the value, so it stays as sent.
    return value


def _member(type_: Any, value: Any, module: str | None) -> Any:
    """An item of a list or a mapping (or a union's member): validated, else built. Names are evaluated
    first, aliases kept: pydantic resolves an alias's body in the alias's own module, not a bare body.
    """
    named, module = _resolve(type_, module, aliases=False)
    fits, result = _validated(named, value)
    return result if fits else _build(named, value, module)


def _build_model(cls: type[pydantic.BaseModel], data: Mapping[str, Any]) -> Any:
    """An instance of ``cls`` from ``data`` without validating it: each field sent is built as its annotation
    (so nested models, datetimes and enums still are where they fit); fields not sent get their defaults, or
    stay absent when they have none; other keys are kept as extra fields."""
    if not cls.__pydantic_complete__:
        cls.model_rebuild()
    values: dict[str, Any] = {str(key): item for key, item in data.items()}
    for name, field in cls.model_fields.items():
        key = (
            field.alias
            if field.alias is not None and field.alias in values
            else (name if name in values else None)
        )
        if key is not None:
            values[key] = _member(field.annotation, values[key], cls.__module__)
    extra = _extra_type(cls)
    if extra is not None:
        known = {field.alias or name for name, field in cls.model_fields.items()}
        known |= set(cls.model_fields)
        for key in values:
            if key not in known:
                values[key] = _member(extra, values[key], cls.__module__)
    # ``model_construct`` takes ``_fields_set`` itself: a property of that name is added as an extra after.
    clash = values.pop("_fields_set", _NO_ADAPTER)
    built = cls.model_construct(**values)
    if clash is not _NO_ADAPTER and built.__pydantic_extra__ is not None:
        built.__pydantic_extra__["_fields_set"] = clash
    return built


def _build_tagged(union: Any, tag_of: Any, value: Any, module: str | None) -> Any:
    """A member of a discriminated union: the one whose ``Tag`` is the value's tag (the unknown variant's
    tag, ``""``, for a tag the client does not know), built leniently; the value as received when no member
    has that tag."""
    union, module = _resolve(union, module)
    try:
        tag = tag_of(value)
    except Exception:
        # A discriminator that cannot read this value: there is no member to choose.
        return value
    for member in typing.get_args(union):
        if typing.get_origin(member) is typing.Annotated:
            inner, *metadata = typing.get_args(member)
            if any(isinstance(m, pydantic.Tag) and m.tag == tag for m in metadata):
                return _member(inner, value, module)
    return value


def _build_union(members: tuple[Any, ...], value: Any, module: str | None) -> Any:
    """A value of an undiscriminated union that matched no member: the member it resembles most (for an
    object, the model with the most of its keys and no contradicting literal), else the value as received.
    """
    if value is None:
        return value
    candidates = [
        _resolve(member, module)
        for member in members
        if member is not type(None) and member is not None
    ]
    if len(candidates) == 1:
        return _build(candidates[0][0], value, candidates[0][1])
    best: tuple[int, Any, str | None] | None = None
    for member, member_module in candidates:
        score = _resemblance(member, value)
        if score is not None and (best is None or score > best[0]):
            best = (score, member, member_module)
    if best is None:
        return value
    return _build(best[1], value, best[2])


def _resemblance(member: Any, value: Any) -> int | None:
    """How well ``value`` matches ``member`` when validation did not: the number of its keys that are the
    model's fields (``None`` for a model whose literal fields say otherwise), 0 for a container of the right
    kind, ``None`` otherwise."""
    if isinstance(member, type) and issubclass(member, pydantic.BaseModel):
        if not isinstance(value, Mapping):
            return None
        if not member.__pydantic_complete__:
            member.model_rebuild()
        score = 0
        for name, field in member.model_fields.items():
            key = field.alias or name
            if key not in value:
                continue
            if typing.get_origin(field.annotation) is Literal and value[
                key
            ] not in typing.get_args(field.annotation):
                return None
            score += 1
        return score
    origin = typing.get_origin(member)
    if origin in (list, Sequence) and isinstance(value, list):
        return 0
    if origin in (dict, Mapping) and isinstance(value, Mapping):
        return 0
    return None


# ------------------------------------------------------------------------------------------ annotations


def _resolve(
    type_: Any, module: str | None, *, aliases: bool = True
) -> tuple[Any, str | None]:
    """``type_`` with names evaluated (the generated aliases hold their bodies as strings, which name classes
    imported at the end of their module) and, unless ``aliases`` is false, aliases unwrapped; and the module
    it came from."""
    for _ in range(100):  # an alias of an alias: a bounded walk, never a loop
        if aliases and _is_alias(type_):
            module = type_.__module__
            type_ = type_.__value__
        elif isinstance(type_, ForwardRef):
            type_ = _evaluate(type_.__forward_arg__, module)
        elif isinstance(type_, str):
            type_ = _evaluate(type_, module)
        else:
            break
    return type_, module


class _Annotation:
    """One annotation's text, in the shape ``typing.get_type_hints`` evaluates."""

    def __init__(self, text: str) -> None:
        self.__annotations__ = {"value": text}


@functools.lru_cache(maxsize=1024)
def _evaluate(text: str, module: str | None) -> Any:
    """The annotation ``text`` evaluated in ``module`` (``Any`` when it cannot be: the value is then kept as
    received), as ``typing.get_type_hints`` evaluates a class's annotations."""
    found = sys.modules.get(module) if module is not None else None
    if found is None:
        return Any
    try:
        return typing.get_type_hints(
            _Annotation(text), globalns=vars(found), include_extras=True
        )["value"]
    except (NameError, AttributeError, SyntaxError, TypeError):
        # A name the module does not have, or text that is not an annotation: nothing to build with.
        return Any


@functools.lru_cache(maxsize=None)
def _extra_type(cls: type[pydantic.BaseModel]) -> Any:
    """The type of a model's other properties when the spec types them (``__pydantic_extra__: dict[str, T]``);
    ``None`` when they are anything."""
    for klass in cls.__mro__:
        annotation = getattr(klass, "__annotations__", {}).get("__pydantic_extra__")
        if annotation is None:
            continue
        resolved, _ = _resolve(annotation, klass.__module__)
        args = typing.get_args(resolved)
        return args[1] if len(args) == 2 and args[1] is not Any else None
    return None


def _is_alias(type_: Any) -> bool:
    return isinstance(type_, _ALIAS_TYPES)


def _is_union(type_: Any) -> bool:
    return typing.get_origin(type_) in (Union, types.UnionType)
