from framelane import Framelane

client = Framelane()
# expected: mypy: "output_format" | pyright: "Literal['mp5']"
client.renders.create(output_format="mp5")
