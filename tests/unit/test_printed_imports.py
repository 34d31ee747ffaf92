"""A module's imports are what was printed for it: for every module of every golden case, ``openapi.json`` and
the hostile specs that generate, the names and declarations the type filters printed while the default
template rendered (heard through ``environment(record=...)``) are exactly those ``imports.printed`` folds into
``needs`` and the declaration imports before rendering; and the rendered module uses every name it imports.
"""

from __future__ import annotations

import ast
from collections.abc import Iterable
from pathlib import Path

import pytest

from generator import ir
from generator.config import load_config
from generator.errors import Diagnostics
from generator.loader import load
from generator.lower import lower
from generator.targets.python.environment import environment
from generator.targets.python.imports import printed
from generator.targets.python.outputs import outputs
from generator.targets.python.printed import Printed, Symbol
from generator.targets.python.types import Types
from tests.helpers import ROOT

CASES = ROOT / "tests" / "golden" / "cases"
HOSTILE = ROOT / "tests" / "golden" / "hostile"


def _specs() -> dict[str, tuple[Path, Path | None]]:
    found: dict[str, tuple[Path, Path | None]] = {}
    for case in sorted(p for p in CASES.iterdir() if p.is_dir()):
        spec = next(
            case / n
            for n in ("spec.json", "spec.yaml", "spec.yml")
            if (case / n).exists()
        )
        config = case / "config.toml"
        found[case.name] = (spec, config if config.exists() else None)
    found["openapi.json"] = (ROOT / "openapi.json", ROOT / "pyproject.toml")
    for spec in sorted(HOSTILE.glob("*.json")):
        if not spec.name.startswith("bad_") and spec.name != "expectations.json":
            found[f"hostile/{spec.stem}"] = (spec, None)
    return found


SPECS = _specs()


def _api(name: str, tmp_path: Path) -> ir.Api:
    spec, config_file = SPECS[name]
    values: dict[str, object] = {"spec": spec, "out": tmp_path}
    if config_file is None or config_file.name != "pyproject.toml":
        values["package_name"] = "client"
    config = load_config(config_file, values)
    diagnostics = Diagnostics()
    document = load(
        config.spec, diagnostics, allow_external_refs=config.allow_external_refs
    )
    return lower(document, config, diagnostics)


def _fold(values: Iterable[Printed]) -> tuple[set[str], set[Symbol]]:
    names: set[str] = set()
    symbols: set[Symbol] = set()
    for value in values:
        names |= value.names
        symbols |= value.symbols
    return names, symbols


@pytest.mark.parametrize("name", sorted(SPECS))
def test_imports_are_folded_from_what_the_templates_print(
    name: str, tmp_path: Path
) -> None:
    api = _api(name, tmp_path)
    heard: list[Printed] = []
    env = environment([], api, record=heard.append)
    types = Types(api)
    checked = 0
    for job in outputs(api):
        node = next(
            (
                job.context[k]
                for k in ("resource", "declaration", "params")
                if k in job.context
            ),
            None,
        )
        heard.clear()
        source = (
            env.get_template(job.template).render(**job.context)
            if job.template.endswith(".jinja")
            else ""
        )
        if node is not None and not isinstance(node, ir.Enum):
            assert _fold(heard) == _fold(printed(types, node)), job.path
            checked += 1
        if job.path.endswith(".py") and not job.path.endswith("__init__.py") and source:
            assert not unused_imports(source), (job.path, unused_imports(source))
    assert checked


def unused_imports(source: str) -> list[str]:
    """The names ``source`` imports at module level and never uses (string annotations count as uses)."""
    tree = ast.parse(source)
    imported: list[str] = []
    for node in tree.body:
        if isinstance(node, ast.Import):
            imported += [a.asname or a.name.split(".")[0] for a in node.names]
        elif isinstance(node, ast.ImportFrom) and node.module != "__future__":
            imported += [a.asname or a.name for a in node.names]
    used = _names(tree)
    return [n for n in imported if n not in used]


def _names(tree: ast.AST) -> set[str]:
    used: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Name):
            used.add(node.id)
        elif isinstance(node, ast.Constant) and isinstance(node.value, str):
            try:
                inner = ast.parse(node.value, mode="eval")
            except SyntaxError:
                continue
            used |= _names(inner)
        elif isinstance(node, ast.Assign) and any(
            isinstance(t, ast.Name) and t.id == "__all__" for t in node.targets
        ):
            used |= {
                e.value
                for e in ast.walk(node.value)
                if isinstance(e, ast.Constant) and isinstance(e.value, str)
            }
    return used
