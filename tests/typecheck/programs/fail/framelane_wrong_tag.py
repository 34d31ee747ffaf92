from framelane import Framelane

client = Framelane()
# expected: mypy: List item 0 has incompatible type | pyright: "elements"
client.renders.create(elements=[{"type": "txt", "text": "hi", "duration": 1}])
