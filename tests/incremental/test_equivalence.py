"""An incremental run gives exactly the bytes of a full run.

Each test generates a spec, then applies edits one after another; after each edit the same output folder is
regenerated with the cache the earlier runs left (the user's loop), and a fresh folder is generated from
scratch with no cache (the proof). The two trees must be identical, byte for byte, manifest included.
"""

from __future__ import annotations

import copy
import json
import os
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from generator.config import load_config
from generator.pipeline import Outcome, generate
from tests.helpers import read_tree
from tests.incremental.edits import EDITS, Spec, add_enum_value, dump, edit_description
from tests.property.specs import specs

ROOT = Path(__file__).resolve().parents[2]
EXAMPLES = 200 if os.environ.get("HYPOTHESIS_PROFILE") == "long" else 15


class Loop:
    """A user's output folder and cache, regenerated after each edit, beside a full run of each version."""

    def __init__(self, root: Path, package: str, config_file: Path | None = None):
        self.root = root
        self.package = package
        self.config_file = config_file
        self.spec = root / "spec.json"
        self.out = root / "out"
        self.cache = root / "cache"
        self.runs = 0

    def _config(self, out: Path) -> Any:
        return load_config(
            self.config_file,
            {"spec": self.spec, "out": out, "package_name": self.package},
        )

    def incremental(self, spec: Spec) -> Outcome:
        """Write ``spec`` and regenerate the user's folder with its cache."""
        self.spec.write_text(dump(spec), encoding="utf-8")
        return generate(self._config(self.out), cache_dir=self.cache)

    def full(self) -> tuple[dict[str, bytes], Outcome]:
        """The tree a run from scratch makes of the current spec, and its outcome."""
        self.runs += 1
        out = self.root / f"full-{self.runs}"
        outcome = generate(self._config(out), use_cache=False)
        return read_tree(out), outcome

    def check(self, spec: Spec) -> Outcome:
        """Regenerate incrementally and compare with a full run: the files and the warnings."""
        outcome = self.incremental(spec)
        incremental = read_tree(self.out)
        full, reference = self.full()
        differing = sorted(
            path
            for path in set(incremental) | set(full)
            if incremental.get(path) != full.get(path)
        )
        assert not differing, f"incremental run differs from a full run: {differing}"
        if not outcome.skipped:
            assert outcome.warnings == reference.warnings
        return outcome


