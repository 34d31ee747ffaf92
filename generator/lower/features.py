"""What the runtime helps with beyond plain calls, recognised from the spec's shapes and the settings:
cursor pagination, ``wait()`` on pollable resources, the upload helper, webhook events, and auth schemes.
"""

from __future__ import annotations

import dataclasses

from openapi_pydantic.v3 import v3_0, v3_1

from .. import ir, naming
from .. import pointer as jp
from .context import Context, ref_of
from .paths import resolve_path_item
from .schemas import SchemaLowerer


def _model(ctx: Context, ref: ir.TypeRef | None) -> ir.Model | None:
    if isinstance(ref, ir.NullableType):
        ref = ref.inner
    if isinstance(ref, ir.DeclRef):
        declaration = ctx.declarations.get(ref.key)
        if isinstance(declaration, ir.Alias):
            return _model(ctx, declaration.type)
        if isinstance(declaration, ir.Model):
            return declaration
    return None


def _field(model: ir.Model, wire: str) -> ir.Field | None:
    return next((f for f in model.fields if f.wire == wire), None)


def with_pagination(resource: ir.Resource, ctx: Context) -> ir.Resource:
    """Mark GET operations whose response is a cursor page (items, next cursor or has-more, and a cursor
    query parameter, with the names of the settings)."""
    settings = ctx.config.pagination
    scheme = ir.PageScheme(
        "cursor",
        settings.cursor_param,
        settings.items_field,
        settings.next_cursor_field,
        settings.has_more_field,
    )
    operations = []
    for op in resource.operations:
        model = (
            _model(ctx, op.returns)
            if op.method == "get" and op.returns_kind == "json"
            else None
        )
        if model is not None:
            items = _field(model, settings.items_field)
            has_cursor = any(
                p.location == "query" and p.wire == settings.cursor_param
                for p in op.parameters
            )
            paging = _field(model, settings.next_cursor_field) or _field(
                model, settings.has_more_field
            )
            item_type = (
                items.type.inner
                if items is not None and isinstance(items.type, ir.NullableType)
                else (items.type if items else None)
            )
            if isinstance(item_type, ir.ListType) and has_cursor and paging is not None:
                op = dataclasses.replace(
                    op, pagination=ir.Pagination(item=item_type.item, scheme=scheme)
                )
        operations.append(op)
    return dataclasses.replace(resource, operations=tuple(operations))


def with_polling(resource: ir.Resource, ctx: Context) -> ir.Resource:
    """``wait()`` for the configured resources: poll the retrieve operation until a terminal status."""
    settings = ctx.config.polling
    if resource.name not in settings.resources:
        return resource
    for op in resource.operations:
        path_params = [p for p in op.parameters if p.location == "path"]
        model = _model(ctx, op.returns)
        if (
            op.method != "get"
            or len(path_params) != 1
            or model is None
            or op.pagination is not None
        ):
            continue
        status = _field(model, settings.status_field)
        if status is None:
            continue
        terminal = settings.terminal
        status_type = (
            status.type.inner
            if isinstance(status.type, ir.NullableType)
            else status.type
        )
        declaration = (
            ctx.declarations.get(status_type.key)
            if isinstance(status_type, ir.DeclRef)
            else None
        )
        if isinstance(declaration, ir.Enum):
            values = [str(m.value) for m in declaration.members]
            terminal = tuple(v for v in values if v in settings.terminal) or terminal
        if op.name != "retrieve" and any(
            o.name == "retrieve" for o in resource.operations
        ):
            continue
        long_poll, long_poll_max = _long_poll(op, settings.long_poll_param)
        polling = ir.Polling(
            operation=op.name,
            id_parameter=path_params[0].wire,
            status_property=status.wire,
            terminal=tuple(terminal),
            returns=op.returns or ir.AnyType(),
            long_poll_parameter=long_poll,
            long_poll_max=long_poll_max,
        )
        return dataclasses.replace(resource, polling=polling)
    ctx.warn(
        "#/paths",
        f"polling is configured for {resource.name!r} but it has no GET operation returning a {settings.status_field!r} field",
    )
    return resource


