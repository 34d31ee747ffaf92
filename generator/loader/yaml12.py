"""YAML text into Python data as YAML 1.2 reads it, with ruamel.yaml in safe mode.

OpenAPI 3.1 documents are YAML 1.2, where ``on``, ``yes`` and ``no`` are strings and ``1:20`` is not a number
(YAML 1.1, which PyYAML reads, makes booleans and sexagesimals of them). A document that declares itself
``%YAML 1.1`` is read by the 1.1 rules, as YAML says.

Two parsers read the text. ruamel's C parser (``ruamel.yaml.clib``, libyaml inside) is about three times
faster on a big spec; its scanner follows YAML 1.1 *syntax* (a ``:`` inside a flow scalar, a tab after a
``:``, a lone surrogate escape, a reused anchor) while scalars are still resolved by ruamel's YAML 1.2 rules.
So a text the C parser refuses is read again by the pure parser, whose verdict (its result or its error)
counts; a text with a ``%YAML`` directive goes to the pure parser at once, as the C one ignores the version;
and without the C extension everything goes to the pure parser.

A key written twice in one mapping is kept with its last value (as JSON parsers and PyYAML do) and reported.
"""

from __future__ import annotations

import re
import warnings
from dataclasses import dataclass
from typing import Any

from ruamel.yaml import YAML
from ruamel.yaml.constructor import ConstructorError, SafeConstructor
from ruamel.yaml.error import MarkedYAMLError, YAMLError
from ruamel.yaml.nodes import MappingNode, Node, ScalarNode, SequenceNode
from ruamel.yaml.reader import ReaderError
from ruamel.yaml.resolver import VersionedResolver

from .. import pointer as jp

try:  # the optional C extension (ruamel.yaml.clib); the pure parser does without it
    from _ruamel_yaml import CParser as _CParser  # type: ignore[import-not-found]
except ImportError:  # pragma: no cover - depends on the installation
    _CParser = None

HAS_C_PARSER = _CParser is not None

# A directive line: only the pure parser honours the version it names.
_DIRECTIVE = re.compile(r"^%YAML[ \t]", re.MULTILINE)


class YamlSyntaxError(Exception):
    """The text is not YAML (or not a document ruamel can represent); ``line`` and ``column`` count from 1."""

    def __init__(self, problem: str, line: int | None, column: int | None) -> None:
        super().__init__(problem)
        self.problem = problem
        self.line = line
        self.column = column


@dataclass(frozen=True)
class Duplicate:
    """A key written twice in one mapping: where the mapping is, and where the later key is (from 1)."""

    pointer: str
    key: str
    line: int
    column: int


class _Resolver(VersionedResolver):
    """ruamel's versioned rules (YAML 1.2 unless a directive says otherwise), with the version looked up
    once per document: ruamel looks it up for every scalar, through two caught AttributeErrors on the C
    path, which is a third of the C parser's time on a big spec."""

    _cached_version: Any = None

    @property
    def processing_version(self) -> Any:
        if self._cached_version is None:
            self._cached_version = VersionedResolver.processing_version.fget(self)  # type: ignore[attr-defined]
        return self._cached_version


class _Constructor(SafeConstructor):
    """Safe construction of JSON-like data: mapping keys are the text of their scalars (JSON keys are
    strings: ``200:`` is ``"200"``, ``null:`` is ``"null"``), dates stay the text they were written as (YAML
    1.2's core schema has no timestamps), ``=`` is a string, and a repeated key keeps its last value.
    """

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.duplicates: list[tuple[Node, str, Any]] = []
        self.root: Node | None = None

    def construct_document(self, node: Any) -> Any:
        self.root = node
        return super().construct_document(node)

    def construct_mapping(self, node: Any, deep: bool = False) -> Any:
        if not isinstance(node, MappingNode):
            raise ConstructorError(
                None, None, f"expected a mapping, found {node.id}", node.start_mark
            )
        self.flatten_mapping(node)
        merged = getattr(node, "merge", None) or []
        result: dict[Any, Any] = {}
        # Merged keys (``<<: *base``) come first and may be overridden by the mapping's own.
        for key_node, value_node in merged:
            result[self._key(key_node)] = self.construct_object(value_node, deep=deep)
        own: dict[Any, Any] = {}
        for key_node, value_node in node.value[len(merged) :]:
            key = self._key(key_node)
            if key in own:
                self.duplicates.append((node, str(key), key_node.start_mark))
            own[key] = self.construct_object(value_node, deep=deep)
        result.update(own)
        return result

    def _key(self, key_node: Any) -> Any:
        if isinstance(key_node, ScalarNode):
            return key_node.value
        key = self.construct_object(key_node, deep=True)
        return tuple(key) if isinstance(key, list) else key


