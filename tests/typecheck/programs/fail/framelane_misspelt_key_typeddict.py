from framelane.params import TextElementParam

# expected: mypy: Extra key "textt" | pyright: "textt" is an undefined item
element: TextElementParam = {"type": "text", "textt": "hi", "duration": 1}
