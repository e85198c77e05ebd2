"""Stage 2 of codegen: lower a catalogue layout to declarations any C-like target can state exactly.

Binding languages cannot be trusted with a foreign architecture's layout
rules (cffi lays out for the host, ignores ``_Alignas`` and rejects
attributes).  So every record is restated with:

* fixed-width scalars of the target (``unsigned long`` -> ``uint32_t`` on
  32-bit targets, pointers and guest handles -> the pointer-sized integer,
  enums -> the integer of their size);
* an explicit ``__pad_N`` byte array before every member that does not
  follow the previous one directly, and at the tail;
* bit-fields folded into one integer (or byte array) per run of overlapping
  storage, named ``__bits_N``; their positions travel as data
  (``BitField``) so accessors need no compiler;
* members that overlap (anonymous unions the catalogue flattened) regrouped
  into anonymous unions of anonymous structs ("lanes");
* a named member of an anonymous record type kept as a byte array of its
  size, with a typed *view* per member when that anonymous record is a union
  of named types (``xen_dm_op.u``).

Declared this way, a record has the catalogue's offsets and size whether the
consumer packs it (any host) or lays it out naturally (the target itself);
``natural`` checks the latter with the target's own alignment rules, so a
record that needs packing even on its own architecture is marked ``packed``.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass, field, replace

from xen_abi.analysis.typegraph import STANDARD_TYPES
from xen_abi.codegen.select import Variant
from xen_abi.common.spelling import record_members, split_array
from xen_abi.ir.archs import Arch
from xen_abi.ir.model import Field, Layout

_DIMS = re.compile(r"((?:\[\d*\])+)$")
_TAGGED = re.compile(r"(struct|union|enum)\s+([A-Za-z_]\w*)")
_SIMPLE_TYPE = re.compile(r"[A-Za-z_][\w ]*")  # no pointer, no record: a type a typed view can name
_FIXED_DIMS = re.compile(r"(?:\[\d+\])*")

# Base C types the headers spell, by how they lower.
_SIGNED_INTS = {"signed char": 1, "short": 2, "int": 4, "long long": 8}
_UNSIGNED_INTS = {"unsigned char": 1, "unsigned short": 2, "unsigned int": 4, "unsigned long long": 8, "_Bool": 1}
_FLOATS = {"float", "double"}


class LoweringError(Exception):
    """The catalogue holds something a binding cannot state exactly (a generator bug or a new construct)."""


@dataclass(frozen=True)
class Member:
    """One declared member of a lowered record."""

    name: str
    ctype: str  # element type: "uint32_t", "char", "struct foo", "xen_pfn_t"
    dims: tuple[int | None, ...]  # array dimensions; None is a flexible "[]"
    offset: int  # from the start of the outermost record
    size: int
    role: str = "field"  # "field" | "pad" | "bits" | "opaque"
    covers: tuple[str, ...] = ()  # bits: the bit-fields folded in; opaque: the C spelling it stands for


@dataclass(frozen=True)
class Group:
    """An anonymous struct or union member grouping lanes of overlapping members."""

    kind: str  # "struct" | "union"
    offset: int
    size: int
    items: tuple[Member | Group, ...]


@dataclass(frozen=True)
class BitField:
    """A bit-field, read as ``(little-endian int of size bytes at offset) >> shift & mask``."""

    name: str
    offset: int  # byte offset of its storage unit
    unit: int  # storage unit size in bytes
    shift: int
    width: int
    signed: bool


@dataclass(frozen=True)
class Record:
    name: str  # "struct foo", "union bar" or a typedef name of an anonymous record
    kind: str  # "struct" | "union"
    size: int
    align: int  # the catalogue's
    body: tuple[Member | Group, ...]
    fields: tuple[Field, ...]  # the catalogue's fields, for checks
    bitfields: tuple[BitField, ...] = ()
    views: dict[str, dict[str, str]] = field(default_factory=dict)  # opaque member -> {view member: C type}
    packed: bool = False  # natural layout on the target itself would differ: declare packed
    natural_align: int = 0  # what a natural (unpacked) declaration aligns to on the target


@dataclass(frozen=True)
class Typedef:
    name: str
    ctype: str
    dims: tuple[int | None, ...]
    size: int
    align: int


Lowered = Record | Typedef


def scalar_ctype(base: str, arch: Arch) -> tuple[str, int] | None:
    """The fixed-width spelling and size of a base C type on ``arch``, or None."""
    if base == "char":
        return "char", 1
    if base in _SIGNED_INTS:
        n = _SIGNED_INTS[base]
        return f"int{8 * n}_t", n
    if base in _UNSIGNED_INTS:
        n = _UNSIGNED_INTS[base]
        return f"uint{8 * n}_t", n
    if base in ("long", "intptr_t"):
        return f"int{8 * arch.long}_t", arch.long
    if base in ("unsigned long", "uintptr_t", "size_t"):
        return f"uint{8 * arch.long}_t", arch.long
    if base in STANDARD_TYPES:
        bits = int(re.sub(r"\D", "", base))
        return base, bits // 8
    if base in _FLOATS:
        return base, 4 if base == "float" else 8
    return None


def split_dims(spelling: str) -> tuple[str, tuple[int | None, ...]]:
    """``uint8_t[3][4]`` -> (``uint8_t``, (3, 4)); ``[]`` is None."""
    m = _DIMS.search(spelling)
    if not m or "}" in spelling[m.start() :]:
        return spelling.strip(), ()
    dims = tuple(int(d) if d else None for d in re.findall(r"\[(\d*)\]", m.group(1)))
    return spelling[: m.start()].strip(), dims


class Lowerer:
    """Lowers the variants of one architecture; knows every type the output declares."""

    def __init__(self, arch: Arch, variants: dict[str, Variant]) -> None:
        self.arch = arch
        self.variants = variants
        self.by_name: dict[str, Layout] = {}

    def lower_set(self, ids: list[str]) -> dict[str, Lowered]:
        """Lower the variants ``ids`` (one per name), which must be closed under dependencies."""
        chosen = {self.variants[i].name: self.variants[i] for i in ids}
        self.by_name = {n: v.layout for n, v in chosen.items()}
        out: dict[str, Lowered] = {}
        for name in _dependency_order(chosen):
            lowered = self._lower(chosen[name])
            if lowered is not None:
                out[name] = lowered
        _check_natural(out, self.arch)
        return out

    # -- types of members --------------------------------------------------------

    def element(self, spelling: str, size: int, *, member: bool = True) -> tuple[str, tuple[int | None, ...], str]:
        """(element C type, dims, role) for a member (or typedef target) of ``size`` bytes."""
        if "{" in spelling and not spelling.startswith("enum"):
            return self._opaque(size, self.spelling_align(spelling))
        base, dims = split_dims(spelling)
        count = math.prod(d for d in dims if d is not None) if dims else 1
        if None in dims:
            count = 0
        elem_size = size // count if count else None
        if base.endswith("*") or "(" in base:
            return f"uint{8 * self.arch.pointer}_t", dims, "field"
        if base.startswith("enum"):
            return self._enum_int(base, elem_size), dims, "field"
        if (scalar := scalar_ctype(base, self.arch)) is not None:
            if elem_size is not None and scalar[1] != elem_size:
                return "uint8_t", (size,), "opaque"
            return scalar[0], dims, "field"
        m = _TAGGED.fullmatch(base)
        name = f"{m.group(1)} {m.group(2)}" if m else base
        if name in self.by_name and self.by_name[name].kind != "enum":
            target = self.by_name[name]
            if target.kind == "typedef" and self._typedef_is_opaque(name):
                return "uint8_t", (size,), "opaque"
            if member and target.size == 0:
                # A type of size 0 (GNU C's empty struct) embedded by value: cffi
                # would give it a byte, so the member is declared as no bytes at all.
                return "uint8_t", (0,), "opaque"
            return name, dims, "field"
        if name in self.by_name:  # a named enum
            return self._enum_int(name, elem_size), dims, "field"
        # An incomplete or unknown type: its bytes are all a binding can promise.
        return "uint8_t", (size,), "opaque"

    def _opaque(self, size: int, align: int | None) -> tuple[str, tuple[int | None, ...], str]:
        """Bytes standing for a member, as the widest integer array that keeps its alignment."""
        for ctype in ("uint64_t", "uint32_t", "uint16_t"):
            width = int(ctype[4:-2]) // 8
            if align == scalar_align(ctype, self.arch) and size % width == 0:
                return ctype, (size // width,), "opaque"
        return "uint8_t", (size,), "opaque"

    def spelling_align(self, spelling: str) -> int | None:
        """The alignment of a type spelling (anonymous records included), or None if unknown."""
        base, _ = split_dims(spelling)
        if base.startswith(("struct {", "union {")):
            aligns = []
            for _, mtype in record_members(base):
                align = self.spelling_align(mtype.split(":")[0])
                if align is None:
                    return None
                aligns.append(align)
            return max(aligns, default=1)
        if base.endswith("*") or "(" in base:
            return self.arch.pointer
        if (scalar := scalar_ctype(base, self.arch)) is not None:
            return scalar_align(scalar[0], self.arch)
        m = _TAGGED.fullmatch(base)
        layout = self.by_name.get(f"{m.group(1)} {m.group(2)}" if m else base)
        return layout.align if layout is not None else None

    def _enum_int(self, name: str, size: int | None) -> str:
        layout = self.by_name.get(name)
        size = size or (layout.size if layout else 4)
        values = [v for _, v in layout.enumerators] if layout else []
        signed = not values or min(values) < 0 or max(values) < (1 << (8 * size - 1))
        return f"{'' if signed else 'u'}int{8 * size}_t"

    def _typedef_is_opaque(self, name: str) -> bool:
        layout = self.by_name[name]
        return layout.target is None or layout.target == "void" or layout.target.startswith("function")

    # -- declarations -----------------------------------------------------------------

    def _lower(self, variant: Variant) -> Lowered | None:
        layout = variant.layout
        if variant.name in STANDARD_TYPES or layout.kind == "enum":
            return None  # enums are lowered to integers where used; their values are constants
        if layout.kind == "typedef":
            if self._typedef_is_opaque(variant.name):
                return None
            ctype, dims, _ = self.element(layout.target or "", layout.size, member=False)
            return Typedef(variant.name, ctype, dims, layout.size, layout.align)
        return self._record(variant.name, layout)

    def _record(self, name: str, layout: Layout) -> Record:
        items: list[Member] = []
        views: dict[str, dict[str, str]] = {}
        bitfields: list[BitField] = []
        bit_fields: list[Field] = []
        for f in layout.fields:
            if f.bit_width is not None:
                bitfields.append(self._bitfield(f))
                bit_fields.append(f)
                continue
            ctype, dims, role = self.element(f.type, f.size)
            covers = (f.type,) if role == "opaque" else ()
            items.append(Member(f.name, ctype, dims, f.offset, f.size, role, covers))
            if role == "opaque" and (view := self._view(f.type)):
                views[f.name] = view
        for run in _merge_runs(bit_fields, layout.size):
            start = min(f.offset for f in run)
            end = min(max(f.offset + f.size for f in run), layout.size)
            align = max(self.spelling_align(f.type) or 1 for f in run)
            ctype, dims, _ = self._opaque(end - start, align if start % align == 0 else 1)
            if dims == (1,):
                dims = ()  # one storage unit reads best as a plain integer
            items.append(Member("", ctype, dims, start, end - start, "bits", tuple(f.name for f in run)))
        items.sort(key=lambda m: m.offset)
        namer = _Namer({f.name for f in layout.fields})
        if layout.kind == "union":
            body: tuple[Member | Group, ...] = (_lanes(items, 0, layout.size, namer),)
            body = _unwrap_union(body[0]) if isinstance(body[0], Group) else body
        else:
            body = tuple(_sequence(items, 0, layout.size, namer))
        return Record(name, layout.kind, layout.size, layout.align, body, layout.fields, tuple(bitfields), views)

    def _bitfield(self, f: Field) -> BitField:
        base, _ = split_dims(f.type)
        signed = False
        if (scalar := scalar_ctype(base, self.arch)) is not None:
            signed = scalar[0].startswith("int") or (scalar[0] == "char" and self.arch.char_signed)
        elif base in self.by_name and self.by_name[base].kind == "typedef":
            target = self.by_name[base].target or ""
            sc = scalar_ctype(target, self.arch)
            signed = bool(sc and sc[0].startswith("int"))
        return BitField(f.name, f.offset, f.size, f.bit_offset or 0, f.bit_width or 0, signed)

    def _view(self, spelling: str) -> dict[str, str]:
        """Typed views of an anonymous union of named members; {} for anything else."""
        base, dims = split_dims(spelling)
        if dims or not base.startswith("union {"):
            return {}
        view: dict[str, str] = {}
        for name, mtype in record_members(base):
            ctype, mdims = split_array(mtype)
            if name.startswith("#") or not _SIMPLE_TYPE.fullmatch(ctype) or not _FIXED_DIMS.fullmatch(mdims):
                continue  # an anonymous struct member, a bit-field or a pointer: no typed view
            elem, _, role = self.element(ctype, self._size_of(ctype) or 0)
            if role != "field":
                continue
            view[name] = elem + mdims
        return view

    def _size_of(self, spelling: str) -> int | None:
        if (sc := scalar_ctype(spelling, self.arch)) is not None:
            return sc[1]
        layout = self.by_name.get(spelling)
        return layout.size if layout else None


def _merge_runs(fields: list[Field], record_size: int) -> list[list[Field]]:
    """Bit-fields grouped by overlapping storage units: each group is one declared storage member."""
    merged: list[list[Field]] = []
    end = -1
    for f in sorted(fields, key=lambda f: f.offset):
        stop = min(f.offset + f.size, record_size)
        if merged and f.offset < end:
            merged[-1].append(f)
            end = max(end, stop)
        else:
            merged.append([f])
            end = stop
    return merged


class _Namer:
    """Fresh names for pads and bit-field storage that clash with no member."""

    def __init__(self, taken: set[str]) -> None:
        self.taken = taken
        self.counts: dict[str, int] = {}

    def fresh(self, prefix: str) -> str:
        while True:
            n = self.counts.get(prefix, 0)
            self.counts[prefix] = n + 1
            name = f"__{prefix}_{n}"
            if name not in self.taken:
                self.taken.add(name)
                return name


def _pad(namer: _Namer, offset: int, size: int) -> Member:
    return Member(namer.fresh("pad"), "uint8_t", (size,), offset, size, "pad")


def _named(item: Member, namer: _Namer) -> Member:
    if item.role == "bits" and not item.name:
        return Member(namer.fresh("bits"), item.ctype, item.dims, item.offset, item.size, "bits", item.covers)
    return item


def _end(item: Member) -> int:
    return item.offset + item.size


def _sequence(items: list[Member], start: int, end: int, namer: _Namer) -> list[Member | Group]:
    """Members laid one after another from ``start`` to ``end``, overlaps regrouped as unions."""
    out: list[Member | Group] = []
    pos = start
    clusters: list[list[Member]] = []
    for item in items:
        if clusters and item.offset < max(_end(m) for m in clusters[-1]):
            clusters[-1].append(item)
        else:
            clusters.append([item])
    for cluster in clusters:
        c_start = cluster[0].offset
        c_end = max(_end(m) for m in cluster)
        if c_start > pos:
            out.append(_pad(namer, pos, c_start - pos))
        if len(cluster) == 1:
            out.append(_named(cluster[0], namer))
        else:
            out.append(_lanes(cluster, c_start, c_end, namer))
        pos = max(pos, c_end)
    if end > pos:
        out.append(_pad(namer, pos, end - pos))
    return out


def _lanes(items: list[Member], start: int, end: int, namer: _Namer) -> Member | Group:
    """An anonymous union of lanes: each lane a run of non-overlapping members."""
    lanes: list[list[Member]] = []
    for item in items:
        for lane in lanes:
            if _end(lane[-1]) <= item.offset and not (lane[-1].size == 0 and lane[-1].offset == item.offset):
                lane.append(item)
                break
        else:
            lanes.append([item])
    alternatives: list[Member | Group] = []
    for lane in lanes:
        lane_end = _end(lane[-1])
        if len(lane) == 1 and lane[0].offset == start:
            alternatives.append(_named(lane[0], namer))
        else:
            seq = _sequence(lane, start, lane_end, namer)
            alternatives.append(Group("struct", start, lane_end - start, tuple(seq)))
    if max((_end(lane[-1]) for lane in lanes), default=start) < end:
        alternatives.append(_pad(namer, start, end - start))
    if len(alternatives) == 1 and isinstance(alternatives[0], Member) and alternatives[0].offset == start:
        return alternatives[0]
    return Group("union", start, end - start, tuple(alternatives))


def _unwrap_union(group: Group) -> tuple[Member | Group, ...]:
    """A union record's body is its lanes, not a union inside a union."""
    return group.items if group.kind == "union" else (group,)


