"""``generator.literals`` alone, on any text at all (surrogates and control characters included): a string literal
evaluates back to exactly its text, a docstring always closes where it should, and black changes neither.

Neither ever shows three double quotes in a row besides a docstring's own delimiters: the generator's
blank-line and long-line passes read such a run as a docstring boundary.
"""

from __future__ import annotations

import ast

import black
from black.mode import TargetVersion
from black.report import NothingChanged
from hypothesis import example, given
from hypothesis import strategies as st

from generator import literals

MODE = black.Mode(target_versions={TargetVersion.PY311})

anything = st.characters(codec=None, exclude_categories=())
texts = st.lists(
    st.one_of(
        st.sampled_from(
            [
                '"',
                "'",
                '"""',
                "'''",
                "\\",
                "\n",
                "\t",
                " ",
                "word ",
                "\r",
                "\x0b",
                "\u2028",
            ]
        ),
        st.text(anything, max_size=3),
    ),
    max_size=12,
).map("".join)


def black_keeps(source: str) -> bool:
    try:
        black.format_file_contents(source, fast=True, mode=MODE)
    except NothingChanged:
        return True
    return False


@given(texts)
@example('"""')
@example('x"""')
@example('\\"""\'')
@example('\'"\'"""')
def test_string_literals_round_trip(text: str) -> None:
    literal = literals.string(text)
    assert ast.literal_eval(literal) == text
    assert '"""' not in literal
    source = f"x = {literal}\n"
    assert black_keeps(source), source


@given(texts, st.sampled_from([0, 4, 8]))
@example('text"""', 4)
@example('\\"""', 0)
@example('"""text"""', 8)
@example('a\n   b\n   c"', 4)
def test_docstrings_close_and_are_black_clean(text: str, indent: int) -> None:
    doc = literals.docstring(text, indent)
    if not doc:
        assert not text.strip() or not literals.docstring(text, 0)
        return
    if indent == 0:
        source = doc + "\n"
    elif indent == 4:
        source = "class C:\n" + doc + "\n"
    else:
        source = "class C:\n    def f(self) -> None:\n" + doc + "\n"
    tree = ast.parse(source)
    assert source.count('"""') == 2, source
    node = tree.body[0]
    if indent:
        assert isinstance(node, ast.ClassDef)
        node = node.body[0] if indent == 4 else node.body[0].body[0]  # type: ignore[attr-defined]
    assert isinstance(node, ast.Expr) and isinstance(node.value, ast.Constant)
    assert black_keeps(source), source


@given(texts)
def test_comments_stay_one_line(text: str) -> None:
    comment = literals.comment(text)
    source = f"x = 1  # {comment}\n"
    tree = ast.parse(source)
    assert len(tree.body) == 1 and "\n" not in comment
