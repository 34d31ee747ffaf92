"""``Formatter`` sends black only the statements it could change, and splices black's answer back: the
whole file must come out as black formats it."""

from __future__ import annotations

import black
from hypothesis import given, settings
from hypothesis import strategies as st

from generator.targets.python import format as formatting

MODE = black.Mode(line_length=88)

long_names = st.from_regex(r"[A-Z][A-Za-z0-9]{60,80}", fullmatch=True)
docstrings = st.lists(
    st.from_regex(r"[a-z]{1,12}( [a-z]{1,12}){0,6}", fullmatch=True), max_size=4
)


def _method(name: str, annotation: str, doc: list[str], body_long: bool) -> str:
    doc_lines = "".join(f"        {line}\n" for line in doc)
    call = (
        f"        return self.request({annotation!r}, {annotation!r}, {annotation!r})\n"
        if body_long
        else "        return None\n"
    )
    return (
        f"    def {name}(\n        self,\n        *,\n"
        f'        value: {annotation} | Literal["a", "b"] | NotGiven = NOT_GIVEN,\n'
        f"    ) -> None:\n"
        + (
            f'        """Summary.\n\n{doc_lines}        """\n'
            if doc
            else '        """Summary."""\n'
        )
        + call
    )


@settings(max_examples=60, deadline=None)
@given(long_names, docstrings, st.booleans())
def test_formatted_files_are_what_black_makes(
    annotation: str, doc: list[str], body_long: bool
) -> None:
    text = (
        "class Resource:\n"
        + _method("first", annotation, doc, body_long)
        + "\n"
        + _method("second", "int", doc, False)
    )
    sent: list[str] = []
    formatter = formatting.Formatter(None, parallel=False)
    original = formatter._run

    def spy(sources: list[str]) -> list[str]:
        sent.extend(sources)
        return list(original(sources))

    formatter._run = spy  # type: ignore[method-assign]
    ours = formatter.format_all({"a.py": text})["a.py"]
    assert ours == black.format_str(text, mode=MODE)
    # A long header alone is sent without the body below it; a long line in the body sends all of it.
    assert any(annotation in source for source in sent)
    assert all(("Summary." in source) == body_long for source in sent)
