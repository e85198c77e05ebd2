"""What a program uses of Xen, and on which releases all of it is stable and unchanged.

The pipeline: scan the sources (``xen_abi.audit.scan``) into mentions; resolve
each against the catalogue (hypercalls, sub-ops, types, constants) and the
library table (``xen_abi.audit.libraries``: library calls and ioctls to the
hypercalls and sub-ops they issue); then take every verdict from the
catalogue's own answers: ``queries.stable`` for hypercalls and sub-ops (the
first release of their current stable, unchanged run), ``queries.query``
for each item's class per release and its history of changes.  Nothing here
compares two releases itself.
"""

from __future__ import annotations

import importlib.util
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from xen_abi import queries
from xen_abi.analysis.classify import Stability
from xen_abi.audit import libraries as libtable
from xen_abi.audit.scan import Mention, Scan, scan
from xen_abi.common.compat import tomllib
from xen_abi.common.errors import UsageError
from xen_abi.compare.history import of_catalogue
from xen_abi.frontend.hypercalls import HYPERCALL_PREFIX
from xen_abi.store.catalogue import Catalogue, version_key

DEFAULT_ARCHS = ("x86_64", "arm64")  # where Xen's backends run
LIBRARY_PREFIXES = re.compile(
    r"^(xc|xendevicemodel|xenforeignmemory|xenevtchn|xengnttab|xengntshr|xencall|xentoolcore|xenmanage)_\w+$"
)
XENSTORE_CALL = re.compile(r"^xs_\w+$")
# Names that look like Xen's: reported as unresolved when the catalogue does not know them.
XEN_LOOKING = re.compile(
    r"^(__HYPERVISOR_|XEN_|XENMEM_|XENVER_|XENPF_|EVTCHNOP_|GNTTABOP_|HVMOP_|HVM_PARAM_|PHYSDEVOP_|SCHEDOP_|"
    r"VCPUOP_|IOCTL_PRIVCMD_|IOCTL_EVTCHN_|IOCTL_GNTDEV_|IOCTL_GNTALLOC_)"
)
BINDINGS = "xen_abi_bindings"
# The catalogue lists the fixed-width types Xen's headers use; a program using them uses C, not Xen.
C_STANDARD_TYPES = frozenset(
    [f"{s}int{n}_t" for s in ("", "u") for n in (8, 16, 32, 64)] + ["size_t", "ssize_t", "uintptr_t", "intptr_t"]
)

# Exit-status bits (README "Exit status"), as check's: 1 error, 2 usage.
EXIT_UNRESOLVED = 4
EXIT_TOOLS_ONLY = 8
EXIT_CHANGED = 16
EXIT_DEPRECATED = 32
FAIL_ON = {
    "none": 0,
    "changed": EXIT_CHANGED | EXIT_DEPRECATED,
    "tools-only": EXIT_CHANGED | EXIT_DEPRECATED | EXIT_TOOLS_ONLY,
    "any": EXIT_CHANGED | EXIT_DEPRECATED | EXIT_TOOLS_ONLY | EXIT_UNRESOLVED,
}


@dataclass(frozen=True)
class Site:
    """Where the program uses something, and through what (a library call, an ioctl)."""

    file: str
    line: int
    via: tuple[str, ...] = ()  # "xendevicemodel_nr_vcpus (tools/libs/devicemodel/core.c:637)", ...

    @property
    def where(self) -> str:
        return f"{self.file}:{self.line}"


@dataclass(frozen=True)
class Event:
    """A change in a dependency's history on one arch, as the catalogue records it."""

    release: str
    what: str  # appeared, class, number, args, layout, renamed, disappeared, reappeared, value
    old: str | None
    new: str | None


@dataclass(frozen=True)
class ArchVerdict:
    arch: str
    status: str  # stable, tools-only, deprecated, removed, absent
    since: str | None  # stable and unchanged from this release to the newest one
    number: int | None
    events: tuple[Event, ...]
    where: str | None
    reason: str
    interface_macro: str | None


