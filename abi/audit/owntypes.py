"""Xen types a program defines itself (C copies, Rust ``#[repr(C)]``), checked against the catalogue.

A definition counts when its name is a catalogued type: ``struct X`` in C;
in Rust ``X`` or its CamelCase spelled in snake case (``XenMemAcquireResource``
is ``struct xen_mem_acquire_resource``).  Its layout comes from an oracle:

- C: our own layout engine (``xen_abi.frontend.parse``, ``.layout``) on the program's
  declarations, per architecture, with Xen's scalar typedefs it uses taken
  from the catalogue;
- Rust: the declarations translated to C (``u16`` is ``uint16_t``, ``[T; N]``
  an array, ``repr(packed)``/``align(N)`` kept) and laid out the same way, per
  architecture; and, where ``rustc`` is installed, rustc itself on the host's
  architecture (``size_of``/``align_of``, and each field's offset through
  ``addr_of!``, so Debian's rustc 1.63 does as well as a recent one), which must agree.

Each layout is compared with the catalogue's in every release of the range
by the history's own field-by-field comparison (``history.compare_layouts``):
the same binary shape is a match, anything else a difference per field.
"""

from __future__ import annotations

import os
import platform
import re
import shutil
import subprocess
import tempfile
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from xen_abi import queries
from xen_abi.audit.scan import Definition, Scan
from xen_abi.common.errors import XenAbiError
from xen_abi.compare import history as hist
from xen_abi.compare.diff import Typedefs, compare_layouts
from xen_abi.compare.policy import nature
from xen_abi.frontend.layout import LayoutEngine
from xen_abi.frontend.parse import parse
from xen_abi.ir.archs import get_arch
from xen_abi.ir.changes import Kind, Nature
from xen_abi.ir.model import Field, Layout, LayoutKind
from xen_abi.store.catalogue import Catalogue, version_key

# Our freestanding <stdint.h>, without its comments and include guard (pycparser reads no preprocessor lines).
STDINT = re.sub(
    r"^#.*$",
    "",
    re.sub(r"/\*.*?\*/", "", (Path(__file__).resolve().parents[1] / "include" / "stdint.h").read_text(), flags=re.S),
    flags=re.M,
)
STDINT_NAMES = frozenset(re.findall(r"(\w+);", STDINT))
RUST_SCALARS = {
    "u8": "uint8_t",
    "i8": "int8_t",
    "u16": "uint16_t",
    "i16": "int16_t",
    "u32": "uint32_t",
    "i32": "int32_t",
    "u64": "uint64_t",
    "i64": "int64_t",
    "usize": "unsigned long",
    "isize": "long",
    "c_char": "char",
    "c_uchar": "unsigned char",
    "c_int": "int",
    "c_uint": "unsigned int",
    "c_long": "long",
    "c_ulong": "unsigned long",
}
HOST_ARCH = {"x86_64": "x86_64", "aarch64": "arm64"}.get(platform.machine())


@dataclass
class TypeCheck:
    name: str  # as the program spells it
    catalogue_name: str
    file: str
    line: int
    language: str
    archs: list[str] = field(default_factory=list)
    oracle: str = ""
    releases: dict[str, list[str]] = field(default_factory=dict)  # arch -> releases compared
    mismatches: list[str] = field(default_factory=list)

    def to_json(self) -> dict[str, Any]:
        return {
            "name": self.name,
            "catalogue_name": self.catalogue_name,
            "file": self.file,
            "line": self.line,
            "language": self.language,
            "archs": self.archs,
            "oracle": self.oracle,
            "releases": self.releases,
            "mismatches": self.mismatches,
        }


def _snake(name: str) -> str:
    return re.sub(r"(?<=[a-z0-9])([A-Z])", r"_\1", name).lower()


def _catalogue_name(d: Definition, types: set[str]) -> str | None:
    if d.language == "C":
        return d.name if d.name in types else None
    for candidate in (f"{d.kind} {d.name}", f"{d.kind} {_snake(d.name)}", d.name, _snake(d.name)):
        if candidate in types:
            return candidate
    return None


# -- laying the program's declarations out ---------------------------------------------------------


