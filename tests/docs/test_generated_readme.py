"""The README of the generated project (templates/project/README.md.jinja -> generated/README.md): every resource
and method has an example; every example call binds to the real signature; the examples run against the Prism
mock of openapi.json (which rejects requests that break the spec); and the template renders for every golden spec,
whatever features it has."""

from __future__ import annotations

import ast
import inspect
import re
import sys
from pathlib import Path
from typing import Any

import pytest

from generator import ir
from generator.targets.python.environment import environment
from generator.config import load_config
from generator.errors import Diagnostics
from generator.loader import load
from generator.lower import lower
from tests.docs.support import GENERATED, blocks
from tests.helpers import ROOT

README = GENERATED / "README.md"
GOLDEN = ROOT / "tests" / "golden" / "cases"
HELPERS = ("wait", "upload", "unwrap", "verify_signature")


def _api(spec: Path, pyproject: Path | None, package: str | None = None) -> ir.Api:
    config = load_config(
        pyproject, {"spec": spec, **({"package_name": package} if package else {})}
    )
    diagnostics = Diagnostics()
    return lower(load(config.spec, diagnostics), config, diagnostics)


@pytest.fixture(scope="module")
def api() -> ir.Api:
    return _api(ROOT / "openapi.json", ROOT / "pyproject.toml")


@pytest.fixture(scope="module")
def framelane() -> Any:
    if str(GENERATED) not in sys.path:
        sys.path.insert(0, str(GENERATED))
    import framelane

    return framelane


def _calls(tree: ast.AST) -> list[tuple[str, ast.Call]]:
    """``client.<resource>.<method>(...)`` calls (and constructors of the clients) with their dotted names."""
    found = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Call):
            name = ast.unparse(node.func)
            if (
                name.startswith("client.")
                and name.count(".") == 2
                or name.endswith("Framelane")
            ):
                found.append((name, node))
    return found


def _argument(node: ast.expr) -> Any:
    try:
        return ast.literal_eval(node)
    except ValueError:
        return object()  # a name such as body or headers: its value is not the point


def test_every_resource_and_method_has_an_example(api: ir.Api) -> None:
    text = README.read_text(encoding="utf-8")
    code = "\n".join(b.code for b in blocks(README, "python"))
    for resource in api.resources:
        assert f"### `client.{resource.name}`" in text
        names = [op.name for op in resource.operations]
        names += ["wait"] if resource.polling else []
        names += ["upload"] if resource.upload else []
        names += ["unwrap"] if resource.webhooks else []
        for name in names:
            assert (
                f"client.{resource.name}.{name}(" in code
            ), f"no example of client.{resource.name}.{name}()"


def test_every_example_call_binds_to_the_signature(framelane: Any) -> None:
    client = framelane.Framelane(api_key="k", base_url="http://127.0.0.1:9")
    count = 0
    for block in blocks(README, "python"):
        for name, call in _calls(ast.parse(block.code)):
            if name.endswith("Framelane"):
                target = getattr(framelane, name)
            else:
                _, resource, method = name.split(".")
                target = getattr(getattr(client, resource), method)
            args = [_argument(a) for a in call.args]
            kwargs = {k.arg: _argument(k.value) for k in call.keywords if k.arg}
            try:
                inspect.signature(target).bind(*args, **kwargs)
            except TypeError as exc:
                raise AssertionError(
                    f"{block.where}: {ast.unparse(call)}: {exc}"
                ) from None
            count += 1
    assert count > 30


def test_every_client_argument_is_in_the_settings_table(framelane: Any) -> None:
    """The table of settings lists each argument of the constructor (credentials aside), and a boolean's
    documented default is the signature's."""
    import inspect

    rows = {
        cells[1].strip(): cells[3].strip()
        for line in README.read_text(encoding="utf-8").splitlines()
        if line.startswith("| ") and len(cells := line.split("|")[1:-1]) == 4
    }
    parameters = inspect.signature(framelane.Framelane.__init__).parameters
    for name, parameter in parameters.items():
        if name in ("self", "api_key"):
            continue
        assert f"`{name}`" in rows, f"generated/README.md's settings table lacks {name}"
        if isinstance(parameter.default, bool):
            assert rows[f"`{name}`"] == str(parameter.default)


