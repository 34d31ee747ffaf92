"""What this client knows of its API beyond its operations: the security schemes and how each is sent."""

from __future__ import annotations

from ._auth import Scheme

SECURITY_SCHEMES: dict[str, Scheme] = {}
