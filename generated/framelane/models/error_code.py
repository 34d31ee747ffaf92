from .._models import OpenStrEnum

__all__ = ["ErrorCode"]


class ErrorCode(OpenStrEnum):
    """Machine-readable error codes the API returns in `error.code`. New codes may appear,
    so the `code` field also accepts any string.

    Values this client does not list yet are accepted too.
    """

    INVALID_REQUEST = "invalid_request"
    UNAUTHORIZED = "unauthorized"
    QUOTA_EXCEEDED = "quota_exceeded"
    EMAIL_NOT_VERIFIED = "email_not_verified"
    NOT_FOUND = "not_found"
    CONFLICT = "conflict"
    IDEMPOTENCY_KEY_REUSED = "idempotency_key_reused"
    JOB_NOT_CANCELLABLE = "job_not_cancellable"
    JOB_NOT_COMPLETED = "job_not_completed"
    VALIDATION_ERROR = "validation_error"
    UNSUPPORTED_CONTENT_TYPE = "unsupported_content_type"
    RATE_LIMITED = "rate_limited"
    INTERNAL_ERROR = "internal_error"
    SERVICE_UNAVAILABLE = "service_unavailable"