def _dependency_order(chosen: dict[str, Variant]) -> list[str]:
    order: list[str] = []
    state: dict[str, int] = {}

    def visit(name: str) -> None:
        if state.get(name) == 2:
            return
        if state.get(name) == 1:
            raise LoweringError(f"{name}: a type that embeds itself by value")
        state[name] = 1
        for dep in chosen[name].deps:
            if dep in chosen:
                visit(dep)
        state[name] = 2
        order.append(name)

    for name in sorted(chosen):
        visit(name)
    return order


# -- natural layout on the target ------------------------------------------------------------------


def scalar_align(ctype: str, arch: Arch) -> int:
    if ctype in ("char", "int8_t", "uint8_t"):
        return 1
    if ctype in ("int16_t", "uint16_t"):
        return 2
    if ctype in ("int32_t", "uint32_t", "float"):
        return 4
    if ctype in ("int64_t", "uint64_t"):
        return arch.long_long_align
    if ctype == "double":
        return arch.double_align
    raise LoweringError(f"no alignment for scalar {ctype}")


def _check_natural(lowered: dict[str, Lowered], arch: Arch) -> None:
    """Mark records whose natural declaration would not reproduce the catalogue on ``arch``.

    It lays each lowered record out the way a C compiler for ``arch`` (or cffi
    running there) would, given our explicit pads, and compares.
    """
    aligns: dict[str, int] = {}

    def align_of(item: Member | Group) -> int:
        if isinstance(item, Member):
            return aligns[item.ctype] if item.ctype in aligns else scalar_align(item.ctype, arch)
        return max((align_of(sub) for sub in item.items), default=1)

    def place(item: Member | Group, base: int) -> tuple[int, bool]:
        """(natural size, matches) of ``item`` placed at absolute offset ``base``."""
        ok = base == item.offset
        if isinstance(item, Member):
            return item.size, ok
        cursor = 0
        for sub in item.items:
            off = _round_up(cursor, align_of(sub)) if item.kind == "struct" else 0
            size, sub_ok = place(sub, base + off)
            ok = ok and sub_ok
            cursor = off + size if item.kind == "struct" else max(cursor, size)
        return _round_up(cursor, align_of(item)), ok

    for name, decl in lowered.items():
        if isinstance(decl, Typedef):
            aligns[name] = aligns[decl.ctype] if decl.ctype in aligns else scalar_align(decl.ctype, arch)
            continue
        whole = Group(decl.kind, 0, decl.size, decl.body)
        size, ok = place(whole, 0)
        packed = not ok or size != decl.size
        natural = 1 if packed else align_of(whole)
        lowered[name] = replace(decl, packed=packed, natural_align=natural)
        aligns[name] = natural


def _round_up(value: int, align: int) -> int:
    return (value + align - 1) // align * align
