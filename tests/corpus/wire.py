"""The corpus's wire pass: every operation of a spec called through its generated client, judged by openapi-core.

For each operation, ``wire_plan`` makes wire-level requests (a ``full`` one, every parameter and field, and a
``required`` one) and a success response from the spec alone; this module maps them onto the generated method's
keyword arguments (through the package's ``.api.json``, with the values converted to the declared Python types as
a caller would pass them), calls the *sync* client over ``httpx.MockTransport``, has ``openapi-core`` validate the
captured request (the adapters of ``tests/conformance/oracle.py``) and checks that the fed-back response decodes.

Each operation ends in one outcome:

* ``pass``: every request accepted, the response decoded;
* ``fail``: a client defect, with its kinds (``security``, ``query parameter style``, ``body encoding``,
  ``response decode``...) and what openapi-core said;
* ``defect``: the spec keeps the harness from exercising it (openapi-core cannot read the spec, the path names an
  undeclared parameter, a schema no instance satisfies, no success response), with the reason;
* ``harness``: the harness or the oracle could not judge it (no value found within the budget, a media type the
  oracle cannot read, a time limit, openapi-core wrong on a construct), with the reason.

It runs as a subprocess of ``harness.check_spec`` (``python wire.py worker ...``) under the same time limits as the
other steps, writes its report as it goes (a killed worker still reports the operations it finished) and never
imports the generator. Plans are cached by the spec's content and this pass's sources.
"""

from __future__ import annotations

import contextlib
import hashlib
import importlib
import inspect
import json
import signal
import sys
import time
import types
import typing
from collections.abc import Iterator
from pathlib import Path
from typing import Any

CORPUS_DIR = Path(__file__).resolve().parent
REPO = CORPUS_DIR.parents[1]
HTTP_METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")
FALLBACK_URL = "https://api.example.test"
PLAN_SECONDS = 20.0  # one operation's planning (hypothesis draws)
CALL_SECONDS = 10.0  # one operation's calls and checks
# Client options that are not credentials (everything else of the constructor gets a dummy credential).
_OPTIONS = {
    "self",
    "base_url",
    "timeout",
    "max_retries",
    "default_headers",
    "http_client",
}
# OpenAPI: a header parameter named so "SHALL be ignored".
_IGNORED_HEADERS = {"accept", "content-type", "authorization"}


class OperationTimeout(BaseException):
    """An operation over its time limit (a BaseException, so hypothesis and the client let it through)."""


@contextlib.contextmanager
def time_limit(seconds: float) -> Iterator[None]:
    """Raise ``OperationTimeout`` in this (main) thread after ``seconds``."""

    def expire(signum: int, frame: Any) -> None:
        raise OperationTimeout(f"over {seconds:.0f}s")

    previous = signal.signal(signal.SIGALRM, expire)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


def operations(document: dict[str, Any]) -> list[tuple[str, str]]:
    """(method, path) of every operation, in the order of the spec (path item ``$ref``\\ s are openapi-core's
    to follow; ``harness.spec_facts`` counts the same operations)."""
    found = []
    paths = document.get("paths")
    for route, item in (paths.items() if isinstance(paths, dict) else []):
        seen = 0
        while (
            isinstance(item, dict) and isinstance(item.get("$ref"), str) and seen < 16
        ):
            target: Any = document
            for token in item["$ref"].lstrip("#/").split("/"):
                token = token.replace("~1", "/").replace("~0", "~")
                target = target.get(token) if isinstance(target, dict) else None
            item, seen = target, seen + 1
        if isinstance(item, dict):
            found += [(m, route) for m in HTTP_METHODS if isinstance(item.get(m), dict)]
    return found


def load_document(path: Path) -> dict[str, Any]:
    """The spec as data (JSON, or YAML through PyYAML: the corpus's specs are JSON)."""
    text = path.read_text(encoding="utf-8-sig")
    if path.suffix in (".yaml", ".yml"):
        import yaml

        data = yaml.safe_load(text)
    else:
        data = json.loads(text)
    if not isinstance(data, dict):
        raise ValueError("the spec is not an object")
    return data


# -------------------------------------------------------------------------------------------------- planning


def planner_digest() -> str:
    """A digest of the planner's sources: cached plans made by other versions are not reused."""
    digest = hashlib.sha256()
    for name in ("wire_plan.py", "wire_data.py"):
        digest.update((CORPUS_DIR / name).read_bytes())
    return digest.hexdigest()[:12]


