"""Format the rendered Python with black, as little as possible.

Black costs about half a millisecond per line, and big specs render hundreds of thousands of lines, so black
only sees what it could change. The templates are written in black's style: every line that fits in black's
limit is already what black prints, and the statements they explode are exploded the way black does (magic
trailing commas). What is left for black is a statement with a line over the limit, where black's wrapping
decides the layout. Such a statement is cut out as a *fragment* — a top-level statement, or a single member of
a class (a method, a field) kept at its indentation — formatted alone, and spliced back. A fragment's
formatting depends only on its text, so results are cached by content hash and batches use every core.

The golden and corpus tests run ``black --check`` over whole outputs to prove that this gives black's result.
"""

from __future__ import annotations

import hashlib
import os
import re
from collections.abc import Iterable
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass
from pathlib import Path

from functools import lru_cache
from importlib import metadata
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import black

from ...incremental.store import write_atomically
from . import layout

LINE_LENGTH = layout.LIMIT


@lru_cache(maxsize=1)
def _mode() -> black.Mode:
    # black is imported when there is something to format: a regeneration whose fragments are all cached
    # (an incremental run, usually) does without its fifth of a second of imports.
    import black
    from black.mode import TargetVersion

    return black.Mode(line_length=LINE_LENGTH, target_versions={TargetVersion.PY311})


@lru_cache(maxsize=1)
def _black_version() -> str:
    try:
        return metadata.version("black")
    except metadata.PackageNotFoundError:
        return "unknown"


_PARALLEL_THRESHOLD = 128
_WRAPPER = "class _:\n"

# Long lines black cannot split (one string or f-string, or a dict entry of a string and a string or a name).
_UNSPLITTABLE = re.compile(
    r'^\s*"[^"\\]*"(: ("[^"\\]*"|[A-Za-z_][A-Za-z0-9_.]*))?,?$'
    r'|^\s*f"[^"\\]*",?$'
    r"|^\s*from [\w.]+ import \($"
    r"|^\s*\w+( as \w+)?,$"
    r"|^\s*(\| )?[\w.]+$"
    r"|^\s*[\w.]+ = [\w.]+\($"
    r"|^\s*[A-Za-z_][A-Za-z0-9_]*=([A-Za-z_][A-Za-z0-9_.]*|\"[^\"\\]*\"),$"
)


def _long_code_lines(lines: list[str]) -> list[bool]:
    """For each line: is it code (not inside a docstring) longer than black's limit and splittable?"""
    flags: list[bool] = []
    in_string = False
    for line in lines:
        quotes = line.count('"""')
        code = not in_string and quotes == 0
        if quotes % 2 == 1:
            in_string = not in_string
        long_code = (
            code and len(line) > LINE_LENGTH and not line.lstrip().startswith("#")
        )
        flags.append(long_code and not _UNSPLITTABLE.match(line))
    return flags


def needs_black(text: str) -> bool:
    """Whether black could change ``text`` (some code line is over the limit)."""
    return any(_long_code_lines(text.split("\n")))


def format_source(text: str) -> str:
    """``text`` formatted by black (in process, without black's safety re-parse: tests re-check outputs)."""
    import black
    from black.report import NothingChanged

    try:
        return black.format_str(text, mode=_mode())
    except NothingChanged:
        return text


@dataclass(frozen=True)
class _Fragment:
    """Lines ``start:end`` of a file, formatted alone (``member``: inside a class, at one indent). A
    ``signature`` fragment is a function's header alone: black lays a ``def`` out whatever its body holds, so
    a body with nothing to change is not sent (a ``pass`` stands in for it, and is cut off again).
    """

    start: int
    end: int
    member: bool
    signature: bool = False


def _statement_starts(lines: list[str], indent: str) -> list[int]:
    """Indices of the lines that begin a statement at exactly ``indent`` (outside strings and brackets)."""
    starts: list[int] = []
    in_string = False
    previous_decorator = False
    for i, line in enumerate(lines):
        quotes = line.count('"""')
        opens_here = in_string
        if quotes % 2 == 1:
            in_string = not in_string
        if opens_here:
            continue
        if not line.startswith(indent) or line[len(indent) : len(indent) + 1] in (
            "",
            " ",
            ")",
            "]",
            "}",
        ):
            continue
        # Decorators and comments belong to the statement below them.
        prefix = line[len(indent) :].startswith(("@", "#"))
        if previous_decorator:
            previous_decorator = prefix
            continue
        starts.append(i)
        previous_decorator = prefix
    return starts


def _trim(lines: list[str], start: int, end: int) -> int:
    """``end`` moved back over the blank lines that close ``lines[start:end]``."""
    while end > start and not lines[end - 1].strip():
        end -= 1
    return end


def _fragments(lines: list[str], flags: list[bool]) -> list[_Fragment]:
    """The smallest statements around the long lines: top-level ones, or class members for big classes."""
    found: list[_Fragment] = []
    top = _statement_starts(lines, "") + [len(lines)]
    for start, end in zip(top, top[1:]):
        end = _trim(lines, start, end)
        if not any(flags[start:end]):
            continue
        if lines[start].startswith("class ") and not flags[start]:
            body = _statement_starts(lines[start + 1 : end], "    ")
            members = [start + 1 + i for i in body] + [end]
            for m_start, m_end in zip(members, members[1:]):
                m_end = _trim(lines, m_start, m_end)
                if any(flags[m_start:m_end]):
                    found.append(_member(lines, flags, m_start, m_end))
            if not any(flags[start : members[0]]):
                continue
            found = [f for f in found if not (start <= f.start < end)]
        found.append(_Fragment(start, end, False))
    return found


