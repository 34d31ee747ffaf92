"""The package's resources: a class per resource with its property on the client, its file, its methods and its
``wait()`` and ``upload()`` helpers."""

from __future__ import annotations

from dataclasses import dataclass

from ... import ir
from . import naming
from .methods import TsMethod, method
from .types import Names, spell
from .words import method_words

# Members of the client class (its runtime's), which a resource property must not replace.
_CLIENT_MEMBERS = frozenset(
    "baseURL timeout maxRetries initialRetryDelay maxRetryDelay maxRetryAfter request send parse redact "
    "retryDelay statusError fetchImplementation coreOptions withOptions toString constructor".split()
)


@dataclass(frozen=True)
class TsPolling:
    method: str
    id_param: str
    status_field: str
    terminal: str
    returns: str
    long_poll_param: str
    long_poll_max: int


@dataclass(frozen=True)
class TsUpload:
    method: str
    upload_url_field: str
    content_type_key: str
    filename_key: str
    returns: str
    content_types: str


@dataclass(frozen=True)
class TsResource:
    name: str
    property: str
    class_name: str
    file: str
    doc: str
    methods: tuple[TsMethod, ...]
    polling: TsPolling | None = None
    upload: TsUpload | None = None
    webhooks: bool = False


def resources(
    api: ir.Api,
    names: Names,
    qualified: Names,
    resource_words: dict[str, list[str]],
    type_names: set[str],
) -> tuple[TsResource, ...]:
    props = naming.resolve(
        {
            r.name: naming.value_name(
                " ".join(resource_words[r.name]),
                naming.RESERVED_MEMBERS | _CLIENT_MEMBERS,
                member=True,
            )
            for r in api.resources
        }
    )
    wanted_classes = {}
    for r in api.resources:
        cls = naming.type_name(resource_words[r.name], r.name)
        wanted_classes[r.name] = (
            cls + "Resource" if cls in type_names or cls == api.client_name else cls
        )
    classes = naming.resolve(wanted_classes, taken=type_names | {api.client_name})
    files = naming.resolve(
        {
            r.name: "-".join(w.lower() for w in resource_words[r.name]) or "default"
            for r in api.resources
        },
        taken={"index"},
    )
    out: list[TsResource] = []
    for r in api.resources:
        method_names = naming.resolve(
            {
                o.name: naming.value_name(
                    " ".join(method_words(o, resource_words[r.name])),
                    naming.RESERVED_MEMBERS,
                    member=True,
                )
                for o in r.operations
            }
        )
        params_names = naming.resolve(
            {
                o.name: naming.type_name(
                    resource_words[r.name]
                    + method_words(o, resource_words[r.name])
                    + ["Params"],
                    o.name,
                )
                for o in r.operations
            },
            taken=type_names,
        )
        methods = tuple(
            method(o, method_names[o.name], params_names[o.name], qualified)
            for o in r.operations
        )
        methods = tuple(sorted(methods, key=lambda m: m.name))
        # The IR names an operation; the TypeScript method is named here.
        by_name = {o.name: method_names[o.name] for o in r.operations}
        polling = None
        if r.polling is not None and r.polling.operation in by_name:
            # The IR's names of the id, status and long-poll are wire names: the params object's keys and
            # the answer's properties.
            polling = TsPolling(
                method=by_name[r.polling.operation],
                id_param=r.polling.id_parameter,
                status_field=r.polling.status_property,
                terminal="["
                + ", ".join(naming.string(t) for t in r.polling.terminal)
                + "]",
                returns=spell(r.polling.returns, qualified),
                long_poll_param=r.polling.long_poll_parameter,
                long_poll_max=r.polling.long_poll_max,
            )
        upload = None
        if r.upload is not None and r.upload.operation in by_name:
            upload = TsUpload(
                method=by_name[r.upload.operation],
                upload_url_field=r.upload.upload_url_property,
                content_type_key=r.upload.content_type_property,
                filename_key=r.upload.filename_property,
                returns=spell(r.upload.returns, qualified),
                content_types="["
                + ", ".join(naming.string(t) for t in r.upload.content_types)
                + "]",
            )
        out.append(
            TsResource(
                r.name,
                props[r.name],
                classes[r.name],
                files[r.name],
                naming.doc(r.description, ""),
                methods,
                polling,
                upload,
                r.webhooks
                and api.webhooks is not None
                and bool(api.webhooks.signature_header),
            )
        )
    return tuple(sorted(out, key=lambda r: r.property))
