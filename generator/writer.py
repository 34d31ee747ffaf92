"""Put the generated files in place: all at once, touching only what changed, never losing a user's file.

The package folder is rebuilt beside the old one (unchanged files are hard links, so their bytes and times stay
as they were; files the generator does not own, by its manifest, are carried over) and then swapped in with one
atomic exchange of directory entries (``renameat2(RENAME_EXCHANGE)`` on Linux). Whatever moment the process
dies, the package folder is either the old tree or the new one. Where the exchange is not available, two
renames are used and an interrupted swap is repaired at the start of the next run.
"""

from __future__ import annotations

import ctypes
import ctypes.util
import difflib
import errno
import hashlib
import json
import os
import re
import shutil
import uuid
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath

from .errors import GeneratorError
from .naming import WINDOWS_DEVICES

MANIFEST = ".generator-manifest.json"
_RENAME_EXCHANGE = 2
_AT_FDCWD = -100


@dataclass
class WriteResult:
    """What a write did (or, with ``check``, would do)."""

    written: list[str] = field(default_factory=list)
    removed: list[str] = field(default_factory=list)
    unchanged: int = 0
    diff: list[str] = field(default_factory=list)

    @property
    def changed(self) -> bool:
        """Whether any file differs."""
        return bool(self.written or self.removed)


