from .._models import OpenStrEnum

__all__ = ["MotionType"]


class MotionType(OpenStrEnum):
    """Motion presets known when this document was written. The list grows, so fields that
    take a motion accept any string; `GET /v1/capabilities` lists what is supported
    right now.

    Values this client does not list yet are accepted too.
    """

    FADE = "fade"
    SLIDE_UP = "slide_up"
    SLIDE_DOWN = "slide_down"
    SLIDE_LEFT = "slide_left"
    SLIDE_RIGHT = "slide_right"
    ZOOM_IN = "zoom_in"
    ZOOM_OUT = "zoom_out"
    ROTATE_CW = "rotate_cw"
    ROTATE_CCW = "rotate_ccw"
    BOUNCE = "bounce"
    WIPE_LEFT = "wipe_left"
    WIPE_RIGHT = "wipe_right"
    WIPE_UP = "wipe_up"
    WIPE_DOWN = "wipe_down"
    KEN_BURNS_IN = "ken_burns_in"
    KEN_BURNS_OUT = "ken_burns_out"
    KEN_BURNS_IN_OUT = "ken_burns_in_out"
    LOOP_WIGGLE = "loop_wiggle"
    LOOP_ROTATE = "loop_rotate"
    LOOP_ROTATE_SMOOTH = "loop_rotate_smooth"
    LOOP_3D_SPIN = "loop_3d_spin"
    LOOP_3D_SWAY = "loop_3d_sway"
    BLUR = "blur"
    BOUNCE_MOTION = "bounce_motion"
    EXPLODE = "explode"
    EVAPORATE = "evaporate"
    OVERLAY = "overlay"
    DIFFERENCE = "difference"
    RUBBER_IN = "rubber_in"
    WHIP_UP = "whip_up"
    WHIP_DOWN = "whip_down"
    GLITCH_POP = "glitch_pop"
    DRIFT_IN = "drift_in"
    DRIFT_OUT = "drift_out"
    LOOP_BREATHE = "loop_breathe"
    LOOP_SHIMMER = "loop_shimmer"
    SWING_IN = "swing_in"
    SWING_OUT = "swing_out"
    ELASTIC_RISE = "elastic_rise"
    ELASTIC_DROP = "elastic_drop"
    TILT_ZOOM = "tilt_zoom"
    LOOP_ORBIT = "loop_orbit"
    SMOOTH_POP = "smooth_pop"