@settings(
    max_examples=EXAMPLES,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(
    spec=specs(),
    edits=st.lists(st.sampled_from(EDITS), min_size=1, max_size=4),
    data=st.data(),
)
def test_random_edit_sequences_give_the_bytes_of_a_full_run(
    spec: Spec, edits: list[Any], data: st.DataObject, tmp_path_factory: Any
) -> None:
    loop = Loop(tmp_path_factory.mktemp("loop"), "looped")
    loop.check(spec)
    for edit in edits:
        spec = edit(spec, data.draw)
        loop.check(spec)


def _framelane() -> Spec:
    return json.loads((ROOT / "openapi.json").read_text(encoding="utf-8"))


def test_framelane_edits_give_the_bytes_of_a_full_run(tmp_path: Path) -> None:
    """The real spec, with its settings (pagination, polling, uploads, webhooks): an operation's summary
    edited, an operation added, a schema's description edited, an operation removed."""
    loop = Loop(tmp_path, "framelane", ROOT / "pyproject.toml")
    spec = _framelane()
    loop.check(spec)
    renders = spec["paths"]["/v1/renders"]

    spec = copy.deepcopy(spec)
    spec["paths"]["/v1/renders"]["get"]["summary"] = "List every render (edited)"
    outcome = loop.check(spec)
    assert outcome.result.written == ["framelane/.generator-manifest.json"] or all(
        path.endswith((".py", ".json", ".md")) for path in outcome.result.written
    )

    spec = copy.deepcopy(spec)
    added = copy.deepcopy(renders["get"])
    added["operationId"] = "listArchivedRenders"
    spec["paths"]["/v1/renders/archived"] = {"get": added}
    loop.check(spec)

    spec = copy.deepcopy(spec)
    name = sorted(spec["components"]["schemas"])[0]
    spec["components"]["schemas"][name]["description"] = "Edited."
    loop.check(spec)

    spec = copy.deepcopy(spec)
    del spec["paths"]["/v1/renders/archived"]
    loop.check(spec)


def _enum_in_a_query() -> Spec:
    return {
        "openapi": "3.0.3",
        "info": {"title": "Enum query", "version": "1"},
        "paths": {
            "/items": {
                "get": {
                    "operationId": "list_items",
                    "tags": ["items"],
                    "parameters": [
                        {
                            "name": "status",
                            "in": "query",
                            "schema": {"$ref": "#/components/schemas/Status"},
                        }
                    ],
                    "responses": {"204": {"description": "none"}},
                }
            }
        },
        "components": {"schemas": {"Status": {"type": "string", "enum": ["open"]}}},
    }


def test_a_value_read_through_another_declaration_is_tracked(tmp_path: Path) -> None:
    """The resource's parameter spells the enum's values (``Status | Literal["open"]``), which live in the
    enum's declaration, not in the resource: a new value must re-render the resource."""
    loop = Loop(tmp_path, "tracked")
    spec = _enum_in_a_query()
    loop.check(spec)
    spec = add_enum_value(spec, _first)
    outcome = loop.check(spec)
    assert "tracked/resources/items.py" in outcome.result.written


def test_every_file_that_reads_a_declaration_depends_on_it(tmp_path: Path) -> None:
    """Two resources spell the same enum's values: each records the read, whichever rendered first (a printer
    that remembers what it printed must not hide the second read)."""
    loop = Loop(tmp_path, "shared")
    spec = _enum_in_a_query()
    other = copy.deepcopy(spec["paths"]["/items"])
    other["get"]["operationId"] = "list_others"
    other["get"]["tags"] = ["others"]
    spec["paths"]["/others"] = other
    loop.check(spec)
    outcome = loop.check(add_enum_value(spec, _first))
    assert {"shared/resources/items.py", "shared/resources/others.py"} <= set(
        outcome.result.written
    )


def test_the_comparison_catches_a_read_that_is_not_tracked(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The proof has teeth: with lookups by key no longer recorded, the stale resource is reused and the
    comparison with a full run fails."""
    from generator.incremental import tracking

    monkeypatch.setattr(
        tracking.TrackedMap, "__getitem__", lambda self, key: self._data[key]
    )
    monkeypatch.setattr(
        tracking.TrackedMap, "__contains__", lambda self, key: key in self._data
    )
    loop = Loop(tmp_path, "tracked")
    spec = _enum_in_a_query()
    loop.check(spec)
    with pytest.raises(AssertionError, match="tracked/resources/items.py"):
        loop.check(add_enum_value(spec, _first))


def test_a_hand_edited_generated_file_is_made_again(tmp_path: Path) -> None:
    """A generated file changed by hand is not taken as the cached result: the next run writes it again."""
    loop = Loop(tmp_path, "edited")
    spec = _enum_in_a_query()
    loop.check(spec)
    resource = loop.out / "edited" / "resources" / "items.py"
    original = resource.read_bytes()
    resource.write_bytes(original + b"# my change\n")
    outcome = loop.check(edit_description(spec, _first))
    assert resource.read_bytes() != original + b"# my change\n"
    assert "edited/resources/items.py" in outcome.result.written


def _first(strategy: Any) -> Any:
    """A draw function that takes the first choice of a ``sampled_from`` or ``booleans`` strategy."""
    elements = getattr(strategy, "elements", None)
    if elements is not None:
        return list(elements)[0]
    return True


def _schema_outside_the_section() -> Spec:
    """A component schema whose property is a schema kept under a parameter (outside components/schemas)."""
    return {
        "openapi": "3.0.3",
        "info": {"title": "Outside", "version": "1"},
        "paths": {
            "/things": {
                "get": {
                    "operationId": "list_things",
                    "tags": ["things"],
                    "parameters": [{"$ref": "#/components/parameters/Size"}],
                    "responses": {
                        "200": {
                            "description": "OK",
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
            "parameters": {
                "Size": {
                    "name": "size",
                    "in": "query",
                    "schema": {"type": "string", "enum": ["s", "m"]},
                }
            },
            "schemas": {
                "Thing": {
                    "type": "object",
                    "properties": {
                        "size": {"$ref": "#/components/parameters/Size/schema"}
                    },
                }
            },
        },
    }


def _grow_size(spec: Spec) -> Spec:
    new = copy.deepcopy(spec)
    new["components"]["parameters"]["Size"]["schema"]["enum"].append("l")
    return new


def test_a_fragment_outside_the_schemas_that_a_schema_reads_is_tracked(
    tmp_path: Path,
) -> None:
    """The component lowering kept from the last run read a schema outside ``components/schemas``: editing
    it lowers the schemas again."""
    loop = Loop(tmp_path, "outside")
    spec = _schema_outside_the_section()
    loop.check(spec)
    loop.check(_grow_size(spec))


def test_the_comparison_catches_an_untracked_fragment(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """With the fragments read outside the section no longer compared, the kept lowering goes stale and the
    comparison with a full run fails."""
    from generator.incremental import lowering

    monkeypatch.setattr(lowering, "fragment_digest", lambda raw, pointer: "same")
    loop = Loop(tmp_path, "outside")
    spec = _schema_outside_the_section()
    loop.check(spec)
    with pytest.raises(AssertionError, match="incremental run differs"):
        loop.check(_grow_size(spec))


def test_both_targets_from_one_lowering_match_each_target_alone(tmp_path: Path) -> None:
    """``--target all`` loads and lowers once: each target's tree is the one a run of that target alone
    makes, and a later incremental run of both still matches."""
    from generator.pipeline import generate_targets

    spec_path = tmp_path / "spec.json"
    spec = _framelane()
    spec_path.write_text(dump(spec), encoding="utf-8")
    settings_file = ROOT / "pyproject.toml"

    def config(out: Path) -> Any:
        return load_config(settings_file, {"spec": spec_path, "out": out})

    together = generate_targets(
        config(tmp_path / "both"),
        ["python", "typescript"],
        cache_dir=tmp_path / "cache",
    )
    assert [o.skipped for o in together] == [False, False]
    for target in ("python", "typescript"):
        generate(config(tmp_path / target), use_cache=False, target=target)
    alone = {**read_tree(tmp_path / "python"), **read_tree(tmp_path / "typescript")}
    assert read_tree(tmp_path / "both") == alone

    spec["paths"]["/v1/renders"]["get"]["summary"] = "Edited"
    spec_path.write_text(dump(spec), encoding="utf-8")
    generate_targets(
        config(tmp_path / "both"),
        ["python", "typescript"],
        cache_dir=tmp_path / "cache",
    )
    for target in ("python", "typescript"):
        generate(config(tmp_path / f"{target}-2"), use_cache=False, target=target)
    assert read_tree(tmp_path / "both") == {
        **read_tree(tmp_path / "python-2"),
        **read_tree(tmp_path / "typescript-2"),
    }


def _renamed_by_an_operation() -> tuple[Spec, Spec]:
    """A spec, and the same with a query parameter whose inline enum is named ``PetResponse2``: the name the
    inline object of the component ``Pet`` had (its own candidate, ``PetResponse``, is a component's), so
    that object becomes ``PetResponse3`` though no schema changed."""
    pet_response = {"type": "object", "properties": {"id": {"type": "integer"}}}
    spec: Spec = {
        "openapi": "3.0.3",
        "info": {"title": "Renamed", "version": "1"},
        "paths": {
            "/pets": {
                "get": {
                    "operationId": "pet",
                    "tags": ["pets"],
                    "responses": {
                        "200": {
                            "description": "OK",
                            "content": {
                                "application/json": {
                                    "schema": {"$ref": "#/components/schemas/Pet"}
                                }
                            },
                        }
                    },
                }
            }
        },
        "components": {
            "schemas": {
                "PetResponse": pet_response,
                "Pet": {
                    "type": "object",
                    "properties": {"response": copy.deepcopy(pet_response)},
                },
            }
        },
    }
    edited = copy.deepcopy(spec)
    edited["paths"]["/pets"]["get"]["parameters"] = [
        {
            "name": "response2",
            "in": "query",
            "schema": {"type": "string", "enum": ["a", "b"]},
        }
    ]
    return spec, edited


def test_a_declaration_renamed_by_an_operation_is_settled_again(tmp_path: Path) -> None:
    """The component schemas are unchanged, but a name one of them refers to is not: the kept settled
    declarations that use it are not taken."""
    spec, edited = _renamed_by_an_operation()
    loop = Loop(tmp_path, "renamed")
    loop.check(spec)
    assert "class PetResponse2(" in (
        loop.out / "renamed" / "models" / "pet_response2.py"
    ).read_text(encoding="utf-8")
    loop.check(edited)
    pet = (loop.out / "renamed" / "models" / "pet.py").read_text(encoding="utf-8")
    assert "PetResponse3" in pet


def test_the_comparison_catches_settled_names_that_are_not_compared(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """With the names a kept settled declaration used no longer compared, ``Pet`` keeps referring to the
    old name and the comparison with a full run fails."""
    from generator.incremental import lowering

    real = lowering.ComponentMemo.settled
    monkeypatch.setattr(
        lowering.ComponentMemo,
        "settled",
        lambda self, key, draft, names: real(self, key, draft, lambda dep: ("", "")),
    )
    original = lowering.ComponentMemo.finish
    monkeypatch.setattr(
        lowering.ComponentMemo,
        "finish",
        lambda self, drafts, settled, names: original(
            self, drafts, settled, lambda dep: ("", "")
        ),
    )
    spec, edited = _renamed_by_an_operation()
    loop = Loop(tmp_path, "renamed")
    loop.check(spec)
    with pytest.raises(AssertionError, match="renamed/models/pet.py"):
        loop.check(edited)


def test_the_comparison_catches_a_stale_snapshot_entry(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The snapshot's entries are kept per declaration: with a kept entry taken whatever its declaration
    became, the enum's new value is missing from ``.api.json`` and the comparison with a full run fails.
    """
    from generator.incremental import snapshots

    def stale(
        self: snapshots.SnapshotMemo, key: str, inputs: Any
    ) -> snapshots.Entry | None:
        record = self._kept.get(key)
        if record is None:
            return None
        self._now[key] = record
        return record[2], record[3], record[4]

    monkeypatch.setattr(snapshots.SnapshotMemo, "get", stale)
    loop = Loop(tmp_path, "tracked")
    spec = _enum_in_a_query()
    loop.check(spec)
    with pytest.raises(AssertionError, match=r"tracked/\.api\.json"):
        loop.check(add_enum_value(spec, _first))


def test_snapshot_entries_are_kept_between_runs(tmp_path: Path) -> None:
    """An edit to an operation's summary makes no declaration's entry again: every one is taken as kept."""
    from generator.incremental import snapshots

    loop = Loop(tmp_path, "kept")
    spec = _enum_in_a_query()
    loop.check(spec)
    # The snapshot is made in a forked child of the run (``generator.forked``): it tells through a file.
    made = tmp_path / "made.txt"
    real = snapshots.SnapshotMemo.put

    def counting(self: Any, key: str, *args: Any) -> None:
        with made.open("a", encoding="utf-8") as file:
            file.write(key + "\n")
        real(self, key, *args)

    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(snapshots.SnapshotMemo, "put", counting)
        spec["paths"]["/items"]["get"]["summary"] = "List the items."
        loop.incremental(spec)
        assert not made.exists()
        spec = add_enum_value(spec, _first)
        loop.incremental(spec)
        assert made.read_text(encoding="utf-8").split() == [
            "#/components/schemas/Status"
        ]


def _with_repairs() -> Spec:
    """Three operations: one clean, one whose parameter schema needs a repair with a warning (``int``),
    one whose parameter schema is ``true`` (made an object without a warning)."""

    def operation(name: str, schema: Any) -> dict[str, Any]:
        return {
            "get": {
                "operationId": name,
                "summary": f"The {name} operation.",
                "parameters": [
                    {"name": "n", "in": "query", "required": False, "schema": schema}
                ],
                "responses": {"204": {"description": "done"}},
            }
        }

    return {
        "openapi": "3.1.0",
        "info": {"title": "Repairs", "version": "1"},
        "paths": {
            "/clean": operation("clean", {"type": "integer"}),
            "/warned": operation("warned", {"type": "int"}),
            "/silent": operation("silent", True),
        },
        "components": {
            "schemas": {
                "Thing": {"type": "object", "properties": {"n": {"type": "long"}}}
            }
        },
    }


def test_parts_repaired_by_the_loader_are_repaired_in_every_run(
    tmp_path: Path,
) -> None:
    """The loader skips the path items and components that needed no repair last time: those that did
    (with a warning, or silently) are repaired again and warn again when another part is edited, and a
    repair that an edit brings into a clean part is made."""
    loop = Loop(tmp_path, "repairs")
    spec = _with_repairs()
    first = loop.check(spec)
    warned = {d.pointer for d in first.warnings}
    assert {"#/paths/~1warned/get/parameters/0/schema/type"} <= warned
    spec = copy.deepcopy(spec)
    spec["paths"]["/clean"]["get"]["summary"] = "Edited."
    again = loop.check(spec)
    assert {d.pointer for d in again.warnings} == warned
    spec = copy.deepcopy(spec)
    spec["paths"]["/clean"]["get"]["parameters"][0]["schema"] = {"type": "long"}
    edited = loop.check(spec)
    assert "#/paths/~1clean/get/parameters/0/schema/type" in {
        d.pointer for d in edited.warnings
    }
    spec = copy.deepcopy(spec)
    spec["paths"]["/silent"]["get"]["summary"] = "Edited too."
    loop.check(spec)


def test_the_comparison_catches_a_repaired_part_kept_as_clean(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """With every unit kept as clean whatever its repairs, the edit of another operation skips the repair
    of ``int`` (and of the ``true`` schema): their files differ from a full run's."""
    from generator.loader import units

    original = units.Prepared.repair

    def all_clean(self: units.Prepared, version: str, diagnostics: Any) -> None:
        original(self, version, diagnostics)
        if self.memo is not None:
            self.memo.save(
                {
                    u.pointer: (self.digests[u.pointer], sorted(self._refs[u.pointer]))
                    for u in self.units
                }
            )

    monkeypatch.setattr(units.Prepared, "repair", all_clean)
    loop = Loop(tmp_path, "repairs")
    spec = _with_repairs()
    loop.check(spec)
    spec = copy.deepcopy(spec)
    spec["paths"]["/clean"]["get"]["summary"] = "Edited."
    with pytest.raises(AssertionError, match="resources/warned.py"):
        loop.check(spec)


def _shared_parameter() -> Spec:
    """Two operations using one component parameter whose schema is an inline enum: the first operation
    lowered declares it (named after its own operation), the other finds it declared."""

    def operation(name: str) -> dict[str, Any]:
        return {
            "get": {
                "operationId": name,
                "parameters": [{"$ref": "#/components/parameters/Order"}],
                "responses": {"204": {"description": "done"}},
            }
        }

    return {
        "openapi": "3.0.3",
        "info": {"title": "Shared", "version": "1"},
        "paths": {"/a": operation("listA"), "/b": operation("listB")},
        "components": {
            "parameters": {
                "Order": {
                    "name": "order",
                    "in": "query",
                    "schema": {"type": "string", "enum": ["asc", "desc"]},
                }
            }
        },
    }


def test_an_operation_using_what_another_declared_is_lowered_again_without_it(
    tmp_path: Path,
) -> None:
    """Operations are kept between runs, but one that found a declaration another operation made is lowered
    again when that other changes or goes: it then declares the enum itself."""
    loop = Loop(tmp_path, "shared")
    spec = _shared_parameter()
    loop.check(spec)
    spec = copy.deepcopy(spec)
    spec["paths"]["/a"]["get"]["summary"] = "Edited."
    loop.check(spec)
    spec = copy.deepcopy(spec)
    spec["components"]["parameters"]["Order"]["schema"]["enum"].append("random")
    loop.check(spec)
    spec = copy.deepcopy(spec)
    del spec["paths"]["/a"]
    loop.check(spec)


def test_the_comparison_catches_a_lookup_of_another_operations_state_not_compared(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """With the lookups of what other operations made no longer compared, removing the operation that
    declared the enum leaves the other one kept, without it: the comparison with a full run fails.
    """
    from generator.incremental import operations

    real = operations.OperationMemo._holds

    def lax(self: Any, entry: dict[str, Any], inputs: str, spec: Any) -> bool:
        return real(self, {**entry, "lookups": []}, inputs, spec)

    monkeypatch.setattr(operations.OperationMemo, "_holds", lax)
    loop = Loop(tmp_path, "shared")
    spec = _shared_parameter()
    loop.check(spec)
    spec = copy.deepcopy(spec)
    del spec["paths"]["/a"]
    with pytest.raises(KeyError, match="Order/schema"):
        loop.check(spec)


def _inline_enum_in_a_query(values: list[str]) -> Spec:
    spec = _enum_in_a_query()
    spec["paths"]["/items"]["get"]["parameters"][0]["schema"] = {
        "type": "string",
        "enum": values,
    }
    return spec


def test_the_comparison_catches_an_operation_digest_that_ignores_the_operation(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A declaration an operation made has its digest derived from that operation's identity: with the
    identity left out, the inline enum's new value keeps the old digest, its file is reused as it was, and
    the comparison with a full run fails."""
    from generator.incremental import operations

    real = operations.OperationMemo.maker
    monkeypatch.setattr(
        operations.OperationMemo,
        "maker",
        lambda self, key, draft: None if real(self, key, draft) is None else "same",
    )
    loop = Loop(tmp_path, "inline")
    loop.check(_inline_enum_in_a_query(["open", "closed"]))
    with pytest.raises(AssertionError, match="incremental run differs"):
        loop.check(_inline_enum_in_a_query(["open", "closed", "merged"]))


def test_an_inline_enum_of_an_operation_follows_its_edits(tmp_path: Path) -> None:
    """An enum of one value is a literal; of more, a declaration the operation makes."""
    loop = Loop(tmp_path, "inline")
    loop.check(_inline_enum_in_a_query(["open"]))
    loop.check(_inline_enum_in_a_query(["open", "closed"]))
    loop.check(_inline_enum_in_a_query(["open", "closed", "merged"]))
    loop.check(_inline_enum_in_a_query(["closed"]))
