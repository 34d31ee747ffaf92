"""Every template folder of examples/ works: generated with it (as its README says), the Framelane client passes
mypy --strict; each file of examples/custom-templates extends a default template and replaces only blocks the
default has, in about ten lines; and each customisation does what its README says, on a loopback server: the
header is sent, every method call is logged, the helper of one resource creates and waits, models derive from the
custom base class, which the package exports, and the README has its section.
"""

from __future__ import annotations

import ast
import re
from pathlib import Path

import jinja2
import pytest

from generator.targets.python.environment import DEFAULT_TEMPLATES
from tests.client.scripted import Reply, ScriptedServer, job
from tests.docs.support import (
    blocks,
    client_env,
    code_spans,
    run_blocks,
    run_python,
    table,
)
from tests.helpers import ROOT, mypy, run_cli

EXAMPLES = sorted(p for p in (ROOT / "examples").iterdir() if p.is_dir())
EXAMPLE = ROOT / "examples" / "custom-templates"
EXTENDS = re.compile(r'\A\{% extends "default:(?P<template>[^"]+)" %\}\n')
# Templates of a folder that no default has: new files, and the members of one resource or model.
OWN = ("extra/", "package/resources/members/", "package/models/members/")
TEMPLATES = sorted(
    p.relative_to(EXAMPLE).as_posix()
    for p in EXAMPLE.rglob("*.jinja")
    if not p.relative_to(EXAMPLE).as_posix().startswith(OWN)
)
MAX_LINES = 12


def _generate(example: Path, out: Path) -> Path:
    result = run_cli(
        "generate",
        "--templates",
        example.relative_to(ROOT),
        "--out",
        out,
        "--quiet",
    )
    assert result.returncode == 0, result.stderr
    return out


