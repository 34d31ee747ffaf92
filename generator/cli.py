"""The command line: ``python -m generator generate`` and ``python -m generator diff``.

Errors in the spec or the settings print one line (``error: <JSON pointer>: <problem>``) and exit with status 2,
leaving the previous output untouched. ``--check`` exits with status 1 when the output would change.
"""

from __future__ import annotations

import argparse
import os
import sys
from collections import Counter
from pathlib import Path
from typing import Any

from . import __version__
from .config import load_config
from .errors import GeneratorError

EXIT_OK, EXIT_CHANGED, EXIT_ERROR, EXIT_INTERNAL = 0, 1, 2, 3


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
        description="Generate a client. Defaults come from [tool.generator] in pyproject.toml; flags override them.",
    )
    gen.add_argument(
        "--spec",
        type=Path,
        help="the OpenAPI file, JSON or YAML (default: [tool.generator] spec)",
    )
    gen.add_argument(
        "--out",
        type=Path,
        help="the folder the package is written into, as OUT/<package-name>/ (default: [tool.generator] out)",
    )
    gen.add_argument(
        "--package-name",
        help="the package's import name (default: [tool.generator] package_name)",
    )
    gen.add_argument(
        "--client-name",
        help="the client class name (default: the package name in PascalCase)",
    )
    gen.add_argument(
        "--templates",
        type=Path,
        help="a folder of templates that override the default ones, file by file",
    )
    gen.add_argument(
        "--check",
        action="store_true",
        help="write nothing; exit 1 with a diff when the output would change",
    )
    gen.add_argument(
        "--quiet", "-q", action="store_true", help="print nothing on success"
    )
    gen.add_argument(
        "--no-cache",
        action="store_true",
        help="ignore and do not update the formatting cache",
    )
    gen.add_argument(
        "--allow-external-refs",
        action="store_true",
        help="allow $refs to files outside the spec's folder",
    )
    gen.add_argument(
        "--config",
        type=Path,
        default=Path("pyproject.toml"),
        help="the pyproject.toml to read [tool.generator] from (default: ./pyproject.toml)",
    )
    gen.add_argument(
        "--debug", action="store_true", help="show a traceback for internal errors"
    )
    return parser


def _print_warnings(warnings: list[Any], quiet: bool) -> None:
    if not warnings or quiet:
        return
    groups = Counter(w.message.split(";")[0] for w in warnings)
    print(f"{len(warnings)} warning(s):", file=sys.stderr)
    shown = 0
    for warning in warnings:
        if shown >= 50:
            print(f"  ... and {len(warnings) - shown} more", file=sys.stderr)
            break
        print(f"  warning: {warning.pointer}: {warning.message}", file=sys.stderr)
        shown += 1
    if len(groups) > 1:
        print(
            "by kind: "
            + "; ".join(f"{count} x {kind}" for kind, count in groups.most_common(10)),
            file=sys.stderr,
        )


def _generate(args: argparse.Namespace) -> int:
    from .pipeline import generate

    overrides: dict[str, Any] = {
        "spec": args.spec,
        "out": args.out,
        "package_name": args.package_name,
        "client_name": args.client_name,
        "templates": args.templates,
        "allow_external_refs": True if args.allow_external_refs else None,
    }
    config = load_config(args.config, overrides)
    if config.templates is not None and not config.templates.is_dir():
        raise GeneratorError("", f"template folder {config.templates} does not exist")
    outcome = generate(config, check=args.check, use_cache=not args.no_cache)
    result = outcome.result
    _print_warnings(outcome.warnings, args.quiet)
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
            print(
                f"{config.out / config.package_name} is up to date ({result.unchanged} files)"
            )
        return EXIT_OK
    if not args.quiet:
        if outcome.skipped:
            print(
                f"{config.out / config.package_name}: nothing changed ({result.unchanged} files, {outcome.seconds:.2f}s)"
            )
        else:
            api = outcome.api
            assert api is not None
            operations = sum(len(r.operations) for r in api.resources)
            print(
                f"{api.title} {api.version}: {operations} operations, {len(api.declarations)} models -> "
                f"{config.out / config.package_name}: {len(result.written)} written, {len(result.removed)} removed, "
                f"{result.unchanged} unchanged ({outcome.seconds:.2f}s)"
            )
    return EXIT_OK


def main(argv: list[str] | None = None) -> int:
    """Run the command line; returns the exit status."""
    args = _parser().parse_args(argv)
    try:
        if args.command == "generate":
            return _generate(args)
        return EXIT_ERROR
    except GeneratorError as exc:
        print(f"error: {exc}", file=sys.stderr)
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
