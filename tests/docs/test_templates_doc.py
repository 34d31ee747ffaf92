"""docs/templates.md is the templates' API, and it cannot drift: every IR class and field (with its type), every
filter, test and global of the environment, and every template are documented, and nothing that is gone; the IR
version is stated here and in CHANGELOG.md."""

from __future__ import annotations

import dataclasses
import inspect
import re
import typing

import jinja2

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
    and obj.__module__ == ir.__name__
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
        "docs/templates.md does not match generator/ir.py (document the change, note it in CHANGELOG.md, and "
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
    assert documented.keys() - on_disk == {"extra/<path>.jinja"}
    api = dataclasses.replace(
        _api(),
        features=("pagination", "upload"),
        resources=(ir.Resource("things", "Things", "things", ()),),
        declarations=(
            ir.Model("#/m", "M", "m", ()),
            ir.Enum("#/e", "E", "e", "str", ()),
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
