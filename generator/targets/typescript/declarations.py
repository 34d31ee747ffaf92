"""The exported types of the package: an interface per model and params object, an alias per enum, alias and
params alias, each with its doc comment."""

from __future__ import annotations

from dataclasses import dataclass

from ... import ir
from . import naming
from .types import Names, open_enum, spell


@dataclass(frozen=True)
class TsField:
    key: str
    type: str
    optional: bool
    doc: str
    readonly: bool = False


@dataclass(frozen=True)
class TsType:
    """One exported type: an interface (``fields``) or an alias (``alias``)."""

    name: str
    doc: str
    fields: tuple[TsField, ...] = ()
    alias: str = ""
    index: str = ""
    pointer: str = ""


def declarations(
    api: ir.Api, names: Names, type_names: dict[str, str], param_names: dict[str, str]
) -> tuple[tuple[TsType, ...], bool]:
    """The package's types, sorted by name, and whether a field holds an unknown tag (the runtime's
    ``UnknownTag`` type is then exported)."""
    types: list[TsType] = []
    uses_unknown = False
    for d in api.declarations:
        name = type_names[d.key]
        if isinstance(d, ir.Model):
            fields = tuple(
                TsField(
                    naming.property_key(f.wire),
                    spell(f.type, names),
                    not f.required,
                    naming.doc(
                        (
                            "The tag as sent: equal to none of the tags this client knows."
                            if isinstance(f.type, ir.UnknownTagType)
                            else naming.fields_doc(f.description, f.deprecated)
                        ),
                        "  ",
                    ),
                )
                for f in d.fields
            )
            uses_unknown = uses_unknown or any(
                isinstance(f.type, ir.UnknownTagType) for f in d.fields
            )
            index = ""
            if d.additional is not None:
                index = "unknown"
            types.append(
                TsType(
                    name,
                    naming.doc(
                        naming.fields_doc(d.description or d.title, d.deprecated)
                    ),
                    fields,
                    index=index,
                    pointer=d.pointer,
                )
            )
        elif isinstance(d, ir.Enum):
            types.append(
                TsType(
                    name,
                    naming.doc(naming.fields_doc(d.description, d.deprecated)),
                    alias=open_enum(d),
                    pointer=d.pointer,
                )
            )
        else:
            types.append(
                TsType(
                    name,
                    naming.doc(naming.fields_doc(d.description, d.deprecated)),
                    alias=spell(d.type, names),
                    pointer=d.pointer,
                )
            )
    for p in api.params:
        if isinstance(p, ir.Params):
            name = param_names[p.model.key]
            fields = tuple(
                TsField(
                    naming.property_key(k.wire),
                    spell(k.type, names, "request"),
                    not k.required,
                    naming.doc(naming.fields_doc(k.description, k.deprecated), "  "),
                )
                for k in p.keys
            )
            types.append(
                TsType(
                    name,
                    naming.doc(
                        f"What a request sends for {type_names.get(p.model.key, '')}."
                    ),
                    fields,
                    pointer=p.pointer,
                )
            )
        else:
            name = param_names[p.alias.key]
            types.append(
                TsType(
                    name,
                    naming.doc(
                        f"What a request sends for {type_names.get(p.alias.key, '')}."
                    ),
                    alias=spell(p.type, names, "request"),
                    pointer=p.pointer,
                )
            )
    types.sort(key=lambda t: t.name)
    return tuple(types), uses_unknown
