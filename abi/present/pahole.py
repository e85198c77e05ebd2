"""Render a layout the way pahole does: offsets, sizes, holes and padding."""

from __future__ import annotations

from xen_abi.common.spelling import is_anonymous_record, record_members, split_array
from xen_abi.ir.model import Field, TypeEntry


def _holes(fields: tuple[Field, ...], kind: str) -> dict[int, int]:
    """Bytes of hole after each field index (structs only)."""
    holes: dict[int, int] = {}
    if kind != "struct":
        return holes
    end = 0
    last = -1
    for i, f in enumerate(fields):
        if f.bit_width is None and f.offset > end and last >= 0:
            holes[last] = f.offset - end
        if f.bit_width is None:
            end = max(end, f.offset + f.size)
        else:
            end = max(end, f.offset + ((f.bit_offset or 0) + f.bit_width + 7) // 8)
        last = i
    return holes


def render(entry: TypeEntry, *, release: str | None = None, config: str | None = None) -> str:
    """A pahole-like listing of one type."""
    lay = entry.layout
    header = f"/* {entry.where}"
    if release or config:
        header += f", {' '.join(x for x in (release, config) if x)}"
    header += " */"
    if lay.kind == "typedef":
        return f"{header}\ntypedef {lay.target} {entry.name};\t/* size: {lay.size}, align: {lay.align} */\n"
    if lay.kind == "enum":
        lines = [header, f"{_decl_name(entry.name, 'enum')} {{"]
        lines += [f"\t{n} = {v}," for n, v in lay.enumerators]
        lines.append(f"}};\t/* size: {lay.size}, align: {lay.align} */")
        return "\n".join(lines) + "\n"
    lines = [header, f"{_decl_name(entry.name, lay.kind)} {{"]
    holes = _holes(lay.fields, lay.kind)
    plain = [split_array(f.type)[0] for f in lay.fields if not is_anonymous_record(f.type)]
    width = min(max(max(map(len, plain), default=8), 16), 40)
    members_size = 0
    for i, f in enumerate(lay.fields):
        ftype, dims = split_array(f.type)
        name = f.name + dims if f.bit_width is None else f"{f.name}:{f.bit_width}"
        where = f"{f.offset:5d} {f.size:5d}"
        if f.bit_width is not None:
            where = f"{f.offset:5d}:{f.bit_offset:2d} {f.size:2d}"
        else:
            members_size += f.size
        if is_anonymous_record(ftype):
            # Expanded as pahole does; the catalogue keeps the offsets of the member as a whole.
            lines += _expand(ftype, 1)
            lines.append(f"\t{'}':<{width}} {name + ';':<24} /* {where} */")
        else:
            lines.append(f"\t{ftype:<{width}} {name + ';':<24} /* {where} */")
        if i in holes:
            lines.append(f"\n\t/* XXX {holes[i]} byte{'s' if holes[i] != 1 else ''} hole, try to pack */\n")
    end = max((f.offset + f.size for f in lay.fields), default=0)
    lines.append("")
    summary = f"\t/* size: {lay.size}, align: {lay.align}, members: {len(lay.fields)}"
    if lay.packed:
        summary += ", packed"
    lines.append(summary + " */")
    if lay.kind == "struct":
        total_holes = sum(holes.values())
        if total_holes:
            lines.append(f"\t/* sum members: {members_size}, holes: {len(holes)}, sum holes: {total_holes} */")
        if lay.size > end:
            lines.append(f"\t/* padding: {lay.size - end} */")
    lines.append("};")
    return "\n".join(lines) + "\n"


def _expand(spelling: str, depth: int) -> list[str]:
    """``union { T a; struct { .. } b; }`` as indented lines, up to its closing brace (exclusive)."""
    indent = "\t" * depth
    lines = [f"{indent}{spelling[: spelling.index('{') + 1]}"]
    for name, mtype in record_members(spelling):
        base, dims = split_array(mtype)
        shown = "" if name.startswith("#") else f" {name}{dims}"
        if is_anonymous_record(base):
            lines += _expand(base, depth + 1)
            lines.append(f"{indent}\t}}{shown};")
        else:
            lines.append(f"{indent}\t{base}{shown};")
    return lines


def _decl_name(name: str, kind: str) -> str:
    """``struct foo`` stays; a typedef'd anonymous record reads ``typedef struct {...} name``."""
    return name if name.startswith(("struct ", "union ", "enum ")) else f"{kind} /* typedef */ {name}"
