from golden_params.params import HeadersParam

# expected: mypy: Extra key "content_type" | pyright: "content_type" is an undefined item
headers: HeadersParam = {"content_type": "text/plain"}
