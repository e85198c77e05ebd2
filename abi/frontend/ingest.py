"""Ingestion: a header tree in, a ReleaseABI out, every configuration laid out.

Each (release, architecture, visibility) is independent, so they run in a
process pool, which also extracts each one's hypercalls.  A content-hash
cache keyed by the header tree, the configuration and the code of the
pipeline itself makes re-runs cheap and can never serve a result computed by
older code.

Within a run, work is reused without any cache on disk: a worker is given
one configuration of consecutive releases at a time, and parses each
distinct declaration (``parse``), folds each constant expression without
names (``cexpr``), and scans each distinct header content (``preprocess``,
``hypercalls``) once.  Those in-process memos are keyed by their whole
input, so they hold in ``--no-cache`` runs too.
"""

from __future__ import annotations

import contextlib
import gc
import hashlib
import os
import pickle
import re
import subprocess
import tempfile
from collections.abc import Callable, Iterable, Iterator, Mapping
from concurrent.futures import Future
from dataclasses import dataclass
from pathlib import Path

from xen_abi.common import workers
from xen_abi.common.errors import XenAbiError
from xen_abi.frontend.constants import evaluate_constants, function_macros
from xen_abi.frontend.hypercalls import extract_config, extract_release, load_table, scan_tree
from xen_abi.frontend.hypervisor import HypervisorSource, release_facts
from xen_abi.frontend.layout import LayoutEngine
from xen_abi.frontend.parse import parse
from xen_abi.frontend.preprocess import find_cpp, preprocess
from xen_abi.frontend.source import HeaderTree
from xen_abi.ir.archs import ARCH_NAMES, ARCHES, get_arch
from xen_abi.ir.model import VISIBILITIES, CallsABI, Config, ConfigABI, ReleaseABI, Unavailable, Visibility

_LATEST = re.compile(rb"#define\s+__XEN_LATEST_INTERFACE_VERSION__\s+(0x[0-9a-fA-F]+|\d+)")
_PIPELINE_FILES = (  # relative to the package root
    "frontend/ingest.py",
    "ir/archs.py",
    "frontend/cexpr.py",
    "frontend/constants.py",
    "frontend/layout.py",
    "frontend/parse.py",
    "frontend/preprocess.py",
    "ir/model.py",
    "common/limits.py",  # what preprocess and layout refuse
    "common/errors.py",  # the reasons recorded for what is unavailable
    "frontend/hypercalls.py",  # the workers extract each configuration's hypercalls, with these
    "common/spelling.py",
    "common/compat.py",
    "ir/location.py",
    "data/subops.toml",
)


def latest_interface_version(tree: HeaderTree) -> int | None:
    compat = tree.files.get("xen-compat.h")
    m = _LATEST.search(compat) if compat else None
    return int(m.group(1), 0) if m else None


class ConfigUnsupported(Exception):
    """xen.h itself does not compile for this configuration: nothing else can."""


def ingest_config(root: Path, headers: list[str], config: Config, interface_version: int | None) -> ConfigABI:
    """Preprocess, parse and lay out one configuration of a materialized tree."""
    arch = get_arch(config.arch)
    excluded: dict[str, Unavailable] = {}
    while True:
        pre = preprocess(root, headers, arch, config.visibility, interface_version, excluded)
        if "xen.h" in pre.unavailable:
            raise ConfigUnsupported(pre.unavailable["xen.h"].reason)
        try:
            unit = parse(pre.text)
            engine = LayoutEngine(unit, arch)
            types = {t.name: t for t in engine.type_entries()}
            break
        except XenAbiError as exc:
            # A header this configuration cannot parse or lay out is recorded as
            # unavailable there, like one that #errors; the rest goes on.
            culprit = pre.owner.get(exc.file or "")
            if culprit is None or culprit in excluded:
                raise
            if culprit == "xen.h":
                raise ConfigUnsupported(str(exc)) from None
            excluded[culprit] = Unavailable(culprit, str(exc))
    constants = evaluate_constants(pre, engine)
    unavailable = dict(sorted(pre.unavailable.items()))
    return ConfigABI(config, dict(sorted(types.items())), constants, unavailable, pre.headers, function_macros(pre))


