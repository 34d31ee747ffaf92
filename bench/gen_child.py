"""One generation by our generator, in its own process, as the CLI does it; prints one JSON line with what the
pipeline reports (its own seconds, the stage timings, files written, fragments black formatted).

    python bench/gen_child.py --spec S --out D --package-name N --config C [--no-cache] [--profile FILE]

``run.py`` puts the frozen copy of the generator first on ``PYTHONPATH``. With ``--profile``, the generation runs
under cProfile (the main process only: formatting workers are separate processes) and the stats go to FILE.
"""

from __future__ import annotations

import argparse
import gc
import json
import os
import sys
import time
from pathlib import Path

STARTED = time.perf_counter()
# As ``python -m generator`` does (generator/__main__.py): no cyclic collector in this short process, and no
# interpreter teardown at the end.
gc.disable()


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--spec", type=Path, required=True)
    parser.add_argument("--out", type=Path, required=True)
    parser.add_argument("--package-name", required=True)
    parser.add_argument("--config", type=Path, default=Path("/dev/null"))
    parser.add_argument("--no-cache", action="store_true")
    parser.add_argument("--profile", type=Path)
    args = parser.parse_args()

    imports_started = time.perf_counter()
    from generator.config import load_config
    from generator.pipeline import generate

    imports = time.perf_counter() - imports_started

    config = load_config(
        args.config,
        {
            "spec": args.spec,
            "out": args.out,
            "package_name": args.package_name,
            "client_name": None,
            "templates": None,
            "allow_external_refs": None,
        },
    )
    cpu_started = time.process_time()
    if args.profile:
        import cProfile

        profiler = cProfile.Profile()
        outcome = profiler.runcall(generate, config, use_cache=not args.no_cache)
        profiler.dump_stats(str(args.profile))
    else:
        outcome = generate(config, use_cache=not args.no_cache)
    cpu = time.process_time() - cpu_started
    result = outcome.result
    api = outcome.api
    print(
        json.dumps(
            {
                "seconds": outcome.seconds,
                "cpu_main": cpu,
                "imports": imports,
                "process": time.perf_counter() - STARTED,
                "skipped": bool(getattr(outcome, "skipped", False)),
                "timings": dict(getattr(outcome, "timings", {}) or {}),
                "written": len(result.written),
                "removed": len(result.removed),
                "unchanged": result.unchanged,
                "warnings": len(outcome.warnings),
                "operations": (
                    sum(len(r.operations) for r in api.resources) if api else None
                ),
                "models": len(api.declarations) if api else None,
                # From the pipeline, which adds up what every rendering worker sent to black.
                "fragments_formatted": getattr(outcome, "formatted", 0),
            }
        )
    )
    return 0


if __name__ == "__main__":
    status = main()
    sys.stdout.flush()
    sys.stderr.flush()
    os._exit(status)
