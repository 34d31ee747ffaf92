"""YAML specs are read as YAML 1.2 (what OpenAPI 3.1 says they are), by both of the loader's parsers: ruamel's C
parser where it agrees with YAML 1.2, the pure one where it does not. Keys written twice are reported.
"""

from __future__ import annotations

import textwrap
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from generator.loader import yaml12
from generator.errors import SpecError
from generator.loader.reading import read_document
from tests.helpers import dump_yaml


@pytest.fixture(params=["c", "pure"])
def parser(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> str:
    """Each test runs with the C parser first (the default) and with the pure parser alone."""
    if request.param == "pure":
        monkeypatch.setattr(yaml12, "HAS_C_PARSER", False)
    return str(request.param)


def read(tmp_path: Path, text: str, **kwargs: Any) -> Any:
    path = tmp_path / "spec.yaml"
    path.write_text(textwrap.dedent(text), encoding="utf-8")
    return read_document(path, **kwargs)


def test_the_c_parser_is_installed() -> None:
    """The dependency on ruamel.yaml.clib holds: big YAML specs take the fast path."""
    assert yaml12.HAS_C_PARSER


def test_yaml_1_1_booleans_and_nulls_are_strings_as_keys_and_values(
    tmp_path: Path, parser: str
) -> None:
    document = read(
        tmp_path,
        """\
        on: push
        yes: 1
        no: 2
        off: 3
        null: 4
        ~: 5
        true: 6
        enum: [yes, no, on, off, y, n, Yes, NO]
        nothing: null
        flag: true
        """,
    )
    assert document == {
        "on": "push",
        "yes": 1,
        "no": 2,
        "off": 3,
        "null": 4,
        "~": 5,
        "true": 6,
        "enum": ["yes", "no", "on", "off", "y", "n", "Yes", "NO"],
        "nothing": None,
        "flag": True,
    }


def test_numbers_dates_and_keys_as_yaml_1_2_reads_them(
    tmp_path: Path, parser: str
) -> None:
    document = read(
        tmp_path,
        """\
        sexagesimal: 1:20
        octal: 0o17
        leading_zero: 017
        exponent: 1e3
        date: 2024-01-01
        stamp: 2001-12-14t21:59:43.10-05:00
        200: ok
        1.0: version
        merged:
          <<: {a: 1, b: 2}
          b: 3
        equals: =
        """,
    )
    assert document == {
        "sexagesimal": "1:20",
        "octal": 15,
        "leading_zero": 17,
        "exponent": 1000.0,
        # YAML 1.2's core schema has no timestamps: dates stay the text they were written as.
        "date": "2024-01-01",
        "stamp": "2001-12-14t21:59:43.10-05:00",
        "200": "ok",
        "1.0": "version",
        "merged": {"a": 1, "b": 3},
        "equals": "=",
    }


def test_a_yaml_1_1_document_is_read_as_yaml_1_1(tmp_path: Path, parser: str) -> None:
    """A ``%YAML 1.1`` directive asks for the 1.1 rules (the C parser would ignore it)."""
    document = read(tmp_path, "%YAML 1.1\n---\nenum: [yes, no]\ntime: 1:20\n")
    assert document == {"enum": [True, False], "time": 80}


def test_yaml_1_2_syntax_that_libyaml_refuses_is_read(
    tmp_path: Path, parser: str
) -> None:
    """A ``:`` inside a flow scalar, a redefined anchor and a lone surrogate escape are YAML 1.2; libyaml (YAML
    1.1) refuses them, and the pure parser reads them."""
    document = read(
        tmp_path,
        """\
        times: [1:20, 10:30:00]
        a: &x 1
        b: &x 2
        c: *x
        lone: "\\ud800"
        """,
    )
    assert document == {
        "times": ["1:20", "10:30:00"],
        "a": 1,
        "b": 2,
        "c": 2,
        "lone": "\ufffd",
    }


def test_a_key_written_twice_keeps_its_last_value_with_a_warning(
    tmp_path: Path, parser: str
) -> None:
    warnings: list[tuple[str, str]] = []
    document = read(
        tmp_path,
        """\
        paths:
          /a:
            get: {operationId: first}
            get: {operationId: second}
        info: {title: one}
        info: {title: two}
        """,
        warn=lambda pointer, message: warnings.append((pointer, message)),
    )
    assert document == {
        "paths": {"/a": {"get": {"operationId": "second"}}},
        "info": {"title": "two"},
    }
    spec = tmp_path / "spec.yaml"
    assert sorted(warnings) == [
        ("#/info", f"{spec}:6:1: key written twice; the last one is kept"),
        ("#/paths/~1a/get", f"{spec}:4:5: key written twice; the last one is kept"),
    ]


@pytest.mark.parametrize(
    ("text", "where", "problem"),
    [
        ("a: [1, 2\nb: 3\n", ":2:2", "expected ',' or ']'"),
        ("a: 1\n b: 2\n", ":2:3", "mapping values are not allowed here"),
        ('a: "x\x01y"\n', ":1:6", "unacceptable character #x0001"),
        ("a: !include other.yaml\n", ":1:4", "could not determine a constructor"),
        ("a: *nowhere\n", ":1:4", "found undefined alias"),
        ("a: 1\n---\nb: 2\n", ":2:1", "found another document"),
    ],
)
def test_syntax_errors_name_the_line_and_column(
    tmp_path: Path, parser: str, text: str, where: str, problem: str
) -> None:
    """The pure parser's verdict, whichever parser tried first: the same line for the same text."""
    with pytest.raises(SpecError) as caught:
        read(tmp_path, text)
    message = caught.value.message
    assert message.startswith(
        f"{tmp_path / 'spec.yaml'}{where}: invalid YAML: "
    ), message
    assert problem in message
    assert "\n" not in message


def test_a_number_too_long_to_read_names_its_line(tmp_path: Path, parser: str) -> None:
    with pytest.raises(SpecError, match=r"spec\.yaml:2:6: a number of 5000 digits"):
        read(tmp_path, "a: 1\nbig: " + "9" * 5000 + "\n")


# Text that YAML writers must quote or escape: indicators, comments, YAML 1.1 and 1.2 scalars, line breaks,
# tabs, non-ASCII, and separators libyaml treats as line breaks. Not NEL (U+0085): ruamel's writer leaves it
# raw in a quoted scalar, where both of its parsers read a line break (a writer's limit, not the loader's).
_TRICKY = st.sampled_from(
    [
        "yes", "on", "null", "~", "1:20", "0o17", "089", "1e3", ".inf", "2024-01-01",
        "- x", "a: b", "#", " # c", "{", "]", "&a", "*a", "!t", "|", ">", "'", '"', "\\",
        "\t", "\n", " ", "é", "\u2028", "\u2029", "\ufeff", "=", "<<", "?", "%YAML",
    ]
)  # fmt: skip
_CHARACTERS = st.characters(exclude_categories=("Cs",), exclude_characters="\x85")
_TEXT = st.lists(st.one_of(_TRICKY, st.text(_CHARACTERS, max_size=4)), max_size=4).map(
    "".join
)
_SCALARS = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(),
    st.floats(allow_nan=False),
    _TEXT,
)
_DOCUMENTS = st.recursive(
    _SCALARS,
    lambda inner: st.one_of(
        st.lists(inner, max_size=4), st.dictionaries(_TEXT, inner, max_size=4)
    ),
    max_leaves=20,
)


@settings(max_examples=max(300, settings.default.max_examples), deadline=None)
@given(document=st.dictionaries(_TEXT, _DOCUMENTS, max_size=4))
def test_both_parsers_read_what_a_yaml_1_2_writer_wrote(
    document: dict[str, Any],
) -> None:
    """The C parser's answer, when it gives one, is the pure parser's: it may only refuse."""
    text = dump_yaml(document)
    pure, _ = yaml12._parse(text, pure=True)
    assert pure == document
    try:
        fast, _ = yaml12._parse(text, pure=False)
    except yaml12.YamlSyntaxError:
        return
    assert fast == pure
