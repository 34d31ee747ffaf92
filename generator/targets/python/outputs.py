"""Which template makes which file of the package (and of the project around it), with its context."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ... import ir


@dataclass(frozen=True)
class Output:
    """One file to write: its path under the output folder, the template, and its context."""

    path: str
    template: str
    context: dict[str, Any]


# Runtime modules every package has, and those only a feature of the API needs (so no package carries dead
# code).
_RUNTIME_ALWAYS = (
    "_auth.py",
    "_base_client.py",
    "_construct.py",
    "_core.py",
    "_encoding.py",
    "_errors.py",
    "_exceptions.py",
    "_logging.py",
    "_parsing.py",
    "_request.py",
    "_response.py",
    "_retries.py",
    "_types.py",
)
_RUNTIME_FEATURES = {
    "_downloads.py": "binary",
    "_pagination.py": "pagination",
    "_polling.py": "polling",
    "_uploads.py": "upload",
    "_webhooks.py": "webhooks",
}


def runtime_files(api: ir.Api) -> list[str]:
    """The runtime modules ``api``'s package gets, by file name."""
    names = list(_RUNTIME_ALWAYS)
    for name, feature in _RUNTIME_FEATURES.items():
        if feature == "webhooks":
            if api.webhooks is not None and api.webhooks.signature_header:
                names.append(name)
        elif feature in api.features:
            names.append(name)
    return sorted(names)


def outputs(api: ir.Api) -> Iterator[Output]:
    """Every file of the package: ``(path under --out, template, context)``."""
    package = api.package_name
    static = [
        ("__init__.py", "package/__init__.py.jinja"),
        ("_client.py", "package/_client.py.jinja"),
        ("_models.py", "package/_models.py.jinja"),
        ("_settings.py", "package/_settings.py.jinja"),
        ("_version.py", "package/_version.py.jinja"),
        ("py.typed", "package/py.typed.jinja"),
        ("resources/__init__.py", "package/resources/__init__.py.jinja"),
        ("models/__init__.py", "package/models/__init__.py.jinja"),
    ]
    static.extend((name, f"package/{name}") for name in runtime_files(api))
    for path, template in static:
        yield Output(f"{package}/{path}", template, {})
    for resource in api.resources:
        yield Output(
            f"{package}/resources/{resource.module}.py",
            "package/resources/resource.py.jinja",
            {"resource": resource},
        )
    if api.params:
        yield Output(
            f"{package}/params/__init__.py", "package/params/__init__.py.jinja", {}
        )
    for params in api.params:
        yield Output(
            f"{package}/params/{params.module}.py",
            (
                "package/params/typeddict.py.jinja"
                if isinstance(params, ir.Params)
                else "package/params/alias.py.jinja"
            ),
            {"params": params},
        )
    for declaration in api.declarations:
        template = {
            ir.Model: "model.py.jinja",
            ir.Enum: "enum.py.jinja",
            ir.Alias: "alias.py.jinja",
        }[type(declaration)]
        yield Output(
            f"{package}/models/{declaration.module}.py",
            f"package/models/{template}",
            {"declaration": declaration},
        )


def package_outputs(api: ir.Api) -> Iterator[Output]:
    """The files that make the output folder an installable project (``pyproject.toml``, ``README.md``)."""
    yield Output("pyproject.toml", "project/pyproject.toml.jinja", {})
    yield Output("README.md", "project/README.md.jinja", {})


def jobs(
    api: ir.Api, template_dirs: list[Path], *, package_files: bool = False
) -> list[Output]:
    """Every file to render: the package's, the project files when asked, and the user's extra templates."""
    work = list(outputs(api)) + (list(package_outputs(api)) if package_files else [])
    work.extend(_extra_outputs(template_dirs, api))
    return work


def _extra_outputs(template_dirs: list[Path], api: ir.Api) -> Iterator[Output]:
    """User templates under ``extra/`` make new files: ``extra/foo.py.jinja`` -> ``<package>/foo.py``."""
    seen: set[str] = set()
    for directory in template_dirs:
        root = directory / "extra"
        if not root.is_dir():
            continue
        for path in sorted(root.rglob("*.jinja")):
            relative = path.relative_to(root).as_posix()
            target = relative[: -len(".jinja")]
            if target in seen or ".." in Path(target).parts:
                continue
            seen.add(target)
            yield Output(f"{api.package_name}/{target}", f"extra/{relative}", {})
