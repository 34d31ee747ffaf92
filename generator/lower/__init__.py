"""Lowering: the OpenAPI object becomes the IR (``generator.ir``), with every name and type decided here.

``schemas`` turns schemas into types and declarations, ``operations`` turns operations into methods,
``features`` recognises what the runtime helps with (pagination, polling, uploads, webhooks), and ``finalize``
settles names once everything is known.
"""

from __future__ import annotations

from collections import defaultdict

from .. import __version__, ir, naming
from ..config import Config
from ..errors import Diagnostics
from ..incremental.lowering import ComponentMemo
from ..loader import Spec
from . import features, security
from .context import Context
from .finalize import assign_names, map_types, references
from .method_names import method_candidate
from .operations import OperationLowerer
from .paths import RawOperation, collect, server_url
from .params import params
from .recursion import unguard
from .schemas import SchemaLowerer

__all__ = ["lower"]


def lower(
    spec: Spec,
    config: Config,
    diagnostics: Diagnostics,
    *,
    memo: ComponentMemo | None = None,
) -> ir.Api:
    """Build the IR of ``spec`` under ``config``; warnings go to ``diagnostics``. With ``memo``, the component
    schemas' lowering is taken from the last run when nothing it read has changed."""
    ctx = Context(spec, config, diagnostics)
    schemas = SchemaLowerer(ctx)

    def lower_components() -> None:
        for name in sorted(ctx.component_schemas):
            schemas.component(name)

    if memo is None:
        lower_components()
    else:
        memo.run(ctx, schemas, lower_components)

    operations = OperationLowerer(ctx, schemas)
    kept = memo.operations_over(ctx) if memo is not None else None
    by_resource: dict[str, list[RawOperation]] = defaultdict(list)
    for raw in collect(ctx):
        by_resource[raw.resource_key].append(raw)
    resource_names = naming.resolve(
        (key, naming.resource_name(key)) for key in by_resource
    )

    drafts: list[ir.Resource] = []
    for key in sorted(by_resource, key=lambda k: resource_names[k]):
        name = resource_names[key]
        words = [w.lower() for w in naming.words(key)]
        raws = sorted(by_resource[key], key=lambda r: (r.path, r.method))
        method_names = _method_names(raws, words)
        lowered = []
        for raw in raws:
            method = method_names[raw.pointer]
            hint = naming.class_name(raw.operation.operationId or f"{key}_{method}")
            if kept is None:
                op = operations.lower(raw, method, hint, config.idempotency_header)
            else:
                op = kept.lower(
                    ctx,
                    schemas,
                    raw,
                    (method, hint, config.idempotency_header),
                    lambda: operations.lower(
                        raw, method, hint, config.idempotency_header
                    ),
                )
            lowered.append(op)
        lowered.sort(key=lambda op: op.name)
        description = _tag_description(ctx, key)
        drafts.append(
            ir.Resource(
                name=name,
                class_name=naming.class_name(name),  # unique, as resource names are
                module=naming.module_name(name),
                operations=tuple(lowered),
                description=description,
            )
        )

    drafts = [features.with_pagination(resource, ctx) for resource in drafts]
    webhooks, drafts = features.webhooks(ctx, schemas, drafts)
    drafts = [features.with_polling(resource, ctx) for resource in drafts]
    drafts = [features.with_upload(resource, ctx) for resource in drafts]

    # Once every declaration is known: unions that are members of themselves cannot be spelt as they stand.
    unguard(ctx)
    components = {
        key for key in ctx.declarations if key.startswith("#/components/schemas/")
    }
    classes, modules = assign_names(
        ctx.candidates, components, bundled=ctx.spec.bundled
    )

    def settle(ref: ir.DeclRef) -> ir.DeclRef:
        return ir.DeclRef(
            key=ref.key, name=classes[ref.key], module=modules[ref.key], kind=ref.kind
        )

    def names(key: str) -> tuple[str, str]:
        return classes[key], modules[key]

    by_key: dict[str, ir.Declaration] = {}
    for key, draft in ctx.declarations.items():
        settled = memo.settled(key, draft, names) if memo is not None else None
        if settled is None:
            settled = _renamed(map_types(draft, settle), classes[key], modules[key])
        by_key[key] = settled
    if memo is not None:
        memo.finish(ctx.declarations, by_key, names)
    declarations = sorted(by_key.values(), key=lambda d: (d.module, d.key))

    client_name = config.client_name or naming.class_name(config.package_name)
    # Names a resource class must not take: models', and the client classes' own (``_client.py`` imports
    # the resource classes beside defining the clients).
    declared_names = {d.name for d in declarations} | {
        client_name,
        f"Async{client_name}",
    }
    resources: list[ir.Resource] = []
    for draft_resource in drafts:
        settled_resource = map_types(draft_resource, settle)
        class_name = settled_resource.class_name
        if class_name in declared_names or f"Async{class_name}" in declared_names:
            class_name = f"{class_name}Resource"
        resources.append(_with_references(settled_resource, class_name))

    page_scheme = next(
        (
            op.pagination.scheme
            for r in resources
            for op in r.operations
            if op.pagination is not None
        ),
        None,
    )
    info = ctx.doc.info
    servers = ctx.doc.servers or []
    base_url = server_url(servers[0]) if servers else ""
    env_prefix = config.env_prefix or naming.upper_snake(client_name)
    requirements = [op.security for r in resources for op in r.operations]
    schemes = security.schemes(ctx, requirements, env_prefix)
    return ir.Api(
        title=info.title,
        version=info.version,
        description=info.description or "",
        package_name=config.package_name,
        client_name=client_name,
        env_prefix=env_prefix,
        base_url=base_url,
        resources=tuple(resources),
        declarations=tuple(declarations),
        security=schemes,
        webhooks=map_types(webhooks, settle) if webhooks is not None else None,
        pagination=page_scheme,
        idempotency_header=(
            config.idempotency_header
            if any(op.idempotency_header for r in resources for op in r.operations)
            else ""
        ),
        features=_features(resources, webhooks),
        params=params(declarations, resources),
        generator_version=__version__,
        openapi_version=spec.version,
        bundled=tuple(sorted(spec.bundled)),
    )


