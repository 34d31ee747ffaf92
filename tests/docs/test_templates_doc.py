"""docs/templates.md is the templates' API, and it cannot drift: every IR class and field (with its type), every
filter, test and global of the environment, and every template are documented, and nothing that is gone; the IR
version is stated here and in CHANGELOG.md."""

from __future__ import annotations

import dataclasses
import inspect
import re
import typing
from pathlib import Path

import jinja2
import pytest

from generator import ir
from generator.targets.python.environment import DEFAULT_TEMPLATES, RUNTIME, environment
from generator.targets.python.outputs import outputs, package_outputs
from tests.docs.support import code_spans, table
from tests.helpers import ROOT

DOC = (ROOT / "docs" / "templates.md").read_text(encoding="utf-8")
CHANGELOG = (ROOT / "CHANGELOG.md").read_text(encoding="utf-8")

IR_CLASSES = [
    obj
    for obj in vars(ir).values()
    if inspect.isclass(obj)
    and dataclasses.is_dataclass(obj)
    and obj.__module__.startswith(ir.__name__ + ".")
]


def _api() -> ir.Api:
    return ir.Api(
        title="T",
        version="1",
        description="",
        package_name="p",
        client_name="P",
        env_prefix="P",
        base_url="https://example.com",
        resources=(),
        declarations=(),
        security=(),
    )


def test_every_ir_class_and_field_is_documented_with_its_type() -> None:
    problems = []
    for cls in IR_CLASSES:
        heading = f"#### {cls.__name__}"
        if heading not in DOC.splitlines():
            problems.append(f"no section {heading!r}")
            continue
        fields = {f.name: str(f.type) for f in dataclasses.fields(cls)}
        if not fields:
            continue
        documented = {}
        for row in table(DOC, heading):
            name, kind = code_spans(row[0])[0], code_spans(row[1])[0]
            documented[name] = kind
            if not row[2]:
                problems.append(f"{cls.__name__}.{name} has no meaning")
        if documented != fields:
            for name in fields.keys() - documented.keys():
                problems.append(
                    f"{cls.__name__}.{name}: {fields[name]} is not documented"
                )
            for name in documented.keys() - fields.keys():
                problems.append(
                    f"{cls.__name__}.{name} is documented but does not exist"
                )
            for name in fields.keys() & documented.keys():
                if fields[name] != documented[name]:
                    problems.append(
                        f"{cls.__name__}.{name} is {fields[name]}, documented as {documented[name]}"
                    )
    assert not problems, (
        "docs/templates.md does not match generator/ir/ (document the change, note it in CHANGELOG.md, and "
        "bump ir.IR_VERSION if it can break a template):\n  " + "\n  ".join(problems)
    )


def test_every_type_reference_is_listed() -> None:
    paragraph = DOC.split("### Types", 1)[1].split("####", 1)[0]
    for member in typing.get_args(ir.TypeRef):
        assert f"`{member.__name__}`" in paragraph
    for alias in (
        "PrimitiveKind",
        "JsonValue",
        "Declaration",
        "BodyKind",
        "ResponseKind",
    ):
        assert f"`{alias}`" in paragraph
    for kind in typing.get_args(ir.PrimitiveKind):
        assert f'`"{kind}"`' in paragraph


def test_every_filter_test_and_global_is_documented() -> None:
    env = environment([], _api())
    defaults = jinja2.Environment()
    filters = {k for k, v in env.filters.items() if defaults.filters.get(k) is not v}
    documented = {
        code_spans(row[0])[0].split("(")[0] for row in table(DOC, "### Filters")
    }
    assert documented == filters
    tests = {k for k, v in env.tests.items() if defaults.tests.get(k) is not v}
    for name in tests:
        assert f"`{name}`" in DOC.split("### Filters", 1)[1]
    globals_ = {k for k, v in env.globals.items() if defaults.globals.get(k) is not v}
    assert {
        code_spans(row[0])[0].split("(")[0] for row in table(DOC, "### Globals")
    } == globals_


def test_every_template_and_output_is_in_the_table() -> None:
    rows = table(DOC, "## Which template makes which file")
    documented = {code_spans(row[0])[0]: row for row in rows}
    on_disk = {
        p.relative_to(DEFAULT_TEMPLATES).as_posix()
        for p in DEFAULT_TEMPLATES.rglob("*.jinja")
    }
    assert (
        on_disk <= documented.keys()
    ), f"undocumented templates: {sorted(on_disk - documented.keys())}"
    # The rows of templates only a user's folder has (extra files, members of one resource or model).
    yours = {name for name, row in documented.items() if "(yours)" in row[0]}
    assert yours == {
        "extra/<path>.jinja",
        "package/resources/members/<resource.module>.jinja",
        "package/models/members/<declaration.module>.jinja",
    }
    assert documented.keys() - on_disk == yours
    api = dataclasses.replace(
        _api(),
        features=("pagination", "upload"),
        resources=(ir.Resource("things", "Things", "things", ()),),
        declarations=(
            ir.Model("#/m", "M", "m", ()),
            ir.Enum("#/e", "E", "e", "string", ()),
            ir.Alias("#/a", "A", "a", ir.AnyType()),
        ),
        webhooks=ir.Webhooks(
            "X-Signature", 300, "P_WEBHOOK_SECRET", (), None, "webhooks"
        ),
    )
    made_files = list(outputs(api)) + list(package_outputs(api))
    runtime_rows = {code_spans(row[0])[0] for row in table(DOC, "### The runtime")}
    assert runtime_rows == {p.name for p in RUNTIME.glob("*.py")}
    for output in made_files:
        if not output.template.endswith(".jinja"):
            assert output.template.removeprefix("package/") in runtime_rows
            continue
        row = documented[output.template]
        context = output.context.get("resource") or output.context.get("declaration")
        made = code_spans(row[1])[0].replace("<package>", api.package_name)
        made = re.sub(
            r"<(resource|declaration)\.module>", lambda m: context.module, made
        )
        assert (
            made == output.path
        ), f"{output.template} makes {output.path}, documented as {made}"
        variables = code_spans(row[2])[:1]
        assert variables == list(
            output.context
        ), f"{output.template} gets {list(output.context)}"


