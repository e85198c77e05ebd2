"""Stage 3 (C): one header with every architecture's stable core and ``_Static_assert`` layout checks.

The declarations are the same lowered ones cffi gets (``codegen/templates/c/decl.j2``),
selected by the compiler's architecture macros, followed by the core's
constants and a check of every record's size, alignment and member offsets
against the catalogue, so compiling the header proves the layouts.
"""

from __future__ import annotations

from dataclasses import dataclass

from xen_abi.codegen.lower import Lowerer, Record, Typedef
from xen_abi.codegen.render import c_declaration, render
from xen_abi.codegen.select import Selection
from xen_abi.ir.archs import get_arch

# The predefined macros that say which architecture a compiler targets.
ARCH_CONDITIONS = {
    "x86_64": "defined(__x86_64__)",
    "x86_32": "defined(__i386__)",
    "arm64": "defined(__aarch64__)",
    "arm32": "defined(__arm__)",
    "riscv64": "defined(__riscv) && __riscv_xlen == 64",
    "ppc64": "defined(__powerpc64__) && defined(__LITTLE_ENDIAN__)",
}


@dataclass(frozen=True)
class Check:
    expr: str  # a constant expression that must be true
    what: str  # the message


@dataclass(frozen=True)
class ArchSection:
    arch: str
    condition: str
    releases: str
    decls: list[str]
    constants: list[tuple[str, str, str]]  # name, C literal, note
    skipped_constants: list[str]
    checks: list[Check]


def c_literal(value: int) -> str:
    if value < 0:
        return f"(-{-value - 1}LL - 1)" if value == -(1 << 63) else f"(-{-value}LL)"
    return f"{value}ULL" if value > 0xFFFFFFFF else (f"{value}U" if value > 0x7FFFFFFF else str(value))


def _attrs(decl: Record) -> str:
    if decl.packed:
        return " __attribute__((__packed__))"
    if decl.natural_align < decl.align:
        return f" __attribute__((__aligned__({decl.align})))"
    return ""


def _checks(decl: Record | Typedef) -> list[Check]:
    name = decl.name
    checks = [Check(f"sizeof({name}) == {decl.size}", f"size of {name}")]
    if isinstance(decl, Typedef):
        checks.append(Check(f"_Alignof({name}) == {decl.align}", f"alignment of {name}"))
        return checks
    checks.append(Check(f"_Alignof({name}) == {decl.align}", f"alignment of {name}"))
    for f in decl.fields:
        if f.bit_width is None and f.name:
            checks.append(Check(f"__builtin_offsetof({name}, {f.name}) == {f.offset}", f"offset of {name}.{f.name}"))
    return checks


def arch_section(selection: Selection, arch: str) -> ArchSection:
    sel = selection.per_arch[arch]
    lowered = Lowerer(get_arch(arch), sel.variants).lower_set(sorted(c.variant for c in sel.core_types.values()))
    decls, checks, identifiers = [], [], set()
    for name, decl in lowered.items():
        span = sel.core_types[name].span
        note = _span_note(span.since, span.until)
        attrs = _attrs(decl) if isinstance(decl, Record) else ""
        text = c_declaration(decl, attrs=attrs)
        decls.append(f"/* {sel.variants[sel.core_types[name].variant].where}{note} */\n{text}")
        checks += _checks(decl)
        identifiers |= set(text.replace(";", " ").replace("[", " ").split())
    constants, skipped = [], []
    for name, c in sorted(sel.core_constants.items()):
        if name in identifiers:
            skipped.append(name)  # a macro would rename a member or type of the same name
            continue
        constants.append((name, c_literal(c.value), _span_note(c.span.since, c.span.until)))
    releases = f"{sel.releases[0]} .. {sel.releases[-1]}"
    return ArchSection(arch, ARCH_CONDITIONS[arch], releases, decls, constants, skipped, checks)


def _span_note(since: str | None, until: str | None) -> str:
    parts = []
    if since:
        parts.append(f"since {since}")
    if until:
        parts.append(f"until {until}")
    return f" ({', '.join(parts)})" if parts else ""


def render_header(selection: Selection, name: str) -> dict[str, str]:
    sections = [arch_section(selection, a) for a in selection.archs]
    text = render(
        "c/header.h.j2",
        name=name,
        guard=f"{name.upper()}_H",
        releases=selection.releases,
        sections=sections,
    )
    return {f"{name}.h": text}
