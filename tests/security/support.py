"""What the security tests share: hostile text, a spec that carries it in every position, and the checks that
a generated package is safe (it compiles, black leaves it alone, every name in it is a sanitised identifier,
spec text is only ever inside string literals, importing it runs nothing).
"""

from __future__ import annotations

import ast
import io
import json
import keyword
import os
import re
import subprocess
import sys
import textwrap
import tokenize
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any

from tests.helpers import ROOT

GENERATED = ROOT / "generated"
MARKER = "PWNED_MARKER"
"""A file name that hostile payloads try to create (relative: the import check runs in a fresh folder)."""

# Calls that a payload makes and that no template ever emits: finding one of these names anywhere in the AST
# of a generated module means spec text became code.
PAYLOAD_CALLS = frozenset(
    {"__import__", "system", "exec", "eval", "breakpoint", "pwned_hook"}
)

FRAGMENTS: tuple[str, ...] = (
    '"',
    "'",
    '"""',
    "'''",
    '""""',
    "\\",
    "\\\\",
    "\\n",
    "\\x00",
    "\\N{BULLET}",
    "\n",
    "\r\n",
    "\r",
    "#",
    "# comment",
    "{{ 7*7 }}",
    "{% if true %}J{% endif %}",
    "{# jinja comment #}",
    "{%- raw -%}",
    "{{ api.__class__ }}",
    "${HOME}",
    "%s%d",
    f"__import__('os').system('touch {MARKER}')",
    f'"""; __import__("os").system("touch {MARKER}"); """',
    f"'''; open('{MARKER}', 'w'); '''",
    f"\"); exec(\"open('{MARKER}', 'w')\") #",
    f"\n    pwned_hook()\n",
    f"\nimport os; os.system('touch {MARKER}')\n",
    "é",
    "中文",
    "😀",
    "\u202e",  # right-to-left override
    "\u200b",  # zero width space
    "e\u0301",  # combining accent
    "\x00",
    "\x01",
    "\x1b[31m",
    "\x7f",
    "\x85",
    "\x0b",
    "\x0c",
    "\u2028",
    "\u2029",
    "\ufeff",
    "\ud800",  # lone surrogate (JSON "\ud800")
    "\udfff",
    "class",
    "None",
    "import",
    "lambda",
    "__init__",
    "__class__",
    "__dict__",
    "__builtins__",
    "self",
    "options",
    "model_config",
    "BaseModel",
    "Field",
    "../../etc/passwd",
    "C:\\Windows\\system32",
    "CON",
    "nul",
    " ",
    "",
)

POSITIONS = (
    "title",
    "info_description",
    "version",
    "server_url",
    "server_description",
    "tag",
    "tag_description",
    "path_segment",
    "operation_id",
    "summary",
    "operation_description",
    "path_param",
    "query_param",
    "header_param",
    "cookie_param",
    "param_description",
    "schema_name",
    "schema_title",
    "schema_description",
    "property",
    "property_description",
    "enum_value",
    "default",
    "example",
    "pattern",
    "const",
    "body_property",
    "response_description",
    "security_description",
)


def ref_to(name: str) -> str:
    """A ``$ref`` to the component schema ``name`` (JSON pointer escaping)."""
    return "#/components/schemas/" + name.replace("~", "~0").replace("/", "~1")