@dataclass
class Dependency:
    kind: str  # hypercall, subop, type, constant
    name: str
    hypercall: str | None = None
    sites: list[Site] = field(default_factory=list)
    guests: set[str] = field(default_factory=set)  # empty: every dom0 kind
    all_guests: bool = False
    verdicts: dict[str, ArchVerdict] = field(default_factory=dict)

    def applies_to(self, guest: str) -> bool:
        return self.all_guests or not self.guests or guest in self.guests


@dataclass
class LibraryCall:
    function: str
    library: str
    stable_library: bool
    sites: list[Site] = field(default_factory=list)
    effects: tuple[str, ...] = ()  # the sub-ops and hypercalls it ends in
    alternative: str | None = None
    alternative_reason: str = ""
    note: str = ""


@dataclass(frozen=True)
class Unresolved:
    name: str
    site: Site
    reason: str


@dataclass(frozen=True)
class Range:
    """Per (arch, dom0 kind): where everything used is stable and unchanged, or what prevents it."""

    arch: str
    guest: str
    first: str | None  # None: no release
    last: str
    blockers: tuple[str, ...]  # dependency or library names
    rest_first: str | None = None  # with blockers: where the rest is stable and unchanged from

    @property
    def start(self) -> str | None:
        """The first release of the range, or of the rest when something blocks it."""
        return self.first or self.rest_first


@dataclass
class AuditReport:
    paths: tuple[str, ...]
    files: list[tuple[str, str]]
    archs: tuple[str, ...]
    newest: dict[str, str]
    oldest: dict[str, str]  # the first catalogued release of each arch
    first: str | None  # --from
    dependencies: list[Dependency]
    library_calls: list[LibraryCall]
    unresolved: list[Unresolved]
    devices: list[Site]  # /dev/xen/* paths named, with the device in via
    ranges: list[Range]
    own_types: list = field(default_factory=list)  # xen_abi.audit.owntypes.TypeCheck
    followed: tuple[str, ...] = ()  # modules of xen_abi_bindings (Python, Rust) scanned because the program uses them
    fail_on: str = "tools-only"

    def findings_bits(self) -> int:
        bits = 0
        if self.unresolved:
            bits |= EXIT_UNRESOLVED
        if any(not c.stable_library for c in self.library_calls):
            bits |= EXIT_TOOLS_ONLY
        for d in self.dependencies:
            for v in d.verdicts.values():
                if v.status == "tools-only":
                    bits |= EXIT_TOOLS_ONLY
                elif v.status in ("deprecated", "removed", "absent"):
                    bits |= EXIT_DEPRECATED
                elif self.first and v.since and version_key(v.since) > version_key(self.first):
                    bits |= EXIT_CHANGED
        if any(t.mismatches for t in self.own_types):
            bits |= EXIT_CHANGED
        return bits

    @property
    def status(self) -> int:
        return self.findings_bits() & FAIL_ON[self.fail_on]


# -- resolving mentions ------------------------------------------------------------------------------


@dataclass
class _Names:
    hypercalls: set[str]
    subops: dict[str, str]  # sub-op -> hypercall
    types: set[str]
    constants: set[str]
    enumerators: dict[str, str]  # enumerator -> its enum type (XEN_EOPNOTSUPP -> enum xen_errno)
    macros: dict[str, str]  # function-like macro -> where the newest release defines it


def _names(cat: Catalogue) -> _Names:
    history = of_catalogue(cat)
    hypercalls = {n for k, n in history.items if k == "hypercall"}
    subops = {n: item.hypercall or "" for (k, n), item in history.items.items() if k == "subop"}
    types = {n for k, n in history.items if k == "type"}
    constants: set[str] = set()
    enumerators: dict[str, str] = {}
    macros: dict[str, str] = {}
    for r in cat.releases:
        release = cat.release(r)
        for abi in release.configs.values():
            constants.update(abi.constants)
            macros.update({n: m.where for n, m in abi.macros.items()})
            for entry in abi.types.values():
                for enumerator, _ in entry.layout.enumerators:
                    enumerators.setdefault(enumerator, entry.name)
        for view in release.legacy.values():
            constants.update(view.constants)
    return _Names(hypercalls, subops, types, constants, enumerators, macros)


