"""Benchmarks of the generator and of the client it generates, against peers measured in the same run
(``make bench``; bench/README.md explains every row).

    python bench/run.py                      # everything, 3 runs of each generation (BENCH_RUNS=5 for 5)
    python bench/run.py --runs 5 --profile   # and a profile of one cold generation of GitHub's spec
    python bench/run.py --only runtime       # only the generated client's run-time rows
    python bench/run.py --report FILE        # print the table of a saved run again

Generations run in subprocesses (wall time, peak memory); the specs, the peers' virtualenv and every output go
to the bench cache ($BENCH_CACHE_DIR, else ~/.cache/openapi-client-generator/bench). Ratios are ours / theirs: the machine is shared and noisy, so read the ratios, not the seconds.
"""

from __future__ import annotations

import argparse
import copy
import datetime
import hashlib
import io
import json
import os
import platform
import re
import shutil
import statistics
import subprocess
import sys
import tarfile
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

import _proc  # noqa: E402
from generator.config import default_cache_dir  # noqa: E402

BENCH = Path(__file__).resolve().parent
REPO = BENCH.parent
# Outside the checkout, beside the generator's own cache (peers, specs and outputs weigh ~250 MB):
# ``$BENCH_CACHE_DIR``, else ``bench/`` in the generator's cache folder.
CACHE = Path(os.environ.get("BENCH_CACHE_DIR") or default_cache_dir() / "bench")
PY = sys.executable

OCTOKIT = "@octokit/openapi@23.0.2"
OCTOKIT_FILE = "package/generated/api.github.com.json"
# The peers and the formatters they call, pinned (black as ours uses, so that both pay the same black).
PEERS = {
    "openapi-python-client": "0.29.1",
    "datamodel-code-generator": "0.89.0",
    "ruff": "0.17.6",
    "black": "26.10.1",
    "isort": "8.0.1",
    "py-spy": "0.4.3",
}
OPC = "openapi-python-client"
DCG = "datamodel-code-generator"
# The peers' scripts this harness runs (each must be in the peers' virtualenv).
PEER_SCRIPTS = ("openapi-python-client", "datamodel-codegen", "ruff", "black", "py-spy")
# The TypeScript peer, pinned and installed with npm (<cache>/npm-peers-<hash>/). typescript is its peer
# dependency (its printer): 7.x has no JavaScript API, so the newest 6.x.
HEY_API = "@hey-api/openapi-ts"
NPM_PEERS = {HEY_API: "0.99.0", "typescript": "6.0.3"}
# hey-api's plugins closest to what our TypeScript target writes: types, an SDK of functions, the fetch client.
HEY_API_PLUGINS = ("@hey-api/typescript", "@hey-api/sdk", "@hey-api/client-fetch")
GIB = 1024**3
MIB = 1024**2

# (file name in the cache, package name, our config, the operation edited by the one-operation rows)
SPECS: dict[str, dict[str, Any]] = {
    "framelane": {
        "package": "framelane",
        "config": REPO / "pyproject.toml",
        "operation": ("/v1/renders", "get"),
    },
    "github": {
        "package": "github_client",
        "config": Path("/dev/null"),
        "operation": ("/repos/{owner}/{repo}/issues", "get"),
    },
}

TARGETS = {
    "cold_vs_opc": 0.5,  # GitHub cold generation < half of openapi-python-client's time
    "warm": 0.3,  # seconds, regeneration with nothing changed
    "one_op": 1.5,  # seconds, regeneration after one operation changed (GitHub)
    "one_op_small": 0.5,  # seconds, the same on openapi.json
    "memory": 1.0 * GIB,  # peak memory of a generation
    "import": 2.0,  # import framelane / import httpx, pydantic
    "call": 1.3,  # per call, ours / hand-written httpx + pydantic
    "ts_vs_hey_api": 1.0,  # GitHub to TypeScript: no slower than @hey-api/openapi-ts
}


def log(message: str) -> None:
    print(f"[bench {time.strftime('%H:%M:%S')}] {message}", file=sys.stderr, flush=True)


# ---------------------------------------------------------------------------------------------- set-up


def _git(*args: str) -> str:
    try:
        return subprocess.run(
            ["git", *args], cwd=REPO, capture_output=True, text=True, check=False
        ).stdout.strip()
    except OSError:
        return ""


def freeze_generator(source: str) -> tuple[Path, str]:
    """A copy of generator/ and templates/ for the whole run (edits made meanwhile do not mix in):
    ``worktree`` copies the working tree, a git revision its commit, ``live`` uses the repository itself.
    """
    if source == "live":
        return REPO, "live working tree"
    staging = Path(tempfile.mkdtemp(prefix="gen-", dir=_mkdir(CACHE / "generators")))
    if source == "worktree":
        for name in ("generator", "templates"):
            shutil.copytree(
                REPO / name,
                staging / name,
                ignore=shutil.ignore_patterns("__pycache__", "*.pyc"),
            )
        dirty = _git("status", "--porcelain", "generator", "templates")
        label = f"working tree at {_git('rev-parse', '--short', 'HEAD')}" + (
            " + uncommitted generator/templates changes" if dirty else ""
        )
    else:
        commit = _git("rev-parse", "--verify", f"{source}^{{commit}}")
        if not commit:
            raise SystemExit(f"unknown git revision {source!r}")
        archive = subprocess.run(
            ["git", "archive", "--format=tar", commit, "generator", "templates"],
            cwd=REPO,
            capture_output=True,
            check=True,
        ).stdout
        with tarfile.open(fileobj=io.BytesIO(archive)) as tar:
            tar.extractall(staging, filter="data")
        label = f"commit {commit[:10]}"
    digest = hashlib.sha256()
    for file in sorted(p for p in staging.rglob("*") if p.is_file()):
        digest.update(file.relative_to(staging).as_posix().encode() + b"\0")
        digest.update(file.read_bytes())
    key = digest.hexdigest()[:12]
    target = CACHE / "generators" / key
    if target.exists():
        shutil.rmtree(staging)
    else:
        staging.rename(target)
    return target, f"{label} (snapshot {key})"


def _shown(path: Path) -> str:
    """``path`` as the report shows it: relative to the checkout when inside it (the cache is outside)."""
    return str(path.relative_to(REPO)) if path.is_relative_to(REPO) else str(path)


def _mkdir(path: Path) -> Path:
    path.mkdir(parents=True, exist_ok=True)
    return path


