"""Calls that must type-check: nested params as TypedDicts or models, enum values as literals or members
(a value the client does not list yet through the enum), and the generated README's webhook pattern.
"""

from __future__ import annotations

from typing import assert_type

from framelane import Framelane
from framelane.models import (
    Job,
    OutputFormat,
    RenderCompletedEvent,
    TextElement,
    UnknownWebhookEvent,
)
from framelane.params import ElementParam, TextElementParam

client = Framelane()

text: TextElementParam = {"type": "text", "text": "Hello", "duration": 3}
elements: list[ElementParam] = [
    text,
    {"type": "video", "source_url": "https://cdn.example.com/a.mp4"},
    TextElement(type="text", text="As a model", duration=2),
    {"type": "text", "text": "Styled", "duration": 1, "blend_mode": "multiply"},
]
job = client.renders.create(
    width=1920,
    height=1080,
    output_format="webm",
    elements=elements,
    transitions=[{"type": "cross_dissolve", "duration": 0.5}],
    metadata={"project": "p1"},
)
assert_type(job, Job)
client.renders.create(output_format=OutputFormat("avif"))
client.renders.create(output_format=OutputFormat.MP4)
client.webhooks.create(url="https://example.com/hook", events=["render.completed"])


def handle(body: bytes, headers: dict[str, str]) -> None:
    event = client.webhooks.unwrap(body, headers)
    if event.type == "render.completed":
        assert_type(event, RenderCompletedEvent)
        print(event.data.id)
    elif isinstance(event, UnknownWebhookEvent):
        print("not known yet:", event.type.value)
