"""The API's types: one module per model, enum or alias, imported on first use (``from
framelane.models import ApiKey``
loads only that module and what it refers to)."""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .api_key import ApiKey as ApiKey
    from .api_key_create_request import ApiKeyCreateRequest as ApiKeyCreateRequest
    from .api_key_created import ApiKeyCreated as ApiKeyCreated
    from .api_key_list import ApiKeyList as ApiKeyList
    from .asset import Asset as Asset
    from .asset_kind import AssetKind as AssetKind
    from .asset_ready_event import AssetReadyEvent as AssetReadyEvent
    from .audio_element import AudioElement as AudioElement
    from .blend_mode import BlendMode as BlendMode
    from .capabilities import Capabilities as Capabilities
    from .chroma_key_settings import ChromaKeySettings as ChromaKeySettings
    from .composition_element import CompositionElement as CompositionElement
    from .dimension import Dimension as Dimension
    from .easing import Easing as Easing
    from .effect import Effect as Effect
    from .effect_type import EffectType as EffectType
    from .element import Element as Element
    from .error_body import ErrorBody as ErrorBody
    from .error_code import ErrorCode as ErrorCode
    from .error_response import ErrorResponse as ErrorResponse
    from .font_style import FontStyle as FontStyle
    from .gaze_redirect_task_request import (
        GazeRedirectTaskRequest as GazeRedirectTaskRequest,
    )
    from .image_element import ImageElement as ImageElement
    from .import_ import Import as Import
    from .import_request import ImportRequest as ImportRequest
    from .import_status import ImportStatus as ImportStatus
    from .job import Job as Job
    from .job_error import JobError as JobError
    from .job_kind import JobKind as JobKind
    from .job_list import JobList as JobList
    from .job_output import JobOutput as JobOutput
    from .job_status import JobStatus as JobStatus
    from .metadata import Metadata as Metadata
    from .motion import Motion as Motion
    from .motion_scope import MotionScope as MotionScope
    from .motion_type import MotionType as MotionType
    from .output_format import OutputFormat as OutputFormat
    from .plan import Plan as Plan
    from .plan_status import PlanStatus as PlanStatus
    from .progress_stage import ProgressStage as ProgressStage
    from .remove_background_task_request import (
        RemoveBackgroundTaskRequest as RemoveBackgroundTaskRequest,
    )
    from .render_completed_event import RenderCompletedEvent as RenderCompletedEvent
    from .render_failed_event import RenderFailedEvent as RenderFailedEvent
    from .render_progress_event import RenderProgressEvent as RenderProgressEvent
    from .render_request import RenderRequest as RenderRequest
    from .speech_model import SpeechModel as SpeechModel
    from .super_resolution_task_request import (
        SuperResolutionTaskRequest as SuperResolutionTaskRequest,
    )
    from .task_completed_event import TaskCompletedEvent as TaskCompletedEvent
    from .task_failed_event import TaskFailedEvent as TaskFailedEvent
    from .task_progress_event import TaskProgressEvent as TaskProgressEvent
    from .task_type import TaskType as TaskType
    from .text_align import TextAlign as TextAlign
    from .text_decoration import TextDecoration as TextDecoration
    from .text_element import TextElement as TextElement
    from .text_wrap import TextWrap as TextWrap
    from .transcribe_task_request import TranscribeTaskRequest as TranscribeTaskRequest
    from .transition import Transition as Transition
    from .transition_type import TransitionType as TransitionType
    from .unknown_element import UnknownElement as UnknownElement
    from .unknown_webhook_event import UnknownWebhookEvent as UnknownWebhookEvent
    from .upload_request import UploadRequest as UploadRequest
    from .upload_response import UploadResponse as UploadResponse
    from .validation_error_details import (
        ValidationErrorDetails as ValidationErrorDetails,
    )
    from .validation_error_item import ValidationErrorItem as ValidationErrorItem
    from .video_element import VideoElement as VideoElement
    from .webhook_endpoint import WebhookEndpoint as WebhookEndpoint
    from .webhook_endpoint_create_request import (
        WebhookEndpointCreateRequest as WebhookEndpointCreateRequest,
    )
    from .webhook_endpoint_created import (
        WebhookEndpointCreated as WebhookEndpointCreated,
    )
    from .webhook_endpoint_list import WebhookEndpointList as WebhookEndpointList
    from .webhook_endpoint_update_request import (
        WebhookEndpointUpdateRequest as WebhookEndpointUpdateRequest,
    )
    from .webhook_event import WebhookEvent as WebhookEvent
    from .webhook_event_type import WebhookEventType as WebhookEventType
    from .webhook_secret_rotated import WebhookSecretRotated as WebhookSecretRotated
    from .word import Word as Word
    from .word_animation import WordAnimation as WordAnimation
    from .word_animation_style import WordAnimationStyle as WordAnimationStyle
    from .workspace import Workspace as Workspace
    from .workspace_update import WorkspaceUpdate as WorkspaceUpdate
    from .workspace_usage import WorkspaceUsage as WorkspaceUsage

