"""Writing a cache file: whole or not at all, and never an error (a cache that cannot be written is skipped);
reading a pickled one back."""

from __future__ import annotations

import os
import pickle
from pathlib import Path
from typing import Any


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


def read_pickle(path: Path) -> Any:
    """The record pickled at ``path``, or ``None`` when it is missing or fails to load. The cache folder is
    the user's own (like black's, which pickles too); a record another version made may not load.
    """
    try:
        with path.open("rb") as file:
            return pickle.load(file)
    except (
        OSError,
        pickle.UnpicklingError,
        EOFError,
        AttributeError,
        ImportError,
        TypeError,
        ValueError,
    ):
        return None