def github_spec() -> Path:
    """GitHub's spec from the npm package (``npm pack`` into the cache, once)."""
    specs = _mkdir(CACHE / "specs")
    target = specs / f"github-{OCTOKIT.rsplit('@', 1)[1]}.json"
    if target.exists():
        return target
    log(f"fetching {OCTOKIT} with npm pack")
    name = (
        subprocess.run(
            ["npm", "pack", OCTOKIT, "--silent"],
            cwd=specs,
            capture_output=True,
            text=True,
            check=True,
        )
        .stdout.strip()
        .splitlines()[-1]
    )
    with tarfile.open(specs / name) as tar:
        member = tar.extractfile(OCTOKIT_FILE)
        assert member is not None
        target.with_suffix(".tmp").write_bytes(member.read())
    target.with_suffix(".tmp").rename(target)
    return target


def peers_venv() -> Path:
    """The peers' virtualenv (pinned versions), created on first use; returns its bin folder."""
    pins = [f"{name}=={version}" for name, version in sorted(PEERS.items())]
    key = hashlib.sha256(" ".join(pins).encode()).hexdigest()[:8]
    venv = CACHE / f"peers-{key}"
    stamp = venv / ".installed"
    # A virtualenv is not relocatable (its scripts name their interpreter by absolute path): the stamp
    # records where it was made, and one that was moved, or lost a peer's script, is made again.
    expected = "\n".join([str(venv), *pins]) + "\n"
    try:
        intact = stamp.read_text() == expected and all(
            (venv / "bin" / script).exists() for script in PEER_SCRIPTS
        )
    except OSError:
        intact = False
    if not intact:
        log(f"installing the peers into {venv}: {' '.join(pins)}")
        shutil.rmtree(venv, ignore_errors=True)
        subprocess.run([PY, "-m", "venv", str(venv)], check=True)
        subprocess.run(
            [
                venv / "bin" / "python",
                "-m",
                "pip",
                "install",
                "--quiet",
                "--disable-pip-version-check",
                *pins,
            ],
            check=True,
        )
        stamp.write_text(expected)
    return venv / "bin"


# ---------------------------------------------------------------------------------------------- generation


def count_output(path: Path) -> dict[str, int]:
    """Files (all) and lines (of the .py files) under ``path`` (or of the file ``path``)."""
    files = [path] if path.is_file() else [p for p in path.rglob("*") if p.is_file()]
    files = [p for p in files if "__pycache__" not in p.parts]
    lines = 0
    for file in files:
        if file.suffix == ".py":
            with open(file, "rb") as handle:
                lines += sum(1 for _ in handle)
    return {"files": len(files), "lines": lines}


def _run_dict(run: _proc.Run, **extra: Any) -> dict[str, Any]:
    return {
        "wall": run.wall,
        "max_rss": run.max_rss,
        "tree_pss": run.tree_pss,
        "cpu": run.user + run.system,
        **extra,
    }


def _check(run: _proc.Run, what: str) -> None:
    if run.returncode != 0:
        raise RuntimeError(
            f"{what} failed with status {run.returncode}:\n{run.stderr[-3000:]}"
        )


class Generation:
    """Our generator, run through bench/gen_child.py with the frozen generator first on the path."""

    def __init__(self, generator_root: Path) -> None:
        self.root = generator_root

    def run(
        self,
        spec: Path,
        out: Path,
        package: str,
        config: Path,
        cache: Path,
        *,
        cli: bool = False,
    ) -> dict[str, Any]:
        """One generation; with ``cli``, through ``python -m generator generate`` exactly as a user runs it
        (only the wall time, CPU and memory of the process are known then)."""
        env = dict(os.environ)
        env["GENERATOR_CACHE_DIR"] = str(cache)
        env["PYTHONPATH"] = str(self.root)
        env.pop("GENERATOR_DEBUG", None)
        if cli:
            before = _tree_digest(out / package)
            run = _proc.run(
                [
                    PY,
                    "-m",
                    "generator",
                    "generate",
                    "--spec",
                    spec,
                    "--out",
                    out,
                    "--package-name",
                    package,
                    "--config",
                    config,
                    "--quiet",
                ],
                env=env,
                # Not the checkout: ``python -m`` puts the working folder first on the path, which would run
                # the live tree instead of the frozen copy (and, when they differ, void every cache between
                # the harness's runs and these).
                cwd=self.root,
            )
            _check(run, f"our command line on {spec.name}")
            return _run_dict(run, changed=before != _tree_digest(out / package))
        command: list[str | os.PathLike[str]] = [
            PY,
            BENCH / "gen_child.py",
            "--spec",
            spec,
            "--out",
            out,
            "--package-name",
            package,
            "--config",
            config,
        ]
        run = _proc.run(command, env=env, cwd=REPO)
        _check(run, f"our generation of {spec.name}")
        reported = json.loads(run.stdout.strip().splitlines()[-1])
        return _run_dict(run, **reported)


def _tree_digest(folder: Path) -> str:
    """The generator's manifest of a package folder (what changes when any generated file does)."""
    try:
        return hashlib.sha256(
            (folder / ".generator-manifest.json").read_bytes()
        ).hexdigest()
    except OSError:
        return ""


def add_operation(spec: dict[str, Any], operation: tuple[str, str], i: int) -> None:
    path, method = operation
    added = copy.deepcopy(spec["paths"][path][method])
    if added.get("operationId"):
        added["operationId"] = f"{added['operationId']}-bench-{i}"
    spec["paths"][f"{path}/bench-{i}"] = {method: added}


def edit_summary(spec: dict[str, Any], operation: tuple[str, str], i: int) -> None:
    path, method = operation
    op = spec["paths"][path][method]
    op["summary"] = f"{op.get('summary', '').split(' [bench')[0]} [bench edit {i}]"


def add_query_parameter(
    spec: dict[str, Any], operation: tuple[str, str], i: int
) -> None:
    path, method = operation
    op = spec["paths"][path][method]
    op.setdefault("parameters", []).append(
        {
            "name": f"bench_filter_{i}",
            "in": "query",
            "required": False,
            "description": f"A filter added by the benchmark (edit {i}).",
            "schema": {"type": "string"},
        }
    )


