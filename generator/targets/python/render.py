"""Render the IR into source texts with Jinja2.

Templates come from a user folder first (``--templates``), then from the default set in ``templates/``, one
file at a time (a ``ChoiceLoader``, see ``environment``). ``outputs`` says which template makes which file.
"""

from __future__ import annotations

from pathlib import Path

import jinja2

from ... import ir
from ...incremental.tracking import Read, Reads
from .environment import environment
from .layout import tidy_blank_lines
from .outputs import Output, jobs


def render_jobs(
    api: ir.Api,
    template_dirs: list[Path],
    work: list[Output],
    reads: dict[str, frozenset[Read]] | None = None,
    cache: Path | None = None,
) -> dict[str, str]:
    """Render ``work``; returns ``{relative path: text}``. A template error is one ``ConfigError``. With
    ``reads``, what each file read of the API beyond its context goes there, by path (``incremental``).
    """
    recorder = Reads() if reads is not None else None
    env = environment(template_dirs, api, recorder, cache)
    _check_blocks(env, template_dirs)
    files: dict[str, str] = {}
    for job in work:
        if recorder is not None:
            recorder.start()
        try:
            if job.template.endswith(".jinja"):
                text = env.get_template(job.template).render(**job.context)
            else:
                # A runtime module kept as a real source file: copied as it is (from the user's folder
                # first, like every template).
                assert env.loader is not None
                text = env.loader.get_source(env, job.template)[0]
        except jinja2.TemplateError as exc:
            from ...errors import ConfigError

            where = getattr(exc, "filename", None) or job.template
            line = getattr(exc, "lineno", None)
            raise ConfigError(
                "",
                f"template {where}{':' + str(line) if line else ''}: {exc.message or exc}",
            ) from None
        if recorder is not None and reads is not None:
            reads[job.path] = recorder.stop()
        if job.path.endswith(".py"):
            text = tidy_blank_lines(text)
            if template_dirs:
                _check_python(env, job, text)
        files[job.path] = text
    return files


def _check_blocks(env: jinja2.Environment, template_dirs: list[Path]) -> None:
    """Fail with one line when a user's template replaces a block its parent does not have: Jinja would
    ignore it silently, so a misspelt block name (or one a new version renamed) would change nothing.
    """
    from ...errors import ConfigError

    for directory in template_dirs:
        for path in sorted(directory.rglob("*.jinja")):
            try:
                tree = env.parse(path.read_text(encoding="utf-8"))
                parent = _parent(tree)
                if parent is None:
                    continue
                known = _blocks_of(env, parent)
            except (jinja2.TemplateError, OSError, UnicodeDecodeError):
                continue  # rendering reports these, naming the template
            for block in tree.find_all(jinja2.nodes.Block):
                if block.name not in known:
                    raise ConfigError(
                        "",
                        f"template {path}:{block.lineno}: block {block.name!r} is not a block of "
                        f"{parent} (its blocks: {', '.join(sorted(known)) or 'none'})",
                    )


def _blocks_of(env: jinja2.Environment, name: str) -> set[str]:
    """The blocks of template ``name`` and of the templates it extends."""
    known: set[str] = set()
    seen: set[str] = set()
    while name not in seen:
        seen.add(name)
        assert env.loader is not None
        tree = env.parse(env.loader.get_source(env, name)[0])
        known |= {block.name for block in tree.find_all(jinja2.nodes.Block)}
        parent = _parent(tree)
        if parent is None:
            break
        name = parent
    return known


def _parent(tree: jinja2.nodes.Template) -> str | None:
    """The template ``tree`` extends, when it names one literally (once)."""
    parents = [
        node.template.value
        for node in tree.find_all(jinja2.nodes.Extends)
        if isinstance(node.template, jinja2.nodes.Const)
    ]
    return parents[0] if len(parents) == 1 and isinstance(parents[0], str) else None


def _check_python(env: jinja2.Environment, job: Output, text: str) -> None:
    """Fail with one line when a template (a user's: the default ones are tested) made invalid Python,
    naming the template file, the output file and the line, before anything is formatted or written.
    """
    try:
        compile(text, job.path, "exec", dont_inherit=True)
    except (SyntaxError, ValueError) as exc:
        from ...errors import ConfigError

        try:
            template = env.get_template(job.template).filename or job.template
        except jinja2.TemplateError:
            template = job.template
        line = getattr(exc, "lineno", None)
        source = (
            text.splitlines()[line - 1].strip()
            if line and 0 < line <= text.count("\n") + 1
            else ""
        )
        where = f"line {line}" if line else "somewhere"
        problem = getattr(exc, "msg", None) or str(exc)
        raise ConfigError(
            "",
            f"template {template} made {job.path}, which is not valid Python: {where}: {problem}"
            + (f": {source}" if source else ""),
        ) from None


def render(
    api: ir.Api, template_dirs: list[Path], *, package_files: bool = False
) -> dict[str, str]:
    """Render every output file; returns ``{relative path: text}``."""
    return render_jobs(
        api, template_dirs, jobs(api, template_dirs, package_files=package_files)
    )
