"""Shared test settings: hypothesis profiles (``HYPOTHESIS_PROFILE=long`` for ``make test-long``)."""

from __future__ import annotations

import os

from hypothesis import HealthCheck, settings

# make test runs the same examples every time (a CI run never meets a new random input); test-long explores.
settings.register_profile(
    "default",
    max_examples=60,
    deadline=None,
    derandomize=True,
    suppress_health_check=[HealthCheck.too_slow],
)
settings.register_profile(
    "long",
    max_examples=1000,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow],
)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "default"))
