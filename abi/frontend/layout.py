"""Our own layout engine: sizes, alignments and offsets per architecture's C ABI.

It follows the rules the psABIs share for everything the Xen headers use:
members in order at the next multiple of their alignment (raised by
``_Alignas``/``aligned``, forced to 1 by ``packed``), records rounded up to
their alignment, unions overlaying at offset 0, flexible and zero-length
arrays of size 0.  Bit-fields are the SysV rule all six targets use: a
bit-field goes at the next free bit unless it would cross a boundary of its
declared type's alignment, and a named bit-field gives the record its type's
alignment.  Enums are ``int`` sized unless a value needs more (GCC's rule;
no target here uses short enums).  clang checks every result (``verify``).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from pycparser import c_ast, c_generator
from xen_abi.common.errors import XenAbiError
from xen_abi.frontend.cexpr import IntType, NotConstant, evaluate
from xen_abi.frontend.parse import ParsedUnit
from xen_abi.ir.archs import Arch
from xen_abi.ir.model import Field, Layout, LayoutKind, TypeEntry

_BASE_WORDS = frozenset({"void", "char", "short", "int", "long", "signed", "unsigned", "_Bool", "float", "double"})
_GENERATOR = c_generator.CGenerator()


class Incomplete(Exception):
    """A type whose layout cannot be known (an undefined struct, a function)."""


@dataclass(frozen=True)
class CType:
    """A type resolved on one architecture."""

    spelling: str
    size: int
    align: int
    integer: IntType | None = None
    layout: Layout | None = None  # for records and enums


def canonical_base(words: list[str]) -> str | None:
    """The canonical spelling of a base type given as keywords, or None."""
    if not words or any(w not in _BASE_WORDS for w in words):
        return None
    longs = words.count("long")
    unsigned = "unsigned" in words
    for name in ("void", "_Bool", "float"):
        if name in words:
            return name
    if "double" in words:
        return "long double" if longs else "double"
    if "char" in words:
        return "unsigned char" if unsigned else ("signed char" if "signed" in words else "char")
    if "short" in words:
        core = "short"
    elif longs >= 2:
        core = "long long"
    elif longs == 1:
        core = "long"
    else:
        core = "int"
    return f"unsigned {core}" if unsigned else core


def _coord(node: c_ast.Node) -> str:
    coord = node.coord
    return f"{coord.file}:{coord.line}" if coord is not None and coord.file else "?"


def _round_up(value: int, align: int) -> int:
    return (value + align - 1) // align * align


class LayoutEngine:
    """Lays out every type of one parsed unit for one architecture."""

    def __init__(self, unit: ParsedUnit, arch: Arch) -> None:
        self.arch = arch
        self.packed = unit.packed
        self.scalars = arch.scalars()
        self.typedefs: dict[str, c_ast.Typedef] = {}
        self.tags: dict[str, c_ast.Node] = {}  # "struct X" -> its defining node
        self.identifiers: dict[str, tuple[int, IntType]] = {}  # enum constants
        self._records: dict[int, Layout] = {}
        self._typedef_types: dict[str, CType] = {}
        self._laying_out: set[int] = set()  # records being laid out: one met again contains itself
        self._pack: list[int | None] = [None]  # #pragma pack stack; top: the maximum member alignment
        self.pack_of: dict[int, int] = {}  # record node -> #pragma pack in effect at its closing brace
        for ext in unit.ast.ext:
            self._collect(ext)

    # -- collection ---------------------------------------------------------

    def _collect(self, node: c_ast.Node) -> None:
        """Register typedefs and tagged definitions, including nested ones, in the order C declares them."""
        for event, found in _declaration_events(node):
            if event is _TYPEDEF:
                self.typedefs[found.name] = found
            elif event is _RECORD:
                self._define(f"{_kind(found)} {found.name}", found)
            elif event is _ENUM:
                if found.name:
                    self._define(f"enum {found.name}", found)
                self._enum_values(found)  # enumerators are in scope from here on
            elif event is _PRAGMA:
                self._pragma(found)
            elif self._pack[-1] is not None:  # _RECORD_END
                self.pack_of[id(found)] = self._pack[-1]

    def _define(self, tag: str, node: c_ast.Node) -> None:
        # One definition may be met twice: "struct T {...} a, b;" shares its node between the declarators.
        if tag in self.tags and self.tags[tag] is not node and _coord(self.tags[tag]) != _coord(node):
            raise XenAbiError(f"redefinition of {tag} (first defined at {_coord(self.tags[tag])})", **_where(node))
        self.tags[tag] = node

    def _pragma(self, node: c_ast.Pragma) -> None:
        """``#pragma pack(N)``, ``pack()``, ``pack(push[, N])``, ``pack(pop)`` as GCC reads them."""
        m = re.fullmatch(r"\s*pack\s*\(\s*(.*?)\s*\)\s*", node.string or "")
        if m is None:
            return  # other pragmas change no layout
        args = [a.strip() for a in m.group(1).split(",")] if m.group(1) else []
        if args and args[0] == "push":
            self._pack.append(self._pack[-1])
            args = args[1:]
        elif args and args[0] == "pop":
            if len(self._pack) > 1:
                self._pack.pop()
            return
        if not args:
            self._pack[-1] = None
            return
        value = int(args[0], 0) if re.fullmatch(r"0x[0-9a-fA-F]+|[0-9]+", args[0]) else -1
        if value not in (1, 2, 4, 8, 16):
            raise XenAbiError(f"#pragma pack({m.group(1)}): alignment must be a small power of two", **_where(node))
        self._pack[-1] = value

    # -- the cexpr.TypeResolver protocol ------------------------------------

    def integer_type(self, spelling: str) -> IntType | None:
        try:
            return self.resolve_spelling(spelling).integer
        except (Incomplete, XenAbiError):
            return None

    def sizeof(self, spelling: str) -> int | None:
        try:
            return self.resolve_spelling(spelling).size
        except (Incomplete, XenAbiError):
            return None

    def alignof(self, spelling: str) -> int | None:
        try:
            return self.resolve_spelling(spelling).align
        except (Incomplete, XenAbiError):
            return None

    def is_type_name(self, identifier: str) -> bool:
        return identifier in self.typedefs

    def evaluate(self, text: str) -> tuple[int, IntType]:
        return evaluate(text, long_bits=self.arch.long * 8, types=self, identifiers=self.identifiers)

    def _constant(self, expr: c_ast.Node, what: str) -> int:
        try:
            return self.evaluate(_GENERATOR.visit(expr))[0]
        except NotConstant as exc:
            raise XenAbiError(
                f"{what} is not an integer constant: {exc}", file=expr.coord.file, line=expr.coord.line
            ) from None

    # -- types ----------------------------------------------------------------

    def resolve_spelling(self, spelling: str) -> CType:
        words = spelling.replace("*", " * ").split()
        if words and words[-1] == "*":
            inner = " ".join(words[:-1])
            return CType(f"{inner} *", self.arch.pointer, self.arch.pointer)
        base = canonical_base(words)
        if base is not None:
            return self._scalar(base)
        if len(words) == 2 and words[0] in ("struct", "union", "enum"):
            return self._tagged(words[0], words[1])
        if len(words) == 1 and words[0] in self.typedefs:
            return self._typedef(words[0])
        raise Incomplete(spelling)

    def _scalar(self, name: str) -> CType:
        s = self.scalars[name]
        integer = IntType(s.size * 8, s.signed) if s.integer else None
        return CType(name, s.size, s.align, integer)

    def _typedef(self, name: str) -> CType:
        if name not in self._typedef_types:
            inner = self.type_of(self.typedefs[name].type)
            self._typedef_types[name] = CType(name, inner.size, inner.align, inner.integer, inner.layout)
        return self._typedef_types[name]

    def _tagged(self, kind: str, tag: str) -> CType:
        node = self.tags.get(f"{kind} {tag}")
        if node is None:
            raise Incomplete(f"{kind} {tag}")
        layout = self._record_or_enum(node)
        return CType(f"{kind} {tag}", layout.size, layout.align, _enum_int(layout), layout)

    def type_of(self, node: c_ast.Node) -> CType:
        """Resolve a pycparser type node (TypeDecl, PtrDecl, ArrayDecl, ...)."""
        if isinstance(node, c_ast.TypeDecl):
            return self.type_of(node.type)
        if isinstance(node, c_ast.Typename):
            return self.type_of(node.type)
        if isinstance(node, c_ast.IdentifierType):
            base = canonical_base(node.names)
            if base is not None:
                return self._scalar(base)
            if len(node.names) == 1 and node.names[0] in self.typedefs:
                return self._typedef(node.names[0])
            raise XenAbiError(f"unknown type {' '.join(node.names)!r}", file=node.coord.file, line=node.coord.line)
        if isinstance(node, (c_ast.Struct, c_ast.Union, c_ast.Enum)):
            kind = _kind(node)
            if node.name:
                return self._tagged(kind, node.name)
            layout = self._record_or_enum(node)
            return CType(self.spell_anonymous(node), layout.size, layout.align, _enum_int(layout), layout)
        if isinstance(node, c_ast.PtrDecl):
            return CType(f"{self.spell(node.type)} *", self.arch.pointer, self.arch.pointer)
        if isinstance(node, c_ast.ArrayDecl):
            elem = self.type_of(node.type)
            if elem.spelling == "void":
                raise XenAbiError("array of void", **_where(node))
            count = self._constant(node.dim, "array size") if node.dim is not None else 0
            if count < 0:
                raise XenAbiError(f"size of array is negative ({count})", **_where(node))
            if elem.size * count >= 1 << (self.arch.pointer * 8 - 1):
                raise XenAbiError(f"array is too large ({count} elements of {elem.size} bytes)", **_where(node))
            return CType(self.spell(node), elem.size * count, elem.align)
        if isinstance(node, c_ast.FuncDecl):
            raise Incomplete("function type")
        raise XenAbiError(
            f"unsupported type construct {type(node).__name__}", file=node.coord.file, line=node.coord.line
        )

    # -- spelling ---------------------------------------------------------------

    def spell(self, node: c_ast.Node) -> str:
        """The C spelling of a type, e.g. ``uint8_t[16]``, ``struct foo *``."""
        dims = ""
        while isinstance(node, c_ast.ArrayDecl):
            dims += f"[{self._constant(node.dim, 'array size')}]" if node.dim is not None else "[]"
            node = node.type
        if isinstance(node, c_ast.TypeDecl):
            node = node.type
        if isinstance(node, c_ast.IdentifierType):
            base = canonical_base(node.names) or " ".join(node.names)
        elif isinstance(node, (c_ast.Struct, c_ast.Union, c_ast.Enum)):
            base = f"{_kind(node)} {node.name}" if node.name else self.spell_anonymous(node)
        elif isinstance(node, c_ast.PtrDecl):
            base = "void (*)()" if isinstance(node.type, c_ast.FuncDecl) else f"{self.spell(node.type)} *"
        elif isinstance(node, c_ast.FuncDecl):
            base = "function"
        else:
            base = type(node).__name__
        return base + dims

    def spell_anonymous(self, node: c_ast.Node) -> str:
        kind = _kind(node)
        if isinstance(node, c_ast.Enum):
            names = ", ".join(e.name for e in node.values.enumerators)
            return f"enum {{ {names} }}"
        members = []
        for decl in node.decls or ():
            text = self.spell(decl.type)
            if decl.name:
                text += f" {decl.name}"
            if decl.bitsize is not None:
                text += f":{self._constant(decl.bitsize, 'bit-field width')}"
            members.append(text + ";")
        return f"{kind} {{ {' '.join(members)} }}"

    # -- records and enums ----------------------------------------------------

    def _record_or_enum(self, node: c_ast.Node) -> Layout:
        key = id(node)
        if key not in self._records:
            if isinstance(node, c_ast.Enum):
                self._records[key] = self._enum_layout(node)
            else:
                self._records[key] = self._record_or_enum_guarded(node)
        return self._records[key]

    def _enum_values(self, node: c_ast.Enum) -> list[tuple[str, int]]:
        values: list[tuple[str, int]] = []
        nxt = 0
        for e in node.values.enumerators:
            value = self._constant(e.value, f"value of {e.name}") if e.value is not None else nxt
            values.append((e.name, value))
            fits_int = -(1 << 31) <= value < (1 << 31)
            self.identifiers[e.name] = (value, IntType(32, True) if fits_int else IntType(64, value < 0))
            nxt = value + 1
        return values

    def _enum_layout(self, node: c_ast.Enum) -> Layout:
        values = [(e.name, self.identifiers[e.name][0]) for e in node.values.enumerators]
        low = min((v for _, v in values), default=0)
        high = max((v for _, v in values), default=0)
        if low >= -(1 << 31) and high < (1 << 32) and not (low < 0 and high >= (1 << 31)):
            size, align = 4, 4
        else:
            size, align = 8, self.arch.long_long_align
        return Layout(LayoutKind.ENUM, size, align, enumerators=tuple(values))

    def _record_or_enum_guarded(self, node: c_ast.Node) -> Layout:
        if id(node) in self._laying_out:
            name = f"{_kind(node)} {node.name}" if node.name else _kind(node)
            raise XenAbiError(f"{name} contains itself (field has incomplete type)", **_where(node))
        self._laying_out.add(id(node))
        try:
            return self._record_layout(node)
        finally:
            self._laying_out.discard(id(node))

    def _record_layout(self, node: c_ast.Node) -> Layout:
        kind = _kind(node)
        packed = bool(node.name) and f"{kind} {node.name}" in self.packed
        pack = self.pack_of.get(id(node))  # #pragma pack: a cap on member alignment
        fields: list[Field] = []
        bits = 0  # next free bit (structs); size in bits so far (unions)
        align = 1
        members = [
            d
            for d in node.decls or ()
            if isinstance(d, c_ast.Decl)
            # a nested tag declaration, not a member (C11 6.7.2.1p13)
            and not (d.name is None and isinstance(d.type, (c_ast.Struct, c_ast.Union)) and d.type.name)
        ]
        for index, decl in enumerate(members):
            ctype = self.type_of(decl.type)
            self._check_member(decl, ctype, last=index == len(members) - 1, kind=kind)
            member_align = 1 if packed else ctype.align
            for spec in decl.align or ():
                member_align = max(member_align, self._constant(spec.alignment, "alignment"))
            if pack is not None:
                member_align = min(member_align, pack)
            if decl.bitsize is not None:
                width = self._bit_width(decl, ctype)
                unit_bits = member_align * 8
                if width == 0:
                    bits = _round_up(bits, min(ctype.align, pack or ctype.align) * 8)
                    continue
                start = 0 if kind == "union" else bits
                # GCC moves a bit-field that would straddle its type's alignment, except when packed
                # or under #pragma pack (stor-layout.c: maximum_field_alignment == 0).
                straddles = start // unit_bits != (start + width - 1) // unit_bits
                if not packed and pack is None and straddles:
                    start = _round_up(start, unit_bits)
                unit = start // unit_bits * member_align
                if decl.name:
                    fields.append(Field(decl.name, self.spell(decl.type), unit, ctype.size, start - unit * 8, width))
                    align = max(align, member_align)
                bits = max(bits, start + width)
                continue
            offset = 0 if kind == "union" else _round_up(bits, member_align * 8) // 8
            align = max(align, member_align)
            bits = max(bits, (offset + ctype.size) * 8)
            if decl.name is None and ctype.layout is not None and ctype.layout.kind in ("struct", "union"):
                fields.extend(_shift(f, offset) for f in ctype.layout.fields)
            elif decl.name:
                fields.append(Field(decl.name, ctype.spelling, offset, ctype.size))
        size = _round_up((bits + 7) // 8, align)
        return Layout(LayoutKind(kind), size, align, fields=tuple(fields), packed=packed)

    def _check_member(self, decl: c_ast.Decl, ctype: CType, *, last: bool, kind: str) -> None:
        """What GCC refuses in a member: void, and a flexible array anywhere but last in a struct."""
        if ctype.spelling == "void":
            raise XenAbiError(f"member {decl.name or '(unnamed)'} has type void", **_where(decl))
        flexible = isinstance(decl.type, c_ast.ArrayDecl) and decl.type.dim is None
        if flexible and not last and kind == "struct":
            raise XenAbiError(f"flexible array member {decl.name} not at end of struct", **_where(decl))

    def _bit_width(self, decl: c_ast.Decl, ctype: CType) -> int:
        """A bit-field's width, refused where GCC refuses it."""
        width = self._constant(decl.bitsize, "bit-field width")
        name = decl.name or "(unnamed)"
        if ctype.integer is None and ctype.spelling != "_Bool":
            raise XenAbiError(f"bit-field {name} has non-integer type {ctype.spelling}", **_where(decl))
        bits = 1 if ctype.spelling == "_Bool" else ctype.size * 8
        if width < 0:
            raise XenAbiError(f"negative width in bit-field {name}", **_where(decl))
        if width > bits:
            raise XenAbiError(
                f"width of bit-field {name} ({width} bits) exceeds its type ({bits} bits)", **_where(decl)
            )
        if width == 0 and decl.name:
            raise XenAbiError(f"zero width for bit-field {decl.name}", **_where(decl))
        return width

    # -- output ---------------------------------------------------------------

    def type_entries(self) -> Iterator[TypeEntry]:
        """Every named type of the unit that has a layout."""
        for name, node in self.tags.items():
            try:
                yield TypeEntry(name, self._record_or_enum(node), _coord(node))
            except Incomplete:
                continue
        for name, node in self.typedefs.items():
            target = node.type.type if isinstance(node.type, c_ast.TypeDecl) else None
            try:
                if isinstance(target, (c_ast.Struct, c_ast.Union, c_ast.Enum)) and not target.name:
                    body = target.values if isinstance(target, c_ast.Enum) else target.decls
                    if body is None:
                        continue
                    yield TypeEntry(name, self._record_or_enum(target), _coord(node))
                else:
                    ctype = self.type_of(node.type)
                    yield TypeEntry(
                        name,
                        Layout(LayoutKind.TYPEDEF, ctype.size, ctype.align, target=self.spell(node.type)),
                        _coord(node),
                    )
            except Incomplete:
                continue


_TYPEDEF, _RECORD, _ENUM, _PRAGMA, _RECORD_END = "typedef", "record", "enum", "pragma", "record end"
_EVENTS: dict[int, tuple[c_ast.Node, list[tuple[str, c_ast.Node]]]] = {}  # id(top-level node) -> (it, events)
_MAX_EVENTS = 60_000


def _declaration_events(top: c_ast.Node) -> list[tuple[str, c_ast.Node]]:
    """What collection does with a top-level declaration's nodes, in order: found once per node.

    The parser shares a declaration's nodes between the units that contain
    it (xen_abi.frontend.parse), so each engine replays this list instead of
    walking the tree again.  The entry keeps its node alive, so its id is not reused.
    """
    known = _EVENTS.get(id(top))
    if known is not None and known[0] is top:
        return known[1]
    events: list[tuple[str, c_ast.Node]] = []

    def walk(node: c_ast.Node) -> None:
        if isinstance(node, c_ast.FuncDef):
            return  # block-scope types of inline helpers are not interface types
        if isinstance(node, c_ast.Pragma):
            events.append((_PRAGMA, node))
            return
        if isinstance(node, c_ast.Typedef):
            events.append((_TYPEDEF, node))
        record = isinstance(node, (c_ast.Struct, c_ast.Union)) and node.decls is not None
        if record and node.name:
            events.append((_RECORD, node))
        if isinstance(node, c_ast.Enum) and node.values is not None:
            events.append((_ENUM, node))
        for _, child in node.children():
            walk(child)
        if record:
            events.append((_RECORD_END, node))  # the #pragma pack in effect at its closing brace

    walk(top)
    if len(_EVENTS) >= _MAX_EVENTS:
        _EVENTS.clear()
    _EVENTS[id(top)] = (top, events)
    return events


def _where(node: c_ast.Node) -> dict:
    coord = node.coord
    return {"file": coord.file, "line": coord.line} if coord is not None and coord.file else {}


def _kind(node: c_ast.Node) -> str:
    if isinstance(node, c_ast.Struct):
        return "struct"
    if isinstance(node, c_ast.Union):
        return "union"
    return "enum"


def _enum_int(layout: Layout) -> IntType | None:
    if layout.kind != "enum":
        return None
    signed = any(v < 0 for _, v in layout.enumerators)
    return IntType(layout.size * 8, signed or (layout.size == 4 and all(v < (1 << 31) for _, v in layout.enumerators)))


def _shift(f: Field, offset: int) -> Field:
    return Field(f.name, f.type, f.offset + offset, f.size, f.bit_offset, f.bit_width)
