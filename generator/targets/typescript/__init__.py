"""The TypeScript target: the ``@framelane/sdk``-style npm package (native fetch, no dependencies, ESM with type
declarations). ``runtime/`` holds the client runtime as real ``.ts`` files, copied into every package as they are
(a user replaces any of them from their template folder, under ``typescript/src/core/``).
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from collections.abc import Callable, Mapping

    from ... import ir
    from ...config import Config
    from ...incremental.written import Written
    from .. import Rendered


class TypeScriptTarget:
    """Binds the IR with ``view.bind`` and renders ``templates/typescript/``; the output needs no formatter (the
    templates lay it out, and it is deterministic by construction)."""

    name = "typescript"
    snapshot = False

    def folder(self, config: Config) -> str:
        return config.typescript.out

    def template_dir(self) -> Path:
        from .render import DEFAULT_TEMPLATES

        return DEFAULT_TEMPLATES

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
        from .. import Rendered
        from .render import render

        if alongside is not None:
            alongside()
        return Rendered(texts=render(api, config, template_dirs, cache), formatted=0)
