"""The command line: ``python -m generator generate`` and ``python -m generator diff``.

Errors in the spec or the settings print one line (``error: <JSON pointer>: <problem>``) and exit with status 2,
leaving the previous output untouched. ``--check`` exits with status 1 when the output would change, and
``--fail-on-breaking`` with status 4 when the client's API changed in a breaking way.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import sys
import time
from collections import Counter
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from . import __version__
from .config import Config, load_config, read_settings
from .diff import compare, render_json, render_text
from .errors import Diagnostic, GeneratorError

if TYPE_CHECKING:
    from .pipeline import Outcome

EXIT_OK, EXIT_CHANGED, EXIT_ERROR, EXIT_INTERNAL, EXIT_BREAKING = 0, 1, 2, 3, 4
DEFAULT_CONFIG = Path("pyproject.toml")


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="python -m generator",
        description="Generate a typed Python client (pydantic v2, httpx, sync and async) from an OpenAPI 3.0/3.1 spec.",
    )
    parser.add_argument(
        "--version", action="version", version=f"%(prog)s {__version__}"
    )
    commands = parser.add_subparsers(dest="command", required=True)

    gen = commands.add_parser(
        "generate",
        help="generate (or check) a client",
        description="Generate a client. Defaults come from [tool.generator] in pyproject.toml; flags override "
        "them. The settings that belong to the spec [tool.generator] names (package_name, client_name, "
        "env_prefix, package_files, allow_external_refs and the pagination, idempotency, polling, webhooks "
        "and uploads tables) are left out for a --spec naming another file, unless --config names the "
        "pyproject.toml; out and templates always apply.",
    )
    add = gen.add_argument
    add(
        "--spec",
        type=Path,
        help="the OpenAPI file, JSON or YAML 1.2 (default: [tool.generator] spec)",
    )
    add(
        "--out",
        type=Path,
        help="the folder the package is written into, as OUT/<package-name>/ (default: [tool.generator] out)",
    )
    add(
        "--package-name",
        help="the package's import name (default: [tool.generator] package_name)",
    )
    add(
        "--client-name",
        help="the client class name (default: the package name in PascalCase)",
    )
    add(
        "--templates",
        type=Path,
        help="a folder of templates that override the default ones, file by file",
    )
    add(
        "--check",
        action="store_true",
        help="write nothing; exit 1 with a diff when the output would change",
    )
    add("--quiet", "-q", action="store_true", help="print nothing on success")
    add(
        "--no-cache",
        action="store_true",
        help="ignore and do not update the formatting cache",
    )
    add(
        "--allow-external-refs",
        action="store_true",
        help="allow $refs to files outside the spec's folder",
    )
    add(
        "--package-files",
        action=argparse.BooleanOptionalAction,
        default=None,
        help="also write pyproject.toml and README.md beside the package, making OUT installable "
        "(default: [tool.generator] package_files)",
    )
    add(
        "--fail-on-breaking",
        action="store_true",
        help="exit with status 4 when the client's API changed in a breaking way (the output is still written)",
    )
    add(
        "--config",
        type=Path,
        help="the pyproject.toml to read [tool.generator] from (default: ./pyproject.toml); naming it "
        "also applies the settings of its spec to another --spec",
    )
    add(
        "--target",
        choices=("python", "typescript", "all"),
        default="python",
        help="the client to generate: python (OUT/<package-name>/), typescript (OUT/typescript/, "
        "[tool.generator.typescript]) or all of them (default: python)",
    )
    add("--debug", action="store_true", help="show a traceback for internal errors")

    diff = commands.add_parser(
        "diff",
        help="report the client API changes between two specs",
        description="Compare the clients two specs give: methods, parameters, fields, enum values and models "
        "added, removed or changed, each marked breaking or not. OLD and NEW are read as two versions of one "
        "API: all of [tool.generator] applies to both.",
    )
    add = diff.add_argument
    add("old", type=Path, help="the old spec (JSON or YAML), or an .api.json snapshot")
    add("new", type=Path, help="the new spec (JSON or YAML), or an .api.json snapshot")
    add(
        "--format",
        choices=("text", "json"),
        default="text",
        help="text for people (default), json for tools",
    )
    add(
        "--fail-on-breaking",
        action="store_true",
        help="exit with status 4 when a change is breaking",
    )
    add(
        "--config",
        type=Path,
        default=Path("pyproject.toml"),
        help="the pyproject.toml to read [tool.generator] from (default: ./pyproject.toml)",
    )
    add(
        "--allow-external-refs",
        action="store_true",
        help="allow $refs to files outside the specs' folders",
    )
    add("--debug", action="store_true", help="show a traceback for internal errors")
    return parser


def _printable(text: str) -> str:
    """Spec text shown on a terminal: control, bidi and other invisible characters escaped, line by line
    (an escape sequence in a spec's title must not drive the user's terminal). Backslashes stay as they are,
    so text the loader already escaped is not escaped twice."""
    return "\n".join(
        _INVISIBLE.sub(_escape_invisible, line) for line in text.split("\n")
    )


_INVISIBLE = re.compile(
    r"[\x00-\x08\x0b-\x1f\x7f-\x9f\u061c\u200b-\u200f\u2028-\u202e\u2060-\u206f\ufeff\ud800-\udfff]"
)


def _escape_invisible(match: re.Match[str]) -> str:
    code = ord(match.group())
    return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}"


def _print_warnings(warnings: list[Diagnostic], quiet: bool) -> None:
    """Warnings with their pointers, grouped by kind with a count."""
    if not warnings or quiet:
        return
    groups = Counter(w.message.split(";")[0] for w in warnings)
    print(f"{len(warnings)} warning(s):", file=sys.stderr)
    for warning in warnings[:50]:
        print(
            _printable(f"  warning: {warning.pointer}: {warning.message}"),
            file=sys.stderr,
        )
    if len(warnings) > 50:
        print(f"  ... and {len(warnings) - 50} more", file=sys.stderr)
    if len(groups) > 1:
        summary = "; ".join(
            f"{count} x {kind}" for kind, count in groups.most_common(10)
        )
        print(_printable(f"by kind: {summary}"), file=sys.stderr)


def _progress_printer() -> Callable[[str], None]:
    """A one-line progress display for a terminal."""
    started = time.perf_counter()

    def show(stage: str) -> None:
        if stage:
            sys.stderr.write(
                f"\r\x1b[K{stage}... ({time.perf_counter() - started:.1f}s)"
            )
        else:
            sys.stderr.write("\r\x1b[K")
        sys.stderr.flush()

    return show


def _generate(args: argparse.Namespace) -> int:
    from .pipeline import generate_targets
    from .targets import TARGETS, get

    names = sorted(TARGETS) if args.target == "all" else [args.target]
    overrides: dict[str, Any] = {
        "spec": args.spec,
        "out": args.out,
        "package_name": args.package_name,
        "client_name": args.client_name,
        "templates": args.templates,
        "allow_external_refs": True if args.allow_external_refs else None,
        "package_files": args.package_files,
    }
    pyproject = args.config or DEFAULT_CONFIG
    config, ignored = read_settings(
        pyproject, overrides, explicit=args.config is not None
    )
    if ignored and not args.quiet:
        print(
            _printable(
                f"note: {args.spec} is not the spec of {pyproject}: its settings "
                f"{', '.join(ignored)} are not applied (--config {pyproject} applies them)"
            ),
            file=sys.stderr,
        )
    if config.templates is not None and not config.templates.is_dir():
        raise GeneratorError("", f"template folder {config.templates} does not exist")
    progress = _progress_printer() if not args.quiet and sys.stderr.isatty() else None
    # Every target from one load and one lowering; their warnings are the same, printed once.
    outcomes = generate_targets(
        config,
        [get(name).name for name in names],
        check=args.check,
        use_cache=not args.no_cache,
        progress=progress,
    )
    if progress is not None:
        progress("")
    warned = next((o.warnings for o in outcomes if not o.skipped), [])
    _print_warnings(warned, args.quiet)
    status = EXIT_OK
    for name, outcome in zip(names, outcomes):
        status = max(status, _report(args, config, name, outcome))
    return status


def _report(
    args: argparse.Namespace, config: Config, target_name: str, outcome: Outcome
) -> int:
    """One target's summary line (or diff, with ``--check``) and exit status."""
    from .targets import get

    result = outcome.result
    target = config.out / get(target_name).folder(config)
    if args.check:
        if result.changed:
            sys.stdout.writelines(
                line if line.endswith("\n") else line + "\n"
                for line in result.diff[:2000]
            )
            print(
                f"{len(result.written)} file(s) would change, {len(result.removed)} would be removed",
                file=sys.stderr,
            )
            return EXIT_CHANGED
        if not args.quiet:
            print(f"{target} is up to date ({result.unchanged} files)")
        return EXIT_OK
    if not args.quiet:
        if outcome.skipped:
            print(
                f"{target}: up to date, nothing to do ({result.unchanged} files, {outcome.seconds:.2f}s)"
            )
        else:
            api = outcome.api
            assert api is not None
            operations = sum(len(r.operations) for r in api.resources)
            print(
                f"{_printable(api.title)} {_printable(api.version)}: {operations} operations, {len(api.declarations)} models -> {target}: "
                f"{len(result.written)} written, {len(result.removed)} removed, {result.unchanged} unchanged "
                f"({outcome.seconds:.2f}s)"
            )
            if result.changed and not outcome.first:
                print(_printable(render_text(outcome.changes)), end="")
    if args.fail_on_breaking and any(change.breaking for change in outcome.changes):
        return EXIT_BREAKING
    return EXIT_OK


