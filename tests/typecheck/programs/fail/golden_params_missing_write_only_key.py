from golden_params.params import NodeParam

# expected: mypy: Missing key "secret" | pyright: "secret" is required
node: NodeParam = {"label": "x"}
