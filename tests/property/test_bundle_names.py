"""Property test of bundling: a schema of another file is named from its file and pointer alone, so adding an
operation that refers to some other file's schema (one named alike, in another file, walked first) renames
no schema already bundled. ``make test-long`` runs it with many more examples."""

from __future__ import annotations

import copy
import json
import os
import tempfile
from pathlib import Path
from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st

from generator.loader.bundle import Bundler
from generator.config import load_config
from generator.errors import Diagnostics
from generator.loader import load
from generator.lower import lower
from tests.helpers import dump_yaml, run_cli

EXAMPLES = 300 if os.environ.get("HYPOTHESIS_PROFILE") == "long" else 60

# Few names and folders, so that files often share a schema name, a file name or a folder.
_FILES = ["pets.yaml", "pets.json", "other/pets.yaml", "common.yaml", "v2/common.json"]
_WHOLE = ["pet.json", "schemas/pet.json", "schemas/owner.json"]
_NAMES = ["Pet", "Owner", "Error", "pets"]

Ref = tuple[str, str]  # (file, fragment)


@st.composite
def _layouts(draw: st.DrawFn) -> tuple[dict[str, Any], list[Ref], Ref, int, list[str]]:
    """Files with schemas, the references of a spec's operations, one more reference and where its
    operation goes, and the main document's own component names."""
    files: dict[str, Any] = {}
    for name in draw(st.lists(st.sampled_from(_FILES), min_size=1, unique=True)):
        schemas = draw(st.lists(st.sampled_from(_NAMES), min_size=1, unique=True))
        # A schema may refer to another of its own file (bundled too, named from that file).
        files[name] = {
            "components": {
                "schemas": {
                    s: {
                        "type": "object",
                        "properties": (
                            {"next": {"$ref": f"#/components/schemas/{schemas[0]}"}}
                            if draw(st.booleans())
                            else {"id": {"type": "string"}}
                        ),
                    }
                    for s in schemas
                }
            }
        }
    for name in draw(st.lists(st.sampled_from(_WHOLE), unique=True)):
        files[name] = {"type": "object", "properties": {"name": {"type": "string"}}}
    pool: list[Ref] = [
        (f, "" if f in _WHOLE else f"/components/schemas/{s}")
        for f, doc in sorted(files.items())
        for s in ([""] if f in _WHOLE else doc["components"]["schemas"])
    ]
    refs = draw(st.lists(st.sampled_from(pool), unique=True))
    extra = draw(st.sampled_from(pool))
    position = draw(st.integers(min_value=0, max_value=len(refs)))
    own = draw(
        st.lists(st.sampled_from(["Pet", "Error", "pets.Pet", "pet"]), unique=True)
    )
    return files, refs, extra, position, own


def _spec(refs: list[Ref], own: list[str]) -> dict[str, Any]:
    paths = {}
    for i, (file, fragment) in enumerate(refs):
        ref = f"{file}#{fragment}" if fragment else file
        paths[f"/op{i}"] = {
            "get": {
                "operationId": f"op{i}",
                "responses": {
                    "200": {
                        "description": "ok",
                        "content": {"application/json": {"schema": {"$ref": ref}}},
                    }
                },
            }
        }
    return {
        "openapi": "3.0.3",
        "info": {"title": "t", "version": "1"},
        "paths": paths,
        "components": {"schemas": {n: {"type": "string"} for n in own}},
    }


def _bundled(root: Path, spec: dict[str, Any]) -> dict[Ref, str]:
    """The component name each external schema is given, by (file, fragment) relative to ``root``."""
    main = root / "spec.json"
    bundler = Bundler(
        main,
        copy.deepcopy(spec),
        allow_outside=False,
        load=lambda p: json.loads(p.read_text()),
    )
    bundler.run()
    return {
        (path.relative_to(root).as_posix(), fragment): name
        for (path, fragment), name in bundler.bundled.items()
    }


@settings(max_examples=EXAMPLES, deadline=None)
@given(_layouts())
def test_adding_a_reference_renames_no_bundled_schema(
    layout: tuple[dict[str, Any], list[Ref], Ref, int, list[str]],
) -> None:
    files, refs, extra, position, own = layout
    with tempfile.TemporaryDirectory() as folder:
        root = Path(folder).resolve()
        for name, document in files.items():
            (root / name).parent.mkdir(parents=True, exist_ok=True)
            (root / name).write_text(json.dumps(document))
        before = _bundled(root, _spec(refs, own))
        after = _bundled(root, _spec(refs[:position] + [extra] + refs[position:], own))
    for ref, name in before.items():
        assert after[ref] == name, f"{ref} was {name!r}, became {after[ref]!r}"
    # Distinct schemas get distinct names, none of the main document's own.
    assert len(set(after.values())) == len(after)
    assert not set(after.values()) & set(own)


