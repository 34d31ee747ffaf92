"""One generation, stage by stage: load, lower, render, format, write."""

from __future__ import annotations

import gc
import hashlib
import json
import time
from dataclasses import dataclass, field
from typing import Any
from pathlib import Path

from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING

from .incremental.store import write_atomically
from . import __version__, ir
from .config import Config, default_cache_dir, default_templates
from .diff import Change, compare
from .errors import Diagnostic, Diagnostics
from .incremental.digest import generator_code
from .incremental.written import Written, file_stats, manifest_digest
from .forked import Forked
from .writer import MANIFEST, WriteResult, read_manifest, write

if TYPE_CHECKING:
    from .incremental.lowering import ComponentMemo
    from .targets import Target

# The stages (and openapi-pydantic, Jinja2, black behind them) are imported by generate() only when there is
# work to do: a regeneration with nothing changed stays a few file hashes.

SNAPSHOT_FILE = ".api.json"


@dataclass
class Outcome:
    """What a generation did, for the CLI's summary."""

    api: ir.Api | None
    result: WriteResult
    warnings: list[Diagnostic]
    seconds: float
    skipped: bool = False
    timings: dict[str, float] = field(default_factory=dict)
    changes: list[Change] = field(default_factory=list)
    first: bool = False
    formatted: int = 0


def _hash_files(paths: list[Path], root: Path | None = None) -> str:
    digest = hashlib.sha256()
    for path in sorted(paths):
        digest.update(str(path.relative_to(root) if root else path).encode())
        try:
            digest.update(path.read_bytes())
        except OSError:
            digest.update(b"<missing>")
    return digest.hexdigest()


def fingerprint(config: Config, spec_files: list[Path]) -> dict[str, str]:
    """Hashes of everything the output depends on: the spec (and the files it refers to), the settings,
    the templates and the generator's own code."""
    template_dirs = [
        d for d in (config.templates, default_templates()) if d is not None
    ]
    templates = "".join(
        _hash_files([p for p in d.rglob("*") if p.is_file()], d)
        for d in template_dirs
        if d.is_dir()
    )
    return {
        "spec": _hash_files(spec_files),
        "config": hashlib.sha256(
            repr(sorted(config.fingerprint().items())).encode()
        ).hexdigest(),
        "templates": templates,
        "generator": generator_code() + "-" + __version__,
        "out": str(config.out.resolve()),
    }


def _fingerprint_path(cache_dir: Path, out: Path, package: str) -> Path:
    key = hashlib.sha256(f"{out.resolve()}\0{package}".encode()).hexdigest()[:32]
    return cache_dir / "runs" / f"{key}.json"


def _record_run(
    config: Config,
    cache: Path,
    extra_files: tuple[Path, ...] | None,
    folder: str = "",
) -> None:
    """Remember the inputs of this run, so that an identical next run can skip everything; ``None`` forgets
    them (a run that did not use the cache must not vouch for the output)."""
    folder = folder or config.package_name
    path = _fingerprint_path(cache, config.out, folder)
    try:
        if extra_files is None:
            path.unlink(missing_ok=True)
            return
        record = {
            "fingerprint": fingerprint(config, [config.spec.resolve(), *extra_files]),
            "extra_files": [str(p) for p in extra_files],
            # The tree this record vouches for: another run's tree in its place voids it.
            "manifest": manifest_digest(config.out, folder),
            "stats": file_stats(config.out, folder),
        }
        write_atomically(path, json.dumps(record).encode("utf-8"))
    except OSError:
        pass


def _last_run(cache_dir: Path, out: Path, folder: str) -> dict[str, Any]:
    """The record the last run of ``out/folder`` left (empty when there is none, or it cannot be read)."""
    try:
        data = json.loads(
            _fingerprint_path(cache_dir, out, folder).read_text(encoding="utf-8")
        )
    except (OSError, ValueError):
        return {}
    return data if isinstance(data, dict) else {}


def _up_to_date(config: Config, out: Path, cache_dir: Path, folder: str = "") -> bool:
    """True when the last generation had the same inputs and its files are still as it wrote them."""
    folder = folder or config.package_name
    files = read_manifest(out / folder).get("files")
    inputs = _last_run(cache_dir, out, folder)
    if not inputs or not isinstance(files, dict) or not files:
        return False
    # The spec given now, plus the files it referred to last time (if it changed, its hash says so).
    extra = [Path(p) for p in inputs.get("extra_files", [])]
    if fingerprint(config, [config.spec.resolve(), *extra]) != inputs.get(
        "fingerprint"
    ):
        return False
    if inputs.get("manifest") != manifest_digest(out, folder):
        # The tree this record vouches for: another run's tree in its place voids it.
        return False
    written = Written.since(inputs, out, folder)
    return all(written.digest_or_read(path) == digest for path, digest in files.items())