def bench_generation(
    name: str,
    source: Path,
    ours: Generation,
    peers: Path | None,
    runs: int,
    peer_runs: int,
    dcg_runs: int,
) -> dict[str, Any]:
    """Cold (ours and peers, interleaved), warm and one-operation-change runs on one spec."""
    info = SPECS[name]
    shutil.rmtree(
        CACHE / "work" / name, ignore_errors=True
    )  # the outputs of an earlier run
    work = _mkdir(CACHE / "work" / name)
    spec = work / "spec.json"
    shutil.copyfile(source, spec)
    original = json.loads(source.read_text(encoding="utf-8"))
    result: dict[str, Any] = {
        "cold": [],
        "cold_cli": [],
        OPC: [],
        DCG: [],
        "warm": [],
        "warm_cli": [],
    }
    result["spec"] = {
        "paths": len(original.get("paths", {})),
        "schemas": len(original.get("components", {}).get("schemas", {})),
        "bytes": source.stat().st_size,
    }
    peer_env = dict(os.environ)
    if peers is not None:
        peer_env["PATH"] = f"{peers}{os.pathsep}{peer_env.get('PATH', '')}"
        peer_env["VIRTUAL_ENV"] = str(peers.parent)
    last_cache = last_out = None
    for i in range(max(runs, peer_runs, dcg_runs)):
        if i < runs:
            cache = Path(tempfile.mkdtemp(prefix="cache-", dir=work))
            out = Path(tempfile.mkdtemp(prefix="out-", dir=work))
            log(f"{name}: ours, cold {i + 1}/{runs}")
            cold = ours.run(spec, out, info["package"], info["config"], cache)
            result["cold"].append(cold)
            if last_cache is not None:
                shutil.rmtree(last_cache, ignore_errors=True)
                shutil.rmtree(last_out, ignore_errors=True)  # type: ignore[arg-type]
            last_cache, last_out = cache, out
            cli_cache = Path(tempfile.mkdtemp(prefix="cache-", dir=work))
            cli_out = Path(tempfile.mkdtemp(prefix="out-", dir=work))
            log(f"{name}: ours, cold through the command line {i + 1}/{runs}")
            result["cold_cli"].append(
                ours.run(
                    spec, cli_out, info["package"], info["config"], cli_cache, cli=True
                )
            )
            shutil.rmtree(cli_cache, ignore_errors=True)
            shutil.rmtree(cli_out, ignore_errors=True)
        if peers is not None and i < peer_runs:
            out = work / "opc-out"
            shutil.rmtree(out, ignore_errors=True)
            log(f"{name}: {OPC}, cold {i + 1}/{peer_runs}")
            run = _proc.run(
                [
                    peers / OPC,
                    "generate",
                    "--path",
                    spec,
                    "--output-path",
                    out,
                    "--overwrite",
                ],
                env=peer_env,
                cwd=work,
            )
            _check(run, OPC)
            result[OPC].append(_run_dict(run, **count_output(out)))
        if peers is not None and i < dcg_runs:
            target = work / "dcg-out.py"
            target.unlink(missing_ok=True)
            log(f"{name}: {DCG}, cold {i + 1}/{dcg_runs}")
            run = _proc.run(
                [
                    peers / "datamodel-codegen",
                    "--input",
                    spec,
                    "--input-file-type",
                    "openapi",
                    "--output",
                    target,
                    "--output-model-type",
                    "pydantic_v2.BaseModel",
                    "--formatters",
                    "black",
                    "isort",
                ],
                env=peer_env,
                cwd=work,
            )
            _check(run, DCG)
            result[DCG].append(_run_dict(run, **count_output(target)))
    assert last_cache is not None and last_out is not None
    package_dir = last_out / info["package"]
    result["output"] = count_output(package_dir)
    for i in range(runs):
        log(f"{name}: ours, warm (nothing changed) {i + 1}/{runs}")
        result["warm"].append(
            ours.run(spec, last_out, info["package"], info["config"], last_cache)
        )
        result["warm_cli"].append(
            ours.run(
                spec, last_out, info["package"], info["config"], last_cache, cli=True
            )
        )
    edits: dict[str, Callable[[dict[str, Any], tuple[str, str], int], None]] = {
        "one_op_summary": edit_summary,
        "one_op_param": add_query_parameter,
        "one_op_added": add_operation,
    }
    changed = copy.deepcopy(original)
    for kind, edit in edits.items():
        result[kind] = []
        result[f"{kind}_cli"] = []
        # Harness and command line alternate, each after an edit of its own (the same kind of edit).
        for i in range(runs):
            for cli in (False, True):
                edit(changed, info["operation"], 2 * i + 1 + int(cli))
                spec.write_text(json.dumps(changed, indent=1), encoding="utf-8")
                how = "command line" if cli else "harness"
                log(
                    f"{name}: ours, one operation changed ({kind}, {how}) {i + 1}/{runs}"
                )
                measured = ours.run(
                    spec,
                    last_out,
                    info["package"],
                    info["config"],
                    last_cache,
                    cli=cli,
                )
                result[f"{kind}_cli" if cli else kind].append(measured)
                if measured.get("skipped") or not (
                    measured.get("written") or measured.get("changed")
                ):
                    log(
                        f"warning: {name} {kind}: the edit rewrote no file ({measured})"
                    )
    result["out_dir"] = str(last_out)
    shutil.copyfile(source, spec)
    return result


# ---------------------------------------------------------------------------------------------- TypeScript


def npm_peers() -> Path:
    """The npm peers (``NPM_PEERS``, pinned) installed into <cache>/npm-peers-<hash>/ on first use;
    returns its ``node_modules/.bin``."""
    pins = [f"{name}@{version}" for name, version in sorted(NPM_PEERS.items())]
    key = hashlib.sha256(" ".join(pins).encode()).hexdigest()[:8]
    root = CACHE / f"npm-peers-{key}"
    stamp = root / ".installed"
    if not stamp.exists():
        log(f"installing the npm peers into {root}: {' '.join(pins)}")
        shutil.rmtree(root, ignore_errors=True)
        root.mkdir(parents=True)
        (root / "package.json").write_text(
            json.dumps(
                {"private": True, "dependencies": dict(sorted(NPM_PEERS.items()))},
                indent=1,
            )
            + "\n",
            encoding="utf-8",
        )
        subprocess.run(
            ["npm", "install", "--no-audit", "--no-fund", "--loglevel=error"],
            cwd=root,
            check=True,
        )
        stamp.write_text("\n".join(pins) + "\n")
    return root / "node_modules" / ".bin"


def count_ts_output(path: Path) -> dict[str, int]:
    """Files (all) and lines (of the .ts files) under ``path``."""
    files = [p for p in path.rglob("*") if p.is_file()]
    lines = 0
    for file in files:
        if file.suffix == ".ts":
            with open(file, "rb") as handle:
                lines += sum(1 for _ in handle)
    return {"files": len(files), "lines": lines}


