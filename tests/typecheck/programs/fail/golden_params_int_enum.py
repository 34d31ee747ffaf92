from golden_params import GoldenParams

client = GoldenParams()
# expected: mypy: "priority" | pyright: "Literal[4]"
client.scenes.create(name="a", root={"label": "x", "secret": "s"}, priority=4)
