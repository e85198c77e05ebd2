"""The history of every hypercall, sub-op and type, per architecture, across releases.

A stage after ingestion: it reads the releases (oldest first), classifies
each item on each arch in each release (``abi.classify``), and keeps the
result as runs of releases in which nothing about the item changed: its
class, the view it is seen in, its number, its layout (types) or the
layouts of its arguments (sub-ops).  Everything else derives from the runs:
when an item appeared, each change of class, number or layout, when it
disappeared (class ``removed`` from then on), whether a tools-only item is
*de facto stable* (unchanged for N releases), and the ABI breaks: a stable
item whose number or layout changed between two releases.

A layout change means a change of the binary shape (size, alignment, each
field's offset, size and bit position); a field renamed or retyped in
place is recorded in the runs (its layout hash changes) but is no break.
"""

from __future__ import annotations

import hashlib
import itertools
import json
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from xen_abi.analysis.classify import LEGACY, Classifier, Stability
from xen_abi.common.errors import CatalogueError
from xen_abi.ir.archs import ARCH_NAMES
from xen_abi.ir.model import Config, Layout, ReleaseABI, TypeEntry, Visibility
from xen_abi.store import codecs as serialize
from xen_abi.store.catalogue import Catalogue

SCHEMA = "xen-abi-history/1"
ITEM_KINDS = ("hypercall", "subop", "type")
NO_LAYOUT = "-"  # the "layout" of a scalar argument such as char[]
BREAK = "break"  # a change that breaks binary compatibility
COMPATIBLE = "compatible"  # a change of shape that does not (padding given a name, a flexible tail)


@dataclass(frozen=True)
class State:
    """An item on one arch in one release, as far as compatibility goes."""

    stability: Stability | None  # None: absent, and never there before on this arch
    visibility: str | None = None  # guest, tools or legacy; None when absent
    number: int | None = None  # hypercalls and sub-ops
    layout: str | None = None  # types: layout hash; sub-ops: argument layout hashes, space-separated
    shape: str | None = None  # the binary shape of ``layout`` (what a break changes)
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


@dataclass
class ItemHistory:
    kind: str  # hypercall, subop or type
    name: str
    hypercall: str | None = None  # a sub-op's hypercall (as of its newest appearance)
    runs: dict[str, tuple[Run, ...]] = field(default_factory=dict)  # by arch


@dataclass(frozen=True)
class Break:
    """A stable item whose number or layout changed between two releases: an ABI break."""

    kind: str
    name: str
    arch: str
    before: str  # release
    after: str  # the next release supporting the arch
    what: str  # "number", "layout" or "args"
    old: str  # number, layout hash or argument layout hashes
    new: str
    severity: str = BREAK  # or COMPATIBLE: only padding filled in, a trailing array made flexible
    detail: tuple[str, ...] = ()  # what changed, field by field

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


# -- shapes -----------------------------------------------------------------------------------------


def shape_of(layout: Layout) -> str:
    """A hash of what binary compatibility depends on: size, alignment, where each field lies.

    Names and spellings are left out, and a scalar counts as one field at
    offset 0, so ``domid_t`` and ``struct { domid_t domid; }`` have the same
    shape: passing one where the other was documented breaks nothing.
    """
    if layout.kind in ("struct", "union") and layout.fields:
        fields = sorted((f.offset, f.size, f.bit_offset or 0, f.bit_width or 0) for f in layout.fields)
    else:
        fields = [(0, layout.size, 0, 0)]
    key: Any = [layout.size, layout.align, fields]
    return hashlib.sha256(json.dumps(key).encode()).hexdigest()[:16]


def compare_layouts(old: Layout, new: Layout) -> tuple[str, list[str]]:
    """Whether a change of shape breaks binary compatibility, and what changed, field by field.

    Compatible: the same size and alignment, every old field still where it
    was (or split into fields within its bytes), new fields only in what was
    padding; or only a trailing ``T[1]`` turned into a flexible ``T[]``.
    Anything else (a size, alignment, offset or width that changed) breaks.
    """
    detail: list[str] = []
    if old.size != new.size:
        detail.append(f"size {old.size} -> {new.size}")
    if old.align != new.align:
        detail.append(f"align {old.align} -> {new.align}")
    before = {f.name: f for f in old.fields}
    after = {f.name: f for f in new.fields}
    for name, f in before.items():
        g = after.get(name)
        if g is None:
            detail.append(f"removed {name} ({_short(f.type)}) at {f.offset}+{f.size}")
        elif (f.offset, f.bit_offset) != (g.offset, g.bit_offset):
            detail.append(f"moved {name}: offset {f.offset} -> {g.offset}")
        elif (f.size, f.bit_width) != (g.size, g.bit_width):
            detail.append(f"resized {name}: {f.size} -> {g.size} bytes ({_short(f.type)} -> {_short(g.type)})")
        elif f.type != g.type:
            detail.append(f"retyped {name}: {_short(f.type)} -> {_short(g.type)}")
    for name, g in after.items():
        if name not in before:
            detail.append(f"added {name} ({_short(g.type)}) at {g.offset}+{g.size}")
    return (COMPATIBLE if _compatible(old, new) else BREAK), detail