def _features(
    resources: list[ir.Resource], webhooks: ir.Webhooks | None
) -> tuple[str, ...]:
    """The runtime parts the generated package needs, so that it carries no dead code."""
    found: set[str] = set()
    for resource in resources:
        for op in resource.operations:
            if op.pagination is not None:
                found.add("pagination")
            if op.returns_kind in ("binary", "redirect"):
                found.add("binary")
            if op.body is not None and op.body.kind == "multipart":
                found.add("multipart")
        if resource.polling is not None:
            found.add("polling")
        if resource.upload is not None:
            found.add("upload")
        if resource.webhooks:
            found.add("webhooks")
    if webhooks is not None and webhooks.signature_header:
        found.add("webhooks")
    return tuple(sorted(found))


def _renamed(declaration: ir.Declaration, name: str, module: str) -> ir.Declaration:
    import dataclasses

    refs = references(declaration, exclude=declaration.key)
    if isinstance(declaration, ir.Enum):
        return dataclasses.replace(declaration, name=name, module=module)
    return dataclasses.replace(declaration, name=name, module=module, references=refs)


def _with_references(resource: ir.Resource, class_name: str) -> ir.Resource:
    import dataclasses

    operations = tuple(
        dataclasses.replace(
            op,
            references=references(
                (op.parameters, _unless_flattened(op.body), op.returns, op.pagination)
            ),
        )
        for op in resource.operations
    )
    resource = dataclasses.replace(
        resource, operations=operations, class_name=class_name
    )
    used = (
        tuple(op.references for op in operations),
        resource.polling,
        resource.upload,
    )
    return dataclasses.replace(resource, references=references(used))


def _unless_flattened(body: ir.RequestBody | None) -> ir.RequestBody | None:
    """A flattened body's model is not named in the method (its fields are), so it is not imported."""
    return None if body is None or body.flattened else body


def _method_names(
    raws: list[RawOperation], resource_words: list[str]
) -> dict[str, str]:
    """Method names of one resource; colliding candidates fall back to their whole operationId, then to
    numbered names, in an order that depends only on the colliding operations."""
    first = {
        raw.pointer: naming.method_name(method_candidate(raw, resource_words))
        for raw in raws
    }
    counts: dict[str, int] = defaultdict(int)
    for name in first.values():
        counts[name] += 1
    candidates = {}
    for raw in raws:
        name = first[raw.pointer]
        if counts[name] > 1:
            fallback = raw.operation.operationId or f"{raw.method}_{raw.path}"
            name = naming.method_name(fallback)
        candidates[raw.pointer] = name
    return naming.resolve(candidates.items(), exact=lambda key, candidate: False)


def _tag_description(ctx: Context, key: str) -> str:
    for tag in ctx.doc.tags or []:
        if tag.name == key:
            return tag.description or ""
    return ""
