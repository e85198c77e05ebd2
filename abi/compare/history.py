"""The history of every hypercall, sub-op, type and enumerator, per architecture, across releases.

A view of the comparison engine, not a second one: the fold of the
``ChangeSet``s of each pair of consecutive releases (``xen_abi.compare.diff``, judged by
``xen_abi.compare.policy``) plus each item's presence and class in every release
(``xen_abi.analysis.classify``).  Per item and arch the result is kept as runs of
releases in which nothing about it changed: its class, the view it is seen
in, its number (an enumerator's value), its layout hash, its arguments, and
its *epoch*, the number of pairs so far in which a change the engine judged
incompatible touched the item or anything it embeds (a sub-op: its argument
types).  Everything else derives from that: when an item appeared, each
change of class, number or layout, when it disappeared (class ``removed``
from then on), whether a tools-only item is *de facto stable*, and the
changes of stable items (``breaks``), each with the engine's severity.
"""

from __future__ import annotations

import json
import os
from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from itertools import pairwise
from typing import Any

from xen_abi.analysis.classify import LEGACY, Classifier, Stability
from xen_abi.analysis.typegraph import ANY_NAME, referenced_types
from xen_abi.common.errors import CatalogueError
from xen_abi.common.names import release_name_problem
from xen_abi.compare.policy import incompatible
from xen_abi.ir.archs import ARCH_NAMES
from xen_abi.ir.changes import Change, ChangeSet, Kind, RefKind, Severity, Side
from xen_abi.ir.model import Config, Hypercall, Layout, ReleaseABI, SubOp, TypeEntry, Visibility
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
    epoch: int | None = None  # incompatible changes (the engine's verdicts) so far; None when absent
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
    arch_releases: dict[str, tuple[str, ...]]  # the releases that support each arch
    items: dict[tuple[str, str], ItemHistory]  # by (kind, name)
    breaks: list[Break]

    def states(self, kind: str, name: str, arch: str) -> dict[str, State]:
        """release -> state of one item on one arch (releases supporting the arch only)."""
        item = self.items.get((kind, name))
        order = self.arch_releases.get(arch, ())
        out: dict[str, State] = {}
        if item is None:
            return out
        for run in item.runs.get(arch, ()):
            i, j = order.index(run.first), order.index(run.last)
            for r in order[i : j + 1]:
                out[r] = run.state
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


# -- the pairs ----------------------------------------------------------------------------------------

_LOADED: list[ReleaseABI] = []  # forked workers inherit the releases instead of receiving them


def _pair_worker(i: int) -> ChangeSet:
    from xen_abi.compare.diff import compare_releases

    d = compare_releases(_LOADED[i], _LOADED[i + 1])
    d.layouts = {}  # what the fold reads is the changes; the layouts stay in the parent
    return d


def consecutive_changesets(releases: Sequence[ReleaseABI], *, jobs: int | None = None) -> list[ChangeSet]:
    """The engine's ChangeSet of every pair of consecutive releases (forked workers where possible)."""
    import multiprocessing

    from xen_abi.common import workers
    from xen_abi.compare.diff import compare_releases

    pairs = len(releases) - 1
    if pairs < 1:
        return []
    jobs = max(1, jobs if jobs is not None else (os.cpu_count() or 1))
    if jobs == 1 or pairs == 1 or "fork" not in multiprocessing.get_all_start_methods():
        return [compare_releases(a, b) for a, b in pairwise(releases)]
    _LOADED[:] = list(releases)
    try:
        with workers.pool(min(jobs, pairs), fork=True) as pool:
            return list(pool.map(_pair_worker, range(pairs)))
    finally:
        _LOADED.clear()


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


def build(releases: Sequence[ReleaseABI], changesets: Sequence[ChangeSet] | None = None) -> History:
    """The history of ``releases`` (oldest first): the fold of their consecutive ChangeSets."""
    names = [r.release for r in releases]
    if changesets is None:
        changesets = consecutive_changesets(releases)
    by_pair = {(c.old, c.new): c for c in changesets}
    arch_releases = {a: tuple(r.release for r in releases if _supports(r, a)) for a in ARCH_NAMES}
    arch_releases = {a: rs for a, rs in arch_releases.items() if rs}
    hashes: dict[int, str] = {}

    def layout_key(layout: Layout) -> str:
        h = hashes.get(id(layout))
        if h is None:
            h = hashes[id(layout)] = serialize.layout_hash(layout)
        return h

    # The fold: every change onto its item, per arch and pair.
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
                folded[key][arch][(before, after)].append(c)
                if c.ref.kind is RefKind.ENUMERATOR and c.ref.owner is not None:
                    # Listed with its enum too (query 'enum e' shows its values' changes); judged on the value.
                    listed[("type", c.ref.owner)][arch][(before, after)].append(c)

    timeline: dict[tuple[str, str], dict[str, list[tuple[str, State]]]] = {}
    owner_of: dict[str, str] = {}
    for arch, supported in arch_releases.items():
        chosen = [r for r in releases if r.release in supported]
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
        epochs: dict[tuple[str, str], int] = defaultdict(int)
        seen: set[tuple[str, str]] = set()
        previous: ReleaseABI | None = None
        for release in chosen:
            r = release.release
            touched = _touched(arch, by_pair.get((previous.release, r))) if previous is not None else set()
            classifier = Classifier(release, arch)
            for kind in ITEM_KINDS:
                for name in sorted(universe[kind]):
                    key = (kind, name)
                    if name not in present[r][kind]:
                        state = State(Stability.REMOVED if key in seen else None)
                    else:
                        if previous is not None and key in seen and _hit(key, touched, timeline[key][arch]):
                            epochs[key] += 1
                        seen.add(key)
                        state = _state(classifier, views[r], kind, name, layout_key, enum_of[r], epochs[key])
                        if kind == "subop":
                            owner_of[name] = _subop(classifier, name).hypercall
                        elif kind == "enumerator":
                            owner_of[name] = enum_of[r][name]
                    timeline.setdefault(key, {}).setdefault(arch, []).append((r, state))
            previous = release
    items: dict[tuple[str, str], ItemHistory] = {}
    breaks: list[Break] = []
    for (kind, name), per_arch in sorted(timeline.items()):
        item = ItemHistory(kind, name, owner_of.get(name) if kind in ("subop", "enumerator") else None)
        for arch in sorted(per_arch):
            item.runs[arch] = _runs(per_arch[arch])
            pairs = folded.get((kind, name), {}).get(arch, {})
            item.changes[arch] = tuple(_item_changes(pairs, listed.get((kind, name), {}).get(arch, {}), names))
            states = dict(per_arch[arch])
            breaks.extend(_breaks(kind, name, arch, pairs, states))
        items[(kind, name)] = item
    breaks.sort(key=lambda b: (b.kind, b.name, b.arch, names.index(b.after)))
    return History(tuple(names), arch_releases, items, breaks)


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


