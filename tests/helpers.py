"""Helpers for tests: run the generator in process or as the CLI, compare trees, import generated code."""

from __future__ import annotations

import difflib
import io
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent


def run_cli(
    *args: str | Path,
    cwd: Path | None = None,
    env: dict[str, str] | None = None,
    timeout: float | None = None,
) -> subprocess.CompletedProcess[str]:
    """``python -m generator ...`` in a subprocess, as a user runs it."""
    environment = dict(os.environ)
    environment["PYTHONPATH"] = (
        str(ROOT) + os.pathsep + environment.get("PYTHONPATH", "")
    )
    environment.update(env or {})
    return subprocess.run(
        [sys.executable, "-m", "generator", *map(str, args)],
        cwd=cwd or ROOT,
        env=environment,
        capture_output=True,
        text=True,
        check=False,
        timeout=timeout,
    )


def dump_yaml(document: Any) -> str:
    """``document`` as YAML 1.2 text, in block style, keys in their order: what the loader reads back as the
    same data (PyYAML writes YAML 1.1, whose unquoted ``089`` or ``1e3`` a YAML 1.2 reader takes for numbers).
    """
    from ruamel.yaml import YAML

    yaml = YAML(typ="safe", pure=True)
    yaml.default_flow_style = False
    yaml.sort_base_mapping_type_on_output = False
    yaml.width = 4096
    stream = io.StringIO()
    yaml.dump(document, stream)
    return stream.getvalue()


def read_tree(root: Path) -> dict[str, bytes]:
    """Every file under ``root`` (relative POSIX path -> bytes), caches excluded."""
    files: dict[str, bytes] = {}
    for path in sorted(root.rglob("*")):
        if (
            path.is_file()
            and "__pycache__" not in path.parts
            and ".mypy_cache" not in path.parts
        ):
            files[path.relative_to(root).as_posix()] = path.read_bytes()
    return files


def tree_diff(
    expected: dict[str, bytes], actual: dict[str, bytes], limit: int = 200
) -> str:
    """A readable unified diff between two trees ("" when equal)."""
    lines: list[str] = []
    for path in sorted(set(expected) | set(actual)):
        old, new = expected.get(path), actual.get(path)
        if old == new:
            continue
        if old is None:
            lines.append(f"+ new file {path}")
            continue
        if new is None:
            lines.append(f"- missing file {path}")
            continue
        lines.extend(
            difflib.unified_diff(
                old.decode("utf-8", "replace").splitlines(),
                new.decode("utf-8", "replace").splitlines(),
                f"expected/{path}",
                f"actual/{path}",
                lineterm="",
            )
        )
    if len(lines) > limit:
        lines = lines[:limit] + [f"... {len(lines) - limit} more lines"]
    return "\n".join(lines)


def import_all(out: Path, package: str) -> list[str]:
    """Import every module of a generated package in a fresh interpreter; returns the module names."""
    code = (
        "import importlib, pkgutil, sys\n"
        f"sys.path.insert(0, {str(out)!r})\n"
        f"pkg = importlib.import_module({package!r})\n"
        "names = [pkg.__name__]\n"
        "for info in pkgutil.walk_packages(pkg.__path__, pkg.__name__ + '.'):\n"
        "    importlib.import_module(info.name)\n"
        "    names.append(info.name)\n"
        "models = importlib.import_module(pkg.__name__ + '.models')\n"
        "for name in models.__all__:\n"
        "    model = getattr(models, name)\n"
        "    rebuild = getattr(model, 'model_rebuild', None)\n"
        "    if rebuild is not None:\n"
        "        rebuild(raise_errors=True)\n"
        "print('\\n'.join(names))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=False
    )
    if result.returncode != 0:
        raise AssertionError(f"importing {package} failed:\n{result.stderr[-3000:]}")
    return result.stdout.split()


def mypy(paths: list[Path], cwd: Path) -> subprocess.CompletedProcess[str]:
    """``mypy --strict`` over generated packages."""
    return subprocess.run(
        [
            sys.executable,
            "-m",
            "mypy",
            "--strict",
            "--config-file",
            os.devnull,
            "--no-incremental",
            *map(str, paths),
        ],
        cwd=cwd,
        capture_output=True,
        text=True,
        check=False,
    )


def generate_in_process(
    spec: Path,
    out: Path,
    package: str,
    config_file: Path | None = None,
    **overrides: Any,
) -> Any:
    """Generate with the library API (no subprocess): returns the pipeline's outcome."""
    from generator.config import load_config
    from generator.pipeline import generate

    values: dict[str, Any] = {"spec": spec, "out": out, "package_name": package}
    values.update(overrides)
    config = load_config(config_file, values)
    return generate(config, use_cache=False)


def lowered(folder: Path, spec: dict[str, Any], package: str) -> Any:
    """The IR of the spec ``spec`` (a dict, written to ``folder/spec.json``), loaded and lowered as the pipeline
    does: returns ``(api, diagnostics)``."""
    import json

    from generator.config import Config
    from generator.errors import Diagnostics
    from generator.loader import load
    from generator.lower import lower

    path = folder / "spec.json"
    path.write_text(json.dumps(spec), encoding="utf-8")
    diagnostics = Diagnostics()
    return (
        lower(load(path, diagnostics), Config(package_name=package), diagnostics),
        diagnostics,
    )


def with_runtime(expected: Path, package: str) -> Path:
    """A golden ``expected/`` tree completed with the runtime modules its manifest lists (the expected trees
    leave those copies out), in a temporary folder: a package that imports."""
    import hashlib
    import json
    import shutil
    import tempfile

    from generator.targets.python.environment import RUNTIME

    digest = hashlib.sha256(str(expected.resolve()).encode()).hexdigest()[:12]
    # One folder per process: parallel test workers never share (or delete) one.
    target = Path(tempfile.gettempdir()) / f"golden-complete-{os.getpid()}-{digest}"
    if target.is_dir():
        return target
    shutil.copytree(expected, target)
    manifest = json.loads((expected / package / ".generator-manifest.json").read_text())
    for path in manifest["files"]:
        name = path.split("/", 1)[1]
        if (RUNTIME / name).is_file():
            shutil.copyfile(RUNTIME / name, target / path)
    return target
