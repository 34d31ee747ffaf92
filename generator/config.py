"""Settings of a generation: ``[tool.generator]`` in ``pyproject.toml``, overridden by CLI flags.

They hold what a spec cannot say by itself (how lists page, which resources get ``wait()``, how webhooks are
signed), so the generated runtime stays generic and any API gets the same features by configuration.
"""

from __future__ import annotations

import dataclasses
import os
import re
import tomllib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .errors import ConfigError

_IDENTIFIER = re.compile(r"^[A-Za-z_][A-Za-z0-9_]*$")


def default_templates() -> Path:
    """The default templates: ``templates/`` of a checkout, or the copy installed inside the package."""
    checkout = Path(__file__).resolve().parent.parent / "templates"
    return (
        checkout
        if checkout.is_dir()
        else Path(__file__).resolve().parent / "_templates"
    )


def default_cache_dir() -> Path:
    """``$GENERATOR_CACHE_DIR``, else the user's cache folder."""
    configured = os.environ.get("GENERATOR_CACHE_DIR")
    if configured:
        return Path(configured)
    base = os.environ.get("XDG_CACHE_HOME") or os.path.join(
        os.path.expanduser("~"), ".cache"
    )
    return Path(base) / "openapi-client-generator"


@dataclass(frozen=True)
class PaginationConfig:
    """Cursor pagination: the query parameter and the response fields (auto-detected by shape)."""

    style: str = "cursor"
    cursor_param: str = "cursor"
    items_field: str = "data"
    next_cursor_field: str = "next_cursor"
    has_more_field: str = "has_more"


@dataclass(frozen=True)
class PollingConfig:
    """Which resources get ``wait()``, the status field, and the values that end the wait."""

    status_field: str = "status"
    terminal: tuple[str, ...] = ("completed", "failed", "cancelled")
    resources: tuple[str, ...] = ()
    # The wire name of a query parameter of the retrieve operation that long-polls (seconds to hold the
    # answer until the status changes); ``wait()`` uses it instead of sleeping between polls.
    long_poll_param: str = ""


@dataclass(frozen=True)
class WebhooksConfig:
    """How ``client.webhooks.unwrap()`` verifies a delivery (scheme ``t=<unix>,v1=<hex hmac-sha256>``)."""

    signature_header: str = ""
    tolerance: int = 300
    resource: str = "webhooks"


@dataclass(frozen=True)
class UploadsConfig:
    """The slot-then-PUT upload helper: which operation requests the slot, and the fields it uses."""

    resource: str = ""
    operation: str = "create"
    upload_url_field: str = "upload_url"
    content_type_field: str = "content_type"
    filename_field: str = "filename"
    # The media types the API accepts, when its spec says so only in prose: an upload of another type is
    # refused before anything is sent.
    content_types: tuple[str, ...] = ()


@dataclass(frozen=True)
class Config:
    """Everything a generation needs besides the spec itself."""

    spec: Path = Path("openapi.json")
    out: Path = Path("generated")
    package_name: str = "client"
    client_name: str = ""
    env_prefix: str = ""
    templates: Path | None = None
    package_files: bool = False
    allow_external_refs: bool = False
    pagination: PaginationConfig = field(default_factory=PaginationConfig)
    idempotency_header: str = "Idempotency-Key"
    polling: PollingConfig = field(default_factory=PollingConfig)
    webhooks: WebhooksConfig = field(default_factory=WebhooksConfig)
    uploads: UploadsConfig = field(default_factory=UploadsConfig)

    def fingerprint(self) -> dict[str, Any]:
        """The settings that shape the output (not where it goes), for cache keys."""
        data = dataclasses.asdict(self)
        for key in ("spec", "out", "templates"):
            data.pop(key)
        return data


def _section(data: dict[str, Any], name: str, cls: type[Any], base: Path) -> Any:
    raw = data.get(name, {})
    if not isinstance(raw, dict):
        raise ConfigError("", f"[tool.generator.{name}] must be a table")
    known = {f.name for f in dataclasses.fields(cls)}
    unknown = sorted(set(raw) - known)
    if unknown:
        raise ConfigError(
            "", f"[tool.generator.{name}]: unknown setting(s) {', '.join(unknown)}"
        )
    values = {k: tuple(v) if isinstance(v, list) else v for k, v in raw.items()}
    return cls(**values)


