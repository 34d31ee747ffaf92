"""Format the rendered Python with black, as little as possible.

The templates are written in black's style, so that most rendered text is already what black would print;
only a file with a line longer than black's limit (where black's wrapping decides the layout) goes through
black. Results are cached by content hash, so a regeneration formats only what changed, and large batches use
every core. The golden tests run ``black --check`` over every output to prove the templates keep their word.
"""

from __future__ import annotations

import hashlib
import os
from collections.abc import Iterable
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

import black
from black.mode import TargetVersion
from black.report import NothingChanged

LINE_LENGTH = 88
_MODE = black.Mode(line_length=LINE_LENGTH, target_versions={TargetVersion.PY311})
_PARALLEL_THRESHOLD = 40


def default_cache_dir() -> Path:
    """``$GENERATOR_CACHE_DIR``, else the user's cache folder."""
    configured = os.environ.get("GENERATOR_CACHE_DIR")
    if configured:
        return Path(configured)
    base = os.environ.get("XDG_CACHE_HOME") or os.path.join(
        os.path.expanduser("~"), ".cache"
    )
    return Path(base) / "openapi-client-generator"


def needs_black(text: str) -> bool:
    """Whether black could change ``text``: only lines beyond the limit leave layout to black."""
    return any(len(line) > LINE_LENGTH for line in text.splitlines())


def format_source(text: str) -> str:
    """``text`` formatted by black (in process, no safety re-parse: the output is re-checked by tests)."""
    try:
        return black.format_str(text, mode=_MODE)
    except NothingChanged:
        return text


class Formatter:
    """Formats many files, with a content-hash cache on disk."""

    def __init__(self, cache_dir: Path | None) -> None:
        version = str(getattr(black, "__version__", "unknown"))
        self.cache = (
            cache_dir / "black" / f"{version}-{LINE_LENGTH}" if cache_dir else None
        )
        self.formatted = 0
        self.cached = 0

    def _key(self, text: str) -> str:
        return hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()

    def _load(self, key: str) -> str | None:
        if self.cache is None:
            return None
        path = self.cache / key[:2] / key
        try:
            return path.read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError):
            return None

    def _store(self, key: str, text: str) -> None:
        if self.cache is None:
            return
        path = self.cache / key[:2] / key
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            temporary = path.with_suffix(f".{os.getpid()}.tmp")
            temporary.write_text(text, encoding="utf-8")
            os.replace(temporary, path)
        except OSError:
            pass

    def format_all(self, files: dict[str, str]) -> dict[str, str]:
        """The formatted texts of ``files`` (Python files only; others pass through)."""
        result = dict(files)
        pending: dict[str, list[str]] = {}
        for path, text in files.items():
            if not path.endswith(".py") or not needs_black(text):
                continue
            key = self._key(text)
            cached = self._load(key)
            if cached is not None:
                result[path] = cached
                self.cached += 1
            else:
                pending.setdefault(key, []).append(path)
        if not pending:
            return result
        keys = sorted(pending)
        sources = [files[pending[key][0]] for key in keys]
        for key, formatted in zip(keys, self._run(sources)):
            self._store(key, formatted)
            for path in pending[key]:
                result[path] = formatted
        self.formatted += len(keys)
        return result

    def _run(self, sources: list[str]) -> Iterable[str]:
        workers = min(os.cpu_count() or 1, 8)
        if len(sources) < _PARALLEL_THRESHOLD or workers < 2:
            return [format_source(s) for s in sources]
        with ProcessPoolExecutor(max_workers=workers) as pool:
            return list(
                pool.map(
                    format_source,
                    sources,
                    chunksize=max(1, len(sources) // (workers * 4)),
                )
            )