def _short(spelling: str) -> str:
    """An anonymous record's spelling lists every member; a change list needs only its kind."""
    brace = spelling.find("{")
    if brace < 0:
        return spelling
    return spelling[:brace] + "{...}" + spelling[spelling.rfind("}") + 1 :]


def _span(f) -> tuple[int, int]:
    return f.offset, f.offset + max(f.size, 1 if f.bit_width else 0)


def _compatible(old: Layout, new: Layout) -> bool:
    if _flexible_tail(old, new):
        return True
    if old.size != new.size or old.align != new.align:
        return False
    if old.kind not in ("struct", "union") or new.kind not in ("struct", "union"):
        return True
    old_spans = [(_span(f), f.bit_offset, f.bit_width) for f in old.fields]
    new_spans = [(_span(f), f.bit_offset, f.bit_width) for f in new.fields]
    for span in old_spans:
        if span in new_spans:
            continue
        (lo, hi), _, _ = span
        inside = [s for s in new_spans if lo <= s[0][0] and s[0][1] <= hi]
        covering = [s for s in new_spans if s[0][0] < hi and lo < s[0][1]]
        if not inside or covering != inside:
            return False  # moved, resized or merged into something wider
    covered = [s[0] for s in old_spans]
    for span in new_spans:
        if span in old_spans:
            continue
        lo, hi = span[0]
        overlapping = [c for c in covered if c[0] < hi and lo < c[1]]
        if any(not (c[0] <= lo and hi <= c[1]) for c in overlapping):
            return False  # straddles an old field
    return True


def _flexible_tail(old: Layout, new: Layout) -> bool:
    """The only change: the last member ``T x[1]`` became the flexible ``T x[]``."""
    if not old.fields or not new.fields or len(old.fields) != len(new.fields):
        return False
    *head_old, last_old = old.fields
    *head_new, last_new = new.fields
    if head_old != head_new or last_old.name != last_new.name or last_old.offset != last_new.offset:
        return False
    return last_old.type.endswith("[1]") and last_new.type.endswith("[]") and last_new.size == 0


# -- building ---------------------------------------------------------------------------------------


class _Views:
    """The types each view of one release on one arch sees, for argument layouts."""

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

    def names(self, kind: str) -> set[str]:
        out: set[str] = set()
        for abi in (self.guest, self.tools):
            if abi is None:
                continue
            out.update(abi.types if kind == "type" else ())
        if self.legacy is not None and kind == "type":
            out.update(self.legacy.types)
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


