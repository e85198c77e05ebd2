"""Stage 3 (Rust): a zero-dependency Cargo crate, ``no_std`` core plus a ``std`` layer for Linux dom0.

What is generated from the selection (``codegen.select``; nothing here
compares releases itself):

* one module per architecture with its stable core, lowered like the cffi
  and C outputs (fixed-width members, explicit ``__pad_N``, bit-fields folded
  into ``__bits_N``), the core constants, and the stable hypercalls and
  sub-ops as typed constants (``calls::dm_op::XEN_DMOP_nr_vcpus``);
* for the architectures Linux runs a dom0 on, ``<arch>::tools``: each
  release's tools-only view as a module (``tools::v4_17``), the distinct
  layouts behind them declared once (``xen_domctl__v4_15``), and for each
  versioned tools-only record an enum over its per-release layouts;
* ``lib.rs``: the ``Release`` enum of the range and ``for_release!``, which
  runs one piece of code against the module of a release chosen at run time.

Rust has no anonymous members, so each regrouped overlap becomes a named
union (``T__anon_N``) whose struct lanes are named too (``T__anon_N__L``).
64-bit scalars that i386 aligns to 4 are ``U64Align4`` & co.
(``#[repr(packed(4))]``), so every module has its own architecture's layout
on any 64-bit host.  Every type carries ``const`` assertions of its size,
alignment and member offsets (``repr(C)`` placement of each member after the
previous one, which needs nothing newer than Rust 1.63), so compiling the
crate for a target is the layout test for that target.

The runtime (privcmd, evtchn, IOREQ helpers, version detection) is static
Rust in ``codegen/templates/rust/static``, copied as it is.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from xen_abi.codegen.lower import Group, Lowered, Lowerer, Member, Record, Typedef, scalar_align
from xen_abi.codegen.render import TEMPLATES, render
from xen_abi.codegen.select import ArchSelection, Selection
from xen_abi.common.escape import rust_doc, rust_ident
from xen_abi.ir.archs import Arch, get_arch

# Rust's names for our architectures (cfg(target_arch)).
RUST_ARCH = {
    "x86_64": "x86_64",
    "x86_32": "x86",
    "arm64": "aarch64",
    "arm32": "arm",
    "riscv64": "riscv64",
    "ppc64": "powerpc64",
}
# Linux runs as a Xen dom0 (privcmd, evtchn) on these only: they get tools views and the std layer.
TOOLS_ARCHS = ("x86_64", "x86_32", "arm64", "arm32")
# Runtime modules of the std layer, copied verbatim.
STATIC = TEMPLATES / "rust" / "static"


def release_ident(release: str) -> str:
    """``4.17.0`` -> ``v4_17`` (a point release keeps its third number: ``v4_17_3``)."""
    parts = release.split(".")
    if parts[-1] == "0" and len(parts) == 3:
        parts = parts[:2]
    return "v" + "_".join(parts)


def doc_text(text: str) -> str:
    """A header-derived string inside a ``///`` comment: one line, no backtick to end a code span."""
    return rust_doc(" ".join(text.replace("`", "'").split()))  # control characters shown, never a line break


@dataclass
class RustField:
    name: str
    type: str
    offset: int | None = None  # from the start of the Rust type (None in a union)


@dataclass
class RustType:
    """A struct or union of the crate (a record, or a named group of one)."""

    name: str
    kind: str  # "struct" | "union"
    repr: str  # "C", "C, packed", "C, align(8)"
    fields: list[RustField]
    doc: str = ""
    size: int | None = None  # asserted when known (records and groups)
    align: int | None = None  # asserted for records
    bitfields: list[tuple[str, str, int, int, int, int]] = field(default_factory=list)  # getter, setter, where

    @property
    def packed(self) -> bool:
        return "packed" in self.repr

    def checks(self) -> list[str]:
        """The const-evaluated conditions that pin this type's layout (``sz``/``al``: size_of/align_of)."""
        out = []
        if self.size is not None:
            out.append(f"sz::<{self.name}>()=={self.size}")
        if self.align is not None:
            out.append(f"al::<{self.name}>()=={self.align}")
        if self.kind == "struct":
            for prev, cur in zip(self.fields, self.fields[1:], strict=False):
                align = "1" if self.packed else f"al::<{cur.type}>()"
                out.append(f"at({prev.offset}+sz::<{prev.type}>(),{align})=={cur.offset}")
        return out


@dataclass
class Alias:
    name: str
    target: str
    doc: str
    size: int
    align: int


@dataclass
class Constant:
    name: str
    type: str
    value: str
    doc: str


@dataclass
class CallGroup:
    """The sub-ops of one hypercall."""

    hypercall: str
    module: str
    ops: list[Constant]


