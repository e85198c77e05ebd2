"""Compare two releases' ABI: typed change records with a kind and a severity.

The stage between the catalogue (or a freshly ingested tree) and the drift
reports.  ``compare_releases`` compares every configuration the two sides share
and yields *atomic* changes, one per (item, architecture, visibility), so a
suppression can target one arch; ``merge_changes`` then folds identical
changes of several arches and views into one record.

What a change means for a consumer depends on the item's stability, which
comes from ``abi.classify`` (guest-visible => stable, tools-only =>
versioned by its header's ``*_INTERFACE_VERSION``):

* an incompatible change (removal, renumbering, size/offset/type change) of
  a stable item is *breaking*;
* the same on a tools-only item is *tools-only* churn when the interface
  version covering it was bumped, and an *interface-version* violation when
  it was not (Xen's rule, stated in ``domctl.h``); a bump with no
  incompatible change is an *interface-version* finding too;
* additions are *compatible*; spelling that changes no byte is *cosmetic*.

Where an item is declared (header:line) is carried along but never compared:
lines moving is not a change.
"""

from __future__ import annotations

import functools
import re
from collections import defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass, replace
from typing import Any, ClassVar

from xen_abi.analysis.classify import Classification, Classifier, Stability
from xen_abi.common.spelling import is_anonymous_record, record_members, split_array
from xen_abi.compare.policy import bump_verdict, describe, severity, tools_only_verdict
from xen_abi.frontend.hypercalls import load_table
from xen_abi.ir.archs import ARCH_NAMES, get_arch
from xen_abi.ir.changes import SEVERITIES, Change, ChangeSet, ItemRef, Kind, RefKind, Severity, Side
from xen_abi.ir.location import Location
from xen_abi.ir.model import Config, ConfigABI, Constant, Field, Layout, ReleaseABI, TypeEntry, Visibility


def message(c: Change) -> str:
    """One human sentence."""
    before = "(absent)" if c.before is None else c.before
    after = "(absent)" if c.after is None else c.after
    text = f"{c.item}: {describe(c.kind)}"
    if c.before is not None or c.after is not None:
        text += f": {before} -> {after}"
    if c.note:
        text += f" ({c.note})"
    return text


# -- naming conventions ---------------------------------------------------------------------------

_HYPERCALL = re.compile(r"^__HYPERVISOR_([a-z]\w*)$")
_PADDING = re.compile(r"^_*(?:\w*_)?(?:pad|padding|reserved|rsvd|resv|unused|spare)_?\d*$", re.IGNORECASE)
_ARRAY = re.compile(r"^(.*?)((?:\[\d*\])+)$")
_NAMED_TYPE = re.compile(r"\b(?:struct|union|enum)\s+\w+|\b[A-Za-z_]\w*\b")


# Sub-op number families: the macro prefix -> its hypercall.  Sub-ops are
# the lower-case-named macros of the family (Xen's convention: flags and
# sub-families are upper case, XEN_DOMCTL_CDF_hvm is not a sub-op).
@functools.cache
def subop_families() -> tuple[dict[str, str], re.Pattern[str]]:
    """Sub-op macro prefix -> hypercall, from the reviewed table in abi/data/subops.toml.

    The same data abi.hypercalls extracts sub-ops with: one source of truth.
    """
    families = {f.prefix: f.hypercall for f in load_table().families}
    return families, re.compile(r"^(" + "|".join(re.escape(p) for p in families) + r")([a-z]\w*)$")


# Headers whose name does not say their hypercall (the others are found by
# their stem: domctl.h -> __HYPERVISOR_domctl, memory.h -> memory_op).
HEADER_HYPERCALLS: dict[str, str] = {
    "version.h": "xen_version",
    "platform.h": "platform_op",
    "xsm/flask_op.h": "xsm_op",
    "pmu.h": "xenpmu_op",
    "arch-x86/xen-mca.h": "mca",
    "hvm/params.h": "hvm_op",
    "vm_event.h": "domctl",
}


# Bounds that grow whenever a flag or an op is added: raising them is how an
# addition looks, so they are not a changed constant (check-uapi.sh
# suppresses the same enumerator suffixes).
_LIMIT = re.compile(r"_(?:MAX|LAST|COUNT|END|NUM)$")

# An interface-version macro versions the ops of its header, except where its
# name says it is narrower: HVMOP_ALTP2M_INTERFACE_VERSION is the ``version``
# field of struct xen_hvm_altp2m_op only, not the rest of hvm_op.h's
# tools-only section.  Macro -> the word an item's name must contain.
MACRO_SCOPES: dict[str, str] = {"HVMOP_ALTP2M_INTERFACE_VERSION": "altp2m"}


def _in_scope(macro: str | None, name: str) -> bool:
    if macro is None:
        return False
    scope = MACRO_SCOPES.get(macro)
    return scope is None or scope in name.lower()


def is_limit(name: str) -> bool:
    return bool(_LIMIT.search(name))


_INT_SUFFIX = re.compile(r"\b(0[xX][0-9a-fA-F]+|\d+)[uUlL]+\b")
_GNU_KEYWORD = re.compile(r"\b__(\w+?)__\b")


def normal_text(text: str) -> str:
    """A macro body without what changes no value: integer suffixes, ``__aligned__`` vs ``aligned``, blanks."""
    text = _INT_SUFFIX.sub(r"\1", text)
    text = _GNU_KEYWORD.sub(r"\1", text)
    text = re.sub(r"\s+", "", text)
    while text.startswith("(") and text.endswith(")") and _balanced(text[1:-1]):
        text = text[1:-1]
    return text


def _balanced(text: str) -> bool:
    depth = 0
    for c in text:
        depth += {"(": 1, ")": -1}.get(c, 0)
        if depth < 0:
            return False
    return depth == 0


def constant_role(name: str) -> tuple[str, str | None]:
    """("hypercall"|"subop"|"interface-version"|"constant", hypercall or None)."""
    if m := _HYPERCALL.match(name):
        return "hypercall", m.group(1)
    if name.endswith("_INTERFACE_VERSION") or name == "__XEN_LATEST_INTERFACE_VERSION__":
        return "interface-version", None
    families, pattern = subop_families()
    if m := pattern.match(name):
        return "subop", families[m.group(1)]
    return "constant", None


def is_padding(name: str) -> bool:
    """A padding field by Xen's names for them; a flattened member (``op.reserved1``) by its own name."""
    return bool(_PADDING.match(name.rsplit(".", 1)[-1]))


def header_of(where: str | None) -> str | None:
    return where.rsplit(":", 1)[0] if where else None


def hypercall_of_header(header: str | None, hypercalls: frozenset[str]) -> str | None:
    """The hypercall a header's items belong to, when its name says so."""
    if header is None:
        return None
    if header in HEADER_HYPERCALLS:
        return HEADER_HYPERCALLS[header]
    stem = header.rsplit("/", 1)[-1].removesuffix(".h")
    for candidate in (stem, f"{stem}_op"):
        if candidate in hypercalls:
            return candidate
    return None


# -- C spellings -----------------------------------------------------------------------------------