@dataclass(frozen=True)
class _Task:
    release: str
    root: str
    headers: tuple[str, ...]
    config: Config
    interface_version: int | None
    cache_file: str | None
    legacy: bool = False  # the guest view at interface version 0, for xen_abi.frontend.hypercalls


def _legacy_task(
    release: str, root: str, headers: tuple[str, ...], arch: str, tree: HeaderTree, cache_dir: Path | None, fp: str
) -> _Task:
    """The guest view of an old guest (``__XEN_INTERFACE_VERSION__`` 0): what only it sees is deprecated."""
    config = Config(arch, Visibility.GUEST)
    cache_file = None
    if cache_dir:
        key = hashlib.sha256(f"{fp}|{tree.provenance.tree_hash}|{config.key}|0".encode()).hexdigest()[:32]
        cache_file = str(cache_dir / key[:2] / f"{key}.pickle")
    return _Task(release, root, headers, config, 0, cache_file, legacy=True)


# What one configuration yields: its ABI and hypercalls, or why it is unsupported.
Outcome = tuple[ConfigABI, CallsABI] | str


def _compute(task: _Task) -> Outcome:
    """Worker: lay out one configuration, extract its hypercalls and fill its cache entry."""
    try:
        abi = ingest_config(Path(task.root), list(task.headers), task.config, task.interface_version)
        root = Path(task.root)
        scans = scan_tree({h: (root / h).read_bytes() for h in task.headers})
        outcome: Outcome = (abi, extract_config(abi, scans, load_table()))
    except ConfigUnsupported as exc:
        outcome = str(exc)
    except XenAbiError as exc:
        if not task.legacy:
            raise
        outcome = str(exc)  # the legacy view is best effort: without it nothing is called deprecated
    if task.cache_file:
        _write_cache(Path(task.cache_file), outcome)
    return outcome


def _read_cache(path: str | None) -> Outcome | None:
    """A cached outcome; a missing or damaged entry is recomputed.

    Pickle, because the cache is private to this user and versioned by the
    pipeline's own hash, and loading it must be much faster than computing.
    """
    if path is None:
        return None
    try:
        with open(path, "rb") as f:
            outcome = pickle.load(f)
    except FileNotFoundError:
        return None
    except (OSError, EOFError, pickle.UnpicklingError, AttributeError, ImportError, TypeError, ValueError):
        return None
    if isinstance(outcome, tuple) and len(outcome) == 2:
        abi, calls = outcome
        return outcome if isinstance(abi, ConfigABI) and isinstance(calls, CallsABI) else None
    return outcome if isinstance(outcome, str) else None


def _write_cache(path: Path, outcome: Outcome) -> None:
    """Fill a cache entry, best effort: a read-only or full cache only costs the next run time."""
    tmp = None
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=".tmp-")
        with os.fdopen(fd, "wb") as f:
            pickle.dump(outcome, f, protocol=pickle.HIGHEST_PROTOCOL)
        os.replace(tmp, path)
        tmp = None
    except OSError:
        pass
    finally:
        if tmp is not None:
            Path(tmp).unlink(missing_ok=True)


def pipeline_fingerprint(everything: bool = False) -> str:
    """A hash of the code and tools that compute layouts: the cache's version.

    ``everything`` covers all of the package's code and data, for caches of
    what later stages derive (release documents, history).
    """
    h = hashlib.sha256()
    here = Path(__file__).resolve().parents[1]
    files = (
        sorted([*here.rglob("*.py"), *(here / "data").glob("*.toml")])
        if everything
        else [here / name for name in _PIPELINE_FILES]
    )
    for path in files:
        h.update(path.relative_to(here).as_posix().encode())
        h.update(path.read_bytes())
    for stub in sorted((here / "include").rglob("*.h")):
        h.update(stub.read_bytes())
    with contextlib.suppress(OSError):
        h.update(subprocess.run([find_cpp(), "--version"], capture_output=True, check=False).stdout)
    import pycparser

    h.update(pycparser.__version__.encode())
    return h.hexdigest()[:16]


def default_cache_dir() -> Path:
    base = os.environ.get("XEN_ABI_CACHE") or os.path.join(
        os.environ.get("XDG_CACHE_HOME") or os.path.expanduser("~/.cache"), "xen-abi"
    )
    return Path(base)