class _Resolver:
    def __init__(self, names: _Names, libs: libtable.Libraries, defined: set[str]) -> None:
        self.names = names
        self.libs = libs
        self.defined = defined
        self.deps: dict[tuple[str, str], Dependency] = {}
        self.calls: dict[str, LibraryCall] = {}
        self.unresolved: list[Unresolved] = []

    def dep(self, kind: str, name: str, site: Site, guests: Sequence[str] = ()) -> None:
        d = self.deps.get((kind, name))
        if d is None:
            hypercall = self.names.subops.get(name) if kind == "subop" else None
            d = self.deps[(kind, name)] = Dependency(kind, name, hypercall)
        if site not in d.sites:
            d.sites.append(site)
        if guests:
            d.guests.update(guests)
        else:
            d.all_guests = True
        if kind == "subop" and d.hypercall:
            self.dep("hypercall", d.hypercall, site, guests)

    def effects(self, effects: Iterable[libtable.Effect], site: Site) -> tuple[str, ...]:
        names: list[str] = []
        for e in effects:
            self.dep(e.kind, e.name, Site(site.file, site.line, e.chain[:-1]), e.guests)
            names.append(e.name)
        return tuple(dict.fromkeys(names))

    def mention(self, m: Mention) -> None:
        name = m.name
        site = Site(m.file, m.line)
        n = self.names
        if name.startswith(HYPERCALL_PREFIX):
            call = name[len(HYPERCALL_PREFIX) :]
            if call in n.hypercalls:
                self.dep("hypercall", call, site)
            else:
                self.unresolved.append(Unresolved(name, site, "not a hypercall of any catalogued release"))
        elif name in n.subops:
            self.dep("subop", name, site)
        elif name in n.types and name not in C_STANDARD_TYPES:
            self.dep("type", name, site)
        elif name in n.constants:
            self.dep("constant", name, site)
        elif name in n.enumerators and n.enumerators[name] in n.types:
            self.dep("type", n.enumerators[name], site)
        elif name in self.libs.kernel:
            self.effects(self.libs.kernel_effects(name), site)
        elif m.called and name in self.libs.functions and name not in self.defined:
            self.library_call(name, site)
        elif m.called and name not in self.defined and XENSTORE_CALL.match(name):
            self.library_call_xenstore(name, site)
        elif m.called and name not in self.defined and LIBRARY_PREFIXES.match(name):
            self.unresolved.append(Unresolved(name, site, "a Xen library function the library table does not list"))
        elif name in n.macros and name not in self.defined:
            # Catalogued (and made functions of in the bindings), but the comparison engine does not judge
            # function-like macros across releases: no verdict rather than a guessed one.
            reason = f"a function-like macro ({n.macros[name]}): not compared across releases, so no verdict"
            self.unresolved.append(Unresolved(name, site, reason))
        elif XEN_LOOKING.match(name) and name not in self.defined:
            reason = (
                "a function or function-like macro no catalogued release defines"
                if m.called
                else "looks like a Xen name; no catalogued release has it"
            )
            self.unresolved.append(Unresolved(name, site, reason))

    def library_call(self, name: str, site: Site) -> None:
        f = self.libs.functions[name]
        library = self.libs.libraries[f.library]
        call = self.calls.get(name)
        if call is None:
            call = self.calls[name] = LibraryCall(
                name, f.library, library.stable, [], (), f.alternative, f.alternative_reason, f.note
            )
        call.sites.append(site)
        call.effects = self.effects(self.libs.effects(name), site)

    def library_call_xenstore(self, name: str, site: Site) -> None:
        library = self.libs.libraries["libxenstore"]
        call = self.calls.setdefault(name, LibraryCall(name, library.name, True, note=library.reason))
        call.sites.append(site)


