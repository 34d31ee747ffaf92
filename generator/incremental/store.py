"""Writing a cache file: whole or not at all, and never an error (a cache that cannot be written is skipped)."""

from __future__ import annotations

import os
from pathlib import Path


def write_atomically(path: Path, data: bytes) -> bool:
    """Replace ``path`` with ``data`` through a temporary file beside it (its name holds the process id, so two
    runs never write one temporary), making the folders on the way; ``False`` when it could not be written.
    """
    temporary = path.with_name(f"{path.name}.{os.getpid()}.tmp")
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        with open(temporary, "wb") as file:
            file.write(data)
        os.replace(temporary, path)
        return True
    except OSError:
        try:
            temporary.unlink(missing_ok=True)
        except OSError:
            pass
        return False
