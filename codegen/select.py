"""Stage 1 of codegen: choose what a binding holds, from the catalogue.

For each architecture and a release range this decides, per type,
constant and function-like macro (``xen_abi.codegen.macros``; the same rule
as a constant, the tree standing for the value), whether it belongs to the
*stable core* or is reachable only by naming a release:

* core: stable in every release of the range where it exists (guest-visible,
  per ``xen_abi.analysis.classify``), present in a contiguous run of those releases, and
  unchanged there: same value for a constant; for a type, no change at all
  in the comparison engine's history (``xen_abi.compare.history``, the fold of its
  ChangeSets) between two releases of its span, nor in any type it embeds
  (its dependencies must be core too), so a core record never embeds a type
  that changes.  Not only incompatible changes: the core is one declaration,
  exact byte for byte and name for name in every release it covers, and a
  cosmetic change can move ``sizeof`` (a flexible array member) and a
  compatible one renames a field (padding given a meaning).  It carries
  ``since`` when it first appears after the range's first release and
  ``until`` when it disappears before the range's last;
* per release: every other stable item, keyed by release;
* tools view (only with ``with_tools_only``): each release's whole
  ``__XEN_TOOLS__`` view, stable items included, because tools-mode layouts
  can differ from guest ones (x86_32 ``uint64_aligned_t``).

The result is plain data (``Selection``); lowering and rendering never look
at the catalogue again.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field, replace

from xen_abi.analysis import guests as guest_types
from xen_abi.analysis.classify import Classifier, Stability
from xen_abi.analysis.typegraph import STANDARD_TYPES, type_deps
from xen_abi.codegen.macros import MacroFunction, translate_all
from xen_abi.common import escape
from xen_abi.common.errors import UsageError
from xen_abi.common.releases import version_key
from xen_abi.compare.history import of_catalogue
from xen_abi.ir.archs import ARCH_NAMES, get_arch
from xen_abi.ir.model import Config, ConfigABI, Layout, ReleaseABI, TypeEntry, Visibility
from xen_abi.store import codecs as serialize
from xen_abi.store.catalogue import Catalogue


@dataclass(frozen=True)
class Variant:
    """One distinct deep layout of a named type on one architecture."""

    id: str  # content hash of the name and deep layout
    name: str
    layout: Layout
    where: str  # declaration site in the newest release that has this variant
    deps: tuple[str, ...]  # named types this one refers to by value (sorted)


@dataclass(frozen=True)
class Span:
    """The releases of the range an item is available in."""

    since: str | None  # None: from the range's first release (for this arch)
    until: str | None  # None: up to the range's last release


@dataclass(frozen=True)
class CoreType:
    name: str
    variant: str  # Variant.id
    span: Span


@dataclass(frozen=True)
class CoreConstant:
    name: str
    value: int
    where: str
    span: Span


@dataclass(frozen=True)
class CoreMacro:
    function: MacroFunction
    span: Span


@dataclass(frozen=True)
class Call:
    """A hypercall (``hypercall`` is None) or a sub-op of one, as one release numbers it."""

    name: str
    number: int
    hypercall: str | None  # the multiplexed hypercall of a sub-op
    args: tuple[str, ...]  # a sub-op's argument types (catalogue names)
    where: str
    guests: tuple[str, ...] = ()  # the guest types of the arch the hypervisor serves it for (abi.guests)


@dataclass(frozen=True)
class CoreCall:
    call: Call
    span: Span


@dataclass
class ArchSelection:
    """What the bindings hold for one architecture."""

    arch: str
    releases: tuple[str, ...]  # releases of the range with a guest view of this arch
    variants: dict[str, Variant] = field(default_factory=dict)
    core_types: dict[str, CoreType] = field(default_factory=dict)
    core_constants: dict[str, CoreConstant] = field(default_factory=dict)
    # Stable items that are not core, by release: name -> Variant.id / value.
    release_types: dict[str, dict[str, str]] = field(default_factory=dict)
    release_constants: dict[str, dict[str, int]] = field(default_factory=dict)
    # Function-like macros that are integer functions (xen_abi.codegen.macros): core, and the others per release;
    # those that are not, with the reason (from the newest release of the range that has them).
    core_macros: dict[str, CoreMacro] = field(default_factory=dict)
    release_macros: dict[str, dict[str, MacroFunction]] = field(default_factory=dict)
    unsupported_macros: dict[str, str] = field(default_factory=dict)
    # Hypercalls and sub-ops (abi.hypercalls), by name: core, and the others per release.
    core_calls: dict[str, CoreCall] = field(default_factory=dict)
    release_calls: dict[str, dict[str, Call]] = field(default_factory=dict)
    # The whole tools view per release (empty unless with_tools_only).
    tools_releases: tuple[str, ...] = ()
    tools_types: dict[str, dict[str, str]] = field(default_factory=dict)
    tools_constants: dict[str, dict[str, int]] = field(default_factory=dict)
    tools_interface_macros: dict[str, dict[str, str]] = field(default_factory=dict)  # release -> type -> macro
    tools_macros: dict[str, dict[str, MacroFunction]] = field(default_factory=dict)  # release -> function-like macros


@dataclass
class Selection:
    """The input of every renderer."""

    releases: tuple[str, ...]  # the range, in version order
    archs: tuple[str, ...]
    with_tools_only: bool
    provenance: dict[str, str]  # release -> tree hash of its headers
    per_arch: dict[str, ArchSelection]


class _DeepHasher:
    """Deep layout hashes of one configuration's types, memoised."""

    def __init__(self, abi: ConfigABI) -> None:
        self.types = abi.types
        self.memo: dict[str, str] = {}
        self.deps: dict[str, tuple[str, ...]] = {}

    def deps_of(self, name: str) -> tuple[str, ...]:
        if name not in self.deps:
            self.deps[name] = tuple(sorted(type_deps(self.types[name], self.types)))
        return self.deps[name]

    def hash(self, name: str, visiting: frozenset[str] = frozenset()) -> str:
        if name in self.memo:
            return self.memo[name]
        if name in visiting:  # a cycle can only go through pointers, which we never follow
            return "cycle"
        entry = self.types[name]
        parts = [name, serialize.layout_hash(entry.layout)]
        parts += [f"{d}={self.hash(d, visiting | {name})}" for d in self.deps_of(name)]
        digest = hashlib.sha256("\n".join(parts).encode()).hexdigest()[:16]
        self.memo[name] = digest
        return digest


