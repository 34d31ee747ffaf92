from framelane.params import TextElementParam

# expected: mypy: "blend_mode" | pyright: "Literal['multiplyy']"
element: TextElementParam = {
    "type": "text",
    "text": "hi",
    "duration": 1,
    "blend_mode": "multiplyy",
}