def _hit(key: tuple[str, str], touched: set[tuple[str, str]], past: list[tuple[str, State]]) -> bool:
    """Whether a pair's incompatible changes reach the item: itself, or a sub-op's argument types."""
    if key in touched:
        return True
    if key[0] != "subop":
        return False
    args = past[-1][1].args or ()
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
    epoch: int,
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


def _runs(timeline: list[tuple[str, State]]) -> tuple[Run, ...]:
    runs: list[Run] = []
    for release, state in timeline:
        if runs and runs[-1].state == state:
            runs[-1] = Run(runs[-1].first, release, state)
        else:
            runs.append(Run(release, release, state))
    return tuple(runs)


# The worst verdict first: what changes a consumer's bytes, then what keeps them.
_WORST = (Severity.BREAKING, Severity.INTERFACE_VERSION, Severity.TOOLS_ONLY, Severity.COMPATIBLE, Severity.COSMETIC)
_ORDER = {s: i for i, s in enumerate(_WORST)}
# Changes the runs record on their own (number, class): they do not move an item's epoch.
_NOT_EPOCH = frozenset(
    {Kind.HYPERCALL_RENUMBERED, Kind.SUBOP_RENUMBERED, Kind.BECAME_TOOLS_ONLY, Kind.BECAME_STABLE, Kind.MOVED_TO_LEGACY}
)


def _item_changes(
    pairs: Mapping[tuple[str, str], list[Change]], members: Mapping[tuple[str, str], list[Change]], names: list[str]
) -> list[ItemChange]:
    """One record per distinct change (the guest and tools views usually see the same one); ``members``:
    the changes of an enum's values, listed with the enum under their name."""
    out: dict[tuple, ItemChange] = {}
    every = [(pair, c, _member(c)) for pair, cs in pairs.items() for c in cs]
    every += [(pair, c, c.ref.name) for pair, cs in members.items() for c in cs]
    for (before, after), c, member in every:
        ic = ItemChange(before, after, c.kind, c.severity, member, c.before, c.after)
        out.setdefault((before, after, c.kind, member, c.before, c.after), ic)
    return sorted(out.values(), key=lambda ic: (names.index(ic.after), ic.kind.value, ic.member, ic.old or ""))


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
    """The events of one item on one arch, oldest first.

    ``layout``: the engine judged a change to it (or to what it embeds)
    incompatible; ``renamed``: its layout changed in a way the engine calls
    compatible or cosmetic.
    """
    item = history.items.get((kind, name))
    out: list[Event] = []
    if item is None:
        return out
    by_release: dict[str, list[ItemChange]] = defaultdict(list)
    for ic in item.changes.get(arch, ()):
        by_release[ic.after].append(ic)
    prev: State | None = None
    for run in item.runs.get(arch, ()):
        s = run.state
        r = run.first
        if prev is None or not prev.present:
            if s.present:
                was_removed = prev is not None and prev.stability is Stability.REMOVED
                out.append(Event(r, "reappeared" if was_removed else "appeared", None, str(s.stability)))
        elif not s.present:
            out.append(Event(r, "disappeared", str(prev.stability), str(Stability.REMOVED)))
        else:
            found = by_release.get(r, [])
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
        prev = s
    return out


def unchanged_for(history: History, kind: str, name: str, arch: str, upto: str) -> int:
    """How many releases, ending at ``upto``, the item kept its class and number with no incompatible change."""
    states = history.states(kind, name, arch)
    order = [r for r in history.arch_releases.get(arch, ()) if r in states]
    if upto not in order or not states[upto].present:
        return 0
    last = states[upto]
    count = 0
    for r in reversed(order[: order.index(upto) + 1]):
        s = states[r]
        if s.stability != last.stability or s.number != last.number or s.epoch != last.epoch:
            break
        count += 1
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
