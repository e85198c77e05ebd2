"""The history of every hypercall, sub-op, type and enumerator, per architecture, across releases.

A view of the comparison engine, not a second one: the fold of the
``ChangeSet``s of every edge of the release graph (``xen_abi.common.releases``:
the mainline chain of x.y.0 releases, and each series' point releases chained
from their x.y.0; ``xen_abi.compare.diff``, judged by ``xen_abi.compare.policy``)
plus each item's presence and class in every release
(``xen_abi.analysis.classify``).  Per item and arch the result is kept as runs of
releases (in version order) in which nothing about it changed: its class, the view it is seen
in, its number (an enumerator's value), its layout hash, its arguments, and
its *epoch*, which changes exactly on the edges where a change the engine judged
incompatible touched the item or anything it embeds (a sub-op: its argument
types).  Everything else derives from that: when an item appeared, each
change of class, number or layout (against the release's parent), when it disappeared (class ``removed``
from then on), whether a tools-only item is *de facto stable*, and the
changes of stable items (``breaks``, one per edge), each with the engine's severity.
"""

from __future__ import annotations

import json
import os
from collections import Counter, defaultdict
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from xen_abi.analysis.classify import LEGACY, Classifier, Stability
from xen_abi.analysis.typegraph import ANY_NAME, referenced_types
from xen_abi.common.errors import CatalogueError
from xen_abi.common.names import release_name_problem
from xen_abi.common.releases import ancestors, is_mainline, parents, version_key
from xen_abi.compare.policy import incompatible
from xen_abi.ir.archs import ARCH_NAMES
from xen_abi.ir.changes import Change, ChangeSet, Kind, RefKind, Severity, Side
from xen_abi.ir.model import VIEWS, Config, Hypercall, ItemKind, Layout, ReleaseABI, SubOp, TypeEntry, Visibility
from xen_abi.store import codecs as serialize
from xen_abi.store.catalogue import Catalogue

SCHEMA = "xen-abi-history/2"
ITEM_KINDS = ("hypercall", "subop", "type", "enumerator")
NO_LAYOUT = "-"  # the "layout" of a scalar argument such as char[]


@dataclass(frozen=True)
class State:
    """An item on one arch in one release, as far as compatibility goes."""

    stability: Stability | None  # None: absent, and never there before on this arch
    visibility: str | None = None  # guest, tools or legacy; None when absent
    number: int | None = None  # hypercalls and sub-ops; an enumerator's value
    layout: str | None = None  # types: layout hash; sub-ops: argument layout hashes, space-separated
    epoch: int | None = None  # which state the last incompatible change (the engine's verdict) led to; None: absent
    args: tuple[str, ...] | None = None  # sub-ops: argument types

    @property
    def present(self) -> bool:
        return self.visibility is not None


@dataclass(frozen=True)
class Run:
    """Consecutive releases (of those that support the arch) with the same state."""

    first: str
    last: str
    state: State


@dataclass(frozen=True)
class ItemChange:
    """One change of the engine, folded onto the item it is about (a field's change onto its record)."""

    before: str  # release
    after: str
    kind: Kind
    severity: Severity
    member: str  # a field's path, or "" for the item itself
    old: str | None
    new: str | None

    def text(self) -> str:
        what = f"{self.member}: " if self.member else ""
        return f"{self.kind.value}: {what}{self.old or '(absent)'} -> {self.new or '(absent)'}"


@dataclass
class ItemHistory:
    kind: str  # hypercall, subop, type or enumerator
    name: str
    hypercall: str | None = None  # a sub-op's hypercall (as of its newest appearance); an enumerator's enum
    runs: dict[str, tuple[Run, ...]] = field(default_factory=dict)  # by arch
    changes: dict[str, tuple[ItemChange, ...]] = field(default_factory=dict)  # by arch, oldest first


@dataclass(frozen=True)
class Break:
    """A change of a stable item between two releases, with the engine's worst verdict on it."""

    kind: str
    name: str
    arch: str
    before: str  # release
    after: str  # the next release supporting the arch
    what: str  # number, layout, args, value, removed or class
    old: str  # number, layout hash, argument layout hashes, value
    new: str
    severity: str = Severity.BREAKING.value  # or compatible: padding given a meaning, a field added, ...
    detail: tuple[str, ...] = ()  # what changed, change by change

    def to_json(self) -> dict[str, Any]:
        return {
            "kind": self.kind,
            "name": self.name,
            "arch": self.arch,
            "before": self.before,
            "after": self.after,
            "what": self.what,
            "old": self.old,
            "new": self.new,
            "severity": self.severity,
            "detail": list(self.detail),
        }


