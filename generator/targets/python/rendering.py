"""Every file of the Python package, rendered and formatted: taken from the last run where nothing it was made
from changed (``generator.incremental.renders``), and on a big API on every core (forked workers share the IR;
each renders, formats and records a deterministic share of the files).
"""

from __future__ import annotations

import multiprocessing
import os
from collections.abc import Callable, Mapping
from pathlib import Path

from ... import ir
from ...config import Config
from ...incremental.renders import Inputs, Record, RenderCache
from ...incremental.tracking import Read
from ...incremental.written import Written
from .. import Rendered
from .format import Formatter
from .outputs import Output, jobs
from .render import render_jobs

_PARALLEL_FILES = 400


def render_and_format(
    api: ir.Api,
    config: Config,
    template_dirs: list[Path],
    cache: Path | None,
    *,
    incremental: bool = False,
    fingerprint: str = "",
    digests: Mapping[int, str] | None = None,
    alongside: Callable[[], None] | None = None,
    written: Written | None = None,
) -> Rendered:
    """Every file by path, and how many fragments black formatted. With ``incremental`` (and a cache), a file
    whose inputs are all as they were at the last run made under the same ``fingerprint`` (templates,
    settings, generator) is not rendered: it is left in the output folder when ``written`` vouches for its
    bytes, else read back from there; ``digests`` are those of
    some of the API's objects by ``id``, known from lowering (``incremental.renders.Inputs``). ``alongside``
    runs while the workers render (a first run), or before anything when records are reused (it may add to
    ``digests``, which the reuse then shares).
    """
    work = jobs(api, template_dirs, package_files=config.package_files)
    trust = config.templates is None
    if not incremental or cache is None:
        texts, count, _ = _produce(
            api, template_dirs, work, cache, trust, None, None, alongside
        )
        return Rendered(texts=texts, formatted=count)
    store = RenderCache.open(cache, config.out, config.package_name, fingerprint)
    contexts: dict[str, str] = {}
    kept: dict[str, str] = {}
    in_place: dict[str, str] = {}
    todo = work
    if store.records:
        # Only a run with records to reuse digests every file's inputs up front; a first run digests what
        # it renders, in the workers.
        if alongside is not None:
            alongside()
            alongside = None
        inputs = Inputs(api, digests)
        todo = []
        for job in work:
            contexts[job.path] = inputs.context(job.template, job.context)
            reused = store.reuse(
                job.path, contexts[job.path], inputs, config.out, written
            )
            if reused is None:
                todo.append(job)
            elif reused[0] is None:
                in_place[job.path] = reused[1]
            else:
                kept[job.path] = reused[0]
    fresh, count, records = _produce(
        api, template_dirs, todo, cache, trust, contexts, digests, alongside
    )
    store.save(
        {
            **{path: store.records[path] for path in (*kept, *in_place)},
            **(records or {}),
        }
    )
    return Rendered(
        texts=dict(sorted({**kept, **fresh}.items())),
        formatted=count,
        # A file made anew wins over one reused for the same path, as in the texts.
        kept={path: d for path, d in in_place.items() if path not in fresh},
    )


Produced = tuple[dict[str, str], int, dict[str, Record] | None]


def _produce(
    api: ir.Api,
    template_dirs: list[Path],
    work: list[Output],
    cache: Path | None,
    trust: bool,
    contexts: dict[str, str] | None,
    digests: Mapping[int, str] | None,
    alongside: Callable[[], None] | None = None,
) -> Produced:
    """Render and format ``work``; with ``contexts`` (the digests known already), also each file's record.
    ``alongside`` runs in this process while the workers render (first, when there are none).
    """
    workers = min(os.cpu_count() or 1, 8)
    if (
        len(work) < _PARALLEL_FILES
        or workers < 2
        or "fork" not in multiprocessing.get_all_start_methods()
    ):
        if alongside is not None:
            alongside()
        return _share(
            api, template_dirs, work, cache, trust, contexts, digests, parallel=True
        )
    global _SHARED
    _SHARED = (api, template_dirs, work, cache, trust, contexts, digests)
    shares = [list(range(i, len(work), workers)) for i in range(workers)]
    try:
        with multiprocessing.get_context("fork").Pool(workers) as pool:
            pending = pool.map_async(_render_share, shares)
            if alongside is not None:
                alongside()
            parts = pending.get()
    finally:
        _SHARED = None
    texts: dict[str, str] = {}
    count = 0
    records: dict[str, Record] | None = None if contexts is None else {}
    for part, formatted, part_records in parts:
        texts.update(part)
        count += formatted
        if records is not None and part_records:
            records.update(part_records)
    return dict(sorted(texts.items())), count, records


_SHARED: (
    tuple[
        ir.Api,
        list[Path],
        list[Output],
        Path | None,
        bool,
        dict[str, str] | None,
        Mapping[int, str] | None,
    ]
    | None
) = None


def _render_share(indices: list[int]) -> Produced:
    """A worker's share of the files (it sees the parent's IR through fork)."""
    assert _SHARED is not None
    api, template_dirs, work, cache, trust, contexts, digests = _SHARED
    return _share(
        api,
        template_dirs,
        [work[i] for i in indices],
        cache,
        trust,
        contexts,
        digests,
        parallel=False,
    )


def _share(
    api: ir.Api,
    template_dirs: list[Path],
    work: list[Output],
    cache: Path | None,
    trust: bool,
    contexts: dict[str, str] | None,
    digests: Mapping[int, str] | None,
    *,
    parallel: bool,
) -> Produced:
    formatter = Formatter(cache, trust_templates=trust, parallel=parallel)
    reads: dict[str, frozenset[Read]] | None = None if contexts is None else {}
    texts = formatter.format_all(render_jobs(api, template_dirs, work, reads, cache))
    if contexts is None or reads is None:
        return texts, formatter.formatted, None
    inputs = Inputs(api, digests)
    records: dict[str, Record] = {}
    for job in work:
        context = contexts.get(job.path) or inputs.context(job.template, job.context)
        records[job.path] = inputs.record(
            context, reads.get(job.path, frozenset()), texts[job.path]
        )
    return texts, formatter.formatted, records
