"""Binding the IR's wire names to the client's Python names.

The IR says which parameter or property a helper uses by its wire name (``Polling.id_parameter``,
``Upload.content_type_property``, ``Operation.idempotency_header``...), so that every target spells it its own
way. The Python client's spelling is the one ``names`` gives that parameter or field; the filters here find it,
for the templates.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from ... import ir
from . import names

__all__ = ["Binding", "PollingNames", "UploadNames"]


@dataclass(frozen=True)
class PollingNames:
    """The Python names a ``wait()`` helper uses: its id argument, the answer's status field and the retrieve
    method's long-poll argument (empty when it has none)."""

    id_argument: str
    status_field: str
    long_poll_argument: str


@dataclass(frozen=True)
class UploadNames:
    """The Python names an ``upload()`` helper uses: the slot method's arguments for the media type and the
    file name (empty when it has none), and the slot's field with the URL."""

    content_type_argument: str
    filename_argument: str
    upload_url_field: str


class Binding:
    """Finds Python names by wire name, in ``declarations`` (by key: the environment's, which records what
    a file's rendering reads)."""

    def __init__(self, declarations: Mapping[str, ir.Declaration]) -> None:
        self.declarations = declarations

    def idempotency_argument(self, operation: ir.Operation) -> str:
        """The argument of ``operation``'s idempotency-key header parameter (``""`` when it has none)."""
        if not operation.idempotency_header:
            return ""
        return _argument(operation, "header", operation.idempotency_header)

    def polling(self, polling: ir.Polling, resource: ir.Resource) -> PollingNames:
        """The Python names of ``resource``'s ``wait()`` helper."""
        operation = _operation(resource, polling.operation)
        return PollingNames(
            id_argument=_argument(operation, "path", polling.id_parameter),
            status_field=self.field(operation.returns, polling.status_property),
            long_poll_argument=(
                _argument(operation, "query", polling.long_poll_parameter)
                if polling.long_poll_parameter
                else ""
            ),
        )

    def upload(self, upload: ir.Upload, resource: ir.Resource) -> UploadNames:
        """The Python names of ``resource``'s ``upload()`` helper."""
        operation = _operation(resource, upload.operation)
        return UploadNames(
            content_type_argument=_argument(
                operation, "body", upload.content_type_property
            ),
            filename_argument=(
                _argument(operation, "body", upload.filename_property)
                if upload.filename_property
                else ""
            ),
            upload_url_field=self.field(operation.returns, upload.upload_url_property),
        )

    def webhook_tag_field(self, webhooks: ir.Webhooks) -> str:
        """The events' tag field (``""`` when the event union is not discriminated)."""
        if not webhooks.tag_property or webhooks.event_type is None:
            return ""
        union = webhooks.event_type
        if isinstance(union, ir.DeclRef):
            alias = self.declarations.get(union.key)
            union = alias.type if isinstance(alias, ir.Alias) else union
        if isinstance(union, ir.UnionType):
            for variant in union.variants:
                name = self.field(variant.type, webhooks.tag_property)
                if name:
                    return name
        return ""

    def field(self, model: ir.TypeRef | None, wire: str) -> str:
        """The field of the model ``model`` names (maybe nullable) sent as ``wire`` (``""`` when none is)."""
        if isinstance(model, ir.NullableType):
            model = model.inner
        declaration = (
            self.declarations.get(model.key) if isinstance(model, ir.DeclRef) else None
        )
        if isinstance(declaration, ir.Model):
            return names.field_names(declaration).get(wire, "")
        return ""


def _operation(resource: ir.Resource, name: str) -> ir.Operation:
    for operation in resource.operations:
        if operation.name == name:
            return operation
    raise LookupError(f"resource {resource.name!r} has no operation {name!r}")


def _argument(operation: ir.Operation, location: str, wire: str) -> str:
    """The argument of ``operation``'s parameter at ``location`` sent as ``wire`` (a header's name in any
    case); lowering found it there, so it is a bug when it is missing."""
    for argument in names.arguments(operation):
        parameter = argument.of
        if parameter.location == location and (
            parameter.wire == wire
            or (location == "header" and parameter.wire.lower() == wire.lower())
        ):
            return argument.name
    raise LookupError(f"{operation.name} has no {location} parameter {wire!r}")
