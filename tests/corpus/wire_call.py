"""The calling half of the wire pass: a generated sync client over ``httpx.MockTransport``, a plan's wire values
turned into the keyword arguments of its methods (through the package's ``.api.json``, converted to the declared
Python types as a caller would pass them), and openapi-core's verdicts on what went over the wire, classified.

``classify`` tells a client defect (``fail``: the request is not what the spec says, whatever the value given)
from a case where openapi-core itself is wrong (``harness``), with the evidence in the detail. Used by
``wire.py``'s worker; never imports the generator.
"""

from __future__ import annotations

import collections.abc
import contextlib
import importlib
import inspect
import json
import re
import sys
import types
import typing
from pathlib import Path
from typing import Any

from wire_data import Converter
from wire_judge import IGNORED_HEADERS, deep_object_problem, judge, judge_alone
from wire_spec import from_plan_value, opaque, unspellable, xml_media

FALLBACK_URL = "https://api.example.test"
# Client options that are not credentials (everything else of the constructor gets a dummy credential).
_OPTIONS = {
    "self",
    "base_url",
    "timeout",
    "max_retries",
    "default_headers",
    "default_query",
    "http_client",
}
_IGNORED_HEADERS = IGNORED_HEADERS
# Headers that frame the body: the generator leaves them to the HTTP client (which always sends the body's
# real length), so a method has no argument for them.
_FRAMING_HEADERS = frozenset({"content-length", "transfer-encoding"})
# What a URI's path may hold besides percent-escapes (RFC 3986 pchar and '/'), and template braces.
_URI_PATH = re.compile(r"^[A-Za-z0-9\-._~!$&'()*+,;=:@/{}%]*$")


class OperationTimeout(BaseException):
    """An operation over its time limit (a BaseException, so hypothesis and the client let it through)."""


def first_line(exc: BaseException) -> str:
    """``Type: the first line of the message``."""
    text = str(exc).strip().splitlines()
    return f"{type(exc).__name__}: {text[0][:300] if text else ''}"


# ------------------------------------------------------------------------------------------------ exercising


def base_url(document: dict[str, Any]) -> str:
    """The spec's first server, its variables at their defaults, made absolute."""
    from urllib.parse import urljoin

    servers = document.get("servers")
    server = (
        servers[0]
        if isinstance(servers, list) and servers and isinstance(servers[0], dict)
        else {}
    )
    url = str(server.get("url") or "/")
    for name, variable in (server.get("variables") or {}).items():
        if isinstance(variable, dict):
            url = url.replace("{" + name + "}", str(variable.get("default", "")))
    # absolute: as written (urljoin would read a '//' left by a variable as a host)
    if "://" in url:
        return url.rstrip("/")
    return urljoin(FALLBACK_URL + "/", url).rstrip("/") or FALLBACK_URL


def _client_class(package: types.ModuleType) -> type:
    from_base = importlib.import_module(f"{package.__name__}._base_client")
    for name in getattr(package, "__all__", []):
        candidate = getattr(package, name, None)
        if isinstance(candidate, type) and issubclass(
            candidate, from_base.SyncAPIClient
        ):
            return candidate
    raise LookupError("no sync client class in the package's __all__")


def make_client(package: types.ModuleType, url: str, handler: Any) -> Any:
    """The sync client, its HTTP going to ``handler``, with a dummy value for every credential it takes."""
    import httpx

    cls = _client_class(package)
    credentials: dict[str, Any] = {}
    for name, parameter in inspect.signature(cls.__init__).parameters.items():
        if name in _OPTIONS or parameter.kind in (
            parameter.VAR_KEYWORD,
            parameter.VAR_POSITIONAL,
        ):
            continue
        credentials[name] = (
            "user"
            if "user" in name
            else ("s3cret-pw" if "pass" in name else "wire-test-key")
        )
    http = httpx.Client(transport=httpx.MockTransport(handler))
    return cls(base_url=url, max_retries=0, http_client=http, **credentials)