def supported_archs(tree: HeaderTree, archs: Iterable[str]) -> tuple[list[str], dict[str, str]]:
    """The archs this release can be laid out for, and why the others cannot."""
    ok, unsupported = [], {}
    for name in archs:
        marker = ARCHES[name].marker_header
        if marker in tree.files:
            ok.append(name)
        else:
            unsupported[name] = f"the release has no {marker}"
    return ok, unsupported


def ingest(
    trees: list[tuple[str, HeaderTree]],
    *,
    archs: Iterable[str] = ARCH_NAMES,
    visibilities: Iterable[Visibility] = VISIBILITIES,
    jobs: int | None = None,
    cache_dir: Path | None = None,
    progress: Callable[[int, int], None] | None = None,
    keep_going: bool = False,
    hypervisor: Mapping[str, HypervisorSource | None] | None = None,
) -> list[ReleaseABI]:
    """Ingest several releases, all their configurations in parallel.

    ``hypervisor`` maps a release to its hypervisor sources (abi.hypervisor);
    a release without them has every implementation fact recorded unknown.

    Raises XenAbiError for a broken header (see ``broken_headers``) unless
    ``keep_going``, which records it as unavailable like any other.
    """
    archs = list(archs)
    visibilities = list(visibilities)
    fingerprint = pipeline_fingerprint() if cache_dir else ""
    with tempfile.TemporaryDirectory(prefix="xen-abi-trees-") as scratch:
        tasks: list[_Task] = []
        releases: list[ReleaseABI] = []
        for index, (name, tree) in enumerate(trees):
            root = tree.materialize(Path(scratch) / str(index))
            ok, unsupported = supported_archs(tree, archs)
            interface = latest_interface_version(tree)
            releases.append(ReleaseABI(name, tree.provenance, interface, unsupported_archs=unsupported))
            headers = tuple(sorted(p for p in tree.files if p.endswith(".h")))
            for arch in ok:
                for vis in visibilities:
                    config = Config(arch, vis)
                    cache_file = None
                    if cache_dir:
                        key = hashlib.sha256(
                            f"{fingerprint}|{tree.provenance.tree_hash}|{config.key}|{interface}".encode()
                        ).hexdigest()[:32]
                        cache_file = str(cache_dir / key[:2] / f"{key}.pickle")
                    tasks.append(_Task(name, str(root), headers, config, interface, cache_file))
                if Visibility.GUEST in visibilities:
                    tasks.append(_legacy_task(name, str(root), headers, arch, tree, cache_dir, fingerprint))
        results = _run_all(tasks, jobs, progress)
        by_release = {r.release: r for r in releases}
        legacy: dict[str, dict[str, ConfigABI]] = {}
        extracted: dict[str, dict[tuple[str, bool], CallsABI]] = {}
        for task, outcome in zip(tasks, results, strict=True):
            release = by_release[task.release]
            if isinstance(outcome, str):
                if not task.legacy:
                    release.unsupported_configs[task.config.key] = outcome
                continue
            abi, calls = outcome
            extracted.setdefault(task.release, {})[task.config.key, task.legacy] = calls
            if task.legacy:
                legacy.setdefault(task.release, {})[task.config.arch] = abi
            else:
                release.configs[task.config.key] = abi
    for release in releases:
        if release.unsupported_configs and not release.configs:
            key, reason = sorted(release.unsupported_configs.items())[0]
            file, line, message = _split_reason(reason)
            raise XenAbiError(
                f"{message} (release {release.release}: xen.h compiles on no configuration, e.g. {key})",
                file=file,
                line=line,
            )
        broken = broken_headers(release)
        if broken and not keep_going:
            header, reason = next(iter(broken.items()))
            file, line, message = _split_reason(reason)
            raise XenAbiError(
                f"{message} (release {release.release}: {header} compiles on no configuration)", file=file, line=line
            )
    # The hypercall stage needs the header text (doc comments, markers), which only the tree has.
    for (_, tree), release in zip(trees, releases, strict=True):
        release.calls, release.legacy = extract_release(
            release, tree.files, legacy.get(release.release, {}), extracted.get(release.release)
        )
        release.hypervisor = release_facts(release, (hypervisor or {}).get(release.release))
    return releases


