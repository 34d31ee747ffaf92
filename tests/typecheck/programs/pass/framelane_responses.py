"""Response options that must type-check: strict validation on the client and a copy, and a model's
``to_dict()`` / ``to_json()`` with their options; the static types of a result stay as declared.
"""

from __future__ import annotations

from typing import Any, assert_type

from framelane import AsyncFramelane, Framelane
from framelane.models import Job

client = Framelane(strict_response_validation=True)
lenient = client.with_options(strict_response_validation=False)
assert_type(lenient, Framelane)
assert_type(client.strict_response_validation, bool)
aclient = AsyncFramelane().with_options(strict_response_validation=True)
assert_type(aclient, AsyncFramelane)

job = lenient.renders.retrieve("render_1")
assert_type(job, Job)
assert_type(job.workspace_id, str)
data: dict[str, Any] = job.to_dict(
    mode="python", by_alias=False, exclude_unset=False, exclude_none=True
)
text: str = job.to_json(indent=None, exclude_none=True)
compact: str = job.to_json(indent=4, by_alias=True, exclude_unset=False)
