from framelane import Framelane

client = Framelane()


def handle(body: bytes, headers: dict[str, str]) -> None:
    event = client.webhooks.unwrap(body, headers)
    if event.type == "render.failed":
        # expected: mypy: "outputt" | pyright: "outputt"
        print(event.data.outputt)
