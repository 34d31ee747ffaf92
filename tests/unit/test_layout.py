"""``generator.layout`` must give exactly black's layout wherever it gives one."""

from __future__ import annotations

import keyword

import black
from hypothesis import given, settings
from hypothesis import strategies as st

from generator.targets.python import layout

MODE = black.Mode(line_length=88)

names = st.from_regex(r"[a-z][a-z0-9_]{0,40}", fullmatch=True).filter(
    lambda n: not keyword.iskeyword(n)
)
classes = st.from_regex(r"[A-Z][A-Za-z0-9]{0,75}", fullmatch=True) | st.from_regex(
    r"[A-Z][A-Za-z0-9]{40,75}", fullmatch=True
)
simple = st.one_of(
    classes,
    st.sampled_from(
        ["str", "int", "None", "Any", "NotGiven", "dict[str, Any]", "datetime.datetime"]
    ),
    classes.map(lambda c: f"list[{c}]"),
    classes.map(lambda c: f"Sequence[{c} | dict[str, Any]]"),
)
annotations = st.lists(simple, min_size=1, max_size=4, unique=True).map(" | ".join)
values = st.one_of(
    st.none(),
    st.sampled_from(
        ["None", "NOT_GIVEN", "True", "30", '"text"', "Field(default_factory=list)"]
    ),
    classes.map(lambda c: f"{c}.MEMBER_NAME"),
    st.from_regex(r"[a-zA-Z][a-zA-Z0-9_]{0,40}", fullmatch=True).map(
        lambda a: f'Field(default=None, alias="{a}")'
    ),
)


def _black_field(indent_class: str, line: str) -> str:
    return black.format_str(indent_class + line + "\n", mode=MODE)


@settings(max_examples=200)
@given(names, annotations, values)
def test_model_fields_match_black(
    name: str, annotation: str, value: str | None
) -> None:
    ours = layout.annotated(4, name, annotation, value)
    if ours is None:
        return
    source = (
        f"class A:\n    {name}: {annotation}"
        + (f" = {value}" if value is not None else "")
        + "\n"
    )
    assert "class A:\n" + ours + "\n" == black.format_str(source, mode=MODE)


@settings(max_examples=200)
@given(names, annotations, st.sampled_from([None, "NOT_GIVEN"]))
def test_method_parameters_match_black(
    name: str, annotation: str, value: str | None
) -> None:
    ours = layout.annotated(8, name, annotation, value, comma=True)
    if ours is None:
        return
    rhs = f" = {value}" if value is not None else ""
    source = f"class A:\n    def f(\n        self,\n        {name}: {annotation}{rhs},\n    ) -> None: ...\n"
    expected = black.format_str(source, mode=MODE)
    assert (
        expected == f"class A:\n    def f(\n        self,\n{ours}\n    ) -> None: ...\n"
    )


def test_known_shapes_are_laid_out() -> None:
    long_name = "WebhookPullRequestReviewRequestedVariant1PullRequestAuthorAssociation"
    assert layout.annotated(4, "author_association", long_name, None) is not None
    assert layout.annotated(4, "type", f"{long_name} | None", "None") is not None
    assert (
        layout.annotated(
            8, "visibility", f"{long_name} | str | NotGiven", "NOT_GIVEN", comma=True
        )
        is not None
    )


@settings(max_examples=100)
@given(names, names)
def test_call_assignments_match_black(target: str, argument: str) -> None:
    ours = layout.call_assignment(
        8, f"self.{target}", "async_to_raw_response_wrapper", f"resource.{argument}"
    )
    source = f"class A:\n    def f(self) -> None:\n        self.{target} = async_to_raw_response_wrapper(resource.{argument})\n"
    assert (
        black.format_str(source, mode=MODE)
        == f"class A:\n    def f(self) -> None:\n{ours}\n"
    )


long_names = st.from_regex(r"[a-z][a-z0-9_]{60,80}", fullmatch=True)


@settings(max_examples=200)
@given(long_names, long_names)
def test_very_long_call_assignments_match_black(target: str, argument: str) -> None:
    ours = layout.call_assignment(
        8, f"self.{target}", "to_raw_response_wrapper", f"resource.{argument}"
    )
    source = f"class A:\n    def f(self) -> None:\n        self.{target} = to_raw_response_wrapper(resource.{argument})\n"
    assert (
        black.format_str(source, mode=MODE)
        == f"class A:\n    def f(self) -> None:\n{ours}\n"
    )
