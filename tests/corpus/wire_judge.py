"""The oracle that judges the wire pass's requests: openapi-core (``wire_spec.oracle``) on a copy of the spec
normalized where OpenAPI or RFC 3986 say two spellings are the same, with readings of openapi-core 0.23.1
replaced where they contradict OpenAPI or HTTP. Nothing here accepts a request that OpenAPI rejects; each departure has
its reproduction against openapi-core alone in ``test_wire.py``, and the README lists them.

1. **Ignored header parameters.** A header parameter named ``Accept``, ``Content-Type`` or ``Authorization`` "SHALL
   be ignored" (OpenAPI 3.0 and 3.1, Parameter Object); openapi-core judges it all the same (a required one is
   missing, the client's own ``Accept`` is not in its enum). The judging copy has no such parameter (the
   security requirements still judge ``Authorization``).
2. **Server URLs.** ``https://host:443/v1`` and ``https://host/v1`` are the same URL (RFC 3986 6.2.3); httpx
   sends the second, and openapi-core compares server URLs as strings. The judging copy drops a scheme's
   default port from every server URL. openapi-core also takes a scheme-relative URL (``//host/v1``) for
   absolute, so that no request matches it: the copy lists its ``https:`` and ``http:`` forms. And it matches
   a server variable within one path segment, so that a variable whose default holds ``/``
   (``https://api.ebay.com{basePath}``) never matches: the copy puts the default in its place.
3. **deepObject.** openapi-core raises for a ``deepObject`` parameter or form field whose schema is not
   ``type: object`` even when it is absent from the request, takes ``name[a][b]=v`` for ``{"a": "v"}``, and
   takes a key outside ``\\w`` (``name[created-at]``) for absence. Here an absent one is absent; one with nested
   brackets, repeated keys or ``explode: false`` raises ``DeepObjectUndefined`` (OpenAPI 3.1.1: the behavior
   for nested objects and arrays is undefined); one on a non-object schema raises ``DeepObjectNotObject`` (the
   spec's defect, unless every branch of its composition is an object: then openapi-core's); a value not in
   deepObject form (``name=x``) is a style error (openapi-core takes it for absent).
4. **Multipart parts.** An encoding's ``style`` (``deepObject``...) applies to forms only up to OpenAPI 3.1.0
   (Encoding Object: it "SHALL be ignored" for other media types), and openapi-core applies it to multipart
   parts too, so that a JSON part fails: the judging copy reads such a part by its content type.
   And openapi-core casts form fields and query values to their schema's type but leaves
   a multipart part as text, so a correct integer part ``0`` is "'0' is not of type 'integer'". A ``text/plain``
   part (OpenAPI's default for a primitive property) is cast here by openapi-core's own caster; a part of a
   schema without ``type`` (an ``anyOf``...), which openapi-core keeps as bytes that match no schema, is read as
   its text (as JSON when that is a JSON object or array: OpenAPI's default for objects), then cast likewise;
   the repeated parts of an array, each by its items' schema.
5. **Opaque bodies.** A body or response of a media type that openapi-core reads as bytes or as an XML element
   (XML, images, pdf, octet-stream, ``text/csv``, vendor types: ``wire_spec.opaque``) is validated against its
   schema all the same, as if it were JSON data: a well-formed XML document is "not of type 'object'", a PNG
   "not of type 'string'". OpenAPI describes such content otherwise (the XML Object maps a schema onto XML;
   binary content is "a string of bytes", OpenAPI 3.1 4.8.14.3, with ``format: binary`` in 3.0), and that
   mapping is not implemented here: openapi-core's own reading still runs (the Content-Type must match a
   declared media type, an XML body must parse), its schema verdict on the bytes is not asked. What the
   client did with the bytes is judged by the caller (``wire_call``): the request's Content-Type is the
   declared media type and its body the very bytes passed, the response comes back as the bytes or text sent.
6. **readOnly at the top.** openapi-core's request validator rejects every value of a parameter or body whose
   whole schema is ``readOnly`` (GitHub's ``alert_number`` path parameter: "Tried to write read-only"), while
   OpenAPI 3.0 makes readOnly "relevant only for Schema properties definitions" (3.1: an annotation of a
   value managed by the server, which a path parameter naming it is not). The judging copy gives such a
   parameter or body its schema (and its ``anyOf``/``oneOf``/``allOf`` branches) inline without ``readOnly``; a
   property's readOnly is judged as before. The
   planner draws against the same copy.
7. **HEAD.** A response to HEAD has no content (RFC 9110 9.3.2: the server "MUST NOT send content"), and
   openapi-core demands the content its documented response describes ("Missing response data"): for a HEAD
   request that error alone is dropped; the status and headers are still judged, and content that is sent
   still is too.
8. **Ambiguous paths.** openapi-core tries a concrete path first but, when the concrete one's server or method
   does not fit, and among templates of as many variables (``/billings/{bid}`` and ``/billings/{bid}.pdf``),
   it takes one in the order of the document: a request for one operation is judged as another's. OpenAPI:
   concrete paths match before templated ones, and "in case of ambiguous matching, it's up to the tooling to
   decide which one to use" (Paths Object). ``judge_alone`` judges a request by the operation called, when its
   own template matches the request's path: the spec with that path alone.
"""

