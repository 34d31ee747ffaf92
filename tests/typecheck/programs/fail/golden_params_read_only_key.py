from golden_params.params import NodeParam

# expected: mypy: Extra key "id" | pyright: "id" is an undefined item
node: NodeParam = {"label": "x", "secret": "s", "id": "set by the server"}