def hostile_spec(text: Callable[[str], str], version: str = "3.1.0") -> dict[str, Any]:
    """A spec with ``text(position)`` in every position where spec text reaches the generated code."""
    t = text
    schema_name = t("schema_name") or "Empty"
    enum_name = "Kind" if schema_name != "Kind" else "Kind2"
    # Braces in the name and the segment make more placeholders, declared or not, repeated or not.
    path_param = t("path_param") or "id"
    segment = t("path_segment").replace("/", "_")
    path = f"/things{('/' + segment) if segment else ''}/{{{path_param}}}"
    prop = t("property")
    body_prop = t("body_property")
    return {
        "openapi": version,
        "info": {
            "title": t("title"),
            "version": t("version"),
            "description": t("info_description"),
        },
        "servers": [{"url": t("server_url"), "description": t("server_description")}],
        "tags": [{"name": t("tag"), "description": t("tag_description")}],
        "paths": {
            path: {
                "post": {
                    "operationId": t("operation_id"),
                    "tags": [t("tag")],
                    "summary": t("summary"),
                    "description": t("operation_description"),
                    "security": [{"key": []}],
                    "parameters": [
                        {
                            "name": path_param,
                            "in": "path",
                            "required": True,
                            "description": t("param_description"),
                            "schema": {"type": "string", "pattern": t("pattern")},
                        },
                        {
                            "name": t("query_param"),
                            "in": "query",
                            "description": t("param_description"),
                            "schema": {
                                "type": "string",
                                "default": t("default"),
                                "example": t("example"),
                            },
                        },
                        {
                            "name": t("header_param"),
                            "in": "header",
                            "schema": {"$ref": ref_to(enum_name)},
                        },
                        {
                            "name": t("cookie_param"),
                            "in": "cookie",
                            "schema": {"type": "integer", "default": 3},
                        },
                    ],
                    "requestBody": {
                        "required": True,
                        "content": {
                            "application/json": {
                                "schema": {
                                    "type": "object",
                                    "required": [body_prop],
                                    "properties": {
                                        body_prop: {
                                            "type": "string",
                                            "description": t("property_description"),
                                            "example": t("example"),
                                        },
                                        "nested": {"$ref": ref_to(schema_name)},
                                    },
                                }
                            }
                        },
                    },
                    "responses": {
                        "200": {
                            "description": t("response_description"),
                            "content": {
                                "application/json": {
                                    "schema": {"$ref": ref_to(schema_name)}
                                }
                            },
                        }
                    },
                }
            }
        },
        "components": {
            "securitySchemes": {
                "key": {
                    "type": "http",
                    "scheme": "bearer",
                    "description": t("security_description"),
                }
            },
            "schemas": {
                schema_name: {
                    "type": "object",
                    "title": t("schema_title"),
                    "description": t("schema_description"),
                    "required": [prop],
                    "properties": {
                        prop: {
                            "type": "string",
                            "description": t("property_description"),
                            "default": t("default"),
                            "example": t("example"),
                            "pattern": t("pattern"),
                        },
                        "kind": {"$ref": ref_to(enum_name)},
                        "fixed": {"const": t("const")},
                        "tags": {
                            "type": "array",
                            "items": {"type": "string", "enum": [t("enum_value"), "x"]},
                        },
                        "self": {"type": "integer", "default": 1},
                        "class": {"type": "string", "examples": [t("example")]},
                    },
                },
                enum_name: {
                    "type": "string",
                    "description": t("schema_description"),
                    "enum": [t("enum_value"), "plain", "None", "__class__"],
                    "default": t("enum_value"),
                },
            },
        },
    }


def write_spec(spec: dict[str, Any], path: Path) -> Path:
    """Write ``spec`` as JSON, with ASCII escapes (so that lone surrogates are JSON ``\\ud800``)."""
    path.write_text(json.dumps(spec, ensure_ascii=True, indent=1), encoding="ascii")
    return path


def cleaned(text: str) -> str:
    """``text`` as the loader keeps it (lone surrogates become U+FFFD)."""
    return "".join("\ufffd" if 0xD800 <= ord(ch) <= 0xDFFF else ch for ch in text)


# ------------------------------------------------------------------------------------------------ checks


def python_files(root: Path) -> list[Path]:
    return sorted(p for p in root.rglob("*.py") if "__pycache__" not in p.parts)


def parse_all(root: Path) -> dict[Path, ast.Module]:
    """Every module under ``root``, parsed and compiled (a syntax error fails the test with its file)."""
    trees: dict[Path, ast.Module] = {}
    for path in python_files(root):
        source = path.read_bytes()
        try:
            tree = ast.parse(source, str(path))
            compile(tree, str(path), "exec")
        except (SyntaxError, ValueError) as exc:
            raise AssertionError(f"{path} does not compile: {exc}") from None
        trees[path] = tree
    return trees