_Constructor.add_constructor(
    "tag:yaml.org,2002:timestamp", SafeConstructor.construct_yaml_str
)
_Constructor.add_constructor(
    "tag:yaml.org,2002:value", SafeConstructor.construct_yaml_str
)


def parse(text: str) -> tuple[Any, list[Duplicate]]:
    """The one document of ``text`` and its repeated keys; ``YamlSyntaxError`` when it is not YAML."""
    if HAS_C_PARSER and not _DIRECTIVE.search(text):
        try:
            return _parse(text, pure=False)
        except YamlSyntaxError:
            pass  # YAML 1.1 syntax refused it: the pure (1.2) parser decides
    return _parse(text, pure=True)


def _parse(text: str, *, pure: bool) -> tuple[Any, list[Duplicate]]:
    used: list[_Constructor] = []

    class Constructor(_Constructor):
        # ruamel builds the constructor itself (on the C path, inside its loader object): this one tells
        # which instance read the document, for its repeated keys.
        def construct_document(self, node: Any) -> Any:
            used.append(self)
            return super().construct_document(node)

    yaml = YAML(typ="safe", pure=pure)
    yaml.Resolver = _Resolver
    yaml.Constructor = Constructor
    try:
        with warnings.catch_warnings():
            # ruamel warns about what YAML 1.2 allows (a redefined anchor); nothing here is for the user.
            warnings.simplefilter("ignore")
            document = yaml.load(text)
    except MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        raise YamlSyntaxError(
            str(exc.problem or exc.context or "invalid YAML"),
            mark.line + 1 if mark is not None else None,
            mark.column + 1 if mark is not None else None,
        ) from None
    except ReaderError as exc:
        line, column = _position(text, exc.position)
        raise YamlSyntaxError(
            (
                f"unacceptable character #x{exc.character:04x} (special characters are not allowed)"
                if isinstance(exc.character, int)
                else str(exc.reason)
            ),
            line,
            column,
        ) from None
    except YAMLError as exc:
        raise YamlSyntaxError(str(exc), None, None) from None
    return document, _duplicates(used[0]) if used else []


def _position(text: str, offset: int) -> tuple[int, int]:
    line = text.count("\n", 0, offset) + 1
    return line, offset - (text.rfind("\n", 0, offset) + 1) + 1


def _duplicates(constructor: _Constructor) -> list[Duplicate]:
    """Each repeated key with the JSON pointer of its mapping, found by one walk over the node tree (only
    when there is something to report)."""
    found = constructor.duplicates
    root = constructor.root
    if not found or root is None:
        return []
    wanted = {id(node) for node, _, _ in found}
    pointers: dict[int, str] = {}
    seen: set[int] = set()
    stack: list[tuple[Node, str]] = [(root, "#")]
    while stack and len(pointers) < len(wanted):
        node, where = stack.pop()
        if id(node) in seen:
            continue  # an alias: the first place found names it
        seen.add(id(node))
        if id(node) in wanted:
            pointers[id(node)] = where
        if isinstance(node, MappingNode):
            for key_node, value_node in node.value:
                token = key_node.value if isinstance(key_node, ScalarNode) else "?"
                stack.append((value_node, jp.join(where, token)))
        elif isinstance(node, SequenceNode):
            stack.extend((item, jp.join(where, i)) for i, item in enumerate(node.value))
    return [
        Duplicate(pointers.get(id(node), "#"), key, mark.line + 1, mark.column + 1)
        for node, key, mark in found
    ]