def broken_headers(release: ReleaseABI) -> dict[str, str]:
    """Headers unusable on every configuration, for a reason other than ``#error``.

    A header that ``#error``s is unavailable by design (domctl.h for guests);
    one that fails to parse on one arch only is a fact about that arch
    (callback.h on riscv64).  One that works nowhere is broken input.
    """
    usable = {h for abi in release.configs.values() for h in abi.headers}
    reasons: dict[str, str] = {}
    for key in sorted(release.configs):
        for header, u in sorted(release.configs[key].unavailable.items()):
            if header not in usable and "#error" not in u.reason:
                reasons.setdefault(header, u.reason)
    return reasons


def _split_reason(reason: str) -> tuple[str | None, int | None, str]:
    """``"file.h:12: message"`` -> (file, line, message)."""
    m = re.match(r"^([^:\s]+):(\d+): (.*)$", reason)
    return (m.group(1), int(m.group(2)), m.group(3)) if m else (None, None, reason)


def _run_all(tasks: list[_Task], jobs: int | None, progress: Callable[[int, int], None] | None) -> list[Outcome]:
    """Outcomes in task order: cache hits read here, misses computed in a pool."""
    jobs = jobs or os.cpu_count() or 1
    results: list[Outcome | None] = [_read_cache(t.cache_file) for t in tasks]
    missing = [i for i, r in enumerate(results) if r is None]
    done = len(tasks) - len(missing)
    if progress and done:
        progress(done, len(tasks))

    def record(i: int, outcome: Outcome) -> None:
        nonlocal done
        results[i] = outcome
        done += 1
        if progress:
            progress(done, len(tasks))

    batches = _batches(tasks, missing, jobs)
    if jobs == 1 or len(missing) <= 1:
        with _collector_tuned():
            for batch in batches:
                for i in batch:
                    record(i, _compute(tasks[i]))
    else:
        # On an error or Ctrl-C, the workers end at once instead of computing the queued configurations first.
        with workers.pool(jobs) as pool:
            futures: list[Future[list[Outcome]]] = [
                pool.submit(_compute_batch, [tasks[i] for i in batch]) for batch in batches
            ]
            for batch, future in zip(batches, futures, strict=True):  # in order: the first error is the first task's
                for i, outcome in zip(batch, future.result(), strict=True):
                    record(i, outcome)
    return [r for r in results if r is not None]


def _batches(tasks: list[_Task], missing: list[int], jobs: int) -> list[list[int]]:
    """The tasks to compute, as runs of one configuration over consecutive releases.

    Consecutive releases share most declarations, headers and constants, so a
    worker given such a run reuses the most (see the module's docstring).
    Runs are cut small enough to keep every worker busy to the end.
    """
    order = {name: n for n, name in enumerate(dict.fromkeys(t.release for t in tasks))}
    ordered = sorted(missing, key=lambda i: (tasks[i].config.key, tasks[i].legacy, order[tasks[i].release]))
    size = max(1, -(-len(ordered) // (jobs * 16)))
    batches: list[list[int]] = []
    for i in ordered:
        last = batches[-1] if batches else None
        same = last is not None and (tasks[last[0]].config, tasks[last[0]].legacy) == (tasks[i].config, tasks[i].legacy)
        if last is not None and same and len(last) < size:
            last.append(i)
        else:
            batches.append([i])
    return batches


def _compute_batch(batch: list[_Task]) -> list[Outcome]:
    """Worker: a run of tasks; what survives it (the in-process memos) is frozen out of the collector's scans."""
    gc.set_threshold(*_GC_THRESHOLDS)
    outcomes = [_compute(task) for task in batch]
    gc.freeze()
    return outcomes


# The memos hold hundreds of thousands of long-lived, acyclic objects (AST nodes above all): with
# CPython's default thresholds the collector would rescan them all, many times a release.
_GC_THRESHOLDS = (50_000, 50, 1000)


@contextlib.contextmanager
def _collector_tuned() -> Iterator[None]:
    """The worker's collector thresholds, in this process for the length of a run."""
    saved = gc.get_threshold()
    gc.set_threshold(*_GC_THRESHOLDS)
    try:
        yield
    finally:
        gc.set_threshold(*saved)