def _without_not_given(annotation: Any, depth: int = 0) -> Any:
    """The annotation as ``convert`` builds values of it: without ``NotGiven``, and without the TypedDict of a
    union that also takes its model (``Model | ModelParam``), at any depth. pydantic's smart union would pick
    the TypedDict, which drops the keys it does not declare; the model keeps them, as a caller's plain dict
    would (the TypedDict is a static type only: at run time the client sends a dict as it is).
    """
    import pydantic
    from typing_extensions import is_typeddict

    if depth > 16:
        return annotation
    origin, args = typing.get_origin(annotation), typing.get_args(annotation)
    if origin in (typing.Union, types.UnionType) and args:
        kept = [a for a in args if getattr(a, "__name__", "") != "NotGiven"]
        if any(isinstance(a, type) and issubclass(a, pydantic.BaseModel) for a in kept):
            kept = [a for a in kept if not is_typeddict(a)] or kept
        kept = [_without_not_given(a, depth + 1) for a in kept]
        return typing.Union[tuple(kept)] if len(kept) > 1 else kept[0]  # type: ignore[return-value]
    if (
        origin in (list, dict, collections.abc.Sequence, collections.abc.Mapping)
        and args
    ):
        with contextlib.suppress(TypeError):
            return origin[tuple(_without_not_given(a, depth + 1) for a in args)]
    return annotation


def convert(annotation: Any, value: Any) -> Any:
    """``value`` (JSON data) as the declared type, as a caller would pass it; the value itself when pydantic
    cannot build that type (files, IO). ``pydantic.ValidationError`` when the type rejects it.
    """
    import pydantic

    if annotation is None:
        return value
    try:
        adapter = pydantic.TypeAdapter(_without_not_given(annotation))
    # A type pydantic cannot validate (IO, files): passed as is
    except Exception:  # noqa: BLE001
        return value
    return adapter.validate_python(value)


def conforms(value: Any, annotation: Any, depth: int = 0) -> bool:
    """Whether ``value`` is of the declared return type, at the top level (members of a union, origin classes
    of generics); an annotation it cannot read counts as conforming."""
    if annotation is Any or depth > 8:
        return True
    if annotation is None or annotation is type(None):
        return value is None
    origin = typing.get_origin(annotation)
    if origin in (typing.Union, types.UnionType):
        return any(conforms(value, a, depth + 1) for a in typing.get_args(annotation))
    if origin is typing.Literal:
        return value in typing.get_args(annotation)
    if origin is typing.Annotated:
        return conforms(value, typing.get_args(annotation)[0], depth + 1)
    target = origin if isinstance(origin, type) else annotation
    if isinstance(target, type):
        with contextlib.suppress(TypeError):
            return isinstance(value, target) or (
                target is float and isinstance(value, int)
            )
    return True


# --------------------------------------------------------------------------------------------- classification


def family(media: str) -> str:
    """A media type's family for failure kinds: json, form, multipart, or the type itself."""
    base = media.split(";")[0].strip().lower()
    if base.endswith("json"):
        return "json"
    if base == "application/x-www-form-urlencoded":
        return "form"
    return "multipart" if base.startswith("multipart/") else base


