from __future__ import annotations

from typing import Literal

from typing_extensions import TypedDict

__all__ = ["WidgetSettingsParam"]


class WidgetSettingsParam(TypedDict, total=False):
    """Nested inline object.

    What a request may give instead of a ``WidgetSettings``, keyed by wire name; the
    keys marked ``Required`` must be given.
    """

    theme: WidgetSettingsTheme | Literal["light", "dark"]

    size: int


# Imported last: params may refer to each other in cycles.
from ..models.widget_settings_theme import WidgetSettingsTheme
