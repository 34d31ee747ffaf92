"""The settings of ``[tool.generator]`` that describe its spec's API apply to that spec alone: ``--spec`` naming
another file gets the generic defaults (with a note saying so), unless ``--config`` names the file; ``out`` and
``templates`` apply to any spec.
"""

from __future__ import annotations

import os
import textwrap
from pathlib import Path

import pytest

from tests.helpers import ROOT, read_tree, run_cli

# An API shaped so that each of Framelane's settings would show: a `renders` resource that polling would give
# `wait()`, webhooks the Framelane verifier would take, an `uploads.create` the upload helper would wrap.
OTHER = textwrap.dedent("""\
    openapi: 3.1.0
    info: {title: Other, version: '1'}
    paths:
      /renders/{id}:
        get:
          operationId: getRender
          tags: [renders]
          parameters:
            - {name: id, in: path, required: true, schema: {type: string}}
          responses:
            '200':
              description: ok
              content:
                application/json:
                  schema:
                    type: object
                    properties:
                      id: {type: string}
                      status: {type: string, enum: [queued, completed, failed]}
      /uploads:
        post:
          operationId: createUpload
          tags: [uploads]
          requestBody:
            content:
              application/json:
                schema:
                  type: object
                  properties: {content_type: {type: string}, filename: {type: string}}
          responses:
            '200':
              description: ok
              content:
                application/json:
                  schema: {type: object, properties: {upload_url: {type: string}}}
    webhooks:
      renderDone:
        post:
          requestBody:
            content:
              application/json:
                schema: {type: object, properties: {id: {type: string}}}
          responses:
            '200': {description: ok}
    """)


def text_of(tree: dict[str, bytes]) -> str:
    return "\n".join(content.decode("utf-8", "replace") for content in tree.values())


@pytest.fixture(scope="module")
def other(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("other")
    (folder / "other.yaml").write_text(OTHER, encoding="utf-8")
    return folder / "other.yaml"


def test_another_spec_in_this_repository_gets_no_framelane_settings(
    other: Path, tmp_path: Path
) -> None:
    """The finding: run here, ``--spec other.yaml`` used to make a ``Framelane`` client of another API."""
    result = run_cli("generate", "--spec", other, "--out", tmp_path, "--no-cache")
    assert result.returncode == 0, result.stderr
    assert sorted(p.name for p in tmp_path.iterdir()) == ["client"]  # no package files
    text = text_of(read_tree(tmp_path / "client"))
    assert "class Client" in text
    assert "CLIENT_BASE_URL" in text
    assert "Framelane" not in text and "FRAMELANE" not in text
    assert not (tmp_path / "client" / "_webhooks.py").exists()
    renders = (tmp_path / "client" / "resources" / "renders.py").read_text()
    uploads = (tmp_path / "client" / "resources" / "uploads.py").read_text()
    assert "def wait(" not in renders and "def upload(" not in uploads
    note = (
        f"note: {other} is not the spec of pyproject.toml: its settings package_name, client_name, "
        "env_prefix, package_files, pagination, idempotency, polling, webhooks, uploads, typescript are not applied "
        "(--config pyproject.toml applies them)"
    )
    assert note in result.stderr.splitlines()


def test_naming_the_config_applies_its_settings_to_another_spec(
    other: Path, tmp_path: Path
) -> None:
    result = run_cli(
        "generate",
        "--spec",
        other,
        "--out",
        tmp_path,
        "--config",
        ROOT / "pyproject.toml",
        "--no-cache",
    )
    assert result.returncode == 0, result.stderr
    assert "note:" not in result.stderr
    assert sorted(p.name for p in tmp_path.iterdir()) == [
        "README.md",
        "framelane",
        "pyproject.toml",
    ]
    text = text_of(read_tree(tmp_path / "framelane"))
    assert "class Framelane" in text and "FRAMELANE_BASE_URL" in text
    assert 'SIGNATURE_HEADER = "Framelane-Signature"' in text
    renders = (tmp_path / "framelane" / "resources" / "renders.py").read_text()
    assert "def wait(" in renders


PROJECT = textwrap.dedent("""\
    [tool.generator]
    spec = "api/spec.yaml"
    out = "build"
    templates = "templates"
    package_name = "acme"
    client_name = "Acme"
    env_prefix = "ACME"
    [tool.generator.polling]
    resources = ["renders"]
    """)


@pytest.fixture
def project(tmp_path: Path, other: Path) -> Path:
    """A project whose settings describe ``api/spec.yaml``, with a template override of its own."""
    (tmp_path / "api").mkdir()
    (tmp_path / "api" / "spec.yaml").write_text(OTHER, encoding="utf-8")
    (tmp_path / "other.yaml").write_text(OTHER, encoding="utf-8")
    (tmp_path / "pyproject.toml").write_text(PROJECT, encoding="utf-8")
    override = tmp_path / "templates" / "package" / "_version.py.jinja"
    override.parent.mkdir(parents=True)
    override.write_text('__version__ = "overridden"\n', encoding="utf-8")
    return tmp_path


@pytest.mark.parametrize(
    "spec", ["api/spec.yaml", "./api/../api/spec.yaml", "{root}/api/spec.yaml", None]
)
def test_the_configured_spec_however_spelled_gets_the_settings(
    project: Path, spec: str | None
) -> None:
    args = [] if spec is None else ["--spec", spec.format(root=project)]
    result = run_cli("generate", *args, "--no-cache", cwd=project)
    assert result.returncode == 0, result.stderr
    assert "note:" not in result.stderr
    text = text_of(read_tree(project / "build" / "acme"))
    assert "class Acme" in text and "ACME_BASE_URL" in text
    assert (
        "def wait("
        in (project / "build" / "acme" / "resources" / "renders.py").read_text()
    )


def test_out_and_templates_follow_another_spec(project: Path) -> None:
    result = run_cli("generate", "--spec", "other.yaml", "--no-cache", cwd=project)
    assert result.returncode == 0, result.stderr
    assert (
        "its settings package_name, client_name, env_prefix, polling are not applied"
        in (result.stderr)
    )
    package = (
        project / "build" / "client"
    )  # the project's out, the default package name
    assert (package / "_version.py").read_text() == '__version__ = "overridden"\n'
    text = text_of(read_tree(package))
    assert "Acme" not in text and "ACME" not in text
    assert "def wait(" not in (package / "resources" / "renders.py").read_text()


def test_flags_apply_to_another_spec_and_quiet_silences_the_note(project: Path) -> None:
    result = run_cli(
        "generate",
        "--spec",
        "other.yaml",
        "--client-name",
        "Other",
        "--no-cache",
        "--quiet",
        cwd=project,
    )
    assert result.returncode == 0, result.stderr
    assert result.stderr == ""
    assert "class Other" in (project / "build" / "client" / "_client.py").read_text()


def test_a_config_that_names_no_spec_applies_to_any(project: Path) -> None:
    (project / "pyproject.toml").write_text(
        PROJECT.replace('spec = "api/spec.yaml"\n', ""), encoding="utf-8"
    )
    result = run_cli("generate", "--spec", "other.yaml", "--no-cache", cwd=project)
    assert result.returncode == 0, result.stderr
    assert "note:" not in result.stderr
    assert "class Acme" in (project / "build" / "acme" / "_client.py").read_text()


def test_the_help_states_the_rule() -> None:
    result = run_cli("generate", "--help")
    text = " ".join(result.stdout.split())
    assert (
        "are left out for a --spec naming another file, unless --config names the pyproject.toml; "
        "out and templates always apply" in text
    )
    assert os.linesep not in text