@dataclass
class ArchModule:
    arch: str
    rust_arch: str
    releases: str
    aliases: list[Alias]
    types: list[RustType]
    constants: list[Constant]
    hypercalls: list[Constant]
    subops: list[CallGroup]
    errnos: list[tuple[str, int]]
    tools: ToolsModule | None = None


@dataclass
class ReleaseView:
    release: str
    module: str
    aliases: list[tuple[str, str]]  # name, target in the tools module
    constants: list[Constant]


@dataclass
class Versioned:
    """A versioned tools-only record: an enum over its per-release layouts."""

    name: str
    c_name: str
    macro: str


@dataclass
class ToolsModule:
    arch: str
    releases: list[tuple[str, str]]  # (release, module)
    aliases: list[Alias]
    types: list[RustType]
    views: list[ReleaseView]
    versioned: list[Versioned]
    common: ReleaseView


class _ModuleBuilder:
    """Rust declarations of one set of lowered types; ``names`` maps C type names to Rust paths."""

    def __init__(self, arch: Arch, names: dict[str, str]) -> None:
        self.arch = arch
        self.names = names

    def scalar(self, ctype: str) -> str:
        size_bits = {"char": 8, "float": 32, "double": 64}.get(ctype) or int("".join(c for c in ctype if c.isdigit()))
        if ctype == "char":
            return "i8" if self.arch.char_signed else "u8"
        if ctype in ("float", "double"):
            base = "f32" if ctype == "float" else "f64"
        else:
            base = f"{'i' if ctype.startswith('int') else 'u'}{size_bits}"
        if size_bits == 64 and scalar_align(ctype, self.arch) == 4:
            return {"u64": "crate::U64Align4", "i64": "crate::I64Align4", "f64": "crate::F64Align4"}[base]
        return base

    def rust_type(self, ctype: str, dims: tuple[int | None, ...]) -> str:
        base = self.names[ctype] if ctype in self.names else self.scalar(ctype)
        for d in reversed(dims):
            base = f"[{base}; {0 if d is None else d}]"
        return base

    def record(self, decl: Record, rname: str) -> list[RustType]:
        """The Rust types of one record: its named groups first, the record last."""
        if decl.packed:  # packed(N): #pragma pack(N) keeps alignment N
            repr_ = "C, packed" if decl.align == 1 else f"C, packed({decl.align})"
        else:
            repr_ = "C" if decl.natural_align >= decl.align else f"C, align({decl.align})"
        out: list[RustType] = []
        counter = [0]
        stem = rname.removeprefix("r#")

        def fields_of(items: tuple[Member | Group, ...] | list[Member | Group], base: int | None) -> list[RustField]:
            fields = []
            for item in items:
                offset = None if base is None else item.offset - base
                if isinstance(item, Member):
                    ident = rust_ident(item.name, f"member of {decl.name}")
                    fields.append(RustField(ident, self.rust_type(item.ctype, item.dims), offset))
                else:
                    fields.append(RustField(*group(item), offset))
            return fields

        def group(g: Group) -> tuple[str, str]:
            n = counter[0]
            counter[0] += 1
            gname = f"{stem}__anon_{n}"
            if g.kind == "union":
                ufields = []
                for lane_no, alt in enumerate(g.items):
                    if isinstance(alt, Member):
                        ufields += fields_of([alt], None)
                    else:
                        lname = f"{gname}__{lane_no}"
                        out.append(RustType(lname, "struct", "C", fields_of(alt.items, g.offset), size=alt.size))
                        ufields.append(RustField(f"__lane_{lane_no}", lname))
                out.append(RustType(gname, "union", "C", ufields, size=g.size))
            else:
                out.append(RustType(gname, "struct", "C", fields_of(g.items, g.offset), size=g.size))
            return f"__anon_{n}", gname

        if decl.kind == "union":
            body = fields_of([i for i in decl.body if isinstance(i, Member)], None)
            for lane_no, alt in enumerate(decl.body):
                if isinstance(alt, Group):
                    lname = f"{stem}__{lane_no}"
                    out.append(RustType(lname, "struct", "C", fields_of(alt.items, 0), size=alt.size))
                    body.append(RustField(f"__lane_{lane_no}", lname))
        else:
            body = fields_of(decl.body, 0)
        record = RustType(rname, decl.kind, repr_, body, size=decl.size, align=decl.align)
        for b in decl.bitfields:
            getter = rust_ident(b.name, f"bit-field of {decl.name}")
            setter = rust_ident(f"set_{b.name}", f"bit-field of {decl.name}")
            record.bitfields.append((getter, setter, b.offset, b.unit, b.shift, b.width))
        out.append(record)
        return out

    def declare(self, lowered: dict[str, Lowered], doc: dict[str, str]) -> tuple[list[Alias], list[RustType]]:
        aliases: list[Alias] = []
        types: list[RustType] = []
        for name, decl in lowered.items():
            rname = self.names[name]
            if isinstance(decl, Typedef):
                target = self.rust_type(decl.ctype, decl.dims)
                if target != rname:  # typedef struct foo foo;
                    aliases.append(Alias(rname, target, doc[name], decl.size, decl.align))
                continue
            made = self.record(decl, rname)
            made[-1].doc = doc[name]
            types += made
        return aliases, types