def _rust_field_type(spelling: str, aliases: dict[str, str], records: set[str]) -> tuple[str, str] | None:
    """(C base type, array suffix) of a Rust field type, or None when it cannot be translated."""
    spelling = spelling.strip()
    m = re.fullmatch(r"\[\s*(.+?)\s*;\s*(\w+)\s*\]", spelling)
    if m:
        inner = _rust_field_type(m.group(1), aliases, records)
        if inner is None or not m.group(2).isdigit():
            return None
        return inner[0], f"[{m.group(2)}]{inner[1]}"
    last = spelling.split("::")[-1]
    if last in RUST_SCALARS:
        return RUST_SCALARS[last], ""
    if last in aliases:
        return _rust_field_type(aliases[last], aliases, records)
    if last in records:
        return f"struct {last}", ""
    if spelling.startswith(("*const", "*mut", "&")):
        return "void *", ""
    return None


def _rust_as_c(defs: Sequence[Definition], aliases: dict[str, str]) -> tuple[str, dict[str, str]]:
    """C declarations for the Rust repr(C) records of one file; and why some could not be translated."""
    records = {d.name for d in defs}
    out: list[str] = []
    failed: dict[str, str] = {}
    for d in defs:
        members: list[str] = []
        for raw in _split_fields(d.body):
            name, _, spelling = raw.partition(":")
            name = name.replace("pub(crate)", "").replace("pub", "").strip().removeprefix("r#")
            translated = _rust_field_type(spelling, aliases, records)
            if translated is None:
                failed[d.name] = f"field {name}: cannot translate Rust type {spelling.strip()!r} to C"
                break
            members.append(f"{translated[0]} {name}{translated[1]};")
        else:
            align = re.search(r"align\((\d+)\)", d.attributes)
            if align and members:
                members[0] = f"_Alignas({align.group(1)}) {members[0]}"
            packed = " __attribute__((packed))" if "packed" in d.attributes else ""
            out.append(f"{d.kind} {d.name} {{ {' '.join(members)} }}{packed};")
    return "\n".join(out), failed


def _split_fields(body: str) -> list[str]:
    depth = 0
    parts: list[str] = []
    cur = ""
    for ch in body:
        if ch in "[<(":
            depth += 1
        elif ch in "]>)":
            depth -= 1
        if ch == "," and depth == 0:
            parts.append(cur)
            cur = ""
        else:
            cur += ch
    parts.append(cur)
    cleaned = [re.sub(r"#\[[^\]]*\]", "", p).strip() for p in parts]
    return [p for p in cleaned if ":" in p]


def _scalar_typedefs(names: set[str], layouts: dict[str, Layout]) -> str:
    """Xen's scalar typedefs the declarations use, as fixed-width integers with the catalogue's size and alignment."""
    ints = {1: "uint8_t", 2: "uint16_t", 4: "uint32_t", 8: "uint64_t"}
    out = []
    for name in sorted(names - STDINT_NAMES):
        layout = layouts.get(name)
        if layout is None or layout.kind != "typedef" or layout.fields or layout.size not in ints:
            continue
        out.append(f"typedef {ints[layout.size]} __attribute__((aligned({layout.align}))) {name};")
    return "\n".join(out)


def _engine_layouts(text: str, arch: str) -> dict[str, Layout]:
    unit = parse(text)
    engine = LayoutEngine(unit, get_arch(arch))
    return {t.name: t.layout for t in engine.type_entries()}