from __future__ import annotations

import copy
import functools
import json
import re
from collections.abc import Mapping
from xml.etree import ElementTree
from typing import Any

from jsonschema_path import SchemaPath
from openapi_core import OpenAPI
from openapi_core.deserializing.media_types import media_type_deserializers
from openapi_core.deserializing.media_types.deserializers import MediaTypeDeserializer
from openapi_core.deserializing.media_types.factories import (
    MediaTypeDeserializersFactory,
)
from openapi_core.deserializing.styles import style_deserializers
from openapi_core.deserializing.styles.deserializers import StyleDeserializer
from openapi_core.deserializing.styles.factories import StyleDeserializersFactory
from openapi_core.schema.encodings import get_content_type

from wire_spec import opaque, oracle

# OpenAPI: a header parameter so named "SHALL be ignored".
IGNORED_HEADERS = frozenset({"accept", "content-type", "authorization"})
_DEFAULT_PORT = re.compile(
    r"^(https://[^/?#]+?):443(?=[/?#]|$)|^(http://[^/?#]+?):80(?=[/?#]|$)"
)


class DeepObjectProblem(ValueError):
    """A deepObject value the oracle cannot judge: ``outcome`` is ``defect`` (the spec's) or ``harness``
    (openapi-core's), ``reason`` the named reason the report counts."""

    outcome = "defect"
    reason = ""

    def __init__(self, name: str, detail: str) -> None:
        super().__init__(f"{name}: {detail}")


class DeepObjectUndefined(DeepObjectProblem):
    reason = (
        "deepObject with nested objects, arrays or explode false: "
        "OpenAPI leaves it undefined"
    )


class DeepObjectNotObject(DeepObjectProblem):
    reason = "deepObject style on a schema that admits non-objects: OpenAPI defines it for objects only"

    def __init__(self, name: str, detail: str, object_only: bool) -> None:
        super().__init__(name, detail)
        if object_only:
            self.outcome = "harness"
            self.reason = "openapi-core: deepObject on an object schema not spelled 'type: object' (a composition)"


def deep_object_problem(error: BaseException | None) -> DeepObjectProblem | None:
    """The ``DeepObjectProblem`` in an error's chain of causes, if any."""
    seen = 0
    while error is not None and seen < 8:
        if isinstance(error, DeepObjectProblem):
            return error
        error, seen = error.__cause__ or error.__context__, seen + 1
    return None


# ------------------------------------------------------------------------------------------ the judging copy


