from __future__ import annotations

from .._models import BaseModel
from .widget_settings_theme import WidgetSettingsTheme

__all__ = ["WidgetSettings"]


class WidgetSettings(BaseModel):
    """Nested inline object."""

    theme: WidgetSettingsTheme = WidgetSettingsTheme.LIGHT

    size: int | None = None
