"""The Python target: binds the IR to Python (type spelling and imports, names a module shadows, the template
view) and renders ``templates/package`` and ``templates/project`` into a package.

``runtime/`` holds the client runtime as real source files, copied into every generated package (a user can
replace any of them from their template folder). ``render`` renders, ``format`` lays the texts out with black,
``snapshot`` records the bound API for review.
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


class PythonTarget:
    """The Python package (pydantic models, httpx), rendered by ``render`` and formatted by black (``format``)."""

    name = "python"
    snapshot = True

    def folder(self, config: Config) -> str:
        return config.package_name

    def template_dir(self) -> Path:
        from ...config import default_templates

        return default_templates()

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
        from ...pipeline import render_fingerprint
        from .rendering import render_and_format

        return render_and_format(
            api,
            config,
            template_dirs,
            cache,
            incremental=incremental,
            fingerprint=render_fingerprint(config),
            digests=digests,
            alongside=alongside,
            written=written,
        )