def judged_document(document: dict[str, Any]) -> dict[str, Any]:
    """The spec as the oracle judges requests by it: without the header parameters OpenAPI ignores, server
    URLs as openapi-core can match them (1 and 2 of the module's docstring)."""
    copied = copy.deepcopy(document)

    def resolve(node: Any) -> Any:
        for _ in range(16):
            if not (isinstance(node, dict) and isinstance(node.get("$ref"), str)):
                break
            target: Any = copied
            for token in node["$ref"].lstrip("#/").split("/"):
                token = token.replace("~1", "/").replace("~0", "~")
                if isinstance(target, list) and token.isdigit():
                    target = target[int(token)] if int(token) < len(target) else None
                else:
                    target = target.get(token) if isinstance(target, dict) else None
            node = target
        return node

    def ignored(parameter: Any) -> bool:
        data = resolve(parameter)
        return (
            isinstance(data, dict)
            and data.get("in") == "header"
            and str(data.get("name", "")).lower() in IGNORED_HEADERS
        )

    def unmarked(node: Any, depth: int = 0) -> Any:
        # The schema without a readOnly of its own or of its composition's branches (not of its properties),
        # inline where one was dropped; the node itself where there is none.
        schema = resolve(node)
        if not isinstance(schema, dict) or depth > 8:
            return node
        out = {k: v for k, v in schema.items() if k != "readOnly"}
        for key in ("allOf", "anyOf", "oneOf"):
            if isinstance(out.get(key), list):
                out[key] = [unmarked(branch, depth + 1) for branch in out[key]]
        return out if out != schema else node

    def writable(holder: Any) -> None:
        # A parameter's or a body's whole schema marked readOnly (GitHub's ``alert-number``; digitalocean.com's
        # ``anyOf`` of two readOnly properties' schemas): inline, without it (6 of the module's docstring). The
        # components keep it, for where it is a property's.
        if isinstance(holder, dict) and "schema" in holder:
            holder["schema"] = unmarked(holder["schema"])

    def servers(owner: Any) -> None:
        listed = owner.get("servers")
        if not isinstance(listed, list):
            return
        judged: list[Any] = []
        for server in listed:
            if isinstance(server, dict) and isinstance(server.get("url"), str):
                judged.extend(_judged_servers(server))
            else:
                judged.append(server)
        owner["servers"] = judged

    servers(copied)
    paths = copied.get("paths")
    for item in paths.values() if isinstance(paths, dict) else []:
        item = resolve(item)
        if not isinstance(item, dict):
            continue
        servers(item)
        owners = [item] + [v for v in item.values() if isinstance(v, dict)]
        for owner in owners:
            servers(owner)
            if isinstance(owner.get("parameters"), list):
                owner["parameters"] = [p for p in owner["parameters"] if not ignored(p)]
                for parameter in owner["parameters"]:
                    writable(resolve(parameter))
            body = resolve(owner.get("requestBody"))
            content = body.get("content") if isinstance(body, dict) else None
            for media in content.values() if isinstance(content, dict) else []:
                writable(media)
    return copied


def _judged_servers(server: dict[str, Any]) -> list[dict[str, Any]]:
    """One server as the judging copy lists it (2 of the module's docstring): without its scheme's default
    port; a variable whose default holds ``/`` replaced by that default (openapi-core matches a variable
    within one segment: a narrower set of URLs, never a wider one); a scheme-relative URL as its ``https`` and
    ``http`` forms (RFC 3986 4.2: it keeps the scheme of whatever it is resolved against).
    """
    url = str(server["url"])
    variables = server.get("variables")
    kept: dict[str, Any] = {}
    for name, variable in (variables if isinstance(variables, dict) else {}).items():
        default = variable.get("default") if isinstance(variable, dict) else None
        if isinstance(default, str) and "/" in default:
            url = url.replace("{" + name + "}", default)
        else:
            kept[name] = variable
    url = _DEFAULT_PORT.sub(lambda m: m.group(1) or m.group(2), url)
    judged = {**server, "url": url}
    if variables is not None:
        judged["variables"] = kept
    if url.startswith("//"):
        return [{**judged, "url": scheme + url} for scheme in ("https:", "http:")]
    return [judged]


