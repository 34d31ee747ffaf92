from framelane.params import TextElementParam

# expected: mypy: Missing key "text" | pyright: "text" is required
element: TextElementParam = {"type": "text", "duration": 1}
