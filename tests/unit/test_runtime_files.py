"""The runtime is real source files: copied into each package as they are, only those the API's features
need, and replaceable from a user's template folder like any template."""

from __future__ import annotations

from pathlib import Path

from generator.targets.python.environment import RUNTIME
from tests.helpers import ROOT, generate_in_process

SPEC = ROOT / "tests" / "golden" / "cases" / "primitives" / "spec.yaml"


def test_runtime_modules_are_copied_verbatim_and_only_when_needed(
    tmp_path: Path,
) -> None:
    generate_in_process(SPEC, tmp_path, "plain", package_files=False)
    package = tmp_path / "plain"
    copied = {p.name for p in package.glob("_*.py")} & {
        p.name for p in RUNTIME.glob("*.py")
    }
    assert copied == {
        "_auth.py",
        "_base_client.py",
        "_construct.py",
        "_core.py",
        "_encoding.py",
        "_errors.py",
        "_exceptions.py",
        "_logging.py",
        "_parsing.py",
        "_request.py",
        "_response.py",
        "_retries.py",
        "_types.py",
    }
    for name in copied:
        assert (package / name).read_bytes() == (RUNTIME / name).read_bytes()


def test_a_user_folder_replaces_a_runtime_module(tmp_path: Path) -> None:
    templates = tmp_path / "templates" / "package"
    templates.mkdir(parents=True)
    own = (RUNTIME / "_response.py").read_text() + "\nCUSTOMISED = True\n"
    (templates / "_response.py").write_text(own)
    generate_in_process(
        SPEC,
        tmp_path / "out",
        "plain",
        templates=tmp_path / "templates",
        package_files=False,
    )
    assert (
        (tmp_path / "out" / "plain" / "_response.py")
        .read_text()
        .endswith("CUSTOMISED = True\n")
    )


def test_an_override_extends_its_default_and_replaces_one_block(tmp_path: Path) -> None:
    templates = tmp_path / "templates" / "package"
    templates.mkdir(parents=True)
    (templates / "_settings.py.jinja").write_text(
        '{% extends "default:package/_settings.py.jinja" %}\n'
        "{% block root_error %}\n"
        "class {{ api.client_name }}Error(RuntimeError):\n"
        '    """Every error of this client, a RuntimeError too."""\n'
        "{% endblock %}\n"
    )
    generate_in_process(
        SPEC,
        tmp_path / "out",
        "plain",
        templates=tmp_path / "templates",
        package_files=False,
    )
    settings = (tmp_path / "out" / "plain" / "_settings.py").read_text()
    assert "class PlainError(RuntimeError):" in settings
    assert "SECURITY_SCHEMES" in settings  # the rest of the default is still there
