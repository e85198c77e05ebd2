"""The drift history: every edge of the catalogue's release graph compared, as the committed summary."""

from __future__ import annotations

import multiprocessing
import os
from collections import defaultdict
from concurrent.futures import ProcessPoolExecutor

from xen_abi.common.releases import edges, version_key
from xen_abi.compare.drift import compare, from_catalogue
from xen_abi.ir.changes import SEVERITIES, Kind, Severity
from xen_abi.present.drift_formats import change_record
from xen_abi.store.catalogue import Catalogue

HISTORY_SCHEMA = "xen-abi-drift-history/1"


def history(cat: Catalogue, *, jobs: int | None = None) -> dict:
    """Every edge of the catalogue's release graph (``xen_abi.common.releases.edges``: x.y.0 to the next x.y.0, a
    point release from its predecessor in its series): counts, and breaking and IV findings in full.

    The edges are compared in forked workers where possible (``jobs``, default: every core); the entries come
    back in edge order, so the summary is the same bytes whatever the number of workers.
    """
    releases = sorted(cat.releases, key=version_key)
    pairs = edges(releases)
    jobs = max(1, jobs if jobs is not None else (os.cpu_count() or 1))
    if jobs == 1 or len(pairs) < 2 or "fork" not in multiprocessing.get_all_start_methods():
        entries = [history_pair(cat, a, b) for a, b in pairs]
    else:
        _SHARED[:] = [cat]
        try:
            context = multiprocessing.get_context("fork")
            with ProcessPoolExecutor(max_workers=min(jobs, len(pairs)), mp_context=context) as pool:
                entries = list(pool.map(_pair_worker, pairs, chunksize=max(1, len(pairs) // (4 * jobs))))
        finally:
            _SHARED.clear()
    return {"schema": HISTORY_SCHEMA, "releases": releases, "pairs": entries}


_SHARED: list[Catalogue] = []  # forked workers inherit the catalogue (and the releases it has decoded)


def _pair_worker(pair: tuple[str, str]) -> dict:
    return history_pair(_SHARED[0], *pair)


def history_pair(cat: Catalogue, a: str, b: str) -> dict:
    """One entry of the history summary (see ``history``)."""
    report = compare(from_catalogue(cat, a, a), from_catalogue(cat, b, b), fail_on="interface-version")
    kinds: dict[str, dict[str, int]] = {s.value: {} for s in SEVERITIES}
    for c in report.changes:
        kinds[c.severity.value][c.kind.value] = kinds[c.severity.value].get(c.kind.value, 0) + 1
    bumps = {
        c.item: {"before": c.before, "after": c.after, "justified": c.kind is Kind.INTERFACE_VERSION_BUMPED}
        for c in report.changes
        if c.kind in (Kind.INTERFACE_VERSION_BUMPED, Kind.INTERFACE_VERSION_BUMP_WITHOUT_CHANGE)
        and not c.item.startswith("__")
    }
    unbumped: dict[str, set[str]] = defaultdict(set)
    for c in report.changes:
        if c.severity is Severity.INTERFACE_VERSION and c.kind is not Kind.INTERFACE_VERSION_BUMP_WITHOUT_CHANGE:
            unbumped[c.interface_macro or "?"].add(c.item)
    findings = [
        change_record(c, report)
        for c in report.changes
        if c.severity in (Severity.BREAKING, Severity.INTERFACE_VERSION)
    ]
    return {
        "old": a,
        "new": b,
        "archs": list(report.archs),
        "counts": report.counts(),
        "kinds": {s: dict(sorted(k.items())) for s, k in kinds.items()},
        "interface_version_bumps": dict(sorted(bumps.items())),
        "unbumped": {m: sorted(items) for m, items in sorted(unbumped.items())},
        "findings": findings,
    }
