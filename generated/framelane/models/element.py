from __future__ import annotations

from typing import Annotated, Union

from pydantic import Discriminator, Tag
from typing_extensions import TypeAliasType

from .._models import discriminate

__all__ = ["Element"]

Element = TypeAliasType(
    "Element",
    Annotated[
        Union[
            Annotated["VideoElement", Tag("video")],
            Annotated["AudioElement", Tag("audio")],
            Annotated["TextElement", Tag("text")],
            Annotated["ImageElement", Tag("image")],
            Annotated["CompositionElement", Tag("composition")],
            Annotated["UnknownElement", Tag("")],
        ],
        Discriminator(
            discriminate(
                "type",
                {
                    "video": "video",
                    "audio": "audio",
                    "text": "text",
                    "image": "image",
                    "composition": "composition",
                },
            )
        ),
    ],
)
"""One item of the timeline, chosen by its `type`. The set of element types may grow."""

from .audio_element import AudioElement
from .composition_element import CompositionElement
from .image_element import ImageElement
from .text_element import TextElement
from .unknown_element import UnknownElement
from .video_element import VideoElement
