"""Where ingest's CPU goes: the time of each stage of a cold ingest, in one process.

    python bench/profile_stages.py [RELEASE_DIR ...] [--hypervisor DIR]

Runs ``xen_abi.build.build_catalogue`` on the given header trees (default:
../shared/xen-headers/4.22.0) with one job and no cache, every stage's entry
point wrapped in a CPU timer: preprocess (cpp and reading its output), parse
(pycparser, or the declaration cache), layout, constants, hypercalls (the
headers' scan and each configuration's extraction), hypervisor (the
hypervisor's tables), history, serialisation (release documents, JSON).
Prints a Markdown table (README, Performance).  One job, so that a stage's
time is not hidden in a worker.
"""

from __future__ import annotations

import argparse
import gc
import os
import sys
import tempfile
from collections import defaultdict
from collections.abc import Callable
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from xen_abi import build
from xen_abi.compare import history
from xen_abi.frontend import constants, hypercalls, ingest, layout
from xen_abi.frontend.hypervisor import open_hypervisor
from xen_abi.frontend.source import from_directory
from xen_abi.ir.archs import ARCH_NAMES
from xen_abi.store import catalogue

_spent: dict[str, float] = defaultdict(float)
_active: list[str] = []


def _cpu() -> float:
    """CPU time of this process and its finished children (cpp)."""
    t = os.times()
    return t.user + t.system + t.children_user + t.children_system


def _timed(stage: str, fn: Callable[..., Any]) -> Callable[..., Any]:
    """``fn`` charging its CPU time to ``stage`` (a nested stage's time is charged to it, not its caller)."""

    def wrapper(*args: Any, **kwargs: Any) -> Any:
        started = _cpu()
        _active.append(stage)
        try:
            return fn(*args, **kwargs)
        finally:
            _active.pop()
            spent = _cpu() - started
            _spent[stage] += spent
            if _active:
                _spent[_active[-1]] -= spent

    return wrapper


def _instrument() -> None:
    ingest.preprocess = _timed("preprocess", ingest.preprocess)
    ingest.parse = _timed("parse", ingest.parse)
    ingest.LayoutEngine = _timed("layout", ingest.LayoutEngine)
    entries = layout.LayoutEngine.type_entries  # a generator: time the whole iteration
    layout.LayoutEngine.type_entries = _timed("layout", lambda self: list(entries(self)))  # type: ignore[method-assign]
    ingest.evaluate_constants = _timed("constants", constants.evaluate_constants)
    ingest.scan_tree = _timed("hypercalls", hypercalls.scan_tree)
    ingest.extract_config = _timed("hypercalls", hypercalls.extract_config)
    ingest.extract_release = _timed("hypercalls", hypercalls.extract_release)
    ingest.release_facts = _timed("hypervisor", ingest.release_facts)
    build.history = _HistoryTimer()  # type: ignore[assignment]
    build.document_of = _timed("serialisation", catalogue.document_of)
    build.write_documents = _timed("serialisation", catalogue.write_documents)


class _HistoryTimer:
    """build.py reaches the history as a module; time its two entry points."""

    build = staticmethod(_timed("history", history.build))
    dump = staticmethod(_timed("history", history.dump))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("trees", nargs="*", type=Path, default=[Path("../shared/xen-headers/4.22.0")])
    parser.add_argument("--hypervisor", type=Path, default=Path("../shared/xen-hypervisor"))
    args = parser.parse_args()
    trees = [(p.name, from_directory(p)) for p in args.trees]
    sources = {name: open_hypervisor(args.hypervisor, name) for name, _ in trees}
    _instrument()
    gc.collect()
    started = _cpu()
    with tempfile.TemporaryDirectory() as out:
        build.build_catalogue(trees, Path(out) / "c", archs=ARCH_NAMES, jobs=1, hypervisor=sources)
    total = _cpu() - started
    print(f"{len(trees)} release(s), 1 job, no cache: {total:.2f} s CPU\n")
    print("| stage | CPU (s) | share |")
    print("|---|---:|---:|")
    order = ["preprocess", "parse", "layout", "constants", "hypercalls", "hypervisor", "history", "serialisation"]
    rest = total - sum(_spent.values())
    for stage in order:
        print(f"| {stage} | {_spent[stage]:.2f} | {_spent[stage] / total:.0%} |")
    print(f"| other (tree reading, task set-up, GC) | {rest:.2f} | {rest / total:.0%} |")


if __name__ == "__main__":
    main()
