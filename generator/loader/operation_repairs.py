"""Repairs of operations, path items and security schemes: the parts of a spec around its schemas.

As in ``normalize``, each repair keeps what the author meant when that is clear, warns with the JSON pointer,
and lets generation go on; what cannot be sent or understood is dropped with a warning.
"""

from __future__ import annotations

import re
from typing import Any

from .. import pointer as jp
from ..errors import Diagnostics

# An HTTP token (RFC 9110 section 5.6.2): what a header or cookie name may be made of.
TOKEN = re.compile(r"[!#$%&'*+.^_`|~0-9A-Za-z-]+")


def repair_security_schemes(document: dict[str, Any], diagnostics: Diagnostics) -> None:
    """An API key sent in a header or a cookie must have a token for a name (RFC 9110, RFC 6265): anything
    else cannot be sent, and is no name to place in a header line or a cookie string. Such a scheme is
    dropped (the client then sends no credential with it) with a warning."""
    components = document.get("components")
    schemes = (
        components.get("securitySchemes") if isinstance(components, dict) else None
    )
    if not isinstance(schemes, dict):
        return
    for name, scheme in list(schemes.items()):
        if not isinstance(scheme, dict) or scheme.get("type") != "apiKey":
            continue
        location = scheme.get("in")
        key_name = scheme.get("name")
        if location in ("header", "cookie") and not (
            isinstance(key_name, str) and TOKEN.fullmatch(key_name)
        ):
            diagnostics.warn(
                jp.join("#/components/securitySchemes", name, "name"),
                f"{key_name!r} is not a valid {location} name; security scheme dropped",
            )
            del schemes[name]


def repair_operation(
    node: dict[str, Any], ptr: str, v31: bool, diagnostics: Diagnostics
) -> None:
    """Parameters and responses of operations and path items."""
    parameters = node.get("parameters")
    if "parameters" in node and not isinstance(parameters, list):
        diagnostics.warn(
            jp.join(ptr, "parameters"), "parameters is not a list; dropped"
        )
        del node["parameters"]
    elif isinstance(parameters, list):
        kept = []
        for i, parameter in enumerate(parameters):
            where = jp.join(ptr, "parameters", i)
            if not isinstance(parameter, dict):
                diagnostics.warn(where, "parameter is not an object; dropped")
                continue
            if "$ref" not in parameter:
                location = parameter.get("in")
                if location in ("body", "formData"):
                    diagnostics.warn(
                        where, f"parameter in {location!r} is Swagger 2.0; dropped"
                    )
                    continue
                if not isinstance(parameter.get("name"), str) or location not in (
                    "path",
                    "query",
                    "header",
                    "cookie",
                ):
                    diagnostics.warn(
                        where, "parameter has no valid name or location; dropped"
                    )
                    continue
                if location == "path" and parameter.get("required") is not True:
                    parameter["required"] = True
                if "schema" not in parameter and "content" not in parameter:
                    diagnostics.warn(where, "parameter has no schema; read as a string")
                    parameter["schema"] = (
                        {"type": parameter.pop("type", "string")}
                        if isinstance(parameter.get("type"), str)
                        else {"type": "string"}
                    )
            kept.append(parameter)
        node["parameters"] = kept
    responses = node.get("responses")
    if _is_operation(ptr) and not isinstance(responses, dict):
        # Required in 3.0, optional in 3.1: either way the method knows no response type, so it returns None
        # (the raw response stays at ``with_raw_response``), as a 3.1 operation without responses does.
        if "responses" in node:
            problem = "responses is not an object"
        elif not v31:
            problem = "responses is missing (OpenAPI 3.0 requires it)"
        else:
            problem = ""
        if problem:
            diagnostics.warn(
                jp.join(ptr, "responses"),
                f"{problem}; read as no documented response (the method returns None)",
            )
        node["responses"] = responses = {}
    if "responses" in node and isinstance(responses, dict):
        for status, response in list(responses.items()):
            if (
                isinstance(response, dict)
                and "$ref" not in response
                and not isinstance(response.get("description"), str)
            ):
                response["description"] = ""
            elif not isinstance(response, dict):
                diagnostics.warn(
                    jp.join(ptr, "responses", status),
                    "response is not an object; dropped",
                )
                del responses[status]


_METHODS = frozenset(
    {"get", "put", "post", "delete", "options", "head", "patch", "trace"}
)


def _is_operation(ptr: str) -> bool:
    tokens = jp.split(ptr)
    return tokens[-1] in _METHODS and len(tokens) == (
        4 if tokens[0] == "components" else 3
    )


def is_operation_or_path_item(ptr: str) -> bool:
    """Path items and operations of ``paths`` and ``webhooks`` (and of components.pathItems)."""
    # Asked of every object of the document: most are told apart without splitting the pointer (a token
    # never holds a raw "/", so the slashes count the tokens).
    if ptr.count("/") > 4 or not ptr.startswith(
        ("#/paths/", "#/webhooks/", "#/components/pathItems/")
    ):
        return False
    tokens = jp.split(ptr)
    if len(tokens) >= 2 and tokens[0] in ("paths", "webhooks"):
        return len(tokens) == 2 or (len(tokens) == 3 and tokens[2] in _METHODS)
    if len(tokens) >= 3 and tokens[:2] == ["components", "pathItems"]:
        return len(tokens) == 3 or (len(tokens) == 4 and tokens[3] in _METHODS)
    return False