def classify(
    error: BaseException,
    document: dict[str, Any],
    sent: Any,
    body_media: str | None,
    route: str = "",
    method: str = "",
) -> tuple[str, str, str]:
    """(outcome, kind, detail) of one openapi-core request error: ``fail`` for a client defect, ``defect`` where
    the spec is at fault, ``harness`` where openapi-core itself is wrong (with why) or raised something it should
    not. ``route`` and ``method`` name the operation (for the spec's side of the evidence).
    """
    from openapi_core.templating.media_types.exceptions import MediaTypeNotFound
    from openapi_core.templating.paths.exceptions import PathError
    from openapi_core.validation.request import exceptions as request_errors
    from openapi_core.validation.schemas.exceptions import InvalidSchemaValue

    cause = error.__cause__
    detail = f"{type(error).__name__}: {error}"
    schema_errors = getattr(cause, "schema_errors", None)
    if schema_errors:
        detail += " | " + "; ".join(
            getattr(e, "message", str(e))[:160] for e in list(schema_errors)[:2]
        )
    deep = deep_object_problem(cause)
    if deep is not None:
        detail += f" | {deep}"
    detail = detail[:500]
    if deep is not None:
        return deep.outcome, deep.reason, detail
    if isinstance(error, PathError):
        if type(error).__name__ == "ServerNotFound" and _slash_variable(document):
            return (
                "harness",
                "openapi-core: a server variable holding '/' never matches",
                detail,
            )
        if type(error).__name__ == "ServerNotFound" and _scheme_relative(document):
            return (
                "harness",
                "openapi-core: a scheme-relative server URL never matches",
                detail,
            )
        if type(error).__name__ == "PathNotFound" and not _URI_PATH.match(route):
            # A character no URI holds (``/dossier"``): the client must percent-encode it, and openapi-core
            # compares the template with the encoded path as strings.
            return (
                "defect",
                "the path holds a character a URI cannot carry (RFC 3986): no request can match it",
                detail,
            )
        return "fail", "URL (server or path)", detail
    if isinstance(error, request_errors.SecurityValidationError):
        if _bearer_case(document, sent):
            return (
                "harness",
                "openapi-core: HTTP auth scheme compared case-sensitively",
                detail,
            )
        return "fail", "security", detail
    if isinstance(error, request_errors.MissingRequiredParameter):
        return "fail", f"{error.location} parameter missing", detail
    if isinstance(error, request_errors.ParameterValidationError):
        location = getattr(error, "location", "?")
        # a valid value given, an invalid one arrived
        if isinstance(cause, InvalidSchemaValue):
            if not _on_the_wire(sent, location, getattr(error, "name", "")):
                default = _parameter(document, route, method, location, error.name)
                schema = (default or {}).get("schema") or {}
                if isinstance(schema, dict) and "default" in schema:
                    # openapi-core validates an absent parameter's default in its place: the spec's default
                    # does not satisfy the spec's own schema.
                    return (
                        "defect",
                        "a parameter's default does not satisfy its schema (openapi-core judges the default "
                        "of an absent parameter)",
                        f"{detail} | default {schema['default']!r}",
                    )
            return "fail", f"{location} parameter arrives altered", detail
        return "fail", f"{location} parameter style", detail
    if isinstance(error, request_errors.MissingRequiredRequestBody):
        return "fail", "body missing", detail
    if isinstance(error, request_errors.RequestBodyValidationError):
        if body_media is None:
            return "fail", "body sent though none was given", detail
        if isinstance(cause, MediaTypeNotFound):
            sent_base = str(cause.mimetype or "").split(";")[0].strip().lower()
            bases = {
                str(m).split(";")[0].strip().lower() for m in cause.availableMimetypes
            }
            if sent_base in bases:
                # The spec's key carries parameters (``application/json; charset=utf-8``), which openapi-core
                # matches only as spelled: the client sent the type without them.
                return "fail", "content type parameters differ from the spec's", detail
            return "fail", f"content type (a {family(body_media)} body)", detail
        kind = family(body_media)
        if kind in ("form", "multipart") and not _object_body(
            document, route, method, body_media
        ):
            # openapi-core reads a form or multipart body as the properties of its schema: with a schema that
            # is not an object's (``type: string``), whatever was sent becomes ``{}``, "not of type string".
            return (
                "harness",
                "openapi-core: a form or multipart body of a non-object schema is read as {}",
                detail,
            )
        if isinstance(cause, InvalidSchemaValue):
            # The value given was valid (wire_plan checked it): what arrived is not that value.
            return "fail", f"{kind} body arrives altered", detail
        return "fail", f"{kind} body encoding", detail
    return "harness", f"openapi-core error: {type(error).__name__}", detail


