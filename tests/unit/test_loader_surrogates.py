"""The loader's text scan for lone surrogate escapes: it may only spare the document walk when no decoded string
holds a lone surrogate, whatever mix of pairs, lone halves and escaped backslashes the JSON text has.
"""

from __future__ import annotations

import json
from pathlib import Path

from hypothesis import given, strategies as st

from generator.loader.reading import (
    _LONE_SURROGATE,
    _lone_surrogate_in_json,
    read_document,
)

PIECES = [
    "\\ud83d",
    "\\ude00",
    "\\uD800",
    "\\uDFFF",
    "\\\\",
    "\\\\ud83d",
    "\\\\\\ude00",
    "\\\\\\ud83d",
    "\\u0041",
    "\\n",
    "a",
    '", "',
]


@given(st.lists(st.lists(st.sampled_from(PIECES), max_size=8), min_size=1, max_size=3))
def test_the_scan_never_misses_a_lone_surrogate(strings: list[list[str]]) -> None:
    text = "[" + ", ".join(f'"{"".join(s)}"' for s in strings) + "]"
    decoded = json.loads(text)
    lone = any(_LONE_SURROGATE.search(item) for item in decoded)
    if lone:
        assert _lone_surrogate_in_json(text)


def test_pairs_alone_need_no_walk() -> None:
    assert not _lone_surrogate_in_json('["\\ud83d\\ude00 and \\\\ud800 literally"]')
    assert _lone_surrogate_in_json('["\\ud83d"]')
    assert _lone_surrogate_in_json('["\\ude00\\ud83d"]')
    assert _lone_surrogate_in_json('["\\\\\\ude00"]')


def test_a_lone_surrogate_in_a_spec_becomes_a_replacement_character(
    tmp_path: Path,
) -> None:
    spec = tmp_path / "spec.json"
    spec.write_text(
        '{"a": "x\\ud800y", "\\udc00": ["\\ud83d\\ude00"]}', encoding="utf-8"
    )
    assert read_document(spec) == {"a": "x\ufffdy", "\ufffd": ["\U0001f600"]}
