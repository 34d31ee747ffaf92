from __future__ import annotations

from .._models import BaseModel

__all__ = ["ChromaKeySettings"]


class ChromaKeySettings(BaseModel):
    """Colour range keyed out by the `chroma_key` effect, as hue, saturation and luminance
    bounds. Omitted bounds use the engine's defaults.
    """

    hue_min: float | None = None
    """Lower bound of the hue to remove."""

    hue_max: float | None = None
    """Upper bound of the hue to remove."""

    sat_min: float | None = None
    """Lower bound of the saturation to remove."""

    sat_max: float | None = None
    """Upper bound of the saturation to remove."""

    lum_min: float | None = None
    """Lower bound of the luminance to remove."""

    lum_max: float | None = None
    """Upper bound of the luminance to remove."""