def bench_typescript(
    source: Path, root: Path, runs: int, peer_bin: Path | None
) -> dict[str, Any]:
    """GitHub's spec to TypeScript, cold: ours through the real command line (``python -m generator generate
    --target typescript`` in a subprocess, a new GENERATOR_CACHE_DIR and output folder each run) and
    @hey-api/openapi-ts (types, sdk, client-fetch) into a new folder, alternating (ours first on even runs,
    hey-api first on odd ones) so that both see the same load."""
    shutil.rmtree(CACHE / "work" / "github-ts", ignore_errors=True)
    work = _mkdir(CACHE / "work" / "github-ts")
    spec = work / "spec.json"
    shutil.copyfile(source, spec)
    env = dict(os.environ)
    env["PYTHONPATH"] = str(root)
    env.pop("GENERATOR_DEBUG", None)
    result: dict[str, Any] = {"cold": [], HEY_API: []}

    def ours(i: int) -> None:
        out = work / f"ours-{i}"
        run_env = {**env, "GENERATOR_CACHE_DIR": str(work / f"cache-{i}")}
        log(f"github typescript: ours, cold {i + 1}/{runs}")
        command: list[str | os.PathLike[str]] = [
            PY, "-m", "generator", "generate", "--target", "typescript", "--spec", spec, "--out", out,
            "--package-name", "github_client", "--config", "/dev/null", "--quiet",
        ]  # fmt: skip
        run = _proc.run(command, env=run_env, cwd=work)
        _check(run, "our TypeScript generation of GitHub's spec")
        result["cold"].append(_run_dict(run, **count_ts_output(out / "typescript")))
        shutil.rmtree(out, ignore_errors=True)
        shutil.rmtree(work / f"cache-{i}", ignore_errors=True)

    def theirs(i: int) -> None:
        assert peer_bin is not None
        out = work / f"hey-api-{i}"
        log(f"github typescript: {HEY_API}, cold {i + 1}/{runs}")
        command: list[str | os.PathLike[str]] = [
            peer_bin / "openapi-ts", "--input", spec, "--output", out, "--plugins", *HEY_API_PLUGINS,
            "--no-log-file", "--silent",
        ]  # fmt: skip
        run = _proc.run(command, env=env, cwd=work)
        _check(run, HEY_API)
        result[HEY_API].append(_run_dict(run, **count_ts_output(out)))
        shutil.rmtree(out, ignore_errors=True)

    for i in range(runs):
        order = [ours, theirs] if i % 2 == 0 else [theirs, ours]
        for step in order:
            if step is theirs and peer_bin is None:
                continue
            step(i)
    return result


def typescript_rows(ts: dict[str, Any] | None) -> list[Row]:
    """The rows of GitHub's spec generated to TypeScript, ours vs @hey-api/openapi-ts (target: no slower)."""
    if not ts or not ts.get("cold"):
        return []
    peer = ts.get(HEY_API) or []
    label = f"{HEY_API} {NPM_PEERS[HEY_API]}, {len(peer)} run{'s' if len(peer) != 1 else ''}"
    rows: list[Row] = []
    for key, fmt, what, target in (
        ("wall", _s, "GitHub -> TypeScript: cold generation, wall", True),
        (
            "cpu",
            _s,
            "GitHub -> TypeScript: cold generation, CPU (user+sys, all processes)",
            False,
        ),
        (
            "tree_pss",
            _mib,
            "GitHub -> TypeScript: cold, peak memory (sum over processes, PSS)",
            False,
        ),
        (
            "max_rss",
            _mib,
            "GitHub -> TypeScript: cold, peak RSS of the largest process",
            False,
        ),
    ):
        ours = _median(ts["cold"], key)
        theirs = _median(peer, key) if peer else None
        ok = (
            ours / theirs <= TARGETS["ts_vs_hey_api"]
            if (target and ours and theirs)
            else None
        )
        rows.append(
            (
                what,
                fmt(ours),
                f"{fmt(theirs)} ({label})" if peer else "",
                _ratio(ours, theirs),
                "<= 1.00x" if target else "",
                _verdict(ok),
            )
        )
    out = ts["cold"][-1]
    ref = peer[-1] if peer else None
    rows.append(
        (
            "GitHub -> TypeScript: output, .ts lines / files",
            f"{_n(out['lines'])} / {_n(out['files'])}",
            f"{_n(ref['lines'])} / {_n(ref['files'])} ({HEY_API})" if ref else "",
            (
                f"{_ratio(out['lines'], ref['lines'])} / {_ratio(out['files'], ref['files'])}"
                if ref
                else ""
            ),
            "",
            "",
        )
    )
    return rows


# ---------------------------------------------------------------------------------------------- run time


IMPORT_SNIPPETS = {
    "httpx": "import httpx",
    "httpx_pydantic": "import httpx, pydantic",
    "httpx_client": "import httpx, pydantic; httpx.Client()",
    "framelane": "import framelane",
    "framelane_first_use": (
        "import framelane; c = framelane.Framelane(api_key='k', base_url='http://127.0.0.1:9');"
        " c.renders; c.tasks"
    ),
    "github": "import github_client",
    "github_first_use": (
        # GitHub's spec declares no security scheme: its client takes no credential.
        "import github_client; c = github_client.GithubClient(base_url='http://127.0.0.1:9');"
        " c.repos"
    ),
}

_IMPORT_TEMPLATE = """
import sys, time, json
started = time.perf_counter()
{code}
elapsed = time.perf_counter() - started
models = sum(1 for m in sys.modules if '.models.' in m)
print(json.dumps({{"seconds": elapsed, "modules": len(sys.modules), "model_modules": models}}))
"""


def bench_imports(
    paths: list[Path], rounds: int, snippets: dict[str, str]
) -> dict[str, Any]:
    """Median import time of each snippet in fresh interpreters (interleaved rounds)."""
    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join(str(p) for p in paths)
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    cwd = _mkdir(
        CACHE / "work"
    )  # not the repository: `python -c` puts the current folder first on the path
    samples: dict[str, list[dict[str, Any]]] = {k: [] for k in snippets}
    for name, code in snippets.items():  # the first run writes the bytecode caches
        subprocess.run(
            [PY, "-c", _IMPORT_TEMPLATE.format(code=code)],
            env=env,
            cwd=cwd,
            check=True,
            capture_output=True,
        )
    for r in range(rounds):
        order = list(snippets.items())
        if r % 2:
            order.reverse()
        for name, code in order:
            out = subprocess.run(
                [PY, "-c", _IMPORT_TEMPLATE.format(code=code)],
                env=env,
                cwd=cwd,
                check=True,
                capture_output=True,
                text=True,
            ).stdout
            samples[name].append(json.loads(out))
    return {
        name: {
            "seconds": statistics.median(s["seconds"] for s in values),
            "modules": values[-1]["modules"],
            "model_modules": values[-1]["model_modules"],
        }
        for name, values in samples.items()
    }


