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


def _field_matches_black(name: str, annotation: str, value: str | None) -> None:
    """``layout.annotated`` of a model field, where it gives a layout, is black's."""
    ours = layout.annotated(4, name, annotation, value)
    if ours is None:
        return
    rhs = f" = {value}" if value is not None else ""
    source = f"class A:\n    {name}: {annotation}{rhs}\n"
    assert "class A:\n" + ours + "\n" == black.format_str(source, mode=MODE)


def _parameter_matches_black(name: str, annotation: str, value: str | None) -> None:
    """``layout.annotated`` of a method parameter, where it gives a layout, is black's."""
    ours = layout.annotated(8, name, annotation, value, comma=True)
    if ours is None:
        return
    rhs = f" = {value}" if value is not None else ""
    source = f"class A:\n    def f(\n        self,\n        {name}: {annotation}{rhs},\n    ) -> None: ...\n"
    expected = black.format_str(source, mode=MODE)
    assert (
        expected == f"class A:\n    def f(\n        self,\n{ours}\n    ) -> None: ...\n"
    )


@settings(max_examples=200)
@given(names, annotations, values)
def test_model_fields_match_black(
    name: str, annotation: str, value: str | None
) -> None:
    _field_matches_black(name, annotation, value)


@settings(max_examples=200)
@given(names, annotations, st.sampled_from([None, "NOT_GIVEN"]))
def test_method_parameters_match_black(
    name: str, annotation: str, value: str | None
) -> None:
    _parameter_matches_black(name, annotation, value)


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


# Annotations with brackets inside: subscripts of unions, ``Literal`` lists, maps, nested to a few levels,
# the shapes big specs give (``Sequence[A | Literal["x", ...]] | NotGiven``).
words = st.from_regex(r"[a-z][a-z0-9_-]{0,30}", fullmatch=True)
literal_lists = st.lists(words, min_size=1, max_size=9, unique=True).map(
    lambda ws: "Literal[" + ", ".join(f'"{w}"' for w in ws) + "]"
)
nested = st.recursive(
    st.one_of(classes, literal_lists, st.sampled_from(["str", "None", "int"])),
    lambda inner: st.one_of(
        st.tuples(
            st.sampled_from(["list", "Sequence", "Required", "NotRequired"]),
            st.lists(inner, min_size=1, max_size=3, unique=True).map(" | ".join),
        ).map(lambda t: f"{t[0]}[{t[1]}]"),
        inner.map(lambda v: f"Mapping[str, {v}]"),
    ),
    max_leaves=6,
)
bracketed = st.lists(nested, min_size=1, max_size=4, unique=True).map(" | ".join)


@settings(max_examples=400)
@given(names, bracketed, st.sampled_from([None, "None"]))
def test_bracketed_model_fields_match_black(
    name: str, annotation: str, value: str | None
) -> None:
    _field_matches_black(name, annotation, value)


@settings(max_examples=400)
@given(names, bracketed, st.sampled_from([None, "NOT_GIVEN"]))
def test_bracketed_method_parameters_match_black(
    name: str, annotation: str, value: str | None
) -> None:
    _parameter_matches_black(name, annotation, value)


def test_the_shapes_of_big_specs_are_laid_out_without_black() -> None:
    role = 'Role | Literal["all", "admin", "direct_member", "billing_manager", "hiring_manager"]'
    long_item = (
        "CopilotRemoveOrganizationsFromEnterpriseCodingAgentPolicyBodyCustomProp"
    )
    for annotation, value in [
        (f"{role} | NotGiven", "NOT_GIVEN"),
        (
            f"Sequence[{long_item}_e3a6ff7a | {long_item}_c0830160] | NotGiven",
            "NOT_GIVEN",
        ),
        (f"Sequence[{long_item}Item | {long_item}ItemParam]", None),
    ]:
        ours = layout.annotated(8, "custom_properties", annotation, value, comma=True)
        assert ours is not None
        source = f"class A:\n    def f(\n        self,\n        custom_properties: {annotation}{'' if value is None else ' = ' + value},\n    ) -> None: ...\n"
        assert black.format_str(source, mode=MODE) == (
            f"class A:\n    def f(\n        self,\n{ours}\n    ) -> None: ...\n"
        )
