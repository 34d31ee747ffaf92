from .._models import OpenStrEnum

__all__ = ["WidgetSettingsTheme"]


class WidgetSettingsTheme(OpenStrEnum):
    """WidgetSettingsTheme (no description in the spec).

    Values this client does not list yet are accepted too.
    """

    LIGHT = "light"
    DARK = "dark"
