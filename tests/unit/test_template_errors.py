"""A user template that renders invalid Python is an error of the template, as the README's exit status table
promises: status 2, one line naming the template, the output file and the line of the syntax error, no
traceback, and the previous output left as it was. Also when the files are rendered by forked workers (a big
spec), which hand the error back to the parent."""

from __future__ import annotations

import json
import os
import re
from pathlib import Path

import pytest

from tests.helpers import ROOT, read_tree, run_cli

SPEC = ROOT / "tests" / "golden" / "cases" / "enums" / "spec.yaml"
ENUM = Path("package") / "models" / "enum.py.jinja"


def _generate(
    spec: Path, out: Path, templates: Path | None = None
) -> tuple[int, str, str]:
    result = run_cli(
        "generate",
        "--spec",
        spec,
        "--out",
        out,
        "--package-name",
        "shop",
        "--config",
        os.devnull,
        "--no-cache",
        *(["--templates", str(templates)] if templates else []),
        timeout=120,  # a worker's error that cannot travel back would hang the pool
    )
    return result.returncode, result.stdout, result.stderr


def _overridden(root: Path, template: Path, old: str, new: str) -> Path:
    """A template folder under ``root`` holding the default ``template`` with ``old`` replaced by ``new``."""
    folder = root / "templates"
    (folder / template).parent.mkdir(parents=True)
    default = (ROOT / "templates" / template).read_text(encoding="utf-8")
    changed = default.replace(old, new)
    assert changed != default
    (folder / template).write_text(changed, encoding="utf-8")
    return folder


def _broken_enum_template(root: Path) -> Path:
    """An override of the enum template whose output has a syntax error on the line after the class line."""
    return _overridden(
        root,
        ENUM,
        "{{ doc | docstring(4) }}",
        "    def broken(:\n{{ doc | docstring(4) }}",
    )


def _assert_one_clear_line(stderr: str, template: Path, output: str) -> int:
    lines = stderr.splitlines()
    assert len(lines) == 1, stderr
    (line,) = lines
    assert line.startswith("error: "), line
    assert "internal error" not in line and "Traceback" not in stderr
    assert str(template) in line, line
    assert output in line, line
    match = re.search(r"line (\d+)", line)
    assert match, line
    return int(match[1])


def test_a_template_that_renders_invalid_python_is_exit_2_and_one_line(
    tmp_path: Path,
) -> None:
    out = tmp_path / "out"
    status, _, stderr = _generate(SPEC, out)
    assert status == 0, stderr
    before = read_tree(out)
    templates = _broken_enum_template(tmp_path)

    status, stdout, stderr = _generate(SPEC, out, templates)

    assert status == 2, stdout + stderr
    line = _assert_one_clear_line(stderr, templates / ENUM, "shop/models/")
    named = re.search(r"(shop/models/\w+\.py)", stderr)
    assert named, stderr
    # The line named is the one the override added, after the class line of that very file.
    previous = before[named[1]].decode().splitlines()
    assert previous[line - 2].startswith("class "), (line, previous[: line + 1])
    assert "def broken(:" in stderr
    assert read_tree(out) == before, "the previous output changed"


def test_an_extra_template_that_renders_invalid_python_is_exit_2(
    tmp_path: Path,
) -> None:
    templates = tmp_path / "templates"
    (templates / "extra").mkdir(parents=True)
    (templates / "extra" / "_hooks.py.jinja").write_text(
        '"""Hooks."""\n\n\nif True\n    pass\n', encoding="utf-8"
    )
    out = tmp_path / "out"

    status, stdout, stderr = _generate(SPEC, out, templates)

    assert status == 2, stdout + stderr
    line = _assert_one_clear_line(
        stderr, templates / "extra" / "_hooks.py.jinja", "shop/_hooks.py"
    )
    assert line == 4
    assert not out.exists()


def test_invalid_python_from_forked_workers_is_the_same_one_line(
    tmp_path: Path,
) -> None:
    """Over 400 files are rendered by forked workers: their error must reach the user the same way."""
    schemas = {
        f"Colour{i}": {"type": "string", "enum": ["red", "green"]} for i in range(420)
    }
    spec = tmp_path / "spec.json"
    spec.write_text(
        json.dumps(
            {
                "openapi": "3.1.0",
                "info": {"title": "Many", "version": "1"},
                "paths": {},
                "components": {"schemas": schemas},
            }
        ),
        encoding="utf-8",
    )
    templates = _broken_enum_template(tmp_path)
    out = tmp_path / "out"

    status, stdout, stderr = _generate(spec, out, templates)

    assert status == 2, stdout + stderr
    _assert_one_clear_line(stderr, templates / ENUM, "shop/models/colour")
    assert not out.exists()


@pytest.mark.parametrize("pointer", ["", "#/paths"])
def test_generator_errors_survive_pickling(pointer: str) -> None:
    """Forked workers send their exceptions back pickled."""
    import pickle

    from generator.errors import ConfigError

    error = pickle.loads(pickle.dumps(ConfigError(pointer, "the problem")))
    assert isinstance(error, ConfigError)
    assert (error.pointer, error.message) == (pointer, "the problem")
    assert str(error) == str(ConfigError(pointer, "the problem"))


def test_a_block_the_default_does_not_have_is_exit_2_naming_it(tmp_path: Path) -> None:
    """Jinja ignores a child's block that its parent lacks: a misspelt name would silently change nothing."""
    out = tmp_path / "out"
    status, _, stderr = _generate(SPEC, out)
    assert status == 0, stderr
    before = read_tree(out)
    templates = tmp_path / "templates"
    (templates / ENUM).parent.mkdir(parents=True)
    override = templates / ENUM
    override.write_text(
        '{% extends "default:package/models/enum.py.jinja" %}\n'
        "{% block member %}    EXTRA = 'x'\n{% endblock %}\n",
        encoding="utf-8",
    )

    status, stdout, stderr = _generate(SPEC, out, templates)

    assert status == 2, stdout + stderr
    (line,) = stderr.splitlines()
    assert line.startswith("error: ") and "Traceback" not in stderr, stderr
    assert f"{override}:2" in line and "'member'" in line, line
    assert "members" in line, line  # the blocks it could have meant
    assert read_tree(out) == before, "the previous output changed"

    # The block spelt as the default has it renders.
    override.write_text(
        override.read_text(encoding="utf-8").replace("block member ", "block members "),
        encoding="utf-8",
    )
    status, stdout, stderr = _generate(SPEC, out, templates)
    assert status == 0, stdout + stderr
    assert any(
        b"EXTRA = " in text
        for path, text in read_tree(out).items()
        if path.startswith("shop/models/")
    )


def test_a_model_template_of_ir_version_5_is_exit_2_naming_what_changed(
    tmp_path: Path,
) -> None:
    """A model override written before IR version 6 loops ``d.fields`` and gives ``field_line`` the IR field,
    which carries no Python name any more: one line naming the template and what the filter takes.
    """
    folder = _overridden(
        tmp_path,
        Path("package") / "models" / "model.py.jinja",
        "{% for field in d | fields %}",
        "{% for field in d.fields %}",
    )
    status, _, stderr = _generate(SPEC, tmp_path / "out", folder)
    assert status == 2, stderr
    (line,) = stderr.splitlines()
    assert "internal error" not in line and "Traceback" not in stderr
    assert "model.py.jinja" in line and "`d | fields`" in line, line
    assert not (tmp_path / "out" / "shop").exists()