def bench_calls(client_root: Path, rounds: int) -> dict[str, Any]:
    """The per-call benchmarks (bench/runtime_child.py) against bench/server.py on the loopback."""
    port_file = (
        Path(tempfile.mkdtemp(prefix="server-", dir=_mkdir(CACHE / "work"))) / "port"
    )
    server = subprocess.Popen(
        [PY, BENCH / "server.py", str(port_file)], stdin=subprocess.DEVNULL
    )
    try:
        deadline = time.monotonic() + 30
        while not port_file.exists():
            if time.monotonic() > deadline or server.poll() is not None:
                raise RuntimeError("the benchmark server did not start")
            time.sleep(0.05)
        port = int(port_file.read_text())
        env = dict(os.environ)
        env["PYTHONPATH"] = str(client_root)
        out = subprocess.run(
            [
                PY,
                BENCH / "runtime_child.py",
                "--port",
                str(port),
                "--rounds",
                str(rounds),
            ],
            env=env,
            check=True,
            capture_output=True,
            text=True,
        ).stdout
        return dict(json.loads(out.strip().splitlines()[-1]))
    finally:
        server.terminate()
        server.wait(timeout=10)
        shutil.rmtree(port_file.parent, ignore_errors=True)


# ---------------------------------------------------------------------------------------------- profile


def profile_github(ours: Generation, spec: Path, top: int) -> dict[str, Any]:
    """One cold GitHub generation under py-spy (every process, sampled) and one under cProfile (main process,
    exact call counts)."""
    peers = peers_venv()
    work = _mkdir(CACHE / "work" / "profile")
    result: dict[str, Any] = {}
    env = dict(os.environ)
    env["PYTHONPATH"] = str(ours.root)
    for kind in ("py-spy", "cprofile"):
        cache = Path(tempfile.mkdtemp(prefix="cache-", dir=work))
        out = Path(tempfile.mkdtemp(prefix="out-", dir=work))
        env["GENERATOR_CACHE_DIR"] = str(cache)
        command = [
            PY,
            str(BENCH / "gen_child.py"),
            "--spec",
            str(spec),
            "--out",
            str(out),
            "--package-name",
            "github_client",
        ]
        if kind == "py-spy":
            raw = work / "py-spy.txt"
            log("profile: a cold GitHub generation under py-spy")
            subprocess.run(
                [
                    str(peers / "py-spy"),
                    "record",
                    "--subprocesses",
                    "--rate",
                    "200",
                    "--format",
                    "raw",
                    "--output",
                    str(raw),
                    "--",
                    *command,
                ],
                env=env,
                cwd=REPO,
                check=True,
                capture_output=True,
            )
            result["py-spy"] = summarize_pyspy(raw, top)
            result["py-spy"]["file"] = _shown(raw)
        else:
            stats_file = work / "cprofile.pstats"
            log("profile: a cold GitHub generation under cProfile")
            subprocess.run(
                [*command, "--profile", str(stats_file)],
                env=env,
                cwd=REPO,
                check=True,
                capture_output=True,
            )
            result["cprofile"] = summarize_cprofile(stats_file, top)
            result["cprofile"]["file"] = _shown(stats_file)
        shutil.rmtree(cache, ignore_errors=True)
        shutil.rmtree(out, ignore_errors=True)
    return result


def _short(frame: str) -> str:
    """``name (path:line)`` as ``name (shortened path)``, one entry per function."""
    name, _, where = frame.partition(" (")
    where = where[:-1] if where.endswith(")") else where
    where = where.rsplit(":", 1)[0]
    where = re.sub(r"^.*/site-packages/", "", where)
    where = re.sub(r"^.*/lib/python3\.\d+/", "", where)
    where = re.sub(r"^.*/(generator|templates|bench)/", r"\1/", where)
    return f"{name} ({where})"


def summarize_pyspy(raw: Path, top: int) -> dict[str, Any]:
    self_time: dict[str, int] = {}
    inclusive: dict[str, int] = {}
    by_pid: dict[str, int] = {}
    main_pids: set[str] = set()
    total = 0
    for line in raw.read_text(encoding="utf-8", errors="replace").splitlines():
        stack, _, count_text = line.rpartition(" ")
        try:
            count = int(count_text)
        except ValueError:
            continue
        frames = stack.split(";")
        pid = frames[0].split(":", 1)[0]
        by_pid[pid] = by_pid.get(pid, 0) + count
        if "gen_child.py" in stack:
            main_pids.add(pid)
        functions = [_short(f) for f in frames[1:] if f]
        if not functions:
            continue
        total += count
        self_time[functions[-1]] = self_time.get(functions[-1], 0) + count
        for function in set(functions):
            inclusive[function] = inclusive.get(function, 0) + count
    per_process = {
        "main": sum(v for k, v in by_pid.items() if k in main_pids),
        "workers": sum(v for k, v in by_pid.items() if k not in main_pids),
    }
    return {
        "samples": total,
        "per_process": per_process,
        "self": sorted(self_time.items(), key=lambda kv: -kv[1])[:top],
        "inclusive": sorted(inclusive.items(), key=lambda kv: -kv[1])[: top * 2],
    }


def summarize_cprofile(stats_file: Path, top: int) -> dict[str, Any]:
    import pstats

    stats = pstats.Stats(str(stats_file))
    rows = []
    for (filename, line, name), (cc, nc, tt, ct, _callers) in stats.stats.items():  # type: ignore[attr-defined]
        rows.append(
            {
                "function": _short(f"{name} ({filename}:{line})"),
                "calls": nc,
                "tottime": tt,
                "cumtime": ct,
            }
        )
    return {
        "total": stats.total_tt,  # type: ignore[attr-defined]
        "by_tottime": sorted(rows, key=lambda r: -r["tottime"])[:top],
        "by_cumtime": sorted(rows, key=lambda r: -r["cumtime"])[: top * 2],
    }


# ---------------------------------------------------------------------------------------------- report