# -- verdicts ----------------------------------------------------------------------------------------


def _verdict(
    result: queries.QueryResult, dep: Dependency, arch: str, releases: Sequence[str], since_stable: dict[str, str]
) -> ArchVerdict:
    """One dependency on one arch, from the catalogue's query answer and the stable set."""
    in_range = set(releases)
    entries = [e for e in result.entries if e.arch == arch and e.release in in_range]
    newest = entries[-1]
    if not newest.present:
        status = "removed" if newest.stability is Stability.REMOVED else "absent"
    else:
        status = str(newest.stability)
    events: list[Event] = []
    if dep.kind == "constant":
        events = _constant_events(entries)
    else:
        for c in result.changes.get(arch, ()):
            if c.release in in_range:
                events.append(Event(c.release, c.what, c.old, c.new))
    since: str | None = None
    if status == "stable":
        if dep.kind in ("hypercall", "subop"):
            since = since_stable.get(dep.name)
        if since is None:
            # Types and constants (which stable() does not list): the current run of the catalogue's
            # history, i.e. the release of the last event that changed class, shape or value.
            resets = {"appeared", "reappeared", "class", "layout", "number", "value"}
            since = entries[0].release
            for ev in events:
                if ev.what in resets:
                    since = ev.release
            first_present = next(e.release for e in entries if e.present)
            if version_key(since) < version_key(first_present):
                since = first_present
    evidence = newest.evidence
    return ArchVerdict(
        arch,
        status,
        since,
        newest.number if dep.kind in ("hypercall", "subop", "constant") else None,
        tuple(events),
        evidence.where if evidence else None,
        evidence.reason if evidence else "",
        newest.interface_macro,
    )


def _constant_events(entries: Sequence[queries.Entry]) -> list[Event]:
    """A constant's history read off the query's entries (the history covers no constants)."""
    events: list[Event] = []
    prev: queries.Entry | None = None
    for e in entries:
        if prev is None or not prev.present:
            if e.present:
                events.append(
                    Event(
                        e.release,
                        "appeared" if prev is None or prev.stability is None else "reappeared",
                        None,
                        str(e.stability),
                    )
                )
        elif not e.present:
            events.append(Event(e.release, "disappeared", str(prev.stability), "removed"))
        else:
            if prev.stability != e.stability:
                events.append(Event(e.release, "class", str(prev.stability), str(e.stability)))
            if prev.number != e.number:
                events.append(Event(e.release, "value", str(prev.number), str(e.number)))
        prev = e
    return events


def _ranges(report: AuditReport) -> list[Range]:
    out: list[Range] = []
    for arch in report.archs:
        for guest in libtable.guests_of(arch):
            blockers: list[str] = [c.function for c in report.library_calls if not c.stable_library]
            first: str | None = None
            for d in report.dependencies:
                if not d.applies_to(guest) or arch not in d.verdicts:
                    continue
                v = d.verdicts[arch]
                if v.status != "stable" or v.since is None:
                    blockers.append(d.name)
                elif first is None or version_key(v.since) > version_key(first):
                    first = v.since
            newest = report.newest[arch]
            start = first or report.oldest[arch]  # nothing used at all: nothing limits it
            out.append(Range(arch, guest, None if blockers else start, newest, tuple(blockers), start))
    return out


# -- the audit ---------------------------------------------------------------------------------------


def _merge(scanned: Scan, extra: Scan) -> None:
    """Add what a followed library's modules use; their own types are not the program's copies."""
    scanned.files += extra.files
    scanned.mentions += extra.mentions
    scanned.devices += extra.devices
    scanned.fragments += extra.fragments
    scanned.definitions += [d for d in extra.definitions if d.kind == "function"]
    for file, prefixes in extra.prefixes.items():
        scanned.prefixes.setdefault(file, set()).update(prefixes)


