from __future__ import annotations

from typing import Literal

from typing_extensions import Required, TypedDict

__all__ = ["AudioElementParam"]


class AudioElementParam(TypedDict, total=False):
    """A sound track on the timeline (music, voice-over). Audio elements have no visual
    fields.

    What a request may give instead of a ``AudioElement``, keyed by wire name; the keys
    marked ``Required`` must be given.
    """

    type: Required[Literal["audio"]]
    """Element type; always `audio` for this variant."""

    id: str
    """Your identifier for the element, unique within the request; transitions refer to it."""

    name: str | None
    """Free label for the element; not used for rendering."""

    track: int | None
    """Track number the element sits on.

    Constraints: 0 <= value <= 255.
    """

    time: float
    """When the element starts, in seconds on the render's timeline.

    Constraints: 0 <= value.
    """

    visible: bool
    """Set to false to keep the element in the request without drawing it."""

    source_url: Required[str]
    """Public HTTPS URL of the audio file (your own host, an upload or an import). It must
    stay reachable for at least an hour after submission and the file must be under 5
    GiB.

    Constraints: 1 to 2083 characters, format uri.
    """

    in_point: float
    """Where playback starts inside the source, in seconds.

    Constraints: 0 <= value.
    """

    out_point: float
    """Where playback stops inside the source, in seconds; must be greater than `in_point`.
    Defaults to the end of the source.

    Constraints: 0 < value.
    """

    speed: float
    """Playback speed factor.

    Constraints: 0.25 <= value <= 4.
    """

    volume: Required[float]
    """Loudness in percent. Required for audio elements.

    Constraints: 0 < value <= 100.
    """

    fade_in_duration: float
    """Length of the audio fade-in at the start, in seconds."""

    fade_out_duration: float
    """Length of the audio fade-out at the end, in seconds."""