def _rustc_layouts(path: Path, defs: Sequence[Definition], aliases_text: str) -> dict[str, Layout] | None:
    """size_of/align_of and field offsets from rustc on the host, or None when rustc is not installed."""
    rustc = shutil.which("rustc") or str(Path.home() / ".cargo" / "bin" / "rustc")
    if not os.access(rustc, os.X_OK):
        return None
    lines = [
        "#![allow(non_camel_case_types, non_snake_case, dead_code)]",
        "use std::mem::{align_of, size_of, MaybeUninit};",
    ]
    lines.append(aliases_text)
    prints: list[str] = []
    for d in defs:
        lines.append(f"#[repr(C{', packed' if 'packed' in d.attributes else ''}{_rust_align(d)})]")
        lines.append(f"{d.kind} {d.name} {{{d.body}}}")
        prints.append(f'println!("T {d.name} {{}} {{}}", size_of::<{d.name}>(), align_of::<{d.name}>());')
        for raw in _split_fields(d.body):
            name = raw.partition(":")[0].replace("pub(crate)", "").replace("pub", "").strip()
            prints.append(
                f"{{ let u = MaybeUninit::<{d.name}>::uninit(); let p = u.as_ptr(); "
                f"let f = unsafe {{ std::ptr::addr_of!((*p).{name}) }}; "
                f'println!("F {d.name} {name.removeprefix("r#")} {{}}", f as usize - p as usize); }}'
            )
    lines.append("fn main() {\n" + "\n".join(prints) + "\n}")
    with tempfile.TemporaryDirectory(prefix="xen-abi-audit-") as tmp:
        src = Path(tmp) / "layouts.rs"
        src.write_text("\n".join(lines), encoding="utf-8")
        binary = Path(tmp) / "layouts"
        try:
            built = subprocess.run(
                [rustc, "--edition", "2021", "-o", str(binary), str(src)], capture_output=True, text=True, timeout=120
            )
            if built.returncode != 0:
                raise XenAbiError(
                    f"rustc could not compile its declarations: {built.stderr.strip()[:300]}", file=str(path)
                )
            ran = subprocess.run([str(binary)], capture_output=True, text=True, timeout=60, check=True)
        except (OSError, subprocess.SubprocessError) as exc:
            raise XenAbiError(f"rustc oracle failed: {exc}", file=str(path)) from None
    sizes: dict[str, tuple[int, int]] = {}
    offsets: dict[str, list[tuple[str, int]]] = {}
    for line in ran.stdout.splitlines():
        parts = line.split()
        if parts[0] == "T":
            sizes[parts[1]] = (int(parts[2]), int(parts[3]))
        else:
            offsets.setdefault(parts[1], []).append((parts[2], int(parts[3])))
    return {
        name: Layout(LayoutKind.STRUCT, size, align, tuple(Field(n, "", o, 0) for n, o in offsets.get(name, ())))
        for name, (size, align) in sizes.items()
    }


def _rust_align(d: Definition) -> str:
    m = re.search(r"align\((\d+)\)", d.attributes)
    return f", align({m.group(1)})" if m else ""


# -- comparing -------------------------------------------------------------------------------------


def _catalogue_layout(cat: Catalogue, release: str, arch: str, name: str) -> Layout | None:
    rel = cat.release(release)
    for vis in ("guest", "tools"):
        abi = rel.configs.get(f"{arch}/{vis}")
        if abi and name in abi.types:
            return abi.types[name].layout
    return None


def _compare(ours: Layout, theirs: Layout, offsets_only: bool = False) -> list[str]:
    if offsets_only:  # rustc gives offsets, sizes and alignment, not field sizes
        detail = []
        if (ours.size, ours.align) != (theirs.size, theirs.align):
            detail.append(f"size/align {theirs.size}/{theirs.align} in Xen, {ours.size}/{ours.align} here")
        known = {f.name: f.offset for f in theirs.fields}
        for f in ours.fields:
            if f.name in known and known[f.name] != f.offset:
                detail.append(f"{f.name} at offset {f.offset}, Xen has it at {known[f.name]}")
        return detail
    # The comparison engine's verdict, Xen's layout as the old side: what would break a program
    # built on this definition.  A field type spelled otherwise (another language) with the
    # same size is no difference of bytes.
    none = Typedefs(None)
    out = []
    for d in compare_layouts("", theirs, ours, none, none):
        same_size = d.kind is Kind.FIELD_TYPE_CHANGED and d.note.startswith("same size")
        if nature(d.kind) is Nature.INCOMPATIBLE and not same_size:
            member = d.item.partition(".")[2] or "the type"
            note = f" ({d.note})" if d.note else ""
            out.append(f"{d.kind.value}: {member} {d.before or '(absent)'} -> {d.after or '(absent)'}{note}")
    return out


def _lay_out(scanned: Scan, file: str, defs: list[Definition], scalars: dict[str, Layout], arch: str):
    """(layouts by name, why a definition could not be laid out, the oracle's name) for one file on one arch."""
    failed: dict[str, str] = {}
    if defs[0].language == "C":
        typedefs = _typedef_lines(scanned, file)
        own = set(re.findall(r"(\w+)\s*;", typedefs))
        names = set(re.findall(r"\b\w+\b", " ".join(d.body for d in defs))) - own
        declarations = "\n".join([typedefs, *(f"{d.name} {{{d.body}}};" for d in defs)])
        oracle = "xen-abi's layout engine on the C declarations"
    else:
        declarations, failed = _rust_as_c(defs, _rust_aliases(scanned, file))
        names = set(re.findall(r"\b\w+\b", declarations))
        oracle = "xen-abi's layout engine on the declarations translated to C"
    try:
        layouts = _engine_layouts("\n".join([STDINT, _scalar_typedefs(names, scalars), declarations]), arch)
    except (XenAbiError, RecursionError) as exc:
        layouts, failed = {}, {d.name: f"cannot lay out: {exc}" for d in defs}
    return layouts, failed, oracle