def _long_poll(op: ir.Operation, wire: str) -> tuple[str, int]:
    """The retrieve operation's long-poll query parameter (the configured wire name, an integer of
    seconds): its wire name when the operation has it, and the most seconds it allows (its ``maximum``; 0
    when it states none).
    """
    if not wire:
        return "", 0
    for parameter in op.parameters:
        kind = parameter.type
        if isinstance(kind, ir.NullableType):
            kind = kind.inner
        if (
            parameter.location == "query"
            and parameter.wire == wire
            and isinstance(kind, ir.PrimitiveType)
            and kind.kind in ("integer", "number")
        ):
            maximum = kind.constraints.le
            return parameter.wire, int(maximum) if maximum is not None else 0
    return "", 0


def with_upload(resource: ir.Resource, ctx: Context) -> ir.Resource:
    """``upload()`` on the configured resource: request a slot, then PUT the bytes to its URL."""
    settings = ctx.config.uploads
    if not settings.resource or resource.name != settings.resource:
        return resource
    op = next((o for o in resource.operations if o.name == settings.operation), None)
    model = _model(ctx, op.returns) if op is not None else None
    if op is None or model is None or _field(model, settings.upload_url_field) is None:
        ctx.warn(
            "#/paths",
            f"uploads are configured on {resource.name}.{settings.operation} but it does not return {settings.upload_url_field!r}",
        )
        return resource
    content_type = next(
        (
            p
            for p in op.parameters
            if p.location == "body" and p.wire == settings.content_type_field
        ),
        None,
    )
    filename = next(
        (
            p
            for p in op.parameters
            if p.location == "body" and p.wire == settings.filename_field
        ),
        None,
    )
    if content_type is None:
        ctx.warn(
            op.pointer,
            f"upload slot operation has no {settings.content_type_field!r} body field",
        )
        return resource
    upload = ir.Upload(
        operation=op.name,
        upload_url_property=_field(model, settings.upload_url_field).wire,  # type: ignore[union-attr]
        content_type_property=content_type.wire,
        filename_property=filename.wire if filename else "",
        returns=op.returns or ir.AnyType(),
        content_types=_allowed_types(ctx, content_type.type)
        or tuple(settings.content_types),
    )
    return dataclasses.replace(resource, upload=upload)


def _allowed_types(ctx: Context, t: ir.TypeRef) -> tuple[str, ...]:
    """The media types an upload's content-type field admits, when its schema lists them (an enum)."""
    if isinstance(t, ir.NullableType):
        t = t.inner
    if isinstance(t, ir.LiteralType):
        return tuple(str(v) for v in t.values if isinstance(v, str))
    declaration = ctx.declarations.get(t.key) if isinstance(t, ir.DeclRef) else None
    if isinstance(declaration, ir.Enum) and declaration.kind == "string":
        return tuple(str(m.value) for m in declaration.members)
    return ()


def webhooks(
    ctx: Context, schemas: SchemaLowerer, resources: list[ir.Resource]
) -> tuple[ir.Webhooks | None, list[ir.Resource]]:
    """The events of the 3.1 ``webhooks`` section as one union, and the resource that verifies them."""
    section = getattr(ctx.doc, "webhooks", None) or {}
    events: list[ir.WebhookEvent] = []
    bodies = []
    for name in sorted(section):
        item = section[name]
        where = jp.join("#/webhooks", name)
        item = resolve_path_item(ctx, item, where)
        if item is None:
            continue
        operation = next(
            (
                getattr(item, m)
                for m in ("post", "put")
                if getattr(item, m, None) is not None
            ),
            None,
        )
        if operation is None or operation.requestBody is None:
            continue
        body = operation.requestBody
        if ref_of(body) is not None:
            body = ctx.typed_at(ref_of(body) or "")
        content = (getattr(body, "content", None) or {}).get("application/json")
        if content is None or content.media_type_schema is None:
            continue
        schema_node = content.media_type_schema
        where = jp.join(
            where, "post", "requestBody", "content", "application/json", "schema"
        )
        event_type = schemas.lower(
            schema_node, where, naming.class_name(name) + "Event"
        )
        # Inline bodies enter the union as references to where they were declared, so they are declared once.
        reference_class = v3_1.Reference if ctx.v31 else v3_0.Reference
        bodies.append(
            schema_node
            if ref_of(schema_node) is not None
            else reference_class.model_validate({"$ref": where})
        )
        events.append(
            ir.WebhookEvent(
                name=name,
                type=event_type,
                description=operation.description or operation.summary or "",
            )
        )
    settings = ctx.config.webhooks
    if not events:
        return None, resources
    union = _event_union(ctx, schemas, bodies)
    events = _with_tags(ctx, events, union)
    result = ir.Webhooks(
        signature_header=settings.signature_header,
        tolerance=settings.tolerance,
        secret_env=f"{ctx.config.env_prefix or naming.upper_snake(ctx.config.client_name or ctx.config.package_name)}_WEBHOOK_SECRET",
        events=tuple(events),
        event_type=union,
        resource=settings.resource,
        tag_property=_tag_property(ctx, union),
    )
    if not settings.signature_header:
        return result, resources
    names = [r.name for r in resources]
    if settings.resource in names:
        resources = [
            dataclasses.replace(r, webhooks=True) if r.name == settings.resource else r
            for r in resources
        ]
    else:
        resources = resources + [
            ir.Resource(
                name=settings.resource,
                class_name=naming.class_name(settings.resource),
                module=naming.module_name(settings.resource),
                operations=(),
                webhooks=True,
            )
        ]
        resources.sort(key=lambda r: r.name)
    return result, resources