_RUST_USE = re.compile(r"\buse\s+(\w+)::(\{[^}]*\}|\w+)|\b(\w+)::(\w+)::")
_RUST_CRATE_USE = re.compile(r"\buse\s+crate::(\{[^}]*\}|\w+)")
_ARCH_MODULES = {"x86_32", "x86_64", "arm32", "arm64", "riscv64", "ppc64", "native", "lib", "tests"}


def _crate_modules(scanned: Scan, paths: Sequence[Path]) -> tuple[list[Path], Path | None]:
    """The modules of the generated Rust crate (a path dependency named xen_abi*) the program uses.

    Found through the program's Cargo.toml (the nearest one above each path); the per-architecture
    type modules are data, not code, and are left out, like Python's generated cdefs.
    """
    crates: dict[str, Path] = {}
    for start in paths:
        folder = Path(start).resolve()
        for candidate in [folder, *folder.parents]:
            manifest = candidate / "Cargo.toml"
            if manifest.is_file():
                try:
                    deps = tomllib.loads(manifest.read_text(encoding="utf-8")).get("dependencies", {})
                except (OSError, tomllib.TOMLDecodeError):
                    deps = {}
                for name, spec in deps.items():
                    if name.replace("-", "_").startswith("xen_abi") and isinstance(spec, dict) and "path" in spec:
                        crates[name.replace("-", "_")] = (candidate / spec["path"]).resolve()
                break
    if not crates:
        return [], None
    wanted: set[tuple[str, str]] = set()
    for file, lang in scanned.files:
        if lang != "Rust":
            continue
        for m in _RUST_USE.finditer(scanned.code.get(file, "")):
            crate, names = (m.group(1), m.group(2)) if m.group(1) else (m.group(3), m.group(4))
            if crate in crates:
                wanted.update((crate, n) for n in re.findall(r"\w+", names) if n != "self")
    out: list[Path] = []
    queue = sorted(wanted)
    while queue:
        crate, module = queue.pop(0)
        path = crates[crate] / "src" / f"{module}.rs"
        if module in _ARCH_MODULES or not path.is_file() or path in out:
            continue
        out.append(path)
        for m in _RUST_CRATE_USE.finditer(path.read_text(encoding="utf-8", errors="replace")):
            for n in re.findall(r"\w+", m.group(1)):
                if (crate, n) not in wanted:
                    wanted.add((crate, n))
                    queue.append((crate, n))
    return out, next(iter(crates.values())).parent


def _bindings_modules(scanned: Scan) -> tuple[list[Path], Path | None]:
    """The helper modules of xen_abi_bindings the program imports, and those they import in turn."""
    spec = importlib.util.find_spec(BINDINGS)
    if spec is None or not spec.submodule_search_locations:
        return [], None
    root = Path(next(iter(spec.submodule_search_locations)))
    wanted: set[str] = set()
    for modules in scanned.imports.values():
        for m in modules:
            if m == BINDINGS or m.startswith(BINDINGS + "."):
                parts = m.split(".")
                if len(parts) > 1:
                    wanted.add(parts[1])
    out: list[Path] = []
    queue = sorted(wanted)
    while queue:
        name = queue.pop(0)
        path = root / f"{name}.py"
        if not path.is_file() or path in out:
            continue
        out.append(path)
        text = path.read_text(encoding="utf-8")
        for rel in re.findall(r"^\s*from \.(\w*)\s+import\s+([\w, ]+)", text, re.M):
            for n in [rel[0]] if rel[0] else re.findall(r"\w+", rel[1]):
                if n not in wanted:
                    wanted.add(n)
                    queue.append(n)
    return out, root.parent


