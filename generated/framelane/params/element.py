from __future__ import annotations

from typing_extensions import TypeAliasType

__all__ = ["ElementParam"]

ElementParam = TypeAliasType(
    "ElementParam",
    "VideoElement | VideoElementParam | AudioElement | AudioElementParam | TextElement | TextElementParam | ImageElement | ImageElementParam | CompositionElement | CompositionElementParam | UnknownElement",
)
"""One item of the timeline, chosen by its `type`. The set of element types may grow.

What a request may give for a ``Element``.
"""

from ..models.audio_element import AudioElement
from ..models.composition_element import CompositionElement
from ..models.image_element import ImageElement
from ..models.text_element import TextElement
from ..models.unknown_element import UnknownElement
from ..models.video_element import VideoElement
from .audio_element import AudioElementParam
from .composition_element import CompositionElementParam
from .image_element import ImageElementParam
from .text_element import TextElementParam
from .video_element import VideoElementParam
