from .._models import OpenStrEnum

__all__ = ["TaskType"]


class TaskType(OpenStrEnum):
    """The AI task a task job runs. `remove_background`: cuts the subject out and returns
    media with a transparent background. `gaze_redirect`: makes on-screen eyes look into
    the camera. `super_resolution`: upscales the source by a factor of 1 to 4.
    `transcribe`: speech to text, with optional analysis.

    Values this client does not list yet are accepted too.
    """

    REMOVE_BACKGROUND = "remove_background"
    GAZE_REDIRECT = "gaze_redirect"
    SUPER_RESOLUTION = "super_resolution"
    TRANSCRIBE = "transcribe"