def test_the_documented_defaults_are_the_runtimes(framelane: Any) -> None:
    from framelane import _base_client

    rows = {
        line.split("|")[1].strip(): [c.strip() for c in line.split("|")[2:-1]]
        for line in README.read_text(encoding="utf-8").splitlines()
        if line.startswith("| ") and line.count("|") == 5
    }
    assert rows["base URL"] == [
        "`base_url`",
        f"`{_base_client.ENV_BASE_URL}`",
        f"`{_base_client.DEFAULT_BASE_URL}`",
    ]
    from framelane import _settings

    (scheme,) = _settings.SECURITY_SCHEMES.values()
    credential = next(v for k, v in rows.items() if k.startswith("bearer token"))
    assert credential[:2] == [f"`{scheme.arguments[0]}`", f"`{scheme.env[0]}`"]
    timeout = next(v for k, v in rows.items() if k.startswith("timeout"))
    retries = next(v for k, v in rows.items() if k.startswith("retries"))
    assert float(timeout[2]) == _base_client.DEFAULT_TIMEOUT
    assert int(retries[2]) == _base_client.DEFAULT_MAX_RETRIES


def test_the_examples_run_against_the_mock(
    prism_url: str, api: ir.Api, framelane: Any
) -> None:
    """Each statement of the resources' examples, run on its own against Prism; helpers that poll, upload to
    another host or need a delivery, and downloads (redirects to another host), are left to the binding test;
    loops over pages take the first page only (the mock's pages say there is always more).
    """
    binary = {
        f"client.{r.name}.{op.name}"
        for r in api.resources
        for op in r.operations
        if op.returns_kind in ("binary", "redirect")
    }
    section = README.read_text(encoding="utf-8").split("## Resources and methods", 1)[1]
    client = framelane.Framelane(
        api_key="sk_test_docs", base_url=prism_url, max_retries=0
    )
    namespace: dict[str, Any] = {"client": client}
    ran = 0
    for block in blocks(README, "python"):
        if block.code not in section:
            continue
        for statement in ast.parse(block.code).body:
            names = {name for name, _ in _calls(statement)}
            if any(n.rsplit(".", 1)[-1] in HELPERS for n in names) or names & binary:
                continue
            if isinstance(statement, ast.For):  # the first page only
                statement = ast.parse(
                    f"_page = {ast.unparse(statement.iter)}.data"
                ).body[0]
            code = ast.unparse(statement)
            try:
                exec(compile(code, block.where, "exec"), namespace)
            except Exception as exc:
                raise AssertionError(
                    f"{block.where}: {code}\n{type(exc).__name__}: {exc}"
                ) from None
            ran += 1
    assert ran >= 20


@pytest.mark.parametrize("case", sorted(p.name for p in GOLDEN.iterdir() if p.is_dir()))
def test_the_template_renders_for_every_golden_spec(case: str) -> None:
    spec = next(p for p in (GOLDEN / case).iterdir() if p.name.startswith("spec."))
    config = GOLDEN / case / "config.toml"
    api = _api(spec, config if config.exists() else None, package=f"golden_{case}")
    text = environment([], api).get_template("project/README.md.jinja").render()
    for block in blocks(Path(f"{case}/README.md"), "python", text=text):
        compile(block.code, block.where, "exec")
    for resource in api.resources:
        for op in resource.operations:
            assert f"client.{resource.name}.{op.name}(" in text


def test_every_name_the_readme_mentions_exists(framelane: Any) -> None:
    text = README.read_text(encoding="utf-8")
    for name in set(re.findall(r"`(\w+(?:Error|Framelane))`", text)):
        assert hasattr(
            framelane, name
        ), f"generated/README.md mentions {name}, which framelane does not export"
    page = framelane.SyncCursorPage
    for attribute in re.findall(
        r"`(\w+)(?:\(\))?`", text.split("### Pagination", 1)[1].split("###", 1)[0]
    ):
        if attribute not in ("async", "AsyncFramelane"):
            assert hasattr(page, attribute) or attribute in (
                "data",
                "has_more",
                "next_cursor",
            ), attribute


def test_the_retried_statuses_are_the_runtimes(framelane: Any) -> None:
    from framelane import _base_client

    row = next(
        line
        for line in README.read_text(encoding="utf-8").splitlines()
        if line.startswith("| retries on")
    )
    listed = {int(n) for n in re.findall(r"\b([1-5][0-9][0-9])\b", row.split("|")[1])}
    assert listed == set(_base_client.RETRY_STATUSES)