def _with_tags(
    ctx: Context, events: list[ir.WebhookEvent], union: ir.TypeRef
) -> list[ir.WebhookEvent]:
    """Each event's discriminator value, when the event union is discriminated."""
    alias = ctx.declarations.get(union.key) if isinstance(union, ir.DeclRef) else None
    members = alias.type if isinstance(alias, ir.Alias) else union
    if not isinstance(members, ir.UnionType) or members.discriminator is None:
        return events
    tags = {
        variant.type.key: variant.tags[0]
        for variant in members.variants
        if isinstance(variant.type, ir.DeclRef) and variant.tags
    }
    return [
        (
            dataclasses.replace(event, tag=tags.get(event.type.key, ""))
            if isinstance(event.type, ir.DeclRef)
            else event
        )
        for event in events
    ]


def _tag_property(ctx: Context, union: ir.TypeRef) -> str:
    """The wire name of the events' tag property, when the event union is discriminated (and a variant
    has it)."""
    alias = ctx.declarations.get(union.key) if isinstance(union, ir.DeclRef) else None
    members = alias.type if isinstance(alias, ir.Alias) else union
    if not isinstance(members, ir.UnionType) or members.discriminator is None:
        return ""
    for variant in members.variants:
        model = (
            ctx.declarations.get(variant.type.key)
            if isinstance(variant.type, ir.DeclRef)
            else None
        )
        if isinstance(model, ir.Model):
            for field in model.fields:
                if field.wire == members.discriminator:
                    return field.wire
    return ""


def _event_union(
    ctx: Context, schemas: SchemaLowerer, bodies: list[object]
) -> ir.TypeRef:
    """Reuse a component that is exactly the union of the event bodies, else declare ``WebhookEvent``."""
    refs = sorted(ref_of(b) or "" for b in bodies)
    for name in sorted(ctx.component_schemas):
        node = ctx.component_schemas[name]
        variants = getattr(node, "oneOf", None) or getattr(node, "anyOf", None)
        if variants and sorted(ref_of(v) or "" for v in variants) == refs and all(refs):
            return schemas.component(name)
    if len(bodies) == 1:
        lowered = schemas.lower(bodies[0], "#/webhooks", "WebhookEvent")  # type: ignore[arg-type]
    else:
        synthetic = ctx.schema_class.model_validate({}).model_copy(
            update={"oneOf": bodies}
        )
        lowered = schemas.lower(synthetic, "#/webhooks", "WebhookEvent")
    return _declared(ctx, lowered)


def _declared(ctx: Context, event_type: ir.TypeRef) -> ir.TypeRef:
    """The event type as a declaration, which the webhooks resource imports by name: a type that is none
    (the union of bodies without a discriminator, a nullable or scalar body) becomes the alias
    ``WebhookEvent``."""
    if isinstance(event_type, ir.DeclRef):
        return event_type
    key = "#/webhooks"
    ctx.kinds[key] = "alias"
    ctx.candidates[key] = "WebhookEvent"
    ctx.declarations[key] = ir.Alias(
        key=key,
        name="WebhookEvent",
        module="",
        type=event_type,
        description="An event of the webhooks section.",
        pointer=key,
    )
    return ir.DeclRef(key=key, kind="alias")


__all__ = [
    "with_pagination",
    "with_polling",
    "with_upload",
    "webhooks",
    "v3_0",
    "v3_1",
]