def build(releases: Sequence[ReleaseABI]) -> History:
    """The history of every hypercall, sub-op and type of ``releases`` (oldest first)."""
    names = [r.release for r in releases]
    arch_releases = {a: tuple(r.release for r in releases if _supports(r, a)) for a in ARCH_NAMES}
    arch_releases = {a: rs for a, rs in arch_releases.items() if rs}
    shapes: dict[str, str] = {}
    hashes: dict[int, str] = {}
    by_hash: dict[str, Layout] = {}

    def layout_key(layout: Layout) -> tuple[str, str]:
        h = hashes.get(id(layout))
        if h is None:
            h = hashes[id(layout)] = serialize.layout_hash(layout)
        if h not in shapes:
            shapes[h] = shape_of(layout)
            by_hash[h] = layout
        return h, shapes[h]

    # per (kind, name): per arch: list of (release, State)
    timeline: dict[tuple[str, str], dict[str, list[tuple[str, State]]]] = {}
    hypercall_of: dict[str, str] = {}
    for arch, supported in arch_releases.items():
        universe: dict[str, set[str]] = {k: set() for k in ITEM_KINDS}
        per_release: list[tuple[ReleaseABI, dict[str, set[str]]]] = []
        for release in releases:
            if release.release not in supported:
                continue
            present = {
                "hypercall": _call_names(release, arch, "hypercall"),
                "subop": _call_names(release, arch, "subop"),
                "type": _Views(release, arch).names("type"),
            }
            for k in ITEM_KINDS:
                universe[k] |= present[k]
            per_release.append((release, present))
        seen: set[tuple[str, str]] = set()
        for release, present in per_release:
            classifier = Classifier(release, arch)
            views = _Views(release, arch)
            for kind in ITEM_KINDS:
                for name in sorted(universe[kind]):
                    key = (kind, name)
                    if name not in present[kind]:
                        state = State(Stability.REMOVED if key in seen else None)
                    else:
                        seen.add(key)
                        state = _state(classifier, views, kind, name, layout_key, hypercall_of)
                    timeline.setdefault(key, {}).setdefault(arch, []).append((release.release, state))
    items: dict[tuple[str, str], ItemHistory] = {}
    breaks: list[Break] = []
    for (kind, name), per_arch in sorted(timeline.items()):
        item = ItemHistory(kind, name, hypercall_of.get(name) if kind == "subop" else None)
        for arch in sorted(per_arch):
            item.runs[arch] = _runs(per_arch[arch])
            breaks.extend(_breaks(kind, name, arch, per_arch[arch], by_hash))
        items[(kind, name)] = item
    breaks.sort(key=lambda b: (b.kind, b.name, b.arch, names.index(b.after)))
    return History(tuple(names), arch_releases, items, breaks)


def _state(classifier: Classifier, views: _Views, kind: str, name: str, layout_key, hypercall_of) -> State:
    verdict = classifier.classify(name, kind=kind)
    assert verdict is not None  # the name is present in this release
    vis = verdict.visibility
    if kind == "type":
        entry = views.type_entry(name, vis)
        h, shape = layout_key(entry.layout) if entry else (None, None)
        return State(verdict.stability, vis, layout=h, shape=shape)
    _, item = classifier.lookup(name, kind)  # type: ignore[misc]
    if kind == "hypercall":
        return State(verdict.stability, vis, number=item.number)  # type: ignore[attr-defined]
    hypercall_of[name] = item.hypercall  # type: ignore[attr-defined]
    layouts, arg_shapes = [], []
    for arg in item.args:  # type: ignore[attr-defined]
        entry = views.type_entry(arg, vis)
        h, shape = layout_key(entry.layout) if entry else (NO_LAYOUT, NO_LAYOUT)
        layouts.append(h)
        arg_shapes.append(shape)
    return State(
        verdict.stability,
        vis,
        number=item.number,  # type: ignore[attr-defined]
        layout=" ".join(layouts),
        shape=" ".join(arg_shapes),
        args=tuple(item.args),  # type: ignore[attr-defined]
    )


def _runs(timeline: list[tuple[str, State]]) -> tuple[Run, ...]:
    runs: list[Run] = []
    for release, state in timeline:
        if runs and runs[-1].state == state:
            runs[-1] = Run(runs[-1].first, release, state)
        else:
            runs.append(Run(release, release, state))
    return tuple(runs)


def _breaks(
    kind: str, name: str, arch: str, timeline: list[tuple[str, State]], layouts: Mapping[str, Layout]
) -> Iterable[Break]:
    for (before, old), (after, new) in itertools.pairwise(timeline):
        if old.stability is not Stability.STABLE or new.stability is not Stability.STABLE:
            continue
        if kind != "type" and old.number != new.number:
            yield Break(kind, name, arch, before, after, "number", str(old.number), str(new.number))
        if old.shape == new.shape:
            continue
        olds, news = (old.layout or "").split(), (new.layout or "").split()
        if kind == "type" and all(_aliases_record(layouts.get(h)) for h in olds + news):
            continue  # a typedef of a struct: the struct's own history has the change
        severity, detail = (
            BREAK,
            [f"{' '.join(old.args or ())} -> {' '.join(new.args or ())}"] if kind == "subop" else [],
        )
        if len(olds) == len(news) and all(h in layouts or h == NO_LAYOUT for h in olds + news):
            severity = COMPATIBLE
            for a, b in zip(olds, news, strict=True):
                if a == b:
                    continue
                if NO_LAYOUT in (a, b):
                    severity = BREAK
                    continue
                verdict, lines = compare_layouts(layouts[a], layouts[b])
                detail.extend(lines)
                if verdict == BREAK:
                    severity = BREAK
        what = "args" if kind == "subop" else "layout"
        yield Break(kind, name, arch, before, after, what, old.layout or "", new.layout or "", severity, tuple(detail))