def identifiers(tree: ast.AST) -> set[str]:
    """Every name the module binds or uses: variables, attributes, arguments, functions, classes, imports."""
    found: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Name):
            found.add(node.id)
        elif isinstance(node, ast.Attribute):
            found.add(node.attr)
        elif isinstance(node, ast.arg):
            found.add(node.arg)
        elif isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
            found.add(node.name)
        elif isinstance(node, ast.alias):
            found.update(node.name.split("."))
            if node.asname:
                found.add(node.asname)
        elif isinstance(node, ast.ImportFrom) and node.module:
            found.update(node.module.split("."))
        elif isinstance(node, ast.keyword) and node.arg:
            found.add(node.arg)
    return found


def baseline_identifiers() -> set[str]:
    """The names the generator itself writes: every identifier-like word of the templates and of the modules
    that write Python syntax besides ``literals`` (the Python target's), and every name of the committed
    Framelane client."""
    names: set[str] = set()
    sources = [*(ROOT / "templates").rglob("*.jinja")]
    sources += sorted((ROOT / "generator" / "targets" / "python").glob("*.py"))
    for source in sources:
        names |= set(re.findall(r"[A-Za-z_][A-Za-z0-9_]*", source.read_text()))
    for tree in parse_all(GENERATED / "framelane").values():
        names |= identifiers(tree)
    return names


def check_identifiers(trees: dict[Path, ast.Module], baseline: set[str]) -> None:
    """Every name is an ASCII identifier; one the templates do not use themselves (so: made from the spec) is a
    sanitised one: letters, digits and underscores, starting with a letter, never a keyword or a dunder. No
    call is one a payload makes (``__import__``, ``system``, ``exec``, ``eval``, ``open``...).
    """
    for path, tree in trees.items():
        for node in ast.walk(tree):
            if isinstance(node, ast.Call):
                func = node.func
                called = (
                    func.id
                    if isinstance(func, ast.Name)
                    else func.attr if isinstance(func, ast.Attribute) else None
                )
                assert (
                    called not in PAYLOAD_CALLS
                ), f"{path}:{node.lineno}: a call of {called!r} (payload text became code)"
                # The templates open files named by variables; a payload opens a named file.
                assert called != "open" or not any(
                    isinstance(arg, ast.Constant) for arg in node.args[:1]
                ), f"{path}:{node.lineno}: open() of a literal name (payload text became code)"
        for name in identifiers(tree):
            assert (
                name.isascii() and name.isidentifier()
            ), f"{path}: {name!r} is no ASCII identifier"
            if name in baseline:
                continue
            assert name[0].isalpha() and not keyword.iskeyword(
                name
            ), f"{path}: {name!r} (from the spec) is not sanitised"


def check_text_only_in_strings(root: Path, needles: Iterable[str]) -> None:
    """Outside string literals (comments included), no token contains one of ``needles`` (distinctive pieces of
    the payloads); inside them anything may appear."""
    needles = [n for n in needles if n]
    for path in python_files(root):
        source = path.read_text(encoding="utf-8", errors="surrogateescape")
        tokens = tokenize.generate_tokens(io.StringIO(source).readline)
        for token in tokens:
            if token.type in _STRING_TOKENS:
                continue
            for needle in needles:
                assert (
                    needle not in token.string
                ), f"{path}:{token.start[0]}: {needle!r} outside a string literal: {token.line!r}"


_STRING_TOKENS = {
    tokenize.STRING,
    getattr(tokenize, "FSTRING_MIDDLE", tokenize.STRING),  # Python 3.12+
}

NEEDLES = ("__import__", "{{", "{%", "{#", f"touch {MARKER}", "os.system", "\x00")
"""Pieces of the payloads that no sanitised name and no template text contains."""


def string_constants(trees: dict[Path, ast.Module]) -> set[str]:
    """The values of every string literal (docstrings included)."""
    return {
        node.value
        for tree in trees.values()
        for node in ast.walk(tree)
        if isinstance(node, ast.Constant) and isinstance(node.value, str)
    }


def generate(spec: Path, out: Path, package: str, cache: Path) -> Any:
    """Generate in process with the formatter's cache in ``cache`` (runs of similar specs share the black
    results of their unchanged fragments)."""
    from generator.config import load_config
    from generator.pipeline import generate as run

    config = load_config(None, {"spec": spec, "out": out, "package_name": package})
    return run(config, cache_dir=cache, use_cache=True)