class Typedefs:
    """Resolve typedef names to what they stand for on one configuration."""

    _SCALARS: ClassVar[dict[str, str]] = {
        "uint8_t": "unsigned char",
        "int8_t": "signed char",
        "uint16_t": "unsigned short",
        "int16_t": "short",
        "uint32_t": "unsigned int",
        "int32_t": "int",
    }

    def __init__(self, abi: ConfigABI | None) -> None:
        self.types = abi.types if abi is not None else {}
        self.scalars = get_arch(abi.config.arch).scalars() if abi is not None else {}
        self.pointer = get_arch(abi.config.arch).pointer if abi is not None else 8
        self._cache: dict[str, str] = {}

    def canonical(self, spelling: str) -> str:
        """The spelling with every typedef resolved (``xen_foo_t[2]`` -> ``struct xen_foo[2]``)."""
        if spelling in self._cache:
            return self._cache[spelling]
        base, dims = split_array(spelling)
        seen: set[str] = set()
        while True:
            pointer = base.endswith("*")
            core = base.rstrip("* ").strip() if pointer else base
            entry = self.types.get(core)
            if entry is None or entry.layout.kind != "typedef" or entry.layout.target is None or core in seen:
                break
            seen.add(core)
            target_base, target_dims = split_array(entry.layout.target)
            base = target_base + (" *" if pointer else "")
            dims = dims + target_dims  # an array typedef's dims come after the declarator's
        base = self._SCALARS.get(base, base)
        result = base + dims
        self._cache[spelling] = result
        return result

    def sizeof(self, spelling: str) -> tuple[int, int] | None:
        """(size, align) of a spelled type, or None when it cannot be told from the catalogue."""
        base, dims = split_array(spelling)
        count = 1
        for d in re.findall(r"\[(\d*)\]", dims):
            count *= int(d) if d else 0
        if is_anonymous_record(base):
            laid = self.anonymous(base, 0, "")
            if laid is None:
                return None
            size, align = laid[1], laid[2]
        elif base.endswith("*"):
            size = align = self.pointer
        elif base.startswith("enum {"):
            size = align = 4
        elif (entry := self.types.get(base)) is not None:
            size, align = entry.layout.size, entry.layout.align
        elif (scalar := self.scalars.get(base)) is not None:
            size, align = scalar.size, scalar.align
        else:
            return None
        return size * count, align

    def anonymous(self, spelling: str, base: int, prefix: str) -> tuple[list[tuple[Field, bool]], int, int] | None:
        """Lay out an inline ``struct { .. }``/``union { .. }`` at offset ``base``.

        Returns its members as fields named ``prefix.member`` (nested inline
        records flattened too, each flagged when its parent is a union), its
        size and alignment; None for what needs more than natural alignment
        to lay out (bit-fields), so the caller keeps the record opaque.
        """
        is_union = spelling.startswith("union")
        out: list[tuple[Field, bool]] = []
        offset = size = 0
        align = 1
        for name, mtype in record_members(spelling):
            if re.search(r":\d+$", mtype):
                return None
            shape = self.sizeof(mtype)
            if shape is None:
                return None
            msize, malign = shape
            start = 0 if is_union else -(-offset // malign) * malign
            path = prefix if name.startswith("#") else (f"{prefix}.{name}" if prefix else name)
            if is_anonymous_record(mtype) and not split_array(mtype)[1]:
                inner = self.anonymous(mtype, base + start, path)
                if inner is None:
                    return None
                out += [(f, flag) for f, flag in inner[0]]
            else:
                out.append((Field(path, mtype, base + start, msize), is_union))
            offset = start + msize
            size = max(size, offset)
            align = max(align, malign)
        return out, -(-size // align) * align, align

    def flatten(self, fields: tuple[Field, ...]) -> tuple[tuple[Field, ...], frozenset[str]]:
        """Fields with inline records replaced by their members (``u.createdomain`` at 16, ...).

        The members of a union are flagged in the returned set.  A record
        whose computed size disagrees with the layout's stays whole.
        """
        out: list[Field] = []
        in_union: set[str] = set()
        for f in fields:
            if f.bit_width is None and is_anonymous_record(f.type) and not split_array(f.type)[1]:
                laid = self.anonymous(f.type, f.offset, f.name)
                if laid is not None and laid[1] == f.size:
                    for member, flag in laid[0]:
                        out.append(member)
                        if flag:
                            in_union.add(member.name)
                    continue
            out.append(f)
        return tuple(out), frozenset(in_union)

    def record(self, name: str) -> Layout | None:
        """The layout a name finally stands for, typedefs followed."""
        entry = self.types.get(name)
        seen: set[str] = set()
        while entry is not None and entry.layout.kind == "typedef" and entry.layout.target and name not in seen:
            seen.add(name)
            name = entry.layout.target
            entry = self.types.get(name)
        return entry.layout if entry is not None else None


# -- layout comparison -----------------------------------------------------------------------------


@dataclass(frozen=True)
class Delta:
    """One difference found between two layouts of a type, before stability is known."""

    kind: Kind
    item: str
    before: str | None
    after: str | None
    note: str = ""


def _field_range(f: Field) -> tuple[int, int]:
    if f.bit_width is not None:
        return f.offset, f.offset + max(1, (f.bit_offset or 0) + f.bit_width + 7) // 8
    return f.offset, f.offset + f.size


def _overlaps(start: int, end: int, fields: Iterable[Field]) -> bool:
    return any(s < end and start < e for s, e in map(_field_range, fields))


def _is_one_element(spelling: str) -> bool:
    return split_array(spelling)[1].endswith("[1]") or split_array(spelling)[1].endswith("[0]")


def _flex_of(old: str, new: str) -> bool:
    """``T[1]`` (or GNU ``T[0]``) -> ``T[]``: a trailing array made a flexible array member."""
    ob, od = split_array(old)
    nb, nd = split_array(new)
    return ob == nb and nd.endswith("[]") and od[: od.rfind("[")] == nd[: nd.rfind("[")] and _is_one_element(old)


def _keyed(fields: tuple[Field, ...]) -> dict[str, Field]:
    """Fields by name; repeated or empty names (unnamed bit-fields) get a position suffix."""
    out: dict[str, Field] = {}
    for i, f in enumerate(fields):
        key = f.name or f"#{i}"
        if key in out:
            key = f"{key}#{i}"
        out[key] = f
    return out


def compare_layouts(name: str, old: Layout, new: Layout, old_types: Typedefs, new_types: Typedefs) -> list[Delta]:
    """Every difference between two layouts of one named type."""
    if old == new:
        return []
    if old.kind != new.kind:
        # typedef struct {..} t  <->  typedef struct t_ {..} t: the same bytes spelled differently.
        o = old_types.record(name) if old.kind == "typedef" else old
        n = new_types.record(name) if new.kind == "typedef" else new
        if o is not None and n is not None and o.kind == n.kind and o.kind != "typedef":
            deltas = compare_layouts(name, o, n, old_types, new_types)
            spelled = Delta(Kind.TYPE_SPELLING_CHANGED, name, old.kind, new.kind, "same layout after typedefs")
            return [spelled, *deltas]
        if {old.kind, new.kind} == {"struct", "union"}:
            # A one-member struct made a union (ARM's guest handles in 4.3) keeps its bytes.
            kept = {(f.offset, f.size) for f in new.fields}
            same = (old.size, old.align) == (new.size, new.align)
            same = same and all((f.offset, f.size) in kept for f in old.fields)
            head = (
                Delta(Kind.TYPE_SPELLING_CHANGED, name, old.kind, new.kind, "same size, alignment and offsets")
                if same
                else Delta(Kind.TYPE_KIND_CHANGED, name, old.kind, new.kind)
            )
            return [head, *_compare_record(name, old, new, old_types, new_types)]
        return [Delta(Kind.TYPE_KIND_CHANGED, name, old.kind, new.kind)]
    if old.kind == "typedef":
        return _compare_typedef(name, old, new, old_types, new_types)
    if old.kind == "enum":
        return _compare_enum(name, old, new)
    return _compare_record(name, old, new, old_types, new_types)


def _compare_typedef(name: str, old: Layout, new: Layout, old_types: Typedefs, new_types: Typedefs) -> list[Delta]:
    ot, nt = old.target or "", new.target or ""
    if old_types.canonical(ot) == new_types.canonical(nt):
        # Same type after resolution: a size change is the target's, reported on it.
        return [] if ot == nt else [Delta(Kind.TYPE_SPELLING_CHANGED, name, ot, nt)]
    deltas = [Delta(Kind.TYPEDEF_CHANGED, name, ot, nt)]
    if old.size != new.size:
        deltas.append(Delta(Kind.SIZE_CHANGED, name, str(old.size), str(new.size)))
    if old.align != new.align:
        deltas.append(Delta(Kind.ALIGN_CHANGED, name, str(old.align), str(new.align)))
    return deltas


def _compare_enum(name: str, old: Layout, new: Layout) -> list[Delta]:
    deltas: list[Delta] = []
    ov, nv = dict(old.enumerators), dict(new.enumerators)
    # An enumerator gone and a new one with its value: a rename (XS_DEBUG -> XS_CONTROL in 4.9).
    gone = {v: e for e, v in old.enumerators if e not in nv}
    came = {v: e for e, v in new.enumerators if e not in ov}
    renamed = {gone[v]: came[v] for v in gone.keys() & came.keys()}
    for e, v in old.enumerators:
        if e in renamed:
            deltas.append(Delta(Kind.ENUMERATOR_RENAMED, f"{name}.{renamed[e]}", e, renamed[e], f"value {v}"))
        elif e not in nv:
            deltas.append(Delta(Kind.ENUMERATOR_REMOVED, f"{name}.{e}", str(v), None))
        elif nv[e] != v:
            kind = Kind.LIMIT_RAISED if is_limit(e) and nv[e] > v else Kind.ENUMERATOR_VALUE_CHANGED
            deltas.append(Delta(kind, f"{name}.{e}", str(v), str(nv[e])))
    for e, v in new.enumerators:
        if e not in ov and e not in renamed.values():
            deltas.append(Delta(Kind.ENUMERATOR_ADDED, f"{name}.{e}", None, str(v)))
    if old.size != new.size:
        deltas.append(Delta(Kind.SIZE_CHANGED, name, str(old.size), str(new.size)))
    if old.align != new.align:
        deltas.append(Delta(Kind.ALIGN_CHANGED, name, str(old.align), str(new.align)))
    return deltas


def _same_slot(a: Field, b: Field) -> bool:
    return a.offset == b.offset and a.size == b.size and a.bit_offset == b.bit_offset and a.bit_width == b.bit_width


def _compare_record(name: str, old: Layout, new: Layout, old_types: Typedefs, new_types: Typedefs) -> list[Delta]:
    deltas: list[Delta] = []
    # Inline records are compared member by member at their offsets, so a sub-op added to
    # domctl's union is one new member, and fields wrapped into a union keep their bytes.
    old_fields, old_union = old_types.flatten(old.fields)
    new_fields, new_union = new_types.flatten(new.fields)
    of, nf = _keyed(old_fields), _keyed(new_fields)
    last_old = old.fields[-1].name if old.fields else None
    last_new = new.fields[-1].name if new.fields else None
    flex_only = True  # every field-level difference is a [1] -> [] conversion
    if old.kind == "struct" and new.kind == "struct":
        used, of, nf = _padding_used(name, of, nf, old_union | new_union)
        deltas += used
        flex_only = not used

    for key, o in of.items():
        n = nf.get(key)
        if n is None:
            continue
        item = f"{name}.{o.name or key}"
        ocanon, ncanon = old_types.canonical(o.type), new_types.canonical(n.type)
        field_deltas: list[Delta] = []
        if o.offset != n.offset:
            field_deltas.append(Delta(Kind.FIELD_OFFSET_CHANGED, item, str(o.offset), str(n.offset)))
        if (o.bit_offset, o.bit_width) != (n.bit_offset, n.bit_width):
            field_deltas.append(Delta(Kind.BITFIELD_CHANGED, item, _bits(o), _bits(n)))
        if ocanon != ncanon:
            if o.name == last_old and n.name == last_new and o.offset == n.offset and _flex_of(ocanon, ncanon):
                field_deltas.append(Delta(Kind.FLEX_ARRAY_MEMBER, item, o.type, n.type))
            elif is_anonymous_record(ocanon) and is_anonymous_record(ncanon):
                # An inline record that could not be laid out here: compare what it spells.
                field_deltas += _compare_members(item, ocanon, ncanon, old_types, new_types)
                if o.size != n.size:
                    field_deltas.append(Delta(Kind.FIELD_SIZE_CHANGED, item, str(o.size), str(n.size)))
            elif _same_record(ocanon, ncanon, old_types, new_types):
                # struct xenctl_cpumap -> struct xenctl_bitmap (4.3): renamed, byte for byte the same.
                field_deltas.append(Delta(Kind.FIELD_TYPE_SPELLING_CHANGED, item, o.type, n.type, "same layout"))
            else:
                note = "same size" if o.size == n.size else f"size {o.size} -> {n.size}"
                if o.type == n.type:
                    note += f"; {o.type} was {ocanon}, is {ncanon}"
                field_deltas.append(Delta(Kind.FIELD_TYPE_CHANGED, item, o.type, n.type, note))
        elif o.type != n.type:
            field_deltas.append(Delta(Kind.FIELD_TYPE_SPELLING_CHANGED, item, o.type, n.type))
        # A named type that changed size is reported on that type; what it moves here is reported below.
        if any(d.kind not in (Kind.FLEX_ARRAY_MEMBER, Kind.FIELD_TYPE_SPELLING_CHANGED) for d in field_deltas):
            flex_only = False
        deltas += field_deltas

    removed = [(k, f) for k, f in of.items() if k not in nf]
    added = [(k, f) for k, f in nf.items() if k not in of]
    # A removed and an added field in the same slot with the same type: a rename.
    for rk, r in list(removed):
        rcanon = old_types.canonical(r.type)
        for ak, a in added:
            if _same_slot(r, a) and new_types.canonical(a.type) == rcanon:
                kind = Kind.PAD_FIELD_USED if is_padding(r.name) and not is_padding(a.name) else Kind.FIELD_RENAMED
                deltas.append(Delta(kind, f"{name}.{a.name or ak}", r.name or rk, a.name or ak, f"type {a.type}"))
                removed.remove((rk, r))
                added.remove((ak, a))
                if kind is not Kind.FIELD_RENAMED:
                    flex_only = False
                break
    for ak, a in added:
        flex_only = False
        start, end = _field_range(a)
        fits = end <= old.size
        if old.kind == "union" or a.name in new_union:
            note = f"new member of union {a.name.rsplit('.', 1)[0]}" if a.name in new_union else "new union member"
            deltas.append(Delta(Kind.FIELD_ADDED, f"{name}.{a.name or ak}", None, f"{a.type} at {a.offset}", note))
        elif fits and not _overlaps(start, end, old_fields) and is_padding(a.name):
            deltas.append(Delta(Kind.PAD_MADE_EXPLICIT, f"{name}.{a.name}", None, f"{a.type} at {a.offset}"))
        else:
            note = "in former padding" if fits and not _overlaps(start, end, old_fields) else ""
            deltas.append(Delta(Kind.FIELD_ADDED, f"{name}.{a.name or ak}", None, f"{a.type} at {a.offset}", note))
    for rk, r in removed:
        flex_only = False
        start, end = _field_range(r)
        hole = end <= new.size and not _overlaps(start, end, new_fields)
        if is_padding(r.name) and old.kind == "struct" and r.name not in old_union and hole:
            deltas.append(Delta(Kind.PAD_MADE_IMPLICIT, f"{name}.{r.name}", f"{r.type} at {r.offset}", None))
        else:
            deltas.append(Delta(Kind.FIELD_REMOVED, f"{name}.{r.name or rk}", f"{r.type} at {r.offset}", None))

    if old.size != new.size:
        flex = [d for d in deltas if d.kind is Kind.FLEX_ARRAY_MEMBER]
        if flex and flex_only and old.align == new.align:
            # The size change is the flexible array's doing: say so on that record, not as a break.
            note = f"sizeof {name}: {old.size} -> {new.size}"
            deltas = [replace(d, note=note) if d.kind is Kind.FLEX_ARRAY_MEMBER else d for d in deltas]
        else:
            deltas.append(Delta(Kind.SIZE_CHANGED, name, str(old.size), str(new.size)))
    if old.align != new.align:
        deltas.append(Delta(Kind.ALIGN_CHANGED, name, str(old.align), str(new.align)))
    return deltas


def _padding_used(
    name: str, of: dict[str, Field], nf: dict[str, Field], in_unions: frozenset[str]
) -> tuple[list[Delta], dict[str, Field], dict[str, Field]]:
    """Padding given a meaning (``uint8_t pad1[3]`` -> ``uint8_t flags; uint8_t pad1[2]``, vcpu_time_info in 4.7).

    An old padding field whose bytes the new side splits into new named fields
    and what is left of the padding, nothing reaching outside those bytes:
    ``pad-field-used`` for each new field, and the padding's own move or
    shrink is part of the same event.  Returns the deltas and the fields
    left to compare.
    """
    deltas: list[Delta] = []
    of, nf = dict(of), dict(nf)
    for key, p in list(of.items()):
        if not is_padding(p.name) or p.bit_width is not None or p.name in in_unions:
            continue
        same = nf.get(key)
        if same is not None and _same_slot(p, same):
            continue
        lo, hi = _field_range(p)
        inside = {k: f for k, f in nf.items() if f.offset < hi and lo < _field_range(f)[1]}
        if any(not (lo <= f.offset and _field_range(f)[1] <= hi) for f in inside.values()):
            continue  # something reaches outside the old padding: not only padding given a meaning
        meaning = {k: f for k, f in inside.items() if not is_padding(f.name) and k not in of}
        rest = {k: f for k, f in inside.items() if k not in meaning}
        if not meaning or any(k in of and k != key for k in rest):
            continue
        for k, f in sorted(meaning.items(), key=lambda kv: kv[1].offset):
            note = f"{f.type} at {f.offset}, in {p.name}'s bytes {lo}..{hi - 1}"
            deltas.append(Delta(Kind.PAD_FIELD_USED, f"{name}.{f.name or k}", p.name, f.name or k, note))
        del of[key]
        for k in inside:
            del nf[k]
    return deltas, of, nf


def _same_record(old: str, new: str, old_types: Typedefs, new_types: Typedefs) -> bool:
    """Two differently named records (or arrays of them) with the same bytes: offsets, sizes, types."""
    (ob, od), (nb, nd) = split_array(old), split_array(new)
    if od != nd:
        return False
    o, n = old_types.record(ob), new_types.record(nb)
    if o is None or n is None or o.kind not in ("struct", "union"):
        return False
    if (o.kind, o.size, o.align, len(o.fields)) != (n.kind, n.size, n.align, len(n.fields)):
        return False
    return all(
        _same_slot(a, b) and old_types.canonical(a.type) == new_types.canonical(b.type)
        for a, b in zip(o.fields, n.fields, strict=True)
    )


def _same_bytes(old: str, new: str, old_types: Typedefs, new_types: Typedefs) -> bool:
    """Two spelled types that lay out the same bytes: equal after typedefs, equal records, or a
    scalar and a record whose only member is that scalar."""
    oc, nc = old_types.canonical(old), new_types.canonical(new)
    if oc == nc or _same_record(oc, nc, old_types, new_types):
        return True
    for scalar, scalar_types, record, record_types in ((oc, old_types, nc, new_types), (nc, new_types, oc, old_types)):
        lay = record_types.record(record)
        if lay is not None and lay.kind in ("struct", "union") and len(lay.fields) == 1:
            [f] = lay.fields
            if f.offset == 0 and f.bit_width is None and record_types.canonical(f.type) == scalar:
                return scalar_types.sizeof(scalar) == (lay.size, lay.align)
    return False


def _bits(f: Field) -> str:
    if f.bit_width is None:
        return "not a bit-field"
    return f"bit {f.bit_offset} width {f.bit_width}"


def _compare_members(item: str, old: str, new: str, old_types: Typedefs, new_types: Typedefs) -> list[Delta]:
    """Members of an anonymous struct/union spelled inline (the sub-op union ``u`` of domctl)."""
    deltas: list[Delta] = []
    is_union = old.startswith("union")
    om, nm = record_members(old), record_members(new)
    od, nd = dict(om), dict(nm)
    if (old.split("{", 1)[0] != new.split("{", 1)[0]) or split_array(old)[1] != split_array(new)[1]:
        return [Delta(Kind.FIELD_TYPE_CHANGED, item, old, new)]
    for mname, mtype in om:
        if mname not in nd:
            continue
        sub = f"{item}.{mname}"
        oc, nc = old_types.canonical(mtype), new_types.canonical(nd[mname])
        if oc == nc:
            if mtype != nd[mname]:
                deltas.append(Delta(Kind.FIELD_TYPE_SPELLING_CHANGED, sub, mtype, nd[mname]))
        elif is_anonymous_record(oc) and is_anonymous_record(nc):
            deltas += _compare_members(sub, oc, nc, old_types, new_types)
        else:
            deltas.append(Delta(Kind.FIELD_TYPE_CHANGED, sub, mtype, nd[mname]))
    removed = [(n, t) for n, t in om if n not in nd]
    added = [(n, t) for n, t in nm if n not in od]
    old_pos = {n: i for i, (n, _) in enumerate(om)}
    new_pos = {n: i for i, (n, _) in enumerate(nm)}
    for rn, rt in list(removed):
        for an, at in added:
            same_place = is_union or old_pos[rn] == new_pos[an]
            if same_place and old_types.canonical(rt) == new_types.canonical(at):
                kind = Kind.PAD_FIELD_USED if is_padding(rn) and not is_padding(an) else Kind.FIELD_RENAMED
                deltas.append(Delta(kind, f"{item}.{an}", rn, an, f"type {at}"))
                removed.remove((rn, rt))
                added.remove((an, at))
                break
    for an, at in added:
        note = "new union member" if is_union else "inline struct member"
        deltas.append(Delta(Kind.FIELD_ADDED, f"{item}.{an}", None, at, note))
    for rn, rt in removed:
        deltas.append(Delta(Kind.FIELD_REMOVED, f"{item}.{rn}", rt, None))
    return deltas


# -- release comparison ----------------------------------------------------------------------------

_LAYOUT_KINDS = frozenset(
    {
        Kind.SIZE_CHANGED,
        Kind.ALIGN_CHANGED,
        Kind.FIELD_ADDED,
        Kind.FIELD_REMOVED,
        Kind.FIELD_OFFSET_CHANGED,
        Kind.FIELD_TYPE_CHANGED,
        Kind.FIELD_SIZE_CHANGED,
        Kind.BITFIELD_CHANGED,
        Kind.FIELD_RENAMED,
        Kind.FIELD_TYPE_SPELLING_CHANGED,
        Kind.PAD_MADE_EXPLICIT,
        Kind.PAD_MADE_IMPLICIT,
        Kind.PAD_FIELD_USED,
        Kind.FLEX_ARRAY_MEMBER,
        Kind.ENUMERATOR_ADDED,
        Kind.ENUMERATOR_REMOVED,
        Kind.ENUMERATOR_VALUE_CHANGED,
        Kind.TYPEDEF_CHANGED,
        Kind.TYPE_KIND_CHANGED,
    }
)


def _side(c: Classification | None) -> Side:
    """The policy table's view of a classification: stable (guest-visible or annotated), tools-only, absent."""
    if c is None:
        return Side.ABSENT
    if c.stability is Stability.DEPRECATED:
        # Deprecated says nothing of who sees it: an obsolete tools-only op is still tools-only.
        return Side.TOOLS_ONLY if c.visibility == "tools" else Side.STABLE
    return Side.STABLE if c.stability is Stability.STABLE else Side.TOOLS_ONLY


def _stability_text(old: Side, new: Side) -> str:
    if old is Side.ABSENT:
        return new.value if new is not Side.ABSENT else Side.STABLE.value
    if new is Side.ABSENT or new is old:
        return old.value
    return f"{old.value} -> {new.value}"


def location(where: str | None) -> Location | None:
    """``header:line`` as the catalogue writes it, typed."""
    return Location.parse(where) if where else None


def _ref(name: str, delta_item: str, kind: Kind) -> ItemRef:
    """The typed item of a layout difference of type ``name`` (``name.member`` is a field or enumerator)."""
    if delta_item == name or not delta_item.startswith(name + "."):
        return ItemRef(RefKind.TYPE, name)
    member = delta_item[len(name) + 1 :]
    if kind in _ENUMERATOR_KINDS:
        return ItemRef(RefKind.ENUMERATOR, member, name)
    return ItemRef(RefKind.FIELD, member, name)


# The kinds of an enum's layout that are about one of its enumerators (a *_MAX one raised included).
_ENUMERATOR_KINDS = frozenset(
    {
        Kind.ENUMERATOR_ADDED,
        Kind.ENUMERATOR_REMOVED,
        Kind.ENUMERATOR_VALUE_CHANGED,
        Kind.ENUMERATOR_RENAMED,
        Kind.LIMIT_RAISED,
    }
)


def _constant_text(c: Constant) -> str:
    if c.value is None or c.text == str(c.value):
        return c.text
    return f"{c.text} = {c.value}"


@dataclass
class _Pending:
    """An incompatible change to a tools-only item, waiting for the interface-version rule."""

    change: Change
    macros: tuple[str, ...]  # the interface-version macros covering it (may be empty)


class _ArchDiff:
    """The comparison of one architecture: guest and tools views of both sides."""

    def __init__(self, old: ReleaseABI, new: ReleaseABI, arch: str, hypercalls: frozenset[str]) -> None:
        self.old, self.new, self.arch = old, new, arch
        self.hypercalls = hypercalls
        g, t = Config(arch, Visibility.GUEST).key, Config(arch, Visibility.TOOLS).key
        self.views: list[tuple[str, ConfigABI, ConfigABI]] = [
            (vis, old.configs[key], new.configs[key])
            for vis, key in (("guest", g), ("tools", t))
            if key in old.configs and key in new.configs
        ]
        # A side without its guest view cannot say what was guest-visible.
        self.old_has_guest = g in old.configs
        self.new_has_guest = g in new.configs
        self.typedefs = {vis: (Typedefs(o), Typedefs(n)) for vis, o, n in self.views}
        self.changes: list[Change] = []
        self.pending: list[_Pending] = []
        self.layouts: dict[tuple[str, str], tuple[TypeEntry | None, TypeEntry | None]] = {}
        self._classified: dict[tuple[int, str, str], Classification | None] = {}
        self._classifiers = {id(old): Classifier(old, arch), id(new): Classifier(new, arch)}
        self.old_calls, self.new_calls = self._calls(old), self._calls(new)
        # Hypercall and sub-op numbers as abi.hypercalls found them, when the sides carry them;
        # else the macro naming conventions of constant_role.
        self.roles: dict[str, tuple[str, str | None]] = {}
        # Only when both sides carry records: with one side's alone, what the other lacks
        # (a removed sub-op) would pass for a plain constant.
        both = all(calls[0] or calls[1] for calls in (self.old_calls, self.new_calls))
        for calls in (self.old_calls, self.new_calls) if both else ():
            for h in calls[0].values():
                self.roles[f"__HYPERVISOR_{h.name}"] = ("hypercall", h.name)
            for op in calls[1].values():
                self.roles[op.name] = ("subop", op.hypercall)
        self._macros: dict[int, dict[str, str]] = {}
        self._referrers: dict[int, dict[str, set[str]]] = {}

    # -- helpers

    def _calls(self, release: ReleaseABI) -> tuple[dict, dict]:
        """(hypercalls, sub-ops) of this arch, guest view first; empty for sides without them."""
        hypercalls: dict = {}
        subops: dict = {}
        for vis in (Visibility.TOOLS, Visibility.GUEST):
            calls = getattr(release, "calls", {}).get(Config(self.arch, vis).key)
            if calls is not None:
                hypercalls.update(calls.hypercalls)
                subops.update(calls.subops)
        return hypercalls, subops

    def role(self, name: str) -> tuple[str, str | None]:
        if name in self.roles:
            return self.roles[name]
        role, hypercall = constant_role(name)
        if role in ("subop", "hypercall") and self.roles:
            return "constant", None  # abi.hypercalls looked and says it is not one
        return role, hypercall

    def classify(self, release: ReleaseABI, name: str, kind: str) -> Classification | None:
        key = (id(release), name, kind)
        if key not in self._classified:
            classifier = self._classifiers[id(release)]
            found = None
            if kind == "subop":
                # A sub-op's own annotation (/* stable interface */) decides before its macro's guard.
                found = classifier.classify(name, kind="subop")
            plain = "type" if kind == "type" else "constant"
            self._classified[key] = found or classifier.classify(name, kind=plain)
        return self._classified[key]

    def stabilities(self, name: str, kind: str) -> tuple[Classification | None, Classification | None]:
        old, new = self.classify(self.old, name, kind), self.classify(self.new, name, kind)
        # Without a guest view on one side, take that side's stability from the other.
        if not self.old_has_guest and old is not None and new is not None:
            old = replace(old, stability=new.stability)
        if not self.new_has_guest and old is not None and new is not None:
            new = replace(new, stability=old.stability)
        return old, new

    def macros_of(self, release: ReleaseABI) -> dict[str, str]:
        if id(release) not in self._macros:
            self._macros[id(release)] = self._classifiers[id(release)].macros()
        return self._macros[id(release)]

    def referrers(self, release: ReleaseABI) -> dict[str, set[str]]:
        """type name -> the types whose fields use it (tools view)."""
        if id(release) not in self._referrers:
            refs: dict[str, set[str]] = defaultdict(set)
            abi = release.configs.get(Config(self.arch, Visibility.TOOLS).key)
            if abi is not None:
                for tname, entry in abi.types.items():
                    spellings = [f.type for f in entry.layout.fields]
                    if entry.layout.target:
                        spellings.append(entry.layout.target)
                    for spelling in spellings:
                        for used in _NAMED_TYPE.findall(spelling):
                            if used != tname and used in abi.types:
                                refs[used].add(tname)
            self._referrers[id(release)] = refs
        return self._referrers[id(release)]

    def covering_macros(self, cls: Classification | None, name: str, kind: str) -> tuple[str, ...]:
        """The interface-version macros an incompatible change to a tools-only item must bump.

        Its header's own macro; for a type in a header without one (the
        tools-only ``xen_arch_domainconfig`` of arch-x86/xen.h), the macros
        of the headers of the types that use it, transitively.
        """
        if cls is None:
            return ()
        # A deprecated classification names no macro; its header still has one.
        macro = cls.interface_macro or self.macros_of(self.old).get(header_of(cls.where) or "")
        if macro is not None and _in_scope(macro, name):
            return (macro,)
        abi = self.old.configs.get(Config(self.arch, Visibility.TOOLS).key)
        if kind != "type" or abi is None:
            return ()
        macros = self.macros_of(self.old)
        refs = self.referrers(self.old)
        found: set[str] = set()
        seen = {name}
        todo = [name]
        while todo:
            for user in sorted(refs.get(todo.pop(), ())):
                if user in seen:
                    continue
                seen.add(user)
                macro = macros.get(header_of(abi.types[user].where) or "")
                if macro is not None and _in_scope(macro, user):
                    found.add(macro)
                else:
                    todo.append(user)
        return tuple(sorted(found))

    def group(self, *wheres: str | None) -> str | None:
        for where in wheres:
            found = hypercall_of_header(header_of(where), self.hypercalls)
            if found:
                return found
        return None

    def emit(
        self,
        kind: Kind,
        ref: ItemRef,
        vis: str,
        old_cls: Classification | None,
        new_cls: Classification | None,
        before: str | None,
        after: str | None,
        where_before: str | None,
        where_after: str | None,
        *,
        item_name: str,
        item_kind: str,
        hypercall: str | None = None,
        note: str = "",
        type_name: str | None = None,
    ) -> None:
        """Record one atomic change; an incompatible one on a tools-only item waits for the IV rule."""
        old_side, new_side = _side(old_cls), _side(new_cls)
        verdict = severity(kind, old_side, new_side)
        change = Change(
            kind=kind,
            severity=verdict,
            ref=ref,
            archs=(self.arch,),
            visibilities=(vis,),
            stability=_stability_text(old_side, new_side),
            before=before,
            after=after,
            where_before=location(where_before),
            where_after=location(where_after),
            hypercall=hypercall or self.group(where_after, where_before),
            note=note,
            type_name=type_name,
            old_side=old_side,
            new_side=new_side,
        )
        if verdict is Severity.TOOLS_ONLY:
            basis = old_cls if old_cls is not None else new_cls
            self.pending.append(_Pending(change, self.covering_macros(basis, item_name, item_kind)))
        else:
            self.changes.append(change)

    def old_name_kept(self, old_name: str, vis: str) -> str:
        """Whether a renamed enumerator's (or constant's) old name still compiles on the new side, and how."""
        new_abi = self.new.configs[Config(self.arch, Visibility(vis)).key]
        alias = new_abi.constants.get(old_name)
        if alias is not None:
            return f"old name kept: #define {old_name} {alias.text} ({alias.where})"
        legacy = self.new.legacy.get(self.arch)
        if legacy is not None and (
            old_name in legacy.constants
            or any(old_name in dict(t.layout.enumerators) for t in legacy.types.values() if t.layout.kind == "enum")
        ):
            return "old name kept for guests asking for an older __XEN_INTERFACE_VERSION__"
        return "old name no longer defined"

    # -- the comparison

    def run(self) -> None:
        self._headers()
        self._types()
        self._constants()
        self._subop_args()

    def _headers(self) -> None:
        guest = self.old.configs.get(Config(self.arch, Visibility.GUEST).key)
        guest_headers = set(guest.headers) if guest is not None else set()
        for vis, o, n in self.views:
            for header in sorted(set(o.headers) & set(n.unavailable)):
                reason = n.unavailable[header].reason
                side = Side.STABLE if header in guest_headers else Side.TOOLS_ONLY
                self.changes.append(
                    Change(
                        Kind.HEADER_UNAVAILABLE,
                        severity(Kind.HEADER_UNAVAILABLE, side, Side.ABSENT),
                        ItemRef(RefKind.HEADER, header),
                        (self.arch,),
                        (vis,),
                        side.value,
                        "compiles",
                        reason,
                        None,
                        None,
                        hypercall=self.group(f"{header}:0"),
                        old_side=side,
                    )
                )

    def _gone_guest_headers(self) -> set[str]:
        key = Config(self.arch, Visibility.GUEST).key
        o, n = self.old.configs.get(key), self.new.configs.get(key)
        return set() if o is None or n is None else self._gone_headers(o, n)

    @staticmethod
    def _gone_headers(o: ConfigABI, n: ConfigABI) -> set[str]:
        return set(o.headers) & set(n.unavailable)

    def _names(self, attr: str, same: Callable[[Any, Any], bool]) -> list[str]:
        """The names of ``attr`` (types or constants) defined in a side's own headers that differ (``same``)
        between the sides in some view: only those can have changes.  Point releases share most of them."""
        differ: set[str] = set()
        for _vis, o, n in self.views:
            old, new = getattr(o, attr), getattr(n, attr)
            if old is not new:
                differ |= old.keys() ^ new.keys()
                differ.update(
                    k for k, v in new.items() if (w := old.get(k)) is not None and w is not v and not same(w, v)
                )
        names: set[str] = set()
        for _vis, o, n in self.views:
            for abi in (o, n):
                own, table = set(abi.headers), getattr(abi, attr)
                names.update(k for k in differ if k in table and header_of(table[k].where) in own)
        return sorted(names)

    def _types(self) -> None:
        for name in self._names("types", lambda a, b: a.layout == b.layout):
            obs = [(vis, o.types.get(name), n.types.get(name), o, n) for vis, o, n in self.views]
            if all(
                oe is ne or (oe is not None and ne is not None and oe.layout == ne.layout) for _, oe, ne, _, _ in obs
            ):
                continue
            old_cls, new_cls = self.stabilities(name, "type")
            self._item(name, "type", obs, old_cls, new_cls)

    def _constants(self) -> None:
        # A constant that goes while another with its value comes is not taken for a rename: flag
        # bits get reassigned that way (XEN_SYSCTL_PHYSCAP_hvm_directio -> _pv, bit 1, in 4.12).
        # A rename that keeps the old name (#define OLD NEW) is a spelling change of OLD.
        for name in self._names("constants", lambda a, b: (a.text, a.value) == (b.text, b.value)):
            obs = [(vis, o.constants.get(name), n.constants.get(name), o, n) for vis, o, n in self.views]
            if all(
                oc is nc or (oc is not None and nc is not None and (oc.text, oc.value) == (nc.text, nc.value))
                for _, oc, nc, _, _ in obs
            ):
                continue
            subop = self.role(name)[0] == "subop" and name in self.roles
            old_cls, new_cls = self.stabilities(name, "subop" if subop else "constant")
            self._item(name, "constant", obs, old_cls, new_cls)

    def _subop_args(self) -> None:
        """Sub-ops whose argument types changed (when both sides know them)."""
        old_ops, new_ops = self.old_calls[1], self.new_calls[1]
        tools = next(((o, n) for vis, o, n in self.views if vis == "tools"), None)
        if tools is None:
            return
        old_types, new_types = self.typedefs["tools"]
        for name in sorted(set(old_ops) & set(new_ops)):
            o, n = old_ops[name], new_ops[name]
            if not (o.resolved and n.resolved):
                continue
            if [old_types.canonical(a) for a in o.args] == [new_types.canonical(a) for a in n.args]:
                continue
            # domid_t -> struct xen_memory_domain { domid_t domid; } (4.16): another name, the same bytes.
            same = len(o.args) == len(n.args) and all(
                _same_bytes(a, b, old_types, new_types) for a, b in zip(o.args, n.args, strict=True)
            )
            kind = Kind.SUBOP_ARGS_RESPELLED if same else Kind.SUBOP_ARGS_CHANGED
            old_cls, new_cls = self.stabilities(name, "subop")
            self.emit(
                kind,
                ItemRef(RefKind.SUBOP, name),
                "tools",
                old_cls,
                new_cls,
                ", ".join(o.args) or "(none)",
                ", ".join(n.args) or "(none)",
                o.where,
                n.where,
                item_name=name,
                item_kind="constant",
                hypercall=n.hypercall,
            )

    def _item(
        self,
        name: str,
        kind: str,
        obs: list[tuple[str, Any, Any, ConfigABI, ConfigABI]],
        old_cls: Classification | None,
        new_cls: Classification | None,
    ) -> None:
        """One named item that differs somewhere: added, removed, moved between views, or changed."""
        role, hypercall = self.role(name) if kind == "constant" else ("type", None)
        old_present = any(oe is not None for _, oe, _, _, _ in obs)
        new_present = any(ne is not None for _, _, ne, _, _ in obs)
        if not old_present and not new_present:
            return
        if old_present != new_present:
            added = new_present
            # Kept for guests that ask for an old __XEN_INTERFACE_VERSION__: Xen's compat path, not a removal.
            legacy = not added and new_cls is not None and getattr(new_cls, "visibility", None) == "legacy"
            for vis, oe, ne, o, n in obs:
                entry = ne if added else oe
                if entry is None:
                    continue
                if not added and header_of(oe.where) in self._gone_headers(o, n):
                    continue  # explained by the header-unavailable record
                k = _presence_kind(role, added)
                if legacy:
                    k = Kind.MOVED_TO_LEGACY
                elif k is Kind.TYPE_REMOVED and name.startswith("__guest_handle_"):
                    # Generated by DEFINE_XEN_GUEST_HANDLE; a field that used it is reported as changed.
                    k = Kind.GUEST_HANDLE_REMOVED
                text = _value_text(entry)
                self.emit(
                    k,
                    _item_ref(role, name),
                    vis,
                    old_cls,
                    new_cls,
                    None if added else text,
                    text if added else None,
                    None if added else entry.where,
                    entry.where if added else None,
                    item_name=name,
                    item_kind=kind,
                    hypercall=hypercall,
                    type_name=name if kind == "type" else None,
                )
                if kind == "type":
                    self.layouts[(name, f"{self.arch}/{vis}")] = (oe, ne)
            return
        old_stable, new_stable = _side(old_cls) is Side.STABLE, _side(new_cls) is Side.STABLE
        # A guest header that no longer compiles takes its items out of the guest view: its
        # header-unavailable record says so, once.
        gone = old_stable and old_cls is not None and header_of(old_cls.where) in self._gone_guest_headers()
        if old_stable != new_stable and self.old_has_guest and self.new_has_guest and not gone:
            assert old_cls is not None and new_cls is not None  # present on both sides
            k = Kind.BECAME_TOOLS_ONLY if old_stable else Kind.BECAME_STABLE
            self.emit(
                k,
                _item_ref(role, name),
                "guest",
                old_cls,
                new_cls,
                "guest-visible" if old_stable else "tools-only",
                "tools-only" if old_stable else "guest-visible",
                old_cls.where,
                new_cls.where,
                item_name=name,
                item_kind=kind,
                hypercall=hypercall,
            )
        for vis, oe, ne, *_ in obs:
            if oe is None or ne is None:
                continue  # the view that gained or lost it: the transition above says it
            if kind == "type":
                self._compare_type(name, vis, oe, ne, old_cls, new_cls)
            else:
                self._compare_constant(name, role, hypercall, vis, oe, ne, old_cls, new_cls)

    def _compare_type(
        self,
        name: str,
        vis: str,
        oe: TypeEntry,
        ne: TypeEntry,
        old_cls: Classification | None,
        new_cls: Classification | None,
    ) -> None:
        old_types, new_types = self.typedefs[vis]
        deltas = [
            replace(d, note=_join(d.note, self.old_name_kept(d.before or "", vis)))
            if d.kind is Kind.ENUMERATOR_RENAMED
            else d
            for d in compare_layouts(name, oe.layout, ne.layout, old_types, new_types)
        ]
        if deltas:
            self.layouts[(name, f"{self.arch}/{vis}")] = (oe, ne)
        for d in deltas:
            self.emit(
                d.kind,
                _ref(name, d.item, d.kind),
                vis,
                old_cls,
                new_cls,
                d.before,
                d.after,
                oe.where,
                ne.where,
                item_name=name,
                item_kind="type",
                note=d.note,
                type_name=name if d.kind in _LAYOUT_KINDS else None,
            )

    def _compare_constant(
        self,
        name: str,
        role: str,
        hypercall: str | None,
        vis: str,
        oc: Constant,
        nc: Constant,
        old_cls: Classification | None,
        new_cls: Classification | None,
    ) -> None:
        if (oc.text, oc.value) == (nc.text, nc.value):
            return
        if oc.value is not None and oc.value == nc.value:
            kind = Kind.CONSTANT_SPELLING_CHANGED
        elif oc.value is None and nc.value is None and normal_text(oc.text) == normal_text(nc.text):
            kind = Kind.CONSTANT_SPELLING_CHANGED  # 0xa71812dc -> 0xa71812dcU inside XEN_DEFINE_UUID()
        elif role == "hypercall":
            kind = Kind.HYPERCALL_RENUMBERED
        elif role == "subop":
            kind = Kind.SUBOP_RENUMBERED
        elif role == "interface-version":
            kind = Kind.INTERFACE_VERSION_BUMPED
        elif is_limit(name) and oc.value is not None and nc.value is not None and nc.value > oc.value:
            kind = Kind.LIMIT_RAISED
        else:
            kind = Kind.CONSTANT_CHANGED
        self.emit(
            kind,
            _item_ref(role, name),
            vis,
            old_cls,
            new_cls,
            _constant_text(oc),
            _constant_text(nc),
            oc.where,
            nc.where,
            item_name=name,
            item_kind="constant",
            hypercall=hypercall,
        )


def _presence_kind(role: str, added: bool) -> Kind:
    kinds = {
        "type": (Kind.TYPE_ADDED, Kind.TYPE_REMOVED),
        "hypercall": (Kind.HYPERCALL_ADDED, Kind.HYPERCALL_REMOVED),
        "subop": (Kind.SUBOP_ADDED, Kind.SUBOP_REMOVED),
        "interface-version": (Kind.CONSTANT_ADDED, Kind.CONSTANT_REMOVED),
        "constant": (Kind.CONSTANT_ADDED, Kind.CONSTANT_REMOVED),
    }[role]
    return kinds[0] if added else kinds[1]


_ROLE_ITEMS = {
    "type": RefKind.TYPE,
    "hypercall": RefKind.HYPERCALL,
    "subop": RefKind.SUBOP,
    "interface-version": RefKind.INTERFACE_VERSION,
    "constant": RefKind.CONSTANT,
}


def _item_ref(role: str, name: str) -> ItemRef:
    """A top-level item: a hypercall by its catalogue name (``__HYPERVISOR_`` dropped), else as named."""
    if role == "hypercall":
        return ItemRef(RefKind.HYPERCALL, name.removeprefix("__HYPERVISOR_"))
    return ItemRef(_ROLE_ITEMS[role], name)


def _value_text(entry: TypeEntry | Constant) -> str:
    if isinstance(entry, Constant):
        return _constant_text(entry)
    # Sizes differ per arch; leaving them out lets one record name every arch (the listing has them).
    lay = entry.layout
    return f"typedef {lay.target}" if lay.kind == "typedef" else lay.kind


def _hypercall_names(*releases: ReleaseABI) -> frozenset[str]:
    names: set[str] = set()
    for release in releases:
        for abi in release.configs.values():
            names.update(m.group(1) for c in abi.constants if (m := _HYPERCALL.match(c)))
    return frozenset(names)


def _config_changes(old: ReleaseABI, new: ReleaseABI, archs: Iterable[str]) -> list[Change]:
    """Architectures and configurations one side has and the other lacks."""
    changes: list[Change] = []
    for arch in archs:
        old_keys = {k for k in old.configs if Config.parse(k).arch == arch}
        new_keys = {k for k in new.configs if Config.parse(k).arch == arch}
        if not old_keys and not new_keys:
            continue
        if not old_keys or not new_keys:
            added = not old_keys
            reason = old.unsupported_reason(Config(arch, Visibility.GUEST)) if added else None
            reason = reason or (new.unsupported_reason(Config(arch, Visibility.GUEST)) if not added else None)
            kind = Kind.ARCH_ADDED if added else Kind.ARCH_REMOVED
            # An architecture carries its guest view: what it takes away or brings is stable.
            old_side, new_side = (Side.ABSENT, Side.STABLE) if added else (Side.STABLE, Side.ABSENT)
            changes.append(
                Change(
                    kind,
                    severity(kind, old_side, new_side),
                    ItemRef(RefKind.ARCH, arch),
                    (arch,),
                    tuple(sorted({Config.parse(k).visibility.value for k in old_keys | new_keys})),
                    "stable",
                    None if added else "supported",
                    "supported" if added else None,
                    None,
                    None,
                    note=reason or "",
                    old_side=old_side,
                    new_side=new_side,
                )
            )
            continue
        for key in sorted(old_keys ^ new_keys):
            config = Config.parse(key)
            added = key in new_keys
            reason = (old if added else new).unsupported_reason(config) or ""
            kind = Kind.CONFIG_ADDED if added else Kind.CONFIG_REMOVED
            side = Side.STABLE if config.visibility is Visibility.GUEST else Side.TOOLS_ONLY
            old_side, new_side = (Side.ABSENT, side) if added else (side, Side.ABSENT)
            changes.append(
                Change(
                    kind,
                    severity(kind, old_side, new_side),
                    ItemRef(RefKind.CONFIG, key),
                    (arch,),
                    (config.visibility.value,),
                    side.value,
                    None if added else "compiles",
                    "compiles" if added else None,
                    None,
                    None,
                    note=reason,
                    old_side=old_side,
                    new_side=new_side,
                )
            )
    return changes


def compare_releases(old: ReleaseABI, new: ReleaseABI, *, archs: Iterable[str] | None = None) -> ChangeSet:
    """The one comparison: every change between two releases (or trees) on the given architectures.

    Atomic changes, one per item, arch and view, each judged by ``abi.policy``;
    ``merge_changes`` folds them for reports.
    """
    wanted = [a for a in ARCH_NAMES if archs is None or a in set(archs)]
    hypercalls = _hypercall_names(old, new)
    changes = _config_changes(old, new, wanted)
    layouts: dict[tuple[str, str], tuple[TypeEntry | None, TypeEntry | None]] = {}
    pending: list[_Pending] = []
    bumps: list[Change] = []
    compared: list[str] = []
    for arch in wanted:
        d = _ArchDiff(old, new, arch, hypercalls)
        if not d.views:
            continue
        compared.append(arch)
        d.run()
        layouts.update(d.layouts)
        pending += d.pending
        for c in d.changes:
            (bumps if c.kind is Kind.INTERFACE_VERSION_BUMPED else changes).append(c)
    changes += _interface_version_rule(old, new, pending, bumps)
    return ChangeSet(old.release, new.release, tuple(compared), changes, layouts)


def _interface_version_rule(
    old: ReleaseABI, new: ReleaseABI, pending: list[_Pending], bumps: list[Change]
) -> list[Change]:
    """Xen's rule: an incompatible change to a tools-only interface needs a bump of its version.

    Judged over all architectures at once: the macro is one number for
    every arch, so a change on one arch justifies the bump on all.  The
    verdicts are the policy's (``tools_only_verdict``, ``bump_verdict``).
    """
    bumped = {c.item: (c.before, c.after) for c in bumps}
    old_values, new_values = _macro_values(old), _macro_values(new)
    needing: dict[str, set[str]] = defaultdict(set)  # macro -> items changed incompatibly under it
    out: list[Change] = []
    for p in pending:
        c = p.change
        for m in p.macros:
            needing[m].add(c.item)
        if not p.macros:
            out.append(replace(c, note=_join(c.note, "no interface-version macro covers it")))
            continue
        done = [m for m in p.macros if m in bumped]
        gone = [m for m in p.macros if m not in new_values]
        if done:
            m = done[0]
            note = f"covered by {m} {bumped[m][0]} -> {bumped[m][1]}"
            out.append(replace(c, interface_macro=m, note=_join(c.note, note), severity=tools_only_verdict(True)))
        elif gone:
            # The whole interface went, its version macro with it (ACM in 4.2): nothing left to bump.
            note = f"{gone[0]} was removed with the interface"
            out.append(replace(c, interface_macro=gone[0], note=_join(c.note, note), severity=tools_only_verdict(True)))
        else:
            m = p.macros[0]
            note = f"{m} not bumped (still {old_values.get(m, '?')})"
            out.append(replace(c, severity=tools_only_verdict(False), interface_macro=m, note=_join(c.note, note)))
    for c in bumps:
        justified = c.item in needing
        # __XEN_LATEST_INTERFACE_VERSION__ and guest-visible versions: guests opt in, nothing to enforce.
        opt_in = c.item.startswith("__") or c.old_side is Side.STABLE
        verdict = bump_verdict(justified, opt_in)
        if justified:
            note = f"justified by incompatible changes to {len(needing[c.item])} item(s) it covers"
            out.append(replace(c, severity=verdict, interface_macro=c.item, note=note))
        elif opt_in:
            out.append(replace(c, severity=verdict))
        else:
            out.append(
                replace(
                    c,
                    kind=Kind.INTERFACE_VERSION_BUMP_WITHOUT_CHANGE,
                    severity=verdict,
                    interface_macro=c.item,
                    note="no incompatible change to the tools-only items it covers",
                )
            )
    return out


def _macro_values(release: ReleaseABI) -> dict[str, str]:
    values: dict[str, str] = {}
    for key in sorted(release.configs):
        for name, c in release.configs[key].constants.items():
            if name.endswith("_INTERFACE_VERSION"):
                values.setdefault(name, _constant_text(c))
    return values


def _join(a: str, b: str) -> str:
    return f"{a}; {b}" if a else b


# -- merging ---------------------------------------------------------------------------------------

_ARCH_ORDER = {a: i for i, a in enumerate(ARCH_NAMES)}
_SEVERITY_ORDER = {s: i for i, s in enumerate(SEVERITIES)}


def merge_changes(changes: Iterable[Change]) -> list[Change]:
    """Fold the same change seen on several arches and views into one record, sorted."""
    # First the views each arch saw it in, then the arches that saw it in the same views.
    views: dict[tuple, dict[str, set[str]]] = defaultdict(lambda: defaultdict(set))
    first: dict[tuple, Change] = {}
    for c in changes:
        key = _merge_key(c)
        first.setdefault(key, c)
        for arch in c.archs:
            views[key][arch].update(c.visibilities)
    merged: list[Change] = []
    for key, per_arch in views.items():
        by_views: dict[tuple[str, ...], list[str]] = defaultdict(list)
        for arch, seen in per_arch.items():
            by_views[tuple(sorted(seen))].append(arch)
        for vis, arches in by_views.items():
            ordered = tuple(sorted(arches, key=lambda a: _ARCH_ORDER.get(a, 99)))
            merged.append(replace(first[key], archs=ordered, visibilities=vis))
    return sorted(merged, key=sort_key)


def _merge_key(c: Change) -> tuple:
    return (
        c.kind,
        c.severity,
        c.ref,
        c.stability,
        c.before,
        c.after,
        c.where_before,
        c.where_after,
        c.hypercall,
        c.interface_macro,
        c.note,
        c.type_name,
    )


def sort_key(c: Change) -> tuple:
    return (
        c.hypercall or "~",
        _SEVERITY_ORDER[c.severity],
        c.item,
        c.kind.value,
        tuple(_ARCH_ORDER.get(a, 99) for a in c.archs),
        c.visibilities,
        c.before or "",
        c.after or "",
    )


def counts(changes: Iterable[Change]) -> dict[str, int]:
    """Changes per severity, every severity present (zero included)."""
    out = {s.value: 0 for s in SEVERITIES}
    for c in changes:
        out[c.severity.value] += 1
    return out
