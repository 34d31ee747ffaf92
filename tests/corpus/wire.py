"""The corpus's wire pass: every operation of a spec called through its generated client, judged by openapi-core.

For each operation, ``wire_plan`` makes wire-level requests (a ``full`` one, every parameter and field, and a
``required`` one) and a success response from the spec alone; this module maps them onto the generated method's
keyword arguments (through the package's ``.api.json``, with the values converted to the declared Python types as
a caller would pass them), calls the *sync* client over ``httpx.MockTransport``, has ``openapi-core`` validate the
captured request (the adapters of ``tests/conformance/oracle.py``) and checks that the fed-back response decodes.

Each operation ends in one outcome:

* ``pass``: every request accepted, the response decoded;
* ``fail``: a client defect, with its kinds (``security``, ``query parameter style``, ``body encoding``,
  ``response decode``...) and what openapi-core said;
* ``defect``: the spec keeps the harness from exercising it (openapi-core cannot read the spec, the path names an
  undeclared parameter, a schema no instance satisfies, no success response), with the reason;
* ``harness``: the harness or the oracle could not judge it (no value found within the budget, a media type the
  oracle cannot read, a time limit, openapi-core wrong on a construct), with the reason.

It runs as a subprocess of ``harness.check_spec`` (``python wire.py worker ...``) under the same time limits as the
other steps, writes its report as it goes (a killed worker still reports the operations it finished) and never
imports the generator. Plans are cached by the spec's content and this pass's sources.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import signal
import sys
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

CORPUS_DIR = Path(__file__).resolve().parent
REPO = CORPUS_DIR.parents[1]
HTTP_METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")
PLAN_SECONDS = 20.0  # one operation's planning (hypothesis draws)
CALL_SECONDS = 10.0  # one operation's calls and checks
SAVE_EVERY = 20  # operations between two writes of the report and of the partial plan


@contextlib.contextmanager
def time_limit(seconds: float) -> Iterator[None]:
    """Raise ``wire_call.OperationTimeout`` in this (main) thread after ``seconds`` of the process's CPU time
    (``ITIMER_PROF``: a limit that the load of other work on the shared machine does not move).
    """
    from wire_call import OperationTimeout

    def expire(signum: int, frame: Any) -> None:
        raise OperationTimeout(f"over {seconds:.0f}s of CPU")

    previous = signal.signal(signal.SIGPROF, expire)
    # Repeating: an exception raised inside a garbage-collector or weakref callback is swallowed ("Exception
    # ignored in ..."), so the alarm fires again each second until the block ends.
    signal.setitimer(signal.ITIMER_PROF, seconds, 1.0)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_PROF, 0)
        signal.signal(signal.SIGPROF, previous)


def operations(document: dict[str, Any]) -> list[tuple[str, str]]:
    """(method, path) of every operation, in the order of the spec, path item ``$ref``\\ s followed (the same
    operations as ``harness.spec_facts`` counts)."""
    found = []
    paths = document.get("paths")
    for route, item in paths.items() if isinstance(paths, dict) else []:
        seen = 0
        while (
            isinstance(item, dict) and isinstance(item.get("$ref"), str) and seen < 16
        ):
            target: Any = document
            for token in item["$ref"].lstrip("#/").split("/"):
                token = token.replace("~1", "/").replace("~0", "~")
                target = target.get(token) if isinstance(target, dict) else None
            item, seen = target, seen + 1
        if isinstance(item, dict):
            found += [(m, route) for m in HTTP_METHODS if isinstance(item.get(m), dict)]
    return found


def load_document(path: Path) -> dict[str, Any]:
    """The spec as data (JSON, or YAML through PyYAML: the corpus's specs are JSON)."""
    text = path.read_text(encoding="utf-8-sig")
    if path.suffix in (".yaml", ".yml"):
        import yaml

        data = yaml.safe_load(text)
    else:
        data = json.loads(text)
    if not isinstance(data, dict):
        raise ValueError("the spec is not an object")
    return data


# -------------------------------------------------------------------------------------------------- planning


def planner_digest() -> str:
    """A digest of the planner's code: cached plans made by other versions are not reused. Of the syntax
    tree, not the bytes, so that an edit of comments or layout alone keeps the cache."""
    import ast

    digest = hashlib.sha256()
    for name in ("wire_plan.py", "wire_data.py", "wire_spec.py", "wire_judge.py"):
        tree = ast.parse((CORPUS_DIR / name).read_text(encoding="utf-8"))
        digest.update(ast.dump(tree).encode())
    return digest.hexdigest()[:12]


def plan_spec(path: Path, examples: int, cache: Path | None) -> dict[str, Any]:
    """The plan of every operation of a spec, and whether openapi-spec-validator (openapi-core's spec check)
    accepts the spec. Cached by the spec's bytes and the planner's sources, and saved as it grows: a worker
    killed at its time limit leaves a partial plan that the next run completes."""
    from openapi_core import OpenAPI

    from wire_call import OperationTimeout, first_line
    from wire_judge import judged_document
    from wire_plan import Planner
    from wire_spec import oracle

    key = hashlib.sha256(path.read_bytes()).hexdigest()[:16]
    cached = cache / f"{key}-{planner_digest()}-{examples}.json" if cache else None
    plan: dict[str, Any] = {}
    if cached is not None and cached.exists():
        with contextlib.suppress(ValueError):
            plan = dict(json.loads(cached.read_text(encoding="utf-8")))
        if plan.get("complete"):
            return plan

    def save() -> None:
        if cached is not None:
            cached.parent.mkdir(parents=True, exist_ok=True)
            temporary = cached.with_suffix(".tmp")
            temporary.write_text(json.dumps(plan), encoding="utf-8")
            temporary.replace(cached)

    document = load_document(path)
    if "spec_invalid" not in plan:
        plan = {"spec_invalid": "", "unreadable": "", "operations": {}}
        started = time.perf_counter()
        try:
            OpenAPI.from_dict(document)
        except Exception as exc:  # noqa: BLE001 - openapi-core's verdict on the spec
            plan["spec_invalid"] = first_line(exc)
        plan["seconds_spec_check"] = round(time.perf_counter() - started, 2)
    try:
        # Values are drawn against the copy the requests are judged by (``wire_judge.judged_document``).
        openapi = oracle(judged_document(document))
    except Exception as exc:  # noqa: BLE001
        plan["unreadable"] = first_line(exc)
        plan["complete"] = True
        save()
        return plan
    planner = Planner(document, openapi, examples)
    done = plan["operations"]
    for method, route in operations(document):
        name = f"{method.upper()} {route}"
        if name in done:
            continue
        try:
            with time_limit(PLAN_SECONDS):
                done[name] = planner.plan(route, method)
        except OperationTimeout as exc:
            done[name] = {"problem": f"planning took {exc}"}
        # A spec the planner cannot walk (a dangling $ref...)
        except Exception as exc:  # noqa: BLE001
            reason = "defect" if isinstance(exc, KeyError) else "problem"
            done[name] = {reason: f"planning: {first_line(exc)}"}
        if len(done) % SAVE_EVERY == 0:
            save()
    plan["complete"] = True
    save()
    return plan


# ------------------------------------------------------------------------------------------------ the worker


def _worker(
    spec: str, out: str, package: str, report: str, examples: str, cache: str
) -> int:
    """Plan (or read the cached plan of) the spec, then exercise every operation; the report is rewritten as it
    goes, so a worker killed at its time limit still tells what it finished."""
    import warnings

    warnings.simplefilter(
        "ignore"
    )  # openapi-core warns on every oauth2 request ("Unsupported scheme type")
    sys.path.insert(0, str(CORPUS_DIR))
    sys.path.append(
        str(REPO)
    )  # tests.conformance.oracle; the generator is never imported
    from wire_call import Exerciser, OperationTimeout, first_line

    started = time.perf_counter()
    data: dict[str, Any] = {"operations": {}, "stage": "planning"}
    target = Path(report)

    def save() -> None:
        temporary = target.with_suffix(".tmp")
        temporary.write_text(json.dumps(data), encoding="utf-8")
        temporary.replace(target)

    save()
    plan = plan_spec(Path(spec), int(examples), Path(cache) if cache else None)
    data["spec_invalid"] = plan.get("spec_invalid", "")
    data["seconds_plan"] = round(time.perf_counter() - started, 2)
    document = load_document(Path(spec))
    names = [f"{m.upper()} {r}" for m, r in operations(document)]
    if plan.get("unreadable"):
        reason = "openapi-core cannot read the spec: " + plan["unreadable"]
        data["operations"] = {n: {"outcome": "defect", "reason": reason} for n in names}
        data["stage"] = "done"
        save()
        return 0
    data["stage"] = "exercising"
    save()
    exerciser = Exerciser(document, Path(out), package)
    for index, name in enumerate(names):
        planned = plan["operations"].get(name, {"problem": "not planned"})
        try:
            with time_limit(CALL_SECONDS):
                data["operations"][name] = exerciser.exercise(name, planned)
        except OperationTimeout as exc:
            data["operations"][name] = {
                "outcome": "harness",
                "reason": f"calls and checks took {exc}",
            }
        # A harness bug on one operation must not hide the others
        except Exception as exc:  # noqa: BLE001
            data["operations"][name] = {
                "outcome": "harness",
                "reason": f"harness error: {first_line(exc)}",
            }
        if index % SAVE_EVERY == 0:
            save()
    data["stage"] = "done"
    data["seconds"] = round(time.perf_counter() - started, 2)
    save()
    return 0


if __name__ == "__main__":
    command, *arguments = sys.argv[1:]
    if command == "worker":
        sys.exit(_worker(*arguments))
    sys.exit(f"unknown command {command!r}")