def _null_form_fields(body: dict[str, Any] | None) -> list[str]:
    """The fields of a form or multipart body whose planned value no form can spell (``unspellable``), at any
    depth of its objects (``cart.line_items``)."""
    if not body or family(str(body.get("media", ""))) not in ("form", "multipart"):
        return []
    found: list[str] = []

    def walk(value: dict[str, Any], prefix: str) -> None:
        for key, item in value.items():
            name = f"{prefix}{key}"
            if unspellable(item):
                found.append(name)
            elif isinstance(item, dict):
                walk(item, name + ".")

    if isinstance(body.get("value"), dict):
        walk(body["value"], "")
    return found


def _only_missing(problem: BaseException, fields: list[str]) -> bool:
    """Whether openapi-core's whole complaint about a body is the absence of ``fields`` (planned values no
    form can spell): a missing body (the caller checks that nothing else was planned), or only required
    properties so named."""
    from openapi_core.validation.request import exceptions as request_errors

    if not fields:
        return False
    if isinstance(problem, request_errors.MissingRequiredRequestBody):
        return True
    errors = list(getattr(problem.__cause__, "schema_errors", None) or [])
    names = {field.rsplit(".", 1)[-1] for field in fields}
    return bool(errors) and all(
        getattr(e, "validator", "") == "required"
        and any(f"{name!r} is a required property" == e.message for name in names)
        for e in errors
    )


def _on_the_wire(sent: Any, location: str, name: str) -> bool:
    """Whether a parameter is in the request at all (a query key ``name`` or ``name[...]``, a header, a
    cookie; a path parameter always is)."""
    import urllib.parse

    if location == "query":
        keys = {
            k for k, _ in urllib.parse.parse_qsl(sent.query, keep_blank_values=True)
        }
        return any(k == name or k.startswith(name + "[") for k in keys)
    if location == "header":
        return name in sent.headers
    if location == "cookie":
        return name in sent.cookies
    return True


def _operation(document: dict[str, Any], route: str, method: str) -> dict[str, Any]:
    converter = Converter(document)
    item = converter.resolve((document.get("paths") or {}).get(route))
    if not isinstance(item, dict):
        return {}
    operation = converter.resolve(item.get(method.lower()))
    return {"_item": item, **operation} if isinstance(operation, dict) else {}


def _parameter(
    document: dict[str, Any], route: str, method: str, location: str, name: str
) -> dict[str, Any] | None:
    """The operation's parameter (the path item's ones included), resolved."""
    converter = Converter(document)
    operation = _operation(document, route, method)
    found = None
    for owner in (operation.get("_item") or {}, operation):
        for parameter in owner.get("parameters") or []:
            with contextlib.suppress(KeyError):
                data = converter.resolve(parameter)
                if isinstance(data, dict) and (data.get("in"), data.get("name")) == (
                    location,
                    name,
                ):
                    found = data
    return found


def _body_schema(document: dict[str, Any], route: str, method: str, media: str) -> Any:
    converter = Converter(document)
    try:
        body = converter.resolve(_operation(document, route, method).get("requestBody"))
        content = (body or {}).get("content") or {}
        return converter.resolve((content.get(media) or {}).get("schema"))
    except KeyError:
        return None


def _object_body(document: dict[str, Any], route: str, method: str, media: str) -> bool:
    """Whether a body's schema may be an object's (true where it cannot be told)."""
    schema = _body_schema(document, route, method, media)
    if not isinstance(schema, dict):
        return schema is None or schema is True
    kind = schema.get("type")
    kinds = kind if isinstance(kind, list) else [kind]
    return kind is None or "object" in kinds


def declared_properties(
    document: dict[str, Any], route: str, method: str, media: str
) -> set[str] | None:
    """The property names a body's schema declares (through ``allOf``, ``anyOf`` and ``oneOf``); ``None`` when
    it cannot be told (no schema)."""
    converter = Converter(document)
    found: set[str] = set()

    def walk(node: Any, depth: int) -> None:
        with contextlib.suppress(KeyError):
            node = converter.resolve(node)
            if not isinstance(node, dict) or depth > 8:
                return
            found.update(str(k) for k in node.get("properties") or {})
            for key in ("allOf", "anyOf", "oneOf"):
                for part in node.get(key) or []:
                    walk(part, depth + 1)

    schema = _body_schema(document, route, method, media)
    if schema is None:
        return None
    walk(schema, 0)
    return found


