from .._models import OpenStrEnum

__all__ = ["Symbols"]


class Symbols(OpenStrEnum):
    """Symbols (no description in the spec).

    Values this client does not list yet are accepted too.
    """

    PLUS = "+"
    MINUS = "-"
    EMPTY = ""
    VALUE_1080P = "1080p"
    RENDER_COMPLETED = "render.completed"
    WITH_SPACE = "with space"
    PRIVATE = "_private"
    NAME_ = "name"
    VALUE_ = "value"
    MRO_ = "mro"