def test_an_operation_that_refers_to_another_files_pet_renames_no_model(
    tmp_path: Path,
) -> None:
    """The case of the issue: two files each with a ``Pet``, the second referred to by a new operation that
    comes first; the models of the first file keep their names."""
    for name in ("a.yaml", "b.yaml"):
        (tmp_path / name).write_text(
            dump_yaml(
                {
                    "components": {
                        "schemas": {
                            "Pet": {
                                "type": "object",
                                "properties": {
                                    "owner": {"$ref": "#/components/schemas/Owner"}
                                },
                            },
                            "Owner": {
                                "type": "object",
                                "properties": {"name": {"type": "string"}},
                            },
                        }
                    }
                }
            )
        )

    def models(refs: list[str]) -> set[str]:
        spec = _spec([(r, "/components/schemas/Pet") for r in refs], [])
        path = tmp_path / "spec.yaml"
        path.write_text(dump_yaml(spec))
        config = load_config(None, {"spec": str(path), "package_name": "p"})
        diagnostics = Diagnostics()
        api = lower(load(path, diagnostics), config, diagnostics)
        return {d.name for d in api.declarations}

    before = models(["a.yaml"])
    after = models(["b.yaml", "a.yaml"])
    assert before == {"APet", "AOwner"}
    assert before <= after


def test_a_bundled_name_that_meets_a_main_component_leaves_the_main_one_its_name(
    tmp_path: Path,
) -> None:
    """``schemas/pet.json`` becomes the component ``schemas.pet``, whose class would be ``SchemasPet``: the
    main document's own ``SchemasPet`` and ``schemas_pet`` keep theirs, the bundled one gets another, and
    every class and module name stays distinct."""
    (tmp_path / "schemas").mkdir()
    (tmp_path / "schemas" / "pet.json").write_text(
        json.dumps({"type": "object", "properties": {"name": {"type": "string"}}})
    )
    own = {
        "SchemasPet": {"type": "object", "properties": {"a": {"type": "string"}}},
        "schemas_pet": {"type": "object", "properties": {"b": {"type": "string"}}},
    }

    def declarations(refs: list[str]) -> dict[str, tuple[str, str]]:
        spec = _spec([(r, "") for r in refs], [])
        spec["components"]["schemas"] = own
        for i, name in enumerate(own):
            spec["paths"][f"/own{i}"] = {
                "get": {
                    "operationId": f"own{i}",
                    "responses": {
                        "200": {
                            "description": "ok",
                            "content": {
                                "application/json": {
                                    "schema": {"$ref": f"#/components/schemas/{name}"}
                                }
                            },
                        }
                    },
                }
            }
        path = tmp_path / "spec.json"
        path.write_text(json.dumps(spec))
        config = load_config(None, {"spec": str(path), "package_name": "p"})
        diagnostics = Diagnostics()
        api = lower(load(path, diagnostics), config, diagnostics)
        return {
            d.key: (d.name, d.module)
            for d in api.declarations
            if d.key.startswith("#/components/schemas/")
        }

    before = declarations([])
    after = declarations(["schemas/pet.json"])
    assert after["#/components/schemas/SchemasPet"][0] == "SchemasPet"
    for key, names in before.items():
        assert after[key] == names, f"{key} was {names}, became {after[key]}"
    bundled = after["#/components/schemas/schemas.pet"]
    assert bundled[0] not in {"SchemasPet"} and bundled[0].startswith("SchemasPet")
    classes = [name for name, _ in after.values()]
    modules = [module.casefold() for _, module in after.values()]
    assert len(set(classes)) == len(classes) and len(set(modules)) == len(modules)


def test_the_typescript_types_keep_the_main_documents_name_too(tmp_path: Path) -> None:
    (tmp_path / "schemas").mkdir()
    (tmp_path / "schemas" / "pet.json").write_text(
        json.dumps({"type": "object", "properties": {"name": {"type": "string"}}})
    )

    def types(refs: list[str]) -> str:
        spec = _spec([(r, "") for r in ["#/components/schemas/schemas_pet", *refs]], [])
        spec["components"]["schemas"] = {
            "schemas_pet": {"type": "object", "properties": {"b": {"type": "string"}}}
        }
        path = tmp_path / "spec.json"
        path.write_text(json.dumps(spec))
        out = tmp_path / f"out{len(refs)}"
        result = run_cli(
            "generate", "--target", "typescript", "--spec", path, "--out", out,
            "--package-name", "p", "--config", os.devnull, "--no-cache", "--quiet",
        )  # fmt: skip
        assert result.returncode == 0, result.stderr
        return (out / "typescript" / "src" / "types.ts").read_text()

    own = "export interface SchemasPet {\n  b?: string;\n}"
    assert own in types([])
    after = types(["schemas/pet.json"])
    assert own in after
    assert "export interface SchemasPet2 {\n  name?: string;\n}" in after
