"""A method's name candidate: the operationId without its resource's words, else a verb from the HTTP method
and the path (``finalize`` settles the names once every candidate is known)."""

from __future__ import annotations

from .. import naming
from .paths import RawOperation

__all__ = ["method_candidate"]


_VERBS = {
    "get": "retrieve",
    "put": "update",
    "patch": "update",
    "delete": "delete",
    "post": "create",
}


def method_candidate(raw: RawOperation, resource_words: list[str]) -> str:
    """A method name: the operationId without the resource's words at its start or end, else a verb from the
    HTTP method and the path (``list``, ``retrieve``, ``create``, ``update``, ``delete``, or an action such as
    ``cancel`` for ``POST /things/{id}/cancel``)."""
    operation_id = raw.operation.operationId
    if operation_id:
        tokens = [w.lower() for w in naming.words(operation_id)]
        stripped = _strip_resource(tokens, resource_words)
        if stripped:
            return "_".join(stripped)
    segments = [s for s in raw.path.split("/") if s]
    static = [s for s in segments if not s.startswith("{")]
    ends_with_param = bool(segments) and segments[-1].startswith("{")
    has_param = any(s.startswith("{") for s in segments)
    last = static[-1] if static else ""
    own = not last or _is_resource_word(last, resource_words)
    if raw.method == "get":
        verb = "retrieve" if ends_with_param else "list"
    elif raw.method == "post" and not ends_with_param and has_param and not own:
        return naming.snake(last)
    else:
        verb = _VERBS.get(raw.method, raw.method)
    return verb if own else f"{verb}_{naming.snake(last)}"


def _is_resource_word(segment: str, resource_words: list[str]) -> bool:
    tokens = [w.lower() for w in naming.words(segment)]
    return tokens == resource_words or tokens == _singular(resource_words)


def _singular(tokens: list[str]) -> list[str]:
    if not tokens:
        return tokens
    last = tokens[-1]
    if last.endswith("ies") and len(last) > 3:
        last = last[:-3] + "y"
    elif last.endswith("s") and not last.endswith("ss"):
        last = last[:-1]
    return tokens[:-1] + [last]


def _strip_resource(tokens: list[str], resource_words: list[str]) -> list[str]:
    """``["renders", "create"]`` or ``["create", "render"]`` for resource ``renders`` -> ``["create"]``."""
    if not resource_words:
        return tokens
    for words in (resource_words, _singular(resource_words)):
        n = len(words)
        if len(tokens) > n and tokens[:n] == words:
            return tokens[n:]
        if len(tokens) > n and tokens[-n:] == words:
            return tokens[:-n]
    return tokens