def _scheme_relative(document: dict[str, Any]) -> bool:
    """Whether the spec's first server is scheme-relative (``//api.abr.ato.gov.au/``): openapi-core takes it
    for absolute and compares ``//api...`` with ``https://api...`` as strings, so no request finds it (the
    client resolves it to ``https://``, as a browser would)."""
    servers = document.get("servers")
    first = servers[0] if isinstance(servers, list) and servers else {}
    return isinstance(first, dict) and str(first.get("url", "")).startswith("//")


def _slash_variable(document: dict[str, Any]) -> bool:
    """Whether a server of the spec has a variable whose default holds ``/`` (``https://api.ebay.com{basePath}``):
    openapi-core matches a server variable within one path segment only, so no request finds that server.
    """
    servers = list(document.get("servers") or [])
    for item in (document.get("paths") or {}).values():
        if isinstance(item, dict):
            servers += item.get("servers") or []
            servers += [
                s
                for op in item.values()
                if isinstance(op, dict)
                for s in op.get("servers") or []
            ]
    return any(
        isinstance(v, dict) and "/" in str(v.get("default", ""))
        for server in servers
        if isinstance(server, dict)
        for v in (server.get("variables") or {}).values()
    )


def _bearer_case(document: dict[str, Any], sent: Any) -> bool:
    """openapi-core compares ``Authorization``'s scheme, lowered, with the spec's ``scheme`` as written, so a
    spec saying ``Bearer`` fails every request (RFC 7235: the scheme is case-insensitive).
    """
    header = sent.headers.get("authorization", "")
    schemes = (document.get("components") or {}).get("securitySchemes") or {}
    for scheme in schemes.values():
        if isinstance(scheme, dict) and scheme.get("type") == "http":
            written = str(scheme.get("scheme", ""))
            if written != written.lower() and header.lower().startswith(
                written.lower() + " "
            ):
                return True
    return False


# ------------------------------------------------------------------------------------------------ the worker


