from __future__ import annotations

from typing import Annotated, Union

from pydantic import Discriminator, Tag
from typing_extensions import TypeAliasType

from .._models import discriminate

__all__ = ["AnimalUnion"]

AnimalUnion = TypeAliasType(
    "AnimalUnion",
    Annotated[
        Union[
            Annotated["Dog", Tag("doggo")],
            Annotated["Cat", Tag("Cat")],
            Annotated["Lion", Tag("Lion")],
            Annotated["Animal", Tag("")],
        ],
        Discriminator(
            discriminate("petType", {"doggo": "doggo", "Cat": "Cat", "Lion": "Lion"})
        ),
    ],
)
"""Animal or one of its kinds, told apart by 'petType'."""

from .animal import Animal
from .cat import Cat
from .dog import Dog
from .lion import Lion