def _digest(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


# What Windows cannot store in a file name, and the device names it reserves whatever the extension: a generated
# tree must check out unchanged on every system, so no generated path uses them.
_UNPORTABLE = frozenset('<>:"|?*\\')
_DEVICES = WINDOWS_DEVICES


# Segments of word characters, dots and dashes, none empty, none starting or ending with a dot.
_PLAIN_PATH = re.compile(
    r"[A-Za-z0-9_-]+(?:\.[A-Za-z0-9_-]+)*(?:/[A-Za-z0-9_-]+(?:\.[A-Za-z0-9_-]+)*)*"
)


def safe_relative(path: str) -> PurePosixPath:
    """A generated path must stay inside the output folder and be a valid name everywhere: relative, no
    ``..``, no drive, no control character, no Windows device name (``CON``, ``nul.py``), no trailing dot or
    space, and in its one normal form (``a//b`` or ``a/./b`` would be a second spelling of a
    file)."""
    if _PLAIN_PATH.fullmatch(path) and not any(
        part.split(".")[0].lower() in _DEVICES for part in path.split("/")
    ):
        # The usual generated path (``pkg/models/user.py``): the checks below cannot fail on it.
        return PurePosixPath(path)
    pure = PurePosixPath(path)
    if (
        not path
        or pure.is_absolute()
        or ".." in pure.parts
        or any(part in ("", ".") for part in pure.parts)
        or any(ch in _UNPORTABLE or ord(ch) < 0x20 or ord(ch) == 0x7F for ch in path)
        or pure.as_posix() != path
        or any(
            part.split(".")[0].strip().lower() in _DEVICES or part.endswith((".", " "))
            for part in pure.parts
        )
    ):
        raise GeneratorError(
            "",
            f"refusing to write outside the output folder or to an unportable name: {path!r}",
        )
    return pure


def check_paths(paths: list[str]) -> None:
    """Every path valid (``safe_relative``) and no two the same file on a case-insensitive system."""
    seen: dict[str, str] = {}
    for path in sorted(paths):
        safe_relative(path)
        folded = path.casefold()
        if folded in seen:
            raise GeneratorError(
                "",
                f"two generated files differ only in case: {seen[folded]!r} and {path!r}",
            )
        seen[folded] = path


def _owned(manifest: dict[str, object]) -> set[str]:
    """The files a manifest says the generator wrote. The manifest lies in the output folder, where anyone may
    edit it: an entry that is not a safe relative path (``../../.bashrc``) is ignored, never read or deleted.
    """
    listed = manifest.get("files")
    owned: set[str] = set()
    if isinstance(listed, dict):
        for path in listed:
            try:
                if isinstance(path, str):
                    safe_relative(path)
                    owned.add(path)
            except GeneratorError:
                continue
    return owned


def read_manifest(package_dir: Path) -> dict[str, object]:
    """The manifest of the last generation in ``package_dir``, or an empty one."""
    try:
        data = json.loads((package_dir / MANIFEST).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return data if isinstance(data, dict) else {}


def _exchange(a: Path, b: Path) -> bool:
    """Atomically swap two directory entries; False when the system cannot."""
    name = ctypes.util.find_library("c")
    if not name:
        return False
    try:
        libc = ctypes.CDLL(name, use_errno=True)
        renameat2 = libc.renameat2
    except (OSError, AttributeError):
        return False
    renameat2.argtypes = [
        ctypes.c_int,
        ctypes.c_char_p,
        ctypes.c_int,
        ctypes.c_char_p,
        ctypes.c_uint,
    ]
    result = renameat2(
        _AT_FDCWD, os.fsencode(a), _AT_FDCWD, os.fsencode(b), _RENAME_EXCHANGE
    )
    if result == 0:
        return True
    code = ctypes.get_errno()
    if code in (errno.EINVAL, errno.ENOSYS, errno.EXDEV, errno.ENOTSUP):
        return False
    raise OSError(code, os.strerror(code), str(a))


def recover(out: Path, package: str) -> None:
    """Finish or undo a swap that a killed run left half done, and clear its leftovers."""
    target = out / package
    backup = out / f".{package}.old"
    if backup.exists() and not target.exists():
        os.rename(backup, target)
    for leftover in out.glob(f".{package}.staging-*"):
        shutil.rmtree(leftover, ignore_errors=True)
    if backup.exists():
        shutil.rmtree(backup, ignore_errors=True)


def write(
    out: Path,
    package: str,
    files: dict[str, bytes],
    *,
    check: bool = False,
    kept: Mapping[str, str] | None = None,
) -> WriteResult:
    """Make ``out`` hold ``files`` (paths relative to ``out``; those under ``package/`` are swapped in as one
    tree). ``kept`` are more files of the output, already in place with the bytes of the given SHA-256
    digests: they are neither read nor rewritten. With ``check``, nothing is written and the result lists
    the differences."""
    kept = kept or {}
    check_paths([*files, *kept])
    target = out / package
    if not check:
        out.mkdir(parents=True, exist_ok=True)
        recover(out, package)
    manifest = read_manifest(target)
    owned = _owned(manifest)
    result = WriteResult()
    current: dict[str, bytes | None] = {}
    out_s = os.fspath(out)
    for path in sorted((set(files) | owned) - set(kept)):
        try:
            with open(os.path.join(out_s, path), "rb") as file:
                current[path] = file.read()
        except (FileNotFoundError, NotADirectoryError, IsADirectoryError):
            current[path] = None
    unchanged: set[str] = set(kept)
    for path in sorted(files):
        if current.get(path) == files[path]:
            unchanged.add(path)
        else:
            result.written.append(path)
            if check:
                old = (
                    (current.get(path) or b"")
                    .decode("utf-8", "replace")
                    .splitlines(keepends=True)
                )
                new = files[path].decode("utf-8", "replace").splitlines(keepends=True)
                result.diff.extend(
                    difflib.unified_diff(old, new, f"a/{path}", f"b/{path}")
                )
    every = {*files, *kept}
    for path in sorted(owned - every):
        if current.get(path) is not None:
            result.removed.append(path)
            if check:
                result.diff.append(f"--- a/{path}\n+++ /dev/null (removed)\n")
    manifest_data = _manifest(
        {**{path: _digest(content) for path, content in files.items()}, **kept}
    )
    try:
        manifest_changed = (target / MANIFEST).read_bytes() != manifest_data
    except OSError:
        manifest_changed = True
    result.unchanged = len(unchanged)
    if check or (not result.changed and not manifest_changed):
        return result
    _swap(out, package, files, owned, manifest_data, unchanged)
    return result


def _manifest(digests: dict[str, str]) -> bytes:
    # Spelled out line by line: json.dumps with ``indent`` falls back to its slow pure-Python encoder, which
    # costs a big API a third of a second. The bytes are those of ``json.dumps(data, indent=1,
    # sort_keys=True)``.
    entries = ",\n".join(
        f"  {json.dumps(path)}: {json.dumps(digest)}"
        for path, digest in sorted(digests.items())
    )
    comment = json.dumps(
        "Files written by the generator; files not listed here are yours and are kept."
    )
    body = f"{{\n{entries}\n }}" if entries else "{}"
    return f'{{\n "comment": {comment},\n "files": {body}\n}}\n'.encode()


def _swap(
    out: Path,
    package: str,
    files: dict[str, bytes],
    owned: set[str],
    manifest: bytes,
    unchanged: set[str],
) -> None:
    target = out / package
    staging = out / f".{package}.staging-{uuid.uuid4().hex[:12]}"
    prefix = f"{package}/"
    # Plain strings and os calls below, not pathlib: a big API has thousands of files, and pathlib's
    # parsing cost more than the links themselves.
    target_s = os.fspath(target)
    staging_s = os.fspath(staging)
    out_s = os.fspath(out)
    try:
        os.mkdir(staging_s)
        made: set[str] = {staging_s}
        # Files already there that the generator does not own (and did not write now) are the user's: keep.
        if target.is_dir():
            for root, dirs, names in os.walk(target_s):
                inner = root[len(target_s) + 1 :]
                inside = f"{inner}/" if inner else ""
                kept_dirs = []
                for name in dirs:
                    if name == "__pycache__":
                        continue
                    source = os.path.join(root, name)
                    destination = os.path.join(staging_s, inside + name)
                    if os.path.islink(source):
                        # A link to a folder is kept as the link (never followed, never copied through).
                        _link_or_copy(source, destination)
                    else:
                        # The user's folders are kept, even empty ones.
                        os.makedirs(destination, exist_ok=True)
                        made.add(destination)
                        kept_dirs.append(name)
                dirs[:] = kept_dirs
                for name in names:
                    relative = prefix + inside + name
                    if (
                        relative in owned
                        or relative in files
                        or relative in unchanged
                        or relative == prefix + MANIFEST
                    ):
                        continue
                    _link_or_copy(
                        os.path.join(root, name),
                        os.path.join(staging_s, inside + name),
                    )
        for path in sorted({*files, *unchanged}):
            if not path.startswith(prefix):
                continue
            destination = os.path.join(staging_s, path[len(prefix) :])
            parent = os.path.dirname(destination)
            if parent not in made:
                os.makedirs(parent, exist_ok=True)
                made.add(parent)
            if path in unchanged:
                # Same bytes as the file in place (compared by write(), or known from the last run): a hard
                # link keeps its inode and times.
                _link_or_copy(os.path.join(out_s, path), destination)
            else:
                with open(destination, "wb") as file:
                    file.write(files[path])
        (staging / MANIFEST).write_bytes(manifest)
        if target.exists():
            if not _exchange(staging, target):
                backup = out / f".{package}.old"
                os.rename(target, backup)
                os.rename(staging, target)
                staging = backup
        else:
            os.rename(staging, target)
            staging = out / f".{package}.staging-done"
        # Files beside the package (pyproject.toml, README.md): each replaced atomically.
        for path, content in files.items():
            if path.startswith(prefix):
                continue
            beside = out / path
            try:
                if beside.read_bytes() == content:
                    continue
            except OSError:
                pass
            beside.parent.mkdir(parents=True, exist_ok=True)
            temporary = beside.with_name(f".{beside.name}.{uuid.uuid4().hex[:8]}.tmp")
            temporary.write_bytes(content)
            os.replace(temporary, beside)
        for path in sorted(owned - set(files) - unchanged):
            if not path.startswith(prefix) and _within(out, (out / path).parent):
                try:
                    (out / path).unlink()
                except OSError:
                    pass
    finally:
        if staging.exists():
            shutil.rmtree(staging, ignore_errors=True)


def _within(root: Path, folder: Path) -> bool:
    """Whether ``folder`` is really inside ``root`` once links are followed (a manifest entry under a link that
    points elsewhere must not delete anything there)."""
    try:
        return folder.resolve().is_relative_to(root.resolve())
    except (OSError, RuntimeError):
        return False


def _link_or_copy(source: str, destination: str) -> None:
    """Put ``source`` at ``destination`` without copying bytes when possible: a symbolic link stays a link
    (to the same target), a file becomes a hard link, or a copy across file systems. The destination's
    folder exists already: ``_swap`` makes each folder once."""
    if os.path.islink(source):
        os.symlink(os.readlink(source), destination)
        return
    try:
        os.link(source, destination, follow_symlinks=False)
    except OSError:
        shutil.copy2(source, destination)
