"""The plan of the wire pass: for each operation of a spec, the requests to make and the response to feed back,
as wire-level JSON data (parameter values by location and name, a body by media type), independent of any client.

A plan depends on the spec alone, so it is cached by the spec's content (``wire.py``); mapping it onto a generated
method's keyword arguments is the other half, done per client. Values come from ``wire_data`` (the spec's examples,
else hypothesis-jsonschema) and every one is checked by ``openapi-core``'s own schema validators first.

An operation that cannot be planned because of the spec (a path template naming an undeclared parameter, a schema
no instance satisfies, a dangling ``$ref``) gets a ``defect``; one the harness cannot plan for its own reasons (a
media type the oracle cannot read, no draw found within the budget) gets a ``problem``. Neither is dropped.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from typing import Any

from jsonschema_path import SchemaPath
from openapi_core import OpenAPI
from openapi_core.validation.schemas import (
    oas30_read_schema_validators_factory,
    oas30_write_schema_validators_factory,
    oas31_schema_validators_factory,
)

from wire_data import (
    FORMAT_SEEDS,
    Converter,
    Unsatisfiable,
    draw,
    examples_of,
    header_safe,
    impossible_pattern,
)
from wire_spec import (
    FIELD_VALUE_PATTERN,
    UNRESERVED,
    UNRESERVED_PATTERN,
    at,
    container,
    is_json,
    media_rank,
    opaque,
    plain_strings,
    read_only_whole,
    spellable_fields,
    to_plan_value,
    unspellable,
    xml_media,
)

# What the plan passes for a body or response openapi-core reads as bytes (``wire_spec.opaque``): XML for an XML
# media type (well-formed, so openapi-core's own XML reading accepts it), else bytes no JSON parser reads.
XML_BYTES = b'<?xml version="1.0" encoding="UTF-8"?><wire>test</wire>'
OPAQUE_BYTES = b"wire-test-bytes"


# A concrete type inside a media range a response is documented with.
_IN_RANGE = {
    "image/*": "image/png",
    "audio/*": "audio/mpeg",
    "video/*": "video/mp4",
    "text/*": "text/plain",
    "application/*": "application/octet-stream",
}


def opaque_bytes(media: str) -> bytes:
    """The bytes the plan passes for an opaque body or response of ``media``."""
    return XML_BYTES if xml_media(media) else OPAQUE_BYTES


def _shaped(example: Any, schema: Any) -> bool:
    """Whether an example has the shape a schema without ``type`` describes: an object where it lists
    ``properties``, an array where it gives ``items`` (JSON Schema lets any other value pass, and specs hold
    stringified JSON as examples: ``"{\\n \\"id\\": ..."``); drawn values are so shaped too (``wire_data``).
    """
    if not isinstance(schema, dict) or "type" in schema:
        return True
    if "properties" in schema or "required" in schema:
        return isinstance(example, dict)
    if "items" in schema:
        return isinstance(example, list)
    return True


def _messages(error: Any) -> list[str]:
    """The messages of a jsonschema error and of the errors in its context."""
    found = [str(getattr(error, "message", error))]
    for inner in getattr(error, "context", None) or []:
        found += _messages(inner)
    return found


class Problem(Exception):
    """A part of the plan could not be made; ``defect`` says whether the spec is to blame."""

    def __init__(self, message: str, *, defect: bool) -> None:
        super().__init__(message)
        self.defect = defect


class Planner:
    """Plans the operations of one spec document."""

    def __init__(self, document: dict[str, Any], openapi: OpenAPI, examples: int):
        self.document = document
        self.openapi = openapi
        self.spec: SchemaPath = openapi.spec
        self.examples = examples
        self.converter = Converter(document)
        v30 = str(document.get("openapi", "")).startswith("3.0")
        self.write = (
            oas30_write_schema_validators_factory
            if v30
            else oas31_schema_validators_factory
        )
        self.read = (
            oas30_read_schema_validators_factory
            if v30
            else oas31_schema_validators_factory
        )
        self._draws: dict[str, list[Any]] = {}
        self._read_only_whole = False
        self._unresolved = ""

    # ------------------------------------------------------------------------------------------ values

    def _accept(self, location: SchemaPath, direction: str) -> Callable[[Any], bool]:
        factory = self.write if direction == "request" else self.read
        validator = factory.create(self.spec, location)

        def accept(value: Any) -> bool:
            try:
                validator.validate(value)
            # openapi-core's verdict, whatever its type
            except Exception as exc:  # noqa: BLE001
                errors = list(getattr(exc, "schema_errors", None) or [])
                if any(read_only_whole(e) for e in errors):
                    self._read_only_whole = True
                unresolved = [
                    m
                    for e in errors
                    for m in _messages(e)
                    if "could not be resolved" in m
                ]
                if unresolved:
                    found = re.search(
                        r"reference '[^']*' could not be resolved", unresolved[0]
                    )
                    self._unresolved = found.group(0) if found else unresolved[0][:160]
                return False
            return True

        return accept

    def values(
        self,
        schema: Any,
        location: SchemaPath,
        *,
        direction: str,
        full: bool,
        examples: list[Any],
        count: int,
        extra: Callable[[Any], bool] = lambda v: True,
        prefer: Callable[[Any], bool] = lambda v: True,
        ascii_only: bool = False,
        closed: bool = True,
        label: str = "",
        plain: bool | str = False,
        form: bool = False,
    ) -> list[Any]:
        """Up to ``count`` values for ``schema`` (found at ``location`` of the spec): valid examples first,
        then draws; each accepted by openapi-core and by ``extra``; ``prefer``\\ red ones first. ``plain``
        narrows free-form strings (``wire_spec.plain_strings``; a pattern, or True for URL-unreserved), ``form``
        the fields of an object to values a form can spell (``wire_spec.spellable_fields``).
        """
        accept_oracle = self._accept(location, direction)
        self._read_only_whole = False
        self._unresolved = ""

        def accept(value: Any) -> bool:
            return extra(value) and accept_oracle(value)

        shape = self.converter.resolve(schema)
        impossible = impossible_pattern(shape)
        if impossible is not None:
            raise Problem(
                f"no instance: the pattern {impossible!r} is a regular expression literal with anchors inside its "
                "delimiters: no string matches it",
                defect=True,
            )
        found = [e for e in examples if _shaped(e, shape) and accept(e)]
        seeds = (
            FORMAT_SEEDS.get(str(shape.get("format")), ())
            if isinstance(shape, dict)
            else ()
        )
        if (
            seeds
            and len(found) < count
            and any(k in shape for k in ("minLength", "maxLength", "pattern"))
        ):
            # A format beside length or pattern constraints, which hypothesis' draws of the format rarely meet
            # (unicourt.com's date-times of exactly 25 characters): the seeds first, before slow draws.
            found += [v for v in seeds if v not in found and accept(v)][
                : count - len(found)
            ]
        # From the least narrowed conversion that still gives what was asked for to the least narrowed of all:
        # ``full`` and ``closed`` are the harness's own narrowings, so only when the last one admits nothing
        # does the spec's schema admit nothing.
        modes = [(full, closed, False), (False, closed, False), (False, False, True)]
        # The last resort also admits a null value itself, which a flattened body cannot pass: drawn first,
        # null would hide every field.
        unsatisfiable: Unsatisfiable | None = None
        for mode_full, mode_closed, mode_free in dict.fromkeys(modes):
            if len(found) >= count:
                break
            key = repr(
                (
                    json.dumps(schema, sort_keys=True, default=str),
                    direction,
                    mode_full,
                    mode_closed,
                    mode_free,
                    ascii_only,
                    label,
                    plain,
                    form,
                )
            )
            try:
                cached = self._draws.get(key)
                if cached is not None:
                    # What openapi-core's verdicts on the draws told, as when they were drawn.
                    drawn, read_only, unresolved = cached
                    self._read_only_whole |= read_only
                    self._unresolved = self._unresolved or unresolved
                else:
                    converted = self.converter.convert(
                        schema,
                        direction=direction,
                        full=mode_full,
                        closed=mode_closed,
                        top_null=mode_free,
                        free=mode_free,
                    )
                    if plain:
                        converted = plain_strings(
                            converted,
                            top=True,
                            pattern=(
                                plain if isinstance(plain, str) else UNRESERVED_PATTERN
                            ),
                        )
                    if form:
                        converted = spellable_fields(converted)
                    drawn = draw(converted, count, accept, ascii_only=ascii_only)
                    self._draws[key] = (drawn, self._read_only_whole, self._unresolved)
            except Unsatisfiable as exc:
                unsatisfiable = exc
                continue
            unsatisfiable = None
            found += [v for v in drawn if v not in found]
        if len(found) < count:
            found += self._branches(
                schema, direction, accept, ascii_only, count - len(found)
            )
        if len(found) < count:
            # The seeds of a format, after failed draws.
            found += [v for v in seeds if v not in found and accept(v)][
                : count - len(found)
            ]
        if not found and self._unresolved:
            raise Problem(
                f"a reference of the schema points nowhere (a discriminator mapping?): {self._unresolved}",
                defect=True,
            )
        if not found and self._read_only_whole:
            raise Problem(
                "openapi-core rejects every value: it applies a readOnly schema to the whole request value "
                "(OpenAPI: readOnly is relevant only for properties)",
                defect=False,
            )
        if not found:
            if unsatisfiable is not None:
                raise Problem(
                    f"no instance: {unsatisfiable}", defect=unsatisfiable.certain
                )
            raise Problem(
                "no value found that openapi-core accepts (examples invalid, draws rejected)",
                defect=False,
            )
        found.sort(key=lambda v: not prefer(v))
        return found[:count]

    def _branches(
        self,
        schema: Any,
        direction: str,
        accept: Callable[[Any], bool],
        ascii_only: bool,
        count: int,
    ) -> list[Any]:
        """Draws from each ``oneOf``/``anyOf`` branch alone, each judged against the whole schema: where
        similar branches make hypothesis-jsonschema's own draws match several at once (a ``oneOf`` fails).
        """
        resolved = self.converter.resolve(schema)
        branches = (
            resolved.get("oneOf") or resolved.get("anyOf")
            if isinstance(resolved, dict)
            else None
        )
        found: list[Any] = []
        for branch in branches if isinstance(branches, list) else []:
            siblings = {
                k: v for k, v in resolved.items() if k not in ("oneOf", "anyOf")
            }
            part = {"allOf": [siblings, branch]} if siblings else branch
            try:
                converted = self.converter.convert(
                    part, direction=direction, full=False, closed=True, top_null=False
                )
                found += draw(converted, 1, accept, ascii_only=ascii_only, tries=10)
            except Unsatisfiable:
                continue
            if len(found) >= count:
                break
        return found

    # -------------------------------------------------------------------------------------- an operation

    def parameters(
        self, route: str, method: str
    ) -> list[tuple[SchemaPath, dict[str, Any]]]:
        """The operation's parameters (path item's ones included, the operation's winning), resolved."""
        item = at(self.spec, "paths", route)
        found: dict[tuple[str, str], tuple[SchemaPath, dict[str, Any]]] = {}
        for owner in (item, item / method):
            if "parameters" not in owner:
                continue
            for param in owner / "parameters":
                with param.resolve() as resolved:
                    data = resolved.contents
                if isinstance(data, dict) and "name" in data and "in" in data:
                    found[(str(data["in"]), str(data["name"]))] = (param, data)
        return list(found.values())

    def plan(self, route: str, method: str) -> dict[str, Any]:
        """The plan of one operation: its variants (``full``: every parameter and field; ``required``: the
        required ones), the response to feed back, and any defect or problem met on the way.
        """
        plan: dict[str, Any] = {"variants": [], "response": None}
        operation = at(self.spec, "paths", route, method)
        params = self.parameters(route, method)
        if "#" in route or "?" in route:
            # APIs.guru's conversions tell operations apart with ``/things/{id}#action``: a fragment is never
            # sent, so no request can ever match such a path.
            plan["defect"] = "the path holds '#' or '?': no request can match it"
            return plan
        declared = {d["name"] for _, d in params if d["in"] == "path"}
        for name in re.findall(r"{([^}]+)}", route):
            if name not in declared:
                plan["defect"] = (
                    f"the path names '{{{name}}}', which no parameter declares"
                )
                return plan
        body = self._body_source(operation)
        names = ["full", "required"][: max(1, self.examples)]
        for index, name in enumerate(names):
            try:
                plan["variants"].append(self._variant(name == "full", params, body))
            except Problem as exc:
                plan["defect" if exc.defect else "problem"] = f"{name} request: {exc}"
                return plan
        try:
            plan["response"] = self.response(operation)
        except Problem as exc:
            plan["response_defect" if exc.defect else "response_problem"] = str(exc)
        return plan

    def _variant(
        self,
        full: bool,
        params: list[tuple[SchemaPath, dict[str, Any]]],
        body: tuple[str, SchemaPath, dict[str, Any], bool] | None,
    ) -> dict[str, Any]:
        variant: dict[str, Any] = {"full": full, "params": [], "body": None}
        for path, data in params:
            required = bool(data.get("required")) or data["in"] == "path"
            if not required and not full:
                continue
            try:
                value = self._parameter(path, data, full)
            except Problem as exc:
                if required or not exc.defect:
                    raise
                # An optional parameter that no valid request can carry (its schema admits no value, or no
                # style of OpenAPI serializes it): left out, and said so, the rest of the request still judged.
                variant.setdefault("omitted", []).append(str(exc))
                continue
            variant["params"].append([data["in"], data["name"], value])
        if body is not None:
            media, location, media_data, required = body
            if required or full:
                variant["body"] = {
                    "media": media,
                    "value": self._body(media, location, media_data, full),
                }
        return variant

    def _parameter(self, path: SchemaPath, data: dict[str, Any], full: bool) -> Any:
        where = data["in"]
        if "schema" in data:
            location, schema, holders = path / "schema", data["schema"], [data]
        elif isinstance(data.get("content"), dict) and data["content"]:
            media = next(iter(data["content"]))
            location = at(path, "content", media, "schema")
            schema = data["content"][media].get("schema", {})
            holders = [data, data["content"][media]]
        else:
            raise Problem(
                f"{where} parameter '{data['name']}' has neither schema nor content",
                defect=True,
            )
        resolved = self.converter.resolve(schema)
        items = (
            self.converter.resolve(resolved.get("items"))
            if isinstance(resolved, dict)
            else None
        )
        if "schema" in data and container(items):
            # OpenAPI's styles spell arrays of primitives only: "the behavior for nested objects and arrays is
            # undefined" (3.1.1, style values).
            raise Problem(
                f"{where} parameter '{data['name']}': an array of objects or arrays, which no style of OpenAPI "
                "serializes",
                defect=True,
            )
        examples = examples_of(*holders, resolved)
        empty_allowed = where == "query" and data.get("allowEmptyValue") is True
        nested = lambda v: not isinstance(v, (list, dict)) or all(  # noqa: E731
            not isinstance(i, (list, dict))
            and (not isinstance(i, str) or UNRESERVED.match(i))
            for i in (v.values() if isinstance(v, dict) else v)
        )

        def extra(value: Any) -> bool:
            if value == "" and empty_allowed:
                return True  # ``name=``, which allowEmptyValue declares valid
            if value is None or value == "" or value == [] or value == {}:
                return False  # an empty value is not a value in a URL or header (allowEmptyValue aside)
            if where in ("header", "cookie") and not header_safe(value):
                return False
            if where == "cookie" and any(c in str(value) for c in ';,"\\ \t'):
                return False
            return bool(nested(value))

        def prefer(value: Any) -> bool:
            return where != "path" or bool(UNRESERVED.match(str(value)))

        try:
            values = self.values(
                schema,
                location,
                direction="request",
                full=full,
                examples=examples,
                count=1,
                extra=extra,
                prefer=prefer,
                ascii_only=True,
                # Delimiters inside array items and object values (``,``, ``|``, ``=``...) cannot round-trip
                # through every style; the conformance tests cover escaping, the corpus covers the rest. A
                # header's own value is any field-value (RFC 9110 5.5), not a URL's.
                plain=(
                    FIELD_VALUE_PATTERN
                    if where == "header"
                    else where != "query" or container(resolved)
                ),
                label=where,
            )
        except Problem as exc:
            raise Problem(
                f"{where} parameter '{data['name']}': {exc}", defect=exc.defect
            ) from None
        return values[0]

    def _body_source(
        self, operation: SchemaPath
    ) -> tuple[str, SchemaPath, dict[str, Any], bool] | None:
        if "requestBody" not in operation:
            return None
        request_body = operation / "requestBody"
        with request_body.resolve() as resolved:
            data = resolved.contents
        content = data.get("content") if isinstance(data, dict) else None
        if not isinstance(content, dict) or not content:
            return None
        media = sorted(content, key=media_rank)[0]
        return (
            media,
            at(request_body, "content", media),
            content[media] or {},
            bool(data.get("required")),
        )

    def _body(
        self, media: str, location: SchemaPath, data: dict[str, Any], full: bool
    ) -> Any:
        schema = data.get("schema")
        resolved = self.converter.resolve(schema) if schema is not None else None
        base = media.split(";")[0].strip().lower()
        if not base:
            raise Problem("the body's media type key is empty", defect=True)
        binary = isinstance(resolved, dict) and resolved.get("format") == "binary"
        kind = resolved.get("type") if isinstance(resolved, dict) else None
        kinds = kind if isinstance(kind, list) else [kind]
        if base.startswith("multipart/") and kind is not None and "object" not in kinds:
            # spoonacular.com ``POST /recipes/visualizeRecipe`` (``type: string``), codat.io's attachments
            # (``format: binary``). A multipart body is parts, which OpenAPI describes as the properties of an
            # object schema; the generator degrades it (with a warning) to a mapping of part names to values,
            # which no value of this schema is.
            raise Problem(
                f"a {base} body of a non-object schema: it has no parts to send (the generator warns and takes "
                "a mapping of parts)",
                defect=True,
            )
        if schema is None or binary or opaque(base):
            # Bytes, whatever the schema: openapi-core reads such a body as bytes (or an XML element) that no
            # JSON Schema of data describes; the judge checks the media type and that these very bytes arrive.
            return to_plan_value(opaque_bytes(base))
        textual = base.startswith("text/")
        form = base.startswith(("multipart/", "application/x-www-form-urlencoded"))
        try:
            return self.values(
                schema,
                location / "schema",
                direction="request",
                full=full,
                examples=examples_of(data, resolved),
                count=1,
                closed=True,
                # An empty text body is no body on the wire (openapi-core: "Missing required request body").
                extra=(lambda v: v != "") if textual else (lambda v: True),
                form=form,
            )[0]
        except Problem as exc:
            raise Problem(f"{base} body: {exc}", defect=exc.defect) from None

    def response(self, operation: SchemaPath) -> dict[str, Any]:
        """The success response to feed back: the lowest 2xx documented (else ``2XX``, else ``default``)."""
        with (operation / "responses").resolve() as resolved:
            responses = resolved.contents if isinstance(resolved.contents, dict) else {}
        codes = sorted(c for c in map(str, responses) if re.fullmatch(r"2\d\d", c))
        code = (
            codes[0]
            if codes
            else (
                "2XX"
                if "2XX" in responses
                else ("default" if "default" in responses else None)
            )
        )
        if code is None:
            raise Problem(
                "no success response is documented (no 2xx, no default)", defect=True
            )
        status = int(code) if code.isdigit() else 200
        location = at(operation, "responses", code)
        with location.resolve() as resolved:
            data = resolved.contents if isinstance(resolved.contents, dict) else {}
        reply: dict[str, Any] = {
            "status": status,
            "code": code,
            "headers": {},
            "media": "",
            "body": None,
        }
        for name, header in (data.get("headers") or {}).items():
            header = self.converter.resolve(header)
            if (
                not isinstance(header, dict)
                or not header.get("required")
                or name.lower() == "content-type"
            ):
                continue
            value = self.values(
                header.get("schema", {}),
                at(location, "headers", name, "schema"),
                direction="response",
                full=False,
                examples=examples_of(header),
                count=1,
                extra=lambda v: not isinstance(v, (list, dict))
                and header_safe(str(v))
                and v != "",
            )[0]
            reply["headers"][name] = (
                str(value).lower() if isinstance(value, bool) else str(value)
            )
        content = data.get("content")
        if isinstance(content, dict) and not content:
            # ``content: {}`` documents no body, but openapi-core then demands one ("Missing response data"):
            # the oracle cannot judge this response, the decoding of an empty one is still checked.
            reply["unjudged"] = "openapi-core demands a body for an empty content map"
        if status == 204 and isinstance(content, dict) and content:
            # HTTP forbids a 204 body; openapi-core demands the documented one: its verdict is not asked.
            reply["unjudged"] = "a 204 response that documents content"
        if status == 204 or not isinstance(content, dict) or not content:
            return reply
        media = sorted(content, key=media_rank)[0]
        media_data = content[media] or {}
        schema = media_data.get("schema")
        base = media.split(";")[0].strip().lower()
        # The key as written, parameters included: openapi-core finds a key with parameters only so spelled. A
        # range (``audio/*``) gets a type in it (JSON for ``*/*``, which the pass reads as JSON).
        concrete = (
            (
                "application/json"
                if is_json(base)
                else _IN_RANGE.get(base, base.replace("*", "x-wire-test"))
            )
            if "*" in base
            else media.strip()
        )
        reply["media"] = concrete
        resolved = self.converter.resolve(schema) if schema is not None else None
        if schema is None and is_json(base):
            reply["body"] = {}
            return reply
        if schema is None or not is_json(base):
            textual = base in ("text/plain", "text/html")
            if (
                textual
                and isinstance(resolved, dict)
                and resolved.get("type") not in ("string", None)
            ):
                raise Problem(
                    f"a {base} response of a non-string schema: the oracle cannot read it",
                    defect=False,
                )
            # Raw content: text for plain text and HTML (which openapi-core reads as a string), else bytes
            # (XML for an XML type), which openapi-core reads as bytes or an XML element whatever the schema:
            # the judge does not ask the schema of them (wire_judge), the client must return them as given.
            reply["body"] = to_plan_value(
                b"wire test text" if textual else opaque_bytes(base)
            )
            reply["raw"] = True
            if base.startswith(("multipart/", "application/x-www-form-urlencoded")):
                # Raw bytes are no form or multipart document (no boundary): openapi-core's verdict is not
                # asked (its multipart reader asserts), the bytes returned still are.
                reply["unjudged"] = (
                    f"openapi-core cannot read raw bytes as a {base} response"
                )
            return reply
        try:
            reply["body"] = self.values(
                schema,
                at(location, "content", media, "schema"),
                direction="response",
                full=True,
                examples=examples_of(media_data, resolved),
                count=1,
                closed=True,  # undeclared fields add time, not much of a test: models keep them anyway
            )[0]
        except Problem as exc:
            raise Problem(f"{base} response {code}: {exc}", defect=exc.defect) from None
        return reply