def check_black(*roots: Path) -> None:
    """``black --check`` passes on the generated trees (as ``make lint`` runs it)."""
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "black",
            "--check",
            "--target-version",
            "py311",
            *map(str, roots),
        ],
        capture_output=True,
        text=True,
        check=False,
        cwd=roots[0],
    )
    assert result.returncode == 0, result.stderr[-3000:]


IMPORT_CHECK = textwrap.dedent("""
    import importlib, os, pkgutil, sys
    out, packages = sys.argv[1], sys.argv[2:]
    sys.path.insert(0, out)
    for package in packages:
        pkg = importlib.import_module(package)
        for info in pkgutil.walk_packages(pkg.__path__, package + "."):
            importlib.import_module(info.name)
        models = importlib.import_module(package + ".models")
        for name in models.__all__:
            rebuild = getattr(getattr(models, name), "model_rebuild", None)
            if rebuild is not None:
                rebuild(raise_errors=True)
        client_name = pkg.__all__[0]
        schemes = importlib.import_module(package + "._settings").SECURITY_SCHEMES
        credentials = {a: "k" for scheme in schemes.values() for a in scheme.arguments}
        client = getattr(pkg, client_name)(base_url="http://127.0.0.1:9", **credentials)
        repr(client)
        client.close()
    print("imported", len(packages))
    """)


def check_imports_cleanly(out: Path, packages: list[str], workdir: Path) -> None:
    """Import every module of ``packages`` in a fresh interpreter whose working folder is ``workdir``, rebuild
    every model, construct each client: it must succeed, print nothing else and create no file (a payload that
    ran would have made ``MARKER`` there)."""
    workdir.mkdir(parents=True, exist_ok=True)
    before = sorted(os.listdir(workdir))
    env = dict(os.environ)
    env.pop("PYTHONPATH", None)
    env["PYTHONDONTWRITEBYTECODE"] = "1"
    result = subprocess.run(
        [sys.executable, "-c", IMPORT_CHECK, str(out), *packages],
        cwd=workdir,
        env=env,
        capture_output=True,
        text=True,
        check=False,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr[-4000:]
    assert result.stdout.strip() == f"imported {len(packages)}", result.stdout[-2000:]
    assert result.stderr == "", result.stderr[-2000:]
    assert sorted(os.listdir(workdir)) == before, "importing created files"
    assert not list(workdir.rglob(f"*{MARKER}*")), "a payload ran"


def written_files(out: Path) -> list[Path]:
    """Every file under ``out`` (caches aside)."""
    return sorted(
        p for p in out.rglob("*") if p.is_file() and "__pycache__" not in p.parts
    )


def check_tree_safe(out: Path, package: str, *, allow_others: bool = False) -> None:
    """Every file the generator wrote is inside ``out/<package>/`` (with ``allow_others``, other packages may
    share ``out``), no two differ only in case, and none is named like a Windows device.
    """
    files = written_files(out)
    resolved_out = out.resolve()
    folded: dict[str, Path] = {}
    mine = 0
    for path in files:
        relative = path.resolve().relative_to(resolved_out)
        if allow_others and relative.parts[0] != package:
            continue
        assert relative.parts[0] == package, f"{relative} is outside {package}/"
        mine += 1
        key = str(relative).casefold()
        assert key not in folded, f"{relative} and {folded[key]} differ only in case"
        folded[key] = relative
        for part in relative.parts:
            stem = part.split(".")[0].lower()
            assert stem not in _DEVICES, f"{relative}: {part} is a Windows device name"
    assert mine, "nothing was written"


_DEVICES = {"con", "prn", "aux", "nul"} | {
    f"{stem}{n}" for stem in ("com", "lpt") for n in "0123456789"
}


def check_black_in_process(package: Path) -> None:
    """As ``check_black``, in this process (faster for many small runs): black's own check of whether it would
    change a file (without re-checking its own result, which ``black --check`` does not need either).
    """
    import black
    from black.mode import TargetVersion
    from black.report import NothingChanged

    mode = black.Mode(target_versions={TargetVersion.PY311})
    for path in python_files(package):
        source = path.read_text(encoding="utf-8")
        try:
            black.format_file_contents(source, fast=True, mode=mode)
        except NothingChanged:
            continue
        raise AssertionError(f"black would reformat {path}")