def _median(runs: list[dict[str, Any]], key: str) -> float | None:
    values = [r[key] for r in runs if r.get(key) is not None]
    return statistics.median(values) if values else None


def _s(value: float | None) -> str:
    return "n/a" if value is None else f"{value:.2f} s"


def _ms(value: float | None) -> str:
    return "n/a" if value is None else f"{value * 1000:.1f} ms"


def _us(value: float | None) -> str:
    return "n/a" if value is None else f"{value * 1e6:.0f} µs"


def _mib(value: float | None) -> str:
    return "n/a" if value is None else f"{value / MIB:.0f} MiB"


def _n(value: float | None) -> str:
    return "n/a" if value is None else f"{value:,.0f}"


def _ratio(a: float | None, b: float | None) -> str:
    if a is None or not b:
        return ""
    return f"{a / b:.2f}x"


def _verdict(ok: bool | None) -> str:
    return "" if ok is None else ("PASS" if ok else "FAIL")


Row = tuple[str, str, str, str, str, str]


def _stages(runs: list[dict[str, Any]]) -> str:
    """The median of each pipeline stage, and the start-up (interpreter, imports) around it."""
    if not runs or not runs[0].get("timings"):
        return ""
    parts = [
        f"{stage} {_median(runs, '_t_' + stage) or 0:.2f}"
        for stage in runs[0]["timings"]
    ]
    startup = [r["wall"] - r["seconds"] for r in runs if "seconds" in r]
    if startup:
        parts.append(f"start-up+imports+exit {statistics.median(startup):.2f}")
    return "; ".join(parts) + " (s)"


def table(results: dict[str, Any]) -> str:
    rows: list[Row] = []

    def row(
        what: str,
        ours: str,
        reference: str = "",
        ratio: str = "",
        target: str = "",
        ok: bool | None = None,
    ) -> None:
        rows.append((what, ours, reference, ratio, target, _verdict(ok)))

    for name in ("framelane", "github"):
        gen = results.get("generation", {}).get(name)
        if not gen:
            continue
        label = {"framelane": "openapi.json", "github": "GitHub"}[name]
        github = name == "github"
        peers = [p for p in (OPC, DCG) if gen.get(p)]

        def versus(
            key: str,
            fmt: Callable[[float | None], str],
            target: str = "",
            test: Callable[[float, float], bool] | None = None,
            what: str = "",
        ) -> None:
            ours = _median(gen["cold"], key)
            if not peers:
                row(what, fmt(ours), target=target)
            for peer in peers:
                theirs = _median(gen[peer], key)
                n = len(gen[peer])
                checked = test is not None and peer == OPC
                row(
                    what,
                    fmt(ours),
                    f"{fmt(theirs)} ({peer}{'' if n > 1 else ', 1 run'})",
                    _ratio(ours, theirs),
                    target if checked else "",
                    (
                        test(ours, theirs)
                        if (checked and test and ours and theirs)
                        else None
                    ),
                )

        versus(
            "wall",
            _s,
            "< 0.50x" if github else "",
            (lambda a, b: a / b < TARGETS["cold_vs_opc"]) if github else None,
            f"{label}: cold generation, wall",
        )
        versus(
            "cpu", _s, what=f"{label}: cold generation, CPU (user+sys, all processes)"
        )
        versus(
            "tree_pss",
            _mib,
            "< 1024 MiB",
            lambda a, b: a < TARGETS["memory"],
            f"{label}: cold, peak memory (sum over processes, PSS)",
        )
        versus(
            "max_rss",
            _mib,
            "< 1024 MiB",
            lambda a, b: a < TARGETS["memory"],
            f"{label}: cold, peak RSS of the largest process",
        )
        row(
            f"{label}: cold, stages",
            _stages(gen["cold"]),
            f"main process CPU {_s(_median(gen['cold'], 'cpu_main'))}; "
            f"{_n(_median(gen['cold'], 'fragments_formatted'))} fragments to black",
        )
        cli_cold = _median(gen.get("cold_cli") or [], "wall")
        theirs = _median(gen.get(OPC) or [], "wall")
        row(
            f"{label}: cold generation through the command line, wall",
            _s(cli_cold),
            f"{_s(theirs)} ({OPC})" if theirs else "",
            _ratio(cli_cold, theirs) if theirs else "",
            "< 0.50x" if github and theirs else "",
            (
                cli_cold / theirs < TARGETS["cold_vs_opc"]
                if github and cli_cold and theirs
                else None
            ),
        )
        warm = _median(gen["warm"], "wall")
        seconds = _median(gen["warm"], "seconds")
        row(
            f"{label}: regeneration, nothing changed, wall",
            _s(warm),
            f"in-process {_s(seconds)}; start-up+imports+exit "
            f"{_s(warm - seconds if warm is not None and seconds is not None else None)}",
            "",
            "< 0.3 s",
            warm < TARGETS["warm"] if warm else None,
        )
        warm_cli = _median(gen.get("warm_cli") or [], "wall")
        row(
            f"{label}: regeneration, nothing changed, command line, wall",
            _s(warm_cli),
            target="< 0.3 s",
            ok=warm_cli < TARGETS["warm"] if warm_cli else None,
        )
        limit = TARGETS["one_op"] if github else TARGETS["one_op_small"]
        for kind, what in (
            ("one_op_summary", "one operation's summary edited"),
            ("one_op_param", "one query parameter added"),
            ("one_op_added", "one operation added"),
        ):
            if not gen.get(kind):
                continue
            wall = _median(gen[kind], "wall")
            row(
                f"{label}: regeneration, {what}, wall",
                _s(wall),
                f"in-process {_s(_median(gen[kind], 'seconds'))}; "
                f"{_n(_median(gen[kind], 'written'))} files written, "
                f"{_n(_median(gen[kind], 'fragments_formatted'))} fragments to black",
                "",
                f"< {limit:g} s",
                wall < limit if wall else None,
            )
            wall_cli = _median(gen.get(f"{kind}_cli") or [], "wall")
            row(
                f"{label}: regeneration, {what}, command line, wall",
                _s(wall_cli),
                target=f"< {limit:g} s",
                ok=wall_cli < limit if wall_cli else None,
            )
        if gen.get("one_op_summary"):
            row(
                f"{label}: regeneration, one summary edited, stages",
                _stages(gen["one_op_summary"]),
            )
        out = gen["output"]
        if not peers:
            row(
                f"{label}: output, .py lines / files",
                f"{_n(out['lines'])} / {_n(out['files'])}",
            )
        for peer in peers:
            ref = gen[peer][-1]
            row(
                f"{label}: output, .py lines / files",
                f"{_n(out['lines'])} / {_n(out['files'])}",
                f"{_n(ref['lines'])} / {_n(ref['files'])} ({peer}{', models only' if peer == DCG else ''})",
                _ratio(out["lines"], ref["lines"])
                + ("" if peer == DCG else f" / {_ratio(out['files'], ref['files'])}"),
            )

    runtime = results.get("runtime")
    if runtime:
        imports = runtime.get("imports", {})
        base = imports.get("httpx_pydantic", {}).get("seconds")
        client = imports.get("httpx_client", {}).get("seconds")
        base_modules = imports.get("httpx_pydantic", {}).get("modules", "?")
        if "httpx" in imports:
            row(
                "import httpx",
                _ms(imports["httpx"]["seconds"]),
                f"{_ms(base)} (import httpx, pydantic)",
                _ratio(imports["httpx"]["seconds"], base),
            )
        for key, what, reference, target in (
            ("framelane", "import framelane", base, True),
            ("github", "import github_client (GitHub)", base, True),
            (
                "framelane_first_use",
                "import framelane, make a client, use 2 resources",
                client,
                False,
            ),
            (
                "github_first_use",
                "import github_client, make a client, use .repos",
                client,
                False,
            ),
        ):
            if key not in imports:
                continue
            value = imports[key]["seconds"]
            label = (
                "import httpx, pydantic"
                if target
                else "import httpx, pydantic; httpx.Client()"
            )
            row(
                what,
                _ms(value),
                f"{_ms(reference)} ({label})",
                _ratio(value, reference),
                "< 2.00x" if target else "",
                (
                    (value / reference < TARGETS["import"])
                    if (target and reference)
                    else None
                ),
            )
            row(
                "  modules loaded",
                f"{imports[key]['modules']} ({imports[key]['model_modules']} model modules)",
                f"{base_modules} (import httpx, pydantic)",
            )
        calls = runtime.get("calls", {})
        for key, what, has_target in (
            ("sync_get", "call over loopback, sync GET -> Job", True),
            ("async_get", "call over loopback, async GET -> Job", True),
            ("sync_post", "call over loopback, sync POST (JSON body) -> Job", True),
            ("async_post", "call over loopback, async POST (JSON body) -> Job", True),
            ("sync_list", "call over loopback, sync list of 1,000 jobs", True),
            ("async_list", "call over loopback, async list of 1,000 jobs", True),
            ("mock_sync_get", "call, no network (MockTransport), sync GET", False),
            ("mock_async_get", "call, no network (MockTransport), async GET", False),
            ("mock_sync_post", "call, no network (MockTransport), sync POST", False),
            ("parse_job", "parse only: one Job (model_validate)", False),
            ("parse_list", "parse only: 1,000 jobs (model_validate)", False),
        ):
            if key not in calls:
                continue
            value = calls[key]
            fmt = _ms if value["ours"] > 2e-3 else _us
            delta = (value["ours"] - value["base"]) * 1e6
            ratio = value.get("ratio") or value["ours"] / value["base"]
            row(
                what,
                fmt(value["ours"]),
                f"{fmt(value['base'])} (hand-written), {delta:+.0f} µs",
                f"{ratio:.2f}x",
                "<= 1.30x" if has_target else "",
                (ratio <= TARGETS["call"]) if has_target else None,
            )
        if "wire_get" in calls:
            value = calls["wire_get"]
            row(
                "noise check: the same httpx GET measured twice (A/A)",
                _us(value["ours"]),
                _us(value["base"]),
                f"{value.get('ratio') or value['ours'] / value['base']:.2f}x",
            )
        if "parse_list_json" in calls:
            value = calls["parse_list_json"]
            row(
                "parse 1,000 jobs: json.loads + model_validate (ours)",
                _ms(value["ours"]),
                _ms(value["base"]) + " (model_validate_json)",
                _ratio(value["ours"], value["base"]),
            )
        if "first_call" in calls:
            value = calls["first_call"]
            row(
                "first call in a fresh process (imports the resource, builds models)",
                _ms(value["ours"]),
                f"{_ms(value['base'])} (hand-written)",
                _ratio(value["ours"], value["base"]),
            )

    rows.extend(typescript_rows(results.get("typescript")))
    header = ("benchmark", "ours", "reference", "ratio", "target", "result")
    widths = [max(len(r[i]) for r in [header, *rows]) for i in range(len(header))]

    def line(cells: tuple[str, ...]) -> str:
        return "| " + " | ".join(c.ljust(w) for c, w in zip(cells, widths)) + " |"

    out = [line(header), "|" + "|".join("-" * (w + 2) for w in widths) + "|"]
    out.extend(line(r) for r in rows)
    for error in results.get("errors", []):
        out.append("FAILED: " + error.splitlines()[0])
    return "\n".join(out)


