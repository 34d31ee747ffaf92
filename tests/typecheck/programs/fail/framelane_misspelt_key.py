from framelane import Framelane

client = Framelane()
# expected: mypy: List item 0 has incompatible type | pyright: "elements"
client.renders.create(elements=[{"type": "text", "textt": "hi", "duration": 1}])
