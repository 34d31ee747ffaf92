from framelane.params import TextElementParam

# expected: mypy: "duration" | pyright: "Literal['long']"
element: TextElementParam = {"type": "text", "text": "hi", "duration": "long"}
