"""Binding the IR to TypeScript: every identifier, type spelling and runtime table the templates lay out.

Names come from the spec's words (``words``, ``naming``), types from ``types.spell``; the templates decide
nothing. The package's types are built by ``declarations``, its resources and their methods by ``resources`` and
``methods``.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from ... import ir
from ... import pointer as jp
from ...config import Config
from . import naming
from . import declarations, resources, words
from .declarations import TsType
from .resources import TsResource
from .types import Names, spell


@dataclass(frozen=True)
class TsScheme:
    key: str
    send: str
    name: str
    options: tuple[str, ...]
    env: tuple[str, ...]
    doc: str


@dataclass(frozen=True)
class TsWebhooks:
    signature_header: str
    tolerance: int
    secret_env: str
    event_type: str
    events: tuple[tuple[str, str], ...]


@dataclass(frozen=True)
class View:
    api: ir.Api
    package_name: str
    client_name: str
    env_prefix: str
    version: str
    base_url: str
    types: tuple[TsType, ...]
    resources: tuple[TsResource, ...]
    schemes: tuple[TsScheme, ...]
    webhooks: TsWebhooks | None
    idempotency_header: str
    pagination: ir.PageScheme | None
    uses_unknown_tag: bool
    runtime: tuple[str, ...] = field(default_factory=tuple)


def bind(api: ir.Api, config: Config) -> View:
    """The TypeScript view of ``api``."""
    ts = config.typescript
    resource_words = {r.name: words.resource_words(r) for r in api.resources}
    operations: dict[tuple[str, str], list[str]] = {}
    parameters: dict[str, str] = {}
    for resource in api.resources:
        for operation in resource.operations:
            operations[(operation.path, operation.method.lower())] = resource_words[
                resource.name
            ] + words.method_words(operation, resource_words[resource.name])
            for parameter in operation.parameters:
                if parameter.pointer:
                    parameters[parameter.pointer] = parameter.wire
    wanted = {
        d.key: naming.type_name(
            words.declaration_words(d.key, operations, parameters), d.key
        )
        for d in api.declarations
    }
    # A name the spec's own schema and one bundled from another file both want goes to the spec's own.
    bundled = frozenset(api.bundled)
    type_names = naming.resolve(
        wanted, rank=lambda key: int(jp.component_schema(key) in bundled)
    )
    param_wanted = {}
    for p in api.params:
        target = p.model.key if isinstance(p, ir.Params) else p.alias.key
        param_wanted[target] = type_names.get(target, "T") + "Param"
    param_names = naming.resolve(param_wanted, taken=type_names.values())
    enums = {d.key: d for d in api.declarations if isinstance(d, ir.Enum)}
    names = Names(type_names, param_names, enums)
    qualified = Names(type_names, param_names, enums, qualifier="Types.")
    types, uses_unknown = declarations.declarations(api, names, type_names, param_names)

    bound = resources.resources(
        api,
        names,
        qualified,
        resource_words,
        set(type_names.values()) | set(param_names.values()),
    )

    schemes = tuple(
        TsScheme(
            s.key,
            s.send,
            s.name,
            tuple(naming.value_name(a) for a in s.arguments),
            s.env,
            s.description,
        )
        for s in api.security
    )
    webhooks = None
    if api.webhooks is not None and api.webhooks.signature_header:
        webhooks = TsWebhooks(
            api.webhooks.signature_header,
            api.webhooks.tolerance,
            api.webhooks.secret_env,
            (
                spell(api.webhooks.event_type, qualified)
                if api.webhooks.event_type
                else "unknown"
            ),
            tuple((e.name, spell(e.type, qualified)) for e in api.webhooks.events),
        )
    return View(
        api=api,
        package_name=ts.package_name or api.package_name.lower().replace("_", "-"),
        client_name=api.client_name,
        env_prefix=api.env_prefix,
        version=api.version,
        base_url=api.base_url,
        types=tuple(types),
        resources=bound,
        schemes=schemes,
        webhooks=webhooks,
        idempotency_header=api.idempotency_header,
        pagination=api.pagination,
        uses_unknown_tag=uses_unknown,
    )