_MEMBER_INDENT = "    "
_STUB = _MEMBER_INDENT * 2 + "pass"


def _member(lines: list[str], flags: list[bool], start: int, end: int) -> _Fragment:
    """The fragment for the class member ``lines[start:end]``: its signature alone when it is a function
    whose long lines are all in its header, else all of it."""
    first = start
    while first < end and lines[first].startswith(_MEMBER_INDENT + "@"):
        first += 1
    if first < end and lines[first][4:].startswith(("def ", "async def ")):
        for i in range(first, end):
            line = lines[i]
            closes = i == first or line.startswith(_MEMBER_INDENT + ")")
            if closes and line.endswith(":") and line[4:5] != " ":
                if not any(flags[i + 1 : end]):
                    return _Fragment(start, i + 1, True, signature=True)
                break
    return _Fragment(start, end, True)


def _fragment_text(lines: list[str], fragment: _Fragment) -> str:
    body = "\n".join(lines[fragment.start : fragment.end]) + "\n"
    if fragment.signature:
        body += _STUB + "\n"
    return _WRAPPER + body if fragment.member else body


def _unwrap(formatted: str, fragment: _Fragment) -> list[str]:
    text = (
        formatted[len(_WRAPPER) :]
        if fragment.member and formatted.startswith(_WRAPPER)
        else formatted
    )
    lines = text.rstrip("\n").split("\n")
    if fragment.signature and lines and lines[-1] == _STUB:
        lines.pop()
    return lines


class Formatter:
    """Formats many files, with a content-hash cache of fragments on disk."""

    def __init__(
        self,
        cache_dir: Path | None,
        *,
        trust_templates: bool = True,
        parallel: bool = True,
    ) -> None:
        self.parallel = parallel
        # Output of user templates is not known to be in black's style: black sees all of it (cached).
        self.trust_templates = trust_templates
        version = _black_version()
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
        try:
            return (self.cache / key[:2] / key).read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError):
            return None

    def _store(self, key: str, text: str) -> None:
        if self.cache is None:
            return
        write_atomically(self.cache / key[:2] / key, text.encode("utf-8"))

    def format_all(self, files: dict[str, str]) -> dict[str, str]:
        """The formatted texts of ``files`` (Python files only; others pass through)."""
        # Per file: its lines, and each fragment to replace with the cache key of its text.
        plans: dict[str, tuple[list[str], list[tuple[_Fragment, str]]]] = {}
        texts: dict[str, str] = {}
        for path, text in files.items():
            if not path.endswith(".py"):
                continue
            lines = text.split("\n")
            if self.trust_templates:
                flags = _long_code_lines(lines)
                if not any(flags):
                    continue
                fragments = _fragments(lines, flags)
            else:
                fragments = [_Fragment(0, _trim(lines, 0, len(lines)), False)]
            keyed = []
            for fragment in sorted(fragments, key=lambda f: f.start):
                source = _fragment_text(lines, fragment)
                key = self._key(source)
                texts.setdefault(key, source)
                keyed.append((fragment, key))
            plans[path] = (lines, keyed)
        results: dict[str, str] = {}
        pending: list[str] = []
        for key in sorted(texts):
            cached = self._load(key)
            if cached is None:
                pending.append(key)
            else:
                results[key] = cached
                self.cached += 1
        for key, formatted in zip(pending, self._run([texts[k] for k in pending])):
            self._store(key, formatted)
            results[key] = formatted
        self.formatted += len(pending)
        output = dict(files)
        for path, (lines, keyed) in plans.items():
            new_lines: list[str] = []
            position = 0
            for fragment, key in keyed:
                new_lines.extend(lines[position : fragment.start])
                new_lines.extend(_unwrap(results[key], fragment))
                position = fragment.end
            new_lines.extend(lines[position:])
            output[path] = "\n".join(new_lines)
        return output

    def _run(self, sources: list[str]) -> Iterable[str]:
        """Format fragments in batches (black's cost is per line, its overhead per call), on every core
        when there are many."""
        batches = [sources[i : i + _BATCH] for i in range(0, len(sources), _BATCH)]
        workers = min(os.cpu_count() or 1, 8)
        if len(sources) < _PARALLEL_THRESHOLD or workers < 2 or not self.parallel:
            results = [format_batch(batch) for batch in batches]
        else:
            with ProcessPoolExecutor(max_workers=workers) as pool:
                results = list(pool.map(format_batch, batches))
        return [text for batch in results for text in batch]


_BATCH = 64
_MARK = "# --- fragment {} ---"


def format_batch(sources: list[str]) -> list[str]:
    """Format many fragments with one black call: each is preceded by a marker comment, and the result is
    cut at the markers. When the batch does not come back whole, each fragment is formatted alone.
    """
    if len(sources) == 1:
        return [format_source(sources[0])]
    joined = "".join(
        f"{_MARK.format(i)}\n{source}\n\n" for i, source in enumerate(sources)
    )
    try:
        formatted = format_source(joined)
    except (
        Exception
    ):  # noqa: BLE001 - not hidden: formatting each fragment alone raises its own error
        return [format_source(source) for source in sources]
    lines = formatted.split("\n")
    marks = [i for i, line in enumerate(lines) if line.startswith("# --- fragment ")]
    if len(marks) != len(sources):
        return [format_source(source) for source in sources]
    marks.append(len(lines))
    return [
        "\n".join(lines[start + 1 : end]).strip("\n") + "\n"
        for start, end in zip(marks, marks[1:])
    ]