def _flatten_timings(gen: dict[str, Any]) -> None:
    for runs in gen.values():
        if isinstance(runs, list):
            for run in runs:
                if isinstance(run, dict):
                    for stage, value in (run.get("timings") or {}).items():
                        run["_t_" + stage] = value


def profile_text(profile: dict[str, Any]) -> str:
    lines: list[str] = []
    spy = profile.get("py-spy")
    if spy:
        total = spy["samples"] or 1
        lines.append(
            f"py-spy, cold GitHub generation ({spy['samples']} samples at 200 Hz; by process: "
            + ", ".join(f"{k} {v}" for k, v in spy["per_process"].items())
            + f"; raw stacks in {spy['file']})"
        )
        lines.append("  self time (where the CPU is):")
        for function, count in spy["self"]:
            lines.append(f"    {100 * count / total:5.1f}%  {function}")
        lines.append("  inclusive time:")
        for function, count in spy["inclusive"]:
            lines.append(f"    {100 * count / total:5.1f}%  {function}")
    cp = profile.get("cprofile")
    if cp:
        lines.append(
            f"cProfile, main process ({cp['total']:.1f} s of profiled time, with cProfile's overhead; {cp['file']})"
        )
        lines.append("     tottime    cumtime       calls  function")
        for r in cp["by_tottime"]:
            lines.append(
                f"    {r['tottime']:7.2f} s  {r['cumtime']:7.2f} s  {r['calls']:>10,}  {r['function']}"
            )
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__.split("\n\n")[0],
        formatter_class=argparse.RawDescriptionHelpFormatter,
        epilog=__doc__.split("\n\n", 1)[1],
    )
    parser.add_argument(
        "--runs",
        type=int,
        default=int(os.environ.get("BENCH_RUNS") or 3),
        help="runs of each generation (median); default $BENCH_RUNS or 3",
    )
    parser.add_argument(
        "--peer-runs",
        type=int,
        help="runs of each peer (default: --runs)",
    )
    parser.add_argument(
        "--only",
        choices=["all", "generation", "runtime", "framelane", "github", "typescript"],
        default="all",
        help="a part of the benchmarks",
    )
    parser.add_argument(
        "--dcg-runs",
        type=int,
        default=1,
        help=f"runs of {DCG} (default 1: it is context, not a target, and takes ~45-100 s a run)",
    )
    parser.add_argument("--no-peers", action="store_true", help="skip the peers")
    parser.add_argument(
        "--profile",
        action="store_true",
        help="also profile one cold GitHub generation (py-spy over every process, cProfile)",
    )
    parser.add_argument("--top", type=int, default=25, help="rows of each profile list")
    parser.add_argument(
        "--generator",
        default="worktree",
        help="the generator to measure: worktree (a copy taken at the start, the default), a git revision, or live",
    )
    parser.add_argument(
        "--runtime-client",
        choices=["fresh", "committed"],
        default="fresh",
        help="run-time rows on the client generated in this run (fresh) or on generated/ (committed)",
    )
    parser.add_argument(
        "--import-rounds",
        type=int,
        default=11,
        help="fresh interpreters per import row",
    )
    parser.add_argument(
        "--call-rounds", type=int, default=31, help="interleaved batches per call row"
    )
    parser.add_argument(
        "--json",
        type=Path,
        default=CACHE / "results" / "latest.json",
        help="where to save the results",
    )
    parser.add_argument("--report", type=Path, help="print the table of a saved run")
    args = parser.parse_args(argv)

    if args.report:
        saved = json.loads(args.report.read_text(encoding="utf-8"))
        print(_heading(saved))
        print(table(saved))
        if saved.get("profile"):
            print()
            print(profile_text(saved["profile"]))
        return 0

    started = time.perf_counter()
    root, label = freeze_generator(args.generator)
    ours = Generation(root)
    results: dict[str, Any] = {
        "when": datetime.datetime.now().isoformat(timespec="seconds"),
        "generator": label,
        "runs": args.runs,
        "peer_runs": args.peer_runs or args.runs,
        "dcg_runs": args.dcg_runs,
        "python": platform.python_version(),
        "cores": os.cpu_count(),
        "load_before": os.getloadavg(),
        "peers": {**PEERS, **NPM_PEERS},
        "command": "python bench/run.py "
        + " ".join(argv if argv is not None else sys.argv[1:]),
        "generation": {},
    }
    peers = None if args.no_peers or args.only == "typescript" else peers_venv()
    specs = {"framelane": REPO / "openapi.json", "github": github_spec()}
    wanted = {
        "all": ["framelane", "github"],
        "generation": ["framelane", "github"],
        "framelane": ["framelane"],
        "github": ["github"],
        "runtime": [],
        "typescript": [],
    }[args.only]
    for name in wanted:
        try:
            results["generation"][name] = bench_generation(
                name,
                specs[name],
                ours,
                peers,
                args.runs,
                args.peer_runs or args.runs,
                args.dcg_runs,
            )
        except (
            RuntimeError
        ) as exc:  # a generation failed: report it, go on with the rest
            log(f"{name}: {exc}")
            results.setdefault("errors", []).append(f"{name}: {exc}")
            continue
        _flatten_timings(results["generation"][name])
    if args.only in ("all", "generation", "typescript"):
        try:
            results["typescript"] = bench_typescript(
                specs["github"], root, args.runs, None if args.no_peers else npm_peers()
            )
        except RuntimeError as exc:
            log(f"github typescript: {exc}")
            results.setdefault("errors", []).append(f"github typescript: {exc}")
    if args.only in ("all", "runtime"):
        roots = _runtime_clients(results, ours, specs, args.runtime_client)
        log("run time: imports")
        snippets = dict(IMPORT_SNIPPETS)
        if "github" not in roots:
            snippets = {k: v for k, v in snippets.items() if not k.startswith("github")}
        results["runtime"] = {
            "client": args.runtime_client,
            "imports": bench_imports(
                sorted(set(roots.values())), args.import_rounds, snippets
            ),
        }
        log("run time: calls against the loopback server")
        results["runtime"]["calls"] = bench_calls(roots["framelane"], args.call_rounds)
    if args.profile:
        results["profile"] = profile_github(ours, specs["github"], args.top)
    results["load_after"] = os.getloadavg()
    results["elapsed"] = time.perf_counter() - started
    args.json.parent.mkdir(parents=True, exist_ok=True)
    args.json.write_text(json.dumps(results, indent=1, default=str), encoding="utf-8")
    print(_heading(results))
    print(table(results))
    if results.get("profile"):
        print()
        print(profile_text(results["profile"]))
    print(f"\n(saved to {args.json}; {results['elapsed']:.0f} s in all)")
    return 0


