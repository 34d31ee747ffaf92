"""Targets: what binds the language-neutral model to one language, and the registry of them.

A target names itself, says which folder under ``out`` it writes, where its default templates live, and turns an
``ir.Api`` into ``{relative path: text}`` (formatted as its language wants). ``python`` (the package under
``out/<package_name>/``) and ``typescript`` (``out/typescript/``, an npm package) are registered here.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Protocol

if TYPE_CHECKING:
    from .. import ir
    from ..config import Config
    from ..incremental.written import Written


@dataclass
class Rendered:
    """A target's files: the texts it made or read back, and the files it found in place unchanged."""

    texts: dict[str, str]
    """Every file's text by path (relative to ``out``), but for those in ``kept``."""
    formatted: int
    """How many were formatted anew."""
    kept: dict[str, str] = field(default_factory=dict)
    """Files whose bytes in the output folder are already those of a full render, by path: the SHA-256 of
    those bytes (the writer neither reads nor rewrites them)."""


class Target(Protocol):
    """One output language."""

    name: str

    def folder(self, config: Config) -> str:
        """The folder under ``config.out`` that this target's package is written to (swapped in as one tree)."""
        ...

    def template_dir(self) -> Path:
        """The folder of this target's default templates."""
        ...

    def render(
        self,
        api: ir.Api,
        config: Config,
        template_dirs: list[Path],
        cache: Path | None,
        *,
        incremental: bool = False,
        digests: Mapping[int, str] | None = None,
        alongside: Callable[[], None] | None = None,
        written: Written | None = None,
    ) -> Rendered:
        """Every file, rendered and formatted (paths relative to ``out``), and how many were formatted anew.
        With ``incremental``, a file whose inputs are as they were at the last run may be taken from the
        output folder (the bytes must be those a full render gives), and left there when ``written`` knows
        it unchanged since the last run wrote it; ``digests`` are those of some of the API's objects by
        ``id``, known from the lowering that made them. ``alongside`` is the caller's own work (the
        snapshot): the target runs it once, while its workers render if it has any, else first.
        """
        ...

    @property
    def snapshot(self) -> bool:
        """Whether the package keeps the API snapshot that ``diff`` compares (``.api.json``)."""
        ...


def _python() -> Target:
    from .python import PythonTarget

    return PythonTarget()


def _typescript() -> Target:
    from .typescript import TypeScriptTarget

    return TypeScriptTarget()


TARGETS: dict[str, Callable[[], Target]] = {
    "python": _python,
    "typescript": _typescript,
}
"""Every target by name, each made on demand (a target imports its renderer only when it runs)."""


def get(name: str) -> Target:
    """The target called ``name``."""
    try:
        return TARGETS[name]()
    except KeyError:
        from ..errors import ConfigError

        raise ConfigError(
            "", f"unknown target {name!r} (known: {', '.join(sorted(TARGETS))})"
        ) from None