def render_fingerprint(config: Config) -> str:
    """What every rendered file depends on besides the API: templates, settings and generator code."""
    parts = fingerprint(config, [])
    return hashlib.sha256(
        json.dumps({k: parts[k] for k in ("config", "templates", "generator")}).encode()
    ).hexdigest()


def _read_text(path: Path) -> str | None:
    try:
        return path.read_text(encoding="utf-8")
    except (OSError, ValueError):
        return None


def previous_snapshot(out: Path, package: str) -> dict[str, object] | None:
    """The API snapshot the last generation left in the package folder, if any."""
    try:
        data = json.loads((out / package / SNAPSHOT_FILE).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    return data if isinstance(data, dict) else None


def generate(
    config: Config,
    *,
    check: bool = False,
    cache_dir: Path | None = None,
    use_cache: bool = True,
    progress: Callable[[str], None] | None = None,
    target: str = "python",
) -> Outcome:
    """Generate the ``target`` client of ``config.spec`` into ``config.out``; with ``check``, only compare.
    ``progress`` hears the name of each stage as it starts."""
    return generate_targets(
        config,
        [target],
        check=check,
        cache_dir=cache_dir,
        use_cache=use_cache,
        progress=progress,
    )[0]


def generate_targets(
    config: Config,
    targets: list[str],
    *,
    check: bool = False,
    cache_dir: Path | None = None,
    use_cache: bool = True,
    progress: Callable[[str], None] | None = None,
) -> list[Outcome]:
    """Generate each of ``targets`` (one outcome each, in that order): the spec is loaded and lowered once,
    for every target that is not up to date, and each target renders and writes its own folder.
    """
    # A generation allocates millions of small objects that live until it ends (the spec, its pydantic
    # model, the IR): the cyclic collector would scan them over and over for nothing, a quarter of the time
    # of a big spec. Reference counting still frees everything else; the collector is back afterwards.
    enabled = gc.isenabled()
    gc.disable()
    try:
        return _generate(
            config,
            targets,
            check=check,
            cache_dir=cache_dir,
            use_cache=use_cache,
            progress=progress,
        )
    finally:
        if enabled:
            gc.enable()


def _generate(
    config: Config,
    targets: list[str],
    *,
    check: bool,
    cache_dir: Path | None,
    use_cache: bool,
    progress: Callable[[str], None] | None,
) -> list[Outcome]:
    from .targets import get

    chosen = [get(name) for name in targets]
    say = progress or (lambda stage: None)
    started = time.perf_counter()
    out = config.out
    cache = cache_dir or default_cache_dir()
    outcomes: dict[int, Outcome] = {}
    for index, target in enumerate(chosen):
        folder = target.folder(config)
        if not check and use_cache and _up_to_date(config, out, cache, folder):
            files = read_manifest(out / folder).get("files")
            count = len(files) if isinstance(files, dict) else 0
            outcomes[index] = Outcome(
                None,
                WriteResult(unchanged=count),
                [],
                time.perf_counter() - started,
                skipped=True,
            )
    if len(outcomes) == len(chosen):
        return [outcomes[i] for i in range(len(chosen))]

    from .loader import load
    from .incremental.lowering import ComponentMemo
    from .lower import lower

    timings: dict[str, float] = {}
    diagnostics = Diagnostics()
    mark = time.perf_counter()
    say("loading the spec")
    incremental = use_cache and not check
    spec = load(
        config.spec,
        diagnostics,
        allow_external_refs=config.allow_external_refs,
        cache_dir=cache if incremental else None,
    )
    timings["load"] = time.perf_counter() - mark
    mark = time.perf_counter()
    say("building the model")
    # Keyed by the package, whichever targets are made: they share one lowering.
    memo = (
        ComponentMemo(cache, out, config.package_name, render_fingerprint(config))
        if incremental
        else None
    )
    api = lower(spec, config, diagnostics, memo=memo)
    timings["lower"] = time.perf_counter() - mark
    warnings = diagnostics.sorted()
    for index, target in enumerate(chosen):
        if index in outcomes:
            continue
        shared = time.perf_counter() - started if not outcomes else 0.0
        begun = time.perf_counter()
        outcome = _render_and_write(
            api,
            config,
            target,
            spec.extra_files,
            check=check,
            cache=cache,
            use_cache=use_cache,
            say=say,
            digests=memo.digests if memo is not None else None,
            lowering=memo,
        )
        outcome.warnings = warnings
        outcome.timings = {**timings, **outcome.timings}
        outcome.seconds = shared + (time.perf_counter() - begun)
        outcomes[index] = outcome
    if incremental:
        from .incremental.prune import prune

        prune(cache)
    return [outcomes[i] for i in range(len(chosen))]


def _render_and_write(
    api: ir.Api,
    config: Config,
    target: Target,
    extra_files: tuple[Path, ...],
    *,
    check: bool,
    cache: Path,
    use_cache: bool,
    say: Callable[[str], None],
    digests: Mapping[int, str] | None = None,
    lowering: ComponentMemo | None = None,
) -> Outcome:
    """One target's half of a generation: render, format, compare snapshots and write its folder (and, while
    the files render, the lowering's record, when it has one to write)."""
    from .targets.python.snapshot import changed, dumps, snapshot

    timings: dict[str, float] = {}
    folder = target.folder(config)
    out = config.out
    mark = time.perf_counter()
    template_dirs = [config.templates] if config.templates else []
    snapshot_file = f"{folder}/{SNAPSHOT_FILE}"
    aside: Forked[tuple[str, list[Change], bool]] | None = None
    if target.snapshot:
        memo = None
        inputs = None
        if use_cache and not check:
            from .incremental.renders import Inputs
            from .incremental.snapshots import SnapshotMemo

            inputs = Inputs(api, digests)
            memo = SnapshotMemo.open(cache, out, folder, render_fingerprint(config))

        def reviewed() -> tuple[str, list[Change], bool]:
            """The snapshot's text, the changes since the last one, whether there was none; and the
            lowering's record written (it need not wait either)."""
            current = snapshot(api, memo=memo, inputs=inputs)
            text = dumps(current)
            changes: list[Change] = []
            first = True
            previous_text = _read_text(out / snapshot_file)
            # The lines that differ, when the last snapshot has the form this one has; else all of it.
            pair = changed(previous_text, text) if previous_text else None
            if pair is not None:
                changes, first = compare(*pair), False
            else:
                previous = previous_snapshot(out, folder)
                if previous is not None:
                    changes, first = compare(previous, current), False
            if lowering is not None:
                lowering.flush()
            return text, changes, first

        # In a child, while this process renders (the files do not wait for it, nor it for them).
        aside = Forked(reviewed)

    def alongside() -> None:
        """The lowering's record, when no snapshot took it aside (it runs once)."""
        if aside is None and lowering is not None:
            lowering.flush()

    say("rendering and formatting")
    incremental = use_cache and not check
    try:
        rendered = target.render(
            api,
            config,
            template_dirs,
            cache if use_cache else None,
            incremental=incremental,
            digests=digests,
            alongside=alongside,
            written=(
                Written.since(_last_run(cache, out, folder), out, folder)
                if incremental
                else None
            ),
        )
    except BaseException:
        if aside is not None:
            aside.discard()
        raise
    reviewed_now = aside.result() if aside is not None else None
    if aside is not None and aside.elsewhere and lowering is not None:
        # The child wrote the lowering's record: another target of this run must not write it again.
        lowering.written()
    alongside()  # a target that did not run it
    formatted = rendered.texts
    changes: list[Change] = []
    first = True
    if reviewed_now is not None:
        formatted[snapshot_file], changes, first = reviewed_now
    timings["render+format"] = time.perf_counter() - mark
    mark = time.perf_counter()
    data = {
        path: text.encode("utf-8", "surrogatepass") for path, text in formatted.items()
    }
    say("writing")
    if not check:
        # Forget the last run before touching the output: a run killed after its swap must not leave the
        # previous run's record vouching for the new tree.
        _record_run(config, cache, None, folder)
    result = write(out, folder, data, check=check, kept=rendered.kept)
    timings["write"] = time.perf_counter() - mark
    if not check:
        _record_run(config, cache, extra_files if use_cache else None, folder)
    return Outcome(
        api,
        result,
        [],
        0.0,
        timings=timings,
        changes=changes,
        first=first,
        formatted=rendered.formatted,
    )