_MODULES: dict[str, str] = {
    "ApiKey": "api_key",
    "ApiKeyCreateRequest": "api_key_create_request",
    "ApiKeyCreated": "api_key_created",
    "ApiKeyList": "api_key_list",
    "Asset": "asset",
    "AssetKind": "asset_kind",
    "AssetReadyEvent": "asset_ready_event",
    "AudioElement": "audio_element",
    "BlendMode": "blend_mode",
    "Capabilities": "capabilities",
    "ChromaKeySettings": "chroma_key_settings",
    "CompositionElement": "composition_element",
    "Dimension": "dimension",
    "Easing": "easing",
    "Effect": "effect",
    "EffectType": "effect_type",
    "Element": "element",
    "ErrorBody": "error_body",
    "ErrorCode": "error_code",
    "ErrorResponse": "error_response",
    "FontStyle": "font_style",
    "GazeRedirectTaskRequest": "gaze_redirect_task_request",
    "ImageElement": "image_element",
    "Import": "import_",
    "ImportRequest": "import_request",
    "ImportStatus": "import_status",
    "Job": "job",
    "JobError": "job_error",
    "JobKind": "job_kind",
    "JobList": "job_list",
    "JobOutput": "job_output",
    "JobStatus": "job_status",
    "Metadata": "metadata",
    "Motion": "motion",
    "MotionScope": "motion_scope",
    "MotionType": "motion_type",
    "OutputFormat": "output_format",
    "Plan": "plan",
    "PlanStatus": "plan_status",
    "ProgressStage": "progress_stage",
    "RemoveBackgroundTaskRequest": "remove_background_task_request",
    "RenderCompletedEvent": "render_completed_event",
    "RenderFailedEvent": "render_failed_event",
    "RenderProgressEvent": "render_progress_event",
    "RenderRequest": "render_request",
    "SpeechModel": "speech_model",
    "SuperResolutionTaskRequest": "super_resolution_task_request",
    "TaskCompletedEvent": "task_completed_event",
    "TaskFailedEvent": "task_failed_event",
    "TaskProgressEvent": "task_progress_event",
    "TaskType": "task_type",
    "TextAlign": "text_align",
    "TextDecoration": "text_decoration",
    "TextElement": "text_element",
    "TextWrap": "text_wrap",
    "TranscribeTaskRequest": "transcribe_task_request",
    "Transition": "transition",
    "TransitionType": "transition_type",
    "UnknownElement": "unknown_element",
    "UnknownWebhookEvent": "unknown_webhook_event",
    "UploadRequest": "upload_request",
    "UploadResponse": "upload_response",
    "ValidationErrorDetails": "validation_error_details",
    "ValidationErrorItem": "validation_error_item",
    "VideoElement": "video_element",
    "WebhookEndpoint": "webhook_endpoint",
    "WebhookEndpointCreateRequest": "webhook_endpoint_create_request",
    "WebhookEndpointCreated": "webhook_endpoint_created",
    "WebhookEndpointList": "webhook_endpoint_list",
    "WebhookEndpointUpdateRequest": "webhook_endpoint_update_request",
    "WebhookEvent": "webhook_event",
    "WebhookEventType": "webhook_event_type",
    "WebhookSecretRotated": "webhook_secret_rotated",
    "Word": "word",
    "WordAnimation": "word_animation",
    "WordAnimationStyle": "word_animation_style",
    "Workspace": "workspace",
    "WorkspaceUpdate": "workspace_update",
    "WorkspaceUsage": "workspace_usage",
}

__all__ = [
    "ApiKey",
    "ApiKeyCreated",
    "ApiKeyCreateRequest",
    "ApiKeyList",
    "Asset",
    "AssetKind",
    "AssetReadyEvent",
    "AudioElement",
    "BlendMode",
    "Capabilities",
    "ChromaKeySettings",
    "CompositionElement",
    "Dimension",
    "Easing",
    "Effect",
    "EffectType",
    "Element",
    "ErrorBody",
    "ErrorCode",
    "ErrorResponse",
    "FontStyle",
    "GazeRedirectTaskRequest",
    "ImageElement",
    "Import",
    "ImportRequest",
    "ImportStatus",
    "Job",
    "JobError",
    "JobKind",
    "JobList",
    "JobOutput",
    "JobStatus",
    "Metadata",
    "Motion",
    "MotionScope",
    "MotionType",
    "OutputFormat",
    "Plan",
    "PlanStatus",
    "ProgressStage",
    "RemoveBackgroundTaskRequest",
    "RenderCompletedEvent",
    "RenderFailedEvent",
    "RenderProgressEvent",
    "RenderRequest",
    "SpeechModel",
    "SuperResolutionTaskRequest",
    "TaskCompletedEvent",
    "TaskFailedEvent",
    "TaskProgressEvent",
    "TaskType",
    "TextAlign",
    "TextDecoration",
    "TextElement",
    "TextWrap",
    "TranscribeTaskRequest",
    "Transition",
    "TransitionType",
    "UnknownElement",
    "UnknownWebhookEvent",
    "UploadRequest",
    "UploadResponse",
    "ValidationErrorDetails",
    "ValidationErrorItem",
    "VideoElement",
    "WebhookEndpoint",
    "WebhookEndpointCreated",
    "WebhookEndpointCreateRequest",
    "WebhookEndpointList",
    "WebhookEndpointUpdateRequest",
    "WebhookEvent",
    "WebhookEventType",
    "WebhookSecretRotated",
    "Word",
    "WordAnimation",
    "WordAnimationStyle",
    "Workspace",
    "WorkspaceUpdate",
    "WorkspaceUsage",
]


def __getattr__(name: str) -> Any:
    module = _MODULES.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(f".{module}", __name__), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return list(__all__)