# The settings that belong to the spec ``[tool.generator] spec`` names: they describe its API (names,
# environment variables, pagination, polling, webhooks, uploads, idempotency), its installable project
# (``package_files`` writes a pyproject.toml and README.md for that one package beside it) and its files
# (``allow_external_refs`` trusts that spec's references). ``out`` and ``templates`` are about generating in
# this project, whatever the spec.
SPEC_SETTINGS = (
    "package_name",
    "client_name",
    "env_prefix",
    "package_files",
    "allow_external_refs",
    "pagination",
    "idempotency",
    "polling",
    "webhooks",
    "uploads",
)


def load_config(pyproject: Path | None, overrides: dict[str, Any]) -> Config:
    """Read ``[tool.generator]`` from ``pyproject`` (when it exists), then apply CLI ``overrides``."""
    return read_settings(pyproject, overrides, explicit=True)[0]


def read_settings(
    pyproject: Path | None, overrides: dict[str, Any], *, explicit: bool
) -> tuple[Config, tuple[str, ...]]:
    """``load_config``, and the names of the settings left out. Unless the config file was named
    (``explicit``), its ``SPEC_SETTINGS`` apply only to the spec it names: a ``spec`` override naming another
    file gets the defaults of those instead (a config without ``spec`` ties its settings to no spec, so they
    apply to any)."""
    data: dict[str, Any] = {}
    base = Path.cwd()
    if pyproject is not None and pyproject.is_file():
        try:
            with pyproject.open("rb") as handle:
                data = tomllib.load(handle).get("tool", {}).get("generator", {})
        except tomllib.TOMLDecodeError as exc:
            raise ConfigError("", f"{pyproject}: {exc}") from None
        base = pyproject.parent
    ignored: tuple[str, ...] = ()
    spec = overrides.get("spec")
    if not explicit and spec is not None and "spec" in data:
        if not _same_file(Path(spec), base / str(data["spec"])):
            ignored = tuple(key for key in SPEC_SETTINGS if key in data)
            data = {key: value for key, value in data.items() if key not in ignored}
    sections = {
        "pagination": PaginationConfig,
        "polling": PollingConfig,
        "webhooks": WebhooksConfig,
        "uploads": UploadsConfig,
    }
    values: dict[str, Any] = {
        name: _section(data, name, cls, base) for name, cls in sections.items()
    }
    idempotency = data.get("idempotency", {})
    if isinstance(idempotency, dict) and "header" in idempotency:
        values["idempotency_header"] = str(idempotency["header"])
    scalars = (
        {f.name for f in dataclasses.fields(Config)}
        - set(sections)
        - {"idempotency_header"}
    )
    unknown = sorted(set(data) - scalars - set(sections) - {"idempotency"})
    if unknown:
        raise ConfigError(
            "", f"[tool.generator]: unknown setting(s) {', '.join(unknown)}"
        )
    for key in scalars:
        if key in data:
            values[key] = data[key]
    for key in ("spec", "out", "templates"):
        if key in values and values[key] is not None:
            values[key] = (
                (base / str(values[key]))
                if not Path(str(values[key])).is_absolute()
                else Path(str(values[key]))
            )
    for key, value in overrides.items():
        if value is not None:
            values[key] = value
    config = Config(**values)
    if not _IDENTIFIER.match(config.package_name) or config.package_name.startswith(
        "__"
    ):
        raise ConfigError(
            "", f"package name {config.package_name!r} is not a valid Python identifier"
        )
    if config.client_name and not _IDENTIFIER.match(config.client_name):
        raise ConfigError(
            "", f"client name {config.client_name!r} is not a valid Python identifier"
        )
    if config.env_prefix and not re.match(r"^[A-Z][A-Z0-9_]*$", config.env_prefix):
        raise ConfigError(
            "",
            f"env_prefix {config.env_prefix!r} must be upper case letters, digits and _",
        )
    return config, ignored


def _same_file(a: Path, b: Path) -> bool:
    """Whether two paths name one file (through links and ``..``, or as the same path when missing)."""
    try:
        return os.path.samefile(a, b)
    except OSError:
        return a.resolve() == b.resolve()
