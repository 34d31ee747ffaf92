from framelane import Framelane

# expected: mypy: "strict_response_validation" | pyright: "Literal['yes']"
client = Framelane(strict_response_validation="yes")
