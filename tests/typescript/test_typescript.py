"""The TypeScript target: golden files, ``tsc`` strictness, the runtime under ``node --test`` against a scripted
fetch, every operation against Prism, and user programs that must type-check or must fail.

The golden trees (``golden/<case>/``) are the TypeScript output of each golden spec (``tests/golden/cases``), less
the runtime files, which must be copies of ``generator/targets/typescript/runtime``; ``generated/typescript`` is the
golden output of ``openapi.json``. ``make test UPDATE_GOLDEN=1`` rewrites them.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from generator.targets.python import names
from generator.targets.typescript.render import RUNTIME
from tests.helpers import ROOT, read_tree, run_cli, tree_diff

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(ROOT / "tests" / "mock"))
sys.path.insert(0, str(ROOT / "tests" / "contract"))

import ts_tools  # noqa: E402

CASES_DIR = ROOT / "tests" / "golden" / "cases"
CASES = sorted(p.name for p in CASES_DIR.iterdir() if p.is_dir())
GOLDEN = HERE / "golden"
GENERATED = ROOT / "generated" / "typescript"
UPDATE = os.environ.get("UPDATE_GOLDEN") == "1"
RUNTIME_FILES = {p.name for p in RUNTIME.glob("*.ts")}

pytestmark = pytest.mark.skipif(
    shutil.which("node") is None, reason="the TypeScript tests need Node.js"
)


def _spec(case: Path) -> Path:
    for name in ("spec.yaml", "spec.json", "spec.yml"):
        if (case / name).exists():
            return case / name
    raise AssertionError(f"{case} has no spec")


def _generate(case_name: str, out: Path, *extra: str) -> Path:
    case = CASES_DIR / case_name
    config = case / "config.toml"
    result = run_cli(
        "generate",
        "--target",
        "typescript",
        "--spec",
        _spec(case),
        "--out",
        out,
        "--package-name",
        f"golden_{case_name}",
        "--config",
        config if config.exists() else os.devnull,
        "--no-cache",
        "--quiet",
        *extra,
    )
    assert result.returncode == 0, result.stderr
    return out / "typescript"


def _without_runtime(tree: dict[str, bytes]) -> dict[str, bytes]:
    return {
        path: data
        for path, data in tree.items()
        if not (path.startswith("src/core/") and path.split("/")[-1] in RUNTIME_FILES)
    }


@pytest.fixture(scope="module")
def golden_outputs(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Every golden case's TypeScript package, generated once."""
    root = tmp_path_factory.mktemp("ts-golden")
    for case_name in CASES:
        _generate(case_name, root / case_name)
    return root


@pytest.mark.parametrize("case_name", CASES)
def test_case_matches_its_golden_files(case_name: str, golden_outputs: Path) -> None:
    tree = read_tree(golden_outputs / case_name / "typescript")
    for path, data in tree.items():
        if path.startswith("src/core/") and path.split("/")[-1] in RUNTIME_FILES:
            assert data == (RUNTIME / path.split("/")[-1]).read_bytes(), path
    actual = _without_runtime(tree)
    expected_dir = GOLDEN / case_name
    if UPDATE:
        shutil.rmtree(expected_dir, ignore_errors=True)
        for path, data in actual.items():
            target = expected_dir / path
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_bytes(data)
        return
    assert (
        expected_dir.is_dir()
    ), f"no golden/{case_name}: run make test UPDATE_GOLDEN=1"
    diff = tree_diff(read_tree(expected_dir), actual)
    assert not diff, f"{case_name} differs (UPDATE_GOLDEN=1 to accept):\n{diff}"


@pytest.mark.parametrize("case_name", [*CASES, "openapi.json"])
def test_golden_output_passes_tsc_strict(case_name: str, golden_outputs: Path) -> None:
    folder = (
        GENERATED
        if case_name == "openapi.json"
        else golden_outputs / case_name / "typescript"
    )
    result = ts_tools.tsc(
        "-p", str(folder / "tsconfig.json"), "--noEmit", *ts_tools.STRICT
    )
    assert result.returncode == 0, (result.stdout + result.stderr)[-5000:]


def test_generated_typescript_is_the_output_of_openapi_json() -> None:
    result = run_cli("generate", "--target", "typescript", "--check", "--no-cache")
    assert result.returncode == 0, result.stdout[-3000:] + result.stderr[-2000:]