@dataclass
class History:
    releases: tuple[str, ...]
    arch_releases: dict[str, tuple[str, ...]]  # the releases that support each arch, in version order
    items: dict[tuple[str, str], ItemHistory]  # by (kind, name)
    breaks: list[Break]

    def states(self, kind: str, name: str, arch: str) -> dict[str, State]:
        """release -> state of one item on one arch (releases supporting the arch only)."""
        item = self.items.get((kind, name))
        order = self.arch_releases.get(arch, ())
        out: dict[str, State] = {}
        if item is None:
            return out
        position = self._positions(arch)
        for run in item.runs.get(arch, ()):
            for r in order[position[run.first] : position[run.last] + 1]:
                out[r] = run.state
        return out

    def parent(self, release: str, arch: str) -> str | None:
        """The release ``release`` is compared with on ``arch``: its nearest ancestor in the release graph that
        supports the arch (``xen_abi.common.releases.parents``); None for the arch's root."""
        return self._parents().get(arch, {}).get(release)

    def path(self, release: str, arch: str) -> Iterator[str]:
        """``release`` and its ancestors on ``arch``, newest first."""
        r: str | None = release
        while r is not None:
            yield r
            r = self.parent(r, arch)

    def _positions(self, arch: str) -> dict[str, int]:
        cache = self.__dict__.setdefault("_position_cache", {})
        if arch not in cache:
            cache[arch] = {r: i for i, r in enumerate(self.arch_releases.get(arch, ()))}
        return cache[arch]

    def _parents(self) -> dict[str, dict[str, str | None]]:
        found = self.__dict__.get("_parent_cache")
        if found is None:
            found = self.__dict__["_parent_cache"] = parents_on_archs(self.releases, self.arch_releases)
        return found


def parents_on_archs(
    releases: Iterable[str], arch_releases: Mapping[str, Iterable[str]]
) -> dict[str, dict[str, str | None]]:
    """arch -> release -> the release it is compared with on that arch: its nearest ancestor in the release graph
    (``xen_abi.common.releases.parents``) that supports the arch (None: the arch's root)."""
    parent = parents(releases)
    out: dict[str, dict[str, str | None]] = {}
    for arch, supported_in in arch_releases.items():
        supported = set(supported_in)
        out[arch] = {
            r: next((a for a in ancestors(r, parent) if a in supported), None)
            for r in sorted(supported, key=version_key)
        }
    return out


# -- what a change is about ---------------------------------------------------------------------------


def subject(change: Change) -> tuple[str, str] | None:
    """The history item a change belongs to: (kind, name), or None for what the history does not track
    (architectures, configurations, headers, plain constants)."""
    ref = change.ref
    if ref.kind is RefKind.HYPERCALL:
        return "hypercall", ref.name
    if ref.kind is RefKind.SUBOP:
        return "subop", ref.name
    if ref.kind is RefKind.TYPE:
        return "type", ref.name
    if ref.kind is RefKind.FIELD and ref.owner is not None:
        return "type", ref.owner
    if ref.kind is RefKind.ENUMERATOR:
        return "enumerator", ref.name
    return None


def _member(change: Change) -> str:
    return change.ref.name if change.ref.kind is RefKind.FIELD else ""


# -- the edges ----------------------------------------------------------------------------------------

_LOADED: dict[str, ReleaseABI] = {}  # forked workers inherit the releases instead of receiving them


def _pair_worker(pair: tuple[str, str]) -> ChangeSet:
    from xen_abi.compare.diff import compare_releases

    d = compare_releases(_LOADED[pair[0]], _LOADED[pair[1]])
    d.layouts = {}  # what the fold reads is the changes; the layouts stay in the parent
    return d