class Exerciser:
    """Calls the operations of one generated package and judges them."""

    def __init__(self, document: dict[str, Any], out: Path, package: str) -> None:
        self.document = document
        self.openapi = judge(document)
        sys.path.insert(0, str(out))
        self.package = importlib.import_module(package)
        snapshot = json.loads((out / package / ".api.json").read_text(encoding="utf-8"))
        self.methods = {
            m["http"]: (key, m) for key, m in snapshot.get("methods", {}).items()
        }
        self.url = base_url(document)
        self.reply: Any = None
        self.sent: list[Any] = []
        self.client = make_client(self.package, self.url, self._handle)
        self._alone: dict[str, Any] = {}

    def _handle(self, request: Any) -> Any:
        from tests.conformance.oracle import Sent

        self.sent.append(
            Sent(request.method, request.url, request.headers, request.read())
        )
        return self.reply.to_httpx(request)

    def exercise(self, name: str, plan: dict[str, Any]) -> dict[str, Any]:
        """The outcome of one operation (see the module's docstring)."""
        if plan.get("defect"):
            return {"outcome": "defect", "reason": plan["defect"]}
        if plan.get("problem"):
            return {"outcome": "harness", "reason": plan["problem"]}
        entry = self.methods.get(name)
        if entry is None:
            return {
                "outcome": "fail",
                "kinds": ["method missing"],
                "detail": "no method of the client has this operation",
            }
        key, method_info = entry
        *resource_path, method_name = key.split(".")
        target: Any = self.client
        for part in resource_path:
            target = getattr(target, part)
        method = getattr(target, method_name)
        try:
            hints = typing.get_type_hints(method)
        # Unresolvable annotations: values go as JSON data
        except Exception:  # noqa: BLE001
            hints = {}
        failures: list[tuple[str, str]] = []
        notes: list[tuple[str, str, str]] = []
        for variant in plan["variants"]:
            blocked = self._variant(
                name, plan, variant, method, method_info, hints, failures, notes
            )
            if failures or blocked:
                break
        if failures:
            kinds = list(dict.fromkeys(k for k, _ in failures))
            return {"outcome": "fail", "kinds": kinds, "detail": failures[0][1]}
        omitted = [o for v in plan["variants"] for o in v.get("omitted") or []]
        if notes:
            # The spec's defects first: what the spec keeps from being judged is not the oracle's to fix.
            outcome, reason, detail = sorted(notes, key=lambda n: n[0] != "defect")[0]
            return {"outcome": outcome, "reason": reason, "detail": detail}
        if plan.get("response_defect"):
            return {
                "outcome": "defect",
                "reason": "response: " + plan["response_defect"],
            }
        if plan.get("response_problem"):
            return {
                "outcome": "harness",
                "reason": "response: " + plan["response_problem"],
            }
        if omitted:
            # Passed, without the optional parameters no valid request can carry (``wire_plan``): the report
            # counts these apart.
            return {"outcome": "pass", "omitted": list(dict.fromkeys(omitted))}
        return {"outcome": "pass"}

    def _matched(self, core_request: Any, openapi: Any = None) -> str:
        """The path template openapi-core finds for a request ("" when it finds none: its errors tell)."""
        with contextlib.suppress(Exception):
            found = (openapi or self.openapi).request_validator._find_path(core_request)
            return str(found.path_result.pattern)
        return ""

    def _oracle_for(self, route: str, core_request: Any) -> Any:
        """The judge of a request for ``route``'s operation: the whole spec's, unless openapi-core takes the
        request for another path's; then the spec with ``route`` alone, when that path matches the request
        (``wire_judge``, 8), else None."""
        matched = self._matched(core_request)
        if not matched or matched == route:
            return self.openapi
        if route not in self._alone:
            self._alone[route] = judge_alone(self.document, route)
        alone = self._alone[route]
        return alone if self._matched(core_request, alone) == route else None

    def _arguments(
        self,
        variant: dict[str, Any],
        info: dict[str, Any],
        hints: dict[str, Any],
        failures: list[tuple[str, str]],
        route: str = "",
        http_method: str = "",
    ) -> dict[str, Any] | None:
        """The method's keyword arguments for a variant; ``None`` (with a failure) when the method has no
        argument for a value. A body field the body's schema does not declare (a property of the spec's example,
        a ``required`` name missing from ``properties``) goes in ``extra_body``, as a caller would send one.
        """
        import pydantic

        params = info.get("params", {})
        by_wire = {
            (p["in"], p["wire"].lower() if p["in"] == "header" else p["wire"]): python
            for python, p in params.items()
        }
        whole_body = next(
            (
                python
                for python, p in params.items()
                if p["in"] == "body" and not p["wire"]
            ),
            None,
        )
        raw: dict[str, Any] = {}
        extra: dict[str, Any] = {}
        for where, wire, value in variant["params"]:
            python = by_wire.get((where, wire.lower() if where == "header" else wire))
            if python is None:
                if (
                    where == "header"
                    and wire.lower() in _IGNORED_HEADERS | _FRAMING_HEADERS
                ):
                    continue
                failures.append(
                    (
                        f"{where} parameter not in the method",
                        f"{where} parameter {wire!r} has no argument",
                    )
                )
                return None
            raw[python] = from_plan_value(value)
        body = variant.get("body")
        if body is not None:
            value = from_plan_value(body["value"])
            if whole_body is not None:
                raw[whole_body] = value
            elif isinstance(value, dict):
                declared = declared_properties(
                    self.document, route, http_method, body["media"]
                )
                for wire, item in value.items():
                    python = by_wire.get(("body", wire))
                    if python is None and declared is not None and wire not in declared:
                        extra[wire] = item
                        continue
                    if python is None:
                        failures.append(
                            (
                                "body field not in the method",
                                f"body field {wire!r} has no argument",
                            )
                        )
                        return None
                    raw[python] = item
            elif value is not None and not isinstance(value, bytes):
                failures.append(
                    (
                        "body not in the method",
                        f"a {body['media']} body, and the method takes none",
                    )
                )
                return None
        arguments: dict[str, Any] = {}
        for python, value in raw.items():
            try:
                arguments[python] = convert(hints.get(python), value)
            except pydantic.ValidationError as exc:
                problem = exc.errors()[0]
                failures.append(
                    (
                        "argument type rejects a valid value",
                        f"{python}: {hints.get(python)}: {problem['msg']} at {problem['loc']}"[
                            :400
                        ],
                    )
                )
                return None
        if extra:
            arguments["extra_body"] = extra
        return arguments

    def _variant(
        self,
        name: str,
        plan: dict[str, Any],
        variant: dict[str, Any],
        method: Any,
        info: dict[str, Any],
        hints: dict[str, Any],
        failures: list[tuple[str, str]],
        notes: list[tuple[str, str, str]],
    ) -> bool:
        """Call one variant and judge it: client defects go to ``failures``, what the oracle could not judge to
        ``notes`` (outcome ``defect`` or ``harness``, reason, detail). A note on one part of the request (a
        parameter, the body) leaves the rest judged, the response too; True when nothing of the request could
        be judged (no path or server found, openapi-core broke), so that nothing more is asked of it.
        """
        from openapi_core.templating.paths.exceptions import PathError

        from tests.conformance.oracle import CoreRequest, CoreResponse

        http_method, route = name.split(" ", 1)
        label = "full" if variant.get("full") else "required"
        nulls = _null_form_fields(variant.get("body"))
        body_value = (variant.get("body") or {}).get("value")
        arguments = self._arguments(variant, info, hints, failures, route, http_method)
        if arguments is None:
            return True
        self.reply = _reply(plan.get("response"), http_method)
        self.sent = []
        try:
            result = method(**arguments)
            error: BaseException | None = None
        except (OperationTimeout, KeyboardInterrupt):
            raise
        # Every failure of the call is a finding
        except BaseException as exc:  # noqa: BLE001
            result, error = None, exc
        if not self.sent:
            failures.append(
                (
                    "call failed before sending",
                    f"{label}: {first_line(error) if error else 'no request was sent'}",
                )
            )
            return True
        core_request = CoreRequest(self.sent[0])
        openapi = self._oracle_for(route, core_request)
        if openapi is None:
            # openapi-core takes the request for another path's, and the operation's own does not match it.
            matched = self._matched(core_request)
            notes.append(
                (
                    "harness",
                    "openapi-core matched another path",
                    f"{label}: {self.sent[0].path} taken as {matched}",
                )
            )
            return True
        try:
            problems = list(openapi.request_validator.iter_errors(core_request))
        except (
            Exception
        ) as exc:  # noqa: BLE001 - the oracle itself broke on this operation
            notes.append(
                (
                    "harness",
                    "openapi-core raised while validating",
                    f"{label}: {first_line(exc)}",
                )
            )
            return True
        given = {
            (p[0], p[1].lower() if p[0] == "header" else p[1])
            for p in variant["params"]
        }
        for problem in problems:
            outcome, kind, detail = classify(
                problem,
                self.document,
                self.sent[0],
                (variant.get("body") or {}).get("media"),
                route,
                http_method,
            )
            where, wire = getattr(problem, "location", ""), getattr(problem, "name", "")
            key = (where, wire.lower() if where == "header" else wire)
            if where == "header" and wire.lower() in _IGNORED_HEADERS:
                # OpenAPI: a header parameter so named SHALL be ignored; the judging copy has none
                # (wire_judge), so this is only a safety net.
                outcome, kind = (
                    "harness",
                    "openapi-core: judges a header parameter OpenAPI ignores",
                )
            elif (
                where
                and wire
                and key not in given
                and outcome == "fail"
                and not kind.endswith("missing")
            ):
                # Not given, yet sent (a default of the spec put in by the client, for instance).
                kind = f"{where} parameter sent though not given"
            if (
                outcome == "fail"
                and _only_missing(problem, nulls)
                and (kind != "body missing" or unspellable(body_value))
            ):
                # A form or multipart body has no spelling of null or of an empty array: the client leaves the
                # field out (RFC 6570, the base of OpenAPI's styles, omits undefined values), and openapi-core
                # then misses a required one.
                outcome, kind = (
                    "harness",
                    "the plan drew null or an empty array for a required form or multipart field, which no "
                    "form can spell",
                )
                detail = f"{', '.join(nulls)} | {detail}"
            if outcome == "fail":
                failures.append((kind, f"{label}: {detail}"))
            else:
                notes.append((outcome, kind, f"{label}: {detail}"))
        if any(isinstance(p, PathError) for p in problems):
            return True
        failures += _opaque_body_problems(variant.get("body"), self.sent[0], label)
        response = plan.get("response")
        if failures or response is None:
            return False
        response_errors = []
        # where openapi-core cannot judge it (wire_plan says why)
        if not response.get("unjudged"):
            response_errors = list(
                openapi.response_validator.iter_errors(
                    core_request, CoreResponse(self.reply)
                )
            )
        if response_errors:
            notes.append(
                (
                    "harness",
                    "fed-back response rejected by openapi-core",
                    first_line(response_errors[0]),
                )
            )
            return False
        if error is not None:
            failures.append(("response decode", f"{label}: {first_line(error)}"))
            return False
        expected = hints.get("return", Any)
        if response.get("raw") and response.get("media") and http_method != "HEAD":
            returned = _raw_mismatch(result, from_plan_value(response["body"]))
            if returned:
                failures.append(
                    (
                        "response decode",
                        f"{label}: a {response['media']} response of {len(from_plan_value(response['body']))} "
                        f"bytes came back as {returned}",
                    )
                )
                return False
        if not conforms(result, expected):
            failures.append(
                (
                    "response type",
                    f"{label}: got {type(result).__name__}, declared {expected}",
                )
            )
        return False