def base_names(lowered: dict[str, Lowered]) -> dict[str, str]:
    """C type name -> Rust type name: tags drop their keyword unless a typedef already owns it."""
    typedefs = {n for n, d in lowered.items() if isinstance(d, Typedef) or " " not in n}
    names: dict[str, str] = {}
    for name in lowered:
        if " " in name:
            kind, tag = name.split(" ", 1)
            target = lowered.get(tag)
            clash = tag in typedefs and not (isinstance(target, Typedef) and target.ctype == name)
            names[name] = f"{kind}_{tag}" if clash else tag
        else:
            names[name] = name
    return {n: rust_ident(r, "type name") for n, r in names.items()}


def _span_note(since: str | None, until: str | None) -> str:
    parts = [f"since {since}"] if since else []
    if until:
        parts.append(f"until {until}")
    return f"; {', '.join(parts)}" if parts else ""


def _constant(name: str, value: int, doc: str) -> Constant:
    return Constant(rust_ident(name, "constant"), "i64" if value < 0 else "u64", str(value), doc)


def arch_module(selection: Selection, arch_name: str) -> ArchModule:
    sel = selection.per_arch[arch_name]
    arch = get_arch(arch_name)
    lowerer = Lowerer(arch, sel.variants)
    lowered = lowerer.lower_set(sorted(c.variant for c in sel.core_types.values()))
    names = base_names(lowered)
    docs = {}
    for name in lowered:
        span = sel.core_types[name].span
        where = sel.variants[sel.core_types[name].variant].where
        docs[name] = f"`{doc_text(name)}` ({doc_text(where)}){_span_note(span.since, span.until)}"
    aliases, types = _ModuleBuilder(arch, names).declare(lowered, docs)
    constants = [
        _constant(n, c.value, f"{doc_text(c.where)}{_span_note(c.span.since, c.span.until)}")
        for n, c in sorted(sel.core_constants.items())
    ]
    hypercalls, groups = _calls(sel)
    releases = f"{sel.releases[0]} .. {sel.releases[-1]}"
    errnos: dict[int, str] = {}
    if "enum xen_errno" in sel.core_types:
        for n, v in sel.variants[sel.core_types["enum xen_errno"].variant].layout.enumerators:
            errnos.setdefault(v, n)
    module = ArchModule(
        arch_name,
        RUST_ARCH[arch_name],
        releases,
        aliases,
        types,
        constants,
        hypercalls,
        groups,
        [(n, v) for v, n in sorted(errnos.items())],
    )
    if arch_name in TOOLS_ARCHS and sel.tools_releases:
        module.tools = tools_module(sel, arch, lowerer, names)
    return module


def _calls(sel: ArchSelection) -> tuple[list[Constant], list[CallGroup]]:
    hypercalls: list[Constant] = []
    groups: dict[str, CallGroup] = {}
    for name, cc in sorted(sel.core_calls.items()):
        call, span = cc.call, cc.span
        note = _span_note(span.since, span.until)
        if call.hypercall is None:
            doc = f"`__HYPERVISOR_{doc_text(name)}` ({doc_text(call.where)}){note}"
            hypercalls.append(Constant(rust_ident(name, "hypercall"), "Hypercall", f"Hypercall({call.number})", doc))
            continue
        args = ", ".join(f"`{doc_text(a)}`" for a in call.args) or "none"
        doc = f"`{doc_text(name)}` ({doc_text(call.where)}), argument {args}{note}"
        group = groups.setdefault(
            call.hypercall, CallGroup(call.hypercall, rust_ident(call.hypercall, "hypercall"), [])
        )
        group.ops.append(Constant(rust_ident(name, "sub-op"), "Op", f"Op({call.number})", doc))
    return hypercalls, [groups[h] for h in sorted(groups)]