@pytest.fixture(scope="module")
def out(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The Framelane client generated with the example's templates, by the command its README gives."""
    return _generate(EXAMPLE, tmp_path_factory.mktemp("custom"))


def _defined_blocks(source: str) -> set[str]:
    return {
        b.name for b in jinja2.Environment().parse(source).find_all(jinja2.nodes.Block)
    }


@pytest.mark.parametrize("name", TEMPLATES)
def test_a_customisation_extends_its_default_and_replaces_blocks_it_has(
    name: str,
) -> None:
    source = (EXAMPLE / name).read_text(encoding="utf-8")
    match = EXTENDS.match(source)
    assert match and match["template"] == name, (
        f"examples/custom-templates/{name} should start with "
        f'{{% extends "default:{name}" %}} and replace blocks, not copy the default'
    )
    # Jinja ignores a block the parent does not have: the customisation would silently do nothing.
    default = (DEFAULT_TEMPLATES / name).read_text(encoding="utf-8")
    replaced = _defined_blocks(source)
    assert replaced and replaced <= _defined_blocks(default), (
        f"{name} replaces blocks that templates/{name} does not have: "
        f"{sorted(replaced - _defined_blocks(default))}"
    )
    assert len(source.splitlines()) <= MAX_LINES


def test_the_helper_of_one_resource_is_not_an_if_on_its_name() -> None:
    helper = EXAMPLE / "package" / "resources" / "members" / "renders.jinja"
    source = helper.read_text(encoding="utf-8")
    assert "{% if" not in source and len(source.splitlines()) <= MAX_LINES


def test_the_readme_table_says_each_file_and_its_length() -> None:
    rows = table(
        (EXAMPLE / "README.md").read_text(encoding="utf-8"),
        "# Example: custom templates",
    )
    listed = {}
    for row in rows:
        name = code_spans(row[1])[0].split(":")[0]
        listed[name] = int(row[2])
    own = {
        p.relative_to(EXAMPLE).as_posix()
        for p in EXAMPLE.rglob("*.jinja")
        if not p.relative_to(EXAMPLE).as_posix().startswith("extra/")
    }
    assert listed.keys() == own
    for name, lines in listed.items():
        assert (
            len((EXAMPLE / name).read_text(encoding="utf-8").splitlines()) == lines
        ), name


@pytest.mark.parametrize("example", EXAMPLES, ids=lambda p: p.name)
def test_every_example_generates_a_client_that_passes_mypy_strict(
    example: Path, out: Path, tmp_path: Path
) -> None:
    generated = out if example == EXAMPLE else _generate(example, tmp_path / "out")
    result = mypy([generated / "framelane"], cwd=generated)
    assert result.returncode == 0, result.stdout[-3000:]


def test_every_method_gets_the_hook_and_every_model_the_base(out: Path) -> None:
    package = out / "framelane"
    assert (package / "_hooks.py").is_file() and (package / "_app_model.py").is_file()
    for module in (package / "resources").glob("[!_]*.py"):
        tree = ast.parse(module.read_text(encoding="utf-8"))
        for cls in (
            n
            for n in tree.body
            if isinstance(n, ast.ClassDef) and not n.name.endswith("WithRawResponse")
        ):
            for method in cls.body:
                if not isinstance(
                    method, (ast.FunctionDef, ast.AsyncFunctionDef)
                ) or method.name.startswith("_"):
                    continue
                if method.name in (
                    "with_raw_response",
                    "wait",
                    "upload",
                    "verify_signature",
                    "unwrap",
                    "sign",
                    "create_and_wait",
                ):
                    continue  # properties and helpers: the methods they call are logged
                decorators = [ast.unparse(d) for d in method.decorator_list]
                assert decorators == [
                    f"logged({module.stem + '.' + method.name!r})"
                ], f"{module.name}: {cls.name}.{method.name} has {decorators}"
    for module in (package / "models").glob("[!_]*.py"):
        tree = ast.parse(module.read_text(encoding="utf-8"))
        for cls in (n for n in tree.body if isinstance(n, ast.ClassDef)):
            assert [ast.unparse(b) for b in cls.bases] in (
                ["AppModel"],
                ["OpenStrEnum"],
                ["OpenIntEnum"],
            ), f"{module.name}: {cls.name}"


def test_only_the_renders_resource_gets_the_helper(out: Path) -> None:
    for module in (out / "framelane" / "resources").glob("[!_]*.py"):
        tree = ast.parse(module.read_text(encoding="utf-8"))
        having = [
            cls.name
            for cls in tree.body
            if isinstance(cls, ast.ClassDef)
            and any(
                getattr(member, "name", None) == "create_and_wait"
                for member in cls.body
            )
        ]
        assert having == (
            ["Renders", "AsyncRenders"] if module.stem == "renders" else []
        )


def test_the_readme_example_logs_the_calls_and_uses_the_base(
    out: Path, server: ScriptedServer, tmp_path: Path
) -> None:
    tested = [b for b in blocks(EXAMPLE / "README.md", "python") if b.tested]
    assert tested
    result = run_blocks(
        tested, tmp_path, cwd=tmp_path, pythonpath=[out], env=client_env(server)
    )
    assert result.returncode == 0, result.stderr[-3000:]
    assert "DEBUG:framelane.calls:renders.create(width, height)" in result.stderr
    assert "DEBUG:framelane.calls:renders.retrieve(wait, timeout)" in result.stderr
    assert result.stdout.startswith("completed ")
    # AppModel's summary(): the model's name and the fields the server sent.
    assert re.search(r"^completed Job\((\w+, )*id(, \w+)*\)$", result.stdout, re.M)
    (created,) = server.to("POST", "/v1/renders")
    assert created.json() == {"width": 1920, "height": 1080}


def test_every_request_sends_the_header_and_a_callers_own_wins(
    out: Path, server: ScriptedServer, tmp_path: Path
) -> None:
    code = """
import asyncio
from framelane import AsyncFramelane, Framelane

Framelane().workspace.retrieve()
Framelane(default_headers={"X-Team": "ads"}).workspace.retrieve()
Framelane(default_headers={"X-App-Name": "mine"}).workspace.retrieve()
Framelane().with_options(default_headers={"X-Team": "web"}).workspace.retrieve()


async def main() -> None:
    async with AsyncFramelane() as client:
        await client.workspace.retrieve()


asyncio.run(main())
"""
    result = run_python(code, cwd=tmp_path, pythonpath=[out], env=client_env(server))
    assert result.returncode == 0, result.stderr[-3000:]
    sent = [
        (r.header("X-App-Name"), r.header("X-Team"))
        for r in server.to("GET", "/v1/workspace")
    ]
    assert sent == [
        ("video-studio", None),
        ("video-studio", "ads"),
        ("mine", None),
        ("video-studio", "web"),
        ("video-studio", None),
    ]


def test_the_helper_creates_then_waits_sync_and_async(
    out: Path, server: ScriptedServer, tmp_path: Path
) -> None:
    code = """
import asyncio
from framelane import AsyncFramelane, Framelane

done = Framelane().renders.create_and_wait(width=640, height=360, timeout=5)
print(done.id, done.status)


async def main() -> None:
    async with AsyncFramelane() as client:
        done = await client.renders.create_and_wait(width=320, height=180, timeout=5)
        print(done.id, done.status)


asyncio.run(main())
"""
    server.route(
        "GET",
        "/v1/renders/*",
        Reply(json=job("render_1", "processing")),
        Reply(json=job("render_1", "completed")),
        Reply(json=job("render_1", "processing")),
        Reply(json=job("render_1", "failed")),
    )
    result = run_python(code, cwd=tmp_path, pythonpath=[out], env=client_env(server))
    assert result.returncode == 0, result.stderr[-3000:]
    assert result.stdout.splitlines() == ["render_1 completed", "render_1 failed"]
    assert [r.json() for r in server.to("POST", "/v1/renders")] == [
        {"width": 640, "height": 360},
        {"width": 320, "height": 180},
    ]
    assert len(server.to("GET", "/v1/renders/render_1")) == 4


def test_the_package_exports_the_base_and_the_readme_has_its_section(
    out: Path, tmp_path: Path
) -> None:
    code = "import framelane; print(framelane.AppModel.__module__, 'AppModel' in framelane.__all__)"
    result = run_python(code, cwd=tmp_path, pythonpath=[out])
    assert result.returncode == 0, result.stderr[-3000:]
    assert result.stdout.split() == ["framelane._app_model", "True"]
    readme = (out / "README.md").read_text(encoding="utf-8")
    assert readme.endswith(
        "\n## Support\n\nQuestions about this client go to the video platform team (`#video-platform`).\n"
    )
    assert readme.index("## Resources and methods") < readme.index("## Support")


def test_async_and_raw_calls_are_logged_too(
    out: Path, server: ScriptedServer, tmp_path: Path
) -> None:
    code = """
import asyncio, logging
from framelane import AsyncFramelane, Framelane

records = []
handler = logging.Handler()
handler.emit = lambda record: records.append(record.getMessage())
logger = logging.getLogger("framelane.calls")
logger.addHandler(handler)
logger.setLevel(logging.DEBUG)

client = Framelane()
client.renders.with_raw_response.retrieve("render_1")
client.renders.wait("render_1", timeout=5, poll_interval=0.01)


async def main() -> None:
    async with AsyncFramelane() as client:
        await client.renders.retrieve("render_1", wait=0)
        async for job in client.renders.list(limit=5):
            pass


asyncio.run(main())
print("\\n".join(records))
"""
    server.route(
        "GET",
        "/v1/renders/*",
        Reply(json=job("render_1", "processing")),
        Reply(json=job("render_1", "processing")),
        Reply(json=job("render_1", "completed")),
    )
    result = run_python(code, cwd=tmp_path, pythonpath=[out], env=client_env(server))
    assert result.returncode == 0, result.stderr[-3000:]
    assert result.stdout.splitlines() == [
        "renders.retrieve()",  # the raw call
        # wait() polls through the logged method, twice, long-polling (wait) with a timeout bounded by its
        # deadline
        "renders.retrieve(wait, timeout)",
        "renders.retrieve(wait, timeout)",
        "renders.retrieve(wait)",
        "renders.list(limit)",
    ]


def test_the_example_docs_templates_md_shows_is_the_file() -> None:
    shown = blocks(ROOT / "docs" / "templates.md", "jinja")[0].code
    assert shown == (EXAMPLE / "package" / "_client.py.jinja").read_text(
        encoding="utf-8"
    )


def test_every_method_docstring_ends_with_its_request(
    out: Path, tmp_path: Path
) -> None:
    code = """
import inspect
from framelane import AsyncFramelane, Framelane

for client in (Framelane(api_key="k"), AsyncFramelane(api_key="k")):
    print(inspect.getdoc(client.renders.create).splitlines()[-1])
    print(inspect.getdoc(client.renders.cancel).splitlines()[-1])
"""
    result = run_python(code, cwd=tmp_path, pythonpath=[out])
    assert result.returncode == 0, result.stderr[-3000:]
    assert (
        result.stdout.splitlines()
        == [
            "Sends ``POST /v1/renders``.",
            "Sends ``DELETE /v1/renders/{render_id}``.",
        ]
        * 2
    )