def _opaque_body_problems(
    body: dict[str, Any] | None, sent: Any, label: str
) -> list[tuple[str, str]]:
    """What openapi-core does not judge of a request whose body is opaque (``wire_judge``, 5): its Content-Type
    must be the media type planned and its body the very bytes passed."""
    if not body or not opaque(str(body.get("media", ""))):
        return []
    passed = from_plan_value(body.get("value"))
    if not isinstance(passed, bytes):
        return []
    media = str(body["media"]).split(";")[0].strip().lower()
    kind = family(media)
    sent_type = str(sent.headers.get("content-type", "")).split(";")[0].strip().lower()
    found: list[tuple[str, str]] = []
    if "*" not in media and sent_type != media:
        found.append(
            (
                f"content type (a {kind} body)",
                f"{label}: Content-Type {sent_type or '(none)'!r}, the spec's {media!r}",
            )
        )
    if sent.body != passed:
        found.append(
            (
                f"{kind} body arrives altered",
                f"{label}: {len(passed)} bytes passed, {len(sent.body)} sent: {sent.body[:80]!r}",
            )
        )
    return found


def _raw_mismatch(result: Any, content: bytes) -> str:
    """How a call's result differs from the raw body it was given ("" when it is that body: the bytes, read
    from a binary response, or their text)."""
    if isinstance(result, (bytes, bytearray)):
        got: Any = bytes(result)
    elif isinstance(result, str):
        got = result.encode("utf-8")
    elif callable(getattr(result, "read", None)):
        got = result.read()
    else:
        return f"a {type(result).__name__}"
    return "" if got == content else f"other bytes: {got[:80]!r}"


def _reply(response: dict[str, Any] | None, method: str) -> Any:
    from tests.conformance.oracle import Reply

    if response is None:
        return Reply(status=200)
    headers = dict(response.get("headers") or {})
    if not response.get("media") or method == "HEAD":
        return Reply(status=response["status"], headers=headers)
    headers["Content-Type"] = response["media"]
    body = from_plan_value(response["body"])
    content = body if response.get("raw") else json.dumps(body).encode()
    return Reply(status=response["status"], content=content, headers=headers)