def test_the_ir_version_is_stated_and_in_the_changelog() -> None:
    assert re.search(
        rf"current IR version is\s+\*\*{re.escape(ir.IR_VERSION)}\*\*", DOC
    )
    assert f"IR version {ir.IR_VERSION}" in CHANGELOG
    assert "### IR and templates" in CHANGELOG


def _blocks_of(template: str) -> list[str]:
    """The names of the ``{% block %}``s of a default template, in order."""
    env = jinja2.Environment()
    source = (DEFAULT_TEMPLATES / template).read_text(encoding="utf-8")
    return [block.name for block in env.parse(source).find_all(jinja2.nodes.Block)]


def _documented_blocks(
    heading: str = "Blocks",
) -> dict[str, dict[str, list[str]]]:
    """``{template: {block: [names in scope]}}`` from the tables of a section ("Blocks", the Python target's,
    or "TypeScript blocks")."""
    section = DOC.split(f"\n## {heading}\n", 1)[1].split("\n## ", 1)[0]
    documented: dict[str, dict[str, list[str]]] = {}
    for heading in re.findall(r"^### `([^`]+)`$", section, flags=re.MULTILINE):
        rows = table(section, f"### `{heading}`")
        documented[heading] = {
            code_spans(row[0])[0]: code_spans(row[2]) for row in rows
        }
        for row in rows:
            assert row[1], f"{heading}: block {row[0]} says nothing of what it holds"
    return documented


@pytest.mark.parametrize(
    ("heading", "typescript"), [("Blocks", False), ("TypeScript blocks", True)]
)
def test_every_block_is_documented_and_every_documented_block_exists(
    heading: str, typescript: bool
) -> None:
    on_disk = {
        name: _blocks_of(name)
        for p in sorted(DEFAULT_TEMPLATES.rglob("*.jinja"))
        if (name := p.relative_to(DEFAULT_TEMPLATES).as_posix()).startswith(
            "typescript/"
        )
        == typescript
    }
    documented = _documented_blocks(heading)
    problems = []
    for template, names in on_disk.items():
        listed = documented.get(template, {})
        problems += [
            f"{template}: block {n} is not documented" for n in names if n not in listed
        ]
    for template, listed in documented.items():
        names = on_disk.get(template)
        if names is None:
            problems.append(f"{template} is documented, but there is no such template")
            continue
        problems += [
            f"{template}: block {n} is documented but absent"
            for n in listed
            if n not in names
        ]
    assert not problems, "docs/templates.md, section Blocks:\n  " + "\n  ".join(
        problems
    )


def test_the_names_documented_in_scope_of_a_block_are_defined_there(
    tmp_path: Path,
) -> None:
    """Each block is replaced by one that checks its documented names and renders the default's content, in
    templates that extend the defaults, and the Framelane client (which has every feature) is rendered.
    """
    from generator.config import load_config
    from generator.errors import Diagnostics
    from generator.loader import load
    from generator.lower import lower

    documented = _documented_blocks()
    for template, blocks_ in documented.items():
        lines = [f'{{% extends "default:{template}" %}}']
        for block, names in blocks_.items():
            arguments = "".join(f", {n}={n}" for n in names if n != "—")
            lines.append(
                f"{{% block {block} %}}{{{{ probe({template!r}, {block!r}{arguments}) }}}}"
                "{{ super() }}{% endblock %}"
            )
        path = tmp_path / template
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    config = load_config(ROOT / "pyproject.toml", {})
    diagnostics = Diagnostics()
    api = lower(load(config.spec, diagnostics), config, diagnostics)
    env = environment([tmp_path], api)
    seen: set[tuple[str, str]] = set()
    undefined: set[str] = set()

    def probe(template: str, block: str, **names: object) -> str:
        seen.add((template, block))
        undefined.update(
            f"{template}: {block}: {name}"
            for name, value in names.items()
            if isinstance(value, jinja2.Undefined)
        )
        return ""

    env.globals["probe"] = probe
    plain = environment([], api)
    for output in [*outputs(api), *package_outputs(api)]:
        if output.template.endswith(".jinja"):
            probed = env.get_template(output.template).render(**output.context)
            # The probes render nothing: every block still holds what the default's does.
            assert probed == plain.get_template(output.template).render(
                **output.context
            )
    assert not undefined, "names documented in scope but undefined:\n  " + "\n  ".join(
        sorted(undefined)
    )
    never = {(t, b) for t, blocks_ in documented.items() for b in blocks_} - seen
    assert (
        not never
    ), f"blocks the Framelane client never renders, so unchecked: {sorted(never)}"
