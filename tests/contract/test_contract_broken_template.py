"""The contract suite catches a broken template: a client generated with a query parameter's wire name changed
fails it. The client is generated into a temporary folder with a template override (the way users override
templates), and the contract suite runs against it in a pytest of its own, sharing this session's mock.
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

from contract_support import CLIENT_DIR_ENV, MOCK_URL_ENV, ROOT, api

MACROS = Path("package") / "resources" / "macros.jinja"
SUFFIX = "_renamed"

MACRO = re.compile(
    r"\{%-?\s*macro\s+dict_arg\(\s*(?P<name>\w+).*?\{%-?\s*endmacro\s*-?%\}", re.DOTALL
)
WIRE = re.compile(r"(?P<param>\w+)\.wire\s*\|\s*string")


def break_macros(text: str) -> str:
    """The project's macros with one change: ``dict_arg``, when it writes the ``query`` dict, suffixes each
    wire name. Everything else (paths, headers, bodies, the rest of the template) stays as it is today.
    """
    macro = MACRO.search(text)
    assert (
        macro
    ), f"{MACROS} has no dict_arg(name, ...) macro any more: teach break_macros() the new shape"
    name = macro.group("name")
    body, count = WIRE.subn(
        lambda m: f'({m.group("param")}.wire ~ ("{SUFFIX}" if {name} == "query" else "")) | string',
        macro.group(0),
    )
    assert (
        count
    ), f"dict_arg in {MACROS} no longer writes `p.wire | string`: teach break_macros()"
    return text[: macro.start()] + body + text[macro.end() :]


def test_contract_suite_fails_on_a_client_with_a_renamed_query_parameter(
    tmp_path: Path, mock_url: str
) -> None:
    overrides = tmp_path / "templates"
    (overrides / MACROS).parent.mkdir(parents=True)
    (overrides / MACROS).write_text(
        break_macros((ROOT / "templates" / MACROS).read_text())
    )
    out = tmp_path / "client"
    generated = subprocess.run(
        [
            sys.executable,
            "-m",
            "generator",
            "generate",
            "--spec",
            "openapi.json",
            "--out",
            str(out),
            "--templates",
            str(overrides),
        ],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=False,
    )
    assert generated.returncode == 0, generated.stdout + generated.stderr
    paged = [
        (r, op)
        for r in api().resources
        for op in r.operations
        if any(p.location == "query" for p in op.parameters)
    ]
    assert (
        paged
    ), "the spec has no operation with a query parameter: this test needs one"
    resource, op = paged[0]
    wire = next(p.wire for p in op.parameters if p.location == "query")
    source = (
        out / api().package_name / "resources" / f"{resource.module}.py"
    ).read_text()
    assert (
        f'"{wire}{SUFFIX}"' in source
    ), "the override did not change the generated client"

    env = {**os.environ, CLIENT_DIR_ENV: str(out), MOCK_URL_ENV: mock_url}
    run = subprocess.run(
        [
            sys.executable,
            "-m",
            "pytest",
            "-q",
            "-p",
            "no:cacheprovider",
            "-p",
            "no:randomly",
            str(ROOT / "tests" / "contract" / "test_contract_operations.py"),
            "-k",
            "honours_the_contract",
        ],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        check=False,
        timeout=600,
    )
    output = run.stdout + run.stderr
    assert (
        run.returncode == 1
    ), f"the contract suite did not fail (exit {run.returncode}):\n{output[-3000:]}"
    assert (
        f"query parameter '{wire}{SUFFIX}' is not declared by the spec" in output
    ), output[-3000:]
    assert f"was not sent as query parameter '{wire}'" in output, output[-3000:]
    # Only the operations with query parameters break, and each of them does, sync and async.
    failed = set(
        re.findall(
            r"FAILED \S+::test_operation_honours_the_contract\[(\w+\.\w+)-all-(sync|async)\]",
            output,
        )
    )
    expected = {
        (f"{r.name}.{o.name}", io) for r, o in paged for io in ("sync", "async")
    }
    assert failed == expected, f"failed: {sorted(failed)}\nexpected: {sorted(expected)}"
