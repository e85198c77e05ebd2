"""Check the catalogue against a real compiler: clang, through libclang.

clang compiles the same headers on its own, with its own predefined macros
for each ``--target`` (only visibility and our fixed-width stub are shared),
so a mistake in our preprocessing shows up as surely as one in our layout
arithmetic.  For every type of a configuration we compare size, alignment,
every field's bit offset, size and bit-field width, and every enumerator;
for every constant with a value, clang evaluates the macro itself in a
``_Static_assert`` against ours.
"""

from __future__ import annotations

import re
import tempfile
from dataclasses import dataclass, field
from pathlib import Path

from xen_abi.common.errors import XenAbiError
from xen_abi.frontend.preprocess import STUB_INCLUDE, TU_NAME, visibility_defines
from xen_abi.ir.archs import get_arch
from xen_abi.ir.model import ConfigABI

_ASSERT_TAG = re.compile(r"xen-abi-constant:(\w+)")


@dataclass(frozen=True)
class Mismatch:
    config: str
    item: str
    what: str
    ours: object
    clang: object

    def __str__(self) -> str:
        return f"{self.config}: {self.item}: {self.what}: ours {self.ours!r}, clang {self.clang!r}"


@dataclass
class VerifyResult:
    release: str
    config: str
    types: int = 0
    fields: int = 0
    constants: int = 0
    mismatches: list[Mismatch] = field(default_factory=list)


def _cindex():
    try:
        import clang.cindex as cindex
    except ImportError:
        raise XenAbiError("libclang is not installed: pip install libclang") from None
    return cindex


def _literal(value: int) -> str:
    if value >= 0:
        return f"0x{value:x}ULL"
    if value == -(1 << 63):
        return "(-0x7fffffffffffffffLL - 1)"
    return f"(-0x{-value:x}LL)"


def clang_args(root: Path, alias: Path, abi: ConfigABI, interface_version: int | None) -> list[str]:
    arch = get_arch(abi.config.arch)
    return [
        f"--target={arch.clang_target}",
        "-ffreestanding",
        "-nostdinc",
        "-std=gnu17",
        "-I",
        str(STUB_INCLUDE),
        "-I",
        str(alias),
        "-iquote",
        str(root),
        "-Wno-implicit-function-declaration",
        *visibility_defines(abi.config.visibility, interface_version),
    ]


def verify_config(release: str, root: Path, abi: ConfigABI, interface_version: int | None) -> VerifyResult:
    """Compare one configuration of the catalogue with clang's view of ``root``."""
    cindex = _cindex()
    result = VerifyResult(release, abi.config.key)
    lines = ["#include <stdint.h>", "#include <stddef.h>"]
    lines += [f'#include "{h}"' for h in abi.headers]
    first_assert = len(lines) + 1
    checked = sorted((c for c in abi.constants.values() if c.value is not None), key=lambda c: c.name)
    for c in checked:
        assert c.value is not None
        v = _literal(c.value)
        lines.append(
            f'_Static_assert((({c.name}) == {v}) && ((({c.name}) < 0) == ({v} < 0)), "xen-abi-constant:{c.name}");'
        )
    source = "\n".join(lines) + "\n"
    with tempfile.TemporaryDirectory(prefix="xen-abi-verify-") as alias:
        (Path(alias) / "public").symlink_to(root.resolve(), target_is_directory=True)
        args = clang_args(root, Path(alias), abi, interface_version)
        index = cindex.Index.create()
        unit_path = str(root / TU_NAME)
        tu = index.parse(unit_path, args=args, unsaved_files=[(unit_path, source)])
    config = abi.config.key
    for diag in tu.diagnostics:
        if diag.severity < cindex.Diagnostic.Error:
            continue
        loc = diag.location
        in_unit = loc.file is not None and loc.file.name == unit_path
        if in_unit and loc.line >= first_assert:
            name = checked[loc.line - first_assert].name
            ours = abi.constants[name].value
            result.mismatches.append(Mismatch(config, name, "constant", ours, diag.spelling))
        else:
            where = f"{loc.file.name if loc.file else '?'}:{loc.line}"
            result.mismatches.append(Mismatch(config, where, "clang error", None, diag.spelling))
    result.constants = len(checked) - sum(1 for m in result.mismatches if m.what == "constant")
    decls = _declarations(cindex, tu.cursor)
    for name, entry in sorted(abi.types.items()):
        cursor = decls.get(name)
        if cursor is None:
            result.mismatches.append(Mismatch(config, name, "type", "present", "not found"))
            continue
        _compare(cindex, result, name, entry.layout, cursor)
    return result


def _declarations(cindex, root) -> dict:
    """Every named record/enum definition and typedef in the unit, by our naming."""
    kinds = {
        cindex.CursorKind.STRUCT_DECL: "struct",
        cindex.CursorKind.UNION_DECL: "union",
        cindex.CursorKind.ENUM_DECL: "enum",
    }
    found: dict = {}

    def visit(cursor) -> None:
        for child in cursor.get_children():
            kind = child.kind
            if kind in kinds and child.is_definition():
                if child.spelling and not child.is_anonymous():
                    found.setdefault(f"{kinds[kind]} {child.spelling}", child)
                visit(child)
            elif kind == cindex.CursorKind.TYPEDEF_DECL:
                found.setdefault(child.spelling, child)

    visit(root)
    return found


def _clang_fields(cindex, ctype, base: int, out: list) -> None:
    for f in ctype.get_canonical().get_fields():
        offset = base + f.get_field_offsetof()
        ftype = f.type.get_canonical()
        # An anonymous member: libclang names its field after the unnamed record
        # ("union s::(anonymous at ...)"), while a named member of an unnamed
        # record type keeps its own name.
        anonymous = ftype.kind == cindex.TypeKind.RECORD and (
            not f.spelling or "(anonymous" in f.spelling or "(unnamed" in f.spelling
        )
        if anonymous:
            _clang_fields(cindex, ftype, offset, out)
        elif f.spelling:
            width = f.get_bitfield_width() if f.is_bitfield() else None
            size = ftype.get_size()
            out.append((f.spelling, offset, size if size >= 0 else 0, width))


def _compare(cindex, result: VerifyResult, name: str, layout, cursor) -> None:
    config = result.config
    ctype = cursor.underlying_typedef_type if cursor.kind == cindex.CursorKind.TYPEDEF_DECL else cursor.type
    size, align = ctype.get_size(), ctype.get_align()
    result.types += 1
    if (layout.size, layout.align) != (size, align):
        result.mismatches.append(Mismatch(config, name, "size/align", (layout.size, layout.align), (size, align)))
    if layout.kind in ("struct", "union"):
        theirs: list = []
        _clang_fields(cindex, ctype, 0, theirs)
        ours = [(f.name, f.offset * 8 + (f.bit_offset or 0), f.size, f.bit_width) for f in layout.fields]
        result.fields += len(ours)
        if ours != theirs:
            for a, b in zip(ours, theirs, strict=False):
                if a != b:
                    result.mismatches.append(Mismatch(config, name, "field (name, bit offset, size, width)", a, b))
                    break
            else:
                result.mismatches.append(Mismatch(config, name, "field count", len(ours), len(theirs)))
    elif layout.kind == "enum":
        decl = ctype.get_canonical().get_declaration()
        theirs = [
            (c.spelling, c.enum_value) for c in decl.get_children() if c.kind == cindex.CursorKind.ENUM_CONSTANT_DECL
        ]
        if list(layout.enumerators) != theirs:
            result.mismatches.append(Mismatch(config, name, "enumerators", layout.enumerators, theirs))