def tools_module(sel: ArchSelection, arch: Arch, lowerer: Lowerer, core_names: dict[str, str]) -> ToolsModule:
    """Each release's tools view: layouts that differ from the core declared once, per-release modules."""
    core_variants = {c.variant: n for n, c in sel.core_types.items()}
    first_seen: dict[str, str] = {}  # variant -> first release with it
    for r in sel.tools_releases:
        for vid in sel.tools_types[r].values():
            first_seen.setdefault(vid, r)
    all_aliases: list[Alias] = []
    all_types: list[RustType] = []
    declared: set[str] = set()
    views: list[ReleaseView] = []
    for r in sel.tools_releases:
        ids = sel.tools_types[r]
        lowered = lowerer.lower_set(sorted(ids.values()))
        bases = base_names(lowered)
        names: dict[str, str] = {}
        for name in lowered:
            vid = ids[name]
            if vid in core_variants:
                names[name] = f"crate::{arch.name}::{core_names[name]}"
            else:
                names[name] = f"{bases[name].removeprefix('r#')}__{release_ident(first_seen[vid])}"
        fresh = {n: d for n, d in lowered.items() if ids[n] not in core_variants and ids[n] not in declared}
        docs = {}
        for name in fresh:
            holders = [x for x in sel.tools_releases if sel.tools_types[x].get(name) == ids[name]]
            where = doc_text(sel.variants[ids[name]].where)
            docs[name] = f"`{doc_text(name)}` ({where}), tools-only layout of {holders[0]} .. {holders[-1]}"
            declared.add(ids[name])
        aliases, types = _ModuleBuilder(arch, names).declare(fresh, docs)
        all_aliases += aliases
        all_types += types
        own = [(bases[n], names[n]) for n in lowered if ids[n] not in core_variants]
        constants = [
            _constant(n, v, "")
            for n, v in sorted(sel.tools_constants[r].items())
            if not (n in sel.core_constants and sel.core_constants[n].value == v)
        ]
        views.append(ReleaseView(r, release_ident(r), own, constants))
    common = _hoist_common(views, core_names, sel)
    versioned = []
    # bases: the Rust names of the last release's view
    for name, macro in sorted(sel.tools_interface_macros[sel.tools_releases[-1]].items()):
        if " " not in name or name.startswith("enum "):
            continue
        if not all(name in sel.tools_types[r] for r in sel.tools_releases):
            continue
        if any(sel.tools_types[r][name] in core_variants for r in sel.tools_releases):
            continue
        versioned.append(Versioned(bases[name], name, macro))
    return ToolsModule(
        arch.name, [(r, release_ident(r)) for r in sel.tools_releases], all_aliases, all_types, views, versioned, common
    )


def _hoist_common(views: list[ReleaseView], core_names: dict[str, str], sel: ArchSelection) -> ReleaseView:
    """Move what every release view declares alike into one ``common`` view they all re-export.

    A name the core module also declares stays in each view: two glob imports of one
    name would make it ambiguous, while an item of the view itself shadows the core's.
    """
    in_core = set(core_names.values()) | {rust_ident(n, "constant") for n in sel.core_constants}
    shared_aliases = set.intersection(*(set(v.aliases) for v in views))
    shared_aliases = {a for a in shared_aliases if a[0] not in in_core}
    keyed = [{(c.name, c.type, c.value) for c in v.constants} for v in views]
    shared_constants = {k for k in set.intersection(*keyed) if k[0] not in in_core}
    common = ReleaseView("", "common", [a for a in views[-1].aliases if a in shared_aliases], [])
    common.constants = [c for c in views[-1].constants if (c.name, c.type, c.value) in shared_constants]
    for v in views:
        v.aliases = [a for a in v.aliases if a not in shared_aliases]
        v.constants = [c for c in v.constants if (c.name, c.type, c.value) not in shared_constants]
    return common


def _rust_version(release: str) -> str:
    """``4.17.7`` -> ``(4, 17, 7)``; a development snapshot (``4.23-unstable``) is its series' point 0."""
    numbers = [int(n) for n in re.findall(r"\d+", release)[:3]]
    return "({}, {}, {})".format(*numbers, *[0] * (3 - len(numbers)))


def render_crate(selection: Selection, name: str) -> dict[str, str]:
    modules = [arch_module(selection, a) for a in selection.archs]
    releases = [(r, release_ident(r), "V" + release_ident(r)[1:]) for r in selection.releases]
    tools_archs = [m.arch for m in modules if m.tools is not None]
    context = {
        "name": name,
        "releases": releases,
        "release_versions": {r: _rust_version(r) for r in selection.releases},
        "range": f"{selection.releases[0]} .. {selection.releases[-1]}",
        "modules": modules,
        "rust_arch": RUST_ARCH,
        "tools_archs": tools_archs,
    }
    files = {
        "Cargo.toml": render("rust/Cargo.toml.j2", **context),
        "README.md": render("rust/README.md.j2", **context),
        "src/lib.rs": render("rust/lib.rs.j2", **context),
    }
    for m in modules:
        files[f"src/{m.arch}.rs"] = render("rust/arch.rs.j2", module=m, **context)
        if m.tools is not None:
            files[f"src/{m.arch}/tools.rs"] = render("rust/tools.rs.j2", module=m, tools=m.tools, **context)
    for path in sorted(STATIC.glob("*.rs")):
        files[f"src/{path.name}"] = path.read_text(encoding="utf-8")
    return files
