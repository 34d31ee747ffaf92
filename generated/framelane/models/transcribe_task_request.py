from __future__ import annotations

from pydantic import Field

from .._models import BaseModel
from .speech_model import SpeechModel

__all__ = ["TranscribeTaskRequest"]


class TranscribeTaskRequest(BaseModel):
    """Body of `POST /v1/tasks/transcribe`: speech to text with optional analysis. The
    completed task's `output.url` points to a JSON transcript holding `text`, `words[]`
    (`text`, `start`, `end` in milliseconds, `confidence`, `speaker`), `utterances[]`
    and any analysis that was asked for.
    """

    source_url: str
    """URL of the audio or video to transcribe. It must be a public HTTPS URL that stays
    reachable for at least an hour, and the file must be under 5 GiB.

    Constraints: 1 to 2083 characters, format uri.
    """

    metadata: Metadata | None = None
    """Your key/value pairs, echoed in the job and in every webhook payload."""

    webhook_url: str | None = None
    """Per-job webhook: receives this task's `task.completed`, `task.failed` and
    `task.progress` events instead of the workspace's endpoints.

    Constraints: 1 to 2083 characters, format uri.
    """

    language: str | None = None
    """BCP-47 language code of the speech, such as `en`, `de` or `es`; detected
    automatically when null.
    """

    speech_model: SpeechModel = SpeechModel.UNIVERSAL_2
    """Recognition model to use."""

    word_timings: bool = True
    """Include a timestamp for every word."""

    speaker_labels: bool = False
    """Tell speakers apart (diarisation)."""

    speakers_expected: int | None = None
    """How many speakers to expect when `speaker_labels` is on.

    Constraints: 1 <= value <= 10.
    """

    sentiment_analysis: bool = False
    """Score the sentiment of each sentence."""

    entity_detection: bool = False
    """Detect named entities."""

    auto_highlights: bool = False
    """Extract key phrases."""

    content_safety: bool = False
    """Flag sensitive content."""

    iab_categories: bool = False
    """Classify the topics with the IAB taxonomy."""

    word_boost: list[str] = Field(default_factory=list)
    """Words or phrases the model should favour (names, jargon).

    Constraints: at most 200 items.
    """


# Imported last: models may refer to each other in cycles.
from .metadata import Metadata
