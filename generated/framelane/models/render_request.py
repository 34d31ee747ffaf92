from __future__ import annotations

from pydantic import Field

from .._models import BaseModel
from .output_format import OutputFormat

__all__ = ["RenderRequest"]


class RenderRequest(BaseModel):
    """Body of `POST /v1/renders`: a declarative description of one composition (canvas,
    output format, timeline elements, transitions) from which the engine produces one
    artifact. Unknown fields are ignored. Cross-field rules: `width` and `height` come
    together or not at all; `alpha` needs `output_format` `webm` or `mov`; element ids
    are unique; a transition joins two different, existing element ids.
    """

    width: int | None = None
    """Output width in pixels. Give it together with `height`; when both are omitted the
    canvas is 1280×720.

    Constraints: 16 <= value <= 8192.
    """

    height: int | None = None
    """Output height in pixels. Give it together with `width`.

    Constraints: 16 <= value <= 8192.
    """

    duration: float | None = None
    """Total length in seconds; worked out from the elements when omitted.

    Constraints: 0 < value.
    """

    frame_rate: int = 30
    """Frames per second of the output.

    Constraints: 1 <= value <= 240.
    """

    output_format: OutputFormat = OutputFormat.MP4
    """File format of the artifact."""

    output_filename: str | None = None
    """File name of the artifact, without extension; generated when null."""

    background_color: str = "#000000ff"
    """Canvas colour behind all elements, as `#RRGGBBAA` (or `#RRGGBB`).

    Constraints: matching ``^#([0-9a-fA-F]{6}|[0-9a-fA-F]{8})$``.
    """

    background_image_url: str | None = None
    """URL of an image drawn as the canvas background.

    Constraints: 1 to 2083 characters, format uri.
    """

    alpha: bool = False
    """Render with a transparent background (alpha channel). Only valid when
    `output_format` is `webm` or `mov` (the default `mp4` does not qualify).
    """

    elements: list[Element] | None = None
    """Timeline elements, in order. Each item is picked by its `type`."""

    transitions: list[Transition] = Field(default_factory=list)
    """Transitions between consecutive elements."""

    metadata: Metadata = Field(default_factory=dict)
    """Your key/value pairs, echoed in the job and in every webhook payload."""

    webhook_url: str | None = None
    """Per-job webhook: receives this render's `render.completed`, `render.failed` and
    `render.progress` events instead of the workspace's endpoints.

    Constraints: 1 to 2083 characters, format uri.
    """

    ingest_external: bool | None = None
    """When true, source URLs not hosted by Framelane are first copied into Framelane
    storage (the job shows `ingesting` meanwhile); when false or null they are read from
    where they are.
    """


# Imported last: models may refer to each other in cycles.
from .element import Element
from .metadata import Metadata
from .transition import Transition
