from __future__ import annotations

from typing_extensions import TypeAliasType

__all__ = ["AnimalUnionParam"]

AnimalUnionParam = TypeAliasType(
    "AnimalUnionParam",
    "Dog | DogParam | Cat | CatParam | Lion | LionParam | Animal | AnimalParam",
)
"""Animal or one of its kinds, told apart by 'petType'.

What a request may give for a ``AnimalUnion``.
"""

from ..models.animal import Animal
from ..models.cat import Cat
from ..models.dog import Dog
from ..models.lion import Lion
from .animal import AnimalParam
from .cat import CatParam
from .dog import DogParam
from .lion import LionParam