def judge(document: dict[str, Any]) -> OpenAPI:
    """openapi-core for judging the requests of ``document``: the judging copy, the request validator's
    deepObject and multipart readings replaced (3 and 4 of the module's docstring)."""
    openapi = oracle(judged_document(document))
    validator = openapi.request_validator
    styles = _Styles(
        validator.schema_casters_factory,
        style_deserializers={**style_deserializers},
    )
    validator.style_deserializers_factory = styles
    validator.media_type_deserializers_factory = _MediaTypes(
        styles, media_type_deserializers=media_type_deserializers
    )
    for each in (validator, openapi.response_validator):
        _read_opaque_unvalidated(each)
    _head_without_content(openapi.response_validator)
    return openapi


def judge_alone(document: dict[str, Any], route: str) -> OpenAPI:
    """``judge`` of ``document`` with ``route`` its only path (8 of the module's docstring)."""
    paths = document.get("paths") if isinstance(document.get("paths"), dict) else {}
    return judge({**document, "paths": {route: paths[route]}})


def _head_without_content(validator: Any) -> None:
    """``validator`` (a response validator) without the "Missing response data" of an answer to HEAD (7 of
    the module's docstring)."""
    from openapi_core.validation.response.exceptions import MissingData

    iter_errors = validator.iter_errors

    def judged(request: Any, response: Any) -> Any:
        head = str(getattr(request, "method", "")).lower() == "head"
        for error in iter_errors(request, response):
            if not (head and isinstance(error, MissingData) and not response.data):
                yield error

    validator.iter_errors = judged


# ---------------------------------------------------------------------------------------------- opaque bodies


def _read_opaque_unvalidated(validator: Any) -> None:
    """``validator`` (a request or response validator) reading bodies as before, but not validating an opaque
    one (5 of the module's docstring) against its schema."""

    def get_content_and_schema(
        raw: bytes, content: SchemaPath, mimetype: str | None = None
    ) -> tuple[Any, SchemaPath | None]:
        value, schema = validator._get_content_schema_value_and_schema(
            raw, content, mimetype
        )
        if schema is None:
            return value, None
        key = validator._find_media_type(content, mimetype)[0]
        if opaque(str(key)) and isinstance(value, (bytes, ElementTree.Element)):
            return value, schema
        validator._validate_schema(schema, value)
        return value, schema

    validator._get_content_and_schema = get_content_and_schema


# ----------------------------------------------------------------------------------------------- deepObject


def _object_only(schema: SchemaPath, depth: int = 0) -> bool:
    """Whether every value ``schema`` admits is an object (through ``anyOf``/``oneOf`` branches, ``allOf``
    parts)."""
    if depth > 8:
        return False
    with schema.resolve() as resolved:
        contents = resolved.contents
    if not isinstance(contents, dict):
        return False
    kind = contents.get("type")
    if kind == "object":
        return True
    if kind is not None:
        return False
    for key in ("anyOf", "oneOf"):
        if key in contents:
            return all(_object_only(branch, depth + 1) for branch in schema / key)
    if "allOf" in contents:
        return any(_object_only(part, depth + 1) for part in schema / "allOf")
    return "properties" in contents


def _deep_object_loads(
    explode: bool,
    name: str,
    schema_type: str,
    location: Mapping[str, Any],
    *,
    object_only: bool,
) -> Any:
    keys = [k for k in location.keys() if k == name or k.startswith(name + "[")]
    if not keys:
        raise KeyError(name)  # absent (openapi-core checks the type first, and raises)
    if schema_type != "object":
        raise DeepObjectNotObject(name, f"type {schema_type or '(none)'}", object_only)
    if not explode:
        raise DeepObjectUndefined(name, "explode: false")
    if name in keys:
        raise ValueError(f"{name}: a value not in deepObject form ({name}=...)")
    values: dict[str, Any] = {}
    for key in keys:
        inner = re.fullmatch(re.escape(name) + r"\[([^\[\]]+)\]", key)
        if inner is None:
            raise DeepObjectUndefined(name, f"the key {key!r}")
        getlist = getattr(location, "getlist", None)
        if getlist is not None and len(getlist(key)) > 1:
            raise DeepObjectUndefined(name, f"the key {key!r} repeated")
        values[inner.group(1)] = location[key]
    return values


