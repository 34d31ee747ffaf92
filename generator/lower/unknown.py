"""The unknown variant of a discriminated union: what a value whose tag the client does not know decodes as.

A union told apart by a tag (``type: "render.completed"``) may grow on the server before the client is
regenerated, so each one gets a model of its own for the tags it does not list (``UnknownWebhookEvent``): it
keeps the value's data as extra fields, and its tag field is typed ``UnknownTagType``, which equals none of the
union's tags. Type checkers can then tell the members apart by their tag (``if event.type == "x":`` narrows to
the member tagged ``"x"``), while an unknown tag still decodes.

A union whose ``allOf`` base is a concrete kind (``polymorphism``) decodes unknown tags as that base instead.
"""

from __future__ import annotations

from .. import ir
from .. import pointer as jp
from .context import Context


def unknown_variant(
    ctx: Context, pointer: str, hint: str, discriminator: str
) -> ir.DeclRef:
    """The model of the union at ``pointer`` (named after ``hint``) for the values of a tag it does not list,
    declared on first use."""
    key = jp.join(pointer, "x-unknown-variant")
    if key not in ctx.kinds:
        ctx.kinds[key] = "model"
        ctx.candidates[key] = "Unknown" + hint
        tag = ir.Field(
            wire=discriminator,
            type=ir.UnknownTagType(),
            required=False,
            description=(
                "The tag as sent (its ``value``; ``UnknownTag.OTHER`` when there was none). It equals "
                "none of the tags this client knows."
            ),
            pointer=key,
        )
        ctx.declarations[key] = ir.Model(
            key=key,
            name=hint,
            module="",
            fields=(tag,),
            description=(
                f"A {hint} whose tag this client does not know yet (the API may have added it since): "
                "its data is kept as extra fields."
            ),
            pointer=key,
        )
    return ir.DeclRef(key=key, kind="model")
