from __future__ import annotations

from .._models import BaseModel
from .effect_type import EffectType

__all__ = ["Effect"]


class Effect(BaseModel):
    """A visual effect applied to a video or image element."""

    type: EffectType
    """Which effect to apply: a known `EffectType` or any newer effect name."""

    intensity: float | None = None
    """Strength of the effect, in percent.

    Constraints: 0 <= value <= 100.
    """

    chroma_settings: ChromaKeySettings | None = None
    """Colour range to key out; only used by the `chroma_key` effect."""


# Imported last: models may refer to each other in cycles.
from .chroma_key_settings import ChromaKeySettings