def _snapshot_of(path: Path, args: argparse.Namespace) -> dict[str, Any]:
    """The API snapshot of a spec, or of a saved ``.api.json``."""
    if path.name.endswith(".api.json"):
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
        except (OSError, ValueError) as exc:
            raise GeneratorError("", f"cannot read snapshot {path}: {exc}") from None
        if not isinstance(data, dict):
            raise GeneratorError("", f"{path} is not an API snapshot")
        return data
    from .errors import Diagnostics
    from .loader import load
    from .lower import lower
    from .targets.python.snapshot import snapshot

    overrides = {
        "spec": path,
        "allow_external_refs": True if args.allow_external_refs else None,
    }
    config = load_config(args.config, overrides)
    diagnostics = Diagnostics()
    spec = load(path, diagnostics, allow_external_refs=config.allow_external_refs)
    return snapshot(lower(spec, config, diagnostics))


def _diff(args: argparse.Namespace) -> int:
    changes = compare(_snapshot_of(args.old, args), _snapshot_of(args.new, args))
    sys.stdout.write(
        render_json(changes)
        if args.format == "json"
        else _printable(render_text(changes))
    )
    if args.fail_on_breaking and any(change.breaking for change in changes):
        return EXIT_BREAKING
    return EXIT_OK


def main(argv: list[str] | None = None) -> int:
    """Run the command line; returns the exit status."""
    args = _parser().parse_args(argv)
    try:
        if args.command == "generate":
            return _generate(args)
        if args.command == "diff":
            return _diff(args)
        return EXIT_ERROR
    except GeneratorError as exc:
        print(f"error: {_printable(str(exc))}", file=sys.stderr)
        return EXIT_ERROR
    except KeyboardInterrupt:
        print("error: interrupted", file=sys.stderr)
        return EXIT_ERROR
    except RecursionError:
        print("error: the spec is nested too deeply to generate", file=sys.stderr)
        return EXIT_ERROR
    except Exception as exc:  # pragma: no cover - the last line of defence
        if getattr(args, "debug", False) or os.environ.get("GENERATOR_DEBUG"):
            raise
        print(
            f"error: internal error ({type(exc).__name__}: {exc}); rerun with --debug and report it",
            file=sys.stderr,
        )
        return EXIT_INTERNAL


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