def plan_spec(path: Path, examples: int, cache: Path | None) -> dict[str, Any]:
    """The plan of every operation of a spec, and whether openapi-spec-validator (openapi-core's spec check)
    accepts the spec; cached by the spec's bytes and the planner's sources."""
    key = hashlib.sha256(path.read_bytes()).hexdigest()[:16]
    cached = cache / f"{key}-{planner_digest()}-{examples}.json" if cache else None
    if cached is not None and cached.exists():
        with contextlib.suppress(ValueError):
            return dict(json.loads(cached.read_text(encoding="utf-8")))
    from openapi_core import OpenAPI
    from openapi_core.configurations import Config

    from wire_plan import Planner

    document = load_document(path)
    plan: dict[str, Any] = {"spec_invalid": "", "unreadable": "", "operations": {}}
    started = time.perf_counter()
    try:
        OpenAPI.from_dict(document)
    except Exception as exc:  # noqa: BLE001 - openapi-core's verdict on the spec
        plan["spec_invalid"] = _first_line(exc)
    plan["seconds_spec_check"] = round(time.perf_counter() - started, 2)
    try:
        openapi = OpenAPI.from_dict(document, config=Config(spec_validator_cls=None))
    except Exception as exc:  # noqa: BLE001
        plan["unreadable"] = _first_line(exc)
        return plan
    planner = Planner(document, openapi, examples)
    for method, route in operations(document):
        name = f"{method.upper()} {route}"
        try:
            with time_limit(PLAN_SECONDS):
                plan["operations"][name] = planner.plan(route, method)
        except OperationTimeout as exc:
            plan["operations"][name] = {"problem": f"planning took {exc}"}
        except (
            Exception
        ) as exc:  # noqa: BLE001 - a spec the planner cannot walk (a dangling $ref...)
            plan["operations"][name] = {
                (
                    "defect" if isinstance(exc, KeyError) else "problem"
                ): f"planning: {_first_line(exc)}"
            }
    if cached is not None:
        cached.parent.mkdir(parents=True, exist_ok=True)
        temporary = cached.with_suffix(".tmp")
        temporary.write_text(json.dumps(plan), encoding="utf-8")
        temporary.replace(cached)
    return plan


def _first_line(exc: BaseException) -> str:
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


def _without_not_given(annotation: Any) -> Any:
    args = typing.get_args(annotation)
    if typing.get_origin(annotation) in (typing.Union, types.UnionType) and args:
        kept = tuple(a for a in args if getattr(a, "__name__", "") != "NotGiven")
        return typing.Union[kept] if len(kept) > 1 else kept[0]  # type: ignore[return-value]
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
    except (
        Exception
    ):  # noqa: BLE001 - a type pydantic cannot validate (IO, files): passed as is
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


def classify(
    error: BaseException, document: dict[str, Any], sent: Any, body_given: bool
) -> tuple[str, str, str]:
    """(outcome, kind, detail) of one openapi-core request error: ``fail`` for a client defect, ``harness``
    where openapi-core itself is wrong (with why) or raised something it should not."""
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
    detail = detail[:500]
    if isinstance(error, PathError):
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
        style = "value" if isinstance(cause, InvalidSchemaValue) else "style"
        return "fail", f"{getattr(error, 'location', '?')} parameter {style}", detail
    if isinstance(error, request_errors.MissingRequiredRequestBody):
        return "fail", "body missing", detail
    if isinstance(error, request_errors.RequestBodyValidationError):
        if not body_given:
            return "fail", "body sent though none was given", detail
        if isinstance(cause, MediaTypeNotFound):
            return "fail", "content type", detail
        if isinstance(cause, InvalidSchemaValue):
            return "fail", "body value", detail
        return "fail", "body encoding", detail
    return "harness", f"openapi-core error: {type(error).__name__}", detail


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
        from openapi_core import OpenAPI
        from openapi_core.configurations import Config

        self.document = document
        self.openapi = OpenAPI.from_dict(
            document, config=Config(spec_validator_cls=None)
        )
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
        except (
            Exception
        ):  # noqa: BLE001 - unresolvable annotations: values go as JSON data
            hints = {}
        failures: list[tuple[str, str]] = []
        harness: list[tuple[str, str]] = []
        for variant in plan["variants"]:
            self._variant(
                name, plan, variant, method, method_info, hints, failures, harness
            )
            if failures or harness:
                break
        if failures:
            kinds = list(dict.fromkeys(k for k, _ in failures))
            return {"outcome": "fail", "kinds": kinds, "detail": failures[0][1]}
        if harness:
            return {
                "outcome": "harness",
                "reason": harness[0][0],
                "detail": harness[0][1],
            }
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
        return {"outcome": "pass"}

    def _arguments(
        self,
        variant: dict[str, Any],
        info: dict[str, Any],
        hints: dict[str, Any],
        failures: list[tuple[str, str]],
    ) -> dict[str, Any] | None:
        from wire_plan import from_plan_value

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
        for where, wire, value in variant["params"]:
            python = by_wire.get((where, wire.lower() if where == "header" else wire))
            if python is None:
                if where == "header" and wire.lower() in _IGNORED_HEADERS:
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
                for wire, item in value.items():
                    python = by_wire.get(("body", wire))
                    if python is None:
                        failures.append(
                            (
                                "body field not in the method",
                                f"body field {wire!r} has no argument",
                            )
                        )
                        return None
                    raw[python] = item
            elif value not in (None, b"wire-test-bytes"):
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
        harness: list[tuple[str, str]],
    ) -> None:
        from tests.conformance.oracle import CoreRequest, CoreResponse, Reply

        arguments = self._arguments(variant, info, hints, failures)
        if arguments is None:
            return
        self.reply = _reply(plan.get("response"), name.split(" ")[0])
        self.sent = []
        label = "full" if variant.get("full") else "required"
        try:
            result = method(**arguments)
            error: BaseException | None = None
        except (OperationTimeout, KeyboardInterrupt):
            raise
        except (
            BaseException
        ) as exc:  # noqa: BLE001 - every failure of the call is a finding
            result, error = None, exc
        if not self.sent:
            failures.append(
                (
                    "call failed before sending",
                    f"{label}: {_first_line(error) if error else 'no request was sent'}",
                )
            )
            return
        core_request = CoreRequest(self.sent[0])
        for problem in self.openapi.request_validator.iter_errors(core_request):
            outcome, kind, detail = classify(
                problem, self.document, self.sent[0], variant.get("body") is not None
            )
            (failures if outcome == "fail" else harness).append(
                (kind, f"{label}: {detail}")
            )
        response = plan.get("response")
        if failures or harness or response is None:
            return
        response_errors = []
        if not response.get(
            "unjudged"
        ):  # where openapi-core cannot judge it (wire_plan says why)
            response_errors = list(
                self.openapi.response_validator.iter_errors(
                    core_request, CoreResponse(self.reply)
                )
            )
        if response_errors:
            harness.append(
                (
                    "fed-back response rejected by openapi-core",
                    _first_line(response_errors[0]),
                )
            )
            return
        if error is not None:
            failures.append(("response decode", f"{label}: {_first_line(error)}"))
            return
        expected = hints.get("return", Any)
        if not conforms(result, expected):
            failures.append(
                (
                    "response type",
                    f"{label}: got {type(result).__name__}, declared {expected}",
                )
            )


