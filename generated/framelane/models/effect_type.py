from .._models import OpenStrEnum

__all__ = ["EffectType"]


class EffectType(OpenStrEnum):
    """Effects known when this document was written. The service adds effects over time, so
    fields that take an effect accept any string; `GET /v1/capabilities` lists what is
    supported right now.

    Values this client does not list yet are accepted too.
    """

    VINTAGE = "vintage"
    POLAROID = "polaroid"
    PORTRA = "portra"
    SUPER8 = "super8"
    FILMIC = "filmic"
    ADD_GRAIN = "add_grain"
    RGB_SPLIT = "rgb_split"
    GHOSTING = "ghosting"
    DISPLACEMENT_MAP = "displacement_map"
    POSTERIZE = "posterize"
    MOSAIC = "mosaic"
    MOSAIC_BLUR = "mosaic_blur"
    MOSAIC_POSTERIZE = "mosaic_posterize"
    CC_HALFTONE = "cc_halftone"
    CC_HALFTONE_BLUE = "cc_halftone_blue"
    CC_HALFTONE_GREEN = "cc_halftone_green"
    CC_HALFTONE_RED = "cc_halftone_red"
    INVERT = "invert"
    OPTICS_COMPENSATION = "optics_compensation"
    VIEWFINDER = "viewfinder"
    NIGHT_VISION = "night_vision"
    THERMAL = "thermal"
    CAMERA_LENS_BLUR = "camera_lens_blur"
    CAMERA_LENS_BLUR_BG = "camera_lens_blur_bg"
    BOX_BLUR = "box_blur"
    LENS_FLARE = "lens_flare"
    STROBE_LIGHT = "strobe_light"
    SNOW = "snow"
    GLOW = "glow"
    SEPIA = "sepia"
    ECHO = "echo"
    CHROMATIC_ABERRATION = "chromatic_aberration"
    VHS = "vhs"
    VHS_OVERLAY = "vhs_overlay"
    CRT = "crt"
    TELEVISION = "television"
    GLITCH = "glitch"
    COMPRESSION_GLITCH = "compression_glitch"
    SCANLINES = "scanlines"
    PRISM = "prism"
    LIGHT_LEAKS = "light_leaks"
    FILM_BURN = "film_burn"
    CHROMA_KEY = "chroma_key"
    DUOTONE = "duotone"
    CROSS_PROCESS = "cross_process"
    BLEACH_BYPASS = "bleach_bypass"
