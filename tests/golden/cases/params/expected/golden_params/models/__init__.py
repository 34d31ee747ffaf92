"""The API's types: one module per model, enum or alias, imported on first use (``from
golden_params.models import Colour``
loads only that module and what it refers to)."""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .colour import Colour as Colour
    from .headers import Headers as Headers
    from .layer import Layer as Layer
    from .node import Node as Node
    from .priority import Priority as Priority
    from .scene import Scene as Scene
    from .scene_request import SceneRequest as SceneRequest
    from .shape_layer import ShapeLayer as ShapeLayer
    from .text_layer import TextLayer as TextLayer
    from .unknown_layer import UnknownLayer as UnknownLayer

_MODULES: dict[str, str] = {
    "Colour": "colour",
    "Headers": "headers",
    "Layer": "layer",
    "Node": "node",
    "Priority": "priority",
    "Scene": "scene",
    "SceneRequest": "scene_request",
    "ShapeLayer": "shape_layer",
    "TextLayer": "text_layer",
    "UnknownLayer": "unknown_layer",
}

__all__ = [
    "Colour",
    "Headers",
    "Layer",
    "Node",
    "Priority",
    "Scene",
    "SceneRequest",
    "ShapeLayer",
    "TextLayer",
    "UnknownLayer",
]


def __getattr__(name: str) -> Any:
    module = _MODULES.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(f".{module}", __name__), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return list(__all__)
