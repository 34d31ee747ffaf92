"""Names a module shadows are spelt through an alias as the types are printed, one case at a time: a method
called ``list``, ``str`` or ``datetime`` (its class body hides the builtin or the module from signatures),
an argument called ``type``, ``list`` or ``datetime`` (its method body hides it from the runtime types), a model
field called ``datetime`` (renamed, so nothing is shadowed), and a literal value that contains a shadowed word
(left alone). One test generates the whole spec and runs ``mypy --strict`` on it.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from generator.targets.python.render import render
from tests.helpers import generate_in_process, import_all, lowered, mypy


def _json(schema: dict[str, Any]) -> dict[str, Any]:
    return {"description": "ok", "content": {"application/json": {"schema": schema}}}


NONE = {"204": {"description": "nothing"}}
STAMP = {"type": "string", "format": "date-time"}

SPEC: dict[str, Any] = {
    "openapi": "3.1.0",
    "info": {"title": "Shadows", "version": "1"},
    "paths": {
        "/things": {
            "get": {
                "tags": ["things"],
                "operationId": "list",
                "responses": {
                    "200": _json({"type": "array", "items": {"type": "string"}})
                },
            },
            "post": {
                "tags": ["things"],
                "operationId": "create",
                "requestBody": {
                    "required": True,
                    "content": {
                        "application/json": {
                            "schema": {
                                "type": "object",
                                "properties": {
                                    "type": {"type": "string"},
                                    "list": {"type": "integer"},
                                    "datetime": STAMP,
                                },
                            }
                        }
                    },
                },
                "responses": {"200": _json({"type": "array", "items": STAMP})},
            },
        },
        "/stamps/{id}": {
            "get": {
                "tags": ["stamps"],
                "operationId": "retrieveStamp",
                "parameters": [
                    {
                        "name": "id",
                        "in": "path",
                        "required": True,
                        "schema": {"type": "string"},
                    }
                ],
                "responses": {"200": _json({"type": "string", "format": "uuid"})},
            },
            "put": {
                "tags": ["stamps"],
                "operationId": "replaceStamp",
                "parameters": [
                    {
                        "name": "id",
                        "in": "path",
                        "required": True,
                        "schema": {"type": "string"},
                    }
                ],
                "responses": {"200": _json(STAMP)},
            },
        },
        "/stamps": {
            "get": {
                "tags": ["stamps"],
                "operationId": "datetime",
                "responses": {"200": _json(STAMP)},
            },
            "post": {
                "tags": ["stamps"],
                "operationId": "uuid",
                "parameters": [
                    {
                        "name": "uuid",
                        "in": "query",
                        "schema": {"type": "string", "format": "uuid"},
                    }
                ],
                "responses": {"200": _json({"type": "string", "format": "uuid"})},
            },
        },
        "/notes/{id}": {
            "put": {
                "tags": ["notes"],
                "operationId": "replaceNote",
                "parameters": [
                    {
                        "name": "id",
                        "in": "path",
                        "required": True,
                        "schema": {"type": "string"},
                    }
                ],
                "requestBody": {
                    "required": True,
                    "content": {"text/plain": {"schema": {"type": "string"}}},
                },
                "responses": NONE,
            }
        },
        "/notes": {
            "post": {
                "tags": ["notes"],
                "operationId": "str",
                "parameters": [
                    {
                        "name": "mode",
                        "in": "query",
                        "schema": {"type": "string", "enum": ["a str b", "str"]},
                    }
                ],
                "requestBody": {
                    "required": True,
                    "content": {"text/plain": {"schema": {"type": "string"}}},
                },
                "responses": NONE,
            }
        },
        "/events": {
            "get": {
                "tags": ["events"],
                "responses": {"200": _json({"$ref": "#/components/schemas/Event"})},
            }
        },
    },
    "components": {
        "schemas": {
            "Event": {
                "type": "object",
                "required": ["datetime"],
                "properties": {
                    "datetime": STAMP,
                    "type": {"type": "string"},
                    "list": {"type": "array", "items": {"type": "integer"}},
                },
            }
        }
    },
}


@pytest.fixture(scope="module")
def texts(tmp_path_factory: pytest.TempPathFactory) -> dict[str, str]:
    """The rendered (not yet formatted) files of ``SPEC``."""
    api, _ = lowered(tmp_path_factory.mktemp("shadows"), SPEC, "shadows")
    return render(api, [])


def _imports(text: str) -> list[str]:
    return [line for line in text.splitlines() if line.startswith(("import ", "from "))]


def test_a_method_called_list_makes_signatures_write_builtins_list(
    texts: dict[str, str],
) -> None:
    things = texts["shadows/resources/things.py"]
    assert "import builtins as _builtins" in _imports(things)
    # Every signature of the class, before or after list() (mypy reads the class body as a whole).
    assert ") -> _builtins.list[str]:" in things
    assert ") -> _builtins.list[datetime.datetime]:" in things


def test_an_argument_called_type_or_list_makes_method_bodies_write_builtins(
    texts: dict[str, str],
) -> None:
    things = texts["shadows/resources/things.py"]
    assert "        type: str | NotGiven = NOT_GIVEN," in things
    # In the bodies (where the arguments live) list[...] goes through the alias.
    assert "cast_to=_builtins.list[str]," in things
    assert "cast_to=_builtins.list[_datetime.datetime]," in things


def test_an_argument_called_datetime_keeps_the_module_through_an_alias(
    texts: dict[str, str],
) -> None:
    things = texts["shadows/resources/things.py"]
    # The signature reads the module (arguments do not hide names from annotations)...
    assert "        datetime: datetime.datetime | NotGiven = NOT_GIVEN," in things
    # ...the bodies, where the argument lives, read it through its alias.
    assert "cast_to=_builtins.list[_datetime.datetime]," in things
    imports = _imports(things)
    assert imports[1:4] == [
        "import builtins as _builtins",
        "import datetime as _datetime",
        "import datetime",
    ]


def test_a_method_called_datetime_or_uuid_makes_signatures_write_the_module_alias(
    texts: dict[str, str],
) -> None:
    stamps = texts["shadows/resources/stamps.py"]
    imports = _imports(stamps)
    assert "import datetime as _datetime" in imports
    assert "import uuid as _uuid" in imports
    assert ") -> _datetime.datetime:" in stamps
    assert "        uuid: _uuid.UUID | NotGiven = NOT_GIVEN," in stamps
    assert ") -> _uuid.UUID:" in stamps
    # Methods named otherwise read the modules through the aliases as well.
    assert stamps.count(") -> _datetime.datetime:") == 4
    assert stamps.count(") -> _uuid.UUID:") == 4
    # Bodies: the argument uuid hides the module there; datetime is only a method (a class attribute).
    assert "cast_to=_uuid.UUID," in stamps
    assert "cast_to=datetime.datetime," in stamps
    assert "import datetime" in imports


def test_a_method_called_str_qualifies_a_text_body(texts: dict[str, str]) -> None:
    notes = texts["shadows/resources/notes.py"]
    assert notes.count("        body: _builtins.str,") == 4


def test_a_literal_value_holding_a_shadowed_word_is_left_alone(
    texts: dict[str, str],
) -> None:
    notes = texts["shadows/resources/notes.py"]
    assert 'mode: StrMode | Literal["a str b", "str"] | NotGiven = NOT_GIVEN,' in notes


def test_a_model_field_called_datetime_is_renamed_and_shadows_nothing(
    texts: dict[str, str],
) -> None:
    event = texts["shadows/models/event.py"]
    assert '    datetime_: datetime.datetime = Field(alias="datetime")' in event
    assert '    list_: list[int] | None = Field(default=None, alias="list")' in event
    assert "import datetime" in _imports(event)
    assert "_builtins" not in event and "_datetime" not in event


def test_modules_that_shadow_nothing_import_no_alias(texts: dict[str, str]) -> None:
    events = texts["shadows/resources/events.py"]
    assert not [
        line for line in _imports(events) if " as _" in line and "_cast" not in line
    ]


def test_the_generated_package_passes_mypy_strict(tmp_path: Path) -> None:
    path = tmp_path / "spec.json"
    path.write_text(json.dumps(SPEC))
    out = tmp_path / "out"
    generate_in_process(path, out, "shadows", package_files=False)
    assert "shadows.resources.stamps" in import_all(out, "shadows")
    result = mypy([out / "shadows"], out)
    assert result.returncode == 0, result.stdout
