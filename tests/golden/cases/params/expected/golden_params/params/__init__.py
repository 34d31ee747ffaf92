"""The request-side types: a TypedDict per model a request can send (``HeadersParam``), keyed by wire
name, and the aliases that name them. Methods take a model or its TypedDict wherever the API takes an object.
Each module is imported on first use, like the models."""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .headers import HeadersParam as HeadersParam
    from .layer import LayerParam as LayerParam
    from .node import NodeParam as NodeParam
    from .shape_layer import ShapeLayerParam as ShapeLayerParam
    from .text_layer import TextLayerParam as TextLayerParam

_MODULES: dict[str, str] = {
    "HeadersParam": "headers",
    "LayerParam": "layer",
    "NodeParam": "node",
    "ShapeLayerParam": "shape_layer",
    "TextLayerParam": "text_layer",
}

__all__ = [
    "HeadersParam",
    "LayerParam",
    "NodeParam",
    "ShapeLayerParam",
    "TextLayerParam",
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