def _runtime_clients(
    results: dict[str, Any], ours: Generation, specs: dict[str, Path], which: str
) -> dict[str, Path]:
    """Folders holding the framelane and github_client packages for the run-time rows."""
    roots: dict[str, Path] = {}
    if which == "committed":
        roots["framelane"] = REPO / "generated"
    for name in ("framelane", "github"):
        if name in roots:
            continue
        gen = results["generation"].get(name)
        if gen:
            roots[name] = Path(gen["out_dir"])
            continue
        out = _mkdir(CACHE / "work" / name / "runtime-out")
        cache = _mkdir(CACHE / "work" / name / "runtime-cache")
        log(f"run time: generating the {name} client")
        ours.run(specs[name], out, SPECS[name]["package"], SPECS[name]["config"], cache)
        roots[name] = out
    return roots


def _heading(results: dict[str, Any]) -> str:
    return (
        f"bench {results.get('when')}: generator {results.get('generator')}; {results.get('runs')} runs"
        f" (peers {results.get('peer_runs')}); Python {results.get('python')}, {results.get('cores')} cores;"
        f" load average {results.get('load_before', [0])[0]:.1f} before,"
        f" {results.get('load_after', [0])[0]:.1f} after\n"
        f"peers: "
        + ", ".join(f"{k} {v}" for k, v in (results.get("peers") or {}).items())
        + "\n"
    )


if __name__ == "__main__":
    sys.exit(main())