class _Styles(StyleDeserializersFactory):
    def create(
        self,
        spec: SchemaPath,
        schema: SchemaPath,
        style: str,
        explode: bool,
        name: str,
    ) -> StyleDeserializer:
        deserializer = super().create(spec, schema, style, explode, name)
        if style == "deepObject":
            deserializer.deserializer_callable = functools.partial(
                _deep_object_loads, object_only=_object_only(schema)
            )
        return deserializer


# ------------------------------------------------------------------------------------------------ multipart


def _style_ignored_in_multipart(spec: SchemaPath) -> bool:
    """Whether the document's OpenAPI version ignores encoding styles outside forms (3.0.x and 3.1.0; 3.1.1
    extends them to multipart)."""
    with spec.resolve() as resolved:
        version = str((resolved.contents or {}).get("openapi", ""))
    numbers = tuple(int(n) for n in re.findall(r"\d+", version)[:3])
    return numbers < (3, 1, 1)


class _MediaTypes(MediaTypeDeserializersFactory):
    def create(self, *args: Any, **kwargs: Any) -> MediaTypeDeserializer:
        deserializer = super().create(*args, **kwargs)
        deserializer.__class__ = _MediaTypeDeserializer
        return deserializer


class _MediaTypeDeserializer(MediaTypeDeserializer):
    def decode_property(
        self,
        prop_name: str,
        prop_schema: SchemaPath,
        location: Mapping[str, Any],
    ) -> Any:
        if (
            self.mimetype.startswith("multipart")
            and self.encoding is not None
            and prop_name in self.encoding
            and _style_ignored_in_multipart(self.spec)
        ):
            # OpenAPI 3.0 and 3.1.0: an encoding's style, explode and allowReserved "SHALL be ignored if the
            # request body media type is not application/x-www-form-urlencoded"; openapi-core applies them.
            return self.decode_property_content_type(
                prop_name, prop_schema, location, self.encoding / prop_name
            )
        return super().decode_property(prop_name, prop_schema, location)

    def decode_property_content_type(
        self,
        prop_name: str,
        prop_schema: SchemaPath,
        location: Mapping[str, Any],
        prop_encoding: SchemaPath | None = None,
    ) -> Any:
        value = super().decode_property_content_type(
            prop_name, prop_schema, location, prop_encoding
        )
        if not self.mimetype.startswith("multipart"):
            return value
        return self._read_part(prop_schema, prop_encoding, value)

    def _read_part(
        self, schema: SchemaPath, encoding: SchemaPath | None, value: Any
    ) -> Any:
        with schema.resolve() as resolved:
            contents = resolved.contents
        if not isinstance(contents, dict):
            return value
        explicit = encoding is not None and "contentType" in encoding
        if (
            isinstance(value, list)
            and contents.get("type") == "array"
            and "items" in contents
            and not explicit
        ):
            # Repeated parts of an array: each read by its items' schema (telegram.org ``sendMediaGroup``'s
            # ``media``, an array of an ``anyOf`` of objects, whose parts openapi-core keeps as bytes).
            return [self._read_part(schema / "items", None, item) for item in value]
        if isinstance(value, bytes) and "type" not in contents and not explicit:
            try:
                text = value.decode("utf-8")
            except UnicodeDecodeError:
                return value
            try:
                parsed = json.loads(text)
            except ValueError:
                parsed = None
            value = parsed if isinstance(parsed, (dict, list)) else text
        elif get_content_type(schema, encoding) != "text/plain":
            return value
        if not isinstance(value, (str, list)):
            return value
        caster = self.style_deserializers_factory.schema_casters_factory.create(
            self.spec, schema
        )
        try:
            return caster.cast(value)
        # Not castable: the value as it arrived, which the validator then judges
        except Exception:  # noqa: BLE001
            return value