def _aliases_record(layout: Layout | None) -> bool:
    return layout is not None and layout.kind == "typedef" and (layout.target or "").startswith(("struct ", "union "))


# -- derived -----------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Change:
    """One event in an item's history on one arch."""

    release: str
    what: str  # appeared, class, number, layout, renamed, args, disappeared, reappeared
    old: str | None
    new: str | None


def changes(history: History, kind: str, name: str, arch: str) -> list[Change]:
    """The events of one item on one arch, oldest first."""
    item = history.items.get((kind, name))
    out: list[Change] = []
    if item is None:
        return out
    prev: State | None = None
    for run in item.runs.get(arch, ()):
        s = run.state
        r = run.first
        if prev is None or not prev.present:
            if s.present:
                was_removed = prev is not None and prev.stability is Stability.REMOVED
                out.append(Change(r, "reappeared" if was_removed else "appeared", None, str(s.stability)))
        elif not s.present:
            out.append(Change(r, "disappeared", str(prev.stability), str(Stability.REMOVED)))
        else:
            if prev.stability != s.stability:
                out.append(Change(r, "class", str(prev.stability), str(s.stability)))
            if prev.number != s.number:
                out.append(Change(r, "number", str(prev.number), str(s.number)))
            if prev.args != s.args:
                out.append(Change(r, "args", " ".join(prev.args or ()), " ".join(s.args or ())))
            if prev.layout != s.layout:
                what = "layout" if prev.shape != s.shape else "renamed"
                out.append(Change(r, what, prev.layout, s.layout))
        prev = s
    return out


def unchanged_for(history: History, kind: str, name: str, arch: str, upto: str) -> int:
    """How many releases, ending at ``upto``, the item kept its class, number and shape."""
    states = history.states(kind, name, arch)
    order = [r for r in history.arch_releases.get(arch, ()) if r in states]
    if upto not in order or not states[upto].present:
        return 0
    last = states[upto]
    count = 0
    for r in reversed(order[: order.index(upto) + 1]):
        s = states[r]
        if s.stability != last.stability or s.number != last.number or s.shape != last.shape:
            break
        count += 1
    return count


def de_facto_stable(history: History, kind: str, name: str, arch: str, upto: str, releases: int) -> bool:
    """Tools-only at ``upto`` but unchanged (number, layout) for at least ``releases`` releases."""
    state = history.states(kind, name, arch).get(upto)
    if state is None or state.stability is not Stability.TOOLS_ONLY:
        return False
    return unchanged_for(history, kind, name, arch, upto) >= releases


# -- JSON -----------------------------------------------------------------------------------------


def to_json(history: History) -> dict[str, Any]:
    """The committed form: runs grouped by the archs that share them, everything sorted."""
    items: dict[str, Any] = {}
    for (kind, name), item in sorted(history.items.items()):
        groups: dict[str, list[str]] = {}
        encoded: dict[str, list] = {}
        for arch, runs in sorted(item.runs.items()):
            rows = [_run_to_json(r) for r in runs]
            text = json.dumps(rows)
            groups.setdefault(text, []).append(arch)
            encoded[text] = rows
        doc: dict[str, Any] = {"runs": {" ".join(archs): encoded[text] for text, archs in sorted(groups.items())}}
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
        s.shape,
        None if s.args is None else list(s.args),
    ]


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
                            shape,
                            None if args is None else tuple(args),
                        ),
                    )
                    for first, last, stab, vis, number, layout, shape, args in rows
                )
                for arch in archs.split():
                    item.runs[arch] = runs
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
        return History(
            tuple(data["releases"]),
            {a: tuple(rs) for a, rs in data["arch_releases"].items()},
            items,
            breaks,
        )
    except (KeyError, TypeError, ValueError, AttributeError) as exc:
        raise CatalogueError(f"corrupt history document ({type(exc).__name__}: {exc})", file=source) from None


def of_catalogue(catalogue: Catalogue) -> History:
    """The catalogue's history (history.json), decoded once per catalogue."""
    found = catalogue.derived.get("history")
    if not isinstance(found, History):
        found = catalogue.derived["history"] = from_json(*catalogue.history_document())
    return found