def pair_changesets(
    releases: Sequence[ReleaseABI], pairs: Sequence[tuple[str, str]], *, jobs: int | None = None
) -> list[ChangeSet]:
    """The engine's ChangeSet of every (old, new) pair of ``releases`` named (forked workers where possible)."""
    import multiprocessing

    from xen_abi.common import workers
    from xen_abi.compare.diff import compare_releases

    by_name = {r.release: r for r in releases}
    if not pairs:
        return []
    jobs = max(1, jobs if jobs is not None else (os.cpu_count() or 1))
    if jobs == 1 or len(pairs) == 1 or "fork" not in multiprocessing.get_all_start_methods():
        return [compare_releases(by_name[a], by_name[b]) for a, b in pairs]
    _LOADED.update(by_name)
    try:
        with workers.pool(min(jobs, len(pairs)), fork=True) as pool:
            return list(pool.map(_pair_worker, pairs, chunksize=max(1, len(pairs) // (4 * jobs))))
    finally:
        _LOADED.clear()


def edge_changesets(releases: Sequence[ReleaseABI], *, jobs: int | None = None) -> list[ChangeSet]:
    """The engine's ChangeSet of every edge of the release graph (``history_edges``)."""
    return pair_changesets(releases, history_edges(releases), jobs=jobs)


def arch_parents(releases: Sequence[ReleaseABI]) -> dict[str, dict[str, str | None]]:
    """``parents_on_archs`` of these releases (the archs some release supports)."""
    supported = {a: [r.release for r in releases if _supports(r, a)] for a in ARCH_NAMES}
    return parents_on_archs([r.release for r in releases], {a: rs for a, rs in supported.items() if rs})


def history_edges(releases: Sequence[ReleaseABI]) -> list[tuple[str, str]]:
    """The (parent, child) pairs the history folds: the release graph's edges, per arch (an arch a parent lacks
    is compared with the nearest ancestor that has it), ordered by the child's version."""
    found = {(p, r) for per in arch_parents(releases).values() for r, p in per.items() if p is not None}
    return sorted(found, key=lambda e: (version_key(e[1]), version_key(e[0])))


# -- presence and class ---------------------------------------------------------------------------------


class _Views:
    """What each view of one release on one arch holds."""

    def __init__(self, release: ReleaseABI, arch: str) -> None:
        self.guest = release.configs.get(Config(arch, Visibility.GUEST).key)
        self.tools = release.configs.get(Config(arch, Visibility.TOOLS).key)
        self.legacy = release.legacy.get(arch)

    def type_entry(self, name: str, visibility: str | None) -> TypeEntry | None:
        order = {
            "guest": (self.guest, self.tools),
            "tools": (self.tools, self.guest),
            LEGACY: (self.guest, self.tools),
        }.get(visibility or "", (self.guest, self.tools))
        if visibility == LEGACY and self.legacy is not None and name in self.legacy.types:
            return self.legacy.types[name]
        for abi in order:
            if abi is not None and name in abi.types:
                return abi.types[name]
        return None

    def type_tables(self) -> list[Mapping[str, TypeEntry]]:
        out: list[Mapping[str, TypeEntry]] = [abi.types for abi in (self.guest, self.tools) if abi is not None]
        if self.legacy is not None:
            out.append(self.legacy.types)
        return out

    def enumerators(self) -> dict[str, str]:
        """enumerator -> the named enum type that defines it (guest view first)."""
        out: dict[str, str] = {}
        for types in self.type_tables():
            for name, entry in types.items():
                if entry.layout.kind == "enum" and not name.startswith("enum {"):
                    for e, _ in entry.layout.enumerators:
                        out.setdefault(e, name)
        return out


def _call_names(release: ReleaseABI, arch: str, kind: str) -> set[str]:
    out: set[str] = set()
    for vis in (Visibility.GUEST, Visibility.TOOLS):
        calls = release.calls.get(Config(arch, vis).key)
        if calls is not None:
            out.update(calls.hypercalls if kind == "hypercall" else calls.subops)
    legacy = release.legacy.get(arch)
    if legacy is not None:
        out.update(legacy.calls.hypercalls if kind == "hypercall" else legacy.calls.subops)
    return out


def _supports(release: ReleaseABI, arch: str) -> bool:
    return any(Config.parse(k).arch == arch for k in release.configs)


# -- building ---------------------------------------------------------------------------------------


def build(
    releases: Sequence[ReleaseABI], changesets: Sequence[ChangeSet] | None = None, *, jobs: int | None = None
) -> History:
    """The history of ``releases``: the fold of the ChangeSets of every edge of the release graph.

    Each release's state of an item is computed against its parent's (its
    nearest ancestor on the arch): an item's epoch moves only where an edge's
    incompatible change reaches it.  Epochs are identifiers, not counts: the
    state an incompatible change leads to gets one per distinct (number,
    layout, arguments), so a change backported to a point release (4.17.3)
    and made in the next x.y.0 (4.18.0) leads both to the same epoch.
    """
    releases = sorted(releases, key=lambda r: version_key(r.release))
    names = [r.release for r in releases]
    index = {r: i for i, r in enumerate(names)}
    per_arch = arch_parents(releases)
    if changesets is None:
        changesets = pair_changesets(releases, history_edges(releases), jobs=jobs)
    by_pair = {(c.old, c.new): c for c in changesets}
    arch_releases = {a: tuple(per) for a, per in per_arch.items()}
    hashes: dict[int, str] = {}

    def layout_key(layout: Layout) -> str:
        h = hashes.get(id(layout))
        if h is None:
            h = hashes[id(layout)] = serialize.layout_hash(layout)
        return h

    # The fold: every change onto its item, per arch and edge.
    folded: dict[tuple[str, str], dict[str, dict[tuple[str, str], list[Change]]]] = defaultdict(
        lambda: defaultdict(lambda: defaultdict(list))
    )
    listed: dict[tuple[str, str], dict[str, dict[tuple[str, str], list[Change]]]] = defaultdict(
        lambda: defaultdict(lambda: defaultdict(list))
    )
    for (before, after), cs in by_pair.items():
        for c in cs.changes:
            key = subject(c)
            if key is None:
                continue
            for arch in c.archs:
                if per_arch.get(arch, {}).get(after) != before:
                    continue  # a pair compared for another arch (its parent there lacks this one)
                folded[key][arch][(before, after)].append(c)
                if c.ref.kind is RefKind.ENUMERATOR and c.ref.owner is not None:
                    # Listed with its enum too (query 'enum e' shows its values' changes); judged on the value.
                    listed[("type", c.ref.owner)][arch][(before, after)].append(c)

    # Per item and arch, where its runs start (release, state); a run ends before the next one starts.
    starts: dict[tuple[str, str], dict[str, list[tuple[str, State]]]] = defaultdict(dict)
    owner_of: dict[str, str] = {}
    by_name = {r.release: r for r in releases}
    for arch, parent in per_arch.items():
        chosen = [by_name[r] for r in parent]
        views = {r.release: _Views(r, arch) for r in chosen}
        present: dict[str, dict[str, set[str]]] = {}
        enum_of: dict[str, dict[str, str]] = {}
        universe: dict[str, set[str]] = {k: set() for k in ITEM_KINDS}
        for release in chosen:
            v = views[release.release]
            enum_of[release.release] = v.enumerators()
            present[release.release] = {
                "hypercall": _call_names(release, arch, "hypercall"),
                "subop": _call_names(release, arch, "subop"),
                "type": {n for t in v.type_tables() for n in t},
                "enumerator": set(enum_of[release.release]),
            }
            for k in ITEM_KINDS:
                universe[k] |= present[release.release][k]
        ordered = [(kind, name) for kind in ITEM_KINDS for name in sorted(universe[kind])]
        epoch_ids: dict[tuple[str, str], dict[tuple, int]] = defaultdict(dict)
        children = Counter(p for p in parent.values() if p is not None)
        # Per release still needed by a child: each item's state, and the epoch carried along the path (also
        # through releases where the item is absent; an item never on the path has none).
        kept: dict[str, tuple[dict[tuple[str, str], State], dict[tuple[str, str], int]]] = {}
        subop_keys = [k for k in ordered if k[0] == "subop"]
        previous: str | None = None
        for release in chosen:
            r = release.release
            p = parent[r]
            before_states, before_epochs = kept[p] if p is not None else ({}, {})
            touched = _touched(arch, by_pair.get((p, r))) if p is not None else set()
            # What can differ from the parent: items whose entries differ in a view, and those an incompatible
            # change of the edge reaches (their epoch moves); the others keep the parent's state.
            if p is None:
                dirty: set[tuple[str, str]] = set(ordered)
            else:
                dirty = _changed(by_name[p], release, arch, enum_of[p], enum_of[r])
            hits = {k for k in touched if k in before_states}
            if any(k[0] == "type" for k in touched):
                hits.update(k for k in subop_keys if before_states[k].present and _hit(k, touched, before_states[k]))
            classifier = Classifier(release, arch)
            states = dict(before_states)
            epochs = dict(before_epochs)
            for key in dirty | hits:
                kind, name = key
                old = before_states.get(key)
                if name not in present[r][kind]:
                    state = State(Stability.REMOVED if key in before_epochs else None)
                else:
                    if key in dirty or old is None:
                        state = _state(classifier, views[r], kind, name, layout_key, enum_of[r], None)
                    else:
                        state = old  # the same entries: only its epoch moves
                    if key not in before_epochs:
                        epoch = epoch_ids[key].setdefault(_content(state), len(epoch_ids[key]))
                    elif key in hits:
                        ids = epoch_ids[key]
                        epoch = ids.setdefault(_content(state), len(ids))
                        if epoch == before_epochs[key]:  # the change left no trace in the state: a new epoch still
                            epoch = ids[(key, r)] = len(ids)
                    else:
                        epoch = before_epochs[key]
                    epochs[key] = epoch
                    state = State(state.stability, state.visibility, state.number, state.layout, epoch, state.args)
                if old == state:
                    state = old  # one object per distinct state (the runs compare them)
                states[key] = state
            # Runs follow version order: after the parent itself only what changed can start a run; after a
            # release of another branch (4.17.7, then 4.18.0 of parent 4.17.0) every item is checked.
            for key in ordered if previous != p else dirty | hits:
                state = states[key]
                found = starts[key].get(arch)
                if found is None:
                    starts[key][arch] = [(r, state)]
                elif found[-1][1] is not state and found[-1][1] != state:
                    found.append((r, state))
            previous = r
            if children[r]:
                kept[r] = (states, epochs)
            if p is not None:
                children[p] -= 1
                if not children[p]:
                    del kept[p]
        # A sub-op's hypercall, an enumerator's enum: as of its newest appearance.
        assigned: set[str] = set()
        for release in reversed(chosen):
            r = release.release
            wanted = (present[r]["subop"] | present[r]["enumerator"]) - assigned
            if not wanted:
                continue
            classifier = Classifier(release, arch)
            for name in wanted:
                owner_of[name] = enum_of[r][name] if name in enum_of[r] else _subop(classifier, name).hypercall
            assigned |= wanted
    items: dict[tuple[str, str], ItemHistory] = {}
    breaks: list[Break] = []
    positions = {a: {r: i for i, r in enumerate(order)} for a, order in arch_releases.items()}
    for (kind, name), arch_starts in sorted(starts.items()):
        item = ItemHistory(kind, name, owner_of.get(name) if kind in ("subop", "enumerator") else None)
        arch_runs = {a: _runs(found, arch_releases[a], positions[a]) for a, found in arch_starts.items()}
        for arch in sorted(arch_runs):
            item.runs[arch] = arch_runs[arch]
            pairs = folded.get((kind, name), {}).get(arch, {})
            item.changes[arch] = tuple(_item_changes(pairs, listed.get((kind, name), {}).get(arch, {}), index))
            if pairs:
                ends = _states_at(arch_runs[arch], arch_releases[arch], {r for pair in pairs for r in pair})
                breaks.extend(_breaks(kind, name, arch, pairs, ends))
        items[(kind, name)] = item
    breaks.sort(key=lambda b: (b.kind, b.name, b.arch, index[b.after], index[b.before]))
    return History(tuple(names), arch_releases, items, breaks)


def _runs(starts: Sequence[tuple[str, State]], order: Sequence[str], position: Mapping[str, int]) -> tuple[Run, ...]:
    """Runs from where they start: each ends at the release (of ``order``) before the next one starts."""
    ends = [order[position[first] - 1] for first, _ in starts[1:]] + [order[-1]]
    return tuple(Run(first, last, state) for (first, state), last in zip(starts, ends, strict=True))


def _changed(
    old: ReleaseABI, new: ReleaseABI, arch: str, old_enums: Mapping[str, str], new_enums: Mapping[str, str]
) -> set[tuple[str, str]]:
    """The items of ``new`` on ``arch`` whose state can differ from ``old``'s: a hypercall, sub-op or type
    added, removed or defined otherwise in one of the views (guest, tools, legacy), a sub-op whose argument
    types did, an enumerator whose enum did."""
    out: set[tuple[str, str]] = set()
    subop_tables = []
    for kind, item_kind in (("hypercall", ItemKind.HYPERCALL), ("subop", ItemKind.SUBOP), ("type", ItemKind.TYPE)):
        for view in VIEWS:
            a, b = old.table(arch, view, item_kind) or {}, new.table(arch, view, item_kind) or {}
            if kind == "subop":
                subop_tables += [a, b]
            if a is b:
                continue
            out.update((kind, n) for n in a.keys() ^ b.keys())
            out.update((kind, n) for n, e in b.items() if (f := a.get(n)) is not None and f is not e and f != e)
    types = {n for k, n in out if k == "type"}
    if types:
        for table in subop_tables:
            out.update(("subop", n) for n, op in table.items() if isinstance(op, SubOp) and types.intersection(op.args))
    for e in old_enums.keys() | new_enums.keys():
        before, after = old_enums.get(e), new_enums.get(e)
        if before != after or before in types or after in types:
            out.add(("enumerator", e))
    return out


def _content(state: State) -> tuple:
    """What an epoch is identified by: the state's number, layout and arguments."""
    return (state.number, state.layout, state.args)


def _states_at(item_runs: Sequence[Run], order: Sequence[str], wanted: set[str]) -> dict[str, State]:
    """The states of some releases, from runs over ``order``."""
    position = {r: i for i, r in enumerate(order)}
    out: dict[str, State] = {}
    for r in wanted:
        i = position.get(r)
        if i is None:
            continue
        for run in item_runs:
            if position[run.first] <= i <= position[run.last]:
                out[r] = run.state
                break
    return out


def _touched(arch: str, cs: ChangeSet | None) -> set[tuple[str, str]]:
    """The items an incompatible change of one pair is about on one arch: its subject, and the enum of an
    enumerator.  A record that embeds a changed type has its own changes when its bytes move; what it
    embeds, transitively, is the type graph's to follow (``xen_abi.analysis.typegraph``, the bindings' core)."""
    if cs is None:
        return set()
    direct: set[tuple[str, str]] = set()
    for c in cs.changes:
        if arch not in c.archs or not incompatible(c.severity) or c.kind in _NOT_EPOCH:
            continue
        key = subject(c)
        if key is None:
            continue
        direct.add(key)
        if c.ref.kind is RefKind.ENUMERATOR and c.ref.owner is not None:
            direct.add(("type", c.ref.owner))
    return direct


def _hit(key: tuple[str, str], touched: set[tuple[str, str]], before: State) -> bool:
    """Whether an edge's incompatible changes reach the item: itself, or a sub-op's argument types."""
    if key in touched:
        return True
    if key[0] != "subop":
        return False
    args = before.args or ()
    return any(("type", t) in touched for a in args for t in referenced_types(a, ANY_NAME) | {a})


def _subop(classifier: Classifier, name: str) -> SubOp:
    found = classifier.lookup(name, "subop")
    assert found is not None and isinstance(found[1], SubOp)
    return found[1]


def _state(
    classifier: Classifier,
    views: _Views,
    kind: str,
    name: str,
    layout_key,
    enum_of: Mapping[str, str],
    epoch: int | None,
) -> State:
    if kind == "enumerator":
        enum = enum_of[name]
        verdict = classifier.classify(enum, kind="type")
        assert verdict is not None
        entry = views.type_entry(enum, verdict.visibility)
        value = dict(entry.layout.enumerators)[name] if entry else None
        return State(verdict.stability, verdict.visibility, number=value, epoch=epoch)
    verdict = classifier.classify(name, kind=kind)
    assert verdict is not None  # the name is present in this release
    vis = verdict.visibility
    if kind == "type":
        entry = views.type_entry(name, vis)
        return State(verdict.stability, vis, layout=layout_key(entry.layout) if entry else None, epoch=epoch)
    if kind == "hypercall":
        found = classifier.lookup(name, kind)
        assert found is not None and isinstance(found[1], Hypercall)
        return State(verdict.stability, vis, number=found[1].number, epoch=epoch)
    op = _subop(classifier, name)
    layouts = []
    for arg in op.args:
        entry = views.type_entry(arg, vis)
        layouts.append(layout_key(entry.layout) if entry else NO_LAYOUT)
    return State(verdict.stability, vis, op.number, " ".join(layouts), epoch, tuple(op.args))


# The worst verdict first: what changes a consumer's bytes, then what keeps them.
_WORST = (Severity.BREAKING, Severity.INTERFACE_VERSION, Severity.TOOLS_ONLY, Severity.COMPATIBLE, Severity.COSMETIC)
_ORDER = {s: i for i, s in enumerate(_WORST)}
# Changes the runs record on their own (number, class): they do not move an item's epoch.
_NOT_EPOCH = frozenset(
    {Kind.HYPERCALL_RENUMBERED, Kind.SUBOP_RENUMBERED, Kind.BECAME_TOOLS_ONLY, Kind.BECAME_STABLE, Kind.MOVED_TO_LEGACY}
)


def _item_changes(
    pairs: Mapping[tuple[str, str], list[Change]],
    members: Mapping[tuple[str, str], list[Change]],
    index: Mapping[str, int],
) -> list[ItemChange]:
    """One record per distinct change (the guest and tools views usually see the same one); ``members``:
    the changes of an enum's values, listed with the enum under their name."""
    out: dict[tuple, ItemChange] = {}
    every = [(pair, c, _member(c)) for pair, cs in pairs.items() for c in cs]
    every += [(pair, c, c.ref.name) for pair, cs in members.items() for c in cs]
    for (before, after), c, member in every:
        ic = ItemChange(before, after, c.kind, c.severity, member, c.before, c.after)
        out.setdefault((before, after, c.kind, member, c.before, c.after), ic)
    return sorted(
        out.values(), key=lambda ic: (index[ic.after], index[ic.before], ic.kind.value, ic.member, ic.old or "")
    )


_APPEARS = frozenset({Kind.ENUMERATOR_ADDED})

_WHAT: dict[Kind, str] = {
    Kind.HYPERCALL_RENUMBERED: "number",
    Kind.SUBOP_RENUMBERED: "number",
    Kind.SUBOP_ARGS_CHANGED: "args",
    Kind.SUBOP_ARGS_RESPELLED: "args",
    Kind.ENUMERATOR_VALUE_CHANGED: "value",
    Kind.LIMIT_RAISED: "value",
    Kind.HYPERCALL_REMOVED: "removed",
    Kind.SUBOP_REMOVED: "removed",
    Kind.TYPE_REMOVED: "removed",
    Kind.ENUMERATOR_REMOVED: "removed",
    Kind.BECAME_TOOLS_ONLY: "class",
    Kind.MOVED_TO_LEGACY: "class",
}


def _breaks(
    kind: str,
    name: str,
    arch: str,
    pairs: Mapping[tuple[str, str], list[Change]],
    states: Mapping[str, State],
) -> Iterable[Break]:
    """The changes of a stable item (stable on the old side: whose consumers can break), one per pair."""
    for (before, after), changes in sorted(pairs.items()):
        # An enumerator added to a stable enum is that enumerator's appearance, not a change of it.
        mine = [c for c in changes if c.old_side is Side.STABLE and not (kind == "enumerator" and c.kind in _APPEARS)]
        if not mine:
            continue
        worst = min((c.severity for c in mine), key=_ORDER.__getitem__)
        if worst is Severity.COSMETIC:
            continue  # no byte changed: a rename, a respelling
        kinds = {c.kind for c in mine}
        what = next((_WHAT[k] for k in _WHAT if k in kinds), "layout")
        old, new = states.get(before), states.get(after)
        if what == "number" or what == "value" or kind == "enumerator":
            o = "" if old is None or old.number is None else str(old.number)
            n = "" if new is None or new.number is None else str(new.number)
        else:
            o = (old.layout if old is not None else None) or ""
            n = (new.layout if new is not None else None) or ""
        detail = sorted({f"{c.kind.value}: {c.item} {c.before or '(absent)'} -> {c.after or '(absent)'}" for c in mine})
        yield Break(kind, name, arch, before, after, what, o, n, worst.value, tuple(detail))


# -- derived -----------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Event:
    """One event in an item's history on one arch."""

    release: str
    what: str  # appeared, class, number, layout, renamed, args, disappeared, reappeared
    old: str | None
    new: str | None
    detail: tuple[str, ...] = ()  # the engine's changes behind a layout or args event
    severity: str | None = None  # the worst of them


def changes(history: History, kind: str, name: str, arch: str) -> list[Event]:
    """The events of one item on one arch, each release against its parent (``History.parent``), in version order.

    ``layout``: the engine judged a change to it (or to what it embeds)
    incompatible; ``renamed``: its layout changed in a way the engine calls
    compatible or cosmetic.
    """
    item = history.items.get((kind, name))
    out: list[Event] = []
    if item is None:
        return out
    by_edge: dict[tuple[str, str], list[ItemChange]] = defaultdict(list)
    for ic in item.changes.get(arch, ()):
        by_edge[(ic.before, ic.after)].append(ic)
    states = history.states(kind, name, arch)
    for r in history.arch_releases.get(arch, ()):
        s = states.get(r)
        if s is None:
            continue
        p = history.parent(r, arch)
        prev = states.get(p) if p is not None else None
        if prev is None or not prev.present:
            if s.present:
                was_removed = prev is not None and prev.stability is Stability.REMOVED
                out.append(Event(r, "reappeared" if was_removed else "appeared", None, str(s.stability)))
        elif not s.present:
            out.append(Event(r, "disappeared", str(prev.stability), str(Stability.REMOVED)))
        elif prev != s:
            found = by_edge.get((p, r), []) if p is not None else []
            detail = tuple(ic.text() for ic in found)
            worst = min((ic.severity for ic in found), key=_ORDER.__getitem__).value if found else None
            if prev.stability != s.stability:
                out.append(Event(r, "class", str(prev.stability), str(s.stability)))
            if prev.number != s.number:
                out.append(Event(r, "number", str(prev.number), str(s.number)))
            if prev.args != s.args:
                out.append(Event(r, "args", " ".join(prev.args or ()), " ".join(s.args or ()), detail, worst))
            if prev.epoch != s.epoch:
                out.append(Event(r, "layout", prev.layout, s.layout, detail, worst))
            elif prev.layout != s.layout:
                out.append(Event(r, "renamed", prev.layout, s.layout, detail, worst))
    return out


def unchanged_for(history: History, kind: str, name: str, arch: str, upto: str) -> int:
    """How many mainline releases (x.y.0) on the path to ``upto`` (``upto`` itself included, whatever its kind)
    the item kept its class and number with no incompatible change; the point releases on the path (4.17.7's:
    4.17.6 to 4.17.1) must keep them too but do not count, so five releases are five x.y.0 releases."""
    states = history.states(kind, name, arch)
    last = states.get(upto)
    if last is None or not last.present:
        return 0
    count = 0
    for r in history.path(upto, arch):
        s = states.get(r)
        if s is None or (s.stability, s.number, s.epoch) != (last.stability, last.number, last.epoch):
            break
        count += r == upto or is_mainline(r)
    return count


def de_facto_stable(history: History, kind: str, name: str, arch: str, upto: str, releases: int) -> bool:
    """Tools-only at ``upto`` but unchanged (number, no incompatible change) for at least ``releases`` releases."""
    state = history.states(kind, name, arch).get(upto)
    if state is None or state.stability is not Stability.TOOLS_ONLY:
        return False
    return unchanged_for(history, kind, name, arch, upto) >= releases


# -- JSON -----------------------------------------------------------------------------------------


def to_json(history: History) -> dict[str, Any]:
    """The committed form: runs and changes grouped by the archs that share them, everything sorted."""
    items: dict[str, Any] = {}
    for (kind, name), item in sorted(history.items.items()):
        doc: dict[str, Any] = {"runs": _by_archs({a: [_run_to_json(r) for r in rs] for a, rs in item.runs.items()})}
        rows = {a: [_change_to_json(c) for c in cs] for a, cs in item.changes.items() if cs}
        if rows:
            doc["changes"] = _by_archs(rows)
        if item.hypercall:
            doc["hypercall"] = item.hypercall
        items[f"{kind}:{name}"] = doc
    return {
        "schema": SCHEMA,
        "releases": list(history.releases),
        "arch_releases": {a: list(rs) for a, rs in sorted(history.arch_releases.items())},
        "items": items,
        "breaks": [b.to_json() for b in history.breaks],
    }


def _by_archs(per_arch: Mapping[str, list]) -> dict[str, list]:
    groups: dict[str, list[str]] = {}
    encoded: dict[str, list] = {}
    for arch, rows in sorted(per_arch.items()):
        text = json.dumps(rows)
        groups.setdefault(text, []).append(arch)
        encoded[text] = rows
    return {" ".join(archs): encoded[text] for text, archs in sorted(groups.items())}


def dump(history: History) -> str:
    """The history.json text: sorted, one value per line, no indentation (it is large)."""
    return json.dumps(to_json(history), sort_keys=True, indent=0, separators=(",", ":"), ensure_ascii=False) + "\n"


def _run_to_json(run: Run) -> list:
    s = run.state
    return [
        run.first,
        run.last,
        None if s.stability is None else str(s.stability),
        s.visibility,
        s.number,
        s.layout,
        s.epoch,
        None if s.args is None else list(s.args),
    ]


def _change_to_json(c: ItemChange) -> list:
    return [c.before, c.after, c.kind.value, c.severity.value, c.member, c.old, c.new]


def from_json(data: Any, source: str) -> History:
    try:
        if data.get("schema") != SCHEMA:
            raise CatalogueError(f"not a {SCHEMA} document", file=source)
        items: dict[tuple[str, str], ItemHistory] = {}
        for key, doc in data["items"].items():
            kind, _, name = key.partition(":")
            item = ItemHistory(kind, name, doc.get("hypercall"))
            for archs, rows in doc["runs"].items():
                runs = tuple(
                    Run(
                        first,
                        last,
                        State(
                            None if stab is None else Stability(stab),
                            vis,
                            number,
                            layout,
                            epoch,
                            None if args is None else tuple(args),
                        ),
                    )
                    for first, last, stab, vis, number, layout, epoch, args in rows
                )
                for arch in archs.split():
                    item.runs[arch] = runs
            for archs, rows in doc.get("changes", {}).items():
                found = tuple(
                    ItemChange(before, after, Kind(k), Severity(sev), member, old, new)
                    for before, after, k, sev, member, old, new in rows
                )
                for arch in archs.split():
                    item.changes[arch] = found
            items[(kind, name)] = item
        breaks = [
            Break(
                b["kind"],
                b["name"],
                b["arch"],
                b["before"],
                b["after"],
                b["what"],
                b["old"],
                b["new"],
                b["severity"],
                tuple(b["detail"]),
            )
            for b in data["breaks"]
        ]
        history = History(
            tuple(data["releases"]),
            {a: tuple(rs) for a, rs in data["arch_releases"].items()},
            items,
            breaks,
        )
        _check_releases(history)
        return history
    except (KeyError, TypeError, ValueError, AttributeError) as exc:
        raise CatalogueError(f"corrupt history document ({type(exc).__name__}: {exc})", file=source) from None


def _check_releases(found: History) -> None:
    """Every release a history names is a valid name it lists (a corrupt document says so here, not later)."""
    known = set(found.releases)
    if any(release_name_problem(r) for r in known):
        raise ValueError("an invalid release name")
    archs = {a for item in found.items.values() for a in item.runs} | set(found.arch_releases)
    if not archs <= set(ARCH_NAMES):
        raise ValueError(f"unknown architectures {sorted(archs - set(ARCH_NAMES))[:3]}")
    runs = (run for item in found.items.values() for rs in item.runs.values() for run in rs)
    named = [r for rs in found.arch_releases.values() for r in rs] + [r for run in runs for r in (run.first, run.last)]
    if not known.issuperset(named):
        raise ValueError("a release not in its release list")


def of_catalogue(catalogue: Catalogue) -> History:
    """The catalogue's history (history.json), decoded once per catalogue."""
    found = catalogue.derived.get("history")
    if not isinstance(found, History):
        found = catalogue.derived["history"] = from_json(*catalogue.history_document())
    return found