@pytest.mark.parametrize("seed", ["0", "4242"])
def test_output_does_not_depend_on_hash_seed(seed: str, tmp_path: Path) -> None:
    out = tmp_path / "out"
    case = CASES_DIR / "unions"
    result = run_cli(
        "generate", "--target", "typescript", "--spec", _spec(case), "--out", out,
        "--package-name", "golden_unions", "--config", os.devnull, "--no-cache", "--quiet",
        env={"PYTHONHASHSEED": seed},
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    assert not tree_diff(
        read_tree(GOLDEN / "unions"), _without_runtime(read_tree(out / "typescript"))
    )


def test_hostile_descriptions_stay_in_their_comments(tmp_path: Path) -> None:
    spec = {
        "openapi": "3.1.0",
        "info": {
            "title": "T",
            "version": "1",
            "description": "*/ throw new Error('x'); /*",
        },
        "paths": {
            "/things/{id}": {
                "get": {
                    "operationId": "things_get",
                    "tags": ["things"],
                    "summary": "Get */ process.exit(1); /* a thing",
                    "parameters": [
                        {
                            "name": "id",
                            "in": "path",
                            "required": True,
                            "schema": {"type": "string"},
                        },
                        {"name": "a'b\"c", "in": "query", "schema": {"type": "string"}},
                    ],
                    "responses": {
                        "200": {
                            "description": "ok",
                            "content": {
                                "application/json": {
                                    "schema": {"$ref": "#/components/schemas/Thing"}
                                }
                            },
                        }
                    },
                }
            }
        },
        "components": {
            "schemas": {
                "Thing": {
                    "type": "object",
                    "description": "A */ `${alert(1)}` thing\u2028line",
                    "properties": {
                        "constructor": {"type": "string", "description": "*/ evil"},
                        "kebab-case": {"type": "string", "enum": ['a"b', "c*/d"]},
                        "class": {"type": "integer"},
                    },
                }
            }
        },
    }
    path = tmp_path / "hostile.json"
    path.write_text(json.dumps(spec))
    result = run_cli(
        "generate", "--target", "typescript", "--spec", path, "--out", tmp_path / "out",
        "--config", os.devnull, "--no-cache", "--quiet",
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    folder = tmp_path / "out" / "typescript"
    check = ts_tools.tsc(
        "-p", str(folder / "tsconfig.json"), "--noEmit", *ts_tools.STRICT
    )
    assert check.returncode == 0, check.stdout + check.stderr
    text = "\n".join(p.read_text() for p in (folder / "src").rglob("*.ts"))
    for hostile in ("throw new Error('x')", "process.exit(1)", "evil"):
        for line in text.splitlines():
            if hostile in line:
                assert (
                    line.lstrip().startswith("*") and "*/" not in line.split(hostile)[0]
                ), line
    assert "*\\/ throw" in text
    assert '"kebab-case"?:' in text and '"a\\"b" | "c*/d"' in text


# ------------------------------------------------------------------------------------------------ node --test


@pytest.fixture(scope="module")
def sdk_dist(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """generated/typescript compiled (what `npm pack` ships)."""
    dist = tmp_path_factory.mktemp("ts-dist")
    result = ts_tools.tsc("-p", str(GENERATED / "tsconfig.json"), "--outDir", str(dist))
    assert result.returncode == 0, result.stdout + result.stderr
    (dist / "package.json").write_text('{"type": "module"}\n')
    return dist


def _node_test(file: Path, env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        ["node", "--test", "--test-reporter=tap", str(file)],
        capture_output=True,
        text=True,
        check=False,
        timeout=600,
        env={**os.environ, **env},
    )


def test_runtime_behaviours_under_node_test(sdk_dist: Path) -> None:
    result = _node_test(HERE / "runtime.test.mjs", {"SDK_DIST": str(sdk_dist)})
    assert result.returncode == 0, result.stdout[-8000:] + result.stderr[-2000:]
    assert re.search(r"^# fail 0$", result.stdout, re.M), result.stdout[-3000:]


def _prism_cases() -> list[dict[str, Any]]:
    """One call per operation of openapi.json: the required arguments, built from the spec by the contract
    suite's value builder, as the TypeScript method takes them (path arguments, then the params object).
    """
    from contract_support import build_case, operations

    from generator.config import load_config
    from generator.errors import Diagnostics
    from generator.loader import load
    from generator.lower import lower
    from generator.targets.typescript.view import bind

    config = load_config(ROOT / "pyproject.toml", {"spec": ROOT / "openapi.json"})
    diagnostics = Diagnostics()
    api = lower(load(config.spec, diagnostics), config, diagnostics)
    view = bind(api, config)
    by_path = {
        (m.http_method, m.path): (r.property, m)
        for r in view.resources
        for m in r.methods
    }
    cases = []
    for resource, op in operations():
        prop, method = by_path[(op.method.upper(), op.path)]
        case = build_case(resource, op, "required")
        values = case.wire_values
        args = []
        params: dict[str, Any] = {}
        # The case is built with the Python client's argument names.
        arguments = names.arguments(op)
        for p in arguments:
            if p.name not in values:
                continue
            if p.location == "path":
                continue
            params[p.wire] = values[p.name]
        wires = {p.wire: p.name for p in arguments if p.location == "path"}
        for path_param in method.path_params:
            args.append(values[wires[path_param.wire]])
        if (
            op.body is not None
            and not op.body.flattened
            and names.body_argument(op) in values
        ):
            params["body"] = values[names.body_argument(op)]
        cases.append(
            {
                "operation": op.operation_id,
                "resource": prop,
                "method": method.name,
                "args": args,
                "params": params if method.params else None,
                "page": bool(method.page_item),
                "kind": method.response_kind,
            }
        )
    return cases


def test_every_operation_against_prism(sdk_dist: Path, tmp_path: Path) -> None:
    import prism_mock

    cases = _prism_cases()
    assert len(cases) == sum(len(r.methods) for r in _view().resources)
    file = tmp_path / "cases.json"
    file.write_text(json.dumps(cases))
    server = prism_mock.start(log_path=tmp_path / "prism.log")
    try:
        result = _node_test(
            HERE / "prism.test.mjs",
            {
                "SDK_DIST": str(sdk_dist),
                "CASES": str(file),
                "MOCK_URL": server.base_url,
            },
        )
    finally:
        server.stop()
    assert result.returncode == 0, result.stdout[-8000:] + server.log()[-3000:]
    assert f"# pass {len(cases)}" in result.stdout


def _view() -> Any:
    from generator.config import load_config
    from generator.errors import Diagnostics
    from generator.loader import load
    from generator.lower import lower
    from generator.targets.typescript.view import bind

    config = load_config(ROOT / "pyproject.toml", {"spec": ROOT / "openapi.json"})
    diagnostics = Diagnostics()
    return bind(lower(load(config.spec, diagnostics), config, diagnostics), config)


# ------------------------------------------------------------------------------------------------ user programs

PROGRAMS = HERE / "programs"


def _compile_program(program: Path, tmp_path: Path) -> subprocess.CompletedProcess[str]:
    shutil.copytree(GENERATED / "src", tmp_path / "sdk")
    shutil.copy(program, tmp_path / program.name)
    config = json.loads((GENERATED / "tsconfig.json").read_text())
    config["compilerOptions"].update({"rootDir": ".", "noEmit": True})
    config["include"] = [program.name, "sdk"]
    (tmp_path / "tsconfig.json").write_text(json.dumps(config))
    (tmp_path / "package.json").write_text('{"type": "module"}\n')
    return ts_tools.tsc("-p", "tsconfig.json", *ts_tools.STRICT, cwd=tmp_path)


@pytest.mark.parametrize(
    "program", sorted((PROGRAMS / "pass").glob("*.ts")), ids=lambda p: p.stem
)
def test_user_program_type_checks(program: Path, tmp_path: Path) -> None:
    result = _compile_program(program, tmp_path)
    assert result.returncode == 0, result.stdout + result.stderr


@pytest.mark.parametrize(
    "program", sorted((PROGRAMS / "fail").glob("*.ts")), ids=lambda p: p.stem
)
def test_user_program_is_rejected(program: Path, tmp_path: Path) -> None:
    first = program.read_text().splitlines()[0]
    expected = re.findall(r"TS[0-9]+", first)
    assert (
        first.startswith("// expect:") and expected
    ), f"{program.name} names no expected error"
    result = _compile_program(program, tmp_path)
    assert result.returncode != 0, f"{program.name} type-checks, but must not"
    errors = [line for line in result.stdout.splitlines() if "error TS" in line]
    assert errors and all(
        line.startswith(program.name) for line in errors
    ), result.stdout
    assert any(code in line for line in errors for code in expected), result.stdout


def _readme_usage() -> str:
    text = (GENERATED / "README.md").read_text()
    match = re.search(r"## Usage\n\n```ts\n(.*?)```", text, re.S)
    assert match, "the README has a Usage example"
    return match.group(1)


def test_readme_usage_type_checks(tmp_path: Path) -> None:
    program = tmp_path / "src" / "readme_usage_block.ts"
    program.parent.mkdir()
    usage = _readme_usage().replace('from "@framelane/sdk"', 'from "./sdk/index.js"')
    program.write_text(usage + "\nexport {};\n")
    result = _compile_program(program, tmp_path / "build")
    assert result.returncode == 0, result.stdout + result.stderr


def test_npm_pack_installs_and_runs_the_readme_example(tmp_path: Path) -> None:
    """`npm pack` of generated/typescript (its prepack builds dist/ with tsc) gives a package that a new Node
    project installs, offline (it has no dependencies), and runs the README's example with, against Prism.
    """
    import prism_mock

    npm = shutil.which("npm")
    assert npm is not None
    package = tmp_path / "package"
    shutil.copytree(GENERATED, package)
    env = {
        **os.environ,
        "PATH": f"{ts_tools.ensure_installed().parent}{os.pathsep}{os.environ.get('PATH', '')}",
        "npm_config_cache": str(tmp_path / "npm-cache"),
    }
    packed = subprocess.run(
        [npm, "pack", "--pack-destination", str(tmp_path), "--loglevel=error"],
        cwd=package, capture_output=True, text=True, check=False, env=env, timeout=300,
    )  # fmt: skip
    assert packed.returncode == 0, packed.stdout + packed.stderr
    tarball = tmp_path / packed.stdout.strip().splitlines()[-1]
    assert tarball.is_file(), packed.stdout
    app = tmp_path / "app"
    app.mkdir()
    (app / "package.json").write_text(
        '{"name": "app", "private": true, "type": "module"}\n'
    )
    installed = subprocess.run(
        [npm, "install", str(tarball), "--offline", "--no-audit", "--no-fund", "--loglevel=error"],
        cwd=app, capture_output=True, text=True, check=False, env=env, timeout=300,
    )  # fmt: skip
    assert installed.returncode == 0, installed.stdout + installed.stderr
    assert (
        app / "node_modules" / "@framelane" / "sdk" / "dist" / "index.d.ts"
    ).is_file()
    (app / "example.mjs").write_text(_readme_usage())
    server = prism_mock.start(log_path=tmp_path / "prism.log")
    try:
        ran = subprocess.run(
            ["node", "example.mjs"],
            cwd=app, capture_output=True, text=True, check=False, timeout=120,
            env={**env, "FRAMELANE_API_KEY": "fl_test_pack_0123456789", "FRAMELANE_BASE_URL": server.base_url},
        )  # fmt: skip
    finally:
        server.stop()
    assert ran.returncode == 0, ran.stdout + ran.stderr + server.log()[-3000:]
    assert "render_" in ran.stdout


def test_wire_encodings_match_the_python_runtime(
    sdk_dist: Path, tmp_path: Path
) -> None:
    """Parameter styles (path, query, header, cookie), form and multipart bodies: the TypeScript runtime's bytes
    are the Python runtime's for the same values (the Python runtime, checked by openapi-core in
    tests/conformance, is the oracle)."""
    cases = subprocess.run(
        [sys.executable, str(HERE / "encoding_cases.py"), str(ROOT / "generated")],
        capture_output=True, text=True, check=True, timeout=120,
    ).stdout  # fmt: skip
    file = tmp_path / "cases.json"
    file.write_text(cases)
    assert len(json.loads(cases)) > 100
    result = _node_test(
        HERE / "encoding.test.mjs", {"SDK_DIST": str(sdk_dist), "CASES": str(file)}
    )
    assert result.returncode == 0, result.stdout[-8000:] + result.stderr[-2000:]