# -- selection -----------------------------------------------------------------------------------


def release_range(catalogue: Catalogue, start: str | None, end: str | None) -> tuple[str, ...]:
    """The catalogue's releases from ``start`` to ``end`` (defaults: 4.15.0 and the newest release).

    The newest *release* excludes development snapshots (``-unstable``, ``-rc``);
    name one with ``end`` to include it.
    """
    releases = catalogue.releases
    first = catalogue.resolve_release(start) if start else catalogue.resolve_release(DEFAULT_FROM)
    if end:
        last = catalogue.resolve_release(end)
    else:
        finals = [r for r in releases if "unstable" not in r and "rc" not in r]
        last = finals[-1]
    chosen = tuple(r for r in releases if version_key(first) <= version_key(r) <= version_key(last))
    if not chosen:
        raise UsageError(f"the range {first} .. {last} holds no release (is --from after --to?)")
    return chosen


DEFAULT_FROM = "4.15.0"


def _span(present: list[str], releases: tuple[str, ...], whole: tuple[str, ...]) -> Span | None:
    """The span of a contiguous run of ``releases`` (an arch's), or None when there is a gap.

    ``since``/``until`` are relative to the whole range, so an item of an
    architecture catalogued only from 4.19 is tagged ``since`` 4.19.0.
    """
    idx = [releases.index(r) for r in present]
    if idx != list(range(idx[0], idx[-1] + 1)):
        return None
    since = present[0] if present[0] != whole[0] else None
    until = present[-1] if present[-1] != whole[-1] else None
    return Span(since, until)


def _config(release: ReleaseABI, arch: str, vis: Visibility) -> ConfigABI | None:
    return release.configs.get(Config(arch, vis).key)


def _integer_constants(abi: ConfigABI) -> dict[str, tuple[int, str, str | None]]:
    """name -> (value, where, enum type it belongs to or None): macros with a value, and enumerators."""
    out: dict[str, tuple[int, str, str | None]] = {}
    for name, entry in abi.types.items():
        if entry.layout.kind == "enum" and not name.startswith("enum {"):
            for enumerator, value in entry.layout.enumerators:
                out[enumerator] = (value, entry.where, name)
    for name, c in abi.constants.items():
        if c.value is not None:
            out[name] = (c.value, c.where, None)
    return out


