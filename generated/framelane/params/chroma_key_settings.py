from __future__ import annotations

from typing_extensions import TypedDict

__all__ = ["ChromaKeySettingsParam"]


class ChromaKeySettingsParam(TypedDict, total=False):
    """Colour range keyed out by the `chroma_key` effect, as hue, saturation and luminance
    bounds. Omitted bounds use the engine's defaults.

    What a request may give instead of a ``ChromaKeySettings``, keyed by wire name; the
    keys marked ``Required`` must be given.
    """

    hue_min: float
    """Lower bound of the hue to remove."""

    hue_max: float
    """Upper bound of the hue to remove."""

    sat_min: float
    """Lower bound of the saturation to remove."""

    sat_max: float
    """Upper bound of the saturation to remove."""

    lum_min: float
    """Lower bound of the luminance to remove."""

    lum_max: float
    """Upper bound of the luminance to remove."""
