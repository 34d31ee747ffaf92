from __future__ import annotations

from typing import Any

from .._models import BaseModel
from .error_code import ErrorCode

__all__ = ["ErrorBody"]


class ErrorBody(BaseModel):
    """What went wrong."""

    code: ErrorCode
    """Machine-readable error code; branch on this, not on `message`. The catalogue (new
    codes may be added):
    - `invalid_request` (400): the request could not be read: the body is not valid
      JSON, or is not a JSON object.
    - `unauthorized` (401): the `Authorization` header is missing, malformed, or names
      an unknown or revoked key.
    - `quota_exceeded` (402): the workspace has used up its render minutes for the
      billing period.
    - `email_not_verified` (403): a self-serve key is used before its signup e-mail code
      was verified.
    - `not_found` (404): no resource with that id exists in your workspace.
    - `conflict` (409): the request clashes with the current state of a resource.
    - `idempotency_key_reused` (409): an `Idempotency-Key` seen in the last 24 hours
      comes with a different body.
    - `job_not_cancellable` (409): the job is already completed, failed or cancelled.
    - `job_not_completed` (409): a download was asked for before the job completed.
    - `validation_error` (422): the body or query breaks the schema or a cross-field
      rule; `details` says where.
    - `unsupported_content_type` (422): `POST /v1/uploads` was given a MIME type outside
      the allow-list.
    - `rate_limited` (429): too many requests; wait `Retry-After` seconds.
    - `internal_error` (500): an unexpected failure on Framelane's side.
    - `service_unavailable` (503): the service is briefly overloaded or in maintenance;
      wait `Retry-After` seconds.
    """

    message: str
    """Human-readable explanation; wording may change."""

    details: ValidationErrorDetails | dict[str, Any] | None = None
    """Extra machine-readable context, when there is any: a `ValidationErrorDetails` for
    `validation_error`, otherwise an object whose content depends on the code.
    """


# Imported last: models may refer to each other in cycles.
from .validation_error_details import ValidationErrorDetails