def _reply(response: dict[str, Any] | None, method: str) -> Any:
    from tests.conformance.oracle import Reply

    from wire_plan import from_plan_value

    if response is None:
        return Reply(status=200)
    headers = dict(response.get("headers") or {})
    if not response.get("media") or method == "HEAD":
        return Reply(status=response["status"], headers=headers)
    headers["Content-Type"] = response["media"]
    body = from_plan_value(response["body"])
    content = body if response.get("raw") else json.dumps(body).encode()
    return Reply(status=response["status"], content=content, headers=headers)


def _worker(
    spec: str, out: str, package: str, report: str, examples: str, cache: str
) -> int:
    """Plan (or read the cached plan of) the spec, then exercise every operation; the report is rewritten after
    each operation, so a worker killed at its time limit still tells what it finished.
    """
    import warnings

    warnings.simplefilter(
        "ignore"
    )  # openapi-core warns on every oauth2 request ("Unsupported scheme type")
    sys.path.insert(0, str(CORPUS_DIR))
    sys.path.append(
        str(REPO)
    )  # tests.conformance.oracle; the generator is never imported
    started = time.perf_counter()
    data: dict[str, Any] = {"operations": {}, "stage": "planning"}
    target = Path(report)

    def save() -> None:
        temporary = target.with_suffix(".tmp")
        temporary.write_text(json.dumps(data), encoding="utf-8")
        temporary.replace(target)

    save()
    plan = plan_spec(Path(spec), int(examples), Path(cache) if cache else None)
    data["spec_invalid"] = plan.get("spec_invalid", "")
    data["seconds_plan"] = round(time.perf_counter() - started, 2)
    document = load_document(Path(spec))
    names = [f"{m.upper()} {r}" for m, r in operations(document)]
    if plan.get("unreadable"):
        data["operations"] = {
            n: {
                "outcome": "defect",
                "reason": "openapi-core cannot read the spec: " + plan["unreadable"],
            }
            for n in names
        }
        data["stage"] = "done"
        save()
        return 0
    data["stage"] = "exercising"
    save()
    exerciser = Exerciser(document, Path(out), package)
    for index, name in enumerate(names):
        try:
            with time_limit(CALL_SECONDS):
                data["operations"][name] = exerciser.exercise(
                    name, plan["operations"].get(name, {"problem": "not planned"})
                )
        except OperationTimeout as exc:
            data["operations"][name] = {
                "outcome": "harness",
                "reason": f"calls and checks took {exc}",
            }
        except (
            Exception
        ) as exc:  # noqa: BLE001 - a harness bug on one operation must not hide the others
            data["operations"][name] = {
                "outcome": "harness",
                "reason": f"harness error: {_first_line(exc)}",
            }
        if index % 25 == 0:
            save()
    data["stage"] = "done"
    data["seconds"] = round(time.perf_counter() - started, 2)
    save()
    return 0


if __name__ == "__main__":
    command, *arguments = sys.argv[1:]
    if command == "worker":
        sys.exit(_worker(*arguments))
    sys.exit(f"unknown command {command!r}")
