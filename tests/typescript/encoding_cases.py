"""The wire forms the Python runtime gives for a set of values and styles: the oracle of encoding.test.mjs."""

import json, sys

sys.path.insert(0, sys.argv[1])
from framelane import _encoding as e

S = e.Style
values = {
    "scalar": "a b/c&d",
    "number": 5,
    "bool": True,
    "list": ["x", "y z", 3],
    "object": {"role": "admin", "first name": "Al/ex"},
    "reserved": "a:b/c?d&e#f+g",
}
styles = {
    "default": None,
    "explode_false": S(explode=False),
    "space": S(style="spaceDelimited", explode=False),
    "pipe": S(style="pipeDelimited", explode=False),
    "deep": S(style="deepObject", explode=True),
    "reserved": S(allow_reserved=True),
    "json": S(content_type="application/json"),
    "label": S(style="label"),
    "label_explode": S(style="label", explode=True),
    "matrix": S(style="matrix"),
    "matrix_explode": S(style="matrix", explode=True),
    "simple_explode": S(explode=True),
}
ts_style = lambda s: (
    None
    if s is None
    else {
        k: v
        for k, v in {
            "style": s.style or None,
            "explode": s.explode,
            "allowReserved": s.allow_reserved or None,
            "contentType": s.content_type or None,
        }.items()
        if v is not None
    }
)
cases = []
for vname, value in values.items():
    for sname, style in styles.items():
        if sname.startswith(("label", "matrix", "simple")):
            cases.append(
                {
                    "fn": "path",
                    "name": "id",
                    "value": value,
                    "style": ts_style(style),
                    "expected": e.format_path(
                        "/x/{id}", {"id": value}, {"id": style} if style else None
                    ),
                }
            )
            cases.append(
                {
                    "fn": "header",
                    "value": value,
                    "style": ts_style(style),
                    "expected": e.header_value(value, style),
                }
            )
        else:
            if sname == "deep" and not isinstance(value, dict):
                continue
            cases.append(
                {
                    "fn": "query",
                    "name": "q",
                    "value": value,
                    "style": ts_style(style),
                    "expected": e.encode_query(
                        {"q": value}, {"q": style} if style else None
                    ),
                }
            )
            cases.append(
                {
                    "fn": "form",
                    "name": "q",
                    "value": value,
                    "style": ts_style(style),
                    "expected": e.encode_form(
                        {"q": value}, {"q": style} if style else None
                    ).decode(),
                }
            )
            cases.append(
                {
                    "fn": "cookie",
                    "name": "c",
                    "value": value,
                    "style": ts_style(style),
                    "expected": e.encode_cookies(
                        {"c": value}, {"c": style} if style else None
                    ),
                }
            )
body = {"title": 'A "clip"', "tags": ["a", "b"], "meta": {"k": 1}, "n": 2, "ok": False}
cases.append(
    {
        "fn": "multipart",
        "value": body,
        "expected": e.encode_multipart(body, None, "BOUNDARY").decode(),
    }
)
print(json.dumps(cases))