def audit(
    paths: Sequence[Path],
    *,
    catalogue: Catalogue | None = None,
    archs: Sequence[str] = DEFAULT_ARCHS,
    first: str | None = None,
    follow_bindings: bool = True,
    fail_on: str = "tools-only",
    own_types: bool = True,
) -> AuditReport:
    """Audit the sources under ``paths``: see the module docstring."""
    if fail_on not in FAIL_ON:
        raise UsageError(f"unknown --fail-on {fail_on!r}; valid: {', '.join(FAIL_ON)}")
    cat = catalogue or Catalogue.load()
    archs = tuple(dict.fromkeys(queries.check_arch(a) for a in archs))
    if first is not None:
        first = cat.resolve_release(first)
    base = Path(paths[0]) if len(paths) == 1 and Path(paths[0]).is_dir() else None
    scanned = scan(paths, relative_to=base)
    followed: list[Path] = []
    if follow_bindings:
        for modules, base in (_bindings_modules(scanned), _crate_modules(scanned, paths)):
            if modules:
                _merge(scanned, scan(modules, relative_to=base))
                followed += modules
    names = _names(cat)
    libs = libtable.load()
    resolver = _Resolver(names, libs, scanned.defined_functions())
    for m in scanned.mentions:
        resolver.mention(m)
    for frag in scanned.fragments:  # f"XEN_DMOP_{op}" with op = "create_ioreq_server"
        for prefix in sorted(scanned.prefixes.get(frag.file, ())):
            composed = prefix + frag.name
            if composed in names.subops or composed in names.constants:
                resolver.mention(Mention(composed, frag.file, frag.line, frag.language))
    devices = [Site(d.file, d.line, (d.name,)) for d in scanned.devices]

    newest: dict[str, str] = {}
    oldest: dict[str, str] = {}
    release_sets: dict[str, tuple[str, ...]] = {}
    since_stable: dict[str, dict[str, str]] = {}
    for arch in archs:
        releases = queries.release_range(cat, arch, None, None)
        release_sets[arch] = releases
        newest[arch] = releases[-1]
        oldest[arch] = releases[0]
        if first is not None and first not in releases:
            raise UsageError(f"--from {first}: {arch} is catalogued in {releases[0]} .. {releases[-1]}")
        stable = queries.stable(cat, arch=arch, first=releases[-1])
        # A hypercall the program calls is relied on for its number; its sub-ops are dependencies of their own.
        since_stable[arch] = {(i.subop or i.hypercall): (i.number_since or i.since) for i in stable.items}
    deps = sorted(resolver.deps.values(), key=lambda d: (_KIND_ORDER[d.kind], d.name))
    for d in deps:
        wanted = [a for a in archs if any(d.applies_to(g) for g in libtable.guests_of(a))]  # mmu_update: PV only
        result = queries.query(cat, d.name, arch=wanted[0] if len(wanted) == 1 else None, kind=d.kind)
        for arch in wanted:
            d.verdicts[arch] = _verdict(result, d, arch, release_sets[arch], since_stable[arch])
    report = AuditReport(
        tuple(str(p) for p in paths),
        scanned.files,
        archs,
        newest,
        oldest,
        first,
        deps,
        sorted(resolver.calls.values(), key=lambda c: (c.library, c.function)),
        _dedupe(resolver.unresolved),
        devices,
        [],
        followed=tuple(f"{p.parent.name}/{p.name}" for p in followed),
        fail_on=fail_on,
    )
    if own_types:
        from xen_abi.audit.owntypes import check_own_types

        report.own_types = check_own_types(scanned, cat, archs, first)
    report.ranges = _ranges(report)
    return report


_KIND_ORDER = {"hypercall": 0, "subop": 1, "type": 2, "constant": 3}


def _dedupe(items: list[Unresolved]) -> list[Unresolved]:
    seen: set[tuple[str, str, int]] = set()
    out: list[Unresolved] = []
    for u in items:
        key = (u.name, u.site.file, u.site.line)
        if key not in seen:
            seen.add(key)
            out.append(u)
    return out


# -- findings ----------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Finding:
    """One thing to act on, at one place in the program (what SARIF and the exit status are made of)."""

    rule: str  # tools-only, deprecated, removed, absent, changed-in-range, unstable-library, unresolved, own-type
    level: str  # error, warning, note
    name: str
    message: str
    site: Site
    archs: tuple[str, ...] = ()


