"""examples/custom-templates works: generated with it (as its README says), the Framelane client logs every method
call through the hook and its models derive from the custom base class; and its copies of default templates
differ from the defaults only by the lines it marks, so they cannot silently fall behind.
"""

from __future__ import annotations

import ast
import difflib
from pathlib import Path

import pytest

from generator import render
from tests.client.scripted import Reply, ScriptedServer, job
from tests.docs.support import blocks, client_env, run_blocks, run_python
from tests.helpers import ROOT, run_cli

EXAMPLE = ROOT / "examples" / "custom-templates"
MARKER = "{# custom:"
OVERRIDES = sorted(
    p.relative_to(EXAMPLE).as_posix()
    for p in EXAMPLE.rglob("*.jinja")
    if p.relative_to(EXAMPLE).parts[0] != "extra"
)


@pytest.fixture(scope="module")
def out(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The Framelane client generated with the example's templates, by the command its README gives."""
    out = tmp_path_factory.mktemp("custom")
    result = run_cli(
        "generate", "--templates", "examples/custom-templates", "--out", out, "--quiet"
    )
    assert result.returncode == 0, result.stderr
    return out


@pytest.mark.parametrize("name", OVERRIDES)
def test_an_override_differs_from_its_default_only_by_marked_lines(name: str) -> None:
    default = (render.DEFAULT_TEMPLATES / name).read_text(encoding="utf-8").splitlines()
    override = (EXAMPLE / name).read_text(encoding="utf-8").splitlines()
    stale = (
        f"examples/custom-templates/{name} is no longer templates/{name} plus its marked lines: copy the "
        f"default again and reapply each line that follows a {MARKER} ... #}} comment"
    )
    markers = 0
    for tag, i1, i2, j1, j2 in difflib.SequenceMatcher(
        None, default, override, autojunk=False
    ).get_opcodes():
        if tag == "equal":
            continue
        added = override[j1:j2]
        assert len(added) % 2 == 0 and all(
            line.startswith(MARKER) for line in added[::2]
        ), f"{stale}\nunmarked lines: {added}"
        assert (
            i2 - i1 <= len(added) // 2
        ), f"{stale}\nlines of the default dropped: {default[i1:i2]}"
        markers += len(added) // 2
    assert markers, f"{name} is the default unchanged: delete it"


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


def test_the_readme_example_logs_the_call_and_uses_the_base(
    out: Path, server: ScriptedServer, tmp_path: Path
) -> None:
    tested = [b for b in blocks(EXAMPLE / "README.md", "python") if b.tested]
    assert tested
    result = run_blocks(
        tested, tmp_path, cwd=tmp_path, pythonpath=[out], env=client_env(server)
    )
    assert result.returncode == 0, result.stderr[-3000:]
    assert "DEBUG:framelane.calls:renders.create(width, height)" in result.stderr
    # AppModel's summary(): the model's name and the fields the server sent.
    assert (
        "Job(created_at, id, kind, status, updated_at, workspace_id)" in result.stdout
    )
    assert len(server.to("POST", "/v1/renders")) == 1


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
