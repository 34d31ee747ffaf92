"""docs/vendoring.md holds: the client generated under another name into an app's ``src/myapp/_vendor`` imports
as ``myapp._vendor.acme_client`` and talks to a server; it imports nothing but the standard library, httpx,
pydantic and typing_extensions; regenerating in place keeps the app's own files and prints the change report the
README shows; and ``pip install ./generated`` works."""

from __future__ import annotations

import ast
import json
import re
import shutil
import subprocess
import sys
import tomllib
from dataclasses import dataclass
from pathlib import Path

import pytest

from tests.client.scripted import Reply, ScriptedServer
from tests.docs.support import API_KEY, GENERATED, WORKSPACE, blocks, run_python
from tests.helpers import ROOT, run_cli

DOC = (ROOT / "docs" / "vendoring.md").read_text(encoding="utf-8")
README = (ROOT / "README.md").read_text(encoding="utf-8")
ALLOWED = {"httpx", "pydantic", "typing_extensions"}


@dataclass
class App:
    root: Path
    spec: Path
    package: Path
    first: subprocess.CompletedProcess[str]

    def generate(self, *flags: str) -> subprocess.CompletedProcess[str]:
        return run_cli(
            "generate",
            "--spec",
            self.spec,
            "--package-name",
            "acme_client",
            "--out",
            self.root / "src" / "myapp" / "_vendor",
            # The spec is a copy: naming the config applies Framelane's settings to it.
            "--config",
            ROOT / "pyproject.toml",
            *flags,
        )


@pytest.fixture(scope="module")
def app(tmp_path_factory: pytest.TempPathFactory) -> App:
    """An application with the Framelane client generated into it as ``acme_client``, from its own spec copy."""
    root = tmp_path_factory.mktemp("app")
    vendor = root / "src" / "myapp" / "_vendor"
    vendor.mkdir(parents=True)
    (root / "src" / "myapp" / "__init__.py").write_text("")
    (vendor / "__init__.py").write_text("")
    spec = root / "openapi.json"
    shutil.copyfile(ROOT / "openapi.json", spec)
    app = App(root, spec, vendor / "acme_client", subprocess.CompletedProcess([], 0))
    app.first = app.generate()
    assert app.first.returncode == 0, app.first.stderr
    return app


def test_the_vendored_client_imports_under_the_app_and_calls_the_api(
    app: App, tmp_path: Path
) -> None:
    server = ScriptedServer().route("GET", "/v1/workspace", Reply(json=WORKSPACE))
    try:
        result = run_python(
            "import sys\n"
            "from myapp._vendor.acme_client import Framelane\n"
            "from myapp._vendor.acme_client.models import Workspace\n"
            f"client = Framelane(api_key={API_KEY!r}, base_url={server.url!r})\n"
            "workspace = client.workspace.retrieve()\n"
            "assert isinstance(workspace, Workspace), type(workspace)\n"
            "print(type(workspace).__module__, workspace.name)\n"
            "print(sorted(m for m in sys.modules if m.split('.')[0] in ('acme_client', 'framelane')))\n",
            cwd=tmp_path,
            pythonpath=[app.root / "src"],
        )
    finally:
        server.close()
    assert result.returncode == 0, result.stderr[-3000:]
    assert result.stdout.splitlines() == [
        "myapp._vendor.acme_client.models.workspace Acme Corp",
        "[]",  # nothing imported under a top-level name
    ]
    (request,) = server.requests
    assert (request.method, request.path) == ("GET", "/v1/workspace")
    assert request.header("Authorization") == f"Bearer {API_KEY}"


def test_the_package_imports_only_itself_relatively_and_its_dependencies(
    app: App,
) -> None:
    outside: dict[str, set[str]] = {}
    for path in app.package.rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            names: list[str] = []
            if isinstance(node, ast.Import):
                names = [alias.name for alias in node.names]
            elif isinstance(node, ast.ImportFrom) and node.level == 0:
                names = [node.module or ""]
            for name in names:
                top = name.split(".")[0]
                if top not in sys.stdlib_module_names and top != "__future__":
                    outside.setdefault(top, set()).add(
                        path.relative_to(app.package).as_posix()
                    )
    assert set(outside) <= ALLOWED, outside
    assert {"httpx", "pydantic"} <= set(outside)


