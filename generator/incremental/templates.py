"""Compiled templates kept between runs.

Compiling the big templates (a resource's) costs a small API's regeneration more than rendering them. Jinja's
bytecode cache keeps each compiled template in the user's cache folder, checked against the template's source
(and Jinja's version) before use, so an edited template is compiled again. Compiled code also depends on the
environment it was compiled for (whether a filter takes the template context is decided at compile time), so
the folder is per version of the generator's code; the folders of other versions are removed.
"""

from __future__ import annotations

import functools
import hashlib
import shutil
from pathlib import Path

import jinja2

from .digest import generator_code


@functools.lru_cache(maxsize=1)
def _generator_digest() -> str:
    """A digest of the generator's own code (its Python and runtime files) and of Jinja's version."""
    return hashlib.sha256(
        f"{jinja2.__version__}\0{generator_code()}".encode()
    ).hexdigest()[:16]


def bytecode_cache(cache: Path | None) -> jinja2.BytecodeCache | None:
    """Compiled templates in ``cache/templates/<generator version>`` (none without a cache, or when it
    cannot be made)."""
    if cache is None:
        return None
    root = cache / "templates"
    folder = root / _generator_digest()
    try:
        if not folder.is_dir():
            for other in root.glob("*"):
                if other.is_dir():
                    shutil.rmtree(other, ignore_errors=True)
                else:
                    other.unlink(missing_ok=True)
        folder.mkdir(parents=True, exist_ok=True)
    except OSError:
        return None
    return jinja2.FileSystemBytecodeCache(str(folder))
