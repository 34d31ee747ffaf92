"""The params golden case: required and optional keys, write-only keys, recursion, a discriminated union of
params, nested enums, and wire names that are not Python names (the functional syntax).
"""

from __future__ import annotations

from golden_params import GoldenParams
from golden_params.models import Colour, Node
from golden_params.params import HeadersParam, LayerParam, NodeParam

client = GoldenParams()

root: NodeParam = {
    "label": "root",
    "secret": "s",
    "children": [{"label": "leaf", "secret": "t"}, Node(label="model")],
}
layers: list[LayerParam] = [
    {"kind": "shape", "sides": 3, "fill": "red"},
    {"kind": "shape", "sides": 4, "fill": Colour.BLUE},
    {"kind": "text", "text": "hi", "font": None},
]
headers: HeadersParam = {"content-type": "text/plain", "class": "c", "__private": 1}
client.scenes.create(name="a", root=root, layers=layers, headers=headers, priority=2)
client.scenes.replace_layers("scene_1", body=layers)