def select_arch(catalogue: Catalogue, releases: tuple[str, ...], arch: str, *, with_tools_only: bool) -> ArchSelection:
    loaded = {r: catalogue.release(r) for r in releases}
    arch_releases = tuple(r for r in releases if _config(loaded[r], arch, Visibility.GUEST) is not None)
    if not arch_releases:
        having = [r for r in catalogue.releases if Config(arch, Visibility.GUEST).key in catalogue.release(r).configs]
        hint = f"; it is catalogued for {having[0]} .. {having[-1]}" if having else ""
        raise UsageError(f"architecture {arch} has no release in the range {releases[0]} .. {releases[-1]}{hint}")
    sel = ArchSelection(arch, arch_releases)

    # Per release: name -> variant id of every stable type, value of every stable constant.
    stable_types: dict[str, dict[str, str]] = {}
    stable_consts: dict[str, dict[str, tuple[int, str]]] = {}
    stable_calls: dict[str, dict[str, Call]] = {}
    stable_macros: dict[str, dict[str, MacroFunction]] = {}
    for r in arch_releases:
        release = loaded[r]
        guest = _config(release, arch, Visibility.GUEST)
        assert guest is not None
        hasher = _DeepHasher(guest)
        classifier = Classifier(release, arch)
        stable_types[r] = {}
        for name, entry in guest.types.items():
            if name in STANDARD_TYPES:
                continue
            verdict = classifier.classify(name, kind="type")
            if verdict is None or verdict.stability != Stability.STABLE:
                continue
            vid = hasher.hash(name)
            stable_types[r][name] = vid
            # The newest release's declaration site wins (releases go oldest first).
            sel.variants[vid] = _variant(vid, name, entry, hasher.deps_of(name))
        stable_consts[r] = {}
        for name, (value, where, enum) in _integer_constants(guest).items():
            verdict = (
                classifier.classify(enum, kind="type")
                if enum is not None
                else classifier.classify(name, kind="constant")
            )
            if verdict is None or verdict.stability != Stability.STABLE:
                continue
            stable_consts[r][name] = (value, portable_where(where))
            escape.ident(name, "constant")
        stable_calls[r] = _callable_only(release, arch, _stable_calls(release, arch, classifier))
        # Every function-like macro of the guest view is guest-visible, hence stable (xen_abi.analysis.classify).
        stable_macros[r], refused = translate_all(guest, get_arch(arch))
        for name, function in stable_macros[r].items():
            escape.ident(name, "macro")
            for param in function.macro.params:
                escape.ident(param, f"parameter of {name}")
        sel.unsupported_macros.update(refused)

    with_facts = {r for r in arch_releases if loaded[r].hypervisor is not None}
    _split_core_calls(sel, arch_releases, releases, stable_calls, with_facts)
    history = of_catalogue(catalogue)
    changed = {
        name: {(c.before, c.after) for c in item.changes.get(arch, ())}
        for name in {n for per in stable_types.values() for n in per}
        if (item := history.items.get(("type", name))) is not None
    }
    _split_core_types(sel, arch_releases, releases, stable_types, changed)
    _split_core_constants(sel, arch_releases, releases, stable_consts)
    _split_core_macros(sel, arch_releases, releases, stable_macros)
    if with_tools_only:
        _select_tools(sel, loaded, arch)
    return sel


def _stable_calls(release: ReleaseABI, arch: str, classifier: Classifier) -> dict[str, Call]:
    """The stable hypercalls and sub-ops of one release (guest-visible, or annotated stable in tools).

    Empty for a catalogue written before abi.hypercalls recorded them.
    """
    out: dict[str, Call] = {}
    for vis in (Visibility.GUEST, Visibility.TOOLS):
        calls = release.calls.get(Config(arch, vis).key)
        if calls is None:
            continue
        for name, h in calls.hypercalls.items():
            verdict = classifier.classify(name, kind="hypercall")
            if name not in out and verdict is not None and verdict.stability == Stability.STABLE:
                out[name] = Call(name, h.number, None, (), portable_where(h.where))
        for name, op in calls.subops.items():
            verdict = classifier.classify(name, kind="subop")
            if name not in out and verdict is not None and verdict.stability == Stability.STABLE:
                out[name] = Call(name, op.number, op.hypercall, tuple(op.args), portable_where(op.where))
    return out


