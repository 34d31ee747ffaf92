from .._models import OpenStrEnum

__all__ = ["TransitionType"]


class TransitionType(OpenStrEnum):
    """Transitions known when this document was written. The list grows (and the reference
    example uses `fade`, which is not in it), so fields that take a transition accept
    any string; `GET /v1/capabilities` lists what is supported right now.

    Values this client does not list yet are accepted too.
    """

    CROSS_DISSOLVE = "cross_dissolve"
    DIP_TO_BLACK = "dip_to_black"
    DIP_TO_WHITE = "dip_to_white"
    WIPE_LEFT = "wipe_left"
    WIPE_RIGHT = "wipe_right"
    WIPE_UP = "wipe_up"
    WIPE_DOWN = "wipe_down"
    DIAGONAL_WIPE = "diagonal_wipe"
    BARN_DOORS_HORIZONTAL = "barn_doors_horizontal"
    BARN_DOORS_VERTICAL = "barn_doors_vertical"
    IRIS = "iris"
    PAGE_TURN = "page_turn"
    CROSS_ZOOM = "cross_zoom"
    GRADIENT_WIPE = "gradient_wipe"
    BAND_WIPE = "band_wipe"
    BOX_WIPE = "box_wipe"
    SWIRL = "swirl"
    GLITCH_MEMORIES = "glitch_memories"
    WINDOW_SLICE = "window_slice"
    CUBE = "cube"
    DOORWAY = "doorway"
    PINWHEEL = "pinwheel"
    WATER_DROP = "water_drop"
    CROSSHATCH = "crosshatch"
    DREAMY = "dreamy"
    ANGULAR = "angular"
    BURN = "burn"
    HEART = "heart"
    CIRCLE_OPEN = "circle_open"
    COLOR_PHASE = "color_phase"
    SQUARES_WIRE = "squares_wire"