RULES = {
    "tools-only": ("error", "uses a tools-only interface: it may change with any release"),
    "unstable-library": ("error", "calls libxenctrl, whose API and soname change with every release"),
    "deprecated": ("warning", "uses a deprecated interface"),
    "removed": ("error", "uses an interface the newest release no longer has"),
    "absent": ("error", "uses an interface this architecture does not have"),
    "changed-in-range": ("warning", "uses an interface that is not stable and unchanged over the release range asked"),
    "own-type": ("error", "defines a Xen type itself, with a layout that differs from Xen's"),
    "unresolved": ("note", "names something the audit could not resolve"),
}


def _periods(v: ArchVerdict) -> str:
    """A dependency's changes in words, repeated kinds folded: 'layout changed in 4.1.0, 4.2.0'."""
    parts: list[str] = []
    folded: dict[str, list[str]] = {}
    for e in v.events:
        if e.what == "class":
            parts.append(event_text(e))
        elif e.what in ("number", "layout", "value", "args"):
            if e.what not in folded:
                folded[e.what] = []
                parts.append(e.what)  # placeholder, filled below
            folded[e.what].append(e.release)
    return "; ".join(f"{p} changed in {', '.join(folded[p])}" if p in folded else p for p in parts)


def event_text(e: Event) -> str:
    if e.what in ("appeared", "reappeared"):
        return f"{e.what} in {e.release} as {e.new}"
    if e.what == "disappeared":
        return f"gone in {e.release}"
    if e.what in ("layout", "renamed"):
        return f"{'layout changed' if e.what == 'layout' else 'respelled'} in {e.release}"
    return f"{e.what} {e.old} -> {e.new} in {e.release}"


def dependency_label(d: Dependency) -> str:
    if d.kind == "subop":
        return f"{d.name} ({d.hypercall} sub-op)"
    return f"{d.name} ({d.kind})"


def findings(report: AuditReport) -> list[Finding]:
    out: list[Finding] = []
    for d in report.dependencies:
        by_status: dict[str, list[str]] = {}
        for arch, v in d.verdicts.items():
            status = v.status
            if status == "stable" and report.first and v.since and version_key(v.since) > version_key(report.first):
                status = "changed-in-range"
            if status != "stable":
                by_status.setdefault(status, []).append(arch)
        for status, archs in by_status.items():
            v = d.verdicts[archs[0]]
            detail = {
                "tools-only": f"tools-only on {', '.join(archs)}"
                + (f", versioned by {v.interface_macro}" if v.interface_macro else ""),
                "deprecated": f"deprecated on {', '.join(archs)} ({v.reason})",
                "removed": f"removed on {', '.join(archs)} ({v.reason})",
                "absent": f"not in any release on {', '.join(archs)}",
                "changed-in-range": f"stable and unchanged only from {v.since} on {', '.join(archs)}, not from "
                f"{report.first}",
            }[status]
            changes = _periods(v)
            message = f"{dependency_label(d)}: {detail}" + (f"; {changes}" if changes else "")
            for site in d.sites:
                via = f" (via {' -> '.join(site.via)})" if site.via else ""
                out.append(Finding(status, RULES[status][0], d.name, message + via, site, tuple(archs)))
    for c in report.library_calls:
        if c.stable_library:
            continue
        alt = f"; stable alternative: {c.alternative} ({c.alternative_reason})" if c.alternative else ""
        effects = f", issues {', '.join(c.effects)}" if c.effects else ""
        for site in c.sites:
            out.append(
                Finding("unstable-library", "error", c.function, f"{c.function} ({c.library}){effects}{alt}", site)
            )
    for t in report.own_types:
        for m in t.mismatches:
            out.append(Finding("own-type", "error", t.name, f"{t.name}: {m}", Site(t.file, t.line), tuple(t.archs)))
    for u in report.unresolved:
        out.append(Finding("unresolved", "note", u.name, f"{u.name}: {u.reason}", u.site))
    out.sort(key=lambda f: (f.site.file, f.site.line, f.rule, f.name))
    return out