def _callable_only(release: ReleaseABI, arch: str, calls: dict[str, Call]) -> dict[str, Call]:
    """Drop what no guest type of ``arch`` can call in this release; tag the rest with the guest types that can.

    From the hypervisor's tables (abi.guests): x86 PV-only hypercalls and the
    ``arch_0`` .. ``arch_7`` placeholders are no part of an Arm core, nor
    ``platform_op``'s x86 ``XENPF_*`` commands.  Where the release has no
    facts, nothing is dropped and no guest type is named.
    """
    guests = guest_types.arch_guests(arch)
    out: dict[str, Call] = {}
    for name, call in calls.items():
        use = guest_types.usability(release, call.hypercall or name, guests, name if call.hypercall else None)
        if use.usable:
            out[name] = replace(call, guests=use.callable)
    return out


def _split_core_calls(
    sel: ArchSelection,
    releases: tuple[str, ...],
    whole: tuple[str, ...],
    stable: dict[str, dict[str, Call]],
    with_facts: set[str],
) -> None:
    """Core: the same number (and hypercall, and argument types) wherever the call exists.

    A release without the hypervisor's tables (every point release) keeps every
    call, its usability unknown (``_callable_only``).  So where the range has
    releases with tables, a core call must be known callable in one of its span:
    unknown facts alone never make a core call (on riscv64, whose hypervisors have
    no hypercall table, a sub-op new in 4.21.1 is per release, not core), and its
    guest types are those of the newest release of its span that has facts.
    """
    for name in sorted({n for per in stable.values() for n in per}):
        present = [r for r in releases if name in stable[r]]
        shapes = {(c.number, c.hypercall, c.args) for c in (stable[r][name] for r in present)}
        span = _span(present, releases, whole)
        known = [stable[r][name] for r in present if r in with_facts and stable[r][name].guests]
        if len(shapes) == 1 and span is not None and (known or not with_facts):
            sel.core_calls[name] = CoreCall(known[-1] if known else stable[present[-1]][name], span)
    for r in releases:
        sel.release_calls[r] = {n: c for n, c in sorted(stable[r].items()) if n not in sel.core_calls}


def _split_core_types(
    sel: ArchSelection,
    releases: tuple[str, ...],
    whole: tuple[str, ...],
    stable: dict[str, dict[str, str]],
    changed: dict[str, set[tuple[str, str]]],
) -> None:
    """Core: no change of the engine's between two releases of its span (``changed``: its changed pairs)."""
    names = sorted({n for per in stable.values() for n in per})
    core: set[str] = set()
    for name in names:
        present = [r for r in releases if name in stable[r]]
        span = _span(present, releases, whole)
        if span is None:
            continue
        inside = set(present)
        # Also one deep layout throughout: the engine's history may pair releases otherwise than
        # consecutively (series, point releases), and a changed layout must never be core.
        same = len({stable[r][name] for r in present}) == 1
        if same and not any(before in inside and after in inside for before, after in changed.get(name, ())):
            core.add(name)
            sel.core_types[name] = CoreType(name, stable[present[-1]][name], span)
    # A core type's dependencies have the same deep layout wherever it exists,
    # so they are core too unless their own span is wider and changes elsewhere:
    # then the type itself cannot be core (its FFI would lack the dependency).
    dropped = True
    while dropped:
        dropped = False
        for name in sorted(core):
            deps = sel.variants[sel.core_types[name].variant].deps
            if any(d not in core for d in deps):
                core.discard(name)
                del sel.core_types[name]
                dropped = True
    for r in releases:
        sel.release_types[r] = {n: v for n, v in sorted(stable[r].items()) if n not in core}


def _split_core_constants(
    sel: ArchSelection,
    releases: tuple[str, ...],
    whole: tuple[str, ...],
    stable: dict[str, dict[str, tuple[int, str]]],
) -> None:
    names = sorted({n for per in stable.values() for n in per})
    for name in names:
        present = [r for r in releases if name in stable[r]]
        values = {stable[r][name][0] for r in present}
        span = _span(present, releases, whole)
        if len(values) == 1 and span is not None:
            value, where = stable[present[-1]][name]
            sel.core_constants[name] = CoreConstant(name, value, where, span)
    for r in releases:
        sel.release_constants[r] = {n: v for n, (v, _) in sorted(stable[r].items()) if n not in sel.core_constants}


