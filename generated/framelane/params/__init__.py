"""The request-side types: a TypedDict per model a request can send (``AudioElementParam``), keyed by wire
name, and the aliases that name them. Methods take a model or its TypedDict wherever the API takes an object.
Each module is imported on first use, like the models."""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .audio_element import AudioElementParam as AudioElementParam
    from .chroma_key_settings import ChromaKeySettingsParam as ChromaKeySettingsParam
    from .composition_element import CompositionElementParam as CompositionElementParam
    from .effect import EffectParam as EffectParam
    from .element import ElementParam as ElementParam
    from .image_element import ImageElementParam as ImageElementParam
    from .motion import MotionParam as MotionParam
    from .text_element import TextElementParam as TextElementParam
    from .transition import TransitionParam as TransitionParam
    from .video_element import VideoElementParam as VideoElementParam
    from .word import WordParam as WordParam
    from .word_animation import WordAnimationParam as WordAnimationParam

_MODULES: dict[str, str] = {
    "AudioElementParam": "audio_element",
    "ChromaKeySettingsParam": "chroma_key_settings",
    "CompositionElementParam": "composition_element",
    "EffectParam": "effect",
    "ElementParam": "element",
    "ImageElementParam": "image_element",
    "MotionParam": "motion",
    "TextElementParam": "text_element",
    "TransitionParam": "transition",
    "VideoElementParam": "video_element",
    "WordParam": "word",
    "WordAnimationParam": "word_animation",
}

__all__ = [
    "AudioElementParam",
    "ChromaKeySettingsParam",
    "CompositionElementParam",
    "EffectParam",
    "ElementParam",
    "ImageElementParam",
    "MotionParam",
    "TextElementParam",
    "TransitionParam",
    "VideoElementParam",
    "WordAnimationParam",
    "WordParam",
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
