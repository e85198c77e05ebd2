"""Stage 3 (Rust): a Cargo crate of ``#[repr(C)]`` types with bindgen-style layout tests.

One module per architecture holds that architecture's stable core, lowered
like the cffi and C outputs (fixed-width members, explicit ``__pad_N``,
bit-fields folded into ``__bits_N``).  Rust has no anonymous members, so each
regrouped overlap becomes a named union (``T__anon_N``) whose struct lanes are
named too (``T__anon_N__L``); the layout tests reach a flattened member
through that path.  64-bit scalars that i386 aligns to 4 are ``U64Align4`` &
co. (``#[repr(packed(4))]``), so every module has its own architecture's
layout on any 64-bit host, where ``cargo test`` checks all of them.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from xen_abi.codegen.lower import Group, Lowered, Lowerer, Member, Record, Typedef, scalar_align
from xen_abi.codegen.names import RUST_KEYWORDS, RUST_UNRAWABLE
from xen_abi.codegen.render import render
from xen_abi.codegen.select import Selection
from xen_abi.common.errors import UsageError
from xen_abi.ir.archs import Arch, get_arch

# Types per #[test] function: thousands of one-type tests take rustc much longer to build.
TEST_BATCH = 50
# Rust's names for our architectures (cfg(target_arch)).
RUST_ARCH = {
    "x86_64": "x86_64",
    "x86_32": "x86",
    "arm64": "aarch64",
    "arm32": "arm",
    "riscv64": "riscv64",
    "ppc64": "powerpc64",
}


def rust_ident(name: str, what: str) -> str:
    """A C identifier as a Rust one (``type`` -> ``r#type``); an error when Rust cannot spell it."""
    if name in RUST_UNRAWABLE:
        raise UsageError(f"{what} {name!r} cannot be a Rust identifier (not even as r#{name})")
    return f"r#{name}" if name in RUST_KEYWORDS else name


@dataclass
class RustField:
    name: str
    type: str


@dataclass
class RustType:
    """A struct or union of the crate (a record, or a named group of one)."""

    name: str
    kind: str  # "struct" | "union"
    repr: str  # "C", "C, packed", "C, align(8)"
    fields: list[RustField]
    doc: str = ""


@dataclass
class LayoutTest:
    type: str
    size: int
    align: int
    offsets: list[tuple[str, str, int]] = field(default_factory=list)  # (C member, Rust path, offset)


@dataclass
class ArchModule:
    arch: str
    rust_arch: str
    releases: str
    aliases: list[tuple[str, str, str]]  # name, target, doc
    types: list[RustType]
    constants: list[tuple[str, str, str, str]]  # name, type, value, doc
    tests: list[LayoutTest]


class _ModuleBuilder:
    def __init__(self, arch: Arch, lowered: dict[str, Lowered]) -> None:
        self.arch = arch
        self.lowered = lowered
        self.names = self._type_names()

    def _type_names(self) -> dict[str, str]:
        """C type name -> Rust type name: tags drop their keyword unless a typedef already owns it."""
        typedefs = {n for n, d in self.lowered.items() if isinstance(d, Typedef) or " " not in n}
        names: dict[str, str] = {}
        for name in self.lowered:
            if " " in name:
                kind, tag = name.split(" ", 1)
                target = self.lowered.get(tag)
                clash = tag in typedefs and not (isinstance(target, Typedef) and target.ctype == name)
                names[name] = f"{kind}_{tag}" if clash else tag
            else:
                names[name] = name
        return {n: rust_ident(r, "type name") for n, r in names.items()}

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

    def typedef_target(self, decl: Typedef) -> str:
        return self.rust_type(decl.ctype, decl.dims)

    def record(self, decl: Record) -> tuple[list[RustType], LayoutTest]:
        rname = self.names[decl.name]
        repr_ = "C, packed" if decl.packed else ("C" if decl.natural_align >= decl.align else f"C, align({decl.align})")
        out: list[RustType] = []
        paths: dict[str, str] = {}
        counter = [0]

        def fields_of(items, prefix: str) -> list[RustField]:
            fields = []
            for item in items:
                if isinstance(item, Member):
                    ident = rust_ident(item.name, f"member of {decl.name}")
                    fields.append(RustField(ident, self.rust_type(item.ctype, item.dims)))
                    paths.setdefault(item.name, f"{prefix}{ident}")
                else:
                    fields.append(group(item, prefix))
            return fields

        def group(g: Group, prefix: str) -> RustField:
            n = counter[0]
            counter[0] += 1
            gname = f"{rname.removeprefix('r#')}__anon_{n}"
            gfield = f"__anon_{n}"
            inner = f"{prefix}{gfield}."
            if g.kind == "union":
                ufields = []
                for lane_no, alt in enumerate(g.items):
                    if isinstance(alt, Member):
                        ufields += fields_of([alt], inner)
                    else:
                        lname = f"{gname}__{lane_no}"
                        lfield = f"__lane_{lane_no}"
                        out.append(RustType(lname, "struct", "C", fields_of(alt.items, f"{inner}{lfield}.")))
                        ufields.append(RustField(lfield, lname))
                out.append(RustType(gname, "union", "C", ufields))
            else:
                out.append(RustType(gname, "struct", "C", fields_of(g.items, inner)))
            return RustField(gfield, gname)

        if decl.kind == "union":
            body = fields_of([i for i in decl.body if isinstance(i, Member)], "")
            for lane_no, alt in enumerate(decl.body):
                if isinstance(alt, Group):
                    lname = f"{rname.removeprefix('r#')}__{lane_no}"
                    out.append(RustType(lname, "struct", "C", fields_of(alt.items, f"__lane_{lane_no}.")))
                    body.append(RustField(f"__lane_{lane_no}", lname))
        else:
            body = fields_of(decl.body, "")
        out.append(RustType(rname, decl.kind, repr_, body, doc=decl.name))
        test = LayoutTest(rname, decl.size, decl.align)
        for f in decl.fields:
            if f.bit_width is None and f.name:
                test.offsets.append((f.name, paths[f.name], f.offset))
        return out, test


def arch_module(selection: Selection, arch_name: str) -> ArchModule:
    sel = selection.per_arch[arch_name]
    arch = get_arch(arch_name)
    lowered = Lowerer(arch, sel.variants).lower_set(sorted(c.variant for c in sel.core_types.values()))
    builder = _ModuleBuilder(arch, lowered)
    aliases, types, tests = [], [], []
    for name, decl in lowered.items():
        span = sel.core_types[name].span
        doc = f"{name} ({sel.variants[sel.core_types[name].variant].where}){_span_note(span.since, span.until)}"
        if isinstance(decl, Typedef):
            target = builder.typedef_target(decl)
            if target != builder.names[name]:  # typedef struct foo foo;
                aliases.append((builder.names[name], target, doc))
            tests.append(LayoutTest(builder.names[name], decl.size, decl.align))
            continue
        made, test = builder.record(decl)
        made[-1].doc = doc
        types += made
        tests.append(test)
    constants = []
    for name, c in sorted(sel.core_constants.items()):
        rtype = "i64" if c.value < 0 else "u64"
        constants.append((rust_ident(name, "constant"), rtype, str(c.value), _span_note(c.span.since, c.span.until)))
    releases = f"{sel.releases[0]} .. {sel.releases[-1]}"
    return ArchModule(arch_name, RUST_ARCH[arch_name], releases, aliases, types, constants, tests)


def _span_note(since: str | None, until: str | None) -> str:
    parts = [f"since {since}"] if since else []
    if until:
        parts.append(f"until {until}")
    return f" ({', '.join(parts)})" if parts else ""


def render_crate(selection: Selection, name: str) -> dict[str, str]:
    modules = [arch_module(selection, a) for a in selection.archs]
    context = {"name": name, "releases": selection.releases, "modules": modules}
    files = {
        "Cargo.toml": render("rust/Cargo.toml.j2", **context),
        "src/lib.rs": render("rust/lib.rs.j2", **context),
    }
    for m in modules:
        files[f"src/{m.arch}.rs"] = render("rust/arch.rs.j2", module=m, batch=TEST_BATCH, **context)
    return files