def _split_core_macros(
    sel: ArchSelection,
    releases: tuple[str, ...],
    whole: tuple[str, ...],
    stable: dict[str, dict[str, MacroFunction]],
) -> None:
    """Like constants: core when the same function (parameters and tree) in a contiguous run of releases."""
    for name in sorted({n for per in stable.values() for n in per}):
        present = [r for r in releases if name in stable[r]]
        shapes = {(stable[r][name].macro.params, repr(stable[r][name].tree)) for r in present}
        span = _span(present, releases, whole)
        if len(shapes) == 1 and span is not None:
            sel.core_macros[name] = CoreMacro(stable[present[-1]][name], span)
        sel.unsupported_macros.pop(name, None)  # a function in some release: listed there, not as refused
    for r in releases:
        sel.release_macros[r] = {n: f for n, f in sorted(stable[r].items()) if n not in sel.core_macros}


def _select_tools(sel: ArchSelection, loaded: dict[str, ReleaseABI], arch: str) -> None:
    tools_releases = []
    tools_refused: dict[str, str] = {}
    for r, release in loaded.items():
        tools = _config(release, arch, Visibility.TOOLS)
        if tools is None:
            continue
        tools_releases.append(r)
        hasher = _DeepHasher(tools)
        classifier = Classifier(release, arch)
        sel.tools_types[r] = {}
        macros: dict[str, str] = {}
        for name, entry in sorted(tools.types.items()):
            if name in STANDARD_TYPES:
                continue
            vid = hasher.hash(name)
            sel.tools_types[r][name] = vid
            if vid not in sel.variants:
                sel.variants[vid] = _variant(vid, name, entry, hasher.deps_of(name))
            verdict = classifier.classify(name, kind="type")
            if verdict is not None and verdict.interface_macro and verdict.stability == Stability.TOOLS_ONLY:
                macros[name] = verdict.interface_macro
        sel.tools_interface_macros[r] = macros
        sel.tools_constants[r] = {
            escape.ident(n, "constant"): v for n, (v, _, _) in sorted(_integer_constants(tools).items())
        }
        sel.tools_macros[r], refused = translate_all(tools, get_arch(arch))  # from the tools view's own constants
        tools_refused.update(refused)
    sel.tools_releases = tuple(tools_releases)
    functions = {n for per in (*sel.tools_macros.values(), *sel.release_macros.values()) for n in per}
    for name, reason in tools_refused.items():  # tools-only macros that are no function: listed like the guest's
        if name not in functions and name not in sel.core_macros:
            sel.unsupported_macros.setdefault(name, reason)


def _variant(vid: str, name: str, entry: TypeEntry, deps: tuple[str, ...]) -> Variant:
    """A variant of a catalogue type, its names checked: they become C, Python and Rust code."""
    escape.c_spelling(name, "type name")
    layout = entry.layout
    for f in layout.fields:
        if f.name:
            escape.ident(f.name, f"member of {name}")
        escape.c_spelling(f.type, f"type of {name}.{f.name}")
    for enumerator, _ in layout.enumerators:
        escape.ident(enumerator, f"enumerator of {name}")
    if layout.target is not None:
        escape.c_spelling(layout.target, f"target of {name}")
    return Variant(vid, name, layout, portable_where(entry.where), deps)


def portable_where(where: str) -> str:
    """Declaration sites are header-relative; a path of this machine never leaks into output."""
    path, _, line = where.rpartition(":")
    if path.startswith("/"):
        return f"<{path.rsplit('/', 1)[-1]}>:{line}"
    return where


def select(
    catalogue: Catalogue,
    *,
    archs: list[str] | None = None,
    start: str | None = None,
    end: str | None = None,
    with_tools_only: bool = False,
) -> Selection:
    """Everything a renderer needs, for the given architectures and range."""
    chosen = tuple(dict.fromkeys(get_arch(a).name for a in archs)) if archs else ARCH_NAMES
    releases = release_range(catalogue, start, end)
    per_arch = {a: select_arch(catalogue, releases, a, with_tools_only=with_tools_only) for a in chosen}
    provenance = {r: catalogue.release(r).provenance.tree_hash for r in releases}
    return Selection(releases, chosen, with_tools_only, provenance, per_arch)
