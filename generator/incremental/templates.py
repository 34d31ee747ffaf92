"""Compiled templates kept between runs.

Compiling the big templates (a resource's) costs a small API's regeneration more than rendering them. Jinja's
bytecode cache keeps each compiled template in the user's cache folder, checked against the template's source
(and Jinja's version) before use, so an edited template is compiled again.
"""

from __future__ import annotations

from pathlib import Path

import jinja2


def bytecode_cache(cache: Path | None) -> jinja2.BytecodeCache | None:
    """Compiled templates in ``cache/templates`` (none without a cache, or when it cannot be made)."""
    if cache is None:
        return None
    folder = cache / "templates"
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError:
        return None
    return jinja2.FileSystemBytecodeCache(str(folder))
