"""The README's tables cannot drift: every make target and variable, every subcommand, argument and flag of the
CLI, every exit status and every setting is in them, and nothing else is."""

from __future__ import annotations

import dataclasses
import json
import re
import subprocess
import sys
import tomllib

import pytest

from generator import cli, config
from tests.docs.support import code_spans, table
from tests.helpers import ROOT

README = (ROOT / "README.md").read_text(encoding="utf-8")
MAKEFILE = (ROOT / "Makefile").read_text(encoding="utf-8")


def _help(*command: str) -> str:
    result = subprocess.run(
        [sys.executable, "-m", "generator", *command, "--help"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=True,
    )
    return result.stdout


def _options(help_text: str) -> tuple[set[str], set[str]]:
    """The flags (without -h/--help) and the positional arguments of an argparse --help text."""
    flags: set[str] = set()
    positionals: set[str] = set()
    section = ""
    for line in help_text.splitlines():
        if line and not line.startswith(" "):
            section = line.rstrip(":")
            continue
        match = re.match(r"^  (\S.*?)(?:\s{2,}|$)", line)
        if match is None:
            continue
        head = match[1]
        if section == "options":
            flags.update(re.findall(r"(?<![\w-])(--?[a-zA-Z][\w-]*)", head))
        elif section == "positional arguments" and not head.startswith("{"):
            positionals.add(head.split()[0])
    return flags - {"-h", "--help"}, positionals


def _subcommands() -> list[str]:
    match = re.search(r"\{([\w,-]+)\}", _help())
    assert match, "no subcommands in python -m generator --help"
    return match[1].split(",")


def test_every_make_target_is_in_the_readme_and_nothing_else() -> None:
    phony = set(re.search(r"^\.PHONY:(.*)$", MAKEFILE, re.M)[1].split())  # type: ignore[index]
    documented = set(re.findall(r"^([a-z][\w-]*):.*?##", MAKEFILE, re.M))
    assert (
        phony == documented
    ), "a .PHONY target without a ## description, or the reverse"
    rows = table(README, "## Make targets")
    in_readme = {
        span.removeprefix("make ") for row in rows for span in code_spans(row[0])
    }
    assert in_readme == phony, (
        f"README.md's make table: missing {sorted(phony - in_readme)}, "
        f"not in the Makefile {sorted(in_readme - phony)}"
    )


def test_every_make_variable_is_in_the_readme() -> None:
    variables = set(re.findall(r"^([A-Z][A-Z_]*) \?=", MAKEFILE, re.M))
    rows = table(README, "## Make targets", index=1)
    in_readme = {code_spans(row[0])[0].split("=")[0] for row in rows}
    assert (
        variables <= in_readme
    ), f"undocumented make variables: {sorted(variables - in_readme)}"
    # Variables the recipes pass on to the tests through the environment.
    extra = in_readme - variables - {"UPDATE_GOLDEN"}
    assert (
        not extra
    ), f"README.md documents make variables that do not exist: {sorted(extra)}"


def test_every_subcommand_has_a_section() -> None:
    sections = set(re.findall(r"^### `python -m generator (\w+)`$", README, re.M))
    assert sections == set(_subcommands())


@pytest.mark.parametrize("command", _subcommands())
def test_every_flag_of_a_subcommand_is_in_its_table_and_nothing_else(
    command: str,
) -> None:
    flags, positionals = _options(_help(command))
    rows = table(README, f"### `python -m generator {command}`")
    cells = [code_spans(row[0]) for row in rows]
    documented_flags = {
        s.split()[0] for spans in cells for s in spans if s.startswith("-")
    }
    documented_positionals = {
        s.lower() for spans in cells for s in spans if not s.startswith("-")
    }
    assert documented_flags == flags, (
        f"README.md's table of `{command}`: missing {sorted(flags - documented_flags)}, "
        f"not in --help {sorted(documented_flags - flags)}"
    )
    assert documented_positionals == positionals


def test_top_level_flags_are_mentioned() -> None:
    flags, _ = _options(_help())
    section = README.split("## Command line", 1)[1].split("###", 1)[0]
    for flag in flags:
        assert f"`{flag}`" in section


def test_exit_statuses_are_those_of_the_cli() -> None:
    statuses = {value for name, value in vars(cli).items() if name.startswith("EXIT_")}
    rows = table(README, "### Exit status")
    assert {int(row[0]) for row in rows} == statuses


def test_every_setting_is_in_the_readme() -> None:
    sections = {
        "pagination": config.PaginationConfig,
        "polling": config.PollingConfig,
        "webhooks": config.WebhooksConfig,
        "uploads": config.UploadsConfig,
        "typescript": config.TypeScriptConfig,
    }
    expected: set[str] = set()
    for f in dataclasses.fields(config.Config):
        if f.name in sections:
            cls = sections[f.name]
            expected.update(
                f"[tool.generator.{f.name}] {g.name}" for g in dataclasses.fields(cls)
            )
        elif f.name == "idempotency_header":
            expected.add("[tool.generator.idempotency] header")
        else:
            expected.add(f.name)
    documented: set[str] = set()
    for row in table(README, "### Settings"):
        spans = code_spans(row[0])
        if spans[0].startswith("[tool.generator."):
            documented.update(f"{spans[0]} {key}" for key in spans[1:])
        else:
            documented.update(spans)
    assert (
        documented == expected
    ), f"README.md's settings: missing {sorted(expected - documented)}, unknown {sorted(documented - expected)}"


def test_the_framelane_values_of_the_settings_are_those_of_pyproject() -> None:
    settings = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))[
        "tool"
    ]["generator"]
    for row in table(README, "### Settings"):
        spans = code_spans(row[0])
        if spans[0].startswith("[tool.generator."):
            section = settings.get(spans[0][len("[tool.generator.") : -1], {})
            values = {key: section[key] for key in spans[1:] if key in section}
        else:
            values = {key: settings[key] for key in spans if key in settings}
        for key, value in values.items():
            assert (
                f"`{json.dumps(value)}`" in row[1]
            ), f"README.md's settings: {key} is {json.dumps(value)}"


def test_the_stage_table_names_every_package_of_the_generator() -> None:
    rows = table(README, "## Inside the generator")
    named = {span.rstrip("/") for row in rows for span in code_spans(row[1])}
    for path in named:
        assert (ROOT / path).exists(), f"README.md names {path}, which does not exist"
    packages = {
        str(p.parent.relative_to(ROOT))
        for p in (ROOT / "generator").glob("**/__init__.py")
        if "runtime" not in p.parts
    } - {"generator"}
    assert (
        packages <= named
    ), f"packages missing from the README: {sorted(packages - named)}"
    # Every module each row names in passing (``reading``, ``finalize``...) is a module of its folder.
    for row in rows:
        folder = [s for s in code_spans(row[1]) if s.endswith("/")]
        if len(folder) != 1:
            continue
        for module in code_spans(row[2]):
            if re.fullmatch(r"[a-z_0-9]+", module):
                candidates = [
                    ROOT / folder[0] / f"{module}.py",
                    ROOT / folder[0] / module,
                ]
                assert any(c.exists() for c in candidates), f"{folder[0]}{module}"