def test_the_documented_dependencies_are_those_of_generated_pyproject() -> None:
    project = tomllib.loads((GENERATED / "pyproject.toml").read_text(encoding="utf-8"))[
        "project"
    ]
    (toml_block,) = blocks(ROOT / "docs" / "vendoring.md", "toml")
    documented = tomllib.loads(toml_block.code)["dependencies"]
    assert documented == project["dependencies"]
    assert [re.split(r"[<>=]", d)[0] for d in documented] == ["httpx", "pydantic"]


def test_regenerating_in_place_keeps_the_apps_files_and_reports_the_change(
    app: App,
) -> None:
    mine = app.package / "local_notes.py"
    mine.write_text("NOTE = 'mine'\n")
    spec = json.loads(app.spec.read_text(encoding="utf-8"))
    # The change README.md's example report describes.
    del spec["paths"]["/v1/api-keys/{key_id}"]
    spec["components"]["schemas"]["Workspace"]["properties"]["region"] = {
        "type": "string",
        "description": "Where the workspace's data lives.",
    }
    app.spec.write_text(json.dumps(spec, indent=2), encoding="utf-8")

    result = app.generate()
    assert result.returncode == 0, result.stderr
    assert mine.read_text() == "NOTE = 'mine'\n"
    assert "def revoke" not in (app.package / "resources" / "api_keys.py").read_text()
    assert "region" in (app.package / "models" / "workspace.py").read_text()

    sample = _readme_report()
    normalize = lambda line: re.sub(
        r"\d+", "N", re.sub(r"-> \S+:", "-> OUT:", line)
    )  # noqa: E731
    assert normalize(result.stdout.splitlines()[0]) == normalize(sample[0])
    assert (
        result.stdout.splitlines()[1:] == sample[1:]
    ), "README.md's example change report is not what the generator prints"

    check = app.generate("--check")
    assert check.returncode == 0, check.stdout + check.stderr
    assert mine.exists()


def _readme_report() -> list[str]:
    (report,) = [
        b for b in blocks(ROOT / "README.md", "text") if "API changes" in b.code
    ]
    return report.code.splitlines()


def test_the_first_generation_printed_the_summary(app: App) -> None:
    summary = app.first.stdout.splitlines()[0]
    assert re.fullmatch(
        r"Framelane API 1\.0\.0: \d+ operations, \d+ models -> \S+/acme_client: \d+ written, 0 removed, 0 unchanged "
        r"\(\d+\.\d+s\)",
        summary,
    ), summary


def test_generated_is_pip_installable(tmp_path: Path) -> None:
    source = tmp_path / "generated"
    shutil.copytree(
        GENERATED, source, ignore=shutil.ignore_patterns("__pycache__", ".mypy_cache")
    )
    target = tmp_path / "site"
    install = subprocess.run(
        [
            sys.executable,
            "-m",
            "pip",
            "install",
            "--quiet",
            "--no-deps",
            "--target",
            str(target),
            str(source),
        ],
        capture_output=True,
        text=True,
        check=False,
        timeout=300,
    )
    assert install.returncode == 0, install.stdout[-2000:] + install.stderr[-3000:]
    assert (target / "framelane" / "py.typed").is_file()
    result = run_python(
        "import framelane, framelane.resources.renders, framelane.models.job\n"
        "print(framelane.__file__)\n"
        "print(framelane.Framelane.__name__, framelane.__version__)\n",
        cwd=tmp_path,
        pythonpath=[target],
    )
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert Path(lines[0]).is_relative_to(target)
    assert lines[1] == "Framelane 1.0.0"