def _rust_aliases(scanned: Scan, file: str) -> dict[str, str]:
    return dict(re.findall(r"\btype\s+(\w+)\s*=\s*([^;]+);", _file_text(scanned, file)))


def _span(cat: Catalogue, name: str, arch: str, releases: Sequence[str], first: str | None) -> list[str]:
    """The releases to compare with: from --from, else the type's current run of the catalogue's history."""
    if first:
        return [r for r in releases if version_key(r) >= version_key(first)]
    result = queries.query(cat, name, arch=arch, kind="type")
    present = [e.release for e in result.entries if e.present and e.release in releases]
    span = present[-1:]
    for c in result.changes.get(arch, ()):
        if c.release in releases and c.what in ("appeared", "class", "layout"):
            span = [r for r in present if version_key(r) >= version_key(c.release)]
    return span


def check_own_types(scanned: Scan, cat: Catalogue, archs: Sequence[str], first: str | None) -> list[TypeCheck]:
    types = {n for k, n in hist.of_catalogue(cat).items if k == "type"}
    by_file: dict[str, list[Definition]] = {}
    for d in scanned.definitions:
        if d.kind in ("struct", "union") and (d.language == "C" or "repr(C" in d.attributes):
            by_file.setdefault(d.file, []).append(d)
    checks: dict[tuple[str, str], TypeCheck] = {}
    for file, defs in by_file.items():
        named = [(d, c) for d in defs if (c := _catalogue_name(d, types)) is not None]
        if not named:
            continue
        lang = defs[0].language
        for arch in archs:
            releases = queries.release_range(cat, arch, None, None)
            newest = cat.release(releases[-1])
            scalars = {
                n: e.layout
                for vis in ("guest", "tools")
                if (abi := newest.configs.get(f"{arch}/{vis}")) is not None
                for n, e in abi.types.items()
            }
            ours, failed, oracle = _lay_out(scanned, file, defs, scalars, arch)
            rustc: dict[str, Layout] | None = None
            if lang == "Rust" and arch == HOST_ARCH:
                try:
                    rustc = _rustc_layouts(
                        Path(file),
                        [d for d in defs if "repr(C" in d.attributes],
                        "\n".join(f"type {a} = {t};" for a, t in _rust_aliases(scanned, file).items()),
                    )
                except XenAbiError as exc:
                    failed.update({d.name: str(exc) for d in defs})
            for d, cname in named:
                check = checks.setdefault((d.file, d.name), TypeCheck(d.name, cname, d.file, d.line, lang))
                check.archs.append(arch)
                if rustc is not None:
                    check.oracle = f"{oracle}; rustc on {arch}"
                elif not check.oracle:
                    check.oracle = oracle
                mine = ours.get(f"{d.kind} {d.name}" if lang == "Rust" else d.name)
                if mine is None or d.name in failed:
                    check.mismatches.append(f"{arch}: {failed.get(d.name, 'could not be laid out')}")
                    continue
                if rustc is not None and d.name in rustc:
                    for detail in _compare(rustc[d.name], mine, offsets_only=True):
                        check.mismatches.append(f"{arch}: rustc and xen-abi's engine disagree: {detail}")
                check.releases[arch] = _span(cat, cname, arch, releases, first)
                seen: set[str] = set()
                for r in check.releases[arch]:
                    theirs = _catalogue_layout(cat, r, arch, cname)
                    details = [f"Xen has no {cname}"] if theirs is None else _compare(mine, theirs)
                    for detail in details:
                        if detail not in seen:
                            seen.add(detail)
                            check.mismatches.append(f"{arch}: {detail} (Xen {r} -> this definition)")
    return list(checks.values())


def _file_text(scanned: Scan, file: str) -> str:
    return scanned.code.get(file, "")


def _typedef_lines(scanned: Scan, file: str) -> str:
    return "\n".join(re.findall(r"^\s*typedef\s+[^;{}()]*;", _file_text(scanned, file), re.M))
