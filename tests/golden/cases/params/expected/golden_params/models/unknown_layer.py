from __future__ import annotations

from .._models import UnknownVariant, OtherTag, UnknownTag

__all__ = ["UnknownLayer"]


class UnknownLayer(UnknownVariant):
    """A Layer whose tag this client does not know yet (the API may have added it since):
    its data is kept as extra fields.
    """

    kind: OtherTag = UnknownTag.OTHER
    """The tag as sent (its ``value``; ``UnknownTag.OTHER`` when there was none). It equals
    none of the tags this client knows.
    """
