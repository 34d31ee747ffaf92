from __future__ import annotations

from typing import Literal

from typing_extensions import Required, TypedDict

__all__ = ["EffectParam"]


class EffectParam(TypedDict, total=False):
    """A visual effect applied to a video or image element.

    What a request may give instead of a ``Effect``, keyed by wire name; the keys marked
    ``Required`` must be given.
    """

    type: Required[
        EffectType
        | Literal[
            "vintage",
            "polaroid",
            "portra",
            "super8",
            "filmic",
            "add_grain",
            "rgb_split",
            "ghosting",
            "displacement_map",
            "posterize",
            "mosaic",
            "mosaic_blur",
            "mosaic_posterize",
            "cc_halftone",
            "cc_halftone_blue",
            "cc_halftone_green",
            "cc_halftone_red",
            "invert",
            "optics_compensation",
            "viewfinder",
            "night_vision",
            "thermal",
            "camera_lens_blur",
            "camera_lens_blur_bg",
            "box_blur",
            "lens_flare",
            "strobe_light",
            "snow",
            "glow",
            "sepia",
            "echo",
            "chromatic_aberration",
            "vhs",
            "vhs_overlay",
            "crt",
            "television",
            "glitch",
            "compression_glitch",
            "scanlines",
            "prism",
            "light_leaks",
            "film_burn",
            "chroma_key",
            "duotone",
            "cross_process",
            "bleach_bypass",
        ]
    ]
    """Which effect to apply: a known `EffectType` or any newer effect name."""

    intensity: float
    """Strength of the effect, in percent.

    Constraints: 0 <= value <= 100.
    """

    chroma_settings: ChromaKeySettings | ChromaKeySettingsParam
    """Colour range to key out; only used by the `chroma_key` effect."""


# Imported last: params may refer to each other in cycles.
from ..models.chroma_key_settings import ChromaKeySettings
from ..models.effect_type import EffectType
from .chroma_key_settings import ChromaKeySettingsParam
