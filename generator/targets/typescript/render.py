"""Rendering the TypeScript package: the view of ``view.bind`` through ``templates/typescript/``."""

from __future__ import annotations

from pathlib import Path

import jinja2

from ... import ir
from ...config import Config, default_templates
from ...errors import ConfigError
from ...incremental.templates import bytecode_cache
from . import naming
from .view import View, bind

RUNTIME = Path(__file__).resolve().parent / "runtime"
"""The client runtime: real TypeScript files, copied into ``src/core/`` of every package as they are."""

DEFAULT_TEMPLATES = default_templates()

# Runtime files every package has, and those only a feature of the API needs.
_RUNTIME_ALWAYS = ("auth.ts", "core.ts", "encoding.ts", "errors.ts")
_RUNTIME_FEATURES = {
    "pagination.ts": "pagination",
    "polling.ts": "polling",
    "uploads.ts": "upload",
    "webhooks.ts": "webhooks",
}


def runtime_files(view: View) -> list[str]:
    """The runtime files ``view``'s package gets."""
    names = list(_RUNTIME_ALWAYS)
    for name, feature in _RUNTIME_FEATURES.items():
        if feature == "webhooks":
            if view.webhooks is not None:
                names.append(name)
        elif feature in view.api.features:
            names.append(name)
    return sorted(names)


_RUNTIME_PREFIX = "typescript/src/core/"


def _runtime_source(name: str) -> str | None:
    """A runtime file as the template ``typescript/src/core/<file>`` (what a user's folder can replace)."""
    if not name.startswith(_RUNTIME_PREFIX):
        return None
    file = name[len(_RUNTIME_PREFIX) :]
    if "/" in file or file not in {p.name for p in RUNTIME.glob("*.ts")}:
        return None
    return (RUNTIME / file).read_text(encoding="utf-8")


def environment(
    template_dirs: list[Path], cache: Path | None = None
) -> jinja2.Environment:
    """User folders first, then the defaults, then the runtime files (as ``typescript/src/core/<file>``), and
    ``default:`` for extending a default template block by block; with ``cache``, compiled templates are kept
    there between runs."""
    defaults = jinja2.FileSystemLoader(str(DEFAULT_TEMPLATES))
    loader = jinja2.ChoiceLoader(
        [jinja2.FileSystemLoader(str(d)) for d in template_dirs]
        + [defaults]
        + [jinja2.FunctionLoader(_runtime_source)]
        + [jinja2.PrefixLoader({"default": defaults}, delimiter=":")]
    )
    env = jinja2.Environment(
        loader=loader,
        keep_trailing_newline=True,
        trim_blocks=True,
        lstrip_blocks=True,
        undefined=jinja2.StrictUndefined,
        autoescape=False,
        bytecode_cache=bytecode_cache(cache),
    )
    env.filters.update(
        {
            "ts_string": naming.string,
            "tsdoc": naming.doc,
            "key": naming.property_key,
        }
    )
    env.globals.update({"ir": ir})
    return env


def render(
    api: ir.Api, config: Config, template_dirs: list[Path], cache: Path | None = None
) -> dict[str, str]:
    """Every file of the package, by path under ``out`` (compiled templates kept in ``cache``)."""
    view = bind(api, config)
    env = environment(template_dirs, cache)
    root = config.typescript.out
    jobs: list[tuple[str, str, dict[str, object]]] = [
        ("package.json", "typescript/package.json.jinja", {}),
        ("tsconfig.json", "typescript/tsconfig.json.jinja", {}),
        ("README.md", "typescript/README.md.jinja", {}),
        ("src/index.ts", "typescript/src/index.ts.jinja", {}),
        ("src/client.ts", "typescript/src/client.ts.jinja", {}),
        ("src/settings.ts", "typescript/src/settings.ts.jinja", {}),
        ("src/types.ts", "typescript/src/types.ts.jinja", {}),
    ]
    jobs += [
        (f"src/core/{name}", f"typescript/src/core/{name}", {})
        for name in runtime_files(view)
    ]
    for resource in view.resources:
        jobs.append(
            (
                f"src/resources/{resource.file}.ts",
                "typescript/src/resources/resource.ts.jinja",
                {"resource": resource},
            )
        )
    files: dict[str, str] = {}
    for path, template, context in jobs:
        try:
            if template.endswith(".jinja"):
                text = env.get_template(template).render(view=view, api=api, **context)
            else:
                assert env.loader is not None
                text = env.loader.get_source(env, template)[0]
        except jinja2.TemplateError as exc:
            where = getattr(exc, "filename", None) or template
            line = getattr(exc, "lineno", None)
            raise ConfigError(
                "",
                f"template {where}{':' + str(line) if line else ''}: {exc.message or exc}",
            ) from None
        files[f"{root}/{path}"] = _tidy(text) if template.endswith(".jinja") else text
    return dict(sorted(files.items()))


def _tidy(text: str) -> str:
    """No trailing spaces, at most one blank line in a row, one newline at the end."""
    lines = [line.rstrip() for line in text.split("\n")]
    out: list[str] = []
    for line in lines:
        if not line and out and not out[-1]:
            continue
        out.append(line)
    return "\n".join(out).strip("\n") + "\n"
